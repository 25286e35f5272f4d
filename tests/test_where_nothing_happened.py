"""Extra events with no happening behind them (issue 18, branch venue44). A recalled clause (a relative clause that
describes a noun) recalls what it goes on to tell too: its report, a clause hung on it, a verb sharing its subject
("families who fled X or were driven out", "an officer who had himself been kidnapped as a boy"). A place where
people speak or meet ("speaking to reporters in X", "envoys met in Y to discuss a truce") is where they talk, never
where the happening they tell took place, nor the town a later sentence's happening is at. A place that names a unit
("the X brigade", "a convoy of the Y regiment") is no place of its deeds. The same shapes told as news, and
happenings at such places, stay events."""

from __future__ import annotations

from datetime import date

import pytest
from extraction import extract, sub_event_types

PUBLISHED = date(2024, 5, 15)  # a Wednesday

RECALLED_GOES_ON = [
    ("aux-kidnapped", "ADEN, May 15 - The governor, a former officer who had himself been kidnapped by militants as "
     "a young man, opened the new port on Tuesday."),
    ("aux-shot", "BAMAKO, May 15 - The new mayor, a trader who had himself been shot by bandits on a road as a "
     "young man, took office on Tuesday."),
    ("conj-driven", "Families who left Tawila or were driven out of the camps by the militia now live in tents near "
     "El Fasher, aid workers said."),
    ("conj-ambushed", "Villagers who ran from Kidal and were ambushed by gunmen on the way have settled in Gao, "
     "the mayor said."),
    ("conj-shelled", "Farmers who fled Kherson and were shelled on the road have rebuilt their homes in Mykolaiv, "
     "the mayor said."),
    ("conj-burned", "Traders whose shops were looted and burned by soldiers have reopened in Bamenda, residents "
     "said."),
]


@pytest.mark.parametrize("text", [t for _, t in RECALLED_GOES_ON], ids=[i for i, _ in RECALLED_GOES_ON])
def test_what_a_recalled_clause_goes_on_to_tell_is_no_event(extractor, text):
    assert sub_event_types(extractor, text, PUBLISHED) == []


RECALLED_AS_NEWS = [
    ("news-kidnapped", "ADEN, May 15 - Militants kidnapped the governor, a former officer, near Aden on Tuesday.",
     ["Abduction/forced disappearance"]),
    ("news-ambushed", "Gunmen ambushed villagers on the road out of Kidal on Monday, the mayor said.", ["Attack"]),
    ("news-robbed", "Bandits attacked herders near Jos on Monday and stole their cattle, officials said.",
     ["Attack"]),
    ("news-shelled", "Russian artillery shelled farmers on the road out of Kherson on Tuesday, the mayor said.",
     ["Shelling/artillery/missile attack"]),
    ("news-relative-day", "Soldiers who looted shops in Bamenda on Monday also burned a market there, residents "
     "said.", ["Looting/property destruction"]),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in RECALLED_AS_NEWS],
                         ids=[i for i, _, _ in RECALLED_AS_NEWS])
def test_the_same_happenings_told_as_news_stay_events(extractor, text, expected):
    assert sub_event_types(extractor, text, PUBLISHED) == expected


NOT_THE_PLACE = [
    # (id, report, a place where nothing it tells happened)
    # where people only speak or meet
    ("venue-speaking", "Speaking to journalists in Nairobi on Tuesday, the army spokesman said militants had attacked "
     "a base in Lower Shabelle on Monday.", "Nairobi"),
    ("venue-speaking-bare", "Speaking in Kampala on Monday, the commander said rebels shelled villages in North Kivu "
     "on Sunday.", "Kampala"),
    ("venue-talking", "Talking to reporters in Islamabad, the governor said a roadside bomb hit a police van in South "
     "Waziristan on Monday.", "Islamabad"),
    ("venue-sat-to-discuss", "Mediators sat down with both delegations in Mombasa on Monday to discuss a truce. "
     "Drones struck a market in the region on Sunday.", "Mombasa"),
    ("venue-met-to-weigh", "The two sides met in Arusha on Tuesday to weigh a ceasefire. Militiamen attacked a cattle "
     "camp on Monday, killing six herders, local officials said.", "Arusha"),
    ("venue-negotiating", "Negotiating in Jeddah on Monday, the envoys said drones hit a market in North Darfur on "
     "Sunday, killing nine.", "Jeddah"),
    # a town a unit is named after
    ("unit-brigade", "Soldiers of the Odesa brigade repelled an attack on their positions on Tuesday, the army said.",
     "Odesa"),
    ("unit-regiment", "The Kandahar regiment fought Taliban fighters through the night, officials said.", "Kandahār"),
    ("unit-battalion", "A company of the Timbuktu battalion was ambushed on Monday, the army said, and four soldiers "
     "were killed.", "Timbuktu"),
    ("unit-militiamen-of", "Militiamen of the Tripoli brigade clashed with a rival group on Sunday, residents said.",
     "Tripoli"),
    ("unit-convoy-of", "Gunmen attacked a convoy of the Gao regiment on Tuesday, killing four soldiers.", "Gao"),
]


@pytest.mark.parametrize(("text", "place"), [r[1:] for r in NOT_THE_PLACE], ids=[r[0] for r in NOT_THE_PLACE])
def test_a_place_where_nothing_happened_places_no_event(extractor, text, place):
    events = extract(extractor, text, PUBLISHED).events
    assert events and place not in {e.place.name for e in events if e.place}


AT_THE_PLACE = [
    # (id, report, the town where the happening took place)
    ("speaker-elsewhere", "Gunmen opened fire on worshippers in Kaduna on Sunday, police speaking in Abuja said.",
     "Kaduna"),
    ("sitting-at", "Soldiers sitting at a checkpoint in Bunia were shot dead on Monday, the army said.", "Bunia"),
    ("meeting-hit", "A car bomb exploded outside a hotel in Mogadishu on Monday where envoys were meeting.",
     "Mogadishu"),
    ("told-reporters", "Rebels shelled Goma on Sunday, the minister told reporters in Kinshasa.", "Goma"),
    ("meeting-attacked", "Militants attacked a peace meeting in Maiduguri on Monday, killing four delegates.",
     "Maiduguri"),
    ("meeting-raided", "Police stormed a hall where opposition members were meeting in Kisumu on Sunday, arresting "
     "13 people.", "Kisumu"),
    ("unit-base-in", "Soldiers repelled an attack on the Odesa brigade's base in Mykolaiv on Tuesday.", "Mykolayiv"),
    ("unit-fought-in", "The Kandahar regiment fought Taliban fighters in Helmand through the night, officials said.",
     "Helmand"),
    ("unit-clashed-in", "The Tripoli brigade clashed with a rival group in Zawiya on Sunday.", "Zawiya"),
    ("unit-numbered", "Troops of the 72nd brigade repelled an assault on Vuhledar on Tuesday.", "Vuhledar"),
    ("unit-army-near", "Gunmen attacked a convoy of the army near Gao on Tuesday, killing four soldiers.", "Gao"),
]


@pytest.mark.parametrize(("text", "town"), [r[1:] for r in AT_THE_PLACE], ids=[r[0] for r in AT_THE_PLACE])
def test_a_happening_at_such_a_place_keeps_it(extractor, text, town):
    assert town in {e.place.name for e in extract(extractor, text, PUBLISHED).events if e.place}
