"""A deployment told after a change of hands (issue 18, branch events25): troops or fighters deployed in a town after
their side took it or was handed it ("soldiers were deployed at the bridge", "they deployed at checkpoints around
the town") are part of that taking, as ACLED codes the taking once (acled_taxonomy.yaml: `part_of` of Change to
group/activity); a deployment elsewhere, or with no taking told, stays a change to group/activity."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _events(extractor, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place.name if e.place else None) for e in extract(extractor, text, PUBLISHED).events]


PART_OF_THE_TAKING = [
    # (report, its one event)
    ("Government troops retook Kalehe on Sunday. Soldiers were deployed at the bridge and outside the town hall, "
     "residents said.", "Government regains territory"),
    ("Rebels withdrew from Bunagana on Monday and handed it over to the army. Soldiers deployed in the town and at "
     "nearby posts, a spokesman said.", "Non-violent transfer of territory"),
    ("M23 rebels seized Rubaya on Tuesday. Their fighters deployed along the road out of town, residents said.",
     "Non-state actor overtakes territory"),
    ("Jihadists overran Boulsa on Sunday. Fighters were deployed at the town's entrances, a resident said.",
     "Non-state actor overtakes territory"),
    ("Houthi fighters captured Harib on Friday. They deployed at checkpoints around the town, tribal sources said.",
     "Non-state actor overtakes territory"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), PART_OF_THE_TAKING)
def test_a_deployment_in_a_town_just_taken_is_part_of_the_taking(extractor, text, sub_event_type):
    assert [t for t, _ in _events(extractor, text)] == [sub_event_type]


STILL_A_DEPLOYMENT = [
    "Government troops retook Kalehe on Sunday. Soldiers were deployed to Goma on Monday.",
    "Troops were deployed to Kalemie on Sunday, the army said.",
]


@pytest.mark.parametrize("text", STILL_A_DEPLOYMENT)
def test_a_deployment_elsewhere_or_alone_is_a_change_to_group_activity(extractor, text):
    assert "Change to group/activity" in [t for t, _ in _events(extractor, text)]
