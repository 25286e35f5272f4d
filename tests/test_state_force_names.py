"""A state's forces named by their own name or its acronym are ACLED's "Military/Police Forces of <country>"
(data/actors.yaml: the needs_demonym force names and `initialled_forces`), in countries the learned registry
(data/acled_actors.yaml) knows no actor of."""

from __future__ import annotations

import pytest

# The force's own name after its country: the words name the state's forces only with the country written.
OWN_NAMES = [
    ("The Malawi Defence Force fought poachers in Liwonde on Sunday.", "Military Forces of Malawi"),
    ("The Tanzania People's Defence Force clashed with gunmen near Kigoma.", "Military Forces of Tanzania"),
    ("The Botswana Defence Force shot dead three poachers near Kasane.", "Military Forces of Botswana"),
    ("The Lesotho Defence Force clashed with cattle raiders near Mokhotlong.", "Military Forces of Lesotho"),
    ("The Kenya Police Service killed two suspected robbers in Kisumu on Friday.", "Police Forces of Kenya"),
    ("The Ghana Police Service shot dead two robbery suspects in Kumasi.", "Police Forces of Ghana"),
]

# An acronym the registry does not know: the report's country's initials, then a force name's.
ACRONYMS = [
    ("The KDF killed four militants near Lamu, Kenya, on Tuesday.", "Military Forces of Kenya"),
    ("The UPDF clashed with rebels in Kasese district, Uganda.", "Military Forces of Uganda"),
    ("The ZDF shot dead two smugglers near Mutare, Zimbabwe.", "Military Forces of Zimbabwe"),
    ("The MDF clashed with poachers inside Kasungu park, Malawi.", "Military Forces of Malawi"),
    ("The ANP clashed with Taliban insurgents in Ghazni province, Afghanistan.", "Police Forces of Afghanistan"),
    ("The GAF repelled armed robbers near Bawku, Ghana, on Saturday.", "Military Forces of Ghana"),
]

# ... but not an acronym of another country's initials, nor letters a party's or armed group's name ends in.
NO_FORCES = [
    ("The GDF attacked a camp near Mongu, Zambia.", "GDF"),
    ("The ZPF attacked a camp near Mongu, Zambia.", "ZPF"),
    ("The ALP burned a police post near Ballarat, Australia.", "ALP"),
    ("The LNA shelled a camp near Tarhuna, Libya.", "LNA"),
]

# A unit of a state's forces named with no country word ("Frontier Corps personnel", "the BSF"): the registry names
# the unit with its country's forces (data/actors.yaml), wherever the report is.
UNITS = [
    ("Frontier Corps personnel killed three militants in a raid near Turbat on Monday.", "Military Forces of Pakistan"),
    ("Balochistan Levies personnel clashed with gunmen near Zhob on Friday.", "Military Forces of Pakistan"),
    ("Punjab Rangers exchanged fire with smugglers near Kasur.", "Military Forces of Pakistan"),
    ("BSF personnel killed two smugglers near Hili in Dinajpur.", "Military Forces of India"),
    ("Border Security Force jawans shot dead an intruder near Samba.", "Military Forces of India"),
    ("CRPF personnel exchanged fire with Maoists in Sukma district.", "Police Forces of India"),
    ("RAB members killed a suspected robber in a gunfight in Narayanganj.", "Police Forces of Bangladesh"),
    ("The Rapid Action Battalion shot dead two alleged drug traders in Teknaf.", "Police Forces of Bangladesh"),
    ("NSCDC operatives clashed with pipeline vandals near Ughelli.", "Police Forces of Nigeria"),
]

# A military police is its state's military, as ACLED codes it ("Military Forces of Brazil (2019-) Military Police"),
# not its police; the police alone stay the police.
MILITARY_POLICE = [
    ("Military police officers shot dead two suspected drug dealers in Manaus on Tuesday.",
     "Military Forces of Brazil"),
    ("On Sunday, military policemen exchanged fire with gang members in a favela of Recife, killing one.",
     "Military Forces of Brazil"),
    ("Military police raided a gang hideout in Belem on Wednesday, arresting six.", "Military Forces of Brazil"),
    ("Egyptian military police detained two journalists in Ismailia on Monday.", "Military Forces of Egypt"),
    ("Russian military police detained three men at a checkpoint near Qamishli on Tuesday.",
     "Military Forces of Russia"),
    ("Police officers shot dead two suspected drug dealers in Manaus on Tuesday.", "Police Forces of Brazil"),
]
CASES = OWN_NAMES + ACRONYMS + NO_FORCES + UNITS + MILITARY_POLICE


@pytest.mark.parametrize(("text", "actor1"), CASES, ids=[text for text, _ in CASES])
def test_a_force_named_by_its_own_name_or_acronym_is_its_countrys_forces(first_actor1, text, actor1):
    assert first_actor1(text) == actor1


def test_initialled_forces_must_name_a_generic_noun(tmp_path):
    from frontwatch.errors import RegistryError
    from frontwatch.resolve.actors import ActorRegistry

    extra = tmp_path / "mine.yaml"
    extra.write_text("initialled_forces:\n  XQ: border rangers\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="border rangers"):
        ActorRegistry.load([extra])
