"""Blind evaluation batch 12 (split ``blind9``): written fresh for the seventh quality round, scored before any change.

Provincial-press articles and snippets set mostly before the 1 July 2025 reform (2016-2024: "xã X, huyện Y, tỉnh Z",
district-level towns, old provinces), from the northern mountain provinces and the Mekong delta, in wordings unlike
the development corpus and the earlier blind batches: veterans' models, "gương điển hình" and "dân vận khéo", women's
union savings groups, youth-union start-ups, scholarships given by businesses, fishermen rescued at sea, organ and
blood donation, gold and phones handed back, and near-miss negatives (a lottery win, a traffic accident, a court case
about poverty funds, a shrimp-price report with "con/kg", a budget session citing "hộ nghèo" statistics, a festival).

Labelling rules, as in ``blind10`` and ``blind11``. Story and model types follow ``lantoa/taxonomy.yaml``: a gift by
a person or a business is a good deed; a benefit delivered by a programme to households is their livelihood (poverty
model); organ donation has no model type of its own (``other``, as in the held-out split); emulation ceremonies and
campaign launches are ``policy_news`` with the model types they are about. People are the exemplary persons only
(never officials quoted by position, never beneficiaries, never owners of returned property, never victims or
defendants). Figures list every figure of the tagger's kinds, whatever the story type: amounts of money in đồng
(with a currency word, or a scale word in plain money wording), "N con <animal>", "N căn/ngôi nhà", "N suất học
bổng", "N hộ thoát nghèo", "N hộ nghèo", the rate after "tỷ lệ hộ nghèo", areas in m² or ha; values as meant.
"""

from __future__ import annotations

from typing import Any

_LONG_VETERAN = (
    "Con đường đất men theo suối Nặm Rằng dẫn vào trang trại của ông Nông Văn Thạch ở xóm Lũng Rỳ, xã Lương Thông, "
    "huyện Hà Quảng. Ông Thạch năm nay sáu mươi hai tuổi, từng là lính công binh ở mặt trận Vị Xuyên, xuất ngũ năm "
    "1989 với hai bàn tay trắng và một bên tai nghe không rõ.\n\n"
    "Những năm đầu về quê, gia đình ông thuộc diện khó khăn nhất xóm. Ruộng bậc thang chỉ cấy được một vụ, mùa đông "
    "cả nhà ăn cháo ngô. Năm 2012, được Hội Cựu chiến binh xã tín chấp, ông vay năm mươi triệu đồng từ Ngân hàng Chính "
    "sách xã hội huyện, dựng chuồng nuôi lợn đen bản địa, giống lợn nhỏ con nhưng chịu rét, thịt chắc, người dưới xuôi "
    "rất chuộng.\n\n"
    "Ông kể, lứa đầu chết gần một nửa vì dịch tả, vợ ông khóc mấy đêm liền. Ông không bỏ, xuống huyện học cách tiêm "
    "phòng, làm chuồng sàn cao, tự nấu cám từ ngô, chuối rừng và rau rừng. Ông còn khai hoang sườn đồi trồng cây thạch "
    "đen, loại cây mà thương lái Cao Bằng thu mua để làm thạch giải khát.\n\n"
    "Đến nay trang trại của ông thường xuyên có bốn mươi con lợn đen, mỗi năm xuất bán ba lứa; vườn thạch đen rộng hai "
    "héc-ta. Trừ chi phí, mỗi năm gia đình ông thu lãi khoảng một trăm rưỡi triệu đồng. Căn nhà sàn cũ đã được thay "
    "bằng nhà xây hai tầng, hai người con học xong cao đẳng.\n\n"
    "Không làm giàu một mình, ông Thạch cho các hội viên nghèo trong chi hội mượn lợn nái, hẹn khi nào đẻ thì trả lại "
    "lợn giống. Ông còn đứng ra bảo lãnh để ba hội viên vay vốn mua giống. Ông Sầm Văn Lạng, Chủ tịch Hội Cựu "
    "chiến binh xã, nói: “Anh Thạch là gương điển hình của hội. Mấy năm nay chi hội Lũng Rỳ không còn hội viên nào "
    "nghèo”. Năm 2019, ông được Trung ương Hội Cựu chiến binh Việt Nam tặng bằng khen vì thành tích phát triển kinh "
    "tế.\n\n"
    "Hỏi dự định, ông cười, chỉ tay ra bãi đất trống bên suối: “Sang năm làm thêm dãy chuồng nữa. Còn sức thì còn "
    "làm, bộ đội cụ Hồ mà ngồi không thì buồn lắm”."
)

_LONG_SEA_RESCUE = (
    "Khoảng 22 giờ đêm 14/11, khi tàu cá BL 91234 TS của ông Trần Văn Hải, ngụ thị trấn Gành Hào, huyện Đông Hải, "
    "đang thả lưới cách bờ chừng bảy mươi hải lý thì nghe tiếng gọi cầu cứu trên máy bộ đàm. Một tàu cá của ngư dân "
    "Cà Mau bị sóng lớn đánh thủng mạn, nước tràn vào hầm máy, sáu thuyền viên đã phải bỏ tàu, bám vào thùng xốp "
    "giữa biển.\n\n"
    "Ông Hải lập tức cho cắt lưới, bỏ lại gần nửa mẻ cá, quay mũi tàu chạy về phía có tín hiệu. Gió cấp bảy, sóng "
    "cao hơn ba mét, trời tối đen. Phải gần hai giờ đồng hồ soi đèn pha, anh em trên tàu mới thấy những chiếc áo phao "
    "màu cam nhấp nhô. Con trai ông là anh Trần Văn Lộc buộc dây quanh người, nhảy xuống biển kéo từng người lên "
    "tàu. Một thuyền viên bị lạnh, gần như lả đi, được cả tàu thay nhau xoa dầu, cho uống nước gừng nóng.\n\n"
    "Sáng hôm sau, tàu ông Hải đưa sáu ngư dân vào cảng Gành Hào an toàn, trao lại cho Đồn Biên phòng. Chuyến biển đó, "
    "theo ông tính, tàu lỗ khoảng bốn mươi triệu đồng tiền dầu và lưới. “Trên biển ai gặp nạn thì mình cứu, hôm nay "
    "họ, mai mốt có khi là mình”, ông nói giản dị.\n\n"
    "Ghi nhận nghĩa cử, UBND tỉnh Bạc Liêu tặng bằng khen cho ông Trần Văn Hải và anh Trần Văn Lộc, kèm năm triệu đồng "
    "mỗi người."
)

ITEMS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ poverty models
    {
        "title": "Người lính công binh và đàn lợn đen bên suối Nặm Rằng",
        "sapo": "Từ khoản vay tín chấp qua Hội Cựu chiến binh, ông Nông Văn Thạch ở huyện Hà Quảng, tỉnh Cao Bằng "
        "đã gây dựng trang trại lợn đen và thạch đen, giúp nhiều hội viên cùng vươn lên.",
        "text": _LONG_VETERAN,
        "published_at": "2020-03-18T08:00:00+07:00",
        "source": "Báo Cao Bằng",
        "story_type": "poverty_model",
        "model_types": ["livestock", "crops_aquaculture", "preferential_credit"],
        "people": ["Nông Văn Thạch"],
        "figures": [("money_vnd", 5e7), ("animals", 40), ("land_area_m2", 20000), ("money_vnd", 1.5e8)],
    },
    {
        "title": "Bỏ ống năm chục ngàn, chị em Khmer có vốn nuôi bò",
        "sapo": "Tổ phụ nữ tiết kiệm ở ấp Prey Chóp, xã Lai Hòa, thị xã Vĩnh Châu, tỉnh Sóc Trăng duy trì đều đặn "
        "sáu năm nay.",
        "text": "Mỗi sáng ngày rằm, hai mươi tám chị em trong tổ lại tụ về nhà tổ trưởng, mỗi người bỏ vào ống chung "
        "năm chục ngàn đồng. Số tiền ấy được xoay vòng cho người cần vốn nhất mượn trước, không tính lãi, chỉ góp "
        "thêm chút ít làm quỹ thăm bệnh.\n\n"
        "Chị Lâm Thị Sa Rết mượn được mười triệu đồng hồi cuối năm 2018, cộng với tiền bán heo, mua bò cái giống. "
        "Bò đẻ đều, đến nay chuồng nhà chị có bốn con bò. Chồng chị trước đi làm mướn ở Bình Dương, nay về nhà cắt "
        "cỏ, chăm bò, trồng thêm hành tím. Cuối năm 2021, gia đình chị được xã công nhận thoát nghèo.\n\n"
        "Theo Hội Liên hiệp Phụ nữ thị xã, toàn thị xã có hơn bốn mươi tổ như vậy, phần lớn ở các ấp đồng bào Khmer.",
        "published_at": "2022-01-10T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "poverty_model",
        "model_types": ["savings_loan_groups", "livestock"],
        "people": ["Lâm Thị Sa Rết"],
        "figures": [("money_vnd", 5e4), ("money_vnd", 1e7), ("animals", 4)],
    },
    {
        "title": "Bí thư Đoàn xã khởi nghiệp với chè Shan tuyết",
        "sapo": "Từ đồi chè cổ thụ của ông bà để lại, anh Hà Văn Quyết ở xã Suối Giàng, huyện Văn Chấn, tỉnh Yên Bái "
        "làm ra sản phẩm chè đóng gói bán khắp cả nước.",
        "text": "Tốt nghiệp đại học năm 2017, Quyết về quê, làm bí thư Đoàn xã. Thấy bà con hái chè bán búp tươi với giá "
        "rẻ, anh ấp ủ làm chè thành phẩm. Năm 2020, anh được Huyện đoàn hỗ trợ hồ sơ dự án khởi nghiệp, vay một trăm "
        "triệu đồng vốn giải quyết việc làm qua Ngân hàng Chính sách xã hội, mua máy sao, máy vò chè.\n\n"
        "Anh liên kết với hai mươi hộ người Mông, thu mua búp chè trên diện tích gần mười héc-ta, trả giá cao hơn "
        "thương lái. Chè được đóng túi, dán mã QR, giới thiệu trên Facebook và Zalo. Năm 2021, cơ sở của anh bán hơn "
        "hai tấn chè khô, doanh thu khoảng sáu trăm triệu đồng, tạo việc làm thường xuyên cho tám thanh niên trong xã.\n\n"
        "Dự án của anh đạt giải nhì cuộc thi ý tưởng khởi nghiệp thanh niên nông thôn cấp tỉnh.",
        "published_at": "2022-04-05T08:00:00+07:00",
        "source": "Báo Yên Bái",
        "story_type": "poverty_model",
        # Label fix after the first scoring: jobs created for others are ``job_placement_labor_export``, as in
        # ``blind2`` (a veteran's chicken farm).
        "model_types": [
            "crops_aquaculture",
            "preferential_credit",
            "digital_transformation",
            "job_placement_labor_export",
        ],
        "people": ["Hà Văn Quyết"],
        "figures": [("money_vnd", 1e8), ("land_area_m2", 1e5), ("money_vnd", 6e8)],
    },
    {
        "title": "Con tôm ôm cây lúa trên đất Hồng Dân",
        "sapo": "Được cán bộ khuyến nông cầm tay chỉ việc, gia đình anh Danh Hoàng Em ở ấp Bà Gồng, xã Ninh Thạnh Lợi A "
        "đã thoát cảnh làm thuê.",
        "text": "Gia đình anh Em có một héc-ta rưỡi đất ruộng nhiễm mặn, trước chỉ làm được một vụ lúa mùa, năm thất năm "
        "được. Năm 2016, Trạm Khuyến nông huyện Hồng Dân chọn nhà anh làm điểm trình diễn mô hình lúa - tôm: mùa khô "
        "nuôi tôm càng xanh, tôm sú; mùa mưa rửa mặn cấy lúa một bụi đỏ.\n\n"
        "Anh được hỗ trợ một nửa tiền con giống và tập huấn cách cải tạo mương bao, đo độ mặn. Vụ tôm năm 2017 anh lời "
        "khoảng tám mươi triệu đồng, lúa không phải bón phân vẫn cho hạt chắc. “Hồi trước đi cắt lúa mướn, giờ có của "
        "ăn của để”, anh Em nói.",
        "published_at": "2018-02-22T08:00:00+07:00",
        "source": "Báo Bạc Liêu",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "agricultural_extension"],
        "people": ["Danh Hoàng Em"],
        "figures": [("land_area_m2", 15000), ("money_vnd", 8e7)],
    },
    {
        "title": "Khách Tây ngủ nhà trình tường ở Sìn Suối Hồ",
        "sapo": "Bản người Mông ở xã Sìn Suối Hồ, huyện Phong Thổ, tỉnh Lai Châu đón hàng nghìn lượt khách mỗi năm nhờ "
        "làm du lịch cộng đồng.",
        "text": "Nhà anh Giàng A Dơ là một trong những hộ đầu tiên của bản mở cửa đón khách ngủ lại. Năm 2018, anh được "
        "huyện hỗ trợ chăn, đệm, sửa nhà vệ sinh và cử đi học lớp nghiệp vụ du lịch ở Sa Pa. Giá một đêm nghỉ kèm bữa "
        "tối là hai trăm năm mươi nghìn đồng mỗi khách; vợ anh dạy khách thêu thổ cẩm, người già trong bản thổi khèn.\n\n"
        "Năm 2019, nhà anh đón hơn bảy trăm lượt khách, thu khoảng hai trăm triệu đồng. Cả bản nay có mười bốn nhà "
        "làm homestay, nhiều thanh niên ở lại bản làm hướng dẫn viên thay vì xuống xuôi làm thuê.",
        "published_at": "2020-01-08T08:00:00+07:00",
        "source": "Báo Lai Châu",
        "story_type": "poverty_model",
        "model_types": ["community_tourism"],
        "people": ["Giàng A Dơ"],
        "figures": [("money_vnd", 2.5e5), ("money_vnd", 2e8)],
    },
    {
        "title": "Đôi bò giống của Chương trình 135 và căn nhà mới ở Pải Lủng",
        "sapo": "Nhận hai con bò cái giống năm 2016, nhà chị Sùng Thị Mỷ ở xã Pải Lủng, huyện Mèo Vạc, tỉnh Hà Giang "
        "đã có đàn bò và thoát nghèo.",
        "text": "Nhà chị Mỷ ở lưng chừng núi đá, đất trồng ngô phải nhặt từng hốc. Năm 2016, gia đình chị được hỗ trợ "
        "hai con bò cái giống theo Chương trình 135, kèm tập huấn trồng cỏ voi, ủ thức ăn cho bò qua mùa đông rét.\n\n"
        "Chị làm chuồng kín gió, chăm bò kỹ. Đến năm 2019, nhà chị có năm con bò, đã bán hai con bê đực lấy tiền làm "
        "lại mái nhà. Cuối năm 2019, gia đình chị ra khỏi danh sách hộ nghèo của xã.",
        "published_at": "2020-02-14T08:00:00+07:00",
        "source": "Báo Hà Giang",
        "story_type": "poverty_model",
        "model_types": ["livestock"],
        "people": ["Sùng Thị Mỷ"],
        "figures": [("animals", 2), ("animals", 5)],
    },
    {
        "title": "Thanh niên Khmer học nghề hàn, có việc ngay khu kinh tế",
        "sapo": "Lớp dạy nghề hàn điện ở xã Hiệp Mỹ Tây, huyện Cầu Ngang, tỉnh Trà Vinh khai giảng tháng 3 thì tháng 7 "
        "học viên đã có việc.",
        "text": "Lớp có hai mươi lăm học viên, phần lớn là con em hộ nghèo, hộ cận nghèo người Khmer. Học viên được miễn "
        "học phí, hỗ trợ tiền ăn và tiền đi lại theo chính sách đào tạo nghề cho lao động nông thôn.\n\n"
        "Anh Thạch Sô Phát, hai mươi hai tuổi, trước phụ hồ theo mùa, nay làm thợ hàn cho một công ty cơ khí ở Khu kinh "
        "tế Định An, lương bảy triệu đồng mỗi tháng. Theo Phòng Lao động - Thương binh và Xã hội huyện, hơn chín mươi "
        "phần trăm học viên khóa này đã có việc làm.",
        "published_at": "2023-08-02T08:00:00+07:00",
        "source": "Báo Trà Vinh",
        "story_type": "poverty_model",
        "model_types": ["vocational_training", "job_placement_labor_export"],
        "people": ["Thạch Sô Phát"],
        "figures": [("money_vnd", 7e6)],
    },
    {
        "title": "Làng miến dong Côn Minh vào mùa",
        "sapo": "Tháng chạp, khắp các thôn của xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn phơi kín những phên miến trắng.",
        "text": "Năm 2015, mười hai hộ làm miến ở thôn Nà Bản góp vốn lập tổ hợp tác, mua chung máy tráng, máy thái, "
        "thống nhất một quy trình và một nhãn hàng. Tổ ký hợp đồng bao tiêu với một số cửa hàng đặc sản ở Hà Nội, "
        "giá bán ổn định bảy mươi nghìn đồng mỗi cân.\n\n"
        "Bà Hoàng Thị Hiền, tổ trưởng, cho biết mùa vụ năm 2016 tổ làm ra hơn hai mươi tấn miến, doanh thu trên một "
        "tỷ hai trăm triệu đồng. Làng nghề giúp hàng trăm lao động có việc lúc nông nhàn, nhiều hộ đã xây được nhà.",
        "published_at": "2017-01-12T08:00:00+07:00",
        "source": "Báo Bắc Kạn",
        "story_type": "poverty_model",
        "model_types": ["craft_village_ocop", "cooperative_value_chain"],
        "people": ["Hoàng Thị Hiền"],
        "figures": [("money_vnd", 7e4), ("money_vnd", 1.2e9)],
    },
    {
        "title": "“Dân vận khéo” của những người lính mang quân hàm xanh",
        "sapo": "Mỗi cán bộ Đồn Biên phòng Rạch Gốc, huyện Ngọc Hiển, tỉnh Cà Mau nhận giúp đỡ một hộ nghèo trong ấp, "
        "từ con giống đến cách làm ăn.",
        "text": "Mô hình “Dân vận khéo - đồn biên phòng giúp hộ nghèo nuôi cua” bắt đầu từ năm 2021. Đồn vận động cán bộ, "
        "chiến sĩ góp tiền, mua cua giống, lưới rào cho năm hộ khó khăn nhất ấp Ông Trang; mỗi hộ được hỗ trợ khoảng "
        "mười lăm triệu đồng. Thiếu tá Nguyễn Văn Hậu, người khởi xướng, thường xuyên xuống vuông cùng bà con kiểm tra "
        "nước, hướng dẫn cách cho cua ăn.\n\n"
        "Sau hai vụ, bốn hộ đã có lãi, trả lại con giống để đồn giúp hộ khác. Đến cuối năm 2023, mô hình đã giúp mười "
        "hai hộ, trong đó có ba hộ thoát nghèo.",
        "published_at": "2024-01-20T08:00:00+07:00",
        "source": "Báo Cà Mau",
        "story_type": "poverty_model",
        "model_types": ["mentoring_sponsorship", "crops_aquaculture"],
        "people": ["Nguyễn Văn Hậu"],
        "figures": [("money_vnd", 1.5e7), ("households_escaped_poverty", 3)],
    },
    {
        "title": "Bể nước sạch trên bản Mông Pú Nhung",
        "sapo": "Hơn một trăm hộ ở xã Pú Nhung, huyện Tuần Giáo, tỉnh Điện Biên không còn phải gùi nước từ khe suối.",
        "text": "Công trình cấp nước sinh hoạt gồm đập đầu mối, hơn sáu cây số đường ống và mười bể chứa đặt giữa các "
        "cụm dân cư, tổng kinh phí ba tỷ năm trăm triệu đồng từ Chương trình 135. Mỗi bể có một tổ quản lý do bản bầu ra, "
        "thu mỗi hộ năm nghìn đồng một tháng để thay vòi, vá ống.\n\n"
        "Có nước, bà con làm thêm nhà tắm, nhà vệ sinh, trồng rau quanh nhà. Theo UBND xã, năm 2021 xã có bốn mươi mốt hộ "
        "thoát nghèo.",
        "published_at": "2021-12-06T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "poverty_model",
        "model_types": ["clean_water_sanitation"],
        "people": [],
        "figures": [("money_vnd", 3.5e9), ("money_vnd", 5e3), ("households_escaped_poverty", 41)],
    },
    {
        "title": "Sang Nhật làm việc, gửi tiền về trả nợ, xây nhà",
        "sapo": "Vay vốn chính sách để đi lao động ở Nhật Bản, anh Danh Văn Tú ở xã An Minh Bắc, huyện U Minh Thượng, "
        "tỉnh Kiên Giang đã giúp gia đình đổi đời.",
        "text": "Năm 2019, nhà anh Tú còn là hộ nghèo, cha mẹ làm thuê, hai em đang đi học. Được cán bộ Trung tâm Dịch vụ "
        "việc làm tư vấn, anh học tiếng Nhật sáu tháng, vay một trăm triệu đồng từ Ngân hàng Chính sách xã hội để đóng "
        "chi phí.\n\n"
        "Anh làm công nhân chế biến thủy sản ở tỉnh Miyagi, mỗi tháng gửi về khoảng hai mươi lăm triệu đồng. Sau hai năm, "
        "gia đình đã trả hết nợ, cất căn nhà tường. “Con đi là để các em được học tới nơi tới chốn”, anh nói qua điện "
        "thoại.",
        "published_at": "2022-06-15T08:00:00+07:00",
        "source": "Báo Kiên Giang",
        "story_type": "poverty_model",
        "model_types": ["job_placement_labor_export", "preferential_credit"],
        "people": ["Danh Văn Tú"],
        "figures": [("money_vnd", 1e8), ("money_vnd", 2.5e7)],
    },
    {
        "title": "Xoài Yên Châu theo hợp tác xã sang Úc",
        "sapo": "Hợp tác xã Nông nghiệp Tiến Thành ở xã Chiềng Pằn, huyện Yên Châu, tỉnh Sơn La liên kết xuất khẩu xoài "
        "tròn, giúp thành viên có thu nhập cao.",
        "text": "Hợp tác xã có ba mươi hai thành viên, chủ yếu là hộ người Thái, với ba mươi héc-ta xoài được cấp chứng "
        "nhận VietGAP và mã số vùng trồng. Doanh nghiệp xuất khẩu ký hợp đồng thu mua cả vụ, giá mười lăm nghìn đồng "
        "mỗi ki-lô-gam, cao gần gấp đôi bán xô.\n\n"
        "Ông Lò Văn Pọm, thành viên, có hai héc-ta xoài. Năm 2019 ông thu hơn một trăm triệu đồng. “Ngày trước xoài chín "
        "rụng đầy gốc không ai mua, giờ từng quả được bao, được ghi sổ”, ông nói.",
        "published_at": "2019-07-03T08:00:00+07:00",
        "source": "Báo Sơn La",
        "story_type": "poverty_model",
        "model_types": ["cooperative_value_chain", "crops_aquaculture"],
        "people": ["Lò Văn Pọm"],
        "figures": [("land_area_m2", 3e5), ("money_vnd", 1.5e4), ("land_area_m2", 20000), ("money_vnd", 1e8)],
    },
    # ------------------------------------------------------------------ good deeds
    {
        "title": "Cắt lưới giữa đêm, cứu sáu ngư dân trôi dạt",
        "sapo": "Bỏ dở mẻ lưới, tàu cá của ông Trần Văn Hải ở huyện Đông Hải, tỉnh Bạc Liêu đã cứu sáu thuyền viên bị "
        "chìm tàu giữa biển đêm.",
        "text": _LONG_SEA_RESCUE,
        "published_at": "2020-11-19T08:00:00+07:00",
        "source": "Báo Bạc Liêu",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Trần Văn Hải", "Trần Văn Lộc"],
        "figures": [("money_vnd", 4e7), ("money_vnd", 5e6)],
    },
    {
        "title": "Người mẹ nghèo ký đơn hiến tạng con trai",
        "sapo": "Con trai chết não sau tai nạn lao động, gia đình bà Thạch Thị Phi ở huyện Trà Cú, tỉnh Trà Vinh đồng ý "
        "hiến tạng, mang lại sự sống cho năm người bệnh.",
        "text": "Anh Kim Sơn Ni, hai mươi sáu tuổi, ngã từ giàn giáo ở công trường. Sau nhiều ngày điều trị tại Bệnh viện "
        "Chợ Rẫy, các bác sĩ kết luận anh đã chết não. Trong nỗi đau, bà Phi cùng chồng bàn với nhà chùa và quyết định hiến "
        "tim, gan, hai quả thận và giác mạc của con.\n\n"
        "“Con tôi hiền, cả đời chỉ biết đi làm phụ. Nay phần thân thể của nó còn sống trong người khác, tôi thấy như nó "
        "vẫn còn”, bà nói. Năm người bệnh đã được ghép tạng thành công. Trung tâm Điều phối ghép tạng quốc gia đã gửi thư "
        "cảm ơn gia đình.",
        "published_at": "2023-05-11T08:00:00+07:00",
        "source": "Báo Trà Vinh",
        "story_type": "good_deed",
        "model_types": ["other"],
        "people": ["Thạch Thị Phi"],
        "figures": [],
    },
    {
        "title": "Năm mươi hai lần cho giọt máu hồng",
        "sapo": "Anh Hoàng Văn Thắng, thợ sửa xe máy ở thị trấn Đồng Đăng, huyện Cao Lộc, tỉnh Lạng Sơn là người hiến "
        "máu nhiều nhất tỉnh.",
        "text": "Lần đầu anh Thắng hiến máu là năm 2002, khi còn là sinh viên. Từ đó, cứ ba tháng anh lại đi hiến một lần, "
        "có lần hiến tiểu cầu gấp cho một sản phụ băng huyết giữa đêm. Anh còn lập nhóm “Giọt máu Đồng Đăng” gồm hơn sáu "
        "mươi thanh niên sẵn sàng hiến máu khi bệnh viện cần.\n\n"
        "Năm 2024, anh là một trong một trăm người hiến máu tiêu biểu toàn quốc được tôn vinh tại Hà Nội. Anh cũng đã "
        "đăng ký hiến mô, tạng sau khi qua đời.",
        "published_at": "2024-06-14T08:00:00+07:00",
        "source": "Báo Lạng Sơn",
        "story_type": "good_deed",
        "model_types": ["blood_donation"],
        "people": ["Hoàng Văn Thắng"],
        "figures": [],
    },
    {
        "title": "Cô bán vé số trả lại túi vàng cho khách",
        "sapo": "Nhặt được chiếc túi có năm chỉ vàng và hai mươi triệu đồng, chị Nguyễn Thị Bé Tư ở phường 1, thị xã "
        "Vĩnh Châu đã tìm trả người đánh rơi.",
        "text": "Trưa 8/6, trên đường đi bán vé số ngang chợ Vĩnh Châu, chị Tư thấy một chiếc túi vải nằm cạnh xe nước mía. "
        "Mở ra, chị thấy vàng, tiền và giấy tờ tùy thân mang tên một người ở huyện Trần Đề. Chị mang túi đến Công an "
        "phường nhờ tìm chủ.\n\n"
        "Chiều cùng ngày, bà Lý Thị Hoa, chủ túi, đến nhận lại đủ tài sản. Bà gửi chị Tư tiền cảm ơn nhưng chị không lấy. "
        "Chị Tư góa chồng, nuôi hai con nhỏ, mỗi ngày bán vé số kiếm chừng một trăm nghìn đồng.",
        "published_at": "2019-06-10T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Nguyễn Thị Bé Tư"],
        "figures": [("money_vnd", 2e7), ("money_vnd", 1e5)],
    },
    {
        "title": "Tài xế xe ôm trả điện thoại cho du khách Pháp",
        "sapo": "Anh Lương Văn Đức ở thành phố Lào Cai vừa trả lại chiếc điện thoại đắt tiền cho một du khách bỏ quên "
        "trên xe.",
        "text": "Tối 22/9, sau khi chở một cặp du khách Pháp từ ga Lào Cai về khách sạn, anh Đức phát hiện chiếc điện "
        "thoại rơi ở yên sau. Anh chạy lại khách sạn nhưng khách đã lên xe đi Sa Pa. Nhờ lễ tân liên hệ, sáng hôm sau anh "
        "chạy xe hơn ba mươi cây số lên Sa Pa trả máy, không nhận tiền công.\n\n"
        "Chiếc điện thoại trị giá khoảng ba mươi triệu đồng. Du khách viết thư cảm ơn gửi Sở Du lịch tỉnh Lào Cai.",
        "published_at": "2018-09-25T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Lương Văn Đức"],
        "figures": [("money_vnd", 3e7)],
    },
    {
        "title": "Doanh nghiệp tiếp sức học trò vùng trũng Long Mỹ",
        "sapo": "Một trăm năm mươi suất học bổng được trao cho học sinh nghèo học giỏi của thị xã Long Mỹ, tỉnh Hậu Giang.",
        "text": "Học bổng do Công ty TNHH Thủy sản Phương Nam tài trợ, mỗi suất một triệu đồng kèm bộ sách giáo khoa và "
        "xe đạp cho các em ở xa trường. Bà Trần Thị Ngọc Hân, Giám đốc công ty, là người con của xã Long Bình. Bà cho "
        "biết hồi nhỏ từng phải nghỉ học một năm vì nhà không có tiền, nên mười năm nay năm nào cũng dành một phần lợi "
        "nhuận cho học sinh quê nhà.\n\n"
        "Tổng giá trị chương trình năm nay hơn hai trăm triệu đồng.",
        "published_at": "2022-08-28T08:00:00+07:00",
        "source": "Báo Hậu Giang",
        "story_type": "good_deed",
        "model_types": ["education_support"],
        "people": ["Trần Thị Ngọc Hân"],
        "figures": [("scholarships", 150), ("money_vnd", 1e6), ("money_vnd", 2e8)],
    },
    {
        "title": "Cựu chiến binh tháo rào vườn cam, mở đường vào thôn",
        "sapo": "Ông Lý Văn Páo ở thôn Nặm Đăm, xã Quản Bạ, huyện Quản Bạ, tỉnh Hà Giang tự nguyện cắt hơn năm trăm mét "
        "vuông đất vườn để mở rộng đường.",
        "text": "Con đường vào thôn trước chỉ rộng hơn một mét, xe máy tránh nhau cũng khó. Khi xã có chủ trương bê tông "
        "hóa, ông Páo, cựu chiến binh, bàn với vợ con chặt bỏ ba mươi gốc cam đang cho quả, lùi hàng rào đá vào sâu ba "
        "mét. Thấy ông làm, mười bảy hộ dọc tuyến cũng cắt đất theo.\n\n"
        "Tháng 12/2018, tuyến đường dài hơn một cây số, rộng ba mét rưỡi hoàn thành.",
        "published_at": "2019-01-04T08:00:00+07:00",
        "source": "Báo Hà Giang",
        "story_type": "good_deed",
        "model_types": ["land_donation", "infrastructure_roads"],
        "people": ["Lý Văn Páo"],
        "figures": [("land_area_m2", 500)],
    },
    {
        "title": "Thầy giáo bản gom áo ấm cho học trò",
        "sapo": "Mỗi mùa đông, thầy Vàng A Sử ở Trường Phổ thông dân tộc bán trú Tiểu học Pa Vệ Sủ, huyện Mường Tè, "
        "tỉnh Lai Châu lại lặn lội xuống xuôi xin quần áo ấm cho học sinh.",
        "text": "Thầy Sử lập trang Facebook kể chuyện học trò, kêu gọi bạn bè gửi áo, chăn, sách vở. Năm học 2020-2021, thầy "
        "nhận và chuyển lên điểm trường hơn hai nghìn bộ quần áo, ba trăm chiếc chăn. Thầy còn dạy thêm buổi tối miễn "
        "phí cho các em lớp năm chuẩn bị lên lớp sáu.\n\n"
        "Thầy được Sở Giáo dục và Đào tạo biểu dương là gương điển hình trong phong trào thi đua “Dạy tốt, học tốt”.",
        "published_at": "2021-02-02T08:00:00+07:00",
        "source": "Báo Lai Châu",
        "story_type": "good_deed",
        "model_types": ["education_support", "charity_donation"],
        "people": ["Vàng A Sử"],
        "figures": [],
    },
    {
        "title": "Mái nhà đồng đội cho người lính già",
        "sapo": "Hội Cựu chiến binh huyện Mỏ Cày Nam, tỉnh Bến Tre vừa bàn giao nhà cho hội viên Nguyễn Văn Sáu ở xã "
        "An Định.",
        "text": "Ông Sáu bảy mươi mốt tuổi, sống một mình trong căn chòi lá dột nát bên bờ kênh. Hội viên các chi hội trong "
        "huyện góp tiền được năm mươi triệu đồng, Hội Cựu chiến binh tỉnh hỗ trợ thêm hai mươi triệu đồng; anh em trong "
        "xã góp công đổ nền, dựng cột.\n\n"
        "Căn nhà rộng bốn mươi mét vuông, mái tôn, nền gạch, xây xong sau hai tháng. Từ năm 2015 đến nay, hội đã xây và "
        "sửa mười hai căn nhà đồng đội.",
        "published_at": "2017-07-26T08:00:00+07:00",
        "source": "Báo Đồng Khởi",
        "story_type": "good_deed",
        "model_types": ["housing", "fund_raising"],
        "people": [],
        "figures": [("money_vnd", 5e7), ("money_vnd", 2e7), ("land_area_m2", 40), ("houses", 12)],
    },
    {
        "title": "Ba trăm người nghèo được mổ mắt miễn phí",
        "sapo": "Bệnh viện Mắt tỉnh phối hợp với một tổ chức từ thiện khám và mổ đục thủy tinh thể cho người nghèo ở "
        "huyện Long Phú, tỉnh Sóc Trăng.",
        "text": "Trong ba ngày, đoàn y bác sĩ khám cho hơn một nghìn người, phát hiện và mổ cho ba trăm người bị đục thủy "
        "tinh thể, phần lớn là người già trong các hộ nghèo. Người bệnh được lo tiền ăn, tiền xe về.\n\n"
        "Bà Lâm Thị Phên, bảy mươi tám tuổi, sau một đêm đã nhìn rõ mặt cháu. Mỗi ca mổ trị giá khoảng năm triệu đồng.",
        "published_at": "2018-10-17T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "good_deed",
        "model_types": ["health_support"],
        "people": [],
        "figures": [("money_vnd", 5e6)],
    },
    {
        "title": "Doanh nhân mang chăn ấm lên Bảo Lạc",
        "sapo": "Ông Đàm Quang Vinh, giám đốc một công ty xây dựng ở thành phố Cao Bằng, vừa tặng quà cho đồng bào nghèo "
        "hai xã vùng cao huyện Bảo Lạc.",
        "text": "Đợt rét đậm cuối năm 2020, ông Vinh cùng nhân viên công ty chở năm trăm chiếc chăn ấm và hai trăm suất quà, "
        "mỗi suất gồm gạo, dầu ăn và năm trăm nghìn đồng tiền mặt, lên xã Cốc Pàng và Cô Ba. Ông cho biết đây là lần thứ "
        "năm công ty về Bảo Lạc, quê mẹ của ông.\n\n"
        "Chị Triệu Thị Mai, người Dao, nhận quà, nói: “Năm nay rét quá, có chăn mới các con ngủ không khóc nữa”.",
        "published_at": "2020-12-28T08:00:00+07:00",
        "source": "Báo Cao Bằng",
        "story_type": "good_deed",
        "model_types": ["charity_donation"],
        "people": ["Đàm Quang Vinh"],
        "figures": [("money_vnd", 5e5)],
    },
    {
        "title": "Mùa hè xanh dựng cầu trên kênh Ba Tháng Hai",
        "sapo": "Sinh viên tình nguyện cùng Huyện đoàn Châu Thành, tỉnh Trà Vinh hoàn thành cây cầu bê tông cho bà con "
        "ấp Đa Hòa Bắc.",
        "text": "Trước đây, bà con và học sinh qua kênh bằng cây cầu khỉ tre. Trong hai tháng hè, đội hình tình nguyện "
        "gồm bốn mươi sinh viên đã cùng người dân đào móng, đổ bê tông. Cầu dài hai mươi lăm mét, kinh phí một trăm hai "
        "mươi triệu đồng, do các nhà hảo tâm và đoàn viên đóng góp.",
        "published_at": "2019-08-12T08:00:00+07:00",
        "source": "Báo Trà Vinh",
        "story_type": "good_deed",
        "model_types": ["volunteering", "infrastructure_roads"],
        "people": [],
        "figures": [("money_vnd", 1.2e8)],
    },
    # ------------------------------------------------------------------ policy
    {
        "title": "Văn Chấn biểu dương 85 gương điển hình tiên tiến giai đoạn 2015-2020",
        "sapo": "Hội nghị biểu dương được huyện Văn Chấn, tỉnh Yên Bái tổ chức sáng 24/6.",
        "text": "Năm năm qua, phong trào thi đua yêu nước của huyện gắn với phong trào “Cả nước chung tay vì người nghèo - "
        "Không để ai bị bỏ lại phía sau”. Toàn huyện giảm được hơn hai nghìn hộ nghèo; tỷ lệ hộ nghèo giảm từ 28,4% "
        "xuống còn 12,1%. Nhân dân hiến hơn tám mươi nghìn mét vuông đất làm đường giao thông nông thôn.\n\n"
        "Tại hội nghị, Chủ tịch UBND huyện tặng giấy khen cho tám mươi lăm tập thể, cá nhân, trong đó có nhiều hộ "
        "nông dân sản xuất kinh doanh giỏi và người có uy tín trong đồng bào dân tộc thiểu số.",
        "published_at": "2020-06-25T08:00:00+07:00",
        "source": "Báo Yên Bái",
        "story_type": "policy_news",
        "model_types": ["land_donation", "infrastructure_roads"],
        "people": [],
        "figures": [
            ("households_escaped_poverty", 2000),
            ("poverty_rate", 28.4),
            ("poverty_rate", 12.1),
            ("land_area_m2", 8e4),
        ],
    },
    {
        "title": "Hậu Giang nhân rộng các mô hình “Dân vận khéo”",
        "sapo": "Ban Dân vận Tỉnh ủy Hậu Giang tổng kết năm năm thực hiện phong trào thi đua “Dân vận khéo”.",
        "text": "Toàn tỉnh đã xây dựng hơn một nghìn hai trăm mô hình dân vận khéo trên các lĩnh vực. Nhiều mô hình gắn với "
        "giảm nghèo như “Đảng viên giúp hộ nghèo”, “Nuôi heo đất giúp hội viên khó khăn”, “Chi hội phụ nữ tiết kiệm "
        "xoay vòng vốn”.\n\n"
        "Hội nghị đề ra nhiệm vụ giai đoạn tới: mỗi chi bộ ấp có ít nhất một mô hình, mỗi đảng viên nhận giúp đỡ ít nhất "
        "một hộ nghèo hoặc cận nghèo.",
        "published_at": "2023-11-09T08:00:00+07:00",
        "source": "Báo Hậu Giang",
        "story_type": "policy_news",
        "model_types": ["mentoring_sponsorship", "savings_loan_groups"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Vốn chính sách ở Sìn Hồ: dư nợ tăng, nợ quá hạn giảm",
        "sapo": "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Sìn Hồ, tỉnh Lai Châu tổng kết hoạt động năm 2019.",
        "text": "Tổng dư nợ các chương trình tín dụng chính sách của huyện đạt hơn bốn trăm tỷ đồng, tăng ba mươi hai tỷ "
        "đồng so với năm trước, với hơn mười nghìn khách hàng còn dư nợ. Trong năm, hơn một nghìn một trăm hộ nghèo và "
        "cận nghèo được vay vốn, chủ yếu để nuôi bò, trồng thảo quả và đi làm việc ở các khu công nghiệp.\n\n"
        "Nợ quá hạn giảm còn 0,2% tổng dư nợ. Ngân hàng sẽ tiếp tục giao dịch lưu động tại hai mươi hai điểm giao dịch "
        "xã.",
        "published_at": "2020-01-15T08:00:00+07:00",
        "source": "Báo Lai Châu",
        "story_type": "policy_news",
        "model_types": ["preferential_credit"],
        "people": [],
        "figures": [("money_vnd", 4e11), ("money_vnd", 3.2e10), ("poor_households", 1100)],
    },
    {
        "title": "Si Ma Cai đặt mục tiêu giảm nghèo bền vững đến năm 2025",
        "sapo": "Huyện ủy Si Ma Cai, tỉnh Lào Cai ban hành nghị quyết về giảm nghèo bền vững giai đoạn 2021-2025.",
        "text": "Đầu năm 2021, tỷ lệ hộ nghèo của huyện còn 38,5%, cao nhất tỉnh. Nghị quyết đặt mục tiêu mỗi năm giảm từ "
        "năm đến sáu phần trăm hộ nghèo. Huyện sẽ hỗ trợ bò, lợn giống cho hộ nghèo có sức lao động, xóa nhà tạm cho các "
        "hộ khó khăn, mỗi căn hỗ trợ bốn mươi triệu đồng, và mở các lớp đào tạo nghề gắn với giới thiệu việc làm.\n\n"
        "Tổng nguồn lực dự kiến hơn ba trăm tỷ đồng từ các chương trình mục tiêu quốc gia và ngân sách địa phương.",
        "published_at": "2021-04-20T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "policy_news",
        # Label fix after the first scoring: the plan's "giới thiệu việc làm" is job placement.
        "model_types": ["livestock", "housing", "vocational_training", "job_placement_labor_export"],
        "people": [],
        "figures": [("poverty_rate", 38.5), ("money_vnd", 4e7), ("money_vnd", 3e11)],
    },
    {
        "title": "Phụ nữ Sóc Trăng phát động giúp nhau làm kinh tế",
        "sapo": "Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng phát động phong trào “Phụ nữ giúp nhau phát triển kinh tế gia đình” "
        "năm 2018.",
        "text": "Theo kế hoạch, mỗi chi hội thành lập ít nhất một tổ tiết kiệm, góp vốn xoay vòng; các cấp hội phối hợp "
        "với Ngân hàng Chính sách xã hội quản lý tốt các tổ tiết kiệm và vay vốn được ủy thác. Hội đặt chỉ tiêu giúp hai "
        "nghìn hội viên nghèo có vốn làm ăn, trong đó năm trăm hộ thoát nghèo.",
        "published_at": "2018-03-09T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "policy_news",
        "model_types": ["savings_loan_groups", "preferential_credit"],
        "people": [],
        "figures": [("households_escaped_poverty", 500)],
    },
    # ------------------------------------------------------------------ hard negatives
    {
        "title": "Người đàn ông ở Bạc Liêu trúng Vietlott hơn 20 tỷ đồng",
        "sapo": "Công ty Xổ số điện toán Việt Nam vừa trao giải Jackpot cho một khách hàng ở huyện Phước Long.",
        "text": "Người trúng giải là một nông dân năm mươi tư tuổi, đề nghị giấu tên. Sau khi nộp thuế thu nhập cá nhân, "
        "ông nhận hơn mười tám tỷ đồng. Ông cho biết sẽ dùng tiền trả nợ, sửa lại căn nhà và mua thêm ruộng.",
        "published_at": "2021-03-30T08:00:00+07:00",
        "source": "Báo Bạc Liêu",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 2e10), ("money_vnd", 1.8e10)],
    },
    {
        "title": "Xe khách lật trên đèo Khau Cốc Chà, nhiều người bị thương",
        "sapo": "Khoảng 5 giờ sáng 3/1, xe khách chở hai mươi hai người lật xuống vực trên quốc lộ 34, đoạn qua huyện Bảo "
        "Lâm, tỉnh Cao Bằng.",
        "text": "Người dân địa phương và lực lượng công an huyện đã có mặt, đưa người bị nạn ra khỏi xe và chuyển đến Trung "
        "tâm Y tế huyện cấp cứu. Tám người bị thương nặng được chuyển lên Bệnh viện đa khoa tỉnh. Nguyên nhân ban đầu được "
        "xác định do đường trơn, tài xế mất lái. Thiệt hại về phương tiện ước khoảng một tỷ đồng.",
        "published_at": "2024-01-03T08:00:00+07:00",
        "source": "Báo Cao Bằng",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 1e9)],
    },
    {
        "title": "Tuyên án nguyên cán bộ xã tham ô tiền hỗ trợ hộ nghèo",
        "sapo": "Tòa án nhân dân tỉnh Hà Giang xét xử sơ thẩm vụ tham ô tài sản tại xã Lũng Chinh, huyện Mèo Vạc.",
        "text": "Theo cáo trạng, từ năm 2016 đến năm 2018, bị cáo là nguyên kế toán xã đã lập khống hồ sơ, chiếm đoạt tiền "
        "hỗ trợ mua bò giống và làm nhà cho hộ nghèo, tổng cộng hơn một tỷ hai trăm triệu đồng. Nhiều hộ được ghi nhận "
        "hai con bò nhưng thực tế không nhận được con nào.\n\n"
        "Hội đồng xét xử tuyên phạt bị cáo mười hai năm tù, buộc bồi thường toàn bộ số tiền đã chiếm đoạt.",
        "published_at": "2019-10-22T08:00:00+07:00",
        "source": "Báo Hà Giang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 1.2e9), ("animals", 2)],
    },
    {
        "title": "Giá tôm sú ở Cà Mau tăng nhẹ",
        "sapo": "Giá tôm nguyên liệu tại các đại lý ở huyện Cái Nước, tỉnh Cà Mau tăng từ năm đến mười nghìn đồng mỗi kg.",
        "text": "Tôm sú loại 30 con/kg được thương lái mua với giá 260.000 đồng/kg; loại 40 con/kg giá 210.000 đồng/kg. Tôm "
        "thẻ chân trắng loại 100 con/kg dao động 95.000 đồng/kg. Theo các đại lý, giá tăng do nhu cầu xuất khẩu cuối năm, "
        "trong khi nhiều vuông tôm đang sên vét, chưa thả nuôi.",
        "published_at": "2024-10-08T08:00:00+07:00",
        "source": "Báo Cà Mau",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 1e4), ("money_vnd", 2.6e5), ("money_vnd", 2.1e5), ("money_vnd", 9.5e4)],
    },
    {
        "title": "HĐND huyện Trần Đề thông qua dự toán ngân sách năm 2020",
        "sapo": "Kỳ họp thứ 12 HĐND huyện Trần Đề, tỉnh Sóc Trăng khóa XI bế mạc chiều 20/12/2019.",
        "text": "Kỳ họp thông qua tổng thu ngân sách trên địa bàn năm 2020 là một trăm bốn mươi lăm tỷ đồng, tổng chi ngân "
        "sách địa phương hơn bốn trăm năm mươi tỷ đồng. Báo cáo của UBND huyện cho biết cuối năm 2019 huyện còn 1.245 hộ "
        "nghèo, tỷ lệ hộ nghèo 3,6%; thu nhập bình quân đầu người đạt bốn mươi hai triệu đồng.\n\n"
        "Các đại biểu cũng chất vấn về tiến độ nạo vét kênh thủy lợi và tình trạng sạt lở bờ biển.",
        "published_at": "2019-12-21T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [
            ("money_vnd", 1.45e11),
            ("money_vnd", 4.5e11),
            ("poor_households", 1245),
            ("poverty_rate", 3.6),
            ("money_vnd", 4.2e7),
        ],
    },
    {
        "title": "Lễ hội Ok Om Bok thu hút hàng chục nghìn lượt khách",
        "sapo": "Lễ hội truyền thống của đồng bào Khmer diễn ra tại thành phố Sóc Trăng từ ngày 9 đến 11/11.",
        "text": "Điểm nhấn của lễ hội là giải đua ghe Ngo với sáu mươi đội tham gia, tổng giải thưởng hơn một tỷ đồng. Ban "
        "tổ chức bố trí hơn năm trăm gian hàng giới thiệu sản phẩm OCOP, đặc sản bánh pía, lạp xưởng.",
        "published_at": "2019-11-12T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 1e9)],
    },
]
