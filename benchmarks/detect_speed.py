"""Throughput of ``auditor.cues.detect_many`` on a realistic timeline.

Usage: ``.venv/bin/python benchmarks/detect_speed.py [--posts N] [--ungated] [--baseline]``

The timeline mixes the labelled posts (every writer's set but D, dense in cues) with
ordinary chatter built from their hard negatives, in the proportion of a real account
where most posts reveal nothing (default: 30 % labelled positives, 70 % chatter).
``--baseline`` also times bare ``spacy.load("ja_ginza").pipe()`` on the same texts.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every writer's set except the holdout (set D): dev, round 1's, A, B, E, F, G.
SETS = [ROOT.parent / "shared" / "eval" / "dev.jsonl"] + [
    p for p in sorted((ROOT / "benchmarks" / "eval").glob("*.jsonl")) if p.stem != "setD"
]


def timeline(n: int, seed: int = 0) -> list[str]:
    pos: list[str] = []
    neg: list[str] = []
    for path in SETS:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            (pos if d["labels"] else neg).append(d["text"])
    rng = random.Random(seed)
    return [rng.choice(pos) if rng.random() < 0.3 else rng.choice(neg) for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=2000)
    ap.add_argument("--ungated", action="store_true", help="neural layer on every sentence")
    ap.add_argument("--baseline", action="store_true", help="also time bare ja_ginza .pipe()")
    ap.add_argument("--batch-size", type=int, default=256)
    args = ap.parse_args()

    from auditor.cues import detect_many
    from auditor.cues.nlp import get_nlp

    texts = timeline(args.posts)
    t0 = time.perf_counter()
    get_nlp()
    list(detect_many(texts[:10]))  # warm up: load GiNZA, dictionaries, gazetteer
    load = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_findings = sum(len(f) for f in detect_many(texts, batch_size=args.batch_size,
                                                 gate=not args.ungated))
    dt = time.perf_counter() - t0
    mode = "ungated" if args.ungated else "gated"
    print(f"detect_many ({mode}): {len(texts)} posts in {dt:.2f} s = "
          f"{len(texts) / dt:.0f} posts/s ({n_findings} findings; load {load:.1f} s)")
    if args.baseline:
        nlp = get_nlp()
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        dt = time.perf_counter() - t0
        print(f"ja_ginza .pipe() baseline: {len(texts) / dt:.0f} posts/s")


if __name__ == "__main__":
    main()
