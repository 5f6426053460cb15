"""The demo's inferred profile, score and whole clean-up plan, pinned (issue 8).

Inference, score and recommendations were made fast without changing a single result.
``data/demo_mosaic.json.gz`` holds the inputs of ``auditor.scan.infer_and_score`` for the
demo account (profile, posts, the detector's findings as of its ``detector_version``)
and every output the unoptimised code made from them, floats exact. Feeding it the
stored findings keeps the pin independent of the text detector (being rewritten
separately); ``test_fixture_is_the_demo`` says when the detector has moved on.

Regenerate only for an intended change of inference, score or plan:

    .venv/bin/python tests/test_mosaic_pinned.py --regenerate
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from auditor.model import Finding, Geo, ImageFacts, Post, Profile, ScanResult

FIXTURE = Path(__file__).parent / "data" / "demo_mosaic.json.gz"
TOP = 10


def plain(obj: Any) -> Any:
    """Everything a result holds, as JSON (floats exact, private fields left out)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)
                if not f.name.startswith("_")}
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [plain(v) for v in obj]
    if isinstance(obj, set | frozenset):
        return sorted(plain(v) for v in obj)
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return obj


def _image(d: dict) -> ImageFacts:
    d = dict(d)
    d["gps"] = Geo(**d["gps"]) if d.get("gps") else None
    d["taken_at"] = datetime.fromisoformat(d["taken_at"]) if d.get("taken_at") else None
    return ImageFacts(**d)


def load_inputs(doc: dict) -> ScanResult:
    return ScanResult(
        source="demo", profile=Profile.from_dict(doc["profile"]),
        posts=[Post.from_dict(p) for p in doc["posts"]],
        findings=[Finding.from_dict(f) for f in doc["findings"]],
        detector_version=doc["detector_version"],
        started_at=datetime.fromisoformat(doc["started_at"]),
        images=[_image(i) for i in doc["images"]],
    )


def outputs(result: ScanResult) -> dict:
    return {
        "findings": [plain(f) for f in result.findings],
        "inferred": plain(result.inferred),
        "score": plain(result.score),
        "recommendations": [plain(r) for r in result.recommendations],
        "contract": json.loads(json.dumps({
            "inferred": result.inferred.to_dict(), "score": result.score.to_dict(),
            "recommendations": [r.to_dict() for r in result.recommendations]},
            ensure_ascii=False, default=str)),
    }


def _demo_inputs() -> ScanResult:
    """The demo account up to inference, as ``auditor demo`` scans it."""
    from importlib.resources import files

    from auditor import scan as pipeline
    from connectors.registry import open_file_source

    captured: list[ScanResult] = []
    real = pipeline.infer_and_score
    pipeline.infer_and_score = lambda result, *a, **k: captured.append(result)  # type: ignore[assignment]
    try:
        source = open_file_source(Path(str(files("auditor.demo") / "archive")), kind="x_archive")
        pipeline.analyse("demo", source.profile(), list(source.posts()))
    finally:
        pipeline.infer_and_score = real  # type: ignore[assignment]
    return captured[0]


@pytest.fixture(scope="module")
def pinned() -> dict:
    with gzip.open(FIXTURE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def computed(pinned) -> dict:
    from auditor.scan import infer_and_score

    result = load_inputs(pinned["inputs"])
    infer_and_score(result)
    return json.loads(json.dumps(outputs(result), ensure_ascii=False))


def test_score_is_pinned(pinned, computed):
    assert computed["score"] == pinned["expected"]["score"]
    assert computed["contract"]["score"] == pinned["expected"]["contract"]["score"]


def test_top_recommendations_are_pinned(pinned, computed):
    want = pinned["expected"]["recommendations"]
    got = computed["recommendations"]
    assert [(r["post_id"], r["action"], r["score_after"]) for r in got[:TOP]] == \
        [(r["post_id"], r["action"], r["score_after"]) for r in want[:TOP]]
    assert got[:TOP] == want[:TOP]


def test_whole_plan_inferred_profile_and_findings_are_pinned(pinned, computed):
    for part in ("recommendations", "inferred", "findings", "contract"):
        assert computed[part] == pinned["expected"][part], part


def test_fixture_is_the_demo(pinned):
    """The stored inputs are what the demo scan gives inference today (detector included)."""
    from auditor.cues import DETECTOR_VERSION

    if pinned["inputs"]["detector_version"] != DETECTOR_VERSION:
        pytest.skip(f"detector {DETECTOR_VERSION} != pinned {pinned['inputs']['detector_version']}: "
                    "the pin still checks inference on the stored findings")
    live = _demo_inputs()
    stored = load_inputs(pinned["inputs"])
    assert [f.to_dict() for f in live.findings] == [f.to_dict() for f in stored.findings]
    assert [p.to_dict() for p in live.posts] == [p.to_dict() for p in stored.posts]
    assert live.profile.to_dict() == stored.profile.to_dict()


def regenerate() -> None:
    from auditor.scan import infer_and_score

    live = _demo_inputs()
    inputs = {
        "detector_version": live.detector_version,
        "started_at": live.started_at.isoformat(),
        "profile": live.profile.to_dict(),
        "posts": [p.to_dict() for p in live.posts],
        "findings": [f.to_dict() for f in live.findings],
        "images": [i.to_dict() for i in live.images],
    }
    result = load_inputs(json.loads(json.dumps(inputs, ensure_ascii=False)))
    infer_and_score(result)
    doc = {"inputs": inputs, "expected": outputs(result)}
    FIXTURE.parent.mkdir(exist_ok=True)
    text = json.dumps(doc, ensure_ascii=False, indent=0, default=str)
    with gzip.GzipFile(FIXTURE, "wb", compresslevel=9, mtime=0) as fh:  # reproducible bytes
        fh.write(text.encode("utf-8"))
    print(FIXTURE, len(result.recommendations), "recommendations, score", result.score.value)


if __name__ == "__main__":
    if "--regenerate" in sys.argv:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        regenerate()
