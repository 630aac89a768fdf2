//! Prints how a file splits into references (a debugging aid).
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    for it in gostbib::parse::split_list_items(&text) {
        println!(
            "{:?} {:?} | {}",
            it.number,
            it.marker.clone().map(|m| &text[m]),
            &text[it.span].replace('\n', "⏎")
        );
    }
}
