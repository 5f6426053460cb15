"""Combining cues from many posts: how sure, and which posts.

Independent cues for the same value combine as independent chances (noisy-or):
two posts that each make a stranger 60 % sure make them 84 % sure. Repeats within
one post count once (the strongest), since a post read twice says nothing new.
"""

from __future__ import annotations

import functools
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


class TallyIndex:
    """A Tally over a fixed list of additions, answered with any of them left out.

    ``ops`` are ``Tally.add`` calls ``(value, post_id, weight)`` in order. ``best(dropped)``
    is what ``Tally.best()`` returns for the tally that the ops not in ``dropped`` (their
    positions) make: only the values that lost an op are rebuilt, in the same order and
    with the same arithmetic, so the answer is the very same, ties included (the earliest
    value first seen wins). This is what lets the recommender ask "what if this post were
    gone" of an account with thousands of posts naming the same places.
    """

    def __init__(self, ops: list[tuple[str | None, str | None, float]]) -> None:
        self.ops = ops
        self.of_value: dict[str, list[int]] = {}
        for i, (value, _pid, _w) in enumerate(ops):
            if value:
                self.of_value.setdefault(value, []).append(i)
        self.full = {v: self._support(v, idx, settled=True) for v, idx in self.of_value.items()}
        self._keys = {v: (s.confidence, len(s.per_post), -self.of_value[v][0]) for v, s in self.full.items()}
        self.ranked = sorted(self.full, key=lambda v: self._keys[v], reverse=True)

    def _support(self, value: str, positions: Iterable[int], settled: bool = False) -> Support:
        s = _Settled(value) if settled else Support(value)
        for i in positions:
            s.add(self.ops[i][1], self.ops[i][2])
        return s

    def _without(self, value: str, left: list[int], dropped: frozenset[int] | set[int]) -> Support:
        """``_support(value, left)``; when the dropped ops take whole posts with them (a post
        deleted or edited), the full support less those posts (the same dict, in order)."""
        posts = {self.ops[i][1] or "" for i in self.of_value[value] if i in dropped}
        if any((self.ops[i][1] or "") in posts for i in left):
            return self._support(value, left)
        s = Support(value)
        s.per_post = {p: w for p, w in self.full[value].per_post.items() if p not in posts}
        return s

    def ranked_by(self, key) -> list[str]:
        """Values, best first by ``key(support, first op)``; ties keep first-seen order."""
        return sorted(self.full, key=lambda v: key(self.full[v], self.of_value[v][0]), reverse=True)

    def best(self, dropped: frozenset[int] | set[int] = frozenset()) -> Support | None:
        changed = {self.ops[i][0] for i in dropped if self.ops[i][0]}
        best, best_key = None, None
        for v in self.ranked:
            if v not in changed:
                best, best_key = self.full[v], self._keys[v]
                break
        for v in changed:
            left = [i for i in self.of_value[v] if i not in dropped]
            if not left:
                continue
            s = self._without(v, left, dropped)
            key = (s.confidence, len(s.per_post), -left[0])
            if best_key is None or key > best_key:
                best, best_key = s, key
        return best


class _Settled(Support):
    """A Support no longer added to (``TallyIndex.full``): its answers are kept."""

    @functools.cached_property
    def confidence(self) -> float:  # type: ignore[override]
        return noisy_or(self.per_post.values())

    @functools.cached_property
    def evidence(self) -> list[str]:  # type: ignore[override]
        return [p for p, _ in sorted(self.per_post.items(), key=lambda kv: -kv[1]) if p]
