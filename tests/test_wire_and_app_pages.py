"""Pages the eleventh layout set showed: a headless CMS's blocks (its "shared.*"
components, a summary list and a pull quote that repeat the text, an entry's creation
time), a press wire (its dateline, labelled facts, the original's link, other releases),
a portal's contact block, and a text folded behind "Baca selengkapnya"
(crawler.extract.article, .boilerplate, .furniture, .markup, .meta, .bylines)."""

from __future__ import annotations

import json

import pytest

from crawler.extract.article import extract
from crawler.extract.boilerplate import TAIL_MARKERS, classify_line
from crawler.extract.furniture import split_dateline

HEADLINE = "Pemkot Bitung Perluas Layanan Air Bersih ke Pulau Lembeh"
PARAGRAPHS = [
    "Pemerintah Kota Bitung memperluas layanan air bersih ke tiga kelurahan di Pulau Lembeh "
    "tahun ini. Air dialirkan dengan pipa bawah laut sepanjang dua kilometer dari daratan.",
    "Wali kota mengatakan pembangunan jaringan pipa ditargetkan rampung akhir tahun, sehingga "
    "warga tidak lagi membeli air dari kapal pengangkut dengan harga yang mahal setiap pekan.",
    "Warga menyambut baik rencana itu karena selama musim kemarau persediaan air di sumur "
    "mereka kerap kering, terutama di kelurahan yang berada di pesisir timur pulau tersebut.",
]
URL = "https://bitungkini.id/berita/pemkot-bitung-perluas-layanan-air-bersih"


def _blocks(extra_before: str = "", state: dict | None = None, printed: str = "") -> bytes:
    blocks = "".join(f'<div class="block block--paragraph" data-component="shared.rich-text">'
                     f"<p>{p}</p></div>" for p in PARAGRAPHS)
    script = (f'<script type="application/json" id="entry-data">{json.dumps(state)}</script>'
              if state else "")
    return (f"<html><head><title>{HEADLINE} | Bitung Kini</title></head><body><main>"
            f'<article class="entry"><header><h1>{HEADLINE}</h1><div class="meta">{printed}'
            f'</div></header><div class="body">{extra_before}{blocks}</div></article></main>'
            f"{script}</body></html>").encode()


def test_a_headless_cms_shared_components_are_the_text():
    # "shared.rich-text" is a component's name, not a share bar
    found = extract(_blocks(), URL)
    assert found is not None
    assert found.text.split("\n\n") == PARAGRAPHS


def test_a_summary_list_and_a_pull_quote_that_repeat_the_text_are_furniture():
    # each one sentence of a longer paragraph, word for word
    first = PARAGRAPHS[0].split(" Air dialirkan")[0]
    summary = (f'<div class="block block--summary" data-component="shared.key-points">'
               f"<h2>Poin Penting</h2><ul><li>{first}</li></ul></div>")
    quote = f"<blockquote><p>“{PARAGRAPHS[0].split('ini. ')[1]}”</p></blockquote>"
    found = extract(_blocks(summary + quote), URL)
    assert found is not None
    assert [line for line in found.text.split("\n\n") if line in PARAGRAPHS] == PARAGRAPHS
    assert first not in found.text.replace(PARAGRAPHS[0], "")
    assert "“" not in found.text


def test_an_entrys_creation_time_gives_way_to_the_printed_time():
    state = {"sys": {"createdAt": "2024-09-07T00:33:00.000Z"},
             "fields": {"title": HEADLINE, "publishDate": "2024-09-07"}}
    found = extract(_blocks(state=state, printed="<span>Saturday, September 7, 2024 - "
                                                 "11:26 AM</span>"), URL)
    assert found is not None
    assert found.published_at is not None
    assert (found.published_at.hour, found.published_at.minute) == (11, 26)


@pytest.mark.parametrize(("line", "dateline"), [
    ("BITUNG, Sulawesi Utara, April 12, 2025 /Mediawire Indonesia/ -- " + PARAGRAPHS[0],
     "BITUNG, Sulawesi Utara, April 12, 2025 /Mediawire Indonesia/ --"),
    ("JAKARTA, 12 Mei 2025 /PRNewswire/ - " + PARAGRAPHS[1],
     "JAKARTA, 12 Mei 2025 /PRNewswire/ -"),
    ("PONTIANAK, Kalimantan Barat, 23/2/2025 /RilisNusantara/ - " + PARAGRAPHS[2],
     "PONTIANAK, Kalimantan Barat, 23/2/2025 /RilisNusantara/ -"),
])
def test_a_wires_dateline_is_furniture(line, dateline):
    assert split_dateline(line) == (dateline, line[len(dateline) + 1:])


def test_a_sentence_with_slashes_is_no_wire_dateline():
    line = "Jakarta, yang menjadi ibu kota, menyumbang 17 persen ekonomi nasional/regional."
    assert split_dateline(line)[0] is None


@pytest.mark.parametrize("line", [
    "- Language: Indonesian", "Bahasa: Indonesia", "- Wilayah: Jambi",
    "Lihat rilis asli: https://www.rilisnusantara.com/news-releases/x-123.html",
    "View original content:https://id.mediawireasia.com/news-releases/123-x",
])
def test_a_wires_facts_and_links_are_junk(line):
    assert classify_line(line) == "junk"


def test_a_short_summary_item_that_repeats_a_sentence_goes_a_short_line_stays():
    item = "Warga menyambut baik rencana itu."
    body = PARAGRAPHS[2].replace("Warga menyambut baik rencana itu karena", item + " Sebab")
    page = (f"<html><head><title>{HEADLINE} - Kabar</title></head><body><article>"
            f"<h1>{HEADLINE}</h1><ul><li>{item}</li></ul><p>{PARAGRAPHS[0]}</p>"
            f"<p>{PARAGRAPHS[1]}</p><p>{body}</p><p>Terima kasih.</p><p>Terima kasih.</p>"
            "</article></body></html>")
    found = extract(page.encode(), URL)
    assert found is not None
    assert found.text.split("\n\n")[:3] == [*PARAGRAPHS[:2], body]
    assert item not in found.text.replace(body, "")


@pytest.mark.parametrize("line", ["Rilis lainnya dari PT Bank Perkreditan Rakyat Lumbung Maluku",
                                  "Rilis lainnya dari PT Agro Lestari Jambi",
                                  "More news from Pemerintah Kota Bitung", "Hubungi Kami"])
def test_other_releases_and_a_contact_block_end_the_text(line):
    assert TAIL_MARKERS.fullmatch(line)


def test_a_wilayah_sentence_stays():
    assert classify_line("Wilayah pesisir timur kerap kekurangan air bersih pada musim kemarau "
                         "panjang.") is None


def test_a_text_folded_behind_read_more_is_the_articles():
    page = (f"<html><head><title>{HEADLINE} - Kabar</title></head><body><article>"
            f"<h1>{HEADLINE}</h1><p>{PARAGRAPHS[0]}</p>"
            f'<div class="continue-reading"><button>Baca lebih lanjut</button></div>'
            f'<div class="folded" aria-hidden="true"><p>{PARAGRAPHS[1]}</p><p>{PARAGRAPHS[2]}'
            f'</p></div><span aria-hidden="true">×</span></article></body></html>')
    found = extract(page.encode(), URL)
    assert found is not None
    assert found.text.split("\n\n") == PARAGRAPHS
