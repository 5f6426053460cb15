"""Render a ``ScanResult`` to one self-contained HTML file with jinja2 (autoescape on).

The page loads nothing: CSS is inline, charts are SVG drawn by ``charts``, there is no
script at all, and a Content-Security-Policy meta tag forbids every remote load should a
later change slip one in. User text (posts, profile, OCR) reaches the page only through
autoescaping; the only ``Markup`` the template receives is the SVG built in ``charts``,
which escapes its own text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from auditor.errors import InputError
from auditor.fileio import write_private_text
from auditor.model import ScanResult
from auditor.report import charts
from auditor.report.i18n import AUDIENCES, LANGS, Strings
from auditor.report.view import MAX_CARDS, MAX_ROWS, ReportView

#: The report's policy: nothing from anywhere, no script, inline style, data: images only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


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


def check_options(lang: str, audience: str) -> None:
    if lang not in LANGS:
        raise InputError(f"--lang は {' / '.join(LANGS)} のどれかです: {lang}")
    if audience not in AUDIENCES:
        raise InputError(f"--audience は {' / '.join(AUDIENCES)} のどれかです: {audience}")


def render_html(
    result: ScanResult,
    *,
    lang: str = "ja",
    audience: str = "self",
    redact: bool = False,
    history: list[dict[str, Any]] | None = None,
    max_cards: int = MAX_CARDS,
    max_rows: int = MAX_ROWS,
) -> str:
    """The report as one HTML string. ``history``: earlier scans of the same account,
    ``{"scan_id", "finished_at", "score", "by_category"}`` (see ``score_history``)."""
    from auditor.export import summary

    check_options(lang, audience)
    strings = Strings(lang, audience)
    view = ReportView(
        result, summary(result), strings=strings, redact=redact, history=history,
        max_cards=max_cards, max_rows=max_rows,
    )
    return _env().get_template("report.html.j2").render(
        v=view, t=strings, charts=charts, csp=CSP, lang=lang,
    )


def write_report(
    result: ScanResult,
    out_dir: Path,
    *,
    lang: str = "ja",
    audience: str = "self",
    redact: bool = False,
    history: list[dict[str, Any]] | None = None,
) -> Path:
    """Write ``out_dir/report.html`` (0600, atomically) and return its path."""
    html = render_html(result, lang=lang, audience=audience, redact=redact, history=history)
    return write_private_text(Path(out_dir) / "report.html", html)
