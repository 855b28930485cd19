"""Pages of formats older and newer than a CMS theme: a 2000s government site (its
headline a large or bold font, its visitor counter and poll), an AMP web story (its text
on slides), a video page (its chapter list) (crawler.extract.titles, .boilerplate)."""

from __future__ import annotations

import pytest

from crawler.extract.article import extract
from crawler.extract.boilerplate import classify_line

HEADLINE = "Jalan Desa di Kecamatan Alok Diperbaiki Sebelum Musim Hujan"
PARAGRAPHS = [
    "Pemerintah Kabupaten Sikka memperbaiki jalan desa sepanjang dua kilometer sebelum musim "
    "hujan tiba, dengan dana desa tahun ini dan swadaya warga yang turut bekerja bakti.",
    "Kepala dinas pekerjaan umum mengatakan perbaikan ditargetkan selesai dalam tiga pekan, "
    "sehingga hasil panen warga dapat diangkut ke pasar tanpa hambatan saat hujan turun.",
    "Warga menyambut baik perbaikan itu karena selama ini jalan berlubang kerap membuat "
    "kendaraan terperosok, terutama pada malam hari ketika penerangan jalan masih minim.",
]
LEGACY_URL = "http://www.sikkakab.go.id/index.php?hal=berita&id=1874"


def _legacy(heading: str) -> bytes:
    text = "<br><br>".join(PARAGRAPHS)
    return (f"<html><head><title>..:: Pemerintah Kabupaten Sikka ::..</title></head><body>"
            f'<table width="100%"><tr><td><font size="5"><b>Pemerintah Kabupaten Sikka</b>'
            f"</font></td></tr><tr><td>Anda pengunjung ke-319670</td></tr>"
            f'<tr><td valign="top" class="isi">{heading}<br><font size="1">Diposting oleh: '
            f"admin | 12-03-2011 | Dibaca: 233 kali</font><br><br>"
            f'<font face="Arial" size="2">{text}</font></td></tr>'
            f"<tr><td>Pengunjung Hari Ini: 169 Total Pengunjung: 0955741 Online: 6</td></tr>"
            f"</table></body></html>").encode("iso-8859-1")


@pytest.mark.parametrize("heading", [
    f'<font size="4"><strong>{HEADLINE}</strong></font>',
    f'<font size="+1"><b>{HEADLINE}</b></font>',
    f'<font size="3" color="#990000" face="Arial"><b>{HEADLINE}</b></font>',
])
def test_a_legacy_pages_headline_is_its_large_or_bold_font(heading: str) -> None:
    found = extract(_legacy(heading), LEGACY_URL)
    assert found is not None
    assert found.title == HEADLINE
    assert found.text.split("\n\n") == PARAGRAPHS


def test_a_story_told_on_slides_is_the_text() -> None:
    slides = "".join(
        f'<amp-story-page id="p{n}"><amp-story-grid-layer template="thirds">'
        f'<div class="counter">{n + 2}/4</div><div class="caption"><p>{p}</p></div>'
        f"</amp-story-grid-layer></amp-story-page>" for n, p in enumerate(PARAGRAPHS))
    page = (f'<html amp><head><title>{HEADLINE}</title>'
            f'<meta property="og:title" content="{HEADLINE}"></head><body>'
            f'<amp-story standalone title="{HEADLINE}"><amp-story-page id="cover">'
            f"<amp-story-grid-layer><h1>{HEADLINE}</h1></amp-story-grid-layer></amp-story-page>"
            f'{slides}<amp-story-page id="end"><amp-story-grid-layer><p>Terima kasih sudah '
            f"menyimak</p><p>Ketuk untuk lanjut</p></amp-story-grid-layer></amp-story-page>"
            f"</amp-story></body></html>").encode()
    found = extract(page, "https://kabarsikka.id/stories/pemkab-sikka-perbaiki-jalan-desa.html")
    assert found is not None
    assert found.text.split("\n\n") == PARAGRAPHS


def test_a_caption_outside_a_story_is_still_a_caption() -> None:
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f'<div class="caption">Bupati Sikka meninjau jalan desa yang rusak, Senin.</div>'
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "</article></body></html>").encode()
    found = extract(page, "https://kabarsikka.id/pemkab-sikka-perbaiki-jalan-desa/")
    assert found is not None
    assert "Bupati Sikka meninjau" not in found.text


@pytest.mark.parametrize("line", [
    "Anda pengunjung ke-319670", "| Pengunjung Hari Ini: 169 Total Pengunjung: 0955741 Online: 6 |",
    "Jajak Pendapat Bagaimana pelayanan kami? Baik Cukup Kurang", "00:00 Pembuka",
    "1:02:13 Sesi tanya jawab", "Ketuk untuk lanjut", "Geser ke atas", "Swipe up to read more",
    "2/11", "Terima kasih sudah menyimak", "Thanks for reading", "Kunjungi situs kami",
    "Ikuti terus informasi terbaru dari Pemkab Sikka",
])
def test_counters_polls_chapters_and_prompts_are_junk(line: str) -> None:
    assert classify_line(line) == "junk"


@pytest.mark.parametrize("line", [
    "Jajak pendapat yang digelar Litbang menunjukkan 60 persen warga puas dengan bupati.",
    "10:30 Bupati tiba di lokasi dan meninjau jembatan.",
    "Terima kasih kepada seluruh warga yang telah bergotong royong memperbaiki jalan.",
    "Pengunjung pameran dari berbagai daerah memadati alun-alun kota sejak pagi hari.",
])
def test_sentences_like_them_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("- Kamerawan: Agnes Pattiasina", "byline"), ("Narator: Desy Daulay", "byline"),
    ("Rating Artikel Nilai rata-rata: 0 Suara: 0 Beri nilai artikel ini: Jelek - Bagus",
     "junk"),
    ("Narasi yang dibangun pemerintah soal pembangunan jalan mendapat kritik dari warga.",
     None),
])
def test_a_videos_credits_and_a_rating_widget(line: str, expected: str | None) -> None:
    assert classify_line(line) == expected


def test_a_video_pages_date_is_its_upload_date() -> None:
    ld = ('{"@context": "https://schema.org", "@type": "VideoObject", "name": "x", '
          '"uploadDate": "2025-07-04T21:33:10+08:00", "duration": "PT14M30S"}')
    page = (f'<html><head><title>{HEADLINE} - Sikka TV</title><script type="application/ld+json">'
            f"{ld}</script></head><body><main><h1>{HEADLINE}</h1><iframe src="
            f'"https://www.youtube.com/embed/x"></iframe>'
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</main></body></html>")
    found = extract(page.encode(), "https://sikkatv.id/video/jalan-desa-diperbaiki")
    assert found is not None
    assert found.published_at is not None
    assert found.published_at.isoformat() == "2025-07-04T21:33:10+08:00"


def test_a_source_credit_glued_to_the_last_paragraph_is_cut() -> None:
    page = (f"<html><head><title>{HEADLINE} - Kabar Sikka</title></head><body><article>"
            f"<h1>{HEADLINE}</h1><span>" + "<br><br>".join(PARAGRAPHS)
            + '</span><span class="sumber"><i>Sumber: Bagian Protokol dan Komunikasi Pimpinan'
            "</i></span></article></body></html>")
    found = extract(page.encode(), "https://kabarsikka.id/jalan-desa-diperbaiki/")
    assert found is not None
    assert found.text.split("\n\n") == PARAGRAPHS


def test_a_paragraph_named_as_an_images_caption_is_furniture() -> None:
    page = (f"<html><head><title>{HEADLINE} - Kabar Sikka</title></head><body><article>"
            f'<h1>{HEADLINE}</h1><div class="thumbnail"><img src="/a.jpg" alt="jalan">'
            '<p class="caption text-center"><i>Bupati meninjau jalan desa.</i></p></div>'
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    found = extract(page.encode(), "https://kabarsikka.id/jalan-desa-diperbaiki/")
    assert found is not None
    assert found.text.split("\n\n") == PARAGRAPHS
