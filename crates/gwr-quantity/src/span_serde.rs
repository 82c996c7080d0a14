//! Spans are `[start, end]` pairs in JSON (docs/schema.md), not serde's default
//! `{"start": .., "end": ..}` for `Range`.

use std::ops::Range;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub(crate) fn serialize<S: Serializer>(span: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
    [span.start, span.end].serialize(s)
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
    let [start, end] = <[usize; 2]>::deserialize(d)?;
    Ok(start..end)
}
