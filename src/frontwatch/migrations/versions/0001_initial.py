"""initial schema: documents, actors, places, facts, fusion tables

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 03:15:36.491989

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Create every table of the models as of the first release."""
    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('inter_code', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=80), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('documents',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('merge_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_a', sa.Integer(), nullable=False),
    sa.Column('event_b', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('who', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_a', 'event_b', name='uq_merge_pair')
    )
    with op.batch_alter_table('merge_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merge_decisions_event_a'), ['event_a'], unique=False)
        batch_op.create_index(batch_op.f('ix_merge_decisions_event_b'), ['event_b'], unique=False)

    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('country', sa.String(length=80), nullable=True),
    sa.Column('admin1', sa.String(length=200), nullable=True),
    sa.Column('geonames_id', sa.Integer(), nullable=True),
    sa.Column('population', sa.BigInteger(), nullable=True),
    sa.Column('feature', sa.String(length=60), nullable=False),
    sa.Column('geo_precision', sa.Integer(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name', 'latitude', 'longitude', name='uq_place')
    )
    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fact_id', sa.String(length=40), nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('who', sa.String(length=120), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_fact_id'), ['fact_id'], unique=False)

    op.create_table('control_claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('certainty', sa.String(length=20), nullable=False),
    sa.Column('claim_source', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('control_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_control_claims_as_of'), ['as_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_control_claims_doc_id'), ['doc_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=60), nullable=False),
    sa.Column('sub_event_type', sa.String(length=80), nullable=False),
    sa.Column('actor1_id', sa.Integer(), nullable=True),
    sa.Column('actor2_id', sa.Integer(), nullable=True),
    sa.Column('assoc_actors', sa.JSON(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('time_precision', sa.Integer(), nullable=True),
    sa.Column('date_expression', sa.Text(), nullable=True),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('trigger', sa.Text(), nullable=True),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('certainty', sa.String(length=20), nullable=False),
    sa.Column('claim_source', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor1_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['actor2_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_date_start'), ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_event_type'), ['event_type'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_sub_event_type'), ['sub_event_type'], unique=False)

    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('what', sa.String(length=40), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('relative_to', sa.String(length=300), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('consistent', sa.Boolean(), nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('certainty', sa.String(length=20), nullable=False),
    sa.Column('claim_source', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_findings_doc_id'), ['doc_id'], unique=False)

    op.create_table('fused_events',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('event_type', sa.String(length=60), nullable=False),
    sa.Column('sub_event_type', sa.String(length=80), nullable=False),
    sa.Column('actor1', sa.String(length=300), nullable=True),
    sa.Column('actor2', sa.String(length=300), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=300), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('fatalities_low', sa.Integer(), nullable=True),
    sa.Column('fatalities_best', sa.Integer(), nullable=True),
    sa.Column('fatalities_high', sa.Integer(), nullable=True),
    sa.Column('fatalities_by_source', sa.JSON(), nullable=False),
    sa.Column('certainty', sa.String(length=20), nullable=False),
    sa.Column('n_reports', sa.Integer(), nullable=False),
    sa.Column('n_documents', sa.Integer(), nullable=False),
    sa.Column('n_outlets', sa.Integer(), nullable=False),
    sa.Column('sources', sa.JSON(), nullable=False),
    sa.Column('fused_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('fused_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fused_events_date_start'), ['date_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_fused_events_event_type'), ['event_type'], unique=False)

    op.create_table('quantities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('what', sa.String(length=200), nullable=False),
    sa.Column('low', sa.BigInteger(), nullable=True),
    sa.Column('high', sa.BigInteger(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('certainty', sa.String(length=20), nullable=False),
    sa.Column('claim_source', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quantities_doc_id'), ['doc_id'], unique=False)

    op.create_table('fused_event_members',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('fused_id', sa.Integer(), nullable=False),
    sa.Column('doc_id', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['fused_id'], ['fused_events.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id')
    )
    with op.batch_alter_table('fused_event_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fused_event_members_fused_id'), ['fused_id'], unique=False)



def downgrade() -> None:
    """Drop every table."""
    with op.batch_alter_table('fused_event_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fused_event_members_fused_id'))

    op.drop_table('fused_event_members')
    with op.batch_alter_table('quantities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quantities_doc_id'))

    op.drop_table('quantities')
    with op.batch_alter_table('fused_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fused_events_event_type'))
        batch_op.drop_index(batch_op.f('ix_fused_events_date_start'))

    op.drop_table('fused_events')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_findings_doc_id'))

    op.drop_table('findings')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_sub_event_type'))
        batch_op.drop_index(batch_op.f('ix_events_event_type'))
        batch_op.drop_index(batch_op.f('ix_events_doc_id'))
        batch_op.drop_index(batch_op.f('ix_events_date_start'))

    op.drop_table('events')
    with op.batch_alter_table('control_claims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_control_claims_doc_id'))
        batch_op.drop_index(batch_op.f('ix_control_claims_as_of'))

    op.drop_table('control_claims')
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_fact_id'))

    op.drop_table('reviews')
    op.drop_table('places')
    with op.batch_alter_table('merge_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merge_decisions_event_b'))
        batch_op.drop_index(batch_op.f('ix_merge_decisions_event_a'))

    op.drop_table('merge_decisions')
    op.drop_table('documents')
    op.drop_table('actors')
