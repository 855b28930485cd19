"""Sources files load into validated, frozen values."""

from __future__ import annotations

import dataclasses

import pytest

from crawler.config.settings import ConfigError
from crawler.config.sources import Source, load_sources, select


def test_the_builtin_catalog_names_the_sample_sites_and_jakarta():
    names = {s.name: s for s in load_sources()}
    assert {"teropongnews", "infopublik", "beritajakarta", "jakarta-go-id"} <= set(names)
    assert all(s.url.startswith("https://") for s in names.values())


def test_sources_are_frozen():
    source = load_sources()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        source.url = "https://elsewhere.example/"  # type: ignore[misc]


GOOD = 'name = "ok"\nurl = "https://ok.go.id/"\n'


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('name = "x"\nurl = "ftp://x.go.id/"', r"source 'x': url: not an http\(s\) URL"),
        ('name = "x"\nurl = "https://x.go.id/"\narticle_pattern = "(["',
         "source 'x': article_pattern: not a valid regex"),
        ('name = "x"\nurl = "https://x.go.id/"\nlistings = ["https://x.go.id/berita"]',
         r"source 'x': listings: .* has no \{page\}"),
        ('name = "x"\nurl = "https://x.go.id/"\nfeed = ["https://x.go.id/rss"]',
         "source 'x': unknown key 'feed'"),
        ('name = "x"\nurl = "https://x.go.id/"\nschedule = "hourly"', "source 'x': schedule"),
        ('name = "x"\nurl = "https://x.go.id/"\nenabled = "yes"', "source 'x': enabled"),
        ('url = "https://x.go.id/"', "source '#2': missing key 'name'"),
        ('name = "ok"\nurl = "https://x.go.id/"', "source 'ok': name: used twice"),
        ('name = "Bad Name"\nurl = "https://x.go.id/"', "source 'Bad Name': name"),
    ],
)
def test_a_bad_entry_fails_at_load_naming_source_and_key(tmp_path, entry, message):
    path = tmp_path / "sources.toml"
    path.write_text(f"[[source]]\n{GOOD}\n[[source]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_sources(path)
    assert str(info.value).startswith(str(path))
    assert "\n" not in str(info.value)


def test_routes_accept_a_single_string_and_become_tuples(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(GOOD.join(["[[source]]\n", 'feeds = "https://ok.go.id/rss"\n']), "utf-8")
    (source,) = load_sources(path)
    assert source.feeds == ("https://ok.go.id/rss",)


def test_select_by_name_keeps_order_and_rejects_unknown_names():
    catalog = (Source("a", "https://a.go.id/"), Source("b", "https://b.go.id/", enabled=False))
    assert select(catalog) == catalog[:1]
    assert [s.name for s in select(catalog, ("b", "a"))] == ["b", "a"]
    with pytest.raises(ConfigError, match="unknown source 'c'"):
        select(catalog, ("c",))
