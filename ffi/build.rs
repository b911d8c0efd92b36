//! Generates `include/gongkai.h` with the pinned cbindgen.
//!
//! The header is written to `$OUT_DIR/gongkai.h` on every build and compared with the committed
//! `include/gongkai.h`:
//! - `GONGKAI_HEADER=write` copies it over the committed one (`ffi/gen_header.sh`);
//! - `GONGKAI_HEADER=verify` fails the build when they differ (`ffi/gen_header.sh --verify`);
//! - otherwise a difference is a warning, and the test `header::committed_header_is_generated`
//!   fails, so `cargo test` catches a stale header.

use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("gongkai.h");
    let committed = dir.join("include/gongkai.h");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    // A stale committed header must not go unnoticed when target/ is reused.
    println!("cargo:rerun-if-changed=include/gongkai.h");
    println!("cargo:rerun-if-env-changed=GONGKAI_HEADER");

    let config =
        cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("ffi/cbindgen.toml is valid");
    let mut generated = Vec::new();
    cbindgen::Builder::new()
        .with_config(config)
        .with_src(dir.join("src/lib.rs"))
        .generate()
        .expect("cbindgen generates the header")
        .write(&mut generated);
    std::fs::write(&out, &generated).expect("OUT_DIR is writable");

    let current = std::fs::read(&committed).unwrap_or_default();
    if current == generated {
        return;
    }
    match std::env::var("GONGKAI_HEADER").as_deref() {
        Ok("write") => std::fs::write(&committed, &generated).expect("include/ is writable"),
        Ok("verify") => {
            eprintln!(
                "ffi/include/gongkai.h differs from what cbindgen generates ({}): \
                 run ffi/gen_header.sh and commit the result",
                out.display()
            );
            std::process::exit(1);
        }
        _ => println!("cargo:warning=ffi/include/gongkai.h is out of date: run ffi/gen_header.sh"),
    }
}
