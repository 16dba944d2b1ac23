"""/sitemap.xml: every public page in Spanish, English and Haitian Creole, each with its
`hreflang` alternates and an x-default: the address without a language, which answers in the
language her browser asks for (LocaleMiddleware redirects it). Apps register their sitemaps in
`ready()`: `Pages` for fixed pages by URL name, `Records` for published records."""

from collections.abc import Callable, Iterable
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class Localised(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class Pages(Localised):
    def __init__(self, *url_names: str) -> None:
        self.url_names = list(url_names)

    def items(self) -> list[str]:
        return self.url_names

    def location(self, item: str) -> str:
        return reverse(item)


class Records(Localised):
    """Published records, at `location(record)` (`get_absolute_url` by default); `lastmod` from
    their last review when they have one."""

    def __init__(
        self,
        records: Callable[[], Iterable[Any]],
        location: Callable[[Any], str] | None = None,
    ) -> None:
        self.records = records
        self.locate = location

    def items(self) -> list[Any]:
        return list(self.records())

    def location(self, item: Any) -> str:
        return self.locate(item) if self.locate else item.get_absolute_url()

    def lastmod(self, item: Any) -> Any:
        return getattr(item, "last_reviewed", None)


_SITEMAPS: dict[str, Sitemap] = {}


def register(key: str, sitemap: Sitemap) -> None:
    _SITEMAPS[key] = sitemap


def registered() -> dict[str, Sitemap]:
    """The registry itself (the sitemap view reads it at each request)."""
    return _SITEMAPS
