//! Persons, organisations and their roles.

use serde::{Deserialize, Serialize};

/// A person's name as GOST writes it: family name and initials, with full given
/// names where the source gives them.
///
/// ```
/// use gostbib::Person;
/// let p = Person::new("Панкратова", "А. М.");
/// assert_eq!(p.family, "Панкратова");
/// assert_eq!(p.initials.as_deref(), Some("А. М."));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// Family name in the nominative (`Иванов`), hyphenated names whole
    /// (`Салтыков-Щедрин`).
    pub family: String,
    /// Initials as GOST writes them, with a space between them: `А. М.`, `Ж.-П.`,
    /// `Дж.`, `Yu.`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub initials: Option<String>,
    /// Full given names where the source gives them (`Анна Михайловна`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given: Option<String>,
    /// A particle written before the family name (`де`, `фон`, `van`, `de`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub particle: Option<String>,
    /// The family name exactly as written when it differs from [`Person::family`],
    /// e.g. the genitive after `под ред.` (`Иванова` for the nominative `Иванов`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
}

impl Person {
    /// A person with a family name and initials.
    pub fn new(family: impl Into<String>, initials: impl Into<String>) -> Self {
        let initials = initials.into();
        Person {
            family: family.into(),
            initials: (!initials.is_empty()).then_some(initials),
            ..Person::default()
        }
    }
}

/// A name: a person or an organisation (corporate body).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Name {
    /// A natural person.
    Person(Person),
    /// An organisation, written as a whole (`Рос. акад. наук`, `ГА РФ`).
    Organization(String),
}

impl Default for Name {
    fn default() -> Self {
        Name::Organization(String::new())
    }
}

/// The function of a contributor (ГОСТ: сведения об ответственности).
///
/// ```
/// use gostbib::Role;
/// assert_eq!(Role::Editor.marc_code(), "edt");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Role {
    /// Author (автор).
    #[default]
    Author,
    /// Editor (`под ред.`, `ред.`, `ed.`).
    Editor,
    /// Editor-in-chief (`гл. ред.`).
    ChiefEditor,
    /// Responsible editor (`отв. ред.`).
    ResponsibleEditor,
    /// Translator (`пер.`, `trans.`).
    Translator,
    /// Compiler (`сост.`, `comp.`).
    Compiler,
    /// Author of commentary (`коммент.`).
    Commentator,
    /// Author of an introduction or preface (`предисл.`, `вступ. ст.`).
    Introduction,
    /// Illustrator (`ил.`, `худож.`).
    Illustrator,
    /// Any other function, as written (`подгот.`, `публ.`).
    Other(String),
}

impl Role {
    /// The MARC relator code of the role (`aut`, `edt`, `trl`, `com`, …).
    pub fn marc_code(&self) -> &'static str {
        match self {
            Role::Author => "aut",
            Role::Editor | Role::ChiefEditor | Role::ResponsibleEditor => "edt",
            Role::Translator => "trl",
            Role::Compiler => "com",
            Role::Commentator => "cwt",
            Role::Introduction => "aui",
            Role::Illustrator => "ill",
            Role::Other(_) => "ctb",
        }
    }
}

/// A name with its role, in the order the source gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Contributor {
    /// Who.
    pub name: Name,
    /// In what function.
    pub role: Role,
}

impl Contributor {
    /// A contributor with a role.
    pub fn new(name: Name, role: Role) -> Self {
        Contributor { name, role }
    }
}
