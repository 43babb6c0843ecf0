"""A list in the chat: progress, ranked baskets, a store's basket, swaps, stale buttons."""

from __future__ import annotations

import pytest

from korzina.bot import texts
from korzina.bot.callbacks import AltCb, RankCb, StoreCb, SwapCb
from korzina.bot.render import answer_stores
from korzina.core.baskets.models import Answer
from korzina.core.present import rub
from tests.bot.recording import Chatter

LIST = "молоко 3,2%, хлеб, яйца С0 десяток, масло сливочное, сыр, кефир, сметана"


def saved_answer(chatter: Chatter, data: str) -> Answer:
    answer = chatter.deps.service.load(StoreCb.unpack(data).a)
    assert answer is not None
    return answer


async def send_list(chatter: Chatter, text: str = LIST) -> tuple[int, list[tuple[str, str]]]:
    """Send a list; the id of the answer message and its buttons."""
    await chatter.send(text)
    final = chatter.named("EditMessageText", chatter.last)[-1]
    return final.message_id, chatter.buttons(final)


async def test_start_greets_and_shows_an_example(chatter: Chatter) -> None:
    await chatter.send("/start")
    (sent,) = chatter.named("SendMessage", chatter.last)
    assert "Привет" in sent.text
    assert "молоко 3,2%, хлеб" in sent.text


async def test_help_lists_the_commands(chatter: Chatter) -> None:
    await chatter.send("/help")
    (sent,) = chatter.named("SendMessage", chatter.last)
    for command in ("/cheap", "/location", "/stores"):
        assert command in sent.text


async def test_a_list_gives_a_progress_message_then_the_ranked_baskets(chatter: Chatter) -> None:
    await chatter.send(LIST)
    first = chatter.last[0]
    assert type(first).__name__ == "SendMessage"
    assert first.text.startswith("🔎 Ищу в 4 магазинах")
    final = chatter.named("EditMessageText", chatter.last)[-1]
    assert final.message_id == 1000  # the progress message becomes the answer
    buttons = chatter.buttons(final)
    answer = saved_answer(chatter, buttons[0][1])
    # Every store is named with its total and how many of the 7 items it has.
    for basket in answer.baskets:
        assert rub(basket.total) in final.text
        assert f"{len(basket.lines)} из 7" in final.text
    # Ranked: the stores appear in the answer's order, best first.
    positions = [final.text.index(chatter.deps.config.store_names[b.store]) for b in answer.baskets]
    assert positions == sorted(positions)
    assert all(t.startswith("🛒") for t, _ in buttons)


async def test_missing_items_and_price_dates_are_shown(chatter: Chatter) -> None:
    await chatter.send("молоко 3,2%, чипсы lays")
    final = chatter.named("EditMessageText", chatter.last)[-1]
    answer = saved_answer(chatter, chatter.buttons(final)[0][1])
    incomplete = [b for b in answer.baskets if b.missing]
    assert incomplete, "the demo snapshot lacks some of these somewhere"
    assert "нет: " in final.text
    assert "цены: " in final.text


async def test_store_button_opens_its_basket_line_by_line(chatter: Chatter) -> None:
    message_id, buttons = await send_list(chatter)
    await chatter.press(buttons[0][1], message_id=message_id)
    (edit,) = chatter.named("EditMessageText", chatter.last)
    answer = saved_answer(chatter, buttons[0][1])
    store = answer_stores(answer)[StoreCb.unpack(buttons[0][1]).s]
    basket = answer.basket(store)
    assert basket is not None
    for line in basket.lines:
        assert line.name.replace("&", "&amp;") in edit.text
    assert edit.message_id == message_id
    # The basket opened is the one whose button was pressed.
    pressed = buttons[0][0].removeprefix("🛒 ").split(" · ")[0]
    assert edit.text.startswith(f"<b>{pressed}</b>")
    assert chatter.deps.config.store_names[store] == pressed
    labels = [t for t, _ in chatter.buttons(edit)]
    assert any(t.startswith("🔄") for t in labels)
    assert any(t.startswith("📈") for t in labels)
    assert "⬅ Все магазины" in labels


async def test_swap_edits_the_same_message_with_the_new_line_and_total(chatter: Chatter) -> None:
    message_id, buttons = await send_list(chatter)
    await chatter.press(buttons[0][1], message_id=message_id)
    store_buttons = chatter.buttons(chatter.named("EditMessageText", chatter.last)[0])
    alt = next(d for t, d in store_buttons if t.startswith("🔄"))
    await chatter.press(alt, message_id=message_id)
    alt_view = chatter.named("EditMessageText", chatter.last)[0]
    assert "Можно взять вместо" in alt_view.text
    swap_data = next(d for _, d in chatter.buttons(alt_view) if d.startswith("w:"))
    cb = SwapCb.unpack(swap_data)
    before = chatter.deps.service.load(cb.a)
    assert before is not None
    store = answer_stores(before)[cb.s]
    product = before.options[store][cb.i][cb.k]

    await chatter.press(swap_data, message_id=message_id)
    (edit,) = chatter.named("EditMessageText", chatter.last)
    (ack,) = chatter.named("AnswerCallbackQuery", chatter.last)
    after = chatter.deps.service.load(cb.a)
    assert after is not None
    basket = after.basket(store)
    assert basket is not None
    assert after.chosen[store][cb.i] == product.product_id
    assert edit.message_id == message_id
    assert "Заменил" in edit.text and rub(basket.total) in edit.text
    line = next(line for line in basket.lines if line.item == cb.i)
    assert line.product_id == product.product_id
    assert ack.text == texts.SWAPPED


async def test_a_stale_button_answers_politely(chatter: Chatter) -> None:
    for data in (
        StoreCb(a="gone1234", s=0).pack(),
        RankCb(a="gone1234").pack(),
        AltCb(a="gone1234", s=0, i=0).pack(),
        SwapCb(a="gone1234", s=0, i=0, k=1).pack(),
        "old-version-button",
    ):
        await chatter.press(data, message_id=5)
        (ack,) = chatter.named("AnswerCallbackQuery", chatter.last)
        assert ack.text == texts.STALE
        assert ack.show_alert is True
        assert not chatter.named("EditMessageText", chatter.last)


async def test_a_button_naming_a_line_the_answer_lacks_is_stale(chatter: Chatter) -> None:
    message_id, buttons = await send_list(chatter)
    answer_id = StoreCb.unpack(buttons[0][1]).a
    await chatter.press(SwapCb(a=answer_id, s=0, i=99, k=0).pack(), message_id=message_id)
    (ack,) = chatter.named("AnswerCallbackQuery", chatter.last)
    assert ack.text == texts.STALE


@pytest.mark.parametrize("text", ["привет, как дела?", "спасибо!", "123"])
async def test_a_message_with_no_groceries_gets_an_example(chatter: Chatter, text: str) -> None:
    await chatter.send(text)
    (sent,) = chatter.last
    assert sent.text == texts.EMPTY_LIST


async def test_a_sticker_or_photo_gets_a_hint(chatter: Chatter) -> None:
    from aiogram.types import Sticker

    sticker = Sticker(
        file_id="s",
        file_unique_id="s",
        type="regular",
        width=1,
        height=1,
        is_animated=False,
        is_video=False,
    )
    await chatter.send(sticker=sticker)
    (sent,) = chatter.last
    assert sent.text == texts.NOT_TEXT


async def test_an_unknown_command_points_to_help(chatter: Chatter) -> None:
    await chatter.send("/frobnicate")
    (sent,) = chatter.last
    assert sent.text == texts.UNKNOWN_COMMAND
