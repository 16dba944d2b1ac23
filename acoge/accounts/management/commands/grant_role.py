from django.core.management.base import BaseCommand, CommandError

from acoge.accounts.models import REGIONAL_ROLES, Role, User
from acoge.accounts.services import staff_role_grant
from acoge.core.models import Region


class Command(BaseCommand):
    help = (
        "Give a staff member a role, e.g. the first national administrator of a new site: "
        "`manage.py grant_role ana national_admin`; regional roles take CUT codes: "
        "`manage.py grant_role jorge regional_staff --regions 08 16`."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("role", choices=Role.values)
        parser.add_argument("--regions", nargs="*", default=[], help="CUT codes, e.g. 02 13")

    def handle(self, *args, **options) -> None:
        user = User.objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError("No such user: create it first with `manage.py createsuperuser`.")
        regions = list(Region.objects.filter(cut_code__in=options["regions"]))
        if options["role"] in REGIONAL_ROLES and not regions:
            raise CommandError("This role works for specific regions: pass --regions.")
        staff_role = staff_role_grant(
            user=user, role=options["role"], regions=regions, all_regions=not regions
        )
        self.stdout.write(
            f"{user.username}: {staff_role.get_role_display()} ({staff_role.scope_label()})"
        )
