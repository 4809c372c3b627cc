//! `cargo run -p salvo-app-example`: serves on 127.0.0.1:3003, or on `PORT`.

use salvo::prelude::*;

#[tokio::main]
async fn main() -> Result<(), String> {
    // One escaped line per panic, with the incident id its 500 carries.
    std::panic::set_hook(Box::new(http_status::panic_hook()));
    let port: u16 = match std::env::var("PORT") {
        Ok(port) => port
            .parse()
            .map_err(|_| format!("PORT must be a port number, not {port:?}"))?,
        Err(_) => 3003,
    };
    let acceptor = TcpListener::new(("127.0.0.1", port)).bind().await;
    println!("listening on http://127.0.0.1:{port}");
    Server::new(acceptor)
        .serve(salvo_app_example::service())
        .await;
    Ok(())
}
