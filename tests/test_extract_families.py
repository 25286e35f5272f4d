"""Events and control claims as specification: families of paraphrases, each row the same fact
told in another shape (active, passive, nominal, copular, relative, light verb; with and without
"X said", "reportedly", "claimed"), each row asserting type, actors, place, date and control."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday
SATURDAY, FRIDAY, TUESDAY, SUNDAY = date(2024, 5, 11), date(2024, 5, 10), date(2024, 5, 7), date(2024, 5, 12)


def _on(event, day: date) -> bool:
    return event.date is not None and event.date.start <= day <= event.date.end


def _the_event(extractor, text: str):
    events = extract(extractor, text, PUBLISHED).events
    assert len(events) == 1, [(e.sub_event_type, e.trigger) for e in events]
    return events[0]


TAKEOVER = [
    ("active", "JNIM fighters captured the town of Menaka in north-eastern Mali on Saturday.", "reported"),
    ("passive, said", "The town of Menaka in north-eastern Mali was captured by JNIM fighters on Saturday, "
                      "a local official said.", "reported"),
    ("nominal", "The capture of Menaka in north-eastern Mali by JNIM fighters on Saturday worried officials "
                "in Bamako.", "reported"),
    ("light verb", "JNIM fighters took control of Menaka, a town in north-eastern Mali, on Saturday.", "reported"),
    ("unaccusative, reportedly", "Menaka in north-eastern Mali fell to JNIM fighters on Saturday after a short "
                                 "battle, residents reportedly said.", "reported"),
    ("relative", "Menaka, which JNIM fighters had seized on Saturday, lies in north-eastern Mali.", "reported"),
    ("own claim", "JNIM said on Sunday that its fighters had seized the town of Menaka in north-eastern Mali "
                  "on Saturday.", "claimed"),
]


@pytest.mark.parametrize(("shape", "text", "certainty"), TAKEOVER, ids=[r[0] for r in TAKEOVER])
def test_a_takeover_in_any_shape_is_one_event_and_a_control_claim(extractor, shape, text, certainty):
    result = extract(extractor, text, PUBLISHED)
    [event] = [e for e in result.events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert event.actor1.name == "JNIM"
    assert event.place.name == "Ménaka"
    assert _on(event, SATURDAY)
    assert event.certainty.value == certainty
    assert ("JNIM", "Ménaka", "controls") in {(c.actor.name, c.place.name, c.status.value) for c in result.control}


RETAKING = [
    ("active", "Somali troops retook the town of El Bur in central Somalia from al-Shabaab on Friday."),
    ("passive, said", "The town of El Bur in central Somalia was recaptured by Somali troops on Friday, "
                      "officials said."),
    ("expulsion", "Somali troops drove al-Shabaab out of El Bur in central Somalia on Friday."),
    ("light verb", "Somali troops regained control of El Bur in central Somalia on Friday."),
    ("nominal", "The recapture of El Bur in central Somalia by Somali troops on Friday was celebrated in the "
                "capital."),
]


@pytest.mark.parametrize(("shape", "text"), RETAKING, ids=[r[0] for r in RETAKING])
def test_a_government_retaking_is_government_regains_and_control(extractor, shape, text):
    result = extract(extractor, text, PUBLISHED)
    [event] = result.events
    assert event.sub_event_type == "Government regains territory"
    assert event.actor1.name == "Military Forces of Somalia"
    assert event.place.name == "Ceelbuur"
    assert _on(event, FRIDAY)
    assert {(c.actor.name, c.status.value) for c in result.control if c.place.name == "Ceelbuur"} - {
        ("al-Shabaab", "lost")} == {("Military Forces of Somalia", "controls")}  # the side it is taken from loses it


HOLDING = [
    # a plain state: told "now", it is the taking that made it (test_hold_told_as_new.py)
    ("copular under", "Kherson is under Ukrainian control, the regional governor said."),
    ("copular in control", "Ukrainian troops are in control of Kherson, the regional governor said."),
    ("in the hands of", "Kherson remains in the hands of Ukrainian troops."),
    ("active, according to", "The Ukrainian army still holds Kherson, according to the regional governor."),
    ("passive", "Kherson is held by Ukrainian troops, the regional governor said."),
]


@pytest.mark.parametrize(("shape", "text"), HOLDING, ids=[r[0] for r in HOLDING])
def test_holding_a_place_is_a_control_claim_and_no_event(extractor, shape, text):
    result = extract(extractor, text, PUBLISHED)
    assert result.events == []
    assert {(c.actor.name, c.place.name, c.status.value) for c in result.control} == {
        ("Military Forces of Ukraine", "Kherson", "controls")}



TOWN_NOT_ITS_LANDMARK = [
    # "the town" refers back to the town a report is about, not one named only to locate it ("40 km north of Y")
    ("Al-Shabaab fighters attacked Jilib, 110 km north of Kismayo, on Friday. The militants still hold the town.",
     ("al-Shabaab", "Jilib")),
    ("Rebels attacked Kidal, about 300 km north-east of Gao, on Monday. The town is now under rebel control.",
     ("Unidentified Armed Group (Mali)", "Kidal")),
    ("Fighting broke out in Malakal, some 500 km north of Juba, on Sunday. Government troops said they held the "
     "city by evening.", ("Military Forces of South Sudan", "Malakal")),
    ("Islamic State fighters attacked Palmyra, 215 km north-east of Damascus, on Friday. They seized the city on "
     "Saturday.", ("Islamic State", "Tadmur")),
    ("Taliban fighters attacked Ghazni, some 150 km south-west of Kabul, on Friday. The city was in Taliban hands by "
     "Sunday.", ("Taliban", "Ghazni")),
]


@pytest.mark.parametrize(("text", "claim"), TOWN_NOT_ITS_LANDMARK)
def test_the_town_is_never_a_place_named_only_to_locate_it(extractor, text, claim):
    assert {(c.actor.name, c.place.name) for c in extract(extractor, text, PUBLISHED).control} == {claim}


HOLDER_AS_WRITTEN = [
    # a holder named by a generic noun keeps its words as written, hyphens and all ("pro-Russian", not "pro - Russian")
    ("Pro-Russian separatists seized Horlivka on Friday.", "Pro-Russian separatists"),
    ("Iran-backed fighters captured Albu Kamal on Saturday.", "Iran-backed fighters"),
    ("Pro-government militiamen took control of Kismayo on Friday.", "Pro-government militiamen"),
    ("Russian-backed rebels overran Debaltseve on Wednesday.", "Russian-backed rebels"),
    ("Islamist-allied gunmen seized Menaka on Friday.", "Islamist-allied gunmen"),
]


@pytest.mark.parametrize(("text", "written"), HOLDER_AS_WRITTEN)
def test_a_holder_keeps_its_words_as_written(extractor, text, written):
    assert [written in c.actor.aliases for c in extract(extractor, text, PUBLISHED).control] == [True]


WHOLE_BY_ITS_KIND = [
    # a share word written as the kind of a place ("the district town", "the local government area town") is no share
    ("Islamist insurgents occupied the district town of Mocimboa da Praia on Friday.",
     ("Unidentified Armed Group (Mozambique)", "Mocímboa da Praia")),
    ("JNIM fighters captured the district capital of Menaka on Saturday.", ("JNIM", "Ménaka")),
    ("Al-Shabaab fighters occupied the district town of Jilib on Saturday.", ("al-Shabaab", "Jilib")),
    ("Somali troops took the district capital of Baidoa on Friday.", ("Military Forces of Somalia", "Baidoa")),
    ("Boko Haram fighters overran the local government area town of Gwoza on Friday.", ("Boko Haram", "Gwoza")),
]


@pytest.mark.parametrize(("text", "claim"), WHOLE_BY_ITS_KIND)
def test_a_place_named_with_its_kind_is_taken_whole(extractor, text, claim):
    claims = {(c.actor.name, c.place.name): c.status.value for c in extract(extractor, text, PUBLISHED).control}
    assert claims[claim] == "controls"


HELD_AS_SAID = [
    # a held state whose phrase hangs on an adverb ("back", "once more"), or whose holder is a possessive pronoun
    ("Rebels attacked Gao on Friday. By Sunday the town was back under army control, officials said.",
     ("Military Forces of Mali", "Gao", "controls")),
    ("Kidal is once more in rebel hands, residents said.", ("Unidentified Armed Group (Mali)", "Kidal", "controls")),
    ("JNIM fighters attacked Menaka on Friday. The group said the town was now under its administration.",
     ("JNIM", "Ménaka", "controls")),
    ("Government troops entered Malakal on Tuesday and the town is now under their control.",
     ("Military Forces of South Sudan", "Malakal", "controls")),
    ("Al-Shabaab fighters stormed Kismayo overnight. The port city was again under their control by dawn, a resident "
     "said.", ("al-Shabaab", "Kismayo", "controls")),
]


@pytest.mark.parametrize(("text", "claim"), HELD_AS_SAID)
def test_a_held_state_is_read_whatever_adverb_or_pronoun_tells_it(extractor, text, claim):
    assert claim in {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}


HELD_AS_WRITTEN = [
    # an attributive participle with its holder written into it names a state: control, never a takeover
    ("Aid convoys reached Ukrainian-held Kherson on Sunday.", ("Military Forces of Ukraine", "Kherson", "controls")),
    ("Residents fled the IS-held city of Mosul.", ("Islamic State", "Mosul", "controls")),
    ("Aid trucks reached the militant-controlled town of Jilib on Sunday.",
     ("Unidentified Armed Group (Somalia)", "Jilib", "controls")),
    ("Protesters gathered in Russian-occupied Melitopol on Sunday.",
     ("Military Forces of Russia", "Melitopol", "controls")),
    ("Food ran short in the rebel-besieged city of Taiz on Monday.",
     ("Unidentified Armed Group (Yemen)", "Taiz", "threatened")),
    ("Shells fell on government-held Aleppo overnight.", ("Military Forces of Syria", "Aleppo", "controls")),
]


@pytest.mark.parametrize(("text", "claim"), HELD_AS_WRITTEN)
def test_a_holder_written_into_a_participle_holds_the_noun_it_modifies(extractor, text, claim):
    result = extract(extractor, text, PUBLISHED)
    assert claim in {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert not [e for e in result.events if "territory" in e.sub_event_type]


BURNED = [
    # (report, sub-event type): an armed group's burning is property destruction, a crowd's a riot
    ("Militants set fire to a church in Kaya on Sunday.", "Looting/property destruction"),
    ("Al-Shabaab fighters torched two trucks near Beledweyne on Tuesday.", "Looting/property destruction"),
    ("Fighters of the M23 burned down a school in Kitshanga on Monday.", "Looting/property destruction"),
    ("Soldiers burned dozens of homes in the village of Kalama on Friday, residents said.",
     "Looting/property destruction"),
    ("Gunmen torched a bus at a checkpoint near Maiduguri on Saturday.", "Looting/property destruction"),
    ("Rioters set fire to a police station in Kano on Friday.", "Violent demonstration"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), BURNED)
def test_a_burning_is_typed_by_who_burns(extractor, text, sub_event_type):
    assert _the_event(extractor, text).sub_event_type == sub_event_type


ATTACK, CLASH = "Attack", "Armed clash"
AT_A_SITE = [
    # an armed side's attack, raid or storming of a hospital, school, market or place of worship is on civilians, in any
    # shape (light verb, passive, nominal with its by-phrase hung on the site); a post of the forces, a riot's target or
    # an attack that guards or forces fought at the scene stays what it was
    ("light verb", "Gunmen staged an assault on a mosque in Kaduna on Friday.", ATTACK),
    ("light verb", "Al-Shabaab fighters mounted a raid on a market in Afgooye on Sunday.", ATTACK),
    ("light verb", "Militants carried out an attack on a school in Bannu on Tuesday.", ATTACK),
    ("light verb", "ADF rebels carried out an attack on a hospital in Lubero on Thursday.", ATTACK),
    ("passive", "The hospital in Lubero was attacked by ADF rebels on Thursday.", ATTACK),
    ("passive", "A clinic in Kauda was attacked by RSF fighters on Tuesday.", ATTACK),
    ("nominal", "The attack on a hospital in Lubero by ADF rebels on Thursday killed nine patients.", ATTACK),
    ("guard: a post", "Militants attacked a police station in Bannu on Tuesday.", CLASH),
    ("guard: a base", "Gunmen attacked an army base near Kaduna on Friday.", CLASH),
    ("guard: rioters", "Rioters attacked a mosque in Kaduna on Friday.", "Mob violence"),
    ("guard: beaten back", "Soldiers repelled an attack by jihadists on a school in Djibo on Monday.", CLASH),
    ("guard: guards fought", "Gunmen launched an attack on a market in Gusau on Friday and traded fire with vigilantes "
                             "guarding it.", CLASH),
    ("guard: forces fought", "Militants mounted a raid on a school near Bannu on Tuesday before police guarding it "
                             "fought them off.", CLASH),
]


@pytest.mark.parametrize(("shape", "text", "sub_event_type"), AT_A_SITE, ids=[r[0] for r in AT_A_SITE])
def test_an_armed_attack_on_a_civilian_site_is_an_attack(extractor, shape, text, sub_event_type):
    assert _the_event(extractor, text).sub_event_type == sub_event_type



SHELLING, AIR = "Shelling/artillery/missile attack", "Air/drone strike"
FIRED_WITH = [
    # a weapon in the with-phrase of the light verb "opened fire" is its instrument, and the target the parser hangs on
    # that weapon is the target: shelling, an air strike, as "shelled X" or "fired rockets at X" tell
    ("Ethiopian troops opened fire with artillery on Lalibela on Wednesday.", SHELLING),
    ("Russian forces opened fire with mortars on Kupiansk on Thursday.", SHELLING),
    ("Rebels opened fire with rockets on Goma on Sunday.", SHELLING),
    ("Houthi fighters opened fire with drones on a ship near Hodeidah on Saturday.", AIR),
    ("Al-Shabaab fighters opened fire with mortars on an army base in Baidoa on Friday, officials said.", SHELLING),
    ("RSF fighters opened fire with heavy artillery on El Obeid on Saturday.", SHELLING),
    ("Myanmar soldiers opened fire with mortars on a village near Myawaddy on Tuesday.", SHELLING),
    # guards: small arms keep what the target makes of the shooting; no weapon, no change
    ("Soldiers opened fire with machine guns on a crowd in Khartoum on Friday.", "Excessive force against protesters"),
    ("Gunmen opened fire with AK-47 rifles on worshippers in Owo on Sunday.", ATTACK),
    ("Militants opened fire on a police post in Bannu on Tuesday.", CLASH),
]


@pytest.mark.parametrize(("text", "sub_event_type"), FIRED_WITH)
def test_fire_opened_with_a_weapon_is_typed_by_the_weapon(extractor, text, sub_event_type):
    assert _the_event(extractor, text).sub_event_type == sub_event_type


WEDNESDAY, THURSDAY = date(2024, 5, 8), date(2024, 5, 9)
BLAMED = [
    # a copula whose "behind" or "responsible for" phrase names a happening tells it: its subject did it, on the
    # copula's day (no definite noun told before)
    ("M23 artillery was responsible for the shelling of Goma on Wednesday, the army said.",
     ("Shelling/artillery/missile attack", "M23", WEDNESDAY)),
    ("Officials said the Taliban were behind a rocket attack on Jalalabad airport on Thursday.",
     ("Shelling/artillery/missile attack", "Taliban", THURSDAY)),
    ("Government forces were responsible for an air strike on a school in Idlib on Sunday.",
     ("Air/drone strike", "Military Forces of Syria", SUNDAY)),
    ("Bandits were behind the kidnapping of 15 traders near Funtua on Tuesday.",
     ("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", TUESDAY)),
    ("The Houthis are responsible for the drone attack on an oil terminal in Shabwa on Saturday.",
     ("Air/drone strike", "Houthis", SATURDAY)),
    ("Police believe ISWAP was behind the ambush of a patrol near Damboa on 7 May.",
     ("Armed clash", "Islamic State West Africa Province", TUESDAY)),
    # guards: a side behind a line, and a copula of blame with no happening, tell none
    ("The rebels were behind the front line near Goma on Wednesday.", None),
    ("Nobody was responsible for the delays.", None),
]


@pytest.mark.parametrize(("text", "told"), BLAMED)
def test_a_side_behind_or_responsible_for_a_happening_did_it(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name, e.date.start) for e in events] == ([told] if told else [])


BY_ON_ITS_OBJECT = [
    # a happening noun's by-phrase the parser hung on its object or the place named with it ("the looting of a
    # warehouse in X by Y") names its doer, and the object stays what it is, no side of that doer
    ("The looting of a warehouse in El Fasher by RSF fighters on Wednesday left thousands without food.",
     ("Looting/property destruction", "Rapid Support Forces")),
    ("The looting of a pharmacy in Omdurman by RSF fighters on Sunday left the district without medicine.",
     ("Looting/property destruction", "Rapid Support Forces")),
    ("The burning of a church in Mangu by Fulani militiamen on Tuesday displaced dozens of families.",
     ("Looting/property destruction", "Fulani Ethnic Militia (Nigeria)")),
    ("The burning of a school in Kitshanga by M23 fighters on Saturday was condemned by the UN.",
     ("Looting/property destruction", "M23")),
    ("The attack on a hospital in Lubero by ADF rebels on Thursday killed nine patients.",
     ("Attack", "ADF: Allied Democratic Forces")),
    # guards: a by-phrase on the noun itself, and one of a participle that tells a state of the object
    ("The shelling of a hospital in Kherson by Russian troops on Thursday wounded three doctors.",
     ("Shelling/artillery/missile attack", "Military Forces of Russia")),
    ("The kidnapping of a pastor in Enugu by gunmen on Saturday shocked the parish.",
     ("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)")),
]


@pytest.mark.parametrize(("text", "told"), BY_ON_ITS_OBJECT)
def test_a_by_phrase_hung_on_a_happenings_object_names_its_doer(extractor, text, told):
    event = _the_event(extractor, text)
    assert (event.sub_event_type, event.actor1.name) == told


SUPERSEDED = [
    # (report, the holder a later dated change of hands replaced, the place): that holder lost it
    ("The army regained control of Bama on Tuesday. Boko Haram had overrun the town last September.",
     "Boko Haram", "Bama"),
    ("Ukrainian troops liberated Kherson on Friday. Russian forces took the city in March.",
     "Military Forces of Russia", "Kherson"),
    ("Syrian troops recaptured Palmyra on Sunday, ten months after Islamic State fighters seized it.",
     "Islamic State", "Tadmur"),
    ("Iraqi forces recaptured Tikrit on Tuesday, nine months after Islamic State fighters seized it.",
     "Islamic State", "Tikrīt"),
    ("Islamic State fighters seized Tikrit in June. Iraqi forces retook the city on Thursday after a month of "
     "fighting.", "Islamic State", "Tikrīt"),
]


@pytest.mark.parametrize(("text", "holder", "place"), SUPERSEDED)
def test_a_holder_a_later_change_of_hands_replaced_lost_the_place(extractor, text, holder, place):
    claims = {(c.actor.name, c.place.name): c.status.value for c in extract(extractor, text, PUBLISHED).control}
    assert claims[(holder, place)] == "lost"
    assert "controls" in claims.values()


def test_a_holder_the_report_only_dates_by_its_day_replaces_nobody(extractor):
    # the rebels keep the town they took; the troops' hold ended in January by its own words ("until")
    text = "Government troops held Kidal until January. Rebels seized the town on Friday."
    claims = {(c.actor.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert claims == {("Unidentified Armed Group (Mali)", "controls"), ("Military Forces of Mali", "lost")}


HELD_BY_A_GOVERNMENT = [
    # a government holds ground through its forces: the claim names them
    ("Government troops retook Bentiu on Monday. The government is now in full control of the town, a spokesman "
     "said.", ("Military Forces of South Sudan", "Bentiu")),
    ("The Somali government controls Kismayo, officials said.", ("Military Forces of Somalia", "Kismayo")),
    ("Kherson is under the control of the Ukrainian government, the governor said.",
     ("Military Forces of Ukraine", "Kherson")),
    ("The Malian government regained control of Gao on Friday.", ("Military Forces of Mali", "Gao")),
    ("Officials said the Iraqi government was in control of Tikrit.", ("Military Forces of Iraq", "Tikrīt")),
]


@pytest.mark.parametrize(("text", "claim"), HELD_BY_A_GOVERNMENT)
def test_a_government_holds_ground_through_its_forces(extractor, text, claim):
    assert {(c.actor.name, c.place.name) for c in extract(extractor, text, PUBLISHED).control} == {claim}

CLASH = [
    ("happening verb", "Fighting broke out between the army and CODECO militiamen near Djugu in Ituri province "
                       "on Saturday."),
    ("with-phrase", "Soldiers clashed with CODECO militiamen near Djugu in Ituri province on Saturday."),
    ("reciprocal subject", "The army and CODECO militiamen clashed near Djugu in Ituri province on Saturday."),
    ("nominal, said", "Clashes between the army and CODECO militiamen near Djugu in Ituri province on Saturday "
                      "left the road closed, a local chief said."),
]


@pytest.mark.parametrize(("shape", "text"), CLASH, ids=[r[0] for r in CLASH])
def test_a_clash_names_both_sides(extractor, shape, text):
    event = _the_event(extractor, text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.name == "Military Forces of the Democratic Republic of Congo"
    assert any("CODECO" in name for name in (event.actor2.name, *event.actor2.aliases))
    assert event.actor2.inter_code in {2, 3}  # a rebel group or a political militia
    assert event.place.name == "Djugu"
    assert _on(event, SATURDAY)


KILLING = [
    ("active", "Gunmen killed four villagers near Bama in Borno state on Tuesday.", 4, TUESDAY),
    ("passive, said", "Four villagers were killed by gunmen near Bama in Borno state on Tuesday, police said.", 4,
     TUESDAY),
    ("coordination", "Gunmen shot dead four villagers and wounded two others near Bama in Borno state on "
                     "Tuesday.", 4, TUESDAY),
    ("participle", "Gunmen attacked a village near Bama in Borno state on Tuesday, killing a farmer.", 1, TUESDAY),
    # a noun with no dated clause of its own names a known happening: some day up to the report
    ("nominal", "The killing of four villagers by gunmen near Bama in Borno state angered the governor.", 4,
     PUBLISHED),
]


@pytest.mark.parametrize(("shape", "text", "dead", "day"), KILLING, ids=[r[0] for r in KILLING])
def test_a_killing_of_civilians_is_an_attack_with_its_own_toll(extractor, shape, text, dead, day):
    event = _the_event(extractor, text)
    assert event.sub_event_type == "Attack"
    assert event.actor1.name == "Unidentified Armed Group (Nigeria)"
    assert event.place.name == "Bama"
    assert event.fatalities == dead
    assert _on(event, day)


@pytest.mark.parametrize("text", [
    "The army denied that Menaka in north-eastern Mali had fallen to JNIM fighters.",
    "JNIM fighters threatened to capture Menaka in north-eastern Mali.",
    "If JNIM fighters take Menaka in north-eastern Mali, the road to the river will be cut.",
    "JNIM fighters did not capture Menaka in north-eastern Mali, the governor said.",
    "JNIM fighters will try to capture Menaka in north-eastern Mali next week.",
])
def test_what_did_not_happen_is_neither_event_nor_control(extractor, text):
    result = extract(extractor, text, PUBLISHED)
    assert result.events == [] and result.control == []



LASTING = [
    # (report, events it tells): the present perfect over a period longer than a week tells a state or a
    # habit ("have raided villages for years"), no happening; over a few days, or without a period, it tells one
    ("A UN mission with 12,000 troops has been deployed in the country since 2013.", 0),
    ("Government forces have fought the rebels in the hills since 2019.", 0),
    ("Militias have attacked villages in the region for years.", 0),
    ("The army has detained hundreds of activists since the coup.", 0),
    ("Al-Shabaab has carried out attacks in Mogadishu for more than a decade.", 0),
    ("The army has shelled the rebel stronghold of Kassala since Monday, killing dozens.", 1),
    ("Rebels have seized the town of Kassala, officials said on Monday.", 1),
]


@pytest.mark.parametrize(("text", "told"), LASTING)
def test_a_state_or_habit_over_a_long_period_is_no_event(extractor, text, told):
    assert len(extract(extractor, text, PUBLISHED).events) == told

def test_a_failed_attempt_to_take_a_town_is_an_armed_clash(extractor):
    event = _the_event(extractor, "Malian troops failed to retake Menaka from JNIM fighters last month.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.name == "Military Forces of Mali"
    assert (event.date.start, event.date.end) == (date(2024, 4, 1), date(2024, 4, 30))


INTERVENTION = [
    ("active", "Police fired tear gas at protesters in Nairobi on Tuesday."),
    ("passive", "Protesters in Nairobi were dispersed with tear gas by police on Tuesday."),
    ("light verb, said", "Police used tear gas to break up a protest in Nairobi on Tuesday, witnesses said."),
]


@pytest.mark.parametrize(("shape", "text"), INTERVENTION, ids=[r[0] for r in INTERVENTION])
def test_a_protest_broken_up_puts_the_crowd_first(extractor, shape, text):
    event = _the_event(extractor, text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.name == "Protesters (Kenya)"
    assert event.actor2.name == "Police Forces of Kenya"
    assert event.place.name == "Nairobi"


AIR_STRIKE = [
    ("active", "Russian jets bombed the town of Saraqib in Idlib province on Sunday."),
    ("passive", "Saraqib in Idlib province was hit by Russian air strikes on Sunday."),
    ("nominal", "A Russian air strike on a market in Saraqib in Idlib province killed nine people on Sunday."),
    ("light verb", "Russian warplanes carried out a strike on a market in Saraqib in Idlib province on Sunday."),
]


@pytest.mark.parametrize(("shape", "text"), AIR_STRIKE, ids=[r[0] for r in AIR_STRIKE])
def test_a_strike_from_the_air_is_typed_by_its_instrument(extractor, shape, text):
    event = _the_event(extractor, text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1.name == "Military Forces of Russia"
    assert event.place.name == "Saraqib"
    assert _on(event, SUNDAY)


IT_IS_A_THING = [
    # "it" stands for the statement, list, curfew or report named before it, not for the town
    "Gunmen attacked a school in Damboa on Monday. The army issued a statement about the attack, but on Tuesday "
    "the army withdrew it.",
    "Militants raided a market in Gwoza on Sunday. Soldiers published a casualty list, then the army withdrew it "
    "on Monday.",
    "Fighters attacked a convoy near Menaka on Monday. The army imposed a curfew on the town but lifted it on "
    "Tuesday.",
    "Insurgents ambushed a patrol near Mocimboa on Sunday. The army sent a report to the ministry and then "
    "withdrew it.",
    "Rebels shelled a camp near Kidal on Friday. The governor made an offer of talks, and on Sunday the army "
    "withdrew it.",
]


@pytest.mark.parametrize("text", IT_IS_A_THING)
def test_it_standing_for_a_thing_gives_no_control_claim(extractor, text):
    assert extract(extractor, text, PUBLISHED).control == []


def test_it_standing_for_the_town_gives_the_claim(extractor):
    text = "Rebels attacked Kidal on Friday. After heavy fighting, soldiers withdrew from it on Saturday."
    control = extract(extractor, text, PUBLISHED).control
    assert [(c.actor.name, c.status.value, c.place.name) for c in control] == [
        ("Military Forces of Mali", "lost", "Kidal")]


REFERENCE_POINTS = [
    # (report, the only place taken): a place after "west of" only locates the one taken
    ("Rebels took the town of Sake, west of Goma, on Friday.", "Sake"),
    ("Militants captured Tessit, a town east of Gao, on Sunday.", "Tessit"),
    ("Government forces retook Baiji, north of Tikrit, on Monday.", "Bayjī"),
    ("Insurgents overran the town of Macomia, north of Pemba, on Friday.", "Macomia"),
    # a village with a name of its own the gazetteer does not know is not the town named next to it: the claim keeps
    # the village's name (placed in the text's country)
    ("Fighters seized the village of Dibida, south of Bunia, on Saturday.", "Dibida"),
]


@pytest.mark.parametrize(("text", "taken"), REFERENCE_POINTS)
def test_a_reference_point_is_not_the_place_taken(extractor, text, taken):
    places = [c.place.name for c in extract(extractor, text, PUBLISHED).control]
    assert places == ([taken] if taken else [])


CONTROL_CLASSES = [
    # (report, a claim it makes): partial control stated as a share; entering a town contests it; standing
    # on its outskirts, moving on it or vowing to threatens it; a retreat holds where it ends; a claim's
    # place takes what the clause says it includes
    ("Syrian rebel groups now control roughly 70 percent of Idlib province, a UN report said.",
     ("Unidentified Armed Group (Syria)", "Idlib", "partial")),
    ("Jihadist groups hold about 40% of Burkina Faso, according to analysts.",
     ("Unidentified Armed Group (Burkina Faso)", "Burkina Faso", "partial")),
    ("Government forces controlled half of Aleppo by the end of the year.",
     ("Military Forces of Syria", "Aleppo", "partial")),
    ("Islamist fighters seized most of Kidal on Friday.", ("Islamist Militia (Mali)", "Kidal", "partial")),
    ("The talks were held in Bangui. Armed groups control about 80 percent of the country, officials said.",
     ("Unidentified Armed Group (Central African Republic)", "Central African Republic", "partial")),
    ("Soldiers entered Kidal on Friday, residents said.", ("Military Forces of Mali", "Kidal", "contested")),
    ("Jihadist fighters drove into Mopti on Saturday.", ("Unidentified Armed Group (Mali)", "Mopti", "contested")),
    ("Rebels pushed into the centre of Goma on Tuesday.",
     ("Unidentified Armed Group (Democratic Republic of Congo)", "Goma", "contested")),
    ("The town of Gao was entered by MNLA fighters on Monday, officials said.", ("MNLA", "Gao", "contested")),
    ("MNLA fighters, who entered Gao on Friday, looted the market.", ("MNLA", "Gao", "contested")),
    ("Al-Shabaab fighters were on the outskirts of Baidoa on Monday, residents said.",
     ("al-Shabaab", "Baidoa", "threatened")),
    ("M23 rebels reached the outskirts of Goma on Sunday.", ("M23", "Goma", "threatened")),
    ("Houthi fighters remain on the outskirts of Marib, the governor said.", ("Houthis", "Ma'rib", "threatened")),
    ("Islamist fighters said they would push on to Mopti.", ("Islamist Militia (Mali)", "Mopti", "threatened")),
    ("Russian troops are advancing towards Pokrovsk, the governor said.",
     ("Military Forces of Russia", "Pokrovsk", "threatened")),
    ("Malian troops pulled back to the airport on Monday, a few kilometres north of Gao.",
     ("Military Forces of Mali", "Gao Airport", "controls")),
    ("Rebels stormed Kunduz on Monday. Afghan army units withdrew to the airport, which lies just outside the "
     "town.", ("Military Forces of Afghanistan", "Konduz Airport", "controls")),
    ("Afghan troops fell back to the airport after the Taliban attack on Kunduz.",
     ("Military Forces of Afghanistan", "Konduz Airport", "controls")),
    ("Government forces seized the town of Ramadi, including the nearby airport, on Sunday.",
     ("Military Forces of Iraq", "Ramadi airport", "controls")),
    ("The army said its troops had taken full control of Ramadi, known locally as the city of mosques, including "
     "the old market and the nearby airport.", ("Military Forces of Iraq", "Ramadi airport", "controls")),
    # each side of a fight for a place contests it
    ("Government troops battled al-Shabaab fighters for control of Jilib on Sunday.",
     ("al-Shabaab", "Jilib", "contested")),
    ("Soldiers and Boko Haram fighters battled for control of Bama on Friday.",
     ("Military Forces of Nigeria", "Bama", "contested")),
    ("The army fought JNIM militants for control of Menaka on Monday, residents said.",
     ("JNIM", "Ménaka", "contested")),
    ("Ukrainian troops are fighting Russian forces for control of Bakhmut, the governor said.",
     ("Military Forces of Russia", "Bakhmut", "contested")),
    ("Houthi fighters and government forces fought for the city of Marib on Saturday, officials said.",
     ("Military Forces of Yemen", "Ma'rib", "contested")),
    # a siege in every shape threatens the place, and the place its besieged are in
    ("Mekelle has been under siege by TPLF fighters since Monday.",
     ("Tigray People's Liberation Front", "Mek'ele", "threatened")),
    ("Marib has been under siege by Houthi fighters for months, the governor said.",
     ("Houthis", "Ma'rib", "threatened")),
    ("The town of Djibo remains under a blockade imposed by JNIM militants.", ("JNIM", "Djibo", "threatened")),
    ("Government troops are surrounded in Kidal by JNIM fighters, officials said.", ("JNIM", "Kidal", "threatened")),
    ("Taiz, which Houthi fighters have encircled for months, is short of water.", ("Houthis", "Taiz", "threatened")),
    ("The siege of Taiz by Houthi fighters entered its third year on Sunday.", ("Houthis", "Taiz", "threatened")),
    # a perimeter, cordon or area held lies around or in the place its sentence named last; an area is a part
    ("Thousands waited outside the airport in Kabul, pressing against a perimeter held by US troops.",
     ("Military Forces of the United States", "Kabul International Airport", "controls")),
    ("Residents fled Mosul's old city on Sunday, the last area held by Islamic State fighters.",
     ("Islamic State", "Mosul", "partial")),
    ("Aid workers reached Bama, crossing a cordon held by Nigerian soldiers.",
     ("Military Forces of Nigeria", "Bama", "controls")),
    ("Civilians sheltered in Marawi, in a pocket held by Maute fighters.", ("Maute Group", "Marawi City", "partial")),
    ("The convoy stopped at the airport in Gao, inside a zone guarded by French troops.",
     ("Military Forces of France", "Gao Airport", "controls")),
    # a noun in a holder's hands is held
    ("Aid reached Jilib, a town in al-Shabaab hands.", ("al-Shabaab", "Jilib", "controls")),
    ("Food ran out in Kidal, the last town in rebel hands.", ("Unidentified Armed Group (Mali)", "Kidal", "controls")),
    ("Aid reached Idlib, the last province in rebel hands.", ("Unidentified Armed Group (Syria)", "Idlib", "controls")),
]


@pytest.mark.parametrize(("text", "claim"), CONTROL_CLASSES)
def test_a_control_class_gives_its_claim(extractor, text, claim):
    assert claim in {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}


@pytest.mark.parametrize("text", [
    # a crowd entering a town, a clash or a killing on its outskirts contest or threaten nothing
    "Thousands of protesters entered Bamako on Friday.",
    "Clashes broke out on the outskirts of Kunduz on Monday.",
    "Gunmen killed four villagers on the outskirts of Maiduguri on Sunday.",
    "Protesters marched into the main square of Bamako on Friday.",
    "Two journalists were killed in clashes in Kidal on Friday.",
    "Aid workers said they would move on to Mopti.",
])
def test_no_armed_holder_no_control_class_claim(extractor, text):
    assert extract(extractor, text, PUBLISHED).control == []


WITHDRAWN = [
    # (report, place lost): a withdrawal nobody is named to receive loses the place and is no transfer event
    ("The militia withdrew from Tessalit on Friday.", "Tessalit"),
    ("Government troops retreated from Kidal on Sunday, residents said.", "Kidal"),
    ("French forces pulled out of Menaka on Monday.", "Ménaka"),
    ("Soldiers abandoned the town of Bama on Friday, officials said.", "Bama"),
    ("Ugandan troops evacuated Baidoa on Saturday.", "Baidoa"),
]


@pytest.mark.parametrize(("text", "place"), WITHDRAWN)
def test_a_withdrawal_without_a_receiver_loses_the_place_and_is_no_event(extractor, text, place):
    result = extract(extractor, text, PUBLISHED)
    assert result.events == []
    assert [(c.place.name, c.status.value) for c in result.control] == [(place, "lost")]


TOLD_BY_A_PARTICIPLE = [
    # (report, sub-event type): a participle hung on a happening's verb tells what it did, on its days; a
    # weapon that did the happening did the participle too, and a label the words chose stays the host's
    ("Iraqi warplanes pounded militant hideouts near Tikrit on Monday and Tuesday, killing scores of gunmen.",
     "Air/drone strike"),
    ("Russian jets bombed Idlib on Monday and Tuesday, killing eleven civilians.", "Air/drone strike"),
    ("The army shelled rebel trenches outside Marib over the weekend, killing at least 20 fighters.",
     "Shelling/artillery/missile attack"),
    ("Drones hit a convoy near Kidal on Friday night and Saturday, wounding six soldiers.", "Air/drone strike"),
    ("Militants attacked an army base near Gao late on Sunday, killing four soldiers, officials said.",
     "Armed clash"),
    # an infinitive of purpose tells no toll of its own
    ("US aircraft carried out a strike near Kunduz on Tuesday to eliminate a threat to Afghan forces.",
     "Air/drone strike"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), TOLD_BY_A_PARTICIPLE)
def test_a_participle_tells_the_toll_of_its_happening(extractor, text, sub_event_type):
    assert _the_event(extractor, text).sub_event_type == sub_event_type


WEAPONS_DISRUPTED = [
    # (report, whether it tells a disrupted weapons use): dismantling disrupts weapons only when a weapon is
    # what is dismantled
    ("Police dismantled a protest camp outside parliament in Nairobi on Sunday.", False),
    ("The authorities dismantled a rebel checkpoint near Goma on Friday.", False),
    ("Soldiers dismantled an explosive device near Gao on Monday.", True),
    ("Army engineers dismantled a roadside bomb outside Kandahar on Friday.", True),
    ("A roadside bomb was dismantled by soldiers near Gao on Monday.", True),
    ("Police defused a bomb near the market in Kano on Saturday.", True),
]


@pytest.mark.parametrize(("text", "disrupted"), WEAPONS_DISRUPTED)
def test_dismantling_disrupts_weapons_only_when_they_are_dismantled(extractor, text, disrupted):
    types = {e.sub_event_type for e in extract(extractor, text, PUBLISHED).events}
    assert ("Disrupted weapons use" in types) == disrupted


TALLIES = [
    # (report, events it tells): a death count the war as a whole makes, or nobody named makes over more
    # than a month or since a past happening, is a tally, no happening; a dated killing stays one
    ("More than 5,000 people have been killed in Tigray since the war began.", 0),
    ("The conflict has killed at least 300,000 people in Yemen, according to the UN.", 0),
    ("The insurgency has killed more than 40,000 people in Mozambique's north.", 0),
    ("Some 1,200 civilians were killed in the region last year, a monitoring group said.", 0),
    ("At least 900 people were killed in Darfur in 2023, the UN said.", 0),
    ("Since the coup, at least 700 protesters have been killed across Myanmar.", 0),
    ("Twelve people were killed in Kano on Sunday, police said.", 1),
    ("Gunmen killed 12 villagers near Bama last month.", 1),
    ("The war in Sudan has killed 15,000 people, and on Sunday militiamen killed 20 villagers near El Fasher.", 1),
]


@pytest.mark.parametrize(("text", "told"), TALLIES)
def test_a_tally_of_deaths_is_no_event(extractor, text, told):
    assert len(extract(extractor, text, PUBLISHED).events) == told


SPANS = [
    # (report, events it tells): what nobody named did over months up to the report's day is a tally, no one happening
    # (frame_table.yaml `history.span`); a day, a week, a month or a past year stays one, and so does a doer's span
    ("More than 80 travellers have been kidnapped on the Abuja-Kaduna road this year, police said.", 0),
    ("Dozens of homes have been burned in villages near Kutupalong so far this year, a rights group said.", 0),
    ("Some 40 schools near Kadugli have been shelled this year, the UN said.", 0),
    ("Hundreds of cattle have been looted from herders near Dilling so far this year.", 0),
    ("Militiamen have attacked villages around Djibo since January, aid workers said.", 0),
    ("Gunmen kidnapped 14 travellers on the road near Kaduna last week, police said.", 1),
    ("Soldiers burned houses in a village near Djibo in March, residents said.", 1),
    ("The army recaptured Habila on Sunday, a town the rebels had held since April.", 1),
]


@pytest.mark.parametrize(("text", "told"), SPANS)
def test_a_happening_told_over_months_is_no_event(extractor, text, told):
    assert len(extract(extractor, text, PUBLISHED).events) == told


DATELINES = [
    # (report, the place of its every event): a dateline names where the reporter files, not where anything happened;
    # it is the story's town only when the words name no other
    ("KHARTOUM, May 13 (Newsdesk) - Gunmen shot dead three farmers near Kadugli on Sunday, police said.\n\n"
     "Residents said two more people were wounded by stray bullets.", "Kadugli"),
    ("NAIROBI, May 13 (Newsdesk) - An air strike hit a market in Nyala on Sunday, killing nine people, medics said."
     "\n\nAt least two more people were killed by stray bullets, residents said.", "Nyala"),
    ("BAMAKO, Mali, May 13 (Newsdesk) - Jihadists attacked an army post near Menaka on Saturday, killing four "
     "soldiers, the army said.\n\nThe attackers also burned a school.", "Ménaka"),
    ("ABUJA, May 13 (Newsdesk) - Bandits kidnapped 20 villagers near Gusau on Sunday, police said.\n\n"
     "Two people were killed during the raid, residents said.", "Gusau"),
    ("GOMA, Congo, May 12 (Newsdesk) - M23 rebels shelled Sake on Saturday, officials said.\n\n"
     "Four civilians were wounded, a hospital said.", "Sake"),
    ("KABUL (Newsdesk) - A bomb exploded outside a mosque on Friday, killing six worshippers, police said.", "Kabul"),
]


@pytest.mark.parametrize(("text", "town"), DATELINES)
def test_a_dateline_is_no_place_of_the_story(extractor, text, town):
    events = extract(extractor, text, PUBLISHED).events
    assert events and {e.place.name if e.place else None for e in events} == {town}


SETTLED = [
    # (report, its control claims): a holder's earlier fight for or threat to a place its own later taking
    # settled is no longer told; another holder's stays
    ("Insurgents entered Macomia on Wednesday. On Saturday they seized the town.",
     {("Unidentified Armed Group (Mozambique)", "controls")}),
    ("Rebels entered Kidal on Wednesday, residents said. The rebels captured the town on Saturday.",
     {("Unidentified Armed Group (Mali)", "controls")}),
    ("Houthi fighters were on the outskirts of Marib on Tuesday. On Saturday the Houthis seized the city.",
     {("Houthis", "controls")}),
    ("Islamist fighters said on Tuesday they would push on to Mopti. They captured the town on Saturday.",
     {("Islamist Militia (Mali)", "controls")}),
    ("Al-Shabaab fighters entered Baidoa on Monday. Government troops retook the town on Friday.",
     {("al-Shabaab", "contested"), ("Military Forces of Somalia", "controls")}),
]


@pytest.mark.parametrize(("text", "claims"), SETTLED)
def test_a_holders_own_later_taking_settles_its_fight_for_a_place(extractor, text, claims):
    assert {(c.actor.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control} == claims


@pytest.mark.parametrize(("text", "facility"), [
    # a facility whose own words name a town is that town's, not the report's main town's
    ("Militants took Mosul on Monday and drove into Baiji on Wednesday. Soldiers still guard the refinery near "
     "Baiji.", "Baiji refinery"),
    ("Rebels captured Sake on Monday and Goma on Tuesday. Troops still hold the airport near Sake.", "Sake airport"),
])
def test_a_facility_belongs_to_the_town_its_words_name(extractor, text, facility):
    assert facility in {c.place.name for c in extract(extractor, text, PUBLISHED).control}


WEAPON_IN_A_WHEN_CLAUSE = [
    # (report, sub-event type): a weapon acting in a clause "when/as ..." on a killing or a wounding is its
    # instrument, and types it
    ("Five residents of Fallujah died on Thursday when artillery shells fired by the army hit their street.",
     "Shelling/artillery/missile attack"),
    ("Two soldiers were wounded near Gao on Friday when a roadside bomb went off under their truck.",
     "Remote explosive/landmine/IED"),
    ("Nine people were killed in Kharkiv as Russian rockets slammed into a market on Sunday.",
     "Shelling/artillery/missile attack"),
    ("Three farmers were killed near Bama when a landmine exploded under their cart on Tuesday.",
     "Remote explosive/landmine/IED"),
    ("Four children died in Idlib on Monday when a Russian missile hit their school.",
     "Shelling/artillery/missile attack"),
    ("Twelve people were killed in Kano on Sunday when gunmen opened fire on a market.", "Attack"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), WEAPON_IN_A_WHEN_CLAUSE)
def test_a_weapon_in_a_when_clause_types_the_killing(extractor, text, sub_event_type):
    assert _the_event(extractor, text).sub_event_type == sub_event_type


GAPPED = [
    # text, actor 1, dead: a gapped passive shares its by-phrase; ACLED counts the killed only
    ("Two soldiers were killed and five others wounded by al-Shabaab militants near Mogadishu on Saturday.",
     "al-Shabaab", 2),
    ("Seven villagers were shot dead and nine wounded by Boko Haram fighters near Bama on Saturday.",
     "Boko Haram", 7),
    ("Gunmen killed three villagers and two soldiers near Bama on Saturday.", "Unidentified Armed Group (Nigeria)", 5),
    ("JNIM fighters killed six soldiers and four civilians near Mopti on Saturday.", "JNIM", 10),
    ("Four policemen were killed and two others injured by Boko Haram fighters in Bama on Saturday.", "Boko Haram", 4),
]


@pytest.mark.parametrize(("text", "actor1", "dead"), GAPPED)
def test_a_gapped_coordination_is_one_event_with_the_shared_doer(extractor, text, actor1, dead):
    event = _the_event(extractor, text)
    assert (event.actor1.name, event.fatalities) == (actor1, dead)
    assert _on(event, SATURDAY)


UNDER_ATTACK = [
    # text, sub-event type, actor 1, place: the subject came under it, the by- or from-phrase did it
    ("A military convoy came under fire from JNIM fighters near Mopti on Saturday.", "Armed clash", "JNIM", "Mopti"),
    ("A police post in Bama came under attack from Boko Haram fighters on Saturday.", "Armed clash", "Boko Haram",
     "Bama"),
    ("An army base near Mogadishu came under heavy mortar fire from al-Shabaab militants on Saturday.",
     "Shelling/artillery/missile attack", "al-Shabaab", "Mogadishu"),
    ("A checkpoint outside Bama came under attack by Boko Haram fighters on Saturday.", "Armed clash", "Boko Haram",
     "Bama"),
    ("Army positions near Mopti came under sustained gunfire from JNIM fighters on Saturday.", "Armed clash", "JNIM",
     "Mopti"),
]


@pytest.mark.parametrize(("text", "sub_event_type", "actor1", "place"), UNDER_ATTACK)
def test_what_came_under_attack_was_attacked_by_the_from_phrase(extractor, text, sub_event_type, actor1, place):
    event = _the_event(extractor, text)
    assert (event.sub_event_type, event.actor1.name, event.place.name) == (sub_event_type, actor1, place)


TORE_THROUGH = [
    # text, sub-event type, place: the weapon tore through a place; without a weapon nothing happened
    ("A car bomb ripped through a checkpoint in Mogadishu on Saturday.", "Remote explosive/landmine/IED", "Mogadishu"),
    ("An improvised explosive device tore through an army truck near Mopti on Saturday.",
     "Remote explosive/landmine/IED", "Mopti"),
    ("A hand grenade tore through a bus stop in Bujumbura on Saturday.", "Grenade", "Bujumbura"),
    ("A roadside bomb ripped through a minibus near Maiduguri on Saturday, killing four passengers.",
     "Remote explosive/landmine/IED", "Maiduguri"),
    ("A landmine tore through a military vehicle near Kidal on Saturday.", "Remote explosive/landmine/IED", "Kidal"),
    ("A fire tore through a market in Maiduguri on Saturday.", None, None),
    ("Floodwaters ripped through villages near Bama on Saturday.", None, None),
]


@pytest.mark.parametrize(("text", "sub_event_type", "place"), TORE_THROUGH)
def test_a_weapon_tearing_through_a_place_is_an_explosion_there(extractor, text, sub_event_type, place):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.place.name) for e in events] == ([(sub_event_type, place)] if place else [])


@pytest.mark.parametrize("text", [
    "The army launched an operation to capture Kidal from JNIM fighters.",
    "JNIM fighters were sent to Menaka to seize the airport.",
    "Troops were deployed to Kidal to retake the town from the rebels.",
    "Boko Haram massed fighters near Bama to attack the town.",
    "The army moved two battalions north to recapture Kidal.",
])
def test_the_purpose_of_a_preparation_is_no_event_and_no_control(extractor, text):
    result = extract(extractor, text, PUBLISHED)
    assert [e for e in result.events if e.sub_event_type != "Change to group/activity"] == []
    assert result.control == []



@pytest.mark.parametrize(("text", "trigger"), [
    ("About 300 students gathered outside the governor's office in Kano to protest against fees.", "protest"),
    ("Hundreds of traders assembled in Bamako to demonstrate against new taxes.", "demonstrate"),
    ("Boko Haram fighters returned at night to overrun the town of Gwoza.", "overrun"),
])
def test_the_purpose_of_a_gathering_or_return_is_carried_out(extractor, text, trigger):
    assert trigger in [e.trigger for e in extract(extractor, text, PUBLISHED).events]


STANDING = [
    # text, event: a standing state is control and no new taking; a headline's present tense tells one
    ("Russian troops still occupy Tokmak, the regional governor said.", None),
    ("Tokmak remains occupied by Russian troops.", None),
    ("Tokmak remained occupied by Russian forces on Saturday.", None),
    ("Russian forces still hold Tokmak.", None),
    ("Russian troops are still occupying Tokmak.", None),
    ("Russian troops occupy Tokmak", "Government regains territory"),
]


@pytest.mark.parametrize(("text", "event"), STANDING)
def test_a_standing_occupation_is_control_not_a_takeover(extractor, text, event):
    result = extract(extractor, text, PUBLISHED)
    assert [e.sub_event_type for e in result.events] == ([event] if event else [])
    assert {(c.actor.name, c.place.name, c.status.value) for c in result.control} == {
        ("Military Forces of Russia", "Tokmak", "controls")}


HISTORY = [
    # (report, events and claims it tells): a change of hands dated more than a year before the latest day the
    # report tells (frame_table.yaml `history`) is background, a happening more than a month before is; a report
    # about that past alone, or the same told this year, is news (a town seized in March is held in May, but its
    # seizure is no news in May)
    ("Rebels first seized the town of Bunia in 2003, during the Ituri war, residents recalled on Sunday.", 0),
    ("The two factions signed a peace accord in Arusha in 1993. On Friday their heirs met again.", 0),
    ("Soldiers massacred dozens of villagers in Tadamakat in 2012, a survivor told the court on Monday.", 0),
    ("Militants blew up the old bridge at Gao in 2013. Engineers reopened its successor on Saturday.", 0),
    ("Separatists captured the airport at Kidal in 2012, the governor recalled on Thursday.", 0),
    ("Rebels seized the town of Bunia in March, residents said on Sunday.", 1),
    ("Rebels seized the town of Bunia last week, residents said on Sunday.", 2),
    ("The two factions signed a peace accord in Arusha on Monday.", 1),
    ("Soldiers massacred dozens of villagers in Tadamakat in 2012, a survivor said.", 1),
]


@pytest.mark.parametrize(("text", "told"), HISTORY)
def test_a_happening_years_before_the_report_is_background(extractor, text, told):
    result = extract(extractor, text, PUBLISHED)
    assert len(result.events) + len(result.control) == told


MONTHS_BACK = [
    # (report, sub-event types): a happening dated months before the day the report tells is background to it
    ("Police arrested the opposition leader in Harare in January. On Sunday, his supporters marched through "
     "Harare.", ["Peaceful protest"]),
    ("Troops shelled the village of Tabanga in February. On Saturday, soldiers clashed with militants near "
     "Tabanga.", ["Armed clash"]),
    ("A car bomb killed ten people in Baidoa in December. On Friday, gunmen stormed a hotel in Baidoa.",
     ["Attack"]),
    ("Rebels looted the market in Kalehe in February. On Sunday, traders marched through Kalehe to demand "
     "compensation.", ["Peaceful protest"]),
    ("Drones struck a wedding party near Marib in January. On Saturday, Houthi forces shelled government "
     "positions near Marib.", ["Shelling/artillery/missile attack"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), MONTHS_BACK)
def test_a_happening_months_before_the_report_is_background(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == sub_event_types


SAME_DAY = [
    # a holder's entry into or fight for a place its own taking settled the same day is no contest
    "Rebels entered Goma on Tuesday and seized the city the same day.",
    "Fighters of the group captured Mueda on Saturday. They had entered the town on Saturday morning.",
    "Government forces retook Bossangoa on Friday. Troops entered the town after the rebels fled.",
    "Militiamen captured Djugu on Tuesday; they had pushed into the town on Tuesday at dawn.",
    "Rebels seized Rutshuru on Sunday after they entered the town on Sunday morning.",
]


@pytest.mark.parametrize("text", SAME_DAY)
def test_a_holders_taking_the_same_day_settles_its_entry(extractor, text):
    assert [c.status.value for c in extract(extractor, text, PUBLISHED).control if c.status.value != "lost"] == [
        "controls"]  # (the side that fled loses the town)


@pytest.mark.parametrize("text", [
    # what a verb asks for is not told: no agreement, no event
    "Western envoys called for an immediate truce in Tripoli.",
    "The African Union urged a ceasefire in Khartoum on Monday.",
    "Church leaders appealed for a truce between the militias in Bangui.",
    "The United Nations demanded a ceasefire in Gaza on Friday.",
    "Regional leaders pressed for a peace deal in Juba last week.",
])
def test_an_agreement_asked_for_is_no_agreement(extractor, text):
    assert extract(extractor, text, PUBLISHED).events == []


ROUTED = [
    # (report, actor 1): routing armed men where no ground is taken is a battle, not a change of hands
    ("Al-Shabaab fighters routed Somali soldiers outside Jowhar on Tuesday.", "al-Shabaab"),
    ("Government soldiers routed the rebels near Bambari on Sunday.",
     "Military Forces of the Central African Republic"),
    ("Houthi fighters routed government troops south of Marib on Saturday.", "Houthis"),
    ("The army routed JNIM fighters near Djenne on Saturday.", "Military Forces of Mali"),
    ("Government troops routed al-Shabaab fighters near Afgooye on Monday.", "Military Forces of Somalia"),
]


@pytest.mark.parametrize(("text", "actor1"), ROUTED)
def test_routing_armed_men_is_an_armed_clash(extractor, text, actor1):
    event = _the_event(extractor, text)
    assert (event.sub_event_type, event.actor1.name) == ("Armed clash", actor1)
    assert extract(extractor, text, PUBLISHED).control == []


SHARES = [
    # (report, place, status): a share named by its owner's possessive or by the place it lies in is partial
    # control of that place; each conjunct of a claim is a claim of its own
    ("Rebels seized the town's northern districts on Tuesday, residents of Bunia said.", "Bunia", "partial"),
    ("Kenyan troops took control of Kismayo's outskirts on Tuesday.", "Kismayo", "partial"),
    ("Militiamen overran Djugu's eastern neighbourhoods on Saturday.", "Djugu", "partial"),
    ("The rebels still hold Bentiu and much of the countryside in Unity state.", "Bentiu", "controls"),
    ("The rebels still hold Bentiu and much of the countryside in Unity state.", "Unity", "partial"),
    ("Rebels still hold most of the villages in the Ituri province.", "Ituri", "partial"),
    ("The army holds Gao and most of the countryside around Ansongo.", "Ansongo", "partial"),
    ("Government troops seized Kismayo's airport on Tuesday.", "Kismayo airport", "controls"),
]


@pytest.mark.parametrize(("text", "place", "status"), SHARES)
def test_a_share_of_a_place_is_partial_control_of_it(extractor, text, place, status):
    claims = {(c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert (place, status) in claims


PLACED_ELSEWHERE = [
    # (report, the town its words do not mean): a town or facility named by a name the gazetteer does not
    # know, and "the town"/"the base" referring back to it, are no claim on another town of the report
    ("Gunmen stormed the village of Kpalbusi on Monday, residents of Tamale said. The village remains under "
     "the gunmen's control.", "Tamale"),
    ("Rebels seized the army base on the shore of Lake Chad on Monday. Soldiers fled the base, officials in "
     "Maiduguri said.", "Maiduguri"),
    ("Militiamen overran the town of Tchoukoutalia on Friday, a police officer in Mongo said. The town remains "
     "under militia control.", "Mongo"),
    ("Rebels seized the river port of Lokutu-Basoko on Monday, officials in Kisangani said. Soldiers fled the "
     "port.", "Kisangani"),
    ("Fighters seized the border post of Kalaba-Nord on Monday, customs officers in Kasumbalesa said. Soldiers "
     "fled the post.", "Kasumbalesa"),
]


@pytest.mark.parametrize(("text", "town"), PLACED_ELSEWHERE)
def test_a_place_the_gazetteer_does_not_know_is_no_claim_on_another_town(extractor, text, town):
    assert not [c for c in extract(extractor, text, PUBLISHED).control if c.place.name.startswith(town)]


@pytest.mark.parametrize(("text", "claim"), [
    # a facility its words place in a known town, or referring back to one, keeps that town
    ("Rebels seized the army base outside Bunia on Monday. Soldiers fled the base.",
     ("Military Forces of the Democratic Republic of Congo", "Bunia base", "lost")),
    ("Rebels seized the base of the African Union force in Beledweyne on Monday.",
     ("Unidentified Armed Group (Somalia)", "Beledweyne base", "controls")),
])
def test_a_facility_in_a_known_town_keeps_its_town(extractor, text, claim):
    claims = {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert claim in claims


ENDED = [
    # (report, holder, place): an occupation or control a verb ends ("ending X's occupation of Y") is lost by its
    # holder, and tells no taking
    ("Government troops entered Bentiu on Sunday, ending a four-month occupation of the town by rebel fighters.",
     "Unidentified Armed Group (South Sudan)", "Bentiu"),
    ("The army's arrival in Kidal ended the rebels' occupation of the town on Sunday.",
     "Unidentified Armed Group (Mali)", "Kidal"),
    ("Soldiers retook Marawi on Sunday, ending the militants' five-month control of the city.",
     "Unidentified Armed Group (Philippines)", "Marawi City"),
    ("The offensive ended the jihadists' control of Palmyra on Sunday.", "Unidentified Armed Group (Syria)", "Tadmur"),
    ("Kenyan troops ended al-Shabaab's occupation of Kismayo on Friday.", "al-Shabaab", "Kismayo"),
]


@pytest.mark.parametrize(("text", "holder", "place"), ENDED)
def test_an_ended_occupation_is_lost_by_its_holder(extractor, text, holder, place):
    result = extract(extractor, text, PUBLISHED)
    assert {(c.status.value, c.place.name) for c in result.control if c.actor.name == holder} == {("lost", place)}
    assert not [e for e in result.events if e.actor1 is not None and e.actor1.name == holder]


def test_a_lifted_siege_threatens_nobody(extractor):
    assert extract(extractor, "Troops lifted the rebels' siege of Bossangoa on Friday.", PUBLISHED).control == []


LEFT_TO = [
    # (report, holder, place): an entry into a place its holder left that day, nobody else contesting it, is a
    # taking; an entry others fight is a contest
    ("Rebels pulled out of Bambari on Friday. Government troops entered the town on Friday.",
     "Military Forces of the Central African Republic", "Bambari", "controls"),
    ("Government troops entered Bentiu on Sunday, ending a four-month occupation of the town by rebel fighters.",
     "Military Forces of South Sudan", "Bentiu", "controls"),
    ("The army withdrew from Menaka on Tuesday; JNIM fighters entered the town on Tuesday.", "JNIM", "Ménaka",
     "controls"),
    ("Al-Shabaab fighters withdrew from Baidoa on Saturday. Ethiopian troops drove into the town on Saturday.",
     "Military Forces of Ethiopia", "Baidoa", "controls"),
    ("Islamist fighters pulled out of Mopti on Monday. Malian soldiers entered the town on Monday.",
     "Military Forces of Mali", "Mopti", "controls"),
    ("Rebels entered Goma on Tuesday and fought the army in the streets.",
     "Unidentified Armed Group (Democratic Republic of Congo)", "Goma", "contested"),
]


@pytest.mark.parametrize(("text", "holder", "place", "status"), LEFT_TO)
def test_an_entry_into_a_place_its_holder_left_is_a_taking(extractor, text, holder, place, status):
    claims = {(c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control
              if c.actor.name == holder}
    assert claims == {(place, status)}


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a battle needs armed sides the report names: where the typer reads one and nobody armed is told, its
    # next choice is the event
    ("Nine people were killed in Kaduna on Saturday, police said.", "Attack"),
    ("Seven villagers were killed near Jos on Friday.", "Attack"),
    ("Market traders clashed with police in Onitsha on Monday.", "Violent demonstration"),
    ("Supporters of two parties clashed in Lahore on Tuesday.", "Mob violence"),
    ("Students fought with police outside the university in Dhaka on Wednesday.", "Violent demonstration"),
])
def test_a_battle_nobody_armed_is_told_in_gives_way_to_the_next_reading(extractor, text, sub_event_type):
    assert [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events] == [sub_event_type]


@pytest.mark.parametrize(("text", "told"), [
    # (report, (sub-event type, actor 1) of each event): an adjective on an event noun that names no known
    # actor tells how it happened, not who did it, so neither an actor of that name nor a riot by nobody; a
    # battle nobody is named fighting is ACLED's armed clash of unidentified armed groups
    ("Fierce clashes between the army and Tuareg rebels erupted near Kidal on Friday.",
     [("Armed clash", "Military Forces of Mali")]),
    ("Heavy fighting was reported around Marib on Sunday, a spokesman said.",
     [("Armed clash", "Unidentified Armed Group (Yemen)")]),
    ("Sporadic shelling hit the outskirts of Donetsk on Monday.", [("Shelling/artillery/missile attack", None)]),
    ("Intense fighting continued around the airport of Goma on Tuesday, residents said.",
     [("Armed clash", "Unidentified Armed Group (Democratic Republic of Congo)")]),
    ("A spokesman said heavy fighting was continuing around the village on Monday.",
     [("Armed clash", "Unidentified Armed Group")]),
])
def test_a_manner_adjective_on_an_event_noun_is_no_doer(extractor, text, told):
    events = extract(extractor, text, PUBLISHED).events
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in events] == told


@pytest.mark.parametrize(("text", "actor1"), [
    # an "of X" after two coordinated doers belongs to the second, wherever the parser hangs it: the first
    # doer is still actor 1
    ("Iraqi troops and fighters of the Popular Mobilisation Forces took control of the town of Baiji on Tuesday.",
     "Military Forces of Iraq"),
    ("Syrian soldiers and militiamen of the National Defence Forces recaptured the village of Kessab on Sunday.",
     "Military Forces of Syria"),
    ("Somali troops and fighters of Ahlu Sunna Waljama'a took the town of Guriel on Monday.",
     "Military Forces of Somalia"),
    ("Congolese soldiers and fighters of the Nyatura militia retook the town of Kitchanga on Friday.",
     "Military Forces of the Democratic Republic of Congo"),
    ("Ethiopian troops and militiamen of the Fano movement took the town of Lalibela on Sunday.",
     "Military Forces of Ethiopia"),
])
def test_an_of_phrase_after_coordinated_doers_belongs_to_the_second(extractor, text, actor1):
    assert _the_event(extractor, text).actor1.name == actor1


ENDED_BY = [
    # (report, holder that lost the place, place): the doer of an ended occupation is read from its by-phrase
    # whichever label the parser gives "by", and a length of time on the noun ("a three-month occupation")
    # is nobody; separatists and guerrillas are armed groups
    ("Ukrainian troops entered Kramatorsk on Saturday and raised the flag over the city hall, ending a three-month "
     "occupation of the city by separatists, the president said.", "Unidentified Armed Group (Ukraine)", "Kramatorsk"),
    ("Iraqi forces entered Tikrit on Tuesday, ending a ten-month occupation of the city by jihadists.",
     "Unidentified Armed Group (Iraq)", "Tikrīt"),
    ("Malian soldiers entered Douentza on Monday, ending a six-month occupation of the town by Islamist "
     "guerrillas.", "Unidentified Armed Group (Mali)", "Douentza"),
    ("Somali troops entered Baidoa on Sunday, ending a three-year occupation of the town by al-Shabaab fighters, "
     "officials said.", "al-Shabaab", "Baidoa"),
    ("Congolese soldiers entered Rutshuru on Friday, ending a year-long occupation of the town by rebels, the army "
     "said.", "Unidentified Armed Group (Democratic Republic of Congo)", "Rutshuru"),
]


@pytest.mark.parametrize(("text", "holder", "place"), ENDED_BY)
def test_the_doer_of_an_ended_occupation_loses_the_place(extractor, text, holder, place):
    claims = {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert (holder, place, "lost") in claims


@pytest.mark.parametrize(("text", "actor1"), [
    # the forces of a people within a country (data/en/reference.yaml `peoples`) are an armed group of it, not
    # its state: their taking of a town is a non-state actor's
    ("After a week of shelling, Tigrayan forces overran Kombolcha on Monday, a resident told reporters.",
     "Unidentified Armed Group (Ethiopia)"),
    ("Kurdish forces seized the town of Manbij in northern Syria on Friday.", "Unidentified Armed Group (Syria)"),
    ("Druze fighters seized a checkpoint near Sweida on Monday.", "Unidentified Armed Group (Syria)"),
    ("Karen fighters overran an army outpost near Myawaddy on Monday.", "Unidentified Armed Group (Myanmar)"),
    ("Tuareg rebels seized the town of Menaka on Monday.", "MNLA"),
])
def test_a_peoples_forces_are_no_state(extractor, text, actor1):
    event = _the_event(extractor, text)
    assert (event.sub_event_type, event.actor1.name) == ("Non-state actor overtakes territory", actor1)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # an entry into a place its holder left that day is a taking: an event of its own, the holder that left second
    ("Al-Shabaab fighters withdrew from Baidoa on Saturday. Ethiopian troops drove into the town on Saturday.",
     "Military Forces of Ethiopia", "al-Shabaab"),
    ("Islamist fighters pulled out of Mopti on Monday. Malian soldiers entered the town on Monday.",
     "Military Forces of Mali", "Islamist Militia (Mali)"),
    ("Iraqi forces entered Tikrit on Tuesday, ending a ten-month occupation of the city by jihadists.",
     "Military Forces of Iraq", "Unidentified Armed Group (Iraq)"),
    ("Ukrainian troops entered Kramatorsk on Saturday and raised the flag over the city hall, ending a three-month "
     "occupation of the city by separatists, the president said.", "Military Forces of Ukraine",
     "Unidentified Armed Group (Ukraine)"),
    ("Rebels pulled out of Bambari on Friday. Government troops entered the town on Friday.",
     "Military Forces of the Central African Republic", "Unidentified Armed Group (Central African Republic)"),
])
def test_an_entry_into_a_place_its_holder_left_is_a_taking_event(extractor, text, actor1, actor2):
    event = _the_event(extractor, text)
    assert (event.sub_event_type, event.actor1.name, event.actor2.name) == (
        "Government regains territory", actor1, actor2)


def test_an_entry_others_fight_is_no_taking(extractor):
    events = extract(extractor, "Rebels entered Goma on Tuesday and fought the army in the streets.", PUBLISHED).events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


REGION_ONLY = [
    # (report, event place, controlled facility): a clause that names only a region takes its sentence's town, not
    # the report's main town; a facility the verb's phrase places ("seized a barracks in X") is X's
    ("Kabul was quiet on Sunday. Traffic returned to Kabul's markets. The Taliban said on Sunday they had captured "
     "all of Kunduz province and had seized the airport at Kunduz.", "Konduz Airport", "Konduz Airport"),
    ("Life in Maiduguri went on as usual on Friday, and Maiduguri's markets opened. Boko Haram said on Friday it had "
     "taken all of Yobe state and had seized a barracks in Damaturu.", "Damaturu", "Damaturu barracks"),
    ("Nairobi hosted peace talks on Tuesday; delegates in Nairobi met for hours. Al-Shabaab said on Tuesday it had "
     "taken all of Lower Shabelle region and had seized a base at Afgooye.", "Afgooye", "Afgooye base"),
    ("Residents of Baghdad braced for an attack on Monday. Baghdad's streets were empty. The militants claimed on "
     "Monday that they had taken all of Anbar province and had seized weapons at Ramadi.", "Ramadi", None),
    ("Troops retook the airport in Kidal on Friday.", "Kidal airport", "Kidal airport"),
]


@pytest.mark.parametrize(("text", "place", "facility"), REGION_ONLY)
def test_a_clause_naming_a_region_takes_its_sentences_town(extractor, text, place, facility):
    result = extract(extractor, text, PUBLISHED)
    assert [e.place.name for e in result.events] == [place]
    assert facility is None or facility in {c.place.name for c in result.control}


WITHIN_STATE = [
    # (report, events it tells): ground one state's forces hand to its other forces is a relief, no ACLED event; a
    # change of hands between a state and rebels, or two states, stays one
    ("On Tuesday the army handed security of the Bayji district to the federal police, a military source said.", 0),
    ("Soldiers handed control of the airport in Gao to the national gendarmerie on Monday.", 0),
    ("The army handed its camp near Kidal over to the police on Sunday, officials said.", 0),
    ("Police took over security of Mosul from the army on Saturday, the interior ministry said.", 0),
    ("Paramilitary police took over the checkpoints around Moirang from the army last Thursday.", 0),
    ("Rebels handed the town of Menaka over to the army on Saturday.", 1),
    ("Troops took the border post at Kurmuk from the rebels on Sunday.", 1),
    ("Indian troops took a hilltop post near Kargil from Pakistani soldiers on Sunday.", 1),
]


@pytest.mark.parametrize(("text", "told"), WITHIN_STATE)
def test_ground_handed_between_one_states_forces_is_no_event(extractor, text, told):
    assert len(extract(extractor, text, PUBLISHED).events) == told


GOING_ON = [
    # (report, events it tells): a happening told in the progressive with no date and no place of its own is one going
    # on, no new happening (a side saying what it is fighting); dated or placed, it is one
    ("The army says it is fighting bandits who want to seize power by force.", 0),
    ("The RSF said it was fighting remnants of the former regime.", 0),
    ("Rebel commanders said they are fighting the junta to free the country.", 0),
    ("Government forces are battling insurgents across the region, the minister told parliament.", 0),
    ("The militia says it is fighting the army to defend its villages.", 0),
    ("Troops were fighting rebels in Kidal on Sunday, residents said.", 1),
    ("Soldiers were battling militants near Dori on Tuesday.", 1),
    ("Heavy fighting was raging in Kidal, residents said.", 1),
]


@pytest.mark.parametrize(("text", "told"), GOING_ON)
def test_a_happening_going_on_with_no_day_or_place_is_no_event(extractor, text, told):
    assert len(extract(extractor, text, PUBLISHED).events) == told


MOVES = [
    # (report, actor 1 of the change to group activity it tells): forces moved by nobody named move themselves, who
    # sends reinforcements moves them (a light verb); a doer told stays actor 1
    ("More troops were deployed to Kidal on Sunday.", "Military Forces of Mali"),
    ("The army sent reinforcements to Kidal on Sunday.", "Military Forces of Mali"),
    ("Police rushed reinforcements to the market in Kidal on Sunday.", "Police Forces of Mali"),
    ("Soldiers were deployed to the border town of Kidal on Sunday.", "Military Forces of Mali"),
    ("Gendarmes were deployed to Kidal on Sunday after the attack.", "Police Forces of Mali"),
    ("Hundreds of fighters defected to the government in Kidal on Sunday.", "Unidentified Armed Group (Mali)"),
]


@pytest.mark.parametrize(("text", "actor1"), MOVES)
def test_who_moves_forces_is_actor_1(extractor, text, actor1):
    assert [e.actor1.name if e.actor1 else None for e in extract(extractor, text, PUBLISHED).events] == [actor1]
