//! `cargo run -p salvo-app-example`: serves on 127.0.0.1:3003.

use salvo::prelude::*;

#[tokio::main]
async fn main() {
    let acceptor = TcpListener::new("127.0.0.1:3003").bind().await;
    println!("listening on http://127.0.0.1:3003");
    Server::new(acceptor)
        .serve(salvo_app_example::router())
        .await;
}
