"""An eleventh set of held-out layout families, written without sight of the extraction rules.

The news page of a university's, a ministry's or a national agency's regional office
portal (Liferay's asset publisher with its "Kembali" link and its ratings, SharePoint's
page fields "Tanggal Terbit:" / "Kategori:" with a page title above the zone, Drupal's
``node--view-mode-full`` with "Dikirim oleh ... pada ..." and its attachments field, or a
custom Bootstrap portal): breadcrumbs, "Dilihat 1.234 kali", the "Bagikan" bar, the
language switch ("ID | EN"), the attachments ("Lampiran", "Siaran Pers.pdf (245 KB)",
"Unduh"), the unit's contact block, "Terakhir diubah" lines, tags and a "Berita
Terkait" list, and a title that is at times only the site's or the section's name; an
article of an outlet or a city portal rendered from a headless CMS (Strapi's dynamic
zones, Contentful's rich-text nodes, Sanity's Portable Text, Directus blocks) into a
JSON-driven template: the text in ``data-block="paragraph"``-like blocks, one paragraph
or several per block, with rich-text marks inside, image blocks with their captions
and credits, a pull quote repeating a sentence of the text, a "Fakta Singkat" box, a
"Poin Penting" / "Key Takeaways" summary above the text repeating its sentences, inline
"Baca juga" entries, a newsletter call, and the entry's dates in ``data-`` attributes
and in a JSON state (Next's ``__NEXT_DATA__``, an Astro island's props, an entry script);
a press-release distribution wire's or a "rilis" aggregator's page (an English-chromed
regional edition of a PR wire, an Indonesian wire, a "rilis" portal): the wire's
dateline with its own brand ("AMBON, 12 Mei 2025 /RilisNusantara/ --"), "Dirilis
oleh", the issuer's boilerplate ("Tentang PT ...", "Tentang Pemerintah Kota ..."),
"Kontak Media" with a name, a phone and an email, "###" or "-SELESAI-", "SOURCE ...",
the "Rilis ini ditayangkan oleh ..." disclaimer, "Lihat rilis asli", the wire's
categories, regions and tags, and "Rilis lainnya dari ..."; and the page of a news
aggregator carrying a regional outlet's article (a feed portal like MSN's, a reader
like LINE TODAY's, an app's web view like Opera News', a partner mirror like Yahoo's):
the provider's block with its "Ikuti" button and followers, "Cerita oleh ...", a
relative age beside its stamp, the provider's own dateline, a sponsored card inside
the text, reactions ("Suka", "Komentar", "Bagikan"), "Baca selengkapnya di ..." after
a cut text, the "konten ini disediakan oleh" disclaimer, "Apakah artikel ini
bermanfaat?", and "Lainnya dari ..." and "Untuk Anda" feeds. They were written by a
session that never read the extractor nor ran it, from what such pages look like, and
committed before any rule was run on them: never tune a rule on them. Each takes a
seeded ``random.Random`` and a real ``Text`` and returns the page's URL, its HTML and
its ``Truth``; every furniture line put inside the article container (the block that
holds the headline, the meta lines and the paragraphs) is in the truth's ``junk``, whole
and piece by piece where the page renders it from several elements. About one call in
eight gives a section's listing page instead (``Truth.article`` false), whose title is
the section's heading.

Conventions. A summary list ("Poin Penting", "Key Takeaways") and a pull quote that
repeat sentences of the text are junk; so are a fact box, an image's caption and credit,
and a release's issuer boilerplate ("Tentang ..."), its media contact, its end marker
("###", "-SELESAI-") and its wire's disclaimer. A release has no author: the issuer and
the media contact are furniture. A wire's or a provider's dateline before the first
paragraph ("AMBON, 12 Mei 2025 /RilisNusantara/ --", "KABARSIGI.ID, PALU –") is
furniture, and the paragraph's truth is the text without it; a wire's dateline carries
the day the release was posted. An aggregator's page that cuts the text short with
"Baca selengkapnya di ..." has the paragraphs it shows (at least two). A headless
entry's ``createdAt`` and ``updatedAt`` in its state are furniture; its ``publishedAt``
(or a ``publishDate`` that is a date alone) is the page's. A SharePoint page's US date
("5/27/2025") is printed only when its day cannot be read as a month.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD's ``datePublished``, a ``data-published-at``
attribute or an entry's ``publishedAt``) has a zone-aware moment in that zone: WIB, WITA
or WIT. A time printed without any zone is WIB's, and only pages of sites in WIB print
one. A page that prints only a date, with at most a UTC stamp beside it (Drupal's and a
headless CMS's ``Z``, a ``+00:00``), has the date, and its moment falls in office hours
so that the UTC stamp is on the same day. A relative time ("3 jam lalu", "2 hari yang
lalu", "5j") is printed only beside a stamp with an offset. The page's own date is
always printed or stamped before any other date in the container: an "Updated",
"Diperbarui" or "Terakhir diubah" line is later, and a related list's, a feed's or a
"Rilis lainnya" list's dates are furniture.
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

_FIRST = ("Rizal", "Ni Luh", "Yosias", "Andi Besse", "Marthen", "Theresia", "Abdul Gafur",
          "Putu", "Elisabeth", "Syahrul", "Meiske", "Yusran", "Ratna", "Ignasius", "Wa Ode",
          "Hamdan", "Oktaviani", "Jefri", "Sitti", "Benediktus")
_LAST = ("Tomasoa", "Karubaba", "Paembonan", "Tuanaya", "Sinaga", "Ratulangi", "Bachmid",
         "Lakadjo", "Nainggolan", "Makatita", "Wonda", "Lasut", "Sahetapy", "Djafar",
         "Manuhutu", "Rumkabu", "Tampubolon", "Sangadji", "Purba", "Laitupa")
_CATEGORIES = ("Berita", "Daerah", "Pemerintahan", "Ekonomi", "Pendidikan", "Kesehatan",
               "Sosial", "Hukum", "Pariwisata", "Politik", "Lingkungan", "Teknologi")
_TAGS = ("pemerintahan", "pelayanan publik", "pendidikan", "kesehatan", "investasi", "UMKM",
         "infrastruktur", "pariwisata", "inflasi", "digitalisasi", "kerja sama", "stunting",
         "pangan", "lingkungan", "transportasi", "ekonomi daerah", "sosial", "riset")
_NETS = ("Facebook", "X", "WhatsApp", "Telegram", "LinkedIn", "Email")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _teaser(rng: random.Random, paragraph: str, low: int = 80, high: int = 170) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(low, high)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ..."))


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


def _utc_plus(when: datetime) -> str:
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _utc_z(when: datetime, *, millis: bool = False) -> str:
    ms = f".{when.microsecond // 1000:03d}" if millis else ""
    return f"{when.astimezone(UTC):%Y-%m-%dT%H:%M:%S}{ms}Z"


def _ld(data: dict[str, object]) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


def _long(day: date, *, day_name: bool = False) -> str:
    return indonesian_date(day, day_name=day_name)


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece recorded (a bare number only in
    the whole line) and the whole line; ``fmt`` wraps each piece (``{x}``)."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(item) if item.isdigit() else j(item))
                            for item in items)


def _ampm(when: datetime) -> str:
    return f"{when.hour % 12 or 12}:{when:%M} {'PM' if when.hour >= 12 else 'AM'}"


# the forms a site prints: a date alone, with its zone, or with a bare time (only at WIB's
# sites); the forms ending in "_s" print the seconds
_PLAIN = ("long", "long", "day_long", "day_long", "slash", "slash_short", "dash", "short",
          "en", "day_en", "dot", "F_j_Y")
_ZONED = ("long_zone", "day_bar_zone", "day_dash_zone", "day_pukul", "slash_zone", "comma_zone",
          "bullet_zone", "dot_zone", "short_zone", "en_zone", "day_en_zone", "dash_zone")
_BARE = ("long_bare", "day_bare", "slash_bare", "dash_bare", "pukul_bare", "iso_bare_s",
         "day_en_bare")


def _printed(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    month, month_en, day_en = MONTHS[d.month - 1], MONTHS_EN[d.month - 1], DAYS_EN[d.weekday()]
    return {
        "long": _long(d),
        "day_long": _long(d, day_name=True),
        "slash": f"{d:%d/%m/%Y}",
        "slash_short": f"{d.day}/{d.month}/{d.year}",
        "dash": f"{d:%d-%m-%Y}",
        "dot": f"{d:%d.%m.%Y}",
        "short": f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}",
        "en": f"{month_en} {d.day}, {d.year}",
        "day_en": f"{day_en}, {month_en} {d.day}, {d.year}",
        "F_j_Y": f"{month} {d.day}, {d.year}",
        "us_slash": f"{d.month}/{d.day}/{d.year}",
        "long_zone": f"{_long(d)} {hm} {zone}",
        "day_bar_zone": f"{_long(d, day_name=True)} | {hm} {zone}",
        "day_dash_zone": f"{_long(d, day_name=True)} - {hm} {zone}",
        "day_pukul": f"{_long(d, day_name=True)} pukul {when:%H.%M} {zone}",
        "slash_zone": f"{d:%d/%m/%Y} {hm} {zone}",
        "comma_zone": f"{_long(d)}, {hm} {zone}",
        "bullet_zone": f"{_long(d)} • {hm} {zone}",
        "dot_zone": f"{d:%d.%m.%Y} {hm} {zone}",
        "short_zone": f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}, {hm} {zone}",
        "en_zone": f"{month_en} {d.day}, {d.year} {hm} {zone}",
        "day_en_zone": f"{day_en}, {d.day} {month_en} {d.year} {hm} {zone}",
        "dash_zone": f"{d:%d-%m-%Y} {hm} {zone}",
        "long_bare": f"{_long(d)} {hm}",
        "day_bare": f"{_long(d, day_name=True)}, {hm}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}",
        "dash_bare": f"{d:%d-%m-%Y} - {hm}",
        "pukul_bare": f"{_long(d)} pukul {when:%H.%M}",
        "iso_bare_s": f"{d:%Y-%m-%d} {when:%H:%M:%S}",
        "day_en_bare": f"{day_en}, {month_en} {d.day}, {d.year} - {_ampm(when)}",
        "us_bare": f"{d.month}/{d.day}/{d.year} {_ampm(when)}",
    }[form]


def _when(rng: random.Random, zone: str, *, chance_time: float, stamps: tuple[str, ...],
          ago: float = 0.0, plain: tuple[str, ...] = _PLAIN, zoned: tuple[str, ...] = _ZONED,
          bare: tuple[str, ...] = _BARE) -> tuple[datetime, str, str, bool]:
    """A page's moment, its printed form ("" for a relative age), its stamp ("offset",
    "utc", "z" or "none") and whether its time can be read."""
    if rng.random() < ago:
        shape = "ago"
    elif rng.random() < chance_time:
        shape = "bare" if zone == "WIB" and bare and rng.random() < 0.35 else "zoned"
    else:
        shape = "plain"
    stamp = "offset" if shape == "ago" else rng.choice(stamps)
    form = {"plain": rng.choice(plain), "zoned": rng.choice(zoned),
            "bare": rng.choice(bare) if bare else "", "ago": ""}[shape]
    timed = shape != "plain" or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none" or form.endswith("_s"),
                   office_hours=not timed)
    if form.startswith("us_") and when.day <= 12:  # a US date only where it cannot mislead
        form = "long_bare" if form == "us_bare" else "long"
    return when, form, stamp, timed


def _machine(when: datetime, stamp: str) -> str:
    return {"offset": _iso(when), "utc": _utc_plus(when), "z": _utc_z(when),
            "none": ""}[stamp]


def _rel(rng: random.Random, *, short: bool = False) -> str:
    """A relative age: "3 jam lalu", "2 hari yang lalu", "5 hours ago", "5j"."""
    n, unit = rng.choice(((rng.randrange(2, 59), "menit"), (rng.randrange(1, 23), "jam"),
                          (rng.randrange(1, 6), "hari")))
    if short:
        return f"{n}" + {"menit": "m", "jam": "j", "hari": "h"}[unit]
    if rng.random() < 0.15:
        en = {"menit": "minute", "jam": "hour", "hari": "day"}[unit]
        return f"{n} {en}{'s' if n > 1 else ''} ago"
    return f"{n} {unit} {rng.choice(('yang lalu', 'lalu', 'lalu'))}"


def _head(rng: random.Random, text: Text, site: str, url: str, machine: str,
          author: str | None, *, kind: str = "NewsArticle", ld_chance: float = 0.5,
          og_chance: float = 0.75, meta_time: float = 0.6) -> list[str]:
    """og tags or none, the published-time meta, a JSON-LD or none, a description."""
    head: list[str] = []
    if rng.random() < og_chance:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and rng.random() < meta_time:
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and rng.random() < ld_chance:
        data: dict[str, object] = {"@context": "https://schema.org", "@type": kind,
                                   "headline": text.headline, "datePublished": machine,
                                   "publisher": {"@type": "Organization", "name": site}}
        if author:
            data["author"] = {"@type": "Person", "name": author}
        head.append(_ld(data))
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
    return joined_title(rng, headline, site, (" - ", " | ", " – ", " » ", ": ", " — ", " | "))


def _sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph, cut at ". " before a capital (good enough for quotes)."""
    found: list[str] = []
    start = 0
    for k in range(len(paragraph) - 2):
        if paragraph[k] in ".!?" and paragraph[k + 1] == " " and paragraph[k + 2].isupper():
            found.append(paragraph[start:k + 1].strip())
            start = k + 2
    found.append(paragraph[start:].strip())
    return [s for s in found if s]


def _shares(rng: random.Random, j: Junk, word: str, cls: str, sep: str = " ") -> str:
    """A share bar: the label and the networks, each recorded, and the whole line."""
    nets = [x for x in _NETS if rng.random() < 0.55] or ["Facebook", "WhatsApp"]
    if rng.random() < 0.4:
        nets.append(rng.choice(("Salin Tautan", "Salin Link", "Copy Link")))
    return f'<div class="{cls}">' + _labelled(j, word, nets, sep, '<a href="#" class="share-btn">'
                                               "{x}</a>") + "</div>"


def _labelled(j: Junk, word: str, items: list[str], sep: str, fmt: str) -> str:
    """A label ("Bagikan:", "Tag:") in its own span before its items, each recorded, and
    the whole line."""
    if not word:
        return _pieced(j, items, sep, fmt)
    j.also(sep.join([word, *items]))
    return f'<span class="label">{j(word)}</span>{escape(sep)}' + _pieced(j, items, sep, fmt)


# -- 1. a university's, a ministry's or an agency's regional office portal ----------------------

# (the institution, its short name, host, zone, city, kind, the phone's area code)
_INSTITUTIONS = (
    ("Universitas Pattimura", "UNPATTI", "unpatti.ac.id", "WIT", "Ambon", "kampus", "0911"),
    ("Universitas Halu Oleo", "UHO", "uho.ac.id", "WITA", "Kendari", "kampus", "0401"),
    ("Universitas Cenderawasih", "UNCEN", "uncen.ac.id", "WIT", "Jayapura", "kampus", "0967"),
    ("Universitas Jambi", "UNJA", "unja.ac.id", "WIB", "Jambi", "kampus", "0741"),
    ("Politeknik Negeri Kupang", "PNK", "pnk.ac.id", "WITA", "Kupang", "kampus", "0380"),
    ("Universitas Khairun", "UNKHAIR", "unkhair.ac.id", "WIT", "Ternate", "kampus", "0921"),
    ("Institut Teknologi Kalimantan", "ITK", "itk.ac.id", "WITA", "Balikpapan", "kampus",
     "0542"),
    ("Universitas Bengkulu", "UNIB", "unib.ac.id", "WIB", "Bengkulu", "kampus", "0736"),
    ("Universitas Tadulako", "UNTAD", "untad.ac.id", "WITA", "Palu", "kampus", "0451"),
    ("Kementerian Dalam Negeri", "Kemendagri", "kemendagri.go.id", "WIB", "Jakarta",
     "kementerian", "021"),
    ("Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kemendes", "kemendesa.go.id", "WIB",
     "Jakarta", "kementerian", "021"),
    ("Kantor Wilayah Kementerian Agama Provinsi Sulawesi Tengah", "Kanwil Kemenag Sulteng",
     "sulteng.kemenag.go.id", "WITA", "Palu", "kementerian", "0451"),
    ("Kantor Wilayah Kementerian Hukum Kalimantan Barat", "Kanwil Kemenkum Kalbar",
     "kalbar.kemenkum.go.id", "WIB", "Pontianak", "kementerian", "0561"),
    ("Badan Pusat Statistik Provinsi Maluku Utara", "BPS Malut", "malut.bps.go.id", "WIT",
     "Sofifi", "lembaga", "0921"),
    ("Balai Besar POM di Mataram", "BBPOM Mataram", "mataram.pom.go.id", "WITA", "Mataram",
     "lembaga", "0370"),
    ("Balai Wilayah Sungai Papua Merauke", "BWS Papua Merauke", "bwspapuamerauke.pu.go.id",
     "WIT", "Merauke", "lembaga", "0971"),
)
_INST_SECTIONS = {
    "kampus": ("Berita", "Berita Kampus", "Kabar Kampus", "Berita Universitas", "Warta Kampus",
               "Berita Fakultas"),
    "kementerian": ("Berita", "Berita Terkini", "Berita Kementerian", "Kabar Kanwil",
                    "Publikasi", "Berita Daerah"),
    "lembaga": ("Berita", "Berita Terkini", "Berita Kegiatan", "Kegiatan", "Info Terkini"),
}
_UNITS = {
    "kampus": ("UPT Humas dan Protokol", "Biro Akademik dan Kemahasiswaan", "LPPM",
               "Fakultas Teknik", "Fakultas Ekonomi dan Bisnis", "Pascasarjana"),
    "kementerian": ("Biro Hubungan Masyarakat", "Pusat Penerangan", "Subbagian Humas",
                    "Bagian Tata Usaha"),
    "lembaga": ("Subbagian Umum dan Humas", "Bagian Umum", "Tim Humas", "Seksi Informasi"),
}
_FILES = ("Siaran Pers", "Bahan Paparan", "Materi Sosialisasi", "Surat Edaran", "Pengumuman",
          "Laporan Kegiatan", "Dokumentasi Kegiatan", "Petunjuk Teknis")


def _size(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"{rng.randrange(40, 990)} KB"
    return f"{rng.randrange(1, 9)},{rng.randrange(1, 9)} MB"


def _views(rng: random.Random, english: bool) -> str:
    n = rng.randrange(3, 25000)
    shown = thousands(n) if rng.random() < 0.6 else str(n)
    if english:
        return rng.choice((f"{shown} views", f"Views: {shown}", f"Hits: {shown}"))
    return rng.choice((f"Dilihat {shown} kali", f"{shown} kali dilihat", f"Dibaca {shown} kali",
                       f"Dibaca: {shown} kali", f"Hits: {shown}", f"{shown} kali dibaca"))


def _inst_listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
                  platform: str, section: str) -> tuple[str, str, Truth]:
    day = when_in(rng, zone).date()
    heading = rng.choice((section, section, f"Arsip {section}", f"Indeks {section}"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    more = rng.choice(("Selengkapnya", "Baca selengkapnya", "Read more", "Lihat Detail"))
    cards = []
    for o, d in shown:
        printed = rng.choice((_long(d), f"{d:%d/%m/%Y}", f"{d.day} {MONTHS_SHORT[d.month - 1]} "
                              f"{d.year}"))
        href = f"{base}/berita/{slug(o.headline)}"
        cards.append(f'<div class="news-item asset-abstract"><div class="news-thumb"><img src="'
                     f'{base}/documents/{rng.randrange(10000, 99999)}/{token(rng, 8)}.jpg" alt="">'
                     f'</div><div class="news-body"><h3 class="asset-title"><a href="{href}">'
                     f'{escape(o.headline)}</a></h3><div class="news-date"><i class="fa '
                     f'fa-calendar"></i> {printed}</div><p class="asset-summary">'
                     f'{escape(_teaser(rng, o.paragraphs[0]))}</p><a class="more" href="{href}">'
                     f"{more}</a></div></div>")
    pager = ('<ul class="pagination"><li class="active"><a>1</a></li><li><a href="?p=2">2</a>'
             '</li><li><a href="?p=3">3</a></li><li><a href="?p=2">&raquo;</a></li></ul>')
    if platform == "liferay":
        main = (f'<div class="portlet-boundary portlet-asset-publisher"><section class="portlet">'
                f'<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-'
                f'title-text">{escape(heading)}</span></h2></header><div class="portlet-content">'
                f'<div class="asset-publisher-list">{"".join(cards)}</div>'
                f'<div class="taglib-page-iterator">{pager}</div></div></section></div>')
    else:
        main = (f'<div class="page-header"><h1 class="page-title">{escape(heading)}</h1></div>'
                f'<div class="view-content news-list">{"".join(cards)}</div>{pager}')
    url = rng.choice((f"{base}/berita", f"{base}/{slug(section)}", f"{base}/id/berita?page=1",
                      f"{base}/web/guest/berita"))
    body = (f'<header class="site-header"><a class="brand" href="{base}/">{escape(site)}</a>'
            '<nav><ul><li>Beranda</li><li>Profil</li><li>Berita</li><li>Layanan</li><li>PPID</li>'
            f'</ul></nav></header><main class="container">{main}</main><footer>&copy; {day.year} '
            f"{escape(site)}</footer>")
    title = rng.choice((f"{heading} - {site}", f"{site} | {heading}", f"{heading} | {site}"))
    return url, _shell(title, [], f"listing {platform}", body), Truth(
        heading, (), shown[0][1], None, site, (), article=False)


def institution_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A university's, a ministry's or a national agency's regional office news page:
    Liferay (``portlet-asset-publisher``, ``asset-full-content``, ``journal-content-
    article``, the "Kembali" link, ratings "Rata-rata (0 Suara)", "0 Komentar"), SharePoint
    (the page title above the web part zone, fields "Tanggal Terbit:", "Kategori:",
    "Penulis:", ``ms-rtestate-field``, "Terakhir diubah:", a US date at times), Drupal
    (``page-title`` above ``node--view-mode-full``, "Dikirim oleh ... pada ...", the
    "Lampiran" field with its files and sizes) or a custom Bootstrap portal (badges, icon
    meta, "Cetak", "Unduh PDF"); breadcrumbs, views, "Bagikan", the language switch, the
    unit's contact block, a photo's caption, "Reporter / Editor / Fotografer" lines, tags
    and "Berita Terkait"; dates printed with the zone, bare at WIB's sites or alone; stamps
    with an offset, in UTC or none; a title with the site's name, or only the site's or
    the section's name."""
    name, short, host, zone, city, kind, area = rng.choice(_INSTITUTIONS)
    platform = rng.choice(("liferay", "sharepoint", "drupal", "custom"))
    base = f"https://{rng.choice(('www.', 'www.', ''))}{host}"
    section = rng.choice(_INST_SECTIONS[kind])
    english = rng.random() < 0.2  # the portal's English strings, left untranslated
    if rng.random() < 1 / 8:
        return _inst_listing(rng, text, name, base, zone, platform, section)
    stamps = {"liferay": ("none", "none", "offset"), "sharepoint": ("none", "utc", "none"),
              "drupal": ("z", "offset", "none"), "custom": ("offset", "none", "utc")}[platform]
    plain = (*_PLAIN, "us_slash", "us_slash") if platform == "sharepoint" else _PLAIN
    bare = (*_BARE, "us_bare") if platform == "sharepoint" else _BARE
    when, form, stamp, timed = _when(rng, zone, chance_time=0.45, stamps=stamps, plain=plain,
                                     bare=bare)
    day = when.date()
    machine = _machine(when, stamp)
    printed = _printed(form, when, zone)
    s = slug(text.headline)
    node = rng.randrange(100, 40000)
    url = {"liferay": rng.choice((f"{base}/web/guest/berita/-/asset_publisher/{token(rng, 12)}/"
                                  f"content/{s}", f"{base}/berita/-/asset_publisher/"
                                  f"{token(rng, 12)}/content/{s}?inheritRedirect=true")),
           "sharepoint": rng.choice((f"{base}/id/Pages/{s[:60]}.aspx", f"{base}/berita/Pages/"
                                     f"{s[:60]}.aspx", f"{base}/Lists/Berita/DispForm.aspx?ID="
                                     f"{node}")),
           "drupal": rng.choice((f"{base}/id/berita/{s}", f"{base}/node/{node}",
                                 f"{base}/berita/{day:%Y/%m}/{s}")),
           "custom": rng.choice((f"{base}/berita/detail/{s}", f"{base}/news/read/{node}/{s}",
                                 f"{base}/berita/{node}-{s}.html"))}[platform]
    j = Junk()
    unit = rng.choice(_UNITS[kind])
    byline = rng.choice(("penulis", "penulis", "oleh", "crew", "humas", "none", "none"))
    writer = _person(rng) if rng.random() < 0.8 else rng.choice(NAMES)
    if byline == "humas":
        writer = rng.choice((f"Humas {short}", f"Tim Humas {short}", f"{unit} {short}"))
    author = None if byline == "none" else writer
    editor = _person(rng)
    photographer = _person(rng)

    # the meta pieces: the date, the views, the writer
    date_word = ("Published" if english else rng.choice(("Diterbitkan", "Tanggal", "Dipublikasikan",
                                                         "")))
    date_line = f"{date_word}: {printed}" if date_word else printed
    views = _views(rng, english) if rng.random() < 0.7 else ""
    by_word = {"penulis": "Writer" if english else rng.choice(("Penulis", "Ditulis oleh")),
               "oleh": "By" if english else "Oleh", "humas": "Sumber" if not english else "Source",
               "crew": "Reporter", "none": ""}[byline]
    by_line = f"{by_word}: {writer}" if byline in ("penulis", "humas", "crew") else (
        f"{by_word} {writer}" if byline == "oleh" else "")

    # the text, a picture and its caption
    figure = ""
    if rng.random() < 0.65:
        caption = rng.choice((f"Foto: Humas {short}", f"Dok. {unit} {short}", f"Suasana kegiatan "
                              f"di {city}. (Foto: Humas {short})", f"Foto: {photographer}",
                              f"Dokumentasi {short}"))
        folder = rng.randrange(10000, 99999)
        figure = (f'<figure class="news-image"><img src="{base}/documents/{folder}/'
                  f'{token(rng, 10)}.jpg" alt="{attr(text.headline)}"><figcaption>'
                  f"{j(caption)}</figcaption></figure>")
    content = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    if platform == "sharepoint" and rng.random() < 0.5:  # one rich field, lines split by <br>
        content = ("<div>" + "<br>\n<br>\n".join(escape(p) for p in text.paragraphs) + "</div>")
    crew = ""
    if byline == "crew" or rng.random() < 0.2:
        lines = [f"Reporter: {writer}", f"Editor: {editor}"]
        if rng.random() < 0.5:
            lines.append(f"Fotografer: {photographer}")
        if rng.random() < 0.3:
            lines[1] = f"Redaktur: {editor}"
        if rng.random() < 0.5:
            j.also(" | ".join(lines))
            crew = ('<p class="crew">' + " | ".join(f"<em>{j(x)}</em>" for x in lines) + "</p>")
        else:
            crew = "".join(f'<p class="crew"><strong>{j(x)}</strong></p>' for x in lines)
        if byline != "crew":
            author = author or writer

    # the widgets
    crumbs = ""
    if rng.random() < 0.65:
        items = ["Home" if english else rng.choice(("Beranda", "Home")), section]
        if rng.random() < 0.4:
            items.insert(1, rng.choice(("Publikasi", "Informasi", "Media", "News")))
        if rng.random() < 0.3:
            items.append(text.headline)
        crumbs = ('<ol class="breadcrumb">' + _pieced(j, items, rng.choice((" / ", " > ", " » ")),
                                                      '<li><a href="#">{x}</a></li>') + "</ol>")
    lang = ""
    if rng.random() < 0.35:
        items = rng.choice((["ID", "EN"], ["Bahasa Indonesia", "English"], ["IND", "ENG"]))
        lang = ('<div class="language-switch">' + _pieced(j, items, " | ", '<a href="#">{x}</a>')
                + "</div>")
    share = ""
    if rng.random() < 0.7:
        word = "Share:" if english else rng.choice(("Bagikan:", "Bagikan", "Bagikan berita ini:",
                                                    "Share:"))
        share = _shares(rng, j, word, "social-share taglib-social-bookmarks")
    attach = ""
    if rng.random() < 0.4:
        word = "Attachments" if english else rng.choice(("Lampiran", "Lampiran:", "Unduhan",
                                                         "Dokumen Terkait"))
        files = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            fname = f"{rng.choice(_FILES)} {short}.{rng.choice(('pdf', 'pdf', 'docx', 'pptx'))}"
            size = _size(rng)
            whole = f"{fname} ({size})"
            j.also(whole)
            get = "Download" if english else "Unduh"
            j.also(f"{whole} {get}")
            files.append(f'<li class="file"><span class="file file--mime-application-pdf"><a href="'
                         f'{base}/documents/{rng.randrange(1000, 9999)}/{slug(fname)}">{j(fname)}'
                         f'</a></span> <span class="file-size">({escape(size)})</span> <a class="'
                         f'btn btn-sm" href="#">{j(get)}</a></li>')
        attach = (f'<div class="field field--name-field-lampiran attachments"><div class="field__'
                  f'label">{j(word)}</div><ul>{"".join(files)}</ul></div>')
    contact = ""
    if rng.random() < 0.4:
        lines = [f"{unit} {name}", rng.choice((f"Gedung Rektorat Lt. {rng.randrange(1, 5)}, "
                                               f"Kampus {city}", f"Jl. Pemuda No. "
                                               f"{rng.randrange(1, 90)}, {city}", f"Jl. Jenderal "
                                               f"Sudirman No. {rng.randrange(1, 90)}, {city}")),
                 f"Telp. ({area}) {rng.randrange(300000, 899999)}", f"Email: humas@{host}"]
        head = "Contact" if english else rng.choice(("Kontak", "Informasi lebih lanjut:",
                                                     "Narahubung", "Hubungi Kami"))
        j.also(" ".join(lines))
        contact = (f'<div class="contact-block"><h4>{j(head)}</h4><p>'
                   + "<br>\n".join(j(x) for x in lines) + "</p></div>")
    tags = ""
    if rng.random() < 0.5:
        picked = rng.sample(_TAGS, rng.randrange(2, 5))
        word = "Tags:" if english else rng.choice(("Tag:", "Tags:", "Kata Kunci:"))
        tags = ('<div class="asset-tags">'
                + _labelled(j, word, picked, " ", '<a class="tag" href="#">{x}</a>') + "</div>")
    related = ""
    if rng.random() < 0.6:
        word = "Related News" if english else rng.choice(("Berita Terkait", "Berita Lainnya",
                                                          "Baca Juga"))
        items = []
        for o in other_texts(rng, text, rng.randrange(3, 6)):
            d = day - timedelta(days=rng.randrange(1, 60))
            shown = rng.choice((_long(d), f"{d:%d/%m/%Y}"))
            j.also(f"{o.headline} {shown}")
            items.append(f'<li><a href="{base}/berita/{slug(o.headline)}">{j(o.headline)}</a> '
                         f'<span class="date">{j(shown)}</span></li>')
        related = (f'<div class="related-news"><h3>{j(word)}</h3><ul>{"".join(items)}</ul>'
                   "</div>")
    later = ""
    if rng.random() < 0.3:
        then = when + timedelta(hours=rng.randrange(2, 24 * 20))
        shown = _long(then.date())
        if timed:
            shown += f" {then:%H:%M}" + (f" {zone}" if zone != "WIB" or rng.random() < 0.5
                                          else "")
        word = "Last modified:" if english else rng.choice(("Terakhir diubah:", "Diperbarui:",
                                                            "Pembaruan terakhir:"))
        j.also(f"{word} {shown}")
        later = f'<p class="modified"><span>{j(word)}</span> <span>{j(shown)}</span></p>'

    headline = escape(text.headline)
    date_html = (f'<time datetime="{machine}">{j(printed)}</time>' if machine and
                 platform in ("drupal", "custom") else j(printed))
    if date_word and platform in ("liferay", "custom"):
        j.also(date_line)
    if platform == "liferay":
        back = rng.choice(("Kembali", "« Kembali", "Back"))
        bits = [f'<span class="date">{escape(date_word + ": ") if date_word else ""}{date_html}'
                "</span>"]
        if views:
            bits.append(f'<span class="views">{j(views)}</span>')
        if by_line:
            bits.append(f'<span class="author">{j(by_line)}</span>')
        shown_bits = [x for x in (date_line, views, by_line) if x]
        if len(shown_bits) > 1:
            j.also(" ".join(shown_bits))
        meta = '<div class="asset-metadata">' + " ".join(bits) + "</div>"
        votes = rng.choice(("Rata-rata (0 Suara)", f"Rata-rata ({rng.randrange(1, 9)} Suara)",
                            "Average (0 Votes)"))
        extras = ""
        if rng.random() < 0.5:
            comments = rng.choice(("0 Komentar", "Komentar (0)", "Jadilah yang pertama "
                                   "berkomentar."))
            extras = (f'<div class="taglib-ratings stars"><span>{j(votes)}</span></div>'
                      f'<div class="asset-discussion"><span>{j(comments)}</span></div>')
        title_el = rng.choice(("h3", "h2", "h1"))
        container = (f'<div class="portlet-boundary portlet-asset-publisher"><section class='
                     f'"portlet"><div class="portlet-content"><div class="asset-full-content '
                     f'show-asset-title">{crumbs}{lang}<div class="h2 header-title-bar"><span '
                     f'class="header-back-to"><a class="icon-circle-arrow-left" href="{base}/'
                     f'berita">{j(back)}</a></span> <{title_el} class="header-title"><span>'
                     f'{headline}</span></{title_el}></div>{meta}<div class="asset-content"><div '
                     f'class="journal-content-article">{figure}{content}{crew}</div></div>{share}'
                     f'{attach}{contact}{tags}{extras}<div class="asset-links">{related}</div>'
                     "</div></div></section></div>")
        outside = ""
    elif platform == "sharepoint":
        rows = []
        label = "Published Date" if english else rng.choice(("Tanggal Terbit", "Tanggal Artikel",
                                                             "Tanggal"))
        j.also(f"{label}: {printed}")
        rows.append(f'<div class="field"><span class="label">{j(label + ":")}</span> <span class="'
                    f'value">{date_html}</span></div>')
        cat_label = "Category" if english else "Kategori"
        j.also(f"{cat_label}: {section}")
        rows.append(f'<div class="field"><span class="label">{j(cat_label + ":")}</span> <span '
                    f'class="value">{j(section)}</span></div>')
        if byline in ("penulis", "humas", "oleh", "crew"):
            w_label = "Author" if english else "Penulis"
            j.also(f"{w_label}: {writer}")
            rows.append(f'<div class="field"><span class="label">{j(w_label + ":")}</span> <span '
                        f'class="value">{j(writer)}</span></div>')
        if views:
            rows.append(f'<div class="field"><span class="value">{j(views)}</span></div>')
        container = (f'<div class="ms-webpart-zone ms-fullWidth"><div class="article article-'
                     f'body">{lang}<div class="article-fields">{"".join(rows)}</div>{figure}<div '
                     f'class="ms-rtestate-field">{content}{crew}</div>{attach}{contact}{later}'
                     f"{share}{tags}{related}</div></div>")
        later = ""
        outside = (f'<div id="pageTitle" class="ms-core-pageTitle">{crumbs}<h1><span>{headline}'
                   "</span></h1></div>")
        crumbs = ""
    elif platform == "drupal":
        user = "admin" if byline == "none" else writer
        word = "Submitted by" if english else "Dikirim oleh"
        on = "on" if english else "pada"
        j.also(f"{word} {user} {on} {printed}")
        j.also(f"{word} {user}")
        submitted = (f'<div class="node__submitted">{j(word)} <span class="field--name-uid">'
                     f'{j(user)}</span> {j(on)} <span class="field--name-created">{date_html}'
                     "</span></div>")
        view_el = f'<div class="statistics-counter">{j(views)}</div>' if views else ""
        container = (f'<article class="node node--type-berita node--view-mode-full">{lang}'
                     f'{submitted}{view_el}<div class="node__content">{figure}<div class="field '
                     f'field--name-body field--type-text-with-summary">{content}{crew}</div>'
                     f"{attach}{contact}{tags}{share}{later}</div>{related}</article>")
        outside = (f'{crumbs}<h1 class="page-title"><span class="field--name-title">{headline}'
                   "</span></h1>")
        crumbs = ""
    else:
        label = escape(date_word + ": ") if date_word else ""
        bits = [f'<span><i class="fa fa-calendar"></i> {label}{date_html}</span>']
        if by_line:
            bits.append(f'<span><i class="fa fa-user"></i> {j(by_line)}</span>')
        if views:
            bits.append(f'<span><i class="fa fa-eye"></i> {j(views)}</span>')
        shown_bits = [x for x in (date_line, by_line, views) if x]
        if len(shown_bits) > 1:
            j.also(" ".join(shown_bits))
        badge = (f'<span class="badge badge-primary">{j(section)}</span>'
                 if rng.random() < 0.5 else "")
        tools = ""
        if rng.random() < 0.4:
            tools = _pieced(j, ["Cetak", "Unduh PDF"] if not english else ["Print", "PDF"], " ",
                            '<a class="btn btn-light btn-sm" href="#">{x}</a>')
            tools = f'<div class="news-tools">{tools}</div>'
        tag = rng.choice(("h1", "h2", "div"))
        container = (f'<div class="news-detail card"><div class="card-body">{crumbs}{lang}{badge}'
                     f'<{tag} class="news-title judul-berita">{headline}</{tag}><div class="news-'
                     f'meta text-muted">{" ".join(bits)}</div>{tools}{figure}<div class="news-'
                     f'content isi-berita">{content}{crew}</div>{attach}{later}{share}{tags}'
                     f"{contact}{related}</div></div>")
        outside = ""
    if later and platform in ("liferay",):
        container = container.replace('<div class="asset-links">', later
                                      + '<div class="asset-links">', 1)

    agenda = "".join(f'<li><span class="agenda-date">{_long(day + timedelta(days=k + 3))}</span> '
                     f"{escape(x)}</li>" for k, x in enumerate(
                         rng.sample(("Rapat Koordinasi", "Wisuda Periode II", "Seminar Nasional",
                                     "Sosialisasi Layanan", "Bimbingan Teknis"), 2)))
    body = (f'<header class="site-header"><div class="topbar"><a href="#">PPID</a> <a href="#">'
            f'ID</a> | <a href="#">EN</a></div><a class="brand" href="{base}/"><img src="{base}/'
            f'logo.png" alt="{attr(short)}"> {escape(name)}</a><nav><ul><li>Beranda</li>'
            f"<li>Profil</li><li>{escape(section)}</li><li>Layanan</li><li>Kontak</li></ul></nav>"
            f'</header><div class="container"><div class="row"><main class="col-md-8">'
            f'{outside}{container}</main><aside class="col-md-4"><div class="widget"><h3>Agenda'
            f'</h3><ul>{agenda}</ul></div><div class="widget"><h3>Tautan</h3><ul><li>LPSE</li>'
            f'<li>JDIH</li><li>SPAN Lapor</li></ul></div></aside></div></div><footer class="site-'
            f'footer"><p>{escape(name)}<br>\nJl. ... {escape(city)}</p><p>&copy; {day.year} '
            f"{escape(short)}. All rights reserved.</p></footer>")
    roll = rng.random()
    if roll < 0.15:
        title = name
    elif roll < 0.27:
        title = rng.choice((f"{section} - {name}", f"{name} | {section}"))
    elif platform == "sharepoint" and roll < 0.4:
        title = f"Pages - {text.headline}"
    else:
        title = _title(rng, text.headline, rng.choice((name, short)))
    head = _head(rng, text, name, url, machine, author, og_chance=0.55,
                 ld_chance=0.4 if platform != "custom" else 0.6,
                 meta_time=1.0 if platform in ("liferay", "sharepoint") else 0.5)
    if platform == "liferay":
        head.append('<meta content="text/html; charset=UTF-8" http-equiv="content-type">')
    html = _shell(title, head, f"{platform} portal-news controls-visible signed-out", body,
                  lang="en" if english and rng.random() < 0.5 else "id")
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, name,
                            tuple(j.lines))


# -- 2. an article rendered from a headless CMS into a JSON-driven template ---------------------

# (the site, its host, zone, city)
_HEADLESS_SITES = (
    ("Ambon Kini", "ambonkini.id", "WIT", "Ambon"),
    ("Jendela Sumsel", "jendelasumsel.com", "WIB", "Palembang"),
    ("Makassar Smart News", "news.makassarkota.go.id", "WITA", "Makassar"),
    ("Warta Balikpapan", "warta.balikpapan.go.id", "WITA", "Balikpapan"),
    ("Lintas Papua Selatan", "lintaspapuaselatan.com", "WIT", "Merauke"),
    ("Narasi Riau", "narasiriau.id", "WIB", "Pekanbaru"),
    ("Denpasar Terkini", "terkini.denpasarkota.go.id", "WITA", "Denpasar"),
    ("Kalteng Hari Ini", "kaltengharini.com", "WIB", "Palangka Raya"),
    ("Sorong Update", "sorongupdate.id", "WIT", "Sorong"),
    ("Banyumas Digital", "digital.banyumaskab.go.id", "WIB", "Purwokerto"),
    ("Kabar Gorontalo Raya", "kabargorontaloraya.com", "WITA", "Gorontalo"),
)
# the block attribute each stack's renderer writes, and its values for each kind of block
_STACKS = {
    "strapi": ("data-component", {"paragraph": "shared.rich-text", "image": "shared.media",
                                  "quote": "shared.quote", "facts": "shared.fact-box",
                                  "summary": "shared.key-points", "related": "shared.related",
                                  "cta": "shared.newsletter-cta"}),
    "contentful": ("data-node-type", {"paragraph": "paragraph", "image": "embedded-asset-block",
                                      "quote": "blockquote", "facts": "embedded-entry-block",
                                      "summary": "embedded-entry-block",
                                      "related": "embedded-entry-block",
                                      "cta": "embedded-entry-block"}),
    "sanity": ("data-type", {"paragraph": "block", "image": "image", "quote": "pullQuote",
                             "facts": "factBox", "summary": "keyTakeaways",
                             "related": "relatedArticle", "cta": "newsletterSignup"}),
    "directus": ("data-block", {"paragraph": "paragraph", "image": "image", "quote": "quote",
                                "facts": "factbox", "summary": "summary", "related": "related",
                                "cta": "cta"}),
}


def _marks(rng: random.Random, paragraph: str, base: str) -> str:
    """A paragraph with rich-text marks on a few of its words (its text unchanged)."""
    words = paragraph.split(" ")
    markable = [k for k, w in enumerate(words) if w.isalpha() and len(w) > 3]
    if len(markable) < 4 or rng.random() < 0.45:
        return escape(paragraph)
    picked = set(rng.sample(markable, rng.randrange(1, 4)))
    out = []
    for k, word in enumerate(words):
        if k in picked and word:
            tag = rng.choice(("strong", "em", "a", "strong", "u"))
            if tag == "a":
                out.append(f'<a href="{base}/tag/{slug(word) or "topik"}" class="rt-link">'
                           f"{escape(word)}</a>")
            else:
                out.append(f'<{tag} class="rt-{tag}">{escape(word)}</{tag}>')
        else:
            out.append(escape(word))
    return " ".join(out)


def _created(when: datetime, rng: random.Random) -> datetime:
    """A draft's creation, before its publication and on the same UTC day."""
    utc = when.astimezone(UTC)
    return max(utc - timedelta(minutes=rng.randrange(5, 240)), utc.replace(hour=0, minute=0))


def _headless_listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
                      stack: str, category: str) -> tuple[str, str, Truth]:
    day = when_in(rng, zone).date()
    heading = rng.choice((category, "Terbaru", f"Berita {category}", "Indeks", category))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    cards = "".join(
        f'<article class="card card--entry" data-entry-id="{token(rng, 10)}"><a href="{base}/'
        f'{slug(category)}/{slug(o.headline)}"><img src="https://images.ctfassets.net/'
        f'{token(rng, 12)}/{token(rng, 16)}/photo.jpg?w=480" alt=""><h2 class="card__title">'
        f'{escape(o.headline)}</h2></a><p class="card__excerpt">'
        f'{escape(_teaser(rng, o.paragraphs[0]))}</p><time datetime="{d:%Y-%m-%d}">{_long(d)}'
        "</time></article>" for o, d in shown)
    state = json.dumps({"props": {"pageProps": {"category": category, "entries": [
        {"title": o.headline, "slug": slug(o.headline), "publishDate": f"{d:%Y-%m-%d}"}
        for o, d in shown]}}, "page": "/[category]", "buildId": token(rng, 21)},
        ensure_ascii=False).replace("</", "<\\/")
    body = (f'<div id="__next"><header class="site-header"><a href="{base}/" class="logo">'
            f'{escape(site)}</a><nav><a href="{base}/terbaru">Terbaru</a> <a href="{base}/daerah">'
            f'Daerah</a> <a href="{base}/ekonomi">Ekonomi</a></nav></header><main class="grid">'
            f'<h1 class="section-title">{escape(heading)}</h1><div class="grid__cards">{cards}'
            f'</div><button class="load-more">Muat lebih banyak</button></main><footer>&copy; '
            f'{day.year} {escape(site)}</footer></div><script id="__NEXT_DATA__" type="application/'
            f'json">{state}</script>')
    url = rng.choice((f"{base}/{slug(category)}", f"{base}/terbaru", f"{base}/kategori/"
                      f"{slug(category)}?page=2"))
    title = rng.choice((f"{heading} | {site}", f"{heading} - {site}", f"{site} — {heading}"))
    return url, _shell(title, [], f"stack-{stack}", body), Truth(
        heading, (), shown[0][1], None, site, (), article=False)


def headless_cms_blocks(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An outlet's or a city portal's article rendered from a headless CMS (Strapi's dynamic
    zones ``data-component="shared.rich-text"``, Contentful's rich-text nodes
    ``data-node-type="paragraph"``, Sanity's Portable Text ``data-type="block"``, Directus
    ``data-block="paragraph"``) by Next or Astro: one paragraph or several per block,
    rich-text marks inside, a hero with the kicker, the headline, the dek and the byline,
    "4 menit baca", a "Poin Penting" / "Key Takeaways" / "Ringkasan" list above the text
    that repeats its sentences, image blocks with captions and credits, a pull quote
    repeating a sentence of the text, a "Fakta Singkat" box, inline "Baca juga" entries, a
    newsletter call, topics and a share bar (an Astro island with its props); the dates in
    ``data-published-at``, a ``<time>``, and the entry's JSON state (``publishedAt``,
    Contentful's minute-precise ``publishDate`` with its offset, or a date alone) beside
    ``createdAt`` and ``updatedAt``."""
    site, host, zone, city = rng.choice(_HEADLESS_SITES)
    base = f"https://{host}"
    stack = rng.choice(tuple(_STACKS))
    name_attr, kinds = _STACKS[stack]
    category = rng.choice(_CATEGORIES)
    if rng.random() < 1 / 8:
        return _headless_listing(rng, text, site, base, zone, stack, category)
    english = rng.random() < 0.25  # the template's strings in English
    when, form, stamp, timed = _when(rng, zone, chance_time=0.5, ago=0.1,
                                     stamps=("z", "z", "offset", "none"))
    day = when.date()
    machine = {"offset": _iso(when) if stack != "contentful" else when.isoformat(
        timespec="minutes"), "z": _utc_z(when, millis=True), "none": ""}[stamp]
    printed = _printed(form, when, zone) if form else _rel(rng)
    entry_id = token(rng, 22) if stack != "strapi" else str(rng.randrange(10, 9000))
    s = slug(text.headline)
    url = rng.choice((f"{base}/{slug(category)}/{s}", f"{base}/berita/{s}",
                      f"{base}/artikel/{s}-{token(rng, 6)}", f"{base}/{day:%Y/%m}/{s}"))
    j = Junk()
    writer = rng.choice((_person(rng), _person(rng), rng.choice(NAMES), "Tim Redaksi"))
    show_by = rng.random() < 0.8
    author = writer if show_by else None
    photographer = _person(rng)
    css = rng.choice(("module", "tailwind", "bem"))

    def cls(name: str) -> str:
        return {"module": f"{name.title().replace('-', '')}_{name}__{token(rng, 5)}",
                "tailwind": f"{name} mx-auto max-w-prose", "bem": f"entry__{name}"}[css]

    def block(kind: str, inner: str, tag: str = "div") -> str:
        return (f'<{tag} class="{cls("block")} block--{kind}" {name_attr}="{kinds[kind]}" '
                f'data-block-id="{_hex(rng, 8)}">{inner}</{tag}>')

    def image(caption_p: float = 0.8) -> str:
        fig = ""
        if rng.random() < caption_p:
            caption = rng.choice((f"Suasana di {city}.", "Ilustrasi.", f"Kegiatan di {city}.",
                                  "Dokumentasi kegiatan.", ""))
            credit = rng.choice((f"Foto: {photographer}/{site}", f"Dok. {site}", f"Foto: "
                                 f"{photographer}", "Foto: Istimewa", f"(Foto: Humas {city})"))
            bits = []
            if caption:
                bits.append(f'<span class="{cls("caption")}">{j(caption)}</span>')
            bits.append(f'<span class="{cls("credit")}">{j(credit)}</span>')
            if caption:
                j.also(f"{caption} {credit}")
            fig = f"<figcaption>{' '.join(bits)}</figcaption>"
        src = (f"https://images.ctfassets.net/{token(rng, 12)}/{token(rng, 20)}/{_hex(rng, 32)}/"
               f"foto.jpg?w=1200&q=75" if stack == "contentful" else
               f"https://cdn.sanity.io/images/{token(rng, 8)}/production/{_hex(rng, 40)}-1200x800"
               f".jpg" if stack == "sanity" else f"{base}/uploads/{token(rng, 10)}_{_hex(rng, 10)}"
               f".jpg")
        return block("image", f'<figure><img src="{src}" alt="" loading="lazy" width="1200" '
                              f'height="800">{fig}</figure>')

    # the blocks of the text
    paragraphs = list(text.paragraphs)
    n_par = len(paragraphs)
    others = other_texts(rng, text, 4)
    groups: list[list[int]] = []
    k = 0
    while k < n_par:  # Strapi's rich-text holds several paragraphs (rendered markdown)
        size = rng.choice((1, 2, 3)) if stack == "strapi" and rng.random() < 0.6 else 1
        groups.append(list(range(k, min(n_par, k + size))))
        k += size
    quote_at = -1
    quote = ""
    candidates = [(n, x) for n, p in enumerate(paragraphs[:-1]) if n > 0
                  for x in _sentences(p) if 50 < len(x) < 220 and x != p]
    if candidates and rng.random() < 0.5:
        quote_at, quote = rng.choice(candidates)
    image_at = {rng.randrange(1, n_par)} if n_par > 3 and rng.random() < 0.45 else set()
    related_at = rng.randrange(2, n_par) if n_par > 3 and rng.random() < 0.45 else -1
    facts_at = rng.randrange(2, n_par) if n_par > 3 and rng.random() < 0.3 else -1
    body_parts: list[str] = []
    for group in groups:
        for n in group:
            if n in image_at:
                body_parts.append(image())
            if n == related_at:
                o = others[0]
                word = "Read also:" if english else rng.choice(("Baca juga:", "Baca Juga:",
                                                                "Artikel terkait:"))
                j.also(f"{word} {o.headline}")
                body_parts.append(block("related", f'<div class="{cls("related")}"><span>'
                                  f'{j(word)}</span> <a href="{base}/berita/{slug(o.headline)}">'
                                  f"{j(o.headline)}</a></div>"))
            if n == facts_at:
                word = "Quick Facts" if english else rng.choice(("Fakta Singkat", "Sekilas Info",
                                                                 "Fakta", "Info Singkat"))
                items = [("Lokasi" if not english else "Location", city),
                         ("Kategori" if not english else "Category", category)]
                if rng.random() < 0.5:
                    items.append(("Sumber" if not english else "Source", rng.choice((
                        f"Humas {city}", site, f"Diskominfo {city}"))))
                lis = []
                for label, value in items:
                    j.also(f"{label}: {value}")
                    lis.append(f"<li><strong>{j(label + ':')}</strong> {j(value)}</li>")
                body_parts.append(block("facts", f'<aside class="{cls("factbox")}"><h4>{j(word)}'
                                  f'</h4><ul>{"".join(lis)}</ul></aside>'))
        inner = "".join(f"<p>{_marks(rng, paragraphs[n], base)}</p>" for n in group)
        if stack == "contentful" and len(group) == 1 and rng.random() < 0.6:
            marked = _marks(rng, paragraphs[group[0]], base)
            body_parts.append(f'<p {name_attr}="paragraph">{marked}</p>')
        else:
            body_parts.append(block("paragraph", inner))
        if quote_at in group:
            share_q = ""
            if rng.random() < 0.4:
                word = rng.choice(("Bagikan kutipan", "Tweet", "Share quote"))
                share_q = f' <button class="{cls("quote-share")}">{j(word)}</button>'
            body_parts.append(block("quote", f'<blockquote class="{cls("pullquote")}"><p>'
                                             f"{j(quote)}</p>{share_q}</blockquote>"))
    if rng.random() < 0.3:
        line = ("Get the day's top stories in your inbox." if english else rng.choice((
            "Dapatkan berita pilihan setiap pagi langsung di kotak masuk Anda.",
            f"Berlangganan buletin {site}, gratis.")))
        button = "Subscribe" if english else rng.choice(("Berlangganan", "Daftar"))
        body_parts.append(block("cta", f'<div class="{cls("newsletter")}"><p>{j(line)}</p><form>'
                                       f'<input type="email" placeholder="Email"><button>'
                                       f"{j(button)}</button></form></div>"))

    # the summary above the text: the first sentences of a few paragraphs
    summary = ""
    firsts = [_sentences(p)[0] for p in paragraphs if len(_sentences(p)) > 1]
    if len(firsts) >= 2 and rng.random() < 0.55:
        word = "Key Takeaways" if english else rng.choice(("Poin Penting", "Ringkasan", "Intisari",
                                                           "Sorotan", "Poin Penting:"))
        picked = firsts[: rng.randrange(2, min(4, len(firsts)) + 1)]
        summary = block("summary", f'<section class="{cls("summary")}"><h2>{j(word)}</h2><ul>'
                        + "".join(f"<li>{j(x)}</li>" for x in picked) + "</ul></section>")

    # the hero: the kicker, the headline, the dek, the byline, the date and the reading time
    kicker = (f'<a class="{cls("kicker")}" href="{base}/{slug(category)}">{j(category)}</a>'
              if rng.random() < 0.7 else "")
    dek = ""
    if rng.random() < 0.45:
        dek = f'<p class="{cls("dek")}">{j(_teaser(rng, paragraphs[0]))}</p>'
    minutes = max(1, sum(len(p.split()) for p in paragraphs) // 200)
    read = (f"{minutes} min read" if english else rng.choice((f"{minutes} menit baca",
                                                             f"Waktu baca {minutes} menit")))
    show_read = rng.random() < 0.6
    by_word = "By" if english else rng.choice(("Oleh", "Penulis:", ""))
    meta_bits: list[str] = []
    texts_shown: list[str] = []
    if show_by:
        by_text = f"{by_word} {writer}" if by_word else writer
        texts_shown.append(by_text)
        if by_word:
            j.also(by_text)
            meta_bits.append(f'<span class="{cls("byline")}">{j(by_word)} <a href="{base}/penulis/'
                             f'{slug(writer)}">{j(writer)}</a></span>')
        else:
            meta_bits.append(f'<span class="{cls("byline")}"><a href="{base}/penulis/'
                             f'{slug(writer)}">{j(writer)}</a></span>')
    time_el = (f'<time datetime="{machine}">{j(printed)}</time>' if machine and
               (not form or rng.random() < 0.7) else f"<span>{j(printed)}</span>")
    meta_bits.append(time_el)
    texts_shown.append(printed)
    if show_read:
        meta_bits.append(f'<span class="{cls("read-time")}">{j(read)}</span>')
        texts_shown.append(read)
    dot = rng.choice((" · ", " • ", " | "))
    if len(texts_shown) > 1:
        j.also(dot.join(texts_shown))
    later_html = ""
    if rng.random() < 0.25:
        then = when + timedelta(minutes=rng.randrange(40, 60 * 48))
        shown = _long(then.date()) + (f", {then:%H:%M} {zone}" if timed else "")
        word = "Updated" if english else "Diperbarui"
        j.also(f"{word} {shown}")
        later_html = f'<p class="{cls("updated")}">{j(word)} {j(shown)}</p>'
    hero_image = image(0.7) if rng.random() < 0.7 else ""
    header = (f'<header class="{cls("hero")}">{kicker}<h1 class="{cls("title")}">'
              f'{escape(text.headline)}</h1>{dek}<div class="{cls("meta")}">'
              f"{escape(dot).join(meta_bits)}</div>{later_html}</header>")

    # the topics and the share bar (an island of the client's code)
    topics = ""
    if rng.random() < 0.6:
        picked = rng.sample(_TAGS, rng.randrange(2, 5))
        word = "Topics:" if english else rng.choice(("Topik:", "Tag:", "Topik"))
        topics = (f'<div class="{cls("topics")}">' + _labelled(j, word, picked, " ",
                  '<a href="' + base + '/topik/x">{x}</a>') + "</div>")
    share = ""
    if rng.random() < 0.6:
        word = "Share" if english else rng.choice(("Bagikan", "Bagikan:", "Share"))
        share = _shares(rng, j, word, cls("share"))
        if rng.random() < 0.5:
            props = json.dumps({"url": [0, url], "title": [0, text.headline]}, ensure_ascii=False)
            share = (f'<astro-island uid="{token(rng, 7)}" component-url="/_astro/ShareBar.'
                     f'{token(rng, 8)}.js" component-export="default" renderer-url="/_astro/client.'
                     f'{token(rng, 8)}.js" props="{attr(props)}" ssr="" client="visible">{share}'
                     "</astro-island>")

    # the entry's state
    created = _created(when, rng)
    updated = when.astimezone(UTC) + timedelta(minutes=rng.randrange(1, 3000))
    z = lambda x: _utc_z(x, millis=True)  # noqa: E731
    published_field = machine or f"{day:%Y-%m-%d}"
    body_json = [{"type": "paragraph", "text": p} for p in paragraphs]
    if stack == "strapi":
        entry: dict[str, object] = {"data": {"id": int(entry_id), "attributes": {
            "title": text.headline, "slug": s, "publishedAt" if machine else "publishDate":
            published_field, "createdAt": z(created), "updatedAt": z(updated),
            "category": {"data": {"attributes": {"name": category}}},
            "author": {"data": {"attributes": {"name": writer}}}, "blocks": [
                {"__component": "shared.rich-text", "body": b["text"]} for b in body_json]}}}
    elif stack == "contentful":
        entry = {"sys": {"id": entry_id, "type": "Entry", "createdAt": z(created),
                         "updatedAt": z(updated), "contentType": {"sys": {"id": "article"}}},
                 "fields": {"title": text.headline, "slug": s, "publishDate": published_field,
                            "author": {"fields": {"name": writer}}, "body": {
                                "nodeType": "document", "content": [
                                    {"nodeType": "paragraph", "content": [
                                        {"nodeType": "text", "value": b["text"], "marks": []}]}
                                    for b in body_json]}}}
    elif stack == "sanity":
        entry = {"_id": entry_id, "_type": "article", "_createdAt": z(created).replace(".000", ""),
                 "_updatedAt": z(updated).replace(".000", ""), "title": text.headline,
                 "slug": {"_type": "slug", "current": s},
                 "publishedAt" if machine else "publishDate": published_field,
                 "body": [{"_type": "block", "_key": _hex(rng, 12), "children": [
                     {"_type": "span", "text": b["text"]}]} for b in body_json]}
    else:
        entry = {"data": {"id": entry_id, "status": "published", "title": text.headline,
                          "date_published" if machine else "publish_date": published_field,
                          "date_created": z(created), "date_updated": z(updated),
                          "blocks": body_json}}
    state_text = json.dumps(entry, ensure_ascii=False).replace("</", "<\\/")
    where = rng.choice(("next", "next", "script"))
    if where == "next":
        state = (f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":'
                 f'{{"entry":{state_text},"preview":false}}}},"page":"/[category]/[slug]",'
                 f'"query":{{"slug":"{s}"}},"buildId":"{token(rng, 21)}","isFallback":false,'
                 f'"gsp":true}}</script>')
    else:
        state = f'<script type="application/json" id="entry-data">{state_text}</script>'

    stamp_attrs = (f' data-published-at="{machine}"' if machine else
                   f' data-publish-date="{day:%Y-%m-%d}"' if rng.random() < 0.5 else "")
    if rng.random() < 0.5:
        stamp_attrs += f' data-updated-at="{z(updated)}"'
    hero_outside = rng.random() < 0.35
    article_body = (f'<div class="{cls("body")} rich-text prose">{summary}{"".join(body_parts)}'
                    "</div>")
    if hero_outside:
        main = (f'<section class="{cls("hero-wrap")}">{header}{hero_image}</section><article '
                f'class="{cls("entry")}" data-entry-id="{entry_id}" data-content-type="article"'
                f"{stamp_attrs}>{article_body}{topics}{share}</article>")
    else:
        main = (f'<article class="{cls("entry")}" data-entry-id="{entry_id}" data-content-type="'
                f'article"{stamp_attrs}>{header}{hero_image}{article_body}{topics}{share}'
                "</article>")
    more = "".join(f'<li><a href="{base}/berita/{slug(o.headline)}">{escape(o.headline)}</a></li>'
                   for o in others[1:4])
    body = (f'<div id="{"__next" if where == "next" else "app"}"><header class="site-header"><a '
            f'href="{base}/" class="logo">{escape(site)}</a><nav><a href="{base}/terbaru">Terbaru'
            f'</a> <a href="{base}/daerah">Daerah</a> <a href="{base}/ekonomi">Ekonomi</a> <a '
            f'href="{base}/cari">Cari</a></nav></header><main>{main}<section class="more"><h2>'
            f'{"More stories" if english else "Berita Lainnya"}</h2><ul>{more}</ul></section>'
            f'</main><footer><p>&copy; {day.year} {escape(site)}</p><p>Pedoman Media Siber · '
            f"Kebijakan Privasi</p></footer></div>{state}")
    title = text.headline if rng.random() < 0.08 else _title(rng, text.headline, site)
    head = _head(rng, text, site, url, machine, author, ld_chance=0.45, meta_time=0.5)
    if rng.random() < 0.5:
        head.append(f'<link rel="preload" as="script" href="/_next/static/chunks/pages/'
                    f'%5Bcategory%5D/%5Bslug%5D-{_hex(rng, 16)}.js">')
    html = _shell(title, head, f"stack-{stack}", body, lang="en" if english and
                  rng.random() < 0.3 else "id")
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


# -- 3. a press-release distribution wire's or a "rilis" aggregator's page ----------------------

# (the wire, its host, its chrome: "en" a regional edition with English strings, "id" an
# Indonesian wire, "rilis" a portal of releases)
_WIRES = (
    ("RilisNusantara", "rilisnusantara.com", "id"),
    ("Kabar Rilis", "kabarrilis.id", "id"),
    ("Mediawire Indonesia", "id.mediawireasia.com", "en"),
    ("NusaPR Newswire", "nusaprwire.com", "en"),
    ("Siaran Pers Indonesia", "siaranpersindonesia.id", "rilis"),
    ("Pusat Rilis", "pusatrilis.co.id", "rilis"),
)
# (the issuer, its kind, its domain, zone, city, province, its trade)
_ISSUERS = (
    ("PT Semen Timor Jaya", "company", "sementimorjaya.co.id", "WITA", "Kupang",
     "Nusa Tenggara Timur", "industri semen"),
    ("Pemerintah Kota Bitung", "gov", "bitungkota.go.id", "WITA", "Bitung", "Sulawesi Utara",
     ""),
    ("Perumda Air Minum Tirta Sriwijaya", "company", "tirtasriwijaya.co.id", "WIB", "Palembang",
     "Sumatera Selatan", "layanan air minum"),
    ("Pemerintah Kabupaten Banyuwangi", "gov", "banyuwangikab.go.id", "WIB", "Banyuwangi",
     "Jawa Timur", ""),
    ("Pemerintah Provinsi Kalimantan Timur", "gov", "kaltimprov.go.id", "WITA", "Samarinda",
     "Kalimantan Timur", ""),
    ("PT Pelabuhan Sorong Mandiri", "company", "pelabuhansorong.co.id", "WIT", "Sorong",
     "Papua Barat Daya", "jasa kepelabuhanan"),
    ("PT Agro Lestari Jambi", "company", "agrolestarijambi.com", "WIB", "Jambi", "Jambi",
     "perkebunan kelapa sawit"),
    ("Pemerintah Kota Jayapura", "gov", "jayapurakota.go.id", "WIT", "Jayapura", "Papua", ""),
    ("PT Bank Perkreditan Rakyat Lumbung Maluku", "company", "bprlumbungmaluku.co.id", "WIT",
     "Ambon", "Maluku", "perbankan"),
    ("Dinas Pariwisata Provinsi Nusa Tenggara Barat", "gov", "disbudpar.ntbprov.go.id", "WITA",
     "Mataram", "Nusa Tenggara Barat", ""),
    ("PT Energi Borneo Lestari", "company", "energiborneo.co.id", "WIB", "Pontianak",
     "Kalimantan Barat", "energi terbarukan"),
)
_WIRE_CATEGORIES = ("Pemerintahan", "Ekonomi & Bisnis", "Pariwisata", "Infrastruktur",
                    "Keuangan", "Energi", "CSR", "Pendidikan", "Kesehatan", "Agrikultur")
_WIRE_CATEGORIES_EN = ("Government", "Business", "Travel", "Infrastructure", "Financial "
                       "Services", "Energy", "CSR", "Education", "Health Care", "Agriculture")


def _wire_listing(rng: random.Random, text: Text, wire: str, base: str, zone: str,
                  chrome: str) -> tuple[str, str, Truth]:
    day = when_in(rng, zone).date()
    if chrome == "en":
        heading = rng.choice(("Latest News Releases", "News Releases", "Government News",
                              "Indonesia News Releases"))
    else:
        heading = rng.choice(("Rilis Terbaru", "Siaran Pers Terbaru", "Kategori: Pemerintahan",
                              "Rilis Pariwisata", "Semua Rilis"))
    shown = listing_items(rng, text, day, rng.randrange(7, 14))
    rows = []
    for o, d in shown:
        issuer = rng.choice(_ISSUERS)[0]
        printed = (f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if chrome == "en" else _long(d))
        rows.append(f'<div class="release-card row"><div class="col-sm-3"><img src="{base}/'
                    f'logos/{token(rng, 8)}.png" alt=""></div><div class="col-sm-9"><h3><a href="'
                    f'{base}/rilis/{slug(o.headline)}">{escape(o.headline)}</a></h3><p class="'
                    f'meta"><span class="date">{printed}</span> · <span class="issuer">'
                    f'{escape(issuer)}</span></p><p>{escape(_teaser(rng, o.paragraphs[0]))}</p>'
                    "</div></div>")
    url = rng.choice((f"{base}/rilis", f"{base}/news-releases/list", f"{base}/kategori/"
                      f"pemerintahan", f"{base}/rilis?page=2"))
    body = (f'<header class="wire-header"><a class="brand" href="{base}/">{escape(wire)}</a><nav>'
            f'<a href="{base}/rilis">{"News" if chrome == "en" else "Rilis"}</a> <a href="{base}/'
            f'layanan">{"Services" if chrome == "en" else "Layanan"}</a> <a href="{base}/kirim">'
            f'{"Send a Release" if chrome == "en" else "Kirim Rilis"}</a></nav></header><main '
            f'class="container"><h1 class="listing-title">{escape(heading)}</h1>{"".join(rows)}'
            '<ul class="pagination"><li class="active">1</li><li><a href="?page=2">2</a></li>'
            f'</ul></main><footer>&copy; {day.year} {escape(wire)}</footer>')
    title = rng.choice((f"{heading} | {wire}", f"{heading} - {wire}"))
    return url, _shell(title, [], f"wire listing {chrome}", body,
                       lang="en" if chrome == "en" else "id"), Truth(
        heading, (), shown[0][1], None, wire, (), article=False)


def press_wire(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A press release carried by a distribution wire or a "rilis" portal: a regional
    edition of a PR wire with English strings ("News provided by", "Share this article",
    "Media Contact:", "SOURCE ...", "View original content:..."), an Indonesian wire
    ("Dirilis oleh", "Kontak Media", "Lihat rilis asli") or a portal of releases ("Rilis
    ini ditayangkan oleh ... atas permintaan ...", its disclaimer); the wire's dateline in
    the first paragraph, in PR wires' ``xn-location`` and ``xn-chron`` spans at times
    ("AMBON, Maluku, May 12, 2025 /NusaPR Newswire/ --"), the issuer's logo and dek, "###"
    or "-SELESAI-", "Tentang ..." with the issuer's boilerplate, the media contact, the
    wire's categories, region and language, tags, a photo with "Unduh", "Rilis lainnya
    dari ..." with dates; dates printed with the zone mostly, or alone; JSON-LD with an
    offset or in UTC, or none."""
    wire, host, chrome = rng.choice(_WIRES)
    base = f"https://{'www.' if rng.random() < 0.5 and not host.startswith('id.') else ''}{host}"
    issuer, kind, domain, zone, city, province, trade = rng.choice(_ISSUERS)
    en = chrome == "en"
    if rng.random() < 1 / 8:
        return _wire_listing(rng, text, wire, base, zone, chrome)
    plain = ("en", "day_en", "en") if en else ("long", "day_long", "long", "slash", "short")
    zoned = ("en_zone", "day_en_zone") if en else ("long_zone", "comma_zone", "day_bar_zone",
                                                   "day_dash_zone", "slash_zone", "day_pukul")
    bare = ("day_en_bare",) if en else ("long_bare", "day_bare", "pukul_bare")
    when, form, stamp, timed = _when(rng, zone, chance_time=0.6, plain=plain, zoned=zoned,
                                     bare=bare, stamps=("offset", "utc", "none", "none"))
    day = when.date()
    machine = _machine(when, stamp)
    printed = _printed(form, when, zone)
    rid = rng.randrange(100000, 999999)
    s = slug(text.headline)
    url = rng.choice((f"{base}/rilis/{s}", f"{base}/news-releases/{s}-{rid}.html",
                      f"{base}/{day:%Y/%m/%d}/{s}", f"{base}/rilis/{rid}/{s}"))
    j = Junk()

    # the dateline in the first paragraph
    if en:
        loc = rng.choice((city.upper(), f"{city.upper()}, {province}", f"{city.upper()}, "
                          "Indonesia"))
        chron = f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    else:
        loc = rng.choice((city.upper(), city.upper(), f"{city.upper()}, {province}", city))
        chron = rng.choice((_long(day), _long(day), f"{day.day}/{day.month}/{day.year}"))
    brand = f"/{wire}/" if chrome != "rilis" and rng.random() < 0.8 else ""
    dash = rng.choice((" --", " –", " -")) if brand else rng.choice((" –", " -", " --"))
    dateline = f"{loc}, {chron}{' ' + brand if brand else ''}{dash}"
    j.also(dateline)
    if rng.random() < 0.5:
        dl_html = (f'<span class="legendSpanClass"><span class="xn-location">{escape(loc)}</span>'
                   f', <span class="xn-chron">{escape(chron)}</span></span>'
                   f"{' ' + escape(brand) if brand else ''}{escape(dash)}")
    else:
        dl_html = f"<strong>{escape(dateline)}</strong>"
    parts = [f"<p>{dl_html} {escape(text.paragraphs[0])}</p>",
             *(f"<p>{escape(p)}</p>" for p in text.paragraphs[1:])]
    figure = ""
    if rng.random() < 0.45:
        cap = rng.choice((f"Foto: Dok. {issuer}", f"Photo: {issuer}" if en else f"Foto: {issuer}",
                          f"Dokumentasi {issuer}"))
        get = "Download" if en else rng.choice(("Unduh", "Unduh foto"))
        j.also(f"{cap} {get}")
        figure = (f'<figure class="release-image"><img src="{base}/media/{rid}/'
                  f'{token(rng, 10)}.jpg" alt=""><figcaption>{j(cap)} <a class="download" '
                  f'href="#">{j(get)}</a></figcaption></figure>')
        if rng.random() < 0.5 and len(parts) > 2:
            parts.insert(2, figure)
            figure = ""
    end = rng.choice(("###", "-SELESAI-", "- Selesai -", "***", "-- SELESAI --", "###"))
    if rng.random() < 0.75:
        parts.append(f'<p class="end-marker" style="text-align:center">{j(end)}</p>')
    about = ""
    if rng.random() < 0.7:
        word = f"About {issuer}" if en else f"Tentang {issuer}"
        if kind == "company":
            blurb = (f"{issuer} adalah perusahaan {trade} yang berkantor pusat di {city}, "
                     f"{province}. Informasi lebih lanjut tersedia di www.{domain}.")
        else:
            blurb = (f"{issuer} terus mendorong pelayanan publik yang terbuka dan mudah diakses "
                     f"masyarakat {province}. Informasi resmi tersedia di {domain}.")
        about = f'<div class="boilerplate"><p><strong>{j(word)}</strong></p><p>{j(blurb)}</p></div>'
    contact = ""
    if rng.random() < 0.75:
        word = "Media Contact:" if en else rng.choice(("Kontak Media:", "Narahubung:",
                                                       "Informasi lebih lanjut:"))
        person = _person(rng)
        role = rng.choice(("Corporate Communication", "Public Relations Officer", "Sekretaris "
                           "Perusahaan", "Humas") if kind == "company" else (
            "Kepala Bagian Humas", "Kepala Bagian Prokopim", "Kepala Dinas Kominfo", "Humas"))
        lines = [person, role, f"Telp: +62 8{rng.randrange(11, 59)}-{rng.randrange(1000, 9999)}-"
                 f"{rng.randrange(1000, 9999)}", f"Email: humas@{domain}"]
        if rng.random() < 0.3:
            lines.remove(role)
        j.also(" ".join([word, *lines]))
        if rng.random() < 0.5:
            contact = (f'<div class="media-contact"><p><strong>{j(word)}</strong><br>\n'
                       + "<br>\n".join(j(x) for x in lines) + "</p></div>")
        else:
            contact = (f'<div class="media-contact"><p><strong>{j(word)}</strong></p>\n'
                       + "\n".join(f"<p>{j(x)}</p>" for x in lines) + "</div>")
    source = ""
    if en and rng.random() < 0.8:
        source = f'<p class="source">{j("SOURCE " + issuer)}</p>'
    original = ""
    if chrome != "rilis" and rng.random() < 0.5:
        link = f"{base}/news-releases/{s}-{rid}.html"
        word = "View original content:" if en else "Lihat rilis asli:"
        joint = "" if en else " "
        j.also(f"{word}{joint}{link}")
        original = f'<p class="original">{j(word)}{joint}<a href="{link}">{j(link)}</a></p>'
    disclaimer = ""
    if chrome == "rilis" or rng.random() < 0.4:
        line = (f"This release was distributed by {wire} on behalf of {issuer}. The issuer is "
                "solely responsible for its content." if en else rng.choice((
                    f"Rilis ini ditayangkan oleh {wire} atas permintaan {issuer}. Isi rilis "
                    "sepenuhnya menjadi tanggung jawab penerbit.", f"Disclaimer: Konten ini "
                    f"merupakan siaran pers dari {issuer} yang ditayangkan {wire}. Isi di luar "
                    "tanggung jawab redaksi.")))
        disclaimer = f'<div class="disclaimer alert alert-info">{j(line)}</div>'
    top_disclaimer = bool(disclaimer) and rng.random() < 0.4

    # the meta: the issuer, the date, the share bar, the dek
    by = ("News provided by" if en else rng.choice(("Dirilis oleh", "Sumber:", "Diterbitkan oleh",
                                                    "Dari:")))
    j.also(f"{by} {issuer}")
    j.also(f"{by} {issuer} {printed}")
    stamp_in_body = bool(machine) and rng.random() < 0.5
    stamp_html = (f'<time datetime="{machine}">{j(printed)}</time>' if stamp_in_body
                  else f'<span class="date">{j(printed)}</span>')
    meta = (f'<div class="release-meta"><div class="issuer"><img src="{base}/logos/'
            f'{slug(issuer)}.png" alt="{attr(issuer)}"> <span>{j(by)}</span> <a href="{base}/'
            f'rilis/dari/{slug(issuer)}">{j(issuer)}</a></div> <div class="release-date">'
            f"{stamp_html}</div></div>")
    dek = ""
    if rng.random() < 0.35:
        dek = f'<p class="subtitle"><em>{j(_teaser(rng, text.paragraphs[1]))}</em></p>'
    share = ""
    if rng.random() < 0.6:
        word = "Share this article" if en else rng.choice(("Bagikan", "Bagikan rilis ini"))
        share = _shares(rng, j, word, "share-bar")
    cats = ""
    if rng.random() < 0.7:
        rows = []
        labels = (("Categories:", "Region:", "Language:") if en else
                  ("Kategori:", "Wilayah:", "Bahasa:"))
        picked = rng.sample(_WIRE_CATEGORIES_EN if en else _WIRE_CATEGORIES, rng.randrange(1, 3))
        values = [", ".join(picked), province, "Indonesian" if en else "Indonesia"]
        for label, value in zip(labels, values, strict=True):
            if rng.random() < 0.75:
                j.also(f"{label} {value}")
                rows.append(f"<li><span>{j(label)}</span> {j(value)}</li>")
        cats = f'<ul class="release-taxonomy">{"".join(rows)}</ul>' if rows else ""
    tags = ""
    if rng.random() < 0.4:
        picked = rng.sample(_TAGS, rng.randrange(2, 5))
        word = "Tags:" if en else "Tag:"
        tags = ('<div class="tags">' + _labelled(j, word, picked, " ",
                                                 '<a href="' + base + '/tag/x">{x}</a>') + "</div>")
    more = ""
    if rng.random() < 0.6:
        word = f"More news from {issuer}" if en else f"Rilis lainnya dari {issuer}"
        items = []
        for o in other_texts(rng, text, rng.randrange(2, 5)):
            d = day - timedelta(days=rng.randrange(3, 120))
            shown = f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}" if en else _long(d)
            j.also(f"{shown} {o.headline}")
            items.append(f'<li><span class="date">{j(shown)}</span> <a href="{base}/rilis/'
                         f'{slug(o.headline)}">{j(o.headline)}</a></li>')
        more = f'<div class="more-releases"><h3>{j(word)}</h3><ul>{"".join(items)}</ul></div>'

    tag = rng.choice(("h1", "h1", "h2"))
    release = (f'<article class="release-body news-release" id="release-{rid}">'
               f'{disclaimer if top_disclaimer else ""}<{tag} class="release-title">'
               f"{escape(text.headline)}</{tag}>{dek}{meta}{share}{figure}<section class="
               f'"release-text">{"".join(parts)}</section>{about}{contact}{source}{original}'
               f'{"" if top_disclaimer else disclaimer}{cats}{tags}{more}</article>')
    nav = (("News", "Products", "Contact") if en else ("Rilis", "Layanan", "Kirim Rilis"))
    body = (f'<header class="wire-header"><a class="brand" href="{base}/">{escape(wire)}</a><nav>'
            + "".join(f'<a href="#">{x}</a> ' for x in nav)
            + f'</nav></header><main class="container"><div class="row"><div class="col-md-9">'
            f'{release}</div><aside class="col-md-3"><div class="widget"><h4>'
            f'{"Send a release" if en else "Kirim rilis Anda"}</h4><p>'
            + ("Reach newsrooms across Indonesia." if en else
               "Jangkau redaksi di seluruh Indonesia.")
            + f'</p></div></aside></div></main><footer><p>&copy; {day.year} {escape(wire)}. '
            f'{"All rights reserved." if en else "Hak cipta dilindungi."}</p></footer>')
    title = _title(rng, text.headline, wire)
    head = _head(rng, text, wire, url, machine, None, ld_chance=0.6,
                 meta_time=0.5 if stamp_in_body else 1.0)
    html = _shell(title, head, f"wire release {chrome}", body, lang="en" if en else "id")
    published: datetime | date = when if timed else day
    paragraphs = text.paragraphs
    return url, html, Truth(text.headline, paragraphs, published, None, wire, tuple(j.lines))


# -- 4. a news aggregator's page carrying a regional outlet's article ---------------------------

# (the aggregator, its host, its layout: "feed" a feed portal like MSN's, "reader" a reader
# like LINE TODAY's, "app" an app's web view like Opera News', "mirror" a partner mirror
# like Yahoo's)
_AGGREGATORS = (
    ("NusaFeed", "www.nusafeed.id", "feed"),
    ("Portal Kini", "portalkini.com", "feed"),
    ("BacaKini TODAY", "today.bacakini.com", "reader"),
    ("Kabarin", "m.kabarin.app", "app"),
    ("Berita Pilihan", "id.beritapilihan.net", "mirror"),
    ("Warta Hub", "wartahub.id", "reader"),
)
# (the provider, its domain, zone, city)
_PROVIDERS = (
    ("Kabar Sigi", "kabarsigi.id", "WITA", "Palu"),
    ("Radar Tual", "radartual.com", "WIT", "Tual"),
    ("Suara Borneo", "suaraborneo.id", "WIB", "Pontianak"),
    ("Jurnal Aceh Raya", "jurnalacehraya.com", "WIB", "Banda Aceh"),
    ("Lombok Today", "lomboktoday.co.id", "WITA", "Mataram"),
    ("Papua Pos Online", "papuapos.online", "WIT", "Jayapura"),
    ("Kendari Ekspres", "kendariekspres.id", "WITA", "Kendari"),
    ("Metro Lampung News", "metrolampungnews.com", "WIB", "Bandar Lampung"),
    ("Manado Terkini", "manadoterkini.id", "WITA", "Manado"),
    ("Halmahera Post", "halmaherapost.com", "WIT", "Ternate"),
)
_ADS = (("Cek Promo Tiket Pesawat ke Labuan Bajo Minggu Ini", "Travelku"),
        ("Cara Mudah Ajukan KPR Rumah Subsidi Secara Online", "Bank Sejahtera Nusantara"),
        ("Tips Memilih Asuransi Kesehatan untuk Keluarga", "Proteksi Plus"),
        ("Promo Paket Data Akhir Bulan, Cek Sekarang", "Telko Kita"),
        ("Harga Mobil Bekas Mulai Turun, Ini Daftarnya", "OtoPasar"))


def _followers(rng: random.Random) -> str:
    n = rng.randrange(120, 900000)
    if n >= 1000 and rng.random() < 0.7:
        return f"{n // 1000},{(n % 1000) // 100} rb pengikut"
    return f"{thousands(n)} pengikut"


def _aggregator_listing(rng: random.Random, text: Text, agg: str, base: str, zone: str,
                        layout: str) -> tuple[str, str, Truth]:
    day = when_in(rng, zone).date()
    heading = rng.choice(("Berita Regional", "Untuk Anda", "Terpopuler", "Nasional", "Daerah",
                          "Berita Terkini"))
    shown = listing_items(rng, text, day, rng.randrange(8, 15))
    cards = "".join(
        f'<div class="feed-card" data-id="{token(rng, 10)}"><a href="{base}/berita/'
        f'{slug(o.headline)}/ar-{token(rng, 8).upper()}"><img src="{base}/img/{token(rng, 12)}.jpg"'
        f' alt=""><div class="provider"><span>{escape(rng.choice(_PROVIDERS)[0])}</span> · '
        f'<span>{_long(d)}</span></div><h3>{escape(o.headline)}</h3></a></div>' for o, d in shown)
    url = rng.choice((f"{base}/berita/{slug(heading)}", f"{base}/topik/{slug(heading)}",
                      f"{base}/id/{slug(heading)}"))
    body = (f'<header class="agg-header"><a class="brand" href="{base}/">{escape(agg)}</a><nav>'
            '<a href="#">Beranda</a> <a href="#">Berita</a> <a href="#">Hiburan</a> <a href="#">'
            f'Olahraga</a></nav></header><main class="feed"><h1 class="feed-title">'
            f'{escape(heading)}</h1><div class="feed-grid">{cards}</div><button class="more">'
            f'Muat lebih banyak</button></main><footer>&copy; {day.year} {escape(agg)}</footer>')
    title = rng.choice((f"{heading} - {agg}", f"{heading} | {agg}", f"{agg}: {heading}"))
    return url, _shell(title, [], f"agg listing {layout}", body), Truth(
        heading, (), shown[0][1], None, agg, (), article=False)


def news_aggregator(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional outlet's article on a news aggregator: a feed portal (the provider's
    logo and name with "Ikuti" and its followers, "Cerita oleh ...", a short relative age
    "5j" beside its stamp, "Lanjutkan membaca" over a folded text, a sponsored card inside
    the text, the reactions), a reader ("Sumber:", "Baca artikel asli", "Suka",
    "Komentar", "Bagikan", "Laporkan"), an app's web view ("Buka di aplikasi", "Baca di
    aplikasi ... untuk pengalaman yang lebih baik", "Ikuti") or a partner mirror (the
    provider's logo, "Baca selengkapnya di ..." after a cut text); the provider's own
    dateline, "konten ini disediakan oleh" disclaimers, "Apakah artikel ini bermanfaat?
    Ya Tidak", and the feeds "Lainnya dari ..." and "Untuk Anda" with their ages; dates
    printed with the zone, as a relative age beside an offset stamp, or alone."""
    agg, host, layout = rng.choice(_AGGREGATORS)
    base = f"https://{host}"
    provider, pdomain, pzone, city = rng.choice(_PROVIDERS)
    zone = pzone if rng.random() < 0.5 else "WIB"  # the provider's clock or the aggregator's
    if rng.random() < 1 / 8:
        return _aggregator_listing(rng, text, agg, base, zone, layout)
    when, form, stamp, timed = _when(rng, zone, chance_time=0.5, ago=0.4,
                                     stamps=("offset", "z", "none", "none"))
    day = when.date()
    machine = _machine(when, stamp)
    short_age = layout == "feed" and rng.random() < 0.5
    printed = _printed(form, when, zone) if form else _rel(rng, short=short_age)
    s = slug(text.headline)
    url = {"feed": f"{base}/id-id/berita/{slug(rng.choice(_CATEGORIES))}/{s}/ar-"
                   f"{token(rng, 8).upper()}",
           "reader": f"{base}/id/v2/article/{token(rng, 7)}",
           "app": f"{base}/news/{rng.randrange(10**9, 10**10)}",
           "mirror": f"{base}/{s}-{rng.randrange(10**8, 10**9)}.html"}[layout]
    j = Junk()
    writer = rng.choice((_person(rng), _person(rng), rng.choice(NAMES)))
    show_by = rng.random() < 0.6
    author = writer if show_by else None

    # the text: the provider's dateline, a cut or a fold, a sponsored card
    paragraphs = list(text.paragraphs)
    n_par = len(paragraphs)
    cut = n_par
    if layout in ("mirror", "app") and n_par > 3 and rng.random() < 0.4:
        cut = rng.randrange(2, n_par)
    shown = paragraphs[:cut]
    dateline = ""
    if rng.random() < 0.4:
        dateline = rng.choice((f"{pdomain.upper()}, {city.upper()} –", f"{city.upper()}, "
                               f"{provider} -", f"{city.upper()} –", f"{pdomain.upper()} - "))
        dateline = dateline.rstrip()
    parts = []
    fold_at = rng.randrange(1, cut) if layout == "feed" and cut > 2 and rng.random() < 0.4 else -1
    ad_at = rng.randrange(1, cut) if layout in ("feed", "app") and cut > 2 and \
        rng.random() < 0.5 else -1
    for n, p in enumerate(shown):
        if n == fold_at:
            word = rng.choice(("Lanjutkan membaca", "Lanjutkan Membaca", "Baca lebih lanjut"))
            parts.append(f'<div class="continue-reading"><button aria-expanded="false">{j(word)}'
                         '</button></div><div class="folded" aria-hidden="true">')
        if n == ad_at:
            headline, advertiser = rng.choice(_ADS)
            word = rng.choice(("Bersponsor", "Sponsored", "Iklan", "Konten Bersponsor"))
            j.also(f"{word} {headline} {advertiser}")
            j.also(f"{headline} {advertiser}")
            parts.append(f'<div class="native-ad"><span class="ad-label">{j(word)}</span> <a href='
                         f'"https://ads.example.net/c/{token(rng, 12)}"><img src="https://ads.'
                         f'example.net/i/{token(rng, 10)}.jpg" alt=""><span class="ad-title">'
                         f'{j(headline)}</span></a> <span class="advertiser">{j(advertiser)}'
                         "</span></div>")
        said = escape(p)
        if n == 0 and dateline:
            said = f"<strong>{j(dateline)}</strong> {said}"
        parts.append(f"<p>{said}</p>")
    if fold_at >= 0:
        parts.append("</div>")
    if cut < n_par:
        word = rng.choice((f"Baca selengkapnya di {provider}", "Baca selengkapnya",
                           f"Lanjutkan membaca di {provider}", "Baca artikel lengkap"))
        parts.append(f'<a class="read-full btn" href="https://{pdomain}/{s}">{j(word)}</a>')

    # the provider's block, the byline, the date
    logo = (f'<img class="provider-logo" src="{base}/logos/{slug(provider)}.png" '
            f'alt="{attr(provider)}">')
    follow = rng.choice(("Ikuti", "Ikuti", "Follow", "+ Ikuti"))
    pieces = [provider]
    follow_html = ""
    if layout != "mirror" and rng.random() < 0.7:
        pieces.append(follow)
        follow_html = f' <button class="follow">{j(follow)}</button>'
        if rng.random() < 0.5:
            count = _followers(rng)
            pieces.append(count)
            follow_html += f' <span class="followers">{j(count)}</span>'
    if len(pieces) > 1:
        j.also(" ".join(pieces))
    time_html = (f'<time datetime="{machine}">{j(printed)}</time>' if machine
                 else f'<span class="date">{j(printed)}</span>')
    by_html = ""
    if show_by:
        word = rng.choice(("Cerita oleh", "Oleh", "Penulis:", "Ditulis oleh"))
        j.also(f"{word} {writer}")
        by_html = f'<span class="byline">{j(word)} {j(writer)}</span>'
    sep = " · " if layout == "feed" else " | " if layout == "reader" else " "
    if show_by:
        j.also(f"{word} {writer}{sep}{printed}")
    source_html = (f'<div class="provider-block">{logo}<a class="provider-name" href="{base}/'
                   f'sumber/{slug(provider)}">{j(provider)}</a>{follow_html}</div>')
    meta = (f'<div class="article-meta">{by_html}{escape(sep) if by_html else ""}{time_html}'
            "</div>")

    # the widgets
    app_banner = ""
    if layout == "app":
        line_a = rng.choice((f"Baca di aplikasi {agg} untuk pengalaman yang lebih baik",
                             "Buka di aplikasi", f"Buka di aplikasi {agg}"))
        button = rng.choice(("Buka", "Unduh", "Buka Aplikasi"))
        j.also(f"{line_a} {button}")
        app_banner = (f'<div class="open-in-app"><span>{j(line_a)}</span> <a class="btn" href="'
                      f'intent://news/{token(rng, 8)}">{j(button)}</a></div>')
    reactions = ""
    if rng.random() < 0.7:
        words = rng.choice((["Suka", "Komentar", "Bagikan"], ["Suka", "Bagikan", "Simpan"],
                            ["Like", "Komentar", "Bagikan"]))
        counts = [str(rng.randrange(0, 900)), str(rng.randrange(0, 90)), ""]
        bits, whole = [], []
        for word, count in zip(words, counts, strict=True):
            bits.append(f'<button class="reaction"><span>{j(word)}</span>'
                        + (f" <span>{count}</span>" if count else "") + "</button>")
            whole.append(f"{word} {count}".strip())
        j.also(" ".join(whole))
        reactions = f'<div class="reactions">{" ".join(bits)}</div>'
    source_line = ""
    if layout in ("reader", "mirror") or rng.random() < 0.4:
        word = rng.choice(("Sumber:", "Artikel ini bersumber dari"))
        orig = rng.choice(("Baca artikel asli", "Lihat artikel asli", "Artikel asli"))
        j.also(f"{word} {provider}")
        j.also(f"{word} {provider} {orig}")
        source_line = (f'<p class="source">{j(word)} <a href="https://{pdomain}/">{j(provider)}'
                       f'</a> <a href="https://{pdomain}/{s}">{j(orig)}</a></p>')
    disclaimer = ""
    if rng.random() < 0.5:
        line_d = rng.choice((f"Konten ini disediakan oleh {provider}. {agg} tidak bertanggung "
                             "jawab atas isi artikel.", f"Artikel ini merupakan konten dari "
                             f"{provider} dan tidak mencerminkan pandangan {agg}.", f"Isi artikel "
                             f"menjadi tanggung jawab {provider}."))
        disclaimer = f'<p class="disclaimer">{j(line_d)}</p>'
    feedback = ""
    if rng.random() < 0.4:
        ask = rng.choice(("Apakah artikel ini bermanfaat?", "Bagaimana pendapat Anda tentang "
                          "artikel ini?"))
        feedback = ('<div class="feedback">' + _labelled(j, ask, ["Ya", "Tidak"], " ",
                                                         "<button>{x}</button>") + "</div>")
        if rng.random() < 0.5:
            word = rng.choice(("Laporkan", "Laporkan konten"))
            feedback += f'<a class="report" href="#">{j(word)}</a>'
    feeds = ""
    others = other_texts(rng, text, 8)
    if rng.random() < 0.7:
        word = rng.choice((f"Lainnya dari {provider}", f"Selengkapnya dari {provider}",
                           f"Berita lain dari {provider}"))
        items = []
        for o in others[:rng.randrange(2, 5)]:
            age = _rel(rng, short=short_age)
            j.also(f"{o.headline} {age}")
            items.append(f'<li><a href="{base}/berita/{slug(o.headline)}">{j(o.headline)}</a> '
                         f'<span class="age">{j(age)}</span></li>')
        feeds += f'<section class="more-from"><h3>{j(word)}</h3><ul>{"".join(items)}</ul></section>'
    if rng.random() < 0.5:
        word = rng.choice(("Untuk Anda", "Rekomendasi", "Berita Populer", "Pilihan Untuk Anda"))
        items = []
        for o in others[5:8]:
            who = rng.choice(_PROVIDERS)[0]
            j.also(f"{who} {o.headline}")
            items.append(f'<div class="card"><span class="card-provider">{j(who)}</span> <a href="'
                         f'{base}/berita/{slug(o.headline)}">{j(o.headline)}</a></div>')
        feeds += f'<section class="for-you"><h3>{j(word)}</h3>{"".join(items)}</section>'

    hero = ""
    if rng.random() < 0.7:
        cap = rng.choice((f"Foto: {provider}", f"© {provider}", f"Ilustrasi. (Foto: {provider})",
                          ""))
        hero = (f'<figure class="hero"><img src="{base}/img/{token(rng, 16)}.jpg" alt="">'
                + (f"<figcaption>{j(cap)}</figcaption>" if cap else "") + "</figure>")
    tag = "h1" if rng.random() < 0.85 else "h2"
    headline = f'<{tag} class="article-title">{escape(text.headline)}</{tag}>'
    content = f'<div class="article-body">{"".join(parts)}</div>'
    if layout == "feed":
        article = (f'<article class="article-page" data-provider="{attr(provider)}">{source_html}'
                   f"{headline}{meta}{hero}{content}{reactions}{source_line}{disclaimer}"
                   f"{feedback}{feeds}</article>")
    elif layout == "reader":
        article = (f'<div class="article-container"><article>{headline}<div class="source-line">'
                   f"{source_html}{meta}</div>{hero}{content}{source_line}{reactions}"
                   f"{disclaimer}{feedback}</article>{feeds}</div>")
    elif layout == "app":
        article = (f'<div class="news-detail">{app_banner}{headline}{source_html}{meta}{hero}'
                   f"{content}{reactions}{source_line}{disclaimer}{feedback}{feeds}</div>")
    else:
        article = (f'<article class="caas-container"><header class="caas-header">{source_html}'
                   f'{headline}<div class="caas-attr">{meta}</div></header>{hero}<div class="caas-'
                   f'body">{content}</div>{source_line}{disclaimer}{reactions}{feedback}</article>'
                   f"{feeds}")
    trending = "".join(f"<li>{escape(o.headline)}</li>" for o in others[2:5])
    body = (f'<header class="agg-header"><a class="brand" href="{base}/">{escape(agg)}</a><nav>'
            '<a href="#">Beranda</a> <a href="#">Berita</a> <a href="#">Hiburan</a> <a href="#">'
            f'Olahraga</a> <a href="#">Cuaca</a></nav></header><main class="page">{article}</main>'
            f'<aside class="rail"><div class="ad-slot">Iklan</div><div class="trending"><h4>'
            f'Trending</h4><ol>{trending}</ol></div>'
            f'</aside><footer>&copy; {day.year} {escape(agg)} · Privasi · Ketentuan</footer>')
    roll = rng.random()
    if roll < 0.25:
        title = f"{text.headline} | {provider} | {agg}"
    else:
        title = _title(rng, text.headline, agg)
    head = _head(rng, text, agg, url, machine, author, ld_chance=0.35, meta_time=0.5,
                 og_chance=0.8)
    if rng.random() < 0.4:
        head.append(f'<link rel="canonical" href="https://{pdomain}/{s}">')
    html = _shell(title, head, f"agg article {layout}", body)
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, tuple(shown), published, author, agg, tuple(j.lines))


FAMILIES: dict[str, Family] = {
    "institution-portal": institution_portal, "headless-cms-blocks": headless_cms_blocks,
    "press-wire": press_wire, "news-aggregator": news_aggregator}
