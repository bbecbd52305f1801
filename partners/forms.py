"""The public «Стать партнёром» form and the administrator's decision form."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models import Department, Municipality, OrganisationType
from home.models.taxonomies import in_default_locale

from .applications import PartnerApplication


class PartnerApplicationForm(forms.ModelForm):
    # A field people never see: bots that fill every input give themselves away.
    homepage = forms.CharField(
        required=False,
        label=_("Оставьте это поле пустым"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(
        label=_("Согласен на обработку персональных данных для рассмотрения заявки"),
        error_messages={"required": _("Без согласия мы не сможем рассмотреть заявку.")},
    )

    class Meta:
        model = PartnerApplication
        fields = [
            "organisation_name",
            "full_name",
            "organisation_type",
            "department",
            "municipality",
            "contact_name",
            "email",
            "phone",
            "website",
            "offers",
            "requests",
        ]
        widgets = {
            "offers": forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
            "requests": forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        default = in_default_locale()
        self.fields["organisation_type"].queryset = OrganisationType.objects.filter(**default)
        self.fields["department"].queryset = Department.objects.filter(**default)
        self.fields["municipality"].queryset = Municipality.objects.filter(**default)
        self.fields["organisation_type"].empty_label = gettext("— выберите —")
        self.fields["department"].empty_label = gettext("— выберите —")
        self.fields["municipality"].empty_label = gettext("— не указан —")

    @property
    def is_spam(self):
        return bool(self.data.get("homepage"))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Решение"),
        choices=[("approve", _("Одобрить и создать раздел партнёра")), ("reject", _("Отклонить"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Причина отказа"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Обязательна при отказе: заявитель получит её в письме."),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not (data.get("reason") or "").strip():
            self.add_error("reason", gettext("Напишите причину отказа: её получит заявитель."))
        return data
