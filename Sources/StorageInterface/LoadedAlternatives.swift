/// Which alternatives of a version a bulk read loads with their lines.
public enum LoadedAlternatives: Sendable, Hashable {
    /// Every alternative.
    case all
    /// The favourite (the first when none is marked) and the one the order accepted: all that an
    /// order confirmation shows. The others are left out of the version read.
    case favouriteAndAccepted
}
