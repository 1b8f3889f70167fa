"""Elasticsearch index administration: apply templates, migrate to a new index version, bulk-load JSONL."""

from __future__ import annotations

import logging
import re
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import index_config
from lantoa.schema import Article
from lantoa.settings import get_settings
from lantoa.store.base import Store, StoreError

logger = logging.getLogger(__name__)


def _alias(alias: str | None) -> str:
    return alias or get_settings().es_index_alias


def template_names(alias: str) -> dict[str, str]:
    """Names of the component templates (by suffix) and of the index template."""
    names = {suffix: f"{alias}-{suffix}" for suffix in index_config.COMPONENTS}
    names["index_template"] = alias
    return names


def versioned_index(alias: str, version: int) -> str:
    return f"{alias}-v{version}"


def _version_of(alias: str, index: str) -> int:
    match = re.fullmatch(re.escape(alias) + r"-v(\d+)", index)
    if not match:
        raise StoreError(
            f"Chỉ mục {index} không theo mẫu {alias}-vN. / "
            f"Index {index} does not follow the pattern {alias}-vN."
        )
    return int(match.group(1))


def current_index(client: Any, alias: str | None = None) -> str | None:
    """The concrete index behind the alias (None when the alias does not exist)."""
    alias = _alias(alias)
    if not client.indices.exists_alias(name=alias):
        if client.indices.exists(index=alias):
            raise StoreError(
                f"'{alias}' là một chỉ mục chứ không phải bí danh; hãy đổi tên hoặc xóa nó. / "
                f"'{alias}' is a concrete index, not an alias: rename or delete it."
            )
        return None
    indices = sorted(client.indices.get_alias(name=alias).keys())
    if len(indices) != 1:
        raise StoreError(f"Bí danh {alias} trỏ tới nhiều chỉ mục / alias {alias} points at {indices}")
    return str(indices[0])


def put_templates(client: Any, alias: str | None = None) -> None:
    """Create or update the component templates and the composable index template."""
    alias = _alias(alias)
    names = template_names(alias)
    for suffix, filename in index_config.COMPONENTS.items():
        body = index_config.load_json(filename)
        client.cluster.put_component_template(
            name=names[suffix], template=body["template"], meta=body["_meta"]
        )
    template = index_config.load_json(index_config.INDEX_TEMPLATE)
    client.indices.put_index_template(
        name=names["index_template"],
        index_patterns=[f"{alias}-v*"],
        composed_of=[names[suffix] for suffix in index_config.COMPONENTS],
        priority=template["priority"],
        version=template["version"],
        meta=template["_meta"],
    )


#: Primary shards of a new index on nodes with at least two cores. A search scores each shard on
#: its own thread, so two shards let one search use two cores (1M articles: p95 0.57x of one
#: shard when a core was free); the page request uses whole-index term statistics, so the
#: ranking does not depend on the shard count.
MULTI_CORE_SHARDS = 2


def default_shards(client: Any) -> int:
    """:data:`MULTI_CORE_SHARDS` when every data node has at least 2 processors, else 1."""
    try:
        nodes = list(client.nodes.info(metric="os")["nodes"].values())
        data = [n for n in nodes if any(r.startswith("data") for r in n.get("roles", []))] or nodes
        cores = min(int(n["os"]["allocated_processors"]) for n in data)
    except Exception as exc:  # e.g. no `monitor` privilege: stay with one shard
        logger.info("Cannot read the nodes' processors (%s); creating one primary shard", exc)
        return 1
    return MULTI_CORE_SHARDS if cores >= 2 else 1


def creation_settings(client: Any) -> dict[str, Any]:
    """Settings given when creating an index (the templates hold the rest)."""
    return {"index": {"number_of_shards": default_shards(client)}}


def apply(client: Any, alias: str | None = None) -> dict[str, Any]:
    """Idempotent: templates in place, the alias pointing at an index, additive mapping changes applied."""
    alias = _alias(alias)
    put_templates(client, alias)
    index = current_index(client, alias)
    created = False
    if index is None:
        index = versioned_index(alias, 1)
        if not client.indices.exists(index=index):
            client.indices.create(index=index, aliases={alias: {}}, settings=creation_settings(client))
            created = True
        else:
            client.indices.put_alias(index=index, name=alias)
        logger.info("Created index %s behind alias %s", index, alias)
    else:
        # Additive changes (new fields) apply in place; incompatible ones need `migrate`.
        mappings = index_config.load_json(index_config.COMPONENTS["mappings"])["template"]["mappings"]
        live = client.indices.get_mapping(index=index)[index]["mappings"]
        missing: set[str] = set()
        if not _has_property(live, COMBINED_PATH):
            # Never add the combined field in place: the documents already indexed would lack
            # it and text searches would miss them. The store uses the legacy query meanwhile.
            missing |= COMBINED_OPTIONAL
        try:
            client.indices.put_mapping(index=index, **_in_place(mappings, live, missing))
        except Exception as exc:
            # Options that only make searches faster (e.g. index_phrases, mapping v2) cannot be
            # added to an existing field; the index still works without them until `migrate`.
            missing |= IN_PLACE_OPTIONAL
            try:
                client.indices.put_mapping(index=index, **_in_place(mappings, live, missing))
            except Exception:
                raise StoreError(
                    f"Ánh xạ mới không tương thích với {index}; hãy chạy 'lantoa index migrate'. / "
                    f"The new mapping is incompatible with {index}; run 'lantoa index migrate'. ({exc})"
                ) from exc
        if missing:
            logger.warning(
                "Index %s lacks %s; run 'lantoa index migrate' for faster searches",
                index,
                ", ".join(sorted(missing)),
            )
            return {"alias": alias, "index": index, "created": False, "migrate_recommended": True}
    return {"alias": alias, "index": index, "created": created}


#: Mapping options that speed searches up but cannot be added to an existing field.
IN_PLACE_OPTIONAL = frozenset({"index_phrases"})
#: Mapping version 3: the combined folded field and the ``copy_to`` that fills it.
COMBINED_PATH = ("search", "all_folded")
COMBINED_OPTIONAL = frozenset({"copy_to", "all_folded"})


def _has_property(mapping: dict[str, Any], path: tuple[str, ...]) -> bool:
    node: Any = mapping
    for name in path:
        node = node.get("properties", {}).get(name) if isinstance(node, dict) else None
    return isinstance(node, dict)


def _in_place(mappings: dict[str, Any], live: dict[str, Any], missing: set[str]) -> dict[str, Any]:
    """``mappings`` without the ``missing`` options; an index that lacks some keeps its own
    ``_meta`` (its mapping version stays what it was built with)."""
    if not missing:
        return mappings
    stripped: dict[str, Any] = _without(mappings, frozenset(missing))
    if "_meta" in live:
        stripped["_meta"] = live["_meta"]
    return stripped


def _without(value: Any, keys: frozenset[str]) -> Any:
    """``value`` (a mapping) with every ``keys`` entry removed, at any depth."""
    if isinstance(value, dict):
        return {k: _without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [_without(v, keys) for v in value]
    return value


def migrate(
    client: Any, alias: str | None = None, delete_old: bool = False, batch_size: int = 500
) -> dict[str, Any]:
    """Create ``<alias>-v(N+1)`` from the current templates, copy every article (derived
    fields recomputed), then swap the alias atomically. The old index is kept unless
    ``delete_old``."""
    from elasticsearch import helpers

    from lantoa.store.elasticsearch import from_source, to_document

    alias = _alias(alias)
    put_templates(client, alias)
    old = current_index(client, alias)
    if old is None:
        return apply(client, alias) | {"copied": 0, "old_index": None}
    new = versioned_index(alias, _version_of(alias, old) + 1)
    if client.indices.exists(index=new):
        logger.warning("Deleting leftover index %s from an unfinished migration", new)
        client.indices.delete(index=new)
    settings = creation_settings(client)
    settings["index"]["refresh_interval"] = "-1"
    client.indices.create(index=new, settings=settings)

    def actions() -> Any:
        for hit in helpers.scan(client, index=old, size=batch_size, preserve_order=False):
            article = from_source(hit["_source"])
            yield {"_index": new, "_id": article.id, "_source": to_document(article)}

    copied, errors = helpers.bulk(
        client, actions(), chunk_size=batch_size, max_retries=3, raise_on_error=False
    )
    if errors:
        shown = errors[:3] if isinstance(errors, list) else errors
        raise StoreError(
            f"Di chuyển thất bại, bí danh không đổi / migration failed, alias unchanged: {shown}"
        )
    client.indices.put_settings(index=new, settings={"index": {"refresh_interval": "1s"}})
    client.indices.refresh(index=new)
    old_count = int(client.count(index=old)["count"])
    new_count = int(client.count(index=new)["count"])
    if old_count != new_count:
        raise StoreError(
            f"Số bài không khớp ({old_count} ≠ {new_count}), bí danh không đổi. / "
            f"Count mismatch ({old_count} != {new_count}); alias unchanged."
        )
    client.indices.update_aliases(
        actions=[{"remove": {"index": old, "alias": alias}}, {"add": {"index": new, "alias": alias}}]
    )
    if delete_old:
        client.indices.delete(index=old)
    logger.info("Migrated %s: %s -> %s (%d articles)", alias, old, new, copied)
    return {"alias": alias, "index": new, "old_index": old, "copied": int(copied), "old_deleted": delete_old}


def segment_count(client: Any, index: str) -> int:
    """Number of Lucene segments of ``index`` over its primary shards."""
    stats = client.indices.segments(index=index)
    shards = stats["indices"][index]["shards"].values()
    return sum(
        copy.get("num_search_segments", len(copy.get("segments", {})))
        for copies in shards
        for copy in copies
        if copy.get("routing", {}).get("primary", True)
    )


def _task_status(client: Any, task_id: str) -> dict[str, Any]:
    """``GET _tasks/<id>``. The Python client flags the (long stable) tasks API as a technical
    preview with a warning; it is the documented way to follow a background force-merge."""
    from elasticsearch.exceptions import GeneralAvailabilityWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", GeneralAvailabilityWarning)
        return dict(client.tasks.get(task_id=task_id))


def optimize(
    client: Any,
    alias: str | None = None,
    segments: int = 1,
    progress: Callable[[str], None] | None = None,
    poll_seconds: float = 5.0,
) -> dict[str, Any]:
    """Force-merge the index behind ``alias`` to at most ``segments`` segments per shard.

    Worth doing after a bulk load when the index will then mostly be read (docs/production.md):
    searches over a merged index read fewer, larger segments. Runs as a background task on the
    node and reports progress while it waits, so a long merge never hits the client's timeout."""
    if segments < 1:
        raise StoreError("Số phân đoạn phải ≥ 1 / segments must be >= 1")
    alias = _alias(alias)
    index = current_index(client, alias)
    if index is None:
        raise StoreError(
            f"Chưa có chỉ mục sau bí danh {alias}: chạy `lantoa index apply` trước. / "
            f"No index behind alias {alias}: run `lantoa index apply` first."
        )
    before = segment_count(client, index)
    started = time.monotonic()
    task = client.indices.forcemerge(index=index, max_num_segments=segments, wait_for_completion=False)
    task_id = task["task"]
    delay, last_report = 0.1, started
    while True:
        status = _task_status(client, task_id)
        if status.get("completed"):
            break
        time.sleep(delay)
        delay = min(poll_seconds, delay * 2)
        if progress and time.monotonic() - last_report >= poll_seconds:
            last_report = time.monotonic()
            progress(
                f"Đang gộp phân đoạn {index}… {time.monotonic() - started:.0f} giây / "
                f"force-merging {index}… {time.monotonic() - started:.0f} s"
            )
    if status.get("error"):
        raise StoreError(f"Gộp phân đoạn thất bại / force-merge failed: {status['error']}")
    seconds = round(time.monotonic() - started, 1)
    after = segment_count(client, index)
    logger.info("Force-merged %s: %d -> %d segments in %.1f s", index, before, after, seconds)
    return {"index": index, "segments_before": before, "segments_after": after, "seconds": seconds}


@dataclass
class LoadReport:
    read: int = 0
    written: int = 0
    spooled: int = 0
    rejected: list[str] = field(default_factory=list)


def load(store: Store, jsonl_path: str | Path, batch_size: int = 500) -> LoadReport:
    """Upsert every Article of a JSONL file into ``store``; bad lines are reported, never fatal."""
    path = Path(jsonl_path)
    report = LoadReport()
    batch: list[Article] = []

    def flush() -> None:
        report.written += store.upsert(batch)
        report.spooled += int(getattr(store, "last_spooled", 0))
        batch.clear()

    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"Không đọc được tệp {path} / cannot read {path}: {exc.strerror}") from exc
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            report.read += 1
            try:
                batch.append(Article.model_validate_json(line))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ()))
                report.rejected.append(f"{path.name}:{number}: {where} {first['msg']}".strip())
                continue
            if len(batch) >= batch_size:
                flush()
    if batch:
        flush()
    store.refresh()
    return report
