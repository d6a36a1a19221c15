//! The fearless-bench workloads with Rust's std, so that BENCHMARKS.md can put Rust's figures beside the
//! Java ones.
//!
//! Usage: `cargo run --release -- quick|full [filter]`. Prints one tab-separated line per workload:
//! `name  median_ns_per_op  mad_ns_per_op  samples`, after `#` comment lines that describe the run.
//!
//! The harness is deliberately small and mirrors JMH's average-time mode: warm up, then time many batches
//! of `n` operations and report the median batch's time per operation, with the median absolute
//! deviation as its error. Multi-threaded workloads time every thread doing `n` operations at once and,
//! like JMH's per-thread score, divide the wall time by `n` (not by `threads * n`).

use std::env;
use std::hint::black_box;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex, RwLock};
use std::thread;
use std::time::{Duration, Instant};

/// How long to warm up, how long one timed batch lasts, and how many batches to time.
#[derive(Clone, Copy)]
struct Plan {
    warmup: Duration,
    batch: Duration,
    samples: usize,
}

impl Plan {
    fn quick() -> Plan {
        Plan { warmup: Duration::from_millis(200), batch: Duration::from_millis(40), samples: 15 }
    }

    fn full() -> Plan {
        Plan { warmup: Duration::from_millis(1000), batch: Duration::from_millis(100), samples: 50 }
    }
}

/// Median and median absolute deviation of `values` (sorted in place).
fn median_mad(values: &mut [f64]) -> (f64, f64) {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = middle(values);
    let mut deviations: Vec<f64> = values.iter().map(|v| (v - median).abs()).collect();
    deviations.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (median, middle(&deviations))
}

fn middle(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

fn report(name: &str, mut per_op: Vec<f64>) {
    let (median, mad) = median_mad(&mut per_op);
    println!("{}\t{:.3}\t{:.3}\t{}", name, median, mad, per_op.len());
}

/// Times `run(n)` (which performs `n` operations on this thread) and returns ns per operation per batch.
fn single<F: FnMut(u64)>(plan: Plan, mut run: F) -> Vec<f64> {
    // Warm-up, growing n until one call lasts about a batch: that n is the batch size.
    let mut n: u64 = 1;
    let warm_until = Instant::now() + plan.warmup;
    loop {
        let start = Instant::now();
        run(n);
        let took = start.elapsed();
        if took < plan.batch / 2 {
            n = n.saturating_mul(2);
        } else if Instant::now() >= warm_until {
            break;
        }
    }
    (0..plan.samples)
        .map(|_| {
            let start = Instant::now();
            run(n);
            start.elapsed().as_nanos() as f64 / n as f64
        })
        .collect()
}

/// Times `threads` threads each running `op` `n` times, started together; ns per operation per thread.
fn contended<F: Fn() + Sync>(plan: Plan, threads: usize, op: F) -> Vec<f64> {
    let batch = |n: u64| -> Duration {
        let barrier = Barrier::new(threads + 1);
        thread::scope(|s| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    s.spawn(|| {
                        barrier.wait();
                        for _ in 0..n {
                            op();
                        }
                    })
                })
                .collect();
            barrier.wait();
            let start = Instant::now();
            for h in handles {
                h.join().unwrap();
            }
            start.elapsed()
        })
    };
    let mut n: u64 = 16;
    let warm_until = Instant::now() + plan.warmup;
    loop {
        let took = batch(n);
        if took < plan.batch / 2 {
            n = n.saturating_mul(2);
        } else if Instant::now() >= warm_until {
            break;
        }
    }
    (0..plan.samples).map(|_| batch(n).as_nanos() as f64 / n as f64).collect()
}

/// The floor: an atomic +1/-1 pair around a read of the value, like Java's `AtomicInteger` pair.
fn floor_atomic(plan: Plan) -> Vec<f64> {
    let count = AtomicUsize::new(1);
    let value = Box::new(0u64);
    single(plan, |n| {
        for _ in 0..n {
            count.fetch_add(1, Ordering::SeqCst);
            black_box(&*value);
            count.fetch_sub(1, Ordering::SeqCst);
        }
    })
}

fn arc_clone_drop(plan: Plan) -> Vec<f64> {
    let arc = Arc::new(0u64);
    single(plan, |n| {
        for _ in 0..n {
            let second = Arc::clone(&arc);
            black_box(&*second);
            drop(second);
        }
    })
}

fn rc_clone_drop(plan: Plan) -> Vec<f64> {
    let rc = Rc::new(0u64);
    single(plan, |n| {
        for _ in 0..n {
            let second = Rc::clone(black_box(&rc));
            black_box(&*second);
            drop(second);
        }
    })
}

fn arc_weak_upgrade(plan: Plan) -> Vec<f64> {
    let arc = Arc::new(0u64);
    let weak = Arc::downgrade(&arc);
    single(plan, |n| {
        for _ in 0..n {
            let strong = weak.upgrade().unwrap();
            black_box(&*strong);
            drop(strong);
        }
    })
}

fn rc_weak_upgrade(plan: Plan) -> Vec<f64> {
    let rc = Rc::new(0u64);
    let weak = Rc::downgrade(&rc);
    single(plan, |n| {
        for _ in 0..n {
            let strong = black_box(&weak).upgrade().unwrap();
            black_box(&*strong);
            drop(strong);
        }
    })
}

fn mutex_lock_unlock(plan: Plan) -> Vec<f64> {
    let mutex = Mutex::new(0u64);
    single(plan, |n| {
        for _ in 0..n {
            let guard = mutex.lock().unwrap();
            black_box(&*guard);
            drop(guard);
        }
    })
}

fn rwlock_read(plan: Plan) -> Vec<f64> {
    let lock = RwLock::new(0u64);
    single(plan, |n| {
        for _ in 0..n {
            let guard = lock.read().unwrap();
            black_box(&*guard);
            drop(guard);
        }
    })
}

/// Reads timed on this thread while another thread keeps writing, with a little work between writes.
fn rwlock_read_under_writer(plan: Plan) -> Vec<f64> {
    let lock = RwLock::new(0u64);
    let stop = AtomicBool::new(false);
    thread::scope(|s| {
        s.spawn(|| {
            while !stop.load(Ordering::Relaxed) {
                *lock.write().unwrap() += 1;
                spin(200);
            }
        });
        let samples = single(plan, |n| {
            for _ in 0..n {
                let guard = lock.read().unwrap();
                black_box(&*guard);
                drop(guard);
            }
        });
        stop.store(true, Ordering::Relaxed);
        samples
    })
}

/// Roughly JMH's `Blackhole.consumeCPU(tokens)`: work the optimiser cannot remove.
fn spin(tokens: u64) {
    let mut x = black_box(1u64);
    for _ in 0..tokens {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    }
    black_box(x);
}

fn contended_mutex(plan: Plan, threads: usize) -> Vec<f64> {
    let counter = Mutex::new(0u64);
    contended(plan, threads, || {
        *counter.lock().unwrap() += 1;
    })
}

fn contended_arc(plan: Plan, threads: usize) -> Vec<f64> {
    let arc = Arc::new(0u64);
    contended(plan, threads, || {
        let second = Arc::clone(&arc);
        black_box(&*second);
        drop(second);
    })
}

fn contended_floor(plan: Plan, threads: usize) -> Vec<f64> {
    let count = AtomicUsize::new(1);
    let value = Box::new(0u64);
    contended(plan, threads, || {
        count.fetch_add(1, Ordering::SeqCst);
        black_box(&*value);
        count.fetch_sub(1, Ordering::SeqCst);
    })
}

fn spawn_join(plan: Plan) -> Vec<f64> {
    let ran = Arc::new(AtomicUsize::new(0));
    single(plan, |n| {
        for _ in 0..n {
            let ran = Arc::clone(&ran);
            thread::spawn(move || {
                ran.fetch_add(1, Ordering::Relaxed);
            })
            .join()
            .unwrap();
        }
    })
}

/// The Rust Book's listing 16-15 scaled to 1,000 threads x 1,000 increments; one sample per program run.
fn seed_program(runs: usize) -> Vec<f64> {
    const THREADS: usize = 1_000;
    const INCREMENTS: usize = 1_000;
    let once = || -> f64 {
        let start = Instant::now();
        let counter = Arc::new(Mutex::new(0u64));
        let mut handles = Vec::with_capacity(THREADS);
        for _ in 0..THREADS {
            let counter = Arc::clone(&counter);
            handles.push(thread::spawn(move || {
                for _ in 0..INCREMENTS {
                    *counter.lock().unwrap() += 1;
                }
            }));
        }
        for handle in handles {
            handle.join().unwrap();
        }
        let total = *counter.lock().unwrap();
        let took = start.elapsed().as_nanos() as f64;
        assert_eq!(total, (THREADS * INCREMENTS) as u64);
        took
    };
    once(); // warm-up: thread stacks, allocator
    (0..runs).map(|_| once()).collect()
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("quick");
    let filter = args.get(2).cloned().unwrap_or_default();
    let (plan, seed_runs) = match mode {
        "quick" => (Plan::quick(), 5),
        "full" => (Plan::full(), 15),
        "smoke" => (
            Plan { warmup: Duration::from_millis(10), batch: Duration::from_millis(2), samples: 3 },
            1,
        ),
        other => {
            eprintln!("usage: fearless-bench-rust quick|full|smoke [filter], not {}", other);
            std::process::exit(2);
        }
    };
    let cores = thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    println!("# mode={} available_parallelism={}", mode, cores);
    println!("# name\tmedian_ns_per_op\tmad_ns_per_op\tsamples");

    // Names match the report's table rows.
    let workloads: Vec<(&str, Box<dyn Fn() -> Vec<f64>>)> = vec![
        ("floor_atomic", Box::new(move || floor_atomic(plan))),
        ("arc_clone_drop", Box::new(move || arc_clone_drop(plan))),
        ("rc_clone_drop", Box::new(move || rc_clone_drop(plan))),
        ("arc_weak_upgrade_drop", Box::new(move || arc_weak_upgrade(plan))),
        ("rc_weak_upgrade_drop", Box::new(move || rc_weak_upgrade(plan))),
        ("mutex_lock_unlock", Box::new(move || mutex_lock_unlock(plan))),
        ("rwlock_read", Box::new(move || rwlock_read(plan))),
        ("rwlock_read_under_writer", Box::new(move || rwlock_read_under_writer(plan))),
        ("contended_floor_t2", Box::new(move || contended_floor(plan, 2))),
        ("contended_arc_t2", Box::new(move || contended_arc(plan, 2))),
        ("contended_mutex_t2", Box::new(move || contended_mutex(plan, 2))),
        ("contended_mutex_t4", Box::new(move || contended_mutex(plan, 4))),
        ("contended_mutex_t8", Box::new(move || contended_mutex(plan, 8))),
        ("spawn_join", Box::new(move || spawn_join(plan))),
        ("seed_program", Box::new(move || seed_program(seed_runs))),
    ];
    for (name, run) in workloads {
        if name.contains(filter.as_str()) {
            report(name, run());
        }
    }
}
