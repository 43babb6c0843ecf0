"""A lake in S3-compatible storage, end to end through the installed commands: a real
``korzina worker`` writes it, ``korzina crawl --distributed --wait`` merges from it, and
``korzina lake compact|sql|refresh`` work on it (moto's S3 server, a real Redis, the replay
server of the stores with catalogs CONSTRUCTED from records)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.fs as pafs  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from tests.distributed.catalog import config_toml, env_for, magnit_shops, offers_per_shop, routes
from tests.distributed.conftest import Workers, korzina_env
from tests.replay import ReplayServer, run_korzina


def test_workers_write_an_s3_lake_that_compacts_queries_and_refreshes(
    tmp_path: Path, redis_url: str, s3_lake: tuple[str, dict[str, str]]
) -> None:
    location, s3_env = s3_lake
    shops = magnit_shops(2)
    config = tmp_path / "config.toml"
    config.write_text(config_toml(0), encoding="utf-8")
    per_shop = offers_per_shop()["magnit"]
    with ReplayServer(routes(shops, [])) as server:
        env = {
            **env_for(server.url),
            **s3_env,
            "KORZINA_CONFIG": str(config),
            "KORZINA_REDIS_URL": redis_url,
            "KORZINA_LAKE": location,
        }
        workers = Workers(korzina_env(tmp_path, env), ["--egress", "t"], tmp_path)
        try:
            workers.start(1)
            code, summary, err = run_korzina(
                ["crawl", "--distributed", "--wait", "--json"]
                + [arg for shop in shops for arg in ("--target", f"magnit:{shop}")],
                env,
                tmp_path,
            )
        finally:
            workers.stop()
    assert code == 0, err
    assert [(s["shop_id"], s["status"], s["offers"], s["new_prices"]) for s in summary] == [
        (shop, "done", per_shop, per_shop) for shop in shops
    ]

    # The files are objects in the bucket, none on the local disk.
    bucket, prefix = location.removeprefix("s3://").split("/", 1)
    s3 = pafs.S3FileSystem(endpoint_override=s3_env["AWS_ENDPOINT_URL"], region="us-east-1")
    keys = [
        i.path
        for i in s3.get_file_info(pafs.FileSelector(f"{bucket}/{prefix}/raw", recursive=True))
        if i.type == pafs.FileType.File
    ]
    assert len(keys) == 2 * 4  # one per shop and leaf category
    assert not (tmp_path / "lake").exists()

    query = "SELECT shop, count(*) AS n FROM lake_observations GROUP BY 1 ORDER BY 1"
    code, rows, err = run_korzina(["lake", "sql", "--json", query], env, tmp_path)
    assert code == 0, err
    assert rows == [{"shop": shop, "n": per_shop} for shop in shops]

    # The query reads the lake and nothing else, here too: neither a local file nor another
    # object of the same bucket.
    pq.write_table(pa.table({"secret": [1]}), f"{bucket}/other/x.parquet", filesystem=s3)
    outside = tmp_path / "secret.csv"
    outside.write_text("a\n1\n", encoding="utf-8")
    for elsewhere in (f"read_csv('{outside}')", f"read_parquet('s3://{bucket}/other/x.parquet')"):
        code, _, err = run_korzina(["lake", "sql", f"SELECT * FROM {elsewhere}"], env, tmp_path)
        assert code == 1 and "Permission Error" in err, err

    code, report, err = run_korzina(["lake", "compact", "--json"], env, tmp_path)
    assert code == 0, err
    assert (report["partitions"], report["files_in"], report["rows_out"]) == (
        2,
        8,
        2 * per_shop,
    )
    left = [
        i.path
        for i in s3.get_file_info(pafs.FileSelector(f"{bucket}/{prefix}", recursive=True))
        if i.type == pafs.FileType.File and i.path.endswith(".parquet")
    ]
    assert sorted(k.split("/", 2)[2] for k in left) == [
        f"observations/store=magnit/date={summary[0]['crawl_id'][:4]}-"
        f"{summary[0]['crawl_id'][4:6]}-{summary[0]['crawl_id'][6:8]}/shop={shop}/data_0.parquet"
        for shop in shops
    ]
    code, rows, err = run_korzina(["lake", "sql", "--json", query], env, tmp_path)
    assert code == 0, err
    assert rows == [{"shop": shop, "n": per_shop} for shop in shops]

    # A fresh serving database built from the compacted S3 lake holds the same prices.
    fresh = {**env, "KORZINA_DB": str(tmp_path / "fresh.duckdb")}
    code, report, err = run_korzina(["lake", "refresh", "--json"], fresh, tmp_path)
    assert code == 0, err
    assert [(t["target"], t["new_prices"]) for t in report["targets"]] == [
        (f"magnit:{shop}", per_shop) for shop in shops
    ]
    observations = "SELECT shop_id, product_id, price FROM observations ORDER BY ALL"
    _, crawled, _ = run_korzina(["sql", "--json", observations], env, tmp_path)
    _, rebuilt, _ = run_korzina(["sql", "--json", observations], fresh, tmp_path)
    assert rebuilt == crawled and len(crawled) == 2 * per_shop


def test_an_s3_lake_without_its_bucket_is_named(
    tmp_path: Path, s3_lake: tuple[str, dict[str, str]]
) -> None:
    _, s3_env = s3_lake
    code, _, err = run_korzina(
        ["lake", "compact", "--lake", "s3://no-such-bucket/prices"], s3_env, tmp_path
    )
    assert code == 1
    assert "Озеро цен s3://no-such-bucket/prices недоступно" in err
