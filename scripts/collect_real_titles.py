"""Collect real product titles of the four chains into tests/data/real_offers.jsonl.

Reproducibility aid only (not run in CI). Reads git snapshots fetched into /work/.mirror
(bare repositories of public projects that recorded store responses or saved store pages)
and the recorded samples in /work/shared/stores, and writes one JSON object per offer.

Nothing is invented: every title, price and id is a value of the recorded record. Where a
record has no id, a stable id ``sha1(name)[:10]`` is derived and the row says
``"id_derived": true``. Prices are written as rouble strings with two decimals; kopeck
sources (Магнит webgate, Перекрёсток) are divided by 100. Pack sizes come only from explicit
size fields of a record (never from the title). Provenance (repo, path, commit) is kept per row.

Usage: python scripts/collect_real_titles.py [--out PATH] [--sources-md PATH]
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import html
import io
import json
import re
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

MIRROR = Path("/work/.mirror")
# Values copied from files that could only be read through the code index (no snapshot).
READ_FILE_COPIES = MIRROR / "_read_file"
SHARED = Path("/work/shared/stores")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "data" / "real_offers.jsonl"

Row = dict[str, Any]


# --------------------------------------------------------------------------- helpers


def money(value: Any, kopecks: bool = False) -> str | None:
    """Format a recorded price as a rouble string with two decimals; None if absent/invalid."""
    if value is None or value == "":
        return None
    text = str(value).replace("\xa0", "").replace(" ", "").replace("₽", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    if kopecks:
        amount = amount / 100
    if amount <= 0:
        return None
    return str(amount.quantize(Decimal("0.01")))


def derived_id(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def decode(data: bytes) -> str:
    """Decode a file: UTF-8 first, cp1251 for files saved by Windows tools."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def clean_html_text(text: str) -> str:
    """Text of an HTML node: entities decoded, no-break spaces as spaces, outer blanks cut."""
    return re.sub(r"\s+", " ", html.unescape(text).replace("\xa0", " ")).strip()


def size_field(text: Any) -> dict[str, Any] | None:
    """Pack from an explicit size field such as ``"250 г"`` (a record field, not the title)."""
    if not isinstance(text, str):
        return None
    m = re.fullmatch(r"\s*(\d+(?:[.,]\d+)?)\s*(г|кг|мл|л|шт)\.?\s*", text)
    if not m:
        return None
    return {"value": m.group(1).replace(",", "."), "unit": m.group(2), "count": 1}


def walk(
    obj: Any, context: dict[str, Any] | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield every dict of a JSON tree with the nearest category context above it."""
    ctx = dict(context or {})
    if isinstance(obj, dict):
        if isinstance(obj.get("parent_group_name"), str):
            ctx["category"] = obj["parent_group_name"]
        yield obj, ctx
        for value in obj.values():
            yield from walk(value, ctx)
    elif isinstance(obj, list):
        for value in obj:
            yield from walk(value, ctx)


# --------------------------------------------------------------------------- git access


def git(gitdir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(gitdir), *args], capture_output=True, check=True
    ).stdout


def mirror_gitdir(repo: str) -> Path | None:
    base = MIRROR / repo.replace("/", "+") / "repo"
    for candidate in (base / ".git", base):
        if (candidate / "objects").is_dir():
            return candidate
    return None


@dataclass
class Blob:
    repo: str
    path: str
    commit: str
    date: str
    data: bytes


def blobs(repo: str, pattern: str) -> Iterator[Blob]:
    """Each distinct blob at a path matching ``pattern`` in any commit, with its first commit."""
    gitdir = mirror_gitdir(repo)
    if gitdir is None:
        print(f"!! no mirror for {repo}")
        return
    regex = re.compile(pattern)
    seen: set[str] = set()
    log = git(gitdir, "log", "--all", "--reverse", "--format=%H %cI").decode().split("\n")
    for line in filter(None, log):
        commit, date = line.split()
        listing = git(gitdir, "ls-tree", "-r", "-z", commit).decode("utf-8", "replace")
        for entry in filter(None, listing.split("\0")):
            meta, path = entry.split("\t", 1)
            _, kind, sha = meta.split()
            if kind != "blob" or sha in seen or not regex.search(path):
                continue
            seen.add(sha)
            yield Blob(repo, path, commit, date[:10], git(gitdir, "cat-file", "-p", sha))


# --------------------------------------------------------------------------- row builders


def base_row(store: str, blob: Blob, kind: str) -> Row:
    return {
        "store": store,
        "available": True,
        "observed_at": blob.date,
        "source": {"repo": blob.repo, "path": blob.path, "commit": blob.commit},
        "_kind": kind,
    }


def make_row(
    store: str,
    blob: Blob,
    kind: str,
    *,
    product_id: Any,
    name: Any,
    price: str | None,
    regular: str | None = None,
    brand: str | None = None,
    category: list[Any] | None = None,
    sold_by: str = "piece",
    pack: dict[str, Any] | None = None,
    available: bool = True,
    extra: dict[str, Any] | None = None,
) -> Row | None:
    if not isinstance(name, str) or not name.strip() or price is None:
        return None
    row = base_row(store, blob, kind)
    row_id = str(product_id) if product_id not in (None, "") else derived_id(name)
    row.update(
        {
            "product_id": row_id,
            "name": name,
            "brand": brand or None,
            "category_path": [c for c in (category or []) if c],
            "price": price,
            "regular_price": regular if regular and regular != price else None,
            "sold_by": sold_by,
            "pack": pack,
            "available": available,
        }
    )
    if product_id in (None, ""):
        row["id_derived"] = True
    if extra:
        row.update(extra)
    return row


def load_json(data: bytes) -> Any:
    text = decode(data)
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip().startswith("{")]


# -- Пятёрочка: old public API 5ka.ru/api/v2/special_offers (2020-2021)
def pyat_special_offers(blob: Blob) -> Iterator[Row]:
    try:
        doc = load_json(blob.data)
    except (json.JSONDecodeError, ValueError):
        return
    for item, ctx in walk(doc):
        prices = item.get("current_prices")
        if not isinstance(prices, dict) or not isinstance(item.get("name"), str):
            continue
        promo = money(prices.get("price_promo__min"))
        regular = money(prices.get("price_reg__min"))
        row = make_row(
            "pyaterochka",
            blob,
            "5ka.ru/api/v2/special_offers",
            product_id=item.get("plu") or item.get("id"),
            name=item["name"],
            price=promo or regular,
            regular=regular if promo else None,
            category=[ctx["category"]] if "category" in ctx else [],
        )
        if row:
            yield row


# -- Пятёрочка: catalog API 5d.5ka.ru (Open-Inflation snapshots, 2025)
def pyat_catalog(blob: Blob) -> Iterator[Row]:
    doc = load_json(blob.data)
    category = []
    if isinstance(doc, dict):
        title = doc.get("category_title") or (doc.get("name") if "products" in doc else None)
        category = [title] if isinstance(title, str) else []
    for item, _ in walk(doc):
        if "plu" not in item or "prices" not in item or not isinstance(item.get("name"), str):
            continue
        prices = item["prices"]
        if isinstance(prices, list):  # product detail: list of placements
            regular = next(
                (
                    money(p.get("value"))
                    for p in prices
                    if p.get("placement_type") == "regular_primary"
                ),
                None,
            )
            discount = None
        else:
            regular = money(prices.get("regular"))
            discount = money(prices.get("discount"))
        brand = None
        for attr in item.get("attributes") or []:
            if isinstance(attr, dict) and attr.get("name") == "Бренд":
                brand = attr.get("value")
        clar = item.get("property_clarification")
        weighed = item.get("uom") == "кг"
        extra = {}
        if weighed and isinstance(clar, str) and clar.startswith("Цена за"):
            extra["price_per"] = clar.removeprefix("Цена за ").strip()
        row = make_row(
            "pyaterochka",
            blob,
            "5d.5ka.ru catalog API",
            product_id=item["plu"],
            name=item["name"],
            price=discount or regular,
            regular=regular if discount else None,
            brand=brand,
            category=category,
            sold_by="kg" if weighed else "piece",
            pack=None if weighed else size_field(clar),
            available=bool(item.get("is_available", True)),
            extra=extra,
        )
        if row:
            yield row


# -- Перекрёсток: customer API 1.4.1.0 (Open-Inflation snapshots, 2026)
def perek_api(blob: Blob) -> Iterator[Row]:
    doc = load_json(blob.data)
    for item, _ in walk(doc):
        tag = item.get("priceTag")
        master = item.get("masterData")
        if not isinstance(tag, dict) or not isinstance(master, dict):
            continue
        weighed = master.get("unit") == 2
        pack = None
        if not weighed:
            if master.get("volume"):
                pack = {"value": str(master["volume"]), "unit": "мл", "count": 1}
            elif master.get("weight"):
                pack = {"value": str(master["weight"]), "unit": "г", "count": 1}
        cat = item.get("catalogPrimaryCategory") or item.get("primaryCategory") or {}
        row = make_row(
            "perekrestok",
            blob,
            "perekrestok.ru/api/customer/1.4.1.0",
            product_id=master.get("plu") or item.get("id"),
            name=item.get("title"),
            price=money(tag.get("price"), kopecks=True),
            regular=money(tag.get("grossPrice"), kopecks=True),
            category=[cat.get("title")] if isinstance(cat, dict) else [],
            sold_by="kg" if weighed else "piece",
            pack=pack,
        )
        if row:
            yield row


# -- Перекрёсток: openinflation_parser output (mapped from the same API, 2026)
def perek_openinflation_output(blob: Blob) -> Iterator[Row]:
    doc = load_json(blob.data)
    if not isinstance(doc, dict) or doc.get("code") != "1":  # only the Перекрёсток store dump
        return
    for item in doc.get("products") or []:
        discount = money(item.get("discount_price"))
        regular = money(item.get("price"))
        row = make_row(
            "perekrestok",
            blob,
            "openinflation_parser output (perekrestok_api)",
            product_id=item.get("plu"),
            name=item.get("title"),
            price=discount or regular,
            regular=regular if discount else None,
            brand=item.get("brand"),
            sold_by="kg" if item.get("unit") == "KGM" else "piece",
        )
        if row:
            yield row


# -- Перекрёсток: CSV scraped from perekrestok.ru/cat/c/114/moloko (2022), no ids
def perek_csv_tovar(blob: Blob) -> Iterator[Row]:
    for rec in csv.DictReader(io.StringIO(decode(blob.data))):
        row = make_row(
            "perekrestok",
            blob,
            "perekrestok.ru category page (CSV)",
            product_id=None,
            name=rec.get("Tovar"),
            price=money(rec.get("Price")),
        )
        if row:
            yield row


# -- Магнит: webgate v2 goods/search (kopecks)
def magnit_webgate(blob: Blob) -> Iterator[Row]:
    doc = load_json(blob.data)
    category = []
    if isinstance(doc, dict) and isinstance(doc.get("category"), dict):
        category = [doc["category"].get("title")]
    for item, _ in walk(doc):
        if "productId" not in item or "price" not in item:
            continue
        promo = item.get("promotion") or {}
        old = money(promo.get("oldPrice"), kopecks=True) if promo.get("isPromotion") else None
        weighed = bool((item.get("weighted") or {}).get("isWeighted"))
        row = make_row(
            "magnit",
            blob,
            "magnit.ru/webgate/v2/goods/search",
            product_id=item.get("id") or item.get("productId"),
            name=item.get("name"),
            price=money(item.get("price"), kopecks=True),
            regular=old,
            category=category,
            sold_by="kg" if weighed else "piece",
        )
        if row:
            yield row


CARD_SALE = re.compile(
    r'<a href="/promo/(\d+)/[^"]*"[^>]*class="card-sale[^"]*"[^>]*>(.*?)</a>', re.S
)
PRICE_BLOCK = (
    r'label__price_{kind}">\s*<span class="label__price-integer">([^<]*)</span>'
    r'\s*<span class="label__price-decimal">([^<]*)</span>'
)


def _int_dec(block: str, kind: str) -> str | None:
    m = re.search(PRICE_BLOCK.format(kind=kind), block)
    return money(f"{m.group(1).strip()}.{m.group(2).strip()}") if m else None


# -- Магнит: saved magnit.ru/promo/ pages, 2021 layout (card-sale)
def magnit_promo_2021(blob: Blob) -> Iterator[Row]:
    page = decode(blob.data)
    for promo_id, card in CARD_SALE.findall(page):
        title = re.search(r'card-sale__title"><p>(.*?)</p>', card, re.S)
        chains = set(re.findall(r"card-sale__icon_(\w*)", card))
        if not title or "pharmacy" in chains:  # Магнит Аптека offers are not groceries
            continue
        new = _int_dec(card, "new")
        old = _int_dec(card, "old")
        row = make_row(
            "magnit",
            blob,
            "magnit.ru/promo page (HTML)",
            product_id=promo_id,
            name=clean_html_text(title.group(1)),
            price=new,
            regular=old,
        )
        if row:
            yield row


NEW_CARD = re.compile(
    r'<a id="(\d+(?:_\w+)?)" href="/promo/[^"]*" class="new-card-product">(.*?)</a>', re.S
)


# -- Магнит: saved magnit.ru/promo/ page, 2024 layout (new-card-product)
def magnit_promo_2024(blob: Blob) -> Iterator[Row]:
    page = decode(blob.data)
    for promo_id, card in NEW_CARD.findall(page):
        title = re.search(r'new-card-product__title">(.*?)</div>', card, re.S)
        new = re.search(r'new-card-product__price-regular[^"]*">([^<]*)<', card)
        old = re.search(r'new-card-product__price-old[^"]*">([^<]*)<', card)
        if not title or not new:
            continue
        row = make_row(
            "magnit",
            blob,
            "magnit.ru/promo page (HTML)",
            product_id=promo_id,
            name=clean_html_text(title.group(1)),
            price=money(new.group(1)),
            regular=money(old.group(1)) if old else None,
        )
        if row:
            yield row


# -- Магнит: CSV written from the same 2024 promo pages (no ids)
def magnit_promo_csv_2024(blob: Blob) -> Iterator[Row]:
    for rec in csv.DictReader(io.StringIO(decode(blob.data))):
        row = make_row(
            "magnit",
            blob,
            "magnit.ru/promo page (CSV)",
            product_id=None,
            name=rec.get("Продукт"),
            price=money(rec.get("Новая цена")),
            regular=money(rec.get("Старая цена")),
        )
        if row:
            yield row


# -- Магнит: CSV written from the 2021 promo pages. Its two price columns are swapped by its
# author (checked against the same promo ids in the saved HTML): ``not_promotion_price`` holds
# the promo price and ``promotion_price`` the regular one.
def magnit_promo_csv_2021(blob: Blob) -> Iterator[Row]:
    for rec in csv.DictReader(io.StringIO(decode(blob.data))):
        if rec.get("name_promotion") == "Скидка":  # on those pages only Магнит Аптека cards
            continue
        m = re.search(r"/promo/(\d+)/", rec.get("url") or "")
        row = make_row(
            "magnit",
            blob,
            "magnit.ru/promo page (CSV)",
            product_id=m.group(1) if m else None,
            name=(rec.get("name_product") or "").strip(),
            price=money(rec.get("not_promotion_price")),
            regular=money(rec.get("promotion_price")),
        )
        if row:
            yield row


# -- Дикси: listing-json card objects (recorded live 2026, moya-korzina)
def dixy_card(card: dict[str, Any], blob: Blob) -> Row | None:
    weighed = card.get("realSymbol") == "кг" or card.get("symbol") == "кг"
    cross = bool(card.get("crossPrice"))
    return make_row(
        "dixy",
        blob,
        "dixy.ru listing-json / product card JSON",
        product_id=card.get("xml_id") or card.get("id"),
        name=card.get("title"),
        price=money(card.get("priceSimple")),
        regular=money(card.get("oldPriceSimple")) if cross else None,
        brand=card.get("brand"),
        category=[card.get("section")] if card.get("section") else [],
        sold_by="kg" if weighed else "piece",
        available=bool(card.get("canBuy", True)),
    )


# -- Дикси: dixy.ru home page saved in March 2018 (silverfoxy/JSCryptoMinerStudy), 12 promo cards
def dixy_home_2018() -> Iterator[Row]:
    copy = READ_FILE_COPIES / "silverfoxy+JSCryptoMinerStudy" / "pagesource" / "dixy.ru.cards.json"
    if not copy.exists():
        print(f"!! missing {copy}")
        return
    blob = Blob(
        "silverfoxy/JSCryptoMinerStudy",
        "pagesource/dixy.ru",
        "afccd315654b9e4091c20fd0c385a89b1bbb3b3c",
        "2018-03",
        b"",
    )
    for card in json.loads(copy.read_text(encoding="utf-8"))["cards"]:
        row = make_row(
            "dixy",
            blob,
            "dixy.ru home page (HTML, promo block)",
            product_id=None,
            name=clean_html_text(card["name_html"]),
            price=money(".".join(card["price"])),
            regular=money(".".join(card["full"])),
            category=[card["category"]],
        )
        if row:
            yield row


def shared_source(txt: Path) -> tuple[str, str, str]:
    meta: dict[str, str] = {}
    for line in txt.read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(":")
        if key.strip() in {"repo", "path", "commit"} and key.strip() not in meta:
            meta[key.strip()] = value.strip()
    repo = meta["repo"].removeprefix("github.com/")
    path = meta["path"].split(" (")[0]
    return repo, path, meta["commit"].split()[0]


def shared_blob(name: str, date: str) -> Blob:
    data_file = SHARED / name
    stem = data_file.name.removesuffix(".py.txt").rsplit(".", 1)[0]
    repo, path, commit = shared_source(data_file.with_name(stem + ".source.txt"))
    return Blob(repo, path, commit, date, data_file.read_bytes())


def shared_rows() -> Iterator[Row]:
    blob = shared_blob("dixy/product_initElementData_live_2026-09-27.json", "2026-09-27")
    row = dixy_card(json.loads(blob.data), blob)
    if row:
        yield row
    blob = shared_blob("dixy/listing-json_card_live_2026-09-25.py.txt", "2026-09-25")
    literal = re.search(r"^LIVE = (\{.*?^\})", decode(blob.data), re.S | re.M)
    if literal:
        row = dixy_card(ast.literal_eval(literal.group(1)), blob)
        if row:
            yield row
    blob = shared_blob("magnit/noen51-webgate-v2-goods-search-category-65057.json", "2026-08")
    yield from magnit_webgate(blob)


# --------------------------------------------------------------------------- sources

Extractor = Callable[[Blob], Iterator[Row]]


@dataclass
class Source:
    repo: str
    pattern: str
    extract: Extractor
    note: str = ""
    rows: list[Row] = field(default_factory=list)


GB_5KA = r"\.json$"  # GeekBrains «data mining» homework repos: 5ka special offers dumps
SOURCES: list[Source] = [
    # newest, structured API recordings first (they win the de-duplication)
    Source("Open-Inflation/pyaterochka_api", r"__snapshots__/.*\.json$", pyat_catalog),
    Source("Open-Inflation/perekrestok_api", r"__snapshots__/.*\.json$", perek_api),
    Source("Open-Inflation/parser", r"^output/1_.*\.json$", perek_openinflation_output),
    Source("DemRexT/parsing_mag", r"^index1\.html$", magnit_promo_2024),
    Source("DemRexT/parsing_mag", r"^magnit\.csv$", magnit_promo_csv_2024),
    Source("AnonimusDataScience/final_project2022", r"^perekrestok\.csv$", perek_csv_tovar),
    # Пятёрочка special offers 2020-2021
    Source("zhukovnikolay/data_mining_basic", GB_5KA, pyat_special_offers),
    Source("toomij/data_mining_202011", GB_5KA, pyat_special_offers),
    Source("dTenebrae/parsing", GB_5KA, pyat_special_offers),
    Source("kate-ds/Parsing", GB_5KA, pyat_special_offers),
    Source("seventeenjoker/13012021_DATA_MAINING", GB_5KA, pyat_special_offers),
    Source("tatiana-belova/GB_parse", GB_5KA, pyat_special_offers),
    Source("Dmltrii/data_mining", GB_5KA, pyat_special_offers),
    Source("dok221/gb_data_mining_15_02_21", GB_5KA, pyat_special_offers),
    Source("davidkokoliya/dataminingq2", GB_5KA, pyat_special_offers),
    Source("warman2011/Pars_lesson1", GB_5KA, pyat_special_offers),
    Source("BaDCaT-Corp/data_mining_19_03_21", GB_5KA, pyat_special_offers),
    Source("GefMar/data_mining_18_11_20", GB_5KA, pyat_special_offers),
    Source("HNMR121/data_mining", GB_5KA, pyat_special_offers),
    Source("NikitaProts/GB-datamining-HW", GB_5KA, pyat_special_offers),
    Source("PavelPutyato/data_mining", GB_5KA, pyat_special_offers),
    Source("YuliaOv22/datamining29032021", GB_5KA, pyat_special_offers),
    Source("denisks86/data_mining", GB_5KA, pyat_special_offers),
    Source("VG-84/data_mining", GB_5KA, pyat_special_offers),
    Source("Ergney/Datamining-study-project", GB_5KA, pyat_special_offers),
    # Магнит promo pages 2021
    Source("BaDCaT-Corp/data_mining_19_03_21", r"magnit\.html$", magnit_promo_2021),
    Source("Ergney/Datamining-study-project", r"magnit\.html$", magnit_promo_2021),
    Source("VG-84/data_mining", r"magnit\.html$", magnit_promo_2021),
    Source("helgi17-gb/data_api", r"magnit\.html$", magnit_promo_2021),
    Source("sofo4ka/Data_Mining_Homework", r"magnit\.html$", magnit_promo_2021),
    Source("Ergney/Datamining-study-project", r"^Magnit\.csv$", magnit_promo_csv_2021),
]


# --------------------------------------------------------------------------- main


# Goods that are not groceries or household consumables (gift bags, toys, clothes, cookware,
# stationery) are left out; they come mostly from Перекрёсток's holiday categories.
NON_GROCERY_CATEGORIES = {
    "Канцелярия",
    "Игры, игрушки",
    "Игрушки",
    "Посуда",
    "Посуда для приготовления",
    "Кружки, стаканы, бокалы",
    "Украшение дома",
    "Всё для праздника",
    "Сезонные товары",
}
NON_GROCERY_TITLE = re.compile(
    r"^(Сумка|Пакет подарочный|Пакет Арт|Брелок|Игра настольная|Зонт|Носки|Кружка|Сковорода"
    r"|Игрушка|Футболка|Колготки)\b"
)


def is_grocery(row: Row) -> bool:
    if NON_GROCERY_CATEGORIES.intersection(row["category_path"]):
        return False
    return not NON_GROCERY_TITLE.match(row["name"])


class Deduper:
    def __init__(self) -> None:
        self.ids: set[tuple[str, str]] = set()
        self.names: set[tuple[str, str]] = set()

    def add(self, row: Row) -> bool:
        key_id = (row["store"], row["product_id"])
        key_name = (row["store"], row["name"])
        if key_id in self.ids or key_name in self.names:
            return False
        self.ids.add(key_id)
        self.names.add(key_name)
        return True


FIELDS = [
    "store",
    "product_id",
    "name",
    "brand",
    "category_path",
    "price",
    "regular_price",
    "sold_by",
    "pack",
    "available",
    "observed_at",
    "source",
]


def collect() -> tuple[list[Row], Counter[tuple[str, str, str, str, str, str]]]:
    dedup = Deduper()
    kept: list[Row] = []
    per_file: Counter[tuple[str, str, str, str, str, str]] = Counter()
    skipped: Counter[str] = Counter()

    def take(rows: Iterator[Row]) -> None:
        for row in rows:
            if not is_grocery(row):
                skipped[row["store"]] += 1
                continue
            if re.fullmatch(r"\d{4}-\d{2}", row["observed_at"]):
                # A recording known only to the month: its first day, as korzina import
                # takes full dates only.
                row["observed_at"] += "-01"
            if dedup.add(row):
                kept.append(row)
                src = row["source"]
                key = (
                    row["store"],
                    src["repo"],
                    src["path"],
                    src["commit"],
                    row["_kind"],
                    row["observed_at"],
                )
                per_file[key] += 1

    take(shared_rows())
    take(dixy_home_2018())
    for source in SOURCES:
        for blob in blobs(source.repo, source.pattern):
            take(source.extract(blob))
    print("left out as non-grocery:", dict(skipped))
    return kept, per_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--counts", type=Path, default=None, help="write per-file counts (TSV)")
    args = parser.parse_args()
    rows, per_file = collect()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            out = {k: row[k] for k in FIELDS}
            if row.get("id_derived"):
                out["id_derived"] = True
            if row.get("price_per"):
                out["price_per"] = row["price_per"]
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    if args.counts:
        with args.counts.open("w", encoding="utf-8") as fh:
            for key, n in sorted(per_file.items()):
                fh.write("\t".join([*key, str(n)]) + "\n")
    print(Counter(r["store"] for r in rows), len(rows))


if __name__ == "__main__":
    main()
