"""A link in a mail to something that is not public (a session invitation, the receipt of an
initiative that is not public yet) is opened by a reader who is often not logged in. For them
the object's 404 becomes the login page, which brings them back to the link; a logged-in user who
may not see it still gets the 404. Whether it exists is not told either way: an anonymous reader
is sent to the login for an unknown number too."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404


def anoniem_naar_inloggen(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404:
            if request.user.is_authenticated:
                raise
            return redirect_to_login(request.get_full_path())

    return wrapper
