// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "BlogThread",
    // Linux needs no entry; on Apple platforms the standard library's string searches and the
    // model's use of Foundation need these versions.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "BlogThread", targets: ["BlogThread"]),
        .executable(name: "blogthread", targets: ["blogthread"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `swift package generate-documentation`: the DocC catalog under Sources/BlogThread.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "HTMLDOM", dependencies: ["CLibXML2"]),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The only code that touches zlib, as HTMLDOM is for libxml2.
        .target(name: "Inflate", dependencies: ["CZlib"]),
        // The only code that reads paths as bytes (folder entries, opening, status, arguments):
        // a file name need not be UTF-8, and a String would name another file.
        .target(name: "RawFileSystem"),
        // Locks and threads, on pthreads: Foundation's would load all of Foundation for them.
        .target(name: "SystemThreads"),
        .target(name: "ArchiveInput", dependencies: ["Inflate", "RawFileSystem", "ThreadModel"]),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The only code that touches SQLite: connections, statements and their pointers.
        .target(name: "SQLiteAccess", dependencies: ["CSQLite"]),
        .target(name: "ThreadModel"),
        .target(name: "ThreadExtraction", dependencies: ["HTMLDOM", "ThreadModel"]),
        .target(name: "ThreadExport", dependencies: ["ThreadModel", "SQLiteAccess"]),
        .target(
            name: "BlogThread",
            dependencies: ["HTMLDOM", "ThreadModel", "ThreadExtraction", "ThreadExport", "ArchiveInput", "RawFileSystem", "SystemThreads",
            ]),
        // glibc's `mallopt`, for the command line's own process (never the library's choice).
        .systemLibrary(name: "CMalloc"),
        .executableTarget(
            name: "blogthread",
            dependencies: [
                "BlogThread", "RawFileSystem", "CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzz target: `Fuzz/run` builds it with libFuzzer; a plain build replays files.
        .executableTarget(name: "blogthread-fuzz", dependencies: ["BlogThread"], path: "Fuzz/Target"),
        // The cmark reference runner, shared by the tests that judge Markdown, and a reader of archive databases.
        .target(name: "TestSupport", dependencies: ["SQLiteAccess"], path: "Tests/TestSupport"),
        .testTarget(name: "HTMLDOMTests", dependencies: ["HTMLDOM"]),
        .testTarget(name: "ThreadModelTests", dependencies: ["ThreadModel"]),
        .testTarget(name: "RawFileSystemTests", dependencies: ["RawFileSystem"]),
        .testTarget(name: "SystemThreadsTests", dependencies: ["SystemThreads"]),
        .testTarget(name: "ArchiveInputTests", dependencies: ["ArchiveInput", "Inflate", "TestSupport"]),
        .testTarget(name: "ThreadExtractionTests", dependencies: ["ThreadExtraction", "HTMLDOM", "ThreadModel", "ThreadExport", "TestSupport"]),
        .testTarget(name: "ThreadExportTests", dependencies: ["ThreadExport", "ThreadModel", "TestSupport"]),
        .testTarget(name: "BlogThreadTests", dependencies: ["BlogThread", "TestSupport"], exclude: ["Schema"]),
        .testTarget(name: "CLITests", dependencies: ["blogthread", "TestSupport"]),
    ]
)
