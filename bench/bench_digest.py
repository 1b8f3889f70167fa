"""Benchmark: build the weekly digest from N generated articles in the embedded SQLite store.

.venv/bin/python bench/bench_digest.py            # 10 000 articles
.venv/bin/python bench/bench_digest.py --full     # 100 000 articles (target: build <= 2 s)
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

from lantoa.schema import Article, Figure, Locality, Person, Tags, article_id, content_hash
from lantoa.store.base import SearchQuery
from lantoa.store.sqlite import SqliteStore
from lantoa.taxonomy import load_taxonomy
from search_api.digest.build import build_digest
from search_api.digest.render import render
from search_api.digest.week import VN_TZ, parse_week

PROVINCES = [
    ("08", "tỉnh Tuyên Quang"),
    ("15", "tỉnh Lào Cai"),
    ("25", "tỉnh Phú Thọ"),
    ("38", "tỉnh Thanh Hóa"),
    ("40", "tỉnh Nghệ An"),
    ("42", "tỉnh Hà Tĩnh"),
    ("44", "tỉnh Quảng Trị"),
    ("51", "tỉnh Quảng Ngãi"),
    ("66", "tỉnh Đắk Lắk"),
    ("68", "tỉnh Lâm Đồng"),
    ("86", "tỉnh Vĩnh Long"),
    ("91", "tỉnh An Giang"),
    ("96", "tỉnh Cà Mau"),
    ("01", "thành phố Hà Nội"),
    ("79", "Thành phố Hồ Chí Minh"),
]
KINDS = ["provincial_newspaper", "provincial_portal", "national_outlet", "mass_organisation"]
WORDS = (
    "hộ nghèo thoát nghèo mô hình chăn nuôi bò sinh sản vốn vay ưu đãi hợp tác xã hiến đất làm đường".split()
)


def generate(n: int, weeks: list[str], seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    taxonomy = load_taxonomy()
    models = [m for m in taxonomy.model_type_ids if m != "other"]
    sources = [(f"nguon{i:02d}", f"Báo số {i}", KINDS[i % 4]) for i in range(60)]
    mondays = [parse_week(w).monday for w in weeks]
    out: list[Article] = []
    for i in range(n):
        monday: date = rng.choice(mondays)
        moment = datetime.combine(monday + timedelta(days=rng.randrange(7)), dtime(rng.randrange(24)), VN_TZ)
        code, province = rng.choice(PROVINCES)
        source_id, source_name, kind = rng.choice(sources)
        copy_of = out[-rng.randrange(1, min(50, len(out)) + 1)] if out and rng.random() < 0.15 else None
        url = f"https://{source_id}.vn/bai-{i}.html"
        title = copy_of.title if copy_of else f"Bài {i}: " + " ".join(rng.sample(WORDS, 6))
        body = "\n\n".join(" ".join(rng.choices(WORDS, k=40)) for _ in range(4))
        relevant = rng.random() < 0.7
        story = rng.choice(["poverty_model", "good_deed", "policy_news"]) if relevant else "other"
        out.append(
            Article(
                id=article_id(url),
                url=url,
                canonical_url=url,
                source_id=source_id,
                source_name=source_name,
                source_kind=kind,
                title=title,
                body=body,
                published_at=copy_of.published_at if copy_of else moment,
                content_hash=content_hash(title, body),
                cluster_id=(copy_of.cluster_id or copy_of.id) if copy_of else None,
                first_in_cluster=copy_of is None,
                tags=Tags(
                    relevant=relevant,
                    story_type=story,
                    story_type_scores={story: round(rng.uniform(0.5, 1), 3)},
                    model_types=rng.sample(models, rng.randrange(0, 3)),
                    localities=[
                        Locality(
                            as_written=province,
                            level="province",
                            province=province,
                            province_code=code,
                            current_province=province,
                            current_province_code=code,
                        )
                    ],
                    people=[Person(name="Nguyễn Văn A")] if rng.random() < 0.4 else [],
                    figures=[Figure(kind="households", value=rng.randrange(5, 500), unit="hộ")]
                    * rng.randrange(0, 3),
                    summary=[body.split("\n\n")[0][:200]],
                ),
            )
        )
        if copy_of and copy_of.cluster_id is None:
            copy_of.cluster_id = copy_of.id
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--full", action="store_true", help="100 000 articles")
    parser.add_argument("--weeks", type=int, default=26, help="spread the articles over this many weeks")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="keep/reuse the generated store at this path")
    args = parser.parse_args()
    n = 100_000 if args.full else args.articles
    target = parse_week("2026-W47")
    weeks = [target]
    while len(weeks) < args.weeks:
        weeks.append(weeks[-1].previous())
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        store = SqliteStore(db)
        if store.count() == 0:
            started = time.perf_counter()
            articles = generate(n, [str(w) for w in weeks])
            generated = time.perf_counter() - started
            started = time.perf_counter()
            for i in range(0, len(articles), 5000):
                store.upsert(articles[i : i + 5000])
            loaded = time.perf_counter() - started
            del articles  # a real digest run does not hold the corpus in memory (nor pay GC for it)
            gc.collect()
            print(
                f"generated {n} articles over {args.weeks} weeks in {generated:.1f} s; "
                f"upsert {loaded:.1f} s ({n / loaded:.0f}/s)"
            )
        else:
            print(f"reusing {db}")
        week_total = store.search(
            SearchQuery(date_from=target.monday, date_to=target.sunday, size=0, facets=False)
        ).total
        print(f"store: {store.count()} articles, {week_total} published in {target}")
        timings = []
        cpu = []
        for _ in range(args.repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            digest = build_digest(store, str(target), issuer="Ban Tuyên giáo")
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        print(
            f"build_digest {target}: wall min {min(timings):.3f} s, median {statistics.median(timings):.3f} s; "
            f"CPU min {min(cpu):.3f} s (wall > CPU means a busy machine) "
            f"({len(digest.entries)} entries from {digest.overview.stories} stories, "
            f"{digest.overview.articles} relevant articles)"
        )
        started = time.perf_counter()
        province = build_digest(store, str(target), province="25", issuer="Ban Tuyên giáo")
        print(
            f"build_digest {target} province=25: {time.perf_counter() - started:.3f} s ({len(province.entries)} entries)"
        )
        for fmt in ("json", "md", "html", "docx"):
            started = time.perf_counter()
            data = render(digest, fmt)
            print(f"render {fmt}: {time.perf_counter() - started:.3f} s ({len(data) / 1024:.0f} KiB)")
        store.close()


if __name__ == "__main__":
    main()
