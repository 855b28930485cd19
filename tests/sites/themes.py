"""How each kind of test site lays out its pages.

Three layouts, built the way the real ones are:
- ``WordPress``: a news theme (teropongnews.com-like) with an RSS feed, a Yoast-style
  sitemap index, posts under /YYYY/MM/slug/, ad placeholders, "Scroll untuk baca
  artikel", inline "Baca juga" paragraphs, a share modal, a related-news block.
- ``GovernmentPortal``: a city government's portal with no feed and a paginated
  listing (/berita?page=N), articles under /berita/read/ID/slug, the date and the
  byline only as text ("Senin, 12 Mei 2025 14:30 WIB", "Penulis: ... | Editor: ...").
- ``InfoPortal``: an infopublik.id-like portal with a Google News sitemap, articles
  under /kategori/nusantara/ID/slug, the lead line ": ...", the byline
  "Oleh Juli, Selasa, 27 Mei 2025 | 19:21 WIB - Redaktur: Untung S - 570" and a
  "Berita Terkait Lainnya" list in neutral containers.
Every site's robots.txt disallows a path that its own pages or feeds link to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from typing import Protocol
from xml.sax.saxutils import escape as xml_escape

from tests.sites.content import Article

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")

Page = tuple[int, str, bytes]  # status, content type, body


def indonesian_date(when: datetime, clock: bool = True) -> str:
    day = f"{DAYS[when.weekday()]}, {when.day} {MONTHS[when.month - 1]} {when.year}"
    return f"{day} | {when:%H:%M} WIB" if clock else day


def html_page(body: str) -> Page:
    return 200, "text/html; charset=utf-8", body.encode("utf-8")


def xml_page(body: str, kind: str = "application/xml") -> Page:
    return 200, f"{kind}; charset=utf-8", body.encode("utf-8")


def paragraphs_html(article: Article, inserts: dict[int, str]) -> str:
    out = []
    for i, text in enumerate(article.paragraphs):
        tag = "h2" if i in article.subheadings else "p"
        out.append(f"<{tag}>{escape(text)}</{tag}>")
        if i in inserts:
            out.append(inserts[i])
    return "\n".join(out)


def newest_first(articles: Sequence[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: a.published, reverse=True)


class Theme(Protocol):
    kind: str

    def path_for(self, article: Article, number: int) -> str: ...
    def source_entry(self, name: str, base: str) -> str: ...
    def render(self, path: str, base: str, articles: Sequence[Article]) -> Page | None: ...


def _others(articles: Sequence[Article], article: Article, n: int = 3) -> list[Article]:
    return [a for a in newest_first(articles) if a.path != article.path][:n]


class WordPress:
    kind = "wordpress"
    robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"

    def path_for(self, article: Article, number: int) -> str:
        return f"/{article.published:%Y/%m}/{article.slug}/"

    def source_entry(self, name: str, base: str) -> str:
        return (f'[[source]]\nname = "{name}"\nurl = "{base}/"\nfeeds = ["{base}/feed/"]\n'
                f'sitemaps = ["{base}/sitemap_index.xml"]\nlanguage = "id"\n')

    def render(self, path: str, base: str, articles: Sequence[Article]) -> Page | None:
        if path == "/robots.txt":
            robots = self.robots + f"Sitemap: {base}/sitemap_index.xml\n"
            return 200, "text/plain", robots.encode()
        if path == "/feed/":
            return xml_page(self.feed(base, articles), "application/rss+xml")
        if path == "/sitemap_index.xml":
            return xml_page(self.sitemap_index(base, articles))
        if path == "/post-sitemap.xml":
            return xml_page(self.post_sitemap(base, articles))
        if path == "/page-sitemap.xml":
            return xml_page(self.page_sitemap(base))
        if path == "/":
            return html_page(self.home(articles))
        if path in ("/redaksi/", "/pedoman-media-siber/"):
            return html_page(f"<html><head><title>{path.strip('/').title()} - TeropongWarta"
                             "</title></head><body><h1>Redaksi</h1><p>Pemimpin Redaksi: Hendra."
                             "</p><p>Alamat: Jl. Kebon Sirih, Jakarta.</p></body></html>")
        for article in articles:
            if article.path == path:
                return html_page(self.article(base, article, articles))
        return None

    def feed(self, base: str, articles: Sequence[Article]) -> str:
        items = "".join(
            f"<item><title>{xml_escape(a.title)}</title><link>{base}{a.path}</link>"
            f"<pubDate>{a.published:%a, %d %b %Y %H:%M:%S %z}</pubDate>"
            f"<dc:creator><![CDATA[{a.author}]]></dc:creator>"
            f"<description><![CDATA[{a.paragraphs[0][:120]}...]]></description></item>\n"
            for a in newest_first(articles)[:3]
        )
        # A scheduled draft leaks into the feed with its preview link: robots.txt forbids it.
        items += (f"<item><title>Draf</title><link>{base}/wp-admin/post.php?post=9182"
                  f"&amp;preview=true</link></item>\n")
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
                f"<title>TeropongWarta</title><link>{base}/</link>"
                f"<description>Berita Jakarta terkini</description>\n{items}</channel></rss>")

    def sitemap_index(self, base: str, articles: Sequence[Article]) -> str:
        newest = newest_first(articles)[0].published.isoformat() if articles else ""
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{base}/post-sitemap.xml</loc><lastmod>{newest}</lastmod></sitemap>"
                f"<sitemap><loc>{base}/page-sitemap.xml</loc><lastmod>2022-01-10T08:00:00+07:00"
                "</lastmod></sitemap></sitemapindex>")

    def post_sitemap(self, base: str, articles: Sequence[Article]) -> str:
        urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{a.published.isoformat()}"
                       "</lastmod></url>" for a in newest_first(articles))
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')

    def page_sitemap(self, base: str) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{base}/redaksi/</loc></url>"
                f"<url><loc>{base}/pedoman-media-siber/</loc></url></urlset>")

    def home(self, articles: Sequence[Article]) -> str:
        links = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>'
                        for a in newest_first(articles))
        return ('<html><head><title>TeropongWarta</title><link rel="alternate" '
                'type="application/rss+xml" title="TeropongWarta &raquo; Feed" href="/feed/">'
                '<link rel="alternate" type="application/rss+xml" title="Komentar" '
                'href="/comments/feed/"></head><body><h1>TeropongWarta</h1>'
                f"<ul>{links}</ul></body></html>")

    def article(self, base: str, article: Article, articles: Sequence[Article]) -> str:
        related = _others(articles, article)
        baca = related[0] if related else article
        inserts = {
            1: '<div class="tn-box-konten">Example 300x600</div>',
            2: f'<p><strong>Baca juga: <a href="{baca.path}">{escape(baca.title)}</a>'
               "</strong></p>",
        }
        items = "".join(
            f'<div class="tn-item"><a href="{a.path}"><img src="/t.jpg" alt=""></a>'
            f'<h4><a href="{a.path}">{escape(a.title)}</a></h4>'
            f"<span>{a.published.day} {MONTHS[a.published.month - 1]} {a.published.year}"
            "</span></div>" for a in related)
        title = escape(article.title)
        when = article.published.isoformat()
        return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8">
<title>{title} - TeropongWarta</title>
<link rel="canonical" href="{base}{article.path}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title} - TeropongWarta">
<meta property="og:site_name" content="TeropongWarta">
<meta property="article:published_time" content="{when}">
<meta name="author" content="Redaksi TeropongWarta">
<script>var td_ajax_url="{base}/wp-admin/admin-ajax.php";</script>
</head><body class="single single-post">
<header class="site-header">
 <div class="top-bar"><span>{indonesian_date(article.published, clock=False)}</span></div>
 <div class="header-ad"><div class="ad-text">Example 728x250</div></div>
 <nav class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li>
 <li><a href="/category/berita/">Berita</a></li><li><a href="/category/politik/">Politik</a></li>
 <li><a href="/category/olahraga/">Olahraga</a></li></ul></nav>
</header>
<div class="scroll-info">Scroll untuk baca artikel</div>
<div class="floating-left"><div class="tn-box">Example 525x600</div></div>
<div id="content"><div class="row"><div id="primary" class="col-md-8"><main id="main">
<article class="post type-post status-publish hentry category-berita">
 <header class="entry-header"><h1 class="entry-title">{title}</h1>
  <div class="entry-meta"><span class="byline">Oleh <a href="/author/{article.author.lower()}/">{
            escape(article.author)}</a></span>
  <span class="posted-on"><time class="entry-date published" datetime="{when}">{
            article.published.day} {MONTHS[article.published.month - 1]} {
            article.published.year}</time></span></div></header>
 <div class="tn-sebar"><span>Sebarkan artikel ini</span></div>
 <div class="post-thumbnail"><img src="/wp-content/uploads/foto.jpg" alt="">
  <p class="tn-keterangan">Suasana pertemuan di Balai Kota. (Foto: Humas Pemprov)</p></div>
 <div class="tn-box-tengah">Example 468x60</div>
 <div class="entry-content">
{paragraphs_html(article, inserts)}
<div class="tn-box-konten">Example 300250</div>
 </div>
 <footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/jakarta/">Jakarta</a>
 </span><div class="tn-bagikan">Bagikan: <a href="https://www.facebook.com/sharer.php?u=x">
 Facebook</a> <a href="https://api.whatsapp.com/send?text=x">WhatsApp</a></div></footer>
</article>
<div class="tn-box-bawah"><h3 class="tn-judul-blok">Berita Terkait</h3>
 <div class="tn-daftar">{items}</div></div>
</main></div>
<div id="secondary" class="col-md-4"><div class="tn-box">Example 120x600</div>
 <h3>Terpopuler</h3><ol><li><a href="/a">Harga Cabai Naik Jelang Lebaran</a></li></ol></div>
</div></div>
<footer class="site-footer"><a href="/redaksi/">Redaksi</a> | <a href="/kontak/">Kontak</a>
<div class="site-info">Copyright © 2025 TeropongWarta. All Rights Reserved.</div></footer>
</body></html>"""


class GovernmentPortal:
    kind = "government"
    robots = "User-agent: *\nDisallow: /privat/\n"

    def __init__(self, per_page: int = 4, draft_link: bool = True) -> None:
        self.per_page = per_page
        self.draft_link = draft_link  # page 1 links a draft that robots.txt forbids

    def path_for(self, article: Article, number: int) -> str:
        return f"/berita/read/{3100 + number}/{article.slug}"

    def source_entry(self, name: str, base: str) -> str:
        return (f'[[source]]\nname = "{name}"\nurl = "{base}/"\n'
                f'listings = ["{base}/berita?page={{page}}"]\nregion = "Jawa Timur"\n'
                'language = "id"\n')

    def render(self, path: str, base: str, articles: Sequence[Article]) -> Page | None:
        if path == "/robots.txt":
            return 200, "text/plain", self.robots.encode()
        route, _, query = path.partition("?")
        if route in ("/", "/berita"):
            page = query.removeprefix("page=")
            return html_page(self.listing(articles, int(page) if page.isdigit() else 1))
        for article in articles:
            if article.path == path:
                return html_page(self.article(article, articles))
        return None

    def _chrome(self, title: str, main: str, aside: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="topbar">Selamat datang di Portal Resmi Pemerintah Kota Surabaya
 <a href="/ppid">PPID</a> <a href="/layanan">Layanan Publik</a></div>
<nav class="navbar"><a href="/">Beranda</a> <a href="/profil">Profil</a>
 <a href="/berita?page=1">Berita</a> <a href="/pengumuman">Pengumuman</a>
 <a href="/galeri">Galeri</a> <a href="/kontak">Kontak</a></nav>
<div class="container"><div class="col-main">{main}</div>
<div class="col-side"><div class="widget"><h4>Agenda Kota</h4><ul><li>Rapat Paripurna DPRD</li>
<li>Car Free Day Darmo</li></ul></div>{aside}
<div class="widget banner"><img src="/banner/pbb.jpg" alt="Ayo bayar PBB"></div></div></div>
<footer class="footer"><p>Dinas Komunikasi dan Informatika Kota Surabaya</p>
<p>Jl. Jimerto No. 25-27 Surabaya</p><p>© 2025 Pemerintah Kota Surabaya. Hak cipta dilindungi.</p>
</footer></body></html>"""

    def listing(self, articles: Sequence[Article], page: int) -> str:
        ordered = newest_first(articles)
        chunk = ordered[(page - 1) * self.per_page: page * self.per_page]
        cards = "".join(
            f'<div class="card"><img src="/thumb/{a.slug[:10]}.jpg" alt="">'
            f'<h3><a href="{a.path}">{escape(a.title)}</a></h3>'
            f'<span class="tgl">{indonesian_date(a.published, clock=False)}</span></div>'
            for a in chunk) or '<p class="kosong">Tidak ada berita.</p>'
        if page == 1 and self.draft_link:  # an internal page, linked by mistake; robots.txt
            # forbids it
            cards += ('<div class="card"><h3><a href="/privat/berita/read/9001/draf-siaran-pers-'
                      'belum-terbit-jangan-disebar">Draf</a></h3></div>')
        pages = "".join(f'<a href="/berita?page={n}">{n}</a> ' for n in range(1, 6))
        main = (f"<h1>Berita Kota</h1>{cards}<div class=\"pagination\">{pages}"
                f'<a href="/berita?page={page + 1}">Selanjutnya »</a></div>')
        return self._chrome("Berita - Pemerintah Kota Surabaya", main)

    def article(self, article: Article, articles: Sequence[Article]) -> str:
        related = _others(articles, article)
        baca = related[0] if related else article
        inserts = {0: f'<p>BACA JUGA: <a href="{baca.path}">{escape(baca.title)}</a></p>'}
        more = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in related)
        when = indonesian_date(article.published).replace(" |", "")
        main = f"""<div class="breadcrumb"><a href="/">Beranda</a> / <a href="/berita">Berita</a>
</div>
<div class="detail-berita">
<h1 class="judul">{escape(article.title)}</h1>
<div class="info"><span class="tanggal">{when}</span>
 <span class="dilihat">Dilihat 1.204 kali</span></div>
<div class="gambar"><img src="/foto/{article.slug[:12]}.jpg" alt="">
 <div class="caption">Foto: Dokumentasi Bagian Humas Pemkot Surabaya</div></div>
<div class="isi">
{paragraphs_html(article, inserts)}
</div>
<div class="penulis">Penulis: {escape(article.author)} | Editor: Tim Diskominfo</div>
<div class="share">Bagikan: <a href="https://wa.me/?text=x">WhatsApp</a>
 <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div>
</div>"""
        aside = f'<div class="widget"><h4>Berita Lainnya</h4><ul>{more}</ul></div>'
        return self._chrome(f"{escape(article.title)} | Pemerintah Kota Surabaya", main, aside)


class InfoPortal:
    kind = "infoportal"
    robots = "User-agent: *\nDisallow: /privat/\n"

    def path_for(self, article: Article, number: int) -> str:
        return f"/kategori/nusantara/{921300 + number}/{article.slug}"

    def source_entry(self, name: str, base: str) -> str:
        return (f'[[source]]\nname = "{name}"\nurl = "{base}/"\n'
                f'sitemaps = ["{base}/sitemap-news.xml"]\n'
                "article_pattern = '/kategori/[a-z0-9-]+/\\d+/'\nlanguage = \"id\"\n")

    def render(self, path: str, base: str, articles: Sequence[Article]) -> Page | None:
        if path == "/robots.txt":
            return 200, "text/plain", (self.robots + f"Sitemap: {base}/sitemap-news.xml\n").encode()
        if path == "/sitemap-news.xml":
            return xml_page(self.news_sitemap(base, articles))
        if path == "/":
            links = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>'
                            for a in newest_first(articles))
            return html_page(f"<html><body><h1>InfoPortal</h1><ul>{links}</ul></body></html>")
        for article in articles:
            if article.path == path:
                return html_page(self.article(article, articles))
        return None

    def news_sitemap(self, base: str, articles: Sequence[Article]) -> str:
        urls = "".join(
            f"<url><loc>{base}{a.path}</loc><news:news><news:publication><news:name>InfoPortal"
            "</news:name><news:language>id</news:language></news:publication>"
            f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
            f"<news:title>{xml_escape(a.title)}</news:title></news:news></url>"
            for a in newest_first(articles))
        # A page under embargo, listed by mistake; robots.txt forbids it.
        urls += f"<url><loc>{base}/privat/kategori/nusantara/1/embargo</loc></url>"
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                f"{urls}</urlset>")

    def article(self, article: Article, articles: Sequence[Article]) -> str:
        related = _others(articles, article)
        lead = f'<p class="lead">: {escape(article.lead)}</p>' if article.lead else ""
        byline = (f"Oleh {escape(article.author)}, {indonesian_date(article.published)} - "
                  "Redaktur: Untung S - 570")
        more = "".join(
            f'<div class="row"><div class="col-8"><a href="{a.path}">{escape(a.title)}</a>'
            f'<div class="small">Oleh {escape(a.author)}, {indonesian_date(a.published)}</div>'
            "</div></div>" for a in related)
        return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{escape(article.title)} | InfoPublik</title>
<meta property="og:site_name" content="InfoPublik"></head><body>
<nav class="navbar"><a href="/">Beranda</a> <a href="/kategori/nasional">Nasional</a>
 <a href="/kategori/nusantara">Nusantara</a> <a href="/kategori/internasional">Internasional</a>
 <a href="/galeri">Galeri</a></nav>
<div class="container"><div class="row"><div class="col-lg-8">
<ol class="breadcrumb"><li><a href="/">Beranda</a></li>
<li><a href="/kategori/nusantara">Nusantara</a></li></ol>
<h1 class="title">{escape(article.title)}</h1>
<div class="byline">{byline}</div>
<div class="share"><a href="#">fb</a> <a href="#">tw</a> <a href="#">wa</a></div>
<figure><img src="/foto/{article.slug[:12]}.jpg" alt=""><figcaption>Suasana penandatanganan.
 (Foto: Humas Pemprov)</figcaption></figure>
<div class="isi-berita">
{lead}
{paragraphs_html(article, {})}
</div>
<div class="mt-4"><h5>Berita Terkait Lainnya</h5>{more}</div>
</div><div class="col-lg-4"><div class="widget"><h5>Terpopuler</h5><ol>
<li><a href="/kategori/nasional/1/x">Presiden Resmikan Bendungan</a></li></ol></div>
</div></div></div>
<footer><p>InfoPublik - Direktorat Jenderal Komunikasi Publik dan Media</p>
<p>Hak Cipta © 2025 InfoPublik</p></footer></body></html>"""
