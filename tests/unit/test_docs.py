"""Docs are tested like code: generated documents up to date, every column described."""

from __future__ import annotations

from loaders import contract
from scripts import build_docs


def test_contract_documents_are_generated_from_the_definitions():
    for language, path in build_docs.OUTPUTS.items():
        assert path.read_text("utf-8") == build_docs.render(language), (
            f"{path.name} is out of date: run `python -m scripts.build_docs`"
        )


def test_every_column_and_dataset_is_described():
    for dataset in contract.TABLES:
        assert dataset.title and dataset.description
        for column in dataset.columns:
            assert column.description, f"{dataset.name}.{column.name}"


def test_contract_rules_all_have_messages():
    rules = {r.id for d in contract.TABLES for c in d.columns for r in c.rules}
    rules |= {r.id for d in contract.TABLES for r in d.table_rules}
    assert rules <= set(contract.RULE_MESSAGES)
