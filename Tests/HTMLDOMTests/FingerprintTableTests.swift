import XCTest
@testable import HTMLDOM

final class FingerprintTableTests: XCTestCase {
    func testWhatIsSetIsFoundAfterTheTableGrows() {
        var table = FingerprintTable<Int>()
        // Fingerprints that differ only in their low bits, as addresses do, and the one it keeps for 0.
        let prints = (0..<1_000).map { UInt64($0) << 4 } + [1]
        for (value, print) in prints.enumerated() { table.set(value, for: print) }
        // 0 and 1 are one fingerprint: the later value holds for both.
        XCTAssertEqual(table[0], prints.count - 1)
        for (value, print) in prints.enumerated().dropFirst() { XCTAssertEqual(table[print], value) }
        XCTAssertNil(table[3])
        table.set(-1, for: 16)
        XCTAssertEqual(table[16], -1)
    }

    func testByteFingerprintsTellApartWhatDiffers() {
        let texts = ["comment", "comments", "Comment", "", "depth-1", "depth-2"].map { Array($0.utf8) }
        let prints = texts.map { bytes in bytes.withUnsafeBytes { fingerprint(of: $0) } }
        XCTAssertEqual(Set(prints).count, texts.count)
        XCTAssertEqual(prints[0], Array("comment".utf8).withUnsafeBytes { fingerprint(of: $0) })
    }

    func testEveryNameOfAPageWithManyIsItsOwn() throws {
        // More distinct names than the name table starts with: each element keeps its own.
        let elements = (0..<600).map { "<x-\($0) data-a\($0)=\"v\"></x-\($0)>" }.joined()
        let document = try HTMLDocument(bytes: Array("<html><body>\(elements)</body></html>".utf8))
        let found = Array(try XCTUnwrap(document.root).descendants.filter { $0.name.hasPrefix("x-") })
        XCTAssertEqual(found.map(\.name), (0..<600).map { "x-\($0)" })
        XCTAssertEqual(found.map { $0.attributeNames }, (0..<600).map { ["data-a\($0)"] })
    }
}
