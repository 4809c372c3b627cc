//! `cargo run -p actix-app-example`: serves on 127.0.0.1:3001, or on `PORT`.

use std::net::{Ipv4Addr, SocketAddr};

fn main() -> std::io::Result<()> {
    // One escaped line per panic, with the incident id its 500 carries.
    std::panic::set_hook(Box::new(http_status::panic_hook()));
    let port = match std::env::var("PORT") {
        Ok(port) => port.parse().map_err(|_| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("PORT must be a port number, not {port:?}"),
            )
        })?,
        Err(_) => 3001,
    };
    actix_web::rt::System::new().block_on(async {
        let (server, addr) =
            actix_app_example::server(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))?;
        println!("listening on http://{addr}");
        server.await
    })
}
