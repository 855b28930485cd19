"""Storage on a temporary SQLite file: schema, dedup, full-text search, ledger, runs."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hypothesis import given, settings
from hypothesis import strategies as st

import storage
from storage import fts
from storage.models import Base
from tests.conftest import store

T0 = datetime(2025, 5, 27, 12, 0, tzinfo=UTC)


def article(n: int, **changes: object) -> storage.NewArticle:
    values: dict[str, object] = dict(
        url=f"https://example.go.id/berita/{n}", canonical_url=f"https://example.go.id/berita/{n}",
        source="example", title=f"Judul {n}", text=f"Isi berita nomor {n}.", fetched_at=T0,
        relevance=0.9, matched=("sister city",),
        partners=(storage.PartnerRecord("Shanghai", "CN", "city"),),
    )
    values.update(changes)
    return storage.NewArticle(**values)  # type: ignore[arg-type]


def test_migrations_build_the_schema_the_models_describe(db):
    with db.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": fts.include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_head_that_opens_a_database_without_alembic_is_the_scripts_head(db):
    from alembic.script import ScriptDirectory

    from storage import engine

    assert ScriptDirectory.from_config(engine.alembic_config()).get_heads() == [engine.HEAD]
    assert engine._at_head(db)  # a new database is migrated to it


def test_a_database_behind_the_head_is_still_migrated(tmp_path):
    from sqlalchemy import create_engine

    from storage import engine

    old = create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    engine.upgrade(old, "0008")
    assert not engine._at_head(old)
    engine.upgrade(old)
    assert engine._at_head(old)
    with old.connect() as conn:
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(articles)")}
    assert "region_code" in columns
    old.dispose()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(db):
    with db.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_a_canonical_url_is_stored_once(db):
    first = store(db, article(1))
    again = store(db, article(1, url="https://example.go.id/berita/1?utm_source=x"))
    assert first is not None
    assert again is None
    assert storage.count_articles(db) == 1


def test_storing_marks_both_urls_known(db):
    store(db, article(1, url="https://m.example.go.id/1"))
    assert storage.known_urls(db, ["https://m.example.go.id/1", article(1).canonical_url,
                                   "https://example.go.id/other"], give_up_after=3) == {
        "https://m.example.go.id/1", article(1).canonical_url}


def test_client_errors_make_a_url_known_only_after_the_limit(db):
    url = "https://example.go.id/hilang"
    for expected in (set(), set(), {url}):
        storage.record_seen(db, url, source="example", state="failed", when=T0, http_status=404)
        assert storage.known_urls(db, [url], give_up_after=3) == expected


def test_a_stored_url_stays_stored_when_seen_again(db):
    store(db, article(1))
    storage.record_seen(db, article(1).url, source="example", state="off_topic", when=T0)
    with sqlite3.connect(db.url.database) as conn:
        assert conn.execute("SELECT state FROM seen_urls WHERE url=?",
                            (article(1).url,)).fetchone() == ("stored",)


def test_full_text_index_follows_inserts_updates_and_deletes(db):
    store(db, article(1, text="Kerja sama kota kembar dengan Osaka."))
    assert [a.id for a in storage.search(db, storage.Filters(query="osaka"))] == [1]
    with sqlite3.connect(db.url.database) as conn:
        conn.execute("UPDATE articles SET text='Kunjungan ke Busan' WHERE id=1")
    assert storage.search(db, storage.Filters(query="osaka")) == []
    assert len(storage.search(db, storage.Filters(query="busan"))) == 1
    with sqlite3.connect(db.url.database) as conn:
        conn.execute("DELETE FROM article_partners")
        conn.execute("DELETE FROM articles")
    assert storage.search(db, storage.Filters(query="busan")) == []


def test_search_words_must_all_occur_and_phrases_stay_phrases(db):
    store(db, article(1, text="kota kembar Jakarta dan Seoul"))
    store(db, article(2, text="kota Jakarta, kembar siam"))
    assert {a.id for a in storage.search(db, storage.Filters(query="kembar jakarta"))} == {1, 2}
    assert [a.id for a in storage.search(db, storage.Filters(query='"kota kembar"'))] == [1]


@pytest.mark.parametrize("typed", ["pra-kerja", '"unbalanced', "AND", "a OR", "(", "*", "NEAR("])
def test_raw_user_input_is_never_an_fts_syntax_error(db, typed):
    store(db, article(1, text="Program pra-kerja AND kota"))
    storage.search(db, storage.Filters(query=typed))  # must not raise


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_makes_a_valid_fts_query(typed):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    query = fts.match_query(typed)
    if query is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()


def test_newest_first_undated_last_then_by_fetch_time(db):
    store(db, article(1, published_at=T0 - timedelta(days=2)))
    store(db, article(2, published_at=None, fetched_at=T0))
    store(db, article(3, published_at=T0))
    store(db, article(4, published_at=None, fetched_at=T0 + timedelta(hours=1)))
    assert [a.id for a in storage.search(db, storage.Filters())] == [3, 1, 4, 2]


def test_since_and_until_are_inclusive_bounds_on_published_at(db):
    for n in range(1, 5):
        store(db, article(n, published_at=T0 + timedelta(days=n)))
    found = storage.search(db, storage.Filters(since=T0 + timedelta(days=2),
                                               until=T0 + timedelta(days=3)))
    assert sorted(a.id for a in found) == [2, 3]


def test_partner_filter_matches_name_part_or_country_code(db):
    store(db, article(1))
    store(db, article(2, partners=(storage.PartnerRecord("Busan", "KR"),)))
    assert [a.id for a in storage.search(db, storage.Filters(partner="shang"))] == [1]
    assert [a.id for a in storage.search(db, storage.Filters(partner="kr"))] == [2]


def test_record_keeps_the_output_contract(db):
    store(db, article(1, published_at=T0))
    record = storage.as_record(storage.get_article(db, "1"))
    for key in ("id", "url", "source", "title", "text", "author", "published_at", "language",
                "fetched_at", "relevance", "matched", "partners"):
        assert key in record
    assert record["partners"] == [{"name": "Shanghai", "country": "CN", "kind": "city"}]
    assert datetime.fromisoformat(record["published_at"]) == T0
    assert storage.get_article(db, article(1).url).id == 1


def test_consecutive_failures_count_back_to_the_last_success(db):
    def run(status: str) -> None:
        run_id = storage.start_run(db, ["example"], when=T0)
        storage.record_source_run(db, run_id, storage.SourceCounts(
            source="example", status=status, started_at=T0, finished_at=T0, error=status))

    for status in ("failed", "ok", "failed", "skipped", "failed"):
        run(status)
    (health,) = storage.source_health(db, ["example"])
    assert health.consecutive_failures == 2
    assert health.last_success == T0
    assert health.last_status == "failed"


def _writer(url: str, offset: int, count: int) -> None:
    engine = storage.open_database(url)
    for n in range(offset, offset + count):
        store(engine, article(n % 150))  # overlapping ids race on purpose
        storage.record_seen(engine, f"https://example.go.id/x/{n}", source="example",
                            state="off_topic", when=T0)


def test_two_processes_write_at_once_without_locks_or_duplicates(db_url):
    storage.open_database(db_url)
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(db_url, k * 100, 100)) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    engine = storage.open_database(db_url)
    assert storage.count_articles(engine) == 150
    with sqlite3.connect(engine.url.database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM seen_urls WHERE url LIKE '%/x/%'"
                            ).fetchone() == (200,)


def test_a_database_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(storage.DatabaseError, match="does not exist"):
        storage.open_database(f"sqlite:///{tmp_path}/nope/pantau.db")


def test_other_backends_are_refused_clearly():
    with pytest.raises(storage.DatabaseError, match="only SQLite"):
        storage.open_database("postgresql://localhost/pantau")


def test_runs_of_dead_processes_are_marked_interrupted(db):
    live = storage.start_run(db, ["a"], when=T0, pid=111)
    dead = storage.start_run(db, ["a"], when=T0, pid=222)
    assert storage.close_dead_runs(db, lambda pid: pid == 111, when=T0) == 1
    status = {run.id: run.status for run in storage.last_runs(db)}
    assert status == {live: "running", dead: "interrupted"}


def test_a_day_alone_stays_that_day_in_every_time_zone(db):
    """A page that prints a date without a time is stored as that day (precision "date")
    and output as the date itself, so a reader west or east of Jakarta sees the same day."""
    from zoneinfo import ZoneInfo

    day = datetime(2025, 5, 27, tzinfo=UTC)
    store(db, article(1, published_at=day, published_precision="date"))
    store(db, article(2, published_at=T0, published_precision="time"))
    by_id = {a.id: a for a in storage.search(db, storage.Filters())}
    for zone in ("America/Los_Angeles", "Asia/Jakarta", "Pacific/Kiritimati"):
        tz = ZoneInfo(zone)
        dated = storage.as_record(by_id[1], tz)
        assert dated["published_at"] == "2025-05-27"
        assert dated["published_precision"] == "date"
        timed = storage.as_record(by_id[2], tz)
        assert datetime.fromisoformat(timed["published_at"]) == T0
        assert timed["published_precision"] == "time"


def test_an_article_keeps_its_sources_region_code_through_every_judgement(db):
    """The region is stored by Kemendagri code, so that it is one value however the
    source spells its name; demoted and promoted again, the article keeps it."""
    store(db, article(1, region_code="35.78"))
    store(db, article(2))
    assert storage.as_record(storage.get_article(db, "1"))["region_code"] == "35.78"
    assert storage.as_record(storage.get_article(db, "2"))["region_code"] is None
    storage.demote(db, 1, relevance=0.1, when=T0)
    assert storage.get_off_topic(db, (article(1).url,)).region_code == "35.78"
    new_id = storage.promote(db, article(1).url, storage.Judgement(relevance=0.9))
    assert storage.get_article(db, str(new_id)).region_code == "35.78"
    storage.add_off_topic(db, article(3, region_code="31"), judged_at=T0)
    assert storage.get_off_topic(db, (article(3).url,)).region_code == "31"
