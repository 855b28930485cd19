"""Headlines without the site's name, furniture by what a line is made of, outlet
datelines, teaser lists and photo pages (crawler.extract.titles, .furniture,
.boilerplate, .article)."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.extract.article import extract
from crawler.extract.boilerplate import classify_line
from crawler.extract.furniture import kind, split_dateline
from crawler.extract.titles import headline, squash, strip_site

BODY = ("Pemerintah Kabupaten Sigi dan Pemerintah Kota Mokpo menandatangani nota kesepahaman "
        "kerja sama di bidang perikanan, pendidikan dan pariwisata di kantor bupati, Senin. ")


def _tree(body: str):
    return lxml_html.fromstring(f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(("declared", "sites", "expected"), [
    ("Berita Pemprov - Gubernur Resmikan Jembatan Baru", {"beritapemprov"},
     "Gubernur Resmikan Jembatan Baru"),
    ("Gubernur Resmikan Jembatan Baru | InfoPublik", {"infopublik"},
     "Gubernur Resmikan Jembatan Baru"),
    ("KapanLagi.com: Gubernur Resmikan Jembatan Baru", {"kapanlagi"},
     "Gubernur Resmikan Jembatan Baru"),
    # the site's name mostly, or generic words only ("Berita", "Pemerintah Kota ...")
    ("Gubernur Resmikan Jembatan Baru » Pemerintah Kota Ternate", {"ternate"},
     "Gubernur Resmikan Jembatan Baru"),
    ("Berita | Gubernur Resmikan Jembatan Baru", set(), "Gubernur Resmikan Jembatan Baru"),
    # a colon inside the headline is not a site's separator
    ("Soal Banjir: Gubernur Minta Warga Waspada - Kabar Sigi", {"kabarsigi"},
     "Soal Banjir: Gubernur Minta Warga Waspada"),
    # nothing names the site: the title stays whole
    ("Gubernur Resmikan Jembatan Baru - Warga Antusias", {"kompas"},
     "Gubernur Resmikan Jembatan Baru - Warga Antusias"),
])
def test_strip_site(declared, sites, expected):
    assert strip_site(declared, sites) == expected


def test_the_heading_matching_part_of_title_is_the_headline_not_the_logo():
    tree = _tree('<h1 class="logo">Portal Berita Kaltara</h1>'
                 '<h2>Bupati Tinjau Banjir di Tiga Kecamatan</h2>')
    declared = "Portal Berita Kaltara :: Bupati Tinjau Banjir di Tiga Kecamatan"
    found = headline(tree, [None, declared], {squash("Portal Berita Kaltara")})
    assert found == "Bupati Tinjau Banjir di Tiga Kecamatan"


def test_a_heading_in_capitals_takes_the_declared_spelling():
    tree = _tree("<h1>BUPATI TINJAU BANJIR DI TIGA KECAMATAN</h1>")
    found = headline(tree, ["Bupati Tinjau Banjir di Tiga Kecamatan - Kabar Sigi"], {"kabarsigi"})
    assert found == "Bupati Tinjau Banjir di Tiga Kecamatan"


def test_a_section_title_falls_back_to_the_first_unlinked_heading():
    tree = _tree('<h2><a href="/x">Berita lain yang ditautkan di sini</a></h2>'
                 "<h2>Bupati Tinjau Banjir di Tiga Kecamatan</h2>")
    assert headline(tree, ["Berita - Kabar Sigi"], {"kabarsigi"}) == (
        "Bupati Tinjau Banjir di Tiga Kecamatan")


@pytest.mark.parametrize(("title", "heading", "host"), [
    ("Dinas Pertanian Kabupaten Bone", "Petani Bone Panen Jagung di Lahan Kering", "bonekab.go.id"),
    ("Pemerintah Kota Tanjungpinang", "Wali Kota Resmikan Pasar Ikan Baru",
     "tanjungpinangkota.go.id"),
    ("PORTAL RESMI PEMKOT SORONG", "Pemkot Sorong Salurkan Bantuan Pangan", "sorongkota.go.id"),
    ("Distan Kab. Lombok Timur", "Harga Gabah di Lombok Timur Naik", "lomboktimurkab.go.id"),
])
def test_a_title_that_is_only_the_offices_name_gives_way_to_the_heading(title, heading, host):
    """A government CMS whose <title> is the office's name on every page: the headline is
    the page's own heading, not the name (which a masthead heading repeats)."""
    from crawler.extract.meta import _site_labels

    tree = _tree(f"<h1 class='nama-instansi'>{title.upper()}</h1><h1 class='judul'>{heading}</h1>")
    assert headline(tree, [title], _site_labels(host)) == heading


def test_a_headline_starting_with_an_office_is_still_a_headline():
    from crawler.extract.meta import _site_labels

    title = "DPRD Kota Bandung Setujui APBD 2026"
    tree = _tree(f"<h1>{title}</h1><h3>Berita Terpopuler Minggu Ini</h3>")
    assert headline(tree, [title], _site_labels("bandung.go.id")) == title


@pytest.mark.parametrize("line", [
    "2024-07-19 10:13:00 | Penulis: Admin Diskominfo | Hits: 104",
    "Kategori: Berita Daerah",
    "Posted by: operator",
])
def test_portal_meta_lines_are_bylines(line):
    assert kind(line) == "byline"


@pytest.mark.parametrize("line", ["639", "11", "1.204", "Hari Ini: 570", "Total: 314.821",
                                  "Pengunjung online: 19"])
def test_a_bare_count_is_junk(line):
    assert kind(line) == "junk"


@pytest.mark.parametrize("line", [
    "Administrator26 Agustus 2023Kegiatan",  # icons, not spaces, between a byline's parts
    "30 Desember 2023Agus SaputraDibaca 1480 Kali",
    "admin13/07/2025Dibaca 2042 Kali",
])
def test_a_byline_glued_together_is_still_a_byline(line):
    assert kind(line) == "byline"


@pytest.mark.parametrize(("title", "heading", "host"), [
    ("Website Resmi Desa Sungai Rengas Kecamatan Pantai Timur Kabupaten Bolaang Mongondow",
     "Warga Gotong Royong Bersihkan Saluran Irigasi", "sungairengas.desa.id"),
    ("Pejabat Pengelola Informasi dan Dokumentasi Kabupaten Muara Enim",
     "Pemkab Umumkan Jadwal Layanan Informasi Publik", "ppid.muaraenimkab.go.id"),
])
def test_a_village_or_office_site_name_is_cut_from_the_title(title, heading, host):
    from crawler.extract.meta import _site_labels

    tree = _tree(f"<div class='brand'>{title}</div><h2 class='judul'>{heading}</h2>")
    assert headline(tree, [f"{heading} - {title}"], _site_labels(host)) == heading


def test_a_generic_word_before_the_headline_is_not_part_of_it():
    tree = _tree("<h1>Harga Cabai di Pasar Inpres Turun</h1>")
    assert headline(tree, ["Artikel Harga Cabai di Pasar Inpres Turun"], set()) == (
        "Harga Cabai di Pasar Inpres Turun")


@pytest.mark.parametrize("line", [
    "Rabu, 13 Februari 2019 Reporter: Rudi Hartono Editor: Siti Aminah",
    "Rabu, 15 Maret 2023 | 14:57 WIB Last Update 15/03/2023 15:10",
    "Sabtu, 9 Desember 2023, 09:12 WITA Follow",
    "Video 28 Maret 2024 23:58",
    "Senin, 3 Juni 2024 - 2 jam lalu",
    "Oleh: Made Wirawan | Jumat, 7 Juni 2024",
])
def test_bylines_and_stamps_are_furniture(line):
    assert kind(line) == "byline"


@pytest.mark.parametrize("line", [
    "• Main Menu", "Youtube TribunKaltara Official",
    "Cek berita dan artikel yang lain di Google News",
    "Ikuti kanal WhatsApp kami untuk berita terbaru",
])
def test_widgets_and_follow_prompts_are_junk(line):
    assert kind(line) == "junk"


@pytest.mark.parametrize("line", [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",  # a tour date, no year
    "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",  # an embedded tweet's attribution
    "Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap",
    "Originally published on Live Science.",
    "Wali Kota Ternate menerima delegasi Kota Mokpo pada Senin, 3 Juni 2024.",
    "Pemkot Ternate dan Mokpo Teken MoU Kerja Sama Perikanan",
    "東京都は3日、ジャカルタ特別州と協力協定を結んだ。",
])
def test_text_is_not_furniture(line):
    assert kind(line) is None


@pytest.mark.parametrize(("line", "dateline"), [
    ("Jakarta (ANTARA) - Gubernur DKI meresmikan jembatan baru di Jakarta Utara pada Senin.",
     "Jakarta (ANTARA) -"),
    ("Bisnis.com, JAKARTA--Pemerintah menyiapkan anggaran untuk perbaikan jalan nasional.",
     "Bisnis.com, JAKARTA--"),
    ("JAKARTA, KOMPAS.com - Pemerintah menyiapkan anggaran untuk perbaikan jalan nasional.",
     "JAKARTA, KOMPAS.com -"),
    ("Jakarta, CNN Indonesia -- Pemerintah menyiapkan anggaran untuk perbaikan jalan nasional.",
     "Jakarta, CNN Indonesia --"),
    ("SEMARANG – Pemerintah Provinsi Jawa Tengah menandatangani Letter of Intent dengan NSW.",
     "SEMARANG –"),
    ("Jakarta, InfoPublik - Pemerintah Provinsi DKI Jakarta resmi menjalin kerja sama baru.",
     "Jakarta, InfoPublik -"),  # a CamelCase brand
    # a place alone, as most regional sites write it
    ("Ternate - Pemerintah Kota Ternate menerima delegasi Mokpo di balai kota pekan lalu.",
     "Ternate -"),
    ("Nagari Lembah Hijau - Warga bergotong royong membersihkan saluran irigasi sejak pagi.",
     "Nagari Lembah Hijau -"),
])
def test_outlet_datelines_are_cut_from_the_first_paragraph(line, dateline):
    cut, rest = split_dateline(line)
    assert cut == dateline
    assert line.endswith(rest)
    assert rest[0].isupper()


@pytest.mark.parametrize("line", [
    "Baru - baru ini, rapper asal California meluncurkan album terbarunya di New York.",
    "Presiden Joko Widodo - Jokowi - mengatakan pemerintah menyiapkan anggaran jalan nasional.",
    "Pemerintah Kota Ternate - Maluku Utara menerima delegasi Mokpo pekan lalu di balai kota.",
    "In October, Rep. David McKinley, R-W.Va., introduced a bill on the state's rural roads.",
    "Bupati Sigi - didampingi Wakil Bupati - meninjau lokasi banjir di Kecamatan Dolo.",
    "Kepala Dinas Kesehatan - Made Wirawan - menyebut stok vaksin cukup hingga akhir tahun.",
])
def test_sentences_with_a_dash_keep_their_start(line):
    assert split_dateline(line) == (None, line)


def _photo_page(sidebar_items: int) -> str:
    caption = ("Wali Kota Ternate menerima cendera mata dari delegasi Kota Mokpo, Korea Selatan, "
               "di balai kota, Senin (3/6/2024). Kunjungan itu menjajaki kerja sama perikanan.")
    teaser = ("Pemerintah provinsi menggelar rapat koordinasi bersama para bupati dan wali kota "
              "untuk membahas penanganan banjir yang melanda sejumlah kecamatan sejak pekan lalu, "
              "termasuk penyaluran bantuan logistik dan perbaikan tanggul yang jebol di hulu. ")
    items = "".join(f'<div class="item"><h3><a href="/foto/{n}/lain">Foto lain nomor {n} hari '
                    f'ini</a></h3><p>{teaser * 2}</p></div>' for n in range(sidebar_items))
    return f"""<html><head><title>Wali Kota Terima Delegasi Mokpo - Foto Kabar Sigi</title>
</head><body><div class="photo-detail"><h1>Wali Kota Terima Delegasi Mokpo</h1>
<div class="date">Senin, 3 Juni 2024, 14:05 WIT</div>
<div class="gallery"><img src="/1.jpg"><span>1/3</span><img src="/2.jpg"><span>2/3</span></div>
<div class="photo-caption"><p>{caption}</p><p>Foto: Rudi Hartono/Kabar Sigi</p></div></div>
<div class="sidebar"><h2>Foto Lainnya</h2>{items}</div></body></html>"""


def test_a_photo_page_is_its_caption_not_the_sidebar():
    found = extract(_photo_page(6), "https://foto.kabarsigi.com/foto/123/wali-kota-terima")
    assert found is not None
    assert found.extractor == "captions"
    assert found.text.startswith("Wali Kota Ternate menerima cendera mata")
    assert "rapat koordinasi" not in found.text
    assert "Foto:" not in found.text
    assert found.title == "Wali Kota Terima Delegasi Mokpo"


def test_a_list_of_teasers_inside_an_article_is_pruned_but_the_article_stays():
    teasers = "".join(f'<div class="card"><h3><a href="/berita/{n}">Berita lain {n} tentang '
                      f'banjir di kabupaten</a></h3><p>Ringkasan singkat berita {n}.</p></div>'
                      for n in range(4))
    page = (f"<html><head><title>Sigi dan Mokpo Teken MoU - Kabar Sigi</title></head><body>"
            f"<article><h1>Sigi dan Mokpo Teken MoU</h1><p>{BODY * 2}</p><p>{BODY}</p>"
            f"<div class='more'>{teasers}</div></article></body></html>")
    found = extract(page, "https://kabarsigi.com/berita/sigi-mokpo-mou")
    assert found is not None
    assert "Ringkasan singkat" not in found.text
    assert "Berita lain" not in found.text
    assert found.text.startswith("Pemerintah Kabupaten Sigi")


def _dated_page(head: str, byline: str) -> str:
    return (f"<html><head><title>Sigi dan Mokpo Teken MoU - Kabar Sigi</title>{head}</head>"
            f"<body><article><h1>Sigi dan Mokpo Teken MoU</h1><p class='date'>{byline}</p>"
            f"<p>{BODY * 2}</p><p>{BODY}</p></article></body></html>")


def test_a_date_without_a_time_is_kept_as_a_day():
    found = extract(_dated_page("", "Kamis, 29 Mei 2025"), "https://kabarsigi.com/berita/a")
    assert found is not None
    assert found.published_precision == "date"
    assert found.published_at.date().isoformat() == "2025-05-29"
    assert found.published_at.utcoffset().total_seconds() == 0  # midnight UTC of that day


def test_a_time_printed_on_the_page_beats_a_metadata_day():
    head = '<meta property="article:published_time" content="2025-05-29">'
    found = extract(_dated_page(head, "Kamis, 29 Mei 2025 | 14:05 WITA"),
                    "https://kabarsigi.com/berita/b")
    assert found is not None
    assert found.published_precision == "time"
    assert found.published_at.isoformat() == "2025-05-29T14:05:00+08:00"


def test_a_metadata_midnight_gives_way_to_the_printed_time_of_that_day():
    head = '<meta property="article:published_time" content="2025-05-29T00:00:00+07:00">'
    found = extract(_dated_page(head, "29/05/2025 09:41 WIB"), "https://kabarsigi.com/berita/c")
    assert found is not None
    assert found.published_at.isoformat() == "2025-05-29T09:41:00+07:00"


def test_a_metadata_instant_is_not_overridden_by_a_byline():
    head = '<meta property="article:published_time" content="2025-05-29T08:15:00+07:00">'
    found = extract(_dated_page(head, "Kamis, 29 Mei 2025 | 14:05 WIB"),
                    "https://kabarsigi.com/berita/d")
    assert found is not None
    assert found.published_at.isoformat() == "2025-05-29T08:15:00+07:00"


def test_the_sources_region_names_the_site_in_titles():
    """A title part naming the source's region as an office ("Pemerintah Provinsi Jawa
    Tengah") is the site's name, though neither og:site_name nor the host says so; so is
    one naming any region by its name, which the source's region need not tell."""
    page = ("<html><head><title>Gubernur Resmikan Jembatan Baru di Kudus - Pemerintah "
            "Provinsi Jawa Tengah</title></head><body><h3>Berita</h3>"
            f"<div><p>{BODY * 2}</p><p>{BODY}</p></div></body></html>")
    url = "https://humas.example.go.id/detail/12345"
    plain = extract(page, url)
    named = extract(page, url, site_names=("jatengprov", "Jawa Tengah"))
    assert plain is not None
    assert named is not None
    assert plain.title == "Gubernur Resmikan Jembatan Baru di Kudus"
    assert named.title == "Gubernur Resmikan Jembatan Baru di Kudus"
    # a name no region has ("Jateng") is the site's only when the source's region says so
    short = page.replace("Pemerintah Provinsi Jawa Tengah", "Pemerintah Provinsi Jateng")
    assert extract(short, url).title.endswith("Jateng")
    assert extract(short, url, site_names=("jatengprov", "Jateng")).title == (
        "Gubernur Resmikan Jembatan Baru di Kudus")
    # the host says it too, shortened as government hosts shorten their region
    hosted = extract(page, "https://humas.jatengprov.go.id/detail/12345")
    assert hosted is not None
    assert hosted.title == "Gubernur Resmikan Jembatan Baru di Kudus"


@pytest.mark.parametrize(("site", "region", "expected"), [
    ("sulselprov", "Sulawesi Selatan", True),
    ("nttprov", "Nusa Tenggara Timur", True),
    ("kukarkab", "Kutai Kartanegara", True),
    ("inhilkab", "Indragiri Hilir", True),
    ("pemkotternate", "Ternate", True),
    ("jabarprov", "Jawa Barat", True),
    ("bandung", "Jawa Barat", False),  # not the words' starts in order
    ("kompas", "Kota Bandung", False),
    ("sulselprovinsiku", "Sulawesi Selatan", False),  # more than a level of government
])
def test_a_host_shortens_its_region(site, region, expected):
    from crawler.extract.titles import abbreviates

    assert abbreviates(site, region) is expected


def test_an_office_title_on_an_abbreviated_host_is_the_site_and_the_named_heading_wins():
    """An ASP.NET portal: ``<title>`` is only the office's name, the headline a span
    whose class names it in capitals ("JudulBerita")."""
    page = ("<html><head><title>::: Pemprov Sulawesi Selatan :::</title></head><body>"
            '<table><tr><td><span id="ctl00_lblJudul" class="JudulBerita">Sulsel dan Provinsi '
            "Jiangxi Teken Nota Kesepahaman</span></td></tr></table>"
            f"<div><p>{BODY * 2}</p><p>{BODY}</p></div></body></html>")
    found = extract(page, "https://sulselprov.go.id/Berita.aspx?kd=23423")
    assert found is not None
    assert found.title == "Sulsel dan Provinsi Jiangxi Teken Nota Kesepahaman"
    untitled = extract(page.replace("::: Pemprov Sulawesi Selatan :::", "Untitled Page"),
                       "https://example.go.id/Berita.aspx?kd=23423")
    assert untitled is not None
    assert untitled.title == "Sulsel dan Provinsi Jiangxi Teken Nota Kesepahaman"


OTHER = ("Kerja sama kedua daerah akan dimulai dengan pertukaran pelajar dan pelatihan "
         "aparatur pada tahun depan, kata Kepala Bagian Kerja Sama.")


SITE_BUILDER = (
    '<html><head><title>Kabar Terbaru | KUA Kecamatan Sungai Raya</title></head><body>'
    '<div id="SITE_HEADER"><p><span style="font-weight:bold">KUA KECAMATAN SUNGAI RAYA</span>'
    '</p><p>Kubu Raya</p><nav><ul><li><a href="/beranda">Beranda</a></li><li><a href="/profil">'
    'Profil</a></li><li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li>'
    '</ul></nav></div><div id="PAGES"><div data-testid="richTextElement"><p style="font-size:'
    '32px"><span style="font-weight:bold">Kubu Raya Jajaki Kerja Sama dengan Kota Kuching</span>'
    f'</p></div><div><p>Jumat, 27 September 2024</p><p>{BODY * 2}</p><p>{OTHER}</p></div>'
    '<div class="_wbc2w" data-hook="comments-root"><p>Bagikan Pendapat Anda</p><p>Jadilah '
    'yang pertama menulis komentar.</p></div>'
    '<div data-hook="recent-posts"><h2>Postingan Terbaru</h2><a href="/blog">Lihat semua</a>'
    '<p><a href="/post/lain">Warga Gotong Royong Bersihkan Parit di Desa</a></p></div>'
    "</div></body></html>")


def test_a_headline_in_no_heading_is_found_by_the_slug_of_the_address():
    found = extract(SITE_BUILDER, "https://kuasungairaya.wixsite.com/kua/post/kubu-raya-"
                                  "jajaki-kerja-sama-dengan-kota-kuc")
    assert found is not None
    assert found.title == "Kubu Raya Jajaki Kerja Sama dengan Kota Kuching"
    # without a slug the page says nothing better than its <title>
    bare = extract(SITE_BUILDER, "https://kuasungairaya.wixsite.com/kua/post?id=1234")
    assert bare is not None
    assert bare.title != "Kubu Raya Jajaki Kerja Sama dengan Kota Kuching"


def test_the_site_header_and_a_builders_named_widgets_are_not_the_article():
    # no slug to find the headline by: what stands above the text must go by what it is
    found = extract(SITE_BUILDER, "https://kuasungairaya.wixsite.com/kua/post?id=1234")
    assert found is not None
    lines = found.text.split("\n\n")
    assert lines[-2:] == [" ".join((BODY * 2).split()), OTHER]
    assert "Kubu Raya" not in lines  # the tagline beside the site's menu
    assert not any("KUA KECAMATAN" in line for line in lines)
    assert not any("Postingan Terbaru" in line or "Gotong Royong" in line for line in lines)
    assert not any("komentar" in line or "Pendapat" in line for line in lines)
    assert found.published_at is not None
    assert found.published_at.date().isoformat() == (
        "2024-09-27")
    # an article's own header (headline, byline, a breadcrumb) holds no menu: it stays
    page = ('<html><head><title>X</title></head><body><div class="entry-header"><nav '
            'class="breadcrumb"><ol><li><a href="/">Beranda</a></li><li><a href="/b">Berita</a>'
            '</li><li><a href="/b/d">Daerah</a></li></ol></nav><h1>Bupati Sigi Terima Delegasi '
            f'Kota Mokpo</h1><p>Oleh Rudi Hartono</p></div><div><p>{BODY * 2}</p><p>{BODY}</p>'
            "</div></body></html>")
    kept = extract(page, "https://kabarsigi.com/berita/d")
    assert kept is not None
    assert kept.title == "Bupati Sigi Terima Delegasi Kota Mokpo"
    assert kept.author == "Rudi Hartono"


def test_server_side_spans_are_rows_not_one_line():
    """ASP.NET lays out the headline, the date, the counter, a caption and the text as
    spans between <br>/<hr>, the text's paragraphs inside a span."""
    page = ('<html><head><title>Untitled Page</title></head><body><table><tr><td>'
            '<span id="lblTitle" class="judul">Gubernur Terima Delegasi Provinsi Jiangxi</span>'
            '<br /><span id="lblDate">Diposting : 21-Jun-2024 Oleh: admin</span><br />'
            '<span id="lblHits">Dilihat 11947 kali</span><hr /><img src="/a.jpg" />'
            '<span id="lblKet" class="ket">Foto: Humas Mataram</span><span id="lblContent">'
            f"{BODY * 2}<br /><br />{OTHER}</span></td></tr></table></body></html>")
    found = extract(page, "https://www.mataramkota.go.id/berita_detail.aspx?ID=3561")
    assert found is not None
    assert found.title == "Gubernur Terima Delegasi Provinsi Jiangxi"
    assert found.text.split("\n\n") == [" ".join((BODY * 2).split()), OTHER]
    assert found.published_at is not None
    assert found.published_at.date().isoformat() == "2024-06-21"
    # the text's paragraphs inside the span, as a WYSIWYG editor pastes them
    pasted = extract(page.replace(f"{BODY * 2}<br /><br />{OTHER}",
                                  f"<p>{BODY * 2}</p><p>{OTHER}</p>"),
                     "https://www.mataramkota.go.id/berita_detail.aspx?ID=3561")
    assert pasted is not None
    assert pasted.text.split("\n\n") == [" ".join((BODY * 2).split()), OTHER]


def test_a_list_of_teasers_cut_short_is_a_listing():
    rows = "".join(f'<tr><td><a href="/DetailBerita.aspx?id={n}"><b>Berita nomor {n} tentang '
                   f"pembangunan</b></a><br /><span>Senin, {n} Juni 2025</span><br />{BODY} "
                   'Pemerintah daerah ... <a href="#">selengkapnya...</a></td></tr>'
                   for n in range(1, 7))
    page = (f"<html><head><title>Untitled Page</title></head><body><table>{rows}</table>"
            "</body></html>")
    assert extract(page, "https://www.sidoarjokab.go.id/berita/index.aspx") is None


@pytest.mark.parametrize("line", [
    "Tgl. 15/03/2024 | Dilihat: 12328 kali",  # a count of five digits
    "Diposting : 21-Jun-2024 Oleh: admin Dilihat 11947 kali",  # a server's short date
    "Laporan Wartawan Tribun-Timur.com Yohana Makatita",  # a hyphenated outlet
    "Translator: Rizky Ramadhan",
    "Artikel ini telah tayang di Tribunnews.com dengan judul Warga Antusias, "
    "https://www.tribunnews.com/2024/01/04/warga-antusias",
    "(*/Radar Lampung)",
])
def test_more_furniture(line):
    from crawler.extract.boilerplate import classify_line

    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Warga 12328 orang mengikuti upacara di lapangan kota pada Senin pagi.",
    "Artikel ini membahas kerja sama kedua kota dalam bidang pendidikan dan budaya.",
    "(Bersambung ke halaman berikutnya, setelah jeda iklan dan pengumuman penting)",
])
def test_sentences_like_furniture_stay(line):
    from crawler.extract.boilerplate import classify_line

    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "dateline"), [
    ("TRIBUNPONTIANAK.CO.ID - Menjelang bulan Ramadhan, Perum Bulog dan Kementerian Perdagangan "
     "menggelar operasi pasar", "TRIBUNPONTIANAK.CO.ID -"),
    ("MAKASSAR, TRIBUN-TIMUR.COM -- Kerja keras dan semangat pantang menyerah dari tim putri "
     "Gresik Petrokimia", "MAKASSAR, TRIBUN-TIMUR.COM --"),
    ("Denpasar, Bali Sun - Wali Kota Bandung Ridwan Kamil ingin mengundang aktor Korea Selatan "
     "saat peresmian", "Denpasar, Bali Sun -"),
    # a person and an aside, not a place and an outlet
    ("Gubernur Jawa Barat, Ridwan Kamil - Kepala daerah itu mengatakan bahwa rencana "
     "pembangunan jalan dilanjutkan", None),
])
def test_more_datelines(line, dateline):
    assert split_dateline(line)[0] == dateline


def test_a_list_of_other_news_atop_the_article_block_is_not_the_article():
    others = "".join(f'<li><a href="/berita/{n}/lain">Berita lain nomor {n} tentang pembangunan '
                     f'jalan dan jembatan di kabupaten</a></li>' for n in range(6))
    page = (f"<html><head><title>Sigi dan Mokpo Teken MoU - Kabar Sigi</title></head><body>"
            f"<article><div class='lainnya'><h3>BERITA LAINNYA</h3><ul>{others}</ul></div>"
            f"<h1>Sigi dan Mokpo Teken MoU</h1><p>{BODY * 2}</p><p>{BODY}</p></article>"
            f"</body></html>")
    found = extract(page, "https://kabarsigi.com/berita/99/sigi-mokpo")
    assert found is not None
    assert found.text.startswith("Pemerintah Kabupaten Sigi")
    assert "Berita lain" not in found.text


@pytest.mark.parametrize("line", [
    "Berita ini telah disiarkan dalam program Obrolan Sore.",
    "Simak berita selengkapnya melalui siaran RRI Merauke FM 96.3 MHz.",
    "Dengarkan siaran langsung TVRI Papua di Kanal 29 UHF atau aplikasi TVRI Papua.",
    "Klik untuk mendengarkan",
    "Dengarkan berita ini",
    "Jadwal Siaran Hari Ini",
    "| 07.00 - 09.00 WITA | Dialog Interaktif |",
    "- 2 menit baca - 415 kata",
    "Waktu baca 3 menit",
    "- Data Badan Pusat Statistik Baubau, 2025. \u21a9\ufe0e",
    "« Kembali",
    "Kembali ke Index",
    "6JUN2023",
])
def test_broadcasters_static_sites_and_dprd_pages_furniture(line):
    from crawler.extract.boilerplate import classify_line

    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Kembali ke masa lalu, warga Sigi menggelar festival budaya selama tiga hari penuh.",
    "08.00 - 10.00 WIB rapat dimulai dengan sambutan bupati dan dilanjutkan diskusi panel "
    "tentang kerja sama dengan Kota Mokpo.",
    "Simak penjelasan Bupati tentang rencana kerja sama dengan kota di Korea Selatan itu.",
])
def test_sentences_near_broadcaster_furniture_stay(line):
    from crawler.extract.boilerplate import classify_line

    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "dateline"), [
    ("KBRN, Ternate: Wakil Ketua KPK Alexander Marwata mengatakan, banyak laporan pelanggaran "
     "dana desa", "KBRN, Ternate:"),
    ("TVRINews, Ambon: Pemerintah Kota Ambon menerima kunjungan delegasi Vlissingen hari ini",
     "TVRINews, Ambon:"),
    # a colon after a person's name introduces a quote, not a dateline
    ("Bupati Sigi, Rizal Intjenae: Kami siap menerima delegasi dari Kota Mokpo pada bulan depan",
     None),
])
def test_colon_datelines(line, dateline):
    assert split_dateline(line)[0] == dateline


@pytest.mark.parametrize(("text", "sites", "expected"), [
    ("DPRD PROVINSI NUSA TENGGARA BARAT", {"ntbprov"}, True),  # capitals say nothing
    ("Dewan Perwakilan Rakyat Daerah Kota Tual", {"dprdtual"}, True),  # a DPRD's host
    ("Dewan Perwakilan Rakyat Daerah Kabupaten Biak Numfor", {"biakkab"}, True),  # first word
    ("DPRD KOTA BANDUNG SETUJUI APBD", {"bandung"}, False),  # a headline in capitals
    ("DPRD Kota Bandung Setujui", {"bandung"}, False),
    ("Dewan Perwakilan Rakyat Daerah Kota Tual", {"ambon"}, True),  # another region's name
    ("Dewan Perwakilan Rakyat Daerah Kota Tual Baru", {"ambon"}, False),  # no region's
])
def test_a_regional_parliaments_name_is_an_office(text, sites, expected):
    from crawler.extract.titles import names_office

    assert names_office(text, sites) is expected


DPRD_PAGE = (
    "<html><head><title>Detail Berita | Dewan Perwakilan Rakyat Daerah Kabupaten Agam</title>"
    '</head><body><div class="header-top"><img src="/assets/img/logo.png" class="logo"><div '
    'class="site-name"><h1>DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN AGAM</h1><p>Lubuk Basung, '
    'Agam</p></div></div><nav><ul><li><a href="/">Beranda</a></li></ul></nav><div class="col-md-8">'
    '<h2 class="post-title">DPRD Agam Terima Kunjungan Delegasi Kota Seremban</h2>'
    '<div style="border:1px solid #990000;padding-left:20px;"><h4>A PHP Error was encountered</h4>'
    "<p>Severity: Notice</p><p>Message:  Undefined variable: hits</p><p>Filename: "
    "views/berita_detail.php</p><p>Line Number: 42</p></div>"
    f"<div class=\"konten\"><p>{BODY * 2}</p><p>{OTHER}</p></div>"
    '<p><img src="/a.jpg" alt="Suasana rapat paripurna DPRD Kabupaten Agam."><br><em>Suasana '
    "rapat paripurna DPRD Kabupaten Agam.</em></p>"
    '<p><a href="/berita">« Kembali</a></p></div></body></html>')


def test_a_dprd_page_keeps_its_article_only():
    found = extract(DPRD_PAGE, "https://dprd.agamkab.go.id/index.php/berita/baca/123")
    assert found is not None
    assert found.title == "DPRD Agam Terima Kunjungan Delegasi Kota Seremban"
    assert found.text.split("\n\n") == [" ".join((BODY * 2).split()), OTHER]


def test_an_apps_state_script_gives_the_time_the_page_prints_as_a_day():
    state = ('<script>window.__NUXT__=(function(a){return {data:[{article:{id:18769,'
             'published_at:"2025-10-30T13:23:54+08:00",updated_at:"2025-10-30T15:47:54+08:00"},'
             'related:[{published_at:"2025-10-29T09:00:00+08:00"}]}]}}(1))</script>')
    page = ('<html><head><title>Ambon dan Vlissingen Bahas Kerja Sama | Pemprov Maluku</title>'
            "</head><body><h1>Ambon dan Vlissingen Bahas Kerja Sama</h1><p>30 Oktober 2025</p>"
            f"<div><p>{BODY * 2}</p><p>{OTHER}</p></div>{state}</body></html>")
    url = "https://malukuprov.go.id/berita/ambon-dan-vlissingen-bahas-kerja-sama"
    found = extract(page, url)
    assert found is not None
    assert found.published_at.isoformat() == "2025-10-30T13:23:54+08:00"
    # a state's time on another day than the page prints is a neighbour's: the day stays
    other = extract(page.replace("30 Oktober 2025", "31 Oktober 2025"), url)
    assert other is not None
    assert other.published_precision == "date"
    assert other.published_at.date().isoformat() == "2025-10-31"
    # an array state names no field: its instants count only on the printed day
    array = ('<script type="application/json" id="__NUXT_DATA__">[{"data":1},"Ambon",'
             '"2025-10-30T13:23:54+08:00","2025-10-30T15:42:00+08:00"]</script>')
    unnamed = extract(page.replace(state, array), url)
    assert unnamed is not None
    assert unnamed.published_at.isoformat() == "2025-10-30T13:23:54+08:00"
    undated = extract(page.replace(state, array).replace("<p>30 Oktober 2025</p>", ""), url)
    assert undated is not None
    assert undated.published_at is None or undated.published_at.isoformat() != (
        "2025-10-30T13:23:54+08:00")


def test_what_a_card_grid_leaves_is_a_listing():
    from crawler.prose import looks_like_listing

    lines = ["Kadin Ri Negara Kepulauan Tapi Mengandalkan Transportasi Darat",
             "Kamar Dagang dan Industri Indonesia (Kadin) bidang Perhubungan hari ini "
             "menyelenggarakan Rapat Koordinasi Nasional. Dalam rapat\u2026",
             "Dpr Tetap Gelar Paripurna Meski Novanto Ke Sidang E Ktp",
             "Ketua DPR, Setya Novanto, hari ini menghadiri sidang kasus megakorupsi e - KTP di "
             "Pengadilan Tipikor. Padahal, DPR ada agenda paripurna yang salah ..."]
    assert looks_like_listing(lines)
    # an article that quotes with an ellipsis once is prose
    assert not looks_like_listing([lines[0], lines[1], " ".join((BODY * 2).split()), OTHER])


def test_other_news_from_the_station_ends_the_text():
    from crawler.extract.boilerplate import clean_lines

    kept, _ = clean_lines([OTHER, "Berita Lainnya dari RRI Palu", "Warga Palu Gelar Festival"])
    assert kept == [OTHER]


@pytest.mark.parametrize("line", [
    "Bersambung ke Hal. 9", "Sambungan dari halaman 12", "(Bersambung)", "Continued on page A4",
    "Terbit di Edisi Cetak Kamis, 6 Juni 2024, Hal. 3",
    "Dimuat di edisi cetak Tribun Timur, Senin 3 Juni 2024, halaman 5",
    "Edisi Cetak, Hukum & Kriminal",
    "Baca selengkapnya di e-paper Pos Kupang edisi 14 Juni 2024.",
    "Untuk membaca berita selengkapnya, silakan berlangganan e-paper Radar Bogor",
    "Selengkapnya baca di koran Fajar edisi hari ini",
    "*) Penulis adalah peneliti pada Pusat Studi Otonomi Daerah.",
    "Isi artikel ini sepenuhnya menjadi tanggung jawab penulis.",
    "Sampaikan keluhan Anda lewat SP4N-LAPOR!",
    "Punya aduan soal jalan rusak? Laporkan lewat lapor.go.id",
    "Hubungi Call Center Pemkot Bitung: 112",
])
def test_print_edition_blog_and_public_service_furniture(line):
    assert classify_line(line) == "junk"


@pytest.mark.parametrize("line", [
    "Sambungan listrik ke tiga desa itu rampung dibangun PLN pada akhir tahun lalu.",
    "Edisi cetak harian itu kini terbit dua kali seminggu sejak pandemi, kata pemimpin redaksi.",
    "Wali Kota mengajak warga menyampaikan aduan lewat SP4N-LAPOR agar cepat ditindaklanjuti.",
    "Penulis adalah profesi yang ia tekuni sejak lulus kuliah di Makassar, katanya.",
    "Untuk itu pemerintah daerah menyiapkan anggaran sebesar Rp2 miliar pada tahun ini.",
])
def test_sentences_near_print_furniture_stay(line):
    assert classify_line(line) is None


def test_a_block_between_br_paragraphs_is_not_glued_to_the_text():
    ad = ('<center><small>ADVERTISEMENT</small><br><ins class="adsbygoogle"></ins></center>')
    page = (f"<html><head><title>Bitung dan Davao Bahas Kerja Sama</title></head><body>"
            "<div id='content'><div style='font-weight:bold'>Bitung dan Davao Bahas Kerja Sama"
            "</div><div style='color:#777'>Oleh: Diskominfo | 17-02-2024</div>"
            f"<div class='content'><b>BITUNG -</b> {BODY}<br><br>{OTHER}{ad}{BODY}<br><br>"
            f"{OTHER}</div></div></body></html>")
    found = extract(page, "https://m.bitungkota.go.id/read/5512/bitung-dan-davao")
    assert found is not None
    assert not any("ADVERTISEMENT" in line for line in found.text.splitlines())
    assert " ".join(OTHER.split()) in found.text.splitlines()


def _app_page(state: str, shown: str, related: str = "") -> str:
    return ("<html><head><title>Portal Resmi Pemerintah Kota Tarakan</title></head><body>"
            f"<div id='app'><main><article><a href='/berita?kategori=sosial'>Sosial</a>"
            f"<p class='text-3xl font-bold'>{shown}</p><p class='text-sm'>Humas Setda</p>"
            f"<p>{BODY * 2}</p><p>{OTHER}</p></article>{related}</main></div>{state}"
            "</body></html>")


def test_an_apps_headline_and_time_come_from_its_state():
    headline_ = "Tarakan dan Tawau Sepakati Kerja Sama Perdagangan"
    neighbour = "Harga Cabai di Pasar Tenguyun Naik Jelang Lebaran"
    related = f"<aside><a href='/berita/harga-cabai'><h3>{neighbour}</h3></a></aside>"
    state = ('<script type="application/json" id="__INITIAL_DATA__">{"related": [{"judul": "'
             + neighbour + '"}], "article": {"judul": "' + headline_ + '", '
             '"published_at": "2024-10-24T19:26:00+08:00"}}</script>')
    url = "https://tarakankota.go.id/berita/24213"
    found = extract(_app_page(state, headline_, related), url)
    assert found is not None
    assert found.title == headline_  # the neighbour's title is shown only as a link
    assert found.published_at.isoformat() == "2024-10-24T19:26:00+08:00"
    # Inertia keeps the state in an attribute; an update's printed day is not the date
    inertia = ('<div id="app" data-page="{&quot;props&quot;: {&quot;berita&quot;: {&quot;title'
               f'&quot;: &quot;{headline_}&quot;, &quot;published_at&quot;: &quot;'
               '2024-10-24T19:26:00+08:00&quot;}}}"></div>')
    page = _app_page(inertia, headline_).replace(
        "<p class='text-sm'>Humas Setda</p>",
        "<p class='text-sm meta'>Diterbitkan 2 hari lalu Diperbarui: 26 Oktober 2024</p>")
    found = extract(page, url)
    assert found is not None
    assert found.title == headline_
    assert found.published_at.isoformat() == "2024-10-24T19:26:00+08:00"
    # a section's page: the state's first title is a card's, and the grid is refused
    cards = "".join(f"<a href='/berita/{n}'><div><h3>{t}</h3><p>{BODY[:120]}…</p></div></a>"
                    for n, t in ((1, neighbour), (2, headline_)))
    listing = ("<html><head><title>Kategori: Sosial | Pemkot Tarakan</title></head><body>"
               f"<main><h1>Kategori: Sosial</h1><div class='grid'>{cards}</div></main>{state}"
               "</body></html>")
    assert extract(listing, "https://tarakankota.go.id/berita?kategori=sosial") is None


def test_a_lite_pages_date_below_the_text_is_read():
    page = ("<html><head><title>Warga Sangihe Sambut Delegasi Davao - Pemkab Sangihe</title>"
            "</head><body><div id='content'><div style='font-weight:bold'>Warga Sangihe Sambut "
            f"Delegasi Davao</div><div class='content'><p>{BODY * 2}</p><p>{OTHER}</p></div>"
            "<div style='color:#777'>Rabu, 30 Juli 2025, jam 12.26 WITA | 3.128x</div>"
            "<div class='related'><b>Berita Terkait</b><br><a href='/read/1'>Lain</a> "
            "<small>1 Juli 2025 09:00</small></div></div></body></html>")
    url = "https://m.sangihekab.go.id/read/881/warga-sangihe-sambut-delegasi-davao"
    found = extract(page, url)
    assert found is not None
    assert found.published_at.isoformat() == "2025-07-30T12:26:00+08:00"
    # a UTC stamp takes the zone of the same time printed below the text
    stamped = page.replace("</head>", '<meta property="article:published_time" '
                                      'content="2025-07-30T04:26:00Z"></head>')
    found = extract(stamped, url)
    assert found is not None
    assert found.published_at.isoformat() == "2025-07-30T12:26:00+08:00"


def test_a_groups_paper_is_named_by_its_logo_and_its_host():
    text = f"<p>{BODY * 2}</p><p>{OTHER}</p>"
    page = ("<html><head><title>{title}</title></head><body><header><a href='https://{home}/'>"
            "<img src='/logo.png' alt='Radar Sorong'></a></header><div class='article-title'>"
            "Sorong dan Darwin Jajaki Kerja Sama</div><div class='isi'>" + text +
            "</div></body></html>")
    headline_ = "Sorong dan Darwin Jajaki Kerja Sama"
    # the paper's page on the group's e-paper host: its logo names it
    found = extract(page.format(title="Edisi Cetak | Radar Sorong", home="radarsorong.jawapos.com"),
                    "https://epaper.jawapos.com/2025-10-18/5/2920871")
    assert found is not None
    assert found.title == headline_
    # its own subdomain of the group's domain names it too
    found = extract(page.format(title=f"{headline_} | Radar Sorong", home="example.org"),
                    "https://radarsorong.jawapos.com/cetak/20241014/8119472.html")
    assert found is not None
    assert found.title == headline_


def test_a_label_above_the_first_paragraph_and_an_offices_dateline_are_not_text():
    from crawler.extract.boilerplate import clean_lines

    paragraph = " ".join((BODY * 2).split())
    for label in ("Kegiatan Pimpinan", "Biro Administrasi Pimpinan", "Pengumuman"):
        kept, removed = clean_lines([label, paragraph, OTHER])
        assert kept == [paragraph, OTHER]
        assert label in removed
    # a short opening sentence is text
    kept, _ = clean_lines(["Kerja sama dimulai.", paragraph])
    assert kept[0] == "Kerja sama dimulai."
    assert split_dateline(f"Sungguminasa, Pemkab Gowa - {paragraph}") == (
        "Sungguminasa, Pemkab Gowa -", paragraph)
    assert split_dateline(f"Merauke, Pemprov Papua Selatan - {paragraph}")[1] == paragraph
    # a person after the comma is the sentence's subject, not an outlet
    line = f"Ambon, Gubernur Maluku - {paragraph}"
    assert split_dateline(line) == (None, line)


def test_a_councils_header_and_a_lead_headline_repeated_in_the_photos_alt():
    headline_ = "Kunjungan Kerja Komisi I ke Kota Tawau Bahas Perdagangan Lintas Batas"
    page = ("<html><head><title>Sekretariat DPRD Provinsi Kalimantan Utara :: Detail Berita"
            "</title></head><body><div class='site-name'><h1>SEKRETARIAT DPRD PROVINSI KALIMANTAN "
            "UTARA</h1></div><nav><a href='/berita'>Berita</a></nav><div class='konten-berita'>"
            f"<p class='lead'><strong>{headline_}</strong></p><div class='post-meta'>"
            "<span>230 views</span></div><img src='/up/1.jpg' alt='" + headline_ + "'>"
            f"<div class='konten'><p>{BODY * 2}</p><p>{OTHER}</p></div></div>"
            f"<aside><h4>Berita Populer</h4><a href='/berita/9'><img src='/up/2.jpg' "
            "alt='Harga Cabai di Tanjung Selor Naik Lagi'><b>Harga Cabai di Tanjung Selor Naik "
            "Lagi</b></a></aside></body></html>")
    # the host abbreviates the province past reading ("kaltaraprov"): its name is a
    # region's, so the header and <title> name an office, not the article
    found = extract(page, "https://setwan.kaltaraprov.go.id/index.php/home/berita_detail/2379")
    assert found is not None
    assert found.title == headline_
    from crawler.extract.titles import names_office

    assert names_office("DPRD Prov. Sumatera Barat", set())
    assert not names_office("DPRD Kota Bandung Setujui APBD", set())


@pytest.mark.parametrize("line", [
    "SIARAN PERS", "Press Release", "Rilis Media / Press Release", "Untuk Segera Dipublikasikan",
    "FOR IMMEDIATE RELEASE", "Nomor: 045/HUMAS/III/2025", "No. : B-12/Prokopim/HM.01/2025",
    "- SELESAI -", "-o0o-", "###", "Kontak Media:", "Narahubung", "Media enquiries",
    "Untuk informasi lebih lanjut, silakan hubungi:",
    "Telp. (0411) 873225 Fax. (0411) 873226", "HP/WA: +62 813-4455-6677",
    "Surel: humas@sulbarprov.go.id, Laman www.sulbarprov.go.id", "電話：082-245-2111",
    "ttd", "Pembina Utama Muda", "Plt. Kepala Dinas Komunikasi dan Informatika,",
    "Jabatan: Kepala Bagian Protokol", "NIP 19750312 200003 1 004",
    "Jl. Jenderal Sudirman No. 12, Mamuju 91511", "| Sifat | : | Segera |",
    "The following article is published in its original language (Bahasa Indonesia).",
    "Courtesy of Makassar", "Bahasa Indonesia", "- Tidak ada Komentar", "(/dk3)",
])
def test_press_release_contact_and_partner_page_furniture(line):
    assert classify_line(line) == "junk"


@pytest.mark.parametrize("line", [
    "Warga dapat menghubungi nomor 0812-3456-7890 untuk mendaftar, kata dia.",
    "http://bit.ly/3xYz12", "021-751-1500", "www.mamujukab.go.id",
    "Kepala Dinas Komunikasi dan Informatika, Budi Santoso, mengatakan kerja sama itu penting.",
    "Jalan Ahmad Yani di Pontianak ditutup sementara karena perbaikan.",
    "Selesai rapat, wali kota langsung meninjau lokasi pembangunan dermaga.",
    "Nama kerja sama itu adalah Sister City Bitung-Davao yang diteken sejak 2019 lalu.",
    "The agreement was written in Bahasa Indonesia and English, the mayor said.",
    "| Kabupaten | Jumlah | Persen |",
])
def test_sentences_and_data_near_press_release_furniture_stay(line):
    assert classify_line(line) is None


def test_a_lone_time_of_day_is_a_byline_part():
    assert classify_line("- 00:14 WIB") == "byline"
    assert classify_line("pukul 02.42 WITA") == "byline"
    sentence = "Pukul 10.00 WIB, rombongan tiba di bandara dan disambut wali kota."
    assert classify_line(sentence) is None


def test_a_letterhead_a_dated_dateline_and_the_offices_boilerplate_are_not_text():
    from crawler.extract.boilerplate import clean_lines

    paragraph = " ".join((BODY * 2).split())
    lines = ["PEMERINTAH KABUPATEN MAMUJU", "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
             "Jl. Soekarno Hatta No. 1, Mamuju 91511", "SIARAN PERS",
             f"MAMUJU, Senin (3/3/2025) – {paragraph}", OTHER, "Tentang Diskominfo Mamuju",
             "Dinas Komunikasi, Informatika dan Persandian Kabupaten Mamuju merupakan unsur "
             "pelaksana urusan pemerintahan di bidang komunikasi dan informatika.",
             "Narahubung:", "Nama: Andi Baso", "WhatsApp: 0812 4000 1234"]
    kept, removed = clean_lines(lines)
    assert kept == [f"MAMUJU, Senin (3/3/2025) – {paragraph}", OTHER]
    assert "PEMERINTAH KABUPATEN MAMUJU" in removed
    assert split_dateline(kept[0]) == ("MAMUJU, Senin (3/3/2025) –", paragraph)
    # a line in capitals that names no office stays ("CLICK FOR FULL RESULTS" is a link's)
    kept, _ = clean_lines(["CLICK FOR FULL STATE SWIM RESULTS", paragraph])
    assert kept[0] == "CLICK FOR FULL STATE SWIM RESULTS"


def test_labels_in_an_east_asian_script_are_not_an_indonesian_texts():
    from crawler.extract.boilerplate import clean_lines

    paragraph = " ".join((BODY * 2).split())
    verse = "وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى"  # a verse quoted in an Indonesian text
    kept, _ = clean_lines(["| 게시일 | 2024-05-13 10:21 KST | | |", paragraph, verse,
                           "印尼文原文，仅供参考。", "- 上一篇：Wali Kota Terima Delegasi", OTHER,
                           "Wali Kota Mokpo (목포시) menyambut delegasi Bitung pekan lalu."])
    assert kept == [paragraph, verse, OTHER,
                    "Wali Kota Mokpo (목포시) menyambut delegasi Bitung pekan lalu."]
    # a text in Korean keeps its lines
    korean = ["부산시는 수라바야시와 자매결연 30주년을 맞아 교류 확대 방안을 논의했다.",
              "양 도시는 항만과 관광 분야에서 협력을 강화하기로 합의했다고 밝혔다."]
    assert clean_lines(korean)[0] == korean


@pytest.mark.parametrize(("declared", "expected"), [
    ("北九州市公式ホームページ｜Bitung Terima Delegasi Kota Davao",
     "Bitung Terima Delegasi Kota Davao"),
    ("경기도 누리집 < Jawa Barat dan Gyeonggi Perpanjang Kerja Sama",
     "Jawa Barat dan Gyeonggi Perpanjang Kerja Sama"),
    ("海南省人民政府门户网站_Bali dan Hainan Bahas Pariwisata", "Bali dan Hainan Bahas Pariwisata"),
    ("Semarang dan Brisbane Jajaki Kerja Sama | 서울특별시",
     "Semarang dan Brisbane Jajaki Kerja Sama"),
])
def test_a_partner_sites_name_in_its_own_script_is_cut_from_the_title(declared, expected):
    assert strip_site(declared, set()) == expected


@pytest.mark.parametrize(("text", "iso"), [
    ("公開日：2024/05/13 10:21 (JST)", "2024-05-13T10:21:00+09:00"),
    ("작성일 2024.05.13. 10:21 (KST)", "2024-05-13T10:21:00+09:00"),
    ("발행일 2024년 5월 13일 10시 21분 KST", "2024-05-13T10:21:00+09:00"),
    ("发布时间：2024-05-13 10:21 CST(UTC+08:00)", "2024-05-13T10:21:00+08:00"),
    ("发布日期：2023-07-31 21:48（北京时间）", "2023-07-31T21:48:00+08:00"),
    ("Fri 3 May 2024 10.21 AEST", "2024-05-03T10:21:00+10:00"),
    ("May 3, 2024 at 10:21 am JST", "2024-05-03T10:21:00+09:00"),
    ("Selasa (1/7/2025) 10.00 WITA", "2025-07-01T10:00:00+08:00"),
])
def test_a_partners_time_is_read_in_its_own_zone(text, iso):
    from crawler.extract.dates import read_text_date

    found = read_text_date(text)
    assert found is not None
    assert found.precision == "time"
    assert found.when.isoformat() == iso


def test_a_partners_time_without_its_zone_and_an_era_year_give_the_day():
    from crawler.extract.dates import read_text_date

    for text, day in (("2024年5月13日 10時21分", "2024-05-13"), ("令和6年5月13日", "2024-05-13"),
                      ("2024-05-13 10:21 CST", None)):
        found = read_text_date(text)
        assert found is not None
        if day:
            assert found.precision == "date"
            assert found.calendar_day.isoformat() == day


def test_the_next_article_an_outlet_appends_is_not_the_articles():
    headline_ = "Bitung dan Davao Perluas Kerja Sama Perikanan"
    nxt = ("<div class='next-article-separator'><span>Artikel Selanjutnya</span></div>"
           "<article class='detail detail--next'><h1><a href='https://news.example.com/berita/"
           "d-2/harga-cabai-naik'>Harga Cabai Naik Jelang Lebaran</a></h1><div>Sabtu, 8 Juni "
           "2024 08:37 WITA</div><div class='detail__body-text'><p>Harga cabai rawit di pasar "
           "tradisional kembali naik menjelang Lebaran, kata pedagang yang ditemui pada Sabtu "
           "pagi di pasar.</p></div></article>")
    page = (f"<html><head><title>{headline_} - Kabar Sulut</title></head><body><div "
            f"class='detail'><h1>{headline_}</h1><div class='detail__body-text'><p>{BODY * 2}"
            f"</p><p>{OTHER}</p></div>{nxt}</div></body></html>")
    url = "https://news.example.com/berita/d-1/bitung-dan-davao-perluas"
    found = extract(page, url)
    assert found is not None
    assert found.title == headline_
    assert "Harga cabai" not in found.text
    # the appended <article> goes before trafilatura chooses a block; the page's own stays
    from crawler.extract.boilerplate import prune_tree

    tree = lxml_html.fromstring(page.replace("<div class='detail'>", "<article class='detail'>")
                                .replace("</div></body>", "</article></body>"))
    prune_tree(tree, keep=tree.find(".//h1"), url=url)
    assert [a.get("class") for a in tree.iter("article")] == ["detail"]
    assert "Harga cabai" not in tree.text_content()
    assert found.text.split("\n\n")[-1] == " ".join(OTHER.split())


def test_a_boards_index_read_as_a_table_is_a_listing():
    from crawler.prose import looks_like_listing

    rows = [f"| {n} | Judul Pengumuman Nomor {n} Tentang Layanan | 2024.11.{n:02d}. | {n * 7} |"
            for n in range(1, 7)]
    assert looks_like_listing(rows)
    assert not looks_like_listing([" ".join((BODY * 2).split()), rows[0], OTHER, OTHER])


@pytest.mark.parametrize("line", [
    "#PemkotBitung #SisterCity #Davao", "Already have an account? Sign in",
    "Subscribe to The Jakarta Globe for just $5 a week.", "Start free trial",
    "Related: Bitung dan Davao Bahas Perikanan", "| Call Center 112 | Layanan Darurat 24 Jam |",
    "| Hotline Polres Bitung: 0812-4000-1234 | (WhatsApp) |", "Klik di sini untuk mencetak.",
    "Article printed from Pemkot Bitung: https://bitungkota.go.id/",
    "URL artikel: https://bitungkota.go.id/berita/123", "| | PEMKOT BITUNG Website Resmi |",
    "Bab 3", "Part 2 of 4", "Dengarkan versi audio Durasi 7 menit", "Bagikan kutipan",
])
def test_paywall_print_view_and_long_read_furniture(line):
    assert classify_line(line) == "junk"


@pytest.mark.parametrize("line", [
    "Publisher : Pendam XIII/Merdeka",
    "Diposting Oleh Admin Pada 9 Juni 2024 @ 10:21 WITA Dalam Berita | Tidak ada komentar",
])
def test_more_byline_shapes(line):
    assert classify_line(line) == "byline"


@pytest.mark.parametrize("line", [
    "Warga dapat melapor ke call center 112 bila ada kebakaran, kata kepala dinas.",
    "Bab baru kerja sama kedua kota dimulai tahun ini, kata wali kota.",
    "Dalam kunjungan itu, wali kota menandatangani nota kesepahaman dengan Davao.",
    "The city council voted to subscribe to the partnership programme with Davao City.",
    "| Bitung | 1.234 |",
])
def test_sentences_near_paywall_and_print_furniture_stay(line):
    assert classify_line(line) is None


@pytest.mark.parametrize(("line", "dateline"), [
    ("SEOUL, May 3 (Yonhap) -- ", "SEOUL, May 3 (Yonhap) --"),
    ("BITUNG, PENDIM 1310/BITUNG - ", "BITUNG, PENDIM 1310/BITUNG -"),
    ("Tahuna, Humas Polres Kepulauan Sangihe – ", "Tahuna, Humas Polres Kepulauan Sangihe –"),
])
def test_agency_and_unit_datelines(line, dateline):
    assert split_dateline(line + " ".join((BODY * 2).split()))[0] == dateline


def test_a_print_views_title_and_its_at_sign_time():
    from crawler.extract.dates import read_text_date

    assert strip_site("Bitung Terima Delegasi Davao » Print", set()) == (
        "Bitung Terima Delegasi Davao")
    assert strip_site("Versi Cetak: Bitung Terima Delegasi Davao", set()) == (
        "Bitung Terima Delegasi Davao")
    found = read_text_date("Pada 6 Juni 2024 @ 00:07 WIT")
    assert found is not None
    assert found.when.isoformat() == "2024-06-06T00:07:00+09:00"
