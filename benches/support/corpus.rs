//! A deterministic generator of realistic sources for benchmarks and scaling tests.
//!
//! The mix of kinds follows the development corpus (`../shared/corpus/dev/`): mostly
//! books, then chapters and journal articles, newspaper articles, web pages, archival
//! documents, theses and laws; about one source in ten is in a Latin-script language.
#![allow(dead_code, unreachable_pub)]

use gostbib::*;

/// splitmix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const FAMILIES: &[&str] = &[
    "Панкратова",
    "Иванов",
    "Салтыков-Щедрин",
    "Громыко",
    "Ковалев",
    "Тихвинский",
    "Дузь",
    "Зиновьев",
    "Фурсова",
    "Кутепов",
    "Виноградова",
    "Тарасова",
    "Адорно",
    "Никонов",
    "Яковлева",
    "Щетинина",
    "Юзефович",
    "Барыкина",
    "Шевченко",
    "Ёлкин",
    "Родзянко",
];
const LATIN_FAMILIES: &[&str] = &[
    "Medlin",
    "Zenkovsky",
    "Franklin",
    "Shepard",
    "Smith",
    "Dubois",
    "Müller",
    "Kowalski",
];
const INITIALS: &[&str] =
    &["А. М.", "В. И.", "С. Л.", "П. Д.", "Ю. Г.", "Е. Ф.", "Л.", "Ж.-П."];
const LATIN_INITIALS: &[&str] = &["W. K.", "S.", "J.", "A. B.", "M."];
const WORDS: &[&str] = &[
    "история",
    "дипломатии",
    "признание",
    "Советского",
    "Союза",
    "экономика",
    "предприятия",
    "финансовый",
    "анализ",
    "государства",
    "права",
    "теория",
    "очерк",
    "университета",
    "культура",
    "России",
    "Сибири",
    "Кузбасса",
    "реформы",
    "века",
    "общество",
    "политика",
];
const LATIN_WORDS: &[&str] = &[
    "history",
    "of",
    "the",
    "church",
    "state",
    "Muscovite",
    "Russia",
    "relations",
    "epics",
    "medieval",
    "political",
    "study",
    "emergence",
    "society",
];
const PLACES: &[(&str, Option<&str>)] = &[
    ("Москва", Some("М.")),
    ("Ленинград", Some("Л.")),
    ("Санкт-Петербург", Some("СПб.")),
    ("Ростов-на-Дону", Some("Ростов н/Д")),
    ("Новосибирск", None),
    ("Казань", None),
    ("Кемерово", None),
];
const PUBLISHERS: &[&str] =
    &["Наука", "Проспект", "ИНФРА-М", "Финансы и статистика", "Сов. писатель", "Норма"];
const JOURNALS: &[&str] = &[
    "Вопросы истории",
    "Отечественная история",
    "Сов. государство и право",
    "Вопр. философии",
    "Военно-исторический журнал",
];
const NEWSPAPERS: &[&str] = &["Правда", "Известия", "Кузбасс", "Рос. газ."];
const ARCHIVES: &[&str] = &["ГА РФ", "РГАСПИ", "ЦАМО", "ОР РГБ"];

fn title(rng: &mut Rng, latin: bool) -> String {
    let words = if latin { LATIN_WORDS } else { WORDS };
    let n = 2 + rng.below(6);
    let mut t = String::new();
    for i in 0..n {
        if i > 0 {
            t.push(' ');
        }
        let w = rng.pick(words);
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                t.extend(f.to_uppercase());
                t.push_str(c.as_str());
            }
        } else {
            t.push_str(w);
        }
    }
    t
}

fn person(rng: &mut Rng, latin: bool) -> Name {
    let (fam, ini) =
        if latin { (LATIN_FAMILIES, LATIN_INITIALS) } else { (FAMILIES, INITIALS) };
    Name::Person(Person::new(rng.pick(fam), rng.pick(ini)))
}

fn imprint(rng: &mut Rng, s: &mut Source) {
    let (name, abbr) = PLACES[rng.below(PLACES.len())];
    s.places.push(match abbr {
        Some(a) => Place::abbreviated(name, a),
        None => Place::new(name),
    });
    if rng.below(10) == 0 {
        s.places.push(Place::abbreviated("Ленинград", "Л."));
    }
    if rng.below(2) == 0 {
        s.publishers.push(rng.pick(PUBLISHERS).to_owned());
    }
    s.date = Some(Date::year(1900 + rng.below(125) as i32));
}

fn book(rng: &mut Rng, latin: bool) -> Source {
    let mut s = Source::new(Kind::Book);
    for _ in 0..rng.below(4) {
        s.authors.push(person(rng, latin));
    }
    s.title = Title::new(title(rng, latin));
    if rng.below(4) == 0 {
        s.title.other.push(if latin {
            "a study".into()
        } else {
            "учеб. пособие".into()
        });
    }
    imprint(rng, &mut s);
    if rng.below(2) == 0 {
        s.extent = Some(format!("{} с.", 100 + rng.below(800)));
    }
    s
}

/// Source number `i` of a corpus seeded with `seed`.
pub fn source(seed: u64, i: usize) -> Source {
    let mut rng = Rng(seed ^ (i as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let latin = rng.below(10) == 0;
    let lang = if latin { "en" } else { "ru" };
    let mut s = match rng.below(100) {
        0..=44 => book(&mut rng, latin),
        45..=59 => {
            let mut part = Source::new(Kind::Chapter);
            part.authors.push(person(&mut rng, latin));
            part.title = Title::new(title(&mut rng, latin));
            let mut host = book(&mut rng, latin);
            host.authors.clear();
            host.extent = None;
            if rng.below(3) == 0 {
                host.numbering.volume = Some((1 + rng.below(12)).to_string());
            }
            part.numbering.pages =
                Some(format!("{}–{}", 10 + rng.below(100), 120 + rng.below(300)));
            part.host = Some(Box::new(host));
            part
        }
        60..=74 => {
            let mut art = Source::new(Kind::Article);
            art.authors.push(person(&mut rng, latin));
            art.title = Title::new(title(&mut rng, latin));
            let mut host = Source::new(Kind::Periodical);
            host.title = Title::new(rng.pick(JOURNALS));
            host.date = Some(Date::year(1950 + rng.below(75) as i32));
            host.numbering.issue = Some((1 + rng.below(12)).to_string());
            art.numbering.pages =
                Some(format!("{}–{}", 3 + rng.below(100), 110 + rng.below(50)));
            art.host = Some(Box::new(host));
            art
        }
        75..=79 => {
            let mut art = Source::new(Kind::NewspaperArticle);
            art.authors.push(person(&mut rng, false));
            art.title = Title::new(title(&mut rng, false));
            let mut host = Source::new(Kind::Periodical);
            host.title = Title::new(rng.pick(NEWSPAPERS));
            host.date = Some(Date::new(PartialDate::ymd(
                1920 + rng.below(100) as i32,
                1 + rng.below(12) as u8,
                1 + rng.below(28) as u8,
            )));
            art.numbering.pages = Some((1 + rng.below(8)).to_string());
            art.host = Some(Box::new(host));
            art
        }
        80..=87 => {
            let mut web = Source::new(Kind::WebPage);
            web.title = Title::new(title(&mut rng, latin));
            web.medium = Some("Электронный ресурс".into());
            web.url = Some(format!(
                "http://www.example{}.ru/page/{}",
                rng.below(100),
                rng.below(10_000)
            ));
            if rng.below(2) == 0 {
                web.accessed = Some(PartialDate::ymd(
                    2010 + rng.below(15) as i32,
                    1 + rng.below(12) as u8,
                    1 + rng.below(28) as u8,
                ));
            }
            web
        }
        88..=92 => {
            let mut a = Source::new(Kind::Archival);
            a.title = Title::new(title(&mut rng, false));
            a.archive = Some(Archive {
                repository: rng.pick(ARCHIVES).to_owned(),
                fond: Some((1 + rng.below(9000)).to_string()),
                inventory: Some((1 + rng.below(20)).to_string()),
                file: Some((1 + rng.below(3000)).to_string()),
                leaves: Some(format!("{}–{}", 1 + rng.below(50), 60 + rng.below(50))),
                location: None,
            });
            a
        }
        93..=95 => {
            let mut t = book(&mut rng, false);
            t.kind = Kind::Thesis;
            t.authors.truncate(1);
            if t.authors.is_empty() {
                t.authors.push(person(&mut rng, false));
            }
            t.publishers.clear();
            t.thesis = Some(Thesis {
                degree: "дис. … канд. ист. наук".into(),
                ..Thesis::default()
            });
            t
        }
        _ => {
            let mut law = Source::new(Kind::Law);
            law.title =
                Title::new(format!("О {}", title(&mut rng, false).to_lowercase()));
            law.title.other.push(format!(
                "федер. закон от {} № {}-ФЗ",
                1 + rng.below(28),
                1 + rng.below(500)
            ));
            let mut host = Source::new(Kind::Periodical);
            host.title = Title::new("Собр. законодательства Рос. Федерации");
            host.date = Some(Date::year(1994 + rng.below(30) as i32));
            host.numbering.issue = Some((1 + rng.below(52)).to_string());
            law.numbering.section = Some((1 + rng.below(6000)).to_string());
            law.host = Some(Box::new(host));
            law
        }
    };
    s.language = lang.parse().ok();
    s
}

/// `n` sources seeded with `seed`.
pub fn sources(seed: u64, n: usize) -> Vec<Source> {
    (0..n).map(|i| source(seed, i)).collect()
}
