"""Re-scan of an unchanged account: reuse the inferred profile, score and plan (issue 8).

Inference, score and the greedy clean-up are pure functions of their inputs. When a
scan's inputs are the same as a stored scan's — the profile, every post (id, a hash of
its text, time, location, media, repost/reply flags), every finding, the pictures'
facts, the detector's version, ``INFER_VERSION`` and the code and tables inference
runs on — the stored results are used instead of computing them again.

``input_key`` is a SHA-256 over all of that; ``dump``/``load`` turn the results into
JSON and back losslessly (floats exact, dates as ISO dates), so the report and the JSON
contract come out byte for byte as on the first scan. The store keeps them
(``Store.save_inference``).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import date
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from auditor.model import Finding, ScanResult

#: Bump when inference, score or the plan change in a way the code fingerprint below
#: cannot see (it covers this package's inference code and shipped tables).
INFER_VERSION = "1"

_HERE = Path(__file__).resolve().parent
#: What the results are computed by: any change here changes every key.
_CODE = ("infer", "score.py", "recommend.py", "scan.py", "infer_cache.py", "data", "geo")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    h = hashlib.sha256()
    for name in _CODE:
        path = _HERE / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix != ".pyc") \
            if path.is_dir() else [path]
        for p in files:
            h.update(str(p.relative_to(_HERE)).encode())
            h.update(p.read_bytes())
    for dist in ("holidays", "scikit-learn", "numpy"):  # days off; clustering
        try:
            h.update(f"{dist}={metadata.version(dist)}".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-".encode())
    return h.hexdigest()


def input_key(result: ScanResult) -> str:
    """SHA-256 of everything ``infer_and_score`` reads from ``result``."""
    h = hashlib.sha256()

    def put(*items: Any) -> None:
        h.update(repr(items).encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")

    put("auditor.infer_cache", INFER_VERSION, code_fingerprint(), result.detector_version)
    put(sorted(result.profile.to_dict().items()))
    put(len(result.posts))
    for p in result.posts:
        text = hashlib.sha256(p.text.encode("utf-8", "surrogatepass")).hexdigest()
        put(p.platform, p.id, text, p.created_at.isoformat() if p.created_at else None, p.url,
            p.media, p.geo, p.is_reply, p.is_repost, p.lang, p.tagged_users)
    put(len(result.findings))
    for f in result.findings:
        put(f)
    put(len(result.images))
    for im in result.images:
        put(im)
    return h.hexdigest()


# -- results as JSON and back ---------------------------------------------------------------
def dump(result: ScanResult, added: list[Finding]) -> dict[str, Any]:
    """The results of ``infer_and_score`` (``added``: the findings it added) as JSON data."""
    inferred = asdict(result.inferred)
    for a in inferred["absences"]:
        a["start"] = a["start"].isoformat()
        a["end"] = a["end"].isoformat() if a["end"] else None
    return {
        "added": [f.to_dict() for f in added],
        "inferred": inferred,
        "score": asdict(result.score),
        "recommendations": [asdict(r) for r in result.recommendations],
    }


def load(doc: dict[str, Any]) -> tuple[list[Finding], Any, Any, list[Any]]:
    """(added findings, inferred, score, recommendations) from ``dump``'s data."""
    from auditor.infer.types import Absence, Family, Identity, Inferred, Place, Routine
    from auditor.recommend import Recommendation
    from auditor.score import Factor, Score

    d = dict(doc["inferred"])
    inferred = Inferred(
        home=Place(**d["home"]), workplace=Place(**d["workplace"]), school=Place(**d["school"]),
        family=Family(**d["family"]), routine=Routine(**d["routine"]),
        absences=[Absence(**{**a, "start": date.fromisoformat(a["start"]),
                             "end": date.fromisoformat(a["end"]) if a["end"] else None})
                  for a in d["absences"]],
        identity=Identity(**d["identity"]), contact=d["contact"], live_posts=d["live_posts"],
        story=d["story"],
    )
    s = dict(doc["score"])
    s["factors"] = [Factor(**f) for f in s["factors"]]
    return ([Finding.from_dict(f) for f in doc["added"]], inferred, Score(**s),
            [Recommendation(**r) for r in doc["recommendations"]])
