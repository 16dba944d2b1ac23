from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "acoge.api"
    label = "api"
    verbose_name = "Open data API"
