# BidDesk 评标台 — the two commands a fresh machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
# the suite runs in parallel processes (pytest-xdist): every test uses its own temporary files
TEST_WORKERS ?= 2

.PHONY: run test bench lint fuzz screenshots clean dist dist-check bytecode

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	@# compat: a plain path entry (setuptools' default editable finder costs ~9 ms at every start)
	$(PY) -m pip install -q -e '.[test]' --config-settings editable_mode=compat
	rm -f $(VENV)/.installed-* && touch $(STAMP)

## bytecode: compile the sources once (an installed package has its .pyc; where PYTHONDONTWRITEBYTECODE is set,
## every start would compile every module it imports again)
bytecode: $(STAMP)
	@$(PY) -m compileall -q -j 0 app widgets main.py bench >/dev/null

## run: open the desktop window (the bundled Pingdingshan sample when no project is open)
run: $(STAMP) bytecode
	tools/ensure-system-deps.sh gui
	$(PY) main.py

## test: the whole suite, headless
test: $(STAMP) bytecode
	tools/ensure-system-deps.sh test
	@start=$$(date +%s); QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_WORKERS); status=$$?; \
	echo "make test: $$(( $$(date +%s) - start )) s of tests on $(TEST_WORKERS) workers"; exit $$status

## bench: speed figures (printed, never asserted)
bench: $(STAMP) bytecode
	tools/ensure-system-deps.sh test
	$(PY) bench/bench_evaluate.py
	$(PY) bench/bench_reports.py
	$(PY) bench/bench_gui.py
	$(PY) bench/bench_gui_huge.py
	$(PY) bench/bench_screen.py
	$(PY) bench/bench_room.py
	$(PY) bench/bench_huge.py
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) bench/bench_start.py

## screenshots: every screen of the window under Xvfb, in Chinese and English (build/screenshots/)
screenshots: $(STAMP)
	tools/ensure-system-deps.sh gui
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) tools/screenshots.py

## fuzz: 10,000 mutated inputs per reader (tools/fuzz.py); prints crashes, hangs and unbounded messages
fuzz: $(STAMP)
	$(PY) tools/fuzz.py --cases 10000

## lint: ruff on the code, the tests and the tools; mypy --strict on app/ and widgets/ (pyproject's [tool.mypy])
lint: $(STAMP)
	$(VENV)/bin/ruff check app widgets tests main.py tools bench
	$(VENV)/bin/mypy --strict

## dist: the standalone one-folder bundle (PyInstaller, packaging/biddesk.spec) → dist/biddesk/
dist: $(STAMP)
	$(PY) -m pip install -q -e '.[dist]' --config-settings editable_mode=compat
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/biddesk.spec

## dist-check: the bundle starts the window under Xvfb on the sample and computes what the source computes
dist-check: dist
	tools/ensure-system-deps.sh gui
	$(PY) tools/dist_check.py dist/biddesk

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
