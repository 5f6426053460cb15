"""Text inside a picture, read offline by RapidOCR (PP-OCR models on onnxruntime).

``rapidocr`` 3.x ships its detection and recognition models inside the wheel, so
nothing is downloaded; its PP-OCR recogniser reads kanji, kana and digits. (The older
``rapidocr-onnxruntime`` 1.4 ships a Chinese-only model and misreads Japanese.) The
engine is loaded once, on first use (~1 s). The text goes through the same detector as
captions (``auditor.cues``), so a readable address, name tag, school name or station
sign becomes an ordinary finding with ``source="ocr"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image

from auditor.errors import MissingDependency

#: Recognised lines below this confidence are dropped (RapidOCR's own default is 0.5).
MIN_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class OcrLine:
    text: str
    score: float
    box: tuple[tuple[float, float], ...]  # four corners, pixels of the upright image


def available() -> str | None:
    """None when OCR can run, else the reason (which package is missing)."""
    import importlib.util

    for module, package in (("rapidocr", "rapidocr"), ("onnxruntime", "onnxruntime")):
        if importlib.util.find_spec(module) is None:
            return f"{package} が入っていません (pip install '.[photos]')"
    return None


@lru_cache(maxsize=1)
def _engine() -> Any:
    missing = available()
    if missing:
        raise MissingDependency(f"画像内の文字を読めません: {missing}")
    import logging

    from rapidocr import RapidOCR

    engine = RapidOCR(params={"Global.log_level": "error"})
    # RapidOCR logs every call at INFO through its own logger; keep the terminal quiet.
    logging.getLogger("RapidOCR").setLevel(logging.ERROR)
    return engine


def read_lines(img: Image.Image) -> list[OcrLine]:
    """Text lines in reading order (top to bottom, as RapidOCR sorts them)."""
    engine = _engine()
    # RapidOCR wants BGR like OpenCV; Pillow gives RGB.
    arr = np.ascontiguousarray(np.asarray(img.convert("RGB"))[:, :, ::-1])
    result = engine(arr)
    txts = getattr(result, "txts", None) or ()
    scores = getattr(result, "scores", None) or ()
    boxes = getattr(result, "boxes", None)
    out = []
    for i, (text, score) in enumerate(zip(txts, scores, strict=False)):
        text = (text or "").strip()
        if not text or float(score) < MIN_SCORE:
            continue
        box = tuple((float(x), float(y)) for x, y in boxes[i]) if boxes is not None else ()
        out.append(OcrLine(text, float(score), box))
    return out


def read_text(img: Image.Image) -> str:
    """All recognised lines joined by newlines; findings' offsets point into this string."""
    return "\n".join(line.text for line in read_lines(img))
