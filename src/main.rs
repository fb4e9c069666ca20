//! Entry point: mount the app. Everything else lives in the library crate.

fn main() {
    my_number_guide::start();
}
