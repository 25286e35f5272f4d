"""An event's arguments come from its own frame: its clause first, then its sentence, then the
report — dates, death tolls, places and actors (country-qualified names keep their country)."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

from frontwatch.ingest import document_id
from frontwatch.model import Document

PUBLISHED = date(2024, 5, 13)  # a Monday


def _events(extractor, text: str, published: date = PUBLISHED):
    return extract(extractor, text, published).events


@pytest.mark.parametrize(("text", "start", "end"), [
    ("On 4 February 2020, gunmen killed three traders near Bama in Borno state.", date(2020, 2, 4), date(2020, 2, 4)),
    ("04/17/2011: Gunmen killed three traders near Bama in Borno state.", date(2011, 4, 17), date(2011, 4, 17)),
    ("On the night of 3-4 May, gunmen killed three traders near Bama in Borno state.", date(2024, 5, 3),
     date(2024, 5, 4)),
    ("Gunmen killed three traders near Bama in Borno state on 2 March.", date(2024, 3, 2), date(2024, 3, 2)),
    ("Gunmen killed three traders near Bama in Borno state on Saturday.", date(2024, 5, 11), date(2024, 5, 11)),
    ("Around 9 March 2022 (as reported), gunmen killed three traders near Bama in Borno state.", date(2022, 3, 9),
     date(2022, 3, 9)),
])
def test_an_explicit_date_beats_the_publication_default(extractor, text, start, end):
    [event] = _events(extractor, text)
    assert (event.date.start, event.date.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Militiamen torched a granary outside Kaya and drove off the herders' cattle.",
    "Two customs officers were shot dead by unknown assailants at the Malaba crossing.",
    "Hundreds of nurses marched through Kisumu to demand overdue allowances.",
    "Insurgents ambushed an army patrol on the road to Dori, killing four soldiers.",
    "A roadside bomb exploded beside a minibus near Kismayo, wounding six passengers.",
])
def test_an_undated_event_is_coded_on_the_day_of_the_report(extractor, text):
    [event] = _events(extractor, text)
    assert (event.date.start, event.date.end) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(("text", "day"), [
    # a noun that tells the report's own happening (subject, object, or a verbless sentence) takes its clause's
    # date, else the report's day
    ("On 9 May, heavy fighting between the army and rebels was reported near Goma.", date(2024, 5, 9)),
    ("A battle between soldiers and militiamen was fought near Bunia on Thursday.", date(2024, 5, 9)),
    ("There was a bomb blast at a market in Maiduguri on Saturday.", date(2024, 5, 11)),
    ("Heavy exchange of fire between soldiers and rebels near Butembo.", PUBLISHED),
    ("Peaceful protest by teachers against unpaid wages in Kisumu.", PUBLISHED),
])
def test_an_event_noun_takes_the_date_of_the_clause_that_tells_it(extractor, text, day):
    [event] = _events(extractor, text)
    assert (event.date.start, event.date.end) == (day, day)


@pytest.mark.parametrize(("text", "day"), [
    # a date that opens the sentence sets the scene for a clause the parser hung elsewhere
    ("On 6 May, gunmen attacked a checkpoint near Titao, the soldiers held their position, although the "
     "attackers burned two trucks.", date(2024, 5, 6)),
    # a dateline standing alone before the text
    ("8 May 2024. Gunmen kidnapped four fishermen near the port of Cotonou.", date(2024, 5, 8)),
    ("9 May. Rioters burned a police station in Kandi after a trader was arrested.", date(2024, 5, 9)),
    # of one clause's dates, the most precise: a part of the day refines the date, it does not replace it
    ("On 7 May 2024, overnight unidentified gunmen abducted two herders near Kandi.", date(2024, 5, 7)),
    ("Last week, on 6 May, protesters marched through the centre of Bamako.", date(2024, 5, 6)),
])
def test_an_opening_date_or_dateline_dates_the_whole_report(extractor, text, day):
    events = _events(extractor, text)
    assert events, text
    assert (events[0].date.start, events[0].date.end) == (day, day)


@pytest.mark.parametrize("text", [
    "On 3 March 2022, in Mombasa, dock workers protested against new port fees.",
    "On 3 March 2022, dock workers in Mombasa protested against new port fees.",
    "Dock workers protested against new port fees in Mombasa on 3 March 2022.",
])
def test_a_protest_told_in_a_coded_note_style_is_dated_by_its_note(extractor, text):
    [event] = _events(extractor, text)
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor1.name == "Protesters (Kenya)"
    assert (event.date.start, event.date.end) == (date(2022, 3, 3), date(2022, 3, 3))


@pytest.mark.parametrize(("text", "dead"), [
    ("Gunmen attacked a bus near Bama in Borno state on Saturday, killing a civilian.", 1),
    ("A roadside bomb hit a bus near Bama in Borno state on Saturday and left 12 dead.", 12),
    ("Gunmen ambushed a bus near Bama in Borno state on Saturday, killing two soldiers and a driver.", 3),
    ("At least 7 people were killed when gunmen attacked a bus near Bama in Borno state on Saturday.", 7),
    ("Gunmen attacked a bus near Bama in Borno state on Saturday; nobody was hurt.", None),
])
def test_a_count_in_the_event_clause_is_its_death_toll(extractor, text, dead):
    [event] = _events(extractor, text)
    assert event.fatalities == dead


def test_the_place_comes_from_the_event_sentence_never_the_next(extractor):
    text = ("Gunmen attacked a bus near Bama in Borno state on Saturday. "
            "Separately, the governor travelled to Maiduguri on Sunday.")
    [event] = _events(extractor, text)
    assert event.place.name == "Bama"


def test_an_event_sentence_without_a_place_takes_the_town_the_report_is_about(extractor):
    text = ("Fighting has gripped Bama in Borno state for a week. "
            "On Saturday gunmen attacked a bus, killing four passengers.")
    [event] = [e for e in _events(extractor, text) if e.sub_event_type == "Attack"]
    assert event.place.name == "Bama"


@pytest.mark.parametrize("text", [
    "Government jets pounded villages in north-western Idlib province on Thursday.",
    "Militants attacked a police station in southern Helmand province on Monday.",
    "Rebels shelled army positions in eastern Ituri province on Sunday.",
    "Drones struck a fuel depot in southern Kherson region overnight on Friday.",
    "Gunmen attacked a checkpoint in north-eastern Adamawa state on Tuesday.",
])
def test_a_division_named_with_its_division_word_is_no_town_of_the_report(extractor, text):
    events = _events(extractor, text + " Hours later a second attack killed four people, residents said.")
    assert events and all(e.place is None or e.place.feature == "region" for e in events)


@pytest.mark.parametrize(("text", "place"), [
    # a district named as where it happened is its place, not a town named to locate it or its bracketed container
    ("On 6 April 2020, coalition air raids were reported on Raghwan district north of Marib city (Marib).", "Raghwan"),
    ("On 9 May 2021, pro-Houthi forces shelled Medghal district west of Marib city (Marib).", "Medghal"),
    ("On 17 September 2020, air raids were reported on Nisab district north of Ataq city (Shabwah).", "Nisab"),
    ("On 30 November 2021, pro-Houthi forces fired missiles at Bayhan district near Ataq (Shabwah).", "Bayhan"),
    ("On 21 March 2021, government forces clashed with militants in Al Abdiyah district south of Harib (Marib).",
     "Al Abdiyah"),
    # negative row: a town named with its district stays the town
    ("On 5 May 2020, gunmen killed a trader in Lawdar town (Lawdar district, Abyan).", "Lawdar"),
])
def test_a_district_named_as_the_event_place_beats_a_town_named_to_locate_it(extractor, text, place):
    [event] = _events(extractor, text)
    assert event.place.name == place
    assert event.place.feature == ("populated place" if "town" in text else "district")


@pytest.mark.parametrize(("text", "holder"), [
    ("South Sudan's army said its soldiers still held Malakal in Upper Nile state.", "Military Forces of South Sudan"),
    ("Sudan's army said its soldiers still held Kosti in White Nile state.", "Military Forces of Sudan"),
    ("The South Sudanese army still holds Malakal in Upper Nile state.", "Military Forces of South Sudan"),
    ("The Sudanese army still holds Kosti in White Nile state.", "Military Forces of Sudan"),
])
def test_a_country_qualified_name_keeps_its_whole_country(extractor, text, holder):
    assert {c.actor.name for c in extract(extractor, text, PUBLISHED).control} == {holder}


@pytest.mark.parametrize(("text", "actor1"), [
    # nobody named, claimed or accused: ACLED's unidentified perpetrator, in the country of the place
    ("A bomb exploded near a bus station in Mandalay on Sunday, wounding four people.",
     "Unidentified Armed Group (Myanmar)"),
    ("Two explosions went off outside a bank in Bago on Saturday. Nobody was hurt.",
     "Unidentified Armed Group (Myanmar)"),
    ("A grenade was thrown into a bar in Bujumbura on Friday, injuring six customers.",
     "Unidentified Armed Group (Burundi)"),
    ("A trader was stabbed to death by unknown assailants at a market in Kano on Sunday.",
     "Unidentified Armed Group (Nigeria)"),
    ("Two aid workers were abducted near Gao on Saturday, their agency said.", "Unidentified Armed Group (Mali)"),
    # a named group keeps its name
    ("Al-Shabaab said its fighters set off a bomb near a hotel in Kismayo on Sunday.", "al-Shabaab"),
])
def test_an_unattributed_blast_or_attack_is_coded_to_an_unidentified_armed_group(extractor, text, actor1):
    events = _events(extractor, text)
    assert events, text
    assert events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # civilians who do violence are coded, as ACLED codes them, as a communal militia of their country
    ("Villagers attacked a herders' camp near Kandi, burning three huts.", "Unidentified Communal Militia (Benin)"),
    ("Farmers armed with machetes killed a herder near Nikki.", "Unidentified Communal Militia (Benin)"),
    ("Villagers from a village near Moyale killed a herder over a water point.",
     "Unidentified Communal Militia (Kenya)"),
    ("Armed farmers attacked a Fulani settlement near Wukari.", "Unidentified Communal Militia (Nigeria)"),
    ("A group of villagers abducted a herder near Kandi.", "Unidentified Communal Militia (Benin)"),
    # civilians the report names by their village ("residents of X", "people from X") are that village's communal
    # militia, as ACLED names it, in the country of the report; not where they only struck, nor armed men from a town
    ("Residents of Kaiama killed two cattle thieves with machetes.", "Kaiama Communal Militia (Nigeria)"),
    ("Villagers of Lafia attacked a Fulani settlement, killing a herder.", "Lafia Communal Militia (Nigeria)"),
    ("People from Dassa-Zoume stormed a farm near Glazoue and beat two workers.",
     "Dassa-Zoume Communal Militia (Benin)"),
    ("Farmers from Banikoara burned a herders' camp on Tuesday, wounding a boy.", "Banikoara Communal Militia (Benin)"),
    ("Women from Wukari looted a grain store near Takum on Monday.", "Wukari Communal Militia (Nigeria)"),
    ("The Kaiama communal militia attacked a herders' camp near Kosubosu.", "Kaiama Communal Militia (Nigeria)"),
    ("Farmers attacked a Fulani camp in Kalale, wounding two herders.", "Unidentified Communal Militia (Benin)"),
    ("Fighters from Kidal attacked an army post near Gao.", "Unidentified Armed Group (Mali)"),
    # their attackers are no militia of theirs, and a battle still needs armed sides
    ("Gunmen attacked villagers near Kandi.", "Unidentified Armed Group (Benin)"),
])
def test_civilians_who_do_violence_are_a_communal_militia(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


# groups of people at odds who clash ("two rival groups", "two factions") are, in the older exports that code such a
# clash a battle, the communal militia of the place they clash at, as ACLED names it ("X Communal Militia"): the first
# place their sentence names after them, no country; none named after them, an unidentified one
QUARREL_AT_A_PLACE = [
    ("A farmer was hacked to death in a clash between two factions at Charghat in Rajshahi on Monday.",
     "Charghat Communal Militia (Bangladesh)"),
    ("Eight people were wounded as rival groups fought with sticks and machetes in Ghoraghat, Dinajpur, over a canal.",
     "Ghoraghat Communal Militia (Bangladesh)"),
    ("A youth was stabbed to death when two groups clashed over a football match at Kotbari in Comilla.",
     "Kotbari Communal Militia (Bangladesh)"),
    ("Two rival factions fought over a fishing pond at Sreenagar in Munshiganj, injuring twelve.",
     "Sreenagar Communal Militia (Bangladesh)"),
    ("An elderly man died when two rival groups clashed over farmland at Tarash in Sirajganj on Sunday.",
     "Tarash Communal Militia (Bangladesh)"),
    # guards: no place after them, or only a country
    ("Two groups clashed in Bangladesh over a pond, injuring ten.", "Unidentified Communal Militia (Bangladesh)"),
    ("In Kotbari, two rival groups clashed over a fishing pond, injuring ten.",
     "Unidentified Communal Militia (Bangladesh)"),
]


@pytest.mark.parametrize(("text", "actor1"), QUARREL_AT_A_PLACE)
def test_groups_at_odds_are_the_communal_militia_of_the_place_they_clash_at(extractor, text, actor1):
    told = [(e.sub_event_type, e.actor1 and e.actor1.name) for e in _events(extractor, text, date(2015, 6, 3))]
    assert told[:1] == [("Armed clash", actor1)]


@pytest.mark.parametrize(("text", "actor1"), [
    # ACLED codes no civilian as the doer of any event it names (only its catch-all "other"): civilians who loot or
    # burn are a communal militia too; a crowd's own labels (protest, riot) keep their crowd
    ("A group of farmers burned three huts of herders near Kandi on Tuesday.", "Unidentified Communal Militia (Benin)"),
    ("Villagers looted a food warehouse in Kisumu on Sunday.", "Unidentified Communal Militia (Kenya)"),
    ("Residents set fire to the house of a suspected witch in Mbeya.", "Unidentified Communal Militia (Tanzania)"),
    ("Women looted a relief store in Maiduguri on Monday.", "Unidentified Communal Militia (Nigeria)"),
    ("A mob of traders ransacked a customs office in Goma on Friday.", "Rioters (Democratic Republic of Congo)"),
])
def test_civilians_who_loot_or_burn_are_a_communal_militia(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # pirates are ACLED's own generic actor of the country of the sea they strike in, not an unidentified armed group
    ("Pirates boarded a tanker off Lagos and kidnapped twelve crew members.", "Pirates (Nigeria)"),
    ("Armed pirates attacked a fishing trawler near Cotonou on Tuesday, wounding two sailors.", "Pirates (Benin)"),
    ("Sea pirates kidnapped the captain of a cargo ship off the coast of Lagos.", "Pirates (Nigeria)"),
    ("Two pirates abducted a ship's engineer near Douala on Sunday.", "Pirates (Cameroon)"),
    ("Gunmen kidnapped the captain of a cargo ship off the coast of Lagos.", "Unidentified Armed Group (Nigeria)"),
])
def test_pirates_are_acleds_pirates(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # an arrest nobody is said to make is the police's, in the country of the place
    ("Two journalists were detained in Mombasa after covering a strike.", "Police Forces of Kenya"),
    ("Eleven traders were taken into custody at a market in Kano on Thursday.", "Police Forces of Nigeria"),
    ("A local councillor was arrested in Gulu on charges of incitement.", "Police Forces of Uganda"),
    ("Three suspected smugglers were arrested near Kasese.", "Police Forces of Uganda"),
    ("Four fishermen were detained near Kismayo on Sunday.", "Police Forces of Somalia"),
    # who made it, when named, made it
    ("Soldiers arrested two men in Goma.", "Military Forces of the Democratic Republic of Congo"),
])
def test_an_arrest_nobody_is_said_to_make_is_the_polices(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].sub_event_type == "Arrests" and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # the armed men of an ethnic group, clan or faith are its militia, named as ACLED names it, in the
    # country of the event's place
    ("Armed Oromo militiamen raided a village near Nekemte, killing three farmers.", "Oromo Ethnic Militia (Ethiopia)"),
    ("Fulani herdsmen attacked farmers in a village near Makurdi.", "Fulani Ethnic Militia (Nigeria)"),
    ("Afar militiamen clashed with Issa fighters near Gewane.", "Afar Ethnic Militia (Ethiopia)"),
    ("A Marehan clan militia attacked a camp for displaced families near Beledweyne.",
     "Darod-Marehan Sub-Clan Militia (Somalia)"),
    ("Armed Borana herders raided a Guji village near Negele, killing two men.", "Borana Ethnic Militia (Ethiopia)"),
    ("Tiv youths attacked a Jukun settlement near Wukari.", "Tiv Ethnic Militia (Nigeria)"),
    # a clan's lineage is named by its last branch
    ("A Marehan Reer Aw Hassan clan militia attacked a village near Dhusamareb, killing two herders.",
     "Darod-Marehan-Reer-Aw Hassan Sub-Clan Militia (Somalia)"),
    ("Hawiye-Hawadle sub-clan militia clashed with Abgal fighters near Jowhar.",
     "Hawiye-Hawadle Sub-Clan Militia (Somalia)"),
    # of groups coordinated on one noun, the first
    ("Sacad and Saleban clan militias fought over grazing land near Galkayo.",
     "Hawiye-Habar Gedir-Sacad Sub-Clan Militia (Somalia)"),
    # no group named: the unidentified armed group
    ("Gunmen attacked a village near Makurdi.", "Unidentified Armed Group (Nigeria)"),
])
def test_the_armed_men_of_a_group_are_its_identity_militia(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # a weapon that does the deed names its doer through the participle on it: "planted/fired by X"
    ("A roadside bomb planted by al-Shabaab exploded near an army checkpoint in Afgooye.", "al-Shabaab"),
    ("A landmine laid by the Taliban exploded under a bus in Kandahar.", "Taliban"),
    ("Rockets launched by Hamas hit a house in Sderot.", "Hamas"),
    ("An explosive device hidden by Boko Haram fighters blew up beside a mosque in Konduga.", "Boko Haram"),
    ("Mortar rounds fired by ISWAP fighters struck a camp near Monguno.", "Islamic State West Africa Province"),
])
def test_a_weapon_names_its_doer_by_the_participle_on_it(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # no place the gazetteer knows: a generic actor takes the country the text names, by name or people
    ("Ethiopian opposition activists staged a sit-in against the new exam fees.", "Protesters (Ethiopia)"),
    ("Hundreds of people protested against fuel prices, Kenyan media reported.", "Protesters (Kenya)"),
    ("Unknown gunmen kidnapped a Ghanaian trader on a highway.", "Unidentified Armed Group (Ghana)"),
    ("Police dispersed a crowd of Sri Lankan fishermen with tear gas.", "Protesters (Sri Lanka)"),
    ("Soldiers reportedly attacked student protesters at a Burkinabe high school.", "Protesters (Burkina Faso)"),
])
def test_a_generic_actor_takes_the_country_the_text_names_when_no_place_does(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize("text", [
    "Rebels took Menaka after the army left its base there at the end of January. In Ansongo, gunmen looted "
    "the market.",
    "Militants seized Bama after soldiers abandoned a checkpoint in early February. In Gwoza, gunmen burned the "
    "market.",
    "The militia captured Djugu after the army withdrew on 3 March. Near Bunia, militiamen attacked a camp for "
    "displaced people.",
    "Insurgents overran the base after its garrison left in late February. In Mocimboa, insurgents beheaded two "
    "fishermen.",
    "Fighters entered Tessit after French troops handed over the camp in mid-January. Near Gao, fighters "
    "ambushed a convoy.",
])
def test_the_date_of_an_after_clause_does_not_carry_into_the_next_sentence(extractor, text):
    last = max(_events(extractor, text), key=lambda e: e.evidence.start)  # the next sentence's, wherever it is listed
    assert last.date.start <= PUBLISHED <= last.date.end


def test_a_pronoun_is_the_actor_last_named_as_subject(extractor):
    text = ("Somali troops advanced on El Bur in central Somalia on Thursday. "
            "They recaptured the town on Friday after al-Shabaab fighters withdrew.")
    retaken = [e for e in _events(extractor, text) if e.sub_event_type == "Government regains territory"]
    assert [e.actor1.name for e in retaken] == ["Military Forces of Somalia"]


def test_a_town_noun_refers_back_to_the_town_named_before(extractor):
    text = "JNIM fighters surrounded Menaka in north-eastern Mali last week. On Saturday they captured the town."
    control = {(c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert ("Ménaka", "controls") in control


def test_a_recalled_takeover_without_its_own_date_is_not_an_event(extractor):
    text = "Food prices in Menaka in north-eastern Mali have doubled since the town fell to JNIM fighters."
    assert _events(extractor, text) == []


def test_a_headline_is_evidence_only_where_the_body_is_silent(extractor):
    text = ("Rebels seize Menaka\n\n"
            "JNIM fighters captured the town of Menaka in north-eastern Mali on Saturday, officials said.")
    [event] = _events(extractor, text)
    assert event.evidence.text.startswith("JNIM fighters")


def test_a_report_without_publication_date_leaves_relative_dates_unresolved(extractor):
    text = "JNIM fighters captured the town of Menaka in north-eastern Mali on Saturday."
    result = extractor.extract(Document(id=document_id(text), text=text, origin="undated.txt"))
    assert result.warnings and "no publication date" in result.warnings[0]
    assert all(e.date is None for e in result.events)


def test_captions_are_no_evidence(extractor):
    text = "Smoke over the market after the shelling of Saraqib. Credit: Agency photographer\n\nShops reopened."
    assert _events(extractor, text) == []


def test_extract_many_reads_each_document_as_extract_does(extractor):
    texts = ["JNIM fighters captured the town of Menaka in north-eastern Mali on Saturday.",
             "Kherson remains in the hands of Ukrainian troops.",
             "Gunmen killed four villagers near Bama in Borno state on Tuesday."]
    documents = [Document(id=document_id(t), text=t, origin="batch", published=PUBLISHED) for t in texts]
    batched = list(extractor.extract_many(documents, batch_size=2))
    single = [extractor.extract(d) for d in documents]
    assert [len(b.events) for b in batched] == [len(s.events) for s in single] == [1, 0, 1]
    assert [[c.place.name for c in b.control] for b in batched] == [[c.place.name for c in s.control] for s in single]


@pytest.mark.parametrize(("text", "actor1"), [
    # the group a doer is "backed by" (or that "backs" it, in a relative clause) is its ally, never its name
    ("The MNLA launched an offensive in the north last week. In Menaka, soldiers abandoned their base on Friday "
     "after a day of fighting, and the rebels, backed by Ansar Dine, took over the town.", "MNLA"),
    ("Boko Haram has raided the area for months. On Sunday the insurgents, aided by fighters from ISWAP, "
     "overran the army post at Damasak.", "Boko Haram"),
    ("The M23 has advanced for weeks. On Tuesday the rebels, who Rwanda backs, captured Bunagana after the "
     "army fled.", "M23"),
    ("Al-Shabaab has attacked the region for months. On Monday the militants, helped by the Hizbul Islam "
     "group, seized Bardere.", "al-Shabaab"),
    ("The Houthis kept up their advance. On Friday the militia, supported by tribal fighters loyal to Ali "
     "Abdullah Saleh, took the port of Mokha.", "Houthis"),
])
def test_an_ally_in_a_clause_on_the_doer_is_not_the_doer(extractor, text, actor1):
    [event] = [e for e in _events(extractor, text) if e.sub_event_type == "Non-state actor overtakes territory"]
    assert event.actor1.name == actor1


@pytest.mark.parametrize(("text", "place"), [
    # "the town" is the place last introduced with that noun, however often the report names another
    ("Doctors said 40 people died in the rebel-held town of Kafr Nabl in Syria's north-western Idlib province on "
     "Tuesday. Idlib has been shelled for weeks. Warplanes struck the town again early on Wednesday.", "Kafranbel"),
    ("Fighters overran the town of Kidal in northern Mali on Friday, a day after clashes near Gao. Gao has been "
     "calm since. Government jets bombed the town on Saturday.", "Kidal"),
    ("Russian troops entered the city of Izium south of Kharkiv on Friday. Kharkiv was quiet. Ukrainian artillery "
     "shelled the city on Saturday.", "Izyum"),
    ("Residents of the port city of Hodeidah said Saudi jets struck the city overnight, a week after talks in "
     "Sanaa. Sanaa was calm.", "Al Ḩudaydah"),
    ("Insurgents captured Macomia, a coastal town near Mocimboa da Praia, on Wednesday. Mocimboa da Praia fell to "
     "the group last year. Troops recaptured the town on Sunday.", "Macomia"),
    # ... also where "the town" only locates what was hit ("a depot on the edge of the town")
    ("Doctors said 40 people died in the rebel-held town of Kafr Nabl in Syria's north-western Idlib province on "
     "Tuesday. Idlib has been shelled for weeks. Jets struck a depot on the edge of the town on Wednesday.",
     "Kafranbel"),
    ("Fighters overran the town of Kidal in northern Mali on Friday, a day after clashes near Gao. Gao has been "
     "calm since. Jets bombed a convoy outside the town on Saturday.", "Kidal"),
    ("Insurgents captured Macomia, a coastal town near Mocimboa da Praia, on Wednesday. Mocimboa da Praia fell "
     "last year. Troops shelled insurgent positions in the south of the town on Sunday.", "Macomia"),
    ("Russian troops entered the city of Izium south of Kharkiv on Friday. Kharkiv was quiet. A missile hit a "
     "school in the centre of the city on Saturday.", "Izyum"),
    ("Houthi fighters seized the port city of Mokha, south of Hodeidah, on Monday. Hodeidah was calm. Jets bombed "
     "a market in the old quarter of the city on Tuesday.", "Mocha"),
])
def test_the_town_is_the_place_introduced_as_a_town(extractor, text, place):
    assert _events(extractor, text)[-1].place.name == place


@pytest.mark.parametrize(("text", "day"), [
    # a state told with a copula ("it was the worst day since 2015") does not move the story's date
    ("A car bomb exploded outside a police station in Kandahar on Thursday, killing nine officers. It was the worst "
     "day for the city's police since 2015. A second bomb exploded near the governor's office in Kandahar, killing "
     "two guards.", date(2024, 5, 9)),
    ("Militants stormed a prison in Kaduna on Sunday. The prison was the largest in the state in 2019. A second "
     "group attacked a police post in Kaduna.", date(2024, 5, 12)),
    ("Gunmen attacked a bus near Bauchi on Monday, killing six. The road was closed for years after 2014. Another "
     "gang abducted ten passengers from a second bus near Bauchi.", date(2024, 5, 13)),
    ("Gunmen abducted twelve pupils from a school near Katsina on Tuesday. It was the third such raid in the state "
     "since 2020. A separate gang kidnapped four farmers near Katsina.", date(2024, 5, 7)),
    ("Jets bombed a fuel depot in Hodeidah on Friday. The port was the busiest in the country in 2014. Another air "
     "strike hit a bridge near Hodeidah, killing two drivers.", date(2024, 5, 10)),
])
def test_a_state_told_with_a_copula_leaves_the_story_date(extractor, text, day):
    events = _events(extractor, text)
    assert len(events) == 2
    assert all((e.date.start, e.date.end) == (day, day) for e in events)


@pytest.mark.parametrize(("text", "day"), [
    # a clause "when/while/as ..." or a relative "when" on a date shares the day of the clause it hangs on
    ("Students marched in Quito on Monday. The protest turned violent on Thursday, when rioters set fire to a bank "
     "in the city centre.", date(2024, 5, 9)),
    ("Police fired tear gas in Lima on Monday. On Friday, crowds gathered in the main square as rioters burned a "
     "police car.", date(2024, 5, 10)),
    ("Gunmen attacked a village near Mopti on Monday. The violence spread on Thursday, when militants torched a "
     "market in Sevare.", date(2024, 5, 9)),
    ("Soldiers raided a camp near Kidal on Monday. The fighting resumed on Friday, when rebels ambushed a convoy "
     "near Tessalit.", date(2024, 5, 10)),
    ("Troops shelled Kassala on Monday. On Wednesday, while envoys met in Khartoum, rebels attacked an army post "
     "near Kassala.", date(2024, 5, 8)),
])
def test_a_clause_of_the_same_time_takes_the_day_of_its_host(extractor, text, day):
    last = _events(extractor, text)[-1]
    assert (last.date.start, last.date.end) == (day, day)


@pytest.mark.parametrize(("text", "place"), [
    # a person's full name is no place, whatever town shares its first name
    ("Russian President Vladimir Putin said on Monday that 300 soldiers had been killed in the fighting.", None),
    ("Police chief Victoria Adams said rioters burned three cars on Friday night.", None),
    ("Mayor Adelaide Osei said police fired tear gas at protesters on Friday.", None),
    ("Colonel Kingston Mensah said soldiers arrested twelve rioters on Saturday.", None),
    ("Army spokesman Orlando Ruiz said rebels ambushed a patrol near Kidal on Monday.", "Kidal"),
])
def test_a_persons_name_is_no_place(extractor, text, place):
    [event] = _events(extractor, text)
    assert (event.place.name if event.place is not None else None) == place


@pytest.mark.parametrize(("text", "place"), [
    ("On 3 May 2023, party workers clashed with police in Feni town (Feni Sadar, Chittagong).", "Feni"),
    ("On 9 June 2023, two student groups fought with sticks in Bogra city (Bogra Sadar, Rajshahi).", "Bogra"),
    ("On 2 July 2023, traders protested against a new tax in Comilla town (Comilla Sadar, Chittagong).", "Comilla"),
    ("On 14 March 2021, gunmen attacked a police post in Kaya (Sanmatenga, Centre-Nord).", "Kaya"),
    ("On 20 April 2022, protesters blocked the main road in Parakou (Parakou, Borgou).", "Parakou"),
])
def test_a_place_in_the_brackets_after_the_town_is_its_container_not_the_event_place(extractor, text, place):
    assert _events(extractor, text)[0].place.name == place


@pytest.mark.parametrize(("text", "place"), [
    # a place that only says where the speaker is ("officials in Goma said", "according to a priest in X") is not
    # where it happened
    ("Mekelle has been without power for days. Rockets hit a hospital on Monday, diplomats in Addis Ababa said.",
     "Mek'ele"),
    ("The siege of Rutshuru is in its third week. Rebels shelled a market on Monday, officials in Goma said.",
     "Rutshuru"),
    ("Konduga has been cut off for days. Gunmen burned homes on Sunday, a resident of Maiduguri said.", "Konduga"),
    ("Mandera lies near the border. Gunmen attacked a bus on Tuesday, police in Nairobi said.", "Mandera"),
    ("Malakal has changed hands twice. Militiamen looted the hospital on Monday, aid workers in Juba said.",
     "Malakal"),
    ("Kismayo was calm on Thursday. A car bomb exploded near the port on Friday, police in Mogadishu told "
     "reporters.", "Kismayo"),
    ("Kidal was quiet on Saturday. Troops shelled the camp on Sunday, according to a rebel spokesman in Bamako.",
     "Kidal"),
    ("Rutshuru is cut off. Rebels shelled a school on Monday, according to an aid worker in Goma.", "Rutshuru"),
    ("Konduga has no phone network. Gunmen burned a church on Sunday, according to a priest in Maiduguri, who said "
     "nobody was hurt.", "Konduga"),
])
def test_the_speakers_place_is_not_the_event_place(extractor, text, place):
    [event] = _events(extractor, text)
    assert event.place.name == place


@pytest.mark.parametrize(("text", "month"), [
    # a coordinated clause with its own subject and date keeps its date, whatever the story's day (last month's:
    # a happening more than a month back is background, frame_table.yaml `history`; told in the past perfect with
    # a month's date it is background too: test_background_in_window.py)
    ("Rebels seized Bunia on Saturday. Hundreds have died, and the militia abducted 40 villagers in Djugu in "
     "April.", 4),
    ("Gunmen stormed Kauru on Saturday. Police arrived late, and the gunmen burned the market in April.", 4),
    ("Jihadists overran Tessit on Friday. Many fled, and the group kidnapped two priests in Gao in April.", 4),
    ("Troops shelled Kidal on Sunday. Residents hid, and the rebels ambushed a convoy near Anefis in April.", 4),
    ("Militants seized Palma on Sunday. Aid stopped, and the insurgents burned homes in Mueda in April.", 4),
])
def test_a_coordinated_clause_keeps_its_own_date(extractor, text, month):
    later = _events(extractor, text)[-1]
    assert (later.date.start.month, later.date.end.month) == (month, month)


@pytest.mark.parametrize(("text", "other_side"), [
    # a support verb's fire told as a participle or with a with-phrase ("..., exchanging fire with soldiers"):
    # the clause's subject fires, the with-phrase is the other side of the battle
    ("Rebels stormed the barracks in Bunia on Friday, exchanging gunfire with soldiers until dawn.",
     "Military Forces of the Democratic Republic of Congo"),
    ("Militants raided a checkpoint near Kidal on Monday, exchanging fire with soldiers for an hour.",
     "Military Forces of Mali"),
    ("Gunmen exchanged fire with police in Jos on Saturday.", "Police Forces of Nigeria"),
    ("Al-Shabaab fighters attacked a base near Baidoa on Tuesday, exchanging fire with Somali troops for hours.",
     "Military Forces of Somalia"),
    ("Houthi fighters traded gunfire with government troops south of Marib on Sunday.", "Military Forces of Yemen"),
])
def test_the_other_side_of_fire_exchanged(extractor, text, other_side):
    [event] = _events(extractor, text)
    assert (event.sub_event_type, event.actor2 and event.actor2.name) == ("Armed clash", other_side)


@pytest.mark.parametrize(("text", "day"), [
    # "N days later/earlier" dates a happening from the clause it hangs on, or from the story's day told before
    ("Rebels stormed Kidal on Tuesday 7 May. Two days later, government jets bombed the town.", date(2024, 5, 9)),
    ("Troops retook Mopti on 4 May, and militants shelled the town three days later.", date(2024, 5, 7)),
    ("Militants captured Dori on 2 May before troops shelled the town a day later.", date(2024, 5, 3)),
    ("Soldiers raided Bama on 9 May. Four days earlier, insurgents had burned the town's market.", date(2024, 5, 5)),
    ("Rebels seized Goma on 1 May. A week later, drones struck the airport in Goma.", date(2024, 5, 8)),
])
def test_a_day_counted_later_or_earlier_is_dated_from_the_day_before_it(extractor, text, day):
    assert _events(extractor, text)[-1].date.start == day


@pytest.mark.parametrize(("text", "day"), [
    # a verb coordinated without a subject of its own shares its clause's date with the verb it hangs on, also in a
    # reported pluperfect after the story's day was told
    ("Rebels shelled Gao on Sunday. The trader said he had been kidnapped by gunmen and driven to Menaka on 2 May.",
     date(2024, 5, 2)),
    ("Jets bombed Maiduguri on Sunday. The farmer said he had been abducted by bandits and marched to Zurmi on 3 May.",
     date(2024, 5, 3)),
    ("Militants attacked Diffa on Saturday. A teacher said she had been kidnapped by gunmen and held in Bosso from 4 "
     "May.", date(2024, 5, 4)),
    ("Troops shelled Beni on Sunday. The nurse said she had been abducted by militiamen and taken to Oicha on 6 May.",
     date(2024, 5, 6)),
    ("Gunmen raided Kajuru on Sunday. The pastor said he had been kidnapped by bandits and moved to Kaduna on 1 May.",
     date(2024, 5, 1)),
])
def test_a_date_told_in_a_coordinated_verb_dates_the_verb_it_hangs_on(extractor, text, day):
    assert _events(extractor, text)[-1].date.start == day


SPEAKING_CAPITALS = [
    # (report, the event's place): a place that is the subject of a saying or reacting verb speaks for its
    # government ("Kyiv said", "Paris condemned"); it is no place of the happening told (attribution.yaml reacting)
    ("Gunmen killed five villagers on Sunday. Paris condemned the attack.", None),
    ("Drones struck a fuel depot overnight, Kyiv said.", None),
    ("Rebels shelled a market on Tuesday, and Khartoum blamed the militia for the deaths.", None),
    ("Kyiv said Russian drones hit a power plant in Odesa.", "Odesa"),
    ("Russian missiles struck Kyiv overnight, officials said.", "Kyiv"),
]


DECIDING_CAPITALS = [
    # a place that decides, concedes, refuses or acknowledges, issues a statement (joined subjects too) or is the agent
    # of such a passive is its government as well (attribution.yaml deciding, statement_objects)
    ("Drones struck an ammunition depot overnight, and Kyiv decided to close the airspace.", None),
    ("Militants ambushed a convoy on Sunday; Bamako refused to comment.", None),
    ("Bandits abducted twenty travellers on Friday, and Abuja issued a warning to transport operators.", None),
    ("Soldiers clashed with rebels on Thursday, Addis Ababa conceded.", None),
    ("Rebels shelled a border post on Monday, an attack condemned by Niamey.", None),
    ("Kyiv acknowledged that drones had hit a refinery in Kremenchuk.", "Kremenchuk"),
]
CAPITALS_AS_PLACES = [
    # the same capitals where a happening is told at them stay its place, beside a speaking capital too
    ("Drones struck Kyiv overnight, and the city's mayor said two people died.", "Kyiv"),
    ("Kinshasa was shelled on Monday before rebels took control of the city's outskirts.", "Kinshasa"),
    ("Shelling hit the suburbs of Donetsk overnight as Moscow vowed to respond.", "Donetsk"),
    ("Gunmen stormed a hotel in Mogadishu on Friday, and Nairobi condemned the siege.", "Mogadishu"),
    ("Fighting broke out in Khartoum on Saturday, and the army said it held most of the city.", "Khartoum"),
]


@pytest.mark.parametrize(("text", "place"), SPEAKING_CAPITALS + DECIDING_CAPITALS + CAPITALS_AS_PLACES)
def test_a_capital_that_speaks_is_no_place_of_the_event(extractor, text, place):
    events = _events(extractor, text)
    assert events and [e.place.name if e.place else None for e in events][:1] == [place]


@pytest.mark.parametrize(("text", "actor1"), [
    # a capital that speaks is its government, so the forces it calls its own are its country's (no actor of the
    # capital's name): whatever the tagger reads the capital as, and with the event's place in the same country
    ("Kinshasa said its soldiers killed ten rebels near Beni on Monday.",
     "Military Forces of the Democratic Republic of Congo"),
    ("Niamey said its troops attacked a rebel post near Tillaberi on Sunday.", "Military Forces of Niger"),
    ("Nairobi said its police arrested four suspects in Garissa on Friday.", "Police Forces of Kenya"),
    ("Bamako announced that its army had killed twenty jihadists near Douentza.", "Military Forces of Mali"),
    ("Abuja claimed its air force struck a militant camp near Damboa on Thursday.", "Military Forces of Nigeria"),
])
def test_the_forces_a_speaking_capital_calls_its_own_are_its_countrys(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    # a gerund that is the subject names the happening and its by-phrase names who did it (nominal.yaml), the first of
    # coordinated forces too; an adverbial gerund's by-phrase is its manner, and the clause's subject did it
    ("Firing and shelling by Pakistani and Indian troops on Sunday in Samba sector left two civilians injured.",
     "Military Forces of Pakistan"),
    ("Shelling by Armenian and Azerbaijani troops damaged houses near Tavush on Monday.", "Military Forces of Armenia"),
    ("Looting by soldiers left dozens of shops empty in Bangassou on Friday.",
     "Military Forces of the Central African Republic"),
    ("Shooting by police killed a student in Nairobi on Thursday.", "Police Forces of Kenya"),
    ("Shooting by Ugandan soldiers killed two smugglers near Kasese on Monday.", "Military Forces of Uganda"),
    ("Militants stormed a police post near Kidal, killing two officers by gunfire.", "Unidentified Armed Group (Mali)"),
])
def test_the_by_phrase_of_a_gerund_subject_does_it(extractor, text, actor1):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor1.name == actor1


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    # a battle told by its dead of both sides: the sides, as written
    ("Two soldiers and three Taliban fighters were killed as fighting intensified in Kunduz.",
     "Military Forces of Afghanistan", "Taliban"),
    ("Four members of Al-Shabaab and two soldiers were killed in heavy fighting in Afgooye.",
     "al-Shabaab", "Military Forces of Somalia"),
    ("Six ADF rebels and a Congolese soldier were killed in fighting near Beni.",
     "ADF: Allied Democratic Forces", "Military Forces of the Democratic Republic of Congo"),
    # a soldier "from" a country's forces is of those forces
    ("One soldier from the Myanmar Armed Forces and four members of the TNLA were killed as fighting escalated in "
     "Lashio.", "Military Forces of Myanmar", "TNLA: Ta'ang National Liberation Army"),
    ("One soldier from the Chadian army and three rebels were killed as fighting spread near Mao.",
     "Military Forces of Chad", "Unidentified Armed Group (Chad)"),
    # one side only, or the state's forces only: the unidentified side kills them
    ("Two soldiers were killed in an ambush near Kunduz.", "Unidentified Armed Group (Afghanistan)",
     "Military Forces of Afghanistan"),
    ("Three soldiers and two policemen were killed in an ambush near Kunduz.",
     "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan"),
])
def test_the_sides_of_a_battle_told_by_its_dead(extractor, text, actor1, actor2):
    events = _events(extractor, text)
    assert events and events[0].actor1 is not None and events[0].actor2 is not None
    assert (events[0].actor1.name, events[0].actor2.name) == (actor1, actor2)
