"""Small guarantees: the rate limiter forgets idle users, the service's notes reach the
chat, settings reach the bot's service, store names come from the plugins."""

from __future__ import annotations

import ast
import asyncio
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from korzina.bot.deps import RateLimiter, make_deps
from korzina.bot.render import overview, tg_len
from korzina.core.baskets.service import NOT_SAVED, BasketOptions
from korzina.core.plugins import make_plugin_manager, store_classes
from korzina.core.settings import Settings
from korzina.data import DEMO_STORES
from korzina.parser import parse_text
from tests.bot.conftest import demo_deps, demo_storage
from tests.bot.recording import Chatter

BOT_SOURCES = Path(__file__).resolve().parents[2] / "korzina" / "bot"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_rate_limiter_forgets_users_whose_window_is_empty() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2, 60.0, clock=clock)
    for user in range(500):
        assert limiter.hit(user) is None
    assert len(limiter) == 500
    clock.now += 61.0  # every window has emptied
    assert limiter.hit(9999) is None
    assert len(limiter) == 1  # only the user just seen


def test_the_rate_limiter_keeps_limiting_active_users_across_a_prune() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2, 60.0, clock=clock)
    limiter.hit(1)
    clock.now += 30.0
    limiter.hit(1)
    limiter.hit(2)
    clock.now += 35.0  # past the prune time; user 1 still has a hit inside the window
    wait = limiter.hit(1)
    assert wait is None  # the first hit expired, so one more is allowed
    assert limiter.hit(1) is not None  # and then the window is full again
    limiter.prune()
    assert len(limiter) == 2


def test_the_services_notes_are_shown_under_the_overview_within_the_limit() -> None:
    deps = demo_deps()
    text = "молоко 3,2%, хлеб, яйца С0 десяток, масло сливочное, сыр, чипсы lays, кефир"
    answer = asyncio.run(deps.service.answer(parse_text(text), BasketOptions(offline=True)))
    answer = answer.model_copy(update={"notes": (NOT_SAVED,)})
    tz = ZoneInfo("Europe/Moscow")
    whole = overview(answer, deps.config.store_names, tz)
    assert whole.text.endswith(f"ℹ️ {NOT_SAVED}")
    pages = [overview(answer, deps.config.store_names, tz, page=p, limit=300) for p in range(9)]
    assert all(tg_len(p.text) <= 300 for p in pages)
    assert NOT_SAVED in pages[-1].text  # the last page ends with it, nothing is cut


def test_keep_answers_days_from_the_settings_reaches_the_bots_services() -> None:
    deps = make_deps(demo_storage(), Settings(keep_answers_days=3), known_stores=DEMO_STORES)
    assert deps.service.keep_answers == timedelta(days=3)
    assert Settings().keep_answers_days == 7


def test_the_time_zone_setting_reaches_the_bot_as_it_does_the_cli() -> None:
    deps = make_deps(
        demo_storage(), Settings(timezone="Asia/Vladivostok"), known_stores=DEMO_STORES
    )
    assert str(deps.config.tz) == "Asia/Vladivostok"
    assert str(make_deps(demo_storage(), Settings(), known_stores=DEMO_STORES).config.tz) == (
        "Europe/Moscow"
    )


async def test_start_names_the_stores_the_plugins_give() -> None:
    names = {"magnit": "Магнит Тест", "dixy": "Дикси <Тест>"}
    deps = demo_deps(store_names=names, known_stores=("magnit", "dixy"))
    with deps.worker.running():
        chatter = Chatter(deps)
        await chatter.send("/start")
    (sent,) = chatter.named("SendMessage", chatter.last)
    assert "в магазинах: Магнит Тест, Дикси &lt;Тест&gt;." in sent.text
    assert "Пятёроч" not in sent.text and "Перекрёст" not in sent.text


def test_no_store_name_is_hard_coded_in_the_bot() -> None:
    """Names come from ``store_classes(pm)``: no string in korzina/bot (docstrings aside)
    spells a store plugin's display name, in any case ending."""
    stems = [cls.display_name[:5].lower() for cls in store_classes(make_plugin_manager()).values()]
    assert stems
    found: list[str] = []
    for path in sorted(BOT_SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in docstrings:
                    continue
                text = node.value.lower()
                found += [f"{path.name}: {node.value!r}" for s in stems if s in text]
    assert found == []
