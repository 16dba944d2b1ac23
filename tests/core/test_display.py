from django.urls import reverse

from acoge.core.display import DisplayPreferences, carry_preferences


def test_preferences_are_read_from_the_query_and_bad_values_ignored():
    from django.http import QueryDict

    assert DisplayPreferences.from_query(QueryDict("texto=2&contraste=alto")) == DisplayPreferences(
        2, True
    )
    assert DisplayPreferences.from_query(QueryDict("texto=9&contraste=x")) == DisplayPreferences()


def test_internal_links_and_get_forms_carry_the_preferences_but_static_and_external_do_not():
    prefs = DisplayPreferences(1, True)
    html = (
        '<a href="/es/privacidad/">p</a><a href="/es/?page=2#x">q</a>'
        '<a href="https://example.org/">e</a><link href="/static/acoge/acoge.css">'
        '<form method="get" action="/es/talleres/"></form>'
    )
    out = carry_preferences(html, prefs)
    assert 'href="/es/privacidad/?texto=1&amp;contraste=alto"' in out
    assert 'href="/es/?page=2&amp;texto=1&amp;contraste=alto#x"' in out
    assert 'href="https://example.org/"' in out
    assert 'href="/static/acoge/acoge.css"' in out
    assert '<input type="hidden" name="texto" value="1">' in out


def test_larger_text_without_javascript_or_cookies_sticks_across_pages(client, db):
    page = client.get("/es/?texto=2")
    html = page.content.decode()
    assert 'class="ac-text-2"' in html
    assert f'href="{reverse("portal:privacy")}?texto=2"' in html
    assert not page.cookies
