"""The cache directory (issue 13): the place index and the language model, built once
and then read by every process instead of rebuilt in each."""

from __future__ import annotations

import logging
import marshal

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

    built = places_cache.load_index()
    (written,) = folder.glob("places-*.marshal")

    def no_build():
        raise AssertionError("built again although cached")

    monkeypatch.setattr(places, "build_index", no_build)
    index, caps_only = places_cache.load_index()
    assert (index, caps_only) == built
    assert index["shanghai"][0].country == "CN"
    assert "dki" in caps_only
    assert written.exists()


def test_a_damaged_place_index_is_built_again_and_said(folder, caplog):
    from crawler.relevance import cache as places_cache

    places_cache.load_index()
    (written,) = folder.glob("places-*.marshal")
    written.write_bytes(marshal.dumps((places_cache.FORMAT, (), ("x",), (), ()))[:-3])
    with caplog.at_level(logging.WARNING, logger="crawler.relevance.cache"):
        index, _ = places_cache.load_index()
    assert "unreadable" in caplog.text
    assert index["shanghai"]
    assert places_cache._decode(marshal.loads(written.read_bytes()))[0] == index


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
