//! A small interleaved benchmark harness: each round times our function and
//! `http`'s counterpart back to back, alternating which goes first, so that
//! drift in the machine's speed hits both sides alike. Reports medians.
#![forbid(unsafe_code)]

use std::hint::black_box;
use std::time::{Duration, Instant};

/// One comparison: ours against `http`'s counterpart on the same inputs.
pub struct Pair<'a> {
    pub name: &'static str,
    pub ours: Box<dyn FnMut() + 'a>,
    pub theirs: Box<dyn FnMut() + 'a>,
}

/// Medians in nanoseconds per call of the closure.
#[derive(Debug, Clone, Copy)]
pub struct Result {
    pub ours: f64,
    pub theirs: f64,
}

impl Result {
    pub fn ratio(&self) -> f64 {
        self.ours / self.theirs
    }
}

/// How many calls make a sample of at least `target`.
fn calibrate(f: &mut dyn FnMut(), target: Duration) -> u64 {
    let mut iters = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..iters {
            f();
        }
        if start.elapsed() >= target || iters >= 1 << 30 {
            return iters;
        }
        iters *= 2;
    }
}

fn sample(f: &mut dyn FnMut(), iters: u64) -> f64 {
    let start = Instant::now();
    for _ in 0..iters {
        f();
    }
    start.elapsed().as_nanos() as f64 / iters as f64
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let mid = xs.len() / 2;
    if xs.len() % 2 == 0 {
        (xs[mid - 1] + xs[mid]) / 2.0
    } else {
        xs[mid]
    }
}

/// Runs `rounds` interleaved rounds of every pair.
pub fn run(pairs: &mut [Pair<'_>], rounds: usize, sample_time: Duration) -> Vec<Result> {
    let mut samples: Vec<(Vec<f64>, Vec<f64>)> =
        pairs.iter().map(|_| (Vec::new(), Vec::new())).collect();
    let iters: Vec<(u64, u64)> = pairs
        .iter_mut()
        .map(|p| {
            (
                calibrate(&mut p.ours, sample_time),
                calibrate(&mut p.theirs, sample_time),
            )
        })
        .collect();
    // Both sides of a pair run the same number of calls per sample.
    let iters: Vec<u64> = iters.into_iter().map(|(a, b)| a.max(b)).collect();
    for round in 0..rounds {
        for ((pair, (ours, theirs)), &n) in pairs.iter_mut().zip(&mut samples).zip(&iters) {
            if round % 2 == 0 {
                ours.push(sample(&mut pair.ours, n));
                theirs.push(sample(&mut pair.theirs, n));
            } else {
                theirs.push(sample(&mut pair.theirs, n));
                ours.push(sample(&mut pair.ours, n));
            }
        }
    }
    black_box(&pairs);
    samples
        .into_iter()
        .map(|(ours, theirs)| Result {
            ours: median(ours),
            theirs: median(theirs),
        })
        .collect()
}

/// A traffic-like mix of 1,000 status codes, as a server or client sees
/// them: each registered code other than 200, 404, 301, 500 and 204 once
/// (in catalog order), the unregistered 499 once (nginx's "client closed
/// request", seen in logs), then 60 × 404, 40 × 301, 20 × 500, 20 × 204,
/// and 200 for the rest (about 80 %); shuffled with a fixed seed, so that
/// every run sees the same order and no branch predictor sees a pattern.
pub fn traffic_mix(registered: &[u16]) -> Vec<u16> {
    const COMMON: [(u16, usize); 4] = [(404, 60), (301, 40), (500, 20), (204, 20)];
    let mut mix: Vec<u16> = registered
        .iter()
        .copied()
        .filter(|code| *code != 200 && COMMON.iter().all(|(c, _)| c != code))
        .collect();
    mix.push(499);
    for (code, count) in COMMON {
        mix.extend(std::iter::repeat_n(code, count));
    }
    let rest = 1_000 - mix.len();
    mix.extend(std::iter::repeat_n(200, rest));
    // Fisher–Yates with xorshift64: deterministic, no dependency.
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    for i in (1..mix.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        mix.swap(i, j);
    }
    mix
}
