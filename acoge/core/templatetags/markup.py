from django import template
from django.utils.safestring import SafeString

from acoge.core import markup as markup_module

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    """Staff-written Markdown as safe HTML (acoge/core/markup.py)."""
    return markup_module.render(text)
