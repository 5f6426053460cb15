"""What the pictures give away: per image facts and findings, for a scan or one photo.

For a scan, ``analyse_posts`` opens every photo of the authored posts (a local file, or a
member of the zip named by ``Media.archive``, read without extracting), reads its EXIF,
OCRs it and counts faces. An image that cannot be read gets ``ImageFacts.error`` and the
scan goes on; a missing optional dependency (OCR, faces) skips that part with one notice.

Findings produced here:
- text read inside the picture → the text detector's findings, ``source="ocr"``,
  ``field="media:N"``, offsets into ``ImageFacts.ocr_text``;
- a photo taken shortly before it was posted → ``whereabouts`` with ``source="exif"``;
- faces → one ``identity`` finding per image (``kind="face"``, value the count),
  ``source="image"``.
GPS positions are facts, not findings: whether a point is home or work is decided across
posts by inference (``geo_points`` hands them over as ``GeoPoint``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image

from auditor.errors import MissingDependency
from auditor.geo import Place, reverse
from auditor.media import faces as face_mod
from auditor.media import ocr as ocr_mod
from auditor.media.exif import ExifFacts, read_exif
from auditor.media.load import (
    HeifUnavailable,
    ImageError,
    describe,
    heif_support,
    open_image,
    read_bytes,
    upright_rgb,
)
from auditor.model import CATEGORY_LABELS, Finding, Geo, GeoPoint, ImageFacts, Media, Post

#: A photo posted within this long after it was taken shows where the author is now.
FRESH_WINDOW = timedelta(hours=3)
#: Camera and phone clocks drift: a capture time this much after the post still counts.
CLOCK_SKEW = timedelta(minutes=10)
FACE_WEIGHT = 0.4

Progress = Callable[[str, int, int | None], None]


@dataclass(slots=True)
class ImageCheck:
    """Everything known about one picture, for the pre-post check and the scan."""

    facts: ImageFacts
    place: Place | None = None
    exif: ExifFacts | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass(slots=True)
class MediaAnalysis:
    images: list[ImageFacts]
    findings: list[Finding]
    notices: list[str]


def missing_dependencies(*, ocr: bool = True, faces: bool = True) -> list[str]:
    """One notice per optional part that cannot run here."""
    out = []
    if ocr and (why := ocr_mod.available()):
        out.append(f"画像内の文字の読み取りを省略しました: {why}")
    if faces and (why := face_mod.available()):
        out.append(f"顔の検出を省略しました: {why}")
    return out


class _Runner:
    """Inspects images one by one; turns off OCR/faces for good if their library fails."""

    def __init__(self, *, ocr: bool, faces: bool) -> None:
        self.notices = missing_dependencies(ocr=ocr, faces=faces)
        self.ocr = ocr and ocr_mod.available() is None
        self.faces = faces and face_mod.available() is None
        #: HEIC/HEIF pictures left unread because pillow-heif is missing: a notice, not errors.
        self.heif_skipped: list[ImageFacts] = []

    def inspect(self, media: Media, facts: ImageFacts) -> ImageCheck:
        check = ImageCheck(facts)
        name = facts.path or describe(media)
        try:
            img = open_image(read_bytes(media), name)
            self._inspect_image(img, check)
        except HeifUnavailable as exc:
            facts.error = str(exc)
            self.heif_skipped.append(facts)
        except ImageError as exc:
            facts.error = str(exc)
        except Exception as exc:  # one odd image must never stop a scan
            facts.error = f"{name}: 解析できませんでした ({type(exc).__name__})"
        return check

    def _inspect_image(self, img: Image.Image, check: ImageCheck) -> None:
        facts = check.facts
        ex = read_exif(img)
        check.exif = ex
        facts.taken_at = ex.taken_at
        facts.device = ex.device
        if ex.has_gps:
            assert ex.lat is not None and ex.lon is not None
            check.place = reverse(ex.lat, ex.lon)
            facts.gps = Geo(
                lat=ex.lat,
                lon=ex.lon,
                place_name=check.place.name if check.place else None,
                place_type="exif",
                country_code="JP" if check.place else None,
            )
        if not (self.ocr or self.faces):
            return
        upright = upright_rgb(img)
        if self.ocr:
            try:
                facts.ocr_text = ocr_mod.read_text(upright)
            except MissingDependency as exc:
                self.ocr = False
                self.notices.append(f"画像内の文字の読み取りを省略しました: {exc}")
        if self.faces:
            try:
                facts.faces = face_mod.count_faces(upright)
            except MissingDependency as exc:
                self.faces = False
                self.notices.append(f"顔の検出を省略しました: {exc}")


def _photos(posts: Iterable[Post]) -> list[tuple[Post, int, Media]]:
    out = []
    for post in posts:
        if not post.authored:  # a repost's picture is someone else's
            continue
        for i, m in enumerate(post.media):
            if m.kind == "photo" and m.path:
                out.append((post, i, m))
    return out


def has_photos(posts: Iterable[Post]) -> bool:
    return bool(_photos(posts))


def analyse_posts(
    posts: list[Post],
    *,
    ocr: bool = True,
    faces: bool = True,
    progress: Progress | None = None,
) -> MediaAnalysis:
    """Facts and findings for every photo of ``posts`` that is at hand."""
    items = _photos(posts)
    runner = _Runner(ocr=ocr, faces=faces)
    checks: list[tuple[Post, ImageCheck]] = []
    for post, idx, media in items:
        facts = ImageFacts(post_id=post.id, media_index=idx, path=describe(media))
        checks.append((post, runner.inspect(media, facts)))
        if progress:
            progress("media", 1, len(items))
    _add_ocr_findings([c for _, c in checks])
    findings: list[Finding] = []
    for post, check in checks:
        check.findings += _image_findings(check, post.created_at)
        findings += [replace(f, post_id=post.id) for f in check.findings]
    not_here = sum(1 for p in posts if p.authored for m in p.media if m.kind == "photo" and not m.path)
    notices = list(runner.notices)
    if runner.heif_skipped:
        notices.append(f"HEIC/HEIF の画像 {len(runner.heif_skipped)} 枚を省略しました: {heif_support()}")
    if not_here:
        notices.append(f"{not_here} 枚の画像は手元にないため調べませんでした (アーカイブに含まれていません)")
    skipped = {id(f) for f in runner.heif_skipped}
    errors = [c.facts.error for _, c in checks if c.facts.error and id(c.facts) not in skipped]
    if errors:
        notices.append(f"{len(errors)} 枚の画像を読めませんでした (例: {errors[0]})")
    return MediaAnalysis([c.facts for _, c in checks], findings, notices)


def check_file(
    path: Path, *, ocr: bool = True, faces: bool = True, now: datetime | None = None
) -> tuple[ImageCheck, list[str]]:
    """The pre-post check of one local picture; posting time is ``now``."""
    runner = _Runner(ocr=ocr, faces=faces)
    facts = ImageFacts(post_id="", media_index=0, path=str(path))
    check = runner.inspect(Media(path=str(path)), facts)
    if not facts.error:
        _add_ocr_findings([check])
        check.findings += _image_findings(check, now or datetime.now(UTC))
    return check, runner.notices


def _add_ocr_findings(checks: list[ImageCheck]) -> None:
    todo = [c for c in checks if c.facts.ocr_text and not c.facts.error]
    if not todo:
        return
    from auditor.cues import detect_many

    for check, found in zip(todo, detect_many(c.facts.ocr_text for c in todo), strict=True):
        field_name = f"media:{check.facts.media_index}"
        check.findings += [replace(f, source="ocr", field=field_name) for f in found]


def _image_findings(check: ImageCheck, posted_at: datetime | None) -> list[Finding]:
    facts = check.facts
    field_name = f"media:{facts.media_index}"
    out = []
    fresh = taken_shortly_before(facts.taken_at, posted_at)
    if fresh is not None:
        minutes = max(0, round(fresh.total_seconds() / 60))
        ago = f"約{minutes}分" if minutes < 120 else f"約{round(minutes / 60)}時間"
        place = check.place.municipality_name if check.place else None
        if facts.gps:
            reason = f"撮影から{ago}後の投稿で、写真に位置情報があります: 投稿した時にいた場所が分かります"
            reason_en = f"Posted {minutes} min after it was taken, with GPS in the file: shows where you were when posting"
        else:
            reason = f"撮影から{ago}後の投稿です: 写っている場所に投稿時にいたことが分かります"
            reason_en = f"Posted {minutes} min after it was taken: shows you were at the pictured place when posting"
        out.append(
            Finding(
                category="whereabouts", start=0, end=0, text="", reason=reason, source="exif",
                weight=0.9 if facts.gps else 0.5, field=field_name, kind="now", value=place,
                reason_en=reason_en,
            )
        )
    if facts.faces:
        out.append(
            Finding(
                category="identity", start=0, end=0, text="",
                reason=(
                    f"顔が写っています({facts.faces}人)。顔は本人を特定する手がかりになります。"
                    "お子さんなど家族の顔が写っていないか、保護者と一緒に確認してください"
                    " (年齢は自動では判定していません)"
                ),
                source="image", weight=FACE_WEIGHT, field=field_name, kind="face",
                value=str(facts.faces),
                reason_en=(
                    f"{facts.faces} face(s) visible. A face identifies a person; check with a parent"
                    " whether children's faces are shown (age is not estimated)"
                ),
            )
        )
    return out


def taken_shortly_before(taken_at: datetime | None, posted_at: datetime | None) -> timedelta | None:
    """How long before posting the photo was taken, if that is within the fresh window."""
    if taken_at is None or posted_at is None:
        return None
    gap = posted_at - taken_at
    if -CLOCK_SKEW <= gap <= FRESH_WINDOW:
        return gap
    return None


def geo_points(posts: list[Post], images: list[ImageFacts]) -> list[GeoPoint]:
    """EXIF positions as ``GeoPoint`` for inference (home/work clustering)."""
    by_id = {p.id: p for p in posts}
    out = []
    for im in images:
        if im.gps is None or im.gps.lat is None or im.gps.lon is None:
            continue
        post = by_id.get(im.post_id)
        posted = post.created_at if post else None
        out.append(
            GeoPoint(
                post_id=im.post_id, lat=im.gps.lat, lon=im.gps.lon, source="exif",
                at=im.taken_at or posted, posted_at=posted, place_name=im.gps.place_name,
            )
        )
    return out


# --- the verdict of the pre-post check -----------------------------------------------


@dataclass(frozen=True, slots=True)
class Concern:
    level: str  # "high" | "medium" | "low"
    message: str  # Japanese
    message_en: str


_HIGH = {"home", "contact", "identity", "school", "workplace", "whereabouts"}


def concerns(check: ImageCheck) -> list[Concern]:
    """What posting this picture would reveal, most serious first."""
    facts = check.facts
    out: list[Concern] = []
    if facts.gps:
        where = f"{check.place.name} 付近" if check.place else f"{facts.gps.lat:.5f}, {facts.gps.lon:.5f}"
        out.append(Concern(
            "high",
            f"位置情報 (GPS) が残っています: {where}。投稿前に `auditor strip` で削除してください",
            f"GPS position in the file: near {check.place.name if check.place else where}."
            " Remove it with `auditor strip` before posting",
        ))
    labels = CATEGORY_LABELS["ja"]
    for f in check.findings:
        if f.source == "ocr":
            level = "high" if f.category in _HIGH else "medium"
            out.append(Concern(
                level,
                f"写真の中の文字から{labels[f.category]}が読めます: 「{f.text}」 ({f.reason})",
                f"Text in the picture reveals {CATEGORY_LABELS['en'][f.category]}: “{f.text}”",
            ))
        elif f.category == "whereabouts":
            out.append(Concern("high", f.reason, f.reason_en))
        elif f.kind == "face":
            out.append(Concern("medium", f.reason, f.reason_en))
    ex = check.exif
    if ex and ex.has_exif and not facts.gps and (ex.taken_at or ex.device):
        out.append(Concern(
            "low",
            "撮影日時・機種などの情報が残っています (`auditor strip` で削除できます)",
            "Capture time and device are in the file (`auditor strip` removes them)",
        ))
    order = {"high": 0, "medium": 1, "low": 2}
    return sorted(out, key=lambda c: order[c.level])


def check_to_dict(check: ImageCheck, notices: list[str]) -> dict[str, Any]:
    """The JSON of ``auditor check-photo --json`` for one picture."""
    facts = check.facts
    return {
        "path": facts.path,
        "error": facts.error,
        "gps": (
            {"lat": facts.gps.lat, "lon": facts.gps.lon,
             "altitude_m": check.exif.altitude_m if check.exif else None,
             "place": check.place.to_dict() if check.place else None}
            if facts.gps else None
        ),
        "taken_at": facts.taken_at.isoformat() if facts.taken_at else None,
        "device": facts.device,
        "ocr_text": facts.ocr_text,
        "faces": facts.faces,
        "findings": [f.to_dict() for f in check.findings],
        "concerns": [{"level": c.level, "message": c.message, "message_en": c.message_en}
                     for c in concerns(check)] if not facts.error else [],
        "notices": notices,
    }
