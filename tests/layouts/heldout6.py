"""A sixth set of held-out layout families, written without sight of the extraction rules.

A post on a user-generated-content blog platform of a national media group or a
regional citizen-journalism portal (Kompasiana, Retizen, Indonesiana, a province's
"jurnalis warga" site); a regional newspaper's web edition of its print paper (a Radar
paper, a Pos paper, Fajar, an Ekspres); a 2024-era province's, city's or regency's
portal built on React and Vite or on Laravel and Inertia, prerendered on the server,
with its state in a script; and the lite or mobile page of an outlet or a government
site (an ``m.`` host, a page for slow connections, old WAP-like markup). They were
written by a session that never read the extractor nor ran it, from what such pages
look like, and committed before any rule was run on them: never tune a rule on them.
Each takes a seeded ``random.Random`` and a real ``Text`` and returns the page's URL,
its HTML and its ``Truth``; every furniture line put inside the article container (the
block that holds the headline, the meta lines and the paragraphs) is in the truth's
``junk``, whole and piece by piece where the page renders it from several elements.
About one call in eight gives a section's listing page instead (``Truth.article``
false), whose title is the section's heading.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset: a ``<time datetime>``,
``article:published_time``, JSON-LD, the ``__INITIAL_DATA__`` or Inertia state of an
app) has a zone-aware moment in that zone. A time printed without any zone is WIB's,
and only pages of sites in WIB print one (Kompasiana's "12 Mei 2024 09:13", a mobile
page's "12/05/2024 09:13"). A page that prints only a date, with at most a UTC stamp
beside it (a ``Z`` in an app's state), has the date, and its moment falls in office
hours so that the UTC stamp is on the same day. A relative time ("2 jam lalu") is
printed only beside a stamp with an offset. A print edition's date ("Edisi Cetak:
Senin, 13 Mei 2024") is furniture and never the truth: the web edition's own date or
stamp is always there beside it. An outlet's dateline before the first paragraph
("KUPANG, PK --") is furniture, and the paragraph's truth is the text without it. A
page of an article split over several pages, or cut short with a prompt to read the
rest on the desktop site, has the paragraphs it shows.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from tests.layouts import (
    DAYS,
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

_FIRST = ("Yosefina", "Ignasius", "Fadli", "Ni Made", "I Gusti Ayu", "Daud", "Welem", "Ruth",
          "Sitti", "Muh. Arsyad", "Asriani", "Fransiskus", "Nasrul", "Dessy", "Petrus", "Anita",
          "Rahmat", "Maria Goreti")
_LAST = ("Fallo", "Sopacua", "Mandacan", "Tahir", "Pandie", "Mamoribo", "Ratuanak", "Manurung",
         "Lamato", "Sahetapy", "Wenda", "Parinussa", "Dae Pango", "Hasibuan", "Tukan", "Ningsih",
         "Bakri", "Nahak")
_TAGS = ("pemerintahan", "pelayanan publik", "pembangunan desa", "kesehatan", "pendidikan",
         "ekonomi kerakyatan", "infrastruktur", "APBD", "pariwisata", "stunting", "inflasi",
         "ketahanan pangan", "bencana", "UMKM", "dana desa", "lingkungan", "birokrasi",
         "kebijakan")
_ACTS = ("saat memberikan keterangan kepada wartawan", "saat meninjau lokasi kegiatan",
         "menghadiri rapat koordinasi", "menyerahkan bantuan kepada warga",
         "membuka kegiatan sosialisasi", "berdialog dengan masyarakat",
         "memimpin apel pagi", "menandatangani nota kesepahaman")


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
    """A line rendered from several elements: each piece recorded (but a bare page
    number, which only the whole line can stand for), and the whole line; ``fmt`` wraps
    each piece (``{x}`` the escaped piece, ``{s}`` its slug)."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(item) if item.isdigit() else j(item),
                                       s=slug(item)) for item in items)


def _long(day: date, *, day_name: bool = True) -> str:
    return indonesian_date(day, day_name=day_name)


def _split(rng: random.Random, paragraphs: tuple[str, ...],
           chance: float) -> tuple[list[str], int, int]:
    """An article split over pages: the paragraphs one page shows, its number and the
    number of pages (1 and 1 when the article is whole)."""
    count = len(paragraphs)
    if count < 4 or rng.random() >= chance:
        return list(paragraphs), 1, 1
    pages = 3 if count >= 8 and rng.random() < 0.4 else 2
    size = -(-count // pages)
    chunks = [list(paragraphs[k:k + size]) for k in range(0, count, size)]
    pages = len(chunks)
    page_no = rng.choice(range(1, pages + 1)) if rng.random() < 0.4 else 1
    if len(chunks[page_no - 1]) < 2:
        page_no = 1
    return chunks[page_no - 1], page_no, pages


# -- 1. a user-generated-content blog platform or a citizen-journalism portal -------------

# (kind, platform, host, zone, the place a regional portal speaks for)
_UGC = (
    ("kompasiana", "Kompasiana", "www.kompasiana.com", "WIB", ""),
    ("kompasiana", "Kompasiana", "www.kompasiana.com", "WIB", ""),
    ("kompasiana", "Kompasiana", "www.kompasiana.com", "WIB", ""),
    ("retizen", "Retizen", "retizen.republika.co.id", "WIB", ""),
    ("retizen", "Retizen", "retizen.republika.co.id", "WIB", ""),
    ("indonesiana", "Indonesiana", "www.indonesiana.id", "WIB", ""),
    ("indonesiana", "Indonesiana", "www.indonesiana.id", "WIB", ""),
    ("regional", "Suara Warga NTT", "suarawarga.nttnews.id", "WITA", "Kupang"),
    ("regional", "Jurnalis Warga Maluku", "jurnaliswarga.malukupost.com", "WIT", "Ambon"),
    ("regional", "Kabar Warga Papua", "warga.kabarpapua.co", "WIT", "Jayapura"),
    ("regional", "Pewarta Warga Bali", "pewartawarga.balinusa.id", "WITA", "Denpasar"),
    ("regional", "Kolom Warga Sulsel", "kolomwarga.celebesonline.id", "WITA", "Makassar"),
    ("regional", "Warga Bicara Kalbar", "wargabicara.id", "WIB", "Pontianak"),
    ("regional", "Rumah Menulis Sumut", "rumahmenulis.sumutkini.com", "WIB", "Medan"),
    ("regional", "Pojok Warga Ternate", "pojokwarga.malutnews.id", "WIT", "Ternate"),
    ("regional", "Citizen Reporter Gorontalo", "citizen.gorontalonews.id", "WITA",
     "Gorontalo"),
    ("regional", "IndonesiaKita Kaltara", "kaltara.indonesiakita.id", "WITA", "Tanjung Selor"),
    ("regional", "Suara Kampung Merauke", "suarakampung.id", "WIT", "Merauke"),
)
_UGC_TOPICS = (("Humaniora", "Birokrasi"), ("Humaniora", "Sosbud"), ("Humaniora", "Pendidikan"),
               ("Humaniora", "Kesehatan"), ("Ekonomi", "Kebijakan"), ("Ekonomi", "UMKM"),
               ("Politik", "Pemerintahan"), ("Regional", "Kebijakan"), ("Regional", "Pemerintahan"),
               ("Regional", "Kota"), ("Wisata", "Travel Story"), ("Lyfe", "Kuliner"),
               ("Opini", "Publik"), ("Kolom Warga", "Pembangunan"))
_RANKS = ("Debutan", "Junior", "Taruna", "Penjelajah", "Fanatik", "Senior", "Maestro",
          "Terverifikasi", "Verified", "Kontributor Aktif")
_BIOS = ("Guru honorer di pedalaman {place} yang gemar menulis.",
         "ASN yang suka mencatat hal-hal kecil di sekitar {place}.",
         "Mahasiswa, pegiat literasi, tinggal di {place}.",
         "Menulis tentang desa, kebijakan publik, dan kopi.",
         "Pensiunan guru. Menulis agar tidak lupa.",
         "Jurnalis warga. Pemerhati pelayanan publik di {place}.")
_RATINGS = ("Aktual", "Bermanfaat", "Inspiratif", "Menarik", "Unik", "Menghibur", "Informatif")
_DISCLAIMERS = {
    "kompasiana": ("Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger "
                   "dan tidak mewakili pandangan redaksi Kompas.",
                   "Konten ini adalah tanggung jawab penulis dan tidak mewakili pandangan "
                   "redaksi."),
    "retizen": ("Disclaimer: Retizen bermakna Republika Netizen. Retizen adalah wadah bagi "
                "pembaca Republika untuk berbagi tulisan. Isi tulisan sepenuhnya tanggung "
                "jawab penulis.",
                "Tulisan ini adalah kiriman dari Retizen. Isi tulisan sepenuhnya tanggung jawab "
                "penulis."),
    "indonesiana": ("Artikel ini ditulis oleh penulis Indonesiana. Isi tulisan menjadi tanggung "
                    "jawab penulis.",
                    "Konten ini adalah tanggung jawab penulis dan tidak mewakili pandangan "
                    "redaksi Tempo."),
    "regional": ("Konten ini adalah tanggung jawab penulis dan tidak mewakili pandangan "
                 "redaksi.",
                 "Tulisan ini merupakan kiriman pembaca. Isi sepenuhnya tanggung jawab penulis.",
                 "Disclaimer: Setiap opini di kanal ini menjadi tanggung jawab penulis."),
}
_SAYINGS = ("Tulisan yang bermanfaat, terima kasih sudah berbagi.",
            "Semoga pemerintah daerah segera menindaklanjuti.", "Mantap, Kak. Salam literasi.",
            "Setuju dengan penulis.", "Di kampung kami juga begitu, Pak.",
            "Terima kasih infonya, sangat membantu.")
_UGC_DATE_ONLY = ("date_long", "date_plain", "date_slash", "date_en")


def _ugc_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "kompas": f"{_long(day, day_name=False)} {when:%H:%M}",
        "wib_slash": f"{day:%d/%m/%Y}, {when:%H:%M}",
        "kompas_zone": f"{_long(day, day_name=False)} {when:%H:%M} {zone}",
        "long_zone": f"{_long(day)} {when:%H:%M} {zone}",
        "republika": f"{DAYS[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1][:3]} "
                     f"{day.year} {when:%H:%M} {zone}",
        "pukul": f"{_long(day)}, pukul {when:%H.%M} {zone}",
        "pipe": f"{_long(day, day_name=False)} | {when:%H:%M} {zone}",
        "en": f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year} {when:%H:%M} {zone}",
        "date_long": _long(day),
        "date_plain": _long(day, day_name=False),
        "date_slash": f"{day:%d/%m/%Y}",
        "date_en": f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
    }[form]


def _handle(rng: random.Random, writer: str) -> str:
    flat = slug(writer).replace("-", rng.choice(("", "", "_", ".")))
    return flat + (str(rng.randrange(10, 99)) if rng.random() < 0.4 else "")


def kompasiana_ugc(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A post on a blog platform of a national media group (Kompasiana's
    ``/user/24-hex-id/slug``, Retizen's ``/posts/123/slug``, Indonesiana's ``/read/``)
    or on a regional citizen-journalism portal: the topic's label over the headline,
    "Pilihan", "Artikel Utama", "Headline" or "Pilihan Editor" badges, an author card
    (name, handle, rank, a bio, "Ikuti", "1.234 Pengikut", the count of posts) above or
    below the text, "12 Mei 2024 09:13 Diperbarui: 12 Mei 2024 10:20", a view count, the
    platform's disclaimer, a picture with "Sumber gambar: Dokpri", "Baca juga" and
    "ADVERTISEMENT" between paragraphs, "Halaman 1 2 Selanjutnya", "Lihat Birokrasi
    Selengkapnya", tags, the "Beri Nilai" widget ("Aktual", "Bermanfaat", "Inspiratif"
    with counts), "Tanggapi", "Bagikan", "Laporkan Konten", comments ("Tanggapan"), the
    writer's other posts, "Dukung Penulis" and follow prompts; og, JSON-LD and
    ``<time>`` stamps with an offset, in UTC, or none."""
    kind, platform, host, zone, place = rng.choice(_UGC)
    base = f"https://{host}"
    writer = _person(rng)
    handle = _handle(rng, writer)
    topic, sub = rng.choice(_UGC_TOPICS)
    where_from = place or rng.choice(("Kupang", "Sumba Barat", "Ambon", "Manokwari", "Bima",
                                      "Sintang", "Toraja Utara", "Banyuwangi", "Nabire"))
    s = slug(text.headline)
    post_id = rng.randrange(10**5, 10**6)
    if kind == "kompasiana":
        url = f"{base}/{handle}/{token(rng, 24)}/{s}"
    elif kind == "retizen":
        url = f"{base}/posts/{post_id}/{s}"
    elif kind == "indonesiana":
        url = f"{base}/read/{post_id}/{s}"
    else:
        url = rng.choice((f"{base}/{slug(sub)}/{post_id}/{s}", f"{base}/kolom-warga/{s}",
                          f"{base}/warga/{handle}/{s}.html"))
    if rng.random() < 1 / 8:
        return _ugc_listing(rng, text, kind, platform, base, zone, topic, sub)

    forms = ["kompas_zone", "long_zone", "republika" if kind == "retizen" else "pukul", "pipe",
             "en", "date_long", "date_plain", "date_slash", "date_en", "ago"]
    if zone == "WIB":
        forms += ["kompas", "kompas", "kompas", "wib_slash"]
    if kind == "retizen":
        forms += ["republika", "republika"]
    form = rng.choice(forms)
    stamp = rng.choice(("offset", "offset", "utc", "none"))
    if form == "ago":
        stamp = "offset"
    printed_time = form not in _UGC_DATE_ONLY and form != "ago"
    timed = printed_time or stamp == "offset"
    seconds = stamp != "none" and rng.random() < 0.6
    when = when_in(rng, zone, seconds=seconds, office_hours=not timed)
    day = when.date()
    shown, page_no, pages = _split(rng, text.paragraphs, 0.2 if kind == "kompasiana" else 0.08)
    if page_no > 1:
        url += f"?page={page_no}"
    j = Junk()

    # the label over the headline, the badges and the headline
    kicker = ""
    if rng.random() < 0.65:
        look_k = rng.choice(("sub", "both", "topic"))
        if look_k == "both":
            kicker = ('<div class="read-category">' + _pieced(
                j, [topic, sub], rng.choice((" / ", " › ")),
                f'<a href="{base}/{{s}}">{{x}}</a>') + "</div>")
        else:
            word = sub if look_k == "sub" else topic
            kicker = f'<div class="read-category"><a href="{base}/{slug(word)}">{j(word)}</a></div>'
    badges = ""
    if rng.random() < 0.45:
        chosen = rng.sample(("Pilihan", "Artikel Utama", "Headline", "Pilihan Editor",
                             "Terverifikasi", "Tren"), rng.choice((1, 1, 2)))
        badges = ('<div class="read-badges">' + _pieced(
            j, chosen, " ", '<span class="badge badge-{s}">{x}</span>') + "</div>")
    look = rng.choice(("h1", "h1", "h1", "h1_wrapped", "h2", "div", "p"))
    cls = rng.choice(("title", "read-title", "post-title", "judul-artikel", "entry-title"))
    if look == "h1_wrapped":
        headline = f'<div class="{cls}"><h1>{escape(text.headline)}</h1></div>'
    elif look == "div":
        headline = f'<div class="{cls} fs-24 fw-bold">{escape(text.headline)}</div>'
    elif look == "p":
        headline = f'<p class="{cls}"><b>{escape(text.headline)}</b></p>'
    else:
        headline = f'<{look} class="{cls}">{escape(text.headline)}</{look}>'

    # the author's card
    rank = rng.choice(_RANKS)
    followers = rng.choice((rng.randrange(0, 90), rng.randrange(90, 4000),
                            rng.randrange(4000, 40000)))
    posts = rng.randrange(1, 900)
    follow_word = rng.choice(("Ikuti", "+ Ikuti", "Follow", "Ikuti Penulis"))
    follower_words = rng.choice((f"{thousands(followers)} Pengikut",
                                 f"Pengikut {thousands(followers)}",
                                 f"{thousands(followers)} Followers"))
    card_items: list[str] = [writer]
    card_html = [f'<a class="author-name" href="{base}/{handle}">{j(writer)}</a>']
    if rng.random() < 0.5:
        card_items.append(f"@{handle}")
        card_html.append(f'<span class="author-handle">{j(f"@{handle}")}</span>')
    if rng.random() < 0.6:
        card_items.append(rank)
        card_html.append(f'<span class="author-rank">{j(rank)}</span>')
    bio = ""
    if rng.random() < 0.4:
        bio = rng.choice(_BIOS).format(place=where_from)
        card_items.append(bio)
        card_html.append(f'<p class="author-bio">{j(bio)}</p>')
    stats = []
    if rng.random() < 0.7:
        stats.append(follower_words)
    if rng.random() < 0.4:
        stats.append(rng.choice((f"{posts} Tulisan", f"Artikel: {posts}", f"{posts} Artikel")))
    if stats:
        card_items.append(" · ".join(stats))
        card_html.append('<div class="author-stats">' + _pieced(
            j, stats, " · ", "<span>{x}</span>") + "</div>")
    if rng.random() < 0.75:
        card_items.append(follow_word)
        card_html.append(f'<button type="button" class="btn-follow">{j(follow_word)}</button>')
    j.also(" ".join(card_items))
    avatar = (f'<img class="avatar rounded-circle" src="{base}/avatar/{token(rng, 12)}.jpg" '
              f'alt="{attr(writer)}" width="40">')
    card = (f'<div class="author-card">{avatar}<div class="author-info">{"".join(card_html)}'
            "</div></div>")
    card_at = rng.choice(("top", "top", "top", "bottom"))

    # the dates and the count
    printed = ""
    if form == "ago":
        hours = rng.randrange(1, 23)
        printed = rng.choice((f"{hours} jam lalu", f"{hours} jam yang lalu"))
    else:
        printed = _ugc_date(form, when, zone)
    later = when + timedelta(minutes=rng.randrange(3, 80 if not timed else 900))
    updated = ""
    if rng.random() < 0.45:
        later_form = "date_plain" if form == "ago" else form
        updated = f"Diperbarui: {_ugc_date(later_form, later, zone)}"
    label = rng.choice(("", "", "", "Diterbitkan: ", "Ditulis ", "Dipublikasikan: "))
    if form == "ago":
        label = ""
    views = rng.randrange(3, 60000)
    views_words = rng.choice((f"Dibaca {thousands(views)} kali", f"{thousands(views)} kali dibaca",
                              f"Dilihat {thousands(views)}", thousands(views),
                              f"{thousands(views)} views"))
    show_views = rng.random() < 0.7
    time_tag = "time" if stamp != "none" and rng.random() < 0.4 else "span"
    machine = _iso(when) if stamp == "offset" else _utc_z(when) if stamp == "utc" else ""
    time_attr = f' datetime="{machine}"' if time_tag == "time" else ""
    meta_items = [label + printed]
    meta_html = [f'<{time_tag} class="read-date"{time_attr}>{j(label + printed)}</{time_tag}>']
    if updated:
        meta_items.append(updated)
        meta_html.append(f'<span class="read-updated">{j(updated)}</span>')
    if show_views:
        meta_items.append(views_words)
        meta_html.append(f'<span class="read-views"><i class="ico-eye"></i> {j(views_words)}'
                         "</span>")
    if len(meta_items) > 1:
        j.also(" ".join(meta_items))
    meta = f'<div class="read-meta">{" ".join(meta_html)}</div>'

    disclaimer_line = rng.choice(_DISCLAIMERS[kind])
    disclaimer_at = rng.choice(("top", "bottom", "bottom", "image", "none"))

    image_html = ""
    if rng.random() < 0.7 and page_no == 1:
        caption = ""
        if rng.random() < 0.7:
            source = rng.choice(("Sumber gambar: Dokpri", "Dokumentasi pribadi", "(Dokpri)",
                                 "Foto: Pixabay", f"Sumber: Dokumentasi {writer}",
                                 "Ilustrasi: Freepik", "Foto: Dok. Penulis"))
            words = rng.choice((source, f"Suasana di {where_from}. {source}",
                                f"Ilustrasi {sub.lower()}. {source}"))
            caption = f'<figcaption class="read-caption">{j(words)}</figcaption>'
        note = ""
        if disclaimer_at == "image":
            note = f'<div class="disclaimer-img"><small>{j(disclaimer_line)}</small></div>'
        assets = "assets." + host.split(".", 1)[-1]
        image_html = (f'<figure class="read-image"><img src="https://{assets}/statics/crawl/'
                      f'{token(rng, 24)}.jpg?t=o&amp;v=770" alt="{attr(text.headline)}"'
                      f' loading="lazy">{caption}{note}</figure>')
    elif disclaimer_at == "image":
        disclaimer_at = "none"

    # the text
    style = rng.choice(("p", "p", "p", "p_span", "p_ltr", "div"))
    baca_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 0, 1, 2)))}
    ad_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 0, 1, 2)))}
    baca_label = rng.choice(("Baca juga:", "Baca Juga:", "BACA JUGA:", "Baca juga", "Lihat juga:"))
    ad_word = rng.choice(("ADVERTISEMENT", "Advertisement", "Iklan", "Scroll untuk melanjutkan"))
    parts: list[str] = []
    for n, paragraph in enumerate(shown):
        words = escape(paragraph)
        if style == "p_span":
            parts.append(f'<p><span style="font-size: 16px; font-family: Georgia;">{words}'
                         "</span></p>")
        elif style == "p_ltr":
            parts.append(f'<p dir="ltr" style="line-height:1.38;margin-top:0pt;">{words}</p>')
        elif style == "div":
            parts.append(f"<div>{words}</div>")
        else:
            parts.append(f"<p>{words}</p>")
        if n == len(shown) - 1:
            break
        if n in baca_after:
            other = other_texts(rng, text, 1)[0]
            j.also(f"{baca_label} {other.headline}")
            parts.append(f'<p class="baca-juga"><strong>{j(baca_label)}</strong> <a href="{base}/'
                         f'{_handle(rng, _person(rng))}/{token(rng, 24)}/{slug(other.headline)}">'
                         f"{j(other.headline)}</a></p>")
        if n in ad_after:
            parts.append(f'<div class="inline-ads"><span class="ads-label">{j(ad_word)}</span>'
                         f'<div id="div-gpt-ad-{rng.randrange(10**9, 10**10)}-{n}"></div></div>')
    body_cls = rng.choice(("read-content", "article-content", "post-content", "isi-tulisan"))
    body = f'<div class="{body_cls}">{"".join(parts)}</div>'

    # the pages
    pager = ""
    if pages > 1:
        look_p = rng.choice(("numbers", "numbers", "next"))
        words_p = [rng.choice(("Halaman", "Halaman:"))]
        if page_no > 1:
            words_p.append(rng.choice(("Sebelumnya", "« Sebelumnya")))
        words_p += [str(k) for k in range(1, pages + 1)]
        if page_no < pages:
            words_p.append(rng.choice(("Selanjutnya", "Selanjutnya »", "Berikutnya")))
        if look_p == "next" and page_no < pages:
            line = rng.choice(("Halaman Selanjutnya", "Lanjut ke halaman berikutnya"))
            pager = (f'<div class="read-next"><a href="{url.split("?")[0]}?page={page_no + 1}">'
                     f"{j(line)}</a></div>")
        else:
            pager = ('<div class="pagination">' + _pieced(
                j, words_p, " ", f'<a href="{url.split("?")[0]}?page={{s}}">{{x}}</a>') + "</div>")

    # what follows the text
    follow: list[str] = []
    last_page = page_no == pages
    if last_page and rng.random() < 0.5:
        word = rng.choice((f"Lihat {sub} Selengkapnya", f"Lihat {topic} Selengkapnya",
                           f"Lihat Semua {sub}"))
        follow.append(f'<div class="read-more-topic"><a href="{base}/{slug(sub)}" class="btn">'
                      f"{j(word)}</a></div>")
    if rng.random() < 0.6:
        tags = rng.sample((*_TAGS, where_from.lower(), sub.lower()), rng.randrange(2, 6))
        hashed = rng.random() < 0.4
        shown_tags = [("#" + t.replace(" ", "")) if hashed else t for t in tags]
        label_t = rng.choice(("Tag:", "Tags", "Topik:", ""))
        items = ([label_t] if label_t else []) + shown_tags
        follow.append('<div class="read-tags">' + _pieced(
            j, items, " ", '<a href="#" class="tag">{x}</a>').replace(
            '<a href="#" class="tag">' + escape(label_t) + "</a>",
            "<span>" + escape(label_t) + "</span>", 1 if label_t else 0) + "</div>")
    if rng.random() < 0.6:
        chosen_r = rng.sample(_RATINGS, rng.randrange(3, 7))
        counted = rng.random() < 0.5
        heading_r = rng.choice(("Beri Nilai", "Beri Nilai:", "Bagaimana reaksi Anda?",
                                "Nilai tulisan ini"))
        pieces_r = [heading_r]
        rows = []
        for word in chosen_r:
            if counted:
                n_r = str(rng.randrange(0, 40))
                pieces_r.append(f"{word} {n_r}")
                j.also(f"{word} {n_r}")
                rows.append(f'<li><button type="button" class="rate rate-{slug(word)}"><span>'
                            f"{j(word)}</span> <b>{n_r}</b></button></li>")
            else:
                pieces_r.append(word)
                rows.append(f'<li><button type="button" class="rate rate-{slug(word)}">{j(word)}'
                            "</button></li>")
        j.also(" ".join(pieces_r))
        follow.append(f'<div class="rating-box"><h4>{j(heading_r)}</h4><ul>{"".join(rows)}'
                      "</ul></div>")
    if rng.random() < 0.7:
        actions = [w for w in ("Tanggapi", "Bagikan", "Salin Tautan", "Laporkan Konten")
                   if rng.random() < 0.7] or ["Tanggapi"]
        if "Laporkan Konten" in actions and rng.random() < 0.4:
            actions[actions.index("Laporkan Konten")] = rng.choice(("Laporkan", "Laporkan Tulisan"))
        follow.append('<div class="read-actions">' + _pieced(
            j, actions, " ", '<button type="button" class="act act-{s}">{x}</button>') + "</div>")
    if disclaimer_at == "bottom":
        follow.append(f'<div class="disclaimer"><em>{j(disclaimer_line)}</em></div>')
    if kind == "indonesiana" and rng.random() < 0.5:
        line = rng.choice(("Dukung Penulis", "Beri Apresiasi", "Dukung penulis ini"))
        follow.append(f'<div class="support-writer"><a href="#" class="btn">{j(line)}</a></div>')
    if rng.random() < 0.3:
        line = rng.choice((f"Ikuti {platform} di Google News", f"Tulis opini Anda di {platform}",
                           "Kirim Tulisan", f"Bergabung dengan {platform}"))
        follow.append(f'<p class="follow-prompt"><a href="#">{j(line)}</a></p>')

    comments_inside = rng.random() < 0.3
    put = j if comments_inside else escape
    n_comments = rng.choice((0, 0, 1, 2, 3))
    comment_items = []
    sayings = rng.sample(_SAYINGS, n_comments)
    for said in sayings:
        who = _person(rng)
        comment_items.append(f'<li class="comment"><b>{put(who)}</b> <p>{put(said)}</p></li>')
    comment_head = rng.choice((f"Tanggapan ({n_comments})", "Tanggapi", "Komentar"))
    empty = put("Belum ada tanggapan.") if not n_comments else ""
    comments = (f'<div class="comments-box"><h4>{put(comment_head)}</h4>{empty}<ul>'
                f"{''.join(comment_items)}</ul></div>")

    others_inside = rng.random() < 0.3
    put_o = j if others_inside else escape
    others_heading = rng.choice((f"Tulisan Lainnya dari {writer}", "Tulisan Terkait",
                                 "Pilihan Editor", f"Lihat Tulisan {writer} Lainnya"))
    others = (f'<div class="other-posts"><h4>{put_o(others_heading)}</h4><ul>' + "".join(
        f'<li><a href="{base}/{handle}/{token(rng, 24)}/{slug(o.headline)}">{put_o(o.headline)}'
        "</a></li>" for o in other_texts(rng, text, rng.randrange(3, 6))) + "</ul></div>")

    top = [kicker, badges, headline]
    if rng.random() < 0.5:
        top += [card if card_at == "top" else "", meta]
    else:
        top += [meta, card if card_at == "top" else ""]
    if disclaimer_at == "top":
        top.append(f'<div class="disclaimer-top"><small>{j(disclaimer_line)}</small></div>')
    inner = "".join((*top, image_html, body, pager, card if card_at == "bottom" else "", *follow,
                     comments if comments_inside else "", others if others_inside else ""))
    wrapper = rng.choice(("article", "div", "section"))
    wrapper_cls = rng.choice(("read-wrapper", "post-detail", "article-box", "content-read"))
    article = f'<{wrapper} class="{wrapper_cls}">{inner}</{wrapper}>'

    # the page around it
    brand = {"kompasiana": "Kompasiana.com", "retizen": "Retizen",
             "indonesiana": "Indonesiana"}.get(kind, platform)
    page_bit = f" Halaman {page_no}" if kind == "kompasiana" and rng.random() < 0.7 else ""
    title = rng.choice((f"{text.headline}{page_bit} - {brand}",
                        f"{text.headline}{page_bit} - {brand}",
                        f"{text.headline} oleh {writer} - {brand}",
                        joined_title(rng, text.headline, brand),
                        f"{text.headline} | {sub} | {brand}"))
    head: list[str] = []
    if rng.random() < 0.75:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{attr(url)}">',
                 f'<meta property="og:site_name" content="{attr(brand)}">']
    where = rng.choice(("og", "ld", "both")) if stamp != "none" else ""
    if time_attr and rng.random() < 0.4:
        where = ""
    if stamp != "none" and not where and not time_attr:
        where = "og"
    if where in ("og", "both"):
        head.append(f'<meta property="article:published_time" content="{machine}">')
        if updated and rng.random() < 0.5:
            later_machine = _iso(later) if stamp == "offset" else _utc_z(later)
            head.append(f'<meta property="article:modified_time" content="{later_machine}">')
    if where in ("ld", "both"):
        head.append(_ld({"@context": "https://schema.org", "@type": rng.choice(
            ("BlogPosting", "Article", "NewsArticle")), "headline": text.headline,
            "datePublished": machine, "author": {"@type": "Person", "name": writer,
                                                 "url": f"{base}/{handle}"},
            "publisher": {"@type": "Organization", "name": brand}}))
    if rng.random() < 0.5:
        head.append(f'<meta name="author" content="{attr(writer)}">')
    if rng.random() < 0.4:
        head.append(f'<meta name="keywords" content="{attr(", ".join((sub, topic, platform)))}">')
    menu = ("Beranda", "Humaniora", "Ekonomi", "Politik", "Regional", "Wisata", "Lyfe",
            "Teknologi", "Topik Pilihan")
    nav = "".join(f'<li><a href="{base}/{slug(m)}">{escape(m)}</a></li>' for m in menu)
    popular = "".join(f'<li><a href="{base}/{_handle(rng, _person(rng))}/{token(rng, 24)}/'
                      f'{slug(o.headline)}">{escape(o.headline)}</a></li>'
                      for o in other_texts(rng, text, 5))
    topics = "".join(f'<a href="{base}/tag/{slug(t)}" class="chip">{escape(t)}</a>'
                     for t in rng.sample(_TAGS, 5))
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">
{"".join(head)}
<link rel="stylesheet" href="{base}/assets/css/read.{token(rng, 8)}.css">
</head>
<body class="page-read {kind}">
<header class="navbar"><a class="brand" href="{base}/"><img src="{base}/img/logo.svg"
 alt="{attr(platform)}"></a><ul class="menu">{nav}</ul><div class="nav-actions"><a href="{base}/
login">Masuk</a> <a href="{base}/register" class="btn">Daftar</a> <a href="{base}/tulis"
 class="btn btn-write">Tulis</a></div></header>
<div class="container"><div class="row"><div class="col-main">
{article}
{"" if others_inside else others}
{"" if comments_inside else comments}
</div><aside class="col-side"><div class="widget"><h3>Terpopuler</h3><ol>{popular}</ol></div>
<div class="widget"><h3>Nilai Tertinggi</h3><p>{escape(other_texts(rng, text, 1)[0].headline)}</p>
</div><div class="widget"><h3>Topik Pilihan</h3>{topics}</div></aside></div></div>
<footer class="footer"><p>Tentang {escape(platform)} &middot; Syarat &amp; Ketentuan &middot;
 Kebijakan Privasi &middot; Pedoman Komunitas</p><p>&copy; {day.year} {escape(brand)}</p></footer>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, tuple(shown), published, writer, brand, tuple(j.lines))


def _ugc_listing(rng: random.Random, text: Text, kind: str, platform: str, base: str, zone: str,
                 topic: str, sub: str) -> tuple[str, str, Truth]:
    """A topic's page or a writer's page: cards with the writer, the date, the teaser,
    the count of readers, and "Muat Lebih Banyak"."""
    day = when_in(rng, zone).date()
    writer = _person(rng)
    heading = rng.choice((sub, topic, f"Topik: {sub}", f"Tulisan {writer}", "Terbaru",
                          f"{topic} Terbaru", "Pilihan Editor"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    own = _handle(rng, writer)
    cards = []
    for other, d in shown:
        who = writer if heading.startswith("Tulisan ") else _person(rng)
        who_handle = own if who == writer else _handle(rng, who)
        cards.append(f'<div class="artikel-card"><div class="card-author"><img src="{base}/'
                     f'avatar/{token(rng, 10)}.jpg" alt=""> <span>{escape(who)}</span></div>'
                     f'<h2 class="card-title"><a href="{base}/{who_handle}/{token(rng, 24)}/'
                     f'{slug(other.headline)}">{escape(other.headline)}</a></h2><p>'
                     f'{escape(_teaser(rng, other.paragraphs[0]))}</p><div class="card-meta">'
                     f'<span>{_long(d, day_name=False)}</span> <span>'
                     f"{thousands(rng.randrange(5, 9000))}</span></div></div>")
    url = f"{base}/{own}" if heading.startswith("Tulisan ") else (
        f"{base}/{rng.choice((slug(sub), slug(topic), 'terbaru', 'pilihan'))}")
    brand = {"kompasiana": "Kompasiana.com"}.get(kind, platform)
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} - {escape(brand)}</title>
</head><body class="page-list"><header><a href="{base}/">{escape(platform)}</a>
<a href="{base}/tulis">Tulis</a></header><main class="container"><h1 class="list-title">
{escape(heading)}</h1><div class="list-cards">{"".join(cards)}</div>
<button type="button" class="btn-more">Muat Lebih Banyak</button></main>
<footer>&copy; {day.year} {escape(brand)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, brand, (), article=False)



# -- 2. a regional newspaper's web edition of its print paper -----------------------------

# (paper, its tag in datelines and codes, host, zone, city)
_PAPERS = (
    ("Radar Banyuwangi", "RaBa", "radarbanyuwangi.jawapos.com", "WIB", "Banyuwangi"),
    ("Harian Pos Timor", "PT", "postimor.id", "WITA", "Kupang"),
    ("Harian Fajar", "FAJAR", "harian.fajar.co.id", "WITA", "Makassar"),
    ("Cahaya Papua", "CP", "cahayapapua.com", "WIT", "Manokwari"),
    ("Ambon Ekspres", "AE", "ambonekspres.id", "WIT", "Ambon"),
    ("Malut Post", "MP", "malutpost.id", "WIT", "Ternate"),
    ("Kaltim Post", "KP", "kaltimpost.id", "WITA", "Balikpapan"),
    ("Radar Sulteng", "RS", "radarsulteng.id", "WITA", "Palu"),
    ("Radar Lampung", "RL", "radarlampung.co.id", "WIB", "Bandar Lampung"),
    ("Jambi Ekspres", "JE", "jambiekspres.co.id", "WIB", "Jambi"),
    ("Pontianak Post", "PP", "pontianakpost.jawapos.com", "WIB", "Pontianak"),
    ("Lombok Post", "LP", "lombokpost.jawapos.com", "WITA", "Mataram"),
    ("Cenderawasih Pos", "CEPOS", "cenderawasihpos.jawapos.com", "WIT", "Jayapura"),
    ("Manado Post", "MP", "manadopost.jawapos.com", "WITA", "Manado"),
    ("Padang Ekspres", "PADEK", "padek.jawapos.com", "WIB", "Padang"),
    ("Gorontalo Post", "GP", "gorontalopost.jawapos.com", "WITA", "Gorontalo"),
    ("Radar Sorong", "RASO", "radarsorong.id", "WIT", "Sorong"),
    ("Timor Express", "TIMEX", "timexkupang.jawapos.com", "WITA", "Kupang"),
    ("Sumut Pos", "SUMUTPOS", "sumutpos.jawapos.com", "WIB", "Medan"),
    ("Kendari Pos", "KP", "kendaripos.fajar.co.id", "WITA", "Kendari"),
    ("Radar Tarakan", "RT", "radartarakan.jawapos.com", "WITA", "Tarakan"),
    ("Bengkulu Ekspress", "BE", "bengkuluekspress.disway.id", "WIB", "Bengkulu"),
    ("Merauke Pos", "MEPOS", "meraukepos.id", "WIT", "Merauke"),
    ("Flores Pos", "FP", "florespos.co.id", "WITA", "Ende"),
)
_RUBRICS = ("Metropolis", "Utama", "Daerah", "Politika", "Ekonomi Bisnis", "Pemerintahan",
            "Kabupaten", "Nusantara", "Hukum & Kriminal", "Pendidikan", "Radar Kota",
            "Seputar Kota")
_WEATHER = ("Cerah", "Cerah Berawan", "Berawan", "Hujan Ringan", "Hujan Petir", "Berkabut")
_SCHOLARS = ("Dosen FISIP Universitas Nusa Cendana", "pengamat kebijakan publik di {city}",
             "ASN di Pemerintah Kabupaten {city}", "dosen Universitas Pattimura",
             "Ketua Forum Literasi {city}", "peneliti pada Lembaga Kajian Otonomi Daerah",
             "guru SMA Negeri 1 {city}")
_PRAYERS = ("Imsak", "Subuh", "Terbit", "Zuhur", "Asar", "Magrib", "Isya")
_CAPTION_WORDS = ("KOMPAK", "DIALOG", "MENINJAU", "BERSAMA", "SERIUS", "RAPAT", "PANTAU",
                  "BERI ARAHAN", "SIMBOLIS")
_PAPER_DATE_ONLY = ("date_long", "date_plain", "date_slash", "date_short")


def _paper_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "pipe_zone": f"{_long(day)} | {when:%H:%M} {zone}",
        "comma_zone": f"{_long(day, day_name=False)}, {when:%H:%M} {zone}",
        "slash_zone": f"{DAYS[day.weekday()]}, {day:%d/%m/%Y} {when:%H:%M} {zone}",
        "dash_wib": f"{_long(day, day_name=False)} - {when:%H:%M}",
        "slash_wib": f"{day:%d/%m/%Y} {when:%H:%M}",
        "en_zone": f"{DAYS_EN[day.weekday()]}, {day.day} {MONTHS_EN[day.month - 1]} {day.year} "
                   f"{when:%H:%M} {zone}",
        "pukul": f"{_long(day)} pukul {when:%H.%M} {zone}",
        "date_long": _long(day),
        "date_plain": _long(day, day_name=False),
        "date_slash": f"{day:%d/%m/%Y}",
        "date_short": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}",
    }[form]


def _edition_date(form: str, day: date) -> str:
    return {"long": _long(day), "plain": _long(day, day_name=False), "dash": f"{day:%d-%m-%Y}",
            "slash": f"{day:%d/%m/%Y}", "upper": _long(day).upper()}[form]


def _initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[:1].isalpha()]
    return "".join(w[0] for w in words).lower()[:3] or "red"


def epaper_regional(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An article of a regional paper's web edition of its print paper: a Radar or
    Pos paper's ``read__`` page, an e-paper viewer's article view beside the scan of
    its page, a WordPress news theme with "Edisi Cetak" as a category, or an old table
    layout; the print edition's band ("Edisi Cetak", "Koran Fajar Edisi Senin, 13 Mei
    2024", "Halaman 3", the rubric) beside the web edition's own date ("Diunggah: 12
    Mei 2024 21:40 WITA"), "Laporan:" and "Reporter: / Editor:" credits or a
    columnist's card and "*) Penulis adalah ..." line, the paper's dateline ("KUPANG,
    PT--"), print captions ("KOMPAK: Bupati ... (FOTO: NAMA/PT)"), "(Bersambung ke hal.
    7)" and "Sambungan dari hal. 1", web pages ("Hal. 1 dari 2", "Selanjutnya »"), a
    paywall cut ("Baca selengkapnya di e-paper"), the editor's code ("(jpg/rif)"),
    "Berlangganan e-paper" prompts, weather and prayer-times widgets and a column
    teaser in the content column, print tools, tags and share rows; og and JSON-LD
    (with ``printEdition`` and ``printPage``) stamps with an offset, in UTC, or none."""
    paper, tag, host, zone, city = rng.choice(_PAPERS)
    base = f"https://{host}"
    rubric = rng.choice(_RUBRICS)
    layout = rng.choice(("radar", "radar", "radar", "viewer", "viewer", "wp", "wp", "table"))
    column = rng.random() < 0.12
    if column:
        rubric = rng.choice(("Opini", "Kolom", "Catatan", "Opini Publik"))
    s = slug(text.headline)
    post_id = rng.randrange(10**5, 10**7)
    if rng.random() < 1 / 8:
        return _paper_listing(rng, text, paper, base, zone, rubric, layout)

    forms = ["pipe_zone", "comma_zone", "slash_zone", "en_zone", "pukul", "date_long",
             "date_plain", "date_slash", "date_short", "none"]
    if zone == "WIB":
        forms += ["dash_wib", "dash_wib", "slash_wib"]
    form = rng.choice(forms)
    stamp = rng.choice(("offset", "offset", "utc", "none"))
    if form == "none":
        stamp = "offset"
    printed_time = form not in _PAPER_DATE_ONLY and form != "none"
    timed = printed_time or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none" and rng.random() < 0.5,
                   office_hours=not timed)
    shift = rng.choice((0, 0, 1, -1, -2))
    if timed and rng.random() < 0.6:
        if rng.random() < 0.5:
            when = when.replace(hour=rng.randrange(0, 7))  # posted before dawn: that day's paper
            shift = 0
        else:
            when = when.replace(hour=rng.randrange(19, 24))  # the evening before the paper
            shift = 1
    day = when.date()
    edition = day + timedelta(days=shift)
    edition_form = rng.choice(("long", "long", "plain", "dash", "slash", "upper"))
    edition_words = _edition_date(edition_form, edition)
    print_page = rng.choice((1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 17, 19))
    epaper_host = "epaper." + host.split(".", 1)[1] if host.count(".") > 1 else f"epaper.{host}"
    if layout == "radar":
        url = rng.choice((f"{base}/{slug(rubric)}/{post_id}/{s}",
                          f"{base}/read/{day:%Y/%m/%d}/{post_id}/{s}",
                          f"{base}/edisi-cetak/{post_id}/{s}"))
    elif layout == "viewer":
        url = rng.choice((f"https://{epaper_host}/{edition:%Y-%m-%d}/{print_page}/{post_id}",
                          f"https://{epaper_host}/artikel/{post_id}/{s}",
                          f"https://{epaper_host}/edisi/{edition:%Y%m%d}/hal-{print_page}/{s}"))
    elif layout == "wp":
        url = f"{base}/{day:%Y/%m/%d}/{s}/"
    else:
        url = rng.choice((f"{base}/index.php?option=berita&id={post_id}",
                          f"{base}/berita.php?id={post_id}&edisi={edition:%Y%m%d}",
                          f"{base}/cetak/{edition:%Y%m%d}/{post_id}.html"))
    j = Junk()

    # web pages, or a cut with a paywall's prompt
    shown, page_no, pages = _split(rng, text.paragraphs, 0.3 if layout == "radar" else 0.1)
    cut = ""
    if pages == 1 and len(text.paragraphs) >= 4 and rng.random() < 0.1:
        shown = list(text.paragraphs[: rng.randrange(2, 4)])
        cut = rng.choice((f"Baca selengkapnya di e-paper {paper} edisi {edition_words}.",
                          f"Untuk membaca berita selengkapnya, silakan berlangganan e-paper "
                          f"{paper}.",
                          "Baca selengkapnya di Edisi Cetak hari ini."))
    if page_no > 1:
        url += ("&" if "?" in url else "?") + f"page={page_no}"
    first_page = page_no == 1
    last_page = page_no == pages

    # the credits
    writer = _person(rng)
    editor = rng.choice((*NAMES, _person(rng)))
    author: str | None = writer
    credit_style = rng.choice(("laporan", "pair", "pair", "penulis", "oleh", "paper", "none"))
    if column:
        credit_style = "column"
    credit_top = ""
    credit_bottom = ""
    scholar = rng.choice(_SCHOLARS).format(city=city)
    if credit_style == "laporan":
        credit_top = f'<div class="read__byline">{j(f"Laporan: {writer}")}</div>'
    elif credit_style == "pair":
        items = [f"Reporter: {writer}", f"Editor: {editor}"]
        glue = rng.choice((" | ", " "))
        credit_top = ('<div class="read__credit">' + _pieced(
            j, items, glue, '<span class="credit-{s}">{x}</span>') + "</div>")
        if rng.random() < 0.3:
            credit_bottom, credit_top = credit_top, ""
    elif credit_style == "penulis":
        credit_top = f'<div class="author">{j(f"Penulis: {writer}")}</div>'
    elif credit_style == "oleh":
        credit_top = f'<p class="byline"><b>{j(f"Oleh: {writer}")}</b></p>'
    elif credit_style == "paper":
        credit_top = f'<div class="author">{j(f"{writer} - {paper}")}</div>'
    elif credit_style == "column":
        card = [writer, scholar[:1].upper() + scholar[1:]]
        credit_top = (f'<div class="columnist"><img src="{base}/img/kolumnis/{slug(writer)}.jpg" '
                      f'alt="{attr(writer)}"><div class="columnist-info">'
                      + _pieced(j, card, " ", '<p class="columnist-{s}">{x}</p>') + "</div></div>")
        if rng.random() < 0.5:
            credit_top = f'<div class="oleh">{j("Oleh:")}</div>' + credit_top
            j.also(f"Oleh: {writer}")
    else:
        author = None

    # the dates: the web edition's and the print edition's
    printed = "" if form == "none" else _paper_date(form, when, zone)
    web_label = rng.choice(("", "Diunggah: ", "Online: ", "Dipublikasikan: ", "Tayang: ",
                            "Terbit online: "))
    if layout == "wp":
        web_label = ""  # the theme's "Posted on" stands before it
    machine = _iso(when) if stamp == "offset" else _utc_z(when) if stamp == "utc" else ""
    date_html = ""
    if printed:
        tag_t = "time" if machine and rng.random() < 0.35 else "span"
        attr_t = f' datetime="{machine}"' if tag_t == "time" else ""
        date_html = (f'<{tag_t} class="read__time"{attr_t}><i class="icon-clock"></i> '
                     f"{j(web_label + printed)}</{tag_t}>")
    band_style = rng.choice(("pieces", "line", "note", "hal", "badge"))
    band_items = []
    if band_style == "pieces":
        band_items = ["Edisi Cetak", edition_words, f"Halaman {print_page}", rubric]
        band = ('<div class="print-edition">' + _pieced(
            j, band_items, " | ", '<span class="pe-{s}">{x}</span>') + "</div>")
    elif band_style == "line":
        line = rng.choice((f"Koran {paper} Edisi {edition_words}, Halaman {print_page}",
                           f"{paper} edisi cetak {edition_words} halaman {print_page}",
                           f"Edisi Cetak: {edition_words} | Hal. {print_page}"))
        band = f'<div class="print-edition">{j(line)}</div>'
    elif band_style == "note":
        line = rng.choice((f"Artikel ini telah terbit di edisi cetak {paper}, {edition_words}, "
                           f"halaman {print_page}.",
                           f"Terbit di Edisi Cetak {edition_words}, Hal. {print_page}"))
        band = f'<p class="print-note"><em>{j(line)}</em></p>'
    elif band_style == "hal":
        band_items = [f"Hal. {print_page}", rubric, f"Edisi {edition_words}"]
        band = ('<div class="print-edition">' + _pieced(
            j, band_items, " · ", "<span>{x}</span>") + "</div>")
    else:
        j.also(f"Edisi Cetak {edition_words}")
        band = (f'<div class="print-edition"><span class="badge">{j("Edisi Cetak")}</span> '
                f"<span>{j(edition_words)}</span></div>")
    band_at_end = band_style == "note" or rng.random() < 0.15

    # the rubric and the headline
    kicker = ""
    if rng.random() < 0.5:
        kicker = f'<div class="read__rubric"><a href="{base}/{slug(rubric)}">{j(rubric)}</a></div>'
    headline_text = escape(text.headline)
    if layout == "radar":
        headline = f'<h1 class="read__title">{headline_text}</h1>'
    elif layout == "viewer":
        look = rng.choice(("h2", "h1", "div", "p"))
        cls = rng.choice(("judul", "article-title", "ep-title"))
        if look == "p":
            headline = (f'<p class="{cls}" style="font-size:22px;font-weight:700">{headline_text}'
                        "</p>")
        else:
            headline = f'<{look} class="{cls}">{headline_text}</{look}>'
    elif layout == "wp":
        look = rng.choice(("h1", "h1", "h2"))
        headline = f'<{look} class="entry-title">{headline_text}</{look}>'
    else:
        headline = f'<font size="4" face="Georgia"><b>{headline_text}</b></font>'

    # the picture
    image_html = ""
    if rng.random() < 0.7 and first_page:
        caption = ""
        if rng.random() < 0.8:
            who = rng.choice(("Bupati", "Wali Kota", "Gubernur", "Sekda", "Ketua DPRD",
                              "Kapolres", "Kepala Dinas", "Warga"))
            credit = rng.choice((f"FOTO: {writer.upper()}/{tag}", f"ISTIMEWA FOR {paper.upper()}",
                                 f"DOK. {paper.upper()}", f"{writer.split()[0].upper()}/{tag}"))
            caption_line = (f"{rng.choice(_CAPTION_WORDS)}: {who} {city} {rng.choice(_ACTS)}. "
                            f"({credit})")
            caption = f'<figcaption class="read__caption">{j(caption_line)}</figcaption>'
        image_html = (f'<figure class="read__photo"><img src="{base}/uploads/{day:%Y/%m}/'
                      f'{token(rng, 16)}.jpg" alt="{attr(text.headline)}">{caption}</figure>')

    # the text
    dateline = ""
    if first_page and not column and rng.random() < 0.65:
        dateline = rng.choice((f"{city.upper()}, {tag}--", f"{city.upper()}, {tag} –",
                               f"{city.upper()} -", f"{city.upper()}, {paper.upper()} -",
                               f"{city.upper()} –"))
    split_at = -1
    continued = rng.choice(("both", "from", "to")) if rng.random() < 0.3 and len(shown) >= 4 else ""
    if continued:
        split_at = rng.randrange(1, len(shown) - 1)
    other_page = rng.randrange(print_page + 1, print_page + 12)
    to_word = rng.choice((f"(Bersambung ke hal. {other_page})", f"Bersambung ke Hal. {other_page}",
                          f"(Bersambung ke halaman {other_page})"))
    from_word = rng.choice((f"Sambungan dari hal. {print_page}",
                            f"(Sambungan dari halaman {print_page})",
                            f"Sambungan dari Hal. {print_page}"))
    baca_after = ({rng.randrange(len(shown))} if rng.random() < 0.3 and layout != "table"
                  else set())
    ad_after = ({rng.randrange(len(shown))} if rng.random() < 0.3 and layout in ("radar", "wp")
                else set())
    inline_style = rng.choice(("p", "p", "justify", "br"))
    if layout == "table":
        inline_style = rng.choice(("br", "br", "p"))
    parts: list[str] = []
    for n, paragraph in enumerate(shown):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        if inline_style == "br":
            parts.append(words)
        elif inline_style == "justify":
            parts.append(f'<p style="text-align: justify;">{words}</p>')
        else:
            parts.append(f"<p>{words}</p>")
        if n == len(shown) - 1:
            break
        if n == split_at:
            notes = []
            if continued in ("both", "to"):
                notes.append(f"<em>{j(to_word)}</em>")
            if continued in ("both", "from"):
                notes.append(f"<strong>{j(from_word)}</strong>")
            if inline_style == "br":
                parts.extend(notes)
            else:
                parts.extend(f'<p class="sambungan">{x}</p>' for x in notes)
        if n in baca_after:
            other = other_texts(rng, text, 1)[0]
            label = rng.choice(("Baca Juga:", "BACA JUGA:", "Baca juga"))
            j.also(f"{label} {other.headline}")
            insert = (f'<strong>{j(label)}</strong> <a href="{base}/{slug(rubric)}/'
                      f'{rng.randrange(10**5, 10**7)}/{slug(other.headline)}">{j(other.headline)}'
                      "</a>")
            parts.append(insert if inline_style == "br" else f'<p class="baca-juga">{insert}</p>')
        if n in ad_after:
            word = rng.choice(("ADVERTISEMENT", "Advertisement", "- Advertisement -"))
            parts.append(f'<div class="ads-mid"><small>{j(word)}</small><div class="gpt-slot">'
                         "</div></div>")
    tail_blocks: list[str] = []
    if cut:
        tail_blocks.append(f'<div class="paywall"><p>{j(cut)}</p><a href="https://{epaper_host}/'
                           f'langganan" class="btn">{j("Berlangganan")}</a></div>')
    if last_page and not cut and column:
        line = f"*) Penulis adalah {scholar}."
        tail_blocks.append(f"<p><em>{j(line)}</em></p>")
    if last_page and not cut and not column and rng.random() < 0.6:
        left = rng.choice((_initials(writer), _initials(writer), "*", "mg3", tag.lower(), "adv"))
        right = rng.choice(("jpg", "rif", _initials(editor), f"r{rng.randrange(1, 9)}", "ham",
                            "jpc"))
        code = rng.choice((f"({left}/{right})", f"({left}/{right})", f"({left})",
                           f"({left}/{right}/{tag.lower()})"))
        if inline_style == "br":
            parts.append(j(code))  # the editor's code, one more line of the text
        else:
            tail_blocks.append(f"<p>{j(code)}</p>")
    content = ("<br><br>" if inline_style == "br" else "").join(parts) + "".join(tail_blocks)
    body_cls = {"radar": "read__content", "viewer": "article-text ep-body", "wp": "entry-content",
                "table": "isi"}[layout]
    body = f'<div class="{body_cls}">{content}</div>'

    # the web pages
    pager = ""
    if pages > 1:
        look_p = rng.choice(("of", "numbers", "next"))
        base_url = url.split("?")[0] if "page=" in url else url
        if look_p == "of":
            items = [f"Hal. {page_no} dari {pages}"]
            if page_no < pages:
                items.append(rng.choice(("Selanjutnya »", "Berikutnya »", "Selanjutnya")))
            pager = ('<div class="read__paging">' + _pieced(
                j, items, " ", f'<a href="{base_url}?page={page_no + 1}">{{x}}</a>')
                + "</div>")
        elif look_p == "numbers":
            items = ["Halaman"] + [str(k) for k in range(1, pages + 1)]
            if page_no < pages:
                items.append("Selanjutnya")
            pager = ('<div class="read__paging">' + _pieced(
                j, items, " ", f'<a href="{base_url}?page={{s}}">{{x}}</a>') + "</div>")
        elif page_no < pages:
            line = rng.choice(("Baca Halaman Berikutnya", "Lanjut ke halaman berikutnya »",
                               "Halaman Selanjutnya"))
            pager = (f'<div class="read__paging"><a href="{base_url}?page={page_no + 1}">{j(line)}'
                     "</a></div>")
        else:
            line = rng.choice(("« Halaman Sebelumnya", "Kembali ke halaman 1"))
            pager = f'<div class="read__paging"><a href="{base_url}">{j(line)}</a></div>'

    # the widgets in the content column
    def weather(put: Callable[[str], str]) -> str:
        heading = rng.choice((f"Cuaca {city} Hari Ini", "Prakiraan Cuaca", f"Cuaca {city}"))
        bits = [f"{rng.randrange(22, 35)}°C", rng.choice(_WEATHER)]
        if rng.random() < 0.6:
            bits.append(f"Kelembapan {rng.randrange(55, 95)}%")
        if rng.random() < 0.5:
            bits.append("Sumber: BMKG")
        if put is j:
            j.also(" ".join([heading, *bits]))
            j.also(" ".join(bits))
        return (f'<div class="widget-cuaca"><h4>{put(heading)}</h4>'
                + " ".join(f"<span>{put(b)}</span>" for b in bits) + "</div>")

    def prayer(put: Callable[[str], str]) -> str:
        heading = rng.choice((f"Jadwal Salat {city}", f"Jadwal Sholat Wilayah {city}",
                              "Waktu Salat Hari Ini"))
        start = {"WIB": 4, "WITA": 4, "WIT": 4}[zone]
        zoned = rng.random() < 0.4
        rows = []
        whole = [heading]
        minutes = rng.randrange(10, 50)
        for k, name in enumerate(rng.choice((_PRAYERS, _PRAYERS[1:], ("Subuh", "Zuhur", "Asar",
                                                                       "Magrib", "Isya")))):
            hour = start + (0, 1, 2, 8, 11, 14, 15)[_PRAYERS.index(name)]
            at = f"{hour:02d}:{(minutes + 7 * k) % 60:02d}" + (f" {zone}" if zoned else "")
            if put is j:
                j.also(f"{name} {at}")
            whole.append(f"{name} {at}")
            rows.append(f"<tr><td>{put(name)}</td><td>{put(at)}</td></tr>")
        if put is j:
            j.also(" ".join(whole))
        return (f'<div class="widget-salat"><h4>{put(heading)}</h4><table>{"".join(rows)}</table>'
                "</div>")

    def column_teaser(put: Callable[[str], str]) -> str:
        other = other_texts(rng, text, 1)[0]
        who = _person(rng)
        heading = rng.choice(("Kolom", "Kolom Hari Ini", "Catatan Redaksi", "Opini"))
        more = rng.choice(("Selengkapnya", "Baca Kolom"))
        if put is j:
            j.also(" ".join((heading, who, other.headline, more)))
        return (f'<div class="widget-kolom"><h4>{put(heading)}</h4><img src="{base}/img/kolumnis/'
                f'{slug(who)}.jpg" alt=""><p class="kolumnis">{put(who)}</p><p><a href="{base}/'
                f'opini/{slug(other.headline)}">{put(other.headline)}</a></p><a href="#">'
                f"{put(more)}</a></div>")

    widgets = {"weather": weather, "prayer": prayer, "column": column_teaser}
    inside = [w for w in widgets if rng.random() < 0.25]
    beside = [w for w in widgets if w not in inside and rng.random() < 0.6]
    widgets_inside = "".join(widgets[w](j) for w in inside)
    widgets_beside = "".join(widgets[w](escape) for w in beside)
    widgets_before_body = rng.random() < 0.4

    follow: list[str] = []
    if rng.random() < 0.45:
        line = rng.choice((f"Berlangganan e-paper {paper}", "Berlangganan e-paper",
                           f"Baca {paper} versi e-paper di {epaper_host}",
                           f"Langganan koran {paper}: hubungi 0812-{rng.randrange(1000, 9999)}-"
                           f"{rng.randrange(1000, 9999)}",
                           f"Dapatkan {paper} edisi digital hanya Rp "
                           f"{rng.choice(('50.000', '75.000', '99.000'))}/bulan"))
        if rng.random() < 0.4:
            follow.append('<div class="subscribe-box">' + _pieced(
                j, [line, rng.choice(("Langganan Sekarang", "Daftar", "Berlangganan"))], " ",
                f'<a href="https://{epaper_host}/langganan">{{x}}</a>') + "</div>")
        else:
            follow.append(f'<div class="subscribe-box"><a href="https://{epaper_host}/langganan">'
                          f"{j(line)}</a></div>")
    if rng.random() < 0.35:
        tools = rng.sample(["Cetak", "Unduh PDF", "Lihat Halaman E-Paper", "Perbesar Teks",
                            "Kirim ke Email"], rng.randrange(2, 4))
        follow.append('<div class="print-tools">' + _pieced(
            j, tools, " ", '<a href="#" class="tool-{s}">{x}</a>') + "</div>")
    if rng.random() < 0.5:
        chosen = rng.sample((*_TAGS, city.lower(), rubric.lower(), "edisi cetak"),
                            rng.randrange(2, 6))
        label = rng.choice(("Tags:", "Tag:", "Topik:", ""))
        items = ([label] if label else []) + chosen
        j.also(" ".join(items))
        follow.append('<div class="read__tags">' + (f"<span>{j(label)}</span> " if label else "")
                      + " ".join(f'<a href="{base}/tag/{slug(t)}">{j(t)}</a>' for t in chosen)
                      + "</div>")
    if rng.random() < 0.5:
        networks = [n for n in ("Facebook", "Twitter", "WhatsApp", "Telegram")
                    if rng.random() < 0.7] or ["WhatsApp"]
        worded = rng.random() < 0.5
        lead = rng.choice(("Bagikan:", "Share:", ""))
        if worded:
            j.also(" ".join(([lead] if lead else []) + networks))
        follow.append('<div class="share">'
                      + (f"<span>{j(lead)}</span> " if lead and worded else "")
                      + " ".join(f'<a href="#" class="share-{slug(n)}" aria-label="{n}">'
                                 f'{j(n) if worded else ""}</a>' for n in networks) + "</div>")
    related_inside = rng.random() < 0.25
    put_r = j if related_inside else escape
    related_heading = rng.choice(("Berita Terkait", "Baca Juga", "Berita Lainnya",
                                  f"Lainnya di Halaman {print_page}"))
    related_items = []
    for other in other_texts(rng, text, rng.randrange(3, 6)):
        ref = ""
        if rng.random() < 0.4:
            ref = f" <small>{put_r(f'Hal. {rng.randrange(1, 20)}')}</small>"
        related_items.append(f'<li><a href="{base}/{slug(rubric)}/{rng.randrange(10**5, 10**7)}/'
                             f'{slug(other.headline)}">{put_r(other.headline)}</a>{ref}</li>')
    related = (f'<div class="related"><h3>{put_r(related_heading)}</h3><ul>'
               f'{"".join(related_items)}</ul></div>')

    # the print page's scan, in the viewer
    scan = ""
    if layout == "viewer":
        scan_words = rng.choice(("Lihat halaman cetak", "Perbesar Halaman", "Lihat Halaman Penuh"))
        scan = (f'<div class="ep-scan"><a href="https://{epaper_host}/{edition:%Y-%m-%d}/'
                f'{print_page}"><img src="https://{epaper_host}/pages/{edition:%Y%m%d}/'
                f'{print_page:02d}_thumb.jpg" alt="Halaman {print_page} {attr(paper)}" width="160">'
                f"</a><span>{j(scan_words)}</span></div>")

    meta_parts = [credit_top, date_html]
    if rng.random() < 0.4:
        meta_parts.reverse()
    meta = f'<div class="read__info">{"".join(meta_parts)}</div>'
    top = [kicker, headline]
    if layout == "wp":
        wp_bits = []
        if printed:
            wp_bits.append(f'<span class="posted-on">{j("Posted on")} {date_html}</span>')
            j.also(f"Posted on {web_label + printed}")
        if credit_top:
            wp_bits.append(f'<span class="byline">{credit_top}</span>')
        cats = ["Edisi Cetak", rubric]
        top = ['<span class="cat-links">' + _pieced(j, cats, ", ", f'<a href="{base}/category/'
                                                    '{s}/" rel="category tag">{x}</a>')
               + "</span>", headline, f'<div class="entry-meta">{"".join(wp_bits)}</div>']
    else:
        top.append(meta)
    if not band_at_end:
        top.insert(1 if rng.random() < 0.5 else len(top), band)
    middle = [scan, image_html]
    if widgets_before_body:
        middle.append(widgets_inside)
    rest = [body, pager, credit_bottom, band if band_at_end else "", *follow,
            "" if widgets_before_body else widgets_inside, related if related_inside else ""]
    inner = "".join((*top, *middle, *rest))
    if layout == "radar":
        article = f'<article class="read">{inner}</article>'
    elif layout == "viewer":
        article = f'<div class="ep-article" id="artikel-{post_id}">{inner}</div>'
    elif layout == "wp":
        article = (f'<article id="post-{post_id}" class="post-{post_id} post type-post status-'
                   f'publish hentry category-edisi-cetak">{inner}</article>')
    else:
        rows = "".join(f'<tr><td class="cell">{x}</td></tr>' for x in (*top, *middle, *rest) if x)
        article = (f'<table class="berita" width="100%" cellpadding="4" cellspacing="0" border="0">'
                   f"{rows}</table>")

    # the page around it
    title = rng.choice((f"{text.headline} - {paper}", f"{text.headline} | {paper}",
                        f"{paper} - Edisi Cetak - {text.headline}",
                        f"{text.headline} - Edisi Cetak {paper}",
                        joined_title(rng, text.headline, paper),
                        f"Edisi Cetak | {paper}" if layout == "viewer" else
                        f"{text.headline} | {rubric} | {paper}"))
    if page_no > 1 and rng.random() < 0.7:
        title = f"{text.headline} - Halaman {page_no} - {paper}"
    head: list[str] = []
    if rng.random() < 0.7:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:url" content="{attr(url)}">',
                 f'<meta property="og:site_name" content="{attr(paper)}">']
    where = rng.choice(("og", "ld", "both")) if machine else ""
    if where in ("og", "both") or (machine and "datetime=" in date_html and rng.random() < 0.3):
        head.append(f'<meta property="article:published_time" content="{machine}">')
        head.append(f'<meta property="article:section" content="{attr(rubric)}">')
    if where in ("ld", "both"):
        ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                                 "headline": text.headline, "datePublished": machine,
                                 "publisher": {"@type": "Organization", "name": paper}}
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        if rng.random() < 0.5:
            ld["printEdition"] = f"Edisi {_edition_date('plain', edition)}"
            ld["printPage"] = str(print_page)
            ld["printSection"] = rubric
        head.append(_ld(ld))
    if author and rng.random() < 0.4:
        head.append(f'<meta name="author" content="{attr(author)}">')
    menu = ("Beranda", "Edisi Cetak", "E-Paper", *rng.sample(_RUBRICS, 4), "Opini", "Indeks")
    nav = "".join(f'<li><a href="{base}/{slug(m)}">{escape(m)}</a></li>' for m in menu)
    today = _long(edition)
    popular = "".join(f'<li><a href="{base}/{slug(o.headline)}">{escape(o.headline)}</a></li>'
                      for o in other_texts(rng, text, 5))
    cover = (f'<div class="widget epaper-cover"><h4>E-Paper Hari Ini</h4><img src="https://'
             f'{epaper_host}/cover/{token(rng, 8)}.jpg" alt="Cover {attr(paper)}"><a href="https://'
             f'{epaper_host}/">Baca E-Paper</a></div>')
    if layout == "table":
        frame = (f'<table width="980" align="center"><tr><td colspan="2" class="header"><img src="'
                 f'{base}/images/logo.gif" alt="{attr(paper)}"><br><font size="1">{escape(today)}'
                 f'</font></td></tr><tr><td valign="top" width="680">{article}</td><td valign="top"'
                 f' width="300">{widgets_beside}{cover}<h4>Terpopuler</h4><ul>{popular}</ul>'
                 f"{related if not related_inside else ''}</td></tr></table>")
    else:
        frame = (f'<div class="container"><div class="row"><main class="col-md-8">'
                 f'<nav class="breadcrumb"><a href="{base}/">Beranda</a> / <a href="{base}/'
                 f'edisi-cetak">Edisi Cetak</a> / {escape(rubric)}</nav>{article}'
                 f'{"" if related_inside else related}</main><aside class="col-md-4">'
                 f"{widgets_beside}{cover}<div class=\"widget\"><h4>Terpopuler</h4><ol>{popular}"
                 "</ol></div></aside></div></div>")
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
<link rel="stylesheet" href="{base}/assets/css/style.css?ver={rng.randrange(100, 999)}">
</head>
<body class="{layout}">
<div class="topbar"><span class="today">{escape(today)}</span> <a href="https://{epaper_host}/"
 class="btn-epaper">E-Paper</a> <a href="https://{epaper_host}/langganan">Berlangganan</a></div>
<header class="masthead"><a href="{base}/"><img src="{base}/assets/img/logo.png"
 alt="{attr(paper)}"></a><nav><ul>{nav}</ul></nav></header>
{frame}
<footer class="footer"><p>{escape(paper)} &middot; Jl. {escape(rng.choice(("Urip Sumoharjo",
 "Ahmad Yani", "Sam Ratulangi", "El Tari", "Sudirman")))} No. {rng.randrange(1, 300)},
 {escape(city)}</p><p>&copy; {day.year} {escape(paper)}. Hak cipta dilindungi undang-undang.</p>
</footer>
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, tuple(shown), published, author, paper,
                            tuple(j.lines))


def _paper_listing(rng: random.Random, text: Text, paper: str, base: str, zone: str,
                   rubric: str, layout: str) -> tuple[str, str, Truth]:
    """An edition's index (the articles of each printed page) or a rubric's list."""
    day = when_in(rng, zone).date()
    edition = day + timedelta(days=rng.choice((0, 1)))
    heading = rng.choice((f"Edisi Cetak {_long(edition)}", "Edisi Cetak", rubric,
                          f"Rubrik {rubric}", "Indeks Berita"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    if heading.startswith("Edisi Cetak"):
        shown = [(o, day) for o, _d in shown]
    rows = []
    for other, d in shown:
        page = rng.randrange(1, 20)
        rows.append(f'<div class="index-item"><span class="hal">Hal. {page}</span> <h3><a href="'
                    f'{base}/{slug(rubric)}/{rng.randrange(10**5, 10**7)}/{slug(other.headline)}">'
                    f'{escape(other.headline)}</a></h3><p>'
                    f'{escape(_teaser(rng, other.paragraphs[0]))}</p><small>'
                    f"{_long(d, day_name=False)}</small></div>")
    url = f"{base}/{rng.choice(('edisi-cetak', slug(rubric), 'indeks'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{escape(heading)} - {escape(paper)}</title>
</head><body class="{layout} list"><header><a href="{base}/">{escape(paper)}</a>
<a href="{base}/epaper">E-Paper</a></header><main class="container"><h1 class="page-title">
{escape(heading)}</h1><div class="index-list">{"".join(rows)}</div><div class="pagination">
<a href="#">1</a> <a href="#">2</a> <a href="#">Selanjutnya »</a></div></main>
<footer>&copy; {day.year} {escape(paper)}</footer></body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, paper, (), article=False)



# -- 3. a 2024-era portal on React and Vite, or on Laravel and Inertia ------------------------

# (name, short name, host, zone, city, the chatbot's "Sobat")
_REACT_SITES = (
    ("Pemerintah Provinsi Nusa Tenggara Timur", "Pemprov NTT", "nttprov.go.id", "WITA", "Kupang",
     "Sobat NTT"),
    ("Pemerintah Kota Surabaya", "Pemkot Surabaya", "surabaya.go.id", "WIB", "Surabaya",
     "Sobat Suroboyo"),
    ("Pemerintah Provinsi Papua Barat", "Pemprov Papua Barat", "papuabaratprov.go.id", "WIT",
     "Manokwari", "Sobat PB"),
    ("Pemerintah Kabupaten Halmahera Tengah", "Pemkab Halteng", "haltengkab.go.id", "WIT", "Weda",
     "Sobat Halteng"),
    ("Pemerintah Provinsi Sulawesi Barat", "Pemprov Sulbar", "sulbarprov.go.id", "WITA", "Mamuju",
     "Sobat Sulbar"),
    ("Pemerintah Kota Tarakan", "Pemkot Tarakan", "tarakankota.go.id", "WITA", "Tarakan",
     "Sobat Tarakan"),
    ("Pemerintah Provinsi Kepulauan Riau", "Pemprov Kepri", "kepriprov.go.id", "WIB",
     "Tanjungpinang", "Sobat Kepri"),
    ("Pemerintah Kabupaten Sleman", "Pemkab Sleman", "slemankab.go.id", "WIB", "Sleman",
     "Sobat Sleman"),
    ("Pemerintah Kabupaten Merauke", "Pemkab Merauke", "merauke.go.id", "WIT", "Merauke",
     "Sobat Merauke"),
    ("Pemerintah Kota Kupang", "Pemkot Kupang", "kupangkota.go.id", "WITA", "Kupang",
     "Sobat Kota Kasih"),
    ("Pemerintah Provinsi Bali", "Pemprov Bali", "baliprov.go.id", "WITA", "Denpasar",
     "Sobat Bali"),
    ("Pemerintah Provinsi Bengkulu", "Pemprov Bengkulu", "bengkuluprov.go.id", "WIB", "Bengkulu",
     "Sobat Bengkulu"),
    ("Pemerintah Kabupaten Teluk Bintuni", "Pemkab Teluk Bintuni", "telukbintunikab.go.id", "WIT",
     "Bintuni", "Sobat Bintuni"),
    ("Pemerintah Kabupaten Gowa", "Pemkab Gowa", "gowakab.go.id", "WITA", "Sungguminasa",
     "Sobat Gowa"),
    ("Pemerintah Provinsi Kalimantan Tengah", "Pemprov Kalteng", "kalteng.go.id", "WIB",
     "Palangka Raya", "Sobat Kalteng"),
    ("Pemerintah Kota Ambon", "Pemkot Ambon", "ambon.go.id", "WIT", "Ambon", "Sobat Ambon Manise"),
    ("Pemerintah Provinsi Nusa Tenggara Barat", "Pemprov NTB", "ntbprov.go.id", "WITA", "Mataram",
     "Sobat NTB"),
    ("Pemerintah Kabupaten Aceh Besar", "Pemkab Aceh Besar", "acehbesarkab.go.id", "WIB",
     "Kota Jantho", "Sobat Aceh Besar"),
    ("Pemerintah Provinsi Papua Selatan", "Pemprov Papua Selatan", "papuaselatanprov.go.id",
     "WIT", "Merauke", "Sobat Papua Selatan"),
)
_REACT_CATEGORIES = ("Pemerintahan", "Pembangunan", "Kesehatan", "Pendidikan", "Ekonomi",
                     "Sosial", "Pariwisata", "Infrastruktur", "Pengumuman", "Siaran Pers",
                     "Kegiatan Pimpinan")
_A11Y = ("Perbesar Teks", "Perkecil Teks", "Kontras Tinggi", "Skala Abu-abu", "Garis Bawah Tautan",
         "Font Ramah Disleksia", "Jeda Animasi", "Atur Ulang")
_LANGS = ("Pilih Bahasa", "Inggris", "Jawa", "Sunda", "Arab", "Mandarin", "Jepang", "Belanda")
_REACT_DATE_ONLY = ("date_id", "date_day", "date_locale", "date_en", "date_en_day")


def _react_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "intl": f"{_long(day, day_name=False)} pukul {when:%H.%M} {zone}",
        "intl_day": f"{_long(day)} pukul {when:%H.%M} {zone}",
        "comma": f"{_long(day, day_name=False)}, {when:%H.%M} {zone}",
        "colon": f"{_long(day)}, {when:%H:%M} {zone}",
        "short": f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year} · {when:%H:%M} {zone}",
        "en_time": f"{MONTHS_EN[day.month - 1][:3]} {day.day}, {day.year}, {when.hour % 12 or 12}:"
                   f"{when:%M} {'AM' if when.hour < 12 else 'PM'} {zone}",
        "dayjs_wib": f"{_long(day, day_name=False)} {when:%H:%M}",
        "slash_wib": f"{day.day}/{day.month}/{day.year} {when:%H.%M}",
        "date_id": _long(day, day_name=False),
        "date_day": _long(day),
        "date_locale": f"{day.day}/{day.month}/{day.year}",
        "date_en": f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}",
        "date_en_day": f"{DAYS_EN[day.weekday()][:3]} {MONTHS_EN[day.month - 1][:3]} {day.day:02d} "
                       f"{day.year}",
    }[form]


def gov_portal_react(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A news page of a 2024-era portal of a province, a city or a regency, built on
    React and Vite (MUI's ``MuiTypography-root css-1x2y3z`` classes, Chakra's
    ``chakra-heading``, or Tailwind strings) and prerendered into ``div#root``, or on
    Laravel and Inertia (``div#app`` with its ``data-page`` JSON, ``<title inertia>``):
    the article again in ``<script type="application/json" id="__INITIAL_DATA__">`` with
    an ISO stamp (with the site's offset, or Laravel's UTC ``.000000Z``); a headline in
    an ``h1``, a ``<p>``, a ``div role="heading" aria-level="1"`` or a styled ``div``;
    author chips ("Dinas Kominfo", "Penulis:", "Editor:", "Foto:"), "Diterbitkan" and
    "Diperbarui" lines as ``Intl.DateTimeFormat`` prints them ("12 Mei 2024 pukul 09.13
    WITA"), dayjs's or ``toLocaleDateString``'s forms, or "2 jam yang lalu"; a "Dengarkan
    Berita" text-to-speech button, text-size buttons, a Google Translate bar ("Pilih
    Bahasa", "Diberdayakan oleh Google Terjemahan"), an accessibility panel, a "Tanya
    Sobat ..." chatbot, a category chip, view counts and reading time, captions and a
    gallery counter, the CMS's paragraphs (Quill, Editor.js, TinyMCE), share buttons and
    "Salin Tautan", tag chips, an SP4N-LAPOR! prompt, "Kembali ke Daftar Berita", and
    related cards with a "Memuat..." skeleton; react-helmet's ``data-rh`` og tags and
    JSON-LD or none."""
    name, short, host, zone, city, sobat = rng.choice(_REACT_SITES)
    stack = rng.choice(("mui", "mui", "tailwind", "tailwind", "chakra", "inertia", "inertia"))
    base = f"https://{rng.choice(('', 'www.', 'portal.', 'berita.'))}{host}"
    site = rng.choice((name, short, f"Portal Resmi {short}", f"Portal Resmi {name}"))
    category = rng.choice(_REACT_CATEGORIES)
    s = slug(text.headline)
    news_id = rng.randrange(100, 40000)
    url = base + rng.choice((f"/berita/{s}", f"/berita/detail/{s}", f"/news/{news_id}/{s}",
                             f"/berita/{news_id}", f"/informasi/berita/{s}",
                             f"/berita/{slug(category)}/{s}"))
    if rng.random() < 1 / 8:
        return _react_listing(rng, text, stack, site, base, zone, category)

    def css() -> str:
        return f"css-{token(rng, rng.choice((6, 7)))}"

    forms = ["intl", "intl", "intl_day", "comma", "colon", "short", "en_time", "date_id",
             "date_id", "date_day", "date_locale", "date_en", "date_en_day", "ago", "none"]
    if zone == "WIB":
        forms += ["dayjs_wib", "dayjs_wib", "slash_wib"]
    form = rng.choice(forms)
    stamp = rng.choice(("offset", "offset", "utc", "utc"))
    if form in ("ago", "none"):
        stamp = "offset"
    printed_time = form not in _REACT_DATE_ONLY and form not in ("ago", "none")
    timed = printed_time or stamp == "offset"
    when = when_in(rng, zone, seconds=rng.random() < 0.7, office_hours=not timed)
    day = when.date()
    later = when + timedelta(minutes=rng.randrange(2, 75 if not timed else 2000))
    j = Junk()

    # the classes of each kit
    def kit(role: str) -> str:
        if stack == "mui":
            return {
                "container": f"MuiContainer-root MuiContainer-maxWidthLg {css()}",
                "paper": f"MuiPaper-root MuiPaper-elevation MuiPaper-rounded MuiPaper-elevation1 "
                         f"{css()}",
                "headline": f"MuiTypography-root MuiTypography-h4 {css()}",
                "meta": f"MuiTypography-root MuiTypography-caption {css()}",
                "chip": f"MuiChip-root MuiChip-filled MuiChip-sizeSmall MuiChip-colorPrimary "
                        f"{css()}",
                "button": f"MuiButtonBase-root MuiButton-root MuiButton-text {css()}",
                "body": f"MuiBox-root {css()} article-content",
                "stack": f"MuiStack-root {css()}",
                "card": f"MuiCard-root {css()}",
            }[role]
        if stack == "chakra":
            return {
                "container": f"chakra-container {css()}", "paper": f"{css()}",
                "headline": f"chakra-heading {css()}", "meta": f"chakra-text {css()}",
                "chip": f"chakra-badge {css()}", "button": f"chakra-button {css()}",
                "body": f"{css()} content-html", "stack": f"chakra-stack {css()}",
                "card": f"chakra-card {css()}",
            }[role]
        return {
            "container": "mx-auto max-w-7xl px-4 sm:px-6 lg:px-8",
            "paper": "rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200",
            "headline": "text-2xl font-extrabold tracking-tight text-slate-900 md:text-4xl",
            "meta": "flex items-center gap-1.5 text-sm text-slate-500",
            "chip": "inline-flex items-center rounded-full bg-sky-100 px-3 py-0.5 text-xs "
                    "font-medium text-sky-800",
            "button": "inline-flex items-center gap-2 rounded-lg border border-slate-300 px-3 "
                      "py-1.5 text-sm hover:bg-slate-50",
            "body": "prose prose-slate max-w-none prose-p:text-justify",
            "stack": "flex flex-wrap items-center gap-3",
            "card": "group overflow-hidden rounded-xl border bg-white",
        }[role]

    def svg(what: str) -> str:
        if stack == "mui":
            return (f'<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall {css()}" '
                    'focusable="false" aria-hidden="true" viewBox="0 0 24 24" '
                    f'data-testid="{what}Icon"><path d="M0 0h24v24H0z"></path></svg>')
        return (f'<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4 lucide '
                f'lucide-{what.lower()}" viewBox="0 0 24 24" fill="none" stroke="currentColor" '
                'stroke-width="2" '
                'aria-hidden="true"><circle cx="12" cy="12" r="10"></circle></svg>')

    # the author's chips
    writer = rng.choice(("Dinas Kominfo", f"Diskominfo {short.split(' ', 1)[1]}",
                         "Biro Administrasi Pimpinan", "Humas Setda", "Tim Redaksi",
                         f"Prokopim {short.split(' ', 1)[1]}", _person(rng), _person(rng)))
    show_author = rng.random() < 0.8
    author: str | None = writer if show_author else None
    chips_html = ""
    if show_author:
        look_a = rng.choice(("chips", "chips", "labelled", "line"))
        if look_a == "chips":
            names = [writer]
            if rng.random() < 0.5:
                names.append(rng.choice(("Dinas Kominfo", "Humas", f"Editor: {rng.choice(NAMES)}",
                                         f"Foto: {_person(rng)}")))
                if names[1] == writer:
                    names.pop()
            label_cls = ("MuiChip-label MuiChip-labelSmall " + css() if stack == "mui" else
                         "chip-label")
            chips_html = (f'<div class="{kit("stack")}">' + "".join(
                f'<div class="{kit("chip")}">{svg("Person") if k == 0 else ""}<span class='
                f'"{label_cls}">{j(x)}</span></div>' for k, x in enumerate(names)) + "</div>")
            if len(names) > 1:
                j.also(" ".join(names))
        elif look_a == "labelled":
            roles = [("Penulis", writer)]
            if rng.random() < 0.6:
                roles.append(("Editor", rng.choice((*NAMES, _person(rng)))))
            if rng.random() < 0.4:
                roles.append(("Foto", rng.choice(("Dinas Kominfo", _person(rng)))))
            items = [f"{k}: {v}" for k, v in roles]
            chips_html = (f'<dl class="{kit("stack")} author-list">' + "".join(
                f"<div><dt>{j(k + ':')}</dt> <dd>{j(v)}</dd></div>" for k, v in roles) + "</dl>")
            for item in items:
                j.also(item)
            if len(items) > 1:
                j.also(" ".join(items))
        else:
            line = rng.choice((f"Oleh {writer}", f"Ditulis oleh {writer}", writer))
            chips_html = f'<p class="{kit("meta")}">{svg("Person")}<span>{j(line)}</span></p>'

    # the dates, the count, the reading time
    if form == "ago":
        hours = rng.randrange(1, 23)
        printed = rng.choice((f"{hours} jam yang lalu", f"{hours} jam lalu",
                              f"sekitar {hours} jam yang lalu"))
    elif form == "none":
        printed = ""
    else:
        printed = _react_date(form, when, zone)
    label = rng.choice(("Diterbitkan ", "Diterbitkan: ", "Dipublikasikan ", "", ""))
    meta_items: list[str] = []
    meta_bits: list[str] = []
    time_attr = ""
    if printed:
        if rng.random() < 0.4:
            time_attr = f' dateTime="{_iso(when) if stamp == "offset" else _utc_z(when, ".000")}"'
        line = label + printed
        meta_items.append(line)
        tag_t = "time" if time_attr else "span"
        meta_bits.append(f'<p class="{kit("meta")}">{svg("CalendarToday")}<{tag_t}{time_attr}>'
                         f"{j(line)}</{tag_t}></p>")
    if printed and rng.random() < 0.35:
        later_form = form if form not in ("ago",) else "date_id"
        changed = rng.choice(("Diperbarui ", "Diperbarui: ", "Terakhir diperbarui ")) + (
            _react_date(later_form, later, zone))
        meta_items.append(changed)
        meta_bits.append(f'<p class="{kit("meta")}">{svg("Update")}<span>{j(changed)}</span></p>')
    views = rng.randrange(4, 25000)
    if rng.random() < 0.55:
        words = rng.choice((f"Dilihat {thousands(views)} kali", f"{thousands(views)}x dibaca",
                            f"{thousands(views)} kali dilihat", thousands(views)))
        meta_items.append(words)
        meta_bits.append(f'<p class="{kit("meta")}">{svg("Visibility")}<span>{j(words)}</span></p>')
    words_n = sum(len(p.split()) for p in text.paragraphs)
    if rng.random() < 0.35:
        words = rng.choice((f"{max(1, words_n // 200)} menit baca",
                            f"Waktu baca {max(1, words_n // 200)} menit"))
        meta_items.append(words)
        meta_bits.append(f'<p class="{kit("meta")}">{svg("Schedule")}<span>{j(words)}</span></p>')
    if len(meta_items) > 1:
        j.also(" ".join(meta_items))
    meta = f'<div class="{kit("stack")} article-meta">{"".join(meta_bits)}</div>'

    # the headline
    look = rng.choice(("h1", "h1", "h1", "p", "role", "role", "styled", "h2"))
    if look == "role":
        headline = (f'<div role="heading" aria-level="1" class="{kit("headline")}">'
                    f"{escape(text.headline)}</div>")
    elif look == "p":
        headline = f'<p class="{kit("headline")}">{escape(text.headline)}</p>'
    elif look == "styled":
        headline = f'<div class="{css()}">{escape(text.headline)}</div>'
    else:
        headline = f'<{look} class="{kit("headline")}">{escape(text.headline)}</{look}>'
    chip = ""
    if rng.random() < 0.6:
        chip = (f'<a href="{base}/berita?kategori={slug(category)}" class="{kit("chip")}">'
                f"{j(category)}</a>")

    # the tools under the headline: listen, text size, translate
    tools: list[str] = []
    if rng.random() < 0.6:
        listen = rng.choice(("Dengarkan Berita", "Dengarkan", "🔊 Dengarkan Berita",
                             "Dengarkan Artikel"))
        bits = [listen]
        extra = ""
        if rng.random() < 0.4:
            dur = f"{rng.randrange(1, 6):02d}:{rng.randrange(60):02d}"
            bits.append(f"00:00 / {dur}")
            extra = f' <span class="tts-time">{j(f"00:00 / {dur}")}</span>'
        if rng.random() < 0.25:
            bits.append("Jeda")
            extra += f' <button type="button" class="{kit("button")}">{j("Jeda")}</button>'
        if len(bits) > 1:
            j.also(" ".join(bits))
        tools.append(f'<div class="tts-player"><button type="button" class="{kit("button")}" '
                     f'aria-label="Dengarkan Berita">{svg("VolumeUp")}{j(listen)}</button>{extra}'
                     "</div>")
    if rng.random() < 0.3:
        tools.append('<div class="font-size-tools" role="group" aria-label="Ukuran teks">'
                     + _pieced(j, ["A-", "A", "A+"], " ",
                               f'<button type="button" class="{kit("button")}">{{x}}</button>')
                     + "</div>")
    translate_inside = rng.random() < 0.2
    put_t = j if translate_inside else escape
    langs = list(_LANGS[: rng.randrange(4, len(_LANGS) + 1)])
    powered = rng.random() < 0.6
    if translate_inside:
        j.also(" ".join(langs))
        if powered:
            j.also("Diberdayakan oleh Google Terjemahan")
    translate = ('<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" '
                 'dir="ltr"><div><select class="goog-te-combo" '
                 'aria-label="Widget Bahasa Penerjemah">'
                 + "".join(f'<option value="{slug(x)[:2] if k else ""}">{put_t(x)}</option>'
                           for k, x in enumerate(langs)) + "</select></div>"
                 + (f'{put_t("Diberdayakan oleh")} <span style="white-space:nowrap"><a '
                    f'class="VIpgJd-ZVi9od-l4eHX-hSRGPd" href="https://translate.google.com">{put_t("Google")}'
                    f"</a></span> {put_t('Terjemahan')}" if powered else "") + "</div></div>")
    if translate_inside:
        tools.append(translate)

    # the picture, or a gallery
    image_html = ""
    if rng.random() < 0.8:
        caption = ""
        if rng.random() < 0.6:
            who = rng.choice(("Gubernur", "Wali Kota", "Bupati", "Penjabat Gubernur", "Sekda",
                              "Wakil Bupati", "Kepala Dinas"))
            credit = rng.choice((f"Foto: {writer}", "Foto: Diskominfo", f"(Dok. {short})",
                                 "Foto: Biro Adpim"))
            caption_line = f"{who} {city} {rng.choice(_ACTS)}. {credit}"
            caption = f'<figcaption class="{kit("meta")}">{j(caption_line)}</figcaption>'
        counter = ""
        if rng.random() < 0.25:
            total = rng.randrange(2, 9)
            line = rng.choice((f"1 / {total}", f"Foto 1 dari {total}"))
            gallery = rng.choice((f"Galeri Foto ({total})", "Lihat Galeri"))
            counter = (f'<div class="gallery-nav"><button type="button" aria-label="Sebelumnya">'
                       f'‹</button><span>{j(line)}</span><button type="button" aria-label="'
                       f'Berikutnya">›</button><a href="#galeri">{j(gallery)}</a></div>')
            j.also(f"‹ {line} › {gallery}")
        cdn = rng.choice(("cdn.", "storage.", "api."))
        src = f"https://{cdn}{host}/storage/berita/{token(rng, 24)}.webp"
        image_html = (f'<figure class="article-figure"><img src="{src}" alt="{attr(text.headline)}"'
                      f' loading="eager" decoding="async" class="w-full rounded-xl object-cover">'
                      f"{counter}{caption}</figure>")

    # the body: the CMS's HTML
    editor = rng.choice(("tinymce", "quill", "editorjs", "ckeditor"))
    dateline = ""
    if rng.random() < 0.45:
        dateline = rng.choice((f"{city.upper()} –", f"{city} -", f"{city.upper()}, DISKOMINFO –",
                               f"{city}, {short} -", f"{city.upper()} — "))
        dateline = dateline.strip()
    baca_at = rng.randrange(1, len(text.paragraphs)) if rng.random() < 0.3 else -1
    parts: list[str] = []
    for n, paragraph in enumerate(text.paragraphs):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<strong>{j(dateline)}</strong> {words}"
        if editor == "quill":
            parts.append(f'<p class="ql-align-justify">{words}</p>')
        elif editor == "editorjs":
            parts.append(f'<div class="ce-block"><div class="ce-block__content"><div class="ce-'
                         f'paragraph cdx-block">{words}</div></div></div>')
        elif editor == "ckeditor":
            parts.append(f'<p style="text-align:justify;">{words}</p>')
        else:
            parts.append(f"<p>{words}</p>")
        if n + 1 == baca_at:
            other = other_texts(rng, text, 1)[0]
            label_b = rng.choice(("Baca juga:", "Baca Juga:", "Baca juga"))
            j.also(f"{label_b} {other.headline}")
            parts.append(f'<p class="baca-juga"><em>{j(label_b)} <a href="{base}/berita/'
                         f'{slug(other.headline)}">{j(other.headline)}</a></em></p>')
    body = f'<div class="{kit("body")}">{"".join(parts)}</div>'

    # what follows the body
    follow: list[str] = []
    tags: list[str] = []
    if rng.random() < 0.55:
        tags = rng.sample((*_TAGS, city.lower(), category.lower()), rng.randrange(2, 6))
        hashed = rng.random() < 0.5
        shown_tags = [("#" + t.replace(" ", "")) if hashed else t for t in tags]
        label_t = rng.choice(("Tag:", "Tags", "Topik", ""))
        j.also(" ".join(([label_t] if label_t else []) + shown_tags))
        follow.append(f'<div class="{kit("stack")} tags">'
                      + (f"<span>{j(label_t)}</span>" if label_t else "")
                      + "".join(f'<a href="{base}/tag/{slug(t)}" class="{kit("chip")}">{j(x)}</a>'
                                for t, x in zip(tags, shown_tags, strict=True)) + "</div>")
    share_label = rng.choice(("Bagikan:", "Bagikan", "Bagikan berita ini", "Share"))
    networks = [n for n in ("Facebook", "X", "WhatsApp", "Telegram", "LinkedIn")
                if rng.random() < 0.65] or ["WhatsApp"]
    copy_word = rng.choice(("Salin Tautan", "Salin Link", ""))
    toast = ""
    if copy_word and rng.random() < 0.35:
        toast = rng.choice(("Tautan berhasil disalin", "Link disalin!"))
    share_inside = rng.random() < 0.85
    put_s = j if share_inside else escape
    if share_inside and copy_word:
        j.also(f"{share_label} {copy_word}")
    share = (f'<div class="{kit("stack")} share-bar"><span>{put_s(share_label)}</span>' + "".join(
        f'<button type="button" aria-label="Bagikan ke {n}" class="share-{slug(n)}">'
        f"{svg(n)}</button>" for n in networks)
        + (f'<button type="button" class="{kit("button")}">{svg("ContentCopy")}'
           f"{put_s(copy_word)}</button>" if copy_word else "")
        + (f'<div role="status" class="toast sr-only">{put_s(toast)}</div>' if toast else "")
        + "</div>")
    share_top = share_inside and rng.random() < 0.3
    if rng.random() < 0.3:
        line = rng.choice(("Sampaikan aduan Anda melalui SP4N-LAPOR!",
                           "Punya keluhan layanan publik? Laporkan melalui lapor.go.id",
                           f"Hubungi Call Center {short}: 112"))
        follow.append(f'<div class="lapor-box"><p>{j(line)}</p></div>')
    if rng.random() < 0.4:
        back = rng.choice(("Kembali ke Daftar Berita", "← Kembali", "Kembali",
                           "Lihat Berita Lainnya"))
        follow.append(f'<a href="{base}/berita" class="{kit("button")}">{svg("ArrowBack")}{j(back)}'
                      "</a>")

    others = other_texts(rng, text, rng.choice((3, 4, 6)))
    related_inside = rng.random() < 0.3
    put_r = j if related_inside else escape
    related_heading = rng.choice(("Berita Terkait", "Berita Lainnya", "Baca Juga",
                                  "Berita Terbaru"))
    cards = []
    for k, other in enumerate(others):
        other_day = day - timedelta(days=k + rng.randrange(1, 5))
        cards.append(f'<a href="{base}/berita/{slug(other.headline)}" class="{kit("card")}"><img '
                     f'src="https://cdn.{host}/storage/berita/thumb/{token(rng, 16)}.webp" alt="" '
                     f'loading="lazy"><div class="p-4"><h3 class="line-clamp-2 font-semibold">'
                     f'{put_r(other.headline)}</h3><p class="{kit("meta")}">'
                     f"{put_r(_long(other_day, day_name=False))}</p></div></a>")
    if rng.random() < 0.3:
        note = rng.choice(("Memuat...", "Memuat berita terkait...", "Loading..."))
        cards.append(f'<div class="animate-pulse skeleton" aria-busy="true"><div class="h-40 '
                     f'rounded-xl bg-slate-200"></div><span class="sr-only">{put_r(note)}</span>'
                     "</div>")
    related = (f'<section class="related-news mt-10"><h2 class="text-xl font-bold">'
               f'{put_r(related_heading)}</h2><div class="grid gap-6 md:grid-cols-3">'
               f'{"".join(cards)}</div></section>')

    crumbs_inside = rng.random() < 0.3
    put_c = j if crumbs_inside else escape
    crumb_items = ["Beranda", "Berita", rng.choice(("Detail", category, "Detail Berita"))]
    if crumbs_inside:
        j.also(" ".join(crumb_items))
    crumbs = (f'<nav aria-label="breadcrumb" class="{kit("meta")}"><ol class="flex gap-2">'
              + "".join(f'<li><a href="{base}/{slug(c) if c != "Beranda" else ""}">{put_c(c)}'
                        "</a></li>" for c in crumb_items) + "</ol></nav>")

    top = [crumbs if crumbs_inside else "", chip, headline]
    if rng.random() < 0.75:
        top += [chips_html, meta]
    else:
        top += [meta, chips_html]
    if share_top:
        top.append(share)
    top += tools
    if rng.random() < 0.25:
        top.insert(0, image_html)  # a hero picture above the headline
        image_html = ""
    rest = [image_html, body, *follow, share if share_inside and not share_top else "",
            related if related_inside else ""]
    article = (f'<article class="{kit("paper")} news-detail">{"".join(top)}{"".join(rest)}'
               "</article>")

    # the app's state
    content_html = "".join(f"<p>{escape(p)}</p>" for p in text.paragraphs)
    if stamp == "offset":
        machine = _iso(when)
        machine_later = _iso(later)
    else:
        fraction = rng.choice((".000000", ".000", ""))
        machine = _utc_z(when, fraction)
        machine_later = _utc_z(later, fraction)
    record: dict[str, object] = {
        "id": news_id, "judul": text.headline, "slug": s, "isi": content_html,
        "ringkasan": _teaser(rng, text.paragraphs[0]),
        "kategori": {"id": rng.randrange(1, 20), "nama": category, "slug": slug(category)},
        "penulis": {"nama": writer} if show_author or rng.random() < 0.5 else None,
        "dilihat": views, "tags": [{"nama": t} for t in tags],
        "gambar": f"https://cdn.{host}/storage/berita/{token(rng, 24)}.webp",
        "status": "publish", "published_at": machine, "updated_at": machine_later}
    if rng.random() < 0.5:
        record = {("title" if k == "judul" else "content" if k == "isi" else k): v
                  for k, v in record.items()}
    state_script = ""
    inertia_attr = ""
    if stack == "inertia":
        page = {"component": rng.choice(("Berita/Show", "News/Detail", "Public/Berita/Detail")),
                "props": {"errors": {}, "auth": {"user": None}, "berita": record,
                          "terkait": [{"judul": o.headline, "slug": slug(o.headline)}
                                      for o in others],
                          "app": {"name": site, "locale": "id"}},
                "url": url.split(host, 1)[1], "version": token(rng, 32)}
        inertia_attr = f' data-page="{attr(json.dumps(page, ensure_ascii=False))}"'
        if rng.random() < 0.4:
            state_script = (f'<script type="application/json" id="__INITIAL_DATA__">'
                            f"{_script_json({'article': record})}</script>")
    else:
        state = {"article": record, "related": [{"title": o.headline, "slug": slug(o.headline)}
                                                for o in others],
                 "site": {"name": site, "timezone": {"WIB": "Asia/Jakarta",
                                                     "WITA": "Asia/Makassar",
                                                     "WIT": "Asia/Jayapura"}[zone]},
                 "prerendered": True}
        state_script = (f'<script type="application/json" id="__INITIAL_DATA__">'
                        f"{_script_json(state)}</script>")

    # the head
    title = rng.choice((f"{text.headline} | {site}", f"{text.headline} - {site}",
                        f"{text.headline} | {site}", site, f"Berita | {site}",
                        f"Detail Berita - {site}", f"{text.headline} - Berita {short}"))
    rh = ' data-rh="true"' if stack != "inertia" and rng.random() < 0.7 else (
        " inertia" if stack == "inertia" else "")
    head: list[str] = []
    if rng.random() < 0.6:
        head += [f'<meta{rh} property="og:title" content="{attr(text.headline)}">',
                 f'<meta{rh} property="og:type" content="article">',
                 f'<meta{rh} property="og:url" content="{attr(url)}">',
                 f'<meta{rh} property="og:site_name" content="{attr(site)}">']
        if rng.random() < 0.5:
            head.append(f'<meta{rh} property="article:published_time" content="{machine}">')
    if rng.random() < 0.3:
        ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                                 "headline": text.headline, "datePublished": machine,
                                 "dateModified": machine_later,
                                 "publisher": {"@type": "GovernmentOrganization", "name": name}}
        if author:
            office = writer.split()[0] in ("Dinas", "Diskominfo", "Biro", "Humas", "Tim",
                                           "Prokopim")
            ld["author"] = {"@type": "Organization" if office else "Person", "name": writer}
        head.append(_ld(ld))
    if rng.random() < 0.5:
        head.append(f'<meta{rh} name="description" content="'
                    f'{attr(_teaser(rng, text.paragraphs[0]))}">')

    # the shell around it
    menu = ("Beranda", "Profil", "Berita", "Layanan Publik", "PPID", "Galeri", "Kontak")
    nav = "".join(f'<a href="{base}/{slug(m) if m != "Beranda" else ""}" class="nav-link">'
                  f"{escape(m)}</a>" for m in menu)
    translate_bar = "" if translate_inside else (
        f'<div class="translate-bar">{translate}</div>' if rng.random() < 0.6 else "")
    header = (f'<header class="sticky top-0 z-40 bg-white/90 backdrop-blur"><div class="'
              f'{kit("container")} flex h-16 items-center justify-between"><a href="{base}/" '
              f'class="logo"><img src="/logo-{slug(short)}.svg" alt="{attr(site)}"></a><nav '
              f'class="hidden gap-6 md:flex">{nav}</nav><button type="button" aria-label="Cari">'
              f"{svg('Search')}</button></div>{translate_bar}</header>")
    a11y = ""
    if rng.random() < 0.7:
        a11y = (f'<div class="a11y-widget fixed bottom-24 left-4"><button type="button" '
                f'aria-label="Aksesibilitas" class="rounded-full">{svg("Accessibility")}'
                '<span class="sr-only">Aksesibilitas</span></button><div class="a11y-panel '
                'hidden"><p>Menu Aksesibilitas</p><ul>' + "".join(
                    f"<li><button type=\"button\">{escape(x)}</button></li>"
                    for x in rng.sample(_A11Y, rng.randrange(4, len(_A11Y) + 1)))
                + "</ul></div></div>")
    chatbot = ""
    if rng.random() < 0.6:
        greet = rng.choice((f"Halo! Saya {sobat}, ada yang bisa dibantu?",
                            "Halo 👋 Ada yang bisa kami bantu?",
                            f"Selamat datang di layanan {short}."))
        chatbot = (f'<div class="chatbot-bubble fixed bottom-4 right-4"><button type="button" '
                   f'class="rounded-full bg-sky-600 text-white">Tanya {escape(sobat)}</button>'
                   f'<div class="chatbot-window hidden"><p>{escape(greet)}</p><input type="text" '
                   'placeholder="Ketik pertanyaan Anda..."></div></div>')
    footer = (f'<footer class="bg-slate-900 text-slate-300"><div class="{kit("container")} py-10">'
              f"<p>{escape(name)}</p><p>Dikelola oleh Dinas Komunikasi, Informatika dan Statistik"
              f"</p><p>&copy; {day.year} {escape(short)}. Hak Cipta Dilindungi.</p></div></footer>")
    aside = (f'<aside class="space-y-6"><div class="{kit("card")} p-4"><h3>Berita Populer</h3><ol>'
             + "".join(f'<li><a href="{base}/berita/{slug(o.headline)}">{escape(o.headline)}</a>'
                       "</li>" for o in other_texts(rng, text, 4)) + "</ol></div></aside>")
    main = (f'<main class="{kit("container")} py-8">{"" if crumbs_inside else crumbs}<div class='
            f'"grid gap-8 lg:grid-cols-[1fr_320px]"><div>{article}'
            f'{"" if related_inside else related}{"" if share_inside else share}</div>{aside}'
            "</div></main>")
    app = f"{header}{main}{footer}{a11y}{chatbot}"
    if stack == "inertia":
        mount = f'<div id="app"{inertia_attr}>{app}</div>'
        scripts = (f'<script type="module" src="/build/assets/app-{token(rng, 8)}.js"></script>')
        head_extra = (f'<link rel="preload" as="style" href="/build/assets/app-{token(rng, 8)}'
                      '.css">'
                      f'<link rel="modulepreload" href="/build/assets/app-{token(rng, 8)}.js">')
        title_tag = f"<title inertia>{escape(title)}</title>"
    else:
        mount = f'<div id="root">{app}</div>'
        scripts = (f'<script type="module" crossorigin src="/assets/index-{token(rng, 8)}.js">'
                   "</script>")
        head_extra = f'<link rel="stylesheet" crossorigin href="/assets/index-{token(rng, 8)}.css">'
        title_tag = f"<title{rh if rh.startswith(' data') else ''}>{escape(title)}</title>"
        if stack == "mui":
            head_extra += ''.join(f'<style data-emotion="css {token(rng, 7)}">.{css()}{{margin:0;'
                                  "}</style>" for _ in range(rng.randrange(1, 4)))
    noscript = rng.choice(("<noscript>You need to enable JavaScript to run this app.</noscript>",
                           "<noscript>Aktifkan JavaScript untuk membuka portal ini.</noscript>",
                           ""))
    html = f"""<!doctype html>
<html lang="id">
<head>
<meta charset="UTF-8">
<link rel="icon" type="image/svg+xml" href="/favicon.svg">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{title_tag}
{"".join(head)}
{head_extra}
</head>
<body class="antialiased">
{noscript}{mount}
{state_script}{scripts}
<script src="https://translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
</body>
</html>"""
    return url, html, Truth(text.headline, text.paragraphs, when if timed else day, author, site,
                            tuple(j.lines))


def _react_listing(rng: random.Random, text: Text, stack: str, site: str, base: str, zone: str,
                   category: str) -> tuple[str, str, Truth]:
    """The portal's news index: cards, a pager, and the list again in the state."""
    day = when_in(rng, zone).date()
    heading = rng.choice(("Berita", "Berita Terkini", f"Kategori: {category}", category,
                          "Semua Berita", "Siaran Pers"))
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    cards = "".join(
        f'<a href="{base}/berita/{slug(o.headline)}" class="group rounded-xl border bg-white"><img '
        f'src="{base}/storage/thumb/{token(rng, 12)}.webp" alt=""><div class="p-4"><span class="'
        f'text-xs text-slate-500">{_long(d, day_name=False)}</span><h3 class="font-semibold">'
        f'{escape(o.headline)}</h3><p class="text-sm">{escape(_teaser(rng, o.paragraphs[0]))}</p>'
        "</div></a>" for o, d in shown)
    state = {"list": [{"title": o.headline, "slug": slug(o.headline),
                       "published_at": f"{d.isoformat()}T02:00:00.000000Z"} for o, d in shown],
             "page": 1, "total": rng.randrange(100, 4000)}
    url = f"{base}/{rng.choice(('berita', 'news', 'berita?kategori=' + slug(category)))}"
    mount = "app" if stack == "inertia" else "root"
    html = f"""<!doctype html>
<html lang="id"><head><meta charset="UTF-8"><title>{escape(heading)} | {escape(site)}</title>
</head><body><div id="{mount}"><header><a href="{base}/">{escape(site)}</a></header>
<main class="mx-auto max-w-7xl"><h1 class="text-3xl font-bold">{escape(heading)}</h1>
<div class="grid gap-6 md:grid-cols-3">{cards}</div><nav class="pagination"><button>Sebelumnya
</button><button>1</button><button>2</button><button>Berikutnya</button></nav></main>
<footer>&copy; {day.year} {escape(site)}</footer></div>
<script type="application/json" id="__INITIAL_DATA__">{_script_json(state)}</script>
</body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)



# -- 4. a lite or mobile page of an outlet or a government site -----------------------------

# (kind, name, host of the mobile page, zone, city, dateline tag)
_LITE_SITES = (
    ("outlet", "Timor Express", "m.timexkupang.com", "WITA", "Kupang", "TIMEX"),
    ("outlet", "Papua Pos", "m.papuapos.co.id", "WIT", "Jayapura", "PAPUAPOS"),
    ("outlet", "Radar Ambon", "m.radarambon.id", "WIT", "Ambon", "RA"),
    ("outlet", "Kabar Sulbar", "m.kabarsulbar.id", "WITA", "Mamuju", "KS"),
    ("outlet", "Riau Pos", "m.riaupos.id", "WIB", "Pekanbaru", "RIAUPOS.CO"),
    ("outlet", "Babel Today", "m.babeltoday.id", "WIB", "Pangkalpinang", "BT"),
    ("outlet", "Berita Lombok", "lite.beritalombok.com", "WITA", "Mataram", "BL"),
    ("outlet", "Suara Maluku", "m.suaramaluku.id", "WIT", "Ambon", "SM"),
    ("outlet", "Jambi Independent", "m.jambiindependent.co.id", "WIB", "Jambi", "JI"),
    ("outlet", "Kabar Halmahera", "lite.kabarhalmahera.com", "WIT", "Tobelo", "KH"),
    ("outlet", "Sumba Pos", "m.sumbapos.id", "WITA", "Waingapu", "SP"),
    ("outlet", "Borneo Pos", "m.borneopos.co.id", "WITA", "Samarinda", "BP"),
    ("gov", "Pemerintah Kabupaten Alor", "m.alorkab.go.id", "WITA", "Kalabahi", ""),
    ("gov", "Pemerintah Kabupaten Kepulauan Aru", "m.kepulauanarukab.go.id", "WIT", "Dobo", ""),
    ("gov", "Pemerintah Kabupaten Bengkayang", "lite.bengkayangkab.go.id", "WIB", "Bengkayang",
     ""),
    ("gov", "Pemerintah Kota Palangka Raya", "m.palangkaraya.go.id", "WIB", "Palangka Raya", ""),
    ("gov", "Pemerintah Kabupaten Sumbawa", "m.sumbawakab.go.id", "WITA", "Sumbawa Besar", ""),
    ("gov", "Pemerintah Kabupaten Fakfak", "m.fakfakkab.go.id", "WIT", "Fakfak", ""),
    ("gov", "Pemerintah Kabupaten Nias Selatan", "m.niasselatankab.go.id", "WIB", "Teluk Dalam",
     ""),
    ("gov", "Pemerintah Kabupaten Boven Digoel", "m.bovendigoelkab.go.id", "WIT", "Tanah Merah",
     ""),
    ("gov", "Pemerintah Kabupaten Buton Utara", "m.butonutarakab.go.id", "WITA", "Buranga", ""),
)
_LITE_SECTIONS = ("Berita", "Daerah", "Pemerintahan", "Ekonomi", "Hukum", "Politik",
                  "Pendidikan", "Kesehatan", "Olahraga", "Sosial")
_LITE_DATE_ONLY = ("date_day", "date_plain", "date_dash", "date_slash")


def _lite_date(form: str, when: datetime, zone: str) -> str:
    day = when.date()
    return {
        "slash_wib": f"{day:%d/%m/%Y} {when:%H:%M}",
        "slash_zone": f"{day:%d/%m/%Y} {when:%H:%M} {zone}",
        "dots_zone": f"{day:%d.%m.%Y} | {when:%H:%M} {zone}",
        "long_zone": f"{_long(day, day_name=False)} - {when:%H:%M} {zone}",
        "en_zone": f"{DAYS_EN[day.weekday()][:3]}, {day.day} {MONTHS_EN[day.month - 1][:3]} "
                   f"{day.year} {when:%H:%M} {zone}",
        "jam": f"{_long(day)}, jam {when:%H.%M} {zone}",
        "date_day": _long(day),
        "date_plain": _long(day, day_name=False),
        "date_dash": f"{day:%d-%m-%Y}",
        "date_slash": f"{day:%d/%m/%Y}",
    }[form]


def mobile_amp_lite(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """The mobile or lite page of an outlet or a government site: an ``m.`` or ``lite.``
    host with the desktop page as its canonical; old WAP-like markup (``<center>``,
    ``<font size>``, a table), a single ``<div>`` with inline styles whose paragraphs
    are ``<br>``-separated, a plain mobile template, or an AMP-like reader template
    (``amp-wp-`` classes, no AMP runtime); a headline in an ``h1``, in ``<font><b>``
    or a styled ``div``, or only in ``<title>`` and a bold line; short meta lines
    ("12/05/2024 09:13", "2 jam lalu" beside a stamp, "Oleh: X | ..."), "Advertisement"
    between paragraphs, "Baca juga:", a dateline, captions in ``<i>``, "Dibaca: 1.234
    kali", an article split over pages ("Halaman 1 2 3 Selanjutnya") or cut short with
    "Baca selengkapnya di versi desktop", "Share: WA | FB | Twitter" links, "Komentar
    (0)", "Berita Lainnya" with "»" bullets, and a bottom bar ("Kembali ke atas",
    "Versi Desktop", "Beranda") beside or inside the article's block."""
    kind, name, host, zone, city, tag = rng.choice(_LITE_SITES)
    site = name if kind == "outlet" else rng.choice((
        name, name.replace("Pemerintah Kabupaten", "Pemkab").replace("Pemerintah Kota", "Pemkot")))
    base = f"https://{host}"
    desktop = f"https://www.{host.split('.', 1)[1]}"
    section = rng.choice(_LITE_SECTIONS)
    s = slug(text.headline)
    news_id = rng.randrange(1000, 10**6)
    path = rng.choice((f"/read/{news_id}/{s}", f"/berita/{news_id}-{s}.html", f"/{s}",
                       f"/index.php?mod=berita&id={news_id}", f"/{slug(section)}/{news_id}/{s}"))
    url = base + path
    style = rng.choice(("wap", "wap", "lite", "lite", "mobile", "mobile", "ampish"))
    if rng.random() < 1 / 8:
        return _lite_listing(rng, text, style, site, base, zone, section)

    forms = ["slash_zone", "dots_zone", "long_zone", "en_zone", "jam", "date_day", "date_plain",
             "date_dash", "date_slash", "ago"]
    if zone == "WIB":
        forms += ["slash_wib", "slash_wib", "slash_wib"]
    form = rng.choice(forms)
    stamp = rng.choice(("offset", "utc", "none", "none"))
    if form == "ago":
        stamp = "offset"
    printed_time = form not in _LITE_DATE_ONLY and form != "ago"
    timed = printed_time or stamp == "offset"
    when = when_in(rng, zone, seconds=stamp != "none" and rng.random() < 0.5,
                   office_hours=not timed)
    day = when.date()
    j = Junk()

    # pages, or a page cut short for slow connections
    shown, page_no, pages = _split(rng, text.paragraphs, 0.28)
    cut = False
    if pages == 1 and len(text.paragraphs) >= 5 and rng.random() < 0.15:
        shown = list(text.paragraphs[: rng.randrange(2, 5)])
        cut = True
    if page_no > 1:
        url += ("&" if "?" in url else "?") + f"page={page_no}"

    # the headline and the meta line
    look = rng.choice({"wap": ("font", "font", "center_b", "h1_font", "title_only"),
                       "lite": ("styled_div", "styled_div", "h1_inline", "b_br", "title_only"),
                       "mobile": ("h1", "h1", "h2", "styled_div"),
                       "ampish": ("amp_h1", "amp_h1", "h2")}[style])
    h = escape(text.headline)
    if look == "font":
        headline = f'<font size="4" color="#003366"><b>{h}</b></font><br>'
    elif look == "center_b":
        headline = f"<center><b>{h}</b></center>"
    elif look == "h1_font":
        headline = f'<h1 style="margin:4px 0"><font size="4">{h}</font></h1>'
    elif look == "title_only":
        headline = (f'<div style="font-weight:bold;font-size:17px;line-height:1.3;margin:6px 0">{h}'
                    "</div>")
    elif look == "styled_div":
        headline = f'<div style="font-size:20px;font-weight:700;color:#111;margin:8px 0">{h}</div>'
    elif look == "h1_inline":
        headline = f'<h1 style="font-size:19px;margin:6px 0 4px">{h}</h1>'
    elif look == "b_br":
        headline = f"<b style=\"font-size:18px\">{h}</b><br>"
    elif look == "amp_h1":
        headline = f'<h1 class="amp-wp-title">{h}</h1>'
    else:
        headline = f'<h2 class="title">{h}</h2>'

    writer = (_person(rng) if kind == "outlet" else
              rng.choice(("Admin", "Humas Setda", "Bagian Prokopim", "Diskominfo", _person(rng))))
    show_author = rng.random() < 0.7
    author: str | None = writer if show_author else None
    if form == "ago":
        hours = rng.randrange(1, 23)
        printed = rng.choice((f"{hours} jam lalu", f"{hours} jam yang lalu", f"{hours}j lalu"))
    else:
        printed = _lite_date(form, when, zone)
    by_word = rng.choice((f"Oleh: {writer}", writer, f"Penulis: {writer}", f"Reporter: {writer}"))
    views = rng.randrange(3, 30000)
    meta_items: list[str] = []
    if show_author and rng.random() < 0.6:
        meta_items.append(by_word)
        show_by_alone = False
    else:
        show_by_alone = show_author
    meta_items.append(printed)
    if rng.random() < 0.35:
        meta_items.append(rng.choice((f"Dibaca: {thousands(views)} kali", f"{thousands(views)}x",
                                      f"Hits: {views}")))
    if rng.random() < 0.25:
        meta_items.append(section)
    glue = rng.choice((" | ", " - ", " · "))
    machine = _iso(when) if stamp == "offset" else _utc_z(when) if stamp == "utc" else ""
    use_time = machine and rng.random() < 0.35
    if style == "ampish":
        bits = []
        for item in meta_items:
            if item == printed and use_time:
                bits.append(f'<time datetime="{machine}">{j(item)}</time>')
            else:
                bits.append(f"<span>{j(item)}</span>")
        if len(meta_items) > 1:
            j.also(glue.join(meta_items))
        meta = (f'<div class="amp-wp-meta amp-wp-byline">{escape(glue).join(bits)}</div>')
    else:
        line = glue.join(meta_items)
        inner_meta = j(line)
        if use_time:
            inner_meta = f'<time datetime="{machine}">{inner_meta}</time>'
        if style == "wap":
            meta = f'<font color="#888888" size="1">{inner_meta}</font><br>'
        elif style == "lite":
            meta = f'<div style="color:#777;font-size:12px;margin-bottom:8px">{inner_meta}</div>'
        else:
            meta = f'<div class="meta">{inner_meta}</div>'
    byline_alone = ""
    if show_by_alone:
        byline_alone = (f'<div style="font-size:12px"><i>{j(by_word)}</i></div>' if style != "wap"
                        else f'<font size="1"><i>{j(by_word)}</i></font><br>')

    # the picture
    image_html = ""
    if rng.random() < 0.6 and page_no == 1:
        src = f"{base}/img/{rng.choice(('thumb', 'small', 'lite'))}/{token(rng, 14)}.jpg"
        caption = ""
        if rng.random() < 0.6:
            who = rng.choice(("Bupati", "Wali Kota", "Wakil Bupati", "Sekda", "Camat", "Warga"))
            credit = rng.choice((f"Foto: {site}", f"Foto: {writer}", "(Ist)", "Foto: Istimewa"))
            caption_line = f"{who} {city} {rng.choice(_ACTS)}. {credit}"
            caption = (f'<br><i><font size="1">{j(caption_line)}</font></i>' if style == "wap"
                       else f'<div style="font-size:11px;color:#666"><i>{j(caption_line)}</i>'
                       "</div>")
        width = rng.choice(("100%", "300", "320"))
        image_html = (f'<div style="text-align:center"><img src="{src}" width="{width}" '
                      f'alt="{attr(text.headline)}" style="max-width:100%">{caption}</div>')

    # the text
    dateline = ""
    if page_no == 1 and rng.random() < (0.6 if kind == "outlet" else 0.35):
        dateline = (rng.choice((f"{city.upper()}, {tag} -", f"{city.upper()}, {tag}--",
                                f"{city.upper()} -")) if tag else
                    rng.choice((f"{city.upper()} -", f"{city} -", f"{city.upper()}, HUMAS -")))
    br = style in ("wap", "lite") and rng.random() < 0.8
    ad_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 1, 1, 2)))}
    baca_after = {rng.randrange(len(shown)) for _ in range(rng.choice((0, 0, 1)))}
    ad_word = rng.choice(("Advertisement", "ADVERTISEMENT", "- Advertisement -", "Iklan",
                          "Scroll ke bawah untuk lanjut membaca"))
    parts: list[str] = []
    for n, paragraph in enumerate(shown):
        words = escape(paragraph)
        if n == 0 and dateline:
            words = f"<b>{j(dateline)}</b> {words}"
        if br:
            parts.append(words if style == "lite" else f'<font size="2">{words}</font>')
        elif style == "ampish":
            parts.append(f"<p>{words}</p>")
        else:
            parts.append(f'<p style="margin:0 0 10px">{words}</p>')
        if n == len(shown) - 1:
            break
        if n in ad_after:
            ad = (f'<center><small style="color:#999">{j(ad_word)}</small><br><ins class="'
                  f'adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-'
                  f'client="ca-pub-{rng.randrange(10**15, 10**16)}"></ins></center>')
            parts.append(ad)
        if n in baca_after:
            other = other_texts(rng, text, 1)[0]
            label = rng.choice(("Baca juga:", "Baca Juga:", "BACA JUGA:"))
            j.also(f"{label} {other.headline}")
            insert = (f'<b>{j(label)}</b> <a href="{base}/read/{rng.randrange(1000, 10**6)}/'
                      f'{slug(other.headline)}">{j(other.headline)}</a>')
            parts.append(insert if br else f"<p>{insert}</p>")
    if br:
        body_html = "<br><br>".join(parts)
        # an ad's <center> is a block of its own: no breaks need to stand around it
        body_html = body_html.replace("<br><br><center>", "<center>").replace(
            "</center><br><br>", "</center>")
    else:
        body_html = "".join(parts)
    last_page = page_no == pages and not cut
    sign = ""
    if last_page and rng.random() < 0.35:
        code = rng.choice((f"({_initials(writer)})", f"({tag.lower() or 'hms'})",
                           f"({_initials(writer)}/{tag.lower() or 'hms'})"))
        sign = (f"<br><br>{j(code)}" if br else f"<p>{j(code)}</p>")
    more = ""
    if cut:
        line = rng.choice(("Baca selengkapnya di versi desktop", "Baca selengkapnya »",
                           "Lanjutkan membaca di versi desktop",
                           "Artikel lengkap dapat dibaca di versi desktop"))
        more = (f'<div style="margin:10px 0;text-align:center"><a href="{desktop}{path}" '
                f'style="display:block;padding:8px;background:#eee">{j(line)}</a></div>')
    body_cls = {"wap": "isi", "lite": "content", "mobile": "article-body",
                "ampish": "amp-wp-article-content"}[style]
    body = f'<div class="{body_cls}">{body_html}{sign}</div>'

    # pages
    pager = ""
    if pages > 1:
        look_p = rng.choice(("words", "pipes", "next"))
        cut_url = url.split("?page=")[0].split("&page=")[0]
        joiner = "&" if "?" in cut_url else "?"
        if look_p == "words":
            items = ["Halaman"] + [str(k) for k in range(1, pages + 1)]
            if page_no < pages:
                items.append("Selanjutnya")
            pager = ('<div class="paging" style="text-align:center;margin:10px 0">' + _pieced(
                j, items, " ", f'<a href="{cut_url}{joiner}page={{s}}">{{x}}</a>') + "</div>")
        elif look_p == "pipes":
            items = [f"Hal: {' | '.join(str(k) for k in range(1, pages + 1))}"]
            if page_no < pages:
                items.append("Next »")
            pager = ('<center class="paging">' + _pieced(
                j, items, " ", '<span>{x}</span>') + "</center>")
        else:
            line = (rng.choice(("Selanjutnya »", "Halaman berikutnya »")) if page_no < pages
                    else "« Halaman sebelumnya")
            pager = (f'<div class="paging"><a href="{cut_url}{joiner}page='
                     f'{page_no + 1 if page_no < pages else page_no - 1}">{j(line)}</a></div>')

    # what follows
    follow: list[str] = []
    if rng.random() < 0.55:
        names = [n for n in ("WA", "FB", "Twitter", "Telegram") if rng.random() < 0.7] or ["WA"]
        if rng.random() < 0.5:
            names = [{"WA": "WhatsApp", "FB": "Facebook"}.get(n, n) for n in names]
        lead = rng.choice(("Share:", "Bagikan:", "Bagikan"))
        j.also(f"{lead} {' | '.join(names)}")
        j.also(" | ".join(names))
        follow.append(f'<div class="share" style="margin:8px 0">{j(lead)} ' + " | ".join(
            f'<a href="#" style="color:#06c">{j(n)}</a>' for n in names) + "</div>")
    if rng.random() < 0.3:
        chosen = rng.sample((*_TAGS, city.lower(), section.lower()), rng.randrange(2, 5))
        j.also("Tag: " + ", ".join(chosen))
        follow.append(f'<div class="tags"><small>{j("Tag:")} ' + ", ".join(
            f'<a href="{base}/tag/{slug(t)}">{j(t)}</a>' for t in chosen) + "</small></div>")
    if rng.random() < 0.3:
        count = rng.choice((0, 0, 1, 2, 5))
        line = rng.choice((f"Komentar ({count})", f"{count} Komentar", "Kirim Komentar"))
        follow.append(f'<div class="comments-link"><a href="{base}/komentar/{news_id}">'
                      f"{j(line)}</a></div>")
    if rng.random() < 0.2:
        follow.append(f'<div><a href="#">{j(rng.choice(("Kirim ke teman", "Cetak", "Laporkan")))}'
                      "</a></div>")
    related_inside = rng.random() < 0.35
    put_r = j if related_inside else escape
    related_heading = rng.choice(("Berita Lainnya:", "Berita Terkait", "Baca Juga", "Terkini:"))
    rel_items = []
    bullet = rng.choice(("» ", "» ", "- ", ""))
    for other in other_texts(rng, text, rng.randrange(3, 7)):
        if bullet and put_r is j:
            j.also(f"{bullet}{other.headline}")
        rel_items.append(f'{bullet}<a href="{base}/read/{rng.randrange(1000, 10**6)}/'
                         f'{slug(other.headline)}">{put_r(other.headline)}</a><br>')
    related = (f'<div class="related" style="margin-top:12px"><b>{put_r(related_heading)}</b><br>'
               f'{"".join(rel_items)}</div>')

    bar_words = [w for w in ("Beranda", "Kembali ke atas", "Versi Desktop", "Indeks", "Menu")
                 if rng.random() < 0.6] or ["Versi Desktop"]
    bar_inside = rng.random() < 0.25
    bar_links = {"Beranda": f"{base}/", "Kembali ke atas": "#top", "Versi Desktop": desktop + path,
                 "Indeks": f"{base}/indeks", "Menu": "#menu"}
    put_b = j if bar_inside else escape
    if bar_inside and len(bar_words) > 1:
        j.also(" | ".join(bar_words))
    bar = ('<div class="bottom-bar" style="' + ("" if bar_inside else
                                                "position:fixed;bottom:0;left:0;right:0;")
           + 'background:#222;color:#fff;text-align:center;padding:6px;font-size:13px">'
           + " | ".join(f'<a href="{bar_links[w]}" style="color:#fff">{put_b(w)}</a>'
                        for w in bar_words) + "</div>")

    label = ""
    if rng.random() < 0.35:
        label = (f'<font size="1" color="#c00"><b>{j(section.upper())}</b></font><br>'
                 if style == "wap" else
                 f'<div style="font-size:11px;color:#c00;text-transform:uppercase">{j(section)}'
                 "</div>")
    meta_after = rng.random() < 0.2
    pieces = [label, headline, "" if meta_after else meta, byline_alone, image_html, body, more,
              pager, "" if not meta_after else meta, *follow,
              related if related_inside else "", bar if bar_inside else ""]
    block = "".join(pieces)
    if style == "wap":
        article = (f'<table width="100%" cellpadding="3" cellspacing="0"><tr><td>{block}</td></tr>'
                   "</table>")
    elif style == "lite":
        article = (f'<div id="content" style="padding:8px;font-family:Arial,sans-serif">{block}'
                   "</div>")
    elif style == "mobile":
        article = f'<div class="article">{block}</div>'
    else:
        article = (f'<article class="amp-wp-article"><header class="amp-wp-article-header">'
                   f"{label}{headline}{meta}</header>{byline_alone}{image_html}{body}{more}{pager}"
                   f'<footer class="amp-wp-article-footer">{"".join(follow)}</footer>'
                   f'{related if related_inside else ""}{bar if bar_inside else ""}</article>')

    # the page around it
    short_site = site.replace("Pemerintah Kabupaten ", "Kab. ").replace("Pemerintah Kota ", "Kota ")
    if look == "title_only":
        title = rng.choice((f"{text.headline} - {site}", f"{text.headline} | {host}",
                            f"{site} Mobile - {text.headline}"))
    else:
        title = rng.choice((f"{text.headline} - {site}", f"{text.headline} | {host}",
                            f"{site} Mobile - {text.headline}", f"{text.headline} - {short_site}",
                            f"{site} - Versi Lite", site, f"{text.headline} :: {site}"))
    if page_no > 1 and rng.random() < 0.5:
        title = f"{text.headline} (Halaman {page_no}) - {site}"
    head = [f'<link rel="canonical" href="{desktop}{path}">']
    if rng.random() < 0.5:
        head += [f'<meta property="og:title" content="{attr(text.headline)}">',
                 f'<meta property="og:url" content="{desktop}{path}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if machine and (not use_time or rng.random() < 0.4):
        head.append(rng.choice((f'<meta property="article:published_time" content="{machine}">',
                                f'<meta name="pubdate" content="{machine}">',
                                f'<meta itemprop="datePublished" content="{machine}">')))
    if rng.random() < 0.3:
        head.append(f'<meta name="description" content="{attr(_teaser(rng, text.paragraphs[0]))}">')
    top_bar = (f'<div style="background:#036;color:#fff;padding:6px"><a href="{base}/" '
               f'style="color:#fff;font-weight:bold">{escape(site)}</a> <small>{escape(city)}'
               f"</small></div>")
    if style == "wap":
        top_bar = (f'<center><a href="{base}/"><img src="{base}/logo_m.gif" alt="{attr(site)}">'
                   f'</a><br><font size="1"><a href="{base}/">Home</a> | <a href="{base}/'
                   f'{slug(section)}">{escape(section)}</a> | <a href="{base}/indeks">Indeks</a>'
                   "</font></center><hr size=\"1\">")
    elif style == "ampish":
        top_bar = (f'<header id="top" class="amp-wp-header"><div><a href="{base}/">{escape(site)}'
                   "</a></div></header>")
    footer = ('<div class="footer" style="text-align:center;font-size:11px;color:#666;'
              f'padding:10px"><a href="{desktop}/">Versi Desktop</a> | <a href="{base}/redaksi">'
              "Redaksi</a><br>"
              f"&copy; {day.year} {escape(site)}</div>")
    css = ""
    if style in ("mobile", "ampish"):
        css = ("<style>body{margin:0;font-family:Helvetica,Arial,sans-serif;font-size:16px}"
               ".article,.amp-wp-article{padding:10px}.meta,.amp-wp-meta{color:#777;font-size:12px}"
               "</style>")
    html = f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{escape(title)}</title>
{"".join(head)}
{css}
</head>
<body{' bgcolor="#ffffff"' if style == "wap" else ""}{"" if style == "ampish" else ' id="top"'}>
{top_bar}
{article}
{"" if related_inside else related}
{footer}
{"" if bar_inside else bar}
</body>
</html>"""
    published: datetime | date = when if timed else day
    return url, html, Truth(text.headline, tuple(shown), published, author, site, tuple(j.lines))


def _lite_listing(rng: random.Random, text: Text, style: str, site: str, base: str, zone: str,
                  section: str) -> tuple[str, str, Truth]:
    """A mobile index: a list of headlines with a short date, and "Selanjutnya"."""
    day = when_in(rng, zone).date()
    heading = rng.choice((section, f"Berita {section}", "Indeks Berita", "Terkini", "Berita"))
    shown = listing_items(rng, text, day, rng.randrange(6, 15))
    items = "".join(
        f'<div style="border-bottom:1px solid #ddd;padding:6px 0"><a href="{base}/read/'
        f'{rng.randrange(1000, 10**6)}/{slug(o.headline)}"><b>{escape(o.headline)}</b></a><br>'
        f'<font size="1" color="#888">{d:%d/%m/%Y}</font></div>' for o, d in shown)
    url = f"{base}/{rng.choice((slug(section), 'indeks', 'terkini'))}"
    html = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{escape(heading)} - {escape(site)}</title></head><body class="{style}">
<div style="background:#036;color:#fff;padding:6px"><a href="{base}/">{escape(site)}</a></div>
<div style="padding:8px"><h1 style="font-size:18px">{escape(heading)}</h1>{items}
<center><a href="{url}?page=2">Selanjutnya »</a></center></div>
<div style="text-align:center;font-size:11px">&copy; {day.year} {escape(site)}</div>
</body></html>"""
    return url, html, Truth(heading, (), shown[0][1], None, site, (), article=False)


FAMILIES: dict[str, Family] = {
    "kompasiana-ugc": kompasiana_ugc, "epaper-regional": epaper_regional,
    "gov-portal-react": gov_portal_react, "mobile-amp-lite": mobile_amp_lite}
