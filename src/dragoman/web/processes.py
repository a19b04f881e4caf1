"""Several server processes on one port, each with a socket of its own (``SO_REUSEPORT``).

With one listening socket shared by the processes (uvicorn's ``--workers``), whichever
process wakes first accepts most of a burst of connections, and a client's keep-alive
connection then stays with it: with 20 clients, one process served four fifths of the
requests while the other idled. With a socket each, the kernel spreads new
connections over the processes by their addresses. Linux and the BSDs have it; elsewhere
:func:`serve` falls back to uvicorn's own workers.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket

__all__ = ["balanced", "serve"]


def balanced() -> bool:
    """Whether this system can give each server process a socket of its own on one port."""
    return hasattr(socket, "SO_REUSEPORT")


def _socket(host: str, port: int, listen: bool = True) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    if listen:
        sock.listen(2048)
    return sock


def _run(host: str, port: int, options: dict) -> None:
    import uvicorn

    config = uvicorn.Config("dragoman.web.app:app_from_environment", factory=True, host=host, port=port, **options)
    uvicorn.Server(config).run(sockets=[_socket(host, port)])


def serve(host: str, port: int, workers: int, **options) -> None:
    """Run ``workers`` server processes on ``host:port`` until interrupted; with one, or without
    ``SO_REUSEPORT``, uvicorn runs them as it does."""
    import uvicorn

    if workers <= 1 or not balanced():
        uvicorn.run("dragoman.web.app:app_from_environment", factory=True, host=host, port=port,
                    workers=workers, **options)
        return
    # bound, not listening: it holds the port (a taken one fails here, before any process
    # starts) and gets no connections
    holder = _socket(host, port, listen=False)
    port = holder.getsockname()[1]
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_run, args=(host, port, options), daemon=True) for _ in range(workers)]
    for process in processes:
        process.start()

    def stop(*_args) -> None:
        for process in processes:
            if process.is_alive():
                process.terminate()

    signal.signal(signal.SIGTERM, stop)
    try:
        for process in processes:
            process.join()
    except KeyboardInterrupt:
        stop()
        for process in processes:
            process.join(timeout=10)
    finally:
        holder.close()
