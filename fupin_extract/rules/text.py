"""``patterns/text.yaml``: the marks and words of a text's structure in one record, :class:`TextRules`.

Character classes (stop sets) by name, the list joiners, the breakdown cues, the period cues and
the heading shapes.  Every step reads its stops from here (``text_rules().regex("strong_end")``),
so "sentence" and "clause" are written once, and a class's examples run as tests.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

import regex

from fupin_extract.model import PatternError
from fupin_extract.rules.base import check_keys, compile_regex, load_yaml, optional_list, pattern_file, str_list, where

TEXT_FILE = "text.yaml"
FILE_KEYS = {"classes", "lists", "breakdown", "governed", "phrases", "period", "headings", "wrap"}
WRAP_KEYS = {"min_width", "full_ratio", "min_lines", "share", "line_share", "run_on", "own_line", "page_line", "examples"}
PHRASE_KEYS = {"pattern", "used_by", "whole", "examples"}
CLASS_KEYS = {"chars", "of", "used_by", "examples"}
LISTS_KEYS = {"name_joiners", "item_joiners"}
BREAKDOWN_KEYS = {"parts_open", "qizhong", "examples"}
SUBJECT_AFTER_KEYS = {"lead", "examples"}
GOVERNED_KEYS = {"lead", "time", "attributes", "benefit", "beneficiaries", "subject_after", "examples"}
PERIOD_KEYS = {"year", "plans", "relative", "cues"}
CUE_KEYS = {"name", "pattern", "examples"}
HEADINGS_KEYS = {"indent", "shapes"}
SHAPE_KEYS = {"name", "pattern", "examples"}


@dataclass(frozen=True)
class CharClass:
    name: str
    chars: str  # each character once, in the order written (classes of ``of`` first)
    used_by: Tuple[str, ...] = ()
    examples: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()  # (text, pieces)


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: str  # {year} already replaced
    examples: Tuple[Tuple[str, str], ...] = ()  # (text, match)


@dataclass(frozen=True)
class Phrase:
    """A regular expression of domain wording that a step reads by name (``phrases`` of the file)."""
    name: str
    pattern: str
    used_by: Tuple[str, ...] = ()
    whole: bool = False  # examples are judged by a match of the whole text (else: found in it)
    match: Tuple[str, ...] = ()
    no_match: Tuple[str, ...] = ()


@dataclass(frozen=True)
class HeadingShape:
    name: str
    pattern: str
    match: Tuple[str, ...] = ()
    no_match: Tuple[str, ...] = ()


@dataclass(frozen=True)
class WrapRules:
    """When a line break is a soft wrap (``wrap`` of the file: segment.soft_breaks)."""
    min_width: int
    full_ratio: float
    min_lines: int  # a page's width needs at least this many lines that may be wrapped …
    share: float  # … and this share of them near it …
    line_share: float  # … and of all its text lines
    run_on: int  # a line this long is a flattened page's (segment.lost_breaks)
    own_line: str  # a line this matches whole stands alone
    page_line: str  # a page number line (page furniture: a wrap goes on across it)
    examples: Tuple[Tuple[str, str], ...] = ()  # (text, the text with its soft breaks cut out)


@dataclass(frozen=True)
class TextRules:
    classes: Dict[str, CharClass]
    name_joiners: Tuple[str, ...]
    #: words joining the last item of a list of figures (8210人、6530人和2140人)
    item_joiners: Tuple[str, ...]
    parts_open: Tuple[str, ...]
    qizhong: Tuple[str, ...]
    breakdown_examples: Tuple[Tuple[str, str], ...]
    #: a bare clause: at most an attribute word and a lead word before its figure (governed.*)
    bare_lead: Tuple[str, ...]
    bare_attributes: Tuple[str, ...]
    #: a benefit verb and the beneficiaries it may name (惠及贫困户): an attribute of the earlier subject
    bare_benefit: Tuple[str, ...]
    bare_time: str  # a time that may open a bare clause (2020年达到8万元)
    bare_beneficiaries: Tuple[str, ...]
    #: what may stand before a figure whose subject and predicate follow it (有2360户实现搬迁)
    subject_after: str
    subject_after_examples: Tuple[Tuple[str, str], ...]
    bare_examples: Tuple[Tuple[str, bool], ...]
    phrases: Dict[str, Phrase]
    year: str
    plans: Dict[str, Tuple[int, int]]
    #: a year named relative to the report's (去年 → -1, 明年 → +1): what a `last` cue counts back
    relative: Dict[str, int]
    period_cues: Tuple[Cue, ...]
    heading_indent: str
    heading_shapes: Tuple[HeadingShape, ...]
    wrap: WrapRules

    # ------------------------------------------------------------ character classes
    def chars(self, name: str) -> str:
        """The characters of class ``name`` as a string (in the order written)."""
        try:
            return self.classes[name].chars
        except KeyError:
            raise KeyError(f"patterns/text.yaml has no class {name!r}; classes: {sorted(self.classes)}") from None

    def charset(self, name: str) -> FrozenSet[str]:
        return frozenset(self.chars(name))

    def bracket(self, name: str, negate: bool = False) -> str:
        """The class as a regular-expression character set: ``[。！？]`` (``[^。！？]`` with ``negate``)."""
        body = "".join("\\n" if c == "\n" else regex.escape(c) for c in self.chars(name))
        return f"[{'^' if negate else ''}{body}]"

    def regex(self, name: str, run: bool = False) -> "regex.Pattern":
        """One character of the class (a run of them with ``run``)."""
        return regex.compile(self.bracket(name) + ("+" if run else ""))

    def split(self, name: str, text: str) -> List[str]:
        """``text`` cut after every run of the class's characters ("".join gives ``text``)."""
        out, a = [], 0
        for m in self.regex(name, run=True).finditer(text):
            out.append(text[a:m.end()])
            a = m.end()
        if a < len(text):
            out.append(text[a:])
        return out

    # ------------------------------------------------------------ words and cues
    def words_regex(self, words) -> "regex.Pattern":
        return regex.compile("|".join(regex.escape(w) for w in words))

    def phrase(self, name: str, reverse: bool = False) -> "regex.Pattern":
        """The phrase ``name`` compiled (searching backwards with ``reverse``)."""
        try:
            pattern = self.phrases[name].pattern
        except KeyError:
            raise KeyError(f"patterns/text.yaml has no phrase {name!r}; phrases: {sorted(self.phrases)}") from None
        return regex.compile(("(?r)" if reverse else "") + pattern)

    @property
    def bare_regex(self) -> "regex.Pattern":
        """What may stand before a bare clause's figure: an attribute word, then a lead word,
        each optional (``金额共计``, ``涉及人口``, ``共有``); a benefit verb with the beneficiaries it
        may name is an attribute too (``惠及贫困户``); longest words first."""
        def alt(words):
            return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        # a benefit verb may take an adverb of extent before it (累计安置, 共惠及, 已带动)
        attribute = (rf"{alt(self.bare_attributes)}|(?:累计|共|已|可|直接)?(?:{alt(self.bare_benefit)})"
                     rf"(?:{alt(self.bare_beneficiaries)})?")
        return regex.compile(rf"\s*(?:(?:{self.bare_time})\s*)?(?:(?:{attribute})\s*)?(?:{alt(self.bare_lead)})?\s*")

    @property
    def period_regex(self) -> "regex.Pattern":
        """The period cues as one pattern: the alternatives in order, each with its named group."""
        return regex.compile("|".join(c.pattern for c in self.period_cues))

    def heading_shape(self, name: str) -> str:
        return next(s.pattern for s in self.heading_shapes if s.name == name)

    @property
    def heading_regex(self) -> "regex.Pattern":
        """A heading's number at the start of a line: the indent, then one of the shapes."""
        return regex.compile(f"^{self.heading_indent}(?:" + "|".join(s.pattern for s in self.heading_shapes) + ")")


# --------------------------------------------------------------------------- loading
def _class_chars(path: Path, classes: Any, name: str, done: Dict[str, str], stack: Tuple[str, ...]) -> str:
    if name in done:
        return done[name]
    if name not in classes:
        raise PatternError(f"{where(path, classes)}: class {stack[-1]!r} names unknown class {name!r}")
    if name in stack:
        raise PatternError(f"{where(path, classes[name])}: class {name!r} holds itself ({' → '.join(stack + (name,))})")
    entry = classes[name]
    check_keys(path, entry, CLASS_KEYS, {"examples"}, f"class {name!r}")
    if "chars" not in entry and "of" not in entry:
        raise PatternError(f"{where(path, entry)}: class {name!r} needs chars or of")
    parts = [_class_chars(path, classes, o, done, stack + (name,)) for o in optional_list(path, entry, "of")]
    chars = entry.get("chars", "")
    if not isinstance(chars, str):
        raise PatternError(f"{where(path, entry)}: chars of class {name!r} must be a string")
    done[name] = "".join(dict.fromkeys("".join(parts) + chars))
    return done[name]


def _examples(path: Path, obj: Any, keys: Tuple[str, str], what: str) -> list:
    value = obj.get("examples")
    if not isinstance(value, list) or not value:
        raise PatternError(f"{where(path, obj)}: {what} needs at least one example")
    for ex in value:
        check_keys(path, ex, set(keys), set(keys), f"example of {what}")
    return value


def _classes(path: Path, classes: Any) -> Dict[str, CharClass]:
    if not isinstance(classes, dict) or not classes:
        raise PatternError(f"{where(path, classes)}: classes must be a non-empty mapping")
    done: Dict[str, str] = {}
    out = {}
    for name, entry in classes.items():
        chars = _class_chars(path, classes, name, done, ())
        exs = _examples(path, entry, ("text", "pieces"), f"class {name!r}")
        out[name] = CharClass(name, chars, tuple(optional_list(path, entry, "used_by")),
                              tuple((str(e["text"]), tuple(str_list(path, e, e["pieces"], "pieces"))) for e in exs))
    return out


def _phrases(path: Path, phrases: Any) -> Dict[str, Phrase]:
    if not isinstance(phrases, dict) or not phrases:
        raise PatternError(f"{where(path, phrases)}: phrases must be a non-empty mapping")
    out = {}
    for name, entry in phrases.items():
        check_keys(path, entry, PHRASE_KEYS, {"pattern", "used_by", "examples"}, f"phrase {name!r}")
        pat = compile_regex(path, entry, entry["pattern"], name).pattern
        ex = entry["examples"]
        check_keys(path, ex, {"match", "no_match"}, {"match"}, f"examples of phrase {name!r}")
        out[name] = Phrase(name, pat, tuple(str_list(path, entry, entry["used_by"], "used_by")),
                           bool(entry.get("whole", False)), tuple(str_list(path, ex, ex["match"], "match")),
                           tuple(optional_list(path, ex, "no_match")))
    return out


def _section(path: Path, section: Any, keys: set, head: str, items: str, item_keys: set,
             what: str, item_what: str, required: Optional[set] = None) -> Tuple[str, list]:
    """A section of a regular expression ``head`` and a list ``items`` of entries, checked:
    the head's pattern and the entries (period: year and cues; headings: indent and shapes)."""
    check_keys(path, section, keys, keys if required is None else required, what)
    pattern = compile_regex(path, section, section[head], f"{what}.{head}").pattern
    entries = section[items] or []
    for entry in entries:
        check_keys(path, entry, item_keys, item_keys, item_what)
    return pattern, entries


def _plans(path: Path, period: Any) -> Dict[str, Tuple[int, int]]:
    plans = period.get("plans") or {}
    if not isinstance(plans, dict):
        raise PatternError(f"{where(path, period)}: period.plans must map a plan to [first year, last year]")
    out = {}
    for name, span in plans.items():
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(y, int) for y in span) and span[0] <= span[1]):
            raise PatternError(f"{where(path, period)}: period.plans {name!r} must be [first year, last year]")
        out[str(name)] = (span[0], span[1])
    return out


def _relative(path: Path, period: Any) -> Dict[str, int]:
    rel = period.get("relative") or {}
    if not isinstance(rel, dict) or not all(isinstance(v, int) and not isinstance(v, bool) for v in rel.values()):
        raise PatternError(f"{where(path, period)}: period.relative must map a word to a whole number of years")
    return {str(k): v for k, v in rel.items()}


def _period(path: Path, period: Any) -> Tuple[str, Tuple[Cue, ...]]:
    year, entries = _section(path, period, PERIOD_KEYS, "year", "cues", CUE_KEYS, "period", "period cue",
                             required={"year", "cues"})
    cues = []
    for entry in entries:
        name = entry["name"]
        pat = compile_regex(path, entry, str(entry["pattern"]).replace("{year}", year), name).pattern
        if name not in regex.compile(pat).groupindex:
            raise PatternError(f"{where(path, entry)}: period cue {name!r} has no group (?P<{name}>…)")
        exs = _examples(path, entry, ("text", "match"), f"period cue {name!r}")
        cues.append(Cue(name, pat, tuple((str(e["text"]), str(e["match"])) for e in exs)))
    return year, tuple(cues)


def _headings(path: Path, headings: Any) -> Tuple[str, Tuple[HeadingShape, ...]]:
    indent, entries = _section(path, headings, HEADINGS_KEYS, "indent", "shapes", SHAPE_KEYS, "headings",
                               "heading shape")
    shapes = []
    for entry in entries:
        pat = compile_regex(path, entry, entry["pattern"], entry["name"]).pattern
        ex = entry["examples"]
        check_keys(path, ex, {"match", "no_match"}, {"match"}, f"examples of heading shape {entry['name']!r}")
        shapes.append(HeadingShape(entry["name"], pat, tuple(str_list(path, ex, ex["match"], "match")),
                                   tuple(optional_list(path, ex, "no_match"))))
    return indent, tuple(shapes)


def _wrap(path: Path, wrap: Any) -> WrapRules:
    check_keys(path, wrap, WRAP_KEYS, WRAP_KEYS, "wrap")
    width, ratio = wrap["min_width"], wrap["full_ratio"]
    if not (isinstance(width, int) and not isinstance(width, bool) and width > 0):
        raise PatternError(f"{where(path, wrap)}: wrap.min_width must be a positive whole number")
    if not (isinstance(ratio, (int, float)) and 0 < ratio <= 1):
        raise PatternError(f"{where(path, wrap)}: wrap.full_ratio must be a number in (0, 1]")
    lines = wrap["min_lines"]
    for key in ("min_lines", "run_on"):
        if not (isinstance(wrap[key], int) and not isinstance(wrap[key], bool) and wrap[key] > 0):
            raise PatternError(f"{where(path, wrap)}: wrap.{key} must be a positive whole number")
    for key in ("share", "line_share"):
        if not (isinstance(wrap[key], (int, float)) and 0 < wrap[key] <= 1):
            raise PatternError(f"{where(path, wrap)}: wrap.{key} must be a number in (0, 1]")
    own = compile_regex(path, wrap, wrap["own_line"], "wrap.own_line").pattern
    page = compile_regex(path, wrap, wrap["page_line"], "wrap.page_line").pattern
    exs = _examples(path, wrap, ("text", "joined"), "wrap")
    return WrapRules(width, float(ratio), lines, float(wrap["share"]), float(wrap["line_share"]), wrap["run_on"], own, page,
                     tuple((str(e["text"]), str(e["joined"])) for e in exs))


def load_text_rules(path: Path) -> TextRules:
    """Load and validate ``text.yaml``; every error names the file and line."""
    path = Path(path)
    data = load_yaml(path)
    check_keys(path, data, FILE_KEYS, FILE_KEYS, "text file")
    check_keys(path, data["lists"], LISTS_KEYS, LISTS_KEYS, "lists")
    bd = data["breakdown"]
    check_keys(path, bd, BREAKDOWN_KEYS, BREAKDOWN_KEYS, "breakdown")
    gv = data["governed"]
    check_keys(path, gv, GOVERNED_KEYS, GOVERNED_KEYS, "governed")
    check_keys(path, gv["subject_after"], SUBJECT_AFTER_KEYS, SUBJECT_AFTER_KEYS, "governed.subject_after")
    year, cues = _period(path, data["period"])
    indent, shapes = _headings(path, data["headings"])
    return TextRules(
        classes=_classes(path, data["classes"]),
        name_joiners=tuple(str_list(path, data["lists"], data["lists"]["name_joiners"], "name_joiners")),
        item_joiners=tuple(str_list(path, data["lists"], data["lists"]["item_joiners"], "item_joiners")),
        parts_open=tuple(str_list(path, bd, bd["parts_open"], "parts_open")),
        qizhong=tuple(str_list(path, bd, bd["qizhong"], "qizhong")),
        breakdown_examples=tuple((str(e["text"]), str(e["cue"])) for e in _examples(path, bd, ("text", "cue"), "breakdown")),
        bare_lead=tuple(str_list(path, gv, gv["lead"], "lead")),
        bare_attributes=tuple(str_list(path, gv, gv["attributes"], "attributes")),
        bare_benefit=tuple(str_list(path, gv, gv["benefit"], "benefit")),
        bare_time=compile_regex(path, gv, gv["time"], "time").pattern,
        bare_beneficiaries=tuple(str_list(path, gv, gv["beneficiaries"], "beneficiaries")),
        subject_after=compile_regex(path, gv["subject_after"], gv["subject_after"]["lead"], "lead").pattern,
        subject_after_examples=tuple((str(e["text"]), str(e["expect"])) for e in _examples(
            path, gv["subject_after"], ("text", "expect"), "subject_after")),
        bare_examples=tuple((str(e["text"]), bool(e["bare"])) for e in _examples(path, gv, ("text", "bare"), "governed")),
        phrases=_phrases(path, data["phrases"]),
        year=year, plans=_plans(path, data["period"]), relative=_relative(path, data["period"]), period_cues=cues, heading_indent=indent, heading_shapes=shapes,
        wrap=_wrap(path, data["wrap"]),
    )


@lru_cache(maxsize=4)
def text_rules(folder: Optional[str] = None) -> TextRules:
    """The text rules of ``folder`` (default: the patterns folder; the package's own file when
    that folder has none)."""
    return load_text_rules(pattern_file(TEXT_FILE, folder))
