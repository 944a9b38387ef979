"""Audit by wording class, twelfth round (session 12): new passages for session 11's ``NOT_YET`` classes (parts under
headings with no plan word in the total, 一是…，共N户 items, a cue-less total then place lines, a second breakdown on its
own line, a share over a key:value list, the old figure after 比上年, 人均每年 after a count of people), each with its
trap; ratios (户均/人均), growth across sentences; and whole made-up documents (``tests/data/s12/audit_*.txt``) whose
relations span paragraphs, two of them with planted failures.

Rows as in ``tests/test_audit_s10.py``: True — a finding of the kinds holds and none is an alarm; False — one is an
alarm; "no_alarm" — a mixture. ``NOT_YET`` holds the rows still read wrongly (xfail strict).
"""
import json
import pathlib

import pytest

from fupin_extract.cli.app import main
from test_audit_s10 import PRINTS, assert_planted_alarms, battery_params, misread_in_print, reads_as_expected

DATA = pathlib.Path(__file__).parent / "data" / "s12"

CASES = [
    # ---- A: parts under headings, the total with no plan word
    ('headings', 'sum', '三、工作成效\n截至2019年底，全乡累计减少贫困人口1240人。\n（一）产业带动\n依托食用菌、生猪养殖等产业，带动减贫520人。\n（二）转移就业\n开展技能培训和劳务输出，就业减贫430人。\n（三）政策兜底\n纳入低保和特困供养，兜底减贫290人。', True),
    ('headings', 'sum', '三、工作成效\n截至2019年底，全乡累计减少贫困人口1240人。\n（一）产业带动\n依托食用菌、生猪养殖等产业，带动减贫520人。\n（二）转移就业\n开展技能培训和劳务输出，就业减贫430人。\n（三）政策兜底\n纳入低保和特困供养，兜底减贫340人。', False),
    ('headings', 'sum', '2020年，全县退出贫困户2860户。\n1.产业扶持\n扶持发展产业，退出1350户。\n2.就业帮扶\n推荐就业岗位，退出910户。\n3.兜底保障\n兜底保障退出600户。', True),
    ('headings', 'sum', '2020年，全县退出贫困户2860户。\n1.产业扶持\n扶持发展产业，退出1350户。\n2.就业帮扶\n推荐就业岗位，退出910户。\n3.兜底保障\n兜底保障退出700户。', False),
    ('mixture', 'sum', '2020年，全县退出贫困户2860户。\n1.产业扶持\n扶持贫困户发展产业2300户。\n2.健康帮扶\n贫困户家庭医生签约2860户。\n3.教育帮扶\n资助贫困学生1900人。', 'no_alarm'),
    ('mixture', 'sum', '全镇实现脱贫830户。\n（一）产业扶贫\n带动脱贫户发展种养业610户。\n（二）金融扶贫\n发放小额信贷覆盖脱贫户420户。', 'no_alarm'),
    # ---- B: 一是…，共N户 items against a total
    ('items', 'sum', '全村2019年计划脱贫92户。一是产业脱贫，共40户；二是就业脱贫，共27户；三是兜底脱贫，共25户。', True),
    ('items', 'sum', '全村2019年计划脱贫92户。一是产业脱贫，共40户；二是就业脱贫，共27户；三是兜底脱贫，共35户。', False),
    ('items', 'sum', '全镇今年改造农村危房186户：\n一是C级危房加固维修，共计108户；\n二是D级危房拆除重建，共计78户。', True),
    ('items', 'sum', '全镇今年改造农村危房186户：\n一是C级危房加固维修，共计108户；\n二是D级危房拆除重建，共计68户。', False),
    ('mixture', 'sum', '全乡贫困户540户。一是发展产业，共扶持420户；二是健康扶贫，共签约家庭医生540户；三是教育扶贫，共资助学生310人。', 'no_alarm'),
    # ---- C: cue-less total, then place lines
    ('villages', 'sum', '全镇易地扶贫搬迁户146户602人。\n安置点一：新华社区58户241人；\n安置点二：幸福小区52户213人；\n安置点三：和谐社区36户148人。', True),
    ('villages', 'sum', '全镇易地扶贫搬迁户146户602人。\n安置点一：新华社区58户241人；\n安置点二：幸福小区52户213人；\n安置点三：和谐社区46户148人。', False),
    ('villages', 'sum', '全乡现有贫困人口930人。\n东山村310人；\n西岭村280人；\n南坪村340人。', True),
    ('villages', 'sum', '全乡现有贫困人口930人。\n东山村310人；\n西岭村280人；\n南坪村360人。', False),
    ('mixture', 'sum', '全乡现有贫困人口930人。\n东山村总人口2310人；\n西岭村总人口1980人；\n南坪村总人口2040人。', 'no_alarm'),
    # ---- D: a second breakdown on its own line
    ('two_dims', 'sum', '全村建档立卡贫困户88户。\n按致贫原因分：因病致贫35户，因学致贫21户，缺劳力32户。\n按贫困类型分：一般贫困户60户，低保户22户，五保户6户。', True),
    ('two_dims', 'sum', '全村建档立卡贫困户88户。\n按致贫原因分：因病致贫35户，因学致贫21户，缺劳力32户。\n按贫困类型分：一般贫困户60户，低保户22户，五保户9户。', False),
    ('two_dims', 'sum', '全乡未脱贫人口412人。\n从致贫原因看：因病162人，因残118人，缺劳力132人。\n从年龄结构看：60岁以上196人，16至60岁170人，16岁以下46人。', True),
    ('two_dims', 'sum', '全乡未脱贫人口412人。\n从致贫原因看：因病162人，因残118人，缺劳力132人。\n从年龄结构看：60岁以上196人，16至60岁170人，16岁以下56人。', False),
    ('mixture', 'sum', '全村建档立卡贫困户88户。\n按致贫原因分：因病致贫35户，因学致贫21户，缺劳力32户。\n享受政策情况：纳入低保30户，签约家庭医生88户，参加合作社64户。', 'no_alarm'),
    # ---- E: a share over a key:value list
    ('share_kv', 'share|ratio', '全乡贫困家庭学生中，有95%享受了教育资助。\n资助情况：\n在校贫困学生数：420人\n享受资助学生数：399人', True),
    ('share_kv', 'share|ratio', '全乡贫困家庭学生中，有85%享受了教育资助。\n资助情况：\n在校贫困学生数：420人\n享受资助学生数：399人', False),
    ('share_kv', 'share|ratio', '全村危房改造完成率为80%。\n计划改造户数：45户\n已完成户数：36户', True),
    ('share_kv', 'share|ratio', '全村危房改造完成率为90%。\n计划改造户数：45户\n已完成户数：36户', False),
    ('mixture', 'share|ratio', '全村贫困户中，有60%加入了合作社。\n基本情况：\n总人口：1860人\n耕地面积：2400亩', 'no_alarm'),
    # ---- F: the old figure after 比上年
    ('growth', 'growth', '2020年全乡村集体经济收入总额达到84万元，比上年增长20%。2019年全乡村集体经济收入总额为70万元。', True),
    ('growth', 'growth', '2020年全乡村集体经济收入总额达到84万元，比上年增长25%。2019年全乡村集体经济收入总额为70万元。', False),
    ('growth', 'growth|sum', '2020年全县脱贫人口人均纯收入11660元，比上年增加1060元。2019年全县脱贫人口人均纯收入10600元。', True),
    ('growth', 'growth|sum', '2020年全县脱贫人口人均纯收入11660元，比上年增加1260元。2019年全县脱贫人口人均纯收入10600元。', False),
    ('mixture', 'growth', '2020年全县农村居民人均可支配收入13200元，比上年增长9%。2019年全县城镇居民人均可支配收入28600元。', 'no_alarm'),
    # ---- G: 人均每年 after a count of people
    ('per_unit', 'ratio|per_unit', '全年发放生态护林员补助资金90万元，选聘生态护林员150人，人均每年6000元。', True),
    ('per_unit', 'ratio|per_unit', '全年发放生态护林员补助资金90万元，选聘生态护林员150人，人均每年8000元。', False),
    ('per_unit', 'ratio|per_unit', '开发村级保洁员公益岗位，安置贫困劳动力80人，发放工资38.4万元，人均每年4800元。', True),
    ('mixture', 'ratio|per_unit', '全年发放护林员补助资金90万元，选聘护林员150人。全村人均每年纯收入9800元。', 'no_alarm'),
    # ---- ratios 户均 / 人均 stated and recomputed
    ('ratio', 'ratio|per_unit', '全村发放产业到户资金144万元，覆盖贫困户320户，户均4500元。', True),
    ('ratio', 'ratio|per_unit', '全村发放产业到户资金144万元，覆盖贫困户320户，户均5000元。', False),
    ('ratio', 'ratio|per_unit', '村集体经济分红资金27万元，分配给贫困人口900人，人均分红300元。', True),
    ('ratio', 'ratio|per_unit', '村集体经济分红资金27万元，分配给贫困人口900人，人均分红350元。', False),
    ('ratio', 'ratio|per_unit', '全镇发放小额信贷2400万元，支持贫困户600户。户均贷款4万元。', True),
    ('ratio', 'ratio|per_unit', '全镇发放小额信贷2400万元，支持贫困户600户。户均贷款5万元。', False),
    # ---- growth across sentences
    ('growth_sent', 'growth', '2019年，全村贫困户人均纯收入1200元。2020年，全村贫困户人均纯收入1344元，增长12%。', True),
    ('growth_sent', 'growth', '2019年，全村贫困户人均纯收入1200元。2020年，全村贫困户人均纯收入1344元，增长15%。', False),
    ('growth_sent', 'growth', '2018年全县特色产业产值为4.5亿元。\n2020年全县特色产业产值达到5.4亿元，增长20%。', True),
    ('growth_sent', 'growth', '2018年全县特色产业产值为4.5亿元。\n2020年全县特色产业产值达到5.4亿元，增长30%。', False),
    # ---- batch 2 (written after the first fixes, traps for the new rules): 6 of 24 read wrongly before — two false
    # alarms (按帮扶措施分 measures, a colon list of overlapping measures), the 3.5倍 row the writer's own arithmetic
    ('mixture', 'sum', '全乡贫困户540户：\n一是产业扶持贫困户420户；\n二是健康扶贫签约家庭医生380户。', 'no_alarm'),
    ('items', 'sum', '今年全村完成易地扶贫搬迁64户：1.集中安置到县城安置点48户；2.分散安置16户。', True),
    ('items', 'sum', '今年全村完成易地扶贫搬迁64户：1.集中安置到县城安置点48户；2.分散安置26户。', False),
    ('mixture', 'share|ratio', '全村义务教育巩固率达到100%。\n全村基本情况：\n总户数：420户\n贫困户数：86户', 'no_alarm'),
    ('share_kv', 'share|ratio', '全镇贫困人口医疗保险参保率为98%。\n贫困人口总数：1500人\n参加医疗保险人数：1470人', True),
    ('share_kv', 'share|ratio', '全镇贫困人口医疗保险参保率为96%。\n贫困人口总数：1500人\n参加医疗保险人数：1470人', False),
    ('mixture', 'sum', '全村贫困人口360人。\n按帮扶措施分：产业帮扶280人，就业帮扶150人，健康帮扶200人。', 'no_alarm'),
    ('two_dims', 'sum', '全县易地扶贫搬迁1260户。\n按安置方式分：集中安置1040户，分散安置220户。\n按搬迁年度分：2017年搬迁530户，2018年搬迁730户。', True),
    ('two_dims', 'sum', '全县易地扶贫搬迁1260户。\n按安置方式分：集中安置1040户，分散安置220户。\n按搬迁年度分：2017年搬迁530户，2018年搬迁760户。', False),
    ('mixture', 'sum', '全乡2020年脱贫86户。\n石门村贫困户86户；\n龙潭村贫困户74户；\n白岩村贫困户58户。', 'no_alarm'),
    ('villages', 'sum', '全县深度贫困村共有贫困人口5280人，分布如下：\n1.高山村1820人；\n2.石岭村1690人；\n3.河口村1770人。', True),
    ('villages', 'sum', '全县深度贫困村共有贫困人口5280人，分布如下：\n1.高山村1820人；\n2.石岭村1690人；\n3.河口村1670人。', False),
    ('mixture', 'growth', '2020年全镇村集体经济收入总额84万元，比上年增长20%。2019年全县村集体经济收入总额为700万元。', 'no_alarm'),
    ('growth', 'growth', '2020年全县农村居民人均可支配收入12640元，同比增长8%。2019年全县农村居民人均可支配收入11704元。', True),
    ('growth', 'growth', '2020年全县农村居民人均可支配收入12640元，同比增长6%。2019年全县农村居民人均可支配收入11704元。', False),
    ('mixture', 'ratio|per_unit', '全镇发放小额信贷2400万元，支持贫困户600户。户均耕地5亩。', 'no_alarm'),
    ('per_unit', 'ratio|per_unit', '全村聘用贫困群众担任护路员24人，全年发放工资12万元，人均每年5000元。', True),
    ('per_unit', 'ratio|per_unit', '全村聘用贫困群众担任护路员24人，全年发放工资12万元，人均每年6000元。', False),
    ('ratio', 'ratio|per_unit', '2020年全村光伏收益分红48万元。\n受益贫困户400户，户均分红1200元。', True),
    ('ratio', 'ratio|per_unit', '2020年全村光伏收益分红48万元。\n受益贫困户400户，户均分红1500元。', False),
    ('growth_sent', 'growth', '2016年，全乡贫困户人均纯收入为3600元。\n2020年，全乡贫困户人均纯收入达到9000元，增长1.5倍。', True),
    ('growth_sent', 'growth', '2016年，全乡贫困户人均纯收入为3600元。\n2020年，全乡贫困户人均纯收入达到9000元，增长3.5倍。', False),
    ('headings', 'sum', '四、2020年工作成效\n全镇当年减少贫困人口860人。\n（一）发展产业\n带动贫困群众增收，减少贫困人口410人。\n（二）稳定就业\n落实就业岗位，减少贫困人口300人。\n（三）综合保障\n纳入兜底保障，减少贫困人口150人。', True),
    ('headings', 'sum', '四、2020年工作成效\n全镇当年减少贫困人口860人。\n（一）发展产业\n带动贫困群众增收，减少贫困人口410人。\n（二）稳定就业\n落实就业岗位，减少贫困人口300人。\n（三）综合保障\n纳入兜底保障，减少贫困人口190人。', False),
    # ---- batch 3 (fresh wordings of every new rule, written after batch 2's fixes): 7 of 25 read wrongly before, no
    # false alarm (…48户，一是… with a comma, a 按…分 line of another indicator family, 人均 over the line before, 有/发展到)
    ('headings', 'sum', '2019年全县共减少贫困人口6200人。\n（一）产业脱贫\n建设扶贫车间42个，通过产业带动减少贫困人口2900人。\n（二）就业脱贫\n开展“订单式”培训，带动就业减少贫困人口2100人。\n（三）保障兜底\n兜底保障减少贫困人口1200人。', True),
    ('headings', 'sum', '2019年全县共减少贫困人口6200人。\n（一）产业脱贫\n建设扶贫车间42个，通过产业带动减少贫困人口2900人。\n（二）就业脱贫\n开展“订单式”培训，带动就业减少贫困人口2100人。\n（三）保障兜底\n兜底保障减少贫困人口1500人。', False),
    ('mixture', 'sum', '全镇共有贫困户1460户。\n一、产业帮扶\n扶持贫困户发展生猪养殖920户。\n二、健康帮扶\n为贫困户办理慢性病卡640户。\n三、住房保障\n完成贫困户危房改造380户。', 'no_alarm'),
    ('items', 'sum', '全村2020年计划完成危房改造48户，一是拆除重建，共计20户；二是修缮加固，共计28户。', True),
    ('items', 'sum', '全村2020年计划完成危房改造48户，一是拆除重建，共计20户；二是修缮加固，共计18户。', False),
    ('villages', 'sum', '全乡建档立卡贫困户共295户。\n上坪村112户；\n下坪村96户；\n中坪村87户。', True),
    ('villages', 'sum', '全乡建档立卡贫困户共295户。\n上坪村112户；\n下坪村96户；\n中坪村97户。', False),
    ('mixture', 'sum', '全乡建档立卡贫困户共295户。\n上坪村：人均纯收入8200元；\n下坪村：人均纯收入7900元；\n中坪村：人均纯收入8100元。', 'no_alarm'),
    ('two_dims', 'sum', '全镇2020年新识别监测户63户。\n按风险类别分：脱贫不稳定户38户，边缘易致贫户25户。\n按致贫原因分：因病31户，因残14户，因学9户，因灾9户。', True),
    ('two_dims', 'sum', '全镇2020年新识别监测户63户。\n按风险类别分：脱贫不稳定户38户，边缘易致贫户25户。\n按致贫原因分：因病31户，因残14户，因学9户，因灾19户。', False),
    ('mixture', 'sum', '全镇2020年新识别监测户63户。\n从帮扶政策看：享受低保42户，产业帮扶35户，公益岗位安置20户。', 'no_alarm'),
    ('share_kv', 'share|ratio', '全村脱贫户家庭医生签约率达到98%。\n脱贫户总人数：650人\n签约家庭医生人数：637人', True),
    ('share_kv', 'share|ratio', '全村脱贫户家庭医生签约率达到95%。\n脱贫户总人数：650人\n签约家庭医生人数：637人', False),
    ('growth', 'growth', '2020年全村光伏发电收益达到36万元，比上年增长50%。2019年全村光伏发电收益为24万元。', True),
    ('growth', 'growth', '2020年全村光伏发电收益达到36万元，比上年增长60%。2019年全村光伏发电收益为24万元。', False),
    ('mixture', 'growth', '2020年全村光伏发电收益达到36万元，比上年增长50%。2019年全县光伏发电收益为1800万元。', 'no_alarm'),
    ('per_unit', 'ratio|per_unit', '全镇选聘建档立卡贫困人口担任生态护林员210人，人均每年管护补助1万元，全年发放补助资金210万元。', True),
    ('per_unit', 'ratio|per_unit', '全乡通过光伏收益设置公益岗位45个，聘用贫困人员45人，发放工资21.6万元，人均每年4800元。', True),
    ('per_unit', 'ratio|per_unit', '全乡通过光伏收益设置公益岗位45个，聘用贫困人员45人，发放工资21.6万元，人均每年5800元。', False),
    ('ratio', 'ratio|per_unit', '全县投入教育资助资金1260万元。\n资助贫困学生8400人，人均1500元。', True),
    ('ratio', 'ratio|per_unit', '全县投入教育资助资金1260万元。\n资助贫困学生8400人，人均1800元。', False),
    ('growth_sent', 'growth', '2017年全乡农民专业合作社有26家。\n2020年全乡农民专业合作社发展到39家，增长50%。', True),
    ('growth_sent', 'growth', '2017年全乡农民专业合作社有26家。\n2020年全乡农民专业合作社发展到39家，增长40%。', False),
    ('items', 'sum', '全县易地扶贫搬迁安置点建设投资3.2亿元：\n（1）住房建设投资2.1亿元；\n（2）配套设施投资0.8亿元；\n（3）产业配套投资0.3亿元。', True),
    ('items', 'sum', '全县易地扶贫搬迁安置点建设投资3.2亿元：\n（1）住房建设投资2.1亿元；\n（2）配套设施投资0.8亿元；\n（3）产业配套投资0.5亿元。', False),
    # ---- batch 4 (after its fix): a 按…分 line after the total's place lines
    ('two_dims', 'sum', '全村贫困户96户。\n东组：34户；\n西组：29户；\n南组：33户。\n按贫困属性分：一般贫困户70户，低保户20户，五保户6户。', True),
    ('two_dims', 'sum', '全村贫困户96户。\n东组：34户；\n西组：29户；\n南组：33户。\n按贫困属性分：一般贫困户70户，低保户20户，五保户9户。', False),
]

#: rows still read wrongly (written before their fixes: batch 1 27 of 45 wrong, one false alarm; batch 2 6 of 24; batch 3 7 of 25)
NOT_YET: set = set()  # the 减贫 row reads since session 13 (减贫 abbreviates 减少贫困 of the total)


@pytest.mark.parametrize("klass,kind,text,expected", list(battery_params(CASES, NOT_YET, "s12")))
def test_twelfth_round(klass, kind, text, expected):
    ok, shown = reads_as_expected(kind, text, expected)
    assert ok, shown


@pytest.mark.parametrize("name", sorted(PRINTS))
def test_twelfth_round_reads_the_same_in_other_print(name):
    wrong = misread_in_print(CASES, NOT_YET, name)
    assert not wrong, wrong


#: whole made-up documents under tests/data/s12/ (relations across paragraphs: a summary with totals, then sections
#: with parts): the alarms planted in them (stated value + unit) and how many findings at least must hold
DOCS = {
    "audit_town_report.txt": (set(), 10),
    "audit_village_report.txt": ({"45户", "4500元"}, 8),
    "audit_web_county.txt": (set(), 9),
    "audit_web_township.txt": ({"214户", "20%"}, 3),
}


@pytest.mark.parametrize("name", sorted(DOCS))
def test_twelfth_round_whole_documents(name):
    assert_planted_alarms(DATA / name, *DOCS[name])


#: reports of one place in two years and a copied template, written for the test (cross-report findings)
CROSS = {
    "dahe-2018.txt": "大河乡2018年脱贫攻坚工作总结\n\n2018年，大河乡扎实推进精准扶贫精准脱贫各项工作。\n"
                     "全乡辖8个行政村，总人口12600人。全乡建档立卡贫困户累计识别150户560人。\n"
                     "2018年，全乡实现脱贫42户158人。坚持把产业发展作为稳定脱贫的根本之策，因地制宜发展特色种养业，确保贫困群众稳定增收。\n\n"
                     "大河乡人民政府\n2018年12月25日\n",
    "dahe-2020.txt": "大河乡2020年脱贫攻坚工作总结\n\n2020年，大河乡坚决打赢脱贫攻坚收官战。\n"
                     "截至2020年底，全乡累计脱贫{lifted}户，贫困发生率降至零。\n\n大河乡人民政府\n2020年12月26日\n",
    "xiaohe-2023.txt": "小河村2023年脱贫攻坚工作总结\n\n今年以来，XX镇小河村在镇党委的领导下，全村脱贫18户62人。\n"
                       "坚持把产业发展作为稳定脱贫的根本之策，因地制宜发展特色种养业，确保贫困群众稳定增收。\n\n"
                       "小河村村民委员会\n20xx年12月\n",
}


def _audit_folder(tmp_path, lifted):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in CROSS.items():
        (folder / name).write_text(text.replace("{lifted}", str(lifted)), encoding="utf-8")
    (folder / "audit_web_township.txt").write_text((DATA / "audit_web_township.txt").read_text(encoding="utf-8"),
                                                   encoding="utf-8")
    out = tmp_path / "findings.jsonl"
    assert main(["audit", str(folder), "-o", str(out), "--quiet"]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("lifted,exceeds", [(170, True), (140, False)])
def test_cross_report_findings_through_audit_o(tmp_path, lifted, exceeds):
    rows = _audit_folder(tmp_path, lifted)
    kinds = {(r["doc"], r["kind"], r["other_doc"]) for r in rows}
    assert (("dahe-2020", "exceeds_registered", "dahe-2018") in kinds) is exceeds
    assert ("xiaohe-2023", "implausible_year", None) in kinds
    assert {r["rule"] for r in rows if r["doc"] == "xiaohe-2023" and r["kind"] == "placeholder"} == \
        {"placeholder.name", "placeholder.year"}
    assert any(r["kind"] == "copied_text" and r["other_doc"] == "xiaohe-2023" for r in rows)
    assert all(r["structure"] for r in rows), [r for r in rows if not r["structure"]]
    assert all(r["confidence"] is not None for r in rows if r["kind"] != "screen")


def test_audit_o_puts_alarms_first_by_confidence(tmp_path):
    rows = _audit_folder(tmp_path, 170)
    mine = [r for r in rows if r["doc"] == "audit_web_township"]
    alarm = [r["holds"] is False and r["kind"] in ("sum", "share", "growth", "ratio") for r in mine]
    assert alarm[:sum(alarm)] == [True] * sum(alarm) and sum(alarm) == 2
    conf = [r["confidence"] for r in mine[:sum(alarm)]]
    assert conf == sorted(conf, reverse=True)
    cross = [r["confidence"] or 0 for r in rows if r["kind"] not in ("sum", "share", "growth", "ratio", "per_unit",
                                                                      "plausibility", "balance")]
    assert cross == sorted(cross, reverse=True)
