import Foundation

/// Results on their way to disk: each is written under a recognisable temporary name beside its
/// target (`.post.json.1234.blogthread-partial`, 1234 the writing process) and renamed into place
/// once complete, so a result file is never half written.
///
/// An interrupted run (SIGINT, SIGTERM) removes its partial files before it dies; what a killed
/// run left behind is swept by the next run writing to the same place, once no process of that
/// number is alive.
enum PartialFiles {
    static let suffix = ".blogthread-partial"

    /// The temporary name beside `path`.
    static func temporaryPath(for path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = "." + (path as NSString).lastPathComponent + ".\(getpid())" + suffix
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }

    /// Writes `data` to `path` through a partial file.
    static func write(_ data: Data, to path: String) throws {
        let temporary = temporaryPath(for: path)
        register(temporary)
        defer { unregister(temporary) }
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Removes partial files under `folder` (and its subfolders when `recursive`) that no living
    /// process is writing.
    static func sweep(_ folder: String, recursive: Bool) {
        let manager = FileManager.default
        let names: [String] =
            recursive
            ? (manager.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            : (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        for relative in names where relative.hasSuffix(suffix) {
            let name = (relative as NSString).lastPathComponent.dropLast(suffix.count)
            guard let dot = name.lastIndex(of: "."), let pid = pid_t(name[name.index(after: dot)...]),
                pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            unlink((folder as NSString).appendingPathComponent(relative))
        }
    }

    // MARK: Cleaning up on interruption

    /// Guarded by `lock`.
    nonisolated(unsafe) private static var live: Set<String> = []
    private static let lock = NSLock()

    static func register(_ path: String) {
        _ = interruptionHandlers
        lock.withLock { _ = live.insert(path) }
    }

    static func unregister(_ path: String) {
        lock.withLock { _ = live.remove(path) }
    }

    /// Removes every partial file of this process; called on SIGINT and SIGTERM.
    static func removeAll() {
        lock.withLock {
            for path in live { unlink(path) }
            live.removeAll()
        }
    }

    /// SIGINT and SIGTERM, handled on a queue of their own: the partial files go, then the
    /// process dies of the signal as it would have, so the shell sees the usual status.
    /// Kept for the life of the process, never mutated after the first use.
    nonisolated(unsafe) private static let interruptionHandlers: [any DispatchSourceSignal] = [SIGINT, SIGTERM].map { signalNumber in
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: DispatchQueue(label: "blogthread.interruption"))
        source.setEventHandler {
            removeAll()
            signal(signalNumber, SIG_DFL)
            // To the process, not this thread: dispatch threads block signals.
            kill(getpid(), signalNumber)
        }
        source.resume()
        return source
    }
}
