"""Shared fixtures: the coder context, a helper to code one text, the shared gold folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dragoman.coder import code_document, context
from dragoman.ingest.text import document_from_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def ctx():
    return context()


@pytest.fixture(scope="session")
def coded(ctx):
    """coded(text, published) -> Doc with every layer."""

    def run(text: str, published: str = "2024-06-12", keep_all: bool = False):
        c = context(keep_all=True) if keep_all else ctx
        return code_document(document_from_text(text, dt.date.fromisoformat(published)), c)

    return run


@pytest.fixture(scope="session")
def full_codes(coded):
    """full_codes(text, published) -> set of (source primary, target primary, full CAMEO code)."""

    def run(text: str, published: str = "2024-06-12"):
        return {(e.source.primary, e.target.primary, e.code) for e in coded(text, published).events}

    return run


@pytest.fixture(scope="session")
def triples(coded):
    """triples(text, published) -> set of (source primary, target primary, root) of asserted events."""

    def run(text: str, published: str = "2024-06-12"):
        return {(e.source.primary, e.target.primary, e.root) for e in coded(text, published).events}

    return run


@pytest.fixture
def shared_gold():
    gold = SHARED / "gold"
    if not gold.is_dir():
        pytest.skip("../shared/gold is not present beside the project")
    return gold


@pytest.fixture(autouse=True)
def no_network(request, monkeypatch):
    """Every test fails if it opens a network connection or resolves a name, unless it is marked
    ``network_ok`` (the loopback tests of fetching with --allow-network). Attempts are recorded
    and checked at the end, so a library that swallows the error cannot hide one."""
    if request.node.get_closest_marker("network_ok"):
        yield []
        return
    import socket

    attempts: list[str] = []

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network use blocked in tests: {what}")
        return blocked
    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    yield attempts
    assert not attempts, f"the network was used: {attempts}"


def pytest_configure(config):
    config.addinivalue_line("markers", "network_ok: the test may open loopback connections")
