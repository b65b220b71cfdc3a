import factory
from allauth.account.models import EmailAddress

from participatiepunt.accounts.models import Bestuursfunctie, Rol, User

PASSWORD = "een-lang-testwachtwoord"


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
