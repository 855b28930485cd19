"""Search merge indexes: counting a common term within dates, and its stories, at scale.

On 200,000 articles (``bench/search.py``) the count of a term in three articles of
four within a date range indexed the term's 148,000 ids to check 70,000 dated
articles against them (55-60 ms), and the number of stories of such a term read a
signature for every one of its articles (140-160 ms). Both now merge sorted lists of
ids (``storage.filtering.count_merged``, ``storage.stories``), which these two
indexes give in id order: every article's date (``ix_articles_id_published_at``),
and the signatures of the articles that joined an earlier article's story (partial,
a twentieth of them: ``ix_story_signatures_joined``). Adds two indexes and alters
no table, so the FTS triggers and the browse view are untouched.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_id_published_at", "articles", ["id", "published_at"])
    op.create_index("ix_story_signatures_joined", "story_signatures", ["article_id", "story_id"],
                    sqlite_where=sa.text("story_id != article_id"))


def downgrade() -> None:
    op.drop_index("ix_story_signatures_joined", "story_signatures")
    op.drop_index("ix_articles_id_published_at", "articles")
