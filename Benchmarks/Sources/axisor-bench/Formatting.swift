/// How the tables write figures.
func rate(_ value: Double, _ unit: String) -> String {
    value >= 100 ? "\(Int(value.rounded())) \(unit)" : "\(String(format1: value)) \(unit)"
}

func ratio(_ value: Double) -> String {
    "\(String(format1: value))x"
}

extension String {
    /// One decimal place, without Foundation.
    init(format1 value: Double) {
        let tenths = Int(value * 10 + 0.5)
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
