import time

import factory
from allauth.account.internal.flows.login import record_authentication
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.test import RequestFactory

from participatiepunt.accounts.middleware import needs_second_factor
from participatiepunt.accounts.models import (
    Bestuursfunctie,
    Bewonersorganisatie,
    Rol,
    SoortBewonersorganisatie,
    User,
)

from .gebieden import GemeenteFactory, WijkFactory

PASSWORD = "een-lang-testwachtwoord"
# Every staff user made by the factory shares this TOTP secret, so tests can compute codes.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def totp_code(offset: int = 0) -> str:
    """The current TOTP code for TOTP_SECRET (offset in periods, e.g. -1 for the previous one).
    Allauth accepts only the current period's code, so with fewer than 5 s of it left this waits
    for the next period: a code that turns over between computing and posting it is refused."""
    left = 30 - time.time() % 30
    if left < 5:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(TOTP_SECRET, int(time.time()) // 30 + offset))


def add_totp(user) -> Authenticator:
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, TOTP_SECRET).instance


def mark_logged_in_with_totp(client, user) -> None:
    """Make a force_login session look like allauth's after password + TOTP: allauth's own
    record_authentication writes its records into the session. Staff get a TOTP first."""
    request = RequestFactory().get("/")
    request.session, request.user = client.session, user
    record_authentication(request, user, "password", email=user.email)
    if needs_second_factor(user):
        authenticator = add_totp(user)
        record_authentication(request, user, "mfa", id=authenticator.pk, type="totp")
    request.session.save()


class UserFactory(factory.django.DjangoModelFactory):
    """A resident with a verified e-mail address; Traits give the other roles."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@voorbeeld.nl")
    naam = factory.Sequence(lambda n: f"Testpersoon {n}")
    rol = Rol.INWONER
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Params:
        medewerker = factory.Trait(rol=Rol.MEDEWERKER)
        gebiedsteam = factory.Trait(rol=Rol.GEBIEDSTEAM)
        griffie = factory.Trait(rol=Rol.GRIFFIE)
        raadslid = factory.Trait(rol=Rol.BESTUUR, bestuursfunctie=Bestuursfunctie.RAADSLID)
        collegelid = factory.Trait(rol=Rol.BESTUUR, bestuursfunctie=Bestuursfunctie.COLLEGELID)
        ambtelijke_leiding = factory.Trait(
            rol=Rol.BESTUUR, bestuursfunctie=Bestuursfunctie.AMBTELIJKE_LEIDING
        )

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self, email=self.email, primary=True, verified=not kwargs.get("off", False)
            )

    @factory.post_generation
    def gebieden(self, create, extracted, **kwargs):
        if create and extracted:
            self.gebieden.set(extracted)

    @factory.post_generation
    def gemeenten(self, create, extracted, **kwargs):
        """Everyone but a resident works for Groningen unless told which gemeenten."""
        if not create:
            return
        if extracted is not None:
            self.gemeenten.set(extracted)
        elif self.rol != Rol.INWONER:
            self.gemeenten.set([GemeenteFactory()])

    @factory.post_generation
    def totp(self, create, extracted, **kwargs):
        """Staff roles get a TOTP authenticator (TOTP_SECRET); pass totp=False for none."""
        if create and extracted is not False and needs_second_factor(self):
            add_totp(self)


class BewonersorganisatieFactory(factory.django.DjangoModelFactory):
    """A bewonersorganisatie of the gemeente (Groningen unless given) for one new wijk of it, or
    for wijken=[...] of that gemeente; leden=[user, ...] are its members. Trait: collectief."""

    class Meta:
        model = Bewonersorganisatie
        skip_postgeneration_save = True

    gemeente = factory.SubFactory(GemeenteFactory)
    naam = factory.Sequence(lambda n: f"Bewonersvereniging {n}")
    soort = SoortBewonersorganisatie.BEWONERSORGANISATIE

    class Params:
        collectief = factory.Trait(soort=SoortBewonersorganisatie.BEWONERSCOLLECTIEF)

    @factory.post_generation
    def wijken(self, create, extracted, **kwargs):
        if create:
            self.wijken.set(extracted or [WijkFactory(gebied__gemeente=self.gemeente)])

    @factory.post_generation
    def leden(self, create, extracted, **kwargs):
        if create and extracted:
            self.leden.set(extracted)
