"""Quick exit, with and without JavaScript: button, Shift pressed three times, and Back."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

NEUTRAL = "https://neutral.example/"


def test_the_button_leaves_at_once_and_back_does_not_return(page, site):
    page.goto(site + "/es/navegar-seguro/")
    with page.expect_navigation(url=NEUTRAL):
        page.click("[data-quick-exit]")
    assert page.url == NEUTRAL
    page.go_back()
    assert not page.url.startswith(site), "Back must not bring the page back"


def test_pressing_shift_three_times_leaves(page, site):
    page.goto(site + "/ht/")
    with page.expect_navigation(url=NEUTRAL):
        for _ in range(3):
            page.keyboard.press("Shift")
    page.go_back()
    assert not page.url.startswith(site)


def test_shift_used_for_typing_does_not_trigger_the_exit(page, site):
    page.goto(site + "/es/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift+KeyA")
    page.keyboard.press("Shift")
    assert page.url.startswith(site)


def test_the_button_is_the_first_control_after_the_skip_link(page, site):
    page.goto(site + "/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-quick-exit')")


def test_without_javascript_the_button_is_a_plain_link_to_the_neutral_site(browser, site):
    context = browser.new_context(java_script_enabled=False)
    context.route("https://neutral.example/**", lambda route: route.fulfill(status=200, body="ok"))
    page = context.new_page()
    page.goto(site + "/es/")
    with page.expect_navigation(url=NEUTRAL):
        page.click("[data-quick-exit]")
    assert page.url == NEUTRAL
    context.close()
