"""The label and value vocabularies the scorer checks, derived from frontwatch.taxonomy."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from frontwatch.model import Certainty, ControlStatus
from frontwatch.taxonomy import load_taxonomy

_TAXONOMY = load_taxonomy()

#: CASE 2021 code -> (ACLED event_type, ACLED sub_event_type), or None for the five
#: codes that are not ACLED political-violence events.
LABEL_TO_ACLED: Mapping[str, tuple[str, str] | None] = MappingProxyType(
    {
        code: (str(value.event_type), str(value.sub_event_type)) if value.acled else None
        for code, value in _TAXONOMY.codes.items()
    }
)

#: The 25 CASE codes that are ACLED sub-event types, in table order.
ACLED_LABELS: tuple[str, ...] = _TAXONOMY.acled_codes()

#: All 30 CASE 2021 codes.
ALL_LABELS: tuple[str, ...] = _TAXONOMY.all_codes()

#: (event_type, sub_event_type) -> CASE code, the inverse of LABEL_TO_ACLED.
ACLED_TO_LABEL: Mapping[tuple[str, str], str] = MappingProxyType(
    {pair: code for code, pair in LABEL_TO_ACLED.items() if pair}
)

#: ACLED sub_event_type -> its event_type.
SUB_EVENT_TO_EVENT_TYPE: Mapping[str, str] = MappingProxyType(
    {sub: event for event, subs in _TAXONOMY.event_types.items() for sub in subs}
)

CERTAINTIES: frozenset[str] = frozenset(c.value for c in Certainty)
CONTROL_STATUSES: frozenset[str] = frozenset(s.value for s in ControlStatus)
CHECK_KINDS: frozenset[str] = frozenset({"direction", "distance", "population"})
