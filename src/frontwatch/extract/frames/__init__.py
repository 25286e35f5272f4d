"""The predicate-frame layer: spaCy components that read every clause into a Frame."""

from frontwatch.extract.frames.model import Attribution, Frame

__all__ = ["Attribution", "Frame"]
