"""The REST API behaves the same over PostgreSQL: every test of test_api.py, on a PostgreSQL store."""

from __future__ import annotations

import pytest
from pg_fixtures import pg_url  # noqa: F401  (fixture)
from test_api import *  # noqa: F403  (test_api's tests run again here, on the `store` below)
from test_api import _extractions

from frontwatch.store import Store

pytestmark = pytest.mark.postgres


@pytest.fixture()
def store(pg_url):  # noqa: F811  (replaces test_api's SQLite store)
    """test_api's three documents in a fresh PostgreSQL database."""
    store = Store(pg_url)
    for extraction in _extractions():
        store.save(extraction)
    yield store
    store.close()
