"""How many faces a picture shows, offline, with OpenCV's Haar cascade.

``opencv-python-headless`` <5 ships the cascades (``cv2.data.haarcascades``); 5.x ships
neither them nor ``CascadeClassifier``. The detector finds frontal faces of adults and
children alike and can tell neither age nor identity: it only counts, so that a person
(or a parent) can look again before posting. It misses profiles, small or covered faces,
and now and then takes a pattern for a face.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image

from auditor.errors import MissingDependency

CASCADE = "haarcascade_frontalface_default.xml"
#: Pictures are scaled down to this longest side first: faster, and phone photos are far
#: larger than a face needs.
WORK_SIDE = 1280
#: Faces smaller than this fraction of the shorter side are ignored (crowds in the far
#: background, and most false hits on textures, are that small). With 0.04 a face of a
#: person a few metres away in a phone photo was missed (benchmarks/face_count.py).
MIN_FACE_FRACTION = 0.02
#: 4 rather than OpenCV's usual 3 or the stricter 5: the best count on
#: benchmarks/face_count.py, with no false face on its negatives.
MIN_NEIGHBORS = 4


def available() -> str | None:
    """None when face detection can run, else the reason."""
    import importlib.util

    if importlib.util.find_spec("cv2") is None:
        return "opencv-python-headless<5 が入っていません (pip install '.[photos]')"
    return None


@lru_cache(maxsize=1)
def _cascade() -> Any:
    missing = available()
    if missing:
        raise MissingDependency(f"顔を数えられません: {missing}")
    import cv2

    data = getattr(cv2, "data", None)
    if data is None or not hasattr(cv2, "CascadeClassifier"):
        raise MissingDependency(
            "顔を数えられません: この OpenCV には Haar カスケードがありません"
            " (pip install 'opencv-python-headless<5')"
        )
    clf = cv2.CascadeClassifier(data.haarcascades + CASCADE)
    if clf.empty():
        raise MissingDependency(f"顔を数えられません: {CASCADE} を読み込めません")
    return clf


def face_boxes(img: Image.Image) -> list[tuple[int, int, int, int]]:
    """(x, y, w, h) of each frontal face, in the coordinates of ``img``."""
    clf = _cascade()

    gray = img.convert("L")
    scale = 1.0
    if max(gray.size) > WORK_SIDE:
        scale = WORK_SIDE / max(gray.size)
        gray = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))))
    # No histogram equalisation: it lost faces and added false ones in our measurements.
    arr = np.asarray(gray)
    side = max(20, int(min(arr.shape) * MIN_FACE_FRACTION))
    found = clf.detectMultiScale(arr, scaleFactor=1.1, minNeighbors=MIN_NEIGHBORS, minSize=(side, side))
    return [tuple(round(v / scale) for v in box) for box in found]  # type: ignore[misc]


def count_faces(img: Image.Image) -> int:
    return len(face_boxes(img))
