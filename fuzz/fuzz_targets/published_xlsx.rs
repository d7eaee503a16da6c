#![no_main]
//! A .xlsx file read by the importer (published_xlsx), checked into a private store.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| disclose_fuzz::run("published_xlsx", data));
