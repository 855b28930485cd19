"""Initial schema: runs, articles with partners and full-text index, seen URLs.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from storage import fts

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _stamp() -> sa.DateTime:
    return sa.DateTime()


def upgrade() -> None:
    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started_at", _stamp(), nullable=False),
        sa.Column("finished_at", _stamp(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("trigger", sa.String(16), nullable=False),
        sa.Column("pid", sa.Integer, nullable=True),
        sa.Column("sources", sa.JSON, nullable=False),
    )
    op.create_table(
        "source_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id"), nullable=False),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("started_at", _stamp(), nullable=False),
        sa.Column("finished_at", _stamp(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("articles_seen", sa.Integer, nullable=False),
        sa.Column("stored", sa.Integer, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("stats", sa.JSON, nullable=False),
    )
    op.create_index("ix_source_runs_run_id", "source_runs", ["run_id"])
    op.create_index("ix_source_runs_source", "source_runs", ["source"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("canonical_url", sa.Text, nullable=False, unique=True),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=True),
        sa.Column("author", sa.Text, nullable=True),
        sa.Column("editor", sa.Text, nullable=True),
        sa.Column("published_at", _stamp(), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("image", sa.Text, nullable=True),
        sa.Column("sitename", sa.Text, nullable=True),
        sa.Column("extractor", sa.String(32), nullable=True),
        sa.Column("fetched_at", _stamp(), nullable=False),
        sa.Column("relevance", sa.Float, nullable=False),
        sa.Column("matched", sa.JSON, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("stage", sa.String(16), nullable=True),
        sa.Column("indonesian_party", sa.JSON, nullable=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id"), nullable=True),
    )
    op.create_index("ix_articles_source", "articles", ["source"])
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_index("ix_articles_run_id", "articles", ["run_id"])
    op.create_table(
        "article_partners",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
    )
    op.create_index("ix_article_partners_article_id", "article_partners", ["article_id"])
    op.create_index("ix_article_partners_country", "article_partners", ["country"])
    op.create_table(
        "seen_urls",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer, nullable=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("relevance", sa.Float, nullable=True),
        sa.Column("first_seen", _stamp(), nullable=False),
        sa.Column("last_seen", _stamp(), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id"), nullable=True),
    )
    op.create_index("ix_seen_urls_source", "seen_urls", ["source"])
    fts.create(op.execute)


def downgrade() -> None:
    fts.drop(op.execute)
    for table in ("seen_urls", "article_partners", "articles", "source_runs", "crawl_runs"):
        op.drop_table(table)
