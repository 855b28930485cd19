"""A ninth set of held-out layout families, written without sight of the extraction rules.

The article of a regional outlet or of a government's blog followed, inside the article
container, by its comment thread (WordPress's comments, a Disqus-like thread, a Facebook
comments plugin's markup, a PHP portal's "Komentar" box): the count ("12 Komentar", "3
Responses to “...”"), the commenters' names, the dates and times, the relative ages beside
their stamps, "Balas" and "Reply" links, the "Tinggalkan Balasan" form with its labels
and notes, and the readers' own short sentences; a live report of a regional event ("Live
Update", "Laporan Langsung") whose entries each carry a time ("10.21 WIB", "14:05"), a
heading or none and the text, with the live badge, the sort toggles ("Terbaru",
"Terlama"), pinned entries, "Muat lebih banyak", refresh notes and a key-moments box; a
regency's WordPress site built with Divi or WPBakery whose builder markup leaks (raw
shortcodes such as "[vc_row][vc_column]" or "[et_pb_text ...]" on lines of their own or
around a paragraph, whose truth is its text without them; the class soup; builder
buttons; a blurb, a counter, a toggle and a separator inside the content); and an article
built around embedded social posts (Instagram's, X's or Twitter's, Facebook's and TikTok's
embed blockquotes with their captions, handles, dates, "View this post on Instagram", "A
post shared by ...", consent placeholders) beside the site's own paragraphs. They were
written by a session that never read the extractor nor ran it, from what such pages look
like, and committed before any rule was run on them: never tune a rule on them. Each takes
a seeded ``random.Random`` and a real ``Text`` and returns the page's URL, its HTML and its
``Truth``; every furniture line put inside the article container (the block that holds the
headline, the meta lines and the paragraphs) is in the truth's ``junk``, whole and piece by
piece where the page renders it from several elements. A comment's body, an embed's
caption, a builder module's text and a shortcode are junk; a live entry's text is the
article's. About one call in eight gives a section's listing page instead
(``Truth.article`` false), whose title is the section's heading.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD) has a zone-aware moment in that zone: WIB, WITA or
WIT. A time printed without any zone is WIB's, and only pages of sites in WIB print one
(the comments' and the entries' times too). A page that prints only a date, with at most a
UTC stamp beside it (Yoast's ``+00:00``), has the date, and its moment falls in office
hours so that the UTC stamp is on the same day. A relative time ("2 jam yang lalu", "3
hari lalu") is printed only beside a stamp with an offset. The page's own date is always
printed or stamped before any other date in the container: comments are later than the
article, an embedded post is earlier and its date (even Instagram's old "PDT" line) is
furniture, an "Updated" or "Diperbarui" line is later. A live report's date is the
report's start, printed or stamped in its header (its oldest entry is at that moment or
after it, on the same day); the entries' times are furniture, and its paragraphs stand
in the text's order whichever way the entries are sorted.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from tests.layouts import (
    MONTHS,
    MONTHS_EN,
    NAMES,
    Family,
    Text,
    Truth,
    escape,
    indonesian_date,
    joined_title,
    slug,
)
from tests.layouts.pieces import (
    DAYS_EN,
    MONTHS_SHORT,
    Junk,
    attr,
    listing_items,
    other_texts,
    thousands,
    token,
    when_in,
)

_FIRST = ("Ahmad Fauzi", "Ni Luh", "Yakobus", "Andi Besse", "Hendra", "Maria Goreti", "Samuel",
          "Muhammad Arsyad", "Agustina", "Rahmat", "Siti Rohani", "Frans", "Dewi", "Imran",
          "Petrus", "Nur Aisyah", "Kornelius", "Hasnawati", "Bambang", "Wa Ode")
_LAST = ("Tuhumury", "Wanggai", "Ointu", "Nasution", "Rondonuwu", "Paputungan", "Sinaga",
         "Ohorella", "Matulessy", "Lubis", "Marasabessy", "Dg Tompo", "Kalalo", "Manurung",
         "Kogoya", "Harahap", "Said", "Sahetapy", "Wulandari", "Sudrajat")
_TAGS = ("pemerintahan", "pelayanan publik", "pembangunan", "kesehatan", "pendidikan",
         "ekonomi", "infrastruktur", "pariwisata", "stunting", "inflasi", "ketahanan pangan",
         "bencana", "UMKM", "dana desa", "lingkungan", "investasi", "sosial")
_CATEGORIES = ("Berita", "Berita Daerah", "Pemerintahan", "Pembangunan", "Kesehatan",
               "Pendidikan", "Ekonomi", "Sosial", "Pariwisata", "Info Publik", "Daerah")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _teaser(rng: random.Random, paragraph: str, low: int = 80, high: int = 170) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(low, high)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ..."))


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def _utc_plus(when: datetime) -> str:
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _ld(data: dict[str, object]) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _long(day: date, *, day_name: bool = False) -> str:
    return indonesian_date(day, day_name=day_name)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _compact(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "", name)


def _ampm(when: datetime) -> str:
    """WordPress's English default: ``10:21 am``."""
    return f"{when.hour % 12 or 12}:{when:%M} {'pm' if when.hour >= 12 else 'am'}"


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece recorded (a bare number only in
    the whole line) and the whole line; ``fmt`` wraps each piece (``{x}``)."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(item) if item.isdigit() else j(item))
                            for item in items)


# the forms an Indonesian site prints: a date alone, with its zone, or with a bare time
# (only at WIB's sites); the forms ending in "_s" with the seconds
_ID_PLAIN = ("long", "long", "day_long", "day_long", "F_j_Y", "slash", "en", "short", "dots")
_ID_ZONED = ("long_zone", "day_dash_zone", "day_pukul", "slash_zone", "bar_zone", "comma_zone",
             "en_zone", "day_slash_dot")
_ID_BARE = ("long_bare", "day_bare", "slash_bare", "wp_en_at", "pukul_bare", "iso_bare_s")


def _id_date(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    return {
        "long": _long(d),
        "day_long": _long(d, day_name=True),
        "F_j_Y": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "slash": f"{d:%d/%m/%Y}",
        "en": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "short": f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}",
        "dots": f"{d:%d.%m.%Y}",
        "long_zone": f"{_long(d)} {hm} {zone}",
        "day_dash_zone": f"{_long(d, day_name=True)} - {hm} {zone}",
        "day_pukul": f"{_long(d, day_name=True)} pukul {when:%H.%M} {zone}",
        "slash_zone": f"{d:%d/%m/%Y} {hm} {zone}",
        "bar_zone": f"{_long(d)} | {hm} {zone}",
        "comma_zone": f"{_long(d)}, {hm} {zone}",
        "en_zone": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {hm} {zone}",
        "day_slash_dot": f"{_long(d, day_name=True).split(',')[0]}, {d.day}/{d.month}/{d.year}"
                         f" {when:%H.%M} {zone}",
        "long_bare": f"{_long(d)} {hm}",
        "day_bare": f"{_long(d, day_name=True)}, {hm}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}",
        "wp_en_at": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} at {_ampm(when)}",
        "pukul_bare": f"{_long(d)} pukul {when:%H.%M}",
        "iso_bare_s": f"{d:%Y-%m-%d} {when:%H:%M:%S}",
    }[form]


def _id_when(rng: random.Random, zone: str, *, chance_time: float, stamps: tuple[str, ...],
             ago: float = 0.0) -> tuple[datetime, str, str, bool]:
    """A site's moment, its printed form ("" for a relative time), its stamp ("offset",
    "utc" or "none") and whether its time can be read."""
    if rng.random() < ago:
        shape = "ago"
    elif rng.random() < chance_time:
        shape = "bare" if zone == "WIB" and rng.random() < 0.35 else "zoned"
    else:
        shape = "plain"
    stamp = "offset" if shape == "ago" else rng.choice(stamps)
    form = {"plain": rng.choice(_ID_PLAIN), "zoned": rng.choice(_ID_ZONED),
            "bare": rng.choice(_ID_BARE), "ago": ""}[shape]
    timed = shape != "plain" or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none" or form.endswith("_s"),
                   office_hours=not timed)
    return when, form, stamp, timed


def _machine(when: datetime, stamp: str) -> str:
    return _iso(when) if stamp == "offset" else _utc_plus(when) if stamp == "utc" else ""


def _rel(delta: timedelta, *, short: bool = False, english: bool = False) -> str:
    """How long ago, as a thread prints it: "3 jam yang lalu", "2 hr", "5 days ago"."""
    minutes = max(1, int(delta.total_seconds() // 60))
    units = ((60, "menit", "mnt", "minute"), (24 * 60, "jam", "j", "hour"),
             (7 * 24 * 60, "hari", "hr", "day"), (30 * 24 * 60, "minggu", "mgg", "week"),
             (10**9, "bulan", "bln", "month"))
    size = 1
    for limit, word, abbr, en in units:
        if minutes < limit:
            n = max(1, minutes // size)
            if english:
                return f"{n} {en}{'s' if n > 1 else ''} ago"
            return f"{n} {abbr}" if short else f"{n} {word} yang lalu"
        size = limit
    return "lama"  # pragma: no cover


def _head(rng: random.Random, text: Text, site: str, url: str, machine: str,
          author: str | None, in_body: bool, kind: str = "NewsArticle",
          extra_ld: dict[str, object] | None = None) -> list[str]:
    """og tags or none, the published-time meta, a JSON-LD or none, a description."""
    head: list[str] = []
    if rng.random() < 0.7:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and (not in_body or rng.random() < 0.6):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and (extra_ld or rng.random() < 0.45):
        data: dict[str, object] = {"@context": "https://schema.org", "@type": kind,
                                   "headline": text.headline, "datePublished": machine,
                                   "publisher": {"@type": "Organization", "name": site}}
        if author:
            data["author"] = {"@type": "Person", "name": author}
        head.append(_ld(data | (extra_ld or {})))
    if rng.random() < 0.4:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    return head


def _shell(title: str, head: list[str], body_cls: str, body: str, lang: str = "id") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
</head>
<body class="{body_cls}">
{body}
</body>
</html>"""


def _listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
             headings: tuple[str, ...], look: str, extra: str = "") -> tuple[str, str, Truth]:
    """A section's index: its heading, cards with dates and excerpts, a pager."""
    day = when_in(rng, zone).date()
    heading = rng.choice(headings)
    shown = listing_items(rng, text, day, rng.randrange(6, 14))
    cards = []
    for o, d in shown:
        printed = rng.choice((_long(d), f"{d:%d/%m/%Y}", _long(d, day_name=True)))
        note = ""
        if look == "comments":
            note = (f' <a href="{base}/{slug(o.headline)}/#comments">{rng.randrange(0, 40)} '
                    "Komentar</a>")
        elif look == "live":
            note = (' <span class="badge badge-live">LIVE</span>' if d == shown[0][1] and
                    rng.random() < 0.6 else ' <span class="badge">Selesai</span>')
        elif look == "social":
            where = rng.choice(("Instagram", "TikTok", "X", "Facebook"))
            note = f' <span class="src">{where}</span>'
        cards.append(f'<article class="post-item card"><h2 class="entry-title"><a href="{base}/'
                     f'{slug(o.headline)}/">{escape(o.headline)}</a></h2><div class="meta">'
                     f'<span class="date">{printed}</span>{note}</div><p class="excerpt">'
                     f"{escape(_teaser(rng, o.paragraphs[0]))}</p></article>")
    url = f"{base}/{rng.choice(('category/' + slug(heading) + '/', 'berita/', 'page/2/'))}"
    body = (f'<header class="site-header"><a href="{base}/">{escape(site)}</a></header>'
            f'<main class="archive {look}"><h1 class="page-title">{escape(heading)}</h1>{extra}'
            f'{"".join(cards)}<nav class="pagination"><span class="current">1</span> <a href="'
            f'{base}/page/2/">2</a> <a href="{base}/page/3/">3</a> <a href="{base}/page/2/">'
            f'Berikutnya &raquo;</a></nav></main><footer>&copy; {day.year} {escape(site)}</footer>')
    html = _shell(f"{heading} - {site}", [], f"archive {look}", body)
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


# -- 1. an article and its comment thread ------------------------------------------------------

# (the site's name, host, zone, kind, city)
_COMMENT_SITES = (
    ("Humas Kabupaten Purbalingga", "humas.purbalinggakab.go.id", "WIB", "gov", "Purbalingga"),
    ("Blog Diskominfo Kabupaten Banggai", "diskominfo.banggaikab.go.id", "WITA", "gov", "Luwuk"),
    ("Kabar Sorong Raya", "kabarsorongraya.com", "WIT", "outlet", "Sorong"),
    ("Warta Lombok Timur", "wartalomboktimur.id", "WITA", "outlet", "Selong"),
    ("Suara Halmahera", "suarahalmahera.co.id", "WIT", "outlet", "Tobelo"),
    ("Info Padangsidimpuan", "infopadangsidimpuan.com", "WIB", "outlet", "Padangsidimpuan"),
    ("Dinas Pertanian Kabupaten Tabanan", "distan.tabanankab.go.id", "WITA", "gov", "Tabanan"),
    ("Kecamatan Bontoala", "kecbontoala.makassarkota.go.id", "WITA", "gov", "Makassar"),
    ("Radar Kepahiang", "radarkepahiang.id", "WIB", "outlet", "Kepahiang"),
    ("Pemerintah Desa Sukamaju", "sukamaju-cianjur.desa.id", "WIB", "gov", "Cianjur"),
    ("Berita Merauke", "beritamerauke.com", "WIT", "outlet", "Merauke"),
    ("Dinas Kominfo Kabupaten Kubu Raya", "diskominfo.kuburayakab.go.id", "WIB", "gov",
     "Sungai Raya"),
)
_HANDLES = ("budi_santoso88", "warga{c}", "mama_yosi", "Anonim", "Pak RT 05", "kang_asep",
            "Hamba Allah", "putra_{c}", "ibu.lina", "Nona {c}", "Ompu Sihol", "daeng_rapi",
            "orang kampung", "Pemuda {c}", "Guru Honorer", "Ojol {c}")
_SAYS = (
    "Mantap, lanjutkan pak!", "Terima kasih infonya min.", "Semoga bermanfaat bagi masyarakat.",
    "Kapan pendaftarannya dibuka?", "Jalan di desa kami juga rusak, mohon diperhatikan.",
    "Semoga programnya tepat sasaran dan tidak hanya di atas kertas.",
    "Mohon info syaratnya apa saja ya?", "Alhamdulillah, akhirnya terealisasi juga.",
    "Sudah lama kami tunggu, semoga segera dikerjakan.", "Kami warga {c} sangat mendukung.",
    "Bagaimana dengan nasib honorer di kecamatan kami?", "Setuju sekali dengan langkah ini.",
    "Tolong juga diawasi pelaksanaannya di lapangan.", "Izin share ya min.",
    "Informasinya sangat membantu, terima kasih.", "Di tempat kami belum ada sosialisasi.",
    "Lampu jalan di depan pasar juga mati sudah sebulan.", "Hebat, {c} makin maju!",
    "Apakah berlaku juga untuk warga luar kabupaten?", "Semoga tidak ada pungutan liar lagi.",
    "Saya sudah daftar tapi belum ada kabar sampai sekarang.", "Nomor pengaduannya berapa ya?",
    "Harga beras di pasar masih mahal, mohon dicek.", "Sukses selalu untuk pemerintah daerah.",
    "Kalau bisa jadwalnya diumumkan lebih awal.", "Anak saya juga ikut kegiatan ini, seru.",
    "Kok beritanya baru muncul sekarang?", "Airnya masih sering mati di kompleks kami.",
)
_ADMIN_SAYS = ("Terima kasih atas masukannya, akan kami teruskan ke dinas terkait.",
               "Terima kasih, informasi lebih lanjut dapat dilihat di kanal resmi kami.",
               "Silakan hubungi kantor kecamatan setempat pada jam kerja.",
               "Terima kasih atas dukungannya.", "Pendaftaran dibuka bulan depan, pantau terus ya.",
               "Mohon maaf atas ketidaknyamanannya, laporan Anda sudah kami catat.")


def _commenter(rng: random.Random, city: str) -> str:
    c = _compact(city).lower()[:8]
    pick = rng.random()
    if pick < 0.35:
        return rng.choice(NAMES + tuple(_person(rng) for _ in range(3)))
    if pick < 0.55:
        return rng.choice(_FIRST).split()[0]
    return rng.choice(_HANDLES).format(c=c.capitalize() if rng.random() < 0.5 else c)


def _said(rng: random.Random, city: str) -> str:
    n = rng.choice((1, 1, 1, 2, 2, 3))
    return " ".join(rng.sample(_SAYS, n)).replace("{c}", city)


def comments_heavy(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional outlet's or a government blog's article followed inside its container by
    the comment thread: WordPress's (the "N tanggapan untuk “...”", "3 Responses to" or
    "12 Komentar" title, ``comment-list`` with nested replies, "berkata:", the comments'
    ``<time>`` and printed dates, "Balas", "Tinggalkan Balasan" with its notes and labels,
    Akismet's line, comment pages), a Disqus-like thread (the count, the sort tabs,
    relative ages beside their stamps, votes, "Balas · Bagikan ›", "Muat komentar lainnya",
    the footer's links), a Facebook comments plugin's markup ("Urutkan Berdasarkan", "Suka
    · Balas · 2 hr", "Muat 10 komentar lainnya", "Plugin Komentar Facebook") or a PHP
    portal's "Komentar (3)" box with a captcha and the redaction's disclaimer; the meta line
    with the comment count, categories, tags, a share bar; dates as WordPress or the portal
    prints them, with the zone, a bare time at WIB's sites, or a relative time beside an
    offset stamp."""
    name, host, zone, kind, city = rng.choice(_COMMENT_SITES)
    base = f"https://{host}"
    site = name
    system = rng.choice(("wp", "wp", "wp", "disqus", "fb", "php") if kind == "outlet" else
                        ("wp", "wp", "php", "php", "disqus", "fb"))
    category = rng.choice(_CATEGORIES)
    if rng.random() < 1 / 8:
        return _listing(rng, text, site, base, zone, (category, f"Kategori: {category}",
                                                      f"Arsip {category}", "Berita Terkini"),
                        "comments")
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.5,
                                        stamps=("offset", "utc", "none") if system != "php"
                                        else ("none", "none", "offset"),
                                        ago=0.1 if system != "php" else 0.0)
    day = when.date()
    machine = _machine(when, stamp)
    s = slug(text.headline)
    post_id = rng.randrange(100, 30000)
    url = (rng.choice((f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/{s}/", f"{base}/berita/{s}/"))
           if system != "php" else
           rng.choice((f"{base}/berita-{post_id}-{s}.html", f"{base}/index.php?p=berita&id="
                       f"{post_id}", f"{base}/detail/{post_id}/{s}")))
    j = Junk()
    english = system == "wp" and rng.random() < 0.25  # an English theme's strings

    # the thread: moments after the article's, replies after their parents
    count = rng.choice((2, 3, 4, 5, 6, 8, 11))
    thread: list[_Comment] = []
    moment = when
    for _ in range(count):
        moment = moment + timedelta(minutes=rng.randrange(20, 60 * 40))
        parent = len(thread) - 1 if thread and rng.random() < 0.3 else -1
        admin = parent >= 0 and rng.random() < 0.5
        if parent >= 0 and thread[parent].depth == 2:
            parent = -1
            admin = False
        thread.append(_Comment(
            rng.choice(("admin", site, "Admin Humas", "Redaksi")) if admin
            else _commenter(rng, city), moment.replace(second=rng.randrange(60)),
            rng.choice(_ADMIN_SAYS) if admin else _said(rng, city), 2 if parent >= 0 else 1,
            parent, rng.randrange(1000, 99999)))
    now = thread[-1].when + timedelta(minutes=rng.randrange(10, 60 * 72))
    shown_count = count + (rng.randrange(3, 30) if system in ("disqus", "fb") and
                           rng.random() < 0.4 else 0)

    def stamp_of(c_when: datetime) -> str:
        """The printed date of a comment, as the system and the site's zone allow."""
        if zone == "WIB":
            forms = ("pukul", "pukul", "en_at", "slash", "date") if system == "wp" else \
                    ("slash", "long_bare", "date")
        else:
            forms = ("pukul_zone", "date", "slash_zone") if system == "wp" else \
                    ("bar_zone", "date")
        f = rng.choice(forms)
        d = c_when.date()
        return {"pukul": f"{_long(d)} pukul {c_when:%H.%M}",
                "en_at": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} at {_ampm(c_when)}",
                "slash": f"{d:%d/%m/%Y} {c_when:%H:%M}",
                "date": _long(d),
                "long_bare": f"{_long(d, day_name=True)}, {c_when:%H:%M}",
                "pukul_zone": f"{_long(d)} pukul {c_when:%H.%M} {zone}",
                "slash_zone": f"{d:%d/%m/%Y} {c_when:%H:%M} {zone}",
                "bar_zone": f"{_long(d)} | {c_when:%H:%M} {zone}"}[f]

    count_word = rng.choice(
        (f"{count} Responses to “{text.headline}”" if count > 1 else
         f"One Response to “{text.headline}”", f"{count} Comments", f"{count} thoughts on “"
         f"{text.headline}”") if english else
        (f"{count} tanggapan untuk “{text.headline}”" if count > 1 else
         f"Satu tanggapan untuk “{text.headline}”", f"{count} Komentar",
         f"{count} Komentar untuk “{text.headline}”", f"Komentar ({count})"))
    reply_word = "Reply" if english else rng.choice(("Balas", "Balas", "Balasan"))
    said_word = "says:" if english else rng.choice(("berkata:", "mengatakan:", ""))

    def wp_comment(k: int) -> str:
        c = thread[k]
        who, c_when, body = c.name, c.when, c.body
        printed_c = stamp_of(c_when)
        head_bits = [f'<img alt="" src="https://secure.gravatar.com/avatar/{_hex(rng, 32)}?s=50'
                     f'&amp;d=mm" class="avatar avatar-50 photo" height="50" width="50"> ']
        if rng.random() < 0.3 and who not in ("admin", site):
            head_bits.append(f'<b class="fn"><a href="https://{slug(who)[:12] or "web"}.blogspot.'
                             f'com" rel="external nofollow ugc" class="url">{j(who)}</a></b>')
        else:
            head_bits.append(f'<b class="fn">{j(who)}</b>')
        if said_word:
            head_bits.append(f' <span class="says">{j(said_word)}</span>')
            j.also(f"{who} {said_word}")
        meta_c = (f'<div class="comment-metadata"><a href="{url}#comment-{c.id}"><time '
                  f'datetime="{_iso(c_when)}">{j(printed_c)}</time></a>')
        if rng.random() < 0.15:
            meta_c += (f' <span class="edit-link"><a class="comment-edit-link">{j("Sunting")}'
                       "</a></span>")
        meta_c += "</div>"
        moderated = ""
        if k == len(thread) - 1 and rng.random() < 0.15:
            note = ("Your comment is awaiting moderation." if english else
                    "Komentar Anda menunggu moderasi.")
            moderated = f'<em class="comment-awaiting-moderation">{j(note)}</em>'
        kids = [i for i, x in enumerate(thread) if x.parent == k]
        children = ""
        if kids:
            children = '<ol class="children">' + "".join(wp_comment(i) for i in kids) + "</ol>"
        reply = (f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}'
                 f'?replytocom={c.id}#respond" aria-label="{attr(reply_word)} ke {attr(who)}">'
                 f"{j(reply_word)}</a></div>") if c.depth == 1 or rng.random() < 0.5 else ""
        bypost = " bypostauthor" if who in ("admin", site, "Admin Humas", "Redaksi") else ""
        paras = "".join(f"<p>{j(x)}</p>" for x in _split_said(body))
        return (f'<li id="comment-{c.id}" class="comment{bypost} depth-{c.depth}">'
                f'<article id="div-comment-{c.id}" class="comment-body"><footer class="'
                f'comment-meta"><div class="comment-author vcard">{"".join(head_bits)}</div>'
                f'{meta_c}{moderated}</footer><div class="comment-content">{paras}</div>{reply}'
                f"</article>{children}</li>")

    def wp_form() -> str:
        if rng.random() < 0.12:
            closed = "Comments are closed." if english else "Komentar ditutup."
            return f'<p class="no-comments">{j(closed)}</p>'
        title_f = ("Leave a Reply" if english else
                   rng.choice(("Tinggalkan Balasan", "Tinggalkan Komentar", "Berikan Komentar")))
        cancel = "Cancel reply" if english else "Batalkan balasan"
        parts = [f'<h3 id="reply-title" class="comment-reply-title">{j(title_f)} <small><a '
                 f'rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="'
                 f'display:none;">{j(cancel)}</a></small></h3>']
        if rng.random() < 0.1:
            must = ("You must be logged in to post a comment." if english else
                    "Anda harus masuk untuk berkomentar.")
            parts.append(f'<p class="must-log-in">{j(must)}</p>')
            return f'<div id="respond" class="comment-respond">{"".join(parts)}</div>'
        notes = (("Your email address will not be published.", "Required fields are marked")
                 if english else ("Alamat email Anda tidak akan dipublikasikan.",
                                  rng.choice(("Ruas yang wajib ditandai", "Kolom yang wajib "
                                              "diisi ditandai"))))
        j.also(f"{notes[0]} {notes[1]} *")
        j.also(f"{notes[1]} *")
        fields = [f'<p class="comment-notes"><span id="email-notes">{j(notes[0])}</span> <span '
                  f'class="required-field-message">{j(notes[1])} <span class="required">*</span>'
                  "</span></p>"]
        labels = (("Comment", "Name", "Email", "Website") if english else
                  ("Komentar", "Nama", "Email", rng.choice(("Situs Web", "Situs web", "Website"))))
        for k, label in enumerate(labels):
            star = k < 3
            tag_f = "textarea" if k == 0 else "input"
            ctl = ('<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" '
                   'required></textarea>' if tag_f == "textarea" else
                   f'<input id="f{k}" name="f{k}" type="text" value="" size="30">')
            if star:
                j.also(f"{label} *")
            fields.append(f'<p class="comment-form-{slug(label)}"><label for="f{k}">{j(label)}'
                          + (' <span class="required">*</span>' if star else "")
                          + f"</label> {ctl}</p>")
        if rng.random() < 0.7:
            keep = ("Save my name, email, and website in this browser for the next time I "
                    "comment." if english else "Simpan nama, email, dan situs web saya pada "
                    "peramban ini untuk komentar saya berikutnya.")
            fields.append(f'<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-'
                          f'consent" type="checkbox" value="yes"> <label for="wp-comment-'
                          f'cookies-consent">{j(keep)}</label></p>')
        submit = "Post Comment" if english else rng.choice(("Kirim Komentar", "Kirim Komentar",
                                                            "Posting Komentar"))
        if rng.random() < 0.5:
            fields.append(f'<p class="form-submit"><input name="submit" type="submit" id="submit" '
                          f'class="submit" value="{attr(submit)}"></p>')
        else:
            fields.append(f'<p class="form-submit"><button type="submit" class="submit btn">'
                          f"{j(submit)}</button></p>")
        if rng.random() < 0.4:
            lines = (("This site uses Akismet to reduce spam.", "Learn how your comment data is "
                      "processed.") if english else
                     ("Situs ini menggunakan Akismet untuk mengurangi spam.", "Pelajari bagaimana"
                      " data komentar Anda diproses."))
            j.also(" ".join(lines))
            fields.append(f'<p class="akismet_comment_form_privacy_notice">{j(lines[0])} <a '
                          f'href="https://akismet.com/privacy/" target="_blank">{j(lines[1])}'
                          "</a></p>")
        return (f'<div id="respond" class="comment-respond">{parts[0]}<form action="{base}/wp-'
                f'comments-post.php" method="post" id="commentform" class="comment-form">'
                f'{"".join(fields)}<input type="hidden" name="comment_post_ID" value="{post_id}">'
                "</form></div>")

    def wp_thread() -> str:
        tops = [i for i, x in enumerate(thread) if x.parent == -1]
        if rng.random() < 0.25:
            tops.reverse()  # a theme showing the newest first
        title_tag = rng.choice(("h2", "h3", "h4"))
        nav = ""
        if rng.random() < 0.2:
            words = (("« Older Comments", "Newer Comments »") if english else
                     ("« Komentar Sebelumnya", "Komentar Berikutnya »"))
            j.also(" ".join(words))
            nav = ('<nav class="navigation comment-navigation"><div class="nav-links">'
                   f'<div class="nav-previous"><a href="{url}comment-page-1/#comments">'
                   f'{j(words[0])}</a></div>\n<div class="nav-next"><a href="{url}comment-page-3/'
                   f'#comments">{j(words[1])}</a></div></div></nav>')
        form = wp_form()
        listed = (f'<{title_tag} class="comments-title">{j(count_word)}</{title_tag}>{nav}'
                  f'<ol class="comment-list">{"".join(wp_comment(i) for i in tops)}</ol>')
        inner = listed + form if rng.random() < 0.8 else form + listed
        return f'<div id="comments" class="comments-area">{inner}</div>'

    def disqus_thread() -> str:
        order = rng.choice(("Terbaik", "Terbaru", "Terlama"))
        shown = list(range(count))
        if order == "Terbaru":
            shown.reverse()
        tabs = ["Terbaik", "Terbaru", "Terlama"]
        count_line = rng.choice((f"{shown_count} Komentar", f"{shown_count} komentar"))
        login = rng.choice(("Masuk", "Login"))
        top = (f'<div class="dsq-thread-header"><span class="comment-count">{j(count_line)}'
               f'</span> <a class="dsq-login" href="#">{j(login)}</a></div>')
        reactions = ""
        if rng.random() < 0.4:
            lines = [rng.choice(("Apa pendapat Anda?", "Bagaimana menurut Anda?")),
                     f"{rng.randrange(0, 12)} Tanggapan"]
            faces = rng.sample(("Suka", "Lucu", "Kagum", "Sedih", "Marah", "Setuju"), 4)
            reactions = ('<div class="dsq-reactions">' + "".join(
                f'<div class="reactions-title">{j(x)}</div>\n' for x in lines)
                + '<ul class="reaction-items">' + " ".join(
                    f'<li><span class="reaction-count">0</span> <span class="reaction-label">'
                    f"{j(x)}</span></li>" for x in faces) + "</ul></div>")
            j.also(" ".join(f"0 {x}" for x in faces))
        j.also(" ".join(["Urutkan berdasarkan", *tabs]))
        sort = ('<div class="dsq-sort"><span class="dsq-sort-label">'
                f'{j("Urutkan berdasarkan")}</span> ' + " ".join(
                    f'<a href="#" class="{"selected" if t == order else ""}">{j(t)}</a>'
                    for t in tabs) + "</div>")
        box = ""
        if rng.random() < 0.6:
            lines = ["Bergabunglah dalam diskusi…", "Masuk dengan", "Atau daftar dengan Disqus"]
            box = ('<div class="dsq-textbox"><div class="textarea" contenteditable="true" data-'
                   f'placeholder="{attr(lines[0])}"></div><div class="dsq-auth"><span>'
                   f'{j(lines[1])}</span> <a class="dsq-fb">Facebook</a> <a class="dsq-gg">'
                   f'Google</a>\n<span>{j(lines[2])}</span> <label>{j("Nama")}</label> <input '
                   'type="text" name="display_name"></div></div>')
        posts = []
        for k in shown:
            c = thread[k]
            who, c_when, body = c.name, c.when, c.body
            ago = _rel(now - c_when) if rng.random() < 0.85 else _rel(now - c_when, short=True)
            votes = rng.randrange(0, 9)
            ctl = [reply_word, "Bagikan ›"]
            j.also(" • ".join(ctl))
            parent = ""
            if c.parent != -1:
                other = thread[c.parent].name
                parent = f' <span class="parent-link">→ {j(other)}</span>'
                j.also(f"{who} → {other}")
                j.also(f"{who} → {other} · {ago}")
            else:
                j.also(f"{who} · {ago}")
            posts.append(
                f'<li class="post{" children" if c.depth == 2 else ""}" id="post-'
                f'{c.id}"><div class="post-content"><div class="avatar"><img src="https://c.'
                f'disquscdn.com/uploads/users/{_hex(rng, 6)}/avatar92.jpg" alt="Avatar"></div>'
                f'<div class="post-body"><header><span class="post-byline"><span class="author">'
                f'{j(who)}</span>{parent}</span> <span class="post-meta"><span class="bullet">'
                f'·</span> <a class="time-ago" href="#comment-{c.id}"><time datetime="'
                f'{_iso(c_when)}">{j(ago)}</time></a></span></header><div class="post-message">'
                + "".join(f"<p>{j(x)}</p>" for x in _split_said(body))
                + f'</div><footer><menu class="post-menu"><span class="vote">{votes}</span> '
                + " • ".join(f'<a href="#">{j(x)}</a>' for x in ctl)
                + "</menu></footer></div></div></li>")
        more = ""
        if shown_count > count or rng.random() < 0.3:
            word = rng.choice(("Muat komentar lainnya", "Muat lebih banyak komentar",
                               "Load more comments"))
            more = f'<div class="load-more"><a href="#" class="btn">{j(word)}</a></div>'
        foot = ""
        if rng.random() < 0.6:
            links = rng.sample(("Berlangganan", "Privasi", "Jangan Jual Data Saya",
                                "Tambahkan Disqus ke situs Anda"), rng.randrange(2, 4))
            j.also(" ".join(links))
            foot = ('<div class="dsq-footer">' + " ".join(
                f'<a href="#">{j(x)}</a>' for x in links) + "</div>")
        parts = [top, reactions, sort, box, f'<ul class="post-list">{"".join(posts)}</ul>',
                 more, foot]
        return f'<div id="disqus_thread" class="disqus-like">{"".join(parts)}</div>'

    def fb_thread() -> str:
        order = rng.choice(("Paling Relevan", "Terbaru", "Terlama"))
        shown = [i for i in range(count) if thread[i].depth == 1]
        if order == "Terbaru":
            shown.reverse()
        count_line = rng.choice((f"{shown_count} komentar", f"{shown_count} Komentar"))
        j.also(f"{count_line} Urutkan Berdasarkan {order}")
        j.also(f"Urutkan Berdasarkan {order}")
        head_f = (f'<div class="_3-8y fb-comments-header"><span class="_50f7">{j(count_line)}'
                  f'</span> <div class="_3-8z"><span>{j("Urutkan Berdasarkan")}</span> <a class="'
                  f'_55pi" role="button">{j(order)}</a></div></div>')
        box = ('<div class="_56lu"><textarea class="_1cb" placeholder="Tambahkan komentar...">'
               "</textarea></div>")
        items = []

        def one(k: int) -> str:
            c = thread[k]
            who, c_when, body = c.name, c.when, c.body
            ago = _rel(now - c_when, short=True)
            badge = ""
            if rng.random() < 0.15:
                fan = rng.choice(("Penggemar Berat", "Top Fan"))
                badge = f' <span class="_7b6">{j(fan)}</span>'
            where = ""
            if rng.random() < 0.3:
                lives = f"{rng.choice(('Bekerja di', 'Tinggal di'))} {city}"
                where = f'<div class="_5vja">{j(lives)}</div>'
            ctl = ["Suka", "Balas", ago]
            j.also(" · ".join(ctl))
            likes = (f' <span class="_3-8u">{rng.randrange(1, 40)}</span>' if rng.random() < 0.4
                     else "")
            kids = "".join(one(i) for i, x in enumerate(thread) if x.parent == k)
            return (f'<div class="_3-8y _5nz1 clearfix" role="article"><img class="_1ci img" '
                    f'src="https://scontent.xx.fbcdn.net/v/{token(rng, 12)}.jpg" alt=""><div '
                    f'class="_3-8w"><div class="UFICommentActorName"><a class="UFICommentActor'
                    f'Name" href="https://www.facebook.com/{slug(who)}">{j(who)}</a>{badge}</div>'
                    f'{where}<div class="_3-8m"><span class="_5mdd">'
                    + " ".join(j(x) for x in _split_said(body))
                    + f'</span></div><div class="_2vq9 fsm fwn fcg"><a href="#" role="button">'
                    f'{j("Suka")}</a> · <a href="#" role="button">{j("Balas")}</a> · <a '
                    f'class="_5pcq" href="{url}?fb_comment_id={c.id}"><time datetime="'
                    f'{_iso(c_when)}">{j(ago)}</time></a>{likes}</div>'
                    + (f'<div class="_44ri _2pis">{kids}</div>' if kids else "")
                    + "</div></div>")

        for k in shown:
            items.append(one(k))
        more = ""
        if shown_count > count:
            word = f"Muat {min(10, shown_count - count)} komentar lainnya"
            more = f'<div class="_5o4h"><button class="_1gl3 _4jy0">{j(word)}</button></div>'
        plugin = rng.choice(("Plugin Komentar Facebook", "Plugin Komentar",
                             "Facebook Comments Plugin"))
        foot = (f'<div class="_5lm5 _2pi3 _3-8y"><a href="https://developers.facebook.com/'
                f'products/social-plugins/comments/" target="_blank"><i class="_3-8_ img '
                f'sp_fb_logo"></i>{j(plugin)}</a></div>') if rng.random() < 0.7 else ""
        return (f'<div class="fb-comments fb_iframe_widget" data-href="{url}" data-numposts="10" '
                f'data-width="100%"><div class="_4k-6">{head_f}{box}{"".join(items)}{more}'
                f"{foot}</div></div>")

    def php_thread() -> str:
        title_p = rng.choice((f"Komentar ({count})", f"{count} Komentar", "Komentar Pembaca",
                              "Komentar"))
        items = []
        for k in range(count):
            c = thread[k]
            who, c_when, body = c.name, c.when, c.body
            printed_c = stamp_of(c_when)
            if rng.random() < 0.5:
                j.also(f"{who} - {printed_c}")
                top = (f'<div class="kom-head"><b>{j(who)}</b> - <span class="tgl">'
                       f"{j(printed_c)}</span></div>")
            else:
                top = (f'<div class="kom-head"><b>{j(who)}</b><br>\n<small>{j(printed_c)}</small>'
                       "</div>")
            items.append(f'<div class="komentar{" balasan" if c.depth == 2 else ""}">{top}'
                         f'<div class="isi-komentar">{j(body)}</div></div>')
        rows = [("Nama", '<input type="text" name="nama" size="30">'),
                ("E-mail", '<input type="text" name="email" size="30">'),
                ("Website", '<input type="text" name="website" size="30">'),
                ("Komentar", '<textarea name="isi_komentar" cols="40" rows="5"></textarea>')]
        if rng.random() < 0.4:
            rows.pop(2)
        form_rows = "".join(f"<tr><td>{j(k)}</td><td>{v}</td></tr>" for k, v in rows)
        captcha = ""
        if rng.random() < 0.7:
            note = rng.choice(("*Masukkan 6 kode di atas", "Masukkan kode keamanan di atas",
                               "Ketik ulang kode di atas"))
            captcha = (f'<tr><td>{j("Kode Keamanan")}</td><td><img src="{base}/captcha.php?'
                       f'{_hex(rng, 8)}" alt=""><br><input type="text" name="kode" size="6"><br>'
                       f"<small>{j(note)}</small></td></tr>")
        submit = rng.choice(("Kirim", "Kirim Komentar", "Submit"))
        disclaimer = ""
        if rng.random() < 0.6:
            line = rng.choice(("Komentar yang tampil sepenuhnya menjadi tanggung jawab pengirim, "
                               "bukan merupakan pendapat atau kebijakan redaksi.",
                               "Komentar yang mengandung SARA dan ujaran kebencian akan dihapus.",
                               "Komentar akan tampil setelah disetujui admin."))
            disclaimer = f'<p class="disclaimer"><i>{j(line)}</i></p>'
        form_title = rng.choice(("Tulis Komentar", "Kirim Komentar Anda", "Isi Komentar"))
        return (f'<div class="komentar-box"><h3 class="judul-komentar">{j(title_p)}</h3>'
                f'{"".join(items)}<h4>{j(form_title)}</h4><form method="post" action="{base}/'
                f'komentar-aksi.php"><table class="form-komentar">{form_rows}{captcha}<tr><td>'
                f'</td><td><input type="submit" value="{attr(submit)}"></td></tr></table></form>'
                f"{disclaimer}</div>")

    comments_html = {"wp": wp_thread, "disqus": disqus_thread, "fb": fb_thread,
                     "php": php_thread}[system]()

    # the meta line
    poster = rng.choice(("admin", "Admin", rng.choice(NAMES), _person(rng), "Redaksi",
                         f"Humas {city}"))
    show_poster = rng.random() < 0.75
    author = poster if show_poster else None
    printed = _id_date(form, when, zone) if form else _rel(now - when)
    in_body = bool(machine) and (not form or rng.random() < 0.65)
    date_html = (f'<time class="entry-date published" datetime="{machine}">{j(printed)}</time>'
                 if in_body else f'<span class="entry-date">{j(printed)}</span>')
    items: list[str] = []
    bits: list[str] = []
    if system == "php":
        if show_poster:
            line = rng.choice((f"Ditulis oleh {poster}", f"Oleh: {poster}", poster))
            items.append(line)
            bits.append(f'<span class="penulis">{j(line)}</span>')
        items.append(printed)
        bits.append(f'<span class="tanggal">{date_html}</span>')
        if rng.random() < 0.6:
            hits = f"Dibaca {thousands(rng.randrange(15, 9000))} kali"
            items.append(hits)
            bits.append(f'<span class="hits">{j(hits)}</span>')
        glue = rng.choice((" | ", " - ", " "))
    else:
        label = ("Posted on" if english else
                 rng.choice(("Diposting pada", "Dipublikasikan pada", "", "")))
        if label:
            items.append(f"{label} {printed}")
            j.also(f"{label} {printed}")
            bits.append(f'<span class="posted-on">{j(label)} <a href="{url}" rel="bookmark">'
                        f"{date_html}</a></span>")
        else:
            items.append(printed)
            bits.append(f'<span class="posted-on"><a href="{url}" rel="bookmark">{date_html}'
                        "</a></span>")
        if show_poster:
            by = "by" if english else rng.choice(("oleh", "Oleh"))
            items.append(f"{by} {poster}")
            j.also(f"{by} {poster}")
            bits.append(f'<span class="byline">{j(by)} <span class="author vcard"><a class="url '
                        f'fn n" href="{base}/author/{slug(poster)}/">{j(poster)}</a></span></span>')
        if rng.random() < 0.6:
            link = (f"{shown_count} Comments" if english else
                    rng.choice((f"{shown_count} Komentar", f"{shown_count} komentar",
                                f"Komentar ({shown_count})")))
            items.append(link)
            bits.append(f'<span class="comments-link"><a href="{url}#comments">{j(link)}</a>'
                        "</span>")
        glue = rng.choice((" ", " · ", " | "))
    if len(items) > 1:
        j.also(glue.join(items))
    meta = f'<div class="entry-meta">{escape(glue).join(bits)}</div>'

    # the headline, the picture, the text
    look_h = rng.choice(("h1", "h1", "h2")) if system != "php" else rng.choice(("h1", "h2", "h3"))
    headline = (f'<{look_h} class="{rng.choice(("entry-title", "post-title", "judul"))}">'
                f"{escape(text.headline)}</{look_h}>")
    kicker = ""
    if rng.random() < 0.5:
        kicker = (f'<span class="cat-links"><a href="{base}/category/{slug(category)}/" rel="'
                  f'category tag">{j(category)}</a></span>')
    figure = ""
    if rng.random() < 0.6:
        cap = ""
        if rng.random() < 0.6:
            line = rng.choice((f"Foto: Humas {city}", f"Dok. {site}", f"Suasana kegiatan di {city}."
                               f" (Foto: {poster})", f"Kegiatan di {city}. Foto: Istimewa"))
            cap = f'<figcaption class="wp-caption-text">{j(line)}</figcaption>'
        figure = (f'<figure class="wp-caption post-thumbnail"><img src="{base}/wp-content/uploads/'
                  f'{day:%Y/%m}/{token(rng, 10)}.jpg" alt="" width="800" height="533">{cap}'
                  "</figure>")
    dateline = ""
    if rng.random() < 0.35:
        dateline = rng.choice((f"{city.upper()} –", f"{city.upper()}, {site.upper()} -",
                               f"{city} -"))
    parts = []
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        parts.append(f"<p>{words}</p>" if system != "php" or rng.random() < 0.8 else
                     f"{words}<br><br>\n")
    follow: list[str] = []
    if rng.random() < 0.5:
        tags = list(dict.fromkeys(rng.sample((*_TAGS, city.lower()), rng.randrange(2, 5))))
        word = ("Tags:" if english else rng.choice(("Tag:", "Tags:", "Topik:")))
        j.also(" ".join([word, *tags]))
        follow.append(f'<div class="tags-links"><span>{j(word)}</span> ' + " ".join(
            f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>' for t in tags) + "</div>")
    if rng.random() < 0.5:
        nets = [x for x in ("Facebook", "Twitter", "WhatsApp", "Telegram") if rng.random() < 0.6]
        nets = nets or ["WhatsApp"]
        word = "Share this:" if english else rng.choice(("Bagikan:", "Bagikan ini:", "Share"))
        j.also(" ".join([word, *nets]))
        follow.append(f'<div class="sharedaddy"><h3 class="sd-title">{j(word)}</h3> <ul>'
                      + " ".join(
            f'<li><a class="share-{slug(x)}" href="#"><span>{j(x)}</span></a></li>'
            for x in nets) + "</ul></div>")
    if rng.random() < 0.3:
        prev_o, next_o = other_texts(rng, text, 2)
        words_n = (("Previous Post", "Next Post") if english else
                   rng.choice((("Sebelumnya", "Selanjutnya"),
                               ("Pos sebelumnya", "Pos berikutnya"))))
        sides = []
        for word, o in zip(words_n, (prev_o, next_o), strict=True):
            j.also(f"{word} {o.headline}")
            sides.append(f'<div class="nav-{slug(word)}"><span class="meta-nav">{j(word)}</span> '
                         f'<a href="{base}/{slug(o.headline)}/">{j(o.headline)}</a></div>\n')
        follow.append(f'<nav class="post-navigation">{"".join(sides)}</nav>')
    top = [kicker, headline, meta] if rng.random() < 0.75 else [kicker, meta, headline]
    content_cls = "entry-content" if system != "php" else "isi-berita"
    article = (f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish '
               f'hentry category-{slug(category)}"><header class="entry-header">{"".join(top)}'
               f'</header>{figure}<div class="{content_cls}">{"".join(parts)}</div><footer class='
               f'"entry-footer">{"".join(follow)}</footer>{comments_html}</article>')
    if system == "php":
        article = (f'<div class="detail-berita">{"".join(top)}{figure}<div class="{content_cls}">'
                   f'{"".join(parts)}</div>{"".join(follow)}{comments_html}</div>')
    title = joined_title(rng, text.headline, site)
    head = _head(rng, text, site, url, machine, author, in_body,
                 rng.choice(("NewsArticle", "BlogPosting", "Article")),
                 {"commentCount": shown_count} if machine and rng.random() < 0.3 else None)
    popular = "".join(f'<li><a href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
                      for o in other_texts(rng, text, 4))
    recent = "".join(f'<li>{escape(_commenter(rng, city))} pada <a href="{base}/'
                     f'{slug(o.headline)}/#comments">{escape(o.headline)}</a></li>'
                     for o in other_texts(rng, text, 3))
    body = (f'<header id="masthead" class="site-header"><p class="site-title"><a href="{base}/">'
            f'{escape(site)}</a></p><nav class="main-navigation"><ul><li>Beranda</li><li>Berita'
            f'</li><li>Profil</li><li>Kontak</li></ul></nav></header><div id="content" class="'
            f'site-content"><div id="primary" class="content-area"><main id="main" class="site-'
            f'main">{article}</main></div><aside id="secondary" class="widget-area"><section '
            f'class="widget"><h2 class="widget-title">Terpopuler</h2><ul>{popular}</ul></section>'
            f'<section class="widget widget_recent_comments"><h2 class="widget-title">Komentar '
            f'Terbaru</h2><ul>{recent}</ul></section></aside></div><footer class="site-footer">'
            f"&copy; {day.year} {escape(site)}</footer>")
    html = _shell(title, head, f"single single-post postid-{post_id}", body)
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


@dataclass(frozen=True)
class _Comment:
    name: str
    when: datetime
    body: str
    depth: int
    parent: int  # the index of the comment it answers, or -1
    id: int


def _split_said(body: str) -> list[str]:
    """A reader's words as one paragraph, or a long one cut in two at a sentence."""
    cut = [m.end() for m in re.finditer(r"[.?!] ", body)]
    if len(body) > 90 and cut:
        k = cut[len(cut) // 2]
        return [body[:k].strip(), body[k:].strip()]
    return [body]



# -- 2. a live report of a regional event ------------------------------------------------------

# (the site's name, host, zone, kind, city)
_LIVE_SITES = (
    ("Kaltim Kini", "kaltimkini.id", "WITA", "outlet", "Samarinda"),
    ("Radar Sorong", "radarsorong.id", "WIT", "outlet", "Sorong"),
    ("Kabar Banten", "kabarbanten.id", "WIB", "outlet", "Serang"),
    ("Bali Kini", "balikini.id", "WITA", "outlet", "Denpasar"),
    ("Warta Ambon", "wartaambon.com", "WIT", "outlet", "Ambon"),
    ("Suara Jambi", "suarajambi.co.id", "WIB", "outlet", "Jambi"),
    ("Diskominfo Kota Surabaya", "diskominfo.surabaya.go.id", "WIB", "gov", "Surabaya"),
    ("Humas Pemprov Sulawesi Tengah", "humas.sultengprov.go.id", "WITA", "gov", "Palu"),
    ("Pemerintah Kota Jayapura", "jayapurakota.go.id", "WIT", "gov", "Jayapura"),
    ("KPU Kabupaten Garut", "kab-garut.kpu.go.id", "WIB", "gov", "Garut"),
)
_EVENTS = ("Pemungutan Suara Pilkada {y}", "Banjir {c}", "Arus Mudik Lebaran {y}",
           "Festival Budaya {c} {y}", "Rapat Paripurna HUT {c}", "Gempa Bumi {c}",
           "Kunjungan Kerja Presiden di {c}", "Pelantikan Kepala Daerah", "Rekapitulasi Suara",
           "Karnaval HUT RI di {c}", "Penanganan Kebakaran {c}", "Seleksi CPNS {y}")
_ENTRY_HEADS = ("Situasi terkini", "Pernyataan resmi", "Rombongan tiba di lokasi",
                "Update terbaru", "Warga mulai berdatangan", "Pengamanan diperketat",
                "Jumpa pers", "Kondisi lalu lintas", "Data sementara", "Kegiatan dimulai",
                "Tanggapan warga", "Posko dibuka", "Hujan mulai reda", "Acara ditutup",
                "Bantuan disalurkan", "Rapat koordinasi")


def liveblog_timeline(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A live report ("Live Update", "Laporan Langsung", "LIVE") of a regional event by an
    outlet or a government's newsroom: the live badge (or "Selesai" once ended), the
    event's label, the headline, the report's start printed or stamped in the header, a
    "Diperbarui" line, a refresh note, the entries' count, the "Terbaru"/"Terlama" toggle,
    a "N pembaruan baru" bar, a key-moments box; entries (an outlet's cards, the WordPress
    Liveblog plugin's markup, or a government's timeline list) each with its time ("10.21
    WIB", "10:21", "13 Mei, 10:21 WITA", or a relative age beside its stamp), a heading or
    none, a pinned label, the reporter's name, a photo's caption, a share link, and one or
    two of the text's paragraphs, newest first or oldest first; "Muat lebih banyak" at the
    foot; JSON-LD's ``LiveBlogPosting`` with its updates, an ``article:published_time`` or
    none."""
    name, host, zone, kind, city = rng.choice(_LIVE_SITES)
    base = f"https://{host}"
    site = name
    engine = rng.choice(("cards", "cards", "wpliveblog", "timeline") if kind == "outlet" else
                        ("timeline", "timeline", "wpliveblog", "cards"))
    if rng.random() < 1 / 8:
        return _listing(rng, text, site, base, zone, ("Live Update", "Laporan Langsung",
                                                      "Live Report", "Berita Terkini"), "live")
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.75,
                                        stamps=("offset", "offset", "utc", "none"))
    if timed:  # a report starts in the day, and its entries stay on that day
        when = when.replace(hour=rng.randrange(6, 16))
    day = when.date()
    machine = _machine(when, stamp)
    printed = _id_date(form, when, zone)
    event = rng.choice(_EVENTS).format(c=city, y=day.year)
    s = slug(text.headline)
    url = rng.choice((f"{base}/live/{s}", f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/berita/live-"
                      f"update-{s}", f"{base}/liveblog/{rng.randrange(100, 9999)}/{s}"))
    j = Junk()

    # the entries: the paragraphs in one or two at a time, at moments from the start on
    groups: list[list[str]] = []
    k = 0
    paragraphs = list(text.paragraphs)
    while k < len(paragraphs):
        size = 2 if rng.random() < 0.25 and k + 1 < len(paragraphs) else 1
        groups.append(paragraphs[k:k + size])
        k += size
    left = (23 * 60 + 30) - (when.hour * 60 + when.minute)
    offsets = sorted(rng.sample(range(1, max(left, len(groups) + 2)), len(groups)))
    if rng.random() < 0.4:
        offsets[0] = 0  # the first entry at the start itself
    moments = [when + timedelta(minutes=m, seconds=rng.randrange(60) - when.second
                                if stamp != "none" else 0) for m in offsets]
    moments = [max(m, when) for m in moments]
    newest_first = rng.random() < 0.65
    if newest_first:  # the paragraphs keep their order: the newest entry holds the first
        moments.reverse()
    last = max(moments)
    now = last + timedelta(minutes=rng.randrange(2, 90))
    ended = rng.random() < 0.35

    def entry_time(m: datetime) -> tuple[str, str]:
        """The printed time of an entry and its stamp attribute, or ""."""
        forms = ["dot_zone", "colon_zone", "date_zone", "ago"]
        if zone == "WIB":
            forms += ["dot", "colon", "colon"]
        f = rng.choice(forms) if entry_form == "mixed" else entry_form
        if f == "ago" and ended:
            f = "colon_zone"
        text_t = {"dot_zone": f"{m:%H.%M} {zone}", "colon_zone": f"{m:%H:%M} {zone}",
                  "date_zone": f"{m.day} {MONTHS_SHORT[m.month - 1]}, {m:%H:%M} {zone}",
                  "dot": f"{m:%H.%M}", "colon": f"{m:%H:%M}",
                  "ago": _rel(now - m)}[f]
        return text_t, _iso(m) if f == "ago" or entry_stamped else ""

    forms_all = ["dot_zone", "colon_zone", "date_zone", "mixed"] + (["dot", "colon"] if zone ==
                                                                     "WIB" else [])
    entry_form = rng.choice(forms_all)
    if entry_form == "mixed" and ended:
        entry_form = "colon_zone"
    entry_stamped = rng.random() < 0.5
    headed = rng.choice(("all", "some", "none"))
    heads = rng.sample(_ENTRY_HEADS, len(groups)) if len(groups) <= len(_ENTRY_HEADS) else \
        [rng.choice(_ENTRY_HEADS) for _ in groups]
    pinned = rng.random() < 0.35
    reporters = [_person(rng), rng.choice(NAMES)]
    by_entry = rng.random() < 0.4
    photo_at = rng.randrange(len(groups)) if rng.random() < 0.4 else -1
    shared = rng.random() < 0.4
    pin_word = rng.choice(("Disematkan", "PINNED", "📌 Disematkan", "Sematan"))
    share_word = rng.choice(("Bagikan", "Salin tautan", "Share"))
    key_moments: list[tuple[str, str]] = []
    entries: list[str] = []
    for index, (group, m) in enumerate(zip(groups, moments, strict=True)):
        printed_t, stamp_t = entry_time(m)
        time_html = (f'<time datetime="{stamp_t}">{j(printed_t)}</time>' if stamp_t else
                     f"<span>{j(printed_t)}</span>")
        head_t = heads[index] if headed == "all" or (headed == "some" and
                                                      rng.random() < 0.5) else ""
        if head_t:
            key_moments.append((printed_t, head_t))
        bits: list[str] = []
        label = ""
        if pinned and index == 0:
            label = f'<span class="pinned-label">{j(pin_word)}</span>'
        who = rng.choice(reporters) if by_entry else ""
        body = "".join(f"<p>{escape(x)}</p>" for x in group)
        photo = ""
        if index == photo_at:
            line = rng.choice((f"Suasana di {city}. (Foto: {reporters[0]})",
                               f"Foto: {reporters[0]}/{site}", f"Petugas di lokasi, {city}."))
            photo = (f'<figure><img src="{base}/uploads/live/{token(rng, 10)}.jpg" alt="">'
                     f"<figcaption>{j(line)}</figcaption></figure>")
            if rng.random() < 0.5:
                body = photo + body
                photo = ""
        share = (f'<div class="entry-share"><a href="{url}#entry-{index}">{j(share_word)}</a>'
                 "</div>") if shared else ""
        if engine == "cards":
            bits.append(f'<div class="live-entry__meta">{label} {time_html}'
                        + (f' <span class="live-entry__author">{j(who)}</span>' if who else "")
                        + "</div>")
            if label:
                j.also(f"{pin_word} {printed_t}")
            if who:
                j.also(f"{printed_t} {who}")
            if head_t:
                bits.append(f'<h3 class="live-entry__title">{j(head_t)}</h3>')
            entries.append(f'<article class="live-entry{" is-pinned" if label else ""}" id="'
                           f'entry-{index}">{"".join(bits)}<div class="live-entry__body">{body}'
                           f"{photo}</div>{share}</article>")
        elif engine == "wpliveblog":
            avatar = (f' <span class="liveblog-author-avatar"><img src="https://secure.gravatar.'
                      f'com/avatar/{_hex(rng, 32)}?s=30" alt=""></span><span class="liveblog-'
                      f'author-name">{j(who)}</span>') if who else ""
            entries.append(f'<div id="liveblog-entry-{rng.randrange(10**5, 10**6)}" class="'
                           f'liveblog-entry{" liveblog-entry-sticky" if label else ""}"><header '
                           f'class="liveblog-meta"><a class="liveblog-meta-time" href="{url}#entry-'
                           f'{index}">{time_html}</a>{label}{avatar}</header><div class="liveblog-'
                           f'entry-text">'
                           + (f"<h4>{j(head_t)}</h4>" if head_t else "")
                           + f"{body}{photo}</div>{share}</div>")
        else:
            entries.append(f'<li class="timeline-item"><div class="timeline-time">{time_html}'
                           f'</div>\n<div class="timeline-content">{label}'
                           + (f'<h5 class="timeline-title">{j(head_t)}</h5>' if head_t else "")
                           + f'{body}{photo}'
                           + (f'<small class="text-muted">{j("Reporter: " + who)}</small>'
                              if who else "")
                           + f"{share}</div></li>")

    # the header
    badge = (rng.choice(("Selesai", "Live telah berakhir", "Laporan langsung berakhir"))
             if ended else rng.choice(("LIVE", "● LIVE", "Live Update", "Laporan Langsung",
                                       "SEDANG BERLANGSUNG", "Langsung")))
    top: list[str] = [f'<span class="live-badge{" is-ended" if ended else ""}">{j(badge)}</span>']
    if rng.random() < 0.7:
        kicker = rng.choice((event, f"Live: {event}", f"Laporan Langsung: {event}"))
        top.append(f'<div class="live-event">{j(kicker)}</div>')
    look_h = rng.choice(("h1", "h1", "h2"))
    headline = f'<{look_h} class="live-title">{escape(text.headline)}</{look_h}>'
    top.insert(rng.choice((len(top), len(top), 0)), headline)
    meta_bits: list[str] = []
    meta_items: list[str] = []
    if rng.random() < 0.6:
        by = rng.choice((f"Tim {site}", " dan ".join(reporters), f"Oleh {reporters[0]}",
                         f"Laporan: {reporters[0]}"))
        meta_items.append(by)
        meta_bits.append(f'<span class="live-byline">{j(by)}</span>')
    start_label = rng.choice(("", "", "Dimulai", "Diterbitkan:", "Mulai", "Dipublikasikan"))
    start_line = f"{start_label} {printed}".strip()
    in_body = bool(machine) and rng.random() < 0.6
    meta_items.append(start_line)
    meta_bits.append(f'<time class="live-start" datetime="{machine}">{j(start_line)}</time>'
                     if in_body else f'<span class="live-start">{j(start_line)}</span>')
    glue = rng.choice((" | ", " · ", " "))
    if len(meta_items) > 1:
        j.also(glue.join(meta_items))
    meta = f'<div class="live-meta">{escape(glue).join(meta_bits)}</div>'
    updated = ""
    if rng.random() < 0.6:
        shape = rng.choice(("time", "full", "ago")) if not ended else "full"
        if shape == "time":
            line = f"Diperbarui {last:%H.%M} {zone}"
        elif shape == "full":
            line = rng.choice((f"Pembaruan terakhir: {_long(last.date())}, {last:%H.%M} {zone}",
                               f"Diperbarui {_long(last.date())} {last:%H:%M} {zone}"))
        else:
            line = f"Terakhir diperbarui {_rel(now - last)}"
        updated = (f'<div class="live-updated"><time datetime="{_iso(last)}">{j(line)}</time></div>'
                   if shape == "ago" or rng.random() < 0.4 else
                   f'<div class="live-updated">{j(line)}</div>')
    tools: list[str] = []
    if not ended and rng.random() < 0.6:
        note = rng.choice(("Halaman ini diperbarui otomatis setiap 60 detik.",
                           "Muat ulang halaman untuk melihat pembaruan terbaru.",
                           "Pembaruan otomatis aktif", "Halaman diperbarui secara otomatis."))
        tools.append(f'<p class="live-refresh">{j(note)}</p>')
    if rng.random() < 0.5:
        tally = rng.choice((f"{len(groups)} pembaruan", f"{len(groups)} Update",
                            f"Total {len(groups)} entri"))
        tools.append(f'<span class="live-count">{j(tally)}</span>')
    if rng.random() < 0.75:
        words = rng.choice((("Terbaru", "Terlama"), ("Terbaru", "Terlama"),
                            ("Newest", "Oldest")))
        label = rng.choice(("Urutkan:", "Urutan:", ""))
        pieces = ([label] if label else []) + list(words)
        j.also(" ".join(pieces))
        active = words[0] if newest_first else words[1]
        tools.append('<div class="live-sort" role="group">'
                     + (f"<span>{j(label)}</span> " if label else "") + " ".join(
                         f'<button type="button" class="{"active" if w == active else ""}" '
                         f'aria-pressed="{"true" if w == active else "false"}">{j(w)}</button>'
                         for w in words) + "</div>")
    if not ended and rng.random() < 0.3:
        tools.append(f'<button class="live-new" type="button" hidden>'
                     f"{j(f'{rng.randrange(1, 5)} pembaruan baru')}</button>")
    rng.shuffle(tools)
    box = ""
    if key_moments and rng.random() < 0.45:
        title_b = rng.choice(("Momen Penting", "Poin Utama", "Sorotan", "Key Events"))
        items = []
        for t_text, h_text in key_moments:
            j.also(f"{t_text} {h_text}")
            items.append(f'<li><a href="#"><span class="km-time">{j(t_text)}</span> '
                         f'<span class="km-title">{j(h_text)}</span></a></li>')
        box = (f'<aside class="live-key-moments"><h4>{j(title_b)}</h4><ul>{"".join(items)}'
               "</ul></aside>")
    more = ""
    if rng.random() < 0.55:
        word = rng.choice(("Muat lebih banyak", "Tampilkan pembaruan sebelumnya",
                           "Muat Lebih Banyak", "Load more"))
        more = f'<button class="live-more" type="button">{j(word)}</button>'
    closing = ""
    if ended and rng.random() < 0.5:
        word = rng.choice(("Laporan langsung ini telah berakhir.",
                           "Live report selesai. Terima kasih telah mengikuti."))
        closing = f'<p class="live-closed">{j(word)}</p>'
    if engine == "timeline":
        feed = f'<ul class="timeline">{chr(10).join(entries)}</ul>'
    elif engine == "wpliveblog":
        feed = (f'<div id="liveblog-container" class="liveblog-container"><div class="liveblog-'
                f'feed">{chr(10).join(entries)}</div></div>')
    else:
        feed = f'<div class="live-feed">{chr(10).join(entries)}</div>'
    head_block = f'<header class="live-header">{"".join(top)}{meta}{updated}</header>'
    article = (f'<article class="liveblog live-report {engine}">{head_block}'
               f'<div class="live-tools">{"".join(tools)}</div>{box}{closing}{feed}{more}'
               "</article>")

    # the head
    extra = None
    if machine:
        stamp_of = _iso if stamp == "offset" else _utc_plus
        order = sorted(zip(moments, groups, strict=True), key=lambda x: x[0])
        extra = {"coverageStartTime": machine, "liveBlogUpdate": [
            {"@type": "BlogPosting", "datePublished": stamp_of(m), "articleBody": " ".join(g)}
            for m, g in order]}
        if ended:
            extra["coverageEndTime"] = stamp_of(last)
        if rng.random() < 0.5:
            extra["dateModified"] = stamp_of(last)
    title = joined_title(rng, text.headline, site)
    if rng.random() < 0.3:
        title = f"{rng.choice(('LIVE', 'Live Update', 'Laporan Langsung'))}: {title}"
    head = _head(rng, text, site, url, machine, None, in_body,
                 "LiveBlogPosting" if extra else "NewsArticle",
                 extra if rng.random() < 0.6 else None)
    body = (f'<header class="site-header"><a href="{base}/" class="logo">{escape(site)}</a><nav>'
            f'<a href="{base}/">Beranda</a> <a href="{base}/live/">Live</a> <a href="{base}/'
            f'berita/">Berita</a></nav></header><main class="container"><div class="row"><div '
            f'class="col-lg-8">{article}</div><aside class="col-lg-4"><h3>Berita Lainnya</h3>'
            + "".join(f'<p><a href="{base}/{slug(o.headline)}">{escape(o.headline)}</a></p>'
                      for o in other_texts(rng, text, 3))
            + f'</aside></div></main><footer>&copy; {day.year} {escape(site)}</footer>')
    html = _shell(title, head, "single live", body)
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published,
                            None, site, tuple(j.lines))



# -- 3. a regency's WordPress site built with Divi or WPBakery ---------------------------------

# (the site's name, host, zone, city)
_BUILDER_SITES = (
    ("Pemerintah Kabupaten Wonogiri", "wonogirikab.go.id", "WIB", "Wonogiri"),
    ("Dinas Kesehatan Kabupaten Gowa", "dinkes.gowakab.go.id", "WITA", "Sungguminasa"),
    ("Pemerintah Kabupaten Halmahera Barat", "halbarkab.go.id", "WIT", "Jailolo"),
    ("Bappeda Kabupaten Pesisir Selatan", "bappeda.pesisirselatankab.go.id", "WIB", "Painan"),
    ("Pemerintah Kabupaten Sumbawa Barat", "sumbawabaratkab.go.id", "WITA", "Taliwang"),
    ("Pemerintah Kabupaten Merauke", "merauke.go.id", "WIT", "Merauke"),
    ("Dinas Pariwisata Kabupaten Belitung", "disparbud.belitungkab.go.id", "WIB",
     "Tanjung Pandan"),
    ("Pemerintah Kabupaten Minahasa Utara", "minutkab.go.id", "WITA", "Airmadidi"),
    ("DPMPTSP Kabupaten Kotawaringin Barat", "dpmptsp.kotawaringinbaratkab.go.id", "WIB",
     "Pangkalan Bun"),
    ("Kecamatan Sentani Kabupaten Jayapura", "sentani.jayapurakab.go.id", "WIT", "Sentani"),
)
_BLURBS = (("Layanan Pengaduan", "Sampaikan pengaduan Anda melalui SP4N-LAPOR! atau call center "
            "112."), ("Perizinan Online", "Urus perizinan berusaha secara daring melalui OSS RBA."),
           ("Informasi Publik", "Ajukan permohonan informasi publik kepada PPID kabupaten."),
           ("Jam Pelayanan", "Senin sampai Jumat, kecuali hari libur nasional."),
           ("Agenda Daerah", "Lihat jadwal kegiatan pemerintah daerah pekan ini."),
           ("Survei Kepuasan", "Bantu kami meningkatkan pelayanan dengan mengisi survei."))
_COUNTERS = ("Desa/Kelurahan", "Penerima Bantuan", "UMKM Terdaftar", "Capaian Vaksinasi",
             "Layanan Online", "Sekolah", "Puskesmas", "Kunjungan Wisatawan")
_BUTTONS = ("Selengkapnya", "Download", "Unduh Dokumen", "Download Lampiran (PDF)",
            "Baca Selengkapnya", "Lihat Galeri", "Unduh SK")


def _texturize(code: str, on: bool) -> str:
    """WordPress's texturizing of a leaked shortcode's quotes: ``="1"`` to ``=”1″``."""
    if not on:
        return code
    return re.sub(r'="([^"]*)"', lambda m: "=”" + m.group(1) + ("″" if m.group(1)[-1:].isdigit()
                                                                else "”"), code)


def page_builder_shortcodes(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regency's (or an office's) WordPress site built with Divi or WPBakery, the builder's
    markup around the text (``et_pb_section``/``et_pb_row``/``et_pb_column``/``et_pb_text_
    inner``, ``vc_row wpb_row``/``wpb_column``/``wpb_text_column``/``wpb_wrapper`` with
    ``vc_custom_...`` classes), Divi's post-title module or the theme's header, Divi's "oleh
    admin | Mei 13, 2024 | Berita | 0 komentar" meta; builder markup that leaks: shortcodes
    left as text on lines of their own ("[vc_row][vc_column][vc_column_text]",
    "[/et_pb_text][/et_pb_column]"), around a paragraph (whose truth is its text without
    them), texturized ("fb_built=”1″"), of the builder in use or of one the site used
    before, a whole post left unrendered after the builder was switched off, a leaked
    "[caption]"; builder buttons ("Selengkapnya", "Download"), a blurb, a number counter
    (before its script ran, "0"), a toggle with an attachment, a text separator; dates as
    the theme prints them, Yoast's UTC stamps, offsets or none."""
    name, host, zone, city = rng.choice(_BUILDER_SITES)
    base = f"https://{host}"
    site = rng.choice((name, name, name.replace("Pemerintah Kabupaten", "Pemkab")))
    builder = rng.choice(("divi", "wpbakery"))
    category = rng.choice(_CATEGORIES)
    if rng.random() < 1 / 8:
        return _listing(rng, text, site, base, zone, (category, f"Arsip Kategori: {category}",
                                                      "Berita", "Berita Terbaru"), builder)
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.3,
                                        stamps=("utc", "utc", "offset", "none"))
    if builder == "divi" and rng.random() < 0.4 and not form.endswith("_s"):
        form = rng.choice(("F_j_Y", "F_j_Y")) if not timed or stamp == "offset" else form
    day = when.date()
    machine = _machine(when, stamp)
    printed = _id_date(form, when, zone)
    post_id = rng.randrange(200, 20000)
    s = slug(text.headline)
    url = rng.choice((f"{base}/{s}/", f"{base}/berita/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/",
                      f"{base}/?p={post_id}"))
    j = Junk()
    tex = rng.random() < 0.6
    leak = rng.choice(("none", "lines", "wrapped", "both", "raw", "lines", "wrapped"))
    leaked_kind = builder if rng.random() < 0.75 else ("wpbakery" if builder == "divi" else
                                                       "divi")
    version = rng.choice(("4.9.4", "4.16.0", "4.21.0", "4.23.1", "3.29.3"))
    opens = {"divi": [f'[et_pb_section fb_built="1" _builder_version="{version}" '
                      'global_colors_info="{}"]', f'[et_pb_row _builder_version="{version}"]',
                      '[et_pb_column type="4_4" _builder_version="{v}"]'.replace("{v}", version),
                      f'[et_pb_text _builder_version="{version}" hover_enabled="0" '
                      'sticky_enabled="0"]'],
             "wpbakery": ["[vc_row]", '[vc_column width="2/3"]' if rng.random() < 0.4 else
                          "[vc_column]", "[vc_column_text]" if rng.random() < 0.6 else
                          '[vc_column_text css=".vc_custom_' + str(rng.randrange(10**12, 10**13))
                          + '{margin-bottom: 0px !important;}"]']}[leaked_kind]
    closes = {"divi": ["[/et_pb_text]", "[/et_pb_column]", "[/et_pb_row]", "[/et_pb_section]"],
              "wpbakery": ["[/vc_column_text]", "[/vc_column]", "[/vc_row]"]}[leaked_kind]
    opens = [_texturize(x, tex) for x in opens]
    opener = "".join(opens)
    closer = "".join(closes)
    inner_open = opens[-1]
    inner_close = closes[0]

    # the builder's modules inside the content
    def button() -> str:
        word = rng.choice(_BUTTONS)
        href = f"{base}/wp-content/uploads/{day:%Y/%m}/{token(rng, 8)}.pdf"
        if builder == "divi":
            return (f'<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_'
                    f'alignment_center et_pb_module"><a class="et_pb_button et_pb_button_0 et_pb_'
                    f'bg_layout_light" href="{href}">{j(word)}</a></div>')
        return (f'<div class="vc_btn3-container vc_btn3-center"><a class="vc_general vc_btn3 '
                f'vc_btn3-size-md vc_btn3-shape-rounded vc_btn3-style-modern vc_btn3-color-blue" '
                f'href="{href}" title="">{j(word)}</a></div>')

    def blurb() -> str:
        title_b, desc = rng.choice(_BLURBS)
        j.also(f"{title_b} {desc}")
        if builder == "divi":
            return (f'<div class="et_pb_module et_pb_blurb et_pb_blurb_{rng.randrange(4)} et_pb_'
                    f'text_align_left et_pb_blurb_position_left et_pb_bg_layout_light"><div class'
                    f'="et_pb_blurb_content"><div class="et_pb_main_blurb_image"><span class="et_'
                    f'pb_image_wrap"><img src="{base}/wp-content/uploads/icon-{slug(title_b)}.png"'
                    f' alt="" class="et-waypoint et_pb_animation_top"></span></div><div class="et_'
                    f'pb_blurb_container"><h4 class="et_pb_module_header"><span>{j(title_b)}'
                    f'</span></h4>\n<div class="et_pb_blurb_description"><p>{j(desc)}</p></div>'
                    "</div></div></div>")
        return (f'<div class="aio-icon-component style_1"><div class="aio-icon-box left-icon">'
                f'<div class="aio-icon-left"><div class="aio-icon none"><i class="Defaults-info">'
                f'</i></div></div><div class="aio-ibd-block"><div class="aio-icon-header"><h3 '
                f'class="aio-icon-title">{j(title_b)}</h3></div>\n<div class="aio-icon-'
                f'description">{j(desc)}</div></div></div></div>')

    def counter() -> str:
        label = rng.choice(_COUNTERS)
        n = rng.randrange(12, 90) if label == "Capaian Vaksinasi" else rng.randrange(12, 40000)
        sign = "%" if label == "Capaian Vaksinasi" else rng.choice(("", "+"))
        ran = rng.random() < 0.6  # the script ran before the page was saved
        shown = f"{thousands(n) if ran else 0}{sign}"
        j.also(f"{shown} {label}")
        if not shown.isdigit():
            j(shown)
        if builder == "divi":
            return (f'<div class="et_pb_module et_pb_number_counter et_pb_number_counter_0 et_pb_'
                    f'with_border" data-number-value="{n}" data-number-separator="."><div class='
                    f'"percent"><p><span class="percent-value">{thousands(n) if ran else 0}'
                    f'</span><span class="percent-sign">{sign}</span></p></div>\n<h3 class="'
                    f'title">{j(label)}</h3></div>')
        return (f'<div class="stats-block stats-top"><div class="ult-stats-icon"></div><div '
                f'class="stats-number" data-counter-value="{n}" data-separator=".">'
                f'{thousands(n) if ran else 0}{sign}</div>\n<div class="stats-text">{j(label)}'
                "</div></div>")

    def toggle() -> str:
        title_t = rng.choice(("Lampiran", "Dokumen Terkait", "Unduhan", "Informasi Lebih Lanjut"))
        item = rng.choice((f"SK Bupati Nomor {rng.randrange(10, 900)} Tahun {day.year}",
                           f"Surat Edaran Nomor {rng.randrange(100, 999)}/{rng.randrange(10, 99)}",
                           f"Laporan Kegiatan {day.year} (PDF)"))
        if builder == "divi":
            return (f'<div class="et_pb_module et_pb_toggle et_pb_toggle_0 et_pb_toggle_item et_'
                    f'pb_toggle_close"><h5 class="et_pb_toggle_title">{j(title_t)}</h5>\n<div '
                    f'class="et_pb_toggle_content clearfix"><p><a href="{base}/wp-content/'
                    f'uploads/{token(rng, 8)}.pdf">{j(item)}</a></p></div></div>')
        return (f'<div class="vc_toggle vc_toggle_default vc_toggle_color_default"><div class="'
                f'vc_toggle_title"><h4>{j(title_t)}</h4></div>\n<div class="vc_toggle_content">'
                f'<p><a href="{base}/wp-content/uploads/{token(rng, 8)}.pdf">{j(item)}</a></p>'
                "</div></div>")

    def separator() -> str:
        word = rng.choice(("Galeri Kegiatan", "Dokumentasi", "Informasi", "Berita Terkait"))
        if builder == "divi":
            return (f'<div class="et_pb_module et_pb_text et_pb_text_9 et_pb_text_align_center">'
                    f'<div class="et_pb_text_inner"><h3>{j(word)}</h3></div></div>')
        return (f'<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_'
                f'width_100 vc_separator-has-text"><span class="vc_sep_holder vc_sep_holder_l">'
                f'<span class="vc_sep_line"></span></span><h4>{j(word)}</h4><span class="vc_sep_'
                f'holder vc_sep_holder_r"><span class="vc_sep_line"></span></span></div>')

    modules = [m for m, chance in ((button, 0.6), (blurb, 0.45), (counter, 0.4), (toggle, 0.3),
                                   (separator, 0.25)) if rng.random() < chance]
    rng.shuffle(modules)

    # the text, in the builder's modules, with its leaks
    caption_leak = ""
    if rng.random() < 0.2:
        cap = rng.choice((f"Bupati meninjau kegiatan di {city}.", f"Suasana kegiatan di {city}.",
                          f"Foto bersama usai kegiatan di {city}."))
        code = _texturize(f'[caption id="attachment_{rng.randrange(100, 9999)}" align="'
                          f'aligncenter" width="{rng.choice((640, 800, 1024))}"]', tex)
        j(code)
        j(cap)
        j("[/caption]")
        j.also(f"{code} {cap}[/caption]")
        caption_leak = (f'<p>{escape(code)}<img class="size-large" src="{base}/wp-content/uploads/'
                        f'{day:%Y/%m}/{token(rng, 8)}.jpg" alt="" width="640" height="427"> '
                        f"{escape(cap)}[/caption]</p>")
    n_par = len(text.paragraphs)
    wrap_first = leak in ("wrapped", "both", "raw") or (leak != "none" and rng.random() < 0.2)
    wrap_last = wrap_first and rng.random() < 0.7
    lines_top = leak in ("lines", "both")
    lines_bottom = lines_top and rng.random() < 0.7
    mid_line = leak in ("lines", "both") and n_par > 3 and rng.random() < 0.4
    mid_at = rng.randrange(1, n_par - 1) if mid_line else -1
    mid_code = _texturize(rng.choice((f"{closes[0]}{opens[-1]}", f'[vc_empty_space height="'
                                      f'{rng.choice((16, 32))}px"]', "[et_pb_divider]"
                                      "[/et_pb_divider]", "[/vc_column_text]")), tex)
    ptexts: list[str] = []
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and wrap_first:
            words = f"{j(inner_open if leak != 'raw' else opener)}{words}"
        if n == n_par - 1 and wrap_last:
            words = f"{words}{j(inner_close if leak != 'raw' else closer)}"
        ptexts.append(f"<p>{words}</p>")
        if n == mid_at:
            ptexts.append(f"<p>{j(mid_code)}</p>")
    if lines_top:
        ptexts.insert(0, f"<p>{j(opener if rng.random() < 0.6 else opens[0])}</p>")
    if lines_bottom:
        ptexts.append(f"<p>{j(closer if rng.random() < 0.6 else closes[-1])}</p>")
    if caption_leak:
        ptexts.insert(1 + lines_top, caption_leak)
    if leak == "raw":  # the builder switched off: its modules' shortcodes stay as text
        raw: list[str] = []
        for module in modules:
            if module is button:
                word = rng.choice(_BUTTONS)
                code = _texturize((f'[et_pb_button button_text="{word}" button_url="{base}/'
                                   f'download/" _builder_version="{version}"][/et_pb_button]')
                                  if leaked_kind == "divi" else
                                  (f'[vc_btn title="{word}" color="primary" link="url:'
                                   f'{base}%2Fdownload%2F"]'), tex)
                raw.append(f"<p>{j(code)}</p>")
            elif module is blurb:
                title_b, desc = rng.choice(_BLURBS)
                if leaked_kind == "divi":
                    code = _texturize(f'[et_pb_blurb title="{title_b}" use_icon="on" '
                                      f'_builder_version="{version}"]', tex)
                    j(code)
                    j(desc)
                    j.also(f"{code}{desc}[/et_pb_blurb]")
                    raw.append(f"<p>{escape(code)}{escape(desc)}[/et_pb_blurb]</p>")
                else:
                    code = _texturize(f'[vc_cta h2="{title_b}" add_button="bottom" btn_title="'
                                      f'Selengkapnya"]', tex)
                    j(code)
                    j(desc)
                    j.also(f"{code}{desc}[/vc_cta]")
                    raw.append(f"<p>{escape(code)}{escape(desc)}[/vc_cta]</p>")
            elif module is counter:
                label = rng.choice(_COUNTERS)
                code = _texturize((f'[et_pb_number_counter title="{label}" number="'
                                   f'{rng.randrange(12, 900)}" _builder_version="{version}"]'
                                   "[/et_pb_number_counter]") if leaked_kind == "divi" else
                                  (f'[stat_counter counter_title="{label}" counter_value="'
                                   f'{rng.randrange(12, 900)}"]'), tex)
                raw.append(f"<p>{j(code)}</p>")
        modules = []
        ptexts.extend(raw)

    # the layout: the text in one module or several, the modules beside or after
    if builder == "divi":
        cut = rng.randrange(1, len(ptexts)) if len(ptexts) > 3 and rng.random() < 0.5 else 0
        chunks = [ptexts[:cut], ptexts[cut:]] if cut else [ptexts]
        texts_html = "".join(
            f'<div class="et_pb_module et_pb_text et_pb_text_{k} et_pb_text_align_left et_pb_bg_'
            f'layout_light"><div class="et_pb_text_inner">{"".join(c)}</div></div>'
            for k, c in enumerate(chunks))
        side = rng.random() < 0.4 and modules
        if side:
            row = (f'<div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_2_3 '
                   f'et_pb_column_0 et_pb_css_mix_blend_mode_passthrough">{texts_html}</div><div '
                   f'class="et_pb_column et_pb_column_1_3 et_pb_column_1 et-last-child">'
                   f'{"".join(m() for m in modules)}</div></div>')
        else:
            row = (f'<div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 '
                   f'et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">'
                   f'{texts_html}</div></div>')
            if modules:
                row += ('<div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_'
                        'column_4_4 et_pb_column_1 et-last-child">'
                        + "".join(m() for m in modules) + "</div></div>")
        content = (f'<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_'
                   f'gutters3"><div class="et_pb_section et_pb_section_0 et_section_regular">'
                   f"{row}</div>"
                   "</div></div>") if leak != "raw" else "".join(ptexts)
    else:
        vc = f"vc_custom_{rng.randrange(10**12, 10**13)}"
        text_col = (f'<div class="wpb_text_column wpb_content_element {vc}"><div class="wpb_'
                    f'wrapper">{"".join(ptexts)}</div></div>')
        mods = "".join(m() for m in modules)
        side = rng.random() < 0.4 and modules
        if side:
            cols = (f'<div class="wpb_column vc_column_container vc_col-sm-8"><div class="vc_'
                    f'column-inner"><div class="wpb_wrapper">{text_col}</div></div></div><div '
                    f'class="wpb_column vc_column_container vc_col-sm-4"><div class="vc_column-'
                    f'inner"><div class="wpb_wrapper">{mods}</div></div></div>')
        else:
            cols = (f'<div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_'
                    f'column-inner"><div class="wpb_wrapper">{text_col}{mods}</div></div></div>')
        content = (f'<div class="vc_row wpb_row vc_row-fluid"><div class="vc_row-full-width '
                   f'vc_clearfix"></div>{cols}</div>') if leak != "raw" else "".join(ptexts)

    # the title and the meta
    poster = rng.choice(("admin", "Admin", "humas", f"Diskominfo {city}", rng.choice(NAMES)))
    show_poster = rng.random() < 0.75
    author = poster if show_poster else None
    in_body = bool(machine) and rng.random() < 0.4
    date_html = (f'<span class="published"><time datetime="{machine}">{j(printed)}</time></span>'
                 if in_body else f'<span class="published">{j(printed)}</span>')
    items: list[str] = []
    bits: list[str] = []
    if show_poster:
        items.append(f"oleh {poster}")
        j.also(f"oleh {poster}")
        bits.append(f'<span class="author vcard">{j("oleh")} <a href="{base}/author/{slug(poster)}'
                    f'/" title="Pos oleh {attr(poster)}" rel="author">{j(poster)}</a></span>')
    items.append(printed)
    bits.append(date_html)
    if rng.random() < 0.7:
        items.append(category)
        bits.append(f'<a href="{base}/category/{slug(category)}/" rel="category tag">'
                    f"{j(category)}</a>")
    if rng.random() < 0.4:
        word = rng.choice(("0 komentar", "Tidak ada komentar", "0 Comments"))
        items.append(word)
        bits.append(f'<span class="comments-number"><a href="{url}#respond">{j(word)}</a></span>')
    if len(items) > 1:
        j.also(" | ".join(items))
    meta = f'<p class="post-meta">{" | ".join(bits)}</p>'
    look_h = rng.choice(("h1", "h1", "h2"))
    headline = f'<{look_h} class="entry-title">{escape(text.headline)}</{look_h}>'
    top = [headline, meta] if rng.random() < 0.8 else [meta, headline]
    figure = ""
    if rng.random() < 0.5:
        figure = (f'<img src="{base}/wp-content/uploads/{day:%Y/%m}/{token(rng, 10)}-1080x675.jpg"'
                  f' alt="" class="" width="1080" height="675">')
    follow: list[str] = []
    if rng.random() < 0.45:
        nets = [x for x in ("Facebook", "Twitter", "WhatsApp", "Email") if rng.random() < 0.6]
        nets = nets or ["Facebook"]
        word = rng.choice(("Bagikan:", "Share This", "Bagikan"))
        j.also(" ".join([word, *nets]))
        follow.append(f'<div class="et_social_inline et_social_inline_bottom"><h3 class="et_'
                      f'social_heading">{j(word)}</h3> <ul class="et_social_icons_container">'
                      + " ".join(f'<li class="et_social_{slug(x)}"><a href="#" class="et_social_'
                                 f'share"><span class="et_social_network_label">{j(x)}</span>'
                                 "</a></li>" for x in nets) + "</ul></div>")
    if rng.random() < 0.35:
        prev_o, next_o = other_texts(rng, text, 2)
        sides = []
        for word, o in zip(("« Sebelumnya", "Selanjutnya »"), (prev_o, next_o), strict=True):
            j.also(f"{word} {o.headline}")
            sides.append(f'<span class="nav-{"previous" if "Seb" in word else "next"}"><span '
                         f'class="meta-nav">{j(word)}</span> <a href="{base}/{slug(o.headline)}/"'
                         f">{j(o.headline)}</a></span>\n")
        follow.append(f'<div class="et_pb_module et_pb_post_nav et_pb_post_nav_0 nav-single">'
                      f'{"".join(sides)}</div>')
    if builder == "divi" and rng.random() < 0.5:  # the Theme Builder's template
        article = (f'<div class="et_pb_section et_pb_section_0_tb_body et_section_regular"><div '
                   f'class="et_pb_row et_pb_row_0_tb_body"><div class="et_pb_column et_pb_column_'
                   f'4_4 et_pb_column_0_tb_body"><div class="et_pb_module et_pb_post_title et_pb_'
                   f'post_title_0_tb_body et_pb_bg_layout_light"><div class="et_pb_title_'
                   f'container">{"".join(top)}</div></div>{figure}<div class="et_pb_module et_pb_'
                   f'post_content et_pb_post_content_0_tb_body">{content}</div>{"".join(follow)}'
                   "</div></div></div>")
        body_cls = ("post-template-default single single-post et_pb_button_helper_class "
                    "et-tb-has-template")
    elif builder == "divi":
        article = (f'<article id="post-{post_id}" class="et_pb_post post-{post_id} post type-post '
                   f'status-publish format-standard has-post-thumbnail hentry"><div class="et_post_'
                   f'meta_wrapper">{"".join(top)}{figure}</div><div class="entry-content">'
                   f'{content}</div>{"".join(follow)}</article>')
        body_cls = "post-template-default single single-post et_right_sidebar et_divi_theme"
    else:
        article = (f'<article id="post-{post_id}" class="post-{post_id} post type-post status-'
                   f'publish hentry"><header class="entry-header">{"".join(top)}</header>{figure}'
                   f'<div class="entry-content clear">{content}</div>{"".join(follow)}</article>')
        body_cls = "single single-post wpb-js-composer js-comp-ver-6.10.0 vc_responsive"
    title = joined_title(rng, text.headline, site, (" - ", " | ", " – "))
    head = _head(rng, text, site, url, machine, author, in_body,
                 rng.choice(("Article", "NewsArticle", "BlogPosting")))
    if leak == "raw" or rng.random() < 0.3:
        summary = (opener + text.paragraphs[0])[:155]
        head.append(f'<meta name="description" content="{attr(summary)}">')
    widgets = "".join(f'<li><a href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
                      for o in other_texts(rng, text, 4))
    body = (f'<div id="page-container"><header id="main-header"><div class="container"><div '
            f'class="logo_container"><a href="{base}/"><img src="{base}/wp-content/uploads/logo.'
            f'png" alt="{attr(site)}" id="logo"></a></div><nav id="top-menu-nav"><ul id="top-menu" '
            f'class="nav"><li>Beranda</li><li>Profil Daerah</li><li>Berita</li><li>Layanan</li>'
            f'<li>PPID</li></ul></nav></div></header><div id="et-main-area"><div id="main-content">'
            f'<div class="container"><div id="content-area" class="clearfix"><div id="left-area">'
            f'{article}</div><div id="sidebar"><div class="et_pb_widget widget_recent_entries">'
            f'<h4 class="widgettitle">Berita Terbaru</h4><ul>{widgets}</ul></div></div></div></div>'
            f'</div><footer id="main-footer"><div id="footer-bottom"><p id="footer-info">&copy; '
            f'{day.year} {escape(name)} | Dikelola oleh Diskominfo</p></div></footer></div></div>')
    html = _shell(title, head, body_cls, body, "id-ID")
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))



# -- 4. an article built around embedded social posts ------------------------------------------

# (the site's name, host, zone, kind, city, the site's own account)
_SOCIAL_SITES = (
    ("Pemerintah Kota Ternate", "ternatekota.go.id", "WIT", "gov", "Ternate", "pemkot_ternate"),
    ("Humas Kabupaten Sigi", "humas.sigikab.go.id", "WITA", "gov", "Sigi", "humassigi"),
    ("Diskominfo Kabupaten Banyumas", "dinkominfo.banyumaskab.go.id", "WIB", "gov", "Purwokerto",
     "kominfobanyumas"),
    ("Kabar Medan", "kabarmedan.com", "WIB", "outlet", "Medan", "kabarmedan"),
    ("Lintas Papua", "lintaspapua.id", "WIT", "outlet", "Jayapura", "lintaspapua"),
    ("Warta Kalsel", "wartakalsel.id", "WITA", "outlet", "Banjarmasin", "wartakalsel"),
    ("Pemerintah Kabupaten Manggarai Barat", "manggaraibaratkab.go.id", "WITA", "gov",
     "Labuan Bajo", "pemkab_mabar"),
    ("Info Cirebon Raya", "infocirebonraya.com", "WIB", "outlet", "Cirebon", "infocirebonraya"),
)
_CAPTIONS = (
    "{who} meninjau langsung {thing} di {place} hari ini. Terima kasih atas kerja keras semua "
    "pihak 🙏", "Suasana {thing} di {place} pagi ini. Warga tampak antusias mengikuti kegiatan.",
    "INFO PENTING! Pelayanan {thing} di {place} dibuka mulai pekan depan. Mohon disebarluaskan.",
    "Alhamdulillah, {thing} di {place} telah rampung dan siap dimanfaatkan warga.",
    "Kondisi terkini {thing} di {place}. Warga diimbau tetap waspada. 📍{place}",
    "Selamat pagi warga {place}! Jangan lupa hadir di {thing} hari ini ya.",
    "Terima kasih {who} atas kunjungannya ke {place}. Semoga membawa berkah bagi kita semua.",
    "Viral! Warga {place} bergotong royong memperbaiki {thing} secara swadaya 👏",
    "Detik-detik {thing} di {place}. Simak videonya sampai habis!",
)
_THINGS = ("jalan desa", "posko banjir", "pasar murah", "pelayanan KTP keliling",
           "jembatan gantung",
           "festival kuliner", "vaksinasi massal", "lapak UMKM", "saluran irigasi", "upacara adat",
           "kerja bakti", "penyaluran bansos")
_WHOS = ("Bupati", "Wali Kota", "Wakil Bupati", "Sekda", "Kapolres", "Gubernur", "Camat")


def _us_pacific(when: datetime) -> tuple[datetime, str]:
    """The moment in Instagram's old embeds' zone, PDT or PST."""
    y = when.year
    start = date(y, 3, 8) + timedelta(days=(6 - date(y, 3, 8).weekday()) % 7)
    end = date(y, 11, 1) + timedelta(days=(6 - date(y, 11, 1).weekday()) % 7)
    summer = start <= when.astimezone(UTC).date() < end
    zone = timezone(timedelta(hours=-7 if summer else -8))
    return when.astimezone(zone), "PDT" if summer else "PST"


def social_embed_post(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A government's or an outlet's article built around embedded social posts: Instagram's
    blockquotes (the new code's "View this post on Instagram", "Lihat postingan ini di
    Instagram" and "A post shared by Name (@handle)", or the old code's caption and "A
    post shared by ... on May 13, 2024 at 3:21am PDT" with a UTC ``<time>``), X's or
    Twitter's (the tweet's text with its links, "— Name (@handle) May 13, 2024"),
    Facebook's (the post's text, "Posted by ... on Monday, May 13, 2024" or "Dikirim oleh
    ... pada ..."), TikTok's (the handle, the caption, its hashtags and "♬ suara asli -
    ..."), or only their rendered iframes; a consent plugin's placeholder ("Klik untuk
    menerima cookie ... ", "Muat konten"), "Sumber: Instagram/@handle" lines, a
    screenshot's caption, a follow box ("Ikuti kami di Instagram @handle"); the site's own
    paragraphs between them, its meta, tags and share bar; dates as the site prints them."""
    name, host, zone, _kind, city, own = rng.choice(_SOCIAL_SITES)
    base = f"https://{host}"
    site = name
    category = rng.choice(("Viral", "Media Sosial", "Berita", "Daerah", "Pemerintahan", "Info"))
    if rng.random() < 1 / 8:
        return _listing(rng, text, site, base, zone, (category, f"Kategori: {category}",
                                                      "Berita Terkini", "Viral Hari Ini"),
                        "social")
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.55,
                                        stamps=("offset", "utc", "none"), ago=0.08)
    day = when.date()
    machine = _machine(when, stamp)
    printed = _id_date(form, when, zone) if form else _rel(timedelta(minutes=rng.randrange(
        5, 60 * 20)))
    s = slug(text.headline)
    url = rng.choice((f"{base}/{s}/", f"{base}/berita/{s}", f"{base}/{day:%Y/%m/%d}/{s}/",
                      f"{base}/read/{rng.randrange(1000, 99999)}/{s}"))
    j = Junk()
    english_embeds = rng.random() < 0.6
    official = rng.choice(_WHOS)
    head_person = _person(rng)
    accounts = [(site, own), (f"{official} {head_person}", _compact(head_person).lower()[:14]),
                (f"Info {city}", f"info{_compact(city).lower()}"),
                (f"Humas Polres {city}", f"humaspolres{_compact(city).lower()}"),
                (rng.choice(NAMES), slug(rng.choice(NAMES)).replace("-", "_"))]

    def caption(who_name: str) -> str:
        line = rng.choice(_CAPTIONS).format(who=f"{official} {head_person}", thing=rng.choice(
            _THINGS), place=city)
        tags = rng.sample((f"#{_compact(city)}", f"#{own}", "#InfoTerkini", "#Viral",
                           f"#Pemkab{_compact(city)}", "#SatuData", "#GotongRoyong"),
                          rng.randrange(1, 4))
        return f"{line} {' '.join(tags)}" if rng.random() < 0.8 else line

    def posted(m: datetime) -> str:
        return (f"{MONTHS_EN[m.month - 1]} {m.day}, {m.year}" if english_embeds
                else _long(m.date()))

    def instagram(m: datetime) -> str:
        who, handle = rng.choice(accounts)
        link = f"https://www.instagram.com/{rng.choice(('p', 'reel'))}/{token(rng, 11)}/"
        if rng.random() < 0.2:
            return (f'<iframe class="instagram-media instagram-media-rendered" id="instagram-embed-'
                    f'{rng.randrange(9)}" src="{link}embed/captioned/?cr=1&amp;v=14" height="720" '
                    'frameborder="0" scrolling="no"></iframe>')
        view = ("View this post on Instagram" if english_embeds else
                "Lihat postingan ini di Instagram")
        if rng.random() < 0.55:  # the new code
            shared = (f"A post shared by {who} (@{handle})" if english_embeds else
                      f"Sebuah kiriman dibagikan oleh {who} (@{handle})")
            return (f'<blockquote class="instagram-media" data-instgrm-permalink="{link}?utm_'
                    f'source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style="'
                    f'background:'
                    f'#FFF; border:0; margin: 1px; max-width:540px;"><div style="padding:16px;"><a '
                    f'href="{link}" target="_blank"><div style="display:flex;"></div><div style="'
                    f'padding:19% 0;"></div><div style="padding-top: 8px;"><div style="color:'
                    f'#3897f0;'
                    f' font-weight:600;">{j(view)}</div></div></a><p style="margin:8px 0 0 0;"><a '
                    f'href="{link}" target="_blank">{j(shared)}</a></p></div></blockquote>'
                    '<script async src="//www.instagram.com/embed.js"></script>')
        pacific, pz = _us_pacific(m)
        stamp_t = (f"{MONTHS_EN[pacific.month - 1]} {pacific.day}, {pacific.year} at "
                   f"{pacific.hour % 12 or 12}:{pacific:%M}{'pm' if pacific.hour >= 12 else 'am'}"
                   f" {pz}")
        cap = caption(who)
        j.also(f"A post shared by {who} (@{handle}) on {stamp_t}")
        return (f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-'
                f'permalink="{link}" data-instgrm-version="12"><div style="padding:8px;"><p style='
                f'"margin:8px 0 0 0;"><a href="{link}" target="_blank">{j(cap)}</a></p> <p style="'
                f'color:#c9c8cd;">{j("A post shared by")} <a href="https://www.instagram.com/'
                f'{handle}/" target="_blank">{j(who)}</a> (@{handle}) on <time style="font-family:'
                f'Arial;" datetime="{m.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00">{j(stamp_t)}'
                "</time></p></div></blockquote>"
                '<script async defer src="//platform.instagram.com/en_US/embeds.js"></script>')

    def tweet(m: datetime) -> str:
        who, handle = rng.choice(accounts)
        status = f"https://twitter.com/{handle}/status/{rng.randrange(10**18, 10**19)}"
        if rng.random() < 0.15:
            return (f'<div class="twitter-tweet twitter-tweet-rendered"><iframe src="https://'
                    f'platform.twitter.com/embed/Tweet.html?id={status[-19:]}" title="X Post" '
                    'frameborder="0" scrolling="no"></iframe></div>')
        cap = caption(who)
        pic = f"pic.twitter.com/{token(rng, 10)}"
        when_t = posted(m)
        j.also(f"— {who} (@{handle}) {when_t}")
        j.also(f"{who} (@{handle})")
        return (f'<blockquote class="twitter-tweet" data-lang="{"en" if english_embeds else "in"}">'
                f'<p lang="in" dir="ltr">{j(cap)} <a href="https://t.co/{token(rng, 10)}">{j(pic)}'
                f'</a></p>&mdash; {escape(who)} (@{handle}) <a href="{status}?ref_src=twsrc%5Etfw">'
                f'{j(when_t)}</a></blockquote> <script async src="https://platform.twitter.com/'
                'widgets.js" charset="utf-8"></script>')

    def facebook(m: datetime) -> str:
        who, handle = rng.choice(accounts)
        link = f"https://www.facebook.com/{handle}/posts/{rng.randrange(10**15, 10**16)}"
        cap = caption(who)
        d = m.date()
        if english_embeds:
            when_t = f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
            by, on = "Posted by", "on"
        else:
            when_t = _long(d, day_name=True)
            by, on = "Dikirim oleh", "pada"
        j.also(f"{by} {who} {on} {when_t}")
        return (f'<div class="fb-post" data-href="{link}" data-width="500" data-show-text="true">'
                f'<blockquote cite="{link}" class="fb-xfbml-parse-ignore"><p>{j(cap)}</p>{j(by)} '
                f'<a href="https://www.facebook.com/{handle}">{j(who)}</a> {j(on)}&nbsp;<a href="'
                f'{link}">{j(when_t)}</a></blockquote></div>')

    def tiktok(m: datetime) -> str:
        who, handle = rng.choice(accounts)
        vid = rng.randrange(7 * 10**18, 8 * 10**18)
        cap = caption(who).split(" #")[0]
        tags = rng.sample((_compact(city).lower(), "fyp", "viral", own, "infoterkini"), 2)
        sound = f"♬ {rng.choice(('suara asli', 'original sound'))} - {who}"
        j.also(" ".join([f"@{handle}", cap, *[f"#{t}" for t in tags], sound]))
        return (f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{handle}/video/'
                f'{vid}" data-video-id="{vid}" style="max-width: 605px;min-width: 325px;"><section>'
                f'<a target="_blank" title="@{handle}" href="https://www.tiktok.com/@{handle}?refer'
                f'=embed">{j("@" + handle)}</a> {j(cap)} '
                + " ".join(f'<a title="{t}" target="_blank" href="https://www.tiktok.com/tag/{t}?'
                           f'refer=embed">{j("#" + t)}</a>' for t in tags)
                + f' <a target="_blank" title="{attr(sound)}" href="https://www.tiktok.com/music/'
                f'{slug(sound)}-{vid % 10**8}?refer=embed">{j(sound)}</a></section></blockquote> '
                '<script async src="https://www.tiktok.com/embed.js"></script>')

    kinds = {"instagram": instagram, "twitter": tweet, "facebook": facebook, "tiktok": tiktok}
    count = rng.choice((1, 2, 2, 3, 3, 4))
    chosen = [rng.choice(tuple(kinds)) for _ in range(count)]
    if rng.random() < 0.5:
        chosen = [chosen[0]] * count  # a story about one account's posts
    consent = rng.random() < 0.25
    consent_lines = rng.choice((("Klik untuk menerima cookie pemasaran dan mengaktifkan konten "
                                 "ini", "Terima"),
                                ("Konten ini diblokir karena Anda belum menyetujui cookie.",
                                 "Muat konten"),
                                ("Dengan memuat konten ini, Anda menyetujui kebijakan privasi "
                                 "platform tersebut.", "Tampilkan konten")))
    source_lines = rng.random() < 0.45
    embeds: list[str] = []
    for kind_e in chosen:
        m = when - timedelta(minutes=rng.randrange(30, 60 * 72))
        html = kinds[kind_e](m)
        if consent and kind_e in ("instagram", "facebook", "tiktok"):
            j.also(" ".join(consent_lines))
            html = (f'<div class="cmplz-placeholder-parent"><div class="cmplz-blocked-content-'
                    f'notice"><p>{j(consent_lines[0])}</p> <button class="cmplz-accept-marketing">'
                    f"{j(consent_lines[1])}</button></div>{html}</div>")
        wrap = rng.choice(("figure", "div", "none"))
        if wrap == "figure":
            html = (f'<figure class="wp-block-embed is-type-rich wp-block-embed-{kind_e}"><div '
                    f'class="wp-block-embed__wrapper">{html}</div></figure>')
        elif wrap == "div":
            html = f'<div class="embed-{kind_e} text-center">{html}</div>'
        if source_lines:
            who = re.search(r"@([\w.]+)", html)
            platform = {"instagram": "Instagram", "twitter": "X", "facebook": "Facebook",
                        "tiktok": "TikTok"}[kind_e]
            line = rng.choice((f"Sumber: {platform}", f"(Tangkapan layar {platform})",
                               f"Sumber: {platform}/@{who.group(1)}" if who else
                               f"Sumber: {platform}"))
            html += f'<p class="embed-source"><em>{j(line)}</em></p>'
        embeds.append(html)

    # the text: the embeds between the paragraphs (never before the first)
    n_par = len(text.paragraphs)
    spots = sorted(rng.choice(range(1, n_par + 1)) for _ in embeds)
    dateline = ""
    if rng.random() < 0.4:
        dateline = rng.choice((f"{city.upper()} -", f"{city.upper()}, {site.upper()} –",
                               f"{site}, {city} -"))
    parts: list[str] = []
    placed = 0
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        parts.append(f"<p>{words}</p>")
        while placed < len(embeds) and spots[placed] == n + 1:
            parts.append(embeds[placed])
            placed += 1
    if rng.random() < 0.3:
        cap = rng.choice((f"Tangkapan layar unggahan akun @{own}. (Foto: Instagram/@{own})",
                          "Unggahan yang viral di media sosial. (Foto: Tangkapan layar)"))
        parts.insert(rng.randrange(1, len(parts) + 1),
                     f'<figure class="wp-caption"><img src="{base}/uploads/{token(rng, 10)}.jpg" '
                     f'alt="tangkapan layar"><figcaption>{j(cap)}</figcaption></figure>')

    # the meta, the headline, what follows
    poster = rng.choice((f"Tim {site}", rng.choice(NAMES), _person(rng), "admin", "Redaksi"))
    show_poster = rng.random() < 0.75
    author = poster if show_poster else None
    in_body = bool(machine) and (not form or rng.random() < 0.6)
    date_html = (f'<time datetime="{machine}">{j(printed)}</time>' if in_body else
                 f"<span>{j(printed)}</span>")
    meta_items: list[str] = []
    bits: list[str] = []
    if show_poster:
        by = rng.choice((f"Oleh {poster}", f"Penulis: {poster}", poster))
        meta_items.append(by)
        bits.append(f'<span class="author">{j(by)}</span>')
    meta_items.append(printed)
    bits.append(f'<span class="date">{date_html}</span>')
    if rng.random() < 0.4:
        seen = f"{thousands(rng.randrange(30, 12000))} views" if rng.random() < 0.3 else \
            f"Dibaca {thousands(rng.randrange(30, 12000))} kali"
        meta_items.append(seen)
        bits.append(f'<span class="views">{j(seen)}</span>')
    glue = rng.choice((" | ", " - ", " · "))
    if len(meta_items) > 1:
        j.also(glue.join(meta_items))
    meta = f'<div class="post-meta">{escape(glue).join(bits)}</div>'
    look_h = rng.choice(("h1", "h1", "h2"))
    headline = f'<{look_h} class="post-title">{escape(text.headline)}</{look_h}>'
    kicker = f'<a class="post-category" href="{base}/kategori/{slug(category)}">{j(category)}</a>' \
        if rng.random() < 0.5 else ""
    top = [kicker, headline, meta] if rng.random() < 0.75 else [kicker, meta, headline]
    follow: list[str] = []
    if rng.random() < 0.45:
        platform = rng.choice(("Instagram", "TikTok", "Facebook", "X"))
        lines = [rng.choice((f"Ikuti kami di {platform}", f"Follow {platform} {site}")),
                 f"@{own}"]
        follow.append('<div class="follow-box">' + _pieced(
            j, lines, " ", '<span>{x}</span>') + f' <a class="btn" href="https://www.instagram.com/'
            f'{own}/">{j(rng.choice(("Ikuti", "Follow")))}</a></div>')
    if rng.random() < 0.5:
        tags = list(dict.fromkeys(rng.sample((*_TAGS, "viral", "media sosial", city.lower()),
                                             rng.randrange(2, 5))))
        word = rng.choice(("Tag:", "Tags:", "Topik:"))
        j.also(" ".join([word, *tags]))
        follow.append(f'<div class="post-tags"><span>{j(word)}</span> ' + " ".join(
            f'<a href="{base}/tag/{slug(t)}">{j(t)}</a>' for t in tags) + "</div>")
    if rng.random() < 0.5:
        nets = [x for x in ("Facebook", "X", "WhatsApp", "Telegram", "Salin Link")
                if rng.random() < 0.55] or ["WhatsApp"]
        word = rng.choice(("Bagikan:", "Share:", "Bagikan"))
        j.also(" ".join([word, *nets]))
        follow.append(f'<div class="share-buttons"><span>{j(word)}</span> ' + " ".join(
            f'<a href="#" class="share-{slug(x)}">{j(x)}</a>' for x in nets) + "</div>")
    rng.shuffle(follow)
    figure = ""
    if rng.random() < 0.5:
        line = rng.choice((f"Ilustrasi. (Foto: Dok. {site})", f"Foto: Instagram/@{own}",
                           "Foto: Istimewa"))
        figure = (f'<figure class="featured"><img src="{base}/uploads/{day:%Y/%m}/{token(rng, 12)}'
                  f'.jpg" alt=""><figcaption>{j(line)}</figcaption></figure>')
    article = (f'<article class="post single-post"><header class="post-header">{"".join(top)}'
               f'</header>{figure}<div class="post-content">{"".join(parts)}</div>'
               f'{"".join(follow)}</article>')
    title = joined_title(rng, text.headline, site)
    head = _head(rng, text, site, url, machine, author, in_body)
    body = (f'<header class="site-header"><a href="{base}/" class="brand">{escape(site)}</a><nav>'
            f'<a href="{base}/">Beranda</a> <a href="{base}/kategori/viral">Viral</a> <a href="'
            f'{base}/kategori/berita">Berita</a></nav></header><div class="wrap"><main>{article}'
            f'</main><aside class="sidebar"><h3>Terpopuler</h3><ol>'
            + "".join(f'<li><a href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
                      for o in other_texts(rng, text, 4))
            + f'</ol></aside></div><footer>&copy; {day.year} {escape(site)}</footer>')
    html = _shell(title, head, "single", body)
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


FAMILIES: dict[str, Family] = {
    "comments-heavy": comments_heavy, "liveblog-timeline": liveblog_timeline,
    "page-builder-shortcodes": page_builder_shortcodes, "social-embed-post": social_embed_post}
