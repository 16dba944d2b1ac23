"""The council app's models, by kind: the organisations registry (registry.py), the council's
terms, councillors, sessions and agreements (council.py), its elections (elections.py)."""

from .council import Agreement, Attendance, Councillor, Meeting, Position, Term
from .elections import Ballot, Candidate, Election, TieRule
from .registry import Category, Document, LegalForm, Organisation, SignInCode

__all__ = [
    "Agreement",
    "Attendance",
    "Ballot",
    "Candidate",
    "Category",
    "Councillor",
    "Document",
    "Election",
    "LegalForm",
    "Meeting",
    "Organisation",
    "Position",
    "SignInCode",
    "Term",
    "TieRule",
]
