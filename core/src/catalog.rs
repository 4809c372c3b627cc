//! The documented constants of [`StatusCode`], from the catalog's rows.
//!
//! The rows live in `http-status-table` (the featureless crate that the
//! macros share with this one); `catalog!` is the callback that turns them
//! into the associated constants (with their hover docs) and
//! [`StatusCode::ALL`]. The data behind the accessors is the table's
//! `ENTRIES`, built from the same rows.

use crate::status_code::StatusCode;

/// The label shown after an RFC number in "first defined" docs.
macro_rules! first_label {
    (1945) => {
        "RFC 1945 (HTTP/1.0)"
    };
    (2068) => {
        "RFC 2068 (HTTP/1.1)"
    };
    (2616) => {
        "RFC 2616 (HTTP/1.1)"
    };
    ($rfc:literal) => {
        concat!("RFC ", $rfc)
    };
}

/// The words of one protocol rule of a row, for its doc line and its value.
macro_rules! rule {
    (@yes) => {
        ""
    };
    (@cacheable_spec) => {
        "[RFC 9110 §15.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.1)"
    };
    (@cacheable_spec $rfc:literal $section:literal) => {
        concat!("[RFC ", $rfc, " §", $section, "](https://www.rfc-editor.org/rfc/rfc", $rfc, "#section-", $section, ")")
    };
    (@no_content ends $section:literal) => {
        concat!(
            "- No content: the message ends after its header section, whatever its header fields say ",
            "([RFC 9112 §6.3](https://www.rfc-editor.org/rfc/rfc9112#section-6.3), ",
            "[RFC 9110 §", $section, "](https://www.rfc-editor.org/rfc/rfc9110#section-", $section, ")); ",
            "消息在头部之后即结束，不能包含内容"
        )
    };
    (@no_content $section:literal) => {
        concat!(
            "- No content: a server MUST NOT generate content ",
            "([RFC 9110 §", $section, "](https://www.rfc-editor.org/rfc/rfc9110#section-", $section, ")); ",
            "服务器不得生成内容"
        )
    };
    (@level must) => {
        "MUST"
    };
    (@level should) => {
        "SHOULD"
    };
    (@level may) => {
        "MAY"
    };
    (@level names) => {
        "named, with no requirement keyword"
    };
    (@level must_not) => {
        "MUST NOT"
    };
    (@level should_not) => {
        "SHOULD NOT"
    };
    // The same words as `Requirement::keyword_in(Language::Chinese)`, which
    // concat! cannot call (a test compares them).
    (@level_zh must) => {
        "必须发送"
    };
    (@level_zh should) => {
        "应当发送"
    };
    (@level_zh may) => {
        "可以发送"
    };
    // The RFC mentions the field without MUST, SHOULD or MAY.
    (@level_zh names) => {
        "规范提及（未用要求关键词）"
    };
    (@level_zh must_not) => {
        "不得发送"
    };
    (@level_zh should_not) => {
        "不应发送"
    };
    // The same words as `Requirement::modal_in`, `Party::name_in` and
    // `Act::name_in` (a test compares them).
    (@modal_zh must_not) => {
        "不得"
    };
    (@modal_zh should_not) => {
        "不应"
    };
    (@party server) => {
        "a server"
    };
    (@party origin) => {
        "an origin server"
    };
    (@party proxy) => {
        "a proxy"
    };
    (@party cache) => {
        "a cache"
    };
    (@party sender) => {
        "a sender"
    };
    (@party_zh server) => {
        "服务器"
    };
    (@party_zh origin) => {
        "源服务器"
    };
    (@party_zh proxy) => {
        "代理"
    };
    (@party_zh cache) => {
        "缓存"
    };
    (@party_zh sender) => {
        "发送方"
    };
    (@act generate) => {
        "generate it"
    };
    (@act send) => {
        "send it"
    };
    (@act store) => {
        "store it"
    };
    (@act send_metadata) => {
        "send representation metadata other than the fields listed, unless it guides cache updates (as `Last-Modified` does)"
    };
    (@act_zh generate) => {
        "生成该状态码"
    };
    (@act_zh send) => {
        "发送该状态码"
    };
    (@act_zh store) => {
        "存储该响应"
    };
    (@act_zh send_metadata) => {
        "发送上述字段以外的表示元数据（用于指导缓存更新的元数据除外，如 `Last-Modified`）"
    };
}

macro_rules! catalog {
    (
        $(
            $class:ident $class_doc:literal {
                $(
                    $code:literal $name:ident $reason:literal $zh:literal,
                    spec $rfc:literal $section:literal, first $first:literal,
                    former [$($former:literal),*] [$($former_zh:literal),*],
                    $(no_content $no_content:literal $($ends:ident)?,)?
                    $(cacheable yes $($crfc:literal $csection:literal)?,)?
                    $(header $header:literal $level:ident $hrfc:literal $hsection:literal $($when:literal $when_zh:literal)?,)*
                    $(by $party:ident $rlevel:ident $act:ident $rrfc:literal $rsection:literal $($rwhen:literal $rwhen_zh:literal)?,)*
                    $(also $auser:literal $aname:literal $asource:literal $aen:literal $azh:literal,)*
                    $(deprecated $deprecated:literal,)?
                    $summary:literal
                    $summary_zh:literal;
                )+
            }
        )+
    ) => {
        impl StatusCode {
            $($(
                #[doc = concat!("`", $code, " ", $reason, "` — ", $zh)]
                #[doc = ""]
                #[doc = $summary]
                #[doc = ""]
                #[doc = $summary_zh]
                #[doc = ""]
                #[doc = concat!("- Class: ", $class_doc)]
                #[doc = concat!(
                    "- Spec: [RFC ", $rfc, " §", $section,
                    "](https://www.rfc-editor.org/rfc/rfc", $rfc, "#section-", $section, ")"
                )]
                #[doc = concat!("- First defined in: ", first_label!($first))]
                $(#[doc = concat!("- Former phrase: \"", $former, "\"")])*
                $(#[doc = concat!("- 旧译名: ", $former_zh)])*
                $(#[doc = rule!(@no_content $($ends)? $no_content)])?
                $(#[doc = concat!(
                    "- Heuristically cacheable by default (", rule!(@cacheable_spec $($crfc $csection)?), "); 默认可启发式缓存"
                )])?
                $(#[doc = concat!(
                    "- `", $header, "`: ", rule!(@level $level), $(" ", $when,)?
                    " ([RFC ", $hrfc, " §", $hsection, "](https://www.rfc-editor.org/rfc/rfc", $hrfc, "#section-", $hsection, ")); ",
                    rule!(@level_zh $level), " `", $header, "`", $("（", $when_zh, "）",)?
                )])*
                $(#[doc = concat!(
                    "- ", rule!(@party $party), " ", rule!(@level $rlevel), " ", rule!(@act $act), $(" ", $rwhen,)?
                    " ([RFC ", $rrfc, " §", $rsection, "](https://www.rfc-editor.org/rfc/rfc", $rrfc, "#section-", $rsection, ")); ",
                    rule!(@party_zh $party), rule!(@modal_zh $rlevel), rule!(@act_zh $act), $("（", $rwhen_zh, "）",)?
                )])*
                $(#[doc = concat!(
                    "- Also sent by ", $auser, " as \"", $aname, "\": ", $aen, " ([source](", $asource, ")); ",
                    $auser, " 另将其用作 \"", $aname, "\"：", $azh
                )])*
                $(#[deprecated(note = $deprecated)])?
                pub const $name: StatusCode = StatusCode::from_catalog($code);
            )+)+

            /// Every registered status code, in ascending order.
            ///
            /// 全部已注册的状态码，按升序排列。
            ///
            /// ```
            /// # use http_status_core as http_status;
            /// use http_status::StatusCode;
            /// assert!(StatusCode::ALL.contains(&StatusCode::NOT_FOUND));
            /// assert!(StatusCode::ALL.is_sorted());
            /// ```
            pub const ALL: &'static [StatusCode] = &[$($(StatusCode::from_catalog($code)),+),+];
        }
    };
}

http_status_table::__catalog_rows!(catalog);
