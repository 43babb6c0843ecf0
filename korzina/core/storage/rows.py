"""Offers as columns: the Arrow batch ``save_offers`` hands to DuckDB, and rows back.

Bulk writes go through an Arrow table of ``batch_schema()`` so DuckDB can take a whole
batch in one set-based statement instead of one INSERT per row.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from korzina.core.models import Offer, PackSize, SizeUnit, SoldBy, money

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]

# The product columns, in the order of the products table and of ``row_to_offer``.
OFFER_COLUMNS: tuple[str, ...] = (
    "store",
    "product_id",
    "name",
    "brand",
    "category_path",
    "price",
    "regular_price",
    "card_price",
    "promo_until",
    "sold_by",
    "pack_value",
    "pack_unit",
    "pack_count",
    "unit_price",
    "unit_price_unit",
    "url",
    "image_url",
    "shop_id",
    "available",
    "observed_at",
)


# pyarrow (with numpy, about 0.2 s) is imported by the first write, not by every process
# that only reads (a cold `korzina basket`).
@functools.cache
def arrow() -> Any:
    """The pyarrow module, imported on first use."""
    import pyarrow

    return pyarrow


@functools.cache
def batch_schema() -> pa.Schema:
    """The Arrow schema of a batch of offers. ``seq`` orders offers that share a
    timestamp: the later one in the batch wins."""
    pa = arrow()
    money_, pack_, time_ = pa.decimal128(12, 2), pa.decimal128(12, 3), pa.timestamp("us", tz="UTC")
    return pa.schema(
        [
            ("seq", pa.int64()),
            ("store", pa.string()),
            ("product_id", pa.string()),
            ("name", pa.string()),
            ("brand", pa.string()),
            ("category_path", pa.list_(pa.string())),
            ("price", money_),
            ("regular_price", money_),
            ("card_price", money_),
            ("promo_until", time_),
            ("sold_by", pa.string()),
            ("pack_value", pack_),
            ("pack_unit", pa.string()),
            ("pack_count", pa.int32()),
            ("unit_price", money_),
            ("unit_price_unit", pa.string()),
            ("url", pa.string()),
            ("image_url", pa.string()),
            ("shop_id", pa.string()),
            ("available", pa.bool_()),
            ("observed_at", time_),
        ]
    )


_PACK_PLACES = Decimal("0.001")


def as_utc(value: datetime) -> datetime:
    """Naive timestamps are taken as UTC (the database stores TIMESTAMPTZ)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def opt_utc(value: datetime | None) -> datetime | None:
    return None if value is None else as_utc(value)


def to_cents(value: Decimal | None) -> Decimal | None:
    """Two decimal places, as the DECIMAL(12,2) columns keep them."""
    if value is None:
        return None
    if isinstance(value, Decimal) and value.as_tuple().exponent == -2:
        return value
    return money(value)


def pack_value(value: Decimal) -> Decimal:
    return value.quantize(_PACK_PLACES)


def _money_array(values: list[Decimal | None]) -> pa.Array:
    pa = arrow()
    money_ = batch_schema().field("price").type
    try:
        return pa.array(values, type=money_)
    except pa.ArrowInvalid:  # more than two places somewhere: round like the database
        return pa.array([to_cents(v) for v in values], type=money_)


def offers_to_table(offers: Iterable[Offer]) -> pa.Table:
    """Offers as an Arrow table of ``batch_schema()`` (``seq`` is the position in ``offers``).

    Column by column: Arrow converts Decimals, enums (``str`` subclasses), tuples and
    datetimes itself (naive ones as UTC), which is several times faster than a row loop.
    """
    pa = arrow()
    schema = batch_schema()
    items = offers if isinstance(offers, list) else list(offers)
    packs = [o.pack for o in items]
    arrays = {
        "seq": pa.array(range(len(items)), type=pa.int64()),
        "store": pa.array([o.store for o in items], type=pa.string()),
        "product_id": pa.array([o.product_id for o in items], type=pa.string()),
        "name": pa.array([o.name for o in items], type=pa.string()),
        "brand": pa.array([o.brand for o in items], type=pa.string()),
        "category_path": pa.array([o.category_path for o in items], type=pa.list_(pa.string())),
        "price": _money_array([o.price for o in items]),
        "regular_price": _money_array([o.regular_price for o in items]),
        "card_price": _money_array([o.card_price for o in items]),
        "promo_until": pa.array(
            [o.promo_until for o in items], type=schema.field("observed_at").type
        ),
        "sold_by": pa.array([o.sold_by for o in items], type=pa.string()),
        "pack_value": pa.array(
            [None if p is None else pack_value(p.value) for p in packs],
            type=schema.field("pack_value").type,
        ),
        "pack_unit": pa.array([None if p is None else p.unit for p in packs], type=pa.string()),
        "pack_count": pa.array([None if p is None else p.count for p in packs], type=pa.int32()),
        "unit_price": _money_array([o.unit_price for o in items]),
        "unit_price_unit": pa.array([o.unit_price_unit for o in items], type=pa.string()),
        "url": pa.array([o.url for o in items], type=pa.string()),
        "image_url": pa.array([o.image_url for o in items], type=pa.string()),
        "shop_id": pa.array([o.shop_id for o in items], type=pa.string()),
        "available": pa.array([o.available for o in items], type=pa.bool_()),
        "observed_at": pa.array(
            [o.observed_at for o in items], type=schema.field("observed_at").type
        ),
    }
    return pa.table([arrays[name] for name in schema.names], schema=schema)


def pack_of(value: Any, unit: str | None, count: int | None) -> PackSize | None:
    """A pack from its stored columns (checked when written: no re-validation)."""
    if value is None or not unit:
        return None
    return PackSize.model_construct(value=value, unit=SizeUnit(unit), count=count or 1)


def row_to_offer(row: Sequence[Any]) -> Offer:
    """A row of ``OFFER_COLUMNS`` read from the database back to an Offer.

    The database already holds validated, typed values (DECIMAL(12,2), TIMESTAMPTZ,
    checked units), so the model is constructed without re-validation: reading the
    whole catalog is several times faster this way.
    """
    (
        store,
        product_id,
        name,
        brand,
        category_path,
        price,
        regular_price,
        card_price,
        promo_until,
        sold_by,
        p_value,
        p_unit,
        p_count,
        unit_price,
        unit_price_unit,
        url,
        image_url,
        shop_id,
        available,
        observed_at,
    ) = row
    pack = pack_of(p_value, p_unit, p_count)
    return Offer.model_construct(
        store=store,
        product_id=product_id,
        name=name,
        brand=brand,
        category_path=tuple(category_path or ()),
        price=price,
        regular_price=regular_price,
        card_price=card_price,
        promo_until=opt_utc(promo_until),
        sold_by=SoldBy(sold_by),
        pack=pack,
        unit_price=unit_price,
        unit_price_unit=None if unit_price_unit is None else SizeUnit(unit_price_unit),
        url=url,
        image_url=image_url,
        shop_id=shop_id,
        available=bool(available),
        observed_at=as_utc(observed_at),
    )
