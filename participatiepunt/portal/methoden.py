"""The portal answers GET, HEAD and POST, nothing else: a function view ran its GET branch
for PUT, PATCH, DELETE and TRACE (200 with the page), and Django's form views treat PUT as POST."""

from django.http import HttpResponseNotAllowed

PORTAL_METHODS = ("GET", "HEAD", "POST")


def _allowed(view_func) -> list[str]:
    view_class = getattr(view_func, "view_class", None)
    if view_class is None:
        return list(PORTAL_METHODS)
    return [method for method in PORTAL_METHODS if hasattr(view_class, method.lower())]


class MethodNotAllowedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in PORTAL_METHODS:
            return None
        return HttpResponseNotAllowed(_allowed(view_func))
