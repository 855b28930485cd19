"""Stage index: ``pantau search --stage`` and ``stats --stage`` without a table scan.

Without it, ``articles.stage = ?`` is checked on every row: on 200,000 articles,
``--stage renewal`` walked the table newest first (and its count read every row),
far past issue 13's goals (see ``bench/search.py``). Adds one index on ``articles``
(no table is altered, so the FTS triggers and the browse view are untouched).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_stage", "articles", ["stage"])


def downgrade() -> None:
    op.drop_index("ix_articles_stage", "articles")
