"""``korzina jobs`` with ``distributed = true``: the scheduled crawl goes to the queue.

Through the installed command against the replay server of the stores
(``tests/distributed/catalog.py``, CONSTRUCTED from records): a real Redis and a real
``korzina worker``; and, with arq and redis-py made unimportable, the single-machine
schedule as before.
"""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import redis

from tests.distributed.catalog import config_toml, env_for, magnit_shops, offers_per_shop, routes
from tests.distributed.conftest import KORZINA, Workers, korzina_env
from tests.replay import ReplayServer, run_korzina

JOB = '[jobs.night]\ncron = "0 4 * * *"\nstore = "magnit"\n'


def _config(tmp_path: Path, job: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(config_toml(0) + job, encoding="utf-8")
    return path


def test_a_distributed_job_is_crawled_by_workers_and_recorded(
    tmp_path: Path, redis_url: str
) -> None:
    shops = magnit_shops(2)
    config = _config(
        tmp_path, JOB + f"distributed = true\nshops = [{', '.join(repr(s) for s in shops)}]\n"
    )
    with ReplayServer(routes(shops, [])) as server:
        extra = {**env_for(server.url), "KORZINA_CONFIG": str(config)}
        workers = Workers(
            korzina_env(tmp_path, extra), ["--redis", redis_url, "--egress", "t"], tmp_path
        )
        try:
            workers.start(1)
            code, run, err = run_korzina(
                ["jobs", "--once", "night", "--json"],
                {**extra, "KORZINA_REDIS_URL": redis_url},
                tmp_path,
            )
        finally:
            workers.stop()
        # The units were run by the worker, not by the jobs process (Redis's unit records
        # name the process that ran each).
        r = redis.Redis.from_url(redis_url)
        (crawl_id,) = [c.decode() for c in r.zrange("korzina:crawls", 0, -1)]
        units = [json.loads(v) for v in r.hgetall(f"korzina:crawl:{crawl_id}:units").values()]
        worker_pid = workers.procs[0].pid

    assert code == 0, err
    per_shop = offers_per_shop()["magnit"]
    assert run["status"] == "done", run
    assert (run["offers"], run["new_prices"], run["new_products"]) == (
        2 * per_shop,
        2 * per_shop,
        per_shop,
    )
    assert {u["shop"] for u in units} == set(shops)
    assert all(u["status"] == "done" and u["worker"].endswith(f":{worker_pid}") for u in units)
    con = duckdb.connect(str(tmp_path / "korzina.duckdb"), read_only=True)
    try:
        stored = con.execute(
            "SELECT shop_id, count(*) FROM observations GROUP BY 1 ORDER BY 1"
        ).fetchall()
    finally:
        con.close()
    assert stored == [(shop, per_shop) for shop in shops]

    code, listed, err = run_korzina(["jobs", "--list", "--json"], extra, tmp_path)
    assert code == 0, err
    assert listed[0]["distributed"] is True and listed[0]["shops"] == shops
    assert listed[0]["last"]["status"] == "done"


def test_a_distributed_job_without_redis_says_where_to_give_it(tmp_path: Path) -> None:
    config = _config(tmp_path, JOB + "distributed = true\n")
    code, out, err = run_korzina(
        ["jobs", "--once", "night"], {"KORZINA_CONFIG": str(config)}, tmp_path
    )
    assert code == 1 and out is None
    assert "Не указан адрес Redis: --redis URL или KORZINA_REDIS_URL" in err


def test_shops_without_distributed_are_refused(tmp_path: Path) -> None:
    config = _config(tmp_path, JOB + 'shops = ["1", "2"]\n')
    code, _, err = run_korzina(["jobs", "--list"], {"KORZINA_CONFIG": str(config)}, tmp_path)
    assert code != 0
    assert "shops — список точек, только с distributed = true" in err


def test_local_jobs_run_without_arq_or_redis_installed(tmp_path: Path) -> None:
    # Packages that fail to import stand in for arq and redis-py not being installed.
    blocked = tmp_path / "blocked"
    for name in ("arq", "redis"):
        (blocked / name).mkdir(parents=True)
        (blocked / name / "__init__.py").write_text(
            f"raise ImportError('{name} is not installed')\n", encoding="utf-8"
        )
    shops = magnit_shops(1)
    config = _config(tmp_path, JOB + f'shop = "{shops[0]}"\n')
    with ReplayServer(routes(shops, [])) as server:
        env = {**env_for(server.url), "KORZINA_CONFIG": str(config), "PYTHONPATH": str(blocked)}
        code, run, err = run_korzina(["jobs", "--once", "night", "--json"], env, tmp_path)
        assert code == 0, err
        assert run["status"] == "done" and run["offers"] == offers_per_shop()["magnit"], run

        # The same job marked distributed names the missing package instead.
        config.write_text(config_toml(0) + JOB + "distributed = true\n", encoding="utf-8")
        code, _, err = run_korzina(
            ["jobs", "--once", "night"],
            {**env, "KORZINA_REDIS_URL": "redis://127.0.0.1:9/0"},
            tmp_path,
        )
    assert code == 1
    assert "нужен пакет arq" in err


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_an_interrupted_distributed_job_is_continued_by_its_next_run(
    tmp_path: Path, redis_url: str
) -> None:
    shops = magnit_shops(1)
    config = _config(tmp_path, JOB + f'distributed = true\nshop = "{shops[0]}"\n')
    r = redis.Redis.from_url(redis_url)
    # The Redis may hold other tests' crawls: this job's crawl is the one that appears.
    earlier = set(r.zrange("korzina:crawls", 0, -1))
    with ReplayServer(routes(shops, [])) as server:
        extra = {**env_for(server.url), "KORZINA_CONFIG": str(config)}
        env = korzina_env(tmp_path, {**extra, "KORZINA_REDIS_URL": redis_url})
        # No worker yet: the job enqueues its crawl and waits; Ctrl+C stops the waiting.
        waiting = subprocess.Popen(
            [str(KORZINA), "jobs", "--once", "night"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # Ctrl+C as a terminal sends it, even where the test runner was started in the
            # background with SIGINT ignored (which a child inherits, and Python honours).
            preexec_fn=_default_sigint,
        )
        try:
            deadline = time.monotonic() + 60
            while not set(r.zrange("korzina:crawls", 0, -1)) - earlier:
                assert time.monotonic() < deadline, "the job enqueued no crawl"
                time.sleep(0.1)
            waiting.send_signal(signal.SIGINT)
            _, err = waiting.communicate(timeout=60)
        finally:
            if waiting.poll() is None:
                waiting.kill()
        assert waiting.returncode == 130, err
        (first,) = set(r.zrange("korzina:crawls", 0, -1)) - earlier

        workers = Workers(env, ["--egress", "t"], tmp_path)
        try:
            workers.start(1)
            code, run, err = run_korzina(
                ["jobs", "--once", "night", "--json"],
                {**extra, "KORZINA_REDIS_URL": redis_url},
                tmp_path,
            )
        finally:
            workers.stop()
    assert code == 0, err
    assert run["status"] == "done" and run["offers"] == offers_per_shop()["magnit"], run
    # The same crawl, continued: no second one was enqueued.
    assert set(r.zrange("korzina:crawls", 0, -1)) - earlier == {first}
    assert r.get("korzina:job:night") is None  # merged: the next run starts afresh
