/// How many of a document's marks (checkboxes, select boxes) were read, and how many could not
/// be: the share a reviewer of many documents sorts by to find the conversions that failed.
public struct MarkTally: Sendable, Hashable {
    /// Marks the document shows (a ③ row that is missing shows none).
    public var shown = 0
    /// Of those, the ones read as unknown.
    public var unreadable = 0

    public init() {}

    public init(_ a: Assessment) {
        for system in a.systems where system.connectionsLine != nil {
            for connection in system.connections { count(connection.checked) }
        }
        for flow in a.flows {
            switch flow {
            case .acquisition(let x): count(x.checked)
            case .acquisitionMethod(let x): count(x.checked)
            case .provision(let o), .transfer(let o): for option in o.methodOptions { count(option.checked) }
            case .entrustment: break
            }
        }
        let d = a.declarations
        for declared in [d.networkExchange, d.entrustment].compactMap({ $0 }) { count(declared.value != nil ? true : nil) }
        if let o = d.outflows { for mark in [o.provides, o.transfers, o.none] { count(mark) } }
        for box in [d.noEntrustmentBox, d.noOutflowBox, d.noNetworkAcquisitionBox, d.noNetworkProvisionBox].compactMap({ $0 }) {
            count(box.checked)
        }
    }

    private mutating func count(_ mark: Bool?) {
        shown += 1
        if mark == nil { unreadable += 1 }
    }

    /// unreadable / shown, 0 when nothing is shown.
    public var unreadableShare: Double { shown == 0 ? 0 : Double(unreadable) / Double(shown) }
}
