"""The data every stage passes on: profiles, posts, findings.

Connectors build ``Profile`` and ``Post``; analysers return ``Finding``; later stages add
to ``ScanResult``. All are plain dataclasses so they are cheap to build by hand in tests.
``to_dict``/``from_dict`` give the JSON shape used by the store and the JSON contract.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from functools import cache
from typing import Any, Literal, get_args

Category = Literal[
    "home", "workplace", "school", "family", "routine", "whereabouts", "contact", "identity"
]
#: The eight category ids of ../shared/TAXONOMY.md, in the order reports show them.
CATEGORIES: tuple[str, ...] = get_args(Category)

CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "home": "住所・生活圏",
        "workplace": "勤務先",
        "school": "学校",
        "family": "家族構成",
        "routine": "生活パターン",
        "whereabouts": "現在地・不在",
        "contact": "連絡先",
        "identity": "本人特定情報",
    },
    "en": {
        "home": "Home & neighbourhood",
        "workplace": "Workplace",
        "school": "School",
        "family": "Family",
        "routine": "Routine",
        "whereabouts": "Whereabouts & absence",
        "contact": "Contact details",
        "identity": "Identity",
    },
}

# "image": seen in a picture's pixels other than text (faces), from auditor.media.
Source = Literal["text", "exif", "ocr", "timing", "geo", "image"]
SOURCES: tuple[str, ...] = get_args(Source)

#: ``Finding.post_id`` for findings in the profile (bio, location, display name, url).
PROFILE_ID = "@profile"


def _require_aware(value: datetime | None, what: str) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{what} must be timezone-aware")


@dataclass(frozen=True, slots=True)
class Geo:
    """A position or a named place attached to a post (geotag, place, EXIF GPS)."""

    lat: float | None = None
    lon: float | None = None
    place_name: str | None = None
    place_type: str | None = None  # "poi", "city", "admin", … as the platform says
    country_code: str | None = None

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class Media:
    """One attached photo or video.

    ``path`` is a local file, or a member name inside the zip file ``archive`` when the
    connector reads a zip without extracting it. ``url`` is where the platform serves it.
    """

    kind: str = "photo"  # photo | video | animated_gif
    path: str | None = None
    archive: str | None = None
    url: str | None = None
    alt_text: str | None = None


@dataclass(slots=True)
class Profile:
    platform: str
    handle: str
    display_name: str | None = None
    bio: str | None = None
    location: str | None = None
    url: str | None = None
    is_private: bool = False
    user_id: str | None = None
    created_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_aware(self.created_at, "Profile.created_at")

    def text_fields(self) -> dict[str, str]:
        """The free-text fields a stranger reads on the profile page."""
        out = {
            "display_name": self.display_name,
            "bio": self.bio,
            "location": self.location,
            "url": self.url,
        }
        return {k: v for k, v in out.items() if v}

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["created_at"] = self.created_at.isoformat() if self.created_at else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Profile:
        d = {k: v for k, v in d.items() if k in _field_names(cls)}
        if d.get("created_at"):
            d["created_at"] = datetime.fromisoformat(d["created_at"])
        return cls(**d)


@dataclass(slots=True)
class Post:
    platform: str
    id: str
    text: str
    created_at: datetime | None = None  # aware; None only when the source has no time
    url: str | None = None
    media: list[Media] = field(default_factory=list)
    geo: Geo | None = None
    is_reply: bool = False
    is_repost: bool = False
    lang: str | None = None
    tagged_users: list[str] = field(default_factory=list)  # accounts tagged in the photos

    def __post_init__(self) -> None:
        _require_aware(self.created_at, "Post.created_at")

    @property
    def authored(self) -> bool:
        """True when the text is the author's own words (not a repost of someone else)."""
        return not self.is_repost

    def to_dict(self) -> dict[str, Any]:
        d = _shallow_dict(self)
        d["created_at"] = self.created_at.isoformat() if self.created_at else None
        d["media"] = [_shallow_dict(m) for m in self.media]
        d["geo"] = _shallow_dict(self.geo) if self.geo is not None else None
        d["tagged_users"] = list(self.tagged_users)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Post:
        d = {k: v for k, v in d.items() if k in _field_names(cls)}
        if d.get("created_at"):
            d["created_at"] = datetime.fromisoformat(d["created_at"])
        d["media"] = [Media(**m) for m in d.get("media") or []]
        if d.get("geo"):
            d["geo"] = Geo(**d["geo"])
        return cls(**d)


@dataclass(frozen=True, slots=True)
class Finding:
    """One cue: what in which post (or profile field) exposes what, and why.

    ``start``/``end`` are character offsets into the original, un-normalised text of
    ``field`` (for image findings, into the OCR text or alt text). ``kind`` and ``value``
    carry what the cue says in a normalised form (``kind="station", value="石神井公園駅"``)
    so that inference across posts can combine findings without re-reading text.
    """

    category: Category
    start: int
    end: int
    text: str
    reason: str  # short, Japanese: 「自宅の最寄り駅」
    source: Source = "text"
    weight: float = 1.0
    post_id: str | None = None  # PROFILE_ID for profile fields; None before attaching
    field: str = "text"  # text | bio | location | display_name | url | alt:N | media:N
    kind: str = ""
    value: str | None = None
    reason_en: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _shallow_dict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding:
        return cls(**{k: v for k, v in d.items() if k in _field_names(cls)})


def labels_of(findings: list[Finding]) -> list[str]:
    """The distinct category ids of ``findings``, sorted alphabetically (the JSON contract)."""
    return sorted({f.category for f in findings})


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(_field_order(cls))


@cache
def _field_order(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _shallow_dict(obj: Any) -> dict[str, Any]:
    # dataclasses.asdict deep-copies every value: it was most of the time spent storing
    # a 50,000-post scan. Fields here are plain values, so one level is enough.
    return {name: getattr(obj, name) for name in _field_order(type(obj))}


@dataclass(frozen=True, slots=True)
class GeoPoint:
    """A position tied to a post, from the platform's geotag or a photo's EXIF GPS.

    ``at`` is when the position was recorded (capture time for EXIF, else post time);
    ``posted_at`` when the post went out. Inference clusters these into home/work.
    """

    post_id: str
    lat: float
    lon: float
    source: Source  # "geo" (platform geotag) or "exif"
    at: datetime | None = None
    posted_at: datetime | None = None
    place_name: str | None = None


@dataclass(slots=True)
class ImageFacts:
    """What one attached image gives away, as read by ``auditor.media``.

    ``faces`` is None when face detection did not run; ``error`` says why an image could
    not be read (truncated, too large, missing file) — it never stops a scan.
    """

    post_id: str
    media_index: int
    path: str | None = None
    gps: Geo | None = None
    taken_at: datetime | None = None
    device: str | None = None
    ocr_text: str | None = None
    faces: int | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["taken_at"] = self.taken_at.isoformat() if self.taken_at else None
        return d


@dataclass(slots=True)
class ScanResult:
    """Everything one scan produced, before it is stored and rendered.

    ``score``, ``inferred`` and ``recommendations`` are filled by the scoring and
    inference stages (``auditor.score``, ``auditor.infer``); they are typed loosely here
    so that the data model does not depend on those modules.
    """

    source: str
    profile: Profile
    posts: list[Post]
    findings: list[Finding]
    detector_version: str
    started_at: datetime
    finished_at: datetime | None = None
    score: Any = None
    inferred: Any = None
    recommendations: list[Any] = field(default_factory=list)
    images: list[ImageFacts] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    scan_id: int | None = None

    def findings_by_post(self) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.post_id or PROFILE_ID, []).append(f)
        return out

    def flagged_posts(self) -> list[Post]:
        by_post = self.findings_by_post()
        return [p for p in self.posts if p.id in by_post]
