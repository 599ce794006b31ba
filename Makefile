# Convenience targets; ./dev does the work (and installs what is missing).
.PHONY: run test setup lint bench package

run:
	./dev run

test:
	./dev test

setup:
	./dev setup

lint:
	.venv/bin/ruff check vipcrm tests migrations bench
	.venv/bin/ruff format --check vipcrm tests migrations bench

bench:
	./dev bench

package:
	./dev package
