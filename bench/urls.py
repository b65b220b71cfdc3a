from django.urls import path

from participatiepunt import urls as portal_urls

from .floor.views import floor

urlpatterns = [
    path("bench/floor/<int:groep>/", floor, name="bench-floor"),
    *portal_urls.urlpatterns,
]

handler403 = portal_urls.handler403
handler404 = portal_urls.handler404
handler500 = portal_urls.handler500
