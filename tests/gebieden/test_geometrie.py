import pytest
from django.core.exceptions import ValidationError

from participatiepunt.gebieden import geometrie
from participatiepunt.gebieden.geometrie import Punt

GROTE_MARKT = Punt(53.21917, 6.56750)
# A square of about 220 m by 200 m around the Grote Markt.
VLAK = {
    "type": "Polygon",
    "coordinates": [
        [
            [6.5658, 53.2183],
            [6.5692, 53.2183],
            [6.5692, 53.2201],
            [6.5658, 53.2201],
            [6.5658, 53.2183],
        ]
    ],
}


def test_haversine_between_grote_markt_and_station_is_about_a_kilometre():
    station = Punt(53.21069, 6.56433)
    assert 950 < geometrie.haversine_m(GROTE_MARKT, station) < 980


def test_a_point_inside_an_area_is_at_distance_zero_and_outside_at_the_edge():
    assert geometrie.afstand_m(GROTE_MARKT, VLAK) == 0
    assert geometrie.bevat(VLAK, GROTE_MARKT)
    # 0.0010 degrees of latitude north of the northern edge: about 111 m.
    noord = Punt(53.2211, 6.5675)
    assert 105 < geometrie.afstand_m(noord, VLAK) < 117
    assert not geometrie.bevat(VLAK, noord)


def test_the_box_around_a_circle_holds_every_point_of_it():
    vak = geometrie.rond(GROTE_MARKT, 500)
    oost = Punt(GROTE_MARKT.breedte, vak.max_lengte)
    assert 495 < geometrie.haversine_m(GROTE_MARKT, oost) < 505


@pytest.mark.parametrize(
    "tekst",
    ["53.21917, 6.5675", "53,21917 6,5675", "53.21917;6.5675", " 53.21917 6.5675 "],
)
def test_typed_coordinates_are_latitude_then_longitude(tekst):
    assert geometrie.lees_locatie(tekst) == {"type": "Point", "coordinates": [6.5675, 53.21917]}


def test_pasted_geojson_feature_polygon_is_closed_and_kept():
    open_ring = {
        "type": "Feature",
        "geometry": {**VLAK, "coordinates": [VLAK["coordinates"][0][:-1]]},
    }
    import json

    assert geometrie.lees_locatie(json.dumps(open_ring)) == VLAK


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("bij de kerk", "breedtegraad en lengtegraad"),
        ("6.5675, 53.21917", "omgedraaid"),
        ("40.7, -74.0", "buiten het gebied"),
        ('{"type": "Polygon", "coordinates": [[[6.56, 53.21]', "geen geldige GeoJSON"),
        (
            '{"type": "LineString", "coordinates": [[6.56, 53.21], [6.57, 53.22]]}',
            "Alleen een punt",
        ),
        ('{"type": "Polygon", "coordinates": [[[6.56, 53.21], [6.57, 53.22]]]}', "drie"),
        ('{"type": "Point", "coordinates": ["6.5", 53.2]}', "paar getallen"),
        ('{"type": "Point", "coordinates": [53.2, 6.5]}', "omgedraaid"),
    ],
)
def test_wrong_input_gets_a_dutch_message_that_says_what_to_change(tekst, melding):
    with pytest.raises(ValidationError) as fout:
        geometrie.lees_locatie(tekst)
    assert melding in fout.value.messages[0]


def test_empty_input_is_no_location_and_round_trips_as_text():
    assert geometrie.lees_locatie(" \r\n ") is None
    punt = geometrie.lees_locatie("53.21917, 6.5675")
    assert geometrie.lees_locatie(geometrie.als_tekst(punt)) == punt
    assert geometrie.lees_locatie(geometrie.als_tekst(VLAK)) == VLAK
