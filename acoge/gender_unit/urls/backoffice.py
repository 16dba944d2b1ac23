"""Staff pages of the Unidad de Género and the Ley Karin channel, under /gestion/genero/."""

from django.urls import path

from ..views import dashboard, karin, monitoring, plans, staff

app_name = "gender_staff"

urlpatterns = [
    path("genero/", staff.HomeView.as_view(), name="home"),
    path("genero/delegados/", staff.DelegatesView.as_view(), name="delegates"),
    path("genero/mesa/", staff.RoundtableView.as_view(), name="roundtable"),
    path("genero/mesa/sesiones/<int:pk>/", staff.SessionView.as_view(), name="session"),
    path(
        "genero/mesa/sesiones/<int:pk>/asistencia/",
        staff.AttendanceView.as_view(),
        name="attendance",
    ),
    path("genero/mesa/acuerdos/<int:pk>/", staff.AgreementView.as_view(), name="agreement"),
    path("genero/planes/", plans.PlansView.as_view(), name="plans"),
    path("genero/planes/nuevo/", plans.PlanCreateView.as_view(), name="plan-create"),
    path("genero/planes/<int:pk>/", plans.PlanView.as_view(), name="plan"),
    path(
        "genero/planes/<int:pk>/actividades/nueva/",
        plans.ActivityCreateView.as_view(),
        name="activity-create",
    ),
    path("genero/actividades/<int:pk>/", plans.ActivityView.as_view(), name="activity"),
    path(
        "genero/actividades/<int:pk>/evidencia/",
        plans.ActivityEvidenceView.as_view(),
        name="activity-evidence",
    ),
    path("genero/evidencia/<int:pk>/", plans.EvidenceView.as_view(), name="evidence"),
    path("genero/medidas/", monitoring.MonitoringView.as_view(), name="monitoring"),
    path(
        "genero/medidas/<int:pk>/regiones/<int:region>/",
        monitoring.MonitoringChangeView.as_view(),
        name="monitoring-change",
    ),
    path("genero/agenda/", monitoring.AgendaView.as_view(), name="agenda"),
    path(
        "genero/agenda/nuevo/", monitoring.CommitmentCreateView.as_view(), name="commitment-create"
    ),
    path("genero/agenda/<int:pk>/", monitoring.CommitmentView.as_view(), name="commitment"),
    path("genero/panel/", dashboard.DashboardView.as_view(), name="dashboard"),
    path("genero/informe/<int:year>/", dashboard.ReportView.as_view(), name="report"),
    path("genero/informe/<int:year>.pdf", dashboard.ReportPdfView.as_view(), name="report-pdf"),
    path("genero/karin/", karin.ChannelView.as_view(), name="karin"),
    path("genero/karin/denunciar/", karin.ReportCreateView.as_view(), name="karin-new"),
    path("genero/karin/registrar/", karin.VerbalCreateView.as_view(), name="karin-verbal"),
    path("genero/karin/mis-denuncias/<int:pk>/", karin.MineView.as_view(), name="karin-mine"),
    path("genero/karin/bandeja/", karin.InboxView.as_view(), name="karin-inbox"),
    path("genero/karin/denuncias/<int:pk>/", karin.ReportView.as_view(), name="karin-report"),
    path(
        "genero/karin/denuncias/<int:pk>/<slug:action>/",
        karin.ReportActionView.as_view(),
        name="karin-action",
    ),
    path("genero/karin/informe/", karin.ChannelReportView.as_view(), name="karin-channel-report"),
]
