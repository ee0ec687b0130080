"""Monitoring as production runs it: the queue exporter (exporter.py), the stack's
Prometheus configuration (prometheus.py) and what the metric slides ask it (query.py)."""
