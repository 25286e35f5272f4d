"""events.place_longitude/place_latitude (the place's point) in the date index, for boxes in date order

Revision ID: 0004_scale
Revises: 0003_workspace
Create Date: 2026-12-02 06:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_scale"
down_revision: str | Sequence[str] | None = "0003_workspace"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_POINT = ("place_longitude", "place_latitude")


def upgrade() -> None:
    """Copy every event's place point onto the event; the date index carries it."""
    with op.batch_alter_table("events") as batch:
        for name in _POINT:
            batch.add_column(sa.Column(name, sa.Float(), nullable=True))
    op.execute("UPDATE events SET place_longitude = (SELECT longitude FROM places WHERE places.id = events.place_id), "
               "place_latitude = (SELECT latitude FROM places WHERE places.id = events.place_id) "
               "WHERE place_id IS NOT NULL")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_date_id")
        batch.create_index("ix_events_date_id_point", ["date_start", "id", *_POINT], unique=False)


def downgrade() -> None:
    """Back to 0003_workspace's date index, without the copied points."""
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_date_id_point")
        batch.create_index("ix_events_date_id", ["date_start", "id"], unique=False)
        for name in _POINT:
            batch.drop_column(name)
