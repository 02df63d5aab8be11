import Foundation

// quotedoc benchmarks, in release mode, from the repository root:
//
//     swift run -c release quotedoc-bench                 # everything
//     swift run -c release quotedoc-bench pricing
//     swift run -c release quotedoc-bench store [DIR]     # database in DIR (default /dev/shm)
//     swift run -c release quotedoc-bench render
//     swift run -c release quotedoc-bench render-count N  # N renders, untimed (for valgrind's allocation count)
//     swift run -c release quotedoc-bench confirmation DB [DIR [STEP]]  # a batch confirmation step by step
//                                           # (DB from `quotedoc bench generate`; files in DIR, default /dev/shm)
//     swift run -c release quotedoc-bench team-load DATABASE [CLIENTS [SECONDS]]  # a sales team on one database
//                                           # (SQLite file or postgres:// URL holding the Northwind demo)

#if DEBUG
print("warning: a debug build; run `swift run -c release quotedoc-bench` for real figures")
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first ?? "all" {
    case "pricing":
        try PricingBenchmark.run()
    case "store":
        try StoreBenchmark.run(folderArgument: arguments.dropFirst().first)
    case "render":
        try RenderBenchmark.run()
    case "render-count":
        try RenderBenchmark.count(Int(arguments.dropFirst().first ?? "1") ?? 1)
    case "confirmation":
        guard let database = arguments.dropFirst().first else {
            print("usage: quotedoc-bench confirmation DATABASE [OUTPUT-FOLDER [STEP]]")
            exit(64)
        }
        let folder = arguments.dropFirst(2).first ?? "/dev/shm/quotedoc-bench-\(getpid())"
        // A scratch folder of our own making goes when the benchmark ends.
        defer { if arguments.dropFirst(2).isEmpty { try? FileManager.default.removeItem(atPath: folder) } }
        try ConfirmationBenchmark.run(databasePath: database, outputFolder: folder, only: arguments.dropFirst(3).first)
    case "team-load":
        guard let database = arguments.dropFirst().first else {
            print("usage: quotedoc-bench team-load DATABASE [CLIENTS [SECONDS]]")
            exit(64)
        }
        let folder = URL(fileURLWithPath: "/dev/shm/quotedoc-team-load-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TeamLoadBenchmark.run(
            database: database, clients: Int(arguments.dropFirst(2).first ?? "16") ?? 16, seconds: Int(arguments.dropFirst(3).first ?? "60") ?? 60,
            templates: URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates"), output: folder)
    case "all":
        try PricingBenchmark.run()
        try StoreBenchmark.run(folderArgument: nil)
        try RenderBenchmark.run()
    default:
        print("usage: quotedoc-bench [all | pricing | store [DIR] | render | render-count N | confirmation DB [DIR [STEP]] | team-load DB [CLIENTS [SECONDS]]]")
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("quotedoc-bench: \(error)\n".utf8))
    exit(1)
}
