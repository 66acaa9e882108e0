import pytest

from dateline.geo.names import is_latin, name_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Kyiv", "kyiv"),
        ("KYIV", "kyiv"),
        ("Kyïv", "kyiv"),
        ("U.S.", "u s"),
        ("Côte d'Ivoire", "cote divoire"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Ivano-Frankivsk", "ivano frankivsk"),
        ("  São   Paulo ", "sao paulo"),
    ],
)
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "latin"),
    [("Pokrovsk", True), ("Łódź", True), ("Покровськ", False), ("東京", False), ("", False)],
)
def test_is_latin(name, latin):
    assert is_latin(name) is latin
