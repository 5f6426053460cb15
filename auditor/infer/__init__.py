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

from auditor.infer.absences import AbsenceIndex, infer_absences
from auditor.infer.clock import Clock, account_zone
from auditor.infer.derive import derived_findings
from auditor.infer.family import FamilyIndex, infer_family
from auditor.infer.geo import GeoAnalysis, analyse_points, geo_points
from auditor.infer.home import HomeIndex, infer_home
from auditor.infer.identity import (
    ContactIndex,
    IdentityIndex,
    contact_of,
    infer_identity,
    latest_post,
)
from auditor.infer.routine import Timeline, WordsIndex, _words, infer_routine, score_routine
from auditor.infer.school import SchoolIndex, infer_school
from auditor.infer.types import Absence, Family, Identity, Inferred, Place, Routine
from auditor.infer.workplace import WorkplaceIndex, infer_workplace
from auditor.model import PROFILE_ID, Finding, ImageFacts, Post, Profile

__all__ = [
    "Absence", "Attributes", "Context", "Cut", "Family", "Identity", "Inferred", "Place", "Routine",
    "attributes", "geo_points", "given", "given_findings", "infer", "prepare",
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
    #: category → post id → positions of its findings in ``by_cat[category]``.
    at: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    #: post id → the categories of its findings.
    cats_of: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def index(self) -> None:
        """Findings by category, and which posts carry each category."""
        from auditor.model import CATEGORIES

        self.by_cat = {c: [] for c in CATEGORIES}
        for f in self.findings:
            self.by_cat.setdefault(f.category, []).append(f)
        self.posts_of = {c: frozenset(f.post_id or "" for f in fs) for c, fs in self.by_cat.items()}
        self.at = {}
        cats: dict[str, dict[str, None]] = {}
        for c, fs in self.by_cat.items():
            where = self.at[c] = {}
            for i, f in enumerate(fs):
                where.setdefault(f.post_id or "", []).append(i)
                cats.setdefault(f.post_id or "", {})[c] = None
        self.cats_of = {p: tuple(cs) for p, cs in cats.items()}

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
    given = given_findings(findings)
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


def given_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings ``prepare`` starts from (it adds its own after them)."""
    return [f for f in findings if not _ours(f)]


given = given_findings


def _ours(f: Finding) -> bool:
    """Findings ``geo`` derives (so that preparing twice does not double them)."""
    return f.source == "geo" or (f.source == "exif" and f.kind == "coordinates")


def infer(ctx: Context, cut: Cut = Cut()) -> Inferred:
    """Everything a stranger can conclude from what ``cut`` leaves visible.

    Each attribute is memoised on which of its own findings the cut removes, so the
    recommender's thousands of what-ifs re-infer only what a removal touches.
    """
    a = attributes(ctx, cut)
    return Inferred(
        home=a.home, workplace=a.workplace, school=a.school, family=a.family, routine=a.routine,
        absences=[_copy(x) for x in a.absences], identity=a.identity,
        contact={k: list(v) for k, v in a.contact.items()}, live_posts=list(a.live_posts),
    )


@dataclass
class Attributes:
    """``infer``'s conclusions before they are copied into an ``Inferred`` (shared with
    the memo: read, never change)."""

    home: Place
    workplace: Place
    school: Place
    family: Family
    routine: Routine
    absences: list[Absence]
    identity: Identity
    contact: dict[str, list[str]]
    live_posts: list[str]


def attributes(ctx: Context, cut: Cut = Cut(), *, for_score: bool = False) -> Attributes:
    """``infer``'s conclusions, each from its memo or, when the cut touches its findings,
    from an index of the full account that re-reads only what went (``HomeIndex`` …).

    ``for_score``: only what the score reads — home, school and family without their
    evidence lists, the routine without activity, sleep and evidence, the absences
    without the live posts added to them — for the recommender's what-ifs; the score is
    the same to the last bit (tests/test_infer_incremental.py)."""
    if ctx.by_cat is None:
        ctx.index()
    if cut.locked:
        gone_points = frozenset(p.post_id for p in ctx.geo.points)
        gone_posts = frozenset(ctx.timeline.stamps)
    else:
        gone_points = cut.deleted | cut.unlocated
        gone_posts = cut.deleted
    # Which posts of each category the cut touches, and how.
    hits: dict[str, list[tuple[str, bool, bool, bool]]] = {}
    for p in cut.deleted | cut.edited | cut.unlocated:
        how = (p, p in cut.deleted, p in cut.edited, p in cut.unlocated)
        for cat in ctx.cats_of.get(p, ()):
            hits.setdefault(cat, []).append(how)
    head = (cut.locked, PROFILE_ID in cut.edited)

    def key(*cats: str) -> tuple:
        """Says which of the categories' findings the cut removes."""
        return (*head, *(frozenset(hits.get(cat, ())) for cat in cats))

    def visible(*cats: str) -> list[Finding]:
        """The categories' findings left by the cut, in order."""
        fs: list[Finding] = []
        for cat in cats:
            every = ctx.by_cat[cat]  # type: ignore[index]
            if cut.locked:
                fs += [f for f in every if cut.keeps(f)]
                continue
            drop = sorted(i for p, *_ in hits.get(cat, ()) for i in ctx.at[cat][p]
                          if not cut.keeps(every[i]))
            prev = 0
            for i in drop:
                fs += every[prev:i]
                prev = i + 1
            fs += every[prev:]
        return fs

    def memo(name: str, key: tuple, fn):
        full = (name, *key)
        if full not in ctx.memo:
            ctx.memo[full] = fn()
        return ctx.memo[full]

    def cluster(role: str):
        """The role's cluster as a stranger sees it, and a key saying which points went."""
        c = ctx.geo.cluster(role)
        if c is None:
            return None, None
        gone = gone_points.intersection(c.post_ids()) if gone_points else frozenset()
        if not gone:
            return c, gone
        return memo(f"cluster.{role}", (gone,), lambda: ctx.geo.cluster(role, gone_points)), gone

    home_cluster, home_gone = cluster("home")
    work_cluster, work_gone = cluster("work")

    def dropped(cat: str) -> frozenset[int]:
        """Positions in ``by_cat[cat]`` of the findings the cut removes."""
        every = ctx.by_cat[cat]  # type: ignore[index]
        return frozenset(i for p, *_ in hits.get(cat, ()) for i in ctx.at[cat][p]
                         if not cut.keeps(every[i]))

    def infer_home_now() -> Place:
        gone = dropped("home")
        if gone and not cut.locked and not home_gone:  # the cluster as it is: rebuild only tallies
            index = memo("home.index", (), lambda: HomeIndex(ctx.by_cat["home"], home_cluster,  # type: ignore[index]
                                                             ctx.profile))
            place = index.infer(gone, home_cluster, evidence=not for_score)
            if place is not None:
                return place
        return infer_home(visible("home"), home_cluster, ctx.profile)

    # For the score, home without the posts it rests on (see HomeIndex.infer).
    home = memo("home.score" if for_score else "home", (key("home"), home_gone), infer_home_now)
    context = [ctx.profile.location, home.prefecture]

    def infer_workplace_now() -> Place:
        gone = dropped("workplace")
        if gone and not cut.locked and not work_gone:
            index = memo("work.index", (home.prefecture,), lambda: WorkplaceIndex(
                ctx.by_cat["workplace"], work_cluster, context, ctx.texts))  # type: ignore[index]
            place = index.infer(gone, work_cluster)
            if place is not None:
                return place
        return infer_workplace(visible("workplace"), work_cluster, context, ctx.texts)

    workplace = memo("work", (key("workplace"), work_gone, home.prefecture), infer_workplace_now)

    def infer_school_now() -> Place:
        gone = dropped("school") | {i + len(ctx.by_cat["school"]) for i in dropped("family")}  # type: ignore[index]
        if gone and not cut.locked:
            index = memo("school.index", (), lambda: SchoolIndex(
                ctx.by_cat["school"] + ctx.by_cat["family"], ctx.texts))  # type: ignore[index]
            return index.infer(gone, evidence=not for_score)
        return infer_school(visible("school", "family"), ctx.texts)

    school = memo("school.score" if for_score else "school", key("school", "family"), infer_school_now)

    def infer_family_now() -> Family:
        gone = dropped("family")
        if gone and not cut.locked:
            index = memo("family.index", (), lambda: FamilyIndex(ctx.by_cat["family"], ctx.posted))  # type: ignore[index]
            return index.infer(gone, evidence=not for_score)
        return infer_family(visible("family"), ctx.posted)

    family = memo("family.score" if for_score else "family", key("family"), infer_family_now)
    # X and Instagram require users to be 13 or older; a parent is older than their child + 15.
    youngest_parent = max([MIN_ACCOUNT_AGE] + [a + 15 for r, a in family.ages.items() if r in _CHILDREN])
    latest = memo("latest", (), lambda: latest_post(ctx.posted))

    def infer_identity_now() -> Identity:
        gone = dropped("identity")
        if gone and not cut.locked:
            index = memo("identity.index", (youngest_parent,), lambda: IdentityIndex(
                ctx.by_cat["identity"], ctx.posted, min_age=youngest_parent, latest=latest))  # type: ignore[index]
            return index.infer(gone)
        return infer_identity(visible("identity"), ctx.posted, min_age=youngest_parent, latest=latest)

    identity = memo("identity", (key("identity"), youngest_parent), infer_identity_now)
    where_key = key("whereabouts")
    where_f = memo("where_f", where_key, lambda: visible("whereabouts"))
    away_ids = memo("away_ids", (), ctx.geo.away_ids)
    away = memo("away", (gone_points.intersection(away_ids),),
                lambda: ctx.geo.away_points(gone_points))

    def infer_absences_now() -> list[Absence]:
        gone = dropped("whereabouts")
        if gone and not cut.locked:
            index = memo("absences.index", (), lambda: AbsenceIndex(
                ctx.by_cat["whereabouts"], ctx.texts, ctx.posted, ctx.clock,  # type: ignore[index]
                ctx.geo.away_points()))
            return index.dates(gone) if for_score else index.infer(gone, away)
        return infer_absences(where_f, ctx.texts, ctx.posted, ctx.clock, away)

    # For the score, the absences' dates and kinds only (not the live posts made during them).
    absences = memo("absences.score" if for_score else "absences",
                    (where_key,) if for_score else (where_key, tuple(p.post_id for p in away)),
                    infer_absences_now)
    routine_key = key("routine")

    def words():
        gone = dropped("routine")
        if gone and not cut.locked:
            return memo("routine.index", (), lambda: WordsIndex(
                ctx.by_cat["routine"], ctx.timeline.texts)).words(gone)  # type: ignore[index]
        return _words(visible("routine"), ctx.timeline.texts)

    # An edit leaves the timestamps: the routine is the same unless its own findings go.
    routine = memo("routine.score" if for_score else "routine", (routine_key, gone_posts, home_gone),
                   lambda: (score_routine if for_score else infer_routine)(
                       ctx.timeline, [], removed=gone_posts, home=home_cluster, memo=ctx.memo,
                       words_key=routine_key, words=words))

    def contact_now() -> dict[str, list[str]]:
        gone = dropped("contact")
        if gone and not cut.locked:
            return memo("contact.index", (), lambda: ContactIndex(ctx.by_cat["contact"])).infer(gone)  # type: ignore[index]
        return contact_of(visible("contact"))

    contact = memo("contact", key("contact"), contact_now)
    live = memo("live", where_key, lambda: list(dict.fromkeys(
        f.post_id for f in where_f if f.kind == "now" and f.post_id)))
    return Attributes(home, workplace, school, family, routine, absences, identity, contact, live)


def _copy(a: Absence) -> Absence:
    return Absence(a.start, a.end, a.place, list(a.evidence), a.announced, a.home_empty)
