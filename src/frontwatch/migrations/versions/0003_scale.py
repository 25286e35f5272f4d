"""Indexes for the API's filters in date order, and events.date_span_days for date windows

Revision ID: 0003_scale
Revises: 0003_hardening
Create Date: 2026-12-02 03:00:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_scale"
down_revision: str | Sequence[str] | None = "0003_hardening"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_EVENT_INDEXES = (
    ("ix_events_date_id", ["date_start", "id"]),
    ("ix_events_type_date_id", ["event_type", "date_start", "id"]),
    ("ix_events_subtype_date_id", ["sub_event_type", "date_start", "id"]),
    ("ix_events_actor1_id", ["actor1_id"]),
    ("ix_events_actor2_id", ["actor2_id"]),
    ("ix_events_place_id", ["place_id"]),
    ("ix_events_date_span_days", ["date_span_days"]),
)
_REPLACED = (
    ("ix_events_date_start", ["date_start"]),
    ("ix_events_event_type", ["event_type"]),
    ("ix_events_sub_event_type", ["sub_event_type"]),
)


def upgrade() -> None:
    """Add date_span_days (filled from the stored dates) and the composite indexes; drop the single-column ones."""
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_span_days", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE events SET date_span_days = date_end - date_start "
                   "WHERE date_start IS NOT NULL AND date_end IS NOT NULL")
    else:
        op.execute("UPDATE events SET date_span_days = CAST(julianday(date_end) - julianday(date_start) AS INTEGER) "
                   "WHERE date_start IS NOT NULL AND date_end IS NOT NULL")
    with op.batch_alter_table("events") as batch:
        for name, _columns in _REPLACED:
            batch.drop_index(name)
        for name, columns in _EVENT_INDEXES:
            batch.create_index(name, columns, unique=False)
    with op.batch_alter_table("places") as batch:
        batch.create_index("ix_places_lon_lat", ["longitude", "latitude"], unique=False)
    with op.batch_alter_table("control_claims") as batch:
        batch.create_index("ix_control_claims_place_id", ["place_id"], unique=False)


def downgrade() -> None:
    """Back to 0002's single-column indexes, without date_span_days."""
    with op.batch_alter_table("control_claims") as batch:
        batch.drop_index("ix_control_claims_place_id")
    with op.batch_alter_table("places") as batch:
        batch.drop_index("ix_places_lon_lat")
    with op.batch_alter_table("events") as batch:
        for name, _columns in _EVENT_INDEXES:
            batch.drop_index(name)
        for name, columns in _REPLACED:
            batch.create_index(name, columns, unique=False)
        batch.drop_column("date_span_days")
