"""Read-only access to a data-export archive — a folder or a .zip — by member name.

Platforms' "download your data" files come from the internet and may be hostile. This
reader never extracts anything: zip members are streamed or read into memory, so nothing
is written anywhere (no zip-slip); member names that are absolute or climb out with
``..`` are ignored; symlinks in folders are not followed; and caps on the number of
members, each member's size, the total uncompressed size and the compression ratio of
large members refuse zip bombs before a byte is decompressed (``zipfile`` never returns
more than a member's declared size).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath
from typing import IO

from auditor.errors import InputError

#: Real exports compress ~5-15:1 (JSON) or ~1:1 (media); a large member packed far tighter
#: than that is padding, and reading it would cost minutes of CPU for nothing.
MAX_RATIO = 200
RATIO_CHECK_BYTES = 10 * 1024**2


class ArchiveRefused(InputError):
    """The archive is refused as a whole (a zip bomb, too many members): said as such, never
    reported as merely "not this platform's archive" by a connector's sniffer."""


def safe_member_name(name: str) -> bool:
    """False for names that are absolute, climb with ``..`` or use backslashes."""
    p = PurePosixPath(name)
    return not (p.is_absolute() or ".." in p.parts or "\\" in name or name.startswith("/"))


class ArchiveReader:
    """A folder or zip file, read by posix member names relative to its root."""

    def __init__(
        self,
        path: Path,
        *,
        what: str,
        max_members: int,
        max_member_bytes: int,
        max_total_bytes: int,
        list_under: str | None = None,
    ) -> None:
        """``list_under`` limits a folder's listing to one subfolder (an archive's ``data``),
        so that pointing at a large folder by mistake does not walk all of it."""
        self.path = Path(path)
        self.what = what  # e.g. "X のアーカイブ", for messages
        self.max_member_bytes = max_member_bytes
        self.zip: zipfile.ZipFile | None = None
        if not self.path.exists():
            raise InputError(f"{self.path}: 見つかりません")
        if self.path.is_dir():
            self.names = self._list_folder(max_members, list_under)
        else:
            self.names = self._open_zip(max_members, max_total_bytes)
        self._name_set = frozenset(self.names)

    def _list_folder(self, max_members: int, under: str | None) -> list[str]:
        names: list[str] = []
        top = self.path / under if under else self.path
        if not top.is_dir():
            return names
        for p in top.rglob("*"):
            if p.is_file() and not p.is_symlink():
                names.append(p.relative_to(self.path).as_posix())
                if len(names) > max_members:
                    raise ArchiveRefused(f"{self.path}: ファイル数が多すぎます。{self.what}ではないようです")
        return sorted(names)

    def _open_zip(self, max_members: int, max_total_bytes: int) -> list[str]:
        try:
            self.zip = zipfile.ZipFile(self.path)
        except zipfile.BadZipFile as exc:
            raise InputError(
                f"{self.path.name}: zip ファイルとして読めません (壊れているか zip ではありません)"
            ) from exc
        except OSError as exc:
            raise InputError(f"{self.path}: 開けません ({exc.strerror})") from exc
        infos = self.zip.infolist()
        if len(infos) > max_members:
            self.close()
            raise ArchiveRefused(
                f"{self.path.name}: ファイル数が多すぎます ({len(infos):,})。{self.what}ではないようです"
            )
        if sum(i.file_size for i in infos) > max_total_bytes:
            self.close()
            raise ArchiveRefused(f"{self.path.name}: 展開後のサイズが大きすぎます (zip 爆弾の可能性)")
        for i in infos:
            if i.file_size > RATIO_CHECK_BYTES and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                self.close()
                raise ArchiveRefused(
                    f"{self.path.name}: {i.filename} の圧縮率が異常です (zip 爆弾の可能性)"
                )
        return [i.filename for i in infos if not i.is_dir() and safe_member_name(i.filename)]

    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.zip = None

    def has(self, name: str) -> bool:
        return name in self._name_set

    def open_binary(self, name: str) -> IO[bytes]:
        """A stream of one member; refuses members over the size cap."""
        if not self.has(name):
            raise InputError(f"{name}: {self.what}の中に見つかりません")
        if self.zip is not None:
            info = self.zip.getinfo(name)
            size = info.file_size
        else:
            size = (self.path / name).stat().st_size
        if size > self.max_member_bytes:
            raise InputError(f"{name}: 大きすぎます ({size:,} バイト)")
        if self.zip is not None:
            return self.zip.open(info)
        return (self.path / name).open("rb")

    def open_text(self, name: str) -> IO[str]:
        return io.TextIOWrapper(self.open_binary(name), encoding="utf-8-sig", errors="strict")

    def read_bytes(self, name: str) -> bytes:
        try:
            with self.open_binary(name) as fh:
                return fh.read()
        except (zipfile.BadZipFile, EOFError, OSError) as exc:
            raise InputError(f"{name}: 読めません (壊れています)") from exc

    def locate(self, name: str) -> tuple[str | None, str | None]:
        """``(path, archive)`` for ``Media``: a file path, or a member of the zip ``archive``."""
        if not safe_member_name(name) or not self.has(name):
            return None, None
        if self.zip is not None:
            return name, str(self.path)
        return str(self.path / name), None
