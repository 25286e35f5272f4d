"""Scoring the extractor against ACLED-coded notes: name forms, actor matching, per-note scores."""

from __future__ import annotations

import json
from datetime import date

import pytest

from frontwatch.errors import InputError
from frontwatch.evaluate.coded_notes import (
    CodedNote,
    acled_name_forms,
    actor_matches,
    actor_matches_any_country,
    coded_kind,
    load_coded_notes,
    score_note,
    scored_forms,
    summarise,
)
from frontwatch.model import Actor, DateSpan, Document, EventFact, Evidence, Extraction, Place, TimePrecision
from frontwatch.resolve.actors import ActorRegistry
from frontwatch.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


@pytest.mark.parametrize(
    ("coded", "forms"),
    [
        ("Military Forces of Nigeria (2015-)", ["Military Forces of Nigeria"]),
        ("Military Forces of Libya (2016-) Presidential Guard", ["Military Forces of Libya"]),
        ("Police Forces of Kenya (2013-2022)", ["Police Forces of Kenya"]),
        ("Civilians (Nigeria)", ["Civilians (Nigeria)"]),
        ("NDC-R: Nduma Defence of Congo (Renewal)", ["NDC-R: Nduma Defence of Congo (Renewal)", "NDC-R",
                                                     "Nduma Defence of Congo (Renewal)"]),
    ],
)
def test_acled_name_forms_drop_dates_and_split_abbreviations(coded, forms):
    assert acled_name_forms(coded) == forms


@pytest.mark.parametrize(
    ("coded", "forms"),
    [
        ("Military Forces of Chad (2021-) Republican Guard", ["Military Forces of Chad Republican Guard"]),
        ("Police Forces of Uganda (1986-) Special Forces Command", ["Police Forces of Uganda Special Forces Command"]),
        ("Military Forces of Mali (2021-)", ["Military Forces of Mali"]),
        ("Rioters (Zambia)", ["Rioters (Zambia)"]),
    ],
)
def test_scored_forms_keep_the_unit_after_the_date(coded, forms):
    assert scored_forms(coded) == forms


@pytest.mark.parametrize(
    ("coded", "predicted", "expected"),
    [
        # a unit after the date is another actor than the state's forces it belongs to, both ways
        ("Military Forces of Chad (2021-) Republican Guard", Actor("Military Forces of Chad", inter_code=1), False),
        ("Military Forces of Chad (2021-)",
         Actor("Military Forces of Chad", aliases=("Military Forces of Chad (2021-) Republican Guard",), inter_code=1),
         True),
        ("Military Forces of Chad (2021-) Republican Guard",
         Actor("Guards", aliases=("Military Forces of Chad (2021-) Republican Guard",), inter_code=1), True),
        ("Military Forces of Nigeria (2015-)", Actor("Military Forces of Nigeria", inter_code=1), True),
        ("Civilians (Kenya)", Actor("Civilians (Kenya)", inter_code=7), True),
        ("Protesters (Kenya)", Actor("Protesters (Kenya)", inter_code=6), True),
        ("Unidentified Armed Group (Nigeria)", Actor("Unidentified Armed Group (Nigeria)", inter_code=2), True),
        ("Al Shabaab", Actor("al-Shabaab", inter_code=2), True),
        ("Civilians (Kenya)", Actor("Civilians (Somalia)", inter_code=7), False),
        ("Police Forces of Kenya (2013-)", Actor("Military Forces of Kenya", inter_code=1), False),
        ("Protesters (Kenya)", None, False),
        ("", Actor("Civilians (Kenya)", inter_code=7), False),
    ],
)
def test_actor_matching_compares_names_not_types(registry, coded, predicted, expected):
    assert actor_matches(coded, predicted, registry) is expected


@pytest.mark.parametrize(
    ("coded", "predicted", "expected"),
    [
        ("Protesters (Kenya)", Actor("Protesters", inter_code=6), True),
        ("Military Forces of Nigeria (2015-)", Actor("Military Forces", inter_code=1), True),
        ("Military Forces of Nigeria (2015-)", Actor("Military Forces of Chad", inter_code=1), True),
        ("Protesters (Kenya)", Actor("Rioters (Kenya)", inter_code=5), False),
        ("Police Forces of Kenya (2013-)", Actor("Military Forces", inter_code=1), False),
        ("Military Forces of Chad (2021-) Republican Guard", Actor("Military Forces of Niger", inter_code=1), False),
    ],
)
def test_looser_actor_figure_ignores_only_the_country(coded, predicted, expected):
    assert actor_matches_any_country(coded, predicted) is expected


def test_actor_matching_goes_through_registry_aliases(registry):
    isil = registry.get("ISIS")
    assert isil is not None
    assert actor_matches("Islamic State (Iraq)", isil, registry) is False  # a different ACLED actor name
    assert actor_matches("ISIL: Islamic State", Actor(isil.name, inter_code=2), registry)


def _note(**changes) -> CodedNote:
    base = dict(id="s:1", source="s", split="heldout", text="t", label="ARMED_CLASH",
                actor1="Military Forces of Kenya (2013-)", actor2="Al Shabaab", latitude=-1.0, longitude=37.0,
                event_date="2016-07-01", fatalities=2, country="Kenya")
    base.update(changes)
    return CodedNote(**base)


def _event(**changes) -> EventFact:
    base = dict(event_type="Battles", sub_event_type="Armed clash", evidence=Evidence("d", 0, 1, "t"),
                actor1=Actor("Military Forces of Kenya", inter_code=1),
                place=Place("P", -1.1, 37.05), date=DateSpan(date(2016, 7, 1), date(2016, 7, 1), TimePrecision.DAY),
                fatalities_low=2)
    base.update(changes)
    return EventFact(**base)


def _extraction(*events: EventFact) -> Extraction:
    return Extraction(document=Document(id="d", text="t", origin="d"), events=list(events))


def test_a_fully_right_extraction_scores_every_criterion(registry):
    score = score_note(_note(), _extraction(_event()), registry, load_taxonomy())
    assert (score.found, score.sub_type, score.actor1, score.place, score.date, score.fatalities) == (
        True, True, True, True, True, True)


@pytest.mark.parametrize(
    ("changes", "criterion"),
    [
        ({"place": Place("Far", 1.0, 37.0)}, "place"),
        ({"date": DateSpan(date(2016, 7, 1), date(2016, 7, 31), TimePrecision.MONTH)}, "date"),
        ({"fatalities_low": 3}, "fatalities"),
        ({"actor1": Actor("Civilians (Kenya)", inter_code=7)}, "actor1"),
        ({"sub_event_type": "Attack", "event_type": "Violence against civilians"}, "sub_type"),
    ],
)
def test_each_wrong_argument_fails_only_its_criterion(registry, changes, criterion):
    score = score_note(_note(), _extraction(_event(**changes)), registry, load_taxonomy())
    wrong = {k for k in ("sub_type", "actor1", "place", "date", "fatalities") if getattr(score, k) is False}
    assert wrong == {criterion}
    assert score.actor1_any_country is (criterion != "actor1")


def test_no_figure_counts_as_zero_fatalities(registry):
    score = score_note(_note(fatalities=0), _extraction(_event(fatalities_low=None)), registry, load_taxonomy())
    assert score.fatalities is True


def test_the_event_of_the_coded_sub_type_is_the_one_scored(registry):
    other = _event(event_type="Protests", sub_event_type="Peaceful protest", actor1=None)
    score = score_note(_note(), _extraction(other, _event()), registry, load_taxonomy())
    assert score.sub_type and score.actor1


def test_no_event_fails_all_and_summary_counts_shares(registry):
    missed = score_note(_note(), _extraction(), registry, load_taxonomy())
    hit = score_note(_note(), _extraction(_event()), registry, load_taxonomy())
    acc = summarise([missed, hit])
    assert (acc.notes, acc.found, acc.place, acc.fatalities) == (2, 0.5, 0.5, 0.5)


def test_corpus_reader_filters_split_and_rejects_bad_lines(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [_note(id=f"s:{i}", split=split) for i, split in enumerate(["train", "dev", "dev", "heldout"])]
    path.write_text("\n".join(json.dumps(r.__dict__) for r in rows) + "\n", encoding="utf-8")
    assert [n.id for n in load_coded_notes(path, "dev")] == ["s:1", "s:2"]
    assert len(load_coded_notes(path, "dev", limit=1)) == 1
    with pytest.raises(InputError):
        load_coded_notes(path, "test")
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        load_coded_notes(path)


@pytest.mark.parametrize(
    ("coded", "country", "kind"),
    [
        ("Military Forces of Ghana (2017-)", "Ghana", "state"),
        ("Police Forces of Zambia (2021-)", "Zambia", "police"),
        ("Military Forces of Rwanda (2000-)", "Mozambique", "state, foreign"),
        ("Rioters (Malawi)", "Malawi", "rioters"),
        ("Protesters (Senegal)", "Senegal", "protesters"),
        ("Civilians (Niger)", "Niger", "civilians"),
        ("Unidentified Armed Group (Cameroon)", "Cameroon", "armed group"),
        ("Boko Haram", "Niger", "rebel"),
    ],
)
def test_coded_kind_is_the_registry_kind(registry, coded, country, kind):
    assert coded_kind(coded, country, registry) == kind


def test_coded_kind_of_a_period_name_is_the_groups_unless_a_states_forces(registry):
    assert coded_kind("Military Forces of Yemen (2016-) Supreme Political Council", "Yemen", registry) == "rebel"
    assert coded_kind("Military Forces of South Sudan (2011-)", "South Sudan", registry) == "state"
