"""Which connector reads which source. One line per connector; modules load lazily
(tweepy and instaloader are slow to import and only the chosen one is needed)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from auditor.errors import InputError
from connectors.base import Connector


@dataclass(frozen=True)
class ConnectorInfo:
    name: str
    module: str
    kind: Literal["file", "live"]
    description: str


REGISTRY: tuple[ConnectorInfo, ...] = (
    ConnectorInfo("x_archive", "connectors.x_archive", "file", "X の「データをダウンロード」アーカイブ (.zip / フォルダ)"),
    ConnectorInfo("jsonl", "connectors.jsonl", "file", "1 行 1 投稿の JSONL"),
    ConnectorInfo("instagram_export", "connectors.instagram_export", "file", "Instagram の「情報をダウンロード」(.zip / フォルダ)"),
    ConnectorInfo("x", "connectors.x_api", "live", "X (API v2): 環境変数 X_BEARER_TOKEN"),
    ConnectorInfo("instagram", "connectors.instagram", "live", "Instagram (instaloader): 公開アカウント、または --session"),
    ConnectorInfo("bluesky", "connectors.bluesky", "live", "Bluesky (公開 AppView)"),
    ConnectorInfo("mastodon", "connectors.mastodon", "live", "Mastodon (@user@instance の公開投稿)"),
)

#: Live platforms: ``auditor scan <platform> <handle>``.
LIVE = {info.name: info for info in REGISTRY if info.kind == "live"}


def _module(info: ConnectorInfo) -> Any:
    return importlib.import_module(info.module)


def detect_kind(path: Path) -> ConnectorInfo:
    """The file connector that recognises ``path``; a clear error when none does."""
    if not path.exists():
        raise InputError(f"{path}: 見つかりません")
    for info in REGISTRY:
        if info.kind == "file" and _module(info).sniff(path):
            return info
    if path.is_file() and path.suffix.lower() == ".zip":
        import zipfile

        if not zipfile.is_zipfile(path):
            raise InputError(f"{path.name}: zip ファイルとして読めません (壊れているか zip ではありません)")
        raise InputError(
            f"{path.name}: 対応しているアーカイブではありません"
            " (X の data/tweets.js も Instagram の content/posts_1.json もありません)"
        )
    raise InputError(f"{path}: 対応している形式ではありません (X / Instagram のデータ .zip/フォルダ, .jsonl)")


def open_file_source(path: str | Path, kind: str | None = None, **options: Any) -> Connector:
    path = Path(path)
    info = _by_name(kind) if kind else detect_kind(path)
    return _module(info).open_source(path, **options)


def open_live_source(platform: str, handle: str, **options: Any) -> Connector:
    info = LIVE.get(platform)
    if info is None:
        raise InputError(f"{platform}: 未対応のプラットフォームです (対応: {', '.join(LIVE) or 'なし'})")
    return _module(info).open_source(handle, **options)


def _by_name(name: str) -> ConnectorInfo:
    for info in REGISTRY:
        if info.name == name:
            return info
    raise InputError(f"{name}: 未知の形式です ({', '.join(i.name for i in REGISTRY)})")
