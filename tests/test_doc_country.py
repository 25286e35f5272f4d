"""The country a text names for its generic actors: a country's name that qualifies a thing names no place."""

import pytest

from frontwatch.extract.doc_actors import DocumentActors

CASES = [
    ("Police seized 40,000 US dollars from a trader after a clash at the market.", None),
    ("Protesters clashed with police over the price of bread in US dollars at the main market.", None),
    ("Rioters burned tyres as the pound fell against the US dollar, and police fired tear gas.", None),
    ("Gunmen fired US-made rifles at a patrol, and soldiers returned fire.", None),
    ("Demonstrators denounced the US-backed talks and blocked a road.", None),
    ("Kenyan police seized 3,000 US dollars from a smuggler.", "Kenya"),
    ("Soldiers in Mali paid 200 US dollars to an informant, a Malian official said.", "Mali"),
]


@pytest.mark.parametrize(("text", "country"), CASES)
def test_country_named_for_generic_actors(extractor, text, country):
    doc = extractor.nlp(text)
    actors = DocumentActors(doc, doc._.actor_mentions or [], extractor.registry, extractor.country_of, None)
    assert actors.doc_country == country
