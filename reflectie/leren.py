"""Samen leren: searching the verslagen and lessen of every session the user may see."""

from django.db.models import Q

from .models import Les, Sessie, Verslag


def zoek(user, gemeente, tekst: str):
    sessies = Sessie.objects.zichtbaar_in(gemeente, user).values("pk")
    lessen = Les.objects.filter(sessie__in=sessies).select_related(
        "sessie", "initiatief", "praatplaat__wijk"
    )
    verslagen = Verslag.objects.filter(sessie__in=sessies).select_related("sessie")
    if tekst:
        lessen = lessen.filter(
            Q(titel__icontains=tekst)
            | Q(toelichting__icontains=tekst)
            | Q(sessie__titel__icontains=tekst)
        )
        verslagen = verslagen.filter(Q(tekst__icontains=tekst) | Q(sessie__titel__icontains=tekst))
    return lessen, verslagen.order_by("-sessie__start")
