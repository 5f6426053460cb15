"""Instagram "Download your information" export: folders and zips built here, in the
export's real layout and with its latin-1 mojibake."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime

import pytest
from conftest import SHARED
from live_helpers import assert_one_line_error, run_main

from auditor.errors import InputError
from connectors.instagram_export import InstagramExport, repair_mojibake, sniff
from connectors.registry import detect_kind, open_file_source


def moji(text: str) -> str:
    """Text as the export writes it: UTF-8 bytes shown as latin-1 characters."""
    return text.encode("utf-8").decode("latin-1")


def _media(uri, ts, title="", lat=None, lon=None):
    m = {"uri": uri, "creation_timestamp": ts, "title": title,
         "media_metadata": {"camera_metadata": {"has_camera_metadata": False}},
         "cross_post_source": {"source_app": "FB"}}
    if lat is not None:
        m["media_metadata"] = {"photo_metadata": {"exif_data": [
            {"latitude": lat, "longitude": lon},
            {"date_time_original": "2026:05:01 08:00:00", "source_type": "camera"},
        ]}}
    return m


POSTS = [
    {  # several photos, caption on the post, EXIF GPS on the second photo
        "media": [
            _media("media/posts/202605/111_a.jpg", 1777600000),
            _media("media/posts/202605/112_b.jpg", 1777600000, lat=35.7436, lon=139.6066),
        ],
        "title": moji("家族で石神井公園へ 🌸"),
        "creation_timestamp": 1777600001,
    },
    {  # one photo: the caption lives on the media item
        "media": [_media("media/posts/202604/221_c.webp", 1776000000, title=moji("練馬区の自宅から"))],
    },
]
REELS = {"ig_reels_media": [{"media": [_media("media/reels/202603/331_d.mp4", 1774000000,
                                                title=moji("通勤は西武池袋線"))]}]}
PROFILE = {"profile_user": [{
    "media_map_data": {"Profile Photo": {"uri": "media/other/p.jpg", "creation_timestamp": 1}},
    "string_map_data": {
        "Email": {"href": "", "value": "hana@example.jp", "timestamp": 0},
        "Username": {"href": "", "value": "hana_ig", "timestamp": 0},
        "Name": {"href": "", "value": moji("山田 はな"), "timestamp": 0},
        "Bio": {"href": "", "value": moji("東京在住 / 2児の母"), "timestamp": 0},
        "Website": {"href": "", "value": "https://hana.example.jp", "timestamp": 0},
        "Private Account": {"href": "", "value": "False", "timestamp": 0},
    },
}]}


def _files(prefix="") -> dict[str, bytes]:
    act = f"{prefix}your_instagram_activity/content/"
    return {
        f"{act}posts_1.json": json.dumps(POSTS).encode(),
        f"{act}reels.json": json.dumps(REELS).encode(),
        f"{prefix}personal_information/personal_information/personal_information.json": json.dumps(PROFILE).encode(),
        f"{prefix}media/posts/202605/112_b.jpg": b"\xff\xd8\xff\xe0 jpeg",
        f"{prefix}media/posts/202605/111_a.jpg": b"\xff\xd8\xff\xe0 jpeg",
    }


@pytest.fixture
def export_dir(tmp_path):
    root = tmp_path / "instagram-hana_ig-2026-05-10"
    for name, data in _files().items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


@pytest.fixture
def export_zip(tmp_path):
    path = tmp_path / "instagram-hana_ig.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in _files("instagram-hana_ig-2026-05-10/").items():
            zf.writestr(name, data)
    return path


def test_repair_mojibake_only_where_it_round_trips():
    assert repair_mojibake(moji("渋谷なう")) == "渋谷なう"
    assert repair_mojibake("渋谷なう") == "渋谷なう"  # already right
    assert repair_mojibake("café") == "café"  # real latin-1 stays
    assert repair_mojibake("plain") == "plain"


def test_folder_posts_profile_geo_and_media(export_dir):
    assert sniff(export_dir) and detect_kind(export_dir).name == "instagram_export"
    conn = InstagramExport(export_dir)
    profile = conn.profile()
    assert (profile.handle, profile.display_name, profile.bio) == ("hana_ig", "山田 はな", "東京在住 / 2児の母")
    assert profile.url == "https://hana.example.jp" and not profile.is_private
    assert "hana@example.jp" not in json.dumps(profile.to_dict())  # not public: not a profile field
    posts = list(conn.posts())
    assert [p.text for p in posts] == ["家族で石神井公園へ 🌸", "練馬区の自宅から", "通勤は西武池袋線"]
    first, single, reel = posts
    assert first.created_at == datetime.fromtimestamp(1777600001, UTC)
    assert (first.geo.lat, first.geo.lon) == (35.7436, 139.6066)
    assert [m.kind for m in first.media] == ["photo", "photo"]
    assert first.media[1].path == str(export_dir / "media/posts/202605/112_b.jpg")
    assert single.geo is None and single.media[0].path is None  # file not in the export
    assert reel.media[0].kind == "video" and reel.created_at.year == 2026
    assert len({p.id for p in posts}) == 3


def test_zip_is_read_without_extracting(export_zip, tmp_path):
    conn = open_file_source(export_zip)
    posts = list(conn.posts())
    assert posts[0].media[1].archive == str(export_zip)
    assert posts[0].media[1].path == "instagram-hana_ig-2026-05-10/media/posts/202605/112_b.jpg"
    assert posts[0].text == "家族で石神井公園へ 🌸" and conn.profile().handle == "hana_ig"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["instagram-hana_ig.zip"]


def test_broken_posts_file_is_an_input_error(tmp_path):
    root = tmp_path / "ig"
    (root / "content").mkdir(parents=True)
    (root / "content" / "posts_1.json").write_text("[{oops")
    with pytest.raises(InputError, match="JSON"):
        list(InstagramExport(root).posts())


def test_cli_scans_export_and_rejects_junk(export_zip, tmp_path, capsys):
    out = tmp_path / "r"
    code, _, err = run_main(capsys, "scan", export_zip, "--out", out, "--db", tmp_path / "h.db")
    assert code == 0, err
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == 3 and doc["profile"]["handle"] == "hana_ig"
    junk = tmp_path / "junk.zip"
    with zipfile.ZipFile(junk, "w") as zf:
        zf.writestr("readme.txt", "hi")
    code, _, err = run_main(capsys, "scan", junk, "--db", tmp_path / "h.db")
    assert_one_line_error(code, err, "posts_1.json")


@pytest.mark.skipif(not (SHARED / "fixtures" / "instagram_export").exists(), reason="../shared not present")
def test_real_export_sample(tmp_path):
    # instagram-to-bluesky's test export (provenance in ../shared/fixtures/PROVENANCE.txt).
    src = SHARED / "fixtures" / "instagram_export"
    content = tmp_path / "your_instagram_activity" / "content"
    content.mkdir(parents=True)
    (content / "posts_1.json").write_bytes((src / "marcomaroni_test_mixed_media_posts.json").read_bytes())
    (content / "reels.json").write_bytes((src / "marcomaroni_test_mixed_media_reels.json").read_bytes())
    posts = list(InstagramExport(tmp_path).posts())
    assert posts and posts[0].text.startswith("What an incredible weekend")
    assert posts[0].created_at is not None and len(posts[0].media) > 1
