// A member or a header goes to every client: never a source error.
use http_status::HttpStatus;

#[derive(Debug, thiserror::Error)]
#[error("pool timed out on postgres://app:hunter2@10.0.0.5/app")]
struct PoolError;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Storage {
    #[error("storage is down")]
    #[status(503)]
    Pool(#[from] #[header("x-cause")] PoolError),
    #[error("storage is down: {source}")]
    #[status(503)]
    Named {
        #[problem]
        source: std::io::Error,
    },
}

fn main() {}
