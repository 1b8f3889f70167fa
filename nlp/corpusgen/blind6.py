"""Blind evaluation batch 6 (split ``blind3``, part 2): long articles, policy news and hard negatives.

Written fresh for the third blind measurement, before the tagger was run on them; never used for training or for
tuning cue lists on its wording.
"""

from __future__ import annotations

from typing import Any

_LONG_NHAN_DAN = (
    "Ở thôn Khe Lim, nhắc đến anh Hoàng Văn Thắm, người Tày, ai cũng biết. Mười năm trước, gia đình anh "
    "thuộc diện nghèo nhất thôn: nhà tranh vách nứa, ba đứa con nhỏ, ruộng chỉ đủ cấy hai sào.\n\n"
    "Anh đi làm thuê khắp nơi, từ phụ hồ dưới xuôi đến khai thác gỗ rừng trồng thuê cho người ta. Những lần "
    "đi làm thuê giúp anh nhận ra: đất đồi ở quê mình bỏ hoang nhiều, trong khi người ta trồng quế, trồng "
    "keo đều có thu.\n\n"
    "Năm 2016, anh xin nhận khoán 5 ha đất đồi của lâm trường cũ, vừa trồng keo, vừa xen quế. Những năm đầu "
    "chưa có thu, anh nuôi thêm lợn đen thả vườn, gà ri để lấy ngắn nuôi dài. Vốn liếng lúc đầu là 30 triệu "
    "đồng vay của Ngân hàng Chính sách xã hội huyện và tiền anh em họ hàng cho mượn.\n\n"
    "Lứa keo đầu tiên thu hoạch năm 2022 mang về cho gia đình hơn 400 triệu đồng. Anh xây căn nhà sàn mới, "
    "mua xe tải nhỏ để chở keo, chở phân bón thuê cho bà con.\n\n"
    "Điều người dân Khe Lim quý ở anh Thắm là không giữ nghề cho riêng mình. Anh đi cùng cán bộ khuyến nông "
    "xã đến từng nhà chỉ cách chọn giống, đào hố, bón lót; ai thiếu cây giống thì anh cho nợ đến khi thu "
    "hoạch mới trả.\n\n"
    "Thôn Khe Lim có 96 hộ thì nay đã có hơn 70 hộ trồng rừng, trồng quế. Năm 2024, thôn chỉ còn 3 hộ nghèo. "
    "Anh Thắm được bầu làm trưởng thôn, được UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong "
    "trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.\n\n"
    "Trò chuyện với chúng tôi, anh Thắm vẫn giản dị: “Mình nghèo mãi rồi cũng quen, nhưng nhìn con không có "
    "áo mặc đi học thì không chịu được. Phải làm thôi”."
)

_LONG_POLICY_NQ = (
    "Sáng 9/12, HĐND tỉnh khóa X khai mạc kỳ họp thứ 24 (kỳ họp thường lệ cuối năm). Tham dự có lãnh đạo "
    "Tỉnh ủy, UBND, Ủy ban MTTQ Việt Nam tỉnh và các đại biểu HĐND tỉnh.\n\n"
    "Tại kỳ họp, các đại biểu xem xét, thông qua 32 nghị quyết quan trọng, trong đó có nghị quyết quy định "
    "mức hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo giai đoạn 2025 - 2026. Theo đó, mỗi hộ "
    "xây mới được hỗ trợ 60 triệu đồng, sửa chữa 30 triệu đồng từ ngân sách tỉnh, ngoài phần hỗ trợ của "
    "Trung ương.\n\n"
    "Kỳ họp cũng thông qua kế hoạch đầu tư công trung hạn, dự toán ngân sách năm 2025, bảng giá đất, danh "
    "mục các dự án cần thu hồi đất và chuyển mục đích sử dụng đất lúa.\n\n"
    "Phát biểu khai mạc, Chủ tịch HĐND tỉnh đề nghị các đại biểu tập trung thảo luận, đánh giá đúng, trúng "
    "kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024; làm rõ những hạn chế trong giải ngân "
    "vốn đầu tư công, cải cách thủ tục hành chính, sắp xếp tổ chức bộ máy.\n\n"
    "Theo báo cáo của UBND tỉnh, năm 2024 tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 7,8%; thu ngân sách "
    "vượt dự toán 12%; tỷ lệ hộ nghèo giảm còn 2,1%. Kỳ họp dự kiến diễn ra trong ba ngày."
)

_LONG_OTHER_FLOOD = (
    "Do ảnh hưởng của hoàn lưu bão số 3, từ đêm 8/9 đến sáng 10/9, trên địa bàn tỉnh có mưa to đến rất to, "
    "lượng mưa phổ biến 200 - 350 mm, có nơi trên 400 mm.\n\n"
    "Mưa lớn gây ngập úng cục bộ tại nhiều xã vùng thấp, làm hơn 2.300 ha lúa mùa, 600 ha hoa màu bị ngập "
    "nước. Nhiều tuyến đường giao thông nông thôn bị sạt lở taluy dương, ách tắc cục bộ. Hơn 40 căn nhà bị tốc "
    "mái, 12 hộ phải di dời khẩn cấp do nguy cơ sạt lở đất.\n\n"
    "Về chăn nuôi, khoảng 15.000 con gia cầm bị chết, nhiều ao nuôi cá của người dân bị tràn bờ. Ngành nông "
    "nghiệp đang thống kê thiệt hại, hướng dẫn bà con tiêu úng, khôi phục sản xuất ngay sau khi nước rút.\n\n"
    "Ban Chỉ huy phòng thủ dân sự tỉnh yêu cầu các địa phương tiếp tục theo dõi chặt chẽ diễn biến mưa lũ, "
    "không để người dân qua lại các ngầm tràn, đoạn đường bị ngập sâu, chủ động phương án sơ tán dân ở vùng "
    "có nguy cơ lũ quét."
)

ITEMS: list[dict[str, Any]] = [
    {
        "title": "Người trưởng thôn trồng rừng giỏi ở Khe Lim",
        "sapo": "Từ hộ nghèo nhất thôn, anh Hoàng Văn Thắm (xã Xuân Giang, Tuyên Quang) đã thành người dẫn đường cho "
        "bà con trồng rừng, trồng quế.",
        "text": _LONG_NHAN_DAN,
        "published_at": "2025-01-20T08:00:00+07:00",
        "source": "Nhân Dân",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "livestock", "preferential_credit", "agricultural_extension"],
        "people": ["Hoàng Văn Thắm"],
        "figures": [("money_vnd", 3e7), ("money_vnd", 4e8)],
    },
    {
        "title": "HĐND tỉnh khai mạc kỳ họp cuối năm",
        "sapo": "Kỳ họp xem xét 32 nghị quyết, trong đó có mức hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo.",
        "text": _LONG_POLICY_NQ,
        "published_at": "2024-12-09T08:00:00+07:00",
        "source": "Cổng thông tin điện tử tỉnh Thái Bình",
        "story_type": "policy_news",
        "model_types": ["housing"],
        "people": [],
        "figures": [("money_vnd", 6e7), ("money_vnd", 3e7)],
    },
    {
        "title": "Mưa lớn gây ngập hơn 2.300 ha lúa, nhiều nhà tốc mái",
        "sapo": "Hoàn lưu bão số 3 gây mưa to đến rất to, ngành chức năng đang thống kê thiệt hại.",
        "text": _LONG_OTHER_FLOOD,
        "published_at": "2024-09-10T08:00:00+07:00",
        "source": "Báo Phú Thọ",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Ngân hàng Chính sách xã hội giải ngân 1.500 tỷ đồng cho vay học sinh, sinh viên",
        "sapo": "Mức cho vay tối đa tăng lên 4 triệu đồng/tháng/học sinh, sinh viên từ năm học 2024 - 2025.",
        "text": "Theo quyết định của Thủ tướng Chính phủ, học sinh, sinh viên thuộc hộ nghèo, hộ cận nghèo, hộ có mức "
        "sống trung bình hoặc gia đình gặp khó khăn đột xuất được vay vốn để trang trải chi phí học tập với lãi suất "
        "ưu đãi 0,55%/tháng.\n\n"
        "Đến nay, Ngân hàng Chính sách xã hội đã giải ngân hơn 1.500 tỷ đồng cho trên 45.000 học sinh, sinh viên. "
        "Ngân hàng yêu cầu các chi nhánh phối hợp với các trường, chính quyền cơ sở rà soát nhu cầu, không để sinh viên "
        "nào phải nghỉ học vì thiếu tiền.",
        "published_at": "2024-10-02T08:00:00+07:00",
        "source": "Báo Tin tức",
        "story_type": "policy_news",
        "model_types": ["preferential_credit", "education_support"],
        "people": [],
        "figures": [("money_vnd", 1.5e12)],
    },
    {
        "title": "Tỉnh phê duyệt đề án phát triển du lịch nông thôn gắn với giảm nghèo",
        "sapo": "Đề án đặt mục tiêu đến năm 2030 có 20 điểm du lịch cộng đồng đạt chuẩn, tạo việc làm cho 3.000 lao động nông thôn.",
        "text": "UBND tỉnh Lào Cai vừa ban hành quyết định phê duyệt Đề án phát triển du lịch nông thôn giai đoạn 2025 - "
        "2030. Đề án ưu tiên các thôn, bản có cảnh quan, văn hóa đặc sắc của đồng bào Dao, Mông, Giáy.\n\n"
        "Các hộ làm dịch vụ lưu trú tại nhà dân được hỗ trợ cải tạo nhà vệ sinh, mua sắm trang thiết bị, đào tạo kỹ "
        "năng phục vụ, ngoại ngữ. Tổng kinh phí thực hiện khoảng 180 tỷ đồng.",
        "published_at": "2025-05-22T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "policy_news",
        "model_types": ["community_tourism", "vocational_training"],
        "people": [],
        "figures": [("money_vnd", 1.8e11)],
    },
    {
        "title": "Giá lúa tăng, nông dân miền Tây phấn khởi",
        "sapo": "Giá lúa tươi tại ruộng tăng 500 - 700 đồng/kg so với tháng trước, thương lái tranh nhau đặt cọc.",
        "text": "Tại An Giang, lúa OM 18, Đài Thơm 8 được thương lái thu mua từ 7.800 - 8.200 đồng/kg. Với năng suất bình "
        "quân 7 tấn/ha, trừ chi phí nông dân lãi 25 - 30 triệu đồng/ha.\n\n"
        "Theo các doanh nghiệp xuất khẩu, nhu cầu gạo từ Philippines, Indonesia tăng mạnh. Hiệp hội Lương thực khuyến "
        "cáo nông dân không nên bán lúa non, cần giữ hợp đồng với doanh nghiệp để ổn định đầu ra.",
        "published_at": "2023-09-05T08:00:00+07:00",
        "source": "Báo An Giang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Khởi tố cán bộ xã lập khống hồ sơ hỗ trợ hộ nghèo",
        "sapo": "Cơ quan Cảnh sát điều tra đã khởi tố nguyên cán bộ lao động - thương binh và xã hội xã vì chiếm đoạt hơn 400 triệu đồng.",
        "text": "Theo kết quả điều tra, từ năm 2021 đến 2023, bị can lập 38 bộ hồ sơ khống đề nghị hỗ trợ tiền điện, "
        "hỗ trợ nhà ở cho hộ nghèo, sau đó tự ký nhận tiền thay.\n\n"
        "Vụ việc được phát hiện khi một số người dân có tên trong danh sách phản ánh chưa từng nhận tiền. Cơ quan "
        "điều tra đang mở rộng điều tra, làm rõ trách nhiệm của các cá nhân liên quan.",
        "published_at": "2024-08-13T08:00:00+07:00",
        "source": "Báo Bắc Giang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Hợp tác xã sâm Ngọc Linh và những đồng tiền đầu tiên của người Xơ Đăng",
        "sapo": "Tham gia HTX, nhiều hộ ở xã Trà Linh (Quảng Nam) được chia cây giống, học cách trồng sâm dưới tán rừng.",
        "text": "Già làng Hồ Văn Lanh kể, trước đây bà con chỉ đi rừng tìm sâm tự nhiên, ngày càng hiếm. Từ khi có HTX, "
        "mỗi hộ xã viên được nhận 200 - 500 cây sâm giống, cán bộ HTX hướng dẫn làm giàn che, giữ ẩm, phòng thối củ.\n\n"
        "Sâm thu hoạch được HTX mua lại với giá ổn định, một số hộ đã có nguồn thu vài trăm triệu đồng mỗi năm. "
        "Sâm củ của HTX được công nhận sản phẩm OCOP 4 sao.",
        "published_at": "2024-07-30T08:00:00+07:00",
        "source": "Báo Quảng Nam",
        "story_type": "poverty_model",
        "model_types": [
            "cooperative_value_chain",
            "crops_aquaculture",
            "craft_village_ocop",
            "agricultural_extension",
        ],
        "people": [],
        "figures": [],
    },
    {
        "title": "Nghệ An trao 1.200 suất quà Tết cho hộ nghèo miền núi",
        "sapo": "Mỗi suất quà gồm gạo, dầu ăn, áo ấm và 500.000 đồng tiền mặt, trị giá 1 triệu đồng.",
        "text": "Chương trình do Ủy ban MTTQ tỉnh phối hợp với các doanh nghiệp tổ chức tại 5 huyện miền núi phía Tây. "
        "Các đoàn đã đến tận bản xa như Huồi Tụ, Mường Lống để trao quà cho người dân.\n\n"
        "Dịp này, Ban Vận động Quỹ Vì người nghèo tỉnh cũng trao 10 căn nhà Đại đoàn kết cho các hộ đặc biệt khó khăn.",
        "published_at": "2025-01-22T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "good_deed",
        "model_types": ["charity_donation", "housing", "fund_raising"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Trồng ớt xen điều, nông dân Bình Phước tăng thu nhập",
        "sapo": "Nhiều hộ ở xã Đa Kia đã tận dụng khoảng trống giữa vườn điều non để trồng ớt, lãi gần 100 triệu đồng/ha.",
        "text": "Ông Điểu Bình, người S’tiêng ở sóc Bom Bo, cho biết trước đây chỉ trồng điều, mỗi năm thu một lần nên "
        "thường phải vay nóng. Được Hội Nông dân xã hướng dẫn, ông trồng xen 2.000 gốc ớt, ba tháng sau đã có thu.\n\n"
        "Năm 2024, gia đình ông có thu nhập hơn 200 triệu đồng từ điều và ớt, đã thoát nghèo.",
        "published_at": "2024-10-28T08:00:00+07:00",
        "source": "Báo Bình Phước",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "agricultural_extension"],
        "people": ["Điểu Bình"],
        "figures": [],
    },
    {
        "title": "Vận hành tuyến cao tốc Biên Hòa - Vũng Tàu đoạn qua Long Thành",
        "sapo": "Đoạn tuyến dài 18 km chính thức thông xe, rút ngắn thời gian di chuyển từ TP.HCM ra biển.",
        "text": "Dự án được đầu tư hơn 5.000 tỷ đồng, trong đó nhiều hộ dân đã bàn giao mặt bằng sớm. Đại diện chủ đầu "
        "tư cho biết đã hoàn tất chi trả bồi thường, bố trí tái định cư cho các hộ bị ảnh hưởng.\n\n"
        "Khi đưa vào khai thác, tuyến cao tốc giúp giảm tải cho quốc lộ 51, thúc đẩy kết nối sân bay Long Thành.",
        "published_at": "2025-08-19T08:00:00+07:00",
        "source": "Báo Đồng Nai",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Hội Phụ nữ xã “nuôi heo đất” giúp chị em nghèo",
        "sapo": "Mỗi tháng mỗi hội viên bỏ heo đất 50.000 đồng, cuối năm mở ra cho chị em khó khăn mượn không lãi.",
        "text": "Mô hình bắt đầu từ chi hội ấp Bình Thạnh với 30 hội viên. Chủ tịch Hội Phụ nữ xã Lê Thị Kim Loan là "
        "người đề xuất và đi vận động từng nhà. Số tiền góp tuy nhỏ nhưng cuối năm gom được gần 20 triệu đồng, chị em "
        "bàn bạc cho hai hội viên nghèo mượn mua heo giống, mua máy may.\n\n"
        "Sau ba năm, mô hình đã nhân rộng ra 8 ấp, giúp 27 chị em có vốn làm ăn, 11 hộ thoát nghèo.",
        "published_at": "2023-06-27T08:00:00+07:00",
        "source": "Báo Long An",
        "story_type": "poverty_model",
        "model_types": ["savings_loan_groups", "livestock"],
        "people": ["Lê Thị Kim Loan"],
        "figures": [],
    },
    {
        "title": "Bộ trưởng làm việc với tỉnh về chính sách cho người có công",
        "sapo": "Đoàn công tác ghi nhận tỉnh đã hoàn thành hỗ trợ nhà ở cho người có công với cách mạng.",
        "text": "Chiều 14/4, đoàn công tác của Bộ Nội vụ làm việc với UBND tỉnh Gia Lai về thực hiện chính sách đối với người "
        "có công, bảo trợ xã hội và giảm nghèo.\n\n"
        "Báo cáo cho thấy năm 2024, tỉnh đã hỗ trợ xây mới, sửa chữa 1.250 căn nhà cho người có công, hộ nghèo; cấp thẻ "
        "bảo hiểm y tế miễn phí cho 100% người nghèo, người dân tộc thiểu số vùng khó khăn.\n\n"
        "Bộ trưởng đề nghị tỉnh tiếp tục rà soát, không để sót đối tượng, đồng thời đẩy mạnh chi trả không dùng tiền mặt.",
        "published_at": "2025-04-15T08:00:00+07:00",
        "source": "Báo Gia Lai",
        "story_type": "policy_news",
        "model_types": ["housing", "health_support"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Đại học mở lớp dạy nghề sửa chữa điện thoại cho người khuyết tật",
        "sapo": "30 học viên khuyết tật được học miễn phí 3 tháng, sau khóa học được giới thiệu việc làm hoặc hỗ trợ mở tiệm.",
        "text": "Lớp học do Trường Cao đẳng Kỹ thuật Cao Thắng phối hợp với Hội Người khuyết tật thành phố tổ chức. Học viên "
        "được học sửa chữa phần cứng, cài đặt phần mềm, thay màn hình.\n\n"
        "Anh Trịnh Văn Sang, học viên bị liệt hai chân, cho biết mong muốn mở một tiệm nhỏ trước nhà để tự nuôi sống bản "
        "thân, không làm gánh nặng cho gia đình.",
        "published_at": "2025-10-07T08:00:00+07:00",
        "source": "Báo Người Lao Động",
        "story_type": "good_deed",
        "model_types": ["vocational_training", "job_placement_labor_export"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Bệnh viện tỉnh phẫu thuật mắt miễn phí cho 300 người nghèo",
        "sapo": "Các bệnh nhân đục thủy tinh thể được mổ Phaco, thay thủy tinh thể nhân tạo mà không phải trả chi phí.",
        "text": "Chương trình do Bệnh viện Mắt tỉnh Kiên Giang phối hợp với một quỹ từ thiện tổ chức trong 5 ngày. Nhiều "
        "cụ già ở các xã ven biển, hải đảo được đưa đón bằng xe của bệnh viện.\n\n"
        "Bà Thạch Thị Sa Rây, 72 tuổi, sau ca mổ đã nhìn rõ trở lại. “Mấy năm nay mắt mờ, không đi chợ được, giờ thấy "
        "đường rồi”, bà xúc động.",
        "published_at": "2024-03-18T08:00:00+07:00",
        "source": "Báo Kiên Giang",
        "story_type": "good_deed",
        "model_types": ["health_support", "charity_donation"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Hội nghị tổng kết công tác dân số năm 2024",
        "sapo": "Tỷ số giới tính khi sinh vẫn ở mức cao, tỷ lệ sinh con thứ ba có xu hướng tăng.",
        "text": "Tại hội nghị, Chi cục Dân số tỉnh cho biết năm 2024 dân số trung bình của tỉnh đạt hơn 1,3 triệu người. "
        "Tỷ lệ sinh con thứ ba trở lên tăng ở một số xã vùng đồng bào dân tộc thiểu số, vùng có tỷ lệ hộ nghèo cao.\n\n"
        "Hội nghị đề ra các giải pháp tăng cường truyền thông, tư vấn tiền hôn nhân, chăm sóc sức khỏe người cao tuổi.",
        "published_at": "2025-01-10T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Kéo điện về làng chài ven sông",
        "sapo": "Sau nhiều năm thắp đèn dầu, 56 hộ dân làng chài xã An Hiệp đã có điện lưới quốc gia.",
        "text": "Công trình dài gần 3 km đường dây trung thế, 1 trạm biến áp, tổng vốn 2,8 tỷ đồng do ngành điện đầu tư. "
        "Trưởng ấp Nguyễn Văn Tư đã vận động các hộ dọc tuyến cho dựng trụ điện qua đất vườn, không nhận tiền bồi thường.\n\n"
        "Có điện, nhiều hộ mua tủ đông để trữ cá, mở tiệm tạp hóa nhỏ, trẻ em có đèn học bài buổi tối.",
        "published_at": "2023-11-30T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "poverty_model",
        "model_types": ["infrastructure_roads", "land_donation"],
        "people": ["Nguyễn Văn Tư"],
        "figures": [],
    },
    {
        "title": "Đà Lạt: sương mù dày đặc, nhiều chuyến bay phải chuyển hướng",
        "sapo": "Sáng nay, sương mù bao phủ sân bay Liên Khương khiến 6 chuyến bay không thể hạ cánh.",
        "text": "Theo đại diện cảng hàng không, tầm nhìn xa chỉ còn dưới 800 m. Các chuyến bay từ Hà Nội, TP.HCM phải "
        "chuyển hướng về Cam Ranh hoặc bay vòng chờ. Đến 10h, thời tiết cải thiện, hoạt động bay trở lại bình thường.",
        "published_at": "2025-11-25T08:00:00+07:00",
        "source": "Báo Lâm Đồng",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Chuyến xe 0 đồng đưa bệnh nhân nghèo về quê",
        "sapo": "Anh Hà Văn Tuấn, tài xế ở Hà Nội, đã chở miễn phí hơn 500 bệnh nhân nặng, người mất ở bệnh viện về quê.",
        "text": "Chiếc xe cứu thương cũ được anh mua lại, sửa sang. Ai gọi, dù nửa đêm anh cũng đi, có chuyến lên tận Hà "
        "Giang, Điện Biên. Tiền xăng xe do anh và các thành viên nhóm thiện nguyện góp.\n\n"
        "“Nhiều gia đình đã hết sạch tiền sau thời gian điều trị, mình giúp được đoạn nào thì giúp”, anh Tuấn nói.",
        "published_at": "2024-02-27T08:00:00+07:00",
        "source": "Dân trí",
        "story_type": "good_deed",
        "model_types": ["volunteering", "health_support"],
        "people": ["Hà Văn Tuấn"],
        "figures": [],
    },
    {
        "title": "Hướng dẫn thực hiện hỗ trợ phát triển sản xuất theo Chương trình 1719",
        "sapo": "Các dự án hỗ trợ phát triển sản xuất phải có liên kết, người dân đối ứng tối thiểu 10%.",
        "text": "Ủy ban Dân tộc vừa ban hành văn bản hướng dẫn thực hiện Tiểu dự án hỗ trợ phát triển sản xuất theo chuỗi "
        "giá trị thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.\n\n"
        "Theo hướng dẫn, các địa phương ưu tiên hỗ trợ giống cây trồng, vật nuôi, vật tư, máy móc cho các tổ hợp tác, "
        "HTX có liên kết tiêu thụ với doanh nghiệp. Nhóm hộ tham gia phải có ít nhất 5 hộ, trong đó tối thiểu 50% là hộ "
        "nghèo, hộ cận nghèo.",
        "published_at": "2023-04-11T08:00:00+07:00",
        "source": "Báo Dân tộc và Phát triển",
        "story_type": "policy_news",
        "model_types": ["cooperative_value_chain", "agricultural_extension"],
        "people": [],
        "figures": [],
    },
]
