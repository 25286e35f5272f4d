"""Find place-name spans in a parsed text and read the phrase around each one."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile

from spacy.tokens import Doc, Span, Token

from frontwatch.doc_memo import text_of
from frontwatch.language import word_book, word_zipf
from frontwatch.resolve.geo_names import fold
from frontwatch.resolve.geo_terms import GeoTerms
from frontwatch.resolve.numbers import number_value

CODE = "CODE"  # the label of a division's postal code after a place cue or a place's comma ("in NJ", "Newark, NJ")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATELINE", CODE})
HINT = "HINT"  # the label of a country's abbreviation as a modifier ("U.S. troops"): the country, as a hint only
NUMBER_LABELS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "ORDINAL"})  # never a name's label
OTHER_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
_WORDS = word_book("place_names")
_CONNECTORS = _WORDS.words("name_connectors")
_SEPARATORS = _WORDS.words("name_separators")
# a demonym on a border ("near the Sudanese border") names a neighbour, not where the story is
BORDER_NOUNS = frozenset(word_book("spatial").phrases("border_nouns"))
_TAIL_OPENERS = _WORDS.words("name_tail_openers")
_ARTICLES, _CUE_ARTICLES = _WORDS.words("articles"), _WORDS.words("cue_articles")
_POSSESSIVE_ENDINGS = _WORDS.words("possessive_endings")
_COMPASS_ADJECTIVE_ENDINGS = _WORDS.phrases("compass_adjective_endings")
_CENTRE_ADJECTIVES = _WORDS.words("centre_adjectives")
_LOWER_CASE_PLACES = _WORDS.words("lower_case_places")
_COMMON_WORD_PLACES = _WORDS.words("common_word_places")
_ORGANISATION_HEADS = _WORDS.words("organisation_heads")
_DETERMINER_TAGS = frozenset({"DT", "PRP$", "POS", "WP$"})  # "the metro", "its metro", "the city's metro"
# "Guinea-Bissau", "Ras al-Ain", "Croix-des-Bouquets", "Saint-Louis-du-Nord" as one name (short lower-case joiners)
_HYPHENATED = re.compile(r"(?:(?:-[a-z]{1,4})*-[A-Z][\w'’]*)+")
_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’]*[ \t]+$")
_SENTENCE_OPENERS = frozenset({"", ".", "!", "?", '"', "“", ":"})
_CUT_GAP = re.compile(r"(?:\s+[a-z]{1,4}){0,2}\s+")
_THE = re.compile(r"^the\s+", re.I)
_INITIALS = re.compile(r"(?<=\b[A-Z]\.)\s+(?=[A-Z]\.)")  # "D. C." written as "D.C."
_EXTENSION = re.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(_WORDS.words('name_extension_words'))))})\b", re.I)
_STATEMENT = re.compile(rf"\b(?:{'|'.join(map(re.escape, _WORDS.phrases('statement_words')))})\s*$", re.I)
_APPOSITION_OPENER = "|".join(r"\s+".join(map(re.escape, phrase.split())) + r"\s+"
                              for phrase in _WORDS.phrases("apposition_openers"))
_APPOSITION = re.compile(rf"[A-Z][\w'’-]+\s*(?:,|\s[-–—])\s*(?:{_APPOSITION_OPENER})?$")
_WINDOW = 90
# the filing date a wire dateline may carry after its place: "KABUL, Aug 27", "GOMA, Congo, 3 May 2012"
_FILED = r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?"
# the wire or paper a dateline names in brackets, its name bracketed once at most ("(Reuters)", "(Sahel Post (web))"):
# never a place of the text, whatever its words name ("(Red Sea Wire)")
_SOURCE = r"\s*(?:(?P<outlet>\((?:[^()]|\([^()]{1,20}\)){1,30}\))\s*)?"
_DATELINE = re.compile(r"(?m)(?:^[ \t]*|(?<=[.!?] )|(?<=\d{4} ))(?P<name>[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]{2,}){0,2})"
                       r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?" + _FILED + _SOURCE + r"[—–-]+"
                       r"(?=\s*[A-Z\"“])")
# a hashtag's body ("#SierraLeone", "#KashmirFloods", "#nigeria"), and the words a run-together one is written in
_HASHTAG = re.compile(r"(?<![\w#@&])#(?P<body>[^\W\d_][\w'’]*)")
_HASHTAG_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿ])|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*|[a-zß-öø-ÿ]+|\d+")
_HASHTAG_WORDS = 4  # the longest run of a hashtag's words read as one name ("#JammuAndKashmir")
_ONE_CASE_WORDS = 2  # the longest name read in a stretch written in one case ("middle east", "NEW YORK")
_RUN_PART_WORDS = 3  # the longest name read inside a longer capitalised run
_HASHTAG_LETTERS = 3  # the shortest: "#IS", "#AP" are no country codes
_ONE_CASE_LETTERS = 30  # the longest hashtag body in one case cut into words (a longer one is a sentence or noise)
_HASHTAG_WORD_ZIPF = 3.0  # a word inside such a body is used once a million words or more ("invaded", "vaccines")
_RARE_LETTERS = 4  # the shortest lower-case word read as a town not well known ("in tur…", "at wal-mart" are no towns)
_ACTOR_NAME_WORDS = 8  # the most words of a registry name read around a place-labelled name inside it
_CODE_LETTERS = 2  # a division's postal code ("NJ", "WA"); longer capitals ("ACT", "ALL") are words as often
_CODE_MARKS = ("-", "(", "[")  # what may stand between a town and its division's code instead of a comma
_TOWN_WORDS = 3  # the longest town name read before a code ("Sour Lake TX", "Mount Holly NJ")
# a wire dateline after a headline's colon ("...: DONETSK, Ukraine (AP) —"), or after any word when its wire is
# named ("... threats - GENEVA (Reuters) -", "By A Reporter NAIROBI, Kenya (AP) —"); and a dateline some papers end
# with a colon, at a line's or sentence's head or after a headline's colon ("BEIRUT: Gunmen...", "...: KUALA LUMPUR:
# The..."): a dateline when it names a salient place, else a name of its own read through the acceptance model
# ("NOTICE:", "UPDATE:" open lines that way too)
_WIRE_WORDS = r"[A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]{2,}){0,2}"
_WIRE_PLACE = rf"(?P<name>{_WIRE_WORDS})"
_WIRE_COUNTRY = r"(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
_HEADLINE_DATELINE = re.compile(r"(?:(?<=: )|(?<= )(?=" + _WIRE_WORDS + _WIRE_COUNTRY + _FILED + r"\s*\([^()]{2,30}\)))"
                                + _WIRE_PLACE + _WIRE_COUNTRY + _FILED + _SOURCE + r"[—–-]+(?=\s*[A-Z\"“])")
_COLON_DATELINE = re.compile(r"(?m)(?:^[ \t]*|(?<=[.!?:] ))" + _WIRE_PLACE + r":(?=\s+[A-Z\"“])")
_OPEN_BRACKETS = frozenset("([{")
_LIST_PUNCT = frozenset(",;)]}")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod"})
_POSSESSIVE = re.compile(r"['’]s?\b")
_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_DOUBLE_NAME_LABELS = frozenset({"PERSON", "EVENT"})  # a hyphen in them joins two names ("Anne-Marie")
_NO_INNER_PLACES = PLACE_LABELS | {"PERSON"}  # names whose words are no other places ("George X", "Greater X")
_CONTAINER_LABELS = frozenset({"GPE", "LOC"})  # the labels of a name whose possessive may be a container
_SEAT_MODES = frozenset({"plain", "region", "direction_region"})  # readings of an area whose capital may be named


@dataclass(frozen=True)
class Reading:
    """A place-name span and how its phrase asks to be read."""

    start: int
    end: int
    name: str
    label: str
    strong: bool
    mode: str = "plain"  # plain | region | direction_region | facility | facility_named | near | offset | road
    feature: str | None = None
    phrase: str = ""
    compass: str | None = None
    offset_km: float | None = None
    qualifier: str | None = None
    cue: bool = False
    parent_name: str | None = None  # a named facility's town; a road's other town
    head: bool = False  # a word that makes the name a place's follows it ("Roselle police")
    hashtag: bool = False  # written as a hashtag ("#Ferguson")
    contains: tuple[str, ...] = ()  # the names it is the container of ("Y" in "X (Y)", "Z" in "X, Y, Z")
    outer: tuple[str, ...] = ()  # the containers of its container ("Z" for "X" in "X (Y, Z)")
    bracketed: bool = False  # in a chain of containers opened by a bracket ("X (Y, Z)"), not a list "X, Y, Z"
    seat: tuple[int, int] | None = None  # the words naming its capital ("the X capital", "the capital of X")
    possessive: bool = False  # its container is the place whose possessive opens it ("Borno's Gwoza"): no fallback
    hyphenated: bool = False  # written into a compound after its hyphen ("pro-X", "D-X", "the University of Y-X")
    town: str | None = None  # the town it is told as a part of ("the X district of Y", "Y's X neighbourhood")
    settled: bool = False  # the text calls it a settlement ("the village of X", "X town"): a place, known or not
    cut: bool = False  # a shortened post's mark follows it ("Oklaho…"): its name may be cut


def find_spans(text: str, doc: Doc, terms: GeoTerms, is_actor: Callable[[str], bool] = lambda name: False,
               known: Callable[[str], bool] = lambda name: False, salient: Callable[[str], bool] = lambda name: False,
               coded: Callable[[str], bool] = lambda name: False, common: Callable[[str], bool] = lambda word: True,
               frequent: Callable[[str], bool] = lambda word: True,
               holds: Callable[[str, str], bool] = lambda name, code: False
               ) -> tuple[list[tuple[int, int, str]], list[str], list[tuple[int, int, bool]], list[str]]:
    """Candidate name spans of `text` (parsed as `doc`): (char start, char end, NER label or ''), the
    demonyms seen, the parts of other names that may be places ("Kentucky" in "Kentucky State Police"),
    each saying whether its name is an organisation's that only a country part may be read from, and the
    countries of the division words one country alone uses ("woreda"). A hashtag naming a place is a span
    whatever NER made of it (see `_hashtag_spans`); a capitalised run no name `known` to the gazetteer gives
    the names inside it as parts (see `_known_runs`); a division's postal code (`coded`) after a place cue or a
    place's comma is a name whatever NER made of it (see `_coded_names`); `common` words are the lemmatizer's,
    `frequent` ones those used often (a lower-case word rare enough may be a name, see `_one_case_names`); `holds`
    says whether the division a code names holds a place of a name (see `_coded_names`)."""
    spans: list[tuple[int, int, str]] = []
    demonyms: list[str] = []
    parts: list[tuple[int, int, bool]] = []
    outlets = _outlets(text)
    covered = {tok.i for tok in doc if _within(tok.idx, outlets)}  # an outlet's words are read as no name at all
    for whole in doc.ents:
        if whole.label_ in NUMBER_LABELS or whole.start in covered:
            continue  # a name NER took for an amount ("#Iran #" as money) is read as any capitalised run
        covered.update(range(whole.start, whole.end))
        if whole.label_ not in PLACE_LABELS | OTHER_LABELS:
            continue
        for ent in (bracketed for piece in _separated(whole) for bracketed in _bracket_parts(piece)):
            _add_entity(ent, terms, (is_actor, salient, known, frequent), spans, demonyms, parts)
    tokens = list(doc)  # one Token object per position for every scan below (spaCy builds one per access)
    for tok in tokens:
        if tok.text[:1].isupper() and tok.i not in covered and (code := terms.demonyms.get(fold(tok.text))) and (
                tok.head.lemma_ not in BORDER_NOUNS):
            demonyms.append(code)
    # a division word one country alone uses ("X woreda") says where the story is
    lowers = [tok.lower_ for tok in tokens]  # each token's lower case, read once for the scans below
    divisions = [code for low in lowers if (code := terms.division_countries.get(low))]
    for first, last in _capitalised_runs(tokens, covered):
        start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
        if _in_actor_name(doc[first:last + 1], is_actor):
            parts.append((start, end, True))
            continue
        spans.append((start, end, ""))
        if last > first:  # "X Mayor Y Z": X, the mayor's place
            run = doc[first:last + 1]
            parts.extend((s, e, False) for s, e in _headed_parts(run, text, terms, salient))
            parts.extend((s, e, False) for s, e in _known_runs(run, known, salient, terms.directions))
    spans.extend(_named_settlements(text, tokens, covered, terms, common, salient))
    spans.extend((start, end, "") for start, end in _one_case_names(tokens, lowers, terms, salient, frequent,
                                                                    lambda w: known(w) and not common(w))
                 if not any(s[0] < end and start < s[1] for s in spans))
    # over NER's other labels for the code alone ("#TN" a person); a name NER ran into the code with no comma
    # ("Fargo-ND", "Cherry Hill NJ") ends before it
    for start, end in _coded_names(tokens, terms, coded, holds):
        over = [s for s in spans if s[0] < end and start < s[1]]
        if all(s[:2] == (start, end) and s[2] not in PLACE_LABELS for s in over):
            spans = [s for s in spans if s[:2] != (start, end)] + [(start, end, CODE)]
        elif all(s[1] == end and s[0] < start and "," not in text[s[0]:start] for s in over):
            spans = [s for s in spans if s not in over] + [(start, end, CODE)] + [
                (s[0], s[0] + len(text[s[0]:start].rstrip(" " + "".join(_CODE_MARKS))), s[2]) for s in over]
    if sum(map(str.islower, text)) > sum(map(str.isupper, text)):  # written in case: not a headline's capitals
        spans.extend((t.idx, t.idx + len(t.text), "") for t in tokens if t.text in terms.short_forms
                     and not any(s[0] < t.idx + len(t.text) and t.idx < s[1] for s in spans))
    spans.extend(_datelines(text))
    spans.extend((m.start("name"), m.end("name"), "DATELINE") for m in _HEADLINE_DATELINE.finditer(text))
    colon = {(m.start("name"), m.end("name")): "DATELINE" if salient(m["name"]) else ""  # never "UPDATE: ..."
             for m in _COLON_DATELINE.finditer(text)}
    spans = [s for s in spans if colon.get(s[:2]) != "DATELINE"] + [
        (*at, label) for at, label in colon.items() if label or not any(s[:2] == at for s in spans)]
    if tags := _hashtag_spans(text, doc, known, salient):
        spans = [s for s in spans if not any(s[0] < end and start < s[1] and not (s[2] in PLACE_LABELS
                                                                                  and s[:2] == (start, end))
                                             for start, end in tags)]
        spans.extend((start, end, "") for start, end in tags if not any(s[:2] == (start, end) for s in spans))
    return sorted([*(_people_hints(doc, s, terms) for s in spans if not _within(s[0], outlets)),
                   *_bare_peoples(doc, spans, terms)]), demonyms, parts, divisions


def _people_hints(doc: Doc, span: tuple[int, int, str], terms: GeoTerms) -> tuple[int, int, str]:
    """A span whose last word is a people's name, narrowed to that name and relabelled a hint, when a word for its
    people follows ("Afar herders", "Armed Murle youths"), maybe past other peoples coordinated with it ("Nuer and
    Dinka youths"), or a marker comes before ("ethnic Amhara"): the people, never its homeland nor a namesake town
    abroad."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or not people_named(doc, words[-1].i, terms) or any(  # not the last word of a longer name
            w.is_title and w.i > w.sent.start for w in words[:-1]):  # ("Biri Weyne village"; "Armed Murle" is none)
        return span
    return words[-1].idx, words[-1].idx + len(words[-1]), HINT


def people_named(doc: Doc, i: int, terms: GeoTerms) -> bool:
    """Whether the word at `i` names a people or clan: its name (`peoples`), with a word for its people after it or
    after the peoples coordinated with it ("Abgal and Murusade sub-clans"), or a marker before it."""
    name = fold(doc[i].text)
    if not {name, name.removesuffix("s")} & terms.peoples:
        return False
    after = i + 1
    while after + 1 < len(doc) and (doc[after].dep_ == "cc" or doc[after].text == ",") and (
            fold(doc[after + 1].text) in terms.peoples):
        after += 2
    member = ("".join(t.text for t in doc[after:after + k]).lower() for k in (1, 3))  # "sub-clans": three tokens
    before = doc[i - 1].lower_ if i > 0 else ""
    return not terms.people_members.isdisjoint(member) or before in terms.people_markers


def _bare_peoples(doc: Doc, spans: list[tuple[int, int, str]], terms: GeoTerms) -> list[tuple[int, int, str]]:
    """A hint for each people or clan of known country no span holds that `people_named` reads as one ("Dhulbahante
    clansmen" the tagger left unnamed): its country says where the story is."""
    return [(t.idx, t.idx + len(t), HINT) for t in doc if t.is_title and fold(t.text) in terms.people_countries
            and not any(s[0] < t.idx + len(t) and t.idx < s[1] for s in spans) and people_named(doc, t.i, terms)]


def _outlets(text: str) -> list[tuple[int, int]]:
    """Where each wire or paper a dateline names in brackets is written ("KANO, May 3 (Lake Chad Wire) -")."""
    return [match.span("outlet") for pattern in (_DATELINE, _HEADLINE_DATELINE) for match in pattern.finditer(text)
            if match["outlet"]]


def _within(offset: int, stretches: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in stretches)


def _hashtag_spans(text: str, doc: Doc, known: Callable[[str], bool], salient: Callable[[str], bool]
                   ) -> list[tuple[int, int]]:
    """The place each hashtag names: its longest run of leading words (split at capitals and digits) that is a
    `known` name, written together or apart ("#SierraLeone", "#JammuAndKashmir"); one word alone only when it is
    `salient` as written and no stop word ("#nigeria", "#KashmirFloods", "#Tokyo2020", "#USA"; never "#SaveX",
    "#police"); else a `salient` run of its later words ("#PrayForGaza", "#Ceasefire4Gaza"). A body in one case is
    cut into words and `salient` names first (`_one_case_words`: "#prayforX", "#Xstrong"; never "#Xntroops", nor a
    common word's spelling of a place, "#turkeyday"). NER reads hashtags as amounts, persons or common nouns, or not
    at all."""
    found = []
    for match in _HASHTAG.finditer(text):
        start, body = match.start("body"), match["body"]
        words = [m.span() for m in _HASHTAG_WORD.finditer(body)]
        if (body.islower() or body.isupper()) and not salient(body):
            words = _one_case_words(body.lower(), salient)
        shun = _COMMON_WORD_PLACES if len(words) > 1 and (body.islower() or body.isupper()) else frozenset()
        for first in range(len(words)):
            run = _hashtag_run(text, start, words[first:], first == 0, doc, (known, salient, shun))
            if run is not None:
                found.append(run)
                break
    return found


def _one_case_words(body: str, salient: Callable[[str], bool]) -> list[tuple[int, int]]:
    """A hashtag's body in one case cut into the fewest words (of two letters or more, Zipf `_HASHTAG_WORD_ZIPF` or
    more: "vaccines" is one, never "vacc" + "ines") and well-known names (of `_RARE_LETTERS` letters or more), or
    the whole body when it cuts into none (at most `_ONE_CASE_LETTERS`)."""
    if len(body) > _ONE_CASE_LETTERS:
        return [(0, len(body))]
    best: list[list[tuple[int, int]] | None] = [[], *[None] * len(body)]
    for end in range(1, len(body) + 1):
        for begin in range(end):
            before = best[begin]
            if before is None or (best[end] is not None and len(before) + 1 >= len(best[end] or ())) or end - begin < 2:
                continue
            zipf = word_zipf(piece := body[begin:end])  # a name well known enough is a word wordfreq has seen
            if zipf >= _HASHTAG_WORD_ZIPF or (zipf > 0 and end - begin >= _RARE_LETTERS and salient(piece)):
                best[end] = [*before, (begin, end)]
    return best[-1] or [(0, len(body))]


def _hashtag_run(text: str, start: int, words: list[tuple[int, int]], leading: bool, doc: Doc,
                 names: tuple[Callable[[str], bool], Callable[[str], bool], Collection[str]]) -> tuple[int, int] | None:
    """The longest run of `words` (of a hashtag whose body opens at `start`) read as a place name, or None
    (`names`: its `known` and `salient` tests, and the names never read there, those of a common word's spelling
    in a body cut in one case, where a run of words is a `salient` name only)."""
    known, salient, shun = names
    for k in range(min(_HASHTAG_WORDS, len(words)), 0, -1):
        run = words[:k]
        if any(text[start + w[0]].isdigit() for w in run) or run[-1][1] - run[0][0] < _HASHTAG_LETTERS:
            continue
        begin, end = start + run[0][0], start + run[-1][1]
        name = hashtag_name(text[begin:end])
        if shun and (name.lower() in shun or end - begin < _RARE_LETTERS):
            continue
        if leading and k > 1 and (known(name) or known(text[begin:end])) and (not shun or salient(name)):
            return begin, end
        if not doc.vocab[text[begin:start + run[0][1]].lower()].is_stop and salient(name):
            return begin, end
    return None


def hashtag_name(body: str) -> str:
    """A hashtag's words written apart ("SierraLeone" -> "Sierra Leone"); a name in one case as it is."""
    return " ".join(w[0] for w in _HASHTAG_WORD.finditer(body)) if not (body.islower() or body.isupper()) else body


def _add_entity(ent: Span, terms: GeoTerms,
                names: tuple[Callable[[str], bool], ...],
                spans: list[tuple[int, int, str]], demonyms: list[str], parts: list[tuple[int, int, bool]]) -> None:
    """One named entity's span, demonym or name parts, added to those of `find_spans` (`names`: its `is_actor`,
    `salient`, `known` and `frequent`)."""
    is_actor, salient, known, frequent = names
    if ent.label_ in PLACE_LABELS and _in_actor_name(ent, is_actor):
        parts.append((ent.start_char, ent.end_char, True))  # "the Defence of the [Homeland]": a country it names only
        return
    trimmed = _trim(ent, cut_lowercase=ent.label_ not in PLACE_LABELS)
    if trimmed is None or not _name_shaped(trimmed):
        return
    organisation = ent.label_ not in PLACE_LABELS and _organisation(ent, is_actor)
    # of a place-labelled name too, for when the whole is no known place
    parts.extend((start, end, organisation) for start, end in [*_name_parts(ent, terms.directions), *_hyphen_parts(ent),
                                                               *_headed_parts(ent, text_of(ent.doc), terms, salient),
                                                               *_branch_place(trimmed, ent.label_, known, salient,
                                                                              terms.directions)])
    if not organisation and (tail := _tail_part(ent)) is not None:  # "the University of X", "a school in X"
        parts.append((*tail, False))
    if ent.label_ not in PLACE_LABELS and (lead := _leading_demonym(trimmed, terms)):
        demonyms.append(lead[0])  # "the Nigerian Army", "Swiss Federal Police": the agent's country
        if (words := trimmed[:lead[1]]).text.replace(".", "").isupper():  # "US Senate": as "U.S. troops", a hint
            spans.append((words.start_char, words.end_char, HINT))
            parts[:] = [p for p in parts if p[:2] != (words.start_char, words.end_char)]
    # "University" of "University of Kent": a fragment, not a name; NER runs a name into the marks after it ("X &amp;",
    # "X.", an HTML entity's name after its "&"): X, when a well-known place or a known name no common word spells
    # ("HIV &amp;", "Bill &amp;" are no places)
    name = trimmed.text
    if ent.label_ not in PLACE_LABELS and trimmed.end < ent.end and not (
            all(t.is_punct or ent.doc[t.i - 1].text == "&" for t in ent[trimmed.end - ent.start:])
            and (salient(name) or (known(name) and not (frequent(name) or name.isupper())))):
        return
    folded = fold(trimmed.text)
    if folded in terms.demonyms:
        if trimmed.root.head.lemma_ not in BORDER_NOUNS:
            demonyms.append(terms.demonyms[folded])
        if trimmed.text.replace(".", "").isupper():  # "from the U.S." names a place; "U.S. troops" only hints
            spans.append((trimmed.start_char, trimmed.end_char, "" if _names_country(trimmed) else HINT))
        return
    spans.append((trimmed.start_char, trimmed.end_char, ent.label_))


def _branch_place(name: Span, label: str, known: Callable[[str], bool], salient: Callable[[str], bool],
                  compass: Collection[str]) -> list[tuple[int, int]]:
    """The well-known place that ends an organisation's or a title's name ("X" of "the BBC X", "UNICEF X", "Riots
    In X"), by `_known_runs`: a branch or a story placed there. Never a place inside the name ("the Iron X Rangers"
    is a group's name), nor in a person's or a place's name ("George X", "Greater X")."""
    return [run for run in _known_runs(name, known, salient, compass, label in _NO_INNER_PLACES)
            if run[1] == name.end_char]


def _in_actor_name(ent: Span, is_actor: Callable[[str], bool]) -> bool:
    """Is a name (NER's place or a capitalised run) a word of a longer name the actor registry knows, in its sentence
    ("the Volunteers for the Defence of the [Homeland]", "Islamic State [West Africa Province]")? NER cuts such
    names, or misses them."""
    doc, sent = ent.doc, ent.sent
    said = text_of(doc)  # each run's text cut from the Doc's, built once (no Span or sentence text per run)
    starts = [(t.i, t.idx) for t in doc[max(sent.start, ent.start - _ACTOR_NAME_WORDS):ent.start + 1] if not t.is_lower]
    ends = [(t.i + 1, t.idx + len(t)) for t in doc[ent.end - 1:min(sent.end, ent.end + _ACTOR_NAME_WORDS)]
            if not t.is_lower]
    return any((start, end) != (ent.start, ent.end) and is_actor(said[first:last])
               for start, first in starts for end, last in ends)


def _leading_demonym(name: Span, terms: GeoTerms) -> tuple[str, int] | None:
    """The country of a demonym that opens a longer name ("Nigerian" in "Nigerian Army"), and its words, if any."""
    for k in (2, 1):
        if len(name) > k and (code := terms.demonyms.get(fold(name[:k].text))):
            return code, k
    return None


def _separated(ent: Span) -> list[Span]:
    """An entity cut at the marks, links and @handles inside it: NER reads "X / Y", "X: Y", "X - A Travel Blog",
    "X http://..." as one name, each piece is one (a hyphen joined to its words, "Guinea-Bissau", cuts nothing), and
    at a list's commas ("the villages of X, Y and Z": the name after the comma a conjunct the list goes on from)."""
    doc = ent.doc
    handle = {t.i + 1 for t in ent if t.text == "@" and not t.whitespace_}  # "@" and the handle it opens
    spaced = {t.i for t in ent if t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_}  # " - ", not "X-Y"
    listed = {t.i for t in ent if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].dep_ == "conj" and any(
        c.dep_ == "cc" for c in doc[t.i + 1].children)}
    cuts = [t.i for t in ent if t.like_url or t.text.startswith("@") or t.i in handle or t.i in listed
            or (t.text in _SEPARATORS and (t.text not in _CONNECTORS or t.i in spaced))]
    if not cuts:
        return [ent]
    return [Span(doc, a + 1, b, label=ent.label_) for a, b in pairwise([ent.start - 1, *cuts, ent.end])
            if b > a + 1 and any(t.is_alpha for t in doc[a + 1:b])]


def _bracket_parts(ent: Span) -> list[Span]:
    """An entity cut at its brackets, and the bracketed part at its commas: no name holds an opening bracket,
    and what one opens after a place is its container ("X (Y, Z)" tagged as one entity is three names; "Y, Z"
    tagged inside the brackets is two)."""
    cuts = [t.i for t in ent if t.text in _OPEN_BRACKETS]
    if not cuts:
        if ent.start == 0 or ent.doc[ent.start - 1].text not in _OPEN_BRACKETS:
            return [ent]
        cuts = [ent.start - 1]
    found, start = [], min(ent.start, cuts[0])
    for i in [*cuts, ent.end]:
        found.append(ent.doc[start:i])
        start = i + 1
    inner = []
    for part in found[1:]:
        start = part.start
        for i in [*(t.i for t in part if t.text in _LIST_PUNCT), part.end]:
            inner.append(ent.doc[start:i])
            start = i + 1
    return [Span(ent.doc, p.start, p.end, label=ent.label_) for p in (found[0], *inner)
            if len(p) and any(t.is_alpha for t in p)]


def _name_shaped(span: Span) -> bool:
    """A name has a capital letter in a sentence written in case: a lower-case common noun ("the metro",
    "a camp", a word the tagger, a determiner or the noun it modifies calls one) is no place unless listed
    as written. A hashtag ("#ferguson"), a lower-case proper noun ("flying to miami"), a sentence all in
    lower case say nothing."""
    if any(c.isupper() for c in span.text) or span.text.lower() in _LOWER_CASE_PLACES:
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "#" and not before.whitespace_:
        return True
    first = next((t for t in span.sent if t.is_alpha), None) if doc.has_annotation("SENT_START") else None
    if first is None or first.is_lower:
        return True
    determined = before is not None and (before.lower_ in _ARTICLES or before.tag_ in _DETERMINER_TAGS)
    root = span.root  # "metro turnstiles": a modifier of a common noun is one too, whatever its tag
    modifier = root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.is_lower
    return not (determined or modifier or any(t.pos_ != "PROPN" for t in span))


def _organisation(ent: Span, is_actor: Callable[[str], bool]) -> bool:
    """An organisation's name by its head word, in it or just after it ("the Free Syrian Army", "the
    Homeland Security ministry"), or a name the actor registry knows."""
    trimmed = _trim(ent)
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return (ent[-1].lower_ in _ORGANISATION_HEADS or after in _ORGANISATION_HEADS
            or (trimmed is not None and is_actor(trimmed.text)))


def _name_parts(ent: Span, compass: Collection[str]) -> list[tuple[int, int]]:
    """Leading name runs of an organisation's or person's name ("Kentucky", "Kentucky State" in "Kentucky
    State Police"), longest first. Not the name after its 'of': in conflict news that is an armed group's
    claim ("Islamic State of Iraq"), not where anything happens; not `compass` words alone ("West" of "West
    Harerge", "South West" of "South West Shewa" name a part of what follows)."""
    tokens = [t for t in ent if not t.is_punct]
    while tokens and tokens[0].lower_ in _ARTICLES:
        tokens.pop(0)
    out = []
    for k in range(min(3, len(tokens) - 1), 0, -1):
        run = tokens[:k]
        if all(t.text[:1].isupper() and not t.is_stop for t in run) and not all(t.lower_ in compass for t in run):
            out.append((run[0].idx, run[-1].idx + len(run[-1].text)))
    return out


def _headed_parts(name: Span, text: str, terms: GeoTerms, salient: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Runs of capitalised words inside a longer name that a place head follows, longest first at each word: the
    name's first words ("X" of "X Mayor Y Z"), or a `salient` place's name further in ("X" of "the Great X
    Earthquake", "Y" of "South Y Flood Relief"): news names happenings and officials after their place, and a
    title's first words need not be it (a small town's name there is a person's or a thing's as often)."""
    out = []
    first = next((t.i for t in name if t.lower_ not in _ARTICLES), name.end)
    for i in range(first, name.end - 1):
        for k in range(min(_RUN_PART_WORDS, name.end - 1 - i), 0, -1):
            run = name.doc[i:i + k]
            if (all(t.text[:1].isupper() and not t.is_stop and not t.is_punct for t in run)
                    and terms.place_head_after.match(text[run.end_char:run.end_char + 40])
                    and (i == first or salient(run.text))):
                out.append((run.start_char, run.end_char))
    return out


def _hyphen_parts(ent: Span) -> list[tuple[int, int]]:
    """The capitalised names after a hyphen joined to both its words, longest first ("Russia" of "pro-Russia",
    "Charleston" of a legislator's "D-Charleston", "Lincoln" of "the University of Nebraska-Lincoln"): a name
    written into a compound is no part of the compound's own name. Not in a person's or event's double name
    ("Anne-Marie", "the Six-Day War"): there a name, not a prefix or an initial, opens the compound."""
    out: list[tuple[int, int]] = []
    doc, double = ent.doc, ent.label_ in _DOUBLE_NAME_LABELS
    for dash in (t for t in ent[:-1] if t.text == "-" and t.i > ent.start and not t.whitespace_
                 and not doc[t.i - 1].whitespace_ and not (double and doc[t.i - 1].is_title)):
        run = list(takewhile(lambda t: t.text[:1].isupper() and not t.is_stop and t.text != "-",
                                       doc[dash.i + 1:min(ent.end, dash.i + 4)]))
        out.extend((run[0].idx, run[k - 1].idx + len(run[k - 1].text)) for k in range(len(run), 0, -1))
    return out


def _tail_part(ent: Span) -> tuple[int, int] | None:
    """The capitalised name that ends a longer name after its last 'of' or 'in' ("X" of "the University of X", of
    "Lutheran School in X"), or None; none after an organisation's head word ("the Liberation Front of X")."""
    opener = max((t.i for t in ent[1:-1] if t.lower_ in _TAIL_OPENERS), default=None)
    if opener is None or any(t.lower_ in _ORGANISATION_HEADS for t in ent.doc[ent.start:opener]):
        return None
    run = [t for t in ent.doc[opener + 1:ent.end] if t.lower_ not in _ARTICLES]
    if not run or len(run) > 3 or not all(t.text[:1].isupper() and not t.is_stop for t in run):
        return None
    return run[0].idx, run[-1].idx + len(run[-1].text)


def _datelines(text: str) -> list[tuple[int, int, str]]:
    """A capitalised place at the head of a line before a dash: "COLUMBUS, Ohio —", "BEIRUT (Reuters) -"."""
    return [(match.start("name"), match.end("name"), "DATELINE") for match in _DATELINE.finditer(text)]


def dateline_spans(text: str) -> dict[int, int]:
    """A text's datelines, start to end, place to dash or colon ("GOMA, Congo, May 3 (Reuters) -", "GOMA:"): where
    and when the reporter files is one sentence of its own, no part of the story's first."""
    return {match.start("name"): match.end() for pattern in (_DATELINE, _COLON_DATELINE) for match in
            pattern.finditer(text)}


def _names_country(span: Span) -> bool:
    """Does a country abbreviation ("U.S.", "UK") stand as a noun phrase of its own, not as a modifier?"""
    doc = span.doc  # the next character without Doc.text, which rebuilds the whole text per call
    after = span[-1].whitespace_ or (doc[span.end].text[:1] if span.end < len(doc) else "")
    return span.root.dep_ not in _MODIFIER_DEPS and after not in ("-", "–")


def _named_settlements(text: str, tokens: list[Token], covered: set[int], terms: GeoTerms,
                       common: Callable[[str], bool], salient: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """Capitalised words the tagger took for common nouns or adjectives that the text calls a settlement ("Sake, a
    town west of Goma", "the town of Sake") or that stand where a place's name stands: before a place head
    ("Xville police", "X flood victims") or a verb phrase that takes places ("X fell to", "X was shelled"), or
    opening a line or sentence before a colon ("Xville: a protest ..."), when it names a `salient` place or is no
    `common` word ("State police", "Come flood" are neither), or modifying the noun after it when it names a
    `salient` place ("X tea pickers", "X cricketers"), and is neither a compass adjective ("Western officials")
    nor a word of a title-case run ("Parking Lot Riot")."""
    found = []
    described: set[int] | None = None  # the heads of settlement nouns in apposition (Token.children walks a subtree)
    for tok in tokens:
        if (not tok.text[:1].isupper() or tok.i in covered or tok.pos_ == "PROPN" or not tok.is_alpha
                or tok.is_upper):
            continue
        end = tok.idx + len(tok.text)
        after = text[end:end + 40]
        titled = not tok.is_sent_start and tokens[tok.i - 1].text[:1].isupper()  # a title-case headline's word
        headed = (terms.place_head_after.match(after) or terms.passive_cue_after.match(after)
                  or (tok.is_sent_start and after.startswith(":")))
        modifies = tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i  # "X tea pickers": a salient place's only
        if (not titled and not tok.is_stop and (headed or modifies) and not _direction_adjective(tok.lower_, terms)
                and ((headed and not common(tok.text)) or salient(tok.text))):
            found.append((tok.idx, end, ""))
            continue
        if tok.is_sent_start:
            continue
        if described is None:
            described = {c.head.i for c in tokens if c.dep_ == "appos" and c.lower_ in terms.settlement_nouns}
        appositive = tok.i in described
        named_by = (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in terms.settlement_nouns)
        if appositive or named_by:
            found.append((tok.idx, end, ""))
    return found


def _one_case_names(tokens: list[Token], lowers: list[str], terms: GeoTerms, salient: Callable[[str], bool],
                    frequent: Callable[[str], bool], rare: Callable[[str], bool]) -> list[tuple[int, int]]:
    """A `salient` place written in one case after a place cue, where capitals say nothing: "flooding in
    kashmir", "the storm hit toronto", "GUN VIOLENCE IN AMERICA" (NER and the name rules read names by their
    capitals). The cue is written in the same case; in lower case only words the tagger calls proper nouns or
    that are no `frequent` word (it tags "in peshawar" a noun), with no article before them ("interested in
    reading", "fled into the bush" name no town); never a word that modifies the next ("the metro area", "in metro
    Atlanta") nor a compass word ("on the east coast"). A lower-case word of `_RARE_LETTERS` or more that is no
    `frequent` word and whose lemma is a `rare` one (a known name, no common word: "a tornado in xville") is such a
    name too, not well known: the geocoder weighs it as any name after a cue (the cue rule, the acceptance model)."""
    found: list[tuple[int, int]] = []
    for i in range(1, len(tokens)):
        j = i - 1
        while j > 0 and lowers[j] in _ARTICLES:
            j -= 1
        if lowers[j] not in terms.place_cues:  # the rarest condition first: most words follow no cue
            continue
        tok, cue = tokens[i], tokens[j]
        if not tok.is_alpha or not (tok.is_lower or tok.is_upper) or (found and found[-1][1] > tok.idx):
            continue
        if ((tok.is_lower and j < i - 1)
                or (cue.is_lower, cue.is_upper) != (tok.is_lower, tok.is_upper)
                or tok.lower_ in terms.directions or _direction_adjective(tok.lower_, terms)):
            continue
        for k in (_ONE_CASE_WORDS, 1):
            words = tokens[i:i + k]
            if (len(words) == k and all(w.is_alpha and (w.is_lower if tok.is_lower else w.is_upper) for w in words)
                    and not (tok.is_lower and any(w.pos_ != "PROPN" and frequent(w.text) for w in words))
                    and words[-1].dep_ not in _MODIFIER_DEPS
                    and len(name := " ".join(w.text for w in words)) >= _HASHTAG_LETTERS
                    and (salient(name) or (k == 1 and tok.is_lower and len(name) >= _RARE_LETTERS
                                           and not frequent(name) and rare(tok.lemma_) and rare(name)))):
                found.append((tok.idx, words[-1].idx + len(words[-1].text)))
                break
    return found


def _coded_names(tokens: list[Token], terms: GeoTerms, coded: Callable[[str], bool],
                 holds: Callable[[str, str], bool]) -> list[tuple[int, int]]:
    """A division's postal code in capitals (`coded`) after a lower-case place cue or after a capitalised name's
    comma, in a text written in case, or as a hashtag: "measles in WA", "three of MI counties", "Moore, OK", "#NJ"
    (NER reads such codes as dates, products or nothing; in a text all in capitals "IN OH" says nothing); or with
    no comma right after a name of a place that division `holds` ("Salem OR", "Fargo-ND", "Beaumont [TX]")."""
    found = []
    for i, tok in enumerate(tokens[1:], 1):
        if not (len(tok.text) == _CODE_LETTERS and tok.is_upper and tok.is_alpha and coded(tok.text)):
            continue
        before = tokens[i - 1]
        cue = before.is_lower and before.lower_ in terms.place_cues
        comma = before.text == "," and i > 1 and tokens[i - 2].text[:1].isupper() and not tokens[i - 2].is_upper
        hashtag = before.text == "#" and not before.whitespace_
        if cue or comma or hashtag or _town_before(tokens, i, holds):
            found.append((tok.idx, tok.idx + len(tok.text)))
    return found


def _town_before(tokens: list[Token], i: int, holds: Callable[[str, str], bool]) -> bool:
    """Does a title-case name of a place the division coded by token `i` `holds` stand right before it (a hyphen
    or an opening bracket between them at most)?"""
    j = i - 1 - (tokens[i - 1].text in _CODE_MARKS)
    words: list[str] = []
    while j >= 0 and len(words) < _TOWN_WORDS and tokens[j].is_title and tokens[j].is_alpha:
        words.insert(0, tokens[j].text)
        if holds(" ".join(words), tokens[i].text):
            return True
        j -= 1
    return False


def _trim(span: Span, cut_lowercase: bool = False) -> Span | None:
    """The span without a leading article and trailing possessive; a non-place entity ends at its first common word."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in _ARTICLES:
        start += 1
    if cut_lowercase:
        for i in range(start + 1, end):
            if doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ not in _CONNECTORS:
                end = i
                break
    while end > start and (doc[end - 1].lower_ in _POSSESSIVE_ENDINGS or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def _capitalised_runs(doc: list[Token], covered: set[int]) -> list[tuple[int, int]]:
    """The first and last token of each run of capitalised proper nouns no named entity covers."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in covered or not _is_name_token(tok):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j not in covered:
            nxt = doc[j]
            if _is_name_token(nxt):
                j += 1
            elif (nxt.text == "-" and not doc[j - 1].whitespace_ and not nxt.whitespace_
                  and j + 1 < len(doc) and doc[j + 1].is_alpha and (j + 1) not in covered):
                j += 2
            elif (nxt.lower_ in _CONNECTORS and j + 1 < len(doc) and _is_name_token(doc[j + 1])
                  and (j + 1) not in covered):
                j += 2
            else:
                break
        if not (tok.is_sent_start and j == i + 1 and (tok.is_stop or tok.pos_ != "PROPN")):
            runs.append((i, j - 1))
        i = j
    return runs


def _known_runs(run: Span, known: Callable[[str], bool], salient: Callable[[str], bool],
                compass: Collection[str], named: bool = False) -> list[tuple[int, int]]:
    """The `salient` place names inside a capitalised run or an entity's name that is no name `known` to the
    gazetteer as a whole, longest first from the left ("Mali" in "Declares Mali Ebola Free", "New Jersey" in "Fire
    Engulfs New Jersey Apartment Complex", "X" of "the BBC X"): a title-case headline or a name runs a place's name
    into the words around it. Never compass words alone ("West" of "Cornel West"), a stop word, a small town's name
    (a person's or a street's), nor a word of a name `named` a person's or a place's ("George X"; "Greater X", "X
    Islands" are places NER named, whose words are no others)."""
    if named or known(run.text):
        return []
    found, i = [], run.start
    while i < run.end:
        for k in range(min(_RUN_PART_WORDS, run.end - i), 0, -1):
            words = run.doc[i:i + k]
            if (k < len(run) and _is_name_token(words[0]) and _is_name_token(words[-1]) and not words[0].is_stop
                    and not all(w.lower_ in compass for w in words) and salient(words.text)):
                found.append((words.start_char, words.end_char))
                i += k
                break
        else:
            i += 1
    return found


def _is_name_token(tok) -> bool:  # noqa: ANN001 - spaCy Token
    """A capitalised proper noun of letters in any alphabet with case ("Koupéla", "Bouaké"), apostrophes allowed."""
    text = tok.text
    return (tok.pos_ == "PROPN" and text[:1].isupper() and any(c.islower() for c in text)
            and all(c.isalpha() or c in "'’" for c in text))


def read_span(text: str, start: int, end: int, label: str, terms: GeoTerms) -> list[Reading]:
    """How the phrase around one span asks to be read (a named facility adds a second reading)."""
    name = text[start:end] if text[start - 1:start] != "#" else hashtag_name(text[start:end])
    span_end = end  # a container is read after the whole span ("Zogbadi village (Kajuru district)")
    reading = Reading(start, end, name, label, strong=label in PLACE_LABELS)
    before = text[max(0, start - _WINDOW):start]
    after = text[end:end + _WINDOW]
    extra: list[Reading] = []
    reading = replace(reading, town=_town_of(text, start, end, terms))

    inner_dir = re.match(r"^(?P<dir>[A-Za-z-]+(?:\s+[a-z]+)?)\s+(?P<rest>[A-Z].*)$", name)
    # a capitalised compass noun opens a name too ("North Texas"); the resolver keeps the whole name
    # when the gazetteer knows it ("North Carolina", "East Hampton")
    inner_compass = inner_dir and (_direction_adjective(inner_dir["dir"], terms)
                                   or terms.directions.get(re.sub(r"[\s-]+", " ", inner_dir["dir"].lower())))
    if inner_dir and inner_compass:
        reading = replace(reading, mode="direction_region", name=inner_dir["rest"], compass=inner_compass,
                          phrase=name)
    elif (m := terms.direction_before.search(before)) and _direction_adjective(m["dir"], terms):
        reading = replace(reading, mode="direction_region", start=start - (len(before) - m.start("dir")),
                          compass=_direction_adjective(m["dir"], terms))
        reading = replace(reading, phrase=text[reading.start:end])
    if reading.mode == "direction_region":
        reading = _division_word(reading, text, terms)

    words = name.split()
    named_settlement = (len(words) > 1 and words[-1].lower() in terms.settlement_nouns
                        and words[-1].lower() not in terms.region_nouns)
    if named_settlement:  # "Solhan village", "Kidal town": the settlement's own name
        end = start + len(name) - len(words[-1]) - 1
        name = text[start:end]
        reading = replace(reading, end=end, name=name)
    fac_inner = _facility_suffix(name, terms)
    named = terms.facility_named.match(after)
    road = _road(name, after, terms) if reading.mode == "plain" else None
    if road is not None:  # "the X-Y highway": near X (Y when X is unknown)
        reading = replace(reading, mode="road", name=road[0], parent_name=road[1], phrase=name)
    elif named:
        nstart = end + named.start("name")
        extra.append(Reading(
            nstart, nstart + len(named["name"]), named["name"], "", strong=False, mode="facility_named",
            feature=terms.facility_feature(named["term"]), phrase=text[start:nstart + len(named["name"])],
            parent_name=name, cue=True,
        ))
    elif reading.mode == "plain" and fac_inner:
        core, term = fac_inner
        reading = replace(reading, mode="facility", name=core, feature=terms.facility_feature(term), phrase=name)
    elif reading.mode == "plain" and (m := terms.facility_after.match(after)):
        new_end = end + m.end()
        reading = replace(reading, mode="facility", end=new_end, feature=terms.facility_feature(m["term"]),
                          phrase=text[start:new_end])
    elif reading.mode == "plain" and (m := terms.facility_before.search(before)):
        reading = replace(reading, mode="facility", feature=terms.facility_feature(m["term"]),
                          phrase=text[start - (len(before) - m.start()):end])
    elif reading.mode == "plain" and (m := terms.region_after.match(after)):
        new_end = end + m.end()
        reading = replace(reading, mode="region", end=new_end, phrase=text[start:new_end])
    elif reading.mode == "plain" and terms.region_list_after.match(after):
        reading = replace(reading, mode="region", phrase=name)
    elif (reading.mode == "plain" and len(words) > 1 and words[-1].lower() in terms.region_nouns
          and (label not in OTHER_LABELS or fold(words[-1]) in terms.district_nouns)):
        # the division word inside a place's name: "X Region", "Y State", "Z District", "W LGA" even where NER takes
        # it for an organisation's (not "Justice Department")
        reading = replace(reading, mode="region", name=name[:len(name) - len(words[-1])].rstrip(), phrase=name)

    if reading.mode == "plain":
        reading = _read_relative(reading, text, before, terms)

    qualifier, noun = _container_after(text, max(reading.end, span_end), terms, linked=False)
    cue = (_has_cue(text[max(0, reading.start - _WINDOW):reading.start], terms) or noun
           or bool(terms.passive_cue_after.match(text[reading.end:reading.end + _WINDOW]))
           or bool(terms.described_after.match(text[reading.end:reading.end + _WINDOW])))
    if qualifier is None and (reading.strong or cue):  # "X village in Y district": a place's division, never a person's
        qualifier = _container_after(text, max(reading.end, span_end), terms, linked=True)[0]
    reading = replace(reading, qualifier=qualifier,
                      cue=cue or named_settlement or reading.mode != "plain",
                      settled=named_settlement or told_as_settlement(text, reading.start, reading.end, terms),
                      head=bool(terms.place_head_after.match(text[reading.end:reading.end + 40])),
                      hashtag=text[max(0, reading.start - 1):reading.start] == "#",
                      cut=bool(terms.truncated_after.match(text[reading.end:reading.end + _WINDOW])),
                      seat=_seat_words(text, reading, terms) if reading.mode in _SEAT_MODES else None)
    return [reading, *extra]


def _container_after(text: str, at: int, terms: GeoTerms, linked: bool) -> tuple[str | None, bool]:
    """The container written after a name that ends at `at` ("X, Y", "X (Y district)", "X, a town in Y"; when `linked`
    also "X in Y district"), read after a settlement noun ("X village (Y district)") or an area's ("X area, Y region"),
    and whether a settlement noun stands."""
    noun = re.match(r"\s+(\w+)", text[at:at + 30])
    settled = noun is not None and noun[1].lower() in terms.settlement_nouns
    at += noun.end() if noun is not None and (settled or terms.town_part_word.match(noun[0])) else 0
    qual = (terms.qualifier.match(text[at:at + 60]) or terms.apposition_qualifier.match(text[at:at + 120])
            or (terms.linked_qualifier.match(text[at:at + 80]) if linked else None))
    return (_INITIALS.sub("", qual["q"]) if qual else None), settled


def share_lists(text: str, readings: list[Reading], terms: GeoTerms) -> list[Reading]:
    """Readings (in text order) with the plain names of one list ("A, B and C villages in Z district", "A and B, both
    in Z state", "A, B or C (Z)") sharing the place cue of any member and the container and settlement noun that
    close the list: every member lies in Z, not only the last (a comma inside the list opens no container)."""
    shared, first = list(readings), 0
    for i in range(1, len(shared) + 1):
        gap = (terms.list_gap.fullmatch(text, shared[i - 1].end, shared[i].start)
               if i < len(shared) and shared[i - 1].mode == shared[i].mode == "plain" else None)
        if gap is not None:
            continue
        run, first = shared[first:i], i
        closing = terms.list_gap.fullmatch(text, run[-2].end, run[-1].start) if len(run) > 1 else None
        if closing is None or not closing["link"]:  # "X, Y" alone: Y may be X's container
            continue
        cue = any(r.cue for r in run)
        last = run[-1]
        qualifier = last.qualifier or _container_after(text, last.end, terms, linked=cue)[0]
        names = {r.name for r in run}
        for k, r in enumerate(run, start=i - len(run)):
            shared[k] = replace(r, cue=cue, settled=r.settled or last.settled, qualifier=qualifier
                                if r.qualifier is None or r.qualifier in names else r.qualifier)
    return shared


def join_cut_names(text: str, readings: list[Reading], known: Callable[[str], bool]) -> list[Reading]:
    """Readings (in text order) with two plain neighbours joined where NER cut one known name in two, at
    most two short lower-case words apart or overlapping ("Democratic Republic of" + "Congo", "Trinidad" +
    "Tobago", "Barra de Santo" + "Santo Antonio")."""
    joined: list[Reading] = []
    for reading in sorted(readings, key=lambda r: (r.start, -(r.end - r.start))):
        last = joined[-1] if joined else None
        if (last is not None and last.mode == reading.mode == "plain" and not last.qualifier
                and last.start < reading.start and last.end < reading.end
                and (reading.start < last.end or _CUT_GAP.fullmatch(text, last.end, reading.start))
                and known(whole := _THE.sub("", text[last.start:reading.end]))):
            start = reading.end - len(whole)
            joined[-1] = replace(last, start=start, end=reading.end, name=whole, strong=last.strong or reading.strong,
                                 label=last.label or reading.label)
            continue
        joined.append(reading)
    return joined


def mark_containers(text: str, readings: list[Reading], terms: GeoTerms) -> list[Reading]:
    """Readings (in text order) with the names each one is the container of, and the outer containers of
    each: a reading that opens the container of the one before it ("X (Y, Z)", "X, Y") holds that one's name
    and those it holds, and its own container is an outer one of all of them."""
    marked: list[Reading] = []
    chain: list[int] = []  # positions in `marked` of the readings the last one holds, and the last one
    for reading in readings:
        last = marked[-1] if marked else None
        written = (reading.name, text[reading.start:reading.end])  # "North Western" read as the north of "Western"
        if last is not None and ((last.qualifier and any(fold(last.qualifier).startswith(fold(w)) for w in written)
                                  and terms.container_gap.match(text[last.end:reading.start]))
                                 or _code_after_comma(text, last, reading)):
            opened = last.bracketed or any(b in text[last.end:reading.start] for b in _OPEN_BRACKETS)
            reading = replace(reading, contains=(last.name, *last.contains), bracketed=opened)
            if opened:
                for i in chain:
                    marked[i] = replace(marked[i], bracketed=True)
            if reading.qualifier:
                for i in chain:
                    marked[i] = replace(marked[i], outer=(*marked[i].outer, reading.qualifier))
        else:
            chain = []
            if last is not None and _possessive_container(text, last, reading):
                reading = replace(reading, qualifier=text[last.start:last.end], possessive=True)
                marked[-1] = replace(last, contains=(*last.contains, reading.name))
        chain.append(len(marked))
        marked.append(reading)
    return marked


def _town_of(text: str, start: int, end: int, terms: GeoTerms) -> str | None:
    """The town a name is told as a part of: "the X neighbourhood of Y", "X, a suburb of Y", "Y's X district" (the
    part-of-town word may close the span itself: "[X district] of Y"); None for any other name."""
    words = text[start:end].split()
    at = end - len(words[-1]) - 1 if len(words) > 1 and terms.town_part_word.fullmatch(" " + words[-1]) else end
    if (part := terms.town_part_after.match(text[at:at + _WINDOW])) is not None:
        return part["town"]
    if at < end or terms.town_part_word.match(text[end:end + _WINDOW]):
        owner = terms.town_part_owner.search(text[max(0, start - _WINDOW):start])
        return owner["town"] if owner is not None else None
    return None


def _code_after_comma(text: str, last: Reading, reading: Reading) -> bool:
    """Is a short name in capitals the container of the name just before its comma ("Monroe, LA during ...")?"""
    return reading.name.isupper() and not last.name.isupper() and text[last.end:reading.start] == ", "


def _possessive_container(text: str, owner: Reading, reading: Reading) -> bool:
    """Does a place's possessive hold the name after it, like "X, Y" ("Borno's Gwoza", "Kharkiv region's
    Kupiansk")? Never a person's or group's name ("Kenya's Ruto")."""
    return (reading.qualifier is None and reading.label not in OTHER_LABELS and reading.mode != "near"
            and (owner.label in _CONTAINER_LABELS or owner.mode == "region")
            and _POSSESSIVE_GAP.fullmatch(text, owner.end, reading.start) is not None)


def extend_name(text: str, reading: Reading, known: Callable[[str], bool], terms: GeoTerms) -> Reading:
    """The reading with the feature word or hyphenated part after its name ("Mexico City", "Panjshir valley",
    "Guinea-Bissau"), or the word NER left out before it, when the longer name is `known` (to the gazetteer);
    the reading itself otherwise."""
    if reading.mode != "plain":
        return reading
    for pattern in (_HYPHENATED, _EXTENSION):
        if (m := pattern.match(text, reading.end)) and known(longer := text[reading.start:m.end()]):
            return replace(reading, end=m.end(), name=longer)
    # "Goz [Beida]": NER left out the first word (never a sentence's first word: "In", "The")
    if ((m := _WORD_BEFORE.search(text, max(0, reading.start - 30), reading.start))
            and text[max(0, m.start() - 3):m.start()].strip()[-1:] not in _SENTENCE_OPENERS
            and known(longer := text[m.start():reading.end])):
        # the place cue before the whole name is the name's ("near [Kafr] Qaddum")
        return replace(reading, start=m.start(), name=longer,
                       cue=reading.cue or _has_cue(text[max(0, m.start() - _WINDOW):m.start()], terms))
    return reading


def _road(name: str, after: str, terms: GeoTerms) -> tuple[str, str] | None:
    """The two towns of a road a name opens ("X-Y highway", "X-Y road"), or None."""
    m = terms.road_after.match(after)
    if m is None:
        return None
    if m["other"]:
        return name, m["other"]
    towns = re.split(r"\s*[-–]\s*", name)
    return (towns[0], towns[1]) if len(towns) == 2 and all(towns) else None


def _division_word(reading: Reading, text: str, terms: GeoTerms) -> Reading:
    """A compass-qualified name with its division word ("north-western X province", "eastern X region"):
    the division itself, not a town of the name (feature 'region'); the reading unchanged without one."""
    *words, last = reading.name.split()
    if words and last.lower() in terms.region_nouns:  # the word inside the span: "eastern [X province]"
        return replace(reading, name=" ".join(words), feature="region")
    after = text[reading.end:reading.end + 40]
    if (m := terms.region_after.match(after)) and m["word"].lower() in terms.region_nouns:
        end = reading.end + m.end()
        return replace(reading, end=end, phrase=text[reading.start:end], feature="region")
    return reading


def _read_relative(reading: Reading, text: str, before: str, terms: GeoTerms) -> Reading:
    if (m := terms.offset_before.search(before)):
        head = before[:m.start()]
        if _STATEMENT.search(head) or _APPOSITION.search(head):
            return reading
        number = m["num"].replace(",", ".").lower()
        value = float(number) if number[0].isdigit() else float(number_value(number) or 0)
        if value <= 0:
            return reading
        return replace(reading, mode="offset", offset_km=value * terms.km(m["unit"]),
                       compass=terms.compass_of(m["dir"]), phrase=before[m.start():] + reading.name)
    if (m := terms.direction_of_before.search(before)):
        if _STATEMENT.search(before[:m.start()]) or _APPOSITION.search(before[:m.start()]):
            return reading
        return replace(reading, mode="near", compass=terms.compass_of(m["dir"]),
                       phrase=before[m.start():] + reading.name)
    if (m := terms.near_before.search(before)):
        return replace(reading, mode="near", phrase=before[m.start():] + reading.name)
    return reading


def _direction_adjective(word: str, terms: GeoTerms) -> str | None:
    """Compass point of an adjective such as 'eastern' or 'north-western'; 'central' gives 'C'."""
    low = re.sub(r"[\s-]+", " ", word.lower()).strip()
    if low in _CENTRE_ADJECTIVES:
        return "C"
    if not low.endswith(_COMPASS_ADJECTIVE_ENDINGS):
        return None
    return terms.directions.get(low)


def _facility_suffix(name: str, terms: GeoTerms) -> tuple[str, str] | None:
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:]).lower()
            if tail in terms.facility_features:
                core = words[:-n]
                while len(core) > 1 and core[-1].lower() in terms.facility_modifiers:
                    core.pop()  # "Fallujah General Hospital": the hospital of Fallujah
                return " ".join(core), tail
    return None


def _seat_words(text: str, reading: Reading, terms: GeoTerms) -> tuple[int, int] | None:
    """The span of the words that name the place's capital ("the X capital", "the regional capital of X"; not "a X
    district capital", one of its towns)."""
    if (m := terms.seat_after.match(text[reading.end:reading.end + 60])) is not None:
        one_of = terms.seat_one_of.search(text[max(0, reading.start - _WINDOW):reading.start])
        return None if one_of else (reading.end + m.start("seat"), reading.end + m.end("seat"))
    if _POSSESSIVE.match(text, reading.end):
        return None  # "the capital of X's Y province": the capital of Y
    window = max(0, reading.start - _WINDOW)
    m = terms.seat_before.search(text[window:reading.start])
    return (window + m.start("seat"), window + m.end("seat")) if m is not None else None


def told_as_settlement(text: str, start: int, end: int, terms: GeoTerms) -> bool:
    """Whether the text calls the name between two offsets a settlement: "the village of X", "X town" (not "the X
    city of Y", where it qualifies the city)."""
    noun = re.match(r"\s+(\w+)(?!\s+of\b)", text[end:end + 30])
    return bool(terms.settlement_before.search(text[max(0, start - _WINDOW):start])
                or noun is not None and noun[1].lower() in terms.settlement_nouns)


def _has_cue(before: str, terms: GeoTerms) -> bool:
    if terms.settlement_before.search(before):
        return True
    words = re.findall(r"[A-Za-z]+", before[-30:])
    while words and words[-1].lower() in _CUE_ARTICLES:
        words.pop()
    return bool(words) and words[-1].lower() in terms.place_cues
