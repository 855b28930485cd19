"""A seventh set of held-out layout families, written without sight of the extraction rules.

A regency's or a city's Diskominfo site built with WordPress and Elementor (a single-post
template of nested sections, columns and widgets: the post title, the post info's icon
list, the post content, share buttons, post navigation, a posts widget, an author box,
Jetpack's blocks); a government press release ("Siaran Pers" of a Biro Humas, a Biro
Adpim, a Diskominfo) with its letterhead, its number, its dateline and its contact block
inside the article; the news page of a foreign partner local government (a Japanese city
hall, a Korean province, a Chinese municipality, an Australian or an American council)
republishing an Indonesian text, with its furniture in Japanese, Korean, Chinese or
English; and a national outlet's article page that appends the next article below it
(continuous scroll), with "Pilihan Redaksi" inserts, a pager and a syndication line.
They were written by a session that never read the extractor nor ran it, from what such
pages look like, and committed before any rule was run on them: never tune a rule on
them. Each takes a seeded ``random.Random`` and a real ``Text`` and returns the page's
URL, its HTML and its ``Truth``; every furniture line put inside the article container
(the block that holds the headline, the meta lines and the paragraphs) is in the truth's
``junk``, whole and piece by piece where the page renders it from several elements.
About one call in eight gives a section's listing page instead (``Truth.article``
false), whose title is the section's heading.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD) has a zone-aware moment in that zone: WIB, WITA or
WIT for an Indonesian site, the partner's own zone (JST, KST, China's +08:00, AEST,
ACST, AWST, the American zones with their daylight time) for a partner's page. A time
printed without any zone is WIB's, and only pages of sites in WIB print one; a partner's
page never prints a time without its zone. A page that prints only a date, with at most
a UTC stamp beside it (Yoast's ``+00:00``, Drupal's ``Z``), has the date, and its moment
falls in office hours so that the UTC stamp is on the same day. A relative time ("2 jam
lalu") is printed only beside a stamp with an offset. A press release's dateline
("Semarang, 13 Mei 2024") is the day it was posted. The next article appended below an
article, a syndication line's date and a posts widget's dates are furniture, never the
truth: the page's own date is always printed or stamped before them. An outlet's
dateline before the first paragraph ("LUWUK –", "SEMARANG, 13 Mei 2024 –") is furniture,
and the paragraph's truth is the text without it. A page of an article split over
several pages has the paragraphs it shows.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

from tests.layouts import (
    DAYS,
    MONTHS,
    MONTHS_EN,
    NAMES,
    ZONES,
    Family,
    Text,
    Truth,
    escape,
    indonesian_date,
    joined_title,
    moment,
    slug,
)
from tests.layouts.pieces import (
    DAYS_EN,
    Junk,
    attr,
    listing_items,
    other_texts,
    thousands,
    token,
    when_in,
)

_FIRST = ("Arnoldus", "Yuliani", "Hasanuddin", "Ni Kadek", "Marselina", "Umar", "Christin",
          "Wa Ode Sitti", "Bernadus", "Fitriani", "Safrudin", "Elisabeth", "Jefri", "Rosmawati",
          "Agustina", "Ilham", "Stevanus", "Nur Aini")
_LAST = ("Tefa", "Latupono", "Rumaropen", "Lasaiba", "Mokodompit", "Bessie", "Pakpahan",
         "Tamher", "Rerebain", "Kaunang", "Sinaga", "Pello", "Marasabessy", "Wuisan", "Daud",
         "Purba", "Kambu", "Hamzah")
_TAGS = ("pemerintahan", "pelayanan publik", "pembangunan", "kesehatan", "pendidikan",
         "ekonomi", "infrastruktur", "APBD", "pariwisata", "stunting", "inflasi",
         "ketahanan pangan", "bencana", "UMKM", "dana desa", "lingkungan", "reformasi birokrasi",
         "investasi")
_ACTS = ("saat memberikan keterangan kepada wartawan", "saat meninjau lokasi kegiatan",
         "menghadiri rapat koordinasi", "menyerahkan bantuan kepada warga",
         "membuka kegiatan sosialisasi", "berdialog dengan masyarakat",
         "memimpin apel pagi", "menandatangani nota kesepahaman", "meresmikan gedung baru")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _teaser(rng: random.Random, paragraph: str, low: int = 80, high: int = 170) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(low, high)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ..."))


def _iso(when: datetime, *, seconds: bool = True) -> str:
    return when.isoformat(timespec="seconds" if seconds else "minutes")


def _utc_z(when: datetime, fraction: str = "") -> str:
    """The moment in UTC with a ``Z``; ``fraction`` as ".000" or ".000000"."""
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}{fraction}Z"


def _utc_plus(when: datetime) -> str:
    """The moment in UTC as Yoast prints it: ``2024-05-13T02:30:00+00:00``."""
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _script_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _ld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{_script_json(data)}</script>'


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece recorded (but a bare number,
    which only the whole line can stand for), and the whole line; ``fmt`` wraps each
    piece (``{x}`` the escaped piece, ``{s}`` its slug)."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(item) if item.isdigit() else j(item),
                                       s=slug(item)) for item in items)


def _long(day: date, *, day_name: bool = True) -> str:
    return indonesian_date(day, day_name=day_name)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _split(rng: random.Random, paragraphs: tuple[str, ...],
           chance: float) -> tuple[list[str], int, int]:
    """An article split over pages: the paragraphs one page shows, its number and the
    number of pages (1 and 1 when the article is whole)."""
    count = len(paragraphs)
    if count < 4 or rng.random() >= chance:
        return list(paragraphs), 1, 1
    pages = 3 if count >= 8 and rng.random() < 0.4 else 2
    size = -(-count // pages)
    chunks = [list(paragraphs[k:k + size]) for k in range(0, count, size)]
    pages = len(chunks)
    page_no = rng.choice(range(1, pages + 1)) if rng.random() < 0.4 else 1
    if len(chunks[page_no - 1]) < 2:
        page_no = 1
    return chunks[page_no - 1], page_no, pages


def _twelve(when: datetime, *, upper: bool = True, dots: bool = False) -> str:
    """``10:30 AM``, ``10:30am`` or ``10.30am``."""
    mark = ("PM" if when.hour >= 12 else "AM") if upper else ("pm" if when.hour >= 12 else "am")
    clock = f"{when.hour % 12 or 12}{'.' if dots else ':'}{when:%M}"
    return f"{clock} {mark}" if upper else f"{clock}{mark}"


# -- 1. a Diskominfo site on WordPress and Elementor -----------------------------------------

# (name, short name, host, zone, city)
_ELEMENTOR_SITES = (
    ("Dinas Komunikasi dan Informatika Kabupaten Banggai", "Diskominfo Banggai",
     "diskominfo.banggaikab.go.id", "WITA", "Luwuk"),
    ("Dinas Komunikasi dan Informatika Kabupaten Sumbawa", "Diskominfo Sumbawa",
     "diskominfo.sumbawakab.go.id", "WITA", "Sumbawa Besar"),
    ("Dinas Komunikasi dan Informatika Kota Tidore Kepulauan", "Kominfo Tidore",
     "diskominfo.tidorekota.go.id", "WIT", "Tidore"),
    ("Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Fakfak",
     "Diskominfo Fakfak", "diskominfo.fakfakkab.go.id", "WIT", "Fakfak"),
    ("Dinas Komunikasi dan Informatika Kabupaten Sanggau", "Diskominfo Sanggau",
     "diskominfo.sanggau.go.id", "WIB", "Sanggau"),
    ("Dinas Komunikasi, Informatika, Statistik dan Persandian Kabupaten Lebak",
     "Diskominfo SP Lebak", "kominfo.lebakkab.go.id", "WIB", "Rangkasbitung"),
    ("Dinas Komunikasi dan Informatika Kota Pekalongan", "Dinkominfo Pekalongan",
     "dinkominfo.pekalongankota.go.id", "WIB", "Pekalongan"),
    ("Dinas Komunikasi dan Informatika Kabupaten Rote Ndao", "Diskominfo Rote Ndao",
     "diskominfo.rotendaokab.go.id", "WITA", "Ba'a"),
    ("Dinas Komunikasi, Informatika dan Statistik Kabupaten Bengkalis", "Diskominfotik Bengkalis",
     "diskominfotik.bengkaliskab.go.id", "WIB", "Bengkalis"),
    ("Dinas Komunikasi dan Informatika Kota Bontang", "Diskominfo Bontang",
     "diskominfo.bontangkota.go.id", "WITA", "Bontang"),
    ("Dinas Komunikasi dan Informatika Kabupaten Mimika", "Diskominfo Mimika",
     "diskominfo.mimikakab.go.id", "WIT", "Timika"),
    ("Dinas Komunikasi dan Informatika Kabupaten Bone Bolango", "Diskominfo Bone Bolango",
     "diskominfo.bonebolangokab.go.id", "WITA", "Suwawa"),
    ("Dinas Komunikasi dan Informatika Kabupaten Temanggung", "Diskominfo Temanggung",
     "diskominfo.temanggungkab.go.id", "WIB", "Temanggung"),
    ("Dinas Komunikasi dan Informatika Kabupaten Maluku Tenggara", "Kominfo Malra",
     "kominfo.malukutenggarakab.go.id", "WIT", "Langgur"),
    ("Dinas Komunikasi dan Informatika Kota Banjarbaru", "Diskominfo Banjarbaru",
     "diskominfo.banjarbarukota.go.id", "WITA", "Banjarbaru"),
    ("Dinas Komunikasi dan Informatika Kabupaten Aceh Tamiang", "Diskominfo Aceh Tamiang",
     "diskominfo.acehtamiangkab.go.id", "WIB", "Karang Baru"),
)
_WP_CATEGORIES = ("Berita", "Berita Daerah", "Pemerintahan", "Kegiatan Bupati", "Pengumuman",
                  "Siaran Pers", "Artikel", "Kesehatan", "Pendidikan", "Ekonomi")


def _wp_date(form: str, day: date) -> str:
    return {
        "d_F_Y": _long(day, day_name=False),
        "F_j_Y": f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        "slash": f"{day:%d/%m/%Y}",
        "iso": f"{day:%Y-%m-%d}",
        "l_j_F_Y": _long(day),
        "en": f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
    }[form]


def _wp_time(form: str, when: datetime, zone: str) -> str:
    return {
        "H_i": f"{when:%H:%M}",
        "g_i_a": _twelve(when, upper=False).replace("am", " am").replace("pm", " pm"),
        "H_i_T": f"{when:%H:%M} {zone}",
        "pukul": f"pukul {when:%H.%M} {zone}",
        "g_i_A_T": f"{_twelve(when)} {zone}",
    }[form]


def _el(rng: random.Random, widget: str, inner: str, extra: str = "") -> str:
    """An Elementor widget of type ``widget``, with its data-id and its container."""
    eid = _hex(rng, 7)
    return (f'<div class="elementor-element elementor-element-{eid} elementor-widget '
            f'elementor-widget-{widget}{extra}" data-id="{eid}" data-element_type="widget" '
            f'data-widget_type="{widget}.default"><div class="elementor-widget-container">'
            f"{inner}</div></div>")


def _column(rng: random.Random, size: int, inner: str, *, top: bool = True) -> str:
    eid = _hex(rng, 7)
    level = "elementor-top-column" if top else "elementor-inner-column"
    return (f'<div class="elementor-column elementor-col-{size} {level} elementor-element '
            f'elementor-element-{eid}" data-id="{eid}" data-element_type="column"><div '
            f'class="elementor-widget-wrap elementor-element-populated">{inner}</div></div>')


def _section(rng: random.Random, columns: str, *, top: bool = True, extra: str = "") -> str:
    eid = _hex(rng, 7)
    level = "elementor-top-section" if top else "elementor-inner-section"
    gap = rng.choice(("default", "default", "wide", "no"))
    return (f'<section class="elementor-section {level} elementor-element elementor-element-'
            f'{eid} elementor-section-boxed elementor-section-height-default '
            f'elementor-section-height-default{extra}" data-id="{eid}" '
            f'data-element_type="section"><div class="elementor-container elementor-column-gap-'
            f'{gap}">{columns}</div></section>')


def _icon_item(rng: random.Random, icon: str, text_html: str, kind: str, href: str = "") -> str:
    rep = _hex(rng, 7)
    inner = (f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i>'
             f'</span><span class="elementor-icon-list-text elementor-post-info__item '
             f'elementor-post-info__item--type-{kind}">{text_html}</span>')
    if href:
        inner = f'<a href="{href}">{inner}</a>'
    prop = ' itemprop="datePublished"' if kind == "date" else ""
    return (f'<li class="elementor-icon-list-item elementor-repeater-item-{rep} '
            f'elementor-inline-item"{prop}>{inner}</li>')


def elementor_wp(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A news post of a regency's or a city's Diskominfo site on WordPress with an
    Elementor Pro single-post template: nested ``elementor-section`` /
    ``elementor-column`` / ``elementor-widget-wrap`` divs around widgets
    (``theme-post-title``, ``post-info`` with its icon list of author, date, time,
    comments and terms, ``theme-post-featured-image``, ``theme-post-content``,
    ``share-buttons``, ``post-navigation`` with "Sebelumnya"/"Selanjutnya" and the
    neighbours' titles, ``posts`` cards of related news, ``author-box``, ``post-comments``
    with WordPress's reply form, Yoast's ``breadcrumbs``, heading and divider widgets),
    Elementor's inline ``<style>``, Jetpack's "Bagikan ini:", "Suka ini:" and "Terkait"
    blocks inside the content; a one-column, a two-column or a hero layout (the title and
    the info in a full-width section above the content and the sidebar, so that the
    sidebar's widgets stand inside the template around the article); dates as WordPress
    prints them ("13 Mei 2024", "Mei 13, 2024", "13/05/2024", "May 13, 2024") with or
    without a time item ("10:30 WITA", "10:30" at WIB sites); Yoast's UTC stamps, Rank
    Math's stamps with the offset, or none."""
    name, short, host, zone, city = rng.choice(_ELEMENTOR_SITES)
    base = f"https://{host}"
    category = rng.choice(_WP_CATEGORIES)
    s = slug(text.headline)
    post_id = rng.randrange(800, 30000)
    site = rng.choice((name, short, short, f"{short} – {city}"))
    if rng.random() < 1 / 8:
        return _elementor_listing(rng, text, site, base, zone, category)

    # the dates
    date_form = rng.choice(("d_F_Y", "d_F_Y", "d_F_Y", "F_j_Y", "F_j_Y", "slash", "iso",
                            "l_j_F_Y", "en"))
    time_forms = ["H_i_T", "H_i_T", "pukul", "g_i_A_T", ""]
    if zone == "WIB":
        time_forms += ["H_i", "H_i", "g_i_a"]
    time_form = rng.choice(time_forms) if rng.random() < 0.55 else ""
    seo = rng.choice(("yoast", "yoast", "rankmath", "none"))
    stamp = {"yoast": "utc", "rankmath": "offset", "none": "none"}[seo]
    timed = bool(time_form) or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none", office_hours=not timed)
    day = when.date()
    later = when + timedelta(minutes=rng.randrange(5, 600 if timed else 40))
    url = rng.choice((f"{base}/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/berita/{s}/",
                      f"{base}/{slug(category)}/{s}/", f"{base}/?p={post_id}"))
    j = Junk()
    layout = rng.choice(("one", "two", "two", "two", "hero", "hero"))
    hero = layout == "hero"

    # the title widget
    look = rng.choice(("h1", "h1", "h1", "h2", "h3", "div"))
    size = rng.choice(("default", "default", "large", "medium", "xl"))
    style_tag = ""
    if rng.random() < 0.4:
        style_tag = ("<style>/*! elementor - v3." + str(rng.randrange(5, 24)) + ".0 - "
                     f"{rng.randrange(1, 28):02d}-{rng.randrange(1, 12):02d}-2023 */\n"
                     ".elementor-heading-title{padding:0;margin:0;line-height:1}"
                     ".elementor-widget-heading .elementor-heading-title[class*=elementor-size-]"
                     ">a{color:inherit;font-size:inherit;line-height:inherit}</style>")
    title_widget = _el(rng, "theme-post-title",
                       f'{style_tag}<{look} class="elementor-heading-title elementor-size-{size}">'
                       f"{escape(text.headline)}</{look}>",
                       " elementor-page-title elementor-widget-heading")

    # the post info: author, date, time, comments, terms
    writer = rng.choice(("admin", "Admin", "Admin Diskominfo", "Tim Media Center", "Redaksi",
                         f"Humas {city}", "humas", _person(rng), _person(rng), rng.choice(NAMES)))
    info_html: list[str] = []
    info_items: list[str] = []
    show_author = rng.random() < 0.7
    author: str | None = writer if show_author else None

    def prefixed(word: str, value: str) -> str:
        if not word:
            return j(value)
        j(word)  # the prefix's own span
        return (f'<span class="elementor-post-info__item-prefix">{escape(word)}</span> '
                f"{escape(value)}")

    order = ["author", "date", "time", "comments", "terms"]
    if rng.random() < 0.4:
        order = ["date", "time", "author", "comments", "terms"]
    date_printed = _wp_date(date_form, day)
    for kind in order:
        if kind == "author" and show_author:
            word = rng.choice(("", "", "Oleh", "By", "Penulis:"))
            line = f"{word} {writer}".strip()
            body = prefixed(word, writer)
            if word:
                j.also(line)
            info_items.append(line)
            info_html.append(_icon_item(rng, "fas fa-user-circle", body, "author",
                                        f"{base}/author/{slug(writer)}/"))
        elif kind == "date":
            word = rng.choice(("", "", "", "Diposting", "Diterbitkan:", "Posted on"))
            line = f"{word} {date_printed}".strip()
            wrap = rng.random() < 0.5
            body = prefixed(word, date_printed)
            if wrap:
                body = f"<time>{body}</time>"
            if word:
                j.also(line)
            info_items.append(line)
            info_html.append(_icon_item(rng, "fas fa-calendar", body, "date",
                                        f"{base}/{day:%Y/%m/%d}/"))
        elif kind == "time" and time_form:
            printed_t = _wp_time(time_form, when, zone)
            body = j(printed_t)
            if rng.random() < 0.5:
                body = f"<time>{body}</time>"
            info_items.append(printed_t)
            info_html.append(_icon_item(rng, "far fa-clock", body, "time"))
        elif kind == "comments" and rng.random() < 0.55:
            count = rng.choice((0, 0, 0, 1, 2, 4))
            line = rng.choice(({0: "Tidak ada Komentar", 1: "1 Komentar"}.get(count,
                                                                          f"{count} Komentar"),
                               {0: "No Comments", 1: "One Comment"}.get(count,
                                                                       f"{count} Comments"),
                               f"{count} Komentar"))
            info_items.append(line)
            info_html.append(_icon_item(rng, "far fa-comment-dots", j(line), "comments",
                                        f"{url}#respond"))
        elif kind == "terms" and rng.random() < 0.45:
            terms = [category] + ([rng.choice(("Berita", "Pemerintahan", "Headline", "Daerah"))]
                                  if rng.random() < 0.4 else [])
            terms = list(dict.fromkeys(terms))
            links = ", ".join(f'<a href="{base}/category/{slug(t)}/" class="elementor-post-info'
                              f'__terms-list-item">{j(t)}</a>' for t in terms)
            if len(terms) > 1:
                j.also(", ".join(terms))
            info_items.append(", ".join(terms))
            info_html.append(_icon_item(rng, "fas fa-tags", f'<span class="elementor-post-info'
                                        f'__terms-list">{links}</span>', "terms"))
    if len(info_items) > 1:
        j.also(" ".join(info_items))
    layout_info = rng.choice(("inline", "inline", "traditional"))
    info_cls = ("elementor-inline-items elementor-icon-list-items elementor-post-info"
                if layout_info == "inline" else "elementor-icon-list-items elementor-post-info")
    info_widget = _el(rng, "post-info",
                      f'<ul class="{info_cls}">' + "\n".join(info_html) + "</ul>")

    # the picture
    image_widget = ""
    if rng.random() < 0.75:
        caption = ""
        if rng.random() < 0.5:
            who = rng.choice(("Bupati", "Wali Kota", "Wakil Bupati", "Sekda", "Kepala Dinas",
                              "Camat"))
            credit = rng.choice((f"Foto: {short}", "(Foto: Istimewa)", f"Foto: {writer}",
                                 "Dok. Diskominfo"))
            caption_line = f"{who} {city} {rng.choice(_ACTS)}. {credit}"
            caption = (f'<figcaption class="widget-image-caption wp-caption-text">'
                       f"{j(caption_line)}</figcaption>")
        src = f"{base}/wp-content/uploads/{day:%Y/%m}/{token(rng, 10)}-{rng.randrange(1, 99)}.jpg"
        image_widget = _el(rng, "theme-post-featured-image",
                           f'<figure class="wp-caption"><img width="1024" height="683" '
                           f'src="{src}" class="attachment-large size-large wp-image-'
                           f'{post_id + 1}" alt="" loading="lazy" srcset="{src} 1024w">'
                           f"{caption}</figure>",
                           " elementor-widget-image")

    # the content: the post's HTML, with Jetpack's blocks after it
    dateline = ""
    if rng.random() < 0.45:
        dateline = rng.choice((f"{city.upper()} –", f"{city.upper()} -", f"{city}, {short} –",
                               f"{city.upper()}, DISKOMINFO -", f"{city} –"))
    pstyle = rng.choice(("p", "p", "justify", "span400", "nbsp"))
    baca_at = (rng.randrange(1, len(text.paragraphs))
               if rng.random() < 0.35 and len(text.paragraphs) > 1 else -1)
    inline_fig_at = (rng.randrange(1, len(text.paragraphs))
                     if rng.random() < 0.2 and len(text.paragraphs) > 2 else -1)
    parts: list[str] = []
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        if pstyle == "justify":
            parts.append(f'<p style="text-align: justify;">{words}</p>')
        elif pstyle == "span400":
            parts.append(f'<p><span style="font-weight: 400;">{words}</span></p>')
        else:
            parts.append(f"<p>{words}</p>")
            if pstyle == "nbsp" and rng.random() < 0.4:
                parts.append("<p>&nbsp;</p>")
        if n + 1 == baca_at:
            other = other_texts(rng, text, 1)[0]
            label = rng.choice(("Baca Juga:", "Baca Juga", "BACA JUGA:", "Baca juga:"))
            j.also(f"{label} {other.headline}")
            parts.append(f'<div class="inline-related"><span class="irp-label">{j(label)}</span> '
                         f'<a href="{base}/{slug(other.headline)}/">{j(other.headline)}</a></div>')
        if n + 1 == inline_fig_at:
            line = rng.choice((f"Suasana kegiatan di {city}.", f"Dokumentasi {short}.",
                               f"Foto bersama usai kegiatan. (Foto: {short})"))
            parts.append(f'<figure class="wp-block-image size-large"><img src="{base}/wp-content/'
                         f'uploads/{day:%Y/%m}/{token(rng, 8)}.jpg" alt=""><figcaption class="'
                         f'wp-element-caption">{j(line)}</figcaption></figure>')
    if rng.random() < 0.3:
        code = rng.choice((f"({short.split()[0].lower()})", "(adv)", "(*)",
                           f"({slug(writer)[:3]}/{rng.choice(('hms', 'kmf', 'dkf'))})",
                           f"Sumber: {short}"))
        parts.append(f"<p>{j(code)}</p>")

    english_jp = rng.random() < 0.3
    jetpack = ""
    if rng.random() < 0.35:
        share_t = "Share this:" if english_jp else "Bagikan ini:"
        nets = [n for n in ("Facebook", "X", "WhatsApp", "Telegram", "Cetak" if not english_jp
                            else "Print", "Surel" if not english_jp else "Email")
                if rng.random() < 0.6] or ["Facebook"]
        j.also(" ".join([share_t, *nets]))
        jetpack += (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent '
                    f'sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">'
                    f'{j(share_t)}</h3>\n<div class="sd-content"><ul>'
                    + "\n".join(f'<li class="share-{slug(n)}"><a rel="nofollow noopener noreferrer"'
                              f' class="share-{slug(n)} sd-button share-icon" href="{url}?share='
                              f'{slug(n)}" target="_blank"><span>{j(n)}</span></a></li>'
                              for n in nets) + "</ul></div></div></div>")
    if rng.random() < 0.3:
        like_t = "Like this:" if english_jp else rng.choice(("Suka ini:", "Menyukai ini:"))
        loading = "Like Loading..." if english_jp else "Suka Memuat..."
        j.also(f"{like_t} {loading}")
        jetpack += (f"<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper "
                    f"jetpack-likes-widget-unloaded' id='like-post-wrapper-"
                    f"{rng.randrange(10**8, 10**9)}-{post_id}-{token(rng, 13)}' data-src='https://widgets.wp.com/likes/'>"
                    f"<h3 class=\"sd-title\">{j(like_t)}</h3>\n<span class='button'><span>"
                    f"{j(loading.split()[0])}</span></span> <span class=\"loading\">"
                    f"{j(loading.split()[1])}</span><span class='sd-text-color'></span>"
                    "<a class='sd-link-color'></a></div>")
    if rng.random() < 0.3:
        rel_t = "Related" if english_jp else "Terkait"
        items = []
        filled = rng.random() < 0.6
        if filled:
            for k, other in enumerate(other_texts(rng, text, 3)):
                other_day = day - timedelta(days=k * 3 + rng.randrange(1, 20))
                d_line = _wp_date(date_form if date_form != "iso" else "d_F_Y", other_day)
                ctx = (f'In "{category}"' if english_jp else f'Dalam "{category}"')
                items.append(f'<div class="jp-relatedposts-post jp-relatedposts-post{k}" data-post-'
                             f'id="{post_id - k - 1}"><h4 class="jp-relatedposts-post-title"><a '
                             f'class="jp-relatedposts-post-a" href="{base}/{slug(other.headline)}'
                             f'/">{j(other.headline)}</a></h4><p class="jp-relatedposts-post-date"'
                             f'>{j(d_line)}</p><p class="jp-relatedposts-post-context">{j(ctx)}'
                             "</p></div>")
        listed = ('<div class="jp-relatedposts-items jp-relatedposts-items-visual">'
                  + "".join(items) + "</div>") if filled else ""
        jetpack += (f"<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-"
                    f'relatedposts-headline"><em>{j(rel_t)}</em></h3>{listed}</div>')
    content_widget = _el(rng, rng.choice(("theme-post-content", "theme-post-content",
                                                     "text-editor")),
                         "".join(parts) + jetpack)

    # the widgets under the content
    widgets_after: list[str] = []

    def share_widget() -> str:
        nets = [n for n in ("Facebook", rng.choice(("Twitter", "X")), "WhatsApp", "Telegram",
                            "LinkedIn", rng.choice(("Print", "Cetak"))) if rng.random() < 0.6]
        nets = nets or ["Facebook", "WhatsApp"]
        icons_only = rng.random() < 0.3
        heading = ""
        if rng.random() < 0.5:
            word = rng.choice(("Bagikan:", "Bagikan Berita Ini", "Share:", "Bagikan"))
            heading = _el(rng, "heading", f'<h4 class="elementor-heading-title '
                          f'elementor-size-default">{j(word)}</h4>')
        items = []
        for n in nets:
            key = {"X": "twitter", "Cetak": "print"}.get(n, slug(n))
            label_html = ("" if icons_only else f'<div class="elementor-share-btn__text"><span '
                          f'class="elementor-share-btn__title">{j(n)}</span></div>')
            items.append(f'\n<div class="elementor-grid-item"><div class="elementor-share-btn '
                         f'elementor-share-btn_{key}" role="button" tabindex="0" aria-label='
                         f'"Bagikan di {key}"><span class="elementor-share-btn__icon"><i class='
                         f'"fab fa-{key}" aria-hidden="true"></i></span>{label_html}</div></div>')
        if not icons_only and len(nets) > 1:
            j.also(" ".join(nets))
        view = "icon" if icons_only else "icon-text"
        return heading + _el(rng, "share-buttons",
                             f'<div class="elementor-grid">{"".join(items)}</div>',
                             f" elementor-share-buttons--view-{view} elementor-share-buttons--"
                             f"skin-{rng.choice(('gradient', 'flat', 'minimal'))} "
                             "elementor-grid-0")

    def nav_widget() -> str:
        prev_t, next_t = other_texts(rng, text, 2)
        words = rng.choice((("Sebelumnya", "Selanjutnya"), ("Previous", "Next"),
                            ("Berita Sebelumnya", "Berita Selanjutnya"), ("« Sebelumnya",
                                                                         "Selanjutnya »")))
        show_titles = rng.random() < 0.8
        show_labels = rng.random() < 0.8 or not show_titles
        sides = []
        for side, label, other in (("prev", words[0], prev_t), ("next", words[1], next_t)):
            shown_bits = []
            if show_labels:
                shown_bits.append(label)
            if show_titles:
                shown_bits.append(other.headline)
            if len(shown_bits) > 1:
                j.also(" ".join(shown_bits))
            screen = "Prev" if side == "prev" else "Next"
            j(screen)
            label_html = (f'<span class="post-navigation__{side}--label">{j(label)}</span>'
                          if show_labels else "")
            title_html = (f'<span class="post-navigation__{side}--title">{j(other.headline)}'
                          "</span>" if show_titles else "")
            arrow = (f'<span class="post-navigation__arrow-wrapper post-navigation__arrow-{side}">'
                     f'<i class="fa fa-angle-{"left" if side == "prev" else "right"}" aria-hidden'
                     f'="true"></i><span class="elementor-screen-only">{screen}</span></span>')
            link_inner = (arrow + f' <span class="elementor-post-navigation__link__{side}">'
                          f"{label_html} {title_html}</span>")
            if side == "next":
                link_inner = (f'<span class="elementor-post-navigation__link__{side}">'
                              f"{label_html} {title_html}</span> " + arrow)
            sides.append(f'<div class="elementor-post-navigation__{side} elementor-post-'
                         f'navigation__link"><a href="{base}/{slug(other.headline)}/" rel="{side}">'
                         f"{link_inner}</a></div>")
        sep = ('<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-'
               'post-navigation__separator"></div></div>')
        return _el(rng, "post-navigation",
                   f'<div class="elementor-post-navigation">{sides[0]}{sep}{sides[1]}</div>')

    def posts_widget(put: Callable[[str], str], heading_word: str) -> str:
        others = other_texts(rng, text, rng.choice((2, 3, 3, 4, 6)))
        excerpt = rng.random() < 0.5
        more = rng.choice(("Baca Selengkapnya »", "Selengkapnya »", "Read More »", ""))
        cards = []
        for k, other in enumerate(others):
            other_day = day - timedelta(days=2 * k + rng.randrange(1, 3))
            meta = _wp_date("d_F_Y" if date_form in ("iso", "slash") else date_form, other_day)
            bits = [f'<h3 class="elementor-post__title"><a href="{base}/{slug(other.headline)}/">'
                    f"{put(other.headline)}</a></h3>",
                    f'<div class="elementor-post__meta-data"><span class="elementor-post-date">'
                    f"{put(meta)}</span></div>"]
            if excerpt:
                bits.append(f'<div class="elementor-post__excerpt"><p>'
                            f"{put(_teaser(rng, other.paragraphs[0]))}</p></div>")
            if more:
                bits.append(f'<a class="elementor-post__read-more" href="{base}/'
                            f'{slug(other.headline)}/" aria-label="Read more about '
                            f'{attr(other.headline)}" tabindex="-1">{put(more)}</a>')
            cards.append(f'<article class="elementor-post elementor-grid-item post-'
                         f'{post_id - k - 3} post type-post status-publish"><a class="elementor-'
                         f'post__thumbnail__link" href="{base}/{slug(other.headline)}/" '
                         f'tabindex="-1"><div class="elementor-post__thumbnail"><img src="{base}/'
                         f'wp-content/uploads/{token(rng, 9)}-300x200.jpg" alt=""></div></a>'
                         f'<div class="elementor-post__text">{"".join(bits)}</div></article>')
        heading = _el(rng, "heading", f'<h2 class="elementor-heading-title '
                      f'elementor-size-default">{put(heading_word)}</h2>')
        return heading + _el(rng, "posts",
                             '<div class="elementor-posts-container elementor-posts elementor-'
                             'posts--skin-classic elementor-grid">' + "".join(cards) + "</div>",
                             " elementor-grid-3 elementor-posts--thumbnail-top")

    def author_box() -> str:
        who = writer if show_author else rng.choice(("admin", "Admin Diskominfo"))
        bio = rng.choice((f"Dinas Komunikasi dan Informatika {city}.",
                          f"Tim peliput {short}.", "Admin website resmi.",
                          f"Pengelola informasi dan dokumentasi {short}."))
        button = rng.choice(("Lihat Semua Pos", "Semua Tulisan", "Lihat Semua Tulisan", ""))
        bits = [who, bio] + ([button] if button else [])
        j.also(" ".join(bits))
        return _el(rng, "author-box",
                   f'<div class="elementor-author-box"><div class="elementor-author-box__avatar">'
                   f'<img src="https://secure.gravatar.com/avatar/{_hex(rng, 32)}?s=300&amp;d=mm" '
                   f'alt="{attr(who)}"></div><div class="elementor-author-box__text"><h4 class="'
                   f'elementor-author-box__name">{j(who)}</h4>\n<div class="elementor-author-box__'
                   f'bio">{j(bio)}</div>\n'
                   + (f'<a class="elementor-author-box__button elementor-button elementor-size-'
                      f'xs" href="{base}/author/{slug(who)}/">{j(button)}</a>' if button else "")
                   + "</div></div>")

    def comments_widget() -> str:
        lines = ["Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan.",
                 "Ruas yang wajib ditandai *", "Komentar *", "Nama *", "Email *", "Situs Web",
                 "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya "
                 "berikutnya."]
        if rng.random() < 0.4:
            lines = ["Leave a Reply", "Your email address will not be published.",
                     "Required fields are marked *", "Comment *", "Name *", "Email *", "Website",
                     "Save my name, email, and website in this browser for the next time I "
                     "comment."]
        submit = "Kirim Komentar" if lines[0] == "Tinggalkan Balasan" else "Post Comment"
        j.also(f"{lines[1]} {lines[2]}")
        return _el(rng, "post-comments",
                   f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="'
                   f'comment-reply-title">{j(lines[0])}</h3><form action="{base}/wp-comments-'
                   f'post.php" method="post" id="commentform" class="comment-form"><p class="'
                   f'comment-notes"><span id="email-notes">{j(lines[1])}</span> <span class="'
                   f'required-field-message">{j(lines[2])}</span></p><p class="comment-form-'
                   f'comment"><label for="comment">{j(lines[3])}</label><textarea id="comment" '
                   f'name="comment" cols="45" rows="8" required></textarea></p><p class="comment-'
                   f'form-author"><label for="author">{j(lines[4])}</label><input id="author" '
                   f'name="author" type="text"></p><p class="comment-form-email"><label for='
                   f'"email">{j(lines[5])}</label><input id="email" name="email" type="email"></p>'
                   f'<p class="comment-form-url"><label for="url">{j(lines[6])}</label><input '
                   f'id="url" name="url" type="url"></p><p class="comment-form-cookies-consent">'
                   f'<input id="wp-comment-cookies-consent" type="checkbox"><label for="wp-'
                   f'comment-cookies-consent">{j(lines[7])}</label></p><p class="form-submit">'
                   f'<input name="submit" type="submit" id="submit" class="submit" value="'
                   f'{attr(submit)}"></p></form></div>', " elementor-widget-theme-post-comments")

    makers: list[Callable[[], str]] = []
    if rng.random() < 0.7:
        makers.append(share_widget)
    if rng.random() < 0.65:
        makers.append(nav_widget)
    if rng.random() < 0.2:
        makers.append(author_box)
    rng.shuffle(makers)
    widgets_after = [m() for m in makers]
    if rng.random() < 0.3:
        widgets_after.append(_el(rng, "divider", '<div class="elementor-divider"><span '
                                 'class="elementor-divider-separator"></span></div>'))
    related_inside = rng.random() < 0.5
    related_word = rng.choice(("Berita Terkait", "Berita Lainnya", "Baca Juga", "Artikel Terkait",
                               "Berita Terbaru"))
    related = posts_widget(j if related_inside else escape, related_word)
    if related_inside:
        widgets_after.append(related)
    if rng.random() < 0.15:
        widgets_after.append(comments_widget())

    # breadcrumbs
    crumbs = ""
    if rng.random() < 0.35:
        glue = rng.choice((" » ", " / ", " > "))
        first = rng.choice(("Beranda", "Home"))
        j.also(glue.join((first, category, text.headline)))
        j(first)
        j(category)
        crumbs = _el(rng, "breadcrumbs",
                     f'<p id="breadcrumbs"><span><span><a href="{base}/">{escape(first)}</a>'
                     f'{escape(glue)}<a href="{base}/category/{slug(category)}/">{escape(category)}'
                     f'</a>{escape(glue)}<span class="breadcrumb_last" aria-current="page">'
                     f"{escape(text.headline)}</span></span></span></p>",
                     " elementor-widget-theme-breadcrumbs")

    # the sidebar
    def sidebar(put: Callable[[str], str]) -> str:
        blocks = []
        search_word = rng.choice(("Cari", "Search", "Cari Berita"))
        blocks.append(_el(rng, "search-form",
                          f'<form class="elementor-search-form" role="search" action="{base}" '
                          f'method="get"><div class="elementor-search-form__container"><input '
                          f'placeholder="Cari..." class="elementor-search-form__input" type="'
                          f'search" name="s"><button class="elementor-search-form__submit" type="'
                          f'submit" aria-label="Search">{put(search_word)}</button></div></form>'))
        recent = other_texts(rng, text, rng.randrange(3, 6))
        heading = rng.choice(("Berita Terbaru", "Pos-pos Terbaru", "Terkini", "Recent Posts"))
        blocks.append(_el(rng, "heading", f'<h3 class="elementor-heading-title '
                          f'elementor-size-default">{put(heading)}</h3>'))
        blocks.append(_el(rng, "wp-widget-recent-posts",
                          "<ul>" + "".join(f'<li><a href="{base}/{slug(o.headline)}/">'
                                           f"{put(o.headline)}</a></li>" for o in recent)
                          + "</ul>"))
        if rng.random() < 0.6:
            heading_l = rng.choice(("Tautan", "Link Terkait", "Layanan"))
            links = rng.sample(("LAPOR!", "PPID", "JDIH", "SP4N", "Satu Data", "LPSE",
                                "Pengaduan"), rng.randrange(2, 5))
            blocks.append(_el(rng, "heading", f'<h3 class="elementor-heading-title '
                              f'elementor-size-default">{put(heading_l)}</h3>'))
            blocks.append(_el(rng, "icon-list",
                              '<ul class="elementor-icon-list-items">' + "".join(
                                  f'<li class="elementor-icon-list-item"><a href="#"><span '
                                  f'class="elementor-icon-list-icon"><i class="fas fa-link" '
                                  f'aria-hidden="true"></i></span><span class="elementor-icon-'
                                  f'list-text">{put(x)}</span></a></li>' for x in links)
                              + "</ul>"))
        if rng.random() < 0.5:
            heading_a = rng.choice(("Arsip", "Archives"))
            months = [day - timedelta(days=31 * k) for k in range(rng.randrange(3, 7))]
            blocks.append(_el(rng, "heading", f'<h3 class="elementor-heading-title '
                              f'elementor-size-default">{put(heading_a)}</h3>'))
            blocks.append(_el(rng, "wp-widget-archives",
                              "<ul>" + "".join(f'<li><a href="{base}/{m:%Y/%m}/">'
                                               f'{put(f"{MONTHS[m.month - 1]} {m.year}")}</a></li>'
                                               for m in months) + "</ul>"))
        return "".join(blocks)

    side_put = j if hero else escape
    side_html = sidebar(side_put) if layout != "one" else ""

    # the template
    top_widgets = [crumbs, title_widget, info_widget]
    if rng.random() < 0.25:
        top_widgets = [crumbs, info_widget, title_widget]
    if rng.random() < 0.2 and image_widget and not hero:
        top_widgets.insert(0, image_widget)  # a picture above the title
        image_widget = ""
    body_widgets = [image_widget, content_widget, *widgets_after]
    tid = rng.randrange(100, 9000)
    if layout == "one":
        sections = _section(rng, _column(rng, 100, "".join(top_widgets + body_widgets)))
        if not related_inside and rng.random() < 0.6:
            sections += _section(rng, _column(rng, 100, related))
            related = ""
    elif layout == "two":
        main = "".join(top_widgets + body_widgets)
        sections = _section(rng, _column(rng, 66, main) + _column(rng, 33, side_html))
    else:
        bg = rng.random() < 0.5
        hero_cols = _column(rng, 100, "".join(top_widgets))
        sections = (_section(rng, hero_cols, extra=" elementor-section-full_width" + (
            " elementor-section-stretched" if bg else ""))
            + _section(rng, _column(rng, 66, "".join(body_widgets)) + _column(rng, 33, side_html)))
    template = (f'<div data-elementor-type="single-post" data-elementor-id="{tid}" class="'
                f'elementor elementor-{tid} elementor-location-single post-{post_id} post '
                f"type-post status-publish format-standard has-post-thumbnail hentry category-"
                f'{slug(category)}" data-elementor-post-type="elementor_library">{sections}</div>')
    after_template = "" if related_inside or not related else (
        f'<div class="elementor-location-single-after">{related}</div>')
    if layout == "one" and not side_html and rng.random() < 0.5:
        after_template += (f'<aside id="secondary" class="widget-area">{sidebar(escape)}'
                           "</aside>")

    # the head
    title = joined_title(rng, text.headline, site, (" – ", " - ", " | ", " » ", " – "))
    machine = ""
    machine_later = ""
    if seo == "yoast":
        machine, machine_later = _utc_plus(when), _utc_plus(later)
    elif seo == "rankmath":
        machine, machine_later = _iso(when), _iso(later)
    head: list[str] = []
    if seo != "none":
        head += [f'<link rel="canonical" href="{url}">',
                 '<meta property="og:locale" content="id_ID">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
        use_graph = rng.random() < 0.6
        if not use_graph or rng.random() < 0.8:
            head.append(f'<meta property="article:published_time" content="{machine}">')
        if rng.random() < 0.5:
            head.append(f'<meta property="article:modified_time" content="{machine_later}">')
        if use_graph:
            graph: list[dict[str, object]] = [
                {"@type": "WebPage", "@id": url, "url": url, "name": title,
                 "datePublished": machine, "dateModified": machine_later,
                 "inLanguage": "id"},
                {"@type": "Organization", "@id": f"{base}/#organization", "name": name,
                 "url": f"{base}/"}]
            if seo == "rankmath" or rng.random() < 0.5:
                graph.append({"@type": rng.choice(("Article", "NewsArticle", "BlogPosting")),
                              "headline": text.headline, "datePublished": machine,
                              "dateModified": machine_later,
                              "author": {"@type": "Person", "name": writer},
                              "articleSection": category})
            head.append(f'<script type="application/ld+json" class="'
                        f'{"yoast-schema-graph" if seo == "yoast" else "rank-math-schema"}">'
                        f'{_script_json({"@context": "https://schema.org", "@graph": graph})}'
                        "</script>")
    if rng.random() < 0.5:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    sheets = (("elementor-frontend", "plugins/elementor/assets/css/frontend.min.css"),
              (f"elementor-post-{tid}", f"uploads/elementor/css/post-{tid}.css"),
              ("elementor-pro", "plugins/elementor-pro/assets/css/frontend.min.css"))
    css = "".join(f"<link rel='stylesheet' id='{x}-css' href='{base}/wp-content/{y}?ver="
                  f"3.{rng.randrange(5, 24)}.{rng.randrange(0, 9)}' media='all' />"
                  for x, y in sheets)
    menu = ("Beranda", "Profil", "Berita", "Layanan", "PPID", "Galeri", "Kontak")
    nav = "".join(f'<li class="menu-item menu-item-type-custom"><a href="{base}/'
                  f'{slug(m) if m != "Beranda" else ""}" class="elementor-item">{escape(m)}'
                  "</a></li>" for m in menu)
    hid = rng.randrange(10, 99)
    header = (f'<div data-elementor-type="header" data-elementor-id="{hid}" class="elementor '
              f'elementor-{hid} elementor-location-header">' + _section(rng, _column(
                  rng, 33, _el(rng, "theme-site-logo", f'<a href="{base}"><img src="'
                               f'{base}/wp-content/uploads/logo.png" alt="{attr(short)}"></a>'))
                  + _column(rng, 66, _el(rng, "nav-menu",
                                         f'<nav class="elementor-nav-menu--main elementor-nav-'
                                         f'menu__container"><ul class="elementor-nav-menu">{nav}'
                                         "</ul></nav>"))) + "</div>")
    fid = rng.randrange(100, 999)
    street = rng.choice(("Jenderal Sudirman", "Ahmad Yani", "Pattimura", "Diponegoro"))
    footer = (f'<div data-elementor-type="footer" data-elementor-id="{fid}" class="elementor '
              f'elementor-{fid} elementor-location-footer">' + _section(rng, _column(
                  rng, 100, _el(rng, "text-editor",
                                f"<p>{escape(name)}<br>Jl. {street}"
                                f" No. {rng.randrange(1, 120)}, {escape(city)}</p><p>&copy; "
                                f"{day.year} {escape(short)}. All Rights Reserved.</p>")))
              + "</div>")
    body_cls = (f"post-template-default single single-post postid-{post_id} single-format-"
                f"standard elementor-default elementor-template-full-width elementor-kit-"
                f"{rng.randrange(5, 50)} elementor-page-{tid}")
    html = f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
{css}
</head>
<body class="{body_cls}">
<a class="skip-link screen-reader-text" href="#content">Lompat ke konten</a>
{header}
<main id="content" class="site-main">
{template}
{after_template}
</main>
{footer}
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


def _elementor_listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
                       category: str) -> tuple[str, str, Truth]:
    """A category's archive on an Elementor archive template: the archive title, a posts
    widget of cards and Elementor's pagination."""
    day = when_in(rng, zone).date()
    heading = rng.choice((category, f"Kategori: {category}", f"Arsip {category}", "Berita Terkini",
                          category.upper()))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    cards = "".join(
        f'<article class="elementor-post elementor-grid-item"><div class="elementor-post__text">'
        f'<h3 class="elementor-post__title"><a href="{base}/{slug(o.headline)}/">'
        f'{escape(o.headline)}</a></h3><div class="elementor-post__meta-data"><span class="'
        f'elementor-post-date">{_long(d, day_name=False)}</span></div><div class="elementor-'
        f'post__excerpt"><p>{escape(_teaser(rng, o.paragraphs[0]))}</p></div><a class="elementor-'
        f'post__read-more" href="{base}/{slug(o.headline)}/">Baca Selengkapnya »</a></div>'
        "</article>" for o, d in shown)
    url = f"{base}/{rng.choice(('category/' + slug(category) + '/', 'berita/', 'page/2/'))}"
    title_widget = (f'<div class="elementor-widget elementor-widget-theme-archive-title elementor-'
                    f'page-title elementor-widget-heading"><div class="elementor-widget-container">'
                    f'<h1 class="elementor-heading-title elementor-size-default">{escape(heading)}'
                    "</h1></div></div>")
    html = f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><title>{escape(heading)} – {escape(site)}</title>
</head><body class="archive category elementor-default elementor-template-full-width">
<div data-elementor-type="archive" class="elementor elementor-location-archive"><section
 class="elementor-section elementor-top-section"><div class="elementor-container"><div
 class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">{title_widget}
<div class="elementor-widget elementor-widget-archive-posts"><div
 class="elementor-widget-container"><div class="elementor-posts-container elementor-posts
 elementor-grid">{cards}</div>
<nav class="elementor-pagination" role="navigation" aria-label="Pagination"><span
 aria-current="page" class="page-numbers current">1</span> <a class="page-numbers"
 href="{base}/page/2/">2</a> <span class="page-numbers dots">…</span> <a class="page-numbers
 next" href="{base}/page/2/">Berikutnya »</a></nav></div></div></div></div></div></section></div>
<footer>&copy; {day.year} {escape(site)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


# -- 2. a government press release ("Siaran Pers") -------------------------------------------

# (government, office, the office's short name, its code in numbers, host, zone, city,
#  street address, telephone)
_OFFICES = (
    ("Pemerintah Provinsi Jawa Tengah", "Dinas Komunikasi dan Informatika", "Diskominfo Jateng",
     "Diskominfo", "jatengprov.go.id", "WIB", "Semarang",
     "Jl. Menteri Supeno I No. 2, Semarang 50243", "(024) 8319140"),
    ("Pemerintah Provinsi Nusa Tenggara Timur", "Biro Administrasi Pimpinan Setda",
     "Biro Adpim NTT", "Adpim", "nttprov.go.id", "WITA", "Kupang",
     "Jl. El Tari No. 52, Kupang 85111", "(0380) 833144"),
    ("Pemerintah Provinsi Sulawesi Selatan", "Biro Administrasi Pimpinan Setda",
     "Biro Adpim Sulsel", "Adpim", "sulselprov.go.id", "WITA", "Makassar",
     "Jl. Urip Sumoharjo No. 269, Makassar 90231", "(0411) 453050"),
    ("Pemerintah Provinsi Maluku", "Biro Administrasi Pimpinan Setda", "Biro Adpim Maluku",
     "Adpim", "malukuprov.go.id", "WIT", "Ambon", "Jl. Pattimura No. 1, Ambon 97124",
     "(0911) 352600"),
    ("Pemerintah Provinsi Jawa Timur", "Dinas Komunikasi dan Informatika", "Diskominfo Jatim",
     "Kominfo", "jatimprov.go.id", "WIB", "Surabaya",
     "Jl. A. Yani No. 242-244, Surabaya 60235", "(031) 8294608"),
    ("Pemerintah Provinsi Kalimantan Timur", "Biro Administrasi Pimpinan Setda",
     "Biro Adpim Kaltim", "Adpim", "kaltimprov.go.id", "WITA", "Samarinda",
     "Jl. Gajah Mada No. 2, Samarinda 75121", "(0541) 733333"),
    ("Pemerintah Kota Bandung", "Dinas Komunikasi dan Informatika", "Diskominfo Kota Bandung",
     "Diskominfo", "bandung.go.id", "WIB", "Bandung",
     "Jl. Wastukancana No. 2, Bandung 40117", "(022) 4234793"),
    ("Pemerintah Provinsi Sumatera Barat", "Biro Administrasi Pimpinan Setda",
     "Biro Adpim Sumbar", "Adpim", "sumbarprov.go.id", "WIB", "Padang",
     "Jl. Jenderal Sudirman No. 51, Padang 25113", "(0751) 31401"),
    ("Pemerintah Kabupaten Badung", "Bagian Protokol dan Komunikasi Pimpinan Setda",
     "Prokopim Badung", "Prokopim", "badungkab.go.id", "WITA", "Mangupura",
     "Jl. Raya Sempidi, Mangupura 80351", "(0361) 9009264"),
    ("Pemerintah Provinsi Maluku Utara", "Biro Administrasi Pimpinan Setda",
     "Biro Adpim Malut", "Adpim", "malutprov.go.id", "WIT", "Sofifi",
     "Jl. Raya Sofifi, Oba Utara 97852", "(0921) 3121095"),
    ("Pemerintah Daerah Daerah Istimewa Yogyakarta",
     "Biro Umum, Hubungan Masyarakat dan Protokol Setda", "Biro UHP DIY", "Humas",
     "jogjaprov.go.id", "WIB", "Yogyakarta", "Kompleks Kepatihan Danurejan, Yogyakarta 55213",
     "(0274) 562811"),
    ("Pemerintah Provinsi Kalimantan Barat", "Dinas Komunikasi dan Informatika",
     "Diskominfo Kalbar", "Diskominfo", "kalbarprov.go.id", "WIB", "Pontianak",
     "Jl. Ahmad Yani, Pontianak 78121", "(0561) 736541"),
    ("Pemerintah Provinsi Sulawesi Utara",
     "Dinas Komunikasi, Informatika, Persandian dan Statistik", "Diskominfo Sulut",
     "Diskominfo", "sulutprov.go.id", "WITA", "Manado", "Jl. 17 Agustus No. 69, Manado 95119",
     "(0431) 865559"),
    ("Pemerintah Provinsi Papua", "Dinas Komunikasi dan Informatika", "Diskominfo Papua",
     "Kominfo", "papua.go.id", "WIT", "Jayapura", "Jl. Soa Siu Dok II, Jayapura 99111",
     "(0967) 533380"),
    ("Pemerintah Kabupaten Kutai Kartanegara", "Dinas Komunikasi dan Informatika",
     "Diskominfo Kukar", "Diskominfo", "kukarkab.go.id", "WITA", "Tenggarong",
     "Jl. Wolter Monginsidi No. 1, Tenggarong 75512", "(0541) 661042"),
)
_JOBS = ("Kepala Bagian Materi dan Komunikasi Pimpinan", "Kepala Bidang Informasi dan "
         "Komunikasi Publik", "Kepala Subbagian Peliputan dan Dokumentasi",
         "Pranata Humas Ahli Muda", "Kepala Bagian Protokol", "Kepala Seksi Layanan Informasi",
         "Juru Bicara", "Kepala Bidang Pengelolaan Opini dan Aspirasi Publik")
_RANKS_ASN = ("Pembina Utama Muda", "Pembina Tingkat I", "Pembina Utama Madya", "Pembina")
_END_MARKS = ("-- selesai --", "###", "- SELESAI -", "***", "-o0o-", "-SELESAI-", "# # #")


def _nip(rng: random.Random) -> str:
    born = f"{rng.randrange(1966, 1986)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    hired = f"{rng.randrange(1990, 2012)}{rng.randrange(1, 13):02d}"
    return f"{born} {hired} {rng.randrange(1, 3)} {rng.randrange(1, 20):03d}"


def _phone(rng: random.Random) -> str:
    digits = [f"08{rng.choice((1, 1, 2, 5, 7))}{rng.randrange(1, 10)}",
              str(rng.randrange(1000, 10000)), str(rng.randrange(1000, 10000))]
    return rng.choice(("-".join(digits), " ".join(digits), "".join(digits),
                       "+62 " + digits[0][1:] + "-" + digits[1] + "-" + digits[2]))


def _release_number(rng: random.Random, code: str, day: date) -> tuple[str, str]:
    """The release's number: its label and its value."""
    n = rng.randrange(1, 400)
    roman = _ROMAN[day.month - 1]
    value = rng.choice((f"{n}/HM/{roman}/{day.year}", f"{n:03d}/SP/{code}/{roman}/{day.year}",
                        f"B-{n}/{code}/HM.01.01/{day.month:02d}/{day.year}",
                        f"SP-{n}/{code.upper()}/{day.year}",
                        f"{n}/Siaran Pers/{code}/{roman}/{day.year}",
                        f"{n:03d}/HUMAS/{roman}/{day.year}"))
    return rng.choice(("Nomor", "Nomor", "No.", "No", "Nomor Siaran Pers")), value


def siaran_pers(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A press release ("Siaran Pers") of a province's or a city's Biro Humas, Biro
    Adpim or Diskominfo, on the government's portal (a WordPress theme, a Bootstrap
    CMS, or a bare release page): a letterhead inside the article (the government's and
    the office's names in capitals, the address, "Telepon ... Laman ... Pos-el ..."),
    "SIARAN PERS" or "PRESS RELEASE", the number ("Nomor: 123/HM/V/2024", "No.
    B-12/Kominfo/HM.01.01/05/2024", a table of "Nomor", "Tanggal" and "Sifat"), the
    dateline ("Semarang, 13 Mei 2024") above the text, below it before a signature, or
    before the first paragraph ("SEMARANG, 13 Mei 2024 –"), "Untuk diterbitkan segera",
    the headline again in capitals, an end mark ("-- selesai --", "###"), an "About the
    office" paragraph, the contact block (Narahubung / Kontak Media: a name, a post, a
    telephone or WhatsApp number, an e-mail address, as lines, a table or a list), a
    signature ("ttd", a NIP), a link to the PDF (and an embedded viewer's fallback
    text); around it the portal's category, breadcrumbs, posting line ("Diposting oleh
    Admin | Senin, 13 Mei 2024 - 10:30 WITA | Dilihat 321 kali"), tags, share buttons and
    other releases."""
    gov, office, short, code, host, zone, city, address, phone = rng.choice(_OFFICES)
    base = f"https://{rng.choice(('', 'www.', 'humas.', 'diskominfo.', 'biroadpim.'))}{host}"
    site = rng.choice((gov, short, f"{short} – {gov}", f"Portal Resmi {gov}"))
    s = slug(text.headline)
    post_id = rng.randrange(100, 20000)
    cms = rng.choice(("wp", "wp", "bootstrap", "bootstrap", "bare"))
    if rng.random() < 1 / 8:
        return _release_listing(rng, text, site, base, zone, cms, code)

    # the dates: the release's day, and the portal's posting line
    post_line_form = rng.choice(("date", "date_zone", "date_zone", "none")) if cms != "bare" \
        else "none"
    if post_line_form == "date_zone" and zone == "WIB" and rng.random() < 0.4:
        post_line_form = "date_wib_bare"
    stamp = rng.choice(("offset", "utc", "none", "none")) if cms == "wp" else (
        rng.choice(("offset", "none", "none")) if cms == "bootstrap" else "none")
    timed = post_line_form in ("date_zone", "date_wib_bare") or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none", office_hours=not timed)
    day = when.date()
    url = rng.choice((f"{base}/siaran-pers/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/",
                      f"{base}/berita/siaran-pers/{post_id}/{s}", f"{base}/rilis/{s}",
                      f"{base}/index.php/siaran-pers/{post_id}-{s}"))
    j = Junk()

    # the letterhead
    letterhead = ""
    head_style = rng.choice(("table", "lines", "lines", "image", "none"))
    office_caps = office.upper()
    gov_caps = gov.upper()
    domain = base.split("//", 1)[1]
    mail = f"{rng.choice(('humas', 'diskominfo', 'biroadpim', 'prokopim', 'kominfo'))}@{host}"
    contact_line = rng.choice((f"Telepon {phone}, Laman {domain}, Pos-el {mail}",
                               f"Telp. {phone} Fax. {phone[:-2]}{rng.randrange(10, 99)}",
                               f"Telp. {phone} | Email: {mail} | Website: {domain}",
                               f"Laman: https://{domain} Pos-el: {mail}"))
    head_lines = [gov_caps, office_caps, address, contact_line]
    if rng.random() < 0.3:
        head_lines.pop(3)
    logo = (f'<img src="{base}/assets/img/logo-{slug(gov)[:20]}.png" alt="Logo" width="80" '
            'height="90">')
    if head_style == "table":
        cells = "".join(
            f'<div style="font-size:{16 - 2 * k if k < 2 else 11}px;'
            f'{"font-weight:bold;" if k < 2 else ""}">{j(line)}</div>\n'
            for k, line in enumerate(head_lines))
        letterhead = (f'<table class="kop-surat" width="100%" style="border-bottom:3px double '
                      f'#000"><tr><td width="90">{logo}</td><td style="text-align:center">{cells}'
                      "</td></tr></table>")
    elif head_style == "lines":
        bits = []
        for k, line in enumerate(head_lines):
            bits.append(f"<strong>{j(line)}</strong>" if k < 2 else j(line))
        shown_logo = logo if rng.random() < 0.5 else ""
        letterhead = (f'<p class="kop" style="text-align:center">{shown_logo}'
                      + "<br>\n".join(bits) + "</p><hr>")
    elif head_style == "image":
        letterhead = (f'<p style="text-align:center"><img src="{base}/wp-content/uploads/kop-'
                      f'siaran-pers.png" alt="Kop Siaran Pers {attr(short)}" width="100%"></p>')

    # the release's label, its number, its dateline
    label = rng.choice(("SIARAN PERS", "SIARAN PERS", "Siaran Pers", "PRESS RELEASE",
                        "SIARAN PERS / PRESS RELEASE", "RILIS MEDIA"))
    label_html = (f'<h3 style="text-align:center"><u>{j(label)}</u></h3>' if rng.random() < 0.5
                  else f'<p style="text-align:center"><strong>{j(label)}</strong></p>')
    number_label, number_value = _release_number(rng, code, day)
    date_words = rng.choice((_long(day, day_name=False), _long(day, day_name=False),
                             f"{DAYS[day.weekday()]}, {_long(day, day_name=False)}",
                             f"{day:%d/%m/%Y}", f"{DAYS[day.weekday()]} ({day.day}/{day.month}/"
                             f"{day.year})"))
    place_date = f"{city}, {date_words}"
    number_style = rng.choice(("line", "line", "table", "none"))
    number_html = ""
    dateline_at = rng.choice(("top", "top", "bottom", "lede", "lede", "none"))
    if number_style == "line":
        line = f"{number_label}: {number_value}" if rng.random() < 0.6 else (
            f"{number_label} : {number_value}")
        number_html = f'<p style="text-align:center">{j(line)}</p>'
    elif number_style == "table":
        rows = [(number_label, number_value)]
        if dateline_at != "top" or rng.random() < 0.5:
            rows.append(("Tanggal", _long(day, day_name=False)))
        if rng.random() < 0.5:
            rows.append(("Sifat", rng.choice(("Segera", "Biasa", "Untuk diterbitkan segera"))))
        if rng.random() < 0.3:
            rows.append(("Lampiran", rng.choice(("1 (satu) berkas", "-", "Foto kegiatan"))))
        trs = []
        for k, v in rows:
            j.also(f"{k} : {v}")
            trs.append(f"<tr><td>{j(k)}</td> <td>:</td> <td>{j(v)}</td></tr>")
        number_html = f'<table class="nomor-siaran" style="margin:0 auto">{"".join(trs)}</table>'
    release_now = ""
    if rng.random() < 0.55:
        word = rng.choice(("Untuk diterbitkan segera", "UNTUK SEGERA DITERBITKAN",
                           "Untuk Segera Disiarkan", "FOR IMMEDIATE RELEASE",
                           "Untuk disiarkan segera"))
        release_now = f'<p style="text-align:right"><em>{j(word)}</em></p>'
    top_dateline = ""
    if dateline_at == "top":
        top_dateline = f'<p style="text-align:right">{j(place_date)}</p>'

    # the headline: the portal's, the release's, or both
    look = rng.choice(("h1", "h1", "h2", "p_strong", "h3_center"))
    portal_headline = cms != "bare" and rng.random() < 0.75
    repeat_caps = portal_headline and rng.random() < 0.45
    if portal_headline:
        cls = {"wp": "entry-title", "bootstrap": "card-title fw-bold"}.get(cms, "judul")
        tag = "h1" if look in ("h1", "p_strong", "h3_center") else "h2"
        headline = f'<{tag} class="{cls}">{escape(text.headline)}</{tag}>'
    else:
        headline = {"h1": f'<h1 class="judul-siaran">{escape(text.headline)}</h1>',
                    "h2": f'<h2 style="text-align:center">{escape(text.headline)}</h2>',
                    "p_strong": f'<p style="text-align:center"><strong>{escape(text.headline)}'
                                "</strong></p>",
                    "h3_center": f'<h3 style="text-align:center">{escape(text.headline)}</h3>',
                    }[look]
    caps_html = ""
    if repeat_caps:
        caps_html = (f'<p style="text-align:center"><strong>{j(text.headline.upper())}</strong>'
                     "</p>")

    # the text
    lede = ""
    if dateline_at == "lede":
        lede = rng.choice((f"{city.upper()}, {_long(day, day_name=False)} –",
                           f"{city.upper()}, {DAYS[day.weekday()]} ({day.day}/{day.month}/"
                           f"{day.year}) –",
                           f"{city}, {_long(day, day_name=False)} -",
                           f"{city.upper()} ({day.day}/{day.month}) –"))
    pstyle = rng.choice(("p", "justify", "justify", "indent"))
    parts: list[str] = []
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and lede:
            words = f"<strong>{j(lede)}</strong> {words}"
        if pstyle == "justify":
            parts.append(f'<p style="text-align: justify;">{words}</p>')
        elif pstyle == "indent":
            parts.append(f'<p style="text-align: justify; text-indent: 40px;">{words}</p>')
        else:
            parts.append(f"<p>{words}</p>")
    tail: list[str] = []
    end_mark = rng.choice(_END_MARKS) if rng.random() < 0.5 else ""
    if end_mark:
        tail.append(f'<p style="text-align:center">{j(end_mark)}</p>')
    if rng.random() < 0.25:
        about_head = f"Tentang {short}"
        about = (f"{office} {gov.replace('Pemerintah ', '')} merupakan unsur pelaksana urusan "
                 f"pemerintahan di bidang komunikasi dan informasi publik yang bertugas "
                 f"menyebarluaskan informasi kebijakan, program dan kegiatan pemerintah daerah "
                 f"kepada masyarakat.")
        tail.append(f"<p><strong>{j(about_head)}</strong></p><p><em>{j(about)}</em></p>")
    bottom_dateline = ""
    if dateline_at == "bottom":
        bottom_dateline = f'<p style="text-align:right">{j(place_date)}</p>'

    # the contact block
    contact = ""
    if rng.random() < 0.75:
        heading_c = rng.choice(("Narahubung:", "Kontak Media:", "Informasi lebih lanjut:",
                                "Contact Person:", "Untuk informasi lebih lanjut, hubungi:",
                                "Narahubung", "KONTAK MEDIA"))
        person = _person(rng)
        job = rng.choice(_JOBS)
        tel = _phone(rng)
        c_mail = rng.choice((mail, f"{slug(person).split('-')[0]}.{code.lower()}@gmail.com",
                             f"ppid@{host}"))
        fields = [("Nama", person), ("Jabatan", job),
                  (rng.choice(("Telp/WA", "HP/WA", "WhatsApp", "Telepon", "No. HP")), tel),
                  (rng.choice(("Email", "E-mail", "Pos-el", "Surel")), c_mail)]
        if rng.random() < 0.3:
            fields.pop(1)
        if rng.random() < 0.2:
            fields.pop()
        look_c = rng.choice(("lines", "lines", "labelled", "table", "list"))
        if look_c == "lines":
            lines = [fields[0][1]] + [v if k in ("Nama", "Jabatan") else f"{k}: {v}"
                                      for k, v in fields[1:]]
            contact = (f'<p class="narahubung"><strong>{j(heading_c)}</strong><br>\n'
                       + "<br>\n".join(j(x) for x in lines) + "</p>")
        elif look_c == "labelled":
            lines = [f"{k}: {v}" for k, v in fields]
            contact = (f'<p class="narahubung"><strong>{j(heading_c)}</strong><br>\n'
                       + "<br>\n".join(j(x) for x in lines) + "</p>")
        elif look_c == "table":
            trs = []
            for k, v in fields:
                j.also(f"{k} : {v}")
                trs.append(f"<tr><td>{j(k)}</td> <td>:</td> <td>{j(v)}</td></tr>")
            contact = (f'<p><strong>{j(heading_c)}</strong></p><table class="narahubung">'
                       f'{"".join(trs)}</table>')
        else:
            contact = (f'<div class="narahubung"><h4>{j(heading_c)}</h4><ul>'
                       + "".join(f"<li>{j(f'{k}: {v}')}</li>\n" for k, v in fields)
                       + "</ul></div>")

    # the signature
    signature = ""
    if rng.random() < 0.2:
        chief = _person(rng)
        role = rng.choice((f"Kepala {office.replace(' Setda', '')}",
                           f"Plt. Kepala {office.replace(' Setda', '')}",
                           f"Kepala {office.split(',')[0].replace(' Setda', '')} {city}"))
        lines = [role + ",", "ttd", chief]
        if rng.random() < 0.6:
            lines.append(rng.choice(_RANKS_ASN))
            lines.append(f"NIP {_nip(rng)}")
        signature = ('<p style="text-align:center;margin-left:50%">'
                     + "<br>\n".join(j(x) for x in lines) + "</p>")

    # the PDF
    pdf = ""
    pdf_name = f"siaran-pers-{slug(number_value)[:28]}.pdf"
    if rng.random() < 0.35:
        size_kb = rng.randrange(90, 2400)
        line = rng.choice((f"Unduh Siaran Pers (PDF, {size_kb} KB)", "Download Siaran Pers",
                           f"Lampiran: {pdf_name} ({size_kb} KB)", "Unduh Dokumen",
                           f"{pdf_name}"))
        pdf = (f'<p class="unduh"><a href="{base}/wp-content/uploads/{day:%Y/%m}/{pdf_name}" '
               f'class="btn btn-primary" download><i class="fa fa-file-pdf-o"></i> {j(line)}'
               "</a></p>")
        if rng.random() < 0.4:
            fallback = rng.choice(("Browser Anda tidak mendukung tampilan PDF. Silakan unduh "
                                   "dokumen di atas.", "Dokumen tidak dapat ditampilkan.",
                                   "This browser does not support PDFs. Please download the PDF "
                                   "to view it."))
            pdf += (f'<object data="{base}/wp-content/uploads/{day:%Y/%m}/{pdf_name}" type="'
                    f'application/pdf" width="100%" height="600"><p>{j(fallback)}</p></object>')
    pdf_top = bool(pdf) and rng.random() < 0.3

    # the portal's posting line and furniture
    poster = rng.choice(("Admin", "admin", short, "Humas", _person(rng), "Redaksi"))
    show_poster = cms != "bare" and rng.random() < 0.55
    author: str | None = poster if show_poster else None
    post_bits: list[str] = []
    if show_poster:
        post_bits.append(rng.choice(("Diposting oleh ", "Oleh: ", "Penulis: ", "By ")) + poster)
    if post_line_form == "date":
        post_bits.append(rng.choice((_long(day), _long(day, day_name=False), f"{day:%d/%m/%Y}")))
    elif post_line_form == "date_zone":
        post_bits.append(rng.choice((f"{_long(day)} - {when:%H:%M} {zone}",
                                     f"{_long(day, day_name=False)}, {when:%H:%M} {zone}",
                                     f"{_long(day)} | {when:%H.%M} {zone}")))
    elif post_line_form == "date_wib_bare":
        post_bits.append(rng.choice((f"{_long(day)} {when:%H:%M}",
                                     f"{day:%d/%m/%Y} {when:%H:%M}")))
    if cms != "bare" and rng.random() < 0.45:
        post_bits.append(rng.choice((f"Dilihat {thousands(rng.randrange(20, 9000))} kali",
                                     f"{thousands(rng.randrange(20, 9000))} views",
                                     f"Dibaca: {thousands(rng.randrange(20, 9000))}")))
    machine = _iso(when) if stamp == "offset" else _utc_plus(when) if stamp == "utc" else ""
    post_line = ""
    stamped_in_body = False
    if post_bits:
        glue = rng.choice((" | ", " | ", " · ", " - "))
        pieces = []
        for k, bit in enumerate(post_bits):
            timed_bit = k == (1 if show_poster else 0) and post_line_form != "none"
            if timed_bit and machine and rng.random() < 0.5:
                stamped_in_body = True
                pieces.append(f'<time datetime="{machine}">{j(bit)}</time>')
            else:
                pieces.append(f"<span>{j(bit)}</span>")
        if len(post_bits) > 1:
            j.also(glue.join(post_bits))
        post_line = f'<div class="entry-meta post-meta">{escape(glue).join(pieces)}</div>'
    category_word = rng.choice(("Siaran Pers", "Siaran Pers", "Rilis", "Press Release",
                                "Berita"))
    kicker = ""
    if cms != "bare" and rng.random() < 0.5:
        kicker = (f'<span class="cat-label"><a href="{base}/category/{slug(category_word)}/">'
                  f"{j(category_word)}</a></span>")
    crumbs_inside = cms == "bootstrap" and rng.random() < 0.5
    put_c = j if crumbs_inside else escape
    crumb_items = ["Beranda", category_word, rng.choice(("Detail", "Baca", "Detail Siaran Pers"))]
    if crumbs_inside:
        j.also(" / ".join(crumb_items))
    crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb">' + " / ".join(
        f'<li class="breadcrumb-item">{put_c(c)}</li>' for c in crumb_items) + "</ol></nav>")
    follow: list[str] = []
    if cms != "bare" and rng.random() < 0.45:
        tags = rng.sample((*_TAGS, city.lower(), "siaran pers", code.lower()), rng.randrange(2, 5))
        label_t = rng.choice(("Tags:", "Tag:", "Topik:"))
        j.also(" ".join([label_t, *tags]))
        follow.append(f'<div class="tags"><span>{j(label_t)}</span> ' + " ".join(
            f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>' for t in tags) + "</div>")
    if cms != "bare" and rng.random() < 0.5:
        share_w = rng.choice(("Bagikan:", "Share:", "Bagikan Siaran Pers ini"))
        nets = [n for n in ("Facebook", "Twitter", "WhatsApp", "Telegram", "Email")
                if rng.random() < 0.6] or ["WhatsApp"]
        j.also(" ".join([share_w, *nets]))
        follow.append(f'<div class="share-buttons"><span>{j(share_w)}</span> ' + " ".join(
            f'<a href="#" class="share-{slug(n)}">{j(n)}</a>' for n in nets) + "</div>")
    if cms != "bare" and rng.random() < 0.3:
        back = rng.choice(("« Kembali ke Siaran Pers", "Kembali", "Lihat Siaran Pers Lainnya"))
        follow.append(f'<p><a href="{base}/siaran-pers/" class="btn btn-outline">{j(back)}</a></p>')

    # the release block, and the article around it
    release_head = [letterhead, label_html, number_html, release_now, top_dateline]
    if rng.random() < 0.3:
        release_head = [letterhead, label_html, release_now, number_html, top_dateline]
    if not portal_headline:
        release_head.append(headline)
    release_head.append(caps_html)
    release_tail = [*tail, bottom_dateline, signature, contact]
    if signature and rng.random() < 0.5:
        release_tail = [*tail, contact, bottom_dateline, signature]
    release = (f'<div class="siaran-pers release-block">{"".join(release_head)}'
               f'{pdf if pdf_top else ""}{"".join(parts)}{"".join(release_tail)}'
               f'{"" if pdf_top else pdf}</div>')
    top = [crumbs if crumbs_inside else "", kicker, headline if portal_headline else "",
           post_line]
    if rng.random() < 0.3:
        top = [crumbs if crumbs_inside else "", kicker, post_line,
               headline if portal_headline else ""]
    image = ""
    if cms != "bare" and rng.random() < 0.4:
        caption = ""
        if rng.random() < 0.5:
            line = rng.choice((f"Foto: {short}", f"Dokumentasi {short}",
                               f"Suasana kegiatan di {city}. (Foto: {short})"))
            caption = f"<figcaption>{j(line)}</figcaption>"
        image = (f'<figure class="post-thumbnail"><img src="{base}/wp-content/uploads/'
                 f'{day:%Y/%m}/{token(rng, 12)}.jpg" alt="{attr(text.headline)}">{caption}'
                 "</figure>")
    if cms == "wp":
        article = (f'<article id="post-{post_id}" class="post-{post_id} post type-post status-'
                   f'publish format-standard category-siaran-pers"><header class="entry-header">'
                   f'{"".join(top)}</header>{image}<div class="entry-content">{release}'
                   f'{"".join(follow)}</div></article>')
    elif cms == "bootstrap":
        article = (f'<div class="card shadow-sm detail-siaran"><div class="card-body">'
                   f'{"".join(top)}{image}{release}{"".join(follow)}</div></div>')
    else:
        article = f'<div id="siaran" class="container-release">{"".join(top)}{release}</div>'

    # others, the head, the page
    others = other_texts(rng, text, rng.randrange(3, 6))
    other_items = "".join(
        f'<li><a href="{base}/siaran-pers/{slug(o.headline)}/">{escape(o.headline)}</a> <small>'
        f"{_long(day - timedelta(days=k + 1), day_name=False)}</small></li>"
        for k, o in enumerate(others))
    aside_head = rng.choice(("Siaran Pers Lainnya", "Rilis Terbaru", "Terkini"))
    aside = (f'<aside class="sidebar"><h3>{escape(aside_head)}</h3><ul>{other_items}</ul>'
             "</aside>") if cms != "bare" else ""
    title = joined_title(rng, text.headline, site, (" – ", " - ", " | ", " :: "))
    if rng.random() < 0.2:
        title = f"Siaran Pers: {text.headline} - {short}"
    head: list[str] = []
    if cms != "bare" and rng.random() < 0.6:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and (not stamped_in_body or rng.random() < 0.7):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and rng.random() < 0.4:
        head.append(_ld({"@context": "https://schema.org", "@type": rng.choice(
            ("NewsArticle", "Article", "Report")), "headline": text.headline,
            "datePublished": machine, "publisher": {"@type": "GovernmentOrganization",
                                                    "name": gov}}))
    if rng.random() < 0.4:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    menu = ("Beranda", "Profil", "Berita", "Siaran Pers", "Agenda", "PPID", "Kontak")
    nav = " ".join(f'<a href="{base}/{slug(m) if m != "Beranda" else ""}">{escape(m)}</a>'
                   for m in menu)
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
</head>
<body class="{'single single-post' if cms == 'wp' else 'page-siaran'}">
<header class="site-header"><a href="{base}/" class="brand">{escape(short)}</a>
<nav class="main-nav">{nav}</nav></header>
{"" if crumbs_inside else crumbs}
<div class="container"><div class="row"><main class="col-md-8">
{article}
</main><div class="col-md-4">{aside}</div></div></div>
<footer class="site-footer"><p>{escape(office)} {escape(gov.replace("Pemerintah ", ""))}</p>
<p>{escape(address)} &middot; {escape(phone)}</p><p>&copy; {day.year} {escape(short)}</p></footer>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


def _release_listing(rng: random.Random, text: Text, site: str, base: str, zone: str, cms: str,
                     code: str) -> tuple[str, str, Truth]:
    """The releases' index: a table of numbers, titles, dates and downloads, or a list."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Siaran Pers", "Daftar Siaran Pers", "Rilis Media", "Press Release",
                          f"Siaran Pers {day.year}"))
    shown = listing_items(rng, text, day, rng.randrange(6, 14))
    if rng.random() < 0.5:
        rows = "".join(
            f"<tr><td>{k + 1}</td><td><a href=\"{base}/siaran-pers/{slug(o.headline)}/\">"
            f"{escape(o.headline)}</a></td><td>{escape(_release_number(rng, code, d)[1])}</td>"
            f"<td>{_long(d, day_name=False)}</td><td><a href=\"#\">Unduh</a></td></tr>"
            for k, (o, d) in enumerate(shown))
        body = (f'<table class="table table-striped"><thead><tr><th>No</th><th>Judul</th><th>'
                f"Nomor</th><th>Tanggal</th><th>Berkas</th></tr></thead><tbody>{rows}</tbody>"
                "</table>")
    else:
        body = "".join(
            f'<div class="list-item"><h3><a href="{base}/siaran-pers/{slug(o.headline)}/">'
            f"{escape(o.headline)}</a></h3><span class=\"date\">{_long(d)}</span><p>"
            f"{escape(_teaser(rng, o.paragraphs[0]))}</p></div>" for o, d in shown)
    url = f"{base}/{rng.choice(('siaran-pers/', 'category/siaran-pers/', 'rilis'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} - {escape(site)}</title>
</head><body class="{cms} archive"><header><a href="{base}/">{escape(site)}</a></header>
<main class="container"><h1 class="page-title">{escape(heading)}</h1>{body}
<ul class="pagination"><li><a href="?page=2">2</a></li><li><a href="?page=2">Berikutnya</a>
</li></ul></main><footer>&copy; {day.year} {escape(site)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


# -- 3. a foreign partner local government's news page ---------------------------------------

# (language, the site's name, host, zone key, the Indonesian partner in the site's language,
#  the Indonesian partner's city for a dateline, the department that posts)
_PARTNERS = (
    ("ja", "北九州市", "www.city.kitakyushu.lg.jp", "JST", "スラバヤ市", "Surabaya",
     "産業経済局 国際政策課"),
    ("ja", "市川市", "www.city.ichikawa.lg.jp", "JST", "メダン市", "Medan",
     "文化国際部 国際交流課"),
    ("ja", "京都府", "www.pref.kyoto.jp", "JST", "ジョグジャカルタ特別州", "Yogyakarta",
     "知事直轄組織 国際課"),
    ("ja", "浜松市", "www.city.hamamatsu.shizuoka.jp", "JST", "バンドン市", "Bandung",
     "企画調整部 国際課"),
    ("ko", "부산광역시", "www.busan.go.kr", "KST", "수라바야시", "Surabaya", "국제협력과"),
    ("ko", "서울특별시", "news.seoul.go.kr", "KST", "자카르타주", "Jakarta", "국제협력과"),
    ("ko", "경기도", "gnews.gg.go.kr", "KST", "서부자바주", "Bandung", "국제협력담당관"),
    ("ko", "경상북도", "www.gb.go.kr", "KST", "중부자바주", "Semarang", "국제통상과"),
    ("zh", "广州市人民政府", "www.gz.gov.cn", "CN", "泗水市", "Surabaya", "广州市外事办公室"),
    ("zh", "北京市人民政府", "www.beijing.gov.cn", "CN", "雅加达", "Jakarta",
     "北京市人民政府外事办公室"),
    ("zh", "海南省人民政府", "www.hainan.gov.cn", "CN", "巴厘省", "Denpasar", "海南省外事办公室"),
    ("zh", "福建省人民政府", "www.fujian.gov.cn", "CN", "中爪哇省", "Semarang", "福建省外事办公室"),
    ("en-au", "Brisbane City Council", "www.brisbane.qld.gov.au", "AEST", "Semarang", "Semarang",
     "International Relations Unit"),
    ("en-au", "City of Darwin", "www.darwin.nt.gov.au", "ACST", "Ambon", "Ambon",
     "Sister Cities Program"),
    ("en-au", "Government of Western Australia", "www.wa.gov.au", "AWST", "East Java", "Surabaya",
     "Department of the Premier and Cabinet"),
    ("en-au", "Queensland Government", "www.qld.gov.au", "AEST", "Central Java", "Semarang",
     "Trade and Investment Queensland"),
    ("en-us", "City of Seattle", "www.seattle.gov", "US-P", "Surabaya", "Surabaya",
     "Office of Intergovernmental Relations"),
    ("en-us", "City of Los Angeles", "www.lacity.gov", "US-P", "Jakarta", "Jakarta",
     "Mayor's Office of International Affairs"),
    ("en-us", "City of Fort Worth", "www.fortworthtexas.gov", "US-C", "Bandung", "Bandung",
     "Fort Worth Sister Cities International"),
)
# the offsets in minutes east of UTC; the American zones in standard and daylight time
_PARTNER_OFFSETS = {"JST": 540, "KST": 540, "CN": 480, "AEST": 600, "ACST": 570, "AWST": 480}
_US_ZONES = {"US-P": ((-480, "PST"), (-420, "PDT")), "US-C": ((-360, "CST"), (-300, "CDT"))}
_WEEK_JA = "月火水木金土日"
_WEEK_KO = "월화수목금토일"
_WEEK_ZH = "一二三四五六日"


def _first_sunday(day: date) -> date:
    return day + timedelta(days=(6 - day.weekday()) % 7)


def _partner_when(rng: random.Random, key: str, *, office_hours: bool,
                  seconds: bool) -> tuple[datetime, str]:
    """A moment in the partner's zone and the zone's name as the page prints it; in
    office hours, its UTC date is its local date."""
    when, _zone = moment(rng)
    local = when.replace(tzinfo=None)
    if key in _US_ZONES:
        day = local.date()
        start = _first_sunday(date(day.year, 3, 8))
        end = _first_sunday(date(day.year, 11, 1))
        if day in (start, end):
            local += timedelta(days=1)  # no page on a night whose hours repeat or vanish
            day = local.date()
        (std, std_name), (dst, dst_name) = _US_ZONES[key]
        offset, name = (dst, dst_name) if start <= day < end else (std, std_name)
    else:
        offset = _PARTNER_OFFSETS[key]
        name = {"CN": "CST"}.get(key, key)
    if office_hours:
        east = offset / 60
        low = max(9, math.ceil(east)) if east > 0 else 9
        high = min(16, 23 - math.ceil(-east)) if east < 0 else 16
        local = local.replace(hour=rng.randrange(low, high + 1))
    if seconds:
        local = local.replace(second=rng.randrange(60))
    return local.replace(tzinfo=timezone(timedelta(minutes=offset))), name


# the printed forms: those with a time print the zone
_PARTNER_FORMS = {
    "ja": (("ja_long", "ja_long", "ja_week", "ja_era", "ja_slash"),
           ("ja_jikan", "ja_jst", "ja_slash_jst")),
    "ko": (("ko_dot", "ko_dot", "ko_dash", "ko_long", "ko_dot_week"),
           ("ko_dash_kst", "ko_dot_kst", "ko_ampm")),
    "zh": (("zh_dash", "zh_dash", "zh_long", "zh_long_week"),
           ("zh_beijing", "zh_utc8", "zh_cst", "zh_gmt8")),
    "en-au": (("au_dmy", "au_dmy", "au_week", "au_slash"), ("au_time", "au_week_time")),
    "en-us": (("us_mdy", "us_mdy", "us_abbr", "us_slash"), ("us_time", "us_at")),
}


def _partner_date(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    y, m, n = d.year, d.month, d.day
    h, mi = when.hour, f"{when.minute:02d}"
    month, weekday = MONTHS_EN[m - 1], DAYS_EN[d.weekday()]
    if form.startswith("ja_"):
        return {
            "ja_long": f"{y}年{m}月{n}日",
            "ja_week": f"{y}年{m}月{n}日（{_WEEK_JA[d.weekday()]}曜日）",
            "ja_era": f"令和{y - 2018}年{m}月{n}日",
            "ja_slash": f"{y}/{m:02d}/{n:02d}",
            "ja_jikan": f"{y}年{m}月{n}日 {h}時{mi}分（日本時間）",
            "ja_jst": f"{y}年{m}月{n}日 {h:02d}:{mi} JST",
            "ja_slash_jst": f"{y}/{m:02d}/{n:02d} {h:02d}:{mi} (JST)",
        }[form]
    if form.startswith("ko_"):
        half = "오전" if h < 12 else "오후"
        return {
            "ko_dot": f"{y}.{m:02d}.{n:02d}.",
            "ko_dash": f"{y}-{m:02d}-{n:02d}",
            "ko_long": f"{y}년 {m}월 {n}일",
            "ko_dot_week": f"{y}.{m:02d}.{n:02d}({_WEEK_KO[d.weekday()]})",
            "ko_dash_kst": f"{y}-{m:02d}-{n:02d} {h:02d}:{mi} KST",
            "ko_dot_kst": f"{y}.{m:02d}.{n:02d}. {h:02d}:{mi} (KST)",
            "ko_ampm": f"{y}년 {m}월 {n}일 {half} {h % 12 or 12}시 {mi}분 (KST)",
        }[form]
    if form.startswith("zh_"):
        return {
            "zh_dash": f"{y}-{m:02d}-{n:02d}",
            "zh_long": f"{y}年{m:02d}月{n:02d}日",
            "zh_long_week": f"{y}年{m}月{n}日 星期{_WEEK_ZH[d.weekday()]}",
            "zh_beijing": f"{y}-{m:02d}-{n:02d} {h:02d}:{mi}（北京时间）",
            "zh_utc8": f"{y}年{m:02d}月{n:02d}日 {h:02d}:{mi} (UTC+8)",
            "zh_cst": f"{y}-{m:02d}-{n:02d} {h:02d}:{mi} CST(UTC+08:00)",
            "zh_gmt8": f"{y}-{m:02d}-{n:02d} {h:02d}:{mi}:{when.second:02d} GMT+8",
        }[form]
    if form.startswith("au_"):
        return {
            "au_dmy": f"{n} {month} {y}",
            "au_week": f"{weekday} {n} {month} {y}",
            "au_slash": f"{n:02d}/{m:02d}/{y}",
            "au_time": f"{n} {month} {y}, {_twelve(when, upper=False)} {zone}",
            "au_week_time": f"{weekday} {n} {month} {y} {_twelve(when, upper=False, dots=True)} "
                            f"({zone})",
        }[form]
    return {
        "us_mdy": f"{month} {n}, {y}",
        "us_abbr": f"{month[:3]} {n}, {y}",
        "us_slash": f"{m:02d}/{n:02d}/{y}",
        "us_time": f"{month} {n}, {y} {_twelve(when)} {zone}",
        "us_at": f"{month} {n}, {y} at {_twelve(when, upper=False)} {zone}",
    }[form]


# each language's words: the date's labels, the updated line's label, the page's tools
_PARTNER_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "ja": {
        "date_label": ("更新日：", "掲載日：", "公開日：", "ページ作成日："),
        "updated": ("最終更新日：",),
        "home": ("ホーム", "トップページ"),
        "crumbs": ("市政情報", "国際交流", "姉妹・友好都市", "国際交流・多文化共生", "お知らせ"),
        "note": ("※このページは、{partner}から提供されたインドネシア語の原文を掲載しています。",
                 "※本記事は姉妹都市{partner}からの寄稿です（インドネシア語）。",
                 "インドネシアの友好都市からのニュースを、原文（インドネシア語）のまま掲載しています。"),
        "badge": ("【インドネシア語】", "Bahasa Indonesia", "インドネシア語"),
        "print": ("印刷", "このページを印刷する", "印刷用ページを表示する"),
        "size": ("文字サイズ", "標準", "拡大"),
        "helpful": ("このページの情報は役に立ちましたか？", "役に立った", "どちらともいえない",
                    "役に立たなかった", "送信"),
        "contact_head": ("このページに関するお問い合わせ", "このページの作成者", "お問い合わせ先"),
        "top": ("ページの先頭へ戻る", "このページの先頭へ", "ページの先頭へ"),
        "source": ("出典：{partner}広報部", "提供：{partner}", "資料提供：{partner}"),
        "pdf": ("PDF形式のファイルをご覧いただく場合には、"
                "Adobe社が提供するAdobe Readerが必要です。",
                "Adobe Acrobat Reader DCのダウンロードへ"),
        "langs": ("English", "中文", "한국어", "Bahasa Indonesia", "やさしい日本語"),
        "page_no": ("ページ番号：",),
        "listing": ("新着情報", "お知らせ一覧", "国際交流のお知らせ", "姉妹都市ニュース"),
    },
    "ko": {
        "date_label": ("작성일", "등록일", "발행일", "게시일"),
        "updated": ("최종수정일",),
        "home": ("홈", "HOME"),
        "crumbs": ("알림소식", "보도자료", "국제교류", "자매우호도시 소식", "새소식"),
        "note": ("※ 본 자료는 자매도시 {partner}에서 제공한 인도네시아어 원문입니다.",
                 "※ 이 게시물은 {partner}의 보도자료를 인도네시아어 원문 그대로 게재한 것입니다.",
                 "인도네시아어 원문 (번역문 없음)"),
        "badge": ("[인도네시아어]", "인도네시아어", "Bahasa Indonesia"),
        "print": ("인쇄", "인쇄하기", "프린트"),
        "size": ("글자크기", "확대", "축소"),
        "helpful": ("이 페이지에서 제공하는 정보에 대하여 만족하십니까?", "매우만족", "만족",
                    "보통", "불만족", "매우불만족", "평가하기"),
        "contact_head": ("담당부서", "콘텐츠 담당", "문의처"),
        "top": ("맨 위로", "TOP", "페이지 상단으로"),
        "source": ("자료제공: {partner}", "출처: {partner} 홍보실", "제공: {partner}"),
        "pdf": ("첨부파일", "바로보기"),
        "langs": ("English", "中文", "日本語", "Bahasa Indonesia"),
        "page_no": ("조회수",),
        "listing": ("보도자료", "새소식", "국제교류 소식", "자매우호도시 소식"),
    },
    "zh": {
        "date_label": ("发布时间：", "发布日期：", "时间：", "日期："),
        "updated": ("更新时间：",),
        "home": ("首页", "网站首页"),
        "crumbs": ("新闻中心", "外事动态", "友城动态", "政务要闻", "国际交流"),
        "note": ("【友城动态】以下为友好城市{partner}提供的印尼文原文。",
                 "（本文为{partner}政府提供的印度尼西亚语稿件）", "印尼文原文，仅供参考。"),
        "badge": ("（印尼文）", "印尼语", "Bahasa Indonesia"),
        "print": ("打印本页", "【打印】", "打印"),
        "size": ("字号：", "大", "中", "小"),
        "helpful": ("您对本页面内容是否满意？", "满意", "一般", "不满意", "提交"),
        "contact_head": ("来源：",),
        "top": ("返回顶部", "TOP"),
        "source": ("来源：{partner}政府", "稿件来源：{partner}", "供稿：{partner}"),
        "pdf": ("附件：", "下载"),
        "langs": ("English", "日本語", "한국어", "Bahasa Indonesia", "繁體"),
        "page_no": ("浏览次数：", "访问量："),
        "listing": ("外事动态", "新闻动态", "友城动态", "国际交流"),
    },
    "en-au": {
        "date_label": ("Published", "Published:", "Date published:", "Media release -"),
        "updated": ("Last updated:", "Page last updated:", "Last updated"),
        "home": ("Home",),
        "crumbs": ("News", "Media releases", "International relations", "Sister cities",
                   "Community"),
        "note": ("This media release was provided in Bahasa Indonesia by our sister city, "
                 "{partner}.",
                 "The following article is published in its original language (Bahasa "
                 "Indonesia).",
                 "Content supplied by our sister city {partner}. An English translation is not "
                 "available."),
        "badge": ("Bahasa Indonesia", "Indonesian language", "In Bahasa Indonesia"),
        "print": ("Print this page", "Print", "Print page"),
        "size": ("Text size", "A-", "A", "A+"),
        "helpful": ("Was this page helpful?", "Yes", "No"),
        "contact_head": ("Media enquiries", "Media contact", "Contact us"),
        "top": ("Back to top", "Top of page"),
        "source": ("Source: {partner} City Government", "Supplied by {partner}",
                   "Source: Pemerintah {partner}"),
        "pdf": ("Download the media release (PDF)", "PDF"),
        "langs": ("English", "Bahasa Indonesia", "中文", "Tiếng Việt"),
        "page_no": ("",),
        "listing": ("Media releases", "News", "Latest news", "Sister city news"),
    },
    "en-us": {
        "date_label": ("Posted on:", "Posted on", "Posted:", "Release Date:"),
        "updated": ("Last updated:", "Updated:", "Last Modified:"),
        "home": ("Home",),
        "crumbs": ("News Flash", "News", "Office of International Affairs", "Sister Cities",
                   "Newsroom"),
        "note": ("The following announcement from our sister city, {partner}, is posted in "
                 "Indonesian.",
                 "This post is in Bahasa Indonesia as received from {partner}.",
                 "Content provided by the {partner} City Government in its original language."),
        "badge": ("Indonesian", "In Bahasa Indonesia", "Bahasa Indonesia"),
        "print": ("Print", "Print this page", "Print Friendly"),
        "size": ("Text size", "A-", "A+"),
        "helpful": ("Was this page helpful?", "Yes", "No", "Submit"),
        "contact_head": ("Contact", "Media Contact", "For more information"),
        "top": ("Return to full list »", "Back to top", "Return to full list >>"),
        "source": ("Source: {partner} City Government", "Courtesy of {partner}",
                   "Submitted by {partner}"),
        "pdf": ("View the release (PDF)", "PDF"),
        "langs": ("Select Language", "English", "Español", "中文", "Tiếng Việt",
                  "Bahasa Indonesia"),
        "page_no": ("",),
        "listing": ("News Flash", "News & Announcements", "Newsroom", "Sister Cities News"),
    },
}


def _partner_contact(rng: random.Random, lang: str, name: str, host: str,
                     department: str) -> list[str]:
    """The lines of a contact block in the partner's language."""
    phone = {"ja": f"0{rng.randrange(3, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
             "ko": f"0{rng.randrange(2, 64)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
             "zh": f"020-{rng.randrange(80000000, 89999999)}",
             "en-au": f"({rng.choice(('07', '08'))}) {rng.randrange(3000, 9999)} "
                      f"{rng.randrange(1000, 9999)}",
             "en-us": f"({rng.randrange(200, 999)}) {rng.randrange(200, 999)}-"
                      f"{rng.randrange(1000, 9999)}"}[lang]
    mail = f"{rng.choice(('international', 'kokusai', 'global', 'media', 'foreign'))}@" \
           f"{host.removeprefix('www.').removeprefix('news.')}"
    if lang == "ja":
        postal = f"〒{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
        return [department, f"{postal} {name}役所本庁舎{rng.randrange(2, 15)}階",
                f"電話：{phone}", f"ファクス：{phone[:-1]}9", "お問い合わせフォーム"]
    if lang == "ko":
        return [f"담당부서 : {department}", f"담당자 : {rng.choice(('김', '이', '박', '최'))}"
                f"{rng.choice(('민수', '지영', '현우', '서연'))}", f"연락처 : {phone}"]
    if lang == "zh":
        return [f"来源：{department}", f"联系电话：{phone}"]
    who = rng.choice(("Media Team", "Media and Communications", department))
    return [who, f"Phone: {phone}", f"Email: {mail}"]


def partner_city_hall(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """The news or press page of a foreign partner local government's own site
    republishing an Indonesian text: a Japanese city hall or prefecture (CMS-8341's
    ``#tmp_contents``, "更新日：2024年5月13日", 令和 dates, "ページ番号", "このページに関する
    お問い合わせ", "このページの情報は役に立ちましたか？", 文字サイズ buttons, Adobe Reader's
    note), a Korean metropolis or province (an eGovFrame board's view table with 제목,
    작성자, 작성일 and 조회수, HWP-pasted paragraphs, the 공공누리 licence, 이전글/다음글,
    the 만족도 survey, 담당부서), a Chinese municipal or provincial portal (TRS's
    ``TRS_Editor``, "发布时间：", "来源：", "浏览次数：", 【字号：大 中 小】, 打印本页 and
    关闭窗口, 上一篇/下一篇, 责任编辑, "扫一扫在手机打开当前页"), an Australian council or
    state (GovCMS: "Published 13 May 2024", "Media enquiries", "Was this page helpful?",
    "Last updated", Acknowledgement of Country) or an American city (CivicPlus's News
    Flash: "Posted on: May 13, 2024", "Return to full list »", Notify Me, Google
    Translate); a note that the text is the partner's Indonesian original, a language
    badge, the source, breadcrumbs, language switchers; dates in the partner's forms with
    its zone when a time is shown (JST, KST, 北京时间 or UTC+8, AEST, ACST, AWST, PDT,
    CST), machine stamps with the partner's offset or in UTC, or none."""
    lang, name, host, zkey, partner, partner_city, department = rng.choice(_PARTNERS)
    words = _PARTNER_WORDS[lang]
    base = f"https://{host}"
    site = {"ja": rng.choice((name, f"{name}ホームページ", f"{name}公式ホームページ")),
            "ko": rng.choice((name, f"{name}청" if name.endswith("시") else name,
                              f"{name} 누리집")),
            "zh": rng.choice((name, f"{name}门户网站")),
            "en-au": name, "en-us": name}[lang]
    post_id = rng.randrange(10**4, 10**7)
    s = slug(text.headline)
    if rng.random() < 1 / 8:
        return _partner_listing(rng, text, lang, site, base, zkey)

    # the dates
    plain_forms, timed_forms = _PARTNER_FORMS[lang]
    chance_time = {"ja": 0.25, "ko": 0.5, "zh": 0.6, "en-au": 0.35, "en-us": 0.4}[lang]
    form = rng.choice(timed_forms) if rng.random() < chance_time else rng.choice(plain_forms)
    printed_time = form in timed_forms
    stamp = rng.choice({"ja": ("none", "none", "none", "offset"),
                        "ko": ("none", "offset", "offset"),
                        "zh": ("none", "none", "offset"),
                        "en-au": ("utc", "utc", "offset", "none"),
                        "en-us": ("none", "none", "offset", "utc")}[lang])
    if zkey == "US-C" and printed_time:
        stamp = "offset"  # "CST" is China's too: the stamp's offset says whose it is
    timed = printed_time or stamp == "offset"
    with_seconds = stamp != "none" or form == "zh_gmt8"
    when, zone_name = _partner_when(rng, zkey, office_hours=not timed, seconds=with_seconds)
    day = when.date()
    later = when + timedelta(hours=rng.randrange(2, 72))
    machine = _iso(when) if stamp == "offset" else (
        _utc_z(when) if stamp == "utc" else "")
    url = {"ja": rng.choice((f"{base}/page/{post_id // 1000}/{post_id}.html",
                             f"{base}/soshiki/{rng.randrange(10, 99)}/{post_id}.html",
                             f"{base}/kokusai/{post_id}.html")),
           "ko": rng.choice((f"{base}/news/{rng.randrange(1000, 9999)}?mode=view&idx={post_id}",
                             f"{base}/board/view.do?boardId=BBS_0000{rng.randrange(10, 99)}&"
                             f"dataSid={post_id}",
                             f"{base}/archives/{post_id}")),
           "zh": rng.choice((f"{base}/xw/wsdt/content/post_{post_id}.html",
                             f"{base}/ywdt/{day:%Y%m}/t{day:%Y%m%d}_{post_id}.html",
                             f"{base}/zwgk/gzdt/{day:%Y%m}/t{day:%Y%m%d}_{post_id}.htm")),
           "en-au": rng.choice((f"{base}/news/{s}", f"{base}/about-council/news/{s}",
                                f"{base}/government/media-statements/{s}")),
           "en-us": rng.choice((f"{base}/Home/Components/News/News/{post_id % 20000}/",
                                f"{base}/news/{s}", f"{base}/{day:%Y/%m/%d}/{s}/")),
           }[lang]
    j = Junk()

    # the meta line: the date, the updated line, the counts, the source
    label = rng.choice(words["date_label"])
    printed = _partner_date(form, when, zone_name)
    glue_label = "" if label.endswith("：") else " "
    if lang == "ko" and rng.random() < 0.5:
        glue_label = " : "
    date_line = f"{label}{glue_label}{printed}"
    tag_t = "time" if machine and rng.random() < 0.5 else "span"
    time_attr = f' datetime="{machine}"' if tag_t == "time" else ""
    show_updated = rng.random() < 0.35
    later_form = rng.choice(plain_forms)
    up_label = rng.choice(words["updated"])
    updated_line = (f"{up_label}{'' if up_label.endswith('：') else ' '}"
                    f"{_partner_date(later_form, later, zone_name)}")
    views = rng.randrange(12, 20000)
    author: str | None = None

    # the headline
    look = {"ja": rng.choice(("h1", "h1", "h1_span", "h2")),
            "ko": rng.choice(("table", "table", "h3", "h4_subject")),
            "zh": rng.choice(("h1", "h1", "h2", "div_title")),
            "en-au": rng.choice(("h1", "h1_span", "h1")),
            "en-us": rng.choice(("h1", "h2", "h3_civic"))}[lang]
    head_text = escape(text.headline)
    headline = {
        "h1": f'<h1 class="{rng.choice(("title", "page-title", "article-title", "ttl"))}">'
              f"{head_text}</h1>",
        "h1_span": f'<h1 class="page-title"><span>{head_text}</span></h1>',
        "h2": f'<h2 class="title">{head_text}</h2>',
        "h3": f'<h3 class="view_title">{head_text}</h3>',
        "h4_subject": f'<div class="subject"><h4>{head_text}</h4></div>',
        "div_title": f'<div class="article-title" style="font-size:22px;font-weight:bold">'
                     f"{head_text}</div>",
        "h3_civic": f'<h3 class="subhead1">{head_text}</h3>',
        "table": "",
    }[look]

    # the pieces of the article container
    badge = ""
    if rng.random() < 0.45:
        word = rng.choice(words["badge"])
        badge = f'<p class="lang-badge"><span lang="{"id" if "Indonesia" in word else lang[:2]}">' \
                f"{j(word)}</span></p>"
    note = ""
    note_at = rng.choice(("top", "top", "bottom", "none"))
    if note_at != "none":
        line = rng.choice(words["note"]).format(partner=partner)
        note = f'<p class="note translate-note">{j(line)}</p>'
    source = ""
    if rng.random() < 0.35:
        line = rng.choice(words["source"]).format(partner=partner)
        source = f'<p class="source">{j(line)}</p>'
    size_tools = ""
    if rng.random() < 0.35:
        size_words = list(words["size"])
        if lang == "zh":
            j.also("【" + size_words[0] + " ".join(size_words[1:]) + "】")
            j(size_words[0])
            size_tools = ('<span class="font-size">【' + escape(size_words[0]) + " ".join(
                f'<a href="javascript:void(0)" onclick="doZoom({16 + 2 * (3 - k)})">{j(w)}</a>'
                for k, w in enumerate(size_words[1:], 1)) + "】</span>")
        else:
            size_tools = ('<div class="font-size-tools">' + _pieced(
                j, size_words, " ", '<button type="button" class="fs-{s}">{x}</button>')
                + "</div>")
    print_tool = ""
    if rng.random() < 0.45:
        word = rng.choice(words["print"])
        if lang == "zh" and word == "打印本页":
            close = "关闭窗口"
            j.also(f"【{word}】【{close}】")
            print_tool = (f'<div class="article-tools">【<a href="javascript:window.print()">'
                          f'{j(word)}</a>】【<a href="javascript:window.close()">{j(close)}</a>】'
                          "</div>")
        else:
            print_tool = (f'<div class="print"><a href="javascript:window.print();">{j(word)}'
                          "</a></div>")
    counter = ""
    if lang in ("zh", "ko") and rng.random() < 0.5 and look != "table":
        word = rng.choice(words["page_no"])
        counter = f"{word}{'' if word.endswith('：') else ' '}{views}"
    page_number = ""
    if lang == "ja" and rng.random() < 0.4:
        page_number = f"ページ番号：{post_id}"

    # the meta block, each language's way
    meta_html = ""
    if look == "table":
        writer = (department if rng.random() < 0.7 else
                  rng.choice(("관리자", "국제협력과", "홍보담당관")))
        author = writer
        rows = [("제목", text.headline), ("작성자", writer), (label, printed),
                ("조회수", str(views))]
        attach = rng.random() < 0.4
        if attach:
            rows.append(("첨부파일", f"{s[:24]}_id.hwp"))
        trs = []
        for k, v in rows:
            if k == "제목":
                trs.append(f'<tr><th scope="row">{j(k)}</th> <td colspan="3" class="subject">'
                           f"{escape(v)}</td></tr>")
                continue
            j.also(f"{k} {v}")
            trs.append(f'<tr><th scope="row">{j(k)}</th> <td>'
                       + (f'<{tag_t}{time_attr}>{j(v)}</{tag_t}>' if k == label else
                          escape(v) if v.isdigit() else j(v)) + "</td></tr>")
        meta_html = (f'<table class="bbs_view view_table"><caption>{j("게시판 상세보기")}</caption>'
                     f"<colgroup><col width=\"15%\"><col></colgroup><tbody>{''.join(trs)}</tbody>"
                     "</table>")
        headline = ""
    elif lang == "ja":
        bits = []
        if page_number:
            bits.append(f'<p class="page-no">{j(page_number)}</p>')
        bits.append(f'<p class="update"><{tag_t}{time_attr}>{j(date_line)}</{tag_t}></p>')
        meta_html = f'<div id="tmp_update">{"".join(bits)}</div>'
    elif lang == "ko":
        items = [date_line]
        html_items = [f'<li><{tag_t}{time_attr}>{j(date_line)}</{tag_t}></li>']
        if rng.random() < 0.5:
            writer = rng.choice((department, "관리자"))
            author = writer
            items.insert(0, f"작성자 {writer}")
            html_items.insert(0, f"<li>{j(f'작성자 {writer}')}</li>")
        if counter:
            items.append(counter)
            html_items.append(f"<li>{j(counter)}</li>")
        if len(items) > 1:
            j.also(" ".join(items))
        meta_html = f'<ul class="view_info">{" ".join(html_items)}</ul>'
    elif lang == "zh":
        items = [date_line]
        html_items = [f"<{tag_t}{time_attr}>{j(date_line)}</{tag_t}>"]
        if rng.random() < 0.7:
            line = f"来源：{department}"
            items.append(line)
            html_items.append(f"<span>{j(line)}</span>")
        if counter:
            items.append(counter)
            html_items.append(f"<span>{j(counter)}</span>")
        if size_tools and rng.random() < 0.7:
            html_items.append(size_tools)
            size_tools = ""
        if len(items) > 1:
            j.also(" ".join(items))
        meta_html = f'<div class="article-info">{" ".join(html_items)}</div>'
    elif lang == "en-au":
        if label.endswith("-"):
            kind = rng.choice(("Media release", "Media statement"))
            date_line = f"{kind} - {printed}"
        meta_html = (f'<div class="field field--name-field-published-date"><{tag_t}{time_attr}>'
                     f"{j(date_line)}</{tag_t}></div>")
        if rng.random() < 0.4:
            tags = rng.sample(("Media release", "International relations", "Sister cities",
                               "Community", "Economic development"), 2)
            j.also(" · ".join(tags))
            meta_html += ('<div class="tags">' + " · ".join(f'<a href="#">{j(t)}</a>'
                                                           for t in tags) + "</div>")
    else:
        meta_html = f'<div class="date"><{tag_t}{time_attr}>{j(date_line)}</{tag_t}></div>'
    updated_html = f'<p class="last-updated">{j(updated_line)}</p>' if show_updated else ""

    # the text: the Indonesian original
    dateline = ""
    if rng.random() < 0.35:
        dateline = rng.choice((f"{partner_city.upper()} –", f"{partner_city.upper()} -",
                               f"{partner_city}, Humas –"))
    pstyle = {"ja": rng.choice(("p", "p", "div")), "ko": rng.choice(("hwp", "p", "div", "br")),
              "zh": rng.choice(("indent", "indent", "p")), "en-au": "p",
              "en-us": rng.choice(("p", "div", "br"))}[lang]
    parts: list[str] = []
    for n, paragraph in enumerate(text.paragraphs):
        words_p = escape(paragraph)
        if n == 0 and dateline:
            words_p = f"<strong>{j(dateline)}</strong> {words_p}"
        if pstyle == "hwp":
            parts.append(f'<p class="0" style="line-height:160%;text-align:justify;"><span '
                         f"style=\"font-family:'맑은 고딕';font-size:11pt;\">{words_p}</span></p>")
        elif pstyle == "indent":
            parts.append(f'<p style="text-indent:2em;">{words_p}</p>')
        elif pstyle == "div":
            parts.append(f"<div>{words_p}</div>")
        elif pstyle == "br":
            parts.append(words_p)
        else:
            parts.append(f"<p>{words_p}</p>")
    text_html = ("<br>\n<br>\n" if pstyle == "br" else "").join(parts)
    body_cls = {"ja": "tmp_contents_body", "ko": "view_cont", "zh": "TRS_Editor",
                "en-au": "field--name-body", "en-us": "fr-view"}[lang]
    body = f'<div class="{body_cls}" lang="id">{text_html}</div>'

    # what follows the text
    follow: list[str] = []
    if rng.random() < 0.3:
        line_pdf = words["pdf"][0]
        file_word = f"{s[:30]}.pdf"
        size_kb = rng.randrange(80, 3000)
        shown = f"{file_word}（PDF：{size_kb}KB）" if lang in ("ja", "zh") else (
            f"{file_word} ({size_kb}KB)")
        if lang == "ja":
            follow.append(f'<div class="pdf-link"><p><a href="{base}/files/{file_word}">'
                          f'{j(shown)}</a></p><p class="adobe">{j(words["pdf"][0])}</p><p><a '
                          f'href="https://get.adobe.com/jp/reader/">{j(words["pdf"][1])}</a></p>'
                          "</div>")
        else:
            j.also(f"{line_pdf} {shown}")
            follow.append(f'<div class="attach"><span>{j(line_pdf)}</span> <a href="{base}/'
                          f'files/{file_word}">{j(shown)}</a></div>')
    if lang == "ko" and rng.random() < 0.55:
        kogl = ("본 저작물은 \"공공누리\" 제1유형:출처표시 조건에 따라 이용할 수 있습니다.",
                "본 공공저작물은 공공누리 \"출처표시\" 조건에 따라 이용할 수 있습니다.")
        follow.append(f'<div class="kogl"><img src="{base}/images/kogl_type1.png" alt="공공누리 '
                      f'제1유형 출처표시"><p>{j(rng.choice(kogl))}</p></div>')
    if rng.random() < 0.45:
        lines = _partner_contact(rng, lang, name, host, department)
        head_c = rng.choice(words["contact_head"])
        if lang == "zh":
            head_c = ""
        if lang == "ja":
            follow.append(f'<div id="tmp_inquiry"><div id="tmp_inquiry_ttl"><p>{j(head_c)}</p>'
                          f'</div><div id="tmp_inquiry_cnt"><p>'
                          + "<br>\n".join(j(x) for x in lines[:-1])
                          + f'</p><p class="inquiry_btn"><a href="{base}/contact/">{j(lines[-1])}'
                          "</a></p></div></div>")
        else:
            follow.append('<div class="contact-box">'
                          + (f"<h2>{j(head_c)}</h2>" if head_c else "")
                          + "<p>" + "<br>\n".join(j(x) for x in lines) + "</p></div>")
    if rng.random() < 0.35:
        bits = list(words["helpful"])
        head_h = bits[0]
        choices = bits[1:]
        j.also(" ".join(bits))
        submit_last = lang in ("ja", "ko", "zh", "en-us")  # the last choice is a button
        controls = [f'<button type="submit">{j(c)}</button>'
                    if submit_last and k == len(choices) - 1 else
                    f'<label><input type="radio" name="q1" value="{k}"> {j(c)}</label>'
                    for k, c in enumerate(choices)]
        follow.append(f'<form class="page-feedback" action="{base}/feedback" method="post">'
                      f"<fieldset><legend>{j(head_h)}</legend>\n" + "\n".join(controls)
                      + "</fieldset></form>")
    if rng.random() < 0.4 and lang in ("ko", "zh", "ja"):
        prev_o, next_o = other_texts(rng, text, 2)
        pair = {"ko": ("이전글", "다음글"), "zh": ("上一篇：", "下一篇："),
                "ja": ("前の記事", "次の記事")}[lang]
        rows = []
        for word, other in zip(pair, (prev_o, next_o), strict=True):
            j.also(f"{word}{'' if word.endswith('：') else ' '}{other.headline}")
            rows.append(f'<li><span class="pn-label">{j(word)}</span>'
                        f"{'' if word.endswith('：') else ' '}<a href=\"{base}/view/"
                        f'{rng.randrange(10**4, 10**7)}">{j(other.headline)}</a></li>')
        follow.append(f'<ul class="prev-next">{"".join(rows)}</ul>')
    if lang == "zh" and rng.random() < 0.5:
        editor = rng.choice(("张伟", "李娜", "王芳", "陈静", "刘洋"))
        follow.append(f'<div class="editor">{j(f"责任编辑：{editor}")}</div>')
    if lang == "zh" and rng.random() < 0.35:
        follow.append(f'<div class="qrcode"><img src="{base}/qrcode/{post_id}.png" alt=""><p>'
                      f'{j("扫一扫在手机打开当前页")}</p></div>')
    if lang in ("en-au", "en-us") and rng.random() < 0.4:
        share_w = rng.choice(("Share", "Share this page", "Share & Bookmark"))
        nets = [n for n in ("Facebook", "X", "LinkedIn", "Email") if rng.random() < 0.6] or [
            "Facebook"]
        j.also(" ".join([share_w, *nets]))
        follow.append(f'<div class="share"><span>{j(share_w)}</span> ' + " ".join(
            f'<a href="#" class="share-{slug(n)}">{j(n)}</a>' for n in nets) + "</div>")
    back = ""
    if rng.random() < 0.35:
        word = rng.choice(words["top"])
        if lang == "ko":
            word = rng.choice(("목록", "목록으로"))
        back = f'<p class="back"><a href="#top">{j(word)}</a></p>'

    # breadcrumbs and the language switcher, inside or around
    crumb_items = [rng.choice(words["home"]),
                   *rng.sample(words["crumbs"], rng.choice((1, 2, 2, 3)))]
    crumbs_inside = rng.random() < 0.3
    put_c = j if crumbs_inside else escape
    glue = rng.choice((" > ", " › ", " / ", " ＞ " if lang in ("ja", "zh") else " > "))
    if crumbs_inside:
        j.also(glue.join(crumb_items))
    lead = "当前位置：" if lang == "zh" and rng.random() < 0.6 else ""
    if lead and crumbs_inside:
        j.also(lead + glue.join(crumb_items))
        j(lead)
    crumbs = (f'<div id="tmp_pankuzu" class="breadcrumb">{escape(lead)}'
              + escape(glue).join(f'<a href="{base}/">{put_c(c)}</a>' for c in crumb_items)
              + "</div>")
    langs = list(words["langs"])
    langs_inside = rng.random() < 0.15
    put_l = j if langs_inside else escape
    if langs_inside:
        j.also(" | ".join(langs))
    switcher = ('<div class="lang-switch">' + " | ".join(
        f'<a href="{base}/{slug(x) or "lang"}/" hreflang="x">{put_l(x)}</a>' for x in langs)
        + "</div>")

    # the container
    top = [crumbs if crumbs_inside else "", switcher if langs_inside else "", badge, headline,
           meta_html]
    if lang in ("en-us", "en-au") and rng.random() < 0.3:
        top = [crumbs if crumbs_inside else "", switcher if langs_inside else "", headline,
               badge, meta_html]
    if size_tools:
        top.append(size_tools)
    if print_tool and rng.random() < 0.5:
        top.append(print_tool)
        print_tool = ""
    source_top = rng.random() < 0.5
    rest = [note if note_at == "top" else "", source if source_top else "", body,
            "" if source_top else source]
    rest += [note if note_at == "bottom" else "", *follow, print_tool, updated_html, back]
    if lang == "ja":
        article = f'<div id="tmp_contents">{"".join(top)}{"".join(rest)}</div>'
    elif lang == "ko":
        article = (f'<div class="bbs_view_wrap"><div class="board-view">{"".join(top)}'
                   f'{"".join(rest)}</div></div>')
    elif lang == "zh":
        article = f'<div class="article">{"".join(top)}{"".join(rest)}</div>'
    elif lang == "en-au":
        article = (f'<article role="article" class="node node--type-media-release node--view-'
                   f'mode-full">{"".join(top)}<div class="node__content">{"".join(rest)}</div>'
                   "</article>")
    else:
        article = (f'<div class="moduleContentNew"><div class="detail">{"".join(top)}'
                   f'{"".join(rest)}</div></div>')

    # the shell
    menus = {"ja": ("くらし・手続き", "子育て・教育", "健康・医療・福祉", "観光・文化", "市政情報"),
             "ko": ("정보공개", "분야별정보", "참여소통", "알림소식", "도정소개"),
             "zh": ("首页", "要闻动态", "政务公开", "政务服务", "互动交流"),
             "en-au": ("Residents", "Business", "Things to do", "About council"),
             "en-us": ("Government", "Departments", "Residents", "Business", "How Do I...")}[lang]
    nav = "".join(f'<li><a href="{base}/{k}/">{escape(m)}</a></li>' for k, m in enumerate(menus))
    others = other_texts(rng, text, rng.randrange(3, 6))
    side_head = {"ja": "このカテゴリーの記事", "ko": "최신 소식", "zh": "相关新闻",
                 "en-au": "Latest news", "en-us": "Other News in News Flash"}[lang]
    side = (f'<div id="tmp_lnavi" class="side"><h2>{escape(side_head)}</h2><ul>'
            + "".join(f'<li><a href="{base}/news/{slug(o.headline)}">{escape(o.headline)}</a></li>'
                      for o in others) + "</ul></div>")
    footer_words = {
        "ja": f"{name}役所 〒{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)} 代表電話："
              f"0{rng.randrange(3, 99)}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}<br>"
              f"Copyright &copy; {escape(name)} All Rights Reserved.",
        "ko": f"{escape(name)} | 대표전화 120<br>Copyright &copy; {escape(name)}. "
              "All rights reserved.",
        "zh": f"主办：{escape(name)}办公厅 承办：{escape(name)}信息中心<br>网站标识码："
              f"{rng.randrange(10**9, 10**10)} ICP备{rng.randrange(10**7, 10**8)}号 "
              "&copy; 版权所有",
        "en-au": f"{escape(name)} acknowledges the Traditional Custodians of the land and pays "
                 f"respect to Elders past and present.<br>&copy; {escape(name)} {day.year}",
        "en-us": f"{escape(name)} | Government Websites by CivicPlus&reg;<br>&copy; {day.year} "
                 f"{escape(name)}",
    }[lang]
    title_seps = {"ja": ("｜", " - ", " | "), "ko": (" | ", " < ", " - "), "zh": ("_", " - "),
                  "en-au": (" | ", " - "), "en-us": (" | ", " • ")}[lang]
    title = joined_title(rng, text.headline, site, title_seps)
    head: list[str] = []
    if rng.random() < (0.6 if lang.startswith("en") else 0.35):
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine:
        head.append(rng.choice((f'<meta property="article:published_time" content="{machine}">',
                                f'<meta name="dcterms.issued" content="{machine}">',
                                _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                                     "headline": text.headline, "datePublished": machine,
                                     "inLanguage": "id"}))))
    if lang == "zh" and rng.random() < 0.6:
        head += [f'<meta name="SiteName" content="{attr(name)}">',
                 f'<meta name="ArticleTitle" content="{attr(text.headline)}">',
                 f'<meta name="ColumnName" content="{attr(crumb_items[-1])}">']
    translate = ""
    if lang == "en-us" and rng.random() < 0.5:
        translate = ('<div id="google_translate_element"><select class="goog-te-combo"><option>'
                     "Select Language</option><option>Español</option><option>Indonesia</option>"
                     "</select></div>")
    html = f"""<!DOCTYPE html>
<html lang="{lang[:2]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
</head>
<body id="top" class="lang-{lang}">
<div id="tmp_header"><a href="{base}/" class="logo">{escape(name)}</a>
{"" if langs_inside else switcher}{translate}<ul class="gnav">{nav}</ul></div>
{"" if crumbs_inside else crumbs}
<div id="tmp_wrap_main" class="container"><div id="tmp_main" class="main">
{article}
</div>{side}</div>
<div id="tmp_footer" class="footer"><p>{footer_words}</p></div>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


def _partner_listing(rng: random.Random, text: Text, lang: str, site: str, base: str,
                     zkey: str) -> tuple[str, str, Truth]:
    """The partner's news list: headlines and dates in its forms, and a pager."""
    when, zone_name = _partner_when(rng, zkey, office_hours=True, seconds=False)
    day = when.date()
    heading = rng.choice(_PARTNER_WORDS[lang]["listing"])
    shown = listing_items(rng, text, day, rng.randrange(6, 14))
    form = rng.choice(_PARTNER_FORMS[lang][0])
    rows = []
    for other, d in shown:
        stamp = datetime(d.year, d.month, d.day, 12, tzinfo=when.tzinfo)
        date_words = escape(_partner_date(form, stamp, zone_name))
        link = f'<a href="{base}/news/{slug(other.headline)}">{escape(other.headline)}</a>'
        if lang == "ko":
            rows.append(f"<tr><td>{rng.randrange(100, 9999)}</td><td class=\"subject\">{link}"
                        f"</td><td>{date_words}</td><td>{rng.randrange(10, 999)}</td></tr>")
        else:
            rows.append(f'<li><span class="date">{date_words}</span> {link}</li>')
    if lang == "ko":
        body = (f'<table class="bbs_list"><thead><tr><th>번호</th><th>제목</th><th>작성일</th>'
                f'<th>조회수</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')
    else:
        body = f'<ul class="news-list">{"".join(rows)}</ul>'
    more = {"ja": "次へ", "ko": "다음", "zh": "下一页", "en-au": "Next", "en-us": "Next »"}[lang]
    url = f"{base}/{rng.choice(('news/', 'list/', 'board/list.do'))}"
    html = f"""<!DOCTYPE html>
<html lang="{lang[:2]}"><head><meta charset="utf-8">
<title>{escape(heading)} | {escape(site)}</title></head><body class="list lang-{lang}">
<div id="tmp_header"><a href="{base}/">{escape(site)}</a>
</div><div id="tmp_contents"><h1>{escape(heading)}</h1>{body}<div class="pager"><a
 href="?page=2">2</a> <a href="?page=2">{escape(more)}</a></div></div>
<div id="tmp_footer">&copy; {escape(site)}</div></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


# -- 4. a national outlet's article page that appends the next article ----------------------

# (brand, host, zone, kind, the dateline's tag, city)
_SCROLL_OUTLETS = (
    ("detikSulsel", "www.detik.com/sulsel", "WITA", "detik", "", "Makassar"),
    ("detikBali", "www.detik.com/bali", "WITA", "detik", "", "Denpasar"),
    ("detikJatim", "www.detik.com/jatim", "WIB", "detik", "", "Surabaya"),
    ("detikNews", "news.detik.com", "WIB", "detik", "", "Jakarta"),
    ("detikSumut", "www.detik.com/sumut", "WIB", "detik", "", "Medan"),
    ("kumparanNEWS", "kumparan.com", "WIB", "kumparan", "", "Jakarta"),
    ("Okezone", "news.okezone.com", "WIB", "okezone", "", "Jakarta"),
    ("Liputan6.com", "www.liputan6.com", "WIB", "liputan6", "Liputan6.com", "Jakarta"),
    ("Suara.com", "www.suara.com", "WIB", "suara", "Suara.com", "Jakarta"),
    ("SINDOnews", "daerah.sindonews.com", "WIB", "sindo", "SINDOnews", "Semarang"),
    ("IDN Times Sulsel", "sulsel.idntimes.com", "WITA", "idn", "IDN Times", "Makassar"),
    ("IDN Times Bali", "bali.idntimes.com", "WITA", "idn", "IDN Times", "Denpasar"),
    ("Kompas.com", "regional.kompas.com", "WIB", "kompas", "KOMPAS.com", "Pontianak"),
    ("iNews Maluku", "maluku.inews.id", "WIT", "inews", "iNewsMaluku.id", "Ambon"),
    ("iNews Papua", "papua.inews.id", "WIT", "inews", "iNewsPapua.id", "Jayapura"),
    ("merdeka.com", "www.merdeka.com", "WIB", "merdeka", "merdeka.com", "Jakarta"),
    ("VIVA.co.id", "www.viva.co.id", "WIB", "viva", "VIVA", "Jakarta"),
)
_SCROLL_SECTIONS = ("Berita", "Nasional", "Regional", "Daerah", "Sulawesi Selatan", "Politik",
                    "Peristiwa", "Ekonomi", "Hukum", "Pemerintahan", "Berita Daerah")
_SYNDICATE = ("Tribunnews.com", "detikcom", "Kompas.com", "Okezone.com", "VIVA.co.id",
              "Suara.com", "Liputan6.com", "SINDOnews.com")


def _outlet_date(kind: str, when: datetime, zone: str, *, date_only: bool = False) -> str:
    day = when.date()
    if date_only:
        return {"kompas": f"{day:%d/%m/%Y}", "kumparan": _long(day, day_name=False),
                "liputan6": _long(day, day_name=False),
                "idn": _long(day, day_name=False)}.get(kind, _long(day))
    return {
        "detik": f"{_long(day)} {when:%H:%M} {zone}",
        "kumparan": f"{_long(day, day_name=False)} {when:%H:%M} {zone}",
        "okezone": f"{DAYS[day.weekday()]} {_long(day, day_name=False)} {when:%H:%M} {zone}",
        "liputan6": f"{_long(day, day_name=False)}, {when:%H:%M} {zone}",
        "suara": f"{_long(day)} | {when:%H:%M} {zone}",
        "sindo": f"{_long(day)} - {when:%H:%M} {zone}",
        "idn": f"{_long(day, day_name=False)}, {when:%H:%M} {zone}",
        "kompas": f"{day:%d/%m/%Y}, {when:%H:%M} {zone}",
        "inews": f"{_long(day)} - {when:%H:%M}:{when:%S} {zone}",
        "merdeka": f"{_long(day)} {when:%H:%M}",
        "viva": f"{_long(day)} - {when:%H:%M}",
    }[kind]


def continuous_scroll_outlet(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An article page of a commercial national outlet (detik's network and its regional
    editions, kumparan, Okezone, Liputan6, Suara, SINDOnews, IDN Times, Kompas.com, iNews,
    merdeka, VIVA) that appends the next article below it as the reader scrolls: the
    next one's label ("Berita Selanjutnya", "Artikel Selanjutnya"), its rubric, its
    headline (an ``h1`` again, or an ``h2``), its byline and date, a teaser paragraph or
    two or its whole first page, "Lanjutkan Membaca", and a "Memuat artikel berikutnya..."
    loader, inside the article's own container (one scroll container holding both, so
    that the next article's lines are the truth's junk), in a sibling ``<article>`` of
    the scroll container, or right after the article (outside the container: neither
    junk nor truth);
    in-article "Baca Juga:" rows and a "Pilihan Redaksi" box, ADVERTISEMENT and "SCROLL
    TO CONTINUE WITH CONTENT" slots, the outlet's dateline ("Makassar -", "KOMPAS.com -",
    "Liputan6.com, Jakarta -"), a multi-page article's pager ("Halaman 1 2 3
    Selanjutnya", "Tampilkan semua", "Show All"), the editor's code, "Artikel ini telah
    tayang di ... dengan judul ...", comment counts, tags, "Ikuti kami di Google News";
    the outlet's dates (with the zone, WIB sites' bare times, "2 jam lalu" beside a stamp)
    and og, JSON-LD or ``<time>`` stamps in the edition's zone or the network's +07:00."""
    brand, host, zone, kind, tag, city = rng.choice(_SCROLL_OUTLETS)
    base = f"https://{host}"
    section = rng.choice(_SCROLL_SECTIONS)
    s = slug(text.headline)
    art_id = rng.randrange(10**6, 10**8)
    if rng.random() < 1 / 8:
        return _scroll_listing(rng, text, brand, base, zone, kind, section)

    # the dates
    shape = rng.choice(("printed", "printed", "printed", "printed", "ago", "date_only"))
    if kind in ("merdeka", "viva") and zone != "WIB":
        shape = "printed"
    stamp = rng.choice(("offset", "offset", "network", "utc", "none"))
    if shape == "ago":
        stamp = rng.choice(("offset", "network"))
    if shape == "date_only":
        stamp = rng.choice(("utc", "none"))
    timed = shape != "date_only" or stamp in ("offset", "network")
    when = when_in(rng, zone, seconds=stamp != "none" or kind == "inews",
                   office_hours=not timed)
    day = when.date()
    stamp_when = when.astimezone(ZONES["WIB"]) if stamp == "network" else when
    machine = (_iso(stamp_when) if stamp in ("offset", "network") else
               _utc_z(when) if stamp == "utc" else "")
    url = {"detik": f"{base}/berita/d-{art_id}/{s}",
           "kumparan": f"{base}/{slug(brand)}/{s}-{token(rng, 22)}",
           "okezone": f"{base}/read/{day:%Y/%m/%d}/{rng.randrange(300, 700)}/{art_id}/{s}",
           "liputan6": f"{base}/news/read/{art_id}/{s}",
           }.get(kind) or rng.choice((f"{base}/read/{day:%Y/%m/%d}/{art_id}/{s}",
                                      f"{base}/{slug(section)}/{art_id}/{s}",
                                      f"{base}/berita/{art_id}-{s}"))
    shown, page_no, pages = _split(rng, text.paragraphs, 0.3)
    if page_no > 1:
        url += f"?page={page_no}"
    j = Junk()

    # the header: rubric, headline, byline, date, counts
    kicker = ""
    if rng.random() < 0.6:
        kicker = (f'<div class="detail__label"><a href="{base}/{slug(section)}">{j(section)}'
                  "</a></div>")
    look = rng.choice(("h1", "h1", "h1", "h1_span", "div"))
    cls = rng.choice(("detail__title", "read__title", "title-article", "post-title"))
    headline = (f'<h1 class="{cls}"><span>{escape(text.headline)}</span></h1>'
                if look == "h1_span" else
                f'<div class="{cls}" role="heading" aria-level="1">{escape(text.headline)}</div>'
                if look == "div" else f'<h1 class="{cls}">{escape(text.headline)}</h1>')
    writer = _person(rng)
    editor = rng.choice((*NAMES, _person(rng)))
    by_form = rng.choice(("dash_brand", "penulis", "reporter_editor", "brand", "tim"))
    if kind == "kumparan":
        by_form = rng.choice(("brand", "brand", "penulis"))
    author: str | None = writer
    by_items: list[str]
    if by_form == "dash_brand":
        by_items = [f"{writer} - {brand}"]
    elif by_form == "penulis":
        by_items = [f"Penulis: {writer}"]
    elif by_form == "reporter_editor":
        by_items = [f"Reporter: {writer}", f"Editor: {editor}"]
    elif by_form == "brand":
        by_items = [brand]
        author = brand
    else:
        by_items = [f"Tim {brand}"]
        author = f"Tim {brand}"
    byline = ('<div class="detail__author">' + _pieced(
        j, by_items, " | ", '<span>{x}</span>') + "</div>")

    if shape == "ago":
        hours = rng.randrange(1, 20)
        printed = rng.choice((f"{hours} jam lalu", f"{hours} jam yang lalu",
                              f"Diterbitkan {hours} jam lalu"))
    else:
        printed = _outlet_date(kind, when, zone, date_only=shape == "date_only")
    label_d = rng.choice(("", "", "", "Diterbitkan ", "Dipublikasikan: "))
    if shape == "ago":
        label_d = ""
    date_text = label_d + printed
    tag_t = "time" if machine and rng.random() < 0.4 else "div"
    time_attr = f' datetime="{machine}"' if tag_t == "time" else ""
    date_html = f'<{tag_t} class="detail__date"{time_attr}>{j(date_text)}</{tag_t}>'
    updated_html = ""
    if rng.random() < 0.3 and shape != "date_only":
        later = when + timedelta(minutes=rng.randrange(5, 240))
        changed = f"Diperbarui {_outlet_date(kind, later, zone)}"
        if shape == "ago":
            changed = f"Diperbarui {rng.randrange(1, 60)} menit lalu"
        updated_html = f'<div class="detail__date-updated">{j(changed)}</div>'
    comments = rng.choice((0, 0, 1, 3, 12, 48))
    comment_word = rng.choice((f"{comments} Komentar", f"Komentar ({comments})",
                               f"Lihat {comments} komentar", f"{comments} komentar"))
    if comments == 0 and rng.random() < 0.5:
        comment_word = rng.choice(("Belum ada komentar", "Tulis Komentar", "0 Komentar"))
    share_top = ""
    if rng.random() < 0.6:
        nets = [n for n in ("Facebook", "X", "WhatsApp", "Telegram", "Salin Link")
                if rng.random() < 0.55] or ["WhatsApp"]
        lead = rng.choice(("Bagikan", "Share", "Bagikan:"))
        with_count = rng.random() < 0.5
        items = [lead, *nets] + ([comment_word] if with_count else [])
        j.also(" ".join(items))
        share_top = (f'<div class="detail__share"><span class="share-label">{j(lead)}</span> '
                     + " ".join(f'<a href="#" class="share-{slug(n)}">{j(n)}</a>' for n in nets)
                     + (f' <a href="#comm" class="detail__comment-count">{j(comment_word)}</a>'
                        if with_count else "") + "</div>")
        if with_count:
            comment_word = ""

    # the picture
    image_html = ""
    if rng.random() < 0.75 and page_no == 1:
        caption = ""
        if rng.random() < 0.7:
            who = rng.choice(("Wali Kota", "Gubernur", "Bupati", "Kapolda", "Warga",
                              "Penjabat Gubernur", "Ketua DPRD"))
            credit = rng.choice((f"(Foto: {writer}/{brand})", f"Foto: {writer}/{brand}",
                                 f"(Foto: dok. {brand})", "Foto: Istimewa", "(ANTARA FOTO)"))
            caption_line = f"{who} {city} {rng.choice(_ACTS)}. {credit}"
            caption = f'<figcaption class="detail__media-caption">{j(caption_line)}</figcaption>'
        image_html = (f'<div class="detail__media"><figure class="detail__media-image"><img src="'
                      f'https://cdn.{host.split("/")[0].removeprefix("www.")}/images/{day:%Y/%m/%d}/'
                      f'{token(rng, 20)}.jpg?w=700&amp;q=90" alt="{attr(text.headline)}" '
                      f'title="{attr(text.headline)}">{caption}</figure></div>')

    # the text: dateline, inserts, ads
    dateline = ""
    dateline_split = False
    if page_no == 1 and rng.random() < 0.7:
        if kind == "detik":
            dateline = f"{city} -"
            dateline_split = True
        elif kind == "kompas":
            dateline = rng.choice((f"{city.upper()}, KOMPAS.com -", "KOMPAS.com -"))
        elif kind == "liputan6":
            dateline = f"Liputan6.com, {city} -"
        elif kind in ("suara", "merdeka"):
            dateline = f"{tag} -"
        elif kind == "okezone":
            dateline = f"{city.upper()} -"
        elif kind == "inews":
            dateline = f"{city.upper()}, {tag} -"
        elif kind == "sindo":
            dateline = f"{city.upper()} -"
        elif kind == "viva":
            dateline = f"{tag} – "
        else:
            dateline = f"{city}, {tag} -"
        dateline = dateline.strip()
    baca_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 1, 1, 2)))}
    pilihan_after = rng.randrange(len(shown)) if rng.random() < 0.45 else -1
    ad_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 1, 1, 2)))}
    baca_label = rng.choice(("Baca juga:", "Baca Juga:", "BACA JUGA:", "Baca juga", "Simak juga:"))
    ad_lines = rng.choice((("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"),
                           ("Advertisement",), ("ADVERTISEMENT",),
                           ("Scroll untuk melanjutkan membaca",)))
    body_as_br = kind == "detik" and rng.random() < 0.5
    parts: list[str] = []
    for n, paragraph in enumerate(shown):
        words = escape(paragraph)
        if n == 0 and dateline:
            if dateline_split:
                j.also(dateline)
                words = f"<strong>{j(dateline[:-2])}</strong> - {words}"
            else:
                words = f"<strong>{j(dateline)}</strong> {words}"
        parts.append(words if body_as_br else f"<p>{words}</p>")
        if n == len(shown) - 1:
            break
        if n in baca_after:
            other = other_texts(rng, text, 1)[0]
            j.also(f"{baca_label} {other.headline}")
            path = "berita/d-" if kind == "detik" else "read/"
            link = (f'<strong>{j(baca_label)}</strong> <a href="{base}/{path}'
                    f'{rng.randrange(10**6, 10**8)}/{slug(other.headline)}">{j(other.headline)}'
                    "</a>")
            if kind == "detik":
                parts.append(f'<table class="linksisip"><tbody><tr><td><div class="lihatjg">'
                             f"{link}</div></td></tr></tbody></table>")
            else:
                parts.append(f'<p class="baca-juga">{link}</p>')
        if n == pilihan_after:
            heading = rng.choice(("Pilihan Redaksi", "PILIHAN REDAKSI", "Rekomendasi",
                                  "Berita Terkait", "Pilihan Editor"))
            picks = other_texts(rng, text, rng.randrange(2, 5))
            parts.append(f'<div class="pilihan-redaksi"><div class="pilihan-redaksi__title">'
                         f'{j(heading)}</div><ul>'
                         + "\n".join(f'<li><a href="{base}/read/{rng.randrange(10**6, 10**8)}/'
                                     f'{slug(o.headline)}">{j(o.headline)}</a></li>'
                                     for o in picks) + "</ul></div>")
        if n in ad_after:
            if len(ad_lines) > 1:
                j.also(" ".join(ad_lines))
            parts.append('<div class="parallaxindetail scrollpage">' + "\n".join(
                f'<div class="ads-label">{j(x)}</div>' for x in ad_lines)
                + f'<div id="div-gpt-ad-{rng.randrange(10**12, 10**13)}-{n}"></div></div>')
    last_page = page_no == pages
    tail: list[str] = []
    if last_page and rng.random() < 0.45:
        left = rng.choice((writer.split()[0].lower()[:3], "", "*"))
        code = rng.choice((f"({left}/{_hex(rng, 3)})", f"({slug(editor)[:3]}/{slug(writer)[:3]})",
                           f"({_hex(rng, 3)}/{_hex(rng, 3)})"))
        tail.append(j(code) if body_as_br else f"<p>{j(code)}</p>")
    if last_page and rng.random() < 0.3:
        sister = rng.choice([x for x in _SYNDICATE if x.split(".")[0].lower()
                             not in brand.lower()])
        judul = text.headline if rng.random() < 0.6 else other_texts(rng, text, 1)[0].headline
        link = f"https://www.{sister.lower().replace('detikcom', 'detik.com')}/read/" \
               f"{slug(judul)}"
        earlier = when - timedelta(minutes=rng.randrange(20, 600))
        if rng.random() < 0.5 or shape == "date_only":
            line = f'Artikel ini telah tayang di {sister} dengan judul "{judul}"'
            j.also(f"{line}, Klik untuk baca: {link}")
            tail.append(f'<p class="syndication"><em>{j(line)}</em>, {j("Klik untuk baca:")} '
                        f'<a href="{link}">{j(link)}</a></p>')
        else:
            when_words = _outlet_date("sindo", earlier.astimezone(ZONES["WIB"]), "WIB")
            line = (f"Artikel ini sudah tayang di {sister} pada hari {when_words} dengan judul "
                    f'"{judul}"')
            j.also(f"{line}. Baca selengkapnya: {link}")
            tail.append(f'<p class="syndication"><strong>{j(line)}</strong>. '
                        f'{j("Baca selengkapnya:")} <a href="{link}">{j(link)}</a></p>')
    if body_as_br:
        body_text = "<br>\n<br>\n".join(parts) + "".join(
            x if x.startswith("<") else f"<br>\n<br>\n{x}" for x in tail)
    else:
        body_text = "".join(parts) + "".join(tail)
    body = (f'<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text '
            f'itp_bodycontent">{body_text}</div></div>')

    # the pager
    pager = ""
    if pages > 1:
        base_url = url.split("?")[0]
        items = [rng.choice(("Halaman", "Halaman:"))] + [str(k) for k in range(1, pages + 1)]
        if page_no < pages:
            items.append(rng.choice(("Selanjutnya", "Berikutnya", "Selanjutnya »")))
        pager = ('<div class="detail__long-nav">' + _pieced(
            j, items, " ", f'<a href="{base_url}?page={{s}}">{{x}}</a>') + "</div>")
        if rng.random() < 0.6:
            word = rng.choice(("Tampilkan semua", "Tampilkan Semua Halaman", "Show All",
                               "Lihat Semua", "Baca dalam satu halaman"))
            pager += (f'<div class="detail__anchor-numb"><a href="{base_url}?single=1">{j(word)}'
                      "</a></div>")

    # what follows: tags, comments, Google News
    follow: list[str] = []
    if rng.random() < 0.6:
        tags = rng.sample((*_TAGS, city.lower(), section.lower()), rng.randrange(2, 6))
        label_t = rng.choice(("Tags", "Tag:", "Topik Terkait", "TAG"))
        j.also(" ".join([label_t, *tags]))
        follow.append(f'<div class="detail__body-tag nav"><span>{j(label_t)}</span> ' + " ".join(
            f'<a href="{base}/tag/{slug(t)}" class="nav__item">{j(t)}</a>' for t in tags)
            + "</div>")
    if comment_word:
        follow.append(f'<div class="comment-box" id="comm"><a href="#comm" class="btn">'
                      f"{j(comment_word)}</a></div>")
    if rng.random() < 0.4:
        line = rng.choice(("Ikuti kami di Google News", f"Ikuti berita {brand} di Google News",
                           f"Dapatkan update berita pilihan dari {brand} setiap hari."))
        follow.append(f'<div class="gnews"><a href="https://news.google.com/publications/'
                      f'{token(rng, 18)}">{j(line)}</a></div>')

    # the next article
    nxt = other_texts(rng, text, 1)[0]
    placement = rng.choice(("inside", "inside", "inside", "sibling", "sibling", "after"))
    put_n = j if placement == "inside" else escape
    next_when = when - timedelta(minutes=rng.randrange(15, 3 * 24 * 60))
    next_label = rng.choice(("Berita Selanjutnya", "Artikel Selanjutnya", "Baca Berita Berikutnya",
                             "Berita Berikutnya", "Scroll ke bawah untuk membaca berita "
                             "selanjutnya"))
    next_section = rng.choice(_SCROLL_SECTIONS)
    next_writer = _person(rng)
    next_by = rng.choice((f"{next_writer} - {brand}", f"Penulis: {next_writer}", brand))
    next_date = _outlet_date(kind, next_when, zone, date_only=shape == "date_only")
    teaser_n = rng.choice((1, 1, 2, 2, 3))
    next_paras = list(nxt.paragraphs[:teaser_n])
    cut_last = rng.random() < 0.5
    next_url = (f"{base}/berita/d-{rng.randrange(10**6, 10**8)}/{slug(nxt.headline)}"
                if kind == "detik" else f"{base}/read/{rng.randrange(10**6, 10**8)}/"
                f"{slug(nxt.headline)}")
    next_bits = []
    if rng.random() < 0.5:
        next_bits.append(f'<div class="detail__label">{put_n(next_section)}</div>')
    n_look = rng.choice(("h1", "h2", "h2"))
    next_bits.append(f'<{n_look} class="{cls}"><a href="{next_url}">{put_n(nxt.headline)}</a>'
                     f"</{n_look}>")
    next_meta = [next_by, next_date]
    if put_n is j:
        j.also(" ".join(next_meta))
    next_bits.append(f'<div class="detail__author">{put_n(next_by)}</div> <div class="detail__'
                     f'date">{put_n(next_date)}</div>')
    next_body = []
    for k, para in enumerate(next_paras):
        words = para
        if k == len(next_paras) - 1 and cut_last:
            words = _teaser(rng, para, 90, 200)
        next_body.append(f"<p>{put_n(words)}</p>")
    more_word = rng.choice(("Lanjutkan Membaca", "Baca Selengkapnya", "Lanjut baca »",
                            "Baca artikel selengkapnya"))
    next_bits.append(f'<div class="detail__body-text">{"".join(next_body)}</div>')
    next_bits.append(f'<a href="{next_url}" class="btn-continue">{put_n(more_word)}</a>')
    loader = ""
    if rng.random() < 0.4:
        wait = rng.choice(("Memuat artikel berikutnya...", "Memuat...", "Loading..."))
        loader = f'<div class="infinite-loader" aria-live="polite">{put_n(wait)}</div>'
    separator = f'<div class="next-article-separator"><span>{put_n(next_label)}</span></div>'
    next_article = (f'<article class="detail detail--next" data-url="{next_url}" data-id="'
                    f'{rng.randrange(10**6, 10**8)}">{"".join(next_bits)}</article>')

    # the article, and its scroll container
    header = [kicker, headline]
    meta = [byline, date_html, updated_html]
    if rng.random() < 0.3:
        meta = [date_html, updated_html, byline]
    header += [*meta, share_top]
    own = (f'<div class="detail__header">{"".join(header)}</div>{image_html}{body}{pager}'
           f'{"".join(follow)}')
    scroll_cls = rng.choice(("detail-scroll infinite-scroll", "read-infinite", "article-stream",
                             "list-content-infinite"))
    if placement == "inside":
        # one stream holds the article's own blocks and the next one's, with no element
        # around the first article alone
        main = (f'<div class="{scroll_cls}" data-infinite-scroll="true" id="article-stream" '
                f'data-id="{art_id}">{own}{separator}{next_article}{loader}</div>')
    elif placement == "sibling":
        main = (f'<div class="{scroll_cls}" data-infinite-scroll="true"><article class="detail" '
                f'data-id="{art_id}">{own}</article>{separator}{next_article}{loader}</div>')
    else:
        main = (f'<article class="detail" data-id="{art_id}">{own}</article>'
                f'<section class="next-read">{separator}{next_article}{loader}</section>')

    # the head and the page
    title = rng.choice((f"{text.headline} - {brand}", f"{text.headline} | {brand}",
                        f"{text.headline} : {brand}", f"{text.headline}",
                        f"{text.headline} - {brand.split('.')[0]} News"))
    if page_no > 1 and rng.random() < 0.5:
        title = f"{text.headline} | Halaman {page_no} - {brand}"
    head: list[str] = [f'<link rel="canonical" href="{url.split("?")[0]}">']
    if rng.random() < 0.8:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{url.split("?")[0]}">',
                 f'<meta property="og:site_name" content="{attr(brand)}">']
    if machine and (tag_t != "time" or rng.random() < 0.7):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and rng.random() < 0.6:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": text.headline, "datePublished": machine,
              "dateModified": machine, "mainEntityOfPage": url.split("?")[0],
              "author": {"@type": "Person", "name": author or brand},
              "publisher": {"@type": "Organization", "name": brand}}
        head.append(_ld(ld))
    if zone == "WIB" and stamp in ("offset", "network") and rng.random() < 0.3:
        head.append(f'<meta name="publishdate" content="{when:%Y/%m/%d %H:%M:%S}">')
    if rng.random() < 0.5:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    popular = "".join(f'<li><a href="{base}/read/{rng.randrange(10**6, 10**8)}">'
                      f"{escape(o.headline)}</a></li>" for o in other_texts(rng, text, 5))
    nav = " ".join(f'<a href="{base}/{slug(m)}">{escape(m)}</a>'
                   for m in ("Berita", "Regional", "Nasional", "Ekonomi", "Olahraga", "Indeks"))
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
</head>
<body class="detail-page {kind}">
<header class="header"><a href="{base}/" class="logo">{escape(brand)}</a><nav>{nav}</nav></header>
<div class="container"><div class="column-8">
{main}
</div><aside class="column-4"><div class="box"><h3>Terpopuler</h3><ol>{popular}</ol></div>
</aside></div>
<footer class="footer"><p>Redaksi &middot; Pedoman Media Siber &middot; Kontak</p>
<p>&copy; {day.year} {escape(brand)}</p></footer>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, tuple(shown), published, author, brand,
                            tuple(j.lines))


def _scroll_listing(rng: random.Random, text: Text, brand: str, base: str, zone: str,
                    kind: str, section: str) -> tuple[str, str, Truth]:
    """An index ("Indeks Berita") or a section's page: headlines, teasers and dates, and
    "Muat Lebih Banyak"."""
    day = when_in(rng, zone).date()
    heading = rng.choice((section, "Indeks Berita", "Berita Terkini", f"Berita {section}",
                          "Terpopuler"))
    shown = listing_items(rng, text, day, rng.randrange(6, 15))
    items = "".join(
        f'<article class="list-content__item"><h3 class="media__title"><a href="{base}/read/'
        f'{rng.randrange(10**6, 10**8)}/{slug(o.headline)}">{escape(o.headline)}</a></h3><div '
        f'class="media__desc">{escape(_teaser(rng, o.paragraphs[0]))}</div><div class="media__'
        f'date">{_long(d)}</div></article>' for o, d in shown)
    url = f"{base}/{rng.choice(('indeks', slug(section), 'terkini'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} - {escape(brand)}</title>
</head><body class="list {kind}"><header><a href="{base}/">{escape(brand)}</a></header>
<div class="container"><h1 class="page__title">{escape(heading)}</h1><div class="list-content">
{items}</div><button type="button" class="btn-more">Muat Lebih Banyak</button></div>
<footer>&copy; {day.year} {escape(brand)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, brand, (), article=False)


FAMILIES: dict[str, Family] = {
    "elementor-wp": elementor_wp, "siaran-pers": siaran_pers,
    "partner-city-hall": partner_city_hall, "continuous-scroll-outlet": continuous_scroll_outlet}
