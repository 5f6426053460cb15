"""Writing files that hold the user's data: private (0600) and atomic.

A report is a dossier on its user, so nothing is ever written world-readable, and a
half-written file is never left where a complete one is expected: we write to a
temporary file in the same folder and rename it into place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from auditor.errors import OutputError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; folders we create are 0700."""
    try:
        if not path.exists():
            path.mkdir(parents=True, mode=PRIVATE_DIR)
        elif not path.is_dir():
            raise OutputError(f"{path} はフォルダではありません")
    except OSError as exc:
        raise OutputError(f"{path} を作成できません: {exc.strerror or exc}") from exc
    return path


def write_private_bytes(path: Path, data: bytes) -> Path:
    path = Path(path)
    ensure_private_dir(path.parent if str(path.parent) else Path("."))
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, PRIVATE_FILE)
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise OutputError(f"{path} に書き込めません: {exc.strerror or exc}") from exc
    return path


def write_private_text(path: Path, text: str) -> Path:
    return write_private_bytes(path, text.encode("utf-8"))
