"""COSOC elections: nominating, voting, counting and filling the seats.

Each accepted organisation nominates one candidate while nominations are open
(`candidate_nominate`) and votes once while voting is open (`ballot_cast`: a `Ballot` that it
voted, and one more vote on each candidate it chose, in one transaction; a second ballot is
refused by a unique constraint, even when two arrive at once). After voting closes, staff
count (`election_count`: `rank`, the tie rule and the gender-balance rule) and publish
(`election_publish`), which seats the elected as councillors of the term.
"""

import datetime
import hashlib
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from acoge.accounts.models import User
from acoge.core.audit import log_action, register_action
from acoge.core.page_cache import public_pages_changed

from ..errors import CouncilError
from ..models import Ballot, Candidate, Councillor, Election, Organisation, TieRule

register_action("council.candidate.nominated", gettext_lazy("%(object)s was nominated"))
register_action("council.candidate.withdrawn", gettext_lazy("%(object)s withdrew"))
register_action("council.candidate.ineligible", gettext_lazy("%(object)s is not eligible"))
register_action("council.ballot.cast", gettext_lazy("an organisation voted in %(object)s"))
register_action("council.election.counted", gettext_lazy("counted the votes of %(object)s"))
register_action("council.election.published", gettext_lazy("published the results of %(object)s"))

# The gender-balance rule limits women and men; other identities, or none stated, are not
# limited (they cannot push either above the share).
BALANCED_GROUPS = {"woman": "women", "trans_woman": "women", "man": "men", "trans_man": "men"}


@dataclass(frozen=True)
class Ranked:
    candidate: Candidate
    place: int
    elected: bool
    passed_over: bool  # would have been elected but for the gender-balance rule
    won_tie: bool  # elected over a candidate with as many votes, by the tie rule


@dataclass(frozen=True)
class Count:
    ranked: list[Ranked]
    cap: int | None  # seats at most for women, and for men, under the rule
    balance_met: bool  # False when too few candidates of another gender stood


def _tie_key(candidate: Candidate, rule: str, seed: str):
    if rule == TieRule.NOMINATION:
        return (candidate.nominated_at, candidate.pk)
    return hashlib.sha256(f"{seed}:{candidate.pk}".encode()).hexdigest()


def rank(
    candidates: Sequence[Candidate],
    *,
    seats: int,
    tie_rule: str,
    seed: str,
    gender_balance: bool,
    max_percent: int,
) -> Count:
    """Who is elected: most votes first (a candidate with no vote is never elected), ties in
    the order of `tie_rule`; under the gender-balance rule a candidate whose gender already
    holds `max_percent` of the seats is passed over for the next one, unless no one else is
    left to fill the seats."""
    standing = [c for c in candidates if c.standing]
    ordered = sorted(standing, key=lambda c: (-c.votes, _tie_key(c, tie_rule, seed)))
    cap = math.floor(seats * max_percent / 100) if gender_balance else None  # as gender_cap
    taken: Counter[str] = Counter()
    elected: list[Candidate] = []
    skipped: list[Candidate] = []
    for candidate in ordered:
        if len(elected) == seats or candidate.votes == 0:
            break
        group = BALANCED_GROUPS.get(candidate.gender)
        if cap is not None and group and taken[group] >= cap:
            skipped.append(candidate)
            continue
        taken[group or ""] += 1
        elected.append(candidate)
    balance_met = True
    for candidate in skipped:  # seats left and no one else: the rule cannot be met
        if len(elected) == seats:
            break
        elected.append(candidate)
        balance_met = False
    chosen = {c.pk for c in elected}
    best_left_out = max((c.votes for c in ordered if c.pk not in chosen), default=-1)
    ranked = [
        Ranked(
            candidate=c,
            place=place,
            elected=c.pk in chosen,
            passed_over=c in skipped and c.pk not in chosen,
            won_tie=c.pk in chosen and c.votes == best_left_out and c.votes > 0,
        )
        for place, c in enumerate(ordered, start=1)
    ]
    return Count(ranked=ranked, cap=cap, balance_met=balance_met)


def gender_cap(election: Election) -> int | None:
    """Seats at most for women, and for men, under the election's gender-balance rule."""
    if not election.gender_balance:
        return None
    return math.floor(election.term.seats * election.gender_max_percent / 100)


def _stage(election: Election, wanted: str, message: str, now: datetime.datetime) -> None:
    if election.stage(now) != wanted:
        raise CouncilError(message)


def _accepted(organisation: Organisation) -> None:
    if not organisation.is_accepted:
        raise CouncilError(
            _("Only organisations accepted in the registry nominate candidates and vote.")
        )


@transaction.atomic
def candidate_nominate(
    *,
    election: Election,
    organisation: Organisation,
    name: str,
    gender: str = "",
    statement: str = "",
    now: datetime.datetime | None = None,
) -> Candidate:
    now = now or timezone.now()
    _stage(election, "nominations", _("Nominations for this election are not open."), now)
    _accepted(organisation)
    if not name.strip():
        raise CouncilError(_("Give the candidate's name."))
    candidate = Candidate(
        election=election,
        organisation=organisation,
        name=name.strip(),
        gender=gender,
        statement=statement.strip(),
        nominated_at=now,
    )
    candidate.full_clean(exclude=["election", "organisation"], validate_constraints=False)
    try:
        with transaction.atomic():
            candidate.save()
    except IntegrityError as error:
        raise CouncilError(
            _("This organisation already has a candidate. Withdraw it first to nominate another.")
        ) from error
    log_action("council.candidate.nominated", obj=candidate, data={"election": election.pk})
    public_pages_changed()
    return candidate


@transaction.atomic
def candidate_withdraw(*, candidate: Candidate, now: datetime.datetime | None = None) -> None:
    now = now or timezone.now()
    _stage(
        candidate.election,
        "nominations",
        _("Candidates can withdraw while nominations are open."),
        now,
    )
    candidate.withdrawn_at = now
    candidate.save(update_fields=["withdrawn_at"])
    log_action("council.candidate.withdrawn", obj=candidate)
    public_pages_changed()


@transaction.atomic
def candidate_mark_ineligible(*, candidate: Candidate, actor: User, reason: str) -> None:
    if candidate.election.counted_at:
        raise CouncilError(_("The votes were already counted."))
    if not reason.strip():
        raise CouncilError(_("Say why the candidate is not eligible."))
    candidate.ineligible_reason = reason.strip()[:300]
    candidate.save(update_fields=["ineligible_reason"])
    log_action("council.candidate.ineligible", actor=actor, obj=candidate)
    public_pages_changed()


def ballot_cast(
    *,
    election: Election,
    organisation: Organisation,
    candidate_ids: Sequence[int],
    now: datetime.datetime | None = None,
) -> Ballot:
    """The organisation's one ballot, for 1 to `votes_per_organisation` standing candidates."""
    now = now or timezone.now()
    _stage(election, "voting", _("Voting in this election is not open."), now)
    _accepted(organisation)
    chosen = set(candidate_ids)
    if not chosen:
        raise CouncilError(_("Choose at least one candidate."))
    if len(chosen) > election.votes_per_organisation:
        raise CouncilError(
            _("Choose at most %(count)s candidates.") % {"count": election.votes_per_organisation}
        )
    standing = election.candidates.filter(
        pk__in=chosen, withdrawn_at__isnull=True, ineligible_reason=""
    )
    if standing.count() != len(chosen):
        raise CouncilError(_("Choose among the candidates listed."))
    try:
        with transaction.atomic():
            ballot = Ballot.objects.create(
                election=election, organisation=organisation, cast_on=timezone.localdate(now)
            )
            Candidate.objects.filter(pk__in=chosen).update(votes=F("votes") + 1)
    except IntegrityError as error:
        raise CouncilError(_("This organisation has already voted in this election.")) from error
    log_action("council.ballot.cast", obj=election)
    return ballot


@transaction.atomic
def election_count(
    *, election: Election, actor: User, now: datetime.datetime | None = None
) -> Count:
    now = now or timezone.now()
    election = Election.objects.select_for_update().select_related("term").get(pk=election.pk)
    _stage(election, "counting", _("The votes are counted once voting has closed."), now)
    result = rank(
        list(election.candidates.all()),
        seats=election.term.seats,
        tie_rule=election.tie_rule,
        seed=election.seed,
        gender_balance=election.gender_balance,
        max_percent=election.gender_max_percent,
    )
    for item in result.ranked:
        item.candidate.elected = item.elected
        item.candidate.passed_over = item.passed_over
        item.candidate.won_tie = item.won_tie
        item.candidate.save(update_fields=["elected", "passed_over", "won_tie"])
    election.counted_at = now
    election.save(update_fields=["counted_at"])
    log_action("council.election.counted", actor=actor, obj=election)
    return result


@transaction.atomic
def election_publish(
    *, election: Election, actor: User, now: datetime.datetime | None = None
) -> list[Councillor]:
    """Publish the results and seat the elected as councillors of the term."""
    now = now or timezone.now()
    election = Election.objects.select_for_update().select_related("term").get(pk=election.pk)
    if election.counted_at is None or election.results_published_at is not None:
        raise CouncilError(_("Count the votes first; results are published once."))
    term = election.term
    starts = max(term.starts_on, timezone.localdate(now))
    seated = [
        Councillor.objects.create(
            term=term,
            organisation=candidate.organisation,
            name=candidate.name,
            gender=candidate.gender,
            starts_on=starts,
        )
        for candidate in election.candidates.filter(elected=True).select_related("organisation")
    ]
    election.results_published_at = now
    election.save(update_fields=["results_published_at"])
    log_action("council.election.published", actor=actor, obj=election)
    public_pages_changed()
    return seated


__all__ = [
    "Count",
    "Ranked",
    "ballot_cast",
    "candidate_mark_ineligible",
    "candidate_nominate",
    "candidate_withdraw",
    "election_count",
    "election_publish",
    "gender_cap",
    "rank",
]
