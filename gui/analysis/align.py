"""Alignment: claims from different sources that state the same thing become one group.

Similarity is an IDF-weighted Jaccard over claim features (concepts shared by both languages,
folded entity keys, stems, numbers and dates), gated by what must match for two claims to be
about the same fact: the counted thing and its qualifiers for quantities, the event for dates,
the actor for both. Grouping is greedy average-linkage over candidate pairs, best pair first,
with at most one claim per source in a group. Candidate pairs come from an inverted index over
the rarer features, so the cost grows with the number of plausible pairs, not with n².
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from gui.analysis.claims import Claim
from gui.analysis.compare import value_range
from gui.domain import Attribution, DateMention, FactKind, Quantity

THRESHOLD = {FactKind.QUANTITY: 0.6, FactKind.DATE: 0.5, FactKind.STATEMENT: 0.3}
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
_STRICT_QUALIFIERS = frozenset({"REPLACEMENT", "TOTAL", "CAPACITY"})
_MAX_POSTING = 400  # features shared by more claims than this do not propose candidates
_TOP_K = 25  # candidates kept per claim
_LINKAGE_SAMPLE = 12  # members of each group compared when two groups would merge
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
        self._norms: dict[int, float] = {}

    def base(self, a: Claim, b: Claim) -> float:
        """IDF-weighted cosine of the two feature vectors."""
        fa, fb = a.features, b.features
        if len(fb) < len(fa):
            fa, fb = fb, fa
        idf = self.idf
        dot = sum(w * fb[f] * idf.get(f, 1.0) ** 2 for f, w in fa.items() if f in fb)
        if not dot:
            return 0.0
        return dot / (self._norm(a) * self._norm(b))

    def _norm(self, c: Claim) -> float:
        norm = self._norms.get(c.id)
        if norm is None:
            idf = self.idf
            norm = math.sqrt(sum((w * idf.get(f, 1.0)) ** 2 for f, w in c.features.items()))
            self._norms[c.id] = norm
        return norm or 1.0

    def __call__(self, a: Claim, b: Claim) -> float:
        if a.kind is not b.kind:
            return 0.0
        if isinstance(a.anchor, Attribution) or isinstance(b.anchor, Attribution):
            if isinstance(a.anchor, Attribution) and isinstance(b.anchor, Attribution):
                return 1.0 if a.anchor.key == b.anchor.key else 0.0
            return 0.0
        base = self.base(a, b)
        if a.kind is FactKind.QUANTITY:
            sim = _quantity_score(a, b, base)
        elif a.kind is FactKind.DATE:
            sim = _date_score(a, b, base)
        else:
            sim = base
            if a.events and b.events and not (a.events & b.events):
                sim *= 0.5
        if a.agent and b.agent and a.agent != b.agent and a.kind is not FactKind.QUANTITY:
            # The same act by another actor is another fact. A report of an act names its
            # reporter, though, so actors differ legitimately when only the event family matches.
            sim *= 0.45 if a.events & b.events or not (a.events and b.events) else 0.8
        if a.negated != b.negated:
            sim *= 0.5
        return sim


def _quantity_score(a: Claim, b: Claim, base: float) -> float:
    """What is counted and what happened to it decide; shared context confirms."""
    qa, qb = a.anchor, b.anchor
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
    if qa.unit != qb.unit:
        return 0.0
    if a.head and b.head and a.head != b.head and "PEOPLE" not in (a.head, b.head):
        return 0.0
    if (a.qualifiers ^ b.qualifiers) & _STRICT_QUALIFIERS:
        return 0.0
    head = 1.0 if a.head and a.head == b.head else 0.5
    if a.events and b.events:
        event = 1.0 if a.events & b.events else 0.6 if _related(a.events, b.events) else 0.0
    else:
        event = 0.4
    if a.qualifiers & b.qualifiers & _STRICT_QUALIFIERS:
        event = 1.0  # "3.000 pengganti" and "3,000 replacements" name the same sub-count
    sim = 0.3 * head + 0.3 * event + 0.4 * base
    if a.source_id == b.source_id and _same_point(qa, qb) and event == 1.0:
        return 1.0  # one article repeating its own number of the same event (headline, summary)
    (la, ha), (lb, hb) = value_range(qa), value_range(qb)
    if la <= hb and lb <= ha:
        sim += 0.1
    else:
        big, small = max(qa.value, qb.value), min(qa.value, qb.value)
        if small > 0 and big / small > 3:
            sim *= 0.6
    return sim


def _same_point(qa: Quantity, qb: Quantity) -> bool:
    return not (qa.vague or qb.vague) and qa.value == qb.value


def _date_score(a: Claim, b: Claim, base: float) -> float:
    """Dates of one event: the event must match; the actor and shared context confirm."""
    da, db = a.anchor, b.anchor
    assert isinstance(da, DateMention) and isinstance(db, DateMention)
    if a.events and b.events:
        if a.events & b.events:
            event = 1.0
        elif _related(a.events, b.events):
            event = 0.6  # "confirmed on Monday" and "reported on Monday": one announcement
        else:
            return 0.0
    else:
        event = 0.3
    agent = 1.0 if a.agent and a.agent == b.agent else 0.4
    sim = 0.35 * event + 0.15 * agent + 0.5 * base
    if da.low <= db.high and db.low <= da.high:
        sim += 0.1
    elif abs((da.low - db.low).days) > 400:
        sim *= 0.5
    return sim


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(a & family and b & family for family in _FAMILIES)


def _restates(a: Claim, b: Claim) -> bool:
    """Whether two claims of one article can be the same fact told twice: values must overlap."""
    qa, qb = a.anchor, b.anchor
    if isinstance(qa, Quantity) and isinstance(qb, Quantity):
        (la, ha), (lb, hb) = value_range(qa), value_range(qb)
        return la <= hb and lb <= ha
    if isinstance(qa, Quantity | DateMention) and isinstance(qb, Quantity | DateMention):
        return qa.low <= qb.high and qb.low <= qa.high
    if isinstance(qa, Attribution) or isinstance(qb, Attribution):
        return isinstance(qa, Attribution) and isinstance(qb, Attribution) and qa.key == qb.key
    return True


def candidate_pairs(
    claims: Sequence[Claim], sim: Similarity, *, same_source: bool
) -> list[tuple[float, int, int]]:
    """Scored pairs (sim, i, j), i < j, of claims of one kind that share a rare feature.

    Postings are kept per kind, and a feature shared by too many claims proposes none (it
    says little, and its pairs come in through the rarer features they share anyway); each
    claim keeps its best ``_TOP_K`` candidates by shared IDF mass before exact scoring.
    """
    by_kind: dict[FactKind, list[int]] = defaultdict(list)
    for idx, c in enumerate(claims):
        by_kind[c.kind].append(idx)
    pairs: list[tuple[float, int, int]] = []
    for kind, members in by_kind.items():
        postings: dict[str, list[int]] = defaultdict(list)
        for idx in members:
            for f, w in claims[idx].features.items():
                if w >= _MIN_POSTED:
                    postings[f].append(idx)
        cap = max(_MAX_POSTING, 2 * int(math.sqrt(len(members))))
        threshold = SAME_SOURCE_THRESHOLD[kind] if same_source else THRESHOLD[kind]
        for i in members:
            c = claims[i]
            votes: dict[int, float] = defaultdict(float)
            for f, w in c.features.items():
                plist = postings.get(f)
                if w < _MIN_POSTED or not plist or len(plist) > cap:
                    continue
                idf = sim.idf.get(f, 1.0)
                for j in plist:
                    if j > i:
                        votes[j] += idf
            if not votes:
                continue
            ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
            kept = 0
            for j, _ in ranked:
                other = claims[j]
                if (other.source_id == c.source_id) != same_source:
                    continue
                kept += 1
                if kept > _TOP_K:
                    break
                if same_source and not _restates(c, other):
                    continue
                s = sim(c, other)
                if s >= threshold:
                    pairs.append((s, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def group(
    claims: Sequence[Claim], sim: Similarity, *, same_source: bool = False, linkage: float = 0.75
) -> list[list[int]]:
    """Greedy average-linkage grouping; across sources a group holds one claim per source.

    The average is taken over at most ``_LINKAGE_SAMPLE`` members of each side (the earliest
    ones, so it is deterministic): a fact that 300 outlets report must not cost 300x300
    similarity computations every time it grows.
    """
    pairs = candidate_pairs(claims, sim, same_source=same_source)
    score = {(i, j): s for s, i, j in pairs}
    cluster_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    sources: dict[int, set[str]] = {i: {c.source_id} for i, c in enumerate(claims)}

    def pair_sim(x: int, y: int) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in score:
            # Pairs below the threshold still count in the average, with their real score.
            score[key] = sim(claims[key[0]], claims[key[1]])
        return score[key]

    for _, i, j in pairs:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        if not same_source and sources[ci] & sources[cj]:
            continue
        mi, mj = members[ci][:_LINKAGE_SAMPLE], members[cj][:_LINKAGE_SAMPLE]
        total = sum(pair_sim(x, y) for x in mi for y in mj)
        kind = claims[i].kind
        # Statements have no value to anchor them, so a group must hold together on average
        # as firmly as one pair; numbers and dates are already tied by their gates.
        factor = 1.0 if kind is FactKind.STATEMENT else linkage
        if total / (len(mi) * len(mj)) < THRESHOLD[kind] * factor:
            continue
        keep, drop = (ci, cj) if ci < cj else (cj, ci)
        members[keep] = sorted(members[keep] + members[drop])
        sources[keep] |= sources.pop(drop)
        for m in members.pop(drop):
            cluster_of[m] = keep
    return [m for _, m in sorted(members.items())]
