//! The grammar's vocabulary, kept as data: a new variant seen in the wild is a new row here,
//! not new code.

/// Phrases that only web-page debris contains (download sites, share bars, site notices).
pub(crate) const CHROME_PHRASES: &[&str] = &[
    "电脑桌面",
    "桌面快捷访问",
    "VIP专享",
    "VIP免费",
    "联系客服",
    "客服微信",
    "本站",
    "付费下载",
    "下载文档",
    "违规举报",
    "回到顶部",
    "搜索资料",
    "我的下载",
    "会员中心",
    "您可能关注的文档",
    "确认删除",
    "相关文档",
    "上一篇",
    "下一篇",
    "扫一扫",
    "分享到",
    "打印本页",
    "关闭窗口",
];

/// A short line near the top of a web page or a news article that holds one of these and a
/// full date says when the text was published ("来源：某某日报　2004年02月17日",
/// "发布时间：2019-01-23 08:30"): a report with no date of its own is dated by it.
pub(crate) const PUBLICATION_WORDS: &[&str] = &[
    "来源",
    "來源",
    "发布时间",
    "发布日期",
    "發佈時間",
    "发布于",
    "时间：",
    "日期：",
    "日报",
    "晚报",
    "新闻网",
    "编辑",
    "作者",
    "浏览次数",
    "点击",
];

/// A compilation's own title contains one of these; it is never a report's title.
pub(crate) const COMPILATION_PHRASES: &[&str] = &["汇编", "匯編", "合集", "范文", "範文"];

/// A report title contains one of these.
pub(crate) const TITLE_PHRASES: &[&str] = &["政府工作报告", "政府工作報告"];

/// Words that make a line naming a report an appendix of it ("政府工作报告名词解释"), not
/// a new report's title.
pub(crate) const APPENDIX_WORDS: &[&str] = &["名词解释", "名詞解釋", "附件", "注释", "注解"];

/// The line that opens a table of contents (after white space is removed).
pub(crate) const CONTENTS_LINES: &[&str] = &["目录", "目 录", "目　录"];

/// Section titles: a short heading containing one of these phrases starts a section of
/// that kind. Checked in order; the first match wins.
pub(crate) const SECTION_PHRASES: &[(&str, SectionKindRow)] = &[
    ("自身建设", SectionKindRow::SelfBuilding),
    ("结束语", SectionKindRow::Other),
    ("結束語", SectionKindRow::Other),
    ("政府建设", SectionKindRow::SelfBuilding),
    ("改进政府工作", SectionKindRow::SelfBuilding),
    ("政府自身", SectionKindRow::SelfBuilding),
    ("政风建设", SectionKindRow::SelfBuilding),
    ("高效政府", SectionKindRow::SelfBuilding),
    ("廉洁政府", SectionKindRow::SelfBuilding),
    ("服务型政府", SectionKindRow::SelfBuilding),
    ("人民满意的政府", SectionKindRow::SelfBuilding),
    ("过去五年", SectionKindRow::Review),
    ("五年来", SectionKindRow::Review),
    ("一年来", SectionKindRow::Review),
    // "过去一年的工作": the year before the report's, reviewed.
    ("过去一年", SectionKindRow::Review),
    ("过去的一年", SectionKindRow::Review),
    ("去年工作", SectionKindRow::Review),
    ("工作回顾", SectionKindRow::Review),
    ("回顾", SectionKindRow::Review),
    ("工作总结", SectionKindRow::Review),
    // "首先报告2001年的工作": the speech turns to the year reviewed.
    ("首先报告", SectionKindRow::Review),
    ("工作计划", SectionKindRow::Plan),
    ("工作安排", SectionKindRow::Plan),
    ("工作思路", SectionKindRow::Plan),
    ("工作目标", SectionKindRow::Plan),
    ("目标任务", SectionKindRow::Plan),
    ("奋斗目标", SectionKindRow::Plan),
    ("主要任务", SectionKindRow::Plan),
    ("工作部署", SectionKindRow::Plan),
    ("工作打算", SectionKindRow::Plan),
    ("工作建议", SectionKindRow::Plan),
    ("工作任务", SectionKindRow::Plan),
    ("重点工作", SectionKindRow::Plan),
    ("总体要求", SectionKindRow::Plan),
    ("总体安排", SectionKindRow::Plan),
    ("形势和任务", SectionKindRow::Plan),
    // Traditional characters (reports from Hong Kong, Macao and Taiwan sites, or converted).
    ("自身建設", SectionKindRow::SelfBuilding),
    ("回顧", SectionKindRow::Review),
    ("工作計劃", SectionKindRow::Plan),
    ("工作計畫", SectionKindRow::Plan),
    ("工作思路", SectionKindRow::Plan),
    ("工作目標", SectionKindRow::Plan),
    ("目標任務", SectionKindRow::Plan),
    ("奮鬥目標", SectionKindRow::Plan),
    ("主要任務", SectionKindRow::Plan),
];

/// In the paragraph before a 一、 list under an unnumbered section title: the list is the
/// report's next sections ("今年要着重做好以下八个方面工作。").
pub(crate) const LIST_ANNOUNCEMENTS: &[&str] = &[
    "以下几个方面",
    "以下几方面",
    "以下两个方面",
    "以下三个方面",
    "以下四个方面",
    "以下五个方面",
    "以下六个方面",
    "以下七个方面",
    "以下八个方面",
    "以下九个方面",
    "以下十个方面",
];

/// Numbered section titles that end the plan's run of sections: national unity, foreign
/// affairs, defence, a closing word.
pub(crate) const NOT_PLAN_PHRASES: &[&str] = &[
    "统一",
    "台湾",
    "外交",
    "国际形势",
    "国防",
    "港澳",
    "结束语",
    "統一",
    "臺灣",
    "外交工作",
];

/// A section kind as a table value (the public enum lives in `tree`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SectionKindRow {
    Review,
    Plan,
    SelfBuilding,
    Other,
}

/// In a section title, after its year: the year is a long-range vision's horizon, not the
/// year the section is about ("“十四五”规划和2035年远景目标纲要", "二〇三五年美好愿景").
pub(crate) const VISION_WORDS: &[&str] = &["远景", "愿景"];

/// Relative years in section titles, as an offset from the year the report was given.
pub(crate) const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("过去一年", -1),
    ("過去一年", -1),
    ("过去的一年", -1),
    ("去年", -1),
    ("上一年", -1),
    ("今年", 0),
    ("新的一年", 0),
    // A report given in December plans the year after ("明年工作安排").
    ("明年", 1),
    ("本年", 0),
];

/// Paragraph roles: a paragraph containing one of these phrases states the targets or the
/// problems.
pub(crate) const TARGET_PHRASES: &[&str] = &[
    "主要预期目标",
    "主要预期指标",
    "预期指标是",
    "预期指标为",
    "指导性指标",
    "预期性指标",
    "预期目标是",
    "预期目标为",
    "主要目标是",
    "主要目标为",
    "主要目标任务是",
    "主要預期目標",
    "預期目標是",
    "預期目標為",
];

/// See [`TARGET_PHRASES`]. Only phrases that open a problems paragraph: "困难和问题" also
/// stands in "解决企业的困难和问题", so it is not one of them.
pub(crate) const PROBLEM_PHRASES: &[&str] = &[
    "清醒认识到",
    "清醒地认识到",
    "清醒看到",
    "清醒地看到",
    "清醒認識到",
    "清醒地認識到",
];

/// Words a speaker's title ends with ("镇党委副书记、镇长").
pub(crate) const SPEAKER_TITLES: &[&str] = &[
    "镇长",
    "乡长",
    "县长",
    "区长",
    "市长",
    "省长",
    "州长",
    "旗长",
    "主任",
    "主席",
    "总理",
    "书记",
    "主任委员",
    "鎮長",
    "鄉長",
    "縣長",
    "區長",
    "市長",
    "省長",
    "總理",
    "書記",
];

/// Administrative units a place name ends with, most specific first. A place is a run of
/// characters ending in one of these.
pub(crate) const PLACE_SUFFIXES: &[&str] = &[
    "街道办事处",
    "街道",
    "镇",
    "乡",
    "苏木",
    "自治县",
    "自治旗",
    "县",
    "区",
    "旗",
    "自治州",
    "市",
    "盟",
    "地区",
    "自治区",
    "省",
    "鎮",
    "鄉",
    "縣",
    "區",
];

/// For a report whose header names no place: the town or township its text names most
/// often ("2023年是涌山镇发展历程上…"). Suffixes looked for, and the words ending in one that
/// are no place (城镇, 全镇, 工业强镇 …), keyed by the char before the suffix.
pub(crate) const BODY_PLACE_SUFFIXES: &[&str] = &["镇", "乡", "鎮", "鄉"];
/// See [`BODY_PLACE_SUFFIXES`].
pub(crate) const NOT_PLACE_WORDS: &[&str] = &[
    "城镇", "乡镇", "集镇", "圩镇", "全镇", "我镇", "本镇", "该镇", "各镇", "小镇", "古镇", "名镇",
    "重镇", "强镇", "兴镇", "旺镇", "村镇", "市镇", "建镇", "大镇", "新镇", "老镇", "美镇", "富镇",
    "城乡", "全乡", "我乡", "本乡", "该乡", "各乡", "家乡", "故乡", "下乡", "返乡", "回乡", "老乡",
    "同乡", "外乡", "入乡", "留乡", "乡乡", "在乡", "思乡", "城鎮", "鄉鎮", "全鎮", "城鄉",
];
/// Chars that make a place suffix the first half of a word ("美丽乡村", "文化和乡镇"): a
/// candidate place followed by one is no place.
pub(crate) const NOT_AFTER_PLACE: &str = "村镇土亲愁贤情下间里域街级音风";
/// For each place suffix, the words by which a report speaks of its own unit (我镇, 全乡):
/// a body place is taken only from a text that speaks of itself as such a unit.
pub(crate) const OWN_UNIT_WORDS: &[(&str, &[&str])] = &[
    ("镇", &["我镇", "全镇", "本镇", "镇人民政府", "镇政府"]),
    ("乡", &["我乡", "全乡", "本乡", "乡人民政府", "乡政府"]),
    ("鎮", &["我鎮", "全鎮", "本鎮", "鎮人民政府", "鎮政府"]),
    ("鄉", &["我鄉", "全鄉", "本鄉", "鄉人民政府", "鄉政府"]),
];
/// Phrases by which a report says it is the State Council's: its place is the whole
/// country, 全国.
pub(crate) const NATIONAL_SPEAKERS: &[&str] = &["代表国务院", "代表國務院", "国务院向大会报告"];
/// The place of a national report.
pub(crate) const NATIONAL_PLACE: &str = "全国";
/// How many times a body place must be named to be taken.
pub(crate) const BODY_PLACE_MIN_COUNT: usize = 2;

/// Words that end a place name in a title or speaker line and are not part of it.
pub(crate) const PLACE_TRAILERS: &[&str] = &[
    "人民政府",
    "政府工作报告",
    "党委",
    "人大",
    "政府工作報告",
    "黨委",
];

/// "…会议上": the word that ends a meeting's name in a dateline.
pub(crate) const MEETING_WORDS: &[&str] = &["会议", "會議"];

/// Greetings that open a report's body.
pub(crate) const GREETINGS: &[&str] = &["各位代表", "各位委员", "同志们", "各位委員", "同志們"];

/// Chinese numerals as used in heading markers and list items, traditional forms included.
/// Value 10 is 十; anything else is a digit.
pub(crate) const CJK_DIGITS: &[(char, u32)] = &[
    ('〇', 0),
    ('零', 0),
    ('一', 1),
    ('壹', 1),
    ('二', 2),
    ('贰', 2),
    ('貳', 2),
    ('两', 2),
    ('兩', 2),
    ('三', 3),
    ('叁', 3),
    ('參', 3),
    ('四', 4),
    ('肆', 4),
    ('五', 5),
    ('伍', 5),
    ('六', 6),
    ('陆', 6),
    ('陸', 6),
    ('七', 7),
    ('柒', 7),
    ('八', 8),
    ('捌', 8),
    ('九', 9),
    ('玖', 9),
    ('十', 10),
    ('拾', 10),
];

/// Closing quotes and brackets that stay with the sentence before them.
pub(crate) const CLOSERS: &[char] = &['”', '’', '」', '』', '）', ')', '】', '》', '"', '\''];

/// Marks that open an item of a bulleted list at the start of a line ("● 1682.7亿元　地区
/// 生产总值", "▲ 财政总收入增长10.6%"): the line is a sentence of its own, whether or not the
/// line before ended with a stop.
pub(crate) const BULLETS: &[char] = &[
    '●', '○', '◆', '◇', '■', '□', '▲', '△', '▶', '►', '★', '☆', '◎', '•',
];

/// Chars that keep a sentence going after a terminator (Unicode's SContinue class).
pub(crate) const SENTENCE_CONTINUERS: &[char] =
    &['，', ',', '、', '：', ':', '－', '-', '﹐', '﹑', '﹕'];

/// Opening/closing pairs inside which a sentence never ends.
pub(crate) const BRACKETS: &[(char, char)] = &[
    ('“', '”'),
    ('「', '」'),
    ('『', '』'),
    ('（', '）'),
    ('(', ')'),
    ('【', '】'),
    ('《', '》'),
];

/// Markers such as `[bookmark: _GoBack]` that word processors leave in exported text.
pub(crate) const INLINE_MARKER_PREFIXES: &[&str] = &["[bookmark:"];

/// Digits in every width a report uses: ASCII and full-width (１１．１％).
pub(crate) const DIGIT_RANGES: &[(char, char)] = &[('0', '9'), ('０', '９')];

/// Digits of a year written in Chinese digits, one char per digit ("二〇〇五年", "二○○三年",
/// "二零一五年"): 〇 and the circle ○ that stands in for it, and 零. Not [`CJK_DIGITS`],
/// whose 十, 两 and financial forms never stand in a year written digit by digit.
pub(crate) const YEAR_DIGITS: &[(char, u32)] = &[
    ('〇', 0),
    ('○', 0),
    ('零', 0),
    ('一', 1),
    ('二', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];
