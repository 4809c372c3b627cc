use proc_macro2::TokenStream;
use proptest::prelude::*;

use super::support::{column, tokens};
use crate::derive::{derive, expand};

fn expanded(source: &str) -> String {
    expand(tokens(source)).unwrap().to_string()
}

fn errors(source: &str) -> Vec<(String, usize)> {
    expand(tokens(source))
        .unwrap_err()
        .into_iter()
        .map(|e| (e.to_string(), column(e.span())))
        .collect()
}

#[test]
fn a_variant_maps_to_the_constant_path() {
    let out = expanded(
        "enum E { #[status(404)] A, #[status(\"Gone\")] B(u8), #[status(409)] C { x: u8 } }",
    );
    assert!(
        out.contains("impl :: http_status :: HttpStatus for E"),
        "{out}"
    );
    assert!(out.contains("# [automatically_derived]"), "{out}");
    assert!(
        out.contains("Self :: A { .. } => < :: http_status :: StatusCode > :: NOT_FOUND"),
        "{out}"
    );
    assert!(
        out.contains("Self :: B { .. } => < :: http_status :: StatusCode > :: GONE"),
        "{out}"
    );
    assert!(
        out.contains("Self :: C { .. } => < :: http_status :: StatusCode > :: CONFLICT"),
        "{out}"
    );
}

#[test]
fn the_enum_default_fills_variants_without_their_own() {
    let out = expanded("#[status(500)] enum E { #[status(404)] A, B }");
    assert!(
        out.contains("Self :: A { .. } => < :: http_status :: StatusCode > :: NOT_FOUND"),
        "{out}"
    );
    assert!(
        out.contains(
            "Self :: B { .. } => < :: http_status :: StatusCode > :: INTERNAL_SERVER_ERROR"
        ),
        "{out}"
    );
}

#[test]
fn transparent_delegates_and_bounds_only_generic_fields() {
    let out = expanded(
        "enum E<T, U> { #[status(transparent)] A(T), #[status(transparent)] B { inner: Vec<U> }, #[status(transparent)] C(Other) }",
    );
    assert!(
        out.contains(
            "where T : :: http_status :: HttpStatus , Vec < U > : :: http_status :: HttpStatus ,"
        ),
        "{out}"
    );
    assert!(!out.contains("Other : :: http_status"), "{out}");
    let out = expanded("#[status(transparent)] struct S(Inner);");
    assert!(
        out.contains(":: http_status :: HttpStatus :: status (& self . 0)"),
        "{out}"
    );
}

#[test]
fn existing_where_clauses_are_kept() {
    let out = expanded("#[status(transparent)] struct S<T>(T) where T: Clone;");
    assert!(
        out.contains("where T : Clone , T : :: http_status :: HttpStatus ,"),
        "{out}"
    );
}

#[test]
fn crate_path_quoted_or_not_replaces_the_default() {
    for source in [
        "#[status(crate = hs)] #[status(500)] struct S;",
        "#[status(crate = \"hs\")] #[status(500)] struct S;",
        "#[status(500, crate = ::hs)] struct S;",
    ] {
        let out = expanded(source);
        assert!(out.contains("hs :: HttpStatus for S"), "{source}: {out}");
        assert!(!out.contains("http_status"), "{source}: {out}");
    }
}

#[test]
fn an_empty_enum_matches_on_nothing() {
    assert!(expanded("enum Never {}").contains("match * self { }"));
}

#[test]
fn each_bad_input_gives_one_error_at_the_right_token() {
    // (source, message start, column of the caret)
    let cases: &[(&str, &str, usize)] = &[
        (
            "union U { a: u8 }",
            "`HttpStatus` cannot be derived for a union",
            0,
        ),
        ("enum E { A }", "variant `A` has no status", 9),
        ("struct S;", "`S` has no status", 7),
        (
            "enum E { #[status(404, 500)] A }",
            "this item already has status 404 Not Found",
            23,
        ),
        (
            "enum E { #[status(404)] #[status(500)] A }",
            "this item already has status",
            33,
        ),
        (
            "enum E { #[status(404, transparent)] A(X) }",
            "a status code and `transparent`",
            23,
        ),
        ("enum E { #[status(foo = 1)] A }", "unknown key `foo`", 18),
        (
            "enum E { #[status(transparent)] A }",
            "`transparent` needs exactly one field",
            18,
        ),
        (
            "enum E { #[status(transparent)] A(X, Y) }",
            "`transparent` needs exactly one field",
            18,
        ),
        (
            "#[status(transparent)] enum E { #[status(404)] A }",
            "`transparent` goes on a variant",
            9,
        ),
        (
            "enum E { #[status(404, crate = x)] A }",
            "`crate = …` goes on the type",
            23,
        ),
        (
            "enum E { #[status(418)] A }",
            "418 is reserved and unused",
            18,
        ),
        (
            "enum E { #[status(4040)] A }",
            "4040 is not an HTTP status code",
            18,
        ),
        (
            "enum E { #[status(\"Not Fond\")] A }",
            "\"Not Fond\" is not a registered reason phrase",
            18,
        ),
        ("enum E { #[status] A }", "expected `#[status(...)]`", 9),
    ];
    for &(source, message, at) in cases {
        let found = errors(source);
        assert_eq!(found.len(), 1, "{source}: {found:?}");
        assert!(found[0].0.starts_with(message), "{source}: {found:?}");
        assert_eq!(found[0].1, at, "{source}: {found:?}");
    }
}

#[test]
fn all_errors_of_one_derive_are_reported_together() {
    let found =
        errors("enum E { #[status(418)] A, #[status(x = 1)] B, C, #[status(transparent)] D }");
    let messages: Vec<&str> = found
        .iter()
        .map(|(m, _)| m.lines().next().unwrap_or_default())
        .collect();
    assert_eq!(messages.len(), 4, "{messages:?}");
    assert!(
        messages[3].contains("variant `D` has no fields"),
        "{messages:?}"
    );
}

#[test]
fn after_an_error_a_fallback_impl_is_still_emitted() {
    let out = derive(tokens("enum E { A }")).to_string();
    assert!(out.contains("compile_error"), "{out}");
    assert!(
        out.contains("impl :: http_status :: HttpStatus for E"),
        "{out}"
    );
    let out = derive(tokens("#[status(crate = hs)] enum E { A }")).to_string();
    assert!(
        out.contains("impl hs :: HttpStatus for E"),
        "the fallback honours `crate =`: {out}"
    );
    // Input that is no item at all: only the error.
    assert!(
        derive(tokens("fn f() {}"))
            .to_string()
            .contains("compile_error")
    );
}

fn attribute_item() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u32>().prop_map(|n| n.to_string()),
        (100u16..600).prop_map(|n| n.to_string()),
        "\"[ -~&&[^\"\\\\]]{0,16}\"",
        "[a-z_]{1,10}",
        "[a-z_]{1,6} = [a-z0-9_]{1,6}",
        Just("transparent".to_owned()),
        Just("crate = hs".to_owned()),
        Just("crate = \"not a path\"".to_owned()),
        Just("crate =".to_owned()),
        Just("-1".to_owned()),
        Just("(404)".to_owned()),
        Just(String::new()),
    ]
}

fn attribute() -> impl Strategy<Value = String> {
    prop::collection::vec(attribute_item(), 0..4)
        .prop_map(|items| format!("#[status({})]", items.join(", ")))
}

proptest! {
    #[test]
    fn random_attribute_contents_never_panic(
        on_type in prop::option::of(attribute()),
        on_variant in prop::option::of(attribute()),
        fields in 0usize..3,
        is_struct in any::<bool>(),
    ) {
        let fields: Vec<&str> = ["u8", "T", "String"].into_iter().take(fields).collect();
        let fields = if fields.is_empty() { String::new() } else { format!("({})", fields.join(", ")) };
        let source = if is_struct {
            format!("{} {} struct S<T>{fields};", on_type.unwrap_or_default(), on_variant.unwrap_or_default())
        } else {
            format!("{} enum E<T> {{ {} A{fields}, B }}", on_type.unwrap_or_default(), on_variant.unwrap_or_default())
        };
        let Ok(input) = source.parse::<TokenStream>() else { return Ok(()) };
        match expand(input.clone()) {
            Ok(out) => prop_assert!(out.to_string().contains("HttpStatus for"), "{}", out),
            Err(error) => {
                for error in error.into_iter() {
                    prop_assert!(!error.to_string().is_empty());
                }
                prop_assert!(derive(input).to_string().contains("HttpStatus for"));
            }
        }
    }
}

#[test]
fn generics_defaults_bounds_and_arrows_are_read_right() {
    let out = expanded(
        "#[status(transparent)] struct S<'a, T: Into<Vec<u8>> = Vec<u8>, F: Fn(u8) -> u8, const N: usize = 3>(Wrap<'a, T, F, N>) where T: 'a;",
    );
    assert!(
        out.contains("impl < 'a , T : Into < Vec < u8 >> , F : Fn (u8) -> u8 , const N : usize , > :: http_status :: HttpStatus for S < 'a , T , F , N , >"),
        "{out}"
    );
    assert!(
        out.contains("where T : 'a , Wrap <'a , T , F , N > : :: http_status :: HttpStatus ,"),
        "{out}"
    );
}

#[test]
fn fields_with_commas_in_types_and_discriminants_with_shifts() {
    let out = expanded(
        "enum E<K, V> { #[status(transparent)] A { map: Map<K, V> }, #[status(404)] B = 1 << 2 }",
    );
    assert!(
        out.contains("Self :: A { map : __http_status_field }"),
        "{out}"
    );
    assert!(
        out.contains("Map < K , V > : :: http_status :: HttpStatus"),
        "{out}"
    );
    assert!(out.contains("Self :: B { .. }"), "{out}");
}

#[test]
fn visibility_attributes_and_raw_identifiers_are_skipped_or_kept() {
    let out = expanded(
        "#[doc = \"x\"] #[status(transparent)] pub(crate) struct r#Type { #[doc = \"y\"] pub(super) r#type: Inner }",
    );
    assert!(out.contains("HttpStatus for r#Type"), "{out}");
    assert!(out.contains("status (& self . r#type)"), "{out}");
    let errors = errors("#[doc = \"x\"] pub(crate) struct r#Type { pub r#type: Inner }");
    assert_eq!(errors[0].0.lines().next(), Some("`r#Type` has no status"));
}

/// Tokens of items, good and bad, in any order.
fn item_token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("struct".to_owned()),
        Just("enum".to_owned()),
        Just("union".to_owned()),
        Just("pub".to_owned()),
        Just("where".to_owned()),
        Just("#[status(404)]".to_owned()),
        Just("#[status(transparent)]".to_owned()),
        "[A-Za-z_][A-Za-z0-9_]{0,5}",
        Just("<".to_owned()),
        Just(">".to_owned()),
        Just("->".to_owned()),
        Just("=".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just(";".to_owned()),
        Just("'a".to_owned()),
        Just("{ A, B(u8) }".to_owned()),
        Just("(T, U)".to_owned()),
        Just("{ x: Vec<T> }".to_owned()),
        (0u32..1000).prop_map(|n| n.to_string()),
    ]
}

proptest! {
    #[test]
    fn arbitrary_item_tokens_never_panic(parts in prop::collection::vec(item_token(), 0..12)) {
        let Ok(input) = parts.join(" ").parse::<TokenStream>() else { return Ok(()) };
        let output = derive(input).to_string();
        prop_assert!(output.contains("HttpStatus for") || output.contains("compile_error"), "{}", output);
    }
}
