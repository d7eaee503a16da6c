#![no_main]
//! A .json file read by the importer (bundle), checked into a private store.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| disclose_fuzz::run("bundle", data));
