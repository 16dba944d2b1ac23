from django.urls import path

from ..views import auth, backoffice

app_name = "accounts"

urlpatterns = [
    path("ingresar/", auth.LoginView.as_view(), name="login"),
    path("ingresar/codigo/", auth.LoginCodeView.as_view(), name="login-code"),
    path("ingresar/activar/", auth.LoginSetupView.as_view(), name="login-setup"),
    path("salir/", auth.LogoutView.as_view(), name="logout"),
    path("personal/", backoffice.StaffListView.as_view(), name="staff-list"),
    path("personal/nuevo/", backoffice.StaffCreateView.as_view(), name="staff-create"),
    path("personal/<int:pk>/", backoffice.StaffDetailView.as_view(), name="staff-detail"),
    path("personal/<int:pk>/editar/", backoffice.StaffEditView.as_view(), name="staff-edit"),
    path("personal/<int:pk>/clave/", backoffice.StaffPasswordView.as_view(), name="staff-password"),
    path(
        "personal/<int:pk>/roles/<int:role_pk>/quitar/",
        backoffice.StaffRoleRemoveView.as_view(),
        name="staff-role-remove",
    ),
    path(
        "personal/<int:pk>/segundo-factor/restablecer/",
        backoffice.StaffResetSecondFactorView.as_view(),
        name="staff-reset-2fa",
    ),
]
