"""Printing records: a table for people, JSON, JSON lines or CSV for programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "json", "jsonl", "csv")

Column = tuple[str, str, Callable[[dict[str, Any]], Any]]  # key, header, cell


def when(value: str | datetime | None, tz: tzinfo, *, seconds: bool = False) -> str:
    """A short local time for tables: '2025-05-27 19:21' (a day alone: '2025-05-27')."""
    if value is None:
        return "-"
    if isinstance(value, str) and len(value) == 10:  # a day, printed as the page gave it
        return value
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else ""))


def partner_label(partner: dict[str, Any]) -> str:
    return f"{partner['name']}/{partner['country']}"


def csv_cell(value: Any) -> Any:
    """Lists joined with ';' (partners as Shanghai/CN), other structures as JSON."""
    if isinstance(value, list):
        return ";".join(
            partner_label(v) if isinstance(v, dict) and "country" in v
            else v["term"] if isinstance(v, dict) and "term" in v
            else str(v)
            for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write(
    records: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[Column],
    *,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(list(records), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _csv(records, out)
    else:
        table(records, columns, title=title, out=out)


def _csv(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    writer: csv.DictWriter[str] | None = None
    for record in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in record.items()})


def table(
    records: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    *,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    grid = Table(title=title, title_justify="left", header_style="bold")
    for key, header, _ in columns:
        grid.add_column(
            header, overflow="fold",
            justify="right" if key in {"id", "pages", "articles", "stored", "errors"} else "left",
        )
    for record in records:
        grid.add_row(*(_cell(cell(record)) for _, _, cell in columns))
    console = Console(file=out or sys.stdout, width=None if (out or sys.stdout).isatty() else 160)
    console.print(grid)


def _cell(value: Any) -> Text:
    """Plain text (a title with brackets is not rich markup)."""
    if value is None:
        return Text("-")
    if isinstance(value, float):
        return Text(f"{value:.2f}")
    return Text(str(value))
