"""Locality tagging and gazetteer benchmark: load time, articles/s on one core, autocomplete latency.

Usage: ``.venv/bin/python bench/bench_localities.py [--n 300]``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import datetime, timedelta, timezone

from lantoa.gazetteer import load_gazetteer, search_localities
from nlp.localities import tag_localities

PARAGRAPH = (
    "Theo báo cáo của UBND, trong năm qua địa phương đã triển khai nhiều giải pháp hỗ trợ người dân phát "
    "triển sản xuất, nâng cao thu nhập. Ông Nguyễn Văn Hùng ở xã Lộc Hưng, huyện Lộc Ninh, tỉnh Bình Phước "
    "cho biết nhờ vay vốn mua bò, gia đình ông đã thoát nghèo. Các đoàn từ Hà Nội, TP.HCM đã đến thăm mô hình. "
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300, help="articles to tag")
    args = parser.parse_args(argv)
    body = "\n\n".join([PARAGRAPH * 2] * 6)
    when = datetime(2024, 5, 2, 8, tzinfo=timezone(timedelta(hours=7)))

    t0 = time.perf_counter()
    load_gazetteer()
    load_s = time.perf_counter() - t0
    tag_localities("Bình Phước: nuôi bò giảm nghèo", body, published_at=when)  # build the matcher

    cpu0 = time.process_time()
    for _ in range(args.n):
        tag_localities("Bình Phước: nuôi bò giảm nghèo", body, published_at=when)
    per_s = args.n / max(time.process_time() - cpu0, 1e-9)

    t0 = time.perf_counter()
    for q in ("phu", "dong nai", "Lộc Hưng", "tp hcm", "Hoành Bồ") * 10:
        search_localities(q)
    search_ms = (time.perf_counter() - t0) / 50 * 1000
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"gazetteer load             {load_s:8.3f} s")
    print(f"locality tagging (1 core)  {per_s:8.1f} articles/s  ({len(body.split())} words each)")
    print(f"autocomplete               {search_ms:8.2f} ms/query")
    print(f"peak RSS                   {rss_mb:8.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
