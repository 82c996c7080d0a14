//! Claims and comparisons never panic, whatever the text: generated report-like text with
//! figures, indicator names, qualifiers and structure in random order.

use proptest::prelude::*;

fn report_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "政府工作报告\n",
        "——2024年2月1日在某镇第十届人民代表大会第三次会议上\n",
        "各位代表：\n",
        "一、2023年工作回顾\n",
        "二、2024年工作安排\n",
        "主要预期目标是：",
        "地区生产总值",
        "财政收入",
        "城镇登记失业率",
        "工业投资、技改投资",
        "增长",
        "下降",
        "同比增长",
        "控制在",
        "与经济增长同步",
        "增速高于经济增长",
        "保持正增长",
        "目标完成率",
        "超额完成任务",
        "完成年度任务目标的",
        "预计",
        "截止11月",
        "6%",
        "5.8亿元",
        "3-5家",
        "2倍",
        "左右",
        "以上",
        "以内",
        "约",
        "超",
        "12600万元",
        "1.3亿元",
        "2个百分点",
        "，",
        "；",
        "。",
        "、",
        "\n",
        "（一）",
        "一是",
        "２０２３年",
        "五千万元",
        "“",
        "”",
        "(",
        ")",
        "年",
        "%",
        "亿",
        "万",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn claims_and_compare_never_panic(plan in report_like(), review in report_like()) {
        let plan_claims = gwr::compare::claims(&gwr::grammar::parse(&plan));
        let review_claims = gwr::compare::claims(&gwr::grammar::parse(&review));
        for c in &plan_claims {
            // Spans point into the text, on char boundaries.
            prop_assert!(plan.get(c.span.clone()).is_some(), "{:?}", c);
            prop_assert!(plan.get(c.sentence.clone()).is_some(), "{:?}", c);
        }
        let comparison =
            gwr::compare::compare(&plan_claims, &review_claims, &gwr::compare::Policy::default());
        // One row per confident target; doubtful claims make no verdict by default.
        let confident_targets = plan_claims
            .iter()
            .filter(|c| c.role == gwr::compare::Role::Target && c.doubt.is_none())
            .count();
        prop_assert!(comparison.rows.len() >= confident_targets);
    }

    #[test]
    fn claims_never_panic_on_any_string(text in any::<String>()) {
        for c in gwr::compare::claims(&gwr::grammar::parse(&text)) {
            prop_assert!(text.get(c.span.clone()).is_some(), "{:?}", c);
            prop_assert!(c.span.start >= c.sentence.start && c.span.end <= c.sentence.end, "{:?}", c);
        }
    }
}
