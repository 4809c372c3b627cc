fn main() {
    let _ = http_status::status!(NOT_FOUND);
}
