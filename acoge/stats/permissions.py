"""Who reads indicators: a programme's indicators go to the people who run it, and to national
administrators. Indicators are aggregates with every small count hidden (tables.py)."""

import rules

from acoge.accounts.permissions import (
    is_cosoc_secretary,
    is_engagement_team,
    is_gender_delegate,
    is_gender_unit,
    is_national_admin,
)
from acoge.core.programmes import Programme

from .registry import Indicator, indicators

INDICATOR_READERS: dict[Programme, rules.Predicate] = {
    Programme.WOMEN: is_national_admin | is_gender_unit | is_gender_delegate,
    Programme.ENGAGEMENT: is_national_admin | is_engagement_team | is_cosoc_secretary,
}


@rules.predicate
def reads_indicator(user, indicator: Indicator | None) -> bool:
    """Whether the user reads this indicator's programme; without one, whether any indicator
    is there for the user to read."""
    if indicator is None:
        return any(INDICATOR_READERS[programme].test(user) for programme in indicators.programmes())
    return INDICATOR_READERS[indicator.programme].test(user)


rules.add_perm("stats.view_indicators", reads_indicator)
