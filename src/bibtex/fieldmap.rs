//! A small map from field names to values: an entry has a dozen fields, so a vector
//! searched linearly beats a `BTreeMap` (one allocation per entry instead of a node
//! per few fields), which matters on 20,000-entry files.

/// Fields by lowercase name, in insertion order; at most one value per name.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FieldMap<V>(Vec<(String, V)>);

impl<V> Default for FieldMap<V> {
    fn default() -> Self {
        FieldMap(Vec::new())
    }
}

impl<V> FieldMap<V> {
    pub(crate) fn new() -> Self {
        FieldMap(Vec::new())
    }

    fn position(&self, k: &str) -> Option<usize> {
        // Lengths first: most names differ in length, and then no `memcmp` is called.
        self.0.iter().position(|(name, _)| {
            name.len() == k.len() && name.as_bytes() == k.as_bytes()
        })
    }

    /// Sets `k`, returning the value it replaces.
    pub(crate) fn insert(&mut self, k: String, v: V) -> Option<V> {
        match self.position(&k) {
            Some(i) => Some(std::mem::replace(&mut self.0[i].1, v)),
            None => {
                self.0.push((k, v));
                None
            }
        }
    }

    pub(crate) fn remove(&mut self, k: &str) -> Option<V> {
        self.position(k).map(|i| self.0.swap_remove(i).1)
    }

    pub(crate) fn get(&self, k: &str) -> Option<&V> {
        self.position(k).map(|i| &self.0[i].1)
    }

    pub(crate) fn get_mut(&mut self, k: &str) -> Option<&mut V> {
        self.position(k).map(move |i| &mut self.0[i].1)
    }

    pub(crate) fn contains_key(&self, k: &str) -> bool {
        self.position(k).is_some()
    }

    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&String, &mut V) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }

    /// The same names, each value mapped (names are unique already: nothing is
    /// looked up).
    pub(crate) fn map<W>(&self, mut f: impl FnMut(&str, &V) -> W) -> FieldMap<W> {
        FieldMap(self.0.iter().map(|(k, v)| (k.clone(), f(k, v))).collect())
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<V> FromIterator<(String, V)> for FieldMap<V> {
    /// Later values of a repeated name replace earlier ones.
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut m = FieldMap::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl<V> IntoIterator for FieldMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::FieldMap;

    #[test]
    fn behaves_like_a_map() {
        let mut m = FieldMap::new();
        assert_eq!(m.insert("a".into(), 1), None);
        assert_eq!(m.insert("b".into(), 2), None);
        assert_eq!(m.insert("a".into(), 3), Some(1));
        assert_eq!(m.get("a"), Some(&3));
        assert_eq!(m.remove("a"), Some(3));
        assert!(!m.contains_key("a"));
        assert_eq!(m.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(), ["b"]);
        assert_eq!(
            m.map(|k, v| format!("{k}{v}")).get("b").map(String::as_str),
            Some("b2")
        );
    }
}
