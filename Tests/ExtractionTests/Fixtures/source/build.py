#!/usr/bin/env python3
"""Writes ../sentences.jsonl and ../articles.jsonl from the compact sources in this folder.

Run from anywhere: `python3 Tests/ExtractionTests/Fixtures/source/build.py`.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sentences_ops, sentences_claims, sentences_traps, sentences_more, sentences_generalise  # noqa: E402,F401  (they append to ITEMS)
from sentences_ops import ITEMS  # noqa: E402

KINDS = {"offensive", "assault", "siege", "airstrike", "shelling", "raid", "ground-operation",
         "liberation", "withdrawal", "redeployment", "ceasefire", "other"}
STATUSES = {"planned", "imminent", "ongoing", "completed", "cancelled"}
EVENTS = {"begin", "end", "deadline", "occur"}
GRAINS = {"minute", "hour", "day", "week", "month", "quarter", "year"}
ATTR = {"named-official", "unnamed-source", "media", "organization", "author", None}
STANCES = {"asserted", "reported", "hedged", "doubted", "denied"}


def check(item):
    where = item["id"]
    for o in item["operations"]:
        kinds = o["kind"] if isinstance(o["kind"], list) else [o["kind"]]
        assert kinds and all(k in KINDS for k in kinds), where
        assert o["status"] in STATUSES, where
        locs = o["location"] if isinstance(o["location"], list) else [o["location"]]
        assert locs and all(l is None or isinstance(l, str) for l in locs), where
        assert o.get("stance") in STANCES | {None}, where
        assert o.get("attribution_kind") in ATTR, where
    for s in item["schedules"]:
        assert s["event"] in EVENTS, where
        assert s["grain"] in GRAINS, where
        assert s["attribution_kind"] in ATTR, where
        assert s["stance"] in STANCES, where
    if item.get("trap"):
        assert not item["operations"] and not item["schedules"], where


def derive_tags(item):
    """Kind and status tags come from the annotation itself, so they never disagree with it."""
    tags = [t for t in item["tags"] if t not in KINDS and t not in STATUSES]
    for o in item["operations"]:
        kind = o["kind"][0] if isinstance(o["kind"], list) else o["kind"]
        if o.get("optional"):
            continue
        for t in (kind, o["status"]):
            if t not in tags:
                tags.append(t)
    item["tags"] = tags


def write(path, items):
    ids = set()
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            assert item["id"] not in ids, item["id"]
            ids.add(item["id"])
            check(item)
            derive_tags(item)
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(items)} items -> {os.path.relpath(path)}")


write(os.path.join(HERE, "..", "sentences.jsonl"), ITEMS)
try:
    import articles  # noqa: E402
    import articles_generalise  # noqa: E402,F401  (appends to articles.ITEMS)
    write(os.path.join(HERE, "..", "articles.jsonl"), articles.ITEMS)
except ModuleNotFoundError as e:
    if e.name != "articles":
        raise
