"""The basket service: the one place that touches storage and the stores.

Used by ``korzina basket``/``korzina demo`` and by the Telegram bot. Everything it
needs is injected: the storage, and for live answers a ``FanOut`` with the store
adapters (and the user's shops). Its API is four calls::

    service = BasketService(storage, fanout=fanout, adapters=adapters, shops=shops)
    answer = await service.answer(shopping_list, BasketOptions(card=True),
                                  shops=user_shops,           # one user's shops, this list
                                  owner=chat_id,              # whose buttons may open it
                                  on_store_result=progress)   # progress per store search
    service.load(answer.id, owner=chat_id)                    # after a restart too
    service.alternatives(answer, "magnit", 0)                 # other products for a line
    answer = service.swap(answer.id, "magnit", 0, product_id, owner=chat_id)

One service serves every user (the bot's): a user's saved shops are an argument of
``answer``, so the index, the group commit of saved answers and the prune cache are
shared by all of them.

Where prices come from: offers in the database seen within ``fresh_hours`` are used
as they are. An item with no fresh valid product in a store is searched live in
that store (one search per item, the stores at once); what comes back is saved and
used. A store whose live search fails keeps what the database already knows of it,
whatever its age, and its status says so. ``offline`` uses the database only.

A product whose current price is an outlier for it (over 3× or under a third of the
median of its observations, ``korzina.core.analytics``) is never a candidate: it is
judged once per data version for the whole index, and again for products a live
search saves.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from korzina.core.analytics.queries import outlier_keys
from korzina.core.baskets.kept import ANSWERS_NAMESPACE, KeptAnswers
from korzina.core.baskets.models import Answer, ProductRef
from korzina.core.baskets.queries import PER_STORE, candidate_query, search_query
from korzina.core.baskets.rank import alternatives, assemble, swap
from korzina.core.errors import StorageError
from korzina.core.fanout import FanOut, OnResult
from korzina.core.matching import Candidate, OfferIndex, match_items, nearest
from korzina.core.matching.kinds import kind_by_titles
from korzina.core.matching.pick import holds_over, line_cost, pack_as_amount
from korzina.core.models import (
    ListItem,
    Offer,
    Shop,
    ShoppingList,
    Status,
    StoreResult,
    StoreStatus,
    utcnow,
)
from korzina.core.storage.analysis import (
    CandidateQuery,
    candidate_rows,
    candidate_rows_many,
    kinds_of_word,
)
from korzina.core.storage.base import Storage
from korzina.core.store import StoreAdapter
from korzina.parser.words import CONTAINER_LEMMA, COOKING_USES, OCCASIONS

NO_DATA = "нет сохранённых цен этого магазина"
FROM_DB = "цены из базы"
NOT_SAVED = "свежие цены не сохранены в базу (она занята), но учтены в этом ответе"

log = logging.getLogger(__name__)

__all__ = ["ANSWERS_NAMESPACE", "FROM_DB", "NOT_SAVED", "NO_DATA", "BasketOptions", "BasketService"]


@dataclass(frozen=True)
class BasketOptions:
    """How to answer: which stores, card prices, a split over several stores."""

    stores: tuple[str, ...] | None = None  # None: every known store
    card: bool = False
    max_stores: int = 1
    extra_store_cost: Decimal = Decimal(0)
    offline: bool = False
    save: bool = True  # keep the answer by id (the bot's buttons); the CLI does not need it


# What a product is «для» that never makes a sort of it, even where titles say it: «сливки
# для кофе», «геркулес для каши» (the parser's own lists of both).
_USES_NOT_SORTS = COOKING_USES | OCCASIONS
# Words that say a product is for children («для детей», «детский», «малышам»).
_CHILDREN = frozenset({"детский", "ребенок", "малыш", "дети"})
# The shortest unknown word that makes an item missing where no title says it: shorter
# ones are too often a cut word («мол», «слив»).
_UNHEARD_MIN = 4


def _match_by_cutoff(
    index: OfferIndex,
    items: Sequence[ListItem],
    since: Mapping[str, datetime | None],
    card: bool,
) -> dict[str, list[list[Candidate]]]:
    """Each store's candidates per item, matched with the store's price cutoff: one call
    per cutoff, so the stores share each item's scores of common titles."""
    matched: dict[str, list[list[Candidate]]] = {}
    for cut in dict.fromkeys(since.values()):
        group = [s for s in since if since[s] == cut]
        matched.update(match_items(index, items, group, card=card, since=cut))
    return matched


def _with_note(status: StoreStatus, note: str) -> StoreStatus:
    message = f"{status.message}; {note}" if status.message else note
    return status.model_copy(update={"message": message})


class BasketService:
    """Answers shopping lists from the database and live store searches (see module doc)."""

    def __init__(
        self,
        storage: Storage,
        *,
        fanout: FanOut | None = None,
        adapters: Sequence[StoreAdapter] = (),
        shops: Mapping[str, Shop] | None = None,
        known_stores: Sequence[str] = (),
        fresh_hours: float = 24.0,
        search_limit: int = 30,
        clock: Callable[[], datetime] = utcnow,
        index: OfferIndex | None = None,
        keep_answers_days: float = 7.0,
    ) -> None:
        self.storage = storage
        self.fanout = fanout
        self.adapters = {a.id: a for a in adapters}
        self.shops = dict(shops or {})
        self.known_stores = tuple(known_stores) or tuple(self.adapters)
        self.fresh_hours = fresh_hours
        self.search_limit = search_limit
        self.clock = clock
        self._index = index or OfferIndex()
        self._stores: list[str] | None = None
        self.kept = KeptAnswers(storage, clock=clock, keep_days=keep_answers_days)
        self.keep_answers = self.kept.keep

    # --- the index ------------------------------------------------------------

    def index(self) -> OfferIndex:
        """The offer index of the current data version (a new, empty one after a write
        by anyone else); ``_load`` fills it with the kinds a list needs."""
        version = self.storage.offers.data_version()
        if self._index.version != version:
            # Keep the warm lemma cache; everything else is read again on demand.
            self._index = OfferIndex(self._index.lemmatizer, self._index.taxonomy)
            self._index.version = version
            self._stores = None
        return self._index

    def _load_kinds(self, index: OfferIndex, item: ListItem) -> None:
        """The cheapest stored products of an item's kinds, whatever it must have: what
        the nearest product of a missing item is chosen from."""
        spec = index.spec(item)
        if not spec.known_kind or spec.kinds <= index.loaded_kinds:
            return
        query = CandidateQuery(
            kinds=tuple(sorted(spec.kinds)),
            reject=spec.reject_re.pattern if spec.reject_re else None,
            per_store=PER_STORE,
        )
        if query not in index.loaded_queries:
            self._add(index, query, candidate_rows(self.storage, query))

    def _add(
        self,
        index: OfferIndex,
        query: CandidateQuery,
        rows: list[tuple[Any, ...]],
        judge: list[tuple[str, str]] | None = None,
    ) -> None:
        """Add ``rows`` to the index and judge their prices now, or, given ``judge``,
        leave their keys there for the caller to judge with others at once."""
        index.add_rows(rows, lemmas=query.lemma is not None)
        index.loaded_queries.add(query)
        keys = [(r[0], r[1]) for r in rows]
        if judge is not None:
            judge += keys
        elif keys:
            self._judge(index, keys)

    def _judge(self, index: OfferIndex, keys: Sequence[tuple[str, str]]) -> None:
        """Mark the outlier prices among ``keys``: one pass over the observations."""
        unique = list(dict.fromkeys(keys))
        index.set_outliers(self._outlier_keys(unique), among=unique)

    def _load(self, index: OfferIndex, items: Sequence[ListItem]) -> None:
        """Fill the index with the stored products that can be the items: their kinds
        (and, for an item no kind knows, the titles with its word), narrowed in SQL by
        what each item must have. Read with their stored title analysis, never analysed
        again here; a whole kind read once serves every later item of it. The prices
        of every product read are judged together (``_judge``), not per item."""
        planned: list[CandidateQuery] = []
        kinds, lemmas = set(index.loaded_kinds), set(index.loaded_lemmas)
        for item in items:
            spec = index.spec(item)
            generic = None if spec.known_kind else spec.head
            wanted = spec.read_kinds
            if wanted <= kinds and (generic is None or generic in lemmas):
                continue
            query = candidate_query(spec, item)
            if query in index.loaded_queries or query in planned:
                continue
            planned.append(query)
            if not query.narrowed:
                kinds |= wanted
                if generic is not None:
                    lemmas.add(generic)
        judge: list[tuple[str, str]] = []
        for query, rows in zip(planned, candidate_rows_many(self.storage, planned), strict=True):
            self._add(index, query, rows, judge)
        index.loaded_kinds, index.loaded_lemmas = kinds, lemmas
        if judge:
            self._judge(index, judge)

    def _read_by_titles(
        self, index: OfferIndex, items: Sequence[ListItem]
    ) -> tuple[tuple[ListItem, ...], tuple[str, ...]]:
        """Items no kind knows that the stored titles show to be a variety of one kind
        («басмати» is рис басмати, ``kinds.kind_by_titles``), read so, with a note."""
        out: list[ListItem] = []
        notes: list[str] = []
        for item in items:
            spec = index.spec(item)
            kind = None
            # One word alone («басмати», «халуми»), or a word the dictionary lacks
            # («начосы кукурузные»); a phrase of dictionary words («кокосовая стружка»)
            # is a product, not what the chocolates it flavours are made with.
            if not spec.known_kind and (
                len(item.name.split()) == 1 or not index.lemmatizer.info(spec.head).known
            ):
                kind = kind_by_titles(spec.head, self._word_kinds(index, spec.head), index.taxonomy)
            if kind is None:
                item = self._childrens_unsold(index, item, notes)
                out.append(self._wishes_titles_say(index, item, notes))
                continue
            out.append(
                item.model_copy(update={"name": kind, "attributes": (item.name, *item.attributes)})
            )
            notes.append(f"«{item.name}» — искал как «{kind} {item.name}»: так в названиях товаров")
        return tuple(out), tuple(notes)

    def _word_kinds(self, index: OfferIndex, lemma: str) -> list[tuple[str, int]]:
        """The kinds of the stored titles with ``lemma`` (memoized by the index)."""
        counts = index.word_kinds.get(lemma)
        if counts is None:
            counts = index.word_kinds[lemma] = kinds_of_word(self.storage, lemma)
        return counts

    def _childrens_unsold(self, index: OfferIndex, item: ListItem, notes: list[str]) -> ListItem:
        """«бананчики для детей»: a kind no stored title sells for children is bought
        plain; «для детей» stays a wish, with a note. Where some store sells the kind
        for children («сок для детей»), it is the sort asked, as before."""
        spec = index.spec(item)
        if not spec.known_kind:
            return item
        lemma = index.lemmatizer.lemma
        childish = [
            a for a in item.attributes if {lemma(w) for w in a.split()} - {"для"} <= _CHILDREN
        ]
        if not childish or any(
            kind in spec.kinds for said in _CHILDREN for kind, _ in self._word_kinds(index, said)
        ):
            return item
        notes.extend(f"«{item.name} {a}» нет ни в одном магазине, беру обычный" for a in childish)
        return item.model_copy(
            update={
                "attributes": tuple(a for a in item.attributes if a not in childish),
                "preferences": (*item.preferences, *childish),
            }
        )

    def _wishes_titles_say(self, index: OfferIndex, item: ListItem, notes: list[str]) -> ListItem:
        """A word no dictionary knows, kept as a wish («рис девзира», «семена чиа»), that
        stored titles of the item's kind use is the sort asked: required, with a note.
        So is one that no title of the kind uses («кофе пеле», «бигбон курица»): a brand
        or sort the stores lack, which another product of the kind is not (the parser
        has mended the typos it can). A container («пачечку») or a name of the kind
        itself («доширак») stays a wish. So is the food a product is wished for («молоко
        для капучино», «сухофрукты для компота») where titles of its kind name that food:
        the stores sell a sort for it."""
        spec = index.spec(item)
        if not spec.known_kind or not item.preferences:
            return item
        required: list[str] = []
        unheard: list[str] = []
        for wish in item.preferences:
            said = wish.split()
            food = len(said) == 2 and said[0] == "для"
            if not food and (len(said) != 1 or len(said[0]) < 3):
                continue
            info = index.lemmatizer.info(said[-1])
            if info.known and (not food or info.lemma in _USES_NOT_SORTS):
                continue
            if any(kind in spec.kinds for kind, _ in self._word_kinds(index, info.lemma)):
                required.append(wish)
            elif (
                not food
                and not info.known
                and len(said[0]) >= _UNHEARD_MIN
                and info.lemma not in CONTAINER_LEMMA
                and not any(info.lemma in names for names in spec.kind.item)
            ):
                unheard.append(wish)
        if not required and not unheard:
            return item
        notes.extend(f"«{w}» — так пишут в названиях, ищу только с ним" for w in required)
        notes.extend(f"«{w}» нет ни в одном названии, другое вместо не беру" for w in unheard)
        required += unheard
        return item.model_copy(
            update={
                "attributes": (*item.attributes, *required),
                "preferences": tuple(p for p in item.preferences if p not in required),
            }
        )

    def prepare(self, items: Sequence[ListItem]) -> None:
        """Read the products of these items' kinds now (the bot's warm-up)."""
        self._load(self.index(), items)

    def stores_with_data(self) -> list[str]:
        """Stores that have products in the database (cached per data version)."""
        if self._stores is None:
            _, rows = self.storage.query("SELECT DISTINCT store FROM products ORDER BY store")
            self._stores = [r[0] for r in rows]
        return self._stores

    def _outlier_keys(self, keys: Sequence[tuple[str, str]] | None) -> set[tuple[str, str]]:
        """Products whose current price is an outlier for them (issue 8: kept out of
        baskets)."""
        return outlier_keys(self.storage, keys)

    async def _save(self, offers: Sequence[Offer]) -> bool:
        """Save a live search's offers and add them to the index; False if the write failed.

        The write runs on a thread (DuckDB blocks). When it fails (under the one-writer
        design a crawler may hold the database lock) the offers still join the in-memory
        index, so this answer uses them; they are searched again once it is rebuilt.
        """
        if not offers:
            return True
        index = self.index()
        try:
            await asyncio.to_thread(self.storage.offers.save_offers, offers)
        except StorageError as exc:
            log.warning("live offers not saved (%d): %s", len(offers), exc)
            index.add(offers)
            return False
        # Our own write: extend the index in place instead of rebuilding it, and judge
        # the new prices of these products only.
        index.add(offers)
        keys = list(dict.fromkeys(o.key for o in offers))
        index.set_outliers(self._outlier_keys(keys), among=keys)
        index.version = self.storage.offers.data_version()
        return True

    # --- answering ------------------------------------------------------------

    async def answer(
        self,
        shopping_list: ShoppingList,
        options: BasketOptions | None = None,
        *,
        shops: Mapping[str, Shop] | None = None,
        owner: int | None = None,
        on_store_result: OnResult | None = None,
    ) -> Answer:
        """Baskets for a parsed list; saved in the kv store under ``answer.id``.

        ``shops``: the shop to search per store for this list (a user's saved shops), over
        the service's own. ``owner``: who may load the saved answer again (the bot's chat
        id; see ``load``). ``on_store_result`` gets each store's ``StoreResult`` as a live
        search finishes (one call per store and searched item), for progress messages.
        """
        options = options or BasketOptions()
        index = self.index()
        items, read_as = self._read_by_titles(index, shopping_list.items)
        # A wish the titles made required is no longer said to be only a wish.
        required = {
            a
            for old, new in zip(shopping_list.items, items, strict=True)
            for a in new.attributes
            if a in old.preferences
        }
        kept = tuple(
            n
            for n in shopping_list.notes
            if not any(n.startswith(f"«{w}» — учёл как") for w in required)
        )
        shopping_list = shopping_list.model_copy(
            update={"items": items, "notes": (*kept, *read_as)}
        )
        self._load(index, items)
        stores = list(options.stores or self._all_stores())
        now = self.clock()
        # Whole minutes, so answers within a minute share the index's memoized matches.
        cutoff = (
            None
            if options.offline
            else (now - timedelta(hours=self.fresh_hours)).replace(second=0, microsecond=0)
        )
        statuses: dict[str, StoreStatus] = {}
        since: dict[str, datetime | None] = dict.fromkeys(stores)
        unsaved: set[str] = set()  # stores whose live offers the database refused
        if not options.offline and self.fanout is not None:
            at = {**self.shops, **(shops or {})}
            await self._refresh(
                items, stores, options.card, cutoff, at, on_store_result, statuses, since, unsaved
            )
            # A write by another process meanwhile starts a new index: fill it again.
            index = self.index()
            self._load(index, items)
        matched = _match_by_cutoff(index, items, since, options.card)
        items, as_amounts = self._packs_as_amounts(index, items, matched, since, options.card)
        instead = self._alternatives_where_missing(index, items, matched, since, options.card)
        options_by_store = {store: matched[store] for store in stores}
        for store in stores:
            if store not in statuses:
                has_data = store in self.stores_with_data()
                statuses[store] = StoreStatus(
                    store=store,
                    status=Status.OK if has_data else Status.ERROR,
                    message=FROM_DB if has_data else NO_DATA,
                )
        answer = assemble(
            answer_id=secrets.token_urlsafe(6),
            created_at=now,
            intent=shopping_list.intent,
            items=items,
            options=options_by_store,
            statuses=[statuses[s] for s in stores],
            card=options.card,
            max_stores=options.max_stores,
            extra_store_cost=options.extra_store_cost,
        )
        # How the list was read (typos fixed, words kept only as wishes, fragments not
        # understood) travels with the answer: the CLI, --json, the bot and a saved
        # answer's pages all say it.
        notes = (
            *shopping_list.notes,
            *as_amounts,
            *instead,
            *((NOT_SAVED,) if unsaved else ()),
        )
        answer = answer.model_copy(update={"nearest": self._nearest(index, answer), "notes": notes})
        if options.save:
            await self.kept.add(answer, owner)
        return answer

    def _packs_as_amounts(
        self,
        index: OfferIndex,
        items: tuple[ListItem, ...],
        matched: dict[str, list[list[Candidate]]],
        since: Mapping[str, datetime | None],
        card: bool,
    ) -> tuple[tuple[ListItem, ...], tuple[str, ...]]:
        """«молоко 4 литра», «рис 2 кг»: a size that no store sells as one pack is the amount
        wanted, bought in the packs there are (``matched`` is filled in place), with a note;
        a size some store has stays the pack («вода 5 л»)."""
        out = list(items)
        notes: list[str] = []
        for i, item in enumerate(items):
            amount = pack_as_amount(item)
            if (
                amount is None
                or item.pack is None
                or index.spec(item).kind.size_is_format
                or any(found[i] for found in matched.values())
            ):
                continue
            self._load(index, [amount])
            # A pack over twice the size asked: the size named a small format («томатная
            # паста 70г»), not an amount («изюм грамм 200» takes 250 г).
            again = {
                store: [c for c in found[0] if not holds_over(c.pack, item.pack, 2)]
                for store, found in _match_by_cutoff(index, (amount,), since, card).items()
            }
            if not any(again.values()):
                continue
            out[i] = amount
            for store, candidates in again.items():
                matched[store][i] = candidates
            size = f"{amount.quantity} {amount.unit}"
            notes.append(
                f"«{item.raw or item.name}»: упаковки {size} нет ни в одном магазине — "
                f"беру {size} в тех упаковках, что есть"
            )
        return tuple(out), tuple(notes)

    def _alternatives_where_missing(
        self,
        index: OfferIndex,
        items: tuple[ListItem, ...],
        matched: dict[str, list[list[Candidate]]],
        since: Mapping[str, datetime | None],
        card: bool,
    ) -> tuple[str, ...]:
        """«молоко 3.2 если нет то 2.5»: in a store with nothing of the item, the first
        alternative it has (``matched`` is filled in place), with a note per item."""
        notes: list[str] = []
        for i, item in enumerate(items):
            lacking = [store for store, found in matched.items() if not found[i]]
            if not item.alternatives or not lacking:
                continue
            self._load(index, item.alternatives)
            taken: list[str] = []
            for alt in item.alternatives:
                cut = {store: since[store] for store in lacking}
                for store, found in _match_by_cutoff(index, (alt,), cut, card).items():
                    if found[0]:
                        matched[store][i] = found[0]
                        lacking.remove(store)
                        taken.append(alt.raw or alt.name)
                if not lacking:
                    break
            if taken:
                said = ", ".join(f"«{t}»" for t in dict.fromkeys(taken))
                notes.append(f"«{item.raw or item.name}»: где этого нет, беру {said}")
        return tuple(notes)

    async def _refresh(
        self,
        items: Sequence[ListItem],
        stores: Sequence[str],
        card: bool,
        cutoff: datetime | None,
        shops: Mapping[str, Shop],
        on_store_result: OnResult | None,
        statuses: dict[str, StoreStatus],
        since: dict[str, datetime | None],
        unsaved: set[str],
    ) -> None:
        """Search live what the database has no fresh product for; fill each live store's
        status and the cutoff its prices are matched with (``since``)."""
        fresh = match_items(self.index(), items, stores, card=card, since=cutoff)
        wanted = {
            i: [s for s in stores if not fresh[s][i] and s in self.adapters]
            for i in range(len(items))
        }
        results = await self._search(items, wanted, shops, on_store_result, unsaved)
        for store in stores:
            if store not in self.adapters:
                continue  # no way to refresh it: what we know, any age
            statuses[store], failed = self._merge_status(
                store, results.get(store, []), has_data=store in self.stores_with_data()
            )
            if store in unsaved:
                statuses[store] = _with_note(statuses[store], NOT_SAVED)
            # A store that failed keeps what we know of it, whatever its age.
            since[store] = None if failed else cutoff

    def _nearest(self, index: OfferIndex, answer: Answer) -> dict[str, dict[int, ProductRef]]:
        """Per store, for each missing item, the nearest product that lacks only what
        the list asked for: named in the answer, never bought silently."""
        out: dict[str, dict[int, ProductRef]] = {}
        for i in {i for b in answer.baskets for i in b.missing}:
            self._load_kinds(index, answer.items[i])
        for basket in answer.baskets:
            for i in basket.missing:
                item = answer.items[i]
                found = nearest(index, item, basket.store, card=answer.card)
                if found is None:
                    continue
                c, lacks = found
                out.setdefault(basket.store, {})[i] = ProductRef(
                    product_id=c.product_id,
                    name=c.name,
                    price=line_cost(item, c, card=answer.card)[1],
                    lacks=lacks,
                )
        return out

    def _all_stores(self) -> list[str]:
        seen = list(self.known_stores)
        seen += [s for s in self.stores_with_data() if s not in seen]
        return seen

    async def _search(
        self,
        items: Sequence[ListItem],
        wanted: Mapping[int, Sequence[str]],
        shops: Mapping[str, Shop],
        on_store_result: OnResult | None,
        unsaved: set[str],
    ) -> dict[str, list[StoreResult]]:
        """One live search per item over the stores that lack it; offers saved (the
        stores whose offers could not be saved are added to ``unsaved``)."""
        assert self.fanout is not None
        fanout = self.fanout
        jobs = [
            fanout.search(
                [self.adapters[s] for s in stores],
                search_query(items[i]),
                shops={s: shops[s] for s in stores if s in shops},
                limit=self.search_limit,
                on_result=on_store_result,
            )
            for i, stores in wanted.items()
            if stores
        ]
        by_store: dict[str, list[StoreResult]] = {}
        for results in await asyncio.gather(*jobs):
            for r in results:
                by_store.setdefault(r.status.store, []).append(r)
                if r.status.ok and not await self._save(r.offers):
                    unsaved.add(r.status.store)
        return by_store

    @staticmethod
    def _merge_status(
        store: str, results: Sequence[StoreResult], *, has_data: bool = True
    ) -> tuple[StoreStatus, bool]:
        """One status per store: the first failure if any (and whether it failed; a
        failure says whether saved prices stand in for the store's answer), else the
        searches' partial answers together, else the first ok."""
        if not results:
            return StoreStatus(store=store, status=Status.OK, message=FROM_DB), False
        failed = [r.status for r in results if not r.status.ok]
        if failed:
            first = failed[0]
            note = "показаны сохранённые цены" if has_data else NO_DATA
            head = (first.message or "").rstrip(".")
            message = f"{head}; {note}" if head else note
            return first.model_copy(update={"message": message}), True
        partial = [r.status for r in results if r.status.status is Status.PARTIAL]
        if partial:
            # Items dropped by any of the store's searches are all named (issue 15).
            messages = [p.message for p in partial if p.message]
            return partial[0].model_copy(
                update={
                    "message": " ".join(dict.fromkeys(messages)) or None,
                    "rejected": sum(p.rejected for p in partial),
                }
            ), False
        return results[0].status, False

    # --- answers by id (the bot's buttons): ``KeptAnswers`` ---------------------

    @property
    def commits(self) -> int:
        """Group commits of new answers so far (the bot's benchmark prints it)."""
        return self.kept.commits

    @property
    def committed(self) -> int:
        """Answers those commits saved."""
        return self.kept.committed

    def load(self, answer_id: str, *, owner: int | None = None) -> Answer | None:
        """A saved answer, or None when the id is unknown, the answer has expired, or
        (given an ``owner``) it was saved for someone else."""
        return self.kept.load(answer_id, owner=owner)

    def alternatives(self, answer: Answer, store: str, item_index: int) -> list[Candidate]:
        """Other valid products of the same kind in the same store, in pick order."""
        return alternatives(answer, store, item_index)

    def swap(
        self,
        answer_id: str,
        store: str,
        item_index: int,
        product_id: str,
        *,
        owner: int | None = None,
    ) -> Answer | None:
        """Load an answer, buy one line as another valid product, save it; None if
        unknown (or, given an ``owner``, someone else's)."""
        return self.kept.update(
            answer_id, lambda a: swap(a, store, item_index, product_id), owner=owner
        )
