"""The actor registry: aliases, case, generic actors, guesses."""

from __future__ import annotations

import pytest

from frontwatch.errors import RegistryError
from frontwatch.resolve.actors import ActorMatcher, ActorRegistry


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def test_aliases_resolve_to_the_canonical_name(registry):
    for alias in ("ISIL", "Daesh", "Islamic State of Iraq and the Levant", "isis"):
        assert registry.get(alias).name == "Islamic State"


def test_short_capital_aliases_match_only_in_capitals(registry, nlp):
    matcher = ActorMatcher(registry, nlp)
    assert [m.actor.name for m in matcher.named_mentions(nlp("IS fighters entered the town."))] == ["Islamic State"]
    assert matcher.named_mentions(nlp("This is the town where it is quiet.")) == []


def test_generic_actor_takes_the_country(registry):
    assert registry.generic("troops", "Iraq").name == "Military Forces of Iraq"
    assert registry.generic("protesters", "Sudan").name == "Protesters (Sudan)"
    assert registry.generic("gunmen", None).name == "Unidentified Armed Group"


@pytest.mark.parametrize(("noun", "country", "name"), [
    ("police", "United States", "Police Forces of the United States"),
    ("protesters", "United States", "Protesters (United States)"),
    ("soldiers", "Democratic Republic of the Congo", "Military Forces of the Democratic Republic of Congo"),
    ("villagers", "Democratic Republic of the Congo", "Civilians (Democratic Republic of Congo)"),
    ("gunmen", "Palestinian Territory", "Unidentified Armed Group (Palestine)"),
    ("army", "Kenya", "Military Forces of Kenya"),
])
def test_generic_actor_writes_the_country_as_acled_does(registry, noun, country, name):
    assert registry.generic(noun, country).name == name


def test_a_generic_actor_moves_to_the_country_of_its_event(registry):
    police = registry.generic("police", "Kenya")
    assert registry.relocated(police, "Uganda").name == "Police Forces of Uganda"
    assert registry.relocated(registry.get("Islamic State"), "Iraq") is None


def test_unknown_actor_is_guessed_and_flagged(registry):
    guessed = registry.guess("Southern Liberation Front")
    assert guessed.needs_review and guessed.inter_code == 2
    assert registry.guess("Ministry of the Interior").inter_code == 1
    assert registry.guess("Acme Holdings").inter_code == 8


def test_user_registry_file_adds_actors(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - name: Northern Hills Brigade\n    aliases: [NHB]\n    inter: 3\n")
    registry = ActorRegistry.load([extra])
    assert registry.get("NHB").inter_code == 3


def test_malformed_registry_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - aliases: [nameless]\n")
    with pytest.raises(RegistryError, match="bad.yaml"):
        ActorRegistry.load([bad])
    bad.write_text("actors:\n  - name: X\n    inter: 12\n")
    with pytest.raises(RegistryError, match="inter 12"):
        ActorRegistry.load([bad])
