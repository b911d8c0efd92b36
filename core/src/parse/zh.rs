//! Parser messages in Chinese.

/// A parser's message ([`Error::Parse`](crate::Error::Parse)'s `message`, serde's words or a value's own check) in
/// Chinese: the forms serde_json and this library write, each with its names and values kept as
/// they are (field names are JSON's, not words). A message of another form is kept whole.
pub fn message_zh(message: &str) -> String {
    // A date's own check: `"2024-02-30": there is no day 30 ...`.
    if let Some(rest) = message.strip_prefix('"') {
        if let Some((text, _)) = rest.split_once("\": ") {
            if let Err(e) = crate::date::parse(text) {
                return format!("\"{text}\"：{}", e.message(crate::Lang::ZhCn));
            }
        }
    }
    const FORMS: &[(&str, &str)] = &[
        ("unknown field ", "未知字段 "),
        ("missing field ", "缺少字段 "),
        ("duplicate field ", "字段重复 "),
        ("duplicate key ", "键重复 "),
        ("unknown variant ", "未知取值 "),
        ("invalid type: ", "类型错误："),
        ("invalid value: ", "取值错误："),
        ("invalid length ", "长度错误 "),
        ("EOF while parsing", "文本在解析中途结束"),
        ("trailing comma", "多余的逗号"),
        ("trailing characters", "JSON 之后还有内容"),
        ("expected value", "此处应为一个值"),
        ("key must be a string", "键必须是字符串"),
        ("number out of range", "数值超出范围"),
        ("recursion limit exceeded", "嵌套层数过多"),
        ("control character", "字符串中含有控制字符"),
        ("invalid escape", "无效的转义"),
        ("invalid number", "无效的数值"),
        ("amount ", "金额 "),
    ];
    let Some((form, zh)) = FORMS.iter().find(|(form, _)| message.starts_with(form)) else {
        return message.to_owned();
    };
    let rest = &message[form.len()..];
    let rest = rest
        .replace(", expected one of ", "，应为以下之一：")
        .replace(", expected ", "，应为 ")
        .replace(", there are no fields", "，此处没有字段")
        .replace(" is negative or above 1 万亿元", " 为负数或超过1万亿元")
        .replace(
            " has more than two decimals (元 are counted to the 分)",
            " 的小数超过两位（元计至分）",
        );
    if form.ends_with(' ') || form.ends_with(": ") {
        format!("{zh}{rest}")
    } else {
        zh.to_string()
    }
}
