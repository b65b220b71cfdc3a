from .navigation import items_for


def navigation(request):
    return {"main_navigation": items_for(request.user, request.path)}
