"""User-facing errors.

Every error the CLI can meet on bad input or a failing platform is one of these; the CLI
prints ``str(error)`` as a single line and exits non-zero. Anything else is a bug.
Connectors may import this module as well as ``auditor.model``: the errors are part of
the connector contract.
"""

from __future__ import annotations

from datetime import datetime


class AuditorError(Exception):
    """Base class; the message is one line a user can act on."""

    exit_code = 1

    def __str__(self) -> str:
        # One line, always: messages sometimes quote file contents or server replies.
        return " ".join(super().__str__().split())


class InputError(AuditorError):
    """The source file or folder is missing, unreadable or not in the expected format."""

    exit_code = 2


class ConnectorError(AuditorError):
    """A platform could not be read (network, permissions, API plan)."""

    exit_code = 3


class AuthError(ConnectorError):
    """Credentials are missing, wrong, or the API plan does not allow reading posts."""


class RateLimited(ConnectorError):
    """The platform asked us to slow down; ``reset_time`` says until when, if known."""

    def __init__(self, message: str, *, reset_time: datetime | None = None) -> None:
        super().__init__(message)
        self.reset_time = reset_time


class StoreError(AuditorError):
    """The scan-history database cannot be opened or written."""

    exit_code = 4


class OutputError(AuditorError):
    """A report or export cannot be written."""

    exit_code = 5


class MissingDependency(AuditorError):
    """An optional dependency is not installed; the message names the package."""

    exit_code = 6
