"""Reference data shipped with the auditor (see ATTRIBUTION.md)."""
