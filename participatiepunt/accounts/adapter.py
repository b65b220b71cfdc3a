"""allauth's mails in the layout of every mail of the portal (portal/mail.py): its plain-text
templates extend our templates/account/email/base_message.txt, and the HTML part is the same
text in the HTML layout, with the link it asks the reader to follow as the button. Its rate
limits per address count the visitor behind a trusted proxy (portal/clientadres.py)."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.template.loader import render_to_string

from participatiepunt.portal import mail, werkvoorraad
from participatiepunt.portal.clientadres import client_address

# The link an account mail asks the reader to follow, by context name, with its button text.
KNOPPEN = (
    ("activate_url", "E-mailadres bevestigen"),
    ("password_reset_url", "Nieuw wachtwoord kiezen"),
    ("signup_url", "Account aanmaken"),
)
ALLEEN_INHOUD = "account/email/alleen_inhoud.txt"


def _knop(context) -> dict[str, str]:
    for naam, tekst in KNOPPEN:
        if context.get(naam):
            return {"knop_url": context[naam], "knop_tekst": tekst}
    return {}


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        return client_address(request)

    def get_login_redirect_url(self, request):
        """A home per role: staff and bestuur on their werkvoorraad, a gebiedsteam on its
        gebieden (portal/werkvoorraad.py); residents and the griffie as before. A `next` from
        the link that sent the user to the login still wins (allauth asks us only without)."""
        return werkvoorraad.thuis(request.user) or super().get_login_redirect_url(request)

    def render_mail(self, template_prefix, email, context, headers=None):
        context = {**context, "contact": mail.contact()}
        bericht = super().render_mail(template_prefix, email, context, mail.headers(headers))
        bericht.reply_to = [settings.PARTICIPATIEPUNT_EMAIL]
        inhoud = render_to_string(
            f"{template_prefix}_message.txt", {**context, "mail_layout": ALLEEN_INHOUD}
        ).strip()
        html_context = {**context, **_knop(context), "inhoud": inhoud}
        html_context["onderwerp"] = bericht.subject.removeprefix(mail.ONDERWERP_PREFIX)
        bericht.attach_alternative(
            render_to_string("account/email/bericht.html", html_context), "text/html"
        )
        return bericht
