//! `cargo bench -p http-status-benches --bench derive_500`: the time the
//! derive's expander takes for an enum of 500 variants. Stable Rust cannot
//! time one expansion inside rustc, so this runs the same source files as the
//! proc macro (included by path) on `proc_macro2` streams. Run it with
//! `--profile dev` too: proc macros run unoptimised in users' dev builds.

#[path = "../../../macros/src/code.rs"]
#[allow(dead_code, unused_imports)]
mod code;
#[path = "../../../macros/src/derive/mod.rs"]
#[allow(dead_code, unused_imports)]
mod derive;
#[path = "../../../macros/src/path.rs"]
mod path;

use std::time::Instant;

use http_status_core::StatusCode;
use proc_macro2::TokenStream;

/// An enum of `n` variants: numbers, phrases, transparent wrappers and
/// defaulted variants, in turn.
fn source(n: usize) -> String {
    let codes: Vec<StatusCode> = StatusCode::ALL
        .iter()
        .copied()
        .filter(|s| !s.is_deprecated())
        .collect();
    let mut out = String::from("#[status(500)] enum Big<T> {\n");
    for i in 0..n {
        let status = codes[i % codes.len()];
        match i % 4 {
            0 => out += &format!("#[status({})] V{i},\n", status.as_u16()),
            1 => out += &format!("#[status({:?})] V{i}(u8, String),\n", status.reason()),
            2 => out += &format!("#[status(transparent)] V{i} {{ inner: T }},\n"),
            _ => out += &format!("V{i},\n"),
        }
    }
    out + "}"
}

fn main() {
    let input: TokenStream = source(500).parse().expect("the generated enum tokenizes");
    let output = derive::derive(input.clone()).to_string();
    assert!(
        output.contains("HttpStatus for Big") && !output.contains("compile_error"),
        "a valid expansion"
    );

    let runs = 31;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let input = input.clone();
            let start = Instant::now();
            std::hint::black_box(derive::derive(input));
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let profile = if cfg!(debug_assertions) {
        "dev (unoptimised)"
    } else {
        "bench (optimised)"
    };
    println!(
        "derive(HttpStatus) on an enum of 500 variants, {profile} profile: median {:.2} ms (min {:.2}, max {:.2}) over {runs} runs",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
}
