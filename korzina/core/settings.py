"""Settings: defaults, then a TOML config file, then the environment (last wins).

Environment variables (listed by ``korzina --help`` too):

- ``KORZINA_DB``: the DuckDB file (default: ``<user data dir>/korzina.duckdb``)
- ``KORZINA_CONFIG``: the config file (default: ``<user config dir>/config.toml``)
- ``KORZINA_<STORE>_BASE_URL``, ``KORZINA_<STORE>_TRANSPORT`` (``http``|``browser``)
- ``KORZINA_PROXY``: an HTTP(S) proxy for every store
- ``KORZINA_CHROMIUM``: the browser binary for the browser transport
- ``KORZINA_BOT_TOKEN``, ``KORZINA_OLLAMA_MODEL``, ``OLLAMA_HOST``
- ``KORZINA_TIMEZONE``: the time zone times are shown in (default ``Europe/Moscow``)
- ``KORZINA_CACHE_DIR``: what only saves time (default: the user cache dir)
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from korzina.core.env import ENVIRONMENT_HELP
from korzina.core.errors import ConfigError

if TYPE_CHECKING:
    from korzina.core.store import StoreSettings

APP = "korzina"
# Russian shops, Russian shoppers: Moscow time unless the settings say otherwise.
DEFAULT_TIMEZONE = "Europe/Moscow"
__all__ = [
    "DEFAULT_TIMEZONE",
    "ENVIRONMENT_HELP",
    "FanOutSettings",
    "Settings",
    "config_path",
    "load_settings",
]


class FanOutSettings(BaseModel):
    """How stores are asked at once."""

    model_config = ConfigDict(frozen=True)

    timeout_s: float = 20.0
    concurrency: int = 4
    retries: int = 2
    backoff_s: float = 0.5
    breaker_failures: int = 3
    breaker_cooldown_s: float = 300.0


class Settings(BaseModel):
    """Everything configurable; build with ``load_settings()``."""

    model_config = ConfigDict(frozen=True)

    db_path: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir(APP)) / "korzina.duckdb"
    )
    proxy: str | None = None
    chromium_path: str | None = None
    # Store overrides by id; merged onto each adapter's own defaults.
    stores: dict[str, dict[str, Any]] = Field(default_factory=dict)
    disabled_stores: tuple[str, ...] = ()
    fanout: FanOutSettings = Field(default_factory=FanOutSettings)
    # Offers older than this are refreshed by a live search before a basket uses them.
    fresh_hours: float = 24.0
    # Saved basket answers (the bot's buttons) are pruned after this many days.
    keep_answers_days: int = 7
    ollama_model: str | None = None
    ollama_host: str | None = None
    bot_token: str | None = None
    # Crawl schedules for `korzina jobs`: {"name": {"cron": "0 4 * * *", "store": "magnit"}}
    jobs: dict[str, dict[str, Any]] = Field(default_factory=dict)
    # The basket of `korzina index`: queries, one product per store each (empty: the default).
    index_basket: tuple[str, ...] = ()
    # What only saves time (the parser's word analyses): safe to delete at any moment.
    cache_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_cache_dir(APP)))
    # The clock times are shown on, by the CLI and the bot alike (an IANA name).
    timezone: str = DEFAULT_TIMEZONE

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"неизвестный часовой пояс «{value}» (нужно имя вроде Europe/Moscow)"
            ) from None
        return value

    @cached_property
    def tz(self) -> ZoneInfo:
        """The time zone of ``timezone``: what every «когда» is shown in."""
        return ZoneInfo(self.timezone)

    def store_settings(self, store_id: str, defaults: StoreSettings) -> StoreSettings:
        """The adapter's defaults with config and environment overrides applied."""
        from korzina.core.store import StoreSettings  # the store layer: not for every start

        merged: dict[str, Any] = defaults.model_dump()
        merged.update(self.stores.get(store_id, {}))
        env = os.environ
        prefix = f"KORZINA_{store_id.upper()}_"
        if url := env.get(prefix + "BASE_URL"):
            merged["base_url"] = url.rstrip("/")
        if transport := env.get(prefix + "TRANSPORT"):
            merged["transport"] = transport
        if self.proxy and not merged.get("proxy"):
            merged["proxy"] = self.proxy
        if store_id in self.disabled_stores:
            merged["enabled"] = False
        try:
            return StoreSettings.model_validate(merged)
        except ValidationError as exc:
            raise ConfigError(f"store {store_id}: {exc}") from exc


def config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if p := env.get("KORZINA_CONFIG"):
        return Path(p)
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def load_settings(
    *, db: str | Path | None = None, env: Mapping[str, str] | None = None
) -> Settings:
    """Defaults ← config file ← environment ← explicit arguments (``--db``)."""
    env = os.environ if env is None else env
    data: dict[str, Any] = {}
    path = config_path(env)
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(
                f"config {path}: {exc}", user_message=f"Не читается файл настроек {path}: {exc}"
            ) from exc
    for key, var in (
        ("db_path", "KORZINA_DB"),
        ("proxy", "KORZINA_PROXY"),
        ("chromium_path", "KORZINA_CHROMIUM"),
        ("bot_token", "KORZINA_BOT_TOKEN"),
        ("ollama_model", "KORZINA_OLLAMA_MODEL"),
        ("ollama_host", "OLLAMA_HOST"),
        ("timezone", "KORZINA_TIMEZONE"),
        ("cache_dir", "KORZINA_CACHE_DIR"),
    ):
        if value := env.get(var):
            data[key] = value
    if db is not None:
        data["db_path"] = str(db)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(
            str(exc),
            user_message=(
                f"Ошибка в настройках ({path}): "
                + str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
            ),
        ) from exc
