"""A view for browsing: one row per article with its partners, for Datasette's facets.

Creates the view ``browse_articles`` (``storage/views.py``) and alters no table,
so the FTS triggers on ``articles`` are untouched. A later migration that alters
``articles`` or ``article_partners`` in batch mode must drop the view first.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from alembic import op

from storage import views

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    views.create(op.execute)


def downgrade() -> None:
    views.drop(op.execute)
