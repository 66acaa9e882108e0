"""'X came under attack from Y': Y attacks, X is attacked (full model)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Peacekeepers came under attack from militiamen near Kadugli on Monday.",
         "militiamen", "Peacekeepers"),
        ("Two police patrols came under attack from gunmen in the north.", "gunmen",
         "patrols"),
        ("Aid workers were under attack from rebel fighters for three days.", "fighters",
         "workers"),
    ],
)
def test_who_comes_under_attack_is_attacked(nlp, text: str, actor: str,
                                            recipient: str) -> None:
    doc = nlp(text)
    event = next(e for e in doc._.events if e.type == "ASSAULT")
    assert event.actor is not None and actor in event.actor.text
    assert event.recipient is not None and recipient in event.recipient.text


def test_an_attack_undergone_from_nowhere_named_has_no_named_doer(nlp) -> None:
    doc = nlp("The village came under heavy shelling overnight.")
    event = next(e for e in doc._.events if e.type == "ASSAULT")
    assert event.recipient is not None and "village" in event.recipient.text
    assert event.actor is None or event.actor.inferred
