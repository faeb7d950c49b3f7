//! The reply checkers against the plainest reader of the same crate, and how
//! they grow with the reply (`cargo bench --bench wire --all-features`).
//!
//! - `typical`: every registered checker's `check_reply` (through
//!   `Checker::outcome`, which runs it without building a verdict's facts)
//!   on a failure reply of a realistic size, against the plainest correct
//!   extraction of the code with the same crate: serde_json into a struct
//!   for JSON, quick-xml reading the attribute or element for XML. Correct
//!   means what serde_json's `from_slice` gives the JSON baselines: the
//!   document is read to its end, and one that is not well-formed there (cut
//!   short, a stray `</x>` after the code) gives no code. The XML baselines
//!   therefore read on after the code to the end of the document, as the
//!   checkers must; a reader that stops at the code is timed beside them
//!   for reference (`reference:` lines), not judged.
//! - `typical` also prints a **paired** verdict per checker: in each of
//!   [`PAIRED_ROUNDS`] rounds the checker and its baseline run in blocks of
//!   equal length, in the order A B B A (so a drift of the machine's load
//!   falls on both alike), and the round's ratio is the checker's time over
//!   the baseline's. The median ratio is the verdict, printed with the
//!   spread of the rounds; each must stay at most [`BUDGET`].
//! - `size`: the checkers on 64 KiB, 256 KiB and 1 MiB replies, to show the
//!   time is linear; the peak heap of each is printed once, against the
//!   input's size.
//!
//! Each criterion group runs its contenders in turn, `support::ROUNDS` times
//! over; `benches/report.py` takes the medians.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use errcat::reply::{self, Checker, Outcome};

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

/// The most a checker may cost over its baseline, by the paired verdict.
const BUDGET: f64 = 1.3;

/// The rounds of the paired verdict.
const PAIRED_ROUNDS: usize = 15;

/// The time of one block of the paired verdict, about.
const BLOCK: Duration = Duration::from_millis(15);

/// A reader of a reply's code, as the baselines are.
type Reader = fn(&[u8]) -> Option<i32>;

/// A checker's bench case: a realistic failure reply of its system and the
/// plainest correct extraction of the code from it with the same crate.
struct Case {
    system: errcat::System,
    body: &'static [u8],
    code: i32,
    baseline: &'static str,
    plain: Reader,
    /// A reader that stops at the code, where the baseline reads on, shown
    /// for reference.
    stops_at_code: Option<(&'static str, Reader)>,
}

/// The cases; every registered checker must have one.
const CASES: &[Case] = &[
    Case {
        system: errcat::System::Neuron,
        body: br#"{"error": 2003, "node": "modbus-tcp-1", "group": "group-1", "tags": [{"name": "temperature", "address": "1!400001", "type": 9}]}"#,
        code: 2003,
        baseline: "serde_json_i32",
        plain: plain_neuron,
        stops_at_code: None,
    },
    Case {
        system: errcat::System::Viewtron,
        body: br#"<?xml version="1.0" encoding="utf-8" ?>
<config version="2.0.0" xmlns="http://www.ipc.com/ver10" status="failed" errorCode="9" errorDesc="Unauthorized"/>"#,
        code: 9,
        baseline: "quick_xml_i32",
        plain: plain_viewtron,
        stops_at_code: Some(("quick_xml_i32_stops_at_code", first_viewtron)),
    },
    Case {
        system: errcat::System::I4scada,
        body: br#"{"d":[0,0,0,-4088,0,0,0,0,0,0,0,0]}"#,
        code: -4088,
        baseline: "serde_json_struct",
        plain: plain_i4scada,
        stops_at_code: None,
    },
    Case {
        system: errcat::System::SuperOffice,
        body: br#"<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
<SOAP-ENV:Body>
<ns1:loginResponse xmlns:ns1="urn:customer">
<errorCode xsi:type="xsd:string">1</errorCode>
<sessionKey xsi:type="xsd:string"></sessionKey>
</ns1:loginResponse>
</SOAP-ENV:Body>
</SOAP-ENV:Envelope>"#,
        code: 1,
        baseline: "quick_xml_i32",
        plain: plain_superoffice,
        stops_at_code: Some(("quick_xml_i32_stops_at_code", first_superoffice)),
    },
];

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

#[derive(serde::Deserialize)]
struct PlainI4scadaWrite {
    d: Vec<i32>,
}

/// The plainest serde_json reader of a write reply: `d` into a `Vec<i32>`,
/// the first non-zero result.
fn plain_i4scada(body: &[u8]) -> Option<i32> {
    let reply = serde_json::from_slice::<PlainI4scadaWrite>(body).ok()?;
    reply.d.into_iter().find(|&code| code != 0)
}

/// The code `code_of` reads from `xml`, the document then read to its
/// end: `None` where it is not well-formed there, as
/// `serde_json::from_slice` reads the JSON baselines' documents.
fn to_the_end(xml: &[u8], code_of: fn(&mut XmlReader) -> Option<i32>) -> Option<i32> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let code = code_of(&mut reader)?;
    loop {
        if let quick_xml::events::Event::Eof = reader.read_event().ok()? {
            return Some(code);
        }
    }
}

/// A quick-xml reader of a document in memory.
type XmlReader<'a> = quick_xml::Reader<&'a [u8]>;

/// The root's `errorCode` attribute, parsed as an `i32`, of the first
/// element of `reader`.
fn root_error_code(reader: &mut XmlReader) -> Option<i32> {
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

/// The plainest correct quick-xml reader: the root's `errorCode` attribute
/// into an `i32`, the document read to its end.
fn plain_viewtron(xml: &[u8]) -> Option<i32> {
    to_the_end(xml, root_error_code)
}

/// For reference: the root's `errorCode`, the rest of the document unread.
fn first_viewtron(xml: &[u8]) -> Option<i32> {
    root_error_code(&mut quick_xml::Reader::from_reader(xml))
}

/// The text of the first element of `reader` whose local name is
/// `errorCode`, trimmed and parsed as an `i32`.
fn first_error_code_text(reader: &mut XmlReader) -> Option<i32> {
    let mut inside = false;
    loop {
        match reader.read_event().ok()? {
            quick_xml::events::Event::Start(e) => {
                inside = e.local_name().as_ref() == b"errorCode";
            }
            quick_xml::events::Event::Text(text) if inside => {
                return std::str::from_utf8(&text).ok()?.trim().parse().ok();
            }
            quick_xml::events::Event::Eof => return None,
            _ => {}
        }
    }
}

/// The plainest correct quick-xml reader of a SOAP response: the text of
/// the first element whose local name is `errorCode`, into an `i32`, the
/// document read to its end.
fn plain_superoffice(xml: &[u8]) -> Option<i32> {
    to_the_end(xml, first_error_code_text)
}

/// For reference: the first `errorCode` element's text, the rest of the
/// document unread.
fn first_superoffice(xml: &[u8]) -> Option<i32> {
    first_error_code_text(&mut quick_xml::Reader::from_reader(xml))
}

/// The checker of `case`.
fn checker(case: &Case) -> &'static Checker {
    reply::checker(case.system).expect("a registered checker")
}

/// Every registered checker has a case, and every case reads its reply.
fn check_cases() {
    for registered in reply::CHECKERS {
        assert!(
            CASES.iter().any(|case| case.system == registered.system()),
            "no bench case for {}",
            registered.system()
        );
    }
    for case in CASES {
        assert_eq!((case.plain)(case.body), Some(case.code), "{}", case.system);
        if let Some((_, stops_at_code)) = case.stops_at_code {
            assert_eq!(stops_at_code(case.body), Some(case.code), "{}", case.system);
            // A stray end tag after the document: only the reader that
            // stops at the code gives one.
            let stray = [case.body, b"</x>"].concat();
            assert_eq!(stops_at_code(&stray), Some(case.code), "{}", case.system);
            assert_eq!((case.plain)(&stray), None, "{} with </x>", case.system);
            assert_eq!(checker(case).outcome(&stray), Outcome::Malformed);
        }
        let verdict = checker(case).check(case.body);
        assert_eq!(verdict.outcome(), Outcome::Failure, "{}", case.system);
        assert_eq!(verdict.code().map(|c| c.code()), Some(case.code));
    }
}

/// Whether the command line's filter (if any) selects `name`.
fn selected(name: &str) -> bool {
    std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with('-'))
        .all(|filter| name.contains(&filter))
}

/// The time of `iterations` runs of `f` on `body`.
fn block<T>(f: impl Fn(&[u8]) -> T, body: &[u8], iterations: u32) -> Duration {
    let start = Instant::now();
    for _ in 0..iterations {
        black_box(f(black_box(body)));
    }
    start.elapsed()
}

/// The paired verdict of `case`: the checker's time over the baseline's,
/// per round; prints the median and the spread and returns the median.
fn paired(case: &Case) -> f64 {
    let median = paired_over(case, case.baseline, case.plain, "paired");
    if let Some((name, stops_at_code)) = case.stops_at_code {
        paired_over(case, name, stops_at_code, "reference");
    }
    median
}

/// The checker of `case` over `baseline` (named `name`), in
/// [`PAIRED_ROUNDS`] rounds; prints the median and the spread, on a line
/// that starts with `label`, and returns the median.
fn paired_over(case: &Case, name: &str, baseline: Reader, label: &str) -> f64 {
    let checker = checker(case);
    let ours = |body: &[u8]| checker.outcome(body);
    // Iterations per block: what the baseline runs in about BLOCK.
    let probe = block(baseline, case.body, 1000).max(Duration::from_nanos(1));
    let iterations = ((BLOCK.as_nanos() * 1000 / probe.as_nanos()) as u32).max(1000);
    block(ours, case.body, iterations);
    let mut ratios: Vec<f64> = (0..PAIRED_ROUNDS)
        .map(|_| {
            let a1 = block(ours, case.body, iterations);
            let b1 = block(baseline, case.body, iterations);
            let b2 = block(baseline, case.body, iterations);
            let a2 = block(ours, case.body, iterations);
            (a1 + a2).as_secs_f64() / (b1 + b2).as_secs_f64()
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    let median = ratios[ratios.len() / 2];
    let (q1, q3) = (ratios[ratios.len() / 4], ratios[ratios.len() * 3 / 4]);
    let judged = label == "paired";
    println!(
        "{label}: {}/check_reply over {name}: median {median:.2}x (middle half {q1:.2}x to {q3:.2}x, \
         all {:.2}x to {:.2}x, {PAIRED_ROUNDS} rounds of 2 x {iterations} runs each){}",
        case.system.id(),
        ratios[0],
        ratios[ratios.len() - 1],
        if judged && median > BUDGET {
            "  OVER BUDGET"
        } else {
            ""
        }
    );
    median
}

fn typical(c: &mut Criterion) {
    check_cases();
    if selected("typical/paired") {
        for case in CASES {
            paired(case);
        }
    }
    let mut group = c.benchmark_group("typical");
    for round in 0..support::ROUNDS {
        for case in CASES {
            let id = case.system.id();
            let checker = checker(case);
            group.bench_function(support::id(id, "check_reply", round), |b| {
                b.iter(|| checker.outcome(black_box(case.body)))
            });
            group.bench_function(support::id(id, case.baseline, round), |b| {
                b.iter(|| (case.plain)(black_box(case.body)))
            });
        }
    }
    group.finish();
}

/// Replies of about `size` bytes: (system, name, bytes).
fn large(size: usize) -> Vec<(errcat::System, &'static str, Vec<u8>)> {
    use errcat::System::{I4scada, Neuron, SuperOffice, Viewtron};
    let desc = "x".repeat(size);
    let items = "<item><index type=\"uint32\">1</index></item>".repeat(size / 42);
    let log = "y".repeat(size);
    let signals = vec!["0"; size / 2].join(",");
    let parts = "<part xsi:type=\"xsd:string\">z</part>".repeat(size / 36);
    vec![
        (
            Viewtron,
            "viewtron_huge_error_desc",
            format!(r#"<config status="failed" errorCode="9" errorDesc="{desc}"/>"#).into_bytes(),
        ),
        (
            Viewtron,
            "viewtron_many_children",
            format!("<config><list>{items}</list></config>").into_bytes(),
        ),
        (
            Neuron,
            "neuron_large_body",
            format!(r#"{{"log": "{log}", "error": 3002}}"#).into_bytes(),
        ),
        (
            I4scada,
            "i4scada_many_signals",
            format!(r#"{{"d":[{signals},-4088]}}"#).into_bytes(),
        ),
        (
            SuperOffice,
            "superoffice_many_out_parts",
            format!("<Envelope><Body><r><errorCode>1</errorCode>{parts}</r></Body></Envelope>")
                .into_bytes(),
        ),
    ]
}

fn sizes(c: &mut Criterion) {
    let mut group = c.benchmark_group("size");
    for size in [64 << 10, 256 << 10, 1 << 20] {
        for (system, name, bytes) in large(size) {
            let checker = reply::checker(system).expect("a registered checker");
            let peak = peak_heap(|| {
                black_box(checker.outcome(&bytes));
            });
            println!(
                "peak heap: {name} {} KiB input: {} bytes ({:.3} of the input)",
                size >> 10,
                peak,
                peak as f64 / bytes.len() as f64
            );
            group.throughput(Throughput::Bytes(bytes.len() as u64));
            group.bench_function(format!("{name}/{}KiB", size >> 10), |b| {
                b.iter(|| checker.outcome(black_box(&bytes)))
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
