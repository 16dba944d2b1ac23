"""Who handles data-subject requests (Ley 21.719): national administrators, for every region.
Acoge has no data-protection officer role yet (`acoge/accounts/models.py`); when one is added,
it joins `is_rights_handler` here and nowhere else.

Requests answered by the service at once (access, portability, deletion) are listed too, so
staff see every request and its time to answer; only open ones can be changed."""

import rules

from acoge.accounts.permissions import is_national_admin

is_rights_handler = is_national_admin


@rules.predicate
def is_open(user, request) -> bool:
    return request is not None and request.is_open


rules.add_perm("rights.list", is_rights_handler)
rules.add_perm("rights.view", is_rights_handler)
rules.add_perm("rights.handle", is_rights_handler & is_open)
