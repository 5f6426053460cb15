"""Rule-layer (or full detector) accuracy on every labelled set, one row per set.

Usage: ``.venv/bin/python benchmarks/eval_sets.py [--sets dev setA ...] [--errors CAT]``

Sets are read from ``benchmarks/eval/*.jsonl`` plus ``../shared/eval/dev.jsonl``, one
writer per letter. N, P and R are never read for errors and never trained on (the honest
unseen-author checks); the learned layer's thresholds are chosen on the validation writers
in ``auditor/cues/learned_train.py``. ``benchmarks/CUES_ROUND6.md`` says which set was
measured when.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("AUDITOR_CUES_STRICT", "1")  # a recogniser bug must show, not vanish

from auditor.evaluate import evaluate, read_gold  # noqa: E402
from auditor.model import CATEGORIES  # noqa: E402

EVAL = ROOT / "benchmarks" / "eval"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


def set_paths(names: list[str] | None = None) -> dict[str, Path]:
    paths = {"dev": DEV} if DEV.exists() else {}
    for p in sorted(EVAL.glob("*.jsonl")):
        paths[p.stem] = p
    if names:
        return {n: paths[n] for n in names if n in paths}
    return paths


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="*")
    ap.add_argument("--errors", nargs="*", help="print errors for these categories")
    ap.add_argument("--rules-only", action="store_true", help="no learned component")
    args = ap.parse_args()
    if args.rules_only:
        os.environ["AUDITOR_CUES_MODEL"] = "off"
    from auditor.cues import detect_many

    def predict(texts: list[str]):
        for found in detect_many(texts):
            yield frozenset(f.category for f in found)

    short = [c[:5] for c in CATEGORIES]
    print(f"{'set':10} {'n':>4} " + " ".join(f"{c:>6}" for c in short) + "  macro  hn%")
    for name, path in set_paths(args.sets).items():
        r = evaluate(read_gold(path), predict)
        cells = " ".join(f"{r.per_category[c].f1:6.3f}" for c in CATEGORIES)
        print(f"{name:10} {r.n_posts:4d} {cells}  {r.macro_f1:.3f} {r.negative_rate:5.1%}")
        for c in args.errors or []:
            for g, pred in r.errors:
                if (c in g.labels) != (c in pred) or c == "all":
                    tag = "FN" if c in g.labels else "FP"
                    print(f"  {tag} {c} {g.id} gold={sorted(g.labels)} pred={sorted(pred)} "
                          f"{g.text[:150]!r}")


if __name__ == "__main__":
    main()
