"""How much text one analysis takes, and what is said about the rest.

The file limit (20 MB) bounds what is read, not what the analysis costs: the analysis takes
time and memory in proportion to the text, 6.5–9 s and about 180 MB a million characters on
two cores (``python -m tests.benchmarks.bench_hostile``, figures in the README). So an article
is analysed up to ``MAX_ARTICLE_CHARS`` characters, cut at a line break, and a corpus up to
``MAX_CORPUS_CHARS``; what is left out is named with the reason, like a refused file, and
the rest is analysed. A news article is a few thousand characters; the limits are there
for the transcript, the dump or the table of ten thousand rows dropped in by mistake.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.domain import Refusal, Source
from gui.i18n import grouped, translate

MAX_ARTICLE_CHARS = 1_000_000  # 6.5-9 s and 200 MB of analysis
MAX_CORPUS_CHARS = 5_000_000  # 35-45 s and under 1 GB: the largest corpus one analysis takes


def article_cut() -> str:
    """Why the rest of a long article is left out, in the interface's language."""
    return translate(
        "Ingest",
        "not analysed: an article is read up to {limit} characters "
        "(a longer text would take minutes and gigabytes to analyse)",
    ).format(limit=grouped(MAX_ARTICLE_CHARS))


def corpus_full() -> str:
    """Why a source past the corpus budget is left out, in the interface's language."""
    return translate(
        "Ingest",
        "not analysed: the articles before it fill the {limit} characters one "
        "analysis takes; analyse the rest in another project",
    ).format(limit=grouped(MAX_CORPUS_CHARS))


def cut_article(text: str) -> str:
    """``text`` up to :data:`MAX_ARTICLE_CHARS`, ending at a line break where there is one
    in the last tenth; ``text`` itself when it is short enough."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return text
    end = text.rfind("\n", MAX_ARTICLE_CHARS * 9 // 10, MAX_ARTICLE_CHARS)
    return text[: end if end > 0 else MAX_ARTICLE_CHARS]


def fit_corpus(
    new: Sequence[Source], *, already: int = 0
) -> tuple[tuple[Source, ...], tuple[Refusal, ...]]:
    """The ``new`` sources that fit, in order, after ``already`` characters of sources kept
    before (a project's corpus, never dropped); a refusal for each one after the first that
    does not fit."""
    room = MAX_CORPUS_CHARS - already
    for i, source in enumerate(new):
        room -= len(source.text)
        if room < 0:
            full = corpus_full()
            return tuple(new[:i]), tuple(Refusal(s.path, full) for s in new[i:])
    return tuple(new), ()
