"""Inference across posts: what a stranger can piece together from the whole account.

Pure functions of (profile, posts, findings, positions). ``prepare`` does the per-scan
work once (local time, geotag clusters and their findings, a timeline of the posts);
``infer`` then draws the conclusions, optionally as if some posts were deleted, edited
or stripped of their location, or the account locked (``Cut``) — which is how the
recommender projects the score of each clean-up step.

One module per attribute: ``home``, ``workplace``, ``school``, ``family``, ``routine``,
``absences``, ``identity``; ``geo`` clusters positions; ``gazetteer`` knows Japan's
municipalities and their populations; ``story`` tells the result in a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from auditor.infer.absences import infer_absences
from auditor.infer.clock import Clock, account_zone
from auditor.infer.derive import derived_findings
from auditor.infer.family import infer_family
from auditor.infer.geo import GeoAnalysis, analyse_points, geo_points
from auditor.infer.home import infer_home
from auditor.infer.identity import contact_of, infer_identity
from auditor.infer.routine import Timeline, infer_routine
from auditor.infer.school import infer_school
from auditor.infer.types import Absence, Family, Identity, Inferred, Place, Routine
from auditor.infer.workplace import infer_workplace
from auditor.model import PROFILE_ID, Finding, ImageFacts, Post, Profile

__all__ = [
    "Absence", "Context", "Cut", "Family", "Identity", "Inferred", "Place", "Routine",
    "geo_points", "infer", "prepare",
]

_GEO_SOURCES = ("geo", "exif")
_CHILDREN = frozenset({"娘", "息子", "子ども"})
MIN_ACCOUNT_AGE = 13


@dataclass(frozen=True)
class Cut:
    """What a clean-up removes, as seen by a stranger afterwards.

    ``deleted``: posts gone entirely (text, pictures, time, location); ``edited``: the
    words rewritten, while pictures, time and location stay; ``unlocated``: location data removed;
    ``locked``: only the profile stays visible (a locked account's bio, name and
    location are still public on X).
    """

    deleted: frozenset[str] = frozenset()
    edited: frozenset[str] = frozenset()
    unlocated: frozenset[str] = frozenset()
    locked: bool = False

    def keeps(self, f: Finding) -> bool:
        pid = f.post_id or ""
        if self.locked and pid != PROFILE_ID:
            return False
        if pid in self.deleted:
            return False
        if f.source in _GEO_SOURCES:
            return pid not in self.unlocated
        if f.source == "text":
            return pid not in self.edited
        return True

    def adding(self, action: str, post_id: str) -> Cut:
        if action == "lock_account":
            return Cut(self.deleted, self.edited, self.unlocated, True)
        if action == "remove_location":
            return Cut(self.deleted, self.edited, self.unlocated | {post_id}, self.locked)
        if action == "edit":
            return Cut(self.deleted, self.edited | {post_id}, self.unlocated, self.locked)
        return Cut(self.deleted | {post_id}, self.edited, self.unlocated, self.locked)


@dataclass
class Context:
    profile: Profile
    posts: list[Post]
    findings: list[Finding]  # text findings and the geo findings derived here
    clock: Clock
    geo: GeoAnalysis
    timeline: Timeline
    texts: dict[str, str] = field(default_factory=dict)
    posted: dict[str, datetime | None] = field(default_factory=dict)
    #: Memo of per-attribute results keyed by the evidence they saw (for the recommender).
    memo: dict[tuple, object] = field(default_factory=dict)
    by_cat: dict[str, list[Finding]] | None = None
    posts_of: dict[str, frozenset[str]] = field(default_factory=dict)

    def index(self) -> None:
        """Findings by category, and which posts carry each category."""
        from auditor.model import CATEGORIES

        self.by_cat = {c: [] for c in CATEGORIES}
        for f in self.findings:
            self.by_cat.setdefault(f.category, []).append(f)
        self.posts_of = {c: frozenset(f.post_id or "" for f in fs) for c, fs in self.by_cat.items()}

    @property
    def geo_findings(self) -> list[Finding]:
        return self.geo.findings


def prepare(
    profile: Profile,
    posts: Iterable[Post],
    findings: Iterable[Finding],
    images: Iterable[ImageFacts] = (),
) -> Context:
    """Per-scan groundwork: local time, geotag clusters and the findings they and
    ``derive`` add (text read together with time), the timeline."""
    posts = list(posts)
    points = geo_points(posts, images)
    clock = Clock(account_zone(profile, points))
    geo = analyse_points(points, clock)
    given = [f for f in findings if not _ours(f)]
    return Context(
        profile=profile,
        posts=posts,
        findings=given + derived_findings(posts, given, clock) + geo.findings,
        clock=clock,
        geo=geo,
        timeline=Timeline(posts, clock),
        texts={p.id: p.text for p in posts if p.authored},
        posted={p.id: p.created_at for p in posts},
    )


def _ours(f: Finding) -> bool:
    """Findings ``geo`` derives (so that preparing twice does not double them)."""
    return f.source == "geo" or (f.source == "exif" and f.kind == "coordinates")


def infer(ctx: Context, cut: Cut = Cut()) -> Inferred:
    """Everything a stranger can conclude from what ``cut`` leaves visible.

    Each attribute is memoised on which of its own findings the cut removes, so the
    recommender's thousands of what-ifs re-infer only what a removal touches.
    """
    if ctx.by_cat is None:
        ctx.index()
    if cut.locked:
        gone_points = frozenset(p.post_id for p in ctx.geo.points)
        gone_posts = frozenset(ctx.timeline.stamps)
    else:
        gone_points = cut.deleted | cut.unlocated
        gone_posts = cut.deleted
    touched = cut.deleted | cut.edited | cut.unlocated

    def visible(*cats: str) -> tuple[list[Finding], tuple]:
        """The category's findings left by the cut, and a key saying which were cut."""
        fs: list[Finding] = []
        key: list = [cut.locked, PROFILE_ID in cut.edited]
        for cat in cats:
            posts = ctx.posts_of[cat]
            hit = frozenset(p for p in touched if p in posts)
            key.append(frozenset((p, p in cut.deleted, p in cut.edited, p in cut.unlocated)
                                 for p in hit))
            if cut.locked or hit:
                fs += [f for f in ctx.by_cat[cat] if cut.keeps(f)]
            else:
                fs += ctx.by_cat[cat]
        return fs, tuple(key)

    def memo(name: str, key: tuple, fn):
        full = (name, *key)
        if full not in ctx.memo:
            ctx.memo[full] = fn()
        return ctx.memo[full]

    def pts(cluster):
        return tuple(p.post_id for p in cluster.points) if cluster is not None else ()

    home_cluster = ctx.geo.cluster("home", gone_points)
    work_cluster = ctx.geo.cluster("work", gone_points)
    home_f, key = visible("home")
    home = memo("home", (key, pts(home_cluster)),
                lambda: infer_home(home_f, home_cluster, ctx.profile))
    work_f, key = visible("workplace")
    context = [ctx.profile.location, home.prefecture]
    workplace = memo("work", (key, pts(work_cluster), home.prefecture),
                     lambda: infer_workplace(work_f, work_cluster, context, ctx.texts))
    school_f, key = visible("school", "family")
    school = memo("school", key, lambda: infer_school(school_f, ctx.texts))
    fam_f, key = visible("family")
    family = memo("family", key, lambda: infer_family(fam_f, ctx.posted))
    id_f, key = visible("identity")
    # X and Instagram require users to be 13 or older; a parent is older than their child + 15.
    youngest_parent = max([MIN_ACCOUNT_AGE] + [a + 15 for r, a in family.ages.items() if r in _CHILDREN])
    identity = memo("identity", (key, youngest_parent),
                    lambda: infer_identity(id_f, ctx.posted, min_age=youngest_parent))
    where_f, key = visible("whereabouts")
    away = ctx.geo.away_points(gone_points)
    absences = memo("absences", (key, tuple(p.post_id for p in away)),
                    lambda: infer_absences(where_f, ctx.texts, ctx.posted, ctx.clock, away))
    routine_f, _ = visible("routine")
    routine = infer_routine(ctx.timeline, routine_f, removed=gone_posts, home=home_cluster)
    contact_f, key = visible("contact")
    contact = memo("contact", key, lambda: contact_of(contact_f))
    live = list(dict.fromkeys(f.post_id for f in where_f if f.kind == "now" and f.post_id))
    return Inferred(
        home=home, workplace=workplace, school=school, family=family, routine=routine,
        absences=[_copy(a) for a in absences], identity=identity,
        contact={k: list(v) for k, v in contact.items()}, live_posts=live,
    )


def _copy(a: Absence) -> Absence:
    return Absence(a.start, a.end, a.place, list(a.evidence), a.announced, a.home_empty)
