/// Words the conversion of an assessment to text is known to misread, with the form's own
/// wording: one table, which the parser (option names) and the graph (system names) both use.
public enum Misreadings {
    public static let words: [(misread: String, wording: String)] = [
        ("片内連携システム", "庁内連携システム"),  // 庁 read as 片
        ("府内連携システム", "庁内連携システム"),  // 庁 read as 府
    ]
}
