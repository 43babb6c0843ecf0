"""An in-memory index over offers: features per offer, postings by kind and by lemma.

It holds only the products a request needs: the basket service fills it with the
products of the list's kinds, read with their stored title analysis from DuckDB
(``storage.analysis.candidate_rows``), and keeps it while the database's
``data_version()`` stays the same, so a warm request scores only the offers of the
item's kind. Offers found by a live search are analysed and added in place (``add``).

Compact by design (200,000 offers must fit comfortably): an offer is kept as an
``OfferRecord`` (the fields a candidate needs, no pydantic object), and its features
are shared by every offer with the same title, brand, category path and pack; lemma
sets, categories, prices and timestamps are interned. Postings are ``array``s of
positions.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar

from korzina.core.matching.analyze import TitleAnalysis, analyze_title
from korzina.core.matching.brands import brand_key
from korzina.core.matching.kinds import Taxonomy, taxonomy
from korzina.core.matching.score import ItemSpec, OfferFeatures, item_spec, pack_base
from korzina.core.matching.text import Lemmatizer, words
from korzina.core.models import ListItem, Offer, PackSize, SizeUnit, SoldBy

_T = TypeVar("_T", bound=Hashable)
_MISSING: Any = object()


class OfferRecord:
    """What a candidate needs of one offer (an ``Offer`` without the rest, and no pydantic)."""

    __slots__ = (
        "available",
        "brand",
        "card_price",
        "name",
        "observed_at",
        "pack",
        "pieces",
        "price",
        "product_id",
        "regular_price",
        "sold_by",
        "store",
        "url",
        "usable",
    )

    def __init__(
        self,
        store: str,
        product_id: str,
        name: str,
        brand: str | None,
        price: Decimal,
        regular_price: Decimal | None,
        card_price: Decimal | None,
        sold_by: SoldBy,
        pack: PackSize | None,
        observed_at: datetime,
        url: str | None,
        available: bool,
        pieces: PackSize | None = None,
    ) -> None:
        self.store = store
        self.product_id = product_id
        self.name = name
        self.brand = brand
        self.price = price
        self.regular_price = regular_price
        self.card_price = card_price
        self.sold_by = sold_by
        # The offer's pack, else its title's: what the candidate shows and is priced by.
        self.pack = pack
        # The title's piece count where the store's pack is a weight («Яйца …, 6шт» sold
        # as 390 г): what a list asking for pieces («десяток яиц») counts packs by.
        self.pieces = pieces
        self.observed_at = observed_at
        self.url = url
        self.available = available
        # Available and not an outlier price (``OfferIndex.set_outliers``): matchable.
        self.usable = available

    @classmethod
    def of(
        cls,
        offer: Offer,
        pack: PackSize | None,
        intern: _Interner,
        pieces: PackSize | None = None,
    ) -> OfferRecord:
        regular, card = offer.regular_price, offer.card_price
        return cls(
            offer.store,
            offer.product_id,
            offer.name,
            offer.brand,
            intern.money(offer.price),
            None if regular is None else intern.money(regular),
            None if card is None else intern.money(card),
            offer.sold_by,
            pack,
            intern.moment(offer.observed_at),
            offer.url,
            offer.available,
            pieces,
        )

    @property
    def key(self) -> tuple[str, str]:
        return (self.store, self.product_id)


def title_pieces(pack: PackSize | None, title_pack: PackSize | None) -> PackSize | None:
    """The title's piece count when the pack priced is a weight or volume (see
    ``OfferRecord.pieces``)."""
    if pack is None or pack.unit is SizeUnit.PIECE or title_pack is None:
        return None
    return title_pack if title_pack.unit is SizeUnit.PIECE else None


class _Interner:
    """One shared object per equal value: catalogues repeat prices, times, lemma sets."""

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}

    def value(self, v: _T) -> _T:
        found: _T = self._seen.setdefault(v, v)
        return found

    def money(self, v: Decimal) -> Decimal:
        # Keyed with the exponent too: 1.5 and 1.50 are equal but print differently.
        found: Decimal = self._seen.setdefault(("money", v.as_tuple()), v)
        return found

    def moment(self, v: datetime) -> datetime:
        # Keyed with the offset too: equal instants in other zones print differently.
        found: datetime = self._seen.setdefault(("moment", v, v.utcoffset()), v)
        return found


def unit_total(pack: PackSize | None) -> tuple[str, Decimal] | None:
    """The pack's content in its pricing dimension («m»: kg or l, «шт»), as ``price_key``
    divides by it for goods sold by the piece; None without a usable pack."""
    if pack is None or pack.value <= 0:
        return None
    total = pack.value * pack.count
    if pack.unit in (SizeUnit.G, SizeUnit.ML):
        total /= 1000
    return ("шт" if pack.unit is SizeUnit.PIECE else "m"), total


class LruMemo(OrderedDict[tuple[object, ...], list[Any]]):
    """A memo that keeps the ``cap`` most recently used entries.

    Keys include a per-minute freshness cutoff, so a long-running bot with no writes
    (the memo is never cleared) would otherwise grow by every item of every minute.
    """

    def __init__(self, cap: int = 4096) -> None:
        super().__init__()
        self.cap = cap

    def get(self, key: tuple[object, ...], default: Any = None) -> Any:
        found = super().get(key, default)
        if found is not default:
            self.move_to_end(key)
        return found

    def __setitem__(self, key: tuple[object, ...], value: list[Any]) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.cap:
            self.popitem(last=False)


class OfferIndex:
    """Offers by (store, product id), their features, and (store, kind) and (store, lemma)
    → offer postings."""

    def __init__(self, lemmatizer: Lemmatizer | None = None, tax: Taxonomy | None = None):
        self.lemmatizer = lemmatizer or Lemmatizer()
        self.taxonomy = tax or taxonomy()
        self.version: int | None = None
        self._records: list[OfferRecord] = []
        self._features: list[OfferFeatures] = []
        self._position: dict[tuple[str, str], int] = {}
        self._postings: dict[tuple[str, str], array[int]] = {}
        self._kinds: dict[tuple[str, str], array[int]] = {}
        self._stores: set[str] = set()
        self._by_store: dict[str, array[int]] = {}
        self._outliers: set[int] = set()
        # What storage has filled in: every product of these kinds, and every product
        # whose title has these lemmas (a generic item's fallback).
        self.loaded_kinds: set[str] = set()
        self.loaded_lemmas: set[str] = set()
        self.loaded_queries: set[object] = set()
        # Lemma postings serve an item no kind knows; rows read for one are posted by
        # lemma (``add_rows(lemmas=True)``), and so are offers analysed here.
        self._post_lemmas = True
        # Matched options per (item, store, card, since, limit), valid while the offers are
        # unchanged: lists share items («молоко», «хлеб»), and the bot answers many lists.
        self.memo = LruMemo()
        self._specs: dict[ListItem, ItemSpec] = {}
        # Per word no kind knows: the kinds of the stored titles that say it.
        self.word_kinds: dict[str, list[tuple[str, int]]] = {}

    def __len__(self) -> int:
        return len(self._position)

    @property
    def stores(self) -> frozenset[str]:
        return frozenset(self._stores)

    def analyze(self, offer: Offer) -> TitleAnalysis:
        """The title analysis of an offer not read from storage (a live search's)."""
        return analyze_title(
            offer.name,
            offer.brand,
            offer.category_path,
            pack=offer.pack,
            sold_by_kg=offer.sold_by is SoldBy.KG,
            lemmatizer=self.lemmatizer,
            tax=self.taxonomy,
        )

    def features(self, offer: Offer, analysis: TitleAnalysis | None = None) -> OfferFeatures:
        """Everything the scorer needs of one offer."""
        return _features_of(offer, analysis or self.analyze(offer), _Interner())

    def add(self, offers: Iterable[Offer]) -> None:
        """Analyse and add or replace offers (the latest offer of a product wins)."""
        self.add_analyzed((o, None) for o in offers)

    def add_analyzed(self, rows: Iterable[tuple[Offer, TitleAnalysis | None]]) -> None:
        """Add offers with their stored analysis (None: analyse here)."""
        self.memo.clear()
        intern = _Interner()
        # Features depend on these fields only, so offers sharing them share one object.
        shared: dict[tuple[object, ...], OfferFeatures] = {}
        for offer, analysis in rows:
            pack = offer.pack
            # The pack by its spelling: 1 and 1.000 kg are equal but print differently.
            spelled = None if pack is None else (str(pack.value), pack.unit, pack.count)
            title = (offer.name, offer.brand, offer.category_path, spelled, offer.sold_by)
            feats = shared.get(title)
            if feats is None:
                feats = shared[title] = _features_of(offer, analysis or self.analyze(offer), intern)
            self._put(offer, feats, intern)

    def _put(self, offer: Offer, feats: OfferFeatures, intern: _Interner) -> None:
        self._put_record(OfferRecord.of(offer, feats.pack_size, intern, feats.pieces), feats)

    def add_rows(self, rows: Iterable[Sequence[Any]], *, lemmas: bool = False) -> None:
        """Add products read from storage with their analysis (``CANDIDATE_COLUMNS``):
        no pydantic model and no title analysis per row, as a cold request reads
        thousands."""
        self.memo.clear()
        intern = _Interner()
        packs: dict[tuple[Any, ...], PackSize | None] = {}
        categories: dict[tuple[str, ...], str] = {}
        kg = SoldBy.KG
        self._post_lemmas = lemmas
        try:
            self._add_rows(rows, intern, packs, categories, kg)
        finally:
            self._post_lemmas = True

    def _add_rows(
        self,
        rows: Iterable[Sequence[Any]],
        intern: _Interner,
        packs: dict[tuple[Any, ...], PackSize | None],
        categories: dict[tuple[str, ...], str],
        kg: SoldBy,
    ) -> None:
        for row in rows:
            (store, pid, name, brand, path, price, regular, card, sold_by, p_value, p_unit,
             p_count, url, available, seen, kind, t_words, t_lemmas, h_lemmas, b_key, fat,
             egg, t_value, t_unit, t_count) = row  # fmt: skip
            if p_value is not None and p_unit:
                pack_key: tuple[Any, ...] = (p_value, p_unit, p_count or 1)
            elif t_value is not None and t_unit:
                pack_key = (t_value, t_unit, t_count or 1)
            else:
                pack_key = ()
            pack = packs.get(pack_key, _MISSING)
            if pack is _MISSING:
                pack = packs[pack_key] = (
                    PackSize.model_construct(
                        value=pack_key[0], unit=SizeUnit(pack_key[1]), count=pack_key[2]
                    )
                    if pack_key
                    else None
                )
            path_key = tuple(path or ())
            category = categories.get(path_key)
            if category is None:
                category = categories[path_key] = intern.value(
                    " " + " ".join(w for part in path_key for w in words(part)) + " "
                )
            feats = OfferFeatures(
                kind=intern.value(kind or ""),
                lemmas=intern.value(frozenset((t_lemmas or "").split())),
                head_lemmas=intern.value(frozenset((h_lemmas or "").split())),
                text=t_words or " ",
                category=category,
                compact=(t_words or "").replace(" ", ""),
                brand=intern.value(b_key or (brand_key(brand) if brand else "")),
                fat_pct=fat,
                egg_class=egg,
                pack=pack_base(pack),
                pack_size=pack,
                unit=unit_total(pack),
                # The title's piece count beside a store pack by weight (``title_pieces``).
                pieces=PackSize.model_construct(
                    value=t_value, unit=SizeUnit.PIECE, count=t_count or 1
                )
                if p_value is not None and p_unit != "шт" and t_unit == "шт" and t_value
                else None,
            )
            record = OfferRecord(
                store,
                pid,
                name,
                brand,
                intern.money(price),
                None if regular is None else intern.money(regular),
                None if card is None else intern.money(card),
                kg if sold_by == "kg" else SoldBy.PIECE,
                pack,
                intern.moment(seen),
                url,
                available,
                feats.pieces,
            )
            self._put_record(record, feats)

    def _put_record(self, record: OfferRecord, feats: OfferFeatures) -> None:
        key = record.key
        store = record.store
        pos = self._position.get(key)
        if pos is not None:
            if self._outliers:
                self._outliers.discard(pos)  # a new price: judged again by the caller
            old = self._features[pos]
            if old.head_lemmas != feats.head_lemmas or old.kind != feats.kind:
                for lemma in old.head_lemmas:
                    posted = self._postings.get((store, lemma))
                    if posted is not None and pos in posted:
                        posted.remove(pos)
                self._kinds[(store, old.kind)].remove(pos)
                self._post(store, feats, pos)
            self._records[pos] = record
            self._features[pos] = feats
            return
        pos = len(self._records)
        self._records.append(record)
        self._features.append(feats)
        self._position[key] = pos
        self._post(store, feats, pos)
        self._stores.add(store)
        found = self._by_store.get(store)
        if found is None:
            found = self._by_store[store] = array("l")
        found.append(pos)

    def _post(self, store: str, feats: OfferFeatures, pos: int) -> None:
        found = self._kinds.get((store, feats.kind))
        if found is None:
            found = self._kinds[(store, feats.kind)] = array("l")
        found.append(pos)
        if self._post_lemmas:
            for lemma in feats.head_lemmas:
                key = (store, lemma)
                found = self._postings.get(key)
                if found is None:
                    found = self._postings[key] = array("l")
                found.append(pos)

    def set_outliers(
        self, keys: Iterable[tuple[str, str]], *, among: Iterable[tuple[str, str]] | None = None
    ) -> None:
        """Mark (store, product id) keys whose current price is an outlier: never matched.

        ``among``: the keys that were judged (the others keep their mark); None: all were.
        """
        self.memo.clear()
        if among is None:
            judged = set(self._outliers)
        else:
            judged = {p for p in map(self._position.get, among) if p is not None}
        for pos in judged & self._outliers:
            self._outliers.discard(pos)
            rec = self._records[pos]
            rec.usable = rec.available
        for found in map(self._position.get, keys):
            if found is not None:
                self._outliers.add(found)
                self._records[found].usable = False

    @property
    def outliers(self) -> frozenset[tuple[str, str]]:
        return frozenset(self._records[pos].key for pos in self._outliers)

    def spec(self, item: ListItem) -> ItemSpec:
        """The item resolved against the taxonomy (memoized: lists repeat their items)."""
        found = self._specs.get(item)
        if found is None:
            if len(self._specs) >= 4096:
                self._specs.clear()
            found = self._specs[item] = item_spec(item, self.lemmatizer, self.taxonomy)
        return found

    def position(self, key: tuple[str, str]) -> int:
        """The position of a (store, product id) in the index."""
        return self._position[key]

    def record(self, pos: int) -> OfferRecord:
        return self._records[pos]

    def columns(self) -> tuple[list[OfferRecord], list[OfferFeatures]]:
        """Records and features by position (read-only: for the matcher's inner loop)."""
        return self._records, self._features

    def positions(self, spec: ItemSpec, store: str) -> set[int]:
        """Offers of ``store`` that can be the item: its kind and sub-kinds, and for a
        generic item any title with its word (a fallback match)."""
        positions: set[int] = set()
        for kind in spec.read_kinds:
            positions.update(self._kinds.get((store, kind), ()))
        if spec.mentions and spec.parent:
            positions.update(self._kinds.get((store, spec.parent), ()))
        if not spec.known_kind:
            positions.update(self._postings.get((store, spec.head), ()))
        if spec.brand_only:
            # A bare brand: every product of the store with the brand in its title. A scan
            # of the store's offers, only for such items (the answer is memoized).
            features = self._features
            positions.update(
                pos
                for pos in self._by_store.get(store, ())
                if any(b in features[pos].compact for b in spec.brands)
            )
        return positions


def _features_of(offer: Offer, analysis: TitleAnalysis, intern: _Interner) -> OfferFeatures:
    pack_size = offer.pack or analysis.pack
    brand = analysis.brand or (brand_key(offer.brand) if offer.brand else "")
    return OfferFeatures(
        kind=intern.value(analysis.kind),
        lemmas=intern.value(frozenset(analysis.lemmas.split())),
        head_lemmas=intern.value(frozenset(analysis.head_lemmas.split())),
        text=analysis.words,
        category=intern.value(
            " " + " ".join(w for part in offer.category_path for w in words(part)) + " "
        ),
        compact=analysis.words.replace(" ", ""),
        brand=intern.value(brand),
        fat_pct=analysis.fat_pct,
        egg_class=analysis.egg_class,
        pack=pack_base(pack_size),
        pack_size=pack_size,
        unit=unit_total(pack_size),
        pieces=title_pieces(pack_size, analysis.pack),
    )
