"""`--json` documents: one pydantic model per command, its schema committed in docs/."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from korzina.cli.responses import RESPONSES
from korzina.cli.schema import schema_text
from tests.replay import run_korzina_text

SCHEMAS = Path(__file__).parents[2] / "docs" / "json-schema"


def test_the_committed_schemas_are_the_models_schemas() -> None:
    # Regenerate with: korzina schema --write docs/json-schema
    assert sorted(p.stem for p in SCHEMAS.glob("*.json")) == sorted(RESPONSES)
    for command in RESPONSES:
        committed = (SCHEMAS / f"{command}.json").read_text(encoding="utf-8")
        assert committed == schema_text(command), command


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (["parse", "--json", "2 пачки масла 82%, десяток яиц С0, сыр гауда для мамы"], "parse"),
        (["parse", "--json", "привет"], "parse"),
        (["demo", "--json", "--max-stores", "2", "--card"], "demo"),
        (["demo", "--json", "самое дешёвое молоко"], "demo"),
        (["basket", "--json", "--offline", "молоко, хлеб"], "basket"),
    ],
)
def test_real_output_matches_its_committed_schema(
    args: list[str], command: str, tmp_path: Path
) -> None:
    code, out, err = run_korzina_text(args, {}, tmp_path)
    assert code == 0, err
    doc = json.loads(out)
    schema = json.loads((SCHEMAS / f"{command}.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    if command != "parse":
        # Money is a JSON number, not a string, wherever it appears.
        for b in doc["baskets"]:
            assert all(
                isinstance(v, int | float) for v in (b["total"], *(x["cost"] for x in b["lines"]))
            )


def test_schema_command_prints_one_or_all(tmp_path: Path) -> None:
    code, out, err = run_korzina_text(["schema", "basket"], {}, tmp_path)
    assert code == 0, err
    assert out == schema_text("basket")
    code, out, _ = run_korzina_text(["schema"], {}, tmp_path)
    assert code == 0 and sorted(json.loads(out)) == sorted(RESPONSES)
