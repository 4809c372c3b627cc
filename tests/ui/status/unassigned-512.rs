fn main() {
    let _ = http_status::status!(512);
}
