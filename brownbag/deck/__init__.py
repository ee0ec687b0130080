"""The deck: the ``demo`` and ``code-of`` directives, the layout and the build around hovercraft.

``invoke slides.build`` / ``invoke slides.watch`` (brownbag/cli/slides.py) drive it.
The talk's text is ``slides/talk.rst``, its code is shown from ``demo/`` by dotted
name (``.. code-of:: demo.basics.add``, ``code_of.py``), and
the panel's behaviour in the browser is ``slides/assets/live.js``; this package
only turns them into ``slides/_build/`` (and serves that while editing).
"""
