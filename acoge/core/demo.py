"""Demo data: each app registers a loader; `manage.py load_demo` runs them all, idempotently."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class DemoLoader:
    name: str
    order: int
    load: Callable[[Callable[[str], None]], None]  # receives a function to print a line


_LOADERS: dict[str, DemoLoader] = {}


def register(loader: DemoLoader) -> None:
    _LOADERS[loader.name] = loader


def localised(field: str, texts: dict[str, str]) -> dict[str, str]:
    """A translated field's values by language, as model keyword arguments: title_es=…"""
    return {f"{field}_{code}": text for code, text in texts.items()}


def loaders() -> list[DemoLoader]:
    return sorted(_LOADERS.values(), key=lambda loader: (loader.order, loader.name))


def _index_search(say: Callable[[str], None]) -> None:
    from . import search

    say(f"Site search: {search.reindex()} entries indexed.")


register(DemoLoader(name="core.search", order=1000, load=_index_search))  # after every app
