"""A third set of held-out layout families, written without sight of the extraction rules.

An old PHP CMS (Lokomedia, PopojiCMS, CMS Balitbang) of a regency, a district or a
school; a village's OpenSID site; a WordPress site on a Gutenberg block theme (or a
block-editor theme such as Astra, GeneratePress or Kadence); and a regional public
information portal (PPID, a Diskominfo's news on CodeIgniter or a server-rendered Vue
app). They were written by a session that never read the extractor nor ran it, from
what such pages look like, and committed before any rule was run on them: never tune a
rule on them. Each takes a seeded ``random.Random`` and a real ``Text`` and returns the
page's URL, its HTML and its ``Truth``; every furniture line put inside the article
container (the block that holds the headline, the meta lines and the paragraphs) is in
the truth's ``junk``. About one call in eight gives a section's listing page instead
(``Truth.article`` false), whose title is the section's heading.

Dates follow the package's conventions. A page whose time can be read (printed with
its zone, or in machine form with an offset) has a zone-aware moment in that zone (the
zone printed, even where an old template prints "WIB" for an eastern region); a time
printed without any zone is WIB's, and only pages of regions in WIB print one; a page
that prints only a date, with at most a UTC stamp beside it, has the date, and its
moment falls in office hours so that the UTC stamp is on the same day. An outlet's
dateline before the first paragraph is furniture, and the paragraph's truth is the text
without it.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

from tests.layouts import (
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
    MONTHS_SHORT,
    Junk,
    attr,
    listing_items,
    other_texts,
    thousands,
    token,
    when_in,
)

# (kind, name, zone, province): regencies and cities whose sites these pages imitate
REGIONS = (
    ("Kabupaten", "Ende", "WITA", "Nusa Tenggara Timur"),
    ("Kabupaten", "Muara Enim", "WIB", "Sumatera Selatan"),
    ("Kabupaten", "Sanggau", "WIB", "Kalimantan Barat"),
    ("Kabupaten", "Wajo", "WITA", "Sulawesi Selatan"),
    ("Kabupaten", "Jayawijaya", "WIT", "Papua Pegunungan"),
    ("Kabupaten", "Sumbawa", "WITA", "Nusa Tenggara Barat"),
    ("Kabupaten", "Agam", "WIB", "Sumatera Barat"),
    ("Kabupaten", "Halmahera Utara", "WIT", "Maluku Utara"),
    ("Kabupaten", "Bolaang Mongondow", "WITA", "Sulawesi Utara"),
    ("Kabupaten", "Samosir", "WIB", "Sumatera Utara"),
    ("Kabupaten", "Maluku Tengah", "WIT", "Maluku"),
    ("Kabupaten", "Ketapang", "WIB", "Kalimantan Barat"),
    ("Kabupaten", "Banjarnegara", "WIB", "Jawa Tengah"),
    ("Kabupaten", "Tabalong", "WITA", "Kalimantan Selatan"),
    ("Kabupaten", "Pidie", "WIB", "Aceh"),
    ("Kabupaten", "Fakfak", "WIT", "Papua Barat"),
    ("Kota", "Tidore Kepulauan", "WIT", "Maluku Utara"),
    ("Kota", "Bima", "WITA", "Nusa Tenggara Barat"),
    ("Kota", "Samarinda", "WITA", "Kalimantan Timur"),
    ("Kota", "Jambi", "WIB", "Jambi"),
    ("Kota", "Jayapura", "WIT", "Papua"),
    ("Kota", "Tual", "WIT", "Maluku"),
    ("Kota", "Kendari", "WITA", "Sulawesi Tenggara"),
    ("Kota", "Bukittinggi", "WIB", "Sumatera Barat"),
    ("Kota", "Manado", "WITA", "Sulawesi Utara"),
    ("Kota", "Singkawang", "WIB", "Kalimantan Barat"),
)

_STREETS = ("Jl. Soekarno-Hatta No. 2", "Jl. Gatot Subroto No. 9", "Jl. Pemuda No. 17",
            "Jl. Imam Bonjol No. 4", "Jl. Trikora No. 30", "Kawasan Perkantoran Terpadu Blok B",
            "Jl. Jenderal Ahmad Yani Km. 3", "Jl. Pramuka No. 11")
_TAGS = ("pemerintahan", "pembangunan", "pelayanan publik", "kesehatan", "pendidikan", "ekonomi",
         "infrastruktur", "sosial", "pariwisata", "UMKM", "desa", "lingkungan", "stunting",
         "ketahanan pangan")
_ACTS = ("saat membuka kegiatan", "memberikan arahan kepada peserta",
         "meninjau pelaksanaan kegiatan", "berfoto bersama usai acara",
         "menyerahkan bantuan kepada warga", "menandatangani nota kesepahaman")
_FIRST = ("Ahmad", "Dewi", "Yosef", "Ketut", "Ratna", "Hasan", "Maria", "Agus", "Yulianti",
          "Benediktus", "Wa Ode", "Syamsul")
_LAST = ("Saputra", "Lestari", "Wenda", "Sudarma", "Rahmawati", "Basri", "Manek", "Setiawan",
         "Pelupessy", "Tamher", "Lamba", "Siregar")
_COMMENTERS = ("Budi", "Rina", "Yusuf", "Marlina", "Warga Desa", "Herman", "Ani S.", "Pak RT")
_COMMENTS = ("Semoga programnya berlanjut terus, sangat membantu warga.",
             "Terima kasih atas informasinya admin.",
             "Mohon info kapan pendaftarannya dibuka lagi?",
             "Mantap, sukses selalu untuk pemerintah kita.",
             "Jalan menuju kampung kami juga perlu diperbaiki pak.")


def _region(rng: random.Random, zones: tuple[str, ...] = tuple(ZONES),
            kinds: tuple[str, ...] = ("Kabupaten", "Kota")) -> tuple[str, str, str, str]:
    return rng.choice([r for r in REGIONS if r[2] in zones and r[0] in kinds])


def _host(kind: str, place: str) -> str:
    return f"{slug(place).replace('-', '')}{'kota' if kind == 'Kota' else 'kab'}.go.id"


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _teaser(rng: random.Random, paragraph: str, low: int = 80, high: int = 180) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(low, high)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " [...]", " ..."))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _phone(rng: random.Random) -> str:
    return f"(0{rng.randrange(251, 986)}) {rng.randrange(21000, 899999)}"


def _p(style: str, paragraph: str) -> str:
    """One paragraph as an old WYSIWYG editor (TinyMCE, CKEditor, Word pasted) wrote it."""
    text = escape(paragraph)
    if style == "justify":
        return f'<p style="text-align: justify;">{text}</p>'
    if style == "align":
        return f'<p align="justify">{text}</p>'
    if style == "word":
        return ('<p class="MsoNormal" style="margin-bottom: 0.0001pt; text-align: justify;">'
                f'<span style="font-family: Arial, sans-serif; font-size: 11pt;">{text}</span></p>')
    if style == "font":
        return f'<p><font face="Verdana" size="2">{text}</font></p>'
    if style == "div":
        return f"<div>{text}</div>"
    return f"<p>{text}</p>"


def _caption(rng: random.Random, kind: str, place: str, credit: str) -> str:
    head = "Wali Kota" if kind == "Kota" else "Bupati"
    role = rng.choice((head, f"Wakil {head}", "Sekda", "Kepala Dinas"))
    return f"{role} {place} {rng.choice(_ACTS)}. ({rng.choice(('Foto', 'Foto', 'Dok'))}: {credit})"


def _dateline(rng: random.Random, city: str, tag: str) -> str:
    return rng.choice((f"{city.upper()} -", f"{city.upper()}, {tag} -", f"{city} ({tag}) -",
                       f"{tag}, {city.upper()} –"))


# -- 1. an old PHP CMS: Lokomedia, PopojiCMS, CMS Balitbang -------------------------------

_SCHOOLS = (("SMA Negeri 1", "SMAN 1", "sman1"), ("SMK Negeri 2", "SMKN 2", "smkn2"),
            ("SMP Negeri 3", "SMPN 3", "smpn3"), ("MAN 1", "MAN 1", "man1"),
            ("SMA Negeri 2", "SMAN 2", "sman2"))
_DISTRICTS = ("Kota", "Utara", "Selatan", "Barat", "Timur", "Tengah", "Pesisir")
_POLLS = (("Bagaimana pendapat Anda tentang website ini?",
           ("Sangat Baik", "Baik", "Cukup", "Kurang")),
          ("Bagaimana kualitas pelayanan publik di daerah kami?",
           ("Sangat Puas", "Puas", "Kurang Puas", "Tidak Puas")),
          ("Informasi apa yang paling Anda butuhkan?",
           ("Berita Daerah", "Layanan Publik", "Pengumuman", "Agenda Kegiatan")))


def _lokomedia_site(rng: random.Random, kind: str, place: str) -> tuple[str, str, str, str]:
    """-> the site's name as its ``<title>`` gives it, its header's text, its host, and
    the credit of its photos."""
    kab = "Kab." if kind == "Kabupaten" else "Kota"
    owner = rng.choice(("pemda", "pemda", "sekolah", "kecamatan", "dinas"))
    gov = f"Pemerintah {kind} {place}"
    if owner == "pemda":
        site = rng.choice((gov, f"Website Resmi {gov}", f"Situs Resmi {kab} {place}",
                           f"{'Pemkot' if kind == 'Kota' else 'Pemkab'} {place}",
                           f"{kind} {place}"))
        return site, gov.upper(), _host(kind, place), "Humas"
    if owner == "sekolah":
        name, short, code = rng.choice(_SCHOOLS)
        site = rng.choice((f"{name} {place}", f"{short} {place}", f"Website {name} {place}",
                           f"{short} {place} - Unggul dan Berkarakter"))
        return (site, f"{name} {place}".upper(), f"{code}{slug(place).replace('-', '')}.sch.id",
                "Tim Jurnalistik")
    if owner == "kecamatan":
        district = f"{place} {rng.choice(_DISTRICTS)}"
        site = rng.choice((f"Kecamatan {district}", f"Kantor Camat {district}",
                           f"Website Kecamatan {district}"))
        return (site, f"KECAMATAN {district.upper()}",
                f"kec{slug(district).replace('-', '')}.{_host(kind, place)}", "Kecamatan")
    office, abbr = rng.choice((("Dinas Pendidikan", "Disdik"), ("Dinas Kesehatan", "Dinkes"),
                               ("Dinas Pariwisata", "Dispar"), ("Dinas Sosial", "Dinsos")))
    site = rng.choice((f"{office} {kind} {place}", f"{abbr} {kab} {place}",
                       f"{office} {kab} {place}"))
    return site, f"{office} {kind} {place}".upper(), f"{abbr.lower()}.{_host(kind, place)}", abbr


def _lokomedia_date(rng: random.Random, form: str, when: datetime, zone: str,
                    author: str) -> str:
    day = when.date()
    long_day = indonesian_date(day, day_name=True)
    return {
        "posted_by": f"Diposting oleh {author} pada {long_day} - {when:%H:%M:%S} {zone}",
        "day_time": f"{long_day} - {when:%H:%M:%S} {zone}",
        "day_time_short": f"{long_day}, {when:%H:%M} {zone}",
        "tanggal": f"Tanggal: {indonesian_date(day, day_name=rng.random() < 0.5)}",
        "long_day": long_day,
        "ditulis": f"Ditulis oleh {author} | {day:%d-%m-%Y} {when:%H:%M}",
        "jam": f"{long_day}, Jam {when:%H:%M}",
        "popoji": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}",
        "balitbang": f"Tanggal : {day:%d-%m-%Y}, Jam : {when:%H:%M:%S}",
        "dikirim": f"Dikirim oleh {author} ({day:%d/%m/%Y})",
    }[form]


def lokomedia_cms(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regency's, a district's, an office's or a school's site on an old PHP CMS:
    div soup with ids (``#wrapper``, ``#header``, ``#content``, ``#sidebar``), a running
    text, the headline as ``div.judul``, an h1, h2 or h3, Lokomedia's date line
    ("Diposting oleh admin pada Senin, 12 Mei 2025 - 09:15:33 WIB"), "Dibaca 1.234
    kali", "Kategori: Berita", AddThis or "Bagikan ke:" links, tags, "Berita Terkait",
    a comment form and a sidebar of a poll, an agenda, popular posts and a shoutbox."""
    cms = rng.choice(("lokomedia", "lokomedia", "popoji", "balitbang"))
    forms = {"lokomedia": ("posted_by", "posted_by", "day_time", "day_time_short", "tanggal",
                           "long_day", "ditulis", "jam"),
             "popoji": ("popoji", "popoji", "long_day", "day_time_short", "posted_by"),
             "balitbang": ("balitbang", "dikirim", "dikirim", "tanggal", "jam")}[cms]
    form = rng.choice(forms)
    zoneless = form in ("ditulis", "jam", "balitbang")
    timed = form in ("posted_by", "day_time", "day_time_short", "ditulis", "jam", "balitbang")
    kind, place, zone, _province = _region(rng, zones=("WIB",) if zoneless else tuple(ZONES))
    # Lokomedia's template prints "WIB" whatever the region's zone
    shown_zone = zone if zoneless or rng.random() < 0.7 else "WIB"
    site, header, host, credit = _lokomedia_site(rng, kind, place)
    base = f"http{'s' if rng.random() < 0.7 else ''}://{rng.choice(('www.', ''))}{host}"
    post_id = rng.randrange(12, 3500)
    s = slug(text.headline)
    url = base + {"lokomedia": rng.choice((f"/berita-{post_id}-{s}.html",
                                           f"/media.php?module=detailberita&id={post_id}",
                                           f"/detailberita-{post_id}-{s}.html")),
                  "popoji": rng.choice((f"/detailpost/{s}", f"/post/{s}")),
                  "balitbang": rng.choice((f"/index.php?id=berita&kode={post_id}",
                                           f"/berita.php?id={post_id}&judul={s}"))}[cms]
    if rng.random() < 1 / 8:
        return _lokomedia_listing(rng, text, cms, kind, place, zone, site, header, base)
    when = when_in(rng, shown_zone, seconds=form in ("posted_by", "day_time", "balitbang"))
    day = when.date()
    author = rng.choice(("admin", "admin", "Administrator", "operator", "redaksi",
                         f"Humas {place}", _person(rng)))
    shows_author = form in ("posted_by", "ditulis", "dikirim")
    j = Junk()

    printed = _lokomedia_date(rng, form, when, shown_zone, author)
    hits = rng.randrange(5, 9000)
    views = rng.choice((f"Dibaca {thousands(hits)} kali", f"Dibaca: {hits} kali",
                        f"Hits: {hits}", f"{hits} kali dibaca", f"Dilihat {hits} kali"))
    category = rng.choice(("Berita", "Berita Daerah", "Kegiatan", "Pengumuman", "Artikel",
                           "Berita Sekolah" if "sch.id" in host else "Pemerintahan"))
    lines = [printed]
    if not shows_author and rng.random() < 0.5:
        lines.append(rng.choice((f"Oleh: {author}", f"Penulis: {author}", f"Posted by {author}")))
        shows_author = True
    if rng.random() < 0.7:
        lines.append(views)
    with_category = rng.random() < 0.5
    if rng.random() < 0.5 or cms == "popoji":
        icons = ("fa fa-calendar", "fa fa-user", "fa fa-eye")
        meta = '<div class="post-meta">' + " ".join(
            f'<span><i class="{icons[min(k, 2)]}"></i> {j(line)}</span>'
            for k, line in enumerate(lines)) + "</div>"
    else:
        glue = rng.choice((" | ", " - ", " &nbsp; "))
        j.also(glue.replace("&nbsp;", "\u00a0").join(lines))
        meta = (f'<div class="{rng.choice(("tanggal", "waktu", "info-berita"))}">'
                + glue.join(f"<span>{j(line)}</span>" for line in lines) + "</div>")
    category_html = ""
    if with_category:
        j.also(f"Kategori: {category}")
        category_html = (f'<div class="kategori">{j("Kategori:")} <a href="{base}/kategori-'
                         f'{rng.randrange(1, 30)}-{slug(category)}.html">{j(category)}</a></div>')

    image = ""
    if rng.random() < 0.7:
        folder = rng.choice(("foto_berita", "foto_berita/small_", "po-content/uploads/",
                             "images/berita/"))
        sep = "" if folder.endswith(("_", "/")) else "/"
        look = rng.choice(('align="left" hspace="5"', 'class="gambar"', 'width="100%"',
                           'border="0"'))
        image = (f'<img src="{base}/{folder}{sep}{rng.randrange(10, 99)}{token(rng, 6)}.jpg" '
                 f'{look} alt="">')
        if rng.random() < 0.45:
            caption = _caption(rng, kind, place, credit)
            image = (f'<div class="{rng.choice(("foto", "gambar-berita", "img-berita"))}">'
                     f'{image}<div class="keterangan">{j(caption)}</div></div>')

    markup = rng.choice(("plain", "justify", "align", "word", "font", "div", "br"))
    paragraphs = list(text.paragraphs)
    dateline = ""
    if rng.random() < 0.3:
        dateline = _dateline(rng, place, rng.choice(("Humas", "Prokopim", credit)))
    body_parts: list[str] = []
    if markup == "br":
        first = (f"<b>{j(dateline)}</b> " if dateline else "") + escape(paragraphs[0])
        body_parts.append("<br /><br />".join([first, *(escape(p) for p in paragraphs[1:])]))
    else:
        for n, paragraph in enumerate(paragraphs):
            html = _p(markup, paragraph)
            if n == 0 and dateline:
                html = html.replace(escape(paragraph), f"<strong>{j(dateline)}</strong> "
                                    f"{escape(paragraph)}", 1)
            body_parts.append(html)
            if n == 1 and len(paragraphs) > 3 and rng.random() < 0.3:
                other = other_texts(rng, text, 1)[0]
                label = rng.choice(("Baca juga:", "Baca Juga :", "Berita terkait:"))
                j.also(f"{label} {other.headline}")
                body_parts.append(f'<p><b>{escape(label)}</b> <a href="{base}/berita-'
                                  f'{rng.randrange(12, 3500)}-{slug(other.headline)}.html">'
                                  f"{escape(other.headline)}</a></p>")
            if rng.random() < 0.06:
                body_parts.append("<p>&nbsp;</p>")
    if rng.random() < 0.45:
        mark = rng.choice(("(adm)", "(hms)", f"({credit.lower()})", "***",
                           f"Sumber: Bagian Prokopim Setda {place}", f"(Humas {place})"))
        body_parts.append(f"<p>{j(mark)}</p>")
    content = (f'<div class="{rng.choice(("isi", "isi_berita", "isiberita", "post-content"))}">'
               + "\n".join(body_parts) + "</div>")

    share = ""
    share_kind = rng.choice(("addthis", "label", "label", "words", "none"))
    if share_kind == "addthis":
        share = ('<div class="addthis_toolbox addthis_default_style"><a class="addthis_button_'
                 'facebook_like" fb:like:layout="button_count"></a><a class="addthis_button_tweet">'
                 '</a><a class="addthis_counter addthis_pill_style"></a></div>')
    elif share_kind == "label":
        label = rng.choice(("Bagikan ke:", "Share :", "Share", "Bagikan:"))
        share = (f'<div class="share">{j(label)} <a href="https://www.facebook.com/sharer.php?u='
                 f'{attr(url)}"><img src="{base}/images/fb.png" alt="Facebook"></a> <a href="'
                 f'https://twitter.com/share?url={attr(url)}"><img src="{base}/images/tw.png" '
                 'alt="Twitter"></a> <a href="whatsapp://send?text=' + attr(url)
                 + f'"><img src="{base}/images/wa.png" alt="WhatsApp"></a></div>')
    elif share_kind == "words":
        words = rng.sample(("Facebook", "Twitter", "WhatsApp", "Email"), rng.randrange(2, 5))
        label = rng.choice(("Share:", "Bagikan:"))
        j.also(" ".join((label, *words)))
        share = (f'<div class="share-berita">{j(label)} ' + " ".join(
            f'<a href="#" class="share-{w.lower()}">{j(w)}</a>' for w in words) + "</div>")
    tools = ""
    if rng.random() < 0.3:
        picked = rng.sample(("Cetak Berita", "Kirim ke Teman", "Simpan PDF", "Kembali"), 2)
        tools = ('<div class="tools">' + " | ".join(
            f'<a href="#">{j(t)}</a>' for t in picked) + "</div>")
        j.also(" | ".join(picked))
    tags = ""
    if rng.random() < 0.4:
        chosen = rng.sample(_TAGS, rng.randrange(2, 5))
        j.also("Tags: " + ", ".join(chosen))
        tags = (f'<div class="tag">{j("Tags:")} ' + ", ".join(
            f'<a href="{base}/tag/{slug(t)}">{j(t)}</a>' for t in chosen) + "</div>")

    related_inside = rng.random() < 0.5
    related_heading = rng.choice(("Berita Terkait", "Berita Lainnya", "Artikel Terkait",
                                  "Baca Juga Berita Lainnya"))
    related_items = []
    for k, other in enumerate(other_texts(rng, text, rng.choice((3, 4, 5)))):
        other_day = day - timedelta(days=k + rng.randrange(1, 20))
        stamp = f"({other_day:%d/%m/%Y})" if rng.random() < 0.5 else ""
        title_html = j(other.headline) if related_inside else escape(other.headline)
        stamp_html = (j(stamp) if related_inside else stamp) if stamp else ""
        related_items.append(f'<li><a href="{base}/berita-{rng.randrange(12, 3500)}-'
                             f'{slug(other.headline)}.html">{title_html}</a> {stamp_html}</li>')
    related = (f'<div class="berita-terkait"><h4>'
               f'{j(related_heading) if related_inside else escape(related_heading)}</h4><ul>'
               + "".join(related_items) + "</ul></div>")

    tag_name = rng.choice(("div", "h1", "h2", "h3", "span"))
    headline_class = rng.choice(("judul", "judul_berita", "judulberita", "post-title", "title"))
    headline = f'<{tag_name} class="{headline_class}">{escape(text.headline)}</{tag_name}>'
    if tag_name == "span":
        headline = f"<div>{headline}</div>"
    meta_first = rng.random() < 0.75
    share_top = share and rng.random() < 0.3
    if image and rng.random() < 0.3:  # the picture inside the body, before its text
        content = content.replace(">", ">" + image, 1)
        image = ""
    block = "".join((headline, "" if meta_first else category_html,
                     meta if meta_first else "", share if share_top else "", image, content,
                     "" if meta_first else meta, category_html if meta_first else "",
                     tags, "" if share_top else share, tools,
                     related if related_inside else ""))
    box_class = rng.choice(("box-berita", "detail_berita", "artikel", "post", "konten-berita"))
    article = f'<div class="{box_class}">{block}</div>'

    comments = rng.sample(_COMMENTS, rng.choice((0, 0, 1, 2, 3)))
    shown = "".join(
        f'<div class="komentar-item"><b>{escape(rng.choice(_COMMENTERS))}</b> - '
        f"<small>{indonesian_date(day + timedelta(days=k + 1), day_name=False)}</small>"
        f"<p>{escape(c)}</p></div>" for k, c in enumerate(comments))
    comment_box = (
        f'<div id="komentar"><h3>{len(comments)} Komentar</h3>{shown}<h3>'
        f'{rng.choice(("Isi Komentar", "Tulis Komentar", "Kirim Komentar Anda"))}</h3>'
        f'<form action="{base}/simpankomentar.php" method="POST"><input type="hidden" '
        f'name="id" value="{post_id}"><label>Nama</label><br><input type="text" name="nama_'
        'komentar" size="40"><br><label>Website</label><br><input type="text" name="url" '
        'size="40"><br><label>Komentar</label><br><textarea name="isi_komentar" cols="50" '
        'rows="6"></textarea><br><img src="captcha.php" alt=""> <input type="text" name='
        '"kode" size="6"> (masukkan 6 kode di atas)<br><input type="submit" value="Kirim">'
        "</form></div>")

    poll_question, poll_options = rng.choice(_POLLS)
    poll = ('<div class="sidebar-box"><h3>Jajak Pendapat</h3><form method="POST" action="'
            f'{base}/hasil-poling.html"><p>{poll_question}</p>' + "".join(
                f'<input type="radio" name="pilihan" value="{k}"> {o}<br>'
                for k, o in enumerate(poll_options)) + '<input type="submit" value="Pilih"> '
            f'<a href="{base}/lihat-poling.html">Lihat Hasil</a></form></div>')
    agenda = ('<div class="sidebar-box"><h3>Agenda</h3><ul>' + "".join(
        f"<li><b>{indonesian_date(day + timedelta(days=rng.randrange(1, 30)), day_name=False)}"
        f"</b><br>{a}</li>" for a in rng.sample((
            "Rapat Koordinasi Lintas Sektor", "Upacara Peringatan Hari Besar Nasional",
            "Musyawarah Perencanaan Pembangunan", "Penilaian Lomba Kebersihan",
            "Ujian Akhir Semester", "Pelantikan Pengurus OSIS"), 3)) + "</ul></div>")
    popular = ('<div class="sidebar-box"><h3>'
               + rng.choice(("Berita Terpopuler", "Populer", "Paling Banyak Dibaca"))
               + "</h3><ul>" + "".join(
                   f'<li><a href="{base}/berita-{rng.randrange(12, 3500)}-{slug(o.headline)}'
                   f'.html">{escape(o.headline)}</a> ({rng.randrange(100, 9000)} kali)</li>'
                   for o in other_texts(rng, text, 5)) + "</ul></div>")
    shoutbox = ""
    if cms == "lokomedia" and rng.random() < 0.5:
        shoutbox = ('<div class="sidebar-box"><h3>Shoutbox</h3><marquee direction="up" '
                    'scrollamount="1" height="120">' + "".join(
                        f"<b>{escape(rng.choice(_COMMENTERS))}</b>: {escape(c)}<br>"
                        for c in rng.sample(_COMMENTS, 3)) + "</marquee></div>")
    stats = ('<div class="sidebar-box"><h3>Statistik Pengunjung</h3>'
             f"Pengunjung hari ini : {rng.randrange(10, 500)}<br>Total pengunjung : "
             f"{thousands(rng.randrange(10**4, 10**6))}<br>Hits hari ini : "
             f"{rng.randrange(100, 3000)}<br>Pengunjung Online : {rng.randrange(1, 40)}</div>")
    categories = ('<div class="sidebar-box"><h3>Kategori</h3><ul>' + "".join(
        f'<li><a href="{base}/kategori-{k}-{slug(c)}.html">{c}</a> ({rng.randrange(3, 400)})</li>'
        for k, c in enumerate(("Berita", "Pengumuman", "Artikel", "Kegiatan", "Galeri"), 1))
        + "</ul></div>")
    sidebar = [poll, agenda, popular, shoutbox, stats, categories]
    rng.shuffle(sidebar)

    if rng.random() < 0.15:
        title = text.headline
    elif rng.random() < 0.15:
        title = f"{site} | {rng.choice(('Berita', 'Detail Berita'))} | {text.headline}"
    else:
        title = joined_title(rng, text.headline, site)
    head = ""
    if cms == "popoji" or rng.random() < 0.25:
        head = (f'<meta property="og:title" content="{attr(rng.choice((text.headline, title)))}">'
                f'<meta property="og:type" content="article"><meta property="og:url" content="'
                f'{attr(url)}"><meta property="og:image" content="{base}/po-content/uploads/'
                f'{token(rng, 8)}.jpg"><meta property="og:description" content="'
                f'{attr(_teaser(rng, text.paragraphs[0]))}">')
    theme_dir = "po-content/themes/chingsy" if cms == "popoji" else "templates/default"
    powered = {"lokomedia": "Lokomedia", "popoji": "PopojiCMS", "balitbang": "CMS Balitbang"}[cms]
    menu = ("Beranda", "Profil", "Berita", "Agenda", "Galeri Foto", "Download", "Buku Tamu",
            "Hubungi Kami")
    menu_html = "".join(f'<li><a href="{base}/{slug(m)}.html">{m}</a></li>' for m in menu)
    today = day + timedelta(days=rng.randrange(0, 90))
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)}</title>
<meta name="robots" content="index, follow" />
<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}" />
<meta name="keywords" content="{attr(", ".join(text.headline.lower().split()[:6]))}" />
<meta name="author" content="{attr(site)}" />
{head}
<link rel="shortcut icon" href="{base}/favicon.ico" />
<link href="{base}/{theme_dir}/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{base}/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><div id="logo"><a href="{base}/"><img src="{base}/images/logo.png" alt="" />
</a></div><div id="nama-situs">{escape(header)}<br /><span class="alamat">{rng.choice(_STREETS)},
 {escape(place)}</span></div></div>
<div id="menu"><ul class="nav">{menu_html}</ul></div>
<div id="running-text"><marquee onmouseover="this.stop()" onmouseout="this.start()">Selamat Datang
 di Website Resmi {escape(header.title())} &bull; {indonesian_date(today, day_name=True)}</marquee>
</div>
<div id="content">
<div id="kiri">
<div class="breadcrumb"><a href="{base}/">Beranda</a> &raquo; <a href="{base}/semua-berita.html">
Berita</a></div>
{article}
{"" if related_inside else related}
{comment_box}
</div>
<div id="sidebar">
<div class="sidebar-box"><form method="POST" action="{base}/hasil-pencarian.html">
<input type="text" name="kata" placeholder="Cari..." /><input type="submit" value="Cari" />
</form></div>
{"".join(sidebar)}
</div>
<div class="clear"></div>
</div>
<div id="footer">Copyright &copy; {today.year} {escape(header.title())}. All Rights Reserved.<br />
{rng.choice(_STREETS)}, {escape(place)} - Telp. {_phone(rng)}<br />
Powered by {powered}
</div>
</div>
</body>
</html>"""
    author_truth = author if shows_author else None
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author_truth,
                            site, tuple(j.lines))


def _lokomedia_listing(rng: random.Random, text: Text, cms: str, kind: str, place: str,
                       zone: str, site: str, header: str, base: str) -> tuple[str, str, Truth]:
    """The CMS's "Semua Berita" or a category's index: teasers with a thumbnail, a date
    and "Selengkapnya", and page numbers."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Semua Berita", "Berita", "Kategori: Berita", "Arsip Berita",
                          "Indeks Berita"))
    items = []
    shown = listing_items(rng, text, day, rng.randrange(5, 11))
    for other, other_day in shown:
        items.append(
            f'<div class="list-berita"><img src="{base}/foto_berita/small_{token(rng, 8)}.jpg" '
            f'align="left" alt="" /><h3><a href="{base}/berita-{rng.randrange(12, 3500)}-'
            f'{slug(other.headline)}.html">{escape(other.headline)}</a></h3><span class="tanggal">'
            f"{indonesian_date(other_day, day_name=True)}</span><p>"
            f"{escape(_teaser(rng, other.paragraphs[0]))} <a href=\"#\">Selengkapnya &raquo;"
            "</a></p></div>")
    pages = " ".join(f'<a href="{base}/semua-berita-{k}.html">{k}</a>' for k in range(1, 6))
    url = f"{base}/{'semua-berita.html' if cms != 'popoji' else 'category/berita'}"
    title = joined_title(rng, heading, site)
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)}</title></head>
<body><div id="wrapper"><div id="header"><div id="nama-situs">{escape(header)}</div></div>
<div id="menu"><ul class="nav"><li><a href="{base}/">Beranda</a></li>
<li><a href="{base}/profil.html">Profil</a></li>
<li><a href="{base}/semua-berita.html">Berita</a></li></ul></div>
<div id="content"><div id="kiri"><h2 class="judul">{escape(heading)}</h2>
{"".join(items)}
<div class="paging">Halaman: {pages} <a href="#">Next &rsaquo;</a></div></div>
<div id="sidebar"><div class="sidebar-box"><h3>Agenda</h3><ul><li>Rapat koordinasi</li></ul></div>
</div></div>
<div id="footer">Copyright &copy; {day.year} {escape(header.title())}</div></div></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


# -- 2. a village's OpenSID site ---------------------------------------------------------

_VILLAGES = ("Sukamaju", "Tanjung Harapan", "Air Bening", "Sidomulyo", "Lubuk Sikaping",
             "Mekar Jaya", "Batu Merah", "Waiheru", "Kuala Dua", "Sungai Rengas", "Tirta Sari",
             "Wonorejo", "Bukit Raya", "Pasir Putih", "Teluk Dalam", "Sumber Rejo", "Oebobo",
             "Padang Luas", "Lembah Hijau", "Karang Anyar")
_KECAMATAN = ("Kota Baru", "Sungai Raya", "Lembah Sari", "Pantai Timur", "Gunung Meriah",
              "Tanah Merah", "Danau Indah", "Muara Dua", "Pulau Besar", "Talang Jaya")
_APARAT = ("Kepala Desa", "Sekretaris Desa", "Kaur Keuangan", "Kaur Umum dan Perencanaan",
           "Kasi Pemerintahan", "Kasi Kesejahteraan", "Kasi Pelayanan")
_DESA_ACTS = ("Musyawarah Desa di balai desa", "penyaluran BLT Dana Desa tahap II",
              "gotong royong warga membersihkan saluran air", "kegiatan posyandu balita",
              "pembangunan jalan rabat beton di dusun", "pelatihan kader PKK")


def _village_word(province: str) -> str:
    if province == "Sumatera Barat":
        return "Nagari"
    if province == "Aceh":
        return "Gampong"
    if province.startswith("Papua"):
        return "Kampung"
    return "Desa"


def _opensid_date(rng: random.Random, form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "tgl_indo": indonesian_date(day, day_name=False),
        "hari": indonesian_date(day, day_name=True),
        "tgl_indo2": f"{indonesian_date(day, day_name=False)} {when:%H:%M:%S}",
        "zoned": f"{indonesian_date(day, day_name=rng.random() < 0.5)} - {when:%H:%M} {zone}",
        "slash": f"{day:%d/%m/%Y}",
        "pukul": f"{indonesian_date(day, day_name=True)}, pukul {when:%H.%M} {zone}",
    }[form]


def opensid_desa(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A village's article on OpenSID: the village's header (its logo, "Desa X Kecamatan
    Y Kabupaten Z" and its address), a running text, a breadcrumb "Beranda / Artikel",
    the headline (natra's ``h2.post_titile``, klasik's ``h2.judul``, esensi's Tailwind
    ``h1``), font-awesome meta icons (author, date, "Dibaca 123 Kali", category), the
    main picture and up to three more with captions, "Bagikan" buttons, "Artikel
    Terkait", the comment form and a column of the village's widgets."""
    form = rng.choice(("tgl_indo", "tgl_indo", "hari", "tgl_indo2", "zoned", "slash", "pukul"))
    zoneless = form == "tgl_indo2"
    timed = form in ("tgl_indo2", "zoned", "pukul")
    kind, place, zone, province = _region(rng, zones=("WIB",) if zoneless else tuple(ZONES),
                                          kinds=("Kabupaten",))
    word = _village_word(province)
    village = rng.choice(_VILLAGES)
    kecamatan = rng.choice(_KECAMATAN)
    full = f"{word} {village} Kecamatan {kecamatan} Kabupaten {place}"
    site = rng.choice((f"{word} {village}", f"{word} {village} Kecamatan {kecamatan}",
                       f"Website Resmi {word} {village}", full,
                       f"Website {word} {village} Kec. {kecamatan} Kab. {place}"))
    vs = slug(village).replace("-", "")
    host = rng.choice((f"{vs}.desa.id", f"{vs}-{slug(place).replace('-', '')}.desa.id",
                       f"{vs}.{_host(kind, place)}", f"sid.{vs}.desa.id", f"{vs}.id"))
    base = f"https://{host}"
    theme = rng.choice(("natra", "natra", "klasik", "esensi"))
    when = when_in(rng, zone, seconds=form == "tgl_indo2")
    day = when.date()
    post_id = rng.randrange(5, 900)
    s = slug(text.headline)
    url = base + rng.choice((f"/artikel/{day.year}/{day.month}/{day.day}/{s}",
                             f"/index.php/artikel/{day.year}/{day.month}/{day.day}/{s}",
                             f"/first/artikel/{post_id}",
                             f"/index.php/first/artikel/{post_id}-{s}"))
    if rng.random() < 1 / 8:
        return _opensid_listing(rng, text, theme, site, full, base, zone)
    author = rng.choice(("Administrator", "Administrator", "admin", "Operator Desa",
                         f"Admin {word} {village}", "Kaur Umum", _person(rng)))
    j = Junk()

    printed = _opensid_date(rng, form, when, zone)
    hits = rng.randrange(3, 4000)
    views = rng.choice((f"Dibaca {hits} Kali", f"{hits} Kali Dibaca", f"Dilihat {hits} kali",
                        f"{thousands(hits)} kali dilihat"))
    category = rng.choice(("Berita Desa", "Berita Desa", "Kegiatan", "Pengumuman",
                           "Pemerintahan Desa", "Pembangunan", "Kesehatan"))
    fa = rng.choice((("fa fa-user", "fa fa-calendar", "fa fa-eye", "fa fa-folder-open"),
                     ("fas fa-user", "fas fa-calendar-alt", "fas fa-eye", "fas fa-bookmark"),
                     ("fa fa-user-circle", "fa fa-clock-o", "fa fa-eye", "fa fa-tag")))
    items = [(fa[0], author), (fa[1], printed), (fa[2], views)]
    if rng.random() < 0.6:
        items.append((fa[3], category))
    if rng.random() < 0.4:
        items[0], items[1] = items[1], items[0]
    if rng.random() < 0.2:
        items = [item for item in items if item[1] != views]
    if theme == "esensi":
        meta = ('<div class="flex flex-wrap gap-x-4 text-sm text-gray-500 mb-4">' + "".join(
            f'<span class="inline-flex items-center"><i class="{icon} mr-1"></i>{j(value)}'
            "</span>" for icon, value in items) + "</div>")
    elif rng.random() < 0.5:
        meta = ('<div class="post_commentbox">' + "".join(
            f'<a href="#"><i class="{icon}"></i> {j(value)}</a>' for icon, value in items)
            + "</div>")
    else:
        meta = ('<ul class="list-inline meta-artikel">' + "".join(
            f'<li class="list-inline-item"><i class="{icon}"></i> {j(value)}</li>'
            for icon, value in items) + "</ul>")

    def picture(main: bool, n: int) -> str:
        src = (f"{base}/desa/upload/artikel/{'sedang_' if main else 'kecil_'}"
               f"{rng.randrange(1600000000, 1750000000)}_{token(rng, 6)}.jpg")
        img = f'<img class="img-fluid" src="{src}" alt="{attr(text.headline) if main else ""}">'
        caption = ""
        if rng.random() < (0.35 if main else 0.7):
            caption = rng.choice((f"Gambar {n}: {rng.choice(_DESA_ACTS).capitalize()}",
                                  f"{rng.choice(_DESA_ACTS).capitalize()} di {word} {village}",
                                  f"Dokumentasi {rng.choice(_DESA_ACTS)}"))
            caption = f'<p class="caption text-center"><em>{j(caption)}</em></p>'
        return f'<div class="{"sing_img" if main else "gambar-artikel"}">{img}{caption}</div>'

    main_picture = picture(True, 1) if rng.random() < 0.8 else ""
    markup = rng.choice(("plain", "justify", "justify", "word", "div"))
    parts = []
    dateline = ""
    if rng.random() < 0.2:
        dateline = rng.choice((f"{village} -", f"{word} {village} -",
                               f"{village.upper()}, {kecamatan} –"))
    extra = rng.choice((0, 0, 1, 2, 3))
    for n, paragraph in enumerate(text.paragraphs):
        html = _p(markup, paragraph)
        if n == 0 and dateline:
            html = html.replace(escape(paragraph), f"<b>{j(dateline)}</b> {escape(paragraph)}", 1)
        parts.append(html)
        if rng.random() < 0.05:
            parts.append('<p>&nbsp;</p>')
    if rng.random() < 0.3:
        sign = rng.choice((f"(Admin {word})", "(Operator)", f"Sumber: Pemerintah {word} {village}",
                           f"Salam, Kepala {word} {village}"))
        parts.append(f"<p>{j(sign)}</p>")
    extras = "".join(picture(False, k + 2) for k in range(extra))
    extras_inside_text = extras and rng.random() < 0.5
    if extras_inside_text and len(parts) > 2:
        parts.insert(2, extras)
    elif extras:
        parts.append(extras)

    share = ""
    if rng.random() < 0.85:
        names = [n for n in ("Facebook", "Twitter", "WhatsApp", "Telegram") if rng.random() < 0.8]
        label = rng.choice(("Bagikan:", "Bagikan", "Bagikan artikel ini:", "Share:"))
        words = rng.random() < 0.5 and bool(names)
        if words:
            j.also(" ".join((label, *names)))
        share = (f'<div class="share-artikel"><span>{j(label)}</span> ' + " ".join(
            f'<a href="#" class="sosmed {n.lower()}" title="Bagikan ke {n}">'
            f'<i class="fa fa-{n.lower()}"></i>{" " + j(n) if words else ""}</a>' for n in names)
            + "</div>")
    related_inside = rng.random() < 0.4
    related_heading = rng.choice(("Artikel Terkait", "Artikel Lainnya", "Baca Juga"))
    related_items = []
    for k, other in enumerate(other_texts(rng, text, rng.choice((3, 4, 5, 6)))):
        other_day = indonesian_date(day - timedelta(days=k + rng.randrange(1, 25)), day_name=False)
        title_html = j(other.headline) if related_inside else escape(other.headline)
        date_html = j(other_day) if related_inside else other_day
        related_items.append(
            f'<li><a href="{base}/artikel/{other_day.split()[-1]}/{rng.randrange(1, 13)}/'
            f'{rng.randrange(1, 29)}/{slug(other.headline)}">{title_html}</a><br><small>'
            f'<i class="{fa[1]}"></i> {date_html}</small></li>')
    shown_heading = j(related_heading) if related_inside else related_heading
    related = (f'<div class="artikel-terkait"><h4>{shown_heading}</h4><ul>'
               f'{"".join(related_items)}</ul></div>')

    if theme == "natra":
        headline = f'<h2 class="post_titile">{escape(text.headline)}</h2>'
        body = f'<div class="single_page_content">{main_picture}{"".join(parts)}</div>'
        article = (f'<div class="single_page_area">{headline}{meta}{body}{share}'
                   f'{related if related_inside else ""}</div>')
    elif theme == "klasik":
        headline = f'<h2 class="judul">{escape(text.headline)}</h2>'
        body = f'<div class="teks">{"".join(parts)}</div>'
        article = (f'<div class="artikel" id="{post_id}">{headline}<div class="box-body">{meta}'
                   f'{main_picture}{body}</div>{share}{related if related_inside else ""}</div>')
    else:
        headline = (f'<h1 class="text-h2 font-bold leading-tight mb-2">{escape(text.headline)}'
                    "</h1>")
        body = f'<div class="content space-y-3 leading-relaxed">{"".join(parts)}</div>'
        article = (f'<article class="bg-white shadow rounded-lg p-5">{headline}{meta}'
                   f'{main_picture}{body}{share}{related if related_inside else ""}</article>')

    comments = rng.sample(_COMMENTS, rng.choice((0, 0, 0, 1, 2)))
    listed = "".join(
        f'<div class="komentar"><i class="fa fa-comment"></i> <b>{escape(rng.choice(_COMMENTERS))}'
        f"</b> <small>{indonesian_date(day + timedelta(days=k), day_name=False)}</small>"
        f"<p>{escape(c)}</p></div>" for k, c in enumerate(comments))
    about = (f"Komentar atas {escape(text.headline)}" if rng.random() < 0.3 else
             rng.choice(("Komentar", "Formulir Penulisan Komentar", "Tinggalkan Komentar")))
    comment_box = (
        f'<div class="form-komentar"><h4>{about}</h4>'
        f'{listed or "<p>Belum ada komentar.</p>"}<form action="{base}/add_comment/{post_id}" '
        'method="POST"><div class="form-group"><label>Nama</label><input type="text" name="owner" '
        'class="form-control"></div><div class="form-group"><label>No. HP</label><input type="text"'
        ' name="no_hp" class="form-control"></div><div class="form-group"><label>Alamat Email'
        '</label><input type="email" name="email" class="form-control"></div><div class="form-'
        'group"><label>Komentar</label><textarea name="komentar" class="form-control"></textarea>'
        f'</div><img id="captcha" src="{base}/securimage/securimage_show.php" alt="CAPTCHA Image">'
        '<input type="text" name="captcha_code" maxlength="6" placeholder="Isikan kode di gambar">'
        '<button type="submit" class="btn btn-primary">Kirim</button></form></div>')

    aparat = "".join(f"<li><b>{_person(rng)}</b><br><small>{role}</small></li>"
                     for role in rng.sample(_APARAT, 4))
    widgets = [
        f'<div class="widget"><h3 class="widget-title">Aparatur {word}</h3><ul>{aparat}</ul></div>',
        '<div class="widget"><h3 class="widget-title">Statistik Pengunjung</h3><table>'
        f"<tr><td>Hari ini</td><td>{rng.randrange(5, 200)}</td></tr><tr><td>Kemarin</td><td>"
        f"{rng.randrange(5, 200)}</td></tr><tr><td>Jumlah pengunjung</td><td>"
        f"{thousands(rng.randrange(2000, 300000))}</td></tr></table></div>",
        '<div class="widget"><h3 class="widget-title">Arsip Artikel</h3><ul class="nav nav-tabs">'
        '<li class="active"><a href="#terkini">Terkini</a></li><li><a href="#populer">Populer</a>'
        "</li><li><a href=\"#acak\">Acak</a></li></ul><ul>" + "".join(
            f'<li><a href="{base}/artikel/{day.year}/{day.month}/{rng.randrange(1, 29)}/'
            f'{slug(o.headline)}">{escape(o.headline)}</a></li>' for o in other_texts(rng, text, 5))
        + "</ul></div>",
        '<div class="widget"><h3 class="widget-title">Jam Kerja</h3><table><tr><td>Senin - Kamis'
        "</td><td>08:00 - 15:00</td></tr><tr><td>Jumat</td><td>08:00 - 11:30</td></tr><tr><td>"
        "Sabtu - Minggu</td><td>Libur</td></tr></table></div>",
        f'<div class="widget"><h3 class="widget-title">Wilayah {word}</h3><div id="map_wilayah" '
        'style="height:250px"></div></div>',
        '<div class="widget"><h3 class="widget-title">Transparansi Anggaran</h3><p>APBDes '
        f"{day.year} Pelaksanaan</p><p>Pendapatan: Rp"
        f"{thousands(rng.randrange(8 * 10**8, 3 * 10**9))}</p><p>Belanja: Rp"
        f"{thousands(rng.randrange(8 * 10**8, 3 * 10**9))}</p></div>",
        '<div class="widget"><h3 class="widget-title">Layanan Mandiri</h3><form action="'
        f'{base}/layanan-mandiri/cek" method="post"><input type="text" name="nik" placeholder='
        '"NIK"><input type="password" name="pin" placeholder="PIN"><button>Masuk</button></form>'
        "</div>",
    ]
    rng.shuffle(widgets)
    widgets = widgets[: rng.randrange(4, 8)]

    joined = rng.random()
    if joined < 0.4:
        title = f"{text.headline} | {site}"
    elif joined < 0.55:
        title = f"Artikel {text.headline} - {site}"
    elif joined < 0.7:
        title = f"{text.headline} - Website Resmi {full}"
    else:
        title = joined_title(rng, text.headline, site, separators=(" | ", " - ", " :: "))
    og = ""
    og_kind = rng.choice(("none", "none", "joined", "headline"))
    if og_kind != "none":
        og = (f'<meta property="og:title" content="'
              f'{attr(title if og_kind == "joined" else text.headline)}"><meta property="og:site_'
              f'name" content="{attr(site)}"><meta property="og:type" content="article">'
              f'<meta property="og:url" content="{attr(url)}"><meta property="og:description" '
              f'content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    crumb_last = rng.choice(("", escape(text.headline), escape(category)))
    crumbs = (f'<ol class="breadcrumb"><li><a href="{base}">Beranda</a></li><li><a href="{base}/'
              f'artikel">Artikel</a></li>{f"<li>{crumb_last}</li>" if crumb_last else ""}</ol>')
    menu = ("Beranda", f"Profil {word}", "Pemerintahan", "Data " + word, "Regulasi", "Lapak",
            "Peta", "Status IDM", "Layanan Mandiri")
    today = day + timedelta(days=rng.randrange(0, 60))
    road = rng.choice(("Poros", "Raya", "Lintas", "Utama"))
    address = f"Jl. {road} {word} {village} No. {rng.randrange(1, 40)}"
    menu_html = "".join(f'<li><a href="{base}/{slug(m)}">{m}</a></li>' for m in menu)
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="Website Resmi {attr(full)}">
{og}
<link rel="shortcut icon" href="{base}/favicon.ico">
<link rel="stylesheet" href="{base}/themes/{theme}/assets/css/style.css?{token(rng, 8)}">
<link rel="stylesheet" href="{base}/assets/css/font-awesome.min.css">
</head>
<body>
<div class="header-wrap"><div class="container"><div class="logo-desa">
<img src="{base}/desa/logo/{token(rng, 8)}.png" alt="Logo {escape(word)} {escape(village)}"
 width="80">
</div><div class="nama-desa"><h1>{escape(word.upper())} {escape(village.upper())}</h1>
<p>Kecamatan {escape(kecamatan)} Kabupaten {escape(place)} Provinsi {escape(province)}</p>
<p class="alamat">{escape(address)}</p></div></div></div>
<div class="teks-berjalan"><marquee>Selamat datang di Website Resmi {escape(word)} {escape(village)}
 &bull; Pelayanan administrasi kependudukan setiap hari kerja</marquee></div>
<nav class="navbar main-menu"><ul>{menu_html}</ul></nav>
<div class="container main-content"><div class="row"><div class="col-md-8">
{crumbs}
{article}
{"" if related_inside else related}
{comment_box}
</div>
<div class="col-md-4 sidebar">{"".join(widgets)}</div></div></div>
<footer class="footer"><div class="container"><p>{escape(full)}<br>{escape(address)}<br>
Email: admin@{host} | Telp. {_phone(rng)}</p><p class="copyright">&copy; {today.year} Powered by
 <a href="https://opendesa.id">OpenSID</a> {rng.randrange(23, 25)}.{rng.randrange(1, 13):02d}
 &bull; Tema {theme.title()}</p></div></footer>
<script src="{base}/assets/js/jquery.min.js"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author,
                            site, tuple(j.lines))


def _opensid_listing(rng: random.Random, text: Text, theme: str, site: str, full: str,
                     base: str, zone: str) -> tuple[str, str, Truth]:
    """A category's or the front page's list of articles, with "Selengkapnya" links."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Artikel Terkini", "Berita Desa", "Arsip Artikel",
                          "Artikel Kategori : Berita Desa", "Kategori: Kegiatan"))
    shown = listing_items(rng, text, day, rng.randrange(4, 10))
    items = "".join(
        f'<div class="artikel-list"><img src="{base}/desa/upload/artikel/kecil_'
        f'{token(rng, 10)}.jpg" alt=""><h3><a href="{base}/artikel/{d.year}/{d.month}/{d.day}'
        f'/{slug(o.headline)}">'
        f'{escape(o.headline)}</a></h3><div class="meta"><i class="fa fa-calendar"></i> '
        f'{indonesian_date(d, day_name=False)} <i class="fa fa-user"></i> Administrator</div>'
        f"<p>{escape(_teaser(rng, o.paragraphs[0]))}</p><a href=\"#\" class=\"btn btn-sm\">"
        "Selengkapnya</a></div>" for o, d in shown)
    url = f"{base}/{rng.choice(('artikel/kategori/berita-desa', 'first', 'arsip'))}"
    title = joined_title(rng, heading, site, separators=(" | ", " - "))
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(title)}</title></head>
<body><div class="header-wrap"><h1>{escape(full.upper())}</h1></div>
<div class="container"><div class="row"><div class="col-md-8"><h2 class="judul-kategori">
{escape(heading)}</h2>{items}<ul class="pagination"><li><a href="#">1</a></li><li><a href="#">2</a>
</li><li><a href="#">&raquo;</a></li></ul></div><div class="col-md-4 sidebar">
<div class="widget"><h3>Statistik Pengunjung</h3><p>Hari ini: {rng.randrange(5, 200)}</p></div>
</div></div></div><footer>&copy; {day.year} Powered by OpenSID &bull; Tema {theme.title()}</footer>
</body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)

# -- 3. WordPress on a block theme (or a block-editor theme) -------------------------------

_WP_OUTLETS = (("Teras Malut", "terasmalut.com", "WIT", "Ternate"),
               ("Lensa Kaltim", "lensakaltim.co.id", "WITA", "Samarinda"),
               ("Warta Flobamora", "wartaflobamora.id", "WITA", "Kupang"),
               ("Sumsel Update", "sumselupdate.net", "WIB", "Palembang"),
               ("Detak Papua", "detakpapua.com", "WIT", "Jayapura"),
               ("Suara Sulbar", "suarasulbar.id", "WITA", "Mamuju"),
               ("Jambi Satu", "jambisatu.co.id", "WIB", "Jambi"),
               ("Kabar Banua", "kabarbanua.com", "WITA", "Banjarmasin"))
_WP_BIOS = ("Jurnalis yang meliput isu pemerintahan daerah, pelayanan publik dan pembangunan "
            "desa sejak {year}.",
            "Pranata humas di {office}. Menulis kegiatan pimpinan daerah dan program "
            "pemerintah.",
            "Penulis lepas dan fotografer. Tertarik pada isu lingkungan, budaya dan pariwisata "
            "di {place}.")
_TOC = ("Pendahuluan", "Latar Belakang", "Kronologi", "Tanggapan Pemerintah", "Dampak bagi Warga",
        "Langkah Selanjutnya", "Penutup")
_QUOTES = ("Pelayanan publik harus semakin dekat dan mudah dijangkau oleh masyarakat.",
           "Kita ingin setiap program benar-benar dirasakan manfaatnya oleh warga.",
           "Kolaborasi semua pihak menjadi kunci keberhasilan pembangunan daerah.",
           "Tidak boleh ada warga yang tertinggal dalam pembangunan.")


_WP_COMMENT_FORM = (
    '<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" '
    'class="comment-reply-title">Tinggalkan Balasan</h3><form action="{base}/wp-comments-post'
    '.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span '
    'id="email-notes">Alamat email Anda tidak akan dipublikasikan.</span> <span class="required-'
    'field-message">Ruas yang wajib ditandai <span class="required">*</span></span></p><p '
    'class="comment-form-comment"><label for="comment">Komentar <span class="required">*</span>'
    '</label><textarea id="comment" name="comment" required></textarea></p><p class="comment-'
    'form-author"><label for="author">Nama <span class="required">*</span></label><input id="'
    'author" name="author" type="text"></p><p class="comment-form-email"><label for="email">'
    'Email <span class="required">*</span></label><input id="email" name="email" type="email">'
    '</p><p class="comment-form-url"><label for="url">Situs Web</label><input id="url" name="'
    'url" type="url"></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-'
    'consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-'
    'comment-cookies-consent">Simpan nama, email, dan situs web saya pada peramban ini untuk '
    'komentar saya berikutnya.</label></p><p class="form-submit wp-block-button"><input name="'
    'submit" type="submit" id="submit" class="wp-block-button__link" value="Kirim Komentar">'
    '<input type="hidden" name="comment_post_ID" value="{post_id}"></p></form></div>')


def _wp_date_text(rng: random.Random, form: str, when: datetime, zone: str) -> str:
    day = when.date()
    m = day.month - 1
    return {
        "id": indonesian_date(day, day_name=False),
        "id_day": indonesian_date(day, day_name=True),
        "wp_id": f"{MONTHS[m]} {day.day}, {day.year}",
        "en": f"{MONTHS_EN[m]} {day.day}, {day.year}",
        "slash": f"{day:%d/%m/%Y}",
        "dot": f"{day:%d.%m.%Y}",
        "pukul": f"{indonesian_date(day, day_name=False)} pukul {when:%H:%M}",
        "at": f"{MONTHS_EN[m]} {day.day}, {day.year} at {when:%I:%M %p}",
        "zoned": f"{indonesian_date(day, day_name=False)}, {when:%H:%M} {zone}",
        "zoned_day": f"{indonesian_date(day, day_name=True)} | {when:%H:%M} {zone}",
    }[form]


def wp_block_theme(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A post on WordPress: a block theme (Twenty Twenty-Three or -Four: ``wp-site-blocks``,
    ``h1.wp-block-post-title``, ``div.wp-block-post-date`` with ``<time datetime>``,
    ``wp-block-post-content``, post terms, the post-author block, a "Related Posts"
    query loop and the comments block, all in ``main`` or partly in a group of their
    own), or Astra, GeneratePress or Kadence (``article.post``, ``h1.entry-title``,
    ``entry-meta``, ``entry-content``). Inside the content: image blocks with captions,
    a pull quote, a table of contents, "Baca Juga", an ad label, a newsletter form,
    Jetpack's sharing and related posts. Yoast's graph (UTC stamps) or Rank Math's
    (the site's offset), or neither; a site's clock in its zone or left at UTC."""
    skin = rng.choice(("tt4", "tt4", "tt3", "astra", "generatepress", "kadence"))
    if rng.random() < 0.6:
        site, domain, zone, city = rng.choice(_WP_OUTLETS)
        office = f"redaksi {site}"
        credit = site
    else:
        kind, place, zone, _province = _region(rng)
        office_name, abbr = rng.choice((("Dinas Komunikasi dan Informatika", "Diskominfo"),
                                        ("Bagian Protokol dan Komunikasi Pimpinan", "Prokopim"),
                                        ("Dinas Pariwisata", "Dispar")))
        site = rng.choice((f"{abbr} {kind} {place}", f"{office_name} {kind} {place}",
                           f"{abbr} {place}"))
        domain = f"{abbr.lower()}.{_host(kind, place)}"
        city = place
        office = f"{office_name} {kind} {place}"
        credit = abbr
    base = f"https://{domain}"
    s = slug(text.headline)
    post_id = rng.randrange(100, 60000)
    clock_local = rng.random() < 0.7  # the site's timezone set; else left at UTC
    attr_iso = rng.random() < 0.8  # ``<time datetime>`` with the time, else the day alone
    seo = rng.choice(("yoast", "yoast", "rankmath", "rankmath", "none", "none", "none"))
    offset_stamp = clock_local and (attr_iso or seo == "rankmath")
    forms = ["id", "id", "id_day", "wp_id", "en", "slash", "dot"]
    if offset_stamp:
        forms += ["pukul", "at", "zoned"]
    if clock_local:
        forms += ["zoned", "zoned_day"]
    form = rng.choice(forms)
    timed = offset_stamp or form in ("zoned", "zoned_day")
    when = when_in(rng, zone, seconds=offset_stamp, office_hours=not timed)
    day = when.date()
    clock = when if clock_local else when.astimezone(UTC)
    if rng.random() < 1 / 8:
        return _wp_listing(rng, text, skin, site, base, day)
    modified = when + timedelta(hours=rng.randrange(0, 30), minutes=rng.randrange(0, 60))
    if not timed:  # the day alone: the change on the same day
        modified = when.replace(hour=min(when.hour + rng.randrange(0, 2), 16))
    mod_clock = modified if clock_local else modified.astimezone(UTC)

    def iso(moment_: datetime) -> str:
        return moment_.isoformat(timespec="seconds")

    def stamp_of(moment_: datetime) -> str:
        return iso(moment_) if attr_iso else f"{moment_:%Y-%m-%d}"

    published_attr = stamp_of(clock)
    modified_attr = stamp_of(mod_clock)
    url = rng.choice((f"{base}/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/berita/{s}/",
                      f"{base}/{day:%Y/%m}/{s}/", f"{base}/?p={post_id}"))
    author = rng.choice((*NAMES, _person(rng), _person(rng), "Redaksi", "admin"))
    category = rng.choice(("Berita", "Daerah", "Pemerintahan", "Ekonomi", "Sosial", city,
                           "Berita Utama"))
    tags = rng.sample(_TAGS, rng.randrange(2, 6))
    j = Junk()
    printed = _wp_date_text(rng, form, when, zone)

    # the blocks of the post's content
    blocks: list[str] = []
    justify = rng.random() < 0.3
    dateline = ""
    if rng.random() < 0.35:
        dateline = _dateline(rng, city, credit)
    toc = rng.random() < 0.2 and len(text.paragraphs) >= 4
    if toc:
        labels = rng.sample(_TOC, rng.randrange(3, 5))
        title_toc = rng.choice(("Daftar Isi", "Table of Contents", "Isi Artikel"))
        toggle = rng.random() < 0.5
        blocks.append(
            f'<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><div class="ez-toc-'
            f'title-container"><p class="ez-toc-title">{j(title_toc)}</p>'
            + (f'<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">'
               f'{j("[tampilkan]")}</a></span>' if toggle else "")
            + '</div><nav><ul class="ez-toc-list">' + "".join(
                f'<li><a class="ez-toc-link" href="#{slug(label)}">{j(label)}</a></li>'
                for label in labels) + "</ul></nav></div>")
    ad_at = rng.choice((1, 2, 3, -1, -1))
    image_at = rng.choice((0, 1, 2, -1))
    quote_at = rng.choice((2, 3, -1, -1, -1))
    baca_at = rng.choice((1, 3, -1, -1))
    for n, paragraph in enumerate(text.paragraphs):
        cls = ' class="has-text-align-justify"' if justify else ""
        if n == 0 and dateline:
            blocks.append(f"<p{cls}><strong>{j(dateline)}</strong> {escape(paragraph)}</p>")
        else:
            blocks.append(f"<p{cls}>{escape(paragraph)}</p>")
        if n == len(text.paragraphs) - 1:
            break
        if n == image_at:
            caption = (_caption(rng, "Kota", city, credit) if rng.random() < 0.7 else "")
            blocks.append(
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" '
                f'height="576" src="{base}/wp-content/uploads/{day:%Y/%m}/IMG_'
                f'{rng.randrange(1000, 9999)}-1024x576.jpg" alt="" '
                f'class="wp-image-{post_id + rng.randrange(1, 90)}"/>'
                + (f'<figcaption class="wp-element-caption">{j(caption)}</figcaption>'
                   if caption else "") + "</figure>")
        if n == ad_at:
            label = rng.choice(("Advertisement", "ADVERTISEMENT", "Iklan", "- Advertisement -",
                                "Scroll untuk melanjutkan"))
            blocks.append(f'<div class="code-block code-block-{rng.randrange(1, 9)}" style='
                          f'"margin: 8px auto; text-align: center;"><span class="ad-label">'
                          f'{j(label)}</span><ins class="adsbygoogle" style="display:block" '
                          f'data-ad-client="ca-pub-{rng.randrange(10**15, 10**16)}" data-ad-slot="'
                          f'{rng.randrange(10**9, 10**10)}"></ins></div>')
        if n == quote_at:
            quote = rng.choice(_QUOTES)
            speaker = rng.choice((_person(rng), f"Wali Kota {city}", "Kepala Dinas Kominfo"))
            blocks.append(f'<figure class="wp-block-pullquote"><blockquote><p>{j(quote)}</p>'
                          f"<cite>{j(speaker)}</cite></blockquote></figure>")
        if n == baca_at:
            other = other_texts(rng, text, 1)[0]
            label = rng.choice(("Baca Juga:", "BACA JUGA:", "Baca juga"))
            j.also(f"{label} {other.headline}")
            blocks.append(f'<p><strong>{escape(label)} <a href="{base}/{slug(other.headline)}/">'
                          f"{escape(other.headline)}</a></strong></p>")
    if rng.random() < 0.3:
        mark = rng.choice(("(adv)", f"({credit})", "***", f"Editor: {_person(rng)}"))
        blocks.append(f"<p>{j(mark)}</p>")
    if rng.random() < 0.25:
        heading = rng.choice(("Berlangganan Newsletter", "Dapatkan Berita Terbaru",
                              "Jangan Lewatkan Berita Penting"))
        prompt = rng.choice(("Dapatkan ringkasan berita pilihan setiap pagi langsung di kotak "
                             "masuk Anda.", "Masukkan email Anda untuk menerima kabar terbaru "
                             f"dari {site}."))
        button = rng.choice(("Daftar", "Berlangganan", "Subscribe"))
        blocks.append(
            '<div class="wp-block-group newsletter-signup has-background" style="padding:24px">'
            f'<h3 class="wp-block-heading">{j(heading)}</h3><p>{j(prompt)}</p><form class="mc4wp-'
            f'form" method="post"><input type="email" name="EMAIL" placeholder="Alamat email" '
            f'required><button type="submit">{j(button)}</button></form></div>')
    if rng.random() < 0.35:
        label = rng.choice(("Bagikan ini:", "Share this:", "Bagikan:"))
        names = [n for n in ("Facebook", "X", "WhatsApp", "Telegram", "Surel")
                 if rng.random() < 0.7]
        blocks.append(
            f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-'
            f'social sd-social-icon-text sd-sharing"><h3 class="sd-title">{j(label)}</h3><div '
            'class="sd-content"><ul>' + "".join(
                f'<li class="share-{n.lower()}"><a class="share-{n.lower()} sd-button" href="#" '
                f'target="_blank"><span>{j(n)}</span></a></li>' for n in names)
            + "</ul></div></div></div>")
        if rng.random() < 0.4:
            blocks.append(f'<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">'
                          f'{j(rng.choice(("Suka ini:", "Like this:")))}</h3><div class="likes-'
                          f'widget-placeholder">{j("Memuat...")}</div></div>')
    if rng.random() < 0.2:
        shown = other_texts(rng, text, 3)
        heading = rng.choice(("Terkait", "Related", "Baca juga"))
        blocks.append(
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-'
            f'headline"><em>{j(heading)}</em></h3><div class="jp-relatedposts-items">' + "".join(
                '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a '
                f'href="{base}/{slug(o.headline)}/">{j(o.headline)}</a></h4><p class="jp-'
                f'relatedposts-post-context">{j(f"Dalam “{category}”")}</p></div>' for o in shown)
            + "</div></div>")
    content_class = ("entry-content wp-block-post-content has-global-padding is-layout-constrained"
                     if skin in ("tt3", "tt4") else "entry-content")
    itemprop = ' itemprop="text"' if skin != "tt4" else ""
    content = f'<div class="{content_class}"{itemprop}>' + "\n".join(blocks) + "</div>"

    # the meta lines, the terms and the author
    author_word = rng.choice(("oleh", "by", "Oleh", "Ditulis oleh"))
    reading = f"{max(1, sum(len(p.split()) for p in text.paragraphs) // 200)} menit baca"
    comments_n = rng.choice((0, 0, 1, 2, 3))
    comments_line = f"{comments_n} Komentar"
    if comments_n == 0:
        comments_line = rng.choice(("Tinggalkan komentar", "0 Komentar", "Belum ada komentar"))
    updated_line = ""
    if rng.random() < 0.2:
        updated_line = f"Diperbarui {_wp_date_text(rng, 'id', modified, zone)}"

    featured = ""
    if rng.random() < 0.75:
        cap = ""
        if skin == "kadence" and rng.random() < 0.5:
            cap = f'<figcaption>{j(_caption(rng, "Kota", city, credit))}</figcaption>'
        figure_class = ("wp-block-post-featured-image" if skin in ("tt3", "tt4")
                        else "post-thumbnail")
        featured = (f'<figure class="{figure_class}"><img width="1200" height="675" src="{base}/'
                    f'wp-content/uploads/{day:%Y/%m}/{s[:30]}.jpg" class="attachment-post-'
                    'thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" '
                    f'fetchpriority="high"/>{cap}</figure>')

    bio_box = ""
    if rng.random() < 0.4:
        bio = rng.choice(_WP_BIOS).format(year=rng.randrange(2008, 2020), office=office,
                                          place=city)
        byline = rng.choice(("Tentang Penulis", "Ditulis oleh", "Penulis"))
        bio_box = (
            '<div class="wp-block-post-author"><div class="wp-block-post-author__avatar">'
            f'<img alt="" src="https://secure.gravatar.com/avatar/{token(rng, 32)}?s=48&amp;d=mm&am'
            'p;r=g" '
            'class="avatar avatar-48 photo" height="48" width="48"/></div><div class="wp-block-'
            f'post-author__content"><p class="wp-block-post-author__byline">{j(byline)}</p><p '
            f'class="wp-block-post-author__name">{j(author)}</p><p class="wp-block-post-author__'
            f'bio">{j(bio)}</p></div></div>')

    related_texts = other_texts(rng, text, rng.choice((3, 3, 4, 6)))
    related_heading = rng.choice(("Related Posts", "Berita Terkait", "Baca Juga", "Pos Terkait",
                                  "Artikel Lainnya"))

    def related_block(inside: bool) -> str:
        put = j if inside else escape
        items = []
        for k, other in enumerate(related_texts):
            other_day = day - timedelta(days=k + rng.randrange(1, 12))
            shown_day = _wp_date_text(rng, "id", datetime(other_day.year, other_day.month,
                                                          other_day.day), zone)
            excerpt = _teaser(rng, other.paragraphs[0], 60, 140) if rng.random() < 0.5 else ""
            items.append(
                f'<li class="wp-block-post post-{post_id - k - 1} post type-post status-publish">'
                f'<h3 class="wp-block-post-title has-medium-font-size"><a href="{base}/'
                f'{slug(other.headline)}/">{put(other.headline)}</a></h3><div class="wp-block-post-'
                f'date"><time datetime="{other_day.isoformat()}">{put(shown_day)}</time></div>'
                + (f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">'
                   f"{put(excerpt)}</p></div>" if excerpt else "") + "</li>")
        return (f'<div class="wp-block-query is-layout-flow"><h2 class="wp-block-heading">'
                f'{put(related_heading)}</h2><ul class="wp-block-post-template is-flex-container '
                f'columns-3">{"".join(items)}</ul></div>')

    def comments_block(inside: bool) -> str:
        put = j if inside else escape
        shown = rng.sample(_COMMENTS, comments_n)
        if shown:
            count_line = (f"Satu tanggapan untuk “{text.headline}”" if comments_n == 1 else
                          f"{comments_n} tanggapan untuk “{text.headline}”")
            heading = f'<h2 class="wp-block-comments-title">{put(count_line)}</h2>'
        else:
            heading = ""
        items = "".join(
            f'<li class="comment"><div class="wp-block-comment-author-name">{put(name)}</div>'
            f'<div class="wp-block-comment-date"><time datetime="'
            f'{stamp_of(clock + timedelta(days=k + 1))}">'
            f'{put(f"{indonesian_date((when + timedelta(days=k + 1)).date(), day_name=False)}")}'
            f'</time></div><div class="wp-block-comment-content"><p>{put(c)}</p></div><div '
            f'class="wp-block-comment-reply-link"><a href="#">{put("Balas")}</a></div></li>'
            for k, (name, c) in enumerate(zip(rng.sample(_COMMENTERS, len(shown)), shown,
                                              strict=True)))
        form_lines = ["Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan. Ruas "
                      "yang wajib ditandai *", "Komentar *", "Nama *", "Email *", "Situs Web",
                      "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar "
                      "saya berikutnya."]
        if inside:
            for line in form_lines:
                j.also(line)
        form = _WP_COMMENT_FORM.format(base=base, post_id=post_id)
        return (f'<div class="wp-block-comments">{heading}<ol class="wp-block-comment-template">'
                f"{items}</ol>{form}</div>")

    def terms(taxonomy: str, names: list[str], prefix: str) -> str:
        j.also(prefix + ", ".join(names))
        return (f'<div class="taxonomy-{taxonomy} wp-block-post-terms">'
                + (f'<span class="wp-block-post-terms__prefix">{j(prefix)}</span>'
                   if prefix else "")
                + '<span class="wp-block-post-terms__separator">, </span>'.join(
                    f'<a href="{base}/{"tag" if taxonomy == "post_tag" else "category"}/{slug(n)}/"'
                    ' '
                    f'rel="tag">{j(n)}</a>' for n in names) + "</div>")

    headline_tag = "h1" if rng.random() < 0.9 else "h2"
    if skin in ("tt3", "tt4"):
        sep = rng.choice(("—", "·", "|"))
        meta_parts = [f'<div class="wp-block-post-date"><time datetime="{published_attr}">'
                      f"{j(printed)}</time></div>"]
        if rng.random() < 0.8:
            meta_parts.append(f'<div class="wp-block-post-author-name">'
                              f'{j(author_word)} <a href="{base}/author/{slug(author)}/" '
                              f'class="wp-block-post-author-name__link">{j(author)}</a></div>')
            j.also(f"{author_word} {author}")
        if rng.random() < 0.5:
            meta_parts.append(terms("category", [category], rng.choice(("", "di ", "in "))))
        if rng.random() < 0.3:
            meta_parts.append(f'<p class="reading-time">{j(reading)}</p>')
        if updated_line:
            meta_parts.append(f'<p class="updated-date">{j(updated_line)}</p>')
        sep_html = ""
        if rng.random() < 0.5:
            sep_html = f'<p class="has-contrast-2-color">{escape(sep)}</p>'
            for _gap in meta_parts[1:]:
                j.also(sep)
        meta_html = ('<div class="wp-block-group post-meta is-layout-flex">'
                     + sep_html.join(meta_parts) + "</div>")
        title_html = (f'<{headline_tag} class="wp-block-post-title has-x-large-font-size">'
                      f"{escape(text.headline)}</{headline_tag}>")
        tags_html = terms("post_tag", tags, rng.choice(("Tag: ", "Tags: ", "")))
        meta_top = rng.random() < 0.7
        wrap_tag = rng.choice(("div", "div", "article"))
        flat = rng.random() < 0.4  # everything a child of main, as twentytwentyfour does
        head_group = (f'<div class="wp-block-group is-layout-constrained">{title_html}'
                      f'{meta_html if meta_top else ""}{featured}</div>')
        after = (f'<div class="wp-block-group is-layout-flow">{"" if meta_top else meta_html}'
                 f"{tags_html}{bio_box}</div>")
        if flat:
            comments_html = comments_block(True)
            related_html = related_block(True)
            main = ('<main class="wp-block-group is-layout-constrained" id="wp--skip-link--target"'
                    '>'
                    f'{head_group}{content}{after}<div class="wp-block-group">{comments_html}</div>'
                    f"{related_html}</main>")
        else:
            related_inside = rng.random() < 0.3
            related_html = related_block(related_inside)
            article = (f'<{wrap_tag} class="wp-block-group post-{post_id} post type-post is-layout-'
                       f'constrained">{head_group}{content}{after}'
                       f'{related_html if related_inside else ""}</{wrap_tag}>')
            main = (f'<main class="wp-block-group" id="wp--skip-link--target">{article}'
                    f'<div class="wp-block-group is-layout-constrained">'
                    f'{"" if related_inside else related_html}{comments_block(False)}</div></main>')
        page_body = (
            f'<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-'
            'block-group alignwide is-layout-flex"><p class="wp-block-site-title"><a '
            f'href="{base}" '
            f'rel="home">{escape(site)}</a></p><nav class="wp-block-navigation"><ul '
            'class="wp-block-'
            f'navigation__container">' + "".join(
                '<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content"'
                ' '
                f'href="{base}/{slug(m)}/">{m}</a></li>'
                for m in ("Beranda", "Berita", "Daerah", "Opini", "Galeri", "Kontak"))
            + f"</ul></nav></div></header>{main}<footer class=\"wp-block-template-part\"><div "
            f'class="wp-block-group has-global-padding"><p class="wp-block-site-title">'
            f'{escape(site)}</p><p class="has-small-font-size">Dirancang dengan <a href="https://'
            f'wordpress.org">WordPress</a></p></div></footer></div>')
    else:
        meta_bits = [f'<span class="posted-on"><time class="entry-date published" datetime="'
                     f'{published_attr}" itemprop="datePublished">{j(printed)}</time>'
                     + (f'<time class="updated" datetime="{modified_attr}" itemprop="dateModified">'
                        f'{j(_wp_date_text(rng, "id", modified, zone))}</time>'
                        if rng.random() < 0.4 else "") + "</span>"]
        if rng.random() < 0.85:
            meta_bits.append(f'<span class="byline"> {j(author_word)} <span class="author vcard">'
                             f'<a class="url fn n" href="{base}/author/{slug(author)}/">{j(author)}'
                             "</a></span></span>")
        if rng.random() < 0.4:
            meta_bits.append(f'<span class="comments-link"><a href="{url}#respond">'
                             f"{j(comments_line)}</a></span>")
        if rng.random() < 0.3:
            meta_bits.append(f'<span class="reading-time">{j(reading)}</span>')
        sep = rng.choice((" / ", " ", " · "))
        meta_html = f'<div class="entry-meta">{sep.join(meta_bits)}</div>'
        cat_label = rng.choice(("Kategori: ", "Posted in ", "Categories: ", ""))
        tag_label = rng.choice(("Tag: ", "Tags: ", "Tagged "))
        footer_bits = []
        if rng.random() < 0.7:
            j.also(cat_label + category)
            footer_bits.append(
                f'<span class="cat-links">{j(cat_label) if cat_label else ""}<a href="{base}/'
                f'category/{slug(category)}/" rel="category tag">{j(category)}</a></span>')
        if rng.random() < 0.7:
            j.also(tag_label + ", ".join(tags))
            footer_bits.append(f'<span class="tags-links">{j(tag_label)}' + ", ".join(
                f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>' for t in tags) + "</span>")
        footer = f'<footer class="entry-meta entry-footer">{" ".join(footer_bits)}</footer>'
        cats_top = ""
        if skin == "kadence" and rng.random() < 0.6:
            cats_top = (f'<div class="entry-taxonomies"><span class="category-links"><a href="'
                        f'{base}/category/{slug(category)}/">{j(category)}</a></span></div>')
        title_html = (f'<{headline_tag} class="entry-title" itemprop="headline">'
                      f"{escape(text.headline)}</{headline_tag}>")
        related_inside = rng.random() < 0.3
        related_html = related_block(related_inside)
        inner = (f'<header class="entry-header">{cats_top}{title_html}{meta_html}</header>'
                 f"{featured}{content}{footer if footer_bits else ''}{bio_box}"
                 f'{related_html if related_inside else ""}')
        if skin == "generatepress":
            inner = f'<div class="inside-article">{inner}</div>'
        article = (f'<article id="post-{post_id}" class="post-{post_id} post type-post status-'
                   f'publish format-standard has-post-thumbnail hentry category-{slug(category)}" '
                   f'itemtype="https://schema.org/CreativeWork" itemscope>{inner}</article>')
        navigation = (
            '<nav class="navigation post-navigation" aria-label="Pos"><div class="nav-links"><div '
            f'class="nav-previous"><a href="{base}/{slug(related_texts[0].headline)}/" rel="prev">'
            f'<span class="nav-subtitle">Sebelumnya</span> {escape(related_texts[0].headline)}</a>'
            "</div></div></nav>")
        widgets = (
            '<aside id="secondary" class="widget-area"><section class="widget widget_search"><form '
            f'role="search" action="{base}/"><input type="search" name="s" placeholder="Cari …">'
            '<button>Cari</button></form></section><section class="widget widget_recent_entries">'
            '<h2 class="widget-title">Pos-pos Terbaru</h2><ul>' + "".join(
                f'<li><a href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
                for o in other_texts(rng, text, 5))
            + '</ul></section><section class="widget widget_categories">'
            '<h2 class="widget-title">Kategori</h2><ul>' + "".join(
                f'<li class="cat-item"><a href="{base}/category/{slug(c)}/">{c}</a></li>'
                for c in ("Berita", "Daerah", "Ekonomi", "Opini", "Pemerintahan")) + "</ul>"
            "</section></aside>")
        container = {"astra": "ast-container", "generatepress": "site-content grid-container",
                     "kadence": "content-container site-container"}[skin]
        motto = rng.choice(("Berita Terkini dan Terpercaya", "Informasi Publik",
                            "Kabar dari Daerah"))
        page_body = (
            f'<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#'
            f'content">Langsung ke konten</a><header id="masthead" class="site-header"><div class="'
            f'site-branding"><p class="site-title"><a href="{base}/" rel="home">{escape(site)}</a>'
            f'</p><p class="site-description">{motto}</p></div><nav id="site-navigation" '
            'class="main-navigation"><ul class="menu">' + "".join(
                f'<li class="menu-item"><a href="{base}/{slug(m)}/">{m}</a></li>'
                for m in ("Beranda", "Berita", "Daerah", "Ekonomi", "Opini", "Indeks"))
            + f'</ul></nav></header><div id="content" class="{container}"><div id="primary" '
            f'class="content-area"><main id="main" class="site-main">{article}{navigation}'
            f'{"" if related_inside else related_html}<div id="comments" class="comments-area">'
            f'{comments_block(False)}</div></main></div>{widgets}</div><footer id="colophon" '
            'class="'
            f'site-footer"><div class="site-info">&copy; {day.year} {escape(site)} | Powered by '
            f'{skin.title()}</div></footer></div>')

    # the head: the document's title, Open Graph and an SEO plugin's graph
    separator = rng.choice((" &#8211; ", " - ", " | ", " » "))
    title_html_text = (f"{escape(text.headline)}{separator}{escape(site)}" if rng.random() < 0.85
                       else f"{escape(site)}{separator}{escape(text.headline)}")
    seo_title = title_html_text.replace("&#8211;", "–").replace("&amp;", "&")
    head = [f'<link rel="canonical" href="{attr(url)}" />']
    if seo != "none":
        og_title = seo_title if rng.random() < 0.6 else text.headline
        head += ['<meta property="og:locale" content="id_ID" />',
                 '<meta property="og:type" content="article" />',
                 f'<meta property="og:title" content="{attr(og_title)}" />',
                 '<meta property="og:description" '
                 f'content="{attr(_teaser(rng, text.paragraphs[0]))}" />',
                 f'<meta property="og:url" content="{attr(url)}" />',
                 f'<meta property="og:site_name" content="{attr(site)}" />']
        stamp = _utc(when) if seo == "yoast" else iso(clock)
        changed = _utc(modified) if seo == "yoast" else iso(mod_clock)
        if rng.random() < 0.8:
            head.append(f'<meta property="article:published_time" content="{stamp}" />')
            head.append(f'<meta property="article:modified_time" content="{changed}" />')
        ld_headline = text.headline if seo == "yoast" or rng.random() < 0.5 else seo_title
        graph = [{"@type": rng.choice(("Article", "NewsArticle", "BlogPosting")),
                  "@id": f"{url}#article", "isPartOf": {"@id": url},
                  "author": {"name": author, "@id": f"{base}/#/schema/person/{token(rng, 32)}"},
                  "headline": ld_headline, "datePublished": stamp, "dateModified": changed,
                  "mainEntityOfPage": {"@id": url},
                  "wordCount": sum(len(p.split()) for p in text.paragraphs),
                  "publisher": {"@id": f"{base}/#organization"}, "articleSection": [category],
                  "keywords": tags, "inLanguage": "id"},
                 {"@type": "WebPage", "@id": url, "url": url, "name": seo_title,
                  "isPartOf": {"@id": f"{base}/#website"}, "datePublished": stamp,
                  "dateModified": changed, "inLanguage": "id"},
                 {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                     {"@type": "ListItem", "position": 1, "name": "Beranda", "item": base + "/"},
                     {"@type": "ListItem", "position": 2, "name": text.headline}]},
                 {"@type": "WebSite", "@id": f"{base}/#website", "url": base + "/", "name": site,
                  "inLanguage": "id"},
                 {"@type": "Organization", "@id": f"{base}/#organization", "name": site,
                  "logo": {"@type": "ImageObject", "url": f"{base}/wp-content/uploads/logo.png"}},
                 {"@type": "Person", "name": author}]
        if rng.random() < 0.3:
            graph = graph[:1] + graph[3:] if seo == "rankmath" else graph
        plugin = ' class="yoast-schema-graph"' if seo == "yoast" else ' class="rank-math-schema"'
        ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
        ld = ld.replace("</", "<\\/")
        head.append(f'<script type="application/ld+json"{plugin}>{ld}</script>')
    cookie = ""
    if rng.random() < 0.6:
        cookie = ('<div id="cookie-law-info-bar" class="cky-consent-bar" role="dialog"><p>Kami '
                  "menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini. Dengan "
                  "terus "
                  'menggunakan situs ini, Anda menyetujui penggunaan cookie.</p><button '
                  'class="cky-btn '
                  'cky-btn-accept">Terima Semua</button> <button class="cky-btn cky-btn-reject">'
                  'Tolak'
                  '</button> <a href="#" class="cky-btn-customize">Pengaturan</a></div>')
    body_class = (f"post-template-default single single-post postid-{post_id} "
                  "single-format-standard wp-embed-responsive")
    if skin in ("tt3", "tt4"):
        body_class += " wp-theme-" + skin.replace("tt", "twentytwenty")
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large' />
<title>{title_html_text}</title>
{"".join(head)}
<link rel='stylesheet' id='wp-block-library-css'
 href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.{rng.randrange(2, 7)}'
 media='all' />
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{post_id}" />
<meta name="generator" content="WordPress 6.{rng.randrange(2, 7)}.{rng.randrange(0, 3)}" />
<style id='global-styles-inline-css'>:root{{--wp--preset--color--base:#f9f9f9;}}</style>
</head>
<body class="{body_class}">
{page_body}
{cookie}
<script src="{base}/wp-includes/js/comment-reply.min.js?ver=6.5" id="comment-reply-js" async>
</script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author, site,
                            tuple(j.lines))


def _wp_listing(rng: random.Random, text: Text, skin: str, site: str, base: str,
                day: date) -> tuple[str, str, Truth]:
    """A category's archive: the query title and a query loop of teasers."""
    name = rng.choice(("Berita", "Daerah", "Pemerintahan", "Ekonomi"))
    heading = rng.choice((f"Kategori: {name}", name, f"Arsip {name}", f"Category: {name}"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    items = "".join(
        '<li class="wp-block-post post type-post"><figure class="wp-block-post-featured-image">'
        '<img '
        f'src="{base}/wp-content/uploads/{d:%Y/%m}/{slug(o.headline)[:24]}-300x200.jpg" alt=""/>'
        f'</figure><h2 class="wp-block-post-title"><a href="{base}/{slug(o.headline)}/">'
        f'{escape(o.headline)}</a></h2><div class="wp-block-post-date"><time datetime="'
        f'{d.isoformat()}T{rng.randrange(8, 16):02d}:{rng.randrange(60):02d}:00+07:00">'
        f'{indonesian_date(d, day_name=False)}</time></div><div class="wp-block-post-excerpt"><p '
        f'class="wp-block-post-excerpt__excerpt">{escape(_teaser(rng, o.paragraphs[0]))}</p><p '
        f'class="wp-block-post-excerpt__more-text"><a href="{base}/{slug(o.headline)}/">'
        "Baca selengkapnya</a></p></div></li>" for o, d in shown)
    url = f"{base}/category/{slug(name)}/"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8" /><title>{escape(name)} &#8211; {escape(site)}</title>
<meta name="robots" content="index, follow" /></head>
<body class="archive category category-{slug(name)} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title">
<a href="{base}">{escape(site)}</a></p></header><main class="wp-block-group">
<h1 class="wp-block-query-title">{escape(heading)}</h1><div class="wp-block-query">
<ul class="wp-block-post-template">{items}</ul><nav class="wp-block-query-pagination">
<span class="page-numbers current">1</span><a class="page-numbers" href="{url}page/2/">2</a>
<a class="wp-block-query-pagination-next" href="{url}page/2/">Berikutnya</a></nav></div></main>
<footer class="wp-block-template-part"><p>{escape(site)}</p></footer></div></body></html>"""
    del skin
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)

# -- 4. a regional public-information portal (PPID, a Diskominfo's news) -----------------

_PPID_MENU = ("Beranda", "Profil PPID", "Informasi Berkala", "Informasi Serta Merta",
              "Informasi Setiap Saat", "Informasi Dikecualikan", "Permohonan Informasi",
              "Pengajuan Keberatan", "Standar Layanan", "Laporan Layanan", "Berita")
_FILES = ("Laporan Kegiatan", "Surat Edaran", "Materi Sosialisasi", "Siaran Pers",
          "Rekapitulasi Data", "Jadwal Pelaksanaan", "Daftar Penerima")


def _ppid_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "slash": f"{day:%d/%m/%Y}",
        "mysql": f"{when:%Y-%m-%d %H:%M:%S}",
        "zoned": f"{indonesian_date(day, day_name=False)} | {when:%H:%M} {zone}",
        "zoned_day": f"{indonesian_date(day, day_name=True)}, {when:%H:%M} {zone}",
        "day": indonesian_date(day, day_name=True),
        "long": indonesian_date(day, day_name=False),
        "short": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}",
    }[form]


def ppid_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regency's or city's public-information portal (PPID, "Portal Informasi
    Publik", a Diskominfo's news) on CodeIgniter and Bootstrap 4 or 5, or rendered on
    the server by Vue (``data-v-`` attributes, the state again in a script): an
    accessibility toolbar, a breadcrumb, the headline, date badges ("27/05/2025",
    "2025-05-27 14:30:00", "27 Mei 2025 | 14:30 WITA", a calendar leaf), the visitor
    counter, "Penulis: ... | Editor: ... | Fotografer: ...", a "Sumber:" line, an
    attachment list, tag chips, "Berita Lainnya" in a carousel, the footer's address."""
    form = rng.choice(("slash", "slash", "mysql", "zoned", "zoned_day", "day", "long", "short",
                       "leaf", "ago"))
    zoneless = form == "mysql"
    kind, place, zone, province = _region(rng, zones=("WIB",) if zoneless else tuple(ZONES))
    kab = "Kab." if kind == "Kabupaten" else "Kota"
    owner = rng.choice(("ppid", "ppid", "infopublik", "diskominfo"))
    site = {"ppid": rng.choice((f"PPID {kind} {place}", f"PPID {kab} {place}",
                                f"Pejabat Pengelola Informasi dan Dokumentasi {kind} {place}")),
            "infopublik": rng.choice((f"Portal Informasi Publik {kind} {place}",
                                      f"Info Publik {place}")),
            "diskominfo": rng.choice((f"Diskominfo {kind} {place}",
                                      f"Dinas Komunikasi dan Informatika {kind} {place}",
                                      f"Kominfo {kab} {place}"))}[owner]
    sub = {"ppid": "ppid", "infopublik": "infopublik", "diskominfo": "diskominfo"}[owner]
    host = f"{sub}.{_host(kind, place)}"
    base = f"https://{host}"
    vue = rng.random() < 0.35
    post_id = rng.randrange(100, 20000)
    s = slug(text.headline)
    url = base + rng.choice((f"/berita/detail/{s}", f"/index.php/berita/read/{post_id}/{s}",
                             f"/news/{post_id}", f"/informasi/berita/{s}",
                             f"/berita/{post_id}-{s}"))
    if rng.random() < 1 / 8:
        return _ppid_listing(rng, text, site, base, zone, vue)
    with_stamp = form == "ago" or rng.random() < 0.25  # article:published_time with the offset
    timed = form in ("mysql", "zoned", "zoned_day") or with_stamp
    when = when_in(rng, zone, seconds=form == "mysql" or (with_stamp and rng.random() < 0.5))
    day = when.date()
    office = f"Dinas Komunikasi dan Informatika {kind} {place}"
    author, editor, photographer = (_person(rng) for _ in range(3))
    j = Junk()
    v = f' data-v-{token(rng, 8)}=""' if vue else ""

    hits = rng.randrange(10, 15000)
    if form == "leaf":
        j.also(f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}")
        date_html = (f'<div class="date-leaf"{v}><span class="tgl">{j(str(day.day))}</span> '
                     f'<span class="bln">{j(MONTHS_SHORT[day.month - 1])}</span> '
                     f'<span class="thn">{j(str(day.year))}</span></div>')
    elif form == "ago":
        ago = rng.choice((f"{rng.randrange(2, 6)} hari yang lalu", f"{rng.randrange(2, 4)} minggu "
                          "yang lalu", f"{rng.randrange(1, 11)} bulan yang lalu"))
        date_html = (f'<span class="badge bg-light text-dark"{v}><i class="bi bi-clock"></i> '
                     f"{j(ago)}</span>")
    else:
        icon = rng.choice(("bi bi-calendar3", "fa fa-calendar", "far fa-calendar-alt",
                           "mdi mdi-calendar"))
        date_html = (f'<span class="badge {rng.choice(("bg-primary", "bg-info", "badge-primary"))}"'
                     f'{v}><i class="{icon}"></i> {j(_ppid_date(form, when, zone))}</span>')
    counter = rng.choice((f"Dilihat {thousands(hits)} kali", f"{hits} kali dilihat",
                          f"Dibaca: {hits}", f"{hits}"))
    counter_html = (f'<span class="text-muted ms-2"{v}><i class="bi bi-eye"></i> '
                    f"{j(counter)}</span>")
    category = rng.choice(("Berita Daerah", "Pemerintahan", "Informasi Publik", "Kegiatan",
                           "Siaran Pers", "Pengumuman"))
    badges = [date_html, counter_html]
    if rng.random() < 0.5:
        badges.insert(0, f'<a href="{base}/berita/kategori/{slug(category)}" class="badge bg-'
                         f'success"{v}>{j(category)}</a>')
    meta_html = f'<div class="news-meta d-flex flex-wrap gap-2 mb-3"{v}>{" ".join(badges)}</div>'

    credits = [("Penulis", author), ("Editor", editor), ("Fotografer", photographer)]
    credits = [c for c in credits if c[0] == "Penulis" or rng.random() < 0.6]
    credit_line = " | ".join(f"{k}: {name}" for k, name in credits)
    if rng.random() < 0.5:
        j.also(credit_line)
        credit_html = (f'<p class="news-credit small"{v}>' + " | ".join(
            f"<span>{j(k + ':')} <b>{j(name)}</b></span>" for k, name in credits) + "</p>")
    else:
        credit_html = f'<p class="news-credit small text-muted"{v}>{j(credit_line)}</p>'
    credit_top = rng.random() < 0.5

    image = ""
    if rng.random() < 0.8:
        caption = ""
        if rng.random() < 0.55:
            words = _caption(rng, kind, place, rng.choice(("Diskominfo", "Prokopim", photographer)))
            caption = f'<figcaption class="figure-caption"{v}>{j(words)}</figcaption>'
        image = (f'<figure class="figure w-100"{v}><img src="{base}/uploads/berita/{day:%Y/%m}/'
                 f'{token(rng, 24)}.jpg" class="figure-img img-fluid rounded w-100" alt="'
                 f'{attr(text.headline)}">{caption}</figure>')

    markup = rng.choice(("plain", "plain", "justify", "word", "div"))
    parts = []
    dateline = ""
    if rng.random() < 0.35:
        dateline = _dateline(rng, place, rng.choice(("Diskominfo", "Kominfo", "PPID", "Humas")))
    for n, paragraph in enumerate(text.paragraphs):
        html = _p(markup, paragraph)
        if n == 0 and dateline:
            html = html.replace(escape(paragraph), f"<strong>{j(dateline)}</strong> "
                                f"{escape(paragraph)}", 1)
        parts.append(html)
        if n == 2 and rng.random() < 0.25 and n < len(text.paragraphs) - 1:
            other = other_texts(rng, text, 1)[0]
            j.also(f"Baca juga: {other.headline}")
            parts.append(f'<p class="baca-juga"><em>Baca juga: <a href="{base}/berita/detail/'
                         f'{slug(other.headline)}">{escape(other.headline)}</a></em></p>')
    if rng.random() < 0.55:
        source = rng.choice((f"Sumber: Diskominfo {kab} {place}", f"Sumber: Bagian Prokopim Setda "
                             f"{kind} {place}", "Sumber: Humas", f"Sumber: {office}"))
        parts.append(f'<p class="news-source"><i>{j(source)}</i></p>')
    content_class = rng.choice(("news-content", "isi-berita", "ck-content", "ql-editor",
                                "detail-content"))
    content = f'<div class="{content_class}"{v}>{"".join(parts)}</div>'

    attachments = ""
    if rng.random() < 0.35:
        files = rng.sample(_FILES, rng.randrange(1, 4))
        label = rng.choice(("Lampiran:", "Lampiran", "Dokumen Terkait:", "File Lampiran"))
        rows = []
        for f in files:
            name = f"{slug(f)}-{day.year}.pdf"
            size = f"({rng.randrange(80, 4000)} KB)"
            j.also(f"{name} {size}")
            rows.append(f'<li class="list-group-item d-flex justify-content-between"{v}><span><i '
                        f'class="bi bi-file-earmark-pdf text-danger"></i> {j(name)} '
                        f'<small>{j(size)}</small></span><a href="{base}/uploads/lampiran/{name}" '
                        f'class="btn btn-sm btn-outline-primary" download>{j("Unduh")}</a></li>')
        attachments = (f'<div class="lampiran mt-3"{v}><h6>{j(label)}</h6><ul class="list-group">'
                       + "".join(rows) + "</ul></div>")
    chips = ""
    if rng.random() < 0.6:
        tags = rng.sample(_TAGS, rng.randrange(2, 6))
        hashed = rng.random() < 0.5
        shown = [f"#{t.replace(' ', '')}" if hashed else t for t in tags]
        label = rng.choice(("Tags:", "Tag:", ""))
        j.also(" ".join(x for x in (label, *shown) if x))
        chips = (f'<div class="tags mt-3"{v}>' + (f"<span>{j(label)}</span> " if label else "")
                 + " ".join(f'<a href="{base}/berita/tag/{slug(t)}" class="badge rounded-pill '
                            f'bg-light text-dark border">{j(x)}</a>' for t, x in zip(tags, shown,
                                                                                       strict=True))
                 + "</div>")
    share = ""
    if rng.random() < 0.7:
        label = rng.choice(("Bagikan:", "Bagikan Berita", "Share:"))
        share = (f'<div class="share mt-3"{v}><span class="me-2">{j(label)}</span>' + "".join(
            f'<a href="#" class="btn btn-sm btn-{c} me-1" aria-label="{n}"><i class="bi bi-{i}">'
            "</i></a>" for n, i, c in (("Facebook", "facebook", "primary"),
                                        ("Twitter", "twitter-x", "dark"),
                                        ("WhatsApp", "whatsapp", "success"))) + "</div>")

    others = other_texts(rng, text, rng.choice((4, 6, 8)))
    carousel_inside = rng.random() < 0.3
    heading = rng.choice(("Berita Lainnya", "Berita Terkait", "Baca Juga Berita Lainnya"))
    put = j if carousel_inside else escape
    slides = "".join(
        f'<div class="swiper-slide"{v}><div class="card h-100"><img src="{base}/uploads/berita/'
        f'thumb/{token(rng, 12)}.jpg" class="card-img-top" alt=""><div class="card-body"><small '
        f'class="text-muted">{put(f"{(day - timedelta(days=k + rng.randrange(1, 9))):%d/%m/%Y}")}'
        f'</small><h6 class="card-title"><a href="{base}/berita/detail/{slug(o.headline)}">'
        f"{put(o.headline)}</a></h6></div></div></div>" for k, o in enumerate(others))
    carousel = (f'<section class="berita-lainnya mt-4"{v}><h5 class="section-title">'
                f'{put(heading)}</h5><div class="swiper"><div class="swiper-wrapper">{slides}</div>'
                '<div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>'
                "</section>")

    tag_name = rng.choice(("h1", "h1", "h2", "h3"))
    title_class = rng.choice(("news-title fw-bold", "judul-berita", "text-2xl font-bold mb-2",
                              "card-title h4"))
    headline = f'<{tag_name} class="{title_class}"{v}>{escape(text.headline)}</{tag_name}>'
    card = (f'<div class="card shadow-sm border-0 news-detail"{v}><div class="card-body">'
            f"{headline}{meta_html}{credit_html if credit_top else ''}"
            f"{'' if credit_top else share}"
            f"{image}{content}{'' if credit_top else credit_html}{attachments}{chips}"
            f"{share if credit_top else ''}{carousel if carousel_inside else ''}</div></div>")

    toolbar = ('<div id="accessibility-toolbar" class="acc-toolbar" aria-label="Aksesibilitas">'
               '<button class="acc-toggle" title="Aksesibilitas"><i class="bi bi-universal-access">'
               '</i></button><div class="acc-menu"><h6>Aksesibilitas</h6>' + "".join(
                   f'<button type="button" class="acc-btn" data-action="{slug(b)}">{b}</button>'
                   for b in ("Perbesar Teks", "Perkecil Teks", "Skala Abu-Abu", "Kontras Tinggi",
                             "Latar Terang", "Garis Bawah Tautan", "Font Mudah Dibaca",
                             "Text to Speech", "Reset")) + "</div></div>")
    crumbs = (f'<nav aria-label="breadcrumb"{v}><ol class="breadcrumb"><li class="breadcrumb-item">'
              f'<a href="{base}">Beranda</a></li><li class="breadcrumb-item"><a '
              f'href="{base}/berita">'
              f'Berita</a></li><li class="breadcrumb-item active">'
              f'{rng.choice(("Detail Berita", "Detail", escape(text.headline[:30]) + "..."))}</li>'
              "</ol></nav>")
    popular = "".join(
        f'<li class="list-group-item"><a href="{base}/berita/detail/{slug(o.headline)}">'
        f'{escape(o.headline)}</a><br><small '
        f'class="text-muted">{thousands(rng.randrange(100, 9000))}'
        " kali dilihat</small></li>" for o in other_texts(rng, text, 5))
    sidebar = (
        '<div class="card mb-3"><div class="card-header">Berita Populer</div><ul '
        'class="list-group '
        f'list-group-flush">{popular}</ul></div><div class="card mb-3"><div class="card-header">'
        'Layanan Informasi</div><div class="card-body"><a href="#" class="btn btn-primary w-100 '
        'mb-2">Ajukan Permohonan Informasi</a><a href="#" class="btn btn-outline-primary w-100 '
        'mb-2">Pengajuan Keberatan</a><a href="#" class="btn btn-outline-secondary w-100">Cek '
        'Status Permohonan</a></div></div><div class="card mb-3"><div class="card-header">'
        'Statistik Pengunjung</div><div class="card-body small"><p>Hari Ini: '
        f"{rng.randrange(20, 900)}</p><p>Kemarin: {rng.randrange(20, 900)}</p><p>Bulan Ini: "
        f"{thousands(rng.randrange(900, 30000))}</p><p>Total: "
        f"{thousands(rng.randrange(10**4, 10**6))}</p><p>Online: {rng.randrange(1, 30)}</p>"
        "</div></div>")
    title = (joined_title(rng, text.headline, site, separators=(" | ", " - ", " :: "))
             if rng.random() < 0.85 else f"Berita - {site}")
    head = []
    if rng.random() < 0.6:
        og_title = rng.choice((text.headline, title))
        head += [f'<meta property="og:title" content="{attr(og_title)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{attr(url)}">',
                 f'<meta property="og:image" content="{base}/uploads/berita/{token(rng, 24)}.jpg">']
    iso = when.isoformat(timespec="seconds")
    if with_stamp:
        head.append(f'<meta property="article:published_time" content="{iso}">')
    if rng.random() < 0.2:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": text.headline,
              "datePublished": iso if timed else day.isoformat(),
              "author": {"@type": "Person", "name": author},
              "publisher": {"@type": "GovernmentOrganization", "name": site}}
        head.append('<script type="application/ld+json">'
                    f'{json.dumps(ld, ensure_ascii=False)}</script>')
    state = ""
    if vue:
        stamp = {"mysql": f"{when:%Y-%m-%d %H:%M:%S}"}.get(form, iso if timed else day.isoformat())
        data = {"berita": {"id": post_id, "judul": text.headline, "slug": s, "tanggal": stamp,
                           "penulis": author, "kategori": category, "dilihat": hits,
                           "isi": "".join(f"<p>{p}</p>" for p in text.paragraphs)},
                "lainnya": [{"judul": o.headline, "slug": slug(o.headline)} for o in others]}
        state = (f"<script>window.__INITIAL_STATE__={json.dumps(data, ensure_ascii=False)}"
                 .replace("</", "<\\/") + "</script>")
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{base}/{slug(m)}">{m}</a></li>'
                   for m in _PPID_MENU)
    today = day + timedelta(days=rng.randrange(0, 45))
    bootstrap = rng.choice(("4.6.2", "5.3.2"))
    root_open = ('<div id="app" data-server-rendered="true">' if vue else '<div class="wrapper">')
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{escape(title)}</title>
<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">
{"".join(head)}
<link rel="stylesheet"
 href="https://cdn.jsdelivr.net/npm/bootstrap@{bootstrap}/dist/css/bootstrap.min.css">
<link rel="stylesheet"
 href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.1/font/bootstrap-icons.css">
<link rel="stylesheet" href="{base}/assets/css/style.css?v={token(rng, 6)}">
</head>
<body>
{root_open}
{toolbar}
<div class="topbar bg-primary text-white small py-1">
<div class="container d-flex justify-content-between">
<span>{indonesian_date(today, day_name=True)}</span>
<span>ppid@{_host(kind, place)} | {_phone(rng)}</span>
</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container">
<a class="navbar-brand" href="{base}"><img src="{base}/assets/img/logo.png" height="44" alt="">
<span class="brand-text">{escape(site.upper())}</span></a>
<ul class="navbar-nav ms-auto">{menu}</ul></div></nav>
<main class="py-4"><div class="container">{crumbs}<div class="row"><div class="col-lg-8">
{card}
{"" if carousel_inside else carousel}
</div><div class="col-lg-4">{sidebar}</div></div></div></main>
<footer class="bg-dark text-white pt-4 pb-2"><div class="container"><div class="row">
<div class="col-md-6"><h5>{escape(office)}</h5><p class="small">{rng.choice(_STREETS)},
 {escape(place)}, {escape(province)}<br>Telp. {_phone(rng)} | Fax. {_phone(rng)}<br>
Email: diskominfo@{_host(kind, place)}</p></div>
<div class="col-md-3"><h6>Jam Layanan</h6><p class="small">Senin - Kamis: 08.00 - 15.30<br>
Jumat: 08.00 - 11.00</p></div><div class="col-md-3"><h6>Pengunjung</h6>
<p class="small">Hari ini: {rng.randrange(20, 900)}<br>
Total: {thousands(rng.randrange(10**4, 10**6))}</p></div>
</div><p class="text-center small mb-0">&copy; {today.year} {escape(site)}</p></div></footer>
<a href="https://wa.me/62{rng.randrange(811000000, 859999999)}" class="float-wa">Hubungi Kami</a>
</div>
{state}
<script src="https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.js"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author, site,
                            tuple(j.lines))


def _ppid_listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
                  vue: bool) -> tuple[str, str, Truth]:
    """The portal's news index: cards with a date badge and "Baca Selengkapnya"."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Berita", "Berita Terkini", "Arsip Berita", "Berita Daerah",
                          "Siaran Pers"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    cards = "".join(
        f'<div class="col-md-6 mb-4"><div class="card h-100"><img src="{base}/uploads/berita/thumb/'
        f'{token(rng, 12)}.jpg" class="card-img-top" alt=""><div class="card-body"><span class="'
        f'badge bg-primary">{d:%d/%m/%Y}</span><h5 class="card-title mt-2"><a href="{base}/berita/'
        f'detail/{slug(o.headline)}">{escape(o.headline)}</a></h5><p class="card-text">'
        f'{escape(_teaser(rng, o.paragraphs[0]))}</p><a href="{base}/berita/detail/'
        f'{slug(o.headline)}" class="btn btn-sm btn-outline-primary">Baca Selengkapnya</a></div>'
        "</div></div>" for o, d in shown)
    url = f"{base}/berita{rng.choice(('', '/index', '?page=1'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} | {escape(site)}</title></head>
<body>{'<div id="app" data-server-rendered="true">' if vue else '<div class="wrapper">'}
<nav class="navbar"><a class="navbar-brand" href="{base}">{escape(site.upper())}</a></nav>
<main class="container py-4"><nav aria-label="breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item">
<a href="{base}">Beranda</a></li><li class="breadcrumb-item active">Berita</li></ol></nav>
<h2 class="section-title">{escape(heading)}</h2><div class="row">{cards}</div>
<ul class="pagination"><li class="page-item active"><a class="page-link" href="#">1</a></li>
<li class="page-item"><a class="page-link" href="#">2</a></li><li class="page-item">
<a class="page-link" href="#">Selanjutnya</a></li></ul></main>
<footer class="bg-dark text-white"><p>&copy; {day.year} {escape(site)}</p></footer></div>
</body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


FAMILIES = {"lokomedia-cms": lokomedia_cms, "opensid-desa": opensid_desa,
            "wp-block-theme": wp_block_theme, "ppid-portal": ppid_portal}
