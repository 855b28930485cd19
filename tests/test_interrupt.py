"""The interruption matrix: a real ``pantau crawl`` of the local test sites stopped by
SIGKILL to its process group, SIGINT to its process group (Ctrl-C) or SIGTERM to the
crawl process (the daemon's stop and time limit), at moments spread over the crawl;
then ONE ordinary crawl must leave exactly what a clean crawl stores.

A run that reports ``ok`` must have stored everything; a cut-short one says
``interrupted`` and exits 130 (SIGINT) or 143 (SIGTERM). The moments are counted in
the requests a city portal with a deep listing has answered (``--delay`` spaces
them): five pages of two articles, on-topic ones on later pages, so a stop can fall
before anything was fetched, after page 1's articles were fetched and stored but
page 2's not (where a later crawl sees nothing new on page 1 and, without the
frontier, never pages on), and deeper.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import suppress

import pytest

from tests.sites import make_site, serve, serve_sites
from tests.sites.content import government_articles
from tests.sites.themes import GovernmentPortal
from tests.test_crash import on_topic, run_status, stored_urls
from tests.test_crawl_e2e import ROOT, Workspace

DELAY = "0.15"  # seconds between two requests to one site
# requests the deep city portal has had: page 1 asked for; page 1's two articles
# fetched and page 2 asked for; page 4 reached
MOMENTS = (2, 5, 9)
HOW = {
    "SIGKILL to the group": (signal.SIGKILL, True),
    "SIGINT to the group": (signal.SIGINT, True),
    "SIGTERM to the crawl": (signal.SIGTERM, False),
}


def _crawl(space: Workspace, log) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "crawler", "crawl", "--sources", str(space.sources),
               "--db", space.db, "--delay", DELAY, "--format", "json"]
    return subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)


class Served:
    """The three test sites and a city portal with a deep listing: two articles a page,
    five pages, no link on page 1 that is never known (the test sites' page 1 links a
    draft robots.txt forbids, which would make every page 1 look new)."""

    def __init__(self, three, deep) -> None:
        self.three, self.gov = three, deep

    def __iter__(self):
        return iter((*self.three, self.gov))

    def sources_toml(self) -> str:
        return self.three.sources_toml() + "\n" + self.gov.source_toml()


@pytest.fixture(scope="module")
def sites():
    deep = make_site("deep", GovernmentPortal(per_page=2, draft_link=False), "127.0.0.5",
                     government_articles())
    with serve_sites() as three, serve(deep):
        yield Served(three, deep)


@pytest.fixture(scope="module")
def clean(sites, tmp_path_factory) -> list[str]:
    """What an uninterrupted crawl stores, and the portal's requests in one (the
    moments must fall inside it)."""
    space = Workspace(tmp_path_factory.mktemp("clean"), sites.sources_toml())
    sites.gov.clear_requests()
    with (space.sources.parent / "clean.log").open("w") as log:
        assert _crawl(space, log).wait(timeout=240) == 0
    assert len(sites.gov.requests) > max(MOMENTS)
    stored = sorted(stored_urls(space))
    assert stored == sorted(on_topic(sites))
    return stored


def _wait_for_requests(site, count: int, process) -> None:
    deadline = time.monotonic() + 120
    while len(site.requests) < count:
        assert process.poll() is None, "the crawl ended before the moment to stop it"
        assert time.monotonic() < deadline, f"{site.name}: fewer than {count} requests"
        time.sleep(0.01)


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("how", list(HOW))
def test_one_ordinary_crawl_after_an_interruption_stores_what_a_clean_crawl_stores(
        sites, clean, tmp_path, how, moment):
    sig, whole_group = HOW[how]
    space = Workspace(tmp_path, sites.sources_toml())
    log_path = tmp_path / "interrupted.log"
    with log_path.open("w") as log:
        sites.gov.clear_requests()
        process = _crawl(space, log)
        try:
            _wait_for_requests(sites.gov, moment, process)
            if whole_group:
                os.killpg(process.pid, sig)
            else:
                os.kill(process.pid, sig)
            code = process.wait(timeout=120)
        finally:
            with suppress(ProcessLookupError):  # spawned workers outlive a SIGKILL
                os.killpg(process.pid, signal.SIGKILL)
    err = log_path.read_text()
    if sig == signal.SIGKILL:
        assert code == -signal.SIGKILL
    else:
        assert code == 128 + sig, err[-2000:]
        assert "Traceback" not in err, err[-3000:]
        assert run_status(space)[-1] == "interrupted"
    stored = stored_urls(space)  # the database is whole, and holds no duplicate
    complete = sorted(stored) == clean
    # a run may say ok only when it stored everything
    assert run_status(space)[-1] != "ok" or complete

    code, summary = space.crawl()  # ONE ordinary crawl
    assert code == 0, summary
    assert [row["status"] for row in summary] == ["ok"] * 4
    after = stored_urls(space)
    assert set(stored) <= set(after)
    assert sorted(after) == clean, (
        f"{how} after {moment} requests: missing {sorted(set(clean) - set(after))}")
    assert run_status(space)[0] == "interrupted"
