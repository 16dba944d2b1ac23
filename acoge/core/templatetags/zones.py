"""`{{ workshop.starts_at|in_region:workshop.region|date:"H:i" }}`: a time as the region's
clocks show it (acoge/core/zones.py), not converted again to the site's zone by `date`."""

import datetime

from django import template
from django.templatetags.tz import do_timezone

from .. import zones

register = template.Library()


@register.filter
def in_region(value, region):
    """The datetime in the region's zone; anything else unchanged."""
    if not isinstance(value, datetime.datetime):
        return value
    return do_timezone(value, zones.zone_of(region))
