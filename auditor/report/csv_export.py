"""CSV export for power users: ``findings.csv`` and ``posts.csv`` (``--csv DIR``).

UTF-8 with a byte-order mark, so that Excel opens Japanese correctly; written 0600 and
atomically through ``auditor.fileio`` like every file holding user data.

Post text is hostile input here too: a cell starting with ``=``, ``+``, ``-``, ``@``, tab
or carriage return is a formula to a spreadsheet (CSV injection), so such cells get a
leading apostrophe, which spreadsheets show as text and do not evaluate.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from auditor.fileio import ensure_private_dir, write_private_bytes
from auditor.model import CATEGORY_LABELS, PROFILE_ID, ScanResult, labels_of
from auditor.report.redact import Redactor, no_redaction

FINDING_COLUMNS = (
    "post_id", "post_url", "created_at", "category", "category_ja", "kind", "value", "text",
    "reason", "reason_en", "source", "weight", "field", "start", "end",
)
POST_COLUMNS = (
    "id", "created_at", "url", "labels", "n_findings", "max_weight", "recommended_action",
    "score_after", "is_reply", "is_repost", "lat", "lon", "place_name", "n_media", "text",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and value != PROFILE_ID:
        return "'" + value
    return value


def _frames(result: ScanResult, redact: bool):
    import pandas as pd

    from auditor.export import summary

    doc = summary(result)
    r = (
        Redactor.from_scan(
            result.findings, doc.get("inferred"), doc.get("recommendations") or [], result.profile
        )
        if redact
        else no_redaction
    )
    posts = {p.id: p for p in result.posts}
    labels_ja = CATEGORY_LABELS["ja"]
    rows = []
    for f in result.findings:
        p = posts.get(f.post_id or "")
        rows.append(
            {
                "post_id": f.post_id or PROFILE_ID,
                "post_url": None if redact or p is None else p.url,
                "created_at": p.created_at.isoformat() if p and p.created_at else None,
                "category": f.category,
                "category_ja": labels_ja.get(f.category, f.category),
                "kind": f.kind,
                "value": r(f.value),
                "text": r(f.text),
                "reason": r(f.reason),
                "reason_en": r(f.reason_en),
                "source": f.source,
                "weight": f.weight,
                "field": f.field,
                "start": f.start,
                "end": f.end,
            }
        )
    findings = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))

    by_post = result.findings_by_post()
    recs: dict[str, dict] = {}
    for rec in doc.get("recommendations") or []:
        if isinstance(rec, dict) and rec.get("post_id") and str(rec["post_id"]) not in recs:
            recs[str(rec["post_id"])] = rec
    post_rows = []
    for p in result.posts:
        fs = by_post.get(p.id, [])
        rec = recs.get(p.id, {})
        post_rows.append(
            {
                "id": p.id,
                "created_at": p.created_at.isoformat() if p.created_at else None,
                "url": None if redact else p.url,
                "labels": ";".join(labels_of(fs)),
                "n_findings": len(fs),
                "max_weight": max((f.weight for f in fs), default=0.0),
                "recommended_action": rec.get("action"),
                "score_after": rec.get("score_after"),
                "is_reply": p.is_reply,
                "is_repost": p.is_repost,
                "lat": None if redact or not p.geo else p.geo.lat,
                "lon": None if redact or not p.geo else p.geo.lon,
                "place_name": r(p.geo.place_name) if p.geo else None,
                "n_media": len(p.media),
                "text": r(p.text),
            }
        )
    posts_df = pd.DataFrame(post_rows, columns=list(POST_COLUMNS))
    return findings, posts_df


def _csv_bytes(frame) -> bytes:
    safe = frame.map(neutralise) if not frame.empty else frame
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def write_csv(result: ScanResult, out_dir: Path, *, redact: bool = False) -> list[Path]:
    """Write ``findings.csv`` and ``posts.csv`` into ``out_dir``; returns their paths."""
    out_dir = ensure_private_dir(Path(out_dir))
    findings, posts = _frames(result, redact)
    return [
        write_private_bytes(out_dir / "findings.csv", _csv_bytes(findings)),
        write_private_bytes(out_dir / "posts.csv", _csv_bytes(posts)),
    ]
