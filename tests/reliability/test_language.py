"""Language detection: one text per row (sentences written for the tests)."""

from __future__ import annotations

import pytest

from dateline.language import detect_language, script_of

ROWS = [
    ("en", "The army said on Monday that its troops had taken the bridge, and officials in the "
           "region told residents to leave their homes because the fighting was getting close."),
    ("de", "Die Armee teilte am Montag mit, dass ihre Truppen die Brücke eingenommen hätten, und "
           "die Behörden forderten die Bewohner auf, ihre Häuser zu verlassen, weil die Kämpfe "
           "näher kamen."),
    ("fr", "L'armée a déclaré lundi que ses troupes avaient pris le pont, et les autorités de la "
           "région ont demandé aux habitants de quitter leurs maisons car les combats se sont "
           "rapprochés."),
    ("es", "El ejército dijo el lunes que sus tropas habían tomado el puente, y las autoridades "
           "de la región pidieron a los vecinos que abandonaran sus casas porque los combates "
           "se acercaban."),
    ("pt", "O exército disse na segunda-feira que as suas tropas tomaram a ponte, e as "
           "autoridades da região pediram aos moradores que deixassem as suas casas porque os "
           "combates se aproximavam."),
    ("ru", "Армия заявила в понедельник, что ее войска взяли мост, и власти региона призвали "
           "жителей покинуть свои дома, так как бои приближались к городу, и это было опасно."),
    ("ar", "قال الجيش يوم الاثنين إن قواته سيطرت على الجسر، وطلبت السلطات في المنطقة من السكان "
           "مغادرة منازلهم لأن القتال كان يقترب من المدينة، كما قال مسؤول في الحكومة."),
]


@pytest.mark.parametrize(("code", "text"), ROWS)
def test_detects_the_language(code: str, text: str) -> None:
    detected = detect_language(text)
    assert detected.code == code
    assert detected.is_english is (code == "en")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "und"),
        ("Kyiv", "und"),  # too little evidence: not flagged
        ("12 34 56 --- !!!", "und"),
        ("军队周一表示已经占领了大桥，当局要求居民离开家园，因为战斗正在逼近。", "und-Cjk"),
        ("NATO EU UN G7 ASEAN " * 10, "und"),
    ],
)
def test_little_or_unknown_evidence(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(("char", "script"), [("a", "LATIN"), ("ж", "CYRILLIC"),
                                              ("ب", "ARABIC"), ("中", "CJK"), ("α", "GREEK")])
def test_script_of(char: str, script: str) -> None:
    assert script_of(char) == script
