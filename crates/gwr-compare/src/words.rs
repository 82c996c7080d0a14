//! The words that decide a claim's measure, role, sign, period and constraint. Data, so a
//! new phrasing is a new row.

use std::{cell::OnceCell, ops::Range, sync::LazyLock};

use crate::marks::Marks;

/// Before a percentage: the figure is a growth rate. Longest first.
pub(crate) const GROWTH_UP: &[&str] = &[
    "同比增长",
    "比上年增长",
    "年均增长",
    "增长",
    "增幅",
    "增速",
    "提高",
    "上升",
    "上涨",
    "涨幅",
    "增長",
    "增幅為",
    // 増 (U+589E, the Japanese form of 增) in scans and text typed with a Japanese IME.
    "増长",
    "増幅",
    "増速",
    "提升",
    // "年均递增11.3%": an older word for a yearly rise.
    "递增",
];

/// Before a percentage or percentage points: the change is negative ("下降1.5%" is −1.5).
pub(crate) const GROWTH_DOWN: &[&str] = &[
    "同比下降",
    "比上年下降",
    "下降",
    "减少",
    "降低",
    "回落",
    "下滑",
    "下降了",
    "減少",
    "降低了",
    // "财政收入减收28.8亿元": revenue down by an amount.
    "减收",
    // "一般公共预算收入负增长3%左右": a fall, written as a growth below zero.
    "负增长",
];

/// Before an amount: the figure is a change, not a level ("比上年增加320万元").
pub(crate) const CHANGE_WORDS: &[&str] = &[
    "增加", "减少", "增收", "減少", "净增", "纯增", "增量", "减收",
];

/// Opening a lead: the figure is measured against the target ("超预期目标21.3亿元"), not a
/// subject of its own.
pub(crate) const AGAINST_TARGET_WORDS: &[&str] = &[
    "超预期目标",
    "超过预期目标",
    "超计划",
    "超年度计划",
    "超年初目标",
    "超目标",
];

/// Opening a lead: the figure compares the subject with something else ("，比近三年净增量之和
/// 多26.1亿元", "，高于预期2个百分点"), it names no subject of its own.
pub(crate) const COMPARED_WORDS: &[&str] =
    &["比", "较", "高于", "低于", "多于", "少于", "快于", "慢于"];

/// Right after a figure: it is a milestone the subject passed ("第三个进入3000亿元行列",
/// "迈上千亿元台阶"), not a subject of its own; the subject before carries past it.
/// A milestone is also a floor: "跨越8000亿元大关" is 8000亿元 or more.
pub(crate) const MILESTONE_WORDS: &[&str] = &["行列", "大关", "台阶", "关口"];

/// Whether `after`, the text right after a figure, names it a milestone ("大关", "的新台阶").
pub(crate) fn milestone_after(after: &str) -> bool {
    milestone_words_after(after).is_some()
}

/// The words of `after` up to the end of the milestone word it opens on ("的新台阶").
fn milestone_words_after(after: &str) -> Option<&str> {
    if !after.starts_with(['的', '新', '行', '大', '台', '关']) {
        return None;
    }
    let rest = after.trim_start_matches(['的', '新']);
    let skipped = after.len() - rest.len();
    MILESTONE_WORDS
        .iter()
        .find(|w| rest.starts_with(*w))
        .map(|w| &after[..skipped + w.len()])
}

/// The words that make an amount between `lead` and `after` a threshold passed, a floor:
/// the verb before it and the milestone after it ("跨越" and "大关" of "跨越8000亿元大关",
/// "" and "行列" of "进入3000亿元行列"); `None` if neither stands there.
pub(crate) fn threshold_words<'a>(lead: &str, after: &'a str) -> Option<(&'static str, &'a str)> {
    let lead = lead.trim_end();
    // The verbs end in one of four chars: most leads are turned away by their last one.
    let verb = lead
        .ends_with(['越', '上', '破', '过'])
        .then(|| THRESHOLD_WORDS.iter().find(|w| lead.ends_with(*w)).copied())
        .flatten();
    let milestone = milestone_words_after(after);
    (verb.is_some() || milestone.is_some()).then(|| (verb.unwrap_or(""), milestone.unwrap_or("")))
}

/// Before a growth in its lead: the growth is at current prices ("按现价计算增长18.6%，按可比
/// 价格计算增长12.1%", "GDP名义增长9%"), prices included: the subject's all the same, but not
/// the (real) growth a report's targets and results speak of.
pub(crate) const NOMINAL_WORDS: &[&str] = &[
    "按现价计算",
    "按现价",
    "按当年价格计算",
    "按当年价计算",
    "按当年价格",
    "现价",
    "名义",
];

/// See [`NOMINAL_WORDS`].
pub(crate) static NOMINAL: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[NOMINAL_WORDS]));

/// See [`AGAINST_TARGET_WORDS`] and [`COMPARED_WORDS`].
pub(crate) static AGAINST: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[AGAINST_TARGET_WORDS, COMPARED_WORDS]));

/// In the clause of a figure: the figure says how far a target was met.
pub(crate) const COMPLETION_WORDS: &[&str] = &[
    "完成率",
    "超额完成",
    "完成年度目标",
    "完成年度任务",
    "任务目标的",
    "目标任务的",
    "年度目标的",
    "年度任务的",
    "计划的",
    // "财政总收入77.6亿元，为预算的116.5%".
    "为预算的",
    "完成预算的",
    // "分别完成年度预算的118.2%和112.6%".
    "年度预算的",
    // "完成年初预算的101.2%", "完成调整预算的103%".
    "年初预算的",
    "调整预算的",
];

/// A lead of only these words keeps the sentence's subject: "目标完成率108%".
pub(crate) const COMPLETION_LEADS: &[&str] =
    &["目标完成率", "年度目标完成率", "任务完成率", "完成率"];

/// In the clause: "超额完成任务75%" means 175% of the target.
pub(crate) const EXCESS_WORDS: &[&str] = &["超额完成"];

/// Before a figure in a sentence: it is an estimate for a year not yet closed.
pub(crate) const ESTIMATE_WORDS: &[&str] = &[
    "预计",
    "預計",
    "有望",
    "可望",
    // Forecasts in other words; alone 预测 and 估计 are often no estimate ("监测预测",
    // "过高估计"), so only these phrases.
    "初步预测",
    "据预测",
    "预测全年",
    "初步估计",
    "估计全年",
    "预估全年",
];

/// In a sentence after figures: they were estimates ("…增长6%（以上均为预计数）", "以上数据
/// 为预计数。"): every result of the paragraph so far is one.
pub(crate) const ESTIMATE_BACKWARD_WORDS: &[&str] = &[
    "以上均为预计",
    "以上为预计",
    "以上数据为预计",
    "以上数据均为预计",
    "以上指标为预计",
    "以上指标均为预计",
];

/// Before a figure in its sentence, anywhere in a report: the figures after it are the
/// year's targets ("今年主要预期目标是：", "主要预期指标为", "调控目标定为").
pub(crate) const TARGET_OPENERS: &[&str] = &[
    "预期目标是",
    "预期目标为",
    "预期目标：",
    "预期目标:",
    "预期目标建议为",
    "预期目标定为",
    "主要目标是",
    "主要目标为",
    "主要目标：",
    "预期指标是",
    "预期指标为",
    "预期指标：",
    "预期指标:",
    "指导性指标是",
    "指导性指标为",
    "指导性指标：",
    "约束性指标是",
    "约束性指标为",
    "约束性指标：",
    "主要指标是",
    "主要指标为",
    "调控目标是",
    "调控目标为",
    "调控目标定为",
    "调控目标，定为",
    "预期性指标是",
    "预期性指标为",
    "预期性指标：",
    "預期目標是",
    "預期目標為",
];

/// A firm target ("确保增长12%") and, after it in the same run of clauses, a stretch goal
/// ("力争增长15%"): the stretch is marked, not taken as the target.
pub(crate) const FIRM_WORDS: &[&str] = &["确保", "確保"];
/// See [`FIRM_WORDS`].
pub(crate) const STRETCH_WORDS: &[&str] = &["力争", "力爭", "争取"];
/// Of [`STRETCH_WORDS`], those that always strive: 争取 also says what was secured
/// ("争取中央投资12亿元").
pub(crate) const STRIVING_WORDS: &[&str] = &["力争", "力爭"];

/// In a sentence outside review and plan sections: the figure is a target.
pub(crate) const TARGET_WORDS: &[&str] = &[
    "力争",
    "确保",
    "计划",
    "目标",
    "争取",
    "力爭",
    "確保",
    "预期",
    "調控目標",
];

/// Before a figure in its run, outside a review section: what must be reached is a target
/// ("今年…全市地区生产总值要达到215亿元，增长11%"); "本届政府要完成的各项任务" sets none.
pub(crate) const MUST_REACH_WORDS: &[&str] = &["要达到", "要实现", "要完成"];

/// Before a figure in its clause: a ceiling ("控制在4.5%以内").
pub(crate) const CEILING_WORDS: &[&str] = &["控制在", "控制在"];

/// A growth of nothing, written without a figure: "预计地区生产总值与上年持平" is a growth of
/// 0. Only against the year before (`FLAT_BASES`): 与全省持平 is a gap, 与上年计划持平 a
/// completion.
pub(crate) const FLAT_WORD: &str = "持平";

/// What a flat growth is measured against, right before [`FLAT_WORD`] or its
/// [`FLAT_APPROX`] word: the year before.
pub(crate) const FLAT_BASES: &[&str] = &[
    "与上年",
    "与去年",
    "和上年",
    "和去年",
    "同上年",
    "比上年",
    "比去年",
    "较上年",
    "较去年",
    "与上一年",
    "同比",
    "与上年同期",
    "与去年同期",
];

/// Between a base and [`FLAT_WORD`]: the growth is about nothing ("与上年基本持平").
pub(crate) const FLAT_APPROX: &[&str] = &["基本", "大体", "大致", "基本上"];

/// Between two figures of one subject: the second is on another basis than the first
/// ("下降8.4%（按可比口径增长3.5%）"), or leaves something out, as after
/// [`EXCLUSION_OPENERS`] ("完成88.1亿元（不含绥芬河完成82.5亿元）").
pub(crate) const OTHER_BASES: &[&str] = &[
    // 可比口径, and "增长44.1%（可比增长30.3%）".
    "可比",
    // A basis named between them ("（原统计口径700亿元）"); not 全口径, a name's part
    // ("…，全口径财政收入11.2亿元").
    "同口径",
    "自然口径",
    "口径计算",
    "统计口径",
    "原口径",
    "新口径",
    "老口径",
    "不包括",
    "除去",
    // A note on what a second total takes in: "增长21.6%（包含两个省直税务分局，财政总收入
    // 为72.5亿元…）". Bare 包括 opens lists of any kind too; after a bracket it is such a
    // note.
    "包含",
    "（包括",
];

/// Between two growths of one subject: the second is the real one, with prices out
/// ("增长10%，扣除价格因素实际增长7%", "名义增长8.6%，可比价增长6.9%"), not another basis;
/// so are [`REAL_GROWTH_OPENERS`] (不变价).
pub(crate) const REAL_GROWTH_WORDS: &[&str] = &["价格", "实际增长", "物价", "可比价"];

/// Before a list of targets: each is a floor, the least the government will reach
/// ("底限指标是：地区生产总值增长13%", "底线目标为…").
pub(crate) const FLOOR_TARGETS: &[&str] = &["底限指标", "底线指标", "底限目标", "底线目标"];

/// Between two growths of one subject: the second is its real growth by name, so the first
/// is at current prices ("增长9.1%，实际增长7.6%", "扣除价格因素增长5.9%"). Bare 价格 is not
/// one ("居民消费价格涨幅控制在4%左右" names a price index between two figures).
pub(crate) const REAL_GROWTH_OPENERS: &[&str] = &[
    "实际增长",
    "扣除价格",
    "剔除价格",
    "扣除物价",
    "剔除物价",
    "可比价",
    "不变价",
];

/// Before [`FLOOR_TARGETS`]: the words look back at the targets given before them.
pub(crate) const LOOK_BACK_WORDS: &[&str] = &["以上", "上述"];

/// Figure-less targets: "一般公共预算收入保持正增长", "主要指标增速扭负为正".
pub(crate) const POSITIVE_WORDS: &[&str] =
    &["正增长", "正增長", "扭负为正", "由负转正", "转负为正"];

/// Figure-less targets: "财政收入与经济增长同步".
pub(crate) const IN_STEP_WORDS: &[&str] = &["同步"];

/// Before the reference of a figure-less target: "与经济增长同步", "和GDP增长同步".
pub(crate) const REFERENCE_MARKERS: &[&str] = &["与", "和", "同", "跟", "與"];

/// Figure-less targets: "增速高于经济增长".
pub(crate) const ABOVE_WORDS: &[&str] = &["高于", "快于", "高於"];

/// Where a partial-year period starts in a sentence ("截止11月", "1-11月", "上半年").
pub(crate) const PERIOD_STARTS: &[&str] = &["截止", "截至", "截止到", "1-", "1—", "1～", "1至"];

/// Before a period word that opens its clause ("截至11月底", "从一季度起"): the clause
/// dates the figures after it.
pub(crate) const PERIOD_OPENERS: &[&str] = &["截至", "截止到", "截止", "从", "在", "到"];

/// Periods written as a whole word.
pub(crate) const PERIOD_WORDS: &[&str] = &[
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "前三个季度",
    "第一季度",
    "二季度",
    "三季度",
    "四季度",
    "四个季度",
    // "四季度当季增长4.3%": the quarter alone, not the year to date.
    "当季",
];

/// After 前 and a number of months: the year to date ("前11个月").
pub(crate) const MONTHS_SPAN: &str = "个月";

/// After a period word: the figures after it are the whole year's again ("上半年由负转正，
/// 全年达到4.3%").
pub(crate) const FULL_YEAR: &str = "全年";

/// Clause separators. A subject carries over a soft one ("地区生产总值83.98亿元，同比增长
/// 2.3%") but not a hard one ("…增长6%；财政收入增长8%").
pub(crate) const SOFT_SEPARATORS: &[char] = &['，', ','];
/// See [`SOFT_SEPARATORS`].
pub(crate) const HARD_SEPARATORS: &[char] = &['；', ';', '：', ':', '。', '！', '？', '!', '?'];

/// Whether `c` ends a clause: one of [`SOFT_SEPARATORS`] or [`HARD_SEPARATORS`].
pub(crate) fn is_clause_break(c: char) -> bool {
    SOFT_SEPARATORS.contains(&c) || HARD_SEPARATORS.contains(&c)
}

/// Words joining names that share one figure ("工业投资、技改投资完成…").
pub(crate) const NAME_JOINERS: &[&str] = &["、", "和", "及", "与", "以及"];

/// Words that open a name as written without changing which indicator it is ("公共财政预算
/// 收入和地方税收": 地方税收 is 税收 of the report's own place).
const NAME_OPENERS: &[&str] = &["地方", "全市", "全县", "全区", "全镇"];

/// Whether the text between two names joins them into one list: a joiner, and perhaps a
/// word that opens the second name.
pub(crate) fn joins_names(between: &str) -> bool {
    NAME_JOINERS.iter().any(|j| {
        between
            .strip_prefix(j)
            .is_some_and(|rest| rest.is_empty() || NAME_OPENERS.contains(&rest))
    })
}

/// Opening a lead: how a result stood to its year's target, recalled after it ("增长8.3%，
/// 高于年初提出的8%的预期目标"): see [`RECALL_OPENERS`].
pub(crate) const RECALL_COMPARISONS: &[&str] = &[
    "略高于",
    "略低于",
    "高于",
    "高出",
    "低于",
    "超过",
    "超出",
    "好于",
    "超额完成了",
    "超额完成",
    "完成了",
    "完成",
    "实现了",
    "实现",
    "虽然没有完成",
    "虽未完成",
    "虽然未完成",
    "没有完成",
    "未完成",
    // "虽然未能完成年初确定的11%的预期目标".
    "虽然未能完成",
    "虽未能完成",
    "未能完成",
    "没能完成",
    "比",
    // "虽未达到年初提出的6%左右的预期目标", "虽然没有达到年初确定的…".
    "虽未达到",
    "虽然未达到",
    "虽然没有达到",
    "没有达到",
    "未达到",
    "虽然未能达到",
    "虽未能达到",
    "未能达到",
    "没能达到",
    "达到了",
    "达到",
];
/// Opening the recall of a year's target in a lead, after a [`RECALL_COMPARISONS`] word or
/// alone ("年初市人代会确定的增长12%的目标"), up to one of [`RECALL_ENDS`]: the target
/// recalled is the subject's, which carries to it.
pub(crate) const RECALL_OPENERS: &[&str] = &["去年年初", "年初", "去年", "上年"];
/// See [`RECALL_OPENERS`].
pub(crate) const RECALL_ENDS: &[&str] = &["确定的", "提出的", "制定的", "下达的"];
/// The meetings that set a year's targets, which a recall may name instead of the time
/// ("超额完成市六届人大二次会议确定的12%的增长目标").
pub(crate) const RECALL_MEETINGS: &[&str] = &["人代会", "人大", "会议"];

/// Words stripped from the front of an unknown indicator's text ("全年完成农村改厕" →
/// "农村改厕") and from its end ("…达到", "…为").
pub(crate) const LEADING_FILLERS: &[&str] = &[
    // A turn of the sentence, no name ("增长5.9%，…，但未完成年初确定的6.5%左右的目标").
    "但是",
    "但",
    // The start of a run from a base ("由2018年的820亿元增加到…").
    "由",
    "从",
    // A firm target or a stretch of the subject's: "超额完成年初确定的确保11%、力争12%的
    // 目标", "生产总值增长10%左右，在实际工作中力争达到11%".
    "确保",
    "確保",
    "力争",
    "力爭",
    "在实际工作中",
    "实际工作中",
    // Real growth, prices deducted: the figure is still the indicator's growth.
    "扣除物价因素",
    "扣除价格因素",
    "扣除物价上涨因素",
    "考虑价格下降因素",
    "按可比价格计算",
    "按可比价计算",
    "按可比价",
    "可比价",
    "按不变价格计算",
    "按不变价计算",
    // A note that the comparison holds for what follows ("比上年(下同)增长14.1%", "同比
    // （下同）增长18%"); the brackets are trimmed with the other fillers.
    "下同",
    // "为预算的116.5%", "为计划的106%": the budget or plan is the completion's base, not
    // a name.
    "为预算的",
    "完成预算的",
    "完成年度预算的",
    "为年度预算的",
    "年度预算的",
    "完成年初预算的",
    "为年初预算的",
    "年初预算的",
    "完成调整预算的",
    "为调整预算的",
    "调整预算的",
    "为计划的",
    "为年计划的",
    "为年度计划的",
    "完成计划的",
    // "这一增速比去年的7.1%加快": the subject before, pointed at.
    "这一",
    // "超额完成下降5.6%的目标任务": how the result stood to the subject's target.
    "超额完成了",
    "超额完成",
    // "两年平均增长5.6%": the subject's growth over two years (a multi-year figure).
    "两年平均",
    "三年平均",
    // "到2019年年均增速6%": the subject's average growth (a multi-year figure).
    "年均",
    "年平均",
    // "比上年净增65.7亿元", "，增量12亿元": a change of the subject.
    "净增",
    "增量",
    // The basis of a comparison, not a name ("按可比口径同比增长13.8%").
    "按可比口径计算",
    "按可比口径",
    "按同口径计算",
    "按同口径",
    "同口径",
    "可比口径",
    // "…2630亿元，可比增长9%": at comparable prices, the subject's growth.
    "可比",
    // "按自然口径下降4.6%，扣除留抵退税因素后增长5.2%": the figure as recorded, before
    // adjustments.
    "按自然口径计算",
    "按自然口径",
    "自然口径",
    "实际",
    // "总额首次突破…": the total of the subject before.
    "总额",
    "总量",
    "首次",
    // "历史性突破五千亿元": an adverb, no name.
    "历史性",
    "分别",
    "全年",
    "全镇",
    "全乡",
    "全区",
    "全县",
    "全市",
    "今年",
    "去年",
    "累计",
    "共",
    "其中",
    "完成",
    "实现",
    "新增",
    "达到",
    "力争",
    "确保",
    "争取",
    // "力争保持30%左右的增幅": keeping a pace names nothing; nor does a pace shown
    // ("出现了3.6%的负增长").
    "保持",
    "出现了",
    "出现",
    "预计",
    "同比",
    "年内",
    "全面",
    "积极",
    "共计",
    "计划",
    // Verbs of doing: "新建高标准农田" names 高标准农田; "打造" alone names nothing.
    "打造",
    "新建",
    "推动",
    "推进",
    "实施",
    "建设",
    "改造",
    "落实",
    "投入",
    "培育",
    "开展",
    "加快",
    "加紧",
    "持续",
    "做到",
    "剩余",
    "致力于",
    "动工",
    "引进",
    "举办",
    "组织",
    "发放",
    "提供",
    "带动",
    "梳理出",
    "重点将",
    // Adverbs of a result against the odds ("在…的压力下，依然完成68亿元"): no name.
    "依然",
    "仍然",
    "依旧",
    "仍",
    // A turn of sign ("前三季度由负转正增长1.6%"): the growth is the subject's.
    "由负转正",
    "着力",
    "继续",
    "启动",
];
/// Ending the few words before a year that opens its clause: the year dates the figures of
/// the sentence after it ("到2015年，地区生产总值…；财政总收入…", "预期到2011年，…").
pub(crate) const YEAR_OPENER_WORDS: &[&str] = &[
    "到", "至", "在", "于", "预计", "力争", "争取", "计划", "确保", "截至", "截止", "预期",
];

/// Words that name a year in a run of clauses ("…；今年，财政总收入要达到40亿元"): a year
/// written in an earlier run does not date its figures.
pub(crate) const YEAR_WORDS: &[&str] = &["今年", "明年", "去年", "本年"];

pub(crate) static YEAR_OPENERS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[YEAR_OPENER_WORDS]));

/// "…，其中地方财政一般预算收入…": after 其中 (of which), a name of the same indicator
/// opened by 地方 is the local part of the name before.
pub(crate) const PART_OF: &str = "其中";
/// See [`PART_OF`].
pub(crate) const LOCAL: &str = "地方";

/// Opening a note of what a figure leaves out ("剔除两权收入", "扣除价格因素后").
pub(crate) const EXCLUSION_OPENERS: &[&str] = &["剔除", "扣除", "不含"];

/// Ending such a note.
pub(crate) const EXCLUSION_ENDS: &[&str] = &["收入", "因素", "影响"];

/// Whether a name after `clause_to_name` (its clause up to it) stands inside a note of what
/// a figure leaves out, still open: "剔除“营改增”后增值税收入划分调整等因素，同口径增长11.2%"
/// names no subject (税收 inside 增值税收入 is no tax revenue's figure); "剔除两权收入后财政
/// 总收入增长15%" closed its note before the name.
pub(crate) fn in_exclusion_note(clause_to_name: &str) -> bool {
    EXCLUSION_OPENERS
        .iter()
        .filter_map(|w| clause_to_name.rfind(w).map(|at| at + w.len()))
        .max()
        .is_some_and(|open| {
            let note = &clause_to_name[open..];
            !EXCLUSION_ENDS.iter().any(|w| note.contains(w))
        })
}

/// Closing a clause that opens on 在: the clause says under what the figures after it came
/// about ("在结构性减税的压力下，", "在消化了出口退税等减收因素之后，").
const CIRCUMSTANCE_ENDS: &[&str] = &["下", "之后"];

/// Whether a name between `clause_to_name` (its clause up to it) and `name_to_clause_end`
/// stands inside a circumstance ("财政总收入在消化了出口退税负担等因素之后，全年仍达到19亿
/// 元": 出口 is no subject): a 在 before it, and the clause ends with a
/// [`CIRCUMSTANCE_ENDS`] word. Not where a figure follows it in the clause ("在地区生产总值
/// 增长8%的前提下": the name is that figure's).
pub(crate) fn in_circumstance(clause_to_name: &str, name_to_clause_end: &str) -> bool {
    clause_to_name.contains('在')
        && CIRCUMSTANCE_ENDS
            .iter()
            .any(|w| name_to_clause_end.trim_end().ends_with(w))
        && !name_to_clause_end.contains(is_digit)
}

/// Whether a name between `clause_to_name` (its clause up to it) and `name_to_clause_end`
/// stands inside a bracketed note on the name before, one that closes before any figure
/// ("财政总收入（含上划中央、省税收）186.2亿元": 税收 is what the total holds, no subject;
/// "生产总值（GDP）" names the same). A bracket with figures of its own names their
/// subjects ("（其中出口1.25亿美元，增长35.1%）").
pub(crate) fn in_bracket_note(clause_to_name: &str, name_to_clause_end: &str) -> bool {
    let open = clause_to_name
        .rfind(['（', '('])
        .is_some_and(|at| !clause_to_name[at..].contains(['）', ')']));
    open && name_to_clause_end
        .find(['）', ')'])
        .is_some_and(|close| !name_to_clause_end[..close].contains(is_digit))
}

/// A digit, ASCII or full-width.
pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// A numeral char of a count of months written in words ("前十一个月").
pub(crate) fn is_month_numeral(c: char) -> bool {
    "一二两三四五六七八九十".contains(c)
}

/// The value of a digit, ASCII or full-width.
pub(crate) fn digit_value(c: char) -> Option<u16> {
    match c {
        '0'..='9' => u16::try_from(u32::from(c) - u32::from('0')).ok(),
        '０'..='９' => u16::try_from(u32::from(c) - u32::from('０')).ok(),
        _ => None,
    }
}

/// Right before an amount: it is the level a subject reached ("增长15%，达到900亿元"), so
/// the subject of a percentage before carries to it. A threshold passed is one too
/// ([`THRESHOLD_WORDS`]: "增长13%，跨上80亿元台阶").
pub(crate) const ATTAINMENT_WORDS: &[&str] = &["达到", "达", "突破", "超过", "完成", "实现"];

/// Right before an amount: a threshold passed ("跨越8000亿元", "首破3000亿元"), a floor as
/// 突破 is (which the quantity reader knows; these verbs are no qualifiers of a count:
/// "跨越五个台阶" is five steps).
pub(crate) const THRESHOLD_WORDS: &[&str] = &["跨越", "跨上", "迈上", "跃上", "首破", "越过"];

/// A lead that names a revenue topic's total ("财政收入保持了高增长势头，总收入达到21.3亿元"):
/// the topic's own figure. Of any other topic it names something else ("规模以上工业增加值
/// 增长15%，总收入…" is the firms' income).
pub(crate) const REVENUE_TOTAL: &str = "总收入";
/// What a revenue's name ends with.
pub(crate) const REVENUE: &str = "收入";

/// Opening a lead: the figure is the total of the subject before ("；总量1912.4亿元").
pub(crate) const TOTAL_WORDS: &[&str] = &["总量", "总额"];

pub(crate) static TOTAL: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[TOTAL_WORDS]));

/// See [`LEADING_FILLERS`].
pub(crate) const TRAILING_FILLERS: &[&str] = &[
    "的",
    // A growth's name as its lead ("，增长幅度为67.8%"): the growth of the subject before.
    "增长幅度",
    "增长速度",
    "增速",
    // "增速比上年回落3.5个百分点": the growth of the subject before, against the year before.
    "比上年",
    "比去年",
    "较上年",
    // "同比增长（下同）5%".
    "下同",
    "分别",
    "为",
    "是",
    "约",
    "超",
    "近",
    "共",
    "累计",
    "总计",
    "合计",
    "增长",
    "增幅",
    "同比增长",
    "提高",
    "下降",
    "控制在",
    "力争",
    "确保",
    "争取",
];

/// Right before an indicator's name: the name is a denominator or a base inside a longer
/// name, not the figure's indicator ("万元生产总值能耗", "单位GDP能耗", "人均地区生产总值",
/// "占GDP的比重", "对GDP增长的贡献率"). The longer name is its own indicator.
pub(crate) const PART_PREFIXES: &[&str] = &[
    "万元",
    "亿元",
    "百元",
    "单位",
    "每万元",
    "每亿元",
    "人均",
    "占",
    "占到",
    "相当于",
    "对",
    "占全市",
    "占全省",
    "萬元",
    "單位",
];

/// Between an indicator's name and its figure: the figure measures something of which the
/// name is only a part — a share, an intensity, a contribution ("地区生产总值占全省比重
/// 12%", "GDP能耗下降3%", "GDP增长贡献率57%").
pub(crate) const PART_SUFFIXES: &[&str] = &[
    "比重",
    "占",
    "贡献率",
    "能耗",
    "排放",
    "强度",
    "比例",
    "消耗",
    "电耗",
    "水耗",
    "死亡率",
    "的比",
    "密度",
    "弹性",
    "差距",
    "位次",
    "排名",
    "總量比重",
];

/// Zones, sub-areas as [`SUB_AREAS`] are, of the kinds an economy is planned in: a sentence
/// that opens on a zone's own name
/// is about the zone up to the end of its run, figures or not in its first clause
/// ("通化经济开发区基础设施和项目建设扎实推进，引进项目41项，生产总值、固定资产投资分别增长
/// 50%、62%").
pub(crate) const ZONES: &[&str] = &[
    "高新区",
    "开发区",
    "经济区",
    "园区",
    "新区",
    "工业园",
    "试验区",
    "综改区",
    "保税区",
    "自贸区",
    "合作区",
    "产业园",
    "集聚区",
    "经开区",
    // What entered a zone is the zone's: "全年入区项目达到148个，实现生产总值66.9亿元" gives
    // the zones' output, not the place's.
    "入区",
    "入园",
];

/// At a sentence's opening, before a zone's word: the sentence does something to the zone
/// ("以太行一体化经济区建设为牵引", "突出县域开发区建设", "加快推进新区建设"), it is not its
/// subject. These words of one char only where the name starts (和林格尔新区 is a name); the
/// verbs of [`ZONE_NAME_VERBS`] anywhere before the zone's word (一是推进园区建设,
/// 全市加快开发区建设).
pub(crate) const ZONE_NAME_BREAKERS: &[&str] = &[
    "以", "在", "把", "对", "为", "向", "与", "和", "同", "将", "使", "被", "“", "\"", "《",
];

/// See [`ZONE_NAME_BREAKERS`].
pub(crate) const ZONE_NAME_VERBS: &[&str] = &[
    "按照",
    "围绕",
    "依托",
    "突出",
    "推进",
    "加快",
    "实现",
    "建设",
    "创建",
    "打造",
    "抓好",
    "完成",
    "坚持",
    "加强",
    "支持",
    "推动",
    "提升",
    "全力",
    "积极",
    "着力",
    "大力",
    "发挥",
    "做大",
    "做强",
    "争创",
    "申报",
    "启动",
    "规划",
    "新建",
    "组建",
    "设立",
    "成立",
    "获批",
    "引进",
    "加大",
    "强化",
    "深化",
    "重点",
    "优化",
    "扩大",
    "持续",
    "继续",
    "建成",
    "建立",
    "复制",
    "推广",
    "加速",
    "划定",
    "谋划",
    "培育",
    "壮大",
    "构建",
    "完善",
    "做好",
    "用好",
    "确保",
    "力争",
    "争取",
    "全面",
    "进一步",
    "不断",
    "稳步",
];

/// Before an indicator's name in its clause: the figure is a part of the place (a district, a
/// park), not the report's own ("高新区国内生产总值增长51.9%"). The report's own place
/// (全区, 我县) is not a sub-area.
/// The zones, whose names also open a sentence or a paragraph on them, are [`ZONES`].
pub(crate) const SUB_AREAS: &[&str] = &[
    // Zones of any kind, a grain or an ecological one too: not [`ZONES`], whose name makes
    // a sentence or a paragraph theirs.
    "示范区",
    "功能区",
    "城区",
    "县区",
    "县域",
    "县（市、区）",
    "县(市、区)",
    "县（市）区",
    "县(市)区",
    "县（市）",
    "县(市)",
    "区县",
    "县市区",
    "个县",
    // The levels below the report's place: "其中区级财政收入4.2亿元", "乡镇财政总收入…".
    "区级",
    "县级",
    "乡级",
    "镇级",
    "乡镇",
    // Towns picked out of the place's: "试点镇经济总量、财政收入分别增长20%和25%".
    "试点镇",
    "重点镇",
    "中心镇",
    "重点城镇",
    "重点小城镇",
    "小城镇",
    // The poor counties picked out of the place ("贫困县农民人均纯收入4264元，增长22%").
    "贫困县",
    "脱贫县",
    "贫困地区",
    "脱贫地区",
    // Zones by kind that [`ZONES`] does not hold ("兴隆综保区进出口突破85亿元").
    "综保区",
    "度假区",
    "各县",
    "各区",
    "市直",
    "市本级",
    "本级",
    "县本级",
    "区本级",
];

/// Before a year: the year is a comparison base or a start, not the figure's year
/// ("较2022年增长7.4%", "由2022年的…").
pub(crate) const BASE_MARKERS: &[&str] = &["比", "较", "由", "从", "与", "同", "較", "與", "從"];

/// Before a target opener: the targets are restated from the year before, not set
/// ("年初确定的主要预期目标是…", "市人代会提出的…").
pub(crate) const RESTATED_WORDS: &[&str] = &["年初", "确定的", "提出的", "下达的", "人代会"];

/// In a review, before a figure: the figure is the target the year was given, recalled
/// ("去年我在政府工作报告中曾提出，要把物价涨幅控制在百分之十以内").
pub(crate) const RECALLED_WORDS: &[&str] = &[
    "报告中曾提出",
    "报告中提出",
    "曾提出",
    "年初确定",
    "年初提出",
    "年初制定",
    "去年确定",
    "去年提出",
    // A news digest on last year's report: "去年的报告提出，全市生产总值增长10%".
    "去年的报告",
    "去年的政府工作报告",
    "去年政府工作报告",
    "上年确定",
    // "年初市十二届人大四次会议确定的生产总值增长10%…的目标".
    "会议确定的",
    "人代会确定",
    "人代会提出",
];

/// The [`RECALLED_WORDS`] by the report itself: a news digest sets the year's targets with
/// them ("市长在政府工作报告中提出，2012年全市生产总值确保增长12%"), as a review recalls
/// last year's.
pub(crate) const REPORT_RECALLS: &[&str] = &["报告中曾提出", "报告中提出", "曾提出"];

/// Like [`RECALLED_WORDS`], with who set the target between the time and the verb ("年初我们
/// 提出确保生产总值增长10%、力争11%的目标"); they recall only a target closed by its noun
/// (目标, 任务): "年初我们提出地区生产总值增长10%，全年实际完成增长10.5%" goes on to the
/// result.
pub(crate) const RECALLED_BY_WHOM_WORDS: &[&str] = &[
    "年初我们提出",
    "年初我们确定",
    "去年我们提出",
    "去年我们确定",
    "年初市政府提出",
    "年初市政府确定",
];

/// The [`RECALLED_WORDS`] that name the year before: in a plan section too they recall
/// that year's target ("去年确定的地区生产总值增长6.5%的目标没有完成"), not set this one.
pub(crate) const LAST_YEAR_RECALLS: &[&str] = &["去年", "上年"];

/// The report's expected targets, named when a higher goal is set on top of them.
pub(crate) const EXPECTED_TARGET_WORDS: &[&str] = &["预期目标"];
/// A goal above the expected targets ("提出了一个奋斗目标"): see [`EXPECTED_TARGET_WORDS`].
pub(crate) const HIGHER_GOAL_WORDS: &[&str] = &["奋斗目标", "更高目标", "更高的目标"];
/// An average over years ("年均增长7%"): the growths listed after such a growth in its run
/// of clauses share its years ("生产总值年均增长6.5%左右，固定资产投资增长6.5%，…"). Also
/// among [`MULTI_YEAR_WORDS`].
pub(crate) const AVERAGE_ANNUAL_WORDS: &[&str] = &["年均", "平均每年", "年平均", "每年平均"];

/// What a level right before one of these bounds the size of ("5000万元以上产业项目",
/// "超3000万元项目", "500万元以上工业企业", "生产总值超过千亿元的城市", "财政收入超10亿元的
/// 县"): see [`size_class_after`].
const SIZE_CLASS_NOUNS: &[&str] = &["项目", "企业", "工程", "城市", "县"];

/// How many chars may stand between a level and its [`SIZE_CLASS_NOUNS`] ("重点产业").
const SIZE_CLASS_GAP_CHARS: usize = 4;

/// The noun of a size class that `after_figure` (the text right after a level, its 以上
/// included) opens on, if it does: a few chars without a break or a joiner, then 项目, 企业
/// or 工程.
pub(crate) fn size_class_after(after_figure: &str) -> Option<&'static str> {
    let rest = after_figure.strip_prefix('的').unwrap_or(after_figure);
    rest.char_indices()
        .take(SIZE_CLASS_GAP_CHARS + 1)
        // "确保固定资产投资1047亿元和重点工程投资872亿元": a joiner starts another item.
        .take_while(|&(_, c)| c.is_alphabetic() && !is_digit(c) && !"和与及或".contains(c))
        .find_map(|(at, _)| SIZE_CLASS_NOUNS.iter().find(|n| rest[at..].starts_with(*n)))
        .copied()
}

/// Opening the lead after a figure: what follows is another item of a list ("增长22.9%、
/// 利润增长12.7%").
pub(crate) const ITEM_JOINERS: &[&str] = &["、", "和", "以及", "及"];

/// After a figure and 的, with 在 before it: the figure is what the words build on ("在去年
/// 增长13.5%的基础上", "在上年仅增长3.4%的低基数上"), a base.
pub(crate) const BUILT_ON: &[&str] = &["基础上", "低基数上", "高基数上", "基数上"];

/// Before a figure: the sentence speaks of the report's own year.
pub(crate) const THIS_YEAR_WORDS: &[&str] = &["今年", "本年", "明年", "年度"];

/// Before a year: a run from a base starts there ("由2002年的…跃升到…"). The rest of
/// [`BASE_MARKERS`] are [`COMPARISON_MARKERS`].
pub(crate) const PERIOD_START_MARKERS: &[&str] = &["由", "从", "從"];

/// "Respectively": the figures after it go to the names before it, in order.
pub(crate) const RESPECTIVELY: &str = "分别";

/// Whether the text between two figures only joins them ("12%和24.3%", "2253元、6280元").
pub(crate) fn is_joiner(between: &str) -> bool {
    matches!(
        between.trim(),
        "" | "和" | "、" | "，" | "," | "及" | "与" | "以及"
    )
}

/// Whether the text between two growths joins them, the second with its own direction
/// ("分别增长2.1%和下降1.3%"). Between an amount and a growth it opens a list of its own
/// ("分别达到36509元和13909元、增长6.1%和5.3%").
pub(crate) fn joins_growths(between: &str) -> bool {
    let between = between.trim();
    is_joiner(between)
        || [&*UP, &*DOWN].iter().any(|set| {
            set.suffix(between)
                .is_some_and(|w| is_joiner(&between[..between.len() - w.len()]))
        })
}

/// Before a year: the figure is compared with that year ("比2010年翻一番"). A subset of
/// [`BASE_MARKERS`]: 由 and 从 start a run whose end is the figure's own year.
pub(crate) const COMPARISON_MARKERS: &[&str] = &["比", "较", "与", "同", "較", "與"];

/// Words after which a guarded name stands alone ("今年经济增长", "全市经济总量").
pub(crate) const ALONE_AFTER: &[&str] = &[
    "今年", "全年", "去年", "上年", "明年", "全市", "全国", "全省", "全区", "全县", "全镇", "我市",
    "我国", "我省", "我区", "我县", "的", "使", "实现", "保持", "促进", "预计", "主要", "年",
    "国民", "是", "为", "和", "、", "及", "全州", "全盟", "本市", "要", "力争", "确保", "推动",
    "完成", "达到", "全部", "其中",
    // A preposition before its object: "把经济增长的预期目标定为11%左右" (not 将, which ends
    // 必将 and 即将, nor 提出, which a wider place's meeting does).
    "把", "对于",
];

/// Whether a guarded name with `before` ahead of it in its clause stands alone: nothing, a
/// sign or digit, or one of [`ALONE_AFTER`] comes before it.
pub(crate) fn stands_alone(before: &str) -> bool {
    let before = before.trim_end();
    match before.chars().next_back() {
        None => true,
        Some(c) if !c.is_alphanumeric() || c.is_ascii_digit() => true,
        Some(_) => ALONE_AFTER.iter().any(|w| before.ends_with(w)),
    }
}

/// After a base marker: the base year in words ("比上年", "较去年同期").
pub(crate) const BASE_YEARS: &[&str] = &["上年", "去年", "前年", "上一年"];

/// Right before a figure: the change ends at the figure, which is a level or rate
/// ("由42亿元增加到45亿元", "失业率下降到3.2%").
pub(crate) const TO_LEVEL_WORDS: &[&str] = &[
    "增加到",
    "增长到",
    "提高到",
    "上升到",
    "下降到",
    "减少到",
    "降低到",
    "回落到",
    "降到",
    "扩大到",
    "增至",
    "降至",
    "提高至",
    "上升至",
    "下降至",
    "减少至",
    "增加至",
    "增长至",
    "回落至",
    "升至",
    "扩大至",
    "降低至",
    "提升到",
    "提升至",
];

/// Before a percent in its clause: the percent is a growth rate by name ("经济增长速度8%",
/// "固定资产投资增长幅度回落到27.8%", "增长率").
pub(crate) const GROWTH_NAME_WORDS: &[&str] = &[
    "增长速度",
    "增长幅度",
    "增长率",
    "增速",
    "增幅",
    "涨幅",
    "上涨幅度",
    "增长预期",
    // "增长目标由年初确定的7.5%调整为4%左右", "8%左右的增长目标".
    "增长目标",
    "增長速度",
    "漲幅",
];

/// Names of a fall: a percent after one is a growth below zero ("一般公共预算收入降幅控制在
/// 5%以内" is -5 at most). Points after one are not: "降幅收窄2.3个百分点" is a rise.
pub(crate) const FALL_NAME_WORDS: &[&str] = &["降幅", "下降幅度", "降低幅度"];

/// Naming the year before: in a plan section a figure after one in its run is that year's
/// ("二是去年我市生产总值增长12.3%", "去年全市生产总值增长9.1%，今年目标略有调低").
const LAST_YEAR_WORDS: &[&str] = &["去年", "上年"];

/// Whether `run_to_figure` (the figure's run of clauses up to it) dates it to the year
/// before: a [`LAST_YEAR_WORDS`] word opens one of its clauses (after at most an
/// enumerator: "二是去年…"; so never a base: 比去年), is no start of a span (去年同期,
/// 去年以来, 去年的基础上) and
/// no word of this year or the next follows it. Inside a clause it is an attribute of a
/// plan's task ("在去年投资50亿元的基础上"), not the figure's year.
/// `whole` says `run_to_figure` starts where the run does (it may be only its tail).
pub(crate) fn last_year_dates(run_to_figure: &str, whole: bool) -> bool {
    opening_year_word_dates(
        run_to_figure,
        whole,
        LAST_YEAR_WORDS,
        &["同期", "以来", "底", "末", "的基础", "基础"],
        THIS_YEAR_WORDS,
    )
}

/// Whether `run_to_figure` dates its figure to the report's own year as
/// [`last_year_dates`] does to the year before: 今年 opens one of its clauses ("报告提出，
/// 今年全市地区生产总值增长6%左右"), not a span (今年以来, 今年同期), and no word of the year
/// before follows it.
pub(crate) fn this_year_dates(run_to_figure: &str, whole: bool) -> bool {
    opening_year_word_dates(
        run_to_figure,
        whole,
        &["今年"],
        &["同期", "以来", "的基础", "基础"],
        LAST_YEAR_WORDS,
    )
}

/// In a figure's run after 今年, words of a plan, not of a review: "报告提出，今年…增长6%左右",
/// "今年要完成…", not "今年完成投资314.61亿元" (a report given in December).
pub(crate) const THIS_YEAR_PLAN_WORDS: &[&str] = &[
    "提出",
    "力争",
    "确保",
    "目标",
    "预期",
    "计划",
    "争取",
    "今年要",
    "今年将",
];

/// The rule of [`last_year_dates`] for the year words `year_words`, which do not date a
/// figure when one of `span_words` follows them or one of `other_years` stands after them.
fn opening_year_word_dates(
    run_to_figure: &str,
    whole: bool,
    year_words: &[&str],
    span_words: &[&str],
    other_years: &[&str],
) -> bool {
    let Some((at, word)) = year_words
        .iter()
        .filter_map(|w| run_to_figure.rfind(w).map(|at| (at, w)))
        .max_by_key(|&(at, _)| at)
    else {
        return false;
    };
    let Some(clause_start) = run_to_figure[..at]
        .rfind(['，', ',', '；', ';', '：', ':'])
        .map(|i| i + run_to_figure[i..].chars().next().map_or(1, char::len_utf8))
        .or(whole.then_some(0))
    else {
        // Its clause starts before the tail given: the word may stand inside it.
        return false;
    };
    // Nothing before it in its clause but an enumerator ("二是").
    let lead = run_to_figure[clause_start..at].trim_start_matches([' ', '　']);
    let opens = lead.is_empty()
        || lead.strip_suffix('是').is_some_and(|n| {
            n.chars().count() == 1 && n.chars().all(|c| "一二三四五六七八九十".contains(c))
        });
    let after = &run_to_figure[at + word.len()..];
    opens
        && !span_words.iter().any(|w| after.starts_with(w))
        && !after.contains("基础上")
        && !other_years.iter().any(|w| after.contains(w))
}

/// Right after a figure: it is the value of a target ("增长7%的目标没有完成").
const TARGET_AFTER: &[&str] = &[
    "的目标",
    "的预期目标",
    "的年度目标",
    "目标",
    "的增长目标",
    "的增速目标",
];

/// Whether `after` (the text right after a figure) names it a target's value.
pub(crate) fn target_after(after: &str) -> bool {
    TARGET_AFTER.iter().any(|w| after.starts_with(w))
}

/// Right before a figure: a target revised to it ("增长目标由12%调整为10%", "把全年增长预期
/// 调整为10%"), after one of [`REVISED_TARGET_NOUNS`].
const REVISION_VERBS: &[&str] = &[
    "调整为",
    "调整到",
    "调为",
    "下调为",
    "下调到",
    "下调至",
    "调减为",
    "调低为",
    "调低到",
    "上调为",
    "上调到",
    "上调至",
    "修订为",
    "修改为",
];
/// See [`REVISION_VERBS`].
const REVISED_TARGET_NOUNS: &[&str] = &["目标", "预期"];

/// Whether `before_figure` (its clause up to a figure) revises a target to the figure:
/// a target's noun, then at most a start-of-period value after 由, then a revision verb.
pub(crate) fn revised_target_before(before_figure: &str) -> bool {
    // Every verb ends in 为, 到 or 至 (a test checks): most leads are turned away by it.
    let before_figure = before_figure.trim_end();
    if !before_figure.ends_with(['为', '到', '至']) {
        return false;
    }
    // Every verb: 调为 ends 下调为 too.
    REVISION_VERBS
        .iter()
        .filter_map(|v| before_figure.strip_suffix(v))
        .any(|head| {
            // "目标由12%调整为": the value it had is a base (searched for in the last few
            // chars only: a clause of many revisions is read once).
            let tail = tail_chars(head, REVISED_FROM_CHARS);
            let head = match tail.rfind('由') {
                Some(at) => &head[..head.len() - tail.len() + at],
                None => head,
            };
            REVISED_TARGET_NOUNS.iter().any(|n| head.ends_with(n))
        })
}

/// How many chars "由12.5%" and the like may take in [`revised_target_before`].
const REVISED_FROM_CHARS: usize = 10;

/// Things a figure can be the threshold of ("GDP超20亿元的县", "投资超亿元的项目"): such a
/// figure describes which of them are counted, it reports no value of its own.
const THRESHOLD_HOLDERS: &[&str] = &[
    "县",
    "乡",
    "镇",
    "村",
    "户",
    "企业",
    "项目",
    "园区",
    "开发区",
    "集群",
    "品牌",
    "景区",
    "市场",
    "商户",
    "工业园",
    // Cities and provinces: "GDP没有过千亿元的副省级城市", "超万亿元的省份" (not bare 城市,
    // which opens compounds: "建成3.1公里的城市道路").
    "副省级城市",
    "地级市",
    "地市",
    "省份",
];

/// Right after a name, before an amount: the name measures a threshold ("财政收入超千万元乡镇",
/// "地区生产总值超50亿元的县"). See [`opens_on_threshold`].
const THRESHOLD_OPENERS: &[&str] = &["超过", "超", "过", "突破", "达到"];

/// How many chars an amount of [`opens_on_threshold`] may take before its 元.
const THRESHOLD_AMOUNT_CHARS: usize = 8;

/// Whether `after_name`, the text from a name on to a figure, opens on a threshold that
/// picks out what is counted ("超50亿元的县增长20%", "超千万元乡镇增长20%"): the figure is
/// theirs, and the name only measures them.
pub(crate) fn opens_on_threshold(after_name: &str) -> bool {
    // The opener, the amount, 元, 的 and a holder: a bounded look.
    let after_name = head_chars(after_name, THRESHOLD_AMOUNT_CHARS + 8);
    let Some(rest) = THRESHOLD_OPENERS
        .iter()
        .find_map(|w| after_name.strip_prefix(w))
    else {
        return false;
    };
    let Some((amount, after)) = rest.split_once('元') else {
        return false;
    };
    amount.chars().count() <= THRESHOLD_AMOUNT_CHARS
        && amount.chars().all(|c| {
            is_digit(c) || matches!(c, '.' | '．') || "一二两三四五六七八九十百千万亿".contains(c)
        })
        && threshold_after(after, true)
}

/// Places of [`THRESHOLD_HOLDERS`]: after a floor they need no 的 ("超千万元乡镇"). (A
/// floor right before a project or a firm is its size class: see [`size_class_after`].)
const THRESHOLD_PLACES: &[&str] = &["县", "乡", "镇", "村"];

/// Words that open on a char of [`THRESHOLD_PLACES`] but name no place counted ("超过3亿元
/// 乡村振兴衔接资金", "超10亿元县级配套资金").
const NOT_PLACES: &[&str] = &["乡村", "县域", "县级", "县城", "镇级", "村级"];

/// Whether the text right after a figure makes it a threshold: "(以上)的县"; of a floor
/// amount (`floor`: "超千万元", "50万元以上") and a place, the 的 may go ("财政收入超千万元
/// 乡镇"). (A floor percent before a place is a share of them: "80%以上村屯完成整治".)
pub(crate) fn threshold_after(after: &str, floor: bool) -> bool {
    let after = after.strip_prefix("以上").unwrap_or(after);
    match after.strip_prefix('的') {
        Some(rest) => THRESHOLD_HOLDERS.iter().any(|h| rest.starts_with(h)),
        None => {
            floor
                && THRESHOLD_PLACES.iter().any(|h| after.starts_with(h))
                && !NOT_PLACES.iter().any(|w| after.starts_with(w))
        }
    }
}

/// Whether a growth's name follows a percent right after it ("力争保持30%左右的增幅",
/// "8%的增长速度"), or, after 的, a growth its pace words qualify ("以15%的速度快速增长",
/// "9%的中高速增长", "30%以上的幅度增长"): the percent is that growth, not a rate. (Not
/// "全市60%的经济增长", a share of growth, nor "5%的幅度压减", a cut.)
pub(crate) fn growth_named_after(after: &str) -> bool {
    match after.strip_prefix('的') {
        Some(rest) => {
            GROWTH_NAMES.prefix(rest).is_some() || {
                let mut rest = rest;
                for _ in 0..MAX_PACE_WORDS {
                    match PACE_WORDS.iter().find_map(|w| rest.strip_prefix(w)) {
                        Some(r) => rest = r,
                        None => break,
                    }
                }
                rest.starts_with("增长")
            }
        }
        None => GROWTH_NAMES.prefix(after).is_some() || after.starts_with("增长"),
    }
}

/// Between a percent's 的 and 增长: how the growth went ([`growth_named_after`]).
const PACE_WORDS: &[&str] = &[
    "速度",
    "幅度",
    "中高速",
    "高速",
    "快速",
    "较快",
    "持续",
    "平稳",
    "稳定",
    "稳步",
    "均衡",
    "高",
];

/// How many [`PACE_WORDS`] may stand in a row ("的速度快速增长").
const MAX_PACE_WORDS: usize = 2;

/// The last `n` chars of `text`.
pub(crate) fn tail_chars(text: &str, n: usize) -> &str {
    let start = text
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &text[start..]
}

/// The first `n` chars of `text`.
pub(crate) fn head_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
}

/// Ending the lead of an amount: the amount is what the subject grew by ("总量新增近170亿元",
/// "农民人均纯收入提高166元"; 提高到 reaches a level). Before a name 新增 opens the name
/// instead ("新增贷款300亿元"); further back 提高 is a verb of its own ("提高城镇化水平，
/// 完成投资20亿元").
pub(crate) const CHANGE_ENDS: &[&str] = &["新增", "提高", "提高了", "降低", "降低了"];

/// Whether `near` holds a change word that is not the start of a name: 增加 in "增加值"
/// (value added) names an indicator, it says no change.
pub(crate) fn change_word_in(near: &str) -> bool {
    near.char_indices().any(|(i, _)| {
        CHANGE_WORDS
            .iter()
            .any(|w| near[i..].starts_with(w) && !near[i + w.len()..].starts_with('值'))
    })
}

/// Right before a percentage: a rise, as 增长 is ("比上年增加7.9%", "增加了5%"); the
/// [`CHANGE_WORDS`] that say so. Further back they belong to a name ("农民增收明白卡覆盖
/// 全市60%").
pub(crate) const INCREASE_WORDS: &[&str] = &["增加", "增收", "增加了", "增收了"];

/// Whether `near` ends with an [`INCREASE_WORDS`] word, or with 增 alone ("达1286亿元、增
/// 7.2%"; further back 增 belongs to a name: "增加值占比45%").
pub(crate) fn increase_before(near: &str) -> bool {
    let near = near.trim_end();
    near.ends_with('增') || INCREASE_WORDS.iter().any(|w| near.ends_with(w))
}

/// Whether a fall's name follows a percent right after it ("出现了3.6%的负增长"): the
/// percent is that fall, a negative growth.
pub(crate) fn fall_named_after(after: &str) -> bool {
    after
        .strip_prefix('的')
        .unwrap_or(after)
        .starts_with("负增长")
}

/// Before a figure in its clause: the figure spans several years ("年均增长12%",
/// "五年累计完成投资", "“十一五”期间").
pub(crate) const MULTI_YEAR_WORDS: &[&str] = &[
    "年均",
    "平均每年",
    "年平均",
    "每年平均",
    "五年",
    "十年",
    "三年",
    "两年",
    "四年",
    "翻一番",
    "翻番",
    "期间",
    "时期",
    "五年来",
    "年來",
    "平均增长",
    // "年递增9%": a yearly rise over a plan's years; so is "年分别递增10%和5%", shared out.
    "年递增",
    "年分别递增",
];

/// Five-year plans by name, with their last years. The older ones are named in reports of
/// the 1990s and 2000s ("与“九五”末相比", "比“九五”末增加了2388元"); their names are words of
/// other things too (八五二农场, 七五普法): see [`plan_names_in`].
const PLAN_PERIODS: &[(&str, u16)] = &[
    ("十一五", 2010),
    ("十二五", 2015),
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
    ("十五", 2005),
    ("九五", 2000),
    ("八五", 1995),
    ("七五", 1990),
];

/// After the name of a plan older than 十五, unless it is quoted: words that make it the
/// plan's ("九五期间", "八五计划"), not 八五普法.
const OLDER_PLAN_AFTER: &[&str] = &["末", "期末", "时期", "期间", "计划", "规划"];

/// After a level, opening its next clause or right after it: a comparison with several
/// years as a whole ("，是前五年的5.6倍", "，比上一个五年增长85%", "，是“十一五”时期的2.1
/// 倍", "，是上个五年投资总和"). The level is itself the total of years. See
/// [`compared_with_years`].
const YEARS_COMPARISONS: &[&str] = &["比", "超过", "接近"];

/// See [`YEARS_COMPARISONS`]: these compare only as a multiple or a sum of the years ("是前
/// 五年的3.7倍", "为前五年总和"; not "是“十五”时期以来第二个高产年").
const YEARS_MULTIPLES: &[&str] = &["是", "为", "相当于"];

/// See [`YEARS_MULTIPLES`]: after the years, how a multiple or a sum opens.
const MULTIPLE_OPENERS: &[&str] = &["的", "总和", "投资总和"];

/// See [`YEARS_COMPARISONS`]: the years compared with, but not one year ("五年前", "“十五”末").
const YEARS_BASES: &[&str] = &[
    "前五年",
    "前四年",
    "前六年",
    "上个五年",
    "上一个五年",
    "过去五年",
];

/// Right after the years of [`YEARS_COMPARISONS`]: their average, a year's.
const YEARS_AVERAGES: &[&str] = &["平均", "年均", "每年"];

/// After a plan's name: its years as a whole ("“十一五”时期", "十五期间").
const PLAN_SPANS: &[&str] = &["时期", "期间"];

/// Whether `after`, the text right after a level, compares it with several years as a
/// whole: see [`YEARS_COMPARISONS`].
pub(crate) fn compared_with_years(after: &str) -> bool {
    let after = after.trim_start_matches(['，', ',', ' ', '　']);
    // Most levels are followed by none of the comparisons: their first chars turn them away.
    if !after.starts_with(['比', '超', '接', '是', '为', '相']) {
        return false;
    }
    let (rest, multiple) = match YEARS_COMPARISONS.iter().find_map(|w| after.strip_prefix(w)) {
        Some(rest) => (rest, false),
        None => match YEARS_MULTIPLES.iter().find_map(|w| after.strip_prefix(w)) {
            Some(rest) => (rest, true),
            None => return false,
        },
    };
    // What follows the years: not their average, a year's ("比过去五年平均水平多1万人");
    // anything else after 比, a multiple's or a sum's opening after 是.
    let compares = |r: &str| {
        !YEARS_AVERAGES.iter().any(|a| r.starts_with(a))
            && (!multiple
                || MULTIPLE_OPENERS.iter().any(|o| {
                    r.strip_prefix(o).is_some_and(|n| {
                        *o != "的" || n.starts_with(|c: char| is_digit(c) || is_month_numeral(c))
                    })
                }))
    };
    let rest = rest.trim_start_matches([' ', '　', '“', '"']);
    YEARS_BASES
        .iter()
        .any(|b| rest.strip_prefix(b).is_some_and(compares))
        || PLAN_PERIODS.iter().any(|(p, _)| {
            rest.strip_prefix(p).is_some_and(|r| {
                let r = r.trim_start_matches(['”', '"']);
                PLAN_SPANS
                    .iter()
                    .any(|s| r.strip_prefix(s).is_some_and(compares))
            })
        })
}

/// Whether `title` (a section's) is about a five-year plan by its name, and neither names a
/// year nor speaks of the plan's start ("“十三五”发展的基本思路和目标任务", "展望“十二五”"; not
/// "“十二五”开局之年的工作安排", "推动“十四五”开好局起好步": the year's work).
pub(crate) fn titles_plan_period(title: &str) -> bool {
    names_plan_or_next_term(title)
        && !title.contains('年')
        && !PLAN_START_WORDS.iter().any(|w| title.contains(w))
}

/// Whether `lead`, a sentence up to its target opener, opens the targets of several years:
/// its last clause names a five-year plan or the next term, or holds a multi-year word
/// ("“十二五”时期经济社会发展的", "今后五年的"), and not the plan's start ("“十二五”开局之年
/// 的"). A plan named in a clause before only frames the opener ("按照“十二五”规划的要求，
/// 主要预期目标是" may open the year's).
pub(crate) fn opens_period_targets(lead: &str) -> bool {
    let clause = lead
        .rsplit(['，', '。', '；', '：', ',', ';', ':'])
        .next()
        .unwrap_or(lead);
    (names_plan_or_next_term(clause) || MULTI_YEAR.contains(clause))
        && !PLAN_START_WORDS.iter().any(|w| clause.contains(w))
}

/// Opening a sentence as a clause of its own: the years its goals are for ("今后五年，",
/// "“十二五”时期，", "到“十三五”末，"). See [`period_frame_end`].
const PERIOD_FRAMES: &[&str] = &[
    "今后五年",
    "未来五年",
    "五年内",
    "今后几年",
    "未来几年",
    "今后三年",
    "未来三年",
    "本届政府任期",
];

/// After a plan's name, in a sentence's opening clause: the name is a span of time ("“十二五”
/// 时期", "十三五期间", "“十一五”末"), not a framework ("按照“十二五”规划的要求").
const PLAN_TIME_WORDS: &[&str] = &["时期", "期间", "末", "期末"];

/// The longest opening clause read as a time frame, in chars: a longer one says more than
/// when ("“十三五”期间，中心城市将采取PPP模式…" opens with a frame; a clause of a whole
/// task does not).
const PERIOD_FRAME_MAX_CHARS: usize = 20;

/// Where the opening clause of `sentence` ends, if it is a time frame of several years and
/// nothing else: "今后五年，地区生产总值年均增长12%以上；城镇居民人均可支配收入超过4万元"
/// sets the period's goals in every clause, after a `；` too. Not a plan's start ("“十二五”
/// 开局之年，"), nor a frame that names this year ("今后五年特别是今年，").
pub(crate) fn period_frame_end(sentence: &str) -> Option<usize> {
    let body = sentence.trim_start_matches(|c: char| c.is_whitespace());
    // Only the sentence's head is searched for the clause's end: a search of the whole
    // cost as much as a tenth of the sentence's other words.
    let head = body
        .char_indices()
        .nth(PERIOD_FRAME_MAX_CHARS + 1)
        .map_or(body, |(at, _)| &body[..at]);
    let end = head.find(['，', '：', ',', ':'])?;
    let clause = &body[..end];
    // Every frame holds 年, 期 or 末: most clauses are turned away by that char search.
    let frame = clause.contains(['年', '期', '末'])
        && !clause.contains(|c: char| is_digit(c))
        && (PERIOD_FRAMES.iter().any(|w| clause.contains(w))
            || plan_names_in(clause).any(|(at, name, _)| {
                let after = clause[at + name.len()..].trim_start_matches(['”', '"', '」']);
                PLAN_TIME_WORDS.iter().any(|w| after.starts_with(w))
            }))
        && !PLAN_START_WORDS.iter().any(|w| clause.contains(w))
        && !THIS_YEAR_WORDS.iter().any(|w| clause.contains(w));
    frame.then(|| sentence.len() - body.len() + end)
}

/// At a sentence's opening: it refers back to the goal of the sentence before ("按照这一目标，
/// 国内生产总值…均增长15%以上"), and its rates are that goal's.
const GOAL_REFERENCES: &[&str] = &[
    "按照这一目标",
    "按照这个目标",
    "按照上述目标",
    "按此目标",
    "照此目标",
    "根据这一目标",
    "实现这一目标",
];

/// Whether `sentence` opens by referring back to the goal of the sentence before
/// ([`GOAL_REFERENCES`]).
pub(crate) fn refers_to_goal_before(sentence: &str) -> bool {
    let body = sentence.trim_start_matches(|c: char| c.is_whitespace());
    GOAL_REFERENCES.iter().any(|w| body.starts_with(w))
}

/// Before a figure in a review: a sum over the span the review covers ("累计完成固定资产投资").
pub(crate) const CUMULATIVE: &str = "累计";

/// Whether `title` (a section's) covers several years: a multi-year word (过去五年, “十一五”
/// 时期), a five-year plan's name ("2015年和“十二五”工作回顾") or a government's term (本届政府
/// 工作回顾).
pub(crate) fn titles_several_years(title: &str) -> bool {
    MULTI_YEAR.contains(title)
        || names_plan_or_next_term(title)
        || TERM_WORDS.iter().any(|w| title.contains(w))
}

/// Whether `title` names a five-year plan ([`PLAN_PERIODS`]) or the next government's term
/// ([`NEXT_TERM_WORDS`]).
fn names_plan_or_next_term(title: &str) -> bool {
    plan_names_in(title).next().is_some() || NEXT_TERM_WORDS.iter().any(|w| title.contains(w))
}

/// In a section title: the term of the government that reports, five years.
const TERM_WORDS: &[&str] = &["本届", "上届"];

/// In a section title: the section is about the next government's five-year term ("对下届
/// 政府工作的建议"), as a title naming a five-year plan is about the plan.
const NEXT_TERM_WORDS: &[&str] = &["下届", "下一届"];

/// In a title naming a five-year plan: the title is about its first year.
const PLAN_START_WORDS: &[&str] = &["开局", "开好局", "起步", "起好步", "开篇"];

/// The char every name of [`PLAN_PERIODS`] ends with.
const PLAN_PERIOD_END: char = '五';

/// The five-year plans `text` names, in text order: where each name starts, the name and
/// the plan's last year. Found from the 五 every name ends with (tested), each a vector
/// search away: the names start with four different chars, whose UTF-8 leads are those of
/// most CJK text, so an automaton over them steps through every byte. A name followed by a
/// numeral is part of a number (八五二农场; at 十五五, 十五 is not the name); an older
/// plan's name is one only quoted or before [`OLDER_PLAN_AFTER`].
fn plan_names_in(text: &str) -> impl Iterator<Item = (usize, &'static str, u16)> + '_ {
    static FINDER: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| {
        memchr::memmem::Finder::new(PLAN_PERIOD_END.encode_utf8(&mut [0; 4]).as_bytes())
            .into_owned()
    });
    FINDER.find_iter(text.as_bytes()).filter_map(move |at| {
        let end = at + PLAN_PERIOD_END.len_utf8();
        let &(name, year) = PLAN_PERIODS
            .iter()
            .filter(|(p, _)| text[..end].ends_with(p))
            .max_by_key(|(p, _)| p.len())?;
        let start = end - name.len();
        let after = &text[end..];
        if after.starts_with(|c: char| is_digit(c) || is_month_numeral(c)) {
            return None;
        }
        let plan_word = || {
            let after = after.trim_start_matches(['”', '"', '」']);
            OLDER_PLAN_AFTER.iter().any(|w| after.starts_with(w))
        };
        let quoted = text[..start].ends_with(['“', '"', '「']);
        (name.starts_with('十') || quoted || plan_word()).then_some((start, name, year))
    })
}

/// The comparisons of a sentence with a time of a five-year plan ("与“十三五”开局之年比",
/// "比“十二五”末"): a change since then spans several years. Found once per sentence: a
/// search of each figure's run of clauses made a run of many figures quadratic.
pub(crate) struct PlanPeriodBases(
    /// (where the marker starts, where the nearest plan name after a marker from here on
    /// ends), sorted.
    Vec<(usize, usize)>,
);

impl PlanPeriodBases {
    pub(crate) fn of(sentence: &str) -> PlanPeriodBases {
        // Plan names are rare: each is a vector search away, and only there is the text
        // before it read for a marker.
        let mut bases: Vec<(usize, usize)> = plan_names_in(sentence)
            .filter_map(|(at, name, _)| {
                let before = sentence[..at].trim_end_matches(['“', '"', '「']);
                let marker = COMPARISON_MARKERS.iter().find(|m| before.ends_with(*m))?;
                Some((before.len() - marker.len(), at + name.len()))
            })
            .collect();
        bases.sort_unstable();
        for i in (1..bases.len()).rev() {
            bases[i - 1].1 = bases[i - 1].1.min(bases[i].1);
        }
        PlanPeriodBases(bases)
    }

    /// Whether `range` of the sentence holds a marker and the plan's name after it.
    pub(crate) fn any_in(&self, range: Range<usize>) -> bool {
        self.0
            .get(self.0.partition_point(|&(at, _)| at < range.start))
            .is_some_and(|&(_, end)| end <= range.end)
    }
}

/// After a plan's name: its end ("“十一五”末", "十二五期末").
const PLAN_END_WORDS: &[&str] = &["末", "期末"];

/// The ends of five-year plans a sentence names ("到“十一五”末"), each with the plan's last
/// year and where it is written (from its opening quote to 末), in text order.
pub(crate) fn plan_period_ends(sentence: &str) -> Vec<(u16, Range<usize>)> {
    plan_names_in(sentence)
        .filter_map(|(at, name, year)| {
            let after = sentence[at + name.len()..].trim_start_matches(['”', '"', '」']);
            let end_word = PLAN_END_WORDS.iter().find(|w| after.starts_with(*w))?;
            let end = sentence.len() - after.len() + end_word.len();
            let start = sentence[..at].trim_end_matches(['“', '"', '「']).len();
            Some((year, start..end))
        })
        .collect()
}

/// At the start of a paragraph: what follows is about the last years as a whole, those of
/// a government's term (five, or four or six when it began or ends off the calendar) or a
/// shorter run of years ("三年来", "近两年来"). An address before it is read past
/// ("各位代表，过去的四年，…").
pub(crate) const MULTI_YEAR_OPENERS: &[&str] = &[
    "过去五年",
    "过去的五年",
    "五年来",
    "这五年",
    "五年间",
    "回顾过去五年",
    "回顾过去的五年",
    "过去四年",
    "过去的四年",
    "四年来",
    "这四年",
    "四年间",
    "回顾过去四年",
    "回顾过去的四年",
    "过去六年",
    "过去的六年",
    "六年来",
    "这六年",
    "六年间",
    "回顾过去六年",
    "回顾过去的六年",
    "过去三年",
    "过去的三年",
    "三年来",
    "这三年",
    "三年间",
    "回顾过去三年",
    "回顾过去的三年",
    "过去两年",
    "过去的两年",
    "两年来",
    "这两年",
    "两年间",
    "回顾过去两年",
    "回顾过去的两年",
    "近两年来",
];

/// An address that may open a paragraph before what it is about ("各位代表！过去四年，…").
pub(crate) const ADDRESSES: &[&str] = &["各位代表", "同志们"];

/// In a sentence of a five-year paragraph: its figures are one year's after all ("2016年,
/// 地区生产总值增长6.5%", "比上年增长").
pub(crate) const ONE_YEAR_WORDS: &[&str] = &["上年", "去年", "全年", "今年", "同比", "当年"];

/// The end of a five-year plan as a comparison base ("比“十二五”末增长19.3%"): the change
/// is over several years.
pub(crate) const PLAN_PERIOD_ENDS: &[&str] = &[
    "“十五”末",
    "“十一五”末",
    "“十二五”末",
    "“十三五”末",
    "“十四五”末",
    "十五末",
    "十一五末",
    "十二五末",
    "十三五末",
    "十四五末",
];

/// An unknown subject ending in one of these introduces a list ("重点抓好以下四个方面"),
/// it does not name an indicator.
pub(crate) const NOT_SUBJECT_ENDINGS: &[&str] = &["以下", "如下", "以下几"];

/// A word list indexed by first and last char, so asking whether a short text starts or
/// ends with one of the words compares only the words that could match.
pub(crate) struct WordSet {
    /// Words grouped by first char, sorted by that char.
    by_first: Vec<(char, Vec<&'static str>)>,
    /// Words grouped by last char, sorted by that char.
    by_last: Vec<(char, Vec<&'static str>)>,
    /// Bit `c % 1024` is set for the first char `c` of every word: most chars of a text
    /// start no word, and this test turns them away without a search of `by_first`. (With
    /// 64 bits, a set of a few dozen first chars let most chars through.)
    first_bits: CharBits,
    /// The same for the last char of every word and `by_last`.
    last_bits: CharBits,
}

/// A set of chars by their code point modulo 1024: a quick "no" for most chars.
#[derive(Clone, Copy, Default)]
struct CharBits([u64; 16]);

impl CharBits {
    fn of(groups: &[(char, Vec<&str>)]) -> CharBits {
        let mut bits = CharBits::default();
        for &(c, _) in groups {
            let c = u32::from(c) as usize % 1024;
            bits.0[c / 64] |= 1 << (c % 64);
        }
        bits
    }

    fn may_hold(&self, c: char) -> bool {
        let c = u32::from(c) as usize % 1024;
        self.0[c / 64] & (1 << (c % 64)) != 0
    }
}

fn group_by(
    words: &[&'static str],
    key: impl Fn(&str) -> Option<char>,
) -> Vec<(char, Vec<&'static str>)> {
    let mut groups: Vec<(char, Vec<&'static str>)> = Vec::new();
    for w in words {
        let Some(k) = key(w) else { continue };
        match groups.iter_mut().find(|(c, _)| *c == k) {
            Some((_, list)) => list.push(w),
            None => groups.push((k, vec![w])),
        }
    }
    groups.sort_by_key(|(c, _)| *c);
    // Longest first, so the first match is the longest.
    for (_, list) in &mut groups {
        list.sort_by_key(|w| std::cmp::Reverse(w.len()));
    }
    groups
}

fn group<'g>(groups: &'g [(char, Vec<&'static str>)], c: char) -> &'g [&'static str] {
    groups
        .binary_search_by_key(&c, |(k, _)| *k)
        .map_or(&[], |i| groups[i].1.as_slice())
}

impl WordSet {
    pub(crate) fn new(lists: &[&'static [&'static str]]) -> WordSet {
        let words: Vec<&'static str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        let by_first = group_by(&words, |w| w.chars().next());
        let by_last = group_by(&words, |w| w.chars().next_back());
        WordSet {
            first_bits: CharBits::of(&by_first),
            last_bits: CharBits::of(&by_last),
            by_first,
            by_last,
        }
    }

    /// Where the first word of the set starts in `text`. Meant for short texts (a clause):
    /// it tries the words that start with each char in turn.
    pub(crate) fn find(&self, text: &str) -> Option<usize> {
        text.char_indices()
            .find(|&(i, c)| {
                self.first_bits.may_hold(c)
                    && group(&self.by_first, c)
                        .iter()
                        .any(|w| text[i..].starts_with(w))
            })
            .map(|(i, _)| i)
    }

    /// Whether `text` contains a word of the set.
    pub(crate) fn contains(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// The longest word `text` starts with.
    pub(crate) fn prefix(&self, text: &str) -> Option<&'static str> {
        let first = text
            .chars()
            .next()
            .filter(|&c| self.first_bits.may_hold(c))?;
        group(&self.by_first, first)
            .iter()
            .find(|w| text.starts_with(*w))
            .copied()
    }

    /// The longest word `text` ends with.
    pub(crate) fn suffix(&self, text: &str) -> Option<&'static str> {
        let last = text
            .chars()
            .next_back()
            .filter(|&c| self.last_bits.may_hold(c))?;
        group(&self.by_last, last)
            .iter()
            .find(|w| text.ends_with(*w))
            .copied()
    }
}

/// Word sets for the clause-level decisions.
pub(crate) static UP: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[GROWTH_UP]));
/// See [`UP`].
pub(crate) static DOWN: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[GROWTH_DOWN]));
/// See [`UP`].
pub(crate) static CEILING: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[CEILING_WORDS]));
/// See [`UP`].
pub(crate) static NOT_SUBJECT: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[NOT_SUBJECT_ENDINGS]));

/// See [`PART_PREFIXES`] and [`GAP_COMPARATIVES`].
pub(crate) static PART_BEFORE: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[PART_PREFIXES, GAP_COMPARATIVES]));
/// See [`PART_SUFFIXES`].
pub(crate) static PART_AFTER: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[PART_SUFFIXES]));
/// Before an indicator's name in its clause, like a sub-area: a kind of trade or goods, so
/// the figure is a part of the indicator ("跨境电商出口额2亿元", "机电产品出口增长8%").
pub(crate) const SUB_KINDS: &[&str] = &[
    "跨境电商",
    "市场采购",
    "一般贸易",
    "加工贸易",
    "边境贸易",
    "边境小额贸易",
    "服务贸易",
    "机电产品",
    "高新技术产品",
    "农产品",
];

/// Before a trade name in its clause: trade with one partner ("其中对俄进出口总额117.9亿元，
/// 增长78.8%", "对俄贸易进出口总值增长25%") or border residents' (民贸): a part of the
/// place's trade, for that name only, as with [`SECTORS`] (a target list goes on with the
/// place's own figures after it). Not 对外, which is all of it.
pub(crate) const TRADE_PARTS: &[&str] = &[
    "对俄",
    "对韩",
    "对日",
    "对美",
    "对欧",
    "对东盟",
    "对非",
    "民贸",
];

/// Before an indicator's name in its clause: a sector of the economy, so the figure is the
/// sector's, a part of the place's ("民营经济完成固定资产投资84亿元", "非公有制经济实现税收
/// 13亿元"). Unlike a sub-area, a sector opening a clause says nothing of the clauses
/// after it ("民营经济增加值占GDP比重达到70%，单位GDP能耗下降3%").
pub(crate) const SECTORS: &[&str] = &[
    "民营经济",
    "非公有制经济",
    "非公经济",
    "民营企业",
    "非公企业",
    "非公有制企业",
    "国有企业",
    // "一产固定资产投资增长28.4%": the primary industry's investment.
    "一产",
    "二产",
    "三产",
    "第一产业",
    "第二产业",
    "第三产业",
];

/// See [`SUB_AREAS`] and [`SUB_KINDS`].
pub(crate) static SUB_AREA: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ZONES, SUB_AREAS, SUB_KINDS]));
/// See [`OTHER_BASES`] and [`EXCLUSION_OPENERS`].
pub(crate) static OTHER_BASIS: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[OTHER_BASES, EXCLUSION_OPENERS]));
/// See [`REAL_GROWTH_WORDS`].
pub(crate) static REAL_GROWTH: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[REAL_GROWTH_WORDS, REAL_GROWTH_OPENERS]));
/// See [`REAL_GROWTH_OPENERS`].
pub(crate) static REAL_GROWTH_OPENER: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[REAL_GROWTH_OPENERS]));
/// Before an indicator's name: the city proper, without its counties ("其中市区财政收入完成
/// 9.74亿元"), a part of the place. Like a sector ([`SECTORS`]) it owns the name after it
/// alone: in a list, the city proper's items stand among the whole city's ("市区空气质量
/// 二级以上天数达到295天以上，城镇登记失业率控制在4%以内").
pub(crate) const CITY_PROPER: &[&str] = &["市区", "中心城区"];

/// See [`SECTORS`] and [`CITY_PROPER`].
pub(crate) static PART_OWNER: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[SECTORS, CITY_PROPER, TRADE_PARTS]));

/// After a label's colon, the words that lead to its figure ("地区生产总值：增长6.5%左右",
/// "财政总收入：完成12亿元").
pub(crate) static LABELED_FIGURE: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[GROWTH_UP, GROWTH_DOWN, TO_LEVEL_WORDS, LABEL_FIGURE_LEADS]));

/// See [`LABELED_FIGURE`]: the words besides growth and to-level words.
const LABEL_FIGURE_LEADS: &[&str] = &["完成", "实现", "达到", "突破", "控制在", "约", "力争"];

/// See [`RECALL_COMPARISONS`].
pub(crate) static RECALL_COMPARISON: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[RECALL_COMPARISONS]));

/// See [`SUB_AREAS`]: the places alone, without the kinds of goods.
pub(crate) static SUB_AREA_PLACE: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ZONES, SUB_AREAS]));
/// See [`ZONES`].
pub(crate) static ZONE: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[ZONES]));
/// See [`ZONE_NAME_BREAKERS`].
pub(crate) static ZONE_NAME_BREAKER: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ZONE_NAME_BREAKERS, ZONE_NAME_VERBS]));
/// See [`ZONE_NAME_VERBS`].
pub(crate) static ZONE_NAME_VERB: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ZONE_NAME_VERBS]));

/// Where the first word of `set` (a kind of area: 开发区, 市区) stands in `text`, and the
/// word, unless it is the start of a longer word for a region (开发区域, 城市区域).
pub(crate) fn area_word_at(set: &WordSet, text: &str) -> Option<(usize, &'static str)> {
    text.char_indices().find_map(|(at, _)| {
        set.prefix(&text[at..])
            .filter(|w| !text[at + w.len()..].starts_with(REGION))
            .map(|w| (at, w))
    })
}

/// After an area's word: a region, not the area ("开发区域", "城市区域").
const REGION: char = '域';

/// See [`GROWTH_NAME_WORDS`].
pub(crate) static GROWTH_NAMES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[GROWTH_NAME_WORDS]));
/// See [`FALL_NAME_WORDS`].
pub(crate) static FALL_NAMES: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[FALL_NAME_WORDS]));
/// See [`ATTAINMENT_WORDS`].
pub(crate) static ATTAINMENT: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ATTAINMENT_WORDS, THRESHOLD_WORDS, TO_LEVEL_WORDS]));
/// See [`TO_LEVEL_WORDS`].
pub(crate) static TO_LEVEL: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[TO_LEVEL_WORDS]));
/// See [`ONE_YEAR_WORDS`].
pub(crate) static ONE_YEAR: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[ONE_YEAR_WORDS]));
/// See [`MULTI_YEAR_WORDS`].
pub(crate) static MULTI_YEAR: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[MULTI_YEAR_WORDS, PLAN_PERIOD_ENDS]));

/// Right after 预计: the sentence announces the year's indicators, whose figures follow in
/// the sentences after it ("预计2016年主要经济指标，均由负转正。").
pub(crate) const INDICATORS_AHEAD_WORDS: &[&str] = &[
    "主要经济指标",
    "主要指标",
    "各项经济指标",
    "各项指标",
    "主要经济数据",
];

pub(crate) static INDICATORS_AHEAD: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[INDICATORS_AHEAD_WORDS]));

/// In a sentence: its 预计 governs the rest of the section ("预计（下同）", "预计数，下同").
pub(crate) const ESTIMATE_ONWARD_WORDS: &[&str] = &[
    "预计（下同）",
    "预计(下同)",
    "预计数，下同",
    "预计数,下同",
    "预计数（下同）",
    "预计，下同",
    "預計（下同）",
];

/// The word lists looked for in a whole sentence. Each sentence is searched once for all of
/// them ([`SentenceWords::of`]); the clause-level lists are among them, as a clause's words
/// are the sentence's words that lie inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    /// See [`ESTIMATE_WORDS`].
    Estimate,
    /// See [`ESTIMATE_ONWARD_WORDS`].
    EstimateOnward,
    /// See [`ESTIMATE_BACKWARD_WORDS`].
    EstimateBackward,
    /// See [`TARGET_OPENERS`].
    TargetOpener,
    /// See [`TARGET_WORDS`].
    Target,
    /// The words of figure-less targets: [`POSITIVE_WORDS`], [`IN_STEP_WORDS`],
    /// [`ABOVE_WORDS`].
    Figureless,
    /// See [`FIRM_WORDS`].
    Firm,
    /// See [`RECALLED_WORDS`].
    Recalled,
    /// See [`EXPECTED_TARGET_WORDS`].
    ExpectedTarget,
    /// See [`HIGHER_GOAL_WORDS`].
    HigherGoal,
    /// See [`RESTATED_WORDS`].
    Restated,
    /// See [`THIS_YEAR_WORDS`].
    ThisYear,
    /// See [`COMPLETION_WORDS`].
    Completion,
    /// See [`EXCESS_WORDS`].
    Excess,
    /// See [`MULTI_YEAR_WORDS`] and [`PLAN_PERIOD_ENDS`].
    MultiYear,
    /// See [`AVERAGE_ANNUAL_WORDS`].
    AverageAnnual,
    /// See [`GROWTH_NAME_WORDS`].
    GrowthName,
    /// See [`RESPECTIVELY`].
    Respectively,
    /// See [`MUST_REACH_WORDS`].
    MustReach,
    /// See [`FLOOR_TARGETS`].
    FloorTarget,
    /// See [`OTHER_BASES`], [`EXCLUSION_OPENERS`] and [`REAL_GROWTH_OPENERS`].
    OtherBasis,
}

/// The lists of each [`Kind`]. A word may stand in more than one (确保 is firm and a
/// target word): it is found for each.
const SENTENCE_LISTS: &[(Kind, &[&str])] = &[
    (Kind::Estimate, ESTIMATE_WORDS),
    (Kind::EstimateOnward, ESTIMATE_ONWARD_WORDS),
    (Kind::EstimateBackward, ESTIMATE_BACKWARD_WORDS),
    (Kind::TargetOpener, TARGET_OPENERS),
    (Kind::Target, TARGET_WORDS),
    (Kind::Figureless, POSITIVE_WORDS),
    (Kind::Figureless, IN_STEP_WORDS),
    (Kind::Figureless, ABOVE_WORDS),
    (Kind::Firm, FIRM_WORDS),
    (Kind::Recalled, RECALLED_WORDS),
    (Kind::Recalled, RECALLED_BY_WHOM_WORDS),
    (Kind::ExpectedTarget, EXPECTED_TARGET_WORDS),
    (Kind::HigherGoal, HIGHER_GOAL_WORDS),
    (Kind::Restated, RESTATED_WORDS),
    (Kind::ThisYear, THIS_YEAR_WORDS),
    (Kind::Completion, COMPLETION_WORDS),
    (Kind::Excess, EXCESS_WORDS),
    (Kind::MultiYear, MULTI_YEAR_WORDS),
    (Kind::MultiYear, PLAN_PERIOD_ENDS),
    (Kind::AverageAnnual, AVERAGE_ANNUAL_WORDS),
    (Kind::GrowthName, GROWTH_NAME_WORDS),
    (Kind::Respectively, &[RESPECTIVELY]),
    (Kind::MustReach, MUST_REACH_WORDS),
    (Kind::FloorTarget, FLOOR_TARGETS),
    (Kind::OtherBasis, OTHER_BASES),
    (Kind::OtherBasis, EXCLUSION_OPENERS),
    (Kind::OtherBasis, REAL_GROWTH_OPENERS),
];

/// Every word of [`SENTENCE_LISTS`] by its first char. A sentence is read char by char
/// once: a char that starts no word (most of them) is turned away by one table look-up,
/// and at the others only the words that start with it are compared. (An Aho-Corasick DFA
/// over the bytes took three times as long: in Chinese text it steps through a state for
/// each of a char's three bytes.)
struct SentenceIndex {
    /// For each char of the Basic Multilingual Plane, 1 + the index in `by_first` of the
    /// words it starts, or 0.
    group_of: Vec<u8>,
    /// Bit `c % 64` of word `c / 64` is set for every char `c` that starts a word: one
    /// test, on bits a three-byte char's bytes give without building its code point,
    /// turns most chars away before `group_of` is read.
    starts: [u64; 1024],
    /// The words of each first char, with their kinds.
    by_first: Vec<Vec<(Kind, &'static str)>>,
}

static SENTENCE_INDEX: LazyLock<SentenceIndex> = LazyLock::new(|| {
    let mut group_of = vec![0u8; 0x10000];
    let mut starts = [0u64; 1024];
    let mut by_first: Vec<Vec<(Kind, &'static str)>> = Vec::new();
    for &(kind, list) in SENTENCE_LISTS {
        for &w in list {
            let Some(slot) = w
                .chars()
                .next()
                .and_then(|c| group_of.get_mut(u32::from(c) as usize))
            else {
                continue;
            };
            if *slot == 0 {
                by_first.push(Vec::new());
                *slot = u8::try_from(by_first.len()).expect("fewer than 256 first chars");
            }
            by_first[usize::from(*slot) - 1].push((kind, w));
        }
    }
    for (c, _) in group_of.iter().enumerate().filter(|&(_, &g)| g != 0) {
        starts[c / 64] |= 1 << (c % 64);
    }
    SentenceIndex {
        group_of,
        starts,
        by_first,
    }
});

/// Where the words of [`SENTENCE_LISTS`] stand in one sentence: every occurrence, also
/// overlapping ones, as (kind, start, end) in byte offsets, sorted.
pub(crate) struct SentenceWords(Vec<(Kind, usize, usize)>);

impl SentenceWords {
    /// Searches `sentence` once for every list.
    pub(crate) fn of(sentence: &str) -> SentenceWords {
        let index = &*SENTENCE_INDEX;
        // The tables as locals: read through the static, they were loaded again for every
        // char, as a push to `found` might have changed them for all the compiler knew.
        let (group_of, starts, by_first) = (
            index.group_of.as_slice(),
            &index.starts,
            index.by_first.as_slice(),
        );
        let bytes = sentence.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        // Every word starts with a three-byte char (tested): those are decoded inline from
        // their lead byte, the others only stepped over.
        while let Some(tail) = bytes.get(at..) {
            let (width, group) = match *tail {
                [lead @ 0xe0..=0xef, b1, b2, ..] => {
                    let block = (usize::from(lead & 0x0f) << 6) | usize::from(b1 & 0x3f);
                    let group = if starts[block] & (1 << (b2 & 0x3f)) == 0 {
                        0
                    } else {
                        let c = (block << 6) | usize::from(b2 & 0x3f);
                        group_of.get(c).copied().unwrap_or(0)
                    };
                    (3, group)
                }
                [] => break,
                [0x00..=0x7f, ..] => (1, 0),
                [0xc0..=0xdf, ..] => (2, 0),
                _ => (4, 0),
            };
            if group != 0 {
                // The first char is the same: the rest is compared byte by byte, inline (a
                // call to memcmp per word cost more than the compare; most differ at once).
                let rest = &bytes[at + 3..];
                for &(kind, w) in &by_first[usize::from(group) - 1] {
                    let tail = &w.as_bytes()[3..];
                    if rest.len() >= tail.len() && rest.iter().zip(tail).all(|(a, b)| a == b) {
                        found.push((kind, at, at + w.len()));
                    }
                }
            }
            at += width;
        }
        found.sort_unstable();
        SentenceWords(found)
    }

    /// Where the first word of `kind` starts.
    pub(crate) fn first(&self, kind: Kind) -> Option<usize> {
        self.first_in(kind, 0..usize::MAX)
    }

    /// Every word of `kind`, as (start, end), in text order.
    pub(crate) fn all(&self, kind: Kind) -> impl Iterator<Item = (usize, usize)> + '_ {
        let from = self.0.partition_point(|&(k, _, _)| k < kind);
        self.0[from..]
            .iter()
            .take_while(move |&&(k, _, _)| k == kind)
            .map(|&(_, start, end)| (start, end))
    }

    /// Where the first word of `kind` that lies wholly inside `range` starts (a word of a
    /// clause, of the text before a figure).
    pub(crate) fn first_in(&self, kind: Kind, range: Range<usize>) -> Option<usize> {
        // Sorted by kind and start: a binary search finds the first word of the kind that
        // starts in the range. Words that run past its end are passed over (few: a word
        // can only overlap the end of a range by its own length).
        let from = self
            .0
            .partition_point(|&(k, start, _)| (k, start) < (kind, range.start));
        self.0[from..]
            .iter()
            .take_while(|&&(k, start, _)| k == kind && start < range.end)
            .find(|&&(_, _, end)| end <= range.end)
            .map(|&(_, start, _)| start)
    }
}

/// 预计 and its kin ([`ESTIMATE_WORDS`]), searched for all at once: see
/// [`estimate_marks`]. Leftmost-first, so that aho-corasick skips ahead with its vector
/// prefilter; a word it passes over for an overlapping one starts inside that one's
/// sentence all the same (the words are ideographs, and sentences end at punctuation).
static ESTIMATE: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(ESTIMATE_WORDS)
        .expect("a few words are a valid pattern set")
});

/// The words of a figure-less target ([`POSITIVE_WORDS`], [`IN_STEP_WORDS`],
/// [`ABOVE_WORDS`]), searched for all at once: see [`may_hold_figureless`].
static FIGURELESS_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(
            POSITIVE_WORDS
                .iter()
                .chain(IN_STEP_WORDS)
                .chain(ABOVE_WORDS),
        )
        .expect("a few words are a valid pattern set")
});

/// Whether `sentence` holds a word of a figure-less target anywhere. Without one (and
/// without a figure) a sentence holds no claim, and is turned away before all its words
/// are read: most sentences of a plan have neither.
pub(crate) fn may_hold_figureless(sentence: &str) -> bool {
    FIGURELESS_WORDS.is_match(sentence)
}

/// Where the words of [`ESTIMATE_WORDS`] start in `text`, a report at document offset
/// `base`: a sentence with none is read as no estimate without a search of its own (see
/// [`LazyWords::if_estimate`]).
pub(crate) fn estimate_marks(text: &str, base: usize) -> Marks {
    Marks::new(ESTIMATE.find_iter(text).map(|m| base + m.start()))
}

/// A sentence's [`SentenceWords`], searched for when first asked: most sentences are passed
/// over (no figure, a review sentence without one) before any of their words is needed.
pub(crate) struct LazyWords<'s> {
    sentence: &'s str,
    found: OnceCell<SentenceWords>,
}

impl<'s> LazyWords<'s> {
    pub(crate) fn new(sentence: &'s str) -> LazyWords<'s> {
        LazyWords {
            sentence,
            found: OnceCell::new(),
        }
    }

    /// The sentence's words, searched for now if they were not yet.
    pub(crate) fn get(&self) -> &SentenceWords {
        self.found.get_or_init(|| SentenceWords::of(self.sentence))
    }

    /// The sentence's words if it holds an estimate word (预计…), else `None`. `marked`
    /// says whether one of [`estimate_marks`] lies in the sentence: every word of the
    /// estimate lists holds one, so an unmarked sentence is not read at all.
    pub(crate) fn if_estimate(&self, marked: bool) -> Option<&SentenceWords> {
        marked
            .then(|| self.get())
            .filter(|found| found.first(Kind::Estimate).is_some())
    }
}

/// Where a bracketed note that the figures are estimates from there on opens: 预计 and 下同
/// inside one pair of brackets, other words between ("（预计数，按可比口径计算，下同）").
pub(crate) fn estimate_onward_note(sentence: &str) -> Option<usize> {
    sentence.match_indices(['（', '(']).find_map(|(at, open)| {
        let inside = &sentence[at + open.len()..];
        let note = &inside[..inside.find(['）', ')']).unwrap_or(inside.len())];
        (ESTIMATE_WORDS.iter().any(|w| note.starts_with(w)) && note.contains("下同")).then_some(at)
    })
}

/// See [`FIRM_WORDS`]: looked for in the last chars before a figure.
pub(crate) static FIRM: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[FIRM_WORDS]));
/// See [`STRETCH_WORDS`]: likewise.
pub(crate) static STRETCH: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[STRETCH_WORDS]));

/// Fillers around an unknown indicator's name. A period word names no indicator: "一季度
/// 地区生产总值增长18.2%，前三季度增长9.6%" carries GDP to the 9.6% (for its period).
pub(crate) static LEADING: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[LEADING_FILLERS, TO_LEVEL_WORDS, PERIOD_WORDS, NOMINAL_WORDS]));
/// See [`LEADING`]; growth words end a lead too ("…同比增长").
pub(crate) static TRAILING: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        TRAILING_FILLERS,
        ATTAINMENT_WORDS,
        THRESHOLD_WORDS,
        GROWTH_UP,
        GROWTH_DOWN,
        COMPLETION_LEADS,
        CHANGE_WORDS,
        INCREASE_WORDS,
    ])
});

/// The words a report puts before its figures for a place as a whole, by level, widest
/// first. A report names its own place most often ("全市地区生产总值增长7%" in a city's
/// report) and the wider ones when it compares ("高于全省0.7个百分点", "全国经济增长6.9%").
/// 全区 is a district or an autonomous region: either way 全国 and 全省 are wider.
const PLACE_LEVELS: &[&[&str]] = &[
    &["全国"],
    &["全省"],
    // A prefecture (地区, governed by a 行署) is a city's level: "全地区生产总值".
    &["全市", "全州", "全盟", "全地区"],
    &["全县", "全区", "全旗"],
    &["全镇", "全乡"],
];

/// The index of counties in [`PLACE_LEVELS`].
const COUNTY_LEVEL: usize = 3;

/// The index of cities, prefectures and leagues in [`PLACE_LEVELS`].
const CITY_LEVEL: usize = 2;

/// An autonomous region as a whole, in the report of a place below it (see
/// [`OwnLevel::wider_levels`]).
const AUTONOMOUS_REGION: &str = "全区";

/// A city as a whole, among the words of [`CITY_LEVEL`].
const CITY: &str = "全市";

/// The index of provinces in [`PLACE_LEVELS`].
const PROVINCE_LEVEL: usize = 1;

/// The counties' area: in a city's or a province's report its counties, a sub-area
/// ("县域经济总量占全市的60%"); in a county's report the county itself ("县域经济总量达到
/// 103.6亿元", "县域经济实力显著增强").
const OWN_COUNTY_AREA: &str = "县域";

/// Right after "占全市": a share of the place as a whole.
const SHARE_WORDS: &[&str] = &["比重", "的比重", "总量的", "的份额", "份额"];

/// A wider place's government or the place by another name, with its level in
/// [`PLACE_LEVELS`]: "国家提出今年经济增长预期目标为5%左右" is the nation's target.
const WIDER_AUTHORITIES: &[(&str, usize)] = &[
    ("国家", 0),
    ("中央", 0),
    ("国务院", 0),
    ("省里", 1),
    ("省委", 1),
    ("省政府", 1),
];

/// Before a name: the report's own place ("全市地区生产总值", "我市财政总收入").
const OWN_PLACE_WORDS: &[&str] = &["我市", "我县", "我区", "我镇", "本市", "本县"];

/// The chars that words of [`PLACE_LEVELS`] and [`WIDER_AUTHORITIES`] start with (tested).
const WIDER_FIRST_CHARS: [char; 4] = ['全', '国', '中', '省'];

/// The chars that words of [`PLACE_LEVELS`] and [`OWN_PLACE_WORDS`] start with (tested).
const OWN_FIRST_CHARS: [char; 3] = ['全', '我', '本'];

/// Whether `before` (the text before a name) ends with a word for a place as a whole (全市,
/// 全县 …) or the report's own (我市, 本市): the name is not a sub-area's.
pub(crate) fn names_whole_place(before: &str) -> bool {
    before_whole_place(before.trim_end_matches([' ', '　', '的'])).is_some()
}

/// `text` without the word for a place as a whole (全市, 我市 …) it ends with, if it ends
/// with one.
fn before_whole_place(text: &str) -> Option<&str> {
    PLACE_LEVELS
        .iter()
        .flat_map(|words| words.iter())
        .chain(OWN_PLACE_WORDS)
        .find_map(|w| text.strip_suffix(w))
}

/// Before a name: points after it are what something else adds to the indicator's growth,
/// no value of the indicator's own ("拉动GDP增长5.4个百分点", "拉动全市经济增长4.6个百分点").
const CONTRIBUTION_WORDS: &[&str] = &["拉动"];

/// Where a contribution word starts that `before` (the text before a name) ends with, a
/// whole place's word allowed between them ("拉动全市…"): see [`CONTRIBUTION_WORDS`].
pub(crate) fn contribution_at(before: &str) -> Option<usize> {
    let trimmed = before.trim_end_matches([' ', '　', '的']);
    let trimmed = before_whole_place(trimmed).unwrap_or(trimmed);
    CONTRIBUTION_WORDS
        .iter()
        .find(|w| trimmed.ends_with(*w))
        .map(|w| trimmed.len() - w.len())
}

/// Before a name: what the figure after it measures is a gap from that name's, the base
/// ("服务业增加值增长10.8%，高于GDP增幅3.7个百分点"): a part word ([`PART_BEFORE`]). Before a
/// wider place: a gap to that place ("高出全省"), as the rest of [`GAP_VERBS`].
const GAP_COMPARATIVES: &[&str] = &["高于", "高出", "低于", "快于", "慢于"];

/// Before a wider place, beside [`GAP_COMPARATIVES`]: a figure after them is a gap to that
/// place ("比全国低").
const GAP_VERBS: &[&str] = &["比", "超出", "超过", "领先"];

/// Every word before a wider place that makes a figure after it a gap.
fn gap_verbs() -> impl Iterator<Item = &'static &'static str> {
    GAP_COMPARATIVES.iter().chain(GAP_VERBS)
}

/// Before a place, beside [`gap_verbs`]: the place is a yardstick, a rank's or a
/// location's ("居全省第一", "在全省率先", "占全省的12%").
const YARDSTICK_BEFORE: &[&str] = &["居", "列", "在", "占", "于", "对照"];

/// The last chars of [`gap_verbs`] and [`YARDSTICK_BEFORE`] (a test checks).
const YARDSTICK_ENDS: &[char] = &['比', '于', '出', '先', '居', '列', '在', '占', '过', '照'];

/// Between two places compared with in one list ("高于全国0.9个百分点、全省0.4个百分点").
const JOINERS_BEFORE_PLACE: &[&str] = &["、", "和", "及", "与", "以及"];

/// Places wider than any report's own: another country's figures or the world's.
const WORLD: &[&str] = &["世界", "全球"];

/// Finds 全 in a whole report: a substring finder skips by vector compares where a char
/// search stops at every byte like the last of 全's, which most CJK chars share.
static QUAN: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("全".as_bytes()));

/// The level of a report's own place (city, county …), read from how often the report names
/// each level; `None` where it names none (an excerpt).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct OwnLevel {
    /// The index of the level in [`PLACE_LEVELS`].
    level: Option<usize>,
    /// The place is a prefecture or a league, which may lie in an autonomous region: 全区
    /// is that region (see [`OwnLevel::wider_levels`]).
    below_region: bool,
}

impl OwnLevel {
    /// The level of the report `text`: the one it names most; on a tie the narrower, as a
    /// report names wider places only to compare. A place named as a yardstick ("高出全省2个
    /// 百分点", "居全省第一", "在全省率先") does not count: a report that compares itself with
    /// its province often names the province more than itself.
    pub(crate) fn of(text: &str) -> OwnLevel {
        let mut counts = [0usize; PLACE_LEVELS.len()];
        // How many of the city level's are 全市.
        let mut cities = 0usize;
        for at in QUAN.find_iter(text.as_bytes()) {
            let rest = &text[at..];
            // Most 全 follow a char that ends no yardstick word: one look at it first.
            let before = &text[..at];
            if before
                .chars()
                .next_back()
                .is_some_and(|c| YARDSTICK_ENDS.contains(&c))
                && gap_verbs()
                    .chain(YARDSTICK_BEFORE)
                    .any(|w| before.ends_with(w))
            {
                continue;
            }
            if let Some(level) = PLACE_LEVELS
                .iter()
                .position(|words| words.iter().any(|w| rest.starts_with(w)))
            {
                counts[level] += 1;
                if level == CITY_LEVEL && rest.starts_with(CITY) {
                    cities += 1;
                }
            }
        }
        let level = (0..counts.len())
            .filter(|&l| counts[l] > 0)
            .max_by_key(|&l| (counts[l], l));
        // A prefecture or a league (全州, 全盟, 全地区 named more than 全市) lies in an
        // autonomous region as often as not; a city's report may be a district's that names
        // its city more than itself.
        let below_region = level == Some(CITY_LEVEL) && counts[CITY_LEVEL] > 2 * cities;
        OwnLevel {
            level,
            below_region,
        }
    }

    /// The words for places of the levels wider than the report's own (全国, 全省 in a
    /// city's report); none where its level is unknown. In the report of a prefecture (州,
    /// 地区) or a league (盟), 全区 is the autonomous region it lies in ("全盟地区生产总值增长
    /// 24.6%…全区生产总值增长21.6%"): a district of it goes by its own name.
    fn wider_levels(self) -> impl Iterator<Item = &'static str> {
        let wider = self.level.map_or(&[][..], |l| &PLACE_LEVELS[..l]);
        let region = self.below_region.then_some(AUTONOMOUS_REGION);
        wider
            .iter()
            .flat_map(|words| words.iter().copied())
            .chain(region)
    }

    /// Whether `text` starts with the word for the report's own place as a whole (全市 in a
    /// city's report): a subject measured against it is a part of the place ("重点小城镇
    /// 生产总值增幅要高于全市平均水平").
    pub(crate) fn own_whole_at_start(self, text: &str) -> bool {
        self.level
            .and_then(|l| PLACE_LEVELS.get(l))
            .is_some_and(|words| words.iter().any(|w| text.starts_with(w)))
    }

    /// Whether `text` gives a share of the report's own place as a whole, not of one of its
    /// indicators ("占全市比重达到50%", "占全市的比重"; not "占全市生产总值的比重"): what
    /// has the share is a part of the place.
    pub(crate) fn share_of_own_whole(self, text: &str) -> bool {
        let Some(wholes) = self.level.and_then(|l| PLACE_LEVELS.get(l)) else {
            return false;
        };
        text.match_indices('占').any(|(at, _)| {
            let rest = &text[at + '占'.len_utf8()..];
            wholes.iter().any(|w| {
                rest.strip_prefix(w)
                    .is_some_and(|r| SHARE_WORDS.iter().any(|s| r.starts_with(s)))
            })
        })
    }

    /// The sub-area word `text` starts with ([`SUB_AREA`]), but for the word a report of
    /// this level uses for its own place ([`OWN_COUNTY_AREA`] in a county's report).
    pub(crate) fn sub_area_prefix(self, text: &str) -> Option<&'static str> {
        SUB_AREA.prefix(text).filter(|w| !self.is_own_area(w))
    }

    /// Whether a sub-area word stands anywhere in `text` (see [`OwnLevel::sub_area_prefix`]).
    pub(crate) fn sub_area_in(self, text: &str) -> bool {
        self.first_area_word(&SUB_AREA, text).is_some()
    }

    /// Where the first word of `set` (sub-areas, with or without kinds of goods) stands in
    /// `text`, but for the word this report uses for its own place.
    pub(crate) fn first_area_word(self, set: &WordSet, text: &str) -> Option<usize> {
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|rest| set.find(rest)) {
            let at = from + at;
            match set.prefix(&text[at..]) {
                Some(w) if self.is_own_area(w) => from = at + w.len(),
                _ => return Some(at),
            }
        }
        None
    }

    /// Whether `before` (the words right before a name) ends on the word this report uses
    /// for its own place as a whole ("县域经济总量" in a county's report stands like
    /// "全县经济总量").
    pub(crate) fn ends_on_own_area(self, before: &str) -> bool {
        self.is_own_area(OWN_COUNTY_AREA) && before.trim_end().ends_with(OWN_COUNTY_AREA)
    }

    /// Whether `word` (a sub-area word) names the report's own place at this level.
    fn is_own_area(self, word: &str) -> bool {
        self.level == Some(COUNTY_LEVEL) && word == OWN_COUNTY_AREA
    }

    /// Whether `before` (the words right before a name) ends on a county named by its own
    /// name or counted ("农安县财政收入", "南部六县生产总值", "各县"), in a report whose place
    /// is known and no county, or on a city so named in a province's report ("省会淞城市生产
    /// 总值", "沿江六市生产总值", "各市"): a part of the report's place, not its own. (In a
    /// county's report the county's own name may stand so, and in a city's the city's; 全县,
    /// 我县, 本县 and 该县 are its own; 市县 and 省市县 name levels, not counties.)
    pub(crate) fn other_county(self, before: &str) -> bool {
        let units: &[char] = match self.level {
            Some(PROVINCE_LEVEL) => &['县', '旗', '市', '州', '盟'],
            Some(own) if own != COUNTY_LEVEL => &['县', '旗'],
            _ => return false,
        };
        before
            .strip_suffix(units)
            .and_then(|rest| rest.chars().next_back())
            .is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !"全我本该市省".contains(c))
    }

    /// Whether `before` (the text right before a name) ends with a place wider than the
    /// report's own: the world's, or a wider level's.
    pub(crate) fn wider_named(self, before: &str) -> bool {
        WORLD
            .iter()
            .copied()
            .chain(self.wider_levels())
            .any(|w| before.ends_with(w))
    }

    /// Whether `before` (the words right before a figure) compares with a place wider than the
    /// report's own ("分别比全国低6306元", "高于全省2个百分点"): the figure is the gap
    /// between the two places, no value of the subject's.
    pub(crate) fn gap_to_wider(self, before: &str) -> bool {
        // Every place word starts with 全 or 世 (a test checks): one walk over the few chars
        // of `before` finds each place word where it stands, where a substring search per
        // word cost more to set up than the search itself.
        before.char_indices().any(|(at, c)| {
            matches!(c, '全' | '世') && {
                let rest = &before[at..];
                WORLD
                    .iter()
                    .copied()
                    .chain(self.wider_levels())
                    .any(|w| rest.starts_with(w))
                    && gap_verbs().any(|v| before[..at].ends_with(v))
            }
        })
    }

    /// Whether `lead`, the words between a gap to a wider place and the next figure, only
    /// joins another wider place to it ("高于全国0.9个百分点、全省0.4个百分点"): that figure
    /// is a gap too.
    pub(crate) fn joins_wider(self, lead: &str) -> bool {
        let lead = lead.trim();
        JOINERS_BEFORE_PLACE
            .iter()
            .find_map(|j| lead.strip_prefix(j))
            .is_some_and(|place| {
                WORLD
                    .iter()
                    .copied()
                    .chain(self.wider_levels())
                    .any(|w| place.trim() == w)
            })
    }

    /// Whether the clause before a name (`clause_before`) makes a wider place or its
    /// government its subject ("国家今年的经济增长预期目标为7.5%", "对照全省提出的生产总值
    /// 增长9%左右的预期目标", "省委、省政府提出…"): the name's figure is that place's.
    /// Not where the report's own place follows ("省里下达我市的…"), nor a place in a
    /// comparison, a location or a rank ("比全省", "在全省率先", "全省第4位").
    pub(crate) fn wider_subject(self, clause_before: &str) -> bool {
        let Some(own) = self.level else {
            return false;
        };
        // One walk back over the clause's chars, looking for a word only at the chars that
        // start one (tested), finds the last wider place or authority: a substring search
        // per word cost more to set up than the searches themselves.
        let wider_at = |rest: &str| {
            self.wider_levels()
                .chain(
                    WIDER_AUTHORITIES
                        .iter()
                        .filter(|(_, level)| *level < own)
                        .map(|(w, _)| *w),
                )
                .find(|w| rest.starts_with(w))
        };
        let Some((at, word)) = clause_before
            .char_indices()
            .rev()
            .filter(|&(_, c)| WIDER_FIRST_CHARS.contains(&c))
            .find_map(|(at, _)| wider_at(&clause_before[at..]).map(|w| (at, w)))
        else {
            return false;
        };
        let located = clause_before[..at]
            .chars()
            .next_back()
            .is_some_and(|c| "在比于居占".contains(c));
        let after = &clause_before[at + word.len()..];
        // "由全省第8位攀升到第4位": a rank among the wider place's parts.
        if after.starts_with('第') {
            return false;
        }
        let own_after = after.char_indices().any(|(at, c)| {
            OWN_FIRST_CHARS.contains(&c)
                && PLACE_LEVELS[own..]
                    .iter()
                    .flat_map(|words| words.iter())
                    .chain(OWN_PLACE_WORDS)
                    .any(|w| after[at..].starts_with(w))
        });
        !located && !own_after
    }

    /// Whether the report is a place's below the nation (a province's, a city's …).
    pub(crate) fn below_nation(self) -> bool {
        self.level.is_some_and(|l| l > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `LazyWords::if_estimate` reads a sentence whole only when it holds an estimate word.
    #[test]
    fn every_estimate_phrase_holds_an_estimate_word() {
        for phrase in ESTIMATE_ONWARD_WORDS.iter().chain(ESTIMATE_BACKWARD_WORDS) {
            assert!(
                ESTIMATE_WORDS.iter().any(|w| phrase.contains(w)),
                "{phrase}"
            );
        }
    }

    /// `OwnLevel::wider_subject` looks for wider places and authorities, and for the
    /// report's own place, only at the chars they start with.
    #[test]
    fn wider_and_own_words_start_with_the_chars_looked_at() {
        for w in PLACE_LEVELS
            .iter()
            .flat_map(|words| words.iter())
            .chain(WIDER_AUTHORITIES.iter().map(|(w, _)| w))
        {
            assert!(w.starts_with(WIDER_FIRST_CHARS), "{w}");
        }
        for w in PLACE_LEVELS
            .iter()
            .flat_map(|words| words.iter())
            .chain(OWN_PLACE_WORDS)
        {
            assert!(w.starts_with(OWN_FIRST_CHARS), "{w}");
        }
    }

    /// `OwnLevel::gap_to_wider` looks for place words at 全 and 世.
    #[test]
    fn every_place_word_starts_with_quan_or_shi() {
        for w in WORLD
            .iter()
            .chain(PLACE_LEVELS.iter().flat_map(|words| words.iter()))
        {
            assert!(w.starts_with('全') || w.starts_with('世'), "{w}");
        }
    }

    /// `revised_target_before` turns away a lead by its last char first.
    #[test]
    fn every_revision_verb_ends_in_wei_dao_or_zhi() {
        for v in REVISION_VERBS {
            assert!(v.ends_with(['为', '到', '至']), "{v}");
        }
        assert!(revised_target_before("生产总值增长目标由12%调整为"));
        assert!(revised_target_before("把全年增长预期下调为 "));
        assert!(!revised_target_before("地区生产总值由1200亿元增加到"));
        assert!(!revised_target_before("将城市建成区面积调整为"));
    }

    /// `plan_names_in` finds plan names from their last char, and only names of plans.
    #[test]
    fn plan_names_are_found_from_their_last_char() {
        for (p, _) in PLAN_PERIODS {
            assert!(p.ends_with(PLAN_PERIOD_END), "{p}");
        }
        let text = "“十五五”时期，比“九五”末，十一五，八五二农场，七五普法，九五期间";
        let found: Vec<(usize, &str)> = plan_names_in(text).map(|(at, n, _)| (at, n)).collect();
        let at = |n: &str| text.find(n).expect("in the text");
        assert_eq!(
            found,
            [
                (at("十五五"), "十五五"),
                (at("九五”末"), "九五"),
                (at("十一五"), "十一五"),
                (at("九五期间"), "九五"),
            ]
        );
    }

    /// A comparison with a plan's time is found where it stands, quotes or not.
    #[test]
    fn plan_period_bases_are_found_in_their_range() {
        let text = "与“十三五”开局之年比，增长32.5%，比十二五末增长8%";
        let bases = PlanPeriodBases::of(text);
        let comma = text.find('，').expect("a comma");
        assert!(bases.any_in(0..comma));
        assert!(!bases.any_in(0..text.find("十三").expect("十三")));
        let second = text.rfind('比').expect("比");
        assert!(bases.any_in(second..text.len()));
        assert!(!bases.any_in(second + 3..text.len()));
    }

    /// `SentenceWords::of` decodes only three-byte chars: every word must start with one.
    #[test]
    fn every_sentence_word_starts_with_a_three_byte_char() {
        for (_, list) in SENTENCE_LISTS {
            for w in *list {
                let first = w.chars().next().expect("a word is not empty");
                assert_eq!(first.len_utf8(), 3, "{w}");
            }
        }
    }

    /// One pass finds every kind a word belongs to, overlapping words, and a clause's words
    /// only when they lie inside it.
    #[test]
    fn sentence_words_find_each_kind_once_per_pass() {
        let text = "确保地区生产总值年均增长8%，力争10%";
        let found = SentenceWords::of(text);
        assert_eq!(found.first(Kind::Firm), Some(0));
        assert_eq!(found.first(Kind::Target), Some(0));
        assert_eq!(
            found.first(Kind::MultiYear),
            Some(text.find("年均").expect("年均"))
        );
        let comma = text.find('，').expect("a comma");
        assert_eq!(
            found.first_in(Kind::Target, comma..text.len()),
            text.find("力争")
        );
        assert_eq!(
            found.first_in(Kind::MultiYear, 0..text.find("均").expect("均")),
            None
        );
        assert_eq!(found.first(Kind::Completion), None);
    }

    /// `last_base_marker` in claim.rs looks for base markers char by char.
    #[test]
    fn base_markers_are_one_char_each() {
        for m in BASE_MARKERS {
            assert_eq!(m.chars().count(), 1, "{m}");
        }
    }

    /// The first-char bits let through every char that starts a word, whatever shares its bit.
    #[test]
    fn a_word_set_finds_its_first_word_among_other_chars() {
        let set = WordSet::new(&[GROWTH_UP, GROWTH_DOWN]);
        assert_eq!(
            set.find("地区生产总值同比下降1.5%"),
            Some("地区生产总值".len())
        );
        assert_eq!(set.find("地区生产总值1.5%"), None);
        // A char 64 code points after 同 has its bit: it passes the bits, starts no word.
        let shared = char::from_u32(u32::from('同') + 64).expect("a char");
        assert_eq!(
            set.find(&format!("{shared}同比增长")),
            Some(shared.len_utf8())
        );
    }

    #[test]
    fn yardstick_ends_hold_every_last_char() {
        for w in gap_verbs().chain(YARDSTICK_BEFORE) {
            let last = w.chars().next_back().expect("a word");
            assert!(YARDSTICK_ENDS.contains(&last), "{w}");
        }
    }
}
