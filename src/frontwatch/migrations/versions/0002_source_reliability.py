"""documents.reliability: the Admiralty grade (A-F) of the outlet, set by the user

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 03:40:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Add the outlet's reliability grade to every document."""
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("reliability", sa.String(length=1), nullable=True))


def downgrade() -> None:
    """Drop the reliability grade."""
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("reliability")
