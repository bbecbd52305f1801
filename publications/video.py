"""Allow-listed video hosts: YouTube, RuTube and VK Video.

The player address is built from the video's URL alone — no request to the provider — so an
unreachable host can never hang a page, and a chapter link can start the video anywhere.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

PROVIDERS = "YouTube, RuTube, VK Video"


@dataclass(frozen=True)
class Video:
    provider: str
    video_id: str
    extra: tuple = ()

    def embed_url(self, start=0):
        start = max(int(start or 0), 0)
        if self.provider == "youtube":
            query = {"rel": 0}
            if start:
                query["start"] = start
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?{urlencode(query)}"
        if self.provider == "rutube":
            suffix = f"?t={start}" if start else ""
            return f"https://rutube.ru/play/embed/{self.video_id}/{suffix}"
        # VK Video: video_id is "<owner>_<id>"
        owner, vid = self.video_id.split("_")
        query = {"oid": owner, "id": vid, "hd": 2, **dict(self.extra)}
        if start:
            query["t"] = format_vk_time(start)
        return f"https://vkvideo.ru/video_ext.php?{urlencode(query)}"

    @property
    def provider_name(self):
        return {"youtube": "YouTube", "rutube": "RuTube", "vk": "VK Video"}[self.provider]


YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
RUTUBE_ID = re.compile(r"^[0-9a-f]{32}$")
VK_ID = re.compile(r"^-?\d+_\d+$")


def parse_video_url(url):
    """A Video for an allow-listed URL, or None."""
    if not url or len(url) > 500:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = [segment for segment in parts.path.split("/") if segment]
    query = parse_qs(parts.query)

    if host in ("youtube.com", "youtube-nocookie.com"):
        candidate = None
        if path[:1] == ["watch"]:
            candidate = query.get("v", [None])[0]
        elif len(path) >= 2 and path[0] in ("embed", "live", "shorts", "v"):
            candidate = path[1]
        if candidate and YOUTUBE_ID.fullmatch(candidate):
            return Video("youtube", candidate)
    elif host == "youtu.be":
        if path and YOUTUBE_ID.fullmatch(path[0]):
            return Video("youtube", path[0])
    elif host == "rutube.ru":
        if len(path) >= 2 and path[0] == "video" and RUTUBE_ID.fullmatch(path[1]):
            return Video("rutube", path[1])
        if len(path) >= 3 and path[:2] == ["play", "embed"] and RUTUBE_ID.fullmatch(path[2]):
            return Video("rutube", path[2])
    elif host in ("vk.com", "vk.ru", "vkvideo.ru"):
        if path and path[0].startswith("video") and VK_ID.fullmatch(path[0][5:]):
            return Video("vk", path[0][5:])
        if path[:1] == ["video_ext.php"]:
            owner, vid = query.get("oid", [""])[0], query.get("id", [""])[0]
            if VK_ID.fullmatch(f"{owner}_{vid}"):
                extra = (("hash", query["hash"][0]),) if query.get("hash") else ()
                return Video("vk", f"{owner}_{vid}", extra)
    return None


def validate_video_url(url):
    if url and parse_video_url(url) is None:
        raise ValidationError(
            gettext(
                "Видео с этого адреса не встраивается. Подходят ссылки на %(providers)s, "
                "например https://rutube.ru/video/… или https://www.youtube.com/watch?v=…"
            ),
            params={"providers": PROVIDERS},
            code="video_provider",
        )


TIMECODE = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)$")


def parse_timecode(value):
    """'1:02:03' or '02:03' → seconds; None when malformed."""
    match = TIMECODE.fullmatch((value or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def format_vk_time(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes else "") + f"{secs}s"


class AllowListedVideoFinder(EmbedFinder):
    """Wagtail embed finder for the allow-listed hosts; every other URL is refused, so an
    EmbedBlock or a rich-text embed can only show these players."""

    def accept(self, url):
        return parse_video_url(url) is not None

    def find_embed(self, url, max_width=None, max_height=None):
        video = parse_video_url(url)
        if video is None:
            raise EmbedNotFoundException
        return {
            "title": "",
            "author_name": "",
            "provider_name": video.provider_name,
            "type": "video",
            "thumbnail_url": None,
            "width": 640,
            "height": 360,
            "html": (
                f'<iframe src="{video.embed_url()}" width="640" height="360" '
                'allow="autoplay; encrypted-media; fullscreen; picture-in-picture" '
                'allowfullscreen loading="lazy" referrerpolicy="strict-origin-when-cross-origin" '
                'title="Видео"></iframe>'
            ),
        }
