# Developer entry points. The two quick-start commands of the README are `make demo` and `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint fix golden replica bench setup browser

$(STAMP): pyproject.toml
	@command -v $(PY) >/dev/null || { echo "Python 3.11 is required ($(PY) not found)"; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24.3"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

# Browser tests drive Debian's Chromium (never a downloaded browser); install it once if missing.
APT := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)
browser:
	@command -v chromium >/dev/null || { echo "Installing Debian's chromium for the browser tests"; \
	  DEBIAN_FRONTEND=noninteractive $(APT) install -y --no-install-recommends chromium chromium-driver \
	  || { $(APT) update && DEBIAN_FRONTEND=noninteractive $(APT) install -y --no-install-recommends chromium chromium-driver; }; }

# Main job, end to end, on embedded defaults: SQLite under var/ and the bundled offline replica.
# `daily --offline` crawls, classifies (the first run trains the classifier, about a minute), opens
# cases automatically, sends urgent alerts, watches corrected articles, notifies, and builds the
# digest of the day. It never mails anyone: no SMTP host, so the digest (to a demo address unless
# DIEMTIN_DIGEST_TO is set) and any alert land in the outbox, var/outbox/.
demo: $(STAMP)
	DIEMTIN_SMTP_HOST= DIEMTIN_DIGEST_TO="$${DIEMTIN_DIGEST_TO:-van-phong@example.invalid}" \
	  $(BIN)/diemtin daily --offline

# The whole test suite (also what .ci/run calls).
test: $(STAMP) browser
	$(BIN)/python -m pytest -n 2

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

fix: $(STAMP)
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

# Regenerate golden files of recorded pages (on purpose only; review the diff).
golden: $(STAMP)
	$(BIN)/python -m tests.golden

replica: $(STAMP)
	$(BIN)/python -m replica.build

bench: $(STAMP)
	$(BIN)/python bench/crawl.py
