"""OCR accuracy and speed on generated Japanese images.

Draws known text (addresses, station signs, name tags, school names, phone numbers) with
the Noto CJK fonts in several sizes, weights and backgrounds, runs ``auditor.media.ocr``
on each, and reports character accuracy (1 − edit distance / reference length, spaces
ignored, after NFKC so that full-width and half-width digits count as the same) and
seconds per image. Also reports how many images gave at least one finding through the
text detector, as the pipeline would.

    .venv/bin/python benchmarks/ocr_accuracy.py [--n 90] [--seed 7] [--json out.json]
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import random
import sys
import time
import unicodedata
from itertools import permutations
from pathlib import Path

from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from photo_factory import _KNOWN_FONTS, cjk_font_path, text_image

TEXTS = [
    ["〒177-0041", "東京都練馬区石神井町3丁目25-1"],
    ["石神井公園", "Shakujii-koen"],
    ["名札", "3年2組 さとう ゆい"],
    ["練馬区立石神井東小学校"],
    ["お届け先 山田花子 様", "090-1234-5678"],
    ["横浜市青葉区美しが丘2-15-3", "グランドハイツ305号室"],
    ["大阪府大阪市北区梅田3丁目1-3"],
    ["都立大泉高等学校 文化祭"],
    ["次は 吉祥寺 Kichijoji"],
    ["株式会社みどり商事 渋谷支店"],
    ["さくら保育園 ひよこ組"],
    ["TEL 03-3993-1111"],
]
SIZES = [12, 16, 20, 28, 40, 64]
BACKGROUNDS = ["white", "sign", "photo", "scene", "vertical"]


def fonts() -> list[str]:
    found = [p for p in _KNOWN_FONTS if Path(p).exists()]
    bold = [p.replace("Regular", "Bold") for p in found if Path(p.replace("Regular", "Bold")).exists()]
    return sorted(set(found + bold)) or [p for p in [cjk_font_path()] if p]


def render(lines: list[str], size: int, font: str, bg: str, rng: random.Random) -> Image.Image:
    if bg == "white":
        img = text_image(lines, size=size, font_path=font)
    elif bg == "sign":  # white on green, like a station or street sign
        img = text_image(lines, size=size, font_path=font, bg=(0, 110, 70), fg="white")
    elif bg == "photo":  # text on a noisy, uneven background, slightly rotated, blurred
        img = _photo_like(text_image(lines, size=size, font_path=font, bg=(235, 225, 205),
                                     fg=(40, 40, 60)), rng)
    elif bg == "scene":  # a small label somewhere in a 1600×1200 phone-sized picture
        label = _photo_like(text_image(lines, size=size, font_path=font, bg=(245, 245, 240)), rng)
        img = Image.effect_noise((1600, 1200), 70).convert("RGB")
        img = Image.blend(img, Image.new("RGB", img.size, (90, 120, 80)), 0.5)
        x = rng.randrange(0, max(1, img.width - label.width))
        y = rng.randrange(0, max(1, img.height - label.height))
        img.paste(label, (x, y))
    else:  # vertical writing (縦書き), as on school gate plaques and shop signs
        img = _vertical(lines, size, font)
    # Through JPEG, as a photo would be.
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _photo_like(img: Image.Image, rng: random.Random) -> Image.Image:
    noise = Image.effect_noise(img.size, 40).convert("RGB")
    img = Image.blend(img, noise, 0.18)
    img = img.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(200, 190, 170))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def _vertical(lines: list[str], size: int, font_path: str) -> Image.Image:
    from PIL import ImageDraw, ImageFont

    font = ImageFont.truetype(font_path, size, index=0)
    step = int(size * 1.15)
    col = int(size * 1.8)
    height = max(len(line) for line in lines) * step + 2 * size
    img = Image.new("RGB", (col * len(lines) + 2 * size, height), "white")
    draw = ImageDraw.Draw(img)
    for c, line in enumerate(lines):  # right to left, top to bottom
        x = img.width - size - (c + 1) * col + (col - size) // 2
        for i, ch in enumerate(line):
            draw.text((x, size + i * step), ch, font=font, fill="black")
    return img


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def unordered(ref: str, got: str) -> int:
    """Edit distance with the recognised lines in their best order.

    A detector reads lines one by one, so the order of lines does not change what it
    finds; vertical columns in particular come back left to right, not right to left.
    """
    lines = [norm(x) for x in got.split("\n") if x.strip()]
    if len(lines) > 6:
        return distance(ref, "".join(lines))
    return min(distance(ref, "".join(p)) for p in permutations(lines)) if lines else len(ref)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=90)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    from auditor.media import ocr

    if ocr.available():
        print(ocr.available())
        return 1
    rng = random.Random(args.seed)
    font_list = fonts()
    if not font_list:
        print("no CJK font (apt-get install fonts-noto-cjk)")
        return 1
    cases = []
    for k in range(args.n):
        lines = TEXTS[k % len(TEXTS)]
        cases.append((lines, rng.choice(SIZES), rng.choice(font_list),
                      BACKGROUNDS[(k // len(TEXTS)) % len(BACKGROUNDS)]))

    t0 = time.perf_counter()
    ocr.read_text(render(["準備"], 32, font_list[0], "white", rng))  # load models
    first_call = time.perf_counter() - t0

    from auditor.cues import detect_many

    rows = []
    for lines, size, font, bg in cases:
        img = render(lines, size, font, bg, rng)
        t = time.perf_counter()
        got = ocr.read_text(img)
        dt = time.perf_counter() - t
        ref, hyp = norm("".join(lines)), norm(got)
        rows.append({"ref": "".join(lines), "got": got.replace("\n", " / "), "size": size,
                     "font": Path(font).stem, "bg": bg, "pixels": img.width * img.height,
                     "errors": distance(ref, hyp), "errors_any_order": unordered(ref, got),
                     "chars": len(ref), "seconds": dt})
    for row, found in zip(rows, detect_many(r["got"] for r in rows), strict=True):
        row["findings"] = sorted({f.category for f in found})

    def acc(sel, key="errors"):
        chars = sum(r["chars"] for r in sel)
        return 1 - sum(r[key] for r in sel) / chars if chars else float("nan")

    secs = sorted(r["seconds"] for r in rows)
    print(f"machine: {platform.machine()} {platform.processor() or ''} cores={_cores()} "
          f"python {platform.python_version()}")
    print(f"images: {len(rows)}, characters: {sum(r['chars'] for r in rows)}, fonts: "
          f"{', '.join(sorted({r['font'] for r in rows}))}")
    print(f"character accuracy (NFKC, spaces ignored), reading order as returned: {acc(rows):.3f}")
    print(f"character accuracy, lines in their best order: {acc(rows, 'errors_any_order'):.3f}")
    print(f"exactly right images (any line order): "
          f"{sum(r['errors_any_order'] == 0 for r in rows)}/{len(rows)}")
    print("  (best-order accuracy by condition)")
    for key, values in (("size", SIZES), ("bg", BACKGROUNDS), ("font", sorted({r["font"] for r in rows}))):
        parts = [f"{v}: {acc([r for r in rows if r[key] == v], 'errors_any_order'):.3f}"
                 f" (n={sum(r[key] == v for r in rows)})" for v in values]
        print(f"  by {key}: " + ", ".join(parts))
    print(f"first call (model load + 1 image): {first_call:.2f} s")
    print(f"per image: mean {sum(secs) / len(secs):.2f} s, median {secs[len(secs) // 2]:.2f} s, "
          f"max {secs[-1]:.2f} s")
    print(f"images with at least one finding: {sum(bool(r['findings']) for r in rows)}/{len(rows)}")
    worst = sorted(rows, key=lambda r: r["errors_any_order"] / r["chars"], reverse=True)[:6]
    for r in worst:
        print(f"  worst: {r['size']}px {r['font']} {r['bg']}: {r['ref']!r} → {r['got']!r}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _cores() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


if __name__ == "__main__":
    sys.exit(main())
