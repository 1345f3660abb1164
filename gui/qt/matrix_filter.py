"""What the reviewer asked to see: a plain value the filter bar edits and the proxy applies."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from gui.domain import Agreement, Fact, FactKind, Status
from gui.i18n import translate
from gui.palette import agreement_word, kind_word
from gui.qt.textmap import fold


@dataclass(frozen=True, slots=True)
class SearchText:
    """A fact's searchable words, folded once when the matrix is set."""

    label: str
    # source id -> folded value and excerpt, for every outlet that states the fact
    excerpts: Mapping[str, str] = field(default_factory=dict)
    # label and every excerpt, one per line: searched while no outlet is hidden
    haystack: str = ""


@dataclass(frozen=True, slots=True)
class MatrixFilter:
    text: str = ""  # every word must occur in the label or a shown outlet's excerpt
    agreements: frozenset[Agreement] = frozenset()  # empty: every agreement
    kinds: frozenset[FactKind] = frozenset()  # empty: every kind
    min_coverage: int = 0  # outlets that state the fact, at least
    hidden_sources: frozenset[str] = frozenset()  # source ids whose column is hidden
    # only these facts (those with an open disagreement between reviewers); None: any
    fact_ids: frozenset[str] | None = None

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(fold(self.text).split())

    @property
    def hides_rows(self) -> bool:
        return bool(
            self.words
            or self.agreements
            or self.kinds
            or self.min_coverage > 1
            or self.hidden_sources
            or self.fact_ids is not None
        )

    @property
    def is_active(self) -> bool:
        return self.hides_rows

    def accepts(self, fact: Fact, search: SearchText) -> bool:
        return self.accepts_fact(fact) and self.matches(search, self.words)

    def accepts_fact(self, fact: Fact, coverage: int | None = None) -> bool:
        """Everything but the search words: needs no folded text.

        ``coverage`` is ``fact.coverage`` when the caller has it counted already.
        """
        if self.fact_ids is not None and fact.id not in self.fact_ids:
            return False
        if self.agreements and fact.agreement not in self.agreements:
            return False
        if self.kinds and fact.kind not in self.kinds:
            return False
        if (
            self.min_coverage
            and (fact.coverage if coverage is None else coverage) < self.min_coverage
        ):
            return False
        # Only hidden outlets state it: the row would be blank.
        return not self.hidden_sources or any(
            sid not in self.hidden_sources and cell.status is not Status.ABSENT
            for sid, cell in fact.cells.items()
        )

    def matches(self, search: SearchText, words: tuple[str, ...]) -> bool:
        """Whether every one of ``words`` (folded: ``self.words``) occurs in a shown text."""
        if not words:
            return True
        if search.haystack and not self.hidden_sources:
            haystack = search.haystack
        else:
            shown = [t for sid, t in search.excerpts.items() if sid not in self.hidden_sources]
            haystack = "\n".join([search.label, *shown])
        return all(word in haystack for word in words)

    def accepts_source(self, source_id: str) -> bool:
        return source_id not in self.hidden_sources

    def describe(self, outlet_names: Mapping[str, str] | None = None) -> str:
        """The filter in words, for the status bar and for exports."""
        if not self.is_active:
            return translate("MatrixFilter", "all facts, all outlets")
        parts: list[str] = []
        if self.fact_ids is not None:
            parts.append(translate("MatrixFilter", "open disagreements between reviewers"))
        if self.agreements:
            chosen = (agreement_word(a) for a in Agreement if a in self.agreements)
            parts.append(
                translate("MatrixFilter", "{agreements} rows").format(agreements=_either(chosen))
            )
        if self.kinds:
            kinds = _either(kind_word(k) for k in FactKind if k in self.kinds)
            parts.append(translate("MatrixFilter", "{kinds} facts").format(kinds=kinds))
        if self.min_coverage > 1:
            parts.append(
                translate("MatrixFilter", "stated by at least {n} outlets").format(
                    n=self.min_coverage
                )
            )
        if self.words:
            text = " ".join(self.text.split())
            parts.append(translate("MatrixFilter", "matching “{text}”").format(text=text))
        if self.hidden_sources:
            names = outlet_names or {}
            hidden = ", ".join(sorted(names.get(sid, sid) for sid in self.hidden_sources))
            parts.append(
                translate("MatrixFilter", "outlets hidden: {outlets}").format(outlets=hidden)
            )
        return "; ".join(parts)


def _either(words: Iterable[str]) -> str:
    return translate("MatrixFilter", " or ").join(words)
