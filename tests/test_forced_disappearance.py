"""People the state's forces take or arrest whom the report tells held where nobody knows (missing, whereabouts
unknown, held incommunicado, unaccounted for) are forcibly disappeared, not arrested (issue 18; ACLED's codebook: a
forced disappearance by state forces is an abduction; data/frame_table.yaml `arrest`, `loot` and `march`, `vanished` in
data/en/arguments.yaml). An arrest told without such a word stays an arrest."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

PUBLISHED = date(2024, 5, 15)
ABDUCTION, ARRESTS = "Abduction/forced disappearance", "Arrests"

_types = partial(sub_event_types, published=PUBLISHED)


DISAPPEARED = [
    "Soldiers took away five young men from the village of Kisa on Sunday, and their whereabouts are unknown.",
    "Police took away three journalists in Mandalay on Friday; their whereabouts remain unknown.",
    "Police arrested a student leader in Dhaka on Monday, and his family says he is missing.",
    "Police detained two human rights lawyers in Tashkent on Tuesday and have held them incommunicado since.",
    "Troops rounded up a dozen herders near Djibo on Wednesday; eight of them are still unaccounted for.",
    "Soldiers led away four fishermen from the beach near Pemba on Thursday, and relatives say they are missing.",
]


@pytest.mark.parametrize("text", DISAPPEARED)
def test_captives_of_the_state_held_where_nobody_knows_are_disappeared(extractor, text):
    assert _types(extractor, text) == [ABDUCTION]


@pytest.mark.parametrize("text", [
    "Police took away three journalists in Mandalay on Friday.",
    "Police arrested a student leader in Dhaka on Monday.",
    "Troops rounded up a dozen herders near Djibo on Wednesday.",
    "Police arrested two men over the disappearance of a girl in Kano on Friday.",
])
def test_an_arrest_told_without_a_disappearance_stays_an_arrest(extractor, text):
    assert _types(extractor, text) == [ARRESTS]
