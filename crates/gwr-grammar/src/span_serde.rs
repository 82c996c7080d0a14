//! Spans are `[start, end]` pairs in JSON (docs/schema.md), not serde's default
//! `{"start": .., "end": ..}` for `Range`.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Range;

pub(crate) fn serialize<S: Serializer>(span: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
    [span.start, span.end].serialize(s)
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
    let [start, end] = <[usize; 2]>::deserialize(d)?;
    Ok(start..end)
}

pub(crate) mod vec {
    use super::*;

    pub(crate) fn serialize<S: Serializer>(
        spans: &[Range<usize>],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_seq(spans.iter().map(|r| [r.start, r.end]))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<Range<usize>>, D::Error> {
        let pairs = <Vec<[usize; 2]>>::deserialize(d)?;
        Ok(pairs.into_iter().map(|[start, end]| start..end).collect())
    }
}
