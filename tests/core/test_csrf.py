import re

import pytest
from django.test import Client
from django.urls import reverse


@pytest.fixture
def csrf_client(db) -> Client:
    return Client(enforce_csrf_checks=True)


def token(client: Client) -> str:
    html = client.get(reverse("accounts:login")).content.decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def login_post(client: Client, csrf: str | None, **headers):
    data = {"username": "x", "password": "y"}
    if csrf:
        data["csrfmiddlewaretoken"] = csrf
    return client.post(reverse("accounts:login"), data, headers=headers)


def test_a_same_origin_form_post_with_the_null_origin_of_no_referrer_is_accepted(csrf_client):
    csrf = token(csrf_client)
    response = login_post(csrf_client, csrf, origin="null", sec_fetch_site="same-origin")
    assert response.status_code == 200  # the form answers (wrong password), not a CSRF refusal
    assert "ac-error-summary" in response.content.decode()


def test_a_null_origin_from_another_site_is_refused(csrf_client):
    csrf = token(csrf_client)
    assert (
        login_post(csrf_client, csrf, origin="null", sec_fetch_site="cross-site").status_code == 403
    )
    assert login_post(csrf_client, csrf, origin="null").status_code == 403


def test_the_token_is_still_required(csrf_client):
    token(csrf_client)
    assert (
        login_post(csrf_client, None, origin="null", sec_fetch_site="same-origin").status_code
        == 403
    )


def test_the_csrf_failure_page_is_translated(csrf_client):
    page = csrf_client.post("/gestion/ingresar/", {}, headers={"accept-language": "ht"})
    assert page.status_code == 403
    assert "data-quick-exit" in page.content.decode()
