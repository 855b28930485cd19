"""One story, many outlets: signatures, story grouping in storage, search --group and show.

The texts are invented for these tests, written like a regional government's press
release and two ordinary sister-city reports; nothing is copied from a real page.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

import storage
from crawler import stories
from tests.conftest import JOIN_AT, pantau, store

T0 = datetime(2025, 5, 27, 12, 0, tzinfo=UTC)

RELEASE = """Pemerintah Provinsi Jawa Tengah dan Pemerintah Negara Bagian Queensland, Australia,
menandatangani Letter of Intent kerja sama pendidikan vokasi di Gedung Gradhika Bhakti
Praja, Semarang, Selasa. Penandatanganan dilakukan oleh Sekretaris Daerah Jawa Tengah dan
Komisioner Perdagangan dan Investasi Queensland untuk Indonesia.

Sekretaris Daerah mengatakan kerja sama itu akan difokuskan pada peningkatan mutu guru
sekolah menengah kejuruan, penyusunan kurikulum bersama industri, dan magang siswa di
perusahaan mitra. Menurut dia, lulusan SMK di Jawa Tengah masih perlu dibekali keterampilan
yang sesuai dengan kebutuhan dunia kerja, terutama di bidang pariwisata, pertanian modern,
dan energi terbarukan.

"Kami ingin anak-anak SMK kita tidak hanya siap kerja, tetapi juga siap bersaing di tingkat
internasional. Queensland punya pengalaman panjang dalam pendidikan vokasi berbasis
kompetensi," ujarnya.

Komisioner Queensland menyampaikan pihaknya akan mengirim tenaga ahli untuk melatih seratus
guru produktif pada tahap pertama. Pelatihan direncanakan berlangsung selama enam bulan dan
dibagi dalam tiga angkatan, dengan sebagian materi disampaikan secara daring.

Kedua pihak juga sepakat membentuk kelompok kerja bersama yang akan menyusun rencana aksi
dalam tiga bulan ke depan. Rencana aksi itu akan menjadi dasar penyusunan nota kesepahaman
yang ditargetkan ditandatangani tahun depan, setelah mendapat persetujuan Kementerian Dalam
Negeri dan Kementerian Luar Negeri.

Kepala Dinas Pendidikan dan Kebudayaan Jawa Tengah menambahkan, sebanyak dua puluh SMK telah
disiapkan sebagai sekolah percontohan. Sekolah-sekolah itu tersebar di Semarang, Solo,
Magelang, Pekalongan, dan Cilacap."""

SISTER_SURABAYA = """Pemerintah Kota Surabaya dan Kota Kitakyushu, Jepang, memperpanjang kerja
sama kota kembar untuk lima tahun ke depan. Perpanjangan ditandai penandatanganan nota kesepahaman
oleh Wali Kota Surabaya dan Wali Kota Kitakyushu di Balai Kota Surabaya, Senin.
Kerja sama yang dimulai sejak 2012 itu telah menghasilkan program pengomposan sampah rumah
tangga di ratusan kampung dan pelatihan teknisi pengolahan air limbah. Wali Kota Surabaya
mengatakan perpanjangan kali ini akan menambah program pertukaran pegawai dan kajian
pembangkit listrik tenaga sampah di Benowo. Delegasi Kitakyushu dijadwalkan meninjau rumah
kompos di kawasan Keputih sebelum kembali ke Jepang."""

SISTER_MEDAN = """Pemerintah Kota Medan dan Kota Ichikawa, Jepang, memperpanjang kerja sama
kota kembar yang sudah berjalan sejak 1989. Perpanjangan ditandai penandatanganan nota
kesepahaman oleh
Wali Kota Medan dan Wali Kota Ichikawa di Ichikawa, Kamis. Kerja sama lima tahun ke depan
difokuskan pada pengelolaan sampah perkotaan, terutama pemilahan sampah dari rumah tangga
dan pengurangan sampah plastik. Wali Kota Medan menyebut Ichikawa berhasil menekan volume
sampah yang dibuang ke tempat pemrosesan akhir hingga separuhnya dalam dua dekade. Sebanyak
sepuluh pegawai dinas kebersihan Kota Medan akan dikirim ke Ichikawa untuk magang selama
dua bulan."""


def _dateline(text: str) -> str:
    return "SEMARANG (ANTARA) - " + text


def _baca_juga(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join([*paragraphs[:3], "Baca juga: Gubernur lantik pejabat baru di "
                        "lingkungan Pemprov Jateng", *paragraphs[3:]])


def _footer(text: str) -> str:
    return text + "\n\nPewarta: Wisnu Adhi. Editor: Redaksi. Copyright © ANTARA 2025"


def _cut(text: str, share: float = 0.7) -> str:
    return text[: int(len(text) * share)]


def _joins(a: str, b: str) -> bool:
    sa, sb = stories.signature(a), stories.signature(b)
    assert sa is not None
    assert sb is not None
    return bool(set(sa.bands) & set(sb.bands)) and sa.resemblance(sb) >= JOIN_AT


# -- signatures -------------------------------------------------------------------------

@pytest.mark.parametrize("edit", [_dateline, _baca_juga, _footer, _cut,
                                  lambda t: _footer(_cut(_baca_juga(_dateline(t))))],
                         ids=["dateline", "baca juga", "footer", "cut to 70%", "all of them"])
def test_light_edits_and_a_cut_copy_still_join_the_story(edit):
    assert _joins(RELEASE, edit(RELEASE))


def test_different_articles_on_the_same_topic_do_not_join():
    a, b = stories.signature(SISTER_SURABAYA), stories.signature(SISTER_MEDAN)
    assert a is not None
    assert b is not None
    assert a.resemblance(b) < 0.2
    assert not _joins(SISTER_SURABAYA, SISTER_MEDAN)
    assert not _joins(RELEASE, SISTER_SURABAYA)


def test_a_signature_names_its_scheme_and_its_parameters():
    sig = stories.signature(RELEASE)
    assert sig is not None
    assert sig.scheme == stories.SCHEME
    for part in ("affine32", "perm=128", "seed=1", "sha1_hash32", "words5", "lsh=42x3"):
        assert part in sig.scheme
    assert len(sig.values) == stories.NUM_PERM
    assert len(sig.bands) == stories.BANDS
    assert sig.shingles == len(stories.shingles(RELEASE))


def test_the_band_layout_is_the_one_datasketch_chooses():
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=0.25, num_perm=stories.NUM_PERM)
    assert (lsh.b, lsh.r) == (stories.BANDS, stories.ROWS)


def test_signatures_of_different_schemes_are_never_compared():
    sig = stories.signature(RELEASE)
    assert sig is not None
    legacy = storage.Signature("datasketch-minhash:legacy;perm=128", sig.values, sig.shingles)
    with pytest.raises(ValueError, match="different schemes"):
        sig.resemblance(legacy)


def test_a_body_too_short_to_judge_has_no_signature():
    assert stories.signature("Wali Kota menerima delegasi Kitakyushu.") is None


@pytest.mark.parametrize(("values", "shingles", "bands"), [
    ((), 1, ()), ((-1,), 1, ()), ((1 << 64,), 1, ()), ((1,), 0, ()), ((1,), 1, (1 << 63,)),
])
def test_a_signature_checks_itself(values, shingles, bands):
    with pytest.raises(ValueError, match=r"signature|band"):
        storage.Signature("s", values, shingles, bands)


# -- storage ----------------------------------------------------------------------------

def article(n: int, text: str, source: str = "jatengprov", signed: bool = True,
            **changes: object) -> storage.NewArticle:
    values: dict[str, object] = dict(
        url=f"https://{source}.example/berita/{n}",
        canonical_url=f"https://{source}.example/berita/{n}", source=source,
        title=f"Judul {n}", text=text, fetched_at=T0, relevance=0.9,
        published_at=T0 + timedelta(hours=n),
        signature=stories.signature(text) if signed else None,
    )
    values.update(changes)
    return storage.NewArticle(**values)  # type: ignore[arg-type]


def _story(db, n: int) -> int:
    found = storage.get_article(db, str(n))
    assert found is not None
    return found.story_id


def test_copies_on_other_outlets_join_the_first_articles_story(db):
    first = store(db, article(1, RELEASE))
    store(db, article(2, SISTER_SURABAYA, source="surabaya"))
    store(db, article(3, _footer(_dateline(RELEASE)), source="antara"))
    store(db, article(4, _cut(RELEASE), source="infopublik"))
    store(db, article(5, SISTER_MEDAN, source="medan"))
    assert [_story(db, n) for n in (1, 2, 3, 4, 5)] == [first, 2, first, first, 5]
    record = storage.as_record(storage.get_article(db, "4"))  # type: ignore[arg-type]
    assert record["story_id"] == first


def test_the_story_is_stored_with_the_article_in_one_transaction(db, db_url):
    store(db, article(1, RELEASE))
    store(db, article(1, _dateline(RELEASE)))  # same URL: not stored again
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
        rows = conn.execute("SELECT article_id, story_id, scheme, shingles, length(signature) "
                            "FROM story_signatures").fetchall()
        bands = conn.execute("SELECT count(*) FROM story_bands").fetchone()[0]
    assert rows == [(1, 1, stories.SCHEME, len(stories.shingles(RELEASE)), 8 * 128)]
    assert bands == stories.BANDS


def test_a_failed_store_leaves_no_story_rows(db, db_url, monkeypatch):
    from storage import stories as story_rows

    def crash(*_args, **_kwargs):
        raise RuntimeError("killed between the article and its story")

    monkeypatch.setattr(story_rows, "insert", crash)
    with pytest.raises(RuntimeError):
        store(db, article(1, RELEASE))
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
        for table in ("articles", "story_signatures", "story_bands", "seen_urls"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table


def test_signatures_of_another_scheme_are_not_candidates(db):
    sig = stories.signature(RELEASE)
    assert sig is not None
    other = storage.Signature("datasketch-minhash:legacy;perm=128", sig.values, sig.shingles,
                              sig.bands)
    store(db, article(1, RELEASE, signature=other))
    store(db, article(2, RELEASE, source="antara"))
    assert _story(db, 2) == 2
    assert storage.unsigned_articles(db, stories.SCHEME) == [1]


def test_unsigned_articles_are_stories_of_their_own_until_regrouped(db):
    store(db, article(1, RELEASE, signed=False))
    store(db, article(2, _cut(RELEASE), source="antara"))
    assert [_story(db, 1), _story(db, 2)] == [1, 2]
    assert storage.unsigned_articles(db, stories.SCHEME) == [1]
    # the older one names it
    assert storage.regroup(db, 1, stories.signature(RELEASE), JOIN_AT) == 1
    assert [_story(db, 1), _story(db, 2)] == [1, 1]
    assert storage.unsigned_articles(db, stories.SCHEME) == []


def test_search_stories_lists_every_outlet_of_a_matching_story(db):
    store(db, article(1, RELEASE))
    store(db, article(2, SISTER_SURABAYA, source="surabaya"))
    store(db, article(3, _dateline(RELEASE), source="antara"))
    found = storage.search_stories(db, storage.Filters())
    assert [(s.story_id, [a.id for a in s.articles]) for s in found] == [(1, [1, 3]), (2, [2])]
    only_antara = storage.search_stories(db, storage.Filters(sources=("antara",)))
    assert [[a.source for a in s.articles] for s in only_antara] == [["jatengprov", "antara"]]
    assert storage.count_stories(db, storage.Filters()) == 2
    assert [a.id for a in storage.same_story(db, storage.get_article(db, "3"))] == [1]


def test_demoting_an_article_drops_its_story_rows(db, db_url):
    store(db, article(1, RELEASE))
    storage.demote(db, 1, relevance=0.1, when=T0)
    with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT count(*) FROM story_bands").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM story_signatures").fetchone() == (0,)


# -- command line -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('stories') / 'pantau.db'}"
    engine = storage.open_database(url)
    store(engine, article(1, RELEASE))
    store(engine, article(2, SISTER_SURABAYA, source="surabaya"))
    store(engine, article(3, _footer(_dateline(RELEASE)), source="antara"))
    store(engine, article(4, _cut(_baca_juga(RELEASE)), source="infopublik"))
    storage.forget_engines()
    return url


def test_search_group_shows_one_row_per_story_with_its_outlets(seeded):
    result = pantau("search", "--group", "--db", seeded, "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["story_id"], r["sources"], r["article_ids"]) for r in rows] == [
        (1, ["jatengprov", "antara", "infopublik"], [1, 3, 4]), (2, ["surabaya"], [2])]
    table = pantau("search", "--group", "--db", seeded)
    assert "jatengprov, antara, infopublik" in table.stdout


def test_search_json_carries_the_story_id(seeded):
    result = pantau("search", "--db", seeded, "--format", "jsonl")
    ids = {r["id"]: r["story_id"] for r in map(json.loads, result.stdout.splitlines())}
    assert ids == {1: 1, 2: 2, 3: 1, 4: 1}


def test_show_lists_the_other_outlets_of_the_story(seeded):
    text = pantau("show", "3", "--db", seeded)
    assert text.returncode == 0, text.stderr
    assert "also on 2 other outlets" in text.stdout
    assert "https://jatengprov.example/berita/1" in text.stdout
    assert "https://infopublik.example/berita/4" in text.stdout
    alone = pantau("show", "2", "--db", seeded)
    assert "(no other outlet)" in alone.stdout
    record = json.loads(pantau("show", "1", "--db", seeded, "--format", "json").stdout)
    assert [o["source"] for o in record["same_story"]] == ["antara", "infopublik"]


def test_regroup_signs_articles_stored_without_a_signature(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = storage.open_database(url)
    store(engine, article(1, RELEASE, signed=False))
    store(engine, article(2, _dateline(RELEASE), source="antara", signed=False))
    storage.forget_engines()
    result = pantau("regroup", "--db", url)
    assert result.returncode == 0, result.stderr
    assert "2 of 2 unsigned articles signed" in result.stdout
    assert "1 joined an older article's story" in result.stdout
    rows = pantau("search", "--db", url, "--format", "json").stdout
    assert {r["id"]: r["story_id"] for r in json.loads(rows)} == {1: 1, 2: 1}


# --- the signature in plain Python (crawler.minhash) is datasketch's --------------------


def test_the_permutations_are_those_datasketch_draws():
    np = pytest.importorskip("numpy")
    from crawler import minhash

    gen = np.random.RandomState(stories.SEED)
    a = gen.randint(0, 1 << 31, stories.NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, stories.NUM_PERM, dtype=np.uint32)
    assert tuple(int(x) for x in a) == minhash.A
    assert tuple(int(x) for x in b) == minhash.B


@pytest.mark.parametrize("text", [RELEASE, RELEASE[:900], RELEASE.upper(),
                                  "Kata " * 3 + RELEASE[::-1]])
def test_a_signature_is_datasketchs_minhash_bit_for_bit(text):
    datasketch = pytest.importorskip("datasketch")

    reference = datasketch.MinHash(num_perm=stories.NUM_PERM, seed=stories.SEED,
                                   scheme=stories.MINHASH_SCHEME)
    grams = stories.shingles(text)
    reference.update_batch(list(grams))
    ours = stories.signature(text)
    assert ours is not None
    assert ours.values == tuple(int(v) for v in reference.hashvalues)
    assert ours.shingles == len(grams)


def test_signing_loads_neither_numpy_nor_datasketch():
    import subprocess
    import sys

    code = ("import sys; from crawler import stories; stories.signature(" + repr(RELEASE)
            + "); print(sorted(m for m in ('numpy', 'scipy', 'datasketch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
