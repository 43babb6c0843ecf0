"""Shared adapter HTTP helpers: blocks, outages and shape changes become the right errors."""

from datetime import UTC, datetime

import httpx
import pytest

from korzina.core.errors import (
    IncompleteReply,
    ShapeChanged,
    StoreBlocked,
    StoreRateLimited,
    StoreUnavailable,
)
from korzina.core.store_http import expect_json, field, retry_after_s, send


def _resp(
    status: int, body: str, ctype: str = "application/json", url: str = "https://x.ru/api"
) -> httpx.Response:
    return httpx.Response(
        status, text=body, headers={"content-type": ctype}, request=httpx.Request("GET", url)
    )


def test_expect_json_returns_decoded_body() -> None:
    assert expect_json(_resp(200, '{"a": [1]}'), "s") == {"a": [1]}


@pytest.mark.parametrize("status", [401, 403])
def test_expect_json_treats_auth_statuses_as_blocked(status: int) -> None:
    with pytest.raises(StoreBlocked):
        expect_json(_resp(status, "{}"), "s")


@pytest.mark.parametrize(
    ("retry_after", "seconds"),
    [("7", 7.0), ("Fri, 04 Dec 2026 18:00:30 GMT", 30.0), ("", None), ("soon", None)],
)
def test_a_plain_429_is_too_many_requests_with_its_retry_after_not_a_block(
    retry_after: str, seconds: float | None
) -> None:
    response = httpx.Response(
        429,
        content=b"{}",
        headers={"content-type": "application/json", "retry-after": retry_after},
        request=httpx.Request("GET", "https://store.test/api"),
    )
    with pytest.raises(StoreRateLimited) as caught:
        expect_json(response, "s")
    assert not isinstance(caught.value, StoreBlocked)
    if seconds is not None and not retry_after.isdigit():
        now = datetime(2026, 12, 4, 18, 0, 0, tzinfo=UTC)
        assert retry_after_s(response, now=now) == seconds
    else:
        assert caught.value.retry_after == seconds


def test_a_429_that_is_an_anti_bot_page_is_a_block() -> None:
    page = "<html>Подтвердите, что вы не робот: captcha-control</html>"
    with pytest.raises(StoreBlocked, match="429"):
        expect_json(_resp(429, page, "text/html"), "s")


def test_expect_json_treats_html_stub_as_blocked() -> None:
    stub = (
        '<html><noscript><meta http-equiv="refresh" content="0; url=/exhkqyad"></noscript></html>'
    )
    with pytest.raises(StoreBlocked, match="exhkqyad"):
        expect_json(_resp(200, stub, "text/html"), "perekrestok")


def test_expect_json_treats_redirect_to_challenge_url_as_blocked() -> None:
    with pytest.raises(StoreBlocked):
        expect_json(_resp(200, "{}", url="https://5ka.ru/xpvnsulc/?back_location=/"), "s")


def test_expect_json_treats_5xx_as_transient() -> None:
    with pytest.raises(StoreUnavailable):
        expect_json(_resp(503, "oops", "text/plain"), "s")


def test_expect_json_reports_broken_json_as_shape_change() -> None:
    with pytest.raises(ShapeChanged):
        expect_json(_resp(200, "{broken"), "s")


def test_field_names_the_missing_path() -> None:
    with pytest.raises(ShapeChanged, match=r"content\.items"):
        field("s", {"content": {}}, "content.items")
    assert field("s", {"a": [{"b": 2}]}, "a.0.b") == 2
    assert field("s", {"a": {}}, "a.b", default=None) is None


def test_field_names_the_full_path_of_an_item_inside_a_page() -> None:
    with pytest.raises(ShapeChanged, match=r"content\.items\.3\.priceTag"):
        field("s", {"title": "x"}, "priceTag", where="content.items.3")


async def test_send_maps_timeouts_and_network_errors() -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(boom), base_url="https://x.ru") as c:
        with pytest.raises(StoreUnavailable) as info:
            await send(c, "s", "GET", "/a")
    assert info.value.timeout

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async with httpx.AsyncClient(
        transport=httpx.MockTransport(refused), base_url="https://x.ru"
    ) as c:
        with pytest.raises(StoreUnavailable) as info:
            await send(c, "s", "GET", "/a")
    assert not info.value.timeout


# --- StoreAdapter's request helpers -----------------------------------------------


async def test_adapter_fetch_json_names_the_shop_in_a_block_and_maps_failures() -> None:
    from korzina.core.store import StoreSettings
    from tests.fakes import FakeStore

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/blocked":
            return httpx.Response(403, text="<html>Я не робот</html>")
        if request.url.path == "/refused":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        return httpx.Response(200, json={"ok": True})

    client = httpx.AsyncClient(base_url="http://s.test", transport=httpx.MockTransport(answer))
    async with FakeStore(client, StoreSettings(base_url="http://s.test")) as store:
        assert await store._fetch_json("GET", "/fine") == {"ok": True}
        with pytest.raises(StoreBlocked) as blocked:
            await store._fetch_json("GET", "/blocked", where=" (shop 35XY)")
        assert str(blocked.value) == "fake: HTTP 403: anti-bot page (Я не робот) (shop 35XY)"
        with pytest.raises(StoreUnavailable) as refused:
            await store._fetch_json("GET", "/refused")
        assert refused.value.connect_failed and not refused.value.timeout


@pytest.mark.parametrize(
    "body",
    ['{"products": [{"name": "Молоко", "price": "89.', '{"items": [{"id": 1},', '[{"a": 12'],
    ids=["in-a-string", "after-a-comma", "in-a-number"],
)
def test_expect_json_reports_json_cut_short_as_an_incomplete_reply(body: str) -> None:
    with pytest.raises(IncompleteReply) as info:
        expect_json(_resp(200, body), "s")
    assert info.value.user_message == "Магазин прислал неполный ответ."
    assert isinstance(info.value, StoreUnavailable)  # transient: worth a retry


def test_expect_json_tells_malformed_json_from_json_cut_short() -> None:
    with pytest.raises(ShapeChanged):
        expect_json(_resp(200, '{"a": 1}}'), "s")
