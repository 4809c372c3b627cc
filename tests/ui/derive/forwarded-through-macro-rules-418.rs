use http_status::HttpStatus;

macro_rules! api_error {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        $(#[$meta])* $vis enum $name { $($body)* }
    };
}

api_error! {
    #[derive(Debug, HttpStatus)]
    #[status(500)]
    pub enum ApiError {
        #[status(418)]
        Teapot,
    }
}

fn main() {
    let _ = ApiError::Teapot.status();
}
