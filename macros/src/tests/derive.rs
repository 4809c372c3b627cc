use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use proptest::prelude::*;
use syn::{Expr, ImplItem, ItemImpl, Pat, Path, Stmt, Type, WherePredicate, parse_quote};

use super::support::{column, tokens};
use crate::derive::{derive, expand};

/// The impl the derive writes for `source`, parsed: tests compare syntax
/// trees, never the printed spacing, which changes with proc-macro2 and syn.
fn implementation(source: &str) -> ItemImpl {
    syn::parse2(expand(tokens(source)).unwrap()).unwrap()
}

fn errors(source: &str) -> Vec<(String, usize)> {
    errors_of(tokens(source))
}

fn errors_of(input: TokenStream) -> Vec<(String, usize)> {
    expand(input)
        .unwrap_err()
        .into_iter()
        .map(|e| (e.to_string(), column(e.span())))
        .collect()
}

/// The trait path and the type the impl is for.
fn header(imp: &ItemImpl) -> (Path, Type) {
    let (path, _) = imp.trait_.clone().unwrap();
    (path, (*imp.self_ty).clone())
}

fn predicates(imp: &ItemImpl) -> Vec<WherePredicate> {
    imp.generics
        .where_clause
        .iter()
        .flat_map(|w| w.predicates.iter().cloned())
        .collect()
}

/// The one expression in `fn status`.
fn body(imp: &ItemImpl) -> Expr {
    let ImplItem::Fn(status) = &imp.items[0] else {
        panic!("expected `fn status`");
    };
    match &status.block.stmts[..] {
        [Stmt::Expr(expr, None)] => expr.clone(),
        other => panic!("expected one expression, found {}", other.len()),
    }
}

/// The arms of `match self { … }` as (pattern, status expression).
fn arms(imp: &ItemImpl) -> Vec<(Pat, Expr)> {
    let Expr::Match(m) = body(imp) else {
        panic!("expected a match");
    };
    m.arms.into_iter().map(|arm| (arm.pat, *arm.body)).collect()
}

#[test]
fn a_variant_maps_to_the_constant_path() {
    let imp = implementation(
        "enum E { #[status(404)] A, #[status(\"Gone\")] B(u8), #[status(409)] C { x: u8 } }",
    );
    assert_eq!(
        header(&imp),
        (parse_quote!(::http_status::HttpStatus), parse_quote!(E))
    );
    assert!(imp.attrs.contains(&parse_quote!(#[automatically_derived])));
    assert_eq!(
        arms(&imp),
        [
            (
                parse_quote!(Self::A { .. }),
                parse_quote!(<::http_status::StatusCode>::NOT_FOUND)
            ),
            (
                parse_quote!(Self::B { .. }),
                parse_quote!(<::http_status::StatusCode>::GONE)
            ),
            (
                parse_quote!(Self::C { .. }),
                parse_quote!(<::http_status::StatusCode>::CONFLICT)
            ),
        ]
    );
}

#[test]
fn the_enum_default_fills_variants_without_their_own() {
    let imp = implementation("#[status(500)] enum E { #[status(404)] A, B }");
    let statuses: Vec<Expr> = arms(&imp).into_iter().map(|(_, status)| status).collect();
    assert_eq!(
        statuses,
        [
            parse_quote!(<::http_status::StatusCode>::NOT_FOUND),
            parse_quote!(<::http_status::StatusCode>::INTERNAL_SERVER_ERROR),
        ]
    );
}

#[test]
fn transparent_delegates_and_bounds_only_generic_fields() {
    let imp = implementation(
        "enum E<T, U> { #[status(transparent)] A(T), #[status(transparent)] B { inner: Vec<U> }, #[status(transparent)] C(Other) }",
    );
    let expected: [WherePredicate; 2] = [
        parse_quote!(T: ::http_status::HttpStatus),
        parse_quote!(Vec<U>: ::http_status::HttpStatus),
    ];
    assert_eq!(predicates(&imp), expected);
    let (pattern, status) = &arms(&imp)[1];
    assert_eq!(
        *pattern,
        parse_quote!(Self::B {
            inner: __http_status_field
        })
    );
    assert_eq!(
        *status,
        parse_quote!(::http_status::HttpStatus::status(__http_status_field))
    );
    let imp = implementation("#[status(transparent)] struct S(Inner);");
    assert!(predicates(&imp).is_empty());
    assert_eq!(
        body(&imp),
        parse_quote!(::http_status::HttpStatus::status(&self.0))
    );
}

#[test]
fn bounds_are_added_once_and_only_for_types_that_start_from_a_parameter() {
    let imp = implementation(
        "enum E<T: Tr, B: Backend> {
            #[status(transparent)] A(T),
            #[status(transparent)] B(T),
            #[status(transparent)] C(B::Error),
            #[status(transparent)] D(<T as Tr>::Error),
            #[status(transparent)] F(&'static T),
            #[status(transparent)] G(::std::boxed::Box<dyn Other>),
            #[status(transparent)] H(crate::T),
        }",
    );
    let expected: [WherePredicate; 4] = [
        parse_quote!(T: ::http_status::HttpStatus),
        parse_quote!(B::Error: ::http_status::HttpStatus),
        parse_quote!(<T as Tr>::Error: ::http_status::HttpStatus),
        parse_quote!(&'static T: ::http_status::HttpStatus),
    ];
    assert_eq!(predicates(&imp), expected);
}

#[test]
fn raw_type_parameters_are_the_same_parameter() {
    let imp = implementation("#[status(transparent)] struct W<r#E>(E);");
    let expected: [WherePredicate; 1] = [parse_quote!(E: ::http_status::HttpStatus)];
    assert_eq!(predicates(&imp), expected);
}

#[test]
fn existing_where_clauses_are_kept() {
    let imp = implementation("#[status(transparent)] struct S<T>(T) where T: Clone;");
    let expected: [WherePredicate; 2] = [
        parse_quote!(T: Clone),
        parse_quote!(T: ::http_status::HttpStatus),
    ];
    assert_eq!(predicates(&imp), expected);
}

#[test]
fn crate_path_quoted_or_not_replaces_the_default() {
    for (source, krate) in [
        (
            "#[status(crate = hs)] #[status(500)] struct S;",
            quote::quote!(hs),
        ),
        (
            "#[status(crate = \"hs\")] #[status(500)] struct S;",
            quote::quote!(hs),
        ),
        (
            "#[status(500, crate = ::hs)] struct S;",
            quote::quote!(::hs),
        ),
    ] {
        let imp = implementation(source);
        let trait_path: Path = syn::parse2(quote::quote!(#krate::HttpStatus)).unwrap();
        assert_eq!(header(&imp).0, trait_path, "{source}");
        let status: Expr =
            syn::parse2(quote::quote!(<#krate::StatusCode>::INTERNAL_SERVER_ERROR)).unwrap();
        assert_eq!(body(&imp), status, "{source}");
    }
}

#[test]
fn an_empty_enum_matches_on_nothing() {
    assert_eq!(
        body(&implementation("enum Never {}")),
        parse_quote!(match *self {})
    );
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
        (
            "#[status(500)] enum E { #[status(,)] A }",
            "expected an item before this comma",
            33,
        ),
        (
            "enum E { #[status(404,,)] A }",
            "expected an item before this comma",
            22,
        ),
        (
            "#[status(transparent, expose)] struct S(X);",
            "`expose` and `transparent` cannot both be given",
            22,
        ),
        // A failed default is the one mistake, not also each variant.
        (
            "#[status(\"Internal Server Eror\")] enum E { A, B }",
            "\"Internal Server Eror\" is not a registered reason phrase",
            9,
        ),
        ("#[status(418)] enum E { A, B }", "418 is reserved", 9),
        (
            "enum E { #[status(503 expose)] A }",
            "expected a comma between `503` and `expose`\nhelp: write `503, expose`",
            22,
        ),
        (
            "enum E { #[status(expose 503)] A }",
            "expected a comma between `expose` and `503`",
            25,
        ),
        (
            "enum E { #[status(404 crate = x)] A }",
            "expected a comma between `404` and `crate`\nhelp: write `404, crate = x`",
            22,
        ),
        (
            "enum E { #[status(400 + 4)] A }",
            "expected a status code such as `404` or a reason phrase such as \"Not Found\", found an expression",
            18,
        ),
        (
            "enum E { #[status(::hs::StatusCode::GONE)] A }",
            "expected a status code such as `404` or a reason phrase such as \"Not Found\", found a path `::hs::StatusCode::GONE`\nhelp: write `410` for `StatusCode::GONE`",
            18,
        ),
        (
            "#[status(crate = crate)] #[status(404)] struct S;",
            "`crate = crate` names a module of the crate being compiled",
            17,
        ),
        (
            "#[status(crate = \"self\")] #[status(404)] struct S;",
            "`crate = self` names a module of the crate being compiled",
            17,
        ),
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
    let file: syn::File = syn::parse2(derive(tokens("enum E { A }"))).unwrap();
    let [syn::Item::Macro(error), syn::Item::Impl(imp)] = &file.items[..] else {
        panic!("expected the error, then an impl");
    };
    assert_eq!(error.mac.path, parse_quote!(::core::compile_error));
    assert_eq!(
        header(imp),
        (parse_quote!(::http_status::HttpStatus), parse_quote!(E))
    );
    let file: syn::File =
        syn::parse2(derive(tokens("#[status(crate = hs)] enum E { A }"))).unwrap();
    let syn::Item::Impl(imp) = &file.items[1] else {
        panic!("expected an impl");
    };
    assert_eq!(
        header(imp).0,
        parse_quote!(hs::HttpStatus),
        "the fallback honours `crate =`"
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
        Just("expose".to_owned()),
        Just("utoipa".to_owned()),
        Just("axum".to_owned()),
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
            Ok(out) => {
                let file = syn::parse2::<syn::File>(out);
                prop_assert!(matches!(file.as_ref().map(|f| f.items.first()), Ok(Some(syn::Item::Impl(_)))));
            }
            Err(error) => {
                for error in error.into_iter() {
                    prop_assert!(!error.to_string().is_empty());
                }
                // The stand-in impl, then the words' hooks, which keep the
                // framework impls the words promise.
                let file: syn::File = syn::parse2(derive(input)).unwrap();
                prop_assert!(file.items.iter().any(|item| matches!(item, syn::Item::Impl(_))));
            }
        }
    }
}

#[test]
fn generics_defaults_bounds_and_arrows_are_read_right() {
    let imp = implementation(
        "#[status(transparent)] struct S<'a, T: Into<Vec<u8>> = Vec<u8>, F: Fn(u8) -> u8, const N: usize = 3>(Wrap<'a, T, F, N>) where T: 'a;",
    );
    let expected: syn::Generics =
        parse_quote!(<'a, T: Into<Vec<u8>>, F: Fn(u8) -> u8, const N: usize>);
    assert_eq!(imp.generics.params, expected.params);
    assert_eq!(header(&imp).1, parse_quote!(S<'a, T, F, N>));
    let expected: [WherePredicate; 2] = [
        parse_quote!(T: 'a),
        parse_quote!(Wrap<'a, T, F, N>: ::http_status::HttpStatus),
    ];
    assert_eq!(predicates(&imp), expected);
}

#[test]
fn fields_with_commas_in_types_and_discriminants_with_generics() {
    let imp = implementation(
        "enum E<K, V> { #[status(transparent)] A { map: Map<K, V> }, #[status(404)] B = 1 << 2, #[status(409)] C = <() as Tr<u8, u16>>::V, #[status(410)] D = pick::<u8, u16>() }",
    );
    let patterns: Vec<Pat> = arms(&imp).into_iter().map(|(pattern, _)| pattern).collect();
    assert_eq!(
        patterns,
        [
            parse_quote!(Self::A {
                map: __http_status_field
            }),
            parse_quote!(Self::B { .. }),
            parse_quote!(Self::C { .. }),
            parse_quote!(Self::D { .. }),
        ]
    );
    let expected: [WherePredicate; 1] = [parse_quote!(Map<K, V>: ::http_status::HttpStatus)];
    assert_eq!(predicates(&imp), expected);
}

#[test]
fn visibility_attributes_and_raw_identifiers_are_skipped_or_kept() {
    let imp = implementation(
        "#[doc = \"x\"] #[status(transparent)] pub(crate) struct r#Type { #[doc = \"y\"] pub(super) r#type: Inner }",
    );
    assert_eq!(header(&imp).1, parse_quote!(r#Type));
    assert_eq!(
        body(&imp),
        parse_quote!(::http_status::HttpStatus::status(&self.r#type))
    );
    let errors = errors("#[doc = \"x\"] pub(crate) struct r#Type { pub r#type: Inner }");
    assert_eq!(errors[0].0.lines().next(), Some("`r#Type` has no status"));
}

#[test]
fn a_raw_status_attribute_is_read_not_ignored() {
    let imp = implementation("enum E { #[r#status(404)] A, #[status(r#transparent)] B(X) }");
    assert_eq!(
        arms(&imp)[0].1,
        parse_quote!(<::http_status::StatusCode>::NOT_FOUND)
    );
    assert!(
        errors("enum E { #[r#status(418)] A }")[0]
            .0
            .starts_with("418 is reserved and unused")
    );
}

#[test]
fn a_status_attribute_on_a_field_is_an_error_at_the_attribute() {
    for (source, owner, at) in [
        (
            "#[status(500)] enum E { Upstream(#[status(transparent)] Inner) }",
            "the variant `Upstream`",
            33,
        ),
        (
            "#[status(transparent)] struct S { #[status(404)] inner: Inner }",
            "the struct",
            34,
        ),
    ] {
        let found = errors(source);
        assert_eq!(found.len(), 1, "{source}: {found:?}");
        assert!(
            found[0].0.starts_with(&format!(
                "`#[status(...)]` goes on {owner}, not on one of its fields"
            )),
            "{source}: {found:?}"
        );
        assert_eq!(found[0].1, at, "{source}: {found:?}");
    }
}

/// `source` with each `__fN` replaced by `fragments[N]` in an invisible
/// group, as `macro_rules!` forwards a `$x:meta`, `$x:vis`, `$x:ty`…
fn forwarded(source: &str, fragments: &[&str]) -> TokenStream {
    fn walk(stream: TokenStream, fragments: &[&str]) -> TokenStream {
        stream
            .into_iter()
            .map(|token| match token {
                TokenTree::Ident(ident) if ident.to_string().starts_with("__f") => {
                    let n: usize = ident.to_string()[3..].parse().unwrap();
                    TokenTree::Group(Group::new(Delimiter::None, tokens(fragments[n])))
                }
                TokenTree::Group(group) => {
                    let mut inner = Group::new(group.delimiter(), walk(group.stream(), fragments));
                    inner.set_span(group.span());
                    TokenTree::Group(inner)
                }
                other => other,
            })
            .collect()
    }
    walk(tokens(source), fragments)
}

#[test]
fn fragments_in_invisible_groups_are_read_through() {
    // `$(#[$m:meta])* $v:vis enum $name:ident { … #[status($c:expr)] … = $d:expr }`
    let input = forwarded(
        "#[__f0] #[__f1] __f2 enum __f3 { #[__f4] NotFound, #[status(__f5)] Conflict(__f6) = __f7, Other(__f6) }",
        &[
            "derive(Debug)",
            "status(500)",
            "pub(crate)",
            "ApiError",
            "status(404)",
            "409",
            "u8",
            "1 + 2",
        ],
    );
    let imp: ItemImpl = syn::parse2(expand(input).unwrap()).unwrap();
    let statuses: Vec<Expr> = arms(&imp).into_iter().map(|(_, status)| status).collect();
    assert_eq!(
        statuses,
        [
            parse_quote!(<::http_status::StatusCode>::NOT_FOUND),
            parse_quote!(<::http_status::StatusCode>::CONFLICT),
            parse_quote!(<::http_status::StatusCode>::INTERNAL_SERVER_ERROR),
        ]
    );
    // An empty `$v:vis` is an empty invisible group.
    let input = forwarded("#[status(404)] __f0 struct S;", &[""]);
    assert!(expand(input).is_ok());
}

#[test]
fn forwarded_words_and_values_are_read_as_written() {
    // `#[status($c:expr, $w:expr, type = $t:expr, www_authenticate = $a:expr)]`
    let input = forwarded(
        "#[status(__f0, __f1, type = __f2, www_authenticate = __f3)] struct S;",
        &["401", "withhold", "\"/probs/login\"", "\"Bearer\""],
    );
    let imp: ItemImpl = syn::parse2(expand(input).unwrap()).unwrap();
    let text = quote::quote!(#imp).to_string();
    assert!(text.contains("UNAUTHORIZED"), "{text}");
    assert!(text.contains("\"/probs/login\""), "{text}");
    assert!(text.contains("\"Bearer\""), "{text}");
    // A fragment that holds several items (as a proc macro may build one)
    // is read as a list.
    let input = forwarded("#[status(__f0)] struct S;", &["404, withhold"]);
    let text = expand(input).unwrap().to_string();
    assert!(text.contains("NOT_FOUND"), "{text}");
    // A missing comma after a forwarded item says what to write.
    let input = forwarded(
        "#[status(__f0 expose)] struct S;",
        &["StatusCode::NOT_FOUND"],
    );
    let error = expand(input).unwrap_err().to_string();
    assert!(
        error.ends_with("help: write `StatusCode::NOT_FOUND, expose`"),
        "{error}"
    );
    // A forwarded word that is no item is an error at it, as written.
    let input = forwarded("#[status(404, __f0)] struct S;", &["expse"]);
    let error = expand(input).unwrap_err().to_string();
    assert!(error.starts_with("unknown item `expse`"), "{error}");
}

#[test]
fn a_forwarded_crate_path_and_transparent_type_are_read_through() {
    // `#[status(crate = $p:path)] struct S<T>($v:vis $t:ty);`
    let input = forwarded(
        "#[status(transparent)] #[status(crate = __f0)] struct S<T>(__f1 __f2);",
        &["::renamed", "pub", "T"],
    );
    let imp: ItemImpl = syn::parse2(expand(input).unwrap()).unwrap();
    assert_eq!(header(&imp).0, parse_quote!(::renamed::HttpStatus));
    // The bounded type keeps its invisible group, as rustc expects it.
    let expected: WherePredicate =
        syn::parse2(forwarded("__f0: ::renamed::HttpStatus", &["T"])).unwrap();
    assert_eq!(predicates(&imp), [expected]);
}

#[test]
fn errors_inside_invisible_groups_point_at_the_forwarded_token() {
    // `#[status($c:literal)]` with `$c` = 418: the caret is on the literal.
    let input = forwarded("enum E { #[status(__f0)] A }", &["418"]);
    let found = errors_of(input);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.starts_with("418 is reserved and unused"),
        "{found:?}"
    );
    // `#[$m:meta]` holding a misplaced status on a field is still reported.
    let input = forwarded(
        "#[status(500)] enum E { A(#[__f0] X) }",
        &["status(transparent)"],
    );
    assert_eq!(errors_of(input).len(), 1);
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
        Just("#[status(crate = hs)]".to_owned()),
        Just("(#[status(404)] u8)".to_owned()),
        Just("pub(crate)".to_owned()),
        Just("status(404)".to_owned()),
        Just("T: Tr<{ 1 + 2 }>".to_owned()),
        Just("#[status(500, expose)]".to_owned()),
        Just("#[status(utoipa, aide, axum)]".to_owned()),
        (0u32..1000).prop_map(|n| n.to_string()),
    ]
}

proptest! {
    /// Each fragment is sometimes wrapped in an invisible group, as rustc
    /// hands over `macro_rules!` fragments; string-built inputs never have them.
    #[test]
    fn arbitrary_item_tokens_never_panic(
        parts in prop::collection::vec((item_token(), any::<bool>()), 0..12),
    ) {
        let mut input = TokenStream::new();
        for (part, wrap) in parts {
            let Ok(part) = part.parse::<TokenStream>() else { return Ok(()) };
            if wrap {
                input.extend([TokenTree::Group(Group::new(Delimiter::None, part))]);
            } else {
                input.extend(part);
            }
        }
        let output = derive(input);
        let file = syn::parse2::<syn::File>(output.clone());
        prop_assert!(file.is_ok(), "{}", output);
        let is_error_or_impl = |item: &syn::Item| matches!(item, syn::Item::Impl(_) | syn::Item::Macro(_));
        prop_assert!(file.unwrap().items.iter().all(is_error_or_impl), "{}", output);
    }
}

/// The word calls core's hook (through the facade) with its word, its
/// feature, the impl's generics, type and every where predicate; on a
/// variant it is an error.
#[test]
fn integration_words_call_the_facade_s_hooks() {
    let file: syn::File = syn::parse2(
        expand(tokens(
            "#[status(utoipa, aide)] #[status(transparent)] struct S<T: Clone>(T) where T: Copy;",
        ))
        .unwrap(),
    )
    .unwrap();
    let hooks: Vec<(Path, String)> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Macro(m) => Some((m.mac.path.clone(), m.mac.tokens.to_string())),
            _ => None,
        })
        .collect();
    let paths: Vec<Path> = hooks.iter().map(|(path, _)| path.clone()).collect();
    assert_eq!(
        paths,
        [
            parse_quote!(::http_status::__utoipa5_hook),
            parse_quote!(::http_status::__aide015_hook)
        ]
    );
    let expected =
        tokens("word = utoipa, feature = \"utoipa5\", impl [<T: Clone>] for [S<T>] where [T: Copy, T: ::http_status::HttpStatus,], docs [open [(T)]]")
            .to_string();
    assert_eq!(hooks[0].1, expected);

    // What the OpenAPI hooks document beyond the statuses: per item with a
    // code of its own, its type, members and headers, with their types.
    let file: syn::File = syn::parse2(
        expand(tokens(
            r#"#[status(500, utoipa, type = "/probs/internal")] enum E {
                #[status(403, type = "/probs/credit")] A { #[problem] balance: u64, #[problem(rename = "accounts")] links: Vec<String>, cost: u64 },
                #[status(429)] B { #[header("Retry-After")] retry_after: u64 },
                C,
                #[status(transparent)] D(::http_status::StatusCode),
            }"#,
        ))
        .unwrap(),
    )
    .unwrap();
    let docs = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Macro(m) => Some(m.mac.tokens.to_string()),
            _ => None,
        })
        .unwrap();
    let expected = tokens(
        r#"docs [
            { status = 403, type = ["/probs/credit"], members [("balance": u64) ("accounts": Vec<String>)], headers [] }
            { status = 429, type = [], members [], headers [("retry-after": u64)] }
            { status = 500, type = ["/probs/internal"], members [], headers [] }
            open [(::http_status::StatusCode)]
        ]"#,
    )
    .to_string();
    assert!(docs.ends_with(&expected), "{docs}");

    let found = errors("enum E { #[status(404, utoipa)] A }");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .0
            .starts_with("`utoipa` goes on the type, not on a variant"),
        "{found:?}"
    );
    assert_eq!(found[0].1, 23);
}

/// Each misplaced word is its own error, whatever the features: on a
/// variant, the place is the mistake.
#[test]
fn every_integration_word_on_a_variant_is_reported_feature_or_not() {
    let found = errors("enum E { #[status(404, utoipa, aide)] A }");
    let reported: Vec<(&str, usize)> = found
        .iter()
        .map(|(message, column)| (message.lines().next().unwrap_or_default(), *column))
        .collect();
    assert_eq!(
        reported,
        [
            (
                "`utoipa` goes on the type, not on a variant: it documents or answers for the whole type",
                23
            ),
            (
                "`aide` goes on the type, not on a variant: it documents or answers for the whole type",
                31
            ),
        ]
    );
}

/// The `fn statuses` of an impl, as the expression it returns.
fn statuses_body(imp: &ItemImpl) -> Option<Expr> {
    imp.items.iter().find_map(|item| match item {
        ImplItem::Fn(f) if f.sig.ident == "statuses" => match &f.block.stmts[..] {
            [Stmt::Expr(expr, None)] => Some(expr.clone()),
            _ => None,
        },
        _ => None,
    })
}

#[test]
fn pointers_are_looked_through_and_unsized_types_answer_open() {
    let imp = implementation(
        "#[status(500)] enum E<'a, T, U: ?Sized> {
            #[status(transparent)] A(Box<Inner>),
            #[status(transparent)] B(&'a ::std::sync::Arc<T>),
            #[status(transparent)] C(Box<dyn Tr>),
            #[status(transparent)] D(Box<U>),
            #[status(transparent)] F(Holder<U>),
            #[status(transparent)] G(std::rc::Rc<[u8]>),
            #[status(transparent)] H(MyBox<Inner>),
        }",
    );
    let expected: Expr = parse_quote! {
        ::http_status::StatusSet::EMPTY
            .union(<Inner as ::http_status::HttpStatus>::statuses())
            .union(<T as ::http_status::HttpStatus>::statuses())
            .union(::http_status::StatusSet::OPEN)
            .union(::http_status::StatusSet::OPEN)
            .union(::http_status::StatusSet::OPEN)
            .union(::http_status::StatusSet::OPEN)
            .union(<MyBox<Inner> as ::http_status::HttpStatus>::statuses())
    };
    assert_eq!(statuses_body(&imp), Some(expected));
    // The pointer's bound, for `status`, and the pointee's, for `statuses`
    // (none for `U`, whose set is not asked).
    let expected: [WherePredicate; 4] = [
        parse_quote!(&'a ::std::sync::Arc<T>: ::http_status::HttpStatus),
        parse_quote!(T: ::http_status::HttpStatus),
        parse_quote!(Box<U>: ::http_status::HttpStatus),
        parse_quote!(Holder<U>: ::http_status::HttpStatus),
    ];
    assert_eq!(predicates(&imp), expected);
}

#[test]
fn a_struct_unsized_whatever_its_parameters_keeps_the_default_set() {
    for source in [
        "#[status(transparent)] struct S(dyn Tr);",
        "#[status(404)] struct S(u8, [u8]);",
        "#[status(404)] struct S { tail: str }",
    ] {
        assert_eq!(statuses_body(&implementation(source)), None, "{source}");
    }
    let imp = implementation("#[status(404)] struct S<T: ?Sized>(T);");
    assert!(statuses_body(&imp).is_some(), "`Self: Sized` can hold here");
}

#[test]
fn the_item_s_deprecated_lint_levels_reach_the_code() {
    let imp =
        implementation("#[allow(deprecated, dead_code)] #[deny(unused)] #[status(305)] struct S;");
    let lints: Vec<syn::Attribute> = imp
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("allow") || a.path().is_ident("deny"))
        .cloned()
        .collect();
    assert_eq!(
        lints,
        [
            parse_quote!(#[allow(unused_qualifications)]),
            parse_quote!(#[allow(deprecated)]),
        ]
    );
    let imp = implementation("enum E { #[warn(deprecated)] #[status(510)] A, #[status(404)] B }");
    let Expr::Match(m) = body(&imp) else {
        panic!("expected a match");
    };
    assert_eq!(m.arms[0].attrs, [parse_quote!(#[warn(deprecated)])]);
    assert!(m.arms[1].attrs.is_empty());
}

#[test]
fn an_unused_default_is_named_once_so_that_it_can_warn() {
    let imp = implementation("#[status(510)] enum E { #[status(404)] A }");
    let ImplItem::Fn(status) = &imp.items[0] else {
        panic!("expected `fn status`");
    };
    let expected: Stmt = parse_quote!(
        const _: ::http_status::StatusCode = <::http_status::StatusCode>::NOT_EXTENDED;
    );
    assert_eq!(status.block.stmts[0], expected);
    // A used default is named where it is used, and nowhere else.
    let imp = implementation("#[status(510)] enum E { #[status(404)] A, B }");
    assert!(matches!(body(&imp), Expr::Match(_)));
}

#[test]
fn input_syn_cannot_read_gets_a_fallback_impl_found_in_the_raw_tokens() {
    // `garbage` stands for what syn cannot read: with `full`, as these tests
    // build it, syn reads the block expressions that trip it without.
    let output = derive(tokens(
        "#[status(crate = hs)] struct S<T: Clone>(T garbage) where T: Copy;",
    ));
    let file: syn::File = syn::parse2(output).unwrap();
    let [syn::Item::Macro(error), syn::Item::Impl(imp)] = &file.items[..] else {
        panic!("expected the error, then an impl");
    };
    assert!(
        error
            .mac
            .tokens
            .to_string()
            .contains("cannot read this item"),
        "{}",
        error.mac.tokens
    );
    assert_eq!(
        header(imp),
        (parse_quote!(hs::HttpStatus), parse_quote!(S<T>))
    );
    assert_eq!(imp.generics.params.len(), 1);
}

/// After an error, the words' hooks are still called (with nothing to
/// document), beside the stand-in impl: the framework impls they promise
/// exist, so handlers that return the type add no errors of their own.
#[test]
fn after_an_error_the_words_hooks_are_still_called() {
    let source = "#[status(500, axum, utoipa)] enum E { #[status(401)] A }";
    let out = derive(source.parse().unwrap());
    let file: syn::File = syn::parse2(out).unwrap();
    let hooks: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Macro(call) => call.mac.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        })
        .filter(|name| name.ends_with("_hook"))
        .collect();
    assert_eq!(hooks, ["__axum08_hook", "__utoipa5_hook"]);
    assert!(
        file.items
            .iter()
            .any(|item| matches!(item, syn::Item::Impl(_)))
    );
    // Without words, no hook.
    let out = derive("#[status(418)] struct S;".parse().unwrap());
    let file: syn::File = syn::parse2(out).unwrap();
    assert!(!file.items.iter().any(|item| matches!(item, syn::Item::Macro(call) if call.mac.path.segments.last().is_some_and(|s| s.ident.to_string().ends_with("_hook")))));
}
