"""`dragoman serve --workers N`: N processes on one port, each with a socket of its own."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dragoman.web.processes import balanced
from web_support import build_store, wait_for_server

pytestmark = [pytest.mark.network_ok,  # loopback only: a server this test starts on 127.0.0.1
              pytest.mark.skipif(not balanced() or not Path("/proc").is_dir(),
                                 reason="SO_REUSEPORT and /proc (Linux) are needed to watch the processes")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def _serve(db: Path, port: int, workers: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(port),
                             "--rate", "0", "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_two_server_processes_share_new_connections(tmp_path):
    db = tmp_path / "w.db"
    build_store(db)
    port = _free_port()
    proc = _serve(db, port, 2)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(base, proc)
        time.sleep(0.5)  # both processes up and idle
        workers = [p for p in _children(proc.pid) if "resource_tracker" not in Path(f"/proc/{p}/cmdline").read_text()]
        assert len(workers) == 2
        before = {p: _cpu_ticks(p) for p in workers}
        for _ in range(300):  # a new connection each time
            with urllib.request.urlopen(base + "/api/v1/events?limit=20", timeout=10) as response:
                assert response.status == 200
        busy = {p: _cpu_ticks(p) - before[p] for p in workers}
        assert all(ticks > 0 for ticks in busy.values()), busy
        assert min(busy.values()) / max(busy.values()) > 0.15, busy  # neither process is left idle
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    assert all(not Path(f"/proc/{p}").exists() or "zombie" in Path(f"/proc/{p}/status").read_text()
               for p in workers)


def test_a_taken_port_is_said_plainly(tmp_path):
    db = tmp_path / "w.db"
    build_store(db)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = _serve(db, port, 2)
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert f"cannot listen on 127.0.0.1:{port}" in out.decode() and "Traceback" not in out.decode()
    assert os.environ.get("DRAGOMAN_WEB_SETTINGS") is None  # the test process's own environment is untouched
