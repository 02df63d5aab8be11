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

    /// Lets go of `value` on the thread, after the work given before. The memory a page was read
    /// into is best freed by the thread that read it: glibc's malloc frees a block into the arena
    /// of the thread that allocated it, under that arena's lock, so freeing a page elsewhere
    /// makes the reading thread wait for every block of the next page it allocates meanwhile.
    func release<Value: Sendable>(_ value: consuming Value) {
        let held = Held(value)
        submit { held.value = nil }
    }

    /// A value moved to the thread to be let go of there; only that thread touches it once given.
    private final class Held<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
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
