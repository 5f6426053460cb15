"""Train the learned layer of the text detector and write ``auditor/cues/data/model.npz``.

Usage: ``.venv/bin/python scripts/train_cues_model.py [--C 4] [--out PATH]``

Trains on every labelled set in ``benchmarks/eval`` and ``../shared/eval/dev.jsonl``
(never a blind set). The combination rule (add / veto thresholds) is chosen from the
out-of-fold probabilities of the writers the rules were never tuned on
(``learned_train.VALIDATION_WRITERS``: each scored by a model trained on everyone else),
then the model is fitted on all writers. Stores weights (float16), the rule,
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
    ap.add_argument("--C", type=float, nargs="+", default=[4.0, 16.0, 64.0],
                    help="regularisation strengths to try; the best on the validation writers wins")
    ap.add_argument("--out", type=Path, default=ROOT / "auditor" / "cues" / "data" / "model.npz")
    ap.add_argument("--additions", action="store_true",
                    help="list every addition on the validation writers (right or wrong)")
    args = ap.parse_args()
    os.environ["AUDITOR_CUES_MODEL"] = "off"
    from eval_sets import set_paths

    from auditor.cues import learned_train as lt

    examples = lt.load_sets(set_paths())
    lt.analyse(examples)
    val = [i for i, e in enumerate(examples) if e.writer in lt.VALIDATION_WRITERS]
    best = None
    for C in args.C:
        probs = lt.out_of_fold(examples, C, only=lt.VALIDATION_WRITERS)
        vex, vprobs = [examples[i] for i in val], [probs[i] for i in val]
        add, veto, weak = lt.choose_rule(vex, vprobs)
        score = lt.validation_score(vex, vprobs, add, veto, weak)
        print(f"C={C}: validation macro-F1 (mean over {sorted(lt.VALIDATION_WRITERS)}) {score:.3f}")
        if best is None or score > best[0]:
            best = (score, C, add, veto, weak, vprobs)
    _, C, add, veto, weak, vprobs = best
    vex = [examples[i] for i in val]
    print(f"validation writers at C={C} (out of fold; rules → rules + classifier):")
    print(f"{'writer':6} {'n':>4}  {'macro-F1':>13}  {'hard neg.':>13}  additions")
    for r in lt.writer_rows(vex, vprobs, add, veto, weak):
        print(f"{r.writer:6} {r.n:4d}  {r.macro[0]:.3f} → {r.macro[1]:.3f}  "
              f"{r.hn[0]:5.1%} → {r.hn[1]:5.1%}  +{r.added} ({r.added_ok} right)")
    if args.additions:
        for ex, p in zip(vex, vprobs, strict=True):
            rules = lt.rule_categories(ex)
            got = lt.decide(rules, p, add, veto, weak, lt.allowed_of(ex)) - set(rules)
            for c in sorted(got):
                mark = "right" if c in ex.labels else "WRONG"
                print(f"  + {c:11} {mark:5} p={p[c]:.2f} {ex.id} {ex.text[:90]!r}")
    W, b = lt.fit(lt.matrix(examples), lt.targets(examples), C)
    model = lt.as_model(W, b, add, veto, weak, lt.data_hash(examples))
    lt.save(args.out, model)
    writers = sorted({e.writer for e in examples})
    print(f"trained on {len(examples)} posts from writers {writers} (C={C}); rule: add≥{add}, "
          f"veto<{veto} when weight≤{weak}; hash {model.train_hash}; "
          f"{args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
