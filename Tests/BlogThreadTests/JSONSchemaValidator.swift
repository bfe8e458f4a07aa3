import Foundation

/// Checks a JSON value against the parts of JSON Schema (2020-12) that the thread interface
/// uses: type, const, enum, required, properties, items, minimum and local `$ref`s.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(contentsOf url: URL) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// Every violation, each with the JSON path where it is.
    func violations(of data: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        var found: [String] = []
        check(value, against: root, at: "$", into: &found)
        return found
    }

    private func check(_ value: Any, against schema: [String: Any], at path: String, into found: inout [String]) {
        if let reference = schema["$ref"] as? String {
            guard let resolved = resolve(reference) else {
                found.append("\(path): unresolvable \(reference)")
                return
            }
            check(value, against: resolved, at: path, into: &found)
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [(type as? String) ?? ""]
            guard allowed.contains(where: { matches(value, type: $0) }) else {
                found.append("\(path): \(kind(of: value)) is not \(allowed.joined(separator: " or "))")
                return
            }
        }
        if let constant = schema["const"], !same(value, constant) {
            found.append("\(path): must be \(constant)")
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { same(value, $0) }) {
            found.append("\(path): \(value) is not one of \(options)")
        }
        if let minimum = schema["minimum"] as? NSNumber, let number = value as? NSNumber, !isBool(value),
            number.doubleValue < minimum.doubleValue
        {
            found.append("\(path): \(number) is below \(minimum)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                found.append("\(path): missing \(key)")
            }
            for (key, subschema) in schema["properties"] as? [String: Any] ?? [:] {
                if let member = object[key], let subschema = subschema as? [String: Any] {
                    check(member, against: subschema, at: "\(path).\(key)", into: &found)
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                check(element, against: items, at: "\(path)[\(index)]", into: &found)
            }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    /// JSON booleans come back as a distinct NSNumber subclass; plain numbers bridge to Bool too,
    /// so the class is what tells them apart.
    private func isBool(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return type(of: number) != NSNumber.self && String(cString: number.objCType) == "c"
    }

    private func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool(value)
        case "integer":
            guard let number = value as? NSNumber, !isBool(value) else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "number": return value is NSNumber && !isBool(value)
        default: return false
        }
    }

    private func kind(of value: Any) -> String {
        ["null", "boolean", "object", "array", "string", "integer", "number"].first { matches(value, type: $0) } ?? "unknown"
    }

    private func same(_ lhs: Any, _ rhs: Any) -> Bool {
        (lhs as? NSObject)?.isEqual(rhs) ?? false
    }
}
