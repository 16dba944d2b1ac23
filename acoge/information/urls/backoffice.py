"""Staff pages of the service's public content, under /gestion/contenidos/."""

from django.urls import path

from ..views import backoffice as views

app_name = "information_staff"

urlpatterns = [
    path("contenidos/", views.ReviewsView.as_view(), name="reviews"),
]
