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

/// What the derive documents beyond a type's statuses, gathered per status
/// for either OpenAPI tool (`S` is its schema type): the problem types, the
/// extension members and the headers of the items that answer it. The
/// hooks of `#[status(utoipa)]` and `#[status(aide)]` build it.
#[doc(hidden)]
pub struct Docs<S> {
    pub(crate) set: crate::status_set::StatusSet,
    /// The statuses a transparent item may answer, with types of its
    /// field's that the derive cannot see.
    pub(crate) open: crate::status_set::StatusSet,
    pub(crate) statuses: alloc::collections::BTreeMap<u16, StatusDocs<S>>,
}

/// One status's part of [`Docs`].
pub(crate) struct StatusDocs<S> {
    /// Each item's type; `None` for one without, whose type is `about:blank`.
    types: alloc::vec::Vec<Option<&'static str>>,
    pub(crate) members: alloc::collections::BTreeMap<&'static str, S>,
    /// Each header's schema, and how many items send it with every value.
    pub(crate) headers: alloc::collections::BTreeMap<&'static str, (S, usize)>,
}

impl<S> Default for StatusDocs<S> {
    fn default() -> Self {
        StatusDocs {
            types: alloc::vec::Vec::new(),
            members: alloc::collections::BTreeMap::new(),
            headers: alloc::collections::BTreeMap::new(),
        }
    }
}

impl<S> Docs<S> {
    pub fn new(set: crate::status_set::StatusSet) -> Docs<S> {
        Docs {
            set,
            open: crate::status_set::StatusSet::EMPTY,
            statuses: alloc::collections::BTreeMap::new(),
        }
    }

    /// Statuses a transparent item answers, whose types are its field's.
    pub fn open(&mut self, statuses: crate::status_set::StatusSet) {
        self.open = self.open.union(statuses);
    }

    /// An item that answers `status`, with its problem type.
    pub fn item(&mut self, status: u16, kind: Option<&'static str>) {
        self.statuses.entry(status).or_default().types.push(kind);
    }

    /// An extension member of an item that answers `status`.
    pub fn member(&mut self, status: u16, name: &'static str, schema: S) {
        let docs = self.statuses.entry(status).or_default();
        docs.members.entry(name).or_insert(schema);
    }

    /// A header of an item that answers `status`; `always`, where the
    /// item sends it with every value (not an `Option`).
    pub fn header(&mut self, status: u16, name: &'static str, schema: S, always: bool) {
        let docs = self.statuses.entry(status).or_default();
        let (_, count) = docs.headers.entry(name).or_insert((schema, 0));
        *count += usize::from(always);
    }
}

/// What the catalog says of header `name` on `status`, for its description
/// in API docs: `Retry-After: MAY (RFC 9110 §15.6.4)`.
pub(crate) fn header_rule(status: u16, name: &str) -> Option<alloc::string::String> {
    let status = crate::status_code::StatusCode::from_u16(status).ok()?;
    let rule = status
        .header_rules()
        .iter()
        .find(|rule| rule.name().eq_ignore_ascii_case(name))?;
    Some(alloc::format!("{rule}"))
}

/// A header's description in API docs: the catalog's rule for it on that
/// status, and, where every response with the status carries it, that it
/// always does (for a tool whose headers cannot say `required`).
pub(crate) fn header_description(
    status: u16,
    name: &str,
    always: bool,
) -> Option<alloc::string::String> {
    let rule = header_rule(status, name);
    match (rule, always) {
        (Some(rule), true) => Some(alloc::format!(
            "{rule}. Sent with every response of this status."
        )),
        (None, true) => Some(alloc::string::String::from(
            "Sent with every response of this status.",
        )),
        (rule, false) => rule,
    }
}

/// Whether a transparent item may answer `status` (in `open`) with types
/// of its field's, which no `enum` of the derive's types would admit.
pub(crate) fn open_at(open: crate::status_set::StatusSet, status: u16) -> bool {
    open.is_open()
        || crate::status_code::StatusCode::from_u16(status).is_ok_and(|s| open.contains(s))
}

/// The documented schema of one status's body: `status` pinned to the
/// code, the `type` enum where the items' types are known, and the
/// members; what each tool renders.
pub(crate) struct Pinned<'a, S> {
    pub(crate) status: u16,
    pub(crate) types: Option<alloc::vec::Vec<&'static str>>,
    pub(crate) members: alloc::vec::Vec<(&'static str, &'a S)>,
}

/// The headers of one status: name, schema, and whether every response
/// with it carries the header.
pub(crate) type Headers<'a, S> = alloc::vec::Vec<(&'static str, &'a S, bool)>;

impl<S> Docs<S> {
    /// What each status documents, in ascending order: its body's schema
    /// and its headers. A status that only a transparent item's field may
    /// answer documents neither types nor required headers.
    pub(crate) fn per_status(&self) -> alloc::vec::Vec<(Pinned<'_, S>, Headers<'_, S>)> {
        self.set
            .iter()
            .map(|status| {
                let code = status.as_u16();
                let open = open_at(self.open, code);
                let docs = self.statuses.get(&code);
                let types = docs.and_then(StatusDocs::types).filter(|_| !open);
                let members = docs
                    .map(|d| d.members.iter().map(|(n, s)| (*n, s)).collect())
                    .unwrap_or_default();
                let items = docs.map_or(0, |d| d.types.len());
                let headers = docs
                    .map(|d| {
                        d.headers
                            .iter()
                            .map(|(n, (s, always))| (*n, s, !open && items > 0 && *always == items))
                            .collect()
                    })
                    .unwrap_or_default();
                (
                    Pinned {
                        status: code,
                        types,
                        members,
                    },
                    headers,
                )
            })
            .collect()
    }
}

impl<S> StatusDocs<S> {
    /// The `type` values, sorted, `about:blank` for an item without one;
    /// `None` where no item has a type.
    pub(crate) fn types(&self) -> Option<alloc::vec::Vec<&'static str>> {
        if self.types.iter().all(Option::is_none) {
            return None;
        }
        let mut types: alloc::vec::Vec<&str> = self
            .types
            .iter()
            .map(|t| t.unwrap_or("about:blank"))
            .collect();
        types.sort_unstable();
        types.dedup();
        Some(types)
    }
}
