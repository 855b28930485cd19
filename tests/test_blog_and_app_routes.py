"""Pages the twelfth layout set showed: a school's Blogger repost (the blog's name as its
only ``<title>``, the post's day in a date header and its time in the footer, hAtom's
``abbr.published``, a repost's "Dikutip dari" credit), a council's hash-routed app (its
address "/#/berita/921", a day alone in its state beside a creation stamp) and a paper's
dateline with a comma before the dash (crawler.extract.article, .titles, .bylines, .meta,
.boilerplate, .furniture)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from crawler.extract.article import extract
from crawler.extract.boilerplate import classify_line
from crawler.extract.furniture import split_dateline

WIB, WITA, WIT = (timezone(timedelta(hours=h)) for h in (7, 8, 9))
HEADLINE = "Siswa Kunjungi Pusat Pengolahan Sampah Terpadu di Kota Ternate"
PARAGRAPHS = [
    "Sebanyak empat puluh siswa kelas sebelas mengunjungi pusat pengolahan sampah terpadu "
    "milik pemerintah kota pada Kamis pagi untuk belajar memilah sampah rumah tangga.",
    "Petugas menjelaskan bahwa sampah organik diolah menjadi kompos yang dibagikan kepada "
    "kelompok tani, sedangkan plastik dipres dan dijual kepada pengepul di luar daerah.",
    "Kepala sekolah berharap kunjungan itu mendorong siswa membawa kebiasaan memilah sampah "
    "ke rumah masing-masing dan mengajak tetangga mereka melakukan hal yang sama.",
]
BLOG = "SMA Negeri 2 Ternate"
POST_URL = "https://sman2ternate.blogspot.com/2025/03/siswa-kunjungi-pusat-pengolahan.html"


def _post(*, date_header: str = "Kamis, 6 Maret 2025", footer: str = "",
          stamp: str | None = None, tail: str = "", title: str = BLOG) -> str:
    abbr = (f'<abbr class="published" title="{stamp}">{footer}</abbr>' if stamp
            else f'<span class="published">{footer}</span>')
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{title}</title></head><body>"
            f'<div class="header"><h1 class="title"><a href="https://sman2ternate.blogspot.com/">'
            f"{BLOG}</a></h1></div><div class='blog-posts'><h2 class='date-header'><span>"
            f"{date_header}</span></h2><div class='post hentry'><h3 class='post-title entry-title'>"
            f"{HEADLINE}</h3><div class='post-body entry-content'>{body}{tail}</div>"
            f"<div class='post-footer'><span class='post-author'>Posted by Operator</span> "
            f"<span class='post-timestamp'>di <a class='timestamp-link' href='{POST_URL}'>{abbr}"
            f"</a></span></div></div></div></body></html>")


def test_a_blogs_name_linked_home_is_no_headline_the_posts_heading_is():
    found = extract(_post(footer="09.41"), POST_URL)
    assert found is not None
    assert found.title == HEADLINE
    assert found.text.split("\n\n") == PARAGRAPHS


def test_a_date_header_is_no_headline_when_the_title_names_only_the_blog():
    # a post address without a readable slug: the title comes from the headings
    found = extract(_post(footer="09.41"), "https://sman2ternate.blogspot.com/p/berita.html")
    assert found is not None
    assert found.title == HEADLINE


@pytest.mark.parametrize(("footer", "zone"), [("09.41", WIB), ("09:41 WITA", WITA),
                                          ("09.41 WIT", WIT)])
def test_the_day_of_the_date_header_and_the_time_of_the_footer_make_the_moment(footer, zone):
    found = extract(_post(footer=footer), POST_URL)
    assert found is not None
    assert found.published_precision == "time"
    assert found.published_at == datetime(2025, 3, 6, 9, 41, tzinfo=zone)


def test_an_hatom_stamp_in_utc_is_shown_at_the_zone_the_footer_prints():
    found = extract(_post(footer="09.27 WITA", stamp="2025-03-06T01:27:12Z"), POST_URL)
    assert found is not None
    assert found.published_at == datetime(2025, 3, 6, 9, 27, 12, tzinfo=WITA)
    assert found.published_at.utcoffset() == timedelta(hours=8)


def test_a_day_alone_stays_a_day_without_a_printed_clock():
    found = extract(_post(footer="Permalink"), POST_URL)
    assert found is not None
    assert found.published_precision == "date"
    assert found.published_at.date() == date(2025, 3, 6)


def test_a_live_reports_entry_times_do_not_time_the_page():
    # the page prints its day; its entries their own times, one with a date
    entries = ("<ul class='timeline'><li><span class='entry-time'>6 Mar, 20:55 WIT</span>"
               "<p>Pembaruan terakhir dari lokasi.</p></li><li><span class='entry-time'>"
               "13.21 WIT</span><p>Pengamanan diperketat.</p></li></ul>")
    found = extract(_post(footer="Permalink", tail=entries), POST_URL)
    assert found is not None
    assert found.published_precision == "date"


@pytest.mark.parametrize("credit", [
    "Dikutip dari laman resmi Pemerintah Kota Ternate",
    "Disadur dari ternatekota.go.id",
    "Sumber berita: https://ternatekota.go.id/berita",
    "Sumber artikel: Humas Pemkot Ternate",
])
def test_a_reposts_credit_line_is_junk(credit):
    assert classify_line(credit) == "junk"
    found = extract(_post(footer="09.41", tail=f"<p><i>{credit}</i></p>"), POST_URL)
    assert found is not None
    assert credit not in found.text


def test_a_sentence_that_cites_its_source_stays():
    line = "Dilansir dari laman resmi BMKG, hujan lebat diperkirakan turun hingga akhir pekan."
    assert classify_line(line) is None


APP_HOST = "https://dprd.kotaternate.go.id"


def _app(route: str, state: dict) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{HEADLINE} :: DPRD Kota Ternate</title>"
            f'<meta property="og:title" content="{HEADLINE}"></head><body>'
            f'<div id="app" data-server-rendered="true"><main><article class="news-detail">'
            f'<h2 class="title">{HEADLINE}</h2><div class="meta"><span>4512 views</span></div>'
            f'<div class="content">{body}</div></article></main></div>'
            f"<script>window.__INITIAL_STATE__={json.dumps(state)};</script></body></html>")


@pytest.mark.parametrize("route", ["/#/berita/921", "/#!/berita/921"])
def test_a_hash_routed_apps_article_is_no_front_page(route):
    found = extract(_app(route, {"berita": {"tanggal_publish": "2025-02-07T08:38:21.000Z"}}),
                    APP_HOST + route)
    assert found is not None
    assert found.title == HEADLINE
    assert found.text.split("\n\n") == PARAGRAPHS


def test_the_site_root_is_still_a_front_page():
    assert extract(_app("/", {}), APP_HOST + "/") is None
    assert extract(_app("/", {}), APP_HOST + "/#top") is None


def test_an_apps_day_alone_in_its_state_beats_its_creation_stamp():
    state = {"berita": {"detail": {"tanggal": "2025-08-30",
                                   "created_at": "2025-08-29T22:49:30.000Z"}}}
    found = extract(_app("/#/berita/7", state), APP_HOST + "/#/berita/7")
    assert found is not None
    assert found.published_precision == "date"
    assert found.published_at.date() == date(2025, 8, 30)


@pytest.mark.parametrize(("line", "dateline"), [
    ("KENDARI, KENDARIPOS.CO.ID, – Para pedagang pasar sentral mengeluhkan sepinya pembeli "
     "sejak jalan utama ditutup.", "KENDARI, KENDARIPOS.CO.ID, –"),
    ("MANNA, RB, – Bupati meninjau pembangunan jembatan yang menghubungkan dua kecamatan di "
     "wilayah selatan.", "MANNA, RB, –"),
    ("RADARSORONG.ID, AIMAS, – Warga Distrik Aimas menggelar kerja bakti membersihkan "
     "saluran air menjelang musim hujan.", "RADARSORONG.ID, AIMAS, –"),
])
def test_a_papers_dateline_with_a_comma_before_the_dash_is_furniture(line, dateline):
    found, rest = split_dateline(line)
    assert found == dateline
    assert rest[0].isupper()
    assert line.endswith(rest)


# --- the cheap language test (crawler.extract.language.looks_indonesian) -------------------

INDONESIAN = " ".join(PARAGRAPHS)
ENGLISH = ("The city council of Kitakyushu and the government of Surabaya signed a letter of "
           "intent on waste management, and both cities agreed to exchange engineers and "
           "students over the next three years, the mayor said on Thursday after the meeting "
           "at the town hall, where the delegation was received with a traditional dance.")
JAVANESE = ("Wonten ing dinten punika para siswa sami tindak dhateng papan pangolahan uwuh "
            "ingkang dipunkelola pamarentah kutha. Para siswa sinau misahaken uwuh organik lan "
            "anorganik, lajeng pados pangertosan saking petugas babagan kompos lan daur ulang "
            "plastik ingkang dipunsade dhateng pengepul saking njawi dhaerah.")


def test_an_indonesian_text_is_known_by_its_function_words():
    from crawler.extract.language import looks_indonesian

    assert looks_indonesian(INDONESIAN)
    assert not looks_indonesian(ENGLISH)
    assert not looks_indonesian(JAVANESE)
    assert not looks_indonesian("yang dan di")  # too short to say


@pytest.mark.parametrize(("text", "declared", "expected"), [
    (INDONESIAN, "id", "id"), (INDONESIAN, None, "id"), (ENGLISH, "id", "en")])
def test_the_language_of_an_article(text, declared, expected):
    from crawler.extract.article import _language

    assert _language(text, declared) == expected
