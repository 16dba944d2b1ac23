"""Django's own messages that public pages show, listed so makemessages puts them in our catalogues.

Django ships no Haitian Creole; our `ht` catalogue translates these, and ours take precedence.
"""

from django.utils.translation import gettext_noop as _

DJANGO_MESSAGES = [
    _("This field is required."),
    _("Enter a valid email address."),
    _("Enter a whole number."),
    _("Select a valid choice. %(value)s is not one of the available choices."),
    _("Enter a valid date."),
    _("Enter a valid time."),
    _("Enter a number."),
]

# Month and weekday names used by the `date` filter.
CALENDAR_NAMES = [
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
    _("Monday"),
    _("Tuesday"),
    _("Wednesday"),
    _("Thursday"),
    _("Friday"),
    _("Saturday"),
    _("Sunday"),
]
