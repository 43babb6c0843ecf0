"""What a basket asks of storage and of a store for one list item: the stored products that
can be it (``candidate_query``) and the words typed into the store's search box."""

from __future__ import annotations

from korzina.core.matching.score import ItemSpec, egg_class_spellings, fat_may_say, pack_may_say
from korzina.core.models import ListItem, PriceCategory
from korzina.core.storage.analysis import CandidateQuery

# Products read per store and item for the cheapest tier: the pick, its alternatives and
# room for what the matcher still refuses (a qualifier met only in the category path…).
PER_STORE = 200


def candidate_query(spec: ItemSpec, item: ListItem) -> CandidateQuery:
    """What to read from storage for an item: its kinds, narrowed by what it must have,
    without its look-alikes; for the cheapest tier, only the cheapest per store."""
    # A preference or an exact pack ranks before price: then every product is read.
    cheapest = (
        item.price_category in (None, PriceCategory.CHEAP)
        and spec.pack is None
        and not spec.preferences
    )
    eggs = egg_class_spellings(spec.egg_class) if spec.egg_class else ()
    return CandidateQuery(
        kinds=tuple(sorted(spec.read_kinds)),
        lemma=None if spec.known_kind else spec.head,
        fat_pct=spec.fat_pct,
        egg_classes=eggs,
        brand=spec.brand,
        brands=spec.brands,
        brand_only=spec.brand_only,
        parent=spec.parent if spec.mentions else None,
        mention_stems=tuple(dict.fromkeys(head for head, _ in spec.mentions)),
        # A qualifier the kind has by default, or a pack or the fat % may say, is scored,
        # not narrowed: titles need not say it.
        qualifiers=tuple(
            q
            for q in spec.qualifiers
            if q[0] not in spec.kind.defaults
            and q[0] not in spec.soft
            and not pack_may_say(q[0], spec)
            and not fat_may_say(q[0], spec)
        ),
        reject=spec.reject_re.pattern if spec.reject_re else None,
        fallback=spec.fallback_re.pattern if spec.fallback_re else None,
        per_store=PER_STORE if cheapest else None,
    )


def search_query(item: ListItem) -> str:
    """What to type into a store's search box for an item: brand, name, what it must
    be («гауда», «ядрица»), fat."""
    parts = [item.brand or "", item.name, *item.attributes]
    if item.fat_pct is not None:
        parts.append(f"{item.fat_pct}%")
    return " ".join(p for p in parts if p)
