import pytest
from allauth.mfa.models import Authenticator
from django.core.management import call_command

from participatiepunt.accounts.demo import DEMO_ACCOUNTS
from participatiepunt.accounts.models import Rol, User


@pytest.mark.django_db
def test_demo_loads_one_account_per_role_and_runs_twice_without_harm(capsys):
    call_command("laad_demo")
    call_command("laad_demo")
    output = capsys.readouterr().out
    assert "Groningen-demo-2026" in output
    assert set(User.objects.values_list("rol", flat=True)) == set(Rol.values)
    demo = User.objects.filter(email__endswith="@demo.participatiepunt.nl")
    assert demo.count() == len(DEMO_ACCOUNTS)


@pytest.mark.django_db
def test_the_demo_beheerder_opens_the_admin(client):
    call_command("laad_demo")
    beheerder = User.objects.get(email="beheerder@demo.participatiepunt.nl")
    assert beheerder.is_superuser and beheerder.is_staff
    client.force_login(beheerder)  # tests/conftest.py: as after password and code
    assert client.get("/beheer/").status_code == 200


@pytest.mark.django_db
def test_demo_staff_have_a_second_factor_whose_code_is_printed(capsys):
    call_command("laad_demo")
    staff = User.objects.filter(rol__in=[Rol.MEDEWERKER, Rol.GEBIEDSTEAM, Rol.GRIFFIE])
    assert Authenticator.objects.filter(user__in=staff, type="totp").count() == staff.count() == 4
    call_command("demo_totp")
    assert "Code: " in capsys.readouterr().out
