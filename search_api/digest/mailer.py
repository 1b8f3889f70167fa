"""E-mail delivery of a digest over SMTP: HTML with inline (CID) charts, Markdown text, DOCX attached."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from search_api.digest.config import DigestSettings, get_digest_settings
from search_api.digest.errors import digest_error
from search_api.digest.models import Digest
from search_api.digest.render import MEDIA_TYPES
from search_api.digest.render_docx import render_docx
from search_api.digest.render_html import chart_cid, render_html
from search_api.digest.render_md import render_markdown

logger = logging.getLogger(__name__)


def build_message(digest: Digest, recipients: list[str], sender: str) -> EmailMessage:
    """The e-mail: text (Markdown) + HTML alternative with CID chart images, DOCX attached."""
    html, charts = render_html(digest, images="cid")
    message = EmailMessage()
    message["Subject"] = f"{digest.name} – {digest.week_label}"
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(digest.published_at or digest.generated_at)
    message["Message-ID"] = make_msgid(domain="lantoa")
    message.set_content(render_markdown(digest))
    message.add_alternative(html, subtype="html")
    html_part = message.get_payload()[1]  # type: ignore[index]
    assert isinstance(html_part, EmailMessage)
    for name, png in charts.items():
        html_part.add_related(png, maintype="image", subtype="png", cid=f"<{chart_cid(name, digest)}>")
    maintype, subtype = MEDIA_TYPES["docx"].split("/")
    message.add_attachment(
        render_docx(digest, charts=charts),
        maintype=maintype,
        subtype=subtype,
        filename=f"{digest.file_stem()}.docx",
    )
    return message


def send_digest(
    digest: Digest, recipients: list[str] | None = None, *, settings: DigestSettings | None = None
) -> list[str]:
    """Send ``digest`` to ``recipients`` (default ``LANTOA_DIGEST_RECIPIENTS``); returns who got it."""
    settings = settings or get_digest_settings()
    recipients = [r for r in (recipients if recipients is not None else settings.digest_recipients) if r]
    if not recipients:
        raise digest_error(
            "Chưa có người nhận (đặt LANTOA_DIGEST_RECIPIENTS)",
            "no recipients (set LANTOA_DIGEST_RECIPIENTS)",
        )
    if not settings.smtp_host:
        raise digest_error(
            "Chưa cấu hình máy chủ thư (LANTOA_SMTP_HOST)", "no SMTP server (set LANTOA_SMTP_HOST)"
        )
    message = build_message(digest, recipients, settings.digest_sender)
    try:
        smtp: smtplib.SMTP
        if settings.smtp_security == "ssl":
            smtp = smtplib.SMTP_SSL(
                settings.smtp_host,
                settings.smtp_port,
                timeout=settings.smtp_timeout,
                context=ssl.create_default_context(),
            )
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout)
        with smtp:
            if settings.smtp_security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_username:
                password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
                smtp.login(settings.smtp_username, password)
            refused = smtp.send_message(message, from_addr=settings.digest_sender, to_addrs=recipients)
    except (smtplib.SMTPException, OSError, UnicodeError) as exc:  # UnicodeError: non-ASCII login
        raise digest_error(
            f"Không gửi được bản tin qua {settings.smtp_host}:{settings.smtp_port}: {exc}",
            f"could not send the digest via {settings.smtp_host}:{settings.smtp_port}: {exc}",
        ) from exc
    delivered = [r for r in recipients if r not in refused]
    logger.info("Digest %s mailed to %d recipients", digest.week, len(delivered))
    return delivered
