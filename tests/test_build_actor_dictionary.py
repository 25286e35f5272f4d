"""The actor dictionary's rebuild script: which names a note writes for a coded group (fresh notes)."""

from __future__ import annotations

import pytest

NAME_CASES = [
    ("RVF", "RVF: Red Valley Front", True),
    ("RVLF", "Red Valley Liberation Front", True),  # initials in order
    ("PRB", "Red Valley Liberation Front", False),  # a press office written beside it
    ("Valley Liberation Front", "RVLF: Red Valley Liberation Front", True),
    ("Red Valley", "Red Valley Liberation Front", False),  # two words that do not end as the name ends
    ("Red Valley Liberation", "RVLF: Red Valley Liberation Front", True),  # three that begin the full name
    ("Northern Liberation Front", "Red Valley Liberation Front", False),  # a word the name lacks
    ("Hill People Defence Force", "Hill People's Defence Force", True),
    # the group's other wing: its initials but the last, as many ("Army" for "Front")
    ("RVLA", "RVLF: Red Valley Liberation Front", True),
    ("HPO", "Hill People's Army", True),
    ("RVA", "RVLF: Red Valley Liberation Front", False),  # a letter short
    ("GVLA", "RVLF: Red Valley Liberation Front", False),  # another first letter
    ("RF", "Red Army", False),  # too short to tell
    # what its members are called, as many
    ("Sunists", "SKP (Sunist): Sun Kingdom Party (Sunist)", True),
    ("Dawnites", "Dawnite Rebels (Freedonia)", True),
    ("Tidewalkers", "TWM: Tidewalker Movement", True),
    ("Sunists", "SKP: Sun Kingdom Party", False),  # a word the name lacks
    ("Rivers", "RVLF: Red Valley Liberation Front", False),
]


@pytest.mark.parametrize(("written", "name", "expected"), NAME_CASES)
def test_a_written_name_names_the_actor(build_actor_dictionary, written, name, expected):
    assert build_actor_dictionary._names_the_actor(written, name) is expected


def _note(text: str, actor1: str, actor2: str = "", inter1: str = "2", country: str = "Freedonia") -> dict:
    return {"text": text, "actor1": actor1, "actor2": actor2, "inter1": inter1, "inter2": "1" if actor2 else "",
            "country": country}


NOTES = [
    _note("RVLF fighters ambushed a patrol near the dam; the PRB said two soldiers died.",
          "RVLF: Red Valley Liberation Front", "Military Forces of Freedonia (2010-)"),
    _note("Suspected RVLF militants burned a truck on the ring road.", "RVLF: Red Valley Liberation Front"),
    _note("RVLF and GMB fighters raided a depot, the PRB said.",
          "RVLF: Red Valley Liberation Front and/or GMB: Grey Mountain Brigade", inter1="Rebel group"),
    _note("The PRB reported that soldiers shelled a market.", "Military Forces of Freedonia (2010-)", inter1="1"),
    _note("The PRB said the army cleared a road.", "Military Forces of Freedonia (2010-)", inter1="1"),
    _note("Fighters of the Hill Patrol Unit - North raided a farm.", "Hill Patrol Unit - North", inter1="3"),
    _note("Fighters of the Hill Patrol Unit - South raided a mill.", "Hill Patrol Unit - South", inter1="3"),
    _note("The Hill Patrol Unit attacked a bus.", "Hill Patrol Unit", inter1="3"),
]


def test_counts_learn_acronyms_units_and_countries(build_actor_dictionary):
    counts = build_actor_dictionary._Counts()
    for note in NOTES:
        counts.add(note)
    units = counts.fold_units(lambda name: False)
    assert units["Hill Patrol Unit"] == {"Hill Patrol Unit - North", "Hill Patrol Unit - South"}
    assert sum(counts.inter_of["Hill Patrol Unit"].values()) == 3
    written = counts.aliases(min_count=2, share=0.8)
    assert "RVLF" in written["RVLF: Red Valley Liberation Front"]
    assert "PRB" not in written["RVLF: Red Valley Liberation Front"]  # written in notes that code others too
    assert "GMB: Grey Mountain Brigade" not in counts.inter_of  # "A and/or B" codes neither group alone
    assert counts.countries["RVLF: Red Valley Liberation Front"]["Freedonia"] == 2


UNIT_NOTES = [
    _note("Zelda Border Police shot a smuggler near the river.",
          "Police Forces of Freedonia (2010-) Zelda Border Police", inter1="1"),
    _note("The Zelda Border Police arrested two traders; special forces guarded the road.",
          "Police Forces of Freedonia (2010-) Zelda Border Police", inter1="1"),
    _note("Special forces raided a camp.", "Military Forces of Freedonia (2010-) Special Forces", inter1="1"),
    _note("Special forces of Sylvania shelled a hill.", "Military Forces of Sylvania (2001-) Special Forces",
          inter1="1"),
]


def test_state_units_of_one_country_and_their_proper_names(build_actor_dictionary):
    counts = build_actor_dictionary._Counts()
    for note in UNIT_NOTES:
        counts.add(note)
    assert counts.state_units(2) == {"Police Forces of Freedonia": {"Zelda Border Police"}}
    assert counts.proper_named("Zelda Border Police")
    assert not counts.proper_named("Special Forces")  # written in lower case as often as not


POSSESSIVE_CASES = [
    ("Hill People's Defence Force", "Hill People Defence Force"),
    ("Children’s Liberation Army", "Children Liberation Army"),
    ("Sons of the People's Guard", "Sons of the People Guard"),
    ("People's Army of the Workers' Front", "People Army of the Workers' Front"),  # a plural's possessive stays
    ("Red Valley Liberation Front", "Red Valley Liberation Front"),  # none
]


@pytest.mark.parametrize(("name", "expected"), POSSESSIVE_CASES)
def test_a_name_without_its_possessives(build_actor_dictionary, name, expected):
    assert build_actor_dictionary._possessive_free(name) == expected


PLURAL_NOTES = [
    _note("Sunists set fire to a forest office near the hills.", "SKP (Sunist): Sun Kingdom Party (Sunist)"),
    _note("Suspected Sunists killed a trader.", "SKP (Sunist): Sun Kingdom Party (Sunist)"),
    _note("Sunists blew up a culvert.", "SKP (Sunist): Sun Kingdom Party (Sunist)"),
    _note("Sunists of a splinter group attacked a camp.", "Sunist Rebels (Freedonia)"),
    _note("Police arrested two Sunists and seized Kingdoms of cash.", "Police Forces of Freedonia (2010-)", inter1="1"),
]


def test_a_members_plural_goes_to_the_most_coded_group_it_names(build_actor_dictionary):
    counts = build_actor_dictionary._Counts()
    for note in PLURAL_NOTES:
        counts.add(note)
    written = counts.aliases(min_count=2, share=0.8)  # 4 of the 5 notes writing it code a group it names
    assert "Sunists" in written["SKP (Sunist): Sun Kingdom Party (Sunist)"]
    assert "Sunists" not in written.get("Sunist Rebels (Freedonia)", set())
    assert "Kingdoms" not in written["SKP (Sunist): Sun Kingdom Party (Sunist)"]  # written once only


WING_CASES = [
    ("RVLF: Red Valley Liberation Front (Tarn Splinter Faction)", {"RVLF-Tarn", "RVLF Tarn"}),
    ("HPA: Hill People's Army (Oskar Vell Faction)", {"HPA-Oskar Vell", "HPA Oskar Vell"}),
    ("GMB-Tarn: Grey Mountain Brigade (Tarn)", set()),  # the wing is in the acronym already
    ("Red Valley Liberation Front (Tarn Splinter Faction)", set()),  # no acronym to write it with
    ("RVLF: Red Valley Liberation Front (Splinter Faction)", set()),  # no proper name in the wing
]


@pytest.mark.parametrize(("name", "expected"), WING_CASES)
def test_a_faction_is_written_by_its_acronym_and_its_wing(build_actor_dictionary, name, expected):
    counts = build_actor_dictionary._Counts()
    for text in ("A splinter faction of the front raided a farm.", "The faction split from the splinter group.",
                 "A splinter cell of the faction burned a depot.", "The faction's splinter wing fled.",
                 "Splinter factions clashed.", "A splinter faction looted a shop."):
        counts.add(_note(text, "Hill Patrol Unit", inter1="3"))
    assert counts.wing_names(name) == expected


def _placed(text: str, actor1: str, location: str) -> dict:
    return {**_note(text, actor1, inter1="3"), "location": location, "admin1": "Upper Vale"}


# One capitalised word of a group's own name names it alone, when most notes writing it code the group; never a
# place's or a people's name, nor a word many coded names share.
SINGLE_NOTES = [
    _placed("Varkoli fighters raided a farm and took cattle.", "Varkoli Militia", "Tessa"),
    _placed("Armed Varkoli burned two huts at dawn.", "Varkoli Militia", "Orrin"),
    _placed("Zunda youths beat two traders at the market.", "FDP-Zunda: Freedom Party (Zunda Wing)", "Tessa"),
    _placed("Zunda loyalists looted a depot.", "FDP-Zunda: Freedom Party (Zunda Wing)", "Orrin"),
    _placed("Brannock gunmen attacked a bus in Brannock.", "Brannock Militia", "Brannock"),
    _placed("The Brannock group burned a school.", "Brannock Militia", "Brannock"),
    _placed("Kenyan Union fighters ambushed a lorry.", "Kenyan Union Front", "Tessa"),
    _placed("Kenyan Union men shot a herder.", "Kenyan Union Front", "Orrin"),
    _placed("Storm fighters shelled a hill.", "Storm Brigade", "Tessa"),
    _placed("Storm units raided a camp.", "Storm Brigade", "Orrin"),
    _placed("Legion cadres met in the hills.", "Storm Legion", "Tessa"),
    _placed("Front cadres met in the valley.", "Storm Front", "Orrin"),
]
SINGLE_CASES = [
    ("Varkoli", "Varkoli Militia", True),
    ("Zunda", "FDP-Zunda: Freedom Party (Zunda Wing)", True),
    ("Brannock", "Brannock Militia", False),  # a coded location's name
    ("Kenyan", "Kenyan Union Front", False),  # a people's name
    ("Storm", "Storm Brigade", False),  # a word of three coded names
]


@pytest.mark.parametrize(("word", "owner", "expected"), SINGLE_CASES)
def test_one_word_of_a_groups_own_name_names_it(build_actor_dictionary, word, owner, expected):
    counts = build_actor_dictionary._Counts()
    for note in SINGLE_NOTES:
        counts.add(note)
    assert (word in counts.aliases(min_count=2, share=0.8).get(owner, set())) is expected
