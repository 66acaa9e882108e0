"""Places: an offline gazetteer, toponym recognition, resolution in context, and event location.

Modules: ``names`` (name normalization), ``gazetteer`` (build and query the SQLite index in the
user cache), ``recognize`` (toponym spans in a Doc), ``resolve`` (candidates scored in the
article's context), ``roles`` (metonymy: a place that acts), ``locate`` (an event's place).
"""
