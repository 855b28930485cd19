"""Writing exported records as CSV, JSON lines or an Excel workbook, one at a time.

Nothing is collected: each record is written as it comes, so an export of the
whole collection needs the memory of one chunk of articles. CSV cells follow
``pantau search`` (lists joined with ';', partners as Shanghai/CN); the workbook
has the same columns and cells, with text cut to Excel's 32,767 characters.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from crawler.cli.output import csv_cell

FORMATS = ("csv", "jsonl", "xlsx")
BINARY = {"xlsx"}
EXCEL_CELL_CHARS = 32_767

Record = dict[str, Any]


def write_csv(records: Iterable[Record], out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for record in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in record.items()})
        n += 1
    return n


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_xlsx(records: Iterable[Record], path: Path) -> int:
    """A workbook of one sheet, ``articles``, in openpyxl's write-only mode
    (rows go to a temporary file as they are appended)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("articles")
    n = 0
    for n, record in enumerate(records, 1):
        if n == 1:
            sheet.append(list(record))
            sheet.freeze_panes = "A2"
        sheet.append([excel_cell(v) for v in record.values()])
    book.save(path)
    return n


def excel_cell(value: Any) -> Any:
    """The CSV cell, without the control characters an .xlsx file cannot hold,
    and cut to Excel's limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = csv_cell(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub(" ", value)[:EXCEL_CELL_CHARS]
    return value


WRITERS: dict[str, Callable[[Iterable[Record], Any], int]] = {
    "csv": write_csv, "jsonl": write_jsonl,
}


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` that replaces it only when the block succeeds,
    so a failed or interrupted export leaves no half-written file."""
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield part
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)


def export(records: Iterable[Record], fmt: str, path: Path | None, stdout: IO[str]) -> int:
    """Write ``records`` in ``fmt`` to ``path`` (or ``stdout``); the number written."""
    if fmt in BINARY and path is None:
        raise ValueError(f"{fmt} needs a file")
    if path is None:
        return WRITERS[fmt](records, stdout)
    with replacing(path) as part:
        if fmt == "xlsx":
            return write_xlsx(records, part)
        with part.open("w", encoding="utf-8", newline="") as out:
            return WRITERS[fmt](records, out)
