"""Fetching a URL, only when the user passed ``--allow-network``, and then only safely.

- Only ``http`` and ``https``, on the first request and on every redirect
  (at most :data:`MAX_REDIRECTS`); no proxies from the environment, no ``file:``,
  ``ftp:`` or ``data:``.
- Every address a host name resolves to is checked *after* DNS resolution, and
  the connection is made to the checked address: loopback, private, link-local
  (169.254.x.x, cloud metadata), multicast, reserved and unspecified addresses
  are refused unless ``allow_private`` (``--allow-private-network``) is set.
- A total deadline per fetch (:data:`DEADLINE`, 60 s, whatever the server's pace)
  and a size cap (:data:`~.decode.MAX_BYTES`).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from .decode import MAX_BYTES
from .outcome import SourceError, printable

__all__ = ["DEADLINE", "MAX_REDIRECTS", "FetchOptions", "check_address", "fetch"]

DEADLINE = 60.0  # seconds for one whole fetch, redirects included
MAX_REDIRECTS = 5
_CHUNK = 65536
_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How a fetch is bounded: total seconds, bytes, and whether private addresses may be reached."""

    deadline: float = DEADLINE
    max_bytes: int = MAX_BYTES
    allow_private: bool = False


class _Refused(OSError):
    """A URL or address dragoman will not fetch from."""


def check_address(address: str, allow_private: bool = False) -> None:
    """Raise if ``address`` (an IP) is one a fetch must not reach without the override."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if allow_private:
        return
    for kind in ("loopback", "private", "link_local", "multicast", "reserved", "unspecified"):
        if getattr(ip, f"is_{kind}"):
            raise _Refused(f"its address {ip} is {kind.replace('_', '-')}; dragoman fetches only public "
                           "addresses (--allow-private-network to override)")


def _connector(options: FetchOptions, deadline: float):
    """socket.create_connection, but to a checked address of the host, within the deadline."""

    def connect(address, timeout=None, source_address=None):
        host, port = address
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _Refused(f"took over {options.deadline:g} s")
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        for *_, sockaddr in infos:
            check_address(sockaddr[0], options.allow_private)
        family, kind, proto, _, sockaddr = infos[0]
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(min(remaining, 10.0))
            sock.connect(sockaddr)
        except BaseException:
            sock.close()
            raise
        return sock
    return connect


def _handlers(options: FetchOptions, deadline: float) -> list[urllib.request.BaseHandler]:
    connector = _connector(options, deadline)

    class HTTPConnection(http.client.HTTPConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = connector

    class HTTPSConnection(http.client.HTTPSConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = connector

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(HTTPConnection, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(HTTPSConnection, req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            scheme = urllib.parse.urlsplit(newurl).scheme.lower()
            if scheme not in _SCHEMES:
                raise _Refused(f"redirects to a {scheme or 'relative'}: URL; dragoman follows only http and https")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return [HTTPHandler(), HTTPSHandler(), Redirects(), urllib.request.HTTPErrorProcessor(),
            urllib.request.HTTPDefaultErrorHandler()]


def _read(response, options: FetchOptions, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise _Refused(f"took over {options.deadline:g} s (the limit for one fetch)")
        chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > options.max_bytes:
            raise _Refused(f"is over {options.max_bytes // 2**20} MB (the limit for one document)")
        chunks.append(chunk)


def fetch(url: str, options: FetchOptions = FetchOptions()) -> tuple[bytes, str]:
    """The body and content type of ``url``; raises SourceError saying why it could not be had."""
    name = printable(url)
    if urllib.parse.urlsplit(url).scheme.lower() not in _SCHEMES:
        raise SourceError(name, "is not an http or https URL", "fetch refused")
    deadline = time.monotonic() + options.deadline
    opener = urllib.request.OpenerDirector()
    for handler in _handlers(options, deadline):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": "dragoman (news event coder)"})
    try:
        with opener.open(request, timeout=min(options.deadline, 10.0)) as response:
            return _read(response, options, deadline), response.headers.get_content_type()
    except _Refused as exc:
        raise SourceError(name, f"was not fetched: {exc}", "fetch refused") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, _Refused):
            raise SourceError(name, f"was not fetched: {reason}", "fetch refused") from None
        raise SourceError(name, f"could not be fetched ({reason}); check the address and the connection",
                          "fetch failed") from None
