"""Security around every response: headers (a Content-Security-Policy), a request size limit,
and a per-client rate limit (a token bucket per address), as plain ASGI middleware."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field

__all__ = ["CSP", "Guard", "RateLimiter"]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
           (b"cross-origin-opener-policy", b"same-origin")]


@dataclass
class RateLimiter:
    """``rate`` requests a second per client, bursts of ``burst``; ``rate`` 0 turns it off."""

    rate: float
    burst: float
    buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str, now: float | None = None) -> bool:
        if self.rate <= 0:
            return True
        now = time.monotonic() if now is None else now
        with self.lock:
            tokens, last = self.buckets.get(client, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if len(self.buckets) > 10000:  # forget idle clients rather than grow without end
                self.buckets.clear()
            if tokens < 1:
                self.buckets[client] = (tokens, now)
                return False
            self.buckets[client] = (tokens - 1, now)
            return True


async def _refuse(send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _drop_empty(query: bytes) -> bytes:
    """An empty field (a form's untouched input) is the same as no field."""
    if not query:
        return query
    return b"&".join(p for p in query.split(b"&") if p and not p.endswith(b"=") and p != b"")


class _TooLarge(Exception):
    pass


class Guard:
    """Adds the security headers, refuses bodies over ``max_body`` bytes (413) and clients over their rate (429)."""

    def __init__(self, app, max_body: int, limiter: RateLimiter) -> None:
        self.app, self.max_body, self.limiter = app, max_body, limiter

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("?", 0))[0]
        if not self.limiter.allow(client):
            return await _refuse(send, 429, "too many requests; slow down")
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _refuse(send, 413, f"the request body is over {self.max_body} bytes")
        scope = {**scope, "query_string": _drop_empty(scope.get("query_string", b""))}
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise _TooLarge()
            return message

        async def secured_send(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except _TooLarge:
            await _refuse(send, 413, f"the request body is over {self.max_body} bytes")
