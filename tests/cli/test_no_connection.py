"""What the CLI says when there is no network, when a store asks to slow down (429), and
which plugins load: through the installed ``korzina`` command (``run_korzina``).

"No network" is made by pointing every store at a closed port on 127.0.0.1 over plain
HTTP: each connection is refused, as on a computer without a network; the quick
connection check sees every store refuse and says so once.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from korzina.core.errors import NoConnection, StoreRateLimited
from tests.conftest import recorded
from tests.replay import ReplayServer, Route, run_korzina

STORES = {
    "PYATEROCHKA": "/api",
    "MAGNIT": "",
    "DIXY": "",
    "PEREKRESTOK": "/api/customer/1.4.1.0",
}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stores_at(base: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for store, path in STORES.items():
        env[f"KORZINA_{store}_BASE_URL"] = base + path
        env[f"KORZINA_{store}_TRANSPORT"] = "http"
    return env


def _offline_env(tmp_path: Path) -> dict[str, str]:
    return {**_stores_at(f"http://127.0.0.1:{_closed_port()}"), "COLUMNS": "200"}


def _import_demo_prices(tmp_path: Path) -> None:
    demo = Path(__file__).parents[2] / "korzina" / "data" / "demo_offers.jsonl"
    code, _, stderr = _run_text(["import", str(demo)], {}, tmp_path)
    assert code == 0, stderr


def _run_text(args: list[str], env: dict[str, str], tmp_path: Path) -> tuple[int, str, str]:
    import os
    import subprocess

    from tests.replay import KORZINA

    full = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    full.update(
        KORZINA_DB=str(tmp_path / "korzina.duckdb"),
        KORZINA_CONFIG=str(tmp_path / "no-config.toml"),
        **env,
    )
    proc = subprocess.run(
        [str(KORZINA), *args], env=full, capture_output=True, text=True, timeout=120, check=False
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_no_network_and_no_prices_reads_differently_from_not_sold(tmp_path: Path) -> None:
    code, out, err = _run_text(["basket", "молоко, хлеб"], _offline_env(tmp_path), tmp_path)
    assert code == 0, err
    text = " ".join(out.split())
    assert "Нет подключения к сети, а в базе нет цен" in text
    assert "это не значит, что товаров нет в магазинах" in text
    assert "нет цен: нет связи" in text
    # Not one store claims it lacks the items; said once, not per store; no «.;».
    assert "молоко, хлеб" not in text
    assert text.count("Нет подключения к сети") == 1
    assert ".;" not in text


def test_no_network_json_names_the_cause_for_every_store(tmp_path: Path) -> None:
    code, answer, err = run_korzina(
        ["basket", "молоко", "--json"], _offline_env(tmp_path), tmp_path
    )
    assert code == 0, err
    statuses = answer["stores"]
    assert {s["store"] for s in statuses} == {"pyaterochka", "magnit", "dixy", "perekrestok"}
    head = NoConnection.user_message.rstrip(".")
    for status in statuses:
        assert status["status"] == "error"
        assert status["message"] == f"{head}; нет сохранённых цен этого магазина"


def test_no_network_with_saved_prices_answers_from_them_and_suggests_offline(
    tmp_path: Path,
) -> None:
    _import_demo_prices(tmp_path)
    code, out, err = _run_text(["basket", "молоко, хлеб"], _offline_env(tmp_path), tmp_path)
    assert code == 0, err
    text = " ".join(out.split())
    assert "Нет подключения к сети: магазины не опрошены, показаны цены из базы" in text
    assert "korzina basket --offline" in text
    assert "2 из 2" in text  # the saved prices answer the list
    assert ".;" not in text


def test_stores_check_exits_1_when_there_is_no_network(tmp_path: Path) -> None:
    code, _, err = _run_text(["stores", "--check"], _offline_env(tmp_path), tmp_path)
    assert code == 1
    assert "Нет подключения к сети: ни один магазин не проверен." in " ".join(err.split())
    code, data, _ = run_korzina(["stores", "--check", "--json"], _offline_env(tmp_path), tmp_path)
    assert code == 1
    assert {row["health"]["message"] for row in data["stores"]} == {NoConnection.user_message}


def test_search_says_no_connection_once(tmp_path: Path) -> None:
    code, out, _ = _run_text(["search", "молоко"], _offline_env(tmp_path), tmp_path)
    assert code == 1
    assert "Нет подключения к сети: магазины не опрошены." in " ".join(out.split())


# --- a store's 429 ----------------------------------------------------------------

GOODS = recorded("magnit", "noen51-webgate-v2-goods-search-category-65057.json")


def _magnit_search(server: ReplayServer, tmp_path: Path) -> tuple[int, Any, str]:
    config = tmp_path / "config.toml"
    config.write_text(
        '[stores.magnit]\ndefault_shop_id = "320040"\nmin_interval_s = 0\n'
        'options = { jitter_s = "0" }\n',
        encoding="utf-8",
    )
    env = {
        "KORZINA_CONFIG": str(config),
        "KORZINA_MAGNIT_BASE_URL": server.url,
        "KORZINA_MAGNIT_TRANSPORT": "http",
    }
    return run_korzina(["search", "молоко", "--store", "magnit", "--json"], env, tmp_path)


def test_a_429_with_a_short_retry_after_is_waited_out_and_answered(tmp_path: Path) -> None:
    routes = [
        Route("POST", "/webgate/v2/goods/search", status=429, body="",
              content_type="text/plain", headers={"Retry-After": "1"}, times=1),
        Route("POST", "/webgate/v2/goods/search", body_file=GOODS),
    ]  # fmt: skip
    with ReplayServer(routes) as server:
        code, data, err = _magnit_search(server, tmp_path)
        asked = len(server.requests)
    assert code == 0, err
    assert data["stores"][0]["status"] == "ok"
    assert data["offers"]
    assert asked == 2


def test_a_429_with_a_retry_after_beyond_the_budget_says_too_many_requests(
    tmp_path: Path,
) -> None:
    routes = [
        Route("POST", "/webgate/v2/goods/search", status=429, body="",
              content_type="text/plain", headers={"Retry-After": "600"}),
    ]  # fmt: skip
    with ReplayServer(routes) as server:
        code, data, _ = _magnit_search(server, tmp_path)
        asked = len(server.requests)
    assert code == 1
    [status] = data["stores"]
    assert status["status"] == "error"  # not "blocked"
    assert status["message"] == StoreRateLimited.user_message
    assert "Retry-After 600" in status["detail"]
    assert asked == 1


# --- KORZINA_LOAD_PLUGINS -------------------------------------------------------------


def test_load_plugins_allow_list_loads_only_the_named_stores(tmp_path: Path) -> None:
    env = {"KORZINA_LOAD_PLUGINS": "pyaterochka, magnit"}
    code, data, err = run_korzina(["stores", "--json"], env, tmp_path)
    assert code == 0, err
    assert sorted(row["id"] for row in data["stores"]) == ["magnit", "pyaterochka"]
    code, data, err = run_korzina(["stores", "--json"], {"KORZINA_LOAD_PLUGINS": ""}, tmp_path)
    assert code == 0, err
    assert data["stores"] == []


def test_load_plugins_names_an_unknown_plugin(tmp_path: Path) -> None:
    code, _, err = run_korzina(["stores"], {"KORZINA_LOAD_PLUGINS": "magnit,lenta"}, tmp_path)
    assert code == 2
    assert "Traceback" not in err
    assert "KORZINA_LOAD_PLUGINS: нет таких модулей: lenta" in " ".join(err.split())


def test_search_reads_a_query_pasted_with_a_list_dash(tmp_path: Path) -> None:
    # «- молоко» copied from a chat is the query «молоко», not an unknown option.
    code, data, err = run_korzina(
        ["search", "- молоко", "--store", "magnit", "--json"], _offline_env(tmp_path), tmp_path
    )
    assert "Нет такого параметра" not in err and "No such option" not in err
    assert data is not None and data["query"] == "молоко"
    assert code == 1
