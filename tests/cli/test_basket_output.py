"""What `korzina basket`/`demo` print for people: the figure a table ranks by, items as the
shopper wrote them, times on the configured clock, whole names when piped, the next step."""

from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from korzina.core.baskets import swap
from korzina.core.models import Intent
from tests.baskets.test_rank import NOW
from tests.matching.helpers import index_of, item, offer
from tests.replay import run_korzina_text


def demo(args: list[str], tmp_path: Path, **env: str) -> tuple[int, str, str]:
    return run_korzina_text(["demo", *args], env, tmp_path)


def test_cheapest_table_shows_the_unit_price_it_ranks_by(tmp_path: Path) -> None:
    code, out, err = demo(["самое дешёвое молоко"], tmp_path)
    assert code == 0, err
    _, doc, _ = demo(["--json", "самое дешёвое молоко"], tmp_path)
    baskets = json.loads(doc)["baskets"]
    assert "За единицу" in out
    for b in baskets:  # every store's row carries its line's ₽/л or ₽/кг
        line = b["lines"][0]
        shown = f"{line['unit_price']:.2f}".replace(".", ",") + f" ₽/{line['unit_price_unit']}"
        row = next(r for r in out.splitlines() if shown in r)
        assert "1 из 1" in row


def test_what_was_asked_reads_as_the_shopper_wrote_it(tmp_path: Path) -> None:
    code, out, err = demo(["средство для мытья посуды, яйца дорогие"], tmp_path)
    assert code == 0, err
    assert "яйца дорогие" in out  # not the parser's «яйцо»
    assert "средство для мытья посуды" in out


def test_times_are_on_the_configured_clock_moscow_by_default(tmp_path: Path) -> None:
    _, doc, _ = demo(["--json", "хлеб"], tmp_path)
    first = json.loads(doc)["baskets"][0]
    seen = datetime.fromisoformat(first["observed_from"])
    for zone, env in (
        ("Europe/Moscow", {}),
        ("Asia/Vladivostok", {"KORZINA_TIMEZONE": "Asia/Vladivostok"}),
    ):
        code, out, err = demo(["хлеб"], tmp_path, **env)
        assert code == 0, err
        assert seen.astimezone(ZoneInfo(zone)).strftime("%d.%m %H:%M") in out, zone


def test_an_unknown_time_zone_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = demo(["хлеб"], tmp_path, KORZINA_TIMEZONE="Mars/Base")
    assert code == 1
    assert "неизвестный часовой пояс «Mars/Base»" in err


def test_piped_output_keeps_whole_product_names_on_one_line(tmp_path: Path) -> None:
    _, doc, _ = demo(["--json", "--max-stores", "1"], tmp_path)
    names = [line["name"] for line in json.loads(doc)["baskets"][0]["lines"]]
    code, out, err = demo(["--max-stores", "1"], tmp_path)  # stdout is a pipe here
    assert code == 0, err
    assert len(max(names, key=len)) > 40  # long enough that 80 columns would fold it
    for name in names:
        assert name in out


def test_the_demo_ends_with_a_command_that_runs_from_here(tmp_path: Path) -> None:
    code, out, err = demo([], tmp_path)
    assert code == 0, err
    last = out.strip().splitlines()[-1]
    found = re.match(r"Настоящие цены: (\S+) basket «ваш список»", last)
    assert found, last
    command = found.group(1)
    assert command == "korzina" or os.access(command, os.X_OK), command


def test_a_product_the_shopper_swapped_to_is_not_called_a_substitute() -> None:
    from korzina.core.baskets import assemble
    from korzina.core.matching import match_items

    offers = [
        offer("d", "fresh", "Молоко Вкуснотеево пастеризованное 3.2% 900г", "89.99"),
        offer("d", "uht", "Молоко Домик в деревне ультрапастеризованное 3.2% 950г", "65.99"),
        offer("u", "uht2", "Молоко Пармалат ультрапастеризованное 3.2% 1л", "99.99"),
    ]
    items = [item("молоко", fat_pct="3.2")]
    answer = assemble(
        answer_id="t3",
        created_at=NOW,
        intent=Intent.BASKET,
        items=items,
        options=match_items(index_of(*offers), items, ["d", "u"]),
        statuses=[],
    )
    # A store with nothing else: the long-life milk is a substitute, and says so.
    assert answer.basket("u").lines[0].fallback  # type: ignore[union-attr]
    chosen = swap(answer, "d", 0, "uht").basket("d")
    assert chosen is not None and chosen.lines[0].product_id == "uht"
    assert not chosen.lines[0].fallback


def test_the_sort_of_milk_asked_for_is_no_substitute(tmp_path: Path) -> None:
    # «безлактозное» is itself a second-choice sort of milk: asked for, the lactose-free
    # UHT milk is what was asked, not «замена: другого подходящего нет».
    code, out, err = demo(["безлактозное молоко"], tmp_path)
    assert code == 0, err
    assert "безлактозное" in out.lower()
    assert "замена" not in out
    _, doc, _ = demo(["--json", "безлактозное молоко"], tmp_path)
    lines = [line for b in json.loads(doc)["baskets"] for line in b["lines"]]
    assert lines and not any(line["fallback"] for line in lines)
