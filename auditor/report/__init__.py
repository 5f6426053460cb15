"""HTML report: one self-contained file, nothing loaded from anywhere.

The only module that writes HTML. Every piece of post, profile and OCR text reaches the
page through jinja2's autoescaping; the template never marks user text safe.
"""

from auditor.report.render import render_html, write_report

__all__ = ["render_html", "write_report"]
