"""Row checking: the SQL that types and checks every field of a chunk, set-based.

A chunk's fields arrive as text (``jsonl_fields_sql`` for JSONL lines,
``columns_fields_sql`` for CSV and Parquet columns) and ``check_sql`` types them and
gives each row a ``reason`` when it is bad: a missing required field, a price that is
not a non-negative number, a bad unit, pack, date or flag, two spellings of one field
that disagree, a field longer than ``MAX_FIELD_BYTES``, an ``observed_at`` in the
future (beyond ``FUTURE_SKEW``) or before 2000, an implausible ``promo_until``, or a
problem found while reading (encoding, an oversized line, an unbalanced quote).
``GOOD_SQL`` selects the good rows in the columns the shared merge takes.
"""

from __future__ import annotations

from datetime import datetime

from korzina.core.storage.importer.fields import (
    EARLIEST,
    FIELDS,
    FUTURE_SKEW,
    MAX_FIELD_BYTES,
    PROMO_HORIZON,
)

_JSON_STRUCT = "{" + ", ".join(f'"{name}": "VARCHAR"' for name in FIELDS) + "}"
_PACK_STRUCT = '{"value": "VARCHAR", "unit": "VARCHAR", "count": "VARCHAR"}'


def jsonl_fields_sql(source: str) -> str:
    """Fields of a JSON line; a line that is not a JSON object, or that has a ``problem``
    from reading, gets an ``_error``.

    ``from_json`` into a struct of VARCHARs parses each line once; numbers arrive as
    their text, a JSON array or object (``category_path``, ``pack``) as its JSON text.
    """
    return (
        "SELECT line_no, CASE WHEN problem IS NOT NULL THEN problem"
        " WHEN NOT ok THEN 'строка не является объектом JSON' END AS _error, "
        + ", ".join(f"j.{name} AS {name}" for name in FIELDS)
        + f" FROM (SELECT line_no, problem, ok, CASE WHEN ok THEN from_json(line, '{_JSON_STRUCT}')"
        " END AS j FROM (SELECT line_no, line, problem, problem IS NULL AND "
        # Valid JSON that starts with "{" is an object. trim() copies the whole line
        # and costs more than parsing it, so only lines not starting with "{" pay it.
        "json_valid(line) AND CASE WHEN starts_with(line, '{') THEN true"
        " ELSE starts_with(ltrim(line), '{') END AS ok "
        f"FROM {source} WHERE problem IS NOT NULL OR CASE WHEN starts_with(line, '{{') THEN true"
        " ELSE trim(line, ' \t\r') <> '' END))"
    )


def columns_fields_sql(source: str, present: set[str], nested: set[str]) -> str:
    """Fields of a CSV or Parquet chunk as text; absent columns are NULL.

    A CSV chunk's ``_problem`` column (what reading found wrong) becomes the ``_error``.

    A list or struct column (Parquet ``category_path``, ``pack``) becomes its JSON text,
    the same text a JSONL line gives, so one check serves all three formats.
    """
    picks = []
    for name in FIELDS:
        if name not in present:
            picks.append(f"NULL::VARCHAR AS {name}")
        elif name in nested:
            picks.append(f"CAST(to_json({name}) AS VARCHAR) AS {name}")
        else:
            picks.append(f"CAST({name} AS VARCHAR) AS {name}")
    error = "_problem" if "_problem" in present else "NULL::VARCHAR"
    return f"SELECT line_no, {error} AS _error, " + ", ".join(picks) + " FROM " + source


def _text(name: str) -> str:
    # nullif(trim(x), ''); trim() (spaces only) is skipped where it would change nothing.
    return (
        f"CASE WHEN starts_with({name}, ' ') OR ends_with({name}, ' ')"
        f" THEN nullif(trim({name}), '') ELSE nullif({name}, '') END AS {name}_s"
    )


def _num(name: str) -> str:
    # Spaces (also non-breaking) and a decimal comma are common in Russian files.
    return (
        f"TRY_CAST(replace(regexp_replace({name}_s, '\\s', '', 'g'), ',', '.') "
        f"AS DECIMAL(12,2)) AS {name}_d"
    )


def _quote(expr: str) -> str:
    return f"'«' || left({expr}, 40) || '»'"


def _path(text: str) -> str:
    """A category path from its text: a JSON array of names, or names joined by > or /."""
    return (
        f"CASE WHEN starts_with({text}, '[') AND json_valid({text})"
        f" AND json_type({text}) = 'ARRAY' THEN list_filter(list_transform("
        f"from_json({text}, '[\"VARCHAR\"]'), lambda s: trim(s)), lambda s: s <> '')"
        f" WHEN contains({text}, '>') THEN list_filter("
        f"string_split_regex({text}, '\\s*>\\s*'), lambda s: trim(s) <> '')"
        f" ELSE list_filter(list_transform(string_split({text}, '/'), lambda s: trim(s)),"
        " lambda s: s <> '') END"
    )


_MONEY_FIELDS = ("price", "regular_price", "card_price", "unit_price")
_SOLD_BY_OF_UNIT = "CASE WHEN unit_l IN ('кг', 'kg') THEN 'kg' ELSE 'piece' END"

# Follows "WITH _raw AS (<fields of the chunk>)": one statement per chunk. ``typed``
# parses each field, ``fin`` merges the two spellings of a field into the stored value.
_CHECK = (
    ", t AS (SELECT line_no, _error, "
    + ", ".join(_text(n) for n in FIELDS)
    + " FROM _raw), typed AS (SELECT *, "
    + ", ".join(_num(n) for n in _MONEY_FIELDS)
    + ", lower(unit_s) AS unit_l, lower(sold_by_s) AS sold_by_l"
    ", lower(unit_price_unit_s) AS unit_price_unit_l"
    ", TRY_CAST(available_s AS BOOLEAN) AS available_b"
    ", TRY_CAST(observed_at_s AS TIMESTAMPTZ) AS observed_at_ts"
    ", TRY_CAST(promo_until_s AS TIMESTAMPTZ) AS promo_until_ts"
    # ``pack`` is either a string («930 мл») or an Offer's object (its JSON text).
    ", starts_with(pack_s, '{') AS pack_is_obj"
    ", CASE WHEN starts_with(pack_s, '{') AND json_valid(pack_s) THEN"
    f" from_json(pack_s, '{_PACK_STRUCT}') END AS pack_o"
    ", regexp_extract(pack_s, '^(?:(\\d+)\\s*[xх×*]\\s*)?(\\d+(?:[.,]\\d+)?)\\s*"
    "(г|гр|кг|мл|л|шт)\\.?$', ['count', 'value', 'unit'], 'i') AS pack_m"
    " FROM t), fin AS (SELECT *"
    f", coalesce(sold_by_l, {_SOLD_BY_OF_UNIT}) AS sold_by"
    ", CASE WHEN pack_is_obj THEN TRY_CAST(replace(trim(pack_o.value), ',', '.')"
    " AS DECIMAL(12,3)) WHEN pack_m.value <> '' THEN"
    " TRY_CAST(replace(pack_m.value, ',', '.') AS DECIMAL(12,3)) END AS pack_value"
    ", CASE WHEN pack_is_obj THEN lower(trim(pack_o.unit)) WHEN pack_m.value <> '' THEN"
    " lower(pack_m.unit) END AS pack_unit_l"
    ", CASE WHEN pack_is_obj THEN coalesce(TRY_CAST(trim(pack_o.count) AS INTEGER),"
    " CASE WHEN pack_o.count IS NULL THEN 1 END) WHEN pack_m.value <> '' THEN"
    " coalesce(TRY_CAST(nullif(pack_m.count, '') AS INTEGER), 1) END AS pack_count"
    " FROM typed)"
    # Only what GOOD_SQL needs is kept: writing the wide table costs a fifth of the check.
    " SELECT * EXCLUDE (_error, price_s, regular_price_s, card_price_s, unit_price_s,"
    " unit_s, sold_by_s, sold_by_l, unit_price_unit_s, available_s,"
    " pack_s, pack_is_obj, pack_o, pack_m, pack_unit_l, promo_until_s, observed_at_s),"
    " CASE WHEN pack_unit_l = 'гр' THEN 'г' ELSE pack_unit_l END AS pack_unit, CASE"
    " WHEN _error IS NOT NULL THEN _error"
    + "".join(
        f" WHEN strlen({n}_s) > {MAX_FIELD_BYTES} THEN 'поле {n} длиннее {MAX_FIELD_BYTES}"
        f" байт: ' || strlen({n}_s) || ' байт'"
        for n in FIELDS
    )
    + ""
    " WHEN store_s IS NULL THEN 'нет поля store'"
    " WHEN product_id_s IS NULL THEN 'нет поля product_id'"
    " WHEN name_s IS NULL THEN 'нет поля name'"
    " WHEN price_s IS NULL THEN 'нет поля price'"
    + "".join(
        f" WHEN {n}_s IS NOT NULL AND {n}_d IS NULL THEN '{n} не число: ' || {_quote(n + '_s')}"
        f" WHEN {n}_d < 0 THEN 'отрицательная цена {n}: ' || {_quote(n + '_s')}"
        for n in _MONEY_FIELDS
    )
    + " WHEN unit_l IS NOT NULL AND unit_l NOT IN ('шт', 'кг', 'piece', 'kg') THEN"
    " 'неизвестная единица unit: ' || " + _quote("unit_s") + " || ' (нужно «шт» или «кг»)'"
    " WHEN sold_by_l IS NOT NULL AND sold_by_l NOT IN ('piece', 'kg') THEN"
    " 'неизвестное значение sold_by: ' || " + _quote("sold_by_s") + ""
    " || ' (нужно «piece» или «kg»)'"
    f" WHEN unit_l IS NOT NULL AND sold_by_l IS NOT NULL AND {_SOLD_BY_OF_UNIT} <> sold_by_l"
    " THEN 'поля unit и sold_by противоречат друг другу: ' || " + _quote("unit_s") + ""
    " || ' и ' || " + _quote("sold_by_s") + ""
    # An empty list says no more than an absent field, so it conflicts with nothing.
    " WHEN category_s IS NOT NULL AND category_path_s IS NOT NULL"
    " AND category_s <> '[]' AND category_path_s <> '[]'"
    f" AND {_path('category_s')} IS DISTINCT FROM {_path('category_path_s')}"
    " THEN 'поля category и category_path противоречат друг другу: ' || "
    + _quote("category_s")
    + " || ' и ' || "
    + _quote("category_path_s")
    + " WHEN pack_is_obj AND pack_o IS NULL THEN 'pack не объект JSON: ' || "
    + _quote("pack_s")
    + " WHEN pack_is_obj AND pack_value IS NULL THEN 'pack: value не число: ' || "
    + _quote("coalesce(pack_o.value, '')")
    + " WHEN pack_is_obj AND pack_value <= 0 THEN 'pack: value не больше нуля: ' || "
    + _quote("pack_o.value")
    + " WHEN pack_is_obj"
    " AND coalesce(pack_unit_l, '') NOT IN ('г', 'гр', 'кг', 'мл', 'л', 'шт') THEN"
    " 'pack: неизвестная единица unit: ' || " + _quote("coalesce(pack_o.unit, '')") + ""
    " || ' (нужно г, кг, мл, л или шт)'"
    " WHEN pack_is_obj AND (pack_count IS NULL OR pack_count < 1) THEN"
    " 'pack: count не целое положительное число: ' || " + _quote("pack_o.count") + ""
    " WHEN unit_price_unit_l IS NOT NULL"
    " AND unit_price_unit_l NOT IN ('г', 'кг', 'мл', 'л', 'шт') THEN"
    " 'неизвестная единица unit_price_unit: ' || " + _quote("unit_price_unit_s") + ""
    " || ' (нужно г, кг, мл, л или шт)'"
    " WHEN available_s IS NOT NULL AND available_b IS NULL THEN"
    " 'available не true и не false: ' || " + _quote("available_s") + ""
    " WHEN observed_at_s IS NOT NULL AND observed_at_ts IS NULL THEN"
    " 'неверная дата observed_at: ' || " + _quote("observed_at_s") + ""
    " WHEN promo_until_s IS NOT NULL AND promo_until_ts IS NULL THEN"
    " 'неверная дата promo_until: ' || " + _quote("promo_until_s") + ""
    " WHEN observed_at_ts > @LATEST@ THEN 'observed_at в будущем: ' || "
    + _quote("observed_at_s")
    + " WHEN observed_at_ts < @EARLIEST@ THEN 'observed_at раньше 2000 года: ' || "
    + _quote("observed_at_s")
    + " WHEN promo_until_ts < @EARLIEST@ OR promo_until_ts > @PROMO@ THEN"
    " 'неправдоподобная дата promo_until: ' || " + _quote("promo_until_s") + ""
    " END AS reason FROM fin"
)


def _timestamp(at: datetime) -> str:
    # A literal made here from a datetime, never from the file.
    return f"TIMESTAMPTZ '{at.isoformat()}'"


def check_sql(fields_sql: str, now: datetime) -> str:
    """The statement that fills ``_checked`` from a chunk's fields, judged at ``now``."""
    return (
        "CREATE OR REPLACE TEMP TABLE _checked AS WITH _raw AS ("
        + fields_sql
        + ")"
        + _CHECK.replace("@LATEST@", _timestamp(now + FUTURE_SKEW))
        .replace("@EARLIEST@", _timestamp(EARLIEST))
        .replace("@PROMO@", _timestamp(now + PROMO_HORIZON))
    )


GOOD_SQL = (
    """
SELECT line_no AS seq, store_s AS store, product_id_s AS product_id, name_s AS name,
       brand_s AS brand,
       CASE WHEN category_path_s IS NOT NULL AND category_path_s <> '[]' THEN """
    + _path("category_path_s")
    + """
            WHEN category_s IS NOT NULL THEN """
    + _path("category_s")
    + """
            ELSE []::VARCHAR[] END AS category_path,
       price_d AS price, regular_price_d AS regular_price, card_price_d AS card_price,
       promo_until_ts AS promo_until, sold_by,
       pack_value, pack_unit, pack_count,
       -- as given; else a «кг» price (the import format's `unit`) is per kilogram.
       -- An Offer's `sold_by` row is taken as it is: no unit_price unless it has one.
       CASE WHEN unit_price_d IS NOT NULL THEN unit_price_d
            WHEN unit_price_unit_l IS NULL AND unit_l IN ('кг', 'kg') THEN price_d
       END AS unit_price,
       CASE WHEN unit_price_d IS NOT NULL THEN unit_price_unit_l
            WHEN unit_price_unit_l IS NULL AND unit_l IN ('кг', 'kg') THEN 'кг'
       END AS unit_price_unit,
       url_s AS url, image_url_s AS image_url, shop_id_s AS shop_id,
       coalesce(available_b, true) AS available,
       coalesce(observed_at_ts, ?::TIMESTAMPTZ) AS observed_at
FROM _checked
WHERE reason IS NULL
"""
)
