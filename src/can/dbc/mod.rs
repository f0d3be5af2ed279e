//! CAN databases (DBC): read them (`parse`), decode and encode frames with them (`codec`), show them (`show`).
//! `--dbc` on `can decode`, `can dump` and `can send` loads them through [`load`].

pub mod codec;
pub mod model;
mod parse;
pub mod show;

use std::path::PathBuf;

use crate::error::{Failure, Kind};
pub use model::Database;
pub use parse::hex_id;

/// Reads and merges the databases in order: a later file's message with an id already defined replaces the
/// earlier one, with a warning. Warnings (`file:line: …`) go to `warn`, each once.
pub fn load(paths: &[PathBuf], warn: &mut dyn FnMut(String)) -> anyhow::Result<Database> {
    let mut db = Database::default();
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
            if !db.nodes.contains(&node) {
                db.nodes.push(node);
            }
        }
        for m in parsed.messages {
            let same = db
                .messages
                .iter()
                .position(|old| old.id == m.id && old.extended == m.extended);
            match same {
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
                None => db.messages.push(m),
            }
        }
    }
    db.index();
    Ok(db)
}
