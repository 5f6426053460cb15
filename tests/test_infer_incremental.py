"""The recommender's fast what-ifs give exactly what a full re-inference gives (issue 8).

``auditor.infer.infer(ctx, cut)`` reuses what a cut cannot change (memoised parts of
the routine, per-value indexes for home, identity, contact and absences). Here every
one of those answers is compared, field by field and float for float, with the plain
computation the code did before: each attribute function run on the findings the cut
leaves, with nothing memoised — on hand-built accounts and many random cuts, one
context reused across them as the recommender reuses it.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta

import persona as P
import pytest
from test_mosaic_pinned import plain

from auditor.infer import MIN_ACCOUNT_AGE, Cut, attributes, infer, prepare
from auditor.infer.absences import infer_absences
from auditor.infer.family import infer_family
from auditor.infer.home import infer_home
from auditor.infer.identity import CONTACT_KINDS, infer_identity
from auditor.infer.routine import Timeline, infer_routine, sleep_window
from auditor.infer.school import infer_school
from auditor.infer.types import Absence, Inferred
from auditor.infer.workplace import infer_workplace
from auditor.model import PROFILE_ID, Finding, Geo, Post, Profile
from auditor.recommend import candidates
from auditor.score import objective_terms, score

CHILDREN = frozenset({"娘", "息子", "子ども"})


def contact_of_before(findings: list[Finding]) -> dict[str, list[str]]:
    """``contact_of`` as it was written before (a list searched per finding)."""
    out: dict[str, list[str]] = {}
    for f in findings:
        if f.category == "contact":
            kind = f.kind if f.kind in CONTACT_KINDS else "sns_id"
            ids = out.setdefault(kind, [])
            if f.post_id and f.post_id not in ids:
                ids.append(f.post_id)
    return out


def timing_events_before(weeks, n_weeks, leave):
    """``_timing_events`` as it was written before (every window judged each time)."""
    if n_weeks < 4:
        return []
    found = []
    for (wd, w), seen in weeks.items():
        share = seen / n_weeks
        if share < 0.5 or seen < 3:
            continue
        start = w * 30
        if wd < 5 and (660 <= start + 30 <= 810 or (
                leave is not None and leave - 60 <= start <= leave + 60)):
            continue
        kind = range(5) if wd < 5 else range(5, 7)
        alike = [weeks.get((d, w), 0) / n_weeks for d in kind if d != wd]
        every = [weeks.get((d, w), 0) / n_weeks for d in range(7) if d != wd]
        alike_rate, every_rate = sum(alike) / len(alike), sum(every) / len(every)
        if share >= 2.5 * max(alike_rate, every_rate, 1e-9) and share - every_rate >= 0.3:
            found.append((share, wd, w))
    out, taken = [], set()
    for _share, wd, w in sorted(found, reverse=True):
        if {(wd, w - 1), (wd, w), (wd, w + 1)} & taken:
            continue
        taken.add((wd, w))
        out.append((wd, w, weeks[(wd, w)]))
    return sorted(out)


def full(ctx, cut: Cut) -> Inferred:
    """Inference from scratch: each attribute on the findings the cut leaves."""
    if cut.locked:
        gone_points = frozenset(p.post_id for p in ctx.geo.points)
        gone_posts = frozenset(ctx.timeline.stamps)
    else:
        gone_points, gone_posts = cut.deleted | cut.unlocated, cut.deleted

    def visible(*cats: str) -> list[Finding]:
        return [f for c in cats for f in ctx.findings if f.category == c and cut.keeps(f)]

    home_cluster = ctx.geo.cluster("home", gone_points)
    home = infer_home(visible("home"), home_cluster, ctx.profile)
    workplace = infer_workplace(visible("workplace"), ctx.geo.cluster("work", gone_points),
                                [ctx.profile.location, home.prefecture], ctx.texts)
    school = infer_school(visible("school", "family"), ctx.texts)
    family = infer_family(visible("family"), ctx.posted)
    youngest = max([MIN_ACCOUNT_AGE] + [a + 15 for r, a in family.ages.items() if r in CHILDREN])
    identity = infer_identity(visible("identity"), ctx.posted, min_age=youngest)
    where = visible("whereabouts")
    absences = infer_absences(where, ctx.texts, ctx.posted, ctx.clock, ctx.geo.away_points(gone_points))
    timeline = Timeline(ctx.posts, ctx.clock)  # nothing shared with the context's
    routine = infer_routine(timeline, visible("routine"), removed=gone_posts, home=home_cluster)
    return Inferred(home=home, workplace=workplace, school=school, family=family, routine=routine,
                    absences=[Absence(a.start, a.end, a.place, list(a.evidence), a.announced,
                                      a.home_empty) for a in absences],
                    identity=identity, contact=contact_of_before(visible("contact")),
                    live_posts=list(dict.fromkeys(f.post_id for f in where
                                                  if f.kind == "now" and f.post_id)))


def dense_account(seed: int = 5, n: int = 1500):
    """Many posts repeating the same cues (as a heavy account does), geotags at home and
    at work, announced trips, stated times, ages and birthdays, contact handles."""
    rng = random.Random(seed)
    cues = [
        ("home", "station", "石神井公園駅", 0.6), ("home", "municipality", "練馬区", 0.5),
        ("home", "municipality", "北区", 0.5), ("home", "prefecture", "東京都", 0.4),
        ("home", "address", "練馬区石神井町3丁目", 0.7), ("home", "neighbourhood", "石神井町", 0.5),
        ("home", "postcode", "177-0041", 0.8),
        ("family", "member", "娘", 0.6), ("family", "member", "夫", 0.6),
        ("family", "member_age", "娘:7", 0.8), ("family", "member_age", "娘:8", 0.8),
        ("family", "household_size", "3", 0.5),
        ("routine", "line", "西武池袋線", 0.5), ("routine", "weekly", "火", 0.4),
        ("routine", "time", "07:30", 0.6), ("routine", "time", "18:40", 0.6),
        ("whereabouts", "now", "渋谷", 0.7), ("whereabouts", "future", "京都", 0.6),
        ("whereabouts", "away", "", 0.7),
        ("workplace", "org", "株式会社みなと精機", 0.7), ("workplace", "job", "看護師", 0.5),
        ("school", "school", "練馬区立さくら台小学校", 0.8), ("school", "grade", "2年3組", 0.6),
        ("identity", "age", "41", 0.6), ("identity", "age", "7", 0.6),
        ("identity", "birthday", "06-13", 0.7), ("identity", "birthday", "1985-06-13", 0.8),
        ("identity", "name", "佐藤健太", 0.9), ("identity", "plate", "練馬 300 あ 12-34", 0.9),
        ("contact", "sns_id", "insta:kenta", 0.8), ("contact", "phone", "+819000001111", 1.0),
    ]
    texts = ["毎朝7時半に家を出る。電車混んでる", "帰宅は18時40分。ただいま", "明日から3日間京都、家は空っぽ",
             "火曜はジムの日", "今日もいろいろあった", "渋谷なう", "来週の火水は出張"]
    start = P.START
    posts, findings = [], []
    for i in range(n):
        day = start + timedelta(days=rng.randrange(84))
        at = datetime(day.year, day.month, day.day, rng.choice([7, 7, 8, 12, 19, 21, 22]),
                      rng.randrange(60), tzinfo=P.JST)
        geo = None
        r = rng.random()
        if r < 0.06:
            home = at.weekday() >= 5 or at.hour >= 20
            where = P.HOME if home else P.WORK
            geo = Geo(where[0] + rng.uniform(-4e-4, 4e-4), where[1] + rng.uniform(-4e-4, 4e-4))
        elif r < 0.08:
            geo = Geo(35.0 + rng.random(), 135.0 + rng.random(), place_name=rng.choice(["京都 中京区", None]))
        text = rng.choice(texts) + f" {i}"
        posts.append(Post("x", str(i), text, created_at=at, geo=geo, is_repost=rng.random() < 0.03))
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            cat, kind, value, weight = rng.choice(cues)
            findings.append(Finding(cat, 0, 2, text[:2], "test", weight=weight, post_id=str(i),  # type: ignore[arg-type]
                                    kind=kind, value=value or None,
                                    source=rng.choice(["text", "text", "text", "ocr"])))
    profile = Profile("x", "kenta", bio="練馬区在住", location="東京")
    findings.append(Finding("home", 0, 3, "練馬区", "test", weight=0.5, post_id=PROFILE_ID, field="bio",
                            kind="municipality", value="練馬区"))
    return profile, posts, findings


@pytest.fixture(scope="module", params=["persona", "dense"])
def account(request, tmp_path_factory):
    if request.param == "persona":
        p, profile, posts = P.load(tmp_path_factory.mktemp("persona"))
        return prepare(profile, posts, p.all_findings())
    profile, posts, findings = dense_account()
    return prepare(profile, posts, findings)


def _cuts(ctx, rng: random.Random, n: int):
    """Random clean-ups, then single steps on top of one (as the greedy rates them)."""
    cands = candidates(ctx)
    actions = ["delete", "edit", "remove_location", "post_later"]
    for _ in range(n):
        cut = Cut()
        for c in rng.sample(cands, rng.randint(0, min(12, len(cands)))):
            cut = cut.adding(rng.choice([c.action, *actions]), c.post_id)
        yield cut
    base = Cut()
    for c in rng.sample(cands, min(8, len(cands))):
        base = base.adding(c.action, c.post_id)
    for c in rng.sample(cands, min(60, len(cands))):
        yield base.adding(c.action, c.post_id)
    yield Cut(base.deleted, base.edited, base.unlocated, locked=True)


def test_every_what_if_equals_a_full_reinference(account):
    rng = random.Random(11)
    checked = Counter()
    kept: dict = {}  # the recommender's cache of factors by attribute
    for cut in _cuts(account, rng, 60):
        got, want = infer(account, cut), full(account, cut)
        assert plain(got) == plain(want), cut
        assert plain(score(got)) == plain(score(want))
        s = score(want)
        assert objective_terms(got) == (s.raw_bits, s.predictability)
        assert objective_terms(attributes(account, cut), kept) == (s.raw_bits, s.predictability)
        assert objective_terms(attributes(account, cut, for_score=True), kept) == \
            (s.raw_bits, s.predictability)
        checked[bool(cut.deleted or cut.edited or cut.unlocated)] += 1
    assert checked[True] > 50  # the cuts did remove things


def test_fast_paths_were_taken(account):
    """The comparison above is not vacuous: the indexes answered most what-ifs."""
    rng = random.Random(3)
    for cut in _cuts(account, rng, 20):
        infer(account, cut)
    made = {k[0] for k in account.memo if isinstance(k, tuple) and k and isinstance(k[0], str)}
    assert {"home.index", "identity.index", "contact.index", "absences.index", "routine.index",
            "school.index", "family.index", "work.index",
            "routine.core"} <= made


def test_timing_events_and_sleep_equal_the_plain_computation(account):
    tl = Timeline(account.posts, account.clock)
    rng = random.Random(5)
    ids = list(tl.stamps)
    memo: dict = {}
    for _ in range(150):
        removed = frozenset(rng.sample(ids, rng.choice([0, 1, 3, 30, len(ids) // 2, len(ids)])))
        gone = [tl.stamps[p] for p in removed]
        assert tl.activity(removed) == [[tl._activity[d][h] - sum(1 for s in gone if (s.weekday, s.minute // 60) == (d, h))
                                         for h in range(24)] for d in range(7)]
        assert tl.bins(removed) == [tl._bins[b] - sum(1 for s in gone if s.minute // 10 == b) for b in range(144)]
        for lo in (420, 1000):
            want = Counter({d: n for d in range(7) if (n := sum(tl._workday_minutes[d][lo:lo + 60]))})
            for s in gone:
                if s.workday and lo <= s.minute < lo + 60:
                    want[s.weekday] -= 1
            assert list(tl.workday_counts(lo, lo + 60, removed).items()) == list(want.items())
        for leave in (None, 420, 450, 600):
            assert tl.timing_events(removed, leave, memo) == \
                timing_events_before(tl.window_weeks(removed), tl.n_weeks, leave)
        assert tl.sleep(removed, memo) == sleep_window(tl.bins(removed))
        assert tl.window_posts(1, 39, removed) == [
            s.post_id for s in tl.stamps.values()
            if s.weekday == 1 and s.post_id not in removed and (s.minute - 1170) % 1440 < 60][:5]


def test_tally_index_answers_as_a_tally_would():
    from auditor.infer.tally import Tally, TallyIndex

    rng = random.Random(3)
    for _ in range(3000):
        ops = [(rng.choice(["a", "b", "c", "d", None, ""]), rng.choice(["p1", "p2", "p3", None, ""]),
                rng.choice([0.1, 0.3, 0.5, 0.5, 0.8, 1.0, 1.2, -0.1])) for _ in range(rng.randint(0, 30))]
        if rng.random() < 0.5:  # any ops
            dropped = {i for i in range(len(ops)) if rng.random() < 0.3}
        else:  # whole posts, as a deletion drops them
            gone = {p for p in ("p1", "p2", "p3", None, "") if rng.random() < 0.3}
            dropped = {i for i, (_v, p, _w) in enumerate(ops) if p in gone}
        tally = Tally()
        for i, (v, p, w) in enumerate(ops):
            if i not in dropped:
                tally.add(v, p, w)
        want, got = tally.best(), TallyIndex(ops).best(dropped)
        assert (want is None) == (got is None)
        if want is not None:
            assert (got.value, list(got.per_post.items()), got.confidence, got.evidence) == \
                (want.value, list(want.per_post.items()), want.confidence, want.evidence)


def test_absence_index_merges_again_only_where_needed(account):
    """Dropping announcements (not live posts) re-merges a stretch; the rest is kept."""
    from auditor.infer.absences import AbsenceIndex

    where = [f for f in account.findings if f.category == "whereabouts"]
    away = account.geo.away_points()
    index = AbsenceIndex(where, account.texts, account.posted, account.clock, away)
    told = [i for i, f in enumerate(where) if f.kind in ("future", "away")]
    rng = random.Random(9)
    for _ in range(200):
        dropped = frozenset(rng.sample(told, rng.randint(0, min(len(told), 6))))
        want = infer_absences([f for i, f in enumerate(where) if i not in dropped], account.texts,
                              account.posted, account.clock, away)
        assert plain(index.infer(dropped, away)) == plain(want)
        assert [(a.start, a.end, a.announced, a.home_empty) for a in index.dates(dropped)] == \
            [(a.start, a.end, a.announced, a.home_empty) for a in want]
    for _ in range(100):  # live posts among the dropped too
        dropped = frozenset(rng.sample(range(len(where)), rng.randint(0, min(len(where), 8))))
        want = infer_absences([f for i, f in enumerate(where) if i not in dropped], account.texts,
                              account.posted, account.clock, away)
        assert plain(index.infer(dropped, away)) == plain(want)
        assert [(a.start, a.end, a.announced, a.home_empty) for a in index.dates(dropped)] == \
            [(a.start, a.end, a.announced, a.home_empty) for a in want]


def test_school_index_regroups_names_as_infer_school_does():
    from auditor.infer.school import SchoolIndex

    rng = random.Random(4)
    names = ["さくら台小", "練馬区立さくら台小学校", "さくら台小学校", "みなと中", "区立みなと中学校",
             "東都大", "ひばりが丘小"]
    for _ in range(200):
        school, family = [], []
        for _i in range(rng.randint(1, 25)):
            pid = str(rng.randrange(12))
            if rng.random() < 0.7:
                kind = rng.choice(["school", "school", "grade"])
                value = rng.choice(names) if kind == "school" else rng.choice(["2年3組", "1年1組"])
                school.append(Finding("school", 0, 2, value, "t", weight=rng.choice([0.5, 0.8]),
                                      post_id=pid, kind=kind, value=value))
            else:
                family.append(Finding("family", 0, 1, "娘", "t", weight=0.6, post_id=pid,
                                      kind="member", value=rng.choice(["娘", "夫"])))
        every = school + family
        index = SchoolIndex(every, {})
        for _ in range(10):
            dropped = frozenset(i for i in range(len(every)) if rng.random() < 0.3)
            want = infer_school([f for i, f in enumerate(every) if i not in dropped], {})
            assert plain(index.infer(dropped)) == plain(want)
            assert plain(index.infer(dropped, evidence=False)) == {**plain(want), "evidence": []}


def test_family_index_counts_as_infer_family_does(account):
    from auditor.infer.family import FamilyIndex

    fam = [f for f in account.findings if f.category == "family"]
    index = FamilyIndex(fam, account.posted)
    rng = random.Random(8)
    for _ in range(300):
        dropped = frozenset(i for i in range(len(fam)) if rng.random() < rng.choice([0.01, 0.2, 0.9]))
        want = infer_family([f for i, f in enumerate(fam) if i not in dropped], account.posted)
        assert plain(index.infer(dropped)) == plain(want)
        if dropped:  # (with nothing left out, the full answer as it is)
            assert plain(index.infer(dropped, evidence=False)) == {**plain(want), "evidence": []}


def test_workplace_index_groups_spellings_as_infer_workplace_does():
    from auditor.infer.workplace import WorkplaceIndex

    rng = random.Random(6)
    names = ["株式会社みなと精機", "みなと精機", "みなと精機 大手町支店", "つばさ事務機", "(株)つばさ事務機",
             "ひかり総合病院"]
    texts = {str(i): rng.choice(["今日も出社", "池袋のオフィスで会議", "看護師です"]) for i in range(12)}
    for _ in range(200):
        every = []
        for _i in range(rng.randint(1, 25)):
            pid = str(rng.randrange(12))
            kind = rng.choice(["org", "org", "job"])
            value = rng.choice(names) if kind == "org" else "看護師"
            every.append(Finding("workplace", 0, 2, value, "t", weight=rng.choice([0.5, 0.7]),
                                 post_id=pid, kind=kind, value=value))
        index = WorkplaceIndex(every, None, ["東京"], texts)
        for _ in range(10):
            dropped = frozenset(i for i in range(len(every)) if rng.random() < 0.3)
            want = infer_workplace([f for i, f in enumerate(every) if i not in dropped], None, ["東京"], texts)
            assert plain(index.infer(dropped, None)) == plain(want)


def test_home_index_reads_places_in_their_context_as_infer_home_does():
    """Small accounts where leaving posts out changes which prefectures and cities the
    names are read in (北区 alone is 16 wards; with 札幌 or 東京都 written it is one)."""
    from auditor.infer.home import HomeIndex

    rng = random.Random(12)
    said = [("municipality", "北区"), ("municipality", "府中市"), ("prefecture", "東京都"),
            ("municipality", "札幌市"), ("address", "大阪市北区梅田1-2-3"), ("municipality", "練馬区"),
            ("station", "赤羽駅"), ("postcode", "115-0045"), ("neighbourhood", "赤羽"),
            ("prefecture", "広島県"), ("address", "府中市宮西町2丁目")]
    for _ in range(150):
        every = []
        for _i in range(rng.randint(1, 12)):
            kind, value = rng.choice(said)
            every.append(Finding("home", 0, 2, value, "t", weight=rng.choice([0.4, 0.6, 0.9]),
                                 post_id=str(rng.randrange(8)), kind=kind, value=value))
        profile = Profile("x", "u", location=rng.choice([None, "", "日本"]))
        index = HomeIndex(every, None, profile)
        for _ in range(10):
            dropped = frozenset(i for i in range(len(every)) if rng.random() < 0.4)
            got = index.infer(dropped, None)
            want = infer_home([f for i, f in enumerate(every) if i not in dropped], None, profile)
            if got is not None:  # None: the caller runs infer_home itself
                assert plain(got) == plain(want)
