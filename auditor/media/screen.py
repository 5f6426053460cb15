"""The one-screen summary of ``auditor check-photo``, drawn with rich.

Everything read from a picture (OCR text, EXIF strings, file names) is hostile input:
it goes into ``rich.text.Text`` objects, which never interpret markup.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from auditor.media.analyse import ImageCheck, concerns
from auditor.model import CATEGORY_LABELS

_STYLE = {"high": "bold red", "medium": "yellow", "low": "cyan"}
_MARK = {"high": "✖", "medium": "▲", "low": "・"}


def _ocr_text(check: ImageCheck) -> Text:
    text = check.facts.ocr_text or ""
    out = Text(text)
    for f in check.findings:
        if f.source == "ocr" and 0 <= f.start < f.end <= len(text):
            out.stylize("bold black on yellow", f.start, f.end)
    return out


def render(console: Console, check: ImageCheck, notices: list[str]) -> None:
    facts = check.facts
    title = Text(facts.path or "", style="bold")
    if facts.error:
        console.print(Text(f"エラー: {facts.error}", style="red"))
        return
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    if facts.gps and facts.gps.lat is not None and facts.gps.lon is not None:
        where = Text(f"{facts.gps.lat:.5f}, {facts.gps.lon:.5f}", style="bold red")
        if check.place:
            where.append(f"  → {check.place.name} 付近", style="bold red")
            where.append(f" (推定; 町丁目の代表点まで {check.place.distance_km:.1f} km)", style="dim")
        else:
            where.append("  (日本国内の地名は見つかりません)", style="dim")
        table.add_row("位置情報", where)
    else:
        table.add_row("位置情報", Text("なし", style="green"))
    taken = facts.taken_at.strftime("%Y-%m-%d %H:%M (%z)") if facts.taken_at else "なし"
    table.add_row("撮影日時", Text(taken))
    table.add_row("機種", Text(facts.device or "なし"))
    if facts.ocr_text is None:
        table.add_row("画像内の文字", Text("(読み取りを省略)", style="dim"))
    elif facts.ocr_text:
        table.add_row("画像内の文字", _ocr_text(check))
    else:
        table.add_row("画像内の文字", Text("読み取れる文字はありません", style="green"))
    if facts.faces is None:
        table.add_row("顔", Text("(検出を省略)", style="dim"))
    else:
        table.add_row("顔", Text(f"{facts.faces} 人" if facts.faces else "見つかりません",
                                 style="yellow" if facts.faces else "green"))
    cats = sorted({f.category for f in check.findings})
    if cats:
        table.add_row("分類", Text(" / ".join(CATEGORY_LABELS["ja"][c] for c in cats)))

    verdict = Text()
    found = concerns(check)
    if not found:
        verdict.append("✔ 見つかった問題はありません", style="bold green")
        verdict.append("\n  自動では見落としもあります。背景・窓の外・名札・郵便物も目で確かめてください。",
                       style="dim")
    for i, c in enumerate(found):
        verdict.append(("\n" if i else "") + f"{_MARK[c.level]} ", style=_STYLE[c.level])
        verdict.append(c.message, style=_STYLE[c.level] if c.level == "high" else "")
    body: list = [table, Text(""), verdict]
    for n in notices:
        body.append(Text(f"注意: {n}", style="dim"))
    level = found[0].level if found else "ok"
    border = {"high": "red", "medium": "yellow", "low": "cyan"}.get(level, "green")
    console.print(Panel(Group(*body), title=title, title_align="left", border_style=border))
