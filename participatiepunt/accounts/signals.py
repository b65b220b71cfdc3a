"""User.bediende_gemeenten follows User.gemeenten, whichever side changes it (the admin, a
gemeente's `medewerkers`, a factory)."""

from django.db.models.signals import m2m_changed

from .models import User

Lidmaatschap = User.gemeenten.through


def werk_bij(user_ids) -> None:
    for user_id in user_ids:
        ids = Lidmaatschap.objects.filter(user_id=user_id).values_list("gemeente_id", flat=True)
        User.objects.filter(pk=user_id).update(bediende_gemeenten=sorted(ids))


def _gewijzigd(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear" and reverse:
        instance._leden_voor_clear = list(instance.medewerkers.values_list("pk", flat=True))
    if not action.startswith("post_"):
        return
    if not reverse:
        werk_bij([instance.pk])
        instance.bediende_gemeenten = sorted(instance.gemeenten.values_list("pk", flat=True))
        return
    leden = pk_set if action != "post_clear" else instance.__dict__.pop("_leden_voor_clear", [])
    werk_bij(leden)


m2m_changed.connect(_gewijzigd, sender=Lidmaatschap, dispatch_uid="bediende_gemeenten")
