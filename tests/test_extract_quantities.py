"""What a report's counts count: the report's own words with their category, crowds, counts whose
noun the sentence leaves out, and headline figures the body gives again."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)


def counts(extractor, text: str) -> dict[str, tuple]:
    return {q.what: (q.low, q.high) for q in extract(extractor, text, PUBLISHED).quantities}


def test_a_count_keeps_the_report_word_and_adds_its_category(extractor):
    found = counts(extractor, "Hospital staff said 64 people were injured in the fighting.")
    assert found == {"people injured (wounded)": (64, 64)}


def test_a_count_whose_noun_is_left_out_takes_the_verb_it_belongs_to_and_the_noun_before_it(extractor):
    found = counts(extractor, "At least 38 people were killed and about 90 wounded when a lorry bomb went off.")
    assert found["people killed"] == (38, None)
    assert found["people wounded"] == (90, 90)
    found = counts(extractor, "Shells hit the bus depot, killing more than 20 people and wounding over 60.")
    assert found["people wounded"] == (60, None)


def test_the_participle_of_the_frame_a_count_fills_describes_it(extractor):
    found = counts(extractor, "The rebels freed 400 inmates and seized 30 pickup trucks.")
    assert found["inmates freed (prisoners)"] == (400, 400)
    assert next(v for k, v in found.items() if k.startswith("pickup trucks seized")) == (30, 30)


def test_a_crowd_is_counted_as_protesters(extractor):
    assert counts(extractor, "Organisers said nearly 80,000 people took part in the march.") == {
        "people protesting (protesters)": (80_000, 80_000)}
    assert counts(extractor, "The vigil drew more than 5,000 people, the organisers said.") == {
        "people protesting (protesters)": (5_000, None)}


def test_a_population_under_control_is_its_own_figure(extractor):
    found = counts(extractor, "The group now rules an area with over two million inhabitants under its control.")
    assert found == {"population under control": (2_000_000, None)}


def test_a_headline_figure_the_body_gives_again_is_counted_once(extractor):
    text = ("Shelling of market kills dozens\n\n"
            "Shells struck the central market on Friday, killing at least 40 people, officials said.")
    assert counts(extractor, text) == {"people killed": (40, None)}


# A headline's count the body gives again in other words ("seize 17 travellers" over "kidnapped 17 bus passengers") is
# the body's: one number, one quantity, in the body's words.
HEADLINE_NUMBERS = [
    ("Gunmen seize 17 travellers on highway\n\nArmed men kidnapped 17 bus passengers near Birnin Gwari on Monday, "
     "police said.", "bus passengers kidnapped (abducted hostages)", 17),
    ("Rebels capture 30 army trucks\n\nThe rebels said they had seized 30 military vehicles at the Kalehe depot on "
     "Friday.", "vehicles seized", 30),
    ("Insurgents seize 40 aid workers\n\nFighters kidnapped 40 relief staff near Gao on Sunday, the UN said.",
     "relief staff kidnapped (abducted hostages)", 40),
    ("Rebels grab 12 tanks near Sake\n\nThe rebels said they had captured 12 armoured vehicles near Sake on Saturday.",
     "vehicles captured", 12),
    ("Militants seize 8 engineers\n\nGunmen kidnapped eight construction workers near Kajiado on Monday, police said.",
     "construction workers kidnapped (abducted hostages)", 8),
    ("Pirates hijack 3 cargo ships\n\nPirates seized three merchant vessels in the Gulf of Aden on Monday, the navy "
     "said.", "merchant vessels seized", 3),
]


@pytest.mark.parametrize(("text", "what", "value"), HEADLINE_NUMBERS)
def test_a_headline_number_the_body_gives_again_is_the_bodys(extractor, text, what, value):
    assert counts(extractor, text) == {what: (value, value)}


CROWD_AT_A_STRIKE = [
    # (report, the one count of the dead): the crowd is where the strike fell, not its dead
    ("A rocket hit the bus station in Izium on Monday as hundreds of people waited for buses, killing at least "
     "20 people, officials said.", 20),
    ("A shell struck the market in Avdiivka on Friday while dozens of shoppers queued for bread, killing nine "
     "people.", 9),
    ("A drone hit a stadium in Sumy on Sunday as thousands of fans watched a match, killing four spectators.", 4),
    ("Gunmen opened fire on a church in Owo on Sunday as hundreds of worshippers prayed, killing 22 people.", 22),
    ("A bomb went off at a rally in Quetta on Friday as thousands of supporters listened to a speech, killing 12 "
     "people.", 12),
]


@pytest.mark.parametrize(("text", "dead"), CROWD_AT_A_STRIKE)
def test_a_crowd_doing_something_else_is_not_the_count_of_the_dead(extractor, text, dead):
    quantities = extract(extractor, text, PUBLISHED).quantities
    assert [q.low for q in quantities if "killed" in q.what] == [dead]


# Counts that are no quantity of FORMAT.md (force sizes, people freed or taken, assets, populations): five fresh
# sentences for each class of count a report gives besides.
NOT_QUANTITIES = {
    "happenings counted": [
        "Witnesses heard at least seven explosions across the city before dawn.",
        "Warplanes carried out more than 40 air strikes on the province over the weekend.",
        "The militia launched three attacks on army posts in a single week.",
        "The army said it had repelled five assaults since Monday.",
        "Jets flew dozens of sorties over the valley, the ministry said.",
    ],
    "the sources a statement cites": [
        "Two diplomats in Nairobi said the talks had stalled.",
        "The three governments said in a joint statement that the truce would hold.",
        "Four witnesses told reporters the gunmen wore uniforms.",
        "Two security sources said the commander had been hit.",
        "The curfew was lifted at noon, according to three officials.",
    ],
    "ways, times, ages and ranks": [
        "Rebels advanced on the town from four directions, residents said.",
        "The 14-year-old boy was shot at a checkpoint at 6 am.",
        "The siege lasted 12 days and ended at 0400 GMT.",
        "The group's number two was captured in the raid.",
        "Fighting resumed on both sides two hours later.",
    ],
    "people counted with no part in the story": [
        "Dozens of journalists covered the talks.",
        "Millions of viewers watched the address.",
        "Thousands of fans filled the stadium for the final.",
        "Hundreds of tourists visited the old citadel last year.",
        "Dozens of reporters waited outside the courthouse.",
    ],
    "the rest of a whole": [
        "All but eight of the hostages were released on Friday.",
        "All but three of the pickup trucks were destroyed.",
        "Everyone but two of the fighters surrendered to the army.",
        "All except 15 of the prisoners were recaptured by morning.",
        "All but 40 of the villagers fled before the assault.",
    ],
    "a dateline's day the tagger leaves untagged": [
        "GAO, Mali, Oct 2 (Wire) -\n\nJihadists ambushed a patrol east of the town on Friday, the army said.",
        "KIDAL, Mali, Nov 4 (Wire) -\n\nRebels fired on a convoy north of the town, officials said.",
        "BENI, Congo, Feb 11 (Wire) -\n\nMilitiamen raided a farm near the town overnight, residents said.",
        "MARAWI, Philippines, Aug 23 (Wire) -\n\nSoldiers clashed with militants near a bridge, the army said.",
        "HODEIDAH, Yemen, Sept 8 (Wire) -\n\nShells hit the port district late on Monday, witnesses said.",
    ],
    "the things a blow lands on, no outcome told, describe its target": [
        "Rockets crashed into three homes on the outskirts overnight.",
        "Insurgents sprayed bullets at two army trucks near the bridge.",
        "Warplanes struck five buildings in the market district on Sunday.",
        "A barrel bomb was dropped on four houses and two camps near the border.",
        "Mortar rounds landed near six vehicles parked outside the base.",
    ],
    "a live entry's time of day before a place (qty30)": [
        "22:30 - Mosul, the country's second city, came under mortar fire late on Sunday.",
        "20:05 - Benghazi, the eastern port city, is quiet after days of clashes.",
        "23:10 - Raqqa, the group's former stronghold, was hit by air strikes overnight.",
        "19:50 - Aden, the temporary capital, came under drone attack late on Monday.",
        "16:25 - Mariupol, the besieged port, has been without water for a week.",
    ],
    "a number beside a unit, route or site in the singular names it (qty35)": [
        "Rebels ambushed a supply column of the 51 Brigade near the river.",
        "Gunmen overran the headquarters of Border Police Battalion 7 on Monday.",
        "Engineers reopened the checkpoint on Route 60 after the blast.",
        "Soldiers of the 92 Squadron flew back to their base.",
        "Militants stormed Camp 3 before dawn, the army said.",
    ],
    "weapons that deal a blow, no outcome told, describe its means (qty35)": [
        "Two fighter jets bombed a market in the district at noon.",
        "Three car bombs went off near the ministry in the capital.",
        "Police believe two suicide bombers staged the assault on the rally.",
        "Four drones struck the fuel depot overnight, the governor said.",
        "Six rockets slammed into the port district on Friday.",
    ],
    "money and shares": [
        "The group paid $5 million in ransom.",
        "About 40 percent of the city is now in ruins.",
        "UN Resolution 2401 called for a 30-day ceasefire.",
        "Food prices rose by a third in a month.",
        "It was the third attack on the base this year.",
    ],
}


@pytest.mark.parametrize("text", [t for texts in NOT_QUANTITIES.values() for t in texts],
                         ids=[f"{c}-{i}" for c, texts in NOT_QUANTITIES.items() for i in range(len(texts))])
def test_a_count_that_is_no_figure_yields_no_quantity(extractor, text):
    assert counts(extractor, text) == {}


QUANTITIES = {
    "force sizes": [
        ("Some 2,000 Peshmerga were sent to hold the line.", "peshmerga", (2000, 2000)),
        ("About 5,000 Wagner mercenaries are thought to be in the country.", "wagner mercenaries", (5000, 5000)),
        ("Several hundred Houthi fighters advanced on the port.", "houthi fighters", (300, 900)),
        ("The mission has 12,000 peacekeepers on the ground.", "peacekeepers", (12000, 12000)),
        ("More than 5,000 soldiers were deployed to the region.", "soldiers deployed", (5000, None)),
    ],
    "people freed or taken, assets seized": [
        ("The rebels freed 350 prisoners from the central jail.", "prisoners freed", (350, 350)),
        ("The rebels captured three helicopters at the airbase.", "helicopters captured", (3, 3)),
        ("Militiamen took some 40 villagers hostage near the river.", "villagers hostage (civilians)", (40, 40)),
        ("Police made more than 300 arrests after the riot.", "arrests", (300, None)),
        ("Police seized 40 rifles in the raid.", "rifles seized", (40, 40)),
    ],
    "populations": [
        ("The city, which has a population of 300,000, was encircled.", "population", (300_000, 300_000)),
        ("Aleppo, home to some two million people, was shelled.", "population", (2_000_000, 2_000_000)),
        ("Rebels entered the town of about 60,000 inhabitants.", "population", (60_000, 60_000)),
        ("Its population of roughly 45,000 fled before the assault.", "population", (45_000, 45_000)),
        ("The group rules an area with over a million people under its control.", "population under control",
         (1_000_000, None)),
    ],
}


@pytest.mark.parametrize(("text", "what", "value"), [row for rows in QUANTITIES.values() for row in rows],
                         ids=[f"{c}-{i}" for c, rows in QUANTITIES.items() for i in range(len(rows))])
def test_a_figure_of_format_md_is_read(extractor, text, what, value):
    assert counts(extractor, text).get(what) == value


# Issue 18, on reports nobody tuned on: the words a count takes and the counts a population is. Five fresh sentences a
# class; a row whose value is None is a negative one: the description must not be read.
READINGS = {
    "the count's own verb, not the one before 'and' or beside it": [
        ("Troops detained nine smugglers and seized 14 rifles at the border crossing.", "rifles seized", (14, 14)),
        ("The militia abducted six traders and captured two trucks on the highway.", "trucks captured", (2, 2)),
        ("Police arrested 20 protesters and confiscated 50 phones outside the court.", "phones seized", (50, 50)),
        ("Police arrested 20 protesters and confiscated 50 phones outside the court.", "phones arrested", None),
        ("Insurgents attacked two army trucks on the pass, killing seven soldiers.", "soldiers killed", (7, 7)),
        ("Insurgents attacked two army trucks on the pass, killing seven soldiers.", "army trucks killed", None),
    ],
    "captives who escape or flee are freed": [
        ("More than 400 detainees escaped after the prison wall collapsed.", "detainees escaped (prisoners freed)",
         (400, None)),
        ("Some 250 inmates fled when the guards abandoned the jail.", "inmates fled (prisoners displaced freed)",
         (250, 250)),
        ("Around 30 hostages escaped from the rebel camp on Tuesday.", "hostages escaped (freed)", (30, 30)),
        ("Dozens of prisoners fled the burning detention centre.", "prisoners fled (displaced freed)", (12, None)),
        ("Nearly 90 convicts escaped during the night, officials said.", "convicts escaped (prisoners freed)",
         (90, 90)),
        ("About 600 residents fled the burning village.", "residents fled (civilians displaced freed)", None),
    ],
    "a settlement's people: it houses them or they stay on in it": [
        ("The aid agency said the camp now shelters about 40,000 people.", "population", (40_000, 40_000)),
        ("Roughly 12,000 people still live in the town despite the shelling.", "population", (12_000, 12_000)),
        ("The district, hosting nearly 300,000 people, has no hospital left.", "population", (300_000, 300_000)),
        ("Only about 5,000 people remained in the city after the siege.", "population", (5_000, 5_000)),
        ("The village houses some 2,000 people, most of them farmers.", "population", (2_000, 2_000)),
        ("About 300 people remained in hospital on Monday.", "population", None),
    ],
    "a count after 'of' a happening noun": [
        ("The talks secured the release of 250 prisoners.", "prisoners released (freed)", (250, 250)),
        ("The army confirmed the abduction of 14 aid workers near the border.", "aid workers abducted (hostages)",
         (14, 14)),
        ("The ministry approved the deployment of 800 soldiers to the north.", "soldiers deployed", (800, 800)),
        ("Officials ordered the evacuation of 6,000 residents from the coast.",
         "residents evacuated (civilians displaced)", (6_000, 6_000)),
        ("The report described the execution of 11 prisoners by the militia.", "prisoners killed", (11, 11)),
        ("The ministry announced the construction of 40 schools.", "schools", None),
    ],
    "the wounded beside the dead, their noun left out, are the dead's kind (qty37)": [
        ("At least 12 civilians were killed and some 25 wounded by the blast.", "civilians wounded", (25, 25)),
        ("Nine soldiers were killed and around 40 wounded in the ambush near the pass.", "soldiers wounded", (40, 40)),
        ("Officials said 15 people died and more than 60 injured when the market was shelled.",
         "people injured (wounded)", (60, None)),
        ("Two policemen were killed and four wounded as the convoy came under fire.", "policemen wounded", (4, 4)),
        ("At least 70 people were killed and about 200 wounded when the bomb exploded.", "people wounded", (200, 200)),
        ("At least 70 people were killed and about 200 wounded when the bomb exploded.", "killed", None),
    ],
    "bodies are the dead": [
        ("Rescuers said more than 30 bodies had been pulled from the rubble.", "killed", (30, None)),
        ("Medics said at least 25 bodies were brought to the morgue.", "killed", (25, None)),
        ("Residents said they had buried 18 bodies by nightfall.", "killed", (18, 18)),
        ("Some 40 bodies were recovered from the river after the massacre.", "killed", (40, 40)),
        ("Police found seven bodies dumped beside the road.", "killed", (7, 7)),
        ("Police found seven bodies dumped beside the road.", "bodies killed", None),
    ],
}


@pytest.mark.parametrize(("text", "what", "value"), [row for rows in READINGS.values() for row in rows],
                         ids=[f"{c}-{i}" for c, rows in READINGS.items() for i in range(len(rows))])
def test_a_count_takes_the_words_of_its_own_happening(extractor, text, what, value):
    assert counts(extractor, text).get(what) == value


# Session 27, on fresh reports: figures the entity recogniser splits into two, and places a happening's preposition
# ties to a count. Five fresh sentences a class; a row whose value is None is a negative one.
FRESH_COUNTS = {
    "two figures joined by 'to' or 'between ... and' are one range": [
        ("An estimated 40,000 to 60,000 people have fled the valley since Monday.", "people fled (displaced)",
         (40_000, 60_000)),
        ("Aid workers say 1,200 to 1,500 families fled the district this week.", "families fled (displaced)",
         (1_200, 1_500)),
        ("The army freed between 200 and 300 hostages from the camp.", "hostages freed", (200, 300)),
        ("The rebels freed 70 to 90 prisoners from the county jail.", "prisoners freed", (70, 90)),
        ("Some 15,000 to 20,000 residents fled the shelling, the governor said.",
         "residents fled (civilians displaced)", (15_000, 20_000)),
    ],
    "a count a preposition ties to the happening tells where or by whom, not what befell it": [
        ("About 90,000 people were displaced across three provinces.", "provinces displaced", None),
        ("Some 4,000 families were evacuated from five villages.", "villages evacuated", None),
        ("Dozens of fighters were freed from two prisons in the north.", "prisons freed", None),
        ("Police arrested 30 protesters at two checkpoints.", "checkpoints arrested", None),
        ("Thousands of residents fled into four neighbouring districts.", "districts fled (displaced)", None),
        ("Thousands of residents fled into four neighbouring districts.", "residents fled (civilians displaced)",
         (1_000, None)),
    ],
    "a verb with its particle names what befell a count": [
        ("Nearly 200 inmates broke out of the prison overnight.", "inmates escaped (prisoners freed)", (200, 200)),
        ("More than 50 detainees broke out during the riot.", "detainees escaped (prisoners freed)", (50, None)),
        ("The rebels set free 120 prisoners at the district jail.", "prisoners freed", (120, 120)),
        ("Soldiers rounded up 40 men in the market on Friday.", "men detained (arrested)", (40, 40)),
        ("Gunmen carried off 12 aid workers from the clinic.", "aid workers abducted (hostages)", (12, 12)),
    ],
    "a state a count is left in names it, not the verb that leaves it": [
        ("A car bomb in the market leaves 14 dead.", "killed", (14, 14)),
        ("Shelling near the border left nine wounded on Monday.", "wounded", (9, 9)),
        ("Clashes over grazing land leave 31 dead in the north.", "abandoned", None),
        ("The raid on the village left at least 40 injured, medics said.", "injured (wounded)", (40, None)),
        ("Gunfire at the checkpoint leaves six dead and eight wounded.", "killed", (6, 6)),
    ],
    "things a blow lands on keep their count when an outcome befalls them or they are taken": [
        ("Shelling flattened 25 houses along the main road.", "houses", (25, 25)),
        ("The militia torched 60 homes after the assault.", "homes", (60, 60)),
        ("Rebels seized 4 armoured vehicles in the ambush.", "vehicles seized", (4, 4)),
        ("Fighters riding 30 motorbikes swept into the village.", "motorbikes", (30, 30)),
        ("A convoy of 50 trucks reached the besieged town.", "trucks", (50, 50)),
    ],
    "the active subject of a verb did what it tells, nothing befell it (qty35)": [
        ("About 600 police officers detained 40 activists in dawn raids.", "police officers", (600, 600)),
        ("Some 2,000 troops freed the hostages held in the mine.", "troops (soldiers)", (2_000, 2_000)),
        ("Nearly 300 militiamen seized the airport and two bridges.", "militiamen (fighters)",
         (300, 300)),
        ("Roughly 400 gunmen abducted dozens of farmers at dawn.",
         "gunmen abducted (fighters hostages)", None),
        ("Around 50 commandos rescued the crew of the captured tanker.", "commandos", (50, 50)),
        ("More than 1,000 soldiers captured the ridge overnight, the ministry said.", "soldiers", (1_000, None)),
    ],
    "sources a statement cites stay sources when coordinated": [
        ("At least 5 people died, according to a doctor and two residents.", "residents (civilians)", None),
        ("Eleven soldiers died, a medic and three residents said.", "residents (civilians)", None),
        ("The strike hit the depot, according to an official and four residents.", "residents (civilians)", None),
        ("Nine fighters were killed, a commander and two civilians told reporters.", "civilians", None),
        ("Seven guards were captured, according to police and five inhabitants.", "guards captured", (7, 7)),
    ],
    "a verb of a class befalling people names its count by the class's participle (qty37)": [
        ("Police said 35 protesters were taken into custody after the rally.", "protesters arrested", (35, 35)),
        ("Border guards apprehended 14 smugglers near the crossing on Tuesday.", "smugglers arrested", (14, 14)),
        ("Officers nabbed nine suspects during the overnight sweep.", "suspects arrested", (9, 9)),
        ("A knife attacker stabbed four shoppers at the mall on Saturday.", "shoppers wounded", (4, 4)),
        ("The blast maimed 12 workers at the fuel depot.", "workers wounded", (12, 12)),
        ("A court in the capital remanded 16 activists on sedition charges.", "activists arrested", (16, 16)),
    ],
    "a harm's count with its noun left out counts the noun of the harmed count before it (qty37)": [
        ("The strike killed 14 villagers and injured 40, the health ministry said.",
         "villagers injured (civilians wounded)", (40, 40)),
        ("Eight soldiers died and 23 were hurt when the convoy hit a mine.", "soldiers wounded", (23, 23)),
        ("The gunmen shot dead five farmers and wounded 11 before fleeing.", "farmers wounded", (11, 11)),
        ("Bandits abducted 30 travellers on the highway and killed four.", "travellers killed", (4, 4)),
        ("Two traders were killed and 17 injured when rockets struck the suburb.", "traders injured (wounded)",
         (17, 17)),
        ("Some 200 fighters stormed the base and killed 12.", "fighters killed (fighters)", None),
    ],
}


@pytest.mark.parametrize(("text", "what", "value"), [row for rows in FRESH_COUNTS.values() for row in rows],
                         ids=[f"{c}-{i}" for c, rows in FRESH_COUNTS.items() for i in range(len(rows))])
def test_a_fresh_count_is_read_by_its_class(extractor, text, what, value):
    assert counts(extractor, text).get(what) == value


# Issue 18 (qty30), on fresh reports: a count of a happening the report recalls from well before its story (a massacre
# decades ago, an earlier war's toll) is background, no figure; the story's own count, a tally up to now and a standing
# figure with an old date stay. (report, the one count it reads)
RECALLED = [
    ("Gunmen killed nine traders at a market in Dassa on Sunday. In 2009 a similar raid on the same market killed "
     "40 people.", {"traders killed": (9, 9)}),
    ("Militants seized 14 soldiers near Kolda on Saturday. The group kidnapped 120 students from a college in Kolda "
     "in March 2016.", {"soldiers seized": (14, 14)}),
    ("A roadside bomb killed six police officers outside Hinda on Friday. It was the worst attack in the district "
     "since 2011, when a truck bomb left 60 people dead.", {"police officers killed": (6, 6)}),
    ("Rebels freed 200 prisoners from the jail in Marum on Sunday. The town's memorial recalls the 1998 siege in "
     "which about 3,000 residents were killed.", {"prisoners freed": (200, 200)}),
    ("Bandits abducted 30 villagers near Tudun on Saturday. The long insurgency, which ended with a truce in 2019, "
     "displaced more than a million people.", {"villagers abducted (civilians hostages)": (30, 30)}),
    # a happening named by a noun the count follows "of" in, dated long before (qty35)
    ("Rebels seized 12 trucks near Warap on Sunday. Families there still mourn the kidnapping of 110 pupils in 2018.",
     {"trucks seized": (12, 12)}),
    ("Troops freed 40 hostages in Nyala on Monday. Veterans recalled the capture of 500 soldiers at the ford in 1999.",
     {"hostages freed": (40, 40)}),
    ("Gunmen abducted 9 farmers near Kebbi on Friday. Older residents remember the release of 1,000 prisoners in "
     "2006.", {"farmers abducted (hostages)": (9, 9)}),
    ("Police detained 15 students in Jos on Tuesday. The college marked the abduction of 80 staff there in 2012.",
     {"students detained (arrested)": (15, 15)}),
    ("Militants freed 70 inmates at Bama on Saturday. Officials cited the evacuation of 20,000 residents in 2010.",
     {"inmates freed (prisoners)": (70, 70)}),
]


@pytest.mark.parametrize(("text", "told"), RECALLED)
def test_a_count_the_report_recalls_from_long_before_is_no_figure(extractor, text, told):
    assert counts(extractor, text) == told


STILL_TOLD = [
    ("About 4,000 people have fled Surat since April, the UN said on Monday.", "people fled (displaced)",
     (4_000, 4_000)),
    ("The town, which had a population of 9,000 in 2010, was shelled on Sunday.", "population", (9_000, 9_000)),
    ("Militants killed 12 farmers near Gesso on Sunday, and about 500 families fled the area.",
     "families fled (displaced)", (500, 500)),
    ("Police said on Monday that 25 protesters had been detained on 2 May.", "protesters detained (arrested)",
     (25, 25)),
    ("Since January, more than 300 civilians have been killed in the province.", "civilians killed", (300, None)),
]


@pytest.mark.parametrize(("text", "what", "value"), STILL_TOLD)
def test_a_count_of_the_story_or_up_to_now_is_still_read(extractor, text, what, value):
    assert counts(extractor, text).get(what) == value


# Issue 18 (qty30): a part told of a count after "of" and a pronoun ("40 people died, six of them children") befell what
# the count befell, whichever verb the parser hangs it on (the wounding after it, or none). (report, part, its value)
PARTS = [
    ("Officials said at least 40 people had died in the clashes, six of them children, and more than 90 had been "
     "wounded.", "children killed", (6, 6)),
    ("Nineteen civilians had been killed, seven of them women, and 35 had been hurt, the mayor said.", "women killed",
     (7, 7)),
    ("The governor said 45 villagers had been abducted, ten of them children, and 60 had fled.",
     "children abducted (hostages)", (10, 10)),
    ("The army said 200 hostages had been freed from the camp, 30 of them children, and two soldiers had been "
     "wounded.", "children freed", (30, 30)),
    ("Police said 14 students had died in the shooting, three of them girls, and 22 had been wounded.", "girls killed",
     (3, 3)),
]


@pytest.mark.parametrize(("text", "what", "value"), PARTS)
def test_a_part_told_of_a_count_befell_what_the_count_befell(extractor, text, what, value):
    assert counts(extractor, text).get(what) == value
