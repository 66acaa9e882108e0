"""Quotes and sources: who said what, on whose authority.

- ``marks``: the quotation-mark scanner (character level, robust to stray marks).
- ``lexicon``: cue verbs, source nouns and word lists, loaded from resources.
- ``speakers``: the speaker phrase of a cue (subject, agent, "according to" object).
- ``coref``: simple, documented pronoun rules (no coreference model).
- ``sources``: ``source_type`` (named, institutional, anonymous, document).
- ``reported``: reported speech found on the dependency parse; non-statements.
- ``direct``: quotations tied to their cue and speaker.
- ``extract``: all of the above into ``records.Quote`` items.
- ``lookup``: ``quote_for_token`` for the events component.
"""
