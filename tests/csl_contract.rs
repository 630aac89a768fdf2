//! Every export keeps to the annotation contract: only its fields (plus `id`, `note`
//! and `custom`), names and dates in CSL shape, no empty strings.
mod common;

use gostbib::csl;
use proptest::prelude::*;
use serde_json::Value;

/// The fields of `../shared/corpus/ANNOTATION.md`, and `ISSN`, `id`, `note`, `custom`.
const CONTRACT: &[&str] = &[
    "id",
    "type",
    "language",
    "author",
    "editor",
    "translator",
    "compiler",
    "title",
    "medium",
    "container-title",
    "collection-title",
    "collection-number",
    "volume",
    "number-of-volumes",
    "part-number",
    "issue",
    "chapter-number",
    "page",
    "number-of-pages",
    "edition",
    "publisher-place",
    "publisher",
    "issued",
    "URL",
    "accessed",
    "section",
    "ISBN",
    "ISSN",
    "DOI",
    "archive",
    "archive_location",
    "genre",
    "note",
    "custom",
];

fn check_name(n: &Value) -> Result<(), TestCaseError> {
    let obj = n.as_object().ok_or_else(|| TestCaseError::fail("a name is an object"))?;
    prop_assert!(!obj.is_empty());
    for (k, v) in obj {
        prop_assert!(
            ["family", "given", "non-dropping-particle", "literal"].contains(&k.as_str())
        );
        prop_assert!(v.as_str().is_some_and(|s| !s.trim().is_empty()), "{k}: {v}");
    }
    prop_assert!(obj.contains_key("literal") != obj.contains_key("family"));
    Ok(())
}

fn check_date(d: &Value) -> Result<(), TestCaseError> {
    let obj = d.as_object().ok_or_else(|| TestCaseError::fail("a date is an object"))?;
    for k in obj.keys() {
        prop_assert!(k == "date-parts" || k == "circa", "{k}");
    }
    let parts = obj["date-parts"].as_array().unwrap();
    prop_assert!((1..=2).contains(&parts.len()));
    for p in parts {
        let p = p.as_array().unwrap();
        prop_assert!((1..=3).contains(&p.len()) && p.iter().all(Value::is_i64));
    }
    Ok(())
}

proptest! {
    #[test]
    fn exports_keep_to_the_contract(s in common::source()) {
        let item = csl::to_csl_item(&s);
        for (key, value) in item.as_object().unwrap() {
            prop_assert!(CONTRACT.contains(&key.as_str()), "field outside the contract: {key}");
            match key.as_str() {
                "author" | "editor" | "translator" | "compiler" => {
                    let names = value.as_array().unwrap();
                    prop_assert!(!names.is_empty());
                    for n in names {
                        check_name(n)?;
                    }
                }
                "issued" | "accessed" => check_date(value)?,
                "custom" => prop_assert!(value["gostbib"].as_object().is_some_and(|p| !p.is_empty())),
                _ => prop_assert!(value.as_str().is_some_and(|v| !v.trim().is_empty()), "{key}: {value}"),
            }
        }
        prop_assert_eq!(&item["type"], s.kind.csl_type());
    }
}
