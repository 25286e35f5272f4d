"""The language pack and the frame table: knowledge as data, validated on load with errors that name
the file and the problem; the table's choice of a frame's code."""

from __future__ import annotations

import importlib.util
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from frontwatch import language
from frontwatch.errors import RegistryError
from frontwatch.extract.table import TABLE_FILE, load_table
from frontwatch.language import leaves, pack_dir, word_book
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.patterns import _validate, load_patterns


def test_every_pack_file_reads():
    names = [p.stem for p in pack_dir().glob("*.yaml")]
    assert {"predicates", "attribution", "modality", "weapons", "arguments", "quantities", "dates"} <= set(names)
    for name in names:
        assert word_book(name).data


def test_a_missing_or_malformed_list_is_named(tmp_path: Path):
    book = word_book("modality")
    with pytest.raises(RegistryError, match="no entry 'nonexistent'"):
        book.words("nonexistent")
    with pytest.raises(RegistryError, match="must be a list of words"):
        word_book("attribution").words("verbs")


_DROP = object()


@pytest.mark.parametrize(("module", "book", "key", "value", "problem"), [
    ("resolve.dates", "dates", "previous_unit", _DROP, "no entry 'previous_unit'"),
    ("resolve.dates", "dates", "earlier_in_unit", _DROP, "no entry 'earlier_in_unit'"),
    ("resolve.dates", "dates", "day_rewrites", _DROP, "no entry 'day_rewrites'"),
    ("resolve.dates", "dates", "trailing", {"past": 1}, "'trailing' must be a list of words"),
    ("resolve.dates", "dates", "interval_joiners", ["to", "until"], "'interval_joiners' must map words to values"),
    ("resolve.dates", "dates", "relative_days", {"today": "zero"}, "'relative_days' must map words to whole numbers"),
    ("resolve.dates", "dates", "single_counts", [True], "'single_counts' must be a list of words"),
    ("resolve.dates", "dates", "loose_count", ["a couple", "several"], "'loose_count' must list exactly one phrase"),
    ("resolve.geo_spans", "place_names", "name_connectors", _DROP, "no entry 'name_connectors'"),
    ("resolve.geo_spans", "place_names", "articles", "the", "'articles' must be a list of words"),
    ("resolve.geo_spans", "place_names", "statement_words", {"lies": "yes"},
     "'statement_words' must be a list of words"),
    ("extract.context", "time", "unit_days", {"days": 1}, "time.yaml: 'unit_days' maps days, not among day, "),
])
def test_a_reader_refuses_a_pack_missing_or_misshaping_a_role(monkeypatch, tmp_path: Path, module, book, key,
                                                                value, problem):
    raw = yaml.safe_load((pack_dir() / f"{book}.yaml").read_text(encoding="utf-8"))
    assert key in raw  # the row names a role the shipped pack has
    if value is _DROP:
        del raw[key]
    else:
        raw[key] = value
    shutil.copytree(pack_dir(), tmp_path / language.LANGUAGE)  # the rest of the pack as shipped
    (tmp_path / language.LANGUAGE / f"{book}.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True),
                                                               encoding="utf-8")
    monkeypatch.setattr(language, "DATA_DIR", tmp_path)
    _refused_on_import(module, problem, word_book)


def _refused_on_import(module: str, problem: str, reader) -> None:
    """A fresh copy of a module (the imported one stays as it is) refuses what `reader` (cleared) reads."""
    reader.cache_clear()
    spec = importlib.util.find_spec(f"frontwatch.{module}")
    assert spec is not None and spec.loader is not None
    fresh = importlib.util.module_from_spec(spec)
    try:
        with pytest.raises(RegistryError, match=problem):
            spec.loader.exec_module(fresh)
    finally:
        reader.cache_clear()


@pytest.mark.parametrize(("module", "section", "key", "value", "problem"), [
    ("extract.context", "dates", "clause_steps_far", _DROP, "'dates' names no clause_steps_far"),
    ("extract.context", "dates", "after_days", "two weeks", "'dates' must map words to whole numbers"),
    ("extract.control", "places", "left_days", 1.5, "'places' must map words to whole numbers"),
    ("extract.doc_actors", "actors", "backing_words", _DROP, "'actors' names no backing_words"),
    ("extract.quantities", "quantities", "control_reach_chars", _DROP, "names no control_reach_chars"),
    ("extract.merge", "merge", "retold_note_chars", True, "'merge' must map words to whole numbers"),
    ("extract.events", "events", "opening_words", _DROP, "'events' names no opening_words"),
    ("extract.extractor", "parsing", "parse_batch", _DROP, "'parsing' names no parse_batch"),
    ("reading.pipeline", "parsing", "min_name_tokens", [3], "'parsing' must map words to whole numbers"),
    ("reading.patterns", "parsing", "default_pattern_rank", _DROP, "names no default_pattern_rank"),
])
def test_a_reader_refuses_settings_missing_or_misshaping_a_number(monkeypatch, tmp_path: Path, module, section, key,
                                                                  value, problem):
    raw = yaml.safe_load(language.SETTINGS_FILE.read_text(encoding="utf-8"))
    assert key in raw[section]  # the row names a number the shipped settings have
    if value is _DROP:
        del raw[section][key]
    else:
        raw[section][key] = value
    (path := tmp_path / "settings.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    monkeypatch.setattr(language, "SETTINGS_FILE", path)
    _refused_on_import(module, problem, language._settings)


def test_every_extraction_setting_is_read_by_name():
    raw = yaml.safe_load(language.SETTINGS_FILE.read_text(encoding="utf-8"))
    source = "".join(p.read_text(encoding="utf-8") for p in Path(language.__file__).parent.rglob("*.py"))
    assert [f"{section}.{key}" for section, numbers in raw.items() for key in numbers if f'"{key}"' not in source] == []


@pytest.mark.parametrize(("one", "other"), [
    # lists a reader takes together: each word is written in one of them only
    (("quantities", "distance_units"), ("quantities", "units")),  # a count's measures; a locator's distances
    (("quantities", "non_count_nouns"), ("quantities", "units")),
    (("quantities", "non_count_nouns"), ("quantities", "distance_units")),
    (("quantities", "non_count_nouns"), ("dates", "units")),
    (("arguments", "unrest"), ("arguments", "rioting")),  # a crowd's own violence is unrest too
    (("quantities", "vague_counts"), ("numbers", "vague_plurals")),  # a count's first word: "hundreds", "a dozen"
    (("arguments", "measures"), ("quantities", "vague_counts")),  # "hundreds of fighters"
    (("arguments", "measures"), ("numbers", "vague_plurals")),
    (("arguments", "measures"), ("arguments", "shares")),  # "half of the weapons"
    (("arguments", "partial"), ("arguments", "shares")),  # "most of the city"
    (("quantities", "settlements"), ("arguments", "town_nouns")),  # "a town of 20,000 people"
    (("reference", "quantifiers"), ("quantities", "vague_counts")),  # "hundreds of militants"
    (("reference", "quantifiers"), ("numbers", "vague_plurals")),
])
def test_lists_read_together_write_each_word_once(one, other):
    words = [word_book(book).section(key) for book, key in (one, other)]
    assert not {str(w).lower() for w in words[0]} & {str(w).lower() for w in words[1]}


def test_every_lexicon_class_is_in_the_frame_table():
    lexicon, table = load_lexicon(), load_table()
    assert set(lexicon.verbs.values()) | set(lexicon.nouns.values()) <= set(table.classes)
    assert {lv.cls for lv in lexicon.light} <= set(table.classes)


@pytest.mark.parametrize(("raw", "problem"), [
    ({"name": "x", "pattern": []}, "non-empty 'pattern'"),
    ({"name": "x", "pattern": [{"RIGHT_ID": "verb"}]}, "first node must be 'predicate'"),
    ({"name": "x", "pattern": [{"RIGHT_ID": "predicate"}]}, "no node fills a role"),
])
def test_a_bad_frame_pattern_is_refused_with_its_name(raw, problem):
    with pytest.raises(RegistryError, match=problem):
        _validate(raw, "frames/test.yaml", "test")


def test_patterns_load_for_every_shape():
    shapes = {p.shape for p in load_patterns()}
    assert {"active", "passive", "nominal", "copular", "relative", "coordination", "light", "reciprocal"} <= shapes


def _unknown_code(raw: dict) -> None:
    raw["classes"]["take"]["events"].append({"code": "NOT_A_CODE"})


def _default_mood_unknown(raw: dict) -> None:
    raw["defaults"]["moods"].append("hoped")


def _no_default_actors(raw: dict) -> None:
    del raw["defaults"]["actors"]


def _no_moods(raw: dict) -> None:
    del raw["moods"]


def _no_places_km(raw: dict) -> None:
    del raw["places_km"]


def _a_distance_unnamed(raw: dict) -> None:
    raw["places_km"] = {"same_event": 30}


def _a_distance_in_words(raw: dict) -> None:
    raw["places_km"]["facility"] = "thirty"


def _a_distance_of_nothing(raw: dict) -> None:
    raw["places_km"]["own_sentence"] = 0


@pytest.mark.parametrize(("breaks", "problem"), [
    (_unknown_code, "class 'take'.*does not name a CASE code"),
    (_default_mood_unknown, "'defaults' needs lists 'actors' and 'moods', its moods of 'moods'"),
    (_no_default_actors, "'defaults' needs lists 'actors' and 'moods'"),
    (_no_moods, "its moods of 'moods'"),
    (_no_places_km, "'places_km' maps same_event, named_apart, own_sentence, facility, district_town to distances"),
    (_a_distance_unnamed, "'places_km' maps"),
    (_a_distance_in_words, "'places_km' maps"),
    (_a_distance_of_nothing, "'places_km' maps"),
])
def test_a_broken_frame_table_is_refused_with_its_file_and_problem(tmp_path: Path, breaks, problem):
    raw = yaml.safe_load(TABLE_FILE.read_text(encoding="utf-8"))
    breaks(raw)
    path = tmp_path / "table.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(RegistryError, match=f"{path}: .*{problem}"):
        load_table(path)


def test_every_change_of_control_is_stated_in_moods_of_the_table_its_default_unless_it_lists_its_own():
    raw, table = yaml.safe_load(TABLE_FILE.read_text(encoding="utf-8")), load_table()
    for cls, spec in raw["classes"].items():
        for change, transition in zip((spec or {}).get("control") or [], table.transitions(cls), strict=True):
            assert transition.moods == frozenset(change.get("moods", raw["defaults"]["moods"])) <= set(raw["moods"])


def test_a_candidate_s_actors_are_the_table_s_default_roles_unless_it_lists_its_own():
    raw, table = yaml.safe_load(TABLE_FILE.read_text(encoding="utf-8")), load_table()
    for cls, entry in table.classes.items():
        listed = leaves((raw["classes"][cls] or {}).get("events") or [])
        assert [c.actors for c in entry.events] == [tuple(c.get("actors", raw["defaults"]["actors"])) for c in listed]


@dataclass
class Typed:
    label: str
    layer: str = "both"
    probs: dict | None = None


def _kinds(**roles):
    return lambda role: frozenset(roles.get(role, ()))


@pytest.mark.parametrize(("cls", "roles", "typing", "code"), [
    ("take", {"patient": ["ground"], "agent": ["state"]}, None, "GOV_REGAINS_TERIT"),
    ("take", {"patient": ["ground"], "agent": ["nonstate"]}, None, "NON_STATE_ACTOR_OVERTAKES_TER"),
    ("take", {"patient": ["goods"]}, None, "PROPERTY_DISTRUCT"),
    ("take", {"patient": ["person"]}, None, "ABDUCT_DISSAP"),
    ("take", {"modality": ["failed"], "patient": ["ground"]}, None, "ARMED_CLASH"),
    ("take", {"patient": ["building"]}, None, None),
    ("kill", {"instrument": ["suicide", "explosive"]}, Typed("ATTACK"), "SUIC_BOMB"),
    ("kill", {"agent": ["armed"], "patient": ["civilians"]}, Typed("ARMED_CLASH"), "ATTACK"),
    ("kill", {"agent": ["told"]}, Typed("ARMED_CLASH"), "ARMED_CLASH"),
    ("kill", {"agent": ["untold"]}, Typed("ARMED_CLASH"), None),  # "nine people were killed": no battle
    ("kill", {"agent": ["untold"], "patient": ["armed"]}, Typed("ARMED_CLASH"), "ARMED_CLASH"),  # "14 militants"
    ("kill", {}, Typed("NONE"), None),  # "killed" in a sentence the typer reads as no event
    ("kill", {"agent": ["armed"], "patient": ["armed"]}, Typed("NONE"), "ARMED_CLASH"),  # who did it to whom
    ("attack", {"patient": ["civilians"]}, Typed("NONE"), None),  # "the station when it was hit"
    ("kill", {}, Typed("OTHER", probs={"ATTACK": 0.6, "ARMED_CLASH": 0.3}), "ATTACK"),
    ("kill", {}, Typed("NONE", probs={"ATTACK": 0.05, "NONE": 0.9}), None),
    ("protest", {}, Typed("PROTEST_WITH_INTER"), "PEACE_PROTEST"),  # an intervention needs a frame of its own
    ("protest", {"report": ["unrest"]}, Typed("VIOL_DEMONSTR"), "VIOL_DEMONSTR"),  # what the crowd did, the typer reads
    ("protest", {}, Typed("VIOL_DEMONSTR"), "PEACE_PROTEST"),  # a report telling no unrest: peaceful
    ("protest", {}, Typed("NONE"), "PEACE_PROTEST"),
    ("bomb", {}, Typed("MAN_MADE_DISASTER"), None),  # a factory blast is no ACLED event
    # a disaster vetoes by the typer's probability over the vetoes against its probability over ACLED's codes
    ("bomb", {}, Typed("MAN_MADE_DISASTER", probs={"MAN_MADE_DISASTER": 0.5, "REM_EXPLOS": 0.3, "NONE": 0.2}), None),
    ("kill", {}, Typed("ATTACK", probs={"NATURAL_DISASTER": 0.3, "MAN_MADE_DISASTER": 0.3, "ATTACK": 0.35}), None),
    ("protest", {}, Typed("MAN_MADE_DISASTER", probs={"MAN_MADE_DISASTER": 0.3, "PEACE_PROTEST": 0.25,
                                                      "PROTEST_WITH_INTER": 0.2, "NONE": 0.25}), "PEACE_PROTEST"),
    ("shoot", {"agent": ["armed"]}, Typed("MAN_MADE_DISASTER", probs={
        "MAN_MADE_DISASTER": 0.27, "ATTACK": 0.25, "ARMED_CLASH": 0.12, "NONE": 0.36}), "ATTACK"),
    # where a doer is told, the typer's own label among a generic class's open codes is its choice, however thinly
    # it reads it; a toll with nobody told doing it needs a surer reading ("the wounded were taken to hospital")
    ("shoot", {"agent": ["armed", "told"]}, Typed("ATTACK", probs={"ATTACK": 0.16, "PROPERTY_DISTRUCT": 0.15,
                                                                    "ARMED_CLASH": 0.13, "NONE": 0.56}), "ATTACK"),
    ("wound", {"agent": ["untold"]}, Typed("ATTACK", probs={"ATTACK": 0.14, "ART_MISS_ATTACK": 0.07,
                                                           "GOV_REGAINS_TERIT": 0.07, "NONE": 0.72}), None),
    ("shoot", {}, Typed("PROPERTY_DISTRUCT", probs={"PROPERTY_DISTRUCT": 0.3, "ATTACK": 0.15, "NONE": 0.55}), None),
    ("hold", {"patient": ["ground"]}, None, None),  # holding a place is control, no event
])
def test_the_table_picks_a_code_by_conditions_then_by_the_typer(cls, roles, typing, code):
    candidate = load_table().decide(cls, _kinds(**roles), typing)
    assert (candidate.code if candidate else None) == code
