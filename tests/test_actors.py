"""The actor registry: aliases, case, generic actors, guesses."""

from __future__ import annotations

from datetime import date

import pytest

from frontwatch.errors import RegistryError
from frontwatch.model import Document, Place
from frontwatch.resolve.actors import ActorMatcher, ActorRegistry, acronyms_in_context


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def test_aliases_resolve_to_the_canonical_name(registry):
    for alias in ("ISIL", "Daesh", "Islamic State of Iraq and the Levant", "isis"):
        assert registry.get(alias).name == "Islamic State"


def test_short_capital_aliases_match_only_in_capitals(registry, nlp):
    matcher = ActorMatcher(registry, nlp)
    assert [m.actor.name for m in matcher.named_mentions(nlp("IS fighters entered the town."))] == ["Islamic State"]
    assert matcher.named_mentions(nlp("This is the town where it is quiet.")) == []


def test_generic_actor_takes_the_country(registry):
    assert registry.generic("troops", "Iraq").name == "Military Forces of Iraq"
    assert registry.generic("protesters", "Sudan").name == "Protesters (Sudan)"
    assert registry.generic("gunmen", None).name == "Unidentified Armed Group"


@pytest.mark.parametrize(("noun", "country", "name"), [
    ("police", "United States", "Police Forces of the United States"),
    ("protesters", "United States", "Protesters (United States)"),
    ("soldiers", "Democratic Republic of the Congo", "Military Forces of the Democratic Republic of Congo"),
    ("villagers", "Democratic Republic of the Congo", "Civilians (Democratic Republic of Congo)"),
    ("gunmen", "Palestinian Territory", "Unidentified Armed Group (Palestine)"),
    ("army", "Kenya", "Military Forces of Kenya"),
])
def test_generic_actor_writes_the_country_as_acled_does(registry, noun, country, name):
    assert registry.generic(noun, country).name == name


def test_a_generic_actor_moves_to_the_country_of_its_event(registry):
    police = registry.generic("police", "Kenya")
    assert registry.relocated(police, "Uganda").name == "Police Forces of Uganda"
    assert registry.relocated(registry.get("Islamic State"), "Iraq") is None


def test_unknown_actor_is_guessed_and_flagged(registry):
    guessed = registry.guess("Southern Liberation Front")
    assert guessed.needs_review and guessed.inter_code == 2
    assert registry.guess("Ministry of the Interior").inter_code == 1
    assert registry.guess("Acme Holdings").inter_code == 8


def test_user_registry_file_adds_actors(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - name: Northern Hills Brigade\n    aliases: [NHB]\n    inter: 3\n")
    registry = ActorRegistry.load([extra])
    assert registry.get("NHB").inter_code == 3


def test_malformed_registry_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - aliases: [nameless]\n")
    with pytest.raises(RegistryError, match="bad.yaml"):
        ActorRegistry.load([bad])
    bad.write_text("actors:\n  - name: X\n    inter: 12\n")
    with pytest.raises(RegistryError, match="inter 12"):
        ActorRegistry.load([bad])


def test_learned_dictionary_knows_acronyms_and_units(registry):
    """data/acled_actors.yaml (training/build_actor_dictionary.py) is loaded with the hand-written registry."""
    assert registry.get("ISGS").name == "Islamic State (Greater Sahara)"
    assert registry.get("TTP").country == "PK"
    assert registry.get("Boko Haram - Wilayat Gharb Ifriqiyyah").name == "Boko Haram"  # a unit: its parent's alias
    assert registry.get("Boko Haram").inter_code == 2  # the hand-written entry wins, keeping the learned aliases


def test_a_later_file_keeps_the_earlier_aliases(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - name: Boko Haram\n    aliases: [BH]\n    inter: 2\n    country: NG\n")
    registry = ActorRegistry.load([extra])
    assert registry.get("BH").name == registry.get("JAS").name == "Boko Haram"


# Actors a phrase coordinates: the first is actor 1, as ACLED codes "A and/or B".
COORDINATED = [
    ("Suspected ISGS and JNIM fighters attacked a gendarmerie post near the town on Monday.", "ISGS"),
    ("JNIM and ISGS militants ambushed a supply convoy outside the village on Tuesday.", "JNIM"),
    ("TTP and BLA militants stormed a police checkpost on the highway, killing two officers.", "TTP"),
    ("NPA or MILF guerrillas raided a plantation and burned three tractors.", "NPA"),
    ("BLA, TTP and BLF gunmen shot dead three labourers at a construction site.", "BLA"),
]


# ... also where the parser made the phrase's head a conjunct of the first group ("JNIM" or "ISGS militants").
COORDINATED += [
    ("Reported on 4 May 2021, that presumed JNIM or ISGS militants attacked the hamlet of Dori and burned granaries.",
     "JNIM"),
    ("Reported on 9 June 2019, that suspected TTP or BLA militants attacked a school near Quetta and torched "
     "classrooms.", "TTP"),
    ("Reported on 2 April 2020, that presumed ONLF or OLF fighters raided a farm near Jijiga and burned huts.", "ONLF"),
    ("Reported on 7 July 2018, that suspected BLA or BLF militants stormed a camp near Turbat and set vehicles on "
     "fire.", "BLA"),
    ("Reported on 6 August 2020, that presumed ISGS or JNIM militants attacked the village of Seno and burned houses.",
     "ISGS"),
]


@pytest.mark.parametrize(("text", "first"), COORDINATED)
def test_the_first_of_coordinated_groups_is_actor_1(extractor, text, first):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events and events[0].actor1.name == extractor.registry.get(first).name


# A group noun heading a name of its own is that group, not the report's main named group ("the group").
OWN_NAMES = [
    ("The Falcon Guerrilla Group blew up a Pyu Saw Htee truck with a homemade mine on Sunday.",
     "Falcon Guerrilla Group"),
    ("The Silver River Defence Front ambushed Boko Haram fighters near the market; Boko Haram had raided the "
     "village a week earlier.", "Silver River Defence Front"),
    ("The Kalasi Local Defence Group shot dead two ISGS militants near a well, a day after ISGS fighters looted "
     "the village.", "Kalasi Local Defence Group"),
    ("TTP militants attacked a school on Monday. On Tuesday the Hill Tribes Resistance Group ambushed a TTP patrol.",
     "Hill Tribes Resistance Group"),
    ("Al-Shabaab fighters raided the town at dawn. Later the Green Valley Militia Group attacked an al-Shabaab "
     "checkpoint.", "Green Valley Militia Group"),
]


@pytest.mark.parametrize(("text", "name"), OWN_NAMES)
def test_a_group_of_its_own_name_is_not_the_main_group(extractor, text, name):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert any(e.actor1 is not None and any(name in n for n in (e.actor1.name, *e.actor1.aliases)) for e in events)


# A unit of a country's forces that ACLED names after the forces ("Police Forces of Ethiopia (2018-) Liyu Police")
# is an actor of its own, named as ACLED names it without the date (data/acled_actors.yaml).
STATE_UNITS = [
    ("Liyu Police fired on herders at a well, killing two.", "Police Forces of Ethiopia Liyu Police"),
    ("Puntland Dervish Force troops clashed with al-Shabaab fighters in the hills.",
     "Military Forces of Somalia Puntland Dervish Force"),
    ("Jubaland Security Force soldiers shelled a militant camp outside the town.",
     "Military Forces of Somalia Jubaland Security Force"),
    ("Agazi Unit soldiers shot dead a student during a march.", "Military Forces of Ethiopia Agazi Unit"),
    ("Rashtriya Rifles troops killed two militants in an encounter near the village.",
     "Military Forces of India Rashtriya Rifles"),
]


@pytest.mark.parametrize(("text", "unit"), STATE_UNITS)
def test_a_named_unit_is_its_own_actor_after_its_forces(first_actor1, text, unit):
    assert first_actor1(text) == unit


# A body or vehicle of a force is that force ("a police unit", "the army's detachment"; a country's named before it:
# its forces), and the presidential or republican guard is its country's military (data/en/reference.yaml
# force_units; data/actors.yaml).
FORCE_UNITS = [
    ("A military patrol opened fire on a minibus near Tadjourah, wounding three passengers.",
     "Military Forces of Djibouti"),
    ("An army convoy shelled the outskirts of Kismayo on Sunday.", "Military Forces of Somalia"),
    ("A police unit shot dead two suspected robbers in Eldoret on Friday.", "Police Forces of Kenya"),
    ("A Russian convoy shelled farms outside Kupiansk overnight.", "Military Forces of Russia"),
    ("The army's detachment raided a village near Kidal and burned two huts.", "Military Forces of Mali"),
    ("A police squad beat traders at the bus park in Mbale, Uganda, on Monday.", "Police Forces of Uganda"),
    ("The republican guard shelled rebel positions outside Ndjamena on Saturday.", "Military Forces of Chad"),
]
FORCE_UNITS_AS_TARGETS = [
    ("Gunmen ambushed a police patrol outside Garissa, killing two officers.", "Police Forces of Kenya"),
    ("Rebels attacked a military convoy on the road out of Kidal on Friday.", "Military Forces of Mali"),
    ("Militants set fire to an army vehicle near Mandera, Kenya, on Tuesday.", "Military Forces of Kenya"),
]


@pytest.mark.parametrize(("text", "forces"), FORCE_UNITS)
def test_a_forces_unit_or_vehicle_is_the_force(first_actor1, text, forces):
    assert first_actor1(text) == forces


@pytest.mark.parametrize(("text", "forces"), FORCE_UNITS_AS_TARGETS)
def test_a_forces_unit_attacked_is_actor_2(extractor, text, forces):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events and events[0].actor2 is not None and events[0].actor2.name == forces


# ... but a country named after the noun is no force's ("a convoy of lorries heading to Kaduna, Nigeria").
CONVOYS_OF_OTHERS = [
    "Gunmen attacked a convoy of lorries heading to Kaduna, Nigeria, and burned three.",
    "Gunmen shot at a convoy of buses bound for Gao, Mali, wounding four passengers.",
]


@pytest.mark.parametrize("text", CONVOYS_OF_OTHERS)
def test_a_convoy_of_others_is_no_force(extractor, text):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events and not any(e.actor2 is not None and "Forces of" in e.actor2.name for e in events)


# Who the report says set a blast's weapon, in a sentence of its own, is its actor 1 (as who claimed it is).
PLACED_BY = [
    ("A roadside bomb killed two farmers near the well on Monday. The bomb was planted by ISGS militants, officials "
     "said.", "ISGS"),
    ("An IED struck a bus near the market, wounding five passengers. The device was likely planted by TTP militants.",
     "TTP"),
    ("A landmine exploded under a truck outside the village, killing the driver. Police said the mine had been laid "
     "by BLA fighters.", "BLA"),
    ("Two soldiers died when their vehicle hit an explosive device. The explosives were placed by ONLF fighters, the "
     "army said.", "ONLF"),
    ("A bomb went off under a bridge near the camp, wounding three policemen. Officials said NPA guerrillas had "
     "planted the bomb.", "NPA"),
]


@pytest.mark.parametrize(("text", "placer"), PLACED_BY)
def test_who_set_the_weapon_did_the_blast(extractor, text, placer):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events and events[0].actor1.name == extractor.registry.get(placer).name


# Armed men "from", "of", "belonging to" or "affiliated with" a named organisation are that organisation, named
# without its article even when the registry does not know it (flagged for review).
MEMBERS_OF = [
    ("Militants from the Gumuz Freedom Front ambushed a convoy on the main road, killing six soldiers.",
     "Gumuz Freedom Front"),
    ("Fighters of the Northern Hills Resistance Movement attacked a police post on Tuesday.",
     "Northern Hills Resistance Movement"),
    ("Gunmen belonging to the Lake Region Liberation Army abducted three traders near the ferry.",
     "Lake Region Liberation Army"),
    ("Insurgents affiliated with the Eastern Plains Salvation Movement burned a school and a clinic.",
     "Eastern Plains Salvation Movement"),
    ("Rebels from the Western Frontier Salvation Front seized a border post after heavy fighting.",
     "Western Frontier Salvation Front"),
]


@pytest.mark.parametrize(("text", "group"), MEMBERS_OF)
def test_armed_men_of_a_named_group_are_the_group(extractor, text, group):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events and events[0].actor1.name == group


# A named group ACLED names with a kind word or branch the reports leave out is that group (data/actors.yaml rows with
# the names reports write), whatever noun follows it; not a people's militia named by the word
NAMED_BY_THEIR_SHORT_NAME = [
    ("Koglweogo militiamen killed a herder near Djibo.", "Koglweogo Militia"),
    ("The Koglweogo detained three traders at a checkpoint near Fada N'gourma.", "Koglweogo Militia"),
    ("A Koglweogo group abducted two Fulani men near Tougouri.", "Koglweogo Militia"),
    ("IS Sahel fighters ambushed a patrol near Menaka, killing four soldiers.", "Islamic State (Sahel)"),
    ("Suspected IS Sahel militants burned a school near Tillaberi.", "Islamic State (Sahel)"),
    ("Jihadists from the Islamic State Sahel Province attacked a village near Ansongo.", "Islamic State (Sahel)"),
    # the bare "IS" is still the whole group
    ("IS fighters stormed a checkpoint near Raqqa on Friday.", "Islamic State"),
]


@pytest.mark.parametrize(("text", "group"), NAMED_BY_THEIR_SHORT_NAME)
def test_a_group_named_by_its_short_name_is_the_group(first_actor1, text, group):
    assert first_actor1(text) == group


@pytest.mark.parametrize("spelling", ["al-Shabab", "Al-Shabab", "al Shabab", "Shabab", "al-Shabaab"])
def test_the_spellings_news_agencies_use_name_one_group(registry, spelling):
    assert registry.get(spelling).name == "al-Shabaab"


# An acronym written in mixed case ("LeT", "JeM") is matched only as written: in lower case it is a word.
CAMEL_ACRONYMS = [
    ("The guards let the lorry through the checkpoint at dawn.", []),
    ("Elders asked the army to let the wounded leave the besieged village.", []),
    ("Let the record show that the curfew held overnight.", []),
    ("LeT militants fired on a police picket near the border fence.", ["LeT: Lashkar-e-Taiba"]),
    ("Two JeM fighters were killed when troops raided an orchard.", ["JeM: Jaish-e-Mohammad"]),
]


@pytest.mark.parametrize(("text", "names"), CAMEL_ACRONYMS)
def test_mixed_case_acronyms_match_only_as_written(registry, nlp, text, names):
    matcher = ActorMatcher(registry, nlp)
    assert [m.actor.name for m in matcher.named_mentions(nlp(text))] == names


# A registry name inside a longer name: a place before a name of common words names another group (guessed, for
# review); a place before a group ACLED codes by local units names that unit; a group or the group's own people
# before it, or nothing, leaves the group as it is.
LONGER_NAMES = [
    ("Troops of the Chad People's Liberation Army shelled a barracks near Abeche.",
     "Chad People's Liberation Army", True),
    ("Activists of the Jammu and Kashmir People's Democratic Party marched through Anantnag.",
     "Jammu and Kashmir People's Democratic Party", True),
    ("The Gangaw PDF set a mine on the road to the bridge.", "People's Defense Force - Gangaw Battalion", False),
    ("Fighters of the Monywa PDF burned an administrator's office.", "People's Defense Force - Monywa", False),
    ("A unit of the Tabayin People's Defense Force raided a police post.", "People's Defense Force - Tabayin", False),
    ("Anti-Houthi National Resistance forces shelled a farm near the port.", "National Resistance Forces", False),
    ("Supporters of the People's Democratic Party marched in Abuja.", "PDP: People's Democratic Party", False),
    ("Cadres of the Dimapur Hills National Liberation Army seized a lorry.", "Dimapur Hills National Liberation Army",
     True),
]


@pytest.mark.parametrize(("text", "name", "review"), LONGER_NAMES)
def test_a_name_inside_a_longer_name(registry, nlp, text, name, review):
    mentions = ActorMatcher(registry, nlp).named_mentions(nlp(text))
    assert [(m.actor.name, m.actor.needs_review) for m in mentions][-1] == (name, review)


# A group's acronym counts in a report that names places near its country, or that spells the group's name too.
ACRONYMS_IN_CONTEXT = [
    ("Ukrainian gunners hit an APC outside Bakhmut and Soledar.", [("Ukraine", 48.6, 38.0), ("Ukraine", 48.7, 38.1)],
     []),
    ("Rebels fired AA guns at a jet over Idlib and Saraqib.", [("Syria", 35.9, 36.6), ("Syria", 35.8, 36.8)], []),
    ("Two soldiers were KIA near Kandahar and Spin Boldak.", [("Afghanistan", 31.6, 65.7), ("Afghanistan", 31.0, 66.4)],
     []),
    ("KIA fighters shelled an army camp between Myitkyina and Bhamo.",
     [("Myanmar", 25.4, 97.4), ("Myanmar", 24.3, 97.2)], ["KIA: Kachin Independence Army"]),
    ("Envoys in Geneva and Bern met the Kachin Independence Army (KIA).", [("Switzerland", 46.2, 6.1),
                                                                           ("Switzerland", 46.9, 7.4)],
     ["KIA: Kachin Independence Army", "KIA: Kachin Independence Army"]),
]

# A group coded in several countries (the dictionary's `countries`): its acronym counts near any one of them.
ACRONYMS_OF_SEVERAL = [
    ("LeI gunmen torched a school between Bogota and Medellin.", [("Colombia", 4.7, -74.1), ("Colombia", 6.2, -75.6)],
     []),
    ("LeI gunmen torched a school between Kupwara and Baramulla.", [("India", 34.5, 74.3), ("India", 34.2, 74.3)],
     ["LeI: Lashkar-e-Islam"]),
    ("LeI fighters shot at a checkpost between Bara and Jamrud.", [("Pakistan", 33.9, 71.5), ("Pakistan", 34.0, 71.4)],
     ["LeI: Lashkar-e-Islam"]),
    ("JNIM fighters ambushed a convoy between Djibo and Arbinda.",
     [("Burkina Faso", 14.1, -1.6), ("Burkina Faso", 14.2, -0.9)], ["JNIM"]),
    ("A PKK cell fired on a patrol between Lima and Cusco.", [("Peru", -12.0, -77.0), ("Peru", -13.5, -72.0)], []),
]


@pytest.mark.parametrize(("text", "places", "names"), ACRONYMS_IN_CONTEXT + ACRONYMS_OF_SEVERAL)
def test_an_acronym_needs_its_country_or_its_name_in_the_report(extractor, text, places, names):
    mentions = extractor.nlp(text)._.actor_mentions
    placed = [Place(name="", latitude=lat, longitude=lon, country=country) for country, lat, lon in places]
    kept = acronyms_in_context(mentions, placed, lambda code: extractor.geocoder.resolve(extractor.country_name(code)))
    assert [m.actor.name for m in kept] == names


# Peoples' militias coordinated before one head noun: the first people's militia is actor 1, however the parser hangs
# its word (as the subject, "Hausa" beside "Berom militias", or as a modifier); a side that is no people stays itself.
PEOPLES_MILITIAS = [
    ("Tiv and Jukun militias clashed near a ferry crossing in Taraba, leaving six dead.",
     "Tiv Ethnic Militia (Nigeria)"),
    ("Hausa and Berom militiamen fought over a market stall in Jos, and three men died.",
     "Hausa Ethnic Militia (Nigeria)"),
    ("Fighting between Gedeo and Guji militias near Dilla left nine dead.", "Gedeo Ethnic Militia (Ethiopia)"),
    ("Afar and Issa gunmen exchanged fire at a water point near Gewane.", "Afar Ethnic Militia (Ethiopia)"),
    ("Soldiers and Amhara militiamen clashed with TPLF fighters near Humera.", "Military Forces of Ethiopia"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLES_MILITIAS)
def test_the_first_of_coordinated_peoples_militias_is_actor_1(first_actor1, text, name):
    assert first_actor1(text) == name


# Peoples named bare or under a collective noun as the sides of a happening ("clashes between A and B", "between the A
# and B communities"): the first people's militia is actor 1; such words after a place preposition name places.
PEOPLES_AS_SIDES = [
    ("Clashes between the Nuer and Anuak left six dead near Gambela on Friday.", "Nuer Ethnic Militia (Ethiopia)"),
    ("Fighting between Oromos and Somalis killed four herders outside Jijiga.", "Oromo Ethnic Militia (Ethiopia)"),
    ("A dispute over a well turned into a clash between Tiv and Fulani near Makurdi; two men died.",
     "Tiv Ethnic Militia (Nigeria)"),
    ("Renewed fighting between the Guji and Gedeo communities near Dilla burned forty homes.",
     "Guji Ethnic Militia (Ethiopia)"),
    ("Three people died when fighting broke out between armed Afar and Issa groups near Gewane.",
     "Afar Ethnic Militia (Ethiopia)"),
    ("Clashes between Amhara and Qemant tribes near Gondar left five people dead.", "Amhara Ethnic Militia (Ethiopia)"),
]
PEOPLES_AS_PLACES = [  # no people's militia: a place preposition, one people alone, a crowd that marches
    ("Fighting went on in Amhara and Tigray on Monday, the regional office said.",
     "Unidentified Armed Group (Ethiopia)"),
    ("Members of the Oromo community marched through Adama on Saturday.", "Protesters (Ethiopia)"),
    ("Amhara and Oromo people marched peacefully through Bahir Dar.", "Protesters (Ethiopia)"),
]


# "opened gunfire on X" is a shooting by the subject, as "opened fire on X" is (data/en/predicates.yaml light_verbs)
OPENED_GUNFIRE = [
    ("On 2 May 2024, police officers opened heavy gunfire on a minibus in Kismayo, wounding two passengers.",
     "Police Forces of Somalia"),
    ("Al-Shabaab fighters opened gunfire on a fuel lorry near Jowhar on Tuesday.", "al-Shabaab"),
    ("Soldiers opened gunfire at traders in the livestock market of Baidoa, killing one man.",
     "Military Forces of Somalia"),
    ("On 8 March 2025, Hawadle clan militia opened gunfire on a bus near Beledweyne, killing its driver.",
     "Hawiye-Hawadle Sub-Clan Militia (Somalia)"),
    ("Unknown gunmen opened sporadic gunfire on a police post in Garissa, Kenya, overnight.",
     "Unidentified Armed Group (Kenya)"),
]


# A generic noun with more words before it than a rule names ("Oromia regional state police officers"): the longest run
# of words nearest the head that a rule knows names the actor ("police officers"), not an unidentified group.
LONGER_GENERIC_PHRASES = [
    ("On 4 June 2020, Oromia regional state police officers killed two farmers near Nekemte.",
     "Police Forces of Ethiopia"),
    ("Administration police officers shot dead a trader in Garissa, Kenya, on Monday.", "Police Forces of Kenya"),
    ("Traffic police officers shot a motorcyclist at a checkpoint in Kampala, Uganda.", "Police Forces of Uganda"),
    ("Local prison guards flogged three inmates in Kano, Nigeria, last week.", "Police Forces of Nigeria"),
    ("Hired private security guards shot a man trespassing at a mine near Geita, Tanzania.",
     "Private Security Forces (Tanzania)"),
]

# who "brought reinforcements" sent them, as who "sent" or "brought in" them (data/en/predicates.yaml light_verbs)
BROUGHT_REINFORCEMENTS = [
    ("On 3 June 2021, Turkish forces brought reinforcements to their bases in the countryside of Idlib.",
     "Military Forces of Turkey"),
    ("Al-Shabaab brought reinforcements into the villages around Bulo Burde overnight.", "al-Shabaab"),
    ("On 2 April 2020, the Houthis brought reinforcements to the front lines east of Marib.", "Houthis"),
    ("Ethiopian federal forces brought more reinforcements to Dembi Dolo after the raid.",
     "Military Forces of Ethiopia"),
    ("Police brought reinforcements to the market in Kisumu, Kenya, as the crowd grew.", "Police Forces of Kenya"),
]


@pytest.mark.parametrize(("text", "name"), [*LONGER_GENERIC_PHRASES, *PEOPLES_AS_SIDES, *PEOPLES_AS_PLACES,
                                            *OPENED_GUNFIRE, *BROUGHT_REINFORCEMENTS])
def test_actor_1_of_longer_generic_phrases_peoples_as_sides_gunfire_and_reinforcements(first_actor1, text, name):
    assert first_actor1(text) == name


# "<people> tribesmen" are that people's militia, as "<people> militiamen" are (data/en/reference.yaml militia_members)
TRIBESMEN = [
    ("Afar tribesmen attacked a convoy near Gewane on Sunday, killing two drivers.", "Afar Ethnic Militia (Ethiopia)"),
    ("Borana tribesmen ambushed a truck near Moyale on Friday and wounded its driver.",
     "Borana Ethnic Militia (Kenya)"),
    ("Anuak tribesmen burned huts in a village near Gambela overnight.", "Anuak Ethnic Militia (Ethiopia)"),
    ("A Murle tribesman shot dead a trader on the road to Pibor on Wednesday.", "Murle Ethnic Militia (South Sudan)"),
    ("Clashes between Afar tribesmen and Issa herders near Gewane killed four people.",
     "Afar Ethnic Militia (Ethiopia)"),
]


@pytest.mark.parametrize(("text", "name"), TRIBESMEN)
def test_a_peoples_tribesmen_are_its_militia(first_actor1, text, name):
    assert first_actor1(text) == name


# doers told as members of a people's community are that people's militia, as ACLED codes them; men done to stay
# civilians (DocumentActors._community_militia)
COMMUNITY_MEMBERS = [
    ("Members of the Fulani community killed a farmer near Kalale on Monday.", "Fulani Ethnic Militia (Benin)"),
    ("Youths from the Nuer community attacked a cattle camp near Akobo on Sunday.", "Nuer Ethnic Militia (Ethiopia)"),
    ("Armed youths from the Murle community raided a cattle camp near Pibor on Saturday, killing six people.",
     "Murle Ethnic Militia (South Sudan)"),
    ("Men belonging to the Tiv community attacked a Fulani settlement near Makurdi on Wednesday.",
     "Tiv Ethnic Militia (Nigeria)"),
    ("A farmer was killed near Kalale on Monday by members of the Fulani community.", "Fulani Ethnic Militia (Benin)"),
]


# doers told by who they are suspected, believed or alleged to be are that group, however the parser hangs the verb:
# on the hedge as its clause ("gunmen suspected to be members of X attacked"), or the hedge on the subject (the frame
# patterns of data/en/frames/active.yaml); a generic identity stays generic
SUSPECTED_TO_BE = [
    ("Gunmen suspected to be members of al-Shabaab attacked a police post in Garissa on Monday.", "al-Shabaab"),
    ("Fighters believed to be members of the Taliban attacked a checkpoint in Ghazni on Sunday.", "Taliban"),
    ("Militiamen suspected to be Murle raiders abducted three children near Pibor on Tuesday.",
     "Murle Ethnic Militia (South Sudan)"),
    ("Men alleged to be members of al-Shabaab killed two quarry workers near Mandera.", "al-Shabaab"),
    ("Assailants suspected to be Hausa youths torched a market in Jos on Saturday.", "Hausa Ethnic Militia (Nigeria)"),
    # guards
    ("Gunmen suspected to be bandits killed two farmers near Gusau on Monday.", "Unidentified Armed Group (Nigeria)"),
    ("Men believed to be soldiers beat a trader to death in Mogadishu on Sunday.", "Military Forces of Somalia"),
    ("Gunmen believed to be Fulani herders killed six farmers near Makurdi on Sunday.",
     "Fulani Ethnic Militia (Nigeria)"),
]


@pytest.mark.parametrize(("text", "name"), COMMUNITY_MEMBERS + SUSPECTED_TO_BE)
def test_doers_told_as_members_of_a_peoples_community_are_its_militia(first_actor1, text, name):
    assert first_actor1(text) == name


@pytest.mark.parametrize("text", [
    "Gunmen killed two members of the Fulani community near Kalale on Monday.",
    "Bandits shot dead three youths from the Tiv community near Makurdi on Friday.",
    "Gunmen killed three residents of Kaiama on Sunday.",  # nor the people of a village
    "Bandits abducted five villagers from Lafia on Friday.",
])
def test_members_of_a_community_done_to_are_no_militia(extractor, text):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events and all("Militia" not in (e.actor2.name if e.actor2 else "") for e in events)


@pytest.mark.parametrize("text", [
    "Members of the Oromo community marched through Adama on Saturday.",
    "Youths from the Fulani community rallied peacefully in Parakou on Monday.",
])
def test_members_of_a_community_who_march_are_protesters(first_actor1, text):
    assert first_actor1(text).startswith("Protesters")


# A people neither table knows (no learned militia, no CLDR language name), named by a capitalised word right before
# armed men's noun, is that people's militia whatever the tagger reads the word as (a place, a person, a common noun);
# a word of a longer name, a date or a word that opens the sentence untagged names none.
UNKNOWN_PEOPLES_ARMED = [
    ("Hema militiamen attacked a camp near Bunia, killing seven displaced people.", "Hema",
     "Hema Ethnic Militia (Democratic Republic of Congo)"),
    ("Armed Pokot raiders stole goats in a village near Kapedo, Kenya, on Monday.", "Pokot",
     "Pokot Ethnic Militia (Kenya)"),
    ("Kuteb militiamen burned houses near Takum, Taraba.", "Kuteb", "Kuteb Ethnic Militia (Nigeria)"),
    ("On Friday, Gabra gunmen shot dead two herders near Marsabit, Kenya.", "Gabra", "Gabra Ethnic Militia (Kenya)"),
    ("Kembata militiamen attacked a village near Durame, Ethiopia.", "Kembata", "Kembata Ethnic Militia (Ethiopia)"),
]
UNKNOWN_PEOPLES_HERDERS_YOUTHS = [
    ("Toposa herders raided cattle camps near Kapoeta, killing four men.", "Toposa",
     "Toposa Ethnic Militia (South Sudan)"),
    ("Mundari youths attacked a cattle camp near Terekeka, South Sudan.", "Mundari",
     "Mundari Ethnic Militia (South Sudan)"),
    ("On Tuesday, armed Lendu youths burned houses near Djugu, Ituri.", "Lendu",
     "Lendu Ethnic Militia (Democratic Republic of Congo)"),
    ("Armed Bachama youths attacked herders near Numan, Nigeria.", "Bachama", "Bachama Ethnic Militia (Nigeria)"),
    ("Suspected Pokot herders shot dead a trader near Kapedo, Kenya.", "Pokot", "Pokot Ethnic Militia (Kenya)"),
]
NO_PEOPLE_BEFORE_ARMED_MEN = [
    ("Boko Haram gunmen attacked a village near Maiduguri.", "Haram", "Boko Haram"),
    ("Sunday gunmen attacked a bar in Juba, South Sudan.", "Sunday", "Unidentified Armed Group (South Sudan)"),
    ("Masked gunmen attacked a bar in Juba, South Sudan.", "Masked", "Unidentified Armed Group (South Sudan)"),
    ("ISWAP fighters attacked a base near Monguno, Nigeria.", "ISWAP", "Islamic State West Africa Province"),
]


@pytest.mark.parametrize(("text", "word", "name"),
                         UNKNOWN_PEOPLES_ARMED + UNKNOWN_PEOPLES_HERDERS_YOUTHS + NO_PEOPLE_BEFORE_ARMED_MEN)
def test_a_capitalised_word_before_armed_men_names_a_people_no_table_knows(extractor, first_actor1, text, word, name):
    assert extractor.registry.militia(word, None) is None  # no table knows it: the word alone makes the militia
    assert first_actor1(text) == name


# A word before armed men's noun that the geocoder resolves to a place and no actor table knows as a people says where
# they come from or operate, not whose militia they are ("Katsina gunmen"): an unidentified armed group of the country.
PLACES_BEFORE_ARMED_MEN = [
    ("Katsina gunmen stormed a mosque in Funtua, killing two worshippers.", "Unidentified Armed Group (Nigeria)"),
    ("Ituri militiamen burned houses near Djugu on Monday.", "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Tillaberi gunmen killed six villagers near Ayorou, Niger.", "Unidentified Armed Group (Niger)"),
    ("Kasai militiamen looted shops in Tshikapa, Congo.", "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("On Tuesday, Kaduna gunmen abducted eleven farmers near Kajuru, Nigeria.", "Unidentified Armed Group (Nigeria)"),
]

# A weapon that kills or explodes is no actor, however the tagger reads its word (an organisation's name: "Landmine",
# "RPG"): whoever used it is actor 1, an unidentified armed group when the report names nobody.
WEAPONS_AS_DOERS = [
    ("Landmine kills two children near Kandahar, Afghanistan.", "Unidentified Armed Group (Afghanistan)"),
    ("Landmine wounds three women gathering firewood near Kassala, Sudan.", "Unidentified Armed Group (Sudan)"),
    ("Landmine blast kills two soldiers near Tessalit, Mali.", "Unidentified Armed Group (Mali)"),
    ("An RPG hit a minibus near Tal Afar, Iraq, killing two passengers.", "Unidentified Armed Group (Iraq)"),
    ("A VBIED exploded at a checkpoint near Afgooye, Somalia, killing four soldiers.",
     "Unidentified Armed Group (Somalia)"),
]

# State forces written without their country ("soldiers") are those of the one country whose forces the report names
# with theirs ("Turkish forces"), not those of the country of the place they stand in; a report naming the forces of
# several countries, or of its own, leaves them its own.
FORCES_OF_THE_REPORT = [
    ("Troops shot dead a herder near Dhobley, Somalia, on Tuesday. Kenyan soldiers have guarded the border town since "
     "2011.", "Military Forces of Kenya"),
    ("Soldiers detained two shepherds near Tal Tamr, Syria, on Sunday, a week after Turkish troops entered the area.",
     "Military Forces of Turkey"),
    ("Troops burned three houses near Kalehe, Congo; witnesses said they were Burundian soldiers.",
     "Military Forces of Burundi"),
    ("Soldiers shelled the village of Hamriyeh, Syria, on Monday; the Israeli army said it had answered fire.",
     "Military Forces of Israel"),
    ("Soldiers fired on fishermen off Rafah, Gaza, on Monday; the Egyptian army said they had crossed the sea border.",
     "Military Forces of Egypt"),
    ("Soldiers shot dead a trader near Gao, Mali, on Friday. Malian and French troops patrol the town.",
     "Military Forces of Mali"),
    ("Soldiers arrested three men in Maiduguri on Monday. Nigerian troops have held the city since 2013.",
     "Military Forces of Nigeria"),
]


# Forces written without their country in a report on a country where ACLED codes another state's forces of that
# kind (data/forces_abroad.yaml, learned from the train notes: soldiers on the West Bank and in Gaza are Israel's);
# forces the report qualifies, and other kinds of force, stay the country's own.
FORCES_ACLED_CODES_AS_ANOTHER_STATES = [
    ("Soldiers at a checkpoint near Jenin shot dead a young man on Monday.", "Military Forces of Israel"),
    ("Troops raided a house in Tubas on Tuesday and detained two brothers.", "Military Forces of Israel"),
    ("Soldiers demolished a shop in Hebron, West Bank, on Wednesday.", "Military Forces of Israel"),
    ("Troops shot a fisherman off Khan Younis, Gaza.", "Military Forces of Israel"),
    ("Troops blew up the family home of a prisoner in Qabatiya, near Jenin.", "Military Forces of Israel"),
    ("Palestinian security forces arrested three men in Nablus.", "Military Forces of Palestine"),
    ("Police arrested a journalist in Ramallah on Monday.", "Police Forces of Palestine"),
]


# A people's word on men, a group or a youth told armed ("Oromo armed men", "an armed Nuer group") names that people's
# militia as it does on "militiamen"; armed men of no people are an unidentified armed group.
ARMED_MEN_OF_A_PEOPLE = [
    ("Oromo armed men shot two traders near Moyale, Ethiopia, on Monday.", "Oromo Ethnic Militia (Ethiopia)"),
    ("Angry Tiv youth attacked a market near Makurdi, Nigeria.", "Tiv Ethnic Militia (Nigeria)"),
    ("An armed Nuer group attacked a cattle camp near Akobo, South Sudan.", "Nuer Ethnic Militia (South Sudan)"),
    ("Heavily armed Borana men raided a village near Moyale, Kenya, on Sunday.", "Borana Ethnic Militia (Kenya)"),
    ("Gedeo armed men burned twenty houses near Dilla, Ethiopia.", "Gedeo Ethnic Militia (Ethiopia)"),
    ("Two armed men shot a shopkeeper in Kismayo, Somalia.", "Unidentified Armed Group (Somalia)"),
    ("An armed group attacked a bus near Kidal, Mali.", "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize(("text", "name"),
                         PLACES_BEFORE_ARMED_MEN + WEAPONS_AS_DOERS + FORCES_OF_THE_REPORT
                         + FORCES_ACLED_CODES_AS_ANOTHER_STATES + ARMED_MEN_OF_A_PEOPLE)
def test_places_weapons_forces_abroad_and_armed_peoples_as_acled_codes_actor_1(first_actor1, text, name):
    assert first_actor1(text) == name


# A registry name the parser reads as a verb right before a group noun ("On 4 May, IS fighters ...": "is" as an
# auxiliary) still names the group the noun stands for.
NAMES_READ_AS_VERBS = [
    ("On 4 June 2021, IS fighters shot dead a soldier near Palmyra.", "Islamic State"),
    ("Late on Monday, IS militants ambushed an army patrol near Deir ez-Zor.", "Islamic State"),
    ("According to local sources, IS gunmen killed two farmers near Kirkuk.", "Islamic State"),
    ("In Tal Afar, IS members executed a former policeman on Friday.", "Islamic State"),
    ("Near Mosul, IS insurgents attacked a checkpoint, wounding three soldiers.", "Islamic State"),
]


@pytest.mark.parametrize(("text", "name"), NAMES_READ_AS_VERBS)
def test_a_name_read_as_a_verb_still_names_the_group(first_actor1, text, name):
    assert first_actor1(text) == name


# A gang the report does not name is ACLED's "Unidentified Gang (<country>)" (data/actors.yaml), not nobody.
UNNAMED_GANGS = [
    ("Gang members set fire to a police station in Cap-Haitien on Tuesday.", "Unidentified Gang (Haiti)"),
    ("A gang attacked a bus near Tegucigalpa on Monday, killing three passengers.", "Unidentified Gang (Honduras)"),
    ("Gangs clashed with police in the Cite Soleil district of Port-au-Prince on Friday.", "Unidentified Gang (Haiti)"),
    ("Gangsters shot dead two shopkeepers in Fortaleza on Sunday.", "Unidentified Gang (Brazil)"),
    ("Gang members looted a warehouse in San Pedro Sula on Saturday.", "Unidentified Gang (Honduras)"),
]


@pytest.mark.parametrize(("text", "name"), UNNAMED_GANGS)
def test_an_unnamed_gang_is_acleds_unidentified_gang(first_actor1, text, name):
    assert first_actor1(text) == name


# A clan's or an ethnic group's militia the report does not name is ACLED's "Unidentified Clan Militia" or
# "Unidentified Ethnic Militia" of its country (data/actors.yaml), not an unidentified armed group; a militia the report
# names by its people or clan stays that people's (data/identity_militias.yaml), and other gunmen stay unidentified.
UNNAMED_IDENTITY_MILITIAS = [
    ("On 3 March 2024, an unidentified clan militia opened fire on a minibus near Beledweyne, wounding the driver.",
     "Unidentified Clan Militia (Somalia)"),
    ("Two unidentified clan militias exchanged gunfire over a water well outside Dhusamareb on Sunday.",
     "Unidentified Clan Militia (Somalia)"),
    ("Clan militiamen torched a row of shops in Baidoa market after a dispute over grazing land.",
     "Unidentified Clan Militia (Somalia)"),
    ("Unidentified ethnic militias killed four farmers in a raid on a village near Nekemte on Friday.",
     "Unidentified Ethnic Militia (Ethiopia)"),
    ("An ethnic militia attacked herders near Gambela town, killing two of them.",
     "Unidentified Ethnic Militia (Ethiopia)"),
    ("Ethnic militiamen burned houses in a hamlet outside Assosa overnight.", "Unidentified Ethnic Militia (Ethiopia)"),
    ("Abgal clan militia fighters attacked a checkpoint near Jowhar on Monday, killing one soldier.",
     "Hawiye-Abgal Sub-Clan Militia (Somalia)"),
    ("Soldiers clashed with an unidentified clan militia near Galkayo, leaving two fighters dead.",
     "Military Forces of Somalia"),
    ("Gunmen killed a shopkeeper in Beledweyne on Monday.", "Unidentified Armed Group (Somalia)"),
]


@pytest.mark.parametrize(("text", "name"), UNNAMED_IDENTITY_MILITIAS)
def test_an_unnamed_clan_or_ethnic_militia_is_acleds_own_actor(first_actor1, text, name):
    assert first_actor1(text) == name


# Armed men the report tells as members of an unnamed clan's or ethnic group's militia ("gunmen from an ethnic
# militia", "ethnic militants") are that unidentified militia (data/actors.yaml; `DocumentActors._member_of`), not an
# unidentified armed group; a state's soldiers "from" a clan militia stay the state's, and gunmen who kill a clan's
# member stay unidentified.
MEMBERS_OF_UNNAMED_MILITIAS = [
    ("Gunmen from an ethnic militia burned houses in a village in Kamashi zone on Monday, killing six.",
     "Unidentified Ethnic Militia (Ethiopia)"),
    ("Attackers from an unidentified ethnic group killed four farmers near Gambela on Tuesday.",
     "Unidentified Ethnic Militia (Ethiopia)"),
    ("Unidentified ethnic militants set fire to a school near Assosa on Wednesday, killing a guard.",
     "Unidentified Ethnic Militia (Ethiopia)"),
    ("Militiamen from an unidentified clan militia shot dead two traders near Beledweyne on Thursday.",
     "Unidentified Clan Militia (Somalia)"),
    ("Ethnic gunmen ambushed a bus on the road to Nekemte on Saturday, killing three passengers.",
     "Unidentified Ethnic Militia (Ethiopia)"),
    ("Government soldiers from a local clan militia opened fire on a minibus near Dhusamareb on Monday.",
     "Military Forces of Somalia"),
    ("Unidentified gunmen shot dead two presenters of a community radio station near Garissa on Saturday.",
     "Unidentified Armed Group (Kenya)"),
]


@pytest.mark.parametrize(("text", "name"), MEMBERS_OF_UNNAMED_MILITIAS)
def test_armed_men_of_an_unnamed_identity_militia_are_that_militia(first_actor1, text, name):
    assert first_actor1(text) == name


# A clan the report names by its own word as the doer ("the Abgal clan attacked", "Duduble and Ayr clans fought") is
# that clan's militia (data/en/reference.yaml `militia_members`), as "Abgal clan militia" is; a clan's member killed
# by gunmen leaves the gunmen unidentified.
CLANS_AS_DOERS = [
    ("The Abgal clan attacked a checkpoint near Jowhar on Monday, killing one soldier.",
     "Hawiye-Abgal Sub-Clan Militia (Somalia)"),
    ("The Dhulbahante clan ambushed a convoy of traders near Las Anod on Wednesday, killing two drivers.",
     "Darod-Dhulbahante Sub-Clan Militia (Somalia)"),
    ("Duduble and Ayr clans fought over a well near Dhusamareb on Sunday, leaving four dead.",
     "Hawiye-Habar Gedir-Duduble Sub-Clan Militia (Somalia)"),
    ("Elders said the Garre clan raided a cattle camp near Mandera on Tuesday, wounding three herders.",
     "Rahanweyn-Digil-Garre Sub-Clan Militia (Kenya)"),
    ("On Friday the Dabarre clan burned a row of huts in a hamlet outside Baidoa.",
     "Rahanweyn-Digil-Dabarre Sub-Clan Militia (Somalia)"),
    ("Gunmen shot dead an elder of the Dhulbahante clan in Las Anod on Sunday.", "Unidentified Armed Group (Somalia)"),
]


@pytest.mark.parametrize(("text", "name"), CLANS_AS_DOERS)
def test_a_clan_named_as_the_doer_is_its_militia(first_actor1, text, name):
    assert first_actor1(text) == name


# A people the learned militia table does not know is named by ACLED's convention, "<people> Ethnic Militia (<country>)"
# (data/actors.yaml people_militia), when its word names a people (data/peoples.csv, from the CLDR's language names); a
# word naming no people ("Jihadist"), a country's people ("Kenyan") or a people whose forces are an armed group
# ("Kachin") does not.
PEOPLES_MILITIAS = [
    ("Samburu raiders stole cattle and shot dead a herder near Baragoi on Sunday.", "Samburu Ethnic Militia (Kenya)"),
    ("Bambara militiamen attacked a hamlet near Segou, killing four villagers.", "Bambara Ethnic Militia (Mali)"),
    ("On Monday, Kikuyu youths torched shops in Nakuru.", "Kikuyu Ethnic Militia (Kenya)"),
    ("Igbo gunmen ambushed a bus near Enugu on Friday, killing two passengers.", "Igbo Ethnic Militia (Nigeria)"),
    ("Armed Kanuri herders raided a farm near Diffa in Niger on Tuesday, wounding a farmer.",
     "Kanuri Ethnic Militia (Niger)"),
    ("Clashes between Samburu and Turkana herders left five dead near Baragoi.", "Samburu Ethnic Militia (Kenya)"),
    ("Jihadist fighters attacked a village near Djibo on Friday.", "Unidentified Armed Group (Burkina Faso)"),
    ("Kenyan gunmen shot dead two traders near Garissa on Sunday.", "Unidentified Armed Group (Kenya)"),
    ("Kachin fighters attacked an army post near Myitkyina.", "Unidentified Armed Group (Myanmar)"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLES_MILITIAS)
def test_a_peoples_militia_the_table_does_not_know_is_named_by_acleds_convention(first_actor1, text, name):
    assert first_actor1(text) == name


# A militia the report names by its group's proper name and the kind word before "militia" is ACLED's "<group> <Kind>
# Militia (<country>)" (data/actors.yaml named_militias), the name as written; without a proper name (or with a kind
# word ACLED names no militia by) it stays the unidentified one.
NAMED_MILITIAS = [
    ("On 4 June, Darod-Leelkase sub-clan militia stole camels from herders near Galdogob, wounding one.",
     "Darod-Leelkase Sub-Clan Militia (Somalia)"),
    ("The Dizi ethnic militia killed two traders near Mizan Teferi on Tuesday.", "Dizi Ethnic Militia (Ethiopia)"),
    ("Shinasha ethnic militiamen burned houses in a hamlet outside Assosa overnight.",
     "Shinasha Ethnic Militia (Ethiopia)"),
    ("On Sunday, Gugundhabe clan militia ambushed a truck near Jowhar, killing its driver.",
     "Gugundhabe Clan Militia (Somalia)"),
    ("Hawiye-Murusade sub-clan militiamen attacked a village near Adale on Friday.",
     "Hawiye-Murusade Sub-Clan Militia (Somalia)"),
    ("On 2 May, Hawiye-Abdalle-Warfa sub-clan militia looted goats from herders near Dhusamareb.",
     "Hawiye-Abdalle-Warfa Sub-Clan Militia (Somalia)"),
    ("Rival clan militias exchanged gunfire near a well outside Dhusamareb on Sunday.",
     "Unidentified Clan Militia (Somalia)"),
    ("An unidentified ethnic militia killed a farmer near Nekemte on Friday.",
     "Unidentified Ethnic Militia (Ethiopia)"),
]


@pytest.mark.parametrize(("text", "name"), NAMED_MILITIAS)
def test_a_militia_named_with_its_kind_is_named_by_acleds_convention(first_actor1, text, name):
    assert first_actor1(text) == name


# A foreign force the report calls "international forces" is ACLED's "Unidentified Military Forces" (data/actors.yaml);
# a generic noun with an adjective in the registry's lists is read whole ("a local militia": a communal militia)
UNNAMED_FORCES = [
    ("International forces launched an airstrike on an al-Shabaab position near Jilib on Monday.",
     "Unidentified Military Forces"),
    ("An airstrike by international forces hit a militant camp outside Jamaame.", "Unidentified Military Forces"),
    ("International forces carried out an air strike targeting insurgents in the Hiran region.",
     "Unidentified Military Forces"),
    ("Drones operated by international forces struck a vehicle carrying fighters near Kismayo.",
     "Unidentified Military Forces"),
    ("A local militia attacked a village near Bunia, killing four civilians.",
     "Unidentified Communal Militia (Democratic Republic of Congo)"),
    ("Somali forces launched an airstrike on an al-Shabaab position near Jilib on Monday.",
     "Military Forces of Somalia"),
    ("Two members of the Eritrean air force defected to Ethiopia with their jets.", "Military Forces of Eritrea"),
]


@pytest.mark.parametrize(("text", "name"), UNNAMED_FORCES)
def test_an_unnamed_foreign_force_is_acleds_unidentified_military_forces(first_actor1, text, name):
    assert first_actor1(text) == name


# A country named before an actor's noun as its backer, a side it takes or its people's origin is not the actor's
# country ("Iran-backed militia", "pro-Russian separatists", "ethnic Chinese armed group"): the event's country is
# (data/en/reference.yaml backing, siding); a country named plainly still is ("Kenyan police").
BACKERS = [
    ("Pro-Russian separatists shelled a village near Donetsk, Ukraine.", "Unidentified Armed Group (Ukraine)"),
    ("An Iran-backed militia fired rockets at a base near Erbil, Iraq.", "Unidentified Armed Group (Iraq)"),
    ("Turkish-backed rebels attacked Kurdish positions near Manbij, Syria.", "Unidentified Armed Group (Syria)"),
    ("An ethnic Chinese armed group attacked a police post near Laukkai, Myanmar.",
     "Unidentified Armed Group (Myanmar)"),
    ("Saudi-funded gunmen stormed a mosque in Sanaa, Yemen, on Friday.", "Unidentified Armed Group (Yemen)"),
    ("Kenyan police shot dead two suspects in Garissa on Monday.", "Police Forces of Kenya"),
    ("Rwandan soldiers shelled a hill near Gisenyi on Tuesday.", "Military Forces of Rwanda"),
]


@pytest.mark.parametrize(("text", "name"), BACKERS)
def test_a_backers_country_is_not_the_actors(first_actor1, text, name):
    assert first_actor1(text) == name


# A noun of state forces that a non-state group's noun qualifies ("rebel troops", "insurgent units") is that armed
# group, not the army; a state's own qualifier leaves it the state's ("government troops", "army soldiers").
IRREGULAR_FORCES = [
    ("Rebel brigades captured the village of Tal Rifaat, Syria, after heavy fighting.",
     "Unidentified Armed Group (Syria)"),
    ("Rebel troops seized the town of Bambari, Central African Republic, on Monday.",
     "Unidentified Armed Group (Central African Republic)"),
    ("Rebel forces captured the village of Kafr Nabl, Syria.", "Unidentified Armed Group (Syria)"),
    ("Insurgent units overran an army post near Palma, Mozambique.", "Unidentified Armed Group (Mozambique)"),
    ("Militant units attacked a checkpoint near Arish, Egypt, killing four policemen.",
     "Unidentified Armed Group (Egypt)"),
    ("Government troops shelled a rebel camp near Bambari, Central African Republic.",
     "Military Forces of the Central African Republic"),
    ("Army soldiers shot dead two smugglers near Arish, Egypt.", "Military Forces of Egypt"),
]


@pytest.mark.parametrize(("text", "name"), IRREGULAR_FORCES)
def test_a_groups_noun_makes_state_forces_an_armed_group(first_actor1, text, name):
    assert first_actor1(text) == name


# A clash told through a reporting verb in the passive ("clashes were reported between A and B") has A and B as its
# sides, as one told through a happening verb does ("clashes erupted between A and B"); who reported it is no side.
REPORTED_BETWEEN = [
    ("Clashes were reported between al-Shabaab and the army near Baidoa, Somalia.",
     ("al-Shabaab", "Military Forces of Somalia")),
    ("Clashes were reported on Friday in Gao, Mali, between JNIM and the army.", ("JNIM", "Military Forces of Mali")),
    ("Heavy fighting was reported on Sunday between Houthi rebels and government forces near Marib, Yemen.",
     ("Houthis", "Military Forces of Yemen")),
    ("Clashes were recorded between ISWAP and Nigerian troops near Monguno, Nigeria, on Sunday.",
     ("Islamic State West Africa Province", "Military Forces of Nigeria")),
    ("Fighting was reported between al-Shabaab and Kenyan troops near Mandera, Kenya.",
     ("al-Shabaab", "Military Forces of Kenya")),
    ("Clashes were reported by residents near Baidoa, Somalia, on Tuesday.",
     ("Unidentified Armed Group (Somalia)", None)),
]


@pytest.mark.parametrize(("text", "sides"), REPORTED_BETWEEN)
def test_a_clash_reported_between_two_sides_has_them_as_actors(extractor, text, sides):
    event = extractor.extract(Document(id="t", text=text, origin="t")).events[0]
    assert (event.actor1.name, event.actor2.name if event.actor2 else None) == sides


# A perfect complement verb takes its governor's subject as its doer ("X claimed to have killed ..."), as a bare one
# does ("failed to retake"); a passive one does not ("soldiers are believed to have been killed": no doer named).
PERFECT_COMPLEMENTS = [
    ("ISGS claimed to have killed four JNIM fighters near Tessit, Mali.", "Islamic State (Greater Sahara)"),
    ("JNIM claimed to have killed ten soldiers near Douentza, Mali.", "JNIM"),
    ("Al-Shabaab claims to have shot down a drone near Jilib, Somalia.", "al-Shabaab"),
    ("ISWAP claimed to have overrun an army base near Marte, Nigeria.", "Islamic State West Africa Province"),
    ("The Houthis claimed to have shot down a US drone over Marib, Yemen.", "Houthis"),
    ("Two soldiers are believed to have been killed near Douentza, Mali.", "Unidentified Armed Group (Mali)"),
    ("Villagers claimed to have been attacked by gunmen near Mopti, Mali.", "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize(("text", "name"), PERFECT_COMPLEMENTS)
def test_a_perfect_complement_takes_its_governors_subject(first_actor1, text, name):
    assert first_actor1(text) == name


# A crowd is its own actor whoever is in it: its head noun decides before its members' ("a crowd of traders" fired on
# by state forces is force against a crowd, ACLED's protesters first); people named by their trade alone are
# civilians; a crowd an armed group attacks is civilians (acled_taxonomy.yaml `victims`), not protesters.
CROWD_HEADS = [
    ("Police fired live rounds at a crowd of traders in Kano, Nigeria, killing one.",
     ("Protesters (Nigeria)", "Police Forces of Nigeria")),
    ("Soldiers opened fire on a crowd of farmers in Bamako, Mali, wounding six.",
     ("Protesters (Mali)", "Military Forces of Mali")),
    ("Gendarmes shot dead two people when they fired on a crowd of miners in Kedougou, Senegal.",
     ("Protesters (Senegal)", "Police Forces of Senegal")),
    ("Troops beat a crowd of villagers who had gathered outside the district office in Mzuzu, Malawi.",
     ("Protesters (Malawi)", "Military Forces of Malawi")),
    ("Gendarmes opened fire on a crowd in Zinder, Niger, killing two.",
     ("Protesters (Niger)", "Police Forces of Niger")),
    ("Gunmen opened fire on a crowd at a market in Maiduguri, Nigeria, killing five.",
     ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
    ("Gunmen threw a grenade into a crowd of shoppers in Mogadishu, Somalia, killing three.",
     ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")),
    ("Gunmen killed four traders near Kaduna, Nigeria, on Monday.",
     ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
    ("Militants abducted six fishermen near Bonny, Nigeria, on Sunday.",
     ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
]


@pytest.mark.parametrize(("text", "sides"), CROWD_HEADS)
def test_a_crowds_head_noun_decides_before_its_members(extractor, text, sides):
    event = extractor.extract(Document(id="t", text=text, origin="t")).events[0]
    assert (event.actor1.name, event.actor2.name if event.actor2 else None) == sides


# A capital that reacts speaks for its government (data/en/attribution.yaml reacting): it names no place of the
# report, so it never gives the report's country to the actors ("Paris condemned the attack": no French gunmen);
# a place the happening is told at still does.
SPEAKING_CAPITALS = [
    ("Gunmen killed four villagers in a remote hamlet on Sunday. Paris condemned the attack.", "France"),
    ("Militants stormed an army post in the north on Monday, killing nine soldiers. Washington condemned the assault.",
     "United States"),
    ("Rebels shelled a market in the eastern town on Friday. London called for an end to the violence.",
     "United Kingdom"),
    ("Bandits abducted twelve farmers on a rural road on Tuesday. Beijing expressed concern over the kidnapping.",
     "China"),
    ("Jihadists burned a church in a border village overnight. Rome denounced the arson.", "Italy"),
]


@pytest.mark.parametrize(("text", "speaking"), SPEAKING_CAPITALS)
def test_a_reacting_capital_gives_the_actors_no_country(extractor, text, speaking):
    [event] = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert event.actor1 is not None and event.actor1.country != speaking


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen killed four villagers near Ansongo on Sunday, Paris said.", "Unidentified Armed Group (Mali)"),
    ("Rioters burned cars in Lyon on Saturday night.", "Rioters (France)"),
])
def test_the_place_told_still_gives_the_country(first_actor1, text, name):
    assert first_actor1(text) == name


# The armed men a crowd's or civilians' speakers call theirs ("opposition activists said their fighters ...") are an
# armed group of their country, not the crowd; a state's are its forces; other owned nouns stay the owner's.
OWNED_ARMED_MEN = [
    ("Opposition activists said their fighters had shot down a helicopter near Idlib, Syria.",
     "Unidentified Armed Group (Syria)"),
    ("Activists said their gunmen had killed two soldiers near Homs, Syria.", "Unidentified Armed Group (Syria)"),
    ("Student activists said their fighters torched an army truck near Mandalay, Myanmar.",
     "Unidentified Armed Group (Myanmar)"),
    ("Opposition activists said their gunmen ambushed a convoy near Hama, Syria.", "Unidentified Armed Group (Syria)"),
    ("Protest leaders said their militiamen had seized a police post near Bamenda, Cameroon.",
     "Unidentified Armed Group (Cameroon)"),
    ("Protesters said their march had been attacked by police in Harare, Zimbabwe.", "Protesters (Zimbabwe)"),
]


@pytest.mark.parametrize(("text", "name"), OWNED_ARMED_MEN)
def test_the_armed_men_a_crowd_calls_its_own_are_an_armed_group(first_actor1, text, name):
    assert first_actor1(text) == name


# A country named as the doer of a happening stands for its forces ("Russia shelled X", as "Russian-occupied" does);
# a country that speaks stands for its government, so that its troops are its forces ("Russia said its troops ...",
# not the forces of the country the place lies in); a country reacting to a happening does nothing in it.
COUNTRIES_AS_DOERS = [
    ("Russia shelled Kharkiv, Ukraine, on Monday.", "Military Forces of Russia"),
    ("Russia said its troops had captured the village of Krynky, Ukraine.", "Military Forces of Russia"),
    ("Turkey bombed Kurdish positions near Qamishli, Syria, on Friday.", "Military Forces of Turkey"),
    ("Rwanda said its soldiers had shelled rebel positions near Rubavu.", "Military Forces of Rwanda"),
    ("Eritrea shelled the town of Zalambessa, Ethiopia, on Tuesday.", "Military Forces of Eritrea"),
    ("Mali condemned an attack by gunmen near Mopti on Sunday.", "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize(("text", "name"), COUNTRIES_AS_DOERS)
def test_a_country_as_a_doer_stands_for_its_forces(first_actor1, text, name):
    assert first_actor1(text) == name


# "The group" after "the Wagner Group": a definite noun refers back to the actor last named with it as its head noun,
# unless the noun is a state's ("the army" after "the Arakan Army" is the state's army); with no such actor named,
# the generic stays (three rows fail on c8a8e46, whose check also left out every non-state generic noun).
HEAD_NOUN_ANAPHORS = [
    ("The Wagner Group attacked a village near Menaka on Sunday. Later the group burned a mosque in Tessit.",
     "Wagner Group"),
    ("The Wagner Group ambushed a convoy near Gao on Monday. On Wednesday the group shelled a camp near Ansongo.",
     "Wagner Group"),
    ("The Wagner Group shelled a camp near Kidal on Friday. On Sunday the group executed three herders near Tessalit.",
     "Wagner Group"),
    ("The Maute Group seized a school in Marawi on Monday. On Tuesday the group killed two teachers in Butig.",
     "Maute Group"),
    ("The Lord's Resistance Army raided a market near Obo on Saturday. On Tuesday the group abducted six children "
     "near Zemio.", "Lord's Resistance Army"),
    # negative rows: a state's noun, and a generic with no actor named before it
    ("Fighters of the Arakan Army attacked a police post in Paletwa on Monday. On Tuesday the army shelled the town.",
     "Military Forces of Myanmar"),
    ("Gunmen attacked a village near Menaka on Sunday. Later the group burned a mosque in Tessit.",
     "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize(("text", "name"), HEAD_NOUN_ANAPHORS)
def test_a_definite_noun_refers_back_to_the_actor_named_with_it(extractor, text, name):
    events = extractor.extract(Document(id="t", text=text, origin="t")).events
    assert events[-1].actor1 is not None and events[-1].actor1.name == name


# The forces of a country named after the noun ("the military forces of Armenia") are that country's, whatever
# country the report's places lie in; an "of" phrase that names no country leaves the report's own.
FORCES_OF = [
    ("On 3 March 2021, military forces of Armenia shelled positions near Tovuz, Azerbaijan.",
     "Military Forces of Armenia"),
    ("On 5 June 2020, police forces of Uganda shot dead two traders at a crossing near Busia, Kenya.",
     "Police Forces of Uganda"),
    ("On 9 July 2019, soldiers of Chad opened fire on herders near Maroua, Cameroon, killing two.",
     "Military Forces of Chad"),
    ("On 2 May 2020, troops of Rwanda attacked a rebel camp in the hills near Goma, Congo.",
     "Military Forces of Rwanda"),
    ("On 1 May 2020, the army of Sudan shelled a village near Gambela, Ethiopia.", "Military Forces of Sudan"),
    ("On 4 April 2020, soldiers of the regime shelled a village near Idlib, Syria.", "Military Forces of Syria"),
]


@pytest.mark.parametrize(("text", "forces"), FORCES_OF)
def test_forces_of_a_named_country_are_its_forces(first_actor1, text, forces):
    assert first_actor1(text) == forces


# An unidentified perpetrator of a report that speaks of gangs is, as ACLED codes it, an unidentified gang
# (data/actors.yaml `stands_for`, `told_by`); without the word, an unidentified armed group.
GANGS = [
    ("On 6 May 2021, a gunman shot dead a taxi driver in San Pedro Sula, Honduras. Police said the killing was gang "
     "related.", "Unidentified Gang (Honduras)"),
    ("On 2 June 2021, a shopkeeper was shot dead in Kingston, Jamaica, in what police called a gangland feud.",
     "Unidentified Gang (Jamaica)"),
    ("On 8 April 2021, armed men killed two brothers in Ciudad Juarez, Mexico; gangs fight over the area.",
     "Unidentified Gang (Mexico)"),
    ("On 3 March 2021, unknown attackers shot a bus driver in Port-au-Prince, Haiti, amid gang violence.",
     "Unidentified Gang (Haiti)"),
    ("On 9 May 2021, a man was shot dead by gunmen in San Salvador, El Salvador. Gangsters had threatened him.",
     "Unidentified Gang (El Salvador)"),
    ("On 6 May 2021, a gunman shot dead a taxi driver in San Pedro Sula, Honduras.",
     "Unidentified Armed Group (Honduras)"),
]


@pytest.mark.parametrize(("text", "actor"), GANGS)
def test_unidentified_killers_of_a_report_on_gangs_are_a_gang(first_actor1, text, actor):
    assert first_actor1(text) == actor


# Guards as ACLED codes them: prison guards are the country's police, hired security guards its private security
# forces; border guards stay its military forces.
GUARDS = [
    ("On 4 May 2021, prison guards beat an inmate to death in Gitega, Burundi.", "Police Forces of Burundi"),
    ("On 7 May 2021, prison warders shot dead two escaping inmates in Kamiti, Kenya.", "Police Forces of Kenya"),
    ("On 1 May 2021, a security guard shot dead a customer outside a bank in Durban, South Africa.",
     "Private Security Forces (South Africa)"),
    ("On 2 May 2021, security guards at a mine beat three villagers in Geita, Tanzania.",
     "Private Security Forces (Tanzania)"),
    ("On 9 May 2021, private security guards fired on squatters in Harare, Zimbabwe.",
     "Private Security Forces (Zimbabwe)"),
    ("On 9 May 2021, border guards shot dead two porters near Zahedan, Iran.", "Military Forces of Iran"),
]


@pytest.mark.parametrize(("text", "actor"), GUARDS)
def test_guards_are_coded_as_acled_codes_them(first_actor1, text, actor):
    assert first_actor1(text) == actor


# Guards who shoot at people are actor 1 whichever sub-type the typer prefers: where it spreads its probability over
# several codes of the shooting (an attack, a battle), its own label among them is the one the frame yields.
GUARDS_SHOOTING = [
    ("On 5 June 2021, private security guards shot at illegal miners at a gold concession near Obuasi, Ghana.",
     "Private Security Forces (Ghana)"),
    ("On 11 June 2021, hired security guards opened fire on traders at a closed market in Lusaka, Zambia.",
     "Private Security Forces (Zambia)"),
    ("On 2 July 2021, private security guards fired on land occupiers near Bulawayo, Zimbabwe.",
     "Private Security Forces (Zimbabwe)"),
    ("On 4 July 2021, private security guards shot at informal settlers in Lilongwe, Malawi.",
     "Private Security Forces (Malawi)"),
    ("On 9 July 2021, private security guards fired on hawkers in Kampala, Uganda.",
     "Private Security Forces (Uganda)"),
    ("On 12 July 2021, private security guards shot at street vendors in Maputo, Mozambique.",
     "Private Security Forces (Mozambique)"),
]


@pytest.mark.parametrize(("text", "actor"), GUARDS_SHOOTING)
def test_guards_who_shoot_are_actor_1_whatever_the_sub_type(first_actor1, text, actor):
    assert first_actor1(text) == actor


# People who do violence are, as ACLED codes them, a communal militia; unknown ones an unidentified armed group.
UNKNOWN_PEOPLE = [
    ("On 2 May 2020, unknown people attacked a polling agent in Zomba, Malawi.", "Unidentified Armed Group (Malawi)"),
    ("On 3 May 2020, a councillor was assaulted by unidentified people in Mzuzu, Malawi.",
     "Unidentified Armed Group (Malawi)"),
    ("On 5 June 2020, unidentified villagers torched a clinic near Kasese, Uganda.",
     "Unidentified Armed Group (Uganda)"),
    ("On 6 June 2020, unknown residents stabbed a chief near Kisii, Kenya.", "Unidentified Armed Group (Kenya)"),
    ("On 7 June 2020, unnamed farmers shot a herder near Kaduna, Nigeria.", "Unidentified Armed Group (Nigeria)"),
    ("On 2 May 2020, villagers attacked a trader in Lilongwe, Malawi.", "Unidentified Communal Militia (Malawi)"),
]


@pytest.mark.parametrize(("text", "actor"), UNKNOWN_PEOPLE)
def test_unknown_people_who_do_violence_are_an_unidentified_group(first_actor1, text, actor):
    assert first_actor1(text) == actor


# ACLED's exports code the state's side first in an armed clash up to 2009 (127 of 135 train notes with one state
# side), the roles deciding later (acled_taxonomy.yaml `state_first`)
CLASH_ERAS = [
    ("ONLF fighters ambushed a convoy of government troops near Degehabur on Tuesday, killing six soldiers.",
     2006, "Military Forces of Ethiopia"),
    ("Al-Shabaab militants stormed an army base in Baidoa on Sunday and fought the soldiers for two hours.",
     2008, "Military Forces of Somalia"),
    ("FRUD rebels clashed with government soldiers near Obock on Friday.", 1999, "Military Forces of Djibouti"),
    ("Maoist rebels exchanged fire with police in a forest of Dantewada district on Wednesday.", 2009,
     "Police Forces of India"),
    ("Soldiers were attacked by armed men near Gao on Thursday, and two of the attackers were killed.", 2003,
     "Military Forces of Mali"),
    ("ONLF fighters ambushed a convoy of government troops near Degehabur on Tuesday, killing six soldiers.",
     2016, "ONLF: Ogaden National Liberation Front"),
    ("Al-Shabaab militants stormed an army base in Baidoa on Sunday and fought the soldiers for two hours.",
     2010, "al-Shabaab"),
    ("Soldiers were attacked by armed men near Gao on Thursday, and two of the attackers were killed.", 2021,
     "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize(("text", "year", "first"), CLASH_ERAS)
def test_the_state_comes_first_in_an_armed_clash_up_to_2009(extractor, text, year, first):
    document = Document(id=f"{year}{text}", text=text, origin="test", published=date(year, 3, 9))
    events = extractor.extract(document).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [("Armed clash", first)]


# and in the years a country's coders put one kind of side first in nearly every armed clash where the roles would put
# the other first (data/side_order.yaml, fitted by training/fit_side_order.py: the state's side before a rebel group's
# in Nigeria 2014-2016, 47 such train notes and none the roles had right, and in Ethiopia 2011-2012, 27 against 3),
# whoever the roles make the doer; an ethnic militia there, other countries or years, and the kinds whose coders' order
# the roles already give (Mexico, Somalia and Benin in 2020-2022; Myanmar 2020: too few notes) keep the roles' order
CLASH_COUNTRY_YEARS = [
    ("Boko Haram fighters ambushed an army convoy near Gwoza on Tuesday, killing seven soldiers.", 2014,
     "Military Forces of Nigeria"),
    ("Gunmen shot dead two policemen at a checkpoint in Zaria on Monday.", 2015, "Police Forces of Nigeria"),
    ("Militants stormed a police station in Potiskum on Friday and exchanged fire with policemen.", 2016,
     "Police Forces of Nigeria"),
    ("Insurgents opened fire on a military patrol near Monguno on Sunday, wounding two soldiers.", 2015,
     "Military Forces of Nigeria"),
    ("Boko Haram gunmen fought with Nigerian troops in Damaturu on Thursday.", 2014, "Military Forces of Nigeria"),
    ("Karen National Liberation Army fighters clashed with Myanmar soldiers near Hpapun on Saturday.", 2020,
     "KNU/KNLA: Karen National Union/Karen National Liberation Army"),
    ("Boko Haram fighters ambushed an army convoy near Gwoza on Tuesday, killing seven soldiers.", 2019,
     "Boko Haram"),
    ("Gunmen shot dead two policemen at a checkpoint in Kaya on Monday.", 2015,
     "Unidentified Armed Group (Burkina Faso)"),
    ("Al-Shabaab militants stormed an army base near Baidoa on Sunday.", 2015, "al-Shabaab"),
    ("OLF fighters ambushed a federal army patrol near Nekemte on Monday, killing three soldiers.", 2012,
     "Military Forces of Ethiopia"),
    ("ONLF rebels attacked an Ethiopian army camp near Wardheer on Saturday.", 2012, "Military Forces of Ethiopia"),
    ("Gunmen of the Ogaden National Liberation Front fired on government soldiers near Shilabo on Wednesday.", 2012,
     "Military Forces of Ethiopia"),
    ("Tiv militiamen fought soldiers near Makurdi on Friday.", 2014, "Tiv Ethnic Militia (Nigeria)"),
    ("Arakan Army fighters ambushed a Myanmar army column near Kyauktaw on Sunday.", 2020, "AA: Arakan Army"),
    ("Fulani herdsmen attacked a police patrol near Lafia on Tuesday, and a gunfight followed.", 2015,
     "Fulani Ethnic Militia (Nigeria)"),
    ("Beninese soldiers exchanged fire with jihadists near Karimama.", 2022, "Military Forces of Benin"),
    ("Ethiopian soldiers clashed with ONLF rebels near Degehabur.", 2013, "Military Forces of Ethiopia"),
    ("ONLF rebels ambushed an army convoy near Kebri Dahar on Thursday, killing four soldiers.", 2011,
     "Military Forces of Ethiopia"),
    ("Police officers opened fire on gunmen at a roadblock outside Culiacan on Thursday.", 2020,
     "Police Forces of Mexico"),
    ("AMISOM soldiers fought al-Shabaab fighters for three hours near Wanlaweyn on Tuesday.", 2022,
     "AMISOM: African Union Mission in Somalia"),
]


@pytest.mark.parametrize(("text", "year", "first"), CLASH_COUNTRY_YEARS, ids=[
    "nigeria-2014-ambush", "nigeria-2015-gunmen", "nigeria-2016-stormed", "nigeria-2015-opened-fire",
    "nigeria-2014-fought-with", "myanmar-2020-roles", "nigeria-2019-roles", "burkina-2015-roles", "somalia-2015-roles",
    "ethiopia-2012-ambush", "ethiopia-2012-attacked", "ethiopia-2012-fired-on", "nigeria-2014-ethnic-militia",
    "myanmar-2020-militia", "nigeria-2015-ethnic-militia", "benin-2022-roles", "ethiopia-2013-roles",
    "ethiopia-2011-ambush", "mexico-2020-roles", "somalia-2022-roles"])
def test_the_state_comes_first_in_a_country_s_state_first_years(extractor, text, year, first):
    document = Document(id=f"{year}{text}", text=text, origin="test", published=date(year, 3, 9))
    events = extractor.extract(document).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == [("Armed clash", first)]


# a battle whose clause tells one side or none ("..., and a gunfight broke out"): its sides are the two armed sides its
# sentence (or the one before) names, in the order told unless the fitted side order says otherwise (above)
ONE_SIDE_TOLD = [
    ("Soldiers pursued Boko Haram fighters into the Sambisa forest on Tuesday, and a gunfight broke out.", 2015,
     ("Military Forces of Nigeria", "Boko Haram")),
    ("Police confronted armed robbers in Ikorodu on Saturday, and a shootout ensued.", 2015,
     ("Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)")),
    ("Troops and Boko Haram fighters met near Bama on Friday; heavy fighting followed.", 2015,
     ("Military Forces of Nigeria", "Boko Haram")),
    ("Soldiers tracked the kidnappers to a hideout near Kajuru on Monday, where a firefight broke out.", 2014,
     ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")),
    ("Policemen chased cattle rustlers into the bush near Zurmi on Thursday, and a gun battle followed.", 2015,
     ("Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)")),
    ("Soldiers pursued JNIM fighters near Djibo on Tuesday, and a gunfight broke out.", 2021,
     ("Military Forces of Burkina Faso", "JNIM")),
    ("Troops and al-Shabaab fighters met near Jilib on Friday; heavy fighting followed.", 2019,
     ("Military Forces of Somalia", "al-Shabaab")),
    # ... never a government noun a name makes a place's division ("Plateau state"): no state's side there; the peoples
    # coordinated are the two sides (test_communal_fights.py)
    ("Two people died in Wase, Plateau state, in a clash between Tarok and Fulani youths.", 2014,
     ("Tarok Ethnic Militia (Nigeria)", "Fulani Ethnic Militia (Nigeria)")),
    ("Fighting between Tiv and Jukun militias left four dead in Wukari, Taraba state, on Sunday.", 2015,
     ("Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)")),
    ("Five died in Obi local government area of Nasarawa state in a clash between Eggon and Gwandara youths.", 2015,
     ("Eggon Ethnic Militia (Nigeria)", "Gwandara Ethnic Militia (Nigeria)")),
]


@pytest.mark.parametrize(("text", "year", "sides"), ONE_SIDE_TOLD)
def test_a_battle_told_by_one_side_takes_the_other_its_sentence_names(extractor, text, year, sides):
    document = Document(id=f"{year}{text}", text=text, origin="test", published=date(year, 3, 9))
    events = extractor.extract(document).events
    assert [(e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in events] == [
        ("Armed clash", *sides)]


# one of a rule's people written in the singular is the actor its rule names in the plural (a rule marked `singular`
# in data/actors.yaml, data/en/reference.yaml `plural_ending`): a victim named as one person is ACLED's civilians
ONE_OF_THEM = [
    ("A villager was shot dead by soldiers near Kalemie on Monday.",
     ("Military Forces of the Democratic Republic of Congo", "Civilians (Democratic Republic of Congo)")),
    ("Gunmen killed a trader at the market in Maiduguri on Tuesday.",
     ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
    ("Militants abducted a journalist near Gao on Friday.", ("Unidentified Armed Group (Mali)", "Civilians (Mali)")),
    ("Unknown attackers shot dead a shopkeeper in Mogadishu on Sunday.",
     ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")),
    ("Troops beat a farmer near Djibo on Wednesday.", ("Military Forces of Burkina Faso", "Civilians (Burkina Faso)")),
    ("A worshipper was wounded when gunmen attacked a mosque in Kano on Friday.",
     ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
]


@pytest.mark.parametrize(("text", "sides"), ONE_OF_THEM)
def test_a_generic_noun_in_the_singular_names_the_actor(extractor, text, sides):
    document = Document(id=text, text=text, origin="test", published=date(2024, 5, 15))
    events = extractor.extract(document).events
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in events] == [sides]


# A group the registry does not know, written by its acronym before an armed group's noun ("the XYZ fighters"), is that
# group: named by the full name when the text spells the acronym out ("the Front for X (FX)"; ACLED's "FX: Front for
# X" is matched by either side), else by the acronym; never an acronym the registry or the gazetteer knows (a
# country's forces, a known actor).
ACRONYM_GROUPS = [
    ("On 3 March, KDRM militants ambushed a police patrol near Kasese, killing two officers.", "KDRM"),
    ("Suspected NLFB fighters attacked the village of Mahagi overnight and burned several houses.", "NLFB"),
    ("On Tuesday, BLRA rebels shelled army positions outside Kidal.", "BLRA"),
    ("On 12 April, armed PKLM gunmen raided a market in Bambari and killed four traders.", "PKLM"),
    ("Heavily armed ZNDA insurgents stormed a gendarmerie post near Diffa on Sunday.", "ZNDA"),
]
SPELLED_ACRONYM_GROUPS = [
    ("The Movement for the Liberation of Gedo (MLG) has been active since 2019. On Friday, MLG gunmen killed three "
     "soldiers near Bardera.", "Movement for the Liberation of Gedo"),
    ("The Sahel Patriotic Front (SPF) rejected the talks. SPF fighters attacked an army base near Menaka on 2 May.",
     "Sahel Patriotic Front"),
    ("Residents blamed the Union of Ituri Defenders (UID). On 9 June, UID militiamen burned ten houses in Djugu.",
     "Union of Ituri Defenders"),
    ("The Karamoja People's Army (KPA) was formed last year. KPA rebels ambushed a truck near Moroto on Monday.",
     "Karamoja People's Army"),
    ("Analysts describe the Coastal Liberation Movement (CLM) as a splinter group. CLM militants bombed a bridge near "
     "Lamu on 8 July.", "Coastal Liberation Movement"),
]
KNOWN_ACRONYMS = [
    ("US troops shelled a village near Kandahar on Monday.", "Military Forces of the United States"),
    ("UK soldiers raided a compound outside Basra on Thursday.", "Military Forces of the United Kingdom"),
    ("DRC soldiers shelled rebel positions near Rutshuru on Monday.",
     "Military Forces of the Democratic Republic of Congo"),
    ("AMISOM troops attacked a militant camp near Afgooye on Sunday.", "AMISOM: African Union Mission in Somalia"),
    ("NATO aircraft bombed a depot near Misrata on 4 May.", "NATO"),
]


@pytest.mark.parametrize(("text", "name"), ACRONYM_GROUPS + SPELLED_ACRONYM_GROUPS + KNOWN_ACRONYMS)
def test_an_acronym_before_armed_men_names_their_group(first_actor1, text, name):
    assert first_actor1(text) == name


# A group the registry does not know, written by a name of several words before an armed group's noun ("the X Front
# fighters"), is that group as the text names it, without the hedge before it ("suspected"), as an acronym is.
NAMED_GROUPS_BEFORE_ARMED_MEN = [
    ("On 3 May 2021, Kalasi Defence Front militants ambushed a police patrol near Bunia, killing two officers.",
     "Kalasi Defence Front"),
    ("Suspected Sahel Patriotic Front fighters attacked an army base near Menaka on 2 May.", "Sahel Patriotic Front"),
    ("On 9 June, Union of Ituri Defenders militiamen burned ten houses in Djugu.", "Union of Ituri Defenders"),
    ("Heavily armed Coastal Liberation Movement insurgents stormed a gendarmerie post near Diffa on Sunday.",
     "Coastal Liberation Movement"),
    ("On Tuesday, Karamoja People's Army rebels shelled army positions outside Moroto.", "Karamoja People's Army"),
]


@pytest.mark.parametrize(("text", "name"), NAMED_GROUPS_BEFORE_ARMED_MEN)
def test_a_name_before_armed_men_names_their_group(first_actor1, text, name):
    assert first_actor1(text) == name


# A group named by capitalised words of its own that the tagger leaves untagged ("The Silver Hornbill Rangers claimed
# responsibility") is that group, whichever way the report ties it to the attack (a claim, a mine it laid).
UNTAGGED_GROUP_NAMES = [
    ("On 14 October, a bomb exploded outside the district court in Kalay. The Silver Hornbill Rangers claimed "
     "responsibility.", "Silver Hornbill Rangers"),
    ("On 3 April, an IED exploded beside a military checkpoint in Tedim. The Bright Star Commandos claimed "
     "responsibility for the blast.", "Bright Star Commandos"),
    ("On 19 May, a bomb exploded at a ward office in Mingin. The Ruby Falcon Defenders later claimed responsibility.",
     "Ruby Falcon Defenders"),
    ("On 8 March, a landmine exploded under a police truck near Hpakant. The Jade Valley Guardians claimed "
     "responsibility.", "Jade Valley Guardians"),
    ("A roadside bomb planted by the Iron Buffalo Rangers wounded two soldiers near Kani on Monday.",
     "Iron Buffalo Rangers"),
]


# A group the registry does not know, named by capitalised words of its own that end in a noun generic actors use
# ("Army", "Brigade", "Forces") or in a registry alias of common words ("National Liberation Army"), is that group as
# the text names it when its words tell an armed group's kind (data/actors.yaml guess_types: "Liberation", "Resistance",
# "Brigade"), not a state's forces nor the registry group; a country's own words or a name of no such word ("the X
# Security Forces") still name the country's forces (the last three rows).
OWN_NAMES_ENDING_IN_FORCE_NOUNS = [
    ("Members of the Tanar Defence Brigade burned the house of a village chief near Myitkyina.",
     "Tanar Defence Brigade"),
    ("The Obala Hills Resistance Army raided a market near Bunia, killing four traders.",
     "Obala Hills Resistance Army"),
    ("On 4 June, the Mount Elgon Freedom Army ambushed a police truck near Kapchorwa.", "Mount Elgon Freedom Army"),
    ("The Kivu Patriotic Resistance Forces shelled a camp near Goma on Friday.", "Kivu Patriotic Resistance Forces"),
    ("Suspected Upper Sankar National Liberation Army (USNLA) rebels kidnapped a trader near Tezu.",
     "Upper Sankar National Liberation Army"),
    ("Fighters of the Barak Valley National Liberation Army torched a bus near Silchar on Friday.",
     "Barak Valley National Liberation Army"),
    ("The Kenya Army shelled a militant camp near Lamu on Monday.", "Military Forces of Kenya"),
    ("The Ugandan Army attacked a rebel camp near Kasese.", "Military Forces of Uganda"),
    ("The Galmudug Security Forces attacked an al-Shabaab camp near Adado.",
     "Military Forces of Somalia Galmudug Security Force"),
]


@pytest.mark.parametrize(("text", "name"), UNTAGGED_GROUP_NAMES + OWN_NAMES_ENDING_IN_FORCE_NOUNS)
def test_a_group_of_its_own_untagged_name_is_that_group(first_actor1, text, name):
    assert first_actor1(text) == name


# An actor's alias is its name as the text writes it without its count or the words that bound the count (the count is
# a quantity of its own): a document adds no new alias to "Civilians (<country>)" for every toll it tells.
COUNTED_ACTORS = [
    ("Gunmen killed 14 farmers near Gusau on Monday.", "farmers"),
    ("Militants killed at least 11 civilians outside Kidal on 4 June.", "civilians"),
    ("Bandits abducted more than 30 travellers on the Abuja-Kaduna road on Friday.", "travellers"),
    ("Some 25 fighters attacked a police post in Mopti on Sunday.", "fighters"),
    ("A suicide bomber killed nearly 40 worshippers at a mosque in Maiduguri on 2 March.", "worshippers"),
]


@pytest.mark.parametrize(("text", "alias"), COUNTED_ACTORS)
def test_an_alias_is_written_without_its_count(extractor, text, alias):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 5, 15))).events
    aliases = {a for e in events for actor in (e.actor1, e.actor2) if actor is not None for a in actor.aliases}
    assert alias in aliases and not any(c.isdigit() for a in aliases for c in a)


# A number in a proper name is no count ("the 77 Brigade"): the name keeps it.
NUMBERED_UNITS = [
    ("The 77 Brigade clashed with the Nawasi Brigade in Tripoli on Monday.", "77 Brigade"),
    ("On 3 June, the 93 Brigade shelled positions held by the Zintan Brigade near Gharyan.", "93 Brigade"),
    ("The 55 Brigade clashed with the Janzour Brigade in Janzour on 12 August.", "55 Brigade"),
    ("On 8 May, the 128 Brigade clashed with the Tebu Brigade near Sabha.", "128 Brigade"),
    ("The 301 Brigade clashed with the Kikla Brigade in Ain Zara on Friday.", "301 Brigade"),
]


@pytest.mark.parametrize(("text", "alias"), NUMBERED_UNITS)
def test_a_number_in_a_name_is_no_count(extractor, text, alias):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 5, 15))).events
    assert any(alias in (e.actor1.name, *e.actor1.aliases) for e in events if e.actor1 is not None)


# Who repels an attack answers it: the attack's own doer (its by-phrase, its possessive, the word before it) is actor 1
# and the side that beat it back actor 2; an attack whose words name no doer was made by an unidentified armed group.
REPELLED_ATTACKS = [
    ("Malian soldiers repelled an attack by JNIM fighters on their base near Boni on Tuesday.",
     "JNIM", "Military Forces of Mali"),
    ("Somali forces pushed back an al-Shabaab offensive on Bulo Burde on Sunday.",
     "al-Shabaab", "Military Forces of Somalia"),
    ("Ukrainian troops repelled a Russian assault near Vuhledar on Thursday.",
     "Military Forces of Russia", "Military Forces of Ukraine"),
    ("Police in Maiduguri repulsed a raid by Boko Haram on a checkpoint on Wednesday.",
     "Boko Haram", "Police Forces of Nigeria"),
    ("The Burkinabe army said it had beaten back an assault on a gendarmerie post near Djibo on Friday.",
     "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"),
    ("Chadian troops fought off an attack on their camp at Ngouboua overnight, the army said.",
     "Unidentified Armed Group (Chad)", "Military Forces of Chad"),
    ("Nigerien troops repelled a major attack on their post at Tassia on Saturday, killing about twenty assailants.",
     "Unidentified Armed Group (Niger)", "Military Forces of Niger"),
]


# An air or drone strike whose report names nobody who made it, claimed it or was blamed for it is a state's: the
# forces of the one country the report names its forces by (at home or across a border); none named, nobody known.
UNNAMED_AIR_STRIKES = [
    ("Ethiopian troops shelled Fano positions all week. A drone strike on a market in Bahir Dar killed twelve "
     "civilians on Tuesday, witnesses said.", "Military Forces of Ethiopia"),
    ("Myanmar soldiers lost two outposts in Rakhine last month. Air strikes hit the outskirts of Sittwe on Sunday, "
     "residents said.", "Military Forces of Myanmar"),
    ("Sudanese soldiers left Tawila in May. An air strike on a school in Tawila killed nine people on Friday, a local "
     "aid group said.", "Military Forces of Sudan"),
    ("Russian troops pressed on towards Pokrovsk. Overnight a guided bomb hit a hospital in Sumy, wounding six.",
     "Military Forces of Russia"),
    ("Malian soldiers took Ber in August. A drone strike on a fair near Ber killed seven herders on Sunday, locals "
     "said.", "Military Forces of Mali"),
    ("Warplanes bombed a village near Dapchi on Monday, killing four herders, locals said.",
     "Military Forces of Nigeria"),
]




CLASH, AIR = "Armed clash", "Air/drone strike"


@pytest.mark.parametrize(("text", "kind", "sides"), [
    *((text, CLASH, (first, second)) for text, first, second in REPELLED_ATTACKS),
    *((text, AIR, (forces,)) for text, forces in UNNAMED_AIR_STRIKES)])
def test_who_attacked_who_beat_it_back_and_whose_aircraft(extractor, text, kind, sides):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 3, 5))).events
    assert [(e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)[:len(sides)] for e in events
            if e.sub_event_type == kind] == [sides]


# Attackers told as the subject of their deed, then beaten back in a passive coordinated with it ("but were repelled
# by troops"): one battle, its two sides the attackers and those who beat them back (issue 18: the state's forces left
# out of the event).
BEATEN_BACK = [
    ("Al Shabaab fighters raided a camp near Afgoye on Monday but were beaten back by Somali troops.",
     {"al-Shabaab", "Military Forces of Somalia"}),
    ("JNIM militants tried to storm a checkpoint near Boni on Friday and were repelled by Malian soldiers.",
     {"JNIM", "Military Forces of Mali"}),
    ("ISWAP fighters tried to seize the road near Bama on Sunday and were pushed back by Nigerian soldiers.",
     {"Islamic State West Africa Province", "Military Forces of Nigeria"}),
    ("Suspected ADF rebels attacked Oicha on Tuesday but were repulsed by Congolese soldiers.",
     {"ADF: Allied Democratic Forces", "Military Forces of the Democratic Republic of Congo"}),
    ("Boko Haram fighters stormed a village near Gwoza on Thursday but were fought off by Nigerian police.",
     {"Boko Haram", "Police Forces of Nigeria"}),
]


@pytest.mark.parametrize(("text", "sides"), BEATEN_BACK)
def test_attackers_beaten_back_fight_those_who_beat_them_back(extractor, text, sides):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 3, 5))).events
    assert [{e.actor1 and e.actor1.name, e.actor2 and e.actor2.name} for e in events] == [sides]


# A state's forces named only as the owners of the post, base or vehicle attacked ("an army base", "a police
# checkpoint"): the forces are the other side (issue 18); an owner that is no state's force ("civilian homes") is none.
FORCES_OF_THE_TARGET = [
    ("Militants threw a grenade at a police checkpoint in Pattani on Tuesday.", "Police Forces of Thailand"),
    ("Gunmen attacked an army base near Gao on Sunday.", "Military Forces of Mali"),
    ("Gunmen attacked a police post in Kaduna on Monday.", "Police Forces of Nigeria"),
    ("Insurgents fired on a military outpost near Kidal on Thursday.", "Military Forces of Mali"),
    ("Armed men set fire to a gendarmerie station near Djibo on Friday.", "Police Forces of Burkina Faso"),
    ("Bandits ambushed a police patrol van near Zurmi on Wednesday.", "Police Forces of Nigeria"),
    ("Gunmen torched civilian homes near Bokkos on Monday.", None),
    ("Rioters attacked an Armenian church in Istanbul on Monday.", None),
    ("Doctors protested the government's failure to pay their salaries in Erbil.", None),
]


@pytest.mark.parametrize(("text", "forces"), FORCES_OF_THE_TARGET)
def test_the_forces_whose_post_was_attacked_are_its_other_side(extractor, text, forces):
    events = extractor.extract(Document(id="t", text=text, origin="t", published=date(2024, 3, 5))).events
    assert [e.actor2 and e.actor2.name for e in events] == [forces]
