"""Folding of iCalendar content lines (participatiepunt/portal/ics.py, RFC 5545 3.1): at most 75
octets a line, a continuation line starts with one space, no character split, and the same
lines as folding character by character (what the feeds wrote before)."""

import random

from participatiepunt.portal import ics


def _per_teken(lijn: str) -> str:
    """The former fold, one character at a time: the reference."""
    if len(lijn.encode()) <= ics.MAX_OCTETS:
        return lijn + ics.CRLF
    delen, deel, octets = [], [], 0
    for teken in lijn:
        grootte = len(teken.encode())
        if octets + grootte > ics.MAX_OCTETS:
            delen.append("".join(deel))
            deel, octets = [" "], 1
        deel.append(teken)
        octets += grootte
    delen.append("".join(deel))
    return ics.CRLF.join(delen) + ics.CRLF


# One, two, three and four octets in UTF-8, so that every cut lands on each kind of character.
TEKENS = "ab ,;\\" + "éëü" + "–€₂" + "🌳🚲"


def test_folded_lines_are_the_same_as_folding_character_by_character():
    kans = random.Random(21)
    for lengte in [*range(60, 240), 1000, 5000]:
        lijn = "DESCRIPTION:" + "".join(kans.choice(TEKENS) for _ in range(lengte))
        assert ics.regel(lijn) == _per_teken(lijn), lijn


def test_no_line_over_75_octets_no_character_split_and_unfolding_gives_the_line():
    lijn = "SUMMARY:" + "Pluktuin – fruit voor iedereen 🌳 " * 20
    gevouwen = ics.regel(lijn)
    regels = gevouwen.removesuffix(ics.CRLF).split(ics.CRLF)
    assert len(regels) > 1
    assert all(len(r.encode()) <= ics.MAX_OCTETS for r in regels)
    assert all(r.startswith(" ") for r in regels[1:])
    assert "".join([regels[0], *(r[1:] for r in regels[1:])]) == lijn


def test_a_line_of_exactly_75_octets_is_not_folded():
    lijn = "X" * 73 + "é"  # 75 octets
    assert ics.regel(lijn) == lijn + ics.CRLF
    assert ics.regel(lijn + "a") == "X" * 73 + "é\r\n a\r\n"


def _per_tabel(waarde: str) -> str:
    """The former escaping, str.translate with one table: the reference."""
    escapes = {ord("\\"): "\\\\", ord(";"): "\\;", ord(","): "\\,", ord("\n"): "\\n"}
    regeleinden = {code: "\\n" for code in (0x85, 0x2028, 0x2029)}
    controls = {code: None for code in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
    tabel = {**controls, **regeleinden, **escapes}
    return waarde.replace("\r\n", "\n").replace("\r", "\n").translate(tabel)


def test_text_is_escaped_as_with_one_table():
    bijzonder = "\\;,\n\r\t\x00\x08\x0b\x1b\x7f\x84\x85\x86\x9f\xa0\u2028\u2029"
    kans = random.Random(21)
    for _ in range(2000):
        waarde = "".join(kans.choice(TEKENS + bijzonder) for _ in range(kans.randrange(40)))
        assert ics.tekst(waarde) == _per_tabel(waarde), repr(waarde)
    assert ics.tekst("a\r\nb\u2028c;d\\") == "a\\nb\\nc\\;d\\\\"
