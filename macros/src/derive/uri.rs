//! RFC 3986 syntax for a problem `type`: a URI reference, absolute
//! (`https://example.com/probs/out-of-credit`) or relative (`/probs/x`), as
//! RFC 9457 §3.1.1 allows, in a scheme of an allowlist.

/// `None` when `text` is a URI reference, else what is wrong with it.
pub(crate) fn problem(text: &str) -> Option<String> {
    if text.is_empty() {
        return Some("an empty `type` says nothing: leave it out for `about:blank`".to_owned());
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3);
            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                return Some(format!(
                    "`%` at byte {i} starts no percent-encoding: a URI writes `%` as `%25`"
                ));
            }
            i += 3;
            continue;
        }
        let allowed = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b);
        if !allowed {
            let c = text[i..].chars().next().unwrap_or('?');
            return Some(format!(
                "{c:?} cannot stand in a URI (RFC 3986 §2): percent-encode it"
            ));
        }
        i += 1;
    }
    // A scheme is what comes before the first `:`, when no `/`, `?` or `#`
    // comes first (RFC 3986 §4.2: otherwise it is a relative reference).
    let first = text.find([':', '/', '?', '#']);
    if let Some(colon) = first.filter(|&at| bytes[at] == b':') {
        let scheme = &text[..colon];
        let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        if !valid {
            return Some(format!(
                "{scheme:?} is not a URI scheme: a scheme is a letter followed by letters, digits, `+`, `-` or `.`"
            ));
        }
        // Clients show `type` as a link to its documentation (RFC 9457
        // §3.1.1): a scheme that runs code or carries its own content
        // (`javascript:`, `data:`) would run in the reader's browser. An
        // allowlist of the schemes a problem type is written in.
        let scheme = scheme.to_ascii_lowercase();
        if !SCHEMES.contains(&scheme.as_str()) {
            return Some(format!(
                "clients may open `type` as a link, and `{scheme}:` is not a scheme a problem type is written in (`https:`, `http:`, `tag:` and `urn:` are)"
            ));
        }
        if scheme == "about" && text != "about:blank" {
            return Some("the only `about:` type is `about:blank` (RFC 9457 §4.2.1)".to_owned());
        }
    }
    None
}

/// The schemes a problem type may use: the web's, `tag:` and `urn:` names,
/// and `about:` for `about:blank` alone.
const SCHEMES: [&str; 5] = ["https", "http", "tag", "urn", "about"];

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn uri_references_pass_and_everything_else_says_why() {
        for good in [
            "https://example.com/probs/out-of-credit",
            "/probs/out-of-credit",
            "tag:example.com,2026:out-of-credit",
            "urn:example:out-of-credit",
            "about:blank",
            "probs/x?y=1#z",
            "https://example.com/a%20b",
            "HTTPS://example.com/x",
        ] {
            assert_eq!(problem(good), None, "{good}");
        }
        for (bad, why) in [
            ("", "empty"),
            ("https://example.com/out of credit", "' '"),
            ("https://例え.jp/x", "'例'"),
            ("https://example.com/%zz", "percent-encoding"),
            ("https://example.com/100%", "percent-encoding"),
            ("1http://x", "not a URI scheme"),
            ("<https://x>", "'<'"),
            ("javascript:alert(1)", "`javascript:` is not a scheme"),
            ("JavaScript:alert(1)", "`javascript:` is not a scheme"),
            ("data:text/html,x", "`data:` is not a scheme"),
            ("about:config", "only `about:`"),
        ] {
            let message = problem(bad).unwrap_or_else(|| panic!("{bad} passed"));
            assert!(message.contains(why), "{bad}: {message}");
        }
    }
}
