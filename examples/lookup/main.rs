//! `cargo run --example lookup [QUERY] [--json] [--unofficial]`: the lookup
//! tool, run from this repository without the `cli` feature. It is the same
//! crate as the installable binary (`http-status-cli`).

fn main() -> std::process::ExitCode {
    http_status_cli::main()
}
