//! Byte spans are `[start, end]` pairs in gwr's JSON (docs/schema.md), not serde's default
//! `{"start": .., "end": ..}` for [`Range`]. Use these modules with `#[serde(with = …)]`:
//!
//! ```
//! #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
//! struct Node {
//!     #[serde(with = "gwr_span")]
//!     span: std::ops::Range<usize>,
//!     #[serde(with = "gwr_span::option")]
//!     other: Option<std::ops::Range<usize>>,
//!     #[serde(with = "gwr_span::vec")]
//!     parts: Vec<std::ops::Range<usize>>,
//! }
//! let node = Node { span: 3..9, other: None, parts: vec![3..5] };
//! let json = serde_json::to_string(&node).unwrap();
//! assert_eq!(json, r#"{"span":[3,9],"other":null,"parts":[[3,5]]}"#);
//! assert_eq!(serde_json::from_str::<Node>(&json).unwrap(), node);
//! ```

use std::ops::Range;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Serializes a span as `[start, end]`.
pub fn serialize<S: Serializer>(span: &Range<usize>, s: S) -> Result<S::Ok, S::Error> {
    [span.start, span.end].serialize(s)
}

/// Reads a span from `[start, end]`.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Range<usize>, D::Error> {
    let [start, end] = <[usize; 2]>::deserialize(d)?;
    Ok(start..end)
}

/// An optional span: `[start, end]` or `null`.
pub mod option {
    use super::*;

    /// Serializes `Some(span)` as `[start, end]`, `None` as `null`.
    pub fn serialize<S: Serializer>(span: &Option<Range<usize>>, s: S) -> Result<S::Ok, S::Error> {
        span.as_ref().map(|r| [r.start, r.end]).serialize(s)
    }

    /// Reads `[start, end]` or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Range<usize>>, D::Error> {
        Ok(<Option<[usize; 2]>>::deserialize(d)?.map(|[start, end]| start..end))
    }
}

/// A list of spans: `[[start, end], …]`.
pub mod vec {
    use super::*;

    /// Serializes each span as `[start, end]`.
    pub fn serialize<S: Serializer>(spans: &[Range<usize>], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(spans.iter().map(|r| [r.start, r.end]))
    }

    /// Reads a list of `[start, end]` pairs.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Range<usize>>, D::Error> {
        let pairs = <Vec<[usize; 2]>>::deserialize(d)?;
        Ok(pairs.into_iter().map(|[start, end]| start..end).collect())
    }
}
