fn main() {
    let _ = http_status::status!("Not Fond");
}
