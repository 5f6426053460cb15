"""Shared by the table-driven detector tests."""

from __future__ import annotations

from auditor.model import Finding


def found(text: str, category: str) -> list[Finding]:
    """The detector's findings of one category in ``text``."""
    from auditor.cues import detect

    return [f for f in detect(text) if f.category == category]
