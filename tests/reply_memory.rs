//! The XML reply checkers' memory is bounded by the reply: the peak heap a
//! check allocates, on replies of 1 MiB shaped to make it grow, stays under
//! a constant where nothing of the reply is kept, and under the reply's size
//! where a reply's shape is kept (its open elements' names in quick-xml, a
//! batch reply's items).
#![cfg(feature = "xml")]

use std::alloc::{GlobalAlloc, Layout, System as SystemAlloc};
use std::cell::Cell;

use errcat::reply::{self, Outcome};

/// The system allocator, tracking the heap in use by each thread and its
/// peak, so that tests running in parallel do not see each other's.
struct Tracking;

thread_local! {
    /// Bytes allocated minus bytes freed on this thread, and their peak.
    static HEAP: Cell<(isize, isize)> = const { Cell::new((0, 0)) };
}

fn track(change: isize) {
    // `try_with`: the thread may be tearing down its locals.
    let _ = HEAP.try_with(|heap| {
        let (in_use, peak) = heap.get();
        let in_use = in_use + change;
        heap.set((in_use, peak.max(in_use)));
    });
}

fn size(layout: Layout) -> isize {
    isize::try_from(layout.size()).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is a const-initialized thread local without a destructor, whose
// access never allocates.
unsafe impl GlobalAlloc for Tracking {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        track(size(layout));
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        track(size(layout));
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        track(isize::try_from(new_size).unwrap_or(isize::MAX) - size(layout));
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        track(-size(layout));
        // SAFETY: the caller's contract, passed on.
        unsafe { SystemAlloc.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Tracking = Tracking;

/// The most heap `f` has in use at once on this thread, above what was in
/// use before it.
fn peak_heap_of(f: impl FnOnce()) -> usize {
    let (before, _) = HEAP.with(Cell::get);
    HEAP.with(|heap| heap.set((before, before)));
    f();
    let (_, peak) = HEAP.with(Cell::get);
    usize::try_from(peak - before).unwrap_or(0)
}

/// A reply of about 1 MiB: `head`, `part` repeated, `tail`.
fn large(head: &str, part: &str, tail: &str) -> String {
    let mut reply = String::from(head);
    while reply.len() < 1 << 20 {
        reply.push_str(part);
    }
    reply + tail
}

/// How deep the deepest reply nests: 1 MiB of tags.
const DEPTH: usize = (1 << 20) / 7;

/// The most a check may keep where nothing of the reply is kept: the
/// reader's state and a cut text (`errorDesc`, a Fault's text, a problem).
const CONSTANT: usize = 4096;

/// The most a check may keep.
#[derive(Clone, Copy)]
enum Bound {
    /// [`CONSTANT`] bytes, whatever the reply's size.
    Constant,
    /// This many times the reply's size, and [`CONSTANT`].
    Reply(usize),
}

/// Checks `reply` through `system`'s checker; its outcome must be
/// `outcome` and its peak heap within `bound`.
fn check(system: errcat::System, name: &str, reply: &str, outcome: Outcome, bound: Bound) {
    let bound = match bound {
        Bound::Constant => CONSTANT,
        Bound::Reply(times) => times * reply.len() + CONSTANT,
    };
    let checker = reply::checker(system).expect("a registered checker");
    let mut seen = None;
    let peak = peak_heap_of(|| seen = Some(checker.outcome(reply)));
    assert_eq!(seen, Some(outcome), "{name}");
    assert!(
        peak <= bound,
        "{name}: {peak} bytes at the peak for {} bytes of reply, more than {bound}",
        reply.len()
    );
}

#[test]
fn viewtron_keeps_at_most_the_reply() {
    use errcat::System::Viewtron;
    let error_desc = |part| {
        let head = r#"<config status="failed" errorCode="9" errorDesc=""#;
        large(head, part, r#""/>"#)
    };
    let nested = |tag: &str, depth| {
        let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
        format!(
            "<config>{}{}</config>",
            open.repeat(depth),
            close.repeat(depth)
        )
    };
    let cases = [
        (
            "a huge errorDesc",
            error_desc("x"),
            Outcome::Failure,
            Bound::Constant,
        ),
        (
            "an errorDesc of references",
            error_desc("&amp;"),
            Outcome::Failure,
            // quick-xml's normalizer makes room for the whole value, then
            // it is cut.
            Bound::Reply(1),
        ),
        (
            "many children",
            large(
                "<config><list>",
                "<item><index>1</index></item>",
                "</list></config>",
            ),
            Outcome::Success,
            Bound::Constant,
        ),
        (
            "items whose fields are in pieces",
            large(
                "<config>",
                "<item><index>1</index><errorCode>&#48;<![CDATA[0]]></errorCode></item>",
                "</config>",
            ),
            Outcome::Success,
            // Every batch item is kept, each from more than 50 bytes.
            Bound::Reply(1),
        ),
        (
            "deep nesting",
            nested("a", DEPTH),
            Outcome::Success,
            // quick-xml keeps the open elements' names and where each
            // starts (9 bytes for each 3-byte `<a>`, in vectors that
            // double): 2.25 times the reply, as in any quick-xml reader.
            Bound::Reply(3),
        ),
        (
            "nested items",
            nested("item", DEPTH / 2),
            Outcome::Success,
            // Each open `<item>` is kept, as a batch item it may become
            // (24 bytes for each 6-byte `<item>`, in a vector that doubles),
            // beside quick-xml's names: 4.8 times the reply.
            Bound::Reply(6),
        ),
    ];
    for (name, reply, outcome, bound) in cases {
        check(Viewtron, name, &reply, outcome, bound);
    }
}

#[test]
fn superoffice_keeps_at_most_the_reply() {
    use errcat::System::SuperOffice;
    let cases = [
        (
            "many out parts",
            large(
                "<Envelope><Body><r><errorCode>1</errorCode>",
                r#"<part xsi:type="xsd:string">z</part>"#,
                "</r></Body></Envelope>",
            ),
            Outcome::Failure,
            Bound::Constant,
        ),
        (
            "a huge errorCode",
            large(
                "<Envelope><Body><r><errorCode>",
                "1",
                "</errorCode></r></Body></Envelope>",
            ),
            Outcome::Malformed,
            Bound::Constant,
        ),
        (
            "a huge faultstring",
            large(
                "<Envelope><Body><Fault><faultstring>",
                "y",
                "</faultstring></Fault></Body></Envelope>",
            ),
            Outcome::Failure,
            Bound::Constant,
        ),
        (
            "a faultstring in pieces",
            large(
                "<Envelope><Body><Fault><faultstring>",
                "y&amp;",
                "</faultstring></Fault></Body></Envelope>",
            ),
            Outcome::Failure,
            // Joined (two bytes for each six), then cut.
            Bound::Reply(1),
        ),
    ];
    for (name, reply, outcome, bound) in cases {
        check(SuperOffice, name, &reply, outcome, bound);
    }
}
