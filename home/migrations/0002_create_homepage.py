"""Replace Wagtail's placeholder root page by the network's HomePage, and add the en locale."""

from django.db import migrations

HOME_TITLE = "Содружество — сеть образовательных учреждений"


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    ru, _ = Locale.objects.get_or_create(language_code="ru")
    Locale.objects.get_or_create(language_code="en")

    Site.objects.filter(root_page__depth=2, root_page__content_type__model="page").delete()
    Page.objects.filter(
        depth=2, slug="home", content_type__app_label="wagtailcore", content_type__model="page"
    ).delete()

    if HomePage.objects.exists():
        return
    homepage_ct, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    homepage = HomePage.objects.create(
        title=HOME_TITLE,
        draft_title=HOME_TITLE,
        slug="home",
        content_type=homepage_ct,
        path=root.path + "0002",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=ru,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=homepage,
        is_default_site=True,
        site_name="Содружество",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
