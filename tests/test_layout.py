"""Two packages: ``demo`` (the Celery project the talk teaches) never imports ``brownbag``
(the machinery that runs the show), not even indirectly: the checks read ``sys.modules``
of real processes, a plain ``import demo`` and a real ``celery -A demo worker``.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from support.faults import wait_for

ROOT = Path(__file__).resolve().parent.parent

# `celery -A demo worker ...` exactly as the celery command runs it, plus two signal
# handlers that write sys.modules down: the main process once ready, the pool child at start.
WORKER = textwrap.dedent("""
    import json, os, sys
    from celery.signals import worker_process_init, worker_ready

    out_dir, sys.argv = sys.argv[1], ["celery", *sys.argv[2:]]

    def dump(name):
        with open(os.path.join(out_dir, name + ".tmp"), "w") as out:
            json.dump(sorted(sys.modules), out)
        os.replace(os.path.join(out_dir, name + ".tmp"), os.path.join(out_dir, name))

    worker_ready.connect(lambda **_: dump("main.json"), weak=False)
    worker_process_init.connect(lambda **_: dump("child.json"), weak=False)

    from celery.__main__ import main
    sys.exit(main())
""")


def machinery(modules) -> set[str]:
    return {name for name in modules if name.split(".")[0] == "brownbag"}


def test_demo_modules_import_nothing_from_brownbag():
    for module in (ROOT / "demo").rglob("*.py"):
        tree = ast.parse(module.read_text(), filename=str(module))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not machinery(names), f"{module.name}:{node.lineno} imports the machinery"


def test_import_demo_loads_no_brownbag_module():
    code = ("import json, sys, demo; demo.app.loader.import_default_modules(); "
            "print(json.dumps(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=True)
    modules = json.loads(result.stdout)
    assert {"demo.celery", "demo.imports", "demo.engines"} <= set(modules)
    assert not machinery(modules)


def test_celery_worker_on_demo_loads_no_brownbag_module(stack, tmp_path):
    """A real prefork worker with one child, on the test broker, up to "ready"."""
    args = ["-A", "demo", "worker", "-P", "prefork", "-c", "1", "-Q", "layout-probe",
            "-n", f"layout-{os.getpid()}@%h", "--without-heartbeat", "--without-mingle",
            "--without-gossip", "-l", "warning"]
    log = tmp_path / "worker.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path), *args], cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **stack.env})
    try:
        try:
            wait_for(lambda: proc.poll() is not None or (
                (tmp_path / "main.json").exists() and (tmp_path / "child.json").exists()), 60,
                interval=0.2, what="the worker's modules")
        except AssertionError:
            pass  # said below, with the worker's log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for name in ("main.json", "child.json"):
        assert (tmp_path / name).exists(), f"the worker never got to {name}:\n{log.read_text()[-2000:]}"
        modules = json.loads((tmp_path / name).read_text())
        assert {"demo.celery", "demo.imports", "celery.worker.worker"} <= set(modules)
        assert not machinery(modules), f"{name}: {sorted(machinery(modules))}"
