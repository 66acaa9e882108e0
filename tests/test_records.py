from dateline.records import (
    ActorCode,
    Counts,
    Document,
    Entity,
    Event,
    EventDate,
    Participant,
    Quote,
    SpanRef,
    Speaker,
    Stance,
    Timex,
    document_from_dict,
)


def test_document_round_trips_through_json() -> None:
    text = "Officials said troops shelled the town on Monday."
    doc = Document(
        id="abc", text=text, dct="2025-01-08",
        entities=[Entity("E1", "Officials", 0, 9, "ORG", "Officials", [(0, 9)],
                         ActorCode("UKR", "GOV", "officials"), 0.7)],
        timexes=[Timex("T1", "Monday", 42, 48, "DATE", "2025-01-06", "day")],
        quotes=[Quote("Q1", text[15:48], 15, 48, "indirect", SpanRef("said", 10, 14),
                      Speaker("Officials", 0, 9, "E1", "Officials"), "institutional")],
        events=[Event("V1", "ASSAULT", SpanRef("shelled", 22, 29), (0, 49), mode="shelling",
                      actor=Participant("troops", 15, 21, country="RUS", sector="MIL"),
                      date=EventDate("2025-01-06", "day", "T1"), counts=Counts(killed=2),
                      source="Q1")],
        stances=[Stance("E1", "the plan", "oppose", (0, 49))],
    )
    data = doc.as_dict()
    assert data["entities"][0]["actor"] == {"country": "UKR", "sector": "GOV", "role": "officials"}
    assert data["events"][0]["trigger"] == {"text": "shelled", "start": 22, "end": 29}
    assert document_from_dict(data) == doc
