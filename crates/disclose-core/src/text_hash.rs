//! Hash maps and sets keyed by text from a file (category ids and wordings, organisation
//! ids, the names an import interns), looked up several times for each of a million rows.
//!
//! They hash with foldhash, seeded at random for each map: no file can be made to collide
//! a seed it cannot know (an import shows no hash to anyone), at a fraction of SipHash's
//! cost on short keys. Keys that are numbers or closed vocabularies use `rustc_hash`.

/// A map keyed by text from a file.
pub type TextMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A set of text from a file.
pub type TextSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
