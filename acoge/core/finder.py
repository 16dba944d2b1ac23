"""Find what she sent before (a registration, a contact request) by its reference code and the
e-mail or phone she gave, without a token in the address."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.utils.functional import Promise

from .forms import FindForm


@dataclass(frozen=True)
class Finder:
    """Find what she sent before by its reference code and the e-mail or phone she gave. What
    she found is remembered in her session (by id), so the next pages can act on it without a
    token in the address."""

    session_key: str
    lookup: Callable[..., Any]  # lookup(reference=..., contact=...) -> the record or None
    not_found: Promise | str

    def find(self, request: HttpRequest) -> tuple[Any, FindForm]:
        """The record found now (None when not, or not asked) and the form, with its error."""
        form = FindForm(request.POST if request.method == "POST" else None)
        if form.is_bound and form.is_valid():
            found = self.lookup(
                reference=form.cleaned_data["reference"], contact=form.cleaned_data["contact"]
            )
            if found is not None:
                request.session[self.session_key] = found.pk
                return found, form
            form.add_error(None, self.not_found)
        return None, form

    def found_id(self, request: HttpRequest) -> Any:
        """The id of what she found earlier in this session, or None."""
        return request.session.get(self.session_key)

    def forget(self, request: HttpRequest) -> None:
        request.session.pop(self.session_key, None)
