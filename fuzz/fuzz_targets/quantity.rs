//! Fuzzes `gwr_quantity::parse`, `parse_number` and `scan`, and checks what they promise: no
//! panic; errors and quantities point into the input on char boundaries; scan's quantities
//! come in order without overlapping; and every quantity scan finds parses back, alone, to
//! the same values.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let on_boundaries = |span: &std::ops::Range<usize>| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    match gwr_quantity::parse(text) {
        Ok(q) => assert!(on_boundaries(&q.span), "parse span {:?}", q.span),
        Err(e) => assert!(on_boundaries(&e.span), "error span {:?}", e.span),
    }
    if let Err(e) = gwr_quantity::parse_number(text) {
        assert!(
            on_boundaries(&e.span),
            "parse_number error span {:?}",
            e.span
        );
    }
    let mut end = 0;
    for q in gwr_quantity::scan(text) {
        assert!(on_boundaries(&q.span), "scan span {:?}", q.span);
        assert!(
            q.span.start >= end,
            "scan span {:?} overlaps the one before",
            q.span
        );
        assert_eq!(q.text, &text[q.span.clone()], "text is not the span's text");
        end = q.span.end;
        // The canonical form reads back to the same values.
        let again = gwr_quantity::parse(&q.to_string())
            .unwrap_or_else(|e| panic!("{q} (from {:?}) does not parse: {e}", q.text));
        assert_eq!(
            (
                again.base_value,
                again.base_low,
                again.base_high,
                again.qualifier
            ),
            (q.base_value, q.base_low, q.base_high, q.qualifier),
            "{q} from {:?}",
            q.text
        );
    }
});
