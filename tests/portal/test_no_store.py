"""Nothing of hers stays behind: every page that shows what she typed or a private link is sent
`Cache-Control: no-store`, so no copy stays in her browser's cache after the quick exit."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from acoge.contact.views.public import JOURNEY as CONTACT_JOURNEY
from acoge.workshops.views.public_registration import JOURNEY as REGISTRATION_JOURNEY
from tests.factories import registration
from tests.workshops.test_registration import make_workshop

pytestmark = pytest.mark.django_db


def private_pages() -> list[str]:
    workshop = make_workshop(capacity=5)
    begun = make_workshop(
        starts_at=timezone.now() - timedelta(hours=1), ends_at=timezone.now() + timedelta(hours=2)
    )
    manage_token = registration(workshop).manage_token
    from acoge.contact import services

    status_token = services.request_create(
        topic="work",
        region=None,
        preferences={"methods": ["email"], "write": "yes", "days": [], "times": []},
        language="es",
        email="ana@example.org",
    ).status_token
    with translation.override("es"):
        pages = [
            *(
                reverse("workshops:register", kwargs={"pk": workshop.pk, "step": step})
                for step in REGISTRATION_JOURNEY.steps
            ),
            reverse("workshops:registered"),
            reverse("workshops:find"),
            reverse("workshops:manage", kwargs={"token": manage_token}),
            reverse("workshops:manage-cancel", kwargs={"token": manage_token}),
            reverse("workshops:feedback", kwargs={"key": begun.feedback_key}),
            reverse("workshops:feedback-thanks"),
            *(reverse("contact:step", kwargs={"step": step}) for step in CONTACT_JOURNEY.steps),
            reverse("contact:sent"),
            reverse("contact:find"),
            reverse("contact:withdraw-found"),
            reverse("contact:status", kwargs={"token": status_token}),
            reverse("contact:status-discreet", kwargs={"token": status_token}),
            reverse("contact:withdraw", kwargs={"token": status_token}),
            reverse("contact:withdrawn"),
        ]
    return pages


def test_every_page_with_her_answers_or_a_private_link_is_never_stored(client):
    pages = private_pages()
    assert len(pages) > 20
    for page in pages:
        for method in (client.get, client.post):
            response = method(page)
            assert "no-store" in response.get("Cache-Control", ""), (method.__name__, page)


def test_public_pages_without_anything_of_hers_may_be_cached(client):
    workshop = make_workshop()
    with translation.override("es"):
        pages = [reverse("workshops:list"), reverse("workshops:detail", args=[workshop.pk])]
    for page in pages:
        assert "no-store" not in client.get(page).get("Cache-Control", ""), page
