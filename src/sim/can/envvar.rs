//! Envvars that scripts declare (`--envvar`): kvScriptEnvvarOpen … kvScriptEnvvarGetData.

use serde_json::json;

use super::canlib::*;
use super::{Device, Params, Reply, fields, ok};

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Envvar {
    Int(i32),
    Float(f32),
    Data(Vec<u8>),
}

/// `NAME:int=N`, `NAME:float=X`, `NAME:data=TEXT`, `NAME:data[SIZE]=TEXT`.
pub(super) fn parse_envvar(spec: &str) -> Result<(String, Envvar), String> {
    let (decl, value) = spec.split_once('=').ok_or("expected NAME:TYPE=VALUE")?;
    let (name, ty) = decl.split_once(':').ok_or("expected NAME:TYPE=VALUE")?;
    if name.is_empty() {
        return Err("empty name".into());
    }
    let var = match ty {
        "int" => Envvar::Int(
            value
                .parse()
                .map_err(|_| format!("'{value}' is not a 32-bit integer"))?,
        ),
        "float" => Envvar::Float(
            value
                .parse()
                .map_err(|_| format!("'{value}' is not a number"))?,
        ),
        "data" => Envvar::Data(value.as_bytes().to_vec()),
        t if t.starts_with("data[") && t.ends_with(']') => {
            let size: usize = t[5..t.len() - 1]
                .parse()
                .map_err(|_| format!("bad size in '{t}'"))?;
            if value.len() > size || size > ENVVAR_MAX_SIZE {
                return Err(format!(
                    "value longer than {size} bytes, or size above 4096"
                ));
            }
            let mut bytes = value.as_bytes().to_vec();
            bytes.resize(size, 0);
            Envvar::Data(bytes)
        }
        t => return Err(format!("unknown type '{t}' (int, float, data, data[SIZE])")),
    };
    Ok((name.to_owned(), var))
}

impl Device {
    /// kvScriptEnvvar*.
    pub(super) fn envvar_function(&mut self, function: &str, p: &Params) -> Reply {
        match function {
            "kvScriptEnvvarOpen" => {
                self.handle(p)?;
                let name = p.str("envvarName")?.to_owned();
                // No envvar of that name: the name parameter is in error (only Table 1 codes are used).
                let var = self.envvars.get(&name).ok_or(ERR_PARAM)?;
                let (ty, size) = match var {
                    Envvar::Int(_) => (ENVVAR_TYPE_INT, 4),
                    Envvar::Float(_) => (ENVVAR_TYPE_FLOAT, 4),
                    Envvar::Data(d) => (ENVVAR_TYPE_STRING, d.len()),
                };
                let ehnd = self.next_ehnd;
                self.next_ehnd += 1;
                self.env_handles.insert(ehnd, name);
                fields(&[
                    ("eHnd", json!(ehnd)),
                    ("envvarType", json!(ty)),
                    ("envvarSize", json!(size)),
                ])
            }
            "kvScriptEnvvarClose" => {
                let ehnd = p.int("eHnd")?;
                self.env_handles.remove(&ehnd).ok_or(ERR_INVHANDLE)?;
                ok()
            }
            "kvScriptEnvvarSetInt" => {
                let v = p.int("val")?;
                let v = i32::try_from(v)
                    .or_else(|_| u32::try_from(v).map(|u| u as i32))
                    .map_err(|_| ERR_PARAM)?;
                match self.envvar(p)? {
                    Envvar::Int(x) => *x = v,
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptEnvvarGetInt" => match self.envvar(p)? {
                Envvar::Int(x) => fields(&[("val", json!(*x))]),
                _ => Err(ERR_PARAM),
            },
            "kvScriptEnvvarSetFloat" => {
                let v: f32 = p.str("val")?.trim().parse().map_err(|_| ERR_PARAM)?;
                match self.envvar(p)? {
                    Envvar::Float(x) => *x = v,
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptEnvvarGetFloat" => match self.envvar(p)? {
                // "%f" as the device prints it
                Envvar::Float(x) => fields(&[(
                    "val",
                    json!(format!("{x:.6}").parse::<f64>().unwrap_or(0.0)),
                )]),
                _ => Err(ERR_PARAM),
            },
            "kvScriptEnvvarSetData" => {
                let (start, len) = (p.uint("startIndex")?, p.uint("dataLen")?);
                let bytes = unhex(p.str("buf")?).ok_or(ERR_PARAM)?;
                match self.envvar(p)? {
                    // Only writing the whole envvar from index 0 is supported (spec 4.26).
                    Envvar::Data(d)
                        if start == 0 && len as usize == d.len() && bytes.len() == d.len() =>
                    {
                        *d = bytes
                    }
                    _ => return Err(ERR_PARAM),
                }
                ok()
            }
            "kvScriptEnvvarGetData" => {
                let (start, len) = (p.uint("startIndex")? as usize, p.uint("dataLen")? as usize);
                match self.envvar(p)? {
                    Envvar::Data(d) if start + len <= d.len() => {
                        let mut s = String::new();
                        for b in &d[start..start + len] {
                            s.push_str(&format!("{b:02x}"));
                        }
                        fields(&[("buf", json!(s))])
                    }
                    _ => Err(ERR_PARAM),
                }
            }
            _ => Err(ERR_NO_SUCH_FUNCTION),
        }
    }

    fn envvar(&mut self, p: &Params) -> Result<&mut Envvar, i64> {
        let ehnd = p.int("eHnd")?;
        let name = self.env_handles.get(&ehnd).ok_or(ERR_INVHANDLE)?;
        self.envvars.get_mut(name).ok_or(ERR_INVHANDLE)
    }
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envvar_specs() {
        assert_eq!(
            parse_envvar("speed:int=42").unwrap(),
            ("speed".into(), Envvar::Int(42))
        );
        assert_eq!(
            parse_envvar("msg:data[4]=Hi").unwrap().1,
            Envvar::Data(vec![b'H', b'i', 0, 0])
        );
        assert!(parse_envvar("x:str=1").is_err());
    }
}
