// swift-tools-version:6.0
import PackageDescription

// A client of BlogThread, as a project of your own would be: it depends on the library product
// only (here on the checkout two folders up; elsewhere on `.package(url: …, from: "0.4.0")`).
let package = Package(
    name: "ReadThread",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "BlogThread", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "ReadThread", dependencies: [.product(name: "BlogThread", package: "BlogThread")]),
    ]
)
