"""Sub-unit names of a report (村/社区 names, numbered 组), in order of first mention.

Each name keeps its suffix (``下辖龙池、同连等4个行政村`` gives 龙池村, 同连村); the reporting
unit and placeholders are left out.  A name is kept when it is listed in an enumeration, occurs at
least twice, or stands between boundaries once (（贡考村235人, 联胜村、乐北村).
"""
from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Set, Tuple

import regex

from fupin_extract.meaning.units import good_generic, strip_generic
from fupin_extract.rules.metadata import Rules
from fupin_extract.rules.text import text_rules
from fupin_extract.segment import TextIndex, find_all


@lru_cache(maxsize=4)
def _village_regex(suffixes: Tuple[str, ...], leads: Tuple[str, ...], ph: str, maxlen: int) -> "regex.Pattern":
    lead = "|".join(regex.escape(x) for x in leads)
    return regex.compile(
        r"(?<![\p{Han}%s])(?P<lead>%s)?(?P<name>\p{Han}{2,%d})(?P<suf>%s)" % (
            regex.escape(ph), lead, maxlen, "|".join(regex.escape(x) for x in suffixes)))


def _first_item(items: List[str], kind: str, text: str, R: Rules) -> str:
    """The first item of 下辖大铭、联春、金黄 is 下辖大铭: find where the name starts.

    The shortest ending of the item that occurs elsewhere as a name (大铭村, not preceded
    by the character before it here) wins; else common words are stripped from its start
    and it is cut to the most common length of the other items.
    """
    first = items[0]
    for k in range(2, len(first)):
        cand = first[-k:]
        prev = first[-k - 1]
        i = text.find(cand + kind)
        while i >= 0:
            if i == 0 or text[i - 1] != prev:
                return cand
            i = text.find(cand + kind, i + 1)
    first = strip_generic(first, R)
    lengths = Counter(len(x) for x in items[1:])
    mode = max(lengths.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    return first[-mode:] if len(first) > max(lengths) else first


def _windowed(pat: "regex.Pattern", text: str, suffixes: Sequence[str], back: int):
    """``pat.finditer(text, overlapped=True)``, scanning only the stretches that end in a suffix
    (村, 社区 …): a match ends with one, so nothing else can match.  Same matches, in order."""
    ends = sorted({i + len(suf) for suf in suffixes for i in find_all(text, suf)})
    longest = max((len(x) for x in suffixes), default=0)
    found = {}
    for e in ends:
        for m in pat.finditer(text, max(0, e - longest - back), e, overlapped=True):
            prev = found.get(m.start())
            if prev is None or m.end() > prev.end():  # the greedy match reaches the furthest suffix
                found[m.start()] = m
    for k in sorted(found):
        yield found[k]


_CHUNK_STOP_CHARS = text_rules().chars("list_chunk_stop")  # patterns/text.yaml
_CHUNK_STOP = regex.compile("[" + regex.escape(_CHUNK_STOP_CHARS) + "]")


def _list_chunks(text: str, kinds: Sequence[str], index: Optional[TextIndex] = None) -> List[Tuple[int, int]]:
    """Stretches between punctuation that no enumeration can contain, keeping those with a 、
    and a kind word (村, 社区): an enumeration (大铭、联春等7个行政村) lies inside one of them.
    The stops come from the text's index (``segment.TextIndex``, built here when not given)."""
    out: List[Tuple[int, int]] = []
    if "、" not in text:
        return out
    stops = (index if index is not None and index.text is text else TextIndex(text)).positions(_CHUNK_STOP)
    pos = 0
    L = len(text)
    while True:
        q = text.find("、", pos)
        if q < 0:
            return out
        # the last stop before the 、, at or after the one that ended the previous stretch
        k = bisect.bisect_left(stops, q)
        start = stops[k - 1] + 1 if k > 0 and stops[k - 1] >= pos - 1 else 0
        end = stops[k] if k < len(stops) else L
        if any(text.find(x, start, end) >= 0 for x in kinds):
            out.append((start, end))
        pos = end + 1


def _named(text: str, R: Rules, seen: Dict[str, int], sure: Set[str]) -> None:
    """Names with their suffix (龙池村): where each is first seen, and those whose start is
    certain (after a boundary, not followed by another Chinese character)."""
    pat = _village_regex(R.village_suffixes, R.village_leads, R.placeholder_chars, R.max_generic_name)
    unit_chars = set("".join(R.levels))
    multi_leads = tuple(x for x in R.village_leads if len(x) > 1)
    back = max((len(x) for x in R.village_leads), default=0) + R.max_generic_name + 1
    for m in _windowed(pat, text, R.village_suffixes, back=back):
        name, lead = m.group("name"), m.group("lead") or ""
        if len(lead) == 1 and len(name) > R.single_lead_max:
            continue
        if not good_generic(name, R) or unit_chars & set(name) or name.startswith(multi_leads):
            continue
        full = name + m.group("suf")
        seen.setdefault(full, m.start("name"))
        nxt = text[m.end():m.end() + 1]
        if not lead and not ("\u4e00" <= nxt <= "\u9fff"):
            sure.add(full)


def _listed_once(m, text: str, R: Rules, first_items: Dict[tuple, str], seen: Dict[str, int], sure: Set[str]):
    kind = m.group("kind")
    raw = m.group("items").split("、")
    items = [x[: -len(kind)] if x.endswith(kind) else x for x in raw]
    key = (tuple(items), kind)  # a report repeats its lists: work each out once
    if key not in first_items:
        first_items[key] = _first_item(items, kind, text, R)
    items[0] = first_items[key]
    is_ph = [any(c in R.placeholder_chars for c in x) for x in items]
    if not all(ph or good_generic(x, R) for x, ph in zip(items, is_ph)):
        return  # 帮扶责任人、挂片领导、驻村 is not a list of villages
    pos = m.start("items") + len(raw[0]) - len(items[0])
    for item, r, ph in zip(items, raw, is_ph):
        if not ph:
            full = item + kind
            sure.add(full)
            seen[full] = min(seen.get(full, pos), pos)
        pos += len(r) + 1


def _listed(text: str, R: Rules, seen: Dict[str, int], sure: Set[str], index: Optional[TextIndex] = None) -> None:
    """Names listed without their suffix (大铭、联春等7个行政村): all certain."""
    chunks = _list_chunks(text, R.village_suffixes, index) if R.enumerations else []
    first_items: Dict[tuple, str] = {}
    for rule in R.enumerations:
        for m in (m for lo, hi in chunks for m in rule.pattern.finditer(text, lo, hi)):
            _listed_once(m, text, R, first_items, seen, sure)


def _groups(text: str, R: Rules, first: Dict[str, int]) -> None:
    """Numbered groups right after a village name or 村 (龙池8组)."""
    stems = {n[:-1] if n.endswith("村") else n for n in first}
    longest = max((len(st) for st in stems), default=0)
    for m in R.group.finditer(text):
        before = text[max(0, m.start() - 4):m.start()]
        # a set lookup of the endings, not a scan of every stem per group number
        if before.endswith("村") or any(before[-k:] in stems for k in range(1, min(longest, len(before)) + 1)):
            first.setdefault(m.group(0), m.start())


def find_villages(text: str, R: Rules, exclude: Sequence[str] = (), index: Optional[TextIndex] = None) -> List[str]:
    """Sub-unit names (村/社区 names, numbered 组) in order of first mention, with suffix.

    A name is kept when it is listed in an enumeration (大铭、联春等7个行政村), occurs at
    least twice, or stands between boundaries once (（贡考村235人, 联胜村、乐北村).
    """
    seen: Dict[str, int] = {}
    sure: Set[str] = set()
    _named(text, R, seen, sure)
    _listed(text, R, seen, sure, index)
    names = {n for n in seen if n in sure or text.count(n) >= 2}
    # 与果然村 beside 果然村: the longer one starts with a lead word
    names = {n for n in names if not any(n != o and n.endswith(o) and n[:len(n) - len(o)] in R.village_leads
                                         for o in names)}
    first = {n: seen[n] for n in names if n not in exclude}
    _groups(text, R, first)
    return [n for n, _ in sorted(first.items(), key=lambda kv: (kv[1], kv[0]))]
