"""Who did it when a coder's line opens on a noun telling of the happening ("Reports of troops burning huts"): the
noun names no doer; the people its of-phrase names do what the present participle hung on it says (a pattern of
data/en/frames/relative.yaml), as a noun a present participle describes does it ("fighters advancing on the town"),
and what the verb the parser gave it as subject says ("Reports of troops looted a clinic": frames/active.yaml)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2016, 6, 5)

ATTACK = "Attack"
TOLD_OF = {  # id: (text, sub-event type, actor 1)
    "reports-beating": ("Reports of Ethiopian soldiers beating traders in Jijiga.", ATTACK,
                        "Military Forces of Ethiopia"),
    "reports-burning": ("Reports of Sudanese troops burning huts near Kassala.", "Looting/property destruction",
                        "Military Forces of Sudan"),
    "reports-arresting": ("Reports of Kenyan soldiers arresting fishermen in Lamu.", "Arrests",
                          "Military Forces of Kenya"),
    "allegations-torturing": ("Allegations of Burundian police torturing detainees in Gitega.", ATTACK,
                              "Police Forces of Burundi"),
    "report-executing": ("Report of Malian soldiers executing two herders near Mopti.", ATTACK,
                         "Military Forces of Mali"),
    "footage-shooting": ("Footage of Cameroonian soldiers shooting villagers near Buea.", ATTACK,
                         "Military Forces of Cameroon"),
    # a headline's verb the parser gave the telling noun as its subject
    "reports-looted": ("Reports of Eritrean troops looted a clinic in Adigrat.", "Looting/property destruction",
                       "Military Forces of Eritrea"),
    "report-beat": ("Report of Ugandan soldiers beat two traders in Arua.", ATTACK, "Military Forces of Uganda"),
    "reports-killed": ("Reports of Malian soldiers killed two herders near Mopti.", ATTACK, "Military Forces of Mali"),
    "allegations-shot": ("Allegations of Guinean police shot a student in Conakry.", ATTACK, "Police Forces of Guinea"),
    # a happening told of is no doer: the typer's unidentified shellers, as without the telling noun
    "reports-of-shelling": ("Reports of shelling killed two civilians in Donetsk.",
                            "Shelling/artillery/missile attack", "Unidentified Armed Group (Ukraine)"),
}


@pytest.mark.parametrize(("text", "kind", "doer"), TOLD_OF.values(), ids=TOLD_OF.keys())
def test_the_of_phrase_of_a_telling_noun_does_its_participle(extractor, text, kind, doer):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [(kind, doer)]
