"""Alignment: claims from different sources that state the same thing become one group.

Similarity is an IDF-weighted Jaccard over claim features (concepts shared by both languages,
folded entity keys, stems, numbers and dates), gated by what must match for two claims to be
about the same fact: the counted thing and its qualifiers for quantities, the event for dates,
the actor for both. Grouping is greedy average-linkage over candidate pairs, best pair first,
with at most one claim per source in a group. Candidate pairs come from an inverted index over
the claims' stronger features, with identical feature sets voting once and crowded features
voting only for a few hubs, so the cost grows with the number of claims, not with n².
Long loops call a ``checkpoint`` (which raises to cancel), and the large working structures
are freed piecemeal (``gui.analysis.piecemeal``), so a window on another thread keeps running.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from operator import mul

from gui.analysis.claims import Claim
from gui.analysis.piecemeal import discard
from gui.analysis.polarity import opposed
from gui.domain import FactKind

THRESHOLD = {FactKind.QUANTITY: 0.55, FactKind.DATE: 0.5, FactKind.STATEMENT: 0.3}
# Within one article a repeat (headline, summary bullet) must say the same more plainly.
SAME_SOURCE_THRESHOLD = {FactKind.QUANTITY: 0.6, FactKind.DATE: 0.6, FactKind.STATEMENT: 0.55}
# Events that different outlets use for one happening: an announcement reported or confirmed,
# people evacuated or rescued.
_FAMILIES = (
    frozenset({"SAY", "REPORT", "ANNOUNCE", "CONFIRM"}),
    frozenset({"EVACUATE", "RESCUE"}),
    frozenset({"WIN", "GAIN"}),
    frozenset({"CONCEDE", "LOSE"}),
)
_MIN_SHARED = 2  # features two statements must share to be one fact
_STRONG = 0.5  # a feature's weight when its own sentence carries it (neighbours: 0.2)
# Concepts in almost every news sentence: sharing one says nothing about the fact.
_EVERYWHERE = frozenset({"c:SAY", "c:REPORT", "c:PEOPLE", "c:REGION"})
_MAX_POSTING = 100  # a feature shared by more signatures votes only for this many hubs
_TOP_K = 25  # candidates kept per claim
_PER_SIGNATURE = 2  # of which from one signature
_LINKAGE_SAMPLE = 12  # members of each group compared when two groups would merge
_SORT_SLICE = 1 << 15  # pairs sorted in one call
_SCORE_SHARDS = 64  # dicts the pair scores are spread over (see _link)
_CHECK_EVERY = 256  # claims between checkpoints (pairs: sixteen times as many)
_MIN_POSTED = 0.3  # features weaker than this (neighbouring sentences) propose no candidates


class Similarity:
    def __init__(self, claims: Sequence[Claim]) -> None:
        df: dict[str, int] = defaultdict(int)
        for c in claims:
            for f in c.features:
                df[f] += 1
        n = max(len(claims), 1)
        self.idf = {f: math.log(1.0 + n / d) for f, d in df.items()}
        self.df = df
        # claim id -> (IDF-weighted features, their norm); built on first use, after merging
        self._vectors: dict[int, tuple[dict[str, float], float]] = {}

    def discard(self) -> None:
        """Drop the cached vectors piecemeal (see ``gui.analysis.piecemeal``)."""
        discard(self._vectors)
        self._vectors = {}
        self._vectors = {}

    def base(self, a: Claim, b: Claim) -> float:
        """IDF-weighted cosine of the two feature vectors."""
        va, na = self._vector(a)
        vb, nb = self._vector(b)
        shared = va.keys() & vb.keys()
        if not shared:
            return 0.0
        return sum(map(mul, map(va.__getitem__, shared), map(vb.__getitem__, shared))) / (na * nb)

    def _vector(self, c: Claim) -> tuple[dict[str, float], float]:
        vector = self._vectors.get(c.id)
        if vector is None:
            idf = self.idf
            weighted = {f: w * idf.get(f, 1.0) for f, w in c.features.items()}
            norm = math.sqrt(sum(x * x for x in weighted.values())) or 1.0
            vector = self._vectors[c.id] = (weighted, norm)
        return vector

    def __call__(self, a: Claim, b: Claim) -> float:
        kind = a.kind
        if kind is not b.kind:
            return 0.0
        if kind is not FactKind.STATEMENT:
            return 0.0  # numbers, dates and times meet by their slots (gui.analysis.rows)
        if _shared_strong(a, b) < _MIN_SHARED:
            return 0.0  # "Jangan ..." and "Jangan ...": one word in common is no fact
        sim = self.base(a, b)
        if a.events and b.events and not (a.events & b.events) and not opposed(a, b):
            sim *= 0.5
        if not sim:
            return 0.0
        if a.agent and b.agent and a.agent != b.agent:
            # The same act by another actor is another fact. A report of an act names its
            # reporter, though, so actors differ legitimately when only the event family matches.
            sim *= 0.45 if a.events & b.events or not (a.events and b.events) else 0.8
        if a.negated != b.negated:
            sim *= 0.5
        return sim


def _shared_strong(a: Claim, b: Claim) -> int:
    """How many features both sentences carry themselves (not through their neighbours)."""
    fa, fb = a.features, b.features
    if len(fb) < len(fa):
        fa, fb = fb, fa
    return sum(
        1
        for f, w in fa.items()
        if w >= _STRONG and fb.get(f, 0.0) >= _STRONG and f not in _EVERYWHERE
    )


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(a & family and b & family for family in _FAMILIES)


def _carry_on() -> None:
    """The default checkpoint: never stops the work."""


def _hub_order(index: int) -> int:
    """A fixed pseudo-random rank of a claim, the same in every posting (Knuth's hash)."""
    return (index * 2654435761) & 0xFFFFFFFF


def candidate_pairs(
    claims: Sequence[Claim],
    sim: Similarity,
    *,
    same_source: bool,
    checkpoint: Callable[[], None] = _carry_on,
) -> list[tuple[float, int, int]]:
    """Scored pairs (sim, i, j), i < j, of claims of one kind that share a posted feature.

    Claims are blocked by their posted features (weight at least ``_MIN_POSTED``): claims with
    the same set of them (one sentence carried by many outlets) are one *signature* and vote
    once. A signature votes for the signatures it shares features with, each shared feature
    adding its IDF; the claims of the best-voted signatures, in that order, are each claim's
    candidates, of which it keeps ``_TOP_K`` and scores them exactly. A feature that more
    than ``_MAX_POSTING`` signatures share would cost the square of its posting: it votes
    only for its hubs, the same pseudo-random choice in every posting, so a claim still
    meets those that share most of its features, and a fact that hundreds of outlets report
    links through a few of them. The cost grows with the number of claims, not its square.
    """
    span = len(claims)
    ranked: list[tuple[float, int]] = []  # (-sim, i * span + j): sorts best first, natively
    seen: set[int] = set()  # pairs i < j as i * span + j
    try:
        _score_candidates(claims, sim, same_source, checkpoint, ranked, seen)
        return _best_first(ranked, span, checkpoint)
    finally:
        discard(seen, ranked)


def _score_candidates(
    claims: Sequence[Claim],
    sim: Similarity,
    same_source: bool,
    checkpoint: Callable[[], None],
    ranked: list[tuple[float, int]],
    seen: set[int],
) -> None:
    """Add each claim's best candidates to ``ranked`` if they pass the threshold."""
    by_kind: dict[FactKind, list[int]] = defaultdict(list)
    for idx, c in enumerate(claims):
        by_kind[c.kind].append(idx)
    span = len(claims)
    idf = sim.idf
    source_of = [c.source_id for c in claims]
    for kind, members in by_kind.items():
        signatures: dict[tuple[str, ...], list[int]] = {}
        for idx in members:
            posted = tuple(sorted(f for f, w in claims[idx].features.items() if w >= _MIN_POSTED))
            signatures.setdefault(posted, []).append(idx)
        keys = list(signatures)
        holders = list(signatures.values())
        postings: dict[str, list[int]] = defaultdict(list)
        for t, key in enumerate(keys):
            for f in key:
                postings[f].append(t)
        hubs = {
            f: sorted(sorted(p, key=_hub_order)[:_MAX_POSTING])
            for f, p in postings.items()
            if len(p) > _MAX_POSTING
        }
        threshold = SAME_SOURCE_THRESHOLD[kind] if same_source else THRESHOLD[kind]
        for key, own in zip(keys, holders, strict=True):
            checkpoint()
            votes: dict[int, float] = defaultdict(float)
            for f in key:
                weight = idf.get(f, 1.0)
                for t in hubs.get(f) or postings[f]:
                    votes[t] += weight
            # Best votes first, ties by signature order: two stable sorts, keys in C.
            order = sorted(sorted(votes), key=votes.__getitem__, reverse=True)
            for walked, i in enumerate(own, start=1):
                if walked % _CHECK_EVERY == 0:
                    checkpoint()
                c = claims[i]
                source = c.source_id
                kept = 0
                for t in order:
                    taken = 0
                    held = holders[t]
                    if len(held) > 1:
                        # Each claim meets other members of a signature, so its claims form a
                        # well-connected web rather than a star around the first.
                        start = _hub_order(i) % len(held)
                        held = held[start:] + held[:start]
                    for j in held:
                        if j == i:
                            continue
                        if (source_of[j] == source) != same_source:
                            continue
                        other = claims[j]
                        if taken == _PER_SIGNATURE:
                            break
                        taken += 1
                        kept += 1
                        if kept > _TOP_K:
                            break
                        pair = i * span + j if i < j else j * span + i
                        if pair in seen:
                            continue
                        seen.add(pair)
                        s = sim(c, other)
                        if s >= threshold:
                            ranked.append((-s, pair))
                    if kept > _TOP_K:
                        break


def _best_first(
    ranked: list[tuple[float, int]], span: int, checkpoint: Callable[[], None]
) -> list[tuple[float, int, int]]:
    """``(-sim, i * span + j)`` as ``(sim, i, j)``, best first, ties by (i, j).

    Sorted in slices merged afterwards: one sort of a million pairs is one uninterrupted
    call of half a second, during which no other thread (the window) runs.
    """
    slices = [sorted(ranked[k : k + _SORT_SLICE]) for k in range(0, len(ranked), _SORT_SLICE)]
    merged: list[tuple[float, int, int]] = []
    try:
        for n, (s, ij) in enumerate(heapq.merge(*slices)):
            if not n % _SORT_SLICE:
                checkpoint()
            merged.append((-s, *divmod(ij, span)))
    except BaseException:
        discard(merged)
        raise
    return merged


def group(
    claims: Sequence[Claim],
    sim: Similarity,
    *,
    same_source: bool = False,
    linkage: float = 0.75,
    checkpoint: Callable[[], None] = _carry_on,
) -> list[list[int]]:
    """Greedy average-linkage grouping; across sources a group holds one claim per source.

    The average is taken over at most ``_LINKAGE_SAMPLE`` members of each side (the earliest
    ones, so it is deterministic): a fact that 300 outlets report must not cost 300x300
    similarity computations every time it grows.
    """
    pairs = candidate_pairs(claims, sim, same_source=same_source, checkpoint=checkpoint)
    try:
        return _link(claims, sim, pairs, same_source, linkage, checkpoint)
    finally:
        discard(pairs)


def _link(
    claims: Sequence[Claim],
    sim: Similarity,
    pairs: list[tuple[float, int, int]],
    same_source: bool,
    linkage: float,
    checkpoint: Callable[[], None],
) -> list[list[int]]:
    """Merge groups along ``pairs``, best first, while they hold together on average."""
    span = len(claims)
    # Scores by pair (i < j as the one int i * span + j), in shards: growing one dict of a
    # million entries copies it whole, a pause no other thread can interrupt.
    score: list[dict[int, float]] = [{} for _ in range(_SCORE_SHARDS)]
    cluster_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    sources: dict[int, set[str]] = {i: {c.source_id} for i, c in enumerate(claims)}

    def pair_sim(x: int, y: int) -> float:
        key = x * span + y if x < y else y * span + x
        shard = score[key % _SCORE_SHARDS]
        found = shard.get(key)
        if found is None:
            # Pairs below the threshold still count in the average, with their real score.
            found = shard[key] = sim(claims[x], claims[y])
        return found

    try:
        for s, i, j in pairs:
            key = i * span + j
            score[key % _SCORE_SHARDS][key] = s
        for number, (_, i, j) in enumerate(pairs):
            if number % (16 * _CHECK_EVERY) == 0:
                checkpoint()
            ci, cj = cluster_of[i], cluster_of[j]
            if ci == cj:
                continue
            if not same_source and sources[ci] & sources[cj]:
                continue
            mi, mj = members[ci][:_LINKAGE_SAMPLE], members[cj][:_LINKAGE_SAMPLE]
            total = sum(pair_sim(x, y) for x in mi for y in mj)
            kind = claims[i].kind
            # Statements have no value to anchor them, so a group must hold together on
            # average as firmly as one pair; numbers and dates are already tied by their gates.
            factor = 1.0 if kind is FactKind.STATEMENT else linkage
            if total / (len(mi) * len(mj)) < THRESHOLD[kind] * factor:
                continue
            keep, drop = (ci, cj) if ci < cj else (cj, ci)
            members[keep] = sorted(members[keep] + members[drop])
            sources[keep] |= sources.pop(drop)
            for m in members.pop(drop):
                cluster_of[m] = keep
        return [m for _, m in sorted(members.items())]
    finally:
        discard(*score, sources, members)
