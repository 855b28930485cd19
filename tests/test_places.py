"""Place recognition: foreign partners, the Indonesian party, and what must never match."""

import csv
import pickle
from pathlib import Path

import pytest

from crawler.config.regions import regions
from crawler.relevance.gazetteer import Gazetteer
from crawler.relevance.places import IndonesianParty, Partner

SHARED = Path(__file__).resolve().parents[2] / "shared"
REGIONS_CSV = Path(__file__).resolve().parents[1] / "crawler/config/data/indonesia_regions.csv"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def first_partner(gazetteer: Gazetteer, title: str, body: str = "") -> Partner | None:
    partners = gazetteer.find(title, body).partners
    return partners[0] if partners else None


def test_shanghai_is_a_city_of_china(gazetteer):
    report = gazetteer.find(
        "Pj Gubernur DKI Terima Kunjungan Wali Kota Shanghai, Bahas Kerja Sama Kota",
        "DKI Jakarta menjalin kerja sama kota bersahabat dengan Kota Shanghai, "
        "Republik Rakyat Tiongkok (RRT), sejak 2020.")
    assert report.partners[0] == Partner("Shanghai", "CN", "city")
    assert report.foreign_local_government


def test_chungcheongnam_do_is_a_korean_province(gazetteer):
    report = gazetteer.find(
        "Pemprov DKI Jakarta dan Chungcheongnam-do Korea Selatan Jalin Kerja Sama",
        "Gubernur DKI Jakarta dan Gubernur Chungcheongnam-do menandatangani LoI.")
    assert report.partners[0] == Partner("Chungcheongnam-do", "KR", "region")
    assert all(p.country == "KR" for p in report.partners)  # Korea is covered by the region


@pytest.mark.skipif(not (SHARED / "samples").is_dir(),
                    reason=f"shared samples not found at {SHARED / 'samples'}")
@pytest.mark.parametrize(("sample", "expected"), [
    ("000_60a249d03ecf93bf.txt", Partner("Shanghai", "CN", "city")),
    ("004_d4368500bdaf946c.txt", Partner("Chungcheongnam-do", "KR", "region")),
])
def test_shared_samples_first_partner(gazetteer, sample, expected):
    text = (SHARED / "samples" / sample).read_text(encoding="utf-8")
    assert gazetteer.find("", text).partners[0] == expected


@pytest.mark.parametrize(("name", "country"), [
    ("Jepang", "JP"), ("Tiongkok", "CN"), ("Korea Selatan", "KR"), ("Belanda", "NL"),
    ("RRT", "CN"), ("Korsel", "KR"), ("Negeri Sakura", "JP"), ("Amerika Serikat", "US"),
    ("Jerman", "DE"), ("Selandia Baru", "NZ"), ("Arab Saudi", "SA"), ("Inggris", "GB"),
])
def test_indonesian_country_names(gazetteer, name, country):
    partner = first_partner(gazetteer, f"Pemkot Bandung Jalin Kerja Sama dengan {name}")
    assert (partner.country, partner.kind) == (country, "country")


def indonesian_names() -> list[str]:
    names = []
    for region in regions().values():
        name = region.name
        names.append(name)
        for prefix in ("Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten "):
            if name.startswith(prefix):
                names.append(name.removeprefix(prefix))
                break
    return names


def test_region_list_is_complete():
    rows = [r for r in REGIONS_CSV.read_text("utf-8").splitlines() if not r.startswith("#")]
    codes = [row["code"] for row in csv.DictReader(rows)]
    assert sum("." not in c for c in codes) == 38
    assert sum("." in c for c in codes) == 514
    assert len(set(codes)) == len(codes) == len(regions())
    kinds = [r.kind for r in regions().values()]
    assert (kinds.count("province"), kinds.count("regency"), kinds.count("city")) == (38, 416, 98)


def test_indonesian_places_are_never_foreign(gazetteer):
    foreign = {name: [p for p in gazetteer.lookup(name) if p.country != "ID"]
               for name in indonesian_names()}
    assert not {n: p for n, p in foreign.items() if p}
    for name in ("Bali", "Nusantara", "Batam", "Java", "Sumatra", "Papua", "Timor", "Malaka"):
        assert all(p.country == "ID" for p in gazetteer.lookup(name)), name


def test_indonesian_text_gives_no_foreign_partner(gazetteer):
    body = ("Wali Kota Batu dan Bupati Malang meninjau banjir di Kota Batu, Jawa Timur. "
            "Gubernur Bali, Wali Kota Medan, Bupati Sorong dan Pemkot Padang hadir. "
            "Warga Nusantara dari Aceh hingga Papua ikut membantu.")
    assert gazetteer.find("Banjir Rendam Kota Batu", body).partners == ()


@pytest.mark.parametrize("word", [
    "Of", "Nice", "Mobile", "Hope", "Kota", "Batu", "Bali", "Kami", "Lima", "Surat", "Kita",
    "Sandi", "Gaya", "Mandi", "Bandar", "Split", "Reading", "Orange", "Victory",
])
def test_common_words_are_never_partners(gazetteer, word):
    title = f"{word} Bersama Untuk Semua"
    body = f"{word} adalah kata yang sering dipakai. Kata {word.lower()} juga. {word} Of Hope."
    assert gazetteer.find(title, body).partners == ()


def test_people_after_titles_are_not_places(gazetteer):
    # "Aher" is an alternate name of Ahar (Iran); "Gubernur" must not make it a partner.
    body = "Gubernur Aher menghadiri acara. Wakil Gubernur Sandi dan Wali Kota Risma hadir."
    assert gazetteer.find("Gubernur Aher Buka Festival", body).partners == ()


def test_streets_and_buildings_are_not_places(gazetteer):
    body = "Acara digelar di Jalan Casablanca dan Hotel Paris, dekat Universitas Tokyo."
    assert gazetteer.find("Agenda Hari Ini", body).partners == ()


def test_city_needs_support_when_small(gazetteer):
    # Montana, Bulgaria (47,000 people): kept when its country is named, not otherwise.
    assert first_partner(gazetteer, "Surakarta dan Montana, Bulgaria, Perkuat Kerja Sama") == \
        Partner("Montana", "BG", "city")
    assert first_partner(gazetteer, "Pameran Seni Montana Dibuka") is None


def test_partner_hint_chooses_region_or_city(gazetteer):
    assert first_partner(gazetteer, "Pemprov Jatim dan Prefektur Osaka Teken MoU") == \
        Partner("Osaka", "JP", "region")
    assert first_partner(gazetteer, "Pemkot Surabaya dan Kota Osaka Teken MoU") == \
        Partner("Osaka", "JP", "city")


@pytest.mark.parametrize(("text", "party"), [
    ("Pemprov DKI menerima delegasi.", IndonesianParty("DKI Jakarta", "31")),
    ("Pemerintah Kota Bandung menerima delegasi.", IndonesianParty("Kota Bandung", "32.73")),
    ("Bupati Bandung menerima delegasi.", IndonesianParty("Kabupaten Bandung", "32.04")),
    ("Gubernur Jawa Barat menerima delegasi.", IndonesianParty("Jawa Barat", "32")),
    ("Wali Kota Surabaya menerima delegasi.", IndonesianParty("Kota Surabaya", "35.78")),
    ("Bupati Banyuwangi menerima delegasi.", IndonesianParty("Kabupaten Banyuwangi", "35.10")),
    ("The East Java provincial government received them.", IndonesianParty("Jawa Timur", "35")),
    ("Pemkot Batu menerima delegasi.", IndonesianParty("Kota Batu", "35.79")),
    ("Gubernur DIY menerima delegasi.", IndonesianParty("DI Yogyakarta", "34")),
    ("Pemprov Papua Barat Daya menerima delegasi.", IndonesianParty("Papua Barat Daya", "96")),
])
def test_indonesian_party_and_code(gazetteer, text, party):
    report = gazetteer.find("", text)
    assert report.party == party
    assert report.party_governed


def test_bare_word_names_do_not_make_a_party(gazetteer):
    # "Buru" (hunt) and "Serang" (attack) are regencies/cities and also verbs.
    report = gazetteer.find("Malaysia Buru Pelaku", "Polisi serang markas. Serang balik.")
    assert report.party is None


def test_value_objects_check_themselves():
    with pytest.raises(ValueError, match="kind"):
        Partner("Shanghai", "CN", "metropolis")
    with pytest.raises(ValueError, match="alpha-2"):
        Partner("Shanghai", "CHN", "city")
    with pytest.raises(ValueError, match="region code"):
        IndonesianParty("Kota Bandung", "3273")


def test_gazetteer_pickles_cheaply(gazetteer):
    data = pickle.dumps(gazetteer)
    assert len(data) < 200
    assert pickle.loads(data) is gazetteer  # rebuilt from the process-wide cache


def test_an_indonesian_word_is_no_town_even_with_its_country_named(gazetteer):
    # "Kami" (we) is also a town in Japan; "Seremban" is also in the Indonesian dictionary
    report = gazetteer.find(
        "Pemkot Surabaya dan Kitakyushu Perkuat Kerja Sama",
        "Pemerintah Kota Surabaya dan Pemerintah Kota Kitakyushu, Jepang, memperkuat kerja "
        "sama. “Kami belajar banyak dari Kitakyushu,” kata Wali Kota.")
    assert [p.name for p in report.partners] == ["Kitakyushu"]
    seremban = gazetteer.find("", "Pemkot Bukittinggi dan Majlis Bandaraya Seremban, "
                                  "Malaysia, mengevaluasi kerja sama kota kembar.")
    assert [(p.name, p.country) for p in seremban.partners] == [("Seremban", "MY")]


@pytest.mark.parametrize(("text", "partner"), [
    ("Pemkab Bogor menandatangani LoI dengan Hamyang-gun, Korea Selatan.",
     ("Hamyang-gun", "KR", "region")),
    ("Kota Sabang bekerja sama dengan Kota Vaxholm, Swedia, di bidang pariwisata.",
     ("Vaxholm", "SE", "city")),
    ("Wali Kota Jayapura menerima delegasi dari Kota Kiunga, Papua Nugini.",
     ("Kiunga", "PG", "city")),
])
def test_a_town_no_gazetteer_lists_is_found_by_its_title_and_country(gazetteer, text, partner):
    report = gazetteer.find("", text)
    assert report.partners[0] == Partner(*partner)
    assert report.foreign_local_government


@pytest.mark.parametrize("text", [
    "Kota Tua, Jakarta, ramai dikunjungi wisatawan saat libur.",  # Indonesian places
    "Kota Bandung, Jawa Barat, menggelar festival.",
    "Wali Kota Eri Cahyadi, Jepang dan Korea disebut dalam pidatonya.",  # no title + name + country
])
def test_no_unlisted_town_without_a_foreign_country_beside_it(gazetteer, text):
    assert not any(p.kind != "country" for p in gazetteer.find("", text).partners)


def test_a_province_in_a_firms_name_is_no_partner(gazetteer):
    report = gazetteer.find("", "PT Zhejiang Energy dan Shandong Group menandatangani nota "
                                "kesepahaman dengan Pemprov Bali; Tiongkok tidak hadir.")
    assert all(p.kind == "country" for p in report.partners)
    assert not report.foreign_local_government


def test_two_places_joined_by_a_hyphen_are_both_found(gazetteer):
    report = gazetteer.find("Kerja Sama Sister City Surabaya-Busan Diperpanjang", "")
    assert Partner("Busan", "KR", "city") in report.partners
    assert report.party == IndonesianParty("Kota Surabaya", "35.78")
    kept_whole = gazetteer.find("", "Gubernur Chungcheongnam-do tiba di Jakarta.")
    assert kept_whole.partners[0].name == "Chungcheongnam-do"


def test_a_country_two_sources_name_still_counts_as_named(gazetteer):
    # "Papua Nugini" is in pycountry's translations and in places.toml; a small listed
    # town of that country is kept because the article names the country
    report = gazetteer.find("", "Wali Kota Jayapura menerima delegasi dari Kota Vanimo, "
                                "Papua Nugini.")
    assert report.partners[0] == Partner("Vanimo", "PG", "city")
    assert report.foreign_local_government


@pytest.mark.parametrize(("text", "country"), [
    ("Tiga Walikota asal PNG mendatangi Kantor Walikota Jayapura.", "PG"),
    ("Gubernur NTT menjajaki kerja sama dengan RDTL.", "TL"),
])
def test_press_abbreviations_of_neighbouring_countries(gazetteer, text, country):
    assert [p.country for p in gazetteer.find("", text).partners] == [country]
    # in lower case the letters are a word, not the country
    assert not gazetteer.find("", text.replace("PNG", "png").replace("RDTL", "rdtl")).partners


def test_the_oecusse_exclave_is_a_foreign_region(gazetteer):
    report = gazetteer.find("", "Gubernur NTT bertemu Presiden Otoritas Khusus Oecussi, "
                                "Timor Leste, untuk menjajaki kerja sama.")
    assert report.partners[0] == Partner("Oé-Cusse Ambeno", "TL", "region")


@pytest.mark.parametrize(("name", "partner", "country"), [
    ("Chungcheong Utara", "Chungcheongbuk-do", "KR"),  # the Indonesian press's translation
    ("North Chungcheong", "Chungcheongbuk-do", "KR"),
    ("Jeolla Selatan", "Jeollanam-do", "KR"),
    ("Australia Barat", "Western Australia", "AU"),
    ("Carolina Utara", "North Carolina", "US"),
])
def test_compass_named_regions_are_found_in_indonesian(gazetteer, name, partner, country):
    report = gazetteer.find("", f"Gubernur menerima delegasi Provinsi {name} di kantornya.")
    assert (report.partners[0].name, report.partners[0].country) == (partner, country)


def test_indonesian_provinces_keep_their_compass_names(gazetteer):
    report = gazetteer.find("", "Gubernur Sulawesi Utara menerima delegasi dari Busan.")
    assert report.party is not None
    assert report.party.name == "Sulawesi Utara"


def test_a_province_a_few_words_before_a_firm_word_is_a_firms_name(gazetteer):
    report = gazetteer.find("", "Perusahaan Jilin HOROC Nonferrous Metal Group Co Ltd "
                                "menandatangani nota kesepahaman dengan Pemprov Sultra.")
    assert not [p for p in report.partners if p.name == "Jilin"]


def test_bare_korea_is_the_south_so_a_korean_town_named_like_a_word_counts(gazetteer):
    """"Andong" is also an Indonesian word (a horse cart): a town of that name counts
    with a title and its country named, and bare "Korea", which pycountry also gives
    the North, names the South as places.toml says."""
    report = gazetteer.find("", "Sekda Kota Surakarta menerima delegasi Pemerintah Kota "
                                "Andong, Korea, untuk mempererat kerja sama kedua kota.")
    assert Partner("Andong", "KR", "city") in report.partners
    plain = gazetteer.find("", "Warga naik andong keliling Kota Surakarta bersama tamu "
                               "dari Korea.")
    assert not [p for p in plain.partners if p.kind == "city"]


@pytest.mark.parametrize(("name", "partner"), [("Serawak", "Sarawak"),
                                                ("Johor Baru", "Johor Bahru")])
def test_the_indonesian_spellings_of_malaysian_places(gazetteer, name, partner):
    report = gazetteer.find("", f"Gubernur Kalimantan Barat menerima rombongan {name}, "
                                "Malaysia, untuk menjajaki kerja sama.")
    assert report.partners[0].name == partner


def test_the_end_of_a_longer_name_is_no_town(gazetteer):
    """"Ruang Pertemuan Kertha Sabha" is a hall in Denpasar, not Sabha in Libya, and
    "Gubernur Bali Wayan Koster" a person, though both stand near an MoU."""
    report = gazetteer.find("", "Penandatanganan MoU kerja sama berlangsung di Ruang Pertemuan "
                                "Kertha Sabha, disaksikan Gubernur Bali Wayan Koster.",
                            anchors=(0,))
    assert not report.partners
    # the same town standing alone near the MoU still counts
    alone = gazetteer.find("", "Penandatanganan MoU kerja sama dengan Sabha berlangsung "
                               "kemarin.", anchors=(0,))
    assert [p.name for p in alone.partners] == ["Sabha"]


@pytest.mark.parametrize("text", [
    "Gubernur Kaltim menerima kunjungan Ketua Menteri Sabah, Malaysia, dan rombongan.",
    "Gubernur Sumut menjamu Yang Dipertua Negeri Pulau Pinang, Malaysia, dan rombongan.",
])
def test_a_malaysian_states_heads_name_a_government(gazetteer, text):
    report = gazetteer.find("", text)
    assert report.foreign_local_government


def test_a_korean_county_capitalised_is_still_a_county(gazetteer):
    report = gazetteer.find("", "Pemkab Cirebon menjalin kerja sama dengan Pemerintah "
                                "Haman-Gun, Korea Selatan, di bidang pertanian.")
    assert Partner("Haman-Gun", "KR", "region") in report.partners


@pytest.mark.parametrize("text", [
    "Universitas Muhammadiyah Malang menandatangani MoU dengan Shimonoseki City University.",
    "Mahasiswa magang di Kyoto University dan Osaka Hospital selama tiga bulan.",
    "Malaysia melirik investasi di lokasi calon Ibu Kota Baru Indonesia.",
    "Ibu Victoria, warga Sleman, menjadi relawan pada acara kerja sama itu.",
])
def test_an_institution_a_capital_or_a_person_named_after_a_town_is_no_partner(gazetteer,
                                                                                text):
    report = gazetteer.find("", text)
    assert not [p for p in report.partners if p.kind != "country"]


def test_a_malay_government_names_its_state(gazetteer):
    report = gazetteer.find("", "Gubernur Bangka Belitung bertemu Deputi Kerajaan Selangor "
                                "membahas sister province.")
    assert Partner("Selangor", "MY", "region") in report.partners
