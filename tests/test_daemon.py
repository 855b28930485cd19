"""The daemon as a real process against the local test sites, on a schedule of seconds."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sites import Article, serve_sites

ROOT = Path(__file__).resolve().parents[1]


def pantau(*args: str, **kwargs) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", *args], cwd=ROOT, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs,
    )


def finished_runs(db: Path) -> list[tuple[int, str]]:
    if not db.exists():
        return []
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute(
                "SELECT id, status FROM crawl_runs WHERE trigger='scheduled' "
                "AND finished_at IS NOT NULL ORDER BY id").fetchall()
        except sqlite3.OperationalError:  # schema not created yet
            return []


def run_sources(db: Path, after: int) -> set[str]:
    """The sources of the first scheduled run started after run ``after`` (empty: none yet)."""
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT min(id) FROM crawl_runs WHERE trigger='scheduled' AND id > ? "
                           "AND finished_at IS NOT NULL", (after,)).fetchone()
        if row[0] is None:
            return set()
        return {s for (s,) in conn.execute("SELECT source FROM source_runs WHERE run_id = ?",
                                           (row[0],))}


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def gwangju(published) -> Article:
    """An on-topic article for a site to publish between two scheduled crawls."""
    return Article(
        slug="medan-dan-gwangju-jajaki-kerja-sama-kota-kembar",
        title="Medan dan Gwangju Jajaki Kerja Sama Kota Kembar",
        paragraphs=(
            "Medan, InfoPublik - Pemerintah Kota Medan menjajaki kerja sama kota kembar "
            "(sister city) dengan Pemerintah Kota Metropolitan Gwangju, Korea Selatan.",
            "Wali Kota Medan menerima delegasi Gwangju di Balai Kota Medan untuk membahas "
            "penandatanganan Letter of Intent kerja sama kedua kota tahun depan.",
        ),
        published=published, author="Juli", on_topic=True, partner=("Gwangju", "KR"),
    )


@pytest.fixture
def daemon_setup(tmp_path):
    with serve_sites() as sites:
        (tmp_path / "sources.toml").write_text(sites.sources_toml(), encoding="utf-8")
        (tmp_path / "pantau.toml").write_text(
            '[crawl]\ndelay = 0\nextract_workers = 0\n[schedule]\ncron = "* * * * * *"\n'
            "stop_grace = 20\njitter = 0\nadaptive = false\n",
            encoding="utf-8",
        )
        db = tmp_path / "pantau.db"
        args = ("--sources", str(tmp_path / "sources.toml"), "--config",
                str(tmp_path / "pantau.toml"), "--db", f"sqlite:///{db}")
        yield sites, db, args


def test_the_daemon_crawls_on_schedule_reloads_on_sighup_and_stops_cleanly(daemon_setup):
    """One real daemon: scheduled crawls store a new article once, a second daemon on
    the database is refused, status names the running one, SIGHUP refuses a broken
    sources file (crawls go on with the accepted copy) and takes a good one, SIGTERM
    stops it with exit 0 and one log event per line."""
    sites, db, args = daemon_setup
    sources = Path(args[args.index("--sources") + 1])
    log_file = db.parent / "pantau.log"
    process = pantau("daemon", *args, "--log-level", "INFO", "--log-file", str(log_file))
    try:
        wait_for(lambda: len(finished_runs(db)) >= 1, 90, "a first scheduled crawl")

        second = pantau("daemon", *args)
        _, err = second.communicate(timeout=60)
        assert second.returncode == 1
        assert f"a daemon is already running on sqlite:///{db} (pid {process.pid}" in err

        status = subprocess.run([sys.executable, "-m", "crawler", "status", *args, "--format",
                                 "json"], cwd=ROOT, capture_output=True, text=True, timeout=60,
                                check=True)
        state = json.loads(status.stdout)[0]
        assert state["daemon"]["pid"] == process.pid
        assert {r["source"] for r in state["next_runs"]} == {"wp", "gov", "portal"}

        runs_before = len(finished_runs(db))
        new = gwangju(sites.portal.articles[0].published)
        sites.portal.add_article(new)
        wait_for(lambda: len(finished_runs(db)) >= runs_before + 2, 120,
                 "two more scheduled crawls")
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT count(*) FROM articles WHERE title=?",
                                (new.title,)).fetchone()
        assert rows == (1,)

        sources.write_text("[[source]\nname = ", encoding="utf-8")  # broken TOML
        process.send_signal(signal.SIGHUP)
        wait_for(lambda: "reload refused" in log_file.read_text(), 30, "a refused reload")
        runs = len(finished_runs(db))
        # the crawls go on with the old sources (children get the accepted copy)
        wait_for(lambda: len(finished_runs(db)) >= runs + 1, 60, "a crawl after it")
        assert finished_runs(db)[-1][1] == "ok"

        sources.write_text(sites.wp.source_toml() + "\n" + sites.gov.source_toml(),
                           encoding="utf-8")
        process.send_signal(signal.SIGHUP)
        wait_for(lambda: "reloaded: 2 source(s)" in log_file.read_text(), 30,
                 "a reload with two sources")
        last = finished_runs(db)[-1][0]
        wait_for(lambda: run_sources(db, after=last) == {"wp", "gov"}, 60,
                 "a crawl of the reloaded sources only")
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err[-3000:]
    assert "daemon stopped" in err
    assert "Traceback" not in err
    logged = log_file.read_text()
    assert "daemon stopped" in logged
    assert all(line[:4].isdigit() for line in logged.splitlines())  # one event per line
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not (db.parent / "pantau.db.locks" / "daemon.json").exists()


def running_runs(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute(
                "SELECT count(*) FROM crawl_runs WHERE status='running'").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def test_sigterm_during_a_crawl_leaves_no_orphan_and_a_consistent_database(daemon_setup):
    _, db, args = daemon_setup
    process = pantau("daemon", *args)
    try:
        wait_for(lambda: running_runs(db) > 0, 90, "a crawl in progress")
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=90)
    assert process.returncode == 0, err[-3000:]
    leftovers = subprocess.run(["pgrep", "-f", f"crawler crawl --db sqlite:///{db}"],
                               capture_output=True, text=True, check=False)
    assert leftovers.stdout.strip() == ""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert running_runs(db) == 0


def test_the_daemon_announces_each_run_and_the_health_of_its_sources(tmp_path):
    """Issue 7's 'done': scheduled crawls send one webhook POST and one email per run
    with exactly the new articles, rewrite the Atom feed, raise and clear a
    source-health alert when a site goes down and comes back, reload on SIGHUP and
    exit 0 on SIGTERM."""
    import feedparser

    from tests.test_alerts import Mailbox, Receiver

    with serve_sites() as sites, Receiver() as hook, Mailbox() as mail:
        sources = tmp_path / "sources.toml"
        sources.write_text(sites.wp.source_toml() + "\n" + sites.portal.source_toml(),
                           encoding="utf-8")
        feed = tmp_path / "pantau.atom"
        config = tmp_path / "pantau.toml"
        config.write_text(
            '[crawl]\ndelay = 0\nextract_workers = 0\n[schedule]\ncron = "* * * * * *"\n'
            "jitter = 0\nadaptive = false\nstop_grace = 20\n"
            f'[alerts]\nwebhook_url = "{hook.url}"\nsmtp_host = "127.0.0.1"\n'
            f'smtp_port = {mail.port}\nsmtp_starttls = false\nemail_from = "pantau@localhost"\n'
            f'email_to = ["analis@localhost"]\nfeed_file = "{feed}"\n'
            "failures_before_alert = 1\nquiet_intervals = 0\n", encoding="utf-8")
        db, log_file = tmp_path / "pantau.db", tmp_path / "pantau.log"
        process = pantau("daemon", "--sources", str(sources), "--config", str(config),
                         "--db", f"sqlite:///{db}", "--log-file", str(log_file))

        def posts(event: str) -> list[dict]:
            return [b for b in hook.bodies if b["event"] == event]

        try:
            first = {site.base_url + a.path for site in (sites.wp, sites.portal)
                     for a in site.articles if a.on_topic}
            wait_for(lambda: posts("articles"), 120, "the first run's webhook")
            (body,) = posts("articles")
            assert {a["url"] for e in body["articles"] for a in e["story_articles"]} == first
            wait_for(lambda: len(mail.messages) >= 1, 30, "the first run's email")

            new = sites.portal.add_article(gwangju(sites.portal.articles[0].published))
            wait_for(lambda: len(posts("articles")) >= 2, 120, "the second run's webhook")
            second = posts("articles")[1]
            assert [a["url"] for e in second["articles"] for a in e["story_articles"]] == [
                sites.portal.base_url + new.path]
            wait_for(lambda: len(mail.messages) >= 2, 30, "the second run's email")
            assert "1 new" in mail.messages[1][1]["Subject"], mail.messages[1][1]["Subject"]
            assert "Gwangju/KR" in mail.messages[1][1]["Subject"]
            wait_for(lambda: feed.exists() and new.title in feed.read_text(), 30, "the feed")
            assert len(feedparser.parse(feed.read_bytes()).entries) >= 2

            sites.wp.down = True
            wait_for(lambda: posts("source_down"), 120, "a source-health alert")
            assert posts("source_down")[0]["source"] == "wp"
            sites.wp.down = False
            wait_for(lambda: posts("source_up"), 120, "a recovery notice")
            assert [b["source"] for b in posts("source_down") + posts("source_up")] == [
                "wp", "wp"]

            process.send_signal(signal.SIGHUP)
            wait_for(lambda: "reloaded: 2 source(s)" in log_file.read_text(), 30, "a reload")
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err[-3000:]
        assert len(posts("articles")) == 2  # runs with nothing new announce nothing
        subjects = [message["Subject"] for _, message in mail.messages]
        digests = [s for s in subjects if "sister-city" in s]
        assert len(digests) == 2, subjects  # one email per run that found something
        assert len(subjects) == 4, subjects  # and one per health notice: down, up
