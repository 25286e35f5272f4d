"""Happenings read from phrasings the rules were not grown on, as specification: a happening going on or (not) stopped
with no date and no place of its own (nor with a place, told "still" going on; nor a catch-all development going on at
no day of its own, whatever its place: "said militias were recruiting") tells no new one, nor does a happening
named in a concessive phrase ("despite the truce"); caning, clubbing, flogging or teargassing protesters is force on a
protest; a light verb's gerund the parser hangs on its noun as a compound ("spent the night trading fire") still tells a
clash; a killing told with a weapon of its own beside the day's shelling is a happening of its own; goods carried or
carted off, made off with or cattle rustled are looted; the dead found ("bodies were found dumped", "later found dead")
were killed by someone unnamed: the finder is no doer; a clause "when ..." the parser reads with an adverb "when" shares
the day of the clause it hangs on; clearing a way or a crowd ("fired tear gas to clear the road", "cleared protesters
from the square") takes no ground, while clearing a town of armed men does; (shapes54e) a report, claim, story or
rumour said to be false, wrong or unfounded, or one a retracting verb takes back through the saying verb of its
relative clause ("withdrew a statement that said ..."), tells nothing; a destruction's gerund told as a noun with its
doer ("the torching of forty homes by X") is the burning, looting or destruction its verb is; a lynching or a stoning
to death is a crowd's mob violence where no doer is told (by armed men, an attack); the subject of a copula whose
target or victim noun has a happening for its of-phrase ("the convoy was the target of an ambush on Monday") undergoes
that happening, told on that copula's day."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 13)  # a Monday
CLASH, SHELLING, ATTACK = "Armed clash", "Shelling/artillery/missile attack", "Attack"
IED, AIR, GRENADE = "Remote explosive/landmine/IED", "Air/drone strike", "Grenade"
INTERVENTION, FORCE = "Protest with intervention", "Excessive force against protesters"
LOOTING, CHANGE = "Looting/property destruction", "Change to group/activity"


_types = partial(sub_event_types, published=PUBLISHED)


GOING_ON = [
    ("Fighting has continued despite the negotiations.", []),
    ("Clashes have not stopped since the agreement was signed.", []),
    ("The shelling has not let up despite international appeals.", []),
    ("Skirmishes have not ceased, residents said.", []),
    ("The bombardment has dragged on, aid workers said.", []),
    # a continuation with a day or a place of its own is a happening
    ("Fighting continued in Bunia on Tuesday.", [CLASH]),
    ("Heavy fighting has continued around Avdiivka.", [CLASH]),
    # a gerund the parser reads as the verb's clausal subject is its subject too
    ("Fighting nearby continues.", []),
    ("Shelling there continues.", []),
    ("Looting there has not stopped.", []),
    ("Fighting around there continues.", []),
    ("Shelling nearby goes on.", []),
    ("Fighting nearby continued on Tuesday.", [CLASH]),
    # told "still" going on, a happening's place names the one told before, not a new one
    ("Shelling of Bunia was still continuing, residents said.", []),
    ("Looting in Goma has still not stopped.", []),
    ("Fighting around Kherson was still raging.", []),
    ("Fighting in Mosul is still going on.", []),
    ("Clashes around Kidal were still going on.", []),
    ("Fighting in Bunia was still going on on Tuesday.", [CLASH]),
    # doers still acting on an object at a place tell a happening, "still" or not
    ("Government troops were still fighting the rebels in the east of Bunia.", [CLASH]),
    ("Militiamen were still battling soldiers around the market in Kidal.", [CLASH]),
    ("Police were still firing tear gas at demonstrators in central Nairobi.", [INTERVENTION]),
    ("Rebels were still shelling army positions near Goma.", [SHELLING]),
    ("Army units were still engaging insurgents on the outskirts of Mocuba.", [CLASH]),
    # a catch-all development (acled_taxonomy.yaml `weak`) told going on at no day of its own, in what someone says,
    # is a situation described, no event, whatever place it names ("the envoy said militias were recruiting")
    ("Speaking in Nairobi, the minister said militias in the north were recruiting children and that talks could "
     "collapse.", []),
    ("A UN envoy warned on Tuesday that armed factions in Darfur were mobilising fighters ahead of the rainy season.",
     []),
    ("Local leaders in Ituri said the militia was recruiting young men in the villages around Djugu.", []),
    ("Residents said rebels were regrouping in the hills above Kalehe and stockpiling weapons.", []),
    ("A security source said jihadists were regrouping in the forest around Diapaga.", []),
    ("The bishop said gangs in Port-au-Prince were recruiting children as young as ten.", []),
    # guards: its own day tells news; a happening not of a catch-all label is news going on at a place
    ("On Sunday, militia fighters were regrouping near the village of Bulo Mareer, elders said.", [CHANGE]),
    ("Rebels recruited 200 young men in Djugu on Monday, local leaders said.", [CHANGE]),
    ("Soldiers were fighting rebels in Kanta, residents said.", [CLASH]),
    ("Protesters were marching through Lome, witnesses said.", ["Peaceful protest"]),
]


@pytest.mark.parametrize(("text", "types"), GOING_ON)
def test_a_happening_going_on_without_day_or_place_is_none(extractor, text, types):
    assert _types(extractor, text) == types


CONCESSIVE = [
    ("Attacks on aid convoys have persisted despite the agreement.", []),
    ("Schools stayed open despite the shelling.", []),
    ("The airport stayed open notwithstanding the bombing.", []),
    ("Farmers went back to their fields despite the agreement.", []),
    ("Ferries kept running despite the explosion.", []),
    # the happening a sentence tells despite another is still told
    ("Rebels shelled Goma on Monday despite the ceasefire.", [SHELLING]),
    ("Troops clashed with militants near Dori on Sunday despite the truce.", [CLASH]),
]


@pytest.mark.parametrize(("text", "types"), CONCESSIVE)
def test_a_happening_named_despite_another_is_no_event(extractor, text, types):
    assert _types(extractor, text) == types


CANING = [
    ("Police caned protesters outside the parliament in Lagos on Tuesday.", [INTERVENTION]),
    ("Riot police caned marchers near the stadium in Accra on Friday.", [INTERVENTION]),
    ("Soldiers caned students at a sit-in in Conakry on Thursday.", [INTERVENTION]),
    ("Police caned demonstrators in Kano on Monday, injuring nine.", [FORCE]),
    ("Gunmen caned villagers in Maru on Sunday.", [ATTACK]),
    ("The soldiers can beat the rebels, the minister said.", []),  # "can" is no caning
    # clubbed and teargassed (verbs the lexicon lacked), flogged read by the parser as a modifier of its object
    ("Police clubbed demonstrators in Dhaka on Monday.", [INTERVENTION]),
    ("Police teargassed protesters in Nairobi on Tuesday.", [INTERVENTION]),
    ("Police flogged demonstrators in Khartoum on Friday.", [INTERVENTION]),
    ("The club hosted a rally of farmers in Ludhiana on Sunday.", ["Peaceful protest"]),
]


@pytest.mark.parametrize(("text", "types"), CANING)
def test_caning_clubbing_and_teargassing_protesters(extractor, text, types):
    assert _types(extractor, text) == types


TRADING_FIRE = [
    ("Troops and militiamen spent the night trading fire near Butembo.", [CLASH]),
    ("Trading fire with the police, the gunmen fled toward the forest near Zaria on Monday.", [CLASH]),
    ("Soldiers and rebels spent Sunday trading fire near Kalehe.", [CLASH]),
    ("Police and robbers spent an hour exchanging gunfire in Ibadan on Friday.", [CLASH]),
    ("Soldiers and bandits were seen exchanging gunfire outside Gusau on Saturday.", [CLASH]),
    ("Villagers spent hours trading insults near Beni.", []),
]


@pytest.mark.parametrize(("text", "types"), TRADING_FIRE)
def test_trading_fire_read_as_one_noun_is_a_clash(extractor, text, types):
    assert _types(extractor, text) == types


OTHER_WEAPON = [
    ("Russian shells hit Kupiansk on Monday, killing two. A sniper killed a civilian in the town the same day.",
     [SHELLING, ATTACK]),
    ("Russian shells hit Kupiansk on Monday, killing two. A landmine killed a farmer in a field near the town.",
     [SHELLING, IED]),
    ("Drones struck Sumy on Friday, killing one. A sniper shot a man dead in the town that day.", [AIR, ATTACK]),
    ("Artillery pounded Vovchansk on Sunday. A mine killed a tractor driver near the town.", [SHELLING, IED]),
    ("Army jets bombed Bara on Tuesday, killing four. A grenade killed a boy near the town the same day.",
     [AIR, GRENADE]),
    # the same weapon again is the same shelling
    ("Russian shells hit Kupiansk on Monday, killing two. A shell also struck the hospital.", [SHELLING]),
]


@pytest.mark.parametrize(("text", "types"), OTHER_WEAPON)
def test_another_weapon_is_another_happening(extractor, text, types):
    assert _types(extractor, text) == types


CARRIED_OFF = [
    ("The militants carried away grain, fuel and medicine from the clinic in Mocimboa on Friday.", [LOOTING]),
    ("Bandits carted off cattle and motorbikes from Zurmi on Sunday.", [LOOTING]),
    ("Fighters made off with food aid from a warehouse in Malakal on Tuesday.", [LOOTING]),
    ("Gunmen rustled about 300 cattle from herders near Gusau on Monday.", [LOOTING]),
    ("Raiders carried off sacks of rice from the market in Bunia on Thursday.", [LOOTING]),
    ("Rescuers carried the wounded off the bus in Kano on Monday.", []),
]


@pytest.mark.parametrize(("text", "types"), CARRIED_OFF)
def test_goods_carried_off_are_looted(extractor, text, types):
    assert _types(extractor, text) == types


FOUND_DEAD = [
    ("The bodies of four men were found dumped beside a road outside Celaya on Sunday.", [ATTACK]),
    ("Two farmers who had been taken by soldiers were later found dead near Rajouri.", [ATTACK]),
    ("Six bodies bearing signs of torture were discovered in a ditch near Tijuana on Monday.", [ATTACK]),
    ("A journalist was found dead in his home in Culiacan on Tuesday, with his hands tied.", [ATTACK]),
    ("Police found the body of a trader with gunshot wounds in Kumasi on Friday.", [ATTACK]),
    ("Rescuers recovered the bodies of 12 miners after the landslide in Hpakant on Friday.", []),
]


@pytest.mark.parametrize(("text", "types"), FOUND_DEAD)
def test_the_dead_found_were_killed(extractor, text, types):
    assert _types(extractor, text) == types


def test_the_finder_is_no_doer(extractor):
    events = extract(extractor, "Police found the body of a trader with gunshot wounds in Kumasi on Friday.",
                     PUBLISHED).events
    assert [e.actor1.name if e.actor1 else None for e in events] == ["Unidentified Armed Group (Ghana)"]


WHEN_CLAUSE = [
    # (report, the days of its events): the story has reached another day before the "when" clause
    ("Russian shells hit Kupiansk on Sunday. Two shepherds were killed on Saturday when a landmine exploded beneath "
     "them near Izium.", [12, 11]),
    ("Troops shelled Goma on Monday. Three children died on Sunday when a grenade went off in a school in Bunia.",
     [13, 12]),
    ("Jets bombed Bara on Tuesday. Two herders were wounded on Sunday when a mine blew up near Kadugli.", [7, 12]),
    ("Drones struck Sumy on Friday. A farmer was killed on Thursday when a mine exploded under his tractor near "
     "Kharkiv.", [10, 9]),
    ("Rebels shelled Kidal on Sunday. A boy was hurt on Saturday when a grenade exploded in a market in Gao.",
     [12, 11]),
]


@pytest.mark.parametrize(("text", "days"), WHEN_CLAUSE)
def test_a_when_clause_shares_its_hosts_day(extractor, text, days):
    assert [e.date.start.day for e in extract(extractor, text, PUBLISHED).events] == days


CLEARED = [
    # (report, whether a change of hands is read): a road, route, square or crowd cleared is no taking of ground
    ("Soldiers fired tear gas to clear the road in Kisumu on Saturday.", False),
    ("Police cleared the highway near Nakuru of protesters on Sunday.", False),
    ("Troops cleared the main square in Bamako on Friday.", False),
    ("Soldiers cleared the road between Gao and Ansongo on Thursday.", False),
    ("Police cleared protesters from Independence Square in Kyiv on Saturday.", False),
    ("Troops cleared the highway between Mogadishu and Afgooye of checkpoints on Thursday.", False),
    # negative rows: a town or village cleared of armed men, or armed men cleared from it, changes hands
    ("Troops cleared the town of Kalma of insurgents on Sunday.", True),
    ("Soldiers cleared the militants from Damboa on Friday.", True),
    ("Al-Shabaab fighters cleared government troops from Bulo Burte on Sunday.", True),
]


@pytest.mark.parametrize(("text", "taken"), CLEARED)
def test_clearing_a_way_or_a_crowd_takes_no_ground(extractor, text, taken):
    takings = {"Government regains territory", "Non-state actor overtakes territory"}
    assert bool(takings & set(_types(extractor, text))) is taken



MOB = "Mob violence"
TOLD_AS_SHAPES = {
    # a statement told false or taken back through its saying verb tells no happening; one told true or confirmed does
    "Reports that militiamen had burned a clinic in Bor on Monday were false, the health minister said.": [],
    "An earlier account of a drone strike on Kadugli was wrong, the ministry said on Friday.": [],
    "Claims that troops had shelled Gedaref last week are untrue, an army spokesman said.": [],
    "The police withdrew a statement that said soldiers had attacked Kitgum on Friday.": [],
    "The agency corrected an article which claimed that rebels had seized Kindu on Sunday.": [],
    "Stories that gunmen had kidnapped a priest in Ikot Ekpene on Sunday were fabricated, the diocese said.": [],
    "Rumours that soldiers had looted shops in Bunia on Friday proved unfounded, the mayor said.": [],
    "Reports that rebels had shelled Kalemie on Sunday were confirmed by the governor.": [SHELLING],
    "The claim that militants had bombed a bridge near Kidal on Sunday was true, officials said.": [IED],
    # a destruction's gerund told as a noun with its doer is the destruction
    "The torching of forty homes in Kukawa by Boko Haram fighters on Friday left hundreds of families without shelter.":
        [LOOTING],
    "The razing of twenty homes in Hawija by Islamic State militants on Monday forced dozens of families into tents.":
        [LOOTING],
    "The ransacking of a clinic in Kalemie by militiamen on Sunday left patients without care.": [LOOTING],
    "The firebombing of a police post in Bamenda by separatists on Thursday was condemned by the governor.": [LOOTING],
    "After the plundering of a health centre in Kaga Bandoro by armed men on Monday, nurses fled.": [LOOTING],
    "The wrecking of a water pump in Baidoa by al-Shabaab fighters on Sunday cut supplies to the camp.": [LOOTING],
    "The bulldozing of homes in Jenin by Israeli troops on Tuesday left families homeless.": [LOOTING],
    # a lynching or stoning to death with no doer told is a crowd's; by a mob the mob's, by soldiers an attack; only
    # tried, none
    "A woman accused of witchcraft was lynched in Kisii on Sunday, police said.": [MOB],
    "A suspected thief was stoned to death in Kampala on Saturday.": [MOB],
    "Two suspected cattle thieves were lynched near Kabale on Wednesday.": [MOB],
    "A motorcyclist was lynched in Kano on Friday after he hit a child, witnesses said.": [MOB],
    "A pastor was stoned to death in Sokoto on Monday over alleged blasphemy.": [MOB],
    "A man who was lynched by a mob in Kisumu on Monday had been accused of theft.": [MOB],
    "Soldiers lynched a suspected informer in Gao on Monday, residents said.": [ATTACK],
    "Police rescued a suspected thief from a crowd trying to lynch him in Mombasa on Friday.": [],
}


@pytest.mark.parametrize("text", list(TOLD_AS_SHAPES))
def test_reports_told_false_destructions_told_as_gerunds_and_lynchings(extractor, text):
    assert _types(extractor, text) == TOLD_AS_SHAPES[text]


TARGET_OF = [
    # (report, (sub-event type, day)): the copula tells the happening its target or victim noun's of-phrase names
    ("The governor's convoy was the target of an ambush near Zinder on Thursday, the regional government said.",
     [(CLASH, 9)]),
    ("A military post near Dori was the target of a drone strike on Sunday.", [(AIR, 12)]),
    ("Two journalists were the victims of a kidnapping in Gao on Friday.", [("Abduction/forced disappearance", 10)]),
    ("A military convoy was the target of an ambush near Qardho on Monday, officials said.", [(CLASH, 13)]),
    ("Three health workers were the victims of an abduction near Kutum on Wednesday.",
     [("Abduction/forced disappearance", 8)]),
    # guards: a doer or a toll told already; a target or victim of no happening
    ("A checkpoint outside Diffa was the target of an attack by Boko Haram on Saturday.", [(CLASH, 11)]),
    ("An army patrol was the target of an attack near Menaka on Tuesday, killing two soldiers.", [(CLASH, 7)]),
    ("The town of Bunia was the target of criticism from aid groups on Monday.", []),
    ("Our village has been the victim of neglect for years, an elder in Kidal said on Sunday.", []),
]


@pytest.mark.parametrize(("text", "found"), TARGET_OF)
def test_the_target_or_victim_of_a_happening_undergoes_it_on_its_copulas_day(extractor, text, found):
    assert [(e.sub_event_type, e.date.start.day) for e in extract(extractor, text, PUBLISHED).events] == found


HAVING_DONE = [
    # a perfect participle clause ("Having taken X on Monday, the rebels ...") tells a happening of its own, done by
    # the subject of the clause it hangs on, on its own day
    ("Having retaken Kherson on Friday, Ukrainian troops began clearing mines.",
     [("Government regains territory", "Military Forces of Ukraine", 10)]),
    ("Having taken Marawi's city hall on Tuesday, the militants raised their flag over it.",
     [("Non-state actor overtakes territory", "Unidentified Armed Group (Philippines)", 7)]),
    ("Having captured Goma on Monday, the rebels appointed a new governor.",
     [("Non-state actor overtakes territory", "Unidentified Armed Group (Democratic Republic of Congo)", 13)]),
    ("Having stormed the prison in Kuje on Tuesday, the gunmen freed dozens of inmates.",
     [("Attack", "Unidentified Armed Group (Nigeria)", 7)]),
    ("Having shelled Kharkiv on Tuesday, Russian troops pressed on toward Vovchansk.",
     [("Shelling/artillery/missile attack", "Military Forces of Russia", 7)]),
    # guards: a participle that names its own doer's deed told once stays one event
    ("Having abducted two nuns near Jos on Monday, the kidnappers demanded a ransom.",
     [("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", 13)]),
    ("Having arrested four activists in Harare on Thursday, the police searched their offices.",
     [("Arrests", "Police Forces of Zimbabwe", 9)]),
]


@pytest.mark.parametrize(("text", "found"), HAVING_DONE)
def test_a_perfect_participle_clause_is_done_by_its_hosts_subject(extractor, text, found):
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None, e.date.start.day)
            for e in extract(extractor, text, PUBLISHED).events] == found
