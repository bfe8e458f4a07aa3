import XCTest
@testable import RawFileSystem

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class FileDescriptorTests: XCTestCase {
    private var folder: [UInt8] = []

    override func setUp() {
        folder = Array((NSTemporaryDirectory() + "/file-descriptor-\(getpid())-\(UUID().uuidString)").utf8)
        XCTAssertNoThrow(try FileChanges.makeFolders(folder).get())
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: String(decoding: folder, as: UTF8.self))
    }

    func testWhatIsWrittenIsReadBackPieceByPiece() throws {
        let path = folder + Array("/page.html".utf8)
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let output = try FileChanges.openForWriting(path).get()
        try output.write(bytes)
        try output.write("é".utf8)
        try output.close()
        // A second close is nothing to report: the descriptor is already gone.
        XCTAssertNoThrow(try output.close())

        let input = try OpenedFile.forReading(path).get()
        let status = try FileStatus.of(descriptor: input.number).get()
        XCTAssertEqual(status.kind, .regularFile)
        XCTAssertEqual(status.size, 200_002)
        let first = try input.read(upTo: 1000)
        XCTAssertEqual(first, Array(bytes[..<1000]))
        XCTAssertEqual(first + (try input.readToEnd()), bytes + Array("é".utf8))
        XCTAssertEqual(try input.read(upTo: 10), [])
    }

    /// A pipe takes a write a part at a time; every byte still arrives, in order.
    func testALargeWriteToAPipeArrivesWhole() throws {
        var ends: [Int32] = [-1, -1]
        XCTAssertEqual(pipe(&ends), 0)
        let reading = FileDescriptor(number: ends[0], owned: true)
        let writingEnd = ends[1]
        let bytes = (0..<1_000_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let writer = Thread {
            let writing = FileDescriptor(number: writingEnd, owned: true)
            try? writing.write(bytes)
            try? writing.close()
        }
        writer.start()
        XCTAssertEqual(try reading.readToEnd(), bytes)
    }

    func testFailuresNameTheSystemsReason() throws {
        let path = folder + Array("/missing/page.html".utf8)
        XCTAssertEqual(OpenedFile.forReading(path).failure?.reason, "no such file")
        let readOnly = try FileChanges.openForWriting(folder + Array("/x".utf8)).get()
        let reading = try OpenedFile.forReading(folder + Array("/x".utf8)).get()
        XCTAssertThrowsError(try reading.write([1, 2, 3])) { error in
            XCTAssertEqual((error as? SystemError)?.code, EBADF)
        }
        try readOnly.close()
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
