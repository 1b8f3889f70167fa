"""Crawl benchmark: the real spider against a generated Báo Đồng Nai-style site, and a bare crawl as ceiling.

Usage: ``.venv/bin/python bench/bench_crawl.py [--pages 1000] [--seed 7]`` (``--pages 5000`` for the full
run). Generates ``--pages`` articles with a fixed seed, renders them with the ``baodongnai`` fixture
templates (home, section listings with "Xem thêm" paging, RSS feeds, a sitemap index with monthly news
sitemaps) and serves them on loopback. Then, each in its own process, against the same server:

* the bare crawl: a minimal Scrapy spider that follows the same discovery links (feeds, sitemaps,
  listings) and fetches every article page without extracting anything: the ceiling;
* the real crawl: ``crawlers.runner.run_crawl`` (extraction, canonical URLs, seen store, JSONL output).

Prints articles/s, pages/s, the ratio real/bare (aim: at least 0.6) and each process's peak RSS.
Asserts nothing beyond the crawl being complete.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

SITE = "baodongnai"
SECTIONS = ("xa-hoi", "kinh-te", "nong-nghiep-nong-thon", "nguoi-tot-viec-tot")
_DISTRICTS = {
    "Xuân Lộc": ["Xuân Bắc", "Xuân Hưng", "Suối Cao", "Xuân Thọ"],
    "Định Quán": ["Phú Vinh", "Thanh Sơn", "Gia Canh", "Phú Tân"],
    "Tân Phú": ["Tà Lài", "Phú Lập", "Nam Cát Tiên", "Phú Điền"],
    "Cẩm Mỹ": ["Xuân Đông", "Sông Ray", "Lâm San", "Xuân Tây"],
    "Vĩnh Cửu": ["Mã Đà", "Hiếu Liêm", "Phú Lý", "Trị An"],
    "Thống Nhất": ["Gia Tân 1", "Xuân Thiện", "Bàu Hàm 2", "Quang Trung"],
}
_MODELS = [
    ("nuôi bò sinh sản", "con bò giống", "bê"),
    ("nuôi dê", "con dê giống", "dê con"),
    ("trồng tiêu", "gốc tiêu", "tạ tiêu"),
    ("trồng sầu riêng", "cây sầu riêng", "tấn trái"),
    ("nuôi heo đen", "con heo giống", "lứa heo"),
    ("trồng nấm rơm", "trại nấm", "tấn nấm"),
    ("nuôi ong lấy mật", "thùng ong", "lít mật"),
]
_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh"]
_MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Đức", "Kim"]
_GIVEN = ["Hùng", "Lan", "Tâm", "Phúc", "Hòa", "Thủy", "Khỏe", "Sơn", "Mai", "Tuấn", "Hạnh", "Bình"]
_AUTHORS = ["Thiên Bảo", "Hải Quân", "Bảo Anh", "Kim Liễu", "Lê Quyên", "Văn Chính"]
_GOOD_DEEDS = [
    "trả lại tài sản nhặt được cho người đánh rơi",
    "hiến đất làm đường giao thông nông thôn",
    "nấu cơm miễn phí cho bệnh nhân nghèo",
    "cứu người gặp nạn trên sông Đồng Nai",
    "dạy học miễn phí cho trẻ em khó khăn",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def generate_articles(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` fixture articles (articles.jsonl format) for the ``baodongnai`` site, deterministic for a seed."""
    rng = random.Random(seed)
    start = datetime.fromisoformat("2024-01-01T06:00:00+07:00")
    out = []
    for i in range(n):
        district = rng.choice(list(_DISTRICTS))
        commune = rng.choice(_DISTRICTS[district])
        model, unit, product = rng.choice(_MODELS)
        person = _person(rng)
        section = SECTIONS[i % len(SECTIONS)]
        households = rng.randint(12, 480)
        loan = rng.choice([30, 50, 70, 100])
        published = start + timedelta(hours=7 * i + rng.randint(0, 5), minutes=rng.randint(0, 59))
        if section == "nguoi-tot-viec-tot":
            deed = rng.choice(_GOOD_DEEDS)
            title = f"Gương sáng {person} {deed} ở xã {commune} (bài {i + 1})"
            sapo = (
                f"Nhiều năm qua, {person} ở xã {commune}, huyện {district} lặng lẽ {deed}, được bà con "
                "trong ấp quý mến và chính quyền địa phương biểu dương."
            )
            body = [
                f"Ông (bà) {person} năm nay {rng.randint(35, 78)} tuổi. Dù hoàn cảnh còn nhiều khó khăn, "
                f"{person} vẫn thường xuyên {deed}, không nhận bất cứ khoản tiền nào.",
                f"Theo Chủ tịch UBND xã {commune}, việc làm của {person} đã lan tỏa trong cộng đồng; năm "
                f"{published.year} xã đề nghị UBND huyện {district} tặng giấy khen.",
                f"Hội Nông dân xã {commune} cho biết sẽ nhân rộng tấm gương này trong phong trào thi đua "
                "“Người tốt, việc tốt” của địa phương.",
            ]
        else:
            title = (
                f"Xã {commune} giúp {households} hộ thoát nghèo nhờ {model} (bài {i + 1})"
                if rng.random() < 0.5
                else f"Huyện {district}: vốn vay ưu đãi tiếp sức mô hình {model} ở xã {commune} ({i + 1})"
            )
            sapo = (
                f"Từ nguồn vốn vay ưu đãi của Ngân hàng Chính sách xã hội, nhiều hộ nghèo ở xã {commune}, "
                f"huyện {district} đã mạnh dạn {model}, có thu nhập ổn định và vươn lên thoát nghèo."
            )
            body = [
                f"Năm {published.year - 2}, gia đình {person} ở xã {commune} thuộc diện hộ nghèo. Được vay "
                f"{loan} triệu đồng, gia đình mua {rng.randint(2, 20)} {unit} để {model}.",
                f"Sau hai năm, đàn vật nuôi, vườn cây phát triển tốt; mỗi năm gia đình thu khoảng "
                f"{rng.randint(3, 40)} {product}, lãi {rng.randint(40, 180)} triệu đồng và đã thoát nghèo.",
                f"Toàn xã hiện có {households} hộ tham gia mô hình {model}; tỷ lệ hộ nghèo giảm từ "
                f"{rng.randint(5, 12)}% xuống còn {rng.randint(1, 4)},{rng.randint(0, 9)}%.",
                f"Phó Chủ tịch UBND huyện {district} cho biết huyện sẽ tiếp tục hỗ trợ con giống, tập huấn "
                "kỹ thuật và kết nối tiêu thụ sản phẩm cho bà con.",
            ]
        out.append(
            {
                "key": f"{SITE}-b{i + 1:05d}",
                "site": SITE,
                "section": section,
                "title": title,
                "sapo": sapo,
                "body": body,
                "author": rng.choice(_AUTHORS),
                "published": published.isoformat(),
                "images": [{"caption": f"{person} bên {unit} của gia đình"}] if rng.random() < 0.5 else [],
            }
        )
    return out


# -- child processes ---------------------------------------------------------------------------------
def _scrapy_settings() -> dict[str, Any]:
    from lantoa.settings import get_settings

    ua = get_settings().user_agent
    # The same network settings run_crawl uses for loopback sites.
    return {
        "USER_AGENT": ua,
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "CONCURRENT_REQUESTS": 8,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "CONCURRENT_ITEMS": 8,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_TIMEOUT": 30,
        "DOWNLOAD_MAXSIZE": 8 * 1024 * 1024,
        "RETRY_TIMES": 2,
        "HTTPCACHE_ENABLED": False,
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
    }


def _bare_child(base: str) -> dict[str, Any]:
    """Follow the discovery links of the source file, fetch article pages, extract nothing."""
    import scrapy
    from lxml import etree
    from scrapy.crawler import CrawlerProcess

    from crawlers.registry import default_registry

    source = default_registry()[SITE]
    real = source.base_url
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    counts = {"pages": 0, "articles": 0}

    def local(url: str) -> str:
        return base + url[len(real) :] if url.startswith(real) else url

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self) -> Any:
            for path in source.discovery.feeds + source.discovery.sitemaps:
                yield scrapy.Request(base + path, callback=self.parse_xml)
            for listing in source.discovery.listings:
                yield scrapy.Request(base + listing.path, callback=self.parse_listing, cb_kwargs={"page": 1})

        def parse_xml(self, response: Any) -> Any:
            counts["pages"] += 1
            root = etree.fromstring(response.body, parser=parser)
            for el in root.iter("{*}loc", "link"):
                url = local((el.text or "").strip())
                if not url:
                    continue
                if url.endswith(".xml"):
                    yield scrapy.Request(url, callback=self.parse_xml)
                elif source.is_article_url(url.split("?")[0]):
                    yield scrapy.Request(url.split("?")[0], callback=self.parse_page)

        def parse_listing(self, response: Any, page: int) -> Any:
            counts["pages"] += 1
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                if url.startswith(base) and source.is_article_url(url):
                    yield scrapy.Request(url, callback=self.parse_page)
            more = response.css("a.view-more::attr(href)").get()
            if more and page < source.discovery.listings[0].max_pages:
                yield response.follow(more, callback=self.parse_listing, cb_kwargs={"page": page + 1})

        def parse_page(self, response: Any) -> None:
            counts["pages"] += 1
            counts["articles"] += 1

    t0, c0 = time.perf_counter(), time.process_time()
    process = CrawlerProcess(settings=_scrapy_settings())
    process.crawl(BareSpider)
    process.start()
    return {**counts, "seconds": time.perf_counter() - t0, "cpu_s": time.process_time() - c0}


def _real_child(base: str, workdir: Path) -> dict[str, Any]:
    import crawlers.spider  # noqa: F401 - imported before timing, as Scrapy is in the bare crawl
    from crawlers.runner import run_crawl

    t0, c0 = time.perf_counter(), time.process_time()
    report = run_crawl(
        workdir / "articles.jsonl", base_urls={SITE: base}, state_dir=workdir / "state", download_timeout=30
    )
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    src = report.sources[SITE]
    return {
        "pages": src.pages_fetched,
        "articles": src.articles_extracted,
        "rejected": dict(src.rejected),
        "failures": dict(src.failures),
        "seconds": elapsed,
        "cpu_s": cpu,
    }


def _run_child(mode: str, base: str, workdir: Path, tree: Path | None = None) -> dict[str, Any]:
    """Run one crawl in a child process; ``tree``: import ``crawlers``/``lantoa`` from that source tree."""
    env = {**os.environ, "LANTOA_DATA_DIR": str(workdir / "data")}
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(tree), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--base", base, "--workdir", str(workdir)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{mode} crawl failed:\n{proc.stderr[-3000:]}")
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _line(name: str, r: dict[str, Any], unit: str) -> str:
    return (
        f"{name:<22} {r['articles']:6d} {unit:<8} {r['pages']:6d} pages  {r['seconds']:7.2f} s  "
        f"{r['articles'] / r['seconds']:8.1f} articles/s  {r['pages'] / r['seconds']:8.1f} pages/s  "
        f"CPU {r['cpu_s']:6.2f} s  peak RSS {r['rss_mb']:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1000, help="article pages on the site (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each crawl, best kept (default 2)")
    parser.add_argument(
        "--baseline-tree",
        type=Path,
        help="also run the real crawl from this source tree (e.g. `git archive HEAD` unpacked) for a before/after "
        "figure in the same run",
    )
    parser.add_argument("--child", choices=("bare", "real"), help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = _bare_child(args.base) if args.child == "bare" else _real_child(args.base, args.workdir)
        result["rss_mb"] = _rss_mb()
        print(json.dumps(result))
        return 0

    from crawlers.fixture_server import FixtureServer

    bares: list[dict[str, Any]] = []
    reals: list[dict[str, Any]] = []
    befores: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="lantoa-bench-crawl-") as tmp:
        work = Path(tmp)
        content = work / "articles.jsonl"
        t0 = time.perf_counter()
        with content.open("w", encoding="utf-8") as fh:
            for item in generate_articles(args.pages, args.seed):
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        server = FixtureServer([SITE], articles_path=content)
        server.start()
        render_s = time.perf_counter() - t0
        try:
            base = server.base_urls[SITE]
            for run in range(max(1, args.repeat)):  # interleaved, so both see the same machine load
                bares.append(_run_child("bare", base, work / f"bare{run}"))
                reals.append(_run_child("real", base, work / f"real{run}"))
                if args.baseline_tree:
                    befores.append(_run_child("real", base, work / f"before{run}", args.baseline_tree))
        finally:
            server.stop()
    bare = min(bares, key=lambda r: r["seconds"])
    real = min(reals, key=lambda r: r["seconds"])
    for r in reals:
        if r["articles"] != args.pages:
            print(f"WARNING: the real crawl extracted {r['articles']} of {args.pages} articles: {r}")
    print(
        f"site: {args.pages} generated article pages (seed {args.seed}) of the baodongnai templates, "
        f"generated+rendered in {render_s:.1f} s; best of {len(bares)} runs each"
    )
    print(_line("bare crawl (ceiling)", bare, "fetched"))
    print(_line("real crawl (spider)", real, "articles"))
    wall_ratio = (real["articles"] / real["seconds"]) / (bare["articles"] / bare["seconds"])
    cpu_ratio = (real["articles"] / real["cpu_s"]) / (bare["articles"] / bare["cpu_s"])
    print(f"ratio real/bare        {wall_ratio:5.2f}  (articles/s, wall clock; aim >= 0.6)")
    print(
        f"CPU ratio real/bare    {cpu_ratio:5.2f}  (articles per CPU second of the crawler; less load-sensitive)"
    )
    if befores:
        before = min(befores, key=lambda r: r["seconds"])
        print(_line("real crawl (baseline)", before, "articles"))
        print(
            f"baseline tree {args.baseline_tree}: ratio {before['articles'] / before['seconds'] / (bare['articles'] / bare['seconds']):5.2f}, "
            f"CPU ratio {before['articles'] / before['cpu_s'] / (bare['articles'] / bare['cpu_s']):5.2f}; "
            f"this tree is {before['cpu_s'] / real['cpu_s']:4.2f}x less CPU per crawl"
        )
    print(f"fixture server (this process) peak RSS  {_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
