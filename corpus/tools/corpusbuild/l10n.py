"""Fixed template words in the six ITU languages (our own wording; labels follow ITU usage)."""

L10N = {
    "en": {
        "itu_name": "International\nTelecommunication\nUnion", "itu_t": "ITU-T",
        "sector_rec": "TELECOMMUNICATION\nSTANDARDIZATION SECTOR\nOF ITU",
        "rec_of": "Recommendation ITU-T {n}", "header": "Rec. ITU-T {n} ({ed})",
        "series_rec": "ITU-T {s}-series Recommendations", "supplement_word": "Supplement", "series_word": "Series",
        "amendment": "Amendment", "corrigendum": "Corrigendum", "erratum": "Erratum",
        "summary": "Summary", "history": "History", "keywords": "Keywords",
        "hist_cols": ["Edition", "Recommendation", "Approval", "Study Group", "Unique ID*"],
        "hist_note": "* The unique ID resolves at https://handle.itu.int/ followed by the identifier shown; "
                     "for example, https://handle.itu.int/11.1002/1000/11830-en.",
        "foreword": "FOREWORD",
        "foreword_text": [
            "ITU, the United Nations agency for information and communication technologies, does its standards "
            "work in ITU-T. Experts from Member States and Sector Members meet in study groups, look at the "
            "technical, operational and tariff issues put to them and agree the texts published as ITU-T "
            "Recommendations, so that networks and services built in different countries work together.",
            "Every four years the World Telecommunication Standardization Assembly (WTSA) decides which topics the "
            "study groups take up. Each study group then drafts and approves its own Recommendations, following "
            "the procedure of WTSA Resolution 1.",
            "Where ISO and IEC work in the same field, the two organizations may develop a text together and "
            "publish it under both numbers.",
        ],
        "note_h": "NOTE",
        "note_text": "Applying this Recommendation is voluntary. Wording such as \"is required to\" marks what an "
                     "implementation has to do to claim conformance; it does not oblige anyone to implement the text. "
                     "\"Administration\" here covers both a telecommunication administration and an operating agency.",
        "ipr_h": "INTELLECTUAL PROPERTY RIGHTS",
        "ipr_text": "Implementing this Recommendation may require patents or other intellectual property that "
                    "someone has declared. ITU does not judge whether such declarations are valid or whether they "
                    "apply. At the date of approval, the patent declarations held by TSB were as listed at "
                    "https://www.itu.int/ITU-T/ipr/, which implementers should check for later changes.",
        "copyright": "© ITU {y}",
        "copyright_text": "All rights reserved. Reproducing any part of this publication, in any form, needs "
                          "written permission from ITU beforehand.",
        "toc": "Table of Contents", "page": "Page",
        "annex_note": "(This annex forms an integral part of this Recommendation.)",
        "appendix_note": "(This appendix does not form an integral part of this Recommendation.)",
        "series_list_more": "The list of ITU-T Recommendations gives the complete and current breakdown of each series.",
        # contribution / TD front page
        "union": "INTERNATIONAL TELECOMMUNICATION UNION", "sector": "TELECOMMUNICATION\nSTANDARDIZATION SECTOR",
        "study_period": "STUDY PERIOD {p}", "study_group": "STUDY GROUP {sg}", "tsag": "TSAG",
        "original": "Original: {lang}",
        "f_question": "Question(s):", "f_wp": "Working Party:", "f_source": "Source:", "f_title": "Title:",
        "f_purpose": "Purpose:", "f_contact": "Contact:", "f_keywords": "Keywords:", "f_abstract": "Abstract:",
        "f_action": "For action to:", "f_comment": "For comment to:", "f_info": "For information to:",
        "f_approval": "Approval:", "f_deadline": "Deadline:", "f_meeting": "Meeting, date:",
        "tel": "Tel:", "fax": "Fax:", "email": "E-mail:",
        "bar_contribution": "CONTRIBUTION", "bar_td": "TD", "bar_liaison": "LIAISON STATEMENT", "bar_report": "REPORT",
        "langs": {"en": "English", "fr": "French", "zh": "Chinese", "es": "Spanish", "ru": "Russian", "ar": "Arabic"},
    },
    "fr": {
        "itu_name": "Union\ninternationale des\ntélécommunications", "itu_t": "UIT-T",
        "sector_rec": "SECTEUR DE LA NORMALISATION\nDES TÉLÉCOMMUNICATIONS\nDE L'UIT",
        "rec_of": "Recommandation UIT-T {n}", "header": "Rec. UIT-T {n} ({ed})",
        "series_rec": "Recommandations UIT-T de la série {s}", "supplement_word": "Supplément", "series_word": "Série",
        "amendment": "Amendement", "corrigendum": "Corrigendum", "erratum": "Erratum",
        "summary": "Résumé", "history": "Historique", "keywords": "Mots clés",
        "hist_cols": ["Édition", "Recommandation", "Approbation", "Commission d'études", "ID unique*"],
        "hist_note": "* L'identifiant unique est résolu à l'adresse https://handle.itu.int/ suivie de l'identifiant "
                     "indiqué; par exemple https://handle.itu.int/11.1002/1000/11830-en.",
        "foreword": "AVANT-PROPOS",
        "foreword_text": [
            "L'UIT, agence des Nations Unies chargée des technologies de l'information et de la communication, "
            "mène ses travaux de normalisation à l'UIT-T. Des experts des États Membres et des Membres du Secteur "
            "s'y réunissent en commissions d'études et conviennent des textes publiés sous forme de Recommandations, "
            "afin que les réseaux et services de pays différents fonctionnent ensemble.",
            "Tous les quatre ans, l'AMNT choisit les sujets confiés aux commissions d'études; chacune rédige puis "
            "approuve ses Recommandations selon la procédure de la Résolution 1.",
        ],
        "note_h": "NOTE",
        "note_text": "L'application de la présente Recommandation est facultative; les formulations impératives "
                     "indiquent seulement ce qu'une mise en œuvre doit faire pour s'en réclamer.",
        "ipr_h": "DROITS DE PROPRIÉTÉ INTELLECTUELLE",
        "ipr_text": "La mise en œuvre de ce texte peut nécessiter des brevets ou d'autres droits déclarés par des "
                    "tiers. L'UIT ne se prononce pas sur la validité de ces déclarations; les déclarations reçues "
                    "par le TSB figurent sur https://www.itu.int/ITU-T/ipr/.",
        "copyright": "© UIT {y}",
        "copyright_text": "Tous droits réservés. Toute reproduction, sous quelque forme que ce soit, demande "
                          "l'autorisation écrite de l'UIT.",
        "toc": "Table des matières", "page": "Page",
        "annex_note": "(Cette annexe fait partie intégrante de la présente Recommandation.)",
        "appendix_note": "(Cet appendice ne fait pas partie intégrante de la présente Recommandation.)",
        "series_list_more": "La liste des Recommandations de l'UIT-T donne la répartition complète et à jour de chaque série.",
        "union": "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
        "sector": "SECTEUR DE LA NORMALISATION\nDES TÉLÉCOMMUNICATIONS",
        "study_period": "PÉRIODE D'ÉTUDES {p}", "study_group": "COMMISSION D'ÉTUDES {sg}", "tsag": "GCNT",
        "original": "Original: {lang}",
        "f_question": "Question(s):", "f_wp": "Groupe de travail:", "f_source": "Source:", "f_title": "Titre:",
        "f_purpose": "Objet:", "f_contact": "Contact:", "f_keywords": "Mots clés:", "f_abstract": "Résumé:",
        "f_action": "Pour action à:", "f_comment": "Pour commentaires à:", "f_info": "Pour information à:",
        "f_approval": "Approbation:", "f_deadline": "Date limite:", "f_meeting": "Réunion, date:",
        "tel": "Tél.:", "fax": "Télécopie:", "email": "Courriel:",
        "bar_contribution": "CONTRIBUTION", "bar_td": "TD", "bar_liaison": "DÉCLARATION DE LIAISON", "bar_report": "RAPPORT",
        "langs": {"en": "anglais", "fr": "français", "zh": "chinois", "es": "espagnol", "ru": "russe", "ar": "arabe"},
    },
    "zh": {
        "itu_name": "国际电信联盟", "itu_t": "ITU-T",
        "sector_rec": "国际电信联盟\n电信标准化部门",
        "rec_of": "ITU-T {n}建议书", "header": "ITU-T {n}建议书 ({ed})",
        "series_rec": "ITU-T {s}系列建议书", "supplement_word": "增补", "series_word": "系列",
        "amendment": "修正", "corrigendum": "勘误", "erratum": "勘误表",
        "summary": "摘要", "history": "历史沿革", "keywords": "关键词",
        "hist_cols": ["版本", "建议书", "批准日期", "研究组", "唯一标识*"],
        "hist_note": "* 唯一标识可在 https://handle.itu.int/ 之后附加所示标识进行解析，例如 https://handle.itu.int/11.1002/1000/11830-en。",
        "foreword": "前言",
        "foreword_text": [
            "国际电联是负责信息通信技术的联合国机构，其标准化工作由ITU-T承担。成员国和部门成员的专家在各研究组中讨论有关问题，"
            "商定以ITU-T建议书形式发布的文本，使不同国家建设的网络和业务能够互通。",
            "世界电信标准化全会每四年选定各研究组的工作主题，各研究组随后按照第1号决议规定的程序起草并批准建议书。",
        ],
        "note_h": "注",
        "note_text": "是否采用本建议书由各方自行决定；“要求”等措辞仅说明声称符合本建议书的实现必须做到的内容。",
        "ipr_h": "知识产权",
        "ipr_text": "实施本建议书可能需要使用他人已声明的专利或其他权利。国际电联不评判这些声明是否有效，TSB收到的声明见 https://www.itu.int/ITU-T/ipr/。",
        "copyright": "© 国际电联 {y}",
        "copyright_text": "保留所有权利。以任何形式复制本出版物的内容均须事先取得国际电联的书面同意。",
        "toc": "目录", "page": "页码",
        "annex_note": "（本附件是本建议书不可分割的组成部分。）",
        "appendix_note": "（本附录不是本建议书不可分割的组成部分。）",
        "series_list_more": "ITU-T建议书目录给出了各系列完整的最新细分。",
        "union": "国际电信联盟", "sector": "电信标准化部门",
        "study_period": "{p}年研究期", "study_group": "第{sg}研究组", "tsag": "电信标准化顾问组",
        "original": "原文：{lang}",
        "f_question": "课题：", "f_wp": "工作组：", "f_source": "来源：", "f_title": "标题：",
        "f_purpose": "目的：", "f_contact": "联系人：", "f_keywords": "关键词：", "f_abstract": "摘要：",
        "f_action": "要求采取行动：", "f_comment": "征求意见：", "f_info": "供参考：",
        "f_approval": "批准：", "f_deadline": "截止日期：", "f_meeting": "会议、日期：",
        "tel": "电话：", "fax": "传真：", "email": "电子邮件：",
        "bar_contribution": "文稿", "bar_td": "临时文件", "bar_liaison": "联络声明", "bar_report": "报告",
        "langs": {"en": "英文", "fr": "法文", "zh": "中文", "es": "西班牙文", "ru": "俄文", "ar": "阿拉伯文"},
    },
    "es": {
        "itu_name": "Unión\nInternacional de\nTelecomunicaciones", "itu_t": "UIT-T",
        "sector_rec": "SECTOR DE NORMALIZACIÓN\nDE LAS TELECOMUNICACIONES\nDE LA UIT",
        "rec_of": "Recomendación UIT-T {n}", "header": "Rec. UIT-T {n} ({ed})",
        "series_rec": "Recomendaciones UIT-T de la serie {s}", "supplement_word": "Suplemento", "series_word": "Serie",
        "amendment": "Enmienda", "corrigendum": "Corrigéndum", "erratum": "Erratum",
        "summary": "Resumen", "history": "Historia", "keywords": "Palabras clave",
        "hist_cols": ["Edición", "Recomendación", "Aprobación", "Comisión de Estudio", "ID único*"],
        "hist_note": "* El identificador único se resuelve en https://handle.itu.int/ seguido del identificador indicado.",
        "foreword": "PREFACIO",
        "foreword_text": [
            "La UIT, agencia de las Naciones Unidas para las tecnologías de la información y la comunicación, "
            "realiza su trabajo de normalización en el UIT-T, donde expertos de los Estados Miembros acuerdan los "
            "textos que se publican como Recomendaciones.",
        ],
        "note_h": "NOTA", "note_text": "La observancia de esta Recomendación es voluntaria.",
        "ipr_h": "PROPIEDAD INTELECTUAL",
        "ipr_text": "Aplicar este texto puede requerir patentes declaradas por terceros; la UIT no se pronuncia sobre su validez.",
        "copyright": "© UIT {y}", "copyright_text": "Reservados todos los derechos.",
        "toc": "Índice", "page": "Página",
        "annex_note": "(Este anexo forma parte integrante de la presente Recomendación.)",
        "appendix_note": "(Este apéndice no forma parte integrante de la presente Recomendación.)",
        "series_list_more": "La lista de Recomendaciones del UIT-T ofrece el desglose completo de cada serie.",
        "union": "UNIÓN INTERNACIONAL DE TELECOMUNICACIONES", "sector": "SECTOR DE NORMALIZACIÓN\nDE LAS TELECOMUNICACIONES",
        "study_period": "PERIODO DE ESTUDIOS {p}", "study_group": "COMISIÓN DE ESTUDIO {sg}", "tsag": "GANT",
        "original": "Original: {lang}",
        "f_question": "Cuestión(es):", "f_wp": "Grupo de Trabajo:", "f_source": "Origen:", "f_title": "Título:",
        "f_purpose": "Propósito:", "f_contact": "Contacto:", "f_keywords": "Palabras clave:", "f_abstract": "Resumen:",
        "f_action": "Para acción:", "f_comment": "Para comentarios:", "f_info": "Para información:",
        "f_approval": "Aprobación:", "f_deadline": "Fecha límite:", "f_meeting": "Reunión, fecha:",
        "tel": "Tel.:", "fax": "Fax:", "email": "Correo-e:",
        "bar_contribution": "CONTRIBUCIÓN", "bar_td": "TD", "bar_liaison": "DECLARACIÓN DE COORDINACIÓN", "bar_report": "INFORME",
        "langs": {"en": "inglés", "fr": "francés", "zh": "chino", "es": "español", "ru": "ruso", "ar": "árabe"},
    },
    "ru": {
        "itu_name": "Международный\nсоюз\nэлектросвязи", "itu_t": "МСЭ-Т",
        "sector_rec": "СЕКТОР СТАНДАРТИЗАЦИИ\nЭЛЕКТРОСВЯЗИ\nМСЭ",
        "rec_of": "Рекомендация МСЭ-Т {n}", "header": "Рек. МСЭ-Т {n} ({ed})",
        "series_rec": "Рекомендации МСЭ-Т серии {s}", "supplement_word": "Добавление", "series_word": "Серия",
        "amendment": "Поправка", "corrigendum": "Исправление", "erratum": "Опечатка",
        "summary": "Резюме", "history": "Хронологическая справка", "keywords": "Ключевые слова",
        "hist_cols": ["Издание", "Рекомендация", "Утверждение", "Исследовательская комиссия", "Уникальный ID*"],
        "hist_note": "* Уникальный идентификатор разрешается по адресу https://handle.itu.int/ с добавлением указанного идентификатора.",
        "foreword": "ПРЕДИСЛОВИЕ",
        "foreword_text": ["Работу МСЭ по стандартизации ведет МСЭ-Т: эксперты Государств-Членов согласовывают в "
                          "исследовательских комиссиях тексты, публикуемые как Рекомендации."],
        "note_h": "ПРИМЕЧАНИЕ", "note_text": "Соблюдение положений данной Рекомендации осуществляется на добровольной основе.",
        "ipr_h": "ПРАВА ИНТЕЛЛЕКТУАЛЬНОЙ СОБСТВЕННОСТИ",
        "ipr_text": "Применение этого текста может потребовать патентов, заявленных третьими сторонами; МСЭ не оценивает их действительность.",
        "copyright": "© ITU {y}", "copyright_text": "Все права сохранены.",
        "toc": "Содержание", "page": "Стр.",
        "annex_note": "(Данное Приложение является неотъемлемой частью настоящей Рекомендации.)",
        "appendix_note": "(Данное Дополнение не является неотъемлемой частью настоящей Рекомендации.)",
        "series_list_more": "Полный перечень Рекомендаций МСЭ-Т содержит актуальную структуру каждой серии.",
        "union": "МЕЖДУНАРОДНЫЙ СОЮЗ ЭЛЕКТРОСВЯЗИ", "sector": "СЕКТОР СТАНДАРТИЗАЦИИ\nЭЛЕКТРОСВЯЗИ",
        "study_period": "ИССЛЕДОВАТЕЛЬСКИЙ ПЕРИОД {p}", "study_group": "{sg} ИССЛЕДОВАТЕЛЬСКАЯ КОМИССИЯ", "tsag": "КГСЭ",
        "original": "Оригинал: {lang}",
        "f_question": "Вопрос(ы):", "f_wp": "Рабочая группа:", "f_source": "Источник:", "f_title": "Название:",
        "f_purpose": "Цель:", "f_contact": "Контактное лицо:", "f_keywords": "Ключевые слова:", "f_abstract": "Резюме:",
        "f_action": "Для принятия мер:", "f_comment": "Для замечаний:", "f_info": "Для информации:",
        "f_approval": "Утверждение:", "f_deadline": "Срок:", "f_meeting": "Собрание, дата:",
        "tel": "Тел.:", "fax": "Факс:", "email": "Эл. почта:",
        "bar_contribution": "ВКЛАД", "bar_td": "TD", "bar_liaison": "ЗАЯВЛЕНИЕ О СВЯЗИ", "bar_report": "ОТЧЕТ",
        "langs": {"en": "английский", "fr": "французский", "zh": "китайский", "es": "испанский", "ru": "русский", "ar": "арабский"},
    },
    "ar": {
        "itu_name": "الاتحاد الدولي\nللاتصالات", "itu_t": "ITU-T",
        "sector_rec": "قطاع تقييس\nالاتصالات\nفي الاتحاد الدولي للاتصالات",
        "rec_of": "التوصية ITU-T {n}", "header": "التوصية ITU-T {n} ({ed})",
        "series_rec": "توصيات السلسلة {s} لقطاع تقييس الاتصالات", "supplement_word": "الملحق", "series_word": "السلسلة",
        "amendment": "التعديل", "corrigendum": "التصويب", "erratum": "الخطأ المطبعي",
        "summary": "ملخص", "history": "التاريخ", "keywords": "الكلمات الرئيسية",
        "hist_cols": ["الطبعة", "التوصية", "الموافقة", "لجنة الدراسات", "معرف فريد*"],
        "hist_note": "* يُحل المعرف الفريد عبر https://handle.itu.int/ متبوعاً بالمعرف المبين.",
        "foreword": "تمهيد",
        "foreword_text": ["يتولى قطاع تقييس الاتصالات أعمال التقييس في الاتحاد، حيث يتفق خبراء الدول الأعضاء على النصوص التي تُنشر بوصفها توصيات."],
        "note_h": "ملاحظة", "note_text": "الامتثال لهذه التوصية طوعي.",
        "ipr_h": "حقوق الملكية الفكرية",
        "ipr_text": "قد يتطلب تطبيق هذا النص براءات أعلنها آخرون، ولا يبدي الاتحاد رأياً في صحتها.",
        "copyright": "© ITU {y}", "copyright_text": "جميع الحقوق محفوظة.",
        "toc": "جدول المحتويات", "page": "الصفحة",
        "annex_note": "(يشكل هذا الملحق جزءاً لا يتجزأ من هذه التوصية.)",
        "appendix_note": "(لا يشكل هذا التذييل جزءاً لا يتجزأ من هذه التوصية.)",
        "series_list_more": "تبين قائمة توصيات قطاع تقييس الاتصالات التقسيم الكامل لكل سلسلة.",
        "union": "الاتحاد الدولي للاتصالات", "sector": "قطاع تقييس الاتصالات",
        "study_period": "فترة الدراسة {p}", "study_group": "لجنة الدراسات {sg}", "tsag": "الفريق الاستشاري لتقييس الاتصالات",
        "original": "الأصل: {lang}",
        "f_question": "المسائل:", "f_wp": "فرقة العمل:", "f_source": "المصدر:", "f_title": "العنوان:",
        "f_purpose": "الغرض:", "f_contact": "جهة الاتصال:", "f_keywords": "الكلمات الرئيسية:", "f_abstract": "الملخص:",
        "f_action": "لاتخاذ إجراء:", "f_comment": "للتعليق:", "f_info": "للعلم:",
        "f_approval": "الموافقة:", "f_deadline": "الموعد النهائي:", "f_meeting": "الاجتماع، التاريخ:",
        "tel": "الهاتف:", "fax": "الفاكس:", "email": "البريد الإلكتروني:",
        "bar_contribution": "مساهمة", "bar_td": "وثيقة مؤقتة", "bar_liaison": "بيان اتصال", "bar_report": "تقرير",
        "langs": {"en": "الإنكليزية", "fr": "الفرنسية", "zh": "الصينية", "es": "الإسبانية", "ru": "الروسية", "ar": "العربية"},
    },
}


def words(language: str) -> dict:
    base = dict(L10N["en"])
    base.update(L10N.get(language, {}))
    return base
