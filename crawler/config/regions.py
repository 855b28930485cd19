"""Indonesia's 552 regional governments: the one table of regions Pantau reads.

``data/indonesia_regions.csv`` gives each province, regency and city its Kemendagri
code, official name, kind and population (its origin is noted in the file). The
catalog names a source's region by code (``region_code``), the gazetteer finds the
Indonesian party of an article by these names, and both read them from here, so that
"DKI Jakarta" and "Daerah Khusus Ibukota Jakarta" are one region, code "31".
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

KINDS = ("province", "regency", "city")
_CODE = re.compile(r"^[0-9]{2}(\.[0-9]{2})?$")
_PREFIX = re.compile(r"^(provinsi|kabupaten administrasi|kota administrasi|kabupaten|kota"
                     r"|daerah khusus ibukota|daerah istimewa)\s+")
# spellings of the two special regions that are not their official names
_ALIASES = {"dki jakarta": "31", "di yogyakarta": "34", "diy": "34"}


@dataclass(frozen=True)
class Region:
    """One regional government: a province ("NN") or a regency or city ("NN.NN")."""

    code: str  # Kemendagri code, "35.78"
    name: str  # official name, "Kota Surabaya"
    kind: str  # province | regency | city
    population: int = 0

    def __post_init__(self) -> None:
        if not _CODE.match(self.code):
            raise ValueError(f"bad Kemendagri region code {self.code!r}")
        if self.kind not in KINDS:
            raise ValueError(f"region {self.code}: kind {self.kind!r} is not one of {KINDS}")
        if (self.kind == "province") != ("." not in self.code):
            raise ValueError(f"region {self.code}: a {self.kind} code")

    @property
    def province_code(self) -> str:
        return self.code.split(".")[0]


@cache
def regions() -> Mapping[str, Region]:
    """Every region by code, provinces first, in the table's order."""
    text = resources.files("crawler.config").joinpath("data", "indonesia_regions.csv")
    rows = [r for r in text.read_text("utf-8").splitlines() if not r.startswith("#")]
    table = {}
    for row in csv.DictReader(rows):
        region = Region(row["code"], row["name"], row["kind"], int(row["population"]))
        table[region.code] = region
    return table


def province(region: Region) -> Region:
    """The province a region is in (a province is its own)."""
    return regions()[region.province_code]


def _key(name: str) -> str:
    return " ".join(name.lower().split())


@cache
def _names() -> tuple[Mapping[str, str], Mapping[str, tuple[str, ...]]]:
    """Official names (and the aliases) -> code; names without their prefix -> codes."""
    official = {_key(r.name): r.code for r in regions().values()} | _ALIASES
    short: dict[str, list[str]] = {}
    for region in regions().values():
        short.setdefault(_PREFIX.sub("", _key(region.name)), []).append(region.code)
    return official, {key: tuple(codes) for key, codes in short.items()}


def find(name: str) -> Region | None:
    """The region a name means: its official name ("Bengkulu" is the province), or
    "DKI Jakarta", or a name without "Kabupaten", "Kota" or "Provinsi" that one region
    alone goes by (not "Bandung": the regency and the city); else ``None``."""
    official, short = _names()
    key = _key(name)
    if key in official:
        return regions()[official[key]]
    key = _PREFIX.sub("", key)
    if key in official:
        return regions()[official[key]]
    codes = short.get(key, ())
    return regions()[codes[0]] if len(codes) == 1 else None


def is_region_name(name: str) -> bool:
    """Whether ``name``, with or without "Kabupaten", "Kota" or "Provinsi", is the name of
    one or more regions ("Sulawesi Tenggara", "Bandung"); "Bandung Setujui APBD" is not."""
    official, short = _names()
    key = _key(name)
    return key in official or _PREFIX.sub("", key) in short
