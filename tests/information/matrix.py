from tests.matrix import UrlSpec

# Who keeps public content: national administrators, the Gender Unit, the engagement team.
CONTENT_KEEPERS = frozenset({"national_admin", "gender_unit", "engagement"})

MATRIX = [UrlSpec("information_staff:reviews", allowed=CONTENT_KEEPERS)]
