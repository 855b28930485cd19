"""Human in the loop: labels, and off-topic articles kept for a while for reclassification.

Adds two tables and alters none, so the FTS triggers on ``articles`` are untouched.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "off_topic_articles",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("canonical_url", sa.Text, nullable=False),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=True),
        sa.Column("author", sa.Text, nullable=True),
        sa.Column("editor", sa.Text, nullable=True),
        sa.Column("published_at", sa.DateTime, nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("image", sa.Text, nullable=True),
        sa.Column("sitename", sa.Text, nullable=True),
        sa.Column("extractor", sa.String(32), nullable=True),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
        sa.Column("relevance", sa.Float, nullable=False),
        sa.Column("judged_at", sa.DateTime, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id"), nullable=True),
    )
    op.create_index("ix_off_topic_articles_judged_at", "off_topic_articles", ["judged_at"])
    op.create_table(
        "labels",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=True),
        sa.Column("relevance", sa.Float, nullable=True),
        sa.Column("labelled_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("labels")
    op.drop_index("ix_off_topic_articles_judged_at", "off_topic_articles")
    op.drop_table("off_topic_articles")
