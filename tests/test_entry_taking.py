"""An entry told as a taking (issue 18): a move into a place with a sign the place was won in its clause (nobody
resisted, the defenders withdrew, fled or surrendered as or before it) is a taking and a hold; an entry into a part or
into a fight that goes on is a contest, never a taking."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract

PUBLISHED = date(2024, 5, 13)
TAKINGS = {"Government regains territory", "Non-state actor overtakes territory"}
UNFOUGHT = {"Non-violent transfer of territory"}  # an entry nobody resisted changes hands without a fight (ACLED)

WON = [
    # motion into a place (data/en/predicates.yaml `enter`) with a withdrawal, flight or surrender told in a clause of
    # time on it (frames/adjuncts.yaml: the retreat leaves the place entered), a battle's taking, or an unopposed manner
    # (arguments.yaml), a non-violent transfer
    ("moved, after a withdrawal", "M23 rebels moved into Rutshuru on Friday after the army withdrew.",
     ("M23", "Rutshuru", "controls"), TAKINGS),
    ("rode, unopposed, said", "Ethiopian troops rode into Shire unopposed on Sunday, the government said.",
     ("Military Forces of Ethiopia", "Shire", "controls"), UNFOUGHT),
    ("poured, after a surrender", "Houthi fighters poured into Marib city on Tuesday after the government forces "
     "surrendered.", ("Houthis", "Marib City", "controls"), TAKINGS),
    ("rode, as they fled, said", "Al-Shabaab fighters rode into Baidoa on Tuesday as Somali troops fled, residents "
     "said.", ("al-Shabaab", "Baidoa", "controls"), TAKINGS),
    ("streamed, once they pulled out, claimed", "JNIM fighters streamed into Djibo on Monday once the soldiers pulled "
     "out, a local official claimed.", ("JNIM", "Djibo", "controls"), TAKINGS),
    ("rolled, hardly a shot fired", "TPLF fighters rolled into Alamata on Saturday with hardly a shot fired.",
     ("Tigray People's Liberation Front", "Alamata", "controls"), UNFOUGHT),
    ("rolled, barely a shot fired, said", "Kachin Independence Army fighters rolled into Bhamo on Saturday with barely "
     "a shot fired, the group said.", ("KIA: Kachin Independence Army", "Bhamo", "controls"), UNFOUGHT),
]


@pytest.mark.parametrize(("shape", "text", "claim", "types"), WON, ids=[r[0] for r in WON])
def test_an_entry_told_as_won_is_a_taking(extractor, shape, text, claim, types):
    result = extract(extractor, text, PUBLISHED)
    assert claim in {(c.actor.name, c.place.name, c.status.value) for c in result.control}
    assert {(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in result.events} & {
        (t, claim[0]) for t in types}


FOUGHT = [
    # an entry into a part of a place, or into a fight told going on: a contest, no taking
    ("outskirts", "Russian forces entered the outskirts of Kupiansk on Monday.", "Kupyansk"),
    ("districts, as fighting continued", "Ukrainian troops pushed into the eastern districts of Bakhmut as heavy "
     "fighting continued.", "Bakhmut"),
    ("as battles raged", "M23 rebels entered Goma on Sunday as battles raged with the army.", "Goma"),
    ("a part, where clashes continued", "Rebels moved into the southern part of Lashio on Friday, where clashes "
     "continued.", "Lashio"),
    ("as fighting raged, said", "Russian troops pushed into Avdiivka on Friday as fighting raged, the army said.",
     "Avdiyivka"),
]


@pytest.mark.parametrize(("shape", "text", "place"), FOUGHT, ids=[r[0] for r in FOUGHT])
def test_an_entry_into_a_fight_is_no_taking(extractor, shape, text, place):
    result = extract(extractor, text, PUBLISHED)
    assert not {e.sub_event_type for e in result.events} & TAKINGS
    assert not [c for c in result.control if c.place.name == place and c.status.value == "controls"]


RAIDS = [
    # an entry told with harm done to people who bear no arms (killed, wounded, beaten, abducted: the table's `raiding`
    # classes, coordinated with the entry or a participle on it) is a raid: it contests no place; an entry told with a
    # fight, or with harm done to an armed side, stays a contest
    ("beheaded", "Gunmen entered Bama on Tuesday and beheaded two fishermen.",
     ("Unidentified Armed Group (Nigeria)", "Bama", "contested"), False),
    ("participle, killing", "Two armed men walked into Tillaberi at dusk and fired on three houses, killing four "
     "villagers.", ("Unidentified Armed Group (Niger)", "Tillabéri", "contested"), False),
    ("abducted, said", "Insurgents entered Gwoza overnight and abducted twelve women, residents said.",
     ("Unidentified Armed Group (Nigeria)", "Gwoza", "contested"), False),
    ("wounding", "Militiamen pushed into Djugu on Sunday, wounding several farmers with machetes.",
     ("Unidentified Armed Group (Democratic Republic of Congo)", "Djugu", "contested"), False),
    ("reportedly, murdered", "Bandits reportedly rode into Zurmi on motorbikes and murdered a village head.",
     ("Unidentified Armed Group (Nigeria)", "Zurmi", "contested"), False),
    ("guard: a fight", "Fighters entered Bama and clashed with soldiers.",
     ("Unidentified Armed Group (Nigeria)", "Bama", "contested"), True),
    ("guard: soldiers killed", "Militants entered Gwoza on Friday and killed five soldiers.",
     ("Unidentified Armed Group (Nigeria)", "Gwoza", "contested"), True),
]


@pytest.mark.parametrize(("shape", "text", "claim", "made"), RAIDS, ids=[r[0] for r in RAIDS])
def test_an_entry_that_harms_the_unarmed_is_a_raid(extractor, shape, text, claim, made):
    result = extract(extractor, text, PUBLISHED)
    assert (claim in {(c.actor.name, c.place.name, c.status.value) for c in result.control}) is made
