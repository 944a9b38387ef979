"""Audit by wording class, thirteenth round (session 13): misprinted relations in every shape of the earlier batteries
(a digit off, two parts swapped between total and list, a part left out), each with its holding twin; relation shapes
no battery had (a total after its parts across a paragraph, 分别 against a 共 total in the next sentence, a share with
its base a sentence before, 比重, 户均/人均 over two sentences, 较上年增加N户 with last year's figure elsewhere, signed
balances 识别 + 新增 − 脱贫 = 剩余, differences 比…多N元), each with its trap; and whole made-up documents
(``tests/data/s13/audit_*.txt``) whose relations span paragraphs.

Rows as in ``tests/test_audit_s10.py``: True — a finding of the kinds holds and none is an alarm; False — one is an
alarm; "no_alarm" — a mixture or unrelated numbers. ``NOT_YET`` holds the rows still read wrongly (xfail strict).
"""
import pathlib

import pytest

from test_audit_s10 import PRINTS, battery_params, findings_of, misread_in_print, reads_as_expected

DATA = pathlib.Path(__file__).parent / "data" / "s13"

CASES = [
    # ---- 1: misprints in the batteries' shapes, each with its holding twin
    ('enum', 'sum', '全村发展养殖业，养殖肉牛42头、37头、26头，共105头。', True),
    ('enum', 'sum', '全村发展养殖业，养殖肉牛42头、37头、26头，共115头。', False),
    ('enum', 'sum', '全镇新建产业路三条，长度分别为4.2公里、3.6公里、2.7公里，共计10.5公里。', True),
    ('enum', 'sum', '全镇新建产业路三条，长度分别为4.2公里、3.6公里、2.7公里，共计11.5公里。', False),
    ('pairs', 'sum', '其中，青龙村42户163人，白马村37户148人，金鸡村29户104人，合计108户415人。', True),
    ('pairs', 'sum', '其中，青龙村42户163人，白马村37户148人，金鸡村29户104人，合计108户451人。', False),
    ('pairs', 'sum', '全乡易地搬迁87户352人，其中：河东村46户187人，河西村41户165人。', True),
    ('pairs', 'sum', '全乡易地搬迁87户352人，其中：河东村46户187人，河西村41户156人。', False),
    ('items', 'sum', '2020年全村计划脱贫76户。一是产业脱贫，共计38户；二是就业脱贫，共计23户；三是兜底保障，共计15户。', True),
    ('items', 'sum', '2020年全村计划脱贫76户。一是产业脱贫，共计38户；二是就业脱贫，共计32户；三是兜底保障，共计15户。', False),
    ('headings', 'sum', '2019年全县计划脱贫3150户。\n（一）发展产业脱贫1420户。\n（二）转移就业脱贫960户。\n（三）易地搬迁脱贫380户。\n（四）社会保障兜底脱贫390户。', True),
    ('headings', 'sum', '2019年全县计划脱贫3150户。\n（一）发展产业脱贫1420户。\n（二）转移就业脱贫960户。\n（三）易地搬迁脱贫380户。\n（四）社会保障兜底脱贫930户。', False),
    ('kv', 'sum', '全乡贫困人口情况：\n一般贫困人口：1260人\n低保贫困人口：430人\n特困供养人口：85人\n合计：1775人', True),
    ('kv', 'sum', '全乡贫困人口情况：\n一般贫困人口：1260人\n低保贫困人口：430人\n特困供养人口：85人\n合计：1757人', False),
    ('type_list', 'sum', '全村有建档立卡贫困户64户，其中一般贫困户41户，低保户18户，五保户5户。', True),
    ('type_list', 'sum', '全村有建档立卡贫困户64户，其中一般贫困户41户，低保户18户，五保户8户。', False),
    ('halves', 'sum', '全县易地扶贫搬迁2460户，其中集中安置1980户，分散安置480户。', True),
    ('halves', 'sum', '全县易地扶贫搬迁2460户，其中集中安置1980户，分散安置580户。', False),
    ('share', 'share', '全乡建档立卡贫困人口3200人，已脱贫2880人，占贫困人口的90%。', True),
    ('share', 'share', '全乡建档立卡贫困人口3200人，已脱贫2880人，占贫困人口的80%。', False),
    ('share', 'share', '全村总户数520户，其中贫困户130户，占总户数的25%。', True),
    ('share', 'share', '全村总户数520户，其中贫困户130户，占总户数的52%。', False),
    ('growth', 'growth', '全镇村集体经济收入由2018年的45万元增加到2020年的72万元，增长60%。', True),
    ('growth', 'growth', '全镇村集体经济收入由2018年的45万元增加到2020年的72万元，增长70%。', False),
    ('growth', 'growth', '2020年全县贫困人口人均纯收入9720元，比上年增长8%。2019年全县贫困人口人均纯收入9000元。', True),
    ('growth', 'growth', '2020年全县贫困人口人均纯收入9720元，比上年增长9%。2019年全县贫困人口人均纯收入9000元。', False),
    ('ratio', 'ratio|per_unit', '全乡发放到户产业奖补资金216万元，覆盖贫困户540户，户均4000元。', True),
    ('ratio', 'ratio|per_unit', '全乡发放到户产业奖补资金216万元，覆盖贫困户540户，户均4500元。', False),
    ('ratio', 'ratio|per_unit', '全村设置公益性岗位36个，每个岗位每月补助500元，全年共发放补助21.6万元。', True),
    ('ratio', 'ratio|per_unit', '全村设置公益性岗位36个，每个岗位每月补助600元，全年共发放补助21.6万元。', False),
    ('complement', 'sum', '全村建档立卡贫困户58户，已脱贫52户，剩余未脱贫6户。', True),
    ('complement', 'sum', '全村建档立卡贫困户58户，已脱贫52户，剩余未脱贫8户。', False),
    ('incidence', 'share|ratio', '全乡农村人口18600人，现有贫困人口744人，贫困发生率4%。', True),
    ('incidence', 'share|ratio', '全乡农村人口18600人，现有贫困人口744人，贫困发生率5%。', False),
    # ---- 2: new shapes, each with its trap
    # a total after its parts, in a later sentence of the paragraph
    ('after', 'sum', '东风村识别贫困户34户。新民村识别贫困户27户。胜利村识别贫困户19户。以上合计80户。', True),
    ('after', 'sum', '东风村识别贫困户34户。新民村识别贫困户27户。胜利村识别贫困户19户。以上合计90户。', False),
    ('after', 'sum', '2018年脱贫126户；2019年脱贫214户；2020年脱贫98户。三年合计脱贫438户。', True),
    ('after', 'sum', '2018年脱贫126户；2019年脱贫214户；2020年脱贫98户。三年合计脱贫448户。', False),
    ('trap', 'sum', '东风村识别贫困户34户。新民村修建道路5公里。胜利村新建广场2个。全乡合计贫困户210户。', 'no_alarm'),
    # 分别 lists against a 共 total in the next sentence
    ('fenbie', 'sum', '甲、乙、丙三个村的贫困户分别为46户、38户、29户。三村共有贫困户113户。', True),
    ('fenbie', 'sum', '甲、乙、丙三个村的贫困户分别为46户、38户、29户。三村共有贫困户123户。', False),
    ('fenbie', 'sum', '2019年和2020年，全镇分别完成危房改造86户和64户，两年共完成150户。', True),
    ('fenbie', 'sum', '2019年和2020年，全镇分别完成危房改造86户和64户，两年共完成160户。', False),
    ('trap', 'sum', '甲、乙两村的贫困发生率分别为3.2%和2.8%。全镇共有贫困户320户。', 'no_alarm'),
    # a share whose base is a sentence before
    ('share_before', 'share', '全县建档立卡贫困人口28600人。其中因病致贫7150人，占比25%。', True),
    ('share_before', 'share', '全县建档立卡贫困人口28600人。其中因病致贫7150人，占比35%。', False),
    ('share_before', 'share', '全村共有贫困户150户。通过产业帮扶，90%的贫困户（135户）实现稳定增收。', True),
    ('share_before', 'share', '全村共有贫困户150户。通过产业帮扶，80%的贫困户（135户）实现稳定增收。', False),
    ('share_before', 'share', '全乡贫困人口2400人。其中劳动力人口960人，所占比重为40%。', True),
    ('share_before', 'share', '全乡贫困人口2400人。其中劳动力人口960人，所占比重为45%。', False),
    ('trap', 'share', '全乡贫困人口2400人。全乡森林覆盖率达到62%。', 'no_alarm'),
    # 户均/人均 with both terms in different sentences
    ('ratio_sent', 'ratio|per_unit', '全村共有贫困户80户。今年村集体向贫困户发放分红资金12万元。户均分红1500元。', True),
    ('ratio_sent', 'ratio|per_unit', '全村共有贫困户80户。今年村集体向贫困户发放分红资金12万元。户均分红1800元。', False),
    ('trap', 'ratio|per_unit', '全村共有贫困户80户。今年村集体经济收入12万元。全村户均耕地6亩。', 'no_alarm'),
    # growth with last year's figure given elsewhere
    ('growth_else', 'growth', '2019年全镇脱贫320户。2020年全镇脱贫416户，同比增长30%。', True),
    ('growth_else', 'growth', '2019年全镇脱贫320户。2020年全镇脱贫416户，同比增长35%。', False),
    ('growth_else', 'growth|sum', '2019年全县新增产业合作社124家。2020年全县新增产业合作社158家，较上年增加34家。', True),
    ('growth_else', 'growth|sum', '2019年全县新增产业合作社124家。2020年全县新增产业合作社158家，较上年增加44家。', False),
    ('trap', 'growth', '2019年全镇脱贫320户。2020年全县农村居民人均可支配收入增长9%。', 'no_alarm'),
    # signed balances
    ('signed', 'sum|balance', '2019年底全村有贫困户46户。2020年新识别贫困户4户，脱贫退出42户，年底剩余贫困户8户。', True),
    ('signed', 'sum|balance', '2019年底全村有贫困户46户。2020年新识别贫困户4户，脱贫退出42户，年底剩余贫困户6户。', False),
    ('signed', 'sum|balance', '全乡建档立卡贫困人口1820人，动态调整新增36人、返贫12人，累计脱贫1690人，剩余贫困人口178人。', True),
    ('signed', 'sum|balance', '全乡建档立卡贫困人口1820人，动态调整新增36人、返贫12人，累计脱贫1690人，剩余贫困人口198人。', False),
    ('trap', 'sum|balance', '全村有贫困户46户。2020年新建蔬菜大棚4个，修建水池42口，年底剩余资金8万元。', 'no_alarm'),
    # differences
    ('difference', 'sum|growth', '提高标准后，贫困户住院报销比例达到90%，比提高前的75%提高15个百分点。', True),
    ('difference', 'sum|growth', '提高标准后，贫困户住院报销比例达到90%，比提高前的75%提高20个百分点。', False),
    ('difference', 'sum|growth', '调整后全县低保标准为每人每年4800元，比调整前的4200元多600元。', True),
    ('difference', 'sum|growth', '调整后全县低保标准为每人每年4800元，比调整前的4200元多800元。', False),
    ('trap', 'sum|growth', '调整后全县低保标准为每人每年4800元。全县特困供养人员1200人。', 'no_alarm'),
]

#: rows still read wrongly (batch 1, written before its fixes: 16 of 69 read wrongly, no false alarm)
NOT_YET: set = {
    '全村共有贫困户80户。今年村集体向贫困户发放分红资金12万元。户均分红1500元。',
    '全村共有贫困户80户。今年村集体向贫困户发放分红资金12万元。户均分红1800元。',
    '2019年底全村有贫困户46户。2020年新识别贫困户4户，脱贫退出42户，年底剩余贫困户8户。',
    '2019年底全村有贫困户46户。2020年新识别贫困户4户，脱贫退出42户，年底剩余贫困户6户。',
    '提高标准后，贫困户住院报销比例达到90%，比提高前的75%提高15个百分点。',
    '提高标准后，贫困户住院报销比例达到90%，比提高前的75%提高20个百分点。',
    '调整后全县低保标准为每人每年4800元，比调整前的4200元多600元。',
    '调整后全县低保标准为每人每年4800元，比调整前的4200元多800元。',
}


@pytest.mark.parametrize("klass,kind,text,expected", list(battery_params(CASES, NOT_YET, "s13")))
def test_thirteenth_round(klass, kind, text, expected):
    ok, shown = reads_as_expected(kind, text, expected)
    assert ok, shown


@pytest.mark.parametrize("name", sorted(PRINTS))
def test_thirteenth_round_reads_the_same_in_other_print(name):
    wrong = misread_in_print(CASES, NOT_YET, name)
    assert not wrong, wrong
