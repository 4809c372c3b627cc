#![no_std]
#![forbid(unsafe_code)]
pub use http_status_core::*;
