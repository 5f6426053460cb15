"""The learned layer: the shipped model, its determinism, its findings, and the LOWO script.

The model file is part of the package (``auditor/cues/data/model.npz``); these tests
check that it loads without pickle, carries the expected version and a training-data
hash, and that detection with it is deterministic. A hand-made model shows what a
learned finding looks like (span from the strongest contributions, generic reason).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import numpy as np
import pytest

from auditor.model import CATEGORIES

os.environ["AUDITOR_CUES_STRICT"] = "1"
ROOT = Path(__file__).resolve().parents[1]


def test_shipped_model_loads_with_version_and_hash() -> None:
    from auditor.cues import learned

    learned.load_model.cache_clear()
    m = learned.load_model()
    assert m is not None, "auditor/cues/data/model.npz is missing"
    assert m.version == learned.MODEL_VERSION
    assert len(m.train_hash) == 16 and int(m.train_hash, 16) >= 0
    assert m.categories == tuple(CATEGORIES)
    assert m.weights.shape == (learned.DIM, len(CATEGORIES))
    assert set(m.add) == set(CATEGORIES) and all(0.3 <= t <= 1.01 for t in m.add.values())
    # Loaded without pickle: np.load refuses object arrays when allow_pickle=False.
    path = ROOT / "auditor" / "cues" / "data" / "model.npz"
    with np.load(path, allow_pickle=False) as z:
        assert {"weights", "bias", "categories", "version", "train_hash"} <= set(z.files)
    assert path.stat().st_size < 5_000_000


def test_detector_version_includes_model_version() -> None:
    from auditor.cues import DETECTOR_VERSION
    from auditor.cues.learned import MODEL_VERSION

    assert DETECTOR_VERSION.endswith(f"+m{MODEL_VERSION}")


TEXTS = [
    "札幌市中央区在住、毎朝7時の地下鉄で通勤してます",
    "今日で31歳になりました🎂 仕事は相変わらず忙しい",
    "明日から家族で石垣島!家は空っぽ",
    "今日はいい天気だった",
    "『ひだまり堂』でパン焼いてます。朝4時から仕込み",
]


def test_output_identical_across_runs() -> None:
    from auditor.cues import detect_many

    first = list(detect_many(TEXTS))
    second = list(detect_many(list(reversed(TEXTS))))[::-1]
    assert first == second
    assert list(detect_many(TEXTS, batch_size=2)) == first


def _analysis(text: str):
    from auditor.cues.detector import _detector

    (a, hits), = _detector().run_hits([text])
    return a, hits


def test_a_learned_finding_has_a_phrase_span_and_a_generic_reason() -> None:
    from auditor.cues import learned
    from auditor.cues.detector import _to_findings

    text = "週末は近所の銭湯でサウナ三昧。整うまで出ない"
    a, hits = _analysis(text)
    j = CATEGORIES.index("routine")
    weights = np.zeros((learned.DIM, len(CATEGORIES)), dtype=np.float32)
    feats = learned.features(a, hits)
    # Push "routine" up through the features of 「銭湯」 only, so the span must be there.
    sento = learned.features(a, hits, with_spans=True)
    for k, spans in sento.spans.items():
        if any(text[s:e] in ("銭湯", "銭", "湯") for s, e in spans):
            weights[k, j] = 50.0
    bias = np.full(len(CATEGORIES), -20.0, dtype=np.float32)
    model = learned.Model(weights, bias, tuple(CATEGORIES), "test", "0" * 16,
                          dict.fromkeys(CATEGORIES, 0.9), 0.0, 0.3)
    assert model.proba(feats)["routine"] > 0.9
    out = _to_findings(a, learned.combine(a, [h for h in hits if h.category != "routine"],
                                          model))
    learned_found = [f for f in out if f.kind == "learned"]
    assert [f.category for f in learned_found] == ["routine"]
    f = learned_found[0]
    assert "銭湯" in f.text and f.text == text[f.start : f.end]
    assert f.reason == learned.REASONS["routine"][0] and f.value is None
    assert 0 < f.weight <= 1


def test_model_off_gives_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.cues import detect_many, learned

    monkeypatch.setenv("AUDITOR_CUES_MODEL", "off")
    out = list(detect_many(TEXTS))
    assert all(f.kind != "learned" for fs in out for f in fs)
    a, hits = _analysis(TEXTS[0])
    assert learned.combine(a, hits) == hits


def test_lowo_script_runs_on_a_small_subset() -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import lowo

    buf = io.StringIO()
    result = lowo.run(limit=12, out=buf)
    table = buf.getvalue()
    assert "macro" in table and "add thresholds" in table
    assert "D" in result and "H" in result  # the validation writers are rows too
    assert len(result) >= 3
    for row in result.values():
        for before, after in [row["macro"], row["hn"], *row["per_category"].values()]:
            assert 0.0 <= before <= 1.0 and 0.0 <= after <= 1.0
        assert 0 <= row["added_ok"] <= row["added"]
