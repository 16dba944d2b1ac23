"""Demo data: what a newcomer sees after `make run`, and a second run changes nothing."""

import pytest
from django.core.management import call_command
from django.utils import timezone

from acoge.core.models import AuditEntry
from acoge.core.scoping import scopes_disabled
from acoge.workshops.models import Feedback, Modality, Registration, Session, Topic, Workshop


@pytest.mark.django_db
def test_demo_workshops_cover_the_regions_topics_and_cases_and_load_once(settings):
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)
    entries = AuditEntry.objects.count()
    call_command("load_demo", verbosity=0)
    assert AuditEntry.objects.count() == entries, "a second run changes nothing"
    with scopes_disabled():
        upcoming = Workshop.objects.filter(starts_at__gt=timezone.now())
        assert upcoming.count() >= 12
        assert upcoming.values("region").distinct().count() >= 6
        assert set(Session.objects.values_list("topic", flat=True)) == set(Topic.values)
        assert upcoming.filter(modality=Modality.ONLINE).exists()
        assert upcoming.filter(modality=Modality.HYBRID).exists()
        full = [w for w in upcoming if w.is_full]
        assert any(
            Registration.objects.filter(workshop=w, status="waitlisted").exists() for w in full
        )
        assert any(0 < w.seats_left <= 3 for w in upcoming), "one is nearly full"
        past = Workshop.objects.get(status=Workshop.Status.COMPLETED)
        assert Registration.objects.filter(workshop=past, attended=True).exists()
        assert Feedback.objects.filter(workshop=past).count() >= 5


@pytest.mark.django_db
def test_demo_data_is_refused_without_debug(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError, match="published password"):
        call_command("load_demo", verbosity=0)
