"""Sentences a reviewer of the rules of section 50 (the forty-third set: 檔/齣/首, 維持在…以上,
a works' progress, 雛型, an act expected after the year, averages, totals, 逾/近 against exact
figures, the whole counted by the act asked, review at the other end of a sending, a closing
已完成, deferral on an item naming its own target, a thing built and counted by what it holds)
wrote to break them (review 12, issue 15). Each case asserts the verdict the labelling rules
(tests/fixtures/variety2/README.md, "Labels") give. 94 cases; 27 broke the engine when written,
marked xfail (strict) with the engine's verdict in the reason: 14 "new" (right at 8321bab, before
section 50, or made wrong by one of its rules; 7 of them a false met or exceeded) and 13 "older"
(wrong at 8321bab too, on the boundaries of section 50's rules; 7 of them a false met or
exceeded). Written for the rules, not from any labelled set."""

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
    case(
        "files_counted_in_dang_are_not_exhibitions",
        NOT_MET_OR_UNCLEAR,
        ["推出主題特展4檔。"],
        ["主題特展因展廳整修延後推出，本年度完成典藏影像數位化3,200檔。"],
    ),
    case(
        "files_beside_exhibitions",
        "not_met",
        ["推出主題特展4檔。"],
        ["本年度推出主題特展2檔，另完成典藏影像數位化3,200檔。"],
    ),
    case(
        "unique_first_is_not_one_piece",
        NOT_MET_OR_UNCLEAR,
        ["委託創作族語歌曲3首。"],
        ["辦理全國唯一首創族語歌曲創作營，學員作品預計116年集結出版。"],
    ),
    case(
        "first_batch_not_counted",
        "not_met",
        ["完成電動公車汰換40輛。"],
        ["115年首批電動公車20輛已交車，其餘延至116年。"],
        (),
        fiscal_year=115,
    ),
    case(
        "shou_ge_pieces",
        "met",
        ["委託創作兒童歌曲5首。"],
        ["完成委託創作兒童歌曲五首，並錄製發行。"],
    ),
    case(
        "hold_yu_with_above_is_a_floor",
        "met",
        ["讀者滿意度維持於85%以上。"],
        ["讀者滿意度87.2%。"],
    ),
    case(
        "hold_without_zai_above_floor",
        "met",
        ["讀者滿意度維持85%以上。"],
        ["讀者滿意度87.2%。"],
    ),
    case(
        "hold_level_above_floor",
        "met",
        ["讀者滿意度維持在85%之水準以上。"],
        ["讀者滿意度87.2%。"],
        why=(
            "older: 之水準 between the number and 以上 keeps 維持在 a ceiling (wrong not_met, "
            "also at 8321bab)"
        ),
    ),
    case(
        "hold_inclusive_above_floor",
        "met",
        ["讀者滿意度維持在85%（含）以上。"],
        ["讀者滿意度87.2%。"],
        why=(
            "older: （含） between the number and 以上 keeps 維持在 a ceiling (wrong not_met, "
            "also at 8321bab)"
        ),
    ),
    case(
        "hold_above_missed",
        "not_met",
        ["讀者滿意度維持在85%以上。"],
        ["讀者滿意度83.1%。"],
    ),
    case(
        "hold_below_ceiling_missed",
        "not_met",
        ["空床率控制在5%以下。"],
        ["空床率6.2%。"],
    ),
    case(
        "hold_within_ceiling",
        "exceeded",
        ["急診待床時間控制在6小時以內。"],
        ["急診平均待床時間5.2小時。"],
    ),
    case(
        "hold_range",
        "not_met",
        ["病床占床率維持在80%至90%。"],
        ["病床占床率76.5%。"],
    ),
    case(
        "years_works_progress_target_reads_years_figure",
        "not_met",
        ["年度工程進度達40%。"],
        ["本年度工程進度35%，累計進度78%。"],
    ),
    case(
        "fiscal_year_works_progress",
        "not_met",
        ["115年度施工進度達40%。"],
        ["115年度施工進度35%，累計施工進度78%。"],
        (),
        fiscal_year=115,
    ),
    case(
        "this_year_planned_progress",
        "not_met",
        ["本年度預定完成工程進度40%。"],
        ["本年度完成工程進度35%，累計進度78%。"],
    ),
    case(
        "actual_vs_planned_cumulative",
        "not_met",
        ["新建工程進度達75%。"],
        ["累計預定進度80%，累計實際進度72%。"],
    ),
    case(
        "progress_attainment_rate",
        "met",
        ["工程進度達成率100%。"],
        ["本年度預定進度25%，實際進度26%，進度達成率104%，累計進度60%。"],
        why=(
            "older: 進度達成率 (a rate of the planned progress) read against the cumulative 60% "
            "(sec. 50) / the year's 26% at 8321bab (wrong not_met both)"
        ),
    ),
    case(
        "period_progress",
        "not_met",
        ["新建工程進度達75%。"],
        ["本期進度12%，總進度70%。"],
    ),
    case(
        "budget_progress_years",
        "met",
        ["年度經費執行進度達90%。"],
        ["年度經費執行率92%，計畫累計經費執行進度65%。"],
    ),
    case(
        "plan_total_progress",
        "not_met",
        ["計畫總進度達65%。"],
        ["本年度計畫進度20%，計畫總進度61%。"],
    ),
    case(
        "prototype_as_yuanxing_asked",
        "met",
        ["完成巡檢機器人原型開發。"],
        ["巡檢機器人雛型已開發完成，達成。"],
    ),
    case(
        "from_prototype_into_production",
        "met",
        ["完成巡檢無人機量產交機30架。"],
        ["巡檢無人機已由雛型進入量產，本年度交機32架。"],
    ),
    case(
        "earlier_prototype_now_online",
        "met",
        ["完成防汛資訊系統建置並上線。"],
        ["系統已於114年9月正式上線（113年完成雛型）。"],
        (),
        fiscal_year=114,
        why=(
            "older (as at 8321bab): 正式上線 dated beside a bracketed earlier-year prototype "
            "gives unclear (the new rule's not_delivered here was mended, review 12)"
        ),
    ),
    case(
        "yuanxing_not_the_thing",
        NOT_MET_OR_UNCLEAR,
        ["建置水情預警決策支援系統。"],
        ["系統已完成原型開發，尚待介接即時資料。"],
    ),
    case(
        "multi_year_due_later",
        ("unclear", "met"),
        ["於116年6月底前完成焚化廠整建並恢復運轉。"],
        ["整建工程進度符合預期，預計116年3月恢復運轉。"],
        (),
        fiscal_year=115,
    ),
    case(
        "other_phase_later",
        "met",
        ["完成第一期整建工程並恢復開放。"],
        ["第一期整建工程已於115年10月完工並恢復開放，第二期預計116年6月開放。"],
        (),
        fiscal_year=115,
        why=(
            "older: 第二期預計116年6月開放 makes the first phase late (wrong not_met, also at "
            "8321bab)"
        ),
    ),
    case(
        "other_thing_expected_later",
        MET_OR_EXCEEDED,
        ["完成污水處理廠擴建並啟用。"],
        ["擴建工程已完工，115年11月啟用；周邊管線預計116年5月啟用。"],
        (),
        fiscal_year=115,
        why=(
            "older (as at 8321bab): 115年11月啟用 beside another thing expected later gives "
            "unclear (the new rule's not_met here was mended, review 12)"
        ),
    ),
    case(
        "average_of_last_year_is_not_this_years",
        "not_met",
        ["月平均呼叫次數達50萬次。"],
        ["本年月平均呼叫48萬次，較113年月平均52萬次減少。"],
    ),
    case(
        "average_per_district_is_not_the_count",
        "not_met",
        ["平均分配於北中南東四區辦理研習30場。"],
        ["於北中南東四區辦理研習共26場，平均每區6.5場。"],
    ),
    case(
        "average_score_other_group",
        "not_met",
        ["學員平均成績達80分。"],
        ["全體學員平均成績76分，其中進階班平均成績85分。"],
    ),
    case(
        "average_per_case_days",
        "met",
        ["平均每件審查天數不超過30天。"],
        ["平均每件審查天數28天，最長45天。"],
    ),
    case(
        "weighted_average",
        "not_met",
        ["各館讀者滿意度加權平均達4.5分。"],
        ["總館滿意度4.7分，分館加權平均4.3分，整體加權平均4.4分。"],
    ),
    case(
        "average_asked_total_printed_only",
        ("unclear", "met"),
        ["月平均服務人次達3萬人次。"],
        ["全年服務40萬人次，12月單月5.1萬人次。"],
        why=(
            "older: the year's total 40萬 answers a monthly average asked (wrong exceeded, also "
            "at 8321bab)"
        ),
    ),
    case(
        "average_asked_agency_verdict_with_total",
        MET_OR_EXCEEDED,
        ["月平均服務人次達3萬人次。"],
        ["全年服務40萬人次，月平均約3.3萬人次，達成。"],
    ),
    case(
        "two_totals_in_one_sentence_are_added",
        MET_OR_EXCEEDED,
        ["辦理研習35場。"],
        ["北區研習12場、中區8場，合計20場；南區10場、東區5場，合計15場。"],
        why=(
            "older: two totals of one sentence (合計20場；合計15場) are not added (wrong not_met "
            "with 20; 32 at 8321bab, also not_met)"
        ),
    ),
    case(
        "a_total_of_another_thing_blocks_none",
        MET_OR_EXCEEDED,
        ["辦理講座25場。"],
        ["辦理親子講座15場、職場講座12場，並辦理戶外體驗活動，合計8場。"],
    ),
    case(
        "total_then_more",
        "exceeded",
        ["辦理講座20場。"],
        ["辦理親子講座10場、職場講座8場，合計18場；另於12月加開講座5場。"],
    ),
    case(
        "parts_summing_to_the_total",
        "not_met",
        ["完成古籍數位化300冊。"],
        ["數位化善本120冊、普通本150冊，共計270冊。"],
    ),
    case(
        "a_total_bigger_scope",
        "not_met",
        ["辦理講座20場。"],
        ["本年度辦理講座12場，連同民間團體合辦活動合計30場。"],
    ),
    case(
        "over_equal_round",
        "met",
        ["辦理防詐講座服務1萬人次。"],
        ["防詐講座服務逾1萬人次，達成。"],
        ["辦理防詐講座，服務1萬人次。"],
    ),
    case(
        "near_against_exact_above_target",
        "met",
        ["辦理防詐講座服務9,500人次。"],
        ["防詐講座服務近1萬人次，達成。"],
        ["辦理防詐講座，服務9,820人次。"],
    ),
    case(
        "near_against_exact_above_bound",
        "unclear",
        ["辦理防詐講座服務1萬人次。"],
        ["防詐講座服務近1萬人次。"],
        ["辦理防詐講座，服務10,200人次。"],
    ),
    case(
        "short_of_stated_with_exact",
        "not_met",
        ["服務長者5萬人次。"],
        ["服務長者未達5萬人次。"],
        ["服務長者4萬8,200人次。"],
    ),
    case(
        "over_against_exact_below_target",
        "unclear",
        ["辦理防詐講座服務1萬人次。"],
        ["防詐講座服務逾1萬人次，達成。"],
        ["辦理防詐講座，服務9,420人次。"],
    ),
    case(
        "part_is_what_target_asks_counseling",
        "not_met",
        ["輔導社區完成綠美化改善30處。"],
        ["輔導社區42處，其中28處完成綠美化改善。"],
    ),
    case(
        "part_is_what_target_asks_recommend",
        "not_met",
        ["推薦並獲選全國績優社區10處。"],
        ["推薦24處，其中8處獲選全國績優社區。"],
    ),
    case(
        "part_is_what_target_asks_subsidise",
        "not_met",
        ["補助並完成老舊校舍補強工程20校。"],
        ["補助32校，其中18校完成補強工程。"],
    ),
    case(
        "part_is_what_target_asks_inspect",
        "not_met",
        ["查核並輔導改善不合格業者50家。"],
        ["查核業者320家，其中42家不合格已輔導改善。"],
    ),
    case(
        "nominate_designated",
        "not_met",
        ["提報並經指定為古蹟5處。"],
        ["提報12處，其中3處經指定為古蹟。"],
    ),
    case(
        "review_of_thing_asked_approved",
        NOT_MET_OR_UNCLEAR,
        ["都市計畫變更案提送內政部審議並核定5案。"],
        ["提送6案，均於內政部審議中。"],
    ),
    case(
        "review_passed_asked",
        NOT_MET_OR_UNCLEAR,
        ["提報文化資產審議會審議通過指定古蹟3處。"],
        ["提報5處，均於審議會審議中。"],
    ),
    case(
        "review_passed_asked2",
        NOT_MET_OR_UNCLEAR,
        ["完成都市更新事業計畫提報審議並經審議通過10案。"],
        ["提報12案，均審議中。"],
    ),
    case(
        "sent_guard",
        MET_OR_EXCEEDED,
        ["提報歷史建築登錄案予縣府審議8案。"],
        ["提報9案，縣府審議中。"],
    ),
    case(
        "partly_done_is_no_verdict",
        NOT_MET_OR_UNCLEAR,
        ["精進志工培訓制度，提升服務品質。"],
        ["修訂志工培訓課程，部分已完成。"],
        why=("older: 部分已完成 read as the aim done (false met, also at 8321bab)"),
    ),
    case(
        "rest_done_is_no_verdict",
        NOT_MET_OR_UNCLEAR,
        ["精進志工培訓制度，提升服務品質。"],
        ["進階研習尚未辦理，其餘已完成。"],
    ),
    case(
        "a_draft_done_closing",
        NOT_MET_OR_UNCLEAR,
        ["完成志工管理辦法修訂。"],
        ["志工管理辦法修正草案之研擬，已完成。"],
    ),
    case(
        "a_tender_done_closing",
        NOT_MET_OR_UNCLEAR,
        ["完成智慧停車系統建置。"],
        ["智慧停車系統建置案辦理招標作業，已完成。"],
    ),
    case(
        "a_design_done_closing",
        NOT_MET_OR_UNCLEAR,
        ["完成遊客中心新建工程。"],
        ["遊客中心新建工程規劃設計，已完成。"],
    ),
    case(
        "a_count_short_closing_done",
        "not_met",
        ["辦理志工研習20場。"],
        ["辦理志工研習15場，已完成。"],
    ),
    case(
        "a_deadline_late_closing_done",
        "not_met",
        ["於115年6月底前完成系統上線。"],
        ["系統於115年9月上線，已完成。"],
        (),
        fiscal_year=115,
    ),
    case(
        "a_first_phase_closing_done",
        NOT_MET_OR_UNCLEAR,
        ["完成全市路燈汰換為LED燈。"],
        ["第一階段路燈汰換，已完成。"],
    ),
    case(
        "a_prototype_closing_done",
        NOT_MET_OR_UNCLEAR,
        ["建置智慧巡檢系統。"],
        ["智慧巡檢系統雛型開發，已完成。"],
    ),
    case(
        "aim_closing_done_guard",
        "met",
        ["強化食品安全稽查量能。"],
        ["增聘稽查人力並更新檢驗設備，已完成。"],
    ),
    case(
        "an_evaluation_done_closing",
        NOT_MET_OR_UNCLEAR,
        ["推動公有建築設置太陽光電。"],
        ["公有建築設置太陽光電可行性評估，已完成。"],
    ),
    case(
        "built_and_online_with_holdings",
        "not_met",
        ["建置原生植物種子資料庫並上線，收錄物種800種。"],
        ["種子資料庫收錄物種826種，系統上線延至116年。"],
    ),
    case(
        "built_and_online_with_holdings2",
        NOT_MET_OR_UNCLEAR,
        ["建置原生植物種子資料庫並上線，收錄物種800種。"],
        ["種子資料庫已收錄物種826種，系統尚未上線。"],
    ),
    case(
        "built_and_opened_with_holdings",
        NOT_MET_OR_UNCLEAR,
        ["建置數位典藏平台並對外開放，收錄影像5,000筆。"],
        ["數位典藏平台收錄影像5,320筆，對外開放作業延至116年辦理。"],
    ),
    case(
        "platform_rate_covers",
        NOT_MET_OR_UNCLEAR,
        ["建置電子病歷交換平台，納入醫院300家。"],
        ["已納入醫院320家，惟平台建置延宕，正式上線延至116年。"],
    ),
    case(
        "built_holds_guard",
        "met",
        ["建立長照服務資源地圖，收錄服務據點1,200處。"],
        ["長照服務資源地圖已建置完成，收錄服務據點1,236處。"],
    ),
    case(
        "platform_not_built_holdings_counted",
        NOT_MET_OR_UNCLEAR,
        ["建置電子病歷交換平台，納入醫院300家。"],
        ["已納入醫院320家，惟平台尚未建置完成。"],
    ),
    case(
        "database_built_in_progress_holdings",
        NOT_MET_OR_UNCLEAR,
        ["建置原生植物種子資料庫，收錄物種800種。"],
        ["種子資料庫仍在建置中，已收錄物種826種。"],
    ),
    case(
        "built_covering_rate",
        NOT_MET_OR_UNCLEAR,
        ["建置智慧水表遠端讀表系統，涵蓋用戶2萬戶。"],
        ["智慧水表已安裝2萬1,000戶，讀表系統建置延至116年。"],
        (),
        fiscal_year=115,
    ),
    case(
        "unique_first_alone",
        "unclear",
        ["委託創作族語歌曲3首。"],
        ["辦理全國唯一首創族語歌曲創作營，學員反應熱烈。"],
    ),
    case(
        "one_first_prize",
        "unclear",
        ["委託創作族語歌曲3首。"],
        ["本年度族語創作歌曲獲金曲獎第一首獎殊榮。"],
    ),
    case(
        "progress_planned_vs_actual_plain",
        "not_met",
        ["新建工程進度達75%。"],
        ["預定進度75%，實際進度70%。"],
    ),
    case(
        "progress_ahead_guard",
        "met",
        ["新建工程進度達60%。"],
        ["本年度進度20%，累計進度62%，超前預定進度。"],
    ),
    case(
        "law_draft_reported_not_enacted",
        NOT_MET_OR_UNCLEAR,
        ["完成長期照顧服務法施行細則修正，提報行政院核定後發布施行。"],
        ["施行細則修正草案已提報行政院，審查中。"],
    ),
    case(
        "law_reported_enact_asked2",
        NOT_MET_OR_UNCLEAR,
        ["修正國民體育法施行細則，並提報完成法制作業發布施行。"],
        ["施行細則修正草案已於10月提報，刻正審查中。"],
    ),
    case(
        "law_draft_reported_plain",
        NOT_MET_OR_UNCLEAR,
        ["完成公益彩券發行條例修正。"],
        ["修正草案已提報行政院審查。"],
    ),
    case(
        "sent_law_guard",
        MET_OR_EXCEEDED,
        ["完成水土保持法修正草案並提報行政院。"],
        ["修正草案已於10月提報行政院，審查中。"],
    ),
    case(
        "review_budget_approved",
        NOT_MET_OR_UNCLEAR,
        ["提送115年度附屬單位預算經議會審議通過。"],
        ["已提送議會，審議中。"],
    ),
    case(
        "review_guard_count_sent",
        MET_OR_EXCEEDED,
        ["提送都市計畫通盤檢討案予內政部審議3案。"],
        ["已提送內政部審議3案，目前審議中。"],
    ),
    case(
        "visit_part_improved",
        "not_met",
        ["訪視並輔導托育機構完成改善40家。"],
        ["訪視托育機構180家，其中35家完成改善。"],
        why=(
            "older: the whole visited (180家) answers 完成改善 asked, not the part 35家 (false "
            "exceeded, also at 8321bab)"
        ),
    ),
    case(
        "test_part_punished",
        "not_met",
        ["抽驗並移送處分違規產品30件。"],
        ["抽驗市售產品600件，其中24件違規已移送處分。"],
    ),
    case(
        "counsel_part_employed",
        "not_met",
        ["輔導身心障礙者就業200人。"],
        ["輔導身心障礙者520人，其中就業186人。"],
        why=(
            "older: the whole counselled (520人) answers 就業 asked, not the part 186人 (false "
            "exceeded, also at 8321bab)"
        ),
    ),
    case(
        "review_sent_count_guard_other_review",
        "unclear",
        ["完成都市計畫變更5案。"],
        ["完成6案，均於內政部審議中。"],
    ),
    case(
        "pool_reopen_undecided_multi",
        NOT_MET_OR_UNCLEAR,
        ["完成游泳池整修並恢復開放。"],
        ["游泳池整修工程已完成驗收，預計116年1月全面開放夜間場次。"],
        (),
        fiscal_year=115,
    ),
    case(
        "year_label_expected",
        MET_OR_EXCEEDED,
        ["完成社福大樓新建並啟用。"],
        ["社福大樓已於115年10月完工啟用，116年度預計增設托嬰中心。"],
        (),
        fiscal_year=115,
    ),
    case(
        "other_part_expected_later",
        NOT_MET_OR_UNCLEAR,
        ["完成A棟整建並啟用、B棟補強。"],
        ["A棟已於115年8月啟用，B棟補強工程預計116年3月完工。"],
        (),
        fiscal_year=115,
    ),
    case(
        "expected_other_act_later_guard",
        "met",
        ["於115年底前完成步道修復並恢復開放。"],
        ["步道已於115年10月修復完成並恢復開放，周邊停車場預計116年3月啟用。"],
        (),
        fiscal_year=115,
        why=(
            "older: 周邊停車場預計116年3月啟用 (another thing) makes the trail late (wrong "
            "not_met, also at 8321bab)"
        ),
    ),
    # ----------------------------------------
    # deferral on an item aligned by number that names its own target (sec. 50)
    case(
        "deferral_of_the_plan_phrased_about_one_item_reaches_the_other",
        "not_met",
        ["完成展館空調汰換工程決標。", "辦理館員專業研習4場。"],
        ["空調汰換工程因本館年度預算遭凍結，連同本計畫其他工作均暫緩辦理。"],
        which=1,
    ),
    case(
        "an_item_of_its_own_keeps_the_neighbours_deferral_out",
        "exceeded",
        ["完成展館空調汰換工程決標。", "辦理館員專業研習4場。"],
        ["空調汰換工程兩度流標，重新招標中。", "辦理館員專業研習5場。"],
        which=1,
    ),
    case(
        "a_deferral_of_the_other_target_in_the_own_item",
        "met",
        ["完成展館空調汰換工程決標。", "辦理館員專業研習4場。"],
        [
            "空調汰換工程已於5月決標；館員專業研習因講師異動延後辦理。",
            "館員專業研習延至116年辦理。",
        ],
        ["空調汰換工程於5月決標。", "館員研習延後。"],
    ),
]


@pytest.mark.parametrize(
    ("targets", "attainment", "execution", "fiscal_year", "which", "expected"), CASES
)
def test_reviewed_verdict(targets, attainment, execution, fiscal_year, which, expected):
    assert status(targets, attainment, execution, fiscal_year, which) in expected
