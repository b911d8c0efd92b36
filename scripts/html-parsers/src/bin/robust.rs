//! What each candidate shows of broken markup: each case, the text that must be shown (in order)
//! and the text that must not.
fn main() {
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        ("unclosed p", "<p>一、项目编号：A-1<p>二、项目名称：B", &["A-1", "\n", "二、"], &[]),
        ("unclosed td", "<table><tr><td>名称<td>金额<tr><td>甲<td>5元</table>", &["名称", "\t", "金额", "\n", "甲"], &[]),
        ("stray end tags", "a</div></span>b</p>c", &["a", "b", "c"], &[]),
        ("entities", "&nbsp;&amp;&#20013;&#x4E2D;&yen;5", &["&", "中中", "¥5"], &["&amp;", "&#"]),
        ("br", "甲<br>乙<br/>丙", &["甲", "\n", "乙", "\n", "丙"], &[]),
        ("comments", "<!-- 项目编号：X -->可见<!-- never closed 隐藏", &["可见"], &["项目编号", "隐藏"]),
        ("script and style", "<script>var s='<p>脚本</p>';</script><style>p{}</style>正文", &["正文"], &["脚本", "p{}"]),
        ("lt in text", "金额<5万元 & 3 > 2", &["金额<5万元", "& 3 > 2"], &[]),
        ("GBK meta, UTF-8 text", "<meta charset=gbk><p>中标结果公告</p>", &["中标结果公告"], &[]),
        ("quote in attribute", "<p class=\"a>b\">正文</p>", &["正文"], &["b\">"]),
    ];
    let mut ok = 0;
    for (name, html, shown, hidden) in cases {
        let text = html_parsers::text(html);
        let mut at = 0;
        let mut good = true;
        for s in *shown {
            match text[at..].find(s) {
                Some(i) => at += i + s.len(),
                None => good = false,
            }
        }
        good &= hidden.iter().all(|s| !text.contains(s));
        ok += usize::from(good);
        println!("{} {name}: {text:?}", if good { "ok  " } else { "FAIL" });
    }
    println!("{ok}/{} cases", cases.len());
}
