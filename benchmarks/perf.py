"""End-to-end performance of ``auditor scan`` against bare GiNZA, in one run.

For each N it generates a synthetic archive (benchmarks/synth_archive.py) and prints:
bare ``spacy.load("ja_ginza").pipe()`` time over the same texts, the SudachiPy
tokenisation floor, our first scan, an unchanged re-scan, a re-scan after deleting 100
posts, peak RSS of the whole process tree (workers included), and the ratios.

    .venv/bin/python benchmarks/perf.py --n 5000 --n 50000

Every figure is wall-clock seconds on this machine; run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth_archive  # noqa: E402

BIN = Path(sys.executable).parent


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int, str]:
    """(seconds, peak tree RSS bytes, stdout) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        time.sleep(0.05)
    out, err = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return elapsed, peak, out


_BARE = """
import json, sys, time
import spacy
texts = json.load(open(sys.argv[1], encoding="utf-8"))
t0 = time.perf_counter()
nlp = spacy.load("ja_ginza")
t1 = time.perf_counter()
for _ in nlp.pipe(texts):
    pass
t2 = time.perf_counter()
print(json.dumps({"load": t1 - t0, "pipe": t2 - t1}))
"""

_SUDACHI = """
import json, sys, time
from sudachipy import Dictionary, SplitMode
texts = json.load(open(sys.argv[1], encoding="utf-8"))
tok = Dictionary(dict="core").create(SplitMode.C)
t0 = time.perf_counter()
for t in texts:
    tok.tokenize(t)
print(json.dumps({"tokenize": time.perf_counter() - t0}))
"""


def _python(code: str, arg: Path) -> tuple[dict, int]:
    _, peak, out = run_measured([sys.executable, "-c", code, str(arg)])
    return json.loads(out.strip().splitlines()[-1]), peak


def help_time() -> float:
    best = float("inf")
    for _ in range(5):
        t, _, _ = run_measured([str(BIN / "auditor"), "--help"])
        best = min(best, t)
    return best


def bench(n: int, work: Path, *, bare_limit: int | None) -> dict:
    archive = synth_archive.write_archive(n, work / f"synth-{n}.zip")
    cleaned = synth_archive.write_archive(n, work / f"synth-{n}-minus100.zip", drop=100)
    texts = [t for t in synth_archive.texts(n)]
    texts_file = work / f"texts-{n}.json"
    texts_file.write_text(json.dumps(texts[:bare_limit] if bare_limit else texts, ensure_ascii=False))

    bare, bare_rss = _python(_BARE, texts_file)
    bare_pipe = bare["pipe"] * (n / bare_limit if bare_limit and bare_limit < n else 1)
    floor, _ = _python(_SUDACHI, texts_file)
    floor_s = floor["tokenize"] * (n / bare_limit if bare_limit and bare_limit < n else 1)

    db = work / f"history-{n}.sqlite3"
    env = dict(os.environ, AUDITOR_DB=str(db))
    scan = [str(BIN / "auditor"), "scan"]
    first, first_rss, _ = run_measured([*scan, str(archive), "--out", str(work / "r1")], env)
    again, again_rss, _ = run_measured([*scan, str(archive), "--out", str(work / "r2")], env)
    after, after_rss, _ = run_measured([*scan, str(cleaned), "--out", str(work / "r3")], env)
    return {
        "n": n,
        "bare_ginza_pipe_s": round(bare_pipe, 1),
        "bare_ginza_load_s": round(bare["load"], 1),
        "bare_extrapolated_from": bare_limit if bare_limit and bare_limit < n else None,
        "bare_peak_rss_mb": round(bare_rss / 2**20),
        "sudachi_floor_s": round(floor_s, 2),
        "first_scan_s": round(first, 1),
        "rescan_s": round(again, 1),
        "rescan_minus100_s": round(after, 1),
        "peak_rss_mb": round(max(first_rss, again_rss, after_rss) / 2**20),
        "ratio_first_vs_bare": round(first / bare_pipe, 3),
        "ratio_rescan_vs_first": round(again / first, 3),
        "ratio_minus100_vs_first": round(after / first, 3),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description="auditor end-to-end performance")
    ap.add_argument("--n", type=int, action="append", help="archive sizes (default 5000 and 50000)")
    ap.add_argument("--bare-limit", type=int, default=None,
                    help="time bare GiNZA on only this many texts and extrapolate (default: all)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="auditor-bench-"))
    try:
        print(json.dumps({"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
                          "help_s": round(help_time(), 3)}))
        for n in args.n or [5000, 50000]:
            print(json.dumps(bench(n, work, bare_limit=args.bare_limit), ensure_ascii=False), flush=True)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
