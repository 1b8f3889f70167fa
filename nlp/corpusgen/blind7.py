"""Blind evaluation batch 7 (split ``blind4``): the final, truly blind measurement of this round.

Written after every cue, people and classifier change of the round was finished, scored once, and used for
nothing else: no change was made after it was scored.
"""

from __future__ import annotations

from typing import Any

_LONG_CA_MAU = (
    "Căn nhà tole nhỏ của vợ chồng anh Lý Văn Khởi nằm sát mé kênh xáng. Mười năm trước, anh chị đến đây với "
    "hai bàn tay trắng, làm thuê cho các vựa cá, ai kêu gì làm nấy.\n\n"
    "Năm 2019, được Hội Nông dân xã giới thiệu, anh làm hồ sơ vay 40 triệu đồng, thuê lại 1,5 ha đất của người "
    "quen để nuôi cua kết hợp trồng lúa một vụ. Những năm đầu, cua chết nhiều do nước ô nhiễm, anh phải bán "
    "chiếc xuồng máy để trả lãi.\n\n"
    "Không nản, anh tìm đến các hộ nuôi giỏi trong ấp để học cách cải tạo vuông, thả giống đúng lịch thời vụ, "
    "cho cua ăn cá tạp vào chiều mát. Có năm anh còn chạy xe máy lên tận Bạc Liêu xem người ta làm.\n\n"
    "Đến nay, mỗi năm vuông cua - lúa của anh cho thu nhập hơn 180 triệu đồng. Anh đã mua lại phần đất đang "
    "thuê, cất căn nhà mới, hai con đi học đại học ở Cần Thơ.\n\n"
    "“Ở xứ mình, cây lúa con cua nuôi được người siêng năng. Chỉ sợ mình làm biếng thôi”, anh Khởi cười.\n\n"
    "Ông Trần Văn Sáu, Bí thư Chi bộ ấp, cho biết năm rồi anh Khởi tự viết đơn xin ra khỏi hộ nghèo, làm gương "
    "cho nhiều hộ khác trong ấp. Hiện ấp chỉ còn 5 hộ nghèo, đều là hộ người già neo đơn.\n\n"
    "Mùa nước nổi năm nay, anh Khởi còn cho bà con mượn đất làm chỗ neo xuồng, góp tiền cùng ấp làm lại cây cầu "
    "gỗ bắc qua kênh."
)

_LONG_LANG_SON = (
    "Buổi sáng ở thôn Khòn Pát bắt đầu từ rất sớm. Khi sương còn phủ kín các sườn đồi, bà con người Nùng đã "
    "gùi thúng lên đồi hái hồi. Mùa hồi chín năm nay được giá, không khí cả thôn rộn ràng.\n\n"
    "Trước đây, cây hồi chỉ được trồng rải rác, năng suất thấp, nhiều năm thương lái ép giá. Từ năm 2021, xã "
    "vận động bà con thành lập tổ hợp tác, cùng chăm sóc theo một quy trình, sấy khô bằng lò sấy của tổ rồi "
    "mới bán.\n\n"
    "Ông Hoàng Văn Pảo, tổ trưởng, cho hay tổ có 32 thành viên, mỗi năm bán ra hơn 40 tấn hồi khô cho một công "
    "ty xuất khẩu ở Hà Nội, giá cao hơn bán lẻ khoảng 15%.\n\n"
    "Nhờ cây hồi, nhiều gia đình trong thôn đã có của ăn của để. Thôn cũng được đầu tư tuyến đường bê tông dài "
    "2 km từ nguồn vốn nông thôn mới, xe tải vào được tận chân đồi.\n\n"
    "Năm nay, hoa hồi khô của tổ được tỉnh công nhận đạt tiêu chuẩn 3 sao. Tổ đang làm thủ tục để bán hàng "
    "trên các sàn thương mại điện tử."
)

_LONG_OTHER_EDU = (
    "Sáng 5/9, hơn 420.000 học sinh các cấp trên địa bàn tỉnh đã dự lễ khai giảng năm học mới. Tại nhiều trường, "
    "lễ khai giảng được tổ chức gọn nhẹ, dành thời gian cho các hoạt động trải nghiệm.\n\n"
    "Năm học này, toàn tỉnh có thêm 15 trường đạt chuẩn quốc gia, 120 phòng học được xây mới thay cho phòng "
    "học tạm, phòng học mượn. Ngành giáo dục cũng tiếp tục thực hiện chương trình giáo dục phổ thông mới ở tất "
    "cả các khối lớp.\n\n"
    "Tuy nhiên, tình trạng thiếu giáo viên vẫn chưa được giải quyết, nhất là giáo viên tiếng Anh, tin học, âm "
    "nhạc, mỹ thuật. Toàn tỉnh còn thiếu khoảng 1.100 giáo viên so với định mức.\n\n"
    "Phát biểu tại lễ khai giảng ở Trường THPT chuyên tỉnh, Phó Chủ tịch UBND tỉnh đề nghị ngành giáo dục "
    "tiếp tục đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục mũi nhọn, bảo đảm an toàn trường học."
)

ITEMS: list[dict[str, Any]] = [
    {
        "title": "Người đàn ông Khmer hai lần bán xuồng để giữ vuông cua",
        "sapo": "Từ hộ nghèo làm thuê, anh Lý Văn Khởi ở ấp Kênh Xáng, xã Tân Hưng (Cà Mau) đã có thu nhập hơn 180 "
        "triệu đồng mỗi năm từ mô hình cua - lúa.",
        "text": _LONG_CA_MAU,
        "published_at": "2025-10-02T08:00:00+07:00",
        "source": "Báo Cà Mau",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "preferential_credit"],
        "people": ["Lý Văn Khởi"],
        "figures": [("money_vnd", 4e7), ("money_vnd", 1.8e8)],
    },
    {
        "title": "Cây hồi “hồi sinh” ở Khòn Pát",
        "sapo": "Cùng nhau vào tổ hợp tác, sấy hồi bằng lò chung, bà con người Nùng ở xã Tân Văn (Lạng Sơn) bán được "
        "giá cao hơn, nhiều hộ thoát nghèo.",
        "text": _LONG_LANG_SON,
        "published_at": "2025-09-12T08:00:00+07:00",
        "source": "Báo Lạng Sơn",
        "story_type": "poverty_model",
        "model_types": [
            "crops_aquaculture",
            "cooperative_value_chain",
            "craft_village_ocop",
            "infrastructure_roads",
        ],
        "people": [],
        "figures": [],
    },
    {
        "title": "Hơn 420.000 học sinh dự lễ khai giảng năm học mới",
        "sapo": "Toàn tỉnh có thêm 15 trường đạt chuẩn quốc gia nhưng vẫn thiếu hơn 1.100 giáo viên.",
        "text": _LONG_OTHER_EDU,
        "published_at": "2024-09-05T08:00:00+07:00",
        "source": "Báo Bắc Giang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Ngư dân cứu 7 thuyền viên tàu cá bị chìm trên biển",
        "sapo": "Thuyền trưởng Huỳnh Văn Nở cùng bạn thuyền đã kịp thời vớt 7 người trôi dạt gần 10 giờ trên biển.",
        "text": "Khoảng 5h sáng, khi đang đánh bắt cách bờ khoảng 40 hải lý, tàu của ông Nở phát hiện nhiều người bám trên "
        "các can nhựa, vẫy tay xin cứu. Ông lập tức cho tàu tiếp cận, thả phao, kéo từng người lên.\n\n"
        "Các thuyền viên cho biết tàu của họ bị sóng lớn đánh chìm từ tối hôm trước. Sau khi cho ăn uống, thay quần áo "
        "khô, tàu ông Nở bỏ chuyến biển, đưa các nạn nhân vào bờ an toàn.\n\n"
        "UBND tỉnh Quảng Ngãi đã tặng bằng khen cho tập thể tàu cá QNg 90817 TS.",
        "published_at": "2025-11-06T08:00:00+07:00",
        "source": "Báo Quảng Ngãi",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Huỳnh Văn Nở"],
        "figures": [],
    },
    {
        "title": "Bà cụ bán vé số 20 năm góp tiền làm cầu",
        "sapo": "Dành dụm từng đồng từ nghề bán vé số, cụ Nguyễn Thị Hai (78 tuổi) ở Vĩnh Long đã góp 50 triệu đồng để "
        "thay cây cầu khỉ bằng cầu bê tông.",
        "text": "Cây cầu khỉ bắc qua rạch Cái Sơn là lối đi duy nhất của hơn 60 hộ dân và học sinh ấp Phú An. Mùa nước "
        "lớn, nhiều em bị té xuống rạch.\n\n"
        "Cụ Hai gom tiền trong nhiều năm, gửi nhờ người cháu giữ giùm. Khi ấp phát động làm cầu, cụ mang toàn bộ số tiền "
        "đến góp. Thấy vậy, nhiều mạnh thường quân và con em xa quê cùng góp thêm, đủ 280 triệu đồng làm cây cầu dài "
        "32 m.\n\n"
        "Ngày khánh thành, cụ Hai được mời cắt băng. “Tui già rồi, chỉ mong tụi nhỏ đi học khỏi té sông”, cụ nói.",
        "published_at": "2024-05-20T08:00:00+07:00",
        "source": "Báo Vĩnh Long",
        "story_type": "good_deed",
        "model_types": ["infrastructure_roads", "fund_raising"],
        "people": ["Nguyễn Thị Hai"],
        "figures": [("money_vnd", 5e7), ("money_vnd", 2.8e8)],
    },
    {
        "title": "Phụ nữ Ê Đê nuôi heo rừng lai, thu nhập ổn định",
        "sapo": "Với 30 con heo rừng lai nuôi thả trong vườn cà phê, chị H’Bla Niê ở buôn Kô Siêr (Đắk Lắk) có thu nhập "
        "hơn 100 triệu đồng mỗi năm.",
        "text": "Năm 2020, chị H’Bla được hỗ trợ 5 con heo giống từ dự án giảm nghèo của xã. Chị rào vườn bằng lưới B40, "
        "làm chuồng tạm bằng tre, cho heo ăn chuối, bắp, rau rừng.\n\n"
        "Heo rừng lai ít bệnh, thịt thơm, được các nhà hàng ở Buôn Ma Thuột đặt mua với giá 150.000 đồng/kg. Chị còn "
        "bán heo giống cho các chị em trong buôn.\n\n"
        "Chi hội trưởng Chi hội Phụ nữ buôn H’Yam Byă cho biết, nhờ mô hình của chị H’Bla, đã có thêm 8 hộ trong buôn "
        "nuôi heo rừng lai.",
        "published_at": "2024-08-08T08:00:00+07:00",
        "source": "Báo Đắk Lắk",
        "story_type": "poverty_model",
        "model_types": ["livestock"],
        "people": ["H’Bla Niê"],
        "figures": [("money_vnd", 1e8)],
    },
    {
        "title": "Bí thư Đoàn xã mở lớp tin học miễn phí cho thanh niên",
        "sapo": "Bí thư Đoàn xã Hướng Phùng Hồ Văn Thanh đã vận động xin được 10 máy tính cũ, mở lớp tin học cho thanh "
        "niên Vân Kiều.",
        "text": "Lớp học đặt tại nhà văn hóa thôn, mỗi tối có khoảng 20 học viên. Anh Thanh và hai đoàn viên dạy các bạn "
        "cách soạn văn bản, tìm việc trên mạng, dùng điện thoại thông minh để bán nông sản.\n\n"
        "Sau một năm, đã có 60 thanh niên hoàn thành khóa học; nhiều bạn xin được việc ở các công ty tại khu kinh tế "
        "Lao Bảo.",
        "published_at": "2025-08-27T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "good_deed",
        "model_types": [
            "vocational_training",
            "volunteering",
            "digital_transformation",
            "job_placement_labor_export",
        ],
        "people": ["Hồ Văn Thanh"],
        "figures": [],
    },
    {
        "title": "Giá tôm giảm, người nuôi ở Bạc Liêu lo lắng",
        "sapo": "Giá tôm thẻ cỡ 100 con/kg giảm 15.000 đồng so với tháng trước, trong khi chi phí thức ăn tăng.",
        "text": "Theo nhiều hộ nuôi tôm công nghệ cao ở thị xã Giá Rai, với giá hiện nay người nuôi chỉ hòa vốn, thậm chí "
        "lỗ nếu tôm bị bệnh. Các doanh nghiệp chế biến cho biết đơn hàng xuất khẩu sang Mỹ, châu Âu chậm lại.\n\n"
        "Sở Nông nghiệp và Môi trường khuyến cáo người dân không thả nuôi ồ ạt, theo dõi thời tiết, giữ môi trường ao "
        "nuôi ổn định.",
        "published_at": "2025-06-18T08:00:00+07:00",
        "source": "Báo Bạc Liêu",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Tỉnh hỗ trợ 60 triệu đồng cho mỗi căn nhà xóa nhà tạm",
        "sapo": "Nghị quyết của HĐND tỉnh quy định mức hỗ trợ từ ngân sách tỉnh cho hộ nghèo, hộ cận nghèo xây mới nhà ở.",
        "text": "Theo nghị quyết, hộ nghèo, hộ cận nghèo có nhà tạm, nhà dột nát được hỗ trợ 60 triệu đồng để xây mới, 30 "
        "triệu đồng để sửa chữa. Hộ gia đình người có công được hỗ trợ thêm 10 triệu đồng.\n\n"
        "Các địa phương phải hoàn thành rà soát, lập danh sách trước ngày 30/6; việc xây dựng bảo đảm “3 cứng”, diện "
        "tích tối thiểu 30 m2. Tổng kinh phí dự kiến hơn 300 tỷ đồng.",
        "published_at": "2025-05-08T08:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "policy_news",
        "model_types": ["housing"],
        "people": [],
        "figures": [("money_vnd", 6e7), ("money_vnd", 3e7)],
    },
    {
        "title": "Chàng thợ điện 12 năm sửa điện miễn phí cho hộ nghèo",
        "sapo": "Anh Đào Văn Quyết ở xã Hải Hậu (Nam Định) đã sửa, thay mới đường điện cho hàng trăm hộ nghèo, người già "
        "neo đơn mà không lấy tiền công.",
        "text": "Mỗi khi nghe tin nhà nào chập điện, hỏng bóng, anh Quyết lại xách đồ nghề đến. Có nhà anh tự bỏ tiền mua "
        "dây điện, công tơ mới.\n\n"
        "Mùa mưa bão, anh cùng đội thanh niên xung kích của xã đi kiểm tra đường điện trong các xóm, phòng nguy cơ "
        "điện giật.",
        "published_at": "2024-10-15T08:00:00+07:00",
        "source": "Báo Nam Định",
        "story_type": "good_deed",
        "model_types": ["volunteering"],
        "people": ["Đào Văn Quyết"],
        "figures": [],
    },
    {
        "title": "Mô hình trồng sả hữu cơ ở vùng cao Quảng Nam",
        "sapo": "Liên kết với doanh nghiệp chưng cất tinh dầu, hàng chục hộ Cơ Tu ở xã Sông Kôn đã có thu nhập ổn định từ "
        "cây sả.",
        "text": "Doanh nghiệp cung cấp giống, hướng dẫn trồng theo tiêu chuẩn hữu cơ và ký hợp đồng mua toàn bộ sả tươi với "
        "giá 2.500 đồng/kg. Mỗi năm cắt 4 lứa, 1 ha sả cho thu khoảng 60 triệu đồng.\n\n"
        "Già làng Bhling Mía cho biết, trước đây đất đồi bỏ trống, nay bà con trồng sả kín các sườn đồi, không còn "
        "cảnh đi rừng kiếm sống.",
        "published_at": "2023-07-25T08:00:00+07:00",
        "source": "Báo Quảng Nam",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "cooperative_value_chain", "agricultural_extension"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Người phụ nữ trả lại 3 chỉ vàng nhặt được ở chợ",
        "sapo": "Bà Mai Thị Đào, tiểu thương chợ Đông Hà, đã tìm trả lại sợi dây chuyền vàng cho một khách hàng.",
        "text": "Dọn hàng cuối buổi chợ, bà Đào thấy sợi dây chuyền rơi dưới gầm sạp. Bà nhờ ban quản lý chợ thông báo "
        "trên loa. Chiều cùng ngày, một phụ nữ ở phường 5 tìm đến, mô tả đúng đặc điểm và nhận lại tài sản.",
        "published_at": "2025-03-12T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Mai Thị Đào"],
        "figures": [],
    },
    {
        "title": "Triển khai chương trình đưa lao động đi làm việc thời vụ tại Hàn Quốc",
        "sapo": "Người lao động tham gia được vay vốn ưu đãi để chi trả chi phí trước khi xuất cảnh.",
        "text": "UBND tỉnh vừa ký thỏa thuận với một địa phương của Hàn Quốc về tiếp nhận lao động thời vụ trong lĩnh vực "
        "nông nghiệp, thời gian làm việc từ 5 - 8 tháng.\n\n"
        "Đối tượng ưu tiên là người thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số. Sở Nội vụ phối hợp với "
        "Ngân hàng Chính sách xã hội hướng dẫn thủ tục vay vốn, mức vay tối đa 100 triệu đồng.",
        "published_at": "2025-12-09T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "policy_news",
        "model_types": ["job_placement_labor_export", "preferential_credit"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Công an xã dựng nhà cho học sinh mồ côi",
        "sapo": "Cán bộ, chiến sĩ Công an xã Mường Mươn cùng người dân đã góp tiền, góp công xây ngôi nhà 50 triệu đồng "
        "cho em Lò Văn Hiếu.",
        "text": "Bố mẹ mất sớm, em Hiếu (lớp 9) sống cùng bà nội trong căn nhà gỗ đã mục nát. Biết hoàn cảnh, Trưởng Công "
        "an xã Đại úy Quàng Văn Sơn đã đề xuất đơn vị vận động xây nhà mới cho hai bà cháu.\n\n"
        "Sau một tháng, ngôi nhà 40 m2 hoàn thành. Đơn vị còn nhận đỡ đầu em Hiếu đến khi học hết lớp 12.",
        "published_at": "2025-04-22T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "good_deed",
        "model_types": ["housing", "mentoring_sponsorship", "fund_raising"],
        "people": ["Quàng Văn Sơn"],
        "figures": [("money_vnd", 5e7)],
    },
    {
        "title": "Xuất khẩu nông sản 11 tháng đạt gần 57 tỷ USD",
        "sapo": "Rau quả, cà phê, gạo tiếp tục là các mặt hàng chủ lực, thặng dư thương mại toàn ngành đạt mức cao.",
        "text": "Theo Bộ Nông nghiệp và Môi trường, kim ngạch xuất khẩu rau quả ước đạt 6,8 tỷ USD, cà phê 5,2 tỷ USD. Trung "
        "Quốc, Mỹ, Nhật Bản là ba thị trường lớn nhất.\n\n"
        "Bộ đề nghị các địa phương đẩy mạnh cấp mã số vùng trồng, truy xuất nguồn gốc để đáp ứng yêu cầu ngày càng cao "
        "của các thị trường nhập khẩu.",
        "published_at": "2024-12-06T08:00:00+07:00",
        "source": "Báo Tin tức",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Đưa nước sạch về bản vùng cao Mù Cang Chải",
        "sapo": "Công trình cấp nước tự chảy do một doanh nghiệp tài trợ 1,2 tỷ đồng giúp 180 hộ Mông có nước sinh hoạt "
        "quanh năm.",
        "text": "Nước được dẫn từ khe núi cách bản 3 km, qua bể lắng, bể lọc rồi chia về các cụm dân cư. Trước đây, mùa khô "
        "phụ nữ và trẻ em phải đi hàng giờ để lấy nước.\n\n"
        "Trưởng bản Giàng A Chò cho biết, bà con đã lập tổ quản lý, mỗi hộ góp 10.000 đồng/tháng để sửa chữa đường "
        "ống khi hư hỏng.",
        "published_at": "2023-10-30T08:00:00+07:00",
        "source": "Báo Yên Bái",
        "story_type": "good_deed",
        "model_types": ["clean_water_sanitation", "charity_donation"],
        "people": [],
        "figures": [("money_vnd", 1.2e9)],
    },
    {
        "title": "Thanh niên hồi hương khởi nghiệp với đặc sản mắm cá linh",
        "sapo": "Bỏ việc ở TP.HCM về quê An Phú (An Giang), anh Châu Minh Trọng làm mắm cá linh, bán qua mạng xã hội, tạo "
        "việc làm cho 8 phụ nữ trong xóm.",
        "text": "Anh Trọng học cách làm mắm từ bà ngoại, cải tiến khâu đóng hũ, dán nhãn, đăng ký mã vạch. Mùa nước nổi, anh "
        "thu mua cá linh của bà con với giá cao hơn thương lái.\n\n"
        "Mỗi tháng cơ sở bán hơn 2 tấn mắm, chủ yếu qua Facebook, Zalo và các hội chợ. Sản phẩm mắm cá linh của anh vừa "
        "đạt chứng nhận OCOP 3 sao.",
        "published_at": "2025-10-28T08:00:00+07:00",
        "source": "Báo An Giang",
        "story_type": "poverty_model",
        "model_types": ["craft_village_ocop", "digital_transformation", "job_placement_labor_export"],
        "people": ["Châu Minh Trọng"],
        "figures": [],
    },
    {
        "title": "Ngày hội hiến máu “Giọt hồng xứ Nghệ” thu về 1.500 đơn vị máu",
        "sapo": "Hơn 1.700 đoàn viên, thanh niên, cán bộ, người dân đã đăng ký tham gia hiến máu tại Quảng trường Hồ Chí Minh.",
        "text": "Ngày hội do Tỉnh đoàn phối hợp với Bệnh viện Đa khoa tỉnh tổ chức. Nhiều người đến từ sớm, có gia đình cả "
        "ba thế hệ cùng đi hiến máu.\n\n"
        "Số máu tiếp nhận sẽ được bổ sung cho các bệnh viện trong dịp cao điểm cuối năm, khi lượng máu dự trữ thường "
        "thiếu hụt.",
        "published_at": "2024-12-21T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "good_deed",
        "model_types": ["blood_donation", "volunteering"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Kiểm tra công tác giảm nghèo tại huyện Mường Nhé",
        "sapo": "Đoàn kiểm tra của Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh đề nghị huyện đẩy nhanh giải ngân vốn "
        "hỗ trợ sản xuất.",
        "text": "Theo báo cáo, năm 2025 huyện được giao hơn 85 tỷ đồng thực hiện Chương trình mục tiêu quốc gia giảm nghèo "
        "bền vững, đến nay mới giải ngân 46%. Các dự án hỗ trợ bò, dê giống và cây ăn quả chậm triển khai do khó khăn "
        "trong lựa chọn nhà cung ứng.\n\n"
        "Trưởng đoàn yêu cầu huyện rà soát từng dự án, kiên quyết điều chuyển vốn nếu không giải ngân được, đồng thời "
        "giám sát chất lượng con giống cấp cho người dân.",
        "published_at": "2025-09-30T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "policy_news",
        "model_types": ["livestock", "crops_aquaculture"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Lật xe khách trên đèo, 12 người bị thương",
        "sapo": "Xe khách chở 29 người mất lái khi đổ đèo Khánh Lê, lật nghiêng bên vách núi.",
        "text": "Người dân và lực lượng chức năng đã nhanh chóng đưa các nạn nhân đi cấp cứu. Nguyên nhân ban đầu được xác "
        "định do xe mất phanh. Cơ quan công an đang điều tra làm rõ.",
        "published_at": "2025-07-03T08:00:00+07:00",
        "source": "Báo Khánh Hòa",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Tổ tiết kiệm giúp chị em dân tộc Tày tự tin làm ăn",
        "sapo": "Từ số tiền tiết kiệm 20.000 đồng mỗi tháng, tổ phụ nữ thôn Nà Pục (Cao Bằng) đã cho 15 chị em vay không "
        "lãi để phát triển sản xuất.",
        "text": "Tổ trưởng Nông Thị Lụa kể, ban đầu chị em còn ngại vì sợ không có tiền góp. Tổ thống nhất ai khó khăn "
        "được vay trước, vay để mua lợn giống, gà giống, trả dần sau mỗi lứa bán.\n\n"
        "Đến nay, quỹ của tổ đã hơn 70 triệu đồng, không có khoản nợ quá hạn. Tổ còn tổ chức các buổi sinh hoạt chia "
        "sẻ kinh nghiệm chăn nuôi, phòng bệnh cho vật nuôi.",
        "published_at": "2024-03-08T08:00:00+07:00",
        "source": "Báo Cao Bằng",
        "story_type": "poverty_model",
        "model_types": ["savings_loan_groups", "livestock"],
        "people": ["Nông Thị Lụa"],
        "figures": [],
    },
    {
        "title": "Bác sĩ trẻ tình nguyện về trạm y tế xã đảo",
        "sapo": "Tốt nghiệp loại giỏi, bác sĩ Trần Quốc Bảo xin về công tác tại trạm y tế xã đảo Nhơn Châu (Gia Lai).",
        "text": "Trạm y tế trước đây chỉ có y sĩ, người dân ốm nặng phải chờ tàu vào đất liền. Từ khi có bác sĩ Bảo, nhiều "
        "ca cấp cứu được xử lý kịp thời tại chỗ.\n\n"
        "Anh còn tổ chức khám sức khỏe miễn phí cho người già, hướng dẫn bà con phòng bệnh, vận động các gia đình cho "
        "con đi tiêm chủng đầy đủ.",
        "published_at": "2025-08-05T08:00:00+07:00",
        "source": "Báo Gia Lai",
        "story_type": "good_deed",
        "model_types": ["health_support", "volunteering"],
        "people": ["Trần Quốc Bảo"],
        "figures": [],
    },
]
