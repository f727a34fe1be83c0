import Foundation

/// Renders alert JSON objects (DESIGN §4) as a readable, fixed-width text table.
public struct AlertTable: Sendable {
    private var rows: [[String]] = []
    private static let header = ["TYPE", "WHAT", "WHERE", "WHEN", "STATUS", "SOURCE", "STANCE", "CONF"]

    public init() {}

    /// Adds one alert; a value that is not an alert object is shown as such, not dropped.
    public mutating func append(json: [UInt8]) {
        guard let alert = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any] else {
            rows.append(["?", "not an alert: " + String(decoding: json.prefix(60), as: UTF8.self), "", "", "", "", "", ""])
            return
        }
        let operation = alert["operation"] as? [String: Any] ?? [:]
        let attribution = alert["attribution"] as? [String: Any]
        let confidence = (alert["confidence"] as? Double).map { String(format: "%.2f", $0) } ?? ""
        let source = (attribution?["source"] as? String).map { source in
            (attribution?["via"] as? String).map { "\(source) (via \($0))" } ?? source
        } ?? "the article"
        if (alert["schema"] as? String)?.hasPrefix("newswatch.schedule") == true {
            let time = alert["claimed_time"] as? [String: Any] ?? [:]
            let approximate = (time["approximate"] as? Bool) == true ? "~" : ""
            rows.append([
                "schedule", "\(alert["event"] as? String ?? "?") of \(operation["name"] as? String ?? "?")",
                operation["location"] as? String ?? "", approximate + (time["value"] as? String ?? "") + " (\(time["grain"] as? String ?? ""))",
                "", source, alert["stance"] as? String ?? "", confidence,
            ])
        } else {
            let locations = (alert["locations"] as? [[String: Any]] ?? []).compactMap { location -> String? in
                guard let name = location["name"] as? String else { return nil }
                return "\(name) (\(location["role"] as? String ?? "?"))"
            }
            rows.append([
                "operation", "\(operation["kind"] as? String ?? "?"): \(operation["name"] as? String ?? "?")",
                locations.joined(separator: ", "), "", operation["status"] as? String ?? "", source,
                alert["stance"] as? String ?? "", confidence,
            ])
        }
    }

    /// The table, one line per alert under a header; columns are cut at 48 characters.
    public var text: String {
        let all = [Self.header] + rows.map { $0.map { $0.count > 48 ? String($0.prefix(47)) + "…" : $0 } }
        let widths = Self.header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }
}
