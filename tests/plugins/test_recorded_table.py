"""The recorded-file table itself: a file in neither table or in both fails."""

from __future__ import annotations

from typing import Any

import pytest

from tests.plugins.recorded_table import Consumed, Unused, check_accounted, read_text


def _never(_: Any) -> None:
    raise AssertionError("must not run")


def test_a_recorded_file_in_neither_table_fails() -> None:
    with pytest.raises(pytest.fail.Exception, match="in neither table"):
        check_accounted("dixy", "product_initElementData_live_2026-09-27.json", {}, {})


def test_a_recorded_file_in_both_tables_fails() -> None:
    name = "product_initElementData_live_2026-09-27.json"
    with pytest.raises(pytest.fail.Exception, match="both consumed and listed as unused"):
        check_accounted(
            "dixy",
            name,
            {name: Consumed(parse=_never, check=_never)},
            {name: Unused(reason="x", check=_never)},
        )


def test_an_unused_file_without_a_reason_fails() -> None:
    name = "product_page_fragment_webarchive_2026-01-24.html"
    with pytest.raises(AssertionError, match="needs a reason"):
        check_accounted("dixy", name, {}, {name: Unused(" ", lambda _: None, read_text)})
