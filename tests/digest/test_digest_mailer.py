"""E-mail delivery to a real SMTP server (aiosmtpd) on loopback."""

from __future__ import annotations

import io
import socket
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from digest_support import ISSUER, NOW, SmtpCollector
from pydantic import SecretStr

from lantoa.store.sqlite import SqliteStore
from search_api.digest.build import build_digest
from search_api.digest.config import DigestSettings
from search_api.digest.errors import DigestError
from search_api.digest.mailer import send_digest


def test_digest_is_mailed_with_html_cid_charts_text_and_docx(
    store: SqliteStore, smtp_server: tuple[int, SmtpCollector], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, handler = smtp_server
    monkeypatch.setenv("LANTOA_DIGEST_RECIPIENTS", "bientap@tinh.gov.vn, phongvien@bao.vn")
    settings = DigestSettings(smtp_host="127.0.0.1", smtp_port=port, digest_sender="lantoa@tinh.gov.vn")
    assert settings.digest_recipients == ["bientap@tinh.gov.vn", "phongvien@bao.vn"]
    digest = build_digest(store, "2026-W47", issuer=ISSUER, now=NOW)
    delivered = send_digest(digest, settings=settings)
    assert delivered == ["bientap@tinh.gov.vn", "phongvien@bao.vn"]
    assert len(handler.envelopes) == 1
    envelope = handler.envelopes[0]
    assert envelope.rcpt_tos == ["bientap@tinh.gov.vn", "phongvien@bao.vn"]
    message = message_from_bytes(envelope.content, policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "Bản tin Lan Tỏa – Tuần 47/2026 (16/11/2026 – 22/11/2026)"
    assert message["From"] == "lantoa@tinh.gov.vn"
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and "Nuôi bò sinh sản giúp 45 hộ" in text.get_content()
    assert html is not None and "Nuôi bò sinh sản giúp 45 hộ" in html.get_content()
    images = {part["Content-ID"]: part for part in message.walk() if part.get_content_type() == "image/png"}
    assert set(images) == {"<chart-provinces-2026-W47@lantoa>", "<chart-model_types-2026-W47@lantoa>"}
    for cid in images:
        assert f'src="cid:{cid.strip("<>")}"' in html.get_content()
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["lantoa-digest-2026-W47.docx"]
    from docx import Document

    document = Document(io.BytesIO(attachments[0].get_content()))
    assert "BẢN TIN LAN TỎA" in [p.text for p in document.paragraphs]


def test_no_recipients_or_no_server_is_a_clear_error(store: SqliteStore) -> None:
    digest = build_digest(store, "2026-W40", issuer=ISSUER, now=NOW)
    with pytest.raises(DigestError, match="LANTOA_DIGEST_RECIPIENTS"):
        send_digest(digest, settings=DigestSettings(smtp_host="127.0.0.1"))
    with pytest.raises(DigestError, match="LANTOA_SMTP_HOST"):
        send_digest(digest, ["a@b.vn"], settings=DigestSettings())


def test_unreachable_server_is_reported_not_raised_raw(store: SqliteStore) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed
    digest = build_digest(store, "2026-W40", issuer=ISSUER, now=NOW)
    settings = DigestSettings(smtp_host="127.0.0.1", smtp_port=port, smtp_timeout=5)
    with pytest.raises(DigestError, match="Không gửi được bản tin qua 127.0.0.1"):
        send_digest(digest, ["a@b.vn"], settings=settings)


def test_smtp_login_is_used_and_a_wrong_password_is_a_clear_error(store: SqliteStore) -> None:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    def authenticator(
        server: object, session: object, envelope: object, mechanism: str, data: object
    ) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            b"bientap",
            b"mat-khau-123",
        )
        return AuthResult(success=ok)

    handler = SmtpCollector()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, authenticator=authenticator, auth_require_tls=False
    )
    controller.start()
    try:
        digest = build_digest(store, "2026-W40", issuer=ISSUER, now=NOW)
        good = DigestSettings(
            smtp_host="127.0.0.1", smtp_port=port, smtp_username="bientap", smtp_password="mat-khau-123"
        )
        assert send_digest(digest, ["a@tinh.gov.vn"], settings=good) == ["a@tinh.gov.vn"]
        assert len(handler.envelopes) == 1
        # (aiosmtpd leaves smtplib waiting after a refused login: a short timeout keeps this quick)
        bad = good.model_copy(update={"smtp_password": SecretStr("sai"), "smtp_timeout": 2.0})
        with pytest.raises(DigestError, match="Không gửi được bản tin"):
            send_digest(digest, ["a@tinh.gov.vn"], settings=bad)
        assert len(handler.envelopes) == 1
        # smtplib can only send ASCII credentials: a clear error, not a crash.
        accented = good.model_copy(update={"smtp_password": SecretStr("mật-khẩu")})
        with pytest.raises(DigestError, match="Không gửi được bản tin"):
            send_digest(digest, ["a@tinh.gov.vn"], settings=accented)
    finally:
        controller.stop()
