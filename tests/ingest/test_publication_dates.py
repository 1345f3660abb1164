"""Publication dates from the dateline forms outlets print, and where each was read.

Every article here is written for the test; the forms follow what news sites print: a day
and month name with a WIB time, a stamp under the byline, an ISO date after "date" run into
the lead, "Updated: Dec. 4, 2023 7:46 a.m.", "Published December 08,2021"."""

from __future__ import annotations

from datetime import datetime

import pytest

from gui.display import published_origin
from gui.domain import Source
from gui.ingest.article import source_from_text
from gui.ingest.metadata import split_labelled_date

HEADLINE = "Jembatan Gantung Desa Sukamaju Putus Diterjang Banjir"
LEAD = (
    "Jembatan gantung yang menghubungkan dua dusun di Desa Sukamaju putus setelah banjir "
    "bandang menerjang, kata kepala desa kepada wartawan."
)
BODY = "Warga kini harus memutar sejauh delapan kilometer untuk mencapai pasar kecamatan."


def read(text: str) -> Source:
    return source_from_text(text, source_id="s1")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Senin, 5 Mei 2025 10:15 WIB", datetime(2025, 5, 5, 10, 15)),
        ("Rabu, 06 Des 2023 15:04 WIB", datetime(2023, 12, 6, 15, 4)),
        ("Updated: Dec. 4, 2023 7:46 a.m.", datetime(2023, 12, 4, 7, 46)),
        ("Published December 08,2021", datetime(2021, 12, 8)),
        ("Diperbarui 5 Desember 2023, 10:15 WIB", datetime(2023, 12, 5, 10, 15)),
        ("Kabarkota.com - 04/12/2023, 07:46 WIB", datetime(2023, 12, 4, 7, 46)),
        ("Sabtu, 09 Januari 2021 | 21:10 WIB", datetime(2021, 1, 9, 21, 10)),
        ("December 4, 2023 at 3:15 p.m. EST", datetime(2023, 12, 4, 15, 15)),
    ],
)
def test_a_dateline_under_the_headline_is_the_publication_time(
    stamp: str, expected: datetime
) -> None:
    source = read(f"{HEADLINE}\n\n{stamp}\n\n{LEAD}\n\n{BODY}\n")
    assert source.published == expected
    assert source.published_from == f"dateline\t{stamp}"
    assert stamp not in source.text


def test_an_iso_date_after_date_run_into_the_lead_is_read_and_taken_off() -> None:
    source = read(f" date 2025-05-05 Sukamaju - {LEAD}\n\n{BODY}\n")
    assert source.published == datetime(2025, 5, 5)
    assert source.published_from == "dateline\tdate 2025-05-05"
    assert source.text.startswith("Sukamaju - Jembatan") or source.text.startswith("Jembatan")
    assert "2025-05-05" not in source.text


def test_an_iso_month_after_date_is_taken_off_but_dates_nothing() -> None:
    source = read(f" date 2025-05 {LEAD}\n\n{BODY}\n")
    assert source.published is None and source.published_from == ""
    assert "2025-05" not in source.text


def test_a_stamp_under_a_byline_below_the_standfirst_is_the_article_s() -> None:
    text = (
        f"{HEADLINE}\n\nWarga dua dusun terputus aksesnya setelah jembatan satu-satunya hanyut.\n\n"
        "Rina Wulandari (Kabar Sukamaju)\n\nSukamaju\n\nMon, January 18, 2021\n\n"
        f"{LEAD}\n\n{BODY}\n"
    )
    source = read(text)
    assert source.published == datetime(2021, 1, 18)
    assert source.published_from == "dateline\tMon, January 18, 2021"


def test_a_zoned_stamp_on_its_own_line_counts_anywhere_and_a_bare_date_does_not() -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n\n{BODY}\n\nSelasa, 6 Mei 2025 08:30 WIB\n"
    assert read(text).published == datetime(2025, 5, 6, 8, 30)
    bare = f"{HEADLINE}\n\n{LEAD}\n\nSelasa, 6 Mei 2025\n\n{BODY}\n"
    assert read(bare).published is None  # a timeline's heading, not a stamp


def test_the_lead_gives_the_reporting_day_before_the_event_day() -> None:
    lead = (
        "Jembatan gantung Desa Sukamaju putus pada Minggu (4/5/2025) malam, kata kepala desa "
        "Ahmad Fauzi, Senin (5/5/2025)."
    )
    source = read(f"{HEADLINE}\n\n{lead}\n\n{BODY}\n")
    assert source.published == datetime(2025, 5, 5)
    assert source.published_from == "lead\tdesa Ahmad Fauzi, Senin (5/5/2025)"
    assert published_origin(source) == "from the lead: “desa Ahmad Fauzi, Senin (5/5/2025)”"


def test_a_labelled_stamp_needs_text_after_it_and_a_real_date() -> None:
    assert split_labelled_date("date 2025-05-05") is None  # a stamp alone: a dateline
    assert split_labelled_date("Updated reports say the bridge fell.") is None
    rest, dateline = split_labelled_date("Published: 5 May 2025 10:15 WIB Sukamaju - Warga")
    assert rest == "Sukamaju - Warga"
    assert dateline.published == datetime(2025, 5, 5, 10, 15)
    assert dateline.words == "Published: 5 May 2025 10:15 WIB"
