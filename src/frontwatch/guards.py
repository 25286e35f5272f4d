"""Bounds for resolvers that follow references (antecedents, owners, aliases, containment).

A resolver that calls itself through another ("they" → the previous subject → "their
fighters" → "their" → ...) can loop forever on a sentence nobody foresaw. `bounded`
wraps such a method: a key already being resolved higher up the stack is a cycle and
resolves to None, nesting deeper than `max_depth` resolves to None, and after
`max_calls` calls on one object every further call resolves to None. The count of
calls cut short is kept on the object (`resolution_cuts`) for diagnostics.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

R = TypeVar("R")

_STATE = "_resolution_guard"


class _Guard:
    """The resolutions in progress on one object, and how many calls it has made."""

    __slots__ = ("active", "calls", "cuts")

    def __init__(self) -> None:
        self.active: set[Hashable] = set()
        self.calls = 0
        self.cuts = 0


def bounded(key: Callable[..., Hashable], max_depth: int = 24, max_calls: int = 200_000
            ) -> Callable[[Callable[..., R | None]], Callable[..., R | None]]:
    """Decorate a resolver method so cycles, deep chains and runaway cost resolve to None.

    `key(self, *args)` names what is being resolved (e.g. a token's index); the same key met
    again while it is still being resolved is a cycle.
    """

    def decorate(method: Callable[..., R | None]) -> Callable[..., R | None]:
        @functools.wraps(method)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> R | None:
            guard = self.__dict__.get(_STATE)
            if guard is None:
                guard = self.__dict__[_STATE] = _Guard()
            name = key(self, *args, **kwargs)
            guard.calls += 1
            if name in guard.active or len(guard.active) >= max_depth or guard.calls > max_calls:
                guard.cuts += 1
                return None
            guard.active.add(name)
            try:
                return method(self, *args, **kwargs)
            finally:
                guard.active.discard(name)

        return wrapper

    return decorate


def resolution_cuts(resolver: object) -> int:
    """How many calls of a bounded resolver on this object were cut short (cycles, depth, cost)."""
    guard = resolver.__dict__.get(_STATE)
    return guard.cuts if guard is not None else 0
