"""Before and after: what changed between two stored scans of one account.

Works on what the store keeps for every scan (the JSON summary with score and
inference, and each post's id and labels), so any two scans can be compared later,
even after the archive they came from is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from auditor.errors import InputError
from auditor.model import CATEGORIES, CATEGORY_LABELS
from auditor.store import ScanRow, Store


@dataclass
class CategoryChange:
    category: str
    before: float
    after: float
    findings_before: int
    findings_after: int

    @property
    def delta(self) -> float:
        return round(self.after - self.before, 1)

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "label": CATEGORY_LABELS["ja"][self.category],
                "before": self.before, "after": self.after, "delta": self.delta,
                "findings_before": self.findings_before, "findings_after": self.findings_after}


@dataclass
class ScanDiff:
    a: ScanRow
    b: ScanRow
    categories: list[CategoryChange] = field(default_factory=list)
    removed: dict[str, list[str]] = field(default_factory=dict)  # post id → labels in A
    cleaned: dict[str, list[str]] = field(default_factory=dict)  # still there, no longer flagged
    new_flagged: dict[str, list[str]] = field(default_factory=dict)  # flagged in B, not in A

    def _score(self, row: ScanRow) -> dict[str, Any]:
        return row.summary.get("score") or {}

    @property
    def score_before(self) -> float:
        return float(self._score(self.a).get("value") or 0.0)

    @property
    def score_after(self) -> float:
        return float(self._score(self.b).get("value") or 0.0)

    def to_dict(self) -> dict[str, Any]:
        sa, sb = self._score(self.a), self._score(self.b)
        return {
            "type": "auditor.diff",
            "version": 1,
            "account": f"{self.a.platform}:@{self.a.handle}",
            "scan_a": {"id": self.a.id, "finished_at": self.a.finished_at.isoformat(),
                       "n_posts": self.a.n_posts, "n_flagged": self.a.n_flagged},
            "scan_b": {"id": self.b.id, "finished_at": self.b.finished_at.isoformat(),
                       "n_posts": self.b.n_posts, "n_flagged": self.b.n_flagged},
            "score": {"before": self.score_before, "after": self.score_after,
                      "delta": round(self.score_after - self.score_before, 1)},
            "anonymity_set": {"before": sa.get("anonymity_set"), "after": sb.get("anonymity_set")},
            "locatability": {"before": sa.get("locatability"), "after": sb.get("locatability")},
            "predictability": {"before": sa.get("predictability"), "after": sb.get("predictability")},
            "categories": [c.to_dict() for c in self.categories],
            "removed_posts": [{"id": k, "labels": v} for k, v in self.removed.items()],
            "cleaned_posts": [{"id": k, "labels": v} for k, v in self.cleaned.items()],
            "new_flagged_posts": [{"id": k, "labels": v} for k, v in self.new_flagged.items()],
        }


def pick_scans(store: Store, a: int | None = None, b: int | None = None) -> tuple[ScanRow, ScanRow]:
    """The two scans to compare. Defaults: the last two scans of the latest scan's account;
    with only A, A against the newest scan of its account (or, if A is the newest, the
    scan just before it against A)."""
    if a is not None and b is not None:
        ra, rb = store.scan(a), store.scan(b)
        for n, r in ((a, ra), (b, rb)):
            if r is None:
                raise InputError(f"スキャン #{n} は見つかりません (`auditor history` で一覧を確認できます)")
        return ra, rb  # type: ignore[return-value]
    anchor = store.scan(a) if a is not None else store.latest_scan()
    if anchor is None:
        raise InputError(
            f"スキャン #{a} は見つかりません" if a is not None
            else "まだスキャンがありません。`auditor scan <アーカイブ>` で始めます"
        )
    rows = store.account_scans(anchor.platform, anchor.handle)  # newest first
    if len(rows) < 2:
        raise InputError(f"@{anchor.handle} のスキャンは 1 回だけです。掃除の後にもう一度スキャンすると比べられます")
    if a is None:
        return rows[1], rows[0]
    newer = [r for r in rows if r.id > anchor.id]
    if newer:
        return anchor, max(newer, key=lambda r: r.id)
    older = [r for r in rows if r.id < anchor.id]
    return max(older, key=lambda r: r.id), anchor


def diff_scans(store: Store, a: ScanRow, b: ScanRow) -> ScanDiff:
    labels_a, labels_b = store.scan_post_labels(a.id), store.scan_post_labels(b.id)
    counts_a = a.summary.get("finding_counts") or {}
    counts_b = b.summary.get("finding_counts") or {}
    cats_a = (a.summary.get("score") or {}).get("by_category") or {}
    cats_b = (b.summary.get("score") or {}).get("by_category") or {}
    out = ScanDiff(a, b)
    for c in CATEGORIES:
        out.categories.append(CategoryChange(
            c, float(cats_a.get(c, 0.0)), float(cats_b.get(c, 0.0)),
            int(counts_a.get(c, 0)), int(counts_b.get(c, 0)),
        ))
    for pid, labels in labels_a.items():
        if pid not in labels_b:
            if labels:
                out.removed[pid] = labels
        elif labels and not labels_b[pid]:
            out.cleaned[pid] = labels
    for pid, labels in labels_b.items():
        if labels and not labels_a.get(pid):
            out.new_flagged[pid] = labels
    # Unflagged posts that disappeared count too, but only as a number.
    out.removed.update({pid: [] for pid in labels_a if pid not in labels_b and pid not in out.removed})
    return out
