"""Shared gazetteer/geocoder fixtures for the geocoding tests: built once, cached on disk."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest

from frontwatch.resolve.gazetteer import Gazetteer
from frontwatch.resolve.geocode import Geocoder

# keyed by a hash of its inputs, so reusing it across test runs is always correct
GAZETTEER_CACHE = Path(tempfile.gettempdir()) / "frontwatch-test-gazetteer"


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER_CACHE)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The packaged gazetteer (built on the first test run, then loaded from cache)."""
    return _gazetteer()


@pytest.fixture(scope="session")
def geocoder(gazetteer: Gazetteer) -> Geocoder:
    """A geocoder over the packaged gazetteer."""
    return Geocoder(gazetteer)


@pytest.fixture(scope="session")
def geoparse(geocoder: Geocoder, nlp):  # noqa: ANN001 - spaCy Language from conftest
    """geoparse(text) -> list[PlaceMention], parsing with the session's spaCy pipeline."""
    return lambda text: geocoder.geoparse(text, nlp(text))
