use http_status::HttpStatus;

#[derive(HttpStatus)]
union Bits {
    int: u32,
    float: f32,
}

fn main() {}
