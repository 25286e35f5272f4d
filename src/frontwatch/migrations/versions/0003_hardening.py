"""failed_documents: inputs that could not be read or extracted, kept for `frontwatch failures` and retries

Revision ID: 0003_hardening
Revises: 0002
Create Date: 2026-12-02 03:00:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003_hardening"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Create the failed-documents table."""
    op.create_table(
        "failed_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("doc_id", sa.String(length=32), nullable=True),
        sa.Column("error_class", sa.String(length=120), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("traceback_ref", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("failed_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_failed_documents_doc_id"), ["doc_id"], unique=False)


def downgrade() -> None:
    """Drop the failed-documents table."""
    with op.batch_alter_table("failed_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_failed_documents_doc_id"))
    op.drop_table("failed_documents")
