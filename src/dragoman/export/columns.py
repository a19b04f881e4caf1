"""Flat rows for the tabular exports (CSV, Parquet): one row per clustered event or report."""

from __future__ import annotations

from typing import Any

__all__ = ["CLUSTER_COLUMNS", "LIST_COLUMNS", "REPORT_COLUMNS", "flat", "neutral"]

CLUSTER_COLUMNS = ("id", "date", "date_precision", "source_primary", "source_code", "source_name",
                   "code", "root", "label", "target_primary", "target_code", "target_name",
                   "quad_class", "goldstein", "plover", "polarity", "confidence", "mentions", "n_documents",
                   "first_report", "last_report", "location", "documents", "urls", "evidence")
LIST_COLUMNS = frozenset({"documents", "urls", "evidence"})  # lists in Parquet, ' | '-joined in CSV
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def neutral(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, with a quote before it (OWASP's rule).

    >>> neutral("=HYPERLINK(1)"), neutral("-4"), neutral(-4.0), neutral("Peru")
    ("'=HYPERLINK(1)", "'-4", -4.0, 'Peru')
    """
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA) else value
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


def flat(record: dict[str, Any], reports: bool, *, lists: bool = False, safe: bool = False) -> dict[str, Any]:
    """A record from :func:`dragoman.store.events` as a flat row: lists joined with ' | ' (kept as
    lists with ``lists``); text cells neutralised against formulas with ``safe``."""
    location = (record.get("location") or {}).get("name")
    if reports:
        row = {k: record.get(k) for k in REPORT_COLUMNS}
        row.update(_sides(record, True), location=location, evidence=record["evidence"]["text"])
    else:
        row = {k: record.get(k) for k in CLUSTER_COLUMNS}
        joined = {"documents": record["documents"], "urls": record["urls"],
                  "evidence": [e["text"] for e in record["evidence"]]}
        if not lists:
            joined = {k: " | ".join(v) for k, v in joined.items()}
        row.update(_sides(record, False), location=location, n_documents=len(record["documents"]), **joined)
    return {k: neutral(v) for k, v in row.items()} if safe else row
