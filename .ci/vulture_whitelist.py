"""Names vulture cannot see used: framework callbacks, enum members and record fields read by name.

Checked by tests/test_dead_code.py (vulture over the package, the tests and the benchmarks).
"""

# ruff: noqa
from frontwatch.api.app import create_app_from_environment
from frontwatch.api.params import CertaintyName, JSONBytes
from frontwatch.api.routers.analysis import ForceBody, MergeKind, ReviewBody
from frontwatch.backfill.dask_run import ExtractorPlugin
from frontwatch.evaluate.gold import GoldEvent
from frontwatch.fuse.events import FusionResult
from frontwatch.fuse.views import ControlView
from frontwatch.ingest.fragment import _Collector
from frontwatch.model import ControlStatus
from frontwatch.resolve.geocode import Geocoder
from frontwatch.settings import Settings
from frontwatch.store.failure_schema import FailedDocumentRow
from frontwatch.store.fusion_schema import FusedEventRow

CertaintyName.reported  # query values, matched by FastAPI
MergeKind.auto
MergeKind.undone
ForceBody._distinct  # pydantic validators
ReviewBody._edit_names_a_field
ExtractorPlugin.setup  # Dask calls it on every worker
ExtractorPlugin.teardown  # Dask calls it when a worker closes
_Collector.handle_starttag  # html.parser callbacks
_Collector.handle_endtag
_Collector.handle_data
GoldEvent.assoc_actor_1  # a gold-file field, kept as read
Geocoder._resolve_region  # dispatched by name: getattr(self, f"_resolve_{mode}")
Geocoder._resolve_direction_region
Geocoder._resolve_facility
Geocoder._resolve_facility_named
Geocoder._resolve_near
Geocoder._resolve_offset
Geocoder._resolve_road
Settings.model_config  # read by pydantic-settings
FailedDocumentRow.first_failed_at  # database columns, shown by queries and the API
FusedEventRow.fused_at
FusionResult.used_embeddings  # report fields, returned to the CLI and the API as a whole
ControlView.actor_names
_on_connect  # SQLAlchemy event listeners
_on_error
_on_checkout
pytestmark  # read by pytest
should_exit  # uvicorn.Server's stop flag, set by tests and benchmarks
ControlStatus.CONTESTED  # statuses named in data (frame_table.yaml), read by value
ControlStatus.LOST
do_GET  # http.server handler callbacks (tests' loopback feed and webhook)
do_POST
log_message
create_app_from_environment  # uvicorn imports it by name (frontwatch serve --workers)
JSONBytes.render  # Starlette calls it
token_match  # spaCy's tokenizer reads it (frontwatch.nlp: a prefixed word is one token)
