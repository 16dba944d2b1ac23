"""Relevant information under Law 20.500 (art. 71): the service's policies, plans, programmes,
actions and budgets as structured records, and the pages, news and documents staff write.

Everything here is content staff keep true: each record has an owner, a "last reviewed" and a
"review by" date (`ReviewedContent`), and past its review date the public page says it is under
review. Rich text is Markdown, rendered and sanitised by acoge/core/markup.py; uploads are
checked by content in acoge/core/uploads.py.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from acoge.core import uploads
from acoge.core.models import Region, ReviewedContent

# /es/informacion/<slug>/ is a page; these addresses belong to other views.
RESERVED_SLUGS = {
    "noticias", "documentos", "presupuestos", "politicas", "planes", "programas", "acciones",
    "presupuestos.csv",
}  # fmt: skip
# Each kind of initiative has its own address: /es/informacion/programas/<slug>/.
KIND_PATHS = {
    "policy": "politicas", "plan": "planes", "programme": "programas", "action": "acciones",
}  # fmt: skip
MARKDOWN_HELP = _(
    "Markdown: a blank line between paragraphs, ## for a heading, - for a list, "
    "[text](https://address) for a link, **bold**. HTML is shown as text."
)


class Published(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class Section(models.TextChoices):
    """Where a page belongs: the programme landing pages and the index list pages by this."""

    INFORMATION = "information", _("Relevant information")
    WOMEN = "women", _("Apoya Mujer Migrante")
    ENGAGEMENT = "engagement", _("Citizen engagement")


class Page(ReviewedContent):
    class Shows(models.TextChoices):
        NOTHING = "", _("only its text")
        LEGAL_TEXTS = "legal_texts", _("its text, then the legal framework")
        CHANNELS = "channels", _("its text, then the official channels")

    slug = models.SlugField(
        _("address"), max_length=80, unique=True, help_text=_("Part of a public URL: keep it.")
    )
    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    title = models.CharField(_("title"), max_length=160)
    summary = models.TextField(_("summary"), max_length=400)
    body = models.TextField(_("text"), help_text=MARKDOWN_HELP)
    shows = models.CharField(
        _("after the text"), max_length=20, choices=Shows.choices, blank=True, default=""
    )
    published = models.BooleanField(_("published"), default=False)

    objects = Published.as_manager()

    class Meta:
        ordering = ["section", "order", "slug"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is taken by another page.")})

    def get_absolute_url(self) -> str:
        return reverse("information:page", kwargs={"slug": self.slug})


class News(ReviewedContent):
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=160)
    summary = models.TextField(_("summary"), max_length=400)
    body = models.TextField(_("text"), help_text=MARKDOWN_HELP)
    published_on = models.DateField(_("date"))
    published = models.BooleanField(_("published"), default=False)

    objects = Published.as_manager()

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("information:news-detail", kwargs={"slug": self.slug})


FILE_LANGUAGES = [("es", _("Spanish")), ("en", _("English")), ("ht", _("Haitian Creole"))]
# Whole sentences, so each language writes the name as its grammar wants ("en español").
FILE_LANGUAGE_SENTENCES = {
    "es": _("The file is in Spanish."),
    "en": _("The file is in English."),
    "ht": _("The file is in Haitian Creole."),
}


class Document(ReviewedContent):
    """A file for the public (a report, a budget spreadsheet), always with an HTML summary that
    says what it holds, for those who cannot or will not open the file."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(
        _("what it says"),
        help_text=format_lazy(
            "{} {}", _("Its content in a few paragraphs, readable on a phone."), MARKDOWN_HELP
        ),
    )
    file = models.FileField(
        _("file"), upload_to="documentos/%Y/", validators=[uploads.validate_document]
    )
    language = models.CharField(
        _("language of the file"), max_length=5, choices=FILE_LANGUAGES, default="es"
    )
    kind = models.CharField(_("kind"), max_length=10, editable=False, default="")
    size = models.PositiveBigIntegerField(_("size in bytes"), editable=False, default=0)
    published_on = models.DateField(_("date"))
    published = models.BooleanField(_("published"), default=False)

    objects = Published.as_manager()

    class Meta:
        ordering = ["-published_on", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        replaced = None
        if self.file and not getattr(self.file, "_committed", True):  # a new upload
            self.kind = uploads.kind_of(self.file).key
            self.size = self.file.size
            if self.pk:
                replaced = (
                    Document.objects.filter(pk=self.pk).values_list("file", flat=True).first()
                )
        super().save(*args, **kwargs)
        if replaced and replaced != self.file.name:
            self._remove_file(replaced)

    def delete(self, *args, **kwargs):
        name = self.file.name
        result = super().delete(*args, **kwargs)
        if name:
            self._remove_file(name)
        return result

    def _remove_file(self, name: str) -> None:
        """A withdrawn or replaced file leaves the disk once the change is committed."""
        storage = self.file.storage
        transaction.on_commit(lambda: storage.delete(name), robust=True)

    def get_absolute_url(self) -> str:
        return reverse("information:document", kwargs={"slug": self.slug})

    @property
    def language_sentence(self) -> str:
        return str(FILE_LANGUAGE_SENTENCES.get(self.language, ""))

    @property
    def kind_label(self) -> str:
        kind = uploads.KINDS.get(self.kind)
        return str(kind.label) if kind else ""

    @property
    def extension(self) -> str:
        kind = uploads.KINDS.get(self.kind)
        return kind.extensions[0] if kind else ""


class Initiative(ReviewedContent):
    """One of the things the law names: a policy, a plan, a programme or an action."""

    class Kind(models.TextChoices):
        POLICY = "policy", _("Policy")
        PLAN = "plan", _("Plan")
        PROGRAMME = "programme", _("Programme")
        ACTION = "action", _("Action")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    title = models.CharField(_("title"), max_length=200)
    objective = models.TextField(_("objective"), max_length=800)
    description = models.TextField(_("description"), blank=True, help_text=MARKDOWN_HELP)
    responsible_unit = models.CharField(_("responsible unit"), max_length=200)
    regions = models.ManyToManyField(
        Region,
        verbose_name=_("regions"),
        blank=True,
        related_name="+",
        help_text=_("None: the whole country."),
    )
    start_year = models.PositiveSmallIntegerField(_("from year"))
    end_year = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
    )
    pages = models.ManyToManyField(Page, verbose_name=_("its pages"), blank=True, related_name="+")
    documents = models.ManyToManyField(
        Document, verbose_name=_("its documents"), blank=True, related_name="+"
    )
    published = models.BooleanField(_("published"), default=False)

    objects = Published.as_manager()

    class Meta:
        ordering = ["kind", "order", "title"]
        verbose_name = _("policy, plan, programme or action")
        verbose_name_plural = _("policies, plans, programmes and actions")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=models.F("start_year")),
                name="initiative_years_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse(
            "information:initiative", kwargs={"kind": KIND_PATHS[self.kind], "slug": self.slug}
        )

    def budget_csv_url(self) -> str:
        return reverse(
            "information:initiative-csv", kwargs={"kind": KIND_PATHS[self.kind], "slug": self.slug}
        )


class Budget(models.Model):
    """What one year of an initiative was to cost and what was spent, in Chilean pesos."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="budgets")
    year = models.PositiveSmallIntegerField(_("year"))
    planned = models.PositiveBigIntegerField(_("planned (CLP)"))
    executed = models.PositiveBigIntegerField(
        _("executed (CLP)"), null=True, blank=True, help_text=_("Empty while the year runs.")
    )
    source_url = models.URLField(_("source"), blank=True)

    class Meta:
        ordering = ["initiative", "-year"]
        verbose_name = _("budget year")
        verbose_name_plural = _("budget")
        constraints = [
            models.UniqueConstraint(fields=["initiative", "year"], name="budget_one_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.initiative} {self.year}"

    @property
    def execution(self) -> float | None:
        """The share of the planned amount spent (None while unknown)."""
        if self.executed is None or not self.planned:
            return None
        return self.executed / self.planned

    @property
    def execution_percent(self) -> float | None:
        share = self.execution
        return None if share is None else share * 100


class LegalText(ReviewedContent):
    """A law, decree or rule the service works under, with a link to its official text."""

    class Kind(models.TextChoices):
        LAW = "law", _("Law")
        DECREE = "decree", _("Decree")
        RESOLUTION = "resolution", _("Resolution")
        OTHER = "other", _("Other rule")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    number = models.CharField(_("number"), max_length=40)
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("what it says"), max_length=800)
    url = models.URLField(_("official text"))
    spanish_only = models.BooleanField(_("official text only in Spanish"), default=True)
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    published = models.BooleanField(_("published"), default=False)

    objects = Published.as_manager()

    class Meta:
        ordering = ["order", "year"]
        verbose_name = _("legal text")
        verbose_name_plural = _("legal framework")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.number}"


class Channel(models.Model):
    """One of the service's official channels, shown as a plain link with an icon served from
    this site (no embed, no request to the network itself)."""

    class Kind(models.TextChoices):
        WEBSITE = "website", _("Website")
        SIAC = "siac", _("SIAC: requests and complaints")
        TRANSPARENCY = "transparency", _("Transparency portal (Law 20.285)")
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        X = "x", "X"
        YOUTUBE = "youtube", "YouTube"
        LINKEDIN = "linkedin", "LinkedIn"

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    label = models.CharField(_("text of the link"), max_length=120)
    description = models.CharField(_("what it is for"), max_length=240, blank=True)
    url = models.URLField(_("address"))
    order = models.PositiveSmallIntegerField(_("display order"), default=0)
    shown = models.BooleanField(_("shown"), default=False)

    class Meta:
        ordering = ["order", "kind"]
        verbose_name = _("official channel")
        verbose_name_plural = _("official channels")

    def __str__(self) -> str:
        return self.label

    @property
    def icon(self) -> str:
        """The static path of its icon (acoge/information/static/information/icons/)."""
        return f"information/icons/{self.kind}.svg"
