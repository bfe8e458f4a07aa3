import XCTest
@testable import ThreadExtraction

final class JSONLDObjectTests: XCTestCase {
    func testValuesKeepTheirKinds() throws {
        let value = try XCTUnwrap(JSONValue.parse(#"{"a": [1, 2.5, -3e2, true, null, "x"], "b": {"c": "d"}}"#))
        guard case .object(let fields) = value, case .array(let list) = fields["a"] else { return XCTFail("\(value)") }
        XCTAssertEqual(list.count, 6)
        guard case .number("1") = list[0], case .number("2.5") = list[1], case .number("-300") = list[2],
            case .bool(true) = list[3], case .null = list[4], case .string("x") = list[5]
        else { return XCTFail("\(list)") }
        XCTAssertEqual(fields["b"]?.object?["c"]?.string, "d")
        XCTAssertNil(JSONValue.parse("{\"a\": "))
        XCTAssertNil(JSONValue.parse("not JSON"))
    }

    func testObjectsAreFoundInGraphsListsAndMainEntities() {
        let text = """
            //<![CDATA[
            [{"@context": "https://schema.org", "@graph": [
              {"@type": "WebPage", "mainEntity": {"@type": "Question", "answerCount": 4, "name": "O&#039;Donnell"}},
              {"@type": ["BlogPosting", "Thing"], "commentCount": "12", "keywords": "a, b", "wordCount": 1200.0}
            ]}]
            //]]>
            """
        let objects = JSONLDObject.parse(text)
        XCTAssertEqual(objects.map(\.types), [["WebPage"], ["Question"], ["BlogPosting", "Thing"]])
        XCTAssertEqual(objects[1].integer("answerCount"), 4)
        XCTAssertEqual(objects[1].string("answerCount"), "4")
        XCTAssertEqual(objects[1].string("name"), "O'Donnell")
        XCTAssertEqual(objects[2].integer("commentCount"), 12)
        XCTAssertEqual(objects[2].integer("wordCount"), 1200)
        XCTAssertEqual(objects[2].strings("keywords"), ["a", "b"])
        XCTAssertTrue(objects[2].isType("Thing"))
        XCTAssertEqual(objects[0].object("mainEntity")?.string("name"), "O'Donnell")
    }

    /// Deep nesting is refused, not recursed into until the stack runs out.
    func testHostileNestingIsNotJSONLD() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertEqual(JSONLDObject.parse(deep).count, 0)
    }
}
