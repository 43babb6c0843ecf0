"""`korzina schema`: the JSON schema of each command's `--json` document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from korzina.cli.app import cli
from korzina.cli.responses import RESPONSES


def schema_of(command: str) -> dict[str, Any]:
    """The schema of what ``korzina COMMAND --json`` prints (its serialized form)."""
    return RESPONSES[command].model_json_schema(mode="serialization")


def schema_text(command: str) -> str:
    return json.dumps(schema_of(command), ensure_ascii=False, indent=2) + "\n"


@cli.command("schema")
@click.argument("command", required=False, type=click.Choice(sorted(RESPONSES)))
@click.option(
    "--write",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    help="Записать схемы в папку (КОМАНДА.json), как в docs/json-schema.",
)
def schema_command(command: str | None, directory: Path | None) -> None:
    """JSON-схема вывода --json команды (или всех команд)."""
    chosen = [command] if command else sorted(RESPONSES)
    if directory is not None:
        directory.mkdir(parents=True, exist_ok=True)
        for name in chosen:
            (directory / f"{name}.json").write_text(schema_text(name), encoding="utf-8")
            click.echo(str(directory / f"{name}.json"))
        return
    if command:
        click.echo(schema_text(command), nl=False)
    else:
        doc = {name: schema_of(name) for name in chosen}
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
