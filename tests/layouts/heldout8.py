"""An eighth set of held-out layout families, written without sight of the extraction rules.

The news page of a police or an army unit's portal republishing regional news (a Polda's
Tribratanews or Polri's Humas site on WordPress with a tagDiv or a JNews theme, or on a
custom CMS; a Kodam's, a Korem's or a Kodim's "Penerangan" site), with its ranks and
names in the credits, its Humas credits, its hashtags, "Call Center 110" banners and
Presisi badges inside the article; a long read or a special report of a national or a
regional outlet or a province's "Liputan Khusus" (a hero with the headline, chapters
with their numbers, pull quotes repeating a sentence of the text, scrollytelling blocks,
full-width photographs with their credits, an infographic's labels, "Bagian 1 dari 3", a
table of contents, the credits of the writers, the editors, the photographers, the
designers and the developers, a reading-progress label); the page of an English-language
foreign outlet (a Japanese, a Korean, an Australian, a Malaysian, a Dutch or an American
paper or agency) carrying an Indonesian text from a partner, with its furniture in
English (cookie and consent texts, a paywall's and a meter's lines, newsletter boxes,
"Advertisement", "Read more:", "Most read", an author's box, agency datelines); and the
print or reader view of a government's or an outlet's article (WP-Print, a PHP portal's
``cetak.php``, Joomla's print template, a "mode baca", the AMP plugin's reader template,
a bare page) with the site's name as plain text, "Dicetak dari:", "Dicetak pada:",
"[Cetak] [Tutup]" and a copyright line. They were written by a session that never read
the extractor nor ran it, from what such pages look like, and committed before any rule
was run on them: never tune a rule on them. Each takes a seeded ``random.Random`` and a
real ``Text`` and returns the page's URL, its HTML and its ``Truth``; every furniture line
put inside the article container (the block that holds the headline, the meta lines and
the paragraphs) is in the truth's ``junk``, whole and piece by piece where the page
renders it from several elements. A pull quote that repeats a sentence of the text is
junk, and so are a long read's chapter headings and its table of contents. About one
call in eight gives a section's listing page instead (``Truth.article`` false), whose
title is the section's heading; a print view's listing is the print of an index.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD) has a zone-aware moment in that zone: WIB, WITA or
WIT for an Indonesian site, the outlet's own zone for a foreign outlet (JST, KST, MYT,
AEST and AEDT, AWST, CET and CEST, the American zones with their daylight time, HST). A
time printed without any zone is WIB's, and only pages of sites in WIB print one; a
foreign outlet never prints a time without its zone. A page that prints only a date,
with at most a UTC stamp beside it (Yoast's ``+00:00``, a ``Z``), has the date, and its
moment falls in office hours so that the UTC stamp is on the same day. A relative time
("2 jam yang lalu", "3 hours ago") is printed only beside a stamp with an offset. A
print view's print date ("Dicetak pada: ...", "Tanggal cetak", "Printed on") is
furniture and never the truth, and is always later than the article's; it may stand
above the article, but it is always labelled, and the article's own date is always
printed in the page with its label or its line. An agency's dateline before the first
paragraph ("SEOUL, May 13 (Yonhap) --", "KUALA LUMPUR: ", "BONE –"), an "Updated" line,
a related list's dates and a series' other parts are furniture, never the truth: the
page's own date is always printed or stamped before them. A page that a paywall cuts
short has the paragraphs it shows.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

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
    moment,
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

_FIRST = ("Muhammad Ridwan", "Ketut", "Yosua", "Andi Tenri", "Irwan", "Dewi Sartika", "Hendrik",
          "Nasaruddin", "Theresia", "Wahyudi", "Abdul Rahman", "Yulius", "Rini", "Syamsul",
          "Octavianus", "Nurhaliza", "Benediktus", "Asmawati")
_LAST = ("Pattiasina", "Rumbiak", "Lamusu", "Siregar", "Wenas", "Mokoginta", "Saragih",
         "Latuconsina", "Tanamal", "Simanjuntak", "Hehanussa", "Daeng Ngerang", "Tumbelaka",
         "Pasaribu", "Wonda", "Hutapea", "Ismail", "Lewerissa")
_ACTS = ("saat memberikan keterangan kepada wartawan", "saat meninjau lokasi kegiatan",
         "menghadiri rapat koordinasi", "menyerahkan bantuan kepada warga",
         "membuka kegiatan sosialisasi", "berdialog dengan masyarakat",
         "memimpin apel pagi", "menandatangani nota kesepahaman", "meresmikan gedung baru")
_TAGS = ("pemerintahan", "pelayanan publik", "pembangunan", "kesehatan", "pendidikan",
         "ekonomi", "infrastruktur", "pariwisata", "stunting", "inflasi", "ketahanan pangan",
         "bencana", "UMKM", "dana desa", "lingkungan", "investasi")


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


def _twelve(when: datetime, *, upper: bool = True, dots: bool = False,
            space: bool = False) -> str:
    """``10:30 AM``, ``10:30am``, ``10.30am`` or ``10:30 am``."""
    mark = ("PM" if when.hour >= 12 else "AM") if upper else ("pm" if when.hour >= 12 else "am")
    clock = f"{when.hour % 12 or 12}{'.' if dots else ':'}{when:%M}"
    return f"{clock} {mark}" if upper or space else f"{clock}{mark}"


def _compact(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "", name)


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph) if s]


# the dates an Indonesian site prints: with a date alone, with the zone, with a bare time
# (only WIB's sites), the forms ending in "_s" with the seconds
_ID_PLAIN = ("long", "long", "day_long", "day_long", "F_j_Y", "slash", "dash", "en", "short")
_ID_ZONED = ("long_zone", "day_dash_zone", "day_pukul", "slash_zone", "bar_zone", "comma_zone",
             "en_zone")
_ID_BARE = ("long_bare", "day_bare", "slash_bare", "dash_bare_s", "iso_bare_s")


def _id_date(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    return {
        "long": _long(d, day_name=False),
        "day_long": _long(d),
        "F_j_Y": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "slash": f"{d:%d/%m/%Y}",
        "dash": f"{d:%d-%m-%Y}",
        "en": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
        "short": f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}",
        "long_zone": f"{_long(d, day_name=False)} {hm} {zone}",
        "day_dash_zone": f"{_long(d)} - {hm} {zone}",
        "day_pukul": f"{_long(d)} pukul {when:%H.%M} {zone}",
        "slash_zone": f"{d:%d/%m/%Y} {hm} {zone}",
        "bar_zone": f"{_long(d, day_name=False)} | {hm} {zone}",
        "comma_zone": f"{_long(d, day_name=False)}, {hm} {zone}",
        "en_zone": f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {_twelve(when)} {zone}",
        "long_bare": f"{_long(d, day_name=False)} {hm}",
        "day_bare": f"{_long(d)}, {hm}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}",
        "dash_bare_s": f"{d:%d-%m-%Y} {when:%H:%M:%S}",
        "iso_bare_s": f"{d:%Y-%m-%d} {when:%H:%M:%S}",
    }[form]


def _id_when(rng: random.Random, zone: str, *, chance_time: float, stamps: tuple[str, ...],
             ago: float = 0.0) -> tuple[datetime, str, str, bool]:
    """An Indonesian site's moment, its printed form ("" for a relative time), its stamp
    ("offset", "utc" or "none") and whether its time can be read."""
    if rng.random() < ago:
        shape = "ago"
    elif rng.random() < chance_time:
        shape = "bare" if zone == "WIB" and rng.random() < 0.35 else "zoned"
    else:
        shape = "plain"
    stamp = "offset" if shape == "ago" else rng.choice(stamps)
    form = {"plain": rng.choice(_ID_PLAIN), "zoned": rng.choice(_ID_ZONED),
            "bare": rng.choice(_ID_BARE), "ago": ""}[shape]
    timed = shape != "plain" or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none" or form.endswith("_s"),
                   office_hours=not timed)
    return when, form, stamp, timed


def _ago(rng: random.Random) -> str:
    n = rng.randrange(1, 23)
    return rng.choice((f"{n} jam yang lalu", f"{n} jam lalu", f"{rng.randrange(2, 59)} menit "
                       "yang lalu", f"{n} jam yang lalu"))


def _machine(when: datetime, stamp: str) -> str:
    return _iso(when) if stamp == "offset" else _utc_plus(when) if stamp == "utc" else ""


# -- 1. a police or an army unit's news portal ------------------------------------------------

# (kind, the site's name, its short name, host, zone, city, the command, its units and the
#  units' places)
_POLICE_SITES = (
    ("polri", "Tribratanews Polda Sulawesi Selatan", "Tribratanews Polda Sulsel",
     "tribratanews.sulsel.polri.go.id", "WITA", "Makassar", "Polda Sulsel",
     (("Polres Bone", "Bone"), ("Polres Gowa", "Gowa"), ("Polrestabes Makassar", "Makassar"),
      ("Polres Pinrang", "Pinrang"), ("Polres Luwu Utara", "Masamba"))),
    ("polri", "Tribratanews Polda Jawa Timur", "Tribratanews Jatim",
     "tribratanews.jatim.polri.go.id", "WIB", "Surabaya", "Polda Jatim",
     (("Polres Kediri Kota", "Kediri"), ("Polresta Sidoarjo", "Sidoarjo"),
      ("Polresta Banyuwangi", "Banyuwangi"), ("Polres Pasuruan", "Pasuruan"))),
    ("polri", "Tribratanews Polda Kepulauan Riau", "Tribratanews Kepri",
     "tribratanews.kepri.polri.go.id", "WIB", "Batam", "Polda Kepri",
     (("Polresta Barelang", "Batam"), ("Polres Karimun", "Karimun"), ("Polres Bintan", "Bintan"),
      ("Polres Natuna", "Natuna"))),
    ("polri", "Tribratanews Polda Maluku", "Tribratanews Maluku",
     "tribratanews.maluku.polri.go.id", "WIT", "Ambon", "Polda Maluku",
     (("Polresta Pulau Ambon", "Ambon"), ("Polres Maluku Tengah", "Masohi"),
      ("Polres Pulau Buru", "Namlea"), ("Polres Kepulauan Tanimbar", "Saumlaki"))),
    ("polri", "Tribratanews Polda Papua", "Tribratanews Papua",
     "tribratanews.papua.polri.go.id", "WIT", "Jayapura", "Polda Papua",
     (("Polresta Jayapura Kota", "Jayapura"), ("Polres Mimika", "Timika"),
      ("Polres Merauke", "Merauke"), ("Polres Biak Numfor", "Biak"))),
    ("polri", "Tribratanews Polda Nusa Tenggara Timur", "Tribratanews NTT",
     "tribratanews.ntt.polri.go.id", "WITA", "Kupang", "Polda NTT",
     (("Polresta Kupang Kota", "Kupang"), ("Polres Sikka", "Maumere"),
      ("Polres Manggarai Barat", "Labuan Bajo"), ("Polres Sumba Timur", "Waingapu"))),
    ("polri", "Tribratanews Polda Kalimantan Barat", "Tribratanews Kalbar",
     "tribratanews.kalbar.polri.go.id", "WIB", "Pontianak", "Polda Kalbar",
     (("Polresta Pontianak", "Pontianak"), ("Polres Sanggau", "Sanggau"),
      ("Polres Ketapang", "Ketapang"), ("Polres Sambas", "Sambas"))),
    ("polri", "Tribratanews Polda Bali", "Tribratanews Bali", "tribratanews.bali.polri.go.id",
     "WITA", "Denpasar", "Polda Bali",
     (("Polresta Denpasar", "Denpasar"), ("Polres Badung", "Badung"),
      ("Polres Gianyar", "Gianyar"), ("Polres Buleleng", "Singaraja"))),
    ("polri", "Divisi Humas Polri", "Humas Polri", "humas.polri.go.id", "WIB", "Jakarta",
     "Divhumas Polri",
     (("Polda Metro Jaya", "Jakarta"), ("Polda Jawa Barat", "Bandung"),
      ("Polda Sumatera Utara", "Medan"), ("Polda Lampung", "Bandar Lampung"))),
    ("polri", "Tribratanews Polri", "Tribratanews", "tribratanews.polri.go.id", "WIB", "Jakarta",
     "Mabes Polri",
     (("Polda Riau", "Pekanbaru"), ("Polda Jawa Tengah", "Semarang"),
      ("Polda Banten", "Serang"), ("Polda Sumatera Selatan", "Palembang"))),
    ("tni", "Penerangan Kodam XIV/Hasanuddin", "Pendam XIV/Hasanuddin",
     "pendam14.tniad.mil.id", "WITA", "Makassar", "Kodam XIV/Hasanuddin",
     (("Kodim 1407/Bone", "Bone"), ("Kodim 1408/Makassar", "Makassar"),
      ("Korem 141/Toddopuli", "Watampone"), ("Kodim 1403/Palopo", "Palopo"))),
    ("tni", "Penerangan Kodam V/Brawijaya", "Pendam V/Brawijaya", "pendam5.tniad.mil.id", "WIB",
     "Surabaya", "Kodam V/Brawijaya",
     (("Kodim 0809/Kediri", "Kediri"), ("Kodim 0825/Banyuwangi", "Banyuwangi"),
      ("Korem 083/Baladhika Jaya", "Malang"), ("Kodim 0816/Sidoarjo", "Sidoarjo"))),
    ("tni", "Penerangan Kodam XVI/Pattimura", "Pendam XVI/Pattimura", "pendam16.tniad.mil.id",
     "WIT", "Ambon", "Kodam XVI/Pattimura",
     (("Kodim 1504/Ambon", "Ambon"), ("Korem 151/Binaiya", "Ambon"),
      ("Kodim 1502/Masohi", "Masohi"), ("Kodim 1506/Namlea", "Namlea"))),
    ("tni", "Penerangan Kodam XVII/Cenderawasih", "Pendam XVII/Cenderawasih",
     "pendam17.tniad.mil.id", "WIT", "Jayapura", "Kodam XVII/Cenderawasih",
     (("Kodim 1701/Jayapura", "Jayapura"), ("Kodim 1710/Mimika", "Timika"),
      ("Korem 172/Praja Wira Yakthi", "Jayapura"))),
    ("tni", "Penerangan Korem 161/Wira Sakti", "Penrem 161/Wira Sakti", "korem161.tniad.mil.id",
     "WITA", "Kupang", "Korem 161/Wira Sakti",
     (("Kodim 1604/Kupang", "Kupang"), ("Kodim 1627/Rote Ndao", "Ba'a"),
      ("Kodim 1603/Sikka", "Maumere"))),
    ("tni", "Kodim 0410/Kota Bandar Lampung", "Kodim 0410/KBL", "kodim0410.tniad.mil.id", "WIB",
     "Bandar Lampung", "Korem 043/Garuda Hitam",
     (("Kodim 0410/Kota Bandar Lampung", "Bandar Lampung"), ("Koramil 410-01/Panjang",
                                                             "Bandar Lampung"))),
)
_POLICE_RANKS = ("Bripda", "Briptu", "Brigpol", "Bripka", "Bripka", "Aipda", "Aiptu", "Ipda",
                 "Iptu", "AKP")
_CHIEF_RANKS = ("AKBP", "Kompol", "AKP", "Kombes Pol")
_ARMY_RANKS = ("Pratu", "Praka", "Kopda", "Serda", "Sertu", "Serka", "Serma", "Pelda", "Letda",
               "Lettu")
_ARMY_CHIEFS = ("Letkol Inf", "Letkol Arh", "Kolonel Inf", "Mayor Inf", "Kapten Inf")
_POLICE_CATEGORIES = ("Berita", "Polres Jajaran", "Kamtibmas", "Lalu Lintas", "Binmas",
                      "Reskrim", "Humas", "Berita Polda", "Sosial", "Giat Polres", "Presisi")
_ARMY_CATEGORIES = ("Berita Satuan", "Teritorial", "Babinsa", "Karya Bakti", "TMMD",
                    "Berita Kodim", "Kegiatan", "Berita Kodam")
_POLICE_ROLES = ("Kapolres", "Wakapolres", "Kasat Lantas", "Kasat Binmas", "Kasi Humas",
                 "Kapolsek")
_ARMY_ROLES = ("Dandim", "Danrem", "Kasdim", "Danramil", "Pasi Ter")


def _humas(unit: str) -> str:
    return f"Bid Humas {unit}" if unit.startswith("Polda") else f"Humas {unit}"


def _pen(unit: str) -> str:
    for word, pen in (("Kodim", "Pendim"), ("Korem", "Penrem"), ("Kodam", "Pendam"),
                      ("Koramil", "Pen Koramil")):
        if unit.startswith(word):
            return pen + unit[len(word):]
    return f"Penerangan {unit}"


def _phone(rng: random.Random) -> str:
    return (f"08{rng.choice((1, 1, 2, 5))}{rng.randrange(1, 10)}-{rng.randrange(1000, 10000)}-"
            f"{rng.randrange(1000, 10000)}")


def tribratanews_polri(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A news page of a police portal (a Polda's Tribratanews, Polri's Humas, Mabes Polri's
    Tribratanews) or of an army unit's "Penerangan" site (a Kodam's, a Korem's, a Kodim's),
    republishing a unit's news: WordPress with a tagDiv theme (``td-post-header``,
    ``td-module-meta-info``, ``td-post-content``, the next and previous posts) or a JNews
    theme (``jeg_inner_content``, breadcrumbs, ``jeg_meta_container``, the inline related
    posts), or a custom Bootstrap CMS (a card with the category's badge and an icon meta
    line); ranks and names in the credits ("Penulis: Bripka ...", "Reporter: Serka ... |
    Editor: ..."), "Humas Polres X" and "Pendim 1407/Bone" credits and codes, the
    "Penulis/Editor/Publisher" block, the hashtags' line (#PolriPresisi ...), "Call Center
    110" and hotline banners, Presisi, PPID and Zona Integritas badges, captions with an
    officer's rank, datelines ("BONE –", "Tribratanews.sulsel.polri.go.id – Bone."), "Baca
    Juga", tags, share buttons and related posts inside or after the article; dates as
    WordPress or the CMS prints them, with the zone, with a bare time at WIB's sites, or a
    relative time beside an offset stamp; Yoast's UTC stamps, offsets or none."""
    kind, name, short, host, zone, city, command, units = rng.choice(_POLICE_SITES)
    police = kind == "polri"
    unit, place = rng.choice(units)
    credit = _humas(unit) if police else _pen(unit)
    base = f"https://{host}"
    cms = rng.choice(("tagdiv", "tagdiv", "jnews", "jnews", "custom", "custom"))
    site = rng.choice((name, short, name))
    category = rng.choice(_POLICE_CATEGORIES if police else _ARMY_CATEGORIES)
    s = slug(text.headline)
    post_id = rng.randrange(2000, 90000)
    if rng.random() < 1 / 8:
        return _police_listing(rng, text, site, base, zone, cms, category)

    # the dates
    stamps = {"tagdiv": ("utc", "utc", "offset", "none"), "jnews": ("offset", "utc", "none"),
              "custom": ("offset", "none", "none")}[cms]
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.55, stamps=stamps,
                                        ago=0.12 if cms != "tagdiv" else 0.0)
    day = when.date()
    machine = _machine(when, stamp)
    printed = _id_date(form, when, zone) if form else _ago(rng)
    url = rng.choice((f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/{s}/", f"{base}/berita/{s}/")
                     if cms != "custom" else
                     (f"{base}/berita/detail/{post_id}/{s}", f"{base}/news/{post_id}-{s}.html",
                      f"{base}/index.php/{slug(category)}/{post_id}-{s}"))
    j = Junk()

    # the people
    ranks = _POLICE_RANKS if police else _ARMY_RANKS
    person = f"{rng.choice(ranks)} {_person(rng)}"
    editor = rng.choice((f"{rng.choice(ranks)} {_person(rng)}", rng.choice(NAMES),
                         f"Tim {credit}"))
    credit_form = rng.choice(("person", "person", "humas", "pair", "block", "block", "none"))
    author: str | None = None
    if credit_form in ("person", "pair"):
        author = person
    elif credit_form == "humas":
        author = credit
    elif credit_form == "block":
        author = rng.choice((person, person, credit))
    poster = ""
    if cms != "custom" or rng.random() < 0.6:
        if author is None and rng.random() < 0.6:
            poster = rng.choice(("admin", "Admin", "humas", credit, f"humas{place.lower()[:6]}",
                                 "Redaksi"))
            author = poster
        elif author and rng.random() < 0.35:
            poster = author

    # the meta line, each theme's way
    by_word = rng.choice(("By", "Oleh", "by", "oleh")) if cms != "custom" else ""
    in_body = bool(machine) and rng.random() < 0.6
    time_html = (f'<time class="entry-date updated td-module-date" datetime="{machine}">'
                 f"{j(printed)}</time>" if in_body else
                 f'<time class="entry-date">{j(printed)}</time>' if cms == "tagdiv" else
                 f"<span>{j(printed)}</span>")
    views = rng.randrange(20, 9000)
    meta_items: list[str] = []
    if cms == "tagdiv":
        bits = []
        if poster:
            j(by_word)
            j(poster)
            j.also(f"{by_word} {poster}")
            meta_items.append(f"{by_word} {poster} -")
            bits.append(f'<div class="td-post-author-name"><div class="td-author-by">'
                        f'{escape(by_word)}</div> <a href="{base}/author/{slug(poster)}/">'
                        f'{escape(poster)}</a><div class="td-author-line"> - </div></div>')
        meta_items.append(printed)
        bits.append(f'<span class="td-post-date">{time_html}</span>')
        if rng.random() < 0.5:
            bits.append(f'<div class="td-post-comments"><a href="{url}#respond"><i class="td-'
                        f'icon-comments"></i>{rng.choice((0, 0, 1, 3))}</a></div>')
        if rng.random() < 0.5:
            bits.append(f'<div class="td-post-views"><i class="td-icon-views"></i><span class="'
                        f'td-nr-views-{post_id}">{views}</span></div>')
        meta = f'<div class="td-module-meta-info">{"".join(bits)}</div>'
    elif cms == "jnews":
        bits = []
        if poster:
            j.also(f"{by_word} {poster}")
            meta_items.append(f"{by_word} {poster}")
            bits.append(f'<div class="jeg_meta_author"><img alt="{attr(poster)}" src="https://'
                        f'secure.gravatar.com/avatar/{_hex(rng, 32)}?s=80" class="avatar" '
                        f'width="80" height="80"><span class="meta_text">{j(by_word)}</span> <a '
                        f'href="{base}/author/{slug(poster)}/">{j(poster)}</a></div>')
        meta_items.append(printed)
        bits.append(f'<div class="jeg_meta_date"><a href="{url}">{time_html}</a></div>')
        if rng.random() < 0.5:
            in_word = rng.choice(("in", "di", "Kategori:"))
            j.also(f"{in_word} {category}")
            meta_items.append(f"{in_word} {category}")
            bits.append(f'<div class="jeg_meta_category"><span><span class="meta_text">'
                        f'{j(in_word)}</span> <a href="{base}/category/{slug(category)}/" rel="'
                        f'category tag">{j(category)}</a></span></div>')
        right = (f'<div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments">'
                 f'<i class="fa fa-comment-o"></i> {rng.choice((0, 0, 2))}</a></div></div>')
        meta = (f'<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">'
                f'<div class="meta_left">{chr(10).join(bits)}</div>{right}</div></div>')
    else:
        bits = []
        if poster:
            meta_items.append(poster)
            bits.append(f'<span class="meta-item"><i class="fa fa-user"></i> {j(poster)}</span>')
        meta_items.append(printed)
        bits.append(f'<span class="meta-item"><i class="fa fa-calendar"></i> {time_html}</span>')
        if rng.random() < 0.55:
            seen = rng.choice((f"Dilihat {thousands(views)} kali", f"{thousands(views)} kali "
                               "dilihat", f"Dibaca: {thousands(views)}"))
            meta_items.append(seen)
            bits.append(f'<span class="meta-item"><i class="fa fa-eye"></i> {j(seen)}</span>')
        if rng.random() < 0.3:
            source = f"Sumber: {credit}"
            meta_items.append(source)
            bits.append(f'<span class="meta-item">{j(source)}</span>')
        meta = f'<div class="news-meta text-muted small">{" ".join(bits)}</div>'
    if len(meta_items) > 1:
        j.also(" ".join(meta_items))

    # the credit lines: at the top, or in a block after the text
    credit_top = ""
    credit_block = ""
    if credit_form == "person":
        line = rng.choice((f"Penulis: {person}", f"Penulis : {person}", f"Reporter: {person}"))
        html = f'<p class="penulis"><strong>{j(line)}</strong></p>'
        if rng.random() < 0.5:
            credit_top = html
        else:
            credit_block = html
    elif credit_form == "humas":
        word = rng.choice(("Penulis:", "Oleh:", "Sumber:"))
        if word == "Sumber:" and author == credit and poster != credit:
            author = poster or None  # a source's line names no writer
        line = f"{word} {credit}"
        credit_top = f'<div class="post-source">{j(line)}</div>'
    elif credit_form == "pair":
        items = [f"Reporter: {person}", f"Editor: {editor}"]
        credit_top = ('<div class="reporter-editor">' + _pieced(
            j, items, " | ", '<span class="credit">{x}</span>') + "</div>")
    elif credit_form == "block":
        rows = [("Penulis", author or person), ("Editor", editor)]
        if rng.random() < 0.7:
            rows.append(("Publisher", rng.choice((_humas(command) if police else _pen(command),
                                                  "Tim Multimedia Humas", f"Admin {short}",
                                                  credit))))
        if rng.random() < 0.4:
            rows.append(("Foto", rng.choice((credit, f"Dok. {credit}", person))))
        glue = rng.choice((": ", " : "))
        lines = [f"{k}{glue}{v}" for k, v in rows]
        look = rng.choice(("lines", "lines", "row"))
        if look == "lines":
            credit_block = ('<p class="credits">' + "<br>\n".join(j(x) for x in lines) + "</p>")
        else:
            j.also(" | ".join(lines))
            credit_block = ('<div class="post-credits">' + " | ".join(
                f"<span>{j(x)}</span>" for x in lines) + "</div>")

    # the headline and the category
    look_h = {"tagdiv": rng.choice(("h1", "h1", "h1")), "jnews": "h1",
              "custom": rng.choice(("h1", "h2", "h3", "h2"))}[cms]
    h_cls = {"tagdiv": "entry-title", "jnews": "jeg_post_title",
             "custom": rng.choice(("news-title", "judul", "card-title fw-bold"))}[cms]
    headline = f'<{look_h} class="{h_cls}">{escape(text.headline)}</{look_h}>'
    kicker = ""
    if rng.random() < 0.6:
        kicker = {"tagdiv": f'<ul class="td-category"><li class="entry-category"><a href="{base}'
                            f'/category/{slug(category)}/">{j(category)}</a></li></ul>',
                  "jnews": f'<div class="jeg_post_category"><a href="{base}/category/'
                           f'{slug(category)}/">{j(category)}</a></div>',
                  "custom": f'<span class="badge bg-primary">{j(category)}</span>'}[cms]
    crumbs = ""
    if cms == "jnews" and rng.random() < 0.6:
        items = [rng.choice(("Beranda", "Home")), category]
        glue = rng.choice((" » ", " › ", " / "))
        j.also(glue.join(items) + glue.rstrip())
        crumbs = ('<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">'
                  + escape(glue).join(f'<span><a href="{base}/">{j(x)}</a></span>' for x in items)
                  + f'{escape(glue.rstrip())}</div></div>')

    # the picture
    chief = f"{rng.choice(_CHIEF_RANKS if police else _ARMY_CHIEFS)} {_person(rng)}"
    role = rng.choice(_POLICE_ROLES if police else _ARMY_ROLES)
    who = f"{role} {place}" if police and role in ("Kapolres", "Wakapolres") else (
        f"{role} {unit}" if police else f"{role} {unit.split(' ', 1)[1]}")
    image = ""
    if rng.random() < 0.8:
        caption = ""
        if rng.random() < 0.6:
            photo = rng.choice((f"(Foto: {credit})", f"Foto: {credit}", f"(Dok. {credit})",
                                f"Foto: {person}", "(Foto: Istimewa)"))
            line = f"{who} {chief} {rng.choice(_ACTS)}. {photo}"
            caption = f'<figcaption class="wp-caption-text">{j(line)}</figcaption>'
        src = (f"{base}/wp-content/uploads/{day:%Y/%m}/{token(rng, 10)}.jpeg" if cms != "custom"
               else f"{base}/storage/berita/{token(rng, 24)}.jpg")
        image = {"tagdiv": '<div class="td-post-featured-image">',
                 "jnews": '<div class="jeg_featured featured_image">',
                 "custom": '<div class="news-image mb-3">'}[cms] + (
            f'<figure class="wp-caption"><img src="{src}" alt="{attr(text.headline)}" '
            f'width="1200" height="800">{caption}</figure></div>')

    # the banners and the badges
    def banner() -> str:
        if police:
            lines = rng.choice((
                ["Call Center 110", "Layanan Kepolisian 24 Jam, Bebas Pulsa"],
                ["Hubungi Call Center Polri 110 apabila membutuhkan bantuan kepolisian"],
                ["Darurat? Hubungi 110", "Gratis, 24 jam"],
                [f"Hotline {unit}: {_phone(rng)}", "(WhatsApp)"],
                ["Lapor Pak Kapolres", f"WhatsApp: {_phone(rng)}"],
                ["Layanan Pengaduan Masyarakat", "Call Center 110", f"Dumas Presisi: "
                 f"{_phone(rng)}"]))
        else:
            lines = rng.choice((
                [f"Layanan Pengaduan Masyarakat {unit}", f"Hotline: {_phone(rng)}"],
                [f"Hotline {unit}: {_phone(rng)}"],
                ["Pengaduan Masyarakat", f"SMS/WA: {_phone(rng)}", "Kami siap melayani"]))
        if len(lines) > 1:
            j.also(" ".join(lines))
        look = rng.choice(("div", "table", "img"))
        if look == "table":
            return ('<table class="callcenter" style="width:100%;background:#ffd400"><tr>'
                    + "".join(f"<td><strong>{j(x)}</strong></td>\n" for x in lines)
                    + "</tr></table>")
        img = (f'<img src="{base}/wp-content/uploads/banner-{slug(lines[0])[:20]}.png" alt="'
               f'{attr(lines[0])}" width="728">' if look == "img" else "")
        return ('<div class="banner-callcenter alert alert-warning">' + img + " ".join(
            f'<span class="cc-line">{j(x)}</span>' for x in lines) + "</div>")

    def badges() -> str:
        pool = (("Polri Presisi", "PPID Polri", "Zona Integritas", "WBK", "Saber Pungli",
                 "Propam Presisi", "Dumas Presisi", "Polisi Sahabat Anak")
                if police else ("TNI AD", "PPID TNI AD", "Zona Integritas",
                                "Manunggal TNI-Rakyat", "Stop Pungli"))
        labels = rng.sample(pool, rng.randrange(2, 5))
        if police and rng.random() < 0.35:
            labels.append("PRESISI: Prediktif, Responsibilitas, Transparansi Berkeadilan")
        captioned = rng.random() < 0.7  # or the badges' pictures alone, their alt texts
        if captioned:
            j.also(" ".join(labels))
        return ('<div class="badge-row">' + " ".join(
            f'<a href="{base}/{slug(x)[:24]}/" class="badge-link"><img src="{base}/assets/img/'
            f'{slug(x)[:24]}.png" alt="{attr(x)}" height="60">'
            + (f'<span class="badge-caption">{j(x)}</span>' if captioned else "") + "</a>"
            for x in labels) + "</div>")

    # the text
    dateline = ""
    if rng.random() < 0.55:
        options = [f"{place.upper()} –", f"{place.upper()} -", f"{place}, {credit} –",
                   f"{credit} –", f"{place.upper()}, {credit.upper()} -"]
        if police and host.startswith(("tribratanews", "humas")):
            options.append(f"{host[:1].upper()}{host[1:]} – {place}.")
        dateline = rng.choice(options)
    pstyle = rng.choice(("p", "justify", "span", "br") if cms == "custom" else
                        ("p", "p", "justify", "span"))
    inline_related_at = (rng.randrange(1, len(text.paragraphs))
                         if rng.random() < 0.4 and len(text.paragraphs) > 2 else -1)
    banner_at = rng.choice(("none", "none", "inside", "after", "top"))
    banner_inside = (rng.randrange(1, len(text.paragraphs)) if banner_at == "inside" else -1)
    parts: list[str] = []
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        if pstyle == "justify":
            parts.append(f'<p style="text-align: justify;">{words}</p>')
        elif pstyle == "span":
            parts.append(f'<p><span style="font-size: 12pt; font-family: arial, helvetica, '
                         f'sans-serif;">{words}</span></p>')
        elif pstyle == "br":
            parts.append(words + "<br>\n<br>")
        else:
            parts.append(f"<p>{words}</p>")
        if n + 1 == inline_related_at:
            others = other_texts(rng, text, rng.choice((1, 1, 2, 3)))
            label = rng.choice(("Baca Juga", "Baca Juga:", "BACA JUGA", "Baca juga"))
            if cms == "jnews":
                parts.append('<div class="jnews_inline_related_post_wrapper"><div class="jeg_'
                             'postblock jeg_postblock_21"><div class="jeg_block_heading"><h3 '
                             f'class="jeg_block_title"><span>{j(label)}</span></h3></div><div '
                             'class="jeg_posts">' + "".join(
                                 f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="'
                                 f'{base}/{slug(o.headline)}/">{j(o.headline)}</a></h3></article>'
                                 for o in others) + "</div></div></div>")
            else:
                for o in others:
                    j.also(f"{label} {o.headline}")
                    parts.append(f'<p class="baca-juga"><strong>{escape(label)}</strong> <a '
                                 f'href="{base}/{slug(o.headline)}/">{j(o.headline)}</a></p>')
                j(label)
        if n + 1 == banner_inside:
            parts.append(banner())
    tail: list[str] = []
    if rng.random() < 0.4:
        code = rng.choice(("(hms)", f"({credit})", "(*)", f"({credit}/{_hex(rng, 2)})", "(ril)",
                           f"({_compact(credit).lower()[:8]})"))
        tail.append(f"<p>{j(code)}</p>")
    hashtags = []
    if rng.random() < 0.6:
        if police:
            pool = ["#PolriPresisi", "#PolriUntukMasyarakat", "#HumasPolri",
                    f"#{_compact(command)}", f"#{_compact(unit)}", f"#Humas{_compact(unit)}",
                    "#KapolriListyoSigitPrabowo", "#Kamtibmas", "#PolriPeduli",
                    "#PolisiBaik"]
        else:
            pool = ["#TNIAD", "#TNIPrimaTNIADMengabdiUntukRakyat", f"#{_compact(command)}",
                    f"#{_compact(unit)}", "#BersamaRakyatTNIKuat", "#Babinsa",
                    "#TNIManunggalRakyat", "#KemanunggalanTNIRakyat"]
        hashtags = [pool[0], *rng.sample(pool[1:], rng.randrange(2, 6))]
        linked = rng.random() < 0.6
        j.also(" ".join(hashtags))
        if linked:
            tail.append("<p>" + " ".join(f'<a href="{base}/tag/{x[1:].lower()}/">{j(x)}</a>'
                                         for x in hashtags) + "</p>")
        else:
            tail.append(f"<p><strong>{escape(' '.join(hashtags))}</strong></p>")
    if credit_block:
        tail.insert(rng.randrange(len(tail) + 1), credit_block)
    if banner_at == "after":
        tail.append(banner())
    body_html = ("".join(parts) if pstyle != "br" else
                 f'<div class="isi-berita">{"".join(parts)}</div>') + "".join(tail)
    banner_top = banner() if banner_at == "top" else ""

    # what follows the text
    follow: list[str] = []
    if rng.random() < 0.5:
        tags = rng.sample((*_TAGS, unit, command, place, category.lower()), rng.randrange(2, 5))
        tags = list(dict.fromkeys(tags))
        label_t = rng.choice(("Tags:", "TAGS", "Tag:", "Topik:"))
        j.also(" ".join([label_t, *tags]))
        follow.append(f'<div class="td-post-source-tags jeg_post_tags"><span>{j(label_t)}</span> '
                      + " ".join(f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>'
                                 for t in tags) + "</div>")
    if rng.random() < 0.55:
        nets = [n for n in ("Facebook", "Twitter", "WhatsApp", "Telegram", "Email", "Print")
                if rng.random() < 0.55] or ["WhatsApp"]
        word = rng.choice(("Bagikan:", "Share", "Bagikan", "BAGIKAN"))
        j.also(" ".join([word, *nets]))
        follow.append(f'<div class="td-post-sharing jeg_share_button"><span class="share-label">'
                      f"{j(word)}</span> " + " ".join(
                          f'<a href="#" class="share-{slug(n)}"><span>{j(n)}</span></a>'
                          for n in nets) + "</div>")
    if rng.random() < 0.45:
        follow.append(badges())
    if rng.random() < 0.45:
        prev_o, next_o = other_texts(rng, text, 2)
        words = rng.choice((("Sebelumnya", "Selanjutnya"), ("Previous article", "Next article"),
                            ("Berita Sebelumnya", "Berita Selanjutnya")))
        sides = []
        for word, other in zip(words, (prev_o, next_o), strict=True):
            j.also(f"{word} {other.headline}")
            sides.append(f'<div class="td-block-span6"><span>{j(word)}</span> <a href="{base}/'
                         f'{slug(other.headline)}/">{j(other.headline)}</a></div>')
        follow.append(f'<div class="td-block-row td-post-next-prev">{"".join(sides)}</div>')
    related_inside = rng.random() < 0.5
    put_r = j if related_inside else escape
    rel_word = rng.choice(("Berita Terkait", "Baca Juga", "Berita Lainnya", "Artikel Terkait",
                           "Related Posts", "Berita Polres Jajaran" if police else
                           "Berita Satuan Jajaran"))
    dated = rng.random() < 0.5
    rel_items = []
    for k, other in enumerate(other_texts(rng, text, rng.choice((3, 4, 6)))):
        other_day = day - timedelta(days=k + rng.randrange(1, 9))
        date_bit = (f' <span class="rel-date">{put_r(_long(other_day, day_name=False))}</span>'
                    if dated else "")
        rel_items.append(f'<li><a href="{base}/{slug(other.headline)}/">{put_r(other.headline)}'
                         f"</a>{date_bit}</li>")
    related = (f'<div class="td_block_related_posts related-posts"><h4 class="td-related-title">'
               f'{put_r(rel_word)}</h4><ul>{"".join(rel_items)}</ul></div>')
    if related_inside:
        follow.insert(rng.randrange(len(follow) + 1), related)
        related = ""

    # the container
    top = [crumbs, kicker, headline, meta, credit_top]
    if rng.random() < 0.25:
        top = [crumbs, kicker, meta, headline, credit_top]
    if cms == "tagdiv":
        article = (f'<article id="post-{post_id}" class="post-{post_id} post type-post status-'
                   f'publish format-standard has-post-thumbnail category-{slug(category)}"><div '
                   f'class="td-post-header"><header class="td-post-title">{"".join(top)}'
                   f'</header></div>{image}{banner_top}<div class="td-post-content tagdiv-type">'
                   f'{body_html}</div><footer>{"".join(follow)}</footer></article>')
    elif cms == "jnews":
        article = (f'<div class="jeg_inner_content"><div class="entry-header">{"".join(top)}'
                   f'</div>{image}{banner_top}<div class="entry-content no-share"><div class="'
                   f'content-inner">{body_html}</div></div>{"".join(follow)}</div>')
    else:
        article = (f'<div class="card shadow-sm detail-berita"><div class="card-body">'
                   f'{"".join(top)}{image}{banner_top}<div class="news-content">{body_html}</div>'
                   f'{"".join(follow)}</div></div>')

    # the head, the shell
    title = joined_title(rng, text.headline, site, (" - ", " | ", " – ", " » "))
    head: list[str] = []
    if cms != "custom" or rng.random() < 0.5:
        head += ['<meta property="og:locale" content="id_ID">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and (not in_body or rng.random() < 0.7):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if machine and rng.random() < 0.45:
        head.append(_ld({"@context": "https://schema.org", "@type": rng.choice(
            ("NewsArticle", "Article", "BlogPosting")), "headline": text.headline,
            "datePublished": machine, "publisher": {"@type": "GovernmentOrganization",
                                                    "name": name}}
            | ({"author": {"@type": "Person", "name": author}} if author else {})))
    if rng.random() < 0.4:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    menu = (("Beranda", "Profil", "Berita", "Polres Jajaran", "Layanan", "PPID", "Pengaduan")
            if police else ("Beranda", "Profil", "Berita", "Satuan Jajaran", "Galeri", "PPID"))
    nav = "".join(f'<li><a href="{base}/{slug(m)}/">{escape(m)}</a></li>' for m in menu)
    popular = "".join(f'<li><a href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
                      for o in other_texts(rng, text, 4))
    sticky = ('<a href="tel:110" class="floating-110">Call Center 110</a>' if police
              and rng.random() < 0.5 else "")
    html = f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
</head>
<body class="{'single single-post postid-' + str(post_id) if cms != 'custom' else 'detail'}">
<div class="td-header-wrap header"><a href="{base}/" class="logo">{escape(site)}</a>
<ul class="menu">{nav}</ul></div>
<div class="td-main-content-wrap container"><div class="row">
<div class="col-md-8 td-ss-main-content">
{article}
{related}
</div><aside class="col-md-4 sidebar"><h3>Terpopuler</h3><ol>{popular}</ol></aside></div></div>
{sticky}
<footer class="td-footer-wrap"><p>{escape(name)} &middot; {escape(city)}</p>
<p>&copy; {day.year} {escape(short)}. All rights reserved.</p></footer>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, site,
                            tuple(j.lines))


def _police_listing(rng: random.Random, text: Text, site: str, base: str, zone: str, cms: str,
                    category: str) -> tuple[str, str, Truth]:
    """A category's archive: the archive's title, cards with dates and excerpts, a pager."""
    day = when_in(rng, zone).date()
    heading = rng.choice((category, f"Kategori: {category}", f"Arsip {category}",
                          "Berita Terkini", category.upper()))
    shown = listing_items(rng, text, day, rng.randrange(6, 14))
    cards = "".join(
        f'<div class="td_module_10 td_module_wrap"><h3 class="entry-title td-module-title"><a '
        f'href="{base}/{slug(o.headline)}/">{escape(o.headline)}</a></h3><div class="td-module-'
        f'meta-info"><span class="td-post-date"><time class="entry-date">{_long(d, day_name=False)}'
        f'</time></span></div><div class="td-excerpt">{escape(_teaser(rng, o.paragraphs[0]))}'
        "</div></div>" for o, d in shown)
    url = f"{base}/{rng.choice(('category/' + slug(category) + '/', 'berita/', 'page/2/'))}"
    html = f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><title>{escape(heading)} - {escape(site)}</title>
</head><body class="archive category {cms}"><div class="header"><a href="{base}/">{escape(site)}</a>
</div><div class="td-main-content-wrap"><h1 class="entry-title td-page-title">{escape(heading)}</h1>
{cards}<div class="page-nav td-pb-padding-side"><span class="current">1</span><a
 href="{base}/page/2/" class="page">2</a><a href="{base}/page/2/"><i
 class="td-icon-menu-right"></i></a></div></div>
<footer>&copy; {day.year} {escape(site)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


# -- 2. a long read or a special report -------------------------------------------------------

# (brand, host, zone, kind, the photographers' credit tag)
_LONGREADS = (
    ("Kompas.id", "www.kompas.id", "WIB", "kompas", "KOMPAS"),
    ("VIK Kompas.com", "vik.kompas.com", "WIB", "vik", "KOMPAS.com"),
    ("Tempo", "interaktif.tempo.co", "WIB", "tempo", "TEMPO"),
    ("detikX", "news.detik.com/x", "WIB", "detikx", "detikX"),
    ("Jubi", "jubi.id", "WIT", "news", "Jubi"),
    ("Tribun Timur", "makassar.tribunnews.com", "WITA", "news", "TRIBUN-TIMUR.COM"),
    ("Project Multatuli", "projectmultatuli.org", "WIB", "indie", "Project Multatuli"),
    ("Mongabay Indonesia", "www.mongabay.co.id", "WIB", "indie", "Mongabay Indonesia"),
    ("Pemerintah Provinsi Jawa Tengah", "jatengprov.go.id", "WIB", "gov", "Humas Jateng"),
    ("Diskominfotik Provinsi NTB", "diskominfotik.ntbprov.go.id", "WITA", "gov",
     "Diskominfotik NTB"),
    ("Pemerintah Provinsi Maluku", "malukuprov.go.id", "WIT", "gov", "Humas Maluku"),
    ("Pemerintah Provinsi Sulawesi Tengah", "sultengprov.go.id", "WITA", "gov",
     "Biro Adpim Sulteng"),
)
_LONG_KICKERS = {
    "kompas": ("INTERAKTIF", "LAPORAN KHUSUS", "JELAJAH", "EKSPEDISI"),
    "vik": ("VISUAL INTERAKTIF KOMPAS", "VIK", "LAPORAN VISUAL"),
    "tempo": ("LONGFORM", "LAPORAN UTAMA", "INVESTIGASI", "LAPORAN KHUSUS"),
    "detikx": ("INVESTIGASI", "INTERMESO", "SPOTLIGHT", "CRIME STORY"),
    "news": ("LAPORAN KHUSUS", "LIPUTAN KHUSUS", "LAPORAN MENDALAM"),
    "indie": ("LONGREAD", "LAPORAN MENDALAM", "SERIAL", "LIPUTAN MENDALAM"),
    "gov": ("LIPUTAN KHUSUS", "LAPORAN KHUSUS", "FEATURE", "KISAH INSPIRATIF"),
}
_CHAPTERS = ("Awal Mula", "Jalan Panjang", "Di Balik Angka", "Suara dari Kampung",
             "Harapan yang Tersisa", "Menata Ulang", "Titik Balik", "Yang Tertinggal",
             "Babak Baru", "Bertahan di Tengah Krisis", "Menanti Kepastian", "Jejak di Lapangan",
             "Pekerjaan Rumah", "Mencari Jalan Keluar", "Di Persimpangan", "Menatap ke Depan")
_SERIES = ("Jejak Pembangunan di Timur", "Menjaga Pangan Desa", "Wajah Baru Pelayanan Publik",
           "Merawat Pesisir", "Anak-anak Perbatasan", "Kota yang Berbenah", "Air untuk Semua")
_PLACES = ("Kabupaten Asmat", "Pulau Seram", "Kabupaten Nunukan", "Lembah Baliem",
           "pesisir Demak", "Kabupaten Sumba Timur", "Kepulauan Aru", "Kabupaten Banggai",
           "Pulau Lombok", "Kabupaten Kapuas Hulu", "Teluk Tomini", "Kabupaten Wonosobo")
_SCENES = ("Suasana permukiman warga di tepi sungai", "Petani memanen padi di sawah",
           "Anak-anak berjalan menuju sekolah", "Nelayan menurunkan hasil tangkapan",
           "Deretan rumah panggung", "Aktivitas warga di pasar tradisional",
           "Pemandangan dari udara", "Jalan desa yang rusak", "Petugas kesehatan memeriksa balita",
           "Perahu motor bersandar di dermaga")
_STEPS = ("Titik awal perjalanan tim", "Lokasi pembangunan", "Wilayah terdampak banjir",
          "Permukiman warga", "Kawasan hutan lindung", "Jalur distribusi logistik",
          "Batas administrasi desa", "Area persawahan", "Dermaga lama", "Kantor desa")
_ROMAN = ("I", "II", "III", "IV", "V", "VI")


def _chunks(rng: random.Random, paragraphs: tuple[str, ...], count: int) -> list[list[str]]:
    """The paragraphs cut into ``count`` chapters, each of one paragraph at least."""
    cuts = sorted(rng.sample(range(1, len(paragraphs)), count - 1)) if count > 1 else []
    edges = [0, *cuts, len(paragraphs)]
    return [list(paragraphs[a:b]) for a, b in itertools.pairwise(edges)]


def longform_interactive(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A long read or a special report of a national outlet (Kompas.id's "Interaktif",
    VIK Kompas.com, Tempo's longform, detikX), a regional outlet, an independent one
    (Project Multatuli, Mongabay) or a province's "Liputan Khusus": a full-width hero with
    the kicker ("LAPORAN KHUSUS", "LONGFORM"), the series' label ("Bagian 1 dari 3"), the
    headline (now and then with the kicker inside its ``h1``), a standfirst and a scroll
    hint; the credits of the writers, the editors, the photographers, the designers and the
    developers, as a list, lines or a grid, above or below the text; the date with or
    without its time, a reading time, a reading-progress label, an audio player's label;
    a table of contents; chapters with their numbers ("01", "Bab 2", "BAGIAN III") and
    titles; pull quotes repeating a sentence of the text, with a share button;
    full-width photographs with captions and credits ("KOMPAS/NAMA"); a scrollytelling
    block whose steps hold a chapter's paragraphs or a map's labels beside a sticky
    picture; an infographic (an SVG's labels and values, its source and its designer); an
    end mark; the series' other parts; share bars, "Kembali ke atas"; og, JSON-LD or
    ``<time>`` stamps, or none for an app that only prints its date."""
    brand, host, zone, kind, tag = rng.choice(_LONGREADS)
    base = f"https://{host}"
    s = slug(text.headline)
    kicker_word = rng.choice(_LONG_KICKERS[kind])
    gov = kind == "gov"
    if rng.random() < 1 / 8:
        return _longform_listing(rng, text, brand, base, zone, kicker_word)

    # the dates
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.45,
                                        stamps=("offset", "offset", "utc", "none", "none"))
    day = when.date()
    machine = _machine(when, stamp)
    printed = _id_date(form, when, zone)
    url = rng.choice((f"{base}/{s}", f"{base}/interaktif/{s}/", f"{base}/laporan-khusus/{s}",
                      f"{base}/{day:%Y/%m}/{s}/", f"{base}/longform/{day.year}/{s}/index.html"))
    j = Junk()
    place = rng.choice(_PLACES)

    # the people
    writers = [_person(rng)] + ([_person(rng)] if rng.random() < 0.25 else [])
    writers_line = rng.choice((" dan ", ", ")).join(writers)
    editor = rng.choice((*NAMES, _person(rng)))
    photographer = _person(rng)
    designer = _person(rng)
    developer = _person(rng)
    roles: list[tuple[str, str]] = [("Penulis", writers_line), ("Editor", editor)]
    if rng.random() < 0.8:
        roles.append((rng.choice(("Fotografer", "Foto", "Fotografi")), photographer))
    if rng.random() < 0.35:
        roles.append(("Videografer", _person(rng)))
    if rng.random() < 0.7:
        roles.append((rng.choice(("Desain", "Desainer Grafis", "Desain Grafis")), designer))
    if rng.random() < 0.4:
        roles.append(("Infografis", rng.choice((designer, _person(rng)))))
    if rng.random() < 0.65:
        roles.append((rng.choice(("Pengembang", "Pengembang Web", "Front-end Developer")),
                      developer))
    if rng.random() < 0.3:
        roles.append((rng.choice(("Produser", "Penanggung Jawab", "Riset")), _person(rng)))
    if gov and rng.random() < 0.5:
        roles = [(k, v) for k, v in roles if k in ("Penulis", "Editor", "Fotografer", "Foto")]
    show_credits = rng.random() < 0.85
    author: str | None = writers_line if show_credits else None

    def credits_block() -> str:
        heading = rng.choice(("Tim Liputan", "Kredit", "TIM", "Tim Redaksi"))
        if rng.random() < 0.4:
            heading = ""
        look = rng.choice(("dl", "dl", "p", "grid", "line"))
        head_html = f'<h3 class="credits__title">{j(heading)}</h3>' if heading else ""
        if look == "dl":
            items = []
            for role, who in roles:
                j.also(f"{role} {who}")
                items.append(f'<div class="credit"><dt>{j(role)}</dt> <dd>{j(who)}</dd></div>')
            return f'<section class="credits">{head_html}<dl>{"".join(items)}</dl></section>'
        if look == "p":
            items = []
            for role, who in roles:
                j.also(f"{role}: {who}")
                items.append(f"<p><strong>{j(role + ':')}</strong> {j(who)}</p>")
            return f'<div class="credits credits--lines">{head_html}{"".join(items)}</div>'
        if look == "grid":
            items = []
            for role, who in roles:
                j.also(f"{role} {who}")
                items.append(f'<div class="credit-card"><div class="credit-card__role">{j(role)}'
                             f'</div>\n<div class="credit-card__name">{j(who)}</div></div>')
            return (f'<div class="credits credits--grid">{head_html}<div class="grid">'
                    f'{"".join(items)}</div></div>')
        line = " | ".join(f"{role}: {who}" for role, who in roles)
        return f'<div class="credits">{head_html}<p class="credit-line">{j(line)}</p></div>'

    credits_at = rng.choice(("top", "bottom", "bottom")) if show_credits else "none"

    # the meta: the date, the reading time, the audio, the byline
    words = sum(len(p.split()) for p in text.paragraphs)
    minutes = max(2, round(words / rng.choice((180, 200, 230))))
    date_label = rng.choice(("", "", "Diterbitkan ", "Terbit: ", "Dipublikasikan "))
    date_text = f"{date_label}{printed}"
    stamped_in_body = bool(machine) and rng.random() < 0.5
    date_html = (f'<time class="story__date" datetime="{machine}">{j(date_text)}</time>'
                 if stamped_in_body else f'<span class="story__date">{j(date_text)}</span>')
    meta_items = [date_text]
    meta_bits = [date_html]
    if rng.random() < 0.6:
        read = rng.choice((f"Waktu baca: {minutes} menit", f"{minutes} menit baca",
                           f"Estimasi waktu baca {minutes} menit", f"{minutes} min read"))
        meta_items.append(read)
        meta_bits.append(f'<span class="story__readtime">{j(read)}</span>')
    byline_meta = show_credits and credits_at == "bottom" and rng.random() < 0.5
    if byline_meta:
        by = f"Oleh {writers_line}" if rng.random() < 0.6 else writers_line
        meta_items.insert(0, by)
        meta_bits.insert(0, f'<span class="story__byline">{j(by)}</span>')
    glue = rng.choice((" · ", " | ", " — "))
    if len(meta_items) > 1:
        j.also(glue.join(meta_items))
    updated = ""
    if rng.random() < 0.25:
        later = when + timedelta(hours=rng.randrange(2, 96))
        form_u = form if form else "long"
        updated = f"Diperbarui {_id_date(form_u, later, zone)}"
    meta = (f'<div class="story__meta">{escape(glue).join(meta_bits)}'
            + (f'<div class="story__updated">{j(updated)}</div>' if updated else "") + "</div>")
    date_at_end = rng.random() < 0.2 and not updated
    audio = ""
    if rng.random() < 0.3:
        lines = [rng.choice(("Dengarkan artikel ini", "Dengarkan versi audio",
                             "Putar audio laporan ini")), f"Durasi {minutes} menit"]
        audio = ('<div class="audio-player"><button type="button" class="audio-player__play" '
                 'aria-label="Putar"></button>' + _pieced(
                     j, lines, " ", '<span class="audio-player__{s}">{x}</span>') + "</div>")
    progress_inside = rng.random() < 0.5
    progress_word = rng.choice(("0% dibaca", "Progres membaca", "Anda telah membaca 0%",
                                f"Sisa waktu baca {minutes} menit"))
    progress = (f'<div class="reading-progress" role="progressbar" aria-valuemin="0" '
                f'aria-valuemax="100" aria-valuenow="0"><div class="reading-progress__bar" '
                f'style="width:0%"></div><span class="reading-progress__label">'
                f'{j(progress_word) if progress_inside else escape(progress_word)}</span></div>')

    # the hero
    series = rng.random() < 0.4
    part, parts_n = 1, 1
    series_name = rng.choice(_SERIES)
    if series:
        parts_n = rng.randrange(2, 6)
        part = rng.randrange(1, parts_n + 1)
    hero_bits: list[str] = []
    kicker_in_h1 = rng.random() < 0.12
    if not kicker_in_h1:
        hero_bits.append(f'<div class="hero__kicker">{j(kicker_word)}</div>')
    if series:
        label = rng.choice((f"Bagian {part} dari {parts_n}", f"Seri {part}/{parts_n}",
                            f"Bagian {part}", f"Part {part} of {parts_n}",
                            f"{kicker_word.title()} #{part}"))
        if rng.random() < 0.5:
            items = [f"Serial: {series_name}", label]
            hero_bits.append('<div class="hero__series">' + _pieced(
                j, items, " — ", '<span>{x}</span>') + "</div>")
        else:
            hero_bits.append(f'<div class="hero__series">{j(label)}</div>')
    if kicker_in_h1:
        hero_bits.append(f'<h1 class="hero__title"><span class="hero__kicker">{j(kicker_word)}'
                         f"</span> {escape(text.headline)}</h1>")
    else:
        look = rng.choice(("h1", "h1", "h1", "div"))
        hero_bits.append(f'<h1 class="hero__title">{escape(text.headline)}</h1>' if look == "h1"
                         else f'<div class="hero__title" role="heading" aria-level="1">'
                              f"{escape(text.headline)}</div>")
    if rng.random() < 0.6:
        dek = rng.choice((_teaser(rng, text.paragraphs[0], 90, 200),
                          f"Sebuah laporan mendalam dari {place}.",
                          f"{brand} menelusuri kisah di balik kebijakan ini selama berminggu-minggu"
                          f" di {place}.",
                          f"Laporan khusus tentang warga {place} dan perubahan yang mereka "
                          "alami."))
        hero_bits.append(f'<p class="hero__dek">{j(dek)}</p>')
    if rng.random() < 0.45:
        hint = rng.choice(("Gulir ke bawah", "Scroll untuk membaca", "Mulai Membaca",
                           "Geser ke bawah untuk mulai membaca"))
        hero_bits.append(f'<div class="hero__scroll" aria-hidden="true">{j(hint)} &darr;</div>')
    hero_credit = ""
    if rng.random() < 0.6:
        c = rng.choice((f"{tag}/{photographer.upper()}", f"Foto: {photographer}",
                        f"Foto: {photographer}/{tag}", f"Dok. {tag}"))
        hero_credit = f'<figcaption class="hero__credit">{j(c)}</figcaption>'
    hero_img = f"{base}/assets/{day:%Y%m}/{token(rng, 12)}/hero.jpg"
    hero_media = (f'<figure class="hero__media"><img src="{hero_img}" alt="" '
                  f'sizes="100vw" width="2400" height="1350">{hero_credit}</figure>')
    hero = (f'<header class="hero hero--fullscreen">{hero_media}<div class="hero__text">'
            f'{"".join(hero_bits)}</div></header>')

    # the chapters
    count = rng.choice((1, 2, 2, 3, 3, 4))
    count = max(1, min(count, len(text.paragraphs) // 2))
    chapters = _chunks(rng, text.paragraphs, count)
    titles = rng.sample(_CHAPTERS, count)
    number_form = rng.choice(("02d", "d", "bab", "roman", "chapter"))
    heading_form = rng.choice(("span", "stacked", "plain", "dotted"))
    first_untitled = count > 1 and rng.random() < 0.4

    def number(i: int) -> str:
        return {"02d": f"{i:02d}", "d": str(i), "bab": f"Bab {i}",
                "roman": f"BAGIAN {_ROMAN[i - 1]}", "chapter": f"Chapter {i}"}[number_form]

    def chapter_label(i: int) -> str:
        t = titles[i - 1]
        return t if heading_form == "plain" else (f"{number(i)}. {t}" if heading_form == "dotted"
                                                  else f"{number(i)} {t}")

    def chapter_head(i: int) -> str:
        t = titles[i - 1]
        num = number(i)
        if heading_form == "plain":
            return f'<h2 class="chapter__title">{j(t)}</h2>'
        if heading_form == "dotted":
            return f'<h2 class="chapter__title">{j(f"{num}. {t}")}</h2>'
        j.also(f"{num} {t}")
        num_html = escape(num) if num.isdigit() else j(num)
        if heading_form == "span":
            return (f'<h2 class="chapter__title"><span class="chapter__number">{num_html}</span> '
                    f'<span class="chapter__name">{j(t)}</span></h2>')
        return (f'<div class="chapter__head"><div class="chapter__number">{num_html}</div>\n'
                f'<h2 class="chapter__title">{j(t)}</h2></div>')

    numbered = [i for i in range(1, count + 1) if not (first_untitled and i == 1)]
    toc = ""
    toc_inside = True
    if len(numbered) >= 2 and rng.random() < 0.55:
        toc_inside = rng.random() < 0.6
        put = j if toc_inside else escape
        head_t = rng.choice(("Daftar Isi", "Isi Laporan", "Navigasi", "DAFTAR ISI"))
        toc = (f'<nav class="toc" aria-label="Daftar isi"><h4 class="toc__title">{put(head_t)}'
               "</h4><ol>" + "".join(f'<li><a href="#bab-{i}">{put(chapter_label(i))}</a></li>'
                                      for i in numbered) + "</ol></nav>")

    # the pieces between the paragraphs
    def pull_quote(paragraph: str) -> str:
        found = [x for x in _sentences(paragraph) if 40 <= len(x) <= 240]
        if not found:
            return ""
        sentence = rng.choice(found)
        if sentence.strip() == paragraph.strip():  # a one-sentence paragraph: abridged
            words_q = sentence.split()
            keep = max(2, min(len(words_q) - 1, max(5, len(words_q) * 2 // 3)))
            sentence = " ".join(words_q[:keep]).rstrip(",;:") + "…"
        quoted = sentence if sentence[:1] in "\"“'" else f"“{sentence}”"
        look = rng.choice(("blockquote", "aside", "figure"))
        share = ""
        if rng.random() < 0.35:
            share = (f' <a class="pullquote__share" href="https://twitter.com/intent/tweet">'
                     f'{j(rng.choice(("Bagikan kutipan", "Tweet", "Bagikan")))}</a>')
        if look == "blockquote":
            return f'<blockquote class="pullquote"><p>{j(quoted)}</p>{share}</blockquote>'
        if look == "aside":
            return f'<aside class="pull-quote" aria-hidden="true">{j(sentence)}{share}</aside>'
        return (f'<figure class="quote quote--large"><div class="quote__text">{j(quoted)}</div>'
                f"{share}</figure>")

    def full_photo() -> str:
        scene = f"{rng.choice(_SCENES)} di {place}."
        credit = rng.choice((f"{tag}/{photographer.upper()}", f"Foto: {photographer}",
                             f"{photographer}/{tag}", f"Dok. {tag}"))
        look = rng.choice(("split", "split", "paren"))
        if look == "split":
            j.also(f"{scene} {credit}")
            caption = (f'<span class="caption__text">{j(scene)}</span> <span class="caption__'
                       f'credit">{j(credit)}</span>')
        else:
            caption = j(f"{scene} ({credit})")
        return (f'<figure class="full-bleed photo"><img src="{base}/assets/{token(rng, 10)}.jpg" '
                f'alt="{attr(scene)}" loading="lazy" width="2000" height="1125"><figcaption '
                f'class="caption">{caption}</figcaption></figure>')

    def infographic() -> str:
        title_i = rng.choice(("Dalam Angka", "Sebaran Wilayah", "Perkembangan Anggaran",
                              "Capaian Program", "Jumlah Penerima Manfaat"))
        kicker_i = rng.choice(("INFOGRAFIS", "Infografis", "DATA"))
        start = rng.randrange(2015, 2020)
        bars = []
        for k in range(rng.randrange(3, 6)):
            value = rng.choice((f"Rp {rng.randrange(1, 9)},{rng.randrange(1, 9)} triliun",
                                f"{rng.randrange(10, 90)},{rng.randrange(1, 9)} persen",
                                f"{thousands(rng.randrange(1200, 90000))} jiwa",
                                f"{rng.randrange(20, 600)} desa"))
            year = str(start + k)
            bars.append(f'<g class="bar"><rect x="{60 + 100 * k}" y="{rng.randrange(40, 200)}" '
                        f'width="60" height="{rng.randrange(40, 200)}"></rect>\n<text x="'
                        f'{90 + 100 * k}" y="290" text-anchor="middle">{year}</text>\n<text x="'
                        f'{90 + 100 * k}" y="30" class="value">{j(value)}</text></g>\n')
        legend = ""
        if rng.random() < 0.5:
            keys = rng.sample(("Target", "Realisasi", "Anggaran", "Penerima"), 2)
            legend = ('<div class="legend">' + " ".join(f'<span class="legend__key">{j(x)}</span>'
                                                        for x in keys) + "</div>")
            j.also(" ".join(keys))
        source = rng.choice(("Sumber: BPS", "Sumber: Bappeda, diolah", f"Sumber: diolah {tag}",
                             "Sumber: Kementerian Keuangan"))
        made = f"Infografis: {designer}"
        hint = ""
        if rng.random() < 0.4:
            word = rng.choice(("Geser untuk melihat selengkapnya", "Ketuk grafik untuk detail"))
            hint = f'<p class="infographic__hint">{j(word)}</p>'
        j.also(f"{source} {made}")
        return (f'<figure class="infographic"><div class="infographic__kicker">{j(kicker_i)}</div>'
                f'<h3 class="infographic__title">{j(title_i)}</h3>{legend}<svg viewBox="0 0 600 '
                f'300" role="img" aria-label="{attr(title_i)}">{"".join(bars)}</svg>{hint}'
                "<figcaption>"
                f'<span class="source">{j(source)}</span> <span class="credit">{j(made)}</span>'
                "</figcaption></figure>")

    def scrolly_labels() -> str:
        steps = rng.sample(_STEPS, rng.randrange(2, 5))
        caption = f"Peta {place}. {rng.choice((f'Grafis: {designer}', f'Sumber peta: {tag}'))}"
        return (f'<section class="scrolly"><figure class="scrolly__sticky"><div class="map" '
                f'data-map="{slug(place)}"></div><figcaption>{j(caption)}</figcaption></figure>'
                '<div class="scrolly__steps">' + "".join(
                    f'<div class="step" data-step="{k}"><div class="step__card">{j(x)}</div></div>'
                    for k, x in enumerate(steps, 1)) + "</div></section>")

    scrolly_form = rng.choice(("none", "none", "truth", "labels"))
    scrolly_chapter = rng.randrange(count) if scrolly_form == "truth" else -1
    quote_count = rng.choice((0, 1, 1, 2, 2))
    photo_count = rng.choice((0, 1, 1, 2))
    info = rng.random() < 0.35
    extras: list[str] = (["quote"] * quote_count + ["photo"] * photo_count
                         + (["info"] if info else []) + (["labels"] if scrolly_form == "labels"
                                                          else []))
    rng.shuffle(extras)
    slots = list(range(len(text.paragraphs) - 1))
    spots: dict[int, list[str]] = {}
    for extra in extras:
        if slots:
            spots.setdefault(rng.choice(slots), []).append(extra)
    pstyle = rng.choice(("p", "p", "dropcap", "div"))
    sections: list[str] = []
    n = 0
    for index, chunk in enumerate(chapters):
        number_c = index + 1
        chapter_top = "" if first_untitled and number_c == 1 else chapter_head(number_c)
        body: list[str] = []
        if index == scrolly_chapter:
            picture_line = f"{rng.choice(_SCENES)} di {place}."
            credit_s = rng.choice((f"{tag}/{photographer.upper()}", f"Foto: {photographer}"))
            steps = "".join(f'<div class="step" data-step="{k}"><div class="step__card"><p>'
                            f"{escape(p)}</p></div></div>" for k, p in enumerate(chunk, 1))
            j.also(f"{picture_line} {credit_s}")
            body.append(f'<section class="scrolly scrolly--story"><figure class="scrolly__sticky">'
                        f'<img src="{base}/assets/{token(rng, 10)}.jpg" alt=""><figcaption><span>'
                        f'{j(picture_line)}</span> <span class="credit">{j(credit_s)}</span>'
                        f'</figcaption></figure><div class="scrolly__steps">{steps}</div>'
                        "</section>")
            n += len(chunk)
        else:
            for paragraph in chunk:
                words_p = escape(paragraph)
                if pstyle == "dropcap" and not body:
                    body.append(f'<p class="has-dropcap"><span class="dropcap">{words_p[:1]}'
                                f"</span>{words_p[1:]}</p>")
                elif pstyle == "div":
                    body.append(f'<div class="paragraph">{words_p}</div>')
                else:
                    body.append(f"<p>{words_p}</p>")
                for extra in spots.get(n, []):
                    if extra == "quote":
                        source_p = text.paragraphs[max(0, n - rng.randrange(0, 2))]
                        body.append(pull_quote(source_p))
                    elif extra == "photo":
                        body.append(full_photo())
                    elif extra == "info":
                        body.append(infographic())
                    else:
                        body.append(scrolly_labels())
                n += 1
        sections.append(f'<section class="chapter" id="bab-{number_c}">{chapter_top}'
                        f'{"".join(body)}</section>')
    end = ""
    if rng.random() < 0.4:
        mark = rng.choice(("***", "(Selesai)", "— Tamat —", "■", "(Bersambung)" if series and
                           part < parts_n else "(Selesai)"))
        end = f'<p class="story__end">{j(mark)}</p>'

    # after the text
    follow: list[str] = []
    if date_at_end:
        follow.append(meta)
        meta = ""
    if series:
        head_s = rng.choice(("Baca Seri Lainnya", "Bagian lain dari laporan ini", "Serial Ini",
                             f"Serial {series_name}"))
        others = other_texts(rng, text, parts_n)
        items = []
        for k in range(1, parts_n + 1):
            headline_k = text.headline if k == part else others[k - 1].headline
            line = f"Bagian {k}: {headline_k}"
            now = ""
            if k == part:
                now = f' <span class="series__now">{j("(sedang dibaca)")}</span>'
                j.also(f"{line} (sedang dibaca)")
            items.append(f'<li><a href="{base}/{slug(headline_k)}">{j(line)}</a>{now}</li>')
        follow.append(f'<nav class="series"><h3>{j(head_s)}</h3><ol>{"".join(items)}</ol></nav>')
    if rng.random() < 0.5:
        nets = [x for x in ("Facebook", "X", "WhatsApp", "LinkedIn", "Salin tautan")
                if rng.random() < 0.6] or ["WhatsApp"]
        word = rng.choice(("Bagikan", "Bagikan laporan ini", "Share"))
        j.also(" ".join([word, *nets]))
        follow.append(f'<div class="share-bar"><span>{j(word)}</span> ' + " ".join(
            f'<button type="button" class="share-bar__{slug(x)}">{j(x)}</button>' for x in nets)
            + "</div>")
    more_inside = rng.random() < 0.4
    put_m = j if more_inside else escape
    more_word = rng.choice(("Laporan Khusus Lainnya", "Baca Juga", "Longform Lainnya",
                            "Liputan Khusus Lainnya"))
    more = (f'<section class="more-stories"><h3>{put_m(more_word)}</h3><ul>' + "".join(
        f'<li><a href="{base}/{slug(o.headline)}">{put_m(o.headline)}</a></li>'
        for o in other_texts(rng, text, 3)) + "</ul></section>")
    if more_inside:
        follow.append(more)
        more = ""
    if rng.random() < 0.3:
        follow.append(f'<p class="back-to-top"><a href="#top">'
                      f'{j(rng.choice(("Kembali ke atas", "Ke atas ↑", "Kembali ke awal")))}</a>'
                      "</p>")

    # the story
    before = [meta, audio] if rng.random() < 0.6 else [audio, meta]
    credits_top = credits_block() if credits_at == "top" else ""
    credits_bottom = credits_block() if credits_at == "bottom" else ""
    top_extra = [credits_top, *before]
    if rng.random() < 0.4:
        top_extra = [*before, credits_top]
    body_html = "".join(sections) + end
    story_cls = rng.choice(("story story--longform", "longform", "lf-article", "read-long"))
    inner = (f'{progress if progress_inside else ""}{hero}<div class="story__intro">'
             f'{"".join(top_extra)}</div>{toc if toc_inside else ""}<div class="story__body">'
             f'{body_html}</div>{credits_bottom}{"".join(follow)}')
    if gov:
        crumbs_t = [rng.choice(("Beranda", "Home")), rng.choice(("Liputan Khusus", "Berita",
                                                                "Laporan Khusus"))]
        j.also(" / ".join(crumbs_t))
        crumbs = ('<ol class="breadcrumb">' + " / ".join(f"<li>{j(x)}</li>" for x in crumbs_t)
                  + "</ol>")
        article = f'<article class="{story_cls}" id="top">{crumbs}{inner}</article>'
    else:
        article = f'<main class="{story_cls}" id="top">{inner}</main>'

    # the head and the page
    title = joined_title(rng, text.headline, brand, (" - ", " | ", " — ", ": "))
    if rng.random() < 0.2:
        title = f"{kicker_word.title()}: {text.headline} | {brand}"
    head: list[str] = []
    if rng.random() < 0.75:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:image" content="{hero_img}">',
                 f'<meta property="og:site_name" content="{attr(brand)}">']
    if machine and (not stamped_in_body or rng.random() < 0.6):
        head.append(rng.choice((f'<meta property="article:published_time" content="{machine}">',
                                _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                                     "headline": text.headline, "datePublished": machine,
                                     "publisher": {"@type": "Organization", "name": brand}}
                                    | ({"author": [{"@type": "Person", "name": w}
                                                   for w in writers]} if show_credits else {})))))
    if rng.random() < 0.5:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    topbar = (f'<div class="topbar"><a href="{base}/" class="topbar__brand">{escape(brand)}</a>'
              f'<span class="topbar__kicker">{escape(kicker_word)}</span>'
              f'{"" if progress_inside else progress}</div>')
    side_toc = "" if toc_inside else f'<div class="sticky-toc">{toc}</div>'
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
<link rel="stylesheet" href="{base}/assets/longform.{token(rng, 8)}.css">
</head>
<body class="longform-page {kind}">
{topbar}
{side_toc}
{article}
{more}
<footer class="site-footer"><p>&copy; {day.year} {escape(brand)}. Hak cipta dilindungi
undang-undang.</p></footer>
<script src="{base}/assets/scrollama.min.js" defer></script>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, brand,
                            tuple(j.lines))


def _longform_listing(rng: random.Random, text: Text, brand: str, base: str, zone: str,
                      kicker: str) -> tuple[str, str, Truth]:
    """The special reports' index: big cards with a kicker, a headline, a standfirst, a
    date."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Laporan Khusus", "Liputan Khusus", "Longform", "Interaktif",
                          "Semua Laporan", kicker.title()))
    shown = listing_items(rng, text, day, rng.randrange(5, 12))
    cards = "".join(
        f'<article class="card card--feature"><img src="{base}/assets/{token(rng, 10)}.jpg" '
        f'alt=""><div class="card__kicker">{escape(kicker)}</div><h2 class="card__title"><a '
        f'href="{base}/{slug(o.headline)}">{escape(o.headline)}</a></h2><p class="card__dek">'
        f"{escape(_teaser(rng, o.paragraphs[0]))}</p><span class=\"card__date\">"
        f"{_long(d, day_name=False)}</span></article>" for o, d in shown)
    url = f"{base}/{rng.choice(('laporan-khusus/', 'interaktif/', 'longform/'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} | {escape(brand)}</title>
</head><body class="index"><div class="topbar"><a href="{base}/">{escape(brand)}</a></div>
<main class="index-page"><h1 class="index-page__title">{escape(heading)}</h1><div class="cards">
{cards}</div><button class="load-more" type="button">Muat lebih banyak</button></main>
<footer>&copy; {day.year} {escape(brand)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, brand, (), article=False)


# -- 3. an English-language foreign outlet's page ---------------------------------------------

# (country, brand, host, zone key, style)
_FOREIGN = (
    ("jp", "The Japan Times", "www.japantimes.co.jp", "JST", "jt"),
    ("jp", "Kyodo News", "english.kyodonews.net", "JST", "kyodo"),
    ("jp", "The Asahi Shimbun", "www.asahi.com", "JST", "jt"),
    ("kr", "Yonhap News Agency", "en.yna.co.kr", "KST", "yonhap"),
    ("kr", "The Korea Herald", "www.koreaherald.com", "KST", "herald"),
    ("kr", "Korea JoongAng Daily", "koreajoongangdaily.joins.com", "KST", "herald"),
    ("au", "The Sydney Morning Herald", "www.smh.com.au", "AU-E", "nine"),
    ("au", "Brisbane Times", "www.brisbanetimes.com.au", "AU-Q", "nine"),
    ("au", "WAtoday", "www.watoday.com.au", "AWST", "nine"),
    ("au", "ABC News", "www.abc.net.au", "AU-E", "abc"),
    ("au", "The Guardian Australia", "www.theguardian.com", "AU-E", "guardian"),
    ("my", "The Star", "www.thestar.com.my", "MYT", "star"),
    ("my", "New Straits Times", "www.nst.com.my", "MYT", "nst"),
    ("my", "Malay Mail", "www.malaymail.com", "MYT", "malaymail"),
    ("nl", "NL Times", "nltimes.nl", "NL", "nltimes"),
    ("nl", "DutchNews.nl", "www.dutchnews.nl", "NL", "dutchnews"),
    ("us", "Honolulu Star-Advertiser", "www.staradvertiser.com", "HST", "us"),
    ("us", "The Seattle Times", "www.seattletimes.com", "US-P", "us"),
    ("us", "The Philadelphia Inquirer", "www.inquirer.com", "US-E", "inquirer"),
)
# offsets in minutes east of UTC; the zones with a daylight time, their standard and summer
_FIXED_ZONES = {"JST": (540, "JST"), "KST": (540, "KST"), "MYT": (480, "MYT"),
                "AU-Q": (600, "AEST"), "AWST": (480, "AWST"), "HST": (-600, "HST")}
_DAYLIGHT = {"AU-E": ((600, "AEST"), (660, "AEDT")), "NL": ((60, "CET"), (120, "CEST")),
             "US-E": ((-300, "EST"), (-240, "EDT")), "US-P": ((-480, "PST"), (-420, "PDT"))}
# each style's printed forms: (a date alone, with the time), its published and updated labels
_FOREIGN_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                tuple[str, ...]]] = {
    "jt": (("mdy",), ("mdy_at", "mdy_zone24"), ("", "", "Published:"), ("Updated:",)),
    "kyodo": (("mdy",), ("mdy_dash",), ("", "KYODO NEWS -"), ("Updated",)),
    "yonhap": (("ymd", "mdy"), ("ymd_zone",), ("", "Published :"), ("Updated :",)),
    "herald": (("mdy",), ("mdy_dash",), ("Published :", "Published"), ("Updated :",)),
    "nine": (("mdy",), ("nine",), ("",), ("Updated",)),
    "abc": (("abc_date",), ("abc",), ("Posted", "Posted", ""), ("Updated",)),
    "guardian": (("dmy",), ("guardian", "guardian"), ("",), ("Last modified on",)),
    "star": (("star_date",), ("star",), ("", "Published"), ("Updated",)),
    "nst": (("mdy",), ("nst",), ("",), ("Updated:",)),
    "malaymail": (("star_date", "dmy"), ("star", "mm"), ("", "Published"), ("Updated",)),
    "nltimes": (("nl_date",), ("nl",), ("",), ("Updated:",)),
    "dutchnews": (("mdy",), ("mdy_zone24",), ("",), ("Updated",)),
    "us": (("mdy",), ("us_at",), ("Published", "Posted", ""), ("Updated",)),
    "inquirer": (("mdy",), ("us_ap",), ("Published",), ("Updated",)),
}
_ID_CITIES = ("JAKARTA", "SURABAYA", "MAKASSAR", "DENPASAR", "MEDAN", "JAYAPURA", "AMBON",
              "KUPANG", "BANDUNG")
_AGENCIES = ("ANTARA", "Yonhap", "Kyodo", "AAP", "Bernama", "ANP", "AP", "Reuters", "AFP")
_SCENES_EN = ("Residents gather at a community hall", "A view of the city centre",
              "Officials attend a meeting", "Motorists pass along a main road",
              "Farmers work in a rice field", "Boats moored at a harbour",
              "Students leave a school building", "Vendors at a traditional market")


def _first_sunday(day: date) -> date:
    return day + timedelta(days=(6 - day.weekday()) % 7)


def _last_sunday(day: date) -> date:
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _summer(key: str, day: date) -> tuple[bool, tuple[date, date]]:
    """Whether ``day`` is in the zone's daylight time, and the year's two switching days."""
    y = day.year
    if key.startswith("US-"):
        start, end = _first_sunday(date(y, 3, 8)), _first_sunday(date(y, 11, 1))
        return start <= day < end, (start, end)
    if key == "NL":
        start, end = _last_sunday(date(y, 3, 31)), _last_sunday(date(y, 10, 31))
        return start <= day < end, (start, end)
    end, start = _first_sunday(date(y, 4, 1)), _first_sunday(date(y, 10, 1))  # the south
    return day < end or day >= start, (end, start)


def _foreign_when(rng: random.Random, key: str, *, office_hours: bool,
                  seconds: bool) -> tuple[datetime, str]:
    """A moment in the outlet's zone and the zone's name as the page prints it; in office
    hours, its UTC date is its local date."""
    when, _zone = moment(rng)
    local = when.replace(tzinfo=None)
    if key in _DAYLIGHT:
        if local.date() in _summer(key, local.date())[1]:
            local += timedelta(days=1)  # no page on a night whose hours repeat or vanish
        (std, std_name), (dst, dst_name) = _DAYLIGHT[key]
        summer = _summer(key, local.date())[0]
        offset, name = (dst, dst_name) if summer else (std, std_name)
    else:
        offset, name = _FIXED_ZONES[key]
    if office_hours:
        east = offset / 60
        low = max(9, math.ceil(east)) if east > 0 else 9
        high = min(16, 23 - math.ceil(-east)) if east < 0 else 16
        local = local.replace(hour=rng.randrange(low, high + 1))
    if seconds:
        local = local.replace(second=rng.randrange(60))
    return local.replace(tzinfo=timezone(timedelta(minutes=offset))), name


def _foreign_date(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    month, mon = MONTHS_EN[d.month - 1], MONTHS_EN[d.month - 1][:3]
    weekday, wd = DAYS_EN[d.weekday()], DAYS_EN[d.weekday()][:3]
    h24 = f"{when:%H:%M}"
    ap = "a.m." if when.hour < 12 else "p.m."
    return {
        "mdy": f"{month} {d.day}, {d.year}",
        "mdy_at": f"{month} {d.day}, {d.year} at {_twelve(when, upper=False, space=True)} {zone}",
        "mdy_zone24": f"{month} {d.day}, {d.year} {h24} {zone}",
        "mdy_dash": f"{month} {d.day}, {d.year} - {h24} {zone}",
        "ymd": f"{d:%Y-%m-%d}",
        "ymd_zone": f"{d:%Y-%m-%d} {h24} {zone}",
        "nine": f"{month} {d.day}, {d.year} — {_twelve(when, upper=False, dots=True)} {zone}",
        "abc_date": f"{wd} {d.day} {month} {d.year}",
        "abc": f"{wd} {d.day} {month} {d.year} at {_twelve(when, upper=False)} {zone}",
        "dmy": f"{d.day} {month} {d.year}",
        "guardian": f"{wd} {d.day} {mon} {d.year} {when:%H.%M} {zone}",
        "star_date": f"{weekday}, {d:%d} {month} {d.year}",
        "star": f"{weekday}, {d:%d} {month} {d.year} {_twelve(when)} {zone}",
        "nst": f"{month} {d.day}, {d.year} @ {_twelve(when, upper=False)} {zone}",
        "mm": f"{d.day} {month} {d.year}, {_twelve(when, upper=False)} {zone}",
        "nl_date": f"{weekday}, {d.day} {month} {d.year}",
        "nl": f"{weekday}, {d.day} {month} {d.year} - {h24} {zone}",
        "us_at": f"{month} {d.day}, {d.year} at {_twelve(when, upper=False, space=True)} {zone}",
        "us_ap": f"{month} {d.day}, {d.year}, {when.hour % 12 or 12}:{when:%M} {ap} {zone}",
    }[form]


def _foreign_ago(rng: random.Random) -> str:
    n = rng.randrange(1, 20)
    return rng.choice((f"{n} hours ago", f"{n}h ago", f"{rng.randrange(2, 59)} mins ago",
                       f"{n} hours ago"))


def foreign_english_outlet(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """The page of an English-language foreign outlet (a Japanese, a Korean, an
    Australian, a Malaysian, a Dutch or an American paper or agency) carrying an Indonesian
    text: an Indonesian-language edition's, a partner agency's (ANTARA's, through a
    content exchange) or a translated-by-partner page, with its furniture in English: a
    section kicker, a language badge, a partner's note, "By ..." bylines with a title or
    an agency, the outlet's dates ("May 3, 2024 at 10:21 am JST", "Fri 3 May 2024 10.21
    AEST", "Friday, 03 May 2024 10:21 AM MYT", "Updated 3 May 2024, 10:21pm MYT", "2024-05-03
    10:21 KST", "3 hours ago" beside a stamp), reading times, share and gift buttons,
    captions with agencies' credits, agency datelines ("SEOUL, May 3 (Yonhap) --",
    "KUALA LUMPUR: "), "Advertisement" and "Story continues below advertisement" slots,
    "Read more:" links, a newsletter sign-up box, a "Most read" box, a meter's "You have 3
    free articles left" and a paywall's "Subscribe to continue reading" (which cuts the
    text short), an embed's cookie-consent placeholder, topics, an author's bio box, a
    copyright line, a comments prompt; the cookie-consent banner and the GDPR text outside
    the article; stamps with the outlet's offset, in UTC, or none."""
    country, brand, host, key, style = rng.choice(_FOREIGN)
    base = f"https://{host}"
    s = slug(text.headline)
    art_id = rng.randrange(10**5, 10**7)
    section = rng.choice(("Asia Pacific", "World", "Indonesia", "Southeast Asia", "Asia",
                          "Region", "International"))
    if rng.random() < 1 / 8:
        return _foreign_listing(rng, text, brand, base, key, style, section)

    # the dates
    plain_forms, timed_forms, labels, updated_labels = _FOREIGN_FORMS[style]
    shape = rng.choice(("timed", "timed", "timed", "plain", "plain", "ago"))
    stamp = rng.choice(("offset", "offset", "utc", "none"))
    if shape == "ago":
        stamp = "offset"
    timed = shape != "plain" or stamp == "offset"
    when, zone = _foreign_when(rng, key, office_hours=not timed, seconds=stamp != "none")
    day = when.date()
    form = rng.choice(timed_forms if shape != "plain" else plain_forms)
    printed = _foreign_ago(rng) if shape == "ago" else _foreign_date(form, when, zone)
    machine = (_iso(when) if stamp == "offset" else
               _utc_z(when, rng.choice(("", ".000"))) if stamp == "utc" else "")
    url = {"jt": f"{base}/news/{day:%Y/%m/%d}/asia-pacific/{s}/",
           "kyodo": f"{base}/news/{day:%Y/%m}/{_hex(rng, 10)}-{s}.html",
           "yonhap": f"{base}/view/AEN{day:%Y%m%d}00{rng.randrange(1000, 9999)}315",
           "herald": f"{base}/article/{art_id}",
           "nine": f"{base}/world/asia/{s}-{day:%Y%m%d}-p5{token(rng, 4)}.html",
           "abc": f"{base}/news/{day:%Y-%m-%d}/{s}/{art_id}",
           "guardian": f"{base}/world/{day:%Y/%b/%d}/{s}".lower(),
           }.get(style) or rng.choice((f"{base}/news/{day:%Y/%m/%d}/{s}",
                                       f"{base}/world/{art_id}/{s}",
                                       f"{base}/{day:%Y/%m/%d}/{s}/"))
    j = Junk()

    # the header: the kicker, the badge, the headline, the byline, the dates
    kicker = ""
    if rng.random() < 0.65:
        kicker = (f'<div class="article__kicker"><a href="{base}/{slug(section)}/">{j(section)}'
                  "</a></div>")
    badge = ""
    if rng.random() < 0.4:
        word = rng.choice(("Bahasa Indonesia", "Indonesian", "In Indonesian",
                           "Indonesian edition", "ID"))
        badge = f'<span class="lang-badge" lang="en">{j(word)}</span>'
    h_cls = rng.choice(("article__headline", "headline", "title", "entry-title"))
    headline = f'<h1 class="{h_cls}" lang="id">{escape(text.headline)}</h1>'
    writer = _person(rng)
    agency_names = {"jp": "Kyodo", "kr": "Yonhap", "au": "AAP", "my": "Bernama", "nl": "ANP",
                    "us": "The Associated Press"}
    by_form = rng.choice(("by", "by", "by_title", "by_in", "agency", "partner", "none"))
    author: str | None
    by_items: list[str] = []
    if by_form == "by":
        author = writer
        by_items = [f"By {writer}"]
    elif by_form == "by_title":
        author = writer
        by_items = [f"By {writer}", rng.choice(("Staff writer", "Contributing writer",
                                                "Jakarta correspondent", "Southeast Asia "
                                                "correspondent"))]
    elif by_form == "by_in":
        author = writer
        by_items = [f"By {writer} in {rng.choice(_ID_CITIES).title()}"]
    elif by_form == "agency":
        author = agency_names[country]
        by_items = [author]
    elif by_form == "partner":
        author = rng.choice(("ANTARA", "ANTARA News Agency", "Antara"))
        by_items = [f"By {author}"]
    else:
        author = None
    byline = ""
    if by_items:
        parts = []
        for item in by_items:
            if item.startswith("By ") and rng.random() < 0.5:
                name_part = item[3:]
                j.also(item)
                parts.append(f'By <a href="{base}/author/{slug(name_part)}/" rel="author">'
                             f"{j(name_part)}</a>")
            else:
                parts.append(f"<span>{j(item)}</span>")
        if len(by_items) > 1:
            j.also(", ".join(by_items))
        byline = f'<div class="article__byline">{", ".join(parts)}</div>'
    label = rng.choice(labels)
    if shape == "ago":
        label = ""
    date_text = f"{label} {printed}".strip()
    in_body = bool(machine) and (rng.random() < 0.6 or shape == "ago")
    date_html = (f'<time datetime="{machine}" class="article__date">{j(date_text)}</time>'
                 if in_body else f'<span class="article__date">{j(date_text)}</span>')
    updated_html = ""
    if rng.random() < 0.35:
        later = when + timedelta(minutes=rng.randrange(30, 2000))
        up_label = rng.choice(updated_labels)
        if shape == "plain":
            up_form = rng.choice(plain_forms)
        else:
            up_form = "mm" if style == "malaymail" else rng.choice(timed_forms)
        up_text = f"{up_label} {_foreign_date(up_form, later, zone)}"
        updated_html = f'<span class="article__updated">{j(up_text)}</span>'
        j.also(f"{date_text} {up_text}")
    read_html = ""
    if rng.random() < 0.4:
        words = sum(len(p.split()) for p in text.paragraphs)
        read = rng.choice((f"{max(1, words // 230)} min read", f"{max(1, words // 230)}-min read",
                           f"Reading time: {max(1, words // 230)} minutes"))
        read_html = f'<span class="article__readtime">{j(read)}</span>'
    dates = f'<div class="article__dates">{date_html} {updated_html}</div>'

    def share(words: tuple[str, ...]) -> str:
        nets = [x for x in ("Facebook", "X", "LinkedIn", "WhatsApp", "Email", "Copy link")
                if rng.random() < 0.55] or ["Email"]
        word = rng.choice(words)
        j.also(" ".join([word, *nets]))
        return (f'<div class="share-tools"><span class="share-tools__label">{j(word)}</span> '
                + " ".join(f'<button type="button" aria-label="Share on {attr(x)}">{j(x)}'
                           "</button>" for x in nets) + "</div>")

    share_top = share(("Share", "Share this article", "Share this")) if rng.random() < 0.45 else ""
    gift = ""
    if rng.random() < 0.2:
        bits = [rng.choice(("Gift this article", "Save", "Save article")),
                rng.choice(("Listen", "Print"))]
        gift = ('<div class="article__tools">' + _pieced(
            j, bits, " ", '<button type="button">{x}</button>') + "</div>")

    # the picture
    figure = ""
    if rng.random() < 0.7:
        scene = f"{rng.choice(_SCENES_EN)} in {rng.choice(_ID_CITIES).title()}, Indonesia."
        credit = rng.choice(("ANTARA FOTO / Reuters", "Photo: ANTARA", "AFP", "Getty Images",
                             f"{agency_names[country]}", f"Photo: {brand}", "ANTARA / via Reuters"))
        if rng.random() < 0.6:
            j.also(f"{scene} {credit}")
            cap = (f'<span class="caption__text">{j(scene)}</span> <span class="caption__credit">'
                   f"{j(credit)}</span>")
        else:
            cap = j(f"{scene} | {credit}")
        figure = (f'<figure class="article__media"><img src="https://static.{host.removeprefix("www.")}'
                  f'/images/{day:%Y/%m/%d}/{token(rng, 16)}.jpg" alt="{attr(scene)}" width="1200" '
                  f'height="800"><figcaption>{cap}</figcaption></figure>')

    # the partner's note
    note = ""
    note_at = rng.choice(("top", "top", "bottom", "none"))
    if note_at != "none":
        line = rng.choice((
            "This article was originally published in Bahasa Indonesia by our partner ANTARA.",
            "This story is published in Indonesian as part of a content-sharing partnership "
            "with ANTARA News Agency.",
            "This is an Indonesian-language article from our partner's edition.",
            "Translated by our partner. The original Indonesian text is reproduced below.",
            "This article is part of the Asia News Network's content exchange.",
            f"This story was produced in Indonesian by {brand}'s Indonesian-language service."))
        note = f'<p class="partner-note"><em>{j(line)}</em></p>'

    # the text, with the inserts
    paywall = rng.random() < 0.15 and len(text.paragraphs) >= 4
    shown = list(text.paragraphs[: rng.randrange(2, 4)]) if paywall else list(text.paragraphs)
    dateline = ""
    if rng.random() < 0.5:
        city = rng.choice(_ID_CITIES)
        agency = rng.choice(_AGENCIES)
        dateline = rng.choice((f"{city}, {MONTHS_EN[day.month - 1][:3]} {day.day} ({agency}) --",
                               f"{city}, {MONTHS_EN[day.month - 1]} {day.day} ({agency}) -",
                               f"{city}:", f"{city} ({agency}) -", f"{city}, {agency} -",
                               f"{city} —"))
    ad_lines = rng.choice((("Advertisement",), ("ADVERTISEMENT",),
                           ("Story continues below advertisement",), ("Skip Advertisement",),
                           ("Advertisement", "Scroll to continue with content")))
    ad_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 1, 2, 2, 3)))}
    more_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 0, 1, 2)))}
    more_label = rng.choice(("Read more:", "READ MORE:", "Related:", "Also read:", "RELATED:"))
    letter_after = rng.randrange(len(shown)) if rng.random() < 0.3 else -1
    consent_after = rng.randrange(len(shown)) if rng.random() < 0.15 else -1
    popular_after = rng.randrange(len(shown)) if rng.random() < 0.2 else -1
    body: list[str] = []
    for n, paragraph in enumerate(shown):
        words_p = escape(paragraph)
        if n == 0 and dateline:
            words_p = f"<strong>{j(dateline)}</strong> {words_p}"
        body.append(f"<p>{words_p}</p>")
        if n == len(shown) - 1:
            break
        if n in ad_after:
            if len(ad_lines) > 1:
                j.also(" ".join(ad_lines))
            body.append('<div class="ad-slot" aria-hidden="true">' + " ".join(
                f'<span class="ad-slot__label">{j(x)}</span>' for x in ad_lines)
                + f'<div id="div-gpt-ad-{rng.randrange(10**8, 10**9)}-{n}"></div></div>')
        if n in more_after:
            other = other_texts(rng, text, 1)[0]
            j.also(f"{more_label} {other.headline}")
            body.append(f'<p class="read-more"><strong>{j(more_label)}</strong> <a href="{base}/'
                        f'news/{slug(other.headline)}">{j(other.headline)}</a></p>')
        if n == letter_after:
            lines = [rng.choice(("Sign up for our newsletter", "Get the Asia Briefing",
                                 "Morning Edition newsletter", "Stay informed")),
                     rng.choice(("Get the latest news from Asia delivered to your inbox every "
                                 "morning.", "Our best stories, every weekday.",
                                 "The day's top headlines, straight to your inbox.")),
                     rng.choice(("Sign up", "Subscribe", "Sign Up")),
                     rng.choice(("By signing up, you agree to our Terms of Use and Privacy "
                                 "Policy.", "You can unsubscribe at any time.",
                                 "This site is protected by reCAPTCHA and the Google Privacy "
                                 "Policy and Terms of Service apply."))]
            j.also(" ".join(lines))
            body.append(f'<aside class="newsletter-signup"><h3>{j(lines[0])}</h3><p>{j(lines[1])}'
                        f'</p><form action="{base}/newsletters/subscribe" method="post"><input '
                        f'type="email" placeholder="Enter your email" aria-label="Email address">'
                        f'<button type="submit">{j(lines[2])}</button></form><p class="small">'
                        f"{j(lines[3])}</p></aside>")
        if n == consent_after:
            lines = [rng.choice(("This content is provided by a third party. To view it, please "
                                 "accept cookies.", "We need your consent to load this content.",
                                 "This embedded content is hosted on a third-party site.")),
                     rng.choice(("Allow and continue", "Accept cookies", "Manage preferences"))]
            j.also(" ".join(lines))
            body.append(f'<div class="embed-consent"><p>{j(lines[0])}</p><button type="button">'
                        f"{j(lines[1])}</button></div>")
        if n == popular_after:
            head_p = rng.choice(("Most read", "Most Popular", "Trending", "Most viewed"))
            picks = other_texts(rng, text, rng.randrange(3, 6))
            body.append(f'<aside class="most-read most-read--inline"><h3>{j(head_p)}</h3><ol>'
                        + "".join(f'<li><span class="rank">{k}</span> <a href="{base}/news/'
                                  f'{slug(o.headline)}">{j(o.headline)}</a></li>'
                                  for k, o in enumerate(picks, 1)) + "</ol></aside>")
    if paywall:
        lines = [rng.choice(("Subscribe to continue reading", "This article is for subscribers "
                             "only.", "Register for free to continue reading",
                             "Continue reading with a subscription")),
                 rng.choice(("Get unlimited access to our journalism.",
                             f"Subscribe to {brand} for just $1 a week.",
                             "Support independent journalism.")),
                 rng.choice(("Subscribe now", "See subscription options", "Start free trial")),
                 rng.choice(("Already a subscriber? Log in", "Already have an account? Sign in"))]
        j.also(" ".join(lines))
        body.append('<div class="paywall" data-paywall="hard"><h3>' + j(lines[0]) + "</h3><p>"
                    + j(lines[1]) + f'</p><a class="btn" href="{base}/subscribe">{j(lines[2])}</a>'
                    f"<p>{j(lines[3])}</p></div>")
    body_html = f'<div class="article__body" lang="id">{"".join(body)}</div>'

    # after the text
    follow: list[str] = []
    if not paywall and rng.random() < 0.25:
        n_left = rng.randrange(1, 6)
        lines = [rng.choice((f"You have {n_left} free articles left this month.",
                             f"You have {n_left} free articles remaining.",
                             f"{n_left} free articles left")),
                 rng.choice(("Subscribe for unlimited access.", "Subscribe now",
                             "Become a subscriber"))]
        j.also(" ".join(lines))
        follow.append('<div class="meter-banner">' + " ".join(f"<span>{j(x)}</span>"
                                                               for x in lines) + "</div>")
    if rng.random() < 0.35:
        line = rng.choice((f"© {day.year} {brand}. All rights reserved.",
                           f"Copyright {day.year} {brand}. All rights reserved. This material may "
                           "not be published, broadcast, rewritten or redistributed.",
                           f"(END) {brand}" if style == "yonhap" else f"© {brand}",
                           f"Copyright © {day.year} {brand}"))
        follow.append(f'<p class="copyright">{j(line)}</p>')
    if note_at == "bottom":
        follow.append(note)
        note = ""
    if rng.random() < 0.45:
        topics = rng.sample(("Indonesia", "Southeast Asia", "ASEAN", "Politics",
                             "Local government", "Asia Pacific", "Economy", "Environment"),
                            rng.randrange(2, 5))
        word = rng.choice(("Topics", "Tags:", "More on these topics", "KEYWORDS"))
        j.also(" ".join([word, *topics]))
        follow.append(f'<div class="topics"><span>{j(word)}</span> ' + " ".join(
            f'<a href="{base}/topic/{slug(t)}">{j(t)}</a>' for t in topics) + "</div>")
    if rng.random() < 0.4:
        follow.append(share(("Share this article", "Share", "Share this story")))
    if author and by_form in ("by", "by_title", "by_in") and rng.random() < 0.35:
        bio = rng.choice((f"{writer} is a Jakarta-based correspondent covering Indonesia's "
                          "regions.", f"{writer} reports on Southeast Asia for {brand}.",
                          f"{writer} is a contributing writer based in Indonesia."))
        more_w = rng.choice((f"More from {writer}", "Follow", f"Read more by {writer}"))
        j.also(f"{writer} {bio} {more_w}")
        follow.append(f'<div class="author-bio"><img src="{base}/authors/{slug(writer)}.jpg" '
                      f'alt="{attr(writer)}"><h4>{j(writer)}</h4><p>{j(bio)}</p><a href="{base}/'
                      f'author/{slug(writer)}/">{j(more_w)}</a></div>')
    if rng.random() < 0.3:
        line = rng.choice((f"Comments ({rng.randrange(1, 80)})", "Join the conversation",
                           "Commenting is closed for this article.", "Show comments"))
        follow.append(f'<div class="comments-prompt"><button type="button">{j(line)}</button>'
                      "</div>")

    # the article
    head_block = [kicker, badge, headline, byline, dates, read_html, share_top, gift]
    if rng.random() < 0.3:
        head_block = [kicker, headline, badge, dates, byline, read_html, share_top, gift]
    article = (f'<article class="article article--{style}" data-id="{art_id}"><header class="'
               f'article__header">{"".join(head_block)}</header>{figure}{note}{body_html}'
               f'{"".join(follow)}</article>')

    # the page around it: the consent banner, the sidebar
    consent_lines = {
        "nl": ("We and our partners store and/or access information on a device, such as "
               "cookies, and process personal data for personalised ads and content, ad and "
               "content measurement, audience research and services development.",
               "Consent", "Do not consent", "Manage options"),
    }.get(country, ("We use cookies to improve your experience on our site. By clicking "
                    "\"Accept all\", you agree to the storing of cookies on your device.",
                    "Accept all", "Reject all", "Cookie settings"))
    cmp = (f'<div id="onetrust-banner-sdk" class="cmp-banner" role="dialog" aria-label="Cookie '
           f'banner"><p>{escape(consent_lines[0])}</p>' + "".join(
               f'<button type="button">{escape(x)}</button>' for x in consent_lines[1:])
           + "</div>") if rng.random() < 0.7 else ""
    popular = "".join(f'<li><a href="{base}/news/{slug(o.headline)}">{escape(o.headline)}</a>'
                      "</li>" for o in other_texts(rng, text, 5))
    side = (f'<aside class="sidebar"><h3>{escape(rng.choice(("Most read", "Most Popular")))}</h3>'
            f"<ol>{popular}</ol></aside>")
    title = joined_title(rng, text.headline, brand, (" - ", " | ", " : ", " — "))
    head: list[str] = [f'<link rel="canonical" href="{url}">']
    if rng.random() < 0.85:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{url}">',
                 f'<meta property="og:site_name" content="{attr(brand)}">',
                 '<meta property="og:locale" content="en_US">']
    if machine and (not in_body or rng.random() < 0.7):
        head.append(rng.choice((
            f'<meta property="article:published_time" content="{machine}">',
            _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": text.headline, "inLanguage": "id", "datePublished": machine,
                 "publisher": {"@type": "NewsMediaOrganization", "name": brand},
                 "isAccessibleForFree": not paywall}
                | ({"author": {"@type": "Person", "name": author}} if author else {})))))
    if rng.random() < 0.4:
        head.append(f'<link rel="alternate" hreflang="id" href="{base}/id/{s}">')
    nav = " ".join(f'<a href="{base}/{slug(m)}/">{escape(m)}</a>'
                   for m in ("News", "World", "Business", "Opinion", "Sport", "Life"))
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
</head>
<body class="article-page {style}">
<header class="masthead"><a href="{base}/" class="masthead__logo">{escape(brand)}</a>
<nav>{nav}</nav><a href="{base}/subscribe" class="masthead__subscribe">Subscribe</a></header>
<div class="layout"><main class="layout__main">
{article}
</main>{side}</div>
<footer class="site-footer"><p>&copy; {day.year} {escape(brand)}</p><p>Privacy Policy &middot;
Terms of Use &middot; Cookie Settings &middot; Contact us</p></footer>
{cmp}
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, tuple(shown), published, author, brand,
                            tuple(j.lines))


def _foreign_listing(rng: random.Random, text: Text, brand: str, base: str, key: str,
                     style: str, section: str) -> tuple[str, str, Truth]:
    """A section's page: headlines, standfirsts and dates in the outlet's forms."""
    when, zone = _foreign_when(rng, key, office_hours=True, seconds=False)
    day = when.date()
    heading = rng.choice((section, f"{section} News", "Latest News", "Indonesia"))
    shown = listing_items(rng, text, day, rng.randrange(6, 14))
    form = rng.choice(_FOREIGN_FORMS[style][0])
    items = []
    for other, d in shown:
        noon = datetime(d.year, d.month, d.day, 12, tzinfo=when.tzinfo)
        items.append(f'<article class="story-card"><h3><a href="{base}/news/{slug(other.headline)}"'
                     f'>{escape(other.headline)}</a></h3><p>'
                     f'{escape(_teaser(rng, other.paragraphs[0]))}</p><span class="story-card__'
                     f'date">{escape(_foreign_date(form, noon, zone))}</span></article>')
    url = f"{base}/{rng.choice((slug(section), 'news/' + slug(section), 'topic/indonesia'))}/"
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(heading)} | {escape(brand)}</title>
</head><body class="section-page"><header class="masthead"><a href="{base}/">{escape(brand)}</a>
</header><main><h1 class="section-title">{escape(heading)}</h1>{"".join(items)}
<a class="more" href="?page=2">More stories</a></main><footer>&copy; {day.year} {escape(brand)}
</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, brand, (), article=False)


# -- 4. the print or reader view of an article ------------------------------------------------

# (kind, the site's name, host, zone, city, street)
_PRINT_SITES = (
    ("gov", "Pemerintah Kabupaten Banyuwangi", "banyuwangikab.go.id", "WIB", "Banyuwangi",
     "Jl. Ahmad Yani No. 100"),
    ("gov", "Pemerintah Kota Kupang", "kupangkota.go.id", "WITA", "Kupang",
     "Jl. S. K. Lerik, Kelapa Lima"),
    ("gov", "Pemerintah Provinsi Sulawesi Tengah", "sultengprov.go.id", "WITA", "Palu",
     "Jl. Sam Ratulangi No. 101"),
    ("gov", "Pemerintah Kabupaten Merauke", "merauke.go.id", "WIT", "Merauke",
     "Jl. TMP Polder No. 1"),
    ("gov", "Pemerintah Kabupaten Kulon Progo", "kulonprogokab.go.id", "WIB", "Wates",
     "Jl. Perwakilan No. 1"),
    ("gov", "Pemerintah Kabupaten Halmahera Utara", "halmaherautarakab.go.id", "WIT", "Tobelo",
     "Jl. Kawasan Pemerintahan Daerah"),
    ("gov", "Pemerintah Provinsi Kalimantan Selatan", "kalselprov.go.id", "WITA", "Banjarbaru",
     "Jl. Aneka Tambang, Cempaka"),
    ("gov", "Pemerintah Kabupaten Lampung Selatan", "lampungselatankab.go.id", "WIB", "Kalianda",
     "Jl. Mustafa Kemal No. 1"),
    ("gov", "Dinas Komunikasi dan Informatika Kabupaten Sleman", "slemankab.go.id", "WIB",
     "Sleman", "Jl. Parasamya, Beran, Tridadi"),
    ("news", "Kabar Sulteng", "kabarsulteng.id", "WITA", "Palu", "Jl. Moh. Hatta No. 12"),
    ("news", "Harian Bhirawa", "harianbhirawa.co.id", "WIB", "Surabaya", "Jl. Kalijudan No. 76"),
    ("news", "Suara Maluku", "suaramaluku.com", "WIT", "Ambon", "Jl. Said Perintah No. 3"),
    ("news", "Radar Lampung", "radarlampung.co.id", "WIB", "Bandar Lampung",
     "Jl. Sultan Agung No. 18"),
    ("news", "Gorontalo Post", "gorontalopost.id", "WITA", "Gorontalo", "Jl. Nani Wartabone"),
    ("news", "Papua Barat Pos", "papuabaratpos.com", "WIT", "Manokwari", "Jl. Trikora Wosi"),
)
_PRINT_CATEGORIES = ("Berita", "Berita Daerah", "Pemerintahan", "Pengumuman", "Artikel",
                     "Kegiatan", "Ekonomi", "Kesehatan")


def _print_stamp(rng: random.Random, when: datetime, zone: str) -> str:
    """The moment a page was printed, as a print view prints it: later than the article,
    in the site's zone, with a bare time only at WIB's sites."""
    later = when + timedelta(minutes=rng.randrange(30, 300 * 24 * 60))
    later = later.replace(second=rng.randrange(60))
    forms = ["long_zone", "day_dash_zone", "slash_zone", "comma_zone", "long", "day_long"]
    if zone == "WIB":
        forms += ["long_bare", "slash_bare", "dash_bare_s", "iso_bare_s"]
    return _id_date(rng.choice(forms), later, zone)


def print_view(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """The print-friendly or reader view of a government's or an outlet's article: the
    WP-Print plugin's page (``#Outline``, ``#BlogTitle``, "Posted By admin On 13 Mei 2024
    @ 10:30 In Berita | No Comments", "Article printed from", "URL to article", "Click here
    to print.", in English or Indonesian), a PHP portal's ``cetak.php`` (a letterhead's
    table with the site's name and address, "Tanggal:", "Penulis:", "Dibaca:",
    "Dicetak dari: <url>", "Dicetak pada: <date>", "[Cetak] [Tutup]", a copyright line,
    ``onload="window.print()"``), Joomla's print template (``tmpl=component&print=1``: the
    print button, "Rincian", "Ditulis oleh", "Kategori:", "Diterbitkan:", "Dilihat:", a
    ``<time>`` with the offset), a "mode baca" (its toolbar's "A- A+", "Terang Gelap
    Sepia" and "Keluar dari mode baca", the site's name, the reading time, the source's
    URL), the AMP plugin's reader template (its header, byline, posted-on time, category,
    tags and "Tinggalkan Komentar"), or a bare page of ``<br>``s and ``<font>``; the
    print date above or below the article, always later than the article's own date and
    labelled; the original's URL printed out; the site's name as plain text; captions;
    canonical links to the original and, now and then, its og and JSON-LD stamps."""
    kind, name, host, zone, city, street = rng.choice(_PRINT_SITES)
    gov = kind == "gov"
    base = f"https://{rng.choice(('www.', 'www.', ''))}{host}"
    site = rng.choice((name, name.replace("Pemerintah Kabupaten", "Pemkab").replace(
        "Pemerintah Kota", "Pemkot").replace("Pemerintah Provinsi", "Pemprov"))) if gov else name
    style = rng.choice(("wp_print", "wp_print", "cetak", "cetak", "cetak", "joomla", "joomla",
                        "reader", "amp", "bare"))
    category = rng.choice(_PRINT_CATEGORIES)
    news_id = rng.randrange(100, 60000)
    s = slug(text.headline)
    if rng.random() < 1 / 8:
        return _print_listing(rng, text, site, base, zone, category, style)

    # the dates
    stamps = {"wp_print": ("none",), "cetak": ("none", "none", "offset"),
              "joomla": ("offset", "offset", "utc"), "reader": ("none", "offset", "utc"),
              "amp": ("utc", "offset"), "bare": ("none",)}[style]
    when, form, stamp, timed = _id_when(rng, zone, chance_time=0.5, stamps=stamps,
                                        ago=0.4 if style == "amp" else 0.0)
    if style == "wp_print" and form in ("day_pukul", "en_zone"):
        form = "long_zone"
    day = when.date()
    machine = _machine(when, stamp)
    printed = _id_date(form, when, zone) if form else _ago(rng)
    if style == "wp_print":
        original = rng.choice((f"{base}/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/",
                               f"{base}/berita/{s}/"))
        url = rng.choice((f"{original}print/", f"{original}?print=1"))
    elif style == "cetak":
        original = rng.choice((f"{base}/berita/{news_id}/{s}", f"{base}/read/{news_id}/{s}.html",
                               f"{base}/index.php?page=berita&id={news_id}"))
        url = rng.choice((f"{base}/cetak.php?id={news_id}", f"{base}/cetak/{news_id}/{s}",
                          f"{base}/print/{news_id}", f"{base}/berita/cetak/{news_id}"))
    elif style == "joomla":
        original = f"{base}/index.php/{slug(category)}/{news_id}-{s}"
        url = (f"{base}/index.php?option=com_content&amp;view=article&amp;id={news_id}:{s}&amp;"
               f"catid={rng.randrange(2, 40)}&amp;tmpl=component&amp;print=1&amp;layout=default")
    elif style == "reader":
        original = rng.choice((f"{base}/berita/{s}", f"{base}/{day:%Y/%m/%d}/{s}/"))
        url = rng.choice((f"{original}?mode=baca", f"{base}/baca/{news_id}/{s}?reader=1",
                          f"{original}?view=reader"))
    elif style == "amp":
        original = rng.choice((f"{base}/{s}/", f"{base}/{day:%Y/%m/%d}/{s}/"))
        url = rng.choice((f"{original}amp/", f"{original}?amp=1", f"{base}/amp/{s}/"))
    else:
        original = f"{base}/berita/{news_id}/{s}"
        url = rng.choice((f"{base}/cetak/{news_id}", f"{base}/berita/print/{news_id}",
                          f"{original}?print=1"))
    plain_url = url.replace("&amp;", "&")
    j = Junk()

    # the people, the printing
    poster = rng.choice(("admin", "Admin", "Humas", "Redaksi", _person(rng), _person(rng),
                         f"Diskominfo {city}" if gov else rng.choice(NAMES)))
    show_poster = rng.random() < 0.7
    author: str | None = poster if show_poster else None
    print_label = rng.choice(("Dicetak pada:", "Dicetak pada", "Tanggal cetak:", "Dicetak:",
                              "Waktu cetak:", "Diakses pada:", "Printed on:"))
    print_line = f"{print_label} {_print_stamp(rng, when, zone)}"
    from_label = rng.choice(("Dicetak dari:", "Dicetak dari", "Sumber:", "URL:",
                             "Artikel ini dicetak dari"))
    from_line = f"{from_label} {original}"
    buttons = rng.choice((["[Cetak]", "[Tutup]"], ["Cetak", "Tutup"], ["Cetak halaman ini"],
                          ["[ Cetak ]", "[ Tutup Jendela ]"], ["Print", "Close"]))
    copyright_line = rng.choice((f"Copyright © {day.year} {site}. All rights reserved.",
                                 f"© {day.year} {site}", f"Hak Cipta © {day.year} {site}",
                                 f"Copyright © {day.year} {site}. Hak cipta dilindungi "
                                 "undang-undang."))

    def print_info(put: Callable[[str], str], *, with_from: bool = True,
                   with_date: bool = True) -> str:
        bits = []
        recorded = put is not escape
        if with_from:
            if recorded:
                j.also(from_line)
                j(from_label)
            bits.append(f'{escape(from_label)} <a href="{original}">{put(original)}</a>')
        if with_date:
            bits.append(put(print_line))
        return f'<div class="print-info">{"<br>".join(bits)}</div>' if bits else ""

    def button_bar(put: Callable[[str], str]) -> str:
        if put is not escape and len(buttons) > 1:
            j.also(" ".join(buttons))
        actions = ("window.print()", "window.close()")
        return ('<div class="noprint buttons">' + " ".join(
            f'<a href="javascript:{actions[k % 2]}">{put(b)}</a>' for k, b in enumerate(buttons))
            + "</div>")

    # the caption of a picture
    caption = ""
    if rng.random() < 0.4 and style != "bare":
        caption = rng.choice((f"Foto: {site}", f"Suasana kegiatan di {city}.",
                              f"Dokumentasi {site}", f"Bupati {city} {rng.choice(_ACTS)}."
                              if gov else f"Warga {city} {rng.choice(_ACTS)}."))
    image_src = f"{base}/uploads/{day:%Y/%m}/{token(rng, 12)}.jpg"

    # the paragraphs
    dateline = ""
    if rng.random() < 0.4:
        dateline = rng.choice((f"{city.upper()} –", f"{city.upper()} -", f"{city}, {site} –",
                               f"{city.upper()}, ({name.split()[-1]}) -"))
    as_br = style == "bare" or (style == "cetak" and rng.random() < 0.4)
    paras: list[str] = []
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<b>{j(dateline)}</b> {words}"
        paras.append(words if as_br else f"<p>{words}</p>")
    body = "<br>\n<br>\n".join(paras) if as_br else "\n".join(paras)
    end = ""
    if rng.random() < 0.25:
        end_line = rng.choice(("(*)", f"({city.lower()[:3]})", "(adv)", "***"))
        end = f"<br><br>{j(end_line)}" if as_br else f"<p>{j(end_line)}</p>"

    head: list[str] = []
    if style != "amp":
        head.append(f'<link rel="canonical" href="{original}">')
        head.append('<meta name="robots" content="noindex, follow">')
    if style in ("reader", "amp", "cetak") and rng.random() < 0.35:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{original}">']
    print_top = rng.random() < 0.4
    lang = "id"
    tagged = False

    if style == "wp_print":
        english = rng.random() < 0.5
        words_w = (("Posted By", "On", "In", "No Comments", "Article printed from",
                    "URL to article", "Click here", "to print.") if english else
                   ("Diposting Oleh", "Pada", "Dalam", "Tidak ada komentar", "Artikel dicetak "
                    "dari", "URL artikel", "Klik di sini", "untuk mencetak."))
        date_bit = printed
        if form in _ID_ZONED or form in _ID_BARE:
            clock = f"{when:%H:%M:%S}" if form.endswith("_s") else f"{when:%H:%M}"
            clock = clock if form in _ID_BARE else f"{clock} {zone}"
            date_bit = f"{_long(day, day_name=False)} @ {clock}"
        line_items = []
        html_items = []
        if show_poster:
            line_items.append(f"{words_w[0]} {poster}")
            html_items.append(f"{escape(words_w[0])} <u>{j(poster)}</u>")
        line_items.append(f"{words_w[1]} {date_bit}")
        html_items.append(f"{escape(words_w[1])} {j(date_bit)}")
        line_items.append(f"{words_w[2]} {category} | {words_w[3]}")
        html_items.append(f"{escape(words_w[2])} <u>{j(category)}</u> | <u>{j(words_w[3])}</u>")
        j.also(" ".join(line_items))
        blog_date = f'<p id="BlogDate">{" ".join(html_items)}</p>'
        figure = ""
        if caption:
            figure = (f'<div class="wp-caption aligncenter"><img src="{image_src}" alt="" '
                      f'width="640"><p class="wp-caption-text">{j(caption)}</p></div>')
        home = base + "/"
        printed_from = f"{words_w[4]} {site}: {home}"
        j.also(printed_from)
        j(home)
        to_article = f"{words_w[5]}: {original}"
        j.also(to_article)
        j(original)
        click = f"{words_w[6]} {words_w[7]}"
        j.also(click)
        j(words_w[6])
        outline = (f'<div class="Center"><div id="Outline"><p id="BlogTitle">'
                   f"{escape(text.headline)}</p>{blog_date}<div id=\"BlogContent\">{figure}{body}"
                   f'{end}</div><hr class="Divider" style="text-align: center;">'
                   f'<p>{escape(words_w[4])} {escape(site)}: <strong dir="ltr">{escape(home)}'
                   f'</strong></p><p>{escape(words_w[5])}: <strong dir="ltr">{escape(original)}'
                   f'</strong></p><p style="text-align: right;" id="print-link"><a href="#Print" '
                   f'onclick="window.print(); return false;" title="{attr(click)}">'
                   f"{escape(words_w[6])}</a> {escape(words_w[7])}</p></div></div>")
        disclaimer = escape(copyright_line)
        body_html = (f'<p style="text-align: center;"><strong>- {escape(site)} - <span dir="ltr">'
                     f"{escape(home)}</span> -</strong></p>{outline}"
                     f'<p style="text-align: center;">{disclaimer}</p>')
        body_cls = "wp-print"
    elif style == "cetak":
        inside = {k: rng.random() < 0.5 for k in ("kop", "info", "buttons", "copyright")}
        top_info = print_top
        kop_lines = [site.upper() if rng.random() < 0.6 else site,
                     rng.choice((f"Website Resmi {name}" if gov else f"Portal Berita {city}",
                                 f"{street}, {city}", f"{street}, {city} · Telp. (0"
                                 f"{rng.randrange(211, 999)}) {rng.randrange(21000, 99999)}"))]
        put_k = j if inside["kop"] else escape
        kop = (f'<table width="100%" class="kop"><tr><td width="70"><img src="{base}/images/logo.'
               f'png" alt="Logo" width="60"></td><td><b>{put_k(kop_lines[0])}</b><br>'
               f"{put_k(kop_lines[1])}</td></tr></table><hr>")
        if inside["kop"]:
            j.also(" ".join(kop_lines))
        meta_items: list[str] = []
        date_label = rng.choice(("Tanggal:", "Tanggal :", "Diterbitkan:", "Dipublikasikan:",
                                 "Tanggal Posting:"))
        date_line = f"{date_label} {printed}"
        tagged = bool(machine) and rng.random() < 0.6
        meta_items.append(date_line)
        meta_html = [f'<time datetime="{machine}">{j(date_line)}</time>' if tagged
                     else f"<span>{j(date_line)}</span>"]
        if show_poster:
            line = f"{rng.choice(('Penulis:', 'Penulis :', 'Oleh:', 'Ditulis oleh'))} {poster}"
            meta_items.append(line)
            meta_html.append(f"<span>{j(line)}</span>")
        if rng.random() < 0.5:
            line = f"Kategori: {category}"
            meta_items.append(line)
            meta_html.append(f"<span>{j(line)}</span>")
        if rng.random() < 0.4:
            line = f"Dibaca: {thousands(rng.randrange(20, 9000))} kali"
            meta_items.append(line)
            meta_html.append(f"<span>{j(line)}</span>")
        glue = rng.choice((" | ", " | ", " - "))
        meta_look = rng.choice(("line", "line", "rows"))
        if meta_look == "rows":
            meta = "<br>".join(meta_html)
            meta = f'<p class="info">{meta}</p>'
        else:
            if len(meta_items) > 1:
                j.also(glue.join(meta_items))
            meta = f'<p class="info">{escape(glue).join(meta_html)}</p>'
        look_h = rng.choice(("h2", "h3", "b", "h1"))
        headline = (f'<b style="font-size:18px">{escape(text.headline)}</b><br>' if look_h == "b"
                    else f'<{look_h} class="judul">{escape(text.headline)}</{look_h}>')
        figure = ""
        if caption:
            figure = (f'<p><img src="{image_src}" width="400" alt=""><br><i>{j(caption)}</i>'
                      "</p>")
        page_count = ""
        if rng.random() < 0.2:
            page_count = f'<p class="halaman">{j("Halaman 1 dari 1")}</p>'
        cell = [kop if inside["kop"] else "",
                print_info(j, with_from=False) if top_info and inside["info"] else "",
                button_bar(j) if inside["buttons"] and rng.random() < 0.5 else "",
                headline, meta, figure, body, end, page_count]
        cell_buttons_done = "buttons" in cell[2]
        if inside["info"]:
            cell.append(print_info(j, with_date=not top_info))
        if inside["buttons"] and not cell_buttons_done:
            cell.append(button_bar(j))
        if inside["copyright"]:
            cell.append(f'<p align="center"><small>{j(copyright_line)}</small></p>')
        around_top = [kop if not inside["kop"] else ""]
        around_bottom = []
        if not inside["info"]:
            if top_info:
                around_top.append(print_info(escape, with_from=False))
                around_bottom.append(print_info(escape, with_date=False))
            else:
                around_bottom.append(print_info(escape))
        if not inside["buttons"]:
            around_bottom.append(button_bar(escape))
        if not inside["copyright"]:
            around_bottom.append(f'<p align="center"><small>{escape(copyright_line)}</small></p>')
        body_html = (f'{"".join(around_top)}<table width="100%" class="isi" cellpadding="4"><tr>'
                     f'<td valign="top">{"".join(cell)}</td></tr></table><hr>'
                     f'{"".join(around_bottom)}')
        body_cls = "cetak\" onload=\"window.print()" if rng.random() < 0.5 else "cetak"
    elif style == "joomla":
        english = rng.random() < 0.35
        w = (("Print", "Details", "Written by", "Category:", "Published:", "Hits:") if english
             else ("Cetak", "Rincian", "Ditulis oleh", "Kategori:", "Diterbitkan:", "Dilihat:"))
        date_line = f"{w[4]} {printed}"
        hits = rng.randrange(10, 9000)
        dd = []
        items = [w[1]]
        if show_poster:
            items.append(f"{w[2]} {poster}")
            j.also(f"{w[2]} {poster}")
            dd.append(f'<dd class="createdby" itemprop="author" itemscope itemtype="https://'
                      f'schema.org/Person">{escape(w[2])} <span itemprop="name">{j(poster)}'
                      "</span></dd>")
        if rng.random() < 0.7:
            items.append(f"{w[3]} {category}")
            j.also(f"{w[3]} {category}")
            dd.append(f'<dd class="category-name">{escape(w[3])} <a href="{base}/index.php/'
                      f'{slug(category)}" itemprop="genre">{j(category)}</a></dd>')
        items.append(date_line)
        stamp_attr = f' datetime="{machine}"' if machine else ""
        dd.append(f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> '
                  f'<time{stamp_attr} itemprop="datePublished">{j(date_line)}</time></dd>')
        if rng.random() < 0.6:
            items.append(f"{w[5]} {hits}")
            dd.append(f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> '
                      f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}">'
                      f"{j(f'{w[5]} {hits}')}</dd>")
        j.also(" ".join(items))
        info = (f'<dl class="article-info muted"><dt class="article-info-term">{j(w[1])}</dt>\n'
                + "\n".join(dd) + "</dl>")
        icons = (f'<div class="icons"><div class="btn-group pull-right"><a href="#" onclick="'
                 f'window.print();return false;"><span class="icon-print" aria-hidden="true">'
                 f"</span> {j(w[0])}</a></div></div>")
        figure = ""
        if caption:
            figure = (f'<div class="pull-none item-image"><img src="{image_src}" alt="" '
                      f'itemprop="image"><span class="caption">{j(caption)}</span></div>')
        extra = print_info(j) if rng.random() < 0.3 else ""
        page = [f'<div class="page-header"><h2 itemprop="headline">{escape(text.headline)}</h2>'
                "</div>", icons, info]
        if rng.random() < 0.4:
            page = [icons, page[0], info]
        body_html = (f'<div id="all"><div id="main"><div id="system-message-container"></div>'
                     f'<div class="item-page" itemscope itemtype="https://schema.org/Article">'
                     f'<meta itemprop="inLanguage" content="id-ID">{"".join(page)}{figure}'
                     f'<div itemprop="articleBody">{body}{end}</div>{extra}</div></div></div>')
        body_cls = "contentpane modal"
    elif style == "reader":
        toolbar_inside = rng.random() < 0.5
        put_t = j if toolbar_inside else escape
        tools = [rng.choice(("Mode Baca", "Mode baca", "Reader Mode")), "A-", "A+",
                 *rng.choice((("Terang", "Gelap", "Sepia"), ("Terang", "Gelap"), ())),
                 rng.choice(("Keluar dari mode baca", "Tutup mode baca", "Kembali ke artikel"))]
        if toolbar_inside:
            j.also(" ".join(tools))
        toolbar = (f'<div class="reader-toolbar" role="toolbar"><span class="reader-toolbar__'
                   f'label">{put_t(tools[0])}</span> ' + " ".join(
                       f'<button type="button">{put_t(x)}</button>' for x in tools[1:-1])
                   + f' <a href="{original}">{put_t(tools[-1])}</a></div>')
        words_n = sum(len(p.split()) for p in text.paragraphs)
        meta_items = []
        if show_poster:
            meta_items.append(rng.choice((f"Oleh {poster}", poster)))
        meta_items.append(printed)
        if rng.random() < 0.6:
            meta_items.append(f"{max(1, words_n // 200)} menit baca")
        glue = rng.choice((" · ", " | ", " — "))
        tagged = bool(machine) and rng.random() < 0.6
        meta_html = []
        for item in meta_items:
            if item == printed and tagged:
                meta_html.append(f'<time datetime="{machine}">{j(item)}</time>')
            else:
                meta_html.append(f"<span>{j(item)}</span>")
        if len(meta_items) > 1:
            j.also(glue.join(meta_items))
        site_line = f'<div class="reader__site">{j(site)}</div>'
        figure = ""
        if caption:
            figure = (f'<figure><img src="{image_src}" alt=""><figcaption>{j(caption)}'
                      "</figcaption></figure>")
        footer_bits = []
        if rng.random() < 0.6:
            src_line = f"Sumber: {original}"
            j.also(src_line)
            footer_bits.append(f'<p>{j("Sumber:")} <a href="{original}">{j(original)}</a></p>')
        if rng.random() < 0.5:
            footer_bits.append(f"<p>{j(copyright_line)}</p>")
        if rng.random() < 0.3:
            footer_bits.append(print_info(j, with_from=False))
        article = (f'<article class="reader">{toolbar if toolbar_inside else ""}{site_line}'
                   f'<h1 class="reader__title">{escape(text.headline)}</h1><div class="reader__'
                   f'meta">{escape(glue).join(meta_html)}</div>{figure}<div class="reader__body">'
                   f'{body}{end}</div><footer class="reader__footer">{"".join(footer_bits)}'
                   "</footer></article>")
        body_html = f'{"" if toolbar_inside else toolbar}{article}'
        body_cls = "reader-mode theme-light"
    elif style == "amp":
        head = [f'<link rel="canonical" href="{original}">',
                '<script async src="https://cdn.ampproject.org/v0.js"></script>', *head[2:]]
        if machine:
            head.append(_ld({"@context": "http://schema.org", "@type": "BlogPosting",
                             "mainEntityOfPage": original, "publisher": {"@type": "Organization",
                                                                         "name": site},
                             "headline": text.headline, "datePublished": machine}
                            | ({"author": {"@type": "Person", "name": poster}} if show_poster
                               else {})))
        byline_html = ""
        if show_poster:
            byline_html = (f'<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.'
                           f'gravatar.com/avatar/{_hex(rng, 32)}?s=72" alt="{attr(poster)}" '
                           f'width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-'
                           f'author author vcard">{j(poster)}</span></div>')
        posted = (f'<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{machine}">'
                  f"{j(printed)}</time></div>")
        if show_poster:
            j.also(f"{poster} {printed}")
        figure = ""
        if caption:
            figure = (f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="'
                      f'1024" height="683" src="{image_src}" layout="intrinsic"></amp-img><p class'
                      f'="wp-caption-text">{j(caption)}</p></figure>')
        foot = []
        if rng.random() < 0.7:
            word = rng.choice(("Kategori:", "Categories:"))
            j.also(f"{word} {category}")
            foot.append(f'<div class="amp-wp-meta amp-wp-tax-category">{j(word)} <a href="{base}/'
                        f'category/{slug(category)}/" rel="category tag">{j(category)}</a></div>')
        if rng.random() < 0.4:
            tags = rng.sample(_TAGS, rng.randrange(2, 4))
            word = rng.choice(("Tag:", "Tags:"))
            j.also(f"{word} {', '.join(tags)}")
            foot.append(f'<div class="amp-wp-meta amp-wp-tax-tag">{j(word)} ' + ", ".join(
                f'<a href="{base}/tag/{slug(t)}/" rel="tag">{j(t)}</a>' for t in tags) + "</div>")
        if rng.random() < 0.6:
            word = rng.choice(("Tinggalkan Komentar", "Leave a Comment", "Beri Komentar"))
            foot.append(f'<div class="amp-wp-meta amp-wp-comments-link"><a href="{original}'
                        f'#respond">{j(word)}</a></div>')
        if rng.random() < 0.3:
            word = rng.choice(("Lihat versi lengkap", "Versi Cetak", "Lihat versi non-AMP"))
            foot.append(f'<div class="amp-wp-meta"><a href="{original}">{j(word)}</a></div>')
        body_html = (f'<header id="top" class="amp-wp-header"><div><a href="{base}/">'
                     f"{escape(site)}</a></div></header><article class=\"amp-wp-article\"><header"
                     f' class="amp-wp-article-header"><h1 class="amp-wp-title">'
                     f"{escape(text.headline)}</h1>{byline_html}{posted}</header>{figure}"
                     f'<div class="amp-wp-article-content">{body}{end}</div><footer class="amp-wp-'
                     f'article-footer">{"".join(foot)}</footer></article><footer class="amp-wp-'
                     f'footer"><div><h2>{escape(site)}</h2><p>{escape(copyright_line)}</p><a href'
                     f'="#top" class="back-to-top">Kembali ke atas</a></div></footer>')
        body_cls = ""
        lang = "id-ID"
    else:  # bare: everything in the body
        top_lines = [site.upper(), f"{street}, {city}"]
        bits = [f"<b>{j(top_lines[0])}</b><br>", f"{j(top_lines[1])}<br><hr>"]
        if print_top:
            bits.append(f"{j(print_line)}<br><br>")
        bits.append(f'<b><font size="4">{escape(text.headline)}</font></b><br>')
        date_line = f"{rng.choice(('Tanggal :', 'Tanggal:', 'Tgl.'))} {printed}"
        bits.append(f"{j(date_line)}<br>")
        if show_poster:
            bits.append(f"{j(f'Penulis : {poster}')}<br>")
        bits.append(f"<br>{body}{end}<br><hr>")
        j.also(from_line)
        j(from_label)
        bits.append(f'{escape(from_label)} <a href="{original}">{j(original)}</a><br>')
        if not print_top:
            bits.append(f"{j(print_line)}<br>")
        if len(buttons) > 1:
            j.also(" ".join(buttons))
        bits.append(" ".join(f'<a href="javascript:window.{"print" if k == 0 else "close"}()">'
                             f"{j(b)}</a>" for k, b in enumerate(buttons)) + "<br>")
        bits.append(f"<br><small>{j(copyright_line)}</small>")
        body_html = "\n".join(bits)
        body_cls = "print"

    if style == "reader" and machine and (not tagged or rng.random() < 0.5):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if style == "joomla" and machine and rng.random() < 0.5:
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if style == "cetak" and machine and not any("datetime" in x for x in (body_html,)):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    title = rng.choice((f"{text.headline} - {site}", f"Cetak: {text.headline}",
                        f"Print - {text.headline} | {site}", f"{site} » {text.headline} » Print",
                        f"Versi Cetak: {text.headline}",
                        joined_title(rng, text.headline, site)))
    amp_attr = " amp" if style == "amp" else ""
    css = ('<style media="print">.noprint{display:none}body{font:12pt Georgia,serif}</style>'
           if style in ("cetak", "bare", "wp_print") else
           '<style amp-custom>.amp-wp-article{max-width:840px}</style>' if style == "amp" else
           '<style>.reader{max-width:680px;margin:0 auto}</style>')
    html = f"""<!DOCTYPE html>
<html{amp_attr} lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
{css}
</head>
<body class="{body_cls}">
{body_html}
</body>
</html>"""
    published: datetime | date = when if timed else day
    return plain_url, html, Truth(text.headline, text.paragraphs, published, author, site,
                                  tuple(j.lines))


def _print_listing(rng: random.Random, text: Text, site: str, base: str, zone: str,
                   category: str, style: str) -> tuple[str, str, Truth]:
    """The print of an index: the section's heading, a table of titles and dates, the
    print date."""
    when = when_in(rng, zone)
    day = when.date()
    heading = rng.choice((category, f"Daftar {category}", f"Arsip {category}", "Berita Terkini",
                          f"Indeks {category}"))
    shown = listing_items(rng, text, day, rng.randrange(6, 16))
    rows = "".join(f"<tr><td>{k}</td><td><a href=\"{base}/berita/{slug(o.headline)}\">"
                   f"{escape(o.headline)}</a></td><td>{_long(d, day_name=False)}</td></tr>"
                   for k, (o, d) in enumerate(shown, 1))
    stamp = _print_stamp(rng, when, zone)
    url = f"{base}/{rng.choice(('cetak.php?hal=' + slug(category), 'berita/cetak', 'print/index'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} - {escape(site)}</title>
<meta name="robots" content="noindex"></head><body class="print-index {style}">
<b>{escape(site.upper())}</b><hr><h2>{escape(heading)}</h2>
<table border="1" cellpadding="4" width="100%"><tr><th>No</th><th>Judul</th><th>Tanggal</th></tr>
{rows}</table><p>Dicetak pada: {escape(stamp)}</p>
<div class="noprint">[<a href="javascript:window.print()">Cetak</a>]
[<a href="javascript:window.close()">Tutup</a>]</div></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


FAMILIES: dict[str, Family] = {
    "tribratanews-polri": tribratanews_polri, "longform-interactive": longform_interactive,
    "foreign-english-outlet": foreign_english_outlet, "print-view": print_view}
