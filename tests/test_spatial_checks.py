"""Spatial consistency: a report's direction, distance and population statements vs the gazetteer."""

from __future__ import annotations

import pytest
from geo_fixtures import gazetteer, geocoder  # noqa: F401  (fixtures)

from frontwatch.resolve.spatial_checks import check_spatial_claims


@pytest.fixture(scope="module")
def check(geocoder, gazetteer, nlp):
    def run(text):
        doc = nlp(text)
        return check_spatial_claims(text, doc, geocoder.geoparse(text, doc), gazetteer, "doc-1")
    return run


def _one(findings, what, place):
    found = [f for f in findings if f.what == what and f.place == place]
    assert len(found) == 1, findings
    return found[0]


def test_wrong_direction_is_flagged(check):
    finding = _one(check("Iraqi forces entered Fallujah, a city located east of Baghdad."), "direction", "Fallujah")
    assert finding.consistent is False
    assert finding.relative_to == "Baghdad"
    assert "W of Baghdad" in finding.detail


def test_right_direction_is_not_flagged(check):
    finding = _one(check("Iraqi forces entered Fallujah, a city located west of Baghdad."), "direction", "Fallujah")
    assert finding.consistent is True


def test_distance_within_tolerance_and_outside_it(check):
    good = _one(check("Karbala lies some 90 km south-west of Baghdad, officials said."), "distance", "Karbala")
    bad = _one(check("Karbala lies some 300 km south-west of Baghdad, officials said."), "distance", "Karbala")
    assert good.consistent is True and bad.consistent is False


def test_a_reference_read_as_an_offset_is_judged_from_the_named_place(check):
    findings = check("Traders in Fallujah, a city some 60 km west of Baghdad, reopened their shops on Sunday.")
    direction, distance = _one(findings, "direction", "Fallujah"), _one(findings, "distance", "Fallujah")
    assert direction.consistent is True and distance.consistent is True
    assert "57 km W of Baghdad" in direction.detail


def test_evidence_is_the_sentence(check):
    text = "Shelling continued. Kirkuk lies west of Erbil, Iraqi officials said."
    finding = _one(check(text), "direction", "Kirkuk")
    assert finding.consistent is False
    assert text[finding.evidence.start:finding.evidence.end] == finding.evidence.text
    assert finding.evidence.text.startswith("Kirkuk") and finding.evidence.doc == "doc-1"


def test_a_relative_location_without_a_subject_place_is_no_claim(check):
    assert check("Iraqi troops were ambushed 20 km south of Mosul on Friday.") == []


def test_population_claims_within_factor_two(check):
    right = _one(check("Syrian forces shelled Homs, home to about 800,000 people."), "population", "Homs")
    wrong = _one(check("Syrian forces shelled Homs, home to about 9 million people."), "population", "Homs")
    assert right.consistent is True and wrong.consistent is False


@pytest.mark.parametrize(("text", "place", "consistent"), [
    ("Rebels shelled Aleppo, a city of two million people, overnight.", "Aleppo", True),
    ("Aleppo, with a population of 1.5m, was shelled overnight.", "Aleppo", True),
    ("Fighting reached Homs, home to some fifty residents.", "Homs", False),
    ("Militants entered Kirkuk, a city of roughly 900,000 inhabitants.", "Kirkuk", True),
    ("Kirkuk, which has a population of 9 million, was quiet on Monday.", "Kirkuk", False),
])
def test_population_statements_in_several_shapes(check, text, place, consistent):
    assert _one(check(text), "population", place).consistent is consistent


@pytest.mark.parametrize("text", [
    "Rebels shelled Aleppo, a city of two million dollars in debt.",
    "Homs is home to 40 percent of the province's factories.",
    "Aleppo lost a town of two hospitals to the fighting.",
])
def test_a_figure_that_is_not_a_head_count_is_no_population_claim(check, text):
    assert [f for f in check(text) if f.what == "population"] == []


def test_seed_fallujah_direction_is_flagged(check, shared_dir):
    text = (shared_dir / "seed" / "mosul-2014-06-11.txt").read_text(encoding="utf-8")
    findings = check(text)
    direction = _one(findings, "direction", "Fallujah")
    assert direction.relative_to == "Baghdad" and direction.consistent is False
    assert all(f.consistent for f in findings if f.what == "population")


# One table row per statement: the sentence, then every finding it must yield as (kind, place, consistent).
# Five sentences for each way news states where a town lies or how many live there.
STATEMENTS = {
    "apposition with an offset": [
        ("Government troops retook Hama, a city about 45 km north of Homs, after a week of fighting.",
         [("direction", "Hama", True), ("distance", "Hama", True)]),
        ("Shelling hit Izium, some 120 kilometres south-east of Kharkiv, overnight.",
         [("direction", "Izium", True), ("distance", "Izium", True)]),
        ("The convoy reached Bama, a town 70 km south-east of Maiduguri, at dawn.",
         [("direction", "Bama", True), ("distance", "Bama", True)]),
        ("Aid workers in Jalalabad, about 120 km east of Kabul, reported calm.",
         [("direction", "Jalalabad", True), ("distance", "Jalalabad", True)]),
        ("Fighters attacked Karbala, 200 km north of Baghdad, police said.",
         [("direction", "Karbala", False), ("distance", "Karbala", False)]),
    ],
    "a verb of location with an offset": [
        ("Tikrit lies roughly 170 km north-west of Baghdad.",
         [("direction", "Tikrit", True), ("distance", "Tikrit", True)]),
        ("Kramatorsk sits about 95 kilometres north of Donetsk.", [("distance", "Kramatorsk", True)]),
        ("Mariupol is located some 100 km south of Donetsk.", [("direction", "Mariupol", True)]),
        ("Erbil is situated 80 km east of Mosul.", [("direction", "Erbil", True), ("distance", "Erbil", True)]),
        ("Daraa lies 300 miles north of Damascus, the statement claimed.",
         [("direction", "Daraa", False), ("distance", "Daraa", False)]),
    ],
    "a distance alone": [
        ("Hama, some 30 miles from Homs, was quiet on Friday.", [("distance", "Hama", True)]),
        ("Jalalabad, about 120 kilometres (75 miles) from Kabul, was hit by rockets.",
         [("distance", "Jalalabad", True)]),
        ("Ramadi lies roughly 110 km from Baghdad.", [("distance", "Ramadi", True)]),
        ("Sloviansk, just 12km from Kramatorsk, came under fire.", [("distance", "Sloviansk", True)]),
        ("Kismayo, nearly 500 miles away from Mogadishu, fell to the rebels.", [("distance", "Kismayo", False)]),
    ],
    "a part of the town's country": [
        ("Insurgents stormed the north-eastern town of Bama overnight.", [("direction", "Bama", True)]),
        ("The southern port city of Basra was calm on Sunday.", [("direction", "Basra", True)]),
        ("Clashes broke out in the eastern city of Herat.", [("direction", "Herat", False)]),
        ("Troops were deployed to Kidal in northern Mali.", [("direction", "Kidal", True)]),
        ("Fighting reached Kunduz, in the country's north.", [("direction", "Kunduz", True)]),
        ("Gunmen attacked Kano, the largest city in northern Nigeria.", [("direction", "Kano", True)]),
        ("Protesters marched in Daraa, a southern city near the Jordanian border.", [("direction", "Daraa", True)]),
    ],
    "close by another town": [
        ("Fighting raged in Irpin, on the outskirts of Kyiv.", [("distance", "Irpin", True)]),
        ("Abu Ghraib, on the western outskirts of Baghdad, was shelled.",
         [("direction", "Abu Ghraib", True), ("distance", "Abu Ghraib", True)]),
        ("Rebels captured Douma, on the edge of Damascus.", [("distance", "Douma", True)]),
        ("Mortars hit Ramadi, on the outskirts of Baghdad, the agency said.", [("distance", "Ramadi", False)]),
        ("Troops dug in at Bucha, just outside Kyiv.", [("distance", "Bucha", True)]),
        ("Fighting spread to Irpin, a north-western suburb of Kyiv.",
         [("direction", "Irpin", True), ("distance", "Irpin", True)]),
        ("Mortars hit Douma, not far from Damascus.", [("distance", "Douma", True)]),
        ("Troops held Samarra, near Tikrit, after a week.", [("distance", "Samarra", True)]),
    ],
    "a reference left out": [
        ("Troops entered Sloviansk; Kramatorsk, a few kilometres to the south, was next.",
         [("direction", "Kramatorsk", True)]),
        ("The army held Homs while Hama, some 45 km to the north, stayed with the rebels.",
         [("direction", "Hama", True), ("distance", "Hama", True)]),
        ("After Tikrit fell, Samarra, about 50 km to the south-east, braced for an attack.",
         [("direction", "Samarra", True)]),
        ("Shelling hit Erbil, and Mosul, 80 km to the east, was quiet.", [("direction", "Mosul", False)]),
        ("Rebels took Aleppo, and Idlib, some 60 km to the south-west, fell a day later.",
         [("direction", "Idlib", True)]),
    ],
    "a population": [
        ("Kirkuk's 900,000 inhabitants woke to gunfire.", [("population", "Kirkuk", True)]),
        ("About two million people live in Aleppo.", [("population", "Aleppo", True)]),
        ("Homs, a city of 800,000, was under siege.", [("population", "Homs", True)]),
        ("Shelling cut water to Mosul, leaving the city's 1.5 million residents without supply.",
         [("population", "Mosul", True)]),
        ("Hama, which has some 50,000 residents, was shelled.", [("population", "Hama", False)]),
        ("Fighters entered Palmyra, population 50,000, at dawn.", [("population", "Palmyra", True)]),
        ("The army shelled Homs (pop. 800,000) overnight.", [("population", "Homs", True)]),
        ("Rebels held Hama for a week. Most of its population of 700,000 stayed.", [("population", "Hama", True)]),
    ],
    "a border with a named country": [
        ("Rebels seized the border town of Tal Abyad on the Turkish border.", [("distance", "Tal Abyad", True)]),
        ("Refugees reached Kilis, a town near the border with Syria.", [("distance", "Kilis", True)]),
        ("Troops massed in Goma, a town on the border with Rwanda.", [("distance", "Goma", True)]),
        ("Fighters fled to Mosul, a town on the border with Iran.", [("distance", "Mosul", False)]),
        ("The border town of Al-Qaim, on the Syrian border, fell on Saturday.", [("distance", "Al-Qaim", True)]),
    ],
}


@pytest.mark.parametrize(("text", "expected"), [row for rows in STATEMENTS.values() for row in rows],
                         ids=[f"{cls}-{i}" for cls, rows in STATEMENTS.items() for i in range(len(rows))])
def test_every_phrasing_yields_its_finding_true_or_false(check, text, expected):
    findings = check(text)
    for what, place, consistent in expected:
        assert _one(findings, what, place).consistent is consistent, findings


@pytest.mark.parametrize("text", [
    "Fighters overran Qarvendsk, some 40 km north of Baghdad.",  # a subject no gazetteer knows
    "The army pushed into the northern town of Zelbraki overnight.",
    "Qarvendsk, a town of 20,000 people, was shelled.",
    "Troops massed in Mosul, a town on the Iraqi border.",  # the town's own country: nothing to judge
    "Shelling hit Erbil, and the army, 80 km to the east, regrouped.",
    "Aid reached Gao, in Mali, home to some 20 million people.",  # the figure is the country's
    "Rebels in Aleppo attacked a base near Idlib.",  # what lies near Idlib is the base
    "Troops left Mosul and moved to the Syrian border.",  # the troops are at the border, not Mosul
    "Troops left Mosul and moved to the border with Iran.",
    "After Tikrit fell, rebels held Mosul, where troops pushed further north.",  # no place lies to the north
    "Gao fell on Monday. Some 400,000 people out of a population of 20 million have fled.",
])
def test_no_finding_without_a_place_the_gazetteer_resolves(check, text):
    assert check(text) == []


# "X, 40 km east of Y" names two places together: among namesakes abroad, the pair that agrees with the statement
# (place, its country, reference, its country); a wrong statement about places with no agreeing namesake pair stays
# a finding (the pair the ranker chose is kept, never an absurd namesake)
NAMESAKE_PAIRS = [
    ("Dairy workers went on strike in Florida, about 95 km north of Montevideo, on Wednesday.",
     ("Florida", "Uruguay"), ("Montevideo", "Uruguay")),
    ("Flooding forced families out of Santa Cruz, about 550 km east of La Paz.",
     ("Santa Cruz", "Bolivia"), ("La Paz", "Bolivia")),
    ("Unknown gunmen shot a village chief in Nara, roughly 350 km north of Bamako.",
     ("Nara", "Mali"), ("Bamako", "Mali")),
    ("Nurses walked out in San José, about 90 km north-west of Montevideo, on Friday.",
     ("San José", "Uruguay"), ("Montevideo", "Uruguay")),
    ("Dock workers struck in Santiago, about 150 km north-west of Santo Domingo.",
     ("Santiago", "Dominican Republic"), ("Santo Domingo", "Dominican Republic")),
]


@pytest.fixture(scope="module")
def read_pair(geocoder, gazetteer, nlp):
    def run(text):
        doc = nlp(text)
        mentions = geocoder.geoparse(text, doc)
        return ({m.surface: m.place.country for m in mentions if m.place is not None},
                check_spatial_claims(text, doc, mentions, gazetteer, "doc-1"))
    return run


@pytest.mark.parametrize(("text", "subject", "reference"), NAMESAKE_PAIRS)
def test_a_stated_relation_picks_the_namesakes_that_agree(read_pair, text, subject, reference):
    countries, findings = read_pair(text)
    assert (subject[0], countries.get(subject[0])) == subject
    assert (reference[0], countries.get(reference[0])) == reference
    assert _one(findings, "direction", subject[0]).consistent is True
    assert _one(findings, "distance", subject[0]).consistent is True


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Rebels shelled Mopti, about 60 km south of Bamako, at dawn.", "Mopti", "Mali"),
    ("Hundreds of miners marched in Victoria, a town 20 km east of Temuco.", "Victoria", "Chile"),
    ("Iraqi forces retook Tikrit, some 40 km south of Baghdad, after a week.", "Tikrit", "Iraq"),
])
def test_a_wrong_relation_keeps_the_chosen_pair_and_its_finding(read_pair, text, place, country):
    countries, findings = read_pair(text)
    assert countries[place] == country
    assert _one(findings, "direction", place).consistent is False
