"""Polarity of a statement: whether it asserts or denies what its row is about."""

from __future__ import annotations

from gui.analysis.claims import Claim

# Events that deny each other: one fact told with opposite polarity ("membantah" vs
# "confirmed") is a contradiction in one row, not two rows.
OPPOSITES = ((frozenset({"CONFIRM"}), frozenset({"DENY"})),)


def opposed(a: Claim, b: Claim) -> bool:
    return any(
        (a.events & yes and b.events & no) or (a.events & no and b.events & yes)
        for yes, no in OPPOSITES
    )


def polarity(claim: Claim) -> bool:
    """True for a claim that asserts, False for one that denies (a negation or a denying
    event, not both)."""
    denying = any(claim.events & no and not claim.events & yes for yes, no in OPPOSITES)
    return claim.negated == denying
