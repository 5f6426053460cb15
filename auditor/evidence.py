"""Keep before you delete: copy the posts a clean-up removes, with a verifiable manifest.

``export_evidence(store, scan_id, out_dir)`` writes, for every post the scan recommends
deleting, editing or stripping of its location:

- ``posts/<YYYYMMDD_HHMM>_<id>.json`` — the post as stored (text, time, URL, geotag,
  media references), its findings and the recommendation;
- ``media/<YYYYMMDD_HHMM>_<id>_<n>.<ext>`` — each attached file, copied byte for byte
  from the archive (a zip member, read without extracting) or a local file;
- ``profile.json`` when the profile itself is to be edited;
- ``manifest.json`` — every file with its SHA-256, size, post id, the post's time and
  where it came from, plus when the export was made; ``SHA256SUMS`` — the same hashes
  in the ``sha256sum -c`` format.

File names carry the post's local time, as the consumer guides advise for kept evidence
(「20250911_1405_post.png」); copied files also get the post's time as their mtime.
Everything is written 0600 in 0700 folders (``auditor.fileio``). A folder that already
holds an export is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from auditor.errors import InputError, OutputError
from auditor.fileio import ensure_private_dir, write_private_bytes
from auditor.infer.clock import Clock
from auditor.model import PROFILE_ID, Finding, Media, Post
from auditor.store import ScanRow, Store

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
MAX_MEDIA_BYTES = 200 * 1024 * 1024
EXPORTED_ACTIONS = frozenset({"delete", "edit", "remove_location", "post_later"})
_SAFE = re.compile(r"[^A-Za-z0-9_-]+")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _safe(name: str) -> str:
    return _SAFE.sub("_", name)[:80] or "post"


def _read_media(media: Media) -> bytes:
    """The file's bytes from the archive zip or the local path; OSError/KeyError if gone."""
    if media.archive and media.path:
        with zipfile.ZipFile(media.archive) as zf:
            info = zf.getinfo(media.path)
            if info.file_size > MAX_MEDIA_BYTES:
                raise OSError(f"too large ({info.file_size:,} bytes)")
            return zf.read(info)
    if media.path:
        path = Path(media.path)
        if path.stat().st_size > MAX_MEDIA_BYTES:
            raise OSError("too large")
        return path.read_bytes()
    raise FileNotFoundError("no local copy (only a URL)")


def resolve_scan(store: Store, scan: str) -> ScanRow:
    if scan == "latest":
        row = store.latest_scan()
    elif scan.isdigit():
        row = store.scan(int(scan))
    else:
        raise InputError(f"SCAN はスキャン番号か latest です: {scan}")
    if row is None:
        raise InputError(f"スキャン {scan} は見つかりません (`auditor history` で一覧を確認できます)")
    return row


def export_evidence(store: Store, row: ScanRow, out_dir: Path) -> Path:
    """Write the evidence folder for scan ``row``; returns the manifest's path."""
    out_dir = Path(out_dir)
    if (out_dir / MANIFEST).exists():
        raise OutputError(f"{out_dir} には既に証拠の書き出しがあります。別のフォルダを指定してください")
    recs = [r for r in row.summary.get("recommendations") or []
            if r.get("action") in EXPORTED_ACTIONS]
    posts = {p.id: p for p in store.flagged_posts(row.id)}
    findings: dict[str, list[Finding]] = {}
    for f in store.scan_findings(row.id):
        findings.setdefault(f.post_id or "", []).append(f)
    clock = Clock((row.summary.get("inferred") or {}).get("routine", {}).get("timezone")
                  or "Asia/Tokyo")
    ensure_private_dir(out_dir)
    files: list[dict[str, Any]] = []
    exported_at = datetime.now(UTC)

    def put(rel: str, data: bytes, *, kind: str, post: Post | None, source: str | None = None,
            post_id: str | None = None) -> None:
        path = out_dir / rel
        write_private_bytes(path, data)
        if post is not None and post.created_at is not None:
            ts = post.created_at.timestamp()
            os.utime(path, (ts, ts))
        files.append({
            "path": rel, "sha256": _sha256(data), "bytes": len(data), "kind": kind,
            "post_id": post_id or (post.id if post else None),
            "post_created_at": post.created_at.isoformat() if post and post.created_at else None,
            "source": source,
        })

    missing: list[dict[str, str]] = []
    for rec in recs:
        pid = rec["post_id"]
        if pid == PROFILE_ID:
            doc = {"profile": row.profile.to_dict(),
                   "findings": [f.to_dict() for f in findings.get(PROFILE_ID, [])],
                   "recommendation": rec}
            put("profile.json", _json(doc), kind="profile", post=None, post_id=PROFILE_ID)
            continue
        post = posts.get(pid)
        if post is None:
            missing.append({"post_id": pid, "why": "not stored with this scan"})
            continue
        stamp = clock.local(post.created_at).strftime("%Y%m%d_%H%M") if post.created_at else "undated"
        base = f"{stamp}_{_safe(pid)}"
        media_files = []
        for n, media in enumerate(post.media):
            try:
                data = _read_media(media)
            except (OSError, KeyError, zipfile.BadZipFile) as exc:
                missing.append({"post_id": pid, "media": str(n), "why": str(exc) or type(exc).__name__,
                                "url": media.url or ""})
                continue
            ext = PurePosixPath(media.path or media.url or "").suffix.lower()
            ext = ext if re.fullmatch(r"\.[a-z0-9]{1,5}", ext) else ".bin"
            rel = f"media/{base}_{n}{ext}"
            source = f"{media.archive}!{media.path}" if media.archive else media.path
            put(rel, data, kind="media", post=post, source=source)
            media_files.append(rel)
        doc = {"post": post.to_dict(), "findings": [f.to_dict() for f in findings.get(pid, [])],
               "recommendation": rec, "media_files": media_files}
        put(f"posts/{base}.json", _json(doc), kind="post", post=post, source=post.url)
    manifest = {
        "type": "auditor.evidence",
        "version": 1,
        "scan_id": row.id,
        "account": f"{row.platform}:@{row.handle}",
        "scan_finished_at": row.finished_at.isoformat(),
        "exported_at": exported_at.isoformat(),
        "hash": "sha256",
        "files": files,
        "missing": missing,
    }
    sums = "".join(f"{f['sha256']}  {f['path']}\n" for f in files)
    write_private_bytes(out_dir / SUMS, sums.encode("utf-8"))
    return write_private_bytes(out_dir / MANIFEST, _json(manifest))


def verify(out_dir: Path) -> list[str]:
    """Paths whose content no longer matches the manifest (empty when all is intact)."""
    manifest = json.loads((Path(out_dir) / MANIFEST).read_text(encoding="utf-8"))
    bad = []
    for f in manifest["files"]:
        path = Path(out_dir) / f["path"]
        if not path.is_file() or _sha256(path.read_bytes()) != f["sha256"]:
            bad.append(f["path"])
    return bad


def _json(obj: Any) -> bytes:
    return (json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")
