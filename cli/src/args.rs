//! The command line: arguments, output, exit status.

use std::process::ExitCode;

use clap::Parser;
use serde_json::json;

use crate::query;

#[derive(Parser)]
#[command(
    about = "Look up HTTP status codes: 404, 4xx, timeout, 超时, 499, cloudflare",
    after_help = "Exit status: 0 when the query has an answer (a registered code, a reserved one such as 418, \
                  or a known unofficial one such as nginx's 499), 2 when it has none."
)]
struct Args {
    /// A code (404, 499), a class (4xx), or words from a phrase, a vendor or a meaning (timeout, 超时, cloudflare).
    query: Option<String>,
    /// Print JSON instead of text; unofficial entries have `"unofficial": true`.
    #[arg(long)]
    json: bool,
    /// List the well-known unofficial codes (nginx, Cloudflare, AWS…) instead of the registry.
    #[arg(long, conflicts_with = "query")]
    unofficial: bool,
    /// Print the README's catalog table (Markdown).
    #[arg(long, conflicts_with_all = ["query", "json", "unofficial"])]
    markdown: bool,
}

/// Runs the tool on the process's arguments.
pub fn main() -> ExitCode {
    let args = Args::parse();
    if args.markdown {
        print!("{}", query::markdown_table());
        return ExitCode::SUCCESS;
    }
    let answer = if args.unofficial {
        Ok(query::Answer::AllUnofficial)
    } else {
        query::answer(args.query.as_deref())
    };
    match answer {
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
