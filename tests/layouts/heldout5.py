"""A fifth set of held-out layout families, written without sight of the extraction rules.

A news page of a public or regional broadcaster (an RRI station, a TVRI station, a
private regional TV, a regency's public radio); a regional parliament's (DPRD's) site
on a hand-rolled CodeIgniter and Bootstrap 3 or 4; a modern city's, province's or
outlet's portal rendered on the server by Nuxt (or Angular Universal), with its state
again in a script; and a static site (Hugo, Jekyll, Eleventy) of a smart-city office, a
tourism office or a small outlet. They were written by a session that never read the
extractor nor ran it, from what such pages look like, and committed before any rule was
run on them: never tune a rule on them. Each takes a seeded ``random.Random`` and a real
``Text`` and returns the page's URL, its HTML and its ``Truth``; every furniture line
put inside the article container (the block that holds the headline, the meta lines and
the paragraphs) is in the truth's ``junk``, whole and piece by piece where the page
renders it from several elements. About one call in eight gives a section's listing
page instead (``Truth.article`` false), whose title is the section's heading.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``, ``article:published_time``,
JSON-LD, an attribute such as Hugo's ``title="2025-05-27 14:30:00 +0800 WITA"``, or the
state script of a server-rendered app) has a zone-aware moment in that zone. A time
printed without any zone is WIB's, and only pages of regions in WIB print one (a
CodeIgniter page's "2025-05-27 14:30:44" is the server's clock; PHP's English default
"Tuesday, 27 May 2025 - 14:30" too). A page that prints only a date, with at most a UTC
stamp beside it (a ``Z`` in the state, a Jekyll ``datetime`` in UTC, Chirpy's epoch),
has the date, and its moment falls in office hours so that the UTC stamp is on the same
day. A relative time ("3 jam yang lalu") is printed only beside a stamp with an offset.
A broadcaster's or an outlet's dateline before the first paragraph ("KBRN, Kupang:",
"TVRINews, Ambon -") is furniture, and the paragraph's truth is the text without it.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from tests.layouts import (
    MONTHS,
    MONTHS_EN,
    NAMES,
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

_FIRST = ("Yuliana", "Marthen", "Ni Luh", "Abdul", "Sarlota", "Hendrik", "Wa Ode", "Irfan",
          "Theresia", "Baso", "Meylan", "Zulkarnain", "Agustinus", "Rahmi")
_LAST = ("Bria", "Latuconsina", "Ariani", "Gafur", "Wonda", "Simanjuntak", "Sumiati", "Patiran",
         "Kolo", "Daeng Ngemba", "Lontoh", "Harahap", "Rumbewas", "Anwar")
_TAGS = ("pemerintahan", "pembangunan", "pelayanan publik", "kesehatan", "pendidikan",
         "ekonomi", "infrastruktur", "anggaran", "pariwisata", "stunting", "inflasi",
         "ketahanan pangan", "bencana", "UMKM", "desa", "lingkungan")
_ACTS = ("saat memberikan keterangan kepada wartawan", "saat meninjau lokasi kegiatan",
         "menghadiri rapat koordinasi", "menyerahkan bantuan kepada warga",
         "membuka kegiatan sosialisasi", "berdialog dengan masyarakat")


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


def _script_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _ld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{_script_json(data)}</script>'


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece recorded, and the whole line;
    ``fmt`` wraps each piece (``{x}`` the escaped piece, ``{s}`` its slug)."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=j(item), s=slug(item)) for item in items)


def _long(day: date, *, day_name: bool = True) -> str:
    return indonesian_date(day, day_name=day_name)


# -- 1. a public or regional broadcaster: RRI, TVRI, a regional TV, a regency's radio --------

# (kind, name, zone, city, host, dateline tag, frequency or channel)
_STATIONS = (
    ("rri", "RRI Kupang", "WITA", "Kupang", "rri.co.id", "KBRN, Kupang:", "FM 88.6 MHz"),
    ("rri", "RRI Ambon", "WIT", "Ambon", "rri.co.id", "KBRN, Ambon:", "FM 88.9 MHz"),
    ("rri", "RRI Jayapura", "WIT", "Jayapura", "rri.co.id", "KBRN, Jayapura:", "FM 91.9 MHz"),
    ("rri", "RRI Banda Aceh", "WIB", "Banda Aceh", "rri.co.id", "KBRN, Banda Aceh:",
     "FM 97.7 MHz"),
    ("rri", "RRI Mataram", "WITA", "Mataram", "rri.co.id", "KBRN, Mataram:", "FM 93.5 MHz"),
    ("rri", "RRI Palu", "WITA", "Palu", "rri.co.id", "KBRN, Palu:", "FM 97.5 MHz"),
    ("rri", "RRI Ternate", "WIT", "Ternate", "rri.co.id", "KBRN, Ternate:", "FM 94.6 MHz"),
    ("rri", "RRI Bengkulu", "WIB", "Bengkulu", "rri.co.id", "KBRN, Bengkulu:", "FM 91.8 MHz"),
    ("rri", "RRI Sintang", "WIB", "Sintang", "rri.co.id", "KBRN, Sintang:", "FM 95.3 MHz"),
    ("rri", "RRI Merauke", "WIT", "Merauke", "rri.co.id", "KBRN, Merauke:", "FM 96.3 MHz"),
    ("rri", "RRI Ende", "WITA", "Ende", "rri.co.id", "KBRN, Ende:", "FM 96.0 MHz"),
    ("rri", "RRI Gorontalo", "WITA", "Gorontalo", "rri.co.id", "KBRN, Gorontalo:",
     "FM 97.1 MHz"),
    ("rri", "RRI Sorong", "WIT", "Sorong", "rri.co.id", "KBRN, Sorong:", "FM 95.7 MHz"),
    ("rri", "RRI Tarakan", "WITA", "Tarakan", "rri.co.id", "KBRN, Tarakan:", "FM 97.6 MHz"),
    ("rri", "RRI Jember", "WIB", "Jember", "rri.co.id", "KBRN, Jember:", "FM 92.5 MHz"),
    ("rri", "RRI Bukittinggi", "WIB", "Bukittinggi", "rri.co.id", "KBRN, Bukittinggi:",
     "FM 88.8 MHz"),
    ("tvri", "TVRI Nusa Tenggara Timur", "WITA", "Kupang", "ntt.tvri.go.id", "TVRINews, Kupang",
     "Kanal 43 UHF"),
    ("tvri", "TVRI Maluku", "WIT", "Ambon", "maluku.tvri.go.id", "TVRINews, Ambon",
     "Kanal 36 UHF"),
    ("tvri", "TVRI Papua", "WIT", "Jayapura", "papua.tvri.go.id", "TVRINews, Jayapura",
     "Kanal 29 UHF"),
    ("tvri", "TVRI Sulawesi Selatan", "WITA", "Makassar", "sulsel.tvri.go.id",
     "TVRINews, Makassar", "Kanal 39 UHF"),
    ("tvri", "TVRI Kalimantan Barat", "WIB", "Pontianak", "kalbar.tvri.go.id",
     "TVRINews, Pontianak", "Kanal 42 UHF"),
    ("tvri", "TVRI Jambi", "WIB", "Jambi", "jambi.tvri.go.id", "TVRINews, Jambi", "Kanal 32 UHF"),
    ("tvri", "TVRI Maluku Utara", "WIT", "Ternate", "malut.tvri.go.id", "TVRINews, Ternate",
     "Kanal 41 UHF"),
    ("lokaltv", "Celebes TV", "WITA", "Makassar", "celebestv.co.id", "CELEBESTV.COM, MAKASSAR",
     "Kanal 33 UHF"),
    ("lokaltv", "Kaltim TV", "WITA", "Samarinda", "kaltimtv.id", "KALTIMTV, SAMARINDA",
     "Kanal 25 UHF"),
    ("lokaltv", "Lombok TV", "WITA", "Mataram", "lomboktv.co.id", "LOMBOKTV, MATARAM",
     "Kanal 30 UHF"),
    ("lokaltv", "JTV Madiun", "WIB", "Madiun", "jtvmadiun.id", "JTV, MADIUN", "Kanal 40 UHF"),
    ("lokaltv", "Papua TV", "WIT", "Jayapura", "papuatv.id", "PAPUATV.ID, JAYAPURA",
     "Kanal 45 UHF"),
    ("lppl", "LPPL Radio Suara Wajo", "WITA", "Sengkang", "suarawajo.com",
     "Sengkang, Suara Wajo", "FM 94.7 MHz"),
    ("lppl", "Radio Suara Kutai Timur", "WITA", "Sangatta", "rskutim.id", "SANGATTA, RSKT",
     "FM 89.3 MHz"),
    ("lppl", "LPPL Radio Gema Sintang", "WIB", "Sintang", "gemasintang.id",
     "SINTANG, Gema Sintang", "FM 102.5 MHz"),
    ("lppl", "LPPL Radio Suara Halmahera Utara", "WIT", "Tobelo", "suarahalut.id",
     "TOBELO, Suara Halut", "FM 100.1 MHz"),
    ("lppl", "Radio Komunitas Suara Lembata", "WITA", "Lewoleba", "suaralembata.or.id",
     "Lewoleba, Suara Lembata", "FM 107.7 MHz"),
    ("lppl", "LPPL Radio Suara Banyumas", "WIB", "Purwokerto", "suarabanyumas.id",
     "PURWOKERTO, Suara Banyumas", "FM 92.9 MHz"),
)
_AIR_SECTIONS = ("Daerah", "Pemerintahan", "Ekonomi", "Politik", "Hukum", "Sosial Budaya",
                 "Kesehatan", "Pendidikan", "Olahraga", "Peristiwa")
_PROGRAMMES = ("Warta Berita Daerah", "Pagi Nusantara", "Dialog Interaktif", "Lintas Daerah",
               "Siaran Pedesaan", "Obrolan Sore", "Musik Pilihan", "Kabar Desa",
               "Info Lalu Lintas", "Dendang Nusantara", "Berita Nasional")


def _air_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "rri": f"{_long(day)} - {when:%H:%M}",
        "rri_zone": f"{_long(day)} - {when:%H:%M} {zone}",
        "long_zone": f"{_long(day)} {when:%H:%M} {zone}",
        "pukul": f"{_long(day, day_name=False)}, pukul {when:%H.%M} {zone}",
        "en": f"{DAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]} {day.year} | "
              f"{when:%H:%M} {zone}",
        "slash_zone": f"{day:%d/%m/%Y} {when:%H:%M} {zone}",
        "short_zone": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}, {when:%H:%M} {zone}",
        "date_long": _long(day),
        "date_plain": _long(day, day_name=False),
        "date_dash": f"{day:%d-%m-%Y}",
        "date_en": f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
    }[form]


def _duration(rng: random.Random) -> str:
    return f"{rng.randrange(0, 6):02d}:{rng.randrange(60):02d}"


def _player(rng: random.Random, j: Junk, kind: str, base: str, s: str) -> str:
    """The player near the top: an audio bar, text-to-speech, a podcast embed, or a video."""
    video = kind in ("tvri", "lokaltv") and rng.random() < 0.75
    look = rng.choice(("bar", "tts", "podcast")) if not video else rng.choice(("youtube",
                                                                                "html5"))
    dur = _duration(rng)
    if look == "bar":
        label = rng.choice(("Dengarkan", "Putar Audio", "Dengarkan Berita", "▶ Dengarkan"))
        j.also(f"{label} 00:00 / {dur}")
        return (f'<div class="audio-player" data-src="{base}/media/audio/{s[:30]}.mp3"><button '
                f'type="button" class="btn-play"><i class="icon-play"></i> {j(label)}</button> '
                f'<span class="current">{j("00:00")}</span> / <span class="duration">{j(dur)}'
                '</span><div class="progress"><div class="bar" style="width:0%"></div></div>'
                "</div>")
    if look == "tts":
        label = rng.choice(("Dengarkan artikel ini", "Dengarkan berita ini",
                            "Klik untuk mendengarkan", "Dengarkan"))
        fallback = ""
        if rng.random() < 0.5:
            fallback = j("Browser Anda tidak mendukung pemutar audio.")
        return (f'<div class="tts-box"><span class="tts-label">{j(label)}</span><audio controls '
                f'preload="none"><source src="{base}/tts/{s[:40]}.mp3" type="audio/mpeg">'
                f"{fallback}</audio></div>")
    if look == "podcast":
        items = [rng.choice(("Putar Audio", "Putar", "Dengarkan")), f"Durasi {dur}"]
        if rng.random() < 0.5:
            items.append(rng.choice(("Unduh MP3", "Unduh", "Download")))
        return ('<div class="podcast-embed"><img src="' + base + '/img/podcast.png" alt="">'
                + _pieced(j, items, " · ", '<span class="pc-{s}">{x}</span>') + "</div>")
    if look == "youtube":
        bits = ""
        if rng.random() < 0.6:
            label = rng.choice(("Putar Video", "Tonton Video", "Saksikan"))
            j.also(f"{label} {dur}")
            bits = (f'<div class="video-meta"><span class="play">{j(label)}</span> '
                    f'<span class="dur">{j(dur)}</span></div>')
        return (f'<div class="video-wrap ratio ratio-16x9"><iframe src="https://www.youtube.com/'
                f'embed/{token(rng, 11)}" title="YouTube video player" frameborder="0" '
                f"allowfullscreen></iframe>{bits}</div>")
    note = ""
    if rng.random() < 0.5:
        note = f'<p class="video-note">{j(rng.choice(("Tonton di YouTube", "Putar Video")))}</p>'
    return (f'<div class="video-box"><video controls preload="metadata" poster="{base}/thumb/'
            f'{s[:30]}.jpg"><source src="{base}/video/{s[:30]}.mp4" type="video/mp4"></video>'
            f'<span class="video-duration">{j(dur)}</span>{note}</div>')


def _on_air(rng: random.Random, put: Callable[[str], str], kind: str, freq: str) -> str:
    """"Sedang Mengudara" (a radio's programme on air now) or "Sedang Tayang" (a TV's)."""
    programme = rng.choice(_PROGRAMMES)
    tv = kind in ("tvri", "lokaltv")
    now = rng.choice(("Sedang Tayang", "Live Sekarang")) if tv else "Sedang Mengudara"
    pro = (rng.choice(("Siaran Langsung", "LIVE")) if tv else
           rng.choice(("Programa 1", "Pro 1", "Programa 2", "Pro 4")))
    listen = (rng.choice(("Tonton Live", "Tonton Siaran Langsung", "Streaming")) if tv else
              rng.choice(("Dengarkan Live", "Dengarkan Siaran Langsung", "Streaming")))
    return (f'<div class="on-air"><span class="live-dot"></span><b>{put(now)}</b>'
            f' <span class="pro">{put(pro)}</span> <span class="prog">{put(programme)}</span>'
            f' <span class="freq">{put(freq)}</span> <a href="#" class="btn-live">{put(listen)}'
            "</a></div>")


def _schedule(rng: random.Random, put: Callable[[str], str], zone: str) -> str:
    start = rng.randrange(5, 9)
    rows = []
    zoned = rng.random() < 0.4
    for k, programme in enumerate(rng.sample(_PROGRAMMES, rng.randrange(3, 6))):
        hour = start + 2 * k
        span = f"{hour:02d}.00 - {hour + 2:02d}.00" + (f" {zone}" if zoned else "")
        rows.append(f'<tr><td class="jam">{put(span)}</td><td>{put(programme)}</td></tr>')
    heading = rng.choice(("Jadwal Siaran", "Jadwal Siaran Hari Ini", "Jadwal Acara"))
    return (f'<div class="jadwal-siaran"><h4>{put(heading)}</h4><table class="table '
            f'table-sm">{"".join(rows)}</table></div>')


def broadcaster(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A news page of a broadcaster: an RRI station (``rri.co.id/kupang/daerah/123/...``,
    "KBRN, Kupang:" before the text, "Pro 1" labels), a TVRI station (a video above the
    text, "Reporter / Kamerawan / Editor" credits), a private regional TV with its ads,
    or a regency's public radio (LPPL): an audio bar ("Dengarkan 00:00 / 02:31"), a
    text-to-speech box, a podcast or video embed near the top, a "Sedang Mengudara"
    widget and a "Jadwal Siaran" table, in or beside the article; the station's label
    above the headline, credits in a broadcaster's words, the programme a story aired in,
    a frequency prompt, "Baca Juga" inserts, captions, tags, share buttons, a view count
    and lists of other news; og, ``article:published_time`` and JSON-LD stamps or none."""
    kind, name, zone, city, host, tag, freq = rng.choice(_STATIONS)
    section = rng.choice(_AIR_SECTIONS)
    s = slug(text.headline)
    news_id = rng.randrange(10**5, 10**6)
    if kind == "rri":
        base = f"https://{host}"
        station = slug(city)
        url = f"{base}/{station}/{slug(section)}/{news_id}/{s}"
    elif kind == "tvri":
        base = f"https://{host}"
        url = rng.choice((f"{base}/berita/{news_id}/{s}", f"{base}/detail/{news_id}-{s}",
                          f"{base}/news/{s}"))
    else:
        base = f"https://{rng.choice(('www.', ''))}{host}"
        url = rng.choice((f"{base}/berita/{s}", f"{base}/{slug(section)}/{s}",
                          f"{base}/read/{news_id}/{s}", f"{base}/{news_id}/{s}.html"))
    if rng.random() < 1 / 8:
        return _air_listing(rng, text, kind, name, base, city, section, zone)

    forms = ["rri_zone", "long_zone", "pukul", "slash_zone", "short_zone", "date_long",
             "date_plain", "date_dash", "ago"]
    if kind == "rri":
        forms += ["rri_zone", "en", "date_en"]
    if zone == "WIB":
        forms += ["rri", "rri"]
    form = rng.choice(forms)
    stamp = rng.choice(("none", "offset", "offset", "utc"))
    if form == "ago":
        stamp = "offset"
    printed_time = not form.startswith("date") and form != "ago"
    timed = printed_time or stamp == "offset"
    seconds = stamp != "none" and rng.random() < 0.6
    when = when_in(rng, zone, seconds=seconds, office_hours=not timed)
    day = when.date()
    j = Junk()

    # the station's label, the headline and the credits
    kicker = ""
    if rng.random() < 0.5:
        if kind in ("tvri", "lokaltv"):
            word = rng.choice((name.upper(), f"{name} | {section}", "Berita Daerah", section,
                               f"{name.split()[0]} News"))
        else:
            word = rng.choice((f"PRO 1 {city.upper()}", f"Pro 1 | {section}", name.upper(),
                               section, f"{name} | {section}", "Berita Daerah"))
        kicker = f'<div class="kicker station-label">{j(word)}</div>'
    look = rng.choice(("h1", "h1", "h1", "h2", "div", "p"))
    headline_class = rng.choice(("title", "judul-berita", "news-title", "post-title",
                                 "detail-title"))
    if look == "div":
        headline = f'<div class="{headline_class}">{escape(text.headline)}</div>'
    elif look == "p":
        headline = f'<p class="{headline_class}"><strong>{escape(text.headline)}</strong></p>'
    else:
        headline = f'<{look} class="{headline_class}">{escape(text.headline)}</{look}>'

    reporter = _person(rng)
    editor = rng.choice((*NAMES, _person(rng)))
    camera = _person(rng)
    credit_style = rng.choice(("pairs", "line", "pewarta", "tv", "none")
                              if kind in ("tvri", "lokaltv") else
                              ("pairs", "line", "pewarta", "none", "pro"))
    author: str | None = reporter
    credit_html = ""
    if credit_style == "pairs":
        credit_html = (f'<div class="credit"><span class="reporter">{j(f"Reporter: {reporter}")}'
                       f'</span><span class="editor">{j(f"Editor: {editor}")}</span></div>')
    elif credit_style == "line":
        glue = rng.choice((" | ", " - ", ", "))
        credit_html = (f'<div class="credit">{j(f"Penulis: {reporter}{glue}Editor: {editor}")}'
                       "</div>")
    elif credit_style == "pewarta":
        items = [f"Pewarta: {reporter}", f"Editor: {editor}"]
        credit_html = ('<ul class="list-inline credit">' + _pieced(
            j, items, " ", '<li class="list-inline-item">{x}</li>') + "</ul>")
    elif credit_style == "tv":
        roles = [("Reporter", reporter),
                 (rng.choice(("Kamerawan", "Juru Kamera", "Kameramen")), camera)]
        if rng.random() < 0.6:
            roles.append((rng.choice(("Editor", "Video Editor", "Penyunting")), editor))
        items = [f"{k}: {v}" for k, v in roles]
        credit_html = ('<div class="credit-tv">' + _pieced(j, items, " | ", "<span>{x}</span>")
                       + "</div>")
    elif credit_style == "pro":
        line = rng.choice((f"{reporter} - Pro 1 {name}", f"{reporter} / {name}",
                           f"Oleh: {reporter} (Pro 1)"))
        credit_html = f'<div class="author">{j(line)}</div>'
    else:
        author = None

    # the date, the count and the share row
    ago_hours = rng.randrange(1, 23)
    printed = (f"{ago_hours} jam yang lalu" if form == "ago"
               else _air_date(form, when, zone))
    label = rng.choice(("", "", "", "Diterbitkan: ", "Dipublikasikan ", "Tayang: "))
    if form == "ago":
        label = ""
    time_tag = rng.choice(("span", "div", "time")) if stamp != "none" else rng.choice(
        ("span", "div"))
    time_attr = ""
    if time_tag == "time":
        machine_stamp = _iso(when) if stamp == "offset" else _utc_z(when)
        time_attr = f' datetime="{machine_stamp}"'
    icon = rng.choice(("", '<i class="fa fa-clock-o"></i> ', '<i class="bi bi-calendar3"></i> ',
                       '<span class="icon-time"></span> '))
    date_html = f'<{time_tag} class="date"{time_attr}>{icon}{j(label + printed)}</{time_tag}>'
    views = rng.randrange(5, 20000)
    views_html = ""
    if rng.random() < 0.5:
        words = rng.choice((f"Dibaca {thousands(views)} kali", f"{thousands(views)} views",
                            f"{views}x dibaca", f"Dilihat: {views}"))
        views_html = f'<span class="views"><i class="fa fa-eye"></i> {j(words)}</span>'
    meta_order = rng.random()
    if meta_order < 0.5:
        meta = f'<div class="meta">{credit_html}{date_html}{views_html}</div>'
    elif meta_order < 0.8:
        meta = f'<div class="meta">{date_html}{views_html}</div>{credit_html}'
    else:
        meta = f'<div class="meta">{date_html}</div>{views_html}'
    credit_at_end = meta_order >= 0.8

    share_html = ""
    if rng.random() < 0.6:
        names = [n for n in ("Facebook", "X", "WhatsApp", "Telegram", "Salin Tautan")
                 if rng.random() < 0.7] or ["WhatsApp"]
        lead = rng.choice(("Bagikan:", "Share:", "Bagikan", ""))
        worded = rng.random() < 0.5
        buttons = " ".join(
            f'<a href="#" class="share-{slug(n)}" aria-label="{n}"><i class="fab fa-{slug(n)}">'
            f'</i>{j(n) if worded else ""}</a>' for n in names)
        if worded:
            j.also(" ".join(([lead] if lead else []) + names))
        share_html = (f'<div class="share-bar">{f"<span>{j(lead)}</span> " if lead else ""}'
                      f"{buttons}</div>")

    player = _player(rng, j, kind, base, s) if rng.random() < 0.8 else ""
    on_air_inside = rng.random() < 0.25
    on_air = _on_air(rng, j if on_air_inside else escape, kind, freq)
    schedule_inside = rng.random() < 0.2
    schedule = _schedule(rng, j if schedule_inside else escape, zone)

    image_html = ""
    if rng.random() < 0.75:
        caption = ""
        if rng.random() < 0.7:
            who = rng.choice(("Gubernur", "Bupati", "Wali Kota", "Kapolres", "Ketua DPRD",
                              "Warga", "Petugas"))
            photo = rng.choice((f"(Foto: {name}/{reporter})", f"Foto: Dok. {name}",
                                f"(Foto: RRI/{reporter.split()[0]})" if kind == "rri" else
                                f"(Foto: {name})", f"[{name}]"))
            caption = f"<figcaption>{j(f'{who} {city} {rng.choice(_ACTS)}. {photo}')}</figcaption>"
        image_html = (f'<figure class="featured-image"><img src="{base}/assets/images/{day:%Y/%m}/'
                      f'{token(rng, 16)}.jpg" alt="{attr(text.headline)}" class="img-fluid">'
                      f"{caption}</figure>")

    # the text
    dateline = ""
    if rng.random() < (0.8 if kind == "rri" else 0.5):
        if kind == "rri":
            dateline = tag
        else:
            dateline = tag + rng.choice((" -", " –", " —")) if not tag.endswith(":") else tag
    bold = rng.random() < 0.5
    markup = rng.choice(("p", "p", "justify", "div_br"))
    baca_after = {rng.randrange(len(text.paragraphs)) for _ in range(rng.choice((0, 0, 1, 2)))}
    ad_after = ({rng.randrange(len(text.paragraphs))} if kind == "lokaltv" and rng.random() < 0.7
                else set())
    baca_label = rng.choice(("Baca Juga:", "Baca juga:", "BACA JUGA:", "Simak Juga:"))
    pieces: list[str] = []
    last = len(text.paragraphs) - 1
    for n, paragraph in enumerate(text.paragraphs):
        body_text = escape(paragraph)
        if n == 0 and dateline:
            lead_html = f"<strong>{j(dateline)}</strong>" if bold else j(dateline)
            body_text = f"{lead_html} {body_text}"
        if markup == "div_br":
            pieces.append(body_text)
        elif markup == "justify":
            pieces.append(f'<p style="text-align: justify;">{body_text}</p>')
        else:
            pieces.append(f"<p>{body_text}</p>")
        if n == last:
            break
        if n in baca_after:
            other = other_texts(rng, text, 1)[0]
            j.also(f"{baca_label} {other.headline}")
            insert = (f'<strong>{j(baca_label)}</strong> <a href="{base}/{slug(section)}/'
                      f'{rng.randrange(10**5, 10**6)}/{slug(other.headline)}">{j(other.headline)}'
                      "</a>")
            pieces.append(insert if markup == "div_br" else f'<p class="baca-juga">{insert}</p>')
        if n in ad_after:
            ad = rng.choice(("ADVERTISEMENT", "Iklan", "- Advertisement -"))
            pieces.append(f'<div class="ads-inline"><small>{j(ad)}</small><ins class="adsbygoogle"'
                          ' style="display:block"></ins></div>')
    if markup == "div_br":
        body = '<div class="content-text">' + "<br><br>".join(pieces) + "</div>"
    else:
        body_class = rng.choice(("content-text", "isi-berita", "post-content", "entry-content"))
        body = f'<div class="{body_class}">' + "".join(pieces) + "</div>"

    tail: list[str] = []
    if rng.random() < 0.35:
        programme = rng.choice(_PROGRAMMES)
        line = rng.choice((f"(Disiarkan dalam {programme} Pro 1 {name})",
                           f"Berita ini telah disiarkan dalam program {programme}.",
                           f"Simak berita selengkapnya melalui siaran {name} {freq}.",
                           f"Dengarkan siaran langsung {name} di {freq} atau aplikasi "
                           f"{'RRI Digital' if kind == 'rri' else name}."))
        tail.append(f'<p class="aired"><em>{j(line)}</em></p>')
    if credit_at_end and credit_html:
        tail.append(credit_html)
    if rng.random() < 0.4:
        handle = slug(name).replace("-", "")
        line = rng.choice((f"Ikuti {name} di Google News", f"Follow Instagram @{handle}",
                           f"Ikuti kanal WhatsApp {name}", f"Subscribe YouTube {name}"))
        tail.append(f'<div class="follow-prompt"><a href="#" target="_blank">{j(line)}</a></div>')
    tags_html = ""
    if rng.random() < 0.6:
        chosen = rng.sample((*_TAGS, city, section.lower()), rng.randrange(2, 6))
        label_t = rng.choice(("Tag:", "Tags:", "Topik:", ""))
        items = ([label_t] if label_t else []) + chosen
        j.also(" ".join(items))
        tags_html = ('<div class="tags">' + (f"<span>{j(label_t)}</span> " if label_t else "")
                     + " ".join(f'<a href="{base}/tag/{slug(t)}" class="badge">{j(t)}</a>'
                                for t in chosen) + "</div>")
    tools = ""
    if rng.random() < 0.25:
        tools = ('<div class="tools">' + _pieced(
            j, rng.sample(["Cetak", "Unduh PDF", "Kirim Email"], 2), " ",
            '<a href="#" class="btn btn-sm btn-light">{x}</a>') + "</div>")

    def news_list(heading: str, inside: bool, n: int, dated: bool) -> str:
        put = j if inside else escape
        items = []
        for k, other in enumerate(other_texts(rng, text, n)):
            when_other = ""
            if dated:
                other_day = day - timedelta(days=k + rng.randrange(0, 4))
                when_other = f' <small>{put(_long(other_day, day_name=False))}</small>'
            items.append(f'<li><a href="{base}/{slug(section)}/{rng.randrange(10**5, 10**6)}/'
                         f'{slug(other.headline)}">{put(other.headline)}</a>{when_other}</li>')
        return (f'<div class="news-list {slug(heading)}"><h4>{put(heading)}</h4><ul>'
                + "".join(items) + "</ul></div>")

    related_inside = rng.random() < 0.3
    related = news_list(rng.choice(("Berita Terkait", f"Berita Lainnya dari {name}",
                                    "Baca Juga")), related_inside, rng.choice((3, 4, 5)),
                        rng.random() < 0.5)
    popular = news_list(rng.choice(("Terpopuler", "Berita Populer", "Paling Banyak Dibaca")),
                        False, 5, False)

    top = [kicker, headline, meta] if rng.random() < 0.7 else [kicker, headline, share_html, meta]
    share_top = share_html in top
    if rng.random() < 0.5:
        top += [player, image_html]
    else:
        top += [image_html, player]
    inner = "".join((
        *top, on_air if on_air_inside else "", body, *tail, tags_html,
        "" if share_top else share_html, tools, schedule if schedule_inside else "",
        related if related_inside else ""))
    wrapper = rng.choice(("article", "div", "section"))
    wrapper_class = rng.choice(("detail-berita", "news-detail", "post-single", "content-detail"))
    article = f'<{wrapper} class="{wrapper_class}">{inner}</{wrapper}>'

    crumbs = ["Beranda", city if kind == "rri" else "Berita", section]
    breadcrumb = ('<nav class="breadcrumb">' + " › ".join(
        f'<a href="{base}/{slug(c)}">{escape(c)}</a>' for c in crumbs) + "</nav>")
    stations = ""
    if kind == "rri":
        picks = rng.sample([st[1] for st in _STATIONS if st[0] == "rri"], 6)
        stations = ('<div class="station-picker"><span>Pilih Stasiun</span><ul>' + "".join(
            f'<li><a href="{base}/{slug(p[4:])}">{escape(p)}</a></li>' for p in picks)
            + "</ul></div>")
    live = ('<div class="live-bar"><span>LIVE</span> ' + " ".join(
        f'<a href="#" class="pro">{p}</a>' for p in ("Pro 1", "Pro 2", "Pro 3", "Pro 4"))
        + "</div>") if kind == "rri" else (
        '<div class="live-bar"><a href="#" class="live-tv">● Live Streaming</a></div>')
    menu = ("Beranda", "Berita", section, "Program", "Jadwal", "Podcast", "Video", "Kontak")
    nav = "".join(f'<li><a href="{base}/{slug(m)}">{escape(m)}</a></li>' for m in menu)

    title = rng.choice((joined_title(rng, text.headline, name),
                        f"{text.headline} - {name} | {section}",
                        f"{name.split()[0]}.co.id - {text.headline}" if kind == "rri" else
                        f"{text.headline} | {name}",
                        f"{text.headline} - {host}"))
    head: list[str] = []
    if rng.random() < 0.7:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{attr(url)}">',
                 f'<meta property="og:site_name" content="{attr(name)}">']
    machine = _iso(when) if stamp == "offset" else _utc_z(when)
    where = rng.choice(("og", "ld", "both")) if stamp != "none" else ""
    if time_attr and rng.random() < 0.5:
        where = ""  # the <time> holds the page's only stamp
    if where in ("og", "both"):
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if where in ("ld", "both"):
        ld: dict[str, object] = {
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": text.headline,
            "datePublished": machine,
            "publisher": {"@type": "Organization", "name": name}}
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        head.append(_ld(ld))
    if stamp != "none" and not where and not time_attr:
        head.append(f'<meta property="article:published_time" content="{machine}">')
    if author and rng.random() < 0.4:
        head.append(f'<meta name="author" content="{attr(author)}">')
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">
{"".join(head)}
<link rel="stylesheet" href="{base}/assets/css/app.css?v={token(rng, 8)}">
</head>
<body class="{kind}">
<header class="site-header">{live}<a class="logo" href="{base}/"><img src="{base}/assets/img/
logo.png" alt="{attr(name)}"></a><nav><ul class="menu">{nav}</ul></nav>{stations}
{"" if on_air_inside else on_air}</header>
<main class="container"><div class="row"><div class="col-lg-8">
{breadcrumb}
{article}
{"" if related_inside else related}
</div><aside class="col-lg-4">{"" if schedule_inside else schedule}{popular}
<div class="widget podcast"><h4>Podcast</h4><p>{escape(rng.choice(_PROGRAMMES))}</p></div>
</aside></div></main>
<footer class="site-footer"><p>{escape(name)} &middot; {escape(freq)}</p>
<p>&copy; {day.year} {escape(name)}. Hak Cipta Dilindungi.</p></footer>
<div class="sticky-player"><button>▶</button> <span>{escape(name)} - Live</span></div>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, text.paragraphs, published, author, name,
                            tuple(j.lines))


def _air_listing(rng: random.Random, text: Text, kind: str, name: str, base: str, city: str,
                 section: str, zone: str) -> tuple[str, str, Truth]:
    """A station's section: cards of headlines, dates and teasers, with a pager."""
    day = when_in(rng, zone).date()
    heading = rng.choice((f"Berita {city}", "Berita Daerah", f"Kategori: {section}", section,
                          "Berita Terkini", "Pro 1"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    stamp = rng.choice(("long", "dash", "short"))
    cards = []
    for other, d in shown:
        printed = {"long": _long(d), "dash": f"{d:%d-%m-%Y}",
                   "short": f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"}[stamp]
        cards.append(f'<div class="card news-card"><img src="{base}/thumb/{token(rng, 10)}.jpg" '
                     f'alt=""><div class="card-body"><span class="cat">{escape(section)}</span>'
                     f'<h3 class="card-title"><a href="{base}/{slug(section)}/'
                     f'{rng.randrange(10**5, 10**6)}/{slug(other.headline)}">'
                     f'{escape(other.headline)}</a></h3><p>'
                     f'{escape(_teaser(rng, other.paragraphs[0]))}</p><small>{printed}</small>'
                     "</div></div>")
    url = f"{base}/{rng.choice((slug(city), slug(section), 'berita', 'index'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} - {escape(name)}</title>
</head><body class="{kind}"><header><a href="{base}/">{escape(name)}</a>
<div class="on-air"><b>Sedang Mengudara</b> {escape(rng.choice(_PROGRAMMES))}</div></header>
<main class="container"><h1 class="section-title">{escape(heading)}</h1>
<div class="news-grid">{"".join(cards)}</div>
<ul class="pagination"><li><a href="#">1</a></li><li><a href="#">2</a></li>
<li><a href="#">Berikutnya</a></li></ul></main>
<footer>&copy; {day.year} {escape(name)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, name, (), article=False)




# -- 2. a regional parliament's site on a hand-rolled CodeIgniter and Bootstrap 3 or 4 --------

# (level, name, zone, capital or seat, the government's host)
_DPRD = (
    ("Provinsi", "Nusa Tenggara Barat", "WITA", "Mataram", "ntbprov.go.id"),
    ("Provinsi", "Sulawesi Tenggara", "WITA", "Kendari", "sultraprov.go.id"),
    ("Provinsi", "Maluku Utara", "WIT", "Sofifi", "malutprov.go.id"),
    ("Provinsi", "Kalimantan Selatan", "WITA", "Banjarbaru", "kalselprov.go.id"),
    ("Provinsi", "Riau", "WIB", "Pekanbaru", "riau.go.id"),
    ("Provinsi", "Lampung", "WIB", "Bandar Lampung", "lampungprov.go.id"),
    ("Provinsi", "Papua Barat Daya", "WIT", "Sorong", "papuabaratdayaprov.go.id"),
    ("Provinsi", "Sumatera Barat", "WIB", "Padang", "sumbarprov.go.id"),
    ("Kabupaten", "Bone", "WITA", "Watampone", "bone.go.id"),
    ("Kabupaten", "Lombok Timur", "WITA", "Selong", "lomboktimurkab.go.id"),
    ("Kabupaten", "Manggarai Barat", "WITA", "Labuan Bajo", "manggaraibaratkab.go.id"),
    ("Kabupaten", "Jember", "WIB", "Jember", "jemberkab.go.id"),
    ("Kabupaten", "Agam", "WIB", "Lubuk Basung", "agamkab.go.id"),
    ("Kabupaten", "Ketapang", "WIB", "Ketapang", "ketapangkab.go.id"),
    ("Kabupaten", "Halmahera Utara", "WIT", "Tobelo", "halmaherautarakab.go.id"),
    ("Kabupaten", "Biak Numfor", "WIT", "Biak", "biakkab.go.id"),
    ("Kabupaten", "Berau", "WITA", "Tanjung Redeb", "beraukab.go.id"),
    ("Kabupaten", "Deli Serdang", "WIB", "Lubuk Pakam", "deliserdangkab.go.id"),
    ("Kabupaten", "Maluku Tengah", "WIT", "Masohi", "malukutengahkab.go.id"),
    ("Kota", "Kendari", "WITA", "Kendari", "kendarikota.go.id"),
    ("Kota", "Tual", "WIT", "Tual", "tualkota.go.id"),
    ("Kota", "Pekanbaru", "WIB", "Pekanbaru", "pekanbaru.go.id"),
    ("Kota", "Bontang", "WITA", "Bontang", "bontangkota.go.id"),
    ("Kota", "Tasikmalaya", "WIB", "Tasikmalaya", "tasikmalayakota.go.id"),
    ("Kota", "Sorong", "WIT", "Sorong", "sorongkota.go.id"),
)
_ALAT = ("Komisi I", "Komisi II", "Komisi III", "Komisi IV", "Badan Anggaran", "Bapemperda",
         "Badan Kehormatan", "Badan Musyawarah", "Pimpinan DPRD", "Sekretariat DPRD")
_BIDANG = {"Komisi I": "Bidang Pemerintahan", "Komisi II": "Bidang Perekonomian dan Keuangan",
           "Komisi III": "Bidang Pembangunan", "Komisi IV": "Bidang Kesejahteraan Rakyat"}
_AGENDA = ("Rapat Paripurna Penyampaian LKPJ Kepala Daerah", "Rapat Dengar Pendapat Komisi II",
           "Kunjungan Kerja Komisi III ke Dinas PUPR", "Reses Masa Sidang II",
           "Rapat Badan Anggaran Pembahasan KUA-PPAS", "Rapat Paripurna Penetapan Ranperda",
           "Konsultasi Bapemperda ke Kemendagri", "Rapat Kerja Komisi IV dengan Dinas Kesehatan",
           "Penerimaan Aspirasi Forum Guru Honorer")
_DPRD_MENU = ("Beranda", "Profil", "Pimpinan", "Anggota Dewan", "Alat Kelengkapan", "Fraksi",
              "Berita", "Agenda", "Produk Hukum", "Aspirasi", "Galeri", "Kontak")
_CI_ERRORS = (("Notice", "Undefined index: id_kategori", "views/berita_detail.php"),
              ("Warning", "count(): Parameter must be an array or an object that implements "
               "Countable", "views/template/sidebar.php"),
              ("Notice", "Trying to get property 'foto' of non-object", "views/berita/detail.php"),
              ("Notice", "Undefined variable: hits", "controllers/Berita.php"))


def _dprd_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    en_day = f"{DAYS_EN[day.weekday()]}, {day:%d} {MONTHS_EN[day.month - 1]} {day.year}"
    return {
        "dmy_dash": f"{day:%d-%m-%Y}",
        "mysql": f"{when:%Y-%m-%d %H:%M:%S}",
        "mysql_date": f"{day:%Y-%m-%d}",
        "long": _long(day),
        "long_plain": _long(day, day_name=False),
        "long_zone": f"{_long(day, day_name=False)} | {when:%H:%M} {zone}",
        "jam": f"{_long(day)}, Jam {when:%H:%M} {zone}",
        "php_en": en_day,
        "php_en_time": f"{en_day} - {when:%H:%M}",
        "php_short": f"{day:%d} {MONTHS_EN[day.month - 1][:3]} {day.year} {when:%H:%M:%S}",
        "slash": f"{day:%d/%m/%Y}",
        "dmy_time": f"{day:%d-%m-%Y} {when:%H:%M}",
    }[form]


def _ci_error(rng: random.Random, put: Callable[[str], str]) -> str:
    severity, message, filename = rng.choice(_CI_ERRORS)
    return ('<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;">'
            f'<h4>{put("A PHP Error was encountered")}</h4><p>{put(f"Severity: {severity}")}</p>'
            f"<p>{put(f'Message:  {message}')}</p><p>{put(f'Filename: {filename}')}</p>"
            f"<p>{put(f'Line Number: {rng.randrange(12, 240)}')}</p></div>")


def _dprd_p(style: str, paragraph: str) -> str:
    text = escape(paragraph)
    if style == "justify":
        return f'<p style="text-align:justify">{text}</p>'
    if style == "span":
        return ('<p><span style="font-size:12pt"><span style="font-family:Arial,Helvetica,'
                f'sans-serif">{text}</span></span></p>')
    if style == "tinymce":
        return f'<p style="text-align: justify;"><span style="font-size: 14px;">{text}</span></p>'
    return f"<p>{text}</p>"


def dprd_codeigniter(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A news page of a DPRD (a province's, a regency's or a city's parliament) on a
    CodeIgniter site built by a local vendor: ``index.php/berita/detail/123/slug``
    URLs, a Bootstrap 3 panel (``panel-heading`` "Detail Berita", glyphicons) or a
    Bootstrap 4 card (font-awesome icons), or the bare column as the container; meta
    lines of icons and words ("<i class='fa fa-user'></i> Admin", "fa-calendar
    12-05-2024", "fa-eye 1.234 kali", the Komisi as the category), a meta table or a
    date leaf; dates as the server's PHP prints them ("2024-05-12 09:13:44", "Sunday,
    12 May 2024"), or Indonesian; "Humas DPRD" datelines, "(adv)" and "Humas Setwan"
    signatures, photo captions, a PHP notice left on the page, share links, "Kembali",
    a comment form, and "Agenda Dewan", "Berita Terpopuler" or "Berita Lainnya" in or
    beside the article; a ``<title>`` that is often only the site's name."""
    level, name, zone, seat, gov_host = rng.choice(_DPRD)
    abbr = {"Provinsi": "Prov.", "Kabupaten": "Kab.", "Kota": "Kota"}[level]
    site = rng.choice((f"DPRD {level} {name}", f"DPRD {abbr} {name}",
                       f"Sekretariat DPRD {level} {name}",
                       f"Dewan Perwakilan Rakyat Daerah {level} {name}"))
    host = rng.choice((f"dprd.{gov_host}", f"dprd.{gov_host}", f"setwan.{gov_host}",
                       f"dprd-{slug(name).replace('-', '')}.go.id"))
    base = f"http{'s' if rng.random() < 0.7 else ''}://{host}"
    news_id = rng.randrange(20, 4000)
    s = slug(text.headline)
    url = base + rng.choice((f"/index.php/berita/detail/{news_id}/{s}",
                             f"/berita/detail/{news_id}/{s}",
                             f"/index.php/home/berita_detail/{news_id}",
                             f"/index.php/berita/baca/{s}", f"/index.php?/berita/read/{news_id}",
                             f"/web/berita/{news_id}/{s}.html"))
    if rng.random() < 1 / 8:
        return _dprd_listing(rng, text, site, base, zone)

    forms = ["dmy_dash", "dmy_dash", "mysql_date", "long", "long_plain", "long_zone", "jam",
             "php_en", "slash"]
    if zone == "WIB":
        forms += ["mysql", "mysql", "php_en_time", "php_short", "dmy_time"]
    form = rng.choice(forms)
    timed = form in ("mysql", "long_zone", "jam", "php_en_time", "php_short", "dmy_time")
    with_og_time = timed and form in ("long_zone", "jam") and rng.random() < 0.3
    when = when_in(rng, zone, seconds=form in ("mysql", "php_short"), office_hours=not timed)
    day = when.date()
    bs = rng.choice((3, 4))
    alat = rng.choice(_ALAT)
    category = rng.choice((alat, f"{alat} {_BIDANG[alat]}" if alat in _BIDANG else alat,
                           "Berita DPRD", "Kegiatan Dewan", "Paripurna", "Reses"))
    j = Junk()
    printed = _dprd_date(form, when, zone)
    author_word = rng.choice(("Admin", "admin", "Humas Setwan", "Humas DPRD", "Operator",
                              "Administrator", _person(rng)))
    hits = rng.randrange(3, 9000)
    hits_word = rng.choice((f"{thousands(hits)} kali", f"{hits} kali dibaca", f"Dibaca {hits} kali",
                            f"{hits} views", f"Dilihat: {hits}"))
    show_author = rng.random() < 0.7
    show_category = rng.random() < 0.5
    icon = ("glyphicon glyphicon-{}" if bs == 3 else "fa fa-{}").format
    names3 = {"user": "user", "calendar": "calendar", "eye": "eye-open", "folder": "folder-open",
              "time": "time"}

    def ic(what: str) -> str:
        glyph = names3[what] if bs == 3 else {"time": "clock-o"}.get(what, what)
        tag = "span" if bs == 3 else "i"
        return f'<{tag} class="{icon(glyph)}"></{tag}>'

    # the meta: a row of icons and words, a small line, a table, or a date leaf
    meta_style = rng.choice(("icons", "icons", "icons", "small", "table", "leaf"))
    if meta_style == "leaf" and timed:
        meta_style = "icons"
    meta_items: list[tuple[str, str]] = []  # (icon, words)
    if show_author:
        meta_items.append(("user", author_word))
    meta_items.append(("time" if timed and rng.random() < 0.5 else "calendar", printed))
    if rng.random() < 0.7:
        meta_items.append(("eye", hits_word))
    if show_category:
        meta_items.append(("folder", category))
    if rng.random() < 0.3:
        rng.shuffle(meta_items)
    leaf = ""
    if meta_style == "icons":
        glue = rng.choice((" ", " &nbsp; ", " | ", " &middot; "))
        j.also((" " if glue in (" ", " &nbsp; ") else
                {" | ": " | ", " &middot; ": " · "}[glue]).join(w for _i, w in meta_items))
        meta = (f'<div class="{rng.choice(("meta-post", "post-meta", "info-berita", "text-muted"))}'
                '">' + glue.join(f'<span>{ic(i)} {j(w)}</span>' for i, w in meta_items) + "</div>")
    elif meta_style == "small":
        shown_words = [w for _i, w in meta_items if w != hits_word]
        label = rng.choice(("Posted: ", "Diposting: ", "", "Tanggal: "))
        line = label + " | ".join(shown_words)
        if show_author and rng.random() < 0.5:
            line = f"{label}{printed} oleh {author_word}"
        meta = f'<p><small class="text-muted">{j(line)}</small></p>'
    elif meta_style == "table":
        labels = {"user": "Penulis", "calendar": "Tanggal", "time": "Tanggal", "eye": "Dibaca",
                  "folder": "Kategori"}
        rows = []
        for i, w in meta_items:
            j.also(f"{labels[i]} : {w}")
            rows.append(f"<tr><td width=\"90\">{j(labels[i])}</td><td width=\"10\">:</td>"
                        f"<td>{j(w)}</td></tr>")
        meta = ('<table class="table table-condensed table-borderless meta">' + "".join(rows)
                + "</table>")
    else:
        month = rng.choice((MONTHS_SHORT[day.month - 1], MONTHS[day.month - 1][:3].upper()))
        j.also(f"{day.day} {month} {day.year}")
        leaf = (f'<div class="date-box pull-left"><span class="day">{j(str(day.day))}</span>'
                f'<span class="month">{j(month)}</span><span class="year">{j(str(day.year))}'
                "</span></div>")
        rest = [(i, w) for i, w in meta_items if w != printed]
        meta = ('<div class="post-meta">' + " ".join(f"<span>{ic(i)} {j(w)}</span>"
                                                       for i, w in rest) + "</div>")
        if len(rest) > 1:
            j.also(" ".join(w for _i, w in rest))
    author: str | None = author_word if show_author else None

    # the headline
    look = rng.choice(("h3", "h3", "h2", "h1", "h4b", "lead", "div"))
    if look == "h4b":
        headline = f'<h4 class="judul"><b>{escape(text.headline)}</b></h4>'
    elif look == "lead":
        headline = f'<p class="lead"><strong>{escape(text.headline)}</strong></p>'
    elif look == "div":
        headline = f'<div class="judul-berita">{escape(text.headline)}</div>'
    else:
        cls = rng.choice(("judul", "title-berita", "post-title", "text-primary"))
        headline = f'<{look} class="{cls}">{escape(text.headline)}</{look}>'
    if rng.random() < 0.2 and bs == 3:
        headline = f'<div class="page-header">{headline}</div>'

    # the picture(s)
    pictures = ""
    if rng.random() < 0.75:
        many = rng.random() < 0.2
        shots = rng.randrange(2, 5) if many else 1
        figs = []
        for k in range(shots):
            caption = ""
            if rng.random() < 0.55:
                role = rng.choice((f"Ketua {alat}" if alat.startswith("Komisi") else "Ketua DPRD",
                                   "Wakil Ketua DPRD", "Anggota DPRD", "Sekretaris DPRD"))
                words = rng.choice((f"{role} {rng.choice(_ACTS)}.",
                                    f"{role} saat memimpin rapat dengar pendapat (RDP).",
                                    f"Suasana rapat paripurna DPRD {abbr} {name}."))
                if rng.random() < 0.5:
                    words += rng.choice((" (Foto: Humas DPRD)", " (Dok. Setwan)",
                                         " Foto: Humas Setwan"))
                cls = "caption" if bs == 3 else "figure-caption"
                caption = f'<p class="{cls} text-center"><i>{j(words)}</i></p>'
            figs.append(f'<div class="{"item" if many else "thumbnail"}"><img src="{base}/'
                        f'assets/upload/berita/{token(rng, 32)}.jpg" class="img-responsive '
                        f'img-fluid" alt="{attr(text.headline) if k == 0 else ""}">{caption}'
                        "</div>")
        counter = ""
        if many:
            line = f"Foto 1 dari {shots}"
            counter = f'<span class="carousel-counter">{j(line)}</span>'
        pictures = (f'<div class="{"carousel slide" if many else "foto-berita"}">'
                    + "".join(figs) + counter + "</div>")

    # the text
    style = rng.choice(("p", "p", "justify", "span", "tinymce", "nl2br"))
    dateline = ""
    if rng.random() < 0.45:
        dateline = rng.choice((f"{seat.upper()}, Humas DPRD -", f"{seat} – ",
                               f"HUMAS DPRD {abbr.rstrip('.').upper()} -",
                               f"{seat.upper()} –", f"{seat}, DPRD {name} -")).strip()
    spacer = rng.random() < 0.25
    parts = []
    for n, paragraph in enumerate(text.paragraphs):
        if style == "nl2br":
            bit = escape(paragraph)
            if n == 0 and dateline:
                bit = f"<b>{j(dateline)}</b> {bit}"
            parts.append(bit)
            continue
        bit = _dprd_p(style, paragraph)
        if n == 0 and dateline:
            bit = bit.replace(escape(paragraph), f"<strong>{j(dateline)}</strong> "
                              f"{escape(paragraph)}", 1)
        parts.append(bit)
        if spacer and n < len(text.paragraphs) - 1 and rng.random() < 0.5:
            parts.append("<p>&nbsp;</p>")
    content = ("<br />\n<br />\n" if style == "nl2br" else "").join(parts)
    sign = ""
    if rng.random() < 0.45:
        line = rng.choice(("(adv)", "(ADV)", "(Humas Setwan)", "(Humas DPRD)", "(ADV/Humas DPRD)",
                           f"Humas Sekretariat DPRD {abbr} {name}", "(*)"))
        sign = f"<p><strong>{j(line)}</strong></p>" if style != "nl2br" else (
            f"<br />\n<br />\n<b>{j(line)}</b>")
    content_class = rng.choice(("isi-berita", "konten", "text-justify", "post-content",
                                "berita-isi"))
    body = f'<div class="{content_class}">{content}{sign}</div>'

    # what follows the text
    follow: list[str] = []
    if rng.random() < 0.5:
        look_share = rng.choice(("words", "sharethis", "addthis"))
        if look_share == "words":
            follow.append('<div class="share">' + _pieced(
                j, ["Bagikan:", "Facebook", "Twitter", "WhatsApp"], " ",
                '<a href="#" class="share-{s}">{x}</a>') + "</div>")
        elif look_share == "sharethis":
            follow.append(f'<div class="sharethis-inline-share-buttons"></div><p class="small">'
                          f'{j(rng.choice(("Share this:", "Bagikan berita ini")))}</p>')
        else:
            follow.append('<div class="addthis_inline_share_toolbox"></div>')
    if rng.random() < 0.35:
        chosen = rng.sample((*_TAGS, alat.lower(), "dprd", "paripurna", "reses"),
                            rng.randrange(2, 5))
        items = ["Tags:", *chosen]
        follow.append('<div class="tags">' + _pieced(
            j, items, " ", '<span class="label label-info badge badge-info">{x}</span>')
            + "</div>")
    if rng.random() < 0.4:
        back = rng.choice(("Kembali", "« Kembali", "Kembali ke Berita", "Kembali ke Index"))
        extra = rng.random() < 0.4
        if extra:
            follow.append('<div class="btn-group">' + _pieced(
                j, [back, "Cetak"], " ", '<a href="#" class="btn btn-default btn-sm">{x}</a>')
                + "</div>")
        else:
            follow.append(f'<a href="javascript:history.back()" class="btn btn-default btn-sm">'
                          f'<i class="fa fa-arrow-left"></i> {j(back)}</a>')
    comment_inside = rng.random() < 0.2
    put = j if comment_inside else escape
    comment = (f'<div class="komentar"><h4>{put("Tinggalkan Komentar")}</h4><form method="post" '
               f'action="{base}/index.php/berita/komentar"><div class="form-group"><label>'
               f'{put("Nama")}</label><input type="text" name="nama" class="form-control"></div>'
               f'<div class="form-group"><label>{put("Email")}</label><input type="email" '
               'name="email" class="form-control"></div><div class="form-group"><label>'
               f'{put("Komentar")}</label><textarea name="isi" class="form-control"></textarea>'
               f'</div><button type="submit" class="btn btn-primary">{put("Kirim")}</button>'
               "</form></div>")

    def agenda(put: Callable[[str], str]) -> str:
        rows = []
        other_day = day
        for item in rng.sample(_AGENDA, rng.randrange(3, 6)):
            other_day += timedelta(days=rng.randrange(1, 4))
            rows.append(f'<li class="list-group-item"><span class="badge">'
                        f'{put(f"{other_day:%d-%m-%Y}")}</span> {put(item)}</li>')
        heading = rng.choice(("Agenda Dewan", "Agenda DPRD", "Agenda Kegiatan"))
        return (f'<div class="panel panel-default card widget"><div class="panel-heading '
                f'card-header">{put(heading)}</div><ul class="list-group">{"".join(rows)}</ul>'
                "</div>")

    def popular(put: Callable[[str], str]) -> str:
        rows = []
        for other in other_texts(rng, text, rng.choice((4, 5))):
            seen = f"{thousands(rng.randrange(100, 9000))} kali"
            rows.append(f'<li class="media"><div class="media-body"><a href="{base}/index.php/'
                        f'berita/detail/{rng.randrange(20, 4000)}/{slug(other.headline)}">'
                        f'{put(other.headline)}</a><br><small><i class="fa fa-eye"></i> '
                        f"{put(seen)}</small></div></li>")
        heading = rng.choice(("Berita Terpopuler", "Terpopuler", "Berita Populer"))
        return (f'<div class="widget popular"><h4 class="widget-title">{put(heading)}</h4>'
                f'<ul class="media-list list-unstyled">{"".join(rows)}</ul></div>')

    def others(put: Callable[[str], str]) -> str:
        rows = []
        for k, other in enumerate(other_texts(rng, text, rng.choice((3, 4, 5)))):
            other_day = day - timedelta(days=k + rng.randrange(1, 6))
            rows.append(f'<li><a href="{base}/index.php/berita/detail/{news_id - k - 1}/'
                        f'{slug(other.headline)}">{put(other.headline)}</a> '
                        f'<small>{put(f"({other_day:%d-%m-%Y})")}</small></li>')
        heading = rng.choice(("Berita Lainnya", "Berita Terkait", "Baca Juga"))
        return (f'<div class="berita-lainnya"><h4>{put(heading)}</h4><ul>{"".join(rows)}</ul>'
                "</div>")

    error_inside = rng.random() < 0.1
    error_outside = not error_inside and rng.random() < 0.08
    error = _ci_error(rng, j) if error_inside else ""
    inside_widgets = [w for w in ("agenda", "popular", "others") if rng.random() < 0.25]
    widget_html = {"agenda": agenda, "popular": popular, "others": others}
    tail_inside = "".join(widget_html[w](j) for w in inside_widgets)
    lainnya_outside = "others" not in inside_widgets and rng.random() < 0.5
    sidebar = "".join(widget_html[w](escape) for w in ("agenda", "popular")
                      if w not in inside_widgets)
    layout = rng.choice(("panel", "panel", "bare")) if bs == 3 else rng.choice(("card", "card",
                                                                                 "bare"))
    meta_first = rng.random() < 0.75
    core = (f"{error}{headline}{meta if meta_first else ''}{leaf}{pictures}{body}"
            f"{'' if meta_first else meta}{''.join(follow)}"
            f"{comment if comment_inside else ''}{tail_inside}")
    heading_word = rng.choice(("Berita", "Detail Berita", "Berita DPRD", "Kabar Dewan",
                               "Berita Terkini", category))
    if layout == "panel":
        article = (f'<div class="panel panel-default"><div class="panel-heading"><h3 class='
                   f'"panel-title">{j(heading_word)}</h3></div><div class="panel-body">{core}'
                   "</div></div>")
    elif layout == "card":
        article = (f'<div class="card mb-3"><div class="card-header bg-primary text-white">'
                   f'{j(heading_word)}</div><div class="card-body">{core}</div></div>')
    else:
        article = core  # the column itself holds the article

    crumb_inside = layout != "bare" and rng.random() < 0.3
    crumb_items = ["Home", "Berita", rng.choice(("Detail Berita", "Detail", category))]
    if bs == 3:
        crumbs = ('<ol class="breadcrumb">' + "".join(
            f'<li{" class=active" if k == 2 else ""}>'
            + (f'<a href="{base}/index.php/{slug(c)}">' if k < 2 else "")
            + (j(c) if crumb_inside else escape(c)) + ("</a>" if k < 2 else "") + "</li>"
            for k, c in enumerate(crumb_items)) + "</ol>")
    else:
        crumbs = ('<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(
            f'<li class="breadcrumb-item{" active" if k == 2 else ""}">'
            + (f'<a href="{base}/{slug(c)}">' if k < 2 else "")
            + (j(c) if crumb_inside else escape(c)) + ("</a>" if k < 2 else "") + "</li>"
            for k, c in enumerate(crumb_items)) + "</ol></nav>")
    if crumb_inside:
        j.also(" ".join(crumb_items))  # the separators are the theme's ::before
        article = article.replace(core, crumbs + core, 1)
    column = "col-md-8" if bs == 3 else "col-lg-8"
    main_col = (f'<div class="{column}">{"" if crumb_inside else crumbs}{article}'
                f'{others(escape) if lainnya_outside else ""}'
                f'{"" if comment_inside else comment}</div>')
    if layout == "bare":
        # the column is the container: what the vendor put in it is furniture
        main_col = (f'<div class="{column} konten-berita">{crumbs if crumb_inside else ""}'
                    f"{article}</div><div class=\"{column}\">"
                    f'{others(escape) if lainnya_outside else ""}'
                    f'{"" if comment_inside else comment}</div>')
        if not crumb_inside:
            main_col = crumbs + main_col

    leaders = "".join(
        f'<div class="pimpinan"><img src="{base}/assets/img/pimpinan{k}.jpg" alt=""><p><b>'
        f"{escape(_person(rng))}</b><br>{role}</p></div>"
        for k, role in enumerate(("Ketua DPRD", "Wakil Ketua I", "Wakil Ketua II")))
    visitors = (f'<div class="panel panel-default card"><div class="panel-heading card-header">'
                f'Statistik Pengunjung</div><div class="panel-body card-body"><p>Hari ini: '
                f"{rng.randrange(10, 400)}</p><p>Total: {thousands(rng.randrange(10**4, 10**6))}"
                "</p></div></div>")
    side = (f'<div class="{"col-md-4" if bs == 3 else "col-lg-4"} sidebar">'
            f'<div class="widget">{leaders}</div>{sidebar}'
            f'<div class="widget"><a href="{base}/index.php/aspirasi" class="btn btn-success '
            f'btn-block">Sampaikan Aspirasi</a></div>{visitors}</div>')
    menu = "".join(f'<li><a href="{base}/index.php/{slug(m)}">{m}</a></li>' for m in _DPRD_MENU)
    if bs == 3:
        navbar = (f'<nav class="navbar navbar-default navbar-static-top"><div class="container">'
                  f'<div class="navbar-header"><a class="navbar-brand" href="{base}">'
                  f'{escape(site)}</a></div><ul class="nav navbar-nav">{menu}</ul></div></nav>')
        css = ("https://maxcdn.bootstrapcdn.com/bootstrap/3.3.7/css/bootstrap.min.css",
               "https://maxcdn.bootstrapcdn.com/font-awesome/4.7.0/css/font-awesome.min.css")
    else:
        navbar = (f'<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class='
                  f'"container"><a class="navbar-brand" href="{base}">{escape(site)}</a><ul '
                  f'class="navbar-nav">{menu.replace("<li>", "<li class=nav-item>")}</ul></div>'
                  "</nav>")
        css = ("https://stackpath.bootstrapcdn.com/bootstrap/4.5.2/css/bootstrap.min.css",
               "https://use.fontawesome.com/releases/v5.15.4/css/all.css")
    title = rng.choice((site, site.upper(), "Detail Berita", f"Detail Berita | {site}",
                        f"Berita - {site}", f"{site} :: Detail Berita",
                        joined_title(rng, text.headline, site, separators=(" | ", " - ")),
                        joined_title(rng, text.headline, site, separators=(" | ", " - "))))
    head: list[str] = []
    if rng.random() < 0.4:
        og_title = text.headline if rng.random() < 0.8 else site
        head += [f'<meta property="og:title" content="{attr(og_title)}">',
                 f'<meta property="og:url" content="{attr(url)}">',
                 f'<meta property="og:image" content="{base}/assets/upload/berita/'
                 f'{token(rng, 32)}.jpg">']
        if rng.random() < 0.5:
            head.append(f'<meta property="og:description" content="'
                        f'{attr(_teaser(rng, text.paragraphs[0]))}">')
    if with_og_time:
        head.append(f'<meta property="article:published_time" content="{_iso(when)}">')
    if rng.random() < 0.3:
        keywords = ", ".join(("dprd", name.lower(), alat.lower()))
        head.append(f'<meta name="keywords" content="{attr(keywords)}">')
    ticker = " &bull; ".join(escape(o.headline) for o in other_texts(rng, text, 3))
    rendered = f"{rng.randrange(10, 900) / 10000:.4f}"
    ci_version = rng.choice(("3.1.11", "3.1.13", "3.1.9", "2.2.6"))
    footer_extra = ""
    if rng.random() < 0.4:
        footer_extra = (f"<p class=\"small\">Page rendered in <strong>{rendered}</strong> seconds."
                        f" CodeIgniter Version <strong>{ci_version}</strong></p>")
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
<link href="{css[0]}" rel="stylesheet">
<link href="{css[1]}" rel="stylesheet">
<link href="{base}/assets/css/style.css" rel="stylesheet">
<link rel="shortcut icon" href="{base}/assets/img/favicon.ico">
</head>
<body>
{_ci_error(rng, escape) if error_outside else ""}
<div class="header-top"><div class="container"><img src="{base}/assets/img/logo.png" alt=""
 class="logo"><div class="site-name"><h1>{escape(site.upper())}</h1><p>{escape(seat)},
 {escape(name)}</p></div></div></div>
{navbar}
<div class="running-text"><marquee>{ticker}</marquee></div>
<div class="container"><div class="row">
{main_col}
{side}
</div></div>
<footer class="footer"><div class="container"><p>Sekretariat DPRD {escape(level)} {escape(name)}
<br>Jl. {escape(rng.choice(("Jenderal Sudirman", "Pahlawan", "Ahmad Yani", "Diponegoro")))}
 No. {rng.randrange(1, 200)}, {escape(seat)}</p><p>&copy; {day.year} {escape(site)}. All rights
 reserved.</p>{footer_extra}</div></footer>
<script src="https://code.jquery.com/jquery-{rng.choice(("1.12.4", "3.5.1"))}.min.js"></script>
<script src="{base}/assets/js/bootstrap.min.js"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author, site,
                            tuple(j.lines))


def _dprd_listing(rng: random.Random, text: Text, site: str, base: str,
                  zone: str) -> tuple[str, str, Truth]:
    """The parliament's news index: media objects with a date, a teaser and
    "Selengkapnya", and CodeIgniter's pager."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Berita", "Berita DPRD", "Kegiatan Dewan", "Arsip Berita",
                          f"Berita {rng.choice(_ALAT)}"))
    shown = listing_items(rng, text, day, rng.randrange(5, 11))
    rows = "".join(
        f'<div class="media"><div class="media-left"><img src="{base}/assets/upload/berita/thumb/'
        f'{token(rng, 20)}.jpg" class="media-object" width="120" alt=""></div><div class="media-'
        f'body"><h4 class="media-heading"><a href="{base}/index.php/berita/detail/'
        f'{rng.randrange(20, 4000)}/{slug(o.headline)}">{escape(o.headline)}</a></h4><small>'
        f'<i class="fa fa-calendar"></i> {d:%d-%m-%Y}</small><p>'
        f"{escape(_teaser(rng, o.paragraphs[0]))}</p><a href=\"#\" class=\"btn btn-xs "
        'btn-primary">Selengkapnya &raquo;</a></div></div>'
        for o, d in shown)
    pager = ('<ul class="pagination"><li class="active"><a href="#">1</a></li>' + "".join(
        f'<li><a href="{base}/index.php/berita/index/{10 * k}">{k + 1}</a></li>'
        for k in range(1, 5)) + '<li><a href="#">&gt;</a></li><li><a href="#">Last &rsaquo;</a>'
        "</li></ul>")
    url = f"{base}/index.php/berita" + rng.choice(("", "/index",
                                                    f"/kategori/{rng.randrange(1, 9)}"))
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(rng.choice((site, f"Berita | {site}")))}
</title></head><body><nav class="navbar navbar-default"><a class="navbar-brand" href="{base}">
{escape(site)}</a></nav><div class="container"><div class="row"><div class="col-md-8">
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">
{escape(heading)}</h3></div><div class="panel-body">{rows}{pager}</div></div></div>
<div class="col-md-4"><div class="panel panel-default"><div class="panel-heading">Agenda Dewan
</div><ul class="list-group"><li class="list-group-item">{escape(rng.choice(_AGENDA))}</li></ul>
</div></div></div></div><footer>&copy; {day.year} {escape(site)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)



# -- 3. a portal rendered on the server by Nuxt (or Angular Universal) ---------------------

# (kind, name, zone, host, city)
_SPA_SITES = (
    ("kota", "Pemerintah Kota Makassar", "WITA", "makassarkota.go.id", "Makassar"),
    ("prov", "Pemerintah Daerah Provinsi Jawa Barat", "WIB", "jabarprov.go.id", "Bandung"),
    ("prov", "Pemerintah Provinsi Kalimantan Timur", "WITA", "kaltimprov.go.id", "Samarinda"),
    ("kota", "Pemerintah Kota Semarang", "WIB", "semarangkota.go.id", "Semarang"),
    ("kota", "Pemerintah Kota Jayapura", "WIT", "jayapurakota.go.id", "Jayapura"),
    ("prov", "Pemerintah Provinsi Maluku", "WIT", "malukuprov.go.id", "Ambon"),
    ("kab", "Pemerintah Kabupaten Badung", "WITA", "badungkab.go.id", "Mangupura"),
    ("kota", "Pemerintah Kota Balikpapan", "WITA", "balikpapan.go.id", "Balikpapan"),
    ("prov", "Pemerintah Provinsi Sulawesi Utara", "WITA", "sulutprov.go.id", "Manado"),
    ("kab", "Pemerintah Kabupaten Banyuwangi", "WIB", "banyuwangikab.go.id", "Banyuwangi"),
    ("kota", "Pemerintah Kota Medan", "WIB", "pemkomedan.go.id", "Medan"),
    ("kab", "Pemerintah Kabupaten Mimika", "WIT", "mimikakab.go.id", "Timika"),
    ("kab", "Pemerintah Kabupaten Kepulauan Tanimbar", "WIT", "kkt.go.id", "Saumlaki"),
    ("outlet", "Kabar Papua Tengah", "WIT", "kabarpapuatengah.id", "Nabire"),
    ("outlet", "Lensa Maluku", "WIT", "lensamaluku.com", "Ambon"),
    ("outlet", "Sulteng Terkini", "WITA", "sultengterkini.id", "Palu"),
    ("outlet", "Borneo Daily", "WITA", "borneodaily.id", "Samarinda"),
    ("outlet", "Jambi Now", "WIB", "jambinow.id", "Jambi"),
    ("outlet", "Flores Digital", "WITA", "floresdigital.id", "Ende"),
)
_SPA_CATEGORIES = ("Pemerintahan", "Pelayanan Publik", "Pembangunan", "Kesehatan", "Ekonomi",
                   "Sosial", "Pendidikan", "Pariwisata", "Lingkungan", "Pengumuman")
_CONSENT_SPA = ("Kami menggunakan cookie untuk memberikan pengalaman terbaik di situs ini.",
                "Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui Kebijakan "
                "Privasi kami.",
                "We use cookies to improve your experience on our website.")
_NOSCRIPT = ("We're sorry but {name} doesn't work properly without JavaScript enabled. Please "
             "enable it to continue.",
             "Mohon aktifkan JavaScript pada browser Anda untuk menampilkan halaman ini.")
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _js_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("<", "\\u003C").replace(
        "\u2028", "\\u2028")


def _nuxt2_state(state: dict[str, object]) -> str:
    """``window.__NUXT__`` as Nuxt 2 writes it: a function whose arguments are the values
    the state repeats (null, true, false, strings used twice), and bare keys."""
    counts: dict[tuple[str, object], int] = {}

    def count(value: object) -> None:
        if isinstance(value, dict):
            for item in value.values():
                count(item)
        elif isinstance(value, list):
            for item in value:
                count(item)
        else:
            key = (type(value).__name__, value)
            counts[key] = counts.get(key, 0) + 1

    count(state)
    shared = [k for k, n in counts.items()
              if k[0] in ("NoneType", "bool") or (k[0] == "str" and n > 1 and len(str(k[1])) < 90)]
    names = {k: (_LETTERS[i] if i < len(_LETTERS) else f"a{_LETTERS[i - len(_LETTERS)]}")
             for i, k in enumerate(shared)}

    def lit(value: object) -> str:
        if isinstance(value, dict):
            return "{" + ",".join(f"{k if k.isidentifier() else _js_string(k)}:{lit(v)}"
                                  for k, v in value.items()) + "}"
        if isinstance(value, list):
            return "[" + ",".join(lit(v) for v in value) + "]"
        key = (type(value).__name__, value)
        if key in names:
            return names[key]
        if isinstance(value, str):
            return _js_string(value)
        return json.dumps(value)

    def arg(key: tuple[str, object]) -> str:
        value = key[1]
        return _js_string(value) if isinstance(value, str) else json.dumps(value)

    return (f"window.__NUXT__=(function({','.join(names.values())}){{return {lit(state)}}}"
            f"({','.join(arg(k) for k in names)}));")


def _devalue(state: dict[str, object]) -> str:
    """Nuxt 3's ``__NUXT_DATA__``: the state flattened into one array of references."""
    table: list[object] = [["ShallowReactive", 1]]

    def add(value: object) -> int:
        index = len(table)
        table.append(None)
        if isinstance(value, dict):
            table[index] = {k: add(v) for k, v in value.items()}
        elif isinstance(value, list):
            table[index] = [add(v) for v in value]
        else:
            table[index] = value
        return index

    add(state)
    return json.dumps(table, ensure_ascii=False).replace("<", "\\u003C")


def _angular_state(key: str, body: object, api: str, old: bool) -> str:
    """Angular's transfer state: the HTTP cache's entry, or an old app's escaped JSON."""
    if old:
        raw = json.dumps({key: body}, ensure_ascii=False)
        for char, code in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
            raw = raw.replace(char, code)
        return f'<script id="serverApp-state" type="application/json">{raw}</script>'
    entry = {key: {"b": body, "h": {}, "s": 200, "st": "OK", "u": api, "rt": "json"}}
    return ('<script id="ng-state" type="application/json">'
            f"{json.dumps(entry, ensure_ascii=False).replace('<', '&l;')}</script>")


def _spa_date(form: str, when: datetime, zone: str, hours_ago: int) -> str:
    day = when.date()
    return {
        "id_dot": f"{_long(day)} • {when:%H:%M} {zone}",
        "slash_zone": f"{day:%d/%m/%Y} {when:%H:%M} {zone}",
        "id_date": _long(day, day_name=False),
        "id_day_date": _long(day),
        "en_date": f"{day:%d} {MONTHS_EN[day.month - 1]} {day.year}",
        "en_full": f"{DAYS_EN[day.weekday()]}, {MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
        "short_en_time": f"{DAYS_EN[day.weekday()][:3]}, {day.day} {MONTHS_EN[day.month - 1][:3]}"
                         f" {day.year} {when:%H:%M}",
        "id_time_noz": f"{_long(day, day_name=False)} {when:%H:%M}",
        "ago": (f"{hours_ago} jam yang lalu" if hours_ago < 24 else
                f"{hours_ago // 24} hari yang lalu"),
    }[form]


def nuxt_spa(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A page of a modern city's, province's or outlet's portal rendered on the server
    by Nuxt 2 (``div#__nuxt > div#__layout``, ``window.__NUXT__=(function(a,b,...)``),
    Nuxt 3 (``__NUXT_DATA__``'s flat array) or Angular Universal (``app-root``,
    ``_ngcontent-`` attributes, the transfer state): ``data-v-`` attributes on the
    components' elements but not on the body's HTML, Tailwind, Vuetify or Bootstrap
    markup, icon components (svg, mdi, Material ligatures whose words are text), a
    category chip, meta rows, text-size buttons, "Bagikan" buttons and "Salin Tautan",
    tag chips, an excerpt, skeleton placeholders and "Memuat..." notes, related cards,
    a feedback prompt, a cookie banner and a ``<noscript>`` notice. The moment is in
    the state (with an offset, in UTC, as epoch milliseconds), sometimes in og or
    JSON-LD too, and printed or not."""
    kind, name, zone, host, city = rng.choice(_SPA_SITES)
    framework = rng.choice(("nuxt2", "nuxt2", "nuxt3", "nuxt3", "angular"))
    kit = rng.choice(("tailwind", "vuetify", "bootstrap") if framework == "nuxt2" else
                     ("tailwind", "bootstrap"))
    base = f"https://{'' if kind == 'outlet' and rng.random() < 0.5 else 'www.'}{host}"
    if kind != "outlet" and rng.random() < 0.3:
        base = f"https://{rng.choice(('portal', 'berita', 'info'))}.{host}"
    category = rng.choice(_SPA_CATEGORIES)
    s = slug(text.headline)
    news_id = rng.randrange(1000, 90000)
    url = base + rng.choice((f"/berita/{s}", f"/berita/detail/{s}", f"/news/{news_id}/{s}",
                             f"/artikel/{s}-{news_id}", f"/{slug(category)}/{s}"))
    site = name if kind == "outlet" else rng.choice((
        name, name.replace("Pemerintah Kota", "Pemkot").replace("Pemerintah Kabupaten", "Pemkab")
        .replace("Pemerintah Provinsi", "Pemprov"), f"Portal Resmi {name}"))
    if rng.random() < 1 / 8:
        return _spa_listing(rng, text, framework, site, base, zone, category)

    forms = ["id_dot", "slash_zone", "id_date", "id_date", "id_day_date", "en_date", "en_full",
             "ago", "none"]
    if zone == "WIB":
        forms += ["short_en_time", "id_time_noz"]
    form = rng.choice(forms)
    stamp_kind = rng.choice(("offset", "offset", "utc", "utc", "epoch", "none"))
    if form in ("ago", "none"):
        stamp_kind = "offset"
    zoneless = form in ("short_en_time", "id_time_noz")
    printed_time = form in ("id_dot", "slash_zone") or zoneless
    timed = printed_time or stamp_kind == "offset"
    when = when_in(rng, zone, seconds=stamp_kind != "none" or zoneless,
                   office_hours=not timed)
    day = when.date()
    hours_ago = rng.choice((rng.randrange(1, 24), rng.randrange(24, 24 * 6)))
    j = Junk()
    printed = "" if form == "none" else _spa_date(form, when, zone, hours_ago)

    # the attributes of the components
    if framework == "angular":
        old_angular = rng.random() < 0.4
        numbers = iter(rng.sample(range(10, 99), 12))

        def component() -> tuple[str, str]:
            n = next(numbers)
            if old_angular:
                return f' _ngcontent-sc{n}=""', f' _nghost-sc{n}=""'
            code = f"ng-c{rng.randrange(10**8, 10**10)}"
            return f' _ngcontent-{code}=""', f' _nghost-{code}=""'
    else:
        old_angular = False

        def component() -> tuple[str, str]:
            v = f' data-v-{token(rng, 8)}=""'
            return v, v

    page_v, page_host = component()
    meta_v, meta_host = component()
    share_v, _share_host = component()
    tags_v, _tags_host = component()
    card_v, _card_host = component()

    def icon(what: str, v: str) -> tuple[str, str]:
        """An icon component and the words it puts in the text (Material's ligatures)."""
        if kit == "vuetify":
            mdi = {"calendar": "calendar", "user": "account", "eye": "eye",
                   "clock": "clock-outline", "share": "share-variant", "tag": "tag"}[what]
            return (f'<i aria-hidden="true" class="v-icon notranslate mdi mdi-{mdi} theme--light"'
                    f"{v}></i>"), ""
        if framework == "angular" or (kit == "bootstrap" and rng.random() < 0.3):
            ligature = {"calendar": "calendar_today", "user": "person", "eye": "visibility",
                        "clock": "schedule", "share": "share", "tag": "sell"}[what]
            return (f'<mat-icon role="img" aria-hidden="true" class="mat-icon notranslate '
                    f'material-icons mat-icon-no-color"{v}>{ligature}</mat-icon>'), ligature
        if rng.random() < 0.5:
            return (f'<span class="iconify" data-icon="mdi:{what}" aria-hidden="true"{v}>'
                    "</span>"), ""
        return (f'<svg class="icon icon-{what}" width="16" height="16" aria-hidden="true"{v}>'
                f'<use href="#icon-{what}"></use></svg>'), ""

    def with_icon(what: str, words: str, v: str, cls: str) -> str:
        html, ligature = icon(what, v)
        if ligature:
            j.also(f"{ligature} {words}")
            html = html.replace(f">{ligature}<", f">{j(ligature)}<", 1)
        return f'<span class="{cls}"{v}>{html} {j(words)}</span>'

    # the author, the meta row and the headline
    if kind == "outlet":
        writer = _person(rng)
        author_words = rng.choice((f"Oleh {writer}", writer, f"Penulis: {writer}",
                                   f"Reporter: {writer}"))
        author: str | None = writer
    else:
        writer = rng.choice(("Admin", "Diskominfo", f"Humas {city}", _person(rng),
                             "Tim Redaksi", "Prokopim"))
        author_words = rng.choice((writer, f"Oleh {writer}", f"Penulis: {writer}"))
        author = writer
    show_author = rng.random() < 0.75
    if not show_author:
        author = None
    views = rng.randrange(10, 30000)
    words_n = sum(len(p.split()) for p in text.paragraphs)
    items: list[str] = []
    meta_cls = {"tailwind": "flex items-center gap-1 text-sm text-gray-500",
                "vuetify": "caption grey--text d-inline-flex align-center mr-3",
                "bootstrap": "small text-muted me-3"}[kit]
    if printed:
        items.append(with_icon("calendar" if not printed_time else "clock", printed, meta_v,
                               meta_cls))
    if show_author:
        items.append(with_icon("user", author_words, meta_v, meta_cls))
    if rng.random() < 0.5:
        items.append(with_icon("eye", rng.choice((f"{thousands(views)} kali dibaca",
                                                  f"{thousands(views)} dilihat",
                                                  f"{views} views")), meta_v, meta_cls))
    if rng.random() < 0.4:
        items.append(with_icon("clock", rng.choice((f"{max(1, words_n // 200)} menit baca",
                                                    f"Waktu baca {max(1, words_n // 200)} menit")),
                               meta_v, meta_cls))
    if len(items) > 1 and rng.random() < 0.3:
        rng.shuffle(items)
    meta_tag = "app-article-meta" if framework == "angular" else "div"
    meta_attr = meta_v if meta_tag == "div" else meta_host
    meta = (f'<{meta_tag} class="article-meta d-flex flex-wrap"{meta_attr}>' + "".join(items)
            + f"</{meta_tag}>")

    chip = ""
    if rng.random() < 0.6:
        chip_cls = {"tailwind": "inline-block rounded bg-blue-600 px-2 py-1 text-xs font-semibold "
                                "uppercase text-white",
                    "vuetify": "v-chip v-chip--label theme--dark v-size--small primary",
                    "bootstrap": "badge bg-primary"}[kit]
        chip = (f'<a href="{base}/kategori/{slug(category)}" class="{chip_cls}"{page_v}>'
                f'{"<span class=v-chip__content>" if kit == "vuetify" else ""}{j(category)}'
                f'{"</span>" if kit == "vuetify" else ""}</a>')
    look = rng.choice(("h1", "h1", "h1", "h2", "div"))
    if kit == "vuetify" and rng.random() < 0.5:
        look = "div"
    headline_cls = {"tailwind": "text-2xl md:text-4xl font-bold leading-tight text-gray-900",
                    "vuetify": "v-card__title text-h4 font-weight-bold",
                    "bootstrap": "fw-bold article-title"}[kit]
    headline = f'<{look} class="{headline_cls}"{page_v}>{escape(text.headline)}</{look}>'
    excerpt = ""
    if rng.random() < 0.2:
        lede = rng.choice((f"Informasi terbaru dari {site}.", f"Kabar {category.lower()} dari "
                           f"{city}.", f"Siaran pers {site}."))
        excerpt = f'<p class="article-excerpt lead text-gray-600 italic"{page_v}>{j(lede)}</p>'

    sizer = ""
    if rng.random() < 0.25:
        sizer = (f'<div class="font-size-control"{page_v}>'
                 + _pieced(j, ["A-", "A", "A+"], " ",
                           f'<button type="button" class="btn-font"{page_v}>{{x}}</button>')
                 + "</div>")

    image = ""
    photo_caption = ""
    if rng.random() < 0.8:
        caption = ""
        if rng.random() < 0.6:
            who = rng.choice(("Wali Kota", "Gubernur", "Bupati", "Sekda", "Kepala Dinas", "Warga"))
            credit = rng.choice((site, "Dok. Diskominfo", writer))
            photo_caption = f"{who} {city} {rng.choice(_ACTS)}. (Foto: {credit})"
            caption = (f'<figcaption class="text-xs text-gray-500 mt-1"{page_v}>{j(photo_caption)}'
                       "</figcaption>")
        lazy = rng.random() < 0.4
        src = f"https://cdn.{host}/images/{day:%Y/%m}/{token(rng, 20)}.webp"
        img = (f'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="{src}" '
               f'class="lazyload w-full rounded" alt="{attr(text.headline)}"{page_v}>' if lazy else
               f'<img src="{src}" class="w-full rounded" alt="{attr(text.headline)}" '
               f'loading="lazy"{page_v}>')
        image = f'<figure class="article-image"{page_v}>{img}{caption}</figure>'

    # the body: the editor's HTML through v-html (no data-v) or rendered blocks
    blocks = rng.random() < 0.3
    dateline = ""
    if kind == "outlet" and rng.random() < 0.6:
        dateline = rng.choice((f"{city.upper()}, {host.split('.')[0].upper()}.ID -",
                               f"{city.upper()} -", f"{city}, {name} –"))
    content_v, _content_host = component()
    parts = []
    baca_at = rng.randrange(1, len(text.paragraphs)) if rng.random() < 0.35 else -1
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        if blocks:
            parts.append(f'<p class="block-paragraph"{content_v}>{words}</p>')
        elif rng.random() < 0.3:
            parts.append(f'<p style="text-align:justify;">{words}</p>')
        else:
            parts.append(f"<p>{words}</p>")
        if n + 1 == baca_at:
            other = other_texts(rng, text, 1)[0]
            label = rng.choice(("Baca Juga:", "Baca juga:", "BACA JUGA"))
            j.also(f"{label} {other.headline}")
            parts.append(f'<p class="baca-juga"><strong>{j(label)} <a href="{base}/berita/'
                         f'{slug(other.headline)}">{j(other.headline)}</a></strong></p>')
    content_cls = {"tailwind": "prose prose-lg max-w-none article-content",
                   "vuetify": "article-content text-body-1",
                   "bootstrap": "article-body"}[kit]
    content = f'<div class="{content_cls}"{content_v}>{"".join(parts)}</div>'

    # what follows the body
    follow: list[str] = []
    tags: list[str] = []
    if rng.random() < 0.65:
        tags = rng.sample((*_TAGS, city.lower(), category.lower()), rng.randrange(2, 6))
        hashed = rng.random() < 0.5
        shown = [("#" + t.replace(" ", "")) if hashed else t for t in tags]
        label = rng.choice(("Tags", "Tag:", "Topik Terkait", ""))
        chip_cls = {"tailwind": "rounded-full border px-3 py-1 text-sm hover:bg-gray-100",
                    "vuetify": "v-chip v-chip--outlined theme--light v-size--small",
                    "bootstrap": "badge rounded-pill text-bg-light border"}[kit]
        inner_open, inner_close = (("<span class=\"v-chip__content\">", "</span>")
                                   if kit == "vuetify" else ("", ""))
        j.also(" ".join(([label] if label else []) + shown))
        follow.append(f'<div class="article-tags"{tags_v}>'
                      + (f'<span class="font-semibold"{tags_v}>{j(label)}</span>' if label else "")
                      + "".join(f'<a href="{base}/tag/{slug(t)}" class="{chip_cls}"{tags_v}>'
                                f"{inner_open}{j(x)}{inner_close}</a>"
                                for t, x in zip(tags, shown, strict=True)) + "</div>")
    share_inside = rng.random() < 0.8
    share_label = rng.choice(("Bagikan", "Bagikan:", "Bagikan berita ini", "Share"))
    networks = [n for n in ("Facebook", "X", "WhatsApp", "Telegram", "LinkedIn")
                if rng.random() < 0.7] or ["WhatsApp"]
    copy_word = rng.choice(("Salin Tautan", "Salin Link", "Copy Link", ""))
    put = j if share_inside else escape
    copied = ""
    if copy_word and rng.random() < 0.3:
        copied = (f'<span class="toast hidden" role="status"{share_v}>'
                  f'{put(rng.choice(("Tautan disalin!", "Link berhasil disalin")))}</span>')
    if share_inside:
        j.also(" ".join(x for x in (share_label, copy_word) if x))
    share = (f'<div class="share-row flex items-center gap-2"{share_v}><span class="text-sm"'
             f"{share_v}>{put(share_label)}</span>" + "".join(
                 f'<button type="button" aria-label="Bagikan ke {n}" class="share-btn share-'
                 f'{slug(n)}"{share_v}>{icon("share", share_v)[0] if kit == "vuetify" else ""}'
                 f'<svg viewBox="0 0 24 24" width="20" height="20"{share_v}><path d="M0 0h24v24H0z"'
                 "></path></svg></button>" for n in networks)
             + (f'<button type="button" class="share-btn copy"{share_v}>{put(copy_word)}</button>'
                if copy_word else "") + copied + "</div>")
    share_top = share_inside and rng.random() < 0.35
    feedback = ""
    if rng.random() < 0.25:
        question = rng.choice(("Apakah informasi ini membantu?", "Apakah berita ini bermanfaat?",
                               "Bagaimana pendapat Anda tentang berita ini?"))
        answers = rng.choice((["Ya", "Tidak"], ["Bermanfaat", "Kurang Bermanfaat"]))
        feedback = (f'<div class="feedback-box"{page_v}><p{page_v}>{j(question)}</p>'
                    + _pieced(j, answers, " ", f'<button type="button" class="btn btn-outline"'
                              f"{page_v}>{{x}}</button>") + "</div>")
    others = other_texts(rng, text, rng.choice((3, 4, 6)))
    related_inside = rng.random() < 0.3
    put = j if related_inside else escape
    loading = rng.random() < 0.3
    related_heading = rng.choice(("Berita Terkait", "Baca Juga", "Berita Lainnya",
                                  "Artikel Terkait"))
    cards = []
    for k, other in enumerate(others):
        other_day = day - timedelta(days=k + rng.randrange(1, 5))
        cards.append(f'<a href="{base}/berita/{slug(other.headline)}" class="related-card"'
                     f'{card_v}><div class="thumb aspect-video bg-gray-200"{card_v}><img src="'
                     f'https://cdn.{host}/images/thumb/{token(rng, 16)}.webp" alt="" loading="lazy"'
                     f'{card_v}></div><h3 class="line-clamp-2 font-semibold"{card_v}>'
                     f'{put(other.headline)}</h3><span class="text-xs"{card_v}>'
                     f"{put(_long(other_day, day_name=False))}</span></a>")
    if loading:
        note = rng.choice(("Memuat...", "Memuat berita lainnya...", "Loading..."))
        cards.append(f'<div class="skeleton-card animate-pulse" aria-busy="true"{card_v}><div '
                     f'class="skeleton h-32 bg-gray-200"{card_v}></div><div class="skeleton '
                     f'h-4 w-3/4 bg-gray-200"{card_v}></div><span class="sr-only"{card_v}>'
                     f"{put(note)}</span></div>")
    related = (f'<section class="related mt-8"{card_v}><h2 class="text-xl font-bold"{card_v}>'
               f'{put(related_heading)}</h2><div class="grid grid-cols-1 md:grid-cols-3 gap-4"'
               f'{card_v}>{"".join(cards)}</div></section>')

    crumbs_inside = rng.random() < 0.3
    crumb_items = ["Beranda", "Berita", category]
    putc = j if crumbs_inside else escape
    if crumbs_inside:
        j.also(" ".join(crumb_items))
    crumbs = (f'<nav class="breadcrumb text-sm"{page_v}><ol{page_v}>' + "".join(
        f'<li{page_v}><a href="{base}/{slug(c) if c != "Beranda" else ""}"{page_v}>{putc(c)}'
        "</a></li>" for c in crumb_items) + "</ol></nav>")

    top = [crumbs if crumbs_inside else "", chip, headline, excerpt]
    meta_above = rng.random() < 0.8
    if meta_above:
        top.append(meta)
    if share_top:
        top.append(share)
    top += [sizer, image]
    rest = [content, "" if meta_above else meta, *follow,
            share if share_inside and not share_top else "", feedback,
            related if related_inside else ""]
    article_tag = rng.choice(("article", "div"))
    article_cls = {"tailwind": "article-detail bg-white rounded-lg p-4 md:p-8",
                   "vuetify": "v-card v-sheet theme--light elevation-0 article-detail",
                   "bootstrap": "card border-0 article-detail"}[kit]
    article = (f'<{article_tag} class="{article_cls}"{page_v}>{"".join(top)}{"".join(rest)}'
               f"</{article_tag}>")

    # the state
    content_html = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    if stamp_kind == "offset":
        stamp: object = _iso(when)
        updated: object = _iso(when + timedelta(minutes=rng.randrange(1, 180)))
    elif stamp_kind == "utc":
        fraction = rng.choice((".000000", ".000", ""))
        stamp = _utc_z(when, fraction)
        updated = _utc_z(when + timedelta(minutes=rng.randrange(1, 90)), fraction)
    elif stamp_kind == "epoch":
        stamp = int(when.timestamp()) * 1000
        updated = stamp + rng.randrange(1, 90) * 60000
    elif zoneless:
        stamp = f"{when:%Y-%m-%d %H:%M:%S}"
        updated = stamp
    else:
        stamp = printed if printed_time else day.isoformat()
        updated = stamp
    in_state = rng.random() < 0.6  # the body's HTML again in the state
    record: dict[str, object] = {
        "id": news_id, "title": text.headline, "slug": s, "excerpt": _teaser(rng,
                                                                            text.paragraphs[0]),
        "published_at": stamp, "updated_at": updated,
        "category": {"id": rng.randrange(1, 30), "name": category, "slug": slug(category)},
        "author": {"name": writer} if show_author or rng.random() < 0.5 else None,
        "views": views, "tags": [{"name": t, "slug": slug(t)} for t in tags],
        "image": {"url": f"https://cdn.{host}/images/{token(rng, 20)}.webp",
                  "caption": photo_caption or None},
        "is_headline": rng.random() < 0.2, "status": "published"}
    if in_state:
        record["content"] = content_html
    related_state = [{"id": rng.randrange(1000, 90000), "title": o.headline,
                      "slug": slug(o.headline)} for o in others]
    api = f"https://api.{host}/v1/berita/{s}"
    if framework == "nuxt2":
        state: dict[str, object] = {
            "layout": "default",
            "data": [{"article": record, "related": related_state, "loading": False}],
            "fetch": {}, "error": None,
            "state": {"auth": {"user": None, "loggedIn": False},
                      "settings": {"siteName": site, "cookieConsent": False}},
            "serverRendered": True, "routePath": url.split(host, 1)[1],
            "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}}}
        state_script = f"<script>{_nuxt2_state(state)}</script>"
    elif framework == "nuxt3":
        state = {"data": {f"berita-{s}": {"data": record}, "related": related_state},
                 "state": {"$ssite": {"name": site}}, "once": [], "_errors": {},
                 "serverRendered": True, "path": url.split(host, 1)[1]}
        state_script = (f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">'
                        f"{_devalue(state)}</script>"
                        f"<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{"
                        f'apiBase:"https://api.{host}/v1"}},app:{{baseURL:"/",buildId:"'
                        f'{token(rng, 8)}-{token(rng, 4)}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}'
                        "</script>")
    else:
        state_script = _angular_state(f"article-{s}" if old_angular else str(rng.randrange(10**8,
                                                                                           10**9)),
                                      {"success": True, "data": record}, api, old_angular)

    # the head
    title = rng.choice((f"{text.headline} | {site}", f"{text.headline} - {site}",
                        f"{text.headline} | {site}", site, f"Berita | {site}",
                        f"{site} - Berita - {text.headline}"))
    hid = ' data-n-head="ssr"' if framework == "nuxt2" else ""
    head: list[str] = []
    if rng.random() < 0.65:
        head += [f'<meta{hid} data-hid="og:title" property="og:title" content="'
                 f'{attr(text.headline)}">',
                 f'<meta{hid} data-hid="og:type" property="og:type" content="article">',
                 f'<meta{hid} data-hid="og:url" property="og:url" content="{attr(url)}">',
                 f'<meta{hid} data-hid="og:site_name" property="og:site_name" content="'
                 f'{attr(site)}">']
    machine = (stamp if stamp_kind in ("offset", "utc") else
               _utc_z(when) if stamp_kind == "epoch" else None)
    if machine and rng.random() < 0.45:
        head.append(f'<meta{hid} property="article:published_time" content="{machine}">')
    if machine and rng.random() < 0.35:
        ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                                 "headline": text.headline, "datePublished": machine,
                                 "dateModified": updated if stamp_kind != "epoch" else machine,
                                 "publisher": {"@type": "Organization", "name": site}}
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        head.append(_ld(ld).replace("<script", f"<script{hid}", 1))
    if rng.random() < 0.5:
        head.append(f'<meta{hid} data-hid="description" name="description" content="'
                    f'{attr(_teaser(rng, text.paragraphs[0]))}">')

    # the page around it
    header_v, _h = component()
    menu = ("Beranda", "Profil", "Berita", "Layanan", "Informasi Publik", "Kontak")
    nav = "".join(f'<a href="{base}/{slug(m)}" class="nav-link"{header_v}>{m}</a>' for m in menu)
    header = (f'<header class="site-header sticky top-0"{header_v}><div class="container"'
              f'{header_v}><a href="{base}/" class="logo"{header_v}><img src="{base}/logo.svg" '
              f'alt="{attr(site)}"{header_v}></a><nav{header_v}>{nav}</nav><button '
              f'class="search-toggle" aria-label="Cari"{header_v}></button></div></header>')
    footer = (f'<footer class="site-footer"{header_v}><p{header_v}>&copy; {day.year} '
              f"{escape(site)}</p><p{header_v}>Dikelola oleh Dinas Komunikasi dan Informatika "
              f"{escape(city)}</p></footer>")
    consent = ""
    if rng.random() < 0.6:
        consent_v, _c = component()
        consent = (f'<div class="cookie-consent fixed bottom-0"{consent_v}><p{consent_v}>'
                   f"{escape(rng.choice(_CONSENT_SPA))}</p><button{consent_v}>Terima</button>"
                   f"<button{consent_v}>Tolak</button></div>")
    noscript = ""
    if rng.random() < 0.5:
        noscript = f"<noscript>{escape(rng.choice(_NOSCRIPT).format(name=site))}</noscript>"
    if rng.random() < 0.4:
        noscript += ('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-'
                     f'{token(rng, 7).upper()}" height="0" width="0" style="display:none;'
                     'visibility:hidden"></iframe></noscript>')
    popular = "".join(f'<li{card_v}><a href="{base}/berita/{slug(o.headline)}"{card_v}>'
                      f"{escape(o.headline)}</a></li>" for o in other_texts(rng, text, 4))
    aside = (f'<aside class="sidebar"{page_v}><h3{page_v}>Terpopuler</h3><ol{page_v}>{popular}'
             "</ol></aside>")
    page_main = (f'<div class="article-page container mx-auto"{page_v}>'
                 f'{"" if crumbs_inside else crumbs}<div class="grid lg:grid-cols-3 gap-8"'
                 f'{page_v}><div class="lg:col-span-2"{page_v}>{article}'
                 f'{"" if related_inside else related}'
                 f'{"" if share_inside else share}</div>{aside}</div></div>')
    if framework == "angular":
        version = rng.choice(("12.2.16", "13.3.11")) if old_angular else rng.choice((
            "16.2.12", "17.3.12", "18.2.8"))
        server = "" if old_angular else ' ng-server-context="ssr"'
        app_v, app_host = component()
        body = (f'<app-root{app_host} ng-version="{version}"{server}><app-header{app_v}>{header}'
                f"</app-header><router-outlet{app_v}></router-outlet><app-news-detail{page_host}"
                f">{page_main}</app-news-detail><app-footer{app_v}>{footer}</app-footer>"
                f"{consent}</app-root>")
        scripts = (f'<script src="/runtime.{token(rng, 16)}.js" type="module"></script>'
                   f'<script src="/main.{token(rng, 16)}.js" type="module"></script>')
        base_tag = '<base href="/">'
    else:
        layout_v, _l = component()
        inner = (f'<div class="layout-default"{layout_v}>{header}<main{layout_v}>{page_main}'
                 f"</main>{footer}{consent}</div>")
        if framework == "nuxt2":
            body = f'<div id="__nuxt"><div id="__layout">{inner}</div></div>'
            scripts = "".join(f'<script src="/_nuxt/{token(rng, 7)}.js" defer></script>'
                              for _ in range(rng.randrange(2, 5)))
        else:
            body = f'<div id="__nuxt">{inner}</div><div id="teleports"></div>'
            scripts = (f'<script type="module" src="/_nuxt/entry.{token(rng, 8)}.js" '
                       'crossorigin></script>')
        base_tag = ""
        if framework == "nuxt3":
            head.append(f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/'
                        f'entry.{token(rng, 8)}.js">')
    html_attrs = (' data-n-head-ssr lang="id" '
                  'data-n-head="%7B%22lang%22:%7B%22ssr%22:%22id%22%7D%7D"')
    html = f"""<!DOCTYPE html>
<html{html_attrs if framework == "nuxt2" else ' lang="id"'}>
<head>
<meta charset="utf-8">{base_tag}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
<link rel="stylesheet" href="/_nuxt/css/{token(rng, 10)}.css">
</head>
<body>
{noscript}{body}
{state_script}{scripts}
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author, site,
                            tuple(j.lines))


def _spa_listing(rng: random.Random, text: Text, framework: str, site: str, base: str,
                 zone: str, category: str) -> tuple[str, str, Truth]:
    """The portal's news index: cards rendered by the app, the state with the list."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Berita", "Berita Terkini", f"Kategori {category}", category,
                          "Kabar Daerah", "Semua Berita"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    v = f' data-v-{token(rng, 8)}=""'
    cards = "".join(
        f'<a href="{base}/berita/{slug(o.headline)}" class="news-card"{v}><img src="{base}/img/'
        f'{token(rng, 12)}.webp" alt=""{v}><div class="p-3"{v}><span class="text-xs"{v}>'
        f'{_long(d, day_name=False)}</span><h3 class="font-semibold"{v}>{escape(o.headline)}'
        f'</h3><p class="text-sm"{v}>{escape(_teaser(rng, o.paragraphs[0]))}</p></div></a>'
        for o, d in shown)
    state = {"data": [{"items": [{"title": o.headline, "slug": slug(o.headline),
                                  "published_at": d.isoformat()} for o, d in shown],
                       "page": 1, "total": rng.randrange(100, 3000)}], "serverRendered": True}
    url = f"{base}/{rng.choice(('berita', 'news', 'kategori/' + slug(category)))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} | {escape(site)}</title>
</head><body><div id="__nuxt"><div class="layout-default"{v}><header{v}><a href="{base}/"{v}>
{escape(site)}</a></header><main class="container"{v}><h1 class="text-3xl font-bold"{v}>
{escape(heading)}</h1><div class="grid grid-cols-3 gap-4"{v}>{cards}</div>
<nav class="pagination"{v}><button{v}>1</button><button{v}>2</button><button{v}>Selanjutnya
</button></nav></main><footer{v}>&copy; {day.year} {escape(site)}</footer></div></div>
<script>{_nuxt2_state(state) if framework == "nuxt2" else "window.__NUXT__={}"}</script>
</body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)



# -- 4. a static site: Hugo, Jekyll or Eleventy -------------------------------------------

# (owner, name, zone, place, host)
_STATIC_SITES = (
    ("smartcity", "Smart City Kota Kendari", "WITA", "Kendari", "smartcity.kendarikota.go.id"),
    ("smartcity", "Bandung Smart City", "WIB", "Bandung", "smartcity.bandung.go.id"),
    ("smartcity", "Smart City Pontianak", "WIB", "Pontianak", "smartcity.pontianak.go.id"),
    ("smartcity", "Ambon Smart City", "WIT", "Ambon", "smartcity.ambon.go.id"),
    ("smartcity", "Smart Kampung Banyuwangi", "WIB", "Banyuwangi",
     "smartkampung.banyuwangikab.go.id"),
    ("smartcity", "Sorong Smart City", "WIT", "Sorong", "smartcity-sorong.github.io"),
    ("tourism", "Dinas Pariwisata Kabupaten Manggarai Barat", "WITA", "Labuan Bajo",
     "pariwisata.manggaraibaratkab.go.id"),
    ("tourism", "Jelajah Raja Ampat", "WIT", "Waisai", "jelajahrajaampat.netlify.app"),
    ("tourism", "Visit Toba", "WIB", "Balige", "visittoba.id"),
    ("tourism", "Wisata Likupang", "WITA", "Likupang", "wisatalikupang.pages.dev"),
    ("tourism", "Disparbud Kabupaten Wakatobi", "WITA", "Wangi-Wangi",
     "disparbud.wakatobikab.go.id"),
    ("tourism", "Pesona Halmahera Barat", "WIT", "Jailolo", "pesonahalbar.id"),
    ("outlet", "Catatan Pesisir", "WITA", "Baubau", "catatanpesisir.id"),
    ("outlet", "Kabar Sumba", "WITA", "Waingapu", "kabarsumba.github.io"),
    ("outlet", "Halmahera Today", "WIT", "Tobelo", "halmaheratoday.netlify.app"),
    ("outlet", "Warta Mentawai", "WIB", "Tuapejat", "wartamentawai.id"),
    ("outlet", "Lembar Merauke", "WIT", "Merauke", "lembarmerauke.id"),
)
_STATIC_SECTIONS = {"smartcity": ("Berita", "Inovasi", "Layanan Digital", "Kegiatan", "Data"),
                    "tourism": ("Berita", "Destinasi", "Event", "Budaya", "Kabar Wisata"),
                    "outlet": ("Berita", "Daerah", "Feature", "Opini", "Liputan")}
_TOC_NAMES = ("Latar Belakang", "Pelaksanaan Kegiatan", "Tanggapan Warga", "Langkah Selanjutnya",
              "Data dan Fakta", "Kata Pemerintah", "Penutup")
_FOOTNOTES = ("Data Badan Pusat Statistik {place}, {year}.",
              "Keterangan tertulis {name}, diterima redaksi.",
              "Lihat laporan tahunan {name} {year}.",
              "Wawancara dengan warga {place}.")
_ZONE_CITIES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}


def _static_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "id": _long(day, day_name=False),
        "id_day": _long(day),
        "short": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}",
        "en_abbr": f"{MONTHS_EN[day.month - 1][:3]} {day.day}, {day.year}",
        "en_full": f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
        "en_dmy": f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
        "iso": day.isoformat(),
        "dmy": f"{day:%d/%m/%Y}",
        "id_time": f"{_long(day, day_name=False)} pukul {when:%H.%M} {zone}",
        "id_time_colon": f"{_long(day)}, {when:%H:%M} {zone}",
    }[form]


def static_site(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A post of a static site built by Hugo (PaperMod, Ananke, a theme of the office's
    own), Jekyll (Minima, Chirpy) or Eleventy's base blog: ``<article>`` with a
    breadcrumb, the description, a meta line of date, reading time, word count, the
    author and "Sarankan Perubahan"; "Diposting pada ... • Waktu baca 3 menit •
    Kategori: ..."; a ``nav#TableOfContents`` ("Daftar Isi"), a cover with its caption,
    figures in the text, footnotes with their back links, "#tag" lists, "Bagikan ke:
    Twitter Facebook WhatsApp", the licence line, "Sebelumnya / Berikutnya", "Sunting
    halaman ini", "Langganan via RSS", related posts and a comment embed. The date in
    ``<time datetime>`` (with the site's offset, in UTC, a date alone, the front
    matter's date at midnight UTC), in Hugo's ``title="2025-05-27 14:30:00 +0800
    WITA"``, in Chirpy's epoch, in jekyll-seo-tag's og and JSON-LD, or only printed."""
    owner, name, zone, place, host = rng.choice(_STATIC_SITES)
    generator = rng.choice(("papermod", "papermod", "ananke", "hugo-custom", "hugo-custom",
                            "minima", "chirpy", "eleventy"))
    hugo = generator in ("papermod", "ananke", "hugo-custom")
    section = rng.choice(_STATIC_SECTIONS[owner])
    base = f"https://{host}"
    s = slug(text.headline)
    form_choices = {
        "papermod": ("id", "id", "en_full", "en_dmy", "short", "id_day"),
        "ananke": ("id", "en_full", "en_abbr", "id_day"),
        "hugo-custom": ("id", "id_day", "dmy", "iso", "id_time", "id_time_colon", "short"),
        "minima": ("en_abbr", "en_abbr", "id", "en_full"),
        "chirpy": ("id", "en_abbr", "short"),
        "eleventy": ("id", "en_dmy", "iso", "en_full"),
    }[generator]
    form = rng.choice(form_choices)
    printed_time = form in ("id_time", "id_time_colon")
    # the machine form of the date
    stamp_kind = {
        "papermod": ("offset", "offset", "midnight"),
        "ananke": ("offset", "offset", "midnight"),
        "hugo-custom": ("offset", "date", "date", "none"),
        "minima": ("offset", "utc", "utc"),
        "chirpy": ("epoch", "epoch"),
        "eleventy": ("date", "date", "midnight"),
    }[generator]
    stamp = rng.choice(stamp_kind)
    seo_tag = generator in ("minima", "chirpy") and rng.random() < 0.5  # jekyll-seo-tag
    if printed_time and stamp == "midnight":
        stamp = "offset"
    # jekyll-seo-tag prints the site's offset, or UTC where the site sets no time zone
    timed = printed_time or stamp == "offset" or (seo_tag and stamp == "epoch")
    when = when_in(rng, zone, seconds=rng.random() < 0.6, office_hours=not timed)
    day = when.date()
    date_path = f"{day:%Y/%m/%d}"
    if generator in ("minima", "chirpy"):
        url = rng.choice((f"{base}/{slug(section)}/{date_path}/{s}.html", f"{base}/posts/{s}/",
                          f"{base}/{date_path}/{s}.html"))
    else:
        url = rng.choice((f"{base}/posts/{s}/", f"{base}/{slug(section)}/{s}/",
                          f"{base}/berita/{day.year}/{s}/", f"{base}/id/{slug(section)}/{s}/"))
    if rng.random() < 1 / 8:
        return _static_listing(rng, text, generator, name, base, section, zone)

    j = Junk()
    printed = _static_date(form, when, zone)
    offset = when.strftime("%z")
    if stamp == "offset":
        machine: str | None = _iso(when)
        go_time = (f"{when:%Y-%m-%d %H:%M:%S} {offset} "
                   f"{zone if rng.random() < 0.7 else offset}")
    elif stamp == "midnight":
        machine = f"{day.isoformat()}T00:00:00+00:00" if rng.random() < 0.6 else (
            f"{day.isoformat()}T00:00:00Z")
        go_time = f"{day.isoformat()} 00:00:00 +0000 UTC"
    elif stamp == "utc":
        machine = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        go_time = ""
    elif stamp == "date":
        machine = day.isoformat()
        go_time = ""
    else:
        machine = None
        go_time = ""
    seo_stamp = machine if stamp == "utc" else _iso(when)
    writer = rng.choice((_person(rng), rng.choice(NAMES), f"Tim {name.split()[0]}", "Admin",
                         "Redaksi"))
    show_author = rng.random() < 0.65
    author: str | None = writer if show_author else None
    words_n = sum(len(p.split()) for p in text.paragraphs)
    minutes = max(1, round(words_n / 200))
    others = other_texts(rng, text, 6)
    tags = rng.sample((*_TAGS, place.lower(), "smart city" if owner == "smartcity" else
                       "wisata", section.lower()), rng.randrange(2, 6))

    # the text, with anchors a table of contents can point at
    toc_on = rng.random() < 0.35 and len(text.paragraphs) >= 4 and generator != "chirpy"
    anchors: dict[int, str] = {}
    if toc_on:
        spots = sorted(rng.sample(range(len(text.paragraphs)), min(len(text.paragraphs),
                                                                   rng.randrange(2, 5))))
        names_toc = sorted(rng.sample(_TOC_NAMES, len(spots)), key=_TOC_NAMES.index)
        anchors = dict(zip(spots, names_toc, strict=True))
    dateline = ""
    if owner == "outlet" and rng.random() < 0.5:
        dateline = rng.choice((f"{place.upper()}, {name} –", f"{place} —", f"{place.upper()} -"))
    figure_at = rng.randrange(1, len(text.paragraphs)) if rng.random() < 0.3 else -1
    parts = []
    for n, paragraph in enumerate(text.paragraphs):
        ident = f' id="{slug(anchors[n])}"' if n in anchors else ""
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        parts.append(f"<p{ident}>{words}</p>")
        if n + 1 == figure_at:
            caption = rng.choice((f"Suasana di {place}.", f"Dokumentasi {name}.",
                                  f"Kegiatan warga {place}. Foto: {writer}"))
            if hugo and rng.random() < 0.5:
                parts.append(f'<figure><img src="/images/{token(rng, 10)}.jpg" alt="'
                             f'{attr(caption)}"><figcaption><h4>{j(caption)}</h4></figcaption>'
                             "</figure>")
            else:
                parts.append(f'<p><img src="/assets/img/{token(rng, 10)}.jpg" alt="'
                             f'{attr(caption)}"><br><em>{j(caption)}</em></p>')
    footnotes = ""
    if rng.random() < 0.25:
        notes = rng.sample(_FOOTNOTES, rng.randrange(1, 3))
        back = "↩︎" if hugo or generator == "eleventy" else "↩"
        items = []
        for k, note in enumerate(notes, 1):
            line = note.format(place=place, name=name, year=day.year)
            j.also(f"{line} {back}")
            items.append(f'<li id="fn:{k}"><p>{j(line)}&#160;<a href="#fnref:{k}" class="'
                         f'{"footnote-backref" if hugo else "reversefootnote"}" role="doc-'
                         f'backlink">{j(back)}</a></p></li>')
        footnotes = (f'<div class="footnotes" role="doc-endnotes"><hr><ol>{"".join(items)}'
                     "</ol></div>")
    content = "".join(parts) + footnotes

    toc = ""
    if toc_on:
        heading = rng.choice(("Daftar Isi", "Isi Tulisan", "Table of Contents"))
        entries = [anchors[k] for k in sorted(anchors)]
        links = "".join(f'<li><a href="#{slug(e)}">{j(e)}</a></li>' for e in entries)
        j.also(" ".join(entries))
        if generator == "papermod":
            toc = (f'<div class="toc"><details open><summary accesskey="c" title="(Alt + C)">'
                   f'<span class="details">{j(heading)}</span></summary><div class="inner">'
                   f'<nav id="TableOfContents"><ul>{links}</ul></nav></div></details></div>')
        else:
            toc = (f'<aside class="toc"><p class="toc-title">{j(heading)}</p>'
                   f'<nav id="TableOfContents"><ul>{links}</ul></nav></aside>')

    cover = ""
    if rng.random() < 0.55:
        caption = ""
        if rng.random() < 0.55:
            words = rng.choice((f"Foto: {name}", f"Ilustrasi. (Dok. {name})",
                                f"{place} dari udara. Foto: {writer}"))
            caption = f"<figcaption>{j(words)}</figcaption>"
        cover = (f'<figure class="entry-cover"><img loading="lazy" src="{base}/images/covers/'
                 f'{s[:40]}.jpg" alt="{attr(text.headline)}">{caption}</figure>')

    share = ""
    if rng.random() < 0.55:
        networks = [n for n in ("Twitter", "Facebook", "WhatsApp", "Telegram", "LinkedIn")
                    if rng.random() < 0.7] or ["WhatsApp"]
        if generator == "papermod" and rng.random() < 0.6:
            share = ('<div class="share-buttons">' + "".join(
                f'<a target="_blank" rel="noopener noreferrer" aria-label="share '
                f'{attr(text.headline)} on {n.lower()}" href="#"><svg viewBox="0 0 512 512" '
                'height="30px" width="30px"><path d="M0 0h512v512H0z"></path></svg></a>'
                for n in networks) + "</div>")
        else:
            label = rng.choice(("Bagikan ke:", "Bagikan:", "Share:", "Bagikan"))
            share = ('<div class="share">' + _pieced(
                j, [label, *networks], " ", '<a href="#" class="share-{s}">{x}</a>')
                .replace('<a href="#" class="share-' + slug(label) + '">', "<span>", 1)
                .replace("</a>", "</span>", 1) + "</div>")

    tags_html = ""
    tags_in_meta = generator == "eleventy" and rng.random() < 0.4  # Eleventy's metadata list
    if rng.random() < 0.65 and not tags_in_meta:
        hashed = rng.random() < 0.5
        shown = [("#" + t.replace(" ", "-")) if hashed else t for t in tags]
        if generator == "papermod":
            j.also(" ".join(shown))
            tags_html = ('<ul class="post-tags">' + "".join(
                f'<li><a href="{base}/tags/{slug(t)}/">{j(x)}</a></li>'
                for t, x in zip(tags, shown, strict=True)) + "</ul>")
        else:
            label = rng.choice(("Tag:", "Tags:", "Label:", ""))
            j.also(" ".join(([label] if label else []) + shown))
            tags_html = ('<div class="post-tags">' + (f"<span>{j(label)}</span> " if label else "")
                         + " ".join(f'<a href="{base}/tags/{slug(t)}/" class="post-tag">{j(x)}</a>'
                                    for t, x in zip(tags, shown, strict=True)) + "</div>")

    pager = ""
    if rng.random() < 0.6:
        prev_t, next_t = others[0].headline, others[1].headline
        prev_w = rng.choice(("« Sebelumnya", "← Sebelumnya", "Sebelumnya", "« Prev"))
        next_w = rng.choice(("Berikutnya »", "Berikutnya →", "Selanjutnya", "Next »"))
        has_next = rng.random() < 0.8
        j.also(f"{prev_w} {prev_t}")
        links_html = (f'<a class="prev" href="{base}/posts/{slug(prev_t)}/"><span class='
                      f'"title">{j(prev_w)}</span><br><span>{j(prev_t)}</span></a>')
        if has_next:
            j.also(f"{next_w} {next_t}")
            links_html += (f'<a class="next" href="{base}/posts/{slug(next_t)}/"><span class='
                           f'"title">{j(next_w)}</span><br><span>{j(next_t)}</span></a>')
        pager = f'<nav class="paginav">{links_html}</nav>'

    edit = ""
    repo = f"https://github.com/{slug(name.split()[0])}/{host.split('.')[0]}"
    if rng.random() < 0.35:
        word = rng.choice(("Sunting halaman ini", "Edit halaman ini di GitHub",
                           "Laporkan kesalahan", "Lihat sumber"))
        edit = (f'<p class="edit-page"><a href="{repo}/edit/main/content/posts/{s}.md" '
                f'target="_blank" rel="noopener">{j(word)}</a></p>')
    rss = ""
    if rng.random() < 0.2:
        rss = (f'<p class="rss"><a href="{base}/index.xml">'
               f'{j(rng.choice(("Langganan via RSS", "RSS", "Ikuti lewat RSS")))}</a></p>')
    licence = ""
    if generator == "chirpy" or rng.random() < 0.1:
        licence = (f'<div class="license-wrapper">{j("Tulisan ini dilisensikan di bawah")} <a '
                   f'href="https://creativecommons.org/licenses/by/4.0/">{j("CC BY 4.0")}</a> '
                   f'{j("oleh penulis.")}</div>')
        j.also("Tulisan ini dilisensikan di bawah CC BY 4.0 oleh penulis.")
    updated = ""
    if rng.random() < 0.25:
        later = when + timedelta(days=rng.randrange(1, 20))
        updated_word = rng.choice(("Terakhir diperbarui:", "Diperbarui", "Updated:"))
        later_form = "id" if printed_time else form
        updated_line = f"{updated_word} {_static_date(later_form, later, zone)}"
        updated = f'<p class="lastmod">{j(updated_line)}</p>'
    related_inside = rng.random() < 0.35
    put = j if related_inside else escape
    related_heading = rng.choice(("Tulisan Terkait", "Lihat Juga", "Baca Juga", "Related"))
    related = (f'<section class="related"><h3>{put(related_heading)}</h3><ul>' + "".join(
        f'<li><a href="{base}/posts/{slug(o.headline)}/">{put(o.headline)}</a></li>'
        for o in others[2:2 + rng.randrange(2, 5)]) + "</ul></section>")
    comments = rng.choice((
        '<script src="https://utteranc.es/client.js" repo="x/y" issue-term="pathname" '
        'theme="github-light" crossorigin="anonymous" async></script>',
        '<div class="giscus"></div><script src="https://giscus.app/client.js" async></script>',
        '<div id="disqus_thread"></div>', ""))

    # the headline, the meta and the article, theme by theme
    headline_text = escape(text.headline)
    category_line = f"Kategori: {section}"
    if generator == "papermod":
        crumbs = ""
        if rng.random() < 0.6:
            j.also(f"Beranda » {section}")
            crumbs = (f'<div class="breadcrumbs"><a href="{base}/">{j("Beranda")}</a>&nbsp;»&nbsp;'
                      f'<a href="{base}/{slug(section)}/">{j(section)}</a></div>')
        description = ""
        if rng.random() < 0.4:
            words = rng.choice((f"Kabar terbaru dari {name}.", f"Catatan kegiatan di {place}.",
                                f"Informasi {section.lower()} {place}."))
            description = f'<div class="post-description">{j(words)}</div>'
        bits = [f"<span title='{go_time}'>{j(printed)}</span>" if go_time else j(printed)]
        plain = [printed]
        if rng.random() < 0.8:
            bits.append(j(f"{minutes} menit"))
            plain.append(f"{minutes} menit")
        if rng.random() < 0.5:
            bits.append(j(f"{words_n} kata"))
            plain.append(f"{words_n} kata")
        if show_author:
            bits.append(j(writer))
            plain.append(writer)
        line = " · ".join(plain)
        meta_html = "&nbsp;·&nbsp;".join(bits)
        if rng.random() < 0.3:
            line += " | Sarankan Perubahan"
            meta_html += (f'&nbsp;|&nbsp;<a href="{repo}/tree/main/content/posts/{s}.md" rel='
                          f'"noopener noreferrer" target="_blank">{j("Sarankan Perubahan")}</a>')
        j.also(line)
        tag = rng.choice(("h1", "h1", "h2"))
        header = (f'<header class="post-header">{crumbs}<h1 class="post-title entry-hint-parent">'
                  f"{headline_text}</h1>{description}<div class=\"post-meta\">{meta_html}</div>"
                  "</header>").replace("<h1 ", f"<{tag} ").replace("</h1>", f"</{tag}>")
        footer = f'<footer class="post-footer">{tags_html}{pager}{share}</footer>'
        article = (f'<article class="post-single">{header}{cover}{toc}<div class="post-content">'
                   f"{content}</div>{updated}{edit}{rss}{licence}{footer}"
                   f"{related if related_inside else ''}</article>")
    elif generator == "ananke":
        kicker = j(section.upper())
        byline = ""
        if show_author:
            byline = f'<p class="tracked">{j("Oleh")} <strong>{j(writer)}</strong></p>'
            j.also(f"Oleh {writer}")
        time_html = (f'<time class="f6 mv4 dib tracked" datetime="{machine}">{j(printed)}</time>'
                     if machine else f'<span class="f6 mv4 dib tracked">{j(printed)}</span>')
        reading = ""
        if rng.random() < 0.6:
            reading = f'<span class="f6 mv4 dib tracked"> - {j(f"{minutes} menit baca")} </span>'
        if rng.random() < 0.4:
            reading += f'<span class="f6 mv4 dib tracked"> - {j(f"{words_n} kata")} </span>'
        toc_ananke = ""
        if toc:
            toc_ananke = toc.replace('<aside class="toc">', '<aside class="w-30-l mt6-l"><div '
                                     'class="bg-light-gray pa3 nested-list-reset">', 1).replace(
                                         "</aside>", "</div></aside>", 1)
        article = (f'<article class="flex-l flex-wrap justify-between mw8 center ph3">'
                   f'<header class="mt4 w-100"><aside class="instapaper_ignoref b helvetica '
                   f'tracked ttu">{kicker}</aside>{share.replace("share", "ananke-socials", 1)}'
                   f'<h1 class="f1 athelas mt3 mb1">{headline_text}</h1>{byline}{time_html}'
                   f'{reading}</header><div class="nested-copy-line-height lh-copy serif f4 '
                   f'nested-links mid-gray pr4-l w-two-thirds-l">{cover}{content}{updated}'
                   f"{tags_html}{edit}{rss}{licence}{pager}</div>{toc_ananke}"
                   f"{related if related_inside else ''}</article>")
    elif generator == "hugo-custom":
        label = rng.choice(("Diposting pada", "Dipublikasikan", "Tanggal:", "Diterbitkan"))
        pieces_meta = [f"{label} {printed}"]
        if rng.random() < 0.7:
            pieces_meta.append(rng.choice((f"Waktu baca {minutes} menit",
                                           f"{minutes} menit membaca")))
        if rng.random() < 0.6:
            pieces_meta.append(category_line)
        if show_author:
            pieces_meta.append(rng.choice((f"Penulis: {writer}", f"Oleh {writer}")))
        glue = rng.choice((" • ", " | ", " — "))
        j.also(glue.join(pieces_meta))
        first = (f'{j(label)} <time datetime="{machine}">{j(printed)}</time>' if machine else
                 f"{j(label)} <span>{j(printed)}</span>")
        j.also(f"{label} {printed}")
        meta_html = escape(glue).join([first] + [f"<span>{j(x)}</span>" for x in pieces_meta[1:]])
        look = rng.choice(("h1", "h1", "h2", "div"))
        look_cls = "page-title" if look != "div" else "post-title fs-2 fw-bold"
        headline = f'<{look} class="{look_cls}">{headline_text}</{look}>'
        article = (f'<article class="post"><header class="post-header">{headline}<div class='
                   f'"post-meta text-muted">{meta_html}</div></header>{toc}{cover}<section '
                   f'class="post-body">{content}</section>{updated}{tags_html}{share}{pager}'
                   f"{edit}{rss}{licence}{related if related_inside else ''}</article>")
    elif generator == "minima":
        time_html = (f'<time class="dt-published" datetime="{machine}" itemprop="datePublished">'
                     f"{j(printed)}</time>")
        by = ""
        if show_author:
            by = (f' • <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
                  f'<span class="p-author h-card" itemprop="name">{j(writer)}</span></span>')
            j.also(f"{printed} • {writer}")
        article = (f'<article class="post h-entry" itemscope itemtype="http://schema.org/'
                   f'BlogPosting"><header class="post-header"><h1 class="post-title p-name" '
                   f'itemprop="name headline">{headline_text}</h1><p class="post-meta">'
                   f'{time_html}{by}</p></header>{cover}<div class="post-content e-content" '
                   f'itemprop="articleBody">{toc}{content}</div>{updated}{tags_html}{share}'
                   f"{pager}{edit}"
                   f'{rss}{licence}{related if related_inside else ""}<a class="u-url" href="'
                   f'{attr(url)}" hidden></a></article>')
    elif generator == "chirpy":
        epoch = int(when.timestamp())
        posted = rng.choice(("Diposting", "Dipublikasikan", "Posted"))
        j.also(f"{posted} {printed}")
        bits = [f'<span>{j(posted)} <time data-ts="{epoch}" data-df="ll" data-bs-toggle="tooltip"'
                f' data-bs-placement="bottom">{j(printed)}</time></span>']
        if show_author:
            by_word = rng.choice(("Oleh", "By"))
            j.also(f"{by_word} {writer}")
            bits.append(f'<span>{j(by_word)} <em><a href="{base}/about/">{j(writer)}</a></em>'
                        "</span>")
        reading = rng.choice((f"{minutes} menit", f"{minutes} min"))
        rt_word = rng.choice(("waktu baca", "read"))
        j.also(f"{reading} {rt_word}")
        bits.append(f'<span class="readtime" data-bs-toggle="tooltip" title="{words_n} kata">'
                    f"<em>{j(reading)}</em> {j(rt_word)}</span>")
        folder = (f'<div class="post-meta mb-3"><i class="far fa-folder-open fa-fw me-1"></i>'
                  f'<a href="{base}/categories/{slug(section)}/">{j(section)}</a></div>')
        tail = (f'<div class="post-tail-wrapper text-muted">{folder}{tags_html}<div class="post-'
                f'tail-bottom d-flex justify-content-between">{licence}{share}</div></div>')
        article = (f'<article class="px-1"><header><h1 data-toc-skip>{headline_text}</h1><div '
                   f'class="post-meta text-muted">{"".join(bits)}</div></header>{cover}'
                   f'<div class="content">{content}</div>{updated}{tail}{pager}{edit}{rss}'
                   f"{related if related_inside else ''}</article>")
    else:  # eleventy
        items = []
        time_html = (f'<time datetime="{machine}">{j(printed)}</time>' if machine else
                     j(printed))
        items.append(f"<li>{time_html}</li>")
        if show_author:
            items.append(f"<li>{j(writer)}</li>")
        if tags_in_meta:
            j.also(", ".join(tags))
            items.append("<li>" + ", ".join(f'<a href="{base}/tags/{slug(t)}/" class="post-tag">'
                                            f"{j(t)}</a>" for t in tags) + "</li>")
        meta_html = f'<ul class="post-metadata">{"".join(items)}</ul>'
        look = rng.choice(("h1", "h1", "h2"))
        pager_11ty = ""
        if pager:
            pager_11ty = (pager.replace('<nav class="paginav">', '<ul class="links-nextprev">')
                          .replace('<a class="prev"', '<li class="links-nextprev-prev"><a')
                          .replace('<a class="next"', '<li class="links-nextprev-next"><a')
                          .replace("</a>", "</a></li>").replace("</nav>", "</ul>"))
        article = (f"<article><{look}>{headline_text}</{look}>{meta_html}{cover}{toc}{content}"
                   f"{updated}{tags_html}{share}{edit}{rss}{licence}"
                   f"{related if related_inside else ''}</article>{pager_11ty}")
        if pager_11ty:
            article = article.replace(pager_11ty, "", 1)
            article = article.replace("</article>", f"{pager_11ty}</article>", 1)

    # the head
    title = rng.choice((f"{text.headline} | {name}", f"{text.headline} | {name}",
                        f"{text.headline} - {name}", f"{text.headline} — {name}",
                        f"{name} | {text.headline}", f"{text.headline} · {name}"))
    built_by = {"papermod": "Hugo 0.125.4", "ananke": "Hugo 0.121.1",
                "hugo-custom": "Hugo 0.111.3", "minima": "Jekyll v4.3.3",
                "chirpy": "Jekyll v4.3.2", "eleventy": "Eleventy v2.0.1"}[generator]
    head = [f'<meta name="generator" content="{built_by}">',
            f'<link rel="alternate" type="application/rss+xml" href="{base}/'
            f'{"index.xml" if hugo else "feed.xml"}" title="{attr(name)}">',
            f'<link rel="canonical" href="{attr(url)}">']
    if hugo and rng.random() < 0.75:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{attr(url)}">']
        if machine and stamp in ("offset", "midnight"):
            head.append(f'<meta property="article:section" content="{attr(section.lower())}">'
                        f'<meta property="article:published_time" content="{machine}">')
    if generator == "papermod" and machine and rng.random() < 0.8:
        head.append(_ld({"@context": "https://schema.org", "@type": "BlogPosting",
                         "headline": text.headline, "name": text.headline,
                         "datePublished": machine, "dateModified": machine,
                         "author": [{"@type": "Person", "name": writer}] if show_author else [],
                         "publisher": {"@type": "Organization", "name": name}}))
    if seo_tag:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:site_name" content="{attr(name)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="article:published_time" content="{seo_stamp}">']
        if show_author:
            head.append(f'<meta name="author" content="{attr(writer)}">')
        head.append(_ld({"@context": "https://schema.org", "@type": "BlogPosting",
                         "headline": text.headline, "datePublished": seo_stamp,
                         "dateModified": seo_stamp, "url": url,
                         "author": {"@type": "Person", "name": writer}}))
    menu = ("Beranda", section, "Tentang", "Arsip", "Tags", "Cari")
    nav = "".join(f'<li><a href="{base}/{slug(m) if m != "Beranda" else ""}">{escape(m)}</a></li>'
                  for m in menu)
    aside = ""
    if generator in ("chirpy", "hugo-custom") and rng.random() < 0.7:
        aside = ('<aside class="sidebar"><h3>Terbaru</h3><ul>' + "".join(
            f'<li><a href="{base}/posts/{slug(o.headline)}/">{escape(o.headline)}</a></li>'
            for o in others[3:]) + "</ul><h3>Tag Populer</h3><p>" + " ".join(
            f'<a href="{base}/tags/{slug(t)}/">{escape(t)}</a>' for t in _TAGS[:6])
            + "</p></aside>")
    body_class = {"papermod": "", "ananke": "ma0 avenir bg-near-white",
                  "hugo-custom": "page-post", "minima": "", "chirpy": "", "eleventy": ""}
    maker = (("gohugo.io", "Hugo") if hugo else ("www.11ty.dev", "Eleventy")
             if generator == "eleventy" else ("jekyllrb.com", "Jekyll"))
    footer = (f'<footer class="footer"><span>&copy; {day.year} <a href="{base}/">'
              f"{escape(name)}</a></span> · <span>Dibangun dengan "
              f'<a href="https://{maker[0]}/">{maker[1]}</a></span> · <a href="{base}/'
              f'{"index.xml" if hugo else "feed.xml"}">RSS</a></footer>')
    html = f"""<!DOCTYPE html>
<html lang="id" dir="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{escape(title)}</title>
<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">
{"".join(head)}
<link rel="stylesheet" href="{base}/assets/css/stylesheet.{token(rng, 12)}.css">
</head>
<body class="{body_class[generator]}" id="top">
<header class="header"><nav class="nav"><div class="logo"><a href="{base}/" accesskey="h"
 title="{attr(name)} (Alt + H)">{escape(name)}</a></div><ul id="menu">{nav}</ul></nav></header>
<main class="main">
{article}
{"" if related_inside else related}
{comments}
</main>
{aside}
{footer}
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link"
 accesskey="g">↑</a>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author, name,
                            tuple(j.lines))


def _static_listing(rng: random.Random, text: Text, generator: str, name: str, base: str,
                    section: str, zone: str) -> tuple[str, str, Truth]:
    """A section's, a tag's or the archive's list: entries with their teaser and date."""
    day = when_in(rng, zone).date()
    heading = rng.choice((section, f"#{rng.choice(_TAGS).replace(' ', '-')}", "Arsip",
                          f"Arsip {day.year}", "Semua Tulisan", f"Tag: {rng.choice(_TAGS)}"))
    shown = listing_items(rng, text, day, rng.randrange(5, 12))
    entries = "".join(
        f'<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">'
        f'{escape(o.headline)}</h2></header><div class="entry-content"><p>'
        f'{escape(_teaser(rng, o.paragraphs[0]))}</p></div><footer class="entry-footer"><span '
        f"title='{d.isoformat()} 00:00:00 +0000 UTC'>{_long(d, day_name=False)}</span>&nbsp;·&nbsp;"
        f'{rng.randrange(1, 7)} menit</footer><a class="entry-link" aria-label="post link to '
        f'{attr(o.headline)}" href="{base}/posts/{slug(o.headline)}/"></a></article>'
        for o, d in shown)
    url = base + "/" + rng.choice((f"{slug(section)}/", "posts/", f"tags/{slug(heading)}/",
                                   "arsip/"))
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} | {escape(name)}</title>
<link rel="alternate" type="application/rss+xml" href="{base}/index.xml"></head><body class="list">
<header class="header"><a href="{base}/">{escape(name)}</a></header><main class="main">
<header class="page-header"><h1>{escape(heading)}</h1></header>{entries}
<footer class="page-footer"><nav class="pagination"><a class="next" href="{base}/posts/page/2/">
Berikutnya&nbsp;&nbsp;»</a></nav></footer></main><footer class="footer">&copy; {day.year}
{escape(name)} · <a href="{base}/index.xml">RSS</a></footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, name, (), article=False)


FAMILIES: dict[str, Callable[[random.Random, Text], tuple[str, str, Truth]]] = {
    "broadcaster": broadcaster, "dprd-codeigniter": dprd_codeigniter, "nuxt-spa": nuxt_spa,
    "static-site": static_site}
