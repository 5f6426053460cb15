"""HTML report: one self-contained file, nothing loaded from anywhere; CSV export.

The only package that writes HTML. Every piece of post, profile and OCR text reaches the
page through jinja2's autoescaping; the template never marks user text safe.

- ``render``: ``render_html`` / ``write_report`` (0600, atomic)
- ``view``: what each section shows, built from a ``ScanResult`` and the JSON contract
- ``charts``: gauge, bars, weekday × hour heatmap, score history — SVG drawn in Python
- ``i18n``: every string, Japanese first, English, and the parent audience
- ``redact``: masking found values for ``--redact``
- ``history``: an account's score history from the store
- ``csv_export``: findings.csv and posts.csv (pandas, UTF-8 with BOM)
"""

from auditor.report.render import render_html, write_report

__all__ = ["render_html", "write_report"]
