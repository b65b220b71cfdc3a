"""Unmanaged: the harness creates these tables with raw SQL (bench/data/floor.py), so the
portal's migrations never know about them."""

from django.db import models


class Groep(models.Model):
    naam = models.CharField(max_length=100)

    class Meta:
        managed = False
        db_table = "bench_floor_groep"

    def __str__(self):
        return self.naam


class Rij(models.Model):
    groep = models.ForeignKey(Groep, on_delete=models.DO_NOTHING)
    titel = models.CharField(max_length=150)
    code = models.CharField(max_length=20)
    omschrijving = models.CharField(max_length=300)
    aantal = models.IntegerField()
    bedrag = models.DecimalField(max_digits=10, decimal_places=2)
    datum = models.DateField()
    actief = models.BooleanField()
    status = models.CharField(max_length=20)
    plaats = models.CharField(max_length=100)

    class Meta:
        managed = False
        db_table = "bench_floor_rij"

    def __str__(self):
        return self.titel
