"""Train the learned layer of the text detector and write ``auditor/cues/data/model.npz``.

Usage: ``.venv/bin/python scripts/train_cues_model.py [--C 4] [--out PATH]``

Trains on every labelled set in ``benchmarks/eval`` and ``../shared/eval/dev.jsonl``
except set D (the holdout) and any blind set; chooses the combination rule (add / veto
thresholds) from leave-one-writer-out probabilities; stores weights (float16), the rule,
``MODEL_VERSION`` and a hash of the training data. Deterministic (liblinear).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--out", type=Path, default=ROOT / "auditor" / "cues" / "data" / "model.npz")
    args = ap.parse_args()
    os.environ["AUDITOR_CUES_MODEL"] = "off"
    from eval_sets import set_paths

    from auditor.cues import learned_train as lt

    examples = lt.load_sets(set_paths())
    lt.analyse(examples)
    probs = lt.out_of_fold(examples, args.C)
    add, veto, weak = lt.choose_rule(examples, probs)
    W, b = lt.fit(lt.matrix(examples), lt.targets(examples), args.C)
    model = lt.as_model(W, b, add, veto, weak, lt.data_hash(examples))
    lt.save(args.out, model)
    writers = sorted({e.writer for e in examples})
    print(f"trained on {len(examples)} posts from writers {writers}; rule: add≥{add}, "
          f"veto<{veto} when weight≤{weak}; hash {model.train_hash}; "
          f"{args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
