"""Chinese in plots: fupin_extract.plotting.use_chinese_font() gives every glyph a font.

The test renders a plot whose title, tick labels and legend mix Chinese, digits and Latin letters
and asserts that matplotlib warns about no missing glyph ("Glyph … missing from font(s) …").
The CJK font is installed by tests/setup_extra.sh (Debian fonts-wqy-microhei)."""
from __future__ import annotations

import io
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from fupin_extract import plotting  # noqa: E402

LABELS = ["大铭乡 2014", "花园乡 2020", "Village 3 (B级)"]


def _render() -> list:
    """Draw a plot with Chinese, digits and Latin letters; the glyph warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots(figsize=(4, 3))
        ax.bar(range(3), [8.5, 0.8, 12.25], label="贫困发生率 (%) 2014–2020")
        ax.set_xticks(range(3))
        ax.set_xticklabels(LABELS)
        ax.set_title("扶贫资金 715万元, −3.5%")
        ax.set_ylabel("percent / 百分比")
        ax.legend()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        plt.close(fig)
    return [str(w.message) for w in caught if "Glyph" in str(w.message) and "missing" in str(w.message)]


@pytest.fixture()
def rc():
    with matplotlib.rc_context():
        yield


def test_a_plot_with_chinese_and_digits_has_no_missing_glyph(rc):
    cjk = plotting.use_chinese_font()
    assert cjk in plotting.CJK_FONTS
    assert _render() == []


def test_the_fallback_list_puts_a_latin_font_first(rc):
    cjk = plotting.use_chinese_font()
    family = matplotlib.rcParams["font.family"]
    assert family[0] == plotting.LATIN_FONT and family[1] == cjk


def test_without_the_helper_chinese_labels_are_boxes(rc):
    """What the helper prevents: DejaVu Sans alone has no Chinese glyphs (the test above can fail)."""
    matplotlib.rcParams["font.family"] = ["DejaVu Sans"]
    assert any("missing" in w for w in _render())


def test_no_cjk_font_is_a_clear_error(rc):
    with pytest.raises(plotting.NoChineseFont, match="fonts-wqy-microhei"):
        plotting.use_chinese_font(preferred=("No Such Font 123",))
