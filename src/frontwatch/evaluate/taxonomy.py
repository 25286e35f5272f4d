"""The ACLED event taxonomy and the CASE 2021 label codes that name its sub-event types."""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

#: CASE 2021 code -> (ACLED event_type, ACLED sub_event_type), or None for the five
#: codes that are not ACLED political-violence events.
LABEL_TO_ACLED: Mapping[str, tuple[str, str] | None] = MappingProxyType(
    {
        "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
        "AGREEMENT": ("Strategic developments", "Agreement"),
        "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
        "ARMED_CLASH": ("Battles", "Armed clash"),
        "ARREST": ("Strategic developments", "Arrests"),
        "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        "ATTACK": ("Violence against civilians", "Attack"),
        "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
        "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
        "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
        "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
        "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
        "GRENADE": ("Explosions/Remote violence", "Grenade"),
        "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
        "MOB_VIOL": ("Riots", "Mob violence"),
        "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
        "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
        "OTHER": ("Strategic developments", "Other"),
        "PEACE_PROTEST": ("Protests", "Peaceful protest"),
        "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
        "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
        "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
        "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
        "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
        "ORG_CRIME": None,
        "NATURAL_DISASTER": None,
        "MAN_MADE_DISASTER": None,
        "DIPLO": None,
        "ATTRIB": None,
    }
)

#: The 25 CASE codes that are ACLED sub-event types, in table order.
ACLED_LABELS: tuple[str, ...] = tuple(code for code, pair in LABEL_TO_ACLED.items() if pair)

#: All 30 CASE 2021 codes.
ALL_LABELS: tuple[str, ...] = tuple(LABEL_TO_ACLED)

#: (event_type, sub_event_type) -> CASE code, the inverse of LABEL_TO_ACLED.
ACLED_TO_LABEL: Mapping[tuple[str, str], str] = MappingProxyType(
    {pair: code for code, pair in LABEL_TO_ACLED.items() if pair}
)

#: ACLED sub_event_type -> its event_type.
SUB_EVENT_TO_EVENT_TYPE: Mapping[str, str] = MappingProxyType(
    {sub: event for event, sub in ACLED_TO_LABEL}
)

#: The six ACLED event types.
EVENT_TYPES: frozenset[str] = frozenset(SUB_EVENT_TO_EVENT_TYPE.values())

CERTAINTIES: frozenset[str] = frozenset({"confirmed", "reported", "claimed"})
CONTROL_STATUSES: frozenset[str] = frozenset(
    {"controls", "partial", "contested", "threatened", "lost"}
)
CHECK_KINDS: frozenset[str] = frozenset({"direction", "distance", "population"})
