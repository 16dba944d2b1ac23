"""Every change the council app makes; the package re-exports them all: the registry of
organisations (registry.py), elections (elections.py), sessions and agreements (meetings.py)."""

from .elections import *  # noqa: F403
from .elections import __all__ as _elections
from .meetings import *  # noqa: F403
from .meetings import __all__ as _meetings
from .registry import *  # noqa: F403
from .registry import __all__ as _registry

__all__ = [*_registry, *_elections, *_meetings]
