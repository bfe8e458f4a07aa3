import XCTest
@testable import HTMLDOM

final class ClassTokenNumbersTests: XCTestCase {
    private let html = """
        <html><body><ol><li class="comment even depth-1">A</li><li class="comment odd depth-1">B</li>
        <li class=" comment\tcomment\neven ">C</li><li class="">D</li><li>E</li><li class="Comment">F</li></ol></body></html>
        """

    /// Each element's numbers, read back as tokens, are its classes in order, repeats included;
    /// equal tokens share a number wherever they stand, and tokens differing in case do not.
    func testNumbersReadBackAsTheElementsClasses() throws {
        let document = try HTMLDocument(bytes: Array(html.utf8))
        var numbers = ClassTokenNumbers(of: document)
        let items = try XCTUnwrap(document.root).descendants.filter { $0.is("li") }
        var seen: [String: Int32] = [:]
        for item in items {
            var found: [Int32] = []
            numbers.forEachNumber(of: item) { found.append($0) }
            let tokens = found.map(numbers.token)
            for (token, number) in zip(tokens, found) {
                XCTAssertEqual(seen[token, default: number], number, token)
                seen[token] = number
            }
            XCTAssertEqual(tokens, item.classes.map(String.init))
        }
        XCTAssertEqual(Set(seen.keys), ["comment", "even", "odd", "depth-1", "Comment"])
        XCTAssertEqual(Set(seen.values).count, 5)
    }

    func testAnotherDocumentsElementHasNoNumbers() throws {
        let document = try HTMLDocument(bytes: Array(html.utf8))
        let other = try HTMLDocument(bytes: Array(html.utf8))
        var numbers = ClassTokenNumbers(of: document)
        let item = try XCTUnwrap(other.root?.descendants.first { $0.is("li") })
        var count = 0
        numbers.forEachNumber(of: item) { _ in count += 1 }
        XCTAssertEqual(count, 0)
    }
}
