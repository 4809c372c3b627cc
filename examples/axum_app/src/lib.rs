//! A notes API kept in memory: the router, its state and its error type.
//! `main.rs` serves it; `tests/http.rs` drives it over real TCP.
#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::{Path, State};
use axum::http::header::RETRY_AFTER;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use http_status::{HttpStatus, Problem, status};
use serde::{Deserialize, Serialize};

/// Everything a handler can fail with. Each variant's status is checked
/// against the IANA registry at compile time.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500)]
pub enum AppError {
    #[error("no note with id {0}")]
    #[status(404)]
    NotFound(u64),
    #[error("a note titled {0:?} already exists")]
    #[status("Conflict")]
    TitleTaken(String),
    #[error("the title must not be empty")]
    #[status(422)]
    EmptyTitle,
    #[error("too many notes created; retry in {retry_after} seconds")]
    #[status(429)]
    RateLimited { retry_after: u64 },
    #[error(transparent)]
    #[status(transparent)]
    Storage(#[from] StorageError),
    #[error("the notes lock was poisoned")]
    Poisoned,
}

/// The storage layer's own errors, with their own statuses.
#[derive(Debug, thiserror::Error, HttpStatus)]
pub enum StorageError {
    #[error("the store is full ({0} notes)")]
    #[status(507)]
    Full(usize),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let retry_after = match &self {
            AppError::RateLimited { retry_after } => Some(*retry_after),
            _ => None,
        };
        let mut response = Problem(self).into_response();
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl<T> From<PoisonError<T>> for AppError {
    fn from(_: PoisonError<T>) -> AppError {
        AppError::Poisoned
    }
}

/// A note as stored and returned.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Note {
    pub id: u64,
    pub title: String,
    pub body: String,
}

/// A note as posted.
#[derive(Debug, Deserialize)]
pub struct NewNote {
    pub title: String,
    #[serde(default)]
    pub body: String,
}

/// Limits, so that tests can reach every error quickly.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Notes that may be created before 429.
    pub creations: u32,
    /// Notes the store holds before 507.
    pub capacity: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            creations: 100,
            capacity: 1_000,
        }
    }
}

#[derive(Default)]
struct Store {
    notes: BTreeMap<u64, Note>,
    next_id: u64,
    created: u32,
}

#[derive(Clone)]
struct AppState {
    store: Arc<Mutex<Store>>,
    limits: Limits,
}

/// The whole service.
pub fn app(limits: Limits) -> Router {
    let state = AppState {
        store: Arc::default(),
        limits,
    };
    Router::new()
        .route("/health", get(|| async { status!(204) }))
        .route("/notes", post(create_note))
        .route("/notes/{id}", get(get_note))
        .with_state(state)
}

async fn create_note(
    State(state): State<AppState>,
    Json(new): Json<NewNote>,
) -> Result<(axum::http::StatusCode, Json<Note>), AppError> {
    if new.title.trim().is_empty() {
        return Err(AppError::EmptyTitle);
    }
    let mut store = state.store.lock()?;
    if store.created >= state.limits.creations {
        return Err(AppError::RateLimited { retry_after: 60 });
    }
    if store.notes.values().any(|n| n.title == new.title) {
        return Err(AppError::TitleTaken(new.title));
    }
    if store.notes.len() >= state.limits.capacity {
        return Err(StorageError::Full(store.notes.len()).into());
    }
    store.created += 1;
    store.next_id += 1;
    let note = Note {
        id: store.next_id,
        title: new.title,
        body: new.body,
    };
    store.notes.insert(note.id, note.clone());
    // axum's `(status, body)` tuples take `http::StatusCode`; ours converts for free.
    Ok((status!(201).into(), Json(note)))
}

async fn get_note(
    State(state): State<AppState>,
    Path(id): Path<u64>,
) -> Result<Json<Note>, AppError> {
    let store = state.store.lock()?;
    store
        .notes
        .get(&id)
        .cloned()
        .map(Json)
        .ok_or(AppError::NotFound(id))
}
