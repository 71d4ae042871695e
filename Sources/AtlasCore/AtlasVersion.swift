/// The version of DPI Atlas, recorded with every run.
public enum AtlasVersion {
    public static let tool = "0.1.0"
}
