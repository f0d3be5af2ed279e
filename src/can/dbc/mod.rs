//! CAN databases (DBC): read them (`parse`), decode and encode frames with them (`codec`), show them (`show`).
//! `--dbc` on `can decode`, `can dump` and `can send` loads them through [`load`].

pub mod codec;
pub mod model;
mod parse;
#[cfg(test)]
mod roundtrip_tests;
pub mod show;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use crate::error::{Failure, Kind};
pub use model::Database;
pub use parse::hex_id;

/// Reads and merges the databases in order: a later file's message with an id already defined replaces the
/// earlier one, with a warning. Warnings (`file:line: …`) go to `warn`, each once.
pub fn load(paths: &[PathBuf], warn: &mut dyn FnMut(String)) -> anyhow::Result<Database> {
    let mut db = Database::default();
    // (id, extended) → index in `db.messages`, and the nodes seen: merging stays linear in the files' size.
    let mut index: HashMap<(u32, bool), usize> = HashMap::new();
    let mut nodes: HashSet<String> = HashSet::new();
    for path in paths {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            Failure::new(
                Kind::Config,
                format!("cannot read the DBC file {file}: {e}"),
            )
        })?;
        let parsed = parse::parse(&file, &parse::decode_text(&bytes), warn)?;
        for node in parsed.nodes {
            if nodes.insert(node.clone()) {
                db.nodes.push(node);
            }
        }
        for m in parsed.messages {
            match index.get(&(m.id, m.extended)).copied() {
                Some(i) => {
                    let old = &db.messages[i];
                    warn(format!(
                        "{}: message {} '{}' replaces '{}' of {}",
                        m.place,
                        hex_id(m.id, m.extended),
                        m.name,
                        old.name,
                        old.place
                    ));
                    db.messages[i] = m;
                }
                None => {
                    index.insert((m.id, m.extended), db.messages.len());
                    db.messages.push(m);
                }
            }
        }
    }
    db.index();
    Ok(db)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/dbc")
            .join(name)
    }

    #[test]
    fn a_later_file_replaces_a_message_with_the_same_id() {
        let (engine, over) = (data("engine.dbc"), data("override.dbc"));
        let mut warnings = Vec::new();
        let db = load(&[engine.clone(), over.clone()], &mut |w| warnings.push(w)).unwrap();
        let (e, o) = (engine.display(), over.display());
        assert_eq!(
            warnings,
            [format!(
                "{o}:9: message 200 'TransmissionV2' replaces 'Transmission' of {e}:33"
            )]
        );
        let names: Vec<&str> = db.messages.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names[1], "TransmissionV2", "in the earlier one's place");
        assert_eq!(names.last(), Some(&"Clutch"));
        assert_eq!(db.find(0x200, false).unwrap().name, "TransmissionV2");
        assert_eq!(db.find(0x18FEF100, true).unwrap().name, "J1939Engine");
        assert!(db.find(0x18FEF100, false).is_none());
        assert_eq!(db.nodes, ["ECU", "DASH", "GATEWAY"]);
    }

    #[test]
    fn cp1252_files_load() {
        let db = load(&[data("cp1252.dbc")], &mut |w| panic!("{w}")).unwrap();
        assert_eq!(db.messages[0].signals[0].unit, "°C");
    }

    #[test]
    fn an_unreadable_file_is_a_config_error() {
        let err = load(&[data("no-such.dbc")], &mut |_| {}).unwrap_err();
        assert_eq!(crate::error::kind_of(&err), Kind::Config);
        assert!(
            err.to_string().starts_with("cannot read the DBC file "),
            "{err}"
        );
    }
}
