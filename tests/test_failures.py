"""Every expected failure is one line and exit status 1, never a traceback.

The list of issue 11 (bad databases, bad files, numbers too big for SQLite, a
lock held past the busy timeout, a full disk, signals while starting) walked
through the real command line: most cases through ``main()`` in this process
(``tests.conftest.pantau``), the signals and the full disk in real processes.
Each asserts the one line it expects, no "Traceback" and the exit status.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

import storage
from tests.conftest import ROOT, pantau, portal_article, store
from tests.sites import serve_sites

TOO_BIG = "9" * 30  # past SQLite's 64-bit integers
GOOD_SOURCES = '[[source]]\nname = "a"\nurl = "http://127.0.0.1:9/"\n'


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def database(folder: Path, articles: int = 1) -> Path:
    """A Pantau database holding ``articles`` stored articles."""
    path = folder / "pantau.db"
    engine = storage.open_database(f"sqlite:///{path}")
    for n in range(1, articles + 1):
        store(engine, portal_article(n, f"Artikel {n}", [("Shanghai", "CN", "city")], None,
                                     fetched_at=datetime(2025, 5, 1, tzinfo=UTC)))
    storage.forget_engines()
    return path


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Another process's write transaction, held until the block ends."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


def config_file(folder: Path, text: str) -> list[str]:
    return ["--config", str(write(folder / "pantau.toml", text))]


def sources_file(folder: Path, text: str | bytes) -> list[str]:
    return ["--sources", str(write(folder / "sources.toml", text))]


def newer_database(folder: Path) -> Path:
    path = database(folder)
    with closing(sqlite3.connect(path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
        db.commit()
    return path


def bad_lexicon(folder: Path) -> Path:
    return write(folder / "lexicon.toml", "[terms]\nmou = 3\n")


# name -> (tmp_path -> arguments, the line expected on stderr)
CASES: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "db-is-a-folder-search": (
        lambda t: ["search", "--db", str(t)], "is a folder, not a database file"),
    "db-is-a-folder-crawl": (
        lambda t: ["crawl", "--db", str(t), *sources_file(t, GOOD_SOURCES)],
        "is a folder, not a database file"),
    "not-sqlite-status": (
        lambda t: ["status", "--db", str(write(t / "notes.db", "not a database\n" * 100))],
        "is not an SQLite database"),
    "not-sqlite-crawl": (
        lambda t: ["crawl", "--db", str(write(t / "notes.db", b"\x00\x01binary" * 500)),
                   *sources_file(t, GOOD_SOURCES)],
        "is not an SQLite database"),
    "bad-url": (lambda t: ["crawl", "--db", "sqlite:/x://"], "not a database URL"),
    "bad-timeout-in-url": (
        lambda t: ["crawl", "--db", f"sqlite:///{t / 'p.db'}?timeout=soon"],
        "timeout='soon' in the database URL"),
    "driver-missing": (
        lambda t: ["crawl", "--db", f"sqlite+pysqlcipher:///{t / 'p.db'}",
                   *sources_file(t, GOOD_SOURCES)],
        "no driver for sqlite+pysqlcipher is installed"),
    "newer-database": (
        lambda t: ["search", "--db", str(newer_database(t))],
        "was written by a newer Pantau (database revision 0042_from_the_future"),
    "mistyped-db": (
        lambda t: ["stats", "--db", str(t / "pantua.db")], "no database at"),
    "display-timezone": (
        lambda t: ["search", "--db", str(database(t)),
                   *config_file(t, '[display]\ntimezone = "Asia/Jakrta"\n')],
        "[display] timezone: unknown time zone 'Asia/Jakrta'"),
    "schedule-cron": (
        lambda t: ["crawl", *config_file(t, '[schedule]\ncron = "0 25 * * *"\n')],
        "[schedule] cron: cron expression '0 25 * * *'"),
    "schedule-timezone": (
        lambda t: ["daemon", *config_file(t, '[schedule]\ntimezone = "WIB"\n')],
        "[schedule] timezone: unknown time zone 'WIB'"),
    "source-schedule": (
        lambda t: ["crawl", *sources_file(t, GOOD_SOURCES + 'schedule = "every hour"\n')],
        "source 'a': schedule"),
    "threshold": (
        lambda t: ["crawl", *config_file(t, "[relevance]\nthreshold = 2\n")],
        "[relevance] threshold: must be between 0 and 1, got 2.0"),
    "smtp-port": (
        lambda t: ["crawl", *config_file(t, "[alerts]\nsmtp_port = 99999\n")],
        "[alerts] smtp_port: must be between 1 and 65535"),
    "sources-not-utf8": (
        lambda t: ["sources", *sources_file(t, GOOD_SOURCES.replace('"a"', '"caf\xe9"')
                                            .encode("latin-1"))],
        "not UTF-8 text"),
    "source-is-a-number": (
        lambda t: ["crawl", *sources_file(t, "source = 1\n")],
        "'source' must be [[source]] tables, got 1"),
    "source-is-a-list-of-numbers": (
        lambda t: ["sources", *sources_file(t, "source = [1, 2]\n")],
        "source #1: expected a [[source]] table, got 1"),
    "config-not-toml": (
        lambda t: ["search", *config_file(t, "[crawl\n")], "not valid TOML"),
    "config-is-a-folder": (
        lambda t: ["search", "--config", str(t)], "is a directory. (see: pantau search --help)"),
    "lexicon-missing": (
        lambda t: ["search", *config_file(t, '[relevance]\nlexicon = "nope.toml"\n')],
        "nope.toml: lexicon file not found"),
    "lexicon-malformed": (
        lambda t: ["crawl", *config_file(t, f'[relevance]\nlexicon = "{bad_lexicon(t)}"\n')],
        "term 'mou' needs a numeric weight"),
    "show-id-too-big": (
        lambda t: ["show", TOO_BIG, "--db", str(database(t))], f"no stored article '{TOO_BIG}'"),
    "show-superscript-digit": (
        lambda t: ["show", "\u00b2", "--db", str(database(t))], "no stored article"),
    "mark-id-too-big": (
        lambda t: ["mark", TOO_BIG, "--irrelevant", "--db", str(database(t))],
        f"no stored article and no seen URL '{TOO_BIG}'"),
    "search-limit-too-big": (
        lambda t: ["search", "--limit", TOO_BIG, "--db", str(database(t))],
        "Invalid value for '--limit'"),
    "feed-limit-too-big": (
        lambda t: ["feed", "--limit", TOO_BIG, "--db", str(database(t))],
        "Invalid value for '--limit'"),
    "export-into-missing-folder": (
        lambda t: ["export", "--db", str(database(t)), "-o", str(t / "no" / "such.csv")],
        "no does not exist"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_an_expected_failure_is_one_line_and_exit_1(tmp_path, monkeypatch, case):
    monkeypatch.chdir(tmp_path)  # no ./pantau.toml of the developer's
    arguments, expected = CASES[case]
    result = pantau(*arguments(tmp_path))
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]
    assert result.returncode == 1


def test_a_lock_held_past_the_busy_timeout_is_one_line(tmp_path):
    path = database(tmp_path)
    with write_lock(path):
        started = time.monotonic()
        crawl = pantau("crawl", "--db", f"sqlite:///{path}?timeout=0.5",
                       *sources_file(tmp_path, GOOD_SOURCES))
        waited = time.monotonic() - started
        mark = pantau("mark", "1", "--irrelevant", "--db", f"sqlite:///{path}?timeout=0.5")
        reading = pantau("search", "--db", f"sqlite:///{path}?timeout=0.5", "--format", "json")
    for result in (crawl, mark):
        assert result.returncode == 1
        assert result.stderr.strip().splitlines() == [
            f"Error: {path} is locked: another process (a crawl, the daemon) held its write "
            "lock longer than the busy timeout; try again, or raise it with "
            "--db 'sqlite:///FILE?timeout=SECONDS'"]
    assert waited >= 0.5  # it did wait for the lock, as long as it was told
    assert reading.returncode == 0  # readers are not held up by a writer
    assert len(json.loads(reading.stdout)) == 1


def read_only_folder(tmp_path: Path) -> Path:
    """A folder holding a database, which this process may not write to: by its mode
    for an ordinary user, a tmpfs mounted read-only for root (mode bits do not stop
    root); skipped where neither can be had."""
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        database(folder)
        for path in folder.iterdir():
            path.chmod(0o444)
        folder.chmod(0o555)
        return folder
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("root without mount privileges: no way to make a read-only folder")
    database(folder)
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    return folder


@pytest.fixture
def read_only(tmp_path):
    folder = read_only_folder(tmp_path)
    yield folder
    if os.geteuid() == 0:
        subprocess.run(["umount", str(folder)], check=False)
    else:
        folder.chmod(0o755)


@pytest.mark.parametrize("command", [["status"], ["crawl", "--sources", "{sources}"],
                                     ["mark", "1", "--irrelevant"]])
def test_a_read_only_database_or_folder_is_one_line(tmp_path, read_only, command):
    sources = write(tmp_path / "sources.toml", GOOD_SOURCES)
    args = [a.replace("{sources}", str(sources)) for a in command]
    result = pantau(*args, "--db", str(read_only / "pantau.db"))
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert "not writable" in lines[0] or "read-only" in lines[0]
    assert result.returncode == 1


def cli_process(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "crawler", *args], cwd=ROOT, text=True,
        env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


@pytest.mark.parametrize(("signum", "to_group"), [(signal.SIGINT, True),
                                                  (signal.SIGTERM, False)])
def test_a_signal_while_the_command_starts_is_one_line(tmp_path, signum, to_group):
    """Ctrl-C (SIGINT to the terminal's process group) or a SIGTERM while the
    commands are still being imported: nothing done, one line, 128 + signal."""
    path = database(tmp_path)
    process = cli_process("search", "--db", str(path))
    time.sleep(0.3)  # Python is up; the commands take a second or more to import
    if process.poll() is not None:
        pytest.skip("the command finished within 0.3 s: no start-up left to interrupt")
    if to_group:
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    _out, err = process.communicate(timeout=60)
    assert "Traceback" not in err
    assert err.strip().splitlines() == [
        f"Interrupted ({signal.Signals(signum).name}) while starting; nothing was done."]
    assert process.returncode == 128 + signum


def test_ctrl_c_in_a_running_command_is_one_line(tmp_path, monkeypatch):
    """A KeyboardInterrupt in a command with no handler of its own (here: while the
    articles are read) ends with "Interrupted." and exit 130."""
    path = database(tmp_path, articles=3)

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(storage, "search", interrupted)
    result = pantau("search", "--db", str(path))
    assert result.stderr.strip().splitlines() == ["Interrupted."]
    assert result.returncode == 130


@pytest.fixture(scope="module")
def sites():
    with serve_sites() as served:
        yield served


def test_a_full_disk_during_a_crawl_fails_each_source_once_and_loses_nothing(sites, tmp_path):
    """``PANTAU_FAULT=full@commit:3``: from its third commit on the database cannot grow
    (SQLite's own SQLITE_FULL). The crawl says so once per source, in words, exits 1
    with no traceback; once space is back, one ordinary crawl stores everything."""
    sources = write(tmp_path / "sources.toml", sites.sources_toml())
    db = f"sqlite:///{tmp_path / 'pantau.db'}"
    crawl = ["crawl", "--sources", str(sources), "--db", db, "--delay", "0", "--format", "json"]
    process = cli_process(*crawl, env={"PANTAU_FAULT": "full@commit:3"})
    out, err = process.communicate(timeout=240)
    assert "Traceback" not in err
    assert process.returncode == 1
    rows = json.loads(out)
    full = [r for r in rows if "the disk is full" in (r["error"] or "")]
    assert full, rows
    assert all(r["status"] == "failed" for r in full)
    assert all(r["error"].count("the disk is full") == 1 for r in full)
    expected = {site.base_url + a.path for site in sites for a in site.articles if a.on_topic}

    again = cli_process(*crawl)
    out, err = again.communicate(timeout=240)
    assert again.returncode == 0, err
    with closing(sqlite3.connect(tmp_path / "pantau.db")) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = [url for (url,) in conn.execute("SELECT url FROM articles")]
    assert len(stored) == len(set(stored))
    assert set(stored) == expected


def test_output_to_a_full_disk_is_one_line(tmp_path):
    """``pantau search > file`` on a full disk (``/dev/full`` answers every write with
    ENOSPC): one line on stderr, exit 1, not a silent success."""
    full = Path("/dev/full")
    if not full.is_char_device():
        pytest.skip("no /dev/full on this machine")
    path = database(tmp_path, articles=3)
    with full.open("w") as out:
        ran = subprocess.run([sys.executable, "-m", "crawler", "search", "--db", str(path)],
                             cwd=ROOT, stdout=out, stderr=subprocess.PIPE, text=True,
                             timeout=120, check=False)
    assert ran.stderr.strip().splitlines() == ["Error: No space left on device"]
    assert ran.returncode == 1


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs (root with mount privileges only)."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("needs root with mount privileges for a small tmpfs")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_an_export_to_a_full_disk_is_one_line_and_leaves_no_part_file(tmp_path, tiny_disk):
    path = database(tmp_path, articles=200)
    target = tiny_disk / "articles.jsonl"
    result = pantau("export", "--db", str(path), "--format", "jsonl", "-o", str(target))
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0] == f"Error: {target}: No space left on device"
    assert result.returncode == 1
    assert list(tiny_disk.iterdir()) == []  # no half-written export, no temporary file
