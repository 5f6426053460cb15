"""Ctrl-C that always stops a scan, even when a library swallows the first one.

Python turns SIGINT into ``KeyboardInterrupt`` wherever the main thread happens to be; if
that is inside a finaliser or a library's bare ``except:``, the exception is lost and the
scan runs on to the end and saves itself — the opposite of what the user asked for (seen
once in CI: exit 0 after Ctrl-C). The handler raises as usual *and* remembers the signal;
the scan checks the flag at every progress tick and once more before it saves.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Any


class Interrupts:
    """Context manager: ``check()`` raises ``KeyboardInterrupt`` once SIGINT has arrived."""

    def __init__(self) -> None:
        self.hit = False
        self._previous: Any = None

    def __enter__(self) -> Interrupts:
        # Signal handlers can only be set from the main thread (tests may run elsewhere).
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_sigint)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    def _on_sigint(self, signum: int, frame: FrameType | None) -> None:
        self.hit = True
        raise KeyboardInterrupt

    def check(self) -> None:
        if self.hit:
            raise KeyboardInterrupt
