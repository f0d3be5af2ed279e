//! The `ovms` group's table rows (docs/output.md documents each; `output::tests::documented_rows` checks).

#[cfg(test)]
use crate::output::Row;
use crate::output::Time;
use crate::row;

row! {
    /// `ovms vehicles`
    pub struct VehicleRow {
        id: String => ("id", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        apps: u64 => ("apps", "APPS"),
        batch_clients: u64 => ("batch_clients", "BATCH CLIENTS"),
    }
}

row! {
    /// `ovms connect`
    pub struct ConnectRow {
        id: String => ("id", "VEHICLE"),
        car_connected: bool => ("car_connected", "CAR ONLINE"),
        apps: u64 => ("apps", "APPS"),
        batch_clients: u64 => ("batch_clients", "BATCH CLIENTS"),
        first_peer: bool => ("first_peer", "FIRST PEER"),
        status_time: Option<Time> => ("status_time", "STATUS RECEIVED"),
        status_age: Option<u64> => ("status_age", "STATUS AGE (S)"),
    }
}

row! {
    /// `ovms token list`: a token is a credential, so only its first 8 hex digits show (enough for `token delete`)
    pub struct TokenRow {
        token_prefix: String => ("token_prefix", "TOKEN"),
        application: Option<String> => ("application", "APPLICATION"),
        purpose: Option<String> => ("purpose", "PURPOSE"),
        permit: Option<String> => ("permit", "PERMIT"),
        created: Option<Time> => ("created", "CREATED"),
        refreshed: Option<Time> => ("refreshed", "REFRESHED"),
        last_used: Option<Time> => ("last_used", "LAST USED"),
    }
}

row! {
    /// `ovms token create`: the one time the whole token is shown
    pub struct TokenCreatedRow {
        token: String => ("token", "TOKEN"),
        owner: String => ("owner", "OWNER"),
        application: String => ("application", "APPLICATION"),
        purpose: String => ("purpose", "PURPOSE"),
        permit: String => ("permit", "PERMIT"),
    }
}

#[cfg(test)]
/// Every row type of the group with its columns, for the documentation test.
pub const DOCUMENTED: &[(&str, &[crate::output::Column])] = &[
    ("ovms vehicles", VehicleRow::COLUMNS),
    ("ovms connect", ConnectRow::COLUMNS),
    ("ovms token list", TokenRow::COLUMNS),
    ("ovms token create", TokenCreatedRow::COLUMNS),
];
