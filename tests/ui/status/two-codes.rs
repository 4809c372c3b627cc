fn main() {
    let _ = http_status::status!(404, 500);
}
