"""Time of inference, score and the greedy clean-up on large synthetic accounts.

The text detector is not run: posts carry hand-made findings in the detector's
vocabulary (about 15 % of posts, as on a heavy real account) and 3 % carry geotags
(home at night and weekends, the office at weekday lunch, elsewhere). Deterministic for
a seed.

    .venv/bin/python benchmarks/mosaic_perf.py --n 5000 --n 50000

Prints one JSON line per N: seconds for prepare (clusters, timeline), infer, score,
recommend, the number of flagged posts and of recommendations.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from auditor.infer import infer, prepare
from auditor.model import Finding, Geo, Post, Profile
from auditor.recommend import recommend
from auditor.score import score

JST = ZoneInfo("Asia/Tokyo")
HOME = (35.7436, 139.6066)
WORK = (35.6867, 139.7639)
CUES = [
    ("home", "station", "石神井公園駅", 0.6), ("home", "municipality", "練馬区", 0.5),
    ("home", "neighbourhood", "石神井町", 0.5), ("family", "member", "娘", 0.6),
    ("family", "member", "夫", 0.6), ("family", "member", "息子", 0.6),
    ("family", "member_age", "娘:7", 0.8), ("routine", "line", "西武池袋線", 0.5),
    ("routine", "weekly", "火", 0.4), ("whereabouts", "now", "渋谷", 0.7),
    ("whereabouts", "future", "京都", 0.6), ("workplace", "org", "株式会社みなと精機", 0.7),
    ("school", "school", "練馬区立さくら台小学校", 0.8), ("identity", "age", "41", 0.6),
    ("contact", "sns_id", "insta:kenta_0000", 0.8),
]


def account(n: int, seed: int = 1) -> tuple[Profile, list[Post], list[Finding]]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=JST)
    posts, findings = [], []
    for i in range(n):
        at = start + timedelta(minutes=rng.randint(0, max(1, n // 4) * 24 * 60))
        if at.hour < 7:
            at = at.replace(hour=rng.randint(7, 23))
        geo = None
        if rng.random() < 0.03:
            workday = at.weekday() < 5
            if workday and rng.random() < 0.3:
                at = at.replace(hour=12)
                where = WORK
            elif rng.random() < 0.85:
                at = at.replace(hour=rng.choice([21, 22]))
                where = HOME
            else:
                where = (35.0 + rng.random(), 135.0 + rng.random())
            geo = Geo(where[0] + rng.uniform(-4e-4, 4e-4), where[1] + rng.uniform(-4e-4, 4e-4))
        text = f"投稿 {i} です。今日もいろいろあった"
        posts.append(Post("x", str(i), text, created_at=at, geo=geo))
        if rng.random() < 0.15:
            cat, kind, value, weight = rng.choice(CUES)
            findings.append(Finding(cat, 0, 2, text[:2], "bench", weight=weight, post_id=str(i),  # type: ignore[arg-type]
                                    kind=kind, value=value))
    return Profile("x", "bench", location="東京"), posts, findings


def run(n: int) -> dict:
    profile, posts, findings = account(n)
    t0 = time.perf_counter()
    ctx = prepare(profile, posts, findings)
    t1 = time.perf_counter()
    inf = infer(ctx)
    t2 = time.perf_counter()
    s = score(inf)
    t3 = time.perf_counter()
    recs = recommend(ctx)
    t4 = time.perf_counter()
    return {"n": n, "flagged": len({f.post_id for f in ctx.findings}), "prepare_s": round(t1 - t0, 2),
            "infer_s": round(t2 - t1, 3), "score_s": round(t3 - t2, 3), "recommend_s": round(t4 - t3, 2),
            "recommendations": len(recs), "score": s.value, "score_after": recs[-1].score_after if recs else None}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, action="append", help="posts (repeatable)")
    for n in ap.parse_args().n or [5000]:
        print(json.dumps(run(n)), flush=True)


if __name__ == "__main__":
    main()
