"""Registries that domain apps fill in `AppConfig.ready()`; the shells read only these."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import rules
from django.urls import reverse
from django.utils.functional import Promise

from .programmes import Programme


@dataclass(frozen=True)
class MenuEntry:
    key: str
    label: Promise | str
    url_name: str
    permission: str
    order: int = 100
    description: Promise | str = ""

    @property
    def url(self) -> str:
        return reverse(self.url_name)


class MenuRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, MenuEntry] = {}

    def register(self, entry: MenuEntry) -> None:
        self._entries[entry.key] = entry

    def all(self) -> list[MenuEntry]:
        return sorted(self._entries.values(), key=lambda entry: (entry.order, entry.key))

    def visible_to(self, user) -> list[MenuEntry]:
        """The entries whose permission (a `rules` permission) the user holds, in menu order."""
        return [entry for entry in self.all() if rules.has_perm(entry.permission, user)]


menu = MenuRegistry()


@dataclass(frozen=True)
class PublicSection:
    """A public section an app provides; the home page, the programme's landing page and the
    navigation link only to these. `landing` is a template fragment the programme's landing
    page shows for the section, rendered with what `landing_context(request)` returns."""

    key: str
    title: Promise | str
    summary: Promise | str
    url_name: str
    programme: Programme
    order: int = 100
    landing: str = ""
    landing_context: Callable[[Any], dict] | None = None
    url_kwargs: dict[str, str] | None = None  # a page with an address of its own
    available: Callable[[], bool] | None = None  # False while its page is not published

    @property
    def url(self) -> str:
        return reverse(self.url_name, kwargs=self.url_kwargs)


class SectionRegistry:
    def __init__(self) -> None:
        self._sections: dict[str, PublicSection] = {}

    def register(self, section: PublicSection) -> None:
        self._sections[section.key] = section

    def all(self) -> list[PublicSection]:
        return sorted(self._sections.values(), key=lambda section: (section.order, section.key))

    def _shown(self, programme: Programme):
        """The programme's sections that are there to link to, lazily."""
        return (
            section
            for section in self.all()
            if section.programme == programme and (section.available is None or section.available())
        )

    def has_any(self, programme: Programme) -> bool:
        return next(self._shown(programme), None) is not None

    def for_programme(self, programme: Programme) -> list[PublicSection]:
        return list(self._shown(programme))


public_sections = SectionRegistry()
