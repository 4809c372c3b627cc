//! `http-status [QUERY] [--json] [--unofficial]`: the status-code catalog in
//! the terminal, in English and 中文. Install it with
//! `cargo install http-status --features cli`.
//!
//! - no query: the whole registry as a table;
//! - `404`: everything about one code; `418`: why it is reserved;
//! - `499`: what an unofficial number means, for whom, and what to send instead;
//! - `4xx`: one class;
//! - `timeout`, `超时`, `cloudflare`: a search over phrases, Chinese names,
//!   and the vendors and meanings of unofficial codes.

mod cli;
mod query;

fn main() -> std::process::ExitCode {
    cli::main()
}
