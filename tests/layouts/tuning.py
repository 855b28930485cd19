"""Layout families rules may be tuned on (the held-out ones are in ``heldout.py``).

A WordPress news theme, an AMP article, a page with no ``og:`` tags at all, a
government portal and a national news portal with its dateline; each
takes a seeded ``random.Random`` and a real ``Text`` and returns the page's URL, its
HTML and its ``Truth``.
"""

from __future__ import annotations

import json
import random

from tests.layouts import (
    NAMES,
    SITES,
    Text,
    Truth,
    escape,
    indonesian_date,
    joined_title,
    moment,
    slug,
)


def wordpress(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A WordPress news theme: og: tags and JSON-LD from an SEO plugin, the date in a
    ``<time>`` element, a share bar and a related-posts insert inside the entry."""
    site = rng.choice(SITES)
    when, zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://{slug(site)[:24]}.id"
    url = f"{base}/{when:%Y/%m/%d}/{slug(text.headline)}/"
    title = joined_title(rng, text.headline, site)
    seo = rng.random() < 0.7
    head = ""
    if seo:
        head = (f'<meta property="og:type" content="article">'
                f'<meta property="og:title" content="{escape(title)}">'
                f'<meta property="og:site_name" content="{escape(site)}">'
                f'<meta property="article:published_time" content="{when.isoformat()}">'
                '<script type="application/ld+json">' + json.dumps({
                    "@context": "https://schema.org", "@type": "NewsArticle",
                    "headline": text.headline, "datePublished": when.isoformat(),
                    "author": {"@type": "Person", "name": author}}) + "</script>")
    junk = []
    paragraphs = []
    for n, paragraph in enumerate(text.paragraphs):
        paragraphs.append(f"<p>{escape(paragraph)}</p>")
        if n == 1 and rng.random() < 0.6:
            line = "Baca Juga: " + rng.choice(("Warga antusias sambut festival budaya",
                                               "Harga cabai di pasar tradisional turun"))
            junk.append(line)
            paragraphs.append(f'<div class="related-inline"><strong>{escape(line)}</strong></div>')
    share = ""
    if rng.random() < 0.5:
        junk.append("Bagikan:")
        share = ('<div class="sharedaddy"><h3 class="sd-title">Bagikan:</h3><ul>'
                 '<li><a href="#">Facebook</a></li><li><a href="#">WhatsApp</a></li></ul></div>')
    printed = rng.choice((f"{indonesian_date(when.date(), day_name=True)} | {when:%H:%M} {zone}",
                          f"{when:%d/%m/%Y} {when:%H:%M} {zone}"))
    html = f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<title>{escape(title)}</title>{head}</head>
<body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="{base}/">{escape(site)}</a></p>
<nav class="main-navigation"><ul><li><a href="#">Beranda</a></li><li><a href="#">Daerah</a></li>
<li><a href="#">Ekonomi</a></li><li><a href="#">Olahraga</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{escape(text.headline)}</h1>
<div class="entry-meta"><span class="byline">Oleh <a class="url fn n" href="#">{escape(author)}</a>
</span> <time class="entry-date published" datetime="{when.isoformat()}">{printed}</time></div>
</header>
<div class="entry-content">{"".join(paragraphs)}{share}</div>
<footer class="entry-footer"><span class="tags-links">Tag: <a href="#">daerah</a></span></footer>
</article>
<nav class="post-navigation"><a href="#" rel="prev">Berita sebelumnya</a></nav></main>
<aside class="widget-area"><section class="widget"><h2>Terpopuler</h2><ul>
<li><a href="#">Jalan provinsi rusak diperbaiki bulan depan</a></li></ul></section></aside>
<footer class="site-footer">&copy; {when.year} {escape(site)}</footer></body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, when, author, site, tuple(junk))


def amp(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An AMP article page of a news portal: amp-img, amp-social-share, the date in
    the byline, ``rel=canonical`` to the full page."""
    site = rng.choice(SITES)
    when, zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://www.{slug(site)[:24]}.com"
    canonical = f"{base}/berita/{rng.randrange(10**5, 10**6)}/{slug(text.headline)}"
    url = f"{canonical}/amp"
    title = joined_title(rng, text.headline, site)
    printed = f"{indonesian_date(when.date(), day_name=True)}, {when:%H:%M} {zone}"
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    caption = "Ilustrasi. (Foto: dokumentasi)"
    html = f"""<!doctype html><html amp lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title><link rel="canonical" href="{canonical}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>
<header class="amp-header"><a href="{base}/">{escape(site)}</a></header>
<div class="amp-breadcrumb"><a href="{base}/">Home</a> &rsaquo; <a href="#">Berita</a></div>
<article class="amp-article"><h1 class="amp-title">{escape(text.headline)}</h1>
<div class="amp-byline">{escape(author)} &middot; {printed}</div>
<figure><amp-img src="{base}/foto.jpg" width="640" height="360" layout="responsive"></amp-img>
<figcaption>{caption}</figcaption></figure>
<div class="amp-content">{paragraphs}</div>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="whatsapp">
</amp-social-share></article>
<div class="amp-related"><h3>Berita Terkait</h3><a href="#">Pembangunan pelabuhan dipercepat</a>
</div><footer>&copy; {escape(site)}</footer></body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, when, author, site, (caption,))


def no_og(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A page with no og: tags, no JSON-LD and no ``<time>``: the headline in an h2,
    the date as text under it, the site name only in ``<title>`` and the header."""
    site = rng.choice(SITES)
    when, zone = moment(rng)
    base = f"https://{slug(site)[:24]}.go.id"
    url = f"{base}/news/read/{rng.randrange(100, 99999)}"
    title = joined_title(rng, text.headline, site)
    with_time = rng.random() < 0.5
    printed = (f"{indonesian_date(when.date(), day_name=True)} {when:%H:%M} {zone}" if with_time
               else indonesian_date(when.date(), day_name=rng.random() < 0.5))
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    html = f"""<html><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>
<div id="header"><h1><a href="{base}/">{escape(site)}</a></h1></div>
<div id="menu"><a href="{base}/">Beranda</a> <a href="#">Profil Daerah</a> <a href="#">Berita</a>
<a href="#">Pengumuman</a></div>
<div id="content"><div class="news-detail"><h2>{escape(text.headline)}</h2>
<div class="news-date">{printed}</div>
<div class="news-body">{paragraphs}</div></div></div>
<div id="sidebar"><h3>Pengumuman</h3><ul><li><a href="#">Seleksi calon perangkat desa</a></li>
<li><a href="#">Jadwal pelayanan terpadu</a></li></ul></div>
<div id="footer">{escape(site)}</div></body></html>"""
    published = when if with_time else when.date()
    return url, html, Truth(text.headline, text.paragraphs, published, None, site, ())

def government_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A provincial or regency portal: a breadcrumb, the date and a view count above
    the body, "Sumber"/"Editor" lines and a tag list inside the article block."""
    site = rng.choice(SITES)
    when, zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://{slug(site)[:24]}.go.id"
    url = f"{base}/berita/{when:%Y}/{when:%m}/{slug(text.headline)}"
    title = joined_title(rng, text.headline, site)
    views = f"{rng.randrange(5, 5000)} kali dilihat"
    printed = rng.choice((f"{indonesian_date(when.date(), day_name=True)}, {when:%H:%M} {zone}",
                          f"{when:%d-%m-%Y} {when:%H:%M} {zone}"))
    editor = f"Editor: {rng.choice(NAMES)}"
    source_line = f"Sumber: Diskominfo {site.split()[-1]}"
    junk = [views, editor, source_line]
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    og = (f'<meta property="og:title" content="{escape(text.headline)}">'
          if rng.random() < 0.5 else "")
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title>{og}</head><body>
<div class="topbar">Layanan Pengaduan: 0812-0000-0000 | PPID</div>
<header><a href="{base}/" class="logo">{escape(site)}</a></header>
<nav><a href="{base}/">Beranda</a> <a href="#">Pemerintahan</a> <a href="#">Berita</a>
<a href="#">Layanan Publik</a></nav>
<ol class="breadcrumb"><li>Beranda</li><li>Berita</li><li>{escape(text.headline[:40])}</li></ol>
<div class="container"><div class="col-md-8"><div class="detail-berita">
<h1 class="judul-berita">{escape(text.headline)}</h1>
<div class="meta"><i class="fa fa-calendar"></i> {printed} <i class="fa fa-user"></i>
{escape(author)} <i class="fa fa-eye"></i> {views}</div>
<div class="isi-berita">{paragraphs}
<p>{escape(source_line)}</p><p>{escape(editor)}</p></div>
<div class="tags">Tags: <a href="#">pemerintahan</a> <a href="#">pembangunan</a></div>
</div></div><div class="col-md-4"><h4>Berita Terbaru</h4><ul>
<li><a href="#">Sekda buka rapat evaluasi program</a></li></ul></div></div>
<footer>{escape(site)} &copy; {when.year}</footer></body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, when, author, site, tuple(junk))


def news_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A national news portal's article (ANTARA- or InfoPublik-like): the outlet's
    dateline glued to the first paragraph, a photo caption, "Pewarta/Editor" and a
    copyright line after the body."""
    site = rng.choice(("Kantor Berita Daerah", "InfoDaerah", "Warta Nusantara"))
    when, zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://www.{slug(site)}.co.id"
    url = f"{base}/berita/{rng.randrange(10**6, 10**7)}/{slug(text.headline)}"
    title = joined_title(rng, text.headline, site.upper() if rng.random() < 0.5 else site)
    city = rng.choice(("Ternate", "Kupang", "Jayapura", "Mataram", "Palu"))
    dateline = f"{city} ({site}) - "
    first, *rest = text.paragraphs
    printed = f"{indonesian_date(when.date(), day_name=True)}, {when:%H:%M} {zone}"
    caption = f"Suasana kegiatan di {city}. ({site}/{author.split()[0]})"
    credit = f"Pewarta: {author} | Editor: {rng.choice(NAMES)}"
    rights = f"Copyright © {site} {when.year}"
    paragraphs = f"<p>{escape(dateline + first)}</p>" + "".join(
        f"<p>{escape(p)}</p>" for p in rest)
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>{escape(title)}</title>
<meta property="og:title" content="{escape(text.headline)}">
<meta property="og:site_name" content="{escape(site)}">
<meta name="pubdate" content="{when.isoformat()}"></head><body>
<header><a href="{base}/">{escape(site)}</a><nav><a href="#">Terkini</a> <a href="#">Politik</a>
<a href="#">Ekonomi</a></nav></header>
<main><div class="post-header"><h1>{escape(text.headline)}</h1>
<p class="date">{printed}</p></div>
<figure><img src="{base}/foto.jpg" alt=""><figcaption>{escape(caption)}</figcaption></figure>
<div class="post-content">{paragraphs}
<p class="credit">{escape(credit)}</p><p class="copyright">{escape(rights)}</p></div>
<div class="related"><h3>Baca juga</h3><a href="#">Gubernur resmikan pelabuhan baru</a></div>
</main><footer>{escape(site)}</footer></body></html>"""
    # the dateline is the outlet's, not the article's: the first paragraph is kept
    # without it (issue 12), so the truth is the text as written
    return url, html, Truth(text.headline, text.paragraphs, when, author, site,
                            (dateline.strip(), caption, credit, rights))


FAMILIES = {"wordpress": wordpress, "amp": amp, "no-og": no_og,
            "government-portal": government_portal, "news-portal": news_portal}
