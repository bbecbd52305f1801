"""Text of attached documents (PDF, DOCX, PPTX, ODT/ODP, TXT) for the search index.

Extraction runs in a child process (``search.extraction.worker``) with hard limits: the file's
size is checked first, a zip container's members are summed before anything is unpacked
(a zip bomb renamed .docx is refused), the child gets a CPU-time and memory ceiling and is
killed after ``seconds``; PDF pages and slides are capped, and so is the text returned.
Whatever goes wrong is logged and gives None — never an exception, never a hung worker.
"""

import logging
import os
import resource
import subprocess
import sys
import zipfile
from dataclasses import asdict, dataclass

from django.conf import settings

logger = logging.getLogger(__name__)

SUPPORTED = {"pdf", "docx", "pptx", "odt", "odp", "txt"}
ZIP_FORMATS = {"docx", "pptx", "odt", "odp"}
WORKER = [sys.executable, "-m", "search.extraction.worker"]


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 30 * 1024 * 1024
    max_uncompressed: int = 200 * 1024 * 1024
    max_ratio: int = 200
    max_members: int = 10_000
    max_pages: int = 500
    max_chars: int = 2_000_000
    seconds: float = 30.0
    memory: int = 1024 * 1024 * 1024


def limits():
    return Limits(**getattr(settings, "SEARCH_EXTRACTION_LIMITS", {}))


class Refused(Exception):
    """The file breaks a limit before any parsing starts."""


def check_zip(path, limit):
    """Refuse a zip whose members would unpack past the limits (read from its directory,
    nothing decompressed)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise Refused(f"not a readable zip container: {error}") from error
    if len(members) > limit.max_members:
        raise Refused(f"{len(members)} members in the container")
    total = sum(member.file_size for member in members)
    compressed = sum(member.compress_size for member in members) or 1
    if total > limit.max_uncompressed:
        raise Refused(f"would unpack to {total} bytes")
    if total > 1024 * 1024 and total / compressed > limit.max_ratio:
        raise Refused(f"compression ratio {total / compressed:.0f}")


def _child_limits(limit):
    def apply():
        cpu = int(limit.seconds) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        resource.setrlimit(resource.RLIMIT_AS, (limit.memory, limit.memory))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def extract_text(path, extension, limit=None):
    """The text of the file at ``path`` (at most ``max_chars``), or None when it cannot or
    must not be read."""
    limit = limit or limits()
    extension = extension.lower().lstrip(".")
    if extension not in SUPPORTED:
        return None
    try:
        size = os.path.getsize(path)
        if size > limit.max_bytes:
            raise Refused(f"{size} bytes")
        if extension in ZIP_FORMATS:
            check_zip(path, limit)
        completed = subprocess.run(
            [*WORKER, extension, str(path)],
            input=repr(asdict(limit)).encode(),
            capture_output=True,
            timeout=limit.seconds,
            preexec_fn=_child_limits(limit),  # noqa: PLW1509 — no threads are started here
            env={**os.environ, "PYTHONPATH": str(settings.BASE_DIR)},
            check=False,
        )
    except Refused as reason:
        logger.warning("Attachment %s refused: %s", path, reason)
        return None
    except subprocess.TimeoutExpired:
        logger.warning("Attachment %s: extraction stopped after %s s", path, limit.seconds)
        return None
    except OSError:
        logger.exception("Attachment %s could not be read", path)
        return None
    if completed.returncode != 0:
        logger.warning(
            "Attachment %s skipped: %s",
            path,
            completed.stderr.decode(errors="replace").strip().splitlines()[-1:]
            or completed.returncode,
        )
        return None
    return completed.stdout.decode("utf-8", errors="replace")[: limit.max_chars]
