"""A fifteenth set of held-out layout families, written without sight of the extraction rules.

A national or regional outlet's listicle ("5 Fakta ...", "Ini 4 Alasan ...", "... , Ini 3
Poin Pentingnya"): an intro, at times a line leading into the items ("Berikut ..."), then
numbered subheadings ("1. ...", "2) ...", "Fakta 3: ...", "Fakta Kedua: ...", a number in its
own badge or drawn by a CSS counter; in ``<h2>``, ``<h3>``, ``<h4>`` or a bold ``<p>``) each
followed by one or two paragraphs, an image and its credit per item, inline "Baca Juga"
lines between the items, a "Simak video berikut" embed, a closing line ("Itulah ...") and a
"Rekomendasi" strip, in detik-like, styled-components (hashed classes), WordPress or custom
portal templates; an opinion column (Opini, Kolom, Esai, Kolom Dosen, Artikel ASN, Tajuk
Rencana) of an outlet, a campus or a government office: a column series' name, a byline
in the meta or as the body's first line, an author box at the top or the bottom (a photo,
the name, a bio note: "Penulis adalah dosen ...", "*) Kepala Bidang ..."), a disclaimer
("Tulisan ini sepenuhnya tanggung jawab penulis", "Isi artikel di luar tanggung jawab
redaksi"), "Kirim opini Anda ...", pull quotes; a regency portal whose article container
holds the site's overlays and widgets: a cookie-consent banner, a WhatsApp or chat bubble,
a push-notification prompt, an "Pengumuman" popup, a weather widget, a prayer-times widget,
a visitor counter, a running-text ticker, a translate box and a satisfaction poll, in
CodeIgniter, Tailwind (utility classes only), WordPress or Svelte (hashed classes)
templates; and a small Diskominfo or Humas site whose news is a reposted Instagram or
Facebook caption: emoji-led lines ("📍 Kantor Bupati", "🗓️ Senin, 12 Mei 2025"), the caption's
sentences, @mention lines, hashtag lines, credits ("Sumber: IG @...", "📸 Foto: ...",
"Selengkapnya di link bio"), each line its own ``<p>``, lines joined by ``<br>`` in one
``<p>``, a ``white-space: pre-line`` block, or the caption inside the embedded post's markup
(``blockquote.instagram-media`` with its caption, a ``div.fb-post``'s fallback blockquote),
or the site's own paragraphs with a bare embed beside them. They were written by a session
that never read the extractor nor ran it, from what such pages look like, and committed
before any rule was run on them: never tune a rule on them. Each takes a seeded
``random.Random`` and a real ``Text`` and returns the page's URL, its HTML and its
``Truth``; every furniture line put inside the article container (the block that holds the
headline, the meta lines and the paragraphs) is in the truth's ``junk``, whole and piece by
piece where the page renders it from several elements (a bare number or a single character
is not recorded as a piece). About one call in eight gives a section's listing page instead
(``Truth.article`` false), whose title is the section's heading.

Conventions. A listicle's headline is the page's title, its number with it ("5 Fakta ...").
Each subheading is a paragraph of the truth, as printed: its number with it when the number
is text inside the subheading ("1. Awal Mula", "Fakta Kedua: ..."), without it when
the number is drawn by CSS or stands in its own badge element (the badge's bare number is
neither body nor junk); the intro, the line leading into the items ("Berikut ...") and the
closing line ("Itulah ...") are paragraphs. The items' image credits, "Baca Juga" lines
(label and headline), the video's lead ("Simak Video ...", "[Gambas:Video ...]"), the
"Rekomendasi" strip (its label and each headline), the "Diperbarui" line, the editor line,
the share bar, the tags and view counts are junk. An opinion column's body is its argument:
the byline ("Oleh: ...") wherever it stands, the signature line naming the writer at the
end, the bio note ("Penulis adalah ...", "*) Kepala Bidang ...", whether an italic paragraph
at the end of the body or a line in an author box: it tells who wrote, not what), the author
box's heading and links, the column series' name, the rubric, the disclaimer (whole, and its
"Disclaimer:" label where it is bold apart), "Kirim opini Anda" lines and pull quotes (the
quoted sentence in curly quotes) are junk. The author of a column is its writer; an
editorial (Tajuk Rencana, Catatan Redaksi) names none. A widget's every line is junk inside
the article's container (the cookie banner's text, its links and buttons; the chat bubble's
greeting, name, status and button; the push prompt and its buttons; the popup's heading,
text and buttons; the weather's city, temperature, condition and source; the prayer widget's
heading, its Hijri date and each row "Subuh 04:31" whole and its name; the counter's rows;
the ticker's label and items; the translate box; the poll's question, options and button;
the back-to-top link), and nothing when it stands outside the container (at the end of
``<body>``). The prayer times are printed without a zone and are not the page's time. A
reposted caption's body is its sentences (a sentence led by an emoji keeps the emoji: "👉
..." as printed); its location and date lines ("📍 ...", "🗓️ ..."), an opener line ("📢 INFO
KEGIATAN"), @mention lines, hashtag lines, credit lines ("📸 Foto: ...", "✍️ Caption: ...",
"Sumber: IG @..."), "Selengkapnya di link bio" and "Follow ..." lines are junk, and so are
the embed's own words ("Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh
... (@...)", "Posted by ... on ..." whole and its links), wherever they stand: in their own
``<p>``, between ``<br>`` or newlines, or inside the embed's markup. The caption's date line
is the event's day (the post's day or the day before) and comes after the page's own date.
The author is the person named as the writer ("Penulis:", "Oleh", "Reporter:", "... -
Brand") or none: desks, offices, "Admin", "Redaksi", editors and photographers name no
author.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset that the page really carries: a ``<time datetime>``,
``article:published_time``, JSON-LD's ``datePublished``) has a zone-aware moment in that
zone: WIB, WITA or WIT. A time printed without any zone is WIB's, and only WIB's sites print
one (the prayer widget's times are no page's time). A page that prints only a date, with at
most a UTC stamp beside it (a ``Z`` or ``+00:00``), has the date, and its moment falls in
office hours so that the UTC stamp is on the same day; such a page carries no modified
stamp either. A "Diperbarui" time is printed only beside a printed publication time, after
it. The page's own date is printed before any other date in the container.
"""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, date, datetime, timedelta

from tests.layouts import (
    DAYS,
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

_GIVEN = ("Abdul Rahman", "Yohana", "Putu Eka", "Ruslan", "Marlina", "Fadli", "Theresia",
          "Jufri", "Wahyuni", "Benediktus", "Irma Suryani", "Hasan", "Christin", "Rahmat",
          "Asmawati", "Gerson", "Nining", "Zulkifli", "Meilani", "Stefanus")
_FAMILY = ("Lamatenggo", "Manuhutu", "Sumampouw", "Nasution", "Wakerkwa", "Bachmid",
           "Panjaitan", "Tuasikal", "Mandacan", "Rahawarin", "Tomasoa", "Lubis", "Kaunang",
           "Ohoiwutun", "Syahputra", "Ginting", "Rumkorem", "Uweng", "Daeng Mattiro", "Hulopi")
_TOPICS = ("pemerintahan", "pembangunan", "kesehatan", "pendidikan", "UMKM", "pariwisata",
           "infrastruktur", "APBD", "ekonomi", "bansos", "pelayanan publik", "pertanian",
           "ketahanan pangan", "investasi", "hukum", "olahraga", "budaya", "lingkungan",
           "kebencanaan", "desa")
_NETS = ("Facebook", "X", "WhatsApp", "Telegram", "Threads", "Line", "Salin tautan")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}" if rng.random() < 0.85 else rng.choice(
        NAMES)


def _ld(data: dict[str, object]) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def _teaser(rng: random.Random, paragraph: str) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(70, 150)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…"))


def _bare(piece: str) -> bool:
    """A piece too small to stand as a junk line: a single character or a bare number."""
    return len(piece) < 2 or re.fullmatch(r"[\d.,:]+", piece) is not None


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece (but a bare one) and the whole
    line recorded."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(x) if _bare(x) else j(x)) for x in items)


def _labelled(j: Junk, word: str, items: list[str], sep: str, fmt: str, cls: str) -> str:
    j.also(f"{word} {sep.join(items)}")
    return f'<span class="{cls}">{j(word)}</span> ' + _pieced(j, items, sep, fmt)


def _shares(rng: random.Random, j: Junk, cls: str) -> str:
    word = rng.choice(("Bagikan:", "Bagikan", "Share:", "Bagikan artikel", "Sebarkan berita"))
    nets = [x for x in _NETS if rng.random() < 0.45] or ["Facebook", "WhatsApp"]
    return (f'<div class="{cls}">'
            + _labelled(j, word, nets, " ", '<a href="#" rel="nofollow noopener">{x}</a>',
                        "share-label") + "</div>")


def _tags(rng: random.Random, j: Junk, cls: str, hashes: bool = False) -> str:
    words = rng.sample(_TOPICS, rng.randrange(2, 5))
    if hashes:
        words = ["#" + w.replace(" ", "") for w in words]
    return (f'<div class="{cls}">' + _labelled(
        j, rng.choice(("Tags:", "Tag:", "Topik:", "Kata Kunci:", "TAG")), words,
        rng.choice((", ", " ")), '<a href="#" rel="tag">{x}</a>', "tags-label") + "</div>")


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", paragraph.strip()) if s]


_CLOCKLIKE = re.compile(r"\d{1,2}[:.]\d{2}")


def _pull(rng: random.Random, paragraph: str) -> str | None:
    """A pull quote: one of a paragraph's sentences in curly quotes (none with a clock
    time in it, so that a date-only page shows no time outside its paragraphs)."""
    found = [s.strip('"\u201c\u201d ') for s in _sentences(paragraph)
             if 40 < len(s) < 240 and not _CLOCKLIKE.search(s)]
    return f"\u201c{rng.choice(found)}\u201d" if found else None


# -- dates -------------------------------------------------------------------------------------

_PLAIN = ("long", "day_long", "day_long", "mon_first", "slash", "dot", "iso", "dd_mon", "upper")
_ZONED = ("day_pipe", "day_zone", "long_comma", "pukul", "slash_comma", "dash_zone", "sec_zone",
          "ampm", "dd_mon_zone", "iso_zone")
_BARE = ("slash_bare", "day_bare", "iso_bare", "jam_bare")
_SECONDS = ("sec_zone", "iso_bare")


def _printed(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    dot = f"{when:%H.%M}"
    long = indonesian_date(d, day_name=False)
    day_long = indonesian_date(d, day_name=True)
    short = MONTHS_SHORT[d.month - 1]
    h12 = when.hour % 12 or 12
    ampm = f"{h12}:{when:%M} {'PM' if when.hour >= 12 else 'AM'}"
    return {
        "long": long, "day_long": day_long, "mon_first": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "slash": f"{d:%d/%m/%Y}", "dot": f"{d:%d.%m.%Y}", "iso": f"{d:%Y-%m-%d}",
        "dd_mon": f"{d.day} {short} {d.year}", "upper": day_long.upper(),
        "day_pipe": f"{day_long} | {hm} {zone}", "day_zone": f"{day_long} {hm} {zone}",
        "long_comma": f"{long}, {hm} {zone}", "pukul": f"{long} pukul {dot} {zone}",
        "slash_comma": f"{d:%d/%m/%Y}, {hm} {zone}", "dash_zone": f"{d:%d-%m-%Y} - {hm} {zone}",
        "sec_zone": f"{day_long} {when:%H:%M:%S} {zone}", "ampm": f"{long}, {ampm} {zone}",
        "dd_mon_zone": f"{DAYS[d.weekday()]}, {d.day} {short} {d.year} {dot} {zone}",
        "iso_zone": f"{d:%Y-%m-%d} {hm} {zone}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}", "day_bare": f"{day_long}, {hm}",
        "iso_bare": f"{d:%Y-%m-%d} {when:%H:%M:%S}", "jam_bare": f"{long} Jam {dot}",
    }[form]


class _Clock:
    """A page's moment: its printed form, its machine stamp ("offset", "utc", "z" or
    "none") and whether the page really carries an offset stamp."""

    def __init__(self, rng: random.Random, zone: str, *, chance_time: float,
                 stamps: tuple[str, ...] = ("offset", "offset", "utc", "z", "none"),
                 plain: tuple[str, ...] = _PLAIN, zoned: tuple[str, ...] = _ZONED) -> None:
        if rng.random() < chance_time:
            shape = "bare" if zone == "WIB" and rng.random() < 0.3 else "zoned"
        else:
            shape = "plain"
        self.form = rng.choice({"plain": plain, "zoned": zoned, "bare": _BARE}[shape])
        self.stamp = rng.choice(stamps)
        self.timed = shape != "plain"
        self.when = when_in(rng, zone, seconds=self.stamp != "none" or self.form in _SECONDS,
                            office_hours=not self.timed)
        self.zone = zone
        self.day = self.when.date()
        self.printed = _printed(self.form, self.when, zone)
        utc = self.when.astimezone(UTC)
        self.machine = {"offset": self.when.isoformat(timespec="seconds"),
                        "utc": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
                        "z": f"{utc:%Y-%m-%dT%H:%M:%S}Z", "none": ""}[self.stamp]
        self.declared = False

    def carry(self) -> str:
        """The machine stamp, as the page now carries it."""
        if self.stamp == "offset":
            self.declared = True
        return self.machine

    def html(self, rng: random.Random, j: Junk, chance: float = 0.5, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        if self.machine and rng.random() < chance:
            return f'<time{c} datetime="{self.carry()}">{j(self.printed)}</time>'
        return f"<span{c}>{j(self.printed)}</span>" if cls else j(self.printed)

    def updated(self, rng: random.Random) -> str | None:
        """A later "Diperbarui" time in the same form, when the page prints a time."""
        if not self.timed:
            return None
        later = self.when + timedelta(minutes=rng.randrange(12, 540))
        return _printed(self.form, later, self.zone)

    def published(self) -> datetime | date:
        return self.when if self.timed or self.declared else self.day


def _head(rng: random.Random, clock: _Clock, headline: str, teaser: str, site: str, url: str,
          author: str | None, *, og: float = 0.7, meta_time: float = 0.5, ld: float = 0.4,
          kind: str = "NewsArticle", section: str = "") -> list[str]:
    head: list[str] = []
    if rng.random() < 0.5:
        head.append(f'<link rel="canonical" href="{attr(url)}">')
    if rng.random() < og:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(headline)}">',
                 f'<meta property="og:url" content="{attr(url)}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
        if section and rng.random() < 0.5:
            head.append(f'<meta property="article:section" content="{attr(section)}">')
    if clock.machine and rng.random() < meta_time:
        head.append(f'<meta property="article:published_time" content="{clock.carry()}">')
    if clock.machine and rng.random() < ld:
        article: dict[str, object] = {"@type": kind, "headline": headline,
                                      "datePublished": clock.carry()}
        if author:
            article["author"] = {"@type": "Person", "name": author}
        elif rng.random() < 0.5:
            article["author"] = {"@type": "Organization", "name": site}
        if rng.random() < 0.45:  # a Yoast-style graph
            head.append(_ld({"@context": "https://schema.org", "@graph": [
                {"@type": "WebPage", "@id": url, "url": url, "name": headline},
                {**article, "mainEntityOfPage": {"@id": url},
                 "publisher": {"@type": "Organization", "name": site}}]}))
        else:
            head.append(_ld({"@context": "https://schema.org", **article,
                             "mainEntityOfPage": url,
                             "publisher": {"@type": "Organization", "name": site}}))
    if clock.declared and rng.random() < 0.35:
        later = clock.when + timedelta(minutes=rng.randrange(5, 3000))
        head.append(f'<meta property="article:modified_time" content="'
                    f'{later.isoformat(timespec="seconds")}">')
    if rng.random() < 0.5:
        head.append(f'<meta name="description" content="{attr(teaser)}">')
    return head


def _shell(title: str, head: list[str], body_cls: str, body: str) -> str:
    cls = f' class="{body_cls}"' if body_cls else ""
    return (f'<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n" + "\n".join(head) + "\n</head>\n"
            f"<body{cls}>\n{body}\n</body>\n</html>")


def _title(rng: random.Random, headline: str, site: str) -> str:
    roll = rng.random()
    if roll < 0.05:
        return site
    if roll < 0.13:
        return headline
    return joined_title(rng, headline, site, (" - ", " | ", " – ", " — ", " :: ", " » "))


def _nav(items: tuple[str, ...], cls: str = "menu") -> str:
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="#">{escape(x)}</a></li>'
                                                for x in items) + "</ul></nav>"


def _listing(rng: random.Random, text: Text, site: str, base: str, zone: str, heading: str,
             url: str, style: str) -> tuple[str, str, Truth]:
    """A section's index: its heading, items (a headline, a date, at times a teaser), a
    pager, in a grid of cards, a media list or a table of posts."""
    day = when_in(rng, zone).date()
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    layout = rng.choice(("cards", "media", "rows"))
    items = []
    for o, d in shown:
        printed = rng.choice((indonesian_date(d, day_name=False), f"{d:%d/%m/%Y}",
                              indonesian_date(d, day_name=True), f"{d:%Y-%m-%d}",
                              f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"))
        href = f"{base}/{slug(o.headline)}"
        teaser = (f"<p>{escape(_teaser(rng, o.paragraphs[0]))}</p>"
                  if rng.random() < 0.6 else "")
        if layout == "cards":
            items.append(f'<div class="col-md-4"><div class="card"><img class="card-img-top" src="'
                         f'{base}/img/{token(rng, 10)}.jpg" alt=""><div class="card-body"><h3 '
                         f'class="card-title"><a href="{href}">{escape(o.headline)}</a></h3>'
                         f'<small>{printed}</small>{teaser}</div></div></div>')
        elif layout == "media":
            items.append(f'<li class="media"><a href="{href}"><img src="{base}/img/'
                         f'{token(rng, 10)}.jpg" alt=""></a><div class="media-body"><h2><a href="'
                         f'{href}">{escape(o.headline)}</a></h2><span class="date">{printed}'
                         f"</span>{teaser}</div></li>")
        else:
            items.append(f'<tr><td><a href="{href}">{escape(o.headline)}</a></td>'
                         f"<td>{printed}</td></tr>")
    inner = {"cards": '<div class="row">{}</div>', "media": '<ul class="media-list">{}</ul>',
             "rows": '<table class="table"><tbody>{}</tbody></table>'}[layout].format(
        "".join(items))
    pager = rng.choice(('<div class="pagination"><a href="?page=2">Berikutnya &raquo;</a></div>',
                        '<ul class="pagination"><li class="active"><span>1</span></li><li><a '
                        'href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul>',
                        '<button class="load-more">Tampilkan Lebih Banyak</button>',
                        '<a class="more" href="/indeks">Indeks Berita</a>'))
    tag = rng.choice(("h1", "h1", "h2", "div"))
    body = (f'<header class="site-header"><a class="logo" href="{base}/">{escape(site)}</a>'
            + _nav(("Beranda", "Berita", "Opini", "Daerah", "Galeri", "Kontak"))
            + f'</header>\n<main class="archive archive-{style}"><{tag} class="page-title">'
            f"{escape(heading)}</{tag}>\n{inner}{pager}</main>\n"
            f'<footer class="site-footer">&copy; {day.year} {escape(site)}</footer>')
    title = rng.choice((f"{heading} - {site}", f"{site} | {heading}", f"{heading} | {site}",
                        f"Kumpulan {heading} Terbaru - {site}", heading))
    return url, _shell(title, [], f"archive {style}", body), Truth(
        heading, (), shown[0][1], None, site, (), article=False)


def _dateline(rng: random.Random, j: Junk, city: str, brand: str, paragraph: str) -> str:
    dash = rng.choice((" -", " –", " —"))
    line = rng.choice((f"{city.upper()}, {brand}{dash}", f"{city.upper()}{dash}",
                       f"{brand}, {city.upper()}{dash}"))
    return f"<p><strong>{j(line)}</strong> {escape(paragraph)}</p>"


def _figure(rng: random.Random, j: Junk, base: str, day: date, credit: str, cls: str) -> str:
    return (f'<figure class="{cls}"><img src="{base}/uploads/{day:%Y/%m}/{token(rng, 10)}.jpg" '
            f'alt="" loading="lazy"><figcaption>{j(credit)}</figcaption></figure>')


# -- 1. a listicle -------------------------------------------------------------------------

# (the outlet, its host, its zone, its brand, its cities)
_LIST_OUTLETS = (
    ("Kabar Manado Kini", "kabarmanadokini.com", "WITA", "KMK", ("Manado", "Bitung", "Tomohon")),
    ("Jurnal Banten", "jurnalbanten.id", "WIB", "JB", ("Serang", "Cilegon", "Pandeglang")),
    ("Radar Timika", "radartimika.id", "WIT", "Radar Timika", ("Timika", "Nabire")),
    ("Sumbar Terkini", "sumbarterkini.com", "WIB", "ST", ("Padang", "Bukittinggi", "Solok")),
    ("Celebes Post", "celebespost.id", "WITA", "CelebesPost", ("Makassar", "Parepare")),
    ("Nusa Daily", "nusadaily.id", "WIB", "NusaDaily", ("Jakarta", "Surabaya")),
    ("Kalimantan Pos", "kalimantanpos.co.id", "WITA", "KP", ("Banjarmasin", "Martapura")),
    ("Papua Selatan News", "papuaselatannews.com", "WIT", "PSN", ("Merauke", "Tanah Merah")),
    ("Lensa Nasional", "lensanasional.com", "WIB", "Lensa", ("Jakarta", "Depok", "Tangerang")),
    ("Bali Kini", "balikini.id", "WITA", "BaliKini", ("Denpasar", "Gianyar", "Singaraja")),
)
_ORDINALS = ("Pertama", "Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh",
             "Kedelapan", "Kesembilan", "Kesepuluh", "Kesebelas", "Kedua Belas")
_ASPECTS = ("Awal Mula", "Latar Belakang", "Pernyataan Resmi", "Respons Publik",
            "Apa yang Terjadi Selanjutnya", "Angka-angka yang Mencuri Perhatian",
            "Sosok di Baliknya", "Rencana ke Depan", "Yang Jadi Sorotan", "Detik-detik Penting",
            "Tanggapan Berbagai Pihak", "Fakta di Lapangan", "Harapan ke Depan", "Catatan Penting",
            "Alasan di Baliknya", "Waktu dan Tempat", "Pihak yang Terlibat", "Tindak Lanjut",
            "Kendala yang Dihadapi", "Capaian Sejauh Ini")
_CREDITS = ("Ilustrasi. (Foto: Istimewa)", "Foto: Dok. {outlet}", "Foto: {person}/{brand}",
            "(Sumber foto: Instagram @{handle})", "Dok. Humas Pemda", "Ilustrasi (Freepik)",
            "Foto: Tangkapan layar", "(Foto: {person})")


def _list_headline(rng: random.Random, h: str, n: int) -> tuple[str, str]:
    """The listicle's headline and its items' word."""
    word = rng.choice(("Fakta", "Fakta", "Hal", "Poin", "Catatan", "Alasan"))
    forms = {
        "Fakta": (f"{n} Fakta {h}", f"Ini {n} Fakta {h}", f"{h}, Ini {n} Faktanya",
                  f"Fakta-fakta {h}", f"{n} Fakta Menarik di Balik {h}", f"Deretan Fakta {h}"),
        "Hal": (f"{n} Hal yang Perlu Diketahui soal {h}", f"{h}: {n} Hal Penting",
                f"Ini {n} Hal Penting soal {h}"),
        "Poin": (f"{h}, Ini {n} Poin Pentingnya", f"{n} Poin Penting {h}"),
        "Catatan": (f"{n} Catatan dari {h}", f"{h}: {n} Catatan Penting"),
        "Alasan": (f"Ini {n} Alasan di Balik {h}", f"{n} Alasan {h}"),
    }[word]
    return rng.choice(forms), word


def _runs(paragraph: str) -> list[str]:
    """Runs of two to four capitalised words past a paragraph's first word (names)."""
    words = paragraph.split()
    runs: list[str] = []
    k = 1
    while k < len(words):
        run: list[str] = []
        while k < len(words) and len(run) < 4 and re.fullmatch(r"[A-Z][\w'-]*[,.;:]?", words[k]):
            run.append(words[k].rstrip(",.;:"))
            k += 1
            if words[k - 1][-1] in ",.;:":
                break
        if len(run) >= 2:
            runs.append(" ".join(run))
        k += 1
    return runs


def _subtitles(rng: random.Random, groups: list[list[str]]) -> list[str]:
    """A short title for each item: a name from its paragraph or an aspect."""
    out: list[str] = []
    aspects = list(_ASPECTS)
    rng.shuffle(aspects)
    for group in groups:
        runs = [r for r in _runs(group[0]) if r not in out]
        if runs and rng.random() < 0.65:
            t = rng.choice(("{x}", "{x}", "Soal {x}", "Sorotan untuk {x}", "Peran {x}")).format(
                x=rng.choice(runs))
        else:
            t = aspects.pop()
        if t in out:
            t = aspects.pop()
        out.append(t)
    return out


def _subheading(rng: random.Random, style: str, tag: str, word: str, k: int, t: str,
                cls: str) -> tuple[str, str]:
    """An item's subheading as printed and its truth."""
    shown = {"dot": f"{k}. {t}", "paren": f"{k}) {t}", "word": f"{word} {k}: {t}",
             "hash": f"#{k} {t}", "ordinal": f"{word} {_ORDINALS[k - 1]}: {t}",
             "badge": t, "counter": t}[style]
    inner = escape(shown)
    if style == "badge":
        inner = f'<span class="num-badge">{k}</span> <span class="item-title">{inner}</span>'
    c = f' class="{cls}"' if cls else ""
    if tag == "p":
        return f"<p{c}><strong>{inner}</strong></p>", shown
    return f"<{tag}{c}>{inner}</{tag}>", shown


def listicle_news(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A national or regional outlet's listicle in a detik-like, styled-components
    (hashed classes), WordPress or custom portal template: an intro, a lead into the
    items, numbered subheadings (in the text, in a badge or drawn by CSS; in h2, h3, h4
    or a bold paragraph) each with one or two paragraphs, an image and its credit per
    item, "Baca Juga" lines between the items, a video embed, a closing line and a
    "Rekomendasi" strip; dates alone, zoned, bare (WIB's outlets) or stamped, at times
    with a "Diperbarui" time; a writer, a desk or none, and an editor."""
    outlet, host, zone, brand, cities = rng.choice(_LIST_OUTLETS)
    base = f"https://{host}"
    template = rng.choice(("detik", "styled", "wp", "portal"))
    section = rng.choice(("Daerah", "Berita", "Nasional", "Travel", "Hukum", "Politik",
                          "Ekonomi", "Edukasi"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Berita {section}", "Terpopuler", f"Kanal {section}",
                              "Fakta Terkini"))
        url = (f"{base}/category/{slug(section)}/" if template == "wp"
               else f"{base}/{slug(section)}" + rng.choice(("", "/indeks", "?page=1")))
        return _listing(rng, text, outlet, base, zone, heading, url, "listicle")
    paragraphs = list(text.paragraphs)
    intro_n = 2 if len(paragraphs) >= 6 and rng.random() < 0.35 else 1
    rest = paragraphs[intro_n:]
    groups: list[list[str]] = []
    while rest:
        n = 2 if len(rest) >= 3 and rng.random() < 0.35 else 1
        groups.append(rest[:n])
        rest = rest[n:]
    n = len(groups)
    headline, word = _list_headline(rng, text.headline, n)
    w = word.lower()
    clock = _Clock(rng, zone, chance_time=0.7)
    day = clock.day
    s = slug(headline)
    node = rng.randrange(10**5, 10**7)
    url = {"detik": f"{base}/{slug(section)}/d-{node}/{s}",
           "styled": f"{base}/news/{slug(section)}/{s}-{token(rng, 5)}",
           "wp": f"{base}/{day:%Y/%m/%d}/{s}/", "portal": f"{base}/read/{node}/{s}"}[template]
    j = Junk()
    hashed = template == "styled"

    def cls(name: str) -> str:
        if hashed and rng.random() < 0.85:
            return f"sc-{token(rng, 6)}-{rng.randrange(10)} {token(rng, 6)}"
        return name

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("writer", "writer", "writer", "brand", "desk", "none"))
    author = writer if by_kind in ("writer", "brand") else None
    meta: list[str] = []
    if by_kind == "writer":
        label = rng.choice(("Penulis:", "Reporter:", "Oleh", "Ditulis oleh"))
        j.also(f"{label} {writer}")
        meta.append(f'<span class="{cls("author")}">{j(label)} <a href="{base}/penulis/'
                    f'{slug(writer)}">{j(writer)}</a></span>')
    elif by_kind == "brand":
        j.also(f"{writer} - {brand}")
        meta.append(f'<div class="{cls("detail__author")}"><a href="#">{j(writer)}</a> - '
                    f"{j(brand)}</div>")
    elif by_kind == "desk":
        desk = rng.choice(("Tim Redaksi", "Redaksi", f"Tim {brand}"))
        meta.append(f'<span class="{cls("author")}">{j(desk)}</span>')
    meta.append(f'<div class="{cls("date")}">{clock.html(rng, j, 0.5)}</div>')
    later = clock.updated(rng) if rng.random() < 0.3 else None
    if later:
        word_upd = rng.choice(("Diperbarui", "Diperbarui:", "Update:", "Terakhir diperbarui"))
        j.also(f"{word_upd} {later}")
        meta.append(f'<div class="{cls("date-updated")}">{j(word_upd)} {j(later)}</div>')
    if rng.random() < 0.45:
        meta.append(f'<span class="{cls("editor")}">'
                    f"{j(rng.choice(('Editor: ', 'Editor : ', 'Penyunting: ')) + _person(rng))}"
                    "</span>")
    meta_html = f'<div class="{cls("meta")}">{"".join(meta)}</div>'
    kicker = f'<a class="{cls("kanal")}" href="#">{j(section)}</a>' if rng.random() < 0.55 else ""
    handle = slug(outlet).replace("-", "")

    def credit() -> str:
        return rng.choice(_CREDITS).format(outlet=outlet, brand=brand, person=_person(rng),
                                           handle=handle)

    top_figure = _figure(rng, j, base, day, credit(), cls("detail__media")) \
        if rng.random() < 0.6 else ""

    # the intro, the items, the furniture between them
    truth: list[str] = []
    blocks: list[str] = []
    for k, p in enumerate(paragraphs[:intro_n]):
        truth.append(p)
        if k == 0 and rng.random() < 0.4:
            blocks.append(_dateline(rng, j, rng.choice(cities), brand, p))
        else:
            blocks.append(f"<p>{escape(p)}</p>")
    if rng.random() < 0.6:
        lead = rng.choice((f"Berikut {n} {w} yang dirangkum {outlet}:", "Berikut rangkumannya:",
                           f"Berikut {w} selengkapnya.", f"Berikut {n} {w} yang dihimpun:",
                           "Berikut ulasan selengkapnya:"))
        truth.append(lead)
        blocks.append(f"<p>{escape(lead)}</p>")
    style = rng.choice(("dot", "dot", "paren", "word", "hash", "ordinal", "badge", "counter"))
    if style in ("word", "ordinal") and word not in ("Fakta", "Alasan", "Catatan", "Poin"):
        style = "dot"
    if style == "ordinal" and n > len(_ORDINALS):
        style = "dot"
    tag = rng.choice(("h2", "h2", "h3", "h3", "h4", "p"))
    head_cls = {"counter": "list-counter", "badge": "list-item-title"}.get(style, "")
    image_per_item = rng.random() < 0.6
    image_before = rng.random() < 0.5
    titles = _subtitles(rng, groups)
    video_at = rng.randrange(1, n + 1) if rng.random() < 0.5 else -1
    others = other_texts(rng, text, 8)
    for g, (t, group) in enumerate(zip(titles, groups, strict=True), 1):
        sub_html, sub_truth = _subheading(rng, style, tag, word, g, t,
                                          cls(head_cls) if head_cls else "")
        item: list[str] = []
        picture = (_figure(rng, j, base, day, credit(), cls("item-image"))
                   if image_per_item and rng.random() < 0.85 else "")
        if image_before:
            item.append(picture)
        item.append(sub_html)
        if not image_before:
            item.append(picture)
        truth.append(sub_truth)
        for p in group:
            truth.append(p)
            item.append(f"<p>{escape(p)}</p>")
        blocks.append("".join(x for x in item if x) if template != "styled" else
                      f'<div class="{cls("list-item")}">{"".join(x for x in item if x)}</div>')
        if g < n and rng.random() < 0.3 and others:
            o = others.pop()
            label = rng.choice(("Baca Juga:", "BACA JUGA:", "Baca juga:", "Baca Juga"))
            j.also(f"{label} {o.headline}")
            blocks.append(f'<div class="{cls("baca-juga")}"><strong>{j(label)}</strong> <a href="'
                          f'{base}/{slug(o.headline)}">{j(o.headline)}</a></div>')
        if g == video_at and others:
            o = others.pop()
            lead = rng.choice((f'Simak Video "{o.headline}"', "Simak video berikut:",
                               "Tonton juga video berikut:", f"VIDEO: {o.headline}"))
            gambas = (f'<p class="gambas">{j(f"[Gambas:Video {brand}]")}</p>'
                      if rng.random() < 0.3 else "")
            blocks.append(f'<div class="{cls("video-embed")}"><p><strong>{j(lead)}</strong></p>'
                          f'{gambas}<iframe src="https://www.youtube.com/embed/{token(rng, 11)}" '
                          'width="560" height="315" allowfullscreen></iframe></div>')
    if rng.random() < 0.4:
        outro = rng.choice((f"Itulah {n} {w} yang perlu diketahui.",
                            "Demikian rangkuman informasi tersebut.",
                            f"Itulah sejumlah {w} terkait peristiwa tersebut.",
                            f"Itulah {w} selengkapnya. Semoga bermanfaat!"))
        truth.append(outro)
        blocks.append(f"<p>{escape(outro)}</p>")
    rec = ""
    if rng.random() < 0.6 and len(others) >= 3:
        label = rng.choice(("Rekomendasi", "Rekomendasi untuk Anda", "Artikel Terkait",
                            "Pilihan Redaksi", "REKOMENDASI"))
        picks = others[:rng.randrange(3, min(6, len(others)) + 1)]
        rec = (f'<div class="{cls("rekomendasi")}"><h3>{j(label)}</h3><ul>'
               + "".join(f'<li><a href="{base}/{slug(o.headline)}">{j(o.headline)}</a></li>'
                         for o in picks) + "</ul></div>")
    tags = _tags(rng, j, cls("tags"), hashes=rng.random() < 0.3) if rng.random() < 0.5 else ""
    share = _shares(rng, j, cls("share")) if rng.random() < 0.5 else ""
    counter_css = ("<style>.list-counter{counter-increment:item}.list-counter::before{content:"
                   "counter(item) \". \"}</style>" if style == "counter" else "")
    h = rng.choice(("h1", "h1", "h1", "h2"))
    title_html = f'<{h} class="{cls("detail__title")}">{escape(headline)}</{h}>'
    content = "\n".join(blocks)
    if template == "detik":
        container = (f'<article class="detail"><div class="detail__header">{kicker}{title_html}'
                     f"{meta_html}</div>{top_figure}<div class=\"detail__body\"><div class=\""
                     f'detail__body-text itp_bodycontent">{content}</div>{tags}</div>{share}'
                     f"{rec}</article>")
        column = f'<div class="column-8">{container}</div>'
    elif template == "styled":
        container = (f'<article class="{cls("article")}">{kicker}{title_html}{meta_html}'
                     f'{top_figure}<div class="{cls("article-body")}">{content}</div>{tags}'
                     f"{share}{rec}</article>")
        column = f'<main class="{cls("main")}">{container}</main>'
    elif template == "wp":
        container = (f'<article id="post-{node}" class="post-{node} post type-post status-publish'
                     f' format-standard hentry"><header class="entry-header">{kicker}{title_html}'
                     f'<div class="entry-meta">{meta_html}</div></header>{top_figure}<div class='
                     f'"entry-content">{content}</div><footer class="entry-footer">{tags}{share}'
                     f"</footer>{rec}</article>")
        column = f'<div id="primary" class="content-area"><main id="main">{container}</main></div>'
    else:
        container = (f'<div class="read-page"><div class="read-header">{kicker}{title_html}'
                     f'{meta_html}</div>{top_figure}<div class="read-content txt-detail">'
                     f"{content}</div>{tags}{share}{rec}</div>")
        column = f'<div class="col-md-8 main-col">{container}</div>'
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    body = (f"{counter_css}<header class=\"site-header\"><a class=\"logo\" href=\"{base}/\">"
            f"{escape(outlet)}</a>" + _nav(("Beranda", "Terkini", "Daerah", "Nasional", "Travel",
                                            "Video", "Indeks"))
            + f'</header>\n<div class="container"><div class="row">{column}<aside class="'
            f'sidebar"><h3>Terpopuler</h3><ol>{side}</ol></aside></div></div>\n<footer class="'
            f'site-footer">&copy; {day.year} {escape(outlet)}</footer>')
    head = _head(rng, clock, headline, _teaser(rng, paragraphs[0]), outlet, url, author,
                 og=0.8, meta_time=0.5, ld=0.5, section=section)
    body_cls = {"detik": "detail-page", "styled": "", "wp": "single single-post",
                "portal": "read"}[template]
    return url, _shell(_title(rng, headline, outlet), head, body_cls, body), Truth(
        headline, tuple(truth), clock.published(), author, outlet, tuple(j.lines))


# -- 2. an opinion column ------------------------------------------------------------------

# (the site, its host, its zone, "outlet", "campus" or "gov", its region)
_OPINION_SITES = (
    ("Radar Kendari", "radarkendari.id", "WITA", "outlet", "Sulawesi Tenggara"),
    ("Harian Bengkulu", "harianbengkulu.id", "WIB", "outlet", "Bengkulu"),
    ("Papua Today", "papuatoday.com", "WIT", "outlet", "Papua"),
    ("Suara Flores", "suaraflores.co.id", "WITA", "outlet", "Nusa Tenggara Timur"),
    ("Universitas Tadulako", "untad.ac.id", "WITA", "campus", "Sulawesi Tengah"),
    ("Universitas Khairun", "unkhair.ac.id", "WIT", "campus", "Maluku Utara"),
    ("Universitas Jambi", "unja.ac.id", "WIB", "campus", "Jambi"),
    ("Kanwil Kementerian Agama Provinsi Maluku", "maluku.kemenag.go.id", "WIT", "gov", "Maluku"),
    ("BKPSDM Kabupaten Gowa", "bkpsdm.gowakab.go.id", "WITA", "gov", "Kabupaten Gowa"),
    ("Dinas Pertanian Kabupaten Sumbawa", "distan.sumbawakab.go.id", "WITA", "gov",
     "Kabupaten Sumbawa"),
    ("Pemerintah Kabupaten Ogan Ilir", "oganilirkab.go.id", "WIB", "gov", "Kabupaten Ogan Ilir"),
)
_FACULTIES = ("Fakultas Hukum", "Fakultas Ekonomi dan Bisnis", "Fakultas Ilmu Sosial dan Ilmu "
              "Politik", "Fakultas Pertanian", "Fakultas Keguruan dan Ilmu Pendidikan",
              "Fakultas Teknik", "Fakultas Kesehatan Masyarakat")
_INSTITUTES = ("Lembaga Kajian Kebijakan Publik", "Pusat Studi Otonomi Daerah", "Forum Pemerhati "
               "Pembangunan Daerah", "Lingkar Studi Demokrasi", "Institut Riset Kawasan Timur")
_SERIES = {"outlet": ("Kolom Senin", "Catatan Akhir Pekan", "Sudut Pandang", "Ruang Publik",
                      "Catatan dari Timur", "Serambi Opini"),
           "campus": ("Pojok Kampus", "Jendela Hukum", "Refleksi", "Suara Akademisi"),
           "gov": ("Refleksi", "Ruang ASN", "Catatan Penyuluh", "Mimbar")}


def _bio(rng: random.Random, kind: str, site: str, region: str, name: str) -> str:
    if kind == "campus":
        faculty = rng.choice(_FACULTIES)
        return rng.choice((f"Penulis adalah dosen {faculty} {site}.",
                           f"*) Dosen {faculty}, {site}",
                           f"{name} adalah Guru Besar {faculty} {site}.",
                           f"Penulis merupakan peneliti dan pengajar di {faculty} {site}."))
    if kind == "gov":
        post = rng.choice(("Kepala Bidang Penyuluhan", "Analis Kebijakan Ahli Muda",
                           "Kepala Seksi Pengembangan SDM", "Penyuluh Agama Islam Fungsional",
                           "Pranata Humas Ahli Pertama", "Widyaiswara Ahli Madya"))
        return rng.choice((f"*) {post} pada {site}", f"Penulis adalah {post} di {site}.",
                           f"*) Penulis merupakan ASN {site}",
                           f"{name}, {post} {region}"))
    return rng.choice((f"Penulis adalah pengamat kebijakan publik dan peneliti di "
                       f"{rng.choice(_INSTITUTES)}.",
                       f"Penulis adalah Direktur Eksekutif {rng.choice(_INSTITUTES)}.",
                       f"Penulis adalah mahasiswa pascasarjana dan pegiat literasi di {region}.",
                       f"*) Akademisi dan pemerhati sosial {region}"))


_DISCLAIMER_LINES = (
    "Tulisan ini sepenuhnya menjadi tanggung jawab penulis dan tidak mencerminkan kebijakan "
    "redaksi {site}.",
    "Isi artikel di luar tanggung jawab redaksi.",
    "Opini adalah tulisan pribadi penulis. Isi di luar tanggung jawab {site}.",
    "Artikel ini merupakan pendapat pribadi penulis dan tidak mewakili pandangan institusi.",
    "Setiap opini yang dimuat menjadi tanggung jawab penulis sepenuhnya.")


def opinion_column(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An outlet's, a campus' or a government office's opinion column (Opini, Kolom,
    Esai, Kolom Dosen, Artikel ASN) or editorial (Tajuk Rencana): a series' name, a
    byline in the meta or as the body's first line, an author box (photo, name, bio,
    links) at the top or the bottom or a bio note as the body's last italic paragraph, a
    signature line, a disclaimer, "Kirim opini Anda", pull quotes; WordPress, custom
    outlet and government card templates; dates alone (most campuses and offices), zoned,
    bare or stamped."""
    site, host, zone, kind, region = rng.choice(_OPINION_SITES)
    base = f"https://{host}"
    section = {"outlet": ("Opini", "Opini", "Kolom", "Esai", "Tajuk Rencana", "Catatan Redaksi"),
               "campus": ("Opini", "Kolom Dosen", "Artikel Dosen", "Suara Kampus"),
               "gov": ("Opini", "Artikel", "Artikel ASN", "Kolom")}[kind]
    section = rng.choice(section)
    editorial = section in ("Tajuk Rencana", "Catatan Redaksi")
    template = rng.choice(("wp", "wp", "outlet") if kind == "outlet" else
                          ("wp", "card") if kind == "gov" else ("wp", "wp", "card"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Rubrik {section}", f"Arsip {section}", "Opini & Kolom"))
        url = (f"{base}/category/{slug(section)}/" if template == "wp"
               else f"{base}/{slug(section)}" + rng.choice(("", "?page=1")))
        return _listing(rng, text, site, base, zone, heading, url, "opini")
    clock = _Clock(rng, zone, chance_time=0.65 if kind == "outlet" else 0.3,
                   stamps=("offset", "utc", "z", "none") if template == "wp"
                   else ("offset", "none", "none"))
    day = clock.day
    s = slug(text.headline)
    node = rng.randrange(100, 90000)
    url = {"wp": rng.choice((f"{base}/{s}/", f"{base}/{slug(section)}/{s}/",
                             f"{base}/{day:%Y/%m/%d}/{s}/")),
           "outlet": f"{base}/opini/{node}/{s}", "card": f"{base}/artikel/detail/{node}/{s}"
           }[template]
    j = Junk()
    paragraphs = list(text.paragraphs)
    writer = _person(rng)
    author = None if editorial else writer
    name_shown = writer
    bio = _bio(rng, kind, site, region, writer) if not editorial else ""

    # the meta
    meta: list[str] = []
    byline_spot = "none" if editorial else rng.choice(("meta", "meta", "body", "box"))
    if editorial:
        desk = rng.choice(("Redaksi", "Tim Redaksi", f"Redaksi {site}"))
        meta.append(f'<span class="byline">{j(desk)}</span>')
    elif byline_spot == "meta":
        label = rng.choice(("Oleh:", "Oleh", "Penulis:", "Ditulis oleh"))
        j.also(f"{label} {name_shown}")
        meta.append(f'<span class="byline">{j(label)} <a href="{base}/author/{slug(writer)}">'
                    f"{j(name_shown)}</a></span>")
    word = rng.choice(("", "", "Diterbitkan", "Dipublikasikan pada", "Tanggal:"))
    date_html = clock.html(rng, j, 0.5, "posted-on")
    if word:
        j.also(f"{word} {clock.printed}")
        meta.append(f'<span class="date-label">{j(word)}</span> {date_html}')
    else:
        meta.append(date_html)
    if rng.random() < 0.35:
        n = rng.randrange(20, 9000)
        views = rng.choice((f"Dibaca {thousands(n)} kali", f"{n} views"))
        meta.append(f'<span class="views">{j(views)}</span>')
    meta_html = f'<div class="entry-meta">{rng.choice((" | ", " ", " · ")).join(meta)}</div>'
    kicker = ""
    if rng.random() < 0.7:
        words = [section]
        if rng.random() < 0.45:
            words.append(rng.choice(_SERIES[kind]))
        kicker = ('<div class="rubrik">' + _pieced(j, words, " | ", '<span>{x}</span>')
                  + "</div>")

    # the author box
    box = ""
    box_spot = "none"
    if not editorial and (byline_spot == "box" or rng.random() < 0.5):
        box_spot = rng.choice(("top", "bottom", "bottom"))
        heading = rng.choice(("Tentang Penulis", "Profil Penulis", "Penulis", ""))
        head_html = f'<h4 class="author-box-title">{j(heading)}</h4>' if heading else ""
        more = ""
        if rng.random() < 0.5:
            more = (f'<a class="author-more" href="{base}/author/{slug(writer)}">'
                    f'{j(rng.choice(("Lihat semua tulisan", "Tulisan lainnya", "Selengkapnya")))}'
                    "</a>")
        bio_html = f'<p class="author-bio">{j(bio)}</p>' if bio else ""
        box = (f'<div class="author-box">{head_html}<img class="avatar" src="{base}/uploads/'
               f'penulis/{token(rng, 8)}.jpg" alt="{attr(writer)}"><div class="author-info">'
               f'<strong class="author-name">{j(name_shown)}</strong>{bio_html}{more}</div></div>')
        bio = ""  # said in the box

    # the body
    blocks: list[str] = []
    if byline_spot == "body":
        label = rng.choice(("Oleh:", "Oleh", "OLEH:", "Oleh :"))
        j.also(f"{label} {name_shown}")
        blocks.append(f"<p><strong>{j(label)} {j(name_shown)}</strong></p>")
    disclaimer = rng.choice(_DISCLAIMER_LINES).format(site=site) if not editorial and \
        rng.random() < 0.7 else ""
    disclaimer_top = rng.random() < 0.3
    if disclaimer and disclaimer_top:
        blocks.append(_disclaimer(rng, j, disclaimer))
    quote_after = rng.randrange(1, len(paragraphs)) if rng.random() < 0.6 else -1
    for k, p in enumerate(paragraphs):
        blocks.append(f"<p>{escape(p)}</p>")
        if k == quote_after:
            line = _pull(rng, paragraphs[min(k + rng.choice((0, 1)), len(paragraphs) - 1)])
            if line and line not in paragraphs:
                bq = rng.choice(("wp-block-pullquote", "pullquote", "kutipan"))
                blocks.append(f'<blockquote class="{bq}"><p>{j(line)}</p></blockquote>')
    if not editorial and rng.random() < 0.35:
        blocks.append(f'<p style="text-align:right"><strong>{j(name_shown)}</strong></p>')
    if bio:  # the bio as the body's last paragraph
        blocks.append(f"<p><em>{j(bio)}</em></p>")
    if disclaimer and not disclaimer_top:
        blocks.append(_disclaimer(rng, j, disclaimer))
    if rng.random() < 0.4:
        mail = rng.choice((f"opini@{host}", f"redaksi@{host}", f"humas@{host}"))
        line = rng.choice((f"Kirim opini Anda ke {mail}",
                           f"Ingin menulis di kolom {section}? Kirim tulisan Anda ke {mail}",
                           f"Kirim opini Anda ke {mail} dengan melampirkan foto dan identitas "
                           "diri."))
        blocks.append(f'<div class="kirim-opini"><p>{j(line)}</p></div>')
    figure = ""
    if rng.random() < 0.5:
        cap = rng.choice(("Ilustrasi", "Ilustrasi. (Foto: Istimewa)", f"Foto: Dok. {site}",
                          "Ilustrasi opini"))
        figure = _figure(rng, j, base, day, cap, "featured")
    tags = _tags(rng, j, "post-tags") if rng.random() < 0.4 else ""
    share = _shares(rng, j, "share-box") if rng.random() < 0.45 else ""
    h = rng.choice(("h1", "h1", "h2"))
    headline = f'<{h} class="entry-title">{escape(text.headline)}</{h}>'
    top = box if box_spot == "top" else ""
    bottom = box if box_spot == "bottom" else ""
    content = "\n".join(blocks)
    if template == "wp":
        container = (f'<article id="post-{node}" class="post-{node} post type-post category-'
                     f'{slug(section)} hentry"><header class="entry-header">{kicker}{headline}'
                     f"{meta_html}</header>{top}{figure}<div class=\"entry-content\">{content}"
                     f'</div>{bottom}<footer class="entry-footer">{tags}{share}</footer></article>')
        column = f'<div class="col-md-8"><main id="main" class="site-main">{container}</main></div>'
    elif template == "outlet":
        container = (f'<div class="detail-opini">{kicker}{headline}{meta_html}{top}{figure}'
                     f'<div class="detail-isi">{content}</div>{bottom}{tags}{share}</div>')
        column = f'<div class="col-8 konten-kiri">{container}</div>'
    else:
        container = (f'<div class="card card-artikel"><div class="card-body">{kicker}{headline}'
                     f'{meta_html}{top}{figure}<div class="isi-artikel">{content}</div>{bottom}'
                     f"{tags}{share}</div></div>")
        column = f'<section class="col-lg-9">{container}</section>'
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    body = (f'<header class="site-header"><a class="brand" href="{base}/">{escape(site)}</a>'
            + _nav(("Beranda", "Berita", "Opini", "Profil", "Layanan", "Kontak"))
            + f'</header>\n<div class="container"><div class="row">{column}<aside class="'
            f'widget-area"><h3>{escape(section)} Lainnya</h3><ul>{side}</ul></aside></div></div>'
            f'\n<footer class="site-footer">&copy; {day.year} {escape(site)}</footer>')
    head = _head(rng, clock, text.headline, _teaser(rng, paragraphs[0]), site, url, author,
                 og=0.75 if template == "wp" else 0.4, meta_time=0.5, ld=0.4,
                 kind=rng.choice(("OpinionNewsArticle", "Article", "BlogPosting")),
                 section=section)
    title = _title(rng, text.headline, site)
    if rng.random() < 0.25:
        title = f"{rng.choice(('Opini', 'OPINI', section))}: {title}"
    return url, _shell(title, head, f"single opini {template}", body), Truth(
        text.headline, tuple(paragraphs), clock.published(), author, site, tuple(j.lines))


def _disclaimer(rng: random.Random, j: Junk, line: str) -> str:
    if rng.random() < 0.4:
        word = rng.choice(("Disclaimer:", "Catatan:", "Penafian:"))
        j.also(f"{word} {line}")
        return (f'<div class="disclaimer"><p><strong>{j(word)}</strong> <em>{j(line)}</em></p>'
                "</div>")
    return f'<p class="disclaimer"><em>{j(line)}</em></p>'


# -- 3. a regency portal with widgets in its container -------------------------------------

# (the site, its host, its zone, its short name, its city)
_PORTALS = (
    ("Pemerintah Kabupaten Bone Bolango", "bonebolangokab.go.id", "WITA", "Pemkab Bone Bolango",
     "Suwawa"),
    ("Pemerintah Kabupaten Kepulauan Aru", "arukab.go.id", "WIT", "Pemkab Aru", "Dobo"),
    ("Pemerintah Kabupaten Musi Banyuasin", "mubakab.go.id", "WIB", "Pemkab Muba", "Sekayu"),
    ("Pemerintah Kabupaten Tapanuli Utara", "taputkab.go.id", "WIB", "Pemkab Taput", "Tarutung"),
    ("Pemerintah Kabupaten Mappi", "mappikab.go.id", "WIT", "Pemkab Mappi", "Kepi"),
    ("Pemerintah Kabupaten Lombok Timur", "lomboktimurkab.go.id", "WITA", "Pemkab Lotim",
     "Selong"),
    ("Pemerintah Kota Banjarbaru", "banjarbarukota.go.id", "WITA", "Pemkot Banjarbaru",
     "Banjarbaru"),
    ("Pemerintah Kabupaten Kuningan", "kuningankab.go.id", "WIB", "Pemkab Kuningan", "Kuningan"),
    ("Pemerintah Kabupaten Seram Bagian Timur", "serambagiantimurkab.go.id", "WIT", "Pemkab SBT",
     "Bula"),
)
_HIJRI = ("Muharram", "Safar", "Rabiul Awal", "Rabiul Akhir", "Jumadil Awal", "Jumadil Akhir",
          "Rajab", "Syakban", "Ramadan", "Syawal", "Zulkaidah", "Zulhijah")


def _cookie(rng: random.Random, j: Junk) -> str:
    line = rng.choice(("Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan "
                       "melanjutkan, Anda menyetujui penggunaan cookie.",
                       "Kami menggunakan cookie untuk memastikan Anda mendapatkan pengalaman "
                       "terbaik di situs web kami.",
                       "Website ini menggunakan cookies untuk keperluan statistik kunjungan."))
    link = ""
    if rng.random() < 0.5:
        word = rng.choice(("Kebijakan Privasi", "Pelajari lebih lanjut", "Baca selengkapnya"))
        j.also(f"{line} {word}")
        link = f' <a href="/kebijakan-privasi">{j(word)}</a>'
    buttons = rng.choice((("Setuju", "Tolak"), ("Terima Semua", "Tolak", "Pengaturan"),
                          ("Saya Mengerti",), ("Terima",), ("Izinkan Semua", "Tolak Semua")))
    return (f'<div class="cookie-consent" role="dialog" aria-live="polite"><p>{j(line)}{link}</p>'
            + "".join(f'<button class="cc-btn">{j(b)}</button>' for b in buttons) + "</div>")


def _chat(rng: random.Random, j: Junk, short: str) -> str:
    name = rng.choice(("Admin", f"Admin {short}", "Layanan Informasi", "Call Center", "PPID"))
    greet = rng.choice(("Halo! Ada yang bisa kami bantu?", "Halo, selamat datang! Silakan "
                        "sampaikan pertanyaan Anda.", "Hai 👋 Ada yang bisa kami bantu?"))
    status = rng.choice(("Online", "Biasanya membalas dalam beberapa menit", "Aktif sekarang"))
    button = rng.choice(("Chat dengan Admin", "Mulai Chat", "Hubungi via WhatsApp", "Kirim Pesan"))
    number = f"62{rng.randrange(811, 899)}{rng.randrange(10**7, 10**8)}"
    return (f'<div class="wa-float"><div class="wa-popup"><div class="wa-head"><strong>{j(name)}'
            f'</strong> <small>{j(status)}</small></div><p class="wa-msg">{j(greet)}</p><a '
            f'class="wa-btn" href="https://wa.me/{number}">{j(button)}</a></div><a class="wa-'
            'bubble" href="#" aria-label="WhatsApp"><img src="/assets/wa.svg" alt=""></a></div>')


def _push(rng: random.Random, j: Junk, short: str) -> str:
    line = rng.choice((f"Izinkan notifikasi untuk mendapatkan berita terbaru dari {short}?",
                       "Izinkan notifikasi untuk berita terbaru",
                       f"Dapatkan notifikasi informasi terkini {short} langsung di perangkat "
                       "Anda.", "Aktifkan notifikasi agar tidak ketinggalan berita terbaru."))
    buttons = rng.choice((("Izinkan", "Nanti Saja"), ("Ya, Izinkan", "Tidak, terima kasih"),
                          ("Berlangganan", "Nanti"), ("Izinkan", "Blokir")))
    return (f'<div class="push-prompt onesignal-slidedown"><img src="/assets/bell.png" alt="">'
            f'<p class="push-text">{j(line)}</p><div class="push-buttons">'
            + "".join(f"<button>{j(b)}</button>" for b in buttons) + "</div></div>")


def _popup(rng: random.Random, j: Junk, short: str) -> str:
    heading = rng.choice(("Pengumuman", "PENGUMUMAN", "Informasi Penting", "Info Layanan"))
    line = rng.choice((
        "Pendaftaran seleksi Calon Aparatur Sipil Negara telah dibuka. Informasi lengkap dapat "
        "dilihat pada laman resmi BKPSDM.",
        f"Waspada penipuan yang mengatasnamakan pejabat {short}. Pemerintah daerah tidak pernah "
        "memungut biaya dalam pelayanan.",
        "Mal Pelayanan Publik tetap melayani masyarakat pada hari Sabtu.",
        "Laporkan keluhan dan aspirasi Anda melalui kanal SP4N-LAPOR!",
        "Cek data penerima bantuan sosial melalui aplikasi resmi Kementerian Sosial."))
    buttons = rng.choice((("Tutup",), ("Selengkapnya", "Tutup"), ("Mengerti",)))
    return (f'<div class="modal fade show" id="modalPengumuman" role="dialog"><div class="modal-'
            f'dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-'
            f'title">{j(heading)}</h5><button class="close" aria-label="Close">&times;</button>'
            f'</div><div class="modal-body"><img src="/uploads/banner/{token(rng, 8)}.jpg" '
            f'alt=""><p>{j(line)}</p></div><div class="modal-footer">'
            + "".join(f'<button class="btn">{j(b)}</button>' for b in buttons)
            + "</div></div></div></div>")


def _weather(rng: random.Random, j: Junk, city: str) -> str:
    temp = f"{rng.randrange(23, 34)}°C"
    cond = rng.choice(("Cerah", "Cerah Berawan", "Berawan", "Hujan Ringan", "Hujan Petir",
                       "Udara Kabur"))
    rows = [j(rng.choice((f"Cuaca {city}", f"Cuaca Hari Ini di {city}", f"Prakiraan Cuaca "
                          f"{city}"))), j(temp), j(cond)]
    if rng.random() < 0.6:
        rows.append(j(f"Kelembapan {rng.randrange(60, 96)}%"))
    if rng.random() < 0.5:
        rows.append(j(f"Angin {rng.randrange(3, 25)} km/jam"))
    if rng.random() < 0.5:
        rows.append(j(rng.choice(("Sumber: BMKG", "Data: BMKG", "Powered by BMKG"))))
    return ('<div class="widget-cuaca">' + "".join(f"<div>{r}</div>" for r in rows) + "</div>")


def _prayer(rng: random.Random, j: Junk, city: str, hijri_ok: bool) -> str:
    """Today's prayer times; a Hijri date only where the widget stands after the page's
    own date."""
    heading = rng.choice(("Jadwal Sholat Hari Ini", f"Jadwal Salat {city}", "Jadwal Sholat",
                          "Waktu Sholat Hari Ini"))
    hijri = ""
    if hijri_ok and rng.random() < 0.5:
        line = f"{rng.randrange(1, 30)} {rng.choice(_HIJRI)} {rng.randrange(1444, 1448)} H"
        hijri = f'<div class="hijri">{j(line)}</div>'
    base = rng.randrange(4 * 60 + 5, 4 * 60 + 50)
    names = rng.choice((("Imsak", "Subuh", "Dzuhur", "Ashar", "Maghrib", "Isya"),
                        ("Subuh", "Zuhur", "Asar", "Magrib", "Isya")))
    offsets = {"Imsak": -10, "Subuh": 0, "Dzuhur": 435, "Zuhur": 435, "Ashar": 640, "Asar": 640,
               "Maghrib": 815, "Magrib": 815, "Isya": 890}
    sep = rng.choice((":", "."))
    rows = []
    for name in names:
        m = base + offsets[name] + rng.randrange(-4, 5)
        t = f"{m // 60:02d}{sep}{m % 60:02d}"
        j.also(f"{name} {t}")
        rows.append(f'<li><span class="sholat-name">{j(name)}</span> <span class="sholat-time">'
                    f"{t}</span></li>")
    return (f'<div class="jadwal-sholat"><h4>{j(heading)}</h4>{hijri}<ul>{"".join(rows)}</ul>'
            "</div>")


def _counter(rng: random.Random, j: Junk) -> str:
    today = rng.randrange(120, 4000)
    rows: list[tuple[str, int]] = [("Pengunjung hari ini:", today)]
    if rng.random() < 0.6:
        rows.append(("Kemarin:", rng.randrange(120, 4000)))
    if rng.random() < 0.7:
        rows.append(("Total pengunjung:", rng.randrange(10**5, 5 * 10**6)))
    if rng.random() < 0.5:
        rows.append(("Online:", rng.randrange(2, 80)))
    heading = rng.choice(("Statistik Pengunjung", "Statistik", "Visitor Counter", ""))
    out = f"<h4>{j(heading)}</h4>" if heading else ""
    for label, n in rows:
        j.also(f"{label} {thousands(n)}")
        out += f'<p><span>{j(label)}</span> <b>{thousands(n)}</b></p>'
    return f'<div class="statistik-pengunjung">{out}</div>'


def _ticker(rng: random.Random, j: Junk, site: str) -> str:
    label = rng.choice(("Info Terkini", "Sekilas Info", "BREAKING", "Pengumuman:", "Running Text"))
    items = rng.sample((f"Selamat datang di Portal Resmi {site}",
                        "Layanan pengaduan masyarakat melalui SP4N-LAPOR!",
                        "Waspada demam berdarah, lakukan 3M Plus di lingkungan Anda",
                        "Hati-hati penipuan mengatasnamakan pejabat daerah",
                        "Bayar pajak kendaraan tepat waktu, bebas denda",
                        "Mari sukseskan program Bangga Berwisata di Indonesia",
                        "Stop buang sampah sembarangan"), rng.randrange(2, 4))
    if rng.random() < 0.5:
        inner = " &bull; ".join(j(x) for x in items)
        moving = f'<marquee behavior="scroll" scrollamount="4">{inner}</marquee>'
    else:
        moving = ('<div class="ticker-wrap"><ul class="ticker">'
                  + "".join(f"<li>{j(x)}</li>" for x in items) + "</ul></div>")
    return f'<div class="running-text"><span class="rt-label">{j(label)}</span>{moving}</div>'


def _translate(rng: random.Random, j: Junk) -> str:
    word = rng.choice(("Pilih Bahasa", "Select Language", "Terjemahkan"))
    power = rng.choice(("Diberdayakan oleh Google Terjemahan", "Powered by Google Translate"))
    return (f'<div id="google_translate_element" class="translate-box"><select class="goog-te-'
            f'combo"><option>{j(word)}</option></select><div class="goog-logo-link">{j(power)}'
            "</div></div>")


def _poll(rng: random.Random, j: Junk) -> str:
    question = rng.choice(("Bagaimana penilaian Anda terhadap website ini?",
                           "Bagaimana kepuasan Anda terhadap layanan kami?",
                           "Survei Kepuasan Masyarakat: Bagaimana pelayanan kami?"))
    options = rng.choice((("Sangat Baik", "Baik", "Cukup", "Kurang"),
                          ("Sangat Puas", "Puas", "Kurang Puas", "Tidak Puas")))
    button = rng.choice(("Kirim", "Pilih", "Lihat Hasil"))
    return (f'<form class="polling"><p class="poll-q">{j(question)}</p>'
            + "".join(f'<label><input type="radio" name="poll"> {j(o)}</label>' for o in options)
            + f'<button type="submit">{j(button)}</button></form>')


def widget_heavy_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regency portal (CodeIgniter, Tailwind with utility classes only, a WordPress
    government theme, Svelte with hashed classes) whose article container holds the
    site's overlays and widgets: a cookie banner, a WhatsApp bubble, a push prompt, a
    "Pengumuman" popup, weather, prayer times, a visitor counter, a running-text ticker,
    a translate box, a poll, at the container's top, after its meta, between its
    paragraphs or at its end, some of them outside it; dates alone, zoned, bare (WIB's
    sites) or stamped; a writer, an office, "Admin" or none."""
    site, host, zone, short, city = rng.choice(_PORTALS)
    base = f"https://{host}"
    template = rng.choice(("ci", "tailwind", "wpgov", "svelte"))
    section = rng.choice(("Berita", "Berita Daerah", "Pemerintahan", "Kegiatan", "Pengumuman",
                          "Info Publik"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Berita {section}" if section != "Berita" else "Berita",
                              "Berita Terkini", "Arsip Berita"))
        url = (f"{base}/category/{slug(section)}/" if template == "wpgov"
               else f"{base}/{slug(section)}" + rng.choice(("", "?page=1", "/index")))
        return _listing(rng, text, site, base, zone, heading, url, "portal")
    clock = _Clock(rng, zone, chance_time=0.5,
                   stamps=("offset", "utc", "z", "none") if template in ("wpgov", "svelte")
                   else ("none", "none", "offset"))
    day = clock.day
    s = slug(text.headline)
    node = rng.randrange(100, 60000)
    url = {"ci": f"{base}/berita/detail/{node}/{s}", "tailwind": f"{base}/berita/{s}",
           "wpgov": f"{base}/{s}/", "svelte": f"{base}/berita/{day:%Y/%m}/{s}"}[template]
    j = Junk()
    outer = Junk()  # widgets outside the container: not the article's junk

    svelte = f"svelte-{token(rng, 6)}"

    def cls(name: str, tw: str = "") -> str:
        if template == "tailwind":
            return tw or "block"
        if template == "svelte":
            return f"{name} {svelte}" if rng.random() < 0.3 else f"s-{token(rng, 7)} {svelte}"
        return name

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("writer", "writer", "office", "admin", "none"))
    author = writer if by_kind == "writer" else None
    meta: list[str] = []
    if by_kind != "none":
        who = {"writer": writer, "office": rng.choice((f"Diskominfo {short}", f"Humas {short}",
                                                       "Bagian Prokopim")),
               "admin": rng.choice(("Admin", "admin", "Administrator"))}[by_kind]
        label = rng.choice(("Oleh:", "Penulis:", "Posted by", "Diposting oleh", ""))
        if label:
            j.also(f"{label} {who}")
            meta.append(f'<span class="{cls("author", "mr-3")}">{j(label)} {j(who)}</span>')
        else:
            meta.append(f'<span class="{cls("author", "mr-3")}">{j(who)}</span>')
    meta.append(clock.html(rng, j, 0.5, cls("date", "text-sm text-gray-500")))
    if rng.random() < 0.5:
        n = rng.randrange(10, 9000)
        hits = rng.choice((f"Dilihat: {thousands(n)} kali", f"{n} kali dibaca", f"Hits: {n}"))
        meta.append(f'<span class="{cls("hits", "ml-3")}">{j(hits)}</span>')
    if rng.random() < 0.4:
        meta.append(f'<a class="{cls("kategori", "rounded bg-blue-100 px-2")}" href="#">'
                    f"{j(section)}</a>")
    meta_html = (f'<div class="{cls("post-meta", "mb-4 flex flex-wrap items-center gap-2")}">'
                 + " ".join(meta) + "</div>")

    # the widgets and where they stand
    makers = {
        "cookie": lambda jj, _: _cookie(rng, jj), "chat": lambda jj, _: _chat(rng, jj, short),
        "push": lambda jj, _: _push(rng, jj, short),
        "popup": lambda jj, _: _popup(rng, jj, short),
        "weather": lambda jj, _: _weather(rng, jj, city),
        "prayer": lambda jj, spot: _prayer(rng, jj, city, spot != "top"),
        "counter": lambda jj, _: _counter(rng, jj), "ticker": lambda jj, _: _ticker(rng, jj, site),
        "translate": lambda jj, _: _translate(rng, jj), "poll": lambda jj, _: _poll(rng, jj)}
    chosen = [k for k in makers if rng.random() < 0.5]
    if len(chosen) < 2:
        chosen += rng.sample([k for k in makers if k not in chosen], 2)
    rng.shuffle(chosen)
    spots: dict[str, list[str]] = {"top": [], "meta": [], "between": [], "end": [], "out": []}
    for name in chosen:
        spot = rng.choice(("top", "top", "meta", "between", "end", "end", "out"))
        spots[spot].append(name)

    def render(spot: str) -> list[str]:
        """The widgets standing at ``spot``; outside the container their lines are no
        junk of the article's."""
        return [makers[n](outer if spot == "out" else j, spot) for n in spots[spot]]

    rendered = {spot: render(spot) for spot in ("top", "meta", "between", "end")}

    # the text
    paragraphs = list(text.paragraphs)
    blocks = [f"<p>{escape(p)}</p>" for p in paragraphs]
    for w in rendered["between"]:
        blocks.insert(rng.randrange(1, len(blocks)), w)
    figure = ""
    if rng.random() < 0.6:
        cap = rng.choice((f"Foto: Diskominfo {short}", f"Dok. Humas {short}", "Foto: Istimewa",
                          f"Kegiatan {short}. (Foto: Prokopim)"))
        figure = _figure(rng, j, base, day, cap, cls("featured-image", "my-4 w-full"))
    tags = _tags(rng, j, cls("tags", "mt-6 flex gap-2")) if rng.random() < 0.4 else ""
    share = _shares(rng, j, cls("share", "mt-4 flex gap-3")) if rng.random() < 0.5 else ""
    back = (f'<a class="{cls("back-top", "fixed bottom-4")}" href="#top">'
            f'{j(rng.choice(("Kembali ke atas", "Ke atas")))}</a>' if rng.random() < 0.3 else "")
    h = rng.choice(("h1", "h1", "h2"))
    headline = (f'<{h} class="{cls("post-title", "mb-2 text-2xl font-bold leading-tight")}">'
                f"{escape(text.headline)}</{h}>")
    top = "".join(rendered["top"])
    after_meta = "".join(rendered["meta"])
    end = "".join(rendered["end"])
    content = "\n".join(blocks)
    body_cls = cls("post-content", "prose prose-slate max-w-none")
    if template == "ci":
        container = (f'<div class="single-news">{top}{headline}{meta_html}{after_meta}{figure}'
                     f'<div class="news-content">{content}</div>{tags}{share}{end}{back}</div>')
        column = f'<div class="col-md-8">{container}</div>'
    elif template == "tailwind":
        container = (f'<article class="mx-auto max-w-3xl rounded-lg bg-white p-6 shadow">{top}'
                     f'{headline}{meta_html}{after_meta}{figure}<div class="{body_cls}">{content}'
                     f"</div>{tags}{share}{end}{back}</article>")
        column = f'<main class="container mx-auto px-4 py-8 lg:w-2/3">{container}</main>'
    elif template == "wpgov":
        container = (f'<article id="post-{node}" class="post type-post status-publish hentry">'
                     f'{top}<header class="entry-header">{headline}<div class="entry-meta">'
                     f'{meta_html}</div></header>{after_meta}{figure}<div class="entry-content">'
                     f"{content}</div>{tags}{share}{end}{back}</article>")
        column = f'<div id="primary" class="content-area col-md-8">{container}</div>'
    else:
        container = (f'<article class="{cls("article")}">{top}{headline}{meta_html}{after_meta}'
                     f'{figure}<div class="{body_cls}">{content}</div>{tags}{share}{end}{back}'
                     "</article>")
        column = f'<main class="{cls("main")}">{container}</main>'
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    outside = "".join(render("out"))
    body = (f'<header class="site-header"><a class="logo" href="{base}/"><img src="{base}/logo.png"'
            f' alt=""> {escape(site)}</a>' + _nav(("Beranda", "Profil", "Pemerintahan", "Berita",
                                                  "Layanan", "PPID", "Kontak"))
            + f'</header>\n<div class="container"><div class="row">{column}<aside class="'
            f'sidebar"><h3>Berita Terbaru</h3><ul>{side}</ul></aside></div></div>\n<footer class='
            f'"site-footer">&copy; {day.year} {escape(site)}</footer>\n{outside}')
    head = _head(rng, clock, text.headline, _teaser(rng, paragraphs[0]), site, url, author,
                 og=0.6, meta_time=0.45 if template == "wpgov" else 0.2, ld=0.3, section=section)
    body_cls = {"ci": "page-berita", "tailwind": "bg-gray-100 antialiased", "wpgov":
                "single single-post", "svelte": ""}[template]
    return url, _shell(_title(rng, text.headline, site), head, body_cls, body), Truth(
        text.headline, tuple(paragraphs), clock.published(), author, site, tuple(j.lines))


# -- 4. a reposted social-media caption ----------------------------------------------------

# (the site, its host, its zone, its account's handle, its account's name, its hashtags,
# its region's places)
_SOCIAL_SITES = (
    ("Diskominfo Kabupaten Sigi", "diskominfo.sigikab.go.id", "WITA", "diskominfo.sigi",
     "Diskominfo Sigi", ("SigiMaju", "SigiHebat", "DiskominfoSigi", "PemkabSigi"),
     ("Kantor Bupati Sigi", "Aula Bappeda Sigi", "Desa Kalukubula", "Kecamatan Dolo")),
    ("Humas Pemkab Halmahera Selatan", "humas.halmaheraselatankab.go.id", "WIT", "humashalsel",
     "Humas Halsel", ("HalselBangkit", "HumasHalsel", "Halsel"),
     ("Kantor Bupati Halsel", "Labuha", "Pelabuhan Babang", "Aula Kantor Bupati")),
    ("Diskominfo Kota Bima", "diskominfo.bimakota.go.id", "WITA", "diskominfo_kotabima",
     "Kominfo Kota Bima", ("KotaBimaMaju", "BimaRamah", "DiskominfoKotaBima"),
     ("Paruga Nae", "Kantor Wali Kota Bima", "Kelurahan Sarae")),
    ("Humas Pemkab Pesisir Barat", "pesisirbaratkab.go.id", "WIB", "humaspesisirbarat",
     "Humas Pesisir Barat", ("PesbarHebat", "PesisirBarat", "HumasPesbar"),
     ("Lapangan Merdeka Krui", "Kantor Bupati Pesisir Barat", "Pantai Labuhan Jukung")),
    ("Prokopim Kabupaten Sumenep", "prokopim.sumenepkab.go.id", "WIB", "prokopim_sumenep",
     "Prokopim Sumenep", ("SumenepBangkit", "ProkopimSumenep", "Sumenep"),
     ("Pendopo Agung Sumenep", "Taman Bunga Sumenep", "Pulau Gili Iyang")),
    ("Diskominfo Kabupaten Raja Ampat", "diskominfo.rajaampatkab.go.id", "WIT", "kominfo.rajaampat",
     "Kominfo Raja Ampat", ("RajaAmpat", "RajaAmpatBisa", "KominfoRajaAmpat"),
     ("Waisai", "Kantor Bupati Raja Ampat", "Distrik Misool")),
    ("Bagian Prokopim Setda Kabupaten Kolaka", "kolakakab.go.id", "WITA", "prokopimkolaka",
     "Prokopim Kolaka", ("KolakaMaju", "ProkopimKolaka", "Kolaka"),
     ("Rujab Bupati Kolaka", "Aula Sasana Praja", "Kecamatan Pomalaa")),
    ("Diskominfo Kabupaten Solok", "diskominfo.solokkab.go.id", "WIB", "diskominfosolok",
     "Kominfo Kab. Solok", ("KabupatenSolok", "SolokJuara", "DiskominfoKabSolok"),
     ("Arosuka", "Aula Kantor Bupati Solok", "Nagari Koto Baru")),
)
_OPENERS = ("📢 INFO KEGIATAN", "📰 BERITA HARI INI", "🔔 UPDATE KEGIATAN", "[ INFO PEMKAB ]",
            "🔴 KABAR DAERAH")
_LEADS_EMOJI = ("👉", "✅", "🔹", "▶️")


def _caption(rng: random.Random, j: Junk, paragraphs: list[str], handle: str, account: str,
             tags: tuple[str, ...], place: str, when: date,
             ) -> tuple[list[tuple[str, bool]], list[str]]:
    """A caption's lines, each with whether it is body, and the body's paragraphs."""
    lines: list[tuple[str, bool]] = []
    truth: list[str] = []
    if rng.random() < 0.35:
        lines.append((rng.choice(_OPENERS), False))
    if rng.random() < 0.8:
        lines.append((f"{rng.choice(('📍', '📌', '🏢'))} {place}", False))
    if rng.random() < 0.8:
        shown = rng.choice((indonesian_date(when, day_name=True),
                            indonesian_date(when, day_name=False),
                            f"{DAYS[when.weekday()]} ({when.day}/{when.month}/{when.year})",
                            f"{when:%d/%m/%Y}"))
        lines.append((f"{rng.choice(('🗓️', '📅', '🗓'))} {shown}", False))
    emoji_lead = rng.random() < 0.3
    for k, p in enumerate(paragraphs):
        line = f"{rng.choice(_LEADS_EMOJI)} {p}" if emoji_lead and k > 0 and \
            rng.random() < 0.6 else p
        lines.append((line, True))
        truth.append(line)
    if rng.random() < 0.5:
        mentions = rng.sample((f"@{handle}", "@kemendagri", "@kominfo", "@pemprov_official",
                               "@humas_setda", "@dprd_official", "@polres_official"),
                              rng.randrange(2, 5))
        lines.append((("cc " if rng.random() < 0.3 else "") + " ".join(mentions), False))
    credits = []
    if rng.random() < 0.5:
        credits.append(rng.choice(("📸 Foto: Tim Dokumentasi Prokopim", f"📸 {account}",
                                   "📷 Dok. Humas", f"Foto: {_person(rng)}")))
    if rng.random() < 0.3:
        credits.append(rng.choice((f"✍️ Caption: {account}", f"Narasi: {_person(rng)}")))
    if rng.random() < 0.5:
        credits.append(rng.choice(("Selengkapnya di link bio 🔗",
                                   "Info selengkapnya klik link di bio",
                                   f"Follow juga @{handle} untuk update informasi terbaru",
                                   f"Jangan lupa follow @{handle} ya!")))
    for c in credits:
        lines.append((c, False))
    more = rng.sample(("InfoPemda", "PemdaHadir", "BersamaMembangun", "Indonesia", "Kominfo",
                       "BeritaDaerah", "ASNBerAKHLAK", "BanggaMelayaniBangsa"),
                      rng.randrange(1, 4))
    tag_line = " ".join(f"#{t}" for t in [*rng.sample(tags, rng.randrange(1, len(tags) + 1)),
                                          *more])
    if rng.random() < 0.2:
        half = len(tag_line.split()) // 2 or 1
        lines.append((" ".join(tag_line.split()[:half]), False))
        lines.append((" ".join(tag_line.split()[half:]), False))
    else:
        lines.append((tag_line, False))
    for line, is_body in lines:
        if not is_body:
            j.also(line)
    return lines, truth


def _caption_html(rng: random.Random, lines: list[tuple[str, bool]], style: str) -> str:
    """The caption's lines in the page: each its own ``<p>``, joined by ``<br>`` (a blank
    line between blocks) in one or more ``<p>``, or in a ``pre-line`` block."""
    if style == "p":
        return "".join(f"<p>{escape(x)}</p>" for x, _ in lines)
    if style == "br":
        out: list[str] = []
        part: list[str] = []
        for k, (x, body) in enumerate(lines):
            part.append(escape(x))
            nxt = lines[k + 1][1] if k + 1 < len(lines) else None
            if nxt is not None and (body or nxt) and rng.random() < 0.5:
                out.append("<p>" + "<br>\n".join(part) + "</p>")
                part = []
        if part:
            out.append("<p>" + "<br>\n".join(part) + "</p>")
        return "".join(out)
    gap = "\n\n" if rng.random() < 0.6 else "\n"
    return ('<div class="caption-text" style="white-space: pre-line">'
            + gap.join(escape(x) for x, _ in lines) + "</div>")


def social_caption_repost(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A small Diskominfo or Humas site (WordPress, a custom CMS, Blogger, a Vue app with
    hashed classes) whose news is a reposted Instagram or Facebook caption: emoji-led
    location and date lines, the caption's sentences, @mention and hashtag lines, credits,
    each its own ``<p>``, between ``<br>``, in a ``pre-line`` block or inside the embedded
    post's markup; or the site's own paragraphs with a bare embed before or after them;
    a featured photo's credit, "Sumber: IG @..."; dates alone, zoned, bare (WIB's sites)
    or stamped; an office, "Admin", a writer or none."""
    site, host, zone, handle, account, hashtags, places = rng.choice(_SOCIAL_SITES)
    base = f"https://{host}"
    template = rng.choice(("wp", "wp", "cms", "blogger", "vue"))
    section = rng.choice(("Berita", "Kegiatan", "Info Kegiatan", "Berita Pimpinan", "Galeri"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Arsip {section}", "Berita Terbaru", "Kegiatan Pimpinan"))
        url = {"wp": f"{base}/category/{slug(section)}/", "blogger": f"{base}/search/label/"
               f"{section.replace(' ', '%20')}"}.get(template, f"{base}/{slug(section)}")
        return _listing(rng, text, site, base, zone, heading, url, "social")
    clock = _Clock(rng, zone, chance_time=0.4,
                   stamps=("offset", "utc", "z", "none") if template != "cms"
                   else ("none", "none", "offset"))
    day = clock.day
    s = slug(text.headline)
    node = rng.randrange(100, 40000)
    url = {"wp": rng.choice((f"{base}/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/")),
           "cms": f"{base}/berita/{node}-{s}", "blogger": f"{base}/{day:%Y/%m}/{s[:40]}.html",
           "vue": f"{base}/berita/{s}"}[template]
    j = Junk()
    hashed = template == "vue"

    def cls(name: str) -> str:
        return f"_{token(rng, 5)}_{rng.randrange(10)}{token(rng, 2)}" if hashed and \
            rng.random() < 0.85 else name

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("office", "admin", "writer", "none"))
    author = writer if by_kind == "writer" else None
    meta: list[str] = []
    if by_kind != "none":
        who = {"writer": writer, "office": rng.choice((account, site, f"Tim {account}")),
               "admin": rng.choice(("Admin", "admin", "Operator Web"))}[by_kind]
        label = rng.choice(("Oleh", "Posted by", "Penulis:", "Diposting oleh", ""))
        if label:
            j.also(f"{label} {who}")
            meta.append(f'<span class="{cls("post-author")}">{j(label)} {j(who)}</span>')
        else:
            meta.append(f'<span class="{cls("post-author")}">{j(who)}</span>')
    meta.insert(rng.randrange(0, len(meta) + 1),
                f'<span class="{cls("post-date")}">{clock.html(rng, j, 0.5)}</span>')
    meta_html = (f'<div class="{cls("post-meta")}">{rng.choice((" ", " | ", " - ")).join(meta)}'
                 "</div>")

    # the caption and the embed
    paragraphs = list(text.paragraphs)
    event = day - timedelta(days=rng.choice((0, 0, 0, 1)))
    network = rng.choice(("ig", "ig", "fb"))
    mode = rng.choice(("caption", "caption", "embed_caption", "own_embed", "embed_then_caption"))
    truth: list[str]
    blocks: list[str] = []
    style = rng.choice(("p", "p", "br", "pre"))
    post_id = token(rng, 11)
    permalink = (f"https://www.instagram.com/p/{post_id}/" if network == "ig"
                 else f"https://www.facebook.com/{handle}/posts/{rng.randrange(10**15, 10**16)}")

    def bare_embed() -> str:
        if network == "ig":
            view = rng.choice(("Lihat postingan ini di Instagram", "View this post on Instagram"))
            shared = rng.choice((f"Sebuah kiriman dibagikan oleh {account} (@{handle})",
                                 f"A post shared by {account} (@{handle})"))
            return (f'<blockquote class="instagram-media" data-instgrm-permalink="{permalink}?utm_'
                    f'source=ig_embed" data-instgrm-version="14" style="background:#FFF;border:0;'
                    f'max-width:540px"><div style="padding:16px;"><a href="{permalink}" target="'
                    f'_blank"><div style="display:flex"></div><div style="padding:19% 0;"></div>'
                    f'<div style="padding-top:8px;"><div style="color:#3897f0;font-weight:600;">'
                    f'{j(view)}</div></div></a><p style="margin:8px 0 0 0;"><a href="{permalink}"'
                    f' target="_blank">{j(shared)}</a></p></div></blockquote>'
                    '<script async src="//www.instagram.com/embed.js"></script>')
        return (f'<div class="fb-post" data-href="{permalink}" data-width="500" data-show-text="'
                f'false"></div><div id="fb-root"></div><script async defer crossorigin="anonymous"'
                ' src="https://connect.facebook.net/id_ID/sdk.js#xfbml=1&version=v19.0"></script>')

    def posted_by() -> str:
        if rng.random() < 0.5:
            shown = (f"{DAYS_EN[event.weekday()]}, {MONTHS_EN[event.month - 1]} {event.day}, "
                     f"{event.year}")
            j.also(f"Posted by {account} on {shown}")
            return (f'Posted by <a href="https://www.facebook.com/{handle}">{j(account)}</a> on '
                    f'<a href="{permalink}">{j(shown)}</a>')
        shown = indonesian_date(event, day_name=True)
        j.also(f"Diposting oleh {account} pada {shown}")
        return (f'Diposting oleh <a href="https://www.facebook.com/{handle}">{j(account)}</a> '
                f'pada <a href="{permalink}">{j(shown)}</a>')

    place = rng.choice(places)
    if mode == "own_embed":
        embed = bare_embed()
        before = rng.random() < 0.5
        if before:
            blocks.append(embed)
        truth = paragraphs[:]
        blocks += [f"<p>{escape(p)}</p>" for p in paragraphs]
        if not before:
            blocks.append(embed)
    elif mode == "embed_caption":
        lines, truth = _caption(rng, j, paragraphs, handle, account, hashtags, place, event)
        if network == "ig":
            view = rng.choice(("Lihat postingan ini di Instagram", "View this post on Instagram"))
            shared = rng.choice((f"Sebuah kiriman dibagikan oleh {account} (@{handle})",
                                 f"A post shared by {account} (@{handle})"))
            inner = _caption_html(rng, lines, rng.choice(("p", "br")))
            blocks.append(f'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm'
                          f'-permalink="{permalink}" data-instgrm-version="12" style="background:'
                          f'#FFF;max-width:658px"><div style="padding:8px;"><a href="{permalink}" '
                          f'target="_blank">{j(view)}</a><div class="ig-caption">{inner}</div><p '
                          f'style="margin:8px 0 0 0;"><a href="{permalink}" target="_blank">'
                          f"{j(shared)}</a></p></div></blockquote><script async src=\"//www."
                          'instagram.com/embed.js"></script>')
        else:
            inner = _caption_html(rng, lines, "br")
            blocks.append(f'<div class="fb-post" data-href="{permalink}" data-width="500" data-'
                          f'show-text="true"><blockquote cite="{permalink}" class="fb-xfbml-parse-'
                          f'ignore">{inner}{posted_by()}</blockquote></div>')
    else:
        lines, truth = _caption(rng, j, paragraphs, handle, account, hashtags, place, event)
        caption = _caption_html(rng, lines, style)
        if mode == "embed_then_caption":
            blocks.append(bare_embed())
        blocks.append(f'<div class="{cls("caption")}">{caption}</div>' if style != "pre"
                      else caption)

    # the furniture around it
    source = ""
    if rng.random() < 0.55:
        line = rng.choice((f"Sumber: IG @{handle}", f"Sumber: Instagram @{handle}",
                           f"Sumber: Facebook {account}", f"Repost dari akun resmi @{handle}",
                           f"Sumber: @{handle}"))
        source = f'<p class="{cls("sumber")}"><em>{j(line)}</em></p>'
    figure = ""
    if rng.random() < 0.6 and mode != "embed_caption":
        cap = rng.choice((f"Foto: IG @{handle}", f"Dok. {account}", "Foto: Istimewa",
                          f"Sumber foto: Instagram @{handle}"))
        figure = _figure(rng, j, base, day, cap, cls("featured"))
    tags = _tags(rng, j, cls("post-labels"), hashes=rng.random() < 0.3) \
        if rng.random() < 0.45 else ""
    share = _shares(rng, j, cls("share-buttons")) if rng.random() < 0.5 else ""
    follow = ""
    if rng.random() < 0.3:
        line = rng.choice((f"Ikuti kami di Instagram @{handle}", "Follow Instagram Kami",
                           f"Instagram: @{handle}"))
        follow = (f'<div class="{cls("follow-box")}"><a href="https://instagram.com/{handle}">'
                  f"{j(line)}</a></div>")
    h = rng.choice(("h1", "h1", "h2", "h3"))
    headline = f'<{h} class="{cls("post-title entry-title")}">{escape(text.headline)}</{h}>'
    content = "\n".join(blocks) + source
    if template == "wp":
        container = (f'<article id="post-{node}" class="post type-post hentry">'
                     f'<header class="entry-header">{headline}<div class="entry-meta">{meta_html}'
                     f'</div></header>{figure}<div class="entry-content">{content}</div>'
                     f'<footer class="entry-footer">{tags}{share}{follow}</footer></article>')
        column = f'<main id="main" class="site-main">{container}</main>'
    elif template == "cms":
        container = (f'<div class="berita-detail">{headline}{meta_html}{figure}<div class="'
                     f'berita-isi">{content}</div>{tags}{share}{follow}</div>')
        column = f'<div class="col-md-8">{container}</div>'
    elif template == "blogger":
        container = (f'<div class="post hentry" itemprop="blogPost"><h3 class="post-title entry-'
                     f'title" itemprop="name">{escape(text.headline)}</h3><div class="post-header">'
                     f'{meta_html}</div>{figure}<div class="post-body entry-content" id="post-body-'
                     f'{rng.randrange(10**17, 10**18)}" itemprop="description articleBody">'
                     f'{content}</div><div class="post-footer">{tags}{share}{follow}</div></div>')
        column = (f'<div class="main section" id="main"><div class="widget Blog" id="Blog1">'
                  f'<div class="date-outer"><div class="blog-posts hfeed">{container}</div></div>'
                  "</div></div>")
    else:
        container = (f'<article class="{cls("article")}">{headline}{meta_html}{figure}<div '
                     f'class="{cls("body")}">{content}</div>{tags}{share}{follow}</article>')
        column = f'<div id="app"><main class="{cls("page")}">{container}</main></div>'
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 4))
    body = (f'<header class="site-header"><a class="brand" href="{base}/">{escape(site)}</a>'
            + _nav(("Beranda", "Profil", "Berita", "Galeri", "Informasi Publik", "Kontak"))
            + f'</header>\n<div class="container"><div class="row">{column}<aside class="sidebar">'
            f'<h3>Postingan Terbaru</h3><ul>{side}</ul><div class="ig-feed"><h3>Instagram</h3>'
            f'<a href="https://instagram.com/{handle}">@{escape(handle)}</a></div></aside></div>'
            f'</div>\n<footer class="site-footer">&copy; {day.year} {escape(site)}</footer>')
    head = _head(rng, clock, text.headline, _teaser(rng, paragraphs[0]), site, url, author,
                 og=0.6 if template != "cms" else 0.3, meta_time=0.45, ld=0.3,
                 kind=rng.choice(("NewsArticle", "BlogPosting")), section=section)
    body_cls = {"wp": "single single-post", "cms": "detail", "blogger": "item-view",
                "vue": ""}[template]
    return url, _shell(_title(rng, text.headline, site), head, body_cls, body), Truth(
        text.headline, tuple(truth), clock.published(), author, site, tuple(j.lines))


FAMILIES: dict[str, Family] = {
    "listicle-news": listicle_news, "opinion-column": opinion_column,
    "widget-heavy-portal": widget_heavy_portal, "social-caption-repost": social_caption_repost}
