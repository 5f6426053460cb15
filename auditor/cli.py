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


DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="スキャン履歴のデータベース (既定: ユーザーデータフォルダ / $AUDITOR_DB)"),
]
AudienceOption = Annotated[
    str, typer.Option("--audience", help="読み手: self (本人) / parent (保護者がお子さんと一緒に読む)")
]
RedactOption = Annotated[
    bool, typer.Option("--redact", help="見つかった値を伏せ字にする (人に見せるレポート用)")
]
CsvOption = Annotated[
    Path | None, typer.Option("--csv", help="findings.csv と posts.csv を書き出すフォルダ")
]


def _read_jsonl_texts(path: Path) -> list[dict]:
    from connectors.jsonl import read_records

    return [r for r in read_records(path) if "text" in r]


@app.command()
def scan(
    source: Annotated[
        str,
        typer.Argument(
            help="X / Instagram のダウンロードデータ (.zip / フォルダ)、JSONL ファイル、"
            "またはプラットフォーム名 (x, instagram, bluesky, mastodon)"
        ),
    ],
    handle: Annotated[
        str | None, typer.Argument(help="プラットフォーム名を指定したときのアカウント (@handle)")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="レポートの出力フォルダ (既定: reports/<アカウント>)")
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="JSON (契約形式) の出力先")
    ] = None,
    db: DbOption = None,
    lang: Annotated[str, typer.Option("--lang", help="レポートの言語: ja / en")] = "ja",
    wait: Annotated[
        bool, typer.Option("--wait", help="レート制限に達したら解除まで待って続けます (カウントダウン表示)")
    ] = False,
    full: Annotated[
        bool,
        typer.Option("--full", help="前回以降の新しい投稿だけでなく全件を読み直します (削除した投稿が監査から外れます)"),
    ] = False,
    session: Annotated[
        Path | None, typer.Option("--session", help="Instagram: instaloader のセッションファイル (ログインして読む)")
    ] = None,
    thumbnails: Annotated[
        Path | None, typer.Option("--thumbnails", help="オンライン取得した投稿の画像をこのフォルダに保存します (写真の解析用)")
    ] = None,
    audience: AudienceOption = "self",
    redact: RedactOption = False,
    csv_dir: CsvOption = None,
    no_media: Annotated[
        bool, typer.Option("--no-media", help="画像 (位置情報・画像内の文字・顔) を調べない")
    ] = False,
) -> None:
    """投稿を読み込んで露出を調べ、レポートを書きます / Scan an account and write the report."""
    from connectors.registry import LIVE, open_file_source, open_live_source

    if source in LIVE:
        if not handle:
            raise InputError(f"auditor scan {source} @アカウント の形で指定してください")
        options = {"full": full} | ({"session": session} if session else {})
        connector = open_live_source(source, handle, **options)
        live = {"wait": wait, "thumbnails": thumbnails}
    else:
        if handle:
            raise InputError(f"{source}: 未対応のプラットフォームです")
        connector = open_file_source(Path(source))
        live = None
    _run_scan(connector, source, out=out, json_path=json_path, db=db, lang=lang, live=live,
              report_opts={"audience": audience, "redact": redact, "csv_dir": csv_dir},
              media=not no_media)


def _run_scan(
    connector, source: str, *, out, json_path, db, lang: str, live: dict | None = None,
    report_opts=None, media: bool = True,
) -> None:
    from rich.console import Console

    from auditor import scan as pipeline
    from auditor.export import write_json
    from auditor.report import write_report
    from auditor.report.history import score_history
    from auditor.report.render import check_options
    from auditor.store import Store

    console = Console(stderr=True)
    report_opts = dict(report_opts or {})
    csv_dir = report_opts.pop("csv_dir", None)
    check_options(lang, report_opts.get("audience", "self"))
    with Store(db) as store, _progress(console) as progress:
        profile = connector.profile()
        if live is not None:
            from auditor.live import fetch_live

            posts = fetch_live(store, connector, profile, progress, **live)
        else:
            posts = pipeline.collect(connector.posts(), progress)
        result, fresh = pipeline.analyse(
            source, profile, posts, store=store, progress=progress, warnings=connector.warnings,
            media=media,
        )
        pipeline.save(store, result, fresh)
        report_opts["history"] = score_history(store, profile.platform, profile.handle)
    close = getattr(connector, "close", None)
    if close:
        close()
    out_dir = out or Path("reports") / _safe_dirname(profile.handle)
    report = write_report(result, out_dir, lang=lang, **report_opts)
    json_file = write_json(result, json_path or out_dir / "report.json")
    if csv_dir is not None:
        from auditor.report.csv_export import write_csv

        for path in write_csv(result, csv_dir, redact=report_opts.get("redact", False)):
            typer.echo(f"CSV: {path}")
    for w in result.warnings:
        console.print(f"[yellow]注意:[/] {w}", highlight=False, markup=True)
    typer.echo(f"スコア {result.score.value:.0f}/100 (@{profile.handle}, {len(posts)} 件, scan #{result.scan_id})")
    typer.echo(result.score.explanation.get(lang, ""))
    typer.echo(f"レポート: {report}")
    typer.echo(f"JSON: {json_file}")


def _safe_dirname(handle: str) -> str:
    cleaned = "".join(ch for ch in handle if ch.isalnum() or ch in "-_.")
    return cleaned.strip(".") or "account"


class _progress:
    """Rich progress bars for the fetch and detect stages, as a ``Progress`` callback."""

    def __init__(self, console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._p = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), console=console, transient=True,
        )
        self._tasks: dict[str, int] = {}

    def __enter__(self):
        self._p.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._p.__exit__(*exc)

    def countdown(self, seconds: int, sleep) -> None:
        """A visible countdown while a platform's rate limit resets."""
        task = self._p.add_task(f"レート制限の解除を待っています (残り {seconds} 秒)", total=seconds)
        for left in range(seconds, 0, -1):
            self._p.update(task, description=f"レート制限の解除を待っています (残り {left} 秒)")
            sleep(1)
            self._p.advance(task, 1)
        self._p.remove_task(task)

    def __call__(self, stage: str, advance: int, total: int | None) -> None:
        names = {"fetch": "投稿を読み込み中", "detect": "投稿を解析中", "media": "画像を解析中"}
        if stage not in self._tasks:
            self._tasks[stage] = self._p.add_task(names.get(stage, stage), total=total)
        task = self._tasks[stage]
        if total is not None:
            self._p.update(task, total=total)
        self._p.advance(task, advance)


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="レポートの出力フォルダ")] = Path("reports/demo"),
    db: DbOption = None,
    lang: Annotated[str, typer.Option("--lang", help="レポートの言語: ja / en")] = "ja",
    audience: AudienceOption = "self",
    redact: RedactOption = False,
    csv_dir: CsvOption = None,
) -> None:
    """同梱のデモアカウント (架空の人物) をスキャンします / Scan the bundled demo account."""
    from importlib.resources import files

    from connectors.registry import open_file_source

    archive = Path(str(files("auditor.demo") / "archive"))
    connector = open_file_source(archive, kind="x_archive")
    _run_scan(connector, "demo", out=out, json_path=None, db=db, lang=lang,
              report_opts={"audience": audience, "redact": redact, "csv_dir": csv_dir})


@app.command("check-photo")
def check_photo(
    images: Annotated[list[Path], typer.Argument(help="調べる画像 (JPEG/PNG/WebP/HEIC など) またはフォルダ")],
    as_json: Annotated[bool, typer.Option("--json", help="結果を JSON で出力")] = False,
    no_ocr: Annotated[bool, typer.Option("--no-ocr", help="画像内の文字を読まない")] = False,
    no_faces: Annotated[bool, typer.Option("--no-faces", help="顔を数えない")] = False,
) -> None:
    """投稿前の写真チェック: 位置情報・撮影日時・機種・写り込んだ文字・顔 / Pre-post photo check."""
    from rich.console import Console

    from auditor.media.analyse import check_file, check_to_dict
    from auditor.media.load import image_files
    from auditor.media.screen import render

    files = image_files(images)
    results = [check_file(f, ocr=not no_ocr, faces=not no_faces) for f in files]
    failed = [c.facts.error for c, _ in results if c.facts.error]
    if len(files) == 1 and failed:
        raise InputError(failed[0])
    if as_json:
        docs = [check_to_dict(c, n) for c, n in results]
        typer.echo(json.dumps(docs if len(docs) > 1 else docs[0], ensure_ascii=False, indent=2))
    else:
        console = Console()
        for check, notices in results:
            render(console, check, notices)
    if failed:
        raise typer.Exit(code=InputError.exit_code)


@app.command()
def strip(
    images: Annotated[list[Path], typer.Argument(help="位置情報を消したい画像またはフォルダ")],
    out: Annotated[Path, typer.Option("--out", help="消したコピーを書き出すフォルダ (元の画像はそのまま)")],
) -> None:
    """位置情報・撮影情報を消したコピーを作ります / Copy without GPS and metadata.

    JPEG・PNG・WebP はメタデータだけを取り除くので画質は変わりません。HEIC/HEIF はメタデータだけを書き換えられないため、メタデータなしの HEIC として画質 95 で再エンコードします (向きは画素に反映済み)。元の画像は変更しません。

    JPEG/PNG/WebP: metadata removed, pixels untouched. HEIC/HEIF: re-encoded at quality 95 without any metadata (rotation applied to the pixels). The original is never modified.
    """
    from auditor.fileio import write_private_bytes
    from auditor.media.load import ImageError, image_files, read_bytes
    from auditor.media.strip import HEIC_QUALITY, output_paths
    from auditor.media.strip import strip as strip_bytes
    from auditor.model import Media

    files = image_files(images)
    targets = output_paths(files, out)
    failed = 0
    for f, t in zip(files, targets, strict=True):
        try:
            result = strip_bytes(read_bytes(Media(path=str(f))), str(f))
        except ImageError as exc:
            if len(files) == 1:
                raise
            failed += 1
            typer.secho(f"エラー: {exc}", err=True, fg=typer.colors.RED)
            continue
        write_private_bytes(t, result.data)
        removed = "、".join(result.removed) if result.removed else "消す情報はありませんでした"
        note = f"; HEIC は再エンコードしました (画質 {HEIC_QUALITY})" if result.reencoded else ""
        typer.echo(f"{f} → {t} (削除: {removed}{note})")
    if failed:
        raise typer.Exit(code=InputError.exit_code)


@app.command()
def history(
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", help="表示する件数")] = 20,
) -> None:
    """過去のスキャンとスコアの一覧 / List earlier scans."""
    from rich.console import Console
    from rich.table import Table

    from auditor.store import Store

    with Store(db) as store:
        rows = store.scans(limit)
    if not rows:
        typer.echo("まだスキャンはありません。`auditor scan <アーカイブ>` で始めます。")
        return
    table = Table(title="スキャン履歴")
    for col in ("#", "日時", "アカウント", "投稿", "要確認", "スコア", "ソース"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            str(r.id), r.finished_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            f"{r.platform}:@{r.handle}", str(r.n_posts), str(r.n_flagged),
            "-" if r.score is None else f"{r.score:.0f}", r.source,
        )
    Console().print(table)


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


@app.command("diff")
def diff_(
    scan_a: Annotated[int | None, typer.Argument(help="比べる元のスキャン番号 (既定: 同じアカウントの前回)")] = None,
    scan_b: Annotated[int | None, typer.Argument(help="比べる先のスキャン番号 (既定: 最新)")] = None,
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="結果を JSON で出力")] = False,
) -> None:
    """2 回のスキャンを比べ、カテゴリ別の変化と消えた投稿を表示します / Compare two scans."""
    from rich.console import Console
    from rich.table import Table

    from auditor.diff import diff_scans, pick_scans
    from auditor.store import Store

    with Store(db) as store:
        a, b = pick_scans(store, scan_a, scan_b)
        d = diff_scans(store, a, b)
    doc = d.to_dict()
    if as_json:
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    console = Console()
    s, k = doc["score"], doc["anonymity_set"]
    console.print(
        f"@{a.handle}: scan #{a.id} ({a.finished_at.astimezone():%Y-%m-%d %H:%M}) → "
        f"#{b.id} ({b.finished_at.astimezone():%Y-%m-%d %H:%M})", highlight=False, markup=False)
    console.print(f"スコア {s['before']:.0f} → {s['after']:.0f} ({s['delta']:+.1f})  "
                  f"絞り込める人数 {k['before'] or '-'} → {k['after'] or '-'}  "
                  f"所在 {doc['locatability']['before']} → {doc['locatability']['after']}",
                  highlight=False, markup=False)
    table = Table(title="カテゴリ別の変化")
    for col in ("カテゴリ", "前", "後", "差", "検出 前→後"):
        table.add_column(col, justify="left" if col == "カテゴリ" else "right")
    for c in doc["categories"]:
        table.add_row(c["label"], f"{c['before']:.0f}", f"{c['after']:.0f}", f"{c['delta']:+.0f}",
                      f"{c['findings_before']} → {c['findings_after']}")
    console.print(table)
    removed = [p for p in doc["removed_posts"] if p["labels"]]
    n_removed = len(doc["removed_posts"])
    console.print(f"消えた投稿 {n_removed} 件 (うち要確認だったもの {len(removed)} 件)、"
                  f"検出がなくなった投稿 {len(doc['cleaned_posts'])} 件、"
                  f"新たに検出された投稿 {len(doc['new_flagged_posts'])} 件", highlight=False, markup=False)
    for p in removed[:20]:
        console.print(f"  - {p['id']} [{', '.join(p['labels'])}]", highlight=False, markup=False)


@app.command("export-evidence")
def export_evidence_(
    scan: Annotated[str, typer.Argument(help="スキャン番号 (または latest)")],
    out: Annotated[Path, typer.Option("--out", help="書き出し先のフォルダ (新規または空)")],
    db: DbOption = None,
) -> None:
    """削除をすすめた投稿を、消す前に保存します (SHA-256 付き) / Keep evidence before deleting."""
    from auditor.evidence import export_evidence, resolve_scan
    from auditor.store import Store

    with Store(db) as store:
        row = resolve_scan(store, scan)
        manifest = export_evidence(store, row, out)
    doc = json.loads(manifest.read_text(encoding="utf-8"))
    kinds = [f["kind"] for f in doc["files"]]
    typer.echo(f"投稿 {kinds.count('post')} 件、画像など {kinds.count('media')} 件を保存しました: {out}")
    typer.echo(f"目録: {manifest} (sha256sum -c SHA256SUMS で検証できます)")
    if doc["missing"]:
        typer.echo(f"見つからなかったもの {len(doc['missing'])} 件 (目録の missing を参照)")


def main() -> None:
    """Console entry point: every failure becomes one line and an exit code.

    Domain errors (bad input, platform refusals, unwritable output) print their message;
    an unexpected exception is a bug, but the user still gets one line rather than a
    traceback (``AUDITOR_DEBUG=1`` shows it).
    """
    import os

    # typer vendors click; its usage errors derive from this class.
    click_exception = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
    try:
        rv = app(standalone_mode=False)
    except AuditorError as exc:
        _fail(f"エラー: {exc}", exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except click_exception as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _fail("中断しました (保存済みのスキャンはそのままです)", 130)
    except MemoryError:
        _fail("エラー: メモリが足りません。投稿数を減らすか、他のアプリを閉じてください", 75)
    except OSError as exc:
        _fail(f"エラー: {exc.filename or ''} {exc.strerror or exc}".replace("  ", " "), 74)
    except Exception as exc:
        if os.environ.get("AUDITOR_DEBUG"):
            raise
        _fail(f"内部エラー: {exc.__class__.__name__}: {str(exc)[:200]} (AUDITOR_DEBUG=1 で詳細)", 70)
    if rv == 130:  # typer turns Ctrl-C into the exit code 130 without raising
        _fail("中断しました (保存済みのスキャンはそのままです)", 130)
    sys.exit(rv if isinstance(rv, int) else 0)


def _fail(message: str, code: int) -> None:
    typer.secho(" ".join(message.split()), err=True, fg=typer.colors.RED)
    sys.exit(code)


__all__ = ["InputError", "app", "main"]
