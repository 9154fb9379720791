"""Sentences a reviewer of the rules of sections 80 to 86 (a share past a window, 班, figures
only planned, a total holding a part put off, an earlier year's level, papers submitted against
published, the agency's own account, scales, a share of a thing done, a floor for each event,
undated done against dated delivery, parts still bought, two joined things one late,
corrected figures, bus routes, the execution column against an attainment verdict, recruited
against finished, cumulative beside the year's, rates of other names, totals of kinds and lots
apart, another unit, a monthly average for a year's count) wrote to break them (review 16). Each
case asserts the verdict the labelling rules (tests/fixtures/variety2/README.md, "Labels") give.
53 cases; 18 broke the engine when written: 5 "new" (right or differently wrong at 1e7f10d,
wrong now) and 13 "older" (wrong at 1e7f10d too). Mended the same session, with no labelled
status changed: 7 of them (the 3 new that were wrong where the session-start engine was right,
one a false met, and 4 older: a share below 100 % said done, two joined things named shortly,
those enrolled). The other 11 stay strict xfails with the engine's verdict in the reason (2 new
that were false mets at 1e7f10d and are now unclear). The passing cases hold the boundaries of
those rules. Written for the rules, not from any set."""

from __future__ import annotations

import pytest

from govplans.testing.plan_cases import status

NOT_MET_OR_UNCLEAR = ("not_met", "unclear")
MET_OR_EXCEEDED = ("met", "exceeded")


def broken(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def case(name, expected, targets, attainment, execution=(), fiscal_year=None, why=None, which=0):
    marks = (broken(why),) if why else ()
    if isinstance(expected, str):
        expected = (expected,)
    return pytest.param(
        targets, attainment, execution, fiscal_year, which, expected, id=name, marks=marks
    )


CASES = [
    # Section 80: a share read from a whole and its part past a window.
    case(
        "window_share_short",
        "not_met",
        ["申請案件於14日內完成審核比率達90%。"],
        ["本年度受理申請案1,200件，於14日內完成審核者1,020件。"],
        (),
        fiscal_year=115,
    ),
    case(
        "window_share_being_such_guard",
        "unclear",
        ["高風險個案轉介率達90%。"],
        ["本年度篩檢3,200人，經評估為高風險者410人。"],
        (),
        fiscal_year=115,
    ),
    # Section 80: 班 as a measure word.
    case(
        "ban_chinese_numeral",
        "met",
        ["開辦照顧服務員訓練專班12班。"],
        ["本年度開辦照顧服務員訓練專班十二班，結訓學員286人。"],
        (),
        fiscal_year=115,
    ),
    # Section 80: a figure only planned.
    case(
        "planned_only_other_column_delivered",
        "not_met",
        ["開辦長照人員培訓課程20班。"],
        ["本年度已規劃開辦長照人員培訓課程20班。"],
        ["長照人員培訓課程其中16班已開訓，餘4班排定116年開訓。"],
        fiscal_year=115,
    ),
    case(
        "planned_only_nothing_delivered",
        NOT_MET_OR_UNCLEAR,
        ["辦理新住民數位學習課程30班。"],
        ["新住民數位學習課程已規劃30班，並完成師資遴聘。"],
        (),
        fiscal_year=115,
        why="older: a planned figure counted as delivered when 完成 names other work (met)",
    ),
    case(
        "planned_word_but_delivered_guard",
        "met",
        ["辦理新住民數位學習課程30班。"],
        ["依年度規劃完成新住民數位學習課程30班，計580人次參加。"],
        (),
        fiscal_year=115,
    ),
    # Section 80: a total holding a part put off to a later year.
    case(
        "put_off_in_total",
        "not_met",
        ["辦理社區防災演練4次。"],
        ["本年度辦理社區防災演練4次，達成。"],
        ["社區防災演練第1至3季各辦理1次，第4季演練因颱風延至116年1月8日辦理，合計4次。"],
        fiscal_year=115,
    ),
    case(
        "put_off_within_year_guard",
        "met",
        ["辦理社區防災演練4次。"],
        ["本年度辦理社區防災演練4次，達成。"],
        ["社區防災演練第1至3季各辦理1次，第4季演練原訂11月因颱風延至12月20日辦理，合計4次。"],
        fiscal_year=115,
    ),
    # Section 80: a level whose figure is an earlier year's.
    case(
        "level_earlier_year_result",
        "unclear",
        ["民眾服務滿意度達4.0分以上。"],
        ["民眾服務滿意度4.3分，達成。"],
        ["115年度滿意度調查將於116年2月辦理；114年度調查結果為4.3分。"],
        fiscal_year=115,
    ),
    case(
        "level_year_result_guard",
        "met",
        ["民眾服務滿意度達4.0分以上。"],
        ["民眾服務滿意度4.3分，達成。"],
        ["115年度滿意度調查已於11月完成，調查結果為4.3分。"],
        fiscal_year=115,
    ),
    # Section 81: a paper submitted against one published.
    case(
        "paper_submitted_beside_accepted",
        "not_met",
        ["發表SCI期刊論文3篇。"],
        ["本年度投稿SCI期刊論文5篇，其中2篇已接受刊登。"],
        (),
        fiscal_year=115,
    ),
    case(
        "paper_submitted_only",
        NOT_MET_OR_UNCLEAR,
        ["於國際期刊發表研究論文4篇。"],
        ["本年度已完成研究論文4篇並投稿國際期刊，目前送審中。"],
        (),
        fiscal_year=115,
        why="older: papers written and submitted, under review, counted as published (met)",
    ),
    case(
        "paper_published_guard",
        MET_OR_EXCEEDED,
        ["發表研究論文5篇。"],
        ["本年度發表研究論文6篇（另有2篇投稿審查中）。"],
        (),
        fiscal_year=115,
        why="older: papers published read as undecided beside another lot under review (unclear)",
    ),
    # Section 81: the agency's own account against the other column.
    case(
        "own_account_short",
        NOT_MET_OR_UNCLEAR,
        ["國民旅遊行程參加人數達3,000人次。"],
        ["國民旅遊行程實際成行二千八百五十人次。"],
        ["本年度國民旅遊行程銷售三千二百人次。"],
        fiscal_year=115,
    ),
    case(
        "own_account_other_lot_guard",
        MET_OR_EXCEEDED,
        ["完成訴願案件審查300件。"],
        ["本年度審結訴願案件320件，另四十件尚在審理中。"],
        ["完成訴願案件審查320件。"],
        fiscal_year=115,
    ),
    # Section 81: a scale is no figure.
    case(
        "scale_ten_point",
        "not_met",
        ["課程滿意度達8分以上。"],
        ["課程滿意度調查採10分制，平均7.6分。"],
        (),
        fiscal_year=115,
    ),
    # Section 81: a share below 100 % of a thing said done.
    case(
        "share_done_partial",
        "not_met",
        ["於115年9月底前完成地價稅開徵作業。"],
        ["地價稅開徵作業97.5%於9月底前完成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "share_done_partial_dated",
        "not_met",
        ["於115年9月底前完成地價稅開徵作業。"],
        ["地價稅開徵作業98.2%已於115年9月底前完成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "share_done_whole_guard",
        "met",
        ["於115年9月底前完成地價稅開徵作業。"],
        ["地價稅開徵作業100%於115年9月20日前完成。"],
        (),
        fiscal_year=115,
    ),
    # Section 81: a floor each event must reach.
    case(
        "each_event_one_below",
        "not_met",
        ["每場健康講座參與人數達500人以上。"],
        ["辦理健康講座4場，平均每場620人，依序為810人、700人、520人、450人。"],
        (),
        fiscal_year=115,
    ),
    case(
        "each_period_listed_apart",
        "not_met",
        ["每期課程結業人數達30人以上。"],
        ["辦理課程4期，結業人數合計140人，各期分別為38人、36人、28人、38人。"],
        (),
        fiscal_year=115,
        why="older: a floor for each period met on the total, one period below (exceeded)",
    ),
    # Section 81: a deadline said done with no date, delivery dated after it.
    case(
        "undated_done_delivered_late",
        "not_met",
        ["於115年6月底前完成監視設備汰換。"],
        ["監視設備已汰換完成。"],
        ["監視設備汰換案於115年8月20日驗收完成。"],
        fiscal_year=115,
    ),
    # Section 81: a thing built said done while some parts are still bought.
    case(
        "built_parts_still_bought",
        NOT_MET_OR_UNCLEAR,
        ["完成水情監測系統建置。"],
        ["水情監測系統已上線試營運，達成。"],
        ["水情監測系統尚有5處水位感測器刻正採購中。"],
        fiscal_year=115,
    ),
    case(
        "built_other_phase_bought_guard",
        "met",
        ["完成水情監測系統建置。"],
        ["水情監測系統已於115年10月建置完成並正式上線。"],
        ["水情監測系統已建置完成；另第二期擴充計畫之感測器刻正辦理採購。"],
        fiscal_year=115,
    ),
    # Section 81: all of a count did the thing.
    case(
        "all_of_count_share",
        MET_OR_EXCEEDED,
        ["人民陳情案件於30日內答復比率達95%。"],
        ["本年度受理陳情案件540件，均於30日內答復。"],
        (),
        fiscal_year=115,
        why="older: 均於30日內答復 not read as a share of 100 % (unclear)",
    ),
    # Section 82: a deadline joining two things, one of them late.
    case(
        "joined_two_one_late",
        "not_met",
        ["於115年12月底前完成太平山及明池遊憩區設施改善。"],
        ["太平山遊憩區步道及觀景台改善工程已完成。"],
        ["明池遊憩區公廁整建工程預計116年3月完工。"],
        fiscal_year=115,
        why="older: one of two joined things dated to a later year, left undecided (unclear)",
    ),
    case(
        "joined_two_short_name",
        "not_met",
        ["於115年10月底前完成梨山及武陵兩處遊客中心改善。"],
        ["梨山及武陵兩處遊客中心改善，梨山遊客中心已於115年9月完工。"],
        ["武陵遊客中心改善工程因廠商延誤，預計116年4月完工。"],
        fiscal_year=115,
    ),
    # Section 82: a figure corrected later in its sentence.
    case(
        "corrected_figure",
        "not_met",
        ["辦理防詐騙宣導講座12場。"],
        ["辦理防詐騙宣導講座12場（更正：原報列12場含116年1月補辦1場，本年度實際辦理11場）。"],
        (),
        fiscal_year=115,
        why="new: the figure corrected by 原報列 left undecided instead of 11 (unclear)",
    ),
    # Section 82: a figure of an earlier year is no rival.
    case(
        "earlier_year_gregorian",
        "met",
        ["案件結案率達90%。"],
        ["2026年案件結案率92.1%，2025年為88.5%。"],
        (),
        fiscal_year=115,
    ),
    # Section 82: a bus route's number is a name.
    case(
        "bus_route_number",
        "not_met",
        ["完成公車站牌更新200座。"],
        ["完成9025路線及1619路線等站牌更新186座。"],
        (),
        fiscal_year=115,
    ),
    # Section 83: the execution column against an attainment verdict.
    case(
        "execution_part_put_off",
        NOT_MET_OR_UNCLEAR,
        ["完成路燈汰換1,500盞。"],
        ["完成路燈汰換1,500盞，達成。"],
        ["汰換路燈1,500盞，其中120盞因管線遷移延至116年1月施作。"],
        fiscal_year=115,
    ),
    case(
        "execution_other_lot_guard",
        "met",
        ["完成社區長照據點輔導訪視120處。"],
        ["完成社區長照據點輔導訪視120處，達成。"],
        ["完成社區長照據點輔導訪視120處；另新增據點之開辦輔導延至116年辦理。"],
        fiscal_year=115,
    ),
    case(
        "execution_money_guard",
        "met",
        ["完成污水下水道用戶接管2,000戶。"],
        ["完成污水下水道用戶接管2,050戶，達成。"],
        ["污水下水道用戶接管完成2,050戶，部分工程款尚未請款。"],
        fiscal_year=115,
    ),
    # Section 84: those recruited are another stage than those who finished.
    case(
        "recruited_vs_finished",
        "not_met",
        ["照顧服務員訓練結訓150人。"],
        ["本年度招募學員180人，結訓140人。"],
        (),
        fiscal_year=115,
    ),
    case(
        "recruited_only",
        "unclear",
        ["照顧服務員訓練結訓150人。"],
        ["本年度招收照顧服務員訓練學員160人。"],
        (),
        fiscal_year=115,
    ),
    # Section 84: a cumulative figure beside the year's.
    case(
        "cumulative_beside_year_conflict",
        "unclear",
        ["本年度新增友善商店10家。"],
        ["本年度新增友善商店12家。"],
        ["友善商店本年新增9家，累計65家。"],
        fiscal_year=115,
    ),
    # Sections 84 and 85: two rates named by different words.
    case(
        "rate_other_name",
        "unclear",
        ["電子報開啟率達20%。"],
        ["電子報點擊率由15.2%提升至24.6%。"],
        (),
        fiscal_year=115,
    ),
    case(
        "rate_word_inside_other_name",
        MET_OR_EXCEEDED,
        ["戒癮個案轉介治療率達85%。"],
        ["戒癮個案轉介率88.6%。"],
        (),
        fiscal_year=115,
    ),
    case(
        "rate_word_inside_negated_name",
        "unclear",
        ["申訴案件結案率達90%。"],
        ["申訴案件逾期結案率4.5%，已列管追蹤。"],
        (),
        fiscal_year=115,
        why="older: 逾期結案率 read as the 結案率 asked (not_met)",
    ),
    # Section 84: a total summing kinds apart.
    case(
        "total_sums_kinds",
        "not_met",
        ["辦理ACLS訓練10梯次。"],
        ["辦理急救訓練合計16梯次。"],
        ["辦理ACLS訓練7梯次、PALS訓練9梯次，合計16梯次。"],
        fiscal_year=115,
    ),
    case(
        "total_sums_kinds_guard",
        MET_OR_EXCEEDED,
        ["辦理急救訓練15梯次。"],
        ["辦理急救訓練合計16梯次。"],
        ["辦理ACLS訓練7梯次、PALS訓練9梯次，合計16梯次。"],
        fiscal_year=115,
    ),
    # Section 85: an attainment rate about another thing.
    case(
        "attainment_rate_other_thing",
        "not_met",
        ["志工服務時數達12,000小時。"],
        ["志工招募目標達成率108%；志工服務近萬小時。"],
        (),
        fiscal_year=115,
        why="new: 近萬 for 12,000 hours not read as short (unclear)",
    ),
    # Section 85: a ward's opening is dated.
    case(
        "ward_opened_late",
        "not_met",
        ["於115年6月底前完成精神科急性病房開床。"],
        ["精神科急性病房已於115年8月開床收治病人。"],
        (),
        fiscal_year=115,
    ),
    # Section 85: work moved to a later year.
    case(
        "moved_to_later_year",
        "not_met",
        ["完成體育館屋頂防水改善。"],
        ["體育館屋頂防水改善工程併入116年度整體修繕計畫辦理。"],
        (),
        fiscal_year=115,
    ),
    case(
        "moved_other_work_guard",
        "met",
        ["完成體育館屋頂防水改善。"],
        ["體育館屋頂防水改善工程已於115年9月完工；另外牆整修工程移至116年辦理。"],
        (),
        fiscal_year=115,
    ),
    # Section 86: a total summing another lot.
    case(
        "total_other_lot",
        "not_met",
        ["本署人員完成CPR訓練150人。"],
        ["本署人員完成CPR訓練138人，另代訓志工及保全人員30人，合計168人。"],
        (),
        fiscal_year=115,
    ),
    case(
        "total_other_lot_no_ling",
        "not_met",
        ["本署人員完成CPR訓練150人。"],
        ["本署人員完成CPR訓練138人及代訓志工30人，共計168人。"],
        (),
        fiscal_year=115,
        why="older: a total with another lot joined by 及 (共計) counted (exceeded)",
    ),
    case(
        "total_other_lot_guard",
        MET_OR_EXCEEDED,
        ["本署人員完成CPR訓練150人。"],
        ["本署人員完成CPR訓練156人，另代訓志工及保全人員30人，合計186人。"],
        (),
        fiscal_year=115,
    ),
    # Section 86: a part printed only in another unit.
    case(
        "other_unit_beside_other_target",
        "met",
        ["到院前救護平均反應時間8分鐘以內。", "急診後送平均時間90分鐘以內。"],
        ["到院前救護平均反應時間0.125小時。", "急診後送平均84分鐘。"],
        (),
        fiscal_year=115,
    ),
    # Section 86: a yearly count answered by the average a month.
    case(
        "monthly_average_short",
        "not_met",
        ["居家訪視全年達2,400人次。"],
        ["居家訪視全年平均每月190人次。"],
        (),
        fiscal_year=115,
    ),
    case(
        "monthly_average_half_year",
        "unclear",
        ["居家訪視全年達2,400人次。"],
        ["居家訪視下半年平均每月215人次，上半年統計資料彙整中。"],
        (),
        fiscal_year=115,
        why="older: a half-year's monthly average compared with the year's count (not_met)",
    ),
    case(
        "monthly_average_ceiling",
        "not_met",
        ["全年重大交通事故不超過12件。"],
        ["全年平均每月發生重大交通事故1.2件。"],
        (),
        fiscal_year=115,
    ),
    case(
        "monthly_average_no_rival_guard",
        "met",
        ["居家訪視全年達2,400人次。"],
        ["居家訪視全年2,500人次，平均每月約208人次。"],
        (),
        fiscal_year=115,
    ),
]


@pytest.mark.parametrize(
    ("targets", "attainment", "execution", "fiscal_year", "which", "expected"), CASES
)
def test_reviewed_verdict(targets, attainment, execution, fiscal_year, which, expected):
    assert status(targets, attainment, execution, fiscal_year, which) in expected
