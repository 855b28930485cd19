"""Shared fixtures."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

import storage
from crawler.cli.main import main
from crawler.config.settings import Config

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
JOIN_AT = Config().stories.join_at


def store(engine, new: storage.NewArticle) -> int | None:
    """``storage.add_article`` with the configured ``[stories] join_at``."""
    return storage.add_article(engine, new, join_at=JOIN_AT)


@pytest.fixture(scope="session")
def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def db_url(tmp_path):
    """An SQLite file in the test's folder; engines are forgotten afterwards."""
    yield f"sqlite:///{tmp_path / 'pantau.db'}"
    storage.forget_engines()


@pytest.fixture
def db(db_url):
    return storage.open_database(db_url)


def portal_article(n: int, title: str, partners, published, *, fetched_at, source="infopublik",
                   stage=None, body="Isi berita kerja sama nomor {n}.") -> storage.NewArticle:
    """An InfoPublik-like stored article for CLI and reading tests; ``partners`` are
    (name, country, kind) triples."""
    url = f"https://infopublik.id/kategori/nusantara/{n}/a"
    return storage.NewArticle(
        url=url, source=source, canonical_url=url, title=title,
        text=f"{title}. {body.format(n=n)}", fetched_at=fetched_at, relevance=0.8,
        matched=("letter of intent", "kerja sama"), author="Juli",
        partners=tuple(storage.PartnerRecord(*p) for p in partners), published_at=published,
        stage=stage,
    )


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


def pantau(*args: str, cwd: Path | None = None) -> Ran:
    """``pantau ARGS`` run in this process through the real entry point (``main``: exit
    status, one-line errors), without starting an interpreter. For every command but
    ``crawl``, ``daemon`` and ``sources discover`` past their checks: those start
    Twisted's reactor, which runs once per process (their tests run real processes)."""
    before = os.getcwd()
    with CliRunner().isolation() as (out, err, _):
        try:
            if cwd is not None:
                os.chdir(cwd)
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:
            code = 0
        finally:
            os.chdir(before)
            storage.forget_engines()
            sys.stdout.flush()
            sys.stderr.flush()
        return Ran(code, out.getvalue().decode(), err.getvalue().decode())
