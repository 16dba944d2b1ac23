"""The indicator registry: apps register indicators in `AppConfig.ready()`; the indicator pages,
the dashboard and reports read only this registry."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.functional import Promise

from acoge.core.programmes import Programme

from .tables import Table


@dataclass(frozen=True)
class Indicator:
    """`compute()` returns the indicator's tables, from the live data, already suppressed (made
    with `breakdown`, `breakdowns`, `counts_table`, `measures` or `shares`)."""

    key: str
    title: Promise | str
    compute: Callable[[], list[Table]]
    programme: Programme
    tags: tuple[str, ...] = field(default_factory=tuple)


class IndicatorRegistry:
    def __init__(self) -> None:
        self._indicators: dict[str, Indicator] = {}

    def register(self, indicator: Indicator) -> None:
        self._indicators[indicator.key] = indicator

    def all(self) -> list[Indicator]:
        return sorted(self._indicators.values(), key=lambda indicator: indicator.key)

    def get(self, key: str) -> Indicator:
        return self._indicators[key]

    def programmes(self) -> set[Programme]:
        return {indicator.programme for indicator in self._indicators.values()}


indicators = IndicatorRegistry()
