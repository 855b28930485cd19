"""A fourth set of held-out layout families, written without sight of the extraction rules.

A page of a big regional news network (Tribun, Pikiran Rakyat, the Radar papers); an old
ASP.NET WebForms portal of a province or a regency; a small office's, a village's or an
outlet's page built with a site builder (Wix, Google Sites, Weebly, a hosting company's
builder); and the English pages of a government site or an English-language outlet.
They were written by a session that never read the extractor nor ran it, from what such
pages look like, and committed before any rule was run on them: never tune a rule on
them. Each takes a seeded ``random.Random`` and a real ``Text`` and returns the page's
URL, its HTML and its ``Truth``; every furniture line put inside the article container
(the block that holds the headline, the meta lines and the paragraphs) is in the truth's
``junk``, whole and piece by piece where the page renders it from several elements.
About one call in eight gives a section's listing page instead (``Truth.article``
false), whose title is the section's heading.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset) has a zone-aware moment: in the zone printed,
else in the metadata's offset (a network's metadata may give +07:00 for the moment a
WITA page prints as local time: the same instant). A time printed without any zone is
WIB's, and only pages of regions in WIB print one (an ASP.NET page's "5/27/2025 2:30:00
PM" is the server's en-US default: month first). A page that prints only a date, with
at most a UTC stamp beside it, has the date, and its moment falls in office hours so
that the UTC stamp is on the same day. An outlet's dateline before the first paragraph
is furniture, and the paragraph's truth is the text without it. A page of a multi-page
article has the paragraphs it shows.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from tests.layouts import (
    DAYS,
    MONTHS,
    MONTHS_EN,
    NAMES,
    ZONES,
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

_FIRST = ("Muh", "Rizky", "Yohana", "I Gede", "Fitriani", "Arif", "Stevany", "Ramli",
          "Novita", "Imanuel", "Sitti", "Dedi")
_LAST = ("Hasim", "Ramadhan", "Kambu", "Suardana", "Nasution", "Makatita", "Rumagit",
         "Pratiwi", "Syahputra", "Manuhutu", "Tanjung", "Lumban Gaol")
_TAGS = ("pemerintahan", "pembangunan", "pelayanan publik", "kesehatan", "pendidikan",
         "ekonomi", "infrastruktur", "banjir", "pilkada", "UMKM", "inflasi", "stunting",
         "pariwisata", "ketahanan pangan", "DPRD", "bansos")
_ACTS = ("saat meninjau lokasi", "memberikan keterangan kepada wartawan",
         "menghadiri rapat koordinasi", "berfoto bersama warga", "menyerahkan bantuan",
         "membuka kegiatan sosialisasi")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _teaser(rng: random.Random, paragraph: str, low: int = 80, high: int = 180) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(low, high)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ..."))


def _iso(when: datetime, *, seconds: bool = True) -> str:
    return when.isoformat(timespec="seconds" if seconds else "minutes")


def _utc_z(when: datetime, millis: int | None = None) -> str:
    """The moment in UTC as JavaScript prints it ("2025-05-27T07:30:00.000Z")."""
    moment_ = when.astimezone(UTC)
    if millis is None:
        return f"{moment_:%Y-%m-%dT%H:%M:%SZ}"
    return f"{moment_:%Y-%m-%dT%H:%M:%S}.{millis:03d}Z"


def _ago(hours: int) -> str:
    if hours < 1:
        return "baru saja"
    if hours < 24:
        return f"{hours} jam lalu"
    return f"{hours // 24} hari lalu"


# -- 1. a regional news network: Tribun, Pikiran Rakyat, the Radar papers ------------------

# (brand as the pages name it, its host, its zone, its city, its dateline tag, its network)
_NETWORK = (
    ("Tribun-Timur.com", "makassar.tribunnews.com", "WITA", "Makassar", "TRIBUN-TIMUR.COM",
     "tribun"),
    ("TribunJateng.com", "jateng.tribunnews.com", "WIB", "Semarang", "TRIBUNJATENG.COM",
     "tribun"),
    ("TribunManado.co.id", "manado.tribunnews.com", "WITA", "Manado", "TRIBUNMANADO.CO.ID",
     "tribun"),
    ("Tribun-Papua.com", "papua.tribunnews.com", "WIT", "Jayapura", "TRIBUN-PAPUA.COM", "tribun"),
    ("TribunKaltim.co", "kaltim.tribunnews.com", "WITA", "Balikpapan", "TRIBUNKALTIM.CO",
     "tribun"),
    ("TribunAmbon.com", "ambon.tribunnews.com", "WIT", "Ambon", "TRIBUNAMBON.COM", "tribun"),
    ("Tribun-Bali.com", "bali.tribunnews.com", "WITA", "Denpasar", "TRIBUN-BALI.COM", "tribun"),
    ("TribunPadang.com", "padang.tribunnews.com", "WIB", "Padang", "TRIBUNPADANG.COM", "tribun"),
    ("TribunPontianak.co.id", "pontianak.tribunnews.com", "WIB", "Pontianak",
     "TRIBUNPONTIANAK.CO.ID", "tribun"),
    ("Pikiran Rakyat", "www.pikiran-rakyat.com", "WIB", "Bandung", "PIKIRAN RAKYAT", "pr"),
    ("Pikiran Rakyat Cirebon", "cirebon.pikiran-rakyat.com", "WIB", "Cirebon", "PR CIREBON",
     "pr"),
    ("Pikiran Rakyat Depok", "depok.pikiran-rakyat.com", "WIB", "Depok", "PR DEPOK", "pr"),
    ("Radar Banyuwangi", "radarbanyuwangi.jawapos.com", "WIB", "Banyuwangi",
     "RADARBANYUWANGI.ID", "radar"),
    ("Radar Lampung", "radarlampung.disway.id", "WIB", "Bandar Lampung", "RADARLAMPUNG.CO.ID",
     "radar"),
    ("Kaltim Post", "kaltimpost.jawapos.com", "WITA", "Samarinda", "KALTIMPOST.ID", "radar"),
    ("Radar Sulteng", "radarsulteng.jawapos.com", "WITA", "Palu", "RADARSULTENG.ID", "radar"),
)
_SECTIONS = ("Pemerintahan", "Politik", "Ekonomi", "Peristiwa", "Pendidikan", "Kesehatan",
             "Hukum dan Kriminal", "Olahraga", "Daerah")
_GNEWS = ("Ikuti kami di Google News", "Ikuti berita terbaru {brand} di Google News",
          "Dapatkan berita terkini {brand} di WhatsApp, klik di sini",
          "Ikuti saluran WhatsApp {brand} untuk mendapatkan berita terkini",
          "Simak berita {brand} lainnya di Google News")


def _network_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    long_day = indonesian_date(day, day_name=True)
    return {
        "tribun": f"{long_day} {when:%H:%M} {zone}",
        "pr": f"{indonesian_date(day, day_name=False)}, {when:%H:%M} {zone}",
        "pipe": f"{long_day} | {when:%H:%M} {zone}",
        "dash": f"{long_day} - {when:%H:%M} {zone}",
        "slash": f"{day:%d/%m/%Y}, {when:%H:%M} {zone}",
        "short": f"{DAYS[day.weekday()][:3]}, {day.day} {MONTHS_SHORT[day.month - 1]} "
                 f"{day.year} {when:%H:%M} {zone}",
        "date_only": indonesian_date(day, day_name=True),
    }[form]


def tribun_network(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An article of a regional paper of a national network: Tribun's
    ``div#article`` (breadcrumb, ``h1#arttitle``, "Penulis: X | Editor: Y", the time,
    a picture with "(TRIBUN-TIMUR.COM/NAME)", ``div.txt-article``), Pikiran Rakyat's
    ``read__`` blocks, a Radar paper's; "Laporan Wartawan ..." and the dateline
    before the text, bold "Baca juga:" paragraphs, ADVERTISEMENT slots, a video with
    its title, "Artikel ini telah tayang di ...", "Ikuti kami di Google News", tags,
    page links (page 1 or 2 of a multi-page article, or "Halaman all"), "Berita
    Terkini", "Berita Populer" and comments; og and JSON-LD NewsArticle stamps, in the
    page's zone or the network's +07:00."""
    brand, host, zone, city, tag, network = rng.choice(_NETWORK)
    base = f"https://{host}"
    section = rng.choice(_SECTIONS)
    s = slug(text.headline)
    form = rng.choice({"tribun": ("tribun", "tribun", "tribun", "short", "date_only"),
                       "pr": ("pr", "pr", "slash", "date_only"),
                       "radar": ("pipe", "dash", "tribun", "date_only")}[network])
    keep_seconds = rng.random() < 0.6  # the stamps' form: "2025-05-27T14:30:00+07:00"
    when = when_in(rng, zone, seconds=keep_seconds and rng.random() < 0.5)
    day = when.date()
    machine_zone = zone if rng.random() < 0.5 else "WIB"
    stamp_moment = when.astimezone(ZONES[machine_zone])
    if rng.random() < 1 / 8:
        return _network_listing(rng, text, brand, base, network, city, section, zone)

    paragraphs = list(text.paragraphs)
    count = len(paragraphs)
    mode = rng.choice(("single", "single", "single", "paged", "paged", "page2", "all"))
    if mode == "page2" and count < 4:
        mode = "paged"
    pages = 3 if count >= 6 and rng.random() < 0.4 else 2
    size = -(-count // pages)
    page_no = 1
    if mode == "paged":
        shown = paragraphs[:size]
    elif mode == "page2":
        shown = paragraphs[size:2 * size]
        page_no = 2
        if len(shown) < 2:
            shown, page_no, mode = paragraphs[:size], 1, "paged"
    else:
        shown = paragraphs
    first_page = page_no == 1

    post_id = rng.randrange(10**6, 10**7)
    date_path = f"{day:%Y/%m/%d}"
    if network == "tribun":
        url = f"{base}/{date_path}/{s}"
    elif network == "pr":
        url = f"{base}/{slug(section)}/pr-{rng.randrange(10**9, 10**10)}/{s}"
    else:
        url = f"{base}/{slug(section)}/{post_id}/{s}"
    if page_no == 2:
        url += "?page=2"
    elif mode == "all":
        url += "?page=all"

    j = Junk()
    writer = _person(rng)
    editor = rng.choice((*NAMES, _person(rng)))
    printed = _network_date(form, when, zone)
    timed = form != "date_only"
    published = when if timed else stamp_moment  # a date alone: the stamps' offset

    # the lines above the text
    crumb_inside = rng.random() < 0.5
    crumbs = ["Home", city if network == "tribun" else "Berita", section]
    crumb_sep = rng.choice((" » ", " / ", " › "))
    put = j if crumb_inside else escape
    crumb_html = ('<div class="breadcrumb">' + escape(crumb_sep).join(
        f'<a href="{base}/{slug(c) if c != "Home" else ""}">{put(c)}</a>'
        for c in crumbs) + "</div>")
    if crumb_inside:
        j.also(crumb_sep.join(crumbs))
    credit = rng.random()
    if network == "radar":
        writer_label = rng.choice(("Reporter:", "Penulis:", "Wartawan:"))
    else:
        writer_label = "Penulis:"
    credit_html = ""
    credit_bottom = ""
    if credit < 0.5:
        j.also(f"{writer_label} {writer} | Editor: {editor}")
        credit_html = (f'<div id="penulis" class="credit">{j(writer_label)} <a href="{base}/'
                       f'penulis/{slug(writer)}">{j(writer)}</a> | {j("Editor:")} <a href="'
                       f'{base}/editor/{slug(editor)}">{j(editor)}</a></div>')
    elif credit < 0.8:
        credit_html = (f'<div class="read__credit"><div>{j(f"{writer_label} {writer}")}</div>'
                       f'<div>{j(f"Editor: {editor}")}</div></div>')
    else:
        credit_bottom = (f'<div class="credit-bottom"><p>{j(f"{writer_label} {writer}")}</p>'
                         f'<p>{j(f"Editor: {editor}")}</p></div>')
    time_tag = rng.choice(("time", "div", "span"))
    time_attr = f' datetime="{_iso(stamp_moment)}"' if time_tag == "time" else ""
    time_html = f'<{time_tag} class="grey"{time_attr}>{j(printed)}</{time_tag}>'
    updated_html = ""
    if rng.random() < 0.25 and timed:
        later = when + timedelta(minutes=rng.randrange(10, 600))
        changed = "Diperbarui: " + _network_date(form, later, zone)
        updated_html = f'<div class="updated">{j(changed)}</div>'
    share_html = ""
    if rng.random() < 0.6:
        names = ("Facebook", "Twitter", "WhatsApp", "Telegram", "Salin Link")
        with_words = rng.random() < 0.4
        picked = [n for n in names if rng.random() < 0.75] or ["WhatsApp"]
        if with_words:
            j.also(" ".join(picked))
        share_html = ('<div class="share-box">' + " ".join(
            f'<a href="#" class="share-{slug(n)}" aria-label="{n}"><i class="icon-{slug(n)}"></i>'
            f'{j(n) if with_words else ""}</a>' for n in picked) + "</div>")
        if rng.random() < 0.3:
            share_html = share_html.replace("</div>", f'<span class="count">{rng.randrange(2, 900)}'
                                            "</span></div>", 1)
    image_html = ""
    if rng.random() < 0.8 and first_page:
        who = rng.choice(("Wali Kota", "Gubernur", "Bupati", "Kapolres", "Ketua DPRD", "Warga"))
        caption = (f"{who} {city} {rng.choice(_ACTS)}, {indonesian_date(day, day_name=True)}. "
                   f"({tag if network == 'tribun' else brand.upper()}/"
                   f"{rng.choice((writer, _person(rng))).upper()})")
        caption_html = ""
        if rng.random() < 0.8:
            caption_html = f'<div class="arial f12 grey2 caption">{j(caption)}</div>'
        image_html = (f'<div class="ovh imgfull"><img src="https://asset-2.tstatic.net/'
                      f'{slug(brand)}/foto/bank/images/{s[:40]}.jpg" alt="{attr(text.headline)}" '
                      f'width="700" height="393">{caption_html}</div>')

    # the text, with what the network puts between its paragraphs
    parts: list[str] = []
    if first_page and network == "tribun" and rng.random() < 0.55:
        laporan = rng.choice((f"Laporan Wartawan {brand}, {writer}",
                              f"Laporan Wartawan {brand} {writer}",
                              f"Laporan Reporter {brand}, {writer}"))
        parts.append(f"<p><strong>{j(laporan)}</strong></p>")
    dateline = ""
    if first_page and rng.random() < 0.8:
        dateline = rng.choice((f"{tag}, {city.upper()}", f"{tag}, {city.upper()}", tag,
                               f"{city.upper()}, {tag}"))
    dash = rng.choice((" - ", " – ", " -- "))
    ad_label = rng.choice(("ADVERTISEMENT", "ADVERTISEMENT", "Advertisement",
                           "SCROLL TO CONTINUE WITH CONTENT", "- ADVERTISEMENT -"))
    ad_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 1, 2, 2)))}
    baca_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 1, 2, 3)))}
    video_after = rng.randrange(len(shown)) if rng.random() < 0.3 else -1
    baca_label = rng.choice(("Baca juga:", "Baca juga:", "BACA JUGA:", "Baca Juga:"))
    bold_whole = rng.random() < 0.5
    for n, paragraph in enumerate(shown):
        if n == 0 and dateline:
            parts.append(f"<p><strong>{j(dateline)}</strong>{dash}{escape(paragraph)}</p>")
        else:
            parts.append(f"<p>{escape(paragraph)}</p>")
        if n == len(shown) - 1:
            break
        if n in baca_after:
            other = other_texts(rng, text, 1)[0]
            j.also(f"{baca_label} {other.headline}")
            link = (f'<a href="{base}/{day:%Y/%m/%d}/{slug(other.headline)}">'
                    f"{j(other.headline)}</a>")
            if bold_whole:
                parts.append(f'<p class="baca"><strong>{j(baca_label)} {link}</strong></p>')
            else:
                parts.append(f'<p class="baca"><strong>{j(baca_label)}</strong> {link}</p>')
        if n in ad_after:
            parts.append(f'<div class="ads-placeholder ads-mid"><span class="ads-label">'
                         f'{j(ad_label)}</span><div id="div-gpt-ad-{rng.randrange(10**12, 10**13)}'
                         f'-{n}" style="min-height:250px"></div></div>')
        if n == video_after:
            video_title = rng.choice(other_texts(rng, text, 1)).headline
            label = rng.choice(("Video Pilihan", "Tonton juga:", "VIDEO:", "Video Terkini"))
            j.also(f"{label} {video_title}")
            parts.append(f'<div class="video-embed"><p class="video-label"><b>{j(label)}</b> '
                         f'<span class="video-title">{j(video_title)}</span></p><iframe src="'
                         f'https://www.youtube.com/embed/{token(rng, 11)}" title="'
                         f'{attr(video_title)}" frameborder="0" allowfullscreen></iframe></div>')
    last_page = mode in ("single", "all") or page_no == pages
    if rng.random() < 0.35 and last_page:
        sign = rng.choice((f"({tag.lower()}/{writer.split()[0].lower()})",
                           f"(*/{brand.split('.')[0]})", f"({writer.split()[-1]})"))
        parts.append(f"<p>{j(sign)}</p>")
    tayang = ""
    if rng.random() < 0.3 and last_page:
        sister = rng.choice(("Tribunnews.com", "TribunJakarta.com", "Kompas.com",
                             "TribunJatim.com"))
        judul = text.headline if rng.random() < 0.5 else other_texts(rng, text, 1)[0].headline
        link = f"https://www.{sister.lower()}/{day:%Y/%m/%d}/{slug(judul)}"
        j.also(f"Artikel ini telah tayang di {sister} dengan judul {judul}, {link}")
        tayang = (f'<p class="tayang">{j("Artikel ini telah tayang di")} <a href="https://www.'
                  f'{sister.lower()}">{j(sister)}</a> {j("dengan judul")} <a href="{link}">'
                  f'{j(judul)}</a>, <a href="{link}">{j(link)}</a></p>')
    gnews = ""
    if rng.random() < 0.5:
        line = rng.choice(_GNEWS).format(brand=brand)
        gnews = (f'<p class="gnews"><a href="https://news.google.com/publications/{token(rng, 20)}"'
                 f' target="_blank"><strong>{j(line)}</strong></a></p>')
    body_class = rng.choice(("side-article txt-article multi-fontsize", "read__content",
                             "detail__body-text", "txt-article"))
    tayang_in_text = rng.random() < 0.5
    body = (f'<div class="{body_class}">' + "".join(parts) + (tayang if tayang_in_text else "")
            + "</div>" + ("" if tayang_in_text else tayang) + gnews)

    paging = ""
    if mode in ("paged", "page2"):
        kind = rng.choice(("numbers", "numbers", "next", "both"))
        numbers = [str(k) for k in range(1, pages + 1)]
        if kind in ("numbers", "both"):
            words = ["Halaman:"] + (["Sebelumnya"] if page_no == 2 else []) + numbers + (
                ["Selanjutnya"] if page_no < pages else [])
            j.also(" ".join(words))
            links = []
            for w in words:
                if w == "Halaman:":
                    links.append(f"<span>{j(w)}</span>")
                elif w.isdigit():
                    active = ' class="active"' if int(w) == page_no else ""
                    links.append(f'<a href="{url.split("?")[0]}?page={w}"{active}>{w}</a>')
                else:
                    links.append(f'<a href="#" class="paging-{slug(w)}">{j(w)}</a>')
            paging = '<div class="paging">' + " ".join(links) + "</div>"
        if kind in ("next", "both") and page_no < pages:
            label = rng.choice(("Halaman selanjutnya", "Halaman Selanjutnya",
                                "Baca Selanjutnya", "Lanjut ke halaman berikutnya"))
            paging += (f'<div class="next-page"><a href="{url.split("?")[0]}?page={page_no + 1}"'
                       f' class="btn-next">{j(label)}</a></div>')
        if kind == "next" and page_no == 2:
            paging += (f'<div class="next-page"><a href="{url.split("?")[0]}">'
                       f'{j("Halaman sebelumnya")}</a></div>')
        if rng.random() < 0.3:
            paging += (f'<div class="allpage"><a href="{url.split("?")[0]}?page=all">'
                       f'{j(rng.choice(("Tampilkan semua", "Lihat Semua Halaman")))}</a></div>')
    tags_html = ""
    if rng.random() < 0.75:
        chosen = rng.sample((*_TAGS, city, section.lower()), rng.randrange(2, 7))
        label = rng.choice(("Tags:", "Tag:", "TAGS"))
        sep = rng.choice((" ", " ", " # "))
        j.also(f"{label} {sep.join(chosen)}")
        tags_html = (f'<div class="tagcloud3"><h5>{j(label)}</h5> ' + sep.join(
            f'<a href="{base}/tag/{slug(t)}" rel="tag">{j(t)}</a>' for t in chosen) + "</div>")

    # the lists beside the article
    def list_block(heading: str, inside: bool, n: int, clock: bool) -> str:
        put = j if inside else escape
        items = []
        for k, other in enumerate(other_texts(rng, text, n)):
            stamp = ""
            if clock:
                stamp = put(_ago(k * rng.randrange(1, 6) + rng.randrange(0, 3)))
            number = f'<span class="num">{k + 1}</span>' if not clock else ""
            items.append(f'<li>{number}<a href="{base}/{date_path}/{slug(other.headline)}">'
                         f'{put(other.headline)}</a>'
                         + (f' <time class="foot">{stamp}</time>' if stamp else "") + "</li>")
        return (f'<div class="{slug(heading)} box-list"><h3 class="title">{put(heading)}</h3><ul>'
                + "".join(items) + "</ul></div>")

    terkini_inside = rng.random() < 0.25
    terkini = list_block(rng.choice(("Berita Terkini", "Berita Terbaru", "Terkini")),
                         terkini_inside, rng.choice((4, 5, 6)), True)
    populer = list_block(rng.choice(("Berita Populer", "Terpopuler", "Populer")), False, 5,
                         False)
    comments_inside = rng.random() < 0.2
    put = j if comments_inside else escape
    count_comments = rng.choice((0, 0, 1, 3))
    login = (f'<p>{put("Silakan login untuk berkomentar")}</p>' if rng.random() < 0.5 else "")
    comments = (f'<div id="komentar" class="comments"><h3>{put("Komentar")}</h3>{login}'
                f'<div class="fb-comments" data-href="{attr(url)}" data-numposts="5"></div>'
                + (f'<a href="#" class="comment-count">{put(f"{count_comments} Komentar")}</a>'
                   if count_comments else "") + "</div>")

    headline = (f'<h1 id="arttitle" class="f50 black2 f400 crimson">{escape(text.headline)}</h1>'
                if network == "tribun" else
                f'<h1 class="read__title">{escape(text.headline)}</h1>')
    order = rng.random()
    meta = f"{credit_html}{time_html}{updated_html}"
    if order < 0.6:
        top = f"{crumb_html if crumb_inside else ''}{headline}{meta}{share_html}{image_html}"
    else:
        top = (f"{crumb_html if crumb_inside else ''}{headline}{share_html}{image_html}"
               f'<div class="read__info">{meta}</div>')
    inner = (f"{top}{body}{credit_bottom}{paging}{tags_html}"
             f"{terkini if terkini_inside else ''}{comments if comments_inside else ''}")
    article_id = rng.choice(('id="article"', 'class="read__article"', 'class="detail-article"'))
    article = f"<div {article_id}>{inner}</div>"

    sticky = (f'<div class="sticky-bottom ads"><span class="ads-label">{ad_label}</span>'
              '<div id="div-gpt-ad-sticky"></div><a href="#" class="close-ads">×</a></div>')
    header_ad = '<div class="ads-top"><span class="ads-label">ADVERTISEMENT</span></div>'
    menu = ("Home", city, "Nasional", "Bisnis", "Sport", "Seleb", "Lifestyle", "Video", "Indeks")
    nav = "".join(f'<li><a href="{base}/{slug(m)}">{escape(m)}</a></li>' for m in menu)

    title_brand = brand
    if network == "tribun" and rng.random() < 0.5:
        title_brand = brand[:1] + brand[1:].lower()  # "Tribun-timur.com"
    if page_no == 2:
        title = rng.choice((f"{text.headline} Halaman 2 - {title_brand}",
                            f"{text.headline} - Halaman 2 - {title_brand}",
                            f"{text.headline} Halaman 2 | {title_brand}"))
    elif mode == "all":
        title = rng.choice((f"{text.headline} Halaman all - {title_brand}",
                            f"{text.headline} - Halaman all - {title_brand}"))
    else:
        title = rng.choice((f"{text.headline} - {title_brand}", f"{text.headline} | {title_brand}",
                            f"{text.headline} - {title_brand} {section}"))
    ld_stamp = _iso(stamp_moment, seconds=keep_seconds)
    modified = _iso(stamp_moment + timedelta(minutes=rng.randrange(0, 300)), seconds=keep_seconds)
    head = [f'<meta property="og:title" content="{attr(text.headline)}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{attr(url)}">',
            f'<meta property="og:site_name" content="{attr(brand)}">',
            f'<meta property="og:image" content="https://asset-2.tstatic.net/{s[:40]}.jpg">']
    with_og_time = rng.random() < 0.6
    with_ld = rng.random() < 0.85
    if not timed and not with_ld:
        with_og_time = True  # the page's only time is in its metadata
    if with_og_time:
        head.append(f'<meta property="article:published_time" content="{ld_stamp}">')
    if rng.random() < 0.4:
        head.append(f'<meta name="content_PublishedDate" content="{stamp_moment:%Y-%m-%d %H:%M:%S}"'
                    ">")
    if rng.random() < 0.4:
        head.append(f'<meta name="author" content="{attr(writer)}">')
    if with_ld:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "headline": text.headline, "datePublished": ld_stamp, "dateModified": modified,
              "author": {"@type": "Person", "name": writer},
              "editor": {"@type": "Person", "name": editor},
              "publisher": {"@type": "Organization", "name": brand,
                            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"}},
              "description": _teaser(rng, text.paragraphs[0])}
        crumbs_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList",
                     "itemListElement": [{"@type": "ListItem", "position": k + 1, "name": c,
                                          "item": f"{base}/{slug(c)}"}
                                         for k, c in enumerate(crumbs)]}
        blobs = [ld, crumbs_ld] if rng.random() < 0.5 else [crumbs_ld, ld]
        head += [f'<script type="application/ld+json">{json.dumps(b, ensure_ascii=False)}'
                 "</script>" for b in blobs]
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">
<meta name="keywords" content="{attr(", ".join(text.headline.lower().split()[:5]))}">
{"".join(head)}
<link rel="canonical" href="{attr(url.split("?")[0])}">
<script>var dataLayer = [{{"pageType":"article","articleId":"{post_id}"}}];</script>
</head>
<body class="{network}">
{header_ad}
<header class="main-header"><div class="logo"><a href="{base}/"><img src="{base}/logo.png"
 alt="{attr(brand)}"></a></div><nav class="main-menu"><ul>{nav}</ul></nav>
<div class="date-now">{indonesian_date(day + timedelta(days=rng.randrange(0, 3)), day_name=True)}
</div></header>
<div class="main"><div class="content-left">
{"" if crumb_inside else crumb_html}
{article}
{"" if terkini_inside else terkini}
{"" if comments_inside else comments}
</div>
<div class="content-right"><div class="ads-side"><span class="ads-label">ADVERTISEMENT</span>
</div>{populer}</div></div>
<footer class="footer"><ul><li><a href="{base}/redaksi">Redaksi</a></li><li><a href="{base}/
info-iklan">Info Iklan</a></li><li><a href="{base}/pedoman-media-siber">Pedoman Media Siber</a>
</li><li><a href="{base}/kebijakan-privasi">Kebijakan Privasi</a></li></ul>
<p>Copyright &copy; {day.year} {escape(brand)}. All Rights Reserved.</p></footer>
{sticky}
</body>
</html>"""
    truth = Truth(text.headline, tuple(shown), published, writer, brand, tuple(j.lines))
    return url, html, truth


def _network_listing(rng: random.Random, text: Text, brand: str, base: str, network: str,
                     city: str, section: str, zone: str) -> tuple[str, str, Truth]:
    """A section's, a tag's or the index's list: headlines with teasers and times."""
    day = when_in(rng, zone).date()
    heading = rng.choice((f"Berita {city}", f"Berita {section}", "Berita Terkini",
                          "Indeks Berita", f"Tag: {rng.choice(_TAGS)}", section))
    shown = listing_items(rng, text, day, rng.randrange(6, 14))
    items = "".join(
        f'<li class="ptb15"><div class="fr"><img src="https://asset-2.tstatic.net/{token(rng, 10)}'
        f'.jpg" alt=""></div><h3><a href="{base}/{d:%Y/%m/%d}/{slug(o.headline)}">'
        f'{escape(o.headline)}</a></h3><div class="grey2 pt5 f13">'
        f'{escape(_teaser(rng, o.paragraphs[0]))}</div><time class="foot">'
        f'{indonesian_date(d, day_name=True)} {rng.randrange(0, 24):02d}:{rng.randrange(60):02d}'
        f" {zone}</time></li>" for o, d in shown)
    url = f"{base}/{rng.choice(('indeks', slug(section), 'tag/' + slug(heading), 'topic/terkini'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} - {escape(brand)}</title>
</head><body class="{network}"><header><a href="{base}/">{escape(brand)}</a></header>
<div class="main"><div class="content-left"><h1 class="f24">{escape(heading)}</h1><ul class="lsi">
{items}</ul><div class="paging"><a href="#">1</a> <a href="#">2</a> <a href="#">3</a>
<a href="#">Selanjutnya</a></div></div><div class="content-right"><h3>Berita Populer</h3></div>
</div><footer>Copyright &copy; {day.year} {escape(brand)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, brand, (), article=False)


# -- 2. an old ASP.NET WebForms portal of a province, a regency or a city ----------------

# (kind, name, zone, host)
_PORTALS = (
    ("Provinsi", "Jawa Timur", "WIB", "jatimprov.go.id"),
    ("Provinsi", "Sulawesi Selatan", "WITA", "sulselprov.go.id"),
    ("Provinsi", "Kalimantan Tengah", "WIB", "kalteng.go.id"),
    ("Provinsi", "Maluku", "WIT", "malukuprov.go.id"),
    ("Provinsi", "Nusa Tenggara Timur", "WITA", "nttprov.go.id"),
    ("Provinsi", "Jambi", "WIB", "jambiprov.go.id"),
    ("Provinsi", "Papua Barat", "WIT", "papuabaratprov.go.id"),
    ("Provinsi", "Bengkulu", "WIB", "bengkuluprov.go.id"),
    ("Kabupaten", "Kutai Kartanegara", "WITA", "kukarkab.go.id"),
    ("Kabupaten", "Sidoarjo", "WIB", "sidoarjokab.go.id"),
    ("Kabupaten", "Banyumas", "WIB", "banyumaskab.go.id"),
    ("Kabupaten", "Gowa", "WITA", "gowakab.go.id"),
    ("Kabupaten", "Mimika", "WIT", "mimikakab.go.id"),
    ("Kabupaten", "Indragiri Hilir", "WIB", "inhilkab.go.id"),
    ("Kota", "Surabaya", "WIB", "surabaya.go.id"),
    ("Kota", "Palembang", "WIB", "palembang.go.id"),
    ("Kota", "Balikpapan", "WITA", "balikpapan.go.id"),
    ("Kota", "Ambon", "WIT", "ambon.go.id"),
    ("Kota", "Mataram", "WITA", "mataramkota.go.id"),
)
_ASP_MENU = ("Beranda", "Profil Daerah", "Visi dan Misi", "Struktur Organisasi", "Berita",
             "Pengumuman", "Agenda Kegiatan", "Galeri Foto", "Produk Hukum", "Download",
             "Buku Tamu", "Kontak Kami")
_ASP_IDS = (("lblJudul", "lblTanggal", "lblIsi", "lblDilihat", "lblSumber", "lblPenulis"),
            ("lblTitle", "lblDate", "lblContent", "lblHits", "lblSource", "lblAuthor"),
            ("JudulLabel", "TanggalLabel", "IsiLabel", "DibacaLabel", "SumberLabel",
             "PenulisLabel"),
            ("lblJudulBerita", "lblTglBerita", "lblIsiBerita", "lblBaca", "lblSumber",
             "lblOleh"))


def _asp_date(rng: random.Random, form: str, when: datetime, zone: str) -> str:
    day = when.date()
    long_day = indonesian_date(day, day_name=True)
    return {
        "dmy_time": f"{day:%d/%m/%Y} {when:%H:%M:%S}",
        "us": f"{day.month}/{day.day}/{day.year} {when.hour % 12 or 12}:{when:%M:%S} "
              f"{'PM' if when.hour >= 12 else 'AM'}",
        "long": long_day,
        "long_time": f"{long_day} - {when:%H:%M} {zone}",
        "long_jam": f"{long_day}, Jam {when:%H:%M} {zone}",
        "dmy": f"{day:%d/%m/%Y}",
        "dash": f"{day:%d}-{MONTHS_SHORT[day.month - 1]}-{day.year}",
        "en_long": f"{DAYS_EN[day.weekday()]}, {MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
    }[form]


def _viewstate(rng: random.Random, n: int) -> str:
    return "/wEP" + base64.b64encode(rng.randbytes(n)).decode()


def _asp_p(style: str, paragraphs: list[str]) -> str:
    """The text as the portal's label renders it from the database's HTML."""
    if style == "br":
        return "<br /><br />".join(escape(p) for p in paragraphs)
    if style == "p":
        return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    if style == "justify":
        return "".join(f'<p style="text-align: justify">{escape(p)}</p>' for p in paragraphs)
    if style == "font":
        return "".join(f'<p><font face="Tahoma" size="2">{escape(p)}</font></p>'
                       for p in paragraphs)
    if style == "word":
        return "".join('<p class="MsoNormal" style="text-align:justify;line-height:150%">'
                       f'<span lang="IN" style="font-size:11.0pt;font-family:&quot;Arial&quot;">'
                       f"{escape(p)}<o:p></o:p></span></p>" for p in paragraphs)
    return "".join(f'<div align="justify">{escape(p)}</div><br />' for p in paragraphs)


def aspnet_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A news page of a portal on ASP.NET WebForms: one ``form#aspnetForm`` around the
    page with ``__VIEWSTATE`` and ``__EVENTVALIDATION``, a table layout (banner, a
    marquee ticker, a left menu of links, the content cell, a right column) or a master
    page of divs; the article as labels (``span#ctl00_ContentPlaceHolder1_lblJudul``,
    ``lblTanggal``, ``lblIsi``), a FormView's table or a Panel's div; dates as the
    server's culture prints them ("27/05/2025 14:30:00", "5/27/2025 2:30:00 PM",
    "Selasa, 27 Mei 2025"); "Dilihat: 123 kali", "Sumber: Biro Humas", print and email
    icons, a "Berita Lainnya" table of links, and a footer with a visitor counter."""
    kind, name, zone, host = rng.choice(_PORTALS)
    forms = ["long", "long", "long_time", "long_jam", "dmy", "dash", "en_long"]
    if zone == "WIB":
        forms += ["dmy_time", "dmy_time", "us", "us"]
    form = rng.choice(forms)
    timed = form in ("dmy_time", "us", "long_time", "long_jam")
    when = when_in(rng, zone, seconds=form in ("dmy_time", "us"))
    day = when.date()
    gov = f"Pemerintah {kind} {name}"
    site = rng.choice((gov, f"Portal Resmi {gov}", f"Pemprov {name}" if kind == "Provinsi" else
                       f"{'Pemkot' if kind == 'Kota' else 'Pemkab'} {name}",
                       f"Website Resmi {gov}"))
    base = f"http{'s' if rng.random() < 0.5 else ''}://{rng.choice(('www.', ''))}{host}"
    news_id = rng.randrange(100, 25000)
    page = rng.choice(("DetailBerita.aspx", "berita_detail.aspx", "Berita.aspx",
                       "News/Detail.aspx", "portal/berita/detail.aspx"))
    url = f"{base}/{page}?{rng.choice(('id', 'ID', 'kd', 'BeritaID'))}={news_id}"
    if rng.random() < 1 / 8:
        return _asp_listing(rng, text, site, base, zone)
    prefix = rng.choice(("ctl00_ContentPlaceHolder1_", "ctl00_ContentPlaceHolder1_",
                         "ctl00_MainContent_", "ContentPlaceHolder1_", "ctl00_cphKonten_"))
    ids = rng.choice(_ASP_IDS)
    formview = ids[0] == "JudulLabel"
    if formview:
        prefix += "FormView1_"
    j = Junk()

    label = rng.choice(("", "", "Tanggal : ", "Diposting : ", "Posted : ", "Tgl. "))
    printed = _asp_date(rng, form, when, zone)
    hits = rng.randrange(3, 20000)
    views = rng.choice((f"Dilihat: {hits} kali", f"Dibaca : {thousands(hits)} kali",
                        f"Hits: {hits}", f"Dilihat {hits} kali"))
    source = rng.choice(("Sumber: Biro Humas", "Sumber: Biro Humas dan Protokol",
                         "Sumber : Bagian Humas Setda", f"Sumber: Diskominfo {name}",
                         "Sumber: Bagian Protokol dan Komunikasi Pimpinan"))
    author = rng.choice(("admin", "Administrator", "Humas", _person(rng), "operator"))
    show_author = rng.random() < 0.35
    meta_bits = []
    meta_bits.append(f'<span id="{prefix}{ids[1]}" class="tanggal">{j(label + printed)}</span>')
    if show_author:
        meta_bits.append(f'<span id="{prefix}{ids[5]}">{j(f"Oleh: {author}")}</span>')
    if rng.random() < 0.65:
        meta_bits.append(f'<span id="{prefix}{ids[3]}" class="hits">{j(views)}</span>')
    if rng.random() < 0.3:
        rng.shuffle(meta_bits)
    glue = rng.choice((" | ", " &nbsp;&nbsp; ", "<br />", " - "))
    if glue in (" | ", " - ") and len(meta_bits) > 1:
        j.also(glue.join(" ".join(x.split(">", 1)[1].rsplit("<", 1)[0].split()) for x in meta_bits)
               .replace("&amp;", "&"))
    meta = glue.join(meta_bits)

    picture = ""
    if rng.random() < 0.6:
        floated = ' align="left" hspace="8"' if rng.random() < 0.4 else ""
        picture = (f'<img id="{prefix}imgBerita" src="{base}/images/berita/{news_id}.jpg" '
                   f'style="border-width:0px;{rng.choice(("width:300px;", "width:100%;", ""))}"'
                   f"{floated} />")
        if rng.random() < 0.4:
            caption = rng.choice((f"Foto: Humas {name}", f"Foto : Dok. {site}",
                                  f"Gubernur {name} saat membuka acara" if kind == "Provinsi"
                                  else f"Suasana kegiatan di {name}"))
            picture += f'<br /><span id="{prefix}lblKeterangan" class="ket">{j(caption)}</span>'

    paragraphs = list(text.paragraphs)
    style = rng.choice(("br", "br", "p", "justify", "font", "word", "div"))
    isi = _asp_p(style, paragraphs)
    source_in_text = rng.random() < 0.35
    with_source = rng.random() < 0.6
    if with_source and source_in_text:
        isi += ("<br /><br />" if style == "br" else "") + f"<p><b>{j(source)}</b></p>"
    isi_tag = "span" if rng.random() < 0.7 else "div"
    isi_html = f'<{isi_tag} id="{prefix}{ids[2]}" class="isi">{isi}</{isi_tag}>'
    source_html = ""
    if with_source and not source_in_text:
        source_html = f'<span id="{prefix}{ids[4]}" class="sumber"><i>{j(source)}</i></span>'

    tools = ""
    if rng.random() < 0.6:
        worded = rng.random() < 0.5
        picked = rng.sample((("print", "Cetak"), ("email", "Kirim ke Email"), ("pdf", "PDF"),
                             ("back", "Kembali")), rng.randrange(1, 4))
        links = []
        for icon, word in picked:
            href = {"print": "javascript:window.print()",
                    "email": f"mailto:?subject=Berita&amp;body={attr(url)}",
                    "pdf": f"{base}/CetakPDF.aspx?id={news_id}",
                    "back": "javascript:history.back()"}[icon]
            links.append(f'<a id="{prefix}lnk{icon.title()}" href="{href}"><img src="{base}/images/'
                         f'{icon}.gif" alt="{word}" border="0" />{" " + j(word) if worded else ""}'
                         "</a>")
        if worded and len(picked) > 1:
            j.also(" | ".join(w for _icon, w in picked))
        tools = '<div class="tools" align="right">' + " | ".join(links) + "</div>"

    others = other_texts(rng, text, rng.choice((4, 5, 6, 8)))
    lainnya_inside = rng.random() < 0.4
    put = j if lainnya_inside else escape
    heading = rng.choice(("Berita Lainnya", "Berita Lainnya :", "BERITA LAINNYA",
                          "Berita Terkait"))
    rows = []
    for k, other in enumerate(others):
        other_day = day - timedelta(days=k + rng.randrange(0, 6))
        stamp = f"({other_day:%d/%m/%Y})" if rng.random() < 0.6 else ""
        rows.append(f'<tr><td valign="top"><img src="{base}/images/bullet.gif" alt="" /></td><td>'
                    f'<a id="{prefix}rptLainnya_ctl{k:02d}_lnkJudul" href="{base}/{page}?id='
                    f'{news_id - k - 1}">{put(other.headline)}</a> '
                    f'{put(stamp) if stamp else ""}</td></tr>')
    lainnya = (f'<table id="{prefix}tblLainnya" class="lainnya" width="100%" cellpadding="2">'
               f'<tr><td colspan="2" class="subjudul"><b>{put(heading)}</b></td></tr>'
               + "".join(rows) + "</table>")

    headline_style = rng.choice(("font-size:14pt;font-weight:bold;color:#003366;",
                                 "font-family:Verdana;font-size:16px;font-weight:bold;", ""))
    styled = f' style="{headline_style}"' if headline_style else ""
    headline_class = rng.choice(("judul", "JudulBerita", "title"))
    headline = (f'<span id="{prefix}{ids[0]}" class="{headline_class}"{styled}>'
                f"{escape(text.headline)}</span>")
    if rng.random() < 0.3:
        headline = f"<h3>{headline}</h3>"
    layout = rng.choice(("table", "table", "panel", "formview") if not formview else
                        ("formview",))
    if layout == "formview":
        article = (f'<table cellspacing="0" border="0" id="{prefix[:-1]}" style="width:100%;'
                   f'border-collapse:collapse;"><tr><td colspan="2">{headline}<br />{meta}<hr />'
                   f'{picture}{isi_html}<br />{source_html}{tools}'
                   f'{lainnya if lainnya_inside else ""}</td></tr></table>')
    elif layout == "table":
        cells = [f'<tr><td class="judul">{headline}</td></tr>',
                 f'<tr><td class="tanggal">{meta}</td></tr>']
        if picture:
            cells.append(f'<tr><td align="center">{picture}</td></tr>')
        cells.append(f'<tr><td class="isi" valign="top">{isi_html}</td></tr>')
        if source_html:
            cells.append(f"<tr><td>{source_html}</td></tr>")
        if tools:
            cells.append(f"<tr><td>{tools}</td></tr>")
        if lainnya_inside:
            cells.append(f"<tr><td><br />{lainnya}</td></tr>")
        article = ('<table class="tblBerita" width="100%" border="0" cellpadding="4" '
                   'cellspacing="0">' + "".join(cells) + "</table>")
    else:
        article = (f'<div id="{prefix}pnlDetail" class="detail-berita"><div class="judul">'
                   f'{headline}</div><div class="info">{meta}</div>{picture}{isi_html}'
                   f'<div class="clear"></div>{source_html}{tools}'
                   f'{lainnya if lainnya_inside else ""}</div>')

    ticker = " &nbsp;&bull;&nbsp; ".join(escape(o.headline) for o in others[:4])
    menu = "".join(f'<a id="ctl00_lnkMenu{k}" class="menu" href="{base}/{slug(m)}.aspx">'
                   f"{m}</a><br />" for k, m in enumerate(_ASP_MENU))
    events = rng.sample(("Rapat Paripurna DPRD", "Musrenbang Tingkat Provinsi",
                         "Apel Gabungan ASN", "Peringatan Hari Jadi Daerah",
                         "Pelantikan Pejabat Eselon"), 3)
    agenda = "".join(
        f"<li>{indonesian_date(day + timedelta(days=rng.randrange(1, 20)), day_name=False)} - "
        f"{a}</li>" for a in events)
    now = datetime.combine(day + timedelta(days=rng.randrange(0, 30)), datetime.min.time())
    title = rng.choice(("Untitled Page", "Untitled Page", site, f"Berita - {site}",
                        f"::: {site} :::", f"{site} - Detail Berita",
                        joined_title(rng, text.headline, site, separators=(" - ", " | ")),
                        text.headline))
    og = ""
    if rng.random() < 0.25:
        og = (f'<meta property="og:title" content="{attr(text.headline)}" />'
              f'<meta property="og:url" content="{attr(url)}" />'
              f'<meta property="og:image" content="{base}/images/berita/{news_id}.jpg" />')
    action = url.split("/", 3)[-1]
    hidden = (f'<div class="aspNetHidden"><input type="hidden" name="__EVENTTARGET" id="'
              f'__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="'
              f'__EVENTARGUMENT" value="" /><input type="hidden" name="__VIEWSTATE" '
              f'id="__VIEWSTATE" value="{_viewstate(rng, rng.randrange(300, 1800))}" /></div>')
    validation = (f'<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" '
                  f'id="__VIEWSTATEGENERATOR" value="{rng.randrange(16**8):08X}" /><input '
                  f'type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="'
                  f'{_viewstate(rng, rng.randrange(60, 300))}" /></div>')
    postback = ("<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = "
                "document.forms['aspnetForm'];\nif (!theForm) {\n    theForm = "
                "document.aspnetForm;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n"
                "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
                "        theForm.__EVENTTARGET.value = eventTarget;\n"
                "        theForm.__EVENTARGUMENT.value = eventArgument;\n"
                "        theForm.submit();\n    }\n}\n//]]>\n</script>")
    search = ('<input name="ctl00$txtCari" type="text" id="ctl00_txtCari" class="cari" /> '
              '<input type="submit" name="ctl00$btnCari" value="Cari" id="ctl00_btnCari" />')
    visitors = thousands(rng.randrange(10**4, 3 * 10**6))
    office = rng.choice(("Biro Humas", "Dinas Komunikasi dan Informatika"))
    footer = (f"Copyright &copy; {now.year} {escape(gov)}<br />{office} {escape(gov)}"
              f"<br />Pengunjung: {visitors} | Best viewed with IE 8+ at 1024x768")
    polling = ('<b>Jajak Pendapat</b><br />Bagaimana pelayanan website ini?<br /><input '
               'id="ctl00_rblPoll_0" type="radio" name="ctl00$rblPoll" value="1" /><label '
               'for="ctl00_rblPoll_0">Baik</label><br /><input id="ctl00_rblPoll_1" type="radio" '
               'name="ctl00$rblPoll" value="2" /><label for="ctl00_rblPoll_1">Cukup</label><br />'
               '<input type="submit" name="ctl00$btnPoll" value="Kirim" id="ctl00_btnPoll" />')
    after = "" if lainnya_inside else f"<br />{lainnya}"
    if rng.random() < 0.6:
        body = f"""<table id="tblUtama" width="980" align="center" border="0" cellpadding="0"
 cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3" id="header"><img src="{base}/images/banner.jpg" alt="{attr(site)}"
 width="980" height="150" /></td></tr>
<tr><td colspan="3" class="ticker"><marquee scrollamount="3" onmouseover="this.stop();"
 onmouseout="this.start();">{ticker}</marquee></td></tr>
<tr><td width="190" valign="top" class="menukiri"><div class="judulmenu">MENU UTAMA</div>
{menu}<br />{search}</td>
<td width="600" valign="top" class="konten">{article}{after}</td>
<td width="190" valign="top" class="kanan"><div class="judulmenu">AGENDA</div><ul>{agenda}</ul>
{polling}</td></tr>
<tr><td colspan="3" class="footer" align="center">{footer}</td></tr>
</table>"""
    else:
        body = f"""<div id="wrapper"><div id="header"><div id="logo"><a id="ctl00_hlLogo"
 href="{base}/Default.aspx"><img src="{base}/images/logo.png" alt="" /></a></div>
<div id="namasitus">{escape(gov.upper())}</div></div>
<div id="ticker"><b>Info Terkini:</b> <marquee>{ticker}</marquee></div>
<div id="kiri"><div class="box"><div class="box-title">Menu</div>{menu}</div>
<div class="box">{search}</div></div>
<div id="tengah"><div id="ctl00_ContentPlaceHolder1_UpdatePanel1">{article}{after}</div></div>
<div id="kanan"><div class="box"><div class="box-title">Agenda</div><ul>{agenda}</ul></div>
<div class="box">{polling}</div></div>
<div id="footer">{footer}</div></div>"""
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{escape(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />{og}
<link href="{base}/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form name="aspnetForm" method="post" action="./{attr(action)}" id="aspnetForm">
{hidden}
{postback}
<script src="/WebResource.axd?d={token(rng, 40)}&amp;t={rng.randrange(10**17, 10**18)}"
 type="text/javascript"></script>
{validation}
{body}
</form>
</body>
</html>"""
    published = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published,
                            author if show_author else None, site, tuple(j.lines))


def _asp_listing(rng: random.Random, text: Text, site: str, base: str,
                 zone: str) -> tuple[str, str, Truth]:
    """The portal's news index: a GridView of headlines, dates and "selengkapnya", with
    its pager."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Berita", "Daftar Berita", "Arsip Berita", "Berita Daerah",
                          "BERITA TERKINI"))
    shown = listing_items(rng, text, day, rng.randrange(6, 15))
    rows = "".join(
        f'<tr><td><a id="ctl00_ContentPlaceHolder1_gvBerita_ctl{k + 2:02d}_hlJudul" '
        f'href="{base}/DetailBerita.aspx?id={rng.randrange(100, 25000)}"><b>{escape(o.headline)}'
        f"</b></a><br /><span class=\"tgl\">{indonesian_date(d, day_name=True)}</span><br />"
        f"{escape(_teaser(rng, o.paragraphs[0]))} <a href=\"#\">selengkapnya...</a></td></tr>"
        for k, (o, d) in enumerate(shown))
    pager = " ".join(f'<a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$gvBerita\','
                     f"'Page${k}')\">{k}</a>" for k in range(2, 11))
    url = f"{base}/{rng.choice(('Berita.aspx', 'DaftarBerita.aspx', 'berita/index.aspx'))}"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>
{escape(rng.choice(("Untitled Page", site)))}</title></head><body>
<form name="aspnetForm" method="post" action="./Berita.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(rng, 900)}" />
<table width="980" align="center"><tr><td colspan="2"><img src="{base}/images/banner.jpg" alt="" />
</td></tr><tr><td width="190" valign="top"><a href="{base}/Default.aspx">Beranda</a><br /><a
 href="{base}/Berita.aspx">Berita</a></td><td valign="top"><span
 id="ctl00_ContentPlaceHolder1_lblHeader" class="judul">{escape(heading)}</span>
<table id="ctl00_ContentPlaceHolder1_gvBerita" cellspacing="0" border="0" style="width:100%;">
{rows}<tr class="pager"><td><span>1</span> {pager} <a href="#">...</a></td></tr></table></td></tr>
<tr><td colspan="2" align="center">Copyright &copy; {day.year} {escape(site)}</td></tr></table>
</form></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


# -- 3. a site builder: Wix, Google Sites, Weebly, a hosting company's builder -------------

# (owner, name as the site shows it, zone, place)
_SMALL = (
    ("desa", "Desa Wisata Pentingsari", "WIB", "Sleman"),
    ("desa", "Pemerintah Desa Sumberejo", "WIB", "Banyuwangi"),
    ("desa", "Desa Adat Penglipuran", "WITA", "Bangli"),
    ("desa", "Kampung Yoboi", "WIT", "Jayapura"),
    ("desa", "Negeri Hative Kecil", "WIT", "Ambon"),
    ("kantor", "Kelurahan Oesapa", "WITA", "Kupang"),
    ("kantor", "Puskesmas Waena", "WIT", "Jayapura"),
    ("kantor", "KUA Kecamatan Sungai Raya", "WIB", "Kubu Raya"),
    ("kantor", "Kecamatan Baguala", "WIT", "Ambon"),
    ("kantor", "UPTD Puskesmas Tamalanrea", "WITA", "Makassar"),
    ("kantor", "SMP Negeri 4 Tarakan", "WITA", "Tarakan"),
    ("kantor", "Balai Penyuluhan Pertanian Kecamatan Lembah Gumanti", "WIB", "Solok"),
    ("media", "Kabar Lembata", "WITA", "Lewoleba"),
    ("media", "Info Sorong Raya", "WIT", "Sorong"),
    ("media", "Suara Pesisir Selatan", "WIB", "Painan"),
    ("media", "Warta Toraja", "WITA", "Rantepao"),
)
_SVG = {"Facebook": "M18 9a9 9 0 1 0-10.4 8.9v-6.3H5.3V9h2.3V7c0-2.3 1.3-3.5 3.4-3.5",
        "X": "M11.2 7.6 17.6 0h-1.5L10.5 6.6 6.1 0H1l6.7 9.7L1 17.6h1.5l5.9-6.8 4.7 6.8H18",
        "LinkedIn": "M4 6.5H0V18h4V6.5zM2 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm16 11c0-3.5-2",
        "WhatsApp": "M15.3 2.6A8.9 8.9 0 0 0 1.3 13.4L0 18l4.7-1.2a8.9 8.9 0 0 0 4.3 1.1",
        "Link": "M7.2 10.8a3 3 0 0 0 4.2 0l3-3a3 3 0 0 0-4.2-4.2l-.7.7"}
_CONSENT = ("Situs web ini menggunakan cookie. Dengan terus menggunakan situs ini, Anda "
            "menyetujui penggunaan cookie.",
            "Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.",
            "This website uses cookies. By using this site you agree to our use of cookies.")


_GENERATORS = {"wix-blog": "Wix.com Website Builder", "wix-page": "Wix.com Website Builder",
               "google-sites": "Google Sites", "weebly": "Weebly",
               "zyro": "Hostinger Website Builder"}


def _ld_script(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _builder_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "id": indonesian_date(day, day_name=False),
        "id_day": indonesian_date(day, day_name=True),
        "slash": f"{day:%d/%m/%Y}",
        "dmy": f"{day.day}/{day.month}/{day.year}",
        "short": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}",
        "no_year": f"{day.day} {MONTHS_SHORT[day.month - 1]}",
        "pukul": f"{indonesian_date(day, day_name=False)} pukul {when:%H.%M} {zone}",
        "day_time": f"{indonesian_date(day, day_name=True)}, {when:%H:%M} {zone}",
    }[form]


def _cls(rng: random.Random, n: int = 1) -> str:
    """Generated class names: "_1xKq7 comp-lq3k9z2a"."""
    return " ".join(rng.choice(("_", "", "x")) + token(rng, rng.randrange(5, 8)) for _ in range(n))


def _split_span(rng: random.Random, paragraph: str, span: str) -> str:
    """A paragraph as a rich-text editor keeps it: one span, or two where the writer's
    formatting changed in the middle of a sentence."""
    words = paragraph.split(" ")
    if len(words) > 12 and rng.random() < 0.2:
        cut = rng.randrange(3, len(words) - 3)
        first, second = " ".join(words[:cut]) + " ", " ".join(words[cut:])
        return f"<span {span}>{escape(first)}</span><span {span}>{escape(second)}</span>"
    return f"<span {span}>{escape(paragraph)}</span>"


def _share_icons(rng: random.Random, j: Junk, label_inside: bool) -> str:
    names = [n for n in _SVG if rng.random() < 0.8] or ["Facebook"]
    word = rng.choice(("Bagikan melalui", "Share via", "Bagikan ke"))
    buttons = "".join(
        f'<button aria-label="{word} {n}" class="{_cls(rng)}" data-hook="share-button-{slug(n)}"'
        f' type="button"><svg viewBox="0 0 19 19" fill="currentColor" width="19" height="19" '
        f'xmlns="http://www.w3.org/2000/svg"><path d="{_SVG[n]}"></path></svg></button>'
        for n in names)
    label = ""
    if label_inside and rng.random() < 0.5:
        word = rng.choice(("Bagikan", "Share", "Bagikan:"))
        label = f'<span class="{_cls(rng)}">{j(word)}</span>'
    return f'<div class="{_cls(rng, 2)}" data-hook="share-buttons">{label}{buttons}</div>'


def site_builder(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A page of a small office's, a village's or a small outlet's site made with a site
    builder: Wix (a blog post, with ``data-hook`` attributes, Ricos paragraphs and a
    ``BlogPosting`` in UTC; or a page of rich-text boxes absolutely placed, the headline
    a styled ``p`` or ``span``), Google Sites (generated classes, ``p.zfr3Q`` and spans,
    the document's title the page's name), Weebly (``div.blog-post`` and
    ``div.paragraph`` with ``<br>``) or a hosting company's builder (Vue's ``data-v-``
    attributes). Deep div soup, inline styles, svg share buttons with ``aria-label``,
    dates in visible text ("27 Mei 2025", "Diperbarui: 3 hari lalu"), view and comment
    counts, "Postingan Terbaru" with "Lihat Semua", comment prompts and a cookie
    banner."""
    owner, name, zone, place = rng.choice(_SMALL)
    builder = rng.choice(("wix-blog", "wix-blog", "wix-page", "google-sites", "weebly", "zyro"))
    site_slug = slug(name)
    compact = site_slug.replace("-", "")
    s = slug(text.headline)
    custom = rng.random() < 0.4
    if builder.startswith("wix"):
        base = (f"https://www.{compact}.com" if custom else
                "https://" + rng.choice((compact[:12], "admin" + compact[:6],
                                         "humas" + compact[:8])) + f".wixsite.com/{site_slug}")
        url = f"{base}/post/{s}" if builder == "wix-blog" else f"{base}/{s[:40]}"
    elif builder == "google-sites":
        base = f"https://sites.google.com/view/{compact}"
        url = f"{base}/{rng.choice(('berita', 'kabar-desa', 'informasi', 'kegiatan'))}/{s[:50]}"
    elif builder == "weebly":
        base = f"https://{compact}.weebly.com" if not custom else f"https://www.{compact}.id"
        url = f"{base}/blog/{s}"
    else:
        base = f"https://{compact}.{rng.choice(('id', 'my.id', 'com', 'web.id'))}"
        url = f"{base}/{rng.choice(('blog', 'berita', 'artikel'))}/{s}"
    machine = builder in ("wix-blog", "zyro") and rng.random() < 0.75
    forms = ["id", "id", "id_day", "slash", "short"]
    if builder == "weebly":
        forms = ["dmy", "dmy", "slash", "id"]
    if builder == "wix-blog":
        forms = ["short", "short", "id"] + (["no_year"] if machine else [])
    if builder in ("wix-page", "google-sites", "zyro"):
        forms += ["pukul", "day_time"]
    form = rng.choice(forms)
    timed = form in ("pukul", "day_time")
    when = when_in(rng, zone, office_hours=not timed)
    day = when.date()
    if rng.random() < 1 / 8:
        return _builder_listing(rng, text, builder, name, base, day)
    j = Junk()
    printed = _builder_date(form, when, zone)
    author = rng.choice(("Admin", "admin", f"Admin {name.split()[0]}", _person(rng), "Redaksi",
                         "Operator"))
    words = sum(len(p.split()) for p in text.paragraphs)
    reading = rng.choice((f"{max(1, words // 200)} menit membaca",
                          f"{max(1, words // 200)} min read", f"{max(1, words // 220)} menit baca"))
    updated = ""
    if rng.random() < 0.35:
        lag = rng.randrange(1, 9)
        later = _builder_date("id", when + timedelta(days=lag), zone)
        updated = rng.choice((f"Diperbarui: {lag} hari lalu", f"Diperbarui {lag} hari lalu",
                              f"Diperbarui: {later}", f"Updated: {lag} days ago"))
    views = rng.randrange(0, 3000)
    comments_n = rng.choice((0, 0, 0, 1, 2))
    consent = rng.choice(_CONSENT)
    paragraphs = list(text.paragraphs)
    others = other_texts(rng, text, 3)
    author_shown = False
    head_extra = ""
    title_doc = joined_title(rng, text.headline, name, separators=(" | ", " - "))

    def recent_block(inside: bool, heading: str, see_all: str, cls_base: str) -> str:
        put = j if inside else escape
        cards = []
        for k, other in enumerate(others):
            other_day = day - timedelta(days=k * rng.randrange(2, 9) + 1)
            shown_day = indonesian_date(other_day, day_name=False)
            cards.append(f'<div class="{_cls(rng)}" data-hook="{cls_base}-item"><div class="'
                         f'{_cls(rng)}"><img src="https://static.{cls_base}.com/media/'
                         f'{token(rng, 16)}.jpg" alt=""></div><a href="{base}/post/'
                         f'{slug(other.headline)}" class="{_cls(rng)}"><p class="{_cls(rng)}">'
                         f'{put(other.headline)}</p></a><span class="{_cls(rng)}">'
                         f"{put(shown_day)}</span></div>")
        return (f'<div class="{_cls(rng, 2)}" data-hook="recent-posts"><div class="{_cls(rng)}">'
                f'<h2 class="{_cls(rng)}">{put(heading)}</h2><a href="{base}/blog" class="'
                f'{_cls(rng)}" data-hook="see-all">{put(see_all)}</a></div><div class="'
                f'{_cls(rng)}">' + "".join(cards) + "</div></div>")

    if builder == "wix-blog":
        p_cls = _cls(rng, 3)
        span_attr = f'class="{_cls(rng)}"'
        parts = []
        for paragraph in paragraphs:
            parts.append(f'<p class="{p_cls}" dir="auto" id="viewer-{token(rng, 5)}">'
                         f"{_split_span(rng, paragraph, span_attr)}</p>")
            if rng.random() < 0.12:
                parts.append(f'<div class="{_cls(rng)}" data-hook="rcv-block-image"><img src="'
                             f'https://static.wixstatic.com/media/{token(rng, 6)}_{token(rng, 20)}'
                             '~mv2.jpg" alt=""></div>')
        meta_items = []
        if rng.random() < 0.85:
            avatar = (f'<div class="{_cls(rng)}" data-hook="avatar"><img src="https://static.wixstatic'
                      f'.com/media/{token(rng, 12)}.png" alt="{attr(author)}"></div>')
            meta_items.append(f'{avatar}<span class="{_cls(rng)}" data-hook="user-name">'
                              f"{j(author)}</span>")
            author_shown = True
        meta_items.append(f'<span class="{_cls(rng)}" data-hook="time-ago" title="'
                          f'{attr(indonesian_date(day, day_name=False))}">{j(printed)}</span>')
        if rng.random() < 0.7:
            meta_items.append(f'<span class="{_cls(rng)}" data-hook="time-to-read">{j(reading)}'
                              "</span>")
        meta = (f'<div class="{_cls(rng, 2)}" data-hook="post-metadata">'
                + '<span class="dot"> · </span>'.join(meta_items) + "</div>")
        if updated:
            meta += f'<p class="{_cls(rng)}" data-hook="post-updated">{j(updated)}</p>'
        counts = []
        if rng.random() < 0.7:
            counts.append(f'<span data-hook="view-count">{j(f"{views} tampilan")}</span>')
        if rng.random() < 0.7:
            counts.append(f'<span data-hook="comment-count">{j(f"{comments_n} komentar")}</span>')
        if rng.random() < 0.5:
            counts.append(f'<button data-hook="like-button" aria-label="Suka"><span>'
                          f'{j("Postingan tidak ditandai sebagai disukai")}</span></button>')
        footer = (f'<div class="{_cls(rng, 2)}" data-hook="post-footer">'
                  + _share_icons(rng, j, True)
                  + f'<div class="{_cls(rng)}" data-hook="post-stats">' + " ".join(counts)
                  + "</div></div>")
        tags = ""
        if rng.random() < 0.3:
            chosen = rng.sample(_TAGS, rng.randrange(2, 5))
            j.also(" ".join(chosen))
            tags = (f'<nav class="{_cls(rng)}" data-hook="post-tags"><ul>' + " ".join(
                f'<li><a href="{base}/blog/tags/{slug(t)}">{j(t)}</a></li>' for t in chosen)
                + "</ul></nav>")
        recent_inside = rng.random() < 0.3
        recent = recent_block(recent_inside, rng.choice(("Postingan Terbaru", "Recent Posts",
                                                         "Postingan Terkait")),
                              rng.choice(("Lihat Semua", "See All")), "wix")
        comments_inside = rng.random() < 0.3
        put = j if comments_inside else escape
        comments = (f'<div class="{_cls(rng, 2)}" data-hook="comments-root"><h2 class="'
                    f'{_cls(rng)}">{put("Komentar")}</h2><div class="{_cls(rng)}" role="button" '
                    f'data-hook="comment-box-placeholder">{put("Tulis komentar...")}</div>'
                    + (f'<p class="{_cls(rng)}">{put("Bagikan Pendapat Anda")}</p>'
                       f'<p>{put("Jadilah yang pertama menulis komentar.")}</p>'
                       if comments_n == 0 else "") + "</div>")
        headline = (f'<h1 class="{_cls(rng, 3)} blog-post-title-font blog-post-title-color" '
                    f'data-hook="post-title"><span class="post-title__text blog-post-title-font">'
                    f'<span class="{_cls(rng)}">{escape(text.headline)}</span></span></h1>')
        description = (f'<div class="{_cls(rng, 2)}" data-hook="post-description"><div class="'
                       f'{_cls(rng)}" data-id="rich-content-viewer" dir="ltr">' + "".join(parts)
                       + "</div></div>")
        meta_first = rng.random() < 0.7
        post = (f'{"" if meta_first else headline}{meta}{headline if meta_first else ""}'
                f"{description}{tags}{footer}{recent if recent_inside else ''}"
                f"{comments if comments_inside else ''}")
        wrapper = rng.choice(("article", "div", "div"))
        article = (f'<{wrapper} class="{_cls(rng, 2)} blog-post-page-font" data-hook="post">'
                   f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">{post}</div></div>'
                   f"</{wrapper}>")
        page = (article + ("" if recent_inside else recent)
                + ("" if comments_inside else comments))
        if machine:
            ld = {"@context": "https://schema.org", "@type": "BlogPosting",
                  "headline": text.headline, "datePublished": _utc_z(when, rng.randrange(1000)),
                  "dateModified": _utc_z(when + timedelta(minutes=rng.randrange(1, 200)),
                                         rng.randrange(1000)),
                  "author": {"@type": "Person", "name": author},
                  "publisher": {"@type": "Organization", "name": name}}
            head_extra += _ld_script(ld)
        head_extra += (f'<meta property="og:title" content="{attr(text.headline)}">'
                       f'<meta property="og:type" content="article">')
        title_doc = rng.choice((text.headline, title_doc))
    elif builder == "wix-page":
        def box(inner: str, kind: str = "richTextElement") -> str:
            top = rng.randrange(10, 2000)
            return (f'<div id="comp-{token(rng, 8)}" class="{_cls(rng, 2)} wixui-rich-text" '
                    f'data-testid="{kind}" style="top:{top}px;left:{rng.randrange(0, 40)}px;'
                    f'width:{rng.choice((600, 640, 700, 760))}px">{inner}</div>')

        look = rng.choice(("h2", "p", "span"))
        size = rng.choice((26, 28, 32, 36))
        if look == "h2":
            headline = (f'<h2 class="font_2 wixui-rich-text__text"><span style="font-size:{size}px;'
                        f'" class="wixui-rich-text__text">{escape(text.headline)}</span></h2>')
        elif look == "p":
            headline = (f'<p class="font_7 wixui-rich-text__text" style="font-size:{size}px; '
                        f'line-height:1.3em;"><span style="font-weight:bold;" class="wixui-rich-'
                        f'text__text">{escape(text.headline)}</span></p>')
        else:
            headline = (f'<div class="font_0"><span style="font-size:{size}px;font-weight:700;'
                        f'color:#1A3C6E;">{escape(text.headline)}</span></div>')
        boxes = [box(headline)]
        date_line = rng.choice(("", "", "Diposting: ", "Tanggal: ", "Diterbitkan "))
        boxes.append(box(f'<p class="font_9 wixui-rich-text__text" style="font-size:14px;"><span '
                         f'style="color:#7F7F7F;" class="wixui-rich-text__text">'
                         f"{j(date_line + printed)}</span></p>"))
        if rng.random() < 0.6:
            boxes.append(f'<div id="comp-{token(rng, 8)}" class="{_cls(rng, 2)}" data-testid="'
                         f'imageX"><img src="https://static.wixstatic.com/media/{token(rng, 20)}'
                         '~mv2.jpg" alt="" style="width:700px;height:420px;object-fit:cover">'
                         "</div>")
            if rng.random() < 0.5:
                caption = rng.choice((f"Dokumentasi {name}", f"Foto: Admin {name.split()[0]}",
                                      f"Kegiatan di {place}"))
                boxes.append(box(f'<p class="font_9" style="font-size:12px;font-style:italic">'
                                 f"{j(caption)}</p>"))
        texts_one_box = rng.random() < 0.6
        span_attr = ('class="wixui-rich-text__text" '
                     'style="font-family:helvetica-w01-light,sans-serif;"')
        rich = [f'<p class="font_8 wixui-rich-text__text" style="font-size:16px; line-height:1.6em;'
                f' text-align:justify;">{_split_span(rng, p, span_attr)}</p>' for p in paragraphs]
        spacer = ('<p class="font_8 wixui-rich-text__text" style="font-size:16px;">'
                  '<span class="wixui-rich-text__text">&nbsp;</span></p>')
        if texts_one_box:
            glue = spacer if rng.random() < 0.5 else ""
            boxes.append(box(glue.join(rich)))
        else:
            boxes.extend(box(r) for r in rich)
        if rng.random() < 0.4:
            sign = rng.choice((f"Admin {name}", f"(Humas {place})", "Salam,", f"Tim Media {name}"))
            boxes.append(box(f'<p class="font_8" style="font-size:15px"><span>{j(sign)}</span>'
                             "</p>"))
        if rng.random() < 0.5:
            boxes.append(f'<div id="comp-{token(rng, 8)}" class="{_cls(rng)}" data-testid="'
                         f'shareButtons">{_share_icons(rng, j, True)}</div>')
        if rng.random() < 0.3:
            back = rng.choice(("Kembali ke Berita", "« Kembali", "Lihat Semua Berita"))
            boxes.append(f'<a data-testid="linkElement" href="{base}/berita" class="{_cls(rng)}">'
                         f'<span class="{_cls(rng)}">{j(back)}</span></a>')
        mesh = "".join(boxes)
        depth = rng.randrange(2, 5)
        for _ in range(depth):
            mesh = (f'<div class="{_cls(rng)}" data-mesh-id="{token(rng, 10)}inlineContent">'
                    f"{mesh}</div>")
        section_tag = "section" if rng.random() < 0.4 else "div"
        page = (f'<{section_tag} id="comp-{token(rng, 8)}" class="{_cls(rng, 2)} wixui-section" '
                f'data-testid="section-container">{mesh}</{section_tag}>')
        title_doc = rng.choice((f"Berita | {name}", name, f"{text.headline} | {name}",
                                f"Kabar Terbaru | {name}"))
        if rng.random() < 0.3:
            head_extra += f'<meta property="og:title" content="{attr(title_doc)}">'
    elif builder == "google-sites":
        span_attr = ('class="C9DxTc" style="font-family: Arial; font-size: 12pt; '
                     'font-weight: 400;"')
        p_open = ('<p dir="ltr" class="zfr3Q CDt4Ke" style="line-height: 1.38; margin-top: 0pt; '
                  f'margin-bottom: 0pt; padding-top: {rng.choice((0, 6, 12))}pt; text-align: '
                  f'{rng.choice(("justify", "left"))};">')
        look = rng.choice(("h1", "h2", "p"))
        if look == "p":
            headline = (f'<p dir="ltr" class="zfr3Q CDt4Ke" style="text-align: center;"><span '
                        f'class="C9DxTc" style="font-size: 24pt; font-weight: 700;">'
                        f"{escape(text.headline)}</span></p>")
        else:
            headline = (f'<{look} id="h.{token(rng, 12)}" dir="ltr" class="zfr3Q duRjpb CDt4Ke" '
                        f'style="text-align: left;"><span class="C9DxTc aw5Odc">'
                        f"{escape(text.headline)}</span></{look}>")
        date_label = rng.choice(("Diposting: ", "Diposting pada ", "", "Tanggal: ", "Posted: "))
        date_html = (f'<p dir="ltr" class="zfr3Q CDt4Ke"><span class="C9DxTc" style="font-size: '
                     f'10pt; font-style: italic; color: #666666;">{j(date_label + printed)}</span>'
                     "</p>")
        blocks = [headline, date_html] if rng.random() < 0.7 else [headline]
        body = [f"{p_open}{_split_span(rng, p, span_attr)}</p>" for p in paragraphs]
        if len(blocks) == 1:
            body.append(date_html)
        if rng.random() < 0.3:
            note = rng.choice((f"Admin {name}", f"Sumber: {name}", f"Informasi lebih lanjut "
                               f"hubungi kantor {name}."))
            body.append(f'<p class="zfr3Q CDt4Ke"><span class="C9DxTc">{j(note)}</span></p>')
        tile = (f'<div class="tyJCtd mGzaTb Depvyb baZpAe">{"".join(blocks + body)}</div>'
                if rng.random() < 0.6 else None)
        if tile is None:  # the headline and the text in tiles of their own
            tile = (f'<div class="tyJCtd mGzaTb Depvyb baZpAe">{"".join(blocks)}</div></div></div>'
                    f'<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-'
                    f'uQSCkd jXK9ad D2fZ2 wHaque GNzUNc"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
                    f'{"".join(body)}</div>')
        inner = (f'<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{token(rng, 14)}" class="hJDwNd-'
                 f'AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 wHaque GNzUNc"><div class="'
                 f'jXK9ad-SmKAyb">{tile}</div></div></div>')
        page = (f'<section id="h.{token(rng, 14)}" class="yaqOZd"><div class="IFuOkc"></div><div '
                f'class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div '
                f'class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb '
                f'JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller='
                f'"sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">{inner}</div>'
                "</div></div></div></div></section>")
        if rng.random() < 0.3:  # the site's banner section with the page's name
            page = (f'<section class="yaqOZd LB7kq nyKByd"><div class="mYVXT"><h1 class="zfr3Q '
                    f'duRjpb">{escape(rng.choice(("Berita", "Kabar Desa", "Informasi")))}</h1>'
                    "</div></section>" + page)
        section_name = rng.choice(("Berita", "Kabar Desa", "Informasi", "Kegiatan"))
        title_doc = rng.choice((f"{name} - {section_name}", section_name,
                                f"{name} - {text.headline[:60]}"))
    elif builder == "weebly":
        one_box = rng.random() < 0.6
        if one_box:
            content = ('<div class="paragraph" style="text-align:justify;">'
                       + "<br /><br />".join(escape(p) for p in paragraphs) + "</div>")
        else:
            content = "".join(f'<div class="paragraph" style="text-align:justify;">{escape(p)}'
                              "</div>" for p in paragraphs)
        if rng.random() < 0.4:
            pic = (f'<div><div class="wsite-image wsite-image-border-none" style="padding-top:10px;'
                   f'text-align:center"><a><img src="{base}/uploads/{rng.randrange(10**6, 10**7)}/'
                   f'{token(rng, 10)}_orig.jpg" alt="Picture" style="width:auto;max-width:100%">'
                   "</a><div style=\"display:block;font-size:90%\"></div></div></div>")
            content = pic + content
        comment_word = f"{comments_n} Komentar" if rng.random() < 0.7 else f"{comments_n} Comments"
        header = (f'<div class="blog-header"><h2 class="blog-title"><a class="blog-title-link '
                  f'blog-link" href="{url}">{escape(text.headline)}</a></h2><p class="blog-date">'
                  f'<span class="date-text">{j(printed)}</span></p>'
                  + (f'<p class="blog-comments-top"><a class="blog-link" href="{url}#comments">'
                     f"{j(comment_word)}</a></p>" if rng.random() < 0.6 else "") + "</div>")
        category = ""
        if rng.random() < 0.5:
            cat = rng.choice(("Berita", "Kegiatan", "Pengumuman", "Uncategorized"))
            label = rng.choice(("Kategori:", "Categories:"))
            j.also(f"{label} {cat}")
            category = (f'<p class="blog-category-list">{j(label)} <a href="{base}/blog/category/'
                        f'{slug(cat)}">{j(cat)}</a></p>')
        social = ('<div class="blog-social"><div class="blog-social-inner">'
                  + _share_icons(rng, j, True) + "</div></div>")
        bottom = (f'<div class="blog-comments-bottom"><a class="blog-link" href="{url}#comments">'
                  f"{j(comment_word)}</a></div>" if rng.random() < 0.5 else "")
        article = (f'<div class="blog-post" id="blog-post-{rng.randrange(10**8, 10**9)}">{header}'
                   f'<div class="blog-separator">&nbsp;</div><div class="blog-content">{content}'
                   f"</div>{social}{category}{bottom}</div>")
        comments = ('<div id="comments"><h2 class="blog-comments-title">Komentar</h2><div '
                    'class="blog-comment-area"><form><textarea placeholder="Tulis komentar...">'
                    '</textarea><input type="text" placeholder="Nama (wajib)"><input type="email" '
                    'placeholder="Email (tidak dipublikasikan)"><button>Kirim</button></form>'
                    "</div></div>")
        archive = ('<div class="blog-sidebar"><h2 class="wsite-content-title">Arsip</h2><p>'
                   + "<br />".join(f"{MONTHS[(day.month - k - 1) % 12]} {day.year}"
                                   for k in range(4))
                   + '</p><h2 class="wsite-content-title">Kategori</h2><p>Semua<br />Berita<br />'
                   "Kegiatan</p></div>")
        page = (f'<div id="wsite-content" class="wsite-elements wsite-not-footer"><table id="'
                f'blogTable" class="blog-table"><tr><td class="blog-sidebar-cell">{archive}</td>'
                f'<td class="blog-main">{article}{comments}</td></tr></table></div>')
        title_doc = rng.choice((f"{text.headline} - {name.upper()}", f"{text.headline} - {name}",
                                f"Blog - {name}"))
    else:  # zyro, Hostinger's builder
        v = f"data-v-{token(rng, 8)}"
        meta_bits = []
        if rng.random() < 0.6:
            meta_bits.append(f'<span class="block-blog-header__author" {v}>{j(author)}</span>')
            author_shown = True
        meta_bits.append(f'<span class="block-blog-header__date" {v}>{j(printed)}</span>')
        if rng.random() < 0.6:
            meta_bits.append(f'<span class="block-blog-header__minutes" {v}>{j(reading)}</span>')
        if updated and rng.random() < 0.5:
            meta_bits.append(f'<span class="block-blog-header__updated" {v}>{j(updated)}</span>')
        meta = f'<div class="block-blog-header__meta" {v}>' + " ".join(meta_bits) + "</div>"
        categories = ""
        if rng.random() < 0.5:
            cats = rng.sample(("Berita", "Kegiatan", "Pengumuman", "Desa", "Kesehatan"), 2)
            j.also(" ".join(cats))
            categories = (f'<div class="block-blog-header__categories" {v}>' + " ".join(
                f'<a class="category-chip" href="{base}/blog?category={slug(c)}" {v}>{j(c)}</a>'
                for c in cats) + "</div>")
        headline = (f'<h1 class="block-blog-header__title font-primary" {v} style="--h1-font-'
                    f'size:{rng.choice((36, 40, 48))}px">{escape(text.headline)}</h1>')
        header = f'<div class="block-blog-header" {v}>{categories}{headline}{meta}</div>'
        content = (f'<div class="block-blog-post__content text-box" {v}>' + "".join(
            f'<p class="body" {v}>{escape(p)}</p>' for p in paragraphs) + "</div>")
        recent_inside = rng.random() < 0.4
        recent = recent_block(recent_inside, rng.choice(("Postingan Terbaru", "Recent Posts",
                                                         "Artikel Lainnya")),
                              rng.choice(("Lihat Semua", "Lihat semua postingan")), "zyrosite")
        grid = (f'<div class="block-blog-post layout-grid" {v} data-block-id="{token(rng, 6)}">'
                f"{header}{content}"
                f'<div class="block-blog-post__share" {v}>{_share_icons(rng, j, True)}</div>'
                f"{recent if recent_inside else ''}</div>")
        page = (f'<div class="block" {v} id="{token(rng, 8)}"><div class="block-background" {v}>'
                f"</div>{grid}</div>" + ("" if recent_inside else recent))
        if machine:
            ld = {"@context": "https://schema.org", "@type": "BlogPosting",
                  "headline": text.headline, "datePublished": day.isoformat(),
                  "author": {"@type": "Person", "name": author}}
            head_extra += _ld_script(ld)

    menu_words = {"desa": ("Beranda", "Profil Desa", "Berita", "Potensi", "Galeri", "Kontak"),
                  "kantor": ("Beranda", "Tentang Kami", "Layanan", "Berita", "Galeri", "Kontak"),
                  "media": ("Beranda", "Berita", "Daerah", "Opini", "Tentang", "Kontak")}[owner]
    nav = "".join(f'<li class="{_cls(rng)}"><a href="{base}/{slug(m)}" class="{_cls(rng)}">'
                  f'<p class="{_cls(rng)}">{m}</p></a></li>' for m in menu_words)
    header = (f'<div id="SITE_HEADER" class="{_cls(rng, 2)}"><div class="{_cls(rng)}"><div class="'
              f'{_cls(rng)}"><p class="font_0" style="font-size:22px"><span style="font-weight:'
              f'bold">{escape(name.upper())}</span></p><p class="font_9">{escape(place)}</p>'
              f'</div><nav aria-label="Situs" class="{_cls(rng)}"><ul class="{_cls(rng)}">{nav}'
              "</ul></nav></div></div>")
    footer = (f'<div id="SITE_FOOTER" class="{_cls(rng, 2)}"><div class="{_cls(rng)}"><p class="'
              f'font_9">&copy; {day.year + rng.randrange(0, 2)} {escape(name)}. '
              + rng.choice(("Dibuat dengan Wix.com", "Powered by Weebly",
                            "Dibuat dengan Google Sites", "Dibuat dengan Hostinger Website Builder",
                            "Hak cipta dilindungi.")) + "</p></div></div>")
    cookie = (f'<div id="consent-banner-root" class="{_cls(rng)}" role="dialog" aria-label='
              f'"Banner cookie"><p class="{_cls(rng)}">{escape(consent)}</p><button class="'
              f'{_cls(rng)}">{rng.choice(("Terima", "Accept", "Setuju"))}</button><button class="'
              f'{_cls(rng)}">{rng.choice(("Pengaturan", "Settings", "Tolak"))}</button></div>'
              if rng.random() < 0.7 else "")
    main_tag = "main" if builder == "wix-blog" and rng.random() < 0.5 else "div"
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title_doc)}</title>
<meta name="generator" content="{_GENERATORS[builder]}">
{head_extra}
<style>.{_cls(rng)}{{display:flex}}.font_8{{font:normal normal normal 16px/1.6em sans-serif}}
</style>
<script>window.viewerModel = {{"siteFeatures":["{token(rng, 6)}"],
"requestUrl":"{attr(url)}"}};</script>
</head>
<body class="{_cls(rng)}">
<div id="SITE_CONTAINER"><div id="main_MF" class="{_cls(rng)}">
{header}
<{main_tag} id="PAGES_CONTAINER" class="{_cls(rng)}" tabindex="-1">
<div id="SITE_PAGES" class="{_cls(rng)}">
<div class="{_cls(rng, 2)}"><div class="{_cls(rng)}" data-mesh-id="{token(rng, 10)}">
{page}
</div></div></div></{main_tag}>
{footer}
</div></div>
{cookie}
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day,
                            author if author_shown else None, name, tuple(j.lines))


def _builder_listing(rng: random.Random, text: Text, builder: str, name: str, base: str,
                     day: date) -> tuple[str, str, Truth]:
    """The builder's blog index: cards with a picture, a date, a title and an excerpt."""
    heading = rng.choice(("Blog", "Berita", "Semua Postingan", "Kabar Terbaru", "Berita Desa"))
    shown = listing_items(rng, text, day, rng.randrange(4, 10))
    cards = "".join(
        f'<div class="{_cls(rng)}" data-hook="post-list-item"><img src="https://static.'
        f'wixstatic.com/media/{token(rng, 16)}.jpg" alt=""><div class="{_cls(rng)}"><span '
        f'class="{_cls(rng)}">{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}</span><a href="{base}/'
        f'post/{slug(o.headline)}"><h2 class="{_cls(rng)}">{escape(o.headline)}</h2></a><p '
        f'class="{_cls(rng)}">{escape(_teaser(rng, o.paragraphs[0]))}</p><span>'
        f"{rng.randrange(0, 300)} tampilan</span></div></div>" for o, d in shown)
    url = f"{base}/{rng.choice(('blog', 'berita', 'blog/categories/berita'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} | {escape(name)}</title>
</head><body><div id="SITE_CONTAINER"><div id="SITE_HEADER"><p class="font_0">{escape(name.upper())}
</p></div><div id="PAGES_CONTAINER"><div class="{_cls(rng)}"><h1 class="{_cls(rng)}">
{escape(heading)}</h1><div class="{_cls(rng)}" data-hook="post-list">{cards}</div></div></div>
<div id="SITE_FOOTER"><p>&copy; {day.year} {escape(name)} - {escape(builder)}</p></div></div>
</body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, name, (), article=False)


# -- 4. English pages: a government site's "en" section, an outlet's English desk ---------

# (owner, name, host, zone, city, dateline tag)
_ENGLISH = (
    ("gov", "Bali Provincial Government", "www.baliprov.go.id", "WITA", "Denpasar", ""),
    ("gov", "Surabaya City Government", "www.surabaya.go.id", "WIB", "Surabaya", ""),
    ("gov", "West Java Provincial Government", "jabarprov.go.id", "WIB", "Bandung", ""),
    ("gov", "Makassar City Government", "makassarkota.go.id", "WITA", "Makassar", ""),
    ("gov", "Papua Provincial Government", "papua.go.id", "WIT", "Jayapura", ""),
    ("gov", "North Maluku Provincial Government", "malutprov.go.id", "WIT", "Sofifi", ""),
    ("gov", "Batam City Government", "batam.go.id", "WIB", "Batam", ""),
    ("gov", "West Manggarai Regency", "manggaraibaratkab.go.id", "WITA", "Labuan Bajo", ""),
    ("gov", "Medan City Government", "pemkomedan.go.id", "WIB", "Medan", ""),
    ("outlet", "Antara News", "en.antaranews.com", "WIB", "Jakarta", "(ANTARA)"),
    ("outlet", "Tempo English", "en.tempo.co", "WIB", "Jakarta", "TEMPO.CO"),
    ("outlet", "The Bali Sun Daily", "thebalisundaily.com", "WITA", "Denpasar", "Bali Sun"),
    ("outlet", "Kaltim Today English", "en.kaltimtoday.co", "WITA", "Samarinda", "KALTIMTODAY"),
    ("outlet", "Papua Insight", "papuainsight.id", "WIT", "Jayapura", "Papua Insight"),
    ("outlet", "Sumatra Observer", "sumatraobserver.com", "WIB", "Medan", "SO"),
)
_NOTICES = ("This article is available in Bahasa Indonesia only.",
            "English translation of this article is not yet available.",
            "The following news is published in its original language (Bahasa Indonesia).",
            "Content below has not been translated.",
            "Use the translate button at the top of the page to read this article in English.")
_LANGS = ("Select Language", "English", "Indonesian", "Chinese (Simplified)", "Japanese",
          "Dutch")
_REPLY_LINES = ("Leave a Reply", "Your email address will not be published. Required fields "
                "are marked *", "Comment *", "Name *", "Email *", "Website",
                "Save my name, email, and website in this browser for the next time I comment.")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _english_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    month = MONTHS_EN[day.month - 1]
    twelve = f"{when.hour % 12 or 12}:{when:%M} {'PM' if when.hour >= 12 else 'AM'}"
    return {
        "posted": f"{month} {day.day}, {day.year}",
        "dmy": f"{day.day} {month} {day.year}",
        "published": f"{day.day} {month} {day.year} {when:%H:%M} {zone}",
        "weekday": f"{DAYS_EN[day.weekday()]}, {day.day} {month} {day.year} | {when:%H:%M} {zone}",
        "twelve": f"{month} {day.day}, {day.year} {twelve} {zone}",
        "antara": f"{_ordinal(day.day)} {month} {day.year} {when:%H:%M}",
        "drupal": f"{DAYS_EN[day.weekday()][:3]}, {day:%m/%d/%Y} - {when:%H:%M}",
        "slash": f"{day:%d/%m/%Y}",
    }[form]


def _translate_widget(put: Callable[[str], str]) -> str:
    options = "\n".join(f'<option value="{slug(lang)[:5]}">{put(lang)}</option>' for lang in _LANGS)
    return ('<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" '
            f'dir="ltr"><div id=":0.targetLanguage"><select class="goog-te-combo" aria-label='
            f'"Language Translate Widget">{options}</select></div>{put("Powered by")} <span><a '
            'class="VIpgJd-ZVi9od-l4eHX-hSRGPd" href="https://translate.google.com"><img src='
            '"https://www.gstatic.com/images/branding/googlelogo/1x/googlelogo_color_42x16dp.png"'
            f' width="37" height="14" alt="Google Translate">{put("Translate")}</a></span></div>'
            "</div>")


def bilingual_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """The English page of a government site (WordPress with a language plugin, a
    Drupal node, a home-made CMS's "en" route) or of an English-language outlet's desk,
    carrying an Indonesian text: a language switcher "ID | EN", Google Translate's
    widget, "Posted on May 27, 2025 by Admin", "Published: 27 May 2025 14:30 WIB",
    "Submitted by admin on Tue, 05/27/2025 - 14:30", "Last updated", notices that the
    text is untranslated, "Related news:" links, "Share this:", "Tags:", "Related
    Posts" and "Leave a Reply"."""
    owner, name, host, zone, city, tag = rng.choice(_ENGLISH)
    base = f"https://{host}"
    cms = (rng.choice(("wordpress", "wordpress", "drupal", "custom")) if owner == "gov" else
           rng.choice(("outlet", "outlet", "wordpress")))
    forms = {"wordpress": ["posted", "posted", "dmy", "published", "twelve"],
             "drupal": ["dmy", "posted"] + (["drupal", "drupal"] if zone == "WIB" else []),
             "custom": ["slash", "slash", "dmy", "weekday"],
             "outlet": ["published", "published", "weekday", "twelve"]
             + (["antara"] if zone == "WIB" else [])}[cms]
    form = rng.choice(forms)
    time_attr = cms == "wordpress" and rng.random() < 0.6  # <time datetime> with the offset
    timed = form in ("published", "weekday", "twelve", "antara", "drupal") or time_attr
    when = when_in(rng, zone, seconds=time_attr or cms == "outlet", office_hours=not timed)
    day = when.date()
    s = slug(text.headline)
    post_id = rng.randrange(1000, 400000)
    url = {"wordpress": rng.choice((f"{base}/en/{s}/", f"{base}/en/{day:%Y/%m/%d}/{s}/",
                                    f"{base}/{s}/?lang=en")),
           "drupal": rng.choice((f"{base}/en/news/{s}", f"{base}/en/node/{post_id}")),
           "custom": rng.choice((f"{base}/en/news/detail/{post_id}/{s}",
                                 f"{base}/en/berita/{s}")),
           "outlet": rng.choice((f"{base}/news/{post_id}/{s}", f"{base}/read/{post_id}/{s}",
                                 f"{base}/{day:%Y/%m/%d}/{s}"))}[cms]
    if rng.random() < 1 / 8:
        return _english_listing(rng, text, name, base, day)
    j = Junk()
    printed = _english_date(form, when, zone)
    author = rng.choice(("Admin", "admin", "Public Relations", f"Diskominfo {city}",
                         *NAMES[:4], _person(rng))) if cms != "outlet" else _person(rng)
    author_shown = False

    switch_inside = rng.random() < 0.3
    switch_put = j if switch_inside else escape
    switch_glue = rng.choice((" | ", " / "))
    labels = rng.choice((("ID", "EN"), ("Bahasa Indonesia", "English"), ("IND", "ENG")))
    links = []
    for code, word in zip(("id", "en"), labels, strict=True):
        active = ' class="active"' if code == "en" else ""
        links.append(f'<a href="{base}/{code}/" hreflang="{code}"{active}>{switch_put(word)}</a>')
    switcher = '<div class="lang-switcher">' + escape(switch_glue).join(links) + "</div>"
    if switch_inside:
        j.also(switch_glue.join(labels))
    translate_inside = rng.random() < 0.2
    translate = _translate_widget(j if translate_inside else escape) if rng.random() < 0.6 else ""
    if not translate:
        translate_inside = False
    if translate_inside:
        j.also(" ".join(_LANGS))
        j.also("Powered by Translate")

    notice = ""
    if rng.random() < 0.35:
        notice = (f'<div class="alert alert-info translation-notice"><em>{j(rng.choice(_NOTICES))}'
                  "</em></div>")
    dateline = ""
    if cms == "outlet" and rng.random() < 0.7:
        dateline = rng.choice((f"{city} {tag}", f"{city.upper()}, {tag}", f"{city}, {tag}"))
    parts = []
    related_at = rng.choice((1, 2, -1, -1))
    for n, paragraph in enumerate(text.paragraphs):
        if n == 0 and dateline:
            parts.append(f"<p><strong>{j(dateline)}</strong> - {escape(paragraph)}</p>")
        else:
            parts.append(f"<p>{escape(paragraph)}</p>")
        if n == related_at and n < len(text.paragraphs) - 1:
            other = other_texts(rng, text, 1)[0]
            label = rng.choice(("Related news:", "Also read:", "Read also:", "READ ALSO:"))
            j.also(f"{label} {other.headline}")
            parts.append(f'<p class="related-inline"><strong>{j(label)}</strong> <a href="{base}/'
                         f'news/{rng.randrange(1000, 400000)}/{slug(other.headline)}">'
                         f"{j(other.headline)}</a></p>")
        if n == 1 and rng.random() < 0.2:
            label = rng.choice(("Advertisement", "ADVERTISEMENT", "Scroll to continue reading"))
            parts.append(f'<div class="ad-slot"><small>{j(label)}</small><ins class="adsbygoogle">'
                         "</ins></div>")
    tail = []
    if cms == "outlet":
        editor = rng.choice(NAMES)
        lines = [f"Reporter: {author}", f"Editor: {editor}"]
        author_shown = True
        if rng.random() < 0.5:
            lines.append(f"Translator: {_person(rng)}")
        glue = rng.choice((", ", "<br>", " | "))
        if glue != "<br>":
            j.also(glue.join(lines))
        tail.append(f'<p class="credits">{glue.join(j(x) for x in lines)}</p>')
        if rng.random() < 0.6:
            mark = f"Copyright © {name.split()[0].upper()} {day.year}"
            tail.append(f'<p class="copyright">{j(mark)}</p>')
    elif rng.random() < 0.3:
        mark = rng.choice((f"Source: Diskominfo {city}", "(PR)", "(Humas)",
                           f"Translated by: {_person(rng)}"))
        tail.append(f"<p><em>{j(mark)}</em></p>")

    # the meta line
    last = when + timedelta(minutes=rng.randrange(5, 900))
    updated = ""
    if rng.random() < 0.3:
        updated_form = form if form != "posted" else "dmy"
        updated = f"Last updated: {_english_date(updated_form, last if timed else when, zone)}"
    stamp = _iso(when) if time_attr else day.isoformat()
    if cms == "wordpress":
        by = rng.random() < 0.75
        posted = rng.choice(("Posted on ", "Published on ", "", "Date: "))
        bits = [f'<span class="posted-on">{j(posted) if posted else ""}<a href="{url}" rel='
                f'"bookmark"><time class="entry-date published" datetime="{stamp}">{j(printed)}'
                "</time></a></span>"]
        line = posted + printed
        if by:
            bits.append(f'<span class="byline"> {j("by")} <span class="author vcard"><a class="url '
                        f'fn n" href="{base}/en/author/{slug(author)}/">{j(author)}</a></span>'
                        "</span>")
            line += f" by {author}"
            author_shown = True
        j.also(line)
        meta = f'<div class="entry-meta">{"".join(bits)}</div>'
    elif cms == "drupal":
        if form == "drupal":
            j.also(f"Submitted by {author} on {printed}")
            meta = (f'<div class="node__submitted">{j("Submitted by")} <span class="field--'
                    f'name-uid"><a href="{base}/en/user/{rng.randrange(1, 90)}">{j(author)}</a>'
                    "</span> "
                    f'{j("on")} <span class="field--name-created">{j(printed)}</span></div>')
            author_shown = True
        else:
            meta = (f'<div class="field field--name-field-date"><div class="field__label">'
                    f'{j("Date")}</div><div class="field__item"><time datetime="{day.isoformat()}">'
                    f"{j(printed)}</time></div></div>")
    elif cms == "custom":
        views = rng.randrange(10, 9000)
        items = [f"Date: {printed}", rng.choice(("Category: News", "Category: Government",
                                                 "Category: Tourism")),
                 f"Viewed {views} times"]
        if rng.random() < 0.5:
            items.append(f"Written by: {author}")
            author_shown = True
        rng.shuffle(items)
        meta = ('<ul class="list-inline news-meta">' + "".join(
            f'<li class="list-inline-item"><i class="fa fa-circle"></i> {j(x)}</li>' for x in items)
            + "</ul>")
    else:
        by_line = rng.choice((f"By {author}", f"By: {author}", f"Reporter: {author}"))
        pub = rng.choice(("Published: ", "", "Published "))
        meta = (f'<div class="article-meta"><span class="byline">{j(by_line)}</span> '
                f'<span class="date">{j(pub + printed)}</span></div>')
        author_shown = True
    if updated:
        meta += f'<div class="updated">{j(updated)}</div>'

    share = ""
    if rng.random() < 0.6:
        label = rng.choice(("Share this:", "Share:", "Share this article"))
        names = [n for n in ("Facebook", "X", "WhatsApp", "LinkedIn", "Email", "Print")
                 if rng.random() < 0.6] or ["Facebook"]
        worded = rng.random() < 0.6
        if worded:
            j.also(" ".join(names))
        share = (f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{j(label)}</h3>'
                 "<ul>" + " ".join(
                     f'<li class="share-{slug(n)}"><a class="sd-button" href="#" title="Click to '
                     f'share on {n}"><span>{j(n) if worded else ""}</span></a></li>' for n in names)
                 + "</ul></div>")
    tags_html = ""
    if rng.random() < 0.6:
        tags = rng.sample(("tourism", "government", "public service", "investment", "health",
                           "education", "infrastructure", city, "governor", "mayor",
                           "economy", "environment"), rng.randrange(2, 6))
        label = rng.choice(("Tags:", "Tagged:", "Tags"))
        glue = rng.choice((", ", " "))
        j.also(f"{label} {glue.join(tags)}")
        tags_html = (f'<div class="tags-links">{j(label)} ' + glue.join(
            f'<a href="{base}/en/tag/{slug(t)}" rel="tag">{j(t)}</a>' for t in tags) + "</div>")

    related_inside = rng.random() < 0.3
    put = j if related_inside else escape
    related_heading = rng.choice(("Related Posts", "Related News", "You May Also Like",
                                  "Other News", "More News"))
    related_items = []
    for k, other in enumerate(other_texts(rng, text, rng.choice((3, 4, 5)))):
        other_day = day - timedelta(days=k + rng.randrange(1, 10))
        shown_day = f"{MONTHS_EN[other_day.month - 1]} {other_day.day}, {other_day.year}"
        related_items.append(f'<li><a href="{base}/en/{slug(other.headline)}/">'
                             f'{put(other.headline)}</a> <span class="date">{put(shown_day)}'
                             "</span></li>")
    related = (f'<div class="related-posts"><h3>{put(related_heading)}</h3><ul>'
               + "".join(related_items) + "</ul></div>")
    reply_inside = rng.random() < 0.2 and cms == "wordpress"
    reply = ""
    if cms == "wordpress" or rng.random() < 0.3:
        if reply_inside:
            for line in _REPLY_LINES:
                j.also(line)
        reply = (
            '<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>'
            f'<form action="{base}/wp-comments-post.php" method="post"><p class="comment-notes">'
            "Your email address will not be published. Required fields are marked *</p><p>"
            "<label>Comment *</label>"
            '<textarea name="comment"></textarea></p><p><label>Name *</label><input '
            'name="author"></p><p><label>Email *</label><input name="email"></p><p><label>Website'
            '</label><input name="url"></p><p><input type="checkbox"><label>Save my name, email, '
            'and website in this browser for the next time I comment.</label></p><p><input type='
            '"submit" value="Post Comment"></p></form></div>')
    nav = ""
    if cms == "wordpress" and rng.random() < 0.5:
        prev_text = other_texts(rng, text, 1)[0].headline
        nav = (f'<nav class="post-navigation"><a href="#" rel="prev"><span>← Previous Post</span> '
               f"{escape(prev_text)}</a></nav>")
    back = ""
    if cms == "custom" and rng.random() < 0.6:
        picked = rng.sample(("Back to News", "Print", "Back"), 2)
        j.also(" | ".join(picked))
        back = '<div class="news-tools">' + " | ".join(
            f'<a href="#">{j(x)}</a>' for x in picked) + "</div>"

    image = ""
    if rng.random() < 0.6:
        caption = ""
        if rng.random() < 0.5:
            who = rng.choice(("The Governor", "The Mayor", "Officials", "Residents", "The Regent"))
            words = f"{who} in {city}. (Photo: {rng.choice((name, tag or name))})"
            caption = f"<figcaption>{j(words)}</figcaption>"
        image = (f'<figure class="featured"><img src="{base}/uploads/{day:%Y/%m}/{s[:30]}.jpg" '
                 f'alt="{attr(text.headline)}">{caption}</figure>')
    headline_tag = rng.choice(("h1", "h1", "h2"))
    headline = f'<{headline_tag} class="entry-title">{escape(text.headline)}</{headline_tag}>'
    kicker = ""
    if rng.random() < 0.3:
        word = rng.choice(("News", "Press Release", "Regional", "Government", city))
        kicker = f'<div class="kicker">{j(word)}</div>'
    body = f'<div class="entry-content">{notice}{"".join(parts)}{"".join(tail)}</div>'
    meta_top = rng.random() < 0.8
    inner = "".join((
        switcher if switch_inside else "", translate if translate_inside else "", kicker,
        headline, meta if meta_top else "", image, body, "" if meta_top else meta, share, tags_html,
        back, related if related_inside else "", reply if reply_inside else ""))
    if cms == "drupal":
        article = (f'<div class="region region-content"><div id="block-pagetitle" class="block">'
                   f'{inner.split(headline)[0]}{headline}</div><article class="node node--type-'
                   f'article node--view-mode-full"><div class="node__content">'
                   f"{inner.split(headline)[1]}</div></article></div>")
    else:
        tag_name = "article" if rng.random() < 0.7 else "div"
        article = f'<{tag_name} class="post-{post_id} post type-post hentry">{inner}</{tag_name}>'

    popular = "".join(f'<li><a href="{base}/en/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
                      for o in other_texts(rng, text, 5))
    sidebar = (f'<aside class="sidebar"><section class="widget"><h3 class="widget-title">'
               f'{rng.choice(("Most Read", "Popular News", "Recent Posts"))}</h3><ul>{popular}</ul>'
               '</section><section class="widget"><h3 class="widget-title">Search</h3><form><input '
               'type="search" placeholder="Search …"><button>Search</button></form></section>'
               "</aside>")
    menu = ("Home", "About", "Government", "News", "Tourism", "Investment", "Contact")
    nav_html = "".join(f'<li><a href="{base}/en/{slug(m)}">{m}</a></li>' for m in menu)
    title = rng.choice((f"{text.headline} - {name}", f"{text.headline} | {name}",
                        f"{text.headline} – English – {name}", f"News - {name}",
                        f"{name} | {text.headline}"))
    head = [f'<link rel="alternate" hreflang="id" href="{base}/id/{s}/">',
            f'<link rel="alternate" hreflang="en" href="{attr(url)}">',
            '<meta property="og:locale" content="en_US">',
            f'<meta property="og:title" content="{attr(text.headline)}">']
    if cms == "outlet" or (time_attr and rng.random() < 0.5):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": text.headline,
              "inLanguage": rng.choice(("en", "en-US", "id")),
              "datePublished": _iso(when) if timed else day.isoformat(),
              "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "Organization", "name": name}}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}'
                    "</script>")
    html = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
</head>
<body class="{cms} lang-en">
<div class="topbar"><span>{DAYS_EN[day.weekday()]}, {MONTHS_EN[day.month - 1]} {day.day},
 {day.year}</span>
{"" if switch_inside else switcher}{"" if translate_inside else translate}</div>
<header class="site-header"><a class="brand" href="{base}/en/">{escape(name)}</a>
<nav><ul class="menu">{nav_html}</ul></nav></header>
<div class="container"><div class="row"><main id="main" class="col-md-8">
<nav class="breadcrumb"><a href="{base}/en/">Home</a> &gt; <a href="{base}/en/news">News</a></nav>
{article}
{nav}
{"" if related_inside else related}
{"" if reply_inside else reply}
</main>
{sidebar}</div></div>
<footer class="site-footer"><p>&copy; {day.year} {escape(name)}. All rights reserved.</p>
<p><a href="{base}/en/privacy-policy">Privacy Policy</a> |
 <a href="{base}/en/disclaimer">Disclaimer</a></p>
</footer>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day,
                            author if author_shown else None, name, tuple(j.lines))


def _english_listing(rng: random.Random, text: Text, name: str, base: str,
                     day: date) -> tuple[str, str, Truth]:
    """The English section's index: headlines, dates, excerpts and "Read more"."""
    heading = rng.choice(("News", "Latest News", "Press Releases", "News Archive", "Regional",
                          "Tag: tourism"))
    shown = listing_items(rng, text, day, rng.randrange(5, 12))
    items = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{base}/en/{slug(o.headline)}/">'
        f'{escape(o.headline)}</a></h2><div class="entry-meta">Posted on {MONTHS_EN[d.month - 1]} '
        f"{d.day}, {d.year}</div><p>{escape(_teaser(rng, o.paragraphs[0]))}</p><a href=\"#\" "
        'class="more-link">Read more »</a></article>' for o, d in shown)
    html = f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>{escape(heading)} - {escape(name)}</title>
</head><body><header><a href="{base}/en/">{escape(name)}</a><div class="lang-switcher"><a
 href="{base}/id/">ID</a> | <a href="{base}/en/">EN</a></div></header><main><h1 class="page-title">
{escape(heading)}</h1>{items}<nav class="pagination"><a href="#">1</a> <a href="#">2</a>
<a href="#">Next »</a></nav></main><footer>&copy; {day.year} {escape(name)}</footer>
</body></html>"""
    url = f"{base}/en/{rng.choice(('news', 'category/news', 'press-release'))}/"
    return url, html, Truth(heading, (), shown[0][1], None, name, (), article=False)


FAMILIES = {"tribun-network": tribun_network, "aspnet-portal": aspnet_portal,
            "site-builder": site_builder, "bilingual-portal": bilingual_portal}
