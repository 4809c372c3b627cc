//! The integrations: each word of `#[status(...)]` on a type, the feature
//! of http-status that turns it on, and the hook that writes its impl.
//!
//! The rows are written once, in [`__integration_rows!`]: the derive reads
//! [`INTEGRATIONS`] (its words and hooks), and `http-status-core` defines,
//! from the same rows, each hook's twin for builds without the feature.

/// One word of `#[status(...)]` on a type, and what it turns on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Integration {
    /// The word: `#[status(axum)]`.
    pub word: &'static str,
    /// The feature of http-status that turns the word on.
    pub feature: &'static str,
    /// The `#[macro_export]` macro of http-status-core that writes the impl.
    pub hook: &'static str,
    /// What the hook writes, as the README's tables say it.
    pub generates: &'static str,
}

/// The rows, handed to `$callback!`, a macro in the caller's scope, after
/// any tokens given with it (core passes a `$`, so that its callback can
/// define `macro_rules!` of its own). Adding an integration is one row here
/// and one module in core.
#[doc(hidden)]
#[macro_export]
macro_rules! __integration_rows {
    ($callback:ident $($first:tt)*) => {
        $callback! {
            $($first)*
            // word  feature    hook            what it generates (README's words)
            utoipa, "utoipa5", __utoipa5_hook, "`IntoResponses`";
            aide,   "aide015", __aide015_hook, "`OperationOutput`";
            axum,   "axum08",  __axum08_hook,  "`IntoResponse`";
            actix,  "actix4",  __actix4_hook,  "`ResponseError` (`status_code` and `error_response`)";
            poem,   "poem3",   __poem3_hook,   "`ResponseError` (poem keeps `E` as the `poem::Error`'s source)";
            salvo,  "salvo1",  __salvo1_hook,  "`Writer`";
        }
    };
}

macro_rules! integrations {
    ($($word:ident, $feature:literal, $hook:ident, $generates:literal;)*) => {
        /// Every integration, in the order of the rows.
        pub const INTEGRATIONS: &[Integration] = &[$(Integration {
            word: stringify!($word),
            feature: $feature,
            hook: stringify!($hook),
            generates: $generates,
        }),*];
    };
}

__integration_rows!(integrations);

/// The integration `word` names, if any.
pub fn integration(word: &str) -> Option<&'static Integration> {
    INTEGRATIONS.iter().find(|i| i.word == word)
}
