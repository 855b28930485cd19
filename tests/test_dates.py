"""crawler.extract.dates: Indonesian byline dates and machine-readable dates, always
timezone-aware."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crawler.extract.dates import parse_indonesian_datetime, parse_machine_datetime

WIB, WITA, WIT = (timezone(timedelta(hours=h)) for h in (7, 8, 9))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selasa, 27 Mei 2025 | 19:21 WIB", datetime(2025, 5, 27, 19, 21, tzinfo=WIB)),
        ("Oleh Juli, Selasa, 27 Mei 2025 | 19:21 WIB - Redaktur: Untung S - 570",
         datetime(2025, 5, 27, 19, 21, tzinfo=WIB)),
        ("Kamis (27/4/2023)", datetime(2023, 4, 27, tzinfo=WIB)),
        ("27/05/2025 19:21", datetime(2025, 5, 27, 19, 21, tzinfo=WIB)),
        ("Kompas.com - 21/05/2024, 19:05 WIB", datetime(2024, 5, 21, 19, 5, tzinfo=WIB)),
        ("Senin, 5 Agt 2024 pukul 08.30 WITA", datetime(2024, 8, 5, 8, 30, tzinfo=WITA)),
        ("Jumat, 1 Desember 2023 10:00 WIT", datetime(2023, 12, 1, 10, 0, tzinfo=WIT)),
        ("Rabu, 09 Oktober 2024 14:35:20", datetime(2024, 10, 9, 14, 35, 20, tzinfo=WIB)),
        ("Thursday, 14 November 2024 | 15:10 WITA", datetime(2024, 11, 14, 15, 10, tzinfo=WITA)),
        ("May 27, 2025 7:21 PM", datetime(2025, 5, 27, 19, 21, tzinfo=WIB)),
        ("Wednesday, 04 November, 2015 |  07:28 WIB", datetime(2015, 11, 4, 7, 28, tzinfo=WIB)),
        ("18 Jul 2024 10:42 GMT+7", datetime(2024, 7, 18, 10, 42, tzinfo=WIB)),
        ("2024-02-20 08:30 UTC", datetime(2024, 2, 20, 8, 30, tzinfo=UTC)),
        ("Diposting 3 Pebruari 2021", datetime(2021, 2, 3, tzinfo=WIB)),
        ("23 Oktober 2024 • 17:04 WIT", datetime(2024, 10, 23, 17, 4, tzinfo=WIT)),  # Ghost
        ("12 Mar 2025 · 08.10 WITA", datetime(2025, 3, 12, 8, 10, tzinfo=WITA)),
        ("27/05/2025 / 14:30", datetime(2025, 5, 27, 14, 30, tzinfo=WIB)),
        ("Tanggal : 11-11-2024, Jam : 15:38:08", datetime(2024, 11, 11, 15, 38, 8, tzinfo=WIB)),
        ("Rabu, 28 Juni 2023, Jam 00:48 WIT", datetime(2023, 6, 28, 0, 48, tzinfo=WIT)),
    ],
)
def test_byline_dates(text: str, expected: datetime) -> None:
    parsed = parse_indonesian_datetime(text)
    assert parsed == expected
    assert parsed is not None
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    ["", None, "Selasa sore", "31 Februari 2024", "32/13/2024", "tahun 2024", "Kamis (27/4)",
     "12.000 orang hadir", "Nomor 28 Tahun 2018"],
)
def test_no_date(text: str | None) -> None:
    assert parse_indonesian_datetime(text) is None


def test_a_number_is_not_a_clock_time() -> None:
    parsed = parse_indonesian_datetime("1 Januari 2024 12.000 peserta")
    assert parsed == datetime(2024, 1, 1, tzinfo=WIB)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-04-28T09:15:00+07:00", datetime(2023, 4, 28, 9, 15, tzinfo=WIB)),
        ("2016-02-16T02:10:56Z", datetime(2016, 2, 16, 2, 10, 56, tzinfo=UTC)),
        ("2016-02-16T09:10:56+0700", datetime(2016, 2, 16, 9, 10, 56, tzinfo=WIB)),
        ("2015-11-05 14:56:43", datetime(2015, 11, 5, 14, 56, 43, tzinfo=WIB)),
        ("2024/07/18 10:42:13", datetime(2024, 7, 18, 10, 42, 13, tzinfo=WIB)),
        ("2024-03-12", datetime(2024, 3, 12, tzinfo=WIB)),
    ],
)
def test_machine_dates(value: str, expected: datetime) -> None:
    parsed = parse_machine_datetime(value)
    assert parsed == expected
    assert parsed is not None
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("value", ["", None, "not a date", "0000-00-00 00:00:00"])
def test_machine_date_garbage(value: str | None) -> None:
    assert parse_machine_datetime(value) is None


@pytest.mark.parametrize(("text", "expected"), [
    # Drupal's default "D, m/d/Y - H:i": only the US order is a date
    ("Submitted by Admin on Thu, 09/18/2025 - 06:30", datetime(2025, 9, 18, 6, 30)),
    # both orders are dates: the printed day name decides (5 July 2025 was a Saturday)
    ("Sat, 07/05/2025 - 01:30", datetime(2025, 7, 5, 1, 30)),
    ("Rabu, 07/05/2025 10:00", datetime(2025, 5, 7, 10, 0)),  # 7 May 2025, a Wednesday
    # no day name: day first, as Indonesia writes it
    ("07/05/2025 10:00", datetime(2025, 5, 7, 10, 0)),
])
def test_a_numeric_date_is_read_in_the_order_that_makes_it_a_date(text, expected):
    assert parse_indonesian_datetime(text) == expected.replace(tzinfo=timezone(timedelta(hours=7)))


def test_a_numeric_date_that_is_none_in_either_order_is_refused():
    assert parse_indonesian_datetime("31/31/2024 10:00") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("21-Jun-2024", "2024-06-21"),  # a server's short form, Indonesian or English month
    ("Diposting : 02-Mei-2025 Oleh: operator", "2025-05-02"),
    ("Tanggal : 11-Des-2023", "2023-12-11"),
])
def test_a_servers_short_date_is_a_day(text, expected):
    from crawler.extract.dates import read_text_date

    found = read_text_date(text)
    assert found is not None
    assert found.precision == "date"
    assert found.calendar_day.isoformat() == expected


@pytest.mark.parametrize(("text", "expected"), [
    # .NET's en-US default: month first, a twelve-hour clock with seconds
    ("Posted : 8/4/2025 2:14:27 AM", "2025-08-04T02:14:27+07:00"),
    ("12/8/2024 8:43:33 PM", "2024-12-08T20:43:33+07:00"),
    # day first otherwise, as Indonesia writes it
    ("8/4/2025 14:14", "2025-04-08T14:14:00+07:00"),
    ("8/4/2025 2:14 PM", "2025-04-08T14:14:00+07:00"),
    # only one order is a date
    ("25/9/2025 7:00:46 AM", "2025-09-25T07:00:46+07:00"),
])
def test_the_us_default_of_dotnet_is_month_first(text, expected):
    from crawler.extract.dates import read_text_date

    found = read_text_date(text)
    assert found is not None
    assert found.when.isoformat() == expected


def test_a_wall_time_in_the_metadata_is_in_the_zone_printed():
    """``content_PublishedDate`` "2024-09-18 07:54:08" gives no zone; the page prints
    "07:54 WIT": the same wall time in eastern Indonesia, not WIB's."""
    from crawler.extract.article import extract

    body = ("<p>" + "Pemerintah Kota Ambon dan Kota Vlissingen membahas kerja sama. " * 6
            + "</p><p>" + "Kedua kota sepakat memperkuat hubungan kota kembar. " * 4 + "</p>")
    page = ('<html><head><meta name="content_PublishedDate" content="2024-09-18 07:54:08">'
            "<title>Ambon dan Vlissingen Bahas Kerja Sama</title></head><body><h1>Ambon dan "
            "Vlissingen Bahas Kerja Sama</h1><p>Rabu, 18 September 2024 07:54 WIT</p>"
            f"{body}</body></html>")
    found = extract(page, "https://ambon.example.com/2024/09/18/ambon-vlissingen")
    assert found is not None
    assert found.published_at.isoformat() == "2024-09-18T07:54:08+09:00"
    unzoned = extract(page.replace("07:54 WIT", "07:54"),
                      "https://ambon.example.com/2024/09/18/ambon-vlissingen")
    assert unzoned is not None
    assert unzoned.published_at.isoformat() == "2024-09-18T07:54:08+07:00"
