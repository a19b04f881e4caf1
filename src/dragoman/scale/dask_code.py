"""Coding a corpus on Dask into a Parquet dataset: one task per input shard, resumable.

The coder stays a pure function: :func:`code_shard` reads one input (a JSONL
shard, a text, HTML or feed file) through fsspec, codes its documents with the
knowledge the worker loaded once, writes that shard's rows per publication
month, and only then writes the shard's marker (to a temporary name, then
renamed). A run finds the markers and does not redo those shards, so a killed
run is finished by running it again; a shard cut off half-way is redone whole
(its files have fixed names and are overwritten).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import DragomanError, StoreError
from .dataset import document_schema, event_schema, keyed, marker, shard_rows

__all__ = ["code_shard", "code_with_dask", "done_shards", "input_shards", "shard_id"]

_GLOB = set("*?[")


def _fs(path: str):
    import fsspec

    return fsspec.core.url_to_fs(path)


def _is_local(fs) -> bool:
    protocols = fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,)
    return "file" in protocols


def input_shards(paths: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[str]:
    """The files to code, in the order ``dragoman ingest`` reads them: folders walked (sorted),
    globs expanded, on the local disk or any fsspec filesystem."""
    from ..ingest.folder import KNOWN_SUFFIXES, expand

    out: list[str] = []
    for path in paths:
        fs, root = _fs(path)
        local = _is_local(fs)
        if local and not _GLOB & set(path):
            out += list(expand(path, include, exclude))
            continue
        names = sorted(fs.glob(root)) if _GLOB & set(root) else [root]
        for name in names:
            found = sorted(fs.find(name)) if fs.isdir(name) else [name]
            found = [f for f in found if f.lower().removesuffix(".gz").endswith(KNOWN_SUFFIXES) or f == name]
            out += [f if local else fs.unstrip_protocol(f) for f in found]
    return out


def shard_id(path: str) -> str:
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


def done_shards(output: str) -> set[str]:
    fs, root = _fs(output)
    if not fs.exists(f"{root}/_done"):
        return set()
    return {Path(p).stem for p in fs.ls(f"{root}/_done", detail=False) if p.endswith(".json")}


def _numbered(output: str, shards: list[str]) -> list[tuple[int, str]]:
    """Each input's number: its place in the dataset's list of inputs (``_inputs.json``), where a run's
    new inputs are added at the end. A resumed run numbers its inputs as the first did, and a later
    run with more inputs never reuses a number (numbers order the rows: they must not collide)."""
    import json

    fs, root = _fs(output)
    manifest = f"{root}/_inputs.json"
    known: list[str] = json.loads(fs.cat_file(manifest)) if fs.exists(manifest) else []
    index = {p: i for i, p in enumerate(known)}
    for path in shards:
        if path not in index:
            index[path] = len(known)
            known.append(path)
    fs.makedirs(root, exist_ok=True)
    with fs.open(f"{manifest}.tmp", "wb") as fh:
        fh.write(json.dumps(known, indent=0).encode("utf-8"))
    fs.mv(f"{manifest}.tmp", manifest)
    return [(index[p], p) for p in shards]


def _local_copy(path: str, folder: str) -> str:
    """A local file to read: the path itself, or a copy of a remote one (same name, so its type is told)."""
    fs, root = _fs(path)
    if _is_local(fs):
        return root
    local = os.path.join(folder, os.path.basename(root))
    fs.get(root, local)
    return local


def _write(fs, root: str, kind: str, month: str, name: str, rows: list[dict], schema) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = f"{root}/{kind}/month={month}"
    fs.makedirs(folder, exist_ok=True)
    with fs.open(f"{folder}/{name}", "wb") as fh:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), fh)


def _clear(fs, root: str, sid: str) -> None:
    """Remove what a cut-off earlier attempt at this shard left."""
    for kind in ("documents", "events"):
        for stale in fs.glob(f"{root}/{kind}/month=*/part-{sid}.parquet"):
            fs.rm(stale)


def code_shard(path: str, number: int, output: str, published: str | None = None, keep_all: bool = False,
               kb_files: tuple[str, ...] = ()) -> dict[str, Any]:
    """Code one input into the dataset at ``output``; returns its marker's contents."""
    import datetime as dt

    from ..coder import code_document
    from ..errors import InputError
    from ..ingest import read_sources
    from .parallel import _context

    started, cpu, sid = time.perf_counter(), time.process_time(), shard_id(path)
    fs, root = _fs(output)
    _clear(fs, root, sid)
    ctx = _context(tuple(Path(k) for k in kb_files), keep_all)
    version = _version(kb_files)
    coded, errors, seen = [], [], set()
    with tempfile.TemporaryDirectory() as tmp:
        day = dt.date.fromisoformat(published) if published else None
        for item in read_sources([_local_copy(path, tmp)], day):
            if isinstance(item, InputError):
                errors.append(str(item))
                continue
            document, ext_id = keyed(item)
            if document.id in seen:
                continue
            try:
                coded.append((document, ext_id, code_document(document, ctx).events))
                seen.add(document.id)
            except DragomanError as exc:
                errors.append(f"{item.source or item.id}: {exc}")
    months = shard_rows(coded, number, version)
    for month, (docs, reports) in months.items():
        _write(fs, root, "documents", month, f"part-{sid}.parquet", docs, document_schema())
        _write(fs, root, "events", month, f"part-{sid}.parquet", reports, event_schema())
    info = {"input": path, "shard": number, "documents": len(coded), "events": sum(len(r) for _, r in months.values()),
            "months": sorted(months), "errors": errors, "seconds": round(time.perf_counter() - started, 3),
            "cpu_seconds": round(time.process_time() - cpu, 3), "worker_peak_rss_mb": _peak_rss_mb()}
    fs.makedirs(f"{root}/_done", exist_ok=True)
    with fs.open(f"{root}/_done/{sid}.json.tmp", "wb") as fh:
        fh.write(marker(info))
    fs.mv(f"{root}/_done/{sid}.json.tmp", f"{root}/_done/{sid}.json")
    return info


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # not on Unix
        return None
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _version(kb_files: tuple[str, ...]) -> str | None:
    from ..knowledge import default_knowledge

    return default_knowledge(tuple(Path(k) for k in kb_files)).version


def _client(address: str):
    from distributed import Client, LocalCluster

    if address == "local":
        from .parallel import default_workers

        return Client(LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True))
    return Client(address)


def code_with_dask(address: str, output: str, paths: Sequence[str], *, published: str | None = None,
                   keep_all: bool = False, include: Sequence[str] = (), exclude: Sequence[str] = (),
                   kb_files: Sequence[str] = (), say: Callable[[str], None] = lambda s: print(s, file=sys.stderr)
                   ) -> dict[str, Any]:
    """Code every input not yet done on the Dask cluster at ``address`` (or ``local``), then cluster
    the dataset there (dyads spread over the workers)."""
    try:
        from distributed import as_completed
    except ImportError:
        raise StoreError("--dask needs the scale extra: pip install 'dragoman[scale]'") from None
    from .cluster import cluster_dataset

    shards = input_shards(paths, include, exclude)
    if not shards:
        raise StoreError("no input files to code")
    done = done_shards(output)
    todo = [(n, p) for n, p in _numbered(output, shards) if shard_id(p) not in done]
    say(f"{len(shards)} input shards: {len(shards) - len(todo)} already done, {len(todo)} to code")
    totals = {"shards": len(shards), "done_before": len(shards) - len(todo), "documents": 0, "events": 0, "errors": []}
    started = time.perf_counter()
    with _client(address) as client:
        say(f"dask dashboard: {client.dashboard_link}")
        futures = [client.submit(code_shard, p, n, output, published, keep_all, tuple(map(str, kb_files)),
                                 key=f"dragoman-code-{shard_id(p)}-{n}", pure=False) for n, p in todo]
        for i, future in enumerate(as_completed(futures), 1):
            info = future.result()
            totals["documents"] += info["documents"]
            totals["events"] += info["events"]
            totals["errors"] += info["errors"]
            rate = totals["documents"] / max(time.perf_counter() - started, 1e-9)
            say(f"[{i}/{len(todo)}] {info['input']}: {info['documents']} documents, {info['events']} events "
                f"({rate:,.1f} documents/s)")
        buckets = 2 * max(1, len(client.scheduler_info()["workers"]))
        say(f"clustering the dataset's reports in {buckets} buckets of dyads")
        totals["clustered"] = cluster_dataset(
            output, buckets=buckets, mapper=lambda fn, *args: client.gather(client.map(fn, *args, pure=False)))
    return totals
