"""Four more held-out layout families, written without sight of the extraction rules.

A Bootstrap/Laravel regency portal, a server-rendered Next.js news page, a Ghost- or
Medium-style blog of a city's public-relations office, and the page of a regional
office (OPD) on a shared government platform. They were written by a session that
never read the extractor, from what such pages look like, and committed before any
rule was run on them (``HELD_OUT_2``): never tune a rule on them. Each takes a seeded
``random.Random`` and a real ``Text`` and returns the page's URL, its HTML and its
``Truth``; every furniture line put inside the article container is in the truth's
``junk``.

Dates follow the package's conventions. A page whose time can be read (printed with
its zone, or in machine form with an offset, or a UTC stamp beside a time printed
with its zone) has a zone-aware moment in the region's zone; a time printed without
any zone is WIB's, and only pages of regions in WIB print one; a page that prints
only a date, with at most a UTC stamp beside it, has the date, and its moment falls
in office hours so that the UTC stamp is on the same day.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta

from tests.layouts import (
    DAYS,
    MONTHS_EN,
    NAMES,
    ZONES,
    Text,
    Truth,
    escape,
    indonesian_date,
    joined_title,
    moment,
    slug,
)
from tests.layouts.pieces import DAYS_EN, Junk, other_texts, token

MONTHS_ID_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov",
                   "Des")

# (kind, name, zone): regencies and cities whose sites these pages imitate
REGIONS = (
    ("Kabupaten", "Sumba Barat", "WITA"), ("Kabupaten", "Banyuasin", "WIB"),
    ("Kabupaten", "Kapuas Hulu", "WIB"), ("Kabupaten", "Bone", "WITA"),
    ("Kabupaten", "Merauke", "WIT"), ("Kabupaten", "Lombok Timur", "WITA"),
    ("Kabupaten", "Pesisir Selatan", "WIB"), ("Kabupaten", "Halmahera Selatan", "WIT"),
    ("Kabupaten", "Minahasa Utara", "WITA"), ("Kabupaten", "Toba", "WIB"),
    ("Kabupaten", "Kepulauan Aru", "WIT"), ("Kabupaten", "Sintang", "WIB"),
    ("Kota", "Ternate", "WIT"), ("Kota", "Kupang", "WITA"), ("Kota", "Balikpapan", "WITA"),
    ("Kota", "Pekanbaru", "WIB"), ("Kota", "Sorong", "WIT"), ("Kota", "Ambon", "WIT"),
    ("Kota", "Palu", "WITA"), ("Kota", "Padang", "WIB"), ("Kota", "Bitung", "WITA"),
    ("Kota", "Tanjungpinang", "WIB"),
)

_STREETS = ("Jl. Jenderal Sudirman No. 1", "Jl. Ahmad Yani No. 12", "Jl. Pahlawan No. 5",
            "Jl. Diponegoro No. 27", "Kompleks Perkantoran Pemda, Jl. Poros No. 3",
            "Jl. Merdeka Barat No. 8", "Jl. Pattimura No. 14")
_ACTS = ("saat membuka kegiatan sosialisasi", "memberikan sambutan dalam rapat koordinasi",
         "meninjau lokasi pembangunan", "berfoto bersama peserta kegiatan",
         "menyerahkan bantuan secara simbolis kepada warga", "memimpin apel pagi")
_VENUES = ("aula kantor {head}", "ruang rapat sekretariat daerah", "halaman kantor camat",
           "gedung serbaguna", "balai desa", "lapangan upacara")
_TAGS = ("pemerintahan", "pembangunan", "pelayanan publik", "kesehatan", "pendidikan",
         "ekonomi", "infrastruktur", "sosial", "pariwisata", "UMKM")
_COMMENTS = ("Mantap, semoga kegiatan seperti ini juga dilaksanakan di kecamatan kami.",
             "Terima kasih informasinya, sangat bermanfaat bagi kami warga desa.",
             "Mohon info persyaratan untuk ikut kegiatan ini daftarnya ke mana ya pak?",
             "Semoga program ini berjalan lancar dan bantuan tepat sasaran.",
             "Jalan di dusun kami juga rusak parah, mohon diperhatikan.")


def _region(rng: random.Random, kinds: tuple[str, ...] = ("Kabupaten", "Kota"),
            zones: tuple[str, ...] = tuple(ZONES)) -> tuple[str, str, str]:
    return rng.choice([r for r in REGIONS if r[0] in kinds and r[2] in zones])


def _host(kind: str, place: str) -> str:
    """The regency's or city's domain: sumbabaratkab.go.id, ternatekota.go.id."""
    return f"{slug(place).replace('-', '')}{'kota' if kind == 'Kota' else 'kab'}.go.id"


def _moment(rng: random.Random, zone: str, *, office_hours: bool = False) -> datetime:
    """A moment (the package's ``moment``) in the region's zone; in office hours, its
    UTC date is its local date."""
    when, _zone = moment(rng)
    when = when.replace(tzinfo=ZONES[zone])
    if office_hours:
        when = when.replace(hour=rng.randrange(9, 18))
    return when


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _teaser(rng: random.Random, paragraph: str) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(90, 170)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ..."))


def _p(style: str, paragraph: str) -> str:
    """One paragraph as a rich-text editor (CKEditor, Summernote, Word pasted) wrote it."""
    text = escape(paragraph)
    if style == "justify":
        return f'<p style="text-align: justify;">{text}</p>'
    if style == "word":
        return ('<p class="MsoNormal" style="text-align: justify; line-height: 150%;">'
                '<span style="font-size: 12.0pt; font-family: &quot;Arial&quot;,sans-serif;">'
                f"{text}</span></p>")
    if style == "div":
        return f"<div>{text}</div>"
    return f"<p>{text}</p>"


def _caption(rng: random.Random, kind: str, place: str, credit: str,
             label: str = "Foto") -> str:
    head = "Wali Kota" if kind == "Kota" else "Bupati"
    role = rng.choice((head, f"Wakil {head}", "Sekretaris Daerah"))
    venue = rng.choice(_VENUES).format(head=head.lower())
    return (f"{role} {place} {rng.choice(_ACTS)} di {venue}. "
            f"({label}: {credit})")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()).lower()


def _phone(rng: random.Random) -> str:
    return f"(0{rng.randrange(211, 987)}) {rng.randrange(20000, 899999)}"


def _relative(rng: random.Random) -> str:
    n, unit = rng.choice(((rng.randrange(2, 7), "hari"), (rng.randrange(1, 4), "minggu"),
                          (rng.randrange(1, 12), "bulan"), (rng.randrange(1, 3), "tahun")))
    return f"{n} {unit} yang lalu"


# -- 1. a Bootstrap/Laravel regency portal -------------------------------------------------


def laravel_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regency's or city's portal on Laravel and Bootstrap: a navbar, a breadcrumb
    "Beranda / Berita / Detail", a card with the headline in an h3 or h4, a meta line
    of icons (date, author, "Dilihat 1.234 kali"), share buttons, tags and sometimes
    "Berita Terkait" inside the card, a sidebar of widgets and the Diskominfo's
    address in the footer. Carbon's dates: a day, a day and time with its zone, or
    "3 hari yang lalu" beside an ``article:published_time``."""
    kind, place, zone = _region(rng)
    gov = f"Pemerintah {kind} {place}"
    short = f"{'Pemkot' if kind == 'Kota' else 'Pemkab'} {place}"
    site = rng.choice((gov, gov, f"Website Resmi {gov}", short, f"Portal Resmi {short}"))
    host = _host(kind, place)
    base = f"https://{rng.choice(('', 'www.', 'portal.'))}{host}"
    post_id = rng.randrange(150, 12000)
    path = rng.choice((f"/berita/{post_id}/{slug(text.headline)}",
                       f"/berita/detail/{slug(text.headline)}", f"/post/{slug(text.headline)}",
                       f"/news/{slug(text.headline)}-{post_id}", f"/berita/read/{post_id}"))
    url = base + path
    when = _moment(rng, zone)
    day = when.date()
    author = rng.choice((*NAMES, "Admin", "Humas", f"Diskominfo {place}", "Prokopim"))
    j = Junk()

    stamp_meta = rng.random() < 0.35  # article:published_time, Carbon's toIso8601String()
    styles = ["day", "date", "dmy", "time", "time2"] + (["relative"] * 2 if stamp_meta else [])
    style = rng.choice(styles)
    printed = {
        "day": indonesian_date(day, day_name=True),
        "date": indonesian_date(day, day_name=False),
        "dmy": f"{when:%d/%m/%Y}" if rng.random() < 0.5 else f"{when:%d-%m-%Y}",
        "time": f"{indonesian_date(day, day_name=True)} - {when:%H:%M} {zone}",
        "time2": (f"{indonesian_date(day, day_name=False)}, {when:%H:%M} {zone}"
                  if rng.random() < 0.6 else f"{when:%d/%m/%Y} {when:%H:%M} {zone}"),
        "relative": _relative(rng),
    }[style]
    timed = stamp_meta or style in ("time", "time2")

    hits = rng.randrange(8, 25000)
    views = rng.choice((f"Dilihat {hits:,} kali".replace(",", "."), f"{hits} kali dibaca",
                        f"Dibaca: {hits}"))
    icons = rng.choice((("fa fa-calendar", "fa fa-user", "fa fa-eye", "fa fa-folder-open"),
                        ("fas fa-calendar-alt", "fas fa-user-edit", "fas fa-eye", "fas fa-tag"),
                        ("bi bi-calendar3", "bi bi-person", "bi bi-eye", "bi bi-bookmark")))
    category = rng.choice(("Berita Daerah", "Pemerintahan", "Ekonomi", "Kesehatan", "Berita"))
    meta_items = [(icons[0], printed), (icons[1], author), (icons[2], views)]
    if rng.random() < 0.5:
        meta_items.append((icons[3], category))
    rest = meta_items[1:]
    rng.shuffle(rest)
    meta_items = [meta_items[0], *rest]
    meta = " ".join(f'<span class="me-3"><i class="{icon}"></i> {j(value)}</span>'
                    for icon, value in meta_items)

    share = ""
    if rng.random() < 0.8:
        label = rng.choice(("Bagikan:", "Share:", "Bagikan berita ini:"))
        with_words = rng.random() < 0.6
        buttons = []
        for name, icon, colour in (("Facebook", "facebook-f", "primary"),
                                   ("Twitter", "twitter", "info"),
                                   ("WhatsApp", "whatsapp", "success"),
                                   ("Telegram", "telegram-plane", "primary")):
            if rng.random() < 0.8:
                word = f" {j(name)}" if with_words else ""
                buttons.append(f'<a href="#" class="btn btn-sm btn-{colour} me-1" '
                               f'target="_blank"><i class="fab fa-{icon}"></i>{word}</a>')
        if with_words and rng.random() < 0.4:
            buttons.append('<button type="button" class="btn btn-sm btn-secondary" '
                           f'onclick="copyLink()"><i class="fa fa-link"></i> {j("Salin Link")}'
                           "</button>")
        share = (f'<div class="share-buttons my-3"><span class="fw-bold me-2">{j(label)}</span>'
                 + "".join(buttons) + "</div>")
    share_top = rng.random() < 0.3

    image = caption_html = ""
    if rng.random() < 0.75:
        image = (f'<img src="{base}/storage/berita/{token(rng, 20)}.jpg" '
                 f'class="card-img-top img-fluid rounded" alt="{escape(text.headline)}">')
        if rng.random() < 0.5:
            caption = _caption(rng, kind, place, rng.choice(("Prokopim", "Diskominfo", "Humas")))
            caption_html = f'<p class="text-muted small fst-italic mt-1">{j(caption)}</p>'

    markup = rng.choice(("plain", "justify", "word", "justify"))
    parts = []
    for n, paragraph in enumerate(text.paragraphs):
        parts.append(_p(markup, paragraph))
        if n == 1 and rng.random() < 0.5:
            other = other_texts(rng, text, 1)[0]
            j.also(f"Baca Juga: {other.headline}")
            parts.append(f'<p><strong>Baca Juga: <a href="{base}/berita/{rng.randrange(99, 9999)}'
                         f'/{slug(other.headline)}">{escape(other.headline)}</a></strong></p>')
        if rng.random() < 0.08:
            parts.append("<p>&nbsp;</p>")
    if rng.random() < 0.6:
        mark = rng.choice((f"(Diskominfo/{_initials(rng.choice(NAMES))})", "(Prokopim)", "(hms)",
                           f"(Humas Setda {place})", "(adv)"))
        parts.append(f"<p><strong>{j(mark)}</strong></p>")
    if rng.random() < 0.3:
        parts.append(f"<p><em>{j('Editor: ' + rng.choice(NAMES))}</em></p>")
    body = "\n".join(parts)

    tags = ""
    if rng.random() < 0.6:
        chosen = rng.sample(_TAGS, rng.randrange(2, 5))
        label = rng.choice(("Tags:", "Tag:"))
        j.also(" ".join((label, *chosen)))
        tags = (f'<div class="tags mt-3"><i class="fa fa-tags"></i> <span class="me-1">'
                f'{j(label)}</span>' + " ".join(
                    f'<a href="{base}/tag/{slug(t)}" class="badge bg-secondary">{j(t)}</a>'
                    for t in chosen) + "</div>")

    related_inside = rng.random() < 0.5
    heading = rng.choice(("Berita Terkait", "Berita Lainnya", "Baca Juga"))
    cards = []
    for k, other in enumerate(other_texts(rng, text, rng.choice((3, 3, 6)))):
        other_day = indonesian_date(day - timedelta(days=k + rng.randrange(1, 9)),
                                    day_name=False)
        title = j(other.headline) if related_inside else escape(other.headline)
        shown = j(other_day) if related_inside else other_day
        cards.append(
            f'<div class="col-md-4 mb-3"><div class="card h-100 border-0 shadow-sm">'
            f'<img src="{base}/storage/berita/thumb_{token(rng, 12)}.jpg" class="card-img-top" '
            f'alt=""><div class="card-body p-2"><h6 class="card-title"><a href="{base}/berita/'
            f'{rng.randrange(99, 9999)}/{slug(other.headline)}" class="text-dark">{title}</a></h6>'
            f'<small class="text-muted"><i class="{icons[0]}"></i> {shown}</small></div></div>'
            "</div>")
    related = (f'<div class="related mt-4"><h5 class="border-bottom pb-2 mb-3">'
               f'{j(heading) if related_inside else heading}</h5><div class="row">'
               + "".join(cards) + "</div></div>")

    h = rng.choice(("h3", "h4"))
    headline_class = rng.choice(("card-title fw-bold", "title-berita mb-2", "fw-bold text-dark",
                                 "judul"))
    card = (f'<div class="card border-0 shadow-sm mb-4">{image}<div class="card-body">'
            f"{caption_html}"
            f'<{h} class="{headline_class}">{escape(text.headline)}</{h}>'
            f'<div class="meta text-muted small mb-3">{meta}</div>'
            f"{share if share_top else ''}"
            f'<div class="content-berita">{body}</div>{tags}'
            f"{'' if share_top else share}"
            f"{related if related_inside else ''}</div></div>")

    crumb_last = rng.choice(("Detail", "Detail Berita", text.headline[:40] + "..."))
    crumbs = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb mb-0">'
              f'<li class="breadcrumb-item"><a href="{base}/">Beranda</a></li>'
              f'<li class="breadcrumb-item"><a href="{base}/berita">Berita</a></li>'
              f'<li class="breadcrumb-item active" aria-current="page">{escape(crumb_last)}</li>'
              "</ol></nav>")
    if rng.random() < 0.5:
        banner = (f'<section class="page-title bg-primary text-white py-4"><div class="container">'
                  f'<h1 class="h3 mb-1">{rng.choice(("Berita", "Detail Berita", "Berita Daerah"))}'
                  f"</h1>{crumbs}</div></section>")
    else:
        banner = f'<div class="bg-light py-2"><div class="container">{crumbs}</div></div>'

    popular = "".join(
        f'<li class="d-flex mb-3"><img src="{base}/storage/berita/thumb_{token(rng, 10)}.jpg" '
        f'width="80" class="me-2 rounded" alt=""><div><a href="{base}/berita/'
        f'{rng.randrange(99, 9999)}/{slug(o.headline)}" class="small fw-bold text-dark">'
        f'{escape(o.headline)}</a><br><small class="text-muted">'
        f"{indonesian_date(day - timedelta(days=rng.randrange(1, 60)), day_name=False)}"
        "</small></div></li>" for o in other_texts(rng, text, 5))
    agenda = "".join(f"<li>{a}</li>" for a in rng.sample((
        "Rapat Paripurna DPRD, Senin pukul 09.00", "Upacara Hari Jadi Daerah",
        "Musrenbang tingkat kecamatan", "Pelayanan KTP-el keliling", "Safari Ramadan Bupati"), 3))
    title = site if rng.random() < 0.1 else joined_title(rng, text.headline, site)
    head = ""
    if rng.random() < 0.6:
        head += (f'<meta property="og:type" content="article"><meta property="og:url" '
                 f'content="{url}"><meta property="og:title" content="'
                 f'{escape(rng.choice((text.headline, title)))}"><meta property="og:image" '
                 f'content="{base}/storage/berita/{token(rng, 20)}.jpg">'
                 f'<meta property="og:description" content="'
                 f'{escape(_teaser(rng, text.paragraphs[0]))}">')
        if rng.random() < 0.6:
            head += f'<meta property="og:site_name" content="{escape(site)}">'
    if stamp_meta:
        head += f'<meta property="article:published_time" content="{when.isoformat()}">'
    today = day + timedelta(days=rng.randrange(0, 40))
    diskominfo = f"Dinas Komunikasi dan Informatika {kind} {place}"
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{token(rng, 40)}">
<title>{escape(title)}</title>
<meta name="description" content="{escape(_teaser(rng, text.paragraphs[0]))}">
<meta name="keywords" content="berita, {escape(place.lower())}, pemerintah daerah">
{head}
<link rel="icon" href="{base}/favicon.ico">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/css/bootstrap.min.css"
 rel="stylesheet">
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/5.15.4/css/all.min.css">
<link rel="stylesheet" href="{base}/css/app.css?id={token(rng, 20)}">
</head>
<body>
<div class="topbar bg-dark text-white small py-1">
<div class="container d-flex justify-content-between">
<span><i class="fa fa-calendar"></i> {indonesian_date(today, day_name=True)}</span>
<span><i class="fa fa-phone"></i> {_phone(rng)} &nbsp; <i class="fa fa-envelope">
</i> diskominfo@{host}</span>
<span><a href="#" class="text-white"><i class="fab fa-facebook"></i>
</a> <a href="#" class="text-white"><i class="fab fa-instagram"></i>
</a> <a href="#" class="text-white"><i class="fab fa-youtube"></i></a></span>
</div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm sticky-top">
<div class="container">
<a class="navbar-brand d-flex align-items-center" href="{base}/">
<img src="{base}/images/logo.png" height="48" alt="Logo">
<span class="ms-2 fw-bold">{escape(gov.upper())}</span></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav">
<span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link" href="{base}/">Beranda</a></li>
<li class="nav-item dropdown">
<a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Profil</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="{base}/profil/sejarah">Sejarah</a></li>
<li><a class="dropdown-item" href="{base}/profil/visi-misi">Visi dan Misi</a></li><li>
<a class="dropdown-item" href="{base}/profil/pimpinan">Pimpinan Daerah</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="{base}/pemerintahan">Pemerintahan</a></li>
<li class="nav-item"><a class="nav-link active" href="{base}/berita">Berita</a></li>
<li class="nav-item"><a class="nav-link" href="{base}/layanan">Layanan Publik</a></li>
<li class="nav-item"><a class="nav-link" href="https://ppid.{host}">PPID</a></li>
<li class="nav-item"><a class="nav-link" href="{base}/kontak">Kontak</a></li>
</ul><form class="d-flex ms-2" action="{base}/cari">
<input class="form-control form-control-sm" name="q" placeholder="Cari berita..."></form></div>
</div></nav>
{banner}
<div class="container my-4"><div class="row">
<div class="col-lg-8">
{card}
{'' if related_inside else related}
<div class="d-flex justify-content-between my-4">
<a href="#" class="btn btn-outline-primary btn-sm">&laquo; Berita Sebelumnya</a>
<a href="#" class="btn btn-outline-primary btn-sm">Berita Selanjutnya &raquo;</a></div>
<div class="card border-0 shadow-sm"><div class="card-body"><h5>Komentar</h5>
<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div></div></div>
</div>
<div class="col-lg-4">
<div class="card border-0 shadow-sm mb-4"><div class="card-body">
<h5 class="border-bottom pb-2">Berita Populer</h5><ul class="list-unstyled">{popular}</ul></div>
</div>
<div class="card border-0 shadow-sm mb-4"><div class="card-body">
<h5 class="border-bottom pb-2">Agenda</h5><ul>{agenda}</ul></div></div>
<div class="card border-0 shadow-sm mb-4"><div class="card-body">
<h5 class="border-bottom pb-2">Tautan</h5>
<a href="https://www.lapor.go.id">
<img src="{base}/images/banner/lapor.png" class="img-fluid mb-2" alt="SP4N LAPOR!"></a>
<a href="https://jdih.{host}">
<img src="{base}/images/banner/jdih.png" class="img-fluid mb-2" alt="JDIH"></a>
<a href="https://lpse.{host}"><img src="{base}/images/banner/lpse.png" class="img-fluid" alt="LPSE">
</a></div></div>
<div class="card border-0 shadow-sm"><div class="card-body">
<h5 class="border-bottom pb-2">GPR Kominfo</h5><div id="gpr-kominfo-widget-container"></div></div>
</div>
</div>
</div></div>
<footer class="bg-dark text-white pt-5 pb-3"><div class="container"><div class="row">
<div class="col-md-5"><h5>{escape(diskominfo)}</h5>
<p class="small">{rng.choice(_STREETS)}, {escape(place)}<br>Telp. {_phone(rng)}<br>
Email: diskominfo@{host}</p>
</div>
<div class="col-md-3"><h6>Tautan</h6><ul class="list-unstyled small"><li>
<a href="https://indonesia.go.id" class="text-white">Portal Indonesia</a></li><li>
<a href="https://www.kominfo.go.id" class="text-white">Kominfo RI</a></li><li>
<a href="https://ppid.{host}" class="text-white">PPID</a></li></ul></div>
<div class="col-md-4"><h6>Statistik Pengunjung</h6>
<p class="small">Hari ini: {rng.randrange(50, 900)}<br>Total: {rng.randrange(10**5, 10**6):,}</p>
</div>
</div><hr>
<p class="text-center small mb-0">&copy; {today.year} {escape(gov)}. All rights reserved.</p></div>
</footer>
<a href="#" class="back-to-top"><i class="fa fa-arrow-up"></i></a>
<script src="https://code.jquery.com/jquery-3.6.0.min.js"></script>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/js/bootstrap.bundle.min.js"></script>
<script src="https://widget.kominfo.go.id/gpr-widget-kominfo.min.js"></script>
<script src="{base}/js/app.js?id={token(rng, 20)}"></script>
<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/id_ID/sdk.js#xfbml=1&amp;version=v17.0"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author,
                            site, tuple(j.lines))


# -- 2. a server-rendered Next.js news page ----------------------------------------------

OUTLETS = (("KabarTimur.id", "kabartimur.id", "WIT", "Maluku", "Ambon"),
           ("Suara Borneo", "suaraborneo.com", "WIB", "Kalimantan Barat", "Pontianak"),
           ("Warta Sulawesi", "wartasulawesi.co.id", "WITA", "Sulawesi Selatan", "Makassar"),
           ("Lintas Papua", "lintaspapua.com", "WIT", "Papua", "Jayapura"),
           ("Sumbar Terkini", "sumbarterkini.id", "WIB", "Sumatera Barat", "Padang"),
           ("Bali Kini", "balikini.net", "WITA", "Bali", "Denpasar"),
           ("Kaltara Post", "kaltarapost.id", "WITA", "Kalimantan Utara", "Tarakan"),
           ("Riau Satu", "riausatu.com", "WIB", "Riau", "Pekanbaru"))


class _Classes:
    """Class names as a React build writes them: Emotion's ``css-1x2y3z``, CSS
    Modules' ``ArticleBody_content__x1Y2z`` or styled-components' ``sc-abcde-0 fGhIjK``;
    one per role, drawn once."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.style = rng.choice(("emotion", "emotion", "modules", "styled"))
        self.seen: dict[str, str] = {}

    def __call__(self, role: str) -> str:
        if role not in self.seen:
            rng = self.rng
            if self.style == "emotion":
                name = f"css-{token(rng, rng.choice((6, 7)))}"
            elif self.style == "modules":
                component, part = role.split(".")
                mixed = "".join(rng.choice("abcdefghijkABCDEFGHIJK0123456789_") for _ in range(5))
                name = f"{component}_{part}__{mixed}"
            else:
                mixed = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                for _ in range(6))
                name = f"sc-{token(rng, 5)}-{rng.randrange(0, 9)} {mixed}"
            self.seen[role] = name
        return self.seen[role]


def _json_script(data: object) -> str:
    """JSON inside a ``<script>`` as Next.js escapes it."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


def nextjs_news(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional outlet's article on Next.js: div soup with hashed class names, JSON-LD
    NewsArticle with an ISO ``datePublished`` (+07:00 style or UTC ``Z``), the body
    split by ad slots and "Artikel Terkait" cards, a "Topik:" row, an author box, and
    the text once more in ``__NEXT_DATA__`` (or the App Router's ``self.__next_f``)."""
    site, domain, zone, province, city = rng.choice(OUTLETS)
    c = _Classes(rng)
    when = _moment(rng, zone)
    day = when.date()
    author, editor = rng.sample(NAMES, 2)
    section = rng.choice(("daerah", "regional", "pemerintahan", "news"))
    article_id = rng.randrange(10**5, 10**7)
    base = f"https://{rng.choice(('www.', ''))}{domain}"
    url = rng.choice((f"{base}/{section}/{article_id}/{slug(text.headline)}",
                      f"{base}/{section}/{slug(text.headline)}-{article_id}",
                      f"{base}/read/{when:%Y/%m/%d}/{article_id}/{slug(text.headline)}"))
    j = Junk()

    has_ld = rng.random() < 0.75
    ld_z = has_ld and rng.random() < 0.35
    has_meta = rng.random() < 0.4
    has_time_attr = rng.random() < 0.3
    offset_machine = (has_ld and not ld_z) or has_meta or has_time_attr
    any_machine = has_ld or has_meta or has_time_attr
    long_day = indonesian_date(day, day_name=True)
    shown = [(f"{long_day} | {when:%H:%M} {zone}", True),
             (f"{indonesian_date(day, day_name=False)}, {when:%H:%M} {zone}", True),
             (f"{DAYS[when.weekday()]}, {when:%d/%m/%Y} - {when:%H:%M} {zone}", True),
             (f"{long_day} {when:%H:%M} {zone}", True)]
    if offset_machine or not any_machine:  # a UTC stamp alone does not say the day's zone
        shown.append((long_day, False))
    if offset_machine:
        shown.append((f"{indonesian_date(day, day_name=False)} {when:%H:%M}", True))
    printed, with_time = rng.choice(shown)
    timed = any_machine or with_time
    iso = when.isoformat(timespec="seconds")
    modified = when + timedelta(minutes=rng.randrange(5, 600))

    category = rng.choice(("Daerah", "Regional", province, "Pemerintahan"))
    byline = rng.choice(((f"Penulis: {author}", f"Editor: {editor}"), (f"Oleh {author}",),
                         (f"Reporter: {author} | Editor: {editor}",), (author,)))
    byline_html = "".join(f'<span class="{c("Byline.name")}">{j(b)}</span>' for b in byline)
    date_html = (f'<time dateTime="{iso}" class="{c("Byline.date")}">{j(printed)}</time>'
                 if has_time_attr else f'<span class="{c("Byline.date")}">{j(printed)}</span>')
    updated = ""
    if rng.random() < 0.3:
        updated_at = (f"Diperbarui: {indonesian_date(modified.date(), day_name=False)} "
                      f"{modified:%H:%M} {zone}")
        updated = f'<span class="{c("Byline.updated")}">{j(updated_at)}</span>'
    share_word = (f'<span class="{c("Share.label")}">{j("Bagikan")}</span>'
                  if rng.random() < 0.5 else "")
    share = (f'<div class="{c("Share.bar")}">{share_word}' + "".join(
        f'<button type="button" aria-label="{name}" class="{c("Share.button")}"><svg '
        f'viewBox="0 0 24 24" width="20" height="20"><path d="M0 0h24v24H0z"></path></svg>'
        "</button>" for name in ("Bagikan ke Facebook", "Bagikan ke Twitter",
                                 "Bagikan ke WhatsApp", "Salin tautan")) + "</div>")

    figure = ""
    if rng.random() < 0.8:
        caption = _caption(rng, "Kota", city, f"{rng.choice(NAMES)}/{site}",
                           rng.choice(("FOTO", "Foto", "Dok")))
        figure = (f'<figure class="{c("Article.figure")}"><div class="{c("Image.wrap")}">'
                  f'<img alt="{escape(text.headline)}" src="/_next/image?url=https%3A%2F%2Fcdn.'
                  f'{domain}%2F{token(rng, 16)}.jpg&amp;w=1200&amp;q=75" width="1200" height="675" '
                  f'decoding="async" data-nimg="1" loading="eager"></div><figcaption class="'
                  f'{c("Article.caption")}">{j(caption)}</figcaption></figure>')

    def ad() -> str:
        label = rng.choice(("ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT",
                            "Iklan", "- Advertisement -"))
        return (f'<div class="{c("Ads.slot")}"><span class="{c("Ads.label")}">{j(label)}</span>'
                f'<div id="div-gpt-ad-{rng.randrange(10**12, 10**13)}-0" style="min-width:300px;'
                'min-height:250px"></div></div>')

    def related_card() -> str:
        other = other_texts(rng, text, 1)[0]
        label = rng.choice(("Artikel Terkait", "Baca Juga", "Berita Terkait", "Pilihan Redaksi"))
        return (f'<div class="{c("Related.inline")}"><p class="{c("Related.label")}">{j(label)}'
                f'</p><a href="{base}/{section}/{rng.randrange(10**5, 10**7)}/'
                f'{slug(other.headline)}" class="{c("Related.link")}"><div class="'
                f'{c("Related.thumb")}"><img alt="" src="https://cdn.{domain}/thumb/'
                f'{token(rng, 12)}.jpg" width="120" height="80"></div><p class="'
                f'{c("Related.title")}">{j(other.headline)}</p></a></div>')

    def baca_juga() -> str:
        other = other_texts(rng, text, 1)[0]
        j.also(f"Baca Juga: {other.headline}")
        return (f"<p><strong>Baca Juga: </strong><a href=\"{base}/{section}/"
                f"{rng.randrange(10**5, 10**7)}/{slug(other.headline)}\">"
                f"{escape(other.headline)}</a></p>")

    paragraphs = [f"<p>{escape(p)}</p>" for p in text.paragraphs]
    if rng.random() < 0.3:  # the outlet's dateline in bold before the first paragraph
        dateline = rng.choice((f"{city.upper()}, {site} -", f"{site}, {city.upper()} -",
                               f"{city.upper()} -"))
        paragraphs[0] = f"<p><strong>{j(dateline)}</strong> {escape(text.paragraphs[0])}</p>"
    split = rng.random() < 0.5  # inserts between blocks of the body, or inside one block
    blocks: list[list[str]] = [[]]
    for n, paragraph in enumerate(paragraphs):
        blocks[-1].append(paragraph)
        if n == len(paragraphs) - 1:
            break
        insert = ""
        if n == 1 and rng.random() < 0.7:
            insert = ad()
        elif n == 2 and rng.random() < 0.6:
            insert = related_card()
        elif n == 4 and rng.random() < 0.5:
            insert = baca_juga() if rng.random() < 0.5 else ad()
        if insert and split:
            blocks.append([f"</div>{insert}<div class=\"{c('Article.body')}\">"])
            blocks.append([])
        elif insert:
            blocks[-1].append(insert)
    body = f'<div class="{c("Article.body")}">' + "".join("".join(b) for b in blocks) + "</div>"

    tags = [*rng.sample(_TAGS, rng.randrange(2, 5)), province]
    hashed = rng.random() < 0.5
    shown_tags = [f"#{t.replace(' ', '')}" if hashed else t for t in tags]
    j.also(" ".join(("Topik:", *shown_tags)))
    topics = (f'<div class="{c("Topic.row")}"><span class="{c("Topic.label")}">{j("Topik:")}</span>'
              + "".join(f'<a href="{base}/tag/{slug(t)}" class="{c("Topic.tag")}">{j(s)}</a>'
                        for t, s in zip(tags, shown_tags, strict=True)) + "</div>")
    prompt = ""
    if rng.random() < 0.6:
        line = rng.choice((f"Ikuti berita terkini dari {site} di Google News, klik di sini",
                           "Simak berita dan artikel lainnya di Google News",
                           f"Dapatkan update berita pilihan setiap hari dari {site}. Mari "
                           f"bergabung di saluran WhatsApp {site}, caranya klik tautan ini."))
        prompt = f'<div class="{c("Follow.prompt")}"><a href="#">{j(line)}</a></div>'
    box = ""
    if rng.random() < 0.6:
        bio = (f"{author} adalah jurnalis {site} yang meliput isu pemerintahan dan pembangunan "
               f"di {province}.") if rng.random() < 0.6 else ""
        box = (f'<div class="{c("Author.box")}"><img alt="{escape(author)}" src="https://cdn.'
               f'{domain}/avatar/{slug(author)}.jpg" width="56" height="56"><div class="'
               f'{c("Author.text")}"><p class="{c("Author.name")}">{j(author)}</p>'
               + (f'<p class="{c("Author.bio")}">{j(bio)}</p>' if bio else "")
               + f'<p class="{c("Author.editor")}">{j("Editor: " + editor)}</p></div></div>')

    headline_h1 = f'<h1 class="{c("Article.title")}">{escape(text.headline)}</h1>'
    wrapper = "article" if rng.random() < 0.5 else "div"
    article = (f'<{wrapper} class="{c("Article.wrap")}"><div class="{c("Article.category")}"><a '
               f'href="{base}/{section}">{j(category)}</a></div>{headline_h1}'
               f'<div class="{c("Byline.wrap")}"><div class="{c("Byline.people")}">{byline_html}'
               f'</div><div class="{c("Byline.dates")}">{date_html}{updated}</div></div>{share}'
               f"{figure}{body}{topics}{prompt}{box}</{wrapper}>")

    headline_ld = text.headline if rng.random() < 0.8 else text.headline[:110]
    head = [f'<meta name="description" content="{escape(_teaser(rng, text.paragraphs[0]))}">',
            f'<link rel="canonical" href="{url}">']
    og_title = rng.choice((text.headline, text.headline, f"{text.headline} | {site}"))
    if rng.random() < 0.8:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{escape(og_title)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:image" content="https://cdn.{domain}/{token(rng, 16)}.jpg">',
                 '<meta name="twitter:card" content="summary_large_image">']
        if rng.random() < 0.6:
            head.append(f'<meta property="og:site_name" content="{escape(site)}">')
    if has_meta:
        head.append(f'<meta property="article:published_time" content="{iso}">')
    if has_ld:
        stamp = _utc(when) if ld_z else iso
        changed = _utc(modified) if ld_z else modified.isoformat(timespec="seconds")
        ld = {"@context": "https://schema.org", "@type": "NewsArticle",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": headline_ld,
              "image": [f"https://cdn.{domain}/{token(rng, 16)}.jpg"],
              "datePublished": stamp, "dateModified": changed,
              "author": [{"@type": "Person", "name": author}],
              "publisher": {"@type": "Organization", "name": site,
                            "logo": {"@type": "ImageObject", "url": f"{base}/logo.png"}}}
        head.append(f'<script type="application/ld+json">{_json_script(ld)}</script>')
        if rng.random() < 0.4:
            crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList",
                      "itemListElement": [
                          {"@type": "ListItem", "position": 1, "name": "Home", "item": base},
                          {"@type": "ListItem", "position": 2, "name": category,
                           "item": f"{base}/{section}"}]}
            head.append(f'<script type="application/ld+json">{_json_script(crumbs)}</script>')
    title = joined_title(rng, text.headline, site, separators=(" - ", " | "))
    build = token(rng, 21)
    pages_router = rng.random() < 0.65
    if pages_router:
        data = {"props": {"pageProps": {"article": {
            "id": article_id, "title": text.headline, "slug": slug(text.headline),
            "content": "".join(f"<p>{p}</p>" for p in text.paragraphs),
            "publishedAt": _utc(when), "author": {"name": author}, "editor": {"name": editor},
            "category": {"name": category, "slug": section}, "tags": tags},
            "related": [{"title": o.headline, "slug": slug(o.headline)}
                        for o in other_texts(rng, text, 4)]}, "__N_SSP": True},
            "page": f"/{section}/[id]/[slug]", "query": {"id": str(article_id),
                                                       "slug": slug(text.headline)},
            "buildId": build, "isFallback": False, "gssp": True, "scriptLoader": []}
        tail = (f'<script id="__NEXT_DATA__" type="application/json">{_json_script(data)}</script>'
                f'<script src="/_next/static/chunks/pages/{section}/[id]/[slug]-{token(rng, 16)}'
                '.js" defer=""></script>')
        head.append(f'<meta name="next-head-count" content="{len(head) + 3}">')
    else:
        payload = json.dumps(["$", "article", None, {"title": text.headline,
                                                     "paragraphs": list(text.paragraphs)}],
                             ensure_ascii=False)
        tail = ("<script>(self.__next_f=self.__next_f||[]).push([0])</script>"
                f"<script>self.__next_f.push([1,{_json_script('5:' + payload)}])</script>")
    styles = ""
    if c.style == "emotion":
        styles = "".join(f'<style data-emotion="css {name[4:]}">.{name}{{display:flex;'
                         "flex-direction:column;}</style>"
                         for name in list(c.seen.values())[:6])
    logo = f'<a href="/" class="{c("Header.logo")}"><img alt="{escape(site)}" src="/logo.svg" ' \
           'width="180" height="40"></a>'
    if rng.random() < 0.15:
        logo = f'<h1 class="{c("Header.brand")}">{logo}</h1>'
    nav = "".join(f'<a href="{base}/{slug(s)}" class="{c("Nav.link")}">{s}</a>' for s in (
        "Terkini", "Nasional", "Daerah", "Ekonomi", "Olahraga", "Gaya Hidup", "Foto", "Video"))
    popular = "".join(
        f'<li class="{c("Popular.item")}"><span class="{c("Popular.rank")}">{n}</span><a href="'
        f'{base}/{section}/{rng.randrange(10**5, 10**7)}/{slug(o.headline)}">{escape(o.headline)}'
        "</a></li>" for n, o in enumerate(other_texts(rng, text, 5), start=1))
    more = "".join(
        f'<div class="{c("Feed.item")}"><a href="{base}/{section}/{rng.randrange(10**5, 10**7)}/'
        f'{slug(o.headline)}"><h3 class="{c("Feed.title")}">{escape(o.headline)}</h3></a><p '
        f'class="{c("Feed.teaser")}">{escape(_teaser(rng, o.paragraphs[0]))}</p><span class="'
        f'{c("Feed.time")}">{rng.randrange(1, 23)} jam yang lalu</span></div>'
        for o in other_texts(rng, text, 4))
    today = day + timedelta(days=rng.randrange(0, 20))
    html = f"""<!DOCTYPE html><html lang="id"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>{"".join(head)}
<link rel="preload" href="/_next/static/media/{token(rng, 10)}-s.p.woff2" as="font"
 type="font/woff2" crossorigin="anonymous">
<link rel="stylesheet" href="/_next/static/css/{token(rng, 16)}.css" data-n-g="">
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-{token(rng, 16)}.js"></script>
<script src="/_next/static/chunks/webpack-{token(rng, 16)}.js" defer=""></script>
<script src="/_next/static/chunks/framework-{token(rng, 16)}.js" defer=""></script>
<script src="/_next/static/chunks/main-{token(rng, 16)}.js" defer=""></script>{styles}</head><body>
<div id="__next"><div class="{c("Layout.root")}">
<header class="{c("Header.wrap")}"><div class="{c("Header.top")}">
<span class="{c("Header.today")}">{indonesian_date(today, day_name=True)}</span>
<a href="/login" class="{c("Header.login")}">Masuk</a></div>
<div class="{c("Header.main")}">{logo}<nav class="{c("Nav.wrap")}">{nav}</nav>
<button aria-label="Cari" class="{c("Header.search")}">
<svg viewBox="0 0 24 24" width="20" height="20"><path d="M0 0h24v24H0z"></path></svg></button></div>
<div class="{c("Trending.bar")}"><span>Trending</span>
<a href="#">#{rng.choice(_TAGS).replace(" ", "")}</a><a href="#">#{province.replace(" ", "")}</a>
</div></header>
<div class="{c("Ads.top")}"><span class="{c("Ads.label")}">ADVERTISEMENT</span>
<div id="div-gpt-ad-leaderboard"></div></div>
<main class="{c("Layout.main")}"><div class="{c("Layout.grid")}"><div class="{c("Layout.content")}">
<nav aria-label="breadcrumb" class="{c("Breadcrumb.wrap")}"><a href="/">Home</a><span>/</span>
<a href="{base}/{section}">{escape(category)}</a></nav>
{article}
<section class="{c("Feed.wrap")}">
<h2 class="{c("Feed.heading")}">Berita Lainnya</h2>{more}</section>
<div id="disqus_thread" class="{c("Comments.wrap")}"></div>
</div><aside class="{c("Layout.aside")}"><div class="{c("Ads.side")}"><div id="div-gpt-ad-sidebar">
</div></div><section class="{c("Popular.wrap")}"><h2 class="{c("Popular.heading")}">Terpopuler</h2>
<ol class="{c("Popular.list")}">{popular}</ol></section></aside></div></main>
<footer class="{c("Footer.wrap")}"><div class="{c("Footer.links")}">
<a href="/tentang-kami">Tentang Kami</a><a href="/redaksi">Redaksi</a>
<a href="/pedoman-media-siber">Pedoman Media Siber</a><a href="/kode-etik">Kode Etik</a>
<a href="/kontak">Kontak</a><a href="/karir">Karir</a></div>
<p class="{c("Footer.copy")}">&copy; {today.year} {escape(site)}. All rights reserved.</p></footer>
</div></div>{tail}</body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day,
                            author, site, tuple(j.lines))


# -- 3. a Ghost- or Medium-style blog of a city's public-relations office ------------------


def _blog_date(rng: random.Random, day: date) -> str:
    """A blog theme's date: Casper's "D MMM YYYY", in English or in Indonesian, or
    longer forms."""
    m = day.month - 1
    return rng.choice((f"{day.day} {MONTHS_EN[m][:3]} {day.year}",
                       f"{day.day} {MONTHS_ID_SHORT[m]} {day.year}",
                       indonesian_date(day, day_name=False),
                       f"{MONTHS_EN[m]} {day.day}, {day.year}",
                       f"{DAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[m]} {day.year}"))


def _kg_cards(rng: random.Random, text: Text, j: Junk, base: str, site: str, kind: str,
              place: str) -> list[str]:
    """The body as Ghost's editor writes it: paragraphs with image, bookmark, callout
    and button cards between and after them."""
    parts = []
    for n, paragraph in enumerate(text.paragraphs):
        parts.append(f"<p>{escape(paragraph)}</p>")
        if n == 0 and rng.random() < 0.5:
            caption = _caption(rng, kind, place, site)
            parts.append(
                f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{base}/'
                f'content/images/{token(rng, 8)}.jpg" class="kg-image" alt="" loading="lazy" '
                f'width="1600" height="1067"><figcaption><span style="white-space: pre-wrap;">'
                f"{j(caption)}</span></figcaption></figure>")
        if n == 2 and rng.random() < 0.35:
            other = other_texts(rng, text, 1)[0]
            parts.append(
                f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
                f'href="{base}/{slug(other.headline)}/"><div class="kg-bookmark-content"><div '
                f'class="kg-bookmark-title">{j(other.headline)}</div><div class="kg-bookmark-'
                f'description">{j(_teaser(rng, other.paragraphs[0]))}</div><div class="kg-'
                f'bookmark-metadata"><img class="kg-bookmark-icon" src="{base}/favicon.png" '
                f'alt=""><span class="kg-bookmark-author">{j(site)}</span><span class="kg-'
                f'bookmark-publisher">{j(rng.choice(NAMES))}</span></div></div><div class="kg-'
                f'bookmark-thumbnail"><img src="{base}/content/images/{token(rng, 8)}.jpg" '
                'alt=""></div></a></figure>')
        if n == 1 and rng.random() < 0.2:
            other = other_texts(rng, text, 1)[0]
            j.also(f"Baca juga: {other.headline}")
            parts.append(f'<p><strong>Baca juga:</strong> <a href="{base}/{slug(other.headline)}'
                         f'/">{escape(other.headline)}</a></p>')
    if rng.random() < 0.3:
        handle = slug(site).replace("-", "")
        note = (f"Ikuti informasi resmi Pemerintah {kind} {place} melalui Instagram @{handle} "
                f"dan kanal YouTube {site}.")
        parts.append(f'<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-'
                     f'callout-emoji">{j("📢")}</div><div class="kg-callout-text">{j(note)}'
                     "</div></div>")
    if rng.random() < 0.2:
        parts.append(f'<div class="kg-card kg-button-card kg-align-center"><a href="{base}/'
                     f'content/files/siaran-pers-{token(rng, 6)}.pdf" class="kg-btn kg-btn-'
                     f'accent">{j("Unduh Siaran Pers (PDF)")}</a></div>')
    return parts


def ghost_or_medium(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A city public-relations office's blog: Ghost with Casper 3 (``article.post-full``,
    ``h1.post-full-title``, the subscribe form in the article) or Casper 5 (``gh-content``
    and Koenig cards), a Medium story (class soup, claps, "Follow", a UTC stamp in its
    JSON-LD), or a Hugo port of Casper whose ``<time>`` may carry the full moment."""
    kind, place, zone = _region(rng, kinds=("Kota",))
    site = rng.choice((f"Humas Kota {place}", f"Bagian Prokopim Kota {place}",
                       f"Kabar Balai Kota {place}", f"Humas Pemkot {place}",
                       f"Media Center Kota {place}"))
    style = rng.choices(("casper3", "casper5", "medium", "hugo"), (35, 30, 20, 15))[0]
    builder = {"casper3": _casper, "casper5": _casper, "medium": _medium, "hugo": _hugo}[style]
    return builder(rng, text, style, site, kind, place, zone)


def _casper(rng: random.Random, text: Text, style: str, site: str, kind: str, place: str,
            zone: str) -> tuple[str, str, Truth]:
    host = _host(kind, place)
    base = rng.choice((f"https://humas.{host}", f"https://blog.{host}",
                       f"https://{slug(site).replace('-', '')}.ghost.io"))
    url = f"{base}/{slug(text.headline)}/"
    when = _moment(rng, zone, office_hours=True)
    day = when.date()
    author = rng.choice((*NAMES, site, "Tim Humas"))
    author_slug = slug(author)
    j = Junk()
    english = rng.random() < 0.5
    ghost_head = rng.random() < 0.8  # {{ghost_head}}: og:, article:published_time, JSON-LD
    printed = _blog_date(rng, day)
    timed = rng.random() < 0.2  # a customised theme that prints the time and its zone
    if timed:
        printed = f"{indonesian_date(day, day_name=False)} • {when:%H:%M} {zone}"
    minutes = max(1, sum(len(p.split()) for p in text.paragraphs) // 200)
    reading = f"{minutes} min read" if english else f"{minutes} menit baca"
    tag = rng.choice(("Berita", "Siaran Pers", "Pemerintahan", "Kegiatan Wali Kota"))
    tag_slug = slug(tag)
    excerpt = ""
    if rng.random() < 0.4:
        excerpt = _teaser(rng, text.paragraphs[0])
    bio = (f"Akun resmi {site}, menyampaikan informasi kegiatan Pemerintah {kind} {place}."
           if rng.random() < 0.6 else "")
    parts = _kg_cards(rng, text, j, base, site, kind, place)
    date_attr = f"{day:%Y-%m-%d}"
    time_el = (f'<time class="byline-meta-date" datetime="{date_attr}">{j(printed)}</time>'
               f'<span class="byline-reading-time"><span class="bull">&bull;</span> '
               f"{j(reading)}</span>")
    avatar = (f'<ul class="author-list"><li class="author-list-item"><a href="{base}/author/'
              f'{author_slug}/" class="author-avatar"><img class="author-profile-image" src="'
              f'{base}/content/images/size/w100/avatar.png" alt="{escape(author)}"></a></li></ul>')
    title = joined_title(rng, text.headline, site, separators=(" - ", " | ", " — "))
    sign_up = "Subscribe" if english else "Berlangganan"
    if style == "casper3":
        form_title = f"Subscribe to {site}" if english else f"Berlangganan {site}"
        form_text = ("Get the latest posts delivered right to your inbox" if english else
                     "Dapatkan berita terbaru langsung di kotak masuk Anda")
        ok = ("Great! Check your inbox and click the link to confirm your subscription." if english
              else "Berhasil! Periksa kotak masuk Anda dan klik tautan untuk konfirmasi.")
        bad = ("Please enter a valid email address!" if english else
               "Masukkan alamat email yang valid!")
        subscribe = ""
        if rng.random() < 0.8:
            subscribe = (f'<section class="subscribe-form"><h3 class="subscribe-form-title">'
                         f'{j(form_title)}</h3><p class="subscribe-form-description">'
                         f'{j(form_text)}</p><form data-members-form="subscribe"><div class="form-'
                         'group"><input class="subscribe-email" data-members-email placeholder="'
                         'youremail@example.com" type="email" required><button type="submit">'
                         f'<span class="button-content">{j(sign_up)}</span><span class="button-'
                         'loader"></span></button></div><div class="message-success"><strong>'
                         f"{j(ok)}</strong></div><div class=\"message-error\">{j(bad)}</div>"
                         "</form></section>")
        footer_card = ""
        if bio:
            more = "Read More" if english else "Tulisan Lainnya"
            footer_card = (f'<footer class="post-full-footer"><section class="author-card"><img '
                           f'class="author-profile-image" src="{base}/content/images/avatar.png" '
                           f'alt="{escape(author)}"><section class="author-card-content"><h4 '
                           f'class="author-card-name"><a href="{base}/author/{author_slug}/">'
                           f'{j(author)}</a></h4><p>{j(bio)}</p></section></section><div class='
                           f'"post-full-footer-right"><a class="author-card-button" href="{base}'
                           f'/author/{author_slug}/">{j(more)}</a></div></footer>')
        image = ""
        if rng.random() < 0.7:
            image = (f'<figure class="post-full-image"><img srcset="{base}/content/images/size/'
                     f'w300/{token(rng, 8)}.jpg 300w, {base}/content/images/size/w1000/'
                     f'{token(rng, 8)}.jpg 1000w" sizes="(max-width: 800px) 400px, 1170px" '
                     f'src="{base}/content/images/size/w2000/{token(rng, 8)}.jpg" alt="'
                     f'{escape(text.headline)}"></figure>')
        article = (f'<article class="post-full post tag-{tag_slug}"><header class="post-full-'
                   f'header"><section class="post-full-tags"><a href="{base}/tag/{tag_slug}/">'
                   f'{j(tag)}</a></section><h1 class="post-full-title">{escape(text.headline)}'
                   "</h1>"
                   + (f'<p class="post-full-custom-excerpt">{j(excerpt)}</p>' if excerpt else "")
                   + f'<div class="post-full-byline"><section class="post-full-byline-content">'
                   f'{avatar}<section class="post-full-byline-meta"><h4 class="author-name"><a '
                   f'href="{base}/author/{author_slug}/">{j(author)}</a></h4><div class="byline-'
                   f'meta-content">{time_el}</div></section></section></div></header>{image}'
                   f'<section class="post-full-content"><div class="post-content">'
                   f'{"".join(parts)}</div></section>{subscribe}{footer_card}<section class="post-'
                   'full-comments"></section></article>')
        cards = other_texts(rng, text, 5)
        more_in = "More in" if english else "Lainnya di"
        see_all = (f"See all {rng.randrange(12, 300)} posts →" if english else
                   f"Lihat semua {rng.randrange(12, 300)} tulisan →")
        read_next = (f'<aside class="read-next outer"><div class="inner"><div class="read-next-'
                     f'feed"><article class="read-next-card"><header class="read-next-card-header">'
                     f'<h3><span>{more_in}</span> <a href="{base}/tag/{tag_slug}/">'
                     f'{escape(tag)}</a>'
                     f'</h3></header><div class="read-next-card-content"><ul>' + "".join(
                         f'<li><h4><a href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a>'
                         f'</h4><div class="read-next-card-meta"><p><time datetime="'
                         f'{day - timedelta(days=k + 1):%Y-%m-%d}">'
                         f"{_blog_date(rng, day - timedelta(days=k + 1))}</time> – "
                         f"{rng.randrange(1, 6)} min read</p></div></li>"
                         for k, o in enumerate(cards[:3]))
                     + f'</ul></div><footer class="read-next-card-footer"><a href="{base}/tag/'
                     f'{tag_slug}/">{see_all}</a></footer></article>' + "".join(
                         _post_card(rng, base, o, day) for o in cards[3:])
                     + "</div></div></aside>")
        page = (f'<body class="post-template tag-{tag_slug}"><div class="site-wrapper"><header '
                f'class="site-header"><div class="outer site-nav-main"><div class="inner"><nav '
                f'class="site-nav"><div class="site-nav-left-wrapper"><div class="site-nav-left">'
                f'<a class="site-nav-logo" href="{base}/">{escape(site)}</a><div class="site-nav-'
                f'content"><ul class="nav"><li class="nav-beranda"><a href="{base}/">Beranda</a>'
                f'</li><li class="nav-berita"><a href="{base}/tag/berita/">Berita</a></li><li '
                f'class="nav-agenda"><a href="{base}/tag/agenda/">Agenda</a></li><li class="nav-'
                f'tentang"><a href="{base}/tentang/">Tentang</a></li></ul><span class="nav-post-'
                f'title dash">{escape(text.headline)}</span></div></div></div><div class="site-'
                f'nav-right"><div class="social-links"><a class="social-link social-link-fb" '
                f'href="https://www.facebook.com/{slug(site)}" title="Facebook"><svg viewBox="0 0 '
                f'32 32"><path d="M0 0h32v32H0z"></path></svg></a></div><a class="subscribe-'
                f'button" href="#subscribe">{sign_up}</a></div></nav></div></div></header>'
                f'<main id="site-main" class="site-main outer"><div class="inner">{article}'
                f"</div></main>{read_next}"
                f'<footer class="site-footer outer"><div class="site-footer-content inner">'
                f'<section class="copyright"><a href="{base}/">{escape(site)}</a> &copy; '
                f'{day.year}</section><nav class="site-footer-nav"><a href="{base}/">Latest Posts'
                f'</a><a href="https://www.facebook.com/{slug(site)}" target="_blank" rel="'
                'noopener">Facebook</a><a href="https://ghost.org" target="_blank" rel="noopener"'
                '>Ghost</a></nav></div></footer></div><div id="subscribe" class="subscribe-'
                'overlay"><a class="subscribe-close-overlay" href="#"></a><div class="subscribe-'
                f'overlay-content"><div class="subscribe-form"><h1 class="subscribe-overlay-title">'
                f'{escape("Subscribe to " + site)}</h1><p class="subscribe-overlay-description">'
                "Stay up to date! Get all the latest &amp; greatest posts delivered straight to "
                "your inbox</p></div></div></div>")
    else:
        image = ""
        if rng.random() < 0.7:
            cover = ""
            if rng.random() < 0.5:
                cover = (f'<figcaption><span style="white-space: pre-wrap;">'
                         f"{j(_caption(rng, kind, place, site))}</span></figcaption>")
            image = (f'<figure class="article-image"><img srcset="{base}/content/images/size/'
                     f'w600/{token(rng, 8)}.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw" '
                     f'src="{base}/content/images/size/w2000/{token(rng, 8)}.jpg" alt="'
                     f'{escape(text.headline)}">{cover}</figure>')
        article = (f'<article class="article post tag-{tag_slug}"><header class="article-header '
                   f'gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-'
                   f'primary-tag"><a href="{base}/tag/{tag_slug}/">{j(tag)}</a></span></div><h1 '
                   f'class="article-title">{escape(text.headline)}</h1>'
                   + (f'<p class="article-excerpt">{j(excerpt)}</p>' if excerpt else "")
                   + f'<div class="article-byline"><section class="article-byline-content">'
                   f'{avatar}<div class="article-byline-meta"><h4 class="author-name"><a href="'
                   f'{base}/author/{author_slug}/">{j(author)}</a></h4><div class="byline-meta-'
                   f'content">{time_el}</div></div></section></div>{image}</header><section '
                   f'class="gh-content gh-canvas">{"".join(parts)}</section></article>')
        cta_title = ("Sign up for more like this." if english else
                     "Daftar untuk mendapatkan berita seperti ini.")
        page = (f'<body class="post-template tag-{tag_slug} is-head-left-logo has-cover"><div '
                f'class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-'
                f'inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="'
                f'{base}/">{escape(site)}</a><button class="gh-burger" aria-label="Menu"></button>'
                f'</div><nav class="gh-head-menu"><ul class="nav"><li class="nav-beranda"><a '
                f'href="{base}/">Beranda</a></li><li class="nav-siaran-pers"><a href="{base}/tag/'
                f'siaran-pers/">Siaran Pers</a></li><li class="nav-galeri"><a href="{base}/galeri/'
                f'">Galeri</a></li><li class="nav-tentang"><a href="{base}/tentang/">Tentang</a>'
                f'</li></ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-'
                'btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24">'
                '<path d="M0 0h24v24H0z"></path></svg></button><div class="gh-head-members"><a '
                'class="gh-head-link" href="#/portal/signin" data-portal="signin">'
                f'{"Sign in" if english else "Masuk"}</a><a class="gh-head-button" href="#/portal/'
                f'signup" data-portal="signup">{sign_up}</a></div></div></div></header><div '
                f'class="site-content"><main id="site-main" class="site-main">{article}</main>'
                f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-'
                f'title">{cta_title}</h2><a class="footer-cta-button" href="#/portal" data-portal>'
                f'<div class="footer-cta-input">Enter your email</div><span>{sign_up}</span></a>'
                f'</div></section><aside class="read-more-wrap outer"><div class="read-more inner">'
                + "".join(_post_card(rng, base, o, day) for o in other_texts(rng, text, 3))
                + f'</div></aside></div><footer class="site-footer outer"><div class="inner">'
                f'<section class="copyright"><a href="{base}/">{escape(site)}</a> &copy; '
                f'{day.year}</section><nav class="site-footer-nav"><ul class="nav"><li><a href="'
                f'#/portal/">{sign_up}</a></li></ul></nav><div class="gh-powered-by"><a href="'
                'https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>'
                "</div></footer></div>")
    head = ""
    if ghost_head:
        ld = {"@context": "https://schema.org", "@type": "Article",
              "publisher": {"@type": "Organization", "name": site, "url": f"{base}/",
                            "logo": {"@type": "ImageObject", "url": f"{base}/favicon.png"}},
              "author": {"@type": "Person", "name": author,
                         "url": f"{base}/author/{author_slug}/"},
              "headline": text.headline, "url": url, "datePublished": _utc(when),
              "dateModified": _utc(when + timedelta(hours=rng.randrange(0, 30))),
              "keywords": tag, "description": _teaser(rng, text.paragraphs[0]),
              "mainEntityOfPage": f"{base}/"}
        head = (f'<link rel="canonical" href="{url}"><meta name="referrer" content="no-referrer-'
                f'when-downgrade"><meta property="og:site_name" content="{escape(site)}"><meta '
                f'property="og:type" content="article"><meta property="og:title" content="'
                f'{escape(text.headline)}"><meta property="og:description" content="'
                f'{escape(_teaser(rng, text.paragraphs[0]))}"><meta property="og:url" content="'
                f'{url}"><meta property="article:published_time" content="{_utc(when)}"><meta '
                f'property="article:tag" content="{escape(tag)}"><meta name="twitter:card" '
                f'content="summary_large_image"><meta name="twitter:title" content="'
                f'{escape(text.headline)}"><script type="application/ld+json">'
                f"{json.dumps(ld, ensure_ascii=False, indent=4)}</script>"
                f'<meta name="generator" content="Ghost {rng.choice(("4.48", "5.54", "5.82"))}">'
                f'<link rel="alternate" type="application/rss+xml" title="{escape(site)}" '
                f'href="{base}/rss/">')
    version = token(rng, 5)
    html = f"""<!DOCTYPE html>
<html lang="{"en" if english else "id"}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(title)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="{base}/assets/built/screen.css?v={version}">
<link rel="icon" href="{base}/favicon.png" type="image/png">
{head}
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
 data-ghost="{base}/" data-key="{token(rng, 26)}" data-api="{base}/ghost/api/content/"
 crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content {{ border-radius: 8px; }}</style>
</head>
{page}
<script src="{base}/assets/built/casper.js?v={version}"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author,
                            site, tuple(j.lines))


def _post_card(rng: random.Random, base: str, other: Text, day: date) -> str:
    shown = day - timedelta(days=rng.randrange(1, 40))
    return (f'<article class="post-card post"><a class="post-card-image-link" href="{base}/'
            f'{slug(other.headline)}/"><img class="post-card-image" src="{base}/content/images/'
            f'size/w600/{token(rng, 8)}.jpg" alt="" loading="lazy"></a><div class="post-card-'
            f'content"><a class="post-card-content-link" href="{base}/{slug(other.headline)}/">'
            f'<header class="post-card-header"><h2 class="post-card-title">'
            f'{escape(other.headline)}</h2></header><div class="post-card-excerpt">'
            f"{escape(_teaser(rng, other.paragraphs[0]))}</div></a><footer class=\"post-card-"
            f'meta"><time class="post-card-meta-date" datetime="{shown:%Y-%m-%d}">'
            f"{_blog_date(rng, shown)}</time><span class=\"post-card-meta-length\">"
            f"{rng.randrange(1, 6)} min read</span></footer></div></article>")


def _soup(rng: random.Random, n: int) -> str:
    """Medium's atomic class names: "ab cd ef ..."."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(rng.choice(letters) + rng.choice(letters) for _ in range(n))


def _medium(rng: random.Random, text: Text, style: str, site: str, kind: str, place: str,
            zone: str) -> tuple[str, str, Truth]:
    handle = slug(site).replace("-", "")
    story = token(rng, 12)
    url = rng.choice((f"https://medium.com/@{handle}/{slug(text.headline)}-{story}",
                      f"https://{handle}.medium.com/{slug(text.headline)}-{story}"))
    when = _moment(rng, zone, office_hours=True)  # the UTC stamp falls on the local day
    day = when.date()
    j = Junk()
    year_shown = rng.random() < 0.7  # Medium leaves the year out in the current year
    m = day.month - 1
    printed = f"{MONTHS_EN[m][:3]} {day.day}, {day.year}" if year_shown else \
        f"{MONTHS_EN[m][:3]} {day.day}"
    minutes = max(1, sum(len(p.split()) for p in text.paragraphs) // 230)
    claps = rng.randrange(3, 900)
    responses = rng.randrange(0, 12)
    parts = []
    subtitle = ""
    if rng.random() < 0.4:
        subtitle = (f'<h2 id="{token(rng, 4)}" class="pw-subtitle-paragraph {_soup(rng, 12)}">'
                    f"{j(_teaser(rng, text.paragraphs[0]))}</h2>")
    figure = ""
    if rng.random() < 0.7:
        cap = ""
        if rng.random() < 0.7:
            cap = (f'<figcaption class="{_soup(rng, 10)}">{j(_caption(rng, kind, place, site))}'
                   "</figcaption>")
        figure = (f'<figure class="{_soup(rng, 8)} paragraph-image"><div role="button" '
                  f'tabindex="0" class="{_soup(rng, 6)}"><div class="{_soup(rng, 3)}"><picture>'
                  f'<img alt="" class="{_soup(rng, 4)}" width="700" height="467" loading="eager" '
                  f'role="presentation" src="https://miro.medium.com/v2/resize:fit:1400/'
                  f'1*{token(rng, 22)}.jpeg"></picture></div></div>{cap}</figure>')
    body_class = _soup(rng, 24)
    for paragraph in text.paragraphs:
        parts.append(f'<p id="{token(rng, 4)}" class="pw-post-body-paragraph {body_class}" '
                     f'data-selectable-paragraph="">{escape(paragraph)}</p>')
    dot = '<span class="bf b bg z dx">·</span>'
    j.also("·")
    header = (
        f'<div class="speechify-ignore {_soup(rng, 2)}"><div class="{_soup(rng, 5)}"><a href="/@'
        f'{handle}?source=post_page-----{story}" rel="noopener follow"><img alt="{escape(site)}" '
        f'class="{_soup(rng, 6)}" src="https://miro.medium.com/v2/resize:fill:88:88/'
        f'1*{token(rng, 22)}.png" width="44" height="44" loading="lazy" data-testid="authorPhoto">'
        f'</a><div class="{_soup(rng, 3)}"><p class="{_soup(rng, 5)}"><a data-testid="authorName" '
        f'href="/@{handle}" rel="noopener follow">{j(site)}</a></p><span aria-hidden="true">'
        f'{dot}</span><p><button class="{_soup(rng, 8)}">{j("Follow")}</button></p></div><div '
        f'class="{_soup(rng, 4)}"><span data-testid="storyReadTime">{j(f"{minutes} min read")}'
        f'</span><span aria-hidden="true">{dot}</span><span data-testid="storyPublishDate">'
        f"{j(printed)}</span></div></div>"
        f'<div class="{_soup(rng, 12)}"><div class="pw-multi-vote-icon {_soup(rng, 4)}"><button '
        f'data-testid="headerClapButton" aria-label="clap"><svg width="24" height="24"></svg>'
        f'</button></div><div class="pw-multi-vote-count {_soup(rng, 5)}"><p><span>{j(str(claps))}'
        f'</span></p></div><button aria-label="responses"><svg width="24" height="24"></svg><p>'
        f'<span class="pw-responses-count">{j(str(responses))}</span></p></button><button '
        f'aria-label="Add to list bookmark button" data-testid="headerBookmarkButton"><svg '
        f'width="25" height="25"></svg></button><button aria-label="Listen" data-testid="'
        f'audioPlayButton"><svg width="24" height="24"></svg><div><p>{j("Listen")}</p></div>'
        f'</button><button aria-label="Share Post" data-testid="headerSocialShareButton"><svg '
        f'width="24" height="24"></svg><div><p>{j("Share")}</p></div></button></div></div>')
    article = (f'<article><div class="l"><div class="l"><section><div><div class="'
               f'{_soup(rng, 5)}"></div><div class="{_soup(rng, 5)}"><div class="ab ca"><div '
               f'class="{_soup(rng, 6)}"><div><h1 id="{token(rng, 4)}" class="pw-post-title '
               f'{_soup(rng, 20)}" data-testid="storyTitle">{escape(text.headline)}</h1></div>'
               f"{subtitle}<div>{header}</div>{figure}{''.join(parts)}</div></div></div></div>"
               "</section></div></div></article>")
    tags = rng.sample(("Pemerintahan", place, "Indonesia", "Pelayanan Publik", "Berita"), 3)
    followers = f"{rng.randrange(120, 9000):,} Followers".replace(",", ".")
    about = f"Akun resmi {site}. Informasi kegiatan Pemerintah {kind} {place}."
    more = "".join(
        f'<div class="{_soup(rng, 4)}"><a href="/@{handle}/{slug(o.headline)}-{token(rng, 12)}">'
        f'<h2 class="{_soup(rng, 6)}">{escape(o.headline)}</h2><h3 class="{_soup(rng, 6)}">'
        f"{escape(_teaser(rng, o.paragraphs[0]))}</h3></a></div>"
        for o in other_texts(rng, text, 4))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "image": [f"https://miro.medium.com/v2/resize:fit:1200/1*{token(rng, 22)}.jpeg"],
          "url": url, "dateCreated": _utc(when), "datePublished": _utc(when),
          "dateModified": _utc(when + timedelta(minutes=rng.randrange(1, 3000))),
          "headline": text.headline, "name": text.headline,
          "description": _teaser(rng, text.paragraphs[0]), "identifier": story,
          "author": {"@type": "Person", "name": site, "url": f"https://medium.com/@{handle}"},
          "creator": [site], "publisher": {"@type": "Organization", "name": "Medium",
                                           "url": "https://medium.com/"},
          "mainEntityOfPage": url}
    title = f"{text.headline} | by {site} | Medium"
    tag_links = "".join(f'<a href="/tag/{slug(t)}" class="{_soup(rng, 3)}"><div class="'
                        f'{_soup(rng, 6)}">{escape(t)}</div></a>' for t in tags)
    apollo = {f"Post:{story}": {"title": text.headline,
                                "firstPublishedAt": int(when.timestamp() * 1000)}}
    html = f"""<!doctype html><html lang="en"><head><title>{escape(title)}</title>
<meta data-rh="true" charset="utf-8">
<meta data-rh="true" name="viewport"
 content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" name="theme-color" content="#000000">
<meta data-rh="true" property="og:site_name" content="Medium">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="{_utc(when)}">
<meta data-rh="true" name="title" content="{escape(title)}">
<meta data-rh="true" property="og:title" content="{escape(text.headline)}">
<meta data-rh="true" name="description" content="{escape(_teaser(rng, text.paragraphs[0]))}">
<meta data-rh="true" property="og:url" content="{url}">
<meta data-rh="true" name="author" content="{escape(site)}">
<meta data-rh="true" name="twitter:card" content="summary_large_image">
<meta data-rh="true" name="twitter:label1" content="Reading time">
<meta data-rh="true" name="twitter:data1" content="{minutes} min read">
<link data-rh="true" rel="canonical" href="{url}">
<script data-rh="true" type="application/ld+json">{json.dumps(ld)}</script>
<link rel="preload" href="https://glyph.medium.com/css/unbound.css" as="style"></head><body>
<div id="root"><div class="{_soup(rng, 3)}"><div class="{_soup(rng, 8)}"><div class="l">
<div class="l"><div class="speechify-ignore {_soup(rng, 3)}"><div class="{_soup(rng, 6)}">
<a href="https://medium.com/" aria-label="Homepage"><svg viewBox="0 0 719 160" width="112"></svg>
</a><div class="{_soup(rng, 4)}"><a href="https://medium.com/new-story">Write</a>
<a href="/m/signin">Sign up</a><a href="/m/signin">Sign in</a></div></div></div>
<div class="{_soup(rng, 4)}">{article}</div>
<div class="{_soup(rng, 5)}">
<div class="{_soup(rng, 4)}">{tag_links}</div>
<div class="{_soup(rng, 6)}"><h2 class="{_soup(rng, 4)}">Written by {escape(site)}</h2>
<p class="{_soup(rng, 3)}">{followers}</p><p class="{_soup(rng, 3)}">{escape(about)}</p>
<button class="{_soup(rng, 5)}">Follow</button></div>
<div class="{_soup(rng, 6)}"><h2 class="{_soup(rng, 4)}">More from {escape(site)}</h2>{more}</div>
<div class="{_soup(rng, 6)}"><h2 class="{_soup(rng, 4)}">Recommended from Medium</h2></div>
<div class="{_soup(rng, 6)}"><a href="https://help.medium.com">Help</a>
<a href="https://medium.statuspage.io">Status</a><a href="https://medium.com/about">About</a>
<a href="https://medium.com/jobs-at-medium">Careers</a>
<a href="https://medium.com/policy">Privacy</a><a href="https://medium.com/policy/terms">Terms</a>
<a href="https://speechify.com/medium">Text to speech</a></div></div>
</div></div></div></div></div><script>window.__BUILD_ID__="main-{token(rng, 20)}"</script>
<script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>
<script>window.__APOLLO_STATE__ = {json.dumps(apollo, ensure_ascii=False)}</script>
</body></html>"""
    return url, html, Truth(text.headline, text.paragraphs, day, site, site, tuple(j.lines))


def _hugo(rng: random.Random, text: Text, style: str, site: str, kind: str, place: str,
          zone: str) -> tuple[str, str, Truth]:
    host = _host(kind, place)
    base = rng.choice((f"https://humas.{host}", f"https://{slug(site).replace('-', '')}.github.io",
                       f"https://berita.{host}"))
    when = _moment(rng, zone, office_hours=True)
    day = when.date()
    url = rng.choice((f"{base}/post/{slug(text.headline)}/",
                      f"{base}/{when:%Y/%m}/{slug(text.headline)}/"))
    j = Junk()
    full = rng.random() < 0.6  # Hugo's .Date with its offset, or the day alone
    datetime_attr = when.isoformat(timespec="seconds") if full else f"{day:%Y-%m-%d}"
    m = day.month - 1
    printed = rng.choice((indonesian_date(day, day_name=False), f"{MONTHS_EN[m]} {day.day}, "
                          f"{day.year}", f"{DAYS_EN[day.weekday()][:3]}, {MONTHS_EN[m][:3]} "
                          f"{day.day}, {day.year}", f"{day:%d/%m/%Y}"))
    tags = rng.sample(_TAGS, rng.randrange(1, 4))
    joiner = rng.choice(("on", "di"))
    meta = (f'<section class="post-meta"><time class="post-date" datetime="{datetime_attr}">'
            f"{j(printed)}</time> {j(joiner)} " + ", ".join(
                f'<a href="{base}/tags/{slug(t)}/">{j(t)}</a>' for t in tags) + "</section>")
    parts = [f"<p>{escape(p)}</p>" for p in text.paragraphs]
    if rng.random() < 0.4:
        caption = _caption(rng, kind, place, site)
        parts.insert(1, f'<figure><img src="{base}/images/{token(rng, 8)}.jpg" alt=""><figcaption>'
                        f"<h4>{j(caption)}</h4></figcaption></figure>")
    bio = f"Bagian Hubungan Masyarakat Sekretariat Daerah {kind} {place}."
    share_title = rng.choice(("Share this post", "Bagikan tulisan ini"))
    footer = (f'<footer class="post-footer"><figure class="author-image"><a class="img" href="'
              f'{base}/" style="background-image: url({base}/images/logo.png)"><span class="'
              f'hidden">{j(site + "’s Picture")}</span></a></figure><section class="author">'
              f'<h4><a href="{base}/">{j(site)}</a></h4><p>{j(bio)}</p><div class="author-meta">'
              f'<span class="author-location icon-location">{j(place)}</span><span class="author-'
              f'link icon-link"><a href="https://{host}">{j(host)}</a></span></div></section>'
              f'<section class="share"><h4>{j(share_title)}</h4><a class="icon-twitter" href="'
              f'https://twitter.com/share?url={url}"><span class="hidden">{j("Twitter")}</span>'
              f'</a><a class="icon-facebook" href="https://www.facebook.com/sharer/sharer.php?u='
              f'{url}"><span class="hidden">{j("Facebook")}</span></a></section></footer>')
    head = ""
    if rng.random() < 0.5:
        head = (f'<meta property="og:title" content="{escape(text.headline)}"><meta property="og:'
                f'type" content="article"><meta property="og:url" content="{url}">')
        if full:
            head += f'<meta property="article:published_time" content="{datetime_attr}">'
    others = other_texts(rng, text, 2)
    title = joined_title(rng, text.headline, site, separators=(" · ", " | ", " - "))
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{escape(title)}</title>
<meta name="description" content="{escape(_teaser(rng, text.paragraphs[0]))}">
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Hugo 0.{rng.randrange(90, 130)}.{rng.randrange(0, 5)}">
{head}
<link rel="shortcut icon" href="{base}/favicon.ico">
<link rel="stylesheet" type="text/css" href="{base}/css/screen.css">
<link rel="stylesheet" type="text/css"
 href="//fonts.googleapis.com/css?family=Merriweather:300,700,700italic,300italic|Open+Sans:700,400">
<link href="{base}/index.xml" rel="alternate" type="application/rss+xml" title="{escape(site)}">
</head>
<body class="post-template">
<header class="main-header post-head no-cover"><nav class="main-nav clearfix">
<a class="blog-logo" href="{base}/"><img src="{base}/images/logo.png" alt="Blog Logo"></a>
<a class="menu-button" href="#"><span class="burger">&#9776;</span><span class="word">Menu</span>
</a></nav></header>
<nav id="menu"><a class="close-button">Close</a><div class="nav-wrapper">
<p class="nav-label">Menu</p><ul><li><a href="{base}/">Beranda</a></li><li>
<a href="{base}/tags/pemerintahan/">Pemerintahan</a></li><li>
<a href="{base}/tentang/">Tentang Kami</a></li></ul></div></nav>
<main class="content" role="main">
<article class="post">
<header class="post-header"><h1 class="post-title">{escape(text.headline)}</h1>{meta}</header>
<section class="post-content">{"".join(parts)}</section>
{footer}
</article>
</main>
<aside class="read-next">
<a class="read-next-story no-cover" href="{base}/post/{slug(others[0].headline)}/">
<section class="post"><h2>{escape(others[0].headline)}</h2>
<p>{escape(_teaser(rng, others[0].paragraphs[0]))}</p></section></a>
<a class="read-next-story prev no-cover" href="{base}/post/{slug(others[1].headline)}/">
<section class="post"><h2>{escape(others[1].headline)}</h2>
<p>{escape(_teaser(rng, others[1].paragraphs[0]))}</p></section></a></aside>
<div id="disqus_thread"></div>
<footer class="site-footer clearfix"><section class="copyright">
<a href="{base}/">{escape(site)}</a> &copy; {day.year}</section>
<section class="poweredby">Proudly published with <a href="https://gohugo.io">Hugo</a></section>
</footer>
<script type="text/javascript" src="{base}/js/jquery.js"></script>
<script type="text/javascript" src="{base}/js/index.js"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if full else day, site, site,
                            tuple(j.lines))


# -- 4. an OPD's page on a shared government platform -------------------------------------

OFFICES = (("Dinas Komunikasi dan Informatika", "Diskominfo"), ("Dinas Kesehatan", "Dinkes"),
           ("Dinas Pendidikan dan Kebudayaan", "Disdikbud"),
           ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
           ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
           ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
           ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"), ("Dinas Pertanian", "Distan"))


def sipd_opd(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional office's site on the regency's shared platform: the office's name as
    the page's h1, a running text, a left menu of its profile pages, the article in a
    ``div.isi-berita`` (or ``content-detail``, ``post-detail``), a dense meta line
    ("Diposting: 27/05/2025 08:15", "Oleh: admin", "Hits: 312"), "Bagikan:", "Cetak",
    a comment form with citizens' comments, and sidebars of widgets and statistics."""
    office, abbr = rng.choice(OFFICES)
    # the date as the platform prints it; a time without its zone only on WIB regions
    form = rng.choice(("slash_time", "date", "dash_day", "mysql", "zoned", "slash_zoned",
                       "pukul"))
    zoneless = form in ("slash_time", "mysql")
    kind, place, zone = _region(rng, zones=("WIB",) if zoneless else tuple(ZONES))
    kab = "Kab." if kind == "Kabupaten" else "Kota"
    site = rng.choice((f"{office} {kind} {place}", f"{abbr} {kab} {place}",
                       f"{abbr} {kind} {place}"))
    host = f"{abbr.lower()}.{_host(kind, place)}"
    post_id = rng.randrange(20, 4000)
    url = rng.choice((f"https://{host}/berita/detail/{post_id}/{slug(text.headline)}",
                      f"https://{host}/index.php/artikel/{post_id}",
                      f"https://{host}/post/read/{post_id}/{slug(text.headline)}.html",
                      f"https://{host}/?p=berita&id={post_id}"))
    base = f"https://{host}"
    when = _moment(rng, zone)
    day = when.date()
    label = rng.choice(("Diposting:", "Diterbitkan:", "Tanggal:", "Posted:", ""))
    stamp = {
        "slash_time": f"{when:%d/%m/%Y %H:%M}",
        "date": indonesian_date(day, day_name=False),
        "dash_day": f"{DAYS[day.weekday()]}, {day:%d-%m-%Y}",
        "mysql": f"{when:%Y-%m-%d %H:%M:%S}",
        "zoned": f"{indonesian_date(day, day_name=True)} - {when:%H:%M} {zone}",
        "slash_zoned": f"{when:%d/%m/%Y} | {when:%H:%M} {zone}",
        "pukul": f"{indonesian_date(day, day_name=True)} pukul {when:%H.%M} {zone}",
    }[form]
    timed = form not in ("date", "dash_day")
    if form == "pukul" and label:
        label = "Diposting pada"
    posted = f"{label} {stamp}".strip()
    author = rng.choice(("admin", "admin", f"Admin {abbr}", "operator", *NAMES[:4]))
    by = rng.choice(("Oleh:", "Penulis:", "Posted by:"))
    hits = rng.randrange(15, 6000)
    counter = rng.choice((f"Hits: {hits}", f"Dibaca: {hits} kali", f"Dilihat: {hits}"))
    category = rng.choice(("Berita", "Berita Dinas", "Berita OPD", "Kegiatan"))
    j = Junk()
    items = [("fa fa-calendar", posted), ("fa fa-user", f"{by} {author}"),
             ("fa fa-eye", counter)]
    if rng.random() < 0.5:
        items.append(("fa fa-folder", f"Kategori: {category}"))
    if rng.random() < 0.5:
        j.also(" | ".join(value for _icon, value in items))
        meta = ('<div class="meta-berita">' + " | ".join(
            f'<span><i class="{icon}"></i> {j(value)}</span>' for icon, value in items) + "</div>")
    else:
        meta = ('<ul class="post-meta list-inline">' + "".join(
            f'<li class="list-inline-item"><i class="{icon}"></i> {j(value)}</li>'
            for icon, value in items) + "</ul>")
    meta_inside = rng.random() < 0.4

    markup = rng.choice(("plain", "justify", "word", "div"))
    parts = []
    if rng.random() < 0.7:
        caption = _caption(rng, kind, place, abbr)
        parts.append(f'<div class="foto-berita"><img src="{base}/uploads/berita/'
                     f'{token(rng, 16)}.jpg" class="img-responsive" alt="">'
                     + (f'<span class="keterangan-foto">{j(caption)}</span>'
                        if rng.random() < 0.6 else "") + "</div>")
    if markup == "div" and rng.random() < 0.4:  # an editor that writes <br><br>
        parts.append("<br><br>".join(escape(p) for p in text.paragraphs))
    else:
        for n, paragraph in enumerate(text.paragraphs):
            parts.append(_p(markup, paragraph))
            if n == 2 and rng.random() < 0.3:
                other = other_texts(rng, text, 1)[0]
                j.also(f"Baca juga: {other.headline}")
                parts.append(f'<p><em>Baca juga: <a href="{base}/berita/detail/'
                             f'{rng.randrange(20, 4000)}/{slug(other.headline)}">'
                             f"{escape(other.headline)}</a></em></p>")
    for line, chance in ((rng.choice((f"({abbr})", f"(Humas {abbr})", f"({abbr.lower()}/"
                                      f"{_initials(rng.choice(NAMES))})")), 0.5),
                         (f"Sumber: Bidang {rng.choice(('IKP', 'Sekretariat', 'Program'))} "
                          f"{abbr}", 0.3)):
        if rng.random() < chance:
            parts.append(f"<p>{j(line)}</p>")
    if rng.random() < 0.2:
        parts.append(f'<p><i class="fa fa-paperclip"></i> {j("Lampiran:")} <a href="{base}/'
                     f'uploads/files/{token(rng, 10)}.pdf">{j("Download file (PDF)")}</a></p>')
    content_class = rng.choice(("isi-berita", "content-detail", "post-detail-content", "isi"))
    content = f'<div class="{content_class}">{meta if meta_inside else ""}{"".join(parts)}</div>'

    share_links = [n for n in ("Facebook", "Twitter", "WhatsApp", "Telegram")
                   if rng.random() < 0.8] or ["Facebook"]
    j.also(" ".join(("Bagikan:", *share_links)))
    share = ('<div class="bagikan">' + j("Bagikan:") + " " + " ".join(
        f'<a href="#" class="btn-share share-{n.lower()}">{j(n)}</a>' for n in share_links)
             + "</div>")
    tools = ""
    if rng.random() < 0.5:
        tools = (f'<div class="tools-berita"><a href="javascript:window.print()"><i class="fa '
                 f'fa-print"></i> {j("Cetak")}</a> | <a href="javascript:history.back()">'
                 f'{j("Kembali")}</a></div>')
    heading = rng.choice(("h1", "h2", "h3", "div"))
    heading_class = rng.choice(("judul-berita", "title-berita", "judul", "post-title"))
    headline = f'<{heading} class="{heading_class}">{escape(text.headline)}</{heading}>'
    detail_class = rng.choice(("detail-berita", "post-detail", "box-berita"))
    detail = (f'<div class="{detail_class}">{headline}{"" if meta_inside else meta}{content}'
              f"{share}{tools}</div>")

    comments = rng.sample(_COMMENTS, rng.choice((0, 0, 1, 2)))
    shown_comments = "".join(
        f'<div class="item-komentar"><b>{escape(rng.choice(("Budi", "Rina", "Yusuf", "Maria")))}'
        f"</b> <small>{indonesian_date(day + timedelta(days=k + 1), day_name=False)}</small>"
        f"<p>{escape(line)}</p></div>" for k, line in enumerate(comments))
    comment_box = (f'<div class="komentar"><h4>Komentar ({len(comments)})</h4>'
                   f'{shown_comments or "<p>Belum ada komentar.</p>"}<h4>Tinggalkan Komentar</h4>'
                   f'<form method="post" action="{base}/berita/komentar"><input type="hidden" '
                   f'name="id_berita" value="{post_id}"><div class="form-group"><label>Nama'
                   '</label><input type="text" name="nama" class="form-control"></div><div '
                   'class="form-group"><label>Email</label><input type="email" name="email" '
                   'class="form-control"></div><div class="form-group"><label>Komentar</label>'
                   '<textarea name="isi" rows="4" class="form-control"></textarea></div><div '
                   'class="form-group"><label>Kode Keamanan</label><img src="/captcha" alt="">'
                   '<input type="text" name="captcha"></div><button type="submit" class="btn '
                   'btn-primary">Kirim Komentar</button></form></div>')

    profile = ("Visi dan Misi", "Tugas Pokok dan Fungsi", "Struktur Organisasi", "Profil Pejabat",
               "Program Kerja", "Rencana Strategis", "LKjIP", "Standar Pelayanan")
    left = ('<div class="menu-kiri"><div class="judul-menu">PROFIL DINAS</div><ul>' + "".join(
        f'<li><a href="{base}/halaman/{slug(p)}">{p}</a></li>' for p in profile) + "</ul></div>"
        '<div class="menu-kiri"><div class="judul-menu">LAYANAN</div><ul><li><a href="#">'
        "Pengaduan Masyarakat</a></li><li><a href=\"#\">Permohonan Informasi</a></li><li><a href="
        '"#">Download</a></li></ul></div><div class="widget-kiri"><div class="judul-menu">KEPALA '
        f'DINAS</div><img src="{base}/uploads/kadis.jpg" alt="" class="img-responsive"><p '
        f'class="nama-kadis">{escape(rng.choice(NAMES))}, S.Kom., M.Si.</p></div>')
    latest = "".join(
        f'<li><a href="{base}/berita/detail/{rng.randrange(20, 4000)}/{slug(o.headline)}">'
        f"{escape(o.headline)}</a><br><small>{(day - timedelta(days=k + 2)):%d/%m/%Y}</small></li>"
        for k, o in enumerate(other_texts(rng, text, 5)))
    right = (f'<div class="widget"><div class="judul-widget">BERITA TERBARU</div><ul class="list-'
             f'berita">{latest}</ul></div><div class="widget"><div class="judul-widget">PENGUMUMAN'
             '</div><ul><li><a href="#">Jadwal pelayanan selama libur nasional</a></li><li><a '
             'href="#">Hasil seleksi administrasi tenaga pendukung</a></li></ul></div><div '
             'class="widget"><div class="judul-widget">JAM PELAYANAN</div><p>Senin - Kamis: '
             '07.30 - 16.00<br>Jumat: 07.30 - 11.00<br>Sabtu - Minggu: Tutup</p></div><div '
             'class="widget"><div class="judul-widget">LINK TERKAIT</div><ul>'
             f'<li><a href="https://{_host(kind, place)}">Portal {kind} {escape(place)}</a></li>'
             '<li><a href="https://www.lapor.go.id">SP4N LAPOR!</a></li><li><a href="#">LPSE</a>'
             '</li><li><a href="#">JDIH</a></li><li><a href="#">PPID</a></li></ul></div><div '
             'class="widget"><div class="judul-widget">STATISTIK PENGUNJUNG</div><table class="'
             f'statistik"><tr><td>Hari ini</td><td>{rng.randrange(10, 300)}</td></tr><tr><td>'
             f"Kemarin</td><td>{rng.randrange(10, 300)}</td></tr><tr><td>Bulan ini</td><td>"
             f"{rng.randrange(300, 9000)}</td></tr><tr><td>Total</td><td>"
             f"{rng.randrange(10**4, 10**6)}</td></tr><tr><td>Online</td><td>"
             f"{rng.randrange(1, 20)}</td></tr></table></div>")
    brand_tag = "h1" if rng.random() < 0.6 else "div"
    profile_menu = "".join(f'<li><a href="{base}/halaman/{slug(p)}">{p}</a></li>'
                           for p in profile[:4])
    title = rng.choice((joined_title(rng, text.headline, site), f"{abbr} - {text.headline}",
                        site))
    og = ""
    if rng.random() < 0.3:
        og = (f'<meta property="og:title" content="{escape(text.headline)}"><meta property="og:'
              f'url" content="{url}"><meta property="og:type" content="article">')
    today = day + timedelta(days=rng.randrange(0, 60))
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="Website Resmi {escape(office)} {kind} {escape(place)}">
<meta name="keywords" content="{escape(abbr.lower())}, {escape(place.lower())}, berita, layanan">
{og}
<link rel="shortcut icon" href="{base}/assets/img/favicon.ico">
<link rel="stylesheet" href="{base}/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="{base}/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="{base}/assets/css/style.css?v=2.{rng.randrange(0, 9)}">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{token(rng, 10).upper()}"></script>
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date());</script>
</head>
<body>
<div id="wrapper">
<div class="top-header"><div class="container"><span class="tanggal"><i class="fa fa-calendar">
</i> {indonesian_date(today, day_name=True)}</span> <span class="kontak"><i class="fa fa-phone">
</i> {_phone(rng)} <i class="fa fa-envelope"></i> {escape(abbr.lower())}@{_host(kind, place)}</span>
</div></div>
<div class="header"><div class="container"><a href="{base}/">
<img src="{base}/assets/img/logo-{slug(place)}.png" alt="Logo" class="logo"></a>
<{brand_tag} class="nama-instansi">{escape(office.upper())}<br>
<small>{escape(kind.upper())} {escape(place.upper())}</small></{brand_tag}></div></div>
<div class="running-text">
<marquee behavior="scroll" scrollamount="4">Selamat datang di Website Resmi {escape(office)} {kind}
 {escape(place)} | Layanan pengaduan melalui SP4N LAPOR! | Jam pelayanan Senin - Jumat</marquee>
</div>
<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav"><li>
<a href="{base}/">Beranda</a></li><li class="dropdown">
<a href="#" class="dropdown-toggle" data-toggle="dropdown">Profil <span class="caret"></span></a>
<ul class="dropdown-menu">{profile_menu}</ul>
</li><li class="active"><a href="{base}/berita">Berita</a></li><li>
<a href="{base}/pengumuman">Pengumuman</a></li><li><a href="{base}/agenda">Agenda</a></li><li>
<a href="{base}/galeri">Galeri</a></li><li><a href="{base}/download">Download</a></li><li>
<a href="{base}/ppid">PPID</a></li><li><a href="{base}/kontak">Kontak</a></li></ul></div></nav>
<div class="container konten"><div class="row">
<div class="col-md-3 kiri">{left}</div>
<div class="col-md-6 tengah"><div class="breadcrumb-opd">
<a href="{base}/">Beranda</a> &raquo; <a href="{base}/berita">Berita</a> &raquo; Detail</div>
{detail}
{comment_box}
</div>
<div class="col-md-3 kanan">{right}</div>
</div></div>
<div class="footer"><div class="container"><div class="row"><div class="col-md-6">
<h4>{escape(office)}</h4>
<p>{rng.choice(_STREETS)}, {escape(place)}<br>Telp. {_phone(rng)}<br>
Email: {escape(abbr.lower())}@{_host(kind, place)}</p>
</div><div class="col-md-6"><h4>Media Sosial</h4><p><a href="#"><i class="fa fa-facebook">
</i> Facebook</a> <a href="#"><i class="fa fa-instagram"></i> Instagram</a> <a href="#">
<i class="fa fa-youtube"></i> YouTube</a></p></div></div>
<div class="copyright">Hak Cipta &copy; {today.year} {escape(office)} {kind} {escape(place)}.
Dikelola oleh Dinas Komunikasi dan Informatika {kind} {escape(place)}.</div>
</div></div>
</div>
<script src="{base}/assets/js/jquery.min.js"></script>
<script src="{base}/assets/js/bootstrap.min.js"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author, site,
                            tuple(j.lines))


FAMILIES = {"laravel-portal": laravel_portal, "nextjs-news": nextjs_news,
            "ghost-or-medium": ghost_or_medium, "sipd-opd": sipd_opd}
