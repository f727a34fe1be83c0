"""Helpers shared by the corpus sources (sentences.py, articles.py).

The corpus is written here in a compact form and `build.py` writes the JSON-lines fixtures
(`../sentences.jsonl`, `../articles.jsonl`). Values of relative time expressions are written
with the helpers below so that weekday and ISO-week arithmetic is checked by the machine; every
annotation decision (event, grain, approximate, stance, attribution) is the annotator's.
"""
import datetime as _dt

def _d(ref):
    return _dt.date.fromisoformat(ref[:10])

def day(ref, delta=0):
    """The reference day plus `delta` days, as YYYY-MM-DD."""
    return (_d(ref) + _dt.timedelta(days=delta)).isoformat()

_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}

def next_wd(ref, wd):
    """The first such weekday strictly after the reference day."""
    d = _d(ref)
    delta = (_WD[wd] - d.weekday()) % 7 or 7
    return (d + _dt.timedelta(days=delta)).isoformat()

def prev_wd(ref, wd):
    d = _d(ref)
    delta = (d.weekday() - _WD[wd]) % 7 or 7
    return (d - _dt.timedelta(days=delta)).isoformat()

def week(ref, delta_days=0):
    """ISO week (YYYY-Www) of the reference day plus `delta_days`."""
    y, w, _ = (_d(ref) + _dt.timedelta(days=delta_days)).isocalendar()
    return f"{y}-W{w:02d}"

def hour(ref):
    """The reference time cut to the hour, as YYYY-MM-DDTHH:00."""
    return ref[:13] + ":00"

def op(kind, status, location, agent=None, **extra):
    o = {"kind": kind, "status": status, "location": location}
    if agent:
        o["agent"] = agent
    o.update(extra)
    return o

def sc(event, value, grain, approximate, attribution_kind, stance, source=None, text=None, **extra):
    s = {"event": event, "value": value, "grain": grain, "approximate": approximate,
         "attribution_kind": attribution_kind}
    if source:
        s["source"] = source
    s["stance"] = stance
    if text:
        s["text"] = text
    s.update(extra)
    return s

def tm(text, value, grain):
    return {"text": text, "value": value, "grain": grain}

def qty(value, unit, qualifier="exact"):
    return {"value": value, "unit": unit, "qualifier": qualifier}
