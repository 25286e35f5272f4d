"""Two readings of a raid on a post (issue 18):

- a weapon in a with-phrase or a participle describing the doers ("armed with grenades", "carrying grenades") is what
  they bear, not the happening's instrument: where the sentence typer puts its mass on a code the frame cannot take (no
  grenade is thrown), the codes the frame can take compete among themselves, so the raid stays a raid;
- a noun reached through a preposition makes no light-verb class with a verb whose own object already makes one ("opened
  fire on a checkpoint" is a shooting at the checkpoint, never one set up), while "opened a checkpoint" sets one up."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extraction import sub_event_types

CLASH, BASE, BURNED = "Armed clash", "Headquarters or base established", "Looting/property destruction"
SHELLING, SUICIDE, GRENADE = "Shelling/artillery/missile attack", "Suicide bomb", "Grenade"
_types = partial(sub_event_types, published=date(2024, 5, 15))

ARMED_DOERS = [
    pytest.param("Militants armed with grenades stormed a police post in Kunduz on Monday.", [CLASH], id="armed-with"),
    pytest.param("Rebels carrying grenades attacked a border post in Tillaberi on Sunday.", [CLASH], id="carrying"),
    pytest.param("Gunmen equipped with hand grenades assaulted a gendarmerie station in Djibo on Thursday.", [CLASH],
                 id="equipped-with"),
    pytest.param("Jihadists armed with grenades and rifles stormed a military camp in Menaka on Wednesday.", [CLASH],
                 id="two-weapons"),
    pytest.param("Insurgents armed with grenades raided an army outpost near Mosul on Friday.", [CLASH], id="raided"),
    pytest.param("Bandits carrying grenades attacked a police checkpoint in Zamfara on Tuesday.", [CLASH],
                 id="checkpoint"),
    pytest.param("Fighters armed with grenades ambushed an army patrol outside Kismayo overnight.", [CLASH],
                 id="ambushed"),
    # a weapon that does the deed or is used keeps its code
    pytest.param("Mortar rounds fired by the rebels killed four people at a bus station in Bentiu on Monday.",
                 [SHELLING], id="weapon-as-doer"),
    pytest.param("A bomber wearing an explosive vest struck a checkpoint in Mogadishu on Tuesday.", [SUICIDE],
                 id="bearer-s-weapon"),
    pytest.param("Militants hurled grenades at a police post in Srinagar on Monday.", [GRENADE], id="grenade-used"),
]


@pytest.mark.parametrize(("text", "sub_event_types"), ARMED_DOERS)
def test_a_weapon_the_doers_bear_does_not_unmake_the_raid(extractor, text, sub_event_types):
    assert _types(extractor, text) == sub_event_types


FIRE_ON_POSTS = [
    pytest.param("Gunmen opened fire on a checkpoint in Kirkuk on Tuesday.", [CLASH], id="checkpoint"),
    pytest.param("Fighters opened fire on an army post near Idlib on Sunday.", [CLASH], id="army-post"),
    pytest.param("Militiamen opened fire on a police base in Butembo on Monday.", [CLASH], id="base"),
    pytest.param("Unknown attackers opened fire on a military outpost outside Gao overnight.", [CLASH], id="outpost"),
    pytest.param("Separatists opened fire on a gendarmerie post in Bamenda on Friday.", [CLASH], id="gendarmerie"),
    pytest.param("The army opened a checkpoint on the road to Sirte on Sunday.", [BASE], id="opened-checkpoint"),
    pytest.param("Government forces opened a new base in Kidal on Thursday.", [BASE], id="opened-base"),
    pytest.param("Police opened a new post at the market in Maiduguri on Tuesday.", [BASE], id="opened-post"),
    pytest.param("Soldiers set a police station on fire in Juba on Friday.", [BURNED], id="set-on-fire"),
]


@pytest.mark.parametrize(("text", "sub_event_types"), FIRE_ON_POSTS)
def test_fire_opened_on_a_post_never_sets_one_up(extractor, text, sub_event_types):
    assert _types(extractor, text) == sub_event_types
