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
from gui.domain import Attribution, DateMention, FactKind, Quantity

THRESHOLD = {FactKind.QUANTITY: 0.22, FactKind.DATE: 0.22, FactKind.STATEMENT: 0.3}
# Within one article a repeat (headline, summary bullet) must say the same more plainly.
SAME_SOURCE_THRESHOLD = {FactKind.QUANTITY: 0.3, FactKind.DATE: 0.35, FactKind.STATEMENT: 0.55}
_STRICT_QUALIFIERS = frozenset({"REPLACEMENT", "TOTAL"})
_MAX_POSTING = 400  # features shared by more claims than this do not propose candidates
_TOP_K = 40  # candidates kept per claim


class Similarity:
    def __init__(self, claims: Sequence[Claim]) -> None:
        df: dict[str, int] = defaultdict(int)
        for c in claims:
            for f in c.features:
                df[f] += 1
        n = max(len(claims), 1)
        self.idf = {f: math.log(1.0 + n / d) for f, d in df.items()}
        self.df = df

    def base(self, a: Claim, b: Claim) -> float:
        num = den = 0.0
        fa, fb = a.features, b.features
        for f in fa.keys() | fb.keys():
            wa, wb = fa.get(f, 0.0), fb.get(f, 0.0)
            idf = self.idf.get(f, 1.0)
            num += min(wa, wb) * idf
            den += max(wa, wb) * idf
        return num / den if den else 0.0

    def __call__(self, a: Claim, b: Claim) -> float:
        if a.kind is not b.kind:
            return 0.0
        if isinstance(a.anchor, Attribution) or isinstance(b.anchor, Attribution):
            if isinstance(a.anchor, Attribution) and isinstance(b.anchor, Attribution):
                return 1.0 if a.anchor.key == b.anchor.key else 0.0
            return 0.0
        sim = self.base(a, b)
        if a.agent and b.agent and a.agent != b.agent:
            sim *= 0.45
        if a.negated != b.negated:
            sim *= 0.5
        if a.kind is FactKind.QUANTITY:
            sim = _quantity_gate(a, b, sim)
        elif a.kind is FactKind.DATE:
            sim = _date_gate(a, b, sim)
        elif a.events and b.events and not (a.events & b.events):
            sim *= 0.5
        return sim


def _quantity_gate(a: Claim, b: Claim, sim: float) -> float:
    qa, qb = a.anchor, b.anchor
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
    if qa.unit != qb.unit:
        return 0.0
    if a.head and b.head and a.head != b.head and "PEOPLE" not in (a.head, b.head):
        return 0.0
    if (a.qualifiers ^ b.qualifiers) & _STRICT_QUALIFIERS:
        return 0.0
    if "PART" in (a.qualifiers ^ b.qualifiers):
        sim *= 0.7
    if a.events and b.events and not (a.events & b.events):
        sim *= 0.25
    if qa.low <= qb.high and qb.low <= qa.high:
        sim += 0.15
    else:
        big, small = max(qa.value, qb.value), min(qa.value, qb.value)
        if small > 0 and big / small > 3:
            sim *= 0.5
    return sim


def _date_gate(a: Claim, b: Claim, sim: float) -> float:
    da, db = a.anchor, b.anchor
    assert isinstance(da, DateMention) and isinstance(db, DateMention)
    if a.events and b.events and not (a.events & b.events):
        return 0.0
    if da.low <= db.high and db.low <= da.high:
        sim += 0.15
    elif abs((da.low - db.low).days) > 400:
        sim *= 0.5
    return sim


def _restates(a: Claim, b: Claim) -> bool:
    """Whether two claims of one article can be the same fact told twice: values must overlap."""
    qa, qb = a.anchor, b.anchor
    if isinstance(qa, Quantity | DateMention) and isinstance(qb, Quantity | DateMention):
        return qa.low <= qb.high and qb.low <= qa.high
    if isinstance(qa, Attribution) or isinstance(qb, Attribution):
        return isinstance(qa, Attribution) and isinstance(qb, Attribution) and qa.key == qb.key
    return True


def candidate_pairs(claims: Sequence[Claim], sim: Similarity, *, same_source: bool) -> list[tuple[float, int, int]]:
    """Scored pairs (sim, i, j), i < j, of claims of one kind that share a rare feature."""
    postings: dict[str, list[int]] = defaultdict(list)
    for idx, c in enumerate(claims):
        for f, w in c.features.items():
            if w >= 0.5:
                postings[f].append(idx)
    pairs: list[tuple[float, int, int]] = []
    for i, c in enumerate(claims):
        votes: dict[int, float] = defaultdict(float)
        for f, w in c.features.items():
            plist = postings.get(f)
            if not plist or len(plist) > _MAX_POSTING or w < 0.5:
                continue
            idf = sim.idf.get(f, 1.0)
            for j in plist:
                if j <= i:
                    continue
                other = claims[j]
                if other.kind is not c.kind or (other.source_id == c.source_id) != same_source:
                    continue
                votes[j] += idf
        best = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP_K]
        threshold = SAME_SOURCE_THRESHOLD[c.kind] if same_source else THRESHOLD[c.kind]
        for j, _ in best:
            if same_source and not _restates(c, claims[j]):
                continue
            s = sim(c, claims[j])
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def group(
    claims: Sequence[Claim], sim: Similarity, *, same_source: bool = False, linkage: float = 0.75
) -> list[list[int]]:
    """Greedy average-linkage grouping; across sources a group holds one claim per source."""
    pairs = candidate_pairs(claims, sim, same_source=same_source)
    score = {(i, j): s for s, i, j in pairs}
    cluster_of = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}

    def pair_sim(x: int, y: int) -> float:
        return score.get((x, y) if x < y else (y, x), 0.0)

    for _, i, j in pairs:
        ci, cj = cluster_of[i], cluster_of[j]
        if ci == cj:
            continue
        mi, mj = members[ci], members[cj]
        if not same_source:
            sources_i = {claims[m].source_id for m in mi}
            if any(claims[m].source_id in sources_i for m in mj):
                continue
        total = sum(pair_sim(x, y) for x in mi for y in mj)
        if total / (len(mi) * len(mj)) < THRESHOLD[claims[i].kind] * linkage:
            continue
        keep, drop = (ci, cj) if ci < cj else (cj, ci)
        members[keep] = sorted(members[keep] + members[drop])
        for m in members.pop(drop):
            cluster_of[m] = keep
    return [m for _, m in sorted(members.items())]
