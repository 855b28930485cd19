"""A thirteenth set of held-out layout families, written without sight of the extraction rules.

A regional government's Humas or Diskominfo press release whose body was pasted from
Microsoft Word into a CMS editor (WordPress' classic editor, CKEditor in a custom PHP
CMS): ``<p class="MsoNormal">`` paragraphs with ``mso-`` styled spans, ``<o:p>`` marks,
``&nbsp;`` paragraphs, conditional comments and Word's ``<xml>`` blocks (at times with
their markers stripped so that "Normal 0 false false false IN X-NONE X-NONE" and the
"Style Definitions" show), a "SIARAN PERS / Nomor: 045/HUMAS/V/2025" header, the
dateline in bold, "###", "Sumber: Humas ...", "Narahubung" and the signature table
("Kepala Dinas ... / ttd / NAME / NIP ..."); a national or regional outlet's article
split over pages (detik-, kompas-, tribun-, iNews-, okezone-, sindo-like), of which the
page shows one part, with "Halaman 1 2 3 Selanjutnya", "Halaman 2 dari 3", "Tampilkan
semua", "Baca di halaman berikutnya" widgets above, between or below the paragraphs; a
portal's photo story ("Foto", "Galeri", "Photo Story"): a gallery of slides with
counters ("3/12"), captions and photographers' credits ("ANTARA FOTO/Name/abc"), a
thumbnail strip, a short text of two to four paragraphs before or after it, and a
"Foto Lainnya" / "Galeri Terpopuler" block that some layouts put inside the article's
container, even before the text; and a regional government's portal (Liferay-like
portlets, or a big custom PHP portal, at times with hashed class names) with an
accessibility toolbar ("Aksesibilitas", "A- A A+", "Kontras"), a text-to-speech player
("Dengarkan berita", "Putar", "00:00 / 03:12"), a Google Translate gadget ("Select
Language", "Powered by Translate"), breadcrumbs, "Cetak | PDF | Email", "Dilihat N
kali", a rating ("Bagaimana menurut Anda artikel ini?") and a "Survei Kepuasan" banner,
inside the article's block, in a portlet above it or in the header. They were written by
a session that never read the extractor nor ran it, from what such pages look like, and
committed before any rule was run on them: never tune a rule on them. Each takes a seeded
``random.Random`` and a real ``Text`` and returns the page's URL, its HTML and its
``Truth``; every furniture line put inside the article container (the block that holds
the headline, the meta lines and the paragraphs) is in the truth's ``junk``, whole and
piece by piece where the page renders it from several elements. About one call in eight
gives a section's listing page instead (``Truth.article`` false), whose title is the
section's heading.

Conventions. A pasted release's Word furniture is junk where it shows: the "SIARAN PERS"
header and its "Nomor:" line, "Untuk segera disiarkan", Word's stripped ``<xml>`` text
and style definitions, "###" or "-selesai-", the "Sumber:" and "Narahubung:" lines and
every line of the signature table (its place and date, the office, "ttd", the signer,
the rank and the NIP); the empty ``&nbsp;`` paragraphs and the conditional comments are
nothing. The bold dateline ("SAMARINDA –", "Tanjung Selor (Humas) -") at the start of
the first paragraph is furniture, and the paragraph's truth is the text without it; the
same holds for an outlet's dateline ("KOMPAS.com -", "TRIBUNMANADO.CO.ID, MANADO -") on
a paginated article's first page. A Word non-breaking space between two sentences is
whitespace. The signer of a release is its issuer, not its author; "admin", "Humas
...", "Tim ..." and other offices or desks name no author, nor does an editor
("Editor:", "Redaktur:") or a photographer ("Foto:", "Fotografer:"): the author is the
person named as the writer ("Penulis:", "Oleh", "Teks:", "Reporter:", "Laporan
Wartawan ...", "Kontributor Kupang, X", detik's "X - detikNews"), or none. A paginated
article's truth is the paragraphs this page shows (all of them on its ``?page=all``
view); its pagers, "Baca juga" lines, "ADVERTISEMENT", "[Gambas:Video 20detik]", the
editors' initials "(abc/xyz)" and "Artikel ini telah tayang di ..." are junk. A photo
story's paragraphs are its text, never its slides' captions: captions, credits,
counters, "Lihat semua foto", "Foto Lainnya" and its headlines are junk. The portal's
toolbars, players, gadgets (each of a ``<select>``'s options too), breadcrumbs and
banners are junk when they stand inside the article's block (a Liferay page's asset
portlet, whose title and "Kembali" link are the block's too), and nothing when they
stand in a portlet of their own above it or in the header; its tools, counters, ratings,
tags and related links always stand in the block.

Dates follow the package's conventions. A page whose time can be read (printed with
its zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD's ``datePublished``) has a zone-aware moment in that
zone: WIB, WITA or WIT. A time printed without any zone is WIB's, and only WIB's sites
print one. A page that prints only a date, with at most a UTC stamp beside it (a ``Z``
or ``+00:00``), has the date, and its moment falls in office hours so that the UTC
stamp is on the same day. The page's own date is printed before any other date in the
container: an "updated" line, a signature's date, a caption's date and a related list's
dates come after it, and are furniture.
"""

from __future__ import annotations

import itertools
import json
import random
from datetime import UTC, date, datetime, timedelta

from tests.layouts import (
    DAYS,
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

_FIRST = ("Hendrikus", "Nur Afni", "Yosep", "Andi Nurul", "Marthen", "Sri Wahyuni", "Muh. Rizal",
          "I Gede", "Kristina", "Abdul Rahman", "Meylani", "Zulkifli", "Rahmawati", "Petrus",
          "Wa Ode", "Ikhsan", "Theresia", "Firman", "Ratna", "Obaja")
_LAST = ("Sanggenafa", "Paembonan", "Makatita", "Daud", "Harahap", "Lumempouw", "Bahmid",
         "Tangkilisan", "Nainggolan", "Pelupessy", "Wonda", "Karundeng", "Rehatta", "Assagaf",
         "Suebu", "Mamonto", "Lubis", "Tuhumury", "Sembiring", "Palar")
_TITLES = ("Dr. H.", "H.", "Drs.", "Ir.", "Dr.", "", "", "Hj.")
_DEGREES = ("S.Sos., M.Si", "S.STP., M.Si", "SE., MM", "S.Kom., M.T.", "S.H., M.H.", "M.Si",
            "S.IP., M.AP", "SH")
_TAGS = ("pemerintahan", "pembangunan", "kesehatan", "pendidikan", "UMKM", "pariwisata",
         "infrastruktur", "APBD", "inflasi", "stunting", "bansos", "pelayanan publik",
         "ketahanan pangan", "investasi", "banjir", "pemilu", "olahraga", "budaya")
_NETS = ("Facebook", "X", "Twitter", "WhatsApp", "Telegram", "LinkedIn", "Salin Tautan")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" if rng.random() < 0.85 else rng.choice(
        NAMES)


def _official(rng: random.Random) -> str:
    """A civil servant's name with the titles a signature prints."""
    before = rng.choice(_TITLES)
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    return f"{before} {name}, {rng.choice(_DEGREES)}".strip()


def _nip(rng: random.Random) -> str:
    born = date(1965, 1, 1) + timedelta(days=rng.randrange(0, 9000))
    start = born.year + rng.randrange(22, 30)
    return (f"{born:%Y%m%d} {start}{rng.randrange(1, 13):02d} {rng.choice((1, 2))} "
            f"{rng.randrange(1, 20):03d}")


def _teaser(rng: random.Random, paragraph: str) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(70, 150)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…", " ..."))


def _ld(data: dict[str, object]) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece (but a bare number or letter)
    and the whole line recorded."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(x) if x.isdigit() or len(x) < 2 else j(x))
                            for x in items)


def _labelled(j: Junk, word: str, items: list[str], sep: str, fmt: str, cls: str) -> str:
    j.also(f"{word} {sep.join(items)}")
    return f'<span class="{cls}">{j(word)}</span> ' + _pieced(j, items, sep, fmt)


def _shares(rng: random.Random, j: Junk, cls: str) -> str:
    word = rng.choice(("Bagikan:", "Bagikan", "Share:", "Sebarkan:", "Bagikan berita ini"))
    nets = [x for x in _NETS if rng.random() < 0.45] or ["WhatsApp", "Facebook"]
    return (f'<div class="{cls}">'
            + _labelled(j, word, nets, " ", '<a href="#" rel="nofollow">{x}</a>', "share-label")
            + "</div>")


# -- dates -------------------------------------------------------------------------------------

# the forms a page prints: a date alone, with its zone, or with a bare time (WIB's sites only)
_PLAIN = ("long", "long", "day_long", "day_long", "slash", "dot", "short", "day_short", "en",
          "day_en", "iso")
_ZONED = ("day_comma_zone", "day_dash_zone", "long_zone", "slash_zone", "day_pukul",
          "short_zone", "detik", "en_zone", "dot_zone", "day_bar_zone")
_BARE = ("slash_bare", "day_bare", "long_dash_bare", "dot_bare", "iso_bare")


def _long(day: date, *, day_name: bool = False) -> str:
    return indonesian_date(day, day_name=day_name)


def _printed(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    en = MONTHS_EN[d.month - 1]
    short = MONTHS_SHORT[d.month - 1]
    return {
        "long": _long(d), "day_long": _long(d, day_name=True), "slash": f"{d:%d/%m/%Y}",
        "dot": f"{d:%d.%m.%Y}", "short": f"{d.day} {short} {d.year}",
        "day_short": f"{DAYS[d.weekday()]}, {d:%d} {short} {d.year}",
        "en": f"{en} {d.day}, {d.year}", "day_en": f"{DAYS_EN[d.weekday()]}, {d.day} {en} {d.year}",
        "iso": f"{d:%Y-%m-%d}",
        "day_comma_zone": f"{_long(d, day_name=True)}, {hm} {zone}",
        "day_dash_zone": f"{_long(d, day_name=True)} - {hm} {zone}",
        "long_zone": f"{_long(d)} {hm} {zone}", "slash_zone": f"{d:%d/%m/%Y}, {hm} {zone}",
        "day_pukul": f"{_long(d, day_name=True)} pukul {when:%H.%M} {zone}",
        "short_zone": f"{d.day} {short} {d.year}, {hm} {zone}",
        "detik": f"{DAYS[d.weekday()]}, {d:%d} {short} {d.year} {hm} {zone}",
        "en_zone": f"{en} {d.day}, {d.year} - {hm} {zone}",
        "dot_zone": f"{d:%d.%m.%Y} {when:%H.%M} {zone}",
        "day_bar_zone": f"{_long(d, day_name=True)} | {hm} {zone}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}", "day_bare": f"{_long(d, day_name=True)}, {hm}",
        "long_dash_bare": f"{_long(d)} - {hm}", "dot_bare": f"{d:%d.%m.%Y} {when:%H.%M}",
        "iso_bare": f"{d:%Y-%m-%d} {when:%H:%M:%S}",
    }[form]


def _when(rng: random.Random, zone: str, *, chance_time: float,
          stamps: tuple[str, ...]) -> tuple[datetime, str, str, bool]:
    """A page's moment, its printed form, its stamp ("offset", "utc", "z" or "none") and
    whether its time can be read."""
    if rng.random() < chance_time:
        shape = "bare" if zone == "WIB" and rng.random() < 0.3 else "zoned"
    else:
        shape = "plain"
    stamp = rng.choice(stamps)
    form = rng.choice({"plain": _PLAIN, "zoned": _ZONED, "bare": _BARE}[shape])
    timed = shape != "plain" or stamp == "offset"
    seconds = stamp != "none" or form == "iso_bare"
    when = when_in(rng, zone, seconds=seconds, office_hours=not timed)
    return when, form, stamp, timed


def _machine(when: datetime, stamp: str) -> str:
    utc = when.astimezone(UTC)
    return {"offset": when.isoformat(timespec="seconds"), "utc": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
            "z": f"{utc:%Y-%m-%dT%H:%M:%S}Z", "none": ""}[stamp]


def _views(rng: random.Random) -> str:
    n = rng.randrange(3, 40000)
    shown = thousands(n) if rng.random() < 0.6 else str(n)
    return rng.choice((f"Dilihat {shown} kali", f"Dibaca {shown} kali", f"{shown} kali dibaca",
                       f"{shown} Views", f"Dilihat: {shown}", f"Hits: {shown}"))


def _head(rng: random.Random, headline: str, teaser: str, site: str, url: str, machine: str,
          author: str | None, *, og: float = 0.7, meta_time: float = 0.5, ld: float = 0.4,
          kind: str = "NewsArticle") -> list[str]:
    head: list[str] = []
    if rng.random() < og:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(headline)}">',
                 f'<meta property="og:url" content="{attr(url)}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and rng.random() < meta_time:
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and rng.random() < ld:
        data: dict[str, object] = {"@context": "https://schema.org", "@type": kind,
                                   "headline": headline, "datePublished": machine,
                                   "publisher": {"@type": "Organization", "name": site}}
        if author:
            data["author"] = {"@type": "Person", "name": author}
        head.append(_ld(data))
    if rng.random() < 0.45:
        head.append(f'<meta name="description" content="{attr(teaser)}">')
    return head


def _shell(title: str, head: list[str], body_cls: str, body: str, *, extra: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="id"{extra}>\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n" + "\n".join(head) + "\n</head>\n"
            f'<body class="{body_cls}">\n{body}\n</body>\n</html>')


def _title(rng: random.Random, headline: str, site: str) -> str:
    if rng.random() < 0.08:
        return site
    return joined_title(rng, headline, site, (" - ", " | ", " – ", " :: ", " » ", ": "))


def _nav(items: tuple[str, ...]) -> str:
    return "<nav class=\"menu\"><ul>" + "".join(f'<li><a href="#">{escape(x)}</a></li>'
                                                for x in items) + "</ul></nav>"


def _listing(rng: random.Random, text: Text, site: str, base: str, zone: str, heading: str,
             url: str, style: str) -> tuple[str, str, Truth]:
    """A section's index: its heading, cards (a headline, a date, a teaser or a photo
    count), a pager."""
    day = when_in(rng, zone).date()
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    cards = []
    for o, d in shown:
        printed = rng.choice((_long(d), f"{d:%d/%m/%Y}", _long(d, day_name=True),
                              f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"))
        href = f"{base}/{slug(o.headline)}"
        if style == "photo":
            extra = f'<span class="count">{rng.randrange(4, 16)} Foto</span>'
        elif style == "pasted":
            extra = f'<p class="excerpt">{escape(_teaser(rng, o.paragraphs[0]))}</p>' + (
                '<a class="more-link" href="#">Baca selengkapnya</a>')
        else:
            extra = f'<p>{escape(_teaser(rng, o.paragraphs[0]))}</p>'
        cards.append(f'<div class="item"><img src="{base}/img/{token(rng, 10)}.jpg" alt="">'
                     f'<h3><a href="{href}">{escape(o.headline)}</a></h3>'
                     f'<span class="date">{printed}</span>{extra}</div>')
    pager = rng.choice(('<div class="pager"><a href="?page=2">Berikutnya &raquo;</a></div>',
                        '<ul class="pagination"><li class="active"><span>1</span></li><li>'
                        '<a href="?page=2">2</a></li><li><a href="?page=3">3</a></li><li><a '
                        'href="?page=2">&rsaquo;</a></li></ul>',
                        '<div class="load-more"><button>Muat Lebih Banyak</button></div>'))
    tag = rng.choice(("h1", "h1", "h2", "div"))
    body = (f'<header class="header"><a class="logo" href="{base}/">{escape(site)}</a>'
            + _nav(("Beranda", "Berita", "Foto", "Video", "Indeks", "Kontak"))
            + f'</header>\n<main class="section-{style}"><{tag} class="section-title">'
            f'{escape(heading)}</{tag}>\n<div class="list">{"".join(cards)}</div>{pager}</main>\n'
            f'<footer class="footer">&copy; {day.year} {escape(site)}</footer>')
    title = rng.choice((f"{heading} - {site}", f"{site} | {heading}", f"{heading} | {site}",
                        f"Berita {heading} Terkini - {site}" if style == "paged" else heading))
    return url, _shell(title, [], f"archive {style}", body), Truth(
        heading, (), shown[0][1], None, site, (), article=False)


# -- 1. a Humas or Diskominfo press release pasted from Word --------------------------------

# (the office, its host, its zone, the dateline's city, the region, the office's short name)
_OFFICES = (
    ("Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur", "diskominfo.kaltimprov.go.id",
     "WITA", "Samarinda", "Provinsi Kalimantan Timur", "Diskominfo Kaltim"),
    ("Pemerintah Kota Jayapura", "jayapurakota.go.id", "WIT", "Jayapura", "Kota Jayapura",
     "Humas Pemkot Jayapura"),
    ("Bagian Protokol dan Komunikasi Pimpinan Setda Kabupaten Banggai", "humas.banggaikab.go.id",
     "WITA", "Luwuk", "Kabupaten Banggai", "Prokopim Banggai"),
    ("Dinas Kominfo Kabupaten Musi Banyuasin", "diskominfo.mubakab.go.id", "WIB", "Sekayu",
     "Kabupaten Musi Banyuasin", "Diskominfo Muba"),
    ("Biro Administrasi Pimpinan Setda Provinsi Maluku Utara", "biroadpim.malutprov.go.id", "WIT",
     "Sofifi", "Provinsi Maluku Utara", "Biro Adpim Malut"),
    ("Diskominfotik Kabupaten Bengkalis", "diskominfotik.bengkaliskab.go.id", "WIB", "Bengkalis",
     "Kabupaten Bengkalis", "Diskominfotik Bengkalis"),
    ("Pemerintah Kabupaten Lombok Barat", "lombokbaratkab.go.id", "WITA", "Gerung",
     "Kabupaten Lombok Barat", "Humas Lobar"),
    ("Bagian Prokopim Setda Kabupaten Merangin", "prokopim.meranginkab.go.id", "WIB", "Bangko",
     "Kabupaten Merangin", "Prokopim Merangin"),
    ("Dinas Kominfo Kabupaten Manokwari", "diskominfo.manokwarikab.go.id", "WIT", "Manokwari",
     "Kabupaten Manokwari", "Diskominfo Manokwari"),
    ("Biro Adpim Setda Provinsi Kalimantan Utara", "biroadpim.kaltaraprov.go.id", "WITA",
     "Tanjung Selor", "Provinsi Kalimantan Utara", "Biro Adpim Kaltara"),
)
_FONTS = ('"Arial",sans-serif', '"Times New Roman",serif', '"Bookman Old Style",serif',
          '"Calibri",sans-serif', '"Tahoma",sans-serif', '"Cambria",serif')
_SIGNERS = ("Kepala Dinas Komunikasi dan Informatika", "Plt. Kepala Dinas Kominfo",
            "Kepala Bagian Protokol dan Komunikasi Pimpinan", "Kepala Biro Administrasi Pimpinan",
            "Sekretaris Dinas Kominfo", "Kabag Prokopim")
_RANKS = ("Pembina Utama Muda (IV/c)", "Pembina Tingkat I (IV/b)", "Pembina (IV/a)",
          "Penata Tingkat I (III/d)")
_WORD_XML = ("Normal 0 false false false IN X-NONE X-NONE",
             "Normal 0 false false false EN-US X-NONE X-NONE",
             "Normal 0 false false false IN X-NONE X-NONE MicrosoftInternetExplorer4",
             "Normal 0 false false false EN-US ZH-CN X-NONE")
_STYLE_DEFS = ('/* Style Definitions */ table.MsoNormalTable {mso-style-name:"Table Normal"; '
               "mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; mso-style-noshow:yes; "
               'mso-style-priority:99; mso-style-parent:""; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; '
               "mso-para-margin-top:0cm; mso-para-margin-bottom:8.0pt; line-height:107%; "
               "font-size:11.0pt; font-family:\"Calibri\",sans-serif;}")


def _word_xml_element(line: str) -> str:
    """Word's ``<xml>`` block with its comment markers stripped: its text shows."""
    words = line.split()
    names = ("View", "Zoom", "SaveIfXMLInvalid", "IgnoreMixedContent",
             "AlwaysShowPlaceholderText", "LidThemeOther", "LidThemeAsian",
             "LidThemeComplexScript", "BrowserLevel")
    parts = [f"<w:{n}>{escape(v)}</w:{n}>" for n, v in zip(names, words, strict=False)]
    parts.insert(2, "<w:TrackMoves/> <w:TrackFormatting/> <w:PunctuationKerning/> "
                    "<w:ValidateAgainstSchemas/>")
    return f"<xml><w:WordDocument>{' '.join(parts)}</w:WordDocument></xml>"


def _mso_comment(rng: random.Random) -> str:
    """Word's conditional comments, which show nothing."""
    parts = ['<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>'
             "<w:TrackMoves/><w:TrackFormatting/><w:PunctuationKerning/><w:ValidateAgainstSchemas/>"
             "<w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid><w:LidThemeOther>IN</w:LidThemeOther>"
             "</w:WordDocument></xml><![endif]-->"]
    if rng.random() < 0.6:
        parts.append('<!--[if gte mso 9]><xml><w:LatentStyles DefLockedState="false" '
                     'DefUnhideWhenUsed="false" LatentStyleCount="376"><w:LsdException '
                     'Locked="false" Priority="0" QFormat="true" Name="Normal"/>'
                     "</w:LatentStyles></xml><![endif]-->")
    if rng.random() < 0.5:
        parts.append("<!--[if gte mso 10]><style>/* Style Definitions */ table.MsoNormalTable "
                     '{mso-style-name:"Table Normal";mso-style-parent:"";font-size:11.0pt;}'
                     "</style><![endif]-->")
    return "".join(parts)


def _mso_paragraph(rng: random.Random, font: str, lang: str, body: str, *,
                   align: str = "justify", cls: str = "MsoNormal") -> str:
    style = (f"margin-bottom:0cm;text-align:{align};text-indent:36.0pt;line-height:150%"
             if rng.random() < 0.5 else f"text-align:{align}")
    return (f'<p class="{cls}" style="{style}"><span lang="{lang}" style="font-size:12.0pt;'
            f"line-height:150%;font-family:{attr(font)};mso-fareast-font-family:&quot;Times New "
            f'Roman&quot;;mso-ansi-language:{lang}">{body}</span></p>')


def _mso_text(rng: random.Random, paragraph: str, lang: str, font: str, *, nbsp: bool) -> str:
    """A paragraph's text as Word leaves it: runs of spans, a non-breaking space after a
    sentence, an ``<o:p>`` mark at the end."""
    words = paragraph.split(" ")
    if nbsp:
        words = [w + ("&nbsp;" if w.endswith(".") and k < len(words) - 1 and rng.random() < 0.5
                      else "") for k, w in enumerate(words)]
        body = escape(" ".join(words)).replace("&amp;nbsp;", "&nbsp;")
    else:
        body = escape(paragraph)
    if len(words) > 12 and rng.random() < 0.4:  # the paragraph in two runs
        cut = rng.randrange(3, len(words) - 3)
        first = escape(" ".join(words[:cut])).replace("&amp;nbsp;", "&nbsp;")
        rest = escape(" ".join(words[cut:])).replace("&amp;nbsp;", "&nbsp;")
        body = (f'{first} </span><span lang="{lang}" style="font-family:{attr(font)};'
                f'mso-bidi-font-weight:bold">{rest}')
    return body + ("<o:p></o:p>" if rng.random() < 0.7 else "")


def word_pasted_release(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional government's press release pasted from Word into WordPress' classic
    editor or a custom PHP CMS's CKEditor: ``MsoNormal`` paragraphs with ``mso-`` spans and
    ``<o:p>`` marks, empty ``&nbsp;`` paragraphs, conditional comments or Word's ``<xml>``
    text and style definitions shown, a "SIARAN PERS / Nomor" header, a bold dateline,
    "###", "Sumber:" and "Narahubung:" lines, a signature table; the CMS's meta row above
    the body with the date (alone, with its zone, bare at WIB's offices, with a stamp),
    "admin" or a writer; a title with or without the office's name."""
    office, host, zone, city, region, short = rng.choice(_OFFICES)
    base = f"https://{host}"
    wordpress = rng.random() < 0.55
    section = rng.choice(("Siaran Pers", "Rilis", "Berita Daerah", "Pemerintahan", "Berita",
                          "Press Release"))
    site = office if rng.random() < 0.6 else short
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Kategori: {section}", f"Arsip {section}"))
        url = (f"{base}/category/{slug(section)}/" if wordpress
               else f"{base}/index.php?mod=berita&kat={slug(section)}")
        return _listing(rng, text, site, base, zone, heading, url, "pasted")
    when, form, stamp, timed = _when(rng, zone, chance_time=0.55,
                                     stamps=("offset", "offset", "utc", "none", "none"))
    printed = _printed(form, when, zone)
    machine = _machine(when, stamp)
    day = when.date()
    s = slug(text.headline)
    node = rng.randrange(100, 30000)
    url = (rng.choice((f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/{s}/", f"{base}/?p={node}"))
           if wordpress else rng.choice((f"{base}/berita/{node}/{s}.html",
                                         f"{base}/index.php?mod=berita&id={node}",
                                         f"{base}/detail-berita/{s}")))
    j = Junk()
    font = rng.choice(_FONTS)
    lang = rng.choice(("IN", "IN", "EN-US", "ID"))
    nbsp = rng.random() < 0.4

    # who posted it, who wrote it
    poster_kind = rng.choice(("admin", "admin", "office", "person", "none"))
    writer = _person(rng)
    poster = {"admin": rng.choice(("admin", "Admin", "adminweb", "Operator", "humas")),
              "office": short, "person": writer, "none": ""}[poster_kind]
    credit_kind = rng.choice(("none", "none", "writer", "writer_editor", "photo"))
    if poster_kind == "person":
        credit_kind = rng.choice(("none", "photo"))
    author = writer if poster_kind == "person" or credit_kind.startswith("writer") else None

    # the CMS's meta row
    meta: list[str] = []
    stamp_attr = f' datetime="{machine}"' if machine else ""
    word = rng.choice(("", "Diposting pada", "Posted on", "Tanggal:", "Diterbitkan:"))
    if wordpress:
        date_html = (f'<a href="{url}" rel="bookmark"><time class="entry-date published"'
                     f'{stamp_attr}>{j(printed)}</time></a>')
    else:
        date_html = (f"<time{stamp_attr}>{j(printed)}</time>" if machine and rng.random() < 0.5
                     else j(printed))
    if word:
        j.also(f"{word} {printed}")
        meta.append(f'<span class="posted-on">{j(word)} {date_html}</span>')
    else:
        meta.append(f'<span class="posted-on"><i class="fa fa-calendar"></i> {date_html}</span>')
    if poster:
        by = rng.choice(("oleh", "by", "Oleh:", "Penulis:" if poster_kind == "person" else "Oleh:"))
        j.also(f"{by} {poster}")
        meta.append(f'<span class="byline">{j(by)} <span class="author vcard"><a class="url fn n" '
                    f'href="{base}/author/{slug(poster)}/">{j(poster)}</a></span></span>')
    if rng.random() < 0.5:
        meta.append(f'<span class="views"><i class="fa fa-eye"></i> {j(_views(rng))}</span>')
    if rng.random() < 0.4:
        meta.append(f'<span class="cat-links"><a href="#" rel="category tag">{j(section)}</a>'
                    "</span>")

    # the pasted body
    blocks: list[str] = []
    empty = f'<p class="MsoNormal"><o:p>{"&nbsp;"}</o:p></p>'
    shown_xml = rng.random() < 0.3
    if shown_xml:
        line = rng.choice(_WORD_XML)
        blocks.append(_word_xml_element(line) if rng.random() < 0.6
                      else f"<p>{escape(line)}</p>")
        j.also(line)
        if rng.random() < 0.5:
            blocks.append(f"<p>{j(_STYLE_DEFS)}</p>" if rng.random() < 0.5
                          else f'<div class="mso-style">{j(_STYLE_DEFS)}</div>')
    elif rng.random() < 0.7:
        blocks.append(_mso_comment(rng))
    if rng.random() < 0.5:
        desk = rng.choice(("HUMAS", "DISKOMINFO", "PROKOPIM", "SP"))
        number = f"{rng.randrange(1, 400):03d}/{desk}/{_ROMAN[day.month - 1]}/{day.year}"
        heading_line = rng.choice(("SIARAN PERS", "SIARAN PERS", "PRESS RELEASE", "RILIS BERITA"))
        number_line = rng.choice((f"Nomor: {number}", f"Nomor : {number}", f"No. {number}"))
        blocks.append(_mso_paragraph(rng, font, lang, f"<b>{j(heading_line)}</b><o:p></o:p>",
                                     align="center"))
        blocks.append(_mso_paragraph(rng, font, lang, f"{j(number_line)}<o:p></o:p>",
                                     align="center"))
        if rng.random() < 0.4:
            blocks.append(_mso_paragraph(rng, font, lang, f"<i>{j('Untuk segera disiarkan')}"
                                         "</i><o:p></o:p>", align="left"))
        blocks.append(empty)
    dash = rng.choice((" –", " -", " —", ","))
    dateline = rng.choice((f"{city.upper()}{dash}", f"{city.upper()}{dash}",
                           f"{city} (Humas){dash}", f"{city.upper()}, {short.upper()}{dash}",
                           f"{city}, {short}{dash}"))
    paragraphs = list(text.paragraphs)
    gaps = rng.random() < 0.5  # an empty paragraph between each two
    for k, p in enumerate(paragraphs):
        inner = _mso_text(rng, p, lang, font, nbsp=nbsp)
        if k == 0:
            inner = (f'<b><span lang="{lang}" style="font-family:{attr(font)}">{j(dateline)}'
                     f'</span></b><span lang="{lang}" style="font-family:{attr(font)}"> '
                     f"{inner}</span>")
        blocks.append(_mso_paragraph(rng, font, lang, inner))
        if gaps and k < len(paragraphs) - 1:
            blocks.append(empty)
    if rng.random() < 0.5:
        blocks.append(empty)
        end = rng.choice(("###", "***", "-selesai-", "(*)", "#"))
        blocks.append(_mso_paragraph(rng, font, lang, f"{j(end)}<o:p></o:p>", align="center"))
    if credit_kind != "none" or rng.random() < 0.5:
        lines = []
        if credit_kind.startswith("writer"):
            lines.append(rng.choice((f"Penulis: {writer}", f"Penulis : {writer}",
                                     f"Reporter: {writer}", f"Teks: {writer}")))
        if credit_kind == "writer_editor" or rng.random() < 0.3:
            lines.append(rng.choice(("Editor: ", "Redaktur: ", "Editor : ")) + _person(rng))
        if credit_kind == "photo" or rng.random() < 0.3:
            lines.append(rng.choice(("Foto: ", "Fotografer: ", "Dokumentasi: ")) + (
                _person(rng) if rng.random() < 0.5 else short))
        if rng.random() < 0.6 or not lines:
            lines.append(rng.choice((f"Sumber: {short}", f"Sumber: Humas {region}",
                                     f"(Humas {region})", f"Sumber : {office}")))
        if len(lines) > 1 and rng.random() < 0.5:
            sep = rng.choice((" | ", " / "))
            blocks.append(_mso_paragraph(rng, font, lang, "<i>" + _pieced(
                j, lines, sep, "<span>{x}</span>") + "</i><o:p></o:p>", align="left"))
        else:
            blocks += [_mso_paragraph(rng, font, lang, f"<i>{j(x)}</i><o:p></o:p>", align="left")
                       for x in lines]
    if rng.random() < 0.3:
        contact = f"Narahubung: {_person(rng)} ({rng.choice(('0812', '0813', '0852'))}-" \
                  f"{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)})"
        blocks.append(_mso_paragraph(rng, font, lang, f"{j(contact)}<o:p></o:p>", align="left"))
    if rng.random() < 0.45:  # the signature table
        signer = _official(rng)
        cells = [f"{city}, {_long(day)}", rng.choice(_SIGNERS), region if rng.random() < 0.5
                 else "", "ttd", signer, rng.choice(_RANKS) if rng.random() < 0.6 else "",
                 f"NIP. {_nip(rng)}" if rng.random() < 0.5 else f"NIP {_nip(rng)}"]
        rows = []
        for cell in cells:
            if not cell:
                continue
            shown = j(cell)
            if cell == signer:
                shown = f"<b><u>{shown}</u></b>"
            rows.append(_mso_paragraph(rng, font, lang, shown + "<o:p></o:p>", align="center"))
        blocks.append('<table class="MsoTableGrid" border="0" cellspacing="0" cellpadding="0" '
                      'style="border-collapse:collapse;border:none;mso-yfti-tbllook:1184">'
                      '<tbody><tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:'
                      'yes"><td width="301" valign="top" style="width:225.4pt;padding:0cm 5.4pt">'
                      f'{empty}</td><td width="301" valign="top" style="width:225.4pt;padding:0cm '
                      f'5.4pt">{"".join(rows)}</td></tr></tbody></table>')
    content = "\n".join(blocks)

    figure = ""
    if rng.random() < 0.55:
        cap = rng.choice((f"Foto: {short}", f"Dok. {short}", "Foto: Istimewa",
                          f"{rng.choice(_SIGNERS)} saat memberikan keterangan pers."))
        figure = (f'<figure class="wp-caption aligncenter"><img class="size-large" src="{base}/'
                  f'wp-content/uploads/{day:%Y/%m}/{token(rng, 8)}.jpg" alt="" width="1024">'
                  f'<figcaption class="wp-caption-text">{j(cap)}</figcaption></figure>'
                  if wordpress else
                  f'<div class="foto-berita"><img src="{base}/upload/berita/{token(rng, 12)}.jpg" '
                  f'alt="{attr(text.headline)}"><div class="keterangan">{j(cap)}</div></div>')
    share = _shares(rng, j, "sharedaddy sd-sharing") if rng.random() < 0.6 else ""
    tags = ""
    if rng.random() < 0.45:
        word2 = rng.choice(("Tags:", "Tag:", "Tagged", "Label:"))
        tags = ('<span class="tags-links">' + _labelled(
            j, word2, rng.sample(_TAGS, rng.randrange(2, 5)), ", ",
            '<a href="#" rel="tag">{x}</a>', "tag-word") + "</span>")
    postnav = ""
    if wordpress and rng.random() < 0.5:
        prev, nxt = other_texts(rng, text, 2)
        items = [rng.choice(("← Sebelumnya", "Previous Post", "« Pos Sebelumnya")),
                 prev.headline, rng.choice(("Selanjutnya →", "Next Post", "Pos Berikutnya »")),
                 nxt.headline]
        postnav = ('<nav class="navigation post-navigation"><div class="nav-links">'
                   f'<div class="nav-previous"><a href="#"><span class="meta-nav">{j(items[0])}'
                   f'</span> <span class="post-title">{j(items[1])}</span></a></div>'
                   f'<div class="nav-next"><a href="#"><span class="meta-nav">{j(items[2])}</span> '
                   f'<span class="post-title">{j(items[3])}</span></a></div></div></nav>')
    h = rng.choice(("h1", "h1", "h2", "h3"))
    meta_html = f'<div class="entry-meta">{" ".join(meta)}</div>'
    if wordpress:
        article = (f'<article id="post-{node}" class="post-{node} post type-post status-publish '
                   f'format-standard has-post-thumbnail hentry category-{slug(section)}">'
                   f'<header class="entry-header"><{h} class="entry-title">{escape(text.headline)}'
                   f"</{h}>{meta_html}</header>{figure}"
                   f'<div class="entry-content">\n{content}\n{share}</div>'
                   f'<footer class="entry-footer">{tags}</footer>{postnav}</article>')
        column = (f'<div id="primary" class="content-area"><main id="main" class="site-main">'
                  f"{article}</main></div>")
    else:
        crumbs = ""
        if rng.random() < 0.5:
            crumbs = ('<div class="breadcrumb">' + _pieced(
                j, ["Beranda", "Berita", section], rng.choice((" » ", " / ", " > ")),
                '<a href="#">{x}</a>') + "</div>")
        article = (f'<div class="detail-berita">{crumbs}<{h} class="judul-berita">'
                   f"{escape(text.headline)}</{h}>"
                   f'<div class="info-berita">{" | ".join(meta)}</div>{figure}'
                   f'<div class="isi-berita" id="isi">\n{content}\n</div>{tags}{share}</div>')
        column = f'<div class="col-md-8 konten-kiri">{article}</div>'
    side_items = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                         for o in other_texts(rng, text, 5))
    sidebar = (f'<aside id="secondary" class="widget-area col-md-4"><section class="widget">'
               f'<h2 class="widget-title">Berita Terbaru</h2><ul>{side_items}</ul></section>'
               '<section class="widget"><h2 class="widget-title">Arsip</h2><ul><li>'
               f"{MONTHS[day.month - 1]} {day.year}</li></ul></section></aside>")
    body = (f'<div id="page" class="site"><header id="masthead" class="site-header"><div '
            f'class="site-branding"><p class="site-title"><a href="{base}/">{escape(office)}</a>'
            f"</p><p class=\"site-description\">{escape(region)}</p></div>"
            + _nav(("Beranda", "Profil", "Berita", "Siaran Pers", "Agenda", "PPID", "Kontak"))
            + f'</header>\n<div id="content" class="site-content row">{column}{sidebar}</div>\n'
            f'<footer id="colophon" class="site-footer">&copy; {day.year} {escape(office)}. '
            f"Jl. {rng.choice(('Gajah Mada', 'Sudirman', 'Merdeka', 'Ahmad Yani'))} No. "
            f"{rng.randrange(1, 90)}, {city}.</footer></div>")
    if wordpress:
        body += (f"<script src=\"{base}/wp-includes/js/wp-embed.min.js?ver=6."
                 f"{rng.randrange(0, 6)}\"></script>")
    head = _head(rng, text.headline, _teaser(rng, text.paragraphs[0]), site, url, machine,
                 author, og=0.6 if wordpress else 0.3, meta_time=0.6 if wordpress else 0.2,
                 ld=0.35 if wordpress else 0.1)
    if wordpress:
        head.append(f'<meta name="generator" content="WordPress 6.{rng.randrange(0, 7)}">')
    title = _title(rng, text.headline, site)
    published: datetime | date = when if timed else day
    cls = ("post-template-default single single-post" if wordpress else "detail")
    return url, _shell(title, head, cls, body), Truth(
        text.headline, tuple(text.paragraphs), published, author, site, tuple(j.lines))


# -- 2. a national or regional outlet's article split over pages ---------------------------

# (the outlet, its host, its zone, its style, the brand in its dateline, its cities)
_OUTLETS = (
    ("detikNews", "news.detik.com", "WIB", "detik", "", ("Jakarta", "Bandung", "Semarang")),
    ("detikSulsel", "www.detik.com/sulsel", "WITA", "detik", "", ("Makassar", "Gowa", "Maros")),
    ("Kompas.com", "regional.kompas.com", "WIB", "kompas", "KOMPAS.com",
     ("KUPANG", "AMBON", "PONTIANAK", "JAMBI")),
    ("TribunManado.co.id", "manado.tribunnews.com", "WITA", "tribun", "TRIBUNMANADO.CO.ID",
     ("MANADO", "BITUNG", "TOMOHON")),
    ("Tribun-Papua.com", "papua.tribunnews.com", "WIT", "tribun", "TRIBUN-PAPUA.COM",
     ("JAYAPURA", "SENTANI", "WAMENA")),
    ("TribunKaltim.co", "kaltim.tribunnews.com", "WITA", "tribun", "TRIBUNKALTIM.CO",
     ("SAMARINDA", "BALIKPAPAN", "BONTANG")),
    ("TribunJambi.com", "jambi.tribunnews.com", "WIB", "tribun", "TRIBUNJAMBI.COM",
     ("JAMBI", "MUARA BULIAN", "KUALA TUNGKAL")),
    ("iNews Maluku", "maluku.inews.id", "WIT", "inews", "iNewsMaluku.id", ("AMBON", "MASOHI")),
    ("Okezone", "news.okezone.com", "WIB", "okezone", "Okezone", ("JAKARTA", "BOGOR")),
    ("SINDOnews", "daerah.sindonews.com", "WIB", "sindo", "SINDOnews",
     ("PEKANBARU", "PALEMBANG", "BENGKULU")),
)
_STYLE_FORMS = {"detik": ("detik", "detik", "detik"), "kompas": ("slash_zone", "slash_zone"),
                "tribun": ("day_comma_zone", "day_dash_zone", "long_zone"),
                "inews": ("day_dash_zone", "day_bar_zone"), "okezone": ("day_comma_zone",
                                                                        "long_zone"),
                "sindo": ("day_dash_zone", "en_zone")}
_WA = ("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
       "andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/"
       "0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.")


def _chunks(rng: random.Random, paragraphs: list[str]) -> list[list[str]]:
    """The article's pages: two to four, of about as many paragraphs each."""
    n = len(paragraphs)
    count = rng.randrange(2, min(4, n) + 1)
    edges = [0]
    for k in range(1, count):
        edge = round(k * n / count) + (rng.choice((-1, 0, 0, 1)) if n >= 3 * count else 0)
        edges.append(min(max(edge, edges[-1] + 1), n - (count - k)))
    edges.append(n)
    return [paragraphs[a:b] for a, b in itertools.pairwise(edges)]


def _initials(rng: random.Random) -> str:
    def three() -> str:
        return "".join(rng.choice("abcdefghijklmnoprstuwyz") for _ in range(3))
    return f"({three()}/{three()})" if rng.random() < 0.7 else f"({three()})"


def _pager(rng: random.Random, j: Junk, page: int, count: int, url: str, kind: str) -> str:
    """A page-number widget: numbers with "Selanjutnya"/"Sebelumnya", "Halaman 2 dari 3",
    "Tampilkan semua", a select."""
    if kind == "of":
        line = rng.choice((f"Halaman {page} dari {count}", f"Halaman {page}/{count}",
                           f"Page {page} of {count}", f"Hal. {page} dari {count}"))
        return f'<div class="page-info">{j(line)}</div>'
    if kind == "select":
        opts = [f"Halaman {k}" for k in range(1, count + 1)]
        options = "".join(f'<option value="{k}"{" selected" if k == page else ""}>{j(x)}</option>'
                          for k, x in enumerate(opts, 1))
        word = rng.choice(("Pilih halaman:", "Halaman:", "Lompat ke"))
        return (f'<div class="page-jump"><label>{j(word)}</label> <select '
                f'onchange="location=this.value">{options}</select></div>')
    label = rng.choice(("Halaman", "Halaman:", "Halaman :", "", "Hal."))
    items = [label] if label else []
    html = [f'<span class="paging__label">{j(label)}</span>'] if label else []
    if page > 1 and rng.random() < 0.7:
        prev = rng.choice(("Sebelumnya", "« Sebelumnya", "‹ Prev", "Previous"))
        items.append(prev)
        html.append(f'<a class="paging__link paging__link--prev" href="{url}?page={page - 1}">'
                    f"{j(prev)}</a>")
    for k in range(1, count + 1):
        items.append(str(k))
        html.append(f'<span class="paging__link paging__link--active">{k}</span>' if k == page
                    else f'<a class="paging__link" href="{url}?page={k}">{k}</a>')
    if page < count:
        nxt = rng.choice(("Selanjutnya", "Selanjutnya »", "Berikutnya", "Next", "›"))
        items.append(nxt)
        html.append(f'<a class="paging__link paging__link--next" href="{url}?page={page + 1}">'
                    f"{j(nxt)}</a>")
    if rng.random() < 0.45:
        show = rng.choice(("Tampilkan semua", "Tampilkan Semua", "Show All", "Lihat Semua",
                           "Baca dalam satu halaman", "Tampilkan Semua Halaman"))
        items.append(show)
        html.append(f'<a class="paging__all" href="{url}?page=all">{j(show)}</a>')
    if len(items) > 1:
        j.also(" ".join(items))
    cls = rng.choice(("paging", "pagination", "detail__long-nav", "halaman", "ptb-paging",
                      f"pg-{token(rng, 5)}"))
    return f'<div class="{cls}">' + "\n".join(html) + "</div>"


def paginated_article(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A national or regional outlet's article split over pages (detik-, kompas-, tribun-,
    iNews-, okezone-, sindo-like): the page shows page 1, page k, or all pages on its
    ``?page=all`` view; page-number widgets below the text, at times also above it, a
    "Baca di halaman berikutnya" line, "Baca juga" links and ad labels between paragraphs,
    the outlet's dateline on page 1, its reporter's line, the editors' initials or "Artikel
    ini telah tayang di ..." on the last page; dates printed with their zone, at times as a
    date alone or bare (WIB's outlets), with stamps; bylines with a writer, a contributor,
    a desk or an editor alone."""
    outlet, host, zone, style, brand, cities = rng.choice(_OUTLETS)
    base = f"https://{host}"
    section = rng.choice(("Berita", "Regional", "Daerah", "Nasional", "Hukum", "Politik",
                          "Ekonomi", "Peristiwa"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Berita {section}", f"{section} Terkini", "Indeks Berita"))
        return _listing(rng, text, outlet, base, zone, heading,
                        f"{base}/{slug(section)}" + rng.choice(("", "/indeks", "?page=1")),
                        "paged")
    chunks = _chunks(rng, list(text.paragraphs))
    count = len(chunks)
    roll = rng.random()
    view_all = roll < 0.1
    page = 1 if view_all or roll < 0.6 else rng.randrange(2, count + 1)
    shown = list(text.paragraphs) if view_all else chunks[page - 1]
    first_page = view_all or page == 1
    last_page = view_all or page == count

    if rng.random() < 0.85:
        form = rng.choice(_STYLE_FORMS[style])
        if zone == "WIB" and rng.random() < 0.15:
            form = rng.choice(_BARE)
        elif rng.random() < 0.12:
            form = rng.choice(("en_zone", "short_zone"))
    else:
        form = rng.choice(_PLAIN)
    stamp = rng.choice(("offset", "offset", "offset", "utc", "none"))
    timed = form not in _PLAIN or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none" or form == "iso_bare",
                   office_hours=not timed)
    printed = _printed(form, when, zone)
    machine = _machine(when, stamp)
    day = when.date()
    s = slug(text.headline)
    node = rng.randrange(10**6, 10**7)
    first_url = {"detik": f"{base}/berita/d-{node}/{s}",
                 "kompas": f"{base}/read/{day:%Y/%m/%d}/{rng.randrange(10**8, 10**9)}/{s}",
                 "tribun": f"{base}/{day:%Y/%m/%d}/{s}",
                 "inews": f"{base}/berita/{s}", "okezone": f"{base}/read/{day:%Y/%m/%d}/"
                 f"{rng.randrange(300, 700)}/{node}/{s}",
                 "sindo": f"{base}/read/{node}/{rng.randrange(100, 800)}/{s}-"
                 f"{rng.randrange(10**9, 10**10)}"}[style]
    query = rng.choice(("?page={k}", "?page={k}", "/{k}", "?hal={k}"))
    if view_all:
        url = first_url + rng.choice(("?page=all", "?page=all", "?showpage=all", "/all"))
    elif page == 1:
        url = first_url
    else:
        url = first_url + query.format(k=page)
    j = Junk()

    # the byline
    writer = _person(rng)
    editor = _person(rng)
    by_kind = rng.choice(("writer", "writer", "writer", "contributor", "desk", "editor"))
    if style == "detik" and by_kind == "contributor":
        by_kind = "writer"
    author = writer if by_kind in ("writer", "contributor") else None
    city = rng.choice(cities)
    meta: list[str] = []
    if style == "detik":
        who = {"writer": writer, "desk": rng.choice(("Tim detikcom", "Tim detikNews")),
               "editor": "Redaksi"}.get(by_kind, writer)
        line = f"{who} - {outlet}"
        j.also(line)
        meta.append(f'<div class="detail__author">{j(who)} - <span class="detail__label">'
                    f"{j(outlet)}</span></div>")
        meta.append(f'<div class="detail__date">{j(printed)}</div>')
    elif style == "kompas":
        line = f"{outlet} - {printed}"
        meta.append(f'<div class="read__time">{j(line)}</div>')
        if by_kind != "desk":
            parts = []
            if by_kind == "writer":
                parts.append(("Penulis", writer))
            elif by_kind == "contributor":
                parts.append(("Penulis", f"Kontributor {city.title()}, {writer}"))
            parts.append(("Editor", editor))
            j.also(" | ".join(f"{a} {b}" for a, b in parts))
            meta.append('<div class="read__credit">' + " | ".join(
                f'<div class="credit-title-name"><h6>{j(a)}</h6> <h6>{j(b)}</h6></div>'
                for a, b in parts) + "</div>")
    else:
        date_html = (f'<time datetime="{machine}">{j(printed)}</time>'
                     if machine and rng.random() < 0.6 else j(printed))
        meta.append(f'<span class="date">{date_html}</span>')
        bits = []
        if by_kind == "writer":
            bits.append(rng.choice((f"Penulis: {writer}", f"Reporter: {writer}", writer,
                                    f"Oleh {writer}")))
        elif by_kind == "contributor":
            bits.append(f"Kontributor {city.title()}, {writer}")
        elif by_kind == "desk":
            bits.append(rng.choice(("Tim Redaksi", f"Tim {outlet}", "Redaksi")))
        if rng.random() < 0.8 or by_kind == "editor":
            bits.append(rng.choice((f"Editor: {editor}", f"Editor : {editor}",
                                    f"Redaktur: {editor}")))
        if len(bits) > 1:
            j.also(" | ".join(bits))
        meta.insert(rng.randrange(0, 2), '<div class="author">' + " | ".join(
            f"<span>{j(b)}</span>" for b in bits) + "</div>")
    if rng.random() < 0.3:
        later = when + timedelta(minutes=rng.randrange(20, 900))
        up_form = form if form not in _PLAIN else rng.choice(_PLAIN)
        line = rng.choice(("Diperbarui ", "Diperbarui: ", "Update: ")) + _printed(
            up_form, later, zone)
        meta.append(f'<div class="updated">{j(line)}</div>')

    # the text this page shows
    blocks: list[str] = []
    if first_page and style == "tribun" and by_kind == "writer" and rng.random() < 0.6:
        line = f"Laporan Wartawan {outlet}, {writer}"
        blocks.append(f"<p><strong>{j(line)}</strong></p>")
    for k, p in enumerate(shown):
        if k == 0 and first_page and rng.random() < 0.85:
            dash = rng.choice((" -", " –", " --")) if style != "detik" else " -"
            line = {"detik": f"{city.title()}{dash}",
                    "kompas": rng.choice((f"{brand}{dash}", f"{city}, {brand}{dash}")),
                    "tribun": f"{brand}, {city}{dash}"}.get(
                style, rng.choice((f"{city}, {brand}{dash}", f"{city}{dash}")))
            blocks.append(f"<p><strong>{j(line)}</strong> {escape(p)}</p>")
        else:
            blocks.append(f"<p>{escape(p)}</p>")
    if len(shown) >= 2 and rng.random() < 0.6:
        word = rng.choice(("Baca juga:", "Baca Juga:", "BACA JUGA:", "Baca juga", "Simak juga:"))
        o = other_texts(rng, text, 1)[0]
        j.also(f"{word} {o.headline}")
        blocks.insert(rng.randrange(1, len(blocks)),
                      f'<p class="baca-juga"><strong>{j(word)}</strong> <a href="{base}/'
                      f'{slug(o.headline)}">{j(o.headline)}</a></p>')
    if len(blocks) >= 3 and (style == "detik" or rng.random() < 0.3):
        lines = ["ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"] if rng.random() < 0.6 else [
            rng.choice(("Advertisement", "Iklan", "- Advertisement -"))]
        ad = ('<div class="ads-scrollpage"><div class="ads-label">' + "</div>\n<div>".join(
            j(x) for x in lines) + f'</div><div id="div-gpt-ad-{token(rng, 8)}"></div></div>')
        blocks.insert(rng.randrange(1, len(blocks)), ad)
    tail: list[str] = []
    more = ""
    if not last_page and rng.random() < 0.6:
        line = rng.choice(("Baca di halaman berikutnya", "Baca di halaman berikutnya »",
                           "Baca selengkapnya di halaman berikutnya", "Lanjut ke halaman "
                           "berikutnya", "Halaman selanjutnya ›››", "Baca Selanjutnya"))
        more = f'<p class="next-teaser"><a href="{first_url}?page={page + 1}">{j(line)}</a></p>'
    if last_page:
        if style == "detik" and rng.random() < 0.5:
            tail.append(f'<p class="para_caption">{j("[Gambas:Video 20detik]")}</p>')
        if style in ("detik", "sindo") and rng.random() < 0.8:
            tail.append(f'<p><strong>{j(_initials(rng))}</strong></p>')
        if style == "kompas" and rng.random() < 0.5:
            tail.append(f'<div class="read__ads-wa">{j(_WA)}</div>')
        if style == "tribun" and rng.random() < 0.6:
            line = f"Artikel ini telah tayang di {outlet} dengan judul {text.headline}"
            j.also(line)
            tail.append(f"<p>{j('Artikel ini telah tayang di')} {j(outlet)} dengan judul "
                        f'<a href="{first_url}">{escape(text.headline)}</a></p>')
    kinds = ("numbers", "numbers", "numbers", "of", "select")
    bottom = _pager(rng, j, page if not view_all else 1, count, first_url, rng.choice(kinds)) \
        if not view_all or rng.random() < 0.5 else ""
    top = ""
    if not view_all and rng.random() < 0.35:
        top = _pager(rng, j, page, count, first_url, rng.choice(("of", "numbers")))
    if view_all and not bottom and rng.random() < 0.5:
        line = rng.choice(("Tampilkan per halaman", "Kembali ke halaman 1", "Lihat per halaman"))
        bottom = f'<div class="paging"><a href="{first_url}">{j(line)}</a></div>'
    share = _shares(rng, j, "share-box") if rng.random() < 0.55 else ""
    tags = ""
    if rng.random() < 0.55:
        word = rng.choice(("Tags:", "Tag", "TAGS", "Topik:"))
        tags = ('<div class="tags">' + _labelled(
            j, word, rng.sample(_TAGS, rng.randrange(2, 5)), " ", '<a href="#">{x}</a>',
            "tags-label") + "</div>")
    related = ""
    if rng.random() < 0.4:
        word = rng.choice(("Berita Terkait", "Berita Lainnya", "Baca Juga"))
        items = []
        for o in other_texts(rng, text, rng.randrange(2, 5)):
            items.append(f'<li><a href="#">{j(o.headline)}</a></li>')
        related = f'<div class="related"><h3>{j(word)}</h3><ul>{"".join(items)}</ul></div>'
    category = ""
    if rng.random() < 0.5:
        category = f'<div class="category"><a href="#">{j(section)}</a></div>'
    h = rng.choice(("h1", "h1", "h1", "h2"))
    headline = f'<{h} class="detail__title">{escape(text.headline)}</{h}>'
    meta_html = f'<div class="detail__meta">{"".join(meta)}</div>'
    figure = ""
    if (first_page and rng.random() < 0.65) or rng.random() < 0.2:
        cap = rng.choice((f"Ilustrasi. (Foto: {outlet}/{_person(rng)})", "Foto: Istimewa",
                          f"{outlet}/{_person(rng)}", "Ilustrasi (Dok. Istimewa)"))
        figure = (f'<figure class="detail__media"><img src="https://cdn.{host.split("/")[0]}/'
                  f'images/{token(rng, 14)}.jpg" alt="{attr(text.headline)}"><figcaption>'
                  f"{j(cap)}</figcaption></figure>")
    pager_after_share = rng.random() < 0.3
    body_html = "\n".join(blocks) + more + "".join(tail)
    ordered = (f"{category}{headline}{meta_html}{figure}{top}"
               f'<div class="detail__body-text itp_bodycontent">{body_html}'
               + ("" if pager_after_share else bottom) + f"</div>{tags}{share}"
               + (bottom if pager_after_share else "") + related)
    article = f'<article class="detail" data-page="{page if not view_all else "all"}">{ordered}' \
              "</article>"
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    body = (f'<header class="header"><div class="logo"><a href="{base}/">{escape(outlet)}</a>'
            "</div>" + _nav(("Home", "Berita", "Regional", "Nasional", "Ekonomi", "Olahraga",
                             "Foto", "Video", "Indeks"))
            + f'</header>\n<div class="container"><div class="column-8">{article}</div>'
            f'<div class="column-4 sidebar"><div class="box"><h3>Terpopuler</h3><ol>{side}</ol>'
            f'</div></div></div>\n<footer class="footer">Copyright &copy; {day.year} '
            f"{escape(outlet)}. All rights reserved.</footer>")
    head = _head(rng, text.headline, _teaser(rng, text.paragraphs[0]), outlet, url, machine,
                 author, og=0.85, meta_time=0.7, ld=0.55)
    if rng.random() < 0.5 and not view_all:
        if page < count:
            head.append(f'<link rel="next" href="{first_url}{query.format(k=page + 1)}">')
        if page > 1:
            head.append(f'<link rel="prev" href="{first_url}'
                        + (query.format(k=page - 1) if page > 2 else "") + '">')
    head.append(f'<link rel="canonical" href="{first_url if rng.random() < 0.6 else url}">')
    title = _title(rng, text.headline, outlet)
    if not first_page and rng.random() < 0.6:
        sep = rng.choice((" - ", " | "))
        title = f"{text.headline}{sep}Halaman {page}{sep}{outlet}"
    elif view_all and rng.random() < 0.5:
        title = f"{text.headline} - Halaman all - {outlet}"
    published: datetime | date = when if timed else day
    return url, _shell(title, head, f"detail-page {style}", body), Truth(
        text.headline, tuple(shown), published, author, outlet, tuple(j.lines))


# -- 3. a portal's photo story ------------------------------------------------------------------

# (the portal, its host, its zone, the credit's agency, its region's cities and province)
_PORTALS = (
    ("ANTARA Foto", "www.antarafoto.com", "WIB", "ANTARA FOTO", ("Jakarta", "Bogor", "Serang"),
     "Banten"),
    ("ANTARA Papua", "papua.antaranews.com", "WIT", "ANTARA", ("Jayapura", "Merauke", "Timika"),
     "Papua"),
    ("ANTARA Sulteng", "sulteng.antaranews.com", "WITA", "ANTARA", ("Palu", "Donggala", "Poso"),
     "Sulawesi Tengah"),
    ("Tempo.co", "foto.tempo.co", "WIB", "TEMPO", ("Jakarta", "Depok", "Tangerang"), "Banten"),
    ("Tribun-Bali.com", "bali.tribunnews.com", "WITA", "Tribun Bali",
     ("Denpasar", "Gianyar", "Badung"), "Bali"),
    ("Media Indonesia", "mediaindonesia.com", "WIB", "MI", ("Medan", "Padang", "Jambi"),
     "Sumatera Utara"),
    ("Kaltim Post", "kaltimpost.jawapos.com", "WITA", "Kaltim Post",
     ("Samarinda", "Balikpapan", "Kutai Kartanegara"), "Kalimantan Timur"),
    ("Diskominfo Kota Ambon", "ambon.go.id", "WIT", "Diskominfo Ambon", ("Ambon",), "Maluku"),
    ("Ternate Pos", "ternatepos.com", "WIT", "Ternate Pos", ("Ternate", "Sofifi", "Tidore"),
     "Maluku Utara"),
)
_SUBJECTS = ("Warga", "Petugas gabungan", "Sejumlah pelajar", "Nelayan", "Pedagang",
             "Wisatawan", "Personel TNI dan Polri", "Relawan", "Petani", "Anak-anak",
             "Para penari", "Petugas kesehatan")
_ACTIONS = ("mengikuti upacara adat", "membersihkan sampah di pesisir pantai", "memanen padi",
            "menata dagangan di pasar tradisional", "mengantre pembagian bantuan pangan",
            "melintasi jalan yang tergenang banjir", "berlatih tari tradisional",
            "menurunkan hasil tangkapan ikan", "mengikuti lomba perahu hias",
            "memeriksa kesehatan warga lanjut usia", "menanam bibit mangrove",
            "mengikuti pawai budaya", "memperbaiki rumah yang rusak akibat angin kencang")
_AFTER = ("Kegiatan tersebut digelar setiap tahun.", "Kegiatan itu melibatkan ratusan warga.",
          "Pemerintah daerah menargetkan kegiatan serupa berlanjut.",
          "Suasana tampak ramai sejak pagi hari.", "")


def _credit(rng: random.Random, agency: str, photographer: str) -> str:
    initials = "".join(rng.choice("abcdefghiklmnoprstuwy") for _ in range(3))
    if agency == "ANTARA FOTO":
        return rng.choice((f"ANTARA FOTO/{photographer}/{initials}.",
                           f"(ANTARA FOTO/{photographer}/{initials})"))
    if agency == "ANTARA":
        return rng.choice((f"ANTARA/{photographer}", f"FOTO: ANTARA/{photographer}",
                           f"(ANTARA/{photographer})"))
    if agency in ("TEMPO", "MI"):
        return f"{agency}/{photographer}"
    return rng.choice((f"Foto: {agency}/{photographer}", f"{agency}/{photographer}",
                       f"(Foto: {agency}/{photographer})"))


def _caption(rng: random.Random, cities: tuple[str, ...], province: str, day: date | None,
             others: list[Text]) -> str:
    if others and rng.random() < 0.25:  # a sentence of another story as a caption
        first = " ".join(rng.choice(others).paragraphs[0].split())
        cut = first.split(". ")[0].rstrip(".")
        return cut[:220] + "."
    where = f"{rng.choice(cities)}, {province}"
    when = ""
    if day is not None:
        when = f", {DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
    after = rng.choice(_AFTER)
    return (f"{rng.choice(_SUBJECTS)} {rng.choice(_ACTIONS)} di {where}{when}. {after}").strip()


def photo_story(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A portal's photo story ("Foto", "Galeri", "Photo Story"): a carousel with slide
    counters, captions, credits and prev/next buttons and a thumbnail strip, or stacked
    figures, or a lightbox grid with "Lihat semua foto (12)"; a short text (two to four
    paragraphs) before, after or around the gallery; a "Foto Lainnya" or "Galeri
    Terpopuler" block in the sidebar, after the text or before it inside the container;
    bylines with a photographer, a writer, both or an editor; dated or undated
    captions."""
    portal, host, zone, agency, cities, province = rng.choice(_PORTALS)
    base = f"https://{host}"
    label = rng.choice(("Foto", "Galeri", "Photo Story", "Foto Story", "Galeri Foto", "FOTO"))
    if rng.random() < 1 / 8:
        heading = rng.choice((label, f"{label} Terbaru", f"Galeri {province}", "Indeks Foto"))
        return _listing(rng, text, portal, base, zone, heading,
                        f"{base}/{slug(label)}" + rng.choice(("", "/", "?page=1")), "photo")
    when, form, stamp, timed = _when(rng, zone, chance_time=0.6,
                                     stamps=("offset", "offset", "utc", "z", "none"))
    printed = _printed(form, when, zone)
    machine = _machine(when, stamp)
    day = when.date()
    s = slug(text.headline)
    node = rng.randrange(10**5, 10**6)
    url = rng.choice((f"{base}/foto/{node}/{s}", f"{base}/berita/{node}/foto-{s}",
                      f"{base}/galeri/{s}", f"{base}/photo/{day:%Y/%m/%d}/{s}"))
    j = Junk()
    n = rng.randrange(2, min(4, len(text.paragraphs)) + 1)
    paragraphs = list(text.paragraphs[:n])
    photographer = _person(rng)
    writer = _person(rng)
    by_kind = rng.choice(("photo", "photo", "both", "writer", "editor"))
    author = writer if by_kind in ("both", "writer") else None
    others = other_texts(rng, text, 6)

    # the meta lines
    meta: list[str] = []
    date_html = (f'<time datetime="{machine}">{j(printed)}</time>'
                 if machine and rng.random() < 0.6 else j(printed))
    meta.append(f'<span class="date">{date_html}</span>')
    bits = []
    if by_kind in ("photo", "both"):
        bits.append(rng.choice((f"Fotografer: {photographer}", f"Foto: {photographer}",
                                f"Pewarta Foto: {photographer}", f"Photographer: {photographer}")))
    if by_kind in ("both", "writer"):
        bits.append(rng.choice((f"Teks: {writer}", f"Penulis: {writer}", f"Reporter: {writer}",
                                f"Oleh {writer}")))
    if by_kind == "editor" or rng.random() < 0.4:
        bits.append(rng.choice(("Editor: ", "Editor Foto: ", "Redaktur: ")) + _person(rng))
    if len(bits) > 1:
        sep = rng.choice((" | ", " · "))
        j.also(sep.join(bits))
        by_html = escape(sep).join(f"<span>{j(b)}</span>" for b in bits)
    else:
        by_html = j(bits[0])
    meta.insert(rng.randrange(0, 2), f'<div class="byline">{by_html}</div>')
    total = rng.randrange(4, 13)
    count_line = rng.choice((f"{total} Foto", f"{total} foto", f"Jumlah foto: {total}"))
    if rng.random() < 0.5:
        meta.append(f'<span class="photo-count"><i class="icon-camera"></i> {j(count_line)}</span>')

    # the gallery
    hero = rng.random() < 0.25  # the gallery above the headline and the date
    dated = not hero and rng.random() < 0.6
    photographers = [photographer if rng.random() < 0.75 else _person(rng) for _ in range(total)]
    kind = rng.choice(("carousel", "carousel", "stacked", "grid"))
    slides = []
    if kind == "grid":
        for k in range(total):
            cap = _caption(rng, cities, province, day if dated else None,
                           [] if hero else others)
            slides.append(f'<a class="grid-item" href="{base}/img/{token(rng, 12)}.jpg" '
                          f'data-fancybox="gallery" data-caption="{attr(cap)}"><img src="{base}/'
                          f'img/thumb/{token(rng, 12)}.jpg" alt="Foto {k + 1}"></a>')
        more = rng.choice((f"Lihat semua foto ({total})", f"Lihat {total} foto",
                           "Lihat Galeri Lengkap"))
        gallery = (f'<div class="photo-grid">{"".join(slides)}</div><a class="see-all" href="#">'
                   f"{j(more)}</a>")
    else:
        counter_form = rng.choice(("{k}/{n}", "{k} / {n}", "Foto {k} dari {n}", "{k} of {n}"))
        for k in range(total):
            cap = _caption(rng, cities, province, day if dated else None,
                           [] if hero else others)
            credit = _credit(rng, agency, photographers[k])
            counter = counter_form.format(k=k + 1, n=total)
            if rng.random() < 0.5:
                j.also(f"{cap} {credit}")
                caption_html = (f'<p class="caption">{j(cap)} <span class="credit">{j(credit)}'
                                "</span></p>")
            else:
                caption_html = (f'<div class="caption">{j(cap)}</div><div class="credit">'
                                f"{j(credit)}</div>")
            tag = "div" if kind == "carousel" else "figure"
            inner = (f'<div class="slide-counter">{j(counter)}</div>' if rng.random() < 0.85
                     or k == 0 else "")
            cap_tag = "figcaption" if tag == "figure" else "div"
            slides.append(f'<{tag} class="{"swiper-slide" if kind == "carousel" else "photo-item"}"'
                          f'><img src="{base}/img/{day:%Y/%m}/{token(rng, 12)}.jpg" alt="'
                          f'{attr(cap[:80])}">{inner}<{cap_tag} class="slide-caption">'
                          f"{caption_html}</{cap_tag}></{tag}>")
        if kind == "carousel":
            buttons = ""
            if rng.random() < 0.6:
                prev, nxt = rng.choice((("Sebelumnya", "Berikutnya"), ("Prev", "Next"),
                                        ("‹", "›")))
                buttons = (f'<button class="swiper-button-prev">{j(prev)}</button>'
                           f'<button class="swiper-button-next">{j(nxt)}</button>')
            thumbs = ""
            if rng.random() < 0.7:
                thumbs = ('<div class="swiper gallery-thumbs"><div class="swiper-wrapper">'
                          + "".join(f'<div class="swiper-slide"><img src="{base}/img/thumb/'
                                    f'{token(rng, 12)}.jpg" alt=""></div>' for _ in range(total))
                          + "</div></div>")
            gallery = (f'<div class="swiper gallery-main"><div class="swiper-wrapper">'
                       f'{"".join(slides)}</div>{buttons}</div>{thumbs}')
        else:
            gallery = f'<div class="photo-stack">{"".join(slides)}</div>'
    gallery = f'<section class="gallery gallery-{kind}">{gallery}</section>'

    # the blocks of other galleries
    word = rng.choice(("Foto Lainnya", "Galeri Terpopuler", "Galeri Lainnya", "Foto Terkait",
                       "Photo Story Lainnya"))
    place = rng.choice(("sidebar", "sidebar", "after", "before", "none"))
    sj = j if place in ("after", "before") else Junk()
    items = []
    for o in others[: rng.randrange(3, 6)]:
        c = f"{rng.randrange(4, 16)} Foto"
        items.append(f'<li class="gallery-card"><a href="{base}/foto/{slug(o.headline)}">'
                     f'<img src="{base}/img/thumb/{token(rng, 10)}.jpg" alt=""><span class="t">'
                     f'{sj(o.headline)}</span></a> <span class="n">{sj(c)}</span></li>')
    block = (f'<div class="other-galleries"><h3>{sj(word)}</h3><ul>{"".join(items)}</ul></div>'
             if place != "none" else "")

    # the text, the share row, the tags
    order = rng.choice(("before", "after", "after", "split"))
    text_html = [f"<p>{escape(p)}</p>" for p in paragraphs]
    lead = ""
    if rng.random() < 0.3:
        credit = _credit(rng, agency, photographer)
        lead = f'<p class="lead-credit"><em>{j(credit)}</em></p>'
    share = _shares(rng, j, "share") if rng.random() < 0.6 else ""
    tags = ""
    if rng.random() < 0.45:
        tags = ('<div class="tags">' + _labelled(
            j, rng.choice(("Tags:", "Tag", "Topik")), rng.sample(_TAGS, rng.randrange(2, 4)), " ",
            '<a href="#">{x}</a>', "label") + "</div>")
    chip = f'<div class="kanal">{j(label)}</div>' if rng.random() < 0.6 else ""
    h = rng.choice(("h1", "h1", "h2", "div"))
    headline = f'<{h} class="photo-title">{escape(text.headline)}</{h}>'
    meta_html = f'<div class="photo-meta">{" ".join(meta)}</div>'
    desc_open = '<div class="photo-desc">'
    if order == "before":
        middle = f"{desc_open}{''.join(text_html)}</div>{lead}{gallery}"
    elif order == "after":
        middle = f"{gallery}{lead}{desc_open}{''.join(text_html)}</div>"
    else:
        middle = (f"{desc_open}{text_html[0]}</div>{gallery}{lead}{desc_open}"
                  f"{''.join(text_html[1:])}</div>")
    if hero:
        middle = middle.replace(gallery, "", 1)
        top = f"{gallery}{chip}{headline}{meta_html}"
    else:
        top = f"{chip}{headline}{meta_html}"
    inside_before = block if place == "before" else ""
    inside_after = block if place == "after" else ""
    container = (f'<div class="photo-detail">{top}{inside_before}{middle}{share}{tags}'
                 f"{inside_after}</div>")
    sidebar = block if place == "sidebar" else ""
    side_more = "".join(f"<li>{escape(o.headline)}</li>" for o in other_texts(rng, text, 4))
    body = (f'<header class="site-header"><a class="brand" href="{base}/">{escape(portal)}</a>'
            + _nav(("Beranda", "Berita", "Foto", "Video", "Infografis", "Indeks"))
            + f'</header>\n<main class="wrap"><div class="main-col">{container}</div><aside '
            f'class="side-col">{sidebar}<div class="widget"><h3>Terpopuler</h3><ul>{side_more}'
            f'</ul></div></aside></main>\n<footer class="site-footer">&copy; {day.year} '
            f"{escape(portal)}</footer>")
    head = _head(rng, text.headline, _teaser(rng, paragraphs[0]), portal, url, machine, author,
                 og=0.8, meta_time=0.55, ld=0.45,
                 kind=rng.choice(("NewsArticle", "ImageGallery", "NewsArticle")))
    if rng.random() < 0.6:
        head.append(f'<meta property="og:image" content="{base}/img/{token(rng, 12)}.jpg">')
    title = _title(rng, text.headline, portal)
    if rng.random() < 0.3:
        title = f"{label}: {title}"
    published: datetime | date = when if timed else day
    return url, _shell(title, head, "photo-page", body), Truth(
        text.headline, tuple(paragraphs), published, author, portal, tuple(j.lines))


# -- 4. a regional government's portal with accessibility aids ----------------------------

# (the government, its host, its zone, its short name)
_GOVS = (
    ("Pemerintah Provinsi Sulawesi Tengah", "sultengprov.go.id", "WITA", "Pemprov Sulteng"),
    ("Pemerintah Kota Sorong", "sorongkota.go.id", "WIT", "Pemkot Sorong"),
    ("Pemerintah Provinsi Jambi", "jambiprov.go.id", "WIB", "Pemprov Jambi"),
    ("Pemerintah Kabupaten Kutai Kartanegara", "kukarkab.go.id", "WITA", "Pemkab Kukar"),
    ("Pemerintah Kabupaten Mimika", "mimikakab.go.id", "WIT", "Pemkab Mimika"),
    ("Pemerintah Provinsi Kepulauan Bangka Belitung", "babelprov.go.id", "WIB", "Pemprov Babel"),
    ("Pemerintah Kota Mataram", "mataramkota.go.id", "WITA", "Pemkot Mataram"),
    ("Pemerintah Kabupaten Halmahera Selatan", "halselkab.go.id", "WIT", "Pemkab Halsel"),
    ("Pemerintah Kota Pekanbaru", "pekanbaru.go.id", "WIB", "Pemkot Pekanbaru"),
    ("Pemerintah Provinsi Gorontalo", "gorontaloprov.go.id", "WITA", "Pemprov Gorontalo"),
)
_LANGS = {"Select Language": ("English", "Javanese", "Arabic", "Chinese (Simplified)",
                              "Japanese", "Dutch", "Korean"),
          "Pilih Bahasa": ("Inggris", "Jawa", "Arab", "China (Sederhana)", "Jepang", "Belanda",
                           "Korea")}


def _a11y(rng: random.Random, j: Junk, cls: str) -> str:
    """The accessibility toolbar: its name, the font size buttons, contrast and others."""
    word = rng.choice(("Aksesibilitas", "Alat Aksesibilitas", "Accessibility", "Menu Disabilitas"))
    sizes = list(rng.choice((("A-", "A", "A+"), ("A-", "A+"), ("-A", "A", "+A"),
                             ("Perkecil Teks", "Normal", "Perbesar Teks"))))
    more = [x for x in ("Kontras", "Kontras Tinggi", "Skala Abu-abu", "Garis Bawah Tautan",
                        "Mode Disleksia", "Perbesar Kursor", "Reset") if rng.random() < 0.4]
    if not more:
        more = ["Kontras"]
    if "Reset" in more:
        more.remove("Reset")
        more.append("Reset")
    j.also(" ".join([word, *sizes, *more]))
    buttons = (f'<span class="font-size">{_pieced(j, sizes, " ", "<button>{x}</button>")}</span> '
               + " ".join(f'<button type="button">{j(x)}</button>' for x in more))
    return (f'<div class="{cls}" role="toolbar" aria-label="Aksesibilitas"><span class="title">'
            f"{j(word)}</span> {buttons}</div>")


def _tts(rng: random.Random, j: Junk, cls: str, words: int) -> str:
    """A text-to-speech player: its name, "Putar", the clock and the speed."""
    word = rng.choice(("Dengarkan berita", "Dengarkan Berita", "Dengarkan Artikel",
                       "Baca Berita (Text to Speech)", "Listen to this article"))
    play = rng.choice(("Putar", "▶ Putar", "Play", "Putar Audio"))
    seconds = max(40, words * 60 // rng.randrange(130, 170))
    length = f"{seconds // 60:02d}:{seconds % 60:02d}"
    if rng.random() < 0.5:
        clock = f'<span class="tts-time">{j(f"00:00 / {length}")}</span>'
    else:
        j.also(f"00:00 / {length}")
        clock = (f'<span class="current">{j("00:00")}</span> / <span class="duration">'
                 f"{j(length)}</span>")
    extra = ""
    if rng.random() < 0.5:
        speed = rng.choice(("1x", "Kecepatan 1x", "Kecepatan: Normal"))
        extra += f' <span class="speed">{j(speed)}</span>' if len(speed) > 1 else ""
    if rng.random() < 0.3:
        credit = rng.choice(("Powered by ResponsiveVoice", "Didukung oleh ResponsiveVoice"))
        extra += f' <small class="tts-credit">{j(credit)}</small>'
    audio = (f'<audio preload="none" src="/tts/{token(rng, 16)}.mp3"></audio>'
             if rng.random() < 0.5 else "")
    return (f'<div class="{cls}"><span class="tts-label">{j(word)}</span> <button class='
            f'"tts-play">{j(play)}</button> {clock}{extra}{audio}</div>')


def _translate(rng: random.Random, j: Junk, cls: str) -> str:
    """Google Translate's gadget: its select and its options, "Powered by Translate"."""
    first = rng.choice(tuple(_LANGS))
    langs = [x for x in _LANGS[first] if rng.random() < 0.6] or [_LANGS[first][0]]
    options = f'<option value="">{j(first)}</option>' + "".join(
        f'<option value="{k}">{j(x)}</option>' for k, x in enumerate(langs))
    label = ""
    if rng.random() < 0.4:
        word = rng.choice(("Terjemahkan:", "Translate:", "Bahasa:"))
        label = f'<span class="gt-label">{j(word)}</span> '
    j.also("Powered by Translate")
    return (f'<div class="{cls}">{label}<div id="google_translate_element"><div class="skip'
            'translate goog-te-gadget" dir="ltr"><div id=":0.targetLanguage"><select class="goog-'
            f'te-combo" aria-label="Widget Penerjemah Bahasa">{options}</select></div>'
            f'{j("Powered by")} <span style="white-space:nowrap"><a class="VIpgJd-ZVi9od-l4eHX-'
            'hSRGPd" href="https://translate.google.com"><img src="https://www.gstatic.com/images/'
            'branding/googlelogo/1x/googlelogo_color_42x16dp.png" width="37px" height="14px" '
            f'alt="Google Terjemahan">{j("Translate")}</a></span></div></div></div>')


def _survey(rng: random.Random, j: Junk, cls: str, short: str) -> str:
    heading = rng.choice(("Survei Kepuasan Masyarakat", "Survei Kepuasan Masyarakat (SKM)",
                          "Survei Kepuasan Layanan", "Indeks Kepuasan Masyarakat"))
    line = rng.choice((f"Bantu {short} meningkatkan kualitas layanan dengan mengisi survei "
                       "berikut.", "Pendapat Anda sangat berarti bagi kami.",
                       "Isi survei kepuasan terhadap layanan informasi publik."))
    button = rng.choice(("Isi Survei", "Isi Survei Sekarang", "Mulai Survei", "Klik di sini"))
    return (f'<div class="{cls}"><strong>{j(heading)}</strong><p>{j(line)}</p><a class="btn" '
            f'href="https://s.id/skm-{token(rng, 5)}">{j(button)}</a></div>')


def _rating(rng: random.Random, j: Junk, cls: str) -> str:
    question = rng.choice(("Bagaimana menurut Anda artikel ini?", "Apakah artikel ini membantu?",
                           "Beri nilai berita ini", "Bagaimana tanggapan Anda?"))
    choices = list(rng.choice((("Sangat Membantu", "Membantu", "Kurang Membantu"),
                               ("Ya", "Tidak"), ("Senang", "Biasa", "Sedih", "Marah"),
                               ("Suka", "Tidak Suka"))))
    parts = [f'<button type="button" class="rate">{j(c)}</button>' for c in choices]
    tally = ""
    if rng.random() < 0.4:
        votes = rng.randrange(0, 300)
        tally = f' <span class="votes">{j(f"({votes} suara)" if votes else "Belum ada penilaian")}'\
                "</span>"
    return (f'<div class="{cls}"><p class="q">{j(question)}</p>{" ".join(parts)}{tally}</div>')


def accessible_gov_portal(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A regional government's portal, Liferay-like (``portlet-boundary``, ``section.
    portlet``, ``portlet-content``, ``asset-full-content``, ``journal-content-article``,
    "Kembali", asset ratings) or a big custom PHP portal, with semantic or hashed class
    names: an accessibility toolbar, a text-to-speech player, a Google Translate gadget,
    breadcrumbs and a "Survei Kepuasan" banner inside the article's block, in a portlet
    above it in the same column or in the header; "Cetak | PDF | Email", "Dilihat N
    kali", a rating question, the portlet's title, tags and related links in the block;
    dates alone, zoned, bare (WIB's sites) or stamped; a writer, an office or none."""
    government, host, zone, short = rng.choice(_GOVS)
    base = f"https://{host}"
    liferay = rng.random() < 0.55
    hashed = rng.random() < 0.3

    def cls(name: str) -> str:
        if hashed and rng.random() < 0.8:
            return f"css-{token(rng, 6)} {rng.choice('abcdefghkmnprstwxyz')}{token(rng, 4)}"
        return name

    section = rng.choice(("Berita", "Berita Daerah", "Berita Terkini", "Kabar Pemerintahan",
                          "Informasi Publik", "Berita OPD"))
    site = government if rng.random() < 0.65 else f"Portal Resmi {government}"
    if rng.random() < 1 / 8:
        url = (f"{base}/web/guest/{slug(section)}" if liferay
               else f"{base}/{slug(section)}" + rng.choice(("", "?page=1", "/index")))
        return _listing(rng, text, site, base, zone, section, url, "portal")
    when, form, stamp, timed = _when(rng, zone, chance_time=0.5,
                                     stamps=("offset", "utc", "none", "none"))
    printed = _printed(form, when, zone)
    machine = _machine(when, stamp)
    day = when.date()
    s = slug(text.headline)
    node = rng.randrange(10**4, 10**6)
    instance = token(rng, 12)
    url = (rng.choice((f"{base}/web/guest/berita/-/asset_publisher/{instance}/content/{s}",
                       f"{base}/w/{s}", f"{base}/berita/-/asset_publisher/{instance}/content/id/"
                       f"{node}")) if liferay else
           rng.choice((f"{base}/berita/detail/{node}/{s}", f"{base}/index.php/berita/{s}",
                       f"{base}/read/{node}/{s}", f"{base}/news/{s}.html")))
    j = Junk()
    outer = Junk()  # lines that stand outside the article's block

    # where each aid stands: in the block, in a portlet above it, in the header, or nowhere
    def place(chance: float) -> str:
        if rng.random() >= chance:
            return "none"
        return rng.choice(("inside", "inside", "column", "header"))

    aids: dict[str, str] = {}
    spots = {"a11y": place(0.8), "tts": place(0.6), "translate": place(0.55),
             "crumbs": place(0.75), "survey": place(0.4)}
    words = sum(len(p.split()) for p in text.paragraphs)
    for name, spot in spots.items():
        if spot == "none":
            continue
        jj = j if spot == "inside" else outer
        if name == "a11y":
            aids[name] = _a11y(rng, jj, cls("a11y-toolbar"))
        elif name == "tts":
            aids[name] = _tts(rng, jj, cls("tts-player"), words)
        elif name == "translate":
            aids[name] = _translate(rng, jj, cls("translate-box"))
        elif name == "crumbs":
            items = rng.choice((["Beranda", "Berita"], ["Beranda", "Berita", section],
                                ["Home", "Berita", "Detail Berita"],
                                ["Beranda", "Informasi", section]))
            items = list(dict.fromkeys(items))
            aids[name] = (f'<nav class="{cls("breadcrumb")}" aria-label="breadcrumb">' + _pieced(
                jj, items, rng.choice((" / ", " > ", " » ")), '<a href="#">{x}</a>') + "</nav>")
        else:
            aids[name] = _survey(rng, jj, cls("survey-banner"), short)

    def at(spot: str, *names: str) -> str:
        return "".join(aids[n] for n in names if spots[n] == spot and n in aids)

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("writer", "writer", "office", "admin", "none"))
    author = writer if by_kind == "writer" else None
    meta: list[str] = []
    word = rng.choice(("", "Diterbitkan:", "Tanggal Publikasi:", "Dipublikasikan pada",
                       "Published:", "Diposting:"))
    date_html = (f'<time datetime="{machine}">{j(printed)}</time>'
                 if machine and rng.random() < 0.6 else j(printed))
    if word:
        j.also(f"{word} {printed}")
        meta.append(f'<span class="{cls("date")}">{j(word)} {date_html}</span>')
    else:
        meta.append(f'<span class="{cls("date")}"><i class="icon-calendar"></i> {date_html}</span>')
    if by_kind != "none":
        who = {"writer": writer, "office": rng.choice((f"Diskominfo {short.split()[-1]}",
                                                       "Tim Humas", f"Humas {short}")),
               "admin": rng.choice(("Admin", "Administrator", "admin_web"))}[by_kind]
        label = rng.choice(("Penulis:", "Oleh:", "Oleh", "Kontributor:" if by_kind != "writer"
                            else "Reporter:"))
        j.also(f"{label} {who}")
        meta.append(f'<span class="{cls("author")}">{j(label)} {j(who)}</span>')
    if rng.random() < 0.4:
        line = rng.choice(("Redaktur: ", "Editor: ", "Foto: ")) + _person(rng)
        meta.append(f'<span class="{cls("editor")}">{j(line)}</span>')
    views = j(_views(rng)) if rng.random() < 0.7 else ""
    if views:
        meta.append(f'<span class="{cls("views")}"><i class="icon-eye"></i> {views}</span>')
    tools = ""
    if rng.random() < 0.7:
        items = rng.choice((["Cetak", "PDF", "Email"], ["Cetak", "Simpan PDF", "Kirim Email"],
                            ["Print", "PDF", "Email"], ["Cetak", "Unduh PDF"]))
        tools = (f'<div class="{cls("article-tools")}">' + _pieced(
            j, items, " | ", '<a href="#" onclick="return false">{x}</a>') + "</div>")

    # the text
    styled = rng.random() < 0.4
    paras = "".join(
        (f'<p dir="ltr" style="text-align: justify;"><span style="font-size:14px;">{escape(p)}'
         "</span></p>" if styled else f"<p>{escape(p)}</p>") for p in text.paragraphs)
    figure = ""
    if rng.random() < 0.6:
        cap = rng.choice((f"Foto: {short}", f"Dok. Diskominfo {short.split()[-1]}",
                          "Foto: Istimewa", f"Kegiatan {short}."))
        figure = (f'<figure class="{cls("news-image")}"><img src="{base}/documents/'
                  f'{rng.randrange(10**4, 10**5)}/{token(rng, 10)}.jpg" alt=""><figcaption>'
                  f"{j(cap)}</figcaption></figure>")
    tags = ""
    if rng.random() < 0.5:
        tags = (f'<div class="{cls("taglib-asset-tags")}">' + _labelled(
            j, rng.choice(("Tags:", "Tag:", "Kategori:")), rng.sample(_TAGS, rng.randrange(2, 5)),
            " ", '<a class="badge" href="#">{x}</a>', "tag-label") + "</div>")
    rating = _rating(rng, j, cls("asset-ratings")) if rng.random() < 0.6 else ""
    share = _shares(rng, j, cls("social-share")) if rng.random() < 0.5 else ""
    related = ""
    if rng.random() < 0.4:
        word = rng.choice(("Konten Terkait", "Berita Terkait", "Berita Lainnya"))
        items = "".join(f'<li><a href="#">{j(o.headline)}</a></li>'
                        for o in other_texts(rng, text, rng.randrange(2, 5)))
        related = f'<div class="{cls("asset-links")}"><h4>{j(word)}</h4><ul>{items}</ul></div>'
    h = rng.choice(("h1", "h2", "h3", "div")) if liferay else rng.choice(("h1", "h1", "h2"))
    headline = f'<{h} class="{cls("asset-title")}">{escape(text.headline)}</{h}>'
    meta_html = f'<div class="{cls("asset-metadata")}">{" ".join(meta)}</div>'
    aids_top = at("inside", "crumbs", "a11y", "translate")
    tts_in = at("inside", "tts")
    survey_in = at("inside", "survey")
    tts_first = rng.random() < 0.5
    block = (f"{aids_top}{headline}{meta_html}{tools}"
             + (tts_in if tts_first else "") + figure
             + f'<div class="{cls("journal-content-article")}" data-analytics-asset-id="{node}">'
             + paras + "</div>" + ("" if tts_first else tts_in)
             + f"{tags}{rating}{share}{survey_in}{related}")
    column_aids = at("column", "crumbs", "a11y", "translate", "tts", "survey")
    if liferay:
        title_word = rng.choice(("Berita", "Detail Berita", section, "Konten Web"))
        portlet_title = ""
        if rng.random() < 0.6:
            portlet_title = (f'<div class="autofit-float autofit-row portlet-header"><div class='
                             f'"autofit-col autofit-col-expand"><h2 class="portlet-title-text">'
                             f"{j(title_word)}</h2></div></div>")
        back = ""
        if rng.random() < 0.5:
            word = rng.choice(("Kembali", "« Kembali", "Back"))
            back = (f'<div class="d-flex header-back-to"><a class="icon-monospaced" href="'
                    f'{base}/web/guest/berita" title="Kembali">{j(word)}</a></div>')
        portlet_id = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_"
        article = (f'<div class="portlet-boundary portlet-boundary_{portlet_id[:-10]}_ portlet-'
                   f'static portlet-static-end portlet-decorate" id="p_p_id_{portlet_id}'
                   f'{instance}_"><span id="p_{portlet_id}{instance}"></span><section class="'
                   f'portlet" id="portlet_{portlet_id}{instance}">{portlet_title}'
                   f'<div class="portlet-content"><div class="portlet-content-container"><div '
                   f'class="portlet-body"><div class="asset-full-content clearfix default-asset-'
                   f'publisher show-asset-title">{back}{block}</div></div></div></div></section>'
                   "</div>")
        extra = ""
        if column_aids:
            extra = (f'<div class="portlet-boundary portlet-static" id="p_p_id_com_liferay_'
                     f'journal_content_web_portlet_JournalContentPortlet_INSTANCE_{token(rng, 12)}'
                     f'_"><section class="portlet"><div class="portlet-content">{column_aids}'
                     "</div></section></div>")
        column = (f'<div class="col-md-8 portlet-column portlet-column-first" id="column-1">'
                  f'<div class="portlet-dropzone portlet-column-content">{extra}{article}</div>'
                  "</div>")
    else:
        article = f'<div class="{cls("news-detail")}" id="berita-{node}">{block}</div>'
        column = (f'<div class="{cls("col-lg-8 main-column")}">{column_aids}{article}</div>')
    header_aids = at("header", "crumbs", "a11y", "translate", "tts", "survey")
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    topbar = (f'<div class="{cls("top-bar")}"><span>Selamat datang di Portal Resmi '
              f"{escape(government)}</span> {header_aids}</div>")
    skip = ('<a class="sr-only sr-only-focusable" href="#main-content">Lewati ke konten utama</a>'
            if rng.random() < 0.5 else "")
    body = (f'{skip}<header id="banner" class="{cls("site-header")}">{topbar}<div class="logo">'
            f'<a href="{base}/"><img src="{base}/logo.png" alt="Logo"> {escape(government)}</a>'
            "</div>" + _nav(("Beranda", "Profil", "Pemerintahan", "Berita", "Layanan Publik",
                             "PPID", "Kontak"))
            + f'</header>\n<main id="main-content"><div class="row">{column}<div class="'
            f'{cls("col-lg-4 sidebar")}"><div class="widget"><h4>Berita Populer</h4><ul>{side}'
            f'</ul></div><div class="widget"><h4>Layanan</h4><ul><li>Pengaduan</li><li>LAPOR!'
            f"</li><li>PPID</li></ul></div></div></div></main>\n"
            f'<footer class="{cls("site-footer")}">&copy; {day.year} {escape(government)}. '
            "Dikelola oleh Dinas Komunikasi dan Informatika.</footer>")
    head = _head(rng, text.headline, _teaser(rng, text.paragraphs[0]), site, url, machine,
                 author, og=0.55, meta_time=0.4, ld=0.3)
    if liferay:
        head.append('<link href="/o/frontend-theme-font-awesome-web/css/main.css" '
                    'rel="stylesheet">')
    title = _title(rng, text.headline, site)
    published: datetime | date = when if timed else day
    body_cls = ("controls-visible signed-out public-page site" if liferay else "portal")
    return url, _shell(title, head, body_cls, body), Truth(
        text.headline, tuple(text.paragraphs), published, author, site, tuple(j.lines))


FAMILIES: dict[str, Family] = {
    "word-pasted-release": word_pasted_release, "paginated-article": paginated_article,
    "photo-story": photo_story, "accessible-gov-portal": accessible_gov_portal}
