"""Design-system helpers: render a form field the GOV.UK way, with its label, hint and error;
a row of a summary list."""

from django import forms, template
from django.template.loader import get_template, render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from acoge.core import dates
from acoge.core.forms import HONEYPOT_FIELD, DateParts

register = template.Library()
GROUPED = {"radios", "checkboxes", "date"}  # rendered as a fieldset with a legend


def _kind(widget: forms.Widget) -> str:
    if isinstance(widget, forms.CheckboxSelectMultiple):  # a subclass of RadioSelect
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, DateParts):
        return "date"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    return "input"


@register.simple_tag
def field(
    bound_field, heading: str = "", width: str = "", inline: bool = False, marked: bool = True
) -> str:
    """Render a field; `heading="l"` makes its label or legend the page's h1 (question pages);
    `marked=False` leaves out "(optional)" where the group says what is optional (the places
    of a ranking)."""
    if bound_field.name == HONEYPOT_FIELD:
        return render_to_string("portal/components/honeypot.html", {"field": bound_field})
    if marked and str(bound_field.label).rstrip().endswith(gettext("(optional)")):
        marked = False  # the label says it already
    kind = _kind(bound_field.field.widget)
    css = {
        "input": "ac-input",
        "textarea": "ac-textarea",
        "select": "ac-select",
        "checkbox": "ac-checkboxes__input",
    }.get(kind, "")
    attrs = {}
    if css:
        classes = [css]
        if width:
            classes.append(f"ac-input--{width}")
        existing = bound_field.field.widget.attrs.get("class")
        if existing:
            classes.append(existing)
        if bound_field.errors and kind != "checkbox":
            classes.append(f"{css}--error")
        attrs["class"] = " ".join(classes)
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        described_by.append(f"{bound_field.auto_id}-error")
    if described_by and kind in {"input", "textarea", "select", "checkbox"}:
        attrs["aria-describedby"] = " ".join(described_by)
    return render_to_string(
        f"portal/components/field_{kind if kind in GROUPED else 'single'}.html",
        {
            "field": bound_field,
            "kind": kind,
            "widget_html": "" if kind in GROUPED else bound_field.as_widget(attrs=attrs),
            "heading": heading,
            "inline": inline,
            "marked": marked,
            "described_by": " ".join(described_by),
        },
    )


@register.filter
def first_input_id(bound_field) -> str:
    """The id an error-summary link should point at (the first radio or box of a group)."""
    kind = _kind(bound_field.field.widget)
    if kind in {"radios", "checkboxes"}:
        return f"{bound_field.auto_id}_0"
    if kind == "date":
        return f"{bound_field.auto_id}_0"  # MultiWidget numbers its boxes: id_date_0 is the day
    return bound_field.auto_id


@register.filter
def startswith(value: str, prefix: str) -> bool:
    return bool(prefix) and str(value).startswith(str(prefix))


class SummaryRowNode(template.Node):
    def __init__(self, nodelist, key, options: dict) -> None:
        self.nodelist, self.key, self.options = nodelist, key, options

    def render(self, context) -> str:
        values = {name: expression.resolve(context) for name, expression in self.options.items()}
        row = {"key": self.key.resolve(context), "value": mark_safe(self.nodelist.render(context))}
        return get_template("portal/components/summary.html#row").render({**row, **values})


@register.tag
def summary_row(parser, token) -> SummaryRowNode:
    """One row of a GOV.UK summary list; what is between the tags is its value:
    `{% summary_row _("Status") change_url=url change_hidden=_("status") %}…{% endsummary_row %}`.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("summary_row takes the row's key first")
    key = parser.compile_filter(bits[1])
    options = {}
    for bit in bits[2:]:
        name, _sep, value = bit.partition("=")
        if name not in {"change_url", "change_hidden"} or not value:
            raise template.TemplateSyntaxError(f"summary_row: unknown option {bit!r}")
        options[name] = parser.compile_filter(value)
    nodelist = parser.parse(("endsummary_row",))
    parser.delete_first_token()
    return SummaryRowNode(nodelist, key, options)


def _date_filter(name: str) -> None:
    def written(value) -> str:
        return dates.written(value, name)

    written.__name__ = name
    written.__doc__ = f"A date as the current language writes it: {name} (acoge/core/dates.py)."
    register.filter(name, written, expects_localtime=True, is_safe=False)


for _name in dates.NAMES:
    _date_filter(_name)
