"""The situation picture: fused events, control over time, population, ledgers and analyst review."""

import frontwatch.store.fusion_schema  # noqa: F401  (registers the fusion tables on the store's Base)
from frontwatch.fuse.control import ControlInterval, control_as_of, control_timeline
from frontwatch.fuse.events import (
    FusionResult,
    force_merge,
    fuse_events,
    fused_events,
    list_merges,
    separate,
    undo_merge,
)
from frontwatch.fuse.ledgers import displacement, force_estimates, prisoners_freed, ranges, seized_assets
from frontwatch.fuse.population import PopulationEstimate, population_under_control
from frontwatch.fuse.review import accept, edit, reject, review_log

__all__ = [
    "ControlInterval", "FusionResult", "PopulationEstimate", "accept", "control_as_of", "control_timeline",
    "displacement", "edit", "force_estimates", "force_merge", "fuse_events", "fused_events", "list_merges",
    "population_under_control", "prisoners_freed", "ranges", "reject", "review_log", "seized_assets",
    "separate", "undo_merge",
]
