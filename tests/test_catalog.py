"""The built-in catalog covers every regional government once, by Kemendagri code."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from importlib import resources

import pytest

from crawler.config.regions import KINDS, find, regions
from crawler.config.settings import ConfigError
from crawler.config.sources import Source, load_catalog, load_sources
from tests.conftest import ROOT, SHARED, pantau

CATALOG = load_catalog()
TEXT = resources.files("crawler.config").joinpath("data", "sources.toml").read_text("utf-8")
REGION_LIST = SHARED / "data" / "regions.csv"


def test_every_entry_loads_with_a_unique_name_and_url():
    names = [s.name for s in CATALOG.sources]
    urls = [s.url for s in CATALOG.sources]
    assert len(set(names)) == len(names) == len(CATALOG.sources)
    assert len(set(urls)) == len(urls)
    assert all(s.url.startswith("https://") and s.enabled for s in CATALOG.sources)


def test_the_region_table_is_the_552_regional_governments():
    kinds = Counter(r.kind for r in regions().values())
    assert [kinds[k] for k in KINDS] == [38, 416, 98]


def test_every_region_is_a_source_or_missing_exactly_once():
    portals = Counter(s.region_code for s in CATALOG.sources if s.kind)
    missing = Counter(m.region_code for m in CATALOG.missing)
    assert set(portals) | set(missing) == set(regions())
    assert (portals + missing).most_common(1)[0][1] == 1
    assert CATALOG.gaps() == CATALOG.missing  # listed, in the table's order
    assert all(regions()[m.region_code].kind != "province" for m in CATALOG.missing)
    assert (len(portals), len(missing)) == (351, 201)


def test_region_codes_are_codes_of_the_one_table_with_its_names():
    coded = [s for s in CATALOG.sources if s.region_code]
    assert all(s.region_code in regions() for s in coded)
    for source in coded:
        assert source.region == regions()[source.region_code].name, source.name
        if source.kind:
            assert source.kind == regions()[source.region_code].kind, source.name
    # the desks and bureaus about a region carry its code too, without being its site
    assert {s.region_code for s in CATALOG.sources if s.name.startswith("antara-")} <= {
        code for code in regions() if "." not in code}


def test_national_portals_desks_and_existing_names_stay():
    names = {s.name for s in CATALOG.sources}
    assert {"teropongnews", "infopublik", "antaranews", "beritajakarta", "jakarta-go-id",
            "mediacenter-riau", "kominfo-jatimprov", "biropemerintahan-bantenprov",
            "kerjasama-bandung", "makassarkota", "denpasarkota", "warta-jogjakota",
            "berita-gorontaloprov", "pemkomedan", "surabaya"} <= names
    assert sum(n.startswith("antara-") for n in names) == 32
    assert sum(s.region_code is None for s in CATALOG.sources) == 2  # infopublik, antaranews


def test_every_entry_keeps_a_comment_and_every_government_site_its_evidence():
    blocks = TEXT.split("[[source]]\n")[1:]
    assert len(blocks) == len(CATALOG.sources)
    for block in blocks:
        assert block.startswith("# "), block[:80]
        if "\nkind = " in block:
            assert "Domain: " in block, block[:200]
    missing = re.findall(r'\[\[missing\]\]\nregion_code = "[0-9.]+"  # (.+)\n', TEXT)
    assert len(missing) == len(CATALOG.missing)


def test_the_disagreements_with_the_region_list_are_noted():
    by_name = {s.name: s for s in CATALOG.sources}
    assert by_name["makassarkota"].url == "https://makassarkota.go.id/"
    assert by_name["denpasarkota"].region_code == "51.71"
    for name, other in (("makassarkota", "makassar.go.id"), ("denpasarkota", "region list has no"),
                        ("murungrayakab", "kabmurungraya.go.id"),
                        ("malutprov", "malukuutaraprov.go.id")):
        block = TEXT[TEXT.index(f'name = "{name}"') - 600:TEXT.index(f'name = "{name}"')]
        assert other in " ".join(block.rsplit("[[source]]", 1)[1].replace("# ", "").split()), name


@pytest.mark.skipif(not REGION_LIST.is_file(), reason=f"no region list at {REGION_LIST}")
def test_the_generated_part_is_what_the_script_makes_of_the_region_list():
    result = subprocess.run(
        [sys.executable, str(ROOT / "contrib" / "build_catalog.py"), str(REGION_LIST),
         "--check"], capture_output=True, text=True, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


@pytest.mark.parametrize("spelling", ["DKI Jakarta", "Daerah Khusus Ibukota Jakarta", "jakarta"])
def test_a_region_is_one_code_however_it_is_spelt(spelling):
    source = Source("x", "https://x.go.id/", region=spelling)
    assert source.region_code == "31"
    assert source.region == spelling  # the label is the file's, the link is the code


def test_a_name_two_regions_share_links_to_none():
    assert find("Bandung") is None  # Kabupaten Bandung and Kota Bandung
    assert find("Kota Bandung").code == "32.73"
    assert find("Bengkulu").code == "17"  # the province's own name, not Kota Bengkulu
    assert Source("x", "https://x.go.id/", region="Bandung").region_code is None
    assert Source("x", "https://x.go.id/", region_code="32.73").region == "Kota Bandung"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ('[[source]]\nname = "x"\nurl = "https://x.go.id/"\nregion_code = "99.99"',
         "source 'x': region_code: '99.99' is not a Kemendagri code"),
        ('[[source]]\nname = "x"\nurl = "https://x.go.id/"\nregion_code = "35.78"\n'
         'kind = "regency"', r"source 'x': kind: 35.78 \(Kota Surabaya\) is a city"),
        ('[[source]]\nname = "x"\nurl = "https://x.go.id/"\nkind = "city"',
         "source 'x': kind: needs the region_code"),
        ('[[source]]\nname = "x"\nurl = "https://x.go.id/"\nregion_code = "35.78"\n'
         'kind = "city"\n[[source]]\nname = "y"\nurl = "https://y.go.id/"\n'
         'region_code = "35.78"\nkind = "city"',
         "source 'y': kind: 35.78 already has its government's site, source 'x'"),
        ('[[source]]\nname = "x"\nurl = "https://x.go.id/"\nregion_code = "35.78"\n'
         'kind = "city"\n[[missing]]\nregion_code = "35.78"\nreason = "gone"',
         "missing '35.78': it has a source, 'x'"),
        ('[[source]]\nname = "x"\nurl = "https://x.go.id/"\n[[missing]]\n'
         'region_code = "11.09"\nreason = "?"\n[[missing]]\nregion_code = "11.09"\nreason = "?"',
         "missing '11.09': listed twice"),
        ('[[source]]\nname = "x"\nurl = "https://x.go.id/"\n[[missing]]\nregion_code = "11.09"',
         "missing '11.09': missing key 'reason'"),
    ],
)
def test_bad_region_entries_fail_at_load_naming_the_entry(tmp_path, entries, message):
    path = tmp_path / "sources.toml"
    path.write_text(entries + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_sources(path)


def test_sources_missing_lists_the_gap_for_people_and_scripts():
    table = pantau("sources", "--missing")
    assert table.returncode == 0, table.stderr
    assert "201 of 552 regions have no source in built-in catalog" in table.stdout
    assert "pantau sources discover https://DOMAIN/ --region CODE" in table.stdout
    assert re.search(r"12\.01 +│ Kabupaten Tapanuli Tengah +│ regency +│ Sumatera Utara +│ "
                     r"no public source", table.stdout)
    rows = json.loads(pantau("sources", "list", "--missing", "--format", "json").stdout)
    assert len(rows) == 201
    assert rows[0] == {"region_code": "12.01", "region": "Kabupaten Tapanuli Tengah",
                       "kind": "regency", "province": "Sumatera Utara",
                       "reason": "no public source found names its domain"}
    assert "51.71" not in {r["region_code"] for r in rows}  # Denpasar: kept from the catalog


def test_sources_missing_of_a_file_of_ones_own(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[[source]]\nname = "surabaya"\nurl = "https://surabaya.go.id/"\n'
                    'region_code = "35.78"\nkind = "city"\n[[missing]]\n'
                    'region_code = "35.79"\nreason = "portal down since May"\n', "utf-8")
    rows = json.loads(pantau("sources", "--sources", str(path), "--missing", "--format",
                             "json").stdout)
    assert len(rows) == 551
    reasons = {r["region_code"]: r["reason"] for r in rows}
    assert reasons["35.79"] == "portal down since May"
    assert reasons["11"] == f"not in {path}"


def test_sources_lists_each_sources_region():
    rows = json.loads(pantau("sources", "--format", "json").stdout)
    assert len(rows) == len(CATALOG.sources) == 391
    surabaya = next(r for r in rows if r["name"] == "surabaya")
    assert (surabaya["region_code"], surabaya["region"], surabaya["kind"]) == (
        "35.78", "Kota Surabaya", "city")
