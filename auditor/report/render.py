"""Render a ``ScanResult`` to HTML with jinja2 (autoescape on for everything)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from auditor.fileio import write_private_text
from auditor.model import CATEGORIES, CATEGORY_LABELS, PROFILE_ID, Finding, ScanResult, labels_of


@dataclass(frozen=True)
class Segment:
    text: str
    finding: Finding | None = None


def segments(text: str, findings: list[Finding]) -> list[Segment]:
    """Split ``text`` into plain and highlighted pieces; overlapping cues keep the first."""
    spans = sorted(
        (f for f in findings if f.source == "text" and 0 <= f.start < f.end <= len(text)),
        key=lambda f: (f.start, -(f.end - f.start)),
    )
    out: list[Segment] = []
    pos = 0
    for f in spans:
        if f.start < pos:
            continue
        if f.start > pos:
            out.append(Segment(text[pos : f.start]))
        out.append(Segment(text[f.start : f.end], f))
        pos = f.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("auditor.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["http_url"] = http_url
    return env


def http_url(url: str | None) -> str | None:
    """Only http(s) links reach the page: a post's URL field is input like any other."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


def render_html(result: ScanResult, *, lang: str = "ja") -> str:
    by_post = result.findings_by_post()
    flagged = []
    for post in result.posts:
        fs = by_post.get(post.id)
        if fs:
            flagged.append(
                {
                    "post": post,
                    "labels": labels_of(fs),
                    "segments": segments(post.text, fs),
                    "findings": fs,
                }
            )
    flagged.sort(key=lambda d: (-max(f.weight for f in d["findings"]), d["post"].id))
    counts = {c: 0 for c in CATEGORIES}
    for f in result.findings:
        counts[f.category] += 1
    return _env().get_template("report.html.j2").render(
        result=result,
        lang=lang,
        labels=CATEGORY_LABELS[lang],
        categories=CATEGORIES,
        counts=counts,
        flagged=flagged,
        profile_findings=by_post.get(PROFILE_ID, []),
    )


def write_report(result: ScanResult, out_dir: Path, *, lang: str = "ja") -> Path:
    return write_private_text(Path(out_dir) / "report.html", render_html(result, lang=lang))
