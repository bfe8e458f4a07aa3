import Foundation
import XCTest

/// A test case that gives each test a fresh folder of its own and removes it afterwards: the
/// command-line and batch tests write their pages and outputs there.
open class ScratchFolderTestCase: XCTestCase {
    /// The running test's folder.
    public private(set) var workspace: URL!

    override open func setUpWithError() throws {
        try super.setUpWithError()
        workspace = FileManager.default.temporaryDirectory
            .appendingPathComponent("blogthread-\(type(of: self))-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    }

    override open func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: workspace)
        try super.tearDownWithError()
    }
}
