import Foundation

/// A thread of its own that runs the work given to it in order, for the length of a batch run:
/// the batch reads pages on one and commits them on another. A new thread for each page would
/// spread the pages' memory over ever more malloc arenas (the peak creeping up with the number
/// of pages), and dispatch's shared pool would make the work wait for the rendering threads.
final class WorkerThread: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var pending: [@Sendable () -> Void] = []
    private var stopping = false

    init(name: String) {
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    /// Runs `work` on the thread after what was given before.
    func submit(_ work: @escaping @Sendable () -> Void) {
        condition.lock()
        pending.append(work)
        condition.signal()
        condition.unlock()
    }

    /// Lets the thread end once the work given so far is done.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while pending.isEmpty && !stopping { condition.wait() }
            guard !pending.isEmpty else {
                condition.unlock()
                return
            }
            let work = pending.removeFirst()
            condition.unlock()
            work()
        }
    }
}
