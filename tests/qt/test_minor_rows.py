"""Minor rows (one outlet, nothing to check on their own) stay one click away."""

from __future__ import annotations

from dataclasses import replace

from gui.domain import Analysis


def _with_minor(analysis: Analysis, fact_id: str) -> Analysis:
    facts = tuple(replace(f, secondary=True) if f.id == fact_id else f for f in analysis.facts)
    return replace(analysis, facts=facts)


def test_minor_rows_are_out_of_view_until_asked_for(window, analysis):
    window.set_analysis(_with_minor(analysis, "f6"))
    assert "f6" not in window.proxy.fact_ids()
    assert "1 minor row out of view" in window.counts.text()

    window.reviewing.show_minor_action.trigger()
    assert "f6" in window.proxy.fact_ids()
    assert "minor" not in window.counts.text()

    window.reviewing.show_minor_action.trigger()
    assert "f6" not in window.proxy.fact_ids()


def test_the_export_of_the_view_leaves_minor_rows_out_like_the_window(window, analysis):
    window.set_analysis(_with_minor(analysis, "f6"))
    view = window.current_export_view()
    assert view.fact_ids is not None and "f6" not in view.fact_ids
    window.reviewing.show_minor_action.trigger()
    assert "f6" in (window.current_export_view().fact_ids or ())
