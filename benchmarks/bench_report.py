"""How long the report and the CSV export take, and how big the HTML gets, for a large account.

    .venv/bin/python benchmarks/bench_report.py [N_POSTS] [SHARE_FLAGGED]

Builds N_POSTS synthetic posts (default 50,000) with SHARE_FLAGGED of them flagged
(default 0.2), two findings each, then times ``render_html`` and ``write_csv``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from auditor.model import Finding, Post, Profile, ScanResult
from auditor.report import render_html
from auditor.report.csv_export import write_csv
from auditor.score import score


def build(n: int, share: float) -> ScanResult:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    posts, findings = [], []
    every = max(1, round(1 / share)) if share > 0 else n + 1
    for i in range(n):
        text = f"今日は石神井公園駅の近くでランチ。090-0000-{i % 10000:04d} まで {i}"
        posts.append(Post(platform="x", id=str(10**18 + i), text=text,
                          created_at=base + timedelta(minutes=37 * i),
                          url=f"https://x.com/u/status/{10**18 + i}"))
        if i % every == 0:
            pid = str(10**18 + i)
            findings.append(Finding("home", 3, 9, "石神井公園駅", "自宅の最寄り駅", post_id=pid,
                                    kind="station", weight=0.6 + (i % 5) / 20))
            findings.append(Finding("contact", 21, 34, text[21:34], "電話番号", post_id=pid,
                                    kind="phone", weight=1.0))
    result = ScanResult(source="bench", profile=Profile(platform="x", handle="bench"), posts=posts,
                        findings=findings, detector_version="bench", started_at=base)
    result.score = score(findings)
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    share = float(sys.argv[2]) if len(sys.argv) > 2 else 0.2
    result = build(n, share)
    flagged = len(result.flagged_posts())
    for redact in (False, True):
        t0 = time.perf_counter()
        html = render_html(result, redact=redact)
        dt = time.perf_counter() - t0
        print(f"render_html redact={redact}: {n} posts, {flagged} flagged: {dt:.2f} s, "
              f"{len(html.encode()) / 1e6:.2f} MB")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        paths = write_csv(result, Path(tmp))
        dt = time.perf_counter() - t0
        sizes = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in paths)
        print(f"write_csv: {dt:.2f} s ({sizes})")


if __name__ == "__main__":
    main()
