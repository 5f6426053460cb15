"""The shortest clean-up: which post to fix first, and the score after each step.

Greedy: at each step, try every remaining action (one per post) on a copy of the
account as a stranger would then see it (``auditor.infer.Cut``), re-infer, re-score, and
take the action that lowers the objective most. Besides single posts, a step may take
a group of posts that give away the same thing (``groups``: the two posts that show
the phone number, the geotags of the home cluster), scored per post, since removing
only one of them changes nothing. Stop when no action moves it by
``MIN_GAIN`` or more. The objective is the score before its cap at 100 (so that an
account identified twice over — a phone number *and* a full name — still improves step
by step) plus ``PREDICTABILITY_WEIGHT`` × 100 × 行動予測, so that once identifying posts are gone, the posts that tell when the home is
empty come next (a 1-point drop in identifiability weighs like a 4-point drop in
predictability). Finally, if locking the account would still lower it, that is the last
step: a locked account hides every post and its timing, but not the profile.

One action per post, chosen from what the post gives away:
- the profile → ``edit`` (change the named words in the bio, location, name);
- only location data (geotag, photo GPS) → ``remove_location``: the words can stay;
- only a plan or a live location → ``post_later``: delete it now, post trips after
  coming home;
- a short cue in a longer post, no location, no picture cue → ``edit`` out the named
  words (X cannot edit old posts: there it means delete and post again without them);
- anything else → ``delete``.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from auditor.infer import Context, Cut, attributes, infer
from auditor.model import PROFILE_ID, Finding
from auditor.score import MAX_BITS, Score, objective_terms, score

ACCOUNT_ID = "@account"  # post_id of the lock_account recommendation
MIN_GAIN = 0.1
PREDICTABILITY_WEIGHT = 0.25
MAX_STEPS = 150
MAX_GROUP = 100  # a group bigger than this is no short clean-up
SATURATED = 10
EDIT_MAX_SHARE = 0.3  # edit when the cue words are at most this share of the text


@dataclass
class Recommendation:
    post_id: str
    action: str  # delete | edit | remove_location | lock_account | post_later
    reason: str
    reason_en: str
    words: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    score_after: float = 0.0
    predictability_after: float = 0.0
    anonymity_set_after: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "post_id": self.post_id,
            "action": self.action,
            "reason": self.reason,
            "reason_en": self.reason_en,
            "words": list(self.words),
            "categories": list(self.categories),
            "score_after": self.score_after,
            "predictability_after": round(self.predictability_after, 3),
            "anonymity_set_after": self.anonymity_set_after,
        }


@dataclass
class _Candidate:
    post_id: str
    action: str
    findings: list[Finding]


def _objective(s: Score) -> float:
    return _objective_of(s.raw_bits, s.predictability)


def _objective_of(raw_bits: float, predictability: float) -> float:
    # Uncapped bits: an account identified twice over must still improve step by step,
    # even while the displayed score stays at 100.
    return 100 * raw_bits / MAX_BITS + PREDICTABILITY_WEIGHT * 100 * predictability


def choose_action(post_id: str, findings: list[Finding], text: str) -> str:
    if post_id == PROFILE_ID:
        return "edit"
    located = [f for f in findings if f.source in ("geo", "exif")]
    words = [f for f in findings if f.source == "text"]
    pictured = [f for f in findings if f.source not in ("geo", "exif", "text")]  # OCR, faces
    if not words and not pictured:
        return "remove_location"
    if pictured:
        return "delete"
    if all(f.category == "whereabouts" for f in words) and not located:
        return "post_later"
    spans = {(f.start, f.end) for f in words if f.end > f.start}
    covered = sum(e - s for s, e in spans)
    if not located and text and covered <= EDIT_MAX_SHARE * len(text) and len(spans) <= 2:
        return "edit"
    return "delete"


def candidates(ctx: Context) -> list[_Candidate]:
    by_post: dict[str, list[Finding]] = {}
    for f in ctx.findings:
        if f.post_id:
            by_post.setdefault(f.post_id, []).append(f)
    return [
        _Candidate(pid, choose_action(pid, fs, ctx.texts.get(pid, "")), fs)
        for pid, fs in by_post.items()
    ]


def groups(ctx: Context, cands: list[_Candidate]) -> list[list[_Candidate]]:
    """Posts that give away the same thing, to be cleaned up together.

    Removing one of two posts that both show the phone number changes nothing, so a
    one-post-at-a-time greedy would never start on it; a station, a neighbourhood and a
    ward each back up the others. Groups: every (category, kind, value), (category, kind)
    and category said in two or more posts, and each geotag cluster.
    """
    by_id = {c.post_id: c for c in cands}
    keyed: dict[tuple, dict[str, None]] = {}  # key → post ids, in order (a dict: fast to ask)
    for c in cands:
        for f in c.findings:
            if f.source in ("geo", "exif"):
                keys: list[tuple] = [("geo", f.category)]
            else:  # the same value, the same kind of thing (any phone number), the same category
                keys = [(f.category, f.kind, (f.value or f.text or "").strip()), (f.category, f.kind),
                        (f.category,)]
            for key in keys:
                keyed.setdefault(key, {})[c.post_id] = None
    out, seen = [], set()
    for ids in map(list, keyed.values()):
        if len(ids) < 2:
            continue
        key = frozenset(ids)
        if key not in seen:
            seen.add(key)
            out.append([by_id[i] for i in ids])
    return out


def _key(f: Finding) -> tuple:
    if f.source in ("geo", "exif"):
        return ("geo", f.category)
    return (f.category, f.kind, (f.value or f.text or "").strip())


def _saturated(cand: _Candidate, counts: dict[tuple, int]) -> bool:
    """True when everything this post says is said by more than ``SATURATED`` posts:
    removing it alone moves no confidence (1 − 0.7¹⁰ ≈ 0.97 either way), so only its
    groups are worth measuring. Keeps a 50,000-post account's plan to minutes."""
    return all(counts[_key(f)] > SATURATED for f in cand.findings)


def recommend(ctx: Context, *, max_steps: int = MAX_STEPS) -> list[Recommendation]:
    objectives: dict[Cut, float] = {}
    scores: dict[Cut, Score] = {}
    shared: dict = {}  # by the id of memoised parts (alive in ctx.memo as long as ctx)

    def objective(cut: Cut) -> float:
        """``_objective(score(infer(ctx, cut)))``, from the two terms it needs, once per cut."""
        if cut not in objectives:
            objectives[cut] = _objective_of(*objective_terms(attributes(ctx, cut, for_score=True), shared))
        return objectives[cut]

    def score_of(cut: Cut) -> Score:
        if cut not in scores:
            scores[cut] = score(infer(ctx, cut))
        return scores[cut]

    cut = Cut()
    current = score_of(cut)
    todo = candidates(ctx)
    alive = {c.post_id for c in todo}
    counts: dict[tuple, int] = {}
    for c in todo:
        for key in {_key(f) for f in c.findings}:
            counts[key] = counts.get(key, 0) + 1
    options: list[tuple[_Candidate, ...]] = [(c,) for c in todo if not _saturated(c, counts)] + [
        tuple(g) for g in groups(ctx, todo) if len(g) <= MAX_GROUP
    ]

    def rate(option: tuple[_Candidate, ...]) -> tuple[float, list[_Candidate]] | None:
        live = [c for c in option if c.post_id in alive]
        if not live or (len(option) > 1 and len(live) < 2):
            return None
        trial = cut
        for c in live:
            trial = trial.adding(c.action, c.post_id)
        return (objective(cut) - objective(trial)) / len(live), live

    # Lazy greedy: an option's gain is re-measured only when it reaches the top of the
    # queue with a rate from an earlier step. When nothing seems to help any more, every
    # option is measured afresh once before stopping (gains can grow: the last geotags of a
    # cluster matter more than the first).
    heap: list[tuple[float, int, int]] = []  # (−rate, option index, step measured)
    step, fresh_at = 0, -1

    def measure_all() -> None:
        heap.clear()
        for i, option in enumerate(options):
            r = rate(option)
            if r is not None:
                heapq.heappush(heap, (-r[0], i, step))

    measure_all()
    fresh_at = step
    out: list[Recommendation] = []
    while alive and len(out) < max_steps:
        pick = None
        while heap:
            neg, i, when = heapq.heappop(heap)
            if when == step:
                pick = (-neg, [c for c in options[i] if c.post_id in alive])
                break
            r = rate(options[i])
            if r is not None:
                heapq.heappush(heap, (-r[0], i, step))
        if pick is None or pick[0] * len(pick[1]) < MIN_GAIN:
            if fresh_at == step:
                break
            measure_all()
            fresh_at = step
            continue
        chosen = pick[1]
        if len(chosen) > 1:  # one recommendation per post, the most effective first
            chosen.sort(key=lambda c: objective(cut.adding(c.action, c.post_id)))
        for cand in chosen[: max_steps - len(out)]:
            cut = cut.adding(cand.action, cand.post_id)
            current = score_of(cut)
            out.append(_describe(cand, current))
            alive.discard(cand.post_id)
        step += 1
    locked = score(infer(ctx, Cut(cut.deleted, cut.edited, cut.unlocated, locked=True)))
    if _objective(current) - _objective(locked) >= MIN_GAIN:
        out.append(Recommendation(
            post_id=ACCOUNT_ID, action="lock_account",
            reason="アカウントを非公開 (鍵アカ) にする: 残った投稿の時間帯や内容からも生活パターンが読み取れます"
                   "。プロフィール (名前・自己紹介・場所) は鍵をかけても公開のままです",
            reason_en="Make the account private: the remaining posts and their times still show "
                      "your routine. The profile (name, bio, location) stays public even then.",
            categories=sorted({c for c, v in current.by_category.items() if v > 0}),
            score_after=locked.value, predictability_after=locked.predictability,
            anonymity_set_after=locked.anonymity_set,
        ))
    return out


_ACTION_JA = {
    "delete": "この投稿を削除",
    "edit": "{words}を消す (X では削除して書き直し)",
    "remove_location": "位置情報を削除 (本文は残せます)",
    "post_later": "この投稿を削除し、今後は出かけた後・帰宅後に投稿",
}
_ACTION_EN = {
    "delete": "Delete this post",
    "edit": "Remove {words} (on X: delete and post again without them)",
    "remove_location": "Remove the location (the text can stay)",
    "post_later": "Delete this post; in future, post trips after coming home",
}


def _describe(cand: _Candidate, s: Score) -> Recommendation:
    words = _distinct(f.text for f in cand.findings if f.source not in ("geo", "exif") and f.text)
    reasons = _distinct(f.reason for f in cand.findings if f.reason)[:3]
    reasons_en = _distinct(f.reason_en for f in cand.findings if f.reason_en)[:3]
    quoted = "・".join(f"「{w}」" for w in words[:4]) or "該当する言葉"
    quoted_en = ", ".join(f'"{w}"' for w in words[:4]) or "the words"
    action = cand.action
    if cand.post_id == PROFILE_ID:
        ja = f"プロフィールの{quoted}を消す"
        en = f"Remove {quoted_en} from your profile"
    else:
        ja = _ACTION_JA[action].format(words=quoted)
        en = _ACTION_EN[action].format(words=quoted_en)
    return Recommendation(
        post_id=cand.post_id,
        action=action,
        reason=f"{ja}: {'・'.join(reasons)}" if reasons else ja,
        reason_en=f"{en}: {'; '.join(reasons_en)}" if reasons_en else en,
        words=words if action != "remove_location" else [],
        categories=sorted({f.category for f in cand.findings}),
        score_after=s.value,
        predictability_after=s.predictability,
        anonymity_set_after=s.anonymity_set,
    )


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))
