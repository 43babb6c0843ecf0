"""`korzina demo`, `korzina basket --offline` and `korzina eval-basket` through the CLI."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result
from rich.console import Console

from korzina import hookimpl
from korzina.bot.deps import make_deps, plugin_store_names
from korzina.cli import cli
from korzina.cli.app import App
from korzina.core.plugins import make_plugin_manager, store_classes
from korzina.core.settings import Settings
from korzina.core.storage import open_memory_storage, open_storage
from korzina.core.store import StoreAdapter
from korzina.data import DEMO_STORES, demo_offers
from tests.fakes import fake_store_class, offer

EVAL_FILE = Path(__file__).parents[1] / "data" / "basket_eval.jsonl"


def run(*args: str) -> Result:
    app = App(pm=make_plugin_manager(), console=Console(width=250, highlight=False))
    return CliRunner().invoke(cli, list(args), obj=app)


def test_demo_answers_the_sample_list_and_says_the_data_is_constructed() -> None:
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "Корзины по магазинам" in result.output
    assert "Лучшая корзина" in result.output
    assert "сконструированного снимка" in result.output
    # The sample list's chips are Lay's, which the demo's Дикси does not sell.
    assert "чипсы" in result.output.split("Лучшая корзина")[0]


def test_demo_never_writes_the_users_database() -> None:
    assert run("demo").exit_code == 0
    assert not Path(os.environ["KORZINA_DB"]).exists()


def test_demo_json_has_the_documented_shape_best_basket_first() -> None:
    result = run("demo", "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["intent"] == "basket" and len(doc["items"]) == 10
    assert {s["store"] for s in doc["stores"]} == set(DEMO_STORES)
    baskets = doc["baskets"]
    complete = [b["complete"] for b in baskets]
    assert complete == sorted(complete, reverse=True)
    firsts = [b["total"] for b in baskets if b["complete"]]
    assert firsts == sorted(firsts)
    line = baskets[0]["lines"][0]
    assert set(line) >= {"item", "product_id", "name", "price", "packs", "cost"}
    dixy = next(b for b in baskets if b["store"] == "dixy")
    assert dixy["missing"] == [7] and not dixy["complete"]


def test_basket_offline_reads_the_database_and_names_a_store_without_data(tmp_path: Path) -> None:
    db = tmp_path / "prices.duckdb"
    storage = open_storage(db)
    storage.offers.save_offers([o for o in demo_offers() if o.store != "magnit"])
    storage.close()
    result = run("--db", str(db), "basket", "--offline", "--json", "молоко 3.2%, хлеб")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    status = {s["store"]: s for s in doc["stores"]}
    assert status["magnit"]["status"] == "error" and status["magnit"]["message"]
    assert status["pyaterochka"]["status"] == "ok"
    magnit = next(b for b in doc["baskets"] if b["store"] == "magnit")
    assert magnit["missing"] == [0, 1]
    assert doc["baskets"][0]["complete"]


def test_basket_offline_split_reports_a_saving(tmp_path: Path) -> None:
    db = tmp_path / "prices.duckdb"
    storage = open_storage(db)
    storage.offers.save_offers(demo_offers())
    storage.close()
    text = "молоко 3.2%, хлеб, яйца С0 десяток, сыр, кефир"
    result = run("--db", str(db), "basket", "--offline", "--max-stores", "2", text)
    assert result.exit_code == 0, result.output
    assert "экономия" in result.output


def test_basket_without_items_fails_with_a_russian_hint() -> None:
    result = run("basket", "--offline", "!!!")
    assert result.exit_code == 1
    assert "Не нашёл" in result.output


def test_eval_basket_keeps_pick_validity_at_least_98_percent() -> None:
    result = run("eval-basket", str(EVAL_FILE), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["lists"] >= 30
    assert report["parsed_alike"] == report["lists"]
    assert report["validity"]["total"] > 100
    assert report["validity"]["value"] >= 0.98
    assert report["missing"]["value"] >= 0.98


def _demo_db(tmp_path: Path) -> Path:
    db = tmp_path / "prices.duckdb"
    storage = open_storage(db)
    storage.offers.save_offers(demo_offers())
    storage.close()
    return db


def test_basket_rejects_an_unknown_store_naming_the_known_ones(tmp_path: Path) -> None:
    db = _demo_db(tmp_path)
    result = run("--db", str(db), "basket", "--offline", "--stores", "foo", "молоко")
    assert result.exit_code == 2, result.output
    assert "неизвестный магазин: foo" in result.output
    assert "magnit" in result.output and "pyaterochka" in result.output
    assert "0,00" not in result.output


def test_basket_offline_leaves_out_stores_the_config_disabled(tmp_path: Path) -> None:
    db = _demo_db(tmp_path)
    config = tmp_path / "config.toml"
    config.write_text('disabled_stores = ["dixy"]\n', encoding="utf-8")
    app = App(pm=make_plugin_manager(), console=Console(width=250, highlight=False))
    result = CliRunner().invoke(
        cli,
        ["--db", str(db), "basket", "--offline", "--json", "молоко"],
        obj=app,
        env={"KORZINA_CONFIG": str(config)},
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert {b["store"] for b in doc["baskets"]} == set(DEMO_STORES) - {"dixy"}
    assert {s["store"] for s in doc["stores"]} == set(DEMO_STORES) - {"dixy"}


def test_basket_shows_a_dash_not_zero_roubles_for_a_store_without_offers(tmp_path: Path) -> None:
    db = tmp_path / "prices.duckdb"
    storage = open_storage(db)
    storage.offers.save_offers([o for o in demo_offers() if o.store != "magnit"])
    storage.close()
    result = run("--db", str(db), "basket", "--offline", "--stores", "magnit,dixy", "молоко")
    assert result.exit_code == 0, result.output
    magnit_row = next(row for row in result.output.splitlines() if "Магнит" in row)
    assert "—" in magnit_row and "0,00" not in magnit_row


Lavka = fake_store_class("lavka", "Лавка у дома")


class LavkaPlugin:
    @hookimpl
    def register_stores(self, register: Callable[[type[StoreAdapter]], None]) -> None:
        register(Lavka)


def test_a_third_party_store_shows_its_russian_name(tmp_path: Path) -> None:
    db = tmp_path / "prices.duckdb"
    storage = open_storage(db)
    storage.offers.save_offers(
        [offer("lavka", "1", "Молоко Простоквашино пастеризованное 3.2% 930мл", "99.99")]
    )
    storage.close()
    app = App(
        pm=make_plugin_manager(plugins=[LavkaPlugin()]),
        console=Console(width=250, highlight=False),
    )
    args = ["--db", str(db), "basket", "--offline", "--stores", "lavka", "молоко"]
    result = CliRunner().invoke(cli, args, obj=app)
    assert result.exit_code == 0, result.output
    assert "Лучшая корзина: Лавка у дома" in result.output


def test_the_bot_names_stores_by_their_plugins_when_no_names_are_injected() -> None:
    names = plugin_store_names()
    assert names == {
        sid: cls.display_name for sid, cls in store_classes(make_plugin_manager()).items()
    }
    deps = make_deps(open_memory_storage(), Settings(), known_stores=list(names))
    assert deps.config.store_names == names
    injected = make_deps(
        open_memory_storage(), Settings(), known_stores=["lavka"], store_names={"lavka": "Лавка"}
    )
    assert injected.config.store_names == {"lavka": "Лавка"}


def _saved_answers(db: Path) -> int:
    storage = open_storage(db)
    try:
        _, rows = storage.query("SELECT count(*) FROM kv WHERE namespace = 'basket_answers'")
    finally:
        storage.close()
    return int(rows[0][0])


def test_basket_saves_its_answer_only_with_save(tmp_path: Path) -> None:
    db = _demo_db(tmp_path)
    plain = run("--db", str(db), "basket", "--offline", "--json", "молоко")
    assert plain.exit_code == 0, plain.output
    assert json.loads(plain.output)["id"] is None and _saved_answers(db) == 0
    saved = run("--db", str(db), "basket", "--offline", "--json", "--save", "молоко")
    assert saved.exit_code == 0, saved.output
    assert json.loads(saved.output)["id"] and _saved_answers(db) == 1
