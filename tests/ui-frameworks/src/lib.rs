//! Nothing but the dependencies of the UI tests in `tests/ui`: each one
//! compiles a type whose derive fails once, and three handlers of one
//! framework that return it; the snapshot holds the one error.
#![forbid(unsafe_code)]
