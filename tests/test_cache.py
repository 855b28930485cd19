"""The cache directory (issue 13): the place index and the language model, built once
and then read by every process instead of rebuilt in each."""

from __future__ import annotations

import logging

import pytest

from crawler.config import cache


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PANTAU_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_fingerprint_changes_with_any_of_its_inputs():
    base = cache.fingerprint(["numpy"], [b"a", b"b"])
    assert base == cache.fingerprint(["numpy"], [b"a", b"b"])
    assert base != cache.fingerprint(["numpy"], [b"a", b"c"])
    assert base != cache.fingerprint(["numpy", "lxml"], [b"a", b"b"])
    assert base != cache.fingerprint(["numpy"], [b"ab"])  # inputs are not just joined


def test_a_new_file_replaces_the_older_fingerprints_only(folder):
    assert cache.write(folder / "places-old.marshal", b"1", replaces="places-*.marshal")
    assert cache.write(folder / "langid-x-ptc.npy", b"2", replaces="langid-*-ptc.npy")
    assert cache.write(folder / "places-new.marshal", b"3", replaces="places-*.marshal")
    assert sorted(p.name for p in folder.iterdir()) == ["langid-x-ptc.npy", "places-new.marshal"]
    assert (folder / "places-new.marshal").read_bytes() == b"3"


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("PANTAU_CACHE_DIR", str(blocker / "cache"))
    assert cache.write(cache.directory() / "places-x.marshal", b"1", replaces="x") is False


def test_the_place_index_is_built_once_then_read_as_built(folder, monkeypatch):
    from crawler.relevance import cache as places_cache
    from crawler.relevance import places

    built, built_caps = places.build_index()
    _, caps_only = places_cache.load_index()  # builds, writes, reads the file
    assert len(list(folder.glob("places-*.sqlite"))) == 1

    def no_build():
        raise AssertionError("built again although cached")

    monkeypatch.setattr(places, "build_index", no_build)
    again, again_caps = places_cache.load_index()
    assert isinstance(again, places_cache.PlaceIndex)
    assert len(again) == len(built) > 50_000
    assert dict(again.items()) == built  # every name, every place, every field
    assert again_caps == caps_only == built_caps
    assert again["shanghai"][0].country == "CN"
    assert "dki" in caps_only
    assert "shanghai" in again.names
    with pytest.raises(KeyError):
        again["no such place"]


def test_the_place_index_is_read_from_any_thread(folder):
    from concurrent.futures import ThreadPoolExecutor

    from crawler.relevance import cache as places_cache

    index, _ = places_cache.load_index()
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda key: index[key][0].country, ["busan", "shanghai"] * 20))
    assert answers == ["KR", "CN"] * 20


def test_a_damaged_place_index_is_built_again_and_said(folder, caplog):
    from crawler.relevance import cache as places_cache

    places_cache.load_index()
    (written,) = folder.glob("places-*.sqlite")
    written.write_bytes(written.read_bytes()[:5000])  # cut short, as by a full disk
    with caplog.at_level(logging.WARNING, logger="crawler.relevance.cache"):
        index, _ = places_cache.load_index()
    assert "unreadable" in caplog.text
    assert index["shanghai"]
    assert places_cache.PlaceIndex(written)["shanghai"] == index["shanghai"]


def test_an_older_format_is_built_again(folder):
    from crawler.relevance import cache as places_cache

    places_cache.load_index()
    (written,) = folder.glob("places-*.sqlite")
    import sqlite3

    with sqlite3.connect(written) as db:
        db.execute("UPDATE about SET value = '1' WHERE name = 'format'")
    with pytest.raises(ValueError, match="format 1"):
        places_cache.PlaceIndex(written)
    index, _ = places_cache.load_index()
    assert index["busan"][0].country == "KR"


def test_an_unwritable_cache_keeps_the_index_in_memory(tmp_path, monkeypatch):
    from crawler.relevance import cache as places_cache

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("PANTAU_CACHE_DIR", str(blocker / "cache"))
    index, _ = places_cache.load_index()
    assert isinstance(index, dict)
    assert index["busan"][0].country == "KR"


TEXTS = {
    "id": "Pemerintah Kota Bandung menandatangani nota kesepahaman dengan Kota Braunschweig.",
    "en": "The mayor of Busan signed a memorandum of understanding with the regency.",
    "ja": "東京都と北海道は友好都市協定を締結しました。",
    "ko": "서울특별시는 자카르타와 자매결연을 맺었다.",
    "de": "Die Stadt Braunschweig hat eine Städtepartnerschaft mit Bandung geschlossen.",
}


def test_the_mapped_language_model_answers_as_py3langid_does(folder):
    import py3langid

    from crawler.extract import language

    language._identifier.cache_clear()
    try:
        answers = {expected: language.classify(text) for expected, text in TEXTS.items()}
        mapped = language._identifier()
    finally:
        language._identifier.cache_clear()
    assert answers == {code: py3langid.classify(text)[0] for code, text in TEXTS.items()}
    assert answers == {code: code for code in TEXTS}
    assert len(list(folder.glob("langid-*.npy"))) == 6
    assert type(mapped.nb_ptc).__name__ == "memmap"  # shared, not copied into the process
