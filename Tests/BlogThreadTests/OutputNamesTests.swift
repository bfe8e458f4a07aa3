import BlogThread
import XCTest

final class OutputNamesTests: XCTestCase {
    func testEveryNameIsCheckedAgainstEveryNameTaken() {
        var names = OutputNames()
        // `a-2` is taken by a page of that name before `a` is claimed twice.
        XCTAssertEqual(["a-2", "a", "a", "a", "sub/a", "a-3"].map { names.claim($0) }, ["a-2", "a", "a-3", "a-4", "sub/a", "a-3-2"])
    }

    func testManyEqualNamesStayDistinct() {
        var names = OutputNames()
        let claimed = (0..<5_000).map { _ in names.claim("post") }
        XCTAssertEqual(Set(claimed).count, 5_000)
        XCTAssertEqual(claimed.last, "post-5000")
    }
}
