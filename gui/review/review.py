"""The reviewer's decisions in force, and the ones undone that can be redone.

Plain data with undo and redo across the whole history: the store persists every change as
it happens (see ``gui.store``), the views send decisions here through their document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from gui.review.decisions import Decision, with_seq


@dataclass
class Review:
    decisions: list[Decision] = field(default_factory=list)  # in force, in the order made
    undone: list[Decision] = field(default_factory=list)  # redo stack: the next redo is last
    last_seq: int = 0

    def __post_init__(self) -> None:
        seqs = [d.seq for d in (*self.decisions, *self.undone)]
        self.last_seq = max([self.last_seq, *seqs])

    def numbered(self, decision: Decision) -> Decision:
        """``decision`` with the number and time it gets when recorded next."""
        made = decision.made or datetime.now().astimezone().isoformat(timespec="seconds")
        return with_seq(decision, self.last_seq + 1, made)

    def push(self, decision: Decision) -> None:
        """A numbered decision in force; what was undone can no longer be redone."""
        self.decisions.append(decision)
        self.undone.clear()
        self.last_seq = decision.seq

    def record(self, decision: Decision) -> Decision:
        recorded = self.numbered(decision)
        self.push(recorded)
        return recorded

    def undo(self) -> Decision | None:
        if not self.decisions:
            return None
        decision = self.decisions.pop()
        self.undone.append(decision)
        return decision

    def redo(self) -> Decision | None:
        if not self.undone:
            return None
        decision = self.undone.pop()
        self.decisions.append(decision)
        return decision

    @property
    def can_undo(self) -> bool:
        return bool(self.decisions)

    @property
    def can_redo(self) -> bool:
        return bool(self.undone)
