"""Page furniture recognised by what a line is made of, not by phrases of known sites.

A byline, a date stamp, a view counter, a video teaser or a channel credit is a
short line whose every word is one of a few kinds: a part of a date or a time
(day and month names, numbers, "WIB", "pukul", "lalu"), a role label ("Reporter",
"Editor", "Redaktur", "Oleh", "Foto", "Sumber", "Last Update", "Dibaca", "kali"), a
platform or widget word ("Youtube", "Official", "Follow", "Video", "Menu"), or a
name (a capitalised word, with the joiners of Indonesian names). ``kind(line)`` says
"byline" for such a line that holds a date or a role (its words feed the author and
date readers), "junk" for the others, None for text. A sentence has words of other
kinds ("kerja sama", "menandatangani") and is never furniture, so no list of
phrases from known sites is needed.

Two shapes are recognised besides: a call to follow the outlet somewhere ("Cek
berita dan artikel yang lain di Google News", "Ikuti kanal WhatsApp kami"): short,
opening with an imperative and naming a platform; and an outlet's dateline at the
start of the text ("Jakarta (ANTARA) - ", "Bisnis.com, JAKARTA--", "JAKARTA,
KOMPAS.com - "), which ``split_dateline`` cuts from the paragraph it opens.
"""

from __future__ import annotations

import re

from crawler.extract.dates import MONTHS, WEEKDAYS, ZONES, read_text_date

_DAYS = set(WEEKDAYS)
_CLOCK = {*ZONES, "at", "pukul", "jam", "am", "pm", "lalu", "yang", "menit",
          "detik", "hari", "ago", "hours", "hour", "minutes", "minute", "days", "day", "pagi",
          "siang", "sore", "malam"}
_ROLES = {"reporter", "editor", "redaktur", "penulis", "pewarta", "wartawan", "oleh", "by",
          "foto", "fotografer", "photo", "kontributor", "penyunting", "sumber", "source", "admin",
          "author", "writer", "posted", "diposting", "dipublikasikan", "diterbitkan", "diperbarui",
          "diunggah", "updated", "update", "last", "terakhir", "published", "on", "pada",
          "dibaca", "dilihat", "views", "view", "kali", "times", "hits", "komentar", "comments",
          "tim", "redaksi", "humas", "liputan", "laporan", "ditulis", "written", "edited",
          "text", "teks", "video", "videografer", "kameramen", "kamerawan", "narator",
          "narasi", "cameraman", "narrator", "produser", "producer", "kategori", "category",
          "categories", "rubrik", "operator", "administrator", "webmaster", "dalam", "in"}
_WIDGETS = {"follow", "ikuti", "main", "menu", "home", "beranda", "tutup", "close", "search",
            "cari", "login", "masuk", "daftar", "more", "lainnya", "selengkapnya", "next", "prev",
            "previous", "kembali", "back", "top", "official", "resmi", "channel", "kanal",
            "video", "foto", "galeri", "gallery", "audio", "podcast", "infografis", "tv", "live",
            "streaming", "youtube", "instagram", "facebook", "twitter", "tiktok", "whatsapp",
            "telegram", "google", "news", "linkedin", "threads", "share", "bagikan", "copy",
            "link", "salin", "tautan", "print", "cetak", "email", "subscribe", "unfollow", "tidak",
            "ada", "no", "tweet"}
_JOINERS = {"dan", "bin", "binti", "van", "de", "al", "la", "el", "da", "der", "den", "von",
            "&", "and"}
_MONTHS = set(MONTHS)
_ZONE_WORDS = set(ZONES) - {"z"}
_TIME_OF_DAY = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b")
_DATE_WORDS = _DAYS | _MONTHS | _CLOCK
_ANCHORS = _DAYS | _MONTHS | {"wib", "wita", "wit"} | (_ROLES - {"on", "pada", "by", "tim", "dalam",
                                                                   "in"})

_TOKEN = re.compile(r"(?!@\s)[^\s|•·,;:()\[\]/–—-]+(?:[-/][^\s|•·,;:()\[\]/–—-]+)*")
_NUMBER = re.compile(r"\d{1,4}(?:[.:,]\d{1,3}){0,2}(?:st|nd|rd|th|\.|\+|%)?|\d{5,9}\+?"  # 1.250+
                     r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d")
# a capitalised word, a handle, an acronym; "Tribun-Timur.com" too
_NAME_WORD = re.compile(r"[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)*|@\w+|[A-Z]{2,}[\w.]*")
_SHORT_MONTHS = "|".join(m for m in MONTHS if len(m) == 3)
_NUMERIC_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d"
                           r"|\d{1,2}-(?:" + _SHORT_MONTHS + r")-\d{4}",  # a server's "21-Jun-2024"
                           re.I)
_YEAR = re.compile(r"(?:19|20)\d\d\.?")
_DAY_NAMES = {d for d in _DAYS if len(d) > 3}  # "Sun", "Sat", "Wed" are words too
_RELATIVE = {"lalu", "ago"}
_MAX_LEN = 200
_SENTENCE = re.compile(r"[a-z]{3,}[.!?]$")  # "... on Live Science.": a sentence's end
_MAX_WORDS = 24


# where a page put an icon, not a space, between a byline's parts: "Administrator26
# Agustus 2023Kegiatan", "30 Desember 2023Agus SaputraDibaca 1480 Kali", a date leaf "6JUN2023"
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z\d])|(?<=\d)(?=[A-Za-z]{2})|(?<=[A-Z]{3})(?=\d{4})")


def _word_kind(token: str) -> str | None:
    low = token.lower().strip(".'’")
    if _NUMBER.fullmatch(token) or _NUMERIC_DATE.fullmatch(token):
        return "number"
    if low in _DATE_WORDS:
        return "date"
    if low in _ROLES:
        return "role"
    if low in _WIDGETS:
        return "widget"
    if low in _JOINERS:
        return "joiner"
    if _NAME_WORD.fullmatch(token):
        return "name"
    return None


def kind(line: str) -> str | None:
    """"byline", "junk" or None (text) for one line of extracted text."""
    bare = " ".join(line.split())
    if not bare or len(bare) > _MAX_LEN:
        return None
    if _is_follow_prompt(bare) or _COUNTER.fullmatch(bare):
        return "junk"
    if bare.startswith(("—", "–")) or "(@" in bare or _SENTENCE.search(bare):
        return None  # a quote's attribution ("— Name (@handle) May 2, 2019"), a sentence
    if _labelled_date(bare):
        return "byline"
    tokens = _TOKEN.findall(_GLUED.sub(" ", bare))
    if not tokens or len(tokens) > _MAX_WORDS:
        return None
    kinds = [_word_kind(token) for token in tokens]
    if None in kinds:
        return None  # a word of a sentence
    # a stamp names a day of the calendar: a numeric date, a month with a year, a day name
    # with a number, or a relative time ("2 jam lalu"); "June 9 -- Coral Sky Amphitheatre"
    # (a tour date) and "Stadia ... Until 2020" (a headline) do not
    lows = {t.lower().strip(".") for t in tokens}
    numbers = "number" in kinds
    has_date = (any(_NUMERIC_DATE.fullmatch(t) for t in tokens)
                or (bool(lows & _MONTHS) and any(_YEAR.fullmatch(t) for t in tokens))
                or (bool(lows & _DAY_NAMES) and numbers) or (bool(lows & _RELATIVE) and numbers))
    has_role = any(k == "role" and t.lower().strip(".") in _ANCHORS
                   for k, t in zip(kinds, tokens, strict=True))
    # a time of day with its zone alone ("- 00:14 WIB", "pukul 02.42 WITA", "3:41 PM"): an
    # item of a post's details
    has_time = (_TIME_OF_DAY.search(bare) is not None
                and bool(lows & (_ZONE_WORDS | {"pukul", "am", "pm"})))
    if has_date or has_role or has_time:
        return "byline"
    if set(kinds) == {"number"}:  # "639", "11": a count of claps, replies or views
        return "junk"
    if 2 * kinds.count("widget") >= len(kinds):  # "Youtube X Official", "• Main Menu"
        return "junk"
    return None


# "<label>: <date>" in any language: "更新日：2025年5月12日", "Diperbarui: 3 Juni 2024",
# "Updated: May 3, 2025 10:00": a short label, a colon, and nothing but a date after it
_LABELLED = re.compile(r"[^\W\d_]{1,14}(?:\s[^\W\d_]{1,14})?\s*[:：]\s*(?P<rest>.{6,60})")
_DATE_WORD = re.compile(r"[^\W\d_]+")
_CJK_DATE = set("年月日時分秒년월일시분초")


def _labelled_date(line: str) -> bool:
    match = _LABELLED.fullmatch(line)
    if not match or read_text_date(match["rest"]) is None:
        return False
    for word in _DATE_WORD.findall(match["rest"]):
        low = word.lower()
        if not (low in _DATE_WORDS or set(word) <= _CJK_DATE):
            return False
    return True


# "Hari Ini: 570", "Bulan Ini: 18.710", "Total: 314.821", "Pengunjung online: 19": a
# widget's counter, a label of a word or three and a number alone, the label a counter's
# ("Suara sah: 123.172" in a report's list is a figure of the text)
_COUNTER = re.compile(r"(?i:(?:hari|kemarin|minggu|pekan|bulan|tahun)(?:\s+ini|\s+lalu)?|total"
                      r"(?:\s+(?:pengunjung|kunjungan|hits|views|visitors?))?|(?:jumlah\s+)?"
                      r"(?:pengunjung|kunjungan|visitors?|visits|hits|views|pageviews|tayangan|"
                      r"pembaca|readers)(?:\s+(?:online|hari\s+ini|today|total))?|online|"
                      r"(?:user|users|pengguna)\s+online|dilihat|dibaca|komentar|comments|likes|"
                      r"shares?|dibagikan)\s*:\s*\d[\d.,]*")

_IMPERATIVE = re.compile(
    r"(?:cek|ikuti|follow|simak|gabung|bergabung|join|download|unduh|klik|kunjungi|tonton|"
    r"saksikan|subscribe|dapatkan|like|dukung|yuk|ayo|jangan\s+lupa)\b", re.I)
_PLATFORM = re.compile(r"\b(?:google\s+news|whatsapp|telegram|instagram|youtube|tiktok|facebook|"
                       r"twitter|channel|saluran|kanal|aplikasi|app\b|play\s+store|app\s+store)",
                       re.I)
_PROMPT_WORDS = 20


def _is_follow_prompt(line: str) -> bool:
    return (len(line.split()) <= _PROMPT_WORDS and _IMPERATIVE.match(line) is not None
            and _PLATFORM.search(line) is not None)


# "TRIBUN-TIMUR.COM", and a domain in lower case ("merdeka.com", "iNewsMaluku.id")
_OUTLET_WORD = (r"(?:[A-Z][\w.&'’]*(?:-[A-Z][\w.&'’]*)*"
                r"|[a-z][\w-]*\.(?:com|co\.id|id|net|tv|news)\b"
                r"|\d{2,4}/[A-Z][\w.&'’]*)")  # a military unit's number: "PENDIM 1403/PALOPO"
# An outlet's dateline: up to six capitalised words before a dash (or, with an outlet's
# mark, a colon: "KBRN, Kupang: ") at the start of the text, holding
# an outlet's mark (a name in parentheses, a domain, a word in capitals), with a
# sentence starting after it.
_DATELINE = re.compile(
    r"(?P<line>(?P<words>" + _OUTLET_WORD + r"(?:[ ,]+(?:" + _OUTLET_WORD
    + r"|\([^()]{2,30}\))){0,5}),?"  # a comma may stand before the dash: "KENDARI, X.ID, –"
    r"(?:\s*(?:--|[–—])|\s+-|(?P<colon>:))\s*)(?=[A-Z0-9\"“‘'])")  # "R-W.Va." is no dash
_OUTLET_MARK = re.compile(r"\([^()]{2,30}\)|\b[\w-]+\.(?i:com|co\.id|co|id|net|tv|news)\b"
                          r"|\b[A-Z]{3,}\b|\b[A-Z]?[a-z]{2,}[A-Z]\w*"  # ... or a brand: InfoPublik,
                          r"|\b[A-Z]{3,}[a-z]\w*")  # TVRINews


# a place alone before a spaced dash, as most regional sites write it: "Ternate - ",
# "Teluk Dalam - ", "Desa Oebobo - ", "Nagari Lembah Hijau - "
_PLACE_DATELINE = re.compile(r"(?P<line>(?P<words>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}),?\s+"
                             r"[-–—]{1,2}\s+)(?=[A-Z\"“‘'])")


# a sentence's subject is a person or an office ("Presiden Joko Widodo - Jokowi -
# mengatakan", "Pemerintah Kota Ternate - Maluku Utara menerima"), a dateline a place
_TITLES = {"presiden", "wakil", "pemerintah", "pemkot", "pemkab", "pemprov", "pemda", "wali",
           "walikota", "bupati", "gubernur", "menteri", "kepala", "ketua", "dinas", "badan",
           "dprd", "camat", "lurah", "sekretaris", "kapolres", "kapolda", "direktur", "tim",
           "warga", "pak", "bu", "bapak", "ibu"}
_OFFICES = {"pemerintah", "pemkot", "pemkab", "pemprov", "pemda", "dinas", "badan", "dprd", "tim",
            "humas", "bid", "polres", "polda", "polresta", "kodim", "korem", "pendim", "penrem"}
_PAIRED_DASH = re.compile(r"(?:\S+\s+){0,5}?[-–—]{1,2}\s")  # "Jokowi - mengatakan": an aside


# a place and a date before a dash, as press releases open: "KUPANG, Selasa (1/7/2025) -- ",
# "Semarang, 9 Maret 2024 - "
_DATED_DATELINE = re.compile(r"(?P<line>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2},\s+"
                             r"(?P<date>[^–—-]{6,40}?)\s*(?:--|[-–—])\s+)(?=[A-Z\"“‘'])")


# an agency's dateline in English: "SEOUL, May 3 (Yonhap) -- ", "KUALA LUMPUR, Dec 9
# (Bernama) - "
_AGENCY_DATELINE = re.compile(r"(?P<line>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2},\s+[A-Z][a-z]{2,8}\.?"
                              r"\s+\d{1,2}\s+\([^()]{2,30}\)\s*(?:--|[-–—])\s+)(?=[A-Z\"“‘'])")


# a press-release wire's dateline: the place, maybe its region or country, the date and
# the wire's name between slashes: "BITUNG, Sulawesi Utara, April 12, 2025 /Mediawire
# Indonesia/ -- ", "JAKARTA, 12 Mei 2025 /PRNewswire/ - "
_WIRE_DATELINE = re.compile(r"(?P<line>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2},"
                            r"(?:\s+[A-Z][\w'’ ]{1,40},)?\s+"
                            r"(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|[^/]{6,30}?)\s+"
                            r"/[^/]{2,40}/\s*(?:--|[-–—])?\s*)"
                            r"(?=[A-Z0-9\"“‘'])")


# a government office's own dateline with commas and no dash, as press releases pasted
# from a document open: "JAYAPURA, HUMAS PEMKOT JAYAPURA, Laga ...", "Luwuk, Prokopim
# Banggai, Thailand ...", "Sekayu (Humas), Kepala ...": the place, then its public-relations
# office (a word the offices are named by) or a name in parentheses
_PR_OFFICE = re.compile(r"(?i:humas|diskominfo\w*|kominfo\w*|prokopim\w*|protokol|biro|bagian|"
                        r"setda\w*|pemkab|pemkot|pemprov|pemda|ppid|mc|media\s+cent(?:er|re))\b")
_OFFICE_DATELINE = re.compile(r"(?P<line>(?P<place>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})"
                              r"(?:\s*\((?P<mark>[^()\d]{2,30})\)|,\s+(?P<office>[A-Z][\w.'’]*"
                              r"(?:\s+[A-Z][\w.'’]*){0,4})),\s+)(?=[A-Z0-9\"“‘'])")
# ... or a place in capitals and a comma: "SOFIFI, Seorang suami ...", "LUWUK, Empat tim ..."
_CAPS_DATELINE = re.compile(r"(?P<line>(?P<place>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2}),\s+)"
                            r"(?=[A-Z0-9\"“‘'])")
# a sentence opening with a list of names ("KPK, Polri dan Kejaksaan ...", "BPBD, TNI,
# Polri ..."): its capitalised words run into a comma or a conjunction
_LISTED = re.compile(r"(?:[A-Z][\w.'’-]*\s*)+(?:,|\s(?:dan|serta|atau|maupun|&)\s)")


def split_dateline(line: str) -> tuple[str | None, str]:
    """(dateline, the rest) when ``line`` opens with an outlet's dateline, else (None, line)."""
    dateline, rest = _split_dashed(line)
    if dateline is not None:
        return dateline, rest
    office = _OFFICE_DATELINE.match(line)
    if (office and len(line) - office.end() >= 40
            and not _TITLES & {w.lower() for w in office["place"].split()}
            and (_PR_OFFICE.match(office["office"] or office["mark"])
                 or (office["mark"] and office["mark"].isupper()))):  # "Kupang (ANTARA), "
        return office["line"].strip().rstrip(","), line[office.end():]
    caps = _CAPS_DATELINE.match(line)
    rest = line[caps.end():] if caps else ""
    if (caps and len(rest) >= 40 and not _LISTED.match(rest)
            and not _TITLES & {w.lower() for w in caps["place"].split()}):
        return caps["line"].strip().rstrip(","), rest
    return None, line


def _split_dashed(line: str) -> tuple[str | None, str]:
    """``split_dateline`` for the datelines that end with a dash (or an agency's colon)."""
    wire = _WIRE_DATELINE.match(line)
    if wire and len(line) - wire.end() >= 40 and read_text_date(wire["date"]) is not None:
        return wire["line"].strip(), line[wire.end():]
    agency = _AGENCY_DATELINE.match(line)
    if agency and len(line) - agency.end() >= 40:
        return agency["line"].strip(), line[agency.end():]
    dated = _DATED_DATELINE.match(line)
    if dated and len(line) - dated.end() >= 40 and read_text_date(dated["date"]) is not None:
        return dated["line"].strip(), line[dated.end():]
    place = _PLACE_DATELINE.match(line)
    rest = line[place.end():] if place else ""
    if (place and len(rest) >= 40 and not _TITLES & {w.lower() for w in place["words"].split()}
            and not _PAIRED_DASH.match(rest)):
        return place["line"].strip(), rest
    match = _DATELINE.match(line)
    if not match or len(line) - match.end() < 40:
        return None, line
    words = match["words"]
    place, _, outlet = words.partition(",")
    # "Medan, SO - ", "Denpasar, Bali Sun - ", and a government site's own "Sungguminasa,
    # Pemkab Gowa - ": after the place's comma an office may be the outlet, a person not
    office = outlet.split()[:1] and outlet.split()[0].lower() in _OFFICES
    if (outlet and not match["colon"] and len(place.split()) <= 3
            and 1 <= len(outlet.split()) <= (4 if office else 3)
            and not _TITLES & {w.lower() for w in place.split()}
            and not (_TITLES - _OFFICES) & {w.lower() for w in outlet.split()}):
        return match["line"].strip(), line[match.end():]
    if not _OUTLET_MARK.search(words):
        return None, line
    first = words.split()[0].strip(",")
    # a capitalised word in the sentence's own grammar ("DPR menilai ...") is no dateline:
    # the mark must be the first word, or after a comma, or in parentheses
    if not (_OUTLET_MARK.fullmatch(first) or "," in words or "(" in words):
        return None, line
    return match["line"].strip(), line[match.end():]
