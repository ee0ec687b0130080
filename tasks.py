"""invoke's entry point: it only wires the task collections that live under brownbag/cli.

    $ invoke --list
"""

from invoke import Collection

from brownbag.cli import bench, demos, recordings, slides, stack, testing

ns = Collection()
for task in (stack.up, stack.down, stack.status, stack.logs, stack.restart,
             stack.worker, stack.beat, stack.flower, stack.env, demos.demo, demos.present, testing.test):
    ns.add_task(task)

deck = Collection.from_module(slides, name="slides")
deck.add_task(recordings.record)
ns.add_collection(deck)
ns.add_collection(Collection.from_module(bench, name="bench"))
