"""Answers kept by key: each worked out once, as long as what it is worked out from does not change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class Memo(dict[_K, _V]):
    """A dict of answers that never change for their key; past `limit` keys (if given) it begins afresh."""

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()
        self.limit = limit

    def get_or(self, key: _K, work_out: Callable[[], _V]) -> _V:
        """The answer for `key`, worked out by `work_out` the first time it is asked."""
        if key not in self:
            if self.limit is not None and len(self) > self.limit:
                self.clear()
            self[key] = work_out()
        return self[key]
