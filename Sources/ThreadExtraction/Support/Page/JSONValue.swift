#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A JSON value as a page's script states it.
enum JSONValue: Decodable {
    case string(String)
    /// In decimal: an integer as written, any other number as `Double` prints it.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value `text` holds; nil where it is not JSON.
    static func parse(_ text: some StringProtocol) -> JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !list.isAtEnd { elements.append(try list.decode(JSONValue.self)) }
            self = .array(elements)
            return
        }
        if let fields = try? decoder.container(keyedBy: Key.self) {
            var object: [String: JSONValue] = [:]
            for key in fields.allKeys { object[key.stringValue] = try fields.decode(JSONValue.self, forKey: key) }
            self = .object(object)
            return
        }
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let text = try? value.decode(String.self) {
            self = .string(text)
        } else if let flag = try? value.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? value.decode(Int64.self) {
            self = .number(String(integer))
        } else {
            self = .number("\(try value.decode(Double.self))")
        }
    }

    var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    var object: [String: JSONValue]? {
        if case .object(let fields) = self { fields } else { nil }
    }

    /// The objects this is: itself, or those of a list.
    var objects: [[String: JSONValue]] {
        switch self {
        case .array(let elements): elements.compactMap(\.object)
        case .object(let fields): [fields]
        default: []
        }
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
