"""The relevance classifier: the contract, the hard cases, and the pinned quality figures."""

import importlib.util
import json
import pickle
from pathlib import Path

import pytest

from crawler.config.regions import regions as region_table
from crawler.relevance.classifier import STAGES, Classifier, Evidence, Verdict
from crawler.relevance.places import IndonesianParty, Partner

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
CASES = ROOT / "tests" / "relevance"
BASELINE = json.loads((CASES / "baseline.json").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("bench_relevance", ROOT / "bench" /
                                                  "relevance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _bench()


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.from_config()


SHANGHAI = (
    "Pj Gubernur DKI Terima Kunjungan Wali Kota Shanghai, Bahas Kerja Sama Kota",
    "Penjabat Gubernur DKI Jakarta menerima kunjungan Wali Kota Shanghai dan jajarannya di "
    "Balai Kota DKI. DKI Jakarta konsisten mempererat kerja sama dengan kota bersahabat atau "
    "sister city yakni Kota Shanghai, Republik Rakyat Tiongkok (RRT). Nota Kesepahaman kota "
    "bersahabat ditandatangani pada 2020. Shanghai berminat melaksanakan pertukaran ASN.")
FLOOD = (
    "Banjir Rendam Tiga Kecamatan di Kabupaten Bandung",
    "Banjir setinggi satu meter merendam tiga kecamatan di Kabupaten Bandung setelah hujan "
    "deras semalaman. Bupati Bandung menetapkan status tanggap darurat. Ribuan warga "
    "mengungsi ke balai desa dan masjid. BPBD mengerahkan perahu karet.")
BUDGET = (
    "DPRD dan Pemkot Surabaya Bahas Rancangan APBD 2026",
    "DPRD Kota Surabaya dan Pemerintah Kota Surabaya menggelar rapat badan anggaran membahas "
    "rancangan APBD 2026. Wali Kota Surabaya menyampaikan nota keuangan. Fraksi-fraksi "
    "meminta anggaran pendidikan dan kesehatan ditambah.")
DOMESTIC_MOU = (
    "Pemkab Sleman dan Pemkab Bantul Teken MoU Kerja Sama Antardaerah",
    "Bupati Sleman dan Bupati Bantul menandatangani nota kesepahaman kerja sama antardaerah "
    "tentang pengelolaan sampah dan air bersih. Kerja sama berlaku lima tahun dan ditindaklanjuti "
    "perjanjian kerja sama teknis antarorganisasi perangkat daerah.")


def test_on_topic_article(classifier):
    verdict = classifier.classify(*SHANGHAI)
    assert verdict.relevant
    assert verdict.partners[0] == Partner("Shanghai", "CN", "city")
    assert verdict.indonesian_party == IndonesianParty("DKI Jakarta", "31")
    assert verdict.stage == "visit"
    assert {"kota bersahabat", "sister city"} <= set(verdict.matched)


@pytest.mark.parametrize("article", [FLOOD, BUDGET, DOMESTIC_MOU], ids=["flood", "budget",
                                                                        "domestic-mou"])
def test_off_topic_articles(classifier, article):
    verdict = classifier.classify(*article)
    assert not verdict.relevant
    assert verdict.partners == ()
    assert verdict.score < classifier.threshold / 2


def test_domestic_mou_counts_against(classifier):
    verdict = classifier.classify(*DOMESTIC_MOU)
    assert any(e.term == "kerja sama antardaerah" and e.weight < 0 for e in verdict.evidence)


@pytest.mark.skipif(not (SHARED / "samples").is_dir(),
                    reason=f"shared samples not found at {SHARED / 'samples'}")
@pytest.mark.parametrize(("sample", "title", "partner", "stage"), [
    ("000_60a249d03ecf93bf.txt",
     "Pj Gubernur DKI Terima Kunjungan Wali Kota Shanghai, Bahas Kerja Sama Kota",
     Partner("Shanghai", "CN", "city"), "visit"),
    ("004_d4368500bdaf946c.txt",
     "Pemprov DKI Jakarta dan Chungcheongnam-do Korea Selatan Jalin Kerja Sama Pembangunan "
     "Berkelanjutan", Partner("Chungcheongnam-do", "KR", "region"), "loi"),
])
def test_shared_samples(classifier, sample, title, partner, stage):
    text = (SHARED / "samples" / sample).read_text(encoding="utf-8")
    verdict = classifier.classify(title, text)
    assert verdict.relevant
    assert verdict.partners[0] == partner
    assert verdict.stage == stage
    assert verdict.indonesian_party == IndonesianParty("DKI Jakarta", "31")


def test_verdict_is_explainable(classifier):
    verdict = classifier.classify(*SHANGHAI)
    assert 0.0 <= verdict.score <= 1.0
    assert len(set(verdict.matched)) == len(verdict.matched)
    weights = [e.weight for e in verdict.evidence]
    assert weights == sorted(weights, reverse=True)
    assert {e.where for e in verdict.evidence} == {"title", "body"}
    assert all(isinstance(e, Evidence) for e in verdict.evidence)


def test_title_weighs_more_than_a_deep_mention(classifier):
    filler = " ".join(["Warga mengikuti kegiatan rutin di balai kota setiap pekan."] * 30)
    lead = "Wali Kota Surabaya menerima Wali Kota Kitakyushu, Jepang."
    in_title = classifier.classify("Surabaya dan Kitakyushu Perkuat Sister City",
                                   f"{lead} {filler}")
    deep = classifier.classify("Surabaya dan Kitakyushu Bertemu", f"{lead} {filler} "
                               "Kedua kota terikat sister city.")
    title_weight = next(e.weight for e in in_title.evidence if e.term == "sister city")
    body_weight = next(e.weight for e in deep.evidence if e.term == "sister city")
    assert title_weight > 2 * body_weight
    assert in_title.score > deep.score


def test_passing_mention_in_ordinary_news_is_rejected(classifier):
    body = ("Banjir merendam permukiman di Jakarta Utara. Pemprov DKI mengerahkan pompa. "
            * 10 + "Jakarta pernah belajar dari Tokyo, kota bersahabatnya.")
    assert not classifier.classify("Banjir Rendam Jakarta Utara", body).relevant


def test_listing_page_is_rejected(classifier):
    lines = ["Wali Kota Resmikan Taman", "Banjir Rendam Kecamatan",
             "Surabaya dan Kitakyushu Perkuat Kerja Sama Sister City", "Harga Cabai Naik",
             "Pasar Murah Digelar", "Jadwal KTP Keliling", "Lomba Kampung Bersih",
             "Pengumuman CPNS", "Agenda Wali Kota", "Indeks Berita"]
    assert not classifier.classify("Berita Terkini Pemkot Surabaya", "\n".join(lines)).relevant


def test_english_article(classifier):
    verdict = classifier.classify(
        "Bandung and Liuzhou Sign Letter of Intent",
        "The Bandung city government and the Liuzhou municipal government in China signed a "
        "letter of intent to become sister cities. The Mayor of Bandung signed it.")
    assert verdict.relevant
    assert verdict.partners[0] == Partner("Liuzhou", "CN", "city")
    assert verdict.stage == "loi"
    assert verdict.indonesian_party == IndonesianParty("Kota Bandung", "32.73")


def test_threshold_override(classifier):
    score = classifier.classify(*SHANGHAI).score
    strict = Classifier.from_config(threshold=min(score + 0.001, 1.0))
    assert not strict.classify(*SHANGHAI).relevant
    with pytest.raises(ValueError, match="threshold"):
        Classifier.from_config(threshold=1.5)


def test_extra_lexicon_adds_terms(tmp_path, classifier):
    title, body = "Pemkot Surabaya dan Kitakyushu Gelar Rapat", \
        "Wali Kota Surabaya dan Wali Kota Kitakyushu, Jepang, menggelar rapat daring."
    extra = tmp_path / "extra.toml"
    extra.write_text('[terms]\n"rapat daring" = { weight = 2.0, stage = "visit" }  # test\n',
                     encoding="utf-8")
    assert "rapat daring" not in classifier.classify(title, body).matched
    verdict = Classifier.from_config(extra_lexicon=str(extra)).classify(title, body)
    assert verdict.matched[0] == "rapat daring"
    assert verdict.relevant


def test_extra_lexicon_errors_name_the_term(tmp_path):
    extra = tmp_path / "bad.toml"
    extra.write_text('[terms]\n"kota kembar" = { weight = 1.0, stage = "wedding" }\n',
                     encoding="utf-8")
    with pytest.raises(ValueError, match="kota kembar"):
        Classifier.from_config(extra_lexicon=str(extra))


def test_classifier_pickles(classifier):
    clone = pickle.loads(pickle.dumps(classifier))
    assert clone.classify(*SHANGHAI) == classifier.classify(*SHANGHAI)


def test_verdict_checks_itself():
    with pytest.raises(ValueError, match="score"):
        Verdict(True, 1.5, (), (), (), None, None)
    with pytest.raises(ValueError, match="stage"):
        Verdict(True, 0.9, (), (), (), "wedding", None)


# --- the labelled cases and the pinned figures ---------------------------------------------

def test_case_files_are_well_formed():
    dev, held = bench.load_cases("dev.jsonl"), bench.load_cases("heldout.jsonl")
    cases = dev + held
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)) >= 100
    assert sum(c["relevant"] for c in cases) >= 40
    assert sum(not c["relevant"] for c in cases) >= 40
    assert sum(c["category"] == "near_miss" for c in cases) >= 25
    assert len(held) >= len(cases) // 3
    for case in cases:
        assert case["relevant"] == (case["category"] == "on_topic"), case["id"]
        if case["relevant"]:
            assert case["stage"] in STAGES, case["id"]
            assert len(case["partner"]["country"]) == 2, case["id"]
    assert len(bench.load_cases("hard_negatives.jsonl")) >= 100
    blind = bench.load_cases("blind.jsonl")
    assert not {c["id"] for c in blind} & set(ids)
    for case in blind:
        assert case["relevant"] == (case["category"] == "on_topic"), case["id"]


@pytest.mark.parametrize("part", ["dev", "heldout", "blind", "realworld/dev", "realworld/dev2",
                                  "realworld/dev3", "realworld/dev4", "realworld/dev5",
                                  "realworld/heldout", "realworld/blind", "realworld/blind2",
                                  "realworld/blind3", "realworld/blind4"])
def test_quality_does_not_drop(classifier, part):
    result = bench.evaluate(classifier, bench.load_cases(f"{part}.jsonl"))
    pinned = BASELINE[part]
    for figure in ("precision", "recall", "partner_accuracy", "stage_accuracy"):
        assert result[figure] >= pinned[figure] - 1e-9, (figure, result["errors"])


def test_the_real_texts_are_split_and_labelled_whole():
    """tests/relevance/realworld: every text has its URL and reason, on-topic ones their
    region code, partner and stage; no URL is in two parts."""
    regions = set(region_table())
    seen: set[str] = set()
    for part in ("dev", "dev2", "dev3", "dev4", "dev5", "heldout", "blind", "blind2", "blind3",
                 "blind4"):
        cases = bench.load_cases(f"realworld/{part}.jsonl")
        assert sum(c["relevant"] for c in cases) >= 20
        urls = {c["url"] for c in cases}
        assert not urls & seen, part
        seen |= urls
        for case in cases:
            assert case["excerpt"] is True, case["id"]
            assert case["url"].startswith("http"), case["id"]
            assert case["reason"].strip(), case["id"]
            assert len(case["text"]) >= 300, case["id"]
            if case["relevant"]:
                assert case["region_code"] in regions, case["id"]
                assert case["stage"] in STAGES, case["id"]
                assert len(case["partner"]["country"]) == 2, case["id"]
    assert len(seen) >= 1150


def test_every_hard_negative_is_rejected(classifier):
    rejected, wrong = bench.rejection(classifier, bench.load_cases("hard_negatives.jsonl"))
    assert wrong == [], [case_id for case_id, _ in wrong]
    assert rejected >= BASELINE["hard_negatives_rejected"]


@pytest.mark.skipif(not bench.HAYSTACK.is_dir(),
                    reason=f"IndoSum haystack not found at {bench.HAYSTACK}")
def test_no_false_positive_on_the_haystack(classifier):
    result = bench.haystack(classifier)
    assert result["articles"] >= 3400
    assert len(result["false_positives"]) <= BASELINE["haystack_false_positives"], \
        [doc_id for doc_id, _ in result["false_positives"]]


def test_a_letter_of_intent_crawled_from_an_infopublik_page_is_stage_loi(classifier):
    """The crawl path: the page's lead line (": Kerja sama ditandai dengan penandatanganan
    Letter of Intent ...") goes to the description, so the body's first sentence with a
    stage term lists what the cooperation covers ("guna mendorong ... pertukaran
    budaya"): a scope, not a programme; the signing in the next sentence names the stage."""
    from crawler.extract.article import extract

    page = ROOT / "tests" / "pages" / "infopublik-chungcheongnam.html"
    found = extract(page.read_bytes(), "https://infopublik.id/kategori/nusantara/912345/x")
    assert found is not None
    verdict = classifier.classify(found.title or "", found.text)
    assert verdict.relevant
    assert verdict.stage == "loi"


def test_an_agreements_scope_is_not_its_stage(classifier):
    scope = classifier.classify(
        "Pemkot Ternate dan Mokpo Jalin Kerja Sama",
        "Pemerintah Kota Ternate menjalin kerja sama dengan Pemerintah Kota Mokpo, Korea "
        "Selatan, guna mendorong pertukaran pelajar dan pertukaran budaya. Kerja sama "
        "ditandai penandatanganan nota kesepahaman oleh Wali Kota Ternate di Mokpo.")
    held = classifier.classify(
        "Pelajar Ternate Ikuti Pertukaran Pelajar di Mokpo",
        "Sebanyak 20 pelajar Kota Ternate mengikuti pertukaran pelajar di Kota Mokpo, Korea "
        "Selatan, dalam rangka kerja sama kota kembar yang diteken Pemerintah Kota Ternate.")
    assert scope.stage == "mou"
    assert held.stage == "programme"


def test_matched_holds_only_terms_that_count_for_the_article(classifier):
    verdict = classifier.classify(
        "Pemkot Ternate dan Mokpo Teken Kota Kembar",
        "Pemerintah Kota Ternate dan Pemerintah Kota Mokpo, Korea Selatan, menandatangani "
        "nota kesepahaman kota kembar. Sejumlah perusahaan perikanan ikut hadir.")
    against = {e.term for e in verdict.evidence if e.weight < 0}
    assert "perusahaan" in against
    assert not against & set(verdict.matched)
    assert "kota kembar" in verdict.matched


def test_a_region_named_as_a_place_is_not_a_government_acting(classifier):
    """"Kampus di Karawang": the headline names where a university is, not a regency
    cooperating; with a government title ("Pemkab Karawang") it is one."""
    body = ("Universitas swasta di Karawang menjalin kerja sama pertukaran mahasiswa dengan "
            "universitas di Kota Busan, Korea Selatan, dan menandatangani nota kesepahaman.")
    place = classifier.classify("Kampus di Karawang Jalin Kerja Sama dengan Busan", body)
    actor = classifier.classify("Pemkab Karawang Jalin Kerja Sama dengan Busan", body)
    assert place.score < actor.score
    assert not place.relevant


def test_a_foreign_government_of_no_stated_level_is_a_local_government(classifier):
    verdict = classifier.classify(
        "Riau dan Malaysia Bentuk Panitia Bersama",
        "Pemerintah Provinsi Riau dan Pemerintah Melaka, Malaysia, menyepakati pembentukan "
        "panitia bersama untuk layanan penyeberangan. Kedua pemerintah juga akan bekerja "
        "sama di bidang pariwisata.")
    assert verdict.relevant
    assert any(e.term == "[foreign local government]" for e in verdict.evidence)
    assert "bekerja sama" in verdict.matched


def test_a_company_as_the_foreign_side_is_not_a_partnership(classifier):
    verdict = classifier.classify(
        "Bupati Belitung dan Investor Beijing Teken MoU",
        "Bupati Belitung menandatangani memorandum of understanding (MoU) kerja sama dengan "
        "Beijing Tianhe Holding dari Tiongkok di Tanjung Pandan. Penandatanganan MoU itu "
        "membuka jalan pembangunan kawasan industri dan pelabuhan.")
    assert not verdict.relevant


def test_an_embassy_as_the_foreign_side_weighs_less_than_a_city(classifier):
    text = ("Gubernur Kepulauan Riau menerima kunjungan {who} di Tanjungpinang untuk menjajaki "
            "kerja sama pariwisata. Penjajakan itu diharapkan berlanjut dengan kunjungan "
            "delegasi dari Dubai ke Batam.")
    mission = classifier.classify("Gubernur Kepri Jajaki Kerja Sama Pariwisata",
                                  text.format(who="Duta Besar Uni Emirat Arab"))
    city = classifier.classify("Gubernur Kepri Jajaki Kerja Sama Pariwisata",
                               text.format(who="Wali Kota Dubai, Uni Emirat Arab"))
    assert city.relevant
    assert mission.score <= 0.6 * city.score


def test_a_sister_city_headline_keeps_its_article_whoever_else_it_names(classifier):
    verdict = classifier.classify(
        "Perbarui MoU Sister City Jayapura dan Vanimo",
        "Pemerintah Kota Jayapura memperbarui nota kesepahaman sister city dengan Kota "
        "Vanimo, Papua Nugini. Penandatanganan disaksikan Konsulat Papua Nugini di Jayapura.")
    assert verdict.relevant


def test_an_unknown_kind_of_cue_is_refused(tmp_path):
    from crawler.config.settings import ConfigError

    extra = tmp_path / "lexicon.toml"
    extra.write_text('[cues]\nweather = ["hujan"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown kind 'weather'"):
        Classifier.from_config(extra_lexicon=str(extra))


def test_a_consul_who_comes_to_discuss_a_named_sister_city_is_on_topic(classifier):
    """The diplomatic-mission gate gives way when the body's lead frames a sister relation
    with a foreign city it names; a consul's courtesy call without one stays off topic."""
    title = "Pemerintah Kota Manado Terima Konsulat Filipina"
    lead = ("Kunjungan kerja Konsulat Jenderal Filipina ke Kota Manado pada Senin bertujuan "
            "membahas perjanjian sister city antara Kota Manado dan Davao. Konsul berharap "
            "kedua kota bekerja sama di bidang sosial, budaya, pendidikan dan pariwisata. ")
    filler = ("Kedua kota dinilai mampu menarik wisatawan mancanegara dan investor dari kedua "
              "negara. ")  # off-topic words, as a tourism-minded sister city's news has
    assert classifier.classify(title, lead + filler * 3).relevant  # 0.23 before the rule
    courtesy = ("Konsul Jenderal Filipina melakukan kunjungan kehormatan kepada Wali Kota Manado "
                "pada Senin untuk memperkenalkan diri dan berbincang tentang pariwisata. ")
    assert not classifier.classify(title, courtesy + filler * 3).relevant
