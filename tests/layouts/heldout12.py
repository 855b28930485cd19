"""A twelfth set of held-out layout families, written without sight of the extraction rules.

A school's (an SMK's, an SMA's) or a regency's education office's Blogspot-like site
reposting the regency's "Berita Daerah" (Blogger's ``date-header`` above the post,
"Posted by ... at 14.05", "Label:", "Bagikan ke WhatsApp", "Newer Post / Older Post",
"Sumber:" lines and a sidebar of widgets that a cramped theme puts inside the post
column: "Info Sekolah", "Arsip Blog", "Pengunjung", "PPDB"); a DPRD's or a KPU's news page
on a Vue or Angular app pre-rendered on the server, whose ``<article>`` holds the text
but whose metadata stands only in a ``window.__INITIAL_STATE__`` (or an Angular
``ng-state``) JSON, with its view counter, its gallery strip with "Dokumentasi"
captions, its "Tags" row and a "Bagikan" row; the news page of an Indonesian embassy or
consulate on the foreign ministry's shared portal (``kemlu.go.id/<mission>``) or of a
province's "Biro Kerja Sama" (breadcrumbs "Beranda / Berita / Berita Perwakilan", the
bilingual section heading "Berita Perwakilan | Mission News", "Bagikan", "Dibaca N
kali", the language switch, a sidebar of "Informasi Konsuler" or "Layanan" links that at
times stands inside the article's column, "Tautan Terkait"); and the AMP page of a
regional newspaper on a tagDiv "Newspaper"-like WordPress theme (``amp-ad`` slots with
their "ADVERTISEMENT" labels, ``amp-social-share``, a "Baca Juga" ``amp-list`` with its
mustache template and its placeholder, the outlet's own dateline in bold at the start
of the first paragraph, "Editor: X" at the end, tags and "Berita Terkait"). They were
written by a session that never read the extractor nor ran it, from what such pages
look like, and committed before any rule was run on them: never tune a rule on them.
Each takes a seeded ``random.Random`` and a real ``Text`` and returns the page's URL,
its HTML and its ``Truth``; every furniture line put inside the article container (the
block that holds the headline, the meta lines and the paragraphs) is in the truth's
``junk``, whole and piece by piece where the page renders it from several elements.
About one call in eight gives a section's listing page instead (``Truth.article``
false), whose title is the section's heading.

Conventions. A Blogger post's "Posted by admin" (or "Operator", "Admin Sekolah") names
no author; a person's name does. A repost's "Sumber:" line and the school's sidebar
widgets are junk. A gallery's captions ("Dokumentasi: ...") and a view counter are junk.
An app's ``created_at`` and ``updated_at`` in its state are furniture; its
``published_at`` (or ``tanggal``, a date alone) is the page's, and an app's page that
prints no date always has one in its state. The bilingual section heading and the
consular sidebar are junk. The outlet's own dateline in bold at the start of the first
paragraph ("KENDARI, KENDARIPOS.CO.ID –") is furniture, and the paragraph's truth is the
text without it; "Editor: X" names the editor, never the author: the author is the
byline's writer, or none when the page prints only its editor or "Redaksi".

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD's ``datePublished``, Blogger's ``abbr.published``
``title``, an app state's ``published_at``) has a zone-aware moment in that zone: WIB,
WITA or WIT. A time printed without any zone is WIB's, and only pages of sites in WIB
print one (a Blogger post's date header with its footer's "at 14.05" together; an app
state's "2025-05-27 14:30:00", the server's clock; the foreign ministry's portal prints
its own Jakarta clock for every mission, so its missions count as WIB's sites). A page
that prints only a date, with at most a UTC stamp beside it (a ``Z`` or ``+00:00``, an
app's epoch in milliseconds), has the date, and its moment falls in office hours so that
the UTC stamp is on the same day. A relative time ("3 jam lalu") is printed only beside
a stamp with an offset. The page's own date is printed or stamped before any other date
in the container; a related list's and an archive widget's dates are furniture.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

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

_FIRST = ("Hasrul", "Ni Made", "Yulius", "Andi Tenri", "Martinus", "Veronika", "Muh. Ikbal",
          "Kadek", "Agustina", "Syamsul", "Fenny", "Arifin", "Dewi", "Gabriel", "Wa Ode",
          "Irwan", "Maria Goreti", "Samsudin", "Yuliana", "Frederik")
_LAST = ("Rumbewas", "Tandiarrang", "Latuconsina", "Pakaya", "Siregar", "Wenas", "Alkatiri",
         "Mokodompit", "Simanjuntak", "Hehanussa", "Kogoya", "Rondonuwu", "Loupatty", "Umasugi",
         "Parinussa", "Mandacan", "Hutapea", "Tuasikal", "Ginting", "Manoppo")
_TAGS = ("pemerintahan", "pendidikan", "kesehatan", "pelayanan publik", "UMKM", "pariwisata",
         "infrastruktur", "APBD", "pemilu", "pilkada", "reses", "stunting", "kerja sama",
         "diaspora", "investasi", "inflasi", "pangan", "sosial", "budaya")
_NETS = ("Facebook", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Email")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _teaser(rng: random.Random, paragraph: str) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(70, 160)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " [...]"))


def _long(day: date, *, day_name: bool = False) -> str:
    return indonesian_date(day, day_name=day_name)


def _ld(data: dict[str, object]) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece and the whole line recorded."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(x) if x.isdigit() else j(x)) for x in items)


def _labelled(j: Junk, word: str, items: list[str], sep: str, fmt: str) -> str:
    j.also(f"{word} {sep.join(items)}")
    return f'<span class="label">{j(word)}</span> ' + _pieced(j, items, sep, fmt)


def _shares(rng: random.Random, j: Junk, word: str, cls: str) -> str:
    nets = [x for x in _NETS if rng.random() < 0.5] or ["WhatsApp", "Facebook"]
    return f'<div class="{cls}">' + _labelled(j, word, nets, " ", '<a href="#">{x}</a>') + "</div>"


# the forms a page prints: a date alone, with its zone, or with a bare time (WIB's sites only)
_PLAIN = ("long", "long", "day_long", "day_long", "slash", "slash_short", "dash", "short", "en",
          "day_en", "en_dmy")
_ZONED = ("day_bar_zone", "day_bar_zone", "long_zone", "slash_zone", "day_pukul", "comma_zone",
          "dash_zone", "en_zone", "dot_time_zone")
_BARE = ("slash_bare", "day_bare", "long_bare", "dash_bare", "day_bar_bare")


def _printed(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    month_en = MONTHS_EN[d.month - 1]
    return {
        "long": _long(d), "day_long": _long(d, day_name=True),
        "slash": f"{d:%d/%m/%Y}", "slash_short": f"{d.day}/{d.month}/{d.year}",
        "dash": f"{d:%d-%m-%Y}", "short": f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}",
        "en": f"{month_en} {d.day}, {d.year}",
        "day_en": f"{DAYS_EN[d.weekday()]}, {month_en} {d.day}, {d.year}",
        "en_dmy": f"{d.day} {month_en} {d.year}",
        "day_bar_zone": f"{_long(d, day_name=True)} | {hm} {zone}",
        "long_zone": f"{_long(d)} {hm} {zone}",
        "slash_zone": f"{d:%d/%m/%Y} {hm} {zone}",
        "day_pukul": f"{_long(d, day_name=True)}, pukul {when:%H.%M} {zone}",
        "comma_zone": f"{_long(d)}, {hm} {zone}",
        "dash_zone": f"{d:%d-%m-%Y} {hm} {zone}",
        "en_zone": f"{month_en} {d.day}, {d.year} {hm} {zone}",
        "dot_time_zone": f"{_long(d)}, {when:%H.%M} {zone}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}",
        "day_bare": f"{_long(d, day_name=True)} {hm}",
        "long_bare": f"{_long(d)} - {hm}",
        "dash_bare": f"{d:%d-%m-%Y} {hm}",
        "day_bar_bare": f"{_long(d, day_name=True)} | {hm}",
    }[form]


def _when(rng: random.Random, zone: str, *, chance_time: float, stamps: tuple[str, ...],
          ago: float = 0.0) -> tuple[datetime, str, str, bool]:
    """A page's moment, its printed form ("" for a relative age), its stamp ("offset",
    "utc", "z" or "none") and whether its time can be read."""
    if rng.random() < ago:
        shape = "ago"
    elif rng.random() < chance_time:
        shape = "bare" if zone == "WIB" and rng.random() < 0.35 else "zoned"
    else:
        shape = "plain"
    stamp = "offset" if shape == "ago" else rng.choice(stamps)
    form = {"plain": rng.choice(_PLAIN), "zoned": rng.choice(_ZONED), "bare": rng.choice(_BARE),
            "ago": ""}[shape]
    timed = shape != "plain" or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none", office_hours=not timed)
    return when, form, stamp, timed


def _machine(when: datetime, stamp: str) -> str:
    utc = when.astimezone(UTC)
    return {"offset": when.isoformat(timespec="seconds"), "utc": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
            "z": f"{utc:%Y-%m-%dT%H:%M:%S}Z", "none": ""}[stamp]


def _rel(rng: random.Random) -> str:
    n, unit = rng.choice(((rng.randrange(2, 59), "menit"), (rng.randrange(1, 23), "jam"),
                          (rng.randrange(1, 6), "hari")))
    return f"{n} {unit} {rng.choice(('yang lalu', 'lalu'))}"


def _views(rng: random.Random) -> str:
    n = rng.randrange(5, 30000)
    shown = thousands(n) if rng.random() < 0.6 else str(n)
    return rng.choice((f"Dibaca {shown} kali", f"{shown} kali dibaca", f"Dilihat {shown} kali",
                       f"{shown} views", f"Dilihat: {shown}"))


def _head(rng: random.Random, text: Text, site: str, url: str, machine: str,
          author: str | None, *, og: float = 0.7, meta_time: float = 0.6,
          ld: float = 0.45) -> list[str]:
    head: list[str] = []
    if rng.random() < og:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and rng.random() < meta_time:
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and rng.random() < ld:
        data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                                   "headline": text.headline, "datePublished": machine,
                                   "publisher": {"@type": "Organization", "name": site}}
        if author:
            data["author"] = {"@type": "Person", "name": author}
        head.append(_ld(data))
    if rng.random() < 0.4:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    return head


def _shell(title: str, head: list[str], body_cls: str, body: str, *, amp: bool = False) -> str:
    html_attr = ' amp lang="id"' if amp else ' lang="id"'
    return (f"<!DOCTYPE html>\n<html{html_attr}>\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n{''.join(head)}\n</head>\n"
            f'<body class="{body_cls}">\n{body}\n</body>\n</html>')


def _title(rng: random.Random, headline: str, site: str) -> str:
    if rng.random() < 0.1:
        return site
    return joined_title(rng, headline, site, (" - ", " | ", ": ", " » ", " – ", " :: "))


def _listing(rng: random.Random, text: Text, site: str, base: str, zone: str, heading: str,
             cls: str, url: str) -> tuple[str, str, Truth]:
    """A section's index: its heading, cards with teasers and dates, a pager."""
    day = when_in(rng, zone).date()
    shown = listing_items(rng, text, day, rng.randrange(5, 12))
    more = rng.choice(("Baca selengkapnya »", "Selengkapnya", "Read more", "Lanjut baca"))
    cards = []
    for o, d in shown:
        printed = rng.choice((_long(d), f"{d:%d/%m/%Y}", _long(d, day_name=True),
                              f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"))
        href = f"{base}/{d:%Y/%m}/{slug(o.headline)}.html"
        cards.append(f'<div class="post-item"><h3 class="post-title"><a href="{href}">'
                     f'{escape(o.headline)}</a></h3><span class="post-date">{printed}</span>'
                     f'<p class="snippet">{escape(_teaser(rng, o.paragraphs[0]))}</p>'
                     f'<a class="more" href="{href}">{escape(more)}</a></div>')
    pager = rng.choice(('<div class="pager"><a href="?page=2">Postingan Lama</a></div>',
                        '<ul class="pagination"><li class="active">1</li><li><a href="?page=2">'
                        '2</a></li><li><a href="?page=2">Berikutnya</a></li></ul>'))
    tag = rng.choice(("h1", "h2"))
    body = (f'<header class="site-header"><a href="{base}/">{escape(site)}</a><nav><a href="#">'
            'Beranda</a> <a href="#">Berita</a> <a href="#">Profil</a> <a href="#">Kontak</a>'
            f'</nav></header><main class="{cls}"><{tag} class="section-title">{escape(heading)}'
            f'</{tag}><div class="list">{"".join(cards)}</div>{pager}</main><footer>&copy; '
            f"{day.year} {escape(site)}</footer>")
    title = rng.choice((f"{heading} - {site}", f"{site} | {heading}", f"{heading} | {site}",
                        f"{site}: {heading}"))
    return url, _shell(title, [], f"listing {cls}", body), Truth(
        heading, (), shown[0][1], None, site, (), article=False)


# -- 1. a school's or an education office's Blogspot-like site reposting regency news ----------

# (the blog's owner, its host, its zone, its regency, the regency's Humas host)
_SCHOOLS = (
    ("SMK Negeri 1 Kendari", "smkn1kendari.sch.id", "WITA", "Kota Kendari", "kendarikota.go.id"),
    ("SMA Negeri 2 Ternate", "sman2ternate.blogspot.com", "WIT", "Kota Ternate",
     "ternatekota.go.id"),
    ("SMK Negeri 3 Kupang", "smkn3kupang.blogspot.com", "WITA", "Kota Kupang", "kupangkota.go.id"),
    ("SMA Negeri 1 Sigi", "sman1sigi.sch.id", "WITA", "Kabupaten Sigi", "sigikab.go.id"),
    ("SMK Negeri 2 Jambi", "smkn2jambi.blogspot.com", "WIB", "Kota Jambi", "jambikota.go.id"),
    ("SMA Negeri 1 Muara Bungo", "sman1bungo.blogspot.com", "WIB", "Kabupaten Bungo",
     "bungokab.go.id"),
    ("Dinas Pendidikan Kabupaten Merauke", "disdik-merauke.blogspot.com", "WIT",
     "Kabupaten Merauke", "merauke.go.id"),
    ("Dinas Pendidikan dan Kebudayaan Kabupaten Lebak", "disdikbud-lebak.blogspot.com", "WIB",
     "Kabupaten Lebak", "lebakkab.go.id"),
    ("SMK Negeri 1 Tobelo", "smkn1tobelo.sch.id", "WIT", "Kabupaten Halmahera Utara",
     "halmaherautarakab.go.id"),
    ("SMA Negeri 3 Palangka Raya", "sman3palangkaraya.blogspot.com", "WIB", "Kota Palangka Raya",
     "palangkaraya.go.id"),
)
_SCHOOL_LABELS = ("Berita Daerah", "Berita", "Info Pemda", "Pengumuman", "Kegiatan",
                  "Berita Kabupaten", "Info Dinas", "Pendidikan")


def school_blog(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A school's or an education office's Blogspot-like site reposting the regency's news:
    Blogger's ``date-outer`` / ``date-header``, ``post-outer``, ``h3.post-title``,
    ``post-body entry-content``, ``post-footer`` ("Posted by ... at 14.05", "Label:",
    "Bagikan ke WhatsApp", "Kirimkan Ini lewat Email"), "Newer Post / Older Post / Home" or
    "Posting Lebih Baru / Posting Lama / Beranda", "Sumber:" lines, a school's sidebar inside
    the post column; the date in the header alone, with the footer's time (WIB's sites
    only) or with an ``abbr.published`` stamp; a title with the blog's name or only it."""
    site, host, zone, regency, humas = rng.choice(_SCHOOLS)
    base = f"https://{host}" if host.endswith("blogspot.com") else f"https://www.{host}"
    label = rng.choice(_SCHOOL_LABELS)
    english = rng.random() < 0.35  # Blogger's strings left in English
    if rng.random() < 1 / 8:
        heading = rng.choice((f"Label: {label}", label, f"Postingan berlabel {label}",
                              f"Showing posts with label {label}"))
        return _listing(rng, text, site, base, zone, heading, "blog-posts",
                        f"{base}/search/label/{label.replace(' ', '%20')}")
    stamp_kind = rng.choice(("offset", "offset", "none", "none", "z"))
    # the footer's time: bare at WIB's sites, zoned elsewhere, or none
    footer_time = rng.random() < 0.6
    when = when_in(rng, zone, seconds=stamp_kind != "none",
                   office_hours=not (footer_time or stamp_kind == "offset"))
    timed = stamp_kind == "offset" or footer_time
    if footer_time:
        time_shown = f"{when:%H.%M}" if rng.random() < 0.6 else f"{when:%H:%M}"
        if zone != "WIB" or rng.random() < 0.3:
            time_shown += f" {zone}"
    elif rng.random() < 0.4:
        time_shown = _long(when.date())  # Blogger's timestamp set to a date
    else:
        time_shown = ""
    day = when.date()
    header = rng.choice((_long(day, day_name=True), _long(day, day_name=True),
                         f"{DAYS_EN[day.weekday()]}, {MONTHS_EN[day.month - 1]} {day.day}, "
                         f"{day.year}", f"{day:%d/%m/%Y}"))
    machine = _machine(when, stamp_kind) if stamp_kind != "none" else ""
    url = f"{base}/{day:%Y/%m}/{slug(text.headline)[:50]}.html"
    j = Junk()
    poster_kind = rng.choice(("person", "person", "admin", "none"))
    poster = {"person": _person(rng) if rng.random() < 0.8 else rng.choice(NAMES),
              "admin": rng.choice(("admin", "Admin", "Operator Sekolah", "Admin Sekolah",
                                   "operator")), "none": ""}[poster_kind]
    author = poster if poster_kind == "person" else None

    # the post's footer
    bits, plain = [], []
    if poster:
        word = "Posted by" if english else rng.choice(("Diposting oleh", "Posted by", "Oleh"))
        plain.append(f"{word} {poster}")
        bits.append(f'<span class="post-author vcard">{j(word)} <span class="fn">{j(poster)}'
                    "</span></span>")
    if time_shown:
        at = "at" if english else rng.choice(("di", "pada", "at"))
        abbr = (f'<abbr class="published" itemprop="datePublished" title="{machine}">'
                if machine else '<span class="published">')
        close = "</abbr>" if machine else "</span>"
        plain.append(f"{at} {time_shown}")
        bits.append(f'<span class="post-timestamp">{j(at)} <a class="timestamp-link" href="'
                    f'{url}">{abbr}{j(time_shown)}{close}</a></span>')
    elif machine:
        bits.append(f'<abbr class="published" title="{machine}"></abbr>')
    split = len(bits) > 1 and rng.random() < 0.5  # the author in the header, the time below
    if plain and not split:
        j.also(" ".join(plain))
    labels = [label, *rng.sample(("Berita", "Info", regency, "Pemda", "Sekolah"),
                                 rng.randrange(0, 3))]
    labels = list(dict.fromkeys(labels))
    word = "Labels:" if english else rng.choice(("Label:", "Label", "Kategori:"))
    label_html = ('<div class="post-labels">'
                  + _labelled(j, word, labels, ", ", '<a rel="tag" href="#">{x}</a>') + "</div>")
    share = ""
    if rng.random() < 0.75:
        items = rng.choice((["Kirimkan Ini lewat Email", "BlogThis!", "Berbagi ke Twitter",
                             "Berbagi ke Facebook"], ["Bagikan ke WhatsApp", "Bagikan ke Facebook",
                                                      "Bagikan ke Twitter"],
                            ["Email This", "BlogThis!", "Share to X", "Share to Facebook"],
                            ["Bagikan ke WhatsApp"]))
        share = ('<div class="post-share-buttons">'
                 + _pieced(j, items, " ", '<a class="share-button" href="#">{x}</a>') + "</div>")
    comments = ""
    if rng.random() < 0.5:
        none = rng.choice(("Tidak ada komentar:", "0 komentar", "No comments:"))
        comments = f'<span class="post-comment-link">{j(none)}</span>'
    footer = (f'<div class="post-footer"><div class="post-footer-line post-footer-line-1">'
              f'{" ".join(bits)} {comments}</div><div class="post-footer-line-2">{label_html}'
              f"{share}</div></div>")

    # the text, a picture, the repost's source
    content = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    if rng.random() < 0.4:  # the pasted text as lines in one div
        content = ('<div style="text-align: justify;">'
                   + "<br /><br />".join(escape(p) for p in text.paragraphs) + "</div>")
    figure = ""
    if rng.random() < 0.6:
        img = (f'<a href="#" style="margin-left:1em;margin-right:1em"><img border="0" src="'
               f'https://blogger.googleusercontent.com/img/b/R29vZ2xl/{token(rng, 40)}/s640/'
               f'{token(rng, 8)}.jpg" width="640"></a>')
        cap = ""
        if rng.random() < 0.6:
            line = rng.choice((f"Foto: Humas {regency}", f"Dok. Prokopim {regency}", "Ist.",
                               f"Foto: Diskominfo {regency}"))
            cap = f'<tr><td class="tr-caption">{j(line)}</td></tr>'
        figure = (f'<table class="tr-caption-container" align="center"><tr><td>{img}</td></tr>'
                  f"{cap}</table>")
    source = ""
    if rng.random() < 0.7:
        line = rng.choice((f"Sumber: {humas}", f"Sumber: Humas {regency}", f"Sumber berita: "
                           f"https://{humas}/berita", f"(Sumber: Diskominfo {regency})",
                           f"Dikutip dari laman resmi Pemerintah {regency}"))
        source = f"<p><i>{j(line)}</i></p>"
    intro = ""
    if rng.random() < 0.3:
        intro = f"<p><b>{j(rng.choice(('Berita Daerah', 'INFO PEMDA', 'Repost')))}</b></p>"

    # the sidebar a cramped theme puts inside the post column
    side = ""
    if rng.random() < 0.55:
        widgets = []
        if rng.random() < 0.7:
            lines = [rng.choice(("Info Sekolah", "Profil Sekolah", "Info Dinas")),
                     f"NPSN: {rng.randrange(10000000, 69999999)}", rng.choice((
                         "Akreditasi: A", "Terakreditasi A", "Akreditasi: B")),
                     f"Jl. Pendidikan No. {rng.randrange(1, 80)}, {regency}"]
            widgets.append('<div class="widget Text"><h2>' + j(lines[0]) + "</h2>"
                           + "<br>".join(j(x) for x in lines[1:]) + "</div>")
        if rng.random() < 0.6:
            arch = rng.choice(("Arsip Blog", "Blog Archive"))
            months = []
            for k in range(rng.randrange(2, 5)):
                m = (day.month - k - 1) % 12
                line = f"{MONTHS[m]} ({rng.randrange(1, 20)})"
                months.append(f"<li>{j(line)}</li>")
            widgets.append(f'<div class="widget BlogArchive"><h2>{j(arch)}</h2><ul>'
                           f'{"".join(months)}</ul></div>')
        if rng.random() < 0.5:
            n = thousands(rng.randrange(1000, 900000))
            word = rng.choice(("Pengunjung", "Total Pageviews", "Jumlah Pengunjung"))
            j.also(f"{word} {n}")
            widgets.append(f'<div class="widget Stats"><h2>{j(word)}</h2><span class="counter">'
                           f"{n}</span></div>")
        if rng.random() < 0.4:
            line = rng.choice((f"PPDB {day.year} Telah Dibuka", "Info PPDB", "Pendaftaran Siswa "
                               "Baru"))
            widgets.append(f'<div class="widget Image"><h2>{j(line)}</h2><img src="#" alt="">'
                           "</div>")
        side = f'<div class="sidebar-in-post">{"".join(widgets)}</div>'
    nav_items = (["Newer Post", "Older Post", "Home"] if english else
                 rng.choice((["Posting Lebih Baru", "Posting Lama", "Beranda"],
                             ["Newer Post", "Older Post", "Home"])))
    nav = ('<div class="blog-pager" id="blog-pager">'
           + _pieced(j, nav_items, " ", '<a class="blog-pager-link" href="#">{x}</a>') + "</div>")
    h3 = rng.choice(("h3", "h3", "h1", "h2"))
    post = (f'<div class="post hentry"><{h3} class="post-title entry-title">'
            f"{escape(text.headline)}</{h3}>"
            f'<div class="post-header"><div class="post-header-line-1"></div></div>'
            f'<div class="post-body entry-content" id="post-body-{rng.randrange(10**17, 10**18)}">'
            f"{intro}{figure}{content}{source}</div>{footer}</div>")
    if split:
        post = post.replace('<div class="post-header-line-1"></div>',
                            f'<div class="post-header-line-1">{bits[0]}</div>', 1)
        post = post.replace(f'<div class="post-footer"><div class="post-footer-line post-footer-'
                            f'line-1">{" ".join(bits)}', '<div class="post-footer"><div class='
                            f'"post-footer-line post-footer-line-1">{" ".join(bits[1:])}', 1)
    header_html = f'<h2 class="date-header"><span>{j(header)}</span></h2>'
    column = (f'<div class="main-inner column-center-inner"><div class="blog-posts hfeed">'
              f'<div class="date-outer">{header_html}<div class="date-posts"><div class="post-'
              f'outer">{post}</div></div></div>{nav}{side}</div></div>')
    body = (f'<div class="header-outer"><h1 class="title"><a href="{base}/">{escape(site)}</a>'
            f'</h1><p class="description">{escape(regency)}</p></div><div class="tabs"><a href="'
            f'#">Beranda</a> <a href="#">Profil</a> <a href="#">PPDB</a> <a href="#">Kontak</a>'
            f'</div><div class="columns">{column}<div class="sidebar-outer"><div class="widget">'
            f'<h2>Popular Posts</h2></div></div></div><div class="footer-outer">Tema Simple. '
            f"Diberdayakan oleh Blogger.</div>")
    head = _head(rng, text, site, url, machine if stamp_kind == "offset" else "", author,
                 og=0.6, meta_time=0.0, ld=0.2)
    title = _title(rng, text.headline, site)
    published: datetime | date = when if timed else day
    return url, _shell(title, head, "variant-simple", body), Truth(
        text.headline, text.paragraphs, published, author, site, tuple(j.lines))


# -- 2. a DPRD's or a KPU's page on a pre-rendered Vue or Angular app ---------------------------

# (the institution, its host, its zone, its short name)
_COUNCILS = (
    ("DPRD Kabupaten Konawe", "dprd.konawekab.go.id", "WITA", "DPRD Konawe"),
    ("DPRD Kota Ambon", "dprd.ambon.go.id", "WIT", "DPRD Ambon"),
    ("Sekretariat DPRD Provinsi Papua Barat", "dprd.papuabaratprov.go.id", "WIT", "DPR PB"),
    ("DPRD Kabupaten Banyuasin", "dprd.banyuasinkab.go.id", "WIB", "DPRD Banyuasin"),
    ("KPU Kota Palu", "kota-palu.kpu.go.id", "WITA", "KPU Palu"),
    ("KPU Kabupaten Jayawijaya", "kab-jayawijaya.kpu.go.id", "WIT", "KPU Jayawijaya"),
    ("KPU Provinsi Bengkulu", "bengkulu.kpu.go.id", "WIB", "KPU Bengkulu"),
    ("Bawaslu Kabupaten Lombok Timur", "lomboktimur.bawaslu.go.id", "WITA", "Bawaslu Lotim"),
    ("DPRD Kabupaten Kapuas Hulu", "dprd.kapuashulukab.go.id", "WIB", "DPRD Kapuas Hulu"),
)


def app_state_news(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A DPRD's or a KPU's news page on a Vue (``data-server-rendered``) or Angular
    (``ng-version``, ``ng-state``) app rendered on the server: the ``<article>`` with the
    headline and the text, the view counter, a gallery strip with "Dokumentasi" captions,
    a "Tags" row, "Bagikan", the category chip; the metadata (published, created, updated,
    the writer) only in a ``window.__INITIAL_STATE__`` or ``ng-state`` JSON, with an
    offset, in UTC, as an epoch, as a date alone or as the server's clock; a printed date
    or none, a relative age beside an offset."""
    site, host, zone, short = rng.choice(_COUNCILS)
    base = f"https://{host}"
    vue = rng.random() < 0.6
    section = rng.choice(("Berita", "Berita Dewan", "Kabar Dewan", "Berita Terkini",
                          "Informasi", "Berita KPU", "Publikasi"))
    if rng.random() < 1 / 8:
        return _listing(rng, text, site, base, zone, section, "app-list",
                        f"{base}/{rng.choice(('berita', 'news', 'publikasi/berita'))}")
    printed_kind = rng.choice(("printed", "printed", "printed", "none", "ago"))
    if printed_kind == "printed":
        when, form, stamp, timed = _when(rng, zone, chance_time=0.5,
                                         stamps=("offset", "z", "epoch", "date", "sql"))
        if stamp == "sql" and zone != "WIB":
            stamp = "date"
        if stamp in ("sql",):
            timed = True
        if stamp == "date":
            timed = form in _ZONED or form in _BARE
            if not timed:
                when = when.replace(hour=rng.randrange(9, 16))
        printed = _printed(form, when, zone)
    else:
        stamp = "offset" if printed_kind == "ago" else rng.choice(
            ("offset", "date") if zone != "WIB" else ("offset", "date", "sql"))
        timed = stamp != "date"
        when = when_in(rng, zone, seconds=True, office_hours=not timed)
        printed = _rel(rng) if printed_kind == "ago" else ""
    day = when.date()
    utc = when.astimezone(UTC)
    state_value: object = {
        "offset": when.isoformat(timespec="seconds"), "z": f"{utc:%Y-%m-%dT%H:%M:%S}.000Z",
        "epoch": int(utc.timestamp()) * 1000, "date": f"{day:%Y-%m-%d}",
        "sql": f"{when:%Y-%m-%d %H:%M:%S}", "utc": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
        "none": ""}[stamp]
    key = "tanggal" if stamp == "date" else rng.choice(("published_at", "publishedAt",
                                                       "tanggal_publish"))
    j = Junk()
    byline = rng.choice(("writer", "writer", "humas", "none"))
    writer = _person(rng) if byline == "writer" else f"Humas {short}" if byline == "humas" else ""
    author = writer or None
    node = rng.randrange(200, 9000)
    s = slug(text.headline)
    url = rng.choice((f"{base}/berita/{s}", f"{base}/berita/detail/{node}/{s}",
                      f"{base}/#/berita/{node}", f"{base}/news/{s}-{node}"))

    # the state
    created = when - timedelta(minutes=rng.randrange(10, 600))
    updated = when + timedelta(hours=rng.randrange(1, 200))
    as_z = zone != "WIB" or rng.random() < 0.5  # a bare clock only at WIB's sites

    def fmt(t: datetime) -> str:
        return (t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z") if as_z
                else t.strftime("%Y-%m-%d %H:%M:%S"))

    item: dict[str, object] = {"id": node, "judul": text.headline, "slug": s, key: state_value,
                               "kategori": {"id": rng.randrange(1, 20), "nama": section},
                               "views": rng.randrange(10, 9000)}
    if rng.random() < 0.6:
        item["created_at"] = fmt(created)
        item["updated_at"] = fmt(updated)
    if writer:
        item["penulis"] = {"nama": writer}
    state = {"berita": {"detail": item, "loading": False}, "app": {"nama": site}}
    blob = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    if vue:
        script = rng.choice((f"<script>window.__INITIAL_STATE__={blob};</script>",
                             f"<script>window.__INITIAL_STATE__ = {blob}</script>"))
    else:
        script = f'<script id="serverApp-state" type="application/json">{blob}</script>'

    # the meta row
    meta = []
    if printed:
        meta.append(f'<span class="meta-date"><i class="mdi mdi-calendar"></i> {j(printed)}</span>')
    if writer:
        line = rng.choice((f"Penulis: {writer}", f"Oleh {writer}", writer))
        meta.append(f'<span class="meta-author"><i class="mdi mdi-account"></i> {j(line)}</span>')
    views = _views(rng) if rng.random() < 0.75 else ""
    if views:
        meta.append(f'<span class="meta-views"><i class="mdi mdi-eye"></i> {j(views)}</span>')
    chip = f'<span class="v-chip category">{j(section)}</span>' if rng.random() < 0.5 else ""
    gallery = ""
    if rng.random() < 0.65:
        figs = []
        word = rng.choice(("Dokumentasi", "Galeri Kegiatan", "Foto Kegiatan"))
        for k in range(rng.randrange(2, 6)):
            cap = rng.choice((f"Dokumentasi: {short}", f"Dokumentasi kegiatan {short} ({k + 1})",
                              f"Foto {k + 1} - Humas {short}", f"Dok. Sekretariat {short}"))
            figs.append(f'<figure class="gallery-item"><img src="{base}/storage/galeri/'
                        f'{token(rng, 12)}.jpg" alt=""><figcaption>{j(cap)}</figcaption></figure>')
        gallery = (f'<section class="gallery-strip"><h4>{j(word)}</h4><div class="strip">'
                   f'{"".join(figs)}</div></section>')
    tags = ""
    if rng.random() < 0.6:
        word = rng.choice(("Tags", "Tags:", "Tag:"))
        tags = ('<div class="tags-row">' + _labelled(
            j, word, rng.sample(_TAGS, rng.randrange(2, 5)), " ",
            '<a class="v-chip tag" href="#">{x}</a>') + "</div>")
    share = _shares(rng, j, rng.choice(("Bagikan:", "Bagikan", "Share")), "share-row") \
        if rng.random() < 0.6 else ""
    hero = (f'<div class="hero"><img src="{base}/storage/berita/{token(rng, 16)}.jpg" alt="'
            f'{attr(text.headline)}"></div>') if rng.random() < 0.6 else ""
    content = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    if rng.random() < 0.3:
        content = "".join(f'<p data-v-{token(rng, 8)}="">{escape(p)}</p>'
                          for p in text.paragraphs)
    back = f'<a class="back" href="{base}/berita">{j("← Kembali")}</a>' if rng.random() < 0.3 \
        else ""
    h = rng.choice(("h1", "h1", "h2"))
    meta_html = f'<div class="meta">{" ".join(meta)}</div>'
    order = rng.random() < 0.7
    article = (f'<article class="news-detail">{back}{chip}'
               + (f'<{h} class="title">{escape(text.headline)}</{h}>{meta_html}' if order
                  else f'{meta_html}<{h} class="title">{escape(text.headline)}</{h}>')
               + f'{hero}<div class="content">{content}</div>{gallery}{tags}{share}</article>')
    aside = "".join(f"<li>{escape(o.headline)}</li>" for o in other_texts(rng, text, 4))
    root = ('<div id="app" data-server-rendered="true">' if vue else
            f'<app-root ng-version="{rng.choice(("15.2.9", "16.1.0", "17.3.4"))}">')
    close = "</div>" if vue else "</app-root>"
    body = (f'{root}<header class="app-bar"><a href="{base}/">{escape(site)}</a><nav><a>Beranda'
            '</a><a>Profil</a><a>Berita</a><a>Agenda</a><a>PPID</a></nav></header><main class='
            f'"container">{article}<aside class="sidebar"><h4>Berita Terbaru</h4><ul>{aside}</ul>'
            f'</aside></main><footer>&copy; {day.year} {escape(site)}</footer>{close}{script}'
            f'<script src="/js/app.{token(rng, 8)}.js" defer></script>')
    head = ([f'<meta property="og:title" content="{attr(text.headline)}">']
            if rng.random() < 0.5 else [])
    title = _title(rng, text.headline, site) if rng.random() < 0.85 else f"{section} | {site}"
    published: datetime | date = when if timed else day
    return url, _shell(title, head, "app", body), Truth(
        text.headline, text.paragraphs, published, author, site, tuple(j.lines))


# -- 3. an embassy's or a consulate's page, or a province's Biro Kerja Sama -------------------

# (the office, its base URL, its zone, its kind)
_MISSIONS = (
    ("KJRI Penang", "https://kemlu.go.id/penang", "WIB", "mission"),
    ("KBRI Tokyo", "https://kemlu.go.id/tokyo", "WIB", "mission"),
    ("KJRI Davao City", "https://kemlu.go.id/davaocity", "WIB", "mission"),
    ("KBRI Dili", "https://kemlu.go.id/dili", "WIB", "mission"),
    ("KJRI Kuching", "https://kemlu.go.id/kuching", "WIB", "mission"),
    ("KJRI Tawau", "https://kemlu.go.id/tawau", "WIB", "mission"),
    ("KBRI Port Moresby", "https://kemlu.go.id/portmoresby", "WIB", "mission"),
    ("KJRI Perth", "https://kemlu.go.id/perth", "WIB", "mission"),
    ("Biro Pemerintahan dan Kerja Sama Setda Provinsi Kalimantan Utara",
     "https://biropemkersama.kaltaraprov.go.id", "WITA", "biro"),
    ("Biro Kerja Sama Setda Provinsi Papua", "https://birokerjasama.papua.go.id", "WIT", "biro"),
    ("Biro Administrasi Pimpinan dan Kerja Sama Provinsi Riau",
     "https://biroadpim.riau.go.id", "WIB", "biro"),
    ("Biro Pemerintahan dan Kerja Sama Provinsi Nusa Tenggara Timur",
     "https://biropem.nttprov.go.id", "WITA", "biro"),
    ("Biro Kerja Sama Luar Negeri Provinsi Maluku", "https://bksln.malukuprov.go.id", "WIT",
     "biro"),
)
_CONSULAR = ("Paspor", "Surat Perjalanan Laksana Paspor", "Legalisasi Dokumen", "Visa",
             "Lapor Diri", "Pencatatan Kelahiran", "Perlindungan WNI", "Layanan Pensiun")
_BIRO_LINKS = ("Kerja Sama Dalam Negeri", "Kerja Sama Luar Negeri", "Sister Province",
               "Dokumen MoU", "Otonomi Daerah", "Kerja Sama Antar Daerah")


def mission_news(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An embassy's or a consulate's news page on the foreign ministry's shared portal
    (``kemlu.go.id/<mission>``), or a province's "Biro Kerja Sama" page: breadcrumbs
    ("Beranda / Berita / Berita Perwakilan", "Home / News / Mission News"), the bilingual
    section heading, "Bagikan", "Dibaca N kali", the language switch "ID | EN", a sidebar of
    "Informasi Konsuler" or "Layanan" links at times inside the article's column,
    "Tautan Terkait"; dates like "Kamis, 12 Juni 2025" or "12/06/2025 14:30"."""
    office, base, zone, kind = rng.choice(_MISSIONS)
    mission = kind == "mission"
    site = (f"Kementerian Luar Negeri Republik Indonesia - {office}" if mission
            and rng.random() < 0.4 else office)
    section = rng.choice(("Berita Perwakilan", "Berita", "Siaran Pers", "Berita Kegiatan")
                         if mission else ("Berita", "Berita Kerja Sama", "Kegiatan Biro"))
    english = {"Berita Perwakilan": "Mission News", "Berita": "News", "Siaran Pers":
               "Press Release", "Berita Kegiatan": "Activities", "Berita Kerja Sama":
               "Cooperation News", "Kegiatan Biro": "Bureau Activities"}[section]
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"{section} | {english}", f"{section} / {english}"))
        return _listing(rng, text, site, base, zone, heading, "news-index",
                        f"{base}/berita" if not mission else f"{base}/id/berita")
    when, form, stamp, timed = _when(rng, zone, chance_time=0.5,
                                     stamps=("offset", "none", "none", "utc"))
    if mission and form in _ZONED:  # the portal's Jakarta clock, printed bare
        form = rng.choice(("slash_bare", "day_bare", "day_bar_bare"))
    printed = _printed(form, when, zone)
    machine = _machine(when, stamp)
    day = when.date()
    s = slug(text.headline)
    node = rng.randrange(1000, 99999)
    url = rng.choice((f"{base}/id/berita/{node}/{s}", f"{base}/berita/{s}",
                      f"{base}/id/news/{node}/{s}", f"{base}/read/{node}/{s}"))
    j = Junk()
    byline = rng.choice(("penulis", "sumber", "none", "none"))
    writer = _person(rng)
    author = writer if byline == "penulis" else None

    crumbs = ""
    if rng.random() < 0.75:
        items = (rng.choice((["Beranda", "Berita", section], ["Home", "News", english],
                             ["Beranda", section]))
                 if mission else rng.choice((["Beranda", "Berita", section], ["Beranda", "Berita"],
                                             ["Home", "Berita", section])))
        items = list(dict.fromkeys(items))
        crumbs = ('<nav class="breadcrumb">' + _pieced(
            j, items, rng.choice((" / ", " > ", " » ")), '<a href="#">{x}</a>') + "</nav>")
    heading = ""
    if rng.random() < 0.6:
        line = rng.choice((f"{section} | {english}", f"{section} / {english}", section))
        heading = f'<div class="section-heading"><h4>{j(line)}</h4></div>'
    lang = ""
    if rng.random() < 0.4:
        lang = ('<div class="lang-switch">'
                + _pieced(j, rng.choice((["ID", "EN"], ["Indonesia", "English"])), " | ",
                          '<a href="#">{x}</a>') + "</div>")
    meta = []
    word = rng.choice(("", "", "Tanggal:", "Diterbitkan:", "Published:"))
    date_line = f"{word} {printed}" if word else printed
    head = _head(rng, text, site, url, machine, author, og=0.6, meta_time=0.5, ld=0.35)
    stamped = machine and (machine not in "".join(head) or rng.random() < 0.5)
    date_html = f'<time datetime="{machine}">{j(printed)}</time>' if stamped else j(printed)
    if word:
        j.also(date_line)
        j(word)
    meta.append(f'<span class="date"><i class="fa fa-calendar"></i> '
                f"{escape(word + ' ') if word else ''}{date_html}</span>")
    views = _views(rng) if rng.random() < 0.7 else ""
    if views:
        meta.append(f'<span class="views"><i class="fa fa-eye"></i> {j(views)}</span>')
    cat = ""
    if rng.random() < 0.4:
        cat = f'<span class="category">{j(rng.choice((section, english, "Pengumuman")))}</span>'
        meta.append(cat)
    content = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    credit = ""
    if byline == "penulis":
        line = rng.choice((f"Penulis: {writer}", f"Oleh: {writer}", f"Teks: {writer}"))
        credit = f'<p class="credit"><strong>{j(line)}</strong></p>'
    elif byline == "sumber":
        line = rng.choice((f"Sumber: {office}", f"Sumber: Fungsi Pensosbud {office}",
                           f"(Sumber: Fungsi Penerangan, Sosial dan Budaya {office})",
                           f"Sumber: Humas {office}"))
        credit = f'<p class="credit"><em>{j(line)}</em></p>'
    figure = ""
    if rng.random() < 0.6:
        cap = rng.choice((f"Foto: {office}", f"Dok. {office}", "Foto bersama usai kegiatan.",
                          f"Dokumentasi {office}"))
        figure = (f'<figure class="featured"><img src="{base}/files/{token(rng, 10)}.jpg" alt="">'
                  f"<figcaption>{j(cap)}</figcaption></figure>")
    share = _shares(rng, j, rng.choice(("Bagikan:", "Bagikan", "Share:", "Bagikan / Share")),
                    "share-bar") if rng.random() < 0.7 else ""
    related = ""
    if rng.random() < 0.5:
        word2 = rng.choice(("Tautan Terkait", "Berita Lainnya", "Berita Terkait | Related News"))
        items2 = []
        for o in other_texts(rng, text, rng.randrange(2, 5)):
            d = day - timedelta(days=rng.randrange(1, 50))
            shown = rng.choice((_long(d, day_name=True), f"{d:%d/%m/%Y}"))
            j.also(f"{o.headline} {shown}")
            items2.append(f'<li><a href="#">{j(o.headline)}</a> <small>{j(shown)}</small></li>')
        related = f'<div class="related"><h5>{j(word2)}</h5><ul>{"".join(items2)}</ul></div>'
    side = ""
    inside = rng.random() < 0.5  # the sidebar stands inside the article's column
    sj = j if inside else Junk()
    if rng.random() < 0.6:
        word3 = (rng.choice(("Informasi Konsuler", "Layanan Konsuler", "Consular Information"))
                 if mission else rng.choice(("Layanan", "Tautan", "Informasi Kerja Sama")))
        links = rng.sample(_CONSULAR if mission else _BIRO_LINKS, rng.randrange(3, 6))
        side = (f'<div class="widget consular"><h5>{sj(word3)}</h5><ul>'
                + "".join(f'<li><a href="#">{sj(x)}</a></li>' for x in links) + "</ul></div>")
    h = rng.choice(("h1", "h2", "h3"))
    meta_html = f'<div class="post-meta">{" ".join(meta)}</div>'
    top = rng.random() < 0.7
    column = (f'<div class="col-md-8 article-detail">{crumbs}{lang}{heading}'
              + (f'<{h} class="post-title">{escape(text.headline)}</{h}>{meta_html}' if top
                 else f'{meta_html}<{h} class="post-title">{escape(text.headline)}</{h}>')
              + f'{figure}<div class="post-content">{content}{credit}</div>{share}{related}'
              + (side if inside else "") + "</div>")
    outer_side = side if not inside else ""
    nav = ("Beranda Profil Berita Layanan Konsuler Kontak" if mission else
           "Beranda Profil Berita Kerja Sama Dokumen PPID")
    body = (f'<header class="top"><div class="brand">{escape(office)}</div><nav>'
            + "".join(f'<a href="#">{x}</a> ' for x in nav.split())
            + f'</nav></header><div class="container"><div class="row">{column}'
            f'<div class="col-md-4 sidebar">{outer_side}<div class="widget"><h5>Agenda</h5>'
            f'</div></div></div></div><footer>&copy; {day.year} {escape(office)}. Hak cipta '
            "dilindungi.</footer>")
    title = _title(rng, text.headline, site)
    published: datetime | date = when if timed else day
    return url, _shell(title, head, "mission-page", body), Truth(
        text.headline, text.paragraphs, published, author, site, tuple(j.lines))


# -- 4. a regional newspaper's AMP page on a Newspaper-like theme --------------------------------

# (the outlet, its host, the brand in its dateline, its zone, its cities)
_PAPERS = (
    ("Kendari Pos", "kendaripos.co.id", "KENDARIPOS.CO.ID", "WITA", ("KENDARI", "KOLAKA",
                                                                     "BAUBAU", "UNAAHA")),
    ("Ambon Ekspres", "ambonekspres.fajar.co.id", "AMEKS", "WIT", ("AMBON", "MASOHI", "TUAL")),
    ("Timor Express", "timorexpress.fajar.co.id", "TIMEX", "WITA", ("KUPANG", "ATAMBUA", "SOE")),
    ("Jambi Ekspres", "jambiekspres.disway.id", "JAMBIEKSPRES.CO.ID", "WIB",
     ("JAMBI", "MUARA BUNGO", "SAROLANGUN")),
    ("Radar Sorong", "radarsorong.id", "RADARSORONG.ID", "WIT", ("SORONG", "AIMAS", "TEMINABUAN")),
    ("Palu Ekspres", "paluekspres.fajar.co.id", "PALU EKSPRES", "WITA", ("PALU", "DONGGALA",
                                                                         "POSO")),
    ("Rakyat Bengkulu", "rakyatbengkulu.disway.id", "RB", "WIB", ("BENGKULU", "CURUP",
                                                                  "MANNA")),
    ("Malut Post", "malutpost.id", "MALUTPOST", "WIT", ("TERNATE", "SOFIFI", "TOBELO")),
)


def amp_newspaper(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional newspaper's AMP page on a tagDiv "Newspaper"-like WordPress theme:
    ``td-post-header`` with the category, the headline, the author and the date,
    ``amp-ad`` slots with "ADVERTISEMENT" labels, ``amp-social-share`` buttons with a
    "Bagikan" label, a "Baca Juga" ``amp-list`` (its mustache template, its placeholder,
    at times a server-rendered fallback list), the outlet's dateline in bold at the start
    of the first paragraph, "Editor: X" at the end, tags, "Berita Terkait"; dates printed
    with the zone, bare (WIB's outlets), alone or as an age beside a stamp."""
    outlet, host, brand, zone, cities = rng.choice(_PAPERS)
    base = f"https://{host}"
    category = rng.choice(("Daerah", "Metro", "Politik", "Ekonomi", "Hukum & Kriminal",
                           "Pendidikan", "Olahraga", "Headline", "Pemerintahan"))
    if rng.random() < 1 / 8:
        return _listing(rng, text, outlet, base, zone, category, "td-category",
                        f"{base}/category/{slug(category)}/amp/")
    when, form, stamp, timed = _when(rng, zone, chance_time=0.6,
                                     stamps=("offset", "offset", "utc", "none"), ago=0.1)
    printed = _printed(form, when, zone) if form else _rel(rng)
    machine = _machine(when, stamp)
    day = when.date()
    s = slug(text.headline)
    url = rng.choice((f"{base}/{day:%Y/%m/%d}/{s}/amp/", f"{base}/{s}/amp/",
                      f"{base}/{category.split()[0].lower()}/{s}/amp",
                      f"{base}/{s}/?amp=1"))
    j = Junk()
    by = rng.choice(("person", "person", "redaksi", "none"))
    writer = _person(rng) if rng.random() < 0.8 else rng.choice(NAMES)
    editor = _person(rng)
    author = writer if by == "person" else None

    meta = []
    if by == "person":
        word = rng.choice(("Oleh", "By", "Penulis:", ""))
        line = f"{word} {writer}".strip()
        if word:
            j.also(line)
            meta.append(f'<div class="td-post-author-name"><span>{j(word)}</span> <a href="#">'
                        f"{j(writer)}</a></div>")
        else:
            meta.append(f'<div class="td-post-author-name"><a href="#">{j(writer)}</a></div>')
    elif by == "redaksi":
        desk = rng.choice(("Redaksi", "Oleh Redaksi", "Tim Redaksi"))
        meta.append(f'<div class="td-post-author-name">{j(desk)}</div>')
    stamp_attr = f' datetime="{machine}"' if machine else ""
    meta.append(f'<span class="td-post-date"><time class="entry-date"{stamp_attr}>{j(printed)}'
                "</time></span>")
    if rng.random() < 0.5:
        meta.append(f'<div class="td-post-views"><span>{j(str(rng.randrange(10, 5000)) + " views")}'
                    "</span></div>" if rng.random() < 0.5 else
                    f'<div class="td-post-views">{j(_views(rng))}</div>')
    cat_html = (f'<ul class="td-category"><li><a class="td-post-category" href="#">{j(category)}'
                "</a></li></ul>") if rng.random() < 0.7 else ""

    def ad() -> str:
        label = rng.choice(("ADVERTISEMENT", "- Advertisement -", "Iklan", "SCROLL TO CONTINUE "
                            "WITH CONTENT"))
        return (f'<div class="td-a-ad"><span class="td-adspot-title">{j(label)}</span><amp-ad '
                f'width="300" height="250" type="adsense" data-ad-client="ca-pub-'
                f'{rng.randrange(10**15, 10**16)}" data-ad-slot="{rng.randrange(10**9, 10**10)}">'
                "</amp-ad></div>")

    city = rng.choice(cities)
    dash = rng.choice((" –", " -", " —", ", –"))
    dateline = rng.choice((f"{city}, {brand}{dash}", f"{city}{dash}", f"{brand}, {city}{dash}"))
    paragraphs = list(text.paragraphs)
    blocks = [f"<p><strong>{j(dateline)}</strong> {escape(paragraphs[0])}</p>"]
    blocks += [f"<p>{escape(p)}</p>" for p in paragraphs[1:]]
    if rng.random() < 0.6 and len(blocks) > 2:
        blocks.insert(rng.randrange(1, len(blocks) - 1), ad())
    if rng.random() < 0.6 and len(blocks) > 3:
        word = rng.choice(("Baca Juga", "Baca Juga:", "BACA JUGA"))
        fallback = ""
        if rng.random() < 0.5:
            items = []
            for o in other_texts(rng, text, rng.randrange(2, 4)):
                items.append(f'<li><a href="#">{j(o.headline)}</a></li>')
            fallback = f'<div fallback><ul>{"".join(items)}</ul></div>'
        wait = rng.choice(("Memuat...", "Loading..."))
        blocks.insert(rng.randrange(2, len(blocks) - 1),
                      f'<div class="td-related-inline"><h4>{j(word)}</h4><amp-list width="auto" '
                      f'height="120" layout="fixed-height" src="{base}/wp-json/td/v1/related?id='
                      f'{rng.randrange(1000, 99999)}"><div placeholder>{j(wait)}</div>{fallback}'
                      '<template type="amp-mustache"><a class="rel" href="{{url}}">'
                      f'{j("{{title}}")}</a></template></amp-list></div>')
    end = ""
    if rng.random() < 0.85:
        line = rng.choice((f"Editor: {editor}", f"Editor : {editor}", f"(Editor: {editor})",
                           f"Penyunting: {editor}"))
        end = f"<p><strong>{j(line)}</strong></p>" if rng.random() < 0.6 else f"<p>{j(line)}</p>"
        if by == "person" and rng.random() < 0.3:
            line2 = f"Reporter: {writer}"
            end = f"<p>{j(line2)}</p>" + end
    share = ""
    if rng.random() < 0.75:
        word = rng.choice(("Bagikan", "Share", "Bagikan:"))
        nets = [x for x in ("facebook", "twitter", "whatsapp", "line", "email") if
                rng.random() < 0.6] or ["whatsapp"]
        share = (f'<div class="td-post-sharing"><span class="td-post-share-title">{j(word)}</span>'
                 + "".join(f'<amp-social-share type="{n}" width="32" height="32" aria-label="'
                           f'{n}"></amp-social-share>' for n in nets) + "</div>")
    tags = ""
    if rng.random() < 0.5:
        tags = ('<ul class="td-tags">' + _labelled(
            j, rng.choice(("TAGS", "Tags:", "Tag")), rng.sample(_TAGS, rng.randrange(2, 5)), " ",
            "<li><a href=\"#\">{x}</a></li>") + "</ul>")
    related = ""
    if rng.random() < 0.5:
        word = rng.choice(("Berita Terkait", "ARTIKEL TERKAIT", "Baca Berita Lainnya"))
        items = "".join(f'<div class="td-related-span4"><a href="#">{j(o.headline)}</a></div>'
                        for o in other_texts(rng, text, rng.randrange(2, 5)))
        related = f'<div class="td-related-row"><h4>{j(word)}</h4>{items}</div>'
    top_ad = ad() if rng.random() < 0.5 else ""
    h1 = f'<h1 class="entry-title">{escape(text.headline)}</h1>'
    header = (f'<header class="td-post-header">{cat_html}{h1}<div class="td-module-meta-info">'
              f'{" ".join(meta)}</div></header>')
    article = (f'<article class="post type-post td-post-template-default">{header}{top_ad}'
               f'<div class="td-post-content">{"".join(blocks)}{end}</div>{share}<footer>{tags}'
               f"</footer>{related}</article>")
    head = _head(rng, text, outlet, url, machine, author, og=0.8, meta_time=0.6, ld=0.5)
    head += [f'<link rel="canonical" href="{url.replace("/amp/", "/").replace("?amp=1", "")}">',
             '<script async src="https://cdn.ampproject.org/v0.js"></script>',
             '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-'
             '0.1.js"></script>', '<style amp-custom>.td-post-content p{margin:0 0 1em}</style>']
    body = (f'<header class="td-header-amp"><a href="{base}/">{escape(outlet)}</a>'
            '<amp-sidebar id="menu" layout="nodisplay"><a>Beranda</a><a>Daerah</a><a>Politik</a>'
            f'</amp-sidebar></header><div class="td-container">{article}</div><footer class="'
            f'td-footer">&copy; {day.year} {escape(outlet)}. All rights reserved.</footer>')
    title = _title(rng, text.headline, outlet)
    published: datetime | date = when if timed else day
    return url, _shell(title, head, "amp-mode td-amp", body, amp=True), Truth(
        text.headline, text.paragraphs, published, author, outlet, tuple(j.lines))


FAMILIES: dict[str, Family] = {
    "school-blog-repost": school_blog, "app-state-council": app_state_news,
    "mission-news": mission_news, "amp-newspaper": amp_newspaper}
