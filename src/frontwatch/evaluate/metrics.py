"""Metrics that add up over records (precision/recall/F1 counts, shares) and diagnostics."""

from __future__ import annotations

from dataclasses import dataclass


def _ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator, 1.0 when there is nothing to count (vacuously perfect)."""
    return numerator / denominator if denominator else 1.0


@dataclass(frozen=True)
class PRF:
    """Match counts: matched required gold items, counted system items, required gold items.

    `system` already leaves out system items matched to optional gold items. With a zero
    denominator precision (or recall) is 1.0: nothing was wrongly output (or missed);
    `defined` tells whether there was anything to score at all.
    """

    matched: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Matched / counted system items."""
        return _ratio(self.matched, self.system)

    @property
    def recall(self) -> float:
        """Matched / required gold items."""
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def defined(self) -> bool:
        """True when there was at least one gold or system item."""
        return bool(self.system or self.gold)

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.matched + other.matched, self.system + other.system, self.gold + other.gold)


@dataclass(frozen=True)
class Share:
    """How many of `total` items were right."""

    correct: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        """correct / total (1.0 when total is 0)."""
        return _ratio(self.correct, self.total)

    def __add__(self, other: Share) -> Share:
        return Share(self.correct + other.correct, self.total + other.total)


@dataclass(frozen=True)
class GeoShare:
    """Gold points scored for geocoding and how many the system put within 25 km and 161 km."""

    within_25: int = 0
    within_161: int = 0
    total: int = 0

    @property
    def share_25(self) -> float:
        """Share within 25 km."""
        return _ratio(self.within_25, self.total)

    @property
    def share_161(self) -> float:
        """Share within 161 km (100 miles)."""
        return _ratio(self.within_161, self.total)

    def __add__(self, other: GeoShare) -> GeoShare:
        return GeoShare(
            self.within_25 + other.within_25,
            self.within_161 + other.within_161,
            self.total + other.total,
        )


@dataclass(frozen=True)
class Diagnostic:
    """One line of the diagnostics: a gold item missed, a system item unmatched, an error."""

    record_id: str
    section: str
    text: str
