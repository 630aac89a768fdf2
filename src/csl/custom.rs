//! The `custom.gostbib` object: what the standard CSL fields do not carry.
//!
//! It is a merge patch (RFC 7386) from the source that the standard fields alone
//! import to ([`super::import::standard_source`]) to the exported source, both in the
//! model's serde form without provenance. Objects are patched key by key (`null`
//! deletes a key); arrays of objects of the same length are patched element by element
//! (`{}` leaves an element as it is); any other difference replaces the value whole.
//! So the object holds only the differences, never a second copy of the source.

use serde_json::{Map, Value};

/// The key under `custom` that holds gostbib's patch.
pub(super) const KEY: &str = "gostbib";

/// The patch that turns `from` into `to`, or `None` when they are equal.
pub(super) fn diff(from: &Value, to: &Value) -> Option<Value> {
    if from == to {
        return None;
    }
    match (from, to) {
        (Value::Object(a), Value::Object(b)) => {
            let mut patch = Map::new();
            for (key, new) in b {
                match a.get(key) {
                    None => {
                        patch.insert(key.clone(), new.clone());
                    }
                    Some(old) => {
                        if let Some(d) = diff(old, new) {
                            patch.insert(key.clone(), d);
                        }
                    }
                }
            }
            for key in a.keys().filter(|k| !b.contains_key(*k)) {
                patch.insert(key.clone(), Value::Null);
            }
            Some(Value::Object(patch))
        }
        (Value::Array(a), Value::Array(b)) if element_wise(a, b) => Some(Value::Array(
            a.iter()
                .zip(b)
                .map(|(x, y)| diff(x, y).unwrap_or_else(|| Value::Object(Map::new())))
                .collect(),
        )),
        _ => Some(to.clone()),
    }
}

/// Applies a patch made by [`diff`] to the value it was made from.
pub(super) fn apply(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(fields) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            if let Value::Object(map) = target {
                for (key, p) in fields {
                    if p.is_null() {
                        map.remove(key);
                    } else {
                        apply(map.entry(key.clone()).or_insert(Value::Null), p);
                    }
                }
            }
        }
        Value::Array(patches) => match target {
            Value::Array(items) if element_wise(items, patches) => {
                for (item, p) in items.iter_mut().zip(patches) {
                    apply(item, p);
                }
            }
            _ => *target = patch.clone(),
        },
        _ => *target = patch.clone(),
    }
}

/// Two arrays are patched element by element when both hold only objects and have the
/// same length.
fn element_wise(a: &[Value], b: &[Value]) -> bool {
    a.len() == b.len() && a.iter().chain(b).all(Value::is_object)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip(from: Value, to: Value) -> Option<Value> {
        let patch = diff(&from, &to);
        let mut back = from;
        if let Some(p) = &patch {
            apply(&mut back, p);
        }
        assert_eq!(back, to);
        patch
    }

    #[test]
    fn equal_values_need_no_patch() {
        assert_eq!(
            round_trip(json!({"a": [1, {"b": 2}]}), json!({"a": [1, {"b": 2}]})),
            None
        );
    }

    #[test]
    fn objects_are_patched_key_by_key() {
        let patch = round_trip(
            json!({"kind": "book", "title": {"main": "A"}, "notes": ["x"]}),
            json!({"kind": "book", "title": {"main": "A", "supplied": true}}),
        );
        assert_eq!(patch, Some(json!({"title": {"supplied": true}, "notes": null})));
    }

    #[test]
    fn arrays_of_objects_are_patched_element_by_element() {
        let patch = round_trip(
            json!({"places": [{"name": "Москва"}, {"name": "Ленинград"}]}),
            json!({"places": [{"name": "Москва", "written": "М."}, {"name": "Ленинград"}]}),
        );
        assert_eq!(patch, Some(json!({"places": [{"written": "М."}, {}]})));
    }

    #[test]
    fn other_differences_replace_the_value() {
        let patch = round_trip(json!({"a": ["x", "y"]}), json!({"a": ["x"]}));
        assert_eq!(patch, Some(json!({"a": ["x"]})));
        round_trip(json!({"a": [{"n": 1}]}), json!({"a": [{"n": 1}, {"n": 2}]}));
        round_trip(json!({"a": "text"}), json!({"a": {"n": 1}}));
        round_trip(json!({"a": [1, 2]}), json!({"a": [{"n": 1}, {"n": 2}]}));
    }
}
