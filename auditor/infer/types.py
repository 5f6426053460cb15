"""What inference across posts concludes: plain dataclasses in the JSON contract's shape.

Every conclusion carries the ids of the posts it rests on (``evidence``; the profile is
``"@profile"``) so the report can show why, and the recommender knows what to remove.
Keys beyond the contract's (``precision``, ``ages``, ``commute_days`` …) are additions;
no contract key is ever dropped or renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: How precisely home can be located, coarsest first (the score's 所在 sub-score).
PRECISION_LEVELS: tuple[str, ...] = ("none", "prefecture", "municipality", "station", "street")


@dataclass
class Place:
    """Home, workplace or school: the best value, how sure, and which posts say so."""

    value: str | None = None
    municipality: str | None = None
    station: str | None = None
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)
    prefecture: str | None = None
    precision: str = "none"  # one of PRECISION_LEVELS
    #: Residents of ``municipality`` (住民基本台帳 2022), None when unknown.
    population: int | None = None
    #: Kind-specific facts: workplace {"org", "job"}; school {"level", "whose", "class"};
    #: home {"address", "postcode", "neighbourhood", "radius_m"}.
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def known(self) -> bool:
        return self.confidence > 0 and self.value is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "municipality": self.municipality,
            "station": self.station,
            "lat": None if self.lat is None else round(self.lat, 5),
            "lon": None if self.lon is None else round(self.lon, 5),
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence),
            "prefecture": self.prefecture,
            "precision": self.precision,
            "population": self.population,
            **self.detail,
        }


@dataclass
class Family:
    members: list[str] = field(default_factory=list)  # 「夫」, 「娘 (8歳)」 …
    evidence: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # normalised roles, one per person
    ages: dict[str, int] = field(default_factory=dict)  # role → latest stated age
    household_size: int | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "members": list(self.members),
            "evidence": list(self.evidence),
            "roles": list(self.roles),
            "ages": dict(self.ages),
            "household_size": self.household_size,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Routine:
    weekday_leave_home: str | None = None  # "HH:MM"
    weekday_return_home: str | None = None
    weekly: list[str] = field(default_factory=list)  # 「土曜 09:00 スイミング」
    evidence: list[str] = field(default_factory=list)
    activity: list[list[int]] = field(default_factory=lambda: [[0] * 24 for _ in range(7)])
    timezone: str = "Asia/Tokyo"
    sleep: str | None = None  # "HH:MM-HH:MM"
    commute_days: list[str] = field(default_factory=list)  # 「月」「火」… days with a commute
    line: str | None = None  # the commuting line, when named
    #: How regular the commute times are, 0–1 (1 = always within a few minutes).
    regularity: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "weekday_leave_home": self.weekday_leave_home,
            "weekday_return_home": self.weekday_return_home,
            "weekly": list(self.weekly),
            "evidence": list(self.evidence),
            "activity": [list(row) for row in self.activity],
            "timezone": self.timezone,
            "sleep": self.sleep,
            "commute_days": list(self.commute_days),
            "line": self.line,
            "regularity": round(self.regularity, 3),
        }


@dataclass
class Absence:
    start: date
    end: date | None = None
    place: str | None = None
    evidence: list[str] = field(default_factory=list)
    announced: bool = False  # told before it began (the burglar's case)
    home_empty: bool = False  # 「家は空っぽ」 or the whole household away

    def to_dict(self) -> dict[str, Any]:
        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat() if self.end else None,
            "place": self.place,
            "evidence": list(self.evidence),
            "announced": self.announced,
            "home_empty": self.home_empty,
        }


@dataclass
class Identity:
    name: str | None = None
    birthday: str | None = None  # "MM-DD" or "YYYY-MM-DD"
    age: int | None = None
    evidence: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)  # kinds: mynumber, passport, plate …
    full_name: bool = False  # family and given name both known
    #: How sure, per attribute: {"name": 0.9, "birthday": 0.8, "age": 0.9}.
    confidence: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "birthday": self.birthday,
            "age": self.age,
            "evidence": list(self.evidence),
            "ids": list(self.ids),
            "confidence": {k: round(v, 3) for k, v in self.confidence.items()},
        }


@dataclass
class Inferred:
    home: Place = field(default_factory=Place)
    workplace: Place = field(default_factory=Place)
    school: Place = field(default_factory=Place)
    family: Family = field(default_factory=Family)
    routine: Routine = field(default_factory=Routine)
    absences: list[Absence] = field(default_factory=list)
    identity: Identity = field(default_factory=Identity)
    #: Contact details seen (kind → evidence post ids); scored, not part of the contract.
    contact: dict[str, list[str]] = field(default_factory=dict)
    #: Live-location posts (a place "now"), for the 行動予測 sub-score.
    live_posts: list[str] = field(default_factory=list)
    story: dict[str, str] = field(default_factory=dict)  # {"ja": …, "en": …}

    def to_dict(self) -> dict[str, Any]:
        return {
            "home": self.home.to_dict(),
            "workplace": self.workplace.to_dict(),
            "school": self.school.to_dict(),
            "family": self.family.to_dict(),
            "routine": self.routine.to_dict(),
            "absences": [a.to_dict() for a in self.absences],
            "identity": self.identity.to_dict(),
            "contact": {k: list(v) for k, v in self.contact.items()},
            "live_posts": list(self.live_posts),
            "story": dict(self.story),
        }
