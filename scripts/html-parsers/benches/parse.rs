//! Each candidate on the notice pages in `pages/`: `cargo bench --features <candidate>`.
use criterion::{Criterion, criterion_group, criterion_main};

fn pages(c: &mut Criterion) {
    // The development notices served as pages, and the page in pages/.
    let root = env!("CARGO_MANIFEST_DIR");
    let mut pages: Vec<String> = [format!("{root}/pages"), format!("{root}/../../tests/notices/dev")]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    pages.sort();
    let name = option_env!("CANDIDATE").unwrap_or("none");
    let bytes: usize = pages.iter().map(String::len).sum();
    eprintln!("{} pages, {bytes} bytes", pages.len());
    c.bench_function(&format!("html_text/{name}"), |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| html_parsers::text(std::hint::black_box(p)).len())
                .sum::<usize>()
        })
    });
}

criterion_group!(benches, pages);
criterion_main!(benches);
