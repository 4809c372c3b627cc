//! `cargo run --example lookup [QUERY] [--json] [--unofficial]`: the lookup
//! tool, run from this repository without the `cli` feature. It compiles the
//! same files as the installable binary (`src/bin/http-status/`).

#[path = "../../src/bin/http-status/cli.rs"]
mod cli;
#[path = "../../src/bin/http-status/query.rs"]
mod query;

fn main() -> std::process::ExitCode {
    cli::main()
}
