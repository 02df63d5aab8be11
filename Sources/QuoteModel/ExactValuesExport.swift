// The model's numbers, currencies and dates come from ExactValues; importing QuoteModel brings
// them along, so model users need one import.
@_exported import ExactValues
