"""Self-exposure auditor for Japanese social media."""

__version__ = "0.1.0"
