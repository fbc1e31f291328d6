"""Mail a built book to a reading device (Send to Kindle, Kobo, PocketBook) over SMTP."""

from __future__ import annotations

import os
import re
import smtplib
import ssl
import tomllib
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, parseaddr
from pathlib import Path
from typing import Any

from lxml import etree

from tearsheet.errors import ContentError
from tearsheet.files import FileReadError, read_bounded
from tearsheet.source import display_path

# Amazon's Send to Kindle limit, in the smaller of its possible readings (decimal megabytes).
MAX_BYTES = 50_000_000
PASSWORD_VARIABLE = "TEARSHEET_SMTP_PASSWORD"
KEYRING_SERVICE = "tearsheet-smtp"
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
FORMATS = {
    "epub": (".epub", "application", "epub+zip"),
    "kepub": (".kepub.epub", "application", "kepub+zip"),
    "pdf": (".pdf", "application", "pdf"),
}
_ADDRESS = re.compile(
    r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$"
)
_KEYS = frozenset(
    {
        "host",
        "port",
        "security",
        "starttls",
        "ssl",
        "username",
        "from",
        "password_env",
        "cafile",
        "timeout",
    }
)


class SendError(Exception):
    """A delivery that failed; the message is one line and never holds the password."""


@dataclass(frozen=True)
class SendSettings:
    """The ``[send]`` table of tearsheet.toml."""

    host: str
    sender: str
    port: int = 587
    security: str = "starttls"
    username: str | None = None
    password_env: str = PASSWORD_VARIABLE
    cafile: Path | None = None
    timeout: float = 30.0


def load_send_settings(config: Path) -> SendSettings:
    """Read ``[send]``; anything missing or wrong is one line naming the file and key."""
    shown = display_path(config)
    if not config.is_file():
        raise ContentError(shown, "no such file: put a [send] table with host and from in it")
    try:
        table = tomllib.loads(config.read_text(encoding="utf-8")).get("send")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(shown, f"invalid TOML: {error}") from None
    if not isinstance(table, dict):
        raise ContentError(shown, "no [send] table: add host, port, security, username and from")
    if "password" in table:
        raise ContentError(
            shown,
            "[send] 'password': passwords are never read from a file; set "
            f"{table.get('password_env', PASSWORD_VARIABLE)} or store it in the system keyring",
        )
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ContentError(shown, f"[send] unknown setting '{unknown[0]}'")

    def text(key: str, required: bool = False) -> str | None:
        value = table.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise ContentError(shown, f"[send] '{key}': expected text, got {value!r}")
        return value.strip()

    security = _security(table, shown)
    port = table.get("port", DEFAULT_PORTS[security])
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise ContentError(shown, f"[send] 'port': expected a port number, got {port!r}")
    sender = text("from", required=True)
    if not _ADDRESS.match(parseaddr(sender)[1] or ""):
        raise ContentError(shown, f"[send] 'from': not an e-mail address: {sender!r}")
    timeout = table.get("timeout", 30)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ContentError(shown, f"[send] 'timeout': expected seconds, got {timeout!r}")
    cafile = text("cafile")
    return SendSettings(
        host=text("host", required=True),
        sender=sender,
        port=port,
        security=security,
        username=text("username"),
        password_env=text("password_env") or PASSWORD_VARIABLE,
        cafile=(config.parent / cafile).resolve() if cafile else None,
        timeout=float(timeout),
    )


def _security(table: dict[str, Any], shown: Path) -> str:
    if "security" in table:
        if table["security"] not in SECURITY:
            raise ContentError(
                shown,
                f"[send] 'security': expected starttls, ssl or none, got {table['security']!r}",
            )
        return table["security"]
    for key in ("ssl", "starttls"):
        if key in table and not isinstance(table[key], bool):
            raise ContentError(shown, f"[send] '{key}': expected true or false")
    if table.get("ssl"):
        return "ssl"
    return "starttls" if table.get("starttls", True) else "none"


def find_password(settings: SendSettings) -> str | None:
    """The SMTP password from the environment, else from the system keyring
    (service ``tearsheet-smtp:<host>``, the username as the key); never from a file."""
    if settings.username is None:
        return None
    if os.environ.get(settings.password_env):
        return os.environ[settings.password_env]
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(f"{KEYRING_SERVICE}:{settings.host}", settings.username)
    except (KeyringError, RuntimeError, OSError):
        return None


def check_address(address: str) -> str:
    """The bare address, or SendError when it is not one (before anything is sent)."""
    name, bare = parseaddr(address)
    if not bare or not _ADDRESS.match(bare) or (name and "@" in name):
        raise SendError(f"'{address}' is not an e-mail address (expected name@example.com)")
    return bare


def book_title(path: Path) -> str | None:
    """The dc:title of an EPUB, for the mail's subject."""
    try:
        with zipfile.ZipFile(path) as book:
            container = etree.fromstring(book.read("META-INF/container.xml"))
            opf = etree.fromstring(book.read(container.find(".//{*}rootfile").get("full-path")))
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, AttributeError):
        return None
    title = opf.findtext(".//{http://purl.org/dc/elements/1.1/}title")
    return " ".join(title.split()) if title and title.strip() else None


def compose_message(
    data: bytes, filename: str, fmt: str, title: str, sender: str, recipient: str
) -> EmailMessage:
    """The mail: the book's title as subject (Send to Kindle uses it), the book attached."""
    message = EmailMessage()
    message["Subject"] = title
    message["From"] = sender
    message["To"] = formataddr(("", recipient))
    message.set_content(f"{title}\n\nSent by tearsheet.\n")
    _, maintype, subtype = FORMATS[fmt]
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message


def read_book(path: Path) -> bytes:
    """The book's bytes, refusing a file over the 50 MB limit before anything is sent."""
    shown = display_path(path)
    if not path.exists():
        raise SendError(f"{shown}: not built yet (run tearsheet build)")
    try:
        return read_bounded(path, MAX_BYTES)
    except FileReadError as error:
        if path.is_file() and path.stat().st_size > MAX_BYTES:
            size = path.stat().st_size / 1_000_000
            raise SendError(
                f"{shown} is {size:.1f} MB; Send to Kindle accepts at most "
                f"{MAX_BYTES // 1_000_000} MB"
            ) from None
        raise SendError(f"{shown}: {error.strerror or error}") from None


def deliver(settings: SendSettings, message: EmailMessage, password: str | None) -> None:
    """Send ``message``; every failure becomes one SendError line without the password."""
    where = f"{settings.host}:{settings.port}"
    context = ssl.create_default_context(cafile=settings.cafile) if settings.cafile else None
    context = context or ssl.create_default_context()
    try:
        if settings.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security == "starttls":
                client.starttls(context=context)
            if settings.username:
                if password is None:
                    raise SendError(
                        f"no password for {settings.username} at {settings.host}: set "
                        f"{settings.password_env}, or run: keyring set "
                        f"{KEYRING_SERVICE}:{settings.host} {settings.username}"
                    )
                client.login(settings.username, password)
            client.send_message(message)
    except smtplib.SMTPAuthenticationError as error:
        raise SendError(
            f"{where} refused the login for {settings.username} ({_reply(error)})"
        ) from None
    except smtplib.SMTPRecipientsRefused as error:
        reasons = "; ".join(f"{who}: {_reply(reply)}" for who, reply in error.recipients.items())
        raise SendError(f"{where} refused the address: {reasons}") from None
    except smtplib.SMTPSenderRefused as error:
        raise SendError(f"{where} refused the sender {error.sender} ({_reply(error)})") from None
    except smtplib.SMTPNotSupportedError as error:
        raise SendError(f"{where}: {error} (check 'security' in [send])") from None
    except smtplib.SMTPResponseException as error:
        raise SendError(f"{where} refused the mail ({_reply(error)})") from None
    except ssl.SSLError as error:
        raise SendError(f"{where}: TLS failed ({error.reason or error})") from None
    except TimeoutError:
        raise SendError(f"cannot reach {where}: no answer in {settings.timeout:g} s") from None
    except smtplib.SMTPServerDisconnected:
        raise SendError(f"{where} closed the connection (check 'security' and 'port')") from None
    except smtplib.SMTPException as error:
        raise SendError(f"{where}: {error}") from None
    except OSError as error:
        raise SendError(f"cannot reach {where}: {error.strerror or error}") from None


def _reply(error: Any) -> str:
    code, text = (error.smtp_code, error.smtp_error) if hasattr(error, "smtp_code") else error
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(str(text).split())}"


def resolve_book(name: str, fmt: str, out: Path) -> Path:
    """An article's slug, a collection's name, a content file or a built file → the built
    file to send."""
    path = Path(name)
    if path.suffix in (".epub", ".pdf") and path.is_file():
        return path
    if path.suffix == ".md" and path.is_file():
        from tearsheet.source import parse_article

        try:
            name = parse_article(path)[0].slug
        except ContentError as error:
            raise SendError(str(error)) from None
    return out / f"{name}{FORMATS[fmt][0]}"


def format_of(path: Path, fmt: str) -> str:
    """The format of a built file named on the command line (its name decides)."""
    if path.name.endswith(".kepub.epub"):
        return "kepub"
    return {".pdf": "pdf", ".epub": "epub"}.get(path.suffix, fmt)


def send_book(
    settings: SendSettings, book: Path, recipient: str, fmt: str, password: str | None
) -> str:
    """Mail ``book`` to ``recipient``; return the subject it was sent under."""
    address = check_address(recipient)
    fmt = format_of(book, fmt)
    data = read_book(book)
    epub = book if book.suffix == ".epub" else book.with_suffix(".epub")
    title = book_title(epub) or book.name.split(".")[0]
    deliver(
        settings, compose_message(data, book.name, fmt, title, settings.sender, address), password
    )
    return title
