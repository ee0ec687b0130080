"""Who may start a run: cross-site requests refused, a token off loopback, a cap on
concurrent runs, and a fuzzed API that never answers 500 nor starts anything unlisted."""

from __future__ import annotations

import json
import string
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from starlette.datastructures import Headers

from brownbag.live.guard import is_loopback, refusal

from support.demo_app import celery_app_on
from support.ports import free_ports

DEMO = "/api/demos/canvas.group/runs"


def headers(**values: str) -> Headers:
    return Headers({k.replace("_", "-"): v for k, v in values.items()})


def test_same_origin_and_scripts_pass():
    assert refusal(headers(host="127.0.0.1:8000", origin="http://127.0.0.1:8000"), None) is None
    assert refusal(headers(host="127.0.0.1:8000"), None) is None  # curl, invoke: no Origin


def test_other_sites_are_refused():
    reason = refusal(headers(host="127.0.0.1:8000", origin="https://evil.example"), None)
    assert reason and "cross-origin" in reason
    assert refusal(headers(host="127.0.0.1:8000", sec_fetch_site="cross-site"), None)


def test_token_needed_only_when_given():
    assert refusal(headers(host="10.0.0.5:8000"), "s3cret")
    assert refusal(headers(host="10.0.0.5:8000", authorization="Bearer wrong"), "s3cret")
    assert refusal(headers(host="10.0.0.5:8000", authorization="Bearer s3cret"), "s3cret") is None


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True),
                                            ("::1", True), ("0.0.0.0", False),
                                            ("192.168.1.20", False)])
def test_loopback(host, loopback):
    assert is_loopback(host) is loopback


@pytest.fixture
def dead_broker_client(tmp_path):
    """The real app on a broker with nothing listening: validation runs, nothing can start."""
    from starlette.testclient import TestClient

    from brownbag import settings
    from brownbag.live.app import create_app
    from demo.celery import app as celery_app

    def make(bind: str = "127.0.0.1"):
        cfg = {**settings.load(), "bind": bind, "home": str(tmp_path)}
        # outside a `with` block TestClient skips the lifespan: no events bridge
        return TestClient(create_app(celery_app, cfg=cfg), base_url=f"http://{bind}:8000")

    with celery_app_on(f"redis://127.0.0.1:{free_ports(1)[0]}/0"):
        yield make


def test_cross_site_post_is_403_and_starts_nothing(dead_broker_client):
    client = dead_broker_client()
    response = client.post(DEMO, json={}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403 and "cross-origin" in response.json()["error"]
    same = client.post(DEMO, json={}, headers={"Origin": "http://127.0.0.1:8000"})
    assert same.status_code == 503  # got past the guard, stopped by the (dead) broker


def test_beyond_loopback_a_token_is_required(dead_broker_client, tmp_path):
    from brownbag.stack import credentials

    client = dead_broker_client(bind="0.0.0.0")
    token = credentials.load(tmp_path)["live"]["token"]
    assert client.post(DEMO, json={}).status_code == 403
    wrong = client.post(DEMO, json={}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    right = client.post(DEMO, json={}, headers={"Authorization": f"Bearer {token}"})
    assert right.status_code == 503
    assert client.get("/api/demos").status_code == 200  # reading stays open
    assert oct((tmp_path / "credentials.json").stat().st_mode & 0o777) == "0o600"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example(demo="/\n", body={})  # found by CI: a newline fell past the API's catch-all route
@given(demo=st.one_of(st.sampled_from(["canvas.group", "canvas.chain", "errors.retry",
                                       "practices.acks_late", "broker.compare"]),
                      st.text(alphabet=string.printable, max_size=30)),
       body=st.one_of(st.dictionaries(st.sampled_from(["params", "extra"]), json_values, max_size=2),
                      json_values, st.binary(max_size=40)))
def test_fuzzed_requests_never_500_nor_start_the_unlisted(dead_broker_client, demo, body):
    from brownbag.scenarios import catalogue

    client = dead_broker_client()
    known = {s.id for s in catalogue()}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = client.post(f"/api/demos/{quote(demo, safe='')}/runs", content=content)
    assert response.status_code in (400, 404, 405, 413, 422, 503), response.text
    assert response.headers["content-type"].startswith("application/json")
    assert "error" in response.json()
    if response.status_code == 503:  # only a valid request to a listed demo gets this far
        assert demo in known
