"""Alerts: announcements, the outbox that delivers them, and raised source-health alerts.

Adds four tables and alters none, so the FTS triggers on ``articles`` are untouched.
Articles stored before this revision count as announced, so upgrading a database
does not announce its whole collection.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _announcement_id(**kwargs) -> sa.Column:
    return sa.Column(
        "announcement_id", sa.Integer,
        sa.ForeignKey("announcements.id", ondelete="CASCADE"), **kwargs,
    )


def upgrade() -> None:
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("crawl_runs.id"), nullable=True),
        sa.Column("story_id", sa.Integer, nullable=True),
        sa.Column("source", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
    )
    op.create_index("ix_announcements_story_id", "announcements", ["story_id"])
    op.create_index("ix_announcements_created_at", "announcements", ["created_at"])
    op.create_table(
        "announced_articles",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        _announcement_id(nullable=True),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True),
        _announcement_id(nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("claimed_until", sa.DateTime, nullable=True),
        sa.Column("sent_at", sa.DateTime, nullable=True),
        sa.Column("failed_at", sa.DateTime, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
    )
    op.create_index("ix_outbox_announcement_id", "outbox", ["announcement_id"])
    op.create_index("ix_outbox_sent_at", "outbox", ["sent_at"])
    op.create_table(
        "source_alerts",
        sa.Column("source", sa.String(100), primary_key=True),
        sa.Column("raised_at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.execute("INSERT INTO announced_articles (article_id) SELECT id FROM articles")


def downgrade() -> None:
    op.drop_table("source_alerts")
    op.drop_index("ix_outbox_sent_at", "outbox")
    op.drop_index("ix_outbox_announcement_id", "outbox")
    op.drop_table("outbox")
    op.drop_table("announced_articles")
    op.drop_index("ix_announcements_created_at", "announcements")
    op.drop_index("ix_announcements_story_id", "announcements")
    op.drop_table("announcements")
