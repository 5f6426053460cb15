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
        raise InputError(f"{path.name}: 対応しているアーカイブではありません (X のデータに data/tweets.js がありません)")
    raise InputError(f"{path}: 対応している形式ではありません (X アーカイブ .zip/フォルダ, .jsonl)")


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
