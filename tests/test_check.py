"""The check before every command, and ``pantau check`` alone."""

from __future__ import annotations

import json

import pytest

from crawler.cli.main import cli
from crawler.relevance.classifier import Classifier
from crawler.relevance.gazetteer import Gazetteer
from crawler.relevance.lexicon import Lexicon
from tests.conftest import pantau
from tests.test_cli import _commands

SOURCES = """
[[source]]
name = "kota-a"
url = "https://kota-a.go.id/"

[[source]]
name = "kota-b"
url = "https://kota-b.go.id/"
schedule = "30 6 * * 1-5"

[[source]]
name = "kota-c"
url = "https://kota-c.go.id/"
enabled = false
"""

EXTRA_LEXICON = """
[terms]
"piagam kota serumpun" = { weight = 1.0, stage = "exploration" }
"perjanjian kota kembar baru" = { weight = 1.0 }
"""


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources.toml").write_text(SOURCES, encoding="utf-8")
    (tmp_path / "extra.toml").write_text(EXTRA_LEXICON, encoding="utf-8")
    (tmp_path / "pantau.toml").write_text(
        '[relevance]\nlexicon = "extra.toml"\nthreshold = 0.6\n'
        '[alerts]\nwebhook_url = "https://hooks.example.org/pantau"\n'
        '[schedule]\ncron = "0 */2 * * *"\ntimezone = "Asia/Makassar"\n', encoding="utf-8")
    return tmp_path


def test_check_says_what_it_loaded(files):
    result = pantau("check", "--sources", "sources.toml", "--db", str(files / "p.db"))
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert lines["config"] == "pantau.toml"
    assert lines["sources"] == ("3 in sources.toml: 2 enabled, 1 with a schedule of their own")
    assert lines["schedule"].startswith("0 */2 * * * (Asia/Makassar), 2 job(s), next at ")
    assert lines["alerts"] == "webhook on; email off; feed file off"
    built_in = len(Lexicon.load().terms)
    assert lines["lexicon"] == f"{built_in + 2} terms (with extra.toml), threshold 0.6"
    assert lines["database"].endswith("(not created yet: pantau crawl creates it)")
    assert not (files / "p.db").exists()


def test_check_json_for_scripts(files):
    result = pantau("check", "--sources", "sources.toml", "--format", "json")
    summary = json.loads(result.stdout)
    assert summary["sources"] == {"file": "sources.toml", "count": 3, "enabled": 2,
                                  "own_schedule": 1}
    assert summary["schedule"]["jobs"] == 2
    assert summary["lexicon"]["extra"] == "extra.toml"


PROBLEMS = {
    "pantau.toml": '[relevance]\nthreshold = 2\nlexicon = "extra.toml"\n'
                   '[display]\ntimezone = "Jakarta"\n[schedule]\ncron = "0 0 31 2 * * *"\n'
                   '[crawl]\ndelay = "fast"\n',
    "sources.toml": '[[source]]\nname = "Kota A"\nurl = "https://a.go.id/"\n'
                    '[[source]]\nname = "b"\nurl = "https://b.go.id/"\nschedule = "0 7 * *"\n',
    "extra.toml": '[terms]\n"kota kembar" = { weight = "tinggi" }\n',
}
EXPECTED = [
    "pantau.toml: [relevance] threshold: must be between 0 and 1, got 2.0",
    "pantau.toml: [display] timezone: unknown time zone 'Jakarta'",
    "pantau.toml: [crawl] delay: expected float, got 'fast'",
    "sources.toml: source 'Kota A': name: use lowercase letters",
    "pantau.toml: [schedule] cron: cron expression '0 0 31 2 * * *': expected 5 or 6 fields",
    "sources.toml: source 'b': schedule: expected a cron expression of 5 (or 6) fields",
    "extra.toml: term 'kota kembar' needs a numeric weight",
]


@pytest.fixture
def broken(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name, text in PROBLEMS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_check_lists_every_problem_one_line_each(broken):
    result = pantau("check", "--sources", "sources.toml")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1
    assert len(lines) == len(EXPECTED), lines
    for expected in EXPECTED:
        assert sum(expected in line for line in lines) == 1, (expected, lines)
    assert all(line.startswith("Error: ") for line in lines)


ARGUMENTS = {("show",): ["1"], ("mark",): ["1", "--irrelevant"],
             ("sources", "discover"): ["https://kota-a.go.id/"]}


@pytest.mark.parametrize("path", [p for p, _ in _commands(cli) if p != ("check",)],
                         ids=" ".join)
def test_every_command_makes_the_same_check_first(broken, path):
    result = pantau(*path, *ARGUMENTS.get(path, []), "--sources", "sources.toml")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {EXPECTED[0]} (and {len(EXPECTED) - 1} more problems: pantau check lists them)"]
    assert not (broken / "pantau.db").exists()


def test_the_check_builds_no_classifier(files, monkeypatch):
    """The lexicon is checked by loading it alone; the place indexes, which take a
    second, are not loaded for a reading command."""
    def forbidden(*_args, **_kwargs):
        raise AssertionError("the check built a classifier")

    monkeypatch.setattr(Classifier, "from_config", forbidden)
    monkeypatch.setattr(Gazetteer, "load", forbidden)
    assert pantau("check", "--sources", "sources.toml").returncode == 0
    assert pantau("sources", "--sources", "sources.toml").returncode == 0


def test_sources_lists_without_a_database_and_makes_none(files):
    result = pantau("sources", "--sources", "sources.toml", "--format", "json",
                    "--db", str(files / "none.db"))
    assert result.returncode == 0, result.stderr
    assert [s["name"] for s in json.loads(result.stdout)] == ["kota-a", "kota-b", "kota-c"]
    assert not (files / "none.db").exists()
