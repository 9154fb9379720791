"""Sentences a reviewer of the rules of sections 29 to 33 wrote to break them (review 9, issue
15). Each test asserts the verdict the labelling rules (tests/fixtures/variety2/README.md,
"Labels") give. 31 of them broke the engine when written (23 of them a false met); the rules of
docs/analysis.md section 35 fixed every one, and they stay here as guards. Written for the
rules, not from any labelled set."""

from __future__ import annotations

from govplans.analyse.targets import assess_plan_targets
from govplans.testing.plan_cases import items


def status(targets, attainment, execution=(), fiscal_year=None) -> str:
    return (
        assess_plan_targets(
            "T-01",
            items("targets", *targets),
            items("attainment", *attainment),
            items("execution", *execution),
            fiscal_year=fiscal_year,
        )
        .targets[0]
        .status
    )


# ---------------------------------------- a month without a year (sec. 32)


def test_a_month_work_started_is_not_the_date_of_the_event():
    s = status(
        ["於114年9月底前辦理國際海洋論壇。"],
        ["論壇自3月起籌備，已辦理完成。"],
        ["國際海洋論壇於114年11月舉行。"],
    )
    assert s == "not_met"


def test_a_month_of_the_act_asked_decides_over_another_months_act():
    s = status(["於114年6月底前完成系統上線。"], ["系統已於5月完成測試，10月正式上線。"])
    assert s == "not_met"


# ---------------------------------------- an event held on a date (sec. 30)


def test_a_preparatory_meeting_is_not_the_event():
    s = status(["於114年11月底前辦理全國原住民族運動會。"], ["114年10月召開運動會籌備會議。"])
    assert s in ("not_met", "unclear")


def test_registration_opened_is_not_the_final_held():
    s = status(["於114年11月底前辦理青年創業競賽決賽。"], ["競賽於114年8月辦理報名，計120隊報名。"])
    assert s in ("not_met", "unclear")


def test_a_briefing_about_the_event_is_not_the_event():
    s = status(["於114年11月底前辦理全國客家日活動。"], ["114年9月舉辦客家日活動說明會。"])
    assert s in ("not_met", "unclear")


def test_an_event_planned_for_a_date_then_moved_is_late():
    s = status(
        ["於114年10月底前辦理國際觀光論壇。"],
        ["論壇原訂114年9月舉辦，因颱風改至115年3月舉辦。"],
    )
    assert s == "not_met"


# ---------------------------------------- 如期 with its date (sec. 29)


def test_not_able_to_keep_the_date_is_a_miss():
    s = status(
        ["於114年6月底前完成污水處理廠擴建工程。"], ["工程受缺工影響，未克如期於114年6月完成。"]
    )
    assert s == "not_met"


def test_hard_to_keep_the_date_is_no_verdict_of_done():
    s = status(
        ["於114年6月底前完成污水處理廠擴建工程。"], ["受缺工影響，恐難以如期於114年6月完成。"]
    )
    assert s in ("not_met", "unclear")


def test_on_schedule_with_a_date_after_the_deadline_is_late():
    s = status(["於114年10月底前完成智慧停車系統上線。"], ["系統已如期於114年12月上線。"])
    assert s == "not_met"


def test_on_schedule_for_another_act_is_no_completion():
    s = status(
        ["於114年12月底前完成活動中心新建工程。"],
        ["如期於114年6月完成決標，惟因缺工延宕，工程進度55%。"],
    )
    assert s == "not_met"


def test_a_first_draft_on_schedule_is_no_final_report():
    s = status(
        ["於114年6月底前完成港區空污減量評估報告。"],
        ["已如期於114年6月完成報告初稿，定稿作業持續辦理中。"],
    )
    assert s in ("not_met", "unclear")


# ---------------------------------------- 截至 a month: the year so far (sec. 30)


def test_the_years_figure_after_a_figure_to_october_is_the_years():
    s = status(["核發補助1,500件。"], ["截至10月底受理申請1,200件，全年核發補助1,450件。"])
    assert s == "not_met"


def test_a_figure_to_a_month_after_the_years_end_is_the_years():
    # (the report's year is what tells that 115年1月 is after its end)
    s = status(["輔導中小企業200家。"], ["截至115年1月底已完成輔導180家。"], fiscal_year=114)
    assert s == "not_met"


def test_a_ceiling_not_yet_passed_by_october_is_unclear():
    s = status(["交通事故死亡人數控制在120人以下。"], ["截至10月底交通事故死亡人數98人。"])
    assert s == "unclear"


def test_a_cumulative_figure_to_october_reaching_the_target_is_met():
    s = status(["累計設置公共自行車站點500站。"], ["截至10月底累計設置520站。"])
    assert s in ("met", "exceeded")


# ---------------------------------------- 名列第 / 排名第 (sec. 31)


def test_a_tier_is_no_rank():
    s = status(["國際評比排名進入前20名。"], ["評比名列第二組群。"])
    assert s in ("not_met", "unclear")


def test_a_grade_is_no_rank():
    s = status(["國際評比排名進入前10名。"], ["本市評比結果名列第一等。"])
    assert s in ("not_met", "unclear")


def test_the_overall_rank_answers_before_a_sub_index():
    s = status(["國際競爭力評比排名維持前20名。"], ["總排名第25名，其中創新分項排名第8。"])
    assert s == "not_met"


def test_a_rank_after_paiming_without_ming():
    s = status(["國際評比排名進入前20名。"], ["本國於參評141國中排名第35，較去年進步。"])
    assert s == "not_met"


# ---------------------------------------- formal numerals (sec. 33)


def test_thirty_in_formal_numerals_is_thirty():
    s = status(["發生重大職業災害件數控制在12件以下。"], ["本年度發生重大職業災害參拾件。"])
    assert s == "not_met"


def test_fifty_eight_in_formal_numerals_is_fifty_eight():
    s = status(["受理申訴案件處理60件以內。"], ["受理申訴案件伍拾捌件。"])
    assert s == "met"


def test_fifty_in_formal_numerals_is_fifty():
    s = status(["辦理勞資關係講座50場。"], ["辦理勞資關係講座伍拾場，達成。"])
    assert s == "met"


def test_pick_up_is_no_ten():
    s = status(["辦理淨灘活動25場。"], ["淨灘撿拾場次達30場，達成。"])
    assert s == "exceeded"


# ---------------------------------------- 整併為 / 精簡為 (sec. 31)


def test_a_count_cut_is_the_difference_not_the_level_after():
    s = status(["精簡申辦表單20種。"], ["申辦表單已由45種精簡為30種。"])
    assert s == "not_met"


def test_a_count_merged_is_the_difference_not_the_level_after():
    s = status(["整併老舊辦公廳舍10處。"], ["辦公廳舍由25處整併為18處。"])
    assert s == "not_met"


def test_merged_for_review_leaves_the_count_taken_in():
    s = status(["受理補助申請案40案以上。"], ["受理補助申請52案，其中14案性質相近合併為6案審查。"])
    assert s == "exceeded"


# ---------------------------------------- a document approved (sec. 31)


def test_a_programme_approved_is_not_a_programme_carried_out():
    s = status(["推動青年就業促進方案，輔導就業。"], ["青年就業促進方案已核定。"])
    assert s in ("not_met", "unclear")


def test_a_feasibility_report_approved_is_no_works_done():
    s = status(["完成港區第3期擴建工程。"], ["第3期擴建工程可行性評估報告已核定。"])
    assert s in ("not_met", "unclear")


def test_the_content_of_a_handbook_approved_is_not_printed_and_sent():
    s = status(["完成社區防災手冊編印並發送各里。"], ["防災手冊內容已核定。"])
    assert s in ("not_met", "unclear")


# ---------------------------------------- an aim stated in its words (sec. 32)


def test_an_aim_still_to_be_reached_is_not_met():
    s = status(
        ["提升偏鄉長者共餐服務品質。"],
        ["辦理共餐據點訪視120次，惟偏鄉共餐服務品質有待提升。"],
    )
    assert s in ("not_met", "unclear")


def test_a_clause_of_purpose_is_no_aim_reached():
    s = status(
        ["提升偏鄉長者共餐服務品質。"],
        ["為提升偏鄉長者共餐服務品質，辦理共餐據點訪視120次。"],
    )
    assert s == "unclear"


def test_an_aim_that_must_be_strengthened_further_is_not_met():
    s = status(["強化社區治安防護網絡。"], ["社區治安防護網絡須再強化。"])
    assert s in ("not_met", "unclear")


def test_a_limited_improvement_is_no_aim_reached():
    s = status(["提升青年創業存活率。"], ["輔導青年創業120家，青年創業存活率提升有限。"])
    assert s in ("not_met", "unclear")


def test_work_named_after_the_aim_is_no_aim_reached():
    s = status(["提升偏鄉長者共餐服務品質。"], ["辦理提升共餐服務品質研習3場。"])
    assert s == "unclear"


def test_a_plan_named_after_the_aim_is_no_aim_reached():
    s = status(["強化社區治安防護網絡。"], ["訂定強化社區治安防護網絡實施計畫。"])
    assert s == "unclear"


def test_an_aim_stated_reached_after_its_work_is_met():
    s = status(["深化臺日產業合作。"], ["促成臺日企業簽署合作備忘錄5件，臺日產業合作深化。"])
    assert s == "met"


def test_an_aim_whose_way_is_still_studied_is_unclear():
    s = status(["深化臺日產業合作。"], ["辦理臺日產業交流會2場，如何深化臺日產業合作仍待研議。"])
    assert s == "unclear"


# ---------------------------------------- a draft and its review (sec. 33)


def test_a_draft_done_but_not_sent_as_asked_is_not_met():
    s = status(["完成施行細則草案研擬並函報行政院。"], ["施行細則草案已完成研擬，刻正陳報程序中。"])
    assert s in ("not_met", "unclear")


def test_a_draft_announced_but_not_sent_to_the_legislature_is_not_met():
    s = status(
        ["完成漁業法修正草案預告及函送立法院審議。"], ["修正草案已完成預告，尚待行政院審查。"]
    )
    assert s in ("not_met", "unclear")


def test_a_draft_still_being_written_is_not_met():
    s = status(
        ["完成長照服務法施行細則草案研擬。"], ["施行細則草案刻正研擬中，預計115年3月完成研擬。"]
    )
    assert s in ("not_met", "unclear")


def test_a_first_stage_of_a_draft_is_not_the_draft():
    s = status(
        ["完成職業安全衛生法修正草案研擬。"],
        ["已完成第一階段條文草案研擬，其餘條文刻正研議中。"],
    )
    assert s in ("not_met", "unclear")


# ---------------------------------------- times in another unit (sec. 30)


def test_a_time_of_another_thing_in_another_unit_does_not_answer():
    s = status(
        ["民眾申辦案件平均處理時間2小時以內。"], ["線上申辦系統平均回應時間3秒，民眾滿意度92%。"]
    )
    assert s in ("not_met", "unclear")


def test_a_time_in_hours_against_minutes_is_converted():
    s = status(["旅客平均候車時間15分鐘以內。"], ["平均候車時間0.3小時。"])
    assert s == "not_met"  # 18 minutes


def test_a_frequency_in_minutes_is_no_time_taken():
    s = status(["河川水情通報時間1小時以內。"], ["汛期每30分鐘回報水情一次。"])
    assert s == "unclear"


# ---------------------------------------- part dated to a later year (sec. 32)


def test_a_next_phase_in_a_later_year_does_not_undo_this_years_count():
    s = status(
        ["完成智慧路燈建置500盞。"],
        ["完成智慧路燈建置520盞，115年起辦理智慧路燈建置第二期。"],
        fiscal_year=114,
    )
    assert s == "met"


def test_the_report_published_in_a_later_year_with_its_month_is_late():
    s = status(
        ["完成年度空氣品質監測並發布報告。"],
        ["年度空氣品質監測已完成，監測報告115年3月完成發布。"],
        fiscal_year=114,
    )
    assert s == "not_met"


def test_the_report_published_in_a_later_year_is_late():
    s = status(
        ["完成年度空氣品質監測並發布報告。"],
        ["年度空氣品質監測已完成，監測報告115年完成發布。"],
        fiscal_year=114,
    )
    assert s == "not_met"


def test_a_later_year_of_another_act_leaves_the_thing_done():
    s = status(
        ["本局及各分局全面實施電子公文線上簽核。"],
        ["本局及各分局已全面實施電子公文線上簽核，115年起實施公文線上簽核績效考核。"],
        fiscal_year=114,
    )
    assert s == "met"


# ---------------------------------------- a deadline dated elsewhere (sec. 30/33)


def test_a_later_act_of_another_kind_does_not_make_the_thing_late():
    s = status(
        ["於114年6月底前完成資料庫建置。"],
        ["資料庫已建置完成，達成。"],
        ["資料庫建置案於114年5月完成建置，114年10月完成教育訓練。"],
    )
    assert s == "met"


def test_the_next_phase_expected_later_does_not_make_this_phase_late():
    s = status(
        ["於114年6月底前完成第1期系統上線。"],
        ["第1期系統已上線，達成。"],
        ["第1期系統於114年5月上線，第2期系統預計115年3月上線。"],
    )
    assert s == "met"


def test_a_later_version_expected_does_not_undo_this_version():
    s = status(
        ["完成線上申辦系統2.0版上線。"],
        ["系統2.0版已上線，達成。"],
        ["線上申辦系統2.0版於114年6月上線，3.0版預計115年上線。"],
    )
    assert s == "met"


# ---------------------------------------- parts, each, totals (sec. 29/32/33)


def test_a_part_meeting_the_targets_condition_is_the_figure():
    s = status(
        ["輔導中高齡者就業500人。"],
        ["輔導中高齡者就業520人，達成。"],
        ["輔導就業520人，其中中高齡者就業310人、青年210人。"],
    )
    assert s == "not_met"


def test_each_school_summed_is_a_rival_figure():
    s = status(
        ["辦理校園防災演練200場。"],
        ["辦理校園防災演練210場，達成。"],
        ["各校合計辦理校園防災演練150場。"],
    )
    assert s == "unclear"


def test_more_that_join_next_year_add_nothing():
    s = status(["新增合作醫院20家。"], ["新增合作醫院18家，另2家已完成簽約，預計115年初加入。"])
    assert s == "not_met"
