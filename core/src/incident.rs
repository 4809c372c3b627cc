//! Incident ids: one for each 5xx whose text is withheld, in its body and in
//! its log line, so that "error 7f3c…" from a client leads to the full story.

use core::fmt;

/// A random 128-bit id in UUID version 4 form, for one withheld 5xx.
///
/// The integrations put it in the problem body as `instance`
/// (`urn:uuid:…`, RFC 9457 §3.1.5) and in the log line of the same error.
/// It comes from the standard library's randomly keyed hasher and a
/// counter: unique and unguessable enough to correlate, with no dependency;
/// it is not meant as a secret.
///
/// 每个隐藏了详情的 5xx 错误的事件编号：同时出现在响应体与日志中。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::IncidentId;
/// let id = IncidentId::new();
/// assert_eq!(id.to_string().len(), 36);
/// assert!(id.urn().starts_with("urn:uuid:"));
/// assert_ne!(id, IncidentId::new());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IncidentId(u128);

impl IncidentId {
    /// A new id, different from every other this process makes.
    #[allow(clippy::new_without_default)] // a default id would be a fixed one
    pub fn new() -> IncidentId {
        use std::hash::{BuildHasher, RandomState};
        use std::sync::atomic::{AtomicU64, Ordering};

        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let count = COUNTER.fetch_add(1, Ordering::Relaxed);
        // Each `RandomState` has fresh keys; SipHash of a counter under them.
        let keys = RandomState::new();
        let high = u128::from(keys.hash_one((count, 0u8)));
        let low = u128::from(keys.hash_one((count, 1u8)));
        let mut bits = (high << 64) | low;
        // Version 4 (random) and the RFC 9562 variant.
        bits = (bits & !(0xf << 76)) | (0x4 << 76);
        bits = (bits & !(0x3 << 62)) | (0x2 << 62);
        IncidentId(bits)
    }

    /// The id as a URN, `urn:uuid:…`: the `instance` of a problem body.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::IncidentId;
    /// let id = IncidentId::new();
    /// assert_eq!(id.urn(), format!("urn:uuid:{id}"));
    /// ```
    pub fn urn(self) -> alloc::string::String {
        alloc::format!("urn:uuid:{self}")
    }
}

/// `7f3c2a1e-…`: lowercase hexadecimal in UUID groups.
impl fmt::Display for IncidentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let b = self.0;
        write!(
            f,
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            b >> 96,
            (b >> 80) & 0xffff,
            (b >> 64) & 0xffff,
            (b >> 48) & 0xffff,
            b & 0xffff_ffff_ffff
        )
    }
}
