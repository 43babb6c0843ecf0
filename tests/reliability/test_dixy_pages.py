"""Every Дикси HTML page is read whole or not at all, not only the search page.

The catalogue (sections for a crawl), a section page (its listing ``sid``) and a product
page (``initElementData``, the prices of a refresh) arrive cut short the way issue 15's
search page did: HTTP 200, a consistent length, no closing ``</html>``. Each is refused as
an incomplete reply (the store's state «Магазин прислал неполный ответ.»), never read as
fewer sections or a product silently missing. The same pages delivered whole are read
(the control). Pages are the constructed ones of ``tests/fixtures/dixy/constructed``,
cut here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from korzina.core.errors import IncompleteReply
from korzina.core.fanout import FanOut
from korzina.core.models import Category, Status
from korzina.core.settings import FanOutSettings
from korzina.plugins.dixy import DixyStore
from tests.conftest import constructed

HTML = "text/html; charset=UTF-8"
PRODUCT = "/product/avokado-khass-v-upakovke-700-g-2000329470/"
SECTION = "/catalog/molochnye-produkty-yaytso/"
PAGES = {
    "/catalog/": constructed("dixy", "catalog.html"),
    SECTION: constructed("dixy", "section_molochnye-produkty-yaytso.html"),
    PRODUCT: constructed("dixy", "product_avokado-khass-v-upakovke-700-g-2000329470.html"),
}


def _store(cut: str | None) -> DixyStore:
    """Дикси over its constructed pages; the page at ``cut`` ends before ``</html>``."""

    def handler(request: httpx.Request) -> httpx.Response:
        text = PAGES[request.url.path].read_text(encoding="utf-8")
        if request.url.path == cut:
            text = text[: text.lower().rindex("</body")]  # the tail of the page lost
        return httpx.Response(200, headers={"content-type": HTML}, content=text.encode())

    settings = DixyStore.default_settings.model_copy(
        update={"base_url": "https://dixy.test", "transport": "http", "min_interval_s": 0.0}
    )
    client = httpx.AsyncClient(base_url=settings.base_url, transport=httpx.MockTransport(handler))
    return DixyStore(client, settings)


async def _categories(store: DixyStore) -> Any:
    return [c.name for c in await store.categories()]


async def _sid(store: DixyStore) -> Any:
    return await store.section_sid(
        Category(store="dixy", category_id=SECTION, name="Молочные продукты, яйцо")
    )


async def _price(store: DixyStore) -> Any:
    return [(o.product_id, o.price) for o in await store.price([PRODUCT.split("/")[2]])]


READS: dict[str, tuple[Callable[[DixyStore], Awaitable[Any]], Any]] = {
    "/catalog/": (_categories, ["Молочные продукты, яйцо", "Фрукты, овощи"]),
    SECTION: (_sid, "14"),
    PRODUCT: (_price, [("2000329470", Decimal("438.90"))]),
}


@pytest.mark.parametrize("path", list(READS))
async def test_a_page_cut_short_is_refused_and_a_whole_one_is_read(path: str) -> None:
    read, whole = READS[path]
    async with _store(cut=None) as store:
        assert await read(store) == whole
    async with _store(cut=path) as store:
        with pytest.raises(IncompleteReply, match="cut short"):
            await read(store)


async def test_a_product_refresh_on_a_cut_page_names_the_store_state() -> None:
    # The refresh path of a basket (FanOut.price): Дикси's state is said, no offer kept.
    async with _store(cut=PRODUCT) as store:
        fanout = FanOut(FanOutSettings(timeout_s=2.0, retries=0, backoff_s=0.0))
        (result,) = await fanout.price([store], {"dixy": [PRODUCT.split("/")[2]]})
    assert result.status.status is Status.ERROR
    assert result.status.message == "Магазин прислал неполный ответ."
    assert result.offers == ()
