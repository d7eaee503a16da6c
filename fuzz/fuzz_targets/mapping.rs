#![no_main]
//! The mapping-file parser and its checks.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| disclose_fuzz::run("mapping", data));
