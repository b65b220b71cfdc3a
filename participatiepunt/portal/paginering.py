"""A paginator that counts up to a limit. A list that every change makes anew (the intake: each
submission renews it for every reader) counted all its rows each time, which cost more than the
page itself (bench/: 5 ms for 18,500 submitted initiatives at scale 1, 12 ms filtered on the
support asked), and nobody pages past the thousandth row: above the limit the page says so,
and its filters narrow the list. Below it, every gemeente's usual case, it counts exactly."""

from functools import cached_property

from django.core.paginator import Paginator


class BegrensdePaginator(Paginator):
    def __init__(self, object_list, per_page: int, max_paginas: int, tel=None):
        """tel(n) -> the number of rows, counted up to n: for an object_list that is no
        queryset (initiatieven.views.intake: prepared queries)."""
        super().__init__(object_list, per_page)
        self.max_rijen = per_page * max_paginas
        self.tel = tel or self._tel_queryset

    @cached_property
    def _geteld(self) -> int:
        return self.tel(self.max_rijen + 1)  # one past the limit: is there more?

    def _tel_queryset(self, tot: int) -> int:
        """Without order or columns: PostgreSQL then stops reading at the limit along
        whichever index serves the filters."""
        return self.object_list.order_by().values("pk")[:tot].count()

    @cached_property
    def count(self) -> int:
        return min(self._geteld, self.max_rijen)

    @property
    def begrensd(self) -> bool:
        """More rows than the pages show."""
        return self._geteld > self.max_rijen
