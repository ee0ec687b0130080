"""Traces of Celery tasks: an OTLP/HTTP receiver the trace demo sends its spans to."""
