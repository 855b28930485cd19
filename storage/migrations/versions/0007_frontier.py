"""Frontier: the URLs a crawl decided to fetch and has not dealt with yet.

Adds one table and alters none, so the FTS triggers on ``articles`` are untouched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "frontier",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("template", sa.Text, nullable=True),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_frontier_source", "frontier", ["source"])


def downgrade() -> None:
    op.drop_index("ix_frontier_source", "frontier")
    op.drop_table("frontier")
