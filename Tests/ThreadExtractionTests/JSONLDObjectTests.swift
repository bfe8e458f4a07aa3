import XCTest
@testable import ThreadExtraction

final class JSONLDObjectTests: XCTestCase {
    func testValuesKeepTheirKinds() throws {
        let value = try XCTUnwrap(JSONValue.parse(#"{"a": [1, 2.5, -3e2, true, null, "x"], "b": {"c": "d"}}"#))
        guard case .object(let fields) = value, case .array(let list) = fields["a"] else { return XCTFail("\(value)") }
        XCTAssertEqual(list.count, 6)
        guard case .number("1") = list[0], case .number("2.5") = list[1], case .number("-300") = list[2], case .number("5") = JSONValue.parse("5.0"),
            case .bool(true) = list[3], case .null = list[4], case .string("x") = list[5]
        else { return XCTFail("\(list)") }
        XCTAssertEqual(fields["b"]?.object?["c"]?.string, "d")
        XCTAssertNil(JSONValue.parse("{\"a\": "))
        XCTAssertNil(JSONValue.parse("not JSON"))
    }

    func testEscapesAreDecoded() {
        XCTAssertEqual(JSONValue.parse(#""a\"b\\c\/d\n\t\u00e9\u65E5""#)?.string, "a\"b\\c/d\n\té日")
        // A surrogate pair is one scalar; a lone half is U+FFFD.
        XCTAssertEqual(JSONValue.parse(#""\ud83d\ude00""#)?.string, "😀")
        XCTAssertEqual(JSONValue.parse(#""\ud83dx""#)?.string, "\u{FFFD}x")
        XCTAssertEqual(JSONValue.parse(#""\ude00\ud83d""#)?.string, "\u{FFFD}\u{FFFD}")
        XCTAssertEqual(JSONValue.parse(#""x\ud83d\u0041""#)?.string, "x\u{FFFD}A")
    }

    /// What JSON (RFC 8259) does not allow is refused, as Foundation's reader refuses it.
    func testWhatIsNotJSONIsRefused() {
        let invalid = [
            "", " ", "[,]", "[1,,]", "{,}", "[01]", "[1.]", "[.5]", "[1e]", "[+1]", "[-]", "{a:1}", "{'a':1}",
            "[\"tab\tinside\"]", "[\"\\x\"]", "[\"\\u12\"]", "[1] x", "[true false]", "[nul]", "{\"a\" 1}", "[1e400]", "\"open",
        ]
        for text in invalid {
            XCTAssertNil(JSONValue.parse(text), text)
            XCTAssertNil(try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]), text)
        }
        // A comma before the end is let pass, as Foundation lets it.
        for text in ["[1,]", "{\"a\": 1 , }"] {
            XCTAssertNotNil(JSONValue.parse(text), text)
            XCTAssertNotNil(try? JSONSerialization.jsonObject(with: Data(text.utf8)), text)
        }
    }

    /// Random documents read as Foundation's reader reads them: the same kinds, texts and numbers.
    func testRandomDocumentsReadAsFoundationReadsThem() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "é", "日本", "😀", "\"", "\\", "/", "\n", "\u{1}", " ", "<b>", "&#039;"]
        func randomValue(_ depth: Int) -> Any {
            switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &generator) {
            case 0: return (0..<Int.random(in: 0..<5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            case 1: return Int.random(in: -1_000_000...1_000_000, using: &generator)
            case 2: return Double.random(in: -1e6...1e6, using: &generator)
            case 3: return [true, false, NSNull()].randomElement(using: &generator)!
            case 4: return (0..<Int.random(in: 0..<4, using: &generator)).map { _ in randomValue(depth + 1) }
            default:
                return Dictionary((0..<Int.random(in: 0..<4, using: &generator)).map { index in ("k\(index)\(pieces.randomElement(using: &generator)!)", randomValue(depth + 1)) }, uniquingKeysWith: { $1 })
            }
        }
        for _ in 0..<300 {
            let document = [randomValue(0)]
            let data = try JSONSerialization.data(withJSONObject: document, options: [.fragmentsAllowed])
            let text = String(decoding: data, as: UTF8.self)
            let expected = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            let value = try XCTUnwrap(JSONValue.parse(text), text)
            XCTAssertTrue(Self.same(value, expected), text)
        }
    }

    private static func same(_ value: JSONValue, _ expected: Any) -> Bool {
        switch value {
        case .string(let text): return expected as? String == text
        case .number(let text):
            guard let number = expected as? NSNumber, let read = Double(text) else { return false }
            // Foundation's reader may round a long fraction's last bit otherwise.
            return abs(read - number.doubleValue) <= 1e-12 * max(1, abs(read))
        case .bool(let flag): return (expected as? NSNumber)?.boolValue == flag && !(expected is String)
        case .null: return expected is NSNull
        case .array(let elements):
            guard let list = expected as? [Any], list.count == elements.count else { return false }
            return zip(elements, list).allSatisfy { same($0, $1) }
        case .object(let fields):
            guard let object = expected as? [String: Any], object.count == fields.count else { return false }
            return fields.allSatisfy { key, field in object[key].map { same(field, $0) } ?? false }
        }
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
