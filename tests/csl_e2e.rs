//! End to end: the seed's "Lit." paragraph, parsed and exported, gives the expected
//! CSL-JSON of `fixtures/seed.csl.json`.

use gostbib::{Parser, csl};
use serde_json::Value;

const SEED_LIT: &str = include_str!("../fixtures/seed-lit.txt");
const SEED_CSL: &str = include_str!("../fixtures/seed.csl.json");

fn parsed_export() -> Vec<Value> {
    let out = Parser::new().lenient(true).parse(SEED_LIT).unwrap();
    serde_json::from_str(&csl::to_csl_json(&out.sources)).unwrap()
}

#[test]
fn parsed_seed_exports_every_standard_field_of_the_fixture() {
    let got = parsed_export();
    let want: Vec<Value> = serde_json::from_str(SEED_CSL).unwrap();
    assert_eq!(got.len(), want.len(), "three references");
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let (g, w) = (g.as_object().unwrap(), w.as_object().unwrap());
        for key in g.keys().chain(w.keys()).filter(|k| *k != "custom") {
            assert_eq!(g.get(key), w.get(key), "item {i}, field `{key}`");
        }
    }
}

#[test]
fn parsed_seed_keeps_written_places_and_the_missing_date_in_custom() {
    let got = parsed_export();
    let want: Vec<Value> = serde_json::from_str(SEED_CSL).unwrap();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        let (g, w) = (&g["custom"]["gostbib"], &w["custom"]["gostbib"]);
        assert_eq!(
            g["host"]["places"], w["host"]["places"],
            "item {i}: М., Л. as written"
        );
        assert_eq!(
            g["host"]["date_missing"], w["host"]["date_missing"],
            "item {i}: Б. д."
        );
        assert_eq!(g["notes"], w["notes"], "item {i}: the note is the reference text");
    }
}
