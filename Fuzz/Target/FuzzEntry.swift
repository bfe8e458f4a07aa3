import BlogThread
import Foundation

// Bytes → parse → extract → JSON and Markdown, the whole path a hostile page takes. Built by
// `Fuzz/run` with libFuzzer (the `FUZZING` condition), `main` hands control to libFuzzer's
// driver; built plainly, it replays the files it is given, so a crash file can be rerun alone.

/// Reads one input as a page and exports it both ways; a page that cannot be read is fine,
/// only a crash, a hang or a sanitizer report is a finding.
func exerciseEveryStage(_ bytes: [UInt8]) {
    guard let thread = try? ThreadReader().read(bytes: bytes) else { return }
    _ = try? JSONExporter().export(thread)
    _ = try? MarkdownExporter().export(thread)
    _ = try? MarkdownExporter(options: .init(includePost: false, replyStyle: .indentedLists, tables: .plainText))
        .export(thread)
}

#if FUZZING
/// libFuzzer's entry for programs that keep their own `main` (LLVM 11 and later).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in
            exerciseEveryStage(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
    }
}
#else
@main
enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(1)
            }
            exerciseEveryStage([UInt8](data))
            print("ok \(path)")
        }
    }
}
#endif
