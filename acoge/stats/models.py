"""Reference population figures: who lives in Chile, by the groups the optional questions ask
about, from an official source with its year. A consultation's participants are compared with
them (representation.py), so it can say whose voice is missing. Staff keep them in the admin;
past its review date a source says so."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from acoge.core.models import ReviewedContent

DIMENSIONS = [
    ("gender_identity", _("Gender identity")),
    ("age_band", _("Age group")),
    ("nationality_group", _("Nationality group")),
    ("region", _("Region")),
]


class PopulationSource(ReviewedContent):
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("source"))
    year = models.PositiveSmallIntegerField(_("year of the figures"))
    note = models.CharField(
        _("note"), max_length=300, blank=True,
        help_text=_("What it counts, for example “by nationality” or “by country of birth”."),
    )  # fmt: skip
    used_for_comparison = models.BooleanField(
        _("compare participants with it"),
        default=False,
        help_text=_("One source a dimension: the one consultations are compared with."),
    )

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("population source")
        verbose_name_plural = _("population sources")

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"


class PopulationFigure(models.Model):
    """The share of the foreign-resident population in one group (a region by its CUT code)."""

    source = models.ForeignKey(PopulationSource, on_delete=models.CASCADE, related_name="figures")
    dimension = models.CharField(_("dimension"), max_length=20, choices=DIMENSIONS)
    category = models.CharField(_("group"), max_length=20, help_text=_("Its code, e.g. HT or 13."))
    share = models.DecimalField(_("share (%)"), max_digits=5, decimal_places=2)

    class Meta:
        ordering = ["source", "dimension", "-share"]
        verbose_name = _("population figure")
        verbose_name_plural = _("population figures")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "dimension", "category"], name="population_figure_once"
            ),
            models.CheckConstraint(
                condition=models.Q(share__gte=0, share__lte=100), name="population_share_percent"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dimension} {self.category}: {self.share} %"
