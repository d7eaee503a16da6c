#![no_main]
//! A mapping file, a NUL byte, then a CSV read through that mapping.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| disclose_fuzz::run("csv_mapped", data));
