/**
 * The DuckDB inside the pinned @duckdb/duckdb-wasm 1.32.0 (what `SELECT version()` answers in the
 * browser). The data build and the data tests run @duckdb/node-api of this same version, so the
 * SQL under test is the SQL that ships; tests compare both engines' answers with this constant.
 */
export const DUCKDB_VERSION = 'v1.4.3';
