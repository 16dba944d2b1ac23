"""The design system's form rendering: labels, hints, errors, kept input, the hidden honeypot."""

import pytest
from django.template import Context, Template
from django.utils import translation

from acoge.backoffice.views.pages import ComponentsForm

RENDER = Template(
    '{% load ac %}{% include "portal/components/error_summary.html" %}'
    "{% for bound in form %}{% field bound %}{% endfor %}"
)


def render(form) -> str:
    with translation.override("en"):
        return RENDER.render(Context({"form": form}))


def test_errors_show_in_a_summary_linked_to_each_field_and_inline():
    form = ComponentsForm(data={"name": "Marie", "contact": "fax"})
    assert not form.is_valid()
    html = render(form)
    assert "There is a problem" in html
    assert 'href="#id_contact_0"' in html, "a radio group's error links to its first option"
    assert 'href="#id_date_0"' in html, "a date error links to its day box"
    assert 'id="id_date_0"' in html, "and the day box has that id"
    assert 'id="id_message-error"' in html
    assert 'aria-describedby="id_message-error"' in html


def test_what_she_typed_is_kept_when_the_form_comes_back_with_errors():
    html = render(ComponentsForm(data={"name": "Marie Joseph", "date_day": "31"}))
    assert 'value="Marie Joseph"' in html
    assert 'value="31"' in html


def test_optional_fields_say_so_and_hints_are_connected():
    html = render(ComponentsForm())
    assert "What support do you need? (optional)" in html
    assert 'aria-describedby="id_name-hint"' in html


def test_the_honeypot_is_rendered_off_screen_and_hidden_from_assistive_technology():
    html = render(ComponentsForm())
    assert '<div class="ac-hp" aria-hidden="true">' in html
    assert 'tabindex="-1"' in html


@pytest.mark.parametrize(
    ("day", "month", "year", "error"),
    [("31", "2", "2026", "Enter a real date"), ("3", "", "2026", "Enter the day, month and year")],
)
def test_date_input_explains_impossible_or_incomplete_dates(day, month, year, error):
    form = ComponentsForm(data={"date_day": day, "date_month": month, "date_year": year})
    form.is_valid()
    with translation.override("en"):
        assert error in " ".join(form.errors["date"])


def test_the_error_summary_is_an_alert_region_with_valid_markup():
    from html.parser import HTMLParser

    class Elements(HTMLParser):
        def __init__(self):
            super().__init__()
            self.found: list[tuple[str, dict, int]] = []
            self.depth = 0

        def handle_starttag(self, tag, attrs):
            self.found.append((tag, dict(attrs), self.depth))
            self.depth += tag not in {"input", "br", "img", "meta", "link"}

        def handle_endtag(self, tag):
            self.depth -= 1

    form = ComponentsForm(data={"name": "Marie", "contact": "fax"})
    assert not form.is_valid()
    parser = Elements()
    parser.feed(render(form))
    alerts = [i for i, (_, attrs, _) in enumerate(parser.found) if attrs.get("role") == "alert"]
    assert len(alerts) == 1, "one alert region, announced when the page loads"
    start, depth = alerts[0], parser.found[alerts[0]][2]
    inside = []
    for tag, _, d in parser.found[start + 1 :]:
        if d <= depth:
            break  # the alert region has ended
        inside.append(tag)
    assert "h2" in inside and "a" in inside, "the title and the links to the fields are in it"
    for tag, attrs, _ in parser.found:
        if "aria-labelledby" in attrs and tag == "div":
            assert attrs.get("role"), "aria-labelledby on a div needs a role (invalid HTML)"


def test_no_template_puts_aria_labelledby_on_a_div_without_a_role():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "acoge"
    offenders = []
    for template in root.glob("**/templates/**/*.html"):
        for tag in re.findall(r"<div\b[^>]*>", template.read_text(), flags=re.S):
            if "aria-labelledby" in tag and "role=" not in tag:
                offenders.append(f"{template.relative_to(root)}: {tag}")
    assert offenders == []


def test_a_label_that_says_optional_is_not_marked_twice():
    from django import forms
    from django.template import Context, Template
    from django.utils import translation

    class Form(forms.Form):
        phone = forms.CharField(label="Phone number (optional)", required=False)

    with translation.override("en"):
        html = Template("{% load ac %}{% field form.phone %}").render(Context({"form": Form()}))
    assert html.count("(optional)") == 1
