import Testing

@testable import AtlasCore

struct LanguageDetectorTests {
    @Test(arguments: [
        (
            "en",
            "This Recommendation specifies requirements for the federation of identity providers with relying parties in the public sector, and describes how the level of assurance is conveyed."
        ),
        (
            "fr",
            "La présente Recommandation énonce des principes pour l'interopérabilité des paiements numériques entre fournisseurs de monnaie mobile, banques et autres prestataires de services de paiement."
        ),
        (
            "es",
            "La presente Recomendación establece los principios para la interoperabilidad de los pagos digitales entre los proveedores de dinero móvil y los bancos, y describe la gobernanza del sistema."
        ),
        (
            "ru",
            "В настоящей Рекомендации определены требования к федерации поставщиков идентификационных данных и доверяющих сторон в государственном секторе."
        ),
        ("zh", "本建议书规定了公共部门数据平台之间可信数据交换的框架和要求，并描述了ITU-T Y.3615建议书中的角色。"),
        (
            "ar",
            "تحدد هذه التوصية متطلبات اتحاد مقدمي الهوية مع الأطراف المعتمدة في القطاع العام وكيفية نقل مستوى الضمان."
        ),
    ])
    func sixLanguages(language: String, text: String) {
        #expect(LanguageDetector.detect(text)?.language == language)
    }

    @Test func chineseWithManyLatinIdentifiers() {
        let text = "测试链路由20个OTN网元组成，线路侧采用ITU-T G.698.9规定的多信道DWDM接口，客户侧业务按ITU-T G.709映射，PTP报文通过OSC逐跳传送。"
        #expect(LanguageDetector.detect(text)?.language == "zh")
    }

    @Test func tooLittleText() {
        #expect(LanguageDetector.detect("X.1281") == nil)
    }
}
