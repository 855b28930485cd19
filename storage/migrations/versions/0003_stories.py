"""One story, many outlets: MinHash signatures of article bodies and their LSH bands.

Adds two tables and alters none, so the FTS triggers on ``articles`` are untouched.
Articles stored before this revision have no signature: each is a story of its own
until ``pantau regroup`` signs it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _article_id(primary_key: bool) -> sa.Column:
    return sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=primary_key, nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "story_signatures",
        _article_id(primary_key=True),
        sa.Column("story_id", sa.Integer, nullable=False),
        sa.Column("scheme", sa.Text, nullable=False),
        sa.Column("shingles", sa.Integer, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_story_signatures_story_id", "story_signatures", ["story_id"])
    op.create_table(
        "story_bands",
        sa.Column("hash", sa.BigInteger, primary_key=True, nullable=False),
        _article_id(primary_key=True),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_story_bands_article_id", "story_bands")
    op.drop_table("story_bands")
    op.drop_index("ix_story_signatures_story_id", "story_signatures")
    op.drop_table("story_signatures")
