#![no_main]
//! A .csv file read by the importer (csv_canonical), checked into a private store.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| disclose_fuzz::run("csv_canonical", data));
