"""Combining cues from many posts: how sure, and which posts.

Independent cues for the same value combine as independent chances (noisy-or):
two posts that each make a stranger 60 % sure make them 84 % sure. Repeats within
one post count once (the strongest), since a post read twice says nothing new.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from auditor.model import Finding


def noisy_or(weights: Iterable[float]) -> float:
    miss = 1.0
    for w in weights:
        miss *= 1.0 - min(max(w, 0.0), 1.0)
    return 1.0 - miss


@dataclass
class Support:
    """How strongly the posts back one value."""

    value: str
    per_post: dict[str, float] = field(default_factory=dict)  # post id → strongest weight

    def add(self, post_id: str | None, weight: float) -> None:
        pid = post_id or ""
        self.per_post[pid] = max(self.per_post.get(pid, 0.0), weight)

    @property
    def confidence(self) -> float:
        return noisy_or(self.per_post.values())

    @property
    def evidence(self) -> list[str]:
        """Post ids, strongest first."""
        return [p for p, _ in sorted(self.per_post.items(), key=lambda kv: -kv[1]) if p]


class Tally:
    """Values → Support, in first-seen order."""

    def __init__(self) -> None:
        self.values: dict[str, Support] = {}

    def add(self, value: str | None, post_id: str | None, weight: float) -> None:
        if not value:
            return
        self.values.setdefault(value, Support(value)).add(post_id, weight)

    def add_finding(self, f: Finding, value: str | None = None, scale: float = 1.0) -> None:
        self.add(value if value is not None else f.value, f.post_id, f.weight * scale)

    def best(self) -> Support | None:
        if not self.values:
            return None
        return max(self.values.values(), key=lambda s: (s.confidence, len(s.per_post)))

    def __bool__(self) -> bool:
        return bool(self.values)


def evidence_of(findings: Iterable[Finding]) -> list[str]:
    """Distinct post ids of ``findings`` in order, strongest finding first."""
    best: dict[str, float] = {}
    for f in findings:
        if f.post_id:
            best[f.post_id] = max(best.get(f.post_id, 0.0), f.weight)
    return [p for p, _ in sorted(best.items(), key=lambda kv: -kv[1])]
