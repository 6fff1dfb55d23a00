"""Problems found in a data file, and how they are worded for a person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

from loaders.contract import RULE_MESSAGES, Message, Rule

Severity = Literal["error", "warning"]

MAX_ROWS_SHOWN = 5
MAX_VALUE_CHARS = 60


@dataclass(frozen=True)
class Problem:
    """One rule broken in one column of one file, with every row that breaks it."""

    file: str
    column: str | None
    rule: Rule
    rows: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    severity: Severity = "error"
    # Row positions (0-based) in the file, turned into `rows` labels by label_rows().
    positions: tuple[int, ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def short_value(value: object) -> str:
    """A cell value as a short, single-line, inert string for messages."""
    if hasattr(value, "isoformat") and getattr(value, "hour", 0) == 0 == getattr(
        value, "minute", 0
    ):
        value = value.date().isoformat() if hasattr(value, "date") else value.isoformat()
    text = " ".join(str(value).split())
    if len(text) > MAX_VALUE_CHARS:
        text = f"{text[:MAX_VALUE_CHARS]}… ({len(str(value)):,} chars)"
    return text


def rule_text(rule: Rule, _: Callable[[str], str] = str) -> str:
    template = _(RULE_MESSAGES[rule.id])
    # Parameters marked as messages (a type name, a reason) are translated; values from
    # the data (a list of choices, a file's error text) are shown as they are.
    params = {k: _(v) if isinstance(v, Message) else v for k, v in rule.params}
    return template.format(**params)


def format_problem(problem: Problem, _: Callable[[str], str] = str) -> str:
    """One line: file, column, rows, rule — e.g. for the validator's output."""
    where = problem.file
    if problem.column:
        where += " · " + _("column {name}").format(name=problem.column)
    parts = [where]
    if problem.rows:
        shown = ", ".join(problem.rows[:MAX_ROWS_SHOWN])
        more = len(problem.rows) - MAX_ROWS_SHOWN
        if more > 0:
            shown += " " + _("(+{count} more)").format(count=more)
        parts.append(_("rows {rows}").format(rows=shown))
    text = rule_text(problem.rule, _)
    if problem.values:
        sample = ", ".join(repr(v) for v in problem.values[:3])
        text += " — " + _("found {values}").format(values=sample)
    parts.append(text)
    label = _("warning") if problem.severity == "warning" else _("error")
    return f"[{label}] " + " · ".join(parts)
