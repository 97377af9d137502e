"""The task table's columns, declared once: keys, headers and aliases people type."""

from __future__ import annotations

import pytest

from pmdesk.core.columns import (
    TASK_COLUMNS,
    column,
    column_key,
    cost_text,
    parse_columns,
)


def test_keys_headers_and_aliases_name_the_same_column() -> None:
    for name in ("name", "Task Name", "task", " TASK  name "):
        assert column_key(name) == "name"
    assert column_key("Resource Names") == column_key("resources") == "resources"
    assert column_key("% Complete") == column_key("percent complete") == "complete"
    assert column_key("Total Slack") == column_key("total_slack") == "slack"
    assert column_key("!") == column_key("over-allocated") == "indicators"
    with pytest.raises(ValueError, match="unknown column 'Colour': use one of id, indicators"):
        column_key("Colour")


def test_every_key_is_unique_and_findable_by_its_header() -> None:
    keys = [c.key for c in TASK_COLUMNS]
    assert len(set(keys)) == len(keys)
    assert all(column_key(c.header) == c.key for c in TASK_COLUMNS)
    assert all(column(c.key) is c for c in TASK_COLUMNS)


def test_a_column_list_as_typed_on_the_command_line() -> None:
    assert parse_columns("Name, start,% Complete,total_slack,name") == (
        "name", "start", "complete", "slack")
    assert parse_columns("ALL") == tuple(c.key for c in TASK_COLUMNS)
    with pytest.raises(ValueError, match="no columns"):
        parse_columns(" , ")


def test_costs_read_with_the_currencys_symbol_or_code() -> None:
    from decimal import Decimal

    assert cost_text(Decimal("12500.4"), "EUR") == "€12,500.40"
    assert cost_text(Decimal(900), "SEK") == "SEK\xa0900.00"
