"""Scaling out: many cores on one machine (:mod:`.parallel`), a Dask cluster writing a Parquet
dataset (:mod:`.dask_code`), clustering over that dataset (:mod:`.cluster`) and DuckDB queries
over it (:mod:`.duck`). Nothing here is imported by the coder; the coder is mapped over partitions.
"""
