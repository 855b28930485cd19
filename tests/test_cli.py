"""The pantau command on a seeded database: formats, filters, help and errors."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import UTC, datetime

import pytest

import storage
from crawler.cli.main import cli
from tests.conftest import pantau, portal_article, store

T = datetime(2025, 5, 27, 12, 21, tzinfo=UTC)  # 19:21 WIB


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "pantau.db"
    url = f"sqlite:///{path}"
    engine = storage.open_database(url)

    def add(n, title, partners, published, source="infopublik", stage=None):
        store(engine, portal_article(
            n, title, partners, published, fetched_at=T, source=source, stage=stage,
            body="Isi berita pra-kerja nomor {n}."))

    add(1, "Jakarta dan Chungcheongnam-do teken LoI",
        [("Chungcheongnam-do", "KR", "region")], T, stage="loi")
    add(2, "Kota kembar Jakarta Shanghai", [("Shanghai", "CN", "city"), ("Beijing", "CN", "city")],
        datetime(2023, 4, 28, 3, 0, tzinfo=UTC), source="teropongnews")
    add(3, "Tanpa tanggal: Bandung dan Hamamatsu", [("Hamamatsu", "JP", "city")], None)
    storage.forget_engines()
    return url


def test_search_jsonl_keeps_the_output_contract(seeded):
    result = pantau("search", "--db", seeded, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3]  # newest first, undated last
    for key in ("id", "url", "source", "title", "text", "author", "published_at", "language",
                "fetched_at", "relevance", "matched", "partners"):
        assert key in rows[0]
    assert rows[0]["published_at"] == "2025-05-27T19:21:00+07:00"
    assert rows[1]["partners"][0] == {"name": "Shanghai", "country": "CN", "kind": "city"}


def test_search_csv_joins_lists_and_writes_partners_as_name_slash_country(seeded):
    result = pantau("search", "--db", seeded, "--format", "csv", "--partner", "CN")
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["partners"] == "Shanghai/CN;Beijing/CN"
    assert row["matched"] == "letter of intent;kerja sama"


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["shanghai"], [2]),
        (["pra-kerja"], [1, 2, 3]),
        (["--since", "2025-05-27"], [1]),
        (["--until", "2025-05-27T19:20"], [2]),
        (["--until", "2025-05-27"], [1, 2]),
        (["--since", "2023-04-28T10:00+07:00", "--until", "2023-04-28T10:00+07:00"], [2]),
        (["--source", "teropongnews"], [2]),
        (["--partner", "hamamatsu"], [3]),
        (["--country", "kr"], [1]),
        (["--country", "CN", "--partner", "beijing"], [2]),
        (["--stage", "loi"], [1]),
        (["--stage", "visit"], []),
        (["--limit", "1"], [1]),
        (['"unbalanced'], []),
    ],
)
def test_search_filters(seeded, args, ids):
    result = pantau("search", "--db", seeded, "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    assert [r["id"] for r in json.loads(result.stdout)] == ids


def test_search_table_for_people(seeded):
    result = pantau("search", "--db", seeded)
    assert "Shanghai/CN" in result.stdout
    assert "2025-05-27 19:21" in result.stdout


def test_show_by_id_and_by_url(seeded):
    by_id = pantau("show", "1", "--db", seeded)
    assert by_id.returncode == 0
    assert "Chungcheongnam-do/KR" in by_id.stdout
    assert "letter of intent" in by_id.stdout
    assert "Isi berita pra-kerja nomor 1." in by_id.stdout
    by_url = pantau("show", "https://infopublik.id/kategori/nusantara/2/a", "--db", seeded,
                    "--format", "json")
    assert json.loads(by_url.stdout)["id"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "999"], "no stored article '999'"),
        (["search", "--since", "kemarin"], "not a date"),
        (["search", "--format", "xml"], "Invalid value for '--format'"),
        (["search", "--country", "Korea"], "not a two-letter country code"),
        (["search", "--stage", "signed"], "Invalid value for '--stage'"),
        (["crawl", "--source", "nope"], "unknown source 'nope'"),
        (["nosuchcommand"], "No such command"),
    ],
)
def test_expected_failures_exit_1_with_one_clear_line(seeded, args, message):
    result = pantau(*args, "--db", seeded)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_config_file_is_one_line_not_a_traceback(tmp_path, seeded):
    (tmp_path / "pantau.toml").write_text("[crawl]\ndelay = 'x'\n", encoding="utf-8")
    result = pantau("crawl", "--db", seeded, cwd=tmp_path)
    assert result.returncode == 1
    assert "pantau.toml: [crawl] delay: expected float" in result.stderr
    assert "Traceback" not in result.stderr


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if hasattr(command, "commands"):
            yield from _commands(command, (*prefix, name))


@pytest.mark.parametrize(("path", "command"), list(_commands(cli)), ids=lambda p: str(p))
def test_every_command_has_help_with_an_example(path, command):
    assert command.help, path
    assert "Example" in command.help, path
    params = {p.name for p in command.params}
    assert {"db_option", "sources_file", "config_file"} <= params, path


@pytest.mark.parametrize("command", [["search"], ["show", "1"], ["stats"], ["export"],
                                     ["status"], ["feed"]])
def test_reading_commands_never_create_a_database(tmp_path, command):
    missing = tmp_path / "mistyped.db"
    result = pantau(*command, "--db", str(missing))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: no database at {missing} (run pantau crawl first, or pass --db)"]
    assert list(tmp_path.iterdir()) == []  # no file, no lock folder


def test_show_lists_negative_evidence_apart_from_matched(tmp_path):
    """Terms that count against an article ("perusahaan") are shown as "against", with
    their weight, and never under "matched", also for rows stored before the split."""
    url = f"sqlite:///{tmp_path / 'pantau.db'}"
    engine = storage.open_database(url)
    article = portal_article(1, "Jakarta dan Shanghai perkuat kota bersahabat",
                             [("Shanghai", "CN", "city")], T, fetched_at=T)
    evidence = ({"term": "kota bersahabat", "where": "title", "weight": 2.1},
                {"term": "perusahaan", "where": "body", "weight": -0.26})
    store(engine, dataclasses.replace(article, matched=("kota bersahabat", "perusahaan"),
                                      evidence=evidence))
    storage.forget_engines()
    shown = pantau("show", "1", "--db", url)
    matched = next(line for line in shown.stdout.splitlines() if "matched:" in line)
    assert "perusahaan" not in matched
    assert "kota bersahabat" in matched
    assert "against     perusahaan (-0.26)" in shown.stdout
    record = json.loads(pantau("show", "1", "--db", url, "--format", "json").stdout)
    assert record["matched"] == ["kota bersahabat"]
    assert {"term": "perusahaan", "where": "body", "weight": -0.26} in record["evidence"]


def test_the_closing_line_names_a_few_failed_sources_and_counts_the_rest():
    from crawler.cli.commands.crawl import _names

    assert _names(["a", "b"], 5) == "a, b"
    many = [f"s{n}" for n in range(391)]
    line = _names(many, 391)
    assert line.startswith("s0, s1,")
    assert "s10" not in line.split(" and ")[0]
    assert "381 more (391 of 391 sources" in line
