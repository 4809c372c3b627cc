//! The rules of names in a problem response: the standard members, the
//! names an extension member may take, header field names, and the headers
//! the response writes itself. The derive checks annotations by them, and
//! the library checks hand-written impls and framework responses.

/// The members RFC 9457 §3.1 defines: no extension may take their names.
pub const STANDARD_MEMBERS: [&str; 5] = ["type", "status", "title", "detail", "instance"];

/// Whether `name` can name an extension member beside the standard ones:
/// not empty, no white space or control characters (RFC 9457 §3.2).
pub fn is_member_name(name: &str) -> bool {
    !name.is_empty() && !name.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The header fields a problem response writes itself, from its body: a
/// field of the error's may not set them, and a framework's response that
/// becomes a problem loses them.
pub const RESPONSE_OWNED: [&str; 4] = [
    "content-type",
    "content-length",
    "content-language",
    "transfer-encoding",
];

/// Whether `name` is a header field name: a token (RFC 9110 §5.1).
pub fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}
