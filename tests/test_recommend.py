"""The greedy clean-up: the score falls step by step as recommended posts are removed."""

from __future__ import annotations

import itertools

import persona as P
import pytest

from auditor.infer import Cut, infer, prepare
from auditor.model import PROFILE_ID, Finding
from auditor.recommend import ACCOUNT_ID, choose_action, recommend
from auditor.score import score


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    p, profile, posts = P.load(tmp_path_factory.mktemp("persona"))
    ctx = prepare(profile, posts, p.all_findings())
    return p, ctx, score(infer(ctx)), recommend(ctx)


def test_score_falls_monotonically(plan):
    _p, _ctx, before, recs = plan
    values = [before.value] + [r.score_after for r in recs]
    assert all(a >= b for a, b in itertools.pairwise(values)), values
    assert recs[-1].score_after < before.value / 2


def test_projection_is_what_a_stranger_then_sees(plan):
    """Applying the recommended actions and scoring again gives each score_after."""
    _p, ctx, _before, recs = plan
    cut = Cut()
    for r in recs:
        cut = cut.adding(r.action, r.post_id)
        s = score(infer(ctx, cut))
        assert (s.value, s.anonymity_set) == (r.score_after, r.anonymity_set_after)


def test_the_phone_number_goes_first(plan):
    p, _ctx, _before, recs = plan
    first = recs[0]
    assert first.post_id == p.planted["contact.phone"][0]
    assert first.action == "delete" and first.categories == ["contact", "identity"]
    assert "090-0000-1111" in first.words and "佐藤健太" in first.words


def test_actions_fit_the_posts(plan):
    p, _ctx, _before, recs = plan
    by_post = {r.post_id: r for r in recs}
    trip = by_post[p.planted["absence"][0]]
    assert trip.action == "post_later" and "帰宅後" in trip.reason
    for pid in p.planted["home.geo"]:
        if pid in by_post:
            assert by_post[pid].action == "remove_location" and by_post[pid].words == []
    profile = by_post[PROFILE_ID]
    assert profile.action == "edit" and "3人暮らし" in profile.words
    assert recs[-1].post_id == ACCOUNT_ID and recs[-1].action == "lock_account"
    assert all(r.reason and r.reason_en and r.categories for r in recs)
    assert len({r.post_id for r in recs}) == len(recs)


def test_stops_when_the_score_stops_moving(plan):
    _p, ctx, _before, recs = plan
    posts_left = [r for r in recs if r.post_id != ACCOUNT_ID]
    cut = Cut()
    for r in posts_left:
        cut = cut.adding(r.action, r.post_id)
    # Nothing left but unflagged chatter and weak cues: the plan ends before every post.
    flagged = {f.post_id for f in ctx.findings}
    assert len(posts_left) < len(flagged)


@pytest.mark.parametrize(
    ("text", "findings", "action"),
    [
        ("最寄りは石神井公園駅、今日は雨でずっと家にいた一日だった", [("home", "text", 4, 10)], "edit"),
        ("石神井公園駅", [("home", "text", 0, 6)], "delete"),
        ("いい天気", [("home", "geo", 0, 0)], "remove_location"),
        ("明日から京都!", [("whereabouts", "text", 4, 6)], "post_later"),
        ("明日から京都!", [("whereabouts", "text", 4, 6), ("whereabouts", "geo", 0, 0)], "delete"),
        ("看板", [("home", "ocr", 0, 2)], "delete"),
    ],
)
def test_choose_action(text, findings, action):
    fs = [Finding(c, s, e, text[s:e], "", source=src, post_id="1") for c, src, s, e in findings]
    assert choose_action("1", fs, text) == action
