"""Blind evaluation batch 5 (split ``blind3``, part 1): poverty models and good deeds written as whole articles.

Written fresh for the third blind measurement, before the tagger was run on them; never used for training or for
tuning cue lists on its wording. Styles: Báo Đồng Nai, Báo Dân tộc và Phát triển, Nhân Dân "Người tốt việc tốt",
Dân trí, provincial portals. Several long articles name their model type only once.
"""

from __future__ import annotations

from typing import Any

_LONG_DONG_NAI = (
    "Ấp 4 nằm cuối xã, đường vào mùa mưa lầy lội, phần lớn bà con là đồng bào Chơ Ro sống bằng nghề làm rẫy "
    "và đi làm thuê cho các vườn điều, vườn tiêu. Gia đình ông Điểu Xiêm cũng không ngoại lệ: nhiều năm liền "
    "cả nhà năm miệng ăn chỉ trông vào hơn 3 sào mì và mấy chục gốc điều già cỗi.\n\n"
    "“Hồi đó nhà nghèo lắm, con đi học phải xin sách vở của mấy đứa lớn trong xóm. Mùa mưa không có việc, "
    "vợ chồng tôi đi cắt cỏ thuê, ai kêu gì làm nấy”, ông Xiêm nhớ lại.\n\n"
    "Năm 2020, sau nhiều lần cán bộ Hội Nông dân xã xuống nhà vận động, ông mạnh dạn làm hồ sơ vay 50 triệu "
    "đồng qua tổ vay vốn của hội, ủy thác cho Phòng giao dịch Ngân hàng Chính sách xã hội huyện. Số tiền "
    "này, ông dùng mua hai con bò cái lai Sind và làm lại chuồng trại.\n\n"
    "Ông tự trồng thêm cỏ voi trên phần đất mì kém hiệu quả, tận dụng thân cây bắp, rơm rạ để dành cho bò "
    "ăn mùa khô. Sau ba năm, đàn bò đã lên bảy con. Ông bán bớt hai con bê, lấy tiền trả nợ gốc và sửa lại "
    "mái nhà.\n\n"
    "Không chỉ lo cho gia đình, ông Xiêm còn nhiệt tình chỉ cho các hộ trong ấp cách làm chuồng, phối giống, "
    "phòng bệnh lở mồm long móng cho bò. Trong ấp hiện có 9 hộ đồng bào học theo cách làm của ông.\n\n"
    "Bà Thị Bích, Trưởng ấp 4, cho biết ông Xiêm là người có uy tín trong cộng đồng, thường xuyên đi vận "
    "động bà con cho con em đến trường, giữ gìn tiếng nói, trang phục truyền thống. Cuối năm 2023, gia đình "
    "ông làm đơn xin thoát nghèo.\n\n"
    "Ông Nguyễn Văn Hải, Chủ tịch UBND xã, đánh giá: “Từ những tấm gương như ông Xiêm, tỷ lệ hộ nghèo đồng "
    "bào dân tộc thiểu số của xã giảm rõ rệt, từ 14% năm 2021 xuống còn 4,2%. Xã sẽ tiếp tục tạo điều kiện "
    "để bà con tiếp cận các nguồn vốn, mở rộng sản xuất”."
)

_LONG_DTPT = (
    "Bản Sáng nằm lưng chừng núi, cách trung tâm xã gần 15 km. Trước năm 2019, phần lớn hộ Mông ở đây trồng "
    "ngô trên nương dốc, năng suất thấp, mỗi năm thiếu ăn từ hai đến ba tháng.\n\n"
    "Chuyển biến bắt đầu khi Đồn Biên phòng đóng trên địa bàn cử cán bộ về bám bản theo chương trình “Mỗi "
    "đảng viên gắn với một hộ dân”. Thiếu tá Vàng A Chinh, đội trưởng đội vận động quần chúng, cùng các "
    "chiến sĩ xuống từng nhà, vận động bà con chuyển một phần diện tích ngô sang trồng cỏ nuôi trâu, bò nhốt "
    "chuồng, làm chuồng cách xa nhà ở.\n\n"
    "Đơn vị còn vận động các nhà hảo tâm ủng hộ 12 con bò giống cho các hộ khó khăn nhất. Mỗi hộ được giao "
    "một con, khi bò đẻ lứa đầu thì chuyển con bê cho hộ khác, cứ thế luân chuyển.\n\n"
    "Gia đình anh Sùng A Dơ là một trong những hộ đầu tiên nhận bò. Đến nay, từ một con bò ban đầu, nhà anh "
    "đã có bốn con, cuộc sống bớt chật vật. “Bộ đội ở với dân như người nhà, dạy mình từ cách cắt cỏ đến "
    "cách cho bò uống nước sạch”, anh Dơ nói.\n\n"
    "Cùng với việc giúp dân phát triển kinh tế, cán bộ, chiến sĩ đồn còn nhận đỡ đầu 8 học sinh nghèo theo "
    "chương trình “Nâng bước em tới trường”, mỗi em được hỗ trợ 500.000 đồng/tháng đến khi học hết lớp 12.\n\n"
    "Những năm qua, tình hình an ninh trật tự trên địa bàn bản Sáng ổn định, không còn tình trạng người dân "
    "nghe theo kẻ xấu truyền đạo trái phép, di cư tự do. Đến cuối năm 2024, bản chỉ còn 11 hộ nghèo, giảm "
    "23 hộ so với năm 2020."
)

_LONG_HARD_RESCUE = (
    "Khoảng 16h chiều 12/7, nhóm học sinh gồm 5 em rủ nhau ra đoạn sông gần bến đò cũ để tắm. Do không "
    "biết nước sâu, hai em bị dòng nước cuốn ra xa, chới với.\n\n"
    "Nghe tiếng kêu cứu, anh Phạm Văn Lực (38 tuổi), đang chài lưới gần đó, lập tức bỏ chài, bơi ra. Anh "
    "túm được em thứ nhất, đẩy vào chỗ nước nông rồi quay lại tìm em còn lại đã bị chìm. Lặn xuống hai lần, "
    "anh mới kéo được cháu bé lên, đưa vào bờ sơ cứu, ép ngực cho cháu nôn ra nước.\n\n"
    "Người dân gọi xe đưa hai cháu vào Trung tâm Y tế huyện. Đến tối cùng ngày, sức khỏe hai cháu đã ổn định.\n\n"
    "Anh Lực chia sẻ, lúc đó chỉ nghĩ phải cứu được các cháu, không kịp nghĩ gì nhiều. Anh cũng mong các gia "
    "đình quan tâm, dạy con bơi, nhắc nhở các cháu không tự ý ra sông tắm trong mùa hè.\n\n"
    "Ngày 15/7, UBND huyện đã tặng giấy khen cho anh Lực vì có hành động dũng cảm."
)

ITEMS: list[dict[str, Any]] = [
    {
        "title": "Người Chơ Ro thoát nghèo từ đàn bò",
        "sapo": "Từ hai con bò mua bằng vốn vay, ông Điểu Xiêm ở ấp 4, xã Túc Trưng (huyện Định Quán) đã có đàn bò bảy con, "
        "trở thành tấm gương vượt khó của đồng bào dân tộc thiểu số trong xã.",
        "text": _LONG_DONG_NAI,
        "published_at": "2024-06-18T08:00:00+07:00",
        "source": "Báo Đồng Nai",
        "story_type": "poverty_model",
        "model_types": ["livestock", "preferential_credit"],
        "people": ["Điểu Xiêm"],
        "figures": [("money_vnd", 5e7)],
    },
    {
        "title": "Bộ đội Biên phòng “bám bản” giúp đồng bào Mông thoát nghèo",
        "sapo": "Mô hình bò luân chuyển và chương trình “Nâng bước em tới trường” đã góp phần thay đổi diện mạo bản Sáng, "
        "xã Mường Lý (Thanh Hóa).",
        "text": _LONG_DTPT,
        "published_at": "2025-03-05T08:00:00+07:00",
        "source": "Báo Dân tộc và Phát triển",
        "story_type": "poverty_model",
        "model_types": ["livestock", "mentoring_sponsorship", "education_support"],
        "people": ["Vàng A Chinh", "Sùng A Dơ"],
        "figures": [],
    },
    {
        "title": "Bỏ chài lao xuống sông cứu hai học sinh đuối nước",
        "sapo": "Thấy hai em nhỏ bị nước cuốn, anh Phạm Văn Lực ở xã Yên Trị (Ninh Bình) đã bơi ra cứu kịp thời.",
        "text": _LONG_HARD_RESCUE,
        "published_at": "2025-07-16T08:00:00+07:00",
        "source": "Báo Ninh Bình",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Phạm Văn Lực"],
        "figures": [],
    },
    {
        "title": "Vịt chạy đồng giúp nhiều hộ ở Tháp Mười có của ăn của để",
        "sapo": "Tận dụng ruộng sau thu hoạch, nhiều hộ ở xã Mỹ An chăn vịt chạy đồng, mỗi lứa lãi vài chục triệu đồng.",
        "text": "Sau mỗi vụ lúa, đồng ruộng còn nhiều lúa rơi, ốc bươu vàng, cá tép nhỏ. Anh Trần Văn Út, 45 tuổi, "
        "thả 2.000 con vịt, lùa từ cánh đồng này qua cánh đồng khác, chi phí thức ăn giảm gần một nửa.\n\n"
        "“Mình ở đồng với vịt suốt, ngủ lều, ăn cơm nắm. Cực nhưng có lời”, anh Út nói. Mỗi lứa khoảng 70 ngày, "
        "vịt xuất bán trên 2,5 kg/con, trừ chi phí anh lời khoảng 40 triệu đồng.\n\n"
        "Trước đây, gia đình anh thuộc diện hộ nghèo của ấp. Nhờ nghề chăn vịt, anh đã cất được căn nhà tường, "
        "mua thêm 4 công ruộng.",
        "published_at": "2023-10-11T08:00:00+07:00",
        "source": "Báo Đồng Tháp",
        "story_type": "poverty_model",
        "model_types": ["livestock"],
        "people": ["Trần Văn Út"],
        "figures": [],
    },
    {
        "title": "Bí thư chi bộ ấp hiến 600 m2 đất mở đường",
        "sapo": "Bí thư Chi bộ ấp Bàu Sen Trần Thị Bé đã tự nguyện hiến đất, dỡ hàng rào để con đường liên ấp được mở rộng lên 6 m.",
        "text": "Con đường dài 1,2 km trước đây chỉ rộng hơn 2 m, xe máy tránh nhau phải dừng lại. Khi xã có chủ trương mở "
        "rộng, nhiều hộ còn băn khoăn vì phải cắt vào đất vườn.\n\n"
        "Bà Bé họp gia đình, thống nhất hiến trước 600 m2 đất mặt tiền, chặt bỏ hàng cau, dời cổng rào vào trong. Sau đó "
        "bà cùng trưởng ấp đến từng nhà vận động. Chỉ sau hai tháng, 37 hộ dọc tuyến đã ký biên bản hiến đất.\n\n"
        "Ông Lê Minh Tâm, Chủ tịch UBND xã Phú Hòa, cho biết con đường được đầu tư 3,5 tỷ đồng từ ngân sách, "
        "không phải đền bù đồng nào.",
        "published_at": "2025-10-21T08:00:00+07:00",
        "source": "Báo Đồng Nai",
        "story_type": "good_deed",
        "model_types": ["land_donation", "infrastructure_roads"],
        "people": ["Trần Thị Bé"],
        "figures": [("money_vnd", 3.5e9)],
    },
    {
        "title": "Nữ công nhân trả lại túi xách có 80 triệu đồng",
        "sapo": "Trên đường đi làm về, chị Hoàng Thị Nga, công nhân Công ty TNHH giày Tae Kwang, nhặt được túi xách bên lề đường.",
        "text": "Trong túi có 80 triệu đồng tiền mặt, một điện thoại và nhiều giấy tờ mang tên một người dân ở phường "
        "Long Bình. Chị Nga mang đến Công an phường nhờ tìm người đánh rơi.\n\n"
        "Qua xác minh, công an đã liên lạc được với bà Phạm Thị Lan, chủ tài sản. Bà Lan cho biết đây là tiền bà vừa "
        "rút để đóng viện phí cho chồng. Bà gửi tiền cảm ơn nhưng chị Nga từ chối.",
        "published_at": "2025-08-02T08:00:00+07:00",
        "source": "Báo Đồng Nai",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Hoàng Thị Nga"],
        "figures": [("money_vnd", 8e7)],
    },
    {
        "title": "Từ nghề đan giỏ lục bình, phụ nữ nghèo có thêm thu nhập",
        "sapo": "Tổ hợp tác đan lát ở ấp Tân Quới (Vĩnh Long) tạo việc làm cho gần 60 chị em lúc nông nhàn.",
        "text": "Lục bình trôi đầy trên sông rạch trước đây là thứ bỏ đi. Nay bà con vớt về, phơi khô, bán cho tổ "
        "với giá 8.000 đồng/kg. Các chị em nhận nguyên liệu về nhà đan giỏ, thảm, chậu hoa theo mẫu của doanh nghiệp.\n\n"
        "Chị Nguyễn Thị Mỹ Hạnh, tổ trưởng, kể ban đầu chỉ có 7 người, chị phải nhờ thợ ở Đồng Tháp về dạy. Nay mỗi "
        "chị em đan giỏi có thể kiếm 150.000 - 200.000 đồng/ngày mà vẫn trông con, lo việc nhà.\n\n"
        "Sản phẩm của tổ được xuất sang Nhật Bản, châu Âu thông qua một công ty ở TP.HCM.",
        "published_at": "2024-11-07T08:00:00+07:00",
        "source": "Báo Vĩnh Long",
        "story_type": "poverty_model",
        "model_types": ["craft_village_ocop", "cooperative_value_chain", "vocational_training"],
        "people": ["Nguyễn Thị Mỹ Hạnh"],
        "figures": [],
    },
    {
        "title": "Thầy giáo cắm bản mở lớp học xóa mù chữ buổi tối",
        "sapo": "Ngoài giờ dạy chính khóa, thầy Lý Văn Páo (Trường Tiểu học Sủng Máng, Tuyên Quang) mở lớp dạy chữ cho 25 phụ nữ Mông.",
        "text": "Lớp học được thắp sáng bằng bóng đèn năng lượng mặt trời do thầy tự bỏ tiền mua. Học viên lớn nhất đã "
        "53 tuổi, nhiều chị địu con theo đến lớp.\n\n"
        "Sau 6 tháng, phần lớn học viên đã đọc được, viết được tên mình, biết tính tiền khi mang ngô, gà xuống chợ bán. "
        "“Trước đi chợ hay bị người ta tính nhầm, giờ mình tự tính được rồi”, chị Giàng Thị Mỷ nói.\n\n"
        "Thầy Páo không nhận thù lao. Thầy còn xin được sách vở, bút viết từ các nhóm thiện nguyện dưới xuôi để phát "
        "cho học viên.",
        "published_at": "2025-12-03T08:00:00+07:00",
        "source": "Báo Tuyên Quang",
        "story_type": "good_deed",
        "model_types": ["education_support", "volunteering"],
        "people": ["Lý Văn Páo"],
        "figures": [],
    },
    {
        "title": "Nuôi lươn không bùn, hướng đi mới của nông dân Hậu Giang",
        "sapo": "Với 30 bồn nhựa đặt sau nhà, anh Võ Thanh Phong (xã Vị Thủy) mỗi năm xuất bán gần 4 tấn lươn thịt.",
        "text": "Năm 2021, anh Phong được Trạm Khuyến nông huyện chọn tham gia mô hình nuôi lươn không bùn, được hỗ trợ "
        "50% con giống và thức ăn, cán bộ kỹ thuật theo dõi hàng tuần.\n\n"
        "Lươn nuôi trong bồn, thay nước thường xuyên, ít dịch bệnh, dễ thu hoạch. Với giá bán 130.000 - 150.000 "
        "đồng/kg, anh lãi hơn 150 triệu đồng mỗi năm.\n\n"
        "Hiện anh cung cấp lươn giống cho hơn 20 hộ trong và ngoài xã, đồng thời bao tiêu sản phẩm cho các hộ nuôi theo.",
        "published_at": "2024-04-24T08:00:00+07:00",
        "source": "Báo Hậu Giang",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "agricultural_extension"],
        "people": ["Võ Thanh Phong"],
        "figures": [("money_vnd", 1.5e8)],
    },
    {
        "title": "Đôi vợ chồng 15 năm nấu cháo miễn phí ở bệnh viện",
        "sapo": "Mỗi sáng, nồi cháo 40 lít của vợ chồng ông Đặng Văn Sáu và bà Lê Thị Tư lại có mặt ở Bệnh viện Đa khoa tỉnh Cà Mau.",
        "text": "Ba giờ sáng, ông bà đã dậy vo gạo, nhóm bếp. Cháo được nấu với thịt bằm, đậu xanh, chở bằng xe ba gác "
        "đến cổng khoa Nội, phát cho bệnh nhân nghèo và người nuôi bệnh.\n\n"
        "Ban đầu ông bà dùng tiền bán vé số, sau nhiều người biết chuyện góp thêm gạo, rau. “Còn sức thì còn nấu, "
        "thấy người ta ăn ngon là vui”, bà Tư cười.\n\n"
        "Ngoài cháo, ông bà còn vận động các mạnh thường quân trao tiền cho những bệnh nhân có hoàn cảnh đặc biệt "
        "khó khăn.",
        "published_at": "2024-09-14T08:00:00+07:00",
        "source": "Dân trí",
        "story_type": "good_deed",
        "model_types": ["volunteering", "charity_donation"],
        "people": ["Đặng Văn Sáu", "Lê Thị Tư"],
        "figures": [],
    },
    {
        "title": "Hộ nghèo vay vốn trồng bưởi da xanh",
        "sapo": "Với khoản vay hộ nghèo 100 triệu đồng, gia đình chị Phan Thị Hoa ở xã Châu Hòa (Bến Tre) đã cải tạo vườn tạp, trồng 300 gốc bưởi.",
        "text": "Chị Hoa cho biết, trước kia vườn nhà chỉ có dừa già, chuối, thu nhập bấp bênh. Được tổ vay vốn của Hội "
        "Phụ nữ ấp hướng dẫn, chị làm hồ sơ vay ngân hàng chính sách, lên líp, đào mương, trồng bưởi da xanh.\n\n"
        "Sau bốn năm, vườn bưởi cho trái ổn định, mỗi năm thu khoảng 12 tấn. Trừ chi phí, gia đình còn lại hơn 200 "
        "triệu đồng. Năm 2024, chị đã trả hết nợ ngân hàng, thoát nghèo.",
        "published_at": "2025-02-19T08:00:00+07:00",
        "source": "Báo Đồng Khởi",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "preferential_credit", "savings_loan_groups"],
        "people": ["Phan Thị Hoa"],
        "figures": [("money_vnd", 1e8)],
    },
    {
        "title": "Thượng úy công an lao vào căn nhà cháy cứu cụ bà",
        "sapo": "Thượng úy Nguyễn Đức Mạnh, Công an xã Nam Hồng (Hà Tĩnh), bất chấp nguy hiểm phá cửa đưa cụ bà 85 tuổi ra ngoài.",
        "text": "Khoảng 2h sáng, trên đường tuần tra, tổ công tác phát hiện khói bốc lên từ căn nhà cấp bốn. Biết trong nhà "
        "có cụ bà sống một mình, Thượng úy Mạnh dùng xà beng phá cửa sau, trùm chăn ướt xông vào, bế cụ ra ngoài.\n\n"
        "Sau đó anh cùng người dân dập tắt đám cháy. Cụ bà chỉ bị ngạt khói nhẹ. Nguyên nhân ban đầu được xác định do "
        "chập điện.",
        "published_at": "2025-12-28T08:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Nguyễn Đức Mạnh"],
        "figures": [],
    },
    {
        "title": "Làm du lịch sinh thái miệt vườn, nông dân Cái Bè tăng thu nhập",
        "sapo": "Giữ vườn cây ăn trái, mở thêm dịch vụ đón khách, nhiều hộ ở cù lao Tân Phong đã có thu nhập gấp đôi.",
        "text": "Khách đến nhà chú Năm Lợi được chèo xuồng trong mương vườn, hái chôm chôm, ăn cơm quê với cá lóc nướng "
        "trui. Mỗi tháng gia đình đón vài trăm lượt khách, phần lớn là khách Tây do các công ty lữ hành đưa đến.\n\n"
        "Chú Năm cho biết trước đây chỉ bán trái cây cho thương lái, giá lên xuống thất thường. Từ khi làm du lịch, "
        "trái cây bán tại vườn cho khách, lại có thêm tiền dịch vụ. Con cháu trong nhà cũng không phải lên thành phố "
        "làm thuê.\n\n"
        "Hiện trên cù lao có 15 hộ tham gia đón khách, được huyện hỗ trợ tập huấn kỹ năng giao tiếp, vệ sinh an toàn "
        "thực phẩm.",
        "published_at": "2023-08-29T08:00:00+07:00",
        "source": "Báo Ấp Bắc",
        "story_type": "poverty_model",
        "model_types": ["community_tourism", "crops_aquaculture"],
        "people": ["Năm Lợi"],
        "figures": [],
    },
    {
        "title": "Mái ấm công đoàn cho nữ công nhân nuôi con một mình",
        "sapo": "Liên đoàn Lao động tỉnh vừa trao 60 triệu đồng hỗ trợ xây nhà cho chị Lâm Thị Thu, công nhân Khu công nghiệp Amata.",
        "text": "Chồng mất sớm, chị Thu một mình nuôi hai con, ở nhờ căn chòi lá của người quen. Số tiền hỗ trợ từ "
        "chương trình Mái ấm công đoàn, cùng với tiền vay không lãi của công ty và đồng nghiệp góp thêm, giúp chị xây "
        "căn nhà 40 m2.\n\n"
        "Năm nay, Liên đoàn Lao động tỉnh đã hỗ trợ xây, sửa 45 căn nhà cho đoàn viên khó khăn về nhà ở.",
        "published_at": "2024-12-16T08:00:00+07:00",
        "source": "Báo Đồng Nai",
        "story_type": "good_deed",
        "model_types": ["housing", "charity_donation"],
        "people": [],
        "figures": [("money_vnd", 6e7)],
    },
    {
        "title": "Nuôi dê nhốt chuồng trên đất cát, hộ cận nghèo đổi đời",
        "sapo": "Vay 50 triệu đồng, anh Trương Quốc Việt ở xã Phước Dinh (Ninh Thuận) đầu tư chuồng nuôi 20 con dê sinh sản.",
        "text": "Vùng đất cát trắng khô hạn khó trồng cây gì ngoài cỏ và keo. Anh Việt làm chuồng sàn cao, trồng cỏ sả, "
        "tận dụng lá keo, thân đậu phộng cho dê ăn.\n\n"
        "Sau ba năm, đàn dê tăng lên 70 con, mỗi năm anh bán dê thịt thu hơn 120 triệu đồng. Anh còn bán dê giống, "
        "chỉ cách làm chuồng cho các hộ trong thôn.",
        "published_at": "2024-05-10T08:00:00+07:00",
        "source": "Báo Ninh Thuận",
        "story_type": "poverty_model",
        "model_types": ["livestock", "preferential_credit"],
        "people": ["Trương Quốc Việt"],
        "figures": [("money_vnd", 5e7)],
    },
    {
        "title": "Chàng trai 9X 60 lần hiến máu và tiểu cầu",
        "sapo": "Anh Lương Minh Khoa, nhân viên một công ty phần mềm ở Đà Nẵng, đã 60 lần hiến máu và tiểu cầu trong 10 năm.",
        "text": "Lần đầu hiến máu khi còn là sinh viên năm nhất, anh Khoa bị say kim. Từ khi biết một giọt máu có thể cứu "
        "người, anh đều đặn hiến ba tháng một lần, sau đó chuyển sang hiến tiểu cầu.\n\n"
        "Anh là thành viên nhóm “Máu nóng Đà Nẵng”, sẵn sàng có mặt khi bệnh viện cần nhóm máu hiếm. Năm 2024, anh "
        "được Ban Chỉ đạo vận động hiến máu tình nguyện thành phố tặng bằng khen.",
        "published_at": "2025-06-14T08:00:00+07:00",
        "source": "Báo Đà Nẵng",
        "story_type": "good_deed",
        "model_types": ["blood_donation", "volunteering"],
        "people": ["Lương Minh Khoa"],
        "figures": [],
    },
    {
        "title": "Đi Hàn Quốc theo chương trình EPS, thanh niên xã nghèo xây nhà cho cha mẹ",
        "sapo": "Sau 5 năm làm việc ở Hàn Quốc, anh Lê Văn Định ở xã Quảng Hợp (Quảng Trị) gửi về gần 1,5 tỷ đồng.",
        "text": "Năm 2018, anh Định đăng ký thi tiếng Hàn theo chương trình EPS, được vay 100 triệu đồng từ ngân hàng "
        "chính sách để đóng phí. Làm việc trong nhà máy đóng tàu ở Ulsan, anh chắt chiu gửi tiền về xây nhà, trả nợ "
        "cho cha mẹ.\n\n"
        "Về nước, anh mở xưởng cơ khí nhỏ, nhận 4 thanh niên trong xã vào học việc. Theo UBND xã, hiện có 76 lao động "
        "của xã đang làm việc ở nước ngoài.",
        "published_at": "2025-09-23T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "poverty_model",
        "model_types": ["job_placement_labor_export", "preferential_credit"],
        "people": ["Lê Văn Định"],
        "figures": [("money_vnd", 1.5e9), ("money_vnd", 1e8)],
    },
    {
        "title": "Giếng khoan và bồn chứa nước cho đồng bào vùng khô hạn",
        "sapo": "Một nhóm kỹ sư trẻ ở TP.HCM đã khoan 12 giếng, lắp bồn chứa nước cho các buôn ở Ea Súp.",
        "text": "Mùa khô, nhiều buôn ở huyện biên giới Ea Súp thiếu nước trầm trọng, bà con phải đi hàng cây số để gánh "
        "nước suối. Từ tiền quyên góp của bạn bè, nhóm của anh Huỳnh Tấn Lộc đã khảo sát, khoan giếng sâu 60 - 80 m, "
        "lắp máy bơm và bồn inox 3.000 lít.\n\n"
        "Mỗi giếng phục vụ 15 - 20 hộ. Nhóm còn lắp hệ thống lọc cho điểm trường mầm non buôn Đrăng.",
        "published_at": "2024-04-03T08:00:00+07:00",
        "source": "Báo Đắk Lắk",
        "story_type": "good_deed",
        "model_types": ["clean_water_sanitation", "volunteering", "fund_raising"],
        "people": ["Huỳnh Tấn Lộc"],
        "figures": [],
    },
    {
        "title": "Mở xưởng may, đưa việc làm về tận thôn",
        "sapo": "Xưởng may gia công của chị Hồ Thị Thúy ở xã Cam Lộ tạo việc làm cho 40 lao động nữ, trong đó nhiều người thuộc hộ nghèo.",
        "text": "Từng làm công nhân may ở Bình Dương hơn chục năm, chị Thúy về quê, thuê lại nhà văn hóa thôn cũ, mua 20 máy "
        "may công nghiệp. Chị trực tiếp kèm cặp những người chưa biết nghề, sau ba tháng ai cũng đứng máy được.\n\n"
        "Thu nhập bình quân 5 - 6 triệu đồng/tháng, chị em được đóng bảo hiểm xã hội. “Ở nhà gần con, không phải đi "
        "xa nữa”, chị Hồ Thị Lý, một công nhân, chia sẻ.",
        "published_at": "2023-12-08T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "poverty_model",
        "model_types": ["job_placement_labor_export", "vocational_training"],
        "people": ["Hồ Thị Thúy"],
        "figures": [],
    },
    {
        "title": "Ông Bảy sửa xe miễn phí cho học sinh nghèo",
        "sapo": "Mười năm nay, tiệm sửa xe nhỏ của ông Nguyễn Văn Bảy ở phường An Hòa (Cần Thơ) không lấy tiền của học sinh và người bán vé số.",
        "text": "Trước tiệm treo tấm bảng “Học sinh, người khuyết tật, bán vé số: sửa xe miễn phí”. Ông Bảy năm nay 68 "
        "tuổi, mỗi ngày vẫn vá vài chục chiếc xe đạp.\n\n"
        "Ông còn gom xe đạp cũ, sửa lại rồi tặng cho học sinh nghèo ở các trường quanh phường. Đến nay đã có hơn 300 "
        "chiếc xe được ông trao tận tay các em.",
        "published_at": "2025-11-19T08:00:00+07:00",
        "source": "Báo Cần Thơ",
        "story_type": "good_deed",
        "model_types": ["volunteering", "education_support"],
        "people": ["Nguyễn Văn Bảy"],
        "figures": [],
    },
]
