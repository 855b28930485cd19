"""SQL views for browsing the collection in Datasette (``pantau browse``).

``browse_articles`` is one row per article with readable column names, its
partners and partner countries as JSON arrays (Datasette's array facets) and the
year of publication, so that facets need no join. It reads ``articles`` and
``article_partners``: SQLite refuses to rename a table while a view names a
missing one, so a migration that alters either table in Alembic's batch mode
(copy, drop, rename) must ``drop`` the view first and ``create`` it afterwards.
"""

from __future__ import annotations

from typing import Any

BROWSE = "browse_articles"

# Column name in the view -> what it holds (Datasette shows these descriptions).
COLUMNS = {
    "id": "Article id (pantau show ID)",
    "published (UTC)": "Publication time in UTC",
    "year": "Year of publication (UTC)",
    "source": "Source name (pantau sources)",
    "title": "Title",
    "partners": "Foreign partner places, as name/country",
    "partner countries": "Partner countries, ISO 3166-1 alpha-2",
    "agreement stage": "exploration, loi, mou, renewal, programme or visit",
    "Indonesian party": "The Indonesian region that cooperates",
    "relevance": "Classifier score in [0, 1]",
    "description": "Summary given by the page",
    "url": "Address of the article",
}

_CREATE = f"""CREATE VIEW IF NOT EXISTS {BROWSE} AS
SELECT
    a.id AS "id",
    a.published_at AS "published (UTC)",
    CAST(strftime('%Y', a.published_at) AS INTEGER) AS "year",
    a.source AS "source",
    a.title AS "title",
    (SELECT json_group_array(p.name || '/' || p.country) FROM (
        SELECT name, country FROM article_partners
        WHERE article_id = a.id ORDER BY position) AS p) AS "partners",
    (SELECT json_group_array(DISTINCT p.country) FROM article_partners AS p
        WHERE p.article_id = a.id) AS "partner countries",
    a.stage AS "agreement stage",
    json_extract(a.indonesian_party, '$.name') AS "Indonesian party",
    round(a.relevance, 2) AS "relevance",
    a.description AS "description",
    a.url AS "url"
FROM articles AS a"""


def create(execute: Any) -> None:
    """Create the views; ``execute`` runs one SQL string."""
    execute(_CREATE)


def drop(execute: Any) -> None:
    execute(f"DROP VIEW IF EXISTS {BROWSE}")
