"""Time of inference, score and the greedy clean-up on large accounts; before/after check.

Cases (each builds the *inputs* of ``auditor.scan.infer_and_score`` once, so that every
implementation measured sees the very same profile, posts and findings):

- ``--n N``: a hand-made account (no text detector): about 15 % of posts carry findings
  in the detector's vocabulary, as on a heavy real account, and 3 % carry geotags (home
  at night and weekends, the office at weekday lunch, elsewhere). Deterministic.
- ``--archive N``: the synthetic X archive of ``benchmarks/synth_archive.py`` read by the
  real connector and detector (detector results cached in ``benchmarks/out``).
- ``--demo``: the bundled demo account (``auditor demo``), photos included.

For each case and implementation it prints one JSON line: seconds for prepare (clusters,
timeline), infer, score, recommend, and ``total`` = one ``infer_and_score`` call (what a
scan spends after detection), the number of flagged posts and of recommendations.

``--ref REV`` also runs git revision REV's code (exported with ``git archive`` into a
temporary folder) on the same inputs — the "before" numbers — and compares the two
implementations' outputs field by field: every finding, the inferred profile, the score
(with its factors) and every recommendation, floats compared exactly. Exit status 1
when anything differs.

``--phases`` adds prepare/infer/score/recommend one by one (``warm_*``: a second copy in
the same process, after imports and tables have loaded); ``--cache`` adds a first and a
repeated ``infer_and_score`` with a store (``cache_miss_s``, ``cache_hit_s``: the result
cache of ``auditor.infer_cache``).

    .venv/bin/python benchmarks/mosaic_perf.py --n 5000 --n 50000
    .venv/bin/python benchmarks/mosaic_perf.py --ref main --phases --cache --demo \
        --archive 5000 --archive 50000 --n 5000 --n 50000

Results (issue 8), 2026-11-23, the command above in one run after merging main a2425fd
(detector 2.0.0+m1); AMD EPYC, 2 cores shared with other work (load 1.6–2.3); seconds;
``total`` = one ``infer_and_score`` in a fresh process, ``warm`` = prepare + infer + score +
recommend once more in that process, before = main a2425fd (its inference is unchanged
since 91eb315):

    case            before total / warm (recommend)   after total / warm (recommend)   cache hit
    archive-5000        1.90 /  1.75 ( 1.72)              0.45 / 0.24 (0.22)             0.022
    archive-50000      82.8  / 93.1  (92.5)               1.95 / 1.47 (1.18)             0.20
    demo                1.55 /  0.20 ( 0.19)              1.97 / 0.10 (0.09)             0.003
    bench-5000          2.17 /  0.29 ( 0.26)              2.48 / 0.12 (0.09)             0.020
    bench-50000         3.03 /  1.08 ( 0.64)              2.75 / 0.60 (0.05)             0.19

Outputs identical in every case (every finding, the inferred profile, the score with its
factors, every recommendation; floats compared exactly). The same run before the merge
(detector 1.3.0) gave archive-5000 2.55 → 0.56 s and archive-50000 119.7 → 2.01 s. Timings
on this shared machine vary by ±20 % from run to run. A cold ``total`` includes one-time
loads the warm figures do not: the ``holidays`` package (~0.27 s), the municipality table
(~0.1 s) and, for accounts with geotags, scikit-learn (~1.5–2 s) and the town table for
reverse geocoding (~0.7 s) — why demo and bench-5000 are no faster cold.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"

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


def account(n: int, seed: int = 1):
    from auditor.model import Finding, Geo, Post, Profile

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


# -- inputs ---------------------------------------------------------------------------
def _bench_inputs(n: int):
    from auditor.model import ScanResult

    profile, posts, findings = account(n)
    return ScanResult(source=f"bench-{n}", profile=profile, posts=posts, findings=findings,
                      detector_version="bench", started_at=datetime(2025, 1, 1, tzinfo=JST))


def _scanned_inputs(source: str, path: Path, kind: str | None = None):
    """The ScanResult exactly as ``auditor.scan.analyse`` hands it to ``infer_and_score``."""
    from auditor import scan as pipeline
    from auditor.store import Store
    from connectors.registry import open_file_source

    captured = []
    real = pipeline.infer_and_score
    pipeline.infer_and_score = lambda result, *a, **k: captured.append(result)  # type: ignore[assignment]
    try:
        connector = open_file_source(path, **({"kind": kind} if kind else {}))
        OUT.mkdir(exist_ok=True)
        with Store(OUT / "mosaic-perf-cues.sqlite3") as store:
            posts = pipeline.collect(connector.posts())
            _result, fresh = pipeline.analyse(source, connector.profile(), posts, store=store,
                                              warnings=connector.warnings)
            if fresh:  # keep the detector's results for the next run (the scan is not kept)
                from auditor.cues import DETECTOR_VERSION

                with store.transaction() as c:
                    c.executemany(
                        "INSERT OR REPLACE INTO cue_cache(content_hash, detector_version, findings_json)"
                        " VALUES(?,?,?)",
                        ((h, DETECTOR_VERSION, json.dumps([f.to_dict() for f in fs], ensure_ascii=False))
                         for h, fs in fresh.items()),
                    )
    finally:
        pipeline.infer_and_score = real  # type: ignore[assignment]
    captured[0].started_at = datetime(2025, 1, 1, tzinfo=JST)  # the same bytes every run
    return captured[0]


def build_cases(args) -> list[tuple[str, Path]]:
    """Pickle each case's inputs into benchmarks/out; returns (name, pickle path)."""
    OUT.mkdir(exist_ok=True)
    cases = []

    def keep(name: str, make) -> None:
        path = OUT / f"mosaic-{name}.pickle"
        with path.open("wb") as fh:
            pickle.dump(make(), fh, protocol=pickle.HIGHEST_PROTOCOL)
        cases.append((name, path))

    if args.demo:
        from importlib.resources import files

        keep("demo", lambda: _scanned_inputs("demo", Path(str(files("auditor.demo") / "archive")),
                                             "x_archive"))
    for n in args.archive or []:
        sys.path.insert(0, str(HERE))
        import synth_archive

        zpath = OUT / f"synth-{n}.zip"
        if not zpath.exists():
            synth_archive.write_archive(n, zpath)
        keep(f"archive-{n}", lambda zpath=zpath, n=n: _scanned_inputs(f"archive-{n}", zpath))
    for n in args.n or []:
        keep(f"bench-{n}", lambda n=n: _bench_inputs(n))
    return cases


# -- one implementation on one case (run in a subprocess) ------------------------------
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
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    return str(obj)


def worker(case: Path, out: Path, phases: bool, cache: bool = False) -> None:
    import auditor.scan as pipeline

    with case.open("rb") as fh:
        result = pickle.load(fh)
    # The whole stage first, in a fresh process, as a scan runs it (imports, tables and
    # caches load here); then, if asked, the stages one by one on a second copy (warm).
    t0 = time.perf_counter()
    pipeline.infer_and_score(result)
    timings = {"total_s": time.perf_counter() - t0}
    if phases:
        from auditor.infer import infer, prepare
        from auditor.recommend import recommend
        from auditor.score import score

        with case.open("rb") as fh:
            again = pickle.load(fh)
        t0 = time.perf_counter()
        ctx = prepare(again.profile, again.posts, again.findings, again.images)
        t1 = time.perf_counter()
        inf = infer(ctx)
        t2 = time.perf_counter()
        score(inf)
        t3 = time.perf_counter()
        recommend(ctx)
        t4 = time.perf_counter()
        timings |= {"warm_prepare_s": t1 - t0, "warm_infer_s": t2 - t1, "warm_score_s": t3 - t2,
                    "warm_recommend_s": t4 - t3, "warm_total_s": t4 - t0}
    if cache:  # a re-scan of the same inputs with the store's result cache
        import tempfile

        from auditor.store import Store

        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "h.sqlite3") as store:
            for label in ("cache_miss_s", "cache_hit_s"):
                with case.open("rb") as fh:
                    again = pickle.load(fh)
                t0 = time.perf_counter()
                pipeline.infer_and_score(again, store=store)
                timings[label] = time.perf_counter() - t0
            assert [r.to_dict() for r in again.recommendations] == [r.to_dict() for r in result.recommendations]
    doc = {
        "timings": {k: round(v, 4) for k, v in timings.items()},
        "flagged": len({f.post_id for f in result.findings}),
        "n_recommendations": len(result.recommendations),
        "score": result.score.value,
        "score_after": result.recommendations[-1].score_after if result.recommendations else None,
        "output": {
            "findings": [plain(f) for f in result.findings],
            "inferred": plain(result.inferred),
            "score": plain(result.score),
            "recommendations": [plain(r) for r in result.recommendations],
            "contract": {"inferred": result.inferred.to_dict(), "score": result.score.to_dict(),
                         "recommendations": [r.to_dict() for r in result.recommendations]},
        },
    }
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def run_impl(label: str, tree: Path, case: Path, phases: bool, reuse: bool = False,
             cache: bool = False) -> dict:
    """One implementation on one case, in a fresh process. ``reuse``: a result saved for
    the same inputs (and, for a revision, the same commit) stands in for running again."""
    out = case.with_suffix(f".{label}.json")
    digest = hashlib.sha256(case.read_bytes()).hexdigest()
    if reuse and out.exists():
        doc = json.loads(out.read_text(encoding="utf-8"))
        if doc.get("input_sha256") == digest:
            return doc
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, __file__, "--worker", str(case), str(out)]
                   + (["--phases"] if phases else []) + (["--cache"] if cache else []),
                   check=True, env=env, cwd=tree)
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc["input_sha256"] = digest
    out.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return doc


def differences(a: Any, b: Any, path: str = "", limit: int = 10) -> list[str]:
    out: list[str] = []
    if type(a) is not type(b):
        return [f"{path}: {a!r} != {b!r}"]
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append(f"{path}.{k}: only in {'new' if k not in a else 'ref'}")
            else:
                out += differences(a[k], b[k], f"{path}.{k}", limit)
            if len(out) >= limit:
                break
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items != {len(b)}")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            out += differences(x, y, f"{path}[{i}]", limit)
            if len(out) >= limit:
                break
    elif a != b:
        out.append(f"{path}: {a!r} != {b!r}")
    return out[:limit]


def export_tree(rev: str) -> Path:
    tree = Path(tempfile.mkdtemp(prefix="mosaic-ref-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, action="append", help="hand-made account of N posts (repeatable)")
    ap.add_argument("--archive", type=int, action="append", help="synthetic X archive of N posts")
    ap.add_argument("--demo", action="store_true", help="the bundled demo account")
    ap.add_argument("--ref", help="git revision to compare with (the 'before' code)")
    ap.add_argument("--phases", action="store_true", help="also time prepare/infer/score/recommend")
    ap.add_argument("--reuse-ref", action="store_true",
                    help="reuse the reference's saved outputs for unchanged inputs (no new timing)")
    ap.add_argument("--cache", action="store_true",
                    help="also time a first and a repeated infer_and_score with a store (result cache)")
    ap.add_argument("--worker", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(*args.worker, args.phases, args.cache)
        return
    if not (args.n or args.archive or args.demo):
        args.n = [5000]
    sys.path.insert(0, str(ROOT))
    cases = build_cases(args)
    ref_tree = export_tree(args.ref) if args.ref else None
    ref_sha = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", args.ref], check=True,
                             capture_output=True, text=True).stdout.strip() if args.ref else ""
    failed = False
    try:
        for name, case in cases:
            impls = [("new", ROOT)] + ([(f"ref-{args.ref}", ref_tree)] if ref_tree else [])
            docs = {}
            for label, tree in impls:
                file_label = "new" if label == "new" else f"ref-{ref_sha}"
                doc = run_impl(file_label, tree, case, args.phases,  # type: ignore[arg-type]
                               reuse=args.reuse_ref and label != "new",
                               cache=args.cache and label == "new")
                docs[label] = doc
                print(json.dumps({"case": name, "impl": label, **doc["timings"], "flagged": doc["flagged"],
                                  "recommendations": doc["n_recommendations"], "score": doc["score"],
                                  "score_after": doc["score_after"]}, ensure_ascii=False), flush=True)
            if ref_tree:
                diff = differences(docs["new"]["output"], docs[f"ref-{args.ref}"]["output"])
                print(json.dumps({"case": name, "identical": not diff, "differences": diff},
                                 ensure_ascii=False), flush=True)
                failed |= bool(diff)
    finally:
        if ref_tree:
            subprocess.run(["rm", "-rf", str(ref_tree)], check=False)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
