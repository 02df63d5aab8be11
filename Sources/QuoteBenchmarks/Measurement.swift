/// Runs a body repeatedly for about `seconds` and reports the median and best time per run.
struct Measurement {
    let name: String
    let runs: Int
    let median: Duration
    let best: Duration

    /// - Parameter setUp: run before each run of `body`, untimed (to empty a folder `body` writes to).
    init(_ name: String, seconds: Double = 2, setUp: () throws -> Void = {}, _ body: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        let deadline = clock.now.advanced(by: .milliseconds(Int(seconds * 1000)))
        try setUp()
        try body()  // warm-up
        repeat {
            try setUp()
            let start = clock.now
            try body()
            samples.append(clock.now - start)
        } while clock.now < deadline || samples.count < 5
        samples.sort()
        self.name = name
        self.runs = samples.count
        self.median = samples[samples.count / 2]
        self.best = samples[0]
    }

    /// Runs per second at the median.
    var perSecond: Int {
        let (seconds, attoseconds) = median.components
        let nanoseconds = Double(seconds) * 1e9 + Double(attoseconds) / 1e9
        return nanoseconds > 0 ? Int(1e9 / nanoseconds) : 0
    }

    var line: String {
        func micros(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            let total = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
            return "\(total) µs"
        }
        let padded = name.padding(toLength: 52, withPad: " ", startingAt: 0)
        return "\(padded) median \(micros(median)), best \(micros(best)) (\(runs) runs)"
    }
}
