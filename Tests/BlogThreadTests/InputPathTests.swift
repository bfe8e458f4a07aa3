import BlogThread
import Foundation
import TestSupport
import XCTest

/// Paths as bytes: a name that is not UTF-8 is found, kept as it is, and shown readably.
final class InputPathTests: ScratchFolderTestCase {
    func testTextShowsEachByteThatIsNotUTF8() {
        let latin1 = InputPath(bytes: Array("dir/caf".utf8) + [0xE9] + Array("-é.html".utf8))
        XCTAssertEqual(latin1.description, #"dir/caf\xE9-é.html"#)
        XCTAssertEqual(InputPath(bytes: [0x61, 0xC3, 0x28, 0x0A, 0xFF]).description, #"a\xC3(\#n\xFF"#)
        XCTAssertEqual(InputPath("plain/é.html").bytes, Array("plain/é.html".utf8))
    }

    func testAFolderWalkKeepsTheBytesOfEveryName() throws {
        let folder = Array(workspace.appendingPathComponent("pages").path.utf8)
        try FileManager.default.createDirectory(
            at: workspace.appendingPathComponent("pages/sub"), withIntermediateDirectories: true)
        let page = Array("<html><body><p>x</p></body></html>".utf8)
        try RawNamedFile.write(page, to: folder + Array("/sub/caf".utf8) + [0xE9] + Array(".html".utf8))
        try RawNamedFile.write(page, to: folder + Array("/b.htm".utf8))
        let (inputs, problems) = InputFiles.expand([InputPath(bytes: folder)])
        XCTAssertEqual(problems.map(\.description), [])
        XCTAssertEqual(inputs, [
            .file(path: InputPath(bytes: folder + Array("/b.htm".utf8)), outputName: "b"),
            .file(path: InputPath(bytes: folder + Array("/sub/caf".utf8) + [0xE9] + Array(".html".utf8)), outputName: "sub/caf%E9"),
        ])
    }

    /// An output name is the path without its last extension; a dot that starts a name, or sits
    /// in a folder's name, begins none.
    func testOutputNamesDropOnlyTheExtension() throws {
        let folder = Array(workspace.appendingPathComponent("named").path.utf8)
        try FileManager.default.createDirectory(
            at: workspace.appendingPathComponent("named/v1.2"), withIntermediateDirectories: true)
        let page = Array("<html><body><p>x</p></body></html>".utf8)
        for name in ["/a.b.html", "/.hidden.html", "/v1.2/page.htm", "/v1.2/x.xhtml"] {
            try RawNamedFile.write(page, to: folder + Array(name.utf8))
        }
        let (inputs, _) = InputFiles.expand([InputPath(bytes: folder)])
        let names = inputs.compactMap { input -> String? in
            if case .file(_, let outputName) = input { outputName } else { nil }
        }
        XCTAssertEqual(names.sorted(), [".hidden", "a.b", "v1.2/page", "v1.2/x"])
        let (single, _) = InputFiles.expand([InputPath(bytes: folder + Array("/a.b.html".utf8))])
        XCTAssertEqual(single, [.file(path: InputPath(bytes: folder + Array("/a.b.html".utf8)), outputName: "a.b")])
    }
}
