"""A re-scan of unchanged inputs reuses the stored inference, score and plan (issue 8)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import persona as P
import pytest
from test_mosaic_pinned import plain

from auditor import infer_cache
from auditor import scan as pipeline
from auditor.export import contract
from auditor.model import Geo, ScanResult
from auditor.store import Store


@pytest.fixture(scope="module")
def account(tmp_path_factory):
    p, profile, posts = P.load(tmp_path_factory.mktemp("persona"))
    return profile, posts, p.all_findings()


def _result(account, posts=None, findings=None) -> ScanResult:
    profile, all_posts, all_findings = account
    return ScanResult(source="persona", profile=profile, posts=list(posts or all_posts),
                      findings=list(findings if findings is not None else all_findings),
                      detector_version="test", started_at=datetime(2026, 8, 1, tzinfo=UTC),
                      finished_at=datetime(2026, 8, 1, 0, 1, tzinfo=UTC))


def _outputs(r: ScanResult) -> dict:
    return {"findings": plain(r.findings), "inferred": plain(r.inferred), "score": plain(r.score),
            "recommendations": plain(r.recommendations),
            "contract": json.dumps(contract(r), ensure_ascii=False, default=str)}


class Counting:
    """Counts how often the plan is computed (a cache hit computes nothing)."""

    def __init__(self, monkeypatch):
        import auditor.recommend

        self.calls = 0
        real = auditor.recommend.recommend

        def counted(ctx, **kw):
            self.calls += 1
            return real(ctx, **kw)

        monkeypatch.setattr(auditor.recommend, "recommend", counted)


def test_identical_inputs_reuse_the_stored_results(account, tmp_path, monkeypatch):
    plan = Counting(monkeypatch)
    with Store(tmp_path / "h.sqlite3") as store:
        first = _result(account)
        pipeline.infer_and_score(first, store=store)
        again = _result(account)
        pipeline.infer_and_score(again, store=store)
    assert plan.calls == 1  # the second scan computed nothing
    assert _outputs(again) == _outputs(first)
    fresh = _result(account)
    pipeline.infer_and_score(fresh)  # no store: computed as always
    assert _outputs(fresh) == _outputs(first)


def test_report_renders_the_same_from_stored_results(account, tmp_path):
    from auditor.report import render_html

    with Store(tmp_path / "h.sqlite3") as store:
        first = _result(account)
        pipeline.infer_and_score(first, store=store)
        again = _result(account)
        pipeline.infer_and_score(again, store=store)
    assert render_html(again) == render_html(first)


@pytest.mark.parametrize("change", ["text", "gone", "geo", "time", "finding", "detector", "profile"])
def test_any_change_of_input_computes_afresh(account, tmp_path, monkeypatch, change):
    profile, posts, findings = account
    with Store(tmp_path / "h.sqlite3") as store:
        pipeline.infer_and_score(_result(account), store=store)
        plan = Counting(monkeypatch)
        victim = next(p for p in posts if p.geo is not None and any(f.post_id == p.id for f in findings))
        changed_posts, changed_findings = list(posts), list(findings)
        at = changed_posts.index(victim)
        if change == "text":
            changed_posts[at] = replace(victim, text=victim.text + "!")
        elif change == "gone":  # the user deleted it
            del changed_posts[at]
            changed_findings = [f for f in findings if f.post_id != victim.id]
        elif change == "geo":
            changed_posts[at] = replace(victim, geo=Geo(victim.geo.lat + 0.001, victim.geo.lon))
        elif change == "time":
            changed_posts[at] = replace(victim, created_at=victim.created_at.replace(minute=1))
        elif change == "finding":
            changed_findings[-1] = replace(changed_findings[-1], weight=changed_findings[-1].weight / 2)
        r = _result(account, changed_posts, changed_findings)
        if change == "detector":
            r.detector_version = "test-2"
        elif change == "profile":
            r.profile = replace(profile, bio=(profile.bio or "") + " よろしく")
        want = ScanResult(**{k: getattr(r, k) for k in ("source", "profile", "posts", "findings",
                                                           "detector_version", "started_at", "finished_at")})
        want.posts, want.findings = list(r.posts), list(r.findings)
        pipeline.infer_and_score(r, store=store)
        assert plan.calls == 1  # a miss: computed afresh
        pipeline.infer_and_score(want)  # the same inputs, no store
        assert _outputs(r) == _outputs(want)


def test_results_round_trip_exactly(account):
    r = _result(account)
    pipeline.infer_and_score(r)
    added = r.findings[len(_result(account).findings):]
    doc = json.loads(json.dumps(infer_cache.dump(r, added), ensure_ascii=False))
    got_added, inferred, scored, plan = infer_cache.load(doc)
    assert plain(got_added) == plain(added)
    assert plain(inferred) == plain(r.inferred)
    assert plain(scored) == plain(r.score)
    assert plain(plan) == plain(r.recommendations)


def test_key_sees_every_input(account):
    base = infer_cache.input_key(_result(account))
    assert infer_cache.input_key(_result(account)) == base
    _profile, posts, findings = account
    repost = [replace(posts[0], is_repost=not posts[0].is_repost), *posts[1:]]
    assert infer_cache.input_key(_result(account, repost)) != base
    assert infer_cache.input_key(_result(account, posts[:-1])) != base
    assert infer_cache.input_key(_result(account, findings=findings[:-1])) != base
