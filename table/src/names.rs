//! The rules of names in a problem response: the standard members, the
//! names an extension member may take, header field names, and the headers
//! the response writes itself. The derive checks annotations by them, and
//! the library checks hand-written impls and framework responses.

/// The members RFC 9457 §3.1 defines: no extension may take their names.
pub const STANDARD_MEMBERS: [&str; 5] = ["type", "status", "title", "detail", "instance"];

/// Whether `name` can name an extension member beside the standard ones:
/// an ASCII letter, then ASCII letters, digits, `_` and `-` (RFC 9457 §4,
/// the rule for the members a problem type defines, asks for letters,
/// digits and `_`; the RFC's own example in §3 uses `invalid-params`, so
/// the hyphen stays; §3.2 asks that a name also be an XML `Name`, which
/// these are), and not a standard member's name in any case (`Status`,
/// `TITLE`), which a client that folds case would read as that member.
///
/// An allowlist, not a list of what is refused: a name goes to every
/// client, and look-alikes (`status\u{200b}`, a Cyrillic `о`) or names with
/// a meaning to some parser (`__proto__`, `$ref`) have no place in it.
///
/// RFC 9457 §4 also says that names SHOULD be three characters or longer,
/// without a reason for the length (the reason it gives, serializing in
/// formats other than JSON, is about the characters, which this checks).
/// Shorter names (`id`, `ip`) are kept: every parser reads them, a client
/// ignores one it does not know either way (§3.2), and refusing them would
/// break common names for no safety gain.
pub fn is_member_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && !STANDARD_MEMBERS
            .iter()
            .any(|standard| name.eq_ignore_ascii_case(standard))
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
    fn member_names_are_an_allowlist() {
        for good in [
            "balance",
            "invalid-params",
            "retry_after",
            "a1",
            "id",
            "x",
            "Errors",
            "statuses",
        ] {
            assert!(is_member_name(good), "{good}");
        }
        for bad in [
            "",
            "status\u{200b}",
            "Status",
            "TITLE",
            "Instance",
            "__proto__",
            "_private",
            "1st",
            "-x",
            "my field",
            "$ref",
            "caf\u{e9}",
            "\u{43e}k",
        ] {
            assert!(!is_member_name(bad), "{bad:?}");
        }
    }

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
