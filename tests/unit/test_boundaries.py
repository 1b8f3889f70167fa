"""Module boundaries at run time: the API process never loads Scrapy or spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys, tempfile, pathlib
from fastapi.testclient import TestClient
from lantoa.settings import Settings
from search_api.app import create_app
data = pathlib.Path(tempfile.mkdtemp())
settings = Settings(data_dir=data, store=f"sqlite:///{data / 'x.db'}")
with TestClient(create_app(settings)) as client:
    assert client.get("/api/search", params={"q": "thoát nghèo"}).status_code == 200
    assert client.get("/").status_code == 200
    assert client.get("/api/localities", params={"q": "dong nai"}).status_code == 200
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"scrapy", "spacy", "twisted", "sklearn", "crawlers", "nlp"})
print(",".join(loaded))
"""


def test_api_process_never_imports_scrapy_spacy_crawlers_or_nlp() -> None:
    proc = subprocess.run(
        [sys.executable, "-W", "ignore", "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == ""


def test_importing_the_cli_and_nlp_does_no_heavy_work() -> None:
    probe = "import sys, lantoa.cli, nlp; print(','.join(sorted({'scrapy','spacy','sklearn'} & set(sys.modules))))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
