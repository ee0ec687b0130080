"""Celery beside Dramatiq, RQ, Huey and Taskiq, measured live on the same Redis (brownbag/bench/peers.py)."""

from __future__ import annotations

from brownbag.bench import peers as peer_bench

from .measured import finish, lock_wait, parse_names
from .payoff import bars, group, with_headline
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

    seen: list[dict] = []
    run.payoff(peer_bars(seen, names, noops))

    def on_row(row):
        seen.append(row)
        run.payoff(peer_bars(seen, names, noops))
        if row["status"] == "ok":
            run.note(f"{row['library']} {row['version']}: {row['noops']} no-ops in {row['drain_s']:.2f} s, "
                     f"round trip p50 {row['p50_ms']:.1f} ms, IO {row['io_efficiency']:.0%} of ideal", row=row)
        else:
            run.note(f"{row['library']}: {row['status']} ({row.get('reason')})", row=row)

    result = peer_bench.run(names, quick=True, on_row=on_row, noops=noops, round_trips=round_trips,
                            io_tasks=io_tasks, **lock_wait(run, 5.0 * len(names) + 10))
    # "table" keeps every number of the run for the terminal, the tests and `expect`; the
    # slide draws the chart, whose notes carry the same round trips and IO figures.
    table = [{"library": r["library"], "drain s": r.get("drain_s", r["status"]), "p50 ms": r.get("p50_ms", ""),
              "IO % ideal": round(100 * r["io_efficiency"]) if "io_efficiency" in r else ""}
             for r in result["rows"]]
    return finish(run, result, "peers", table,
                  with_headline(peer_bars(result["rows"], names, noops), peers_headline(result["rows"])))


def peer_bars(rows: list[dict], expected: list[str], noops: int) -> dict:
    """Each library's drain time, one bar per library (RQ's seconds beside the others'
    tenths make it a log scale); its note the round trip and the IO batch. A library
    still to come is drawn empty; one that could not run says why."""
    by_library = {r.get("name", r["library"]): r for r in rows}
    groups = []
    for name in expected:
        row = by_library.get(name)
        if row is None:
            groups.append(group(name, None, note="…"))
        elif row["status"] != "ok":
            groups.append(group(name, None, note=f"not measured: {short_reason(row)}", missing=True))
        else:
            groups.append(group(name, row["drain_s"],
                                note=f"round trip p50 {row['p50_ms']:.1f} ms · IO {row['io_efficiency']:.0%} of ideal"))
    return bars(groups, series=[f"{noops:,} no-ops drained"], unit="seconds", better="lower")


def short_reason(row: dict, most: int = 48) -> str:
    """Why a library was not measured, short enough for a chart's note: the reason's first
    clauses ("dramatiq is not installed", "TimeoutError: 3 of 200 tasks done after 40 s");
    the whole reason is in the run's notes."""
    parts = str(row.get("reason") or row["status"]).split(": ")
    said = parts[0]
    for part in parts[1:]:
        if len(said) + 2 + len(part) > most:
            break
        said += ": " + part
    if len(said) > most:
        said = said[:most - 1].rsplit(" ", 1)[0] + "…"
    return said


def peers_headline(rows: list[dict]) -> str:
    """Who drained the no-ops first and who answered a round trip first, in this run."""
    ok = [r for r in rows if r["status"] == "ok"]
    if not ok:  # finish() then fails the run: nothing was measured
        return "nothing could be measured"
    drain = min(ok, key=lambda r: r["drain_s"])
    trip = min(ok, key=lambda r: r["p50_ms"])
    return (f"drained first: {drain['library']} ({drain['drain_s']:.2f} s); "
            f"quickest round trip: {trip['library']} ({trip['p50_ms']:.1f} ms)")
