"""Middleware in front of every route: security headers, a request-size limit, a rate limit on writes, and a
time limit on every answer.

Pure ASGI (no BaseHTTPMiddleware), so streamed responses stay streamed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# No inline script anywhere (the map and /docs load their scripts from files); styles may be set by scripts.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class _BodyTooLarge(Exception):
    pass


class SecurityMiddleware:
    """Adds security headers, answers 413 past `max_body_bytes`, 429 past `writes_per_minute` per client, and
    503 when no answer has started after `answer_seconds`."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, writes_per_minute: int, answer_seconds: float) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.limiter = WriteLimiter(writes_per_minute)
        self.answer_seconds = answer_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((n, v) for n, v in SECURITY_HEADERS if n not in names)]
            await send(message)

        if scope["method"] in WRITE_METHODS:
            client = (scope.get("client") or ("unknown", 0))[0]
            wait = self.limiter.wait(client)
            if wait > 0:
                await _problem(send_with_headers, 429, f"too many writes from {client}: at most "
                               f"{self.limiter.per_minute} a minute; retry in {math.ceil(wait)} s",
                               [(b"retry-after", str(math.ceil(wait)).encode())])
                return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
            await _problem(send_with_headers, 413, self._too_large())
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge
            return message

        answered = asyncio.Event()
        late = False

        async def send_in_time(message: Message) -> None:
            if late:
                return  # the client was told 503 already: drop what the slow handler sends now
            answered.set()
            await send_with_headers(message)

        async def run() -> None:
            try:
                await self.app(scope, counted_receive, send_in_time)
            except _BodyTooLarge:
                if not started:
                    await _problem(send_with_headers, 413, self._too_large())
            finally:
                answered.set()

        task = asyncio.ensure_future(run())
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(answered.wait(), self.answer_seconds)
        if answered.is_set():
            await task
            return
        late = True  # a sync handler's thread cannot be stopped; its answer is dropped when it comes
        await _problem(send_with_headers, 503, f"no answer within {self.answer_seconds:g} s; retry later",
                       [(b"retry-after", b"30")])

    def _too_large(self) -> str:
        return (f"request body larger than {self.max_body_bytes} bytes; send less, or ingest long texts "
                "with the command line (frontwatch ingest)")


async def _problem(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class WriteLimiter:
    """A token bucket per client address: `per_minute` writes a minute, in bursts of up to `per_minute`."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        """Seconds until this client may write again (0: it may write now, and a token is taken)."""
        rate = self.per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                if len(self._buckets) > 10_000:  # forget the oldest clients, not the memory
                    self._buckets = dict(sorted(self._buckets.items(), key=lambda kv: kv[1][1])[-5_000:])
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / rate if rate > 0 else 60.0
