"""The headline of an article page, without the site's name.

What a page declares as its title (``og:title``, JSON-LD ``headline``,
``twitter:title``, ``<title>``) usually carries the site's name, joined by a separator
on either side ("Berita Pemprov - <headline>", "<headline> | InfoPublik",
"KapanLagi.com: <headline>"), sometimes a section too. The headline itself is
almost always shown on the page, in a heading. So:

1. a heading of the page (``h1``-``h3`` or an element named like a title, not a
   label) whose words are a run of whole parts of a declared title is the headline
   (the longest such heading wins: a logo heading matching the site's part loses),
   or a long heading the declared title starts with ("<headline> Halaman 2");
2. else the best declared title, with the parts that name the site removed from
   either end: a part names the site when it is, or mostly is, the site's name
   (``og:site_name``, the JSON-LD publisher, the source's name, the host's name);
3. else, when the page's address ends in a slug of the headline ("/post/strategi-picmix-
   dan-e-mas-sinergikan-pen", cut short or not), the shortest text on the page that the
   slug starts (a site builder's headline is often a bold paragraph, not a heading, and
   its ``<title>`` a section's name);
4. a result of fewer than three words names only a site or a section: then the
   first heading that is not a link and reads like a headline.

Comparisons are on letters and digits only, so punctuation, case and spacing
differences between the heading and the declared title do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from crawler.config.regions import is_region_name
from crawler.extract.dates import MONTHS, WEEKDAYS, ZONES, read_text_date

_NOT_ALNUM = re.compile(r"[\W_]+")


def squash(text: str | None) -> str:
    """Lower-case letters and digits only: for comparing titles and site names."""
    return _NOT_ALNUM.sub("", (text or "").lower())


# Separators between a title's parts: a dash, bar, guillemet, bullet, angle bracket or
# double colon with spaces around it, a bar (a full-width one too, as Japanese sites
# write it), guillemet or underscore (Chinese portals') without spaces, or a colon
# after a word.
_SEPARATOR = re.compile(r"(\s+(?:[-|–—·•»«~/<>]|::|\|\|)\s+|\s*[|»«•｜_]\s*|(?<=\w):\s+)")

MIN_WORDS = 3  # a title shorter than this after the site's name is a site or section label
_MIN_HEADING = 10  # characters of letters and digits: shorter headings are labels
_MAX_HEADING = 300
_MIN_PREFIX = 15  # a heading this long that a declared title starts with is its headline
_MAX_TITLE = 400  # characters of a declared title considered (hostile pages send megabytes)
_MAX_PARTS = 12  # parts of a declared title matched against headings (runs are quadratic)
_MAX_HEADINGS = 300  # headings of a page considered


@dataclass(frozen=True)
class _Part:
    text: str  # the part as written
    key: str  # squashed


def _parts(title: str) -> tuple[list[_Part], list[str]]:
    """The title's parts and the separators between them."""
    pieces = _SEPARATOR.split(title)
    parts = [_Part(p.strip(), squash(p)) for p in pieces[0::2]]
    return parts, pieces[1::2]


def _runs(title: str) -> dict[str, str]:
    """Every run of whole consecutive parts: squashed -> as written."""
    parts, separators = _parts(title)
    runs: dict[str, str] = {}
    if len(parts) > _MAX_PARTS:  # no real title has so many parts: match it whole only
        return {squash(title): " ".join(title.split())}
    for i in range(len(parts)):
        text = ""
        for j in range(i, len(parts)):
            text = parts[j].text if j == i else f"{text}{separators[j - 1]}{parts[j].text}"
            key = "".join(p.key for p in parts[i:j + 1])
            if key:
                runs.setdefault(key, " ".join(text.split()))
    return runs


# Words of a site's or office's name that name no site in particular ("Pemerintah Kota
# Surabaya", "Portal Berita Kaltara", "Humas Pemprov Gorontalo", "Berita"): a title part
# is compared with the site's names without them, and a part of nothing else is a label.
_GENERIC_WORDS = (
    "pemerintah pemerintahan kota kabupaten kab provinsi prov pemkab pemkot pemprov pemda "
    "resmi official website situs web portal berita news kabar warta info informasi humas "
    "diskominfo dinas komunikasi informatika dan setda sekretariat daerah media center online "
    "home beranda terkini terbaru index indeks artikel detail untitled document page blog "
    "print printer friendly version versi cetak mode baca reader view")  # a print view's
_GENERIC = frozenset(_GENERIC_WORDS.split())


# An office's name, which is what a government site calls itself: "Pemerintah Kota
# Tanjungpinang", "Portal Resmi Pemkot Sorong", "Dinas Pertanian Kabupaten Bone", "Distan
# Kab. Lombok Timur", "Badan Pengelolaan Keuangan dan Aset Daerah Kota Ambon", "DPUPR
# Kabupaten Pesisir Selatan": an optional office (a word that heads one, or an acronym, and
# the capitalised words of its name), the level of government, and the region's name
# (one to three capitalised words), which must be the site's own region (its host says
# it: bonekab.go.id, tanjungpinangkota.go.id), so "DPRD Kota Bandung Setujui APBD", a
# headline, is no office's name even on bandung.go.id.
_OFFICE_HEAD = (r"(?:Dinas|Badan|Dewan|Kantor|Sekretariat|Inspektorat|Satuan|Bagian|Biro|Unit|UPTD?"
                r"|Rumah\s+Sakit|RSUD|Kecamatan|Kelurahan|DPRD|Setda|Setwan|Bappeda|Bapenda"
                r"|Pejabat|Pusat|Lembaga|Komisi|Layanan|Informasi|Berita|Media|Humas|Warta|Kabar|Info"
                r"|Di[nsk][a-z]{2,}|[A-Z]{3,8})")
# a unit of government and its name; a village's site names the whole chain ("Desa Sungai
# Rengas Kecamatan Pantai Timur Kabupaten Bolaang Mongondow")
_UNIT = (r"(?:(?:Pemerintah|Pemerintahan)\s+(?:Daerah\s+)?(?:Kabupaten|Kota|Provinsi|Desa)"
         r"|Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?|Pemkab|Pemkot|Pemprov|Pemda|Desa|Kelurahan"
         r"|Kampung|Nagari|Gampong|Pekon|Lembang|Negeri|Kecamatan|Kec\.?|Distrik)")
_UNIT_WORDS = frozenset({
    "kabupaten", "kab", "kota", "provinsi", "prov", "pemkab", "pemkot", "pemprov", "pemda",
    "desa", "kelurahan", "kampung", "nagari", "gampong", "pekon", "lembang", "negeri",
    "kecamatan", "kec", "distrik"})
_PLACE = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}"
_SITE_PREFIX = r"(?:(?:Portal|Website|Web|Situs|Laman)\s+(?:Resmi\s+)?|Resmi\s+)?"
_OFFICE = r"(?:" + _OFFICE_HEAD + r"(?:\s+(?:[A-Z][\w.]*|dan|&)){0,7}?\s+)?"
_OFFICE_NAME = re.compile(_SITE_PREFIX + _OFFICE + _UNIT + r"\s+(?P<region>" + _PLACE + ")")
_UNIT_CHAIN = re.compile(_SITE_PREFIX + _OFFICE + _UNIT + r"\s+" + _PLACE
                         + r"(?:,?\s+" + _UNIT + r"\s+" + _PLACE + r")+")
_OFFICE_NAME_ANY = re.compile(_OFFICE_NAME.pattern, re.I)  # for a name in capitals
_UNIT_CHAIN_ANY = re.compile(_UNIT_CHAIN.pattern, re.I)


_HOST_ENDS = ("", "kab", "kota", "prov", "pemkab", "pemkot", "pemprov")  # around the region
_HOST_HEADS = ("pemkab", "pemkot", "pemprov", "pemda", "dprd", "setwan", "kab", "kota", "prov")


def abbreviates(site: str, region: str) -> bool:
    """Whether the host name ``site`` (squashed) is ``region`` shortened the way
    government hosts shorten it: the start of each word, in order, with a level of
    government after or before ("sulselprov": Sulawesi Selatan; "nttprov": Nusa Tenggara
    Timur; "kukarkab": Kutai Kartanegara; "pemkotternate", "dprdternate": Ternate), or
    the first of two words whole with the level ("biakkab": Biak Numfor)."""
    words = [w for w in (squash(w) for w in region.split()) if w]

    def shortened(i: int, k: int, rest: str) -> bool:
        if k == len(words):
            return rest[i:] in _HOST_ENDS
        if k == 1 == len(words) - 1 and i == len(words[0]) >= 4:  # "biakkab": Biak Numfor
            return rest[i:] in _HOST_ENDS[1:]  # ... with its level, not "bandung" alone
        word = words[k]
        return any(rest[i:i + n] == word[:n] and shortened(i + n, k + 1, rest)
                   for n in range(min(len(word), len(rest) - i), 0, -1))

    if not words or len(site) > 60:
        return False
    heads = [h for h in _HOST_HEADS if site.startswith(h)]
    return any(len(rest) >= 3 and shortened(0, 0, rest)
               for rest in (site, *(site[len(h):] for h in heads)))


def names_office(text: str, sites: Iterable[str]) -> bool:
    """Whether ``text`` is an office's name in the site's region and nothing more (see
    ``_OFFICE_NAME``); ``sites`` are the site's names, squashed."""
    words = text.strip(" :|-–—•»«~*=").split()
    if not _UNIT_WORDS.intersection(w.lower().rstrip(".") for w in words):
        return False  # no level of government named: most titles, cheaply
    text = " ".join(words)
    upper = text.isupper()  # "DPRD PROVINSI NUSA TENGGARA BARAT": case says nothing
    if (_UNIT_CHAIN_ANY if upper else _UNIT_CHAIN).fullmatch(text):
        return True  # two units or more: no headline reads like that
    match = (_OFFICE_NAME_ANY if upper else _OFFICE_NAME).fullmatch(text)
    if not match:
        return False
    region = squash(match["region"])
    # the site's own region, or any region's name: a site header's "Sekretariat DPRD
    # Provinsi Sulawesi Tenggara" on sultraprov.go.id, whose host abbreviates it past reading
    return len(region) >= 3 and (any(site.startswith(region) or abbreviates(site, match["region"])
                                     for site in sites) or is_region_name(match["region"]))


def _names_site(part: str, sites: Iterable[str]) -> bool:
    """Whether a title part is, or mostly is, one of the squashed site names, an office's
    name, or only a label (generic words alone)."""
    key = squash(part)
    core = "".join(w for w in (squash(w) for w in part.split()) if w not in _GENERIC)
    if (key and not core) or names_office(part, sites):
        return True
    words = [squash(w) for w in part.split()]
    for site in sites:
        if not site or not key:
            continue
        if key == site or (key in site and len(key) >= 4):
            return True
        # the site's name and a word or two more ("Lombok Timur News", "Kabar Sigi Online");
        # a headline that names the region says more ("Harga Gabah di Lombok Timur Naik")
        others = [w for w in words if w and w not in site and w not in _GENERIC]
        if len(others) > _OTHER_WORDS:
            continue
        if site in key and len(site) >= 0.4 * len(key):
            return True
        if core and (core == site or (core in site and len(core) >= 4)
                     or (site in core and len(site) >= 0.5 * len(core))):
            return True
    return False


_OTHER_WORDS = 2  # words besides the site's name in a part that still names the site


def _is_latin(text: str) -> bool | None:
    """Whether ``text``'s letters are mostly Latin (None: it has none): "北九州市公式ホーム
    ページ" beside an Indonesian headline is the partner city's site's name."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    return 2 * sum(1 for ch in letters if ch < "\u0250") > len(letters)


def strip_site(title: str, sites: Iterable[str]) -> str:
    """``title`` without the parts at either end that name the site."""
    sites = [s for s in sites if s]
    parts, separators = _parts(title)
    start, end = 0, len(parts)
    latin = [_is_latin(p.text) for p in parts]

    def site(i: int) -> bool:  # a part in another script than a headline's in Latin one
        return (not parts[i].key or _names_site(parts[i].text, sites)
                or (latin[i] is False and any(latin)))

    while end - start > 1 and site(end - 1):
        end -= 1
    while end - start > 1 and site(start):
        start += 1
    text = parts[start].text
    for j in range(start + 1, end):
        text += separators[j - 1] + parts[j].text
    return " ".join(text.split())


# a heading, or an element whose class names a title in either case: "entry-title",
# "JudulBerita" (ASP.NET's "itle", "udul": contains() has no case)
_HEADING = ("self::h1 or self::h2 or self::h3 or contains(@class, 'itle')"
            " or contains(@class, 'udul') or contains(@class, 'eadline')")
_HEADING_XPATH = etree.XPath(f"//body//*[{_HEADING}]")
# on a page with <font> elements, a 2000s page's heading may be a large font, or a bold
# one: <font size="4">, size="+1", <font size="3" color="#990000"><b>...</b></font>
_HEADING_OR_FONT_XPATH = etree.XPath(
    f"//body//*[{_HEADING} or self::font[starts-with(@size, '+') or number(@size) >= 4"
    " or (number(@size) >= 3 and (b or strong) and not(normalize-space(text())))]]")


def _headings(tree: HtmlElement, url: str = "") -> tuple[list[tuple[str, bool]], set[str]]:
    """(text, linked) of the page's headings and elements named like a title; and the
    squashed texts of those that link to the site's home page: the site's name in its
    header ("<h1 class="title"><a href="/">SMK Negeri 3 Kupang</a></h1>", Blogger's)."""
    found: list[tuple[str, bool]] = []
    home: set[str] = set()
    host = _host(url)
    xpath = _HEADING_OR_FONT_XPATH if tree.find(".//font") is not None else _HEADING_XPATH
    for el in xpath(tree)[:_MAX_HEADINGS]:
        text = " ".join(el.text_content().split())
        if len(squash(text)) >= _MIN_HEADING and len(text) <= _MAX_HEADING:
            link = el.find(".//a")
            if link is None:
                link = next(el.iterancestors("a"), None)
            found.append((text, link is not None))
            # the heading is the link, and the link goes home (not a breadcrumb's)
            if (link is not None and _links_home(link.get("href") or "", host)
                    and squash(link.text_content()) == squash(text)):
                home.add(squash(text))
    return found, home


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def _links_home(href: str, host: str) -> bool:
    """Whether ``href`` is the home page of the site at ``host``: "/", "./" or the
    host's root."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:")):
        return False  # no link, or to this page
    try:
        target = urlsplit(href)
        other = (target.hostname or "").removeprefix("www.")
    except ValueError:
        return False
    return (target.path.strip("/.") == "" and not target.query and not target.fragment
            and (not other or other == host))


def _shown(heading: str, written: str) -> str:
    """The heading as shown, unless it is in capitals the declared title does not use."""
    return written if heading.isupper() and not written.isupper() else heading


def _after_label(title: str, key: str) -> bool:
    """Whether ``title`` is the squashed heading ``key`` after generic words alone."""
    words = title.split()
    for n in range(1, min(3, len(words) - 1) + 1):
        if (all(squash(w) in _GENERIC for w in words[:n])
                and squash(" ".join(words[n:])) == key):
            return True
    return False


_SLUG_WORDS = 4  # words of a slug that can name a headline ("berita-123" cannot)
_SLUG_ID = re.compile(r"^\d+[-_]|[-_]\d+$|\.[a-z]{2,5}$")  # "123-slug", "slug-4567", ".html"
_SLUG_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "a"}


def slug_of(url: str) -> str:
    """The squashed headline slug ending ``url``'s path, or "" when it has none."""
    path = urlsplit(url).path.rstrip("/")
    for segment in reversed(path.split("/")[-2:]):  # ".../<slug>/" or ".../<slug>/amp"
        bare = _SLUG_ID.sub("", _SLUG_ID.sub("", segment.lower()))
        words = [w for w in re.split(r"[-_+]|%20", bare) if w]
        if len(words) >= _SLUG_WORDS and not any(w.isdigit() and len(w) > 4 for w in words):
            return squash(" ".join(words))
    return ""


def _links_away(el: HtmlElement, path: str) -> bool:
    """Whether ``el`` is or holds a link to another page than the one at ``path``."""
    links = [*el.iter("a"), *el.iterancestors("a")]
    return any(urlsplit(a.get("href") or "").path.rstrip("/") != path for a in links)


_TEXT_NODES = etree.XPath("//body//text()")
_SLUG_CLIMB = 4  # elements climbed from a text to the one holding the whole headline


def _slug_heading(tree: HtmlElement, url: str) -> str | None:
    """The innermost short text of the page, linking nowhere but to the page itself,
    that the slug ending ``url`` starts."""
    key = slug_of(url)
    if len(key) < _MIN_PREFIX:
        return None
    path = urlsplit(url).path.rstrip("/")
    first = key[:4]
    for node in _TEXT_NODES(tree):
        if first not in node[:60].lower().replace(" ", ""):  # cheap: the slug's first letters
            continue
        start = squash(node)
        if len(start) < 4 or not (start.startswith(key[:_MIN_HEADING]) or key.startswith(start)):
            continue
        el = node.getparent()
        if el is not None and not node.is_text:  # a tail: its text is the parent's parent's
            el = el.getparent()
        for _ in range(_SLUG_CLIMB):
            if el is None or el.tag in ("body", "html"):
                break
            text = " ".join(el.text_content().split())
            if len(text) > _MAX_HEADING:
                break
            if squash(text).startswith(key):
                if el.tag in _SLUG_TAGS and not text.endswith(".") and not _links_away(el, path):
                    return text
                break
            el = el.getparent()
    return None


_ALT_IMAGES = etree.XPath("//body//img[@alt]")
_ALTS = 8  # images whose alt text is looked at
_ALT_SHOWN = etree.XPath("//body//*[self::p or self::strong or self::b or self::div or self::span"
                         " or self::td or self::font][string-length(normalize-space()) <= 300]")


def _alt_heading(tree: HtmlElement) -> str | None:
    """A text of the page that an image's ``alt`` repeats, when no link holds it: the
    headline of a CMS that puts it in a ``<p class="lead"><strong>`` and in its photo's
    ``alt``, on a page whose ``<title>`` and ``<h1>`` name only the site."""
    alts = {}
    for img in _ALT_IMAGES(tree)[:_ALTS]:
        alt = " ".join(img.get("alt", "").split())
        if len(alt.split()) >= MIN_WORDS and not alt.endswith("."):
            alts.setdefault(squash(alt), alt)
    if not alts:
        return None
    for el in _ALT_SHOWN(tree):
        text = " ".join(el.text_content().split())
        if squash(text) in alts and el.find(".//a") is None and next(
                el.iterancestors("a"), None) is None:
            return text
    return None


_DATE_WORDS = frozenset({*MONTHS, *WEEKDAYS, *ZONES, "pukul", "jam", "at", "posted", "on"})
_LETTERS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _is_date(text: str) -> bool:
    """Whether ``text`` is a date and nothing else ("Selasa, 10 Oktober 2023")."""
    words = _LETTERS.findall(text.lower())
    return all(w in _DATE_WORDS for w in words) and read_text_date(text) is not None


def headline(tree: HtmlElement, declared: list[str | None], sites: Iterable[str],
             url: str = "") -> str | None:
    """The article's headline from the titles the page declares (best first) and its
    headings; ``sites`` are the site's names, squashed; ``url`` the page's address."""
    sites = {s for s in sites if s}
    declared = [" ".join(d[:_MAX_TITLE].split()) for d in declared if d and d.strip()]
    headings, home = _headings(tree, url)
    sites |= home
    stripped = strip_site(declared[0], sites) if declared else None
    best: tuple[int, str] | None = None
    keyed = [(heading, squash(heading)) for heading, _linked in headings]  # linked or not
    for title in declared:
        runs = _runs(title)
        bare = strip_site(title, sites)
        lead = squash(bare)
        for heading, key in keyed:
            if best is not None and len(key) <= best[0]:
                continue
            if key in runs:
                found = _shown(heading, runs[key])
            elif len(key) >= _MIN_PREFIX and (lead.startswith(key)  # "<headline> Halaman 2"
                                              or _after_label(bare, key)):  # "Berita <headline>"
                found = heading
            else:
                continue
            if not _names_site(heading, sites):
                best = (len(key), found)
    if best and (stripped is None or best[0] >= 0.5 * len(squash(stripped))):
        return best[1]
    shown = _slug_heading(tree, url) if url else None
    if shown and not _names_site(shown, sites):
        return shown
    if stripped and len(stripped.split()) >= MIN_WORDS and not _names_site(stripped, sites):
        return stripped
    shown = _alt_heading(tree)
    if shown and not _names_site(shown, sites):
        return shown
    for heading, linked in headings:  # the declared title names only the site or a section
        if (not linked and sum(1 for w in heading.split() if squash(w)) >= MIN_WORDS
                and not _names_site(heading, sites)
                and not _is_date(heading)):  # Blogger's date header
            return heading
    return stripped or None
