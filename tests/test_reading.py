"""Reading the collection: pantau export, stats and browse on a seeded database."""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from importlib.util import find_spec
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

import storage
from crawler.cli.exports import EXCEL_CELL_CHARS, excel_cell
from crawler.cli.main import cli
from tests.conftest import pantau, portal_article, store

T = datetime(2025, 5, 27, 12, 21, tzinfo=UTC)  # 19:21 WIB
JAKARTA = ZoneInfo("Asia/Jakarta")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """Five articles: two months of 2025 (one only in Jakarta time), one of 2023, one
    undated; partners in KR (twice), CN (two cities in one article), JP; two sources."""
    path = tmp_path_factory.mktemp("reading") / "pantau.db"
    url = f"sqlite:///{path}"
    engine = storage.open_database(url)

    def add(n, title, partners, published, source="infopublik", stage=None):
        store(engine, portal_article(
            n, title, partners, published, fetched_at=T, source=source, stage=stage,
            body="Isi berita kerja sama nomor {n}.\x0b"))

    add(1, "Jakarta dan Chungcheongnam-do teken LoI",
        [("Chungcheongnam-do", "KR", "region")], T, stage="loi")
    add(2, "Kota kembar Jakarta Shanghai", [("Shanghai", "CN", "city"), ("Beijing", "CN", "city")],
        datetime(2023, 4, 28, 3, 0, tzinfo=UTC), source="teropongnews")
    add(3, "Tanpa tanggal: Bandung dan Hamamatsu", [("Hamamatsu", "JP", "city")], None)
    # 31 May 18:00 UTC is 1 June 01:00 in Jakarta
    add(4, "Surabaya dan Busan teken MoU", [("Busan", "KR", "city")],
        datetime(2025, 5, 31, 18, 0, tzinfo=UTC), stage="mou")
    add(5, "Kunjungan tanpa mitra", [], datetime(2025, 5, 2, 1, 0, tzinfo=UTC))
    yield url
    storage.forget_engines()


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def search_json(url: str, *filters: str) -> list[dict]:
    result = run("search", "--db", url, "--format", "json", *filters)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- export ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "filters",
    [
        [],
        ["shanghai"],
        ["--since", "2025-06-01"],
        ["--until", "2025-05-31"],
        ["--source", "teropongnews"],
        ["--partner", "busan"],
        ["--country", "kr"],
        ["--stage", "loi"],
        ["--limit", "2"],
        ["--country", "KR", "--since", "2025-05-27", "--until", "2025-05-27"],
    ],
    ids=lambda f: " ".join(f) or "all",
)
def test_export_jsonl_is_search_json_one_a_line(seeded, filters):
    result = run("export", "--db", seeded, "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.output
    exported = [json.loads(line) for line in result.stdout.splitlines()]
    assert exported == search_json(seeded, *filters)
    assert exported or filters


def test_export_filters_select_the_expected_articles(seeded):
    ids = {
        "shanghai": [2],
        "--stage=mou": [4],
        "--country=KR": [4, 1],
        "--since=2025-06-01": [4],  # Jakarta time: 1 June 01:00
    }
    for arg, expected in ids.items():
        result = run("export", "--db", seeded, "--format", "jsonl", arg)
        assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == expected, arg


def test_export_csv_has_the_search_fields_and_joins_lists(seeded):
    result = run("export", "--db", seeded)  # csv is the default
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [int(r["id"]) for r in rows] == [4, 1, 5, 2, 3]  # newest first, undated last
    assert list(rows[0]) == list(search_json(seeded)[0])
    shanghai = next(r for r in rows if r["id"] == "2")
    assert shanghai["partners"] == "Shanghai/CN;Beijing/CN"
    assert shanghai["matched"] == "letter of intent;kerja sama"
    assert shanghai["published_at"] == "2023-04-28T10:00:00+07:00"


def test_export_xlsx_writes_a_workbook_with_the_csv_cells(seeded, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "out.xlsx"
    result = run("export", "--db", seeded, "--format", "xlsx", "-o", str(target), "--partner", "CN")
    assert result.exit_code == 0, result.output
    assert "1 article exported" in result.stderr
    book = load_workbook(target)
    header, *rows = [list(r) for r in book["articles"].iter_rows(values_only=True)]
    assert header == list(search_json(seeded)[0])
    (row,) = rows
    cell = dict(zip(header, row, strict=True))
    assert cell["id"] == 2
    assert cell["partners"] == "Shanghai/CN;Beijing/CN"
    assert cell["text"].endswith("nomor 2. ")  # the vertical tab an .xlsx cannot hold
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]  # no .part left behind


def test_excel_cells_are_cut_to_excels_limit():
    assert len(excel_cell("x" * 40_000)) == EXCEL_CELL_CHARS
    assert excel_cell(["a", "b"]) == "a;b"
    assert excel_cell(0.5) == 0.5


def test_export_to_a_file_replaces_it(seeded, tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    result = run("export", "--db", seeded, "--format", "jsonl", "-o", str(target), "hamamatsu")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in target.read_text("utf-8").splitlines()] == [3]


def test_stream_articles_reads_in_chunks_in_search_order(seeded):
    engine = storage.open_database(seeded)
    streamed = [a.id for a in storage.stream_articles(engine, storage.Filters(), chunk=2)]
    assert streamed == [a.id for a in storage.search(engine, storage.Filters())]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--format", "xlsx"], "--format xlsx writes a file: give it with -o FILE"),
        (["export", "-o", "/nonexistent/folder/out.csv"], "folder /nonexistent/folder does not"),
        (["export", "--format", "parquet"], "Invalid value for '--format'"),
        (["export", "--since", "kemarin"], "not a date"),
        (["stats", "--country", "Korea"], "not a two-letter country code"),
    ],
)
def test_expected_failures_are_one_line(seeded, args, message):
    result = pantau(*args, "--db", seeded)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


# -- stats ----------------------------------------------------------------------------

def test_stats_counts_per_month_country_and_source(seeded):
    stats = storage.article_stats(storage.open_database(seeded), JAKARTA)
    assert stats.total == 5
    assert stats.months == (("2023-04", 1), ("2025-05", 2), ("2025-06", 1), (storage.UNDATED, 1))
    assert stats.countries == (("KR", 2), ("CN", 1), ("JP", 1))  # two CN cities: one article
    assert stats.sources == (("infopublik", 4), ("teropongnews", 1))


def test_stats_months_follow_the_time_zone(seeded):
    stats = storage.article_stats(storage.open_database(seeded), UTC)
    assert dict(stats.months)["2025-05"] == 3


def test_stats_json_and_filters(seeded):
    result = run("stats", "--db", seeded, "--format", "json", "--country", "KR")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {
        "total": 2,
        "months": [{"month": "2025-05", "articles": 1}, {"month": "2025-06", "articles": 1}],
        "countries": [{"country": "KR", "name": "Korea, Republic of", "articles": 2}],
        "sources": [{"source": "infopublik", "articles": 2}],
    }


def test_stats_table_for_people(seeded):
    result = run("stats", "--db", seeded)
    assert result.exit_code == 0, result.output
    for text in ("Articles per month", "2025-06", "undated", "Articles per partner country",
                 "Japan", "Articles per source", "teropongnews", "5 articles."):
        assert text in result.stdout, text


def test_stats_of_an_empty_selection(seeded):
    result = run("stats", "--db", seeded, "--format", "json", "--stage", "visit")
    assert json.loads(result.stdout) == {"total": 0, "months": [], "countries": [], "sources": []}


# -- browse ---------------------------------------------------------------------------

def test_browse_without_datasette_says_how_to_install_it(seeded, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasette", None)  # find_spec: not installed
    result = run("browse", "--db", seeded, "--no-open")
    assert result.exit_code == 1
    assert 'install the browse extra: pip install -e ".[browse]"' in result.stderr


def test_browse_needs_an_existing_database(tmp_path):
    result = run("browse", "--db", str(tmp_path / "none.db"), "--no-open")
    assert result.exit_code == 1
    assert "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, deadline: float) -> bytes:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read()
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.skipif(find_spec("datasette") is None,
                    reason='datasette is not installed (pip install -e ".[browse]")')
def test_browse_serves_a_faceted_searchable_articles_view(seeded):
    port = _free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "crawler", "browse", "--db", seeded, "--no-open",
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/pantau/browse_articles"
        deadline = time.monotonic() + 60
        page = _get(f"{base}?_search=shanghai", deadline).decode("utf-8")
        data = json.loads(_get(f"{base}.json?_search=shanghai&_shape=objects", deadline))
    finally:
        child.terminate()
        _, stderr = child.communicate(timeout=30)
    assert child.returncode == 0, stderr
    assert [r["title"] for r in data["rows"]] == ["Kota kembar Jakarta Shanghai"]
    facets = data["facet_results"]
    assert set(facets) == {"partner countries", "partners", "agreement stage", "source", "year"}
    values = {name: {v["value"]: v["count"] for v in f["results"]} for name, f in facets.items()}
    assert values["partner countries"] == {"CN": 1}
    assert values["partners"] == {"Shanghai/CN": 1, "Beijing/CN": 1}
    assert values["source"] == {"teropongnews": 1}
    assert values["year"] == {2023: 1}
    # the page a person sees: the hit, each facet, readable column names and their help
    assert "Kota kembar Jakarta Shanghai" in page
    for column in ("partner countries", "partners", "agreement stage", "source", "year"):
        assert f'data-column="{column}"' in page, column
    assert "Partner countries, ISO 3166-1 alpha-2" in page
