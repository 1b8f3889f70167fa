"""scripts/es_node.py as a command: ``run -- CMD`` starts a node, hands CMD its URL and stops it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import conftest_es  # noqa: E402

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.mark.es
@pytest.mark.slow
def test_run_starts_a_node_passes_its_url_and_stops_it(tmp_path: Path) -> None:
    if not conftest_es.can_start_node():
        conftest_es.unavailable("this test starts its own node and needs mvn")
    probe = (
        "import json, os, urllib.request; url = os.environ['LANTOA_TEST_ES_URL']; "
        "health = json.load(urllib.request.urlopen(url + '/_cluster/health', timeout=10)); "
        "nodes = json.load(urllib.request.urlopen(url + '/_nodes/_local', timeout=10)); "
        "print(json.dumps({'url': url, 'status': health['status'], "
        "'version': next(iter(nodes['nodes'].values()))['version']})); raise SystemExit(7)"
    )
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "es_node.py"), "run", "--", sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=400,
    )
    assert result.returncode == 7, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["status"] in ("green", "yellow")
    assert seen["version"] == conftest_es.es_node_module().version()
    # The node is gone afterwards.
    import urllib.error
    import urllib.request

    with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
        urllib.request.urlopen(seen["url"] + "/_cluster/health", timeout=5)


def test_heap_option_sets_the_jvm_heap_and_refuses_nonsense(monkeypatch: pytest.MonkeyPatch) -> None:
    node = conftest_es.es_node_module()
    assert node.java_opts("2g") == "-Xms2g -Xmx2g"
    monkeypatch.setenv("LANTOA_ES_JAVA_OPTS", "-Xms768m -Xmx768m")
    assert node.java_opts(None) == "-Xms768m -Xmx768m"
    monkeypatch.delenv("LANTOA_ES_JAVA_OPTS")
    assert node.java_opts(None) == "-Xms512m -Xmx512m"
    with pytest.raises(node.NodeError, match="heap must look like"):
        node.java_opts("2 GB; rm -rf /")
