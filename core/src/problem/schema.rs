//! The JSON Schema of a problem body, written once: each OpenAPI
//! integration (utoipa, aide) builds its own schema type from this table.

/// The schema's name, and the component it is registered as.
pub(crate) const NAME: &str = "Problem";

/// The schema's description.
pub(crate) const DESCRIPTION: &str = "RFC 9457 problem details";

/// A member's JSON type.
pub(crate) enum Kind {
    /// A string, with a `format` when it has one.
    String(Option<&'static str>),
    /// An integer within the range.
    Integer { minimum: u16, maximum: u16 },
}

/// One member of the body.
pub(crate) struct Member {
    pub(crate) name: &'static str,
    pub(crate) kind: Kind,
    pub(crate) description: Option<&'static str>,
    pub(crate) required: bool,
}

/// What API documents say of `title`: English, localized where the client
/// asked (RFC 9457 §3.1.3).
const TITLE: &str = "A short summary of the problem type: the reason phrase in English, or its localization (such as 中文) where the request's Accept-Language asked for one; `type` and `status` do not change with the language";

/// The members, in the order a body writes them. `status` and `title` are
/// always sent; `detail` is absent for a withheld 5xx.
pub(crate) const MEMBERS: [Member; 5] = [
    Member {
        name: "type",
        kind: Kind::String(Some("uri-reference")),
        description: None,
        required: false,
    },
    Member {
        name: "status",
        kind: Kind::Integer {
            minimum: 100,
            maximum: 599,
        },
        description: None,
        required: true,
    },
    Member {
        name: "title",
        kind: Kind::String(None),
        description: Some(TITLE),
        required: true,
    },
    Member {
        name: "detail",
        kind: Kind::String(None),
        description: None,
        required: false,
    },
    Member {
        name: "instance",
        kind: Kind::String(Some("uri-reference")),
        description: None,
        required: false,
    },
];
