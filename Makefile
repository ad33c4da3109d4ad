# Two commands on a fresh machine: `make run` (install, ingest, start the bot) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install ingest run chat test eval eval-held-out bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# torch first, pinned to the CPU build; pip (not uv/poetry) finds it on this machine's disk.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

ingest: install
	$(BIN)/python ingest.py

run: ingest
	$(BIN)/smabot serve

chat: ingest
	$(BIN)/smabot chat

test: install
	$(BIN)/python -m pytest

# The evaluation tables: the shared development questions (when ../shared is there), our paraphrases, questions
# written outside the team (outsider) and questions on documents an admin adds (new_documents).
eval: ingest
	@if [ -f ../shared/dev_questions.yaml ]; then $(BIN)/smabot eval ../shared/dev_questions.yaml; fi
	$(BIN)/smabot eval eval/questions.yaml
	$(BIN)/smabot eval eval/new_documents/questions.yaml
	$(BIN)/smabot eval eval/outsider/questions.yaml
	$(BIN)/smabot eval eval/outsider_2/questions.yaml
	$(BIN)/smabot eval eval/outsider_3/questions.yaml
	$(BIN)/smabot eval eval/outsider_4/questions.yaml
	$(BIN)/smabot eval eval/outsider_5/questions.yaml
	$(BIN)/smabot eval eval/outsider_6/questions.yaml
	$(BIN)/smabot eval eval/outsider_7/questions.yaml
	$(BIN)/smabot eval eval/outsider_8/questions.yaml
	$(BIN)/smabot eval eval/outsider_9/questions.yaml

# Held-out sets of documents an admin might add (written outside the team, never tuned to): the honest
# measure of new-document questions; not in CI, which they would push past ten minutes.
eval-held-out: install
	$(BIN)/smabot eval eval/held_out_documents/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_2/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_3/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_4/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_5/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_6/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_7/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_8/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_9/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_10/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_11/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_12/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_13/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_14/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_15/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_16/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_17/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_18/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_19/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_20/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_21/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_22/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_23/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_24/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_25/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_26/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_27/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_28/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_29/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_30/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_31/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_32/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_33/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_34/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_35/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_36/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_37/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_38/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_39/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_40/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_41/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_42/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_43/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_44/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_45/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_46/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_47/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_48/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_49/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_50/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_51/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_52/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_53/questions.yaml
	$(BIN)/smabot eval eval/held_out_documents_54/questions.yaml

bench: install
	$(BIN)/python bench/peer.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/slack_load.py
	$(BIN)/python bench/answer.py
	$(BIN)/python bench/scale.py

clean:
	rm -rf var .pytest_cache
