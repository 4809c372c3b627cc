fn main() {
    let _ = http_status::status!(b"Not Found");
}
