from django.urls import path

from . import views

app_name = "bijeenkomsten"

urlpatterns = [
    path("", views.lijst, name="lijst"),
    path("nieuw/", views.nieuw, name="nieuw"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/aanmelden/", views.aanmelden, name="aanmelden"),
    path("<int:pk>/presentielijst/", views.presentielijst, name="presentielijst"),
    path("<int:pk>/annuleren/", views.annuleren, name="annuleren"),
    path("bevestigen/<str:token>/", views.bevestigen, name="bevestigen"),
    path("afmelden/<str:token>/", views.afmelden, name="afmelden"),
]
