"""Settings, live stores (a blocked one), limits, /cheap, price history, errors, restarts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from korzina.bot import texts
from korzina.bot.callbacks import HistoryCb, StoreCb, ToggleStoreCb
from korzina.bot.deps import BotConfig, make_deps
from korzina.bot.render import TEXT_LIMIT, tg_len
from korzina.core.errors import StoreBlocked
from korzina.core.models import Shop, ShoppingList
from korzina.core.settings import FanOutSettings, Settings
from korzina.core.storage import open_storage
from korzina.core.storage.base import Storage
from korzina.data import DEMO_STORES, demo_offers
from tests.bot.conftest import NOW, demo_deps, demo_storage
from tests.bot.recording import Chatter
from tests.fakes import FakeStore, fake_store_class

LIST = "молоко 3,2%, хлеб, сыр"


def live_stores(blocked: str | None = None) -> list[FakeStore]:
    """The four demo stores as live adapters answering with their demo offers."""
    offers = demo_offers()
    stores: list[FakeStore] = []
    for sid in DEMO_STORES:
        cls = fake_store_class(sid)
        error = StoreBlocked(sid, "HTTP 403 from Qrator") if sid == blocked else None
        stores.append(cls(offers=[o for o in offers if o.store == sid], error=error))
    return stores


@pytest.fixture
def live() -> Iterator[Chatter]:
    adapters = live_stores(blocked="dixy")
    deps = make_deps(
        demo_storage(),
        Settings(fanout=FanOutSettings(retries=0, timeout_s=5)),
        known_stores=DEMO_STORES,
        adapters=adapters,
        config=BotConfig(known_stores=DEMO_STORES, progress_interval_s=0.0),
    )
    with deps.worker.running():
        yield Chatter(deps)


async def test_a_blocked_store_is_named_in_the_progress_and_the_answer(live: Chatter) -> None:
    await live.send(LIST)
    edits = live.named("EditMessageText", live.last)
    progress = [e.text for e in edits if e.text.startswith("🔎")]
    assert any("Дикси — закрыл доступ" in t for t in progress)
    assert any("Магнит ✓" in t for t in progress)
    final = edits[-1].text
    assert "⚠️ Дикси: закрыл доступ для программ, показаны сохранённые цены" in final


async def test_location_saves_the_nearest_shop_of_each_store(live: Chatter) -> None:
    await live.send("/location")
    (ask,) = live.last
    assert ask.reply_markup.keyboard[0][0].request_location is True
    await live.share_location(55.75, 37.61)
    (reply,) = live.named("SendMessage", live.last)
    assert "Запомнил ближайшие магазины" in reply.text
    prefs = live.deps.prefs.load(7)
    assert set(prefs.shops) == set(DEMO_STORES)
    assert all(isinstance(s, Shop) for s in prefs.shops.values())
    # The next list is searched at those shops.
    await live.send(LIST)
    adapters = cast(dict[str, FakeStore], live.deps.service.adapters)
    assert all(q[1] is not None and q[1].shop_id == "1" for q in adapters["magnit"].queries)


async def test_location_without_live_stores_says_so(chatter: Chatter) -> None:
    await chatter.share_location(55.75, 37.61)
    (reply,) = chatter.last
    assert reply.text == texts.NO_SHOP_FINDER


async def test_stores_toggle_turns_a_store_off_and_lists_skip_it(chatter: Chatter) -> None:
    await chatter.send("/stores")
    (menu,) = chatter.last
    labels = [t for t, _ in chatter.buttons(menu)]
    assert labels[0] == "✅ Пятёрочка"
    await chatter.press(ToggleStoreCb(s=0).pack(), message_id=1000)
    (edit,) = chatter.named("EditMessageText", chatter.last)
    assert chatter.buttons(edit)[0][0] == "⬜ Пятёрочка"
    assert chatter.deps.prefs.load(7).disabled == ("pyaterochka",)
    await chatter.send(LIST)
    assert chatter.last[0].text.startswith("🔎 Ищу в 3 магазинах")
    final = chatter.named("EditMessageText", chatter.last)[-1]
    assert "Пятёрочка" not in final.text
    await chatter.press(ToggleStoreCb(s=0).pack(), message_id=1000)
    assert chatter.deps.prefs.load(7).disabled == ()


async def test_settings_and_baskets_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "bot.duckdb"
    storage = cast(Storage, open_storage(path))
    storage.offers.save_offers(demo_offers())
    deps = demo_deps(storage)
    with deps.worker.running():
        first = Chatter(deps)
        await first.press(ToggleStoreCb(s=1).pack(), message_id=1)
        await first.send(LIST)
        final = first.named("EditMessageText", first.last)[-1]
        store_button = first.buttons(final)[0][1]
    storage.close()

    storage = cast(Storage, open_storage(path))
    deps = demo_deps(storage)
    with deps.worker.running():
        second = Chatter(deps)  # a new bot, dispatcher and routers over the same file
        assert second.deps.prefs.load(7).disabled == ("magnit",)
        await second.press(store_button, message_id=final.message_id)
        (edit,) = second.named("EditMessageText", second.last)
        assert "из 3" in edit.text and "Корзины" not in edit.text
    storage.close()


async def test_long_basket_is_paged_and_every_line_is_on_some_page(chatter: Chatter) -> None:
    items = [
        "молоко 3,2%", "хлеб", "яйца", "масло сливочное", "сыр", "кефир", "сметана",
        "творог", "ряженка", "сахар", "гречка", "бананы", "картофель", "чипсы",
        "шоколад", "мороженое", "сухарики", "хлопья", "батон", "сырок",
    ]  # fmt: skip
    await chatter.send(", ".join(items))
    final = chatter.named("EditMessageText", chatter.last)[-1]
    data = chatter.buttons(final)[0][1]
    cb = StoreCb.unpack(data)
    answer = chatter.deps.service.load(cb.a)
    assert answer is not None
    basket = answer.basket(answer.statuses[cb.s].store)
    assert basket is not None and len(basket.lines) > 8
    seen: list[str] = []
    page, pages = 0, None
    while True:
        await chatter.press(StoreCb(a=cb.a, s=cb.s, p=page).pack(), message_id=final.message_id)
        (edit,) = chatter.named("EditMessageText", chatter.last)
        assert tg_len(edit.text) <= TEXT_LIMIT
        seen.append(edit.text)
        labels = [t for t, _ in chatter.buttons(edit)]
        counter = next(t for t in labels if "/" in t and t[0].isdigit())
        pages = int(counter.split("/")[1])
        page += 1
        if page >= pages:
            break
    assert pages >= 2
    joined = "\n".join(seen)
    for line in basket.lines:
        assert line.name.replace("&", "&amp;") in joined


async def test_rate_limit_tells_the_user_to_wait() -> None:
    deps = demo_deps(rate_limit=2)
    with deps.worker.running():
        chatter = Chatter(deps)
        for _ in range(2):
            await chatter.send(LIST)
            assert chatter.last[0].text.startswith("🔎")
        await chatter.send(LIST)
        (reply,) = chatter.last
        assert reply.text.startswith("Слишком много списков подряд. Подождите")
        await chatter.send(LIST, user_id=8)  # another user is not slowed down
        assert chatter.last[0].text.startswith("🔎")


async def test_a_list_over_the_cap_gets_a_friendly_message() -> None:
    deps = demo_deps(max_items=3)
    with deps.worker.running():
        chatter = Chatter(deps)
        await chatter.send("молоко, хлеб, сыр, кефир, сметана")
        (reply,) = chatter.last
        assert reply.text == texts.too_many_items(5, 3)


async def test_cheap_ranks_stores_by_unit_price_of_one_product(chatter: Chatter) -> None:
    await chatter.send("/cheap молоко 3,2%")
    final = chatter.named("EditMessageText", chatter.last)[-1]
    assert final.text.startswith("<b>Где дешевле:</b> молоко 3,2%")
    answer = chatter.deps.service.load(StoreCb.unpack(chatter.buttons(final)[0][1]).a)
    assert answer is not None and answer.intent.value == "cheapest"
    await chatter.send("/cheap")
    assert chatter.last[0].text == texts.CHEAP_USAGE


async def test_history_button_sends_a_png_chart(chatter: Chatter) -> None:
    await chatter.send(LIST)
    final = chatter.named("EditMessageText", chatter.last)[-1]
    cb = StoreCb.unpack(chatter.buttons(final)[0][1])
    await chatter.press(HistoryCb(a=cb.a, s=cb.s, i=0).pack(), message_id=final.message_id)
    (photo,) = chatter.named("SendPhoto", chatter.last)
    png = photo.photo.data
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    assert "История цены: молоко 3,2%" in photo.caption


async def test_an_error_gets_an_apology_and_the_bot_keeps_running() -> None:
    calls: list[str] = []

    async def flaky(text: str) -> ShoppingList:
        calls.append(text)
        if len(calls) == 1:
            raise RuntimeError("parser exploded")
        from korzina.parser import parse_text

        return parse_text(text)

    deps = demo_deps()
    deps.parse_list = flaky
    with deps.worker.running():
        chatter = Chatter(deps)
        await chatter.send(LIST)
        (reply,) = chatter.last
        assert reply.text == texts.APOLOGY
        await chatter.send(LIST)
        assert chatter.last[0].text.startswith("🔎")


async def test_a_failure_while_answering_replaces_the_progress_with_an_apology(
    chatter: Chatter, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("matching exploded")

    monkeypatch.setattr(chatter.deps.service, "answer", broken)
    await chatter.send(LIST)
    final = chatter.named("EditMessageText", chatter.last)[-1]
    assert final.text == texts.APOLOGY


def test_now_is_after_the_demo_snapshot() -> None:
    # The offline fixtures rely on it: every demo price is «seen» before NOW.
    assert all(o.observed_at <= NOW for o in demo_offers())
