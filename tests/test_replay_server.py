"""The replay server that store tests rely on: routes, query matching, 404s, recording."""

import httpx

from tests.replay import ReplayServer, Route


def test_replay_server_matches_method_path_and_query_and_404s_the_rest() -> None:
    routes = [
        Route("GET", "/a", json_body={"x": 1}, query={"q": "молоко"}),
        Route("POST", r"/b/\d+", regex=True, status=403, body="no"),
    ]
    with ReplayServer(routes) as server:
        assert httpx.get(server.url + "/a", params={"q": "молоко"}).json() == {"x": 1}
        assert httpx.get(server.url + "/a").status_code == 404
        blocked = httpx.post(server.url + "/b/12", json={"p": 1})
        assert blocked.status_code == 403
        assert blocked.text == "no"
        assert server.requests[-1].json() == {"p": 1}


def test_replay_route_with_times_answers_only_that_often() -> None:
    routes = [
        Route("GET", "/x", status=401, times=1),
        Route("GET", "/x", json_body={"ok": True}),
    ]
    with ReplayServer(routes) as server:
        assert httpx.get(server.url + "/x").status_code == 401
        assert httpx.get(server.url + "/x").json() == {"ok": True}
