#![no_main]
//! A .zip given to the folder-and-zip importer: opened into its private folder, its known
//! files read in one transaction; nothing may be written outside that folder.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| disclose_fuzz::run("zip_folder", data));
