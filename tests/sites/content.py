"""What the local test sites publish: articles as data, themes render them.

The two sample articles of ../shared/samples/ come from the saved-page corpus
(``tests/pages/*.json``: paragraphs written by hand from the samples with the junk
removed), so the gold text lives in one place. The other articles are invented,
written like Indonesian regional news: on-topic ones name a real foreign partner,
off-topic ones are the hard cases the relevance step must reject (a flood, a
budget "Nota Kesepakatan", an MoU between two Indonesian regions, a friendly
match, a company MoU, national diplomacy, foreign tourists).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

WIB = timezone(timedelta(hours=7))
PAGES = Path(__file__).resolve().parents[1] / "pages"


@dataclass(frozen=True)
class Article:
    """One article a test site publishes; ``path`` is given by the site that serves it."""

    slug: str
    title: str
    paragraphs: tuple[str, ...]
    published: datetime
    author: str
    on_topic: bool
    partner: tuple[str, str] | None = None  # (name, ISO country) of the first partner
    lead: str | None = None  # InfoPublik's ": ..." lead line, shown above the body
    subheadings: tuple[int, ...] = ()  # indexes of paragraphs that are subheadings
    path: str = ""


def _saved(case: str) -> dict:
    return json.loads((PAGES / f"{case}.json").read_text(encoding="utf-8"))


def _shanghai() -> Article:
    gold = _saved("teropongnews-shanghai")
    return Article(
        slug="pj-gubernur-dki-terima-kunjungan-wali-kota-shanghai-bahas-kerja-sama-kota",
        title=gold["title"], paragraphs=tuple(gold["paragraphs"]),
        published=datetime.fromisoformat(gold["published_at"]), author=gold["author"],
        on_topic=True, partner=("Shanghai", "CN"),
    )


def _chungcheongnam() -> Article:
    gold = _saved("infopublik-chungcheongnam")
    paragraphs = tuple(gold["paragraphs"])
    return Article(
        slug="pemprov-dki-jakarta-dan-chungcheongnam-do-korea-selatan-jalin-kerja-sama",
        title=gold["title"], paragraphs=paragraphs,
        published=datetime.fromisoformat(gold["published_at"]), author=gold["author"],
        on_topic=True, partner=("Chungcheongnam-do", "KR"), lead=gold["description"],
        subheadings=(paragraphs.index("Apresiasi terhadap Inovasi Jakarta"),),
    )


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=WIB)


def outlet_articles() -> list[Article]:
    """A WordPress news outlet in Jakarta (teropongnews.com-like)."""
    return [
        _shanghai(),
        Article(
            slug="jakarta-dan-seoul-perkuat-kerja-sama-transportasi-kota-bersahabat",
            title="Jakarta dan Seoul Perkuat Kerja Sama Transportasi Kota Bersahabat",
            paragraphs=(
                "TEROPONGNEWS.COM, JAKARTA – Pemerintah Provinsi DKI Jakarta dan Pemerintah "
                "Metropolitan Seoul, Korea Selatan, sepakat memperkuat kerja sama kota "
                "bersahabat di bidang transportasi massal.",
                "Kesepakatan itu dibahas saat delegasi Seoul Metropolitan Government "
                "berkunjung ke Balai Kota Jakarta, Senin (15/5/2023), dalam rangka peringatan "
                "kerja sama sister city Jakarta-Seoul yang dimulai sejak 1984.",
                "Kedua kota akan bertukar tenaga ahli untuk pengelolaan bus rapid transit dan "
                "integrasi tarif, serta menyiapkan program pelatihan bagi aparatur sipil "
                "negara Dinas Perhubungan DKI di Seoul.",
                "Kerja sama ini diharapkan membantu Jakarta menata angkutan umum yang "
                "terintegrasi menjelang peralihan status ibu kota.",
            ),
            published=_at("2023-05-15T14:05:00"), author="Hendra", on_topic=True,
            partner=("Seoul", "KR"),
        ),
        Article(
            slug="banjir-rendam-ratusan-rumah-di-jakarta-timur-warga-mengungsi",
            title="Banjir Rendam Ratusan Rumah di Jakarta Timur, Warga Mengungsi",
            paragraphs=(
                "TEROPONGNEWS.COM, JAKARTA – Hujan deras yang mengguyur sejak dini hari "
                "membuat Kali Ciliwung meluap dan merendam ratusan rumah di Kampung Melayu.",
                "Badan Penanggulangan Bencana Daerah DKI mencatat ketinggian air mencapai "
                "1,5 meter dan sekitar 400 warga mengungsi ke masjid dan sekolah terdekat.",
                "Petugas gabungan mendirikan dapur umum dan posko kesehatan, sementara "
                "pompa air dikerahkan untuk mempercepat surutnya genangan.",
            ),
            published=_at("2023-04-20T06:40:00"), author="Rina", on_topic=False,
        ),
        Article(
            slug="persija-tundukkan-klub-jepang-dalam-laga-persahabatan-di-gbk",
            title="Persija Tundukkan Klub Jepang dalam Laga Persahabatan di GBK",
            paragraphs=(
                "TEROPONGNEWS.COM, JAKARTA – Persija Jakarta menang 2-1 atas klub Jepang "
                "Cerezo Osaka dalam laga persahabatan di Stadion Utama Gelora Bung Karno.",
                "Pelatih Persija menyebut laga uji coba itu penting untuk persiapan tim "
                "menghadapi musim baru Liga 1.",
                "Sekitar 30 ribu suporter memadati stadion meski pertandingan digelar pada "
                "malam hari kerja.",
            ),
            published=_at("2023-04-18T21:30:00"), author="Bima", on_topic=False,
        ),
        Article(
            slug="bumd-dki-teken-mou-dengan-investor-singapura-untuk-gudang-logistik",
            title="BUMD DKI Teken MoU dengan Investor Singapura untuk Gudang Logistik",
            paragraphs=(
                "TEROPONGNEWS.COM, JAKARTA – PT Jakarta Propertindo menandatangani nota "
                "kesepahaman dengan sebuah perusahaan logistik asal Singapura untuk "
                "membangun gudang berpendingin di kawasan Marunda.",
                "Direktur utama perusahaan menyebut investasi itu bernilai sekitar Rp 1,2 "
                "triliun dan akan menyerap 800 tenaga kerja.",
                "Pembangunan gudang ditargetkan rampung dalam dua tahun.",
            ),
            published=_at("2023-04-12T10:00:00"), author="Rina", on_topic=False,
        ),
    ]


def government_articles() -> list[Article]:
    """A city government's news portal with a paginated listing (Surabaya)."""
    return [
        Article(
            slug="pemkot-surabaya-dan-kitakyushu-perkuat-kerja-sama-pengelolaan-sampah",
            title="Pemkot Surabaya dan Kitakyushu Perkuat Kerja Sama Pengelolaan Sampah",
            paragraphs=(
                "SURABAYA – Pemerintah Kota Surabaya dan Pemerintah Kota Kitakyushu, Jepang, "
                "memperkuat kerja sama kota bersahabat di bidang pengelolaan sampah dan "
                "lingkungan hidup.",
                "Wali Kota Surabaya menerima delegasi Kitakyushu di Balai Kota, Selasa "
                "(13/5/2025). Kedua kota sepakat melanjutkan program pengomposan skala "
                "kampung yang dirintis bersama sejak 2012.",
                "Dalam kerja sama ini, Kitakyushu akan melatih petugas Dinas Lingkungan "
                "Hidup Surabaya dalam pemilahan sampah dan pengolahan limbah menjadi energi.",
                "“Kami belajar banyak dari Kitakyushu yang dulu pernah menjadi kota paling "
                "tercemar di Jepang,” kata Wali Kota.",
            ),
            published=_at("2025-05-13T15:20:00"), author="Dimas", on_topic=True,
            partner=("Kitakyushu", "JP"),
        ),
        Article(
            slug="surabaya-jajaki-kerja-sama-sister-city-dengan-liverpool",
            title="Surabaya Jajaki Kerja Sama Sister City dengan Liverpool",
            paragraphs=(
                "SURABAYA – Pemerintah Kota Surabaya menjajaki kerja sama sister city dengan "
                "Kota Liverpool, Inggris, di bidang pengembangan kota pelabuhan dan "
                "ekonomi kreatif.",
                "Penjajakan dibahas dalam pertemuan Wali Kota Surabaya dengan Wakil Wali Kota "
                "Liverpool yang berkunjung ke Surabaya, Kamis (8/5/2025).",
                "Kedua pihak menargetkan penandatanganan Letter of Intent pada akhir tahun "
                "setelah kajian bersama selesai.",
            ),
            published=_at("2025-05-08T11:00:00"), author="Dimas", on_topic=True,
            partner=("Liverpool", "GB"),
        ),
        Article(
            slug="dprd-dan-pemkot-surabaya-sepakati-nota-kesepakatan-kua-ppas-2026",
            title="DPRD dan Pemkot Surabaya Sepakati Nota Kesepakatan KUA-PPAS 2026",
            paragraphs=(
                "SURABAYA – DPRD Kota Surabaya dan Pemerintah Kota Surabaya menandatangani "
                "Nota Kesepakatan Kebijakan Umum Anggaran serta Prioritas dan Plafon "
                "Anggaran Sementara (KUA-PPAS) tahun anggaran 2026.",
                "Penandatanganan dilakukan dalam rapat paripurna di gedung DPRD, Senin "
                "(12/5/2025). Belanja daerah diproyeksikan mencapai Rp 12 triliun.",
                "Ketua DPRD meminta pemerintah kota memprioritaskan perbaikan saluran air dan "
                "layanan kesehatan dasar.",
            ),
            published=_at("2025-05-12T16:45:00"), author="Ayu", on_topic=False,
        ),
        Article(
            slug="surabaya-dan-sidoarjo-teken-kerja-sama-antardaerah-penanganan-banjir",
            title="Surabaya dan Sidoarjo Teken Kerja Sama Antardaerah Penanganan Banjir",
            paragraphs=(
                "SURABAYA – Pemerintah Kota Surabaya dan Pemerintah Kabupaten Sidoarjo "
                "menandatangani nota kesepahaman kerja sama antardaerah untuk penanganan "
                "banjir di wilayah perbatasan.",
                "Kerja sama itu mencakup normalisasi sungai, pembangunan rumah pompa, dan "
                "berbagi data curah hujan antara kedua daerah.",
                "Bupati Sidoarjo berharap kerja sama ini mengurangi genangan yang kerap "
                "melanda kawasan Waru setiap musim hujan.",
            ),
            published=_at("2025-05-10T09:30:00"), author="Ayu", on_topic=False,
        ),
        Article(
            slug="wali-kota-surabaya-tinjau-posyandu-dan-layanan-kesehatan-balita",
            title="Wali Kota Surabaya Tinjau Posyandu dan Layanan Kesehatan Balita",
            paragraphs=(
                "SURABAYA – Wali Kota Surabaya meninjau pelaksanaan posyandu di Kelurahan "
                "Wonokromo untuk memastikan layanan kesehatan balita berjalan baik.",
                "Ia meminta kader posyandu aktif mendata balita yang berisiko mengalami "
                "tengkes agar segera mendapat pendampingan gizi.",
                "Pemerintah kota menyiapkan makanan tambahan bergizi bagi balita dan ibu "
                "hamil di seluruh kelurahan.",
            ),
            published=_at("2025-05-07T08:15:00"), author="Rudi", on_topic=False,
        ),
        Article(
            slug="pemkot-surabaya-percepat-perbaikan-jalan-rusak-jelang-musim-hujan",
            title="Pemkot Surabaya Percepat Perbaikan Jalan Rusak Jelang Musim Hujan",
            paragraphs=(
                "SURABAYA – Dinas Sumber Daya Air dan Bina Marga Kota Surabaya mempercepat "
                "perbaikan jalan berlubang di sejumlah ruas utama.",
                "Perbaikan diprioritaskan di jalur padat seperti Jalan Ahmad Yani dan "
                "Jalan Kenjeran yang dilalui ribuan kendaraan setiap hari.",
                "Warga dapat melaporkan jalan rusak melalui aplikasi pengaduan milik "
                "pemerintah kota.",
            ),
            published=_at("2025-05-06T13:00:00"), author="Rudi", on_topic=False,
        ),
        Article(
            slug="delegasi-guangzhou-kunjungi-surabaya-rayakan-25-tahun-kota-kembar",
            title="Delegasi Guangzhou Kunjungi Surabaya, Rayakan 25 Tahun Kota Kembar",
            paragraphs=(
                "SURABAYA – Delegasi Pemerintah Kota Guangzhou, Tiongkok, berkunjung ke "
                "Surabaya untuk memperingati 25 tahun hubungan kota kembar kedua kota.",
                "Rombongan diterima Wali Kota Surabaya di Balai Kota dan menghadiri pameran "
                "budaya Tionghoa di Taman Bungkul, Senin (5/5/2025).",
                "Kedua kota sepakat menambah program pertukaran pelajar dan promosi "
                "pariwisata dalam rencana aksi kerja sama tahun depan.",
            ),
            published=_at("2025-05-05T10:10:00"), author="Dimas", on_topic=True,
            partner=("Guangzhou", "CN"),
        ),
        Article(
            slug="ribuan-pelari-ramaikan-surabaya-marathon-di-kawasan-tunjungan",
            title="Ribuan Pelari Ramaikan Surabaya Marathon di Kawasan Tunjungan",
            paragraphs=(
                "SURABAYA – Sekitar lima ribu pelari mengikuti Surabaya Marathon yang "
                "mengambil start dan finis di kawasan Tunjungan, Minggu pagi.",
                "Panitia menyiapkan kategori 5 kilometer, 10 kilometer, dan setengah "
                "maraton dengan rute melewati bangunan cagar budaya.",
                "Dinas Perhubungan mengalihkan arus lalu lintas selama lomba berlangsung.",
            ),
            published=_at("2025-05-04T07:00:00"), author="Ayu", on_topic=False,
        ),
        Article(
            slug="pemkot-surabaya-buka-pendaftaran-beasiswa-mahasiswa-berprestasi",
            title="Pemkot Surabaya Buka Pendaftaran Beasiswa Mahasiswa Berprestasi",
            paragraphs=(
                "SURABAYA – Pemerintah Kota Surabaya membuka pendaftaran beasiswa bagi "
                "mahasiswa berprestasi dari keluarga kurang mampu.",
                "Beasiswa mencakup biaya kuliah dan uang saku bulanan selama masa studi.",
                "Pendaftaran dibuka secara daring hingga akhir bulan depan.",
            ),
            published=_at("2025-05-02T09:00:00"), author="Rudi", on_topic=False,
        ),
        Article(
            slug="festival-rujak-uleg-kembali-digelar-di-jalan-kembang-jepun",
            title="Festival Rujak Uleg Kembali Digelar di Jalan Kembang Jepun",
            paragraphs=(
                "SURABAYA – Festival Rujak Uleg kembali digelar di Jalan Kembang Jepun "
                "sebagai bagian dari peringatan hari jadi kota.",
                "Ratusan peserta dari berbagai kelurahan mengulek rujak bersama di "
                "sepanjang jalan.",
                "Festival ini juga menampilkan pentas seni dan bazar produk usaha kecil.",
            ),
            published=_at("2025-04-30T16:00:00"), author="Ayu", on_topic=False,
        ),
    ]


def portal_articles() -> list[Article]:
    """A national public-information portal (infopublik.id-like)."""
    return [
        _chungcheongnam(),
        Article(
            slug="jawa-tengah-dan-queensland-teken-mou-kerja-sama-pendidikan-vokasi",
            title="Jawa Tengah dan Queensland Teken MoU Kerja Sama Pendidikan Vokasi",
            paragraphs=(
                "Semarang, InfoPublik - Pemerintah Provinsi Jawa Tengah dan Pemerintah "
                "Negara Bagian Queensland, Australia, menandatangani Memorandum of "
                "Understanding (MoU) kerja sama sister province di bidang pendidikan vokasi.",
                "Penandatanganan dilakukan Gubernur Jawa Tengah dan perwakilan pemerintah "
                "Queensland di Semarang, Rabu (21/5/2025).",
                "Melalui kerja sama ini, guru sekolah menengah kejuruan di Jawa Tengah akan "
                "mengikuti pelatihan di Brisbane, dan siswa berkesempatan magang di "
                "industri Queensland.",
            ),
            published=_at("2025-05-21T13:40:00"), author="Juli", on_topic=True,
            partner=("Queensland", "AU"),
            lead="Penandatanganan MoU dilakukan di Semarang, Rabu (21/5/2025).",
        ),
        Article(
            slug="menlu-bahas-kerja-sama-ekonomi-dengan-menteri-luar-negeri-prancis",
            title="Menlu Bahas Kerja Sama Ekonomi dengan Menteri Luar Negeri Prancis",
            paragraphs=(
                "Jakarta, InfoPublik - Menteri Luar Negeri RI bertemu Menteri Luar Negeri "
                "Prancis di Jakarta untuk membahas penguatan kerja sama ekonomi kedua negara.",
                "Kedua menteri membicarakan perdagangan, energi terbarukan, dan pertahanan, "
                "serta persiapan kunjungan kenegaraan tahun depan.",
                "Indonesia dan Prancis merayakan 75 tahun hubungan diplomatik pada 2025.",
            ),
            published=_at("2025-05-19T17:00:00"), author="Untung", on_topic=False,
        ),
        Article(
            slug="kunjungan-wisatawan-mancanegara-ke-bali-naik-pada-april-2025",
            title="Kunjungan Wisatawan Mancanegara ke Bali Naik pada April 2025",
            paragraphs=(
                "Denpasar, InfoPublik - Badan Pusat Statistik mencatat kunjungan wisatawan "
                "mancanegara ke Bali pada April 2025 naik 12 persen dibanding bulan "
                "sebelumnya.",
                "Wisatawan asal Australia, India, dan Tiongkok mendominasi kedatangan "
                "melalui Bandara I Gusti Ngurah Rai.",
                "Tingkat penghunian kamar hotel berbintang juga meningkat.",
            ),
            published=_at("2025-05-16T12:00:00"), author="Juli", on_topic=False,
        ),
        Article(
            slug="pemkab-bantul-gelar-pasar-murah-jelang-iduladha",
            title="Pemkab Bantul Gelar Pasar Murah Jelang Iduladha",
            paragraphs=(
                "Bantul, InfoPublik - Pemerintah Kabupaten Bantul menggelar pasar murah di "
                "17 kecamatan menjelang Iduladha.",
                "Warga dapat membeli beras, minyak goreng, dan gula dengan harga di bawah "
                "harga pasar.",
                "Pasar murah digelar bekerja sama dengan distributor dan badan usaha milik "
                "daerah.",
            ),
            published=_at("2025-05-14T10:30:00"), author="Untung", on_topic=False,
        ),
    ]
