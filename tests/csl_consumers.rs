//! Real CSL-JSON consumers accept our export of every fixture: pandoc reads every item
//! and keeps titles, authors and years; pandoc's citeproc and citeproc-js render every
//! item, with the GOST R 7.0.5-2008 CSL style where it is installed. Each check is
//! skipped (passing, with a note) when its tool is missing.

use std::io::Write;
use std::process::{Command, Stdio};

use gostbib::{Source, csl};
use serde_json::Value;

const FIXTURES: &[&str] = &[
    "seed.csl.json",
    "csl/article.csl.json",
    "csl/newspaper.csl.json",
    "csl/thesis.csl.json",
    "csl/archival.csl.json",
    "csl/multivolume-chapter.csl.json",
    "csl/webpage.csl.json",
    "csl/law.csl.json",
];

/// All fixture sources, exported as one CSL-JSON array.
fn export() -> (Vec<Source>, String) {
    let mut sources = Vec::new();
    for name in FIXTURES {
        let path = format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        sources.extend(csl::from_csl_json(&text).unwrap());
    }
    let json = csl::to_csl_json(&sources);
    (sources, json)
}

/// Whether a pandoc that reads CSL-JSON (2.11 and later) is on PATH.
fn pandoc_available() -> bool {
    let formats = Command::new("pandoc").arg("--list-input-formats").output();
    let ok = formats.is_ok_and(|o| {
        o.status.success()
            && String::from_utf8_lossy(&o.stdout).lines().any(|l| l == "csljson")
    });
    if !ok {
        eprintln!(
            "note: no pandoc with CSL-JSON input on PATH, skipping the pandoc checks"
        );
    }
    ok
}

fn run_pandoc(args: &[&str], stdin: &str) -> String {
    let mut child = Command::new("pandoc")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "pandoc {args:?} failed: {stderr}");
    assert!(stderr.trim().is_empty(), "pandoc {args:?} warned: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

fn families(item: &Value) -> Vec<String> {
    item["author"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|n| {
                    n["family"].as_str().or(n["literal"].as_str()).unwrap().to_owned()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn pandoc_reads_every_item_and_keeps_titles_authors_years() {
    if !pandoc_available() {
        return;
    }
    let (sources, json) = export();
    let ours: Vec<Value> = serde_json::from_str(&json).unwrap();
    let theirs: Vec<Value> =
        serde_json::from_str(&run_pandoc(&["-f", "csljson", "-t", "csljson"], &json))
            .unwrap();
    assert_eq!(theirs.len(), sources.len(), "pandoc dropped items");
    for mine in &ours {
        let id = &mine["id"];
        let back =
            theirs.iter().find(|t| t["id"] == *id).unwrap_or_else(|| panic!("{id} lost"));
        assert_eq!(back["type"], mine["type"], "{id}");
        assert_eq!(back["title"], mine["title"], "{id}");
        assert_eq!(families(back), families(mine), "{id}");
        assert_eq!(
            back["issued"]["date-parts"][0][0], mine["issued"]["date-parts"][0][0],
            "{id}"
        );
        assert_eq!(back["container-title"], mine["container-title"], "{id}");
    }
}

fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[test]
fn pandoc_citeproc_renders_every_item() {
    if !pandoc_available() {
        return;
    }
    let (_, json) = export();
    let path =
        std::env::temp_dir().join(format!("gostbib-csl-{}.json", std::process::id()));
    std::fs::write(&path, &json).unwrap();
    let bib = format!("--bibliography={}", path.display());
    let doc = "---\nnocite: '@*'\n---\n";
    let rendered = run_pandoc(&["--citeproc", &bib, "-t", "plain", "--wrap=none"], doc);
    std::fs::remove_file(&path).ok();
    let rendered = letters(&rendered);
    let items: Vec<Value> = serde_json::from_str(&json).unwrap();
    for item in &items {
        let title = item["title"].as_str().or(item["container-title"].as_str());
        let key = title.or(item["archive"].as_str()).unwrap();
        assert!(rendered.contains(&letters(key)), "{} not rendered: {key}", item["id"]);
        for family in families(item) {
            assert!(
                rendered.contains(&letters(&family)),
                "{} author {family}",
                item["id"]
            );
        }
    }
}

/// `../shared/tools/render-csl.sh` with one engine and the GOST style: one line per item.
fn render_gost(engine: &str, json: &str) -> Option<Vec<String>> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/tools/render-csl.sh");
    let style = "/usr/share/citation-style-language/styles/gost-r-7-0-5-2008.csl";
    let citeproc_js = "/tmp/citeproc/node_modules/citeproc";
    let missing = [script, style, citeproc_js].into_iter().find(|p| {
        !std::path::Path::new(p).exists() && (engine != "pandoc" || *p != citeproc_js)
    });
    if let Some(p) = missing {
        eprintln!("note: {p} not found, skipping the {engine} GOST rendering check");
        return None;
    }
    let path = std::env::temp_dir()
        .join(format!("gostbib-gost-{engine}-{}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    let out = Command::new("bash")
        .args([script, "--engine", engine])
        .arg(&path)
        .arg(style)
        .output()
        .unwrap();
    std::fs::remove_file(&path).ok();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{engine} failed: {stderr}");
    Some(String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect())
}

#[test]
fn pandoc_and_citeproc_js_render_every_item_in_gost_style() {
    if !pandoc_available() {
        return;
    }
    let (_, json) = export();
    let items: Vec<Value> = serde_json::from_str(&json).unwrap();
    for engine in ["pandoc", "citeproc-js"] {
        let Some(lines) = render_gost(engine, &json) else { continue };
        assert_eq!(lines.len(), items.len(), "{engine}: one line per item\n{lines:#?}");
        let all = letters(&lines.join(" "));
        for item in &items {
            if let Some(title) = item["title"].as_str() {
                assert!(all.contains(&letters(title)), "{engine}: {title} not rendered");
            }
        }
    }
}

/// BibLaTeX entries that pandoc turns into CSL-JSON: a producer that is not us.
const BIBLATEX: &str = r#"
@incollection{pankratova,
  author = {Панкратова, А. М.}, title = {Признание СССР Францией},
  booktitle = {История дипломатии}, editor = {Потемкин, В. П.}, volume = {3},
  location = {Москва and Ленинград}, publisher = {Госполитиздат}, date = {1945},
  chapter = {11}, pages = {200--215}, langid = {russian},
}
@article{kantor,
  author = {Кантор, В. К.}, title = {Русский европеец как явление культуры},
  journaltitle = {Вопросы философии}, date = {1992}, number = {10}, pages = {76--86},
  doi = {10.1000/xyz},
}
@online{embassy,
  title = {Российско-Французские отношения},
  organization = {Посольство Российской Федерации во Франции},
  url = {http://www.france.mid.ru/}, urldate = {2020-03-12},
}
"#;

#[test]
fn csl_json_written_by_pandoc_imports_and_exports_unchanged() {
    if !pandoc_available() {
        return;
    }
    let theirs = run_pandoc(&["-f", "biblatex", "-t", "csljson"], BIBLATEX);
    let sources = csl::from_csl_json(&theirs).unwrap();
    assert_eq!(sources.len(), 3);
    let chapter = &sources[0];
    let book = chapter.host.as_deref().expect("container-title makes a host");
    assert_eq!(book.title.main, "История дипломатии");
    assert_eq!(book.places.len(), 2);
    assert_eq!(book.numbering.volume.as_deref(), Some("3"));
    assert_eq!(chapter.numbering.chapter.as_deref(), Some("11"));
    assert_eq!(
        chapter.language.as_ref().map(|l| l.to_string()).as_deref(),
        Some("ru-RU")
    );
    assert_eq!(sources[2].accessed, Some(gostbib::PartialDate::ymd(2020, 3, 12)));

    let theirs: Vec<Value> = serde_json::from_str(&theirs).unwrap();
    let ours: Vec<Value> = serde_json::from_str(&csl::to_csl_json(&sources)).unwrap();
    for (t, o) in theirs.iter().zip(&ours) {
        let (mut t, mut o) = (t.clone(), o.clone());
        t.as_object_mut().unwrap().remove("id");
        o.as_object_mut().unwrap().remove("id");
        assert_eq!(o, t);
    }
}
