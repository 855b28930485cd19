"""The query plans of search, count, export, stats and stories give the plain answers.

``storage.filtering`` switches plans on the size of each list of ids (``WIDE``) and,
for a page of a common term (alone or within dates), first tries the newest articles
alone (``newest``, ``TRIED_PER_ROW``, ``NEWEST_PAGE``); a common term whose other
filters leave few articles is checked on each of them (``CHECKED``); the count of a
common term within many dated articles merges the two lists in id order
(``count_merged``, ``MERGED``); ``storage.stories`` walks the newest matches for a
page of stories and counts the stories of a common term from the shared ones alone
(``_stories_merged``). At the real thresholds only a database of thousands of matches
takes those paths, so these tests lower the thresholds over a database of 150
articles and check every path against the answer worked out here in Python from
the inserted rows (and so against the plain plan, which the first plan keeps).
Spies check that each fast path really ran, so that a branch that silently stops
being taken fails a test.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import storage
from storage import articles, export, filtering, stats
from storage import stories as story_rows
from tests.conftest import JOIN_AT, store

T0 = datetime(2025, 3, 1, tzinfo=UTC)
JAKARTA = ZoneInfo("Asia/Jakarta")
SOURCES = ("antara", "infopublik", "jatengprov", "surabaya")
PLACES = (("Busan", "KR"), ("Seoul", "KR"), ("Shanghai", "CN"), ("Brisbane", "AU"),
          ("Hamamatsu", "JP"))
WORDS = ("kota", "kerja", "sama", "bandung", "pelabuhan", "budaya", "wisata", "gempa",
         "pendidikan", "dagang")
SCHEME = "test-scheme"


@dataclass(frozen=True)
class Row:
    """What was stored of one article, to work the answers out in Python."""

    id: int
    source: str
    title: str
    text: str
    published: datetime | None
    fetched: datetime
    partners: tuple[tuple[str, str], ...]
    stage: str | None
    story: int


@dataclass
class Seeded:
    url: str
    rows: list[Row]


def _body(rng: random.Random, n: int) -> str:
    """Random words: "jakarta" in seven articles of ten, "bitcoin" in four of the
    150, "kerja" and "sama" often, side by side ("kerja sama") less often."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 12))]
    if rng.random() < 0.7:
        words.insert(rng.randrange(len(words) + 1), "jakarta")
    if n % 37 == 5:
        words.insert(rng.randrange(len(words) + 1), "bitcoin")
    if rng.random() < 0.15:
        words += ["kerja", "sama"]
    return " ".join(words) + "."


def _published(rng: random.Random) -> datetime | None:
    """One in ten undated; the rest on 60 days at four hours of each, so that many
    articles share a moment (and midnight, where ``--since`` and ``--until`` fall)."""
    if rng.random() < 0.1:
        return None
    return T0 + timedelta(days=rng.randrange(60), hours=6 * rng.randrange(4))


def _signature(group: int) -> storage.Signature:
    """The same signature for every article of ``group``, sharing no band with the
    others': copies join the group's story and nothing else."""
    return storage.Signature(SCHEME, tuple(group * 1_000 + i for i in range(16)), 50,
                             (group + 1,))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Iterator[Seeded]:
    """150 articles over four sources with partners, stages and stories (copies of
    one another: a third join an earlier story, a few are unsigned)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('plans') / 'pantau.db'}"
    engine = storage.open_database(url)
    rng = random.Random(13)
    rows: list[Row] = []
    stories: list[int] = []  # the story of each group, by group number
    for n in range(150):
        published = _published(rng)
        fetched = (published or T0) + timedelta(hours=12 * rng.randrange(3))
        partners = tuple(rng.sample(PLACES, rng.choice((0, 0, 1, 1, 2))))
        if stories and rng.random() < 0.35:
            group: int | None = rng.randrange(len(stories))
        else:
            group = len(stories) if rng.random() < 0.85 else None
        title = "Jakarta hari ini" if n % 9 == 0 else f"Berita {n}"
        new = storage.NewArticle(
            url=f"https://{n}.example/berita/{n}", canonical_url=f"https://{n}.example/b/{n}",
            source=rng.choice(SOURCES), title=title, text=_body(rng, n), fetched_at=fetched,
            relevance=0.8, partners=tuple(storage.PartnerRecord(p, c) for p, c in partners),
            stage=rng.choice((None, None, "mou", "loi", "renewal")), published_at=published,
            signature=None if group is None else _signature(group),
        )
        article_id = store(engine, new)
        assert article_id is not None
        if group == len(stories):
            stories.append(article_id)
        story = article_id if group is None else stories[group]
        rows.append(Row(article_id, new.source, title, new.text, published, fetched,
                        partners, new.stage, story))
    rows = _unsign_two(engine, rows) + _tie_at_the_top(engine)
    for row in rows:
        found = storage.get_article(engine, str(row.id))
        assert found is not None
        assert found.story_id == row.story
    yield Seeded(url, rows)
    storage.forget_engines()


def _tie_at_the_top(engine: Any) -> list[Row]:
    """Two stories whose newest articles are the newest of all, published at the same
    moment: the one walked second ranks first, an older article of it having been
    fetched last (the grouped order takes each latest date on its own)."""
    newest = T0 + timedelta(days=61)
    rows = []
    for n, group, published, fetched in (
        (900, 900, newest - timedelta(days=10), newest + timedelta(days=5)),
        (901, 901, newest, newest),
        (902, 900, newest, newest - timedelta(hours=1)),
    ):
        new = storage.NewArticle(
            url=f"https://{n}.example/berita/{n}", canonical_url=f"https://{n}.example/b/{n}",
            source="antara", title=f"Berita {n}", text=f"jakarta kota budaya {n}.",
            fetched_at=fetched, relevance=0.8, published_at=published,
            signature=_signature(group))
        article_id = store(engine, new)
        assert article_id is not None
        story = rows[0].id if group == 900 and rows else article_id
        rows.append(Row(article_id, "antara", new.title or "", new.text, published, fetched,
                        (), None, story))
    return rows


def _unsign_two(engine: Any, rows: list[Row]) -> list[Row]:
    """Drop the signature of the first article of a story of three or more (it stays
    in the story: its id names it) and of a later article of another one (it becomes
    a story of its own)."""
    sizes = Counter(row.story for row in rows)
    big = [story for story, size in sizes.items() if size >= 3]
    first, other = big[0], big[1]
    later = next(row.id for row in rows if row.story == other and row.id != other)
    for article_id in (first, later):
        storage.regroup(engine, article_id, None, JOIN_AT)
    return [dataclasses.replace(row, story=row.id) if row.id == later else row for row in rows]


# -- the answers, worked out in Python --------------------------------------------------

def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _occurs(term: list[str], column: str) -> bool:
    words = _tokens(column)
    return any(words[i : i + len(term)] == term for i in range(len(words) - len(term) + 1))


def _matches(row: Row, query: str) -> bool:
    """Every word or "quoted phrase" of ``query`` occurs, a phrase within one column."""
    terms = [_tokens(phrase or word) for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query)]
    return all(_occurs(term, row.title) or _occurs(term, row.text) for term in terms)


def _selected(row: Row, f: storage.Filters) -> bool:
    partner = (f.partner or "").lower()
    return all((
        not f.query or _matches(row, f.query),
        not f.since or (row.published is not None and row.published >= f.since),
        not f.until or (row.published is not None and row.published <= f.until),
        not f.sources or row.source in f.sources,
        not f.partner or any(partner in name.lower() or partner == country.lower()
                             for name, country in row.partners),
        not f.country or any(country == f.country.upper() for _, country in row.partners),
        not f.stage or row.stage == f.stage,
    ))


def _newest_first(row: Row) -> tuple[Any, ...]:
    """Sorted descending: newest first, undated last, then by fetch time, then id."""
    return (row.published is not None, row.published or T0, row.fetched, row.id)


def expected_ids(rows: list[Row], f: storage.Filters) -> list[int]:
    ordered = sorted((r for r in rows if _selected(r, f)), key=_newest_first, reverse=True)
    return [r.id for r in ordered][: f.limit]


def expected_stats(rows: list[Row], f: storage.Filters) -> storage.Stats:
    chosen = [r for r in rows if _selected(r, f)]
    months = Counter(r.published.astimezone(JAKARTA).strftime("%Y-%m") if r.published
                     else storage.UNDATED for r in chosen)
    countries = Counter(c for r in chosen for c in {c for _, c in r.partners})

    def largest_first(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
        return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    return storage.Stats(
        total=len(chosen),
        months=tuple(sorted(months.items(), key=lambda m: (m[0] == storage.UNDATED, m[0]))),
        countries=largest_first(countries),
        sources=largest_first(Counter(r.source for r in chosen)),
    )


def expected_stories(rows: list[Row], f: storage.Filters) -> list[tuple[int, list[int]]]:
    """What the grouped query always returned: each story with a matching article,
    ordered by the newest ``published_at`` of its matching articles (none last), then
    by the latest ``fetched_at`` of those (not necessarily the same article's), then
    by story id, all descending; each with all its articles, first published first."""
    matching: dict[int, list[Row]] = {}
    for row in rows:
        if _selected(row, f):
            matching.setdefault(row.story, []).append(row)

    def rank(story: int) -> tuple[Any, ...]:
        dated = [r.published for r in matching[story] if r.published is not None]
        return (bool(dated), max(dated, default=T0), max(r.fetched for r in matching[story]),
                story)

    ranked = sorted(matching, key=rank, reverse=True)[: f.limit]
    members = {story: sorted((r for r in rows if r.story == story),
                             key=lambda r: (r.published is None, r.published or T0, r.id))
               for story in ranked}
    return [(story, [r.id for r in members[story]]) for story in ranked]


# -- the plans --------------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    """Thresholds to run the queries under (all but the plain plan's take every path)."""

    name: str
    wide: int
    tried_per_row: int
    newest_page: int
    checked: int = filtering.CHECKED  # the other filters' articles checked one by one
    merged: int = filtering.MERGED  # dated articles past which a count merges

    @property
    def plain(self) -> bool:
        return self.wide > 10_000


PLANS = [
    Plan("plain", 10**9, 5, 100),
    Plan("lists wide, newest fills", 3, 5, 100, checked=0, merged=5),
    Plan("lists wide, newest falls back", 3, 1, 100, checked=10**9, merged=10**9),
    Plan("every list wide, small pages", 1, 2, 8, checked=40, merged=1),
    Plan("bounds at five", 5, 3, 30, checked=5, merged=5),
]
SINCE, UNTIL = T0 + timedelta(days=40), T0 + timedelta(days=50)
F = storage.Filters
CASES = [
    F(),
    F(query="jakarta"),
    F(query="JAKARTA"),
    F(query="bitcoin"),
    F(query='"kerja sama"'),
    F(query="kerja sama"),
    F(query="zzyzx"),
    F(query="jakarta bandung"),
    F(query="jakarta", since=SINCE),
    F(query="jakarta", until=UNTIL),
    F(query="jakarta", since=SINCE, until=UNTIL),
    F(query="jakarta", sources=("antara",)),
    F(query="jakarta", sources=("antara", "surabaya")),
    F(query="jakarta", stage="mou"),
    F(query="jakarta", country="KR"),
    F(query="jakarta", partner="busan"),
    F(query='"kerja sama"', country="kr", since=SINCE),
    F(query="bitcoin", partner="an"),
    F(partner="busan"),
    F(partner="kr"),
    F(partner="an"),
    F(country="KR"),
    F(country="cn"),
    F(country="KR", partner="busan"),
    F(country="CN", stage="mou"),
    F(since=SINCE),
    F(until=UNTIL),
    F(stage="renewal"),
    F(sources=("jatengprov",), since=SINCE),
]
LIMITS = (None, 1, 4, 25)


def label(f: storage.Filters) -> str:
    return " ".join(f"{k}={v}" for k, v in dataclasses.asdict(f).items() if v) or "none"


@dataclass
class Seen:
    """What the spies saw: the lists found wide (and ``checked``), how ``newest`` pages
    ended, and the counts merged."""

    wide: set[str] = dataclasses.field(default_factory=set)
    newest: int = 0  # statements ``newest`` returned
    fell_back: int = 0  # of those, the pages they did not fill: the full query ran
    newest_dated: int = 0  # of those, for a query within dates
    story_pages: int = 0  # pages of stories found among the newest articles
    story_pages_not: int = 0  # the newest articles tried, and they did not tell
    merged: int = 0  # counts of articles ``count_merged`` answered
    stories_merged: int = 0  # counts of stories ``_stories_merged`` answered


def _spy(seen: Seen, function: Callable[..., Any], record: Callable[[Any], None]) -> Any:
    def spy(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        record(result)
        return result

    return spy


@pytest.fixture(params=PLANS, ids=[p.name for p in PLANS])
def plan(request, monkeypatch) -> tuple[Plan, Seen]:
    """Thresholds set to the plan's, and spies on the functions that pick the paths."""
    chosen: Plan = request.param
    monkeypatch.setattr(filtering, "WIDE", chosen.wide)
    monkeypatch.setattr(filtering, "TRIED_PER_ROW", chosen.tried_per_row)
    monkeypatch.setattr(filtering, "NEWEST_PAGE", chosen.newest_page)
    monkeypatch.setattr(filtering, "CHECKED", chosen.checked)
    monkeypatch.setattr(filtering, "MERGED", chosen.merged)
    seen = Seen()
    for module in (articles, export, stats, story_rows):
        monkeypatch.setattr(module, "wide", _spy(seen, module.wide, seen.wide.update))
    tried: list[bool] = []

    def newest_tried(statement: Any) -> None:
        tried.append(statement is not None)
        seen.newest += statement is not None
        seen.newest_dated += statement is not None and "published_at >=" in str(statement)

    def merged(count: int | None) -> None:
        seen.merged += count is not None

    def stories_merged(_count: int) -> None:
        seen.stories_merged += 1

    def full_query(_statement: Any) -> None:
        if tried and tried[-1]:
            seen.fell_back += 1
            tried[-1] = False

    def stories_tried(candidates: list[int] | None) -> None:
        seen.story_pages += candidates is not None
        seen.story_pages_not += candidates is None

    monkeypatch.setattr(articles, "newest", _spy(seen, articles.newest, newest_tried))
    monkeypatch.setattr(story_rows, "_candidates",
                        _spy(seen, story_rows._candidates, stories_tried))
    monkeypatch.setattr(articles, "_filtered", _spy(seen, articles._filtered, full_query))
    monkeypatch.setattr(articles, "count_merged",
                        _spy(seen, articles.count_merged, merged))
    monkeypatch.setattr(story_rows, "_stories_merged",
                        _spy(seen, story_rows._stories_merged, stories_merged))
    return chosen, seen


LISTS = {"query", "partner", "country"}


def _check_lists(chosen: Plan, seen: Seen) -> None:
    """Every list was found wide, and the query checked one article at a time when
    the plan lets it (with ``checked=0``, only where the other filters leave none)."""
    if chosen.plain:
        assert seen.wide == set()
        return
    assert seen.wide - {"checked"} == LISTS
    if chosen.checked >= 10:
        assert "checked" in seen.wide


def _check_paths(chosen: Plan, seen: Seen) -> None:
    _check_lists(chosen, seen)
    if chosen.plain:
        assert seen.newest == 0
        return
    assert seen.newest > seen.fell_back > 0  # pages filled by ``newest``, and not
    if chosen.checked < 10**9:  # else every query within dates is checked instead
        assert seen.newest_dated > 0


# -- the tests --------------------------------------------------------------------------

def test_search_and_export_list_the_same_articles_in_the_same_order(seeded, plan):
    chosen, seen = plan
    engine = storage.open_database(seeded.url)
    for case in CASES:
        for limit in LIMITS:
            f = dataclasses.replace(case, limit=limit)
            want = expected_ids(seeded.rows, f)
            assert [a.id for a in storage.search(engine, f)] == want, (label(f), "search")
            assert [a.id for a in storage.stream_articles(engine, f, chunk=4)] == want, (
                label(f), "export")
    _check_paths(chosen, seen)


def test_counts_and_stats_are_the_same(seeded, plan):
    chosen, seen = plan
    engine = storage.open_database(seeded.url)
    for f in CASES:
        want = expected_stats(seeded.rows, f)
        assert storage.count_articles(engine, f) == want.total, label(f)
        assert storage.article_stats(engine, JAKARTA, f) == want, label(f)
    _check_lists(chosen, seen)
    # the counts within dates merged where the plan lets them, and never checked too
    assert (seen.merged > 0) == (not chosen.plain and chosen.merged <= 5
                                 and chosen.checked < 10**9)


def test_the_cases_are_not_trivial(seeded):
    """The data makes the plans matter: common and rare terms, a phrase narrower than
    its words, ties on both dates, undated articles, stories of several articles."""
    rows = seeded.rows
    count = {label(f): len(expected_ids(rows, f)) for f in CASES}
    assert count["query=jakarta"] > 90
    assert 0 < count["query=bitcoin"] <= 5
    assert 0 < count['query="kerja sama"'] < count["query=kerja sama"]
    assert count["query=zzyzx"] == 0
    assert count["partner=kr"] == count["country=KR"] > count["partner=busan"] > 5
    dated = [r for r in rows if r.published]
    assert max(Counter(r.published for r in dated).values()) >= 3
    assert max(Counter((r.published, r.fetched) for r in dated).values()) >= 2  # then by id
    assert sum(r.published is None for r in rows) >= 8
    assert Counter(r.story for r in rows).most_common(1)[0][1] >= 4
    top = F(limit=1)
    newest = next(r for r in rows if r.id == expected_ids(rows, top)[0])
    assert expected_stories(rows, top)[0][0] != newest.story


def test_grouped_searches_list_the_same_stories_in_the_same_order(seeded, plan):
    chosen, seen = plan
    engine = storage.open_database(seeded.url)
    for case in CASES:
        want_count = len(expected_stories(seeded.rows, case))
        assert storage.count_stories(engine, case) == want_count, label(case)
        for limit in LIMITS:
            f = dataclasses.replace(case, limit=limit)
            found = [(s.story_id, [a.id for a in s.articles])
                     for s in storage.search_stories(engine, f)]
            assert found == expected_stories(seeded.rows, f), label(f)
    _check_lists(chosen, seen)
    # the stories of a wide query alone are counted from the shared ones
    assert (seen.stories_merged > 0) == (not chosen.plain)
    if chosen.plain:
        assert seen.story_pages > 0
    else:
        assert seen.story_pages_not > 0
        # one article tried per story of the page never shows one past the page's last
        assert (seen.story_pages > 0) == (chosen.tried_per_row > 1)


def test_same_story_lists_the_other_articles_of_the_story(seeded):
    engine = storage.open_database(seeded.url)
    for row in seeded.rows:
        article = storage.get_article(engine, str(row.id))
        assert article is not None
        others = [a.id for a in storage.same_story(engine, article)]
        members = [r for r in seeded.rows if r.story == row.story and r.id != row.id]
        members.sort(key=lambda r: (r.published is None, r.published or T0, r.id))
        assert others == [r.id for r in members], row.id
