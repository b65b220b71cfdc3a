from django.urls import path

from . import gemeentebeheer, gemeentekeuze, views, zoekpagina

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("over/", views.over, name="over"),
    path("contact/", views.contact, name="contact"),
    path("contact/verzonden/", views.contact_verzonden, name="contact_verzonden"),
    path("zoeken/", zoekpagina.zoeken, name="zoeken"),
    path("gemeente/", gemeentekeuze.kiezen, name="gemeente_kiezen"),
    path("gemeente/instellingen/", gemeentebeheer.instellingen, name="gemeente_instellingen"),
    path("privacy/", views.privacy, name="privacy"),
    path("toegankelijkheid/", views.toegankelijkheid, name="toegankelijkheid"),
    path("cookies/", views.cookies, name="cookies"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("gezondheid/", views.gezondheid, name="gezondheid"),
    path("werkvoorraad/", views.werkvoorraad_pagina, name="werkvoorraad"),
]
