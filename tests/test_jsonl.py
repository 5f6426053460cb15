from __future__ import annotations

import json

import pytest

from auditor.errors import InputError
from connectors import jsonl


def _write(tmp_path, lines, name="posts.jsonl"):
    p = tmp_path / name
    p.write_bytes(b"\n".join(x if isinstance(x, bytes) else json.dumps(x, ensure_ascii=False).encode() for x in lines))
    return p


def test_reads_posts_with_optional_fields(tmp_path):
    p = _write(tmp_path, [
        {"profile": {"handle": "me", "bio": "札幌在住", "platform": "mastodon"}},
        {"id": 1, "text": "こんにちは", "created_at": "2026-05-01T08:00:00"},
        {"id": "2", "text": "写真", "created_at": 1767225600, "geo": {"lat": 43.06, "lon": 141.35},
         "media": [{"path": "a.jpg", "alt": "駅の写真"}, "https://example.com/b.jpg"]},
        {"id": "3", "text": "z", "created_at": "2026-05-01T08:00:00Z", "geo": {"lat": 999, "lon": 1}},
    ])
    src = jsonl.open_source(p)
    assert src.profile().handle == "me" and src.profile().platform == "mastodon"
    posts = list(src.posts())
    assert [x.id for x in posts] == ["1", "2", "3"]
    assert posts[0].created_at.utcoffset().total_seconds() == 9 * 3600  # naive → Asia/Tokyo
    assert posts[1].geo.lat == 43.06 and posts[1].media[0].alt_text == "駅の写真"
    assert posts[1].media[1].url == "https://example.com/b.jpg"
    assert posts[2].geo is None and posts[2].created_at.utcoffset().total_seconds() == 0
    assert src.warnings == []


def test_bad_lines_are_skipped_and_counted(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 100)
    p = _write(tmp_path, [
        {"id": "1", "text": "ok"}, b"", b"{not json", {"text": "no id"}, {"id": True, "text": "x"},
        b"\xff\xfe", {"id": "big", "text": "あ" * 200}, {"id": "2", "text": "ok2"},
        {"id": "3", "text": "bad time", "created_at": "yesterday"},
    ])
    src = jsonl.open_source(p)
    posts = list(src.posts())
    assert [x.id for x in posts] == ["1", "2"]
    assert any("5 行を読み飛ばしました" in w for w in src.warnings)
    assert any("bad time" not in w and "id=3" in w for w in src.warnings)


def test_file_with_no_valid_line_is_an_error(tmp_path):
    p = _write(tmp_path, [b"garbage", b"[1,2]"])
    with pytest.raises(InputError, match="1 行も"):
        list(jsonl.open_source(p).posts())


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="見つかりません"):
        jsonl.open_source(tmp_path / "nope.jsonl")
