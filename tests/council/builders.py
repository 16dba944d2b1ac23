"""Records the council's tests need: a term, councillors in office, a session, an election at
each stage, with organisations accepted in the registry."""

import datetime

from django.utils import timezone

from acoge.council.models import Candidate, Councillor, Election, Meeting, Term
from tests.factories import organisation

DAY = datetime.timedelta(days=1)


def term(**fields) -> Term:
    today = timezone.localdate()
    values = {"starts_on": today - 30 * DAY, "ends_on": today + 700 * DAY, **fields}
    return Term.objects.create(**values)


def accepted(n: int, **fields):
    """Accepted organisation number `n` (each its own RUT and address)."""
    from stdnum.cl import rut

    body = f"{66000000 + n}"
    return organisation(
        "accepted",
        rut=body + rut.calc_check_digit(body),
        email=f"org{n}@example.org",
        name=f"Organización {n}",
        documents=0,
        **fields,
    )


def councillors(of: Term, count: int) -> list[Councillor]:
    return [
        Councillor.objects.create(
            term=of, organisation=accepted(n), name=f"Consejera {n}", starts_on=of.starts_on
        )
        for n in range(count)
    ]


def meeting(of: Term, *, days_ago: int = 1, **fields) -> Meeting:
    values = {
        "term": of,
        "number": Meeting.objects.filter(term=of).count() + 1,
        "starts_at": timezone.now() - days_ago * DAY,
        "agenda": "1. Cuenta pública\n2. Varios",
        **fields,
    }
    return Meeting.objects.create(**values)


def election(stage: str, of: Term | None = None, **fields) -> Election:
    """An election in `stage`: nominations, voting or counting."""
    now = timezone.now()
    shift = {"nominations": 0, "voting": 10, "counting": 20}[stage]
    start = now - DAY - shift * DAY
    values = {
        "term": of
        or term(
            starts_on=timezone.localdate() + 60 * DAY, ends_on=timezone.localdate() + 790 * DAY
        ),
        "nominations_open": start,
        "nominations_close": start + 5 * DAY,
        "voting_opens": start + 8 * DAY,
        "voting_closes": start + 12 * DAY,
        **fields,
    }
    return Election.objects.create(**values)


def candidate(of: Election, n: int, *, votes: int = 0, gender: str = "", **fields) -> Candidate:
    return Candidate.objects.create(
        election=of,
        organisation=accepted(100 + n),
        name=f"Candidata {n}",
        gender=gender,
        votes=votes,
        nominated_at=of.nominations_open + datetime.timedelta(minutes=n),
        **fields,
    )
