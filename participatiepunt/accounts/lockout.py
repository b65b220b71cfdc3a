"""django-axes: which account a failed login names, whichever form sent it."""


def login_identifier(request, credentials: dict | None) -> str | None:
    """Django's admin login sends `username`, allauth authenticates with `email`; both are the
    e-mail address, so repeated failures lock the account whichever form is used."""
    source = credentials or getattr(request, "POST", {})
    value = source.get("username") or source.get("email") or source.get("login")
    return value.strip().lower() if value else None
