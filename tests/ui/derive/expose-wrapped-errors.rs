// An error is an error behind any wrapper or inside any container.
use std::cell::RefCell;
use std::error::Error;
use std::rc::Rc;

use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Upstream {
    #[error("upstream: {0:?}")]
    #[status(502, expose)]
    OptionalBoxed(Option<Box<dyn Error>>),
    #[error("upstream: {0:?}")]
    #[status(502, expose)]
    Nested(Option<Option<std::io::Error>>),
    #[error("upstream: {0:?}")]
    #[status(502, expose)]
    BoxedOption(Box<Option<std::io::Error>>),
    #[error("upstream: {0:?}")]
    #[status(502, expose)]
    Shared(Rc<RefCell<std::io::Error>>),
    #[error("upstream: {0:?}")]
    #[status(502, expose)]
    Many(Vec<std::io::Error>),
}

fn main() {}
