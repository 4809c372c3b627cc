//! The value of a string literal, without syn: reason phrases and
//! `crate = "path"` arrive as literals.

use proc_macro2::Literal;

/// The text of a plain or raw string literal (`"Not Found"`, `r#"…"#`);
/// `None` for any other literal, or a malformed escape.
pub(crate) fn string_value(literal: &Literal) -> Option<String> {
    let text = literal.to_string();
    if let Some(raw) = text.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw.get(hashes..raw.len().checked_sub(hashes)?)?;
        return body.strip_prefix('"')?.strip_suffix('"').map(str::to_owned);
    }
    unescape(text.strip_prefix('"')?.strip_suffix('"')?)
}

/// Resolves the escapes of a string literal's body (the Rust reference's
/// "quote", "ASCII" and "Unicode" escapes, and line continuations).
fn unescape(body: &str) -> Option<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '\\' => out.push('\\'),
            '0' => out.push('\0'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'x' => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(char::from(
                    u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii)?,
                ));
            }
            'u' => {
                let rest = chars.as_str().strip_prefix('{')?;
                let close = rest.find('}')?;
                let code = u32::from_str_radix(&rest[..close].replace('_', ""), 16).ok()?;
                out.push(char::from_u32(code)?);
                chars = rest[close + 1..].chars();
            }
            '\n' => {
                chars = chars.as_str().trim_start().chars();
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(source: &str) -> Option<String> {
        match source
            .parse::<proc_macro2::TokenStream>()
            .ok()?
            .into_iter()
            .next()?
        {
            proc_macro2::TokenTree::Literal(literal) => string_value(&literal),
            _ => None,
        }
    }

    #[test]
    fn strings_raw_strings_and_escapes() {
        assert_eq!(value(r#""Not Found""#).as_deref(), Some("Not Found"));
        assert_eq!(
            value(r##"r#"I'm "a" teapot"#"##).as_deref(),
            Some("I'm \"a\" teapot")
        );
        assert_eq!(value(r#"r"plain""#).as_deref(), Some("plain"));
        assert_eq!(
            value(r#""I\'m a \x74eapot\u{2615}\n""#).as_deref(),
            Some("I'm a teapot☕\n")
        );
        assert_eq!(value("\"Not \\\n    Found\"").as_deref(), Some("Not Found"));
        assert_eq!(
            value(r#""\"quoted\" \\ back""#).as_deref(),
            Some("\"quoted\" \\ back")
        );
        assert_eq!(value("404"), None);
        assert_eq!(value("b\"bytes\""), None);
        assert_eq!(value("'c'"), None);
    }
}
