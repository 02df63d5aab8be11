import Foundation
import QuoteModel

extension LocalDate {
    /// Today in the local time zone (`Calendar.current`): the day sales are dated and quotes
    /// are validated on.
    static var today: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
