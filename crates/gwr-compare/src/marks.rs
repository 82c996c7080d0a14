//! Offsets of a report where something worth a closer look starts, found in one pass over
//! the whole report: a search per sentence has a fixed cost that, over thousands of short
//! sentences, outweighs the search itself.

use std::ops::Range;

/// Sorted document offsets.
pub(crate) struct Marks {
    at: Vec<usize>,
}

impl Marks {
    /// The marks at `offsets`, in any order.
    pub(crate) fn new(offsets: impl Iterator<Item = usize>) -> Marks {
        let mut at: Vec<usize> = offsets.collect();
        at.sort_unstable();
        Marks { at }
    }

    /// Whether a mark lies in the document offsets `span` (a sentence).
    pub(crate) fn any_in(&self, span: Range<usize>) -> bool {
        self.at
            .get(self.at.partition_point(|&i| i < span.start))
            .is_some_and(|&i| i < span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_in_a_span() {
        let marks = Marks::new([30, 4, 17].into_iter());
        assert!(marks.any_in(0..5));
        assert!(!marks.any_in(5..17));
        assert!(marks.any_in(17..18));
        assert!(!marks.any_in(31..40));
    }
}
