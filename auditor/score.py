"""How identifiable the account makes its author: an anonymity set, in bits, 0–100.

The yardstick is re-identification research: about 27 bits single out one person
among Japan's 125.9 million residents (log2 125,927,902 ≈ 26.9; 住民基本台帳
2022-01-01); ZIP code, birth date and sex identify 87 % of Americans (Sweeney 2000);
home and work areas together shrink the crowd to a handful (Golle & Partridge 2009).

Method. Start from everyone in Japan (N) and narrow by each inferred attribute:

    k ← k × P(attribute | the people still in the set)

so the bits gained are log2(1/P), weighted by how sure the inference is (a stranger
60 % sure of a fact gains 60 % of its bits). Score = bits / log2 N × 100; the
anonymity set is k = N / 2^bits (at least 1).

1. **Home** narrows by rungs, each at its own confidence (expected bits over the
   ladder, coarse to fine; a finer rung implies the coarser ones):
   prefecture and municipality — their real populations (住民基本台帳 2022, shipped in
   ``auditor/data``; an ambiguous ward name counts all same-named wards);
   station — ``STATION_CATCHMENT`` = 20,000 residents (Japan has ~9,000 stations for
   125.9 M people, ≈ 14,000 each; Tokyo's 23 wards ≈ 9.7 M for ~500 stations ≈ 19,000;
   we take the dense-city figure, rounded up) — a named neighbourhood
   (``NEIGHBOURHOOD``, 10,000: a 町 of a few 丁目) or a postcode (``POSTCODE``, 2,000:
   ~120,000 seven-digit codes for 125.9 M people ≈ 1,000, doubled for the residential
   codes that cover whole 町域) sit on the same rung; street — an address with a 丁目
   only (``BLOCK``, 1,000), with a house number (``BUILDING``, 30: one apartment
   block), or a tight geotag cluster: residents of the circle it spans,
   ``URBAN_DENSITY`` (8,000 / km², close to the mean of Japan's 人口集中地区 of
   ~6,700 / km² and below central Tokyo's 15,000) × π r², r ≥ 50 m, clamped to
   [50, 2,000]. Every rung is capped by the municipality's population when known.
   The home's population A is the area the rest is relative to.

2. **Local attributes** — workplace and school — are held by H people who live spread
   over a catchment of C residents. Among the A people of the home area, the share who
   hold it is P = H / max(A, C): all holders live inside a larger area, a smaller one
   holds its pro-rata share. This is the dependence cap between home and the other
   places — a child's school adds nothing beyond the school district once home is
   known more precisely than that, and with home unknown (A = N) it is simply H / N.
   - workplace: a named site (支店, 店, クリニック …) ``SITE_STAFF`` 30 (経済センサス
     2021: ~5.2 M establishments, ~57 M workers, ≈ 11 per establishment; named ones
     skew larger); hospitals, universities, head offices, town halls
     ``LARGE_SITE_STAFF`` 500; a company name only ``COMPANY_STAFF`` 300; a weekday
     geotag cluster without a name ``GEO_WORKPLACE_PEOPLE`` 1,000 (the people working
     within ~100 m in a business district); a company name *and* the cluster pin the
     site (30); an office district named without the employer (「池袋のオフィス」)
     ``AREA_WORKERS`` 100,000 (a business district's daytime workers: 池袋 or 大手町 each
     count a few hundred thousand); catchment ``COMMUTE_CATCHMENT`` 3 M (a workplace draws staff from a
     commuting zone of millions). The strongest of these readings counts. A job title alone is
     an occupation: P = ``OCCUPATION_SHARE`` 1 % (a common occupation such as 看護師 is
     ~1.3 M of 125.9 M).
   - school (学校基本調査 2022): pupils per school — elementary ≈ 320 (19,161 schools,
     6.15 M pupils), junior high ≈ 320 (10,012; 3.21 M), high ≈ 610 (4,824; 2.96 M),
     university ≈ 3,600 (807; 2.93 M), nursery/kindergarten ≈ 100; catchment —
     elementary 10,000 and junior high 20,000 residents (a municipality's population
     over its number of school districts), high school 1 M (a prefecture's district),
     university none (N). A child's school is held by its parents,
     ``PARENTS_PER_PUPIL`` 1.4 per pupil (two parents per household, siblings share
     them); a named class (「3年2組」) narrows to ``CLASS_SIZE`` 30 pupils.

3. **Demographics** (independent of place):
   - family: spouse ``P_SPOUSE`` 0.5 (about half of adults are married, 国勢調査
     2020); a child ``P_CHILD`` 0.25 (about a quarter of adults live with a child);
     each child's sex 0.5; a child's exact age ``P_CHILD_AGE`` 0.016 (≈ 1 M children
     per birth year × 2 parents / N), a sibling's age ``P_SIBLING_AGE`` 0.1 (siblings
     are born within a few years of each other); household size alone 0.25. Parents
     and siblings of the author add nothing (everyone has them). Capped at
     ``FAMILY_CAP_BITS`` 10.
   - age: exact age ``P_AGE`` 1/80; but when a child's age is known the parent's age
     lies within ~25 years (mothers' age at birth 20–45 covers > 95 % of births,
     人口動態統計), so it adds log2 25 only. Birthday (month-day) 1/365; with the year
     it is the full date of birth and replaces the age.
   - name: a full name ``FULL_NAME_HOLDERS`` ≈ 100 people share it nationwide (common
     full names are shared by hundreds, rare ones by one); a surname or given name
     alone ``PARTIAL_NAME_SHARE`` 0.2 %.

4. **Routine**: a commuting line when home is not already at the station rung
   (``P_LINE`` 2 % of people use a given line; 30 % once the municipality is known),
   the time one leaves home (``P_LEAVE_WINDOW`` 0.3: a 30-minute window holds about a
   third of commuters); capped at ``ROUTINE_CAP_BITS`` 3.

5. **Direct identifiers** end the search: a phone number, e-mail address, My Number,
   passport, licence, card or bank account number (k = 1); a car's plate (k = 2: the
   household's car). A handle on another platform links a second profile of unknown
   content: ``SNS_ID_BITS`` 3 each, at most 6.

Two sub-scores a person understands: **所在** (locatability: none → prefecture →
municipality → station → street, from ``auditor.infer.home``) and **行動予測**
(predictability 0–1: how well a stranger can tell when the home is empty — daily
leave/return times and their regularity, weekly events, announced absences, live
locations; see ``predictability``).

``by_category`` scores each category *alone* (its bits as if nothing else were known,
× 100 / log2 N; for routine and whereabouts the larger of that and their part of
行動予測), so categories do not add up to the total, which accounts for overlaps.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from auditor.infer.gazetteer import japan_population
from auditor.infer.home import LEVEL_OF_CLUE, clues_of
from auditor.infer.types import PRECISION_LEVELS, Inferred
from auditor.model import CATEGORIES, Finding

N_JAPAN = japan_population()
MAX_BITS = math.log2(N_JAPAN)

STATION_CATCHMENT = 20_000
NEIGHBOURHOOD = 10_000
POSTCODE = 2_000
BLOCK = 1_000
BUILDING = 30
URBAN_DENSITY = 8_000  # residents per km²
GEO_HOME_MIN, GEO_HOME_MAX = 50, 2_000

SITE_STAFF = 30
LARGE_SITE_STAFF = 500
COMPANY_STAFF = 300
GEO_WORKPLACE_PEOPLE = 1_000
AREA_WORKERS = 100_000
COMMUTE_CATCHMENT = 3_000_000
OCCUPATION_SHARE = 0.01

#: level → (pupils per school, catchment population)
SCHOOLS: dict[str, tuple[int, int]] = {
    "preschool": (100, 10_000),
    "elementary": (320, 10_000),
    "junior_high": (320, 20_000),
    "high": (610, 1_000_000),
    "university": (3_600, N_JAPAN),
    "unknown": (500, 1_000_000),
}
PARENTS_PER_PUPIL = 1.4
CLASS_SIZE = 30
LOCAL_SCHOOLS = frozenset({"preschool", "elementary", "junior_high"})

P_SPOUSE = 0.5
P_CHILD = 0.25
P_CHILD_SEX = 0.5
P_CHILD_AGE = 0.016
P_SIBLING_AGE = 0.1
P_HOUSEHOLD_SIZE = 0.25
FAMILY_CAP_BITS = 10.0

P_AGE = 1 / 80
PARENT_AGE_SPAN = 25
P_BIRTHDAY = 1 / 365
FULL_NAME_HOLDERS = 100
PARTIAL_NAME_SHARE = 0.002

P_LINE = 0.02
P_LINE_IN_MUNICIPALITY = 0.3
P_LEAVE_WINDOW = 0.3
ROUTINE_CAP_BITS = 3.0

DIRECT_IDS = frozenset({"phone", "email", "mynumber", "passport", "licence", "card", "bank_account"})
PLATE_HOLDERS = 2
SNS_ID_BITS = 3.0
SNS_ID_CAP_BITS = 6.0

SPOUSES = frozenset({"夫", "妻", "パートナー"})
CHILDREN = frozenset({"娘", "息子", "子ども", "子供"})
SEXED_CHILDREN = frozenset({"娘", "息子"})

_LABELS: dict[str, tuple[str, str]] = {
    "prefecture": ("自宅の都道府県", "home prefecture"),
    "municipality": ("自宅の市区町村", "home municipality"),
    "station": ("自宅の最寄り駅", "home station"),
    "neighbourhood": ("自宅のある町", "home neighbourhood"),
    "postcode": ("郵便番号", "postcode"),
    "address_block": ("住所 (丁目まで)", "address (block)"),
    "address_number": ("住所 (番地まで)", "street address"),
    "geo": ("自宅付近の位置情報", "geotags at home"),
    "workplace": ("勤務先", "workplace"),
    "job": ("職業", "occupation"),
    "school": ("学校", "school"),
    "family": ("家族構成", "family make-up"),
    "age": ("年齢", "age"),
    "birthday": ("誕生日", "birthday"),
    "name": ("本名", "real name"),
    "routine": ("通勤の路線と時間", "commute line and time"),
    "phone": ("電話番号", "phone number"),
    "email": ("メールアドレス", "e-mail address"),
    "sns_id": ("他の SNS アカウント", "other social accounts"),
    "mynumber": ("マイナンバー", "My Number"),
    "passport": ("パスポート番号", "passport number"),
    "licence": ("免許証番号", "licence number"),
    "card": ("カード番号", "card number"),
    "bank_account": ("口座番号", "bank account"),
    "plate": ("車のナンバー", "car plate"),
}


@dataclass
class Factor:
    """One attribute's contribution: bits gained and the set size after it."""

    key: str
    category: str
    bits: float
    label: str
    label_en: str
    value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "category": self.category, "bits": round(self.bits, 2),
                "label": self.label, "label_en": self.label_en, "value": self.value}


@dataclass
class Score:
    value: float
    by_category: dict[str, float] = field(default_factory=dict)
    bits: float = 0.0
    anonymity_set: int = N_JAPAN
    locatability: str = "none"
    predictability: float = 0.0
    explanation: dict[str, str] = field(default_factory=dict)
    factors: list[Factor] = field(default_factory=list)
    predictability_parts: dict[str, float] = field(default_factory=dict)
    #: Bits before the cap at log2 N: how far past "identified" the account is.
    raw_bits: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "bits": round(self.bits, 2),
            "anonymity_set": self.anonymity_set,
            "locatability": self.locatability,
            "predictability": round(self.predictability, 3),
            "by_category": dict(self.by_category),
            "explanation": dict(self.explanation),
            "factors": [f.to_dict() for f in self.factors],
            "predictability_parts": {k: round(v, 3) for k, v in self.predictability_parts.items()},
            "max_bits": round(MAX_BITS, 2),
            "raw_bits": round(self.raw_bits, 2),
        }


def _bits(p: float) -> float:
    return math.log2(1 / p) if 0 < p < 1 else 0.0


# -- home -----------------------------------------------------------------------------
def home_rungs(inf: Inferred) -> list[tuple[str, int, float, str]]:
    """(clue kind, residents matching, confidence, value), coarse to fine, monotone."""
    home = inf.home
    cap = home.population or N_JAPAN
    out = []
    for c in clues_of(home):
        if c.kind == "prefecture":
            from auditor.infer.gazetteer import gazetteer

            area = gazetteer().prefecture(c.value)
            k = area.population if area else N_JAPAN
        elif c.kind == "municipality":
            k = home.population or N_JAPAN
        elif c.kind == "station":
            k = STATION_CATCHMENT
        elif c.kind == "neighbourhood":
            k = NEIGHBOURHOOD
        elif c.kind == "postcode":
            k = POSTCODE
        elif c.kind == "address_block":
            k = BLOCK
        elif c.kind == "address_number":
            k = BUILDING
        elif c.kind == "geo":
            r_km = max(50.0, float(home.detail.get("radius_m") or 50.0)) / 1000
            k = int(min(GEO_HOME_MAX, max(GEO_HOME_MIN, URBAN_DENSITY * math.pi * r_km**2)))
        else:
            continue
        if c.kind != "prefecture":
            k = min(k, cap)
        out.append((c.kind, max(1, k), c.confidence, c.value))
    out.sort(key=lambda r: -r[1])
    # A finer rung implies the coarser ones: carry confidence up the ladder.
    for i in range(len(out) - 2, -1, -1):
        kind, k, conf, value = out[i]
        out[i] = (kind, k, max(conf, out[i + 1][2]), value)
    return out


def _home_factors(inf: Inferred) -> tuple[list[Factor], float]:
    """Factors from home, and the effective population of the home area."""
    factors, prev_bits, total = [], 0.0, 0.0
    for kind, k, conf, value in home_rungs(inf):
        rung_bits = _bits(k / N_JAPAN)
        gain = max(0.0, rung_bits - prev_bits) * conf
        prev_bits = max(prev_bits, rung_bits)
        if gain > 0:
            ja, en = _LABELS[kind]
            factors.append(Factor(kind, "home", gain, ja, en, value))
            total += gain
    return factors, N_JAPAN / 2**total


# -- the rest -------------------------------------------------------------------------
def _workplace_factor(inf: Inferred, area: float) -> Factor | None:
    """The strongest reading of the workplace evidence (each weighted by its confidence):
    the employer's name, the weekday geotag cluster, or both — a company name plus where
    its office is pins the site. Taking the strongest keeps the score monotone: removing
    evidence can only weaken a reading."""
    w = inf.workplace
    if not w.known:
        return None
    d = w.detail
    org_conf, geo_conf = d.get("org_confidence", 0.0), d.get("geo_confidence", 0.0)
    readings: list[tuple[float, float]] = []  # (holders, confidence)
    if d.get("org"):
        staff = LARGE_SITE_STAFF if d.get("large_site") else SITE_STAFF if d.get("site") else COMPANY_STAFF
        readings.append((staff, org_conf))
        if geo_conf:
            readings.append((min(staff, SITE_STAFF if not d.get("large_site") else staff),
                             org_conf * geo_conf))
    if geo_conf:
        readings.append((GEO_WORKPLACE_PEOPLE, geo_conf))
    if d.get("area"):
        readings.append((AREA_WORKERS, d.get("area_confidence", 0.0)))
    best = max((_bits(h / max(area, COMMUTE_CATCHMENT)) * c for h, c in readings), default=0.0)
    if best > 0:
        return Factor("workplace", "workplace", best, *_LABELS["workplace"], w.value)
    bits = _bits(OCCUPATION_SHARE) * d.get("job_confidence", 0.0)
    return Factor("job", "workplace", bits, *_LABELS["job"], d.get("job")) if bits else None


def _school_factor(inf: Inferred, area: float) -> Factor | None:
    s = inf.school
    if not s.known:
        return None
    level = s.detail.get("level", "unknown")
    pupils, catchment = SCHOOLS.get(level, SCHOOLS["unknown"])
    if s.detail.get("class"):
        pupils = min(pupils, CLASS_SIZE)
    holders = pupils * (PARENTS_PER_PUPIL if s.detail.get("whose") == "child" else 1.0)
    p = holders / max(area, catchment)
    value = s.value + (f" {s.detail['class']}" if s.detail.get("class") else "")
    return Factor("school", "school", _bits(p) * s.confidence, *_LABELS["school"], value)


def family_bits(inf: Inferred) -> float:
    fam = inf.family
    roles = set(fam.roles)
    bits = 0.0
    if roles & SPOUSES:
        bits += _bits(P_SPOUSE)
    children = [r for r in fam.roles if r in CHILDREN]
    aged = 0
    for i, role in enumerate(children):
        if role in fam.ages:
            bits += _bits(P_CHILD_AGE if aged == 0 else P_SIBLING_AGE)
            aged += 1
        else:
            bits += _bits(P_CHILD if i == 0 else 0.5)
        if role in SEXED_CHILDREN:
            bits += _bits(P_CHILD_SEX)
    if not roles & (SPOUSES | CHILDREN) and fam.household_size:
        bits += _bits(P_HOUSEHOLD_SIZE)
    return min(bits, FAMILY_CAP_BITS) * fam.confidence


def _identity_factors(inf: Inferred) -> list[Factor]:
    ident, out = inf.identity, []
    conf = ident.confidence
    if ident.birthday and len(ident.birthday) == 10:
        out.append(Factor("birthday", "identity", _bits(P_BIRTHDAY * P_AGE) * conf.get("birthday", 1.0),
                          "生年月日", "date of birth", ident.birthday))
    else:
        if ident.age is not None:
            p = 1 / PARENT_AGE_SPAN if inf.family.ages.keys() & CHILDREN else P_AGE
            out.append(Factor("age", "identity", _bits(p) * conf.get("age", 1.0),
                              *_LABELS["age"], f"{ident.age}"))
        if ident.birthday:
            out.append(Factor("birthday", "identity", _bits(P_BIRTHDAY) * conf.get("birthday", 1.0),
                              *_LABELS["birthday"], ident.birthday))
    if ident.name:
        p = FULL_NAME_HOLDERS / N_JAPAN if ident.full_name else PARTIAL_NAME_SHARE
        out.append(Factor("name", "identity", _bits(p) * conf.get("name", 1.0),
                          *_LABELS["name"], ident.name))
    for kind in ident.ids:
        bits = MAX_BITS if kind in DIRECT_IDS else _bits(PLATE_HOLDERS / N_JAPAN)
        out.append(Factor(kind, "identity", bits, *_LABELS.get(kind, (kind, kind))))
    return out


def _contact_factors(inf: Inferred) -> list[Factor]:
    out = []
    for kind, posts in inf.contact.items():
        if kind in DIRECT_IDS:
            out.append(Factor(kind, "contact", MAX_BITS, *_LABELS[kind]))
        elif kind == "sns_id":
            bits = min(SNS_ID_CAP_BITS, SNS_ID_BITS * len(posts))
            out.append(Factor(kind, "contact", bits, *_LABELS[kind]))
    return out


def _routine_factor(inf: Inferred, locatability: str, area: float) -> Factor | None:
    r = inf.routine
    bits = 0.0
    if r.line and PRECISION_LEVELS.index(locatability) < PRECISION_LEVELS.index("station"):
        bits += _bits(P_LINE if area >= N_JAPAN else P_LINE_IN_MUNICIPALITY)
    if r.weekday_leave_home:
        bits += _bits(P_LEAVE_WINDOW)
    bits = min(bits, ROUTINE_CAP_BITS)
    return Factor("routine", "routine", bits, *_LABELS["routine"], r.line) if bits else None


def factors(inf: Inferred, only: frozenset[str] | None = None) -> list[Factor]:
    """Every attribute's bits, in the order they narrow the set (see module doc)."""
    want = only or frozenset(CATEGORIES)
    out: list[Factor] = []
    area = float(N_JAPAN)
    if "home" in want:
        home, area = _home_factors(inf)
        out += home
    for fn in (_workplace_factor, _school_factor):
        f = fn(inf, area)
        if f is not None and f.category in want and f.bits > 0:
            out.append(f)
    if "family" in want:
        bits = family_bits(inf)
        if bits > 0:
            out.append(Factor("family", "family", bits, *_LABELS["family"],
                              "・".join(inf.family.members)))
    if "identity" in want:
        out += [f for f in _identity_factors(inf) if f.bits > 0]
    if "contact" in want:
        out += _contact_factors(inf)
    if "routine" in want:
        f = _routine_factor(inf, locatability(inf), area)
        if f is not None:
            out.append(f)
    return out


# -- sub-scores -------------------------------------------------------------------------
def locatability(inf: Inferred) -> str:
    level = inf.home.precision if inf.home.known else "none"
    s = inf.school
    if (s.known and s.confidence >= 0.5 and s.detail.get("level") in LOCAL_SCHOOLS
            and PRECISION_LEVELS.index(level) < PRECISION_LEVELS.index("municipality")):
        level = "municipality"  # a local school's district is inside one municipality
    return level


def predictability_parts(inf: Inferred, cache: dict | None = None) -> dict[str, float]:
    """行動予測 components, each 0–1.

    daily: leave (0.3) and return (0.2) times known, × (0.5 + 0.5 × regularity);
    weekly: 0.15 per weekly event, at most 0.4; announced: each announced absence
    leaves 1/2 of the uncertainty (1/3 when it says the home is empty); live: 0.04 per
    live-location post, at most 0.4. These are ordinal judgements, not measurements:
    an announced trip tells a burglar more than a habit does. ``cache``: answers kept by
    the ``id`` of absence lists that stay alive and unchanged (the recommender's memo).
    """
    r = inf.routine
    daily = ((0.3 if r.weekday_leave_home else 0.0) + (0.2 if r.weekday_return_home else 0.0))
    daily *= 0.5 + 0.5 * r.regularity
    weekly = min(0.4, 0.15 * len(r.weekly))
    live = min(0.4, 0.04 * len(inf.live_posts))
    return {"daily": daily, "weekly": weekly, "announced": _announced(inf.absences, cache), "live": live}


def _announced(absences: list, cache: dict | None) -> float:
    if cache is not None and ("announced", id(absences)) in cache:
        return cache[("announced", id(absences))]
    miss = 1.0
    for a in absences:
        if a.announced:
            miss *= 1 / 3 if a.home_empty else 1 / 2
    if cache is not None:
        cache[("announced", id(absences))] = 1 - miss
    return 1 - miss


def _combine(*parts: float) -> float:
    miss = 1.0
    for p in parts:
        miss *= 1 - p
    return 1 - miss


def _from_findings(findings: list[Finding]) -> Inferred:
    from auditor.infer import infer, prepare
    from auditor.model import Profile

    return infer(prepare(Profile(platform="", handle=""), [], findings))


# -- explanation ----------------------------------------------------------------------
def people_ja(k: int) -> str:
    if k >= 100_000_000:
        return f"{k / 100_000_000:.1f}億".replace(".0億", "億")
    if k >= 10_000:
        man = k / 10_000
        return f"{man:,.0f}万" if man >= 10 else f"{man:.1f}万".replace(".0万", "万")
    return f"{_round2(k):,}"


def people_en(k: int) -> str:
    if k >= 1_000_000:
        return f"{k / 1_000_000:.1f} million".replace(".0 million", " million")
    return f"{_round2(k):,}"


def _round2(k: int) -> int:
    """Two significant figures: 567,214 → 570,000; 42 → 42."""
    if k < 100:
        return k
    digits = int(math.log10(k)) - 1
    return int(round(k / 10**digits) * 10**digits)


def explain(k: int, top: list[Factor], pred: float, inf: Inferred) -> dict[str, str]:
    if k <= 1:
        ja = "これらの投稿から、あなたを一人に絞り込めます (本人を特定できる状態です)。"
        en = "From these posts you can be singled out: they identify you."
    else:
        ja = f"これらの投稿から、あなたは約{people_ja(k)}人の中の一人まで絞り込めます。"
        en = f"From these posts you can be narrowed down to one of about {people_en(k)} people."
    if top:
        ja += "決め手は" + "・".join(f.label for f in top) + "です。"
        en += " The main clues: " + ", ".join(f.label_en for f in top) + "."
    if pred >= 0.5:
        r = inf.routine
        when = []
        if r.weekday_leave_home:
            when.append(f"平日{r.weekday_leave_home}ごろ家を出る")
        announced = sum(1 for a in inf.absences if a.announced)
        if announced:
            when.append(f"留守を{announced}回予告")
        ja += "留守の時間も読み取れます" + (f" ({'、'.join(when)})" if when else "") + "。"
        en += " When your home is empty can be read as well."
    return {"ja": ja, "en": en}


def objective_terms(inf: Any, cache: dict | None = None) -> tuple[float, float]:
    """``(raw_bits, predictability)`` of ``score(inf)``, computed the same way without the
    rest of the score (the recommender needs only these for each of its what-ifs).
    ``inf``: an ``Inferred`` or anything with its attributes (``auditor.infer.Attributes``).

    ``cache``: each attribute's factors kept by the ``id`` of the attribute objects they
    come from (objects that stay alive and unchanged: the recommender's memo), so a
    what-if that changes one attribute recomputes only that attribute's factors. The
    bits are added in ``factors``' order, so the sum is the same to the last bit."""
    if cache is None:
        return sum(f.bits for f in factors(inf)), _combine(*predictability_parts(inf).values())

    def kept(key: tuple, fn):
        if key not in cache:
            cache[key] = fn()
        return cache[key]

    home, area = kept(("home", id(inf.home)), lambda: _home_factors(inf))
    bits = [f.bits for f in home]
    for name, fn in (("work", _workplace_factor), ("school", _school_factor)):
        f = kept((name, id(getattr(inf, "workplace" if name == "work" else "school")), area),
                 lambda fn=fn: fn(inf, area))
        if f is not None and f.bits > 0:
            bits.append(f.bits)
    fam = kept(("family", id(inf.family)), lambda: family_bits(inf))
    if fam > 0:
        bits.append(fam)
    bits += kept(("identity", id(inf.identity), id(inf.family)),
                 lambda: [f.bits for f in _identity_factors(inf) if f.bits > 0])
    bits += kept(("contact", id(inf.contact)), lambda: [f.bits for f in _contact_factors(inf)])
    loc = kept(("where", id(inf.home), id(inf.school)), lambda: locatability(inf))
    f = kept(("routine", id(inf.routine), loc, area), lambda: _routine_factor(inf, loc, area))
    if f is not None:
        bits.append(f.bits)
    return sum(bits), _combine(*predictability_parts(inf, cache).values())


def score(inf: Inferred | Iterable[Finding]) -> Score:
    """The score of what inference concluded. Given findings instead (the first score's
    signature, still used by callers that have no posts), they are inferred on first."""
    if not isinstance(inf, Inferred):
        inf = _from_findings(list(inf))
    fs = factors(inf)
    raw = sum(f.bits for f in fs)
    bits = min(MAX_BITS, raw)
    k = max(1, round(N_JAPAN / 2**bits))
    parts = predictability_parts(inf)
    pred = _combine(*parts.values())
    by_category = {}
    for cat in CATEGORIES:
        alone = min(MAX_BITS, sum(f.bits for f in factors(inf, frozenset({cat}))))
        value = alone / MAX_BITS
        if cat == "routine":
            value = max(value, _combine(parts["daily"], parts["weekly"]))
        elif cat == "whereabouts":
            value = max(value, _combine(parts["announced"], parts["live"]))
        by_category[cat] = round(100 * value, 1)
    top = sorted(fs, key=lambda f: -f.bits)[:3]
    return Score(
        value=round(100 * bits / MAX_BITS, 1),
        by_category=by_category,
        bits=bits,
        anonymity_set=k,
        locatability=locatability(inf),
        predictability=pred,
        explanation=explain(k, top, pred, inf),
        factors=fs,
        predictability_parts=parts,
        raw_bits=raw,
    )


__all__ = ["LEVEL_OF_CLUE", "MAX_BITS", "N_JAPAN", "Factor", "Score", "objective_terms", "score"]
