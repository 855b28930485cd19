"""Browsing the database in Datasette: the metadata that sets it up, and its command line.

Datasette is an optional extra (``pip install -e ".[browse]"``). It runs in this
process with generated metadata: the ``browse_articles`` view
(``storage/views.py``) gets the articles' full-text search, facets on partner
country, partner, agreement stage, source and year, and a description of each
column; the tables get facets of their own.
"""

from __future__ import annotations

import importlib.util
import signal
from pathlib import Path
from typing import Any

import click

from storage.views import BROWSE, COLUMNS

INSTALL_HINT = 'Datasette is not installed; install the browse extra: pip install -e ".[browse]"'
BROWSE_FACETS: list[Any] = [
    {"array": "partner countries"}, {"array": "partners"}, "agreement stage", "source", "year",
]


def installed() -> bool:
    return importlib.util.find_spec("datasette") is not None


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata for the database whose file stem is ``database``."""
    return {
        "title": "Pantau",
        "description": "Sister-city and international-cooperation news of Indonesian "
                       "regional governments. Start with the articles view.",
        "databases": {database: {"tables": {
            BROWSE: {
                "title": "Articles",
                "description": "One row per stored on-topic article. Search searches title "
                               "and body; click a facet value to narrow down.",
                "facets": BROWSE_FACETS,
                "fts_table": "articles_fts",
                "fts_pk": "id",
                "sort_desc": "published (UTC)",
                "columns": COLUMNS,
            },
            "articles": {
                "description": "Stored on-topic articles with their bodies and evidence.",
                "facets": ["source", "stage", "language"],
                "sort_desc": "published_at",
                "label_column": "title",
            },
            "article_partners": {
                "description": "One row per partner place an article names.",
                "facets": ["country", "kind"],
            },
            "alembic_version": {"hidden": True},
        }}},
    }


def serve(db_file: Path, metadata_file: Path, host: str, port: int) -> None:
    """Run Datasette in this process until Ctrl-C or SIGTERM.

    uvicorn shuts down cleanly on either, then raises the signal again; SIGTERM
    is made a KeyboardInterrupt meanwhile, so both end here and the caller's
    clean-up runs.
    """
    from datasette.cli import cli

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        cli.main(
            ["serve", str(db_file), "--metadata", str(metadata_file), "--host", host,
             "--port", str(port),
             # facets over a large collection need more than the default 200 ms
             "--setting", "facet_time_limit_ms", "1000"],
            prog_name="datasette", standalone_mode=False,
        )
    except (KeyboardInterrupt, click.exceptions.Abort):  # Abort: click's word for it
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt
