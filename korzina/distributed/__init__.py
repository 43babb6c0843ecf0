"""Crawling many shops with many workers: an arq queue on Redis and a Parquet price lake.

The single-machine path (``korzina crawl``, ``korzina jobs``, one DuckDB file) needs none
of this and imports none of it. The distributed path:

- ``korzina crawl --distributed`` writes a crawl record to Redis and enqueues one *plan*
  job per (store, shop) (``korzina.distributed.queue``);
- ``korzina worker`` processes (any number, on any machines that reach Redis and the lake)
  run the jobs (``korzina.distributed.worker``): a plan job reads the shop's category
  tree and enqueues *units* (store, shop, a few leaf categories); a unit job crawls its
  categories and writes one Parquet file per category into the lake
  (``korzina.distributed.lake``), recording each finished category in Redis;
- requests to a store are paced for all workers together, per store and egress address,
  through Redis; a block seen by one worker stops its address's units of that store
  (``korzina.distributed.politeness``);
- ``korzina crawl --distributed --wait`` (or ``korzina lake refresh``) merges the lake's
  rows for the crawled shops into the serving DuckDB file, the only writer of that file.

Exactly once: a category's file has a name fixed by (crawl, category), written to a
temporary name and renamed, so a unit redone after a worker died replaces the file instead
of adding to it; the merge into DuckDB adds an observation only when a price changed,
and only from rows newer than the last one stored for that product and shop.

``arq`` and ``redis`` are the optional extra ``korzina[distributed]``; only the modules
that talk to Redis import them.
"""
