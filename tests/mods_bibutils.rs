//! Cross-checks with bibutils, an independent MODS implementation (Debian `bibutils`):
//! `xml2bib` must read back from our MODS the authors, titles, host, volume, pages, year,
//! place and URL; and we must read what `bib2xml` writes. Skipped with a note when the
//! tools are missing.

mod mods_support;

use std::path::Path;
use std::process::Command;

use gostbib::mods::{from_mods_str, to_mods_record};
use gostbib::{Kind, Name, Role};
use mods_support::{fixtures, temp_file as temp};

fn have(tool: &str) -> bool {
    // bibutils tools print their version with -v and exit 0.
    let ok = Command::new(tool).arg("-v").output().is_ok();
    if !ok {
        eprintln!(
            "note: {tool} not found (apt-get install bibutils); bibutils test skipped"
        );
    }
    ok
}

fn run(tool: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool).args(args).arg(file).output().unwrap();
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The fields of the first BibTeX entry as xml2bib writes it (one field per line,
/// continuation lines indented): `(entry type, [(field, value)])`.
fn bib_fields(bib: &str) -> (String, Vec<(String, String)>) {
    let at = bib.find('@').expect("an entry");
    let kind = bib[at + 1..].split('{').next().unwrap().to_lowercase();
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in bib[at..].lines().skip(1) {
        let is_field =
            line.starts_with("  ") && line[2..].starts_with(char::is_alphabetic);
        match line.split_once(" = ") {
            Some((name, value)) if is_field => {
                fields.push((name.trim().to_lowercase(), value.trim().to_owned()));
            }
            _ => match fields.last_mut() {
                Some((_, v)) if line.trim() != "}" => {
                    v.push(' ');
                    v.push_str(line.trim());
                }
                _ => {}
            },
        }
    }
    for (_, v) in &mut fields {
        let t = v.trim_end_matches(',');
        let t = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')).unwrap_or(t);
        *v = t.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    (kind, fields)
}

#[test]
fn xml2bib_reads_what_matters_from_our_mods() {
    if !have("xml2bib") {
        return;
    }
    let mut checked = 0;
    for (stem, s) in fixtures() {
        let file = temp(&format!("{stem}.xml"), &to_mods_record(&s).unwrap());
        let (entry, fields) =
            bib_fields(&run("xml2bib", &["-nb", "-nl", "-b", "-w"], &file));
        let _ = std::fs::remove_file(&file);
        let field = |names: &[&str]| -> String {
            fields
                .iter()
                .filter(|(k, _)| names.contains(&k.as_str()))
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let ctx = format!("{stem}: @{entry} {fields:?}");
        let authors = field(&["author"]);
        for a in &s.authors {
            let family = match a {
                Name::Person(p) => p.family.as_str(),
                Name::Organization(o) => o.as_str(),
                _ => continue,
            };
            assert!(authors.contains(family), "author {family} lost; {ctx}");
        }
        for c in s.contributors.iter().filter(|c| c.role == Role::Editor) {
            if let Name::Person(p) = &c.name {
                assert!(field(&["editor"]).contains(&p.family), "editor lost; {ctx}");
            }
        }
        assert!(field(&["title"]).contains(&s.title.main), "title lost; {ctx}");
        if let Some(h) = &s.host {
            // bibutils has containers only for these entry types; a web page's site is
            // lost in its @Misc (a bibutils limitation, see docs/mods.md).
            if ["article", "inbook", "incollection", "inproceedings"]
                .contains(&entry.as_str())
            {
                let hosts = field(&["journal", "booktitle", "series"]);
                assert!(hosts.contains(&h.title.main), "host title lost; {ctx}");
            }
            if let Some(v) = &h.numbering.volume {
                assert_eq!(&field(&["volume"]), v, "volume; {ctx}");
            }
            if let Some(i) = &h.numbering.issue {
                assert_eq!(&field(&["number"]), i, "issue; {ctx}");
            }
        }
        if let Some(p) = &s.numbering.pages {
            assert_eq!(field(&["pages"]), p.replace('–', "--"), "pages; {ctx}");
        }
        let year =
            s.date.or_else(|| s.hosts().find_map(|h| h.date)).map(|d| d.start.year);
        if let Some(y) = year {
            assert!(field(&["year"]).starts_with(&y.to_string()), "year; {ctx}");
        }
        if let Some(place) = s.places.first() {
            assert!(field(&["address"]).contains(&place.name), "place; {ctx}");
        }
        if let Some(url) = &s.url {
            assert!(field(&["url"]).contains(url.as_str()), "url; {ctx}");
        }
        checked += 1;
    }
    assert!(checked >= 17);
}

const BIB: &str = r"
@article{ivanov2001,
  author = {Иванов, Иван Иванович and Petrov, P. P.},
  title = {Статья о чём-то},
  journal = {Вопросы истории},
  year = {2001}, volume = {17}, number = {3}, pages = {12--15},
  url = {https://example.ru/a?x=1&y=2}, doi = {10.1000/182}, issn = {0042-8779},
  language = {russian}
}
@book{smith1999,
  author = {Smith, John}, editor = {Doe, Jane},
  title = {A Book: With Subtitle},
  address = {New York}, publisher = {Penguin}, year = {1999}, edition = {2},
  isbn = {978-5-123-45678-9}
}
@incollection{arist,
  author = {Аристотель}, title = {Метафизика}, booktitle = {Сочинения},
  editor = {Асмус, В. Ф.}, address = {Москва}, publisher = {Мысль}, year = {1976},
  volume = {1}, pages = {63--367}
}
@phdthesis{th, author = {Кузнецов, К. К.}, title = {Диссертация}, school = {МГУ}, year = {2010}}
";

#[test]
fn bib2xml_records_are_read() {
    if !have("bib2xml") {
        return;
    }
    let file = temp("in.bib", BIB);
    let xml = run("bib2xml", &[], &file);
    let _ = std::fs::remove_file(&file);
    let s = from_mods_str(&xml).unwrap();
    assert_eq!(s.len(), 4);

    let a = &s[0];
    assert_eq!(a.kind, Kind::Article);
    let Name::Person(p) = &a.authors[0] else { panic!("{:?}", a.authors) };
    assert_eq!(
        (p.family.as_str(), p.given.as_deref()),
        ("Иванов", Some("Иван Иванович"))
    );
    let Name::Person(p) = &a.authors[1] else { panic!() };
    assert_eq!((p.family.as_str(), p.initials.as_deref()), ("Petrov", Some("P P")));
    let host = a.host.as_deref().unwrap();
    assert_eq!(host.title.main, "Вопросы истории");
    assert_eq!(host.numbering.volume.as_deref(), Some("17"));
    assert_eq!(host.numbering.issue.as_deref(), Some("3"));
    assert_eq!(host.identifiers.issn.as_deref(), Some("0042-8779"));
    assert_eq!(a.numbering.pages.as_deref(), Some("12–15"));
    assert_eq!(a.date.map(|d| d.start.year), Some(2001));
    assert_eq!(a.url.as_deref(), Some("https://example.ru/a?x=1&y=2"));
    assert_eq!(a.identifiers.doi.as_deref(), Some("10.1000/182"));
    assert_eq!(a.language.as_ref().map(|l| l.to_string()).as_deref(), Some("ru"));

    let b = &s[1];
    assert_eq!(b.kind, Kind::Book);
    assert_eq!(b.title.main, "A Book");
    assert_eq!(b.title.other, ["With Subtitle"]);
    assert_eq!(b.places[0].name, "New York");
    assert_eq!(b.publishers, ["Penguin"]);
    assert_eq!(b.edition.as_deref(), Some("2"));
    assert_eq!(b.contributors[0].role, Role::Editor);
    assert_eq!(b.identifiers.isbn, ["978-5-123-45678-9"]);

    let c = &s[2];
    assert_eq!(c.kind, Kind::Chapter);
    assert!(matches!(&c.authors[0], Name::Person(p) if p.family == "Аристотель"));
    let host = c.host.as_deref().unwrap();
    assert_eq!(host.title.main, "Сочинения");
    assert_eq!(host.numbering.volume.as_deref(), Some("1"));
    assert_eq!(host.places[0].name, "Москва");
    assert_eq!(host.contributors[0].role, Role::Editor);
    assert_eq!(c.numbering.pages.as_deref(), Some("63–367"));

    let t = &s[3];
    assert_eq!(t.kind, Kind::Thesis);
    assert_eq!(t.thesis.as_ref().and_then(|t| t.institution.as_deref()), Some("МГУ"));
}

const BIBLATEX: &str = r"
@inbook{arist,
  author = {Аристотель}, title = {Метафизика}, translator = {Кубицкий, А. В.},
  booktitle = {Том первый}, maintitle = {Сочинения}, volume = {1}, volumes = {4},
  editor = {Асмус, В. Ф.}, location = {Москва}, publisher = {Мысль}, date = {1976},
  pages = {63--367}, langid = {russian}
}
@online{site, title = {Страница}, organization = {Президентская библиотека},
  url = {https://www.prlib.ru/x}, urldate = {2020-03-12}, date = {2019-05-01}}
";

/// `biblatex2xml` writes a `maintitle` as the host of the host: a chapter in a volume
/// of a set.
#[test]
fn biblatex2xml_records_are_read() {
    if !have("biblatex2xml") {
        return;
    }
    let file = temp("in-blx.bib", BIBLATEX);
    let xml = run("biblatex2xml", &[], &file);
    let _ = std::fs::remove_file(&file);
    let s = from_mods_str(&xml).unwrap();
    let c = &s[0];
    assert_eq!(c.kind, Kind::Chapter);
    assert_eq!(c.numbering.pages.as_deref(), Some("63–367"));
    let volume = c.host.as_deref().unwrap();
    assert_eq!(volume.kind, Kind::Volume);
    assert_eq!(volume.title.main, "Том первый");
    assert_eq!(volume.numbering.volume.as_deref(), Some("1"));
    assert_eq!(volume.numbering.volumes.as_deref(), Some("4"));
    let set = volume.host.as_deref().unwrap();
    assert_eq!(set.title.main, "Сочинения");
    let w = &s[1];
    assert_eq!(w.kind, Kind::WebPage);
    assert_eq!(w.url.as_deref(), Some("https://www.prlib.ru/x"));
    assert_eq!(w.accessed.map(|d| d.to_string()).as_deref(), Some("2020-03-12"));
    assert_eq!(w.date.map(|d| d.start.to_string()).as_deref(), Some("2019-05-01"));
}
