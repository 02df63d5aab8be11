/// What a connector can do, after SuperOffice's capability names. A connector without a
/// capability has the matching behaviour switched off: no cost column without ``provideCost``,
/// `order` renders the confirmation only without ``placeOrder``, no `order status` without
/// ``provideOrderState``.
public enum ConnectorCapability: String, CaseIterable, Sendable, Codable, Comparable {
    case provideCost = "provide-cost"
    case provideMinimumPrice = "provide-minimum-price"
    case provideStock = "provide-stock"
    case providePicture = "provide-picture"
    case computePrice = "compute-price"
    case searchProducts = "search-products"
    case placeOrder = "place-order"
    case provideOrderState = "provide-order-state"
    case provideProductCategoryList = "provide-product-category-list"
    case providePaymentTermsList = "provide-payment-terms-list"
    case provideDeliveryTermsList = "provide-delivery-terms-list"
    case provideAddresses = "provide-addresses"
    case syncParties = "sync-parties"

    /// SuperOffice's name for the same capability (`iorderconsumer_place_order`).
    public var superOfficeName: String {
        switch self {
        case .provideCost: "iproductprovider_provide_cost"
        case .provideMinimumPrice: "iproductprovider_provide_minimumprice"
        case .provideStock: "iproductprovider_provide_stockdata"
        case .providePicture: "iproductprovider_provide_picture"
        case .computePrice: "ipriceprovider_compute_price"
        case .searchProducts: "iconnector_perform_complexsearch"
        case .placeOrder: "iorderconsumer_place_order"
        case .provideOrderState: "iorderconsumer_provide_orderstate"
        case .provideProductCategoryList: "ilistprovider_provide_productcategorylist"
        case .providePaymentTermsList: "ilistprovider_provide_paymenttermslist"
        case .provideDeliveryTermsList: "ilistprovider_provide_deliverytermslist"
        case .provideAddresses: "iaddressprovider_provide_addresses"
        case .syncParties: "isyncconnector_sync_company"
        }
    }

    /// What having the capability changes, in a user's words.
    public var effect: String {
        switch self {
        case .provideCost: "lines get the ERP's unit cost, so earnings are shown"
        case .provideMinimumPrice: "lines get the ERP's minimum price, checked when the line is priced"
        case .provideStock: "products show the ERP's stock"
        case .providePicture: "products carry the ERP's picture"
        case .computePrice: "the ERP prices each line for the customer and quantity"
        case .searchProducts: "`product list --connection` searches the ERP's products"
        case .placeOrder: "`order` places the order in the ERP"
        case .provideOrderState: "`order status` asks the ERP how the order stands"
        case .provideProductCategoryList: "product categories come from the ERP"
        case .providePaymentTermsList: "payment terms come from the ERP"
        case .provideDeliveryTermsList: "delivery terms come from the ERP"
        case .provideAddresses: "the customer's addresses come from the ERP"
        case .syncParties: "`sync` keeps customers in step with the ERP's parties"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
