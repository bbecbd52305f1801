"""Only YouTube, RuTube and VK Video are embedded; player addresses are built offline."""

import socket

import pytest
from django.core.exceptions import ValidationError
from wagtail.embeds.exceptions import EmbedNotFoundException, EmbedUnsupportedProviderException

from publications.video import (
    AllowListedVideoFinder,
    Video,
    format_vk_time,
    parse_timecode,
    parse_video_url,
)
from tests.factories import WebinarPageFactory

YT_ID = "dQw4w9WgXcQ"
RT_ID = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    "url, expected",
    [
        (f"https://www.youtube.com/watch?v={YT_ID}", Video("youtube", YT_ID)),
        (f"https://youtube.com/watch?v={YT_ID}&t=42s", Video("youtube", YT_ID)),
        (f"https://m.youtube.com/watch?feature=share&v={YT_ID}", Video("youtube", YT_ID)),
        (f"http://www.youtube.com/watch?v={YT_ID}", Video("youtube", YT_ID)),
        (f"https://youtu.be/{YT_ID}", Video("youtube", YT_ID)),
        (f"https://youtu.be/{YT_ID}?si=abc", Video("youtube", YT_ID)),
        (f"https://www.youtube.com/embed/{YT_ID}", Video("youtube", YT_ID)),
        (f"https://www.youtube-nocookie.com/embed/{YT_ID}", Video("youtube", YT_ID)),
        (f"https://www.youtube.com/shorts/{YT_ID}", Video("youtube", YT_ID)),
        (f"https://www.youtube.com/live/{YT_ID}", Video("youtube", YT_ID)),
        (f"https://rutube.ru/video/{RT_ID}/", Video("rutube", RT_ID)),
        (f"https://rutube.ru/video/{RT_ID}", Video("rutube", RT_ID)),
        (f"https://rutube.ru/video/{RT_ID}/?r=wd", Video("rutube", RT_ID)),
        (f"https://rutube.ru/play/embed/{RT_ID}/", Video("rutube", RT_ID)),
        ("https://vk.com/video-1_2", Video("vk", "-1_2")),
        ("https://vk.com/video123_456", Video("vk", "123_456")),
        ("https://vkvideo.ru/video-22822305_456239018", Video("vk", "-22822305_456239018")),
        ("https://vk.ru/video-1_2", Video("vk", "-1_2")),
        ("https://m.vk.com/video-1_2", Video("vk", "-1_2")),
        (
            "https://vk.com/video_ext.php?oid=-1&id=2&hash=abc123",
            Video("vk", "-1_2", (("hash", "abc123"),)),
        ),
        ("https://vkvideo.ru/video_ext.php?oid=-1&id=2", Video("vk", "-1_2")),
        (f"  https://youtu.be/{YT_ID}  ", Video("youtube", YT_ID)),
    ],
)
def test_allow_listed_urls_are_recognised(url, expected):
    assert parse_video_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        None,
        "https://vimeo.com/1",
        "https://player.vimeo.com/video/1",
        f"https://evil.com/youtube.com/watch?v={YT_ID}",
        f"https://evil.com/?u=https://youtu.be/{YT_ID}",
        f"http://youtube.com.evil.com/watch?v={YT_ID}",
        f"https://notyoutube.com/watch?v={YT_ID}",
        f"https://youtube.co/watch?v={YT_ID}",
        f"https://rutube.ru.evil.com/video/{RT_ID}/",
        f"https://evilrutube.ru/video/{RT_ID}/",
        "https://vk.com.evil.com/video-1_2",
        "javascript:alert(1)//https://youtu.be/" + YT_ID,
        f"javascript://youtube.com/%0Aalert(1)//watch?v={YT_ID}",
        "data:text/html,<script>alert(1)</script>",
        f"ftp://youtube.com/watch?v={YT_ID}",
        f"//youtube.com/watch?v={YT_ID}",
        f"youtube.com/watch?v={YT_ID}",
        # Allow-listed host, but not a video address (lookalike paths, bad ids)
        "https://www.youtube.com/watch?v=short",
        f"https://www.youtube.com/watch?v={YT_ID}x",
        "https://www.youtube.com/watch?v=<script>xx",
        f"https://www.youtube.com/watchlist?v={YT_ID}",
        f"https://www.youtube.com/user/{YT_ID}",
        "https://www.youtube.com/",
        "https://youtu.be/",
        f"https://rutube.ru/videos/{RT_ID}/",
        f"https://rutube.ru/channel/{RT_ID}/",
        "https://rutube.ru/video/not-a-video-id/",
        f"https://rutube.ru/video/{RT_ID.upper()}/",
        f"https://rutube.ru/play/{RT_ID}/",
        "https://vk.com/videos-1_2",
        "https://vk.com/video-1_2x",
        "https://vk.com/video",
        "https://vk.com/id1",
        "https://vk.com/video_ext.php?oid=-1",
        "https://vk.com/video_ext.php?oid=abc&id=2",
    ],
)
def test_other_urls_are_refused(url):
    assert parse_video_url(url) is None


def test_overlong_url_is_refused():
    base = f"https://www.youtube.com/watch?v={YT_ID}&pad="
    fits = base + "a" * (500 - len(base))
    assert len(fits) == 500
    assert parse_video_url(fits) == Video("youtube", YT_ID)
    assert parse_video_url(fits + "a") is None
    assert parse_video_url(base + "a" * 10_000) is None


@pytest.mark.parametrize(
    "video, start, expected",
    [
        (Video("youtube", YT_ID), 0, f"https://www.youtube-nocookie.com/embed/{YT_ID}?rel=0"),
        (
            Video("youtube", YT_ID),
            90,
            f"https://www.youtube-nocookie.com/embed/{YT_ID}?rel=0&start=90",
        ),
        (Video("rutube", RT_ID), 0, f"https://rutube.ru/play/embed/{RT_ID}/"),
        (Video("rutube", RT_ID), 754, f"https://rutube.ru/play/embed/{RT_ID}/?t=754"),
        (Video("vk", "-1_2"), 0, "https://vkvideo.ru/video_ext.php?oid=-1&id=2&hd=2"),
        (
            Video("vk", "-1_2"),
            3725,
            "https://vkvideo.ru/video_ext.php?oid=-1&id=2&hd=2&t=1h2m5s",
        ),
        (
            Video("vk", "-1_2", (("hash", "abc"),)),
            75,
            "https://vkvideo.ru/video_ext.php?oid=-1&id=2&hd=2&hash=abc&t=1m15s",
        ),
        # Negative or missing offsets start from the beginning.
        (Video("youtube", YT_ID), -5, f"https://www.youtube-nocookie.com/embed/{YT_ID}?rel=0"),
        (Video("rutube", RT_ID), None, f"https://rutube.ru/play/embed/{RT_ID}/"),
    ],
)
def test_embed_url_starts_where_asked(video, start, expected):
    assert video.embed_url(start) == expected


@pytest.mark.parametrize(
    "seconds, expected", [(0, "0s"), (59, "59s"), (60, "1m0s"), (3600, "1h0s"), (3725, "1h2m5s")]
)
def test_vk_time_format(seconds, expected):
    assert format_vk_time(seconds) == expected


def test_provider_names():
    assert Video("youtube", YT_ID).provider_name == "YouTube"
    assert Video("rutube", RT_ID).provider_name == "RuTube"
    assert Video("vk", "-1_2").provider_name == "VK Video"


@pytest.mark.parametrize(
    "value, seconds",
    [
        ("12:30", 750),
        ("0:05", 5),
        ("00:00", 0),
        ("59:59", 3599),
        ("1:02:03", 3723),
        ("01:02:03", 3723),
        ("10:00:00", 36000),
        (" 12:30 ", 750),
    ],
)
def test_timecode_good_values(value, seconds):
    assert parse_timecode(value) == seconds


@pytest.mark.parametrize(
    "value",
    ["", None, "12", "12:60", "60:00", "1:2", "ab:cd", "1:02:03:04", "-1:00", "100:00:00", "12:3O"],
)
def test_timecode_bad_values(value):
    assert parse_timecode(value) is None


# On the model and in Wagtail's embeds ------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.django_db
def test_webinar_refuses_a_video_from_another_host(partner):
    webinar = WebinarPageFactory(parent=partner)
    webinar.video_url = "https://vimeo.com/76979871"
    with pytest.raises(ValidationError) as caught:
        webinar.full_clean()
    assert list(caught.value.error_dict) == ["video_url"]
    message = caught.value.message_dict["video_url"][0]
    assert "не встраивается" in message
    assert "YouTube, RuTube, VK Video" in message


@pytest.mark.django_db
def test_webinar_accepts_allow_listed_video(partner):
    webinar = WebinarPageFactory(parent=partner)
    webinar.video_url = f"https://rutube.ru/video/{RT_ID}/"
    webinar.full_clean()
    assert webinar.video == Video("rutube", RT_ID)


@pytest.mark.django_db
def test_webinar_player_starts_at_the_chapter_asked_for(client, partner, no_network):
    webinar = WebinarPageFactory(
        parent=partner,
        video_url=f"https://www.youtube.com/watch?v={YT_ID}",
        chapters=[
            {"type": "chapter", "value": {"timecode": "01:30", "title": "Знакомство"}},
            {"type": "chapter", "value": {"timecode": "1:02:03", "title": "Вопросы"}},
        ],
    )
    assert webinar.chapter_list() == [(90, "01:30", "Знакомство"), (3723, "1:02:03", "Вопросы")]
    html = client.get(webinar.url + "?t=90").content.decode()
    assert f"https://www.youtube-nocookie.com/embed/{YT_ID}?rel=0&amp;start=90" in html
    assert 'href="?t=3723#video"' in html
    # A malformed offset plays from the beginning instead of failing.
    html = client.get(webinar.url + "?t=abc").content.decode()
    assert f"https://www.youtube-nocookie.com/embed/{YT_ID}?rel=0" in html
    assert "start=" not in html.split("<iframe")[1].split(">")[0]


@pytest.mark.django_db
def test_embed_finder_refuses_unknown_providers(no_network):
    """No finder takes the URL, so an embed block or rich-text embed cannot show it (Wagtail
    reports an unsupported provider)."""
    from wagtail.embeds.embeds import get_embed

    for url in ["https://vimeo.com/1", "https://evil.com/youtube.com/watch?v=" + YT_ID]:
        with pytest.raises(EmbedUnsupportedProviderException):
            get_embed(url)


def test_finder_accepts_only_the_allow_list():
    finder = AllowListedVideoFinder()
    assert finder.accept(f"https://youtu.be/{YT_ID}")
    assert not finder.accept("https://vimeo.com/1")
    with pytest.raises(EmbedNotFoundException):
        finder.find_embed("https://vimeo.com/1")


@pytest.mark.django_db
def test_embed_finder_builds_players_offline(no_network):
    from wagtail.embeds.embeds import get_embed

    embed = get_embed(f"https://rutube.ru/video/{RT_ID}/")
    assert f'src="https://rutube.ru/play/embed/{RT_ID}/"' in embed.html
    assert embed.provider_name == "RuTube"
    assert "<script" not in embed.html

    embed = get_embed("https://vk.com/video-1_2")
    assert "https://vkvideo.ru/video_ext.php?oid=-1&amp;id=2" in embed.html or (
        "https://vkvideo.ru/video_ext.php?oid=-1&id=2" in embed.html
    )
