"""Whether a predicate states something that happened: modals, conditions, negation, aims."""

from __future__ import annotations

from spacy.tokens import Token

from frontwatch.extract.verbs import verb_lemma

_MODALS = {"will", "would", "could", "might", "may", "should", "can", "must", "shall", "'ll"}
_AIM_HEADS = {"mission", "plan", "attempt", "bid", "effort", "campaign", "push", "offensive",
              "want", "threaten", "vow", "prepare", "intend", "hope", "aim", "seek",
              "try", "expect", "order", "urge", "call", "pledge", "promise", "need"}
_FAIL_HEADS = {"fail", "struggle"}
_SEMI_MODALS = {"have", "need", "be", "ought"}
_CONDITION_MARKS = {"if", "unless", "whether"}


def unrealised_reason(anchor: Token) -> str | None:
    """Why the predicate at `anchor` is not a real, past or present event (None if it is)."""
    if any(child.dep_ == "neg" for child in anchor.children):
        return "negated"
    if any(child.dep_ == "aux" and child.lower_ in _MODALS for child in anchor.children):
        return "modal"
    if verb_lemma(anchor) in _SEMI_MODALS and any(
            c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in anchor.children):
        return "modal"  # "has to be approved", "are to gather"
    for node in (anchor, *anchor.ancestors):
        if any(child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS for child in node.children):
            return "conditional"
        if node.dep_ in {"xcomp", "acl", "advcl"} and verb_lemma(node.head) in _FAIL_HEADS:
            return "failed"
        if node.dep_ in {"xcomp", "acl"} and verb_lemma(node.head) in _AIM_HEADS:
            return "aim"
        if node.dep_ in {"ROOT", "ccomp", "conj"} and node.i != anchor.i:
            if any(child.dep_ == "aux" and child.lower_ in _MODALS for child in node.children):
                return "modal"
            break
    return None
