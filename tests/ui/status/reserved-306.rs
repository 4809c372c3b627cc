use http_status::status;

fn main() {
    let _ = status!(306);
}
