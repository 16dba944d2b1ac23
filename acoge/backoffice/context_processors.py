from django.http import HttpRequest

from acoge.core.registries import menu


def staff(request: HttpRequest) -> dict:
    """The staff menu, built from the registry, for signed-in staff pages only."""
    if not request.path.startswith("/gestion/") or not request.user.is_authenticated:
        return {}
    return {"staff_menu": lambda: menu.visible_to(request.user)}
