"""Chinese in matplotlib plots: one call, :func:`use_chinese_font`.

matplotlib (≥ 3.6) picks a font per glyph from the list in ``font.family``.  A CJK font alone
is not enough: Droid Sans Fallback, for instance, has no digits or Latin letters, so axis ticks
become boxes.  :func:`use_chinese_font` therefore sets a Latin font first (DejaVu Sans, which
matplotlib ships) and a CJK font after it, so that every glyph has a font:

>>> from fupin_extract.plotting import use_chinese_font
>>> use_chinese_font()                         # doctest: +SKIP
'WenQuanYi Micro Hei'

The CJK font comes from the machine: ``tests/setup_extra.sh`` (run by ``make test`` and
``make notebooks``) installs Debian's ``fonts-wqy-microhei``; any font of :data:`CJK_FONTS`
found by matplotlib, or in :data:`FONT_DIRS`, will do.  Without one a :class:`NoChineseFont`
error says what to install, instead of a plot full of boxes.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Sequence

import matplotlib
from matplotlib import font_manager

#: the Latin font tried first for every glyph (shipped with matplotlib)
LATIN_FONT = "DejaVu Sans"
#: CJK fonts in order of preference (family names as matplotlib knows them)
CJK_FONTS = (
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
    "Source Han Sans CN", "Sarasa Gothic SC", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC",
    "AR PL UMing CN", "Droid Sans Fallback",
)
#: folders searched for CJK font files matplotlib has not registered yet
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"),
             str(Path.home() / ".local/share/fonts"))
#: characters a CJK font must have to count
PROBE = "贫困发生率"


class NoChineseFont(RuntimeError):
    """No CJK font on this machine (install ``fonts-wqy-microhei`` or run ``tests/setup_extra.sh``)."""


def _families() -> set:
    return {f.name for f in font_manager.fontManager.ttflist}


def _register_font_files(dirs: Sequence[str]) -> None:
    """Add the TrueType/OpenType files under ``dirs`` that matplotlib does not know yet."""
    known = {f.fname for f in font_manager.fontManager.ttflist}
    for d in dirs:
        root = Path(d)
        if not root.is_dir():
            continue
        for f in sorted(root.rglob("*")):
            if f.suffix.lower() in (".ttf", ".ttc", ".otf") and str(f) not in known:
                try:
                    font_manager.fontManager.addfont(str(f))
                except (OSError, RuntimeError, ValueError):
                    continue


def find_chinese_font(preferred: Sequence[str] = CJK_FONTS, dirs: Sequence[str] = FONT_DIRS) -> Optional[str]:
    """The first family of ``preferred`` that matplotlib can use (font files in ``dirs`` are
    registered first when none is known yet), or ``None``."""
    fams = _families()
    hit = next((f for f in preferred if f in fams), None)
    if hit is None:
        _register_font_files(dirs)
        fams = _families()
        hit = next((f for f in preferred if f in fams), None)
    return hit


def font_list(cjk: str, latin: str = LATIN_FONT) -> List[str]:
    """The per-glyph fallback list: the Latin font first, then the CJK font, then sans-serif."""
    return [latin, cjk, "sans-serif"]


def use_chinese_font(preferred: Sequence[str] = CJK_FONTS) -> str:
    """Make matplotlib draw Chinese, digits and Latin letters (a per-glyph fallback list:
    :data:`LATIN_FONT`, then a CJK font); returns the CJK family used.

    Raises :class:`NoChineseFont` when the machine has no CJK font.
    """
    cjk = find_chinese_font(preferred)
    if cjk is None:
        raise NoChineseFont("no CJK font for matplotlib: install one, e.g. `apt-get install fonts-wqy-microhei` "
                            "(tests/setup_extra.sh does), then call use_chinese_font() again")
    matplotlib.rcParams["font.family"] = font_list(cjk)
    matplotlib.rcParams["axes.unicode_minus"] = True  # DejaVu Sans has U+2212
    return cjk
