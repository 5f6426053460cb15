"""Connectors: one module per platform or export format.

Each turns a source into a ``Profile`` and a lazy stream of ``Post`` objects and knows
nothing of cues, scores or reports. Adding a platform means adding one module and one
line in ``connectors.registry``.
"""
