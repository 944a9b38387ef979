"""A township whose name holds a county's short name (东兴镇 and 东兴市, 石楼镇 and 石楼县) is no
mention of that county: the county of a report about it comes from what else the text says.
A county named only as a partner (赴X县学习) is no evidence either.  Made-up heads; before the fix the
first gave the namesake county (东兴市), and so did the two partner rows."""
import pytest

from fupin_extract.model import Document
from fupin_extract.pipeline import process_document

ROWS = [
    # township in five counties, one of them 东兴市: nothing else said → no county
    ("dongxing_alone", "东兴镇2020年脱贫攻坚工作总结\n全镇贫困户100户。", None),
    ("shilou_alone", "石楼镇2019年扶贫工作汇报\n石楼镇共有建档立卡贫困户56户。", None),
    # the county written before the township names it
    ("dongxing_named", "东兴镇2020年脱贫攻坚工作总结\n东兴市东兴镇全镇贫困户100户。", "东兴市"),
    ("shilou_in_fangshan", "石楼镇2019年扶贫工作汇报\n房山区石楼镇共有建档立卡贫困户56户。", "房山区"),
    # the namesake county named only as a partner (赴X县学习, 考察交流) is no evidence, nor its short name
    # inside that name (before: 东兴市 and 金沙县)
    ("dongxing_partner", "东兴镇2020年脱贫攻坚工作总结\n全镇干部赴东兴市学习交流，全镇贫困户100户。", None),
    ("malu_partner", "马路乡2019年脱贫攻坚工作总结\n我乡组织村干部赴金沙县学习产业扶贫经验，全乡脱贫120户450人。", None),
    ("malu_led", "马路乡2019年脱贫攻坚工作总结\n在金沙县委、县政府的领导下，全乡脱贫120户450人。", "金沙县"),
]


@pytest.mark.parametrize("text,county", [pytest.param(t, c, id=r) for r, t, c in ROWS])
def test_namesake_township_is_no_county_mention(text, county):
    meta = process_document(Document("t", text))[0].meta
    assert meta["county"] == county, meta
