/// The version of BlogThread, the library and the command line, as tagged in its repository.
public enum BlogThreadVersion {
    /// `MAJOR.MINOR.PATCH`; what `blogthread --version` prints.
    public static let current = "0.4.0"
}
