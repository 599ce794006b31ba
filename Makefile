# Convenience targets; ./dev does the work (and installs what is missing).
.PHONY: run test setup lint bench package wheel lock icons

run:
	./dev run

test:
	./dev test

setup:
	./dev setup

lint:
	.venv/bin/ruff check vipcrm tests migrations bench tools setup.py
	.venv/bin/ruff format --check vipcrm tests migrations bench tools setup.py
	.venv/bin/lint-imports --no-cache
	.venv/bin/mypy

bench:
	./dev bench

package:
	./dev package

wheel:
	./dev wheel

lock:
	./dev lock

icons:
	./dev icons
