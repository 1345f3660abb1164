"""The analysis as one plain function: sources in, an immutable Analysis out.

segment -> mentions -> claims -> same-source merge -> cross-source alignment -> comparison.
It reports progress through a callback and stops through another, so a worker thread can run
it while a window stays responsive, and a test can call it directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from gui.analysis.align import Similarity, group
from gui.analysis.attributions import find_attributions
from gui.analysis.cells import row_cells
from gui.analysis.claims import Claim, claims_of, whole_features
from gui.analysis.copies import find_copies
from gui.analysis.dates import scan_dates
from gui.analysis.entities import acronym_aliases, fold_corpus_entities
from gui.analysis.labels import label
from gui.analysis.name_words import translated_aliases
from gui.analysis.piecemeal import discard
from gui.analysis.quoted import is_quoted_row, quoted_claims, quoted_label, quoted_rows
from gui.analysis.relations import relation_rows, relations_of
from gui.analysis.rows import slot_rows
from gui.analysis.segment import segment
from gui.analysis.sentence import SentenceFacts, read_sentence
from gui.analysis.sharing import sharing_the_interpreter
from gui.analysis.slot_labels import slot_label
from gui.analysis.venues import is_venue_row, venue_claims, venue_label, venue_rows
from gui.domain import (
    Analysis,
    DateMention,
    Fact,
    FactKind,
    Mention,
    Quantity,
    Refusal,
    Source,
    derive_agreement,
)


class Cancelled(Exception):
    """The caller asked the analysis to stop."""


Progress = Callable[[int, int], None]


_STORY_SPAN = timedelta(days=14)  # how long after its first dated day a story's dates run


def _own_date(source: Source) -> date | None:
    """The latest day of the busiest fortnight an undated article names explicitly
    ("Sabtu (4/12/2021)", "Senin (6/12/2021)": it was written on the 6th or later). An
    earlier case it recalls once ("pada 15 November 2017") is not when it was written."""
    days = sorted(
        d.low
        for d in scan_dates(source.text, published=None, language=source.language)[0]
        if d.precision == "day" and not d.relative
    )
    if not days:
        return None
    best: list[date] = []
    for k, first in enumerate(days):
        run = [d for d in days[k:] if d <= first + _STORY_SPAN]
        if len(run) >= len(best):  # on a tie, the later fortnight
            best = run
    return best[-1]


def reference_dates(
    sources: Sequence[Source], borrowed: set[str] | None = None
) -> dict[str, date | None]:
    """The date each source's relative dates ("tahun lalu", a bare "Sabtu") resolve against.

    The publication date; for an undated article, the latest day it names itself (see
    ``_own_date``); failing that, the middle of the corpus' publication dates (of the dates
    its articles name, when none is dated), since a corpus
    is about one event. Relative dates are marked relative either way.
    """
    published = sorted(s.published.date() for s in sources if s.published)
    own = {s.id: s.published.date() if s.published else _own_date(s) for s in sources}
    # Publication dates, where there are any, are surer than the dates read from the text.
    known = published or sorted(d for d in own.values() if d is not None)
    middle = known[len(known) // 2] if known else None
    if middle is not None and len(known) >= 3:
        # An article whose day lies months from the corpus' middle (a page's later update
        # date, page furniture, a case it recalls) tells of the corpus' event all the same:
        # its "Rabu lalu" counts from the corpus' day.
        own = {
            sid: None if d is not None and abs(d - middle) > _ONE_STORY else d
            for sid, d in own.items()
        }
    if borrowed is not None:
        borrowed |= {sid for sid, d in own.items() if d is None}
    return {sid: d or middle for sid, d in own.items()}


_ONE_STORY = timedelta(days=180)  # how far from the corpus' dated articles an own date may lie
_BORROWED_SLACK = timedelta(days=3)  # how far a day counted from a borrowed reference may be off


def _read_source(
    source: Source, reference: date | None, *, borrowed: bool = False
) -> list[SentenceFacts]:
    """The sentences of ``source``; with ``borrowed``, the reference day is the corpus' and not
    the article's own, so a day it counts from ("two days ago", "Sabtu") is known only to
    within days: a vaguer value, never a rival one."""
    read = _read_sentences(source, reference)
    if borrowed:
        for sf in read:
            sf.dates = [
                replace(
                    d,
                    low=d.low - _BORROWED_SLACK,
                    high=d.high + _BORROWED_SLACK,
                    precision="week",
                )
                if d.relative and d.precision == "day"
                else d
                for d in sf.dates
            ]
    return read


def _read_sentences(source: Source, reference: date | None) -> list[SentenceFacts]:
    sentences = segment(source.text, source.id)
    body = [read_sentence(s, source, reference=reference) for s in sentences if not s.heading]
    known = sorted({e.key for sf in body for e in sf.entities})
    heads = {
        s.index: read_sentence(s, source, known_entities=known, reference=reference)
        for s in sentences
        if s.heading
    }
    by_index = {sf.sentence.index: sf for sf in body} | heads
    return [by_index[i] for i in sorted(by_index)]


def _fold_entities(per_source: dict[str, list[SentenceFacts]], sources: Sequence[Source]) -> None:
    aliases: dict[str, str] = {}
    for s in sources:
        aliases.update(acronym_aliases(s.text))
    flat = {
        f"{sid}#{k}": sf.entities for sid, sfs in per_source.items() for k, sf in enumerate(sfs)
    }
    keys = {aliases.get(e.key, e.key) for ents in flat.values() for e in ents}
    # "Korps Badai" in one outlet, "Storm Corps" in another: one actor.
    aliases |= {k: v for k, v in translated_aliases(keys).items() if k not in aliases}
    folded = fold_corpus_entities(flat, aliases)
    for sid, sfs in per_source.items():
        for k, sf in enumerate(sfs):
            sf.entities = folded[f"{sid}#{k}"]


def _representative(claims: list[Claim]) -> Claim:
    def precision(c: Claim) -> int:
        a = c.anchor
        if isinstance(a, Quantity):
            return 0 if a.vague else 1
        if isinstance(a, DateMention):
            return {"day": 3, "week": 2, "month": 2, "season": 1}.get(a.precision, 0)
        return 0

    rep = min(claims, key=lambda c: (c.sentence.heading, -precision(c), c.sentence.start))
    for other in claims:
        if other is rep:
            continue
        for f, w in other.features.items():
            rep.features[f] = max(rep.features.get(f, 0.0), w)
    rep.members = [c for c in claims if c is not rep]
    return rep


def _merge_within_sources(claims: list[Claim], checkpoint: Callable[[], None]) -> list[Claim]:
    merged: list[Claim] = []
    by_source: dict[str, list[Claim]] = {}
    for c in claims:
        by_source.setdefault(c.source_id, []).append(c)
    for source_claims in by_source.values():
        checkpoint()
        sim = Similarity(source_claims)
        for members in group(source_claims, sim, same_source=True, linkage=1.0):
            merged.append(_representative([source_claims[m] for m in members]))
    return merged


def _worth_a_row(claims: list[Claim], anchored_sentences: set[tuple[str, int]]) -> bool:
    if len({c.source_id for c in claims}) >= 2:
        return True
    c = claims[0]
    if not c.checkworthy:
        return False
    if c.kind is FactKind.STATEMENT:
        # A sentence that already has a number or date row needs no second row of its own.
        return (c.source_id, c.sentence.index) not in anchored_sentences
    return True


def _secondary(row: list[Claim]) -> bool:
    """A row one outlet states that a reviewer need not see first: a value whose slot says
    nothing of what it measures, an earlier event's value, or a statement."""
    if len({c.source_id for c in row}) >= 2:
        return False
    slot = row[0].slot
    # Background (an earlier event's figures or dates) is context, not this story's claim.
    return slot is None or not slot.known or "PAST" in slot.qualifiers


_ANCHORED = (FactKind.QUANTITY, FactKind.DATE, FactKind.TIME)


def analyze(
    sources: Sequence[Source],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    refused: Sequence[Refusal] = (),
    label_language: str = "en",
) -> Analysis:
    """Find the facts the sources state and line them up across sources.

    Row labels of numbers, dates and times are written in ``label_language`` ("id", "en").
    """
    with sharing_the_interpreter():
        return _analyze(
            sources,
            progress=progress,
            cancelled=cancelled,
            refused=refused,
            label_language=label_language,
        )


def _analyze(
    sources: Sequence[Source],
    *,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    refused: Sequence[Refusal],
    label_language: str,
) -> Analysis:
    total = len(sources) + 2
    done = 0

    def checkpoint() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    def step() -> None:
        nonlocal done
        checkpoint()
        done += 1
        if progress is not None:
            progress(done, total)

    # The big intermediate structures, emptied on a background thread whether the run ends
    # or is cancelled (see gui.analysis.piecemeal): freeing them here would hold the
    # interpreter, and so the window, for a second or two.
    per_source: dict[str, list[SentenceFacts]] = {}
    claims: list[Claim] = []
    relations: list[Claim] = []  # what long sentences state in passing (gui.analysis.relations)
    mentions: dict[str, tuple[Mention, ...]] = {}
    groups: list[list[Claim]] = []
    sim: Similarity | None = None
    try:
        borrowed: set[str] = set()
        references = reference_dates(sources, borrowed)
        for source in sources:
            per_source[source.id] = _read_source(
                source, references[source.id], borrowed=source.id in borrowed
            )
            step()
        _fold_entities(per_source, sources)

        for index, source in enumerate(sources):
            sfs = per_source[source.id]
            found: list[Mention] = []
            for sf in sfs:
                sf.attributions = find_attributions(
                    sf.tokens, source.text, sf.entities, sf.concepts, source.language
                )
                found += [*sf.quantities, *sf.dates, *sf.times, *sf.entities, *sf.attributions]
            mentions[source.id] = tuple(sorted(found, key=lambda m: (m.start, m.end)))
            wholes = [whole_features(sf, source.language) for sf in sfs]
            for k, sf in enumerate(sfs):
                context: dict[str, float] = {}
                for n in (k - 1, k + 1):
                    if 0 <= n < len(sfs):
                        for f, w in wholes[n].items():
                            context[f] = max(context.get(f, 0.0), w)
                earlier = sfs[k - 1] if k else None
                claims += claims_of(
                    sf, source, index, len(claims), wholes[k], context, earlier=earlier
                )
                relations += relations_of(sf, source, index)
            if cancelled is not None and cancelled():
                raise Cancelled

        anchored_claims = [c for c in claims if c.kind in _ANCHORED]
        statements = [c for c in claims if c.kind not in _ANCHORED]
        statements = _merge_within_sources(statements, checkpoint)
        sim = Similarity(statements)
        groups = slot_rows(anchored_claims)
        said = [
            [statements[m] for m in members]
            for members in group(statements, sim, checkpoint=checkpoint)
        ]
        groups += said
        for n, r in enumerate(relations):
            r.id = len(claims) + n
        groups += relation_rows(relations, said)
        quoted = quoted_claims(per_source, sources, len(claims) + len(relations))
        groups += quoted_rows(quoted)
        venues = venue_claims(per_source, sources, len(claims) + len(relations) + len(quoted))
        groups += venue_rows(venues)
        claims = anchored_claims + statements + relations + quoted + venues
        step()

        anchored = {
            (c.source_id, c.sentence.index)
            for c in anchored_claims
            if c.slot is not None and c.slot.known
        }
        text_of = {s.id: s.text for s in sources}
        rows: list[tuple[tuple[int, int], Fact]] = []
        for index, members in enumerate(groups):
            if index % 256 == 0:
                checkpoint()
            row = sorted(members, key=lambda c: c.source_index)
            if not _worth_a_row(row, anchored):
                continue
            cells, chosen = row_cells(row)
            slot = row[0].slot
            first = min((c.source_index, c.sentence.start) for c in row)
            fact = Fact(
                id="",
                kind=row[0].kind,
                label=(
                    slot_label(slot, chosen, label_language)
                    if slot is not None and slot.known
                    else quoted_label(row, label_language)
                    if is_quoted_row(row)
                    else venue_label(row, label_language)
                    if is_venue_row(row)
                    else label(chosen, text_of)
                ),
                cells=cells,
                agreement=derive_agreement(cells),
                secondary=_secondary(row),
            )
            rows.append((first, fact))
        rows.sort(key=lambda r: (r[0], r[1].kind, r[1].label))
        facts = tuple(replace(f, id=f"f{n}") for n, (_, f) in enumerate(rows, start=1))
        step()
    except BaseException:
        discard(mentions)
        raise
    finally:
        discard(per_source, claims, groups, relations)
        if sim is not None:
            sim.discard()
    return Analysis(
        sources=tuple(sources),
        facts=facts,
        mentions=mentions,
        refused=tuple(refused),
        created=datetime.now().replace(microsecond=0),
        copies=find_copies(sources),
    )
