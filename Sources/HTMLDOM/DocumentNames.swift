extension HTMLDocument {
    /// The tag names of the document's elements, each once: read by their numbers in the
    /// store's name table, with no String made per element.
    package var elementNames: Set<String> {
        var used = [Bool](repeating: false, count: store.names.bytes.count)
        for node in 0..<store.count where store.kinds[node] == .element { used[Int(store.nameIDs[node])] = true }
        return names(used)
    }

    /// The names of the attributes the document's elements carry, each once, as `elementNames`.
    package var attributeNames: Set<String> {
        var used = [Bool](repeating: false, count: store.names.bytes.count)
        for id in store.attributeNameIDs { used[Int(id)] = true }
        return names(used)
    }

    private func names(_ used: [Bool]) -> Set<String> {
        var names: Set<String> = []
        for (id, isUsed) in used.enumerated() where isUsed { names.insert(String(decoding: store.names.bytes[id], as: UTF8.self)) }
        return names
    }
}

extension HTMLDocument {
    /// Every token of every element's `class`, each once, split at HTML's whitespace. Values are
    /// read as bytes in place: a String per element costs more than the parse of most pages.
    package var classTokens: Set<String> {
        var tokens: Set<String> = []
        // Siblings repeat their class attribute (every comment's `comment even depth-2`): a value
        // equal to the one before adds no token. A page repeats its few hundred tokens thousands
        // of times: a String is made of the first of equal ones only.
        var previous: UnsafeRawBufferPointer?
        var seen = FingerprintTable<UnsafeRawBufferPointer>()
        forEachValue(ofAttribute: NameTable.classID) { value in
            if let previous, sameBytes(previous, value) { return }
            previous = value
            forEachToken(value) { token in
                let print = fingerprint(of: token)
                if let known = seen[print], sameBytes(known, token) { return }
                seen.set(token, for: print)
                tokens.insert(String(decoding: token, as: UTF8.self))
            }
        }
        return tokens
    }

    /// Every value of the attribute `name` in the document, each once.
    package func values(ofAttribute name: String) -> Set<String> {
        guard let nameID = store.names.existingID(of: Array(name.utf8)) else { return [] }
        var values: Set<String> = []
        forEachValue(ofAttribute: nameID) { values.insert(String(decoding: $0, as: UTF8.self)) }
        return values
    }

    /// Each value of the attributes whose name has the number `nameID`, in document order, as
    /// bytes valid only inside `body`.
    @inline(__always)
    private func forEachValue(ofAttribute nameID: Int32, _ body: (UnsafeRawBufferPointer) -> Void) {
        store.bytes.withUnsafeBytes { bytes in
            for attribute in store.attributeNameIDs.indices where store.attributeNameIDs[attribute] == nameID {
                body(UnsafeRawBufferPointer(rebasing: bytes[store.attributeRange(attribute)]))
            }
        }
    }
}
