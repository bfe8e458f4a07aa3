#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif
import RawFileSystem
import SystemThreads

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
    static func temporaryPath(for path: InputPath) -> InputPath {
        path.parent.appending(Array(".".utf8) + path.lastComponent + Array(".\(getpid())\(suffix)".utf8))
    }

    /// Writes `data` to `path` through a partial file.
    static func write(_ data: Data, to path: InputPath) throws(SystemError) {
        let temporary = temporaryPath(for: path)
        register(temporary)
        defer { unregister(temporary) }
        do throws(SystemError) {
            let file = try FileChanges.openForWriting(temporary.bytes).get()
            try file.write(data)
            try file.close()
            try FileChanges.rename(temporary.bytes, to: path.bytes).get()
        } catch {
            FileChanges.remove(temporary.bytes)
            throw error
        }
    }

    /// Removes partial files under `folder` (and its subfolders when `recursive`; a linked
    /// folder is not entered, as a walk through links could go round for ever) that no living
    /// process is writing.
    static func sweep(_ folder: InputPath, recursive: Bool) {
        guard let entries = try? FolderEntry.entries(of: folder.bytes.isEmpty ? [0x2E] : folder.bytes).get() else { return }
        let suffixBytes = Array(suffix.utf8)
        for entry in entries {
            let path = folder.appending(entry.name)
            if recursive, entry.kind == .folder, !entry.isLink { sweep(path, recursive: true) }
            guard entry.name.count > suffixBytes.count, entry.name.suffix(suffixBytes.count).elementsEqual(suffixBytes) else { continue }
            let name = entry.name.dropLast(suffixBytes.count)
            guard let dot = name.lastIndex(of: 0x2E), let pid = pid_t(String(decoding: name[(dot + 1)...], as: UTF8.self)),
                pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            FileChanges.remove(path.bytes)
        }
    }

    // MARK: Cleaning up on interruption

    /// Guarded by `lock`.
    nonisolated(unsafe) private static var live: Set<InputPath> = []
    private static let lock = Lock()

    static func register(_ path: InputPath) {
        _ = interruptionHandling
        lock.withLock { _ = live.insert(path) }
    }

    static func unregister(_ path: InputPath) {
        lock.withLock { _ = live.remove(path) }
    }

    /// Removes every partial file of this process; called on SIGINT and SIGTERM.
    static func removeAll() {
        lock.withLock {
            for path in live { FileChanges.remove(path.bytes) }
            live.removeAll()
        }
    }

    /// SIGINT and SIGTERM: the handler, installed for the whole process before this returns
    /// (so before the first partial file exists), only writes the signal's number into a pipe,
    /// all a handler may safely do; a thread of its own reads it, removes the partial files and
    /// dies of the signal as the process would have, so the shell sees the usual status.
    /// Installed once, for the life of the process. (A dispatch signal source is no substitute
    /// on Linux: its handler is installed later, on dispatch's own thread, and a signal sent in
    /// between found the signal ignored and was lost.)
    private static let interruptionHandling: Void = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        let reading = ends[0]
        interruptionPipe = ends[1]
        SystemThread.start {
            var caught: UInt8 = 0
            while read(reading, &caught, 1) != 1 {
                guard errno == EINTR else { return }
            }
            let signalNumber = Int32(caught)
            removeAll()
            signal(signalNumber, SIG_DFL)
            // This thread may have been started by one that blocks signals (a dispatch worker).
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, signalNumber)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            raise(signalNumber)
        }
        for signalNumber in [SIGINT, SIGTERM] { signal(signalNumber, noteInterruption) }
    }()
}

/// Where the signal handler writes the number of the signal caught; set once, before the
/// handler is installed, and never again.
nonisolated(unsafe) private var interruptionPipe: Int32 = -1

/// The SIGINT and SIGTERM handler: a write to a pipe is safe in a handler; anything more is not.
private func noteInterruption(_ caught: Int32) {
    var number = UInt8(truncatingIfNeeded: caught)
    _ = write(interruptionPipe, &number, 1)
}
