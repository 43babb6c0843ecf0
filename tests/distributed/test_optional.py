"""The single-machine path stays as simple as before: the CLI never imports arq or redis."""

from __future__ import annotations

import subprocess
import sys


def test_loading_the_cli_imports_neither_arq_nor_redis() -> None:
    code = "import sys, korzina.cli; print(sorted(m for m in ('arq', 'redis') if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]"
