"""The few named exceptions frontwatch raises; the CLI turns each into one line."""

from __future__ import annotations


class FrontwatchError(Exception):
    """Base class: every error frontwatch raises on purpose derives from it."""


class InputError(FrontwatchError):
    """A document could not be read: names the document and the problem."""

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class GazetteerError(FrontwatchError):
    """The gazetteer or one of its supplement files is missing or malformed."""


class RegistryError(FrontwatchError):
    """An actor registry or lexicon file is malformed."""


class StoreError(FrontwatchError):
    """The database could not be opened or written."""


class GoldFormatError(FrontwatchError):
    """A gold file for evaluation does not follow the documented format."""
