"""Shared fixtures: the spaCy pipeline and the full extractor, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwatch.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder beside the project (seed report and gold files); skip when absent."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval is not present")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The English spaCy pipeline with frontwatch's line-break sentence rule."""
    from frontwatch.nlp import load_pipeline

    return load_pipeline(Settings().spacy_model)


@pytest.fixture(scope="session")
def extractor():
    """The whole extraction stage (gazetteer index built or loaded from the user cache)."""
    from frontwatch.pipeline import build_extractor

    return build_extractor(Settings())


@pytest.fixture()
def store(tmp_path):
    """An empty SQLite store in a temporary folder."""
    from frontwatch.store import Store

    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    yield store
    store.close()
