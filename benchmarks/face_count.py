"""Face counting (OpenCV Haar cascade) on one real face in many settings, and on negatives.

Positives: the public-domain astronaut photo (tests/data, see PROVENANCE.md) at several
sizes, tilted, darkened, and pasted 1–3 times into a 1600×1200 scene. Negatives: text
images in the OCR benchmark's styles and noise "photos". Reports how often the count is
exactly right, false faces on negatives, and seconds per image.

    .venv/bin/python benchmarks/face_count.py

The parameters in ``auditor/media/faces.py`` were chosen on "positives" and "negatives";
"held-out positives" were added afterwards and never used to choose.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from PIL import Image, ImageEnhance

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from photo_factory import cjk_font_path, face_photo, text_image


def positives(rng: random.Random) -> list[tuple[str, Image.Image, int]]:
    face = face_photo()
    out = []
    for side in (64, 96, 128, 192, 256, 384, 512):
        out.append((f"alone {side}px", face.resize((side, side)), 1))
    for angle in (-20, -10, 10, 20):
        out.append((f"tilted {angle}°", face.rotate(angle, expand=True, fillcolor="white"), 1))
    for factor in (0.4, 0.6):
        out.append((f"dark ×{factor}", ImageEnhance.Brightness(face).enhance(factor), 1))
    for n in (1, 2, 3):
        for side in (160, 240):
            scene = Image.effect_noise((1600, 1200), 60).convert("RGB")
            for i in range(n):
                scene.paste(face.resize((side, side)), (60 + i * (side + 180), rng.randrange(50, 700)))
            out.append((f"scene {n}×{side}px", scene, n))
    return out


def held_out(rng: random.Random) -> list[tuple[str, Image.Image, int]]:
    """Settings not looked at while choosing the detector's parameters (see faces.py)."""
    import io

    face = face_photo().transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    out = []
    for side in (176, 208, 300):
        scene = Image.new("RGB", (2000, 1500), (rng.randrange(60, 200),) * 3)
        scene = Image.blend(scene, Image.effect_noise(scene.size, 30).convert("RGB"), 0.4)
        scene.paste(face.resize((side, side)), (rng.randrange(0, 1500), rng.randrange(0, 1000)))
        buf = io.BytesIO()
        scene.save(buf, "JPEG", quality=60)
        out.append((f"mirrored in 2000×1500 jpeg q60, {side}px", Image.open(buf).convert("RGB"), 1))
    out.append(("low contrast", ImageEnhance.Contrast(face).enhance(0.5), 1))
    out.append(("tilted 8°", face.rotate(8, expand=True, fillcolor="gray"), 1))
    return out


def negatives(rng: random.Random) -> list[tuple[str, Image.Image, int]]:
    out = []
    font = cjk_font_path()
    if font:
        for lines in (["〒177-0041", "東京都練馬区石神井町3丁目25-1"], ["石神井公園"], ["3年2組 さとう ゆい"]):
            for size in (24, 48, 96):
                out.append((f"text {size}px", text_image(lines, size=size), 0))
    for k in range(6):
        out.append((f"noise {k}", Image.effect_noise((1200, 900), 20 + 10 * k).convert("RGB"), 0))
    out.append(("gradient", Image.linear_gradient("L").resize((1200, 900)).convert("RGB"), 0))
    return out


def main() -> int:
    from auditor.media import faces

    if faces.available():
        print(faces.available())
        return 1
    rng = random.Random(3)
    t = time.perf_counter()
    faces.count_faces(Image.new("RGB", (64, 64)))
    print(f"first call (load cascade): {time.perf_counter() - t:.2f} s")
    groups = (("positives", positives(rng)), ("held-out positives", held_out(rng)),
              ("negatives", negatives(rng)))
    for label, cases in groups:
        right, secs, wrong = 0, [], []
        for name, img, expected in cases:
            t = time.perf_counter()
            got = faces.count_faces(img)
            secs.append(time.perf_counter() - t)
            if got == expected:
                right += 1
            else:
                wrong.append(f"{name}: {got} (expected {expected})")
        print(f"{label}: count exactly right {right}/{len(cases)}; "
              f"mean {sum(secs) / len(secs):.3f} s, max {max(secs):.3f} s per image")
        for w in wrong:
            print(f"  wrong: {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
