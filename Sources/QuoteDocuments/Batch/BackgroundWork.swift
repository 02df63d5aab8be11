import Foundation

/// Work started on a ``WorkerThread`` whose result is collected later: the batch reads the
/// next page and commits the previous one while the current page renders.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchGroup()
    // Written once by the worker before `finished.leave()`, read only after `finished.wait()`.
    private var result: Result<Value, any Error>?

    init(on worker: WorkerThread, _ work: @escaping @Sendable () throws -> Value) {
        finished.enter()
        worker.submit { [self] in
            result = Result { try work() }
            finished.leave()
        }
    }

    /// Waits for the work to finish and returns its value, or throws its error.
    func value() throws -> Value {
        finished.wait()
        return try result!.get()
    }
}
