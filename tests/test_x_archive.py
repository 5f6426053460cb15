from __future__ import annotations

import io
import zipfile
from datetime import UTC

import pytest
from archive_factory import T, archive_files, write_folder, write_zip
from conftest import SHARED, jst

from auditor.errors import InputError
from connectors import x_archive
from connectors.registry import detect_kind, open_file_source


def _posts(path):
    with x_archive.XArchive(path) as src:
        return src.profile(), list(src.posts()), src.warnings


@pytest.mark.parametrize("as_zip", [True, False])
def test_reads_posts_profile_geo_media_replies_and_reposts(tmp_path, sample_tweets, as_zip):
    files = archive_files(
        [*sample_tweets, T("写真", jst(2026, 5, 4, 9, 0), media=["abc.jpg"])],
        username="hanako", display_name="花子", bio="二児の母", location="東京都練馬区",
        media_files={f"{1_500_000_000_000_000_000 + 5}-abc.jpg": b"\xff\xd8jpeg"},
    )
    path = write_zip(tmp_path / "a.zip", files) if as_zip else write_folder(tmp_path / "a", files)
    profile, posts, warnings = _posts(path)
    assert warnings == []
    assert (profile.handle, profile.display_name, profile.bio, profile.location) == (
        "hanako", "花子", "二児の母", "東京都練馬区")
    assert profile.user_id == "42" and profile.created_at.tzinfo is not None
    assert [p.text for p in posts][:3] == [t.text for t in sample_tweets[:3]]
    first, geo_post, _, rt, reply, photo = posts
    assert first.created_at == jst(2026, 5, 1, 7, 45) and first.created_at.tzinfo is not None
    assert first.url == f"https://x.com/hanako/status/{first.id}"
    assert geo_post.geo.lat == pytest.approx(35.7436) and geo_post.geo.lon == pytest.approx(139.6066)
    assert rt.is_repost and not rt.authored
    assert rt.text == "RT @news: 速報 <b>大雨</b> & 雷"  # &lt; &amp; unescaped back
    assert reply.is_reply and not first.is_reply
    assert photo.media[0].url.endswith("/abc.jpg")
    assert photo.media[0].path and photo.media[0].path.endswith("-abc.jpg")
    assert (photo.media[0].archive is not None) == as_zip


def test_old_style_prefix_parts_and_wrapping_folder_in_zip(tmp_path, sample_tweets):
    files = archive_files(sample_tweets, old_style=True, parts=3)
    assert "data/tweet-part2.js" in files
    path = write_zip(tmp_path / "old.zip", files, prefix="twitter-2019-01-01-abc/")
    _, posts, _ = _posts(path)
    assert [p.text for p in posts] == [t.text for t in sample_tweets]


def test_streams_across_chunk_boundaries(tmp_path, monkeypatch):
    monkeypatch.setattr(x_archive, "_CHUNK", 7)
    tweets = [T(f"投稿{i} " + "あ" * (i % 13), jst(2026, 1, 1, 0, i % 60)) for i in range(60)]
    path = write_folder(tmp_path / "a", archive_files(tweets))
    _, posts, _ = _posts(path)
    assert [p.text for p in posts] == [t.text for t in tweets]


def test_detect_kind_and_open(tmp_path, sample_tweets):
    path = write_zip(tmp_path / "a.zip", archive_files(sample_tweets))
    assert detect_kind(path).name == "x_archive"
    src = open_file_source(path)
    assert len(list(src.posts())) == len(sample_tweets)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"var tweets = []", "window.YTD"),
        (b"", "空"),
        (b'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1", "full_te', "途中で切れて"),
        (b"window.YTD.tweets.part0 = {}", "配列"),
        ("window.YTD.tweets.part0 = [\"\u3042\"]".encode("utf-16"), "UTF-8"),
    ],
)
def test_malformed_tweets_js_is_a_clear_input_error(tmp_path, content, message):
    files = archive_files([])
    files["data/tweets.js"] = content
    path = write_zip(tmp_path / "bad.zip", files)
    with pytest.raises(InputError, match=message):
        _posts(path)


def test_wrong_types_are_skipped_with_warning(tmp_path):
    files = archive_files([T("ok", jst(2026, 1, 1, 9))])
    files["data/tweets.js"] = (
        b'window.YTD.tweets.part0 = [{"tweet": {"id_str": 5, "full_text": "n", '
        b'"created_at": "bad"}}, {"tweet": {"full_text": 3}}, 7, {"tweet": {"id_str": "9",'
        b' "full_text": "fine", "created_at": "Wed Mar 22 07:41:49 +0000 2017"}}]'
    )
    _, posts, warnings = _posts(write_zip(tmp_path / "w.zip", files))
    assert [p.id for p in posts] == ["5", "9"]
    assert posts[0].created_at is None
    assert posts[1].created_at.astimezone(UTC).hour == 7
    assert len(warnings) == 3


def test_not_an_archive(tmp_path):
    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"hello")
    with pytest.raises(InputError, match="zip"):
        detect_kind(not_zip)
    other = write_zip(tmp_path / "other.zip", {"photos/a.jpg": b"1"})
    with pytest.raises(InputError, match=r"tweets\.js"):
        detect_kind(other)
    with pytest.raises(InputError, match="見つかりません"):
        detect_kind(tmp_path / "missing.zip")


def test_truncated_zip(tmp_path, sample_tweets):
    path = write_zip(tmp_path / "a.zip", archive_files(sample_tweets))
    data = path.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError):
        src = open_file_source(cut)
        list(src.posts())


def test_zip_slip_member_names_are_ignored(tmp_path, sample_tweets):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in archive_files(sample_tweets).items():
            zf.writestr(name, data)
        zf.writestr("../../evil.js", b"window.YTD.tweets.part0 = []")
        zf.writestr("/abs/data/tweets.js", b"x")
    path = tmp_path / "slip.zip"
    path.write_bytes(buf.getvalue())
    _, posts, _ = _posts(path)
    assert len(posts) == len(sample_tweets)
    assert not (tmp_path.parent / "evil.js").exists()


@pytest.mark.skipif(not (SHARED / "fixtures").exists(), reason="../shared not present")
def test_real_archive_excerpt(tmp_path):
    src_dir = SHARED / "fixtures" / "twitter_archive_mrled"
    files = {f"data/{p.name}": p.read_bytes() for p in src_dir.iterdir()}
    profile, posts, _warnings = _posts(write_folder(tmp_path / "mrled", files))
    assert profile.handle == "mrled" and profile.location == "Austin"
    assert posts and all(p.created_at and p.created_at.tzinfo for p in posts)
    assert posts[0].is_repost


@pytest.mark.parametrize(
    "text",
    ["Wed Mar 22 07:41:49 +0000 2017", "Sun Oct 07 07:39:51 +0000 2012", "Tue Feb 29 23:59:59 +0000 2028",
     "Mon Jan 01 00:00:00 +0900 2024"],
)
def test_fast_created_at_matches_strptime(text):
    from datetime import datetime

    assert x_archive.parse_created_at(text) == datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y")


@pytest.mark.parametrize("text", ["Wed Mar 32 07:41:49 +0000 2017", "Wed Foo 22 07:41:49 +0000 2017",
                                  "Wed Mar 22 7:41 +0000 2017", "", "None"])
def test_fast_created_at_rejects_what_strptime_rejects(text):
    with pytest.raises(ValueError):
        x_archive.parse_created_at(text)
