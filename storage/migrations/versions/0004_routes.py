"""Routes: discovered feeds, sitemaps and listings per source, and HTTP validators.

Adds two tables and alters none, so the FTS triggers on ``articles`` are untouched.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routes",
        sa.Column("source", sa.String(100), primary_key=True),
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("found_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "http_validators",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text, nullable=True),
        sa.Column("last_modified", sa.Text, nullable=True),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("http_validators")
    op.drop_table("routes")
