"""The COSOC's public pages, as a citizen reads them, and the representative's and staff's part:
who sits (not who left), the composition with small counts hidden, a session's quorum, minutes
and agreements, the calendar, an election's rules and results; nominating and voting from her
organisation's page; taking attendance and counting from the staff pages."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from acoge.accounts.models import Role
from acoge.council.models import Agreement, Ballot, Candidate, Councillor, Meeting
from tests.council.builders import accepted, candidate, councillors, election, meeting, term

pytestmark = pytest.mark.django_db


def page(name: str, **kwargs) -> str:
    return reverse(f"council:{name}", kwargs=kwargs)


def test_the_council_page_names_who_sits_and_not_who_left(client):
    council = term()
    seated = councillors(council, 6)
    seated[0].ends_on = timezone.localdate() - datetime.timedelta(days=3)
    seated[0].left_reason = "Renunció"
    seated[0].save()
    Councillor.objects.create(
        term=council,
        organisation=seated[0].organisation,
        name="Reemplazante Uno",
        starts_on=timezone.localdate(),
        replaces=seated[0],
    )
    html = client.get(page("council")).content.decode()
    table = html.split("Left the council")[0] if "Left the council" in html else html
    assert "Reemplazante Uno" in html and "Consejera 1" in html
    assert "Renunció" in html  # listed among those who left, with the reason
    rows = re.findall(r'<th scope="row" class="ac-table__header">([^<]+)</th>', table)
    assert "Consejera 0" not in [row.strip() for row in rows]


def test_the_composition_hides_small_counts_and_what_would_reveal_them(client):
    council = term()
    for n, councillor in enumerate(councillors(council, 8)):
        councillor.gender = "woman" if n < 6 else "man"
        councillor.save()
    with translation.override("en"):
        html = client.get(page("council")).content.decode()
    table = html[html.index("Councillors by gender") :].split("</table>")[0]
    cells = dict(
        re.findall(r'scope="row" class="ac-table__header">([^<]+)</th><td[^>]*>(.*?)</td>', table)
    )
    assert "hidden" in cells["Man"]
    shown = {label: int(value) for label, value in cells.items() if value.strip().isdigit()}
    assert not ("Woman" in shown and "Total" in shown), "the total less the women gives the men"


def test_a_held_session_shows_its_quorum_minutes_and_agreements(client, make_staff):
    council = term()
    councillors(council, 3)
    session = meeting(council, minutes="Se aprobó **el calendario**.")
    from acoge.council import services

    statuses = {c.pk: "present" for c in services.expected(session)}
    services.attendance_record(
        meeting=session, statuses=statuses, actor=make_staff(Role.COSOC_SECRETARY)
    )
    Agreement.objects.create(
        meeting=session,
        number=1,
        text="Enviar el informe",
        owner="Secretaría",
        due_on=timezone.localdate() - datetime.timedelta(days=2),
    )
    html = client.get(page("meeting", pk=session.pk)).content.decode()
    assert "3" in html and "Enviar el informe" in html and "Secretaría" in html
    assert "el calendario" not in html, "minutes appear once published"
    services.minutes_publish(meeting=session, actor=make_staff(Role.COSOC_SECRETARY))
    html = client.get(page("meeting", pk=session.pk)).content.decode()
    assert "<strong>el calendario</strong>" in html


def test_the_calendar_lists_sessions_and_marks_cancelled_ones(client):
    council = term()
    meeting(council, days_ago=-5)
    meeting(council, days_ago=-9, status=Meeting.Status.CANCELLED)
    response = client.get(page("calendar"))
    assert response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 1 and str(events[0]["status"]) == "CONFIRMED"


def test_an_election_page_shows_its_rules_and_after_publishing_the_results(client, make_staff):
    vote = election("counting", gender_max_percent=60)
    for n, votes in enumerate([9, 4, 2]):
        candidate(vote, n, votes=votes, gender="woman")
    html = client.get(page("election", pk=vote.pk)).content.decode()
    assert vote.seed in html and "60 %" in html
    assert ">9<" not in html, "no votes before publishing"
    from acoge.council import services

    staff = make_staff(Role.COSOC_SECRETARY)
    services.election_count(election=vote, actor=staff)
    services.election_publish(election=vote, actor=staff)
    html = client.get(page("election", pk=vote.pk)).content.decode()
    assert ">9<" in html and "Candidata 0" in html


def sign_in(client, captured, email: str) -> None:
    with captured(execute=True):
        client.post(page("sign-in"), {"email": email})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    assert client.post(page("code"), {"code": code}).status_code == 302


def test_a_representative_nominates_then_votes_once(client, django_capture_on_commit_callbacks):
    voter = accepted(1)
    vote = election("nominations")
    sign_in(client, django_capture_on_commit_callbacks, voter.email)
    mine = client.get(page("mine")).content.decode()
    assert page("nominate", pk=voter.pk, election=vote.pk) in mine
    response = client.post(
        page("nominate", pk=voter.pk, election=vote.pk),
        {"name": "Rosa Joseph", "gender": "woman", "statement": "Participación."},
    )
    assert response.status_code == 302
    assert Candidate.objects.get().name == "Rosa Joseph"

    other = candidate(vote, 2)
    Candidate.objects.filter(election=vote).update(nominated_at=vote.nominations_open)
    now = timezone.now()
    vote.nominations_open = now - datetime.timedelta(days=10)
    vote.nominations_close = now - datetime.timedelta(days=5)
    vote.voting_opens = now - datetime.timedelta(days=1)
    vote.voting_closes = now + datetime.timedelta(days=3)
    vote.save()
    ballot = client.get(page("vote", pk=voter.pk, election=vote.pk))
    assert ballot.status_code == 200 and "Rosa Joseph" in ballot.content.decode()
    response = client.post(
        page("vote", pk=voter.pk, election=vote.pk), {"candidates": [str(other.pk)]}
    )
    assert response.status_code == 302
    assert Ballot.objects.filter(organisation=voter).count() == 1
    again = client.post(
        page("vote", pk=voter.pk, election=vote.pk), {"candidates": [str(other.pk)]}
    )
    assert again.status_code == 302
    other.refresh_from_db()
    assert other.votes == 1


def test_an_organisation_she_does_not_represent_cannot_vote_through_her(
    client, django_capture_on_commit_callbacks
):
    hers = accepted(1)
    someone_else = accepted(2)
    vote = election("voting")
    chosen = candidate(vote, 3)
    sign_in(client, django_capture_on_commit_callbacks, hers.email)
    response = client.post(
        page("vote", pk=someone_else.pk, election=vote.pk), {"candidates": [str(chosen.pk)]}
    )
    assert response.status_code == 404 and not Ballot.objects.exists()


def test_too_many_candidates_chosen_is_explained(client, django_capture_on_commit_callbacks):
    voter = accepted(1)
    vote = election("voting", votes_per_organisation=1)
    picks = [candidate(vote, n) for n in range(2)]
    sign_in(client, django_capture_on_commit_callbacks, voter.email)
    response = client.post(
        page("vote", pk=voter.pk, election=vote.pk), {"candidates": [str(c.pk) for c in picks]}
    )
    assert response.status_code == 400 and 'class="ac-error-summary' in response.content.decode()
    assert not Ballot.objects.exists()


def test_staff_take_attendance_and_see_the_quorum(staff_client):
    client = staff_client(Role.COSOC_SECRETARY)
    council = term()
    seated = councillors(council, 3)
    session = meeting(council)
    url = reverse("council_staff:attendance", kwargs={"pk": session.pk})
    missing = client.post(url, {f"m{seated[0].pk}": "present"})
    assert missing.status_code == 400
    data = {f"m{c.pk}": "present" for c in seated[:2]} | {f"m{seated[2].pk}": "excused"}
    assert client.post(url, data).status_code == 302
    session.refresh_from_db()
    assert session.status == Meeting.Status.HELD
    assert session.attendance.filter(status="present").count() == 2


def test_staff_see_votes_only_once_voting_has_closed(staff_client):
    client = staff_client(Role.ENGAGEMENT)
    running = election("voting")
    candidate(running, 1, votes=7)
    html = client.get(reverse("council_staff:election", kwargs={"pk": running.pk})).content.decode()
    assert ">7<" not in html
    closed = election("counting")
    candidate(closed, 2, votes=8)
    html = client.get(reverse("council_staff:election", kwargs={"pk": closed.pk})).content.decode()
    assert ">8<" in html
