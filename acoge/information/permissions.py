"""Who keeps the service's relevant information: national administrators, and the roles
here, which edit it in the admin (accounts/backends.register_editors) and so also follow its
review dates at /gestion/contenidos/ (backoffice.review_content)."""

from acoge.accounts.models import Role

# The Gender Unit (the women's programme) and the citizen engagement team (Law 20.500).
EDITORS = (Role.GENDER_UNIT, Role.ENGAGEMENT)
