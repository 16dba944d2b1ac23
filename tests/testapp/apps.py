from django.apps import AppConfig


class TestAppConfig(AppConfig):
    """Models used only by tests, to prove the foundation's mechanisms on a real table."""

    name = "tests.testapp"
    label = "testapp"
