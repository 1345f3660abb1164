"""An invented wildfire reported by five English-language outlets (a wire, a local paper, a
TV station, an Australian broadsheet writing in hectares, a tabloid), with an earlier fire
in the same hills as a trap. What each says is in ``corpora/wildfire.truth.md``."""

from __future__ import annotations

from datetime import datetime

import pytest

from gui.domain import Agreement, Analysis, FactKind, Status
from tests.analysis.corpus import analyse_corpus, sid, the_row

ALL = ("01", "02", "03", "04", "05")


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return analyse_corpus("wildfire", sources=5)


def test_posted_published_and_updated_datelines_give_the_publication_time(
    analysis: Analysis,
) -> None:
    published = {p: analysis.sources[int(p) - 1].published for p in ALL}
    assert published["02"] == datetime(2026, 1, 14)  # "Posted Jan. 14, 2026 | Updated ..."
    assert published["03"] == datetime(2026, 1, 14, 17, 47)  # "Published: ... 5:47 PM PST"
    assert published["04"] == datetime(2026, 1, 15, 9, 40)  # "Updated 15 January 2026 — 09:40"
    assert analysis.sources[3].title.startswith("Californian towns")  # not "World / North America"


def test_acres_and_hectares_are_one_area_and_the_tabloid_conflicts(analysis: Analysis) -> None:
    row = the_row(analysis, FactKind.QUANTITY, "04", 5000)  # "about 5,000 hectares"
    assert row.agreement is Agreement.CONFLICT
    assert row.cell(sid(analysis, "01")).value == "12,400 acres"
    assert row.cell(sid(analysis, "01")).status is Status.AGREE
    assert row.cell(sid(analysis, "04")).status is Status.AGREE
    assert row.cell(sid(analysis, "05")).value == "18,000 acres"
    assert row.cell(sid(analysis, "05")).status is Status.CONFLICT


def test_the_earlier_fire_is_its_own_row(analysis: Analysis) -> None:
    earlier = the_row(analysis, FactKind.QUANTITY, "04", 12750)  # "some 12,750 hectares"
    assert earlier.cell(sid(analysis, "02")).value == "31,500 acres"
    assert earlier.agreement is not Agreement.CONFLICT
    current = the_row(analysis, FactKind.QUANTITY, "04", 5000)
    assert earlier.id != current.id


def test_deaths_and_containment_conflicts(analysis: Analysis) -> None:
    deaths = the_row(analysis, FactKind.QUANTITY, "05", 3)
    assert deaths.agreement is Agreement.CONFLICT
    assert all(deaths.cell(sid(analysis, p)).normalized == 2 for p in ("01", "02", "03", "04"))
    contained = the_row(analysis, FactKind.QUANTITY, "02", 20)  # "20% contained"
    assert contained.agreement is Agreement.CONFLICT
    for prefix in ("01", "03", "04"):  # "15%", "15 percent containment", "15 per cent"
        assert contained.cell(sid(analysis, prefix)).status is Status.AGREE


def test_a_period_ending_friday_is_no_rival_to_wednesday_night(analysis: Analysis) -> None:
    conflicts = [f for f in analysis.facts if f.agreement is Agreement.CONFLICT]
    # The truth plants five: area, containment, homes, deaths and the start day (05's
    # "Monday night"). Classes cancelled "through Friday" end a period and rival nothing.
    assert len(conflicts) <= 5, [f.label for f in conflicts]
    for f in conflicts:
        assert not any("through Friday" in c.excerpt for c in f.cells.values()), f.label
    starts = [f for f in conflicts if f.kind is FactKind.DATE]
    assert len(starts) <= 1
    for f in starts:
        assert f.cell(sid(analysis, "05")).status is Status.CONFLICT
        assert f.cell(sid(analysis, "05")).value == "Monday"
