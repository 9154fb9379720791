"""Sentences a reviewer of the rules of section 57 (met verdicts withheld by shape: an earlier
stage, done undated before the year's end, things counted in talks, the agency's own column
against the other; Gregorian dates read as ROC years) wrote to break them (review 14, issue 15).
Each case asserts the verdict the labelling rules (tests/fixtures/variety2/README.md, "Labels")
give. 74 cases; 40 broke the engine when written, marked xfail (strict) with the engine's
verdict in the reason: 20 "new" (right at 5868d3a, made wrong by section 57: a clear met
withheld as unclear) and 20 "older" (wrong at 5868d3a too, on the boundaries of section 57's
rules; 19 of them a false met). Of the 34 passing guards of those boundaries, 7 fail
at 5868d3a (what this session fixed: Gregorian dates, a submission for a decision, 草約). Written
for the rules, not from any labelled set."""

from __future__ import annotations

import pytest

from govplans.analyse.targets import TextItem, assess_plan_targets

NOT_MET_OR_UNCLEAR = ("not_met", "unclear")
MET_OR_EXCEEDED = ("met", "exceeded")


def items(section: str, *texts: str) -> list[TextItem]:
    return [TextItem(section, n, t, 100 + n) for n, t in enumerate(texts, start=1)]


def status(targets, attainment, execution=(), fiscal_year=None, which=0) -> str:
    return (
        assess_plan_targets(
            "T-01",
            items("targets", *targets),
            items("attainment", *attainment),
            items("execution", *execution),
            fiscal_year=fiscal_year,
        )
        .targets[which]
        .status
    )


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
    case(
        "uplinetest_hides_test",
        "unclear",
        ["完成新版網站建置並上線。"],
        ["新版網站已完成上線前測試，達成。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "上線 of 上線前測試 is the asked act, so _earlier_stage returns None"
        ),
    ),
    case(
        "uplinetest_exec",
        "unclear",
        ["完成新版網站建置並上線。"],
        ["新版網站已完成上線測試。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "上線測試 names the asked act 上線, hiding the test"
        ),
    ),
    case(
        "cert_application",
        NOT_MET_OR_UNCLEAR,
        ["取得ISO 27001資訊安全管理系統認證。"],
        ["已完成ISO 27001認證申請，達成。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "認證 of 認證申請 is the asked act, hiding the application"
        ),
    ),
    case(
        "acceptance_doc_draft",
        NOT_MET_OR_UNCLEAR,
        ["完成監測設備採購及驗收。"],
        ["監測設備已完成採購並草擬驗收文件，達成。"],
        (),
        fiscal_year=115,
        why=("older: engine met (also at 5868d3a); 驗收 of 驗收文件 counted as the asked act done"),
    ),
    case(
        "acceptance_doc_draft2",
        NOT_MET_OR_UNCLEAR,
        ["完成監測設備採購及驗收。"],
        ["監測設備已完成驗收文件草擬，達成。"],
        (),
        fiscal_year=115,
        why=("older: engine met (also at 5868d3a); 驗收文件草擬 is a draft, hidden by 驗收"),
    ),
    case(
        "tender_then_signed",
        NOT_MET_OR_UNCLEAR,
        ["完成線上申辦平台建置並上線。"],
        ["線上申辦平台已完成招標並簽訂契約，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "tender_then_signed_date",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成線上申辦平台建置並上線。"],
        ["線上申辦平台已於115年3月簽訂委外建置契約，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "award_signed_for_works",
        NOT_MET_OR_UNCLEAR,
        ["於115年10月底前完成活動中心新建工程完工。"],
        ["新建工程已於115年5月簽訂工程契約，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "plan_approved_purchase",
        NOT_MET_OR_UNCLEAR,
        ["完成檢驗儀器採購及驗收。"],
        ["檢驗儀器採購計畫已奉核定，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "tender_docs_passed",
        NOT_MET_OR_UNCLEAR,
        ["完成檢驗儀器採購及驗收。"],
        ["檢驗儀器採購招標文件已審查通過，達成。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "通過 (a later act) of the tender documents ends the acts"
        ),
    ),
    case(
        "test_item_mentions_upline",
        NOT_MET_OR_UNCLEAR,
        ["完成預約系統建置並上線。"],
        ["預約系統已完成開發測試，達成；上線時程配合主機汰換調整。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "上線 in the item (上線時程) counts as the asked act"
        ),
    ),
    case(
        "draft_submitted_report",
        NOT_MET_OR_UNCLEAR,
        ["完成年度水資源檢討報告。"],
        ["檢討報告初稿已函報本部，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "draft_submitted_plan",
        NOT_MET_OR_UNCLEAR,
        ["完成都市計畫通盤檢討。"],
        ["通盤檢討草案已函報內政部，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "dated_upline_pre_test",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成系統上線。"],
        ["系統於115年5月完成上線前壓力測試，達成。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met, deadline_met (also at 5868d3a); "
            "115年5月完成 read as the completion date"
        ),
    ),
    case(
        "dev_only_for_upline",
        NOT_MET_OR_UNCLEAR,
        ["完成線上申辦系統建置並上線。"],
        ["線上申辦系統已完成開發，達成。"],
        (),
        fiscal_year=115,
        why=("older: engine met (also at 5868d3a); 開發 is a 'later act', not 上線"),
    ),
    case(
        "counseling_is_service",
        "exceeded",
        ["提供學生心理健康服務1,200人次。"],
        ["提供學生心理諮商服務1,350人次，超越目標。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear earlier_stage (exceeded at 5868d3a); 心理諮商 read as talks"),
    ),
    case(
        "counseling_count_exec",
        MET_OR_EXCEEDED,
        ["提供學生心理健康服務1,200人次。"],
        [],
        ("本年度提供學生個別諮商1,250人次。",),
        fiscal_year=115,
        why=("new: engine unclear earlier_stage (met at 5868d3a); 個別諮商 read as talks"),
    ),
    case(
        "matchmaking_talks_event",
        "exceeded",
        ["辦理商機媒合會3場。"],
        ["辦理商機媒合洽談會4場，超越目標。"],
        (),
        fiscal_year=115,
        why=(
            "new: engine unclear earlier_stage (exceeded at 5868d3a); 洽談會 is the event counted"
        ),
    ),
    case(
        "talks_success",
        "met",
        ["促成廠商投資案8件。"],
        ["洽談成功促成投資案8件，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear earlier_stage (met at 5868d3a); 洽談成功 is talks concluded"),
    ),
    case(
        "labor_talks_mediation",
        "met",
        ["受理勞資爭議調解案件500件。"],
        ["受理勞資爭議協商調解案件510件，達成。"],
        (),
        fiscal_year=115,
        why=(
            "new: engine unclear earlier_stage (met at 5868d3a); "
            "協商調解 cases are the service counted"
        ),
    ),
    case(
        "counsel_platform_open",
        "met",
        ["完成學生心理諮商預約平台建置並上線。"],
        ["平台已完成建置並開放學生預約諮商，達成。"],
        (),
        fiscal_year=115,
        why=(
            "new: engine unclear earlier_stage (met at 5868d3a); "
            "預約諮商 (the platform's use) read as talks"
        ),
    ),
    case(
        "test_field_noun",
        "met",
        ["完成5G智慧應用測試場域建置。"],
        ["5G智慧應用測試場域已完成，達成。"],
        (),
        fiscal_year=115,
        why=(
            "new: engine unclear earlier_stage (met at 5868d3a); 測試場域 is the thing, not a test"
        ),
    ),
    case(
        "plan_noun_platform",
        "met",
        ["完成交通規劃資訊平台建置。"],
        ["交通規劃資訊平台已完成，提供各界查詢，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear earlier_stage (met at 5868d3a); 交通規劃 names the platform"),
    ),
    case(
        "procurement_noun_interface",
        "met",
        ["完成與政府電子採購網介接功能開發。"],
        ["已完成與政府電子採購網之介接，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear earlier_stage (met at 5868d3a); 電子採購網 is a name"),
    ),
    case(
        "trial_noun_center",
        "met",
        ["完成農業試驗分所溫室建置。"],
        ["農業試驗分所溫室已完成，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear earlier_stage (met at 5868d3a); 農業試驗分所 is a name"),
    ),
    case(
        "before_end_of_month_upline",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已於6月底前上線，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear done_undated (met at 5868d3a); 6月底前 excluded by _MONTH_ONLY"),
    ),
    case(
        "first_half_upline",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已於115年上半年上線，達成。"],
        (),
        fiscal_year=115,
        why=(
            "new: engine unclear done_undated (met at 5868d3a); "
            "115年上半年 is a date by the deadline"
        ),
    ),
    case(
        "per_schedule_words",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已依預定時程上線，達成。"],
        (),
        fiscal_year=115,
        why=("older: engine not_met agency_says_late (also at 5868d3a); 依預定時程 read as late"),
    ),
    case(
        "early_tizao",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已提早上線，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear done_undated (met at 5868d3a); 提早 is not in _ON_TIME"),
    ),
    case(
        "q1_upline",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已於第1季完成上線，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear done_undated (met at 5868d3a); 第1季 is a date by the deadline"),
    ),
    case(
        "year_end_deadline_gregorian",
        "met",
        ["於2026年12月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "year_end_deadline_plain",
        "met",
        ["於115年底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "other_act_date_counts",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("115年2月召開導覽App需求審查會議，App已上線。",),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "a meeting's date (115年2月) makes _all_dated_in_time true"
        ),
    ),
    case(
        "tender_date_counts",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("導覽App開發案於115年1月決標，已上線營運。",),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "the award's date (115年1月決標) stands for the launch"
        ),
    ),
    case(
        "gregorian_other_date",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("導覽App開發案於2026年1月決標，已上線。",),
        fiscal_year=115,
        why=("older: engine met (also at 5868d3a); 2026年1月決標 stands for the launch date"),
    ),
    case(
        "gregorian_target_roc_evidence_late",
        "not_met",
        ["於2026年6月底前完成導覽App上線。"],
        [],
        ("導覽App於115年7月15日上線。",),
        fiscal_year=115,
    ),
    case(
        "gregorian_late_year_only",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        [],
        ("導覽App已於2026年8月正式對外上線。",),
        fiscal_year=115,
    ),
    case(
        "gregorian_prev_year_talks",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線。"],
        ("導覽App於2025年11月完成測試，目前開放試用。",),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "a test's date (2025年11月) stands for the launch; 開放試用"
        ),
    ),
    case(
        "not_as_scheduled_hides",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("導覽App因廠商履約延誤，未能如期上線，目前已上線。",),
        fiscal_year=115,
        why=("older: engine met (also at 5868d3a); 如期 of 未能如期 read as on time by _ON_TIME"),
    ),
    case(
        "year_end_before_done",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已於年底前完成上線，達成。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); 前完成 of 年底前完成 (after June) read as on time"
        ),
    ),
    case(
        "extended_deadline_before",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App經核准展延，已於展延期限前完成上線。"],
        (),
        fiscal_year=115,
    ),
    case(
        "boilerplate_per_plan",
        "unclear",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("本案依計畫推動，導覽App已上線。",),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "boilerplate 依計畫推動 read as on time by _ON_TIME"
        ),
    ),
    case(
        "restated_deadline_date",
        "unclear",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("本項目標為115年6月底前完成導覽App上線，App已上線。",),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); "
            "the target's own restated deadline counts as a date"
        ),
    ),
    case(
        "not_overdue_words",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，並未逾期，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear done_undated (met at 5868d3a); 未逾期 is not in _ON_TIME"),
    ),
    case(
        "original_schedule_words",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已依原訂時程完成上線，達成。"],
        (),
        fiscal_year=115,
        why=("new: engine unclear done_undated (met at 5868d3a); 依原訂時程 is not in _ON_TIME"),
    ),
    case(
        "start_june_date_other",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("導覽App自115年5月起開放下載，累計下載1萬次。",),
        fiscal_year=115,
    ),
    case(
        "cancel_paper_grows_online",
        MET_OR_EXCEEDED,
        ["線上申辦案件達5,000件。"],
        ["配合取消紙本申請，線上申辦案件大幅成長。"],
        ("本年度線上申辦案件計5,300件。",),
        fiscal_year=115,
        why=(
            "new: engine unclear conflicting_signals (met at 5868d3a); "
            "取消 of paper forms, not the target"
        ),
    ),
    case(
        "stop_smoking_service",
        MET_OR_EXCEEDED,
        ["提供戒菸服務3,000人次。"],
        ["協助民眾停止吸菸，戒菸成功率提升。"],
        ("本年度提供戒菸服務3,200人次。",),
        fiscal_year=115,
        why=(
            "new: engine unclear conflicting_signals (met at 5868d3a); "
            "停止吸菸 is the service's aim"
        ),
    ),
    case(
        "lagging_students",
        MET_OR_EXCEEDED,
        ["辦理國中小補救教學1,000人次。"],
        ["針對學習落後學生加強補救教學。"],
        ("本年度辦理國中小補救教學1,080人次。",),
        fiscal_year=115,
        why=("new: engine unclear conflicting_signals (met at 5868d3a); 學習落後 names the pupils"),
    ),
    case(
        "unable_elders_meals",
        MET_OR_EXCEEDED,
        ["提供長者送餐服務2萬人次。"],
        ["針對無法自行備餐之長者提供送餐服務。"],
        ("本年度提供長者送餐服務2萬1,000人次。",),
        fiscal_year=115,
        why=(
            "new: engine unclear conflicting_signals (met at 5868d3a); "
            "無法自行備餐 names the elders"
        ),
    ),
    case(
        "future_word_wei",
        MET_OR_EXCEEDED,
        ["辦理戒菸衛教講座60場。"],
        ["戒菸衛教講座已達成目標，未來將擴大辦理。"],
        ("本年度辦理戒菸衛教講座63場。",),
        fiscal_year=115,
    ),
    case(
        "gregorian_next_phase_later",
        "met",
        ["完成第一期污水下水道工程。"],
        ["第一期污水下水道工程已完工，達成。"],
        ("第一期工程已完工，第二期工程預計2027年3月完工。",),
        fiscal_year=115,
    ),
    case(
        "gregorian_later_year_done_same_thing",
        NOT_MET_OR_UNCLEAR,
        ["完成污水處理廠擴建工程。"],
        ["擴建工程已完成，達成。"],
        ("污水處理廠擴建工程預計2027年3月完工。",),
        fiscal_year=115,
        why=("older: engine met (also at 5868d3a); execution's 預計2027年3月完工 ignored"),
    ),
    case(
        "gregorian_tender_previous_year",
        "met",
        ["於115年6月底前完成導覽App上線。"],
        [],
        ("導覽App開發案於2025年10月決標，並於2026年5月正式上線。",),
        fiscal_year=115,
    ),
    case(
        "gregorian_upline_late_day",
        "not_met",
        ["於115年6月15日前完成導覽App上線。"],
        [],
        ("導覽App於2026年6月20日正式上線。",),
        fiscal_year=115,
    ),
    case(
        "gregorian_dates_mixed_late",
        "not_met",
        ["於115年6月底前完成導覽App上線。"],
        ["導覽App已上線，達成。"],
        ("導覽App於2026年9月正式上線。",),
        fiscal_year=115,
    ),
    case(
        "submitted_for_approval_target_approval",
        NOT_MET_OR_UNCLEAR,
        ["完成推動方案並報奉行政院核定。"],
        ["推動方案已函報行政院，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "submitted_no_decision_asked_draft",
        NOT_MET_OR_UNCLEAR,
        ["完成長照服務法施行細則修正。"],
        ["施行細則修正草案已函報衛福部，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "signed_mou_counted_talks",
        NOT_MET_OR_UNCLEAR,
        ["簽署國際合作備忘錄4案。"],
        ["與4國完成合作備忘錄協商，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "talks_phrase_split",
        NOT_MET_OR_UNCLEAR,
        ["促成技術授權交易6件。"],
        ["技術授權交易洽談中，已有意向6件，達成。"],
        (),
        fiscal_year=115,
        why=(
            "older: engine met (also at 5868d3a); 洽談中 in a phrase before the figure of 意向6件"
        ),
    ),
    case(
        "talks_after_and",
        NOT_MET_OR_UNCLEAR,
        ["簽署國際合作備忘錄4案。"],
        ["完成國際合作備忘錄草約及洽簽4案，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "test_asked_later_said",
        "met",
        ["完成自動駕駛車輛道路測試。"],
        ["自動駕駛車輛已完成道路測試，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "trial_run_target",
        "met",
        ["完成新購公車試營運。"],
        ["新購公車已完成試營運，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "draft_as_asked_in_law",
        "met",
        ["完成自治條例草案研擬。"],
        ["自治條例草案已研擬完成，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "purchase_asked",
        "met",
        ["完成救護車購置。"],
        ["救護車10輛已購置完成，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "purchase_delivery_target_procure",
        "met",
        ["完成救災車輛採購。"],
        ["救災車輛已完成採購並交貨，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "gregorian_later_year_attain",
        NOT_MET_OR_UNCLEAR,
        ["完成污水處理廠擴建工程。"],
        ["污水處理廠擴建工程已完成主體工程，附屬設施預計2027年3月完工。"],
        (),
        fiscal_year=115,
    ),
    case(
        "roc_later_year_attain",
        NOT_MET_OR_UNCLEAR,
        ["完成污水處理廠擴建工程。"],
        ["污水處理廠擴建工程已完成主體工程，附屬設施預計116年3月完工。"],
        (),
        fiscal_year=115,
    ),
    case(
        "gregorian_acceptance_next_year",
        NOT_MET_OR_UNCLEAR,
        ["完成檢驗儀器採購及驗收。"],
        ["檢驗儀器採購已完成。"],
        ("檢驗儀器已交貨，2027年1月完成驗收。",),
        fiscal_year=115,
    ),
    case(
        "roc_acceptance_next_year",
        NOT_MET_OR_UNCLEAR,
        ["完成檢驗儀器採購及驗收。"],
        ["檢驗儀器採購已完成。"],
        ("檢驗儀器已交貨，116年1月完成驗收。",),
        fiscal_year=115,
    ),
    case(
        "public_open_gregorian_late",
        "not_met",
        ["於115年6月底前完成文化園區對外開放。"],
        [],
        ("文化園區於2026年8月對外開放。",),
        fiscal_year=115,
    ),
    case(
        "signed_dated_asked_sign",
        "met",
        ["於115年6月底前與友邦簽訂漁業合作協定。"],
        ["已於115年5月簽訂漁業合作協定，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "signed_contract_for_upline_dated",
        NOT_MET_OR_UNCLEAR,
        ["於115年6月底前完成預約系統上線。"],
        ["預約系統已於115年4月簽訂建置契約，達成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "open_to_public_dated",
        "met",
        ["於115年6月底前完成文化園區對外開放。"],
        ["文化園區已於115年5月正式對外開放，達成。"],
        (),
        fiscal_year=115,
    ),
]


@pytest.mark.parametrize(
    ("targets", "attainment", "execution", "fiscal_year", "which", "expected"), CASES
)
def test_reviewed_verdict(targets, attainment, execution, fiscal_year, which, expected):
    assert status(targets, attainment, execution, fiscal_year, which) in expected
