"""Config files: defaults, partial overrides, and clear errors naming table and key."""

from __future__ import annotations

import pytest

from crawler.config.settings import SETTINGS, Config, ConfigError, load_config


def write(tmp_path, text: str):
    path = tmp_path / "pantau.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_overrides_only_the_keys_it_sets(tmp_path):
    config = load_config(write(tmp_path, "[crawl]\ndelay = 3\n[relevance]\nthreshold = 0.7\n"))
    assert config.crawl.delay == 3.0
    assert config.relevance.threshold == 0.7
    assert config.crawl.timeout == Config().crawl.timeout


def test_no_file_means_defaults_and_pantau_toml_is_found(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()
    write(tmp_path, "[crawl]\nmax_articles = 7\n")
    assert load_config().crawl.max_articles == 7


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[crawl]\ndealy = 1\n", r"\[crawl\] unknown key 'dealy'"),
        ("[crawling]\ndelay = 1\n", r"unknown table \[crawling\]"),
        ("[crawl]\ndelay = 'slow'\n", r"\[crawl\] delay: expected float"),
        ("[crawl]\nobey_robots = 1\n", r"\[crawl\] obey_robots: expected bool"),
        ("[crawl]\ntimeout = -1\n", r"\[crawl\] timeout: must not be negative"),
        ("[crawl\n", "not valid TOML"),
    ],
)
def test_bad_files_fail_with_one_line_naming_the_key(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message) as info:
        load_config(write(tmp_path, text))
    assert "\n" not in str(info.value)
    assert "pantau.toml" in str(info.value)


def test_a_missing_file_given_explicitly_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_every_setting_has_help_and_is_documented_in_the_readme(readme):
    for setting in SETTINGS:
        assert setting.help.strip(), setting
        assert f"`{setting.name}`" in readme, f"[{setting.section}] {setting.name} not in README"
