"""What `--json` prints, one pydantic model per command, dumped by pydantic.

The models name the fields a script may rely on and are filled from the domain models by
attribute (``from_attributes``), so the output cannot drift from them field by field.
Their JSON schemas are in ``docs/json-schema/`` (``korzina schema --write docs/json-schema``;
a test checks the committed files against these models).

Numbers: money and amounts are exact ``Decimal`` in Python and plain JSON numbers here
(«89.99», «1.5», «2»); no arithmetic is done on the float spelling.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

from korzina.core.baskets.models import Answer
from korzina.core.models import Intent, PriceCategory, QuantityUnit, ShoppingList, SizeUnit, Status


def _number(value: Decimal) -> int | float:
    """The JSON spelling of an exact Decimal: an integer when it is one."""
    return int(value) if value == value.to_integral_value() else float(value)


# A Decimal (money, an amount) written as a JSON number.
Number = Annotated[Decimal, PlainSerializer(_number, return_type=int | float, when_used="json")]


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True, frozen=True)


class PackOut(_Out):
    """The content of one pack: ``value`` ``unit`` × ``count``."""

    value: Number
    unit: SizeUnit
    count: int = 1


class ItemOut(_Out):
    """One item of the list as the parser read it."""

    name: str = Field(description="the product, in the parser's words («яйцо»)")
    quantity: Number
    unit: QuantityUnit | None = Field(description="unit of the quantity; null: packs")
    price_category: PriceCategory | None
    brand: str | None
    fat_pct: Number | None
    egg_class: str | None
    pack: PackOut | None = Field(description="the pack asked for («вода 5л»)")
    pack_min: PackOut | None = Field(
        default=None, description="a range's smaller pack («творог 300-400 г»: 300 г)"
    )
    attributes: list[str] = Field(description="required qualifiers («гауда»)")
    preferences: list[str] = Field(description="wishes that rank but never exclude")
    max_price: Number | None = Field(
        default=None, description="the most one pack may cost, ₽ («не дороже 150 р»)"
    )
    max_price_per: SizeUnit | None = Field(
        default=None, description="max_price is per this unit, not a pack («до 350 руб за кг»)"
    )
    raw: str = Field(description="the item as the shopper wrote it")
    source: Literal["rules", "llm"]


class ParseResponse(_Out):
    """`korzina parse --json`."""

    intent: Intent
    items: list[ItemOut]
    notes: list[str] = Field(description="remarks for people, in Russian")

    @classmethod
    def of(cls, sl: ShoppingList, *, no_items: str) -> Self:
        # Zero items is an answer too: say so, for scripts as for people.
        notes = list(sl.notes) if sl.items else [no_items, *sl.notes]
        return cls.model_validate({"intent": sl.intent, "items": sl.items, "notes": notes})


class ProductRefOut(_Out):
    """A product named beside a line or a missing item."""

    product_id: str
    name: str
    price: Number
    lacks: list[str] = Field(description="what it lacks of what was asked, or why it is second")


class NearestOut(ProductRefOut):
    """The nearest product for a missing item (``item`` indexes ``items``)."""

    item: int


class LineOut(_Out):
    """One item bought as one product in one store."""

    item: int = Field(description="index into items")
    product_id: str
    name: str
    price: Number = Field(description="one pack, or one kg for goods sold by weight")
    packs: Number = Field(description="packs to buy, or kg for goods sold by weight")
    cost: Number
    regular_price: Number | None
    card_price: Number | None
    promo: bool
    by_weight: bool
    unit_price: Number | None = Field(description="price per unit_price_unit")
    unit_price_unit: str | None = Field(description="«кг», «л» or «шт»")
    fallback: bool = Field(description="a second-choice product: nothing else fits here")
    observed_at: datetime
    cheaper: ProductRefOut | None


class BasketOut(_Out):
    """The list as bought in one store."""

    store: str
    total: Number
    complete: bool
    missing: list[int] = Field(description="indexes into items")
    lines: list[LineOut]
    observed_from: datetime | None
    observed_to: datetime | None
    nearest: list[NearestOut] = Field(default_factory=list)


class StoreStatusOut(_Out):
    """How a store answered."""

    store: str
    status: Status
    message: str | None = Field(description="for people, in Russian")
    detail: str | None = Field(description="for developers: the technical reason")


class SplitLineOut(_Out):
    store: str
    line: LineOut


class SplitOut(_Out):
    """The list bought across up to max_stores stores, each item where it is cheapest."""

    stores: list[str]
    lines: list[SplitLineOut]
    items_total: Number
    extra_cost: Number
    total: Number
    missing: list[int]
    saving: Number | None


class BasketResponse(_Out):
    """`korzina basket --json`: stores ranked, best first."""

    id: str | None = Field(description="the saved answer's id (with --save), else null")
    intent: Intent
    items: list[ItemOut]
    card: bool
    baskets: list[BasketOut]
    stores: list[StoreStatusOut]
    split: SplitOut | None
    notes: list[str]

    @classmethod
    def of(cls, answer: Answer, *, saved: bool = True, **extra: Any) -> Self:
        baskets = [
            {
                **b.model_dump(),
                "lines": b.lines,
                "nearest": [
                    {"item": i, **ref.model_dump()}
                    for i, ref in sorted(answer.nearest.get(b.store, {}).items())
                ],
            }
            for b in answer.baskets
        ]
        return cls.model_validate(
            {
                "id": answer.id if saved else None,
                "intent": answer.intent,
                "items": answer.items,
                "card": answer.card,
                "baskets": baskets,
                "stores": answer.statuses,
                "split": answer.split,
                "notes": answer.notes,
                **extra,
            }
        )


class DemoResponse(BasketResponse):
    """`korzina demo --json`: a basket answer over the constructed demo snapshot."""

    data: Literal["constructed demo snapshot"] = "constructed demo snapshot"


# Every command whose --json is one of these documents, for `korzina schema`.
RESPONSES: dict[str, type[BaseModel]] = {
    "parse": ParseResponse,
    "basket": BasketResponse,
    "demo": DemoResponse,
}


def dump(response: BaseModel) -> str:
    """The document as printed: UTF-8 (not ASCII-escaped), indented, fields in order."""
    return response.model_dump_json(indent=2)
