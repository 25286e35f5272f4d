"""One event per happening in a report, as specification: a clause that retells a strike without
naming who did it folds into it; words that mark a new happening ("another", "a second",
"a separate") keep it apart, and so does a sentence opened by its hour ("Earlier that day, ..."); the label a
sentence's own words choose names its event, not a typer's guess on a word of many senses, nor a battle a later
sentence mentions in passing; a battle first told without its sides takes the sides a retelling names; a happening
first told without a place of its own takes the place a definite retelling names ("The deal was signed in X")."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)  # a Monday


def _events(extractor, text: str):
    return extract(extractor, text, PUBLISHED).events


RETOLD = [
    # (report, sub-event type of its one event): the second sentence tells the strike's victims, and
    # only the report's accusation names who fired
    ("Rockets struck a market in Kherson on Saturday, officials said, blaming Russian forces. Shoppers were "
     "hit as they queued for bread.", "Shelling/artillery/missile attack"),
    ("A missile hit a railway station in Lozova on Friday, officials said, accusing Russian troops. "
     "Passengers were wounded as they waited for a train.", "Shelling/artillery/missile attack"),
    ("Shells hit a hospital in Sumy on Sunday, the governor said, blaming Russian forces. Several patients "
     "were injured.", "Shelling/artillery/missile attack"),
    ("A drone hit a bus in Nikopol on Friday, officials said, blaming Russian forces. Two passengers were "
     "wounded.", "Air/drone strike"),
    ("Artillery pounded the centre of Orikhiv on Sunday, the mayor said, accusing Russian troops. Three "
     "pensioners were wounded near the market.", "Shelling/artillery/missile attack"),
    ("A drone hit a fuel depot in Belgorod on Friday, Russian officials said, accusing Ukrainian forces. "
     "Flames rose over the depot after it was hit.", "Air/drone strike"),
    ("Artillery fire struck a school in Kharkiv on Sunday, killing three teachers, the mayor said, blaming "
     "Russian troops. Pupils had left the school an hour before it was shelled.", "Shelling/artillery/missile attack"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), RETOLD)
def test_a_clause_that_retells_a_strike_without_its_doer_is_the_same_event(extractor, text, sub_event_type):
    events = _events(extractor, text)
    assert [e.sub_event_type for e in events] == [sub_event_type]


DISTINCT = [
    # (report, death tolls of its two events)
    ("Militants ambushed an army patrol near Diffa on Tuesday, killing five soldiers. Hours later, militants "
     "killed two drivers in a separate ambush on a supply convoy near Diffa.", [5, 2]),
    ("Fighters stormed a police station near Kidal on Friday and killed nine officers. On the same day "
     "fighters killed four guards in another attack on a bank in Kidal.", [9, 4]),
    ("Gunmen attacked a police post in Gao on Saturday, killing four officers. About two hours later, a "
     "second group of gunmen attacked a checkpoint in the same town, killing two soldiers.", [4, 2]),
    ("A car bomb exploded near a hotel in Mogadishu on Friday, killing six people. Later that day another car "
     "bomb exploded near the port of Mogadishu, killing three guards.", [6, 3]),
    ("Gunmen kidnapped four teachers from a school in Kaduna on Monday. A second gang kidnapped six traders "
     "from a market in Kaduna the same day.", None),
]


@pytest.mark.parametrize(("text", "tolls"), DISTINCT)
def test_words_that_mark_a_new_happening_keep_it_apart(extractor, text, tolls):
    events = _events(extractor, text)
    assert len(events) == 2, [(e.sub_event_type, e.trigger) for e in events]
    if tolls is not None:
        assert [e.fatalities_low for e in events] == tolls


OWN_WORDS = [
    # (report, its one event's sub-event type, death toll)
    ("At least 40 people were killed when a minibus loaded with explosives blew up near a market in Kismayo "
     "on Monday.", "Remote explosive/landmine/IED", 40),
    ("Nine shoppers died when a car bomb exploded outside a bank in Baidoa on Friday.",
     "Remote explosive/landmine/IED", 9),
    ("A bomb exploded at a cattle market in Baidoa on Friday, killing five traders. Officials blamed "
     "al-Shabaab, a group that has fought the government for over a decade.", "Remote explosive/landmine/IED", 5),
    ("A car bomb went off outside a court in Bosaso on Sunday, killing four guards. Police blamed al-Shabaab, "
     "which has battled federal troops for years.", "Remote explosive/landmine/IED", 4),
    ("Three children were killed when an explosive device went off near a well in Ansongo on Sunday.",
     "Remote explosive/landmine/IED", 3),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll"), OWN_WORDS)
def test_the_label_its_own_words_choose_names_the_event(extractor, text, sub_event_type, toll):
    events = _events(extractor, text)
    assert [(e.sub_event_type, e.fatalities_low) for e in events] == [(sub_event_type, toll)]


LIKEWISE = [
    # (report, the second event's place): told "also", with no doer of its own, it is the first's kind,
    # by its actors, on its day
    ("Security forces fired on protesters in Yangon on Sunday, killing three. Deaths were also reported in Bago.",
     "Bago"),
    ("Soldiers shot at marchers in Mandalay on Saturday, killing two. Deaths were also reported in Monywa.",
     "Monywa"),
    ("Riot police fired live rounds at protesters in Dawei on Sunday, killing one. Deaths were also reported in "
     "Myeik.", "Myeik"),
    ("Police fired on protesters in Nairobi on Tuesday, killing two. Deaths were also reported in Kisumu.",
     "Kisumu"),
    ("Police fired tear gas at protesters in Sagaing on Sunday, killing two. Deaths were also reported in "
     "Shwebo.", "Shwebo"),
    # the same whatever label the typer gives the toll sentence alone (its kind is the one before)
    ("Police fired on protesters in Bago on Monday, killing two. Deaths were also reported in Pyay.", "Pyay"),
    ("Security forces killed four protesters in Karbala on Tuesday. A death was likewise reported in Najaf.",
     "Najaf"),
    ("Troops shot dead five marchers in Omdurman on Thursday. Two deaths were also reported in Atbara.", "Atbara"),
    ("Gunmen killed six villagers near Bunia on Monday. Killings were also reported near Djugu.", "Djugu"),
    ("Police opened fire on students in Kathmandu on Friday, killing one. A death was similarly reported in "
     "Pokhara.", "Pokhara"),
]


@pytest.mark.parametrize(("text", "place"), LIKEWISE)
def test_a_happening_told_also_elsewhere_is_of_the_kind_told_before(extractor, text, place):
    first, second = _events(extractor, text)
    assert second.place.name == place
    assert (second.sub_event_type, second.actor1.name) == (first.sub_event_type, first.actor1.name)
    assert (second.date.start, second.date.end) == (first.date.start, first.date.end)


NAMED_AS_KNOWN = [
    # (report, sub-event type of its one event): a later sentence names the happening with a definite
    # noun ("the march", "the offensive"), on its own day or none, whatever label the typer would give it
    ("Hundreds of nurses marched through central Accra on Monday, demanding unpaid wages. The march started at "
     "the main hospital and ended outside the health ministry.", "Peaceful protest"),
    ("Thousands of teachers marched through Nairobi on Tuesday to demand higher pay. The march ended outside "
     "parliament in the afternoon.", "Peaceful protest"),
    ("Farmers blocked roads into Lahore on Friday to protest against grain prices. Police said the protest "
     "ended peacefully in the evening.", "Peaceful protest"),
    ("Federal troops captured Bahir Dar on Sunday, the prime minister said. The rebel spokesman said the "
     "offensive would only strengthen their resolve.", "Government regains territory"),
    ("The government and six militias signed a peace deal in Bangui on Thursday. President Touadera signed "
     "the accord in the presidential palace with the militia leaders.", "Agreement"),
    ("Somali forces stormed an al-Shabaab camp near Baidoa on Tuesday, officials said. A military commander "
     "said the raid had freed eight hostages.", "Armed clash"),
    # a plain attack named as known ("the attack killed nine") and told next by the means that harmed its victims
    # is that bombing, strike or shelling
    ("The attack on Monday killed nine people in Kabul, officials said. A van loaded with explosives forced its way "
     "past the gate of the ministry and exploded beside the canteen.", "Remote explosive/landmine/IED"),
    ("The attack on Saturday killed six villagers in Gao, police said. A bomb hidden in a cart exploded at the "
     "cattle market.", "Remote explosive/landmine/IED"),
    ("The attack on Sunday killed four shoppers in Kano, police said. A grenade was thrown into the crowded market.",
     "Grenade"),
    ("The attack on Wednesday killed seven people in a camp near Marib, aid workers said. Two missiles struck the "
     "tents at dawn.", "Shelling/artillery/missile attack"),
    ("The attack on Tuesday killed five farmers near Kidal, the governor said. A landmine buried on the track blew "
     "up under their cart.", "Remote explosive/landmine/IED"),
    ("The attack on Thursday killed three herders near Menaka, residents said. A drone fired two missiles at their "
     "camp.", "Air/drone strike"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), NAMED_AS_KNOWN)
def test_a_happening_named_as_known_is_the_one_told_before(extractor, text, sub_event_type):
    assert [e.sub_event_type for e in _events(extractor, text)] == [sub_event_type]


NAMED_BY_ANOTHER_WORD = [
    # (report, sub-event type of its one event): a statement that names the happening with a definite noun of
    # another kind ("the attack on the town hall" after "a missile hit the town hall") is the one told at that
    # place on that day
    ("A missile hit the town hall in Kramatorsk on Monday, killing six. The mayor called the attack on the town "
     "hall a crime.", "Shelling/artillery/missile attack"),
    ("Gunmen raided a church in Owo on Sunday, killing 20 worshippers. The governor described the assault on the "
     "church as barbaric.", "Attack"),
    ("A car bomb exploded near a market in Mogadishu on Saturday. The president condemned the bombing of the "
     "market as cowardly.", "Remote explosive/landmine/IED"),
    ("Militants stormed a police post in Tillaberi on Friday. The interior minister called the raid on the post "
     "an act of terror.", "Armed clash"),
    ("Drones struck a wedding party near Marib on Tuesday. The UN envoy said the strike on the wedding was a "
     "grave violation.", "Air/drone strike"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), NAMED_BY_ANOTHER_WORD)
def test_a_happening_named_by_another_word_at_its_place_is_the_one_told_before(extractor, text, sub_event_type):
    assert [e.sub_event_type for e in _events(extractor, text)] == [sub_event_type]


NAMED_AS_KNOWN_APART = [
    # (report, sub-event types): a definite noun of another kind, or dated another day, is its own happening
    ("Rebels shelled Goma on Monday, killing four civilians. On Wednesday the protest against the shelling "
     "drew thousands of residents into the streets of Goma.",
     ["Shelling/artillery/missile attack", "Peaceful protest"]),
    ("Students marched through Harare on Monday against fee rises. On Thursday the march in Bulawayo was "
     "broken up by police.", ["Peaceful protest", "Protest with intervention"]),  # Monday's march was left alone
]


@pytest.mark.parametrize(("text", "sub_event_types"), NAMED_AS_KNOWN_APART)
def test_a_definite_noun_of_another_kind_or_day_stays_apart(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in _events(extractor, text)] == sub_event_types


TURNED_VIOLENT = [
    # (report, sub-event types): a protest told back by its definite noun as turning violent that day is that
    # protest, now a violent demonstration by its rioters (ACLED codes one event); another day or place stays apart
    ("Hundreds of students marched in Lilongwe on Monday against fuel prices. The protest turned violent when some of "
     "them stoned police cars.", ["Violent demonstration"]),
    ("Teachers protested outside parliament in Harare on Wednesday. The demonstration turned into a riot as police "
     "moved in.", ["Violent demonstration"]),
    ("Miners demonstrated outside the platinum mine near Rustenburg on Thursday. The rally later turned violent and "
     "several shops were looted.", ["Violent demonstration"]),
    ("Taxi drivers demonstrated in Kinshasa on Tuesday against fuel prices. The demonstration turned violent when "
     "drivers stoned a police station.", ["Violent demonstration"]),
    ("Pensioners marched in Tbilisi on Friday against pension cuts. The march later turned violent, and shop windows "
     "were smashed.", ["Violent demonstration"]),
    ("Farm workers rallied outside the governor's office in Nakuru on Monday. The rally turned violent when the crowd "
     "threw stones at officers.", ["Violent demonstration"]),
    ("Market women protested in Lome on Wednesday over new levies. The protest turned violent as some of them blocked "
     "roads with burning tyres.", ["Violent demonstration"]),
    ("Nurses marched to the health ministry in Freetown on Monday to demand unpaid wages. The march degenerated into "
     "rioting, with tyres set alight.", ["Violent demonstration"]),
    ("Villagers protested against a land grab in Kampong Cham on Friday. The protest escalated into a riot when the "
     "crowd torched a company truck.", ["Violent demonstration"]),
    ("Students marched in Dakar on Monday. On Tuesday the protest turned violent as youths burned tyres.",
     ["Peaceful protest", "Violent demonstration"]),
    ("Opposition supporters rallied in Lusaka on Saturday. In Ndola, rioters looted shops the same day.",
     ["Peaceful protest", "Violent demonstration"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), TURNED_VIOLENT)
def test_a_protest_told_back_as_turning_violent_is_one_violent_demonstration(extractor, text, sub_event_types):
    events = _events(extractor, text)
    assert [e.sub_event_type for e in events] == sub_event_types
    assert all(e.actor1 is not None and e.actor1.name.startswith("Rioters") and e.actor2 is None for e in events
               if e.sub_event_type == "Violent demonstration")  # the crowd it was told as is no side of it


BLAST_RETOLD = [
    # what "exploded" is the weapon, never a property it damaged: a sentence that retells the blast by its
    # vehicle ("the truck exploded at the entrance") is the same bombing
    "A car bomb exploded near a market in Baidoa on Friday, killing six people. The car exploded outside a hotel "
    "used by government officials.",
    "A truck bomb went off outside a bank in Kismayo on Sunday. The truck exploded at the entrance of the bank.",
    "An explosives-laden van blew up near a mosque in Quetta on Friday, killing seven. The van exploded as "
    "worshippers left the mosque.",
    "A motorcycle packed with explosives exploded near a bus stop in Maiduguri on Tuesday. The motorcycle exploded "
    "at the crowded stop, police said.",
    "A roadside bomb went off beside an army truck near Gao on Monday. The bomb exploded as the convoy crossed a "
    "bridge.",
]


@pytest.mark.parametrize("text", BLAST_RETOLD)
def test_a_blast_retold_by_its_vehicle_is_one_bombing(extractor, text):
    assert [e.sub_event_type for e in _events(extractor, text)] == ["Remote explosive/landmine/IED"]


ALSO_OF_ITS_OWN_KIND = [
    # (report, the second event's sub-type): told "also", a happening its own words name keeps its kind
    ("Gunmen opened fire on civilians near the airport in Kabul on Thursday. Officials also reported a second "
     "explosion near a hotel close to the airport.", "Remote explosive/landmine/IED"),
    ("Troops clashed with militants near Gao on Friday. A roadside bomb also exploded near Ansongo.",
     "Remote explosive/landmine/IED"),
    ("Police fired tear gas at protesters in Lagos on Monday. Rioters also burned a police station in Ikeja.",
     "Violent demonstration"),
    ("Rebels shelled Goma on Monday. Gunmen also abducted four aid workers near Rutshuru.",
     "Abduction/forced disappearance"),
    ("Jets bombed a market in Idlib on Sunday. Protesters also marched in Idlib against the strikes.",
     "Peaceful protest"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), ALSO_OF_ITS_OWN_KIND)
def test_a_happening_told_also_keeps_the_kind_its_words_name(extractor, text, sub_event_type):
    assert _events(extractor, text)[-1].sub_event_type == sub_event_type


CROWD_TOLLS = [
    # (report, sub-event types): people hurt with nobody told as doing it are the toll of the crackdown told
    # before, not a riot by a crowd the label supplies; a crowd the words name as doing harm is a riot of its own
    ("Soldiers fired on a sit-in outside the ministry in Conakry on Monday, killing four people. Dozens of people "
     "were injured, nurses said.", ["Excessive force against protesters"]),
    ("Riot police charged marchers in Kinshasa on Saturday and beat them with batons. Scores were hurt, the "
     "organisers said.", ["Protest with intervention"]),
    ("Gendarmes opened fire on a crowd of traders in Niamey on Friday, killing two. Many more people were wounded, "
     "the hospital said.", ["Excessive force against protesters"]),
    ("Police shot dead three marchers in Kampala on Thursday. About forty people were injured, a hospital "
     "official said.", ["Excessive force against protesters"]),
    ("Troops broke up a rally in Lome on Sunday with live rounds, killing one man. Eleven people were wounded, "
     "witnesses said.", ["Excessive force against protesters"]),
    ("Police fired on marchers in Lilongwe on Tuesday, killing two. In Blantyre, youths burned tyres and stoned "
     "shops on Tuesday.", ["Excessive force against protesters", "Violent demonstration"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), CROWD_TOLLS)
def test_people_hurt_by_nobody_told_are_the_toll_of_the_crackdown_told_before(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in _events(extractor, text)] == sub_event_types


@pytest.mark.parametrize(("text", "country"), [
    # victims told before the crackdown that killed them: the event takes the crackdown's label and its actors
    # (the crowd first, the forces second), not the guessed perpetrator of a killing by nobody named
    ("In the town of Kindia, two people were killed when gendarmes opened fire on a march, residents said.", "Guinea"),
    ("At least four people died when soldiers fired on a rally in Bamako on Friday.", "Mali"),
    ("Five people were shot dead when police fired on protesters in Kampala on Monday.", "Uganda"),
    ("In Mandera, a man was killed when troops opened fire on a crowd of demonstrators, witnesses said.", "Kenya"),
    ("Three people were killed in Kisumu on Tuesday when police shot at marchers, a hospital said.", "Kenya"),
])
def test_a_killing_retyped_as_a_crackdown_takes_its_actors(extractor, text, country):
    [event] = _events(extractor, text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1.name == f"Protesters ({country})"
    assert event.actor2 is not None and event.actor2.country == country


BOTH_SIDES_RETOLD = [
    # (report, sub-event type of its one event, death toll): a later sentence tells the same fight or strike
    # by its two sides the other way round ("the army said its men killed twenty"), or by the same sides
    # with only a toll verb: one happening, which takes the toll
    ("Insurgents attacked soldiers at an army outpost near Mopti on Tuesday. The army said its soldiers had killed 15 "
     "insurgents there.", "Armed clash", 15),
    ("Kachin fighters attacked Myanmar troops at a camp outside Bhamo on Sunday. The military said its troops had "
     "killed 12 Kachin fighters near Bhamo.", "Armed clash", 12),
    ("US aircraft struck al-Shabaab positions near Jilib on Friday, the US military said. It said its forces had "
     "killed four al-Shabaab militants near Jilib.", "Air/drone strike", 4),
    ("Soldiers fought Ambazonian separatists in Bamenda on Thursday. The separatists said they had killed six "
     "soldiers in Bamenda.", "Armed clash", 6),
    ("Turkish drones struck PKK fighters near Sinjar on Monday, the Turkish defence ministry said. It said "
     "Turkish forces had killed seven PKK fighters near Sinjar.", "Air/drone strike", 7),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll"), BOTH_SIDES_RETOLD)
def test_one_fight_retold_by_its_sides_either_way_round_is_one_event(extractor, text, sub_event_type, toll):
    assert [(e.sub_event_type, e.fatalities_low) for e in _events(extractor, text)] == [(sub_event_type, toll)]


DOERS_TOLD_LATER = [
    # (report, (sub-event type, actor 1, actor 2)): a battle first told without its sides ("fighting was reported",
    # "ten fighters were killed") takes the sides a retelling names
    ("Heavy fighting was reported near Kunduz on Monday. Afghan forces killed ten Taliban fighters near the city.",
     ("Armed clash", "Military Forces of Afghanistan", "Taliban")),
    ("Ten Taliban fighters were killed near Kunduz on Monday when Afghan forces attacked their hideout.",
     ("Armed clash", "Military Forces of Afghanistan", "Taliban")),
    ("Clashes broke out near Ghazni on Monday. Afghan troops killed six Taliban fighters in the fighting.",
     ("Armed clash", "Military Forces of Afghanistan", "Taliban")),
    ("Eight al-Shabaab fighters were killed near Baidoa on Monday when Somali troops raided their camp.",
     ("Armed clash", "Military Forces of Somalia", "al-Shabaab")),
    ("Fierce fighting went on around Kidal on Monday. Malian soldiers killed four rebels near the town.",
     ("Armed clash", "Military Forces of Mali", "Unidentified Armed Group (Mali)")),
]


@pytest.mark.parametrize(("text", "told"), DOERS_TOLD_LATER)
def test_a_battle_told_without_its_sides_takes_the_sides_a_retelling_names(extractor, text, told):
    assert [(e.sub_event_type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
            for e in _events(extractor, text)] == [told]


PLACED_BY_RETELLING = [
    # (report, place of its one agreement): the lede names no town, the definite noun that retells it does, and the
    # town the report is most about is another
    ("Mekele has been quiet for a week. The army and the rebels agreed on Sunday to a ceasefire. The truce was signed "
     "in Addis Ababa after talks. Traders in Mekele said shops in Mekele had reopened.", "Addis Ababa"),
    ("Kandahar's markets reopened on Monday. The two sides agreed on Saturday to release 300 detainees. The deal was "
     "reached in Doha. Residents of Kandahar said Kandahar was calm.", "Doha"),
    ("Baidoa has been shelled for months. Clan elders agreed on Friday to a humanitarian pause. The accord was signed "
     "in Mogadishu. Aid trucks waited outside Baidoa, and Baidoa's hospitals were full.", "Mogadishu"),
    ("Goma was calm on Monday. Government and rebel delegations agreed on Sunday to a truce. The agreement was signed "
     "in Nairobi. Shops in Goma reopened, residents of Goma said.", "Nairobi"),
    ("Misrata was quiet on Sunday. Militia leaders agreed on Saturday to a ceasefire. The pact was signed in Tripoli. "
     "Traders in Misrata said Misrata's port had reopened.", "Tripoli"),
]


@pytest.mark.parametrize(("text", "place"), PLACED_BY_RETELLING)
def test_a_happening_told_without_a_place_takes_the_place_its_retelling_names(extractor, text, place):
    agreements = [e for e in _events(extractor, text) if e.sub_event_type == "Agreement"]
    assert [e.place.name for e in agreements if e.place is not None] == [place]


AT_ANOTHER_HOUR = [
    # (report, sub-event types): a sentence opened by "earlier/later" + its time tells a happening of its own, even with
    # its doer unresolved; "Earlier, X said" opens a statement and retells
    ("Shells slammed into a market in Kharkiv on Sunday evening, killing two. Earlier the same day, a gunman shot dead "
     "a taxi driver in the city.", ["Shelling/artillery/missile attack", "Attack"]),
    ("Artillery pounded the centre of Kherson on Friday night, wounding five. Earlier that afternoon, a sniper killed "
     "a farmer in the town.", ["Shelling/artillery/missile attack", "Attack"]),
    ("Missiles hit a railway depot in Lviv on Monday morning. Later that night, unknown attackers stabbed a guard to "
     "death in the city.", ["Shelling/artillery/missile attack", "Attack"]),
    ("Rockets struck homes in Sumy on Saturday, killing three. Later the same day, a bomb planted on a car killed a "
     "soldier in the city.", ["Shelling/artillery/missile attack", "Remote explosive/landmine/IED"]),
    ("Shells hit a school in Nikopol on Sunday, killing a teacher, the governor said, blaming Russian forces. Earlier, "
     "the governor said, a pupil was wounded.", ["Shelling/artillery/missile attack"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), AT_ANOTHER_HOUR)
def test_a_sentence_opened_by_its_hour_tells_a_happening_of_its_own(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in _events(extractor, text)] == sub_event_types


TOLL = [
    # (report, sub-event type of its one event, its toll): a later sentence that gives only harm nobody is told
    # doing ("three were killed") is the toll of the happening told before at its place and days, not one of its own
    ("Villagers from two clans clashed with sticks and machetes in Kalemba on Sunday over a grazing field. Four men "
     "were badly wounded.", "Mob violence", 0),
    ("Rebels ambushed an army convoy near Tessit on Saturday. Three soldiers were killed and two others were "
     "wounded.", "Armed clash", 3),
    ("A roadside bomb struck a police pickup outside Baidoa on Friday. Two officers died and another was "
     "injured.", "Remote explosive/landmine/IED", 2),
    ("Soldiers and militiamen fought for hours near the market of Kumbo on Tuesday. At least six fighters were "
     "killed in the battle.", "Armed clash", 6),
    ("Gunmen opened fire on a bus near Gombe on Monday. Seven passengers were killed, police said.", "Attack", 7),
]


@pytest.mark.parametrize(("text", "sub_event_type", "toll"), TOLL)
def test_a_later_toll_without_a_doer_belongs_to_the_happening_told_before(extractor, text, sub_event_type, toll):
    events = _events(extractor, text)
    assert [(e.sub_event_type, e.fatalities or 0) for e in events] == [(sub_event_type, toll)]


REPORTS_TOLL = [
    # (report, sub-event types): "earlier/later" on a noun of telling ("Earlier reports said ...") dates a report,
    # not a new happening: the toll it gives is the happening's told before; on its own or on a happening's noun it
    # still opens one ("a second bomb" is one more)
    ("Militants stormed a village near Tillaberi on Friday, killing nine people. Earlier reports had said six people "
     "were killed.", ["Attack"]),
    ("Soldiers and rebels clashed near Bunia on Sunday, leaving fourteen dead. Later reports said twenty people were "
     "killed.", ["Armed clash"]),
    ("Bandits raided a market in Zurmi on Tuesday, killing six traders. Earlier accounts said four people were killed "
     "in the raid.", ["Attack"]),
    ("Troops and jihadists fought near Djibo on Sunday. Later statements from the army said nine soldiers were "
     "killed.", ["Armed clash"]),
    ("Gunmen ambushed a convoy of traders near Mopti on Monday, killing seven. Later estimates from local officials "
     "said eleven traders were killed.", ["Attack"]),
    ("Gunmen shot dead five villagers near Kadugli on Saturday. Earlier figures from the county said three people "
     "were killed.", ["Attack"]),
    ("Rebels shelled a camp near Goma on Thursday, killing four displaced people. Later reports said six people died "
     "in the shelling.", ["Shelling/artillery/missile attack"]),
    ("A car bomb killed six people in Mogadishu on Sunday. Later reports said a second bomb exploded near the port.",
     ["Remote explosive/landmine/IED", "Remote explosive/landmine/IED"]),
    ("Gunmen killed eight miners at a gold site near Kidal on Wednesday. Later that night, gunmen killed two herders "
     "near Anefis.", ["Attack", "Attack"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), REPORTS_TOLL)
def test_a_toll_an_earlier_or_later_report_gave_is_the_happening_told_before(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in _events(extractor, text)] == sub_event_types


PART = [
    # (report, sub-event type of its one event): property its doers, or nobody told, burned or looted in a
    # later sentence is part of the raid told before (ACLED codes the raid once)
    ("Armed herders attacked the village of Dugel on Wednesday, killing nine farmers. They also burned down "
     "thirty huts.", "Attack"),
    ("Militants stormed a military post near Inates on Thursday and fought the garrison for two hours. They "
     "looted the post's armoury before leaving.", "Armed clash"),
    ("Gunmen raided the village of Kunde on Saturday and shot dead four men. Dozens of houses were set on "
     "fire.", "Attack"),
    ("Fighters attacked a police station in Mora on Friday, killing two officers. The station was torched.",
     "Armed clash"),
    ("Militiamen killed six traders on the road to Bunia on Sunday. Their goods and motorbikes were stolen.",
     "Attack"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), PART)
def test_property_destroyed_in_a_later_sentence_is_part_of_the_raid(extractor, text, sub_event_type):
    assert [e.sub_event_type for e in _events(extractor, text)] == [sub_event_type]


ARRESTED = [
    # (report, sub-event type of its one event, its actor 2): arrests a later sentence tells at a march or a riot,
    # by nobody told or by the forces it left untold, are part of it; a march police arrest in becomes one with
    # intervention
    ("Hundreds of nurses marched through Blantyre on Monday to demand unpaid allowances. Police arrested eleven "
     "of them.", "Protest with intervention", "Police Forces of Malawi"),
    ("Market women protested in Kumasi on Wednesday against new stall fees. Three of their leaders were "
     "detained by police.", "Protest with intervention", "Police Forces of Ghana"),
    ("Students demonstrated outside the university in Jos on Friday over tuition fees. Police detained four "
     "student leaders.", "Protest with intervention", "Police Forces of Nigeria"),
    ("Residents rioted in Kisii on Thursday, burning tyres and stoning passing cars. Police later arrested "
     "twenty people.", "Violent demonstration", None),
    ("Motorcycle taxi drivers rioted in Gulu on Saturday, stoning a police post. Officers arrested seven "
     "suspects.", "Violent demonstration", None),
]


@pytest.mark.parametrize(("text", "sub_event_type", "actor2"), ARRESTED)
def test_arrests_at_a_march_or_riot_are_part_of_it(extractor, text, sub_event_type, actor2):
    events = _events(extractor, text)
    assert [e.sub_event_type for e in events] == [sub_event_type]
    assert actor2 is None or events[0].actor2 is not None and events[0].actor2.name == actor2


APART = [
    # negative rows: a toll, a burning or arrests with a place, day or doer of its own are a happening of its own
    ("Hundreds of nurses marched through Blantyre on Monday. On Thursday police arrested eleven union leaders "
     "in Zomba.", 2),
    ("Rebels ambushed an army convoy near Tessit on Saturday. In Gao, two soldiers were killed on Monday.", 2),
    ("Gunmen raided the village of Kunde on Saturday and shot dead four men. On Tuesday, soldiers burned the "
     "houses of suspected collaborators in Kunde.", 2),
    ("Protesters marched peacefully through Lome on Friday. Police burned the stalls of street vendors in Kara "
     "the same day.", 2),
]


@pytest.mark.parametrize(("text", "count"), APART)
def test_a_toll_burning_or_arrest_of_its_own_place_day_or_doer_stays_apart(extractor, text, count):
    assert len(_events(extractor, text)) == count


ALSO_OWN = [
    # (report, sub-event types of its two events): told "also" with a doer, day or place of its own, a clause
    # tells a happening of its own, not a retelling of the one before
    ("Jihadists attacked an army post in Dori on Monday, killing four soldiers. The air force also struck "
     "jihadist positions near Djibo on Tuesday.", ["Armed clash", "Air/drone strike"]),
    ("Militants ambushed a patrol near Mora on Saturday. The army also shelled rebel camps in Kolofata on "
     "Sunday.", ["Armed clash", "Shelling/artillery/missile attack"]),
    ("Gunmen attacked a church in Owo on Sunday, killing twelve worshippers. Police also arrested five suspects "
     "in Akure on Monday.", ["Attack", "Arrests"]),
    ("Fighters stormed a checkpoint near Kidal on Wednesday. Soldiers also clashed with gunmen near Tessalit on "
     "Thursday.", ["Armed clash", "Armed clash"]),
    ("Rebels shelled the town of Goma on Friday. The rebels also attacked an army base at Rutshuru on "
     "Saturday.", ["Shelling/artillery/missile attack", "Armed clash"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), ALSO_OWN)
def test_also_with_its_own_doer_day_or_place_is_a_happening_of_its_own(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in _events(extractor, text)] == sub_event_types


RIOT_RETOLD = [
    # a riot is a violent happening (acled_taxonomy.yaml): a later sentence telling shots fired or men killed in
    # "the clashes" or "the violence" is a detail of it, one riot in all
    "Rioters fought running battles with police in Kampala on Friday. Soldiers later fired live rounds during the "
    "clashes, killing two.",
    "Protesters burned tyres and threw stones at police in Conakry on Thursday. Security forces opened fire in the "
    "clashes that followed, killing a teenager.",
    "Demonstrators threw stones at police in Freetown on Wednesday. Soldiers later shot dead two men in the clashes.",
    "A mob stormed a police station in Mombasa on Saturday. Officers later opened fire during the violence, killing "
    "one.",
    "A mob set fire to the district office in Mzuzu on Sunday. Two men were shot dead during the violence.",
]


@pytest.mark.parametrize("text", RIOT_RETOLD)
def test_shots_told_later_in_a_riots_clashes_are_part_of_the_riot(extractor, text):
    assert [e.event_type for e in _events(extractor, text)] == ["Riots"]


RIOT_APART = [
    # negative rows: a battle elsewhere, or by an armed group named at the riot's town, is a happening of its own
    ("Students marched to the ministry in Lilongwe on Friday. Soldiers clashed with rebels near Mzuzu on Friday.",
     ["Peaceful protest", "Armed clash"]),
    ("Rioters burned tyres in Kisumu on Friday. In a separate incident, soldiers clashed with al-Shabaab militants "
     "near Mandera on Friday.", ["Violent demonstration", "Armed clash"]),
    ("Rioters burned tyres in Garissa on Friday. Al-Shabaab militants attacked a police post near Garissa on "
     "Friday.", ["Violent demonstration", "Armed clash"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), RIOT_APART)
def test_a_battle_of_its_own_place_or_sides_beside_a_riot_stays_apart(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in _events(extractor, text)] == sub_event_types


WEAPON_OF_THE_FIGHT = [
    # (report, its events' sub-event types): a shelling, grenade or blast a battle's side (or nobody told) sets off
    # at its place that day, at none but its sides, is a weapon of the fight; another day, place, doer or target, or
    # words that mark a new happening, keep it apart
    ("On 3 May 2024, Somali troops clashed with al-Shabaab in Bulo Burde. The troops used mortars and RPGs to hit "
     "the militants' base.", ["Armed clash"]),
    ("Nigerian soldiers clashed with Boko Haram fighters in Gwoza on Friday. The soldiers fired artillery shells at "
     "the insurgents' camp.", ["Armed clash"]),
    ("Malian troops fought JNIM militants near Douentza on Sunday. The troops lobbed grenades at the militants' "
     "trenches.", ["Armed clash"]),
    ("Police exchanged fire with bandits in Gusau on Friday. The officers used mortars against the bandits' "
     "hideout.", ["Armed clash"]),
    ("On 2 May 2024, Ethiopian troops clashed with Fano militia in Gondar. The army shelled the militia's positions "
     "with heavy artillery.", ["Armed clash"]),
    ("Nigerian soldiers clashed with Boko Haram fighters in Gwoza on Friday. On Sunday the soldiers shelled the "
     "insurgents' camp in Gwoza.", ["Armed clash", "Shelling/artillery/missile attack"]),
    ("Nigerian soldiers clashed with Boko Haram fighters in Gwoza on Friday. The soldiers also shelled an insurgent "
     "camp in Damboa.", ["Armed clash", "Shelling/artillery/missile attack"]),
    ("Malian troops fought JNIM militants near Douentza on Sunday. Burkinabe forces shelled a village near Douentza "
     "the same day.", ["Armed clash", "Shelling/artillery/missile attack"]),
    ("Nigerian soldiers clashed with Boko Haram fighters in Gwoza on Friday. In a separate attack, the soldiers "
     "shelled an insurgent camp near Gwoza.", ["Armed clash", "Shelling/artillery/missile attack"]),
    ("Nigerian soldiers clashed with Boko Haram fighters in Gwoza on Friday. The soldiers shelled a market in Gwoza, "
     "killing five traders.", ["Armed clash", "Shelling/artillery/missile attack"]),
    ("Ethiopian troops clashed with Fano militia in Gondar on Thursday. A grenade thrown by unknown men killed two "
     "shoppers in Gondar.", ["Armed clash", "Grenade"]),
    # (report, sub-event types): a strike or fire whose words tie it to a definite operation told before, backing it
    # ("the offensive was backed by drone strikes") or done during it, is a part of that fight, no event of its own
    ("Government troops clashed with rebels near Beni on Monday, killing twelve fighters. The operation was supported "
     "by an air strike from UN helicopters.", ["Armed clash"]),
    ("Soldiers fought jihadists near Djibo on Sunday. The offensive was backed by drone strikes from the air force.",
     ["Armed clash"]),
    ("Police battled gang members in Gonaives on Tuesday. Helicopters fired on the gang's positions during the "
     "operation.", ["Armed clash"]),
    ("Army units engaged al-Shabaab fighters near Jowhar on Thursday. Drone strikes by foreign forces backed the "
     "operation.", ["Armed clash"]),
    ("Federal forces fought rebel fighters near Adigrat on Friday. Air strikes by the air force supported the "
     "assault.", ["Armed clash"]),
    # guards: a strike of its own day, or at a place of its own with no operation named, stays a happening of its own;
    # a claim of responsibility keeps the bombing; two attacks in one report stay two
    ("Soldiers fought rebels near Kitchanga on Monday. On Wednesday, jets struck rebel camps near Kitchanga during "
     "a new offensive.", ["Armed clash", "Air/drone strike"]),
    ("Troops clashed with militants near Mora on Friday. Jets bombed a market in Kolofata the same day, killing "
     "nine traders.", ["Armed clash", "Air/drone strike"]),
    ("A car bomb exploded outside a hotel in Baidoa on Sunday, killing seven guests. Al-Shabaab claimed "
     "responsibility for the bombing.", ["Remote explosive/landmine/IED"]),
    ("Gunmen attacked a bus near Kasese on Sunday, killing four passengers. On Tuesday gunmen attacked a clinic in "
     "Bundibugyo, killing two nurses.", ["Attack", "Attack"]),
]


@pytest.mark.parametrize(("text", "sub_event_types"), WEAPON_OF_THE_FIGHT)
def test_a_weapon_a_battles_side_used_there_that_day_is_part_of_the_battle(extractor, text, sub_event_types):
    assert [e.sub_event_type for e in _events(extractor, text)] == sub_event_types


ANOTHER_HARMED = [
    # (report, its events' count): "another" on one harmed in a fight counts one more hurt, not a new happening;
    # on a doer or the happening's own noun it marks one
    ("Troops clashed with ISWAP fighters near Monguno on Tuesday, killing one militant. Another militant was wounded "
     "in the confrontation.", 1),
    ("Soldiers fought bandits in Gusau on Friday, killing a bandit. Another bandit was injured in the gunfight.", 1),
    ("Police clashed with gunmen in Zaria on Wednesday and shot dead one gunman. A second gunman was wounded in the "
     "shootout.", 1),
    ("Al-Shabaab fighters attacked an army base in Afgoye on Sunday, killing a soldier. Another soldier was hurt in "
     "the fighting.", 1),
    ("Vigilantes fought cattle rustlers near Katsina on Monday; one vigilante died and another was injured in the "
     "battle.", 1),
    ("Gunmen stormed a police post in Gao on Saturday, killing four officers. Another group of gunmen attacked a "
     "checkpoint in Gao, killing two soldiers.", 2),
    ("Fighters killed two guards at a bank in Kidal on Friday. Another attack on a church in Kidal killed three "
     "worshippers.", 2),
]


@pytest.mark.parametrize(("text", "count"), ANOTHER_HARMED)
def test_another_one_hurt_in_the_fight_is_no_new_happening(extractor, text, count):
    assert len(_events(extractor, text)) == count


LENT_PLACE = [
    # (report, the place of its one strike): a later sentence retells the strike with a doer but no place of its own
    # words, and the report lends it the town its story opened on
    ("Army retakes Kupiansk as missiles hit Odesa\n\nUkrainian troops entered Kupiansk on Saturday, the general staff "
     "said.\n\nIn the south, missiles hit a grain terminal on the edge of Odesa on Friday morning, killing three dock "
     "workers. Kyiv said Russia had fired Oniks missiles from Crimea.", "Odesa"),
    ("Army seizes Kurmuk; shells hit Damazin market\n\nSudanese troops seized Kurmuk on Tuesday, the army said.\n\n"
     "In Damazin, shells hit a crowded market on Monday, killing six traders. The army said RSF gunners had fired "
     "mortar rounds from across the river.", "Ad-Damazin"),
    ("Militants overrun Boni post; mortars hit Gao camp\n\nMilitants overran an army post in Boni on Sunday, the army "
     "said.\n\nMortar shells struck a UN camp in Gao on Saturday, wounding three peacekeepers. The mission said "
     "militants had fired mortars from the dunes north of the river.", "Gao"),
    ("Rebels seize Mongbwalu; bomb blast in Bunia\n\nRebels seized Mongbwalu on Thursday, officials said.\n\nIn Bunia, "
     "a bomb exploded outside a church on Wednesday, killing five worshippers. Police said ADF militants had "
     "detonated a homemade device.", "Bunia"),
    ("Troops take Marawi bridge; jets bomb Butig\n\nPhilippine troops captured a bridge in Marawi on Friday, the army "
     "said.\n\nIn Butig, jets bombed a militant camp on Thursday, killing twelve fighters. The air force said its "
     "planes had dropped guided bombs at dawn.", "Butig"),
    ("Rebels enter Bentiu; shells hit Malakal camp\n\nRebel fighters entered Bentiu on Wednesday, a UN spokesman "
     "said.\n\nShells landed inside a UN camp in Malakal on Tuesday, killing four displaced people. Witnesses said "
     "government gunners had fired mortars from the riverbank.", "Malakal"),
]


@pytest.mark.parametrize(("text", "place"), LENT_PLACE, ids=[p for _, p in LENT_PLACE])
def test_a_retelling_at_a_place_the_report_lent_is_the_same_event(extractor, text, place):
    events = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert [e.place.name if e.place else None for e in events] == [place]



A_FRIDAY = date(2024, 5, 17)

LENT_DAY = [
    # (report, its events' sub-event types): a later paragraph opens on another day and names the happening by a
    # definite noun with a toll, no day of its own words: the day the paragraph lends it is no day of a second event
    ("Gunmen shot dead 14 miners at a gold pit near Kidal on Monday, local officials said.\n\nRelatives gathered in "
     "Kidal on Wednesday to bury the victims. The mayor said the town had been shattered by the shootings, and a UN "
     "envoy, who put the toll at 20, called them a crime.", ["Attack"]),
    ("Rebels shelled a refugee camp outside Goma on Monday, killing six people, aid workers said.\n\nHundreds of "
     "mourners gathered in Goma on Wednesday. The UN said it was appalled by the bombardment, which it said had "
     "killed eight.", ["Shelling/artillery/missile attack"]),
    ("Jets struck a hospital in Idlib on Monday, killing five patients, medics said.\n\nStaff moved patients to other "
     "clinics in Idlib on Wednesday. The WHO said it was dismayed by the air strike, which it said had killed nine.",
     ["Air/drone strike"]),
    ("A drone hit a wedding in Kandahar on Monday, killing nine guests, villagers said.\n\nVillagers buried the "
     "dead in Kandahar on Wednesday. A rights group said it was appalled by the drone strike, which it said had "
     "killed 13.", ["Air/drone strike"]),
    ("Gunmen beheaded six loggers in a forest near Palma on Monday, police said.\n\nHundreds of villagers fled "
     "Palma on Wednesday. The bishop said the province was stunned by the beheadings, and a UN official, who put the "
     "toll at nine, called them barbaric.", ["Attack"]),
    # its own day, or another place and day told before it: two happenings
    ("Gunmen killed four shepherds near Jos on Monday. On Wednesday gunmen killed three farmers near Bokkos.\n\nThe "
     "governor condemned the killings on Thursday.", ["Attack", "Attack"]),
    # a demonstrative ("that fighting", "those clashes") names a happening told before as "the" does: in a clause that
    # recalls what befell people, of a fight the report told only as the background of a hold, no event
    ("Kalehe: Held by the rebels since they drove the army out in March. Families displaced by that fighting have "
     "not gone home.", []),
    ("Rebels have controlled Mweso since they pushed troops out of it in February. Many who fled those clashes still "
     "live in camps.", []),
    ("Sittwe port: In navy hands since marines cleared it of rebels in June. Fishermen who fled that clash have "
     "begun to return.", []),
    ("Bentiu has been in government hands since troops ousted the rebels in January. Children orphaned by that "
     "fighting live with relatives.", []),
    ("Marib city: In government hands since tribesmen repelled a Houthi push in February. Families who ran from that "
     "fighting now shelter in camps.", []),
    ("Rebels have held Rutshuru since they chased the army away in June. Pupils who missed school during those "
     "clashes sat exams this week.", []),
    ("Bunia: Held by troops since they drove militiamen from its outskirts in March. Farmers displaced by those "
     "battles have started planting again.", []),
]


@pytest.mark.parametrize(("text", "sub_event_types"), LENT_DAY)
def test_a_retelling_by_a_definite_noun_on_a_day_its_words_do_not_tell_is_no_new_event(extractor, text,
                                                                                        sub_event_types):
    assert [e.sub_event_type for e in extract(extractor, text, A_FRIDAY).events] == sub_event_types

