//! The DBC reader (helper dbc-parse).
