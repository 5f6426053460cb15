"""The accuracy targets of issue 3, and gated == ungated on every labelled set.

The dev set lives in ../shared (beside the clone); tests that need it skip without it.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from auditor.cues import detect_many
from auditor.evaluate import evaluate, read_gold

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
EXTRA = ROOT / "benchmarks" / "eval" / "extra.jsonl"
HOLDOUTS = [ROOT / "benchmarks" / "eval" / f"holdout{n}.jsonl" for n in ("", "2", "3")]
needs_dev = pytest.mark.skipif(not DEV.exists(), reason="../shared/eval/dev.jsonl not present")

# A recogniser bug must fail the tests, not be swallowed (see detector._safe).
os.environ["AUDITOR_CUES_STRICT"] = "1"


@cache
def _report(path: Path):
    def predict(texts: list[str]):
        for found in detect_many(texts):
            yield frozenset(f.category for f in found)

    return evaluate(read_gold(path), predict)


@needs_dev
def test_dev_targets() -> None:
    r = _report(DEV)
    assert r.macro_f1 >= 0.92
    assert all(s.f1 >= 0.85 for s in r.per_category.values()), r.to_dict()
    assert r.negative_rate <= 0.05


@needs_dev
def test_extra_within_005_of_dev() -> None:
    dev, extra = _report(DEV), _report(EXTRA)
    assert extra.n_posts >= 300
    assert extra.n_negatives / extra.n_posts >= 0.35
    assert extra.macro_f1 >= dev.macro_f1 - 0.05
    assert extra.negative_rate <= 0.05


#: Every writer's set in the repository (set D, the holdout, is only read for its texts).
WRITER_SETS = sorted((ROOT / "benchmarks" / "eval").glob("*.jsonl"))


@pytest.mark.parametrize("path", [DEV, *WRITER_SETS], ids=lambda p: p.stem)
def test_gated_equals_ungated(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not present")
    texts = [g.text for g in read_gold(path)]
    assert list(detect_many(texts, gate=True)) == list(detect_many(texts, gate=False))
