"""The media stage of a scan: archive photos read from the zip, facts, findings, errors."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from archive_factory import T, archive_files, write_zip
from conftest import jst
from photo_factory import bomb_png, cjk_font_path, face_photo, jpeg_bytes, make_exif, text_image
from PIL import Image
from typer.testing import CliRunner

from auditor import scan as pipeline
from auditor.cli import app
from auditor.media import analyse as media_analyse
from auditor.media.analyse import analyse_posts, geo_points
from connectors.registry import open_file_source

BASE = 1_500_000_000_000_000_000
POSTED = jst(2026, 5, 1, 15, 0)


def _archive(tmp_path, *, with_text_image: bool = False):
    fresh = jpeg_bytes(Image.new("RGB", (64, 48), "gray"),
                       make_exif(lat=35.7436, lon=139.6066, taken=POSTED - timedelta(minutes=20),
                                 make="Apple", model="iPhone 15"))
    old = jpeg_bytes(face_photo(), make_exif(lat=34.7025, lon=135.4959,
                                             taken=POSTED - timedelta(days=30)))
    noisy = jpeg_bytes(Image.effect_noise((300, 200), 40).convert("RGB"))
    media_files = {f"{BASE + 1}-fresh.jpg": fresh, f"{BASE + 2}-face.jpg": old,
                   f"{BASE + 3}-broken.jpg": noisy[: len(noisy) // 2]}
    tweets = [
        T("おはよう", POSTED - timedelta(hours=5), id=str(BASE + 0)),
        T("公園なう", POSTED, id=str(BASE + 1), media=["fresh.jpg"]),
        T("先月の写真", POSTED + timedelta(minutes=5), id=str(BASE + 2), media=["face.jpg"]),
        T("壊れた写真", POSTED + timedelta(minutes=10), id=str(BASE + 3), media=["broken.jpg"]),
        T("手元にない写真", POSTED + timedelta(minutes=15), id=str(BASE + 4), media=["gone.jpg"]),
        T("RT @other: 他人の写真", POSTED + timedelta(minutes=20), id=str(BASE + 5), media=["rt.jpg"]),
        T("巨大な画像", POSTED + timedelta(minutes=25), id=str(BASE + 7), media=["bomb.png"]),
    ]
    media_files[f"{BASE + 7}-bomb.png"] = bomb_png(30_000, 30_000)
    if with_text_image and cjk_font_path():
        media_files[f"{BASE + 6}-label.jpg"] = jpeg_bytes(
            text_image(["〒177-0041", "東京都練馬区石神井町3丁目25-1"], size=40))
        tweets.append(T("荷物届いた", POSTED + timedelta(hours=1), id=str(BASE + 6), media=["label.jpg"]))
    files = archive_files(tweets, username="hana", media_files={
        **media_files, f"{BASE + 5}-rt.jpg": fresh})
    return write_zip(tmp_path / "x.zip", files)


def _posts(path):
    src = open_file_source(path)
    return src.profile(), list(src.posts())


def test_photos_in_the_zip_give_facts_findings_and_errors_without_stopping(tmp_path):
    _, posts = _posts(_archive(tmp_path))
    result = analyse_posts(posts, ocr=False)
    by_post = {im.post_id: im for im in result.images}
    # Reposts are someone else's pictures; the missing file is only counted.
    assert set(by_post) == {str(BASE + 1), str(BASE + 2), str(BASE + 3), str(BASE + 7)}
    assert "大きすぎます" in by_post[str(BASE + 7)].error
    fresh = by_post[str(BASE + 1)]
    assert fresh.gps.lat == pytest.approx(35.7436, abs=1e-6)
    assert fresh.gps.place_name.startswith("東京都練馬区石神井町")
    assert fresh.device == "Apple iPhone 15"
    assert fresh.taken_at == POSTED - timedelta(minutes=20)
    assert fresh.path.endswith(f"x.zip!/data/tweets_media/{BASE + 1}-fresh.jpg")
    assert by_post[str(BASE + 2)].faces == 1
    broken = by_post[str(BASE + 3)]
    assert broken.error and "切れています" in broken.error and "\n" not in broken.error
    kinds = {(f.post_id, f.category, f.source, f.kind) for f in result.findings}
    assert (str(BASE + 1), "whereabouts", "exif", "now") in kinds
    assert (str(BASE + 2), "identity", "image", "face") in kinds
    # A month-old photo is not "where you are now".
    assert not any(f.post_id == str(BASE + 2) and f.category == "whereabouts" for f in result.findings)
    assert any("手元にない" in n for n in result.notices)
    assert any("読めませんでした" in n for n in result.notices)
    # Nothing was extracted next to the archive.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.zip"]


def test_geo_points_for_inference(tmp_path):
    _, posts = _posts(_archive(tmp_path))
    result = analyse_posts(posts, ocr=False, faces=False)
    points = {p.post_id: p for p in geo_points(posts, result.images)}
    assert set(points) == {str(BASE + 1), str(BASE + 2)}
    p = points[str(BASE + 1)]
    assert (p.source, p.posted_at, p.at) == ("exif", POSTED, POSTED - timedelta(minutes=20))
    assert p.place_name.startswith("東京都練馬区")


def test_scan_pipeline_adds_images_findings_and_notices(tmp_path):
    profile, posts = _posts(_archive(tmp_path, with_text_image=True))
    stages = []
    result, _ = pipeline.analyse("x.zip", profile, posts,
                                 progress=lambda s, a, t: stages.append(s))
    assert "media" in stages
    assert len(result.images) == (5 if cjk_font_path() else 4)
    assert any(f.source == "exif" and f.category == "whereabouts" for f in result.findings)
    assert result.score.by_category["whereabouts"] > 0
    if cjk_font_path() and media_analyse.ocr_mod.available() is None:
        label = [f for f in result.findings if f.post_id == str(BASE + 6) and f.source == "ocr"]
        assert any(f.category == "home" for f in label), label


def test_no_media_and_text_only_scans_skip_the_stage(tmp_path):
    profile, posts = _posts(_archive(tmp_path))
    stages = []
    result, _ = pipeline.analyse("x.zip", profile, posts, media=False,
                                 progress=lambda s, a, t: stages.append(s))
    assert result.images == [] and "media" not in stages
    assert not any(f.source in ("exif", "ocr", "image") for f in result.findings)
    text_only = [p for p in posts if not p.media]
    result, _ = pipeline.analyse("x.zip", profile, text_only,
                                 progress=lambda s, a, t: stages.append(s))
    assert result.images == [] and "media" not in stages


def test_missing_optional_dependencies_give_one_notice_each_and_the_scan_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(media_analyse.ocr_mod, "available", lambda: "rapidocr が入っていません")
    monkeypatch.setattr(media_analyse.face_mod, "available", lambda: "opencv が入っていません")
    profile, posts = _posts(_archive(tmp_path))
    result, _ = pipeline.analyse("x.zip", profile, posts)
    assert sum("文字の読み取りを省略" in w for w in result.warnings) == 1
    assert sum("顔の検出を省略" in w for w in result.warnings) == 1
    fresh = next(im for im in result.images if im.post_id == str(BASE + 1))
    assert fresh.gps is not None  # EXIF needs only Pillow
    assert fresh.ocr_text is None and fresh.faces is None
    assert any(f.source == "exif" for f in result.findings)


def test_scan_command_with_photos_and_no_media_flag(tmp_path):
    path = _archive(tmp_path)
    r = CliRunner().invoke(app, ["scan", str(path), "--out", str(tmp_path / "o"), "--no-media"])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "o" / "report.json").read_text())
    assert not any(f["source"] == "exif" for p in doc["posts"] for f in p["findings"])
    r = CliRunner().invoke(app, ["scan", str(path), "--out", str(tmp_path / "m")])
    assert r.exit_code == 0, r.output
    doc = json.loads((tmp_path / "m" / "report.json").read_text())
    fresh = next(p for p in doc["posts"] if p["id"] == str(BASE + 1))
    assert "whereabouts" in fresh["labels"]


def test_instagram_export_photo_is_read_inside_the_zip(tmp_path):
    import zipfile

    photo = jpeg_bytes(Image.new("RGB", (64, 48), "white"),
                       make_exif(lat=34.7025, lon=135.4959, taken=POSTED, model="Pixel 8"))
    root = "instagram-hana_ig-2026-05-10/"
    posts = [{"media": [{"uri": "media/posts/202605/111_a.jpg", "creation_timestamp": 1777600000,
                         "title": "梅田"}]}]
    profile = {"profile_user": [{"string_map_data": {
        "Username": {"href": "", "value": "hana_ig", "timestamp": 0}}}]}
    path = tmp_path / "instagram-hana_ig.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(root + "your_instagram_activity/content/posts_1.json", json.dumps(posts))
        zf.writestr(root + "personal_information/personal_information/personal_information.json",
                    json.dumps(profile))
        zf.writestr(root + "media/posts/202605/111_a.jpg", photo)
    _, ig_posts = _posts(path)
    [facts] = analyse_posts(ig_posts, ocr=False, faces=False).images
    assert facts.error is None, facts.error
    assert facts.gps.place_name.startswith("大阪府大阪市北区")
    assert facts.device == "Pixel 8"
