/// The kind of UBL OrderResponse an order confirmation is written as.
public enum ConfirmationProfile: String, Sendable, Hashable, Codable, CaseIterable {
    /// UBL 2.1 OrderResponse with every figure quotedoc has (`order-confirmation.xml`).
    case standard
    /// Peppol BIS Order Agreement 3 (transaction T110): the seller's confirmation of an order
    /// agreed outside a buyer's purchase order, as Peppol networks exchange it.
    case peppol
}
