//! `cargo run -p axum-app-example`: serves the notes API on 127.0.0.1:3000,
//! or on the port in `PORT`.

use std::net::{Ipv4Addr, SocketAddr};

use axum_app_example::{Limits, app};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    // 5xx errors are logged with their whole source chain, since clients no longer see them.
    tracing_subscriber::fmt().init();
    // One escaped line per panic, with the incident id its 500 carries.
    std::panic::set_hook(Box::new(http_status::panic_hook()));
    let port = match std::env::var("PORT") {
        Ok(port) => port.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("PORT must be a port number, not {port:?}"),
            )
        })?,
        Err(_) => 3000,
    };
    let listener =
        tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app(Limits::default()))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
