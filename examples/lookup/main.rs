//! `cargo run --example lookup [QUERY] [--json]`: the status-code catalog in
//! the terminal, in English and 中文.
//!
//! - no query: the whole catalog as a table;
//! - `404`: everything about one code;
//! - `4xx`: one class;
//! - `timeout`, `超时`: a search over phrases, former phrases and Chinese names;
//! - `418`: why the code is reserved.
//!
//! Exits 2 when the query has no answer.

mod query;

use std::process::ExitCode;

use clap::Parser;
use serde_json::json;

#[derive(Parser)]
#[command(about = "Look up HTTP status codes: 404, 4xx, timeout, 超时")]
struct Args {
    /// A code (404), a class (4xx) or words from a phrase (timeout, 超时).
    query: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Print the README's catalog table (Markdown).
    #[arg(long, conflicts_with_all = ["query", "json"])]
    markdown: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.markdown {
        print!("{}", query::markdown_table());
        return ExitCode::SUCCESS;
    }
    match query::answer(args.query.as_deref()) {
        Ok(answer) if args.json => println!("{:#}", query::render_json(&answer)),
        Ok(answer) => print!("{}", query::render_text(&answer)),
        Err(no) if args.json => {
            println!("{:#}", json!({ "error": no.message, "help": no.help }));
            return ExitCode::from(2);
        }
        Err(no) => {
            eprintln!("error: {}", no.message);
            if let Some(help) = no.help {
                eprintln!("help: {help}");
            }
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
