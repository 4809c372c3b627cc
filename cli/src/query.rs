//! What a query finds, and how it is shown: text, JSON, the README's table.

use http_status_core::__private_0_1::WideNumber;
use http_status_core::{Class, Language, Reserved, Seen, StatusCode, Temporary, Unofficial};
use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

/// What a query found.
#[derive(Debug, PartialEq)]
pub enum Answer {
    /// No query: the whole catalog.
    All,
    /// One registered code.
    Entry(StatusCode),
    /// A class, such as `4xx`.
    Class(Class),
    /// Codes whose phrases or Chinese names match the words, and unofficial
    /// uses whose vendor, name or meaning match them.
    Search(Vec<StatusCode>, Vec<&'static Unofficial>),
    /// 306 or 418: reserved, which is an answer too.
    Reserved(&'static Reserved),
    /// 104: a temporary registration, with IANA's dates.
    Temporary(&'static Temporary),
    /// A number that vendors use but IANA never registered: every use.
    Unofficial(u16, &'static [Unofficial]),
    /// `--unofficial`: every unofficial use.
    AllUnofficial,
}

/// A query with no answer: the message, and a suggestion when there is one.
#[derive(Debug, PartialEq)]
pub struct NoAnswer {
    pub message: String,
    pub help: Option<String>,
}

/// Answers one query: a number, a class (`4xx`), or words to search for.
pub fn answer(query: Option<&str>) -> Result<Answer, NoAnswer> {
    let Some(query) = query.map(str::trim) else {
        return Ok(Answer::All);
    };
    if !query.is_empty() && query.bytes().all(|b| b.is_ascii_digit()) {
        return answer_number(query);
    }
    if let [digit @ b'1'..=b'5', b'x' | b'X', b'x' | b'X'] = query.as_bytes() {
        let class = Class::ALL[usize::from(digit - b'1')];
        return Ok(Answer::Class(class));
    }
    let found = search(query);
    let unofficial = search_unofficial(query);
    if !found.is_empty() || !unofficial.is_empty() {
        return Ok(Answer::Search(found, unofficial));
    }
    if let Some(reserved) = Reserved::ALL
        .iter()
        .find(|r| normalized(r.former_reason()).contains(&normalized(query)))
    {
        return Ok(Answer::Reserved(reserved));
    }
    Err(NoAnswer {
        message: format!("no registered status code matches {query:?}"),
        help: StatusCode::closest_reason(query)
            .map(|s| format!("did you mean {s}?"))
            .or_else(|| {
                Some(
                    "try a code (404), a class (4xx) or words from a phrase (timeout, 超时)"
                        .to_owned(),
                )
            }),
    })
}

fn answer_number(digits: &str) -> Result<Answer, NoAnswer> {
    let unknown = match digits.parse::<i128>() {
        Ok(value) => match StatusCode::try_from(value) {
            Ok(status) => return Ok(Answer::Entry(status)),
            Err(unknown) => unknown,
        },
        Err(_) => {
            return Err(NoAnswer {
                message: WideNumber(digits.trim_start_matches('0')).to_string(),
                help: None,
            });
        }
    };
    if let Some(reserved) = unknown.reserved() {
        return Ok(Answer::Reserved(reserved));
    }
    if let Some(temporary) = unknown.temporary() {
        return Ok(Answer::Temporary(temporary));
    }
    if let Some(first) = unknown.unofficial().first() {
        return Ok(Answer::Unofficial(first.code(), unknown.unofficial()));
    }
    let help = unknown.help().map(|h| h.to_string()).or_else(|| {
        (600..=999)
            .contains(&unknown.code())
            .then(|| BEYOND_599.to_owned())
    });
    Err(NoAnswer {
        message: unknown.to_string(),
        help,
    })
}

/// What a number from 600 to 999 is, for those who met one.
const BEYOND_599: &str = "RFC 9110 §15 defines only 100–599; a three-digit number above 599 is a service's own, so look in that service's documentation";

/// Lower-case ASCII letters, digits and every non-ASCII character: "Time-out"
/// and "timeout" meet.
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Codes whose current or former phrases, English or Chinese, contain the query.
pub fn search(query: &str) -> Vec<StatusCode> {
    let needle = normalized(query);
    if needle.is_empty() {
        return Vec::new();
    }
    StatusCode::ALL
        .iter()
        .copied()
        .filter(|s| {
            // Every language's names, current and former.
            let names = Language::ALL.iter().flat_map(|&l| {
                core::iter::once(s.reason_in(l)).chain(s.former_reasons_in(l).iter().copied())
            });
            mentions(names, &needle)
        })
        .collect()
}

/// Whether any of `texts`, normalized, contains the normalized `needle`.
fn mentions<'a>(texts: impl IntoIterator<Item = &'a str>, needle: &str) -> bool {
    texts
        .into_iter()
        .any(|text| normalized(text).contains(needle))
}

/// Unofficial uses whose vendor, name or meaning, English or Chinese,
/// contain the query: `cloudflare`, `closed`, `令牌`.
pub fn search_unofficial(query: &str) -> Vec<&'static Unofficial> {
    let needle = normalized(query);
    if needle.is_empty() {
        return Vec::new();
    }
    Unofficial::ALL
        .iter()
        .filter(|u| {
            let name = u.name().unwrap_or_default();
            let meanings = Language::ALL.iter().map(|&l| u.meaning_in(l));
            mentions([u.user(), name].into_iter().chain(meanings), &needle)
        })
        .collect()
}

/// Pads `text` with spaces to `width` terminal columns: Chinese characters take two.
fn pad(text: &str, width: usize) -> String {
    let mut padded = text.to_owned();
    padded.extend(std::iter::repeat_n(' ', width.saturating_sub(text.width())));
    padded
}

/// An aligned table: code, phrase, 中文, class, spec.
pub fn table(codes: &[StatusCode]) -> String {
    let rows: Vec<Vec<String>> = codes
        .iter()
        .map(|s| {
            vec![
                s.as_u16().to_string(),
                s.reason().to_owned(),
                s.reason_in(Language::Chinese).to_owned(),
                s.class().to_string(),
                s.spec().to_string(),
            ]
        })
        .collect();
    aligned(&["code", "phrase", "中文", "class", "spec"], &rows)
}

/// An aligned table of unofficial uses: code, name, vendor, where it is seen.
pub fn unofficial_table(uses: &[&Unofficial]) -> String {
    let rows: Vec<Vec<String>> = uses
        .iter()
        .map(|u| {
            vec![
                u.code().to_string(),
                name(u).to_owned(),
                u.user().to_owned(),
                u.seen().tag().unwrap_or("status line").to_owned(),
            ]
        })
        .collect();
    aligned(&["code", "unofficial name", "used by", "seen in"], &rows)
}

/// The vendor's name for the code, or a dash where it gives none.
fn name(u: &Unofficial) -> &'static str {
    u.name().unwrap_or("(unnamed)")
}

/// Columns padded to their widest cell, by terminal width.
fn aligned(header: &[&str], rows: &[Vec<String>]) -> String {
    let header: Vec<String> = header.iter().map(|h| (*h).to_owned()).collect();
    let mut widths = vec![0; header.len()];
    for row in std::iter::once(&header).chain(rows) {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let mut out = String::new();
    for row in std::iter::once(&header).chain(rows) {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, width)| pad(cell, *width))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// Every fact about one code, as a person reads it.
pub fn entry(status: StatusCode) -> String {
    let mut out = format!("{status} — {}\n\n", status.reason_in(Language::Chinese));
    out += &format!(
        "  {}\n  {}\n\n",
        status.summary(),
        status.summary_in(Language::Chinese)
    );
    out += &format!(
        "  class:          {} ({})\n",
        status.class(),
        status.class().name_in(Language::Chinese)
    );
    out += &format!(
        "  spec:           {} <{}>\n",
        status.spec(),
        status.spec().url()
    );
    out += &format!("  first defined:  {}\n", status.first_defined());
    if !status.former_reasons().is_empty() {
        out += &format!("  former phrases: {}\n", status.former_reasons().join(", "));
    }
    if !status.former_reasons_in(Language::Chinese).is_empty() {
        out += &format!(
            "  旧译名:         {}\n",
            status.former_reasons_in(Language::Chinese).join("、")
        );
    }
    if let Some(why) = status.deprecation() {
        out += &format!("  deprecated:     {why}\n");
    }
    out += &format!(
        "  final:          {}\n",
        if status.is_final() {
            "yes"
        } else {
            "no, an interim response (RFC 9110 §15.2); 临时响应"
        }
    );
    match status.no_content_spec() {
        Some(spec) => out += &format!("  content:        none ({spec}); 不得包含内容\n"),
        None => out += "  content:        allowed\n",
    }
    if let Some(spec) = status.cacheable_spec() {
        out += &format!("  cacheable:      heuristically, by default ({spec}); 默认可启发式缓存\n");
    }
    for rule in status.header_rules() {
        out += &format!(
            "  header:         {rule}\n                  {}\n",
            rule.display_in(Language::Chinese)
        );
    }
    for rule in status.response_rules() {
        out += &format!(
            "  forbidden:      {rule}\n                  {}\n",
            rule.display_in(Language::Chinese)
        );
    }
    for other in status.other_uses() {
        out += &format!(
            "  also:           {} as \"{}\": {}\n                  {}\n                  <{}>\n",
            other.user(),
            other.name(),
            other.meaning(),
            other.meaning_in(Language::Chinese),
            other.source()
        );
    }
    out
}

/// The answer as text.
pub fn render_text(answer: &Answer) -> String {
    match answer {
        Answer::All => table(StatusCode::ALL),
        Answer::Entry(status) => entry(*status),
        Answer::Class(class) => {
            let codes: Vec<StatusCode> = StatusCode::ALL
                .iter()
                .copied()
                .filter(|s| s.class() == *class)
                .collect();
            format!(
                "{class} ({}), {:?}\n\n{}",
                class.name_in(Language::Chinese),
                class.range(),
                table(&codes)
            )
        }
        Answer::Search(codes, unofficial) => {
            let mut out = String::new();
            if !codes.is_empty() {
                out += &table(codes);
            }
            if !unofficial.is_empty() {
                if !out.is_empty() {
                    out += "\n";
                }
                out += "Unofficial codes, not registered with IANA (lookup CODE for more):\n\n";
                out += &unofficial_table(unofficial);
            }
            out
        }
        Answer::Unofficial(code, uses) => unofficial_entry(*code, uses),
        Answer::AllUnofficial => {
            let all: Vec<&Unofficial> = Unofficial::ALL.iter().collect();
            format!(
                "Unofficial codes: vendors use them, but IANA never registered them\n\n{}",
                unofficial_table(&all)
            )
        }
        Answer::Temporary(temporary) => temporary_entry(temporary),
        Answer::Reserved(reserved) => format!(
            "{} is reserved and unused ({}), formerly \"{}\".\n\n  {}.\n  {}。\n  <{}>\n",
            reserved.code(),
            reserved.spec(),
            reserved.former_reason(),
            sentence_case(reserved.explanation()),
            reserved.explanation_in(Language::Chinese),
            reserved.spec().url()
        ),
    }
}

/// A temporary registration: what IANA lists, with its dates, in both
/// languages, as of today.
pub fn temporary_entry(t: &Temporary) -> String {
    temporary_entry_on(t, &today())
}

/// Today's date in UTC, `YYYY-MM-DD`, which compares with IANA's dates as
/// text.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = http_status_core::__private_0_1::civil_date(seconds / 86_400);
    format!("{year:04}-{month:02}-{day:02}")
}

/// [`temporary_entry`] on the date `today` (`YYYY-MM-DD`): after its expiry
/// date, what an expired registration means.
pub fn temporary_entry_on(t: &Temporary, today: &str) -> String {
    let extended = t
        .extended()
        .map(|d| format!(", extended {d}"))
        .unwrap_or_default();
    let extended_zh = t
        .extended()
        .map(|d| format!("，{d} 延期"))
        .unwrap_or_default();
    let expired = today > t.expires();
    let (expires, expires_zh) = match expired {
        true => ("expired", "已于 "),
        false => ("expires", ""),
    };
    let mut out = format!(
        "{code} {name} — a temporary registration, not a permanent code.\n\n  \
         IANA lists it for {draft}: registered {registered}{extended}, {expires} {date}.\n  \
         IANA 将其列为临时注册（{draft}）：{registered} 登记{extended_zh}，{expires_zh}{date} 到期。\n  \
         {meaning}.\n  {meaning_zh}。\n  <{source}>\n",
        code = t.code(),
        name = t.name(),
        draft = t.reference(),
        registered = t.registered(),
        date = t.expires(),
        meaning = sentence_case(t.meaning()),
        meaning_zh = t.meaning_in(Language::Chinese),
        source = t.source(),
    );
    if expired {
        out += &format!(
            "\n  Expired: {}.\n  已过期：{}。\n  <{}>\n",
            sentence_case(Temporary::after_expiry_in(Language::English)),
            Temporary::after_expiry_in(Language::Chinese),
            Temporary::AFTER_EXPIRY_SOURCE
        );
    }
    out
}

/// Every use of one unofficial number, with its source.
pub fn unofficial_entry(code: u16, uses: &[Unofficial]) -> String {
    let mut out = format!("{code} is not registered with IANA. Its unofficial uses:\n");
    for u in uses {
        out += &format!("\n  {} — {}\n", name(u), u.user());
        out += &format!(
            "    {}\n    {}\n",
            u.meaning(),
            u.meaning_in(Language::Chinese)
        );
        out += &format!(
            "    {}\n    {}\n",
            u.where_seen(),
            u.where_seen_in(Language::Chinese)
        );
        if let Some(status) = u.instead().and_then(|code| StatusCode::from_u16(code).ok()) {
            let verb = if u.seen().is_in_status_line() {
                "send instead"
            } else {
                "the registered code for this"
            };
            out += &format!("    {verb}: {status}\n");
        }
        out += &format!("    source: <{}>\n", u.source());
    }
    out
}

fn unofficial_json(u: &Unofficial) -> Value {
    json!({
        "code": u.code(),
        "unofficial": true,
        "name": u.name(),
        "user": u.user(),
        "seen": seen_json(u),
        "meaning": u.meaning(),
        "meaning_zh": u.meaning_in(Language::Chinese),
        "instead": u.instead(),
        "source": u.source(),
    })
}

/// Where the number is seen: a kind, the sentence in both languages, and
/// for a number only in the configuration, the code actually answered.
fn seen_json(u: &Unofficial) -> Value {
    let kind = u.seen().key();
    let answered = match u.seen() {
        Seen::Configuration { answered, .. } => Some(answered),
        _ => None,
    };
    json!({
        "kind": kind,
        "in_status_line": u.seen().is_in_status_line(),
        "answered": answered,
        "text": u.where_seen().to_string(),
        "text_zh": u.where_seen_in(Language::Chinese).to_string(),
    })
}

/// The explanation as a sentence: the catalog writes it to follow a colon.
fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn entry_json(status: StatusCode) -> Value {
    json!({
        "code": status.as_u16(),
        "unofficial": false,
        "reason": status.reason(),
        "reason_zh": status.reason_in(Language::Chinese),
        "summary": status.summary(),
        "summary_zh": status.summary_in(Language::Chinese),
        "class": status.class().to_string(),
        "spec": { "rfc": status.spec().rfc(), "section": status.spec().section(), "url": status.spec().url() },
        "first_defined": { "rfc": status.first_defined().rfc(), "http_version": status.first_defined().http_version() },
        "former_reasons": status.former_reasons(),
        "former_reasons_zh": status.former_reasons_in(Language::Chinese),
        "deprecated": status.deprecation(),
        "final": status.is_final(),
        "allows_content": status.allows_content(),
        "no_content_spec": status.no_content_spec().map(|s| s.to_string()),
        "heuristically_cacheable": status.is_heuristically_cacheable(),
        "headers": status.header_rules().iter().map(|r| json!({
            "name": r.name(),
            "requirement": r.requirement().keyword(),
            "condition": r.condition(),
            "condition_zh": r.condition_in(Language::Chinese),
            "rule": r.to_string(),
            "rule_zh": r.display_in(Language::Chinese).to_string(),
            "spec": { "rfc": r.spec().rfc(), "section": r.spec().section(), "url": r.spec().url() },
        })).collect::<Vec<_>>(),
        "also": status.other_uses().iter().map(|o| json!({
            "user": o.user(),
            "name": o.name(),
            "meaning": o.meaning(),
            "meaning_zh": o.meaning_in(Language::Chinese),
            "source": o.source(),
        })).collect::<Vec<_>>(),
        "forbidden": status.response_rules().iter().map(|r| json!({
            "party": r.party().name_in(Language::English),
            "party_zh": r.party().name_in(Language::Chinese),
            "requirement": r.requirement().keyword(),
            "act": r.act().name_in(Language::English),
            "act_zh": r.act().name_in(Language::Chinese),
            "condition": r.condition(),
            "condition_zh": r.condition_in(Language::Chinese),
            "rule": r.to_string(),
            "rule_zh": r.display_in(Language::Chinese).to_string(),
            "spec": { "rfc": r.spec().rfc(), "section": r.spec().section(), "url": r.spec().url() },
        })).collect::<Vec<_>>(),
    })
}

/// The answer as JSON: an object for one code, an array for several.
pub fn render_json(answer: &Answer) -> Value {
    let list =
        |codes: &mut dyn Iterator<Item = StatusCode>| Value::Array(codes.map(entry_json).collect());
    match answer {
        Answer::All => list(&mut StatusCode::ALL.iter().copied()),
        Answer::Entry(status) => entry_json(*status),
        Answer::Class(class) => list(
            &mut StatusCode::ALL
                .iter()
                .copied()
                .filter(|s| s.class() == *class),
        ),
        Answer::Search(codes, unofficial) => Value::Array(
            codes
                .iter()
                .copied()
                .map(entry_json)
                .chain(unofficial.iter().copied().map(unofficial_json))
                .collect(),
        ),
        Answer::Unofficial(code, uses) => json!({
            "code": code,
            "unofficial": true,
            "uses": uses.iter().map(unofficial_json).collect::<Vec<_>>(),
        }),
        Answer::AllUnofficial => {
            Value::Array(Unofficial::ALL.iter().map(unofficial_json).collect())
        }
        Answer::Temporary(t) => json!({
            "code": t.code(),
            "temporary": true,
            "name": t.name(),
            "reference": t.reference(),
            "registered": t.registered(),
            "extended": t.extended(),
            "expires": t.expires(),
            "expired": today().as_str() > t.expires(),
            "after_expiry": Temporary::after_expiry_in(Language::English),
            "after_expiry_zh": Temporary::after_expiry_in(Language::Chinese),
            "meaning": t.meaning(),
            "meaning_zh": t.meaning_in(Language::Chinese),
            "source": t.source(),
        }),
        Answer::Reserved(reserved) => json!({
            "code": reserved.code(),
            "reserved": true,
            "reason": reserved.reason(),
            "former_reason": reserved.former_reason(),
            "explanation": reserved.explanation(),
            "explanation_zh": reserved.explanation_in(Language::Chinese),
            "spec": { "rfc": reserved.spec().rfc(), "section": reserved.spec().section(), "url": reserved.spec().url() },
        }),
    }
}

/// The README's catalog table, in Markdown.
pub fn markdown_table() -> String {
    let mut out =
        String::from("| Code | Phrase | 中文 | Spec | First defined |\n|---|---|---|---|---|\n");
    for status in StatusCode::ALL {
        let deprecated = if status.is_deprecated() {
            " (deprecated)"
        } else {
            ""
        };
        out += &format!(
            "| {} | {}{deprecated} | {} | [{}]({}) | {} |\n",
            status.as_u16(),
            status.reason(),
            status.reason_in(Language::Chinese),
            status.spec(),
            status.spec().url(),
            status.first_defined()
        );
    }
    out
}
