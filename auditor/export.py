"""The JSON contract of ``auditor scan --json`` (documented in the README).

``contract`` is the full document; ``summary`` is the same without the per-post list,
which the store keeps with each scan for history and diffs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from auditor.fileio import write_private_text
from auditor.model import PROFILE_ID, ScanResult, labels_of

CONTRACT_VERSION = 1
_FINDING_KEYS = ("category", "start", "end", "text", "reason", "source", "weight",
                 "field", "kind", "value", "reason_en")


def _finding(f: Any) -> dict[str, Any]:
    return {k: getattr(f, k) for k in _FINDING_KEYS}


def _to_plain(obj: Any) -> Any:
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if isinstance(obj, dict):
        return {k: _to_plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_to_plain(v) for v in obj]
    return str(obj)


def summary(result: ScanResult) -> dict[str, Any]:
    by_post = result.findings_by_post()
    counts = {}
    for f in result.findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    profile = result.profile.to_dict()
    profile["findings"] = [_finding(f) for f in by_post.get(PROFILE_ID, [])]
    return {
        "version": CONTRACT_VERSION,
        "type": "auditor.scan",
        "scan_id": result.scan_id,
        "source": result.source,
        "detector_version": result.detector_version,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat() if result.finished_at else None,
        "n_posts": len(result.posts),
        "n_flagged": sum(1 for p in result.posts if p.id in by_post),
        "finding_counts": counts,
        "profile": profile,
        "inferred": _to_plain(result.inferred) if result.inferred is not None else {},
        "score": _to_plain(result.score),
        "recommendations": _to_plain(result.recommendations),
        "warnings": list(result.warnings),
    }


def contract(result: ScanResult) -> dict[str, Any]:
    doc = summary(result)
    by_post = result.findings_by_post()
    doc["posts"] = [
        {
            "id": p.id,
            "url": p.url,
            "created_at": p.created_at.isoformat() if p.created_at else None,
            "labels": labels_of(by_post[p.id]),
            "findings": [_finding(f) for f in by_post[p.id]],
        }
        for p in result.posts
        if p.id in by_post
    ]
    return doc


def dumps_readable(doc: dict[str, Any]) -> str:
    """JSON with one top-level key per line and one list item (a post) per line.

    ``json.dumps(indent=...)`` falls back to the pure-Python encoder, which took over a
    second for a 50,000-post account; this layout keeps the C encoder for every piece
    and stays easy to read and to diff.
    """
    def one(v: Any) -> str:
        return json.dumps(v, ensure_ascii=False)

    parts = []
    for key, value in doc.items():
        if isinstance(value, list) and value:
            items = ",\n".join("    " + one(v) for v in value)
            parts.append(f"  {one(key)}: [\n{items}\n  ]")
        else:
            parts.append(f"  {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def write_json(result: ScanResult, path: Path) -> Path:
    return write_private_text(path, dumps_readable(contract(result)))
