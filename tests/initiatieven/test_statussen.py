"""The lifecycle is one table (initiatieven/statussen.py): every status is in it, what is never
public follows from it, and no template spells a status out."""

import re
from pathlib import Path

import pytest

from initiatieven import stappen, statussen
from initiatieven.choices import Status
from tests.factories.initiatieven import InitiatiefFactory

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def test_every_status_has_its_fase():
    assert set(statussen.FASEN) == set(Status)


def test_never_public_is_what_no_transition_from_a_public_status_reaches():
    assert statussen.NOOIT_OPENBAAR == (Status.CONCEPT, Status.INGEDIEND)
    for status in statussen.NOOIT_OPENBAAR:
        assert status not in statussen.OPENBARE_STATUSSEN


def test_open_statuses_are_those_with_a_way_on_after_submission():
    verder = {status for status in statussen.OVERGANGEN if status != Status.CONCEPT}
    assert set(statussen.OPEN_STATUSSEN) == verder


@pytest.mark.django_db
@pytest.mark.parametrize("status", list(Status))
def test_the_model_reads_the_table(status):
    initiatief = InitiatiefFactory(status=status)
    fase = statussen.FASEN[status]
    assert initiatief.is_openbaar == fase.openbaar
    assert initiatief.is_open == fase.open
    assert initiatief.toont_reden == fase.reden_verplicht
    assert initiatief.kan_succesvoorbeeld_zijn == fase.succesvoorbeeld


def test_no_template_compares_a_status_with_a_literal():
    letterlijk = re.compile(r"\.status\s*(==|!=)\s*['\"]")
    gevonden = [
        str(pad.relative_to(TEMPLATES))
        for pad in TEMPLATES.rglob("*.html")
        if letterlijk.search(pad.read_text(encoding="utf-8"))
    ]
    assert gevonden == []


def test_the_wizard_numbers_its_steps_by_their_place():
    assert [s.nummer for s in stappen.STAPPEN] == list(range(1, len(stappen.STAPPEN) + 1))
    assert stappen.stap(stappen.nummer("bijlagen")).sleutel == "bijlagen"
    assert stappen.nummer("indienen") == stappen.LAATSTE
