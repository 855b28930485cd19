"""Four held-out layout families: never tune an extraction rule on them.

Blogger, Joomla, Drupal and a custom PHP portal of the kind many regencies run,
written from what such pages look like, before any rule was tuned on this harness.
Each takes a seeded ``random.Random`` and a real ``Text`` and returns the page's URL,
its HTML and its ``Truth``.
"""

from __future__ import annotations

import random

from tests.layouts import (
    MONTHS_EN,
    NAMES,
    SITES,
    ZONES,
    Text,
    Truth,
    escape,
    indonesian_date,
    joined_title,
    moment,
    slug,
)


def _paragraphs(rng: random.Random, text: Text, junk: list[str], inserts: list[str]) -> str:
    """The body's paragraphs, with ``inserts`` (furniture) placed between some."""
    parts = []
    for n, paragraph in enumerate(text.paragraphs):
        parts.append(f"<p>{escape(paragraph)}</p>")
        if inserts and n in (1, 3) and rng.random() < 0.7:
            line = inserts.pop(0)
            junk.append(line)
            parts.append(f'<p class="baca"><strong>{escape(line)}</strong></p>')
    return "\n".join(parts)


def blogger(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    site = rng.choice(SITES)
    when, _zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://{slug(site)[:20]}.blogspot.com"
    url = f"{base}/{when.year}/{when:%m}/{slug(text.headline)}.html"
    title = f"{site}: {text.headline}" if rng.random() < 0.7 else joined_title(
        rng, text.headline, site)
    og = (f'<meta property="og:title" content="{escape(text.headline)}">'
          if rng.random() < 0.5 else "")
    use_br = rng.random() < 0.4  # Blogger's editor often writes <br><br>, not <p>
    junk: list[str] = []
    if use_br:
        body = "<br /><br />".join(escape(p) for p in text.paragraphs)
    else:
        body = _paragraphs(rng, text, junk, ["Baca Juga: Pemkab gelar rapat koordinasi"])
    clock = f"{when:%H.%M}"
    html = f"""<!DOCTYPE html><html dir="ltr" lang="id"><head>
<meta charset="UTF-8"><title>{escape(title)}</title>{og}
<link rel="alternate" type="application/atom+xml" href="{base}/feeds/posts/default">
</head><body>
<div class="header-outer"><h1 class="title"><a href="{base}/">{escape(site)}</a></h1>
<p class="description">Berita dan informasi resmi</p></div>
<div class="main-outer"><div class="date-outer">
<h2 class="date-header"><span>{indonesian_date(when.date(), day_name=True)}</span></h2>
<div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">{escape(text.headline)}</h3>
<div class="post-header"></div>
<div class="post-body entry-content" id="post-body-{rng.randrange(10**9)}">{body}</div>
<div class="post-footer"><div class="post-footer-line">
<span class="post-author vcard">Diposting oleh <span class="fn">{escape(author)}</span></span>
di <a class="timestamp-link" href="{url}"><abbr class="published">{clock}</abbr></a>
<span class="post-comment-link"><a href="{url}#comment-form">Tidak ada komentar:</a></span>
<div class="post-share-buttons"><a href="#">Kirimkan Ini lewat Email</a><a href="#">BlogThis!</a>
<a href="#">Berbagi ke Twitter</a><a href="#">Berbagi ke Facebook</a></div>
<span class="post-labels">Label: <a href="#">Berita Daerah</a>, <a href="#">Pemerintahan</a></span>
</div></div></div></div></div>
<div class="blog-pager"><a href="#">Posting Lebih Baru</a> <a href="#">Posting Lama</a>
<a href="{base}/">Beranda</a></div></div>
<div class="sidebar"><h2>Arsip Blog</h2><ul><li><a href="#">2025 (41)</a></li></ul>
<h2>Postingan Populer</h2><ul><li><a href="#">Bupati resmikan pasar rakyat</a></li>
<li><a href="#">Jadwal pelayanan KTP elektronik pekan ini</a></li></ul></div>
</body></html>"""
    # the page says the day in its header and the time (no zone) in its footer: a
    # reader knows the time only in the blog's own zone, which the page does not say
    return url, html, Truth(text.headline, text.paragraphs, when.date(), author, site,
                            tuple(junk))


def joomla(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    site = rng.choice(SITES)
    when, _zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://{slug(site)[:24]}.go.id"
    item = rng.randrange(100, 9000)
    url = f"{base}/index.php/berita/{item}-{slug(text.headline)}"
    title = joined_title(rng, text.headline, site, separators=(" - ",))
    hits = rng.randrange(12, 9000)
    junk: list[str] = []
    body = _paragraphs(rng, text, junk, [f"Baca juga: {text.headline[:30]}... (bagian 2)"])
    stamp = f"{indonesian_date(when.date(), day_name=True)} {when:%H:%M}"
    html = f"""<!DOCTYPE html><html lang="id-id"><head><meta charset="utf-8">
<base href="{url}"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(title)}</title></head><body class="site com_content view-article">
<header><a class="brand" href="{base}/">{escape(site)}</a>
<nav><ul class="nav menu"><li><a href="{base}/">Beranda</a></li><li><a href="#">Profil</a></li>
<li><a href="#">Berita</a></li><li><a href="#">PPID</a></li></ul></nav></header>
<main id="content"><div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{escape(text.headline)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Rincian</dt>
<dd class="createdby" itemprop="author">Ditulis oleh
<span itemprop="name">{escape(author)}</span></dd>
<dd class="category-name">Kategori: <a href="#">Berita</a></dd>
<dd class="published"><time datetime="{when.isoformat()}" itemprop="datePublished">
Diterbitkan: {stamp}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{hits}">
Dilihat: {hits}</dd>
</dl>
<div itemprop="articleBody">{body}</div>
<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev">&lt; Sebelumnya</a></li>
<li class="next"><a href="#" rel="next">Selanjutnya &gt;</a></li></ul>
</div></main>
<aside><div class="moduletable"><h3>Berita Terbaru</h3><ul class="latestnews">
<li><a href="#">Sosialisasi pajak daerah di kecamatan</a></li>
<li><a href="#">Pelantikan pejabat administrator</a></li></ul></div></aside>
<footer>Hak Cipta &copy; {when.year} {escape(site)}. Semua hak dilindungi.</footer>
</body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, when, author, site, tuple(junk))


def drupal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    site = rng.choice(SITES)
    when, _zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"https://{slug(site)[:24]}.go.id"
    url = f"{base}/berita/{slug(text.headline)}"
    title = joined_title(rng, text.headline, site, separators=(" | ",))
    with_time = rng.random() < 0.5
    if with_time:  # a time without a zone: read in Indonesia's default, WIB
        when = when.replace(tzinfo=ZONES["WIB"])
        submitted = (f"Submitted by {escape(author)} on {when:%a}, "
                     f"{when:%m/%d/%Y} - {when:%H:%M}")
        field_date = f'<div class="node__submitted">{submitted}</div>'
    else:
        field_date = (f'<div class="field field--name-field-tanggal"><div class="field__label">'
                      f'Tanggal</div><div class="field__item">{when:%d/%m/%Y}</div></div>')
    og = "" if rng.random() < 0.5 else (
        f'<meta property="og:site_name" content="{escape(site)}">'
        f'<meta property="og:title" content="{escape(text.headline)}">')
    junk = ["Bagikan:"] if rng.random() < 0.6 else []
    share = '<div class="share">Bagikan:<a href="#">Facebook</a><a href="#">WhatsApp</a></div>' \
        if junk else ""
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    html = f"""<!DOCTYPE html><html lang="id" dir="ltr"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">{og}
<title>{escape(title)}</title></head><body class="path-node page-node-type-berita">
<a href="#main-content" class="visually-hidden focusable skip-link">Lompat ke konten utama</a>
<div class="region region-header"><a href="{base}/" rel="home">{escape(site)}</a></div>
<nav class="region-primary-menu"><ul><li><a href="#">Beranda</a></li><li><a href="#">Berita</a>
</li><li><a href="#">Agenda</a></li></ul></nav>
<nav class="breadcrumb"><ol><li><a href="{base}/">Beranda</a></li><li><a href="#">Berita</a></li>
</ol></nav>
<main role="main"><a id="main-content" tabindex="-1"></a>
<h1 class="page-title"><span class="field field--name-title">{escape(text.headline)}</span></h1>
<article role="article" class="node node--type-berita node--view-mode-full">
{field_date}
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field__item">{paragraphs}</div>
{share}
<div class="field field--name-field-tags"><div class="field__label">Tags</div>
<div class="field__items"><div class="field__item"><a href="#">Pemerintahan</a></div>
<div class="field__item"><a href="#">Pembangunan</a></div></div></div>
</div></article></main>
<div class="region region-sidebar"><h2>Berita Lainnya</h2><div class="view-content">
<div><a href="#">Peringatan hari jadi kabupaten berlangsung meriah</a></div>
<div><a href="#">Bupati tinjau pembangunan jembatan desa</a></div></div></div>
<footer class="region-footer">{escape(site)} &middot; Jl. Merdeka No. 1</footer>
</body></html>"""
    published = when if with_time else when.date()
    return url, html, Truth(text.headline, text.paragraphs, published,
                            author if with_time else None, site, tuple(junk))


def php_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A hand-made regency portal: tables, no og: tags, the date line with its zone,
    a view count, "Baca juga" inserts and an editor's mark in the article block."""
    site = rng.choice(SITES)
    when, zone = moment(rng)
    author = rng.choice(NAMES)
    base = f"http://www.{slug(site)[:20]}.go.id"
    url = f"{base}/berita.php?id={rng.randrange(1000, 99999)}"
    title = joined_title(rng, text.headline, site.upper() if rng.random() < 0.3 else site)
    views = f"Dibaca {rng.randrange(10, 20000):,} kali".replace(",", ".")
    stamp = rng.choice((
        f"{indonesian_date(when.date(), day_name=True)} - {when:%H:%M} {zone}",
        f"{indonesian_date(when.date(), day_name=False)}, {when:%H:%M} {zone}",
        f"{when:%d/%m/%Y} {when:%H:%M} {zone}",
        f"{MONTHS_EN[when.month - 1]} {when.day}, {when.year} {when:%H:%M} {zone}",
    ))
    junk = [views]
    inserts = [f"Baca juga: {rng.choice(SITES)} gelar pasar murah",
               "Baca juga: Jadwal vaksinasi di puskesmas"]
    body = _paragraphs(rng, text, junk, inserts)
    mark = rng.choice(("(humas/ADV)", "(Diskominfo)", "(red)"))
    junk.append(mark)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{escape(title)}</title></head><body bgcolor="#ffffff">
<table width="980" align="center"><tr><td colspan="2" class="header">
<img src="/images/logo.png" alt="{escape(site)}"> <b>{escape(site.upper())}</b></td></tr>
<tr><td class="menu" colspan="2"><a href="index.php">HOME</a> | <a href="profil.php">PROFIL</a> |
<a href="berita.php">BERITA</a> | <a href="galeri.php">GALERI</a> | <a href="kontak.php">KONTAK</a>
</td></tr>
<tr><td width="70%" valign="top">
<table class="berita"><tr><td class="judul"><font size="4"><b>{escape(text.headline)}</b></font>
</td></tr>
<tr><td class="tgl"><span class="tgl">{stamp}</span> &nbsp; <span class="hits">{views}</span>
</td></tr>
<tr><td class="isi">{body}
<p>{mark}</p>
<p class="penulis">Penulis: {escape(author)}</p></td></tr></table>
</td><td width="30%" valign="top" class="kanan"><b>BERITA TERKINI</b><br>
<a href="berita.php?id=1">Rapat paripurna DPRD bahas APBD perubahan</a><br>
<a href="berita.php?id=2">Penyaluran bantuan benih padi kepada kelompok tani</a><br>
<a href="berita.php?id=3">Lomba desa tingkat kabupaten dimulai</a><br>
<b>AGENDA</b><br>Upacara hari jadi, Senin pukul 07.30</td></tr>
<tr><td colspan="2" class="footer">Copyright &copy; {when.year} {escape(site)}</td></tr>
</table></body></html>"""
    junk.append(f"Penulis: {author}")
    return url, html, Truth(text.headline, text.paragraphs, when, author, site, tuple(junk))


FAMILIES = {"blogger": blogger, "joomla": joomla, "drupal": drupal, "php-portal": php_portal}
