import CMalloc

/// glibc raises its mmap threshold each time a large block is freed, up to 32 MB, so after the
/// first large page, later pages' large buffers come from the heap and leave it fragmented: a
/// batch of many pages then grows by megabytes. A fixed threshold keeps every large buffer
/// mapped and unmapped on its own. The arenas stay glibc's, one per thread in use: a single one
/// serializes every allocation of the workers behind its lock (a two-job batch took 1.7 times
/// as long) and saved no memory. Set here and not in the library, since it is the whole
/// process's choice.
enum MallocTuning {
    static func apply() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 10)
        #endif
    }
}
