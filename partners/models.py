"""The partner directory and each partner's own section (its profile page)."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import SHORT_RICH_TEXT_FEATURES
from home.forms import ReviewReadyPageForm
from home.listing import exclude_restricted, paginate, query_string_without_page
from home.mixins import RoutedPageMixin
from home.models import NetworkSettings
from home.models.taxonomies import in_default_locale
from search.index import lemma_fields

from .applications import ApplicationStatus, PartnerApplication  # noqa: F401
from .blocks import ResourcesBlock
from .interaction import InteractionForm, derive

MATERIAL_TYPES = [
    # (model label, heading on the profile)
    ("publications.experiencepublicationpage", _("Публикации опыта")),
    ("publications.contestregulationpage", _("Конкурсы")),
    ("publications.webinarpage", _("Вебинары")),
    ("publications.eventpage", _("Мероприятия")),
]


class PartnerIndexPage(RoutedPageMixin, Page):
    """«Партнёры»: the directory of every partner, with filters; one per language."""

    intro = models.TextField(
        _("Вступление"), blank=True, help_text=_("Пара предложений над списком партнёров.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = lemma_fields(Page.search_fields + [index.SearchField("intro")])
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("slug"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count_per_parent = 1
    per_page = 24

    class Meta:
        verbose_name = _("каталог партнёров")
        verbose_name_plural = _("каталоги партнёров")

    def get_context(self, request, *args, **kwargs):
        from .filters import PartnerFilterSet

        context = super().get_context(request, *args, **kwargs)
        host = NetworkSettings.load(request_or_site=request)
        partners = (
            exclude_restricted(PartnerPage.objects.child_of(self).live())
            .select_related("organisation_type", "department", "municipality", "logo")
            .prefetch_related("logo__renditions")
        )
        filterset = PartnerFilterSet(
            request.GET or None, queryset=partners, request=request, host=host
        )
        page_obj = paginate(request, filterset.qs, self.per_page)
        for partner in page_obj:
            partner.host_settings = host
        context.update(
            filterset=filterset,
            page_obj=page_obj,
            partners=page_obj,
            query_string=query_string_without_page(request),
        )
        return context


class PartnerPage(RoutedPageMixin, Page):
    """A partner organisation's own section: its profile, under which its material lives.

    Partner contributors edit this page and add material beneath it; editors publish.
    """

    full_name = models.CharField(
        _("Полное название"),
        max_length=500,
        blank=True,
        help_text=_(
            "Как в уставе, например: «Муниципальное бюджетное общеобразовательное "
            "учреждение „Средняя школа № 5“». В заголовок страницы — короткое название."
        ),
    )
    organisation_type = models.ForeignKey(
        "home.OrganisationType",
        verbose_name=_("Тип организации"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    department = models.ForeignKey(
        "home.Department",
        verbose_name=_("Ведомство"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_locale,
        help_text=_(
            "Ведомственная принадлежность: образование, культура, экономика… "
            "Вместе с типом организации определяет форму взаимодействия."
        ),
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("Муниципалитет"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=in_default_locale,
    )
    address = models.CharField(
        _("Адрес"), max_length=300, blank=True, help_text=_("Почтовый адрес с индексом.")
    )
    latitude = models.DecimalField(
        _("Широта"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Например, 45.123456. Можно взять на карте: правый щелчок → «Что здесь?»."),
    )
    longitude = models.DecimalField(
        _("Долгота"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    website = models.URLField(_("Сайт"), blank=True, help_text=_("Адрес сайта, начиная с https://"))
    email = models.EmailField(_("Электронная почта"), blank=True)
    phone = models.CharField(_("Телефон"), max_length=50, blank=True)
    logo = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("Логотип"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Квадратное изображение, не меньше 300×300 пикселей."),
    )
    description = RichTextField(
        _("О партнёре"),
        features=SHORT_RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Чем организация может быть полезна сети, с кем работает, чем гордится."),
    )
    resources = StreamField(
        ResourcesBlock(),
        verbose_name=_("Ресурсы для сети"),
        blank=True,
        help_text=_(
            "Курсы, мастер-классы, экскурсии, площадки и оборудование, "
            "которые партнёр предлагает другим участникам сети."
        ),
    )
    agreement_number = models.CharField(
        _("Номер соглашения"),
        max_length=100,
        blank=True,
        help_text=_("Номер соглашения о сетевом взаимодействии."),
    )
    agreement_signed = models.DateField(_("Дата заключения"), null=True, blank=True)
    agreement_valid_until = models.DateField(
        _("Действует до"),
        null=True,
        blank=True,
        help_text=_("Оставьте пустым, если соглашение бессрочное."),
    )
    agreement_document = models.ForeignKey(
        "home.CustomDocument",
        verbose_name=_("Текст соглашения"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set by provisioning (partners.provisioning), never in the editor: the partner's own
    # group and document/image collection.
    partner_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("Группа партнёра"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner_pages",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("Коллекция файлов партнёра"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="partner_pages",
    )
    exclude_fields_in_copy = ["partner_group", "collection"]

    materials_per_type = 20
    required_for_review = ["full_name", "organisation_type", "department", "municipality"]
    route_select_related = (
        "organisation_type",
        "department",
        "municipality",
        "logo",
        "agreement_document",
    )
    base_form_class = ReviewReadyPageForm

    content_panels = Page.content_panels + [
        FieldPanel("full_name"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("organisation_type"), FieldPanel("department")]),
                FieldPanel("municipality"),
            ],
            heading=_("Тип и принадлежность"),
            help_text=_(
                "Форма взаимодействия (горизонтальная, вертикальная, смешанная) "
                "вычисляется из этих полей автоматически."
            ),
        ),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
            ],
            heading=_("Адрес и связь"),
        ),
        InlinePanel("contacts", heading=_("Координаторы"), label=_("Контактное лицо")),
    ]
    cooperation_panels = [
        FieldPanel("resources"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("agreement_number"),
                        FieldPanel("agreement_signed"),
                        FieldPanel("agreement_valid_until"),
                    ]
                ),
                FieldPanel("agreement_document"),
            ],
            heading=_("Соглашение о сетевом взаимодействии"),
        ),
        InlinePanel("projects", heading=_("Совместные проекты"), label=_("Проект")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Профиль")),
            ObjectList(contact_panels, heading=_("Контакты")),
            ObjectList(cooperation_panels, heading=_("Сотрудничество")),
            ObjectList(Page.promote_panels, heading=_("Продвижение")),
            ObjectList(Page.settings_panels, heading=_("Настройки")),
        ]
    )

    search_fields = lemma_fields(
        Page.search_fields
        + [
            index.SearchField("full_name"),
            index.AutocompleteField("full_name"),
            index.SearchField("description"),
            index.SearchField("resources"),
            index.SearchField("address"),
            index.RelatedFields("organisation_type", [index.SearchField("name")]),
            index.RelatedFields("municipality", [index.SearchField("name")]),
            index.FilterField("organisation_type"),
            index.FilterField("department"),
            index.FilterField("municipality"),
        ]
    )
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("full_name"),
        TranslatableField("description"),
        TranslatableField("resources"),
        TranslatableField("address"),
        SynchronizedField("slug"),
        SynchronizedField("organisation_type"),
        SynchronizedField("department"),
        SynchronizedField("municipality"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("logo"),
        SynchronizedField("agreement_number"),
        SynchronizedField("agreement_signed"),
        SynchronizedField("agreement_valid_until"),
        SynchronizedField("agreement_document"),
        TranslatableField("contacts"),
        TranslatableField("projects"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = [
        "publications.ExperiencePublicationPage",
        "publications.ContestRegulationPage",
        "publications.WebinarPage",
        "publications.EventPage",
    ]

    class Meta:
        verbose_name = _("партнёр")
        verbose_name_plural = _("партнёры")

    def with_content_json(self, content):
        # Group and collection belong to provisioning: a revision saved before them must not
        # erase them when it is published.
        page = super().with_content_json(content)
        page.partner_group_id = self.partner_group_id
        page.collection_id = self.collection_id
        return page

    @cached_property
    def host_settings(self):
        return NetworkSettings.load()

    @property
    def interaction_form(self):
        """InteractionForm value, or None while type or department is not filled in."""
        host = self.host_settings
        return derive(
            self.organisation_type,
            self.department,
            host.host_organisation_type,
            host.host_department,
        )

    @property
    def interaction_form_label(self):
        form = self.interaction_form
        return InteractionForm(form).label if form else ""

    @property
    def agreement_is_active(self):
        today = timezone.localdate()
        if not self.agreement_signed or self.agreement_signed > today:
            return False
        return self.agreement_valid_until is None or self.agreement_valid_until >= today

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=16/{self.latitude}/{self.longitude}"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["materials"] = self.published_materials()
        return context

    def published_materials(self):
        """[(heading, [pages])] of this partner's live public material, newest first: one
        query per material type."""
        from django.apps import apps

        groups = []
        for label, heading in MATERIAL_TYPES:
            model = apps.get_model(label)
            items = list(
                exclude_restricted(model.objects.child_of(self).live())
                .defer_streamfields()
                .order_by(f"-{model.listing_date_field}")[: self.materials_per_type]
            )
            if items:
                groups.append((heading, items))
        return groups


class PartnerContact(TranslatableMixin, Orderable):
    page = ParentalKey(PartnerPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("ФИО"), max_length=200)
    position = models.CharField(
        _("Должность"),
        max_length=200,
        blank=True,
        help_text=_("Например: «заместитель директора»."),
    )
    email = models.EmailField(_("Эл. почта"), blank=True)
    phone = models.CharField(_("Телефон"), max_length=50, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]
    # Name and position are translated (an English page transliterates the name); the locale
    # follows the page's (wagtail-localize copies the objects with the page).
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("position"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("координатор")
        verbose_name_plural = _("координаторы")


class PartnerProject(TranslatableMixin, Orderable):
    page = ParentalKey(PartnerPage, on_delete=models.CASCADE, related_name="projects")
    title = models.CharField(_("Название проекта"), max_length=255)
    description = models.TextField(_("О проекте"), blank=True)
    year_started = models.PositiveSmallIntegerField(_("Год начала"), null=True, blank=True)
    year_finished = models.PositiveSmallIntegerField(
        _("Год окончания"), null=True, blank=True, help_text=_("Пусто — проект продолжается.")
    )
    url = models.URLField(_("Ссылка"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("description", widget=forms.Textarea(attrs={"rows": 3})),
        FieldRowPanel([FieldPanel("year_started"), FieldPanel("year_finished")]),
        FieldPanel("url"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("year_started"),
        SynchronizedField("year_finished"),
        SynchronizedField("url"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("совместный проект")
        verbose_name_plural = _("совместные проекты")
