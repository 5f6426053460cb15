"""Score history of one account, from the scans the store kept, for the report's chart."""

from __future__ import annotations

from typing import Any

from auditor.store import Store

#: Scans shown in the history chart at most (the newest ones).
MAX_HISTORY = 50


def score_history(
    store: Store, platform: str, handle: str, limit: int = MAX_HISTORY
) -> list[dict[str, Any]]:
    """Earlier and current scans of ``platform``/``handle``, oldest first, as
    ``{"scan_id", "finished_at", "score", "by_category"}``; scans without a score are left out."""
    out = []
    for row in store.scans():  # newest first
        if row.platform != platform or row.handle != handle or row.score is None:
            continue
        score = row.summary.get("score") if isinstance(row.summary, dict) else None
        by_category = score.get("by_category") if isinstance(score, dict) else None
        out.append(
            {
                "scan_id": row.id,
                "finished_at": row.finished_at.isoformat(),
                "score": float(row.score),
                "by_category": dict(by_category or {}),
            }
        )
        if len(out) >= limit:
            break
    return out[::-1]
