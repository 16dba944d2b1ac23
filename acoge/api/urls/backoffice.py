from django.urls import path

from .. import views

app_name = "api_staff"

urlpatterns = [
    path("api/claves/", views.KeyListView.as_view(), name="key-list"),
    path("api/claves/nueva/", views.KeyCreateView.as_view(), name="key-create"),
    path("api/claves/<int:pk>/", views.KeyDetailView.as_view(), name="key-detail"),
    path("api/claves/<int:pk>/revocar/", views.KeyRevokeView.as_view(), name="key-revoke"),
    path("api/claves/<int:pk>/rotar/", views.KeyRotateView.as_view(), name="key-rotate"),
]
