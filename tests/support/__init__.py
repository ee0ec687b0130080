"""What the tests share: helpers imported as ``from support.X import ...``.

pytest puts tests/ on sys.path (rootdir-relative, "prepend" import mode, no
``tests/__init__.py``), so this package imports as ``support``. Fixtures and
hooks stay in tests/conftest.py; no test imports from conftest or another test.
"""
