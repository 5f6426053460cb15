"""One scan, stage by stage: connector → posts → cues → score → (store, report).

Plain functions on plain data; the CLI supplies a progress callback and decides where
results go. Reposts are kept (their times still show when the account is active) but
their text is someone else's, so it is not searched for cues.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime

from auditor.model import PROFILE_ID, Finding, Post, Profile, ScanResult
from auditor.store import Store, content_hash

#: ``progress(stage, advance, total)``: stage is "fetch", "detect" or "media".
Progress = Callable[[str, int, int | None], None]


def _no_progress(stage: str, advance: int, total: int | None) -> None:
    return None


def collect(posts: Iterable[Post], progress: Progress = _no_progress) -> list[Post]:
    out = []
    for post in posts:
        out.append(post)
        progress("fetch", 1, None)
    return out


def detect_posts(
    posts: list[Post],
    *,
    store: Store | None = None,
    progress: Progress = _no_progress,
) -> tuple[list[Finding], dict[str, list[Finding]]]:
    """Text findings for every authored post, using and filling the store's cache.

    Returns the findings (with ``post_id`` set) and the new cache entries to save with
    the scan.
    """
    from auditor.cues import DETECTOR_VERSION, detect_many

    authored = [p for p in posts if p.authored and p.text.strip()]
    progress("detect", len(posts) - len(authored), len(posts))
    hashes = [content_hash(p.text) for p in authored]
    cached = store.cached_findings(hashes, DETECTOR_VERSION) if store else {}
    # The detector is a pure function of the text: each distinct text is read once
    # ("おはよう" posted 300 times costs one detection).
    todo: dict[str, str] = {}
    for p, h in zip(authored, hashes, strict=True):
        if h not in cached:
            todo.setdefault(h, p.text)
    fresh: dict[str, list[Finding]] = {}
    progress("detect", len(authored) - len(todo), len(posts))
    for h, found in zip(todo, detect_many(todo.values()) if todo else (), strict=True):
        fresh[h] = found
        progress("detect", 1, len(posts))
    findings: list[Finding] = []
    for post, h in zip(authored, hashes, strict=True):
        for f in cached.get(h) or fresh.get(h) or ():
            findings.append(replace(f, post_id=post.id))
    return findings, fresh


def detect_profile(profile: Profile, *, store: Store | None = None,
                   fresh: dict[str, list[Finding]] | None = None) -> list[Finding]:
    """Findings in the profile's fields, cached like posts' (keyed by field and text).

    New cache entries go into ``fresh`` when given, to be saved with the scan: a re-scan
    of an unchanged account then never loads GiNZA at all.
    """
    from auditor.cues import DETECTOR_VERSION, detect_field

    fields = profile.text_fields()
    keys = {name: content_hash(f"@profile:{name}\x00{text}") for name, text in fields.items()}
    cached = store.cached_findings(keys.values(), DETECTOR_VERSION) if store else {}
    findings = []
    for field_name, text in fields.items():
        key = keys[field_name]
        found = cached.get(key)
        if found is None:
            found = detect_field(field_name, text)
            if fresh is not None:
                fresh[key] = found
        for f in found:
            findings.append(replace(f, post_id=PROFILE_ID, field=field_name))
    return findings


def analyse(
    source: str,
    profile: Profile,
    posts: list[Post],
    *,
    store: Store | None = None,
    progress: Progress = _no_progress,
    warnings: list[str] | None = None,
    media: bool = True,
) -> tuple[ScanResult, dict[str, list[Finding]]]:
    """Run every analysis stage; returns the result and new detector-cache entries."""
    from auditor.cues import DETECTOR_VERSION

    started = datetime.now(UTC)
    post_findings, fresh = detect_posts(posts, store=store, progress=progress)
    findings = detect_profile(profile, store=store, fresh=fresh) + post_findings
    result = ScanResult(
        source=source,
        profile=profile,
        posts=posts,
        findings=findings,
        detector_version=DETECTOR_VERSION,
        started_at=started,
        warnings=list(warnings or []),
    )
    # Pictures (EXIF, OCR, faces): only when there are photos; a missing optional
    # dependency skips its part with a notice and never blocks the text audit.
    if media:
        from auditor.media.analyse import analyse_posts, has_photos

        if has_photos(posts):
            pictures = analyse_posts(posts, progress=progress)
            result.images = pictures.images
            result.findings += pictures.findings
            result.warnings += pictures.notices
    infer_and_score(result)
    result.finished_at = datetime.now(UTC)
    return result, fresh


def infer_and_score(result: ScanResult) -> None:
    """Across posts: inferred profile, score, clean-up plan (``auditor.infer``, issue 6).

    Runs after every per-post stage (text, pictures). Geotag and photo-GPS findings
    (home/work clusters) join ``result.findings`` here, so they are stored and reported
    like any other finding.
    """
    from auditor.infer import infer, prepare
    from auditor.infer.story import tell
    from auditor.recommend import recommend
    from auditor.score import score

    ctx = prepare(result.profile, result.posts, result.findings, result.images)
    result.findings = ctx.findings
    result.inferred = infer(ctx)
    result.score = score(result.inferred)
    result.inferred.story = tell(result.inferred)  # the report shows the score's sentence beside it
    result.recommendations = recommend(ctx)


def save(store: Store, result: ScanResult, fresh_cache: dict[str, list[Finding]]) -> int:
    from auditor.export import summary

    result.scan_id = store.save_scan(
        source=result.source,
        profile=result.profile,
        posts=result.posts,
        findings=result.findings,
        summary=summary(result),
        detector_version=result.detector_version,
        started_at=result.started_at,
        finished_at=result.finished_at or datetime.now(UTC),
        cache=fresh_cache,
    )
    return result.scan_id
