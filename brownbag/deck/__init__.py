"""The deck: the ``demo`` directive, the layout and the build around hovercraft.

``invoke slides.build`` / ``invoke slides.watch`` (brownbag/cli/slides.py) drive it.
The talk's text is ``slides/talk.rst``, its code is included from ``demo/``, and
the panel's behaviour in the browser is ``slides/assets/live.js``; this package
only turns them into ``slides/_build/`` (and serves that while editing).
"""
