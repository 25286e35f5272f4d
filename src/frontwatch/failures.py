"""Failed inputs: the record a run keeps of a document it could not read, extract or store.

A failure is shown as one line (origin, error class, message, and where its traceback is);
the full traceback of an unexpected error goes to a log file, never to the terminal.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import traceback
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from frontwatch.errors import FrontwatchError, InputError
from frontwatch.model import Document

_MESSAGE_LIMIT = 500  # characters of an exception's message kept in the one-line form


@dataclass(frozen=True)
class Failure:
    """One input that failed, with what it takes to show it, find its traceback and run it again."""

    origin: str
    error_class: str
    message: str
    doc_id: str | None = None
    traceback: str | None = field(default=None, compare=False, repr=False)  # until written to the log
    traceback_ref: str | None = None
    document: Document | None = field(default=None, compare=False, repr=False)  # to retry it
    warnings: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """What identifies the failed input: its document id, else a hash of its origin."""
        return self.doc_id or origin_key(self.origin)

    def line(self) -> str:
        """The failure as one line: origin, class and message, and where the traceback is."""
        message = " ".join(self.message.split())[:_MESSAGE_LIMIT]
        text = message if self.error_class in ("InputError", "StrictWarning") else f"{self.error_class}: {message}"
        if not text.startswith(f"{self.origin}: "):
            text = f"{self.origin}: {text}"
        if self.traceback_ref:
            text += f" (traceback: {self.traceback_ref})"
        return text


def origin_key(origin: str) -> str:
    """The failure key of an input known only by its origin (it never became a document)."""
    return "origin:" + hashlib.sha256(origin.encode("utf-8")).hexdigest()[:32]


def failure_of(exc: BaseException, origin: str, document: Document | None = None) -> Failure:
    """The Failure record of an exception raised while reading, extracting or storing one input."""
    message = exc.problem if isinstance(exc, InputError) else str(exc) or exc.__class__.__name__
    message = message.removeprefix(f"{origin}: ")  # frontwatch's own messages name the input already
    crashed = not isinstance(exc, FrontwatchError)
    return Failure(
        origin=origin, error_class=exc.__class__.__name__, message=message,
        doc_id=document.id if document is not None else None,
        traceback="".join(traceback.format_exception(exc)) if crashed else None,
        document=document, warnings=document.warnings if document is not None else (),
    )


def input_failure(error: InputError) -> Failure:
    """The Failure record of an input that could not be read (with the traceback of a reader that crashed)."""
    cause = error.__cause__
    if cause is not None and not isinstance(cause, FrontwatchError):
        return Failure(origin=error.origin, error_class=cause.__class__.__name__, message=str(cause),
                       traceback="".join(traceback.format_exception(cause)))
    return Failure(origin=error.origin, error_class="InputError", message=error.problem)


class TracebackLog:
    """Appends full tracebacks to one log file; a failure keeps a pointer `<file>#<id>` to its entry."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def keep(self, failure: Failure) -> Failure:
        """Write the failure's traceback (if any) to the log; the failure, now pointing at its entry."""
        if failure.traceback is None:
            return failure
        entry = f"tb-{datetime.now(UTC):%Y%m%dT%H%M%S}-{secrets.token_hex(3)}"
        header = f"=== {entry} {failure.origin} (document {failure.doc_id or 'none'})\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as log:
                log.write(header + failure.traceback.rstrip("\n") + "\n\n")
                log.flush()
                os.fsync(log.fileno())
        except OSError as exc:
            problem = f"not logged: cannot write {self.path}: {exc.strerror}"
            return replace(failure, traceback=None, traceback_ref=problem)
        return replace(failure, traceback=None, traceback_ref=f"{self.path}#{entry}")
