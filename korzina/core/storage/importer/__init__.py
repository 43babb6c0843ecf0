"""Import normalized offers from JSONL, CSV or Parquet into a storage.

Fields: required ``store``, ``product_id``, ``name``, ``price``; optional
``regular_price``, ``card_price``, ``unit`` («шт» or «кг»: sold by piece or by weight,
a «кг» price being per kilogram), ``category`` (a path separated by " > " or "/"),
``brand``, ``url``, ``image_url``, ``shop_id``, ``pack`` («930 мл», «4х100г»),
``promo_until`` and ``observed_at`` (ISO dates). The names of ``Offer`` JSON (what
``korzina search --json`` prints and ``korzina/data/demo_offers.jsonl`` holds) are
accepted too: ``sold_by`` ("piece"/"kg"), ``category_path`` (a list), ``pack`` as an
object ``{"value", "unit", "count"}``, ``unit_price``, ``unit_price_unit`` and
``available``. A row that spells one field both ways with different values is bad.
``unit_price`` is kept as given; only a «кг» ``unit`` row without one gets its price.
Other fields are ignored and named in the report (``ignored_fields``).

Every bad row is reported with its line number and reason and skipped; every good row
is kept. The parts:

- ``encoding``: a text file's encoding (UTF-8, or a legacy one detected, or refused) and
  its lines decoded one by one, each with what is wrong with it;
- ``jsonl``, ``csvfile``, ``parquet``: the readers, one per format;
- ``checks``: the SQL that types and checks every field of a chunk, set-based, so a bad
  row costs no more than a good one (the limits of a plausible row are in ``fields``);
- ``load``: chunk by chunk through the checks into the shared merge, in one transaction.
"""

from korzina.core.storage.importer.fields import (
    FIELDS,
    FORMATS,
    REQUIRED,
    FileImportReport,
    Progress,
    unreadable,
)
from korzina.core.storage.importer.load import CHUNK_ROWS, MAX_REPORTED_SKIPS, import_file

__all__ = [
    "CHUNK_ROWS",
    "FIELDS",
    "FORMATS",
    "MAX_REPORTED_SKIPS",
    "REQUIRED",
    "FileImportReport",
    "Progress",
    "import_file",
    "unreadable",
]
