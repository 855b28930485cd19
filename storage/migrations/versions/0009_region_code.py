"""Region code: every article links to its source's region by Kemendagri code.

A source of the catalog names its region by code (``region_code``, "35.78" for Kota
Surabaya), and an article stored from it now carries that code, so that a region is
one value however its name is spelt ("DKI Jakarta", "Daerah Khusus Ibukota Jakarta").
NULL for a source with no region and for rows stored before this revision (storage
does not know the catalog, so it cannot fill them in).

Adds one nullable column to ``articles`` (indexed) and ``off_topic_articles``
(SQLite's ALTER TABLE ADD COLUMN: the FTS triggers and the browse view over
``articles`` are untouched); the downgrade rebuilds both.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

from storage import fts, views

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


TABLES = ("articles", "off_topic_articles")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("region_code", sa.String(8), nullable=True))
    op.create_index("ix_articles_region_code", "articles", ["region_code"])


def downgrade() -> None:
    op.drop_index("ix_articles_region_code", "articles")
    # batch mode copies the table, dropping its triggers and breaking views over it
    views.drop(op.execute)
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("region_code")
    fts.create(op.execute)
    fts.rebuild(op.execute)
    views.create(op.execute)
