"""invoke's entry point: it only wires the task collections that live under demo/cli.

    $ invoke --list
"""

from invoke import Collection

from demo.cli import stack, testing

ns = Collection()
for task in (stack.up, stack.down, stack.status, stack.logs, stack.restart,
             stack.worker, stack.beat, stack.flower, testing.test):
    ns.add_task(task)
