"""Flat rows for the tabular exports (CSV, Parquet): one row per clustered event or report."""

from __future__ import annotations

from typing import Any

__all__ = ["CLUSTER_COLUMNS", "REPORT_COLUMNS", "flat"]

CLUSTER_COLUMNS = ("id", "date", "date_precision", "source_primary", "source_code", "source_name",
                   "code", "root", "label", "target_primary", "target_code", "target_name",
                   "quad_class", "goldstein", "plover", "mentions", "n_documents", "first_report",
                   "last_report", "location", "documents", "urls", "evidence")
REPORT_COLUMNS = ("id", "cluster_id", "doc_id", "sentence", "date", "date_precision", "source_primary",
                  "source_code", "source_name", "source_mention", "code", "root", "label",
                  "target_primary", "target_code", "target_name", "target_mention", "quad_class",
                  "goldstein", "plover", "polarity", "modality", "location", "trigger", "rule",
                  "confidence", "evidence")


def _sides(record: dict[str, Any], mention: bool) -> dict[str, Any]:
    out = {}
    for side in ("source", "target"):
        for key in ("primary", "code", "name") + (("mention",) if mention else ()):
            out[f"{side}_{key}"] = record[side][key]
    return out


def flat(record: dict[str, Any], reports: bool) -> dict[str, Any]:
    """A record from :func:`dragoman.store.events` as a flat row (lists joined with ' | ')."""
    location = (record.get("location") or {}).get("name")
    if reports:
        row = {k: record.get(k) for k in REPORT_COLUMNS}
        row.update(_sides(record, True), location=location, evidence=record["evidence"]["text"])
        return row
    row = {k: record.get(k) for k in CLUSTER_COLUMNS}
    row.update(_sides(record, False), location=location, n_documents=len(record["documents"]),
               documents=" | ".join(record["documents"]), urls=" | ".join(record["urls"]),
               evidence=" | ".join(e["text"] for e in record["evidence"]))
    return row
