"""Human in the loop: kept off-topic bodies, their purge, pantau mark and pantau reclassify."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from scrapy.exceptions import DropItem
from scrapy.settings import Settings

import storage
from crawler.config.settings import Config
from crawler.extract.article import Extracted
from crawler.relevance import labels
from crawler.relevance.classifier import Classifier
from spiders.items import ArticlePage
from spiders.pipelines import StorePipeline
from spiders.settings import scrapy_settings
from storage import fts
from storage.engine import upgrade
from tests.conftest import pantau, store

T0 = datetime(2025, 5, 27, 12, 0, tzinfo=UTC)
SHANGHAI = (
    "Pj Gubernur DKI Terima Kunjungan Wali Kota Shanghai, Bahas Kerja Sama Kota",
    "Penjabat Gubernur DKI Jakarta menerima kunjungan Wali Kota Shanghai di Balai Kota DKI. "
    "DKI Jakarta mempererat kerja sama kota bersahabat atau sister city dengan Kota Shanghai, "
    "Republik Rakyat Tiongkok. Shanghai berminat melaksanakan pertukaran ASN.")
FLOOD = ("Banjir Rendam Tiga Kecamatan di Kabupaten Bandung",
         "Banjir setinggi satu meter merendam tiga kecamatan. Ribuan warga mengungsi.")
# on topic to a person, too thin for the classifier: no foreign place is named
MISSED = ("Pemkot Bogor Lanjutkan Program Pertukaran Pelajar",
          "Pemerintah Kota Bogor kembali mengirim sepuluh pelajar dalam program pertukaran "
          "pelajar dengan kota mitranya. Program berjalan sejak 2019.")


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_config()


@pytest.fixture
def db(tmp_path):
    yield storage.open_database(f"sqlite:///{tmp_path / 'pantau.db'}")
    storage.forget_engines()


def new(n: int, title: str, text: str, relevance: float = 0.9, **changes) -> storage.NewArticle:
    url = f"https://example.go.id/berita/{n}"
    return storage.NewArticle(**{
        "url": url, "canonical_url": url, "source": "example", "title": title, "text": text,
        "fetched_at": T0, "relevance": relevance, "published_at": T0, **changes})


def off_topic(db, n: int, title: str, text: str, judged_at: datetime = T0) -> str:
    record = new(n, title, text, relevance=0.05)
    storage.add_off_topic(db, record, judged_at=judged_at)
    return record.url


def seen(db, url: str) -> tuple:
    with sqlite3.connect(db.url.database) as conn:
        return conn.execute("SELECT state, title, relevance FROM seen_urls WHERE url = ?",
                            (url,)).fetchone()


def ids(db, **filters) -> list[int]:
    return [a.id for a in storage.search(db, storage.Filters(**filters))]


def test_an_off_topic_body_is_kept_then_purged_leaving_url_title_score(db):
    url = off_topic(db, 1, *FLOOD)
    assert storage.known_urls(db, [url], give_up_after=3) == {url}
    assert storage.off_topic_count(db) == 1
    assert storage.purge_off_topic(db, before=T0) == 0  # judged at T0: not older than T0
    assert storage.purge_off_topic(db, before=T0 + timedelta(days=30)) == 1
    assert storage.off_topic_count(db) == 0
    assert seen(db, url) == ("off_topic", FLOOD[0], 0.05)
    assert storage.known_urls(db, [url], give_up_after=3) == {url}  # never fetched again


def test_marking_a_stored_article_irrelevant_removes_it_and_keeps_the_label(db, classifier):
    store(db, new(1, *SHANGHAI))
    message = labels.mark(db, "1", False, when=T0, classifier=lambda: classifier)
    assert "removed" in message
    assert ids(db) == []
    assert storage.search(db, storage.Filters(query="Shanghai")) == []
    assert storage.labels(db) == {new(1, *SHANGHAI).url: False}
    assert seen(db, new(1, *SHANGHAI).url)[0] == "off_topic"
    # the classifier still says on topic, but the person's label wins on reclassify
    result = labels.reclassify(db, classifier, when=T0, keep_days=30)
    assert result.changes == []
    assert ids(db) == []


def test_marking_a_kept_off_topic_article_relevant_promotes_it(db, classifier):
    url = off_topic(db, 1, *MISSED)
    assert not classifier.classify(*MISSED).relevant
    message = labels.mark(db, url, True, when=T0, classifier=lambda: classifier)
    assert "stored as article" in message
    (article,) = storage.search(db, storage.Filters(query="pertukaran"))
    record = storage.as_record(article)
    assert record["label"] == "relevant"
    assert record["stage"] == "programme"
    assert record["published_at"]
    assert record["title"] == MISSED[0]
    assert storage.off_topic_count(db) == 0
    assert seen(db, url)[0] == "stored"
    # a later reclassify keeps it although it still scores low
    assert labels.reclassify(db, classifier, when=T0, keep_days=30).count("demoted") == 0
    assert len(ids(db)) == 1


def test_marking_a_purged_article_records_the_label_only(db, classifier):
    url = off_topic(db, 1, *MISSED)
    storage.purge_off_topic(db, before=T0 + timedelta(days=31))
    message = labels.mark(db, url + "?utm_source=wa", True, when=T0,
                          classifier=lambda: classifier)
    assert "no longer kept" in message
    assert ids(db) == []
    assert storage.labels(db) == {url: True}


def test_marking_an_unknown_article_is_an_error(db, classifier):
    with pytest.raises(labels.NotFound, match="no stored article"):
        labels.mark(db, "https://example.go.id/nope", True, when=T0,
                    classifier=lambda: classifier)


def test_reclassify_promotes_demotes_and_rejudges(db, classifier):
    store(db, new(1, *FLOOD))  # kept by older, looser rules
    store(db, new(2, *SHANGHAI, relevance=0.51))  # stale verdict, no partners
    promoted_url = off_topic(db, 3, *SHANGHAI[:1], SHANGHAI[1] + " Dua kota.")
    off_topic(db, 4, *MISSED)

    dry = labels.reclassify(db, classifier, when=T0, keep_days=30, dry_run=True)
    assert sorted(c.action for c in dry.changes) == ["demoted", "promoted", "rejudged"]
    assert ids(db) == [2, 1]
    assert storage.off_topic_count(db) == 2

    later = T0 + timedelta(days=1)
    result = labels.reclassify(db, classifier, when=later, keep_days=30)
    assert (result.stored, result.kept) == (2, 2)
    assert {c.action: c.url for c in result.changes}["promoted"] == promoted_url
    assert "1 promoted, 1 demoted, 1 stored article(s) re-scored" in result.sentence()
    stored = {a.url: a for a in storage.search(db, storage.Filters())}
    assert set(stored) == {new(2, "", "").url, promoted_url}
    for article in stored.values():
        assert article.partners[0].name == "Shanghai"
        assert article.stage == "visit"
        assert article.relevance >= classifier.threshold
    assert storage.off_topic_count(db) == 2  # the flood article is kept, from `later` on
    assert storage.purge_off_topic(db, before=later) == 1
    again = labels.reclassify(db, classifier, when=later, keep_days=30)
    assert again.changes == []


def test_search_filters_on_country_and_stage(db):
    store(db, new(1, *SHANGHAI, stage="visit",
                                partners=(storage.PartnerRecord("Shanghai", "CN", "city"),)))
    store(db, new(2, "Jakarta LoI", "teks", stage="loi", partners=(
        storage.PartnerRecord("Chungcheongnam-do", "KR", "region"),)))
    assert ids(db, country="kr") == [2]
    assert ids(db, stage="visit") == [1]
    assert ids(db, country="CN", stage="loi") == []


class _Stats(dict):
    def inc_value(self, key: str) -> None:
        self[key] = self.get(key, 0) + 1

    def get_value(self, key: str) -> object:
        return self.get(key)


@pytest.mark.parametrize(("days", "kept"), [(30, 1), (0, 0)])
def test_the_store_pipeline_keeps_an_off_topic_body_unless_told_not_to(db, classifier, days,
                                                                       kept):
    config = Config().replace("relevance", keep_off_topic_days=days)
    crawler = SimpleNamespace(stats=_Stats(), settings=Settings(
        scrapy_settings(config, db_url=db.url.render_as_string(False))))
    item = ArticlePage("example", "https://example.go.id/berita/9", "https://example.go.id/"
                       "berita/9", b"", None, 200, T0)
    item.extracted = Extracted(FLOOD[0], FLOOD[1], None, None, None, "id", None, None, None,
                               None, "trafilatura")
    item.verdict = classifier.classify(*FLOOD)
    with pytest.raises(DropItem, match="off topic"):
        asyncio.run(StorePipeline(crawler).process_item(item))
    assert storage.off_topic_count(db) == kept
    assert seen(db, item.url)[:2] == ("off_topic", FLOOD[0])


def test_upgrading_a_0001_database_keeps_articles_searchable(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = storage.open_database(url, migrate=False)
    upgrade(engine, "0001")
    article = new(1, *SHANGHAI)
    with sqlite3.connect(engine.url.database) as conn:  # stored as a 0001 Pantau did
        conn.execute(
            "INSERT INTO articles (url, canonical_url, source, title, text, fetched_at, "
            "relevance, matched, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, '[]', '[]')",
            (article.url, article.canonical_url, article.source, article.title, article.text,
             article.fetched_at.isoformat(), article.relevance))
    upgrade(engine)
    assert [a.id for a in storage.search(engine, storage.Filters(query="shanghai"))] == [1]
    with sqlite3.connect(engine.url.database) as conn:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE "
                                               "type = 'trigger'")}
    assert triggers == {"articles_fts_insert", "articles_fts_delete", "articles_fts_update"}
    assert fts.include_name("articles_fts_data", "table") is False
    storage.forget_engines()


def test_mark_and_reclassify_on_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    engine = storage.open_database(url)
    store(engine, new(1, *FLOOD))
    kept = off_topic(engine, 2, *MISSED)
    storage.forget_engines()

    missing = pantau("mark", "https://example.go.id/none", "--relevant", "--db", url)
    assert missing.returncode == 1
    assert "Traceback" not in missing.stderr
    assert missing.stderr.strip().splitlines() == [
        "Error: no stored article and no seen URL 'https://example.go.id/none' "
        "(see: pantau search)"]
    neither = pantau("mark", "1", "--db", url)
    assert neither.returncode == 1
    assert "--relevant or --irrelevant" in neither.stderr

    marked = pantau("mark", kept, "--relevant", "--db", url)
    assert marked.returncode == 0, marked.stderr
    assert "stored as article" in marked.stdout

    result = pantau("reclassify", "--db", url, "--format", "json")
    assert result.returncode == 0, result.stderr
    (change,) = json.loads(result.stdout)
    assert (change["action"], change["article_id"]) == ("demoted", None)
    assert "1 demoted" in result.stderr
    listed = json.loads(pantau("search", "--db", url, "--format", "json").stdout)
    assert [(r["title"], r["label"]) for r in listed] == [(MISSED[0], "relevant")]
