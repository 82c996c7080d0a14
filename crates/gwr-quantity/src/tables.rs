//! Every written variant the normalizer understands, as data.
//!
//! A new variant (a traditional character, a full-width sign, a unit, a qualifier word, a slogan)
//! is one row in one of these tables; no code changes. The lookup structures built from them live
//! in [`crate::lexicon`].

use rust_decimal::Decimal;

use crate::quantity::{Dimension, Qualifier};

/// What one character contributes to a numeral.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumeralChar {
    /// An Arabic digit, half- or full-width: written positionally ("2023").
    Arabic(u8),
    /// A Chinese digit (一 壹 两 貳 …, and 〇 零 as zero).
    Chinese(u8),
    /// 十 百 千 (and 拾 佰 仟): a power of ten inside a four-digit group.
    Power(u32),
    /// 万 亿 (and 萬 億): a group multiplier, 10⁴ or 10⁸.
    Group(u32),
    /// 廿 卅 卌: a ready-made multiple of ten (20, 30, 40).
    Tens(u8),
    /// The decimal point: `.`, full-width `．`, and the spelled 点/點.
    Point,
    /// The thousands separator `,` (only between groups of three Arabic digits).
    Thousands,
}

use NumeralChar::{Arabic, Chinese, Group, Point, Power, Tens, Thousands};

/// Characters that make up numerals. Order does not matter: the lookup is built from it.
pub(crate) const NUMERAL_CHARS: &[(char, NumeralChar)] = &[
    ('0', Arabic(0)),
    ('1', Arabic(1)),
    ('2', Arabic(2)),
    ('3', Arabic(3)),
    ('4', Arabic(4)),
    ('5', Arabic(5)),
    ('6', Arabic(6)),
    ('7', Arabic(7)),
    ('8', Arabic(8)),
    ('9', Arabic(9)),
    ('０', Arabic(0)),
    ('１', Arabic(1)),
    ('２', Arabic(2)),
    ('３', Arabic(3)),
    ('４', Arabic(4)),
    ('５', Arabic(5)),
    ('６', Arabic(6)),
    ('７', Arabic(7)),
    ('８', Arabic(8)),
    ('９', Arabic(9)),
    ('.', Point),
    ('．', Point),
    ('点', Point),
    ('點', Point),
    (',', Thousands),
    ('〇', Chinese(0)),
    ('○', Chinese(0)),
    ('零', Chinese(0)),
    ('一', Chinese(1)),
    ('壹', Chinese(1)),
    ('二', Chinese(2)),
    ('贰', Chinese(2)),
    ('貳', Chinese(2)),
    ('两', Chinese(2)),
    ('兩', Chinese(2)),
    ('倆', Chinese(2)),
    ('俩', Chinese(2)),
    ('三', Chinese(3)),
    ('叁', Chinese(3)),
    ('參', Chinese(3)),
    ('四', Chinese(4)),
    ('肆', Chinese(4)),
    ('五', Chinese(5)),
    ('伍', Chinese(5)),
    ('六', Chinese(6)),
    ('陆', Chinese(6)),
    ('陸', Chinese(6)),
    ('七', Chinese(7)),
    ('柒', Chinese(7)),
    ('八', Chinese(8)),
    ('捌', Chinese(8)),
    ('九', Chinese(9)),
    ('玖', Chinese(9)),
    ('十', Power(1)),
    ('拾', Power(1)),
    ('百', Power(2)),
    ('佰', Power(2)),
    ('千', Power(3)),
    ('仟', Power(3)),
    ('万', Group(4)),
    ('萬', Group(4)),
    ('亿', Group(8)),
    ('億', Group(8)),
    ('廿', Tens(2)),
    ('卅', Tens(3)),
    ('卌', Tens(4)),
];

/// Financial numerals: in running text they are also ordinary characters (队伍, 入伍, 大陆,
/// 收拾, 放肆), so [`crate::scan()`] reads a number starting with one only when it goes on like a
/// numeral: a digit into a power or group (伍拾, 壹佰, 叁万), 拾 into anything numeral.
pub(crate) const FINANCIAL_NUMERALS: &[char] = &[
    '壹', '贰', '貳', '叁', '參', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟',
];

/// Signs that make the following number negative.
pub(crate) const MINUS_SIGNS: &[&str] = &["-", "－", "−", "负", "負"];

/// Blanks allowed between the parts of a quantity ("134.9 万亿元"). Line breaks are not: a
/// number at the end of one line and a word at the start of the next are too often unrelated.
pub(crate) const BLANKS: &[char] = &[' ', '\u{3000}', '\u{a0}', '\t'];

/// Words joining the two ends of a range ("3-5家", "5至6万元").
pub(crate) const RANGE_SEPARATORS: &[&str] = &["-", "－", "–", "—", "~", "～", "〜", "至", "到"];

/// Words between a number and its unit meaning "and more" ("20余万元", "2000多头").
pub(crate) const MID_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("余", Qualifier::AtLeast),
    ("多", Qualifier::AtLeast),
    ("来", Qualifier::Approx),
];

/// Words before a number that qualify it. `None` rows are words that merely end in a qualifier
/// character ("最近" is "recently", not "nearly"); the longest match wins, so they shadow it.
pub(crate) const PREFIX_QUALIFIERS: &[(&str, Option<Qualifier>)] = &[
    ("约", Some(Qualifier::Approx)),
    ("約", Some(Qualifier::Approx)),
    ("大约", Some(Qualifier::Approx)),
    ("大概", Some(Qualifier::Approx)),
    ("近", Some(Qualifier::Approx)),
    ("将近", Some(Qualifier::Approx)),
    ("接近", Some(Qualifier::Approx)),
    ("超", Some(Qualifier::AtLeast)),
    ("超过", Some(Qualifier::AtLeast)),
    ("逾", Some(Qualifier::AtLeast)),
    ("突破", Some(Qualifier::AtLeast)),
    ("至少", Some(Qualifier::AtLeast)),
    ("不低于", Some(Qualifier::AtLeast)),
    ("不少于", Some(Qualifier::AtLeast)),
    ("不超过", Some(Qualifier::AtMost)),
    ("不高于", Some(Qualifier::AtMost)),
    ("不多于", Some(Qualifier::AtMost)),
    ("不足", Some(Qualifier::AtMost)),
    ("不到", Some(Qualifier::AtMost)),
    ("最多", Some(Qualifier::AtMost)),
    // Comparisons read as bounds; gwr's bounds are inclusive ("大于50" gives a floor of 50).
    ("大于", Some(Qualifier::AtLeast)),
    ("高于", Some(Qualifier::AtLeast)),
    ("多于", Some(Qualifier::AtLeast)),
    ("小于", Some(Qualifier::AtMost)),
    ("低于", Some(Qualifier::AtMost)),
    ("少于", Some(Qualifier::AtMost)),
    // A target "控制在4.5%" is a ceiling; a suffix ("左右", "以内") still overrides it.
    ("控制在", Some(Qualifier::AtMost)),
    ("最近", None),
    ("附近", None),
    ("就近", None),
    ("邻近", None),
    ("贴近", None),
    ("亲近", None),
    ("走近", None),
    ("赶超", None),
];

/// Words after a quantity that qualify it. `None` rows shadow a qualifier that is only the start
/// of a longer word ("上下游" is "up- and downstream", not "about").
pub(crate) const SUFFIX_QUALIFIERS: &[(&str, Option<Qualifier>)] = &[
    ("左右", Some(Qualifier::Approx)),
    ("上下", Some(Qualifier::Approx)),
    ("以上", Some(Qualifier::AtLeast)),
    ("及以上", Some(Qualifier::AtLeast)),
    ("或以上", Some(Qualifier::AtLeast)),
    ("或者以上", Some(Qualifier::AtLeast)),
    // "增长10%或者更多一些": a floor.
    ("或者更多", Some(Qualifier::AtLeast)),
    ("或更多", Some(Qualifier::AtLeast)),
    ("以下", Some(Qualifier::AtMost)),
    ("及以下", Some(Qualifier::AtMost)),
    ("或以下", Some(Qualifier::AtMost)),
    ("或者以下", Some(Qualifier::AtMost)),
    ("以内", Some(Qualifier::AtMost)),
    ("之内", Some(Qualifier::AtMost)),
    ("上下游", None),
];

/// Percent written as a prefix: 百分之五 = 5%, 千分之三 = 0.3%.
pub(crate) const PERCENT_PREFIXES: &[(&str, Decimal)] = &[
    ("百分之", dec(1, 0)),
    ("千分之", dec(1, 1)),
    ("万分之", dec(1, 2)),
    ("萬分之", dec(1, 2)),
];

/// The word between denominator and numerator of a fraction (三分之一).
pub(crate) const FRACTION_WORD: &str = "分之";

/// Separators between a unit and the denominator of a rate ("吨/日").
pub(crate) const RATE_SEPARATORS: &[&str] = &["/", "／", "每"];

/// Denominators of rates: written form and the canonical form used in the base unit.
/// The denominator is kept, not converted, so that 元/平方米 stays exact.
pub(crate) const RATE_DENOMINATORS: &[(&str, &str)] = &[
    ("日", "日"),
    ("天", "日"),
    ("d", "日"),
    ("月", "月"),
    ("年", "年"),
    ("小时", "小时"),
    ("时", "小时"),
    ("h", "小时"),
    ("秒", "秒"),
    ("s", "秒"),
    ("亩", "亩"),
    ("平方米", "平方米"),
    ("人", "人"),
    ("户", "户"),
    ("斤", "斤"),
    ("公斤", "千克"),
    ("千克", "千克"),
    ("吨", "吨"),
];

/// Units that follow only Arabic digits: "10万方" is a volume, "三方" is "three parties";
/// "5类产品" is a count, "一类水质" and "三类人员" are grades; "培训5期" is a count, "二期工程"
/// is a phase.
pub(crate) const ARABIC_ONLY_UNITS: &[&str] = &["方", "度", "类", "期"];

/// What a unit row means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    /// A unit of measure: value × factor is the value in `base`.
    Measure {
        dimension: Dimension,
        factor: Decimal,
        base: &'static str,
    },
    /// A word after a number that makes it something other than a quantity.
    Not(NotQuantity),
    /// A longer word that starts with a unit: only the given unit is the unit ("30个村民组" is
    /// 30 个 groups, not 30 个村 villages).
    Only(&'static str),
}

pub(crate) use crate::error::NotQuantity;

const fn dec(mantissa: u32, scale: u32) -> Decimal {
    Decimal::from_parts(mantissa, 0, 0, false, scale)
}

const fn unit(dimension: Dimension, factor: Decimal, base: &'static str) -> UnitKind {
    UnitKind::Measure {
        dimension,
        factor,
        base,
    }
}

/// A classifier: a count whose base unit is the classifier itself.
const fn count(base: &'static str) -> UnitKind {
    unit(Dimension::Count, dec(1, 0), base)
}

use Dimension::{Area, Energy, Length, Mass, Money, Multiple, Percent, PercentagePoint, Volume};

/// Units, classifiers and the words that rule a quantity out. Longest match wins ("人次" over
/// "人", "个月" over "个"). Multipliers (万 亿 千 …) before a unit are numerals, not rows: 万亩 is
/// 万 × 亩. Rows that start with a multiplier character ("千米", "百分点") are matched first.
///
/// Base units: money keeps each currency apart (元, 美元, 港元 are never converted into one
/// another); area is in 亩 because it is the one base in which every listed unit has an exact
/// decimal factor (1 平方米 = 0.0015 亩, 1 公顷 = 15 亩); length 米; mass 千克; volume 立方米;
/// energy 千瓦时, with power (千瓦) kept apart as its own base unit.
pub(crate) const UNITS: &[(&str, UnitKind)] = &[
    // money
    ("元", unit(Money, dec(1, 0), "元")),
    ("圆", unit(Money, dec(1, 0), "元")),
    ("块钱", unit(Money, dec(1, 0), "元")),
    ("人民币", unit(Money, dec(1, 0), "元")),
    ("元人民币", unit(Money, dec(1, 0), "元")),
    ("美元", unit(Money, dec(1, 0), "美元")),
    ("美金", unit(Money, dec(1, 0), "美元")),
    ("港元", unit(Money, dec(1, 0), "港元")),
    ("港币", unit(Money, dec(1, 0), "港元")),
    ("欧元", unit(Money, dec(1, 0), "欧元")),
    ("日元", unit(Money, dec(1, 0), "日元")),
    ("英镑", unit(Money, dec(1, 0), "英镑")),
    // area
    ("亩", unit(Area, dec(1, 0), "亩")),
    ("畝", unit(Area, dec(1, 0), "亩")),
    ("公顷", unit(Area, dec(15, 0), "亩")),
    ("公頃", unit(Area, dec(15, 0), "亩")),
    ("平方米", unit(Area, dec(15, 4), "亩")),
    ("平米", unit(Area, dec(15, 4), "亩")),
    ("㎡", unit(Area, dec(15, 4), "亩")),
    ("m²", unit(Area, dec(15, 4), "亩")),
    ("m2", unit(Area, dec(15, 4), "亩")),
    ("平方公里", unit(Area, dec(1500, 0), "亩")),
    ("平方千米", unit(Area, dec(1500, 0), "亩")),
    ("km²", unit(Area, dec(1500, 0), "亩")),
    // length
    ("米", unit(Length, dec(1, 0), "米")),
    ("m", unit(Length, dec(1, 0), "米")),
    ("千米", unit(Length, dec(1000, 0), "米")),
    ("公里", unit(Length, dec(1000, 0), "米")),
    ("km", unit(Length, dec(1000, 0), "米")),
    ("厘米", unit(Length, dec(1, 2), "米")),
    ("公分", unit(Length, dec(1, 2), "米")),
    ("cm", unit(Length, dec(1, 2), "米")),
    ("CM", unit(Length, dec(1, 2), "米")),
    ("毫米", unit(Length, dec(1, 3), "米")),
    ("mm", unit(Length, dec(1, 3), "米")),
    // mass
    ("克", unit(Mass, dec(1, 3), "千克")),
    ("千克", unit(Mass, dec(1, 0), "千克")),
    ("公斤", unit(Mass, dec(1, 0), "千克")),
    ("kg", unit(Mass, dec(1, 0), "千克")),
    ("斤", unit(Mass, dec(5, 1), "千克")),
    ("吨", unit(Mass, dec(1000, 0), "千克")),
    ("噸", unit(Mass, dec(1000, 0), "千克")),
    // volume
    ("立方米", unit(Volume, dec(1, 0), "立方米")),
    ("立方", unit(Volume, dec(1, 0), "立方米")),
    ("方", unit(Volume, dec(1, 0), "立方米")),
    ("m³", unit(Volume, dec(1, 0), "立方米")),
    ("升", unit(Volume, dec(1, 3), "立方米")),
    // energy (and power, as its own base unit)
    ("千瓦时", unit(Energy, dec(1, 0), "千瓦时")),
    ("千瓦小时", unit(Energy, dec(1, 0), "千瓦时")),
    ("度", unit(Energy, dec(1, 0), "千瓦时")),
    ("kWh", unit(Energy, dec(1, 0), "千瓦时")),
    ("兆瓦时", unit(Energy, dec(1000, 0), "千瓦时")),
    ("千瓦", unit(Energy, dec(1, 0), "千瓦")),
    ("kW", unit(Energy, dec(1, 0), "千瓦")),
    ("瓦", unit(Energy, dec(1, 3), "千瓦")),
    ("兆瓦", unit(Energy, dec(1000, 0), "千瓦")),
    // percent, percentage points, multiples
    ("%", unit(Percent, dec(1, 0), "%")),
    ("％", unit(Percent, dec(1, 0), "%")),
    ("‰", unit(Percent, dec(1, 1), "%")),
    ("个百分点", unit(PercentagePoint, dec(1, 0), "个百分点")),
    ("個百分點", unit(PercentagePoint, dec(1, 0), "个百分点")),
    ("百分点", unit(PercentagePoint, dec(1, 0), "个百分点")),
    ("倍", unit(Multiple, dec(1, 0), "倍")),
    // counts: the classifier is the unit
    ("个", count("个")),
    ("個", count("个")),
    ("个村", count("个村")),
    ("个村民", UnitKind::Only("个")),
    ("个村级", UnitKind::Only("个")),
    ("个村庄", UnitKind::Only("个")),
    ("家", count("家")),
    ("人", count("人")),
    ("人次", count("人次")),
    ("户", count("户")),
    ("戶", count("户")),
    ("件", count("件")),
    ("宗", count("宗")),
    ("处", count("处")),
    ("處", count("处")),
    ("条", count("条")),
    ("條", count("条")),
    ("座", count("座")),
    ("名", count("名")),
    ("位", count("位")),
    ("项", count("项")),
    ("項", count("项")),
    ("批", count("批")),
    ("次", count("次")),
    // Rounds ("开展两轮集中走访", "核酸检测43轮"); "两轮驱动" is a slogan.
    ("轮", count("轮")),
    ("轮驱动", UnitKind::Not(NotQuantity::Slogan)),
    ("期", count("期")),
    ("篇", count("篇")),
    ("间", count("间")),
    ("間", count("间")),
    ("头", count("头")),
    ("頭", count("头")),
    ("只", count("只")),
    ("羽", count("羽")),
    ("匹", count("匹")),
    ("辆", count("辆")),
    ("輛", count("辆")),
    ("套", count("套")),
    ("台", count("台")),
    ("所", count("所")),
    ("张", count("张")),
    ("張", count("张")),
    ("份", count("份")),
    ("场", count("场")),
    ("場", count("场")),
    ("场次", count("场次")),
    ("栋", count("栋")),
    ("幢", count("幢")),
    ("支", count("支")),
    ("株", count("株")),
    ("棵", count("棵")),
    ("盏", count("盏")),
    ("艘", count("艘")),
    ("部", count("部")),
    ("块", count("块")),
    ("片", count("片")),
    ("例", count("例")),
    ("起", count("起")),
    ("笔", count("笔")),
    ("种", count("种")),
    ("门", count("门")),
    ("对", count("对")),
    ("组", count("组")),
    ("户次", count("户次")),
    ("家次", count("家次")),
    ("针次", count("针次")),
    ("剂次", count("剂次")),
    ("类", count("类")),
    // words that make the number something else
    ("年", UnitKind::Not(NotQuantity::DateOrTime)),
    ("月", UnitKind::Not(NotQuantity::DateOrTime)),
    ("日", UnitKind::Not(NotQuantity::DateOrTime)),
    ("号", UnitKind::Not(NotQuantity::DateOrTime)),
    ("時", UnitKind::Not(NotQuantity::DateOrTime)),
    ("时", UnitKind::Not(NotQuantity::DateOrTime)),
    ("点", UnitKind::Not(NotQuantity::DateOrTime)),
    ("年代", UnitKind::Not(NotQuantity::DateOrTime)),
    ("世纪", UnitKind::Not(NotQuantity::DateOrTime)),
    ("季度", UnitKind::Not(NotQuantity::DateOrTime)),
    ("个月", UnitKind::Not(NotQuantity::Duration)),
    ("個月", UnitKind::Not(NotQuantity::Duration)),
    ("个小时", UnitKind::Not(NotQuantity::Duration)),
    ("小时", UnitKind::Not(NotQuantity::Duration)),
    ("个工作日", UnitKind::Not(NotQuantity::Duration)),
    ("工作日", UnitKind::Not(NotQuantity::Duration)),
    ("天", UnitKind::Not(NotQuantity::Duration)),
    ("周", UnitKind::Not(NotQuantity::Duration)),
    ("周年", UnitKind::Not(NotQuantity::Duration)),
    ("分钟", UnitKind::Not(NotQuantity::Duration)),
    ("岁", UnitKind::Not(NotQuantity::Age)),
    ("歲", UnitKind::Not(NotQuantity::Age)),
    ("届", UnitKind::Not(NotQuantity::Ordinal)),
    ("是", UnitKind::Not(NotQuantity::ListMarker)),
    ("、", UnitKind::Not(NotQuantity::ListMarker)),
    ("）", UnitKind::Not(NotQuantity::ListMarker)),
    (")", UnitKind::Not(NotQuantity::ListMarker)),
    ("热线", UnitKind::Not(NotQuantity::Code)),
    ("行动", UnitKind::Not(NotQuantity::Slogan)),
    ("工程", UnitKind::Not(NotQuantity::Slogan)),
    ("战略", UnitKind::Not(NotQuantity::Slogan)),
    ("工作法", UnitKind::Not(NotQuantity::Slogan)),
    ("模式", UnitKind::Not(NotQuantity::Slogan)),
    ("+", UnitKind::Not(NotQuantity::Code)),
    ("＋", UnitKind::Not(NotQuantity::Code)),
];

/// Brackets around a list marker: "（一）", "(3)".
pub(crate) const LIST_MARKER_BRACKETS: &[(&str, &str)] = &[("（", "）"), ("(", ")"), ("〔", "〕")];

/// Words before a number that make it an ordinal ("第十七届", "第三批").
/// `false` rows are words that merely end in such a character ("目前3家" is "at present, 3").
pub(crate) const ORDINAL_PREFIXES: &[(&str, bool)] = &[
    ("第", true),
    // A ranking: "排名前三", "全市前十位".
    ("前", true),
    ("目前", false),
    ("当前", false),
    ("此前", false),
    ("之前", false),
    ("以前", false),
    ("提前", false),
    ("年前", false),
    ("日前", false),
    ("眼前", false),
    ("空前", false),
];

/// Words before a number that make it vague: "数十条" and "几十个" are "dozens", not figures.
pub(crate) const VAGUE_PREFIXES: &[&str] = &["数", "几", "數", "幾"];

/// Opening quotes: a count right after one, closed within a few characters, is a slogan
/// ("“四个全面”"). Closing quotes are what ends such a slogan.
pub(crate) const OPENING_QUOTES: &[char] = &['“', '"', '「', '『', '‘'];
/// See [`OPENING_QUOTES`].
pub(crate) const CLOSING_QUOTES: &[char] = &['”', '"', '」', '』', '’'];

/// Program names and slogans that look like counts. Generic rules catch most others: a number
/// right after an opening quote, a number glued to "+", chains of small Chinese numerals
/// ("一心二带三片区"), and Chinese numerals that start with 百 千 万 ("百千万工程").
pub(crate) const SLOGANS: &[&str] = &[
    "四个全面",
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "三个代表",
    "两个毫不动摇",
    "两个结合",
    "五个振兴",
    "八项规定",
    "五位一体",
    "十四五",
    "十三五",
    "十五五",
    "三清三拆三整治",
    "百千万工程",
    "一心二带三片区",
];

/// Assemblies whose terms and sessions are numbered without 第 ("六届人大二次会议"): see
/// `scan::session_ordinal`.
pub(crate) const SESSION_NAMES: &[&str] = &[
    "人大",
    "人代会",
    "人民代表大会",
    "会议",
    "全会",
    "全体会议",
    "党代会",
    "代表大会",
    "政协",
];
