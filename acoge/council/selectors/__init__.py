"""Reads that encode policy: the registry of organisations (registry.py) and the COSOC's
pages (council.py)."""

from . import council
from .registry import DEFAULT_TAB, TABS, TO_REVIEW, for_staff, public_list, to_review_count

__all__ = [
    "DEFAULT_TAB",
    "TABS",
    "TO_REVIEW",
    "council",
    "for_staff",
    "public_list",
    "to_review_count",
]
