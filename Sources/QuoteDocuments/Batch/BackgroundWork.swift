import Foundation

/// Work started on another thread whose result is collected later: the batch reads the next
/// page and commits the previous one while the current page renders. Each piece of work gets a
/// thread of its own: on the shared dispatch pool it would wait for the rendering threads,
/// which hold as many threads as there are cores.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchGroup()
    // Written once by the worker before `finished.leave()`, read only after `finished.wait()`.
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        finished.enter()
        Thread { [self] in
            result = Result { try work() }
            finished.leave()
        }.start()
    }

    /// Waits for the work to finish and returns its value, or throws its error.
    func value() throws -> Value {
        finished.wait()
        return try result!.get()
    }
}
