//! `http-status [QUERY] [--json] [--unofficial]`: the status-code catalog in
//! the terminal, in English and 中文. Install it with
//! `cargo install http-status --features cli`; the tool itself is the
//! `http-status-cli` crate.

fn main() -> std::process::ExitCode {
    http_status_cli::main()
}
