"""tearsheet send against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import socket
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tearsheet.cli import main

from conftest import SEED, build

USER, PASSWORD = "reader", "s3cret-Pa55"


class Mailbox:
    """Keeps every message the server accepts."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append((envelope.mail_from, envelope.rcpt_tos, envelope.content))
        return "250 OK"


def authenticate(server, session, envelope, mechanism, data):
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp():
    mailbox = Mailbox()
    controller = Controller(
        mailbox,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield controller, mailbox
    controller.stop()


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("books")
    assert build([SEED], out, "--kobo") == 0
    return out


def config(folder: Path, port: int, extra: str = "") -> Path:
    path = folder / "tearsheet.toml"
    path.write_text(
        f'[send]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
        f'username = "{USER}"\nfrom = "Desk <desk@example.org>"\n{extra}',
        encoding="utf-8",
    )
    return path


def send(*arguments: str) -> int:
    return main(["send", *arguments])


SLUG = "2017-04-20-us-china-north-korea"
HEADLINE = "How the U.S. and China can find common ground on North Korea"


@pytest.mark.parametrize(
    ("fmt", "suffix", "media_type"),
    [
        ("epub", ".epub", "application/epub+zip"),
        ("kepub", ".kepub.epub", "application/kepub+zip"),
        ("pdf", ".pdf", "application/pdf"),
    ],
)
def test_the_book_arrives_byte_identical(
    smtp, books, tmp_path, monkeypatch, capsys, fmt, suffix, media_type
):
    controller, mailbox = smtp
    monkeypatch.setenv("TEARSHEET_SMTP_PASSWORD", PASSWORD)
    settings = config(tmp_path, controller.port)
    status = send(
        SLUG,
        "--to",
        "me@kindle.com",
        "--format",
        fmt,
        "--out",
        str(books),
        "--config",
        str(settings),
    )
    assert status == 0, capsys.readouterr().err
    [(sender, recipients, content)] = mailbox.messages
    assert sender == "desk@example.org" and recipients == ["me@kindle.com"]
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert message["Subject"] == HEADLINE
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == media_type
    assert attachment.get_filename() == f"{SLUG}{suffix}"
    assert attachment.get_payload(decode=True) == (books / f"{SLUG}{suffix}").read_bytes()
    out = capsys.readouterr().out
    assert out.startswith(f"sent {books / SLUG}{suffix} to me@kindle.com")
    assert PASSWORD not in out


def test_password_from_the_system_keyring(smtp, books, tmp_path, monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return PASSWORD if (service, username) == ("tearsheet-smtp:127.0.0.1", USER) else None

        def set_password(self, service, username, password):
            raise NotImplementedError

        def delete_password(self, service, username):
            raise NotImplementedError

    controller, mailbox = smtp
    monkeypatch.delenv("TEARSHEET_SMTP_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        assert (
            send(
                SLUG,
                "--to",
                "me@example.com",
                "--out",
                str(books),
                "--config",
                str(config(tmp_path, controller.port)),
            )
            == 0
        )
    finally:
        keyring.set_keyring(previous)
    assert len(mailbox.messages) == 1


def one_error(capsys) -> str:
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err and PASSWORD not in captured.err + captured.out
    return lines[0]


def test_refused_login_is_one_line_without_the_password(smtp, books, tmp_path, monkeypatch, capsys):
    controller, mailbox = smtp
    monkeypatch.setenv("TEARSHEET_SMTP_PASSWORD", PASSWORD + "-wrong")
    status = send(
        SLUG,
        "--to",
        "me@example.com",
        "--out",
        str(books),
        "--config",
        str(config(tmp_path, controller.port)),
    )
    assert status == 1
    line = one_error(capsys)
    assert line.startswith(
        f"tearsheet: send: 127.0.0.1:{controller.port} refused the login for reader (535"
    )
    assert "wrong" not in line
    assert mailbox.messages == []


def test_unreachable_server(books, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TEARSHEET_SMTP_PASSWORD", PASSWORD)
    port = free_port()  # nothing listens there
    assert (
        send(
            SLUG,
            "--to",
            "me@example.com",
            "--out",
            str(books),
            "--config",
            str(config(tmp_path, port)),
        )
        == 1
    )
    assert one_error(capsys).startswith(f"tearsheet: send: cannot reach 127.0.0.1:{port}: ")


@pytest.mark.parametrize("address", ["me", "me@", "a b@example.com", "me@example", "x@y@z.com", ""])
def test_bad_address_is_refused_before_connecting(books, tmp_path, capsys, address):
    assert (
        send(
            SLUG,
            "--to",
            address,
            "--out",
            str(books),
            "--config",
            str(config(tmp_path, free_port())),
        )
        == 1
    )
    assert "is not an e-mail address" in one_error(capsys)


def test_file_too_large(smtp, tmp_path, monkeypatch, capsys):
    controller, mailbox = smtp
    monkeypatch.setenv("TEARSHEET_SMTP_PASSWORD", PASSWORD)
    huge = tmp_path / "huge.epub"
    with huge.open("wb") as handle:
        handle.truncate(50_000_001)
    assert (
        send(
            str(huge), "--to", "me@example.com", "--config", str(config(tmp_path, controller.port))
        )
        == 1
    )
    assert one_error(capsys).endswith("is 50.0 MB; Send to Kindle accepts at most 50 MB")
    assert mailbox.messages == []


def test_book_not_built(smtp, tmp_path, capsys):
    controller, _ = smtp
    assert (
        send(
            "no-such-slug",
            "--to",
            "me@example.com",
            "--out",
            str(tmp_path),
            "--config",
            str(config(tmp_path, controller.port)),
        )
        == 1
    )
    assert "no-such-slug.epub: not built yet" in one_error(capsys)


def test_missing_password(smtp, books, tmp_path, monkeypatch, capsys):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    controller, _ = smtp
    monkeypatch.delenv("TEARSHEET_SMTP_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        assert (
            send(
                SLUG,
                "--to",
                "me@example.com",
                "--out",
                str(books),
                "--config",
                str(config(tmp_path, controller.port)),
            )
            == 1
        )
    finally:
        keyring.set_keyring(previous)
    line = one_error(capsys)
    assert "no password for reader at 127.0.0.1: set TEARSHEET_SMTP_PASSWORD" in line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[send]\nhost = "h"\nfrom = "a@b.org"\npassword = "hunter2"\n',
            "passwords are never read from a file",
        ),
        ('page_size = "a4"\n', "no [send] table"),
        ('[send]\nfrom = "a@b.org"\n', "[send] 'host': expected text"),
        ('[send]\nhost = "h"\nfrom = "nobody"\n', "[send] 'from': not an e-mail address"),
        ('[send]\nhost = "h"\nfrom = "a@b.org"\nport = 70000\n', "[send] 'port'"),
        ('[send]\nhost = "h"\nfrom = "a@b.org"\nsecurity = "tls"\n', "[send] 'security'"),
        ('[send]\nhost = "h"\nfrom = "a@b.org"\nhots = "x"\n', "unknown setting 'hots'"),
    ],
)
def test_bad_send_settings_are_one_line(tmp_path, capsys, text, expected):
    path = tmp_path / "tearsheet.toml"
    path.write_text(text, encoding="utf-8")
    assert send("x", "--to", "me@example.com", "--config", str(path)) == 1
    line = one_error(capsys)
    assert line.startswith(str(path)) and expected in line
    assert "hunter2" not in line


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made with cryptography for the test."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_starttls_with_the_servers_own_certificate(books, tmp_path, monkeypatch, capsys):
    import ssl

    cert, key = self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    mailbox = Mailbox()
    controller = Controller(
        mailbox,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticate,
        tls_context=context,
        require_starttls=True,
    )
    controller.start()
    try:
        monkeypatch.setenv("TEARSHEET_SMTP_PASSWORD", PASSWORD)
        settings = tmp_path / "tearsheet.toml"
        base = (
            f'[send]\nhost = "127.0.0.1"\nport = {controller.port}\nsecurity = "starttls"\n'
            f'username = "{USER}"\nfrom = "desk@example.org"\n'
        )
        # Without the certificate the client refuses the server: one line, nothing sent.
        settings.write_text(base, encoding="utf-8")
        assert (
            send(SLUG, "--to", "me@example.com", "--out", str(books), "--config", str(settings))
            == 1
        )
        assert "TLS failed" in one_error(capsys)
        assert mailbox.messages == []
        settings.write_text(base + 'cafile = "cert.pem"\n', encoding="utf-8")
        assert (
            send(SLUG, "--to", "me@example.com", "--out", str(books), "--config", str(settings))
            == 0
        )
    finally:
        controller.stop()
    [(_, _, content)] = mailbox.messages
    message = email.message_from_bytes(content, policy=email.policy.default)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_payload(decode=True) == (books / f"{SLUG}.epub").read_bytes()
