//! What the derive's generated code asks of a field's type, at the type's
//! concrete use, by autoref (`&&&probe` picks the first level that
//! applies): whether a value that a message shows, or a member or a header
//! carries, is, holds or may hold an error. Each answer is a *kind*: only
//! [`Clear`] may be sent; the others are withheld at run time, and are
//! compile errors where a 5xx says `expose` ([`ForClients`]) or a field is
//! marked `#[problem]` or `#[header]` ([`PublicValue`]), whose
//! `#[diagnostic::on_unimplemented]` says why at the field's type.

// Not public API: reached only through the hidden `__private_0_1`.
#![allow(missing_docs)]

use core::marker::PhantomData;

use crate::http_status::HttpStatus;

/// May be shown where the `bool` says so (an `HttpStatus` answers at run
/// time).
pub struct Clear(pub bool);

/// An error (or a pointer to one, or an optional one): its text was
/// written for operators.
pub struct ErrorText<T: ?Sized>(PhantomData<T>);

/// An `HttpStatus` formatted with `{:?}`: its `Debug` shows what its
/// `Display` withholds (its source, a DSN).
pub struct DebugText<T: ?Sized>(PhantomData<T>);

/// A trait object that may hold any type, an error too.
pub struct OpaqueText<T: ?Sized>(PhantomData<T>);

/// A kind that a [`Clear`] answer folds into.
pub trait Joined {
    fn with(self, shown: bool) -> Self;
}

impl Clear {
    pub fn shown(self) -> bool {
        self.0
    }

    /// This probe's answer and the next one's, as one kind: the next one's,
    /// with this answer folded in.
    pub fn and<K: Joined>(self, next: K) -> K {
        next.with(self.0)
    }
}

impl Joined for Clear {
    fn with(self, shown: bool) -> Clear {
        Clear(self.0 && shown)
    }
}

/// The kinds that are never sent: each stays the answer whatever comes
/// next, so a field is one compile error, naming the first thing found.
macro_rules! withheld {
    ($($kind:ident)*) => {$(
        impl<T: ?Sized> $kind<T> {
            fn new() -> Self {
                $kind(PhantomData)
            }

            pub fn shown(self) -> bool {
                false
            }

            pub fn and<K>(self, _next: K) -> Self {
                self
            }
        }

        impl<T: ?Sized> Joined for $kind<T> {
            fn with(self, _shown: bool) -> Self {
                self
            }
        }
    )*};
}
withheld!(ErrorText DebugText OpaqueText);

/// A field that a message shows, with whether it is the item's source:
/// `Field` where the message formats with `Display`, `FieldDebug` where
/// some placeholder formats with `Debug`. An `HttpStatus` answers for
/// itself under `Display` unless it is a 5xx (`&&&`), and is withheld
/// under `Debug`; an `Error`, an optional one or a pointer to one is
/// withheld (`&&`, `&`); anything else may be shown unless it is the
/// source (the value).
pub struct Field<'a, T: ?Sized>(pub &'a T, pub bool);

/// [`Field`], for a message with a `{:?}` placeholder.
pub struct FieldDebug<'a, T: ?Sized>(pub &'a T, pub bool);

pub trait ShownStatus {
    type Kind;
    fn kind(self) -> Self::Kind;
}

impl<T: HttpStatus + ?Sized> ShownStatus for &&&Field<'_, T> {
    type Kind = Clear;
    fn kind(self) -> Clear {
        // As through `transparent`: a 5xx's text, even one it may send
        // itself, is never carried by another item's message.
        Clear(self.0.exposes_detail() && !self.0.status().is_server_error())
    }
}

impl<T: HttpStatus + ?Sized> ShownStatus for &&&FieldDebug<'_, T> {
    type Kind = DebugText<T>;
    fn kind(self) -> DebugText<T> {
        DebugText::new()
    }
}

pub trait ShownError<T: ?Sized> {
    fn kind(self) -> ErrorText<T>;
}

pub trait ShownErrorInside<T: ?Sized> {
    fn kind(self) -> ErrorText<T>;
}

pub trait ShownErrorBehind<T: ?Sized> {
    fn kind(self) -> ErrorText<T>;
}

pub trait ShownOther {
    fn kind(self) -> Clear;
}

/// The levels below `HttpStatus`, alike for both field probes.
macro_rules! shown_levels {
    ($($probe:ident)*) => {$(
        impl<T: ?Sized> Clone for $probe<'_, T> {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl<T: ?Sized> Copy for $probe<'_, T> {}

        impl<T: core::error::Error + ?Sized> ShownError<T> for &&$probe<'_, T> {
            fn kind(self) -> ErrorText<T> {
                ErrorText::new()
            }
        }

        impl<E: core::error::Error> ShownErrorInside<Option<E>> for &&$probe<'_, Option<E>> {
            fn kind(self) -> ErrorText<Option<E>> {
                ErrorText::new()
            }
        }

        impl<T: core::ops::Deref + ?Sized> ShownErrorBehind<T> for &$probe<'_, T>
        where
            T::Target: core::error::Error,
        {
            fn kind(self) -> ErrorText<T> {
                ErrorText::new()
            }
        }

        impl<T: ?Sized> ShownOther for $probe<'_, T> {
            fn kind(self) -> Clear {
                Clear(!self.1)
            }
        }
    )*};
}
shown_levels!(Field FieldDebug);

/// A type probed with no value at hand: `Inside` for a type inside a
/// field's type that a message shows (`io::Error` in
/// `Rc<RefCell<io::Error>>`, `Vec<io::Error>`, `(u8, io::Error)`), where an
/// `HttpStatus` cannot be asked and so counts as an error (`&&&`);
/// `Carried` for a member's or a header's type and the types inside it.
/// For both, an `Error` (`&&`) or a pointer to one (`&`) is an error, and
/// any other type is not.
pub struct Inside<T: ?Sized>(PhantomData<T>);

/// [`Inside`], for a `#[problem]` or `#[header]` field.
pub struct Carried<T: ?Sized>(PhantomData<T>);

/// A trait object inside a field's type: an error if it is `dyn Error`
/// (`&&`), else opaque, whatever its trait's name.
pub struct Dyn<T: ?Sized>(PhantomData<T>);

pub trait InsideStatus<T: ?Sized> {
    fn kind(self) -> ErrorText<T>;
}

impl<T: HttpStatus + ?Sized> InsideStatus<T> for &&&Inside<T> {
    fn kind(self) -> ErrorText<T> {
        ErrorText::new()
    }
}

pub trait InsideError<T: ?Sized> {
    fn kind(self) -> ErrorText<T>;
}

pub trait InsideErrorBehind<T: ?Sized> {
    fn kind(self) -> ErrorText<T>;
}

pub trait InsideOther {
    fn kind(self) -> Clear;
}

pub trait DynOther<T: ?Sized> {
    fn kind(self) -> OpaqueText<T>;
}

/// The levels alike for the three type probes: construction, `Error`, and
/// a pointer to one (not for `Dyn`, which is never a pointer).
macro_rules! type_probes {
    ($($probe:ident)*) => {$(
        impl<T: ?Sized> Clone for $probe<T> {
            fn clone(&self) -> Self {
                *self
            }
        }

        impl<T: ?Sized> Copy for $probe<T> {}

        impl<T: ?Sized> $probe<T> {
            #[allow(clippy::new_without_default)]
            pub const fn new() -> Self {
                $probe(PhantomData)
            }
        }

        impl<T: core::error::Error + ?Sized> InsideError<T> for &&$probe<T> {
            fn kind(self) -> ErrorText<T> {
                ErrorText::new()
            }
        }
    )*};
}
type_probes!(Inside Carried Dyn);

macro_rules! pointer_levels {
    ($($probe:ident)*) => {$(
        impl<T: core::ops::Deref + ?Sized> InsideErrorBehind<T> for &$probe<T>
        where
            T::Target: core::error::Error,
        {
            fn kind(self) -> ErrorText<T> {
                ErrorText::new()
            }
        }

        impl<T: ?Sized> InsideOther for $probe<T> {
            fn kind(self) -> Clear {
                Clear(true)
            }
        }
    )*};
}
pointer_levels!(Inside Carried);

impl<T: ?Sized> DynOther<T> for Dyn<T> {
    fn kind(self) -> OpaqueText<T> {
        OpaqueText::new()
    }
}

/// What a 5xx marked `expose` may show: what the derive can show is not an
/// error.
#[diagnostic::on_unimplemented(
    message = "`expose` sends this 5xx's message to every client, and the message formats a value that is, holds or may hold an error's text ({Self}), which was not written for clients",
    label = "this field's text may be an error's",
    note = "write a message of your own without this field, and log the error on the server; or remove `expose`"
)]
pub trait ForClients {
    fn shown(self) -> bool;
}

impl ForClients for Clear {
    fn shown(self) -> bool {
        self.0
    }
}

/// The check of a 5xx marked `expose`, one per field its message shows.
pub fn for_clients<K: ForClients>(kind: K) -> bool {
    kind.shown()
}

/// What a `#[problem]` or `#[header]` field may be: anything but an error,
/// a type that holds one, or a trait object that may.
#[diagnostic::on_unimplemented(
    message = "`#[problem]` and `#[header]` send this field to every client, and its type is, holds or may hold an error ({Self}), whose text was not written for clients",
    label = "this field's type may hold an error",
    note = "send what the client may read (a code, an id, a count) in a field of its own, and log the error on the server"
)]
pub trait PublicValue {}

impl PublicValue for Clear {}

/// The check of a `#[problem]` or `#[header]` field.
pub fn public_value<K: PublicValue>(_kind: K) {}
