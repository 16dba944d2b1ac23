"""What a signed-in representative does in a COSOC election for her organisation: nominate its
candidate (or withdraw it) while nominations are open, and cast its one ballot while voting is
open. Each page checks that she represents the organisation and that it is accepted; the
services enforce the dates and the one ballot."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from acoge.accounts.mixins import object_or_404
from acoge.core.errors import ServiceError

from .. import services
from ..forms import BallotForm, NominationForm
from ..models import Ballot, Election, Organisation
from .public import _her_organisation, _mine


def _context(request: HttpRequest, pk: int, election: int):
    index, elsewhere = _mine(request)
    if elsewhere:
        return None, None, elsewhere
    organisation = _her_organisation(index, pk)
    if not organisation.is_accepted:
        raise Http404
    return organisation, object_or_404(Election.objects.select_related("term"), election), None


def _page(request, template: str, organisation: Organisation, election: Election, form, **extra):
    return render(
        request,
        template,
        {"organisation": organisation, "election": election, "form": form, **extra},
        status=400 if form.errors else 200,
    )


@never_cache
def nominate(request: HttpRequest, pk: int, election: int) -> HttpResponse:
    organisation, found, elsewhere = _context(request, pk, election)
    if elsewhere:
        return elsewhere
    form = NominationForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            services.candidate_nominate(
                election=found,
                organisation=organisation,
                name=form.cleaned_data["name"],
                gender=form.cleaned_data["gender"],
                statement=form.cleaned_data["statement"],
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("The candidacy is registered. It is shown on the election's page.")
            )
            return redirect("council:mine")
    return _page(request, "council/public/nominate.html", organisation, found, form)


@never_cache
@require_POST
def withdraw(request: HttpRequest, pk: int, election: int) -> HttpResponse:
    organisation, found, elsewhere = _context(request, pk, election)
    if elsewhere:
        return elsewhere
    candidate = found.candidates.filter(
        organisation=organisation, withdrawn_at__isnull=True
    ).first()
    if candidate is None:
        raise Http404
    try:
        services.candidate_withdraw(candidate=candidate)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The candidacy was withdrawn."))
    return redirect("council:mine")


@never_cache
def vote(request: HttpRequest, pk: int, election: int) -> HttpResponse:
    organisation, found, elsewhere = _context(request, pk, election)
    if elsewhere:
        return elsewhere
    if Ballot.objects.filter(election=found, organisation=organisation).exists():
        messages.info(request, _("Your organisation has already voted in this election."))
        return redirect("council:mine")
    form = BallotForm(request.POST if request.method == "POST" else None, election=found)
    if form.is_bound and form.is_valid():
        try:
            services.ballot_cast(
                election=found,
                organisation=organisation,
                candidate_ids=form.cleaned_data["candidates"],
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request, _("Your organisation's vote was counted. Thank you for taking part.")
            )
            return redirect("council:mine")
    return _page(
        request, "council/public/vote.html", organisation, found, form, stage=found.stage()
    )
