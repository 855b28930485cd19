"""The gazetteer: which foreign partners and which Indonesian party an article names.

A ``Gazetteer`` is built once per process (``Gazetteer.load``, from the index
``crawler.relevance.cache`` keeps on disk) and is read-only afterwards.
``Gazetteer.find(title, body, anchors)`` scans capitalised word sequences, looks the
longest known name up, reads the title word around it ("Wali Kota", "Gubernur",
"Provinsi", "Mayor of", "... City") and keeps a foreign city only when it is safe: a
big city, a city whose country the article names, a city named with a government
title, or a sizeable city close to a cooperation term (``anchors``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Mapping

from crawler.relevance.cache import load_index
from crawler.relevance.folding import fold
from crawler.relevance.places import (
    MAX_NAME_TOKENS,
    IndonesianParty,
    Mention,
    Partner,
    Place,
    PlaceReport,
    Token,
    index_key,
    name_key,
    tokenize,
)

STANDALONE_POPULATION = 500_000  # a foreign city this big needs no other support
ALIAS_STANDALONE_POPULATION = 2_000_000  # ... or this big, when named by an alternate name
HINTED_POPULATION = 50_000  # ... this big when named with a title ("Kota X")
NEAR_ANCHOR_POPULATION = 100_000  # ... this big is kept when close to a cooperation term
# A foreign town whose name is also an Indonesian word counts only with its country
# named and a title ("Kota Kami") or a size that makes the town the likelier reading.
COMMON_WORD_POPULATION = 250_000
NEAR_ANCHOR_CHARS = 250  # how close "close" is


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
    # a Malaysian state's heads and government: "Ketua Menteri Sabah", "Yang Dipertua
    # Negeri Pulau Pinang", "Kerajaan Negeri Johor", "Chief Minister of Sarawak"
    ("ketua", "menteri"): "region", ("dipertua", "negeri"): "region",
    ("kerajaan", "negeri"): "region", ("minister", "of"): "region",
    ("kerajaan",): "government",  # Malay for a government: "Kerajaan Selangor"
    # a Malaysian local council: "Majlis Perbandaran Tawau" (a municipality), "Majlis
    # Bandaraya Kuching" and "Dewan Bandaraya Kuala Lumpur" (a city), "Majlis Daerah Bau"
    # (a district); the Indonesian press also writes "Majelis"
    ("majlis", "perbandaran"): "city", ("majelis", "perbandaran"): "city",
    ("majlis", "bandaraya"): "city", ("majelis", "bandaraya"): "city",
    ("dewan", "bandaraya"): "city", ("majlis", "daerah"): "regency",
    ("majelis", "daerah"): "regency",
    # a government of no stated level ("Pemerintah Melaka", "Pemda Wakayama"): a place
    # that governs, of whatever kind
    ("pemerintah",): "government", ("pemda",): "government",
    ("pemerintah", "daerah"): "government", ("government", "of"): "government",
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
    # ... or of a person ("Ibu Victoria", "Pak Darwin"), or the capital ("Ibu Kota Baru")
    "ibu", "bu", "bapak", "pak",
})
# Words after a name that make it an institution's: "Shimonoseki City University",
# "Kyoto University", "Busan Port", "Osaka Hospital".
_FACILITY_AFTER = frozenset({
    "university", "college", "institute", "school", "hospital", "airport", "port", "stadium",
    "fc", "museum", "library",
})

# A foreign local government no gazetteer lists: "Kota Vanimo, Papua Nugini",
# "Kabupaten Hamyang, Korea Selatan", "Hamyang-gun, Korea Selatan", "Prefektur X, Jepang"
# ("Wali Kota X, ..." names a mayor: a person follows).
_REGION_WORDS = {"provinsi", "prefektur", "negara bagian", "county", "gun", "do", "ken", "xian"}
_UNLISTED = re.compile(
    r"(?:(?<![Ww]ali )\b(?P<title>Kota|Kabupaten|Prefektur|Provinsi|Negara\s+Bagian|Distrik|Kommune"
    r"|Municipality\s+of|County\s+of)\s+(?P<name>[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?)"
    r"|\b(?P<name2>[A-Z][a-z'’]+-(?i:gun|si|shi|ku|cho|machi|mura|ken|do|xian)))"
    r"\s*,\s*(?P<country>[A-Z][\w]+(?:\s[A-Z][\w]+)?)")


# Prepositions before a name that make it where something happens, not who acts: a
# headline's "Kampus di Karawang Jalin Kerja Sama" names no regional government.
_LOCATIVE = frozenset({"di", "ke", "dari", "asal", "in", "at", "from", "to"})


# Words after a name that make it a firm's: "Zhejiang Energy", "Shandong Group",
# "Guangdong Power Engineering", "Busan Bank" (firms are named after their provinces).
_FIRM = frozenset({
    "energy", "group", "corporation", "corp", "co", "company", "ltd", "limited", "holdings",
    "holding", "engineering", "construction", "power", "electric", "industries", "industry",
    "international", "investment", "bank", "motor", "motors", "steel", "mining", "chemical",
    "pharmaceutical", "technology", "technologies", "tech", "trading", "inc", "plc", "gmbh",
})


_FIRM_REACH = 4  # capitalised words between a place and the word that makes it a firm's


def _names_firm(tokens: list[Token], after: int) -> bool:
    """Whether the name ending before token ``after`` starts a firm's name: a firm word
    right after it, or after a few more capitalised words ("Jilin HOROC Nonferrous Metal
    Group Co Ltd")."""
    for token in tokens[after:after + _FIRM_REACH + 1]:
        if token.key in _FIRM:
            return True
        if not token.text[:1].isupper():
            return False
    return False


class Gazetteer:
    """Name index of foreign and Indonesian places; build with ``Gazetteer.load()``."""

    def __init__(self, index: Mapping[str, tuple[Place, ...]],
                 caps_only: frozenset[str]) -> None:
        self.index = index
        # every name, for the many "is this a name?" tests a text makes (a C-level set)
        self.names: frozenset[str] = getattr(index, "names", None) or frozenset(index)
        self.caps_only = caps_only  # acronyms ("AS", "RRT", "DKI") match in capitals only

    @classmethod
    @functools.cache
    def load(cls) -> Gazetteer:
        """The shared gazetteer of this process (built on first use)."""
        return cls(*load_index())

    def __reduce__(self):  # pickles as "load it again": cheaper than shipping the index
        return (Gazetteer.load, ())

    def lookup(self, name: str) -> tuple[Place, ...]:
        return self.index.get(index_key(name_key(name)), ())

    def find(self, title: str, body: str, anchors: tuple[int, ...] = ()) -> PlaceReport:
        """Partners, Indonesian party and government-title flags of one article.

        ``anchors`` are character offsets in ``body`` of cooperation terms.
        """
        mentions = self._mentions(title, "title") + self._mentions(body, "body")
        mentions += self._unlisted(title, "title") + self._unlisted(body, "body")
        return _resolve(mentions, anchors)

    def _unlisted(self, text: str, where: str) -> list[tuple[tuple[Place, ...], Mention]]:
        """Foreign towns no gazetteer lists, named as such: a local-government word and
        the country beside the name ("Kota Vanimo, Papua Nugini", "Hamyang-gun, Korea
        Selatan", "Kommune Vaxholm, Swedia"), or a county suffix and the country."""
        found = []
        for match in _UNLISTED.finditer(text):
            group = "name" if match["name"] else "name2"
            name, country = match[group], self._country(match["country"])
            if country is None or country == "ID" or self.lookup(name):
                continue  # a known place is found as such
            word = (match["title"] or name.rsplit("-", 1)[-1]).lower()
            kind = "region" if " ".join(word.split()) in _REGION_WORDS else "city"
            place = Place(name, country, kind, unlisted=True)
            start = match.start(group)
            mention = Mention(place, where, start, start / max(len(text), 1), kind)
            found.append(((place,), mention))
        return found

    def _country(self, name: str) -> str | None:
        """The country a name after the town names ("Korea Selatan", "Swedia")."""
        for candidate in (name, name.split()[0]):
            places = [p for p in self.lookup(candidate) if p.kind == "country"]
            if places:
                return places[0].country
        return None

    def _mentions(self, text: str, where: str) -> list[tuple[tuple[Place, ...], Mention]]:
        tokens = tokenize(text)
        found = []
        i = 0
        while i < len(tokens):
            span = self._match(tokens, i)
            if not span and _split_pair(tokens, i):  # "Surabaya-Busan", "Wewak-Charles"
                span = self._match(tokens, i)
            if not span:
                i += 1
                continue
            places = self.index[index_key(t.key for t in tokens[i:i + span])]
            if ((i and tokens[i - 1].key in _FACILITY) or _names_firm(tokens, i + span)
                    or _names_institution(tokens, i + span)):
                i += span
                continue
            hint = _hint(text, tokens, i, span)
            mention = Mention(places[0], where, tokens[i].start,
                              tokens[i].start / max(len(text), 1), hint,
                              locative=bool(i) and tokens[i - 1].key in _LOCATIVE,
                              glued=hint is None and _glued(text, tokens, i))
            found.append((places, mention))
            i += span
        return found

    def _match(self, tokens: list[Token], i: int) -> int:
        """Length of the longest known capitalised name starting at token ``i``."""
        if not tokens[i].text[0].isupper():
            return 0
        for span in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            key = index_key(t.key for t in tokens[i:i + span])
            if key not in self.names or not tokens[i + span - 1].text[0].isupper():
                continue
            if key in self.caps_only and not all(t.text.isupper() for t in tokens[i:i + span]):
                continue
            return span
        return 0


def _names_institution(tokens: list[Token], after: int) -> bool:
    """Whether the name ending before token ``after`` is an institution's ("Shimonoseki
    City University": the town's word "City" may stand between)."""
    ahead = [t.key for t in tokens[after:after + 2]]
    if ahead[:1] == ["city"]:
        ahead = ahead[1:]
    return bool(ahead) and ahead[0] in _FACILITY_AFTER


def _glued(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows a capitalised word, with only a space between, that
    does not open a sentence or a line."""
    if not i or not tokens[i - 1].text[:1].isupper() or not _adjacent(text, tokens[i - 1],
                                                                       tokens[i]):
        return False
    before = text[:tokens[i - 1].start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n\"“(-–—"


def _split_pair(tokens: list[Token], i: int) -> bool:
    """Split token ``i`` in place when it is two capitalised words joined by a hyphen
    that no name is as a whole ("Surabaya-Busan", "Wewak-Charles"); "Chungcheongnam-do"
    and "Hamyang-gun" stay whole."""
    head, dash, tail = tokens[i].text.partition("-")
    if not (dash and head[:1].isupper() and tail[:1].isupper()):
        return False
    start = tokens[i].start
    tokens[i:i + 1] = [Token(head, fold(head), start),
                       Token(tail, fold(tail), start + len(head) + 1)]
    return True


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
    # the countries the article names (a name two sources list, "Papua Nugini" from
    # pycountry's translations and from places.toml, is still one country)
    countries = {p.country for places, _ in found for p in places
                 if p.kind == "country" and len({q.country for q in places}) == 1}
    # ... and a name places.toml settles ("Korea" is the South, though pycountry also
    # gives it to the North)
    countries |= {p.country for places, _ in found for p in places
                  if p.kind == "country" and p.curated and all(q.kind == "country" for q in places)
                  and sum(q.curated for q in places) == 1}
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
    return dataclasses.replace(mention, place=place)


def _pick_foreign(places: tuple[Place, ...], hint: str | None, countries: set[str]) -> Place:
    wanted = {"city": "city", "region": "region", "regency": "region"}.get(hint or "")

    def rank(p: Place) -> tuple:
        return (p.kind == wanted, p.country in countries, p.kind == "country", p.curated,
                p.population, p.kind == "city")

    return max(places, key=rank)


def _accept_foreign(place: Place, mention: Mention, countries: set[str],
                    anchors: tuple[int, ...]) -> bool:
    """Keep a foreign region or city only with support (see the module docstring)."""
    if place.kind == "country" or place.unlisted:  # an unlisted town has its country beside it
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
    return near and not mention.glued and place.population >= NEAR_ANCHOR_POPULATION


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
    Medan") or in the headline as an actor (not after "di", "ke": a place). A bare name
    that is also a word ("Buru", "Serang", "Malang") counts only with a title word."""
    mentions = [m for m in mentions if m.hint or not m.place.common]
    if not mentions:
        return None, False
    governed = [m for m in mentions if m.hint or (m.where == "title" and not m.locative)]
    pool = governed or mentions
    score: dict[Place, float] = defaultdict(float)
    for m in pool:
        score[m.place] += _salience(m)
    best = max(score, key=lambda p: (score[p], p.kind == "province"))
    return IndonesianParty(best.name, best.code), bool(governed)


