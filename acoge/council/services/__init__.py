"""Every change the council app makes; the package re-exports them all."""

from .registry import *  # noqa: F403
from .registry import __all__ as _registry

__all__ = [*_registry]
