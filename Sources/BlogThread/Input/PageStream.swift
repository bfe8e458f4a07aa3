import ArchiveInput
import RawFileSystem
import SystemThreads

/// One page to read, from a file of its own or a record of an archive.
struct PageJob: Sendable {
    /// What `source.file` says: the input path as given (each byte that is not UTF-8 escaped),
    /// nil for standard input.
    var file: String?
    /// The path to write its result under, without extension.
    var outputName: String
    /// The page's size in bytes.
    let size: Int
    private let handover: PageHandover

    init(file: String?, outputName: String, page: ArchivedPage) {
        self.file = file
        self.outputName = outputName
        size = page.bytes.count
        handover = PageHandover(page)
    }

    /// The page, given once: the job lives on until its result is written, and the page's bytes
    /// (as large as the page) should not, once its tree is built. A second call gets a page
    /// without bytes.
    func takePage() -> ArchivedPage { handover.take() }
}

/// A page held until its reader takes it.
private final class PageHandover: @unchecked Sendable {
    // Guarded by `lock`: a job is made on one thread and read on another.
    private var page: ArchivedPage
    private let lock = Lock()

    init(_ page: ArchivedPage) { self.page = page }

    func take() -> ArchivedPage {
        lock.withLock {
            let taken = page
            page.bytes = []
            return taken
        }
    }
}

/// What the stream gives, in input order and, inside an archive, in file order.
enum StreamItem: Sendable {
    case page(PageJob)
    case skipped(SkipReason)
    case failed(ReadError)
}

/// The pages of every input, read one input (and one archive record) at a time so a batch of
/// any size holds only the pages being worked on.
struct PageStream {
    private var inputs: ArraySlice<InputFiles.Input>
    private let jsonLines: Bool
    private let pageLimit: Int
    private var current: (contents: InputContents, file: String?, name: String, pages: Int)?
    /// Bytes of every input file, and of those finished, for progress.
    let totalBytes: Int
    private(set) var finishedBytes = 0
    private var currentSize = 0
    private var currentOffset = 0
    /// Every result's name goes through here, so no two pages of the run (files, standard
    /// input, archive records) write the same file.
    private var names = OutputNames()

    /// `jsonLines`: every input is JSON Lines of pages (`--input jsonl`); `pageLimit`: the
    /// largest page read, in bytes.
    init(_ inputs: [InputFiles.Input], jsonLines: Bool, pageLimit: Int) {
        self.inputs = inputs[...]
        self.jsonLines = jsonLines
        self.pageLimit = pageLimit
        totalBytes = inputs.reduce(0) { $0 + Self.size(of: $1) }
    }

    /// How much of the inputs' bytes have been read, from 0 to 1; nil where unknown (standard input).
    var fractionDone: Double? {
        totalBytes > 0 ? min(1, Double(finishedBytes + currentOffset) / Double(totalBytes)) : nil
    }

    mutating func next() -> StreamItem? {
        while true {
            if current == nil {
                guard let input = inputs.popFirst() else { return nil }
                let (path, name): (InputPath?, String) = switch input {
                case .standardInput: (nil, "stdin")
                case .file(let path, let outputName): (path, outputName)
                }
                let file = path?.description
                currentSize = Self.size(of: input)
                currentOffset = 0
                do throws(ArchiveError) {
                    current = (try InputContents(path: path?.bytes, jsonLines: jsonLines, pageLimit: pageLimit), file, name, 0)
                } catch {
                    finishedBytes += currentSize
                    return .failed(ReadError(file: file, reason: error.description))
                }
            }
            guard let item = current!.contents.next() else {
                current = nil
                finishedBytes += currentSize
                currentOffset = 0
                continue
            }
            return describe(item)
        }
    }

    private mutating func describe(_ item: ArchiveItem) -> StreamItem {
        let file = current!.file
        switch item {
        case .page(let page):
            current!.pages += 1
            if let offset = page.record?.offset { currentOffset = offset }
            let name = names.claim(
                current!.contents.kind.holdsRecords
                    ? RecordNaming.outputName(archive: current!.name, index: current!.pages, url: page.url)
                    : current!.name)
            return .page(PageJob(file: file, outputName: name, page: page))
        case .skipped(let reason, let record):
            currentOffset = record.offset
            return .skipped(reason)
        case .failed(let reason, let record):
            let at = record.map { " (record at offset \($0.offset))" } ?? ""
            return .failed(ReadError(file: file, reason: reason + at))
        }
    }

    private static func size(of input: InputFiles.Input) -> Int {
        guard case .file(let path, _) = input, let status = try? FileStatus.of(path.bytes).get(), status.kind == .regularFile
        else { return 0 }
        return status.size
    }
}
