import Testing

@testable import AtlasCore

struct TextCleanerTests {
    @Test func hyphenatedLineEnds() {
        let vocabulary = TextCleaner.vocabulary(of: "time-stamping services; 50-Gigabit-capable networks; services")
        #expect(
            TextCleaner.joinLines(["digital financial ser-", "vices"], vocabulary: vocabulary)
                == "digital financial services")
        #expect(
            TextCleaner.joinLines(["sealing and time-", "stamping services"], vocabulary: vocabulary)
                == "sealing and time-stamping services")
        #expect(
            TextCleaner.joinLines(["for 50-Gigabit-", "capable passive"], vocabulary: vocabulary)
                == "for 50-Gigabit-capable passive")
        #expect(TextCleaner.joinLines(["大数据——公共部门数据平台之间可信数据交换的", "框架和要求"]) == "大数据——公共部门数据平台之间可信数据交换的框架和要求")
    }

    @Test func collapse() {
        #expect(TextCleaner.collapse(" a\tb \n c ") == "a b c")
    }
}
