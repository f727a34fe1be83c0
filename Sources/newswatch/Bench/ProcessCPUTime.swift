import Foundation

/// CPU time (user + system) used so far by this process and by its children that have exited,
/// from `getrusage`.
struct ProcessCPUTime: Sendable {
    /// Every thread of this process, the embedded broker's included.
    var ownSeconds: Double
    /// Child processes that have exited and been waited for (kcat).
    var childrenSeconds: Double

    /// The times now.
    static var now: ProcessCPUTime {
        ProcessCPUTime(ownSeconds: seconds(RUSAGE_SELF.rawValue), childrenSeconds: seconds(RUSAGE_CHILDREN.rawValue))
    }

    /// CPU seconds of both since `earlier`.
    func seconds(since earlier: ProcessCPUTime) -> Double {
        ownSeconds - earlier.ownSeconds + childrenSeconds - earlier.childrenSeconds
    }

    private static func seconds(_ who: __rusage_who_t) -> Double {
        var usage = rusage()
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
