//! `cargo run -p poem-app-example`: serves on 127.0.0.1:3002, or on `PORT`.

use poem::Server;
use poem::listener::TcpListener;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // One escaped line per panic, with the incident id its 500 carries.
    std::panic::set_hook(Box::new(http_status::panic_hook()));
    let port: u16 = match std::env::var("PORT") {
        Ok(port) => port.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("PORT must be a port number, not {port:?}"),
            )
        })?,
        Err(_) => 3002,
    };
    println!("listening on http://127.0.0.1:{port}");
    Server::new(TcpListener::bind(("127.0.0.1", port)))
        .run(poem_app_example::app())
        .await
}
