//! Each candidate on the notice pages in `pages/`: `cargo bench --features <candidate>`.
use criterion::{Criterion, criterion_group, criterion_main};

fn pages(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/pages");
    let mut pages: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    pages.sort();
    let name = option_env!("CANDIDATE").unwrap_or("none");
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
