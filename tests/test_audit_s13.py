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

from test_audit_s10 import PRINTS, assert_planted_alarms, battery_params, misread_in_print, reads_as_expected

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
    # the one NOT_YET of session 12: parts under headings whose word abbreviates the total's (减贫 of 减少贫困)
    ('headings', 'sum', '二、主要成效\n2020年全县共减少贫困人口2680人。\n（一）产业发展\n扶持特色种养，产业减贫1240人。\n（二）劳务输出\n组织外出务工，务工减贫860人。\n（三）兜底保障\n落实低保政策，兜底减贫580人。', True),
    ('headings', 'sum', '二、主要成效\n2020年全县共减少贫困人口2680人。\n（一）产业发展\n扶持特色种养，产业减贫1240人。\n（二）劳务输出\n组织外出务工，务工减贫860人。\n（三）兜底保障\n落实低保政策，兜底减贫680人。', False),
    ('trap', 'sum', '二、主要成效\n2020年全县共减少贫困人口2680人。\n（一）产业发展\n扶持特色种养，带动群众1240人。\n（二）劳务输出\n组织外出务工，培训劳力860人。\n（三）兜底保障\n落实低保政策，纳入兜底680人。', 'no_alarm'),
    # ---- batch 2 (written after batch 1's fixes: traps for the new rules, fresh wordings): 2 of 25 read wrongly before —
    # one false alarm (新增产业合作社 against 新增家庭农场 of the year before), one the writer's own rounding (1万元 is ±0.5万)
    ('trap', 'growth|sum', '改造后全村道路总长12公里，比改造前的8公里多修建了4个停车场。', 'no_alarm'),
    ('trap', 'growth|sum', '调整后全县低保标准为每人每年4800元，比调整前提高了，达到全省平均水平的110%。', 'no_alarm'),
    ('difference', 'growth|sum', '改造提升后，全村自来水普及率达到98%，比改造前的86%高出12个百分点。', True),
    ('difference', 'growth|sum', '改造提升后，全村自来水普及率达到98%，比改造前的86%高出21个百分点。', False),
    ('difference', 'growth|sum', '政策调整后，每名护林员年补助12000元，比调整前的10000元增加2000元。', True),
    ('difference', 'growth|sum', '政策调整后，每名护林员年补助12000元，比调整前的10000元增加3000元。', False),
    ('trap', 'sum', '2018年脱贫126户；2019年新增贫困户14户；2020年脱贫98户。三年合计脱贫438户。', 'no_alarm'),
    ('trap', 'sum', '2018年投入资金300万元；2019年投入资金420万元。三年合计脱贫438户。', 'no_alarm'),
    ('after', 'sum', '2017年完成搬迁312人，2018年完成搬迁406人，2019年完成搬迁278人。三年共完成搬迁996人。', True),
    ('after', 'sum', '2017年完成搬迁312人，2018年完成搬迁406人，2019年完成搬迁278人。三年共完成搬迁969人。', False),
    ('signed', 'sum|balance', '全乡建档立卡贫困人口1820人，新增36人，其中因病12人，累计脱贫1690人，剩余贫困人口166人。', True),
    ('signed', 'sum|balance', '全镇原有建档立卡贫困户520户，2019年新识别12户、返贫3户，累计脱贫490户，剩余贫困户45户。', True),
    ('signed', 'sum|balance', '全镇原有建档立卡贫困户520户，2019年新识别12户、返贫3户，累计脱贫490户，剩余贫困户54户。', False),
    ('trap', 'ratio|per_unit', '全村共有农户386户。今年村集体向贫困户发放分红资金12万元。户均分红1500元。', 'no_alarm'),
    ('ratio_sent', 'ratio|per_unit', '全镇建档立卡脱贫户640户。年内为脱贫户发放产业奖补资金192万元。户均奖补3000元。', True),
    ('ratio_sent', 'ratio|per_unit', '全镇建档立卡脱贫户640户。年内为脱贫户发放产业奖补资金192万元。户均奖补3500元。', False),
    ('trap', 'sum', '上湾组识别贫困户26户。下湾组新修道路3公里。\n河坝组识别贫困户18户。后山组识别贫困户15户。以上合计112户。', 'no_alarm'),
    ('after', 'sum', '一组有贫困户14户。二组有贫困户17户。\n三组有贫困户11户。四组有贫困户9户。以上合计51户。', True),
    ('after', 'sum', '一组有贫困户14户。二组有贫困户17户。\n三组有贫困户11户。四组有贫困户9户。以上合计61户。', False),
    ('trap', 'share', '全村总户数520户，其中贫困户130户，占总人口的52%。', 'no_alarm'),
    ('share', 'share', '全乡总人口8600人，其中少数民族人口2150人，占总人口的52%。', False),
    ('share', 'share', '全乡总人口8600人，其中少数民族人口2150人，占总人口的25%。', True),
    ('trap', 'growth|sum', '2019年全县新增产业合作社124家。2020年全县新增家庭农场158家，较上年增加44家。', 'no_alarm'),
    ('growth_else', 'growth|sum', '2019年全乡外出务工贫困劳动力1860人。2020年全乡外出务工贫困劳动力2140人，比上年增加280人。', True),
    ('growth_else', 'growth|sum', '2019年全乡外出务工贫困劳动力1860人。2020年全乡外出务工贫困劳动力2140人，比上年增加380人。', False),
    # ---- batch 3 (fresh wordings of the misprint classes): 1 of 20 read wrongly before, the writer's own rounding
    # (3万人 is 2.5万–3.5万 as printed, so 70% of it holds; the row says 50%)
    ('pairs', 'sum', '全镇贫困户分布在4个村：李家村52户196人，王家湾48户177人，张家岭39户151人，赵家坪31户118人，合计170户642人。', True),
    ('pairs', 'sum', '全镇贫困户分布在4个村：李家村52户196人，王家湾48户177人，张家岭39户151人，赵家坪31户118人，合计170户624人。', False),
    ('items', 'sum', '全县共实施扶贫项目86个。一是产业类项目42个；二是基础设施类项目31个；三是公共服务类项目13个。', True),
    ('items', 'sum', '全县共实施扶贫项目86个。一是产业类项目42个；二是基础设施类项目31个；三是公共服务类项目31个。', False),
    ('missing', 'sum', '全乡共有贫困户412户，其中一般贫困户286户，低保贫困户98户，特困供养户28户。', True),
    ('missing', 'sum', '全乡共有贫困户412户，其中一般贫困户286户，低保贫困户98户。', 'no_alarm'),
    ('kv', 'share|ratio', '全县贫困家庭适龄儿童入学率100%。\n适龄儿童总数：3240人\n在校就读人数：3240人', True),
    ('kv', 'share|ratio', '全村农村危房改造完成率为95%。\n计划改造户数：60户\n已完成户数：54户', False),
    ('growth', 'growth', '全村集体经济收入由2016年的2.5万元增加到2020年的10万元，增长3倍。', True),
    ('growth', 'growth', '全村集体经济收入由2016年的2.5万元增加到2020年的10万元，增长5倍。', False),
    ('share', 'share', '全县外出务工贫困劳动力2.4万人，占全县贫困劳动力总数3万人的80%。', True),
    ('share', 'share', '全县外出务工贫困劳动力2.4万人，占全县贫困劳动力总数3万人的50%。', False),
    ('ratio', 'ratio|per_unit', '为全镇126户脱贫户每户发放鸡苗50只，共发放鸡苗6300只。', True),
    ('ratio', 'ratio|per_unit', '为全镇126户脱贫户每户发放鸡苗50只，共发放鸡苗6800只。', False),
    ('complement', 'sum', '全县建档立卡贫困人口中，已实现脱贫24680人，尚未脱贫1320人，合计26000人。', True),
    ('complement', 'sum', '全县建档立卡贫困人口中，已实现脱贫24680人，尚未脱贫1320人，合计26100人。', False),
    ('fenbie', 'sum', '其中，男性劳动力和女性劳动力分别为1460人、1180人，共计2640人。', True),
    ('fenbie', 'sum', '其中，男性劳动力和女性劳动力分别为1460人、1180人，共计2460人。', False),
    ('incidence', 'share|ratio', '全村总人口1650人，现有建档立卡贫困人口99人，贫困发生率为6%。', True),
    ('incidence', 'share|ratio', '全村总人口1650人，现有建档立卡贫困人口99人，贫困发生率为9%。', False),
    # ---- batch 4 (after the stock fix): the stock at a year's end as the registered term
    ('signed', 'sum|balance', '2018年末全乡共有贫困人口1260人。2019年新增贫困人口38人，实现脱贫1120人，年末剩余贫困人口178人。', True),
    ('signed', 'sum|balance', '2018年末全乡共有贫困人口1260人。2019年新增贫困人口38人，实现脱贫1120人，年末剩余贫困人口187人。', False),
    ('trap', 'sum|balance', '2018年末全乡共有贫困人口1260人。2019年新增产业基地38个，实现脱贫1120人，完成技能培训178人。', 'no_alarm'),
    ('trap', 'sum|balance', '2020年底全乡有贫困人口1260人。2019年新增贫困人口38人，实现脱贫1120人，剩余贫困人口187人。', 'no_alarm'),
    # ---- batch 5 (the misprint probe: the last figure of every holding row +30%, 52 misprints, 4 not alarmed): a
    # counted total (三村共) after a list short of it is closed; the trap, a count that is not the list's length
    ('fenbie', 'sum', '甲、乙、丙三个村的贫困户分别为46户、38户、29户。三村共有贫困户147户。', False),
    ('trap', 'sum', '甲、乙、丙三个村的贫困户分别为46户、38户、29户。五个村共有贫困户147户。', 'no_alarm'),
    ('fenbie', 'sum', '东风、向阳两个安置点分别安置搬迁群众268人、194人。两个安置点共安置搬迁群众462人。', True),
    ('fenbie', 'sum', '东风、向阳两个安置点分别安置搬迁群众268人、194人。两个安置点共安置搬迁群众562人。', False),
    # ---- batch 6 (a trap for growth.difference: a rate of change after the old figure is relative, not 百分点)
    ('difference', 'growth|sum', '提高标准后，贫困户住院报销比例达到90%，比提高前的75%增长20%。', True),
    ('difference', 'growth|sum', '调整后全县低保标准为每人每年4800元，比调整前的4200元增长14.3%。', True),
    ('difference', 'growth|sum', '调整后全县低保标准为每人每年4800元，比调整前的4200元增长24.3%。', False),
    ('trap', 'growth|sum', '改造后全村人居环境明显改善，比改造前的2019年多建成2个文化广场。', 'no_alarm'),
    # traps for 户均 over two sentences: the amount goes to a subset of the count, or a part of it is what the average is of
    ('trap', 'ratio|per_unit', '全村共有贫困户80户。今年村集体向贫困户中的有劳动力家庭发放分红资金12万元。户均分红2000元。', 'no_alarm'),
    ('trap', 'ratio|per_unit', '全村共有贫困户80户。今年为贫困户发放分红资金12万元，其中光伏分红8万元。户均分红1000元。', 'no_alarm'),
    # ---- batch 7: a 其中-part's 占比 with two digits swapped (several times off: the gate took it for a wrong base)
    ('share_swap', 'share', '全村总户数520户，其中贫困户130户，占比52%。', False),
    ('share_swap', 'share', '全村总户数520户，其中贫困户130户，占比25%。', True),
    ('share_swap', 'share', '全县建档立卡贫困人口28600人。其中因病致贫7150人，所占比重为52%。', False),
    ('share_swap', 'share', '全乡贫困劳动力3600人，其中外出务工2880人，占比为8%。', False),
    ('trap', 'share', '全县建档立卡贫困人口28600人，其中因病致贫7150人，因残致贫3200人，占比52%。', 'no_alarm'),
    ('trap', 'share', '全村总户数520户，其中贫困户130户，贫困发生率5.2%。', 'no_alarm'),
    # the line before is another year's list: no items of this total's
    ('after', 'sum', '2019年一组脱贫14户。2019年二组脱贫17户。\n2020年一组脱贫11户。2020年二组脱贫9户。以上合计20户。', True),
]

#: rows still read wrongly (batch 1, written before its fixes: 16 of 69 read wrongly, no false alarm; the last two — a stock
#: at a year end with no registered word, 2019年底全村有贫困户46户 — read since balance.stock_times)
NOT_YET: set = set()


@pytest.mark.parametrize("klass,kind,text,expected", list(battery_params(CASES, NOT_YET, "s13")))
def test_thirteenth_round(klass, kind, text, expected):
    ok, shown = reads_as_expected(kind, text, expected)
    assert ok, shown


@pytest.mark.parametrize("name", sorted(PRINTS))
def test_thirteenth_round_reads_the_same_in_other_print(name):
    wrong = misread_in_print(CASES, NOT_YET, name)
    assert not wrong, wrong


#: whole made-up documents under tests/data/s13/ (a county summary, a village report, two web pages; relations across
#: sentences and paragraphs: a total after one-item sentences over two lines, 分别 then 共, shares and 户均 over the
#: sentence before, 较上年增加 with last year's figure in the sentence before, signed balances, differences of two
#: states): the alarms planted in them (stated value + unit) and how many findings at least must hold
DOCS = {
    "audit_county_summary.txt": (set(), 11),
    "audit_village_work.txt": ({"112户", "1600元"}, 8),  # a village's 31户 printed 32户; 户均 1500 printed 1600
    "audit_web_county.txt": ({"3508人", "4500元"}, 5),  # 剩余 218 printed 238 (the balance's left side 3508人); 户均 4000
    "audit_web_news.txt": (set(), 7),
}


@pytest.mark.parametrize("name", sorted(DOCS))
def test_thirteenth_round_whole_documents(name):
    assert_planted_alarms(DATA / name, *DOCS[name])
