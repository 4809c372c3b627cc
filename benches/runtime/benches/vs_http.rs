//! `cargo bench -p http-status-benches`: http-status against `http` 1.x on the
//! same inputs, interleaved, medians. See BENCHMARKS.md.

use std::hint::black_box;
use std::time::Duration;

use http_status::StatusCode;
use http_status_benches::{Pair, run};

fn main() {
    let ours_codes: Vec<StatusCode> = StatusCode::ALL.to_vec();
    let theirs_codes: Vec<http::StatusCode> = ours_codes
        .iter()
        .map(|s| http::StatusCode::from_u16(s.as_u16()).unwrap())
        .collect();
    let registered: Vec<u16> = ours_codes.iter().map(|s| s.as_u16()).collect();
    let mix = http_status_benches::traffic_mix(&registered);
    let bad = ["4040", "40", "abc", "+404", "", " 404", "4 4", "0x1"];

    let mut pairs = vec![
        Pair {
            name: "from_u16, all 65,536 values",
            ours: Box::new(|| {
                let mut n = 0u32;
                for v in 0..=u16::MAX {
                    n += u32::from(StatusCode::from_u16(black_box(v)).is_ok());
                }
                black_box(n);
            }),
            theirs: Box::new(|| {
                let mut n = 0u32;
                for v in 0..=u16::MAX {
                    n += u32::from(http::StatusCode::from_u16(black_box(v)).is_ok());
                }
                black_box(n);
            }),
        },
        Pair {
            name: "from_u16, a traffic-like mix of 1,000 codes (then `as_u16`)",
            ours: Box::new(|| {
                let mut n = 0u32;
                for v in &mix {
                    n += u32::from(StatusCode::from_u16(black_box(*v)).map_or(0, |s| s.as_u16()));
                }
                black_box(n);
            }),
            theirs: Box::new(|| {
                let mut n = 0u32;
                for v in &mix {
                    n += u32::from(
                        http::StatusCode::from_u16(black_box(*v)).map_or(0, |s| s.as_u16()),
                    );
                }
                black_box(n);
            }),
        },
        Pair {
            name: "reason() vs canonical_reason(), all registered codes",
            ours: Box::new(|| {
                let mut n = 0usize;
                for s in &ours_codes {
                    n += black_box(*s).reason().len();
                }
                black_box(n);
            }),
            theirs: Box::new(|| {
                let mut n = 0usize;
                for s in &theirs_codes {
                    n += black_box(*s).canonical_reason().map_or(0, str::len);
                }
                black_box(n);
            }),
        },
        Pair {
            name: "Display to a String, all registered codes",
            ours: Box::new(|| {
                for s in &ours_codes {
                    black_box(black_box(*s).to_string());
                }
            }),
            theirs: Box::new(|| {
                for s in &theirs_codes {
                    black_box(black_box(*s).to_string());
                }
            }),
        },
        Pair {
            name: "FromStr \"404\"",
            ours: Box::new(|| {
                black_box(black_box("404").parse::<StatusCode>().is_ok());
            }),
            theirs: Box::new(|| {
                black_box(black_box("404").parse::<http::StatusCode>().is_ok());
            }),
        },
        Pair {
            name: "FromStr of 8 malformed strings",
            ours: Box::new(|| {
                for s in bad {
                    black_box(black_box(s).parse::<StatusCode>().is_ok());
                }
            }),
            theirs: Box::new(|| {
                for s in bad {
                    black_box(black_box(s).parse::<http::StatusCode>().is_ok());
                }
            }),
        },
    ];

    let rounds = std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(41);
    let results = run(&mut pairs, rounds, Duration::from_millis(5));
    println!("{rounds} interleaved rounds; medians in ns per call of the whole loop\n");
    println!("| benchmark | http-status | http 1.x | ratio |");
    println!("|---|---:|---:|---:|");
    for (pair, result) in pairs.iter().zip(results) {
        println!(
            "| {} | {:.1} | {:.1} | {:.3}× |",
            pair.name,
            result.ours,
            result.theirs,
            result.ratio()
        );
    }
}
