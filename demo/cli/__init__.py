"""invoke task collections. ``tasks.py`` at the root only wires these together."""
