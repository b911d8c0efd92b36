//! The module's memory allocator: power-of-two size classes, each with its own free list.
//!
//! A form validates on every keystroke, and each call allocates the same few dozen blocks (the
//! record's strings, its content map, the findings) and frees them all before it returns. Rust's
//! default allocator on `wasm32-unknown-unknown` is dlmalloc, which splits and coalesces blocks
//! on every call; here a request is rounded up to a power of two, a block of that class is taken
//! from its free list (or cut from fresh memory), and a freed block goes back on its list. Both
//! are a few instructions. Measured in node against the same build with dlmalloc
//! (docs/benchmarks-history.md, the WASM package): `validate` 0.91–0.96× the time, and the module
//! 1.9 KB smaller gzipped without dlmalloc linked.
//!
//! What it gives up: a block can be up to twice its request, and freed memory serves only its
//! own class (nothing is split or merged). A validator's allocations repeat from call to call,
//! so its memory settles at the peak of one call per class. Memory is never handed back, as a
//! WebAssembly memory cannot shrink (dlmalloc does not either).
//!
//! Blocks of a class up to [`PAGE`] are cut from a shared region, each aligned to its own size,
//! so that any alignment up to the class size holds for every block ever on that list. Larger
//! ones take whole pages. Alignment above [`PAGE`] is refused (a null pointer: Rust then aborts),
//! which nothing in this crate asks for.
//!
//! The allocator keeps its state in a cell without locking: it is the global allocator only on
//! `wasm32` without the `atomics` feature, where there is one thread. The native unit tests drive
//! a private instance over pages from the system allocator.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// A WebAssembly page, the unit memory grows by.
pub const PAGE: usize = 64 * 1024;

/// How many pages the shared region grows by at least, so that small blocks do not grow the
/// memory one page at a time (each growth makes the JS glue rebuild its views of the memory).
const REGION_PAGES: usize = 4;

/// Size classes: 2^3 (the smallest block holds the free list's link) to 2^(CLASSES − 1).
const CLASSES: usize = usize::BITS as usize;

/// Where fresh memory comes from.
pub trait Pages {
    /// Adds `pages` pages of zeroed memory and returns the address of the first, or `None`
    /// when there is no more.
    fn grow(&self, pages: usize) -> Option<usize>;
}

/// The memory of the WebAssembly instance.
#[cfg(target_arch = "wasm32")]
pub struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Pages for WasmMemory {
    fn grow(&self, pages: usize) -> Option<usize> {
        let previous = core::arch::wasm32::memory_grow(0, pages);
        (previous != usize::MAX).then(|| previous * PAGE)
    }
}

struct State {
    /// The first free block of each class (0: none); each free block holds the next's address.
    free: [usize; CLASSES],
    /// The shared region blocks up to a page are cut from: `next..end`.
    next: usize,
    end: usize,
}

/// The allocator over a source of pages.
pub struct SizeClasses<P> {
    pages: P,
    state: UnsafeCell<State>,
}

// SAFETY: the state is only reached through `&self` on one thread: this is the global allocator
// only where the target has no threads (see the module's doc and the `cfg` of `ALLOCATOR`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for SizeClasses<WasmMemory> {}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: SizeClasses<WasmMemory> = SizeClasses::new(WasmMemory);

/// The class of a layout: log2 of the block size that holds it at its alignment.
fn class(layout: &Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(8);
    Some(size.checked_next_power_of_two()?.trailing_zeros() as usize)
}

impl<P: Pages> SizeClasses<P> {
    /// An allocator that has taken no memory yet.
    pub const fn new(pages: P) -> Self {
        SizeClasses {
            pages,
            state: UnsafeCell::new(State {
                free: [0; CLASSES],
                next: 0,
                end: 0,
            }),
        }
    }

    /// A block of class `k`, not on any free list.
    fn take(&self, k: usize) -> Option<usize> {
        // SAFETY: one thread (see `Sync`), and no reference to the state outlives this call.
        let state = unsafe { &mut *self.state.get() };
        let head = *state.free.get(k)?;
        if head != 0 {
            // SAFETY: `head` is a free block of this class, at least 8 bytes and 8-aligned, whose
            // first word `give` wrote.
            state.free[k] = unsafe { *(head as *const usize) };
            return Some(head);
        }
        let size = 1usize.checked_shl(k as u32)?;
        if size > PAGE {
            return self.pages.grow(size / PAGE);
        }
        let start = state.next.checked_next_multiple_of(size)?;
        if start.checked_add(size)? <= state.end {
            state.next = start + size;
            return Some(start);
        }
        // What is left of the region is smaller than this block, and stays unused.
        let base = self.pages.grow(REGION_PAGES)?;
        state.next = base + size;
        state.end = base + REGION_PAGES * PAGE;
        Some(base)
    }

    /// Puts a block of class `k` on its free list.
    ///
    /// # Safety
    /// `block` was returned by `take(k)` and is no longer used.
    unsafe fn give(&self, block: usize, k: usize) {
        // SAFETY: as in `take`.
        let state = unsafe { &mut *self.state.get() };
        // SAFETY: the block is ours, at least 8 bytes, and aligned to at least 8.
        unsafe { *(block as *mut usize) = state.free[k] };
        state.free[k] = block;
    }
}

// SAFETY: a block of class k is 2^k bytes aligned to min(2^k, PAGE) bytes, so it holds the layout
// it was asked for; it is handed out once until it is freed; `realloc` keeps the contents.
unsafe impl<P: Pages> GlobalAlloc for SizeClasses<P> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() > PAGE {
            return std::ptr::null_mut();
        }
        class(&layout)
            .and_then(|k| self.take(k))
            .map_or(std::ptr::null_mut(), |block| block as *mut u8)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(k) = class(&layout) {
            // SAFETY: the caller gives back a block `alloc` made for this layout.
            unsafe { self.give(ptr as usize, k) };
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        if class(&new_layout) == class(&layout) {
            return ptr;
        }
        // SAFETY: the caller's contract for `realloc` is that for `alloc` and `dealloc`.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            moved
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::cell::RefCell;

    /// Pages from the system allocator, aligned as WebAssembly pages are; freed at the end.
    struct SystemPages {
        taken: RefCell<Vec<(*mut u8, Layout)>>,
        limit: usize,
    }

    impl Pages for SystemPages {
        fn grow(&self, pages: usize) -> Option<usize> {
            let mut taken = self.taken.borrow_mut();
            if taken.len() >= self.limit {
                return None;
            }
            let layout = Layout::from_size_align(pages * PAGE, PAGE).ok()?;
            // SAFETY: the layout is not zero-sized.
            let p = unsafe { std::alloc::alloc_zeroed(layout) };
            (!p.is_null()).then(|| {
                taken.push((p, layout));
                p as usize
            })
        }
    }

    impl Drop for SystemPages {
        fn drop(&mut self) {
            for (p, layout) in self.taken.borrow_mut().drain(..) {
                // SAFETY: allocated above with this layout.
                unsafe { std::alloc::dealloc(p, layout) };
            }
        }
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).expect("a valid layout")
    }

    fn allocator(limit: usize) -> SizeClasses<SystemPages> {
        SizeClasses::new(SystemPages {
            taken: RefCell::default(),
            limit,
        })
    }

    #[derive(Debug, Clone)]
    enum Op {
        Alloc { size: usize, align_log2: u32 },
        Free(usize),
        Realloc(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        let size = prop_oneof![1usize..=64, 65usize..=5000, 60_000usize..=200_000];
        prop_oneof![
            4 => (size.clone(), 0u32..=7).prop_map(|(size, align_log2)| Op::Alloc { size, align_log2 }),
            2 => any::<usize>().prop_map(Op::Free),
            2 => (any::<usize>(), size).prop_map(|(i, n)| Op::Realloc(i, n)),
        ]
    }

    /// A live block: where, its layout, and the byte it was filled with.
    struct Live {
        ptr: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn check(b: &Live) {
        // SAFETY: a live block of `layout.size()` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(b.ptr, b.layout.size()) };
        assert!(
            bytes.iter().all(|&x| x == b.fill),
            "a block was overwritten"
        );
    }

    proptest! {
        /// Every block is aligned as asked, holds its size without touching another live block
        /// (each is filled with its own byte and checked when it goes), and keeps its contents
        /// across `realloc`, whether it stays in its class or moves.
        #[test]
        fn blocks_are_aligned_disjoint_and_kept(ops in proptest::collection::vec(op(), 1..120)) {
            let a = allocator(usize::MAX);
            let mut live: Vec<Live> = Vec::new();
            for (n, op) in ops.into_iter().enumerate() {
                let fill = (n % 251) as u8;
                match op {
                    Op::Alloc { size, align_log2 } => {
                        let asked = layout(size, 1 << align_log2);
                        // SAFETY: not zero-sized.
                        let ptr = unsafe { a.alloc(asked) };
                        prop_assert!(!ptr.is_null());
                        prop_assert_eq!(ptr as usize % asked.align(), 0);
                        // SAFETY: a fresh block of at least `size` bytes.
                        unsafe { std::ptr::write_bytes(ptr, fill, size) };
                        live.push(Live { ptr, layout: asked, fill });
                    }
                    Op::Free(i) if !live.is_empty() => {
                        let b = live.swap_remove(i % live.len());
                        check(&b);
                        // SAFETY: a live block with its layout.
                        unsafe { a.dealloc(b.ptr, b.layout) };
                    }
                    Op::Realloc(i, size) if !live.is_empty() => {
                        let i = i % live.len();
                        check(&live[i]);
                        let b = &mut live[i];
                        let kept = b.layout.size().min(size);
                        // SAFETY: a live block with its layout; the new size is not zero.
                        let ptr = unsafe { a.realloc(b.ptr, b.layout, size) };
                        prop_assert!(!ptr.is_null());
                        prop_assert_eq!(ptr as usize % b.layout.align(), 0);
                        // SAFETY: the block holds `size` bytes, `kept` of them carried over.
                        let bytes = unsafe { std::slice::from_raw_parts(ptr, kept) };
                        prop_assert!(bytes.iter().all(|&x| x == b.fill), "realloc lost bytes");
                        // SAFETY: as above.
                        unsafe { std::ptr::write_bytes(ptr, b.fill, size) };
                        b.ptr = ptr;
                        b.layout = layout(size, b.layout.align());
                    }
                    _ => {}
                }
            }
            for b in live {
                check(&b);
                // SAFETY: a live block with its layout.
                unsafe { a.dealloc(b.ptr, b.layout) };
            }
        }
    }

    #[test]
    fn a_freed_block_is_reused_for_its_class_only() {
        let a = allocator(usize::MAX);
        let small = layout(24, 8);
        // SAFETY: layouts are not zero-sized; blocks are freed with their layouts.
        unsafe {
            let p = a.alloc(small);
            a.dealloc(p, small);
            // 17..=32 bytes share the class of 24.
            assert_eq!(a.alloc(layout(32, 8)), p);
            // Handed out once: not again while it is in use.
            assert_ne!(a.alloc(small), p);
            // Freed again, it serves neither a smaller class nor a larger one.
            a.dealloc(p, layout(32, 8));
            assert_ne!(a.alloc(layout(16, 8)), p);
            assert_ne!(a.alloc(layout(33, 8)), p);
            assert_eq!(a.alloc(layout(20, 4)), p);
        }
    }

    #[test]
    fn a_realloc_within_the_class_stays_in_place() {
        let a = allocator(usize::MAX);
        let forty = layout(40, 8);
        // SAFETY: as above.
        unsafe {
            let p = a.alloc(forty);
            assert_eq!(a.realloc(p, forty, 64), p);
            assert_ne!(a.realloc(p, layout(64, 8), 65), p);
        }
    }

    #[test]
    fn out_of_memory_and_oversized_requests_are_null_not_a_crash() {
        let a = allocator(1);
        // SAFETY: as above.
        unsafe {
            assert!(!a.alloc(layout(100, 8)).is_null());
            // The source gave its one growth to the first region.
            assert!(a.alloc(layout(2 * PAGE, 8)).is_null());
            assert!(a.alloc(layout(8, 2 * PAGE)).is_null());
            let huge = layout(isize::MAX as usize - 1, 1);
            assert!(a.alloc(huge).is_null());
            // The region still serves what fits in it.
            assert!(!a.alloc(layout(PAGE, 8)).is_null());
        }
    }
}
