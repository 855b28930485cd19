"""Layout families of national outlets and their page kinds (rules may be tuned on them).

An InfoPublik-like portal, an ANTARA-like agency desk, a commercial regional outlet
(the Tribun / Bisnis kind: dateline glued to the text, follow prompts, video and
channel teasers), a photo page whose article is a caption beside a sidebar of
teasers, and a section index that must be refused as not an article. Each takes a
seeded ``random.Random`` and a real ``Text`` and returns the page's URL, its HTML and
its ``Truth``.
"""

from __future__ import annotations

import json
import random

from tests.layouts import (
    DAYS,
    MONTHS_EN,
    NAMES,
    SITES,
    Text,
    Truth,
    escape,
    indonesian_date,
    joined_title,
    moment,
    slug,
    texts,
)

_TEASERS = ("Gubernur tinjau pembangunan jembatan di perbatasan",
            "Harga beras di pasar tradisional mulai turun",
            "Ratusan pelajar ikuti lomba cerdas cermat tingkat provinsi",
            "Dinas kesehatan gelar vaksinasi keliling di desa terpencil",
            "Festival kuliner nusantara digelar akhir pekan ini",
            "Jalan rusak di ruas lintas kabupaten segera diperbaiki",
            "Pemkab salurkan bantuan bibit kepada kelompok tani",
            "Tim SAR gabungan cari nelayan hilang di perairan selatan")


def _others(rng: random.Random, n: int) -> list[Text]:
    pool = texts()
    return [pool[rng.randrange(len(pool))] for _ in range(n)]


def _teaser(rng: random.Random, paragraph: str) -> str:
    """A listing's teaser: the start of a paragraph, cut at a word, with or without "…"."""
    cut = paragraph[: rng.randrange(110, 230)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ...", ""))


def infopublik(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A national public-information portal: ``<title>`` "headline | Site", the date,
    reporter and editor in one line inside the article block, a view count, tags."""
    site = rng.choice(("InfoPublik", "Info Publik Daerah", "PortalInformasi"))
    when, zone = moment(rng)
    author, editor = rng.sample(NAMES, 2)
    base = f"https://{slug(site)}.id"
    url = f"{base}/berita/nusantara/{rng.randrange(10**5, 10**6)}/{slug(text.headline)}"
    title = joined_title(rng, text.headline, site, separators=(" | ", " - "))
    with_time = rng.random() < 0.6
    day = indonesian_date(when.date(), day_name=True)
    stamp = (f"{day} | {when:%H:%M} {zone}" if with_time else day)
    byline = rng.choice((f"{stamp} Reporter: {author} Editor: {editor}",
                         f"{stamp} Oleh: {author} Redaktur: {editor}"))
    last = f"Last Update: {when:%d/%m/%Y} {when:%H:%M}"
    views = f"Dibaca: {rng.randrange(10, 9000)} kali"
    junk = [byline, views]
    og = (f'<meta property="og:title" content="{escape(text.headline)}">'
          f'<meta property="og:site_name" content="{escape(site)}">'
          if rng.random() < 0.5 else "")
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    updated = ""
    if with_time and rng.random() < 0.5:
        junk.append(last)
        updated = f"<span class='update'>{last}</span>"
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title>{og}</head><body>
<nav class="navbar"><a class="brand" href="{base}/">{escape(site)}</a><ul>
<li><a href="#">Nasional</a></li><li><a href="#">Nusantara</a></li><li><a href="#">Foto</a></li>
<li><a href="#">Video</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-lg-8"><div class="berita-detail">
<div class="kategori"><a href="#">Nusantara</a></div>
<h1 class="title">{escape(text.headline)}</h1>
<div class="content-detail"><p class="date">{escape(byline)}</p>{updated}
<p class="hits">{views}</p>
<div class="img"><img src="{base}/foto.jpg" alt=""></div>
{paragraphs}
<div class="tags"><span>Tags:</span> <a href="#">kerja sama</a> <a href="#">daerah</a></div>
</div></div></div>
<div class="col-lg-4"><h4>Terpopuler</h4><ol>{"".join(
        f'<li><a href="#">{t}</a></li>' for t in rng.sample(_TEASERS, 4))}</ol></div></div></div>
<footer>{escape(site)} &copy; {when.year}</footer></body></html>"""
    published = when if with_time else when.date()
    return url, html, Truth(text.headline, text.paragraphs, published, author, site, tuple(junk))


def antara(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A national agency's regional desk: the dateline "City (AGENCY) - " glued to the
    first paragraph, "Baca juga:" inserts, "Pewarta"/"Editor"/copyright lines after the
    body, and sometimes a "BERITA LAINNYA" list at the top of the article block."""
    agency = rng.choice(("ANTARA", "KABARNUSA", "WARTANTARA"))
    desk = rng.choice(("Gorontalo", "Maluku", "Kaltim", "Sultra", "NTT", "Papua Barat"))
    site = f"{agency} News {desk}"
    when, zone = moment(rng)
    author, editor = rng.sample(NAMES, 2)
    base = f"https://{desk.lower().replace(' ', '')}.{agency.lower()}news.com"
    url = f"{base}/berita/{rng.randrange(10**5, 10**6)}/{slug(text.headline)}"
    title = f"{text.headline} - {site}" if rng.random() < 0.7 else joined_title(
        rng, text.headline, site)
    city = rng.choice(("Gorontalo", "Ambon", "Samarinda", "Kendari", "Kupang", "Manokwari"))
    dateline = f"{city} ({agency}) - "
    first, *rest = text.paragraphs
    junk = [dateline.strip()]
    parts = [f"<p>{escape(dateline + first)}</p>" if rng.random() < 0.5
             else f"{escape(dateline + first)}<br><br>"]
    for n, paragraph in enumerate(rest):
        parts.append(f"<p>{escape(paragraph)}</p>")
        if n in (0, 3) and rng.random() < 0.7:
            line = f"Baca juga: {rng.choice(_TEASERS)}"
            junk.append(line)
            parts.append(f'<p><a href="#"><strong>{escape(line)}</strong></a></p>')
    credit = [f"Pewarta: {author}", f"Editor: {editor}", f"COPYRIGHT © {agency} {when.year}"]
    junk += credit
    printed = rng.choice((f"{indonesian_date(when.date(), day_name=True)} {when:%H:%M} {zone}",
                          f"{DAYS[when.weekday()]}, {when:%d/%m/%Y} {when:%H:%M} {zone}"))
    lainnya = ""
    if rng.random() < 0.35:
        lainnya = ('<div class="berita-lainnya"><h3>BERITA LAINNYA</h3><ul>' + "".join(
            f'<li><a href="{base}/berita/{rng.randrange(10**5, 10**6)}/x">{escape(t.headline)}'
            f'</a></li>' for t in _others(rng, 5)) + "</ul></div>")
    og_title = text.headline if rng.random() < 0.6 else title
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title>
<meta property="og:title" content="{escape(og_title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{when.isoformat()}"></head><body>
<header class="header"><a href="{base}/"><img alt="{escape(site)}" src="/logo.png"></a>
<ul class="menu"><li><a href="#">Terkini</a></li><li><a href="#">Daerah</a></li>
<li><a href="#">Ekonomi</a></li><li><a href="#">Foto</a></li></ul></header>
<div class="wrapper"><div class="main-content"><article class="post-wrapper">
{lainnya}<header class="post-header"><h1 class="post-title">{escape(text.headline)}</h1>
<p class="text-muted"><i class="fa fa-clock-o"></i> {printed}</p></header>
<div class="post-content clearfix">{"".join(parts)}
<p class="text-muted small">{"<br>".join(escape(c) for c in credit)}</p></div>
</article></div><aside class="sidebar"><h3>Terpopuler</h3><ul>{"".join(
        f'<li><a href="#">{t}</a></li>' for t in rng.sample(_TEASERS, 3))}</ul></aside></div>
<footer>{escape(site)}</footer></body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, when, author, site, tuple(junk))


def regional_outlet(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A commercial outlet: "Outlet.com, CITY--" glued to the text, the date with a
    "Follow" prompt, a video teaser and a channel line inside the article, a "Google
    News" prompt after it; og: tags and JSON-LD whose headline may carry the site."""
    outlet = rng.choice(("TribunKaltara", "BisnisDaerah", "SuaraTimur", "KabarPapua"))
    domain = f"{outlet.lower()}.com"
    site = rng.choice((f"{outlet}.com", outlet))
    when, zone = moment(rng)
    author = rng.choice(NAMES)
    url = f"https://www.{domain}/{when:%Y/%m/%d}/{slug(text.headline)}"
    title = joined_title(rng, text.headline, f"{outlet}.com", separators=(" - ", " | ", ": "))
    city = rng.choice(("JAKARTA", "TARAKAN", "BALIKPAPAN", "JAYAPURA", "SORONG"))
    dateline = rng.choice((f"{outlet}.com, {city}--", f"{outlet.upper()}.COM, {city} - ",
                           f"{city}, {outlet}.com - "))
    first, *rest = text.paragraphs
    printed = rng.choice((f"{indonesian_date(when.date(), day_name=True)}, {when:%H:%M} {zone}",
                          f"{DAYS[when.weekday()]}, {when.day} {MONTHS_EN[when.month - 1]} "
                          f"{when.year} {when:%H:%M} {zone}"))
    follow = rng.random() < 0.5
    date_line = f"{printed} Follow" if follow else printed
    video_time = f"{indonesian_date(when.date(), day_name=False)} {when:%H:%M}"
    video = f"Video {video_time}"
    channel = f"Youtube {outlet} Official"
    google = "Cek berita dan artikel yang lain di Google News"
    junk = [dateline.strip(" -"), date_line, video, channel, google]
    parts = [f"<p><strong>{escape(dateline)}</strong>{escape(first)}</p>"]
    for n, paragraph in enumerate(rest):
        parts.append(f"<p>{escape(paragraph)}</p>")
        if n == 1:
            parts.append(f'<div class="video-inline"><span>{escape(video)}</span>'
                         f'<p class="yt">{escape(channel)}</p></div>')
    ld_headline = text.headline if rng.random() < 0.5 else title
    head = ('<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": ld_headline,
        "datePublished": when.isoformat(), "publisher": {"@type": "Organization",
                                                         "name": f"{outlet}.com"}})
            + "</script>")
    if rng.random() < 0.5:
        head += f'<meta property="og:title" content="{escape(title)}">'
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title>{head}</head><body>
<div class="header"><a href="/">{escape(outlet)}</a><ul class="nav"><li><a href="#">News</a></li>
<li><a href="#">Regional</a></li><li><a href="#">Bisnis</a></li></ul></div>
<div class="main"><div class="read__content"><div class="breadcrumb"><a href="/">Home</a>
<a href="#">Regional</a></div>
<h1 class="read__title">{escape(text.headline)}</h1>
<div class="read__byline"><span>Penulis: {escape(author)}</span></div>
<div class="read__time">{escape(date_line)}</div>
<div class="read__body">{"".join(parts)}</div>
<p class="gnews">{escape(google)}</p>
<div class="tag"><a href="#">#Regional</a> <a href="#">#Daerah</a></div></div>
<div class="sidebar"><h3>Terpopuler</h3><ol>{"".join(
        f'<li><a href="#">{t}</a></li>' for t in rng.sample(_TEASERS, 4))}</ol></div></div>
<footer>&copy; {when.year} {escape(outlet)}.com</footer></body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, when, author, site, tuple(junk))


def photo(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A photo page of a national portal: the article is a caption of one or two
    paragraphs under a gallery, beside a sidebar of other photo stories whose teasers
    are longer than the caption's lines."""
    site = rng.choice(SITES)
    when, zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://foto.{slug(site)[:20]}.com"
    url = f"{base}/foto/{rng.randrange(10**5, 10**6)}/{slug(text.headline)}"
    title = joined_title(rng, text.headline, f"Foto {site}" if rng.random() < 0.5 else site)
    caption = text.paragraphs[: rng.choice((1, 2))]
    count = rng.randrange(3, 8)
    gallery = "".join(f'<div class="slide"><img src="{base}/{n}.jpg" alt="">'
                      f'<span class="counter">{n}/{count}</span></div>'
                      for n in range(1, count + 1))
    credit = f"Foto: {author}/{site}"
    printed = f"{indonesian_date(when.date(), day_name=True)}, {when:%H:%M} {zone}"
    sidebar = "".join(
        f'<div class="item"><h3><a href="{base}/foto/{rng.randrange(10**5, 10**6)}/x">'
        f'{escape(o.headline)}</a></h3><p>{escape(o.paragraphs[0])}</p></div>'
        for o in _others(rng, rng.randrange(4, 9)))
    og = (f'<meta property="og:title" content="{escape(text.headline)}">'
          f'<meta property="og:type" content="article">' if rng.random() < 0.5 else "")
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title>{og}</head><body>
<header><a href="{base}/">{escape(site)} Foto</a><nav><a href="#">Foto</a> <a href="#">Video</a>
</nav></header>
<div class="container"><div class="photo-detail">
<h1 class="photo-title">{escape(text.headline)}</h1>
<div class="photo-date">{printed}</div>
<div class="gallery">{gallery}</div>
<div class="photo-caption">{"".join(f"<p>{escape(p)}</p>" for p in caption)}
<p class="credit">{escape(credit)}</p></div></div>
<div class="photo-sidebar"><h2>Foto Lainnya</h2>{sidebar}</div></div>
<footer>{escape(site)}</footer></body></html>"""
    return url, html, Truth(text.headline, caption, when, author, site, (credit,))


def listing(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A section index (``/berita``, a tag or a page of an archive): linked headlines,
    dates and teasers; not an article, so extraction must refuse it."""
    site = rng.choice(SITES)
    when, _zone = moment(rng)
    base = f"https://{slug(site)[:24]}.go.id"
    section = rng.choice(("berita", "kategori/daerah", "tag/pemerintahan", "arsip"))
    url = f"{base}/{section}" + (f"/page/{rng.randrange(2, 40)}" if rng.random() < 0.5 else "")
    heading = rng.choice(("h2", "h3", "h4"))
    items = []
    for other in [text, *_others(rng, rng.randrange(7, 16))]:
        link = f"{base}/berita/{slug(other.headline)}"
        day = indonesian_date(when.date(), day_name=rng.random() < 0.5)
        items.append(f'<div class="post-item"><{heading} class="post-title"><a href="{link}">'
                     f"{escape(other.headline)}</a></{heading}><span class=\"date\">{day}</span>"
                     f"<p>{escape(_teaser(rng, other.paragraphs[0]))}</p>"
                     f'<a class="more" href="{link}">Selengkapnya</a></div>')
    name = section.rsplit("/", 1)[-1].title()
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(name)} - {escape(site)}</title></head><body>
<header><a href="{base}/">{escape(site)}</a><nav><a href="#">Beranda</a> <a href="#">Berita</a>
</nav></header><main><h1 class="page-title">{escape(name)}</h1>{"".join(items)}
<div class="pagination"><a href="#">1</a> <a href="#">2</a> <a href="#">Berikutnya</a></div>
</main><footer>{escape(site)}</footer></body></html>"""
    return url, html, Truth(name, (), when.date(), None, site, (), article=False)


FAMILIES = {"infopublik": infopublik, "antara": antara, "regional-outlet": regional_outlet,
            "photo": photo, "listing": listing}
