"""Errors frontwatch survives on purpose (an optional encoder missing, a third-party parser failing on odd
input) are never swallowed in silence: each is logged, the first of a kind as a warning, and counted."""

from __future__ import annotations

import logging
import threading
from collections import Counter

log = logging.getLogger("frontwatch")


class CaughtErrors:
    """How many errors of each kind were caught where, in this process (like logging, process-wide)."""

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    def add(self, where: str, exc: BaseException) -> None:
        """Count an error caught at `where` and log it (a warning the first time, debug after)."""
        key = (where, exc.__class__.__name__)
        with self._lock:
            self._counts[key] += 1
            first = self._counts[key] == 1
        log.log(logging.WARNING if first else logging.DEBUG, "%s: caught %s: %s (survived; counted)",
                where, key[1], exc, exc_info=not first and log.isEnabledFor(logging.DEBUG))

    def counts(self) -> dict[tuple[str, str], int]:
        """(where, error class) → how many were caught."""
        with self._lock:
            return dict(self._counts)


CAUGHT = CaughtErrors()
