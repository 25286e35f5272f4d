"""How a frame is told: whether it states a real happening (negation, modals, conditions, aims, failures, recall), who
it is reported by and how sure it sounds (attribution, hedges, certainty)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from frontwatch.language import word_book
from frontwatch.model import Certainty
from frontwatch.reading.lexicon import load_lexicon
from frontwatch.reading.model import Attribution, Frame, objects

_WORDS = word_book("attribution")
_VERBS, _NOUNS = _WORDS.texts("verbs"), _WORDS.texts("nouns")
_RETRACTING, _ACCORDING, _FALSITY = _WORDS.words("retracting"), _WORDS.words("according"), _WORDS.words("falsity")
_UNSAYING = _RETRACTING | {k for k, v in _VERBS.items() if v in {"denied", "retracted"}}  # a statement taken back
_PHRASES, _CLAIMS, _HEDGES, _CONFIRMS, _NEGATORS, _PARTIES = (_WORDS.phrases(k) for k in (
    "attribution_phrases", "claim_words", "soft_hedges", "confirm_words", "negators", "party_sources"))
_UNDOING = tuple(f"{n} {c}{w}" for n in _NEGATORS for c in ("", *(f"{b} " for b in _WORDS.words("negated_copulas")))
                 for w in _CONFIRMS)  # "not confirmed", "not be confirmed"
_UNNAMED, _DETERMINERS, _SELF = (_WORDS.words(k) for k in ("unnamed_sources", "determiners", "self_references"))
_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "parataxis", "csubj", "pcomp"}
_ASIDES, _SAID_DEPS = {"parataxis", "advcl"}, {"ccomp", "xcomp", "parataxis"}  # a saying verb says its complement
_STATED_DEPS = {"acl", "ccomp", "appos", "relcl", "prep"}
_MOODS = word_book("modality")
_HARM = "hurting"  # the frame tag of a hurt (data/en/predicates.yaml)
(_FUTURE, _MODALS, _SEMI_MODALS, _AIMS, _FAILURES, _TRIES, _CONDITIONS, _BACKGROUND, _INFINITIVE, _PREPARATIONS,
 _REQUESTS, _ENDINGS, _NONE, _NOBODY, _WITHOUT, _INSTEAD, _EARLIER, _EARLIER_DEGREES, _RECOLLECTIONS, _NOBODY_HEADS,
 _JUDGEMENTS, _JUDGING_MARKERS, _VERGES, _FORWARD) = (_MOODS.words(k) for k in ("future", "modals", "semi_modals",
    "aims", "failures", "tries", "conditions", "background", "infinitive_markers", "preparations", "requests",
    "endings", "negating_determiners", "negating_pronouns", "negating_prepositions", "instead", "earlier",
    "earlier_degrees", "recollections", "nobody_heads", "judgements", "judging_markers", "verges", "forward"))
_ASKED = _REQUESTS | _MOODS.words("threats", "discussions")  # what a noun a verb asks for, plans or talks over is
_SCHEDULING, _GUESSES, _DATES = _MOODS.words("scheduling"), _MOODS.words("guesses"), word_book("dates")  # "for" May
_ACCUSATIONS, _REASONS, _ALLEGING = (_MOODS.words(k) for k in ("accusations", "reasons", "alleging"))
_DAYS_AHEAD = {*_DATES.mapping("weekdays"), *_DATES.mapping("months"), *_DATES.words("future")}
_CLAUSE_TOPS, _NOBODY_DEPS = {"ROOT", "ccomp", "conj", "parataxis"}, {"dobj", "nsubj", "nsubjpass"}


def contains(text: str, phrase: str) -> bool:
    """Whether `phrase` occurs in `text` as whole words (the regex only where it occurs at all)."""
    return phrase in text and _whole_words(phrase).search(text) is not None


@lru_cache(maxsize=4096)
def _whole_words(phrase: str) -> re.Pattern[str]:
    """The pattern of a phrase as whole words, compiled once (the word lists are fixed)."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def source_name(head: Token) -> str:
    """A source's name: the named entity it heads, or the head noun with its left modifiers."""
    doc = head.doc
    entity = next((e for e in doc.ents if e.start <= head.i < e.end), None) if head.ent_type_ else None
    left = [t for t in head.lefts if t.dep_ in {"amod", "compound", "nmod", "det", "poss", "nummod", "case"}]
    at = [w.i for t in left for w in t.subtree] + [head.i]
    start, end = (entity.start, entity.end) if entity is not None else (min(at), max(at) + 1)
    while start < end - 1 and doc[start].lower_ in _DETERMINERS:
        start += 1
    return doc[start:end].text.strip(" ,.")


def scope(frame: Frame) -> str:
    """The words of the frame's own clause and the clauses above it, lower case (clauses found once per sentence)."""
    sentence, chain = frame.sentence, {frame.predicate.i, *(t.i for t in frame.predicate.ancestors)}
    if (words := sentence.doc.user_data.get(key := f"clauses {sentence.start}")) is None:
        clause: dict[int, int] = {}  # a word's clause: the first of it and its ancestors heading one, else its root
        for path in ([token] for token in sentence):  # each head path walked once (a cycle ends past the Doc)
            while (node := path[-1]).i not in clause and not (node.pos_ in {"VERB", "AUX"} and node.dep_ in _CLAUSE_DEPS
                                                              or node.head.i == node.i or len(path) > len(node.doc)):
                path.append(node.head)
            clause.update(dict.fromkeys([t.i for t in path], clause.get(node.i, node.i)))
        words = sentence.doc.user_data[key] = [(clause[t.i], t.lower_) for t in sentence]
    return " ".join(word for head, word in words if head in chain)


def _speaker(verb: Token) -> tuple[Token | None, str | None]:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), next(iter(objects(verb, deps=("agent",))), None))
    return subject, None if subject is None or subject.lower_ in _UNNAMED else source_name(subject)


def saying(token: Token) -> bool:
    """Whether a verb says something rather than tells a happening."""
    return token.pos_ in {"VERB", "AUX"} and load_lexicon().lemma(token) in _VERBS


def attribution(predicate: Token, lemma: Callable[[Token], str]) -> Attribution | None:
    """The report a predicate is told in: a saying verb or noun above it, "according to X", or a parenthetical."""
    chain = [predicate, *predicate.ancestors]
    for below, node in zip(chain, chain[1:], strict=False):
        verb = node.pos_ in {"VERB", "AUX"}
        kind = _VERBS.get(lemma(node)) if verb else _NOUNS.get(lemma(node))
        if kind is None or below.dep_ not in (_SAID_DEPS if verb else _STATED_DEPS) or verb and below.i < node.i < max(
                (c.i for c in node.children if c.dep_ in _SAID_DEPS), default=0):  # "X; Y denied that Z": Z is said
            continue
        noun = node.head if verb and node.dep_ == "relcl" else node  # "withdrew a statement that said X": its noun
        unsaid = (noun.i != node.i or not verb) and (lemma(noun.head) in _UNSAYING or noun.dep_ in _NOBODY_DEPS and (
            _FALSITY & {noun.head.lower_, *(c.lower_ for c in noun.head.children)}) != set())  # "reports were false"
        said = (_VERBS.get(lemma(noun.head), "retracted"), noun.head) if unsaid else (kind, node)
        return Attribution(said[0], *_speaker(said[1]))
    for node in chain:
        for child in node.children:
            if child.lower_ in _ACCORDING and (head := next(iter(objects(child, deps=None)), None)) is not None:
                return Attribution("according", head, source_name(head))
            if child.dep_ in _ASIDES and child.i != predicate.i and _VERBS.get(lemma(child)) is not None and not any(
                    c.dep_ in {*_SAID_DEPS, "dobj"} for c in child.children):  # ", denying it", "rejecting X": no aside
                return Attribution(_VERBS[lemma(child)], *_speaker(child))
    return None


@dataclass(frozen=True)
class CertaintyReading:
    """The certainty of a frame, its source (if attributed), the hedges seen and the speaker."""

    certainty: Certainty
    source: str | None = None
    hedges: tuple[str, ...] = field(default_factory=tuple)
    speaker: Token | None = None


def reading_at(token: Token) -> CertaintyReading:
    """Certainty of what is said at any word (a count, a name) by its clause's attribution and hedges."""
    return certainty(Frame(token, "", "", attribution=attribution(token, load_lexicon().lemma)))


def certainty(frame: Frame) -> CertaintyReading:
    """Certainty of what a frame states, from its attribution and its clause's hedges."""
    said, text = frame.attribution, scope(frame)
    found = tuple(h for h in (*_HEDGES, *_CLAIMS) if contains(text, h))  # its clause's hedges and claim words
    source = said.source if said is not None else next((p for p in _PHRASES if contains(text, p)), None)
    speaker = said.speaker if said is not None else None
    party = source is not None and any(contains(source.lower(), p) for p in _PARTIES)
    doers = frame.roles.get("agent") or [c for c in frame.predicate.children if c.dep_ == "nsubj"]  # a party telling
    own = said is not None and said.speaker is not None and any(d.lower_ in _SELF or any(  # its own deed: "X said it
        c.dep_ == "poss" and c.lower_ in _SELF for c in d.children) for d in doers)  # had seized", "its units seized"
    claimed = party or own or (said is not None and said.kind == "claimed") or any(h in _CLAIMS for h in found)
    confirmed = not claimed and any(contains(text, w) for w in _CONFIRMS) and not any(
        contains(text, phrase) for phrase in _UNDOING) and not any(h in _HEDGES for h in found)
    level = Certainty.CLAIMED if claimed else Certainty.CONFIRMED if confirmed else Certainty.REPORTED
    return CertaintyReading(level, source, found, speaker)


def negated(predicate: Token, clause: Token) -> bool:
    """Whether the predicate or its clause's verb is negated, or told absent, done to or by nobody, or not done."""
    told = {predicate, clause}
    nobody = not (predicate.dep_ == "advcl" and predicate.tag_ == "VBG") and any(c.dep_ in _NOBODY_DEPS and (
        c.lower_ in _NOBODY or (c.dep_ != "dobj" or c.lower_ in _NOBODY_HEADS) and any(
            d.dep_ == "det" and d.lower_ in _NONE for d in c.children)) for c in predicate.children)
    return nobody or any(c.dep_ == "neg" for t in told for c in t.children) or any(
        c.dep_ == "det" and c.lower_ in _NONE for c in predicate.children) or any(  # "rather than"
        c.dep_ == "cc" and c.lower_ in _INSTEAD and c.i < t.i for t in told if t.dep_ == "conj" for c in t.head.children
    ) or predicate.dep_ in {"pobj", "pcomp"} and predicate.head.lower_ in _WITHOUT


def modality(predicate: Token, clause: Token | None, lemma: Callable[[Token], str]) -> str:
    """The modality (realis, modal, future, conditional, aim, failed, ended, alleged) read up the clause."""
    verbal = clause if clause is not None else predicate if predicate.pos_ in {"VERB", "AUX"} else None
    if predicate.dep_ in {"pobj", "pcomp"} and (lemma(by := predicate.head.head) in _ACCUSATIONS and by.dep_ not in
            _CLAUSE_TOPS or predicate.head.lower_ in _REASONS and _ALLEGING & {c.lower_ for c in predicate.children}):
        return "alleged"  # "after accusing him of stealing", "a man suspected of theft", "over an alleged theft"
    if any(c.dep_ == "prep" and c.lower_ in _SCHEDULING and any(o.dep_ == "pobj" and o.lower_ in _DAYS_AHEAD for o in
           c.children) for node in {predicate, verbal or predicate} for c in node.children):
        return "aim"  # "called a rally for Thursday": set for a day, a plan
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
        if aux & (_FUTURE | _MODALS) and not (aux & _GUESSES and aux & _SEMI_MODALS and node.tag_ == "VBN"):
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
        elif (node.dep_ in {"xcomp", "acl"} or node.dep_ == "advcl" and node.tag_ == "VB") and (lemma(
                node.head) in _AIMS) or node.dep_ == "pcomp" and lemma(node.head.head) in _VERGES:
            return "aim"  # "vowed to capture", "volunteered to fight"; "on the verge of taking" (`verges`)
        if node.dep_ in {"xcomp", "advcl"} and node.tag_ == "VB" and lemma(node.head) in _PREPARATIONS:
            return "aim"  # the purpose of a preparation: "deployed to capture X", "launched an operation to ..."
        finite = node.dep_ in {"advcl", "relcl"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        if reached and (finite or node.dep_ in _CLAUSE_TOPS and node.i != predicate.i):
            break  # the clause ends here: what governs it from above is another statement
    return "failed" if tried else "realis"


def judged(predicate: Token) -> bool:
    """Whether a happening's noun is what a judging verb calls its object ("called it the deadliest attack")."""
    verb = predicate.head
    if predicate.dep_ == "pobj" and verb.lower_ in _JUDGING_MARKERS:
        verb = verb.head.head if verb.head.dep_ == "dobj" else verb.head  # "as" hung on the object or on the verb
    elif not (predicate.dep_ == "oprd" or predicate.dep_ == "dobj" and any(
            c.dep_ == "dobj" and c.i < predicate.i for c in verb.children)):  # the second of two objects
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _JUDGEMENTS


def recalled(predicate: Token) -> bool:
    """Whether a predicate is recalled rather than told (a time clause, describing participle or relative, a memory)."""
    return (predicate.dep_ in {"ccomp", "advcl", "xcomp"} or predicate.dep_ == "conj" and predicate.tag_ == "VBN" and (
        not any(c.dep_.startswith("nsubj") for c in predicate.children))) and recalled(predicate.head) or any(
        c.dep_ == "mark" and c.lower_ in _BACKGROUND - (set() if _HARM in predicate.head._.frame_tags else _FORWARD)
        for c in predicate.children) or (  # "marched before police fired": told; "beat two before troops came": not
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
    """Whether a clause tells an earlier instance or what happened since one told before, or hangs on such a clause."""
    while not any(c.dep_ == "advmod" and c.lower_ in _EARLIER and all(g.lower_ in _EARLIER_DEGREES for g in c.children)
                  for c in verb.children) or any(c.dep_ == "npadvmod" for c in verb.children):
        if verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ in _BACKGROUND and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "before recapturing it": the clause it follows
        elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BACKGROUND for c in verb.children):
            verb = verb.head  # "before they recaptured it"
        else:
            return False
    return True
