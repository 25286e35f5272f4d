"""The frame layer: every shape of a clause gives the same voice-normalised frame.

Each family tells one fact in several shapes (active, passive, nominal, copular, relative, light
verb, coordination, reciprocal); a row names the class and the head words of its roles."""

from __future__ import annotations

import json

import pytest
from spacy.matcher import Matcher

from frontwatch.errors import RegistryError
from frontwatch.reading.model import Frame, frames_of
from frontwatch.reading.patterns import PREDICATE, FramePattern, NodeIndex, build_matcher, node_test
from frontwatch.reading.pipeline import FRAMES


def frame(reader, text: str, cls: str) -> Frame:  # noqa: ANN001 - the conftest reading pipeline
    """The one frame of a class in a text."""
    every = frames_of(reader(text))
    found = [f for f in every if f.cls == cls]
    assert len(found) == 1, f"{cls!r} frames in {text!r}: {[(f.predicate.text, f.cls) for f in every]}"
    return found[0]


def heads(f: Frame, role: str) -> list[str]:
    return [t.text for t in f.roles.get(role, [])]


TAKING = [
    # shape, text; the fact: rebels took Bentiu
    ("active", "Rebel fighters captured Bentiu on Sunday."),
    ("passive", "Bentiu was captured by rebel fighters on Sunday."),
    ("passive with source", "Bentiu was seized by rebel fighters on Sunday, a United Nations official said."),
    ("nominal", "The capture of Bentiu by rebel fighters on Sunday surprised diplomats."),
    ("nominal possessive", "The fighters' seizure of Bentiu on Sunday surprised diplomats."),
    ("light verb", "Rebel fighters took control of Bentiu on Sunday."),
    ("unaccusative", "Bentiu fell to opposition fighters on Sunday."),
    ("relative", "Bentiu, which rebel fighters had seized on Sunday, lies near the border."),
    ("copular dynamic", "Bentiu fell into the hands of rebel fighters on Sunday."),
]


@pytest.mark.parametrize(("shape", "text"), TAKING, ids=[s for s, _ in TAKING])
def test_a_taking_has_the_taker_as_agent_and_the_town_as_patient(reader, shape, text):
    f = frame(reader, text, "take")
    assert heads(f, "agent")[:1] == ["fighters"]
    assert "Bentiu" in heads(f, "patient")
    assert f.asserted


HOLDING = [
    ("active", "Government soldiers hold Bor.", "soldiers", "Bor"),
    ("passive", "Bor is held by government soldiers.", "soldiers", "Bor"),
    ("under the control of", "Bor is under the control of government soldiers.", "soldiers", "Bor"),
    ("under their control", "Bor remains firmly under army control.", "army", "Bor"),
    ("in the hands of", "Bor is still in the hands of government soldiers.", "soldiers", "Bor"),
    ("in control of", "Government soldiers are in control of Bor.", "soldiers", "Bor"),
    ("attributive", "Aid reached army-held Bor on Sunday.", "army", "Bor"),
    ("attributive, taking verb", "Aid reached army-occupied Bor on Sunday.", "army", "Bor"),
]


@pytest.mark.parametrize(("shape", "text", "holder", "place"), HOLDING, ids=[r[0] for r in HOLDING])
def test_holding_reads_the_holder_and_the_held_place_in_every_shape(reader, shape, text, holder, place):
    f = frame(reader, text, "hold")
    assert heads(f, "agent")[:1] == [holder]
    assert heads(f, "patient")[:1] == [place]


CLASHES = [
    ("reciprocal subject", "The army and the militiamen clashed near Djugu.", "army", "militiamen"),
    ("with-phrase", "The army clashed with the militiamen near Djugu.", "army", "militiamen"),
    ("between, happening verb", "Fighting broke out between the army and the militiamen near Djugu.", "army",
     "militiamen"),
    ("nominal between", "Clashes between the army and the militiamen left the road closed.", "army", "militiamen"),
]


@pytest.mark.parametrize(("shape", "text", "side", "other"), CLASHES, ids=[r[0] for r in CLASHES])
def test_both_sides_of_a_clash_are_read(reader, shape, text, side, other):
    f = frame(reader, text, "clash")
    assert heads(f, "agent")[:1] == [side]
    assert heads(f, "counterpart")[:1] == [other]


LIGHT = [
    ("launched an attack on", "The insurgents launched an attack on a police post in the valley.", "attack", "post"),
    ("carried out a strike on", "The air force carried out a strike on a fuel depot outside the city.", "attack",
     "depot"),
    ("set fire to", "Looters set fire to a warehouse near the port.", "burn", "warehouse"),
    ("opened fire on", "Guards opened fire on a crowd near the port.", "shoot", "crowd"),
    ("fired rockets at", "Militiamen fired rockets at an army camp near the port.", "shell", "camp"),
]


@pytest.mark.parametrize(("shape", "text", "cls", "patient"), LIGHT, ids=[r[0] for r in LIGHT])
def test_a_light_verb_lends_its_subject_to_the_noun_that_names_the_happening(reader, shape, text, cls, patient):
    f = frame(reader, text, cls)
    assert heads(f, "patient")[:1] == [patient]
    assert heads(f, "agent") or heads(f, "instrument")
    assert f.clause is not None


def test_coordinated_verbs_share_the_subject_and_make_separate_frames(reader):
    doc = reader("Bandits killed two herders and wounded five others near the river.")
    killed, wounded = (next(f for f in frames_of(doc) if f.cls == c) for c in ("kill", "wound"))
    assert heads(killed, "agent") == heads(wounded, "agent") == ["Bandits"]
    assert heads(killed, "patient") == ["herders"] and heads(wounded, "patient") == ["others"]



CHAINS = [
    # text, the last verb of a chain of coordinated verbs, its class; the doer is the first verb's subject
    ("Gunmen ambushed police officers near Gao, torched a truck and kidnapped three traders on Sunday.",
     "kidnapped", "abduct", "Gunmen"),
    ("Militiamen stormed the village of Kabo, looted the clinic and abducted four nurses.", "abducted", "abduct",
     "Militiamen"),
    ("Soldiers surrounded the camp, disarmed the guards and arrested twelve men.", "arrested", "arrest", "Soldiers"),
    ("The rebels crossed the river, shelled the town and seized the bridge at dawn.", "seized", "take", "rebels"),
    ("Protesters blocked the highway, pelted police with stones and burned a bus.", "burned", "burn", "Protesters"),
]


@pytest.mark.parametrize(("text", "verb", "cls", "agent"), CHAINS)
def test_every_verb_of_a_chain_shares_the_first_verbs_subject(reader, text, verb, cls, agent):
    [f] = [f for f in frames_of(reader(text)) if f.predicate.text == verb]
    assert (f.cls, heads(f, "agent")) == (cls, [agent])


LISTS_AFTER_A_CLAUSE = [
    # text, a verb of a list that follows a subordinate clause, its doer: the list goes on with that clause,
    # wherever the parser hung it
    ("The president imposed a curfew on Kano on Friday after gunmen attacked a police station, burned a church and "
     "took a pastor hostage, officials said.", "burned", "gunmen"),
    ("The president imposed a curfew on Kano on Friday after gunmen attacked a police station, burned a church and "
     "took a pastor hostage, officials said.", "took", "gunmen"),
    ("The army sealed off Beni on Sunday after rebels ambushed a convoy, looted shops and kidnapped a nurse, the "
     "governor said.", "looted", "rebels"),
    ("The army sealed off Beni on Sunday after rebels ambushed a convoy, looted shops and kidnapped a nurse, the "
     "governor said.", "kidnapped", "rebels"),
    ("Mayor Kone closed the markets in Mopti after jihadists shelled the port, burned a bus and seized a priest.",
     "seized", "jihadists"),
]


@pytest.mark.parametrize(("text", "verb", "agent"), LISTS_AFTER_A_CLAUSE)
def test_a_list_after_a_subordinate_clause_goes_on_with_its_subject(reader, text, verb, agent):
    [f] = [f for f in frames_of(reader(text)) if f.predicate.text == verb]
    assert heads(f, "agent")[0] == agent


@pytest.mark.parametrize(("text", "cls", "instrument", "agent"), [
    ("A roadside bomb killed three soldiers.", "kill", "bomb", []),
    ("Three soldiers were killed by a roadside bomb.", "kill", "bomb", []),
    ("A drone strike killed three soldiers.", "attack", "drone", []),
    ("Gunmen killed three soldiers with machetes.", "kill", "machetes", ["Gunmen"]),
    ("Gunmen used grenades to attack the convoy.", "attack", None, ["Gunmen"]),
])
def test_a_weapon_is_the_instrument_not_the_doer(reader, text, cls, instrument, agent):
    f = frame(reader, text, cls)
    assert instrument is None or instrument in heads(f, "instrument")
    assert heads(f, "agent") == agent


@pytest.mark.parametrize(("text", "cls"), [
    # the parser hangs the subject as an apposition on the last noun of the fronted phrase: the verb still has it
    ("After the capture of Bentiu, army units shelled the road to the north.", "shell"),
    ("After the capture of Marib, militia units attacked the villages to the east.", "attack"),
    ("After the fall of Bentiu, army units attacked the villages to the east.", "attack"),
    ("Following the capture of Marib, army units shelled the villages to the south, killing four people.", "shell"),
    ("After the capture of Ajdabiya, army units attacked the villages to the east.", "attack"),
    ("In Goma, the largest city of the east, rebel units attacked the airport.", "attack"),  # a subject of its own
])
def test_a_subject_hung_inside_a_fronted_phrase_is_the_doer(reader, text, cls):
    assert heads(frame(reader, text, cls), "agent") == ["units"]


@pytest.mark.parametrize(("text", "modality"), [
    ("The rebels seized the airport.", "realis"),
    ("The rebels will seize the airport.", "future"),
    ("The rebels could seize the airport.", "modal"),
    ("If the rebels seize the airport, flights will stop.", "conditional"),
    ("The rebels vowed to seize the airport.", "aim"),
    ("The rebels failed to seize the airport.", "failed"),
])
def test_modality_says_whether_it_happened(reader, text, modality):
    assert frame(reader, text, "take").modality == modality


@pytest.mark.parametrize(("text", "modality"), [
    ("Mediators called for a truce around the airport.", "aim"),
    ("The bishops urged a ceasefire in the east.", "aim"),
    ("Donors demanded a peace deal before the rains.", "aim"),
    ("Both sides signed a truce at the airport.", "realis"),
    ("The truce around the airport held overnight.", "realis"),
])
def test_an_agreement_noun_asked_for_is_an_aim(reader, text, modality):
    assert frame(reader, text, "agree").modality == modality


@pytest.mark.parametrize(("text", "agent"), [
    # a by-phrase the parser hangs on the verb ending the noun's state is the noun's doer
    ("The raid ended a long occupation of the valley by militia fighters.", "fighters"),
    ("Troops ended the occupation of the mine by armed miners.", "miners"),
])
def test_an_ended_state_keeps_its_doer_and_is_no_happening(reader, text, agent):
    f = frame(reader, text, "take")
    assert agent in heads(f, "agent") and f.modality == "ended" and not f.asserted


@pytest.mark.parametrize("text", [
    # offering to fight is no fight, whether the parser makes the infinitive a complement or a purpose clause
    "Hundreds of young men in Kirkuk volunteered to fight the insurgents on Monday.",
    "Villagers near Gao offered to fight the jihadists alongside the army on Tuesday.",
    "Former soldiers in Lviv volunteered to fight the invaders, officials said on Wednesday.",
    "Tribal elders in Marib offered to fight the Houthis on Thursday.",
    "The minister said on Friday that the state would arm farmers in Zamfara who volunteered to fight the bandits.",
])
def test_an_offer_to_fight_is_an_aim(reader, text):
    assert frame(reader, text, "clash").modality == "aim"


@pytest.mark.parametrize(("text", "kind", "source"), [
    ("The rebels seized the airport, a police officer said.", "said", "police officer"),
    ("A police officer said the rebels had seized the airport.", "said", "police officer"),
    ("According to a police officer, the rebels seized the airport.", "according", "police officer"),
    ("The rebels claimed they had seized the airport.", "claimed", None),
    ("The army denied that the rebels had seized the airport.", "denied", None),
    ("The army withdrew its claim that the rebels had seized the airport.", "retracted", None),
])
def test_attribution_says_who_reports_it_and_how(reader, text, kind, source):
    f = frame(reader, text, "take")
    assert f.attribution is not None and f.attribution.kind == kind
    if source is not None:
        assert f.attribution.source == source
    assert f.asserted is (kind not in {"denied", "retracted"})


def test_negation_is_read_from_the_predicate_or_its_support_verb(reader):
    assert frame(reader, "The rebels did not seize the airport.", "take").negated
    assert frame(reader, "The rebels did not launch an attack on the airport.", "attack").negated


@pytest.mark.parametrize(("text", "cls", "negated"), [
    # a happening's noun quantified by none, or told as absent, did not happen
    ("Police said no arrests were made after the march in Kisumu.", "arrest", True),
    ("The army reported no attacks on its convoys near Tete that week.", "attack", True),
    ("Officials said there were no clashes in the district on Sunday.", "clash", True),
    ("The rebels entered Kalemie on Friday without a fight.", "clash", True),
    ("Militiamen took the ferry crossing without firing a shot.", "shoot", True),
    # the none quantifies another noun: the happening stands
    ("There was no doubt that the rebels attacked the base.", "attack", False),
    ("Police arrested six men after no permit was shown for the march.", "arrest", False),
])
def test_a_happening_told_as_absent_is_negated(reader, text, cls, negated):
    assert frame(reader, text, cls).negated is negated


def test_a_participle_used_as_an_adjective_is_no_predicate(reader):
    assert [f.cls for f in frames_of(reader("Protesters blocked the road with burning tyres."))
            if f.predicate.text == "burning"] == []



@pytest.mark.parametrize("text", [
    # a happening's noun that modifies another noun names that thing, not the happening
    "Protest leaders met the governor in Nairobi on Monday.",
    "Attack helicopters flew over Goma on Tuesday.",
    "Mourners carried a protest banner through Lagos on Friday.",
    "Riot police stood guard outside parliament in Accra on Thursday.",
    "A court in Kaduna adjourned the abduction case on Monday.",
])
def test_a_noun_modifying_another_noun_is_no_predicate(reader, text):
    assert frames_of(reader(text)) == []

MANY_TREES = [
    # several sentences, some telling no happening, so the matcher skips whole trees
    "The weather stayed dry. Militia fighters shelled the depot at dawn. Markets reopened later.",
    "Nobody answered the phone. The convoy was ambushed near the bridge, and two drivers were abducted.",
    "Talks resumed in the capital. Soldiers who had stormed the hill withdrew after the army bombed it.",
    "It was a quiet Tuesday.",
]


@pytest.mark.parametrize("text", MANY_TREES)
def test_the_predicate_matcher_finds_what_the_dependency_matcher_finds(reader, text):
    doc = reader(text)
    matcher = reader.get_pipe(FRAMES).matcher
    predicates = [t.i for t in doc if PREDICATE in t._.frame_tags]
    everywhere, tags = list(matcher(doc)), [t._.frame_tags for t in doc]
    assert sorted(matcher.match_predicates(doc, predicates, tags)) == sorted(everywhere)
    for i in predicates:  # the order of one predicate's matches is what its role ranking sees
        assert [m for m in matcher.match_predicates(doc, predicates, tags) if m[1][0] == i] == \
            [m for m in everywhere if m[1][0] == i]


NODE_SENTENCES = [
    # fresh sentences with many dependency labels, frame tags and prepositions, for the node tests
    "Gunmen who had crossed from the hills set fire to the clinic and drove the nurses out of the town.",
    "The airport came under the control of the militia after fighters on trucks attacked it at dawn.",
    "Two mortar shells exploded near the market in Tessalit, wounding traders who were sheltering inside.",
    "Police fired tear gas at students marching against the fuel prices on 12 March.",
    "The rebels and the army clashed again, and the allied militia withdrew into the forest.",
]


@pytest.mark.parametrize("text", [*MANY_TREES, *NODE_SENTENCES])
def test_the_tags_the_frame_reader_matches_with_are_the_tokens_tags(reader, text):
    doc = reader(text)
    _, tags = reader.get_pipe(FRAMES)._tag(doc)  # tagging again sets what the pipeline set
    assert tags == [t._.frame_tags for t in doc]


@pytest.mark.parametrize("text", NODE_SENTENCES)
def test_node_tests_pass_the_tokens_spacys_matcher_matches(reader, text):
    doc = reader(text)
    for attrs, key in reader.get_pipe(FRAMES).matcher._distinct_ids.items():  # every distinct node pattern
        spacy_matcher = Matcher(reader.vocab)
        spacy_matcher.add("node", [[json.loads(attrs)]])
        index = NodeIndex()
        test = node_test(key, json.loads(attrs))
        assert test is not None, attrs
        index.add(test)
        passing = [t.i for t in doc if key in index.keys_of(t, t._.frame_tags)]
        assert passing == [start for _, start, _ in spacy_matcher(doc)], attrs


@pytest.mark.parametrize("text", NODE_SENTENCES)
def test_node_index_remembers_readings_without_changing_keys(reader, text):
    tests = [node_test(key, json.loads(attrs)) for attrs, key in reader.get_pipe(FRAMES).matcher._distinct_ids.items()]
    shared = NodeIndex()
    for test in tests:
        shared.add(test)
    doc = reader(text)
    for token in [*doc, *doc]:  # the second time from the readings the shared index remembers
        fresh = NodeIndex()
        for test in tests:
            fresh.add(test)
        assert sorted(shared.keys_of(token, token._.frame_tags)) == sorted(fresh.keys_of(token, token._.frame_tags)), \
            token.text


@pytest.mark.parametrize("attrs", [
    # node patterns outside what NodeTest reads (the frame matcher refuses them)
    {"LOWER": {"REGEX": "^al-"}},
    {"LENGTH": 4},
    {"DEP": "nsubj", "OP": "?"},
    {"_": {"frame_tags": {"IS_SUBSET": ["predicate"]}}},
    {"_": {"other_tags": {"IS_SUPERSET": ["predicate"]}}},
    {"POS": {"IN": ["NOUN", 7]}},
])
def test_a_node_pattern_beyond_the_node_tests_has_none(attrs):
    assert node_test(1, attrs) is None


@pytest.mark.parametrize("attrs", [{"LOWER": {"REGEX": "^al-"}}, {"LENGTH": 4}, {"POS": {"IN": ["NOUN", 7]}}])
def test_the_frame_matcher_refuses_a_node_pattern_beyond_the_node_tests(reader, attrs):
    nodes = ({"RIGHT_ID": PREDICATE, "RIGHT_ATTRS": {"POS": "VERB"}},
             {"LEFT_ID": PREDICATE, "REL_OP": ">", "RIGHT_ID": "agent", "RIGHT_ATTRS": attrs})
    with pytest.raises(RegistryError, match="beyond the node tests"):
        build_matcher(reader.vocab, (FramePattern("odd", "active", 2, nodes),))
