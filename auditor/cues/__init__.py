"""Text cues: find what a post's words give away, category by category.

Sees text only; never reads files or the network. ``detect`` for one text,
``detect_many`` for a stream (batched through GiNZA). Findings come back with
``post_id=None``; the caller attaches ids.
"""

from auditor.cues.detector import DETECTOR_VERSION, detect, detect_many

__all__ = ["DETECTOR_VERSION", "detect", "detect_many"]
