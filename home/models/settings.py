"""Settings of the whole network, edited by administrators in «Настройки»."""

from django.core.cache import cache
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="site")
class NetworkSettings(BaseGenericSetting):
    """Contacts of the network shown in the footer of every page; edited by administrators."""

    organisation_name = models.CharField(
        _("Координатор сети"),
        max_length=255,
        blank=True,
        help_text=_("Полное название организации, которая координирует сеть."),
    )
    address = models.CharField(_("Адрес"), max_length=255, blank=True)
    email = models.EmailField(_("Электронная почта"), blank=True)
    phone = models.CharField(
        _("Телефон"), max_length=50, blank=True, help_text=_("В формате +7 (861) 000-00-00.")
    )
    host_organisation_type = models.ForeignKey(
        "home.OrganisationType",
        verbose_name=_("Тип организации-координатора"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "От него и от ведомства координатора вычисляется форма взаимодействия "
            "с каждым партнёром: горизонтальная, вертикальная или смешанная."
        ),
    )
    host_department = models.ForeignKey(
        "home.Department",
        verbose_name=_("Ведомство координатора"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Например, «Образование». Партнёры другого ведомства — смешанная форма."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("host_organisation_type"),
                FieldPanel("host_department"),
                FieldPanel("address"),
            ],
            heading=_("Организация-координатор"),
        ),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("Контакты")),
    ]

    # Every page shows these in its footer: kept in the cache, dropped when they are saved.
    select_related = ["host_organisation_type", "host_department"]
    cache_key = "home:networksettings"

    class Meta:
        verbose_name = _("настройки сети")

    @classmethod
    def _get_or_create(cls):
        instance = cache.get(cls.cache_key)
        if instance is None:
            instance = super()._get_or_create()
            cache.set(cls.cache_key, instance, 60 * 60)
        return instance

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(self.cache_key)
        # Again once committed: a request between save and commit may have cached old values.
        transaction.on_commit(lambda: cache.delete(self.cache_key))
