//! The reply checkers against the plainest reader of the same crate, and how
//! they grow with the reply (`cargo bench --bench wire --all-features`).
//!
//! - `neuron/typical`: `neuron::check_reply` on a failure reply of a realistic
//!   size against serde_json into a struct with an `i32` `error` field.
//! - `viewtron/typical`: `viewtron::check_reply` on a failure reply against
//!   quick-xml reading the root's `errorCode` attribute into an `i32`.
//! - `*/size`: the checkers on 64 KiB, 256 KiB and 1 MiB replies (a huge
//!   `errorDesc`, many child elements, a large Neuron body), to show the
//!   time is linear; the peak heap of each is printed once, against the
//!   input's size.
//!
//! Each group runs its contenders in turn, `support::ROUNDS` times over;
//! `benches/report.py` takes the medians.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use errcat::{neuron, viewtron};

mod support;

/// Counts the heap in use and its peak, to report what a check allocates.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: the caller's layout, passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's pointer and layout, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The peak heap above what was in use before, while `f` runs.
fn peak_heap(f: impl FnOnce()) -> usize {
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed) - before
}

const NEURON_FAILURE: &[u8] = br#"{"error": 2003, "node": "modbus-tcp-1", "group": "group-1", "tags": [{"name": "temperature", "address": "1!400001", "type": 9}]}"#;
const VIEWTRON_FAILURE: &[u8] = br#"<?xml version="1.0" encoding="utf-8" ?>
<config version="2.0.0" xmlns="http://www.ipc.com/ver10" status="failed" errorCode="9" errorDesc="Unauthorized"/>"#;

#[derive(serde::Deserialize)]
struct PlainNeuronReply {
    #[serde(default)]
    error: i32,
}

/// The plainest serde_json reader: the `error` field into an `i32`.
fn plain_neuron(body: &[u8]) -> Option<i32> {
    serde_json::from_slice::<PlainNeuronReply>(body)
        .ok()
        .map(|r| r.error)
}

/// The plainest quick-xml reader: the root's `errorCode` attribute into an `i32`.
fn plain_viewtron(xml: &[u8]) -> Option<i32> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    loop {
        match reader.read_event().ok()? {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                let attribute = e.try_get_attribute("errorCode").ok()??;
                return std::str::from_utf8(&attribute.value).ok()?.parse().ok();
            }
            quick_xml::events::Event::Eof => return None,
            _ => {}
        }
    }
}

fn typical(c: &mut Criterion) {
    assert_eq!(plain_neuron(NEURON_FAILURE), Some(2003));
    assert_eq!(plain_viewtron(VIEWTRON_FAILURE), Some(9));
    assert!(neuron::check_reply(NEURON_FAILURE).is_err());
    assert!(viewtron::check_reply(VIEWTRON_FAILURE).is_err());
    let mut group = c.benchmark_group("typical");
    for round in 0..support::ROUNDS {
        group.bench_function(support::id("neuron", "check_reply", round), |b| {
            b.iter(|| neuron::check_reply(black_box(NEURON_FAILURE)))
        });
        group.bench_function(support::id("neuron", "serde_json_i32", round), |b| {
            b.iter(|| plain_neuron(black_box(NEURON_FAILURE)))
        });
        group.bench_function(support::id("viewtron", "check_reply", round), |b| {
            b.iter(|| viewtron::check_reply(black_box(VIEWTRON_FAILURE)))
        });
        group.bench_function(support::id("viewtron", "quick_xml_i32", round), |b| {
            b.iter(|| plain_viewtron(black_box(VIEWTRON_FAILURE)))
        });
    }
    group.finish();
}

/// Replies of about `size` bytes: (name, bytes).
fn large(size: usize) -> [(&'static str, Vec<u8>); 3] {
    let desc = "x".repeat(size);
    let items = "<item><index type=\"uint32\">1</index></item>".repeat(size / 42);
    let log = "y".repeat(size);
    [
        (
            "viewtron_huge_error_desc",
            format!(r#"<config status="failed" errorCode="9" errorDesc="{desc}"/>"#).into_bytes(),
        ),
        (
            "viewtron_many_children",
            format!("<config><list>{items}</list></config>").into_bytes(),
        ),
        (
            "neuron_large_body",
            format!(r#"{{"log": "{log}", "error": 3002}}"#).into_bytes(),
        ),
    ]
}

fn check(name: &str, bytes: &[u8]) -> bool {
    if name.starts_with("neuron") {
        neuron::check_reply(bytes).is_ok()
    } else {
        viewtron::check_reply(bytes).is_ok()
    }
}

fn sizes(c: &mut Criterion) {
    let mut group = c.benchmark_group("size");
    for size in [64 << 10, 256 << 10, 1 << 20] {
        for (name, bytes) in large(size) {
            let peak = peak_heap(|| {
                black_box(check(name, &bytes));
            });
            println!(
                "peak heap: {name} {} KiB input: {} bytes ({:.3} of the input)",
                size >> 10,
                peak,
                peak as f64 / bytes.len() as f64
            );
            group.throughput(Throughput::Bytes(bytes.len() as u64));
            group.bench_function(format!("{name}/{}KiB", size >> 10), |b| {
                b.iter(|| check(name, black_box(&bytes)))
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = support::config();
    targets = typical, sizes
}
criterion_main!(benches);
