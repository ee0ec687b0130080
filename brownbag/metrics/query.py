"""What the metric slides ask Prometheus, through its HTTP API (/api/v1/...)."""

from __future__ import annotations

import httpx


class PrometheusError(RuntimeError):
    """Prometheus did not answer, or refused the query: one line saying which."""


def get(base: str, path: str, **params) -> dict | list:
    try:
        reply = httpx.get(f"{base}{path}", params=params, timeout=3.0)
        body = reply.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise PrometheusError(f"Prometheus at {base} did not answer {path}: "
                              f"{type(exc).__name__}: {exc}") from None
    if body.get("status") != "success":
        raise PrometheusError(f"Prometheus refused {params.get('query', path)!r}: "
                              f"{body.get('error', body)}")
    return body["data"]


def instant(base: str, promql: str) -> dict[tuple, float]:
    """An instant query: {labels as sorted (name, value) pairs: value}."""
    data = get(base, "/api/v1/query", query=promql)
    return {tuple(sorted(r["metric"].items())): float(r["value"][1]) for r in data["result"]}


def value(base: str, promql: str, default: float = 0.0) -> float:
    """One number: the query's single series (or the sum of several), ``default`` if none."""
    found = instant(base, promql)
    return sum(found.values()) if found else default


def alerts(base: str) -> list[dict]:
    """The alerts Prometheus holds now (pending or firing), as /api/v1/alerts gives them."""
    return get(base, "/api/v1/alerts")["alerts"]


def alert_state(base: str, name: str, **labels) -> str:
    """``inactive``, ``pending`` or ``firing``: the state of alert ``name`` with ``labels``."""
    for alert in alerts(base):
        if alert["labels"].get("alertname") == name and \
                all(alert["labels"].get(k) == v for k, v in labels.items()):
            return alert["state"]
    return "inactive"


def ready(base: str) -> tuple[bool, str]:
    """Is Prometheus up and its storage ready (/-/ready)? With why, for the panels."""
    try:
        reply = httpx.get(f"{base}/-/ready", timeout=1.0)
    except httpx.HTTPError as exc:
        return False, f"no answer at {base}: {type(exc).__name__}"
    return (reply.status_code == 200,
            "ready" if reply.status_code == 200 else f"{base}/-/ready said {reply.status_code}")
