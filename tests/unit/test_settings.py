"""Settings from LANTOA_* variables and .env."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from lantoa.settings import Settings, redact_url


def test_default_store_is_sqlite_under_the_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANTOA_DATA_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("LANTOA_STORE", raising=False)
    assert Settings().store_url == f"sqlite:///{tmp_path / 'state' / 'lantoa.db'}"


def test_store_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTOA_STORE", "http://localhost:9200")
    assert Settings().store_url == "http://localhost:9200"


def test_dotenv_file_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LANTOA_PORT", raising=False)
    (tmp_path / ".env").write_text("LANTOA_PORT=8123\n", encoding="utf-8")
    assert Settings().port == 8123


def test_bad_values_are_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANTOA_LANG", "fr")
    with pytest.raises(ValidationError):
        Settings()


def test_secrets_are_redacted() -> None:
    assert redact_url("https://elastic:s3cret@es:9200") == "https://elastic:***@es:9200"
    settings = Settings(admin_api_key="topsecret", store="https://u:pw@h:9200")
    assert "topsecret" not in repr(settings) and "pw" not in repr(settings)
