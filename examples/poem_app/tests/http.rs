//! The poem server over a real socket: the notes suite every framework
//! example passes.

use example_conformance::{Log, check_notes_api};
use poem::Server;
use poem::listener::{Acceptor, Listener, TcpListener};

#[tokio::test(flavor = "multi_thread")]
async fn the_notes_api_over_tcp() {
    let log = Log::install();
    let acceptor = TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .unwrap();
    let addr = *acceptor
        .local_addr()
        .remove(0)
        .as_socket_addr()
        .expect("a TCP address");
    let server = tokio::spawn(Server::new_with_acceptor(acceptor).run(poem_app_example::app()));
    let checked = tokio::task::spawn_blocking(move || check_notes_api(addr, &log)).await;
    server.abort();
    if let Err(failure) = checked {
        std::panic::resume_unwind(failure.into_panic());
    }
}
