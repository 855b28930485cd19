"""Pages the fourteenth layout set showed: an outlet's summary box above the article
(its items the paragraphs' openings, its note about how it was made), an interview's
pull quotes, attributions and editor's note, a mobile page's app prompts, and a
government data report whose tables, lists and table titles are its text
(crawler.extract.article, .boilerplate, .markup, crawler.prose). The fixtures are
written here, not taken from the set."""

from __future__ import annotations

import pytest

from crawler.extract.article import extract
from crawler.extract.boilerplate import classify_line

URL = "https://beritadaerah.example.id/2025/03/12/bupati-resmikan-pasar"
HEADLINE = "Bupati Resmikan Pasar Rakyat Baru di Pusat Kota"
PARAGRAPHS = [
    "Bupati meresmikan pasar rakyat baru di pusat kota pada Rabu pagi setelah pembangunan "
    "yang berlangsung selama sebelas bulan dengan dana alokasi khusus dari pemerintah pusat.",
    "Pasar itu menampung tiga ratus pedagang yang sebelumnya berjualan di bahu jalan dan "
    "kerap membuat kemacetan panjang di ruas utama menuju terminal bus antarkota.",
    "Kepala Dinas Perdagangan mengatakan sewa kios dibebaskan selama enam bulan pertama agar "
    "pedagang tidak terbebani biaya tambahan ketika pindah ke bangunan yang baru.",
]


def _page(above: str = "", inside: str = "", below: str = "",
          paragraphs: list[str] | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs or PARAGRAPHS)
    return (f"<html><head><title>{HEADLINE} | Berita Daerah</title></head><body>"
            f"<article><h1>{HEADLINE}</h1>{above}<div class='content'>{body}{inside}</div>"
            f"{below}</article></body></html>")


def _text(html: str) -> list[str]:
    found = extract(html, URL)
    assert found is not None
    return found.text.split("\n\n")


@pytest.mark.parametrize("heading", ["Poin Penting", "Ringkasan AI", "Key Takeaways", "Intisari"])
def test_a_summary_box_of_the_paragraphs_openings_goes_with_its_heading(heading):
    items = "".join(f"<li>{' '.join(p.split()[:9])}.</li>" for p in PARAGRAPHS)  # cut short
    box = f"<div class='box'><h3>{heading}</h3><ul>{items}</ul></div>"
    assert _text(_page(above=box)) == PARAGRAPHS


def test_a_heading_above_a_list_of_its_own_stays():
    own = "<h3>Jadwal Operasional</h3><ul><li>Senin sampai Jumat pukul 06.00 hingga 17.00</li>" \
          "<li>Sabtu dan Minggu pukul 06.00 hingga 12.00</li></ul>"
    text = _text(_page(inside=own))
    assert "Jadwal Operasional" in text
    assert "- Sabtu dan Minggu pukul 06.00 hingga 12.00" in text


@pytest.mark.parametrize("line", [
    "Dirangkum oleh AI. Periksa kembali isi artikel selengkapnya.",
    "Ringkasan ini dihasilkan secara otomatis dan telah diperiksa editor.",
    "Poin penting disusun oleh redaksi.",
    "Wawancara ini telah diedit untuk kejelasan.",
    "*Petikan wawancara telah diringkas tanpa mengubah substansi.",
    "— Dra. Maria Goreti Lamablawa, M.AP",
    "- Wali Kota Kupang",
    "Lamablawa, Kepala Dinas Perdagangan Kota Kupang",
    "Baca lebih nyaman di aplikasi Pos Kupang",
    "Aplikasi Pos Kupang kini tersedia di Google Play",
    "Buka Aplikasi",
    "Unduh",
    "· 5 jam",
    "Grafik: Realisasi Belanja Daerah per Triwulan",
    "Memuat grafik...",
    "Sumber data: BPS Kota Kupang, diolah",
    "Berita Resmi Statistik No. 12/03/53/Th. XXVI, 3 Maret 2025",
])
def test_furniture_of_summaries_interviews_mobile_pages_and_reports_is_junk(line):
    assert classify_line(line) == "junk"


@pytest.mark.parametrize("line", [
    "Dinas Kominfo meluncurkan fitur ringkasan otomatis untuk portal berita daerah.",
    "Ringkasan eksekutif dokumen perencanaan disusun bersama tim ahli universitas.",
    "Warga dapat mengunduh aplikasi layanan kependudukan melalui Google Play.",
    "Buka puasa bersama digelar di halaman kantor bupati.",
    "Suara sah: 123.172",  # a report's figure, not a visitor counter
    "Wali Kota Kupang meresmikan pasar pada Rabu pagi di hadapan ratusan pedagang.",
])
def test_text_that_only_looks_like_that_furniture_stays(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["Hari ini: 570", "Total Pengunjung: 12.044", "Dilihat: 31"])
def test_a_visitor_counter_is_still_junk(line):
    assert classify_line(line) == "junk"


def test_a_pull_quote_of_a_whole_paragraph_is_dropped():
    quote = f"<blockquote class='pull'>“{PARAGRAPHS[1]}”</blockquote>"
    assert _text(_page(inside=quote)) == PARAGRAPHS


ROWS = [("Belanja Pegawai", "412,5", "388,1"), ("Belanja Barang", "230,0", "151,7"),
        ("Belanja Modal", "120,0", "64,2")]


def _table(caption: str) -> str:
    rows = "".join(f"<tr><td><p>{a}</p></td><td><p>{b}</p></td><td><p>{c}</p></td></tr>"
                   for a, b, c in ROWS)
    return f"<table>{caption}<tr><th>Jenis</th><th>Pagu</th><th>Realisasi</th></tr>{rows}</table>"


def test_a_report_keeps_its_table_of_figures_and_its_title():
    table = _table("<caption>Tabel 1. Realisasi Belanja Daerah 2025</caption>")
    text = _text(_page(inside=table + "<ul><li>Suara sah: 123.172</li></ul>"))
    assert text[:3] == PARAGRAPHS
    assert text[3] == "Tabel 1. Realisasi Belanja Daerah 2025"
    assert "| Belanja Modal | 120,0 | 64,2 |" in text
    assert "- Suara sah: 123.172" in text


def test_a_figure_caption_under_a_table_is_the_tables_title_and_a_photos_is_not():
    table = f"<figure class='wp-block-table'>{_table('')}<figcaption>Tabel 2. Pagu dan " \
            "Realisasi</figcaption></figure>"
    photo = "<figure><img src='/pasar.jpg' alt=''><figcaption>Suasana pasar baru.</figcaption>" \
            "</figure>"
    text = _text(_page(inside=table + photo))
    assert "Tabel 2. Pagu dan Realisasi" in text
    assert "Suasana pasar baru." not in text


def test_a_short_report_mostly_of_figures_is_an_article_not_a_listing():
    rows = "".join(f"<tr><td>{n}</td><td>Kecamatan {n}</td><td>{n * 1000 + 17}</td>"
                   f"<td>{n * 990 + 3}</td></tr>" for n in range(1, 13))
    page = _page(paragraphs=PARAGRAPHS[:2], inside=f"<table>{rows}</table>")
    text = _text(page)
    assert text[:2] == PARAGRAPHS[:2]
    assert "| 12 | Kecamatan 12 | 12017 | 11883 |" in text
