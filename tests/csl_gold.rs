//! The development gold (`../shared/corpus/dev/gold.json`, CSL-JSON written by people
//! to the annotation contract) imports and exports again to the same items: the
//! export mapping is the exact inverse of the import mapping on real data.

use serde_json::Value;

const GOLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/gold.json");

#[test]
fn dev_gold_items_survive_import_and_export() {
    let Ok(text) = std::fs::read_to_string(GOLD) else {
        eprintln!("note: {GOLD} not found, skipping the dev gold round trip");
        return;
    };
    let sources = gostbib::csl::from_csl_json(&text).unwrap();
    let gold: Vec<Value> = serde_json::from_str(&text).unwrap();
    let back: Vec<Value> =
        serde_json::from_str(&gostbib::csl::to_csl_json(&sources)).unwrap();
    assert_eq!(back.len(), gold.len());
    let mut differ = Vec::new();
    for (g, b) in gold.iter().zip(&back) {
        let (mut g, mut b) = (g.clone(), b.clone());
        for key in ["id", "custom"] {
            g.as_object_mut().unwrap().remove(key);
            b.as_object_mut().unwrap().remove(key);
        }
        if g != b {
            differ.push(format!("{g}\n  became {b}"));
        }
    }
    assert!(
        differ.is_empty(),
        "{} of {} differ:\n{}",
        differ.len(),
        gold.len(),
        differ.join("\n")
    );
    // Foreign items carry no gostbib patch: nothing beyond the standard fields.
    assert!(back.iter().all(|b| b.get("custom").is_none()));
}
