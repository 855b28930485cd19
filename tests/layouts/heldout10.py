"""A tenth set of held-out layout families, written without sight of the extraction rules.

The article of a regional outlet on a premium WordPress news theme (JNews's ``jeg_*``
markup, tagDiv Newspaper's ``td-post-*``, SmartMag's ``s-head-*`` and Soledad's
``penci-*``) with everything such themes put around and inside the text: the breaking
news ticker, the breadcrumbs, the category badges, the share and view counters ("0
SHARES", "12 VIEWS"), the reading time ("2 menit baca", "3 Mins Read"), the font-size
tool ("A A"), the ad slots ("- Advertisement -", "ADVERTISEMENT", "Scroll untuk
melanjutkan"), the inline "Baca Juga" boxes, the tags, the previous and next posts, the
author's box with its bio, the related posts and the comment heading; a regency's or a
service's site of the 2000s still online (a table layout, ``<font>`` tags, the text in
one cell as lines separated by ``<br><br>``, no meta tags, a legacy charset declared,
"Diposting oleh: admin | 12-03-2024 | Dibaca: 233 kali", running text in a marquee,
visitor counters, "[ Kembali ]", "Cetak" and "Kirim ke teman" links, a "Berita Lainnya"
list and a title that is often only the site's name); the page of a video in a regional
TV station's, an outlet's or a government's "Video" section (the player first: a YouTube
iframe, a lite embed or an HTML5 player; the duration, the views, the upload date, the
channel with "Subscribe" and its subscribers, likes, the description's "Selengkapnya"
toggle, chapter stamps, hashtags, the crew's credits, "Tonton juga" and a playlist with
durations); and a web story (AMP's ``amp-story``, from the Web Stories plugin of a
WordPress site or an outlet's own tool) told slide by slide, with its cover, its slide
counters, its photo credits, "Geser ke atas", "Baca Selengkapnya" outlinks and its
closing slide. They were written by a session that never read the extractor nor ran it,
from what such pages look like, and committed before any rule was run on them: never tune
a rule on them. Each takes a seeded ``random.Random`` and a real ``Text`` and returns the
page's URL, its HTML and its ``Truth``; every furniture line put inside the article
container (the block that holds the headline, the meta lines and the paragraphs; a web
story's ``amp-story``) is in the truth's ``junk``, whole and piece by piece where the page
renders it from several elements. About one call in eight gives a section's listing page
instead (``Truth.article`` false), whose title is the section's heading.

Conventions. An outlet's dateline before the first paragraph ("KENDARI, KK –") is
furniture, and the paragraph's truth is the text without it; so is the editor's sign-off
code ("(rdr/jpg)", "(*)", "(ant/hms)", "(adv)") that a regional outlet puts at the end of
the last paragraph, in the same element or on a line of its own: the last paragraph's
truth is the text without the code. An old site whose page declares a legacy charset
(``windows-1252``, ``iso-8859-1``) writes every character beyond ASCII as an HTML entity
(``&ldquo;``, ``&#8211;``), as such sites' editors did, so that its bytes read the same in
any of those charsets. An old site that types its headline in capitals has the capitals
as its headline. A video page's or a web story's text is the paragraphs it shows (a
description may give only the first paragraphs of the text); a duration ("03:12"), a
chapter stamp ("01:05 Keterangan Bupati") and a view count are furniture, never a time.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD's ``datePublished`` or a VideoObject's
``uploadDate``) has a zone-aware moment in that zone: WIB, WITA or WIT. A time printed
without any zone is WIB's, and only pages of sites in WIB print one (an old site's
"2024-03-12 10:21:33" is the server's clock). A page that prints only a date, with at
most a UTC stamp beside it (Yoast's ``+00:00``, a ``Z``), has the date, and its moment
falls in office hours so that the UTC stamp is on the same day. A relative time ("2 jam
yang lalu", "3 hari lalu") is printed only beside a stamp with an offset. The page's own
date is always printed or stamped before any other date in the container: an "Updated"
or "Diperbarui" line is later, and a related list's, a playlist's or a "Berita Lainnya"
list's dates are furniture.
"""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, date, datetime, timedelta
from html.entities import codepoint2name

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

_FIRST = ("Ahmad", "Ni Made", "Yulius", "Andi Tenri", "Hendrik", "Maria", "Stevanus", "Muh.",
          "Agnes", "Rahmawati", "Syamsul", "Fredy", "Desy", "Irwan", "Paulus", "Nur Halimah",
          "Kristian", "Hasmiah", "Bagus", "Wa Ode")
_LAST = ("Latuconsina", "Mandacan", "Lapadengan", "Siregar", "Lumowa", "Mokodompit", "Simbolon",
         "Rumbewas", "Pattiasina", "Hasibuan", "Tuasikal", "Dg Sila", "Wenas", "Sitompul",
         "Wenda", "Daulay", "Alkatiri", "Pelupessy", "Rahayu", "Suryana")
_TAGS = ("pemerintahan", "pelayanan publik", "pembangunan", "kesehatan", "pendidikan",
         "ekonomi", "infrastruktur", "pariwisata", "stunting", "inflasi", "ketahanan pangan",
         "bencana", "UMKM", "dana desa", "lingkungan", "investasi", "sosial", "DPRD", "pilkada")
_CATEGORIES = ("Berita", "Daerah", "Pemerintahan", "Politik", "Ekonomi", "Hukum", "Kesehatan",
               "Pendidikan", "Sosial", "Pariwisata", "Peristiwa", "Nasional", "Metro")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _teaser(rng: random.Random, paragraph: str, low: int = 80, high: int = 170) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(low, high)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ..."))


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def _utc_plus(when: datetime) -> str:
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _utc_z(when: datetime) -> str:
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"


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
    return f"{when.hour % 12 or 12}:{when:%M} {'pm' if when.hour >= 12 else 'am'}"


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece recorded (a bare number only in
    the whole line) and the whole line; ``fmt`` wraps each piece (``{x}``)."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(item) if item.isdigit() else j(item))
                            for item in items)


# the forms a site prints: a date alone, with its zone, or with a bare time (only at WIB's
# sites); the forms ending in "_s" with the seconds
_ID_PLAIN = ("long", "long", "day_long", "day_long", "F_j_Y", "slash", "en", "short", "dash",
             "slash_short")
_ID_ZONED = ("long_zone", "day_dash_zone", "day_pukul", "slash_zone", "bar_zone", "comma_zone",
             "en_zone", "day_bar_zone", "F_j_Y_zone")
_ID_BARE = ("long_bare", "day_bare", "slash_bare", "wp_en_at", "pukul_bare", "iso_bare_s",
            "F_j_Y_bare")


def _id_date(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    return {
        "long": _long(d),
        "day_long": _long(d, day_name=True),
        "F_j_Y": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "slash": f"{d:%d/%m/%Y}",
        "slash_short": f"{d.day}/{d.month}/{d.year}",
        "dash": f"{d:%d-%m-%Y}",
        "en": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "short": f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}",
        "long_zone": f"{_long(d)} {hm} {zone}",
        "day_dash_zone": f"{_long(d, day_name=True)} - {hm} {zone}",
        "day_pukul": f"{_long(d, day_name=True)} pukul {when:%H.%M} {zone}",
        "slash_zone": f"{d:%d/%m/%Y} {hm} {zone}",
        "bar_zone": f"{_long(d)} | {hm} {zone}",
        "day_bar_zone": f"{_long(d, day_name=True)} | {hm} {zone}",
        "comma_zone": f"{_long(d)}, {hm} {zone}",
        "en_zone": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {hm} {zone}",
        "F_j_Y_zone": f"{MONTHS[d.month - 1]} {d.day}, {d.year} - {hm} {zone}",
        "long_bare": f"{_long(d)} {hm}",
        "day_bare": f"{_long(d, day_name=True)}, {hm}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}",
        "wp_en_at": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} at {_ampm(when)}",
        "pukul_bare": f"{_long(d)} pukul {when:%H.%M}",
        "iso_bare_s": f"{d:%Y-%m-%d} {when:%H:%M:%S}",
        "F_j_Y_bare": f"{MONTHS[d.month - 1]} {d.day}, {d.year} - {hm}",
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


def _rel(rng: random.Random) -> str:
    """A relative age as a theme prints it: "3 jam yang lalu", "2 hari lalu", "5 hours ago"."""
    n, unit = rng.choice(((rng.randrange(2, 59), "menit"), (rng.randrange(1, 23), "jam"),
                          (rng.randrange(1, 6), "hari"), (rng.randrange(1, 4), "minggu")))
    if rng.random() < 0.2:
        en = {"menit": "minute", "jam": "hour", "hari": "day", "minggu": "week"}[unit]
        return f"{n} {en}{'s' if n > 1 else ''} ago"
    return f"{n} {unit} {rng.choice(('yang lalu', 'lalu', 'yang lalu'))}"


def _head(rng: random.Random, text: Text, site: str, url: str, machine: str,
          author: str | None, in_body: bool, kind: str = "NewsArticle",
          extra_ld: dict[str, object] | None = None, og_type: str = "article") -> list[str]:
    """og tags or none, the published-time meta, a JSON-LD or none, a description."""
    head: list[str] = []
    if rng.random() < 0.75:
        head += [f'<meta property="og:type" content="{og_type}">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and (not in_body or rng.random() < 0.6):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and (extra_ld or rng.random() < 0.5):
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


def _title(rng: random.Random, headline: str, site: str) -> str:
    return joined_title(rng, headline, site,
                        (" - ", " | ", " – ", " » ", ": ", " — ", " - ", " | "))


def _code(rng: random.Random, writer: str, tag: str) -> str:
    """An editor's sign-off code: "(rdr/jpg)", "(kk/hms)", "(*)", "(adv)"."""
    mine = "".join(w[0] for w in writer.split()[:3]).lower()
    left = rng.choice((mine, tag.lower(), "*", "rdr", "ant", f"mg{rng.randrange(1, 9)}", "red"))
    right = rng.choice(("jpg", "hms", mine, "rif", f"r{rng.randrange(1, 9)}", "adv", "ril"))
    return rng.choice((f"({left}/{right})", f"({left}/{right})", "(*)", f"({left})", "(adv)",
                       f"({left}/{right}/{tag.lower()})"))


def _dateline(rng: random.Random, city: str, tag: str, site: str) -> str:
    return rng.choice((f"{city.upper()} –", f"{city.upper()}, {tag} –", f"{city.upper()} -",
                       f"{site.upper()}, {city.upper()} –", f"{city.upper()}, {tag.upper()}.ID -"))


# -- 1. a regional outlet on a premium WordPress news theme --------------------------------------

# (the outlet, its host, zone, city, its short tag)
_OUTLETS = (
    ("Kabar Konawe", "kabarkonawe.com", "WITA", "Unaaha", "KK"),
    ("Lintas Jambi", "lintasjambi.id", "WIB", "Jambi", "LJ"),
    ("Suara Pantura", "suarapantura.co.id", "WIB", "Tegal", "SP"),
    ("Warta Minahasa", "wartaminahasa.com", "WITA", "Tondano", "WM"),
    ("Mimika Ekspres", "mimikaekspres.id", "WIT", "Timika", "ME"),
    ("Berita Kutai", "beritakutai.co.id", "WITA", "Tenggarong", "BK"),
    ("Gema Rafflesia", "gemarafflesia.id", "WIB", "Bengkulu", "GR"),
    ("Pidie Terkini", "pidieterkini.co", "WIB", "Sigli", "PT"),
    ("Ende Pos Online", "endepos.online", "WITA", "Ende", "EP"),
    ("Kabar Kei", "kabarkei.com", "WIT", "Tual", "KK"),
    ("Lampung Satu", "lampungsatu.id", "WIB", "Kotabumi", "LS"),
    ("Samawa Ekspres", "samawaekspres.net", "WITA", "Sumbawa Besar", "SE"),
    ("Portal Tanah Papua", "portaltanahpapua.com", "WIT", "Manokwari", "PTP"),
    ("Rakyat Garut", "rakyatgarut.id", "WIB", "Garut", "RG"),
)
_BIOS = ("Wartawan {s} untuk wilayah {c} dan sekitarnya.", "Jurnalis di {s}.",
         "Redaktur pelaksana {s}. Menulis isu pemerintahan dan pelayanan publik.",
         "Reporter {s} yang meliput kegiatan pemerintahan di {c}.", "Kontributor {s} di {c}.")


def _theme_listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
                   theme: str, category: str) -> tuple[str, str, Truth]:
    """A category's archive in the theme: the heading, the post blocks, a pager."""
    day = when_in(rng, zone).date()
    heading = rng.choice((category, f"Kategori: {category}", f"Arsip {category}",
                          f"Berita {category}"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    cards = []
    for o, d in shown:
        printed = rng.choice((_long(d), f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
                              f"{d:%d/%m/%Y}"))
        who = _person(rng)
        cls = {"jnews": "jeg_post jeg_pl_md_2", "newspaper": "td_module_10 td_module_wrap",
               "smartmag": "l-post list-post", "soledad": "list-post penci-item-listp"}[theme]
        cards.append(f'<article class="{cls}"><div class="thumb"><a href="{base}/'
                     f'{slug(o.headline)}/"><img src="{base}/wp-content/uploads/{d:%Y/%m}/'
                     f'{token(rng, 9)}-350x250.jpg" alt=""></a></div><div class="content">'
                     f'<h3 class="post-title"><a href="{base}/{slug(o.headline)}/">'
                     f'{escape(o.headline)}</a></h3><div class="meta"><span class="author">'
                     f'{escape(who)}</span> <span class="date">{printed}</span></div><p '
                     f'class="excerpt">{escape(_teaser(rng, o.paragraphs[0]))}</p></div>'
                     "</article>")
    where = rng.choice((f"category/{slug(category)}/", f"kanal/{slug(category)}/", "page/2/"))
    url = f"{base}/{where}"
    body = (f'<header class="site-header"><a class="logo" href="{base}/">{escape(site)}</a>'
            f'<nav><ul><li>Home</li><li>Daerah</li><li>Politik</li><li>Ekonomi</li></ul></nav>'
            f'</header><div class="container"><main class="archive-main"><div class="'
            f'archive-header"><h1 class="archive-title page-title">{escape(heading)}</h1></div>'
            f'<div class="posts">{"".join(cards)}</div><nav class="pagination"><span class='
            f'"current">1</span> <a href="{base}/page/2/">2</a> <a href="{base}/page/3/">3</a>'
            f' <span class="dots">…</span> <a href="{base}/page/24/">24</a> <a class="next" '
            f'href="{base}/page/2/">Next ›</a></nav></main></div><footer>&copy; {day.year} '
            f"{escape(site)}. All Rights Reserved.</footer>")
    html = _shell(f"{heading} {rng.choice(('-', '|', '–'))} {site}", [],
                  f"archive category {theme}", body)
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


def premium_news_theme(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional outlet's article on a premium WordPress news theme: JNews
    (``jeg_inner_content``, ``jeg_meta_container`` with the zoom tool "A A", the share
    counters "0 SHARES" and "12 VIEWS", ``jnews_inline_related_post`` "Baca Juga" boxes,
    "Previous Post" / "Next Post", "Related Posts", "Discussion about this post"),
    tagDiv Newspaper (``td-post-header``, ``td-module-meta-info``, the views counter,
    "- Advertisement -" slots, "TAGS", "Artikel sebelumnya" / "Artikel berikutnya",
    ``author-box-wrap``, "Artikel Terkait" / "Lebih Banyak Dari Penulis"), SmartMag
    (``the-post-header``, "By", "Updated:", "2 Mins Read", the share row, "Previous
    Article" / "Next Article", "Related Posts") or Soledad (``penci-standard-cat``, "by",
    "0 comment", "12 views", "2 menit baca", "You may also like", "Previous article" /
    "Next article"); a breaking-news ticker, breadcrumbs, an ad's "ADVERTISEMENT" and
    "Scroll untuk melanjutkan membaca" lines, bold "Baca Juga:" paragraphs, the dateline,
    the editor's sign-off code at the end of the last paragraph, "Reporter: / Editor:"
    lines, "Ikuti kami di Google News" and a picture's caption; dates as the themes print
    them, with the zone, a bare time at WIB's sites, or a relative time beside an offset
    stamp, and an "Updated" line later; og, Yoast's UTC or offset stamps, JSON-LD or
    none."""
    site, host, zone, city, tag = rng.choice(_OUTLETS)
    base = f"https://{rng.choice(('', 'www.'))}{host}"
    theme = rng.choice(("jnews", "newspaper", "smartmag", "soledad"))
    category = rng.choice(_CATEGORIES)
    if rng.random() < 1 / 8:
        return _theme_listing(rng, text, site, base, zone, theme, category)
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.5,
                                        stamps=("offset", "utc", "utc", "none"), ago=0.08)
    day = when.date()
    machine = _machine(when, stamp)
    s = slug(text.headline)
    post_id = rng.randrange(1000, 90000)
    url = rng.choice((f"{base}/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/{slug(category)}/"
                      f"{s}/", f"{base}/{post_id}/{s}/", f"{base}/{s}-{post_id}/"))
    j = Junk()
    english = rng.random() < 0.35  # the theme's strings left untranslated
    writer = rng.choice((_person(rng), _person(rng), rng.choice(NAMES), "Redaksi", "Admin"))
    editor = _person(rng)
    byline_shown = writer not in ("Admin",) or rng.random() < 0.5
    author = writer if byline_shown else None
    printed = _id_date(form, when, zone) if form else _rel(rng)
    in_body = bool(machine) and rng.random() < 0.7
    date_el = (f'<time class="entry-date published" datetime="{machine}">{j(printed)}</time>'
               if in_body else f'<span class="date">{j(printed)}</span>')
    updated = ""
    if rng.random() < 0.25:
        later = when + timedelta(minutes=rng.randrange(30, 60 * 30))
        word = "Updated:" if english else rng.choice(("Diperbarui:", "Update:", "Diperbarui"))
        shown_later = (f"{_long(later.date())} {later:%H:%M}" + (f" {zone}" if zone != "WIB" or
                                                                  rng.random() < 0.5 else ""))
        if not timed:  # a page without its time shows none in the update either
            shown_later = _long(later.date())
        j.also(f"{word} {shown_later}")
        stamp_later = f' datetime="{_iso(later)}"' if stamp == "offset" else ""
        updated = (f'<span class="meta-item date-modified"><span class="updated-on">{j(word)}'
                   f"</span> <time{stamp_later}>{j(shown_later)}</time></span>")
    views = rng.randrange(0, 40000)
    shares = rng.choice((0, 0, 0, rng.randrange(1, 300)))
    read_min = max(1, sum(len(p.split()) for p in text.paragraphs) // 200)
    comments = rng.choice((0, 0, rng.randrange(1, 25)))

    # a picture and its caption
    figure = ""
    if rng.random() < 0.75:
        cap = ""
        if rng.random() < 0.7:
            line = rng.choice((f"Foto: {writer}/{site}", f"FOTO: Dok. {tag}", f"Suasana kegiatan "
                               f"di {city}. (Foto: Istimewa)", f"Ilustrasi. (Foto: {site})",
                               f"Kegiatan di {city}, {_long(day)}. Foto: {writer}"))
            cap = f'<p class="wp-caption-text">{j(line)}</p>'
        figure = (f'<div class="featured-image"><a href="{base}/wp-content/uploads/{day:%Y/%m}/'
                  f'{token(rng, 12)}.jpg"><img width="750" height="450" src="{base}/wp-content/'
                  f'uploads/{day:%Y/%m}/{token(rng, 12)}-750x450.jpg" alt="{attr(text.headline)}">'
                  f"</a>{cap}</div>")

    # the text, with the dateline, the inline boxes, the ads and the sign-off code
    dateline = _dateline(rng, city, tag, site) if rng.random() < 0.45 else ""
    code = _code(rng, writer, tag) if rng.random() < 0.55 else ""
    code_inline = rng.random() < 0.65
    others = other_texts(rng, text, 9)
    n_par = len(text.paragraphs)
    spots = sorted(rng.sample(range(1, n_par), min(n_par - 1, rng.choice((0, 1, 1, 2)))))
    ad_at = rng.randrange(1, n_par) if rng.random() < 0.5 else -1

    def inline_box(k: int) -> str:
        o = others[k]
        style = rng.choice(("bold", "bold", "box"))
        word = rng.choice(("Baca Juga:", "BACA JUGA:", "Baca juga:", "Simak Juga:"))
        if style == "bold" or theme in ("smartmag", "soledad"):
            j.also(f"{word} {o.headline}")
            return (f'<p><strong>{j(word)} <a href="{base}/{slug(o.headline)}/">{j(o.headline)}'
                    "</a></strong></p>")
        heading_w = word.rstrip(":")
        picks = [others[k], others[(k + 3) % len(others)]][: rng.choice((1, 2))]
        if theme == "jnews":
            items = "".join(f'<div class="jeg_post jeg_pl_xs_4"><h3 class="jeg_post_title"><a '
                            f'href="{base}/{slug(o.headline)}/">{j(o.headline)}</a></h3></div>'
                            for o in picks)
            return (f'<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_'
                    f'related_post"><div class="jeg_postblock_29 jeg_postblock"><div class="jeg_'
                    f'block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>'
                    f'{j(heading_w)}</span></h3></div><div class="jeg_posts">{items}</div></div>'
                    "</div></div>")
        items = "".join(f'<div class="td-related-span4"><h3 class="entry-title td-module-title">'
                        f'<a href="{base}/{slug(o.headline)}/">{j(o.headline)}</a></h3></div>'
                        for o in picks)
        return (f'<div class="td_block_wrap td_block_inline_related"><h4 class="td-block-title">'
                f'<span>{j(heading_w)}</span></h4><div class="td-block-row">{items}</div></div>')

    def ad() -> str:
        if theme == "newspaper":
            word = "- Advertisement -"
            return (f'<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-'
                    f'title">{j(word)}</span><ins class="adsbygoogle" data-ad-client="ca-pub-'
                    f'{rng.randrange(10**15, 10**16)}"></ins></div>')
        word = rng.choice(("ADVERTISEMENT", "Advertisement", "Iklan"))
        scroll = ""
        if rng.random() < 0.5:
            line = rng.choice(("Scroll untuk melanjutkan membaca", "SCROLL TO CONTINUE WITH "
                               "CONTENT", "Gulir ke bawah untuk lanjut membaca"))
            scroll = f'<div class="ads-scroll">{j(line)}</div>'
        cls = ("jeg_ad jeg_ad_article jnews_content_inline_ads" if theme == "jnews" else
               "ads-inline code-block")
        return (f'<div class="{cls}"><div class="ads-text">'
                f'{j(word)}</div><div class="ads-wrapper"><ins class="adsbygoogle"></ins></div>'
                f"{scroll}</div>")

    parts: list[str] = []
    box_k = 0
    for n, paragraph in enumerate(text.paragraphs):
        if n in spots:
            parts.append(inline_box(box_k))
            box_k += 1
        if n == ad_at:
            parts.append(ad())
        said = escape(paragraph)
        if n == 0 and dateline:
            said = f"<strong>{j(dateline)}</strong> {said}"
        if n == n_par - 1 and code and code_inline:
            said = f"{said} {j(code)}"
        parts.append(f"<p>{said}</p>")
    if code and not code_inline:
        parts.append(f"<p>{j(code)}</p>")
    if writer not in ("Redaksi", "Admin") and rng.random() < 0.4:
        lines = [f"Reporter: {writer}", f"Editor: {editor}"]
        if rng.random() < 0.5:
            j.also(" | ".join(lines))
            parts.append(f'<p class="credit"><strong>{j(lines[0])}</strong> | <strong>'
                         f"{j(lines[1])}</strong></p>")
        else:
            parts.append("".join(f"<p><em>{j(x)}</em></p>" for x in lines))
    if rng.random() < 0.3:
        line = rng.choice((f"Ikuti berita terkini {site} di Google News", "Ikuti kami di Google "
                           "News", f"Dapatkan update berita pilihan dari {site} setiap hari. "
                           "Klik di sini"))
        parts.append(f'<p class="gnews"><a href="https://news.google.com/publications/'
                     f'{token(rng, 20)}">{j(line)}</a></p>')
    content = "".join(parts)

    # the widgets around the text
    crumbs = ""
    if rng.random() < 0.6:
        items = ["Home" if english else rng.choice(("Beranda", "Home")), category]
        sep = rng.choice((" » ", " › ", " / "))
        crumbs = ('<div class="breadcrumbs" id="breadcrumbs">'
                  + _pieced(j, items, sep, '<span><a href="' + base + '/category/'
                            + slug(category) + '/">{x}</a></span>')
                  + "</div>")
    ticker = ""
    if rng.random() < 0.35:
        word = rng.choice(("Breaking News", "TERKINI", "Trending", "Berita Terkini", "Hot News"))
        heads = [o.headline for o in others[5:8]]
        ticker = (f'<div class="breaking-news-ticker"><span class="ticker-title">{j(word)}</span>'
                  '<ul class="ticker">' + "".join(f'<li><a href="{base}/{slug(h)}/">{j(h)}</a>'
                                                  "</li>" for h in heads) + "</ul></div>")
    tags = list(dict.fromkeys(rng.sample((*_TAGS, city.lower(), city), rng.randrange(2, 6))))
    tags_word = ("Tags:" if english else rng.choice(("Tags:", "Tag:", "TAGS", "Topik:")))
    prev_o, next_o = others[3], others[4]
    bio = rng.choice(_BIOS).format(s=site, c=city)
    share_nets = [x for x in ("Facebook", "Twitter", "WhatsApp", "Telegram", "Pinterest",
                              "Email") if rng.random() < 0.6] or ["Facebook", "WhatsApp"]
    related = others[5:5 + rng.randrange(3, 5)] if rng.random() < 0.7 else []

    def rel_dates(o: Text) -> str:
        d = day - timedelta(days=rng.randrange(1, 30))
        return _long(d) if theme != "newspaper" else f"{MONTHS[d.month - 1]} {d.day}, {d.year}"

    top: list[str]
    after: list[str] = []
    if theme == "jnews":
        by = "By" if english else rng.choice(("Oleh", "By", "Penulis"))
        meta_bits = []
        if byline_shown:
            j.also(f"{by} {writer}")
            meta_bits.append(f'<div class="jeg_meta_author"><img alt="{attr(writer)}" src="https:'
                             f'//secure.gravatar.com/avatar/{_hex(rng, 32)}?s=80" class="avatar" '
                             f'width="80" height="80"><span class="meta_text">{j(by)}</span> <a '
                             f'href="{base}/author/{slug(writer)}/">{j(writer)}</a></div>')
        meta_bits.append(f'<div class="jeg_meta_date"><a href="{url}">{date_el}</a></div>')
        if rng.random() < 0.5:
            word = "in" if english else "di"
            j.also(f"{word} {category}")
            meta_bits.append(f'<div class="jeg_meta_category"><span><span class="meta_text">'
                             f'{j(word)}</span> <a href="{base}/category/{slug(category)}/" rel='
                             f'"category tag">{j(category)}</a></span></div>')
        right = []
        if rng.random() < 0.6:
            right.append(f'<div class="jeg_meta_zoom" data-in-step="3" data-out-step="2"><div '
                         f'class="zoom-dropdown"><div class="zoom-icon"><span class="zoom-icon-'
                         f'small">{j("A")}</span><span class="zoom-icon-big">A</span></div><div '
                         f'class="zoom-item-wrapper"><div class="zoom-item"><button class="zoom-'
                         f'out"><i class="fa fa-search-minus"></i></button><button class="zoom-in">'
                         f'<i class="fa fa-search-plus"></i></button><div class="zoom-bar-'
                         f'container"><div class="zoom-bar"></div></div><button class="zoom-reset">'
                         f'<span>{j("Reset")}</span></button></div></div></div></div>')
            j.also("A A")
        if rng.random() < 0.5:
            right.append(f'<div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa '
                         f'fa-comment-o"></i> {comments}</a></div>')
        if rng.random() < 0.35:
            line = (f"Reading Time: {read_min} mins read" if english else
                    f"Waktu baca: {read_min} menit")
            right.append(f'<div class="jeg_meta_reading_time"><span>{j(line)}</span></div>')
        meta = (f'<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">'
                f'<div class="meta_left">{"".join(meta_bits)}</div><div class="meta_right">'
                f'{"".join(right)}</div></div></div>')
        share = ""
        if rng.random() < 0.75:
            words = ("SHARES", "VIEWS") if rng.random() < 0.7 else ("Shares", "Views")
            j.also(f"{shares} {words[0]}")
            j.also(f"{thousands(views)} {words[1]}")
            j.also(f"{shares} {words[0]} {thousands(views)} {words[1]}")
            nets = "".join(
                f'<a href="#" class="jeg_btn-{slug(x)} {"expanded" if k < 2 else ""}"><i '
                f'class="fa fa-{slug(x)}"></i>' + (f"<span>{j(f'Share on {x}')}</span>"
                                                   if k < 2 else "") + "</a>"
                for k, x in enumerate(share_nets))
            share = (f'<div class="jeg_share_top_container"><div class="jeg_share_button '
                     f'clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div '
                     f'class="counts">{shares}</div><span class="sharetext">{j(words[0])}</span>'
                     f'</div><div class='
                     f'"jeg_views_count"><div class="counts">{thousands(views)}</div><span class='
                     f'"sharetext">{j(words[1])}</span></div></div><div class="jeg_sharelist">'
                     f"{nets}</div></div></div>")
        kicker = ""
        if rng.random() < 0.4:
            kicker = (f'<div class="jeg_post_category"><span><a href="{base}/category/'
                      f'{slug(category)}/" class="category-{slug(category)}">{j(category)}</a>'
                      "</span></div>")
        top = [crumbs, kicker, f'<h1 class="jeg_post_title">{escape(text.headline)}</h1>', meta]
        inner = (f'<div class="jeg_featured featured_image">{figure}</div>{share}<div class="'
                 f'entry-content no-share"><div class="content-inner ">{content}</div></div>')
        tag_html = (f'<div class="jeg_post_tags"><span>{j(tags_word)}</span> ' + " ".join(
            f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>' for t in tags) + "</div>")
        j.also(" ".join([tags_word, *tags]))
        after.append(tag_html)
        if rng.random() < 0.6:
            words = (("Previous Post", "Next Post") if english or rng.random() < 0.5 else
                     ("Sebelumnya", "Selanjutnya"))
            sides = []
            for word, o, side in zip(words, (prev_o, next_o), ("prev", "next"), strict=True):
                j.also(f"{word} {o.headline}")
                sides.append(f'<a href="{base}/{slug(o.headline)}/" class="post {side}-post">'
                             f'<span class="caption">{j(word)}</span><h3 class="post-title">'
                             f"{j(o.headline)}</h3></a>")
            after.append(f'<div class="jeg_prevnext_post">{"".join(sides)}</div>')
        if byline_shown and writer not in ("Redaksi",) and rng.random() < 0.5:
            after.append(f'<div class="jeg_authorbox"><div class="jeg_author_image"><img alt="" '
                         f'src="https://secure.gravatar.com/avatar/{_hex(rng, 32)}?s=80"></div>'
                         f'<div class="jeg_author_content"><h3 class="jeg_author_name"><a href="'
                         f'{base}/author/{slug(writer)}/">{j(writer)}</a></h3><p class="jeg_'
                         f'author_desc">{j(bio)}</p></div></div>')
        if related:
            j.also("Related Posts")
            after.append('<div class="jnews_related_post_container"><div class="jeg_postblock_22 '
                         'jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_'
                         f'title"><span>{j("Related")}<strong> {j("Posts")}</strong></span></h3>'
                         '</div><div class="jeg_posts jeg_load_more_flag">' + "".join(
                             f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="'
                             f'{base}/{slug(o.headline)}/">{j(o.headline)}</a></h3><div class="'
                             f'jeg_post_meta"><div class="jeg_meta_date"><i class="fa fa-clock-o">'
                             f"</i> {j(rel_dates(o))}</div></div></article>" for o in related)
                         + "</div></div></div>")
        if rng.random() < 0.5:
            line = rng.choice(("Discussion about this post", "Diskusi tentang post ini"))
            after.append(f'<div class="jnews_comment_container"><div class="jeg_comments"><h3 '
                         f'class="comment-heading">{j(line)}</h3></div></div>')
        article = (f'<div class="jeg_inner_content">{ticker}<div class="entry-header">'
                   f'{"".join(top)}</div>{inner}<div class="jeg_share_bottom_container"></div>'
                   f'{"".join(after)}</div>')
        body_cls = f"post-template-default single single-post postid-{post_id} jeg_single_tpl_2"
    elif theme == "newspaper":
        by = "By" if english else rng.choice(("Oleh", "By"))
        meta_bits = []
        if byline_shown:
            meta_bits.append(f'<div class="td-post-author-name"><div class="td-author-by">{j(by)}'
                             f'</div> <a href="{base}/author/{slug(writer)}/">{j(writer)}</a><div '
                             'class="td-author-line"> - </div></div>')
            j.also(f"{by} {writer} -")
            j.also(f"{by} {writer}")
        meta_bits.append(f'<span class="td-post-date">{date_el}</span>')
        if rng.random() < 0.7:
            meta_bits.append(f'<div class="td-post-views"><i class="td-icon-views"></i><span '
                             f'class="td-nr-views-{post_id}">{views}</span></div>')
        if rng.random() < 0.6:
            meta_bits.append(f'<div class="td-post-comments"><a href="{url}#respond"><i class="td-'
                             f'icon-comments"></i>{comments}</a></div>')
        cats = (f'<ul class="td-category"><li class="entry-category"><a href="{base}/category/'
                f'{slug(category)}/">{j(category)}</a></li></ul>') if rng.random() < 0.7 else ""
        header = (f'<div class="td-post-header">{cats}<header class="td-post-title"><h1 class="'
                  f'entry-title">{escape(text.headline)}</h1><div class="td-module-meta-info">'
                  f'{"".join(meta_bits)}</div></header></div>')
        share = ""
        if rng.random() < 0.7:
            word = "Share" if english else rng.choice(("Share", "Bagikan"))
            share = ('<div class="td-post-sharing td-post-sharing-top"><div class="td-post-sharing-'
                     f'visible"><div class="td-social-sharing-button td-social-sharing-button-js '
                     f'td-social-handler td-social-share-text"><div class="td-social-but-text">'
                     f'{j(word)}</div></div>' + "".join(
                         f'<a class="td-social-sharing-button td-social-{slug(x)}" href="#"><div '
                         f'class="td-social-but-icon"><i class="td-icon-{slug(x)}"></i></div><div '
                         f'class="td-social-but-text">{j(x)}</div></a>' for x in share_nets)
                     + "</div></div>")
            j.also(" ".join([word, *share_nets]))
        fig = figure.replace('class="featured-image"', 'class="td-post-featured-image"')
        foot = [f'<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix">'
                f'<li><span>{j(tags_word)}</span></li>' + "".join(
                    f'<li><a href="{base}/tag/{slug(t)}/">{j(t)}</a></li>' for t in tags)
                + "</ul></div>"]
        j.also(" ".join([tags_word, *tags]))
        if rng.random() < 0.7:
            words = (("Previous article", "Next article") if english else
                     ("Artikel sebelumnya", "Artikel berikutnya"))
            sides = []
            for word, o, side in zip(words, (prev_o, next_o), ("prev", "next"), strict=True):
                j.also(f"{word} {o.headline}")
                sides.append(f'<div class="td-block-span6 td-post-{side}-post"><div class="td-post-'
                             f'next-prev-content"><span>{j(word)}</span><a href="{base}/'
                             f'{slug(o.headline)}/">{j(o.headline)}</a></div></div>')
            foot.append(f'<div class="td-block-row td-post-next-prev">{"".join(sides)}</div>')
        if byline_shown and rng.random() < 0.6:
            foot.append(f'<div class="author-box-wrap"><a href="{base}/author/{slug(writer)}/">'
                        f'<img src="https://secure.gravatar.com/avatar/{_hex(rng, 32)}?s=96" '
                        f'class="avatar" alt=""></a><div class="desc"><div class="td-author-name '
                        f'vcard author"><span class="fn"><a href="{base}/author/{slug(writer)}/">'
                        f'{j(writer)}</a></span></div><div class="td-author-description">{j(bio)}'
                        "</div></div></div>")
        rel_html = ""
        if related:
            words = (("Related articles", "More from author") if english else
                     ("Artikel Terkait", "Lebih Banyak Dari Penulis"))
            j.also(" ".join(words))
            rel_html = ('<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-'
                        f'title td-block-title"><a href="#" class="td-related-left td-cur-simple-'
                        f'item">{j(words[0])}</a><a href="#" class="td-related-right">{j(words[1])}'
                        '</a></h4><div class="td_block_inner">' + "".join(
                            f'<div class="td-related-span4"><div class="td_module_related_posts">'
                            f'<h3 class="entry-title td-module-title"><a href="{base}/'
                            f'{slug(o.headline)}/">{j(o.headline)}</a></h3></div></div>'
                            for o in related) + "</div></div>")
        article = (f'<div class="td-ss-main-content">{ticker}{crumbs}<article id="post-{post_id}" '
                   f'class="post-{post_id} post type-post status-publish">{header}{share}<div '
                   f'class="td-post-content tagdiv-type">{fig}{content}</div><footer>'
                   f'{"".join(foot)}</footer></article>{rel_html}</div>')
        body_cls = f"post-template-default single single-post postid-{post_id} td-standard-pack"
    elif theme == "smartmag":
        by = "By" if english else rng.choice(("Oleh", "By"))
        items = []
        if byline_shown:
            j.also(f"{by} {writer}")
            items.append(f'<span class="meta-item post-author has-img"><img alt="" src="https://'
                         f'secure.gravatar.com/avatar/{_hex(rng, 32)}?s=32" class="avatar"> <span '
                         f'class="by">{j(by)}</span> <a href="{base}/author/{slug(writer)}/" '
                         f'rel="author">{j(writer)}</a></span>')
        items.append(f'<span class="meta-item has-next-icon date">{date_el}</span>')
        if updated:
            items.append(updated)
        if rng.random() < 0.6:
            line = (f"{read_min} Mins Read" if english else f"{read_min} Menit Baca")
            items.append(f'<span class="meta-item read-time has-icon"><i class="tsi tsi-clock">'
                         f"</i>{j(line)}</span>")
        cats = (f'<div class="post-meta-items meta-above"><span class="meta-item cat-labels"><a '
                f'href="{base}/category/{slug(category)}/" class="category term-color-'
                f'{rng.randrange(1, 9)}" rel="category">{j(category)}</a></span></div>'
                if rng.random() < 0.7 else "")
        header = (f'<div class="the-post-header s-head-modern s-head-modern-a"><div class="post-'
                  f'meta post-meta-a post-meta-left has-below">{cats}<h1 class="is-title post-'
                  f'title">{escape(text.headline)}</h1><div class="post-meta-items meta-below '
                  f'has-author-img">{"".join(items)}</div></div></div>')
        share = ""
        if rng.random() < 0.7:
            word = "Share" if english else rng.choice(("Share", "Bagikan"))
            share = (f'<div class="post-share post-share-b spc-social-colors"><span class="share-'
                     f'text">{j(word)}</span>' + "".join(
                         f'<a href="#" class="cf service s-{slug(x)}" title="Share on {attr(x)}">'
                         f'<i class="tsi tsi-{slug(x)}"></i><span class="label">{j(x)}</span></a>'
                         for x in share_nets) + "</div>")
            j.also(" ".join([word, *share_nets]))
        fig = figure.replace('class="featured-image"', 'class="featured cf"')
        foot = []
        tag_html = ('<div class="the-post-tags">' + " ".join(
            f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>' for t in tags) + "</div>")
        j.also(" ".join(tags))
        foot.append(tag_html)
        if rng.random() < 0.6:
            words = (("Previous Article", "Next Article") if english else
                     ("Artikel Sebelumnya", "Artikel Selanjutnya"))
            sides = []
            for word, o, side in zip(words, (prev_o, next_o), ("previous", "next"), strict=True):
                j.also(f"{word} {o.headline}")
                sides.append(f'<div class="post {side}"><a href="{base}/{slug(o.headline)}/"><span'
                             f' class="label">{j(word)}</span><span class="title">'
                             f"{j(o.headline)}</span></a></div>")
            foot.append(f'<section class="navigate-posts">{"".join(sides)}</section>')
        if byline_shown and rng.random() < 0.5:
            foot.append(f'<div class="author-box"><section class="author-info"><img src="https://'
                        f'secure.gravatar.com/avatar/{_hex(rng, 32)}?s=95" class="avatar" alt="">'
                        f'<div class="description"><a href="{base}/author/{slug(writer)}/" class="'
                        f'author">{j(writer)}</a><p class="bio author-bio">{j(bio)}</p></div>'
                        "</section></div>")
        if related:
            word = "Related Posts" if english else rng.choice(("Berita Terkait", "Related Posts"))
            foot.append(f'<section class="related-posts"><div class="block-head block-head-ac '
                        f'block-head-c"><h4 class="heading">{j(word)}</h4></div><div class="loop '
                        f'loop-grid loop-grid-sm">' + "".join(
                            f'<article class="l-post grid-sm-post"><h2 class="is-title post-'
                            f'title"><a href="{base}/{slug(o.headline)}/">{j(o.headline)}</a></h2>'
                            f'<div class="post-meta"><time class="post-date">{j(rel_dates(o))}'
                            "</time></div></article>" for o in related) + "</div></section>")
        article = (f'<div class="main-content the-post s-post-modern">{ticker}{crumbs}<article '
                   f'id="post-{post_id}" class="the-post post-{post_id} post type-post">{header}'
                   f'{fig}<div class="post-content-wrap has-share-float">{share}<div class="post-'
                   f'content cf entry-content content-spacious">{content}</div></div>'
                   f'{"".join(foot)}</article></div>')
        body_cls = f"post-template-default single single-post postid-{post_id} has-lb layout-normal"
    else:  # soledad
        by = "by" if english else rng.choice(("oleh", "by"))
        items = []
        if byline_shown:
            j.also(f"{by} {writer}")
            items.append(f'<span class="author-italic author vcard">{j(by)} <a class="author-url '
                         f'url fn n" href="{base}/author/{slug(writer)}/">{j(writer)}</a></span>')
        items.append(f"<span>{date_el}</span>")
        if rng.random() < 0.6:
            line = f"{comments} {'comment' if english else 'komentar'}"
            items.append(f'<span><a class="comment-link" href="#respond">{j(line)}</a></span>')
        if rng.random() < 0.6:
            line = f"{thousands(views)} {'views' if english else 'dilihat'}"
            items.append(f'<span><i class="penci-faicon fa fa-eye"></i>{j(line)}</span>')
        if rng.random() < 0.6:
            line = (f"{read_min} minute read" if english else f"{read_min} menit baca")
            items.append(f'<span class="single-readtime"><i class="penci-faicon fa fa-clock-o"></i>'
                         f"{j(line)}</span>")
        cats = (f'<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name '
                f'penci-cat-{rng.randrange(2, 40)}" href="{base}/category/{slug(category)}/" rel='
                f'"category tag">{j(category)}</a></span></div>') if rng.random() < 0.75 else ""
        header = (f'<div class="header-standard header-classic single-header">{cats}<h1 class="'
                  f'post-title single-post-title entry-title">{escape(text.headline)}</h1><div '
                  f'class="post-box-meta-single">{"".join(items)}</div></div>')
        fig = figure.replace('class="featured-image"', 'class="post-image"')
        tag_html = ('<div class="post-tags">' + "".join(
            f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>' for t in tags) + "</div>")
        j.also(" ".join(tags))
        share = ""
        if rng.random() < 0.7:
            share = ('<div class="tags-share-box center-box"><div class="post-share">' + "".join(
                f'<a class="post-share-item post-share-{slug(x)}" href="#"><i class="penci-faicon '
                f'fa fa-{slug(x)}"></i><span class="dt-share">{j(x)}</span></a>'
                for x in share_nets) + "</div></div>")
            j.also(" ".join(share_nets))
        foot = []
        if rng.random() < 0.6:
            words = ("Previous article", "Next article") if english else ("Berita Sebelumnya",
                                                                          "Berita Selanjutnya")
            sides = []
            for word, o, side in zip(words, (prev_o, next_o), ("prev", "next"), strict=True):
                j.also(f"{word} {o.headline}")
                sides.append(f'<div class="{side}-post"><div class="{side}-post-inner"><div class="'
                             f'{side}-post-title"><span>{j(word)}</span></div><a href="{base}/'
                             f'{slug(o.headline)}/"><div class="pagi-text"><h5 class="'
                             f'{side}-title">{j(o.headline)}</h5></div></a></div></div>')
            foot.append(f'<div class="post-pagination">{"".join(sides)}</div>')
        if byline_shown and rng.random() < 0.5:
            foot.append(f'<div class="post-author"><div class="author-img"><img alt="" src="https:'
                        f'//secure.gravatar.com/avatar/{_hex(rng, 32)}?s=100"></div><div class="'
                        f'author-content"><h5><a href="{base}/author/{slug(writer)}/">{j(writer)}'
                        f"</a></h5><p>{j(bio)}</p></div></div>")
        if related:
            word = "You may also like" if english else rng.choice(("Baca Juga", "Berita Terkait",
                                                                   "Mungkin Anda suka"))
            foot.append(f'<div class="post-related"><div class="post-title-box"><h4 class="post-box'
                        f'-title">{j(word)}</h4></div><div class="penci-owl-carousel-slider">'
                        + "".join(f'<div class="item-related"><h3><a href="{base}/'
                                  f'{slug(o.headline)}/">{j(o.headline)}</a></h3><span class='
                                  f'"date">{j(rel_dates(o))}</span></div>' for o in related)
                        + "</div></div>")
        article = (f'<article id="post-{post_id}" class="post type-post status-publish">{ticker}'
                   f'{crumbs}{header}{fig}<div class="post-entry blockquote-style-1"><div class="'
                   f'inner-post-entry entry-content" id="penci-post-entry-inner">{content}'
                   f'{tag_html}</div></div>{share}{"".join(foot)}</article>')
        body_cls = f"post-template-default single single-post postid-{post_id} soledad-ver-8"
    if updated and theme != "smartmag":
        article = article.replace("</time>", "</time>" + updated, 1) if in_body else \
            article.replace(f'<span class="date">{escape(printed)}</span>',
                            f'<span class="date">{escape(printed)}</span>{updated}', 1)

    title = _title(rng, text.headline, site)
    head = _head(rng, text, site, url, machine, author, in_body,
                 rng.choice(("NewsArticle", "Article", "NewsArticle")))
    if machine and stamp == "utc" and rng.random() < 0.5:
        head.append('<meta name="generator" content="Yoast SEO">')
    trending = "".join(f'<li><a href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
                       for o in others[:3])
    body = (f'<div class="top-bar"><span class="today">{_long(day, day_name=True)}</span></div>'
            f'<header class="site-header"><div class="logo"><a href="{base}/"><img src="{base}/'
            f'wp-content/uploads/logo.png" alt="{attr(site)}"></a></div><nav class="main-menu">'
            f'<ul><li>Home</li><li>Daerah</li><li>Politik</li><li>Hukum</li><li>Ekonomi</li>'
            f'<li>Olahraga</li></ul></nav></header><div class="container"><div class="row"><div '
            f'class="col-md-8 main-col">{article}</div><aside class="col-md-4 sidebar"><div class='
            f'"widget"><h3 class="widget-title">Terpopuler</h3><ol>{trending}</ol></div><div '
            f'class="widget ads"><span>Advertisement</span></div></aside></div></div><footer '
            f'class="site-footer"><p>&copy; {day.year} {escape(site)}. All Rights Reserved.</p>'
            "<ul><li>Redaksi</li><li>Pedoman Media Siber</li><li>Kontak</li></ul></footer>")
    html = _shell(title, head, body_cls, body)
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


# -- 2. a regency's site of the 2000s, still online --------------------------------------------

# (the site's name, host, zone, city)
_OLD_SITES = (
    ("Pemerintah Kabupaten Halmahera Tengah", "www.halmaheratengahkab.go.id", "WIT", "Weda"),
    ("Dinas Pendidikan Kabupaten Lebak", "disdik.lebakkab.go.id", "WIB", "Rangkasbitung"),
    ("Pemerintah Kota Tidore Kepulauan", "www.tidorekota.go.id", "WIT", "Tidore"),
    ("Pemerintah Kabupaten Toraja Utara", "www.torajautarakab.go.id", "WITA", "Rantepao"),
    ("Pemerintah Kabupaten Sikka", "www.sikkakab.go.id", "WITA", "Maumere"),
    ("Pemerintah Kabupaten Musi Rawas", "www.musirawaskab.go.id", "WIB", "Lubuklinggau"),
    ("Pemerintah Kota Sawahlunto", "www.sawahluntokota.go.id", "WIB", "Sawahlunto"),
    ("Badan Kepegawaian Daerah Kabupaten Ketapang", "bkd.ketapangkab.go.id", "WIB", "Ketapang"),
    ("Pemerintah Kabupaten Buton", "www.butonkab.go.id", "WITA", "Pasarwajo"),
    ("Pemerintah Kabupaten Asmat", "www.asmatkab.go.id", "WIT", "Agats"),
    ("Dinas Kesehatan Kabupaten Tapanuli Selatan", "dinkes.tapselkab.go.id", "WIB",
     "Sipirok"),
    ("Kantor Kecamatan Tanjung Redeb", "kec-tanjungredeb.beraukab.go.id", "WITA",
     "Tanjung Redeb"),
)
_POSTERS = ("admin", "Admin", "administrator", "webmaster", "Humas", "Bagian Humas", "redaksi",
            "operator")


def _ascii(page: str) -> str:
    """The page as an old editor wrote it: every character beyond ASCII as an entity."""
    out = []
    for ch in page:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in codepoint2name and ord(ch) % 2 == 0:  # named or numbered
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def _old_date(rng: random.Random, zone: str, *, phpnuke: bool) -> tuple[datetime, str, bool]:
    """An old site's date: mostly a date alone; a server's bare clock only in WIB."""
    pick = rng.random()
    shape = "plain" if pick < 0.55 else "bare" if zone == "WIB" and pick < 0.8 else "zoned"
    when = when_in(rng, zone, seconds=rng.random() < 0.5, office_hours=shape == "plain")
    d = when.date()
    en_day = DAYS_EN[d.weekday()]
    if shape == "plain":
        form = rng.choice((f"{d:%d-%m-%Y}", f"{d:%d/%m/%Y}", _long(d, day_name=True), _long(d),
                           f"{en_day}, {d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                           f"{d:%Y-%m-%d}", f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}",
                           f"{d:%d.%m.%Y}"))
    elif shape == "bare":
        hms = f"{when:%H:%M:%S}" if when.second else f"{when:%H:%M}"
        form = rng.choice((f"{d:%Y-%m-%d} {hms}", f"{d:%d-%m-%Y} {hms}",
                           f"{_long(d, day_name=True)} {hms}",
                           f"{en_day}, {d.day} {MONTHS_EN[d.month - 1]} {d.year} - {when:%H:%M}",
                           f"{d:%d/%m/%Y} Jam {when:%H:%M}"))
    else:
        hms = f"{when:%H:%M:%S}" if when.second else f"{when:%H:%M}"
        form = rng.choice((f"{_long(d, day_name=True)} - {when:%H:%M} {zone}",
                           f"{d:%d-%m-%Y} {hms} {zone}", f"{_long(d)} Jam {when:%H:%M} {zone}",
                           f"{d:%d/%m/%Y} {when:%H.%M} {zone}"))
    if phpnuke and shape != "plain":
        form = rng.choice((f"{_long(d, day_name=True)} @ {when:%H:%M:%S} {zone}",
                           f"{en_day}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} @ "
                           f"{when:%H:%M:%S} {zone}"))
        shape = "zoned"
    return when, form, shape != "plain"


def _old_listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
                 marquee: str) -> tuple[str, str, Truth]:
    day = when_in(rng, zone).date()
    heading = rng.choice(("Berita Lainnya", "Arsip Berita", "Indeks Berita", "Berita Daerah",
                          "BERITA", "Kabar Terkini"))
    shown = listing_items(rng, text, day, rng.randrange(8, 16))
    rows = "".join(
        f'<tr><td valign="top"><img src="images/bullet.gif" width="7" height="7"></td><td><a '
        f'href="{base}/index.php?option=berita&amp;id={rng.randrange(100, 9999)}"><font face="'
        f'Verdana" size="2"><b>{escape(o.headline)}</b></font></a> <font size="1" color="#666666">'
        f"({d:%d-%m-%Y})</font><br><font size=\"1\">{escape(_teaser(rng, o.paragraphs[0]))}"
        "</font></td></tr>" for o, d in shown)
    url = rng.choice((f"{base}/index.php?option=berita", f"{base}/berita.php?hal=2",
                      f"{base}/arsip.php"))
    page = (f'<html>\n<head>\n<title>{escape(rng.choice((site, f"..:: {site} ::..")))}</title>\n'
            f'</head>\n<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0"><table width="778" '
            f'border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/'
            f'header.jpg" width="778" height="150" alt="{attr(site)}"></td></tr><tr><td bgcolor="'
            f'#003366">{marquee}</td></tr><tr><td><table width="100%" cellpadding="4"><tr><td '
            f'colspan="2"><font face="Arial" size="3" color="#003366"><b>{escape(heading)}</b>'
            f'</font><hr size="1"></td></tr>{rows}</table><p align="center"><font size="2">'
            f'Halaman: <b>1</b> <a href="?hal=2">2</a> <a href="?hal=3">3</a> <a href="?hal=2">'
            f"[Selanjutnya]</a></font></p></td></tr><tr><td align=\"center\"><font size=\"1\">"
            f"Copyright &copy; 2009 {escape(site)}</font></td></tr></table></body></html>")
    return url, _ascii(page), Truth(heading, (), shown[0][1], None, site, (), article=False)


def legacy_gov_site(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regency's, a service's or a district's site of the 2000s still online: a
    hand-made Dreamweaver table layout (sliced header images, ``<font face="Verdana"
    size="2">``, the text in one cell as lines separated by ``<br><br>``, unclosed
    ``<P>`` in capitals, ``<div align="justify">``), a PHP-Nuke-like portal ("Dikirim pada
    Senin, 12 Maret 2024 @ 10:21:33 WIT oleh admin", "(233 dibaca)", "Topik:", "Versi
    Cetak", "Kirim ke Teman", the article's rating) or an AuraCMS-like one ("Tanggal : 12
    Mar 2024 | Dibaca : 233 kali | Oleh : admin"); no meta tags or only a legacy charset
    (``windows-1252``, ``iso-8859-1``) and a generator, a title that is often only the
    site's name ("..:: Website Resmi ... ::..", "Untitled Document"), a marquee's running
    text, visitor counters, a poll, "[ Kembali ]", "Cetak", "Kirim ke teman", "Komentar
    (0)", a "Berita Lainnya" list with dates, "Sumber:" lines, an upper-case headline at
    times; dates as PHP prints them: a date alone mostly, a server's bare clock at WIB's
    sites, or the zone."""
    site, host, zone, city = rng.choice(_OLD_SITES)
    base = f"http://{host}"
    look = rng.choice(("table", "table", "phpnuke", "auracms"))
    words = rng.choice((f"Selamat Datang di Website Resmi {site}",
                        f"Selamat datang di situs {site} ... Melayani dengan sepenuh hati",
                        f"{site.upper()} &bull; Jl. Ahmad Yani No. 1 {city}"))
    marquee = (f'<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.'
               f'stop()" onmouseout="this.start()"><font color="#FFFF00" face="Arial" size="2">'
               f"<b>{escape(words) if '&bull;' not in words else words}</b></font></marquee>")
    if rng.random() < 1 / 8:
        return _old_listing(rng, text, site, base, zone, marquee)
    when, printed, timed = _old_date(rng, zone, phpnuke=look == "phpnuke")
    day = when.date()
    news_id = rng.randrange(10, 3000)
    url = {"table": rng.choice((f"{base}/berita.php?id={news_id}", f"{base}/detail_berita.php?"
                                f"id={news_id}", f"{base}/index.php?hal=berita&id={news_id}")),
           "phpnuke": f"{base}/modules.php?name=News&file=article&sid={news_id}",
           "auracms": f"{base}/index.php?pilih=news&mod=yes&aksi=lihat&id={news_id}"}[look]
    j = Junk()
    upper = rng.random() < 0.1
    headline = text.headline.upper() if upper else text.headline
    poster = rng.choice(_POSTERS)
    show_poster = rng.random() < 0.8
    author = poster if show_poster else None
    hits = rng.randrange(12, 6000)
    face = rng.choice(("Verdana, Arial, Helvetica, sans-serif", "Arial", "Tahoma", "Verdana"))

    # the meta line
    if look == "phpnuke":
        topic = rng.choice(_CATEGORIES)
        if rng.random() < 0.6:
            line = (f"Dikirim pada {printed} oleh {poster}" if show_poster else
                    f"Dikirim pada {printed}")
        else:
            line = (f"Posted on {printed} by {poster}" if show_poster else f"Posted on {printed}")
        reads = rng.choice((f"({hits} dibaca)", f"({hits} reads)", f"({hits} kali dibaca)"))
        j.also(f"{line} {reads}")
        meta = (f'<font class="content" size="1">{j(line)}<br>\n{j(reads)}</font>'
                if rng.random() < 0.5 else
                f'<font class="tiny">{j(line)} {j(reads)}</font>')
        if rng.random() < 0.5:
            tline = f"Topik: {topic}"
            meta += f'<br><font class="tiny">{j(tline)}</font>'
    elif look == "auracms":
        bits = [f"Tanggal : {printed}", f"Dibaca : {hits} kali"]
        if show_poster:
            bits.append(f"Oleh : {poster}")
        glue = rng.choice((" | ", " - ", " &nbsp;|&nbsp; "))
        shown_glue = glue.replace("&nbsp;", "\xa0")
        j.also(shown_glue.join(bits))
        meta = ('<div class="info-berita"><font size="1" color="#808080">'
                + glue.join(f"<i>{j(b)}</i>" for b in bits) + "</font></div>")
    else:
        shape = rng.random()
        if shape < 0.4:
            bits = ([f"Diposting oleh: {poster}"] if show_poster else []) + [
                printed, f"Dibaca: {hits} kali"]
            j.also(" | ".join(bits))
            meta = ('<font size="1" color="#999999">'
                    + " | ".join(j(b) for b in bits) + "</font>")
        elif shape < 0.7:
            lines = [f"Tanggal : {printed}"]
            if show_poster:
                lines.append(f"Penulis : {poster}")
            lines.append(f"Hits : {hits}")
            meta = ('<table border="0" cellpadding="0" cellspacing="0"><tr>'
                    + "".join(f'<td><font size="1">{j(x)}</font>&nbsp;&nbsp;</td>' for x in lines)
                    + "</tr></table>")
            j.also(" ".join(lines))
        else:
            first = (f"[ {printed} ]" if not show_poster else f"[ {printed} ] oleh {poster}")
            meta = f'<font size="1"><i>{j(first)}</i></font>'
            if rng.random() < 0.5:
                meta += f'<br><font size="1">{j(f"{hits} kali dibaca")}</font>'

    # the text in one cell
    joint = rng.choice(("br", "br", "br", "P", "div", "brnl"))
    parts = []
    indent = rng.random() < 0.3
    for paragraph in text.paragraphs:
        words_p = escape(paragraph)
        if indent:
            words_p = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + words_p
        parts.append(words_p)
    if joint == "br":
        body_text = "<br><br>\n".join(parts)
    elif joint == "brnl":
        body_text = "\n<br />\n<br />\n".join(parts)
    elif joint == "P":
        body_text = "".join(f"\n<P align=\"justify\">{x}" for x in parts)
    else:
        body_text = "".join(f'<div align="justify">{x}</div><br>' for x in parts)
    tail = []
    if rng.random() < 0.4:
        line = rng.choice((f"Sumber: Bagian Humas Setda {city}", "Sumber : Humas",
                           f"(Humas {city})", "(hms)", f"Sumber: Dinas Kominfo {city}"))
        tail.append(f"<br><br><i>{j(line)}</i>")
    pic = ""
    if rng.random() < 0.5:
        cap = ""
        if rng.random() < 0.5:
            line = rng.choice((f"Foto: Humas {city}", "Foto : Dokumentasi", f"Kegiatan di {city}"))
            cap = f'<br><font size="1"><i>{j(line)}</i></font>'
        pic = (f'<table align="{rng.choice(("left", "right"))}" border="0" cellpadding="4"><tr>'
               f'<td><img src="{base}/foto_berita/{news_id}{token(rng, 3)}.jpg" width="200" '
               f'height="150" border="1" alt="">{cap}</td></tr></table>')
    tools = []
    if rng.random() < 0.8:
        items = rng.sample(("[ Kembali ]", "Cetak", "Kirim ke teman", "Komentar (0)",
                            "Versi Cetak", "Print", "« Kembali", "Kirim Artikel ini ke Teman",
                            "Simpan sebagai PDF"), rng.randrange(1, 4))
        sep = rng.choice((" | ", " :: ", " - "))
        j.also(sep.join(items))
        links = []
        for x in items:
            if "Kembali" in x:
                links.append(f'<a href="javascript:history.back()">{j(x)}</a>')
            elif "Kirim" in x:
                links.append(f'<a href="{base}/kirim_teman.php?id={news_id}">{j(x)}</a>')
            elif "Komentar" in x:
                links.append(f'<a href="{base}/komentar.php?id={news_id}">{j(x)}</a>')
            else:
                links.append(f'<a href="{base}/cetak.php?id={news_id}" target="_blank"><img src="'
                             f'images/print.gif" border="0" alt=""> {j(x)}</a>')
        tools.append(f'<div align="right"><font size="1">{escape(sep).join(links)}</font></div>')
    if look == "phpnuke" and rng.random() < 0.5:
        lines = ["Rating Artikel", "Nilai rata-rata: 0", "Suara: 0",
                 "Beri nilai artikel ini:", "Jelek", "Bagus"]
        j.also("Nilai rata-rata: 0 Suara: 0")
        tools.append('<table class="rating" border="0"><tr><td><font class="option"><b>'
                     f'{j(lines[0])}</b></font><br><font class="content">{j(lines[1])}<br>'
                     f'{j(lines[2])}<br>{j(lines[3])} <select name="score"><option>5</option>'
                     f'<option>1</option></select> <input type="submit" value="Pilih"></font>'
                     f'<br><font size="1">{j(lines[4])} - {j(lines[5])}</font></td></tr></table>')
        j.also(f"{lines[4]} - {lines[5]}")
    others = other_texts(rng, text, 5)
    if rng.random() < 0.6:
        word = rng.choice(("Berita Lainnya:", "Berita Terkait :", "BERITA LAINNYA", "Baca Juga:"))
        rows = []
        for o in others[: rng.randrange(3, 6)]:
            d = day - timedelta(days=rng.randrange(1, 60))
            stamp = f"({d:%d-%m-%Y})" if rng.random() < 0.5 else f"({d:%d/%m/%Y})"
            j.also(f"{o.headline} {stamp}")
            rows.append(f'<li><a href="{base}/berita.php?id={rng.randrange(10, news_id + 1)}">'
                        f'{j(o.headline)}</a> <font size="1" color="#999999">{j(stamp)}</font>'
                        "</li>")
        tools.append(f'<br><font size="2"><b>{j(word)}</b></font><ul>{"".join(rows)}</ul>')

    heading_html = {
        "table": rng.choice((f'<font size="3" color="#990000" face="Arial"><b>{escape(headline)}'
                             "</b></font>", f'<span class="judul">{escape(headline)}</span>',
                             f"<h3>{escape(headline)}</h3>", f'<font size="4"><strong>'
                             f"{escape(headline)}</strong></font>")),
        "phpnuke": f'<font class="title"><b>{escape(headline)}</b></font>',
        "auracms": rng.choice((f'<h2 class="judul_berita">{escape(headline)}</h2>',
                               f'<div class="judul"><b>{escape(headline)}</b></div>')),
    }[look]
    inner = (f"{heading_html}<br>\n{meta}<br><br>\n{pic}<font face=\"{face}\" size=\"2\">"
             f'{body_text}{"".join(tail)}</font><br><br>\n{"".join(tools)}')
    if look == "phpnuke":
        content = (f'<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="'
                   f'#000000"><tr><td><table width="100%" border="0" cellspacing="1" cellpadding='
                   f'"8" bgcolor="#FFFFFF"><tr><td>{inner}</td></tr></table></td></tr></table>')
    elif look == "auracms":
        content = f'<div class="border"><div class="isi">{inner}</div></div>'
    else:
        content = (f'<table width="100%" border="0" cellpadding="5" cellspacing="0"><tr><td '
                   f'valign="top" class="isi">{inner}</td></tr></table>')

    # the frame of the page: the header, the menu, the counters
    counter = rng.random()
    visits = f"{rng.randrange(10**4, 10**6):07d}"
    counters = (f'<table width="100%" class="statistik"><tr><td><font size="1">Pengunjung Hari Ini'
                f": {rng.randrange(5, 300)}<br>Total Pengunjung: {visits}<br>Online: "
                f"{rng.randrange(1, 9)}</font></td></tr></table>" if counter < 0.5 else
                f'<p align="center"><img src="{base}/counter/counter.php?digits=7" alt="{visits}">'
                f"<br><font size=\"1\">Anda pengunjung ke-{int(visits)}</font></p>")
    poll = ("<table width=\"100%\"><tr><td><font size=\"2\"><b>Jajak Pendapat</b><br>Bagaimana "
            "pelayanan kami?<br><input type=\"radio\" name=\"p\"> Baik<br><input type=\"radio\" "
            "name=\"p\"> Cukup<br><input type=\"radio\" name=\"p\"> Kurang<br><input type=\""
            "submit\" value=\"Pilih\"></font></td></tr></table>") if rng.random() < 0.5 else ""
    menu = "".join(f'<tr><td class="menu"><img src="images/arrow.gif"> <a href="{base}/{m}.php">'
                   f"<font color=\"#FFFFFF\" size=\"2\">{label}</font></a></td></tr>"
                   for m, label in (("index", "Beranda"), ("profil", "Profil Daerah"),
                                    ("berita", "Berita"), ("pengumuman", "Pengumuman"),
                                    ("galeri", "Galeri Foto"), ("bukutamu", "Buku Tamu"),
                                    ("kontak", "Hubungi Kami")))
    charset = rng.choice(("windows-1252", "iso-8859-1", "ISO-8859-1", "", ""))
    head = []
    if charset:
        head.append(f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    if rng.random() < 0.3:
        head.append(rng.choice(('<meta name="GENERATOR" content="Microsoft FrontPage 6.0">',
                                '<meta name="generator" content="PHP-Nuke 7.6">',
                                '<meta name="generator" content="AuraCMS 2.2">')))
    if rng.random() < 0.2:
        head.append('<meta name="keywords" content="pemerintah, kabupaten, berita, daerah">')
    title = rng.choice((site, f"..:: {site} ::..", f":: Website Resmi {site} ::",
                        "Untitled Document", _title(rng, text.headline, site),
                        f"{site} - Berita"))
    side = rng.random() < 0.5
    doctype = rng.choice(('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n',
                          '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                          '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n', ""))
    left = (f'<td width="180" valign="top" bgcolor="#336699"><table width="100%" cellpadding="3">'
            f"{menu}</table>{counters}{poll}</td>")
    page = (f"{doctype}<html>\n<head>\n<title>{escape(title)}</title>\n{''.join(head)}\n"
            '<link href="style.css" rel="stylesheet" type="text/css">\n</head>\n<body bgcolor='
            '"#E5E5E5" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n<table '
            'width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor='
            f'"#FFFFFF"><tr><td colspan="2"><img src="images/index_01.jpg" width="778" height='
            f'"120" alt=""></td></tr><tr><td colspan="2" bgcolor="#003366">{marquee}</td></tr>'
            f"<tr>{left if side else ''}<td valign=\"top\">{content}</td>"
            f"{'' if side else left}</tr><tr><td colspan=\"2\" align=\"center\" bgcolor="
            f'"#003366"><font color="#FFFFFF" size="1">Copyright &copy; '
            f"{rng.choice((2007, 2008, 2009, 2010))} {escape(site)}<br>Best viewed with Internet "
            "Explorer 6.0 1024 x 768</font></td></tr>"
            "</table>\n</body>\n</html>")
    published: datetime | date = when if timed else day
    return url, _ascii(page), Truth(headline, text.paragraphs, published, author, site,
                                    tuple(j.lines))


# -- 3. the page of a video in a "Video" section -----------------------------------------------

# (the site's name, host, zone, city, kind)
_VIDEO_SITES = (
    ("Kaltara TV", "kaltaratv.co.id", "WITA", "Tanjung Selor", "tv"),
    ("Sriwijaya Channel", "sriwijayachannel.id", "WIB", "Palembang", "tv"),
    ("Tabura TV", "taburatv.com", "WIT", "Jayapura", "tv"),
    ("Diskominfo Kabupaten Banyuwangi", "diskominfo.banyuwangikab.go.id", "WIB", "Banyuwangi",
     "gov"),
    ("Humas Pemprov NTB", "humas.ntbprov.go.id", "WITA", "Mataram", "gov"),
    ("Kabar Maluku TV", "kabarmalukutv.com", "WIT", "Ambon", "tv"),
    ("Jambi Satu TV", "jambisatutv.id", "WIB", "Jambi", "tv"),
    ("Pemerintah Kota Bitung", "bitungkota.go.id", "WITA", "Bitung", "gov"),
    ("Warta Borneo", "wartaborneo.com", "WIB", "Pontianak", "outlet"),
    ("Celebes News TV", "celebesnewstv.id", "WITA", "Palu", "tv"),
    ("Media Center Kabupaten Sleman", "mediacenter.slemankab.go.id", "WIB", "Sleman", "gov"),
    ("Nusa Tenggara Pos", "ntpos.co.id", "WITA", "Kupang", "outlet"),
)
_CHAPTERS = ("Pembuka", "Keterangan {who}", "Suasana di lokasi", "Wawancara warga", "Penutup",
             "Keterangan pers", "Sambutan {who}", "Tinjauan lapangan", "Tanya jawab")
_WHO = ("Bupati", "Wali Kota", "Gubernur", "Kepala Dinas", "Sekda", "Camat", "Kapolres")


def _duration(rng: random.Random) -> tuple[int, str]:
    seconds = rng.randrange(35, 25 * 60)
    return seconds, f"{seconds // 60:02d}:{seconds % 60:02d}"


def _compact_count(n: int, *, english: bool) -> str:
    """YouTube's short counts: "1,2 rb", "12 rb", "1,5 jt", "1.2K"."""
    if n < 1000:
        return str(n)
    if n < 10**6:
        k = n / 1000
        shown = f"{k:.1f}" if k < 10 else f"{int(k)}"
        shown = shown.removesuffix(".0")
        return f"{shown}K" if english else f"{shown.replace('.', ',')} rb"
    m = n / 10**6
    shown = f"{m:.1f}".removesuffix(".0")
    return f"{shown}M" if english else f"{shown.replace('.', ',')} jt"


def _video_listing(rng: random.Random, text: Text, site: str, base: str, zone: str
                   ) -> tuple[str, str, Truth]:
    day = when_in(rng, zone).date()
    heading = rng.choice(("Video", "Video Terbaru", "Galeri Video", "Video Berita",
                          "Indeks Video", "Video Daerah"))
    shown = listing_items(rng, text, day, rng.randrange(8, 16))
    cards = []
    for o, d in shown:
        _s, dur = _duration(rng)
        seen = _compact_count(rng.randrange(20, 90000), english=False)
        cards.append(f'<div class="video-card col-6 col-md-3"><a href="{base}/video/'
                     f'{slug(o.headline)}"><div class="thumb"><img src="https://i.ytimg.com/vi/'
                     f'{token(rng, 11)}/'
                     f'hqdefault.jpg" alt=""><span class="duration">{dur}</span><span class="play-'
                     f'icon">&#9654;</span></div><h3 class="video-title">{escape(o.headline)}</h3>'
                     f'</a><div class="meta"><span>{seen} x ditonton</span> &middot; <span>'
                     f"{_long(d)}</span></div></div>")
    url = f"{base}/{rng.choice(('video', 'video/', 'video?page=2', 'kanal/video'))}"
    body = (f'<header class="navbar"><a class="brand" href="{base}/">{escape(site)}</a><ul><li>'
            f'Beranda</li><li>Berita</li><li class="active">Video</li><li>Live</li></ul></header>'
            f'<main class="container"><h1 class="section-title">{escape(heading)}</h1><div class="'
            f'row video-grid">{"".join(cards)}</div><nav><ul class="pagination"><li class="active">'
            f'1</li><li><a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a href="?'
            f'page=2">&raquo;</a></li></ul></nav></main><footer>&copy; {day.year} '
            f"{escape(site)}</footer>")
    html = _shell(f"{heading} - {site}", [], "video-index", body)
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


def video_news_page(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """The page of a video in a regional TV station's, an outlet's or a government's
    "Video" section: the player first (a YouTube iframe, a ``lite-youtube`` element with
    its "Play" label, an HTML5 player with its "Browser Anda tidak mendukung" fallback and
    its duration), the headline under it or above it, "VIDEO" badges, the views ("1,2 rb x
    ditonton", "12.345 views"), the upload date ("Diunggah 27 Mei 2025", "Tayang: Senin,
    27 Mei 2025 | 14:05 WIB", "27/5/2025", "3 hari yang lalu" beside an offset stamp),
    the duration ("Durasi: 03:12"), likes, the channel's box ("12 rb subscriber",
    "Subscribe" / "Berlangganan"), the description (the first paragraphs of the text or
    all of them) with "Selengkapnya" / "Tampilkan lebih sedikit", chapter stamps
    ("01:05 Keterangan Bupati"), hashtags, the crew's credits ("Reporter:",
    "Kamerawan:", "Editor Video:", "Narator:"), share buttons, "Tonton Juga" lists and a
    playlist ("Playlist Berita Daerah", "3/12") with durations; og's ``video.other``, a
    VideoObject's ``uploadDate`` with an offset, in UTC or none, and ``duration``."""
    site, host, zone, city, kind = rng.choice(_VIDEO_SITES)
    base = f"https://{rng.choice(('', 'www.')) if kind != 'gov' else ''}{host}"
    if rng.random() < 1 / 8:
        return _video_listing(rng, text, site, base, zone)
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.45,
                                        stamps=("offset", "utc", "none"), ago=0.1)
    day = when.date()
    machine = _machine(when, stamp)
    s = slug(text.headline)
    vid = rng.randrange(1000, 99999)
    url = rng.choice((f"{base}/video/{s}", f"{base}/video/{vid}/{s}", f"{base}/video/{s}-{vid}",
                      f"{base}/tv/{day:%Y/%m/%d}/{s}", f"{base}/watch/{vid}"))
    j = Junk()
    english = rng.random() < 0.2
    yt = token(rng, 11).replace("z", "Z")
    seconds, dur = _duration(rng)
    n_par = len(text.paragraphs)
    shown_n = n_par if rng.random() < 0.5 else rng.randrange(min(2, n_par), n_par + 1)
    paragraphs = text.paragraphs[:shown_n]
    views = rng.randrange(15, 250000)
    likes = rng.randrange(0, max(1, views // 20))
    subs = rng.randrange(200, 900000)
    channel = rng.choice((site, site, f"{site} Official", city.upper() + " TV" if kind == "tv"
                          else site))
    crew = {"Reporter": _person(rng), "Kamerawan": _person(rng), "Editor Video": _person(rng),
            "Narator": _person(rng)}
    credits_shown = rng.random() < 0.6
    author = crew["Reporter"] if credits_shown else None

    # the player
    player_look = rng.choice(("iframe", "iframe", "lite", "html5"))
    if player_look == "iframe":
        player = (f'<div class="video-player ratio ratio-16x9"><iframe width="100%" height="100%" '
                  f'src="https://www.youtube.com/embed/{yt}?rel=0&amp;autoplay=0" title="'
                  f'{attr(text.headline)}" frameborder="0" allow="accelerometer; autoplay; '
                  f'clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
                  "allowfullscreen></iframe></div>")
    elif player_look == "lite":
        label = "Play" if english else rng.choice(("Putar", "Putar video", "Play"))
        player = (f'<div class="video-player"><lite-youtube videoid="{yt}" style="background-'
                  f"image: url('https://i.ytimg.com/vi/{yt}/hqdefault.jpg');\" playlabel=\""
                  f'{attr(label)}: {attr(text.headline)}"><a href="https://youtube.com/watch?v='
                  f'{yt}" class="lty-playbtn" title="{attr(label)}"><span class="lyt-visually-'
                  f'hidden">{j(label)}: {escape(text.headline)}</span></a></lite-youtube></div>')
        j.also(f"{label}: {text.headline}")
    else:
        fallback = rng.choice(("Browser Anda tidak mendukung pemutar video HTML5.",
                               "Your browser does not support the video tag.",
                               "Maaf, browser Anda tidak mendukung video ini."))
        ctl = ["0:00", f"/ {dur.lstrip('0') if not dur.startswith('00') else dur[1:]}"]
        j.also(ctl[1])
        j.also(" ".join(ctl))
        player = (f'<div class="video-player video-js vjs-default-skin"><video id="vid-{vid}" '
                  f'class="vjs-tech" controls preload="metadata" poster="{base}/uploads/video/'
                  f'{token(rng, 10)}.jpg"><source src="https://cdn.{host}/hls/{vid}/index.m3u8" '
                  f'type="application/x-mpegURL">{j(fallback)}</video><div class="vjs-control-bar">'
                  f'<span class="vjs-current-time">{ctl[0]}</span> <span class="vjs-duration">'
                  f"{ctl[1]}</span></div></div>")
    badge = ""
    if rng.random() < 0.35:
        word = rng.choice(("VIDEO", "Video", "▶ VIDEO", "TV"))
        badge = f'<span class="badge badge-video">{j(word)}</span>'

    # the meta line
    printed = _id_date(form, when, zone) if form else _rel(rng)
    in_body = bool(machine) and rng.random() < 0.6
    label = rng.choice(("Diunggah", "Diunggah pada", "Dipublikasikan", "Tayang:", "", "",
                        "Published")) if not english else rng.choice(("Published", "Uploaded", ""))
    if not form:
        label = ""
    date_line = f"{label} {printed}".strip()
    if label:
        j.also(date_line)
    date_html = (f'<time datetime="{machine}">{j(printed)}</time>' if in_body else
                 f'<span class="upload-date">{j(printed)}</span>')
    date_el = (f'<span class="date">{j(label)} {date_html}</span>' if label else
               f'<span class="date">{date_html}</span>')
    view_line = (f"{thousands(views)} views" if english else rng.choice((
        f"{_compact_count(views, english=False)} x ditonton", f"{thousands(views)} kali ditonton",
        f"Ditonton {thousands(views)} kali", f"{thousands(views)} views")))
    bits = [f'<span class="views"><i class="fa fa-eye"></i> {j(view_line)}</span>']
    items = [view_line]
    if rng.random() < 0.6:
        dline = rng.choice((f"Durasi: {dur}", f"Durasi {dur}", dur, f"Duration: {dur}"))
        bits.append(f'<span class="duration"><i class="fa fa-clock-o"></i> {j(dline)}</span>')
        items.append(dline)
    date_first = rng.random() < 0.5
    if date_first:
        bits.insert(0, date_el)
        items.insert(0, date_line)
    else:
        bits.append(date_el)
        items.append(date_line)
    glue = rng.choice((" · ", " | ", " • ", " "))
    j.also(glue.join(items))
    meta = f'<div class="video-meta">{escape(glue).join(bits)}</div>'

    actions = ""
    if rng.random() < 0.6:
        acts = [_compact_count(likes, english=english), "Bagikan" if not english else "Share",
                "Simpan" if not english else "Save"]
        j.also(" ".join(acts))
        actions = (f'<div class="video-actions"><button class="like"><i class="fa fa-thumbs-up">'
                   f'</i> <span>{j(acts[0]) if not acts[0].isdigit() else acts[0]}</span></button>'
                   + "".join(f'<button class="btn-{slug(x)}">{j(x)}</button>' for x in acts[1:])
                   + "</div>")
    channel_box = ""
    if rng.random() < 0.65:
        sub_line = (f"{_compact_count(subs, english=True)} subscribers" if english else
                    f"{_compact_count(subs, english=False)} subscriber")
        button = "Subscribe" if english else rng.choice(("Subscribe", "Berlangganan", "SUBSCRIBE"))
        j.also(f"{channel} {sub_line}")
        j.also(f"{channel} {sub_line} {button}")
        channel_box = (f'<div class="channel-box d-flex"><img class="channel-logo" src="{base}/'
                       f'assets/img/logo-channel.png" alt="{attr(channel)}"><div class="channel-'
                       f'info"><a class="channel-name" href="https://www.youtube.com/@'
                       f'{_compact(channel).lower()}">{j(channel)}</a><div class="subs">'
                       f'{j(sub_line)}</div></div><a class="btn btn-danger btn-subscribe" href="'
                       f"https://www.youtube.com/@{_compact(channel).lower()}?sub_confirmation=1\">"
                       f"{j(button)}</a></div>")

    # the description
    dateline = _dateline(rng, city, _compact(site)[:6].upper(), site) if rng.random() < 0.3 else ""
    desc = []
    for n, paragraph in enumerate(paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"{j(dateline)} {words}"
        desc.append(f"<p>{words}</p>")
    if rng.random() < 0.3:
        marks = sorted(rng.sample(range(5, max(seconds - 5, 6)), min(4, max(1, seconds // 60))))
        lines = ["00:00 Pembuka"] + [
            f"{m // 60:02d}:{m % 60:02d} " + rng.choice(_CHAPTERS).format(who=rng.choice(_WHO))
            for m in marks]
        desc.append('<p class="chapters">' + "<br>".join(
            f'<a href="#t={k}">{escape(x.split()[0])}</a> {escape(x.split(" ", 1)[1])}'
            for k, x in enumerate(lines)) + "</p>")
        for x in lines:
            j.also(x)
            j.also(x.split(" ", 1)[1])
    if rng.random() < 0.4:
        tags = [f"#{_compact(city)}", f"#{_compact(site)}", "#BeritaDaerah",
                rng.choice(("#Pemerintahan", "#InfoPublik", "#BeritaTerkini", "#Viral"))]
        j.also(" ".join(tags))
        desc.append('<p class="hashtags">' + " ".join(
            f'<a href="{base}/tag/{t[1:].lower()}">{j(t)}</a>' for t in tags) + "</p>")
    credit_html = ""
    if credits_shown:
        roles = ["Reporter", "Kamerawan", *rng.sample(["Editor Video", "Narator"],
                                                      rng.randrange(0, 3))]
        lines = [f"{r}: {crew[r]}" for r in roles]
        if rng.random() < 0.5:
            j.also(" | ".join(lines))
            credit_html = ('<p class="credits">' + " | ".join(j(x) for x in lines) + "</p>")
        else:
            credit_html = ('<ul class="credits">' + "".join(
                f"<li><b>{j(r + ':')}</b> {j(crew[r])}</li>" for r in roles) + "</ul>")
            for x in lines:
                j.also(x)
    toggle = ""
    if rng.random() < 0.5:
        pair = (("Show more", "Show less") if english else
                rng.choice((("Selengkapnya", "Tampilkan lebih sedikit"),
                            ("Tampilkan lebih banyak", "Tutup"),
                            ("Baca selengkapnya", "Sembunyikan"))))
        toggle = (f'<button class="desc-toggle" data-more="{attr(pair[0])}">{j(pair[0])}</button>'
                  f'<button class="desc-toggle less" hidden>{j(pair[1])}</button>')
    description = (f'<div class="video-description collapsed">{"".join(desc)}{credit_html}</div>'
                   f"{toggle}")
    share = ""
    if rng.random() < 0.5:
        nets = ["Facebook", "X", "WhatsApp", "Telegram", "Salin Tautan"][: rng.randrange(2, 6)]
        word = rng.choice(("Bagikan:", "Share:", "Bagikan video ini"))
        j.also(" ".join([word, *nets]))
        share = (f'<div class="share-video"><span>{j(word)}</span> ' + " ".join(
            f'<a href="#" class="share-{slug(x)}">{j(x)}</a>' for x in nets) + "</div>")

    # "Tonton juga" and the playlist
    others = other_texts(rng, text, 10)
    also = ""
    if rng.random() < 0.7:
        word = rng.choice(("Tonton Juga", "Tonton Juga:", "Video Terkait", "Video Lainnya",
                           "Up next" if english else "Video Selanjutnya"))
        cards = []
        for o in others[:rng.randrange(3, 6)]:
            _x, d2 = _duration(rng)
            v2 = _compact_count(rng.randrange(20, 90000), english=english)
            v2 = f"{v2} views" if english else f"{v2} x ditonton"
            cards.append(f'<li class="related-video"><a href="{base}/video/{slug(o.headline)}">'
                         f'<span class="thumb"><img src="https://i.ytimg.com/vi/{token(rng, 11)}/'
                         f'mqdefault.jpg" alt=""><span class="duration">{j(d2)}</span></span>'
                         f'<span class="title">{j(o.headline)}</span></a><span class="meta">'
                         f"{j(v2)}</span></li>")
        also = f'<div class="tonton-juga"><h3>{j(word)}</h3><ul>{"".join(cards)}</ul></div>'
    playlist = ""
    if rng.random() < 0.45:
        name = rng.choice(("Berita Daerah", f"Kabar {city}", "Info Pemerintahan", "Liputan Khusus",
                           "Sorotan Pekan Ini"))
        size = rng.randrange(8, 30)
        at = rng.randrange(1, size - 5)
        head_line = f"Playlist: {name}"
        pos = f"{at}/{size}"
        j.also(f"{head_line} · {pos}")
        rows = []
        for k, o in enumerate(others[5:5 + rng.randrange(3, 6)]):
            _x, d2 = _duration(rng)
            rows.append(f'<li class="{"playing" if k == 0 else ""}"><span class="idx">'
                        f'{"▶" if k == 0 else at + k}</span> <a href="{base}/video/'
                        f'{slug(o.headline)}?list={token(rng, 8)}">{j(o.headline)}</a> <span '
                        f'class="duration">{j(d2)}</span></li>')
        playlist = (f'<div class="playlist-box"><div class="playlist-head"><b>{j(head_line)}</b>'
                    f' · <span>{j(pos)}</span></div><ol>{"".join(rows)}</ol></div>')

    heading = f'<h1 class="video-title">{escape(text.headline)}</h1>'
    heading_above = rng.random() < 0.3
    crumbs = ""
    if rng.random() < 0.4:
        crumbs = ('<ol class="breadcrumb">' + _pieced(
            j, ["Beranda", "Video", rng.choice(_CATEGORIES)], " / ",
            '<li class="breadcrumb-item">{x}</li>') + "</ol>")
    top = [crumbs, badge, heading] if heading_above else [crumbs]
    under = [] if heading_above else [badge, heading]
    container = (f'<div class="video-detail">{"".join(top)}{player}{"".join(under)}{meta}'
                 f'{actions}{channel_box}{description}{share}{also}</div>')
    if rng.random() < 0.5:  # the playlist beside the video, or under it in the container
        page_main = (f'<div class="row"><div class="col-lg-8">{container}</div><aside class="'
                     f'col-lg-4">{playlist}</aside></div>')
    else:
        page_main = container.removesuffix("</div>") + playlist + "</div>"

    # the head: og video, a VideoObject
    head = []
    if rng.random() < 0.8:
        head += ['<meta property="og:type" content="video.other">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">',
                 f'<meta property="og:video" content="https://www.youtube.com/embed/{yt}">',
                 f'<meta property="video:duration" content="{seconds}">',
                 f'<meta property="og:image" content="https://i.ytimg.com/vi/{yt}/maxresdefault.jpg"'
                 ">"]
    if machine and (not in_body or rng.random() < 0.8):
        data: dict[str, object] = {
            "@context": "https://schema.org", "@type": "VideoObject", "name": text.headline,
            "description": _teaser(rng, paragraphs[0], 120, 220),
            "thumbnailUrl": [f"https://i.ytimg.com/vi/{yt}/hqdefault.jpg"],
            "uploadDate": _utc_z(when) if stamp == "utc" and rng.random() < 0.5 else machine,
            "duration": f"PT{seconds // 60}M{seconds % 60}S",
            "embedUrl": f"https://www.youtube.com/embed/{yt}",
            "interactionStatistic": {"@type": "InteractionCounter",
                                     "interactionType": {"@type": "WatchAction"},
                                     "userInteractionCount": views},
            "publisher": {"@type": "Organization", "name": site}}
        head.append(_ld(data))
        if rng.random() < 0.3:
            head.append(f'<meta property="article:published_time" content="{machine}">')
    if rng.random() < 0.4:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, paragraphs[0]))}">')
    title = rng.choice((_title(rng, text.headline, site), _title(rng, text.headline, site),
                        f"VIDEO: {text.headline} - {site}", f"{text.headline} | Video {site}"))
    more = "".join(f'<li><a href="{base}/berita/{slug(o.headline)}">{escape(o.headline)}</a></li>'
                   for o in others[8:10])
    body = (f'<header class="navbar navbar-dark bg-dark"><a class="navbar-brand" href="{base}/">'
            f'{escape(site)}</a><ul class="nav"><li>Beranda</li><li>Berita</li><li class="active">'
            f'Video</li><li>Live Streaming</li><li>Jadwal Acara</li></ul></header><main class='
            f'"container py-3">{page_main}</main><section class="container more-news"><h4>Berita '
            f'Terbaru</h4><ul>{more}</ul></section><footer class="footer">&copy; {day.year} '
            f"{escape(site)}</footer>")
    html = _shell(title, head, "video-single", body)
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, paragraphs, published, author, site, tuple(j.lines))


# -- 4. a web story -----------------------------------------------------------------------------

# (the site's name, host, zone, city, tool)
_STORY_SITES = (
    ("Diskominfo Kabupaten Bantaeng", "diskominfo.bantaengkab.go.id", "WITA", "Bantaeng", "wp"),
    ("Pemerintah Kota Pekalongan", "pekalongankota.go.id", "WIB", "Pekalongan", "wp"),
    ("Kabar Raja Ampat", "kabarrajaampat.com", "WIT", "Waisai", "wp"),
    ("Lombok Today", "lomboktoday.id", "WITA", "Mataram", "wp"),
    ("Sumut Pos Digital", "sumutposdigital.com", "WIB", "Medan", "own"),
    ("Humas Kabupaten Kepulauan Sula", "humas.kepulauansulakab.go.id", "WIT", "Sanana", "wp"),
    ("Riau Satu", "riausatu.co.id", "WIB", "Pekanbaru", "own"),
    ("Suara Banua", "suarabanua.com", "WITA", "Banjarmasin", "own"),
    ("Dinas Pariwisata Kabupaten Manggarai Barat", "dispar.manggaraibaratkab.go.id", "WITA",
     "Labuan Bajo", "wp"),
    ("Info Cirebon Raya", "infocirebonraya.id", "WIB", "Cirebon", "own"),
)


def _story_listing(rng: random.Random, text: Text, site: str, base: str, zone: str
                   ) -> tuple[str, str, Truth]:
    day = when_in(rng, zone).date()
    heading = rng.choice(("Web Stories", "Web Story", "Cerita Web", "Stories", "Story"))
    shown = listing_items(rng, text, day, rng.randrange(6, 14))
    cards = "".join(
        f'<div class="web-stories-list__story"><a href="{base}/web-stories/{slug(o.headline)}/">'
        f'<div class="web-stories-list__story-poster"><img src="{base}/wp-content/uploads/'
        f'{d:%Y/%m}/{token(rng, 8)}-640x853.jpg" alt="{attr(o.headline)}"></div><div class="web-'
        f'stories-list__story-content-overlay"><div class="story-content-overlay__title">'
        f'{escape(o.headline)}</div><div class="story-content-overlay__date"><time>{_long(d)}'
        "</time></div></div></a></div>" for o, d in shown)
    url = f"{base}/{rng.choice(('web-stories/', 'web-stories/page/2/', 'stories/'))}"
    body = (f'<header class="site-header"><a href="{base}/">{escape(site)}</a></header><main '
            f'class="site-main"><header class="page-header"><h1 class="page-title">'
            f'{escape(heading)}</h1></header><div class="web-stories-list alignwide is-view-type-'
            f'grid columns-4">{cards}</div><nav class="navigation pagination"><span class="page-'
            f'numbers current">1</span> <a class="page-numbers" href="{base}/web-stories/page/2/">'
            f"2</a> <a class=\"next page-numbers\" href=\"{base}/web-stories/page/2/\">Berikutnya"
            f"</a></nav></main><footer>&copy; {day.year} {escape(site)}</footer>")
    html = _shell(f"{heading} {rng.choice(('-', '|', '–'))} {site}", [],
                  "archive post-type-archive post-type-archive-web-story", body)
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


def web_story(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A web story told slide by slide: the AMP ``amp-story`` of WordPress's Web Stories
    plugin (``amp-story-page`` and ``amp-story-grid-layer`` elements, the editor's hashed
    classes, ``fill text-wrapper`` paragraphs, ``amp-story-page-outlink``'s "Baca
    Selengkapnya") or of an outlet's own tool (the thirds template, a caption per slide,
    "1/8" counters, "Sumber:" lines, "Geser ke atas"); the cover with the headline, a
    kicker, the byline or none, the date or none, the publisher's name; photo credits on
    the slides, a closing slide ("Terima kasih telah membaca", "Baca berita lengkapnya",
    "Ikuti kami"); the first paragraphs of the text or all of them, one a slide; the
    plugin's JSON-LD with the site's offset or in UTC, og tags or none."""
    site, host, zone, city, tool = rng.choice(_STORY_SITES)
    base = f"https://{rng.choice(('', 'www.')) if '.go.id' not in host else ''}{host}"
    if rng.random() < 1 / 8:
        return _story_listing(rng, text, site, base, zone)
    stamps = ("offset", "offset", "utc") if tool == "wp" else ("offset", "none", "utc")
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.35, stamps=stamps, ago=0.05)
    day = when.date()
    machine = _machine(when, stamp)
    s = slug(text.headline)
    url = (f"{base}/web-stories/{s}/" if tool == "wp" else
           rng.choice((f"{base}/story/{s}", f"{base}/webstory/{rng.randrange(10**4, 10**6)}/{s}",
                       f"{base}/stories/{s}.html")))
    j = Junk()
    n_par = len(text.paragraphs)
    shown_n = n_par if n_par <= 8 and rng.random() < 0.6 else rng.randrange(min(3, n_par),
                                                                           min(n_par, 9) + 1)
    paragraphs = text.paragraphs[:shown_n]
    writer = rng.choice((_person(rng), rng.choice(NAMES), "Tim Redaksi", "admin"))
    show_by = rng.random() < 0.55
    author = writer if show_by else None
    # a page printing nothing must have a stamp with an offset
    print_date = stamp != "offset" or rng.random() < 0.5 or not form
    printed = (_id_date(form, when, zone) if form else _rel(rng)) if print_date else ""
    total = len(paragraphs) + 1 + (1 if rng.random() < 0.6 else 0)

    def cls() -> str:
        return f"_{_hex(rng, 7)}"

    def text_el(tag: str, words: str, extra: str = "") -> str:
        """A Web Stories text element: a wrapper, the element, spans."""
        return (f'<div class="{cls()}"><div class="{cls()} mask" id="el-{_hex(rng, 8)}-'
                f'{_hex(rng, 4)}"><div data-leaf-element="true" class="{cls()} {extra}"><{tag} '
                f'class="{cls()} '
                f'fill text-wrapper"><span><span class="{cls()}">{words}</span></span></{tag}>'
                "</div></div></div>")

    def layer(inner: str, template: str = "vertical") -> str:
        return (f'<amp-story-grid-layer template="{template}" aspect-ratio="412:618" class="grid-'
                f'layer"><div class="{cls()} page-fullbleed-area"><div class="page-safe-area">'
                f"{inner}</div></div></amp-story-grid-layer>")

    def background(k: int) -> str:
        alt = attr(text.headline) if k == 0 else ""
        img = (f'<amp-img layout="fill" src="{base}/wp-content/uploads/{day:%Y/%m}/{token(rng, 10)}'
               f'.jpg" alt="{alt}" width="720" height="1280"></amp-img>')
        return (f'<amp-story-grid-layer template="fill"><div class="{cls()} page-background-area">'
                f"{img}</div></amp-story-grid-layer>")

    credit_word = rng.choice(("Foto:", "Foto :", "FOTO:", "Sumber foto:"))
    credits = rng.random() < 0.5
    counters = tool == "own" and rng.random() < 0.7
    pages = []

    # the cover
    cover = []
    if rng.random() < 0.5:
        kicker = rng.choice(_CATEGORIES).upper() if rng.random() < 0.5 else rng.choice(_CATEGORIES)
        cover.append(text_el("p", j(kicker), "kicker"))
    cover.append(text_el("h1", escape(text.headline)))
    meta_lines = []
    if show_by:
        meta_lines.append(rng.choice((f"Oleh: {writer}", f"Penulis: {writer}", writer,
                                      f"By {writer}")))
    if printed:
        meta_lines.append(printed)
    if meta_lines and rng.random() < 0.5 and len(meta_lines) == 2:
        line = rng.choice((" | ", " · ", " - ")).join(meta_lines)
        cover.append(text_el("p", j(line), "meta"))
        for x in meta_lines:
            j.also(x)
    else:
        for x in meta_lines:
            cover.append(text_el("p", j(x), "meta"))
    if rng.random() < 0.4:
        cover.append(text_el("p", j(site), "publisher"))
    if rng.random() < 0.35:
        cover.append(text_el("p", j(rng.choice(("Geser untuk membaca", "Ketuk untuk lanjut",
                                                  "Tap untuk melanjutkan"))), "hint"))
    if tool == "own":
        cover_html = (background(0) + '<amp-story-grid-layer template="thirds"><div grid-area='
                      '"lower-third" class="cover-caption">' + "".join(cover)
                      + "</div></amp-story-grid-layer>")
    else:
        cover_html = background(0) + layer("".join(cover))
    pages.append(f'<amp-story-page id="cover" auto-advance-after="7s" class="i-amphtml-layout-'
                 f'container" i-amphtml-layout="container">{cover_html}</amp-story-page>')

    # one paragraph a slide
    dateline = _dateline(rng, city, _compact(site)[:5].upper(), site) if rng.random() < 0.2 else ""
    for n, paragraph in enumerate(paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"{j(dateline)} {words}"
        bits = []
        if counters:
            bits.append(f'<div class="counter">{j(f"{n + 2}/{total}")}</div>')
        if tool == "own":
            bits.append(f'<div class="caption"><p class="story-text">{words}</p></div>')
        else:
            bits.append(text_el("p", words))
        if credits and rng.random() < 0.7:
            who = rng.choice((f"Humas {city}", writer, "Istimewa", f"Dok. {site}", "Antara"))
            line = f"{credit_word} {who}"
            bits.append(f'<div class="credit"><p class="photo-credit">{j(line)}</p></div>'
                        if tool == "own" else text_el("p", j(line), "credit"))
        if tool == "own" and rng.random() < 0.15:
            line = f"Sumber: {rng.choice((site, f'Pemkab {city}', f'Humas {city}'))}"
            bits.append(f'<p class="source">{j(line)}</p>')
        inner = ('<amp-story-grid-layer template="thirds"><div grid-area="lower-third">'
                 + "".join(bits) + "</div></amp-story-grid-layer>") if tool == "own" else \
            layer("".join(bits))
        outlink = ""
        if n == len(paragraphs) - 1 and rng.random() < 0.6:
            word = rng.choice(("Baca Selengkapnya", "Baca selengkapnya", "Selengkapnya",
                               "Baca Berita Lengkap"))
            outlink = (f'<amp-story-page-outlink layout="nodisplay" cta-image="none" theme="'
                       f'{rng.choice(("light", "dark"))}"><a href="{base}/{s}/" target="_blank">'
                       f"{j(word)}</a></amp-story-page-outlink>")
        elif tool == "own" and rng.random() < 0.2:
            word = rng.choice(("Geser ke atas", "Swipe up"))
            outlink = (f'<amp-story-page-attachment layout="nodisplay" href="{base}/{s}" '
                       f'cta-text="{attr(word)}"></amp-story-page-attachment>'
                       f'<div class="swipe-hint">{j(word)}</div>')
        pages.append(f'<amp-story-page id="page-{_hex(rng, 8)}" auto-advance-after="'
                     f'{rng.choice((7, 8, 10, 12))}s" class="i-amphtml-layout-container" '
                     f'i-amphtml-layout="container">{background(n + 1)}{inner}{outlink}'
                     "</amp-story-page>")
    if total > len(paragraphs) + 1:
        lines = [rng.choice(("Terima kasih telah membaca", "Terima kasih sudah menyimak",
                             "Baca berita lengkapnya di", "Ikuti terus informasi terbaru dari")),
                 site if rng.random() < 0.5 else host]
        if rng.random() < 0.5:
            lines.append(rng.choice(("Ikuti kami di Instagram", f"@{_compact(site).lower()}",
                                     "Kunjungi situs kami")))
        end = "".join(text_el("p", j(x)) if tool == "wp" else f"<p>{j(x)}</p>" for x in lines)
        if counters:
            end = f'<div class="counter">{j(f"{total}/{total}")}</div>' + end
        inner = layer(end) if tool == "wp" else ('<amp-story-grid-layer template="vertical">'
                                                 f"{end}</amp-story-grid-layer>")
        pages.append(f'<amp-story-page id="end" class="i-amphtml-layout-container">'
                     f'{background(total)}{inner}</amp-story-page>')
    share = ""
    if rng.random() < 0.4:
        share = ('<amp-story-social-share layout="nodisplay"><script type="application/json">'
                 '{"shareProviders":["facebook","twitter","whatsapp","line","system"]}</script>'
                 "</amp-story-social-share>")
    story = (f'<amp-story standalone="" publisher="{attr(site)}" publisher-logo-src="{base}/wp-'
             f'content/uploads/logo-96x96.png" title="{attr(text.headline)}" poster-portrait-src="'
             f'{base}/wp-content/uploads/{day:%Y/%m}/{token(rng, 10)}-640x853.jpg" class="i-'
             f'amphtml-layout-container" i-amphtml-layout="container">{"".join(pages)}{share}'
             "</amp-story>")

    head = [f'<link rel="canonical" href="{url}">']
    if rng.random() < 0.7:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine:
        if tool == "wp" or rng.random() < 0.7:
            data: dict[str, object] = {
                "@context": "http://schema.org",
                "publisher": {"@type": "Organization", "name": site,
                              "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"}},
                "@type": "Article", "mainEntityOfPage": url, "headline": text.headline,
                "datePublished": machine,
                "dateModified": _machine(when + timedelta(minutes=rng.randrange(0, 300)), stamp)}
            if tool == "wp" or show_by:
                data["author"] = {"@type": "Person", "name": writer}
            head.append(_ld(data))
        if tool == "own" or rng.random() < 0.5:
            head.append(f'<meta property="article:published_time" content="{machine}">')
    title = rng.choice((text.headline, _title(rng, text.headline, site)))
    style = ("<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal "
             "both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style "
             "amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>"
             f"<style amp-custom>.{cls()}{{font-size:0.4em}}amp-story-page{{background-color:"
             "#1d1d1d}.fill{position:absolute;top:0;left:0;right:0;bottom:0;margin:0}</style>")
    html = (f'<!DOCTYPE html>\n<html amp="" lang="id" transformed="self;v=1" i-amphtml-layout="" '
            f'i-amphtml-no-boilerplate="">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" '
            f'content="width=device-width,minimum-scale=1">\n<script async="" src="https://cdn.'
            f'ampproject.org/v0.js"></script><script async="" custom-element="amp-story" src="'
            f'https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>\n<title>{escape(title)}'
            f'</title>\n{"".join(head)}\n{style}\n</head>\n<body>\n{story}\n</body>\n</html>')
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, paragraphs, published, author, site, tuple(j.lines))


FAMILIES: dict[str, Family] = {
    "premium-news-theme": premium_news_theme, "legacy-gov-site": legacy_gov_site,
    "video-news-page": video_news_page, "web-story": web_story}
