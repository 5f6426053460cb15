"""Generate demo photos for a fictional account: EXIF GPS, capture time, device, text.

For the demo archive (branch ``demo``): pictures that show what ``auditor`` finds in
images, all made here — nothing real, no real person. Each JPEG gets EXIF written by
Pillow; text is drawn with a Noto CJK font (``fonts-noto-cjk``).

    .venv/bin/python scripts/make_demo_photos.py OUT_DIR [--home LAT,LON] [--work LAT,LON]
        [--posted 2026-05-01T15:00+09:00]

Writes, with a ``photos.json`` manifest (file, what it shows, the EXIF written):
- ``parcel_label.jpg``: a parcel label with postcode, address and name; GPS at home.
- ``station_sign.jpg``: a station name board (white on green); GPS at the station near
  home, taken 20 minutes before ``--posted`` (→ whereabouts when posted then).
- ``school_gate.jpg``: a vertical school name plaque; GPS near the school.
- ``office_window.jpg``: a plain picture with GPS at the workplace on a weekday, no text.
- ``lunch_no_exif.jpg``: a plain picture without any metadata (the clean case).
The defaults are placed in 練馬区 (home), 千代田区 (work); pass your persona's own points.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from photo_factory import cjk_font_path, jpeg_bytes, make_exif, text_image


def _point(s: str) -> tuple[float, float]:
    lat, lon = (float(x) for x in s.split(","))
    return lat, lon


def _scene(label: Image.Image, size: tuple[int, int], at: tuple[int, int], tint) -> Image.Image:
    """A plain 'photo' with the label placed in it (noise so it is not a flat colour)."""
    base = Image.effect_noise(size, 35).convert("RGB")
    base = Image.blend(base, Image.new("RGB", size, tint), 0.6)
    base.paste(label, at)
    return base


def _vertical_plaque(text: str, font_path: str, size: int = 56) -> Image.Image:
    font = ImageFont.truetype(font_path, size, index=0)
    step = int(size * 1.15)
    img = Image.new("RGB", (size * 2, len(text) * step + size), (230, 226, 214))
    draw = ImageDraw.Draw(img)
    for i, ch in enumerate(text):
        draw.text((size // 2, size // 2 + i * step), ch, font=font, fill=(30, 30, 30))
    return img


def make(out: Path, *, home: tuple[float, float], work: tuple[float, float],
         station: tuple[float, float], school: tuple[float, float], posted: datetime) -> list[dict]:
    font = cjk_font_path()
    if font is None:
        raise SystemExit("no CJK font: apt-get install fonts-noto-cjk")
    out.mkdir(parents=True, exist_ok=True)
    device = {"make": "Apple", "model": "iPhone 13"}
    weekday_noon = (posted - timedelta(days=(posted.weekday() - 2) % 7 or 7)).replace(hour=12, minute=30)
    photos = [
        ("parcel_label.jpg", "宅配便の伝票: 郵便番号・住所・氏名が読める; GPS は自宅",
         _scene(text_image(["〒177-0041", "東京都練馬区石神井町3丁目25-1", "山田 花子 様"], size=34),
                (1400, 1000), (380, 360), (150, 120, 90)),
         make_exif(lat=home[0], lon=home[1], taken=posted - timedelta(days=3, hours=2), **device)),
        ("station_sign.jpg", "駅名標: 最寄り駅が分かる; 投稿の20分前に撮影 (現在地)",
         _scene(text_image(["石神井公園", "Shakujii-kōen"], size=72, bg=(0, 110, 70), fg="white"),
                (1400, 1000), (300, 300), (120, 120, 130)),
         make_exif(lat=station[0], lon=station[1], taken=posted - timedelta(minutes=20), **device)),
        ("school_gate.jpg", "校門の縦書きの銘板: 学校名が読める; GPS は学校の近く",
         _scene(_vertical_plaque("練馬区立石神井東小学校", font), (1000, 1400), (420, 80), (110, 110, 100)),
         make_exif(lat=school[0], lon=school[1], taken=posted - timedelta(days=20), **device)),
        ("office_window.jpg", "文字のない写真; 平日の昼に勤務先で撮影 (GPS)",
         Image.effect_noise((1200, 900), 50).convert("RGB"),
         make_exif(lat=work[0], lon=work[1], taken=weekday_noon, **device)),
        ("lunch_no_exif.jpg", "メタデータのない写真 (問題なし)",
         Image.effect_noise((1200, 900), 30).convert("RGB"), None),
    ]
    manifest = []
    for name, what, img, exif in photos:
        (out / name).write_bytes(jpeg_bytes(img, exif, quality=88))
        manifest.append({"file": name, "shows": what, "exif": _describe(exif)})
    (out / "photos.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return manifest


def _describe(exif) -> dict | None:
    if exif is None:
        return None
    from auditor.media.exif import read_exif

    img = Image.new("RGB", (8, 8))
    import io

    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    ex = read_exif(Image.open(io.BytesIO(buf.getvalue())))
    return {"lat": ex.lat, "lon": ex.lon, "taken_at": ex.taken_at.isoformat() if ex.taken_at else None,
            "device": ex.device}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--home", type=_point, default=(35.74194, 139.60553))  # 練馬区石神井町三丁目
    ap.add_argument("--station", type=_point, default=(35.74366, 139.60670))  # 石神井公園駅付近
    ap.add_argument("--school", type=_point, default=(35.73650, 139.60980))
    ap.add_argument("--work", type=_point, default=(35.68120, 139.76710))  # 千代田区丸の内
    ap.add_argument("--posted", type=datetime.fromisoformat,
                    default=datetime.fromisoformat("2026-05-01T15:00:00+09:00"))
    args = ap.parse_args()
    for m in make(args.out, home=args.home, work=args.work, station=args.station,
                  school=args.school, posted=args.posted):
        print(f"{args.out / m['file']}: {m['shows']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
