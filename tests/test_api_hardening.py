"""The API under hostile or heavy use: long texts, slow extraction, crashes, floods; headers, docs and the token."""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from frontwatch.api import create_app
from frontwatch.api.security import CONTENT_SECURITY_POLICY
from frontwatch.model import Extraction
from frontwatch.settings import Settings
from frontwatch.store import Store

TOKEN = "s3cret-operator-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NFC_TRIPLES = "\ufb2c"  # one character that NFC turns into three (a composition exclusion)


class _Extractor:
    """A stand-in extractor: instant, slow (`delay`), or crashing like a resolver that never stops."""

    def __init__(self, delay: float = 0.0, crash: BaseException | None = None) -> None:
        self.delay, self.crash = delay, crash

    def extract(self, document):
        time.sleep(self.delay)
        if self.crash is not None:
            raise self.crash
        return Extraction(document=document)


def _client(tmp_path, extractor=None, **overrides) -> TestClient:
    store = Store(f"sqlite:///{tmp_path / 'api.db'}")
    settings = Settings(database_url=store.url, api_token=TOKEN, log_dir=tmp_path / "logs", **overrides)
    app = create_app(settings, store=store, build_extractor=lambda _s: extractor or _Extractor())
    return TestClient(app)


def test_a_million_character_post_is_refused_at_once_with_413(tmp_path):
    client = _client(tmp_path, _Extractor(delay=600))
    start = time.perf_counter()
    response = client.post("/documents", json={"text": "Shelling hit the town. " * 43_479}, headers=AUTH)
    assert time.perf_counter() - start < 5
    assert response.status_code == 413
    assert response.json()["detail"].startswith("request body larger than 1000000 bytes")


def test_a_text_that_normalisation_grows_past_the_limit_is_413_not_500(tmp_path):
    client = _client(tmp_path, api_max_body_bytes=4_000_000)
    response = client.post("/documents", json={"text": NFC_TRIPLES * 999_000}, headers=AUTH)
    assert response.status_code == 413
    assert response.json()["detail"] == (
        "body field 'text': 2997000 characters after normalisation, the API reads at most 100000; "
        "ingest longer texts with the command line (frontwatch ingest)")


def test_slow_extraction_answers_503_with_the_id_and_stores_the_document_when_done(tmp_path):
    client = _client(tmp_path, _Extractor(delay=4), api_request_seconds=0.2, api_extract_wait_seconds=0.1)
    first = client.post("/documents", json={"text": "Gunmen burned a market in the north."}, headers=AUTH)
    assert first.status_code == 503 and first.headers["retry-after"] == "30"
    doc_id = first.json()["id"]
    busy = client.post("/documents", json={"text": "Another report entirely."}, headers=AUTH)
    assert busy.status_code == 503 and busy.json()["detail"].startswith("the extractor is busy")
    deadline = time.monotonic() + 10
    while client.get(f"/documents/{doc_id}").status_code == 404 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert client.get(f"/documents/{doc_id}").status_code == 200


def test_a_document_that_crashes_extraction_is_422_in_one_line_and_kept_on_record(tmp_path):
    client = _client(tmp_path, _Extractor(crash=RecursionError("maximum recursion depth exceeded")))
    response = client.post("/documents", json={"text": "They said their fighters left."}, headers=AUTH)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "\n" not in detail and detail.startswith("api: RecursionError: maximum recursion depth exceeded")
    assert "(traceback: " in detail and detail.endswith("(kept on record: frontwatch failures)")
    store = client.app.state.store
    [failure] = store.failures()
    assert failure.origin == "api" and failure.error_class == "RecursionError"
    assert "Traceback (most recent call last)" in (tmp_path / "logs" / "failures.log").read_text()


def test_writes_beyond_the_rate_limit_get_429_with_retry_after(tmp_path):
    client = _client(tmp_path, api_writes_per_minute=3)
    codes = [client.post("/documents", json={"text": f"Report number {i}."}, headers=AUTH).status_code
             for i in range(5)]
    assert codes[:3] == [201, 201, 201] and codes[3:] == [429, 429]
    limited = client.post("/documents", json={"text": "One more."}, headers=AUTH)
    assert int(limited.headers["retry-after"]) >= 1
    assert client.get("/events").status_code == 200  # reads are not limited


@pytest.mark.parametrize("path", ["/", "/events", "/docs", "/openapi.json", "/no-such-page"])
def test_every_answer_carries_the_security_headers(tmp_path, path):
    response = _client(tmp_path).get(path)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in \
        CONTENT_SECURITY_POLICY.split("script-src")[1].split(";")[0]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_docs_are_served_offline_without_inline_script(tmp_path):
    client = _client(tmp_path)
    page = client.get("/docs")
    assert page.status_code == 200 and "http" not in page.text.replace("http-equiv", "")
    scripts = [line for line in page.text.splitlines() if "<script" in line]
    assert scripts and all('src="/static/' in line and "></script>" in line for line in scripts)
    for asset in ("/static/swagger-ui/swagger-ui-bundle.js", "/static/swagger-ui/swagger-ui.css",
                  "/static/api-docs/api-docs.js"):
        assert client.get(asset).status_code == 200, asset


def test_the_token_is_a_secret_never_printed(tmp_path):
    settings = Settings(api_token=TOKEN)
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)
    assert TOKEN not in settings.model_dump_json()
    assert _client(tmp_path).post("/documents", json={"text": "x y z."}, headers=AUTH).status_code == 201


def test_concurrent_posts_of_one_text_store_it_once(tmp_path):
    client = _client(tmp_path, _Extractor(delay=0.2), api_extract_wait_seconds=5)
    codes: list[int] = []
    threads = [threading.Thread(target=lambda: codes.append(
        client.post("/documents", json={"text": "Militants raided a border post."}, headers=AUTH).status_code))
        for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(codes) == [200, 200, 200, 201]
    assert len(client.app.state.store.documents()) == 1


def test_a_database_outage_is_503_with_retry_after_not_500(tmp_path):
    client = _client(tmp_path)
    store = client.app.state.store
    store.close()
    (tmp_path / "api.db").unlink()
    (tmp_path / "api.db").mkdir()  # the file is gone and cannot be recreated: every query fails
    store.engine = __import__("sqlalchemy").create_engine(f"sqlite:///{tmp_path / 'api.db'}")
    store._sessions.configure(bind=store.engine)
    response = client.get("/events")
    assert response.status_code == 503 and response.headers["retry-after"] == "5"
    assert response.json() == {"detail": "the database is unreachable or busy; retry shortly"}


def test_a_read_that_takes_too_long_is_503_not_a_hung_request(tmp_path, monkeypatch):
    client = _client(tmp_path, api_request_seconds=-3.5)  # the answer limit is api_request_seconds + 5 s
    store = client.app.state.store
    assert client.get("/events").status_code == 200  # warm: the first query pays for compiling, not the limit
    monkeypatch.setattr(store, "actors", lambda: time.sleep(6) or [])
    start = time.perf_counter()
    response = client.get("/actors")
    assert time.perf_counter() - start < 5
    assert response.status_code == 503 and response.json() == {"detail": "no answer within 1.5 s; retry later"}
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert client.get("/events").status_code == 200  # a quick read still answers


def test_posted_documents_are_graded_like_the_command_lines(tmp_path):
    grades = tmp_path / "grades.yaml"
    grades.write_text("Valley Courier: B\n")
    client = _client(tmp_path, source_reliability_file=grades)
    response = client.post("/documents", json={"text": "Militia fighters left the dam.", "source": "Valley Courier"},
                           headers=AUTH)
    assert response.status_code == 201
    [document] = client.app.state.store.documents()
    assert document.reliability == "B"
