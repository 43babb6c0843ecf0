"""An in-memory index over offers: features per offer and lemma postings per store.

Built once from ``latest_offers()`` and kept while the database's ``data_version()``
stays the same, so a warm request only scores the few hundred offers whose title
shares a lemma with the item. Offers found by a live search are added in place
(``add``), without a rebuild.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from korzina.core.matching.score import (
    ItemSpec,
    Match,
    OfferFeatures,
    brand_key,
    item_spec,
    pack_base,
    score,
)
from korzina.core.matching.text import Lemmatizer, normalize, words
from korzina.core.models import ListItem, Offer, PackSize
from korzina.core.units import parse_title


class OfferIndex:
    """Offers by (store, product id), their features, and (store, lemma) → offer postings."""

    def __init__(self, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer or Lemmatizer()
        self.version: int | None = None
        self._offers: list[Offer] = []
        self._features: list[OfferFeatures] = []
        self._position: dict[tuple[str, str], int] = {}
        self._postings: dict[tuple[str, str], list[int]] = defaultdict(list)
        # (store, head noun) → offers: known kinds only ever match on their head.
        self._heads: dict[tuple[str, str | None], list[int]] = defaultdict(list)
        self._stores: set[str] = set()
        # Matched options per (item, store, card, since, limit), valid while the offers are
        # unchanged: lists share items («молоко», «хлеб»), and the bot answers many lists.
        self.memo: dict[tuple[object, ...], list[Any]] = {}

    def __len__(self) -> int:
        return len(self._position)

    @property
    def stores(self) -> frozenset[str]:
        return frozenset(self._stores)

    def features(self, offer: Offer) -> OfferFeatures:
        """Everything the scorer needs of one offer (pure apart from the lemma cache)."""
        title_words = words(offer.name)
        infos = [self.lemmatizer.info(w) for w in title_words]
        brand = brand_key(offer.brand) if offer.brand else ""
        brand_words = set(words(offer.brand)) if offer.brand else set()
        head = None
        for w, info in zip(title_words, infos, strict=True):
            # The type noun comes first in Russian titles; skip a Cyrillic brand before it.
            if info.noun and w not in brand_words and "-" not in w:
                head = info.lemma
                break
        facts = parse_title(offer.name)
        return OfferFeatures(
            head=head,
            lemmas=frozenset(i.lemma for i in infos),
            text=" " + " ".join(title_words) + " ",
            category=" " + " ".join(w for part in offer.category_path for w in words(part)) + " ",
            compact="".join(ch for ch in normalize(offer.name) if ch.isalnum()),
            brand=brand,
            fat_pct=facts.fat_pct,
            egg_class=facts.egg_class,
            pack=pack_base(offer.pack or facts.pack),
            pack_size=offer.pack or facts.pack,
        )

    def add(self, offers: Iterable[Offer]) -> None:
        """Add or replace offers (the latest offer of a product wins)."""
        self.memo.clear()
        for offer in offers:
            feats = self.features(offer)
            pos = self._position.get(offer.key)
            if pos is not None:
                old = self._features[pos]
                if old.lemmas != feats.lemmas or old.head != feats.head:
                    for lemma in old.lemmas:
                        self._postings[(offer.store, lemma)].remove(pos)
                    self._heads[(offer.store, old.head)].remove(pos)
                    self._post(offer.store, feats, pos)
                self._offers[pos] = offer
                self._features[pos] = feats
                continue
            pos = len(self._offers)
            self._offers.append(offer)
            self._features.append(feats)
            self._position[offer.key] = pos
            self._post(offer.store, feats, pos)
            self._stores.add(offer.store)

    def _post(self, store: str, feats: OfferFeatures, pos: int) -> None:
        for lemma in feats.lemmas:
            self._postings[(store, lemma)].append(pos)
        self._heads[(store, feats.head)].append(pos)

    def spec(self, item: ListItem) -> ItemSpec:
        return item_spec(item, self.lemmatizer)

    def match(
        self, spec: ItemSpec, store: str, *, since: datetime | None = None
    ) -> list[tuple[Offer, Match, PackSize | None]]:
        """Offers of ``store`` that are the item (score at or above the threshold), seen
        at ``since`` or later when given, with the pack (the offer's or its title's)."""
        positions: set[int] = set()
        for head in spec.kind.heads:
            positions.update(self._heads.get((store, head), ()))
        if not spec.known_kind:
            # A generic item may also sit behind another head noun (a fallback match).
            positions.update(self._postings.get((store, spec.head), ()))
        found: list[tuple[Offer, Match, PackSize | None]] = []
        for pos in positions:
            offer = self._offers[pos]
            if not offer.available or (since is not None and offer.observed_at < since):
                continue
            feats = self._features[pos]
            m = score(spec, feats)
            if m is not None:
                found.append((offer, m, feats.pack_size))
        return found
