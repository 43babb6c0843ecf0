"""A third-party korzina store, registered through the ``korzina`` entry-point group."""

from korzina import hookimpl
from korzina_example_store.store import MarketPriceListStore


@hookimpl
def register_stores(register):  # type: ignore[no-untyped-def]
    register(MarketPriceListStore)
