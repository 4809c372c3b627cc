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

/// The header fields that describe a body or a connection that a problem
/// response does not have, so an error may not send them: the body is
/// always whole, unencoded JSON written by the response itself
/// (`content-encoding`, RFC 9110 §8.4; `content-range`, §14.4;
/// `transfer-encoding`, RFC 9112 §6.1; `trailer`, RFC 9110 §6.6.2), and the
/// connection belongs to the server (`connection` and the options it
/// names, `keep-alive`, `proxy-connection`, `upgrade`, `te`: RFC 9110
/// §7.6.1). Sent by an error, each would make a client or a proxy read the
/// body or the connection wrongly: a gzip decoder over plain JSON, a part
/// of a representation that is not one, a connection closed or upgraded
/// behind the server's back.
///
/// `set-cookie` is not among them, on purpose: it describes neither the
/// body nor the connection, and an error response has a real use for it (a
/// 401 or 403 that ends a session clears its cookie, `Set-Cookie: session=;
/// Max-Age=0`). Its value passes the same checks as any other field (a
/// field value, ASCII, at most [`MAX_HEADER_VALUE`] bytes), so it cannot
/// split the header section; what it sets is the application's choice,
/// made in its own code, as it is for a success response.
pub const FRAMING_FIELDS: [&str; 9] = [
    "content-encoding",
    "content-range",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "proxy-connection",
    "upgrade",
    "te",
    "trailer",
];

/// The longest header value an error may send, in bytes; a longer one is
/// dropped (and logged), never cut, since a cut value means something else.
///
/// HTTP sets no limit (RFC 9110 §5.4 lets each recipient choose its own),
/// and peers do refuse large fields: nginx reads a proxied response's
/// whole header section into `proxy_buffer_size`, one memory page (4 KiB
/// or 8 KiB) by default, and answers 502 past it; Node's HTTP client takes
/// 16 KiB for all the fields; curl takes at most 100 KiB for one
/// (`CURL_MAX_HTTP_HEADER`). An error's fields (`Retry-After`, `Allow`, a
/// challenge's parameters) are short, so 4 KiB leaves them room and keeps
/// one field from costing the whole response behind a default proxy.
pub const MAX_HEADER_VALUE: usize = 4096;

/// Whether `name` is a header field name: a token (RFC 9110 §5.1).
pub fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Why a header value cannot be sent, or `None` where it can: a field
/// value of visible ASCII, spaces and tabs inside and none at the ends
/// (RFC 9110 §5.5; never CR, LF or NUL, which would split the header
/// section), at most [`MAX_HEADER_VALUE`] bytes. A byte above 0x7f is
/// refused too: §5.5 keeps `obs-text` only for old senders, new values are
/// ASCII, and peers decode such bytes differently (Latin-1, UTF-8, or not
/// at all).
pub fn field_value_fault(value: &str) -> Option<ValueFault> {
    if value.len() > MAX_HEADER_VALUE {
        Some(ValueFault::TooLong)
    } else if !value.is_ascii() {
        Some(ValueFault::NotAscii)
    } else if !value
        .bytes()
        .all(|b| b == b'\t' || b == b' ' || b.is_ascii_graphic())
        || value.starts_with([' ', '\t'])
        || value.ends_with([' ', '\t'])
    {
        Some(ValueFault::NotFieldValue)
    } else {
        None
    }
}

/// Why [`field_value_fault`] refused a header value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueFault {
    /// Longer than [`MAX_HEADER_VALUE`] bytes.
    TooLong,
    /// A byte outside ASCII.
    NotAscii,
    /// A control character (CR, LF, NUL, …), or white space at an end.
    NotFieldValue,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_value_is_short_visible_ascii() {
        assert_eq!(field_value_fault("Bearer realm=\"api\""), None);
        assert_eq!(field_value_fault("a\tb c"), None);
        assert_eq!(field_value_fault(&"x".repeat(MAX_HEADER_VALUE)), None);
        assert_eq!(
            field_value_fault(&"x".repeat(MAX_HEADER_VALUE + 1)),
            Some(ValueFault::TooLong)
        );
        assert_eq!(field_value_fault("caf\u{e9}"), Some(ValueFault::NotAscii));
        for bad in ["a\r\nb", "a\nb", "a\0b", "a\x7fb", " a", "a\t", "a\x1b[31m"] {
            assert_eq!(
                field_value_fault(bad),
                Some(ValueFault::NotFieldValue),
                "{bad:?}"
            );
        }
    }
}
