"""Published precision: whether ``published_at`` is an instant or a day alone.

A page that prints a date without a time gives a day, stored as midnight UTC of that
day so that no display time zone moves it to the day before; ``published_precision``
says which: "time", "date", or NULL for rows stored before this revision (those kept a
day alone as midnight WIB, which Pantau cannot tell from a real midnight, so they are
left unknown rather than guessed).

Adds one nullable column to ``articles`` and ``off_topic_articles`` (SQLite's ALTER
TABLE ADD COLUMN: the FTS triggers and the browse view over ``articles`` are
untouched); the downgrade rebuilds both.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from storage import fts, views

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


TABLES = ("articles", "off_topic_articles")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("published_precision", sa.String(8), nullable=True))


def downgrade() -> None:
    # batch mode copies the table, dropping its triggers and breaking views over it
    views.drop(op.execute)
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("published_precision")
    fts.create(op.execute)
    fts.rebuild(op.execute)
    views.create(op.execute)
