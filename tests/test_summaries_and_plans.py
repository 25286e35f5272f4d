"""Happenings stored though no event is told (issue 18, branch extra46: precision):

- a happening's noun measured over a period of more than a week ("after two weeks of fighting", "months of clashes":
  `reference_of` and the units of time.yaml/dates.yaml) sums up a span, as a present perfect over such a span does
  (`DocumentContext.lasting`): no event; a span of a week or less ("two days of fighting left 30 dead") is told;
- but a period a subject marks that day is that day's happening ("marked 500 days of protest with prayers": `marking`
  in time.yaml, branch extra47);
- a habit told in the present perfect over more than a week is no event in a conjunct with its own auxiliary too ("X
  is the capital and has been shelled daily since the truce collapsed in 2019"), while one since a day this week is;
- a happening kept going or raised by its subject ("would keep up its shelling", "will step up air strikes": `support`
  in predicates.yaml) is told through that verb, and so takes its mood: planned or possible, no event; done, one;
- a happening's noun told by how often it recurs ("the truce is holding, with sporadic shelling") with no date nor
  verb of its own sums up a period: no event (branch extra53); on a day, or beside a fight, it is told."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 15)  # a Wednesday


def _events(extractor, text: str) -> list[str]:
    return [e.sub_event_type for e in extract(extractor, text, PUBLISHED).events]


SPANS = [
    ("weeks-between", "Residents of Sittwe went home after two weeks of fighting between the junta and the Arakan "
                      "Army."),
    ("weeks-heavy", "Shops in Goma reopened on Monday after three weeks of heavy fighting around the town."),
    ("weeks-bare", "Residents returned to Sirte on Monday after six weeks of fighting."),
    ("a-month-fronted", "After a month of shelling, the hospital in Avdiivka closed on Monday."),
    ("months-object", "The truce ended months of clashes between herders and farmers around Jos."),
    ("weeks-plural-noun", "The talks follow weeks of air strikes on rebel-held villages near Kidal."),
]



SHORT_SPANS = [
    # (report, its one event): a span of a week or less tells the happening, and a period of no happening none
    ("two-days", "Two days of fighting around Goma left 30 dead on Monday.", "Armed clash"),
    ("three-days", "Three days of clashes between the army and rebels in Bunia killed 12 people.", "Armed clash"),
    ("a-week", "A week of shelling on Avdiivka killed nine civilians, officials said on Monday.",
     "Shelling/artillery/missile attack"),
    ("hours", "Hours of fighting around the airport in Tripoli left five dead on Monday.", "Armed clash"),
    ("weeks-of-calm", "Gunmen ambushed a convoy near Gao on Monday after two weeks of calm.", "Armed clash"),
]



MARKED = [
    # (report, its one event): the period is the object of a verb of marking its subject does that day
    ("days-prayers", "Villagers in Tigray marked 500 days of protest with prayers on Monday.", "Peaceful protest"),
    ("thousand-days", "Mothers of the missing in Colombo observed 1,000 days of protest with silent prayers on "
                      "Sunday.", "Peaceful protest"),
    ("a-year", "Farmers near Amritsar marked a year of protest with prayers on Monday.", "Peaceful protest"),
    ("two-years", "Relatives of detainees in Cairo marked two years of protest with readings on Friday.",
     "Peaceful protest"),
    ("weeks-silence", "Dockers in Mombasa observed six weeks of protest with a minute of silence on Thursday.",
     "Peaceful protest"),
]



PLANNED = [
    ("carry-on", "Rebel commanders said their fighters had left Kismayo and would carry on the fight from the bush."),
    ("keep-up", "The militia said on Monday it had pulled back to positions east of Bunia and would keep up its "
                "shelling of army lines."),
    ("step-up", "The army said it would step up air strikes on rebel positions around Kidal."),
    ("ramp-up", "The army will ramp up its shelling of rebel trenches near Bakhmut, a spokesman said."),
    ("carry-on-shelling", "Separatist commanders said they would carry on the shelling of army lines near Donetsk."),
    ("will-keep-up", "The junta will keep up air strikes on resistance villages in Magway, state media said."),
    ("pursue", "The rebels said they would pursue the fight against the army in the hills around Bamenda."),
]



KEPT_UP = [
    ("stepped-up", "The army stepped up air strikes on rebel positions around Kidal on Monday.", "Air/drone strike"),
    ("kept-up", "The militia kept up its shelling of Bunia on Tuesday, killing two.",
     "Shelling/artillery/missile attack"),
    ("kept-up-strikes", "Jets kept up their air strikes on Kidal on Monday, killing four.", "Air/drone strike"),
    ("sustained", "Insurgents sustained their attacks on the army base near Gao on Monday.", "Armed clash"),
    ("will-keep-up-after-done", "Rebels shelled Bunia on Monday and said they would keep up the shelling.",
     "Shelling/artillery/missile attack"),
]



HABITS = [
    ("since-a-clause-daily", "Idlib is the last rebel stronghold and has been shelled almost daily since the truce "
                             "collapsed in 2019."),
    ("since-a-clause-weekly", "Sittwe is the state capital and has been bombarded every week since the fighting "
                              "resumed in 2023."),
    ("no-place-named", "The port handles most imports and has been struck by drones many times since the rebels took "
                       "the hills in 2021."),
    ("since-a-year", "Beni is a trading hub and has been attacked by militiamen dozens of times since 2014."),
    ("compared", "Goma sits on the lake and has been shelled by the rebels more than any other town since they "
                 "rearmed in 2021."),
]



TOLD_IN_A_CONJUNCT = [
    ("past", "Idlib is the last rebel stronghold and was shelled on Monday, killing three.",
     "Shelling/artillery/missile attack"),
    ("perfect-since-sunday", "Sittwe is the state capital and has been bombarded since Sunday, residents said.",
     "Shelling/artillery/missile attack"),
    ("raided", "Bamenda lies in the north-west and was raided by separatists on Sunday.", "Armed clash"),
    ("by-rebels", "Goma sits on the lake and was shelled by the rebels on Tuesday.",
     "Shelling/artillery/missile attack"),
    ("perfect-since-monday", "Avdiivka is a front-line town and has been shelled since Monday, officials said.",
     "Shelling/artillery/missile attack"),
]


RECURRING = [  # a happening's noun told by how often it recurs, with no date nor verb of its own: a summary of a
    # period (`recurring` in time.yaml, branch extra53; study gold18's snapshot "truce ... with sporadic shelling")
    ("with-sporadic", "Monitors report that the ceasefire is largely holding, with sporadic shelling."),
    ("with-intermittent", "The ceasefire in Hodeidah is mostly holding, with intermittent shelling."),
    ("quiet-occasional", "Residents say the town is quiet, with occasional mortar fire on its outskirts."),
    ("calm-this-week", "Relief workers say the front near Kherson has been calm this week, with occasional artillery "
                       "fire."),
    ("tense-clashes", "The situation in Bentiu remains tense, with intermittent clashes between youth groups."),
]

TOLD_RECURRING_ON_A_DAY = [  # dated, or told through a verb of its own: news
    ("sporadic-on-monday", "Sporadic shelling hit Avdiivka on Monday, killing two civilians.",
     "Shelling/artillery/missile attack"),
    ("beside-a-fight", "Troops and rebels exchanged fire near Kalehe on Sunday, with sporadic shelling through the "
                       "night.", "Armed clash"),
]

NO_EVENT = [(f"{table}-{i}", text) for table, rows in (
    ("span", SPANS), ("plan", PLANNED), ("habit", HABITS), ("recurring", RECURRING)) for i, text in rows]
TOLD = [(f"{table}-{i}", text, sub) for table, rows in (
    ("span", SHORT_SPANS), ("marked", MARKED), ("kept-up", KEPT_UP), ("conjunct", TOLD_IN_A_CONJUNCT),
    ("recurring-dated", TOLD_RECURRING_ON_A_DAY)) for i, text, sub in rows]


@pytest.mark.parametrize("text", [t for _, t in NO_EVENT], ids=[i for i, _ in NO_EVENT])
def test_a_summary_a_plan_or_a_habit_is_no_event(extractor, text):
    assert _events(extractor, text) == []


@pytest.mark.parametrize(("text", "sub_event_type"), [r[1:] for r in TOLD], ids=[r[0] for r in TOLD])
def test_the_nearest_shape_told_as_done_this_week_is_one_event(extractor, text, sub_event_type):
    assert _events(extractor, text) == [sub_event_type]
