"""The reviewer's decisions. Plain data: the store persists it, the views send commands to it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Review:
    """Decisions that survive a re-analysis because they are keyed by stable ids, not rows."""

    outlet_names: dict[str, str] = field(default_factory=dict)  # source id -> outlet as renamed
