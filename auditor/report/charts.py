"""Charts as inline SVG, drawn here in Python: no script, no font or library loaded.

The report's Content-Security-Policy forbids every remote load and every script, so
the charts are plain SVG elements written into the page. Every piece of text placed in
an SVG goes through ``markupsafe.escape`` (labels can carry user data, e.g. a place
name); numbers are formatted by us. Each chart carries ``role="img"`` and an
``aria-label`` so that it reads as a sentence, and a ``<title>`` per mark for hover.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

#: Score bands (upper bound exclusive, colour, i18n key) — also used for the gauge label.
BANDS: tuple[tuple[float, str, str], ...] = (
    (30, "#2da44e", "band_low"),
    (60, "#bf8700", "band_medium"),
    (80, "#e16f24", "band_high"),
    (101, "#cf222e", "band_very_high"),
)


def band(value: float) -> tuple[str, str]:
    """(colour, i18n key) of the band ``value`` (0–100) falls in."""
    for upper, colour, key in BANDS:
        if value < upper:
            return colour, key
    return BANDS[-1][1], BANDS[-1][2]


def _clamp(v: float, lo: float = 0.0, hi: float = 100.0) -> float:
    if v != v:  # NaN
        return lo
    return max(lo, min(hi, v))


def _num(v: float) -> str:
    """A coordinate: short, locale-free, never 'nan'."""
    return f"{v:.1f}".rstrip("0").rstrip(".") if math.isfinite(v) else "0"


def _arc(cx: float, cy: float, r: float, v0: float, v1: float) -> str:
    """An upper half-circle arc from score ``v0`` to ``v1`` (0 left, 100 right)."""

    def point(v: float) -> tuple[float, float]:
        theta = math.pi * (1 - v / 100)
        return cx + r * math.cos(theta), cy - r * math.sin(theta)

    (x0, y0), (x1, y1) = point(v0), point(v1)
    return f"M {_num(x0)} {_num(y0)} A {_num(r)} {_num(r)} 0 0 1 {_num(x1)} {_num(y1)}"


def gauge_svg(value: float, *, label: str, caption: str) -> Markup:
    """A half-circle gauge: the four bands faintly, the score as a coloured arc and number."""
    v = _clamp(float(value))
    colour, _ = band(v)
    parts = [
        f'<svg class="gauge" viewBox="0 0 200 124" role="img" aria-label="{escape(label)}"'
        ' xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(label)}</title>",
    ]
    lo = 0.0
    for upper, c, _key in BANDS:
        hi = min(upper, 100)
        parts.append(
            f'<path d="{_arc(100, 104, 80, lo, hi)}" stroke="{c}" stroke-opacity="0.22"'
            ' stroke-width="18" fill="none"/>'
        )
        lo = hi
    if v > 0.5:
        parts.append(
            f'<path class="gauge-value" d="{_arc(100, 104, 80, 0, v)}" stroke="{colour}"'
            ' stroke-width="18" fill="none" stroke-linecap="butt"/>'
        )
    parts.append(
        f'<text x="100" y="96" text-anchor="middle" font-size="40" font-weight="700"'
        f' fill="{colour}">{round(v)}</text>'
        f'<text x="100" y="118" text-anchor="middle" font-size="13" fill="#57606a">'
        f"{escape(caption)}</text>"
        '<text x="20" y="122" text-anchor="middle" font-size="10" fill="#57606a">0</text>'
        '<text x="180" y="122" text-anchor="middle" font-size="10" fill="#57606a">100</text>'
        "</svg>"
    )
    return Markup("".join(parts))


def bar_svg(value: float, *, colour: str, label: str) -> Markup:
    """One horizontal bar 0–100, stretched to its container (labels stay in HTML)."""
    v = _clamp(float(value))
    return Markup(
        f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img"'
        f' aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{escape(label)}</title>"
        '<rect x="0" y="0" width="100" height="10" fill="#eaeef2"/>'
        f'<rect x="0" y="0" width="{_num(v)}" height="10" fill="{colour}"/></svg>'
    )


_HEAT = ("#f3f4f6", "#dbe9fb", "#b6d3f6", "#80b3ee", "#4a8fe0", "#1f6fcf", "#0b4f9e")


def heat_colour(count: int, peak: int) -> str:
    """Sequential blue by square-root share of the busiest hour (0 stays grey)."""
    if count <= 0 or peak <= 0:
        return _HEAT[0]
    step = math.sqrt(count / peak) * (len(_HEAT) - 1)
    return _HEAT[max(1, min(len(_HEAT) - 1, math.ceil(step)))]


def _hours(hhmm: str | None) -> float | None:
    if not hhmm or not isinstance(hhmm, str):
        return None
    try:
        h, m = hhmm.split(":")[:2]
        value = int(h) + int(m) / 60
    except ValueError:
        return None
    return value if 0 <= value < 24 else None


def heatmap_svg(
    activity: Sequence[Sequence[int]],
    *,
    weekdays: Sequence[str],
    cell_title: Callable[[str, int, int], str],
    label: str,
    fewer: str,
    more: str,
    leave: str | None = None,
    leave_label: str = "",
    back: str | None = None,
    back_label: str = "",
    vertical: bool = False,
) -> Markup:
    """Weekday × hour post counts (Monday first); ``leave``/``back`` ("HH:MM") are drawn
    as a one-hour window with a line at the exact time across the Monday–Friday cells.

    ``vertical`` lays hours down and weekdays across, for a phone's narrow screen.
    """
    if vertical:
        cw, ch, left, top = 40, 17, 28, 22
        width, height = left + 7 * cw + 84, top + 24 * ch + 32
    else:
        cw, ch, left, top = 20, 20, 30, 34
        width, height = left + 24 * cw + 4, top + 7 * ch + 40

    def cell_xy(d: int, h: float) -> tuple[float, float]:
        return (left + d * cw, top + h * ch) if vertical else (left + h * cw, top + d * ch)

    peak = max((max(row) for row in activity if row), default=0)
    kind = "vertical" if vertical else "horizontal"
    parts = [
        f'<svg class="heatmap {kind}" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg"'
        f' font-size="{12 if vertical else 11}">',
        f"<title>{escape(label)}</title>",
    ]
    for h in range(0, 24, 3):
        x, y = cell_xy(0, h)
        if vertical:
            parts.append(f'<text x="{left - 5}" y="{y + ch * 0.75}" text-anchor="end" fill="#57606a">{h}</text>')
        else:
            parts.append(f'<text x="{x + cw / 2}" y="{top - 6}" text-anchor="middle" fill="#57606a">{h}</text>')
    for d in range(7):
        x, y = cell_xy(d, 0)
        if vertical:
            parts.append(f'<text x="{x + cw / 2 - 1}" y="{top - 7}" text-anchor="middle" fill="#1f2328">{escape(weekdays[d])}</text>')
        else:
            parts.append(f'<text x="{left - 6}" y="{y + ch * 0.7}" text-anchor="end" fill="#1f2328">{escape(weekdays[d])}</text>')
        row = activity[d] if d < len(activity) else []
        for h in range(24):
            n = int(row[h]) if h < len(row) else 0
            x, y = cell_xy(d, h)
            parts.append(
                f'<rect class="cell" x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" rx="2"'
                f' fill="{heat_colour(n, peak)}"><title>{escape(cell_title(weekdays[d], h, n))}</title></rect>'
            )
    for hhmm, text, colour, cls in (
        (leave, leave_label, "#cf222e", "mark-leave"),
        (back, back_label, "#8250df", "mark-return"),
    ):
        at = _hours(hhmm)
        if at is None:
            continue
        lo, hi = max(0.0, at - 0.5), min(24.0, at + 0.5)
        if vertical:
            x0, x1 = left - 2, left + 5 * cw
            y0, y1 = top + lo * ch, top + hi * ch
            ya = top + at * ch
            parts.append(
                f'<g class="{cls}"><rect x="{x0}" y="{_num(y0)}" width="{x1 - x0}" height="{_num(y1 - y0)}"'
                f' fill="none" stroke="{colour}" stroke-width="2" rx="3"/>'
                f'<line x1="{x0}" x2="{x1}" y1="{_num(ya)}" y2="{_num(ya)}" stroke="{colour}"'
                ' stroke-width="1.5" stroke-dasharray="3 2"/>'
                f'<text x="{left + 7 * cw + 4}" y="{_num(ya + 4)}" fill="{colour}" font-weight="700">'
                f"{escape(text)}</text></g>"
            )
        else:
            x, x0, x1 = left + at * cw, left + lo * cw, left + hi * cw
            y0, y1 = top - 2, top + 5 * ch
            anchor = "start" if at < 12 else "end"
            parts.append(
                f'<g class="{cls}"><rect x="{_num(x0)}" y="{y0}" width="{_num(x1 - x0)}"'
                f' height="{y1 - y0}" fill="none" stroke="{colour}" stroke-width="2" rx="3"/>'
                f'<line x1="{_num(x)}" x2="{_num(x)}" y1="{y0}" y2="{y1}" stroke="{colour}"'
                ' stroke-width="1.5" stroke-dasharray="3 2"/>'
                f'<text x="{_num(x)}" y="{top + 7 * ch + 14}" text-anchor="{anchor}"'
                f' fill="{colour}" font-weight="700">{escape(text)}</text></g>'
            )
    # Legend under the grid: "fewer ■■■■■■■ more".
    ly = height - 16
    lx = left + 8 + 11 * max(2, len(fewer))
    parts.append(f'<text x="{lx - 4}" y="{ly + 9}" text-anchor="end" fill="#57606a">{escape(fewer)}</text>')
    for i, c in enumerate(_HEAT):
        parts.append(f'<rect x="{lx + i * 12}" y="{ly}" width="11" height="11" fill="{c}"/>')
    parts.append(
        f'<text x="{lx + len(_HEAT) * 12 + 2}" y="{ly + 9}" fill="#57606a">{escape(more)}</text>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def history_svg(
    points: Sequence[tuple[str, float]],
    *,
    label: str,
    projected: float | None = None,
    projected_label: str = "",
) -> Markup:
    """Scores of successive scans as a line (0–100 axis), oldest left; an optional dashed
    step to the score projected after the recommended actions."""
    width, height, left, right, top, bottom = 380, 200, 32, 50, 26, 40
    n = len(points) + (1 if projected is not None else 0)
    inner_w, inner_h = width - left - right, height - top - bottom

    pad = 18  # keeps the first and last point labels clear of the axis and the edge

    def x_at(i: int) -> float:
        return left + pad + ((inner_w - 2 * pad) / 2 if n <= 1 else i * (inner_w - 2 * pad) / (n - 1))

    def y_at(v: float) -> float:
        return top + inner_h * (1 - _clamp(v) / 100)

    parts = [
        f'<svg class="history" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg" font-size="12">',
        f"<title>{escape(label)}</title>",
    ]
    for g in (0, 25, 50, 75, 100):
        y = _num(y_at(g))
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" stroke="#d0d7de"'
            ' stroke-width="1"/>'
            f'<text x="{left - 6}" y="{y}" dy="4" text-anchor="end" fill="#57606a">{g}</text>'
        )
    xy = [(x_at(i), y_at(v)) for i, (_, v) in enumerate(points)]
    if len(xy) > 1:
        d = " ".join(f"{'M' if i == 0 else 'L'} {_num(x)} {_num(y)}" for i, (x, y) in enumerate(xy))
        parts.append(f'<path d="{d}" fill="none" stroke="#0969da" stroke-width="2.5"/>')
    if projected is not None and xy:
        px, py = x_at(n - 1), y_at(projected)
        parts.append(
            f'<path d="M {_num(xy[-1][0])} {_num(xy[-1][1])} L {_num(px)} {_num(py)}"'
            ' fill="none" stroke="#2da44e" stroke-width="2" stroke-dasharray="5 4"/>'
            f'<circle cx="{_num(px)}" cy="{_num(py)}" r="5" fill="#fff" stroke="#2da44e"'
            f' stroke-width="2"><title>{escape(projected_label)} {round(projected)}</title></circle>'
            f'<text x="{_num(px)}" y="{_num(py - 10)}" text-anchor="middle" fill="#1a7f37"'
            f' font-weight="700">{round(_clamp(projected))}</text>'
            f'<text x="{_num(px)}" y="{height - 8}" text-anchor="middle" fill="#1a7f37">'
            f"{escape(projected_label)}</text>"
        )
    # Label every point when few; else first, last and a few between.
    stride = max(1, math.ceil(len(points) / 6))
    for i, ((when, v), (x, y)) in enumerate(zip(points, xy, strict=True)):
        parts.append(
            f'<circle class="point" cx="{_num(x)}" cy="{_num(y)}" r="4.5" fill="#0969da">'
            f"<title>{escape(when)}: {round(v)}</title></circle>"
        )
        if i % stride == 0 or i == len(points) - 1:
            parts.append(
                f'<text x="{_num(x)}" y="{_num(y - 10)}" text-anchor="middle" fill="#0969da"'
                f' font-weight="700">{round(_clamp(v))}</text>'
                f'<text x="{_num(x)}" y="{height - 22}" text-anchor="middle" fill="#57606a">'
                f"{escape(when)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))
