fn main() {
    let _ = http_status::status!(StatusCode::NOT_FOUND);
}
