//! `cargo run -p poem-app-example`: serves on 127.0.0.1:3002.

use poem::Server;
use poem::listener::TcpListener;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    println!("listening on http://127.0.0.1:3002");
    Server::new(TcpListener::bind("127.0.0.1:3002"))
        .run(poem_app_example::app())
        .await
}
