import ArgumentParser

/// `on` or `off`, for a setting that is a switch.
enum OnOff: String, ExpressibleByArgument, CaseIterable {
    case on, off

    var isOn: Bool { self == .on }

    init(_ isOn: Bool) {
        self = isOn ? .on : .off
    }
}
