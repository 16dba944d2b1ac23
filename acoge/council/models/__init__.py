"""The council app's models, by kind: the organisations registry (registry.py)."""

from .registry import Category, Document, LegalForm, Organisation, SignInCode

__all__ = ["Category", "Document", "LegalForm", "Organisation", "SignInCode"]
