"""The geo evaluation: readers for each layout (on made-up files), scoring arithmetic, and a
smoke run on the shared benchmark when it is present."""

import pytest

from dateline.eval.geo import (
    MAX_ERROR_KM,
    GoldToponym,
    error_km,
    evaluate,
    match_spans,
    read_gold,
    resolution_figures,
)

TEXT = "Rain fell on Ternopil and Lviv, said Ukrainian officials."

LGL_XML = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="a1"><text><![CDATA[{TEXT}]]></text><toponyms>
<toponym><start>13</start><end>21</end><phrase>Ternopil</phrase>
<gaztag geonameid="691650"><name>Ternopil</name><lat>49.55</lat><lon>25.59</lon></gaztag></toponym>
<toponym><start>26</start><end>30</end><phrase>Lviv</phrase></toponym>
</toponyms></article></articles>"""

GWN_XML = f"""<?xml version="1.0" ?><articles><article file="0"><text>{TEXT}</text><toponyms>
<toponym><extractedName>Ternopil</extractedName><type>Literal</type><modifierType/>
<start>13</start><end>21</end><latitude>49.55</latitude><longitude>25.59</longitude></toponym>
<toponym><extractedName>Ukrainian</extractedName><type>Literal_Modifier</type>
<modifierType>Adjective</modifierType><start>37</start><end>46</end></toponym>
<toponym><extractedName>Lviv</extractedName><type>Literal_Modifier</type>
<modifierType>Noun</modifierType><start>26</start><end>30</end>
<latitude>49.84</latitude><longitude>24.02</longitude></toponym>
<toponym><extractedName>officials</extractedName><type>Non_Lit_Expression</type>
<start>47</start><end>56</end></toponym>
</toponyms></article></articles>"""

GEOVIRUS_XML = f"""<articles><article><source>x</source><text>{TEXT}</text><locations>
<location><name>Ternopil</name><start>14</start><end>22</end><lat>49.55</lat><lon>25.59</lon>
</location></locations></article></articles>"""

BRAT_ANN = """T1\tLiteral 13 21\tTernopil
#1\tAnnotatorNotes T1\t49.55, 25.59
T2\tLiteral_Modifier 37 46\tUkrainian
A1\tModifier_Type T2 Adjective
T3\tLiteral 26 30\tLviv
#2\tAnnotatorNotes T3\t702550
"""


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_reads_lgl_layout(tmp_path):
    (article,) = read_gold(write(tmp_path, "lgl.xml", LGL_XML))
    assert article.id == "a1"
    assert [(t.text, t.lat) for t in article.toponyms] == [("Ternopil", 49.55), ("Lviv", None)]


def test_reads_gwn_layout_keeping_named_toponyms_only(tmp_path):
    (article,) = read_gold(write(tmp_path, "GWN.xml", GWN_XML))
    assert [t.text for t in article.toponyms] == ["Ternopil", "Lviv"]


def test_reads_geovirus_layout_and_realigns_offsets(tmp_path):
    (article,) = read_gold(write(tmp_path, "GeoVirus.xml", GEOVIRUS_XML))
    (toponym,) = article.toponyms
    assert (toponym.start, toponym.end, toponym.text) == (13, 21, "Ternopil")


def test_reads_brat_directory(tmp_path):
    folder = tmp_path / "GeoWebNews"
    folder.mkdir()
    write(folder, "0.txt", TEXT)
    write(folder, "0.ann", BRAT_ANN)
    lviv = {702550: (49.84, 24.02)}
    (article,) = read_gold(folder, lviv.get)
    assert [(t.text, t.lat) for t in article.toponyms] == [("Ternopil", 49.55), ("Lviv", 49.84)]


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ([(0, 5)], [(0, 5)], {0: 0}),
        ([(0, 5)], [(3, 9)], {0: 0}),
        ([(0, 5)], [(5, 9)], {}),
        ([(0, 5), (6, 9)], [(0, 9)], {0: 0}),  # one prediction matches one gold at most
        ([(0, 5)], [(2, 4), (0, 5)], {0: 1}),  # an exact match is preferred
    ],
)
def test_match_spans(gold, pred, expected):
    assert match_spans(gold, pred) == expected


def test_error_and_figures():
    gold = GoldToponym(0, 1, "x", 49.55, 25.59)
    assert error_km(gold, 49.55, 25.59) == 0.0
    assert error_km(gold, None, None) == MAX_ERROR_KM
    figures = resolution_figures([0.0, 100.0, 1000.0, MAX_ERROR_KM])
    assert figures["acc_161km"] == 0.5
    assert figures["median_error_km"] == 550.0
    assert 0.0 < figures["auc"] < 1.0
    assert resolution_figures([])["n_resolved"] == 0


REQUIRED = ("detection_f1", "acc_161km", "acc_161km_gold", "mean_error_km")


def test_evaluate_on_a_made_up_file(nlp, tmp_path):
    result = evaluate(write(tmp_path, "lgl.xml", LGL_XML), nlp=nlp)
    for key in REQUIRED:
        assert key in result
    assert result["n_gold"] == 2 and result["detection_f1"] > 0.5
    assert result["acc_161km_gold"] == 1.0  # Ternopil, given its span


def test_evaluate_on_the_shared_benchmark(nlp, benchmarks):
    result = evaluate(benchmarks / "geo" / "lgl.xml", nlp=nlp, limit=3)
    assert result["n_articles"] == 3
    for key in REQUIRED:
        assert 0.0 <= result[key] <= (MAX_ERROR_KM if key == "mean_error_km" else 1.0)
