"""Copies of one story: sources that are the same article, or near copies of it.

Five outlets running one agency text are one report, not five confirmations. This module
finds such groups so the reviewer can see them and count each group once.

How a copy is told from a second article about the same event
-------------------------------------------------------------
Each source's text becomes a set of *shingles*: every run of :data:`SHINGLE_WORDS`
consecutive folded words. Two articles written independently about one event share names,
numbers and stock phrases, but rarely the same five words in a row for long; a copy shares
nearly all of them, whatever headline, byline or "read also" box an outlet put around it.

Two sources are copies when all three hold:

* the shorter shares at least :data:`MIN_CONTAINMENT` of its shingles with the longer
  (*containment*, not resemblance, so a copy trimmed of its last paragraphs or given an
  extra one still counts: a copy keeping 70 % of a wire story is 100 % contained in it);
* they share at least :data:`MIN_SHARED` shingles, about one paragraph, so that two short
  items quoting one official statement are not taken for one article;
* the shorter has at least :data:`MIN_LENGTH_RATIO` of the longer's shingles, so that a
  digest or live page that strings several stories together does not become a copy of each,
  which would chain unrelated stories into one group.

Copies are grouped transitively (a copy of a copy is in the group), and each group is
represented by its earliest published source, else the first loaded.

Speed: no pair of full texts is compared unless a sample says it might be a copy. Every
source contributes the shingles whose hash falls in one of :data:`SAMPLE_EVERY` classes
(the same shingles in every source, so the samples of a copy and its original overlap as
their texts do) to an index from shingle to copy group; a source is compared in full only
with the groups its sample shares a good part with. A group enters each shingle of the index
once however many copies it has, so a story run by hundreds of outlets costs no more to look
up than one run by two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from hashlib import blake2b
from itertools import chain

from gui.analysis.text import _WORD_RE, fold_word
from gui.domain import Source

SHINGLE_WORDS = 5
# Most of the shorter text appears word for word in the longer. Independent articles about
# one event stay far below (shared names and numbers seldom make five-word runs); copies
# with a new headline, byline, captions or one paragraph more or less stay far above.
MIN_CONTAINMENT = 0.6
MIN_SHARED = 30  # shingles: a paragraph of some 35 words
MIN_LENGTH_RATIO = 0.3
SAMPLE_EVERY = 4  # one shingle in this many is indexed


@dataclass(slots=True)
class _Text:
    position: int  # load order
    shingles: frozenset[int]
    sample: frozenset[int]


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of :data:`SHINGLE_WORDS` consecutive folded words.

    Words get stable ids (a digest, not the per-process string hash), so the same text gives
    the same shingles in every run and the sampling below is reproducible.
    """
    # The words tokenize() finds, without building a Token for each of them.
    ids = list(map(_word_id, _WORD_RE.findall(text)))
    runs = zip(*(ids[k:] for k in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(hash, runs))


@lru_cache(maxsize=200_000)
def _word_id(word: str) -> int:
    folded = fold_word(word).encode()
    return int.from_bytes(blake2b(folded, digest_size=8).digest(), signed=True)


def is_copy(shared: int, size_a: int, size_b: int) -> bool:
    """Whether two shingle sets of these sizes sharing ``shared`` shingles are one article."""
    shorter, longer = sorted((size_a, size_b))
    return (
        shared >= MIN_SHARED
        and shared >= MIN_CONTAINMENT * shorter
        and shorter >= MIN_LENGTH_RATIO * longer
    )


def _published_key(source: Source, position: int) -> tuple[bool, datetime, int]:
    # Dated before undated; zoned times compared in UTC, unzoned ones as written.
    when = source.published
    if when is None:
        return (True, datetime.min, position)
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return (False, when, position)


@lru_cache(maxsize=4096)
def _worth_comparing(sample: int) -> float:
    """The sample overlap below which a copy is too unlikely to compare full texts.

    A copy shares about :data:`MIN_CONTAINMENT` of the shorter text's sampled shingles, give
    or take sampling noise; three standard deviations below that misses almost no copy and
    still spares the full comparison for articles that merely share stock phrases.
    """
    expected = MIN_CONTAINMENT * sample
    spread = (sample * MIN_CONTAINMENT * (1 - MIN_CONTAINMENT)) ** 0.5
    return expected - 3 * spread


class _Groups:
    """Union-find over load positions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> int:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[b] = a
        return a


def find_copies(sources: Sequence[Source]) -> dict[str, str]:
    """Map each copy's source id to the id of its group's representative.

    The representative of a group is its earliest published source, else the first loaded;
    it does not appear as a key. Sources that copy nothing and are copied by nothing are left
    out, so an empty mapping means every source is its own article.
    """
    texts = []
    for position, source in enumerate(sources):
        found = shingles(source.text)
        if len(found) < MIN_SHARED:
            continue  # too short to tell a copy from a shared quotation
        sample = frozenset(h for h in found if h % SAMPLE_EVERY == 0)
        texts.append(_Text(position, found, sample))
    texts.sort(key=lambda t: _published_key(sources[t.position], t.position))

    groups = _Groups(len(sources))
    members: dict[int, list[_Text]] = {}  # group root -> its texts, in the order met
    smallest: dict[int, int] = {}  # group root -> the smallest sample among its texts
    index: dict[int, list[int]] = {}  # sampled shingle -> group roots (maybe stale) holding it
    parent = groups.parent
    for text in texts:
        # Entries go stale when groups merge, and a merged group may be counted twice for a
        # shingle: that only loosens the filter before the exact comparison.
        hits: Counter[int] = Counter()
        for holder, count in Counter(
            chain.from_iterable(index.get(h, ()) for h in text.sample)
        ).items():
            hits[holder if parent[holder] == holder else groups.find(holder)] += count
        joined = [text.position]
        for root, shared in hits.items():
            if shared < _worth_comparing(min(len(text.sample), smallest[root])):
                continue
            for other in members[root]:
                common = len(text.shingles & other.shingles)
                if is_copy(common, len(text.shingles), len(other.shingles)):
                    joined.append(other.position)
                    break
        members[text.position] = [text]
        smallest[text.position] = len(text.sample)
        root = text.position
        merged = len(joined) > 1
        for position in joined[1:]:
            root = _merge(groups, members, smallest, root, position)
        for h in text.sample:
            holders = index.setdefault(h, [])
            # A source that joined no group is a group of its own, new to every shingle.
            if not merged or all(groups.find(g) != root for g in holders):
                holders.append(root)

    result: dict[str, str] = {}
    for group in members.values():
        if len(group) < 2:
            continue
        first = min(group, key=lambda t: _published_key(sources[t.position], t.position))
        for t in group:
            if t is not first:
                result[sources[t.position].id] = sources[first.position].id
    return result


def _merge(
    groups: _Groups,
    members: dict[int, list[_Text]],
    smallest: dict[int, int],
    a: int,
    b: int,
) -> int:
    """Join the groups of positions ``a`` and ``b``; return the joint group's root."""
    first, second = groups.find(a), groups.find(b)
    if first == second:
        return first
    kept = groups.union(first, second)
    gone = second if kept == first else first
    members[kept] += members.pop(gone)
    smallest[kept] = min(smallest[kept], smallest.pop(gone))
    return kept
