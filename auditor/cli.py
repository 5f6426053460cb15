"""Command line: wires connectors, analysers, store and report. No logic of its own.

Heavy libraries (spaCy, pandas, tweepy) are imported inside the commands so that
``auditor --help`` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from auditor.errors import AuditorError, InputError

app = typer.Typer(
    name="auditor",
    help="自分の SNS 投稿から、住所・勤務先・家族・行動パターンなどの露出を調べます。"
    " / Audit your own posts for what they reveal about you.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _read_jsonl_texts(path: Path) -> list[dict]:
    from connectors.jsonl import read_records

    return [r for r in read_records(path) if "text" in r]


@app.command()
def detect(
    infile: Annotated[Path, typer.Argument(help="入力 JSONL (1 行 1 投稿: id, text)")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="出力 JSONL (省略時は標準出力)")
    ] = None,
) -> None:
    """投稿ごとの検出結果を JSONL で出力します / Detect cues post by post."""
    from auditor.cues import detect_many

    records = _read_jsonl_texts(infile)
    lines = []
    for rec, found in zip(records, detect_many(r["text"] for r in records), strict=True):
        labels = sorted({f.category for f in found})
        lines.append(
            json.dumps(
                {"id": rec["id"], "labels": labels, "findings": [f.to_dict() for f in found]},
                ensure_ascii=False,
            )
        )
    text = "\n".join(lines) + ("\n" if lines else "")
    if output is None:
        sys.stdout.write(text)
    else:
        from auditor.fileio import write_private_text

        write_private_text(output, text)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="正解付き JSONL (id, text, labels)")],
    errors: Annotated[bool, typer.Option("--errors", help="誤りの一覧も表示")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="結果を JSON で出力")] = False,
) -> None:
    """カテゴリ別の適合率・再現率・F1 を表示します / Per-category precision, recall, F1."""
    from rich.console import Console
    from rich.table import Table

    from auditor.cues import detect_many
    from auditor.evaluate import evaluate, read_gold
    from auditor.model import CATEGORY_LABELS

    def predict(texts: list[str]):
        for found in detect_many(texts):
            yield frozenset(f.category for f in found)

    report = evaluate(read_gold(gold), predict)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    console = Console()
    table = Table(title=f"{gold.name}: {report.n_posts} 件")
    for col in ("category", "表示名", "P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(col, justify="right" if len(col) <= 2 else "left")
    for cat, s in report.per_category.items():
        table.add_row(
            cat, CATEGORY_LABELS["ja"][cat], f"{s.precision:.3f}", f"{s.recall:.3f}",
            f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn),
        )
    console.print(table)
    micro = report.micro
    console.print(
        f"micro-F1 {micro.f1:.3f}  macro-F1 {report.macro_f1:.3f}  "
        f"hard negatives flagged {report.negatives_flagged}/{report.n_negatives}"
        f" ({report.negative_rate:.1%})"
    )
    if errors:
        for g, pred in report.errors:
            missed = sorted(g.labels - pred)
            extra = sorted(pred - g.labels)
            console.print(f"[bold]{g.id}[/] missed={missed} extra={extra}", highlight=False)
            console.print(f"   {g.text[:120]!r}", highlight=False, markup=False)


def main() -> None:
    """Console entry point: domain errors become one line and an exit code."""
    try:
        app()
    except AuditorError as exc:
        typer.secho(f"エラー: {exc}", err=True, fg=typer.colors.RED)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.secho("中断しました (保存済みのスキャンはそのままです)", err=True)
        sys.exit(130)


__all__ = ["InputError", "app", "main"]
