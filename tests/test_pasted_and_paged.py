"""Pages the thirteenth layout set showed: a press release pasted from a word processor
(its document settings and style sheet shown as text, a release label, the contact on
its label's line, the signer's name with degrees, a dateline of commas with no dash), a
portal's rating and survey widgets, a photo story's credits and its gallery's JSON-LD,
and a short part of a paginated article that trafilatura returns as one run-on line
(crawler.extract.boilerplate, .furniture, .meta, .article). The fixtures are written
here, not taken from the set."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from crawler.extract.article import extract
from crawler.extract.boilerplate import classify_line
from crawler.extract.furniture import split_dateline

WITA = timezone(timedelta(hours=8))
HEADLINE = "Pemkab Sinjai Salurkan Bibit Rumput Laut kepada Kelompok Pembudidaya"
PARAGRAPHS = [
    "Pemerintah Kabupaten Sinjai menyalurkan sepuluh ton bibit rumput laut kepada dua puluh "
    "kelompok pembudidaya di pesisir Kecamatan Sinjai Timur pada Selasa pagi.",
    "Kepala Dinas Perikanan mengatakan bantuan itu diharapkan menaikkan produksi rumput laut "
    "yang sempat turun karena cuaca buruk sepanjang musim hujan tahun lalu.",
    "Para pembudidaya diminta merawat bibit sesuai petunjuk penyuluh agar panen pertama bisa "
    "dilakukan dalam waktu empat puluh lima hari setelah penanaman.",
]


@pytest.mark.parametrize("line", [
    "Normal 0 false false false IN X-NONE X-NONE",
    "Normal 0 false false false EN-US JA X-NONE MicrosoftInternetExplorer4",
    "/* Style Definitions */ table.MsoNormalTable {mso-style-name:\"Table Normal\"; "
    "mso-tstyle-rowband-size:0; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}",
    "p.MsoNormal, li.MsoNormal {margin:0cm; font-size:12.0pt;} span.x {color:red;}",
    "RILIS PERS",
    "Rilis Berita",
    "Narahubung: Andi Baso Tenri (0813-5521-0098)",
    "Contact person: Maria Goreti, maria@sinjaikab.go.id",
    "Hal. 3 dari 5",
    "Halaman 2/4",
    "Halaman selanjutnya »»",
    "Lanjut baca di halaman berikutnya",
    "Pilih halaman: Halaman 1Halaman 2Halaman 3",
    "Apakah berita ini bermanfaat?",
    "Bagaimana pendapat Anda tentang informasi ini?",
    "Masukan Anda sangat penting bagi kami.",
    "Was this article helpful?",
    "Silakan isi survei kepuasan layanan PPID berikut.",
    "Bantu Diskominfo Sinjai meningkatkan layanan dengan mengisi kuesioner singkat ini.",
    "Klik disini",
    "ANTARA/Ahmad Fauzan",
    "Humas Pemkab Sinjai/Andi Tenri Ola",
])
def test_furniture_of_pasted_releases_portals_and_photo_stories_is_junk(line):
    assert classify_line(line) == "junk"


@pytest.mark.parametrize("line", [
    "Drs. Andi Baso Tenri, M.Si",
    "Hj. Maria Goreti Lamablawa, S.Sos., M.AP",
    "Ir. Made Sudarsana, MT",
    "Yulianus Weya, S.H., M.H.",
    "Andi Baso Tenri - detikSulsel",
    "Maria Goreti – SINDOnews",
    "Yulianus Weya - Kompas.com",
])
def test_a_signer_with_degrees_and_a_writer_with_the_outlet_are_bylines(line):
    assert classify_line(line) == "byline"


@pytest.mark.parametrize("line", [
    "Warga diminta mengisi survei kepuasan melalui laman resmi pemerintah daerah.",
    "Bagaimana tanggapan Anda soal kenaikan harga beras?",  # an interviewer's question
    "Normal saja, kata dia, tidak ada yang perlu dikhawatirkan.",
    "Harga cabai rawit Rp 60.000/kg di Pasar Sentral.",
    "Andi, Made dan Yulianus hadir sebagai perwakilan kelompok.",
    "Dia mendapat gelar S.Sos dari Universitas Hasanuddin pada 2010.",
])
def test_text_that_only_looks_like_that_furniture_stays(line):
    assert classify_line(line) is None


REST = "Pemerintah daerah menyalurkan bantuan bibit kepada kelompok pembudidaya di pesisir."


@pytest.mark.parametrize(("line", "dateline"), [
    ("SINJAI, HUMAS PEMKAB SINJAI, " + REST, "SINJAI, HUMAS PEMKAB SINJAI"),
    ("Sinjai, Diskominfo Sinjai, " + REST, "Sinjai, Diskominfo Sinjai"),
    ("Balangnipa, Bagian Prokopim Setda, " + REST, "Balangnipa, Bagian Prokopim Setda"),
    ("Sinjai (Humas), " + REST, "Sinjai (Humas)"),
    ("Makassar (ANTARA), " + REST, "Makassar (ANTARA)"),
    ("BALANGNIPA, " + REST, "BALANGNIPA"),
    ("TANA TORAJA, " + REST, "TANA TORAJA"),
])
def test_a_dateline_of_commas_is_cut_from_the_first_paragraph(line, dateline):
    assert split_dateline(line) == (dateline, REST)


@pytest.mark.parametrize("line", [
    "Kemarin (12 / 6), Pemerintah daerah menyalurkan bantuan bibit kepada kelompok pembudidaya.",
    "Pada Senin (3 / 2), Pemerintah daerah menyalurkan bantuan bibit kepada pembudidaya.",
    "KPK, Polri dan Kejaksaan sepakat memperkuat pengawasan dana desa di seluruh kabupaten.",
    "BPBD, TNI, Polri dan relawan mengevakuasi warga yang terdampak banjir sejak Senin malam.",
    "Bupati Sinjai (kanan), Andi Seto Gadhista Asapa, menyerahkan bantuan kepada kelompok.",
    "Menurut Bupati, Pemerintah daerah menyalurkan bantuan bibit kepada kelompok pembudidaya.",
])
def test_a_sentence_opening_with_a_comma_keeps_its_words(line):
    assert split_dateline(line) == (None, line)


def _page(widget: str = "", head: str = "", inner: str = "", single: str | None = None) -> str:
    paragraphs = [single] if single else PARAGRAPHS
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{HEADLINE} - Portal Sinjai</title>{head}</head><body>"
            "<nav><a href='/'>Beranda</a> <a href='/berita'>Berita</a></nav>"
            f"<article class='post'><h1>{HEADLINE}</h1>{inner}<div class='content'>{body}</div>"
            f"{widget}</article><footer>© 2025 Pemkab Sinjai</footer></body></html>")


@pytest.mark.parametrize("widget", [
    "<div class='rate-box'><p>Bagaimana kesan Anda?</p><button>Suka</button>"
    "<button>Biasa</button><button>Tidak Suka</button></div>",
    "<div><span>Ukuran teks</span><div><button>A-</button><button>A+</button></div></div>",
    "<section><h4>Beri penilaian</h4><button type='button'>1</button><button type='button'>2"
    "</button><button type='button'>3</button></section>",
])
def test_a_block_of_buttons_and_its_label_leave_no_line(widget):
    found = extract(_page(widget=widget), "https://sinjaikab.go.id/berita/bibit-rumput-laut")
    assert found is not None
    assert found.text.split("\n\n") == PARAGRAPHS


def test_a_photo_storys_gallery_gives_its_time_in_json_ld():
    ld = json.dumps({"@context": "https://schema.org", "@type": "ImageGallery",
                     "headline": HEADLINE, "datePublished": "2025-02-04T09:41:00+08:00"})
    page = _page(head=f'<script type="application/ld+json">{ld}</script>',
                 inner="<div class='meta'>4 Februari 2025</div>")
    found = extract(page, "https://sinjaikab.go.id/foto/bibit-rumput-laut")
    assert found.published_at == datetime(2025, 2, 4, 9, 41, tzinfo=WITA)
    assert found.published_precision == "time"


def test_a_short_part_of_a_paginated_article_is_split_into_its_blocks():
    """Trafilatura gives the text of an <article> in one line when it finds too little:
    the kicker, headline, byline and pager run into the paragraph. It is read again block
    by block, and the furniture goes line by line."""
    text = ("Para pembudidaya diminta merawat bibit sesuai petunjuk penyuluh agar panen pertama "
            "bisa dilakukan dalam waktu empat puluh lima hari setelah penanaman, kata Kepala "
            "Dinas Perikanan Sinjai kepada wartawan di Balangnipa, Selasa.")
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article class='detail'>"
            f"<div class='kicker'><a href='#'>Daerah</a></div><h2>{HEADLINE}</h2>"
            "<div class='meta'><div>Andi Baso Tenri - detikSulsel</div>"
            "<div>Selasa, 04 Feb 2025 09:41 WITA</div></div>"
            f"<div class='body'><p>{text}</p><p><a href='?page=3'>Halaman selanjutnya »</a></p>"
            "</div></article></body></html>")
    found = extract(page, "https://www.detik.com/sulsel/berita/d-1/bibit?page=2")
    assert found is not None
    assert found.text == text
    assert found.published_at == datetime(2025, 2, 4, 9, 41, tzinfo=WITA)
