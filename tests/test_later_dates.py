"""A page's own date among the other dates it prints (comments, live entries, updates,
embedded posts), and what a live report or a page builder leaves in the text
(crawler.extract.meta, .bylines, .boilerplate, .furniture)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from crawler.extract.article import extract
from crawler.extract.boilerplate import classify_line, clean_lines
from crawler.extract.furniture import kind

WIB = timezone(timedelta(hours=7))
WIT = timezone(timedelta(hours=9))
URL = "https://sukamaju-cianjur.desa.id/2025/07/jalan-desa-diperbaiki/"
HEADLINE = "Jalan Desa Sukamaju Diperbaiki Sebelum Musim Hujan"
PARAGRAPHS = [
    "Pemerintah Desa Sukamaju memperbaiki jalan desa sepanjang dua kilometer sebelum musim "
    "hujan tiba, dengan dana desa tahun ini dan swadaya warga yang turut bekerja bakti.",
    "Kepala desa mengatakan perbaikan ditargetkan selesai dalam tiga pekan, sehingga hasil "
    "panen warga dapat diangkut ke pasar kecamatan tanpa hambatan saat hujan turun.",
    "Warga menyambut baik perbaikan itu karena selama ini jalan berlubang kerap membuat "
    "kendaraan terperosok, terutama pada malam hari ketika penerangan jalan masih minim.",
]


def _comment(n: int, stamp: str, shown: str) -> str:
    return (f'<li id="comment-{n}" class="comment depth-1"><article class="comment-body">'
            f'<footer class="comment-meta"><b class="fn">Warga {n}</b> <span>berkata:</span>'
            f'<div class="comment-metadata"><a href="#comment-{n}"><time datetime="{stamp}">'
            f'{shown}</time></a></div></footer><div class="comment-content"><p>Terima kasih '
            f'infonya, semoga cepat selesai.</p></div></article></li>')


def _page(meta_line: str, after: str = "", head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{HEADLINE} - Desa Sukamaju</title>{head}</head><body>"
            f'<main><article class="post"><header class="entry-header">'
            f'<div class="entry-meta">{meta_line}</div><h1 class="entry-title">{HEADLINE}</h1>'
            f'</header><div class="entry-content">{body}</div>{after}</article></main>'
            f"</body></html>").encode()


COMMENTS = ('<div id="comments" class="comments-area"><h2>3 tanggapan</h2><ol class="comment-list">'
            + _comment(1, "2025-07-24T19:46:31+07:00", "24 Juli 2025 pukul 19.46")
            + _comment(2, "2025-07-25T05:53:37+07:00", "25 Juli 2025 pukul 05.53")
            + _comment(3, "2025-07-26T16:54:00+07:00", "26 Juli 2025 pukul 16.54")
            + "</ol></div>")


def test_comments_times_are_not_the_articles_date() -> None:
    found = extract(_page('Diposting pada <span class="entry-date">23 Jul 2025</span>',
                          COMMENTS), URL)
    assert found is not None
    assert found.published_at is not None
    assert found.published_at.date() == date(2025, 7, 23)


def test_a_single_time_after_the_headline_still_counts() -> None:
    # one <time> is the page's, wherever the theme puts it: no series, no label
    meta_line = '<time datetime="2025-07-23T09:15:00+07:00">23 Juli 2025</time>'
    found = extract(_page(meta_line, COMMENTS), URL)
    assert found is not None
    assert found.published_at == datetime(2025, 7, 23, 9, 15, tzinfo=WIB)


def test_an_updates_time_is_not_the_publications() -> None:
    meta_line = ('<span class="live-start">Dipublikasikan 6 Oktober 2025 12:39 WIT</span> '
                 '<div class="live-updated"><time datetime="2025-10-06T21:56:00+09:00">'
                 'Diperbarui 21.56 WIT</time></div>')
    found = extract(_page(meta_line), URL)
    assert found is not None
    assert found.published_at == datetime(2025, 10, 6, 12, 39, tzinfo=WIT)


def test_a_quoted_posts_time_is_not_the_pages() -> None:
    embed = ('<blockquote class="instagram-media"><p>Jalan desa rampung.</p><p>A post shared '
             'by Desa Sukamaju on <time datetime="2025-07-20T04:57:00+00:00">July 19, 2025 '
             'at 9:57pm PDT</time></p></blockquote>')
    page = _page('<span class="entry-date">Rabu, 23 Juli 2025 | 10:05 WIB</span>').replace(
        b'<div class="entry-content">', f'<div class="entry-content">{embed}'.encode())
    found = extract(page, URL)
    assert found is not None
    assert found.published_at == datetime(2025, 7, 23, 10, 5, tzinfo=WIB)


def test_a_letters_number_above_the_headline_is_not_its_date() -> None:
    # "HM.01.01/04/2024" reads as 1 April: only a line made of dates and names is a meta line
    meta_line = ("<p>Nomor: B-399/Diskominfo/HM.01.01/04/2024</p>")
    page = _page(meta_line).replace(b"</div></article>",
                                    b"<p>Pontianak, 20 April 2024</p></div></article>")
    found = extract(page, URL)
    assert found is not None
    assert found.published_at is not None
    assert found.published_at.date() == date(2024, 4, 20)


@pytest.mark.parametrize(("line", "expected"), [
    ("[vc_row][vc_column][vc_column_text]", None),
    ("[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]", None),
    ('[et_pb_section fb_built=”1″ _builder_version=”4.16″ global_colors_info=”{}”]', None),
    ('[caption id="attachment_12" align="aligncenter" width="800"] Bupati meninjau jalan.'
     '[/caption]', None),
    ("[vc_column_text]" + PARAGRAPHS[0], PARAGRAPHS[0]),
    (PARAGRAPHS[1] + "[/vc_column_text]", PARAGRAPHS[1]),
    # words an editor puts in brackets stay
    ("“Itu baru pagunya. Kebijakan [subsidi bunga KUR] dibahas lagi [1],” ujarnya kepada "
     "wartawan di kantornya.", "“Itu baru pagunya. Kebijakan [subsidi bunga KUR] dibahas "
     "lagi [1],” ujarnya kepada wartawan di kantornya."),
])
def test_shortcodes_a_builder_left_are_not_text(line: str, expected: str | None) -> None:
    kept, _ = clean_lines([line])
    assert kept == ([expected] if expected else [])


@pytest.mark.parametrize("line", [
    "● LIVE", "SEDANG BERLANGSUNG", "12 pembaruan", "3 pembaruan baru",
    "Halaman ini diperbarui otomatis setiap 30 detik.",
    "Muat ulang halaman untuk melihat pembaruan terbaru.", "Pembaruan otomatis aktif",
    "Live report selesai. Terima kasih telah mengikuti.", "Laporan langsung ini telah berakhir.",
    "This live blog has ended",
])
def test_a_live_reports_status_lines_are_junk(line: str) -> None:
    assert classify_line(line) == "junk"


@pytest.mark.parametrize("line", [
    "Pemkab Sigi menyiarkan langsung kegiatan itu melalui kanal resminya.",
    "Laporan langsung dari lokasi menyebutkan banjir mulai surut pada sore hari.",
])
def test_sentences_about_live_coverage_stay(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", ["1.250+", "98%", "12.500", "9+"])
def test_a_counters_figure_alone_is_furniture(line: str) -> None:
    assert kind(line) == "junk"


def test_a_live_entrys_stamp_is_cut_from_its_text() -> None:
    entry = "- 19 Mar, 22:55 WIT " + PARAGRAPHS[0]
    barred = "10.21 WIB | " + PARAGRAPHS[1]
    kept, _ = clean_lines([entry, barred])
    assert kept == PARAGRAPHS[:2]


def test_a_schedules_time_stays_with_its_line() -> None:
    line = ("09.00 WIB Persikab Bandung melawan Persib Bandung di Stadion Si Jalak Harupat, "
            "disusul pertandingan kedua pada sore hari.")
    kept, _ = clean_lines([line])
    assert kept == [line]
