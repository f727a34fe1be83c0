import Foundation

/// Resident memory of this process or a child, read from `/proc/<pid>/status` (Linux).
enum ProcessMemory {
    /// The resident set now (`VmRSS`) of process `pid`, this one by default, in bytes; `nil`
    /// without `/proc` or once the process is gone.
    static func residentBytes(of pid: pid_t? = nil) -> Int? { statusField("VmRSS:", of: pid) }

    /// The largest resident set (`VmHWM`) of process `pid`, this one by default, since it
    /// started or since ``resetPeak()``, in bytes; `nil` without `/proc` or once the process is gone.
    static func peakResidentBytes(of pid: pid_t? = nil) -> Int? { statusField("VmHWM:", of: pid) }

    /// Lowers `VmHWM` to the current resident set (writes `5` to `/proc/self/clear_refs`), so the
    /// next ``peakResidentBytes`` covers only what happens from now on.
    ///
    /// - Returns: `false` when the kernel does not allow it; the peak then includes earlier work.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// Gives heap memory that is free but still mapped back to the system: glibc's
    /// `malloc_trim(0)`, looked up at run time (it is not in the Swift Glibc module); nothing
    /// elsewhere.
    static func returnFreedMemory() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    /// A `kB` field of `/proc/<pid>/status` (`/proc/self/status` for `nil`), in bytes.
    private static func statusField(_ name: String, of pid: pid_t?) -> Int? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid.map(String.init) ?? "self")/status") else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix(name) {
            let fields = line.dropFirst(name.count).split { $0 == " " || $0 == "\t" }
            guard let kilobytes = fields.first.flatMap({ Int($0) }) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}

/// The largest resident set seen while a benchmark runs: `VmHWM` when it could be reset at the
/// start, otherwise the largest `VmRSS` sampled by ``sample()``.
struct PeakMemoryProbe {
    private let peakWasReset: Bool
    private var sampledMaximum = 0
    /// The resident set at the start, in megabytes, after memory freed by earlier runs went back
    /// to the system.
    let startMegabytes: Double

    /// Starts observing: returns freed heap memory to the system (`malloc_trim`), so what earlier
    /// runs left behind does not count, then resets `VmHWM` where the kernel allows it.
    init() {
        ProcessMemory.returnFreedMemory()
        startMegabytes = Double(ProcessMemory.residentBytes() ?? 0) / 1_000_000
        peakWasReset = ProcessMemory.resetPeak()
        sample()
    }

    /// Records the current resident set; call it periodically while the benchmark runs.
    mutating func sample() {
        sampledMaximum = max(sampledMaximum, ProcessMemory.residentBytes() ?? 0)
    }

    /// The peak in megabytes (10^6 bytes) since ``init()``.
    var peakMegabytes: Double {
        let peak = peakWasReset ? max(sampledMaximum, ProcessMemory.peakResidentBytes() ?? 0) : sampledMaximum
        return Double(peak) / 1_000_000
    }
}
