"""The environment variables korzina reads, with their Russian help for `korzina --help`.

Free of imports, so listing them costs `korzina --help` nothing; ``settings`` reads them.
"""

from __future__ import annotations

ENVIRONMENT_HELP = {
    "KORZINA_DB": "файл базы DuckDB",
    "KORZINA_CONFIG": "файл настроек TOML",
    "KORZINA_<STORE>_BASE_URL": "адрес API магазина (например, локальный сервер записей)",
    "KORZINA_<STORE>_TRANSPORT": "http или browser",
    "KORZINA_PROXY": "прокси для запросов к магазинам",
    "KORZINA_CHROMIUM": "путь к Chromium для транспорта browser",
    "KORZINA_BOT_TOKEN": "токен Telegram-бота",
    "KORZINA_OLLAMA_MODEL": "модель ollama для разбора списков",
    "OLLAMA_HOST": "адрес сервера ollama",
    "KORZINA_CACHE_DIR": "папка кэша (ускоряет запуск; можно удалить в любой момент)",
    "KORZINA_TIMEZONE": "часовой пояс, в котором показывать время (по умолчанию Europe/Moscow)",
    "KORZINA_REDIS_URL": "Redis распределённого обхода (korzina worker, crawl --distributed)",
    "KORZINA_LAKE": "озеро цен Parquet: каталог или s3://бакет/префикс (распределённый обход)",
    "KORZINA_EGRESS": "имя исходящего адреса исполнителя korzina worker",
}
