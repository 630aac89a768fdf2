//! Language identification measured on the development corpus.

use gostbib::lang::detect_language;

const REFS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/refs.txt");
const GOLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev/gold.json");

#[test]
fn accuracy_on_the_dev_corpus() {
    let (Ok(refs), Ok(gold)) =
        (std::fs::read_to_string(REFS), std::fs::read_to_string(GOLD))
    else {
        eprintln!("note: dev corpus not found, accuracy not measured");
        return;
    };
    let gold: Vec<serde_json::Value> = serde_json::from_str(&gold).unwrap();
    let lines: Vec<&str> = refs.lines().collect();
    assert_eq!(lines.len(), gold.len(), "refs.txt and gold.json are in the same order");
    let (mut total, mut right, mut ru_vs_other_right) = (0, 0, 0);
    let mut wrong = Vec::new();
    for (line, item) in lines.iter().zip(&gold) {
        let Some(want) = item["language"].as_str() else { continue };
        let got = detect_language(line).to_string();
        total += 1;
        if got == want {
            right += 1;
        } else {
            wrong.push(format!("{want} → {got}: {line}"));
        }
        if (got == "ru") == (want == "ru") {
            ru_vs_other_right += 1;
        }
    }
    let accuracy = right as f64 / total as f64;
    let ru_accuracy = ru_vs_other_right as f64 / total as f64;
    eprintln!(
        "language: {right}/{total} = {:.2}%, ru vs other {:.2}%; wrong: {wrong:#?}",
        accuracy * 100.0,
        ru_accuracy * 100.0
    );
    assert!(total > 250);
    // The floor is what the detector reaches (287/288 when written); the issue asks for
    // at least 99 % Russian vs other.
    assert!(ru_accuracy >= 0.996, "ru vs other {ru_accuracy}");
    assert!(accuracy >= 0.996, "accuracy {accuracy}");
}
