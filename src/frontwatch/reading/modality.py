"""Whether a frame states a real happening: negation, modals, conditions, aims, failures, recall."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from frontwatch.language import word_book
from frontwatch.reading.attribution import saying

_WORDS = word_book("modality")
(_FUTURE, _MODALS, _SEMI_MODALS, _AIMS, _FAILURES, _TRIES, _CONDITIONS, _BACKGROUND, _INFINITIVE, _PREPARATIONS,
 _REQUESTS, _ENDINGS, _NONE, _NOBODY, _WITHOUT, _INSTEAD, _EARLIER, _EARLIER_DEGREES) = (_WORDS.words(k) for k in (
    "future", "modals", "semi_modals", "aims", "failures", "tries", "conditions", "background", "infinitive_markers",
    "preparations", "requests", "endings", "negating_determiners", "negating_pronouns", "negating_prepositions",
    "instead", "earlier", "earlier_degrees"))
_RECOLLECTIONS, _NOBODY_HEADS = _WORDS.words("recollections"), _WORDS.words("nobody_heads")
_JUDGEMENTS, _JUDGING_MARKERS = _WORDS.words("judgements"), _WORDS.words("judging_markers")
_ASKED = _REQUESTS | _WORDS.words("threats")  # what a noun a verb asks for, threatens or plans is
_CLAUSE_TOPS = {"ROOT", "ccomp", "conj", "parataxis"}


def _to_nobody(predicate: Token) -> bool:
    """Whether a deed told in a clause of its own is done to nobody, its object told as none ("arrested no one",
    "detained none of them"); a participle hung on another's verb tells how that one went ("dropped eggs on the
    crowd, hitting no one": the dropping happened)."""
    return not (predicate.dep_ == "advcl" and predicate.tag_ == "VBG") and any(c.dep_ == "dobj" and (
        c.lower_ in _NOBODY or c.lower_ in _NOBODY_HEADS and any(d.dep_ == "det" and d.lower_ in _NONE
                                                                for d in c.children)) for c in predicate.children)


def negated(predicate: Token, clause: Token) -> bool:
    """Whether the predicate or the verb its clause hangs on is negated, or the predicate is told as absent ("no
    arrests", "without a fight"), as done to nobody ("arrested no one") or as what was not done ("came to salute rather
    than to bomb")."""
    told = {predicate, clause}
    return _to_nobody(predicate) or any(c.dep_ == "neg" for t in told for c in t.children) or any(
        c.dep_ == "det" and c.lower_ in _NONE for c in predicate.children) or any(  # "rather than"
        c.dep_ == "cc" and c.lower_ in _INSTEAD and c.i < t.i for t in told if t.dep_ == "conj" for c in t.head.children
    ) or predicate.dep_ in {"pobj", "pcomp"} and predicate.head.lower_ in _WITHOUT


def modality(predicate: Token, clause: Token | None, lemma: Callable[[Token], str]) -> str:
    """realis / modal / future / conditional / aim / failed / ended, read up the clause. A noun has those of
    the verb it is told through (`clause`: "will launch an attack"), never of a verb it is merely
    an argument of ("the fall of the city will shock")."""
    verbal = clause if clause is not None else predicate if predicate.pos_ in {"VERB", "AUX"} else None
    if verbal is None:  # a noun told through no verb of its own ("the fall of the city"), unless asked for or ended
        asker = {"pobj": predicate.head.head, "dobj": predicate.head, "nsubjpass": predicate.head}.get(predicate.dep_)
        if asker is not None and predicate.dep_ == "pobj" and asker.pos_ == "NOUN" and lemma(asker) in _ENDINGS:
            return modality(asker, None, lemma)  # the end it completes: "called for an end to the fighting" is an aim
        if asker is not None and asker.pos_ == "VERB" and lemma(asker) in _ASKED:
            return "aim"  # "called for a ceasefire", "demanded a truce", "threatened attacks", "rallies are planned"
        ended = predicate.dep_ == "dobj" and predicate.head.pos_ == "VERB" and lemma(predicate.head) in _ENDINGS
        return "ended" if ended else "realis"  # "ending the occupation of X", "broke the siege"
    reached = tried = False
    for node in (predicate, *predicate.ancestors):
        reached = reached or node.i == verbal.i
        aux = {c.lower_ for c in node.children if c.dep_ == "aux" and not (c.is_title and not c.is_sent_start)} if (
            reached and (node.i == verbal.i or node.dep_ in _CLAUSE_TOPS)) else set()  # its clause's ("2 May:" none)
        if aux & (_FUTURE | _MODALS):
            return "future" if aux & _FUTURE else "modal"
        if lemma(node) in _SEMI_MODALS and any(
                c.dep_ == "xcomp" and any(a.lower_ in _INFINITIVE for a in c.children) for c in node.children):
            return "modal"  # "has to be approved", "are to gather"
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in node.children):
            return "conditional"
        if node.dep_ in {"xcomp", "acl", "advcl"} and lemma(node.head) in _FAILURES:
            return "failed"
        if node.dep_ == "xcomp" and node.head.pos_ == "VERB" and lemma(node.head) in _TRIES and (
                node.head.dep_ not in {"advcl", "acl"}):  # not a participle of another's ("killed trying to flee")
            tried = True  # "attempted to abduct": tried, whatever the outcome; the trying verb's own clause reads on
        elif (node.dep_ in {"xcomp", "acl"} or node.dep_ == "advcl" and node.tag_ == "VB") and (
                lemma(node.head) in _AIMS):
            return "aim"  # "vowed to capture", "volunteered to fight" (parsed as a purpose clause or not)
        if node.dep_ in {"xcomp", "advcl"} and node.tag_ == "VB" and lemma(node.head) in _PREPARATIONS:
            return "aim"  # the purpose of a preparation: "deployed to capture X", "launched an operation to ..."
        finite = node.dep_ in {"advcl", "relcl"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        if reached and (finite or node.dep_ in _CLAUSE_TOPS and node.i != predicate.i):
            break  # the clause ends here: what governs it from above is another statement
    return "failed" if tried else "realis"


def judged(predicate: Token) -> bool:
    """Whether a happening's noun is what a judging verb calls its object ("called it the deadliest attack",
    "described the raid as a massacre", "branded the ambush a cowardly attack")."""
    verb = predicate.head
    if predicate.dep_ == "pobj" and verb.lower_ in _JUDGING_MARKERS:
        verb = verb.head.head if verb.head.dep_ == "dobj" else verb.head  # "as" hung on the object or on the verb
    elif not (predicate.dep_ == "oprd" or predicate.dep_ == "dobj" and any(
            c.dep_ == "dobj" and c.i < predicate.i for c in verb.children)):  # the second of two objects
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _JUDGEMENTS


def recalled(predicate: Token) -> bool:
    """Whether a predicate is recalled rather than told: in a time clause ("since the city fell",
    "after seizing it", "since May, when X fell"), as a participle naming what befell a noun ("the girls abducted
    from"), in a relative clause describing a noun ("the force that took the city"), or as what is remembered or
    judged ("the anniversary of the massacre", "jailed for the bombing"), and what a saying so recalled reports."""
    return predicate.dep_ == "ccomp" and saying(predicate.head) and recalled(predicate.head) or any(  # "a week after X
        c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in predicate.children) or (  # said it had retaken Y"
        predicate.dep_ == "pobj" and predicate.head.head.lemma_ in _RECOLLECTIONS) or (
        predicate.dep_ == "acl" and predicate.tag_ == "VBN" and predicate.sent.root.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ == "nsubj" for c in predicate.children)) or (  # (not the misparsed main verb of a verbless sentence)
        predicate.dep_ == "relcl" and (not any(c.tag_ == "WRB" for c in predicate.children) or background_relative(
            predicate))) or (  # "the force that took it", not "where", "when" bar "since May, when"
        predicate.dep_ in {"pcomp", "pobj"} and predicate.head.lower_ in _BACKGROUND)


def background_relative(clause: Token) -> bool:
    """Whether a relative clause describes the noun of a time phrase ("years after the battle that drove X out")."""
    return clause.dep_ == "relcl" and clause.head.dep_ == "pobj" and clause.head.head.lower_ in _BACKGROUND


def told_earlier(verb: Token) -> bool:
    """Whether a clause tells an earlier instance or what has happened since one told before ("has lost X once before",
    "have since captured Y"), or hangs as a time clause on such a clause ("..., before recapturing it in January")."""
    while not any(c.dep_ == "advmod" and c.lower_ in _EARLIER and all(g.lower_ in _EARLIER_DEGREES for g in c.children)
                  for c in verb.children) or any(c.dep_ == "npadvmod" for c in verb.children):
        if verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ in _BACKGROUND and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "before recapturing it": the clause it follows
        elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in verb.children):
            verb = verb.head  # "before they recaptured it"
        else:
            return False
    return True
