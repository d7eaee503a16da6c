#![no_main]
//! The fuzzy date parser: whatever it accepts prints back as given and parses again to the
//! same date, whose start is never after its end.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| disclose_fuzz::run("fuzzy_date", data));
