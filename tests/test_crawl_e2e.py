"""End to end: the real ``pantau`` command against local test sites on 127.0.0.x."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spiders.faults import ENV
from storage.locks import source_lock
from tests.conftest import pantau as pantau_here
from tests.sites import serve_sites

ROOT = Path(__file__).resolve().parents[1]
JUNK = re.compile(
    r"Baca juga|BACA JUGA|Scroll untuk|Example \d+x\d+|Sebarkan artikel|Berita Terkait"
    r"|ADVERTISEMENT|Redaktur:|\(Foto ?:",
    re.IGNORECASE,
)


def pantau(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler", *args], capture_output=True, text=True, timeout=240,
        cwd=ROOT, env={**os.environ, **(env or {})}, check=False,
    )


class Workspace:
    """A sources file naming the test sites, and a database, in a temp folder."""

    def __init__(self, folder: Path, sources_toml: str) -> None:
        self.sources = folder / "sources.toml"
        self.sources.write_text(sources_toml, encoding="utf-8")
        self.db = f"sqlite:///{folder / 'pantau.db'}"

    def crawl(self, *args: str, env: dict[str, str] | None = None) -> tuple[int, list[dict]]:
        result = pantau("crawl", "--sources", str(self.sources), "--db", self.db,
                        "--delay", "0", "--format", "json", *args, env=env)
        assert "Traceback" not in result.stderr, result.stderr
        return result.returncode, json.loads(result.stdout)

    def articles(self, *args: str) -> list[dict]:
        result = pantau_here("search", "--sources", str(self.sources), "--db", self.db,
                             "--format", "jsonl", *args)
        assert result.returncode == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def sites():
    with serve_sites() as served:
        yield served


@pytest.fixture(scope="module")
def crawled(sites, tmp_path_factory):
    """One first crawl of the three test sites, shared by the read-only tests."""
    space = Workspace(tmp_path_factory.mktemp("e2e"), sites.sources_toml())
    for site in sites:
        site.clear_requests()
    code, summary = space.crawl()
    return space, code, summary, {site.name: list(site.requests) for site in sites}


def on_topic(sites) -> dict[str, object]:
    return {site.base_url + a.path: a for site in sites for a in site.articles if a.on_topic}


def test_first_crawl_succeeds_for_every_source(crawled):
    _, code, summary, _ = crawled
    assert code == 0
    assert {row["source"]: row["status"] for row in summary} == {
        "wp": "ok", "gov": "ok", "portal": "ok"}
    assert all(row["pages"] > 0 and row["articles_seen"] > 0 for row in summary)
    # The test sites serve every page they link; a robots.txt refusal is no error.
    assert [row["errors"] for row in summary] == [0, 0, 0]


def test_every_on_topic_article_is_stored_and_nothing_else(crawled, sites):
    space = crawled[0]
    stored = {a["url"]: a for a in space.articles()}
    expected = on_topic(sites)
    assert set(stored) == set(expected)
    for url, article in expected.items():
        row = stored[url]
        assert row["title"] == article.title
        assert (row["partners"][0]["name"], row["partners"][0]["country"]) == article.partner


def test_every_stored_article_links_to_its_sources_region_by_code(crawled, sites):
    """The gov site's entry names its region "Jawa Timur": its articles carry the code,
    "35"; the outlets' entries name none."""
    stored = crawled[0].articles()
    by_source = {(a["source"], a["region_code"]) for a in stored}
    assert by_source == {("gov", "35"), ("wp", None), ("portal", None)}
    shown = pantau("show", str(next(a["id"] for a in stored if a["source"] == "gov")),
                   "--db", crawled[0].db)
    assert "source      gov (Jawa Timur, 35)" in shown.stdout


def test_stored_bodies_are_the_articles_own_paragraphs(crawled, sites):
    space = crawled[0]
    expected = on_topic(sites)
    for row in space.articles():
        article = expected[row["url"]]
        assert not JUNK.search(row["text"]), row["text"]
        # the first paragraph without the outlet's dateline ("SURABAYA – ", "X.COM, CITY – ",
        # "Semarang, InfoPublik - ")
        first = re.sub(r"^[A-Z][\w.]*(?:,? [A-Z][\w.]*)* [–-] ", "", article.paragraphs[0])
        assert first != article.paragraphs[0] or not re.search(" [–-] ", article.paragraphs[0][:40])
        assert row["text"].split("\n\n")[0].startswith(first[:40])
        assert article.paragraphs[-1][-40:] in row["text"]


def test_the_two_samples_keep_their_partner_date_and_author(crawled):
    rows = {r["title"]: r for r in crawled[0].articles()}
    shanghai = rows["Pj Gubernur DKI Terima Kunjungan Wali Kota Shanghai, Bahas Kerja Sama Kota"]
    assert shanghai["partners"][0] | {"kind": None} == {
        "name": "Shanghai", "country": "CN", "kind": None}
    assert shanghai["published_at"].startswith("2023-04-28")
    loi = rows["Pemprov DKI Jakarta dan Chungcheongnam-do Korea Selatan Jalin Kerja Sama "
               "Pembangunan Berkelanjutan"]
    assert loi["partners"][0]["country"] == "KR"
    assert loi["author"] == "Juli"
    assert loi["published_at"] == "2025-05-27T19:21:00+07:00"


def test_robots_disallowed_paths_are_never_requested(crawled):
    for name, paths in crawled[3].items():
        assert paths, name
        assert not [p for p in paths if p.startswith(("/wp-admin", "/privat"))], name


def test_search_and_show_find_what_the_crawl_stored(crawled):
    space = crawled[0]
    (row,) = space.articles("Chungcheongnam-do")
    shown = pantau("show", row["url"], "--db", space.db)
    assert shown.returncode == 0
    assert "Juli" in shown.stdout
    assert "Chungcheongnam-do/KR" in shown.stdout


def test_later_crawls_fetch_no_known_article_and_store_a_new_one_exactly_once(tmp_path):
    from tests.sites import Article

    with serve_sites() as fresh:
        space = Workspace(tmp_path, fresh.sources_toml())
        space.crawl()
        before = space.articles()
        for site in fresh:
            site.clear_requests()
        code, summary = space.crawl()
        assert code == 0
        assert sum(row["stored"] for row in summary) == 0
        assert space.articles() == before
        known = {a.path for site in fresh for a in site.articles}
        for site in fresh:
            assert not known & set(site.requests), site.name

        template = next(a for a in fresh.portal.articles if a.on_topic)
        new = Article(
            slug="surabaya-dan-busan-perpanjang-kerja-sama-kota-kembar",
            title="Surabaya dan Busan Perpanjang Kerja Sama Kota Kembar",
            paragraphs=(
                "Surabaya, InfoPublik - Pemerintah Kota Surabaya dan Pemerintah Kota Metropolitan "
                "Busan, Korea Selatan, memperpanjang kerja sama kota kembar (sister city) yang "
                "telah terjalin sejak 1994.",
                "Wali Kota Surabaya menandatangani nota kesepahaman perpanjangan kerja sama itu "
                "bersama Wali Kota Busan di Balai Kota Surabaya, Rabu (4/6/2025).",
                "Kerja sama kedua kota mencakup pertukaran pelajar, pelatihan aparatur sipil "
                "negara, dan promosi pariwisata.",
            ),
            published=template.published.replace(day=4, month=6),
            author="Juli", on_topic=True, partner=("Busan", "KR"),
        )
        fresh.portal.add_article(new)
        _, summary = space.crawl()
        assert {r["source"]: r["stored"] for r in summary}["portal"] == 1
        _, summary = space.crawl()
        assert sum(r["stored"] for r in summary) == 0
        rows = [r for r in space.articles("Busan") if r["title"] == new.title]
        assert len(rows) == 1
        assert rows[0]["partners"][0]["name"] == "Busan"


def test_unreachable_sources_end_with_a_summary_and_exit_2(sites, tmp_path):
    broken = (
        f'[[source]]\nname = "closed"\nurl = "{sites.closed_port_url}"\n\n'
        f'[[source]]\nname = "reset"\nurl = "{sites.reset_url}"\n\n'
        f'[[source]]\nname = "nohost"\nurl = "{sites.unknown_host_url}"\n\n'
    )
    space = Workspace(tmp_path, broken + sites.sources_toml())
    started = time.monotonic()
    code, summary = space.crawl()
    assert time.monotonic() - started < 90
    assert code == 2
    status = {row["source"]: row for row in summary}
    for name, reason in (("closed", "refused"), ("reset", "connection"), ("nohost", "DNS")):
        assert status[name]["status"] == "failed"
        assert reason in status[name]["error"], status[name]
    assert status["wp"]["status"] == "ok"


def test_all_sources_failing_exits_1(sites, tmp_path):
    space = Workspace(tmp_path, f'[[source]]\nname = "closed"\nurl = "{sites.closed_port_url}"\n')
    code, summary = space.crawl()
    assert code == 1
    assert summary[0]["status"] == "failed"


def test_a_source_locked_by_another_process_is_skipped_and_reported(sites, tmp_path):
    space = Workspace(tmp_path, sites.sources_toml())
    lock = source_lock(space.db, "gov")
    with lock:
        code, summary = space.crawl("--source", "gov", "--source", "wp")
    status = {row["source"]: row for row in summary}
    assert code == 0
    assert status["gov"]["status"] == "skipped"
    assert "another process" in status["gov"]["error"]
    assert status["wp"]["status"] == "ok"


def test_scrapy_list_and_scrapy_crawl_work_from_the_repo_root(sites, tmp_path):
    space = Workspace(tmp_path, sites.sources_toml())
    env = {**os.environ, "PANTAU_SOURCES": str(space.sources), "PANTAU_DB": space.db}
    scrapy = [sys.executable, "-m", "scrapy"]
    listed = subprocess.run([*scrapy, "list"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert listed.stdout.split() == ["news"]
    crawl = subprocess.run([*scrapy, "crawl", "news", "-a", "source=portal", "-s",
                            "DOWNLOAD_DELAY=0"], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=240, check=False)
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert [r["source"] for r in space.articles()] == ["portal"] * len(space.articles())
    assert space.articles()


def test_a_stage_failing_fails_the_source_and_leaves_its_articles_for_the_next_run(tmp_path):
    """Every article's classification failing (``PANTAU_FAULT=raise@classify:1``, as
    a classifier that cannot be built would): each source is failed with the reason
    said once, nothing is stored or marked known, and once the fault is gone an
    ordinary crawl stores every on-topic article."""
    with serve_sites() as fresh:
        space = Workspace(tmp_path, fresh.sources_toml())
        code, summary = space.crawl(env={ENV: "raise@classify:1"})
        assert code == 1
        for row in summary:
            assert row["status"] == "failed", row
            assert row["error"].count("classify failed: InjectedFault") == 1, row["error"]
            assert row["stored"] == 0
        assert space.articles() == []
        code, summary = space.crawl()
        assert code == 0
        assert sorted(a["url"] for a in space.articles()) == sorted(on_topic(fresh))
