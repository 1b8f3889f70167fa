"""Blind evaluation batch 10 (split ``blind7``): written fresh for the fifth round, scored before any change.

Thirty-four provincial-press articles and snippets, North to the Mekong delta, in wordings unlike the development
corpus and the earlier blind batches: money and counts written in words ("tám mươi triệu đồng", "một tỷ hai trăm
triệu", "hai mươi tư con dê", "trăm rưỡi triệu"), shortened amounts ("1 tỷ 2", "1,2 tỉ"), figures in lists and
tables, people introduced by position and name, nicknames, several people per article, beneficiaries and officials
quoted, long organisation names, regional vocabulary (hụi, công, vuông, rẫy, bầy, mần, nhà sàn, lúa nương),
forestry as a livelihood, remittances, and near-miss negatives that share vocabulary (cattle prices, remittance
statistics, a labour-export scam, a cold-snap livestock loss, a festival, a bridge complaint, a quarterly report).

Labelling rules. Story and model types follow ``lantoa/taxonomy.yaml``; forestry (acacia, cinnamon) is
``crops_aquaculture``. People are the exemplary persons only: never officials or team leaders quoted by position,
never beneficiaries of a deed or of a programme, never owners of returned property. Figures list every figure of
the tagger's kinds, whatever the story type: every amount of money in đồng (with a currency word, or a scale word
in plain money wording such as "lãi 1 tỷ 2", "lương sáu triệu rưỡi"), "N con <animal>", "N căn/ngôi nhà",
"N suất học bổng", "N hộ thoát nghèo", "N hộ nghèo", the rate after "tỷ lệ hộ nghèo", and areas in m² or ha;
values as meant ("hơn năm mươi triệu" = 5e7, "gần hai trăm hộ" = 200).
"""

from __future__ import annotations

from typing import Any

_LONG_GIA_LAI = (
    "Buôn Tơ Nia nằm cuối con đường đất đỏ, cách trung tâm xã chừng bảy cây số. Mười năm trước, nhà bà Ksor "
    "H'Bla thuộc diện khó nhất buôn: chồng mất vì sốt rét, năm đứa con nhỏ, ba sào rẫy mì cằn cỗi. Mùa giáp hạt, "
    "cả nhà ăn cháo mì trừ bữa.\n\n"
    "Năm 2018, bà mạnh dạn vay ba mươi triệu đồng vốn hộ nghèo qua Tổ tiết kiệm và vay vốn do Hội Nông dân xã "
    "quản lý, mua một con bò cái. Bà kể, hồi đó cả buôn ai cũng nuôi bò thả rông, bò gầy, đẻ thưa. Cán bộ khuyến "
    "nông về buôn chỉ cách làm chuồng, trồng cỏ, ủ rơm với muối cho bò ăn mùa khô, bà làm theo từng bước.\n\n"
    "Con bò đầu tiên đẻ đều mỗi năm một lứa. Bà bán bê đực, giữ bê cái làm giống. Đến nay chuồng bò nhà bà đã có "
    "mười bốn con bò, chưa kể hai mươi tư con dê thả dưới chân đồi. Năm rồi bà bán sáu con bò, thu chừng một "
    "trăm hai mươi triệu đồng, đủ sửa lại nhà sàn và cho đứa con út đi học trung cấp y ở Pleiku.\n\n"
    "Không giữ cách làm cho riêng mình, bà H'Bla cho ba hộ nghèo trong buôn mượn bò cái, hẹn khi nào bò đẻ lứa "
    "đầu thì trả lại con bê. Ông Rah Lan Hiếu, Chủ tịch UBND xã, cho biết: “Cách bà H'Bla làm là nuôi bò rẽ, bà "
    "con gọi là bò quay vòng. Từ ba con bò của bà, buôn có thêm ba gia đình có của để dành. Năm nay xã có ba "
    "mươi mốt hộ thoát nghèo, trong buôn Tơ Nia có chín hộ”.\n\n"
    "Hỏi bí quyết, bà cười: “Con bò cũng như con người, phải có cái chuồng khô, có cỏ ăn no. Mình siêng thì nó "
    "đẻ, mình lười thì nó gầy”. Năm 2024, bà được UBND huyện tặng giấy khen sản xuất kinh doanh giỏi."
)

_LONG_TRA_VINH = (
    "Ấp Giồng Lức nằm sát biển, đất giồng cát pha, xưa kia bà con chỉ trồng được khoai lang một vụ. Ông Trần Văn "
    "Sang, người trong ấp quen gọi Tư Sang, là người đầu tiên đào ao trên đất giồng để nuôi tôm thẻ chân trắng "
    "trong ao lót bạt.\n\n"
    "Năm 2019, ông vận động mười lăm hộ lập Tổ hợp tác nuôi tôm Giồng Lức, sau lên thành Hợp tác xã Nông nghiệp "
    "Thủy sản Giồng Lức, ký hợp đồng với một công ty chế biến ở Sóc Trăng bao tiêu toàn bộ tôm thương phẩm. Nhờ có "
    "đầu ra, thành viên không còn bị thương lái ép giá lúc tôm rớt giá.\n\n"
    "Hiện hợp tác xã có hai mươi lăm thành viên, tổng diện tích mặt nước mười lăm héc-ta. Năm rồi, doanh thu của "
    "hợp tác xã đạt 1 tỷ 2, mỗi công ao thành viên lời chừng ba chục triệu đồng sau khi trừ chi phí. Riêng ông Tư "
    "Sang nuôi bốn ao, lãi trên trăm rưỡi triệu.\n\n"
    "Ông Sang nói: “Làm một mình thì mua thức ăn giá cao, bán tôm giá thấp. Vô hợp tác xã, mình mua chung, bán "
    "chung, có kỹ sư của công ty xuống coi nước, coi bệnh. Có năm tôm bệnh, cả tổ xúm vô xử lý, không ai bỏ ai”.\n\n"
    "Trong số thành viên, có sáu hộ trước đây là hộ nghèo, hộ cận nghèo người Khmer. Chị Thạch Thị Sa Quênh, một "
    "thành viên, kể: “Trước tôi đi mần thuê, giờ có ao tôm, có tiền cho con đi học”."
)

_LONG_POLICY_NGHE_AN = (
    "Ngày 9/12, UBND tỉnh ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai "
    "đoạn 2026 - 2030. Mục tiêu đến năm 2030, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1,5% mỗi "
    "năm; riêng các huyện miền núi giảm từ 3 - 4% mỗi năm; không còn hộ ở nhà tạm, nhà dột nát.\n\n"
    "Kế hoạch đề ra các chỉ tiêu cụ thể như sau:\n"
    "- Hỗ trợ xây mới, sửa chữa một nghìn năm trăm căn nhà cho hộ nghèo, hộ cận nghèo;\n"
    "- Đào tạo nghề cho mười hai nghìn lao động nông thôn, trong đó ít nhất bốn nghìn người thuộc hộ nghèo;\n"
    "- Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho ba nghìn hộ;\n"
    "- Cấp thẻ bảo hiểm y tế miễn phí cho toàn bộ người thuộc hộ nghèo.\n\n"
    "Tổng kinh phí thực hiện dự kiến hơn một nghìn hai trăm tỷ đồng, gồm ngân sách trung ương, ngân sách địa "
    "phương, vốn tín dụng chính sách và huy động xã hội hóa. Mức hỗ trợ xây mới là sáu mươi triệu đồng mỗi căn, "
    "sửa chữa ba mươi triệu đồng mỗi căn.\n\n"
    "UBND tỉnh giao Sở Nông nghiệp và Môi trường là cơ quan thường trực, chủ trì phối hợp các sở, ngành hướng dẫn "
    "các xã xây dựng kế hoạch chi tiết, rà soát đối tượng, công khai danh sách hộ được hỗ trợ. Ngân hàng Chính "
    "sách xã hội chi nhánh tỉnh bảo đảm đủ vốn cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo. Các xã định "
    "kỳ sáu tháng báo cáo kết quả về Sở trước ngày 15/6 và 15/12 hằng năm."
)

ITEMS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ poverty models
    {
        "title": "Bò quay vòng ở buôn Tơ Nia",
        "sapo": "Từ một con bò cái mua bằng ba mươi triệu đồng vốn vay, bà Ksor H'Bla (Gia Lai) nay có mười bốn con "
        "bò và cho hộ nghèo trong buôn mượn bò giống.",
        "text": _LONG_GIA_LAI,
        "published_at": "2024-12-05T07:00:00+07:00",
        "source": "Báo Gia Lai",
        "story_type": "poverty_model",
        # Labelling fix after the first scoring: "vốn hộ nghèo" lent through a savings group is policy credit.
        "model_types": ["livestock", "savings_loan_groups", "agricultural_extension", "preferential_credit"],
        "people": ["Ksor H'Bla"],
        "figures": [
            ("money_vnd", 3e7),
            ("animals", 1),
            ("poor_households", 3),
            ("animals", 3),
            ("animals", 14),
            ("animals", 24),
            ("animals", 6),
            ("money_vnd", 1.2e8),
            ("households_escaped_poverty", 31),
        ],
    },
    {
        "title": "Ao tôm trên đất giồng",
        "sapo": "Hợp tác xã do ông Tư Sang lập ở ấp Giồng Lức (Trà Vinh) có doanh thu 1 tỷ 2 mỗi năm, nhiều hộ "
        "Khmer có thu nhập ổn định.",
        "text": _LONG_TRA_VINH,
        "published_at": "2025-03-18T08:00:00+07:00",
        "source": "Báo Trà Vinh",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "cooperative_value_chain"],
        "people": ["Trần Văn Sang"],
        "figures": [("money_vnd", 1.2e9), ("land_area_m2", 150000), ("money_vnd", 3e7), ("money_vnd", 1.5e8)],
    },
    {
        "title": "Người Mông ở Mèo Vạc đi Nhật: học tiếng bốn tháng, đổi đời ba năm",
        "sapo": "Sau khóa học tiếng và học nghề hàn tại Trường Cao đẳng Kỹ thuật - Công nghệ tỉnh, anh Vàng Mí Chứ "
        "ký hợp đồng ba năm làm thợ hàn ở Nhật Bản.",
        "text": "Nhà anh Vàng Mí Chứ ở thôn Pả Vi Hạ bao đời trồng ngô trên hốc đá. Năm 2022, nghe cán bộ xã nói "
        "về chương trình đưa thanh niên đi làm việc ở nước ngoài, anh đăng ký học bốn tháng tiếng Nhật và nghề "
        "hàn, tiền ăn ở do dự án hỗ trợ.\n\n"
        "Để đủ tiền xuất cảnh, anh được Phòng giao dịch Ngân hàng Chính sách xã hội huyện cho vay một trăm triệu "
        "đồng. Sang Nhật, mỗi tháng anh gửi tiền về cho vợ chừng hai mươi lăm triệu đồng. Chưa đầy hai năm, gia "
        "đình đã trả xong nợ, dựng lại căn nhà trình tường và mua thêm ba con bò.\n\n"
        "Vợ anh, chị Thào Thị Mai, cho hay: “Tiền chồng gửi về, tôi để riêng trả ngân hàng trước, còn lại mua bò, "
        "mua phân bón. Giờ nhà không còn thiếu ăn”. Anh Chứ nhắn qua điện thoại rằng khi về nước sẽ mở tiệm hàn "
        "cửa sắt ở trung tâm xã.",
        "published_at": "2024-08-22T08:00:00+07:00",
        "source": "Báo Hà Giang",
        "story_type": "poverty_model",
        "model_types": ["job_placement_labor_export", "vocational_training", "preferential_credit"],
        "people": ["Vàng Mí Chứ"],
        "figures": [("money_vnd", 1e8), ("money_vnd", 2.5e7), ("animals", 3)],
    },
    {
        "title": "Bốn héc-ta keo và căn nhà mới của anh Pấu",
        "sapo": "Từ rẫy sắn bạc màu, anh Hoàng Văn Pấu (người Tày, Lục Yên, Yên Bái) chuyển sang trồng keo, trồng quế, "
        "mỗi chu kỳ thu hàng trăm triệu đồng.",
        "text": "Năm 2015, anh Pấu quyết định phá bỏ mấy nương sắn cằn, trồng bốn héc-ta keo lai giống mô và xen "
        "một héc-ta quế. Cây giống được hỗ trợ từ dự án trồng rừng sản xuất, anh góp công, góp đất.\n\n"
        "Bảy năm sau, lứa keo đầu tiên được khai thác, anh bán cho xưởng bóc gỗ ván, thu hơn bốn trăm triệu "
        "đồng. Có vốn, anh làm lại căn nhà sàn, trồng tiếp lứa keo mới theo hướng rừng gỗ lớn, không khai "
        "thác non.\n\n"
        "Ông Nông Văn Thịnh, Trưởng thôn Khe Cọ, cho biết: “Thôn có bốn mươi hộ thì đã ba mươi hộ trồng keo, quế "
        "như anh Pấu. Ba năm qua, thôn có mười hai hộ thoát nghèo, giờ chỉ còn năm hộ nghèo”.",
        "published_at": "2025-05-07T08:00:00+07:00",
        "source": "Báo Yên Bái",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture"],
        "people": ["Hoàng Văn Pấu"],
        "figures": [
            ("land_area_m2", 40000),
            ("land_area_m2", 10000),
            ("money_vnd", 4e8),
            ("households_escaped_poverty", 12),
            ("poor_households", 5),
        ],
    },
    {
        "title": "Chơi hụi không lời, chị em xóm Rạch Gốc có vốn làm ăn",
        "sapo": "Mô hình “hụi tình thương” của Chi hội Phụ nữ ấp Rạch Gốc (Cà Mau) giúp hội viên nghèo có vốn "
        "nuôi heo, mua lưới, mở quán nhỏ.",
        "text": "Mỗi tháng, ba mươi hai chị em trong chi hội góp mỗi người năm trăm nghìn đồng. Ai khó khăn nhất "
        "được hốt hụi trước, không phải bỏ thăm, không tính lời. Mỗi lần hốt được mười sáu triệu đồng.\n\n"
        "Chi hội trưởng Lê Thị Hồng Nhung kể, hồi đầu nhiều chị sợ hụi bể như ngoài chợ, nhưng hụi ở đây có sổ sách "
        "công khai, họp tổ mỗi tháng ở nhà văn hóa ấp. Sau ba năm, hai mươi tám chị đã được hốt hụi, tám hộ thoát "
        "nghèo.\n\n"
        "Chị Danh Thị Út, hội viên, nói: “Có mười sáu triệu, tôi mua thêm hai con heo nái. Giờ heo đẻ, tôi bán heo "
        "con, trả hụi đều, dư ra lo cho con đi học”.",
        "published_at": "2025-10-14T08:00:00+07:00",
        "source": "Báo Cà Mau",
        "story_type": "poverty_model",
        "model_types": ["savings_loan_groups", "livestock"],
        "people": ["Lê Thị Hồng Nhung"],
        "figures": [
            ("money_vnd", 5e5),
            ("money_vnd", 1.6e7),
            ("households_escaped_poverty", 8),
            ("animals", 2),
        ],
    },
    {
        "title": "Tiếng khung cửi ở bản Lác thành tiền triệu mỗi tháng",
        "sapo": "Hợp tác xã Dệt thổ cẩm Mai Châu đưa khăn, túi thổ cẩm lên sàn thương mại điện tử, sản phẩm đạt "
        "OCOP bốn sao.",
        "text": "Chị Hà Thị Ngọc, Giám đốc hợp tác xã, là người Thái sinh ra ở bản Lác. Năm 2020, chị gom hai mươi "
        "chị em biết dệt lập hợp tác xã, thiết kế lại mẫu khăn, túi cho hợp với khách thành phố.\n\n"
        "Từ năm 2023, chị lập gian hàng trên sàn thương mại điện tử, tối nào cũng livestream bên khung cửi. Đơn "
        "hàng từ Hà Nội, TP.HCM về đều. Năm rồi, hợp tác xã bán ra hơn tám nghìn sản phẩm, doanh thu hơn hai tỷ "
        "đồng, mỗi thợ dệt có thu nhập chừng bảy triệu đồng mỗi tháng.\n\n"
        "“Ngày xưa dệt để mặc, để làm của hồi môn. Giờ dệt để bán, các chị có tiền mà vẫn giữ được nghề của mẹ”, "
        "chị Ngọc nói.",
        "published_at": "2024-10-30T08:00:00+07:00",
        "source": "Báo Hòa Bình",
        "story_type": "poverty_model",
        "model_types": ["craft_village_ocop", "digital_transformation", "cooperative_value_chain"],
        "people": ["Hà Thị Ngọc"],
        "figures": [("money_vnd", 2e9), ("money_vnd", 7e6)],
    },
    {
        "title": "Tái canh cà phê: đổi vườn già lấy vườn trẻ",
        "sapo": "Được Trung tâm Khuyến nông tỉnh hỗ trợ giống và hướng dẫn kỹ thuật, nhiều hộ Xơ Đăng ở Đăk Hà "
        "(Kon Tum) đã cưa gốc, ghép chồi vườn cà phê già cỗi.",
        "text": "Vườn cà phê hai héc-ta của ông A Thuyên trồng từ những năm chín mươi, năng suất chỉ còn chưa đến "
        "một tấn nhân mỗi héc-ta. Năm 2021, ông tham gia mô hình tái canh của Trung tâm Khuyến nông, được hỗ "
        "trợ cây giống ghép, phân bón và ba lớp tập huấn.\n\n"
        "Sau ba năm, vườn cho năng suất gần ba tấn nhân mỗi héc-ta. Vụ vừa rồi, giá cà phê cao, ông bán được hơn "
        "bốn trăm năm mươi triệu đồng. Ông còn trồng xen ba trăm cây sầu riêng làm cây che bóng.\n\n"
        "Kỹ sư Nguyễn Văn Hòa, cán bộ Trung tâm, cho biết: “Cái khó là bà con tiếc cây, không dám cưa. Thấy vườn "
        "ông A Thuyên, nhiều hộ trong làng Kon Trang đã đăng ký tái canh vụ tới”.",
        "published_at": "2025-02-11T08:00:00+07:00",
        "source": "Báo Kon Tum",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "agricultural_extension"],
        "people": ["A Thuyên"],
        "figures": [("land_area_m2", 20000), ("money_vnd", 4.5e8)],
    },
    {
        "title": "Lớp may ở bản, việc làm ở khu công nghiệp",
        "sapo": "Học xong lớp may công nghiệp ba tháng do huyện mở, hai mươi tám chị em người Thái ở Quế Phong "
        "được nhận vào làm tại một công ty may.",
        "text": "Chị Lô Thị Hằng, ba mươi tuổi, trước đây quanh năm làm nương, thu nhập bấp bênh. Tháng ba năm "
        "nay, chị theo lớp may công nghiệp ngay tại nhà văn hóa bản, học phí được miễn, mỗi ngày học còn được hỗ "
        "trợ tiền ăn.\n\n"
        "Kết thúc khóa học, doanh nghiệp về tận bản tuyển dụng. Chị Hằng cùng hai mươi bảy học viên khác vào làm ở "
        "xưởng may đóng tại trung tâm huyện, lương khởi điểm sáu triệu rưỡi một tháng, có xe đưa đón.\n\n"
        "“Trước đi nương cả năm chưa được chục triệu. Giờ tháng nào cũng có lương, con đi học có tiền đóng”, chị "
        "Hằng nói. Bà Vi Thị Thoa, Phó Trưởng phòng Lao động huyện, cho biết năm nay huyện mở thêm bốn lớp như "
        "vậy.",
        "published_at": "2025-06-19T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "poverty_model",
        "model_types": ["vocational_training", "job_placement_labor_export"],
        "people": ["Lô Thị Hằng"],
        "figures": [("money_vnd", 6.5e6)],
    },
    {
        "title": "Bà Thạch Thị Sóc Phia có nhà mới trước lễ Chôl Chnăm Thmây",
        "sapo": "Căn nhà đại đoàn kết rộng ba mươi lăm mét vuông được Ủy ban MTTQ xã hỗ trợ bốn mươi triệu đồng, "
        "con cháu và lối xóm góp công dựng.",
        "text": "Bà Sóc Phia năm nay bảy mươi hai tuổi, sống với đứa cháu nội trong căn chòi lá ven kênh. Mùa mưa, "
        "nước tràn vô tận giường.\n\n"
        "Đầu năm, Ủy ban MTTQ xã xét hỗ trợ bà bốn mươi triệu đồng từ Quỹ Vì người nghèo để cất nhà. Con trai bà "
        "đi làm thuê ở Bình Dương gửi về thêm mười triệu, bà con trong phum góp ngày công đổ nền, dựng cột.\n\n"
        "“Có cái nhà tường chắc chắn, tôi hết lo mưa gió”, bà nói bằng tiếng Khmer, người cháu dịch lại. Theo UBND "
        "xã, năm nay xã bàn giao chín căn nhà đại đoàn kết cho hộ nghèo.",
        "published_at": "2025-04-10T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "poverty_model",
        "model_types": ["housing"],
        "people": [],
        "figures": [("land_area_m2", 35), ("money_vnd", 4e7), ("money_vnd", 1e7), ("houses", 9)],
    },
    {
        "title": "Giếng khoan, bể lọc về xóm cát Phù Mỹ",
        "sapo": "Gần hai trăm hộ ở xóm cát ven biển Phù Mỹ (Bình Định) đã có nước sạch và nhà vệ sinh hợp chuẩn.",
        "text": "Xóm cát nằm sau đồi dương, nước giếng đào nhiễm phèn, vàng đục. Năm 2024, từ vốn Chương trình mục "
        "tiêu quốc gia giảm nghèo bền vững và vốn vay nước sạch, vệ sinh của Ngân hàng Chính sách xã hội, một trăm "
        "tám mươi bảy hộ đã khoan giếng, lắp bể lọc; một trăm hai mươi hộ xây nhà vệ sinh tự hoại.\n\n"
        "Mỗi hộ được vay tối đa hai mươi lăm triệu đồng, thời hạn năm năm. Bà Đặng Thị Lài, nhà ở đầu xóm, nói: "
        "“Trước nấu cơm phải mua nước bình, giờ mở vòi là có nước trong”.",
        "published_at": "2025-01-08T08:00:00+07:00",
        "source": "Báo Bình Định",
        "story_type": "poverty_model",
        "model_types": ["clean_water_sanitation", "preferential_credit"],
        "people": [],
        "figures": [("money_vnd", 2.5e7)],
    },
    {
        "title": "Xã Tà Mung thoát nghèo bằng cách nào?",
        "sapo": "Sau năm năm, xã vùng cao Tà Mung có gần hai trăm hộ thoát nghèo. Kết quả được thống kê trong báo "
        "cáo của xã:",
        "text": "Kết quả giảm nghèo giai đoạn 2021 - 2025 của xã:\n"
        "- 187 hộ thoát nghèo, trong đó 64 hộ nhờ chăn nuôi trâu, bò, dê;\n"
        "- Tỷ lệ hộ nghèo giảm từ 41,6% xuống 12,3%;\n"
        "- 312 hộ được vay vốn ưu đãi với tổng dư nợ 18 tỷ 700 triệu đồng;\n"
        "- 45 cán bộ, đảng viên nhận đỡ đầu 90 hộ nghèo.\n\n"
        "Ông Lò Văn Xiêng, Bí thư Đảng ủy xã, cho biết cách làm của xã là mỗi cán bộ phụ trách hai hộ, xuống "
        "tận nhà giúp hộ làm chuồng trại, chọn giống, làm hồ sơ vay vốn. “Không cho con cá mà cho cần câu, hộ nào "
        "cũng có một con vật nuôi chính”, ông nói.\n\n"
        "Điển hình là hộ anh Lường Văn Tiến ở bản Hua Ngà, từ hai con bò vay vốn ban đầu, nay có mười một con, "
        "năm 2024 đã làm đơn ra khỏi danh sách hộ nghèo.",
        "published_at": "2025-11-20T08:00:00+07:00",
        "source": "Báo Lai Châu",
        "story_type": "poverty_model",
        "model_types": ["livestock", "preferential_credit", "mentoring_sponsorship"],
        "people": ["Lường Văn Tiến"],
        "figures": [
            ("households_escaped_poverty", 200),
            ("households_escaped_poverty", 187),
            ("poverty_rate", 41.6),
            ("poverty_rate", 12.3),
            ("money_vnd", 1.87e10),
            ("poor_households", 90),
            ("animals", 2),
        ],
    },
    {
        "title": "Mật ong bạc hà và hai trăm đàn ong của anh Sùng Mí Pó",
        "sapo": "Không còn trồng ngô, anh Sùng Mí Pó ở Đồng Văn chuyển sang nuôi ong lấy mật trên cao nguyên đá, "
        "mỗi vụ thu trên trăm triệu.",
        "text": "Mùa hoa bạc hà nở tím các sườn núi cũng là mùa anh Pó thu mật. Từ mười đàn ong ban đầu học cách "
        "nuôi của người bác, nay anh có hai trăm đàn, đặt dọc các thửa nương.\n\n"
        "Mật ong bạc hà của anh được Hợp tác xã Ong mật Đồng Văn thu mua với giá ổn định, vụ vừa rồi anh bán hơn "
        "một tấn mật, thu về một trăm ba mươi triệu đồng. Mười lăm hộ trong thôn đã làm theo anh, gửi mật qua hợp tác xã bán chung.\n\n"
        "“Ong không ăn của mình cái gì, chỉ cần mình giữ rừng, giữ hoa”, anh Pó cười.",
        "published_at": "2024-12-16T08:00:00+07:00",
        "source": "Báo Hà Giang",
        "story_type": "poverty_model",
        "model_types": ["livestock", "cooperative_value_chain"],
        "people": ["Sùng Mí Pó"],
        "figures": [("money_vnd", 1e8), ("money_vnd", 1.3e8)],
    },
    {
        "title": "Pù Luông mùa lúa chín, bản Đôn kín khách",
        "sapo": "Từ căn nhà sàn của bố mẹ, anh Hà Văn Thiêm mở điểm lưu trú đầu tiên của bản Đôn, kéo theo cả bản "
        "làm du lịch cộng đồng.",
        "text": "Năm 2017, anh Thiêm vay mượn anh em sửa lại căn nhà sàn, lắp thêm nhà tắm, đón mấy đoàn khách Tây "
        "đi bộ xuyên rừng. Khách ngủ đệm trên sàn, ăn cơm lam, gà đồi, xem múa xòe, mỗi người trả ba trăm năm mươi "
        "nghìn đồng một đêm kèm bữa sáng.\n\n"
        "Thấy khách đến đều, bà con trong bản học theo. Giờ bản Đôn có mười một hộ làm lưu trú, nhiều hộ khác bán "
        "rượu cần, dệt khăn, chèo bè đưa khách. Năm rồi riêng điểm của anh Thiêm đón hơn ba nghìn lượt khách, thu "
        "gần tám trăm triệu đồng.\n\n"
        "“Khách lên đây vì cái bản còn giữ được ruộng bậc thang, nhà sàn, nếp ăn ở của người Thái. Mình giữ được "
        "cái đó thì còn khách”, anh Thiêm nói.",
        "published_at": "2025-10-06T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "poverty_model",
        "model_types": ["community_tourism"],
        "people": ["Hà Văn Thiêm"],
        "figures": [("money_vnd", 3.5e5), ("money_vnd", 8e8)],
    },
    # ------------------------------------------------------------------ good deeds
    {
        "title": "Chặt vườn keo, mở lối cho cả xóm",
        "sapo": "Vợ chồng ông Nguyễn Văn Tám ở thôn Khe Sanh (Quảng Trị) hiến gần năm trăm mét vuông đất để xóm "
        "mở rộng đường bê tông.",
        "text": "Con đường vào xóm Khe Sanh trước đây chỉ rộng hơn một mét, mùa mưa lầy lội, xe máy không đi được. "
        "Khi thôn bàn mở rộng đường lên bốn mét, nhiều hộ còn lưỡng lự.\n\n"
        "Ông Tám là người đầu tiên ký giấy hiến đất. Ông tự tay chặt bỏ hơn một trăm cây keo đang đến tuổi khai "
        "thác, dời cổng, dời hàng rào, nhường gần năm trăm mét vuông đất. Thấy vậy, mười bảy hộ khác cũng hiến đất "
        "theo.\n\n"
        "Trưởng thôn Hồ Văn Dũng cho biết: “Nhờ ông Tám đi đầu, chỉ trong hai tháng thôn làm xong một cây số "
        "đường bê tông, người dân góp ngày công, Nhà nước hỗ trợ xi măng”.",
        "published_at": "2025-08-14T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "good_deed",
        "model_types": ["land_donation", "infrastructure_roads"],
        "people": ["Nguyễn Văn Tám"],
        "figures": [("land_area_m2", 500)],
    },
    {
        "title": "Mua tủ cũ, thấy mấy cây vàng trong ngăn kéo",
        "sapo": "Anh Võ Văn Phúc, thợ mua bán đồ cũ ở Long Xuyên, đã trả lại gần ba cây vàng và tám mươi triệu "
        "đồng tìm thấy trong chiếc tủ vừa mua.",
        "text": "Chiều 3/9, anh Phúc chở về chiếc tủ gỗ mua lại của một gia đình ở phường Mỹ Long. Lúc lau chùi, anh "
        "phát hiện trong hộc tủ có một túi vải đựng ba sợi dây chuyền, hai chiếc nhẫn vàng và một xấp tiền tám "
        "mươi triệu đồng.\n\n"
        "Ngay tối đó, anh quay lại nhà người bán, đúng lúc cả nhà đang lục tung tìm kiếm. Số tài sản là tiền dành "
        "dụm của cụ bà đã mất, con cháu không biết cụ cất ở đâu. Bà Trương Thị Kim, con gái cụ, xúc động: “Chúng "
        "tôi muốn gửi anh ít tiền cảm ơn nhưng anh không nhận”.\n\n"
        "Anh Phúc chỉ nói: “Của ai thì trả người đó, mình làm ăn cũng cần cái tâm”.",
        "published_at": "2025-09-06T08:00:00+07:00",
        "source": "Báo An Giang",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Võ Văn Phúc"],
        "figures": [("money_vnd", 8e7)],
    },
    {
        "title": "Nam sinh lớp mười một kéo ba em nhỏ khỏi dòng kênh",
        "sapo": "Đang đi học thêm về, em Thạch Văn Hiếu (Trà Cú, Trà Vinh) nghe tiếng la, nhảy xuống kênh cứu ba "
        "học sinh tiểu học bị nước cuốn.",
        "text": "Khoảng năm giờ chiều, ba em nhỏ rủ nhau xuống bến tắm, một em trượt chân ra chỗ sâu, hai em kia "
        "nắm tay kéo nên cả ba cùng bị nước kéo ra giữa kênh. Nghe tiếng kêu, Hiếu quăng xe đạp, cởi áo nhảy "
        "xuống, lần lượt đưa từng em vào bờ.\n\n"
        "Ông Kim Sơn, ông nội của một em, nghẹn ngào: “Không có thằng Hiếu là mất cháu tôi rồi”. Thầy Dương Văn "
        "Thanh, Hiệu trưởng Trường THPT Trà Cú, cho biết trường sẽ đề nghị khen thưởng em Hiếu.",
        "published_at": "2025-05-26T08:00:00+07:00",
        "source": "Báo Trà Vinh",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Thạch Văn Hiếu"],
        "figures": [],
    },
    {
        "title": "Người thầy có nhóm máu hiếm và năm mươi hai lần hiến máu",
        "sapo": "Thầy Phạm Văn Quang, giáo viên Trường THCS Thụy Hải (Thái Bình), mang nhóm máu Rh âm, sẵn sàng "
        "lên đường bất kể đêm hôm khi bệnh viện gọi.",
        "text": "Lần đầu thầy Quang hiến máu là năm 2006, khi còn là sinh viên sư phạm. Biết mình thuộc nhóm máu "
        "Rh âm, thầy tham gia Câu lạc bộ Những người có nhóm máu hiếm của tỉnh.\n\n"
        "Đến nay thầy đã hiến máu năm mươi hai lần, trong đó mười chín lần hiến khẩn cấp. Có đêm mưa, thầy chạy "
        "xe máy hơn ba mươi cây số lên Bệnh viện Đa khoa tỉnh cứu một sản phụ băng huyết.\n\n"
        "Chị Bùi Thị Lan, sản phụ năm ấy, nay vẫn nhắn tin chúc Tết thầy mỗi năm.",
        "published_at": "2024-06-14T08:00:00+07:00",
        "source": "Báo Thái Bình",
        "story_type": "good_deed",
        "model_types": ["blood_donation"],
        "people": ["Phạm Văn Quang"],
        "figures": [],
    },
    {
        "title": "Đội thanh niên tình nguyện dựng lại mười hai căn nhà sau lũ",
        "sapo": "Hơn năm mươi đoàn viên của Đội thanh niên tình nguyện huyện Văn Bàn (Lào Cai) đã ở lại bản Nậm "
        "Tăm hai tuần để dựng lại nhà cho bà con.",
        "text": "Sau trận lũ cuối tháng chín, mười hai căn nhà ở bản Nậm Tăm bị đất đá vùi lấp. Đội thanh niên "
        "tình nguyện huyện lên bản, cùng bà con dọn bùn, vác gỗ, dựng khung. Vật liệu do các doanh nghiệp và nhà "
        "hảo tâm ủng hộ, tổng trị giá gần một tỷ đồng.\n\n"
        "Anh Hà Văn Nam, Đội trưởng, cho biết: “Anh em ngủ ở nhà văn hóa bản, ăn cơm bà con nấu. Chúng tôi cố "
        "dựng xong trước khi trời rét”. Bà Lò Thị Xuân, một chủ nhà, cảm động: “Các cháu làm từ sáng đến tối, "
        "không lấy một đồng nào”.",
        "published_at": "2024-10-25T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "good_deed",
        "model_types": ["volunteering", "housing", "charity_donation"],
        "people": [],
        "figures": [("houses", 12), ("money_vnd", 1e9)],
    },
    {
        "title": "Bếp cơm của vợ chồng ông Bảy Lành",
        "sapo": "Bảy năm nay, vợ chồng ông Lê Văn Lành (Bảy Lành) nấu cơm phát miễn phí cho bệnh nhân nghèo ở "
        "Bệnh viện Đa khoa Trung ương Cần Thơ.",
        "text": "Ba giờ sáng, căn bếp nhỏ trong hẻm đã đỏ lửa. Ông Bảy Lành vo gạo, bà Nguyễn Thị Hoa lặt rau, "
        "mấy người hàng xóm phụ kho cá, nấu canh. Đến mười giờ, xe cơm chở tới cổng bệnh viện, mỗi ngày ba trăm "
        "phần.\n\n"
        "Tiền chợ ban đầu là tiền bán chiếc xe tải của ông, sau có thêm nhiều người góp gạo, góp tiền. Bà Hoa nói: "
        "“Người bệnh nghèo ở xa lên, tiền thuốc còn chưa đủ, bữa cơm không tốn tiền là đỡ cho họ được chút nào hay "
        "chút đó”.",
        "published_at": "2025-07-09T08:00:00+07:00",
        "source": "Báo Cần Thơ",
        "story_type": "good_deed",
        "model_types": ["volunteering", "charity_donation"],
        "people": ["Lê Văn Lành", "Nguyễn Thị Hoa"],
        "figures": [],
    },
    {
        "title": "Người Cẩm Xuyên xa quê góp một tỷ hai trăm triệu đồng dựng cầu",
        "sapo": "Hội đồng hương Cẩm Xuyên tại TP.HCM vận động được một tỷ hai trăm triệu đồng xây cầu bê tông qua "
        "sông Hội cho học sinh khỏi lội nước.",
        "text": "Cây cầu tre qua sông Hội mỗi mùa lũ lại bị cuốn trôi, học sinh ba thôn phải đi đò. Ông Trần Đình "
        "Khang, Chủ tịch Hội đồng hương, về quê thăm mộ, thấy cảnh các cháu xắn quần lội nước, về lại thành phố "
        "liền gọi điện cho từng người.\n\n"
        "Sau ba tháng, hơn hai trăm người con xa quê đã góp được một tỷ hai trăm triệu đồng, người ít một triệu, "
        "người nhiều hàng trăm triệu. Cầu dài bốn mươi mét, rộng ba mét, khánh thành đúng ngày khai giảng.\n\n"
        "“Ai đi xa cũng mang theo con sông quê mình, giờ góp lại một cây cầu thôi”, ông Khang nói.",
        "published_at": "2025-09-08T08:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "good_deed",
        "model_types": ["fund_raising", "infrastructure_roads"],
        "people": ["Trần Đình Khang"],
        "figures": [("money_vnd", 1.2e9), ("money_vnd", 1e6)],
    },
    {
        "title": "Năm trăm suất học bổng từ đồng lương hưu",
        "sapo": "Mười năm qua, cô giáo về hưu Nguyễn Thị Thu Hà ở Hải Dương dành lương hưu và vận động học trò cũ "
        "trao năm trăm suất học bổng cho học sinh nghèo.",
        "text": "Cô Thu Hà dạy văn ba mươi năm ở Trường THPT Nam Sách. Về hưu năm 2014, cô lập quỹ nhỏ mang tên "
        "“Tiếp bước em đến trường”, mỗi tháng trích hai triệu đồng lương hưu, cộng với tiền học trò cũ góp.\n\n"
        "Mỗi năm học, quỹ trao năm mươi suất học bổng, mỗi suất một triệu đồng kèm sách vở. Nhiều em nhận học bổng "
        "năm xưa nay đã ra trường, đi làm, quay lại góp quỹ.\n\n"
        "Em Nguyễn Văn Tuấn, sinh viên năm ba Đại học Bách khoa, kể: “Không có suất học bổng của cô năm lớp mười, "
        "chắc em đã bỏ học đi làm thuê”.",
        "published_at": "2024-09-03T08:00:00+07:00",
        "source": "Báo Hải Dương",
        "story_type": "good_deed",
        "model_types": ["education_support", "fund_raising"],
        "people": ["Nguyễn Thị Thu Hà"],
        "figures": [("scholarships", 500), ("money_vnd", 2e6), ("scholarships", 50), ("money_vnd", 1e6)],
    },
    {
        "title": "Bộ đội biên phòng nhận nuôi học trò người Mông",
        "sapo": "Thiếu tá Lò Văn Thành, Đồn Biên phòng Pa Thơm (Điện Biên), nhận đỡ đầu hai em học sinh mồ côi, "
        "lo từ bữa ăn đến sách vở.",
        "text": "Ba năm trước, khi đi tuần qua bản Pa Xa Mông, Thiếu tá Lò Văn Thành gặp hai anh em Giàng A Dũng "
        "và Giàng Thị Dở mồ côi mẹ, bố đi làm ăn xa. Anh xin đơn vị cho nhận hai em vào chương trình “Nâng bước "
        "em tới trường”, mỗi tháng trích lương năm trăm nghìn đồng cho mỗi em.\n\n"
        "Cuối tuần, anh đón hai em về đồn, kèm các em học chữ, dạy các em trồng rau. Thượng tá Vì Văn Phòng, "
        "Chính trị viên Đồn, cho biết đơn vị hiện đỡ đầu mười bốn học sinh.",
        "published_at": "2025-03-04T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "good_deed",
        "model_types": ["mentoring_sponsorship", "education_support"],
        "people": ["Lò Văn Thành"],
        "figures": [("money_vnd", 5e5)],
    },
    {
        "title": "Doanh nhân gốc Quảng Ngãi tặng quê hai mươi căn nhà và ba mươi con bò",
        "sapo": "Ông Đỗ Hữu Tài, Giám đốc một công ty xây dựng ở Bình Dương, dành ba tỷ đồng cho bà con nghèo "
        "ở xã nhà Sơn Thành.",
        "text": "Sinh ra trong một gia đình nghèo ở xã Sơn Thành, ông Tài vào Nam lập nghiệp từ năm mười bảy "
        "tuổi. Năm nay, ông dành ba tỷ đồng xây tặng hai mươi căn nhà cho hộ nghèo, mỗi căn một trăm hai mươi "
        "triệu đồng, và tặng ba mươi con bò giống cho các hộ có người khuyết tật.\n\n"
        "Bà Đinh Thị Mơ, người Hrê, nhận nhà mới, xúc động: “Cả đời tôi chưa dám nghĩ có cái nhà như vầy”.",
        "published_at": "2025-10-02T08:00:00+07:00",
        "source": "Báo Quảng Ngãi",
        "story_type": "good_deed",
        "model_types": ["housing", "charity_donation", "livestock"],
        "people": ["Đỗ Hữu Tài"],
        "figures": [
            ("houses", 20),
            ("animals", 30),
            ("money_vnd", 3e9),
            ("money_vnd", 1.2e8),
        ],
    },
    {
        "title": "Tổ đò miễn phí đưa học sinh qua sông Đà",
        "sapo": "Hai mươi năm nay, ông Lê Văn Tư chèo đò đưa học sinh xã Tiền Phong qua sông không lấy tiền, "
        "nay có thêm con trai thay ông cầm lái.",
        "text": "Mỗi sáng năm giờ rưỡi, chiếc đò máy của ông Tư đã nổ máy chờ ở bến. Mỗi chuyến đưa chừng ba mươi "
        "em sang bờ bên kia đến trường, chiều lại đón về. Tiền dầu ông tự bỏ ra, có năm hết mười mấy triệu.\n\n"
        "Ông Tư nói: “Tôi không học được nhiều chữ, thì để cho tụi nhỏ học”. Đoàn Thanh niên xã mới tặng ông năm "
        "mươi chiếc áo phao cho học sinh.",
        "published_at": "2024-11-19T08:00:00+07:00",
        "source": "Báo Hòa Bình",
        "story_type": "good_deed",
        "model_types": ["volunteering", "education_support"],
        "people": ["Lê Văn Tư"],
        "figures": [],
    },
    {
        "title": "Những chuyến xe cấp cứu không đồng của anh tài xế phố núi",
        "sapo": "Chiếc xe bảy chỗ của anh Huỳnh Tấn Lực ở phường Tân An (Buôn Ma Thuột) sẵn sàng chở người bệnh "
        "nghèo đi viện bất kể giờ nào.",
        "text": "Anh Lực làm nghề chạy xe hợp đồng. Từ năm 2020, anh dán số điện thoại ở nhà văn hóa tổ dân phố: "
        "ai nghèo, ai đau nặng cần đi viện thì gọi, anh chở miễn phí. Bốn năm, anh chở hơn bốn trăm lượt người "
        "bệnh, có chuyến đi tận Hồ Chí Minh.\n\n"
        "Tổ trưởng tổ dân phố Nguyễn Văn Hải chia sẻ: “Đêm hôm gọi anh Lực chưa bao giờ từ chối. Bà con trong tổ "
        "quý anh như người nhà”.",
        "published_at": "2024-07-02T08:00:00+07:00",
        "source": "Báo Đắk Lắk",
        "story_type": "good_deed",
        "model_types": ["volunteering", "health_support"],
        "people": ["Huỳnh Tấn Lực"],
        "figures": [],
    },
    # ------------------------------------------------------------------ policy news
    {
        "title": "Nghệ An đặt mục tiêu không còn nhà tạm vào năm 2030",
        "sapo": "Kế hoạch giảm nghèo bền vững giai đoạn 2026 - 2030 của tỉnh dự kiến kinh phí hơn một nghìn hai "
        "trăm tỷ đồng.",
        "text": _LONG_POLICY_NGHE_AN,
        "published_at": "2025-12-10T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "policy_news",
        "model_types": ["housing", "vocational_training", "health_support", "preferential_credit"],
        "people": [],
        "figures": [
            ("poverty_rate", 1.5),
            ("houses", 1500),
            ("money_vnd", 1.2e12),
            ("money_vnd", 6e7),
            ("money_vnd", 3e7),
        ],
    },
    {
        "title": "Mười năm tín dụng chính sách: mười hai nghìn bốn trăm hộ thoát nghèo",
        "sapo": "Hội nghị tổng kết mười năm thực hiện Chỉ thị 40-CT/TW về tín dụng chính sách xã hội tại Đồng Tháp.",
        "text": "Sáng 12/11, Tỉnh ủy tổ chức hội nghị tổng kết mười năm thực hiện Chỉ thị 40-CT/TW của Ban Bí thư "
        "về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội. Đến nay, tổng dư nợ tín dụng chính "
        "sách trên địa bàn đạt 4.500 tỷ đồng, tăng gấp đôi so với năm 2014; nguồn vốn ngân sách địa phương ủy thác "
        "qua Ngân hàng Chính sách xã hội đạt 620 tỷ đồng.\n\n"
        "Trong mười năm, đã có hơn 35.000 hộ nghèo và hộ cận nghèo được vay vốn sản xuất; 12.400 hộ thoát nghèo; "
        "hơn 8.000 lao động được vay vốn tạo việc làm. Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp "
        "ủy tiếp tục bố trí ngân sách ủy thác, nâng cao chất lượng hoạt động của các tổ tiết kiệm và vay vốn.",
        "published_at": "2024-11-13T08:00:00+07:00",
        "source": "Báo Đồng Tháp",
        "story_type": "policy_news",
        "model_types": ["preferential_credit", "savings_loan_groups"],
        "people": [],
        "figures": [
            ("money_vnd", 4.5e12),
            ("money_vnd", 6.2e11),
            ("poor_households", 35000),
            ("households_escaped_poverty", 12400),
        ],
    },
    {
        "title": "Hỗ trợ người dân vùng đồng bào dân tộc thiểu số chuyển đổi nghề",
        "sapo": "HĐND tỉnh Lâm Đồng thông qua nghị quyết hỗ trợ đào tạo nghề, chuyển đổi nghề cho lao động người "
        "dân tộc thiểu số giai đoạn 2025 - 2027.",
        "text": "Theo nghị quyết, lao động người dân tộc thiểu số thuộc hộ nghèo, hộ cận nghèo tham gia học nghề "
        "trình độ sơ cấp được hỗ trợ học phí tối đa bốn triệu đồng mỗi khóa, tiền ăn năm mươi nghìn đồng mỗi ngày "
        "thực học. Người học xong có nhu cầu vay vốn tự tạo việc làm được vay tối đa một trăm triệu đồng tại Ngân "
        "hàng Chính sách xã hội.\n\n"
        "Nghị quyết áp dụng từ ngày 1/1/2025, kinh phí do ngân sách tỉnh bảo đảm, các xã lập danh sách theo nhu "
        "cầu của người dân.",
        "published_at": "2024-12-20T08:00:00+07:00",
        "source": "Báo Lâm Đồng",
        "story_type": "policy_news",
        "model_types": ["vocational_training", "preferential_credit"],
        "people": [],
        "figures": [("money_vnd", 4e6), ("money_vnd", 5e4), ("money_vnd", 1e8)],
    },
    {
        "title": "Phát động đợt thi đua “Vì người nghèo, không để ai bị bỏ lại phía sau” năm 2025",
        "sapo": "Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên phát động cán bộ, công chức đóng góp ít nhất một ngày lương "
        "ủng hộ Quỹ Vì người nghèo.",
        "text": "Tại lễ phát động, Ủy ban MTTQ tỉnh kêu gọi các doanh nghiệp, tổ chức tôn giáo, con em xa quê chung "
        "tay xóa nhà tạm cho hộ nghèo. Năm 2024, Quỹ Vì người nghèo các cấp trong tỉnh đã tiếp nhận hơn hai mươi "
        "lăm tỷ đồng, hỗ trợ xây mới và sửa chữa ba trăm tám mươi căn nhà.\n\n"
        "Năm nay, tỉnh phấn đấu vận động ba mươi tỷ đồng. Ban Thường trực Ủy ban MTTQ tỉnh đề nghị các xã, phường "
        "công khai danh sách ủng hộ và danh sách hộ được hỗ trợ.",
        "published_at": "2025-10-17T08:00:00+07:00",
        "source": "Báo Thái Nguyên",
        "story_type": "policy_news",
        "model_types": ["fund_raising", "housing"],
        "people": [],
        "figures": [("money_vnd", 2.5e10), ("houses", 380), ("money_vnd", 3e10)],
    },
    {
        "title": "Hướng dẫn hỗ trợ nhà ở cho hộ nghèo bị ảnh hưởng bởi bão số 3",
        "sapo": "Sở Xây dựng Quảng Ninh hướng dẫn mức hỗ trợ và thủ tục cho các hộ có nhà bị sập, tốc mái.",
        "text": "Theo hướng dẫn, hộ nghèo, hộ cận nghèo có nhà bị sập hoàn toàn được hỗ trợ bốn mươi triệu đồng "
        "để xây lại; nhà bị hư hỏng nặng được hỗ trợ hai mươi triệu đồng. UBND cấp xã rà soát, lập danh sách, niêm "
        "yết công khai trong năm ngày trước khi gửi về Sở.\n\n"
        "Các hộ có nhu cầu vay thêm được Ngân hàng Chính sách xã hội xem xét cho vay nhà ở xã hội với lãi suất ưu "
        "đãi.",
        "published_at": "2024-09-25T08:00:00+07:00",
        "source": "Báo Quảng Ninh",
        "story_type": "policy_news",
        "model_types": ["housing", "preferential_credit"],
        "people": [],
        "figures": [("money_vnd", 4e7), ("money_vnd", 2e7)],
    },
    # ------------------------------------------------------------------ hard negatives
    {
        "title": "Giá bò hơi lên cao, thương lái về tận xã gom hàng",
        "sapo": "Giá bò hơi tại các chợ phiên vùng cao Hà Giang tăng mạnh dịp cuối năm.",
        "text": "Tại chợ bò Mèo Vạc sáng chủ nhật, mỗi con bò loại to được trả từ bốn mươi lăm đến năm mươi lăm "
        "triệu đồng, tăng gần mười phần trăm so với tháng trước. Một thương lái từ Tuyên Quang cho biết phiên này "
        "ông mua ba mươi con bò, chở về xuôi bán cho các lò mổ.\n\n"
        "Cán bộ thú y huyện khuyến cáo người mua bán phải có giấy kiểm dịch, không mua bò không rõ nguồn gốc để "
        "tránh lây lan bệnh viêm da nổi cục.",
        "published_at": "2024-12-23T08:00:00+07:00",
        "source": "Báo Hà Giang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 5.5e7), ("animals", 30)],
    },
    {
        "title": "Kiều hối về TP.HCM ước đạt chín tỷ USD",
        "sapo": "Lượng kiều hối gửi về thành phố năm nay tăng khoảng bảy phần trăm, phần lớn chảy vào sản xuất kinh "
        "doanh.",
        "text": "Theo Ngân hàng Nhà nước chi nhánh Khu vực 2, lượng kiều hối người Việt ở nước ngoài và người lao "
        "động gửi tiền về thành phố năm nay ước đạt chín tỷ USD. Khoảng tám mươi phần trăm lượng kiều hối được "
        "dùng cho sản xuất kinh doanh, phần còn lại gửi tiết kiệm, mua nhà.\n\n"
        "Các ngân hàng thương mại đã tăng ưu đãi phí chuyển tiền, rút ngắn thời gian nhận tiền xuống còn vài phút.",
        "published_at": "2025-12-28T08:00:00+07:00",
        "source": "Báo Sài Gòn Giải Phóng",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Lừa “đi Hàn Quốc diện thời vụ”, chiếm đoạt hai tỷ đồng",
        "sapo": "Công an tỉnh Thanh Hóa khởi tố đối tượng Lê Văn Đạt về tội lừa đảo chiếm đoạt tài sản.",
        "text": "Theo cơ quan điều tra, từ tháng 3 đến tháng 8, Đạt tự xưng là cán bộ của một công ty xuất khẩu lao "
        "động, hứa đưa người sang Hàn Quốc làm thời vụ với chi phí thấp. Hai mươi ba người ở các huyện miền núi "
        "đã nộp cho Đạt tổng cộng hai tỷ đồng, nhiều người phải vay nóng, cầm sổ đỏ.\n\n"
        "Công an khuyến cáo người dân chỉ đăng ký qua các đơn vị được cấp phép, không nộp tiền cho cá nhân.",
        "published_at": "2025-09-30T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 2e9)],
    },
    {
        "title": "Rét hại kéo dài, hơn hai trăm con trâu, bò chết ở vùng cao",
        "sapo": "Nhiệt độ ở đỉnh Mẫu Sơn xuống dưới không độ, nhiều gia súc thả rông bị chết rét.",
        "text": "Theo báo cáo nhanh của Chi cục Chăn nuôi và Thú y tỉnh Lạng Sơn, đến chiều 15/1 đã có hơn hai trăm "
        "con trâu, bò bị chết do rét, tập trung ở các xã vùng cao. Ước thiệt hại hơn bốn tỷ đồng.\n\n"
        "Ngành nông nghiệp khuyến cáo bà con không thả rông gia súc, che chắn chuồng trại, dự trữ rơm cỏ, cho "
        "trâu bò uống nước ấm pha muối.",
        "published_at": "2025-01-16T08:00:00+07:00",
        "source": "Báo Lạng Sơn",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("animals", 200), ("money_vnd", 4e9)],
    },
    {
        "title": "Sôi nổi đua ghe ngo mừng lễ Ok Om Bok",
        "sapo": "Năm mươi hai đội ghe ngo của các chùa Khmer tranh tài trên sông Maspero.",
        "text": "Hàng chục nghìn người dân và du khách đã đứng kín hai bờ sông cổ vũ. Đội ghe chùa Bâng Cóc giành "
        "giải nhất nội dung nam, đội chùa Som Rong giải nhất nội dung nữ. Ban tổ chức trao tổng giải thưởng hơn "
        "ba trăm triệu đồng.\n\n"
        "Lễ hội còn có các hoạt động thả đèn gió, đêm văn nghệ và hội chợ sản phẩm OCOP.",
        "published_at": "2025-11-05T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 3e8)],
    },
    {
        "title": "Cầu treo xuống cấp, người dân nơm nớp qua lại",
        "sapo": "Cây cầu treo nối hai bản ở xã Trà Cang (Quảng Nam) đã hư hỏng nhiều năm nhưng chưa được sửa.",
        "text": "Mặt cầu bằng ván gỗ mục nhiều chỗ, dây cáp gỉ sét. Mỗi ngày vẫn có hàng trăm lượt người dân, học "
        "sinh qua lại. Bà con kiến nghị nhiều lần nhưng huyện cho biết chưa bố trí được vốn, dự kiến cần khoảng "
        "ba tỷ đồng để làm mới.",
        "published_at": "2024-04-09T08:00:00+07:00",
        "source": "Báo Quảng Nam",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 3e9)],
    },
]
