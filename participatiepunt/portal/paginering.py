"""A paginator that counts up to a limit. A list that every change makes anew (the intake: each
submission renews it for every reader) counted all its rows each time, which cost more than the
page itself (bench/: 5 ms for 18,500 submitted initiatives at scale 1, 12 ms filtered on the
support asked), and nobody pages past the thousandth row: above the limit the page says so,
and its filters narrow the list. Below it, every gemeente's usual case, it counts exactly."""

from functools import cached_property

from django.core.paginator import Paginator


class BegrensdePaginator(Paginator):
    def __init__(self, object_list, per_page: int, max_paginas: int):
        super().__init__(object_list, per_page)
        self.max_rijen = per_page * max_paginas

    @cached_property
    def _geteld(self) -> int:
        """Up to one row past the limit, without order or columns: PostgreSQL then stops
        reading at the limit along whichever index serves the filters."""
        return self.object_list.order_by().values("pk")[: self.max_rijen + 1].count()

    @cached_property
    def count(self) -> int:
        return min(self._geteld, self.max_rijen)

    @property
    def begrensd(self) -> bool:
        """More rows than the pages show."""
        return self._geteld > self.max_rijen
