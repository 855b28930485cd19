"""A fourteenth set of held-out layout families, written without sight of the extraction rules.

A national or regional outlet's article with a summary box at its top ("Ringkasan Berita",
"Poin Penting", "Intisari", "Ringkasan AI": three to five bullets restating the article's
sentences, an AI disclaimer, "Apakah ringkasan ini membantu?"), a reading time ("Waktu baca
3 menit"), font-size controls ("Ukuran Teks A- A+"), a "Dengarkan artikel ini" player, topic
chips, "Ikuti kami di Google News" and a syndication note ("Artikel ini telah tayang di ...
dengan judul ..."), in JNews-, tagDiv-, Next.js- or custom portal templates; an interview
(wawancara, tanya jawab) from a regional outlet or a regional government's magazine
(majalah, buletin, tabloid): an intro, a line leading into the questions, then questions and
answers ("Tanya: ..." / "Jawab: ...", "T:" / "J:", the outlet's initials and the
interviewee's name, bold or italic question lines), a profile box of the interviewee (name,
office, birth, schooling, career) and pull quotes repeating one of the answers' sentences,
inside the article's container; a news or government site's mobile template on an ``m.`` or
``mobile.`` host (jQuery Mobile pages, a mobile news theme, a government's mobile portal, a
React app with hashed class names) with sticky bars, ad slots between the paragraphs
("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Iklan", "Geser ke bawah untuk
melanjutkan"), app prompts ("Baca lebih nyaman di aplikasi"), "Lanjutkan membaca", a
swipe-next strip, "Lihat versi desktop" and a ``<link rel="canonical">`` to the desktop
page; and a government office's report of figures (BPS' inflation, population and poverty
releases, a BPKAD's budget realisation, a KPU's vote count, a Dinkes' stunting figures)
whose body holds HTML tables (a WordPress block table, a Bootstrap table, a CKEditor table,
a DataTables table) and bulleted or numbered lists between its text paragraphs, with "Unduh
data (XLSX, 38 KB)" links, chart placeholders ("Grafik: ..."), "Sumber data: ..." lines and
an "Infografis" embed. They were written by a session that never read the extractor nor ran
it, from what such pages look like, and committed before any rule was run on them: never
tune a rule on them. Each takes a seeded ``random.Random`` and a real ``Text`` and returns
the page's URL, its HTML and its ``Truth``; every furniture line put inside the article
container (the block that holds the headline, the meta lines and the paragraphs) is in the
truth's ``junk``, whole and piece by piece where the page renders it from several elements.
About one call in eight gives a section's listing page instead (``Truth.article`` false),
whose title is the section's heading.

Conventions. A summary box is junk, all of it: its heading, each bullet (a paragraph's first
sentence, cut short when long, never a paragraph whole), its disclaimer, its feedback
question and buttons, its toggle; so are the reading time, the font-size controls, the
player (its name, button and clock), the topic chips and their label, "Baca juga" lines, ad
labels, follow prompts and the syndication note with its partner's name (the note's quoted
headline is the page's title and not recorded on its own). An interview's body is its intro,
the line that leads into the questions, the questions and the answers: a question's or an
answer's paragraph is its text as printed, its speaker's label with it ("Tanya: Bagaimana
...", "PP: Apa ...", "Harun: Kami ..."), and a bold or italic question line is a paragraph
like any other. Its kicker ("Wawancara Khusus"), its magazine's edition line ("Edisi 14 /
Tahun III / Juli 2024"), "Rubrik: Wawancara", the profile box (its heading, each row whole
and its label and value, each item of a row's list), pull quotes (the quoted sentence and
its attribution), a photo's caption, "Unduh edisi ..." and the editor's note ("Wawancara ini
telah disunting ...") are junk. On a mobile page the ad slots' labels, "Geser ke bawah untuk
melanjutkan", the app prompt's lines and buttons, "Lanjutkan membaca", the share bar, the
swipe-next strip (its label and the next headline), "Lihat versi desktop" and a relative
time ("3 jam lalu") are junk when they stand inside the article's block, and nothing when
they stand in the page's sticky bars, a bottom sheet or the footer; the paragraphs behind
"Lanjutkan membaca" are in the page and are the article's. A report's tables are body: a
table's caption (above it, in ``<caption>`` or in a block table's ``<figcaption>`` below it)
is one paragraph, and each row, its header row too, is one paragraph, the texts of its cells
joined by single spaces in their order (a total row's merged label is one cell); each item
of a bulleted or numbered list is one paragraph (an ``<ol>``'s numbers are drawn by the
browser and are not in it; a "1. " typed into a ``<p>`` is); the sentences that lead into a
table or a list are paragraphs. (So an extractor that drops tables or lists loses those
paragraphs, and one that keeps the controls around a table gains junk.) Truth's paragraphs
are in the page's order. The download links, chart placeholders and their titles, "Sumber
data:" and "Sumber:" lines under a table or a chart, an infographic's caption and "Klik
untuk memperbesar", DataTables' controls (the words around its length select, "Tampilkan"
and "entri", but not the select's bare numbers; "Cari:"; "Menampilkan 1 sampai 8 dari 8
entri"; "Sebelumnya", "Selanjutnya") and a BPS release's number line are junk. An outlet's
dateline at the start of the first paragraph ("PALU, Kabar Sulteng -") is junk, and the
paragraph's truth is the text without it. The author is the person named as the writer
("Penulis:", "Reporter:", "Oleh", "Wawancara oleh", "Laporan:") or none: desks, offices,
"Admin", "Tim Redaksi", editors and photographers name no author, and neither does the
interviewee.

Dates follow the package's conventions. A page whose time can be read (printed with its
zone, or in machine form with an offset that the page really carries: a ``<time datetime>``,
``article:published_time``, JSON-LD's ``datePublished``) has a zone-aware moment in that
zone: WIB, WITA or WIT. A time printed without any zone is WIB's, and only WIB's sites print
one. A page that prints only a date, with at most a UTC stamp beside it (a ``Z`` or
``+00:00``), has the date, and its moment falls in office hours so that the UTC stamp is on
the same day. The page's own date is printed before any other date in the container: an
edition line, a profile's birth date and a release's number line come after it, and are
furniture.
"""

from __future__ import annotations

import json
import random
import re
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
    MONTHS_SHORT,
    Junk,
    attr,
    listing_items,
    other_texts,
    thousands,
    token,
    when_in,
)

_FIRST = ("Yulianus", "Ni Made", "Sitti", "Arifin", "Novita", "Abdul Gafur", "Maria Goreti",
          "Syamsul", "Herlina", "Frengki", "Aswin", "Dewi Sartika", "Muhammad Iqbal",
          "Agustinus", "Nurhaliza", "Roni", "Yuliana", "Ilham", "Oktovianus", "Sahrul")
_LAST = ("Wenda", "Tumiwa", "Lahamu", "Sinaga", "Rumbiak", "Mokodompit", "Hasibuan",
         "Latuconsina", "Sangadji", "Pakpahan", "Kambu", "Tamher", "Pongoh", "Rumagesan", "Dai",
         "Ngabalin", "Siregar", "Loppies", "Marasabessy", "Yoku")
_TAGS = ("pemerintahan", "pembangunan", "kesehatan", "pendidikan", "UMKM", "pariwisata",
         "infrastruktur", "APBD", "ekonomi", "stunting", "bansos", "pelayanan publik",
         "ketahanan pangan", "investasi", "hukum", "pilkada", "olahraga", "budaya", "politik",
         "lingkungan")
_NETS = ("Facebook", "X", "WhatsApp", "Telegram", "LinkedIn", "Line", "Salin Link")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" if rng.random() < 0.85 else rng.choice(
        NAMES)


def _ld(data: dict[str, object]) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>")


def _teaser(rng: random.Random, paragraph: str) -> str:
    cut = " ".join(paragraph.split())[: rng.randrange(80, 160)].rsplit(" ", 1)[0]
    return cut + rng.choice(("...", "…"))


def _pieced(j: Junk, items: list[str], sep: str, fmt: str) -> str:
    """A line rendered from several elements: each piece (but a bare number or a single
    character) and the whole line recorded."""
    if len(items) > 1:
        j.also(sep.join(items))
    return escape(sep).join(fmt.format(x=escape(x) if x.isdigit() or len(x) < 2 else j(x))
                            for x in items)


def _labelled(j: Junk, word: str, items: list[str], sep: str, fmt: str, cls: str) -> str:
    j.also(f"{word} {sep.join(items)}")
    return f'<span class="{cls}">{j(word)}</span> ' + _pieced(j, items, sep, fmt)


def _shares(rng: random.Random, j: Junk, cls: str) -> str:
    word = rng.choice(("Bagikan:", "Bagikan", "Share", "Bagikan artikel ini", "Sebarkan"))
    nets = [x for x in _NETS if rng.random() < 0.45] or ["WhatsApp", "Facebook"]
    return (f'<div class="{cls}">'
            + _labelled(j, word, nets, " ", '<a href="#" rel="nofollow noopener">{x}</a>',
                        "share-title") + "</div>")


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", paragraph.strip()) if s]


# -- dates -------------------------------------------------------------------------------------

_PLAIN = ("long", "long", "day_long", "day_long", "dd_mon", "slash", "dash", "en_short",
          "day_slash")
_ZONED = ("day_long_zone", "long_comma_zone", "dd_mon_zone", "slash_zone", "pipe_zone", "pukul",
          "en_zone", "iso_zone", "dash_zone", "day_dd_mon_zone")
_BARE = ("slash_bare", "day_bare", "dd_mon_bare", "iso_bare")


def _printed(form: str, when: datetime, zone: str) -> str:
    d = when.date()
    hm = f"{when:%H:%M}"
    mon = MONTHS_SHORT[d.month - 1]
    en = MONTHS_EN[d.month - 1][:3]
    long = indonesian_date(d, day_name=False)
    day_long = indonesian_date(d, day_name=True)
    return {
        "long": long, "day_long": day_long, "dd_mon": f"{d:%d} {mon} {d.year}",
        "slash": f"{d:%d/%m/%Y}", "dash": f"{d:%d-%m-%Y}", "en_short": f"{en} {d.day}, {d.year}",
        "day_slash": f"{DAYS[d.weekday()]}, {d:%d/%m/%Y}",
        "day_long_zone": f"{day_long} {hm} {zone}", "long_comma_zone": f"{long}, {hm} {zone}",
        "dd_mon_zone": f"{d:%d} {mon} {d.year}, {hm} {zone}",
        "slash_zone": f"{d:%d/%m/%Y} {hm} {zone}", "pipe_zone": f"{long} | {hm} {zone}",
        "pukul": f"{day_long} - Pukul {when:%H.%M} {zone}",
        "en_zone": f"{en} {d.day}, {d.year} {hm} {zone}",
        "iso_zone": f"{d:%Y-%m-%d} {hm} {zone}", "dash_zone": f"{d:%d-%m-%Y} - {hm} {zone}",
        "day_dd_mon_zone": f"{DAYS[d.weekday()]}, {d:%d} {mon} {d.year} {hm} {zone}",
        "slash_bare": f"{d:%d/%m/%Y} {hm}", "day_bare": f"{day_long} {hm}",
        "dd_mon_bare": f"{d:%d} {mon} {d.year} {hm}", "iso_bare": f"{d:%Y-%m-%d} {when:%H:%M:%S}",
    }[form]


class _Clock:
    """A page's moment: its printed form, its machine stamp ("offset", "utc", "z" or
    "none") and whether the page really carries an offset stamp."""

    def __init__(self, rng: random.Random, zone: str, *, chance_time: float,
                 stamps: tuple[str, ...] = ("offset", "offset", "utc", "z", "none"),
                 plain: tuple[str, ...] = _PLAIN, zoned: tuple[str, ...] = _ZONED) -> None:
        if rng.random() < chance_time:
            shape = "bare" if zone == "WIB" and rng.random() < 0.3 else "zoned"
        else:
            shape = "plain"
        self.form = rng.choice({"plain": plain, "zoned": zoned, "bare": _BARE}[shape])
        self.stamp = rng.choice(stamps)
        self.timed = shape != "plain"
        self.when = when_in(rng, zone, seconds=self.stamp != "none" or self.form == "iso_bare",
                            office_hours=not self.timed)
        self.zone = zone
        self.day = self.when.date()
        self.printed = _printed(self.form, self.when, zone)
        utc = self.when.astimezone(UTC)
        self.machine = {"offset": self.when.isoformat(timespec="seconds"),
                        "utc": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
                        "z": f"{utc:%Y-%m-%dT%H:%M:%S}Z", "none": ""}[self.stamp]
        self.declared = False

    def carry(self) -> str:
        """The machine stamp, as the page now carries it."""
        if self.stamp == "offset":
            self.declared = True
        return self.machine

    def html(self, rng: random.Random, j: Junk, chance: float = 0.5, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        if self.machine and rng.random() < chance:
            return f'<time{c} datetime="{self.carry()}">{j(self.printed)}</time>'
        return f"<span{c}>{j(self.printed)}</span>" if cls else j(self.printed)

    def published(self) -> datetime | date:
        return self.when if self.timed or self.declared else self.day


def _head(rng: random.Random, clock: _Clock, headline: str, teaser: str, site: str, url: str,
          author: str | None, *, og: float = 0.7, meta_time: float = 0.5, ld: float = 0.4,
          kind: str = "NewsArticle", canonical: str | None = None) -> list[str]:
    head: list[str] = []
    if canonical:
        head.append(f'<link rel="canonical" href="{attr(canonical)}">')
    if rng.random() < og:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{attr(headline)}">',
                 f'<meta property="og:url" content="{attr(canonical or url)}">',
                 f'<meta property="og:site_name" content="{attr(site)}">']
    if clock.machine and rng.random() < meta_time:
        head.append(f'<meta property="article:published_time" content="{clock.carry()}">')
    if clock.machine and rng.random() < ld:
        data: dict[str, object] = {"@context": "https://schema.org", "@type": kind,
                                   "headline": headline, "datePublished": clock.carry(),
                                   "mainEntityOfPage": canonical or url,
                                   "publisher": {"@type": "Organization", "name": site}}
        if author:
            data["author"] = {"@type": "Person", "name": author}
        elif rng.random() < 0.5:
            data["author"] = {"@type": "Organization", "name": site}
        head.append(_ld(data))
    if rng.random() < 0.5:
        head.append(f'<meta name="description" content="{attr(teaser)}">')
    return head


def _shell(title: str, head: list[str], body_cls: str, body: str, *, viewport: str = "") -> str:
    view = viewport or "width=device-width, initial-scale=1"
    return (f'<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="{view}">\n'
            f"<title>{escape(title)}</title>\n" + "\n".join(head) + "\n</head>\n"
            f'<body class="{body_cls}">\n{body}\n</body>\n</html>')


def _title(rng: random.Random, headline: str, site: str) -> str:
    roll = rng.random()
    if roll < 0.06:
        return site
    if roll < 0.14:
        return headline
    return joined_title(rng, headline, site, (" - ", " | ", " – ", " — ", " » ", " · "))


def _nav(items: tuple[str, ...], cls: str = "menu") -> str:
    return f'<nav class="{cls}"><ul>' + "".join(f'<li><a href="#">{escape(x)}</a></li>'
                                                for x in items) + "</ul></nav>"


def _listing(rng: random.Random, text: Text, site: str, base: str, zone: str, heading: str,
             url: str, style: str) -> tuple[str, str, Truth]:
    """A section's index: its heading, cards (a headline, a date, a teaser), a pager."""
    day = when_in(rng, zone).date()
    shown = listing_items(rng, text, day, rng.randrange(6, 13))
    cards = []
    for o, d in shown:
        printed = rng.choice((indonesian_date(d, day_name=False), f"{d:%d/%m/%Y}",
                              indonesian_date(d, day_name=True),
                              f"{d:%d} {MONTHS_SHORT[d.month - 1]} {d.year}"))
        teaser = (f'<p class="excerpt">{escape(_teaser(rng, o.paragraphs[0]))}</p>'
                  if style != "mobile" or rng.random() < 0.3 else "")
        cards.append(f'<article class="card"><a href="{base}/read/{slug(o.headline)}"><img src="'
                     f'{base}/img/{token(rng, 10)}.jpg" alt=""></a><h2 class="card-title"><a '
                     f'href="{base}/read/{slug(o.headline)}">{escape(o.headline)}</a></h2>'
                     f'<span class="card-date">{printed}</span>{teaser}</article>')
    pager = rng.choice(('<div class="pagination"><a href="?page=2">Selanjutnya &rsaquo;</a></div>',
                        '<ul class="pagination"><li class="active"><span>1</span></li><li><a '
                        'href="?page=2">2</a></li><li><a href="?page=3">3</a></li></ul>',
                        '<button class="load-more">Muat Lebih Banyak</button>',
                        '<a class="btn-indeks" href="/indeks">Lihat Indeks Berita</a>'))
    tag = rng.choice(("h1", "h1", "h2", "div"))
    body = (f'<header class="site-header"><a class="logo" href="{base}/">{escape(site)}</a>'
            + _nav(("Beranda", "Terkini", "Daerah", "Ekonomi", "Wawancara", "Data", "Indeks"))
            + f'</header>\n<main class="archive archive-{style}"><{tag} class="archive-title">'
            f'{escape(heading)}</{tag}>\n<div class="cards">{"".join(cards)}</div>{pager}</main>\n'
            f'<footer class="site-footer">&copy; {day.year} {escape(site)}</footer>')
    title = rng.choice((f"{heading} - {site}", f"{site} | {heading}", f"{heading} | {site}",
                        f"Berita {heading} Terbaru Hari Ini - {site}", heading))
    return url, _shell(title, [], f"archive {style}", body), Truth(
        heading, (), shown[0][1], None, site, (), article=False)


def _dateline(rng: random.Random, j: Junk, city: str, brand: str, paragraph: str) -> str:
    dash = rng.choice((" -", " –", " —", " --"))
    line = rng.choice((f"{city.upper()}, {brand}{dash}", f"{city.upper()}{dash}",
                       f"{city.title()} ({brand}){dash}", f"{brand}, {city.upper()}{dash}"))
    return f"<p><strong>{j(line)}</strong> {escape(paragraph)}</p>"


# -- 1. an outlet's article with a summary box ---------------------------------------------

# (the outlet, its host, its zone, the brand in its dateline, its cities)
_NEWSROOMS = (
    ("Kabar Sulteng", "kabarsulteng.id", "WITA", "Kabar Sulteng", ("Palu", "Donggala", "Poso")),
    ("Suara Papua Barat", "suarapapuabarat.com", "WIT", "SPB", ("Manokwari", "Sorong")),
    ("Harian Jambi", "harianjambi.co.id", "WIB", "HJ", ("Jambi", "Muara Bungo", "Sarolangun")),
    ("Lintas Kalbar", "lintaskalbar.com", "WIB", "LintasKalbar.com", ("Pontianak", "Singkawang")),
    ("Nusantara Terkini", "nusantaraterkini.co", "WIB", "NTC", ("Jakarta", "Bekasi", "Bogor")),
    ("Warta NTB", "wartantb.id", "WITA", "WartaNTB", ("Mataram", "Bima", "Sumbawa Besar")),
    ("Maluku Hari Ini", "malukuhariini.com", "WIT", "MHI", ("Ambon", "Tual", "Masohi")),
    ("Sulut Update", "sulutupdate.com", "WITA", "SulutUpdate", ("Manado", "Kotamobagu")),
    ("Kabar Riau Kini", "kabarriaukini.com", "WIB", "KRK", ("Pekanbaru", "Dumai", "Siak")),
    ("Berita Nasional Satu", "beritanasionalsatu.com", "WIB", "BNS.com", ("Jakarta", "Bandung")),
)
_PARTNERS = ("Kompas.com", "Tribunnews.com", "Suara.com", "Liputan6.com", "Antaranews.com",
             "Kabar Sulteng", "Warta NTB", "Sindonews.com", "IDN Times")
_SUMMARY_WORDS = ("Ringkasan Berita", "Poin Penting", "Intisari", "Ringkasan", "Ringkasan AI",
                  "Sorotan Utama", "Poin-poin Penting", "INTISARI", "Rangkuman")
_DISCLAIMERS = ("Ringkasan ini dibuat dengan bantuan AI dan telah ditinjau oleh redaksi.",
                "Ringkasan dibuat secara otomatis menggunakan kecerdasan buatan.",
                "Dirangkum oleh AI. Periksa kembali isi artikel selengkapnya.",
                "Poin penting disusun oleh tim redaksi.",
                "Fitur ringkasan ini masih dalam tahap uji coba.")


def _restate(rng: random.Random, paragraphs: list[str], n: int) -> list[str]:
    """Bullets that restate the article: the first sentence of some paragraphs, cut
    short, never a paragraph whole."""
    picks = sorted(rng.sample(range(len(paragraphs)), min(n, len(paragraphs))))
    whole = {" ".join(p.split()) for p in paragraphs}
    out: list[str] = []
    for k in picks:
        first = (_sentences(paragraphs[k]) or [paragraphs[k]])[0]
        words = first.split()
        if len(words) > 22:
            words = words[: rng.randrange(12, 21)]
        while len(words) > 3:
            line = " ".join(words).rstrip(",;:")
            if not line.endswith((".", "!", "?", '"', "\u201d")):
                line += "."
            if line not in whole:
                break
            words = words[:-2]
        else:
            continue
        if line not in out:
            out.append(line)
    return out


def _font_controls(rng: random.Random, j: Junk, cls: str) -> str:
    word = rng.choice(("Ukuran Teks", "Ukuran Font", "Ukuran huruf:", "Teks", "Font"))
    sizes = list(rng.choice((("A-", "A+"), ("A-", "A", "A+"), ("Perkecil", "Perbesar"),
                             ("-", "Aa", "+"))))
    j.also(" ".join([word, *sizes]))
    buttons = " ".join(f'<button type="button" class="fs-btn">{j(x) if len(x) > 1 else escape(x)}'
                       "</button>" for x in sizes)
    return f'<div class="{cls}"><span class="fs-label">{j(word)}</span> {buttons}</div>'


def _listen(rng: random.Random, j: Junk, cls: str, words: int) -> str:
    word = rng.choice(("Dengarkan artikel ini", "Dengarkan Artikel", "Dengarkan berita ini",
                       "Putar audio artikel", "Dengarkan"))
    seconds = max(45, words * 60 // rng.randrange(140, 175))
    length = f"{seconds // 60:02d}:{seconds % 60:02d}" if rng.random() < 0.6 else \
        f"{max(1, round(seconds / 60))} menit"
    extra = ""
    if rng.random() < 0.35:
        voice = rng.choice(("Suara dihasilkan oleh AI", "Audio dibuat dengan teknologi AI",
                            "Text to Speech"))
        extra = f' <small class="voice">{j(voice)}</small>'
    return (f'<div class="{cls}"><button class="play" aria-label="Putar">&#9654;</button> '
            f'<span class="listen-label">{j(word)}</span> <span class="listen-dur">{j(length)}'
            f"</span>{extra}<audio preload=\"none\" src=\"/audio/{token(rng, 14)}.mp3\"></audio>"
            "</div>")


def _summary(rng: random.Random, j: Junk, bullets: list[str], cls: str) -> str:
    word = rng.choice(_SUMMARY_WORDS)
    kind = rng.choice(("ul", "ul", "ol", "p"))
    if kind == "p":
        items = "".join(f'<p class="summary-item">&bull; {j(b)}</p>' for b in bullets)
    else:
        items = f"<{kind}>" + "".join(f"<li>{j(b)}</li>" for b in bullets) + f"</{kind}>"
    extra = ""
    if rng.random() < 0.5:
        extra += f'<p class="summary-note"><em>{j(rng.choice(_DISCLAIMERS))}</em></p>'
    if rng.random() < 0.35:
        question = rng.choice(("Apakah ringkasan ini membantu?", "Ringkasan ini bermanfaat?",
                               "Bagaimana ringkasan ini?"))
        answers = rng.choice((("Ya", "Tidak"), ("Membantu", "Kurang membantu"),
                              ("Suka", "Tidak suka")))
        extra += (f'<div class="summary-feedback"><span>{j(question)}</span> '
                  + " ".join(f"<button>{j(a)}</button>" for a in answers) + "</div>")
    if rng.random() < 0.4:
        toggle = rng.choice(("Tutup ringkasan", "Sembunyikan", "Lihat selengkapnya",
                             "Tampilkan lebih sedikit"))
        extra += f'<button class="summary-toggle">{j(toggle)}</button>'
    if rng.random() < 0.3:
        return (f'<details class="{cls}" open><summary>{j(word)}</summary>{items}{extra}'
                "</details>")
    h = rng.choice(("h2", "h3", "h4", "div", "strong"))
    return f'<div class="{cls}"><{h} class="summary-title">{j(word)}</{h}>{items}{extra}</div>'


def _read_time(rng: random.Random, words: int) -> str:
    minutes = max(1, round(words / rng.randrange(180, 240)))
    return rng.choice((f"Waktu baca {minutes} menit", f"{minutes} menit baca",
                       f"Estimasi baca: {minutes} menit", f"{minutes} min read",
                       f"Dibaca dalam {minutes} menit", f"Waktu Baca: {minutes} Menit"))


def summary_box_news(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A national or regional outlet's article in a JNews-, tagDiv-, Next.js (hashed
    classes), custom portal or ``read__``-style template, with a summary box (a heading,
    bullets restating the article, at times a disclaimer, feedback and a toggle) after
    the meta, after the figure, at the top of the body or after the lead; a reading time,
    font-size controls, a "Dengarkan artikel ini" player, inline "Baca juga" lines, topic
    chips, a follow prompt and a syndication note; dates alone, zoned, bare (WIB's
    outlets) or stamped; a writer, a desk or none, and an editor."""
    outlet, host, zone, brand, cities = rng.choice(_NEWSROOMS)
    base = f"https://{host}"
    template = rng.choice(("jnews", "tagdiv", "hashed", "detail", "read"))
    section = rng.choice(("Daerah", "Nasional", "Ekonomi", "Politik", "Hukum", "Peristiwa",
                          "Pemerintahan", "Olahraga"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Berita {section}", f"Kanal {section}", "Berita Terkini"))
        url = (f"{base}/category/{slug(section)}/" if template in ("jnews", "tagdiv")
               else f"{base}/{slug(section)}" + rng.choice(("", "?page=1", "/indeks")))
        return _listing(rng, text, outlet, base, zone, heading, url, "summary")
    clock = _Clock(rng, zone, chance_time=0.65)
    day = clock.day
    s = slug(text.headline)
    node = rng.randrange(10**5, 10**7)
    url = {"jnews": f"{base}/{s}/", "tagdiv": f"{base}/{day:%Y/%m/%d}/{s}/",
           "hashed": f"{base}/news/{s}-{token(rng, 8)}",
           "detail": f"{base}/berita/{node}/{s}", "read": f"{base}/read/{day:%Y/%m/%d}/{node}/{s}"
           }[template]
    j = Junk()
    hashed = template == "hashed"

    def cls(name: str) -> str:
        return f"css-{token(rng, 6)}" if hashed and rng.random() < 0.85 else name

    paragraphs = list(text.paragraphs)
    words = sum(len(p.split()) for p in paragraphs)

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("writer", "writer", "writer", "desk", "none"))
    author = writer if by_kind == "writer" else None
    meta: list[str] = []
    if by_kind == "writer":
        word = rng.choice(("Penulis:", "Reporter:", "Oleh", "Oleh:", "Penulis", ""))
        if word:
            j.also(f"{word} {writer}")
            meta.append(f'<span class="{cls("meta-author")}">{j(word)} <a href="{base}/author/'
                        f'{slug(writer)}">{j(writer)}</a></span>')
        else:
            meta.append(f'<span class="{cls("meta-author")}"><a href="{base}/author/'
                        f'{slug(writer)}">{j(writer)}</a></span>')
    elif by_kind == "desk":
        meta.append(f'<span class="{cls("meta-author")}">'
                    f'{j(rng.choice(("Tim Redaksi", "Redaksi", f"Tim {outlet}", "Admin")))}</span>')
    word = rng.choice(("", "", "Diterbitkan", "Dipublikasikan:", "Terbit:"))
    date_html = clock.html(rng, j, 0.6)
    if word:
        j.also(f"{word} {clock.printed}")
        meta.append(f'<span class="{cls("meta-date")}">{j(word)} {date_html}</span>')
    else:
        meta.append(f'<span class="{cls("meta-date")}">{date_html}</span>')
    if rng.random() < 0.4:
        line = rng.choice(("Editor: ", "Editor : ", "Redaktur: ")) + _person(rng)
        meta.append(f'<span class="{cls("meta-editor")}">{j(line)}</span>')
    read_time = f'<span class="{cls("meta-read")}">{j(_read_time(rng, words))}</span>' \
        if rng.random() < 0.75 else ""
    read_in_meta = rng.random() < 0.6
    if read_time and read_in_meta:
        meta.append(read_time)
    sep = rng.choice((" ", " | ", " &middot; ", " - "))
    meta_html = f'<div class="{cls("post-meta")}">{sep.join(meta)}</div>'
    kicker = f'<div class="{cls("post-category")}"><a href="#">{j(section)}</a></div>' \
        if rng.random() < 0.6 else ""

    # the tools
    tools = []
    if read_time and not read_in_meta:
        tools.append(read_time)
    if rng.random() < 0.55:
        tools.append(_font_controls(rng, j, cls("font-size-control")))
    if rng.random() < 0.55:
        tools.append(_listen(rng, j, cls("listen-article"), words))
    rng.shuffle(tools)
    tools_html = f'<div class="{cls("article-tools")}">{"".join(tools)}</div>' if tools else ""
    share_top = _shares(rng, j, cls("share-top")) if rng.random() < 0.4 else ""

    figure = ""
    if rng.random() < 0.7:
        cap = rng.choice((f"Ilustrasi. (Foto: {outlet})", f"Foto: {_person(rng)}/{brand}",
                          "Foto: Istimewa", "Dok. Istimewa", f"(Foto: Dok. {outlet})"))
        figure = (f'<figure class="{cls("featured-image")}"><img src="{base}/wp-content/uploads/'
                  f'{day:%Y/%m}/{token(rng, 10)}.jpg" alt="{attr(text.headline)}"><figcaption>'
                  f"{j(cap)}</figcaption></figure>")

    # the summary box
    bullets = _restate(rng, paragraphs, rng.randrange(3, 6))
    summary = _summary(rng, j, bullets, cls("summary-box")) if bullets else ""
    spot = rng.choice(("meta", "figure", "body", "body", "lead"))

    # the text
    blocks: list[str] = []
    dated = rng.random() < 0.5
    for k, p in enumerate(paragraphs):
        if k == 0 and dated:
            blocks.append(_dateline(rng, j, rng.choice(cities), brand, p))
        else:
            blocks.append(f"<p>{escape(p)}</p>")
    for _ in range(rng.choice((0, 1, 1, 2))):
        if len(blocks) < 3:
            break
        o = other_texts(rng, text, 1)[0]
        word = rng.choice(("Baca Juga:", "Baca juga:", "BACA JUGA:", "Baca Juga", "Simak Juga:"))
        j.also(f"{word} {o.headline}")
        blocks.insert(rng.randrange(2, len(blocks)),
                      f'<div class="{cls("inline-related")}"><strong>{j(word)}</strong> <a href="'
                      f'{base}/{slug(o.headline)}">{j(o.headline)}</a></div>')
    if rng.random() < 0.35 and len(blocks) >= 4:
        label = rng.choice(("ADVERTISEMENT", "Advertisement", "Iklan", "- Advertisement -"))
        blocks.insert(rng.randrange(2, len(blocks)),
                      f'<div class="ads-inarticle"><span class="ads-label">{j(label)}</span><div '
                      f'id="div-gpt-ad-{token(rng, 10)}"></div></div>')
    if spot == "body":
        blocks.insert(0, summary)
    elif spot == "lead":
        blocks.insert(1, summary)

    # the end of the article
    tail: list[str] = []
    if rng.random() < 0.4:
        partner = rng.choice([x for x in _PARTNERS if x != outlet])
        kind = rng.choice(("judul", "judul", "sumber", "kerja sama"))
        if kind == "judul":
            lead = rng.choice(("Artikel ini telah tayang di", "Artikel ini sudah tayang di",
                               "Artikel ini telah terbit di"))
            j.also(f'{lead} {partner} dengan judul "{text.headline}"')
            tail.append(f'<p class="syndication"><em>{j(lead)} <a href="#">{j(partner)}</a> '
                        f'dengan judul "<a href="#">{escape(text.headline)}</a>"</em></p>')
        elif kind == "sumber":
            tail.append(f'<p class="syndication">{j(f"Sumber: {partner}")}</p>')
        else:
            line = f"Artikel ini merupakan hasil kerja sama {outlet} dengan {partner}."
            tail.append(f'<p class="syndication"><em>{j(line)}</em></p>')
    if rng.random() < 0.4:
        line = rng.choice((f"Ikuti berita terkini {outlet} di Google News",
                           f"Dapatkan update berita pilihan dari {outlet} di WhatsApp Channel",
                           f"Simak berita {outlet} lainnya di Google News",
                           "Ikuti kami di Google News"))
        tail.append(f'<div class="{cls("follow-cta")}"><a href="https://news.google.com/">'
                    f"{j(line)}</a></div>")
    chips = ""
    if rng.random() < 0.65:
        topics = rng.sample(_TAGS, rng.randrange(2, 6))
        if rng.random() < 0.4:
            topics = ["#" + t.replace(" ", "") for t in topics]
        word = rng.choice(("Topik:", "Topik", "Tag:", "Tags", "TOPIK TERKAIT"))
        chips = (f'<div class="{cls("topic-chips")}">' + _labelled(
            j, word, topics, " ", '<a class="chip" href="#">{x}</a>', "chips-label") + "</div>")
    share = _shares(rng, j, cls("share-bottom")) if rng.random() < 0.5 else ""

    body_html = "\n".join(blocks) + "".join(tail)
    h = rng.choice(("h1", "h1", "h1", "h2"))
    headline = f'<{h} class="{cls("post-title")}">{escape(text.headline)}</{h}>'
    top_summary = summary if spot == "meta" else ""
    after_figure = summary if spot == "figure" else ""
    if template == "jnews":
        container = (f'<div class="jeg_inner_content"><div class="entry-header">'
                     f'{kicker}{headline}<div class="jeg_meta_container">{meta_html}</div></div>'
                     f'{top_summary}<div class="jeg_featured featured_image">{figure}</div>'
                     f'{after_figure}{share_top}<div class="jeg_ad jeg_article_top"></div>'
                     f'<div class="entry-content no-share">{tools_html}<div class="content-inner">'
                     f'{body_html}</div></div><div class="jeg_post_tags">{chips}</div>{share}'
                     "</div>")
        column = f'<div class="jeg_main_content col-md-8">{container}</div>'
    elif template == "tagdiv":
        container = (f'<article class="post type-post td-post-template-default"><div class="'
                     f'td-post-header">{kicker}<header class="td-post-title">{headline}<div '
                     f'class="td-module-meta-info">{meta_html}</div></header></div>{share_top}'
                     f'{top_summary}<div class="td-post-featured-image">{figure}</div>'
                     f'{after_figure}<div class="td-post-content tagdiv-type">{tools_html}'
                     f'{body_html}</div><footer><div class="td-post-source-tags">{chips}</div>'
                     f"{share}</footer></article>")
        column = f'<div class="td-pb-span8 td-main-content" role="main">{container}</div>'
    elif template == "hashed":
        container = (f'<article class="{cls("article")}" data-testid="article">{kicker}'
                     f"{headline}{meta_html}{share_top}{top_summary}{figure}{after_figure}"
                     f'{tools_html}<div class="{cls("article-body")}" data-testid="article-body">'
                     f"{body_html}</div>{chips}{share}</article>")
        column = f'<main class="{cls("main")}">{container}</main>'
    elif template == "detail":
        container = (f'<div class="detail-berita">{kicker}{headline}{meta_html}{top_summary}'
                     f'{figure}{after_figure}{tools_html}{share_top}<div class="detail-text" '
                     f'id="detail-text">{body_html}</div>{chips}{share}</div>')
        column = f'<div class="col-lg-8 col-main">{container}</div>'
    else:
        container = (f'<div class="read__wrap">{kicker}<div class="read__header">{headline}'
                     f'{meta_html}</div>{top_summary}<div class="photo">{figure}</div>'
                     f'{after_figure}{share_top}<div class="read__content"><div class="clearfix">'
                     f'{tools_html}{body_html}</div></div><div class="read__tags">{chips}</div>'
                     f"{share}</div>")
        column = f'<div class="col-bs10-7">{container}</div>'
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    body = (f'<header class="site-header"><div class="logo"><a href="{base}/">{escape(outlet)}'
            "</a></div>" + _nav(("Beranda", "Terkini", "Daerah", "Nasional", "Ekonomi",
                                 "Olahraga", "Video", "Indeks"))
            + f'</header>\n<div class="container"><div class="row">{column}<aside class="'
            f'sidebar col-md-4"><div class="widget"><h3>Terpopuler</h3><ol>{side}</ol></div>'
            f'</aside></div></div>\n<footer class="site-footer">&copy; {day.year} '
            f"{escape(outlet)}. Seluruh hak cipta dilindungi.</footer>")
    head = _head(rng, clock, text.headline, _teaser(rng, paragraphs[0]), outlet, url, author,
                 og=0.8, meta_time=0.55, ld=0.5)
    title = _title(rng, text.headline, outlet)
    body_cls = {"jnews": "post-template-default single jeg_single_tpl_2",
                "tagdiv": "single td-standard-pack", "hashed": "", "detail": "detail",
                "read": "read"}[template]
    return url, _shell(title, head, body_cls, body), Truth(
        text.headline, tuple(paragraphs), clock.published(), author, outlet, tuple(j.lines))


# -- 2. an interview -----------------------------------------------------------------------

# (the site, its host, its zone, "outlet" or "magazine", its initials, the region's kind
# and name, its cities)
_INTERVIEW_SITES = (
    ("Pontianak Post", "pontianakpost.jawapos.com", "WIB", "outlet", "PP", "Kota", "Pontianak"),
    ("Radar Sorong", "radarsorong.id", "WIT", "outlet", "RS", "Kabupaten", "Sorong"),
    ("Manado Post", "manadopost.jawapos.com", "WITA", "outlet", "MP", "Kota", "Manado"),
    ("Kupang Terkini", "kupangterkini.id", "WITA", "outlet", "KT", "Kabupaten", "Kupang"),
    ("Jambi Independent", "jambi-independent.co.id", "WIB", "outlet", "JI", "Provinsi", "Jambi"),
    ("Majalah Praja Kaltara", "kaltaraprov.go.id", "WITA", "magazine", "Praja", "Provinsi",
     "Kalimantan Utara"),
    ("Warta Ambon", "ambon.go.id", "WIT", "magazine", "Warta", "Kota", "Ambon"),
    ("Buletin Gema Sulbar", "diskominfo.sulbarprov.go.id", "WITA", "magazine", "Gema",
     "Provinsi", "Sulawesi Barat"),
    ("Majalah Derap Bengkulu", "bengkuluprov.go.id", "WIB", "magazine", "Derap", "Provinsi",
     "Bengkulu"),
    ("Tabloid Suara Halut", "halmaherautarakab.go.id", "WIT", "magazine", "SH", "Kabupaten",
     "Halmahera Utara"),
)
_HEADS = {"Kota": "Wali Kota", "Kabupaten": "Bupati", "Provinsi": "Gubernur"}
_OFFICES_OF = ("Kepala Bappeda", "Kepala Dinas Kesehatan", "Ketua DPRD", "Sekretaris Daerah",
               "Kepala BPBD", "Kepala Dinas Pendidikan", "Kepala Dinas Pariwisata",
               "Kepala Dinas Pertanian", "Kepala Dinas Kominfo")
_QUESTIONS = (
    "Bagaimana Anda melihat persoalan ini?", "Apa langkah yang sudah dilakukan pemerintah daerah?",
    "Apa kendala terbesar di lapangan?", "Bagaimana dengan dukungan anggarannya?",
    "Apa harapan Anda kepada masyarakat?", "Sejauh mana koordinasi dengan pemerintah pusat?",
    "Apa target yang ingin dicapai tahun ini?",
    "Bagaimana tanggapan Anda terhadap kritik sejumlah pihak?", "Apakah ada program lanjutan?",
    "Seperti apa pelibatan masyarakat dalam program ini?", "Lalu, bagaimana pengawasannya?",
    "Apa pesan Anda untuk generasi muda?", "Bagaimana Anda menanggapi kondisi tersebut?",
    "Kapan hasilnya bisa dirasakan warga?",
    "Apa yang membedakan program ini dengan program sebelumnya?",
    "Bisa dijelaskan lebih rinci?", "Bagaimana dampaknya bagi perekonomian daerah?",
    "Menurut Anda, apa yang masih perlu dibenahi?", "Lantas, apa yang akan dilakukan ke depan?",
    "Bagaimana Anda memastikan program ini tepat sasaran?")
_CAMPUSES = ("Universitas Hasanuddin", "Universitas Gadjah Mada", "Universitas Sam Ratulangi",
             "Universitas Pattimura", "Universitas Cenderawasih", "Universitas Tanjungpura",
             "Universitas Jambi", "Institut Pemerintahan Dalam Negeri (IPDN)",
             "Universitas Mulawarman", "Universitas Brawijaya")
_STUDIES = ("Ilmu Pemerintahan", "Administrasi Publik", "Ilmu Ekonomi", "Hukum", "Kesehatan "
            "Masyarakat", "Teknik Sipil", "Manajemen", "Agribisnis")
_BIRTHPLACES = ("Ambon", "Manado", "Kupang", "Makassar", "Tobelo", "Ternate", "Pontianak",
                "Jayapura", "Bengkulu", "Mamuju", "Tarakan", "Palu", "Sorong", "Jambi", "Tondano")
_HOBBIES = ("Sepak bola", "Memancing", "Membaca", "Bulu tangkis", "Bersepeda", "Berkebun")
_LEADS = ("Berikut petikan wawancara {site} dengan {who}.",
          "Berikut petikan wawancaranya.",
          "{site} berkesempatan mewawancarai {who} di ruang kerjanya. Berikut petikannya:",
          "Untuk mengetahui lebih jauh, {site} berbincang dengan {who}. Berikut hasil "
          "wawancaranya.",
          "Kepada {site}, {who} menjelaskan sejumlah hal. Berikut kutipan wawancaranya:")


def _official(rng: random.Random) -> tuple[str, str]:
    """An official's name with titles, and the surname an interview's labels use."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    before = rng.choice(("Dr. H.", "H.", "Drs.", "Ir.", "Dr.", "", "", "Hj."))
    after = rng.choice(("S.Sos., M.Si", "S.STP., M.Si", "SE., MM", "S.H., M.H.", "M.Si",
                        "S.IP., M.AP", "", ""))
    name = f"{before} {first} {last}".strip() + (f", {after}" if after else "")
    return name, last


def _profile(rng: random.Random, j: Junk, name: str, office: str) -> str:
    """The interviewee's box: a heading and rows of a label and a value (or items)."""
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 8000))
    schooling = [f"S1 {rng.choice(_STUDIES)}, {rng.choice(_CAMPUSES)}"]
    if rng.random() < 0.7:
        schooling.append(f"S2 {rng.choice(_STUDIES)}, {rng.choice(_CAMPUSES)}")
    if rng.random() < 0.25:
        schooling.append(f"S3 {rng.choice(_STUDIES)}, {rng.choice(_CAMPUSES)}")
    start = born.year + rng.randrange(24, 30)
    career = []
    for post in rng.sample(("Camat", "Kepala Bagian Umum", "Sekretaris Dinas", "Kepala Bidang",
                            "Anggota DPRD", "Asisten Pemerintahan", "Staf Ahli"),
                           rng.randrange(2, 4)):
        end = start + rng.randrange(2, 6)
        career.append(f"{post} ({start}\u2013{end})")
        start = end
    rows: list[tuple[str, str | list[str]]] = [
        ("Nama", name), ("Jabatan", office),
        (rng.choice(("Tempat, Tanggal Lahir", "TTL", "Lahir")),
         f"{rng.choice(_BIRTHPLACES)}, {indonesian_date(born, day_name=False)}"),
        ("Pendidikan", schooling if len(schooling) > 1 or rng.random() < 0.5 else schooling[0])]
    if rng.random() < 0.6:
        rows.append(("Karier", career))
    if rng.random() < 0.5:
        rows.append((rng.choice(("Istri", "Pasangan")), _person(rng)))
    if rng.random() < 0.4:
        rows.append(("Anak", f"{rng.randrange(1, 5)} orang"))
    if rng.random() < 0.4:
        rows.append(("Hobi", rng.choice(_HOBBIES)))
    heading = rng.choice(("Profil Singkat", "Biodata", "Sekilas Profil", "PROFIL", "Data Diri",
                          "Mengenal Lebih Dekat"))
    layout = rng.choice(("table", "dl", "list"))

    def value_html(value: str | list[str]) -> str:
        if isinstance(value, list):
            return "<ul>" + "".join(f"<li>{j(v)}</li>" for v in value) + "</ul>"
        return j(value)

    def joined(value: str | list[str]) -> str:
        return " ".join(value) if isinstance(value, list) else value

    lines = []
    for label, value in rows:
        if layout == "table":
            j.also(f"{label} : {joined(value)}")
            lines.append(f"<tr><td>{j(label)}</td><td>:</td><td>{value_html(value)}</td></tr>")
        elif layout == "dl":
            j.also(f"{label} {joined(value)}")
            lines.append(f"<dt>{j(label)}</dt><dd>{value_html(value)}</dd>")
        else:
            flat = "; ".join(value) if isinstance(value, list) else value
            j.also(f"{label}: {flat}")
            lines.append(f"<li><strong>{j(label + ':')}</strong> {j(flat)}</li>")
    inner = {"table": "<table class=\"profil-table\"><tbody>{}</tbody></table>",
             "dl": "<dl class=\"profil-list\">{}</dl>", "list": "<ul class=\"profil-list\">{}</ul>"
             }[layout].format("".join(lines))
    photo = (f'<img class="profil-foto" src="/uploads/profil/{token(rng, 10)}.jpg" alt="'
             f'{attr(name)}">' if rng.random() < 0.6 else "")
    h = rng.choice(("h3", "h4", "div", "strong"))
    return (f'<aside class="{rng.choice(("profil-box", "box-profil", "biodata", "infobox"))}">'
            f'<{h} class="profil-title">{j(heading)}</{h}>{photo}{inner}</aside>')


def interview_qa(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """An interview from a regional outlet or a regional government's magazine: a
    kicker, the headline, the meta (an edition line and "Rubrik" in magazines), an
    intro and a line leading into the questions, then questions and answers labelled
    "Tanya:"/"Jawab:", "T:"/"J:", "Q:"/"A:", with the outlet's initials and the
    interviewee's surname, or as bold or italic question lines; a profile box, pull
    quotes, a photo's caption, an editor's note, "Unduh edisi ..."; dates alone, zoned,
    bare (WIB's sites) or stamped; a writer, a desk or none."""
    site, host, zone, kind, initials, region_kind, region = rng.choice(_INTERVIEW_SITES)
    base = f"https://{host}"
    magazine = kind == "magazine"
    section = rng.choice(("Wawancara", "Wawancara Khusus", "Bincang", "Tokoh", "Tanya Jawab",
                          "Sosok")) if not magazine else rng.choice(("Wawancara", "Laporan Utama",
                                                                    "Bincang Pimpinan", "Dialog"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Rubrik {section}", f"Arsip {section}"))
        url = (f"{base}/majalah/rubrik/{slug(section)}" if magazine
               else f"{base}/kanal/{slug(section)}" + rng.choice(("", "?page=1")))
        return _listing(rng, text, site, base, zone, heading, url, "interview")
    clock = _Clock(rng, zone, chance_time=0.45 if magazine else 0.65)
    day = clock.day
    s = slug(text.headline)
    node = rng.randrange(1000, 10**6)
    url = (rng.choice((f"{base}/majalah/{day.year}/edisi-{rng.randrange(1, 40)}/{s}",
                       f"{base}/publikasi/majalah/{node}/{s}", f"{base}/index.php/majalah/{s}"))
           if magazine else rng.choice((f"{base}/wawancara/{node}/{s}", f"{base}/{s}/",
                                        f"{base}/read/{day:%Y/%m/%d}/{node}/{s}")))
    j = Junk()
    name, surname = _official(rng)
    place = f"{region_kind} {region}" if region_kind != "Provinsi" else region
    office = (f"{_HEADS[region_kind]} {region}" if rng.random() < 0.35
              else f"{rng.choice(_OFFICES_OF)} {place}")
    who = f"{office} {name}"

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("writer", "writer", "desk", "none"))
    author = writer if by_kind == "writer" else None
    meta: list[str] = []
    date_html = clock.html(rng, j, 0.55, "tanggal")
    meta.append(date_html)
    if by_kind == "writer":
        word = rng.choice(("Wawancara oleh", "Laporan:", "Oleh:", "Penulis:", "Wawancara:",
                           "Reporter:"))
        j.also(f"{word} {writer}")
        meta.insert(rng.randrange(0, 2), f'<span class="penulis">{j(word)} {j(writer)}</span>')
    elif by_kind == "desk":
        meta.append(f'<span class="penulis">{j(rng.choice(("Tim Redaksi", "Redaksi", "Admin")))}'
                    "</span>")
    if rng.random() < 0.3:
        line = rng.choice(("Editor: ", "Foto: ", "Fotografer: ")) + _person(rng)
        meta.append(f'<span class="editor">{j(line)}</span>')
    meta_html = f'<div class="meta">{rng.choice((" | ", " ", " &bull; ")).join(meta)}</div>'
    edition = ""
    if magazine and rng.random() < 0.75:
        number = rng.randrange(1, 40)
        roman = ("I", "II", "III", "IV", "V", "VI", "VII")[rng.randrange(7)]
        line = rng.choice((f"Edisi {number} / Tahun {roman} / {MONTHS[day.month - 1]} {day.year}",
                           f"Edisi {MONTHS[day.month - 1]} {day.year}",
                           f"Edisi {number:02d} Tahun {day.year}"))
        rubric = f"Rubrik: {section}"
        edition = (f'<div class="edisi"><span>{j(line)}</span>'
                   + (f' <span class="rubrik">{j(rubric)}</span>' if rng.random() < 0.5 else "")
                   + "</div>")
    word = rng.choice(("WAWANCARA", "Wawancara Khusus", section, "Q&A"))
    kicker = f'<span class="kicker">{j(word)}</span>' if rng.random() < 0.65 else ""

    # the intro and the questions
    paragraphs = list(text.paragraphs)
    truth: list[str] = []
    blocks: list[str] = []
    intro_n = 1 if len(paragraphs) < 5 or rng.random() < 0.6 else 2
    for p in paragraphs[:intro_n]:
        truth.append(p)
        blocks.append(f'<p class="lead">{escape(p)}</p>' if rng.random() < 0.3
                      else f"<p>{escape(p)}</p>")
    if rng.random() < 0.8:
        lead = rng.choice(_LEADS).format(site=site, who=who)
        truth.append(lead)
        blocks.append(f"<p><em>{escape(lead)}</em></p>" if rng.random() < 0.4
                      else f"<p>{escape(lead)}</p>")
    answers = paragraphs[intro_n:]
    groups: list[list[str]] = []
    while answers:
        n = 2 if len(answers) >= 3 and rng.random() < 0.35 else 1
        groups.append(answers[:n])
        answers = answers[n:]
    questions = rng.sample(_QUESTIONS, len(groups))
    style = rng.choice(("tj", "tj", "initials", "bold", "italic"))
    q_label, a_label = {
        "tj": rng.choice((("Tanya:", "Jawab:"), ("T:", "J:"), ("Tanya :", "Jawab :"),
                          ("Q:", "A:"), ("Pertanyaan:", "Jawaban:"))),
        "initials": (f"{initials}:", f"{surname}:"), "bold": ("", ""), "italic": ("", "")}[style]
    bold_label = rng.random() < 0.6
    quote_at = rng.randrange(1, len(groups)) if len(groups) > 1 and rng.random() < 0.6 else -1
    qcls = rng.choice(("tanya", "question", "qa-q", ""))
    for g, (q, group) in enumerate(zip(questions, groups, strict=True)):
        c = f' class="{qcls}"' if qcls else ""
        if style in ("tj", "initials"):
            label = f"<strong>{escape(q_label)}</strong>" if bold_label else escape(q_label)
            truth.append(f"{q_label} {q}")
            blocks.append(f"<p{c}>{label} {escape(q)}</p>")
        elif style == "bold":
            truth.append(q)
            blocks.append(f"<p{c}><strong>{escape(q)}</strong></p>")
        else:
            truth.append(q)
            blocks.append(f"<p{c}><em><b>{escape(q)}</b></em></p>" if rng.random() < 0.5
                          else f"<p{c}><em>{escape(q)}</em></p>")
        for k, a in enumerate(group):
            if a_label and k == 0:
                label = f"<strong>{escape(a_label)}</strong>" if bold_label else escape(a_label)
                truth.append(f"{a_label} {a}")
                blocks.append(f"<p>{label} {escape(a)}</p>")
            else:
                truth.append(a)
                blocks.append(f"<p>{escape(a)}</p>")
        if g == quote_at:
            sentence = rng.choice(_sentences(group[0]) or [group[0]])
            line = f"\u201c{sentence.strip(chr(34))}\u201d"
            cite = rng.choice((f"\u2014 {name}", f"{surname}, {office}", f"- {office}"))
            bq = rng.choice(("pullquote", "kutipan", "wp-block-pullquote"))
            blocks.append(f'<blockquote class="{bq}"><p>{j(line)}</p><cite>{j(cite)}</cite>'
                          "</blockquote>")

    # the furniture around the text
    profile = _profile(rng, j, name, office) if rng.random() < 0.7 else ""
    where = rng.choice(("after_intro", "end", "before_body"))
    if profile and where == "after_intro":
        blocks.insert(intro_n, profile)
    figure = ""
    if rng.random() < 0.7:
        cap = rng.choice((f"{who} saat diwawancarai {site}.", f"{who}. (Foto: Dok. {site})",
                          f"{office} {surname} (Foto: {_person(rng)})"))
        figure = (f'<figure class="wp-caption"><img src="{base}/uploads/{day:%Y/%m}/'
                  f'{token(rng, 10)}.jpg" alt="{attr(name)}"><figcaption>{j(cap)}</figcaption>'
                  "</figure>")
    tail = ""
    if rng.random() < 0.4:
        note = rng.choice(("Wawancara ini telah disunting untuk keperluan penulisan.",
                           "(Wawancara telah diringkas dan disunting)",
                           "*Petikan wawancara telah disunting tanpa mengubah substansi.",
                           "(bersambung)"))
        tail += f'<p class="catatan"><em>{j(note)}</em></p>'
    if magazine and rng.random() < 0.5:
        word = rng.choice(("Unduh edisi lengkap (PDF)", "Baca edisi lengkap", "Download Majalah "
                           "(PDF)", "Lihat edisi lainnya"))
        tail += f'<div class="unduh-edisi"><a href="{base}/majalah/{token(rng, 8)}.pdf">' \
                f"{j(word)}</a></div>"
    tags = ""
    if rng.random() < 0.5:
        tags = ('<div class="tags">' + _labelled(
            j, rng.choice(("Tags:", "Tag:", "Label:")), rng.sample(_TAGS, rng.randrange(2, 5)),
            ", ", '<a href="#" rel="tag">{x}</a>', "tag-title") + "</div>")
    share = _shares(rng, j, "share-buttons") if rng.random() < 0.5 else ""
    h = rng.choice(("h1", "h1", "h2"))
    hcls = rng.choice(("entry-title", "judul", "title"))
    headline = f'<{h} class="{hcls}">{escape(text.headline)}</{h}>'
    content = "\n".join(blocks) + tail
    before = profile if profile and where == "before_body" else ""
    after = profile if profile and where == "end" else ""
    template = rng.choice(("majalah", "joomla") if magazine else ("wp", "wp", "portal"))
    if template == "majalah":
        container = (f'<div class="majalah-artikel">{kicker}{headline}{meta_html}{edition}'
                     f'{figure}{before}<div class="isi-artikel">{content}</div>{after}{tags}'
                     f"{share}</div>")
        column = f'<div class="col-md-9 konten">{container}</div>'
    elif template == "joomla":
        headline = (f'<div class="page-header"><h2 itemprop="headline">{escape(text.headline)}'
                    "</h2></div>")
        container = (f'<div class="item-page" itemscope itemtype="https://schema.org/Article">'
                     f'{headline}<dl class="article-info muted"><dt class="article-info-term">'
                     f'{j("Detail")}</dt><dd>{meta_html}</dd></dl>{kicker}{edition}{figure}'
                     f'<div itemprop="articleBody" class="com-content-article__body">{before}'
                     f"{content}{after}</div>{tags}{share}</div>")
        column = (f'<main id="content" class="span9"><div class="com-content-article">'
                  f"{container}</div></main>")
    elif template == "portal":
        container = (f'<div class="detail-content"><div class="detail-header">{kicker}{headline}'
                     f'{meta_html}</div>{figure}{before}<div class="detail-body txt-article">'
                     f'{content}</div>{after}<div class="detail-footer">{tags}{share}</div></div>')
        column = f'<div class="main-left col-8">{container}</div>'
    else:
        container = (f'<article class="post single-wawancara"><header class="entry-header">'
                     f'{kicker}{headline}<div class="entry-meta">{meta_html}</div></header>'
                     f'{figure}<div class="entry-content">{before}{content}{after}</div>'
                     f'<footer class="entry-footer">{tags}{share}</footer></article>')
        column = f'<div id="primary" class="content-area col-md-8">{container}</div>'
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    side_word = "Edisi Terbaru" if magazine else "Wawancara Lainnya"
    body = (f'<header class="site-header"><a class="brand" href="{base}/">{escape(site)}</a>'
            + _nav(("Beranda", "Berita", "Wawancara", "Opini", "Majalah" if magazine else
                    "Foto", "Kontak"))
            + f'</header>\n<div class="container"><div class="row">{column}<aside class="'
            f'sidebar col-md-3"><h3>{side_word}</h3><ul>{side}</ul></aside></div></div>\n'
            f'<footer class="site-footer">&copy; {day.year} {escape(site)}</footer>')
    head = _head(rng, clock, text.headline, _teaser(rng, paragraphs[0]), site, url, author,
                 og=0.5 if magazine else 0.8, meta_time=0.5, ld=0.3 if magazine else 0.5,
                 kind=rng.choice(("NewsArticle", "Article")))
    title = _title(rng, text.headline, site)
    if rng.random() < 0.25:
        title = f"{rng.choice(('Wawancara', 'WAWANCARA', 'Wawancara Khusus'))}: {title}"
    return url, _shell(title, head, "single interview", body), Truth(
        text.headline, tuple(truth), clock.published(), author, site, tuple(j.lines))


# -- 3. a mobile template ------------------------------------------------------------------

# (the site, its desktop host, its mobile host, its zone, "news" or "gov", its short name,
# its cities)
_MOBILE = (
    ("Harian Fajar", "fajar.co.id", "m.fajar.co.id", "WITA", "news", "FAJAR",
     ("Makassar", "Gowa", "Maros")),
    ("Jambi Ekspres", "jambiekspres.co.id", "m.jambiekspres.co.id", "WIB", "news", "JE",
     ("Jambi", "Tebo")),
    ("Cepos Online", "ceposonline.com", "m.ceposonline.com", "WIT", "news", "Cepos",
     ("Jayapura", "Sentani", "Merauke")),
    ("Kalsel Today", "kalseltoday.com", "m.kalseltoday.com", "WITA", "news", "KT",
     ("Banjarmasin", "Banjarbaru")),
    ("Berita Satu Maluku", "beritasatumaluku.com", "mobile.beritasatumaluku.com", "WIT", "news",
     "BSM", ("Ambon", "Namlea")),
    ("Koran Sumsel", "koransumsel.com", "m.koransumsel.com", "WIB", "news", "KS",
     ("Palembang", "Prabumulih", "Lubuklinggau")),
    ("Pemerintah Provinsi Jawa Tengah", "jatengprov.go.id", "m.jatengprov.go.id", "WIB", "gov",
     "Pemprov Jateng", ("Semarang",)),
    ("Pemerintah Kota Kendari", "kendarikota.go.id", "m.kendarikota.go.id", "WITA", "gov",
     "Pemkot Kendari", ("Kendari",)),
    ("Pemerintah Kabupaten Biak Numfor", "biakkab.go.id", "mobile.biakkab.go.id", "WIT", "gov",
     "Pemkab Biak", ("Biak",)),
    ("Pemerintah Kota Tanjungpinang", "tanjungpinangkota.go.id", "m.tanjungpinangkota.go.id",
     "WIB", "gov", "Pemko Tanjungpinang", ("Tanjungpinang",)),
)
_ADS = (("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"), ("Iklan",), ("- Advertisement -",),
        ("Advertisement",), ("ADVERTISEMENT", "Geser ke bawah untuk melanjutkan"),
        ("Scroll untuk melanjutkan membaca",), ("IKLAN", "Gulir untuk melanjutkan"))


def _relative(rng: random.Random) -> str:
    n = rng.randrange(1, 23)
    return rng.choice((f"{n} jam lalu", f"{n} jam yang lalu", f"{rng.randrange(2, 59)} menit lalu",
                       f"{n} jam"))


def _ad_slot(rng: random.Random, j: Junk, cls: str) -> str:
    labels = rng.choice(_ADS)
    inner = "".join(f'<div class="ad-label">{j(x)}</div>' for x in labels[:1])
    after = "".join(f'<div class="ad-scroll">{j(x)}</div>' for x in labels[1:])
    return (f'<div class="{cls}">{inner}<div class="ad-unit" id="div-gpt-ad-{token(rng, 10)}-0" '
            f'style="min-height:250px"></div>{after}</div>')


def _app_prompt(rng: random.Random, j: Junk, short: str, cls: str) -> str:
    line, button = rng.choice(((f"Baca lebih nyaman di aplikasi {short}", "Buka Aplikasi"),
                               (f"Dapatkan berita terkini lewat aplikasi {short}",
                                "Unduh Sekarang"),
                               ("Baca lebih nyaman di aplikasi", "Buka"),
                               ("Nikmati pengalaman membaca lebih baik di aplikasi", "Install"),
                               (f"Aplikasi {short} kini tersedia di Google Play", "Download")))
    later = (f' <button class="later">{j(rng.choice(("Nanti saja", "Tutup", "Lain kali")))}'
             "</button>" if rng.random() < 0.5 else "")
    return (f'<div class="{cls}"><img src="/assets/app-icon.png" alt="" width="40"><p>{j(line)}'
            f'</p><a class="btn-app" href="https://play.google.com/store/apps/details?id=id.'
            f'{token(rng, 6)}.app">{j(button)}</a>{later}</div>')


def _swipe(rng: random.Random, j: Junk, nxt: Text, base: str, cls: str) -> str:
    word = rng.choice(("Geser untuk artikel berikutnya", "Artikel Selanjutnya", "Berita Berikutnya",
                       "Swipe untuk berita lainnya", "Baca Berikutnya"))
    arrow = rng.choice(("", " \u203a", " \u2192"))
    return (f'<div class="{cls}" data-swipe="next"><span class="swipe-label">{j(word)}</span>'
            f'<a href="{base}/read/{slug(nxt.headline)}">{j(nxt.headline)}</a>{escape(arrow)}'
            "</div>")


def mobile_site(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A news or government site's mobile template on an ``m.`` or ``mobile.`` host: a
    jQuery Mobile page, a mobile news theme, a government's mobile portal or a React app
    with hashed classes; sticky top and bottom bars, ad slots between the paragraphs,
    an app prompt, "Lanjutkan membaca", a share bar, a swipe-next strip and "Lihat
    versi desktop" inside the article's block or outside it, a relative time beside the
    date, ``<link rel="canonical">`` to the desktop page; dates alone, zoned, bare (WIB's
    sites) or stamped; a writer, an office, "Admin" or none."""
    site, desktop, mobile, zone, kind, short, cities = rng.choice(_MOBILE)
    base = f"https://{mobile}"
    gov = kind == "gov"
    template = rng.choice(("jqm", "mnews", "mgov" if gov else "mnews", "hashed"))
    section = rng.choice(("Berita", "Berita Daerah", "Pemerintahan", "Kegiatan")) if gov else \
        rng.choice(("Daerah", "Metro", "Politik", "Ekonomi", "Hukum", "Sport"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Berita {section}", "Terkini", "Indeks"))
        return _listing(rng, text, site, base, zone, heading,
                        f"{base}/{slug(section)}" + rng.choice(("", "?page=1", "/")), "mobile")
    clock = _Clock(rng, zone, chance_time=0.5 if gov else 0.7)
    day = clock.day
    s = slug(text.headline)
    node = rng.randrange(10**4, 10**7)
    path = rng.choice((f"/read/{node}/{s}", f"/berita/{day:%Y/%m/%d}/{s}", f"/{section.lower()}/"
                       f"{node}/{s}".replace(" ", "-"), f"/news/{s}-{node}"))
    url = base + path
    desktop_url = f"https://{desktop}{path}" if rng.random() < 0.8 else \
        f"https://www.{desktop}{path}"
    j = Junk()
    hashed = template == "hashed"

    def cls(name: str) -> str:
        return f"sc-{token(rng, 6)} {token(rng, 6)}" if hashed and rng.random() < 0.85 else name

    def place(chance: float) -> str:
        return rng.choice(("inside", "inside", "outside")) if rng.random() < chance else "none"

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("writer", "writer", "office", "admin", "none")) if gov else \
        rng.choice(("writer", "writer", "writer", "none"))
    author = writer if by_kind == "writer" else None
    meta: list[str] = []
    if by_kind != "none":
        who = {"writer": writer, "office": rng.choice((f"Humas {short}", f"Diskominfo {short}",
                                                       "Tim Media Center")),
               "admin": rng.choice(("Admin", "admin", "Operator"))}[by_kind]
        word = rng.choice(("Oleh:", "Oleh", "Penulis:", "Reporter:", "")) if by_kind == "writer" \
            else rng.choice(("Oleh:", "Sumber:", ""))
        if word:
            j.also(f"{word} {who}")
            meta.append(f'<span class="{cls("m-author")}">{j(word)} <b>{j(who)}</b></span>')
        else:
            meta.append(f'<span class="{cls("m-author")}">{j(who)}</span>')
    date_html = clock.html(rng, j, 0.5)
    rel = ""
    if rng.random() < 0.35:
        rel = f' <span class="{cls("m-ago")}">&middot; {j(_relative(rng))}</span>'
    meta.append(f'<span class="{cls("m-date")}">{date_html}{rel}</span>')
    if rng.random() < 0.3:
        meta.append(f'<span class="{cls("m-editor")}">{j("Editor: " + _person(rng))}</span>')
    joiner = "<br>" if rng.random() < 0.5 else " "
    meta_html = f'<div class="{cls("m-meta")}">{joiner.join(meta)}</div>'
    kicker = f'<a class="{cls("m-kanal")}" href="#">{j(section)}</a>' if rng.random() < 0.5 else ""

    figure = ""
    if rng.random() < 0.75:
        cap = rng.choice((f"Foto: {short}", f"Dok. {short}", "Foto: Istimewa",
                          f"Foto: {_person(rng)}/{short}"))
        figure = (f'<div class="{cls("m-photo")}"><img src="https://cdn.{desktop}/img/{day:%Y/%m}/'
                  f'{token(rng, 12)}.jpg" alt="{attr(text.headline)}" loading="lazy"><span '
                  f'class="{cls("m-caption")}">{j(cap)}</span></div>')

    # the text, with ad slots, an app prompt and "Lanjutkan membaca"
    paragraphs = list(text.paragraphs)
    blocks: list[str] = []
    for k, p in enumerate(paragraphs):
        if k == 0 and not gov and rng.random() < 0.5:
            blocks.append(_dateline(rng, j, rng.choice(cities), short, p))
        else:
            blocks.append(f"<p>{escape(p)}</p>")
    slots = rng.choice((1, 1, 2, 2, 3)) if len(blocks) >= 3 else 1
    for _ in range(slots):
        blocks.insert(rng.randrange(1, len(blocks)), _ad_slot(rng, j, cls("m-ads")))
    app = place(0.55)
    outer = Junk()
    if app == "inside":
        blocks.insert(rng.randrange(1, len(blocks)), _app_prompt(rng, j, short, cls("m-app")))
    if rng.random() < 0.35 and len(blocks) >= 3:
        o = other_texts(rng, text, 1)[0]
        word = rng.choice(("Baca Juga:", "BACA JUGA:", "Baca juga"))
        j.also(f"{word} {o.headline}")
        blocks.insert(rng.randrange(1, len(blocks)),
                      f'<div class="{cls("m-bacajuga")}"><span>{j(word)}</span> <a href="{base}/'
                      f'read/{slug(o.headline)}">{j(o.headline)}</a></div>')
    more = rng.random() < 0.3 and len(paragraphs) >= 3
    if more:
        cut = next(k for k, b in enumerate(blocks) if b.startswith("<p>") and k > 0)
        word = rng.choice(("Lanjutkan membaca", "Baca Selengkapnya", "Lanjut Baca",
                           "Tampilkan Selengkapnya"))
        blocks = [*blocks[:cut + 1],
                  f'<div class="read-more-mask"><button class="btn-readmore">{j(word)}</button>'
                  '</div><div class="read-more-rest">', *blocks[cut + 1:], "</div>"]

    # the strip and links at the end
    share = _shares(rng, j, cls("m-share-sticky")) if rng.random() < 0.5 else ""
    nxt = other_texts(rng, text, 1)[0]
    swipe = place(0.5)
    strip_in = _swipe(rng, j, nxt, base, cls("m-swipe")) if swipe == "inside" else ""
    strip_out = _swipe(rng, outer, nxt, base, cls("m-swipe")) if swipe == "outside" else ""
    desk = place(0.85)
    desk_word = rng.choice(("Lihat versi desktop", "Tampilan Desktop", "Versi Desktop",
                            "Beralih ke versi desktop", "Lihat Versi Web"))
    desk_in = (f'<div class="{cls("m-desktop")}"><a href="{desktop_url}?m=0">{j(desk_word)}</a>'
               "</div>" if desk == "inside" else "")
    desk_out = (f'<p class="switch"><a href="{desktop_url}?m=0">{escape(desk_word)}</a></p>'
                if desk == "outside" else "")
    app_out = _app_prompt(rng, outer, short, "bottom-sheet app-banner") if app == "outside" else ""
    tags = ""
    if rng.random() < 0.45:
        tags = (f'<div class="{cls("m-tags")}">' + _labelled(
            j, rng.choice(("Tag:", "Tags", "Topik")), rng.sample(_TAGS, rng.randrange(2, 4)), " ",
            '<a href="#">{x}</a>', "tl") + "</div>")

    h = rng.choice(("h1", "h1", "h2"))
    headline = f'<{h} class="{cls("m-title")}">{escape(text.headline)}</{h}>'
    content = "\n".join(blocks)
    inner = (f"{kicker}{headline}{meta_html}{figure}<div class=\"{cls('m-content')}\">{content}"
             f"</div>{tags}{share}{strip_in}{desk_in}")
    side = "".join(f'<li><a href="{base}/read/{slug(o.headline)}">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 4))
    bottom_nav = ('<nav class="bottom-bar sticky-bottom"><a href="/">Beranda</a><a href="/terkini">'
                  'Terkini</a><a href="/populer">Populer</a><a href="/indeks">Indeks</a></nav>')
    top = (f'<div class="top-bar sticky-top"><button class="burger" aria-label="Menu">&#9776;'
           f'</button><a class="logo" href="{base}/">{escape(short)}</a><button class="search" '
           'aria-label="Cari">&#128269;</button></div>')
    footer = (f'<footer class="m-footer">{desk_out}<p>&copy; {day.year} {escape(site)}</p>'
              "</footer>")
    if template == "jqm":
        bar = top.replace("top-bar", "top-bar ui-header")
        body = (f'<div data-role="page" id="detail" class="ui-page">{bar}'
                f'<div role="main" class="ui-content"><div class="ui-body article-detail">{inner}'
                f'</div>{strip_out}<ul data-role="listview" class="ui-listview">{side}</ul></div>'
                f'<div data-role="footer" data-position="fixed">{bottom_nav}</div>{footer}</div>'
                f"{app_out}")
    elif template == "mgov":
        body = (f"{top}<div class=\"container-mobile\"><div class=\"berita-detail-m\">{inner}"
                f'</div>{strip_out}<div class="berita-lain"><h4>Berita Lainnya</h4><ul>{side}'
                f"</ul></div></div>{bottom_nav}{footer}{app_out}")
    elif template == "hashed":
        body = (f'<div id="__next"><div class="{cls("layout")}">{top}<main class="{cls("main")}">'
                f'<article class="{cls("article")}">{inner}</article>{strip_out}<section class="'
                f'{cls("more")}"><ul>{side}</ul></section></main>{bottom_nav}{footer}</div>'
                f"{app_out}</div>")
    else:
        body = (f'{top}<div class="m-wrapper"><div class="m-detail">{inner}</div>{strip_out}'
                f'<div class="m-terkait"><h3>Terkait</h3><ul>{side}</ul></div></div>{bottom_nav}'
                f"{footer}{app_out}")
    head = _head(rng, clock, text.headline, _teaser(rng, paragraphs[0]), site, url, author,
                 og=0.75, meta_time=0.5, ld=0.4, canonical=desktop_url)
    head.append(f'<meta name="theme-color" content="#{rng.randrange(16**6):06x}">')
    if rng.random() < 0.5:
        head.append('<meta name="apple-mobile-web-app-capable" content="yes">')
    if rng.random() < 0.4:
        head.append('<link rel="manifest" href="/manifest.json">')
    title = _title(rng, text.headline, site if rng.random() < 0.7 else short)
    viewport = rng.choice(("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no",
                           "width=device-width, initial-scale=1.0", ""))
    body_cls = {"jqm": "ui-mobile-viewport", "mgov": "mobile gov", "hashed": "",
                "mnews": "mobile detail"}[template]
    return url, _shell(title, head, body_cls, body, viewport=viewport), Truth(
        text.headline, tuple(paragraphs), clock.published(), author, site, tuple(j.lines))


# -- 4. a government report of figures -----------------------------------------------------

# (the office, its host, its zone, its region, its kind)
_DATA_SITES = (
    ("BPS Provinsi Maluku Utara", "malut.bps.go.id", "WIT", "Provinsi Maluku Utara", "bps"),
    ("BPS Kabupaten Sigi", "sigikab.bps.go.id", "WITA", "Kabupaten Sigi", "bps"),
    ("BPS Kota Bengkulu", "bengkulukota.bps.go.id", "WIB", "Kota Bengkulu", "bps"),
    ("BPKAD Kota Balikpapan", "bpkad.balikpapan.go.id", "WITA", "Kota Balikpapan", "keuangan"),
    ("Bappeda Provinsi Jambi", "bappeda.jambiprov.go.id", "WIB", "Provinsi Jambi", "keuangan"),
    ("KPU Kabupaten Jayawijaya", "kab-jayawijaya.kpu.go.id", "WIT", "Kabupaten Jayawijaya", "kpu"),
    ("KPU Kota Mataram", "kota-mataram.kpu.go.id", "WITA", "Kota Mataram", "kpu"),
    ("Diskominfo Kabupaten Lampung Selatan", "diskominfo.lampungselatankab.go.id", "WIB",
     "Kabupaten Lampung Selatan", "kominfo"),
    ("Pemerintah Kota Palu", "palukota.go.id", "WITA", "Kota Palu", "kominfo"),
    ("Dinas Kesehatan Kabupaten Merauke", "dinkes.meraukekab.go.id", "WIT", "Kabupaten Merauke",
     "dinkes"),
    ("Disdukcapil Kota Medan", "disdukcapil.pemkomedan.go.id", "WIB", "Kota Medan", "dukcapil"),
)
_DATASETS = {"bps": ("inflasi", "penduduk", "kemiskinan"), "keuangan": ("apbd",),
             "kpu": ("pemilu",), "kominfo": ("apbd", "inflasi", "stunting", "penduduk"),
             "dinkes": ("stunting",), "dukcapil": ("penduduk",)}
_DISTRICTS = ("Kota Utara", "Kota Selatan", "Kota Timur", "Kota Barat", "Kota Tengah", "Pesisir",
              "Gunung Sari", "Sukamaju", "Tanjung Harapan", "Batu Putih", "Air Dingin",
              "Lembah Hijau", "Sungai Raya", "Bukit Indah")
_GROUPS = ("Makanan, Minuman, dan Tembakau", "Pakaian dan Alas Kaki",
           "Perumahan, Air, Listrik, dan Bahan Bakar Rumah Tangga",
           "Perlengkapan, Peralatan, dan Pemeliharaan Rutin Rumah Tangga", "Kesehatan",
           "Transportasi", "Informasi, Komunikasi, dan Jasa Keuangan",
           "Rekreasi, Olahraga, dan Budaya", "Pendidikan",
           "Penyediaan Makanan dan Minuman/Restoran", "Perawatan Pribadi dan Jasa Lainnya")
_GOODS = ("beras", "cabai merah", "bawang merah", "emas perhiasan", "ikan cakalang",
          "tarif angkutan udara", "sigaret kretek mesin", "tomat", "daging ayam ras", "bensin")


def _dec(x: float, places: int = 2) -> str:
    return f"{x:.{places}f}".replace(".", ",")


def _rp(n: int, unit: str) -> str:
    if unit == "full":
        return thousands(n)
    if unit == "rp":
        return f"Rp{thousands(n)}"
    return _dec(n / 1e9)  # miliar


def _money_words(n: int) -> str:
    return f"Rp{_dec(n / 1e12)} triliun" if n >= 10**12 else f"Rp{_dec(n / 1e9)} miliar"


class _Data:
    """A dataset: the table (its caption, its header, its rows), the sentence leading
    into it, a list (its lead and items), a chart's title, the source and the files."""

    def __init__(self, caption: str, header: list[str], rows: list[list[str]], lead: str,
                 list_lead: str, items: list[str], chart: str, source: str, name: str) -> None:
        self.caption, self.header, self.rows, self.lead = caption, header, rows, lead
        self.list_lead, self.items, self.chart, self.source, self.name = (
            list_lead, items, chart, source, name)


def _apbd(rng: random.Random, region: str, site: str, day: date) -> _Data:
    year = day.year if day.month > 3 else day.year - 1
    period = rng.choice(("30 Juni", "30 September", "31 Desember", "31 Oktober"))
    unit = rng.choice(("full", "rp", "miliar"))
    scale = rng.randrange(8, 300) * 10**10
    parts = [("Pendapatan Asli Daerah", 0.2), ("Pendapatan Transfer", 0.72),
             ("Lain-lain Pendapatan Daerah yang Sah", 0.08)]
    spend = [("Belanja Operasi", 0.7), ("Belanja Modal", 0.22), ("Belanja Tidak Terduga", 0.02),
             ("Belanja Transfer", 0.06)]
    rows: list[list[str]] = []
    items: list[str] = []
    for block, total_word in ((parts, "Jumlah Pendapatan"), (spend, "Jumlah Belanja")):
        plan_sum = done_sum = 0
        for k, (name, share) in enumerate(block):
            plan = int(scale * share * rng.uniform(0.85, 1.15)) // 1000 * 1000
            done = int(plan * rng.uniform(0.35, 0.98)) // 1000 * 1000
            plan_sum += plan
            done_sum += done
            rows.append([name, _rp(plan, unit), _rp(done, unit),
                         _dec(100 * done / plan)])
            if k < 2 and rng.random() < 0.7:
                items.append(f"{name} terealisasi {_money_words(done)} atau "
                             f"{_dec(100 * done / plan)} persen dari target "
                             f"{_money_words(plan)}.")
        rows.append([total_word, _rp(plan_sum, unit), _rp(done_sum, unit),
                     _dec(100 * done_sum / plan_sum)])
    money = {"full": "(Rp)", "rp": "", "miliar": "(miliar rupiah)"}[unit]
    header = [rng.choice(("Uraian", "URAIAN", "Komponen")), f"Anggaran {money}".strip(),
              f"Realisasi {money}".strip(), rng.choice(("%", "Persentase (%)", "Capaian (%)"))]
    if not items:
        items = [f"{rows[0][0]} terealisasi {rows[0][3]} persen."]
    return _Data(f"Tabel 1. Realisasi APBD {region} Tahun Anggaran {year} per {period} {year}",
                 header, rows,
                 f"Berikut rincian realisasi pendapatan dan belanja daerah {region} hingga "
                 f"{period} {year}:", rng.choice(("Adapun capaian per komponen antara lain:",
                                                  "Rinciannya sebagai berikut:")), items,
                 f"Grafik: Realisasi Pendapatan dan Belanja Daerah {year} per Triwulan",
                 rng.choice((f"Sumber data: {site}", "Sumber: SIPD, diolah",
                             f"Sumber: Laporan Realisasi Anggaran {region}")), "realisasi-apbd")


def _inflasi(rng: random.Random, region: str, site: str, day: date) -> _Data:
    month = MONTHS[(day.month - 2) % 12]
    year = day.year if day.month > 1 else day.year - 1
    groups = list(_GROUPS) if rng.random() < 0.6 else rng.sample(_GROUPS, rng.randrange(5, 9))
    rows = []
    shares = []
    for g in groups:
        mtm = rng.uniform(-0.8, 1.4)
        yoy = rng.uniform(-1.5, 6.5)
        share = yoy * rng.uniform(0.02, 0.3)
        shares.append((share, g))
        rows.append([g, _dec(mtm), _dec(yoy), _dec(share)])
    general = rng.uniform(1.0, 4.8)
    rows.insert(0, [rng.choice(("Umum", "UMUM", "Umum (Headline)")), _dec(rng.uniform(-0.3, 0.9)),
                    _dec(general), _dec(general)])
    numbered = rng.random() < 0.4
    if numbered:
        rows = [[str(k), *r] for k, r in enumerate(rows)]
        rows[0][0] = "-"
    header = (["No"] if numbered else []) + ["Kelompok Pengeluaran", "Inflasi m-to-m (%)",
                                             "Inflasi y-on-y (%)", "Andil y-on-y (%)"]
    top = max(shares)
    goods = rng.sample(_GOODS, rng.randrange(3, 6))
    items = [f"{g} dengan andil {_dec(rng.uniform(0.01, 0.4))} persen" for g in goods]
    if rng.random() < 0.5:
        items = [x[0].upper() + x[1:] + ";" for x in items[:-1]] + [
            items[-1][0].upper() + items[-1][1:] + "."]
    return _Data(f"Tabel Inflasi {region} Menurut Kelompok Pengeluaran, {month} {year}", header,
                 rows, f"Inflasi year on year (y-on-y) {region} pada {month} {year} sebesar "
                 f"{_dec(general)} persen, dengan andil terbesar dari kelompok {top[1].lower()}. "
                 "Rinciannya per kelompok pengeluaran sebagai berikut.",
                 "Komoditas yang dominan memberikan andil inflasi y-on-y antara lain:", items,
                 f"Grafik: Perkembangan Inflasi y-on-y {region}, {month} {year - 1}\u2013{month} "
                 f"{year}", rng.choice((f"Sumber data: {site}", "Sumber: BPS (diolah)",
                                        f"Sumber data: Berita Resmi Statistik {site}")),
                 "inflasi")


def _penduduk(rng: random.Random, region: str, site: str, day: date) -> _Data:
    districts = rng.sample(_DISTRICTS, rng.randrange(5, 10))
    rows = []
    men_sum = women_sum = 0
    for k, d in enumerate(districts, 1):
        men = rng.randrange(4000, 90000)
        women = int(men * rng.uniform(0.92, 1.06))
        men_sum += men
        women_sum += women
        rows.append([str(k), d, thousands(men), thousands(women), thousands(men + women)])
    rows.append(["Jumlah", thousands(men_sum), thousands(women_sum),
                 thousands(men_sum + women_sum)])
    semester = rng.choice(("Semester I", "Semester II"))
    year = day.year if semester == "Semester I" else day.year - 1
    biggest = max(rows[:-1], key=lambda r: int(r[4].replace(".", "")))
    items = [f"Penduduk laki-laki: {thousands(men_sum)} jiwa",
             f"Penduduk perempuan: {thousands(women_sum)} jiwa",
             f"Rasio jenis kelamin: {_dec(100 * men_sum / women_sum, 1)}",
             f"Kecamatan dengan penduduk terbanyak: {biggest[1]} ({biggest[4]} jiwa)"]
    return _Data(f"Jumlah Penduduk {region} per Kecamatan, {semester} {year}",
                 ["No", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah"], rows,
                 f"Jumlah penduduk {region} pada {semester} {year} tercatat "
                 f"{thousands(men_sum + women_sum)} jiwa, tersebar di {len(districts)} kecamatan.",
                 rng.choice(("Data tersebut meliputi:", "Secara ringkas:", "Rinciannya:")), items,
                 f"Grafik: Piramida Penduduk {region} {year}",
                 rng.choice((f"Sumber data: {site}", "Sumber: Data Konsolidasi Bersih (DKB) "
                             "Ditjen Dukcapil", "Sumber: SIAK, diolah")), "penduduk")


def _kemiskinan(rng: random.Random, region: str, site: str, day: date) -> _Data:
    years = list(range(day.year - rng.randrange(4, 7), day.year + (1 if day.month > 7 else 0)))
    rows = []
    poor = rng.uniform(20, 400)
    line = rng.randrange(350000, 700000)
    for y in years:
        poor *= rng.uniform(0.93, 1.04)
        line = int(line * rng.uniform(1.02, 1.08))
        rows.append([f"Maret {y}", _dec(poor), _dec(rng.uniform(5, 22)), thousands(line)])
    last = rows[-1]
    items = [f"Jumlah penduduk miskin {last[0]}: {last[1]} ribu jiwa.",
             f"Persentase penduduk miskin: {last[2]} persen.",
             f"Garis kemiskinan: Rp{last[3]} per kapita per bulan."]
    return _Data(f"Perkembangan Penduduk Miskin {region}, {rows[0][0]}\u2013{last[0]}",
                 ["Periode", "Jumlah Penduduk Miskin (ribu jiwa)", "Persentase (%)",
                  "Garis Kemiskinan (Rp/kapita/bulan)"], rows,
                 f"Perkembangan jumlah dan persentase penduduk miskin {region} dalam beberapa "
                 "tahun terakhir disajikan pada tabel berikut.",
                 "Pokok-pokok hasil penghitungan:", items,
                 f"Grafik: Persentase Penduduk Miskin {region}",
                 rng.choice((f"Sumber data: {site}", "Sumber: Susenas Maret, BPS")), "kemiskinan")


def _pemilu(rng: random.Random, region: str, site: str, day: date) -> _Data:
    n = rng.randrange(2, 5)
    votes = [rng.randrange(8000, 160000) for _ in range(n)]
    valid = sum(votes)
    invalid = int(valid * rng.uniform(0.01, 0.05))
    dpt = int((valid + invalid) / rng.uniform(0.6, 0.85))
    rows = []
    for k, v in enumerate(votes, 1):
        a = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        b = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        rows.append([f"{k:02d}", f"{a} \u2013 {b}", thousands(v), _dec(100 * v / valid)])
    rows.append(["Jumlah Suara Sah", thousands(valid), "100,00"])
    which = rng.choice(("Pemilihan Bupati dan Wakil Bupati" if "Kabupaten" in region
                        else "Pemilihan Wali Kota dan Wakil Wali Kota",
                        "Pemilihan Gubernur dan Wakil Gubernur"))
    items = [f"Jumlah pemilih dalam DPT: {thousands(dpt)} orang",
             f"Suara sah: {thousands(valid)}", f"Suara tidak sah: {thousands(invalid)}",
             f"Tingkat partisipasi pemilih: {_dec(100 * (valid + invalid) / dpt)} persen"]
    return _Data(f"Hasil Rekapitulasi Perolehan Suara {which} Tahun {day.year} di {region}",
                 ["No. Urut", "Pasangan Calon", "Perolehan Suara", "Persentase (%)"], rows,
                 f"Berdasarkan rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat "
                 f"{region.split()[0].lower()}, perolehan suara masing-masing pasangan calon "
                 "adalah sebagai berikut.", "Data pengguna hak pilih:", items,
                 f"Grafik: Perolehan Suara per Distrik/Kecamatan di {region}",
                 rng.choice((f"Sumber: {site}", "Sumber data: Formulir Model D.Hasil, diolah")),
                 "rekapitulasi-suara")


def _stunting(rng: random.Random, region: str, site: str, day: date) -> _Data:
    units = rng.sample(_DISTRICTS, rng.randrange(5, 9))
    rows = []
    total_m = total_s = 0
    for u in units:
        measured = rng.randrange(300, 4000)
        stunted = int(measured * rng.uniform(0.05, 0.35))
        total_m += measured
        total_s += stunted
        rows.append([f"Puskesmas {u}", thousands(measured), thousands(stunted),
                     _dec(100 * stunted / measured)])
    rows.append(["Total", thousands(total_m), thousands(total_s), _dec(100 * total_s / total_m)])
    worst = max(rows[:-1], key=lambda r: float(r[3].replace(",", ".")))
    items = [f"Prevalensi stunting {region} turun menjadi {rows[-1][3]} persen.",
             f"Prevalensi tertinggi tercatat di wilayah {worst[0]} sebesar {worst[3]} persen.",
             "Intervensi spesifik difokuskan pada ibu hamil dan balita di bawah dua tahun."]
    month = MONTHS[(day.month - 2) % 12]
    return _Data(f"Hasil Pengukuran Balita per Puskesmas, {month} {day.year}",
                 ["Puskesmas", "Balita Diukur", "Balita Stunting", "Prevalensi (%)"], rows,
                 f"Hasil bulan penimbangan balita di {region} pada {month} {day.year} sebagai "
                 "berikut.", rng.choice(("Sejumlah temuan penting:", "Beberapa catatan dari data "
                                         "tersebut:")), items,
                 f"Grafik: Tren Prevalensi Stunting {region}",
                 rng.choice((f"Sumber data: {site}", "Sumber: e-PPGBM, diolah")), "stunting")


def _table(rng: random.Random, j: Junk, data: _Data, style: str) -> tuple[str, list[str]]:
    """A dataset's table as the page's editor leaves it, and its truth: its caption and
    each row (header too), the cells' texts joined by single spaces."""
    width = len(data.header)
    truth: list[str] = []

    def row_html(cells: list[str], tag: str, wrap: bool) -> str:
        out = []
        span = width - len(cells) + 1  # a total row's merged label
        for k, c in enumerate(cells):
            colspan = f' colspan="{span}"' if k == 0 and span > 1 else ""
            inner = f"<p>{escape(c)}</p>" if wrap else escape(c)
            if tag == "td" and style == "ckeditor" and k == 0 and span > 1:
                inner = f"<strong>{inner}</strong>"
            align = ' style="text-align:right"' if k > 0 and c[:1].isdigit() else ""
            out.append(f"<{tag}{colspan}{align}>{inner}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    truth.append(" ".join(data.header))
    truth += [" ".join(r) for r in data.rows]
    cap_truth = [data.caption]
    if style == "gutenberg":
        html = (f'<figure class="wp-block-table{rng.choice(("", " is-style-stripes"))}"><table '
                f'class="has-fixed-layout"><thead>{row_html(data.header, "th", False)}</thead>'
                f'<tbody>{"".join(row_html(r, "td", False) for r in data.rows)}</tbody></table>'
                f'<figcaption class="wp-element-caption">{escape(data.caption)}</figcaption>'
                "</figure>")
        return html, truth + cap_truth
    if style == "bootstrap":
        html = (f'<p class="table-title"><strong>{escape(data.caption)}</strong></p><div class="'
                f'table-responsive"><table class="table table-bordered table-striped table-sm">'
                f'<thead class="thead-light">{row_html(data.header, "th", False)}</thead><tbody>'
                f'{"".join(row_html(r, "td", False) for r in data.rows)}</tbody></table></div>')
        return html, cap_truth + truth
    if style == "ckeditor":
        wrap = rng.random() < 0.5
        head_cells = [f"<strong>{escape(h)}</strong>" for h in data.header]
        head = "<tr>" + "".join(f"<td>{c}</td>" for c in head_cells) + "</tr>"
        html = (f'<table border="1" cellpadding="3" cellspacing="0" style="width:100%">'
                f"<caption>{escape(data.caption)}</caption><tbody>{head}"
                f'{"".join(row_html(r, "td", wrap) for r in data.rows)}</tbody></table>')
        return html, cap_truth + truth
    # a DataTables table, with its controls (furniture) around it
    n = len(data.rows)
    show = rng.choice(("Tampilkan", "Show"))
    entries = rng.choice(("entri", "data", "entries"))
    search = rng.choice(("Cari:", "Search:", "Pencarian:"))
    info = rng.choice((f"Menampilkan 1 sampai {n} dari {n} entri", f"Showing 1 to {n} of {n} "
                       "entries", f"Menampilkan 1 - {n} dari {n} data"))
    prev, nxt = rng.choice((("Sebelumnya", "Selanjutnya"), ("Previous", "Next"),
                            ("\u00ab Sebelumnya", "Berikutnya \u00bb")))
    html = (f'<h4 class="judul-tabel">{escape(data.caption)}</h4><div class="dataTables_wrapper '
            f'dt-bootstrap4"><div class="dataTables_length"><label>{j(show)} <select><option>10'
            f"</option><option>25</option></select> {j(entries)}</label></div><div class="
            f'"dataTables_filter"><label>{j(search)} <input type="search"></label></div><table '
            f'id="tabel-{token(rng, 5)}" class="table display dataTable"><thead>'
            f'{row_html(data.header, "th", False)}</thead><tbody>'
            f'{"".join(row_html(r, "td", False) for r in data.rows)}</tbody></table><div class="'
            f'dataTables_info" role="status">{j(info)}</div><div class="dataTables_paginate">'
            f'<a class="paginate_button previous disabled">{j(prev)}</a><span><a class="'
            f'paginate_button current">1</a></span><a class="paginate_button next disabled">'
            f"{j(nxt)}</a></div></div>")
    return html, cap_truth + truth


def _items(rng: random.Random, data: _Data) -> tuple[str, list[str]]:
    kind = rng.choice(("ul", "ol", "ol", "numbered_p", "dash_ul"))
    if kind == "numbered_p":
        lines = [f"{k}. {x}" for k, x in enumerate(data.items, 1)]
        return "".join(f"<p>{escape(x)}</p>" for x in lines), lines
    cls = ' class="wp-block-list"' if rng.random() < 0.3 else ""
    tag = "ol" if kind == "ol" else "ul"
    return (f"<{tag}{cls}>" + "".join(f"<li>{escape(x)}</li>" for x in data.items)
            + f"</{tag}>"), list(data.items)


def data_report_news(rng: random.Random, text: Text) -> tuple[str, str, Truth]:
    """A government office's report of figures (BPS' inflation, population and poverty
    releases, a budget's realisation, a vote count, stunting figures): text paragraphs
    with a table (a WordPress block table, a Bootstrap table, a CKEditor table, a
    DataTables table with its controls) and a bulleted or numbered list between them,
    each led by a sentence; download links, a chart placeholder, "Sumber data:" lines,
    an infographic, a BPS release's number; dates alone, zoned, bare (WIB's offices) or
    stamped; a writer, a desk or none."""
    site, host, zone, region, kind = rng.choice(_DATA_SITES)
    base = f"https://{host}"
    wordpress = rng.random() < 0.45
    style = rng.choice(("gutenberg", "gutenberg", "bootstrap", "ckeditor", "datatables")
                       if wordpress else ("bootstrap", "ckeditor", "ckeditor", "datatables"))
    section = rng.choice(("Berita", "Berita Resmi Statistik", "Rilis Data", "Informasi Publik",
                          "Berita Daerah") if kind == "bps" else
                         ("Berita", "Rilis Data", "Informasi Publik", "Berita Daerah", "Data"))
    if rng.random() < 1 / 8:
        heading = rng.choice((section, f"Arsip {section}", f"{section} Terbaru"))
        url = (f"{base}/category/{slug(section)}/" if wordpress
               else f"{base}/{slug(section)}" + rng.choice(("", "?page=1", "/list")))
        return _listing(rng, text, site, base, zone, heading, url, "data")
    clock = _Clock(rng, zone, chance_time=0.5, stamps=("offset", "utc", "z", "none", "none"))
    day = clock.day
    s = slug(text.headline)
    node = rng.randrange(100, 50000)
    url = (rng.choice((f"{base}/{day:%Y/%m/%d}/{s}/", f"{base}/{s}/", f"{base}/?p={node}"))
           if wordpress else rng.choice((f"{base}/berita/{node}/{s}", f"{base}/id/news/"
                                         f"{day:%Y/%m/%d}/{node}/{s}.html",
                                         f"{base}/index.php/berita/detail/{s}")))
    j = Junk()
    data = {"apbd": _apbd, "inflasi": _inflasi, "penduduk": _penduduk, "kemiskinan": _kemiskinan,
            "pemilu": _pemilu, "stunting": _stunting}[rng.choice(_DATASETS[kind])](
        rng, region, site, day)

    # the meta
    writer = _person(rng)
    by_kind = rng.choice(("writer", "desk", "desk", "none"))
    author = writer if by_kind == "writer" else None
    meta: list[str] = []
    date_html = clock.html(rng, j, 0.55, "posted-on")
    word = rng.choice(("", "", "Tanggal Rilis:", "Diterbitkan:", "Posted on"))
    if word:
        j.also(f"{word} {clock.printed}")
        meta.append(f'<span class="label-date">{j(word)}</span> {date_html}')
    else:
        meta.append(date_html)
    if by_kind != "none":
        who = writer if by_kind == "writer" else rng.choice(
            ("Admin", "Humas", "Tim Humas", f"Humas {site}", "Tim Publikasi"))
        label = rng.choice(("Penulis:", "Oleh:", "Oleh", "Ditulis oleh"))
        j.also(f"{label} {who}")
        meta.append(f'<span class="byline">{j(label)} {j(who)}</span>')
    if rng.random() < 0.5:
        n = rng.randrange(5, 9000)
        views = rng.choice((f"Dilihat {thousands(n)} kali", f"{n} views", f"Dibaca: {n}"))
        meta.append(f'<span class="views">{j(views)}</span>')
    meta_html = f'<div class="entry-meta">{" | ".join(meta)}</div>'
    number = ""
    if kind == "bps" and rng.random() < 0.6:
        line = (f"Berita Resmi Statistik No. {rng.randrange(1, 80):02d}/{day.month:02d}/"
                f"{rng.randrange(11, 95)}/Th. {('XXI', 'XXII', 'XXIII', 'XXIV')[rng.randrange(4)]}"
                f", {indonesian_date(day, day_name=False)}")
        number = f'<p class="brs-number">{j(line)}</p>'

    # the body: text, the table, the list, furniture between
    paragraphs = list(text.paragraphs)
    truth: list[str] = []
    blocks: list[str] = []
    at_table = rng.randrange(1, min(3, len(paragraphs)) + 1)
    at_list = rng.randrange(at_table, len(paragraphs) + 1)
    table_html, table_truth = _table(rng, j, data, style)
    list_html, list_truth = _items(rng, data)
    source = f'<p class="sumber-data"><em>{j(data.source)}</em></p>' if rng.random() < 0.7 else ""
    files = []
    if rng.random() < 0.65:
        for ext in rng.sample(("XLSX", "PDF", "CSV"), rng.randrange(1, 3)):
            size = f"{rng.randrange(12, 900)} KB"
            line = rng.choice((f"Unduh data ({ext}, {size})", f"Unduh {ext}",
                               f"Download data {data.name}.{ext.lower()}",
                               f"Unduh Tabel ({ext})"))
            files.append(f'<a class="btn btn-download" href="{base}/uploads/data/{data.name}-'
                         f'{token(rng, 6)}.{ext.lower()}">{j(line)}</a>')
    files_html = f'<div class="unduh-data">{" ".join(files)}</div>' if files else ""
    chart = ""
    if rng.random() < 0.5:
        word = rng.choice(("Memuat grafik...", "Loading chart...", "Grafik sedang dimuat"))
        loading = f'<p class="chart-loading">{j(word)}</p>' if rng.random() < 0.4 else ""
        chart = (f'<div class="chart-container" data-chart="{data.name}"><p class="chart-title">'
                 f'{j(data.chart)}</p><canvas id="chart-{token(rng, 6)}" height="240"></canvas>'
                 f"{loading}</div>")
    infographic = ""
    if rng.random() < 0.45:
        cap = rng.choice((f"Infografis: {data.caption}", "Infografis", f"INFOGRAFIS {site}",
                          f"Infografis {data.chart.split(': ', 1)[-1]}"))
        word = rng.choice(("Klik untuk memperbesar", "Klik gambar untuk memperbesar", "Perbesar"))
        zoom = f'<span class="zoom">{j(word)}</span>' if rng.random() < 0.5 else ""
        infographic = (f'<figure class="infografis"><a href="{base}/uploads/infografis/'
                       f'{token(rng, 10)}.png"><img src="{base}/uploads/infografis/'
                       f'{token(rng, 10)}-768x1024.png" alt="{attr(cap)}"></a><figcaption>'
                       f"{j(cap)}</figcaption>{zoom}</figure>")
    chart_spot = rng.choice(("table", "end"))
    for k in range(len(paragraphs) + 1):
        if k == at_table:
            truth.append(data.lead)
            blocks.append(f"<p>{escape(data.lead)}</p>")
            truth += table_truth
            blocks.append(table_html)
            blocks.append(source)
            blocks.append(files_html)
            if chart_spot == "table":
                blocks.append(chart)
        if k == at_list:
            truth.append(data.list_lead)
            truth += list_truth
            blocks.append(f"<p>{escape(data.list_lead)}</p>{list_html}")
        if k < len(paragraphs):
            truth.append(paragraphs[k])
            blocks.append(f"<p>{escape(paragraphs[k])}</p>")
    if chart_spot == "end":
        blocks.append(chart)
    blocks.append(infographic)
    tags = ""
    if rng.random() < 0.45:
        tags = ('<div class="tags-links">' + _labelled(
            j, rng.choice(("Tags:", "Tag:", "Kata kunci:")), rng.sample(_TAGS, rng.randrange(2, 5)),
            ", ", '<a href="#" rel="tag">{x}</a>', "tags-title") + "</div>")
    share = _shares(rng, j, "share-post") if rng.random() < 0.5 else ""
    figure = ""
    if rng.random() < 0.4:
        cap = rng.choice((f"Foto: {site}", "Ilustrasi", f"Konferensi pers {site}. (Foto: Humas)"))
        figure = (f'<figure class="post-thumbnail"><img src="{base}/uploads/{day:%Y/%m}/'
                  f'{token(rng, 8)}.jpg" alt=""><figcaption>{j(cap)}</figcaption></figure>')
    h = rng.choice(("h1", "h1", "h2"))
    headline = f'<{h} class="entry-title">{escape(text.headline)}</{h}>'
    content = "\n".join(b for b in blocks if b)
    if wordpress:
        container = (f'<article id="post-{node}" class="post-{node} post type-post status-publish '
                     f'hentry"><header class="entry-header">{headline}{meta_html}</header>{figure}'
                     f'<div class="entry-content">{number}{content}</div><footer class="'
                     f'entry-footer">{tags}{share}</footer></article>')
        column = f'<main id="main" class="site-main col-md-8">{container}</main>'
    else:
        template = rng.choice(("card", "joomla", "brs" if kind == "bps" else "card"))
        if template == "joomla":
            container = (f'<div class="item-page"><div class="page-header"><h2 itemprop="headline">'
                         f'{escape(text.headline)}</h2></div><dl class="article-info">{meta_html}'
                         f'</dl>{number}{figure}<div itemprop="articleBody">{content}</div>{tags}'
                         f"{share}</div>")
            column = f'<div id="component" class="span8">{container}</div>'
        elif template == "brs":
            container = (f'<section class="brs-detail"><div class="brs-header">'
                         f'<h1 class="brs-title">{escape(text.headline)}</h1>{meta_html}{number}'
                         "</div>"
                         f'<div class="brs-abstract">{content}</div>{figure}{tags}{share}'
                         "</section>")
            column = f'<div class="col-md-9 brs-main">{container}</div>'
        else:
            container = (f'<div class="card news-detail"><div class="card-body">{headline}'
                         f'{meta_html}{number}{figure}<div class="news-content">{content}</div>'
                         f"{tags}{share}</div></div>")
            column = f'<div class="col-lg-8">{container}</div>'
    side = "".join(f'<li><a href="#">{escape(o.headline)}</a></li>'
                   for o in other_texts(rng, text, 5))
    body = (f'<header class="site-header"><a class="brand" href="{base}/"><img src="{base}/'
            f'logo.png" alt=""> {escape(site)}</a>' + _nav(("Beranda", "Profil", "Berita", "Data",
                                                   "Publikasi", "PPID", "Kontak"))
            + f'</header>\n<div class="container"><div class="row">{column}<aside class="col-lg-4'
            f' sidebar"><div class="widget"><h3>Berita Terbaru</h3><ul>{side}</ul></div><div '
            'class="widget"><h3>Tautan</h3><ul><li>Satu Data Indonesia</li><li>Open Data</li>'
            "</ul></div></aside></div></div>\n"
            f'<footer class="site-footer">&copy; {day.year} {escape(site)}</footer>')
    head = _head(rng, clock, text.headline, _teaser(rng, paragraphs[0]), site, url, author,
                 og=0.6 if wordpress else 0.35, meta_time=0.5 if wordpress else 0.2,
                 ld=0.35 if wordpress else 0.15)
    title = _title(rng, text.headline, site)
    body_cls = "single single-post" if wordpress else "news-detail-page"
    return url, _shell(title, head, body_cls, body), Truth(
        text.headline, tuple(truth), clock.published(), author, site, tuple(j.lines))


FAMILIES: dict[str, Family] = {
    "summary-box-news": summary_box_news, "interview-qa": interview_qa,
    "mobile-site": mobile_site, "data-report-news": data_report_news}
