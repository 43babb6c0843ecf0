"""Parser commands: `korzina parse`, `korzina eval-parser`."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from korzina.cli.app import (
    App,
    ListCommand,
    cli,
    echo_json,
    list_text,
    run_async,
    third_party_plugins,
)
from korzina.core.models import Intent, ListItem, ShoppingList
from korzina.parser import ListParser, Vocabulary, make_parser

if TYPE_CHECKING:
    from korzina.core.storage.base import Storage
    from korzina.parser.llm import ParserKind

log = logging.getLogger(__name__)

NO_ITEMS = (
    "Не нашёл в тексте ни одного товара. Напишите список, например: "
    "«молоко 3.2%, хлеб, десяток яиц»."
)
DEFAULT_DATASET = Path("tests/data/parser_lists.jsonl")
_TIERS = {"cheap": "дешёвый", "medium": "средний", "expensive": "дорогой"}
_FIELD_NAMES = {
    "name": "название", "quantity": "количество", "unit": "единица",
    "price_category": "ценовая категория", "brand": "марка", "fat_pct": "жирность",
    "egg_class": "класс яиц", "attributes": "свойства", "preferences": "пожелания",
    "pack": "фасовка",
    "intent": "намерение",
}  # fmt: skip


# Product nouns the parser learns from the database's stored kinds, most common first.
DB_KINDS = 300


# The database's words the parser learns (see ``learn_from_database``).
BRANDS_SQL = "select distinct brand from products where brand is not null"
# The stored kinds, not every title: each names its head noun, read once at ingest.
# The commonest only: each costs the parser a dictionary look-up at start, and a
# catalogue's long tail of head nouns is its rarest goods.
KINDS_SQL = (
    "select rtrim(kind, '*') k from products where kind <> '' "
    "group by k order by count(*) desc, k limit ?"
)


def build_vocabulary(app: App) -> Vocabulary:
    """Built-in words, plus brands from plugins and product kinds and brands from the
    database, indexed with the word analyses kept from earlier runs (in ``cache_dir``,
    see ``korzina.parser.wordcache``: only words no earlier run saw go to pymorphy3)."""
    from korzina.parser import wordcache

    vocab = Vocabulary()
    cache = wordcache.cache_path(app.settings.cache_dir)
    saved = wordcache.load(cache)
    vocab.lemmatizer.remember(saved)
    # korzina's own plugins add no brands (a test keeps it so): the plugins are loaded
    # for their brands only when one from elsewhere is installed, or already loaded.
    if app.has_plugins or third_party_plugins():
        from korzina.core.plugins import brand_names

        try:
            vocab.extend((), brand_names(app.pm))
        except Exception:  # a broken plugin must not stop parsing
            log.warning("plugin brands unavailable", exc_info=True)
    db = Path(app.settings.db_path)
    if db.exists():
        try:
            kinds, brands = database_words(db, app.settings.cache_dir)
            vocab.extend(kinds, brands)
        except Exception:  # a locked, old or broken database: built-in lists only
            log.info("database vocabulary unavailable; built-in lists only", exc_info=True)
    vocab.ready()
    # A misspelt word is compared with every form of every product word: made once per
    # vocabulary and kept, as the word analyses are.
    typos = wordcache.typo_forms_path(app.settings.cache_dir, vocab.typo_forms_key())
    forms = wordcache.load_forms(typos)
    if forms is None:
        wordcache.write_json(typos, vocab.typo_forms())
        wordcache.prune(typos, "typos-*.json")
    else:
        vocab.use_typo_forms(forms)
    save_words(app, len(saved))
    return vocab


def save_words(app: App, saved: int) -> None:
    """Keep this process's word analyses for the next one when there are more than the
    ``saved`` it started with (the parser's, the taxonomy's, the titles' words: one
    process-wide cache, ``korzina.core.text``)."""
    from korzina.core.text import Lemmatizer
    from korzina.parser import wordcache

    known = Lemmatizer().known()
    if len(known) > saved:
        cache = wordcache.cache_path(app.settings.cache_dir)
        wordcache.save(cache, known)
        wordcache.prune(cache)


def database_words(db: Path, cache_dir: Path) -> tuple[list[str], list[str]]:
    """The database's commonest kinds and its brands (``learn_from_database``'s words),
    read once per state of the file: kept in ``cache_dir`` while the file and its WAL
    are unchanged, so a `korzina parse` over an unchanged database needs no DuckDB."""
    from korzina.parser.wordcache import write_json

    stamp = [
        [p.name, p.stat().st_mtime_ns, p.stat().st_size]
        for p in (db, db.with_name(db.name + ".wal"))
        if p.exists()
    ]
    # The taxonomy decides which kinds are taught (``teachable_kinds``): a new one, new words.
    taxonomy_file = resources.files("korzina.data").joinpath("taxonomy.toml").read_bytes()
    version = [stamp, KINDS_SQL, BRANDS_SQL, DB_KINDS, hashlib.sha256(taxonomy_file).hexdigest()]
    name = hashlib.sha256(str(db.resolve()).encode()).hexdigest()[:16]
    cached = cache_dir / f"dbwords-{name}.json"
    try:
        doc = json.loads(cached.read_text(encoding="utf-8"))
        if doc["version"] == version:
            return list(doc["kinds"]), list(doc["brands"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    kinds, brands = read_database_words(db)
    write_json(cached, {"version": version, "kinds": kinds, "brands": brands})
    return kinds, brands


def read_database_words(db: Path) -> tuple[list[str], list[str]]:
    """The words of ``learn_from_database`` from a DuckDB file, read-only, through DuckDB
    alone (the storage layer's ingest machinery is not needed to read two columns)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        brands = [str(r[0]) for r in con.execute(BRANDS_SQL).fetchall()]
        kinds = teachable_kinds(str(r[0]) for r in con.execute(KINDS_SQL, [DB_KINDS]).fetchall())
    finally:
        con.close()
    return kinds, brands


def teachable_kinds(names: Iterable[str]) -> list[str]:
    """The stored kinds the parser may learn as products: not one named by a purpose noun
    («гель», «кондиционер для белья»). Alone, such a noun is a form of the product a brand
    or a purpose beside it names («persil гель», «ополаскиватель для белья»), which the
    built-in words read."""
    from korzina.core.matching.kinds import taxonomy

    forms = taxonomy().purpose_heads
    return [name for name in names if name.split()[0] not in forms]


def learn_from_database(vocab: Vocabulary, storage: Storage) -> None:
    """Teach the parser the database's brands and its commonest product kinds."""
    _, brands = storage.query(BRANDS_SQL)
    _, names = storage.query(KINDS_SQL, [DB_KINDS])
    vocab.extend(teachable_kinds(str(r[0]) for r in names), (str(r[0]) for r in brands))


def configured_parser(app: App, kind: str | None = None) -> ListParser:
    """The list parser the settings call for: ``kind``, else hybrid when an ollama model is
    configured, else rules; its vocabulary grows from plugins and the database.

    One place, so `parse`, `basket` and `bot` understand a list the same way.
    """
    chosen = cast("ParserKind", kind or ("hybrid" if app.settings.ollama_model else "rules"))
    return make_parser(
        chosen,
        vocabulary=build_vocabulary(app),
        model=app.settings.ollama_model,
        host=app.settings.ollama_host,
    )


def _item_label(item: ListItem) -> str:
    """The name with its attributes and its preferences, marked as wishes:
    «хлеб (бородинский)», «сыр (гауда; желательно: для мамы)»."""
    extra = [", ".join(item.attributes)] if item.attributes else []
    if item.preferences:
        extra.append("желательно: " + ", ".join(item.preferences))
    return item.name + (f" ({'; '.join(extra)})" if extra else "")


def _amount(q: Any, unit: str | None) -> str:
    return f"{q} {unit}" if unit else f"{q}"


@cli.command("parse", cls=ListCommand)
@click.argument("text", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Вывести JSON.")
@click.option(
    "--parser",
    "kind",
    type=click.Choice(["rules", "llm", "hybrid"]),
    default=None,
    help="Правила, LLM или оба (по умолчанию hybrid, если задана модель, иначе rules).",
)
@click.pass_obj
def parse_command(app: App, text: tuple[str, ...], as_json: bool, kind: str | None) -> None:
    """Разобрать список покупок (ТЕКСТ или stdin) на товары."""
    source = list_text(text)
    parser = configured_parser(app, kind)
    sl = run_async(parser.parse(source))
    if as_json:
        from korzina.cli.responses import ParseResponse, dump

        click.echo(dump(ParseResponse.of(sl, no_items=NO_ITEMS)))
        return
    if not sl.items:
        app.console.print(NO_ITEMS)
        for note in sl.notes:
            app.console.print(f"[dim]{note}[/dim]")
        return
    from rich.table import Table

    title = "Самый дешёвый товар" if sl.intent is Intent.CHEAPEST else "Список покупок"
    table = Table(title=title)
    for column in ("Товар", "Количество", "Цена", "Марка", "Жирность", "Класс", "Упаковка"):
        table.add_column(column)
    for i in sl.items:
        pack = _amount(i.pack.value, i.pack.unit.value) if i.pack else ""
        if i.pack and i.pack.count > 1:
            pack = f"{i.pack.count}×{pack}"
        table.add_row(
            _item_label(i),
            _amount(i.quantity, i.unit),
            _TIERS.get(i.price_category.value, "") if i.price_category else "",
            i.brand or "",
            f"{i.fat_pct}%" if i.fat_pct is not None else "",
            i.egg_class or "",
            pack,
        )
    app.console.print(table)
    for note in sl.notes:
        app.console.print(f"[dim]{note}[/dim]")


@cli.command("eval-parser")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Вывести JSON.")
@click.option("--parser", "kind", type=click.Choice(["rules", "llm", "hybrid"]), default="rules")
@click.option("--errors", "show_errors", is_flag=True, help="Показать ошибки разбора.")
@click.pass_obj
def eval_parser_command(
    app: App, file: Path | None, as_json: bool, kind: str, show_errors: bool
) -> None:
    """Оценить разборщик на размеченных списках (JSONL): точность, полнота, поля."""
    from rich.table import Table

    from korzina.parser.evaluate import evaluate, load_cases

    path = file or DEFAULT_DATASET
    if not path.exists():
        raise click.ClickException(f"Нет файла с размеченными списками: {path}")
    cases = load_cases(path)
    parser = configured_parser(app, kind)

    async def run_all() -> list[ShoppingList]:
        return list(await asyncio.gather(*(parser.parse(c.text) for c in cases)))

    report = evaluate(cases, run_async(run_all()))
    if as_json:
        echo_json(report.as_dict())
        return
    table = Table(title=f"Разбор списков: {path} ({report.lists} списков, {kind})")
    table.add_column("Показатель")
    table.add_column("Значение", justify="right")
    table.add_row("товаров в разметке", str(report.gold_items))
    table.add_row("товаров найдено", str(report.predicted_items))
    table.add_row("точность (precision)", f"{report.precision:.3f}")
    table.add_row("полнота (recall)", f"{report.recall:.3f}")
    table.add_row("F1", f"{report.f1:.3f}")
    for f, value in report.accuracy().items():
        table.add_row(f"верно: {_FIELD_NAMES.get(f, f)}", f"{value:.3f}")
    app.console.print(table)
    if show_errors:
        for err in report.errors:
            app.console.print(f"[yellow]{err['text']!r}[/yellow] → {err}")


__all__ = ["build_vocabulary", "configured_parser"]
