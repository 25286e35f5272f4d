"""A taking told measured by a date names the hold it made (issue 18), as specification: "X, which Y had occupied
since May" or "for two months" tells that Y held X up to the retaking its sentence tells, so Y lost X, as "had held
X since May" does; never that Y took X anew. A taking counted from a date ("have captured X and Z since Monday") and one
told on its day stay takings (data/en/predicates.yaml `durative`)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import control_claims

PUBLISHED = date(2024, 5, 13)
NIGERIA, SOMALIA = "Military Forces of Nigeria", "Military Forces of Somalia"

MEASURED = [  # (shape, text, control claims read)
    ("relative, for", "Nigerian soldiers retook Damboa, which Boko Haram fighters had occupied for six weeks, on "
     "Friday.", {(NIGERIA, "Damboa", "controls"), ("Boko Haram", "Damboa", "lost")}),
    ("relative, since a month", "Government forces recaptured Baidoa, which al-Shabaab had occupied since January, "
     "on Monday.", {(SOMALIA, "Baidoa", "controls"), ("al-Shabaab", "Baidoa", "lost")}),
    ("relative, unnamed side", "Ethiopian troops retook Lalibela, which Tigrayan forces had occupied for four "
     "months, on Wednesday.", {("Military Forces of Ethiopia", "Lalibela", "controls"),
                               ("Unidentified Armed Group (Ethiopia)", "Lalibela", "lost")}),
    ("next clause, passive", "Mozambican soldiers retook Mocimboa da Praia on Sunday; the town had been occupied by "
     "Islamic State fighters since August.", {("Military Forces of Mozambique", "Mocímboa da Praia", "controls"),
                                             ("Islamic State", "Mocímboa da Praia", "lost")}),
    ("relative, since a year", "Nigerian troops retook Bama, which Boko Haram had occupied since 2014, on Monday.",
     {(NIGERIA, "Bama", "controls"), ("Boko Haram", "Bama", "lost")}),
    # takings counted from a date, or told on their day, stay takings
    ("counted from a day", "Nigerian troops captured Gwoza and Bama since Monday, the army said.",
     {(NIGERIA, "Gwoza", "controls"), (NIGERIA, "Bama", "controls")}),
    ("told on its day", "Al-Shabaab fighters occupied Baidoa on Tuesday, residents said.",
     {("al-Shabaab", "Baidoa", "controls")}),
]


@pytest.mark.parametrize(("shape", "text", "claims"), MEASURED, ids=[row[0] for row in MEASURED])
def test_a_taking_measured_by_a_date_is_the_hold_it_made(extractor, shape, text, claims):
    assert control_claims(extractor, text, PUBLISHED) == claims
