#!/usr/bin/env python3
"""Build tests/data/real_offers_g.jsonl: more real offers of the four chains, with provenance.

Stdlib only.  Reads git snapshots fetched into /work/.mirror (bare repositories of
public projects that recorded store responses or saved store pages) and copies the
recorded values of each record (title, prices, store id) into the row format of
/work/main/tests/data/real_offers.jsonl (see real_offers.SOURCES.md there).  Nothing
is typed in: every row is a value-for-value copy of one record, and names the file
version it came from (repo, path, commit = first commit in which that blob appears).

Rows whose title (stripped) already appears in real_offers.jsonl are left out, as are
duplicates by (store, product_id) and by (store, name); sources are read newest first.

Usage:  python3 scripts/collect_real_titles_g.py   (writes tests/data/real_offers_g.jsonl;
not run in CI: it needs the snapshots in /work/.mirror)
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import subprocess
import urllib.parse
import sys
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
MIRROR = Path("/work/.mirror")
EXISTING = DATA / "real_offers.jsonl"
OUT = DATA / "real_offers_g.jsonl"


# ---------------------------------------------------------------- git helpers
def gitdir(repo: str) -> Path:
    d = MIRROR / repo.replace("/", "+") / "repo"
    if not d.is_dir():
        sys.exit(f"missing snapshot for {repo}: fetch it into {d}")
    return d


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(gitdir(repo)), "-c", "core.quotepath=off", *args],
                          check=True, capture_output=True).stdout


def commit_date(repo: str, commit: str) -> str:
    return git(repo, "show", "-s", "--format=%cs", commit).decode().strip()


def versions(repo: str, pattern: str):
    """Yield (path, first_commit, date, bytes) for every distinct blob whose path matches
    pattern, over the whole history; first_commit is the oldest commit containing it."""
    commits = git(repo, "log", "--all", "--reverse", "--format=%H").decode().split()
    seen: dict[str, tuple[str, str]] = {}
    rx = re.compile(pattern)
    for c in commits:
        for line in git(repo, "ls-tree", "-r", c).decode("utf-8").splitlines():
            meta, path = line.split("\t", 1)
            _, typ, sha = meta.split()
            if typ == "blob" and rx.fullmatch(path) and sha not in seen:
                seen[sha] = (path, c)
    out = []
    for sha, (path, c) in seen.items():
        out.append((path, c, commit_date(repo, c), git(repo, "cat-file", "-p", sha)))
    # newest first, then path
    out.sort(key=lambda v: (v[2], v[0]), reverse=True)
    return out


# ---------------------------------------------------------------- value helpers
def money(value) -> str | None:
    """Roubles (number or text such as '86,99 ₽', '1 299,99 ₽', '64.99₽', '234.090') -> '86.99'."""
    if value is None:
        return None
    s = str(value)
    s = re.sub(r"[\s\u00a0\u202f₽]", "", s).replace(",", ".")
    if s == "":
        return None
    return f"{float(s):.2f}"


def derived_id(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def row(store, pid, name, price, regular, source, observed, *, derived=False, category=None,
        brand=None, sold_by="piece"):
    r = {
        "store": store,
        "product_id": str(pid),
        "name": name,
        "brand": brand,
        "category_path": category or [],
        "price": price,
        "regular_price": regular,
        "sold_by": sold_by,
        "pack": None,
        "available": True,
        "observed_at": observed,
        "source": source,
    }
    if derived:
        r["id_derived"] = True
    return r


def src(repo, path, commit):
    return {"repo": repo, "path": path, "commit": commit}


# ---------------------------------------------------------------- readers
def magnit_mobile_csv():
    """Ig0rek15/magnit-mobile-parser: magnit webgate goods search + product card, written
    to CSV (product_id,name,regular_price,promo_price,brand,city[_id]); roubles."""
    repo = "Ig0rek15/magnit-mobile-parser"
    for path, c, date, data in versions(repo, r"(results/)?magnit_products\.csv"):
        for rec in csv.DictReader(io.StringIO(data.decode("utf-8"))):
            price = money(rec["promo_price"]) or money(rec["regular_price"])
            if price is None:
                continue
            regular = money(rec["regular_price"])
            yield row("magnit", rec["product_id"], rec["name"], price, regular, src(repo, path, c), date,
                      brand=rec["brand"] or None)


def cyber_garden_csv(store, path_re, id_re):
    """cyber-garden-t-bank/Classification: search-result cards of perekrestok.ru / dixy.ru
    written to CSV (search_word,title,price,url).  The title is the store's card title; the
    search word (the team's query) is not used.  Id = the store id at the end of the url."""
    repo = "cyber-garden-t-bank/Classification"
    for path, c, date, data in versions(repo, path_re):
        for rec in csv.DictReader(io.StringIO(data.decode("utf-8"))):
            m = re.search(id_re, urllib.parse.unquote(rec["url"]))
            yield row(store, m.group(1), rec["title"], money(rec["price"]), None, src(repo, path, c), date)


def perekrestok_page_html():
    """zamuragin03/Perekrestok-parser page.html: a saved perekrestok.ru page (product-card)."""
    repo = "zamuragin03/Perekrestok-parser"
    card_rx = re.compile(r'<a class="[^"]*product-card__link" href="(/cat/[^"]*?-(\d+))"')
    for path, c, date, data in versions(repo, r"page\.html"):
        t = data.decode("utf-8")
        starts = [m.start() for m in card_rx.finditer(t)]
        for i, s in enumerate(starts):
            chunk = t[s: starts[i + 1] if i + 1 < len(starts) else len(t)]
            pid = card_rx.match(chunk).group(2)
            title = re.search(r'<div class="product-card__title">(.*?)</div>', chunk)
            new = re.search(r'<div class="price-new">(.*?)</div>', chunk)
            if not (title and new):
                continue
            old = re.search(r'<div class="price-old">(.*?)</div>', chunk)
            unit = re.search(r'<div class="product-card__pricing">[^<]*<!-- -->/<!-- -->([^<]*)</div>', chunk)
            sold_by = "kg" if unit and unit.group(1).strip() == "кг" else "piece"
            name = html.unescape(title.group(1)).replace("\u00a0", " ").strip()
            yield row("perekrestok", pid, name, money(html.unescape(new.group(1))),
                      money(html.unescape(old.group(1))) if old else None, src(repo, path, c), date,
                      sold_by=sold_by)


def magnit_promo_csv():
    """Jlupuka/parsing_magnit_bot: magnit.ru/promo cards (Москва, 28.02.2023) written to CSV
    (page,index,Продукт,Старая цена,Новая цена,...).  No id -> derived.  The same title can
    appear on several cards with different prices; the first card in file order is kept."""
    repo = "Jlupuka/parsing_magnit_bot"
    for path, c, date, data in versions(repo, r"scrape_magnit/.*\.csv"):
        for rec in csv.DictReader(io.StringIO(data.decode("utf-8"))):
            name = rec["Продукт"]
            yield row("magnit", derived_id(name), name, money(rec["Новая цена"]), money(rec["Старая цена"]),
                      src(repo, path, c), date, derived=True)


def magnit_promo_html(repo, pattern):
    """Saved magnit.ru/promo pages (card-sale cards).  Id = /promo/<id>/.  Pharmacy cards
    (card-sale__icon_pharmacy) and cards without a new price are left out."""
    for path, c, date, data in versions(repo, pattern):
        t = data.decode("utf-8", errors="strict")
        parts = re.split(r'(?=<a href="/promo/)', t)
        for chunk in parts[1:]:
            m = re.match(r'<a href="/promo/([^/"]+)/', chunk)
            end = chunk.find("</a>")
            chunk = chunk[: end if end >= 0 else len(chunk)]
            if "card-sale__title" not in chunk or "card-sale__icon_pharmacy" in chunk:
                continue
            title = re.search(r'card-sale__title"><p>(.*?)</p>', chunk, re.S)

            def price(kind):
                p = re.search(r'label__price_' + kind + r'">\s*<span class="label__price-integer">([^<]*)</span>\s*'
                              r'<span class="label__price-decimal">([^<]*)</span>', chunk)
                return f"{int(p.group(1).strip())}.{p.group(2).strip()}" if p else None

            new = price("new")
            if not (title and new):
                continue
            name = html.unescape(title.group(1)).replace("\u00a0", " ").strip()
            yield row("magnit", m.group(1), name, money(new), money(price("old")), src(repo, path, c), date)


def five_ka_special_offers(repo, pattern):
    """5ka.ru/api/v2/special_offers saved by course homework: {"name","code","products":[...]}
    or {"results":[...]}.  Id = plu; category = the file's category name when it has one."""
    for path, c, date, data in versions(repo, pattern):
        try:
            obj = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue
        cat = []
        if isinstance(obj, dict) and "products" in obj:
            items = obj["products"]
            cat = [obj["name"]] if obj.get("name") else []
        elif isinstance(obj, dict) and "results" in obj:
            items = obj["results"]
        elif isinstance(obj, list):
            items = obj
        else:
            continue
        for it in items:
            if not isinstance(it, dict) or "plu" not in it:
                continue
            cp = it.get("current_prices") or {}
            promo, reg = cp.get("price_promo__min"), cp.get("price_reg__min")
            price = money(promo if promo is not None else reg)
            if price is None:
                continue
            yield row("pyaterochka", it["plu"], it["name"], price, money(reg) if promo is not None else None,
                      src(repo, path, c), date, category=cat)


def five_ka_ergney():
    """Ergney/Datamining-study-project: the same 5ka special offers written by the student in a
    line format ({"Название товара": "..."}, {"ID товара": offer id}, prices «25.0₽»).  The id is
    the offer id, not the PLU -> derived id; the file name is the category."""
    repo = "Ergney/Datamining-study-project"
    rx = re.compile(r'\{"Название товара": "(.*)"\},\s*\{"ID товара": "\d+"\},\s*'
                    r'\{"Стоимость товара без акции": "([^"]*)"\},\s*\{"Стоимость товара по акции": "([^"]*)"\}')
    for path, c, date, data in versions(repo, r"[^/]+\.json"):
        t = data.decode("utf-8", errors="strict")
        if '"Название товара"' not in t:
            continue
        cat = [path[:-5]]
        for name, reg, promo in rx.findall(t):
            reg_v = money(reg.replace("₽", "")) if reg.strip() not in ("", "None₽") else None
            promo_v = money(promo.replace("₽", "")) if promo.strip() not in ("", "None₽") else None
            price = promo_v or reg_v
            if price is None:
                continue
            yield row("pyaterochka", derived_id(name), name, price, reg_v if promo_v else None,
                      src(repo, path, c), date, derived=True, category=cat)


# newest and most structured first
SOURCES = [
    ("Ig0rek15/magnit-mobile-parser", magnit_mobile_csv),
    ("cyber-garden perekrestok", lambda: cyber_garden_csv("perekrestok", r"perekrestok_products\.csv", r"-(\d+)/?$")),
    ("cyber-garden dixy", lambda: cyber_garden_csv("dixy", r"diksi_products\.csv", r"/([^/]+)/?$")),
    ("zamuragin03/Perekrestok-parser", perekrestok_page_html),
    ("Jlupuka/parsing_magnit_bot", magnit_promo_csv),
    ("matolgithub/Git_scraper_Magnit_Prices_Cities_140922",
     lambda: magnit_promo_html("matolgithub/Git_scraper_Magnit_Prices_Cities_140922", r"index\.html")),
    ("heavenyoung1/Magnit_Parser", lambda: magnit_promo_html("heavenyoung1/Magnit_Parser", r"data\.html")),
    ("StrizhAXE/DataMining_GB", lambda: five_ka_special_offers("StrizhAXE/DataMining_GB", r"products/.*\.json")),
    ("Ergney/Datamining-study-project", five_ka_ergney),
    ("sofo4ka/Data_Mining_Homework", lambda: magnit_promo_html("sofo4ka/Data_Mining_Homework", r"magnit\.html")),
    ("seventeenjoker/13012021_DATA_MAINING",
     lambda: five_ka_special_offers("seventeenjoker/13012021_DATA_MAINING", r"products/.*\.json")),
]


def main() -> None:
    existing = set()
    for line in EXISTING.read_text(encoding="utf-8").splitlines():
        existing.add(json.loads(line)["name"].strip())
    rows, seen_id, seen_name = [], set(), set()
    skipped = Counter()
    for label, reader in SOURCES:
        for r in reader():
            key_id, key_name = (r["store"], r["product_id"]), (r["store"], r["name"].strip())
            if r["name"].strip() in existing:
                skipped["title already in real_offers.jsonl"] += 1
                continue
            if key_id in seen_id or key_name in seen_name:
                skipped["duplicate id/name"] += 1
                continue
            seen_id.add(key_id)
            seen_name.add(key_name)
            rows.append(r)
    rows.sort(key=lambda r: (r["store"], r["source"]["repo"], r["source"]["path"], r["product_id"]))
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter(r["store"] for r in rows)
    by_src = Counter((r["store"], r["source"]["repo"], r["source"]["path"], r["source"]["commit"][:10],
                      r["observed_at"]) for r in rows)
    print(f"wrote {len(rows)} rows to {OUT.name}: {dict(sorted(by.items()))}")
    for k, v in sorted(by_src.items()):
        print(f"  {v:5d}  {' | '.join(k)}")
    print("skipped:", dict(skipped))


if __name__ == "__main__":
    main()
