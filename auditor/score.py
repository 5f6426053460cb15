"""Identifiability score, 0–100, with a per-category breakdown.

First version: each category's exposure combines its findings' weights as independent
chances (1 − ∏(1 − w)); the total weighs categories by how much they narrow down a
person. Issue 6 replaces this with an anonymity-set estimate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from auditor.model import CATEGORIES, Finding

#: How much knowing each category narrows a stranger's search (sums to 1).
CATEGORY_WEIGHT: dict[str, float] = {
    "home": 0.22,
    "identity": 0.18,
    "contact": 0.14,
    "workplace": 0.12,
    "school": 0.10,
    "whereabouts": 0.10,
    "routine": 0.08,
    "family": 0.06,
}


@dataclass
class Score:
    value: float
    by_category: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def score(findings: Iterable[Finding]) -> Score:
    remaining = dict.fromkeys(CATEGORIES, 1.0)
    for f in findings:
        remaining[f.category] *= 1.0 - min(max(f.weight, 0.0), 1.0)
    by_category = {c: round(100 * (1 - remaining[c]), 1) for c in CATEGORIES}
    total = sum(CATEGORY_WEIGHT[c] * (1 - remaining[c]) for c in CATEGORIES)
    return Score(value=round(100 * total, 1), by_category=by_category)
