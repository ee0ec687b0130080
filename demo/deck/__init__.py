"""The deck: the ``demo`` directive, the layout and the build around hovercraft.

``invoke slides.build`` / ``invoke slides.watch`` (demo/cli/slides.py) drive it.
"""
