"""Helpers for the live-connector tests: run the real CLI entry point in-process (so that
mocked HTTP applies) and check what it leaves behind."""

from __future__ import annotations

import json
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_json(*parts: str):
    return json.loads((FIXTURES.joinpath(*parts)).read_text(encoding="utf-8"))


def run_main(capsys, *args) -> tuple[int, str, str]:
    """``auditor ARGS`` through ``auditor.cli.main`` (the console entry point)."""
    from auditor import cli

    argv = sys.argv
    sys.argv = ["auditor", *map(str, args)]
    code = 0
    try:
        cli.main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = argv
    out, err = capsys.readouterr()
    return code, out, err


def files_containing(root: Path, needle: str) -> list[Path]:
    """Every file under ``root`` whose bytes contain ``needle`` (reports, JSON, SQLite + WAL)."""
    data = needle.encode("utf-8")
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


def assert_one_line_error(code: int, err: str, expect: str) -> None:
    assert code != 0
    assert "Traceback" not in err
    lines = [line for line in err.strip().splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert expect in lines[0], lines[0]
