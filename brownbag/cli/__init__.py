"""The invoke task collections: ``up``/``down``/``status``…, ``demo``, ``slides.*``, ``bench.*``, ``test``.

Each module turns command-line options into a call to the package that does the
work (``brownbag.stack``, ``scenarios``, ``deck``, ``bench``) and prints the
outcome with rich; no stack, deck or benchmark logic lives here. ``tasks.py``
at the root only wires these collections together.
"""
