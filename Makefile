# Convenience targets; the README's two commands are the supported entry points.
PY ?= .venv/bin/python

.PHONY: setup test lint train bench
setup:
	./scripts/setup.sh

test:
	$(PY) -m pytest tests

lint:
	$(PY) -m ruff check src tests bench scripts

train:
	$(PY) scripts/train_events.py

bench:
	$(PY) bench/throughput.py
