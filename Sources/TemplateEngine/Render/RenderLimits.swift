/// How much one render may produce and how long it may take: a template that would render
/// hundreds of megabytes (loops over loops) or run for minutes is stopped with an error instead
/// of taking the process (a preview server, a batch) down with it.
public struct RenderLimits: Sendable, Hashable {
    public var maximumBytes: Int
    public var maximumDuration: Duration

    public init(maximumBytes: Int, maximumDuration: Duration) {
        self.maximumBytes = maximumBytes
        self.maximumDuration = maximumDuration
    }

    /// 64 MiB and 10 seconds: a thousand times a real document.
    public static let standard = RenderLimits(maximumBytes: 64 << 20, maximumDuration: .seconds(10))
}

/// A render stopped by its ``RenderLimits``.
public struct RenderLimitExceeded: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Limit: Sendable, Hashable {
        case size(Int)
        case duration(Duration)
    }

    /// The template that was rendering.
    public let template: String
    public let limit: Limit

    public var description: String {
        switch limit {
        case .size(let bytes):
            "\(template) rendered more than \(bytes >> 20) MiB and was stopped; look for loops inside loops over long lists"
        case .duration(let duration):
            "\(template) rendered for more than \(duration.components.seconds) s and was stopped; look for loops inside loops over long lists"
        }
    }
}
