"""Applications to join the network (анализ запросов социальных партнёров)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApplicationStatus(models.TextChoices):
    NEW = "new", _("Новая")
    APPROVED = "approved", _("Одобрена")
    REJECTED = "rejected", _("Отклонена")


class PartnerApplication(models.Model):
    """A request to join, sent through the public «Стать партнёром» form; administrators
    approve it (which provisions the partner) or reject it with a reason."""

    organisation_name = models.CharField(
        _("Организация"),
        max_length=255,
        help_text=_("Короткое название, как оно будет в каталоге партнёров."),
    )
    full_name = models.CharField(_("Полное название"), max_length=500, blank=True)
    organisation_type = models.ForeignKey(
        "home.OrganisationType",
        verbose_name=_("Тип организации"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    department = models.ForeignKey(
        "home.Department", verbose_name=_("Ведомство"), on_delete=models.PROTECT, related_name="+"
    )
    municipality = models.ForeignKey(
        "home.Municipality",
        verbose_name=_("Муниципалитет"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(_("Контактное лицо"), max_length=200)
    email = models.EmailField(_("Электронная почта"))
    phone = models.CharField(_("Телефон"), max_length=50, blank=True)
    website = models.URLField(_("Сайт"), blank=True)
    offers = models.TextField(
        _("Что организация предлагает сети"),
        max_length=3000,
        help_text=_("Курсы, мастер-классы, экскурсии, площадки, опыт…"),
    )
    requests = models.TextField(
        _("Что организация ждёт от сети"),
        max_length=3000,
        blank=True,
        help_text=_("Запрос к партнёрам: с кем и в чём хотелось бы сотрудничать."),
    )
    status = models.CharField(
        _("Статус"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.NEW,
    )
    decision_reason = models.TextField(
        _("Причина отказа"),
        blank=True,
        help_text=_("Её получит заявитель в письме: объясните, что можно исправить."),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Решение принял"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("Дата решения"), null=True, blank=True)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("Раздел партнёра"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("Получена"), default=timezone.now)

    class Meta:
        verbose_name = _("заявка на партнёрство")
        verbose_name_plural = _("заявки на партнёрство")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation_name} ({self.get_status_display().lower()})"
