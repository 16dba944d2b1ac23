"""An app server process imports its views and compiles its templates when it starts, so no
visitor waits for it; a template that does not compile stops the start, not a page."""

import pytest
from django.template import TemplateSyntaxError

from acoge.core import warm


def test_every_project_template_compiles():
    names = warm.project_templates()
    assert "portal/base_public.html" in names
    assert "portal/questions/step.html" in names
    assert not any(name.startswith(("admin/", "django/")) for name in names), "ours only"
    assert warm.warm_up() == len(names)


def test_a_broken_template_stops_the_warm_up(monkeypatch, tmp_path):
    monkeypatch.setattr(warm, "project_templates", lambda: ["broken.html"])
    (tmp_path / "broken.html").write_text("{% if %}")
    from django.template import engines

    engine = engines["django"].engine
    monkeypatch.setattr(engine, "dirs", [str(tmp_path)])
    with pytest.raises(TemplateSyntaxError):
        warm.warm_up()
