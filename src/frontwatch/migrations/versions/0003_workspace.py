"""fact_status: the current review state of each reviewed fact (what lists and exports filter on)

Revision ID: 0003_workspace
Revises: 0003_scale
Create Date: 2026-12-02 03:56:00

"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003_workspace"
down_revision: Union[str, Sequence[str], None] = "0003_scale"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Create fact_status and fill it from the reviews already stored (the latest accept/reject wins)."""
    op.create_table(
        "fact_status",
        sa.Column("fact_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=2), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("fact_id"),
    )
    op.create_index(op.f("ix_fact_status_kind"), "fact_status", ["kind"], unique=False)
    op.create_index(op.f("ix_fact_status_number"), "fact_status", ["number"], unique=False)
    connection = op.get_bind()
    reviews = connection.execute(sa.text("SELECT id, fact_id, action FROM reviews ORDER BY id")).fetchall()
    state: dict[str, tuple[str, int]] = {}
    for review_id, fact_id, action in reviews:
        status = {"accept": "accepted", "reject": "rejected", "edit": "edited"}.get(action, "edited")
        if action == "edit" and state.get(fact_id, ("", 0))[0] == "rejected":
            status = "rejected"
        state[fact_id] = (status, review_id)
    table = sa.table("fact_status", sa.column("fact_id"), sa.column("kind"), sa.column("number"),
                     sa.column("status"), sa.column("review_id"))
    rows = [{"fact_id": f, "kind": f.split("-")[0], "number": int(f.split("-")[1]), "status": s, "review_id": r}
            for f, (s, r) in state.items() if "-" in f and f.split("-")[1].isdigit()]
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    """Drop fact_status."""
    op.drop_index(op.f("ix_fact_status_number"), table_name="fact_status")
    op.drop_index(op.f("ix_fact_status_kind"), table_name="fact_status")
    op.drop_table("fact_status")
