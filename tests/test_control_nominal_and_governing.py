"""Control claims in seven families of paraphrases (issue 18): a place's control told as a noun subject that passes to a
side or from one, control lost or ceded to a side, a side that governs a place, a place that changed hands, the ground
a withdrawal's participle leaves to a side by a pronoun, a flag raised over a spot "its" names, and a deed "claimed";
and a taking under a deal told as one event. Each row asserts the claims read (holder, place, status) or, in a
negative row of similar shape, that they are not all read."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)
MALI, MNLA, SOUTH_SUDAN = "Military Forces of Mali", "MNLA", "Military Forces of South Sudan"

ROWS = [
    # passing: "control of X" (or "X's control") as the subject of an unaccusative light verb (pass, slip, shift, fall)
    # is a taking: its to-phrase takes X, its from-phrase loses it (data/en/frames/light.yaml)
    ("passing: passed to", "Control of Mosul passed to Islamic State fighters on Tuesday.",
     {("Islamic State", "Mosul", "controls")}, True),
    ("passing: passed to, named group", "Control of Kidal passed to Tuareg rebels on Tuesday.",
     {(MNLA, "Kidal", "controls")}, True),
    ("passing: possessor", "Ramadi's control passed to the militants after the army fled.",
     {("Unidentified Armed Group (Iraq)", "Ramadi", "controls")}, True),
    ("passing: slipped from", "Control of Tessalit slipped from the Malian army on Monday.",
     {(MALI, "Tessalit", "lost")}, True),
    ("passing: slipped from, after an assault", "Control of Kidal slipped from government forces on Monday after an "
     "assault by Tuareg rebels.", {(MALI, "Kidal", "lost")}, True),
    ("passing: fell to", "Control of Kunduz fell to the Taliban on Monday.", {("Taliban", "Kunduz", "controls")}, True),
    ("passing, negative: not passed", "Control of Kidal has not passed to the rebels.",
     {("Unidentified Armed Group (Mali)", "Kidal", "controls")}, False),
    ("passing, negative: may pass", "Control of Kidal may pass to the rebels next week.",
     {("Unidentified Armed Group (Mali)", "Kidal", "controls")}, False),
    # ceding: the to-phrase of a ceding light verb ("lost/ceded control of X to Y") takes what it gives up
    ("ceding: lost control to", "The army lost control of Gao to the rebels on Friday.",
     {(MALI, "Gao", "lost"), ("Unidentified Armed Group (Mali)", "Gao", "controls")}, True),
    ("ceding: ceded control to", "Police ceded control of Kidal to Tuareg rebels on Sunday.",
     {(MNLA, "Kidal", "controls")}, True),
    ("ceding: lost control to, named group", "Syrian troops lost control of Palmyra to Islamic State fighters on "
     "Wednesday.", {("Military Forces of Syria", "Tadmur", "lost"), ("Islamic State", "Tadmur", "controls")}, True),
    ("ceding: government forces", "Government forces lost control of Kunduz to the Taliban.",
     {("Taliban", "Kunduz", "controls")}, True),
    ("ceding: demonym", "The Malian army lost control of Tessalit to Tuareg rebels.",
     {(MNLA, "Tessalit", "controls")}, True),
    ("ceding, negative: nobody named", "The army lost control of Gao on Friday.",
     {("Unidentified Armed Group (Mali)", "Gao", "controls")}, False),
    # losing, the noun: "the loss of X" names what is given up, its to-phrase who gets it and its possessor who gives it
    # up, as "lost X to Y" does (data/en/predicates.yaml `withdraw` nouns, word tag `ceding`; frames/nominal.yaml)
    ("losing: to-phrase", "The loss of Ramadi to Islamic State fighters stunned Baghdad.",
     {("Islamic State", "Ramadi", "controls")}, True),
    ("losing: to-phrase, after", "After the loss of Saraqib to government troops, rebel commanders regrouped.",
     {("Military Forces of Syria", "Saraqib", "controls")}, True),
    ("losing: possessor and to-phrase", "The army's loss of Djibo to JNIM fighters was confirmed on Thursday.",
     {("JNIM", "Djibo", "controls"), ("Military Forces of Burkina Faso", "Djibo", "lost")}, True),
    ("losing: possessor", "Ukrainian troops' loss of Vuhledar was confirmed on Wednesday.",
     {("Military Forces of Ukraine", "Vuhledar", "lost")}, True),
    ("losing: to a named group", "The loss of Damasak to Boko Haram fighters forced thousands to flee.",
     {("Boko Haram", "Damasak", "controls")}, True),
    ("losing: a militia's", "The militia's loss of Gharyan to government forces ended its offensive.",
     {("Military Forces of Libya", "Gharyan", "controls"), ("Unidentified Armed Group (Libya)", "Gharyan", "lost")},
     True),
    ("losing, negative: losses of men", "The army suffered heavy losses near Djibo.",
     {("Military Forces of Burkina Faso", "Djibo", "lost")}, False),
    ("losing, negative: soldiers lost", "The loss of nine soldiers near Ramadi angered lawmakers.",
     {("Military Forces of Iraq", "Ramadi", "lost")}, False),
    # governing: a verb of governing a place (runs, administers, polices, holds sway over) holds it
    ("governing: runs", "Al-Shabaab now runs Barawe and collects taxes there.",
     {("al-Shabaab", "Baraawe", "controls")}, True),
    ("governing: run, plural", "Islamic State fighters run Raqqa.", {("Islamic State", "Ar Raqqah", "controls")}, True),
    ("governing: administers", "The militia now administers Sirte.",
     {("Unidentified Armed Group (Libya)", "Sirte", "controls")}, True),
    ("governing: police", "Houthi fighters police the streets of Sanaa.", {("Houthis", "Sanaa", "controls")}, True),
    ("governing: holds sway over a share", "The Taliban holds sway over much of Helmand.",
     {("Taliban", "Helmand", "partial")}, True),
    ("governing, negative: ran into", "Boko Haram fighters ran into an ambush near Bama.",
     {("Unidentified Armed Group (Nigeria)", "Bama", "controls")}, False),
    # changed hands: the side a change of hands goes to takes the place, the side it comes from loses it; naming no
    # side, it names no holder: no claim and no event (class `change_hands`; examples/README.md)
    ("changed hands: to", "Tal Afar changed hands to government troops on Thursday.",
     {("Military Forces of Iraq", "Tall ‘Afar", "controls")}, True),
    ("changed hands: from and to", "Malakal changed hands from the army to the rebels on Saturday.",
     {("Unidentified Armed Group (South Sudan)", "Malakal", "controls"), (SOUTH_SUDAN, "Malakal", "lost")}, True),
    ("changed hands: to, named group", "Kidal changed hands to Tuareg rebels on Friday.",
     {(MNLA, "Kidal", "controls")}, True),
    ("changed hands: to, a month", "Sirte changed hands to Islamic State fighters in February.",
     {("Islamic State", "Sirte", "controls")}, True),
    ("changed hands: to, government forces", "Saraqib changed hands to government forces on Monday.",
     {("Military Forces of Syria", "Saraqib", "controls")}, True),
    # left to: a pronoun a withdrawal's participle or conjunct leaves to a side stands for the ground the withdrawal
    # names, a share of it included (extract/control.py `_antecedent`)
    ("left to: districts", "Soldiers pulled out of Maungdaw's eastern districts, leaving them to the Arakan Army.",
     {("AA: Arakan Army", "Maungdaw", "partial")}, True),
    ("left to: quarters, handing", "The army abandoned the western quarters of Kidal on Monday, handing them to Tuareg "
     "rebels.", {(MNLA, "Kidal", "partial")}, True),
    ("left to: parts, ceding", "Police withdrew from parts of Gao, ceding them to jihadist fighters.",
     {("Unidentified Armed Group (Mali)", "Gao", "partial")}, True),
    ("left to: outskirts, conjunct", "Kurdish forces retreated from the outskirts of Raqqa and left them to Islamic "
     "State fighters.", {("Islamic State", "Ar Raqqah", "partial")}, True),
    ("left to: districts of, leaving", "Army units pulled out of the northern districts of Kidal, leaving them to "
     "jihadist fighters.", {("Unidentified Armed Group (Mali)", "Kidal", "partial")}, True),
    ("left to: the town", "Soldiers pulled out of Maungdaw on Sunday, leaving it to the Arakan Army.",
     {("AA: Arakan Army", "Maungdaw", "controls")}, True),
    ("left to, negative: a thing", "The rebels seized the trucks and drove them to Kidal.",
     {("Unidentified Armed Group (Mali)", "Kidal", "controls")}, False),
    # its spot: a flag raised over a spot "its" names is raised in the town its clause named before (`place_pronouns`)
    ("its spot: town hall", "Ukrainian units reached Kupiansk on Thursday and raised the national flag over its town "
     "hall.", {("Military Forces of Ukraine", "Kupyansk", "controls")}, True),
    ("its spot: main square", "Rebels entered Gao and hoisted their flag above its main square.",
     {("Unidentified Armed Group (Mali)", "Gao", "controls")}, True),
    ("its spot: hill", "Kurdish fighters stormed Kobani and planted their flag on its highest hill.",
     {("Unidentified Armed Group (Syria)", "‘Ayn al ‘Arab", "controls")}, True),
    ("its spot: compound", "Iraqi troops reached Fallujah on Sunday and raised the Iraqi flag over its government "
     "compound.", {("Military Forces of Iraq", "Al Fallūjah", "controls")}, True),
    ("its spot: prefecture", "Rebel fighters drove into Bossangoa and planted their flag above its prefecture.",
     {("Unidentified Armed Group (Central African Republic)", "Bossangoa", "controls")}, True),
    ("its spot, negative: the troops' own", "The army withdrew its troops from Kidal on Monday.",
     {(MALI, "Kidal", "controls")}, False),
]

CLAIMED = [
    # claimed it: the pronoun a claiming verb takes is a deed told before, never ground to contest (word tag `avowing`)
    ("after a suicide blast", "A suicide bomber struck a market in Kabul on Monday, killing 12. The Taliban claimed it "
     "hours later."),
    ("after an attack", "Gunmen attacked a church in Kaduna on Sunday. Boko Haram claimed it on Monday."),
    ("after a car bomb", "A car bomb exploded outside a hotel in Mogadishu. Al-Shabaab claimed it in a statement."),
    ("a second claim", "A bomb hit a bus in Quetta. Jamaat-ul-Ahrar claimed responsibility. Islamic State also claimed "
     "it later."),
    ("after an ambush", "Militants ambushed a convoy near Gao on Friday. JNIM claimed it."),
]


@pytest.mark.parametrize(("shape", "text"), CLAIMED, ids=[r[0] for r in CLAIMED])
def test_a_deed_claimed_is_no_ground_contested(extractor, shape, text):
    assert not [c for c in extract(extractor, text, PUBLISHED).control if c.status.value == "contested"]

NO_HOLDER = [
    ("several times", "Aleppo changed hands several times during the war."),
    ("on a day", "Saraqib changed hands on Monday."),
    ("twice", "Lyman has changed hands twice since the spring."),
]


@pytest.mark.parametrize(("shape", "text", "claims", "made"), ROWS, ids=[r[0] for r in ROWS])
def test_control_of_each_family(extractor, shape, text, claims, made):
    told = {(c.actor.name, c.place.name, c.status.value) for c in extract(extractor, text, PUBLISHED).control}
    assert (claims <= told) is made


@pytest.mark.parametrize(("shape", "text"), NO_HOLDER, ids=[r[0] for r in NO_HOLDER])
def test_a_change_of_hands_naming_no_side_names_no_holder(extractor, shape, text):
    read = extract(extractor, text, PUBLISHED)
    assert (read.control, read.events) == ([], [])


TERMS = [
    # one happening, one event: a deal its taking's clause is done under is that taking's terms, no Agreement beside it
    ("entered under the terms of the agreement", "Azerbaijani troops entered Aghdam on Friday under the terms of the "
     "ceasefire agreement.", ["Non-violent transfer of territory"]),
    ("entered under the peace agreement", "Ethiopian troops entered Humera on Sunday under the terms of the peace "
     "agreement.", ["Non-violent transfer of territory"]),
    ("moved in under a brokered deal", "Government forces moved into Daraa on Saturday under a deal brokered by "
     "Russia.", ["Non-violent transfer of territory"]),
    ("entered under an agreement signed", "Turkish troops entered Afrin on Monday under an agreement signed with "
     "Moscow.", ["Non-violent transfer of territory"]),
    ("moved in under the power-sharing agreement", "Government soldiers moved into Jowhar on Friday under the terms of "
     "the power-sharing agreement.", ["Non-violent transfer of territory"]),
    ("entered as part of a brokered deal", "Syrian troops entered Manbij on Monday as part of a deal brokered by "
     "Moscow.", ["Non-violent transfer of territory"]),
    ("handed over under the agreement", "Tuareg rebels handed Kidal to the Malian army on Sunday under the terms of "
     "the peace agreement.", ["Non-violent transfer of territory"]),
    ("took over under the deal", "Sudanese troops took over Abyei under the peace deal on Monday.",
     ["Non-violent transfer of territory"]),
    ("entered as the holder handed it back", "Azerbaijani troops entered Lachin as Armenian forces handed it back.",
     ["Non-violent transfer of territory"]),
    ("negative: a deal told by its own verb", "The two sides signed a ceasefire in Baku on Tuesday.", ["Agreement"]),
]


@pytest.mark.parametrize(("shape", "text", "types"), TERMS, ids=[r[0] for r in TERMS])
def test_a_taking_under_a_deal_is_one_event(extractor, shape, text, types):
    assert sorted(e.sub_event_type for e in extract(extractor, text, PUBLISHED).events) == types
