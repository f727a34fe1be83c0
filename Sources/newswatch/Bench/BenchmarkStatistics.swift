/// The median and range of repeated measurements of one figure.
struct BenchmarkStatistics: Sendable, Equatable {
    let median: Double
    let minimum: Double
    let maximum: Double
    let runs: Int

    /// Summarizes `samples`; nil when there are none.
    init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        runs = sorted.count
    }
}
