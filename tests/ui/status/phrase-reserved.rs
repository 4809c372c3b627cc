fn main() {
    let _ = http_status::status!("I'm a teapot");
}
