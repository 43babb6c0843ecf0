"""Compile korzina's gettext catalogues (.po → .mo) with babel.

    python scripts/compile_locale.py

The .mo files are committed (an installed korzina needs no build step);
tests/cli/test_i18n.py fails when one is older than its .po.
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parent.parent / "korzina" / "locale"


def compiled(po: Path) -> bytes:
    with po.open("rb") as f:
        catalog = read_po(f)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def main() -> None:
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        mo.write_bytes(compiled(po))
        print(f"{po} → {mo}")


if __name__ == "__main__":
    main()
