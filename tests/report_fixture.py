"""A hand-built, contract-shaped scan for report tests: every section has data.

Modelled on a fictional working parent (all details invented; phone numbers use the
unassigned 090-0000 block). ``score``, ``inferred`` and ``recommendations`` are the
dicts of the JSON contract in TEAM.md, as inference and scoring will produce them; the
findings carry offsets into the texts, as the detector does. Posts include hostile
input: script and onerror payloads in text, OCR and profile, an id that tries to break
out of an attribute, a ``javascript:`` URL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from auditor.model import PROFILE_ID, Finding, Geo, ImageFacts, Media, Post, Profile, ScanResult

JST = ZoneInfo("Asia/Tokyo")
XSS_TEXT = '勉強中のメモ: <script>alert("xss")</script> と <img src=x onerror="alert(1)"> は危険'
XSS_OCR = "<script>alert('ocr')</script> みずき台小学校 3年2組"
HOSTILE_ID = '9"><script>alert(9)</script>'
PHONE = "090-0000-4821"


def _at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=JST)


def _f(post_id: str, text: str, cue: str, category: str, reason: str, *, kind: str = "",
       value: str | None = None, weight: float = 0.8, reason_en: str = "", field: str = "text",
       source: str = "text") -> Finding:
    start = text.index(cue)
    return Finding(
        category=category, start=start, end=start + len(cue), text=cue, reason=reason,
        source=source, weight=weight, post_id=post_id, field=field, kind=kind,
        value=value if value is not None else cue, reason_en=reason_en or reason,
    )


def rich_scan(*, n_filler: int = 120, scan_id: int | None = 3) -> ScanResult:
    """A scan with findings in all eight categories, photos, score, inference, actions."""
    posts: list[Post] = []
    findings: list[Finding] = []

    def post(pid: str, text: str, at: datetime, cues=(), **kw) -> Post:
        p = Post(platform="x", id=pid, text=text, created_at=at,
                 url=kw.pop("url", f"https://x.com/nao_pan_0000/status/{pid}"), **kw)
        posts.append(p)
        for cue, cat, reason, extra in cues:
            findings.append(_f(pid, text, cue, cat, reason, **extra))
        return p

    post("101", "板橋区に住んで8年目。最寄りのときわ台駅、ホームから見える桜がきれい", _at(4, 9, 7, 56), [
        ("板橋区", "home", "住んでいる区", {"kind": "municipality", "reason_en": "ward you live in"}),
        ("ときわ台駅", "home", "自宅の最寄り駅", {"kind": "station", "weight": 0.9,
                                        "reason_en": "your nearest station"}),
    ])
    post("102", "7時半に家を出て息子を保育園に送って、7時52分の東上線に滑り込む毎日", _at(4, 13, 7, 44), [
        ("7時半に家を出て", "routine", "家を出る時刻", {"kind": "time", "value": "07:30"}),
        ("息子", "family", "子どもがいる", {"kind": "member", "value": "息子", "weight": 0.5}),
        ("東上線", "routine", "通勤路線", {"kind": "line", "weight": 0.5}),
    ])
    post("103", "株式会社つばさ事務機 池袋支店、本日から冷房解禁。経理課の島は日当たり最高", _at(6, 2, 12, 48), [
        ("株式会社つばさ事務機 池袋支店", "workplace", "勤務先の会社と支店", {"kind": "org", "weight": 0.95}),
    ], geo=Geo(lat=35.73066, lon=139.71663, place_name="東京 豊島区"))
    post("104", "明日は板橋区立みずき台小の運動会!結衣は3年2組で赤組", _at(5, 29, 21, 19), [
        ("板橋区立みずき台小", "school", "子どもの学校名", {"kind": "school", "weight": 0.95}),
        ("結衣", "family", "子どもの名前", {"kind": "member", "weight": 0.7}),
        ("3年2組", "school", "学年とクラス", {"kind": "grade", "weight": 0.6}),
    ], media=[Media(path="photo1.jpg")])
    post("105", f"子ども服を譲ってくださる方へ。連絡は {PHONE} まで。〒174-0071 東京都板橋区常盤台6丁目12-5", _at(6, 28, 22, 13), [
        (PHONE, "contact", "電話番号", {"kind": "phone", "value": "+819000004821", "weight": 1.0}),
        ("〒174-0071", "home", "自宅の郵便番号", {"kind": "postcode", "value": "174-0071", "weight": 0.9}),
        ("東京都板橋区常盤台6丁目12-5", "home", "自宅の住所", {"kind": "address", "weight": 1.0}),
    ])
    post("106", "明日から2泊3日で家族4人、軽井沢でキャンプ。15日まで家は空っぽ", _at(8, 12, 21, 2), [
        ("軽井沢でキャンプ", "whereabouts", "これから行く場所", {"kind": "future", "value": "軽井沢"}),
        ("15日まで家は空っぽ", "whereabouts", "家が留守になる期間", {"kind": "away", "weight": 0.95}),
        ("家族4人", "family", "家族の人数", {"kind": "household_size", "value": "4", "weight": 0.5}),
    ])
    post("107", "今日で38歳になりました。6月14日生まれ、高橋奈央です", _at(6, 14, 9, 1), [
        ("38歳", "identity", "本人の年齢", {"kind": "age", "value": "38"}),
        ("6月14日生まれ", "identity", "本人の誕生日", {"kind": "birthday", "value": "06-14"}),
        ("高橋奈央", "identity", "本名", {"kind": "name", "weight": 1.0}),
    ])
    post("108", XSS_TEXT, _at(5, 12, 21, 40), [
        ("<script>", "identity", "テスト用の検出 <b>太字</b>", {"kind": "name", "weight": 0.3}),
    ], url="javascript:alert(document.domain)")
    post(HOSTILE_ID, "インスタでパンの記録つけてます → @nao.pan.0000", _at(8, 4, 22, 22), [
        ("@nao.pan.0000", "contact", "別の SNS アカウント", {"kind": "sns_id", "weight": 0.8}),
    ])
    post("110", "運動会なう。娘、徒競走2位!", _at(5, 30, 10, 44), [
        ("運動会なう", "whereabouts", "今いる場所", {"kind": "now", "value": "運動会"}),
        ("娘", "family", "子どもがいる", {"kind": "member", "weight": 0.5}),
    ], media=[Media(path="photo2.jpg")])
    # Filler: ordinary posts on a working parent's rhythm, for the heatmap and "unflagged".
    start = _at(4, 1, 7, 48)
    for i in range(n_filler):
        day = start + timedelta(days=i % 150)
        wd = day.weekday()
        hour, minute = ((7, 50) if i % 3 == 0 else (12, 20) if i % 3 == 1 else (21, 30))
        if wd == 5:
            hour, minute = 9, 30
        if wd == 6:
            hour, minute = 6, 50
        posts.append(Post(platform="x", id=f"f{i}", text=f"今日もがんばる {i}",
                          created_at=day.replace(hour=hour, minute=minute)))
    profile = Profile(platform="x", handle="nao_pan_0000", display_name="なお🍞ワーママ",
                      bio="小3娘と年中息子のワーママ。東上線で通勤中 <b>bold?</b>",
                      location="東京 板橋区")
    bio = profile.bio or ""
    findings.append(_f(PROFILE_ID, bio, "小3娘", "family", "子どもの学年", field="bio", kind="member"))
    findings.append(_f(PROFILE_ID, bio, "東上線で通勤", "routine", "通勤路線", field="bio", kind="line"))
    findings.append(_f(PROFILE_ID, "東京 板橋区", "板橋区", "home", "住んでいる区", field="location",
                       kind="municipality"))
    # Photo findings, as auditor.media produces them.
    findings.append(Finding(category="school", start=XSS_OCR.index("みずき台小学校"),
                            end=XSS_OCR.index("みずき台小学校") + 7, text="みずき台小学校",
                            reason="写真の中の学校名", source="ocr", weight=0.9, post_id="104",
                            field="media:0", kind="school", value="みずき台小学校",
                            reason_en="school name in the photo"))
    findings.append(Finding(category="identity", start=0, end=0, text="",
                            reason="顔が写っています (2人)", source="text", weight=0.4,
                            post_id="110", field="media:0", kind="face", value="2",
                            reason_en="2 faces visible"))
    images = [
        ImageFacts(post_id="104", media_index=0, path="photo1.jpg",
                   gps=Geo(lat=35.76030, lon=139.68610, place_name="東京都板橋区常盤台"),
                   taken_at=_at(5, 29, 18, 2), device="Pixel 8", ocr_text=XSS_OCR, faces=0),
        ImageFacts(post_id="110", media_index=0, path="photo2.jpg", faces=2,
                   taken_at=_at(5, 30, 10, 40)),
    ]
    activity = [[0] * 24 for _ in range(7)]
    for p in posts:
        local = p.created_at.astimezone(JST)
        activity[local.weekday()][local.hour] += 1
    inferred = {
        "home": {"value": "東京都板橋区常盤台", "municipality": "板橋区", "station": "ときわ台駅",
                 "lat": 35.7603, "lon": 139.6861, "confidence": 0.92,
                 "evidence": ["101", "105", "104", PROFILE_ID]},
        "workplace": {"value": "株式会社つばさ事務機 池袋支店", "municipality": "豊島区", "station": "池袋駅",
                      "lat": 35.7305, "lon": 139.7163, "confidence": 0.85, "evidence": ["103"]},
        "school": {"value": "板橋区立みずき台小学校", "municipality": "板橋区", "station": None,
                   "lat": None, "lon": None, "confidence": 0.9, "evidence": ["104"]},
        "family": {"members": ["夫", "娘 (8)", "息子 (4)"], "evidence": ["102", "104", "106", "110"]},
        "routine": {"weekday_leave_home": "07:30", "weekday_return_home": "18:20",
                    "weekly": ["土 09:00 スイミング", "日 06:30 ラン"], "evidence": ["102", "f0", "f3"],
                    "activity": activity, "timezone": "Asia/Tokyo", "sleep": "00:00-06:40"},
        "absences": [{"from": "2026-08-13", "to": "2026-08-15", "place": "軽井沢", "evidence": ["106"]}],
        "identity": {"name": "高橋奈央", "birthday": "06-14", "age": 38, "evidence": ["107"]},
    }
    score = {
        "value": 78.4, "bits": 21.1, "anonymity_set": 58, "locatability": "street",
        "predictability": 0.81,
        "by_category": {"home": 98.0, "workplace": 92.0, "school": 90.0, "family": 75.0,
                        "routine": 80.0, "whereabouts": 85.0, "contact": 100.0, "identity": 95.0},
        "explanation": {
            "ja": "住所、勤務先、子どもの学校が投稿から読み取れ、あなたは約58人の中の一人まで絞り込めます。",
            "en": "Your address, workplace and your child's school can be read from your posts: "
                  "you are one of about 58 people.",
        },
    }
    recommendations = [
        {"post_id": "105", "action": "delete", "reason": "住所と電話番号が書かれています",
         "reason_en": "It gives your address and phone number", "words": [PHONE, "常盤台6丁目12-5"],
         "categories": ["home", "contact"], "score_after": 64.0},
        {"post_id": "104", "action": "delete", "reason": "子どもの学校とクラスがわかります",
         "reason_en": "It names your child's school and class", "words": ["みずき台小", "3年2組"],
         "categories": ["school", "family"], "score_after": 55.5},
        {"post_id": "103", "action": "remove_location", "reason": "勤務先の位置情報",
         "reason_en": "The geotag shows your office", "words": [], "categories": ["workplace"],
         "score_after": 49.0},
        {"post_id": "106", "action": "post_later", "reason": "留守の期間を知らせています",
         "reason_en": "It tells when home is empty", "words": ["15日まで家は空っぽ"],
         "categories": ["whereabouts"], "score_after": 44.0},
        {"post_id": PROFILE_ID, "action": "lock_account", "reason": "鍵をかけると、残った投稿も見えなくなります",
         "reason_en": "Locking hides the posts that remain", "words": [], "categories": [],
         "score_after": 12.0},
    ]
    return ScanResult(
        source="x_archive", profile=profile, posts=posts, findings=findings,
        detector_version="test-1", started_at=datetime(2026, 10, 1, 3, 0, tzinfo=UTC),
        finished_at=datetime(2026, 10, 1, 3, 1, tzinfo=UTC), score=score, inferred=inferred,
        recommendations=recommendations, images=images,
        warnings=["2 件の画像を読めませんでした <script>"], scan_id=scan_id,
    )


def rich_history() -> list[dict]:
    return [
        {"scan_id": 1, "finished_at": "2026-07-01T12:00:00+00:00", "score": 91.0,
         "by_category": {"home": 100.0}},
        {"scan_id": 2, "finished_at": "2026-08-20T12:00:00+00:00", "score": 86.5,
         "by_category": {"home": 99.0}},
        {"scan_id": 3, "finished_at": "2026-10-01T03:01:00+00:00", "score": 78.4,
         "by_category": {"home": 98.0}},
    ]
