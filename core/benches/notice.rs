//! Reading and judging notice pages (issue #19: ≥ 20,000 notices of ~5 KB HTML a second on one
//! core, reading ≤ 2× the HTML parse alone). Two sets of pages, each pass reading every page of
//! its set (the set's size is printed first; a page's time is the pass's divided by it):
//!
//! - `notice_pages`: the development set's pages as they are (tests/notices/dev/*.html: portal
//!   chrome, tables, some broken markup; 2.6 KB a page);
//! - `notice_pages_5k`: ~5 KB pages, the size the target names, built here from the
//!   development set (nothing is stored): each of its HTML pages with a portal's usual chrome
//!   added (a stylesheet and scripts in the head, the site's header, navigation, breadcrumbs, a
//!   side bar of related notices, the footer, analytics), and each of its text notices
//!   (tests/notices/dev/*.txt) written as such a page — a line a paragraph, tab-separated
//!   lines as a table's rows — inside the same chrome. The chrome is read as a browser shows
//!   it: all 38 dressed pages read to the same record as their originals, and 74 of the 77
//!   text notices too (the other three lose columns aligned by spaces, which a page collapses).
//!
//! Each set is measured three ways:
//!
//! - `parse_only`: the page into its text and span map ([`HtmlText::parse`]), the baseline;
//! - `read`: [`notice::read`](gongkai::notice::read), which parses and then reads the record;
//! - `read_and_judge`: [`Engine::validate_notice`], the record judged and the text checked.
//!
//! `GONGKAI_BENCH_ONCE=1` makes one pass of each instead of timing them, for instruction counts
//! that do not depend on the machine's load (`GONGKAI_BENCH_ONCE=dev` or `=5k`: one set alone):
//!
//! ```text
//! cargo bench -p gongkai --bench notice --no-run
//! GONGKAI_BENCH_ONCE=5k valgrind --tool=callgrind --toggle-collect='*pass_*' \
//!   target/release/deps/notice-<hash>
//! callgrind_annotate --inclusive=yes callgrind.out.<pid> | grep pass_
//! ```

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group};
use gongkai::notice::{HtmlText, NoticeSource, read};
use gongkai::{Context, Engine};

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/notices/dev");

/// The development set's files ending in `.ext`, sorted by name.
fn files(ext: &str) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(DEV)
        .expect("the development notices")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| std::fs::read_to_string(p).expect("a page"))
        .collect()
}

/// The development set's HTML pages as they are.
fn pages() -> Vec<String> {
    files("html")
}

/// What a portal puts in a page's head besides the notice's title.
const HEAD: &str = r##"<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="白沙县人民政府"><meta name="SiteDomain" content="www.baisha.gov.cn">
<link rel="stylesheet" href="/static/css/base.css"><link rel="stylesheet" href="/static/css/article.css">
<style type="text/css">
body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f5f5f5}
.w1200{width:1200px;margin:0 auto}.header{height:120px;background:url(/static/img/banner.jpg) no-repeat}
.article{background:#fff;padding:30px 50px}.article h1,.article h2{text-align:center;color:#c00}
.footer{background:#1f5fa8;color:#fff;text-align:center;padding:20px 0}
</style>
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.example.cn/hm.js?8a7b6c5d4e3f";
  var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
"##;

/// The chrome above the notice: the site's header, its navigation, the breadcrumbs.
const TOP: &str = r##"<div class="top-bar w1200"><a href="javascript:void(0)" >无障碍</a> | <a href="/ozms/">长者模式</a> | <a href="/login">登录</a></div>
<div class="header w1200"><a href="/" class="logo"><img src="/static/img/logo.png" alt="白沙县人民政府"></a></div>
<div class="main-nav w1200"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zjbs/">走进白沙</a></li><li><a href="/ggzy/">公共资源交易</a></li></ul></div>
<div class="position w1200">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ggzy/">公共资源配置</a> &gt; 正文</div>
<div class="sidebar"><h3>相关公告</h3><ul>
<li><a href="/zwgk/ggzy/t101.html">白沙县教育局课桌椅采购项目结果公告</a></li>
<li><a href="/zwgk/ggzy/t102.html">白沙县卫生健康局医疗设备采购项目招标公告</a></li>
<li><a href="/zwgk/ggzy/t103.html">白沙县城区道路改造工程中标候选人公示</a></li>
</ul></div>
"##;

/// The chrome below the notice: sharing, the footer, the analytics.
const BOTTOM: &str = r##"<div class="share">分享到：<a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a></div>
<div class="footer"><div class="w1200"><p><a href="/about">关于本站</a> | <a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p>
<p>主办单位：白沙县人民政府办公室 承办单位：白沙县政务服务数据管理局</p>
<p>网站标识码：4453000001 <a href="https://beian.miit.gov.cn/">粤ICP备00000000号-1</a> 粤公网安备 44530002000001号</p>
</div></div>
<script type="text/javascript">
$(function () { $.get("/api/visit?id=" + encodeURIComponent(location.pathname), function (d) { $("#visits").text(d.count); }); });
</script>
"##;

/// A development page with the chrome added: the head's before `</head>`, the top after
/// `<body>`, the bottom before `</body>`.
fn dressed(page: &str) -> String {
    let mut out = page.to_owned();
    if let Some(at) = out.find("</head>") {
        out.insert_str(at, HEAD);
    }
    match out.find("<body>") {
        Some(at) => out.insert_str(at + "<body>".len(), TOP),
        None => out.insert_str(0, TOP),
    }
    match out.rfind("</body>") {
        Some(at) => out.insert_str(at, BOTTOM),
        None => out.push_str(BOTTOM),
    }
    out
}

/// A text notice written as a page: its first line the title, a line a paragraph, runs of
/// tab-separated lines a table.
fn as_page(text: &str) -> String {
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut lines = text.lines();
    let title = lines.next().unwrap_or("").trim();
    let mut out = String::with_capacity(6_000);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{t}-白沙县人民政府</title>\n{HEAD}</head>\n<body>\n{TOP}<div class=\"article\">\n<h1 class=\"article-title\">{t}</h1>\n<div class=\"info\">来源：本站&nbsp;&nbsp;阅读次数：<span id=\"visits\">0</span></div>\n<div class=\"content\" id=\"zoom\">\n",
        t = escape(title),
    );
    let mut in_table = false;
    for line in lines {
        if line.contains('\t') {
            if !in_table {
                out.push_str("<table border=\"1\" cellspacing=\"0\">\n");
                in_table = true;
            }
            out.push_str("<tr>");
            for cell in line.split('\t') {
                let _ = write!(out, "<td>{}</td>", escape(cell));
            }
            out.push_str("</tr>\n");
            continue;
        }
        if in_table {
            out.push_str("</table>\n");
            in_table = false;
        }
        let _ = writeln!(
            out,
            "<p style=\"text-indent:2em\"><span style=\"font-family:宋体\">{}</span></p>",
            escape(line)
        );
    }
    if in_table {
        out.push_str("</table>\n");
    }
    out.push_str("</div>\n</div>\n");
    out.push_str(BOTTOM);
    out.push_str("</body></html>\n");
    out
}

/// The ~5 KB pages: the development set's HTML pages dressed, then its text notices as pages.
fn pages_5k() -> Vec<String> {
    let mut out: Vec<String> = files("html").iter().map(|p| dressed(p)).collect();
    out.extend(files("txt").iter().map(|t| as_page(t)));
    out
}

struct Setup {
    engine: Engine,
    source: NoticeSource,
    ctx: Context,
}

fn setup() -> Setup {
    Setup {
        engine: Engine::national(),
        source: NoticeSource {
            url: Some("https://www.ccgp-yunjiang.gov.cn/jggg/t1.html".into()),
            fetched_on: None,
        },
        ctx: Context::new("2025-12-31".parse().expect("a date")),
    }
}

#[inline(never)]
fn pass_parse(pages: &[String]) -> usize {
    pages
        .iter()
        .map(|p| HtmlText::parse(black_box(p)).text().len())
        .sum()
}

#[inline(never)]
fn pass_read(s: &Setup, pages: &[String]) -> usize {
    pages
        .iter()
        .filter_map(|p| read(black_box(p), &s.source).ok())
        .map(|r| r.evidence.len())
        .sum()
}

#[inline(never)]
fn pass_read_and_judge(s: &Setup, pages: &[String]) -> usize {
    pages
        .iter()
        .filter_map(|p| {
            s.engine
                .validate_notice(black_box(p), &s.source, &s.ctx)
                .ok()
        })
        .map(|r| r.findings.len())
        .sum()
}

fn describe(group: &str, pages: &[String], s: &Setup) {
    let bytes: usize = pages.iter().map(String::len).sum();
    let read = pages.iter().filter(|p| read(p, &s.source).is_ok()).count();
    eprintln!(
        "{group}: {} pages, {:.1} KB on average, {read} read as notices",
        pages.len(),
        bytes as f64 / pages.len() as f64 / 1024.0
    );
}

fn group(c: &mut Criterion, name: &str, pages: &[String], s: &Setup) {
    describe(name, pages, s);
    let mut g = c.benchmark_group(name);
    g.bench_function("parse_only", |b| b.iter(|| pass_parse(pages)));
    g.bench_function("read", |b| b.iter(|| pass_read(s, pages)));
    g.bench_function("read_and_judge", |b| {
        b.iter(|| pass_read_and_judge(s, pages))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let s = setup();
    group(c, "notice_pages", &pages(), &s);
    group(c, "notice_pages_5k", &pages_5k(), &s);
}

criterion_group!(benches, bench);

fn main() {
    if let Some(once) = std::env::var_os("GONGKAI_BENCH_ONCE") {
        // `dev` or `5k` for one set alone, anything else for both.
        let s = setup();
        let sets = match once.to_str() {
            Some("dev") => vec![pages()],
            Some("5k") => vec![pages_5k()],
            _ => vec![pages(), pages_5k()],
        };
        for pages in sets {
            describe("pages", &pages, &s);
            black_box(pass_parse(&pages));
            black_box(pass_read(&s, &pages));
            black_box(pass_read_and_judge(&s, &pages));
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
