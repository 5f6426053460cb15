"""Leave-one-writer-out (LOWO) table for the learned layer.

Usage: ``.venv/bin/python benchmarks/lowo.py [--limit N] [--C 4]``

For every writer W (dev, r1 = round 1's extra/holdout sets, A, B, D, E, F, G, H, I):
train the classifier on all other writers, choose the combination rule (add / veto
thresholds) from the *other* writers' out-of-fold probabilities, and evaluate rules
alone and rules + classifier on W. ``--limit`` keeps the first N posts of each set
(used by the test to run quickly).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def run(limit: int | None = None, C: float = 4.0, out=sys.stdout) -> dict[str, dict]:
    saved = os.environ.get("AUDITOR_CUES_MODEL")
    os.environ["AUDITOR_CUES_MODEL"] = "off"  # rule hits only; the layer is applied here
    try:
        return _run(limit, C, out)
    finally:
        if saved is None:
            os.environ.pop("AUDITOR_CUES_MODEL", None)
        else:
            os.environ["AUDITOR_CUES_MODEL"] = saved


def _run(limit: int | None, C: float, out) -> dict[str, dict]:
    from eval_sets import set_paths

    from auditor.cues import learned_train as lt
    from auditor.model import CATEGORIES

    examples = lt.load_sets(set_paths(), limit)
    lt.analyse(examples)
    probs = lt.out_of_fold(examples, C)
    writers = sorted({e.writer for e in examples})
    short = " ".join(f"{c[:5]:>11}" for c in CATEGORIES)
    print(f"{'writer':6} {'n':>4} {short}  {'macro':>11}  {'hn%':>11}  add/veto", file=out)
    result: dict[str, dict] = {}
    for w in writers:
        others = [i for i, e in enumerate(examples) if e.writer != w]
        add, veto, weak = lt.choose_rule([examples[i] for i in others], [probs[i] for i in others])
        idx = [i for i, e in enumerate(examples) if e.writer == w]
        gold = [examples[i].labels for i in idx]
        rules = [frozenset(lt.rule_categories(examples[i])) for i in idx]
        comb = [lt.decide(lt.rule_categories(examples[i]), probs[i], add, veto, weak,
                          lt.allowed_of(examples[i])) for i in idx]
        cells, row = [], {}
        for c in CATEGORIES:
            f_r = _f1(gold, rules, c)
            f_c = _f1(gold, comb, c)
            cells.append(f"{f_r:.2f}→{f_c:.2f}")
            row[c] = (f_r, f_c)
        neg = [k for k, g in enumerate(gold) if not g]
        hn_r = sum(bool(rules[k]) for k in neg) / max(1, len(neg))
        hn_c = sum(bool(comb[k]) for k in neg) / max(1, len(neg))
        m_r, m_c = lt.macro_f1(gold, rules), lt.macro_f1(gold, comb)
        added = sum(len(c - r) for c, r in zip(comb, rules, strict=True))
        added_ok = sum(len((c - r) & g) for c, r, g in zip(comb, rules, gold, strict=True))
        vetoed = sum(len(r - c) for c, r in zip(comb, rules, strict=True))
        vetoed_ok = sum(len((r - c) - g) for c, r, g in zip(comb, rules, gold, strict=True))
        print(f"{w:6} {len(idx):4d} " + " ".join(f"{x:>11}" for x in cells)
              + f"  {m_r:.3f}→{m_c:.3f}  {hn_r:4.1%}→{hn_c:4.1%}"
              + f"  +{added}({added_ok} right) -{vetoed}({vetoed_ok} right)"
              + f" [veto<{veto} weak≤{weak}]", file=out)
        result[w] = {"per_category": row, "macro": (m_r, m_c), "hn": (hn_r, hn_c),
                     "added": added, "added_ok": added_ok, "vetoed": vetoed,
                     "vetoed_ok": vetoed_ok}
    add, veto, weak = lt.choose_rule(examples, probs)
    print("add thresholds (all writers): " + ", ".join(f"{c}≥{t}" for c, t in add.items()), file=out)
    return result


def _f1(gold, pred, c) -> float:
    tp = sum(c in g and c in p for g, p in zip(gold, pred, strict=True))
    fp = sum(c not in g and c in p for g, p in zip(gold, pred, strict=True))
    fn = sum(c in g and c not in p for g, p in zip(gold, pred, strict=True))
    pr = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return 2 * pr * rc / (pr + rc) if pr + rc else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int)
    ap.add_argument("--C", type=float, default=4.0)
    args = ap.parse_args()
    run(args.limit, args.C)


if __name__ == "__main__":
    main()
