import Foundation
import Synchronization
import XCTest

@testable import QuoteDocuments

final class WorkerThreadTests: XCTestCase {
    /// Work runs in the order given, all of it on the one thread, and a result comes back
    /// through ``BackgroundWork``, errors included.
    func testWorkRunsInOrderOnOneThread() throws {
        let worker = WorkerThread(name: "test worker")
        defer { worker.stop() }
        let seen = Mutex<[(Int, pthread_t)]>([])
        for index in 0..<100 {
            worker.submit { seen.withLock { $0.append((index, pthread_self())) } }
        }
        let last = BackgroundWork(on: worker) { seen.withLock { $0.count } }
        XCTAssertEqual(try last.value(), 100)
        seen.withLock { seen in
            XCTAssertEqual(seen.map(\.0), Array(0..<100))
            XCTAssertTrue(seen.allSatisfy { pthread_equal($0.1, seen[0].1) != 0 })
            XCTAssertEqual(pthread_equal(seen[0].1, pthread_self()), 0, "not the caller's thread")
        }
        struct Failure: Error {}
        XCTAssertThrowsError(try BackgroundWork(on: worker) { () throws -> Int in throw Failure() }.value()) { error in
            XCTAssertTrue(error is Failure)
        }
    }

    /// Stopping lets the work already given finish.
    func testStopFinishesTheWorkGivenBefore() throws {
        let worker = WorkerThread(name: "test worker")
        let done = Mutex(0)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<10 {
            worker.submit {
                Thread.sleep(forTimeInterval: 0.001)
                done.withLock { $0 += 1 }
            }
        }
        worker.submit { finished.signal() }
        worker.stop()
        XCTAssertEqual(finished.wait(timeout: .now() + 10), .success)
        XCTAssertEqual(done.withLock { $0 }, 10)
    }
}
