"""Shared fixtures: the spaCy pipeline and the full extractor, loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frontwatch.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def need_shared() -> Path:
    """The shared folder beside the project (seed report and gold files). Where it is absent (a fresh
    clone elsewhere) the test is skipped with that reason; under CI (CI=true) it must be there."""
    if not (SHARED / "eval").is_dir():
        reason = f"{SHARED / 'eval'} is not present (the shared gold files sit beside the project)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI must have it")
        pytest.skip(reason)
    return SHARED


def _training_script(name: str):
    """A script of training/ as a module (the rebuild scripts are not part of the package)."""
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[1] / "training" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build_corpus():
    """training/build_corpus.py as a module."""
    return _training_script("build_corpus")


@pytest.fixture(scope="session")
def fit_frame_trust():
    """training/fit_frame_trust.py as a module."""
    return _training_script("fit_frame_trust")


@pytest.fixture(scope="session")
def build_actor_dictionary():
    """training/build_actor_dictionary.py as a module."""
    return _training_script("build_actor_dictionary")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder beside the project; see need_shared."""
    return need_shared()


@pytest.fixture(scope="session")
def nlp():
    """The English spaCy pipeline with frontwatch's line-break sentence rule."""
    from frontwatch.nlp import load_pipeline

    return load_pipeline(Settings().spacy_model)


@pytest.fixture(scope="session")
def reader(extractor):
    """The reading pipeline (spaCy with frontwatch's actor-name, parse-repair and frame components)."""
    return extractor.nlp


@pytest.fixture(scope="session")
def extractor():
    """The whole extraction stage (gazetteer index built or loaded from the user cache)."""
    from frontwatch.pipeline import build_extractor

    return build_extractor(Settings())


@pytest.fixture(scope="session")
def first_actor1(extractor):
    """first_actor1(text) -> the name of actor 1 of the first event read from a one-text document, or None."""
    from frontwatch.model import Document

    def read(text: str) -> str | None:
        events = extractor.extract(Document(id="t", text=text, origin="t")).events
        return events[0].actor1.name if events and events[0].actor1 is not None else None

    return read


@pytest.fixture()
def store(tmp_path):
    """An empty SQLite store in a temporary folder."""
    from frontwatch.store import Store

    store = Store(f"sqlite:///{tmp_path / 'facts.db'}")
    yield store
    store.close()
