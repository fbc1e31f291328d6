"""What an article may load while rendering: its own folder's files, the site's static folders
for site-absolute paths, and http(s) images only when remote fetching is allowed, each within
a size cap and every image checked."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from tearsheet.fetch import FetchBudget, FetchError, fetch_url
from tearsheet.files import FileReadError, read_bounded
from tearsheet.images import RefusedImageError, check_image, is_image_data

MAX_LOCAL_BYTES = 20 * 1024 * 1024
MAX_REMOTE_BYTES = 10 * 1024 * 1024
MAX_DATA_URL_CHARS = 2 * 1024 * 1024
REMOTE_TIMEOUT = 10.0
REMOTE_DEADLINE = 30.0
REMOTE_SCHEMES = frozenset({"http", "https"})
# Remote images from loopback, private and link-local addresses are refused unless this is
# set (tearsheet.toml's allow_private_networks, wired by the caller).
ALLOW_PRIVATE_NETWORKS = False


class RefusedResourceError(ValueError):
    """A resource the article may not use; the message says why, for the warning."""


@dataclass(frozen=True)
class Resource:
    """The bytes of an image or file, with its media type and final URL."""

    url: str
    data: bytes
    media_type: str | None


def read_local(path: Path, roots: tuple[Path, ...]) -> Resource:
    """Read a regular file whose real path (symlinks followed) lies under one of ``roots``.

    A file that is an image (by its name or by its bytes) is checked with
    ``images.check_image`` and comes back with the media type its bytes show; other files
    (the theme's CSS and fonts) come back as they are.
    """
    try:
        real = path.resolve()
    except (ValueError, OSError, RuntimeError):
        raise RefusedResourceError("not a usable file name") from None
    if not any(real.is_relative_to(root.resolve()) for root in roots):
        raise RefusedResourceError("outside the article's folder")
    if not real.exists():
        raise RefusedResourceError("no such file")
    try:
        data = read_bounded(real, MAX_LOCAL_BYTES)
    except FileReadError as error:
        raise RefusedResourceError(error.strerror or "cannot read") from None
    except IsADirectoryError:
        raise RefusedResourceError("not a regular file") from None
    except OSError as error:
        raise RefusedResourceError(f"cannot read: {error.strerror}") from None
    media_type = mimetypes.guess_type(real.name)[0]
    if (media_type or "").startswith("image/") or is_image_data(data):
        return _checked(real.as_uri(), data, media_type)
    return Resource(real.as_uri(), data, media_type)


class StaticPathError(RefusedResourceError):
    """A site-absolute path (``/img/x.png``) that no static folder holds, or that leads out of
    them. Parsing reports it once, with its line; the renderers then leave it out quietly."""


def locate_local(name: str, folder: Path, static: tuple[Path, ...] = ()) -> tuple[Path, Path]:
    """The file a local address names (``name``: the URL's path, unquoted), and the folder its
    real path must stay inside.

    A relative name is the article's own, in ``folder``. A site-absolute one (``/img/x.png``,
    as Hugo and Jekyll sites write them) is looked up in each of the ``static`` folders in
    turn (tearsheet.toml's ``static``), the first that holds it winning, as a site generator
    merges them; a name that leads out of a folder (``..``, a symlink) is not found there.
    """
    if not name.startswith("/"):
        return folder / name, folder
    if not static:
        raise StaticPathError("a site-absolute path, and tearsheet.toml names no static folders")
    relative = name.lstrip("/")
    outside = False
    for root in static:
        candidate = root / relative
        try:
            base = root.resolve()
            real = candidate.resolve()
        except (ValueError, OSError, RuntimeError):  # a NUL, a loop, a name too long
            continue
        if not real.is_relative_to(base):
            outside = True
        elif real.is_file():
            return candidate, root
    if outside:
        raise StaticPathError("it leads outside the static folders")
    shown = ", ".join(root.name for root in static)
    raise StaticPathError(f"in none of the static folders ({shown})")


def read_article_file(name: str, folder: Path, static: tuple[Path, ...] = ()) -> Resource:
    """Read the file a local address names (see ``locate_local``), confined to its folder."""
    path, root = locate_local(name, folder, static)
    return read_local(path, (root,))


def fetch_remote(
    url: str, *, allow_private_networks: bool | None = None, budget: FetchBudget | None = None
) -> Resource:
    """Fetch an http(s) image within the deadline and size cap, from a public address unless
    private networks are allowed; refuse anything that is not an image.

    With a ``budget`` (one per article), the fetch also counts against the article's number
    of images and total bytes, so an article naming 300 images cannot make 300 downloads.
    """
    if allow_private_networks is None:
        allow_private_networks = ALLOW_PRIVATE_NETWORKS
    try:
        left = budget.take() if budget is not None else MAX_REMOTE_BYTES
        download = fetch_url(
            url,
            max_bytes=min(MAX_REMOTE_BYTES, left),
            timeout=REMOTE_TIMEOUT,
            deadline=REMOTE_DEADLINE,
            allow_private_networks=allow_private_networks,
            accept="image/*",
            scheme_message="only http and https images are fetched",
        )
    except FetchError as error:
        raise RefusedResourceError(str(error)) from None
    if budget is not None:
        budget.spend(len(download.data))
    media_type = download.content_type.partition(";")[0].strip().lower()
    if not media_type.startswith("image/"):
        raise RefusedResourceError(f"not an image ({media_type or 'no media type'})")
    return _checked(download.url, download.data, media_type)


class RemoteImages:
    """Remote images fetched at most once per article build: the PDF (laid out once or twice)
    and each EPUB flavour ask here, and a refusal is remembered as well as a success. One
    FetchBudget caps how many images, and how many bytes, the article fetches in all."""

    def __init__(
        self, budget: FetchBudget | None = None, allow_private_networks: bool | None = None
    ) -> None:
        self._outcomes: dict[str, Resource | RefusedResourceError] = {}
        self.budget = budget if budget is not None else FetchBudget()
        self.allow_private_networks = allow_private_networks

    def fetch(self, url: str) -> Resource:
        """The image at ``url``, fetched now or earlier in this build; raise its refusal."""
        if url not in self._outcomes:
            try:
                self._outcomes[url] = fetch_remote(
                    url, budget=self.budget, allow_private_networks=self.allow_private_networks
                )
            except RefusedResourceError as error:
                self._outcomes[url] = error
        outcome = self._outcomes[url]
        if isinstance(outcome, RefusedResourceError):
            raise RefusedResourceError(str(outcome))
        return outcome


def _checked(url: str, data: bytes, media_type: str | None) -> Resource:
    try:
        image = check_image(data, media_type)
    except RefusedImageError as error:
        raise RefusedResourceError(str(error)) from None
    return Resource(url, image.data, image.media_type)
