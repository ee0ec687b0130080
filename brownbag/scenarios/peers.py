"""Celery beside Dramatiq, RQ, Huey and Taskiq, measured live on the same Redis (brownbag/bench/peers.py)."""

from __future__ import annotations

from brownbag.bench import peers as peer_bench

from .measured import finish, lock_wait, parse_names
from .payoff import table as view
from .registry import Expect, Param, scenario


@scenario(
    "peers.compare", "Celery and the queues people pick instead, on one Redis",
    slide="Ecosystem / What would you pick instead?",
    expect=Expect(lambda r, i: [row["library"] for row in r["table"]] == ["celery", "dramatiq"]
                  and all(isinstance(row["drain s"], float) for row in r["table"]),
                  params={"libraries": "celery,dramatiq", "noops": 10, "round_trips": 5, "io_tasks": 10},
                  events=False),
    params=[
        Param("libraries", str, ",".join(peer_bench.LIBRARIES),
              help="comma-separated: celery, dramatiq, rq, huey, taskiq"),
        Param("noops", int, 200, min=10, max=5000, help="no-op tasks drained"),
        Param("round_trips", int, 20, min=5, max=500, help="tasks sent one at a time, result read back"),
        Param("io_tasks", int, 50, min=10, max=500, help="tasks each waiting 0.1 s on the slow endpoint"),
    ],
    timeout=120.0,
)
def peers_compare(run, libraries, noops, round_trips, io_tasks):
    """Each library gets its own workers (started for it, stopped by pid), configured as its
    docs show for IO-bound work at concurrency 10: N no-ops drained, round trips through
    its result API, and an IO batch against its ideal."""
    names = parse_names(libraries, peer_bench.LIBRARIES, "library")
    run.note(f"{', '.join(names)} on the same Redis, one at a time: {noops} no-ops, {round_trips} round trips, "
             f"{io_tasks} waits of 0.1 s at concurrency 10; about {5 * len(names) + 5} s")

    def on_row(row):
        if row["status"] == "ok":
            run.note(f"{row['library']} {row['version']}: {row['noops']} no-ops in {row['drain_s']:.2f} s, "
                     f"round trip p50 {row['p50_ms']:.1f} ms, IO {row['io_efficiency']:.0%} of ideal", row=row)
        else:
            run.note(f"{row['library']}: {row['status']} ({row.get('reason')})", row=row)

    result = peer_bench.run(names, quick=True, on_row=on_row, noops=noops, round_trips=round_trips,
                            io_tasks=io_tasks, **lock_wait(run, 5.0 * len(names) + 10))
    table = [{"library": r["library"], "drain s": r.get("drain_s", r["status"]), "p50 ms": r.get("p50_ms", ""),
              "IO % ideal": round(100 * r["io_efficiency"]) if "io_efficiency" in r else ""}
             for r in result["rows"]]
    return finish(run, result, "peers", table,
                   view(["library", "drain s", "p50 ms", "IO % ideal"],
                        [[r["library"], *(r[k] for k in ("drain s", "p50 ms", "IO % ideal"))] for r in table],
                        headline=peers_headline(result["rows"])))


def peers_headline(rows: list[dict]) -> str:
    """Who drained the no-ops first and who answered a round trip first, in this run."""
    ok = [r for r in rows if r["status"] == "ok"]
    if not ok:  # finish() then fails the run: nothing was measured
        return "nothing could be measured"
    drain = min(ok, key=lambda r: r["drain_s"])
    trip = min(ok, key=lambda r: r["p50_ms"])
    return (f"drained first: {drain['library']} ({drain['drain_s']:.2f} s); "
            f"quickest round trip: {trip['library']} ({trip['p50_ms']:.1f} ms)")
