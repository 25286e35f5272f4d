"""The reading layer: spaCy components over one shared Doc — actor names, parse repair around long
names, and the predicate frames of every clause (Doc._.frames) — with the language pack's lexicon
and pattern files. The extract stage reads facts from the frames."""
