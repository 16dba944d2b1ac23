"""COSOC elections: one candidate and one ballot per accepted organisation (also when two
ballots arrive at once), the count with its tie rule and gender-balance rule, and the seats
filled when the results are published."""

import threading

import pytest
from django.db import close_old_connections
from django.utils import translation

from acoge.council import services
from acoge.council.errors import CouncilError
from acoge.council.models import Ballot, Candidate, Councillor, TieRule
from tests.council.builders import accepted, candidate, election

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


def ranked(of, **options):
    values = {
        "seats": of.term.seats,
        "tie_rule": of.tie_rule,
        "seed": of.seed,
        "gender_balance": of.gender_balance,
        "max_percent": of.gender_max_percent,
        **options,
    }
    return services.rank(list(of.candidates.all()), **values)


def elected_names(count) -> list[str]:
    return [item.candidate.name for item in count.ranked if item.elected]


def test_an_accepted_organisation_nominates_one_candidate(make_staff):
    vote = election("nominations")
    org = accepted(1)
    services.candidate_nominate(election=vote, organisation=org, name="Rosa Joseph", gender="woman")
    with pytest.raises(CouncilError, match="already has a candidate"):
        services.candidate_nominate(election=vote, organisation=org, name="Otra")
    applied = accepted(2)
    applied.status = "applied"
    applied.save()
    with pytest.raises(CouncilError, match="Only organisations accepted"):
        services.candidate_nominate(election=vote, organisation=applied, name="Ana")


def test_a_withdrawn_candidate_may_be_replaced_while_nominations_are_open():
    vote = election("nominations")
    org = accepted(1)
    first = services.candidate_nominate(election=vote, organisation=org, name="Rosa")
    services.candidate_withdraw(candidate=first)
    services.candidate_nominate(election=vote, organisation=org, name="Ana")
    assert [c.name for c in vote.candidates.filter(withdrawn_at__isnull=True)] == ["Ana"]


def test_nominating_outside_the_nomination_dates_is_refused():
    vote = election("voting")
    with pytest.raises(CouncilError, match="not open"):
        services.candidate_nominate(election=vote, organisation=accepted(1), name="Rosa")


def test_each_organisation_votes_once_for_up_to_the_set_number():
    vote = election("voting", votes_per_organisation=2)
    a, b, c = (candidate(vote, n) for n in range(3))
    voter = accepted(1)
    with pytest.raises(CouncilError, match="at most 2"):
        services.ballot_cast(election=vote, organisation=voter, candidate_ids=[a.pk, b.pk, c.pk])
    with pytest.raises(CouncilError, match="at least one"):
        services.ballot_cast(election=vote, organisation=voter, candidate_ids=[])
    services.ballot_cast(election=vote, organisation=voter, candidate_ids=[a.pk, b.pk])
    with pytest.raises(CouncilError, match="already voted"):
        services.ballot_cast(election=vote, organisation=voter, candidate_ids=[c.pk])
    assert [x.votes for x in vote.candidates.order_by("name")] == [1, 1, 0]


def test_a_ballot_for_a_candidate_of_another_election_or_withdrawn_is_refused():
    vote = election("voting")
    other = election("voting")
    elsewhere = candidate(other, 1)
    gone = candidate(vote, 2)
    gone.withdrawn_at = vote.nominations_close
    gone.save()
    voter = accepted(1)
    for chosen in (elsewhere, gone):
        with pytest.raises(CouncilError, match="among the candidates"):
            services.ballot_cast(election=vote, organisation=voter, candidate_ids=[chosen.pk])
    assert not Ballot.objects.exists()


def test_the_ballot_says_that_an_organisation_voted_never_for_whom():
    fields = {field.name for field in Ballot._meta.get_fields()}
    assert fields == {"id", "election", "organisation", "cast_on"}


@pytest.mark.django_db(transaction=True)
def test_two_ballots_of_one_organisation_at_once_count_once(reference_rows):
    vote = election("voting")
    chosen = candidate(vote, 1)
    voter = accepted(1)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def cast() -> None:
        try:
            barrier.wait()
            services.ballot_cast(election=vote, organisation=voter, candidate_ids=[chosen.pk])
            outcomes.append("counted")
        except CouncilError:
            outcomes.append("refused")
        finally:
            close_old_connections()

    threads = [threading.Thread(target=cast) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["counted", "refused"]
    chosen.refresh_from_db()
    assert chosen.votes == 1 and Ballot.objects.count() == 1


def test_most_votes_win_and_no_vote_is_no_seat():
    vote = election("counting", gender_balance=False)
    vote.term.seats = 2
    for n, votes in enumerate([5, 9, 0, 7]):
        candidate(vote, n, votes=votes)
    assert elected_names(ranked(vote)) == ["Candidata 1", "Candidata 3"]
    vote.term.seats = 4
    assert elected_names(ranked(vote, seats=4)) == ["Candidata 1", "Candidata 3", "Candidata 0"]


def test_a_tie_at_the_last_seat_goes_to_the_earlier_nomination_under_that_rule():
    vote = election("counting", gender_balance=False, tie_rule=TieRule.NOMINATION)
    for n, votes in enumerate([4, 6, 4]):
        candidate(vote, n, votes=votes)
    count = ranked(vote, seats=2)
    assert elected_names(count) == ["Candidata 1", "Candidata 0"]
    assert [item.candidate.name for item in count.ranked if item.won_tie] == ["Candidata 0"]


def test_a_drawn_tie_is_the_same_every_time_from_the_published_seed():
    vote = election("counting", gender_balance=False)
    for n in range(6):
        candidate(vote, n, votes=3)
    first = elected_names(ranked(vote, seats=3))
    assert first == elected_names(ranked(vote, seats=3))
    others = {tuple(elected_names(ranked(vote, seats=3, seed=f"s{n}"))) for n in range(8)}
    assert len(others) > 1, "the seed decides the draw"


def test_the_gender_balance_rule_passes_over_a_gender_at_its_share():
    vote = election("counting", gender_max_percent=60)
    votes = [("woman", 10), ("woman", 9), ("trans_woman", 8), ("man", 7), ("man", 2)]
    for n, (gender, count) in enumerate(votes):
        candidate(vote, n, votes=count, gender=gender)
    count = ranked(vote, seats=4)  # at most 2 of 4 (60 %, rounded down) for women, and for men
    assert count.cap == 2 and count.balance_met
    assert elected_names(count) == ["Candidata 0", "Candidata 1", "Candidata 3", "Candidata 4"]
    assert [item.candidate.name for item in count.ranked if item.passed_over] == ["Candidata 2"]


def test_the_rule_gives_way_when_too_few_of_another_gender_stand():
    vote = election("counting", gender_max_percent=50)
    for n in range(4):
        candidate(vote, n, votes=10 - n, gender="woman")
    candidate(vote, 9, votes=1, gender="man")
    count = ranked(vote, seats=4)
    assert len(elected_names(count)) == 4 and not count.balance_met


def test_identities_other_than_women_and_men_are_not_limited():
    vote = election("counting", gender_max_percent=50)
    for n in range(3):
        candidate(vote, n, votes=5 + n, gender="non_binary")
    assert len(elected_names(ranked(vote, seats=3))) == 3


def test_counting_then_publishing_seats_the_elected_in_the_term(make_staff):
    vote = election("counting", gender_balance=False)
    vote.term.seats = 2
    vote.term.save()
    for n, votes in enumerate([3, 8, 5]):
        candidate(vote, n, votes=votes)
    staff = make_staff("cosoc_secretary")
    services.election_count(election=vote, actor=staff)
    assert set(Candidate.objects.filter(elected=True).values_list("name", flat=True)) == {
        "Candidata 1",
        "Candidata 2",
    }
    seated = services.election_publish(election=vote, actor=staff)
    assert {c.name for c in seated} == {"Candidata 1", "Candidata 2"}
    assert Councillor.objects.filter(term=vote.term).count() == 2
    with pytest.raises(CouncilError):
        services.election_publish(election=vote, actor=staff)


def test_votes_are_counted_only_after_voting_closes(make_staff):
    vote = election("voting")
    with pytest.raises(CouncilError, match="once voting has closed"):
        services.election_count(election=vote, actor=make_staff("cosoc_secretary"))
