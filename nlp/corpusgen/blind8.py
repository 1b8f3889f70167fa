"""Blind evaluation batch 8 (split ``blind5``): written fresh for the third round, scored before any change.

Thirty-two provincial-press articles and snippets in wordings unlike the development corpus: regional
vocabulary (heo, mướn, rẫy, vô), passive and indirect phrasing, numbers in words, officials quoted, and
near-miss negatives (statistics with "hộ nghèo", a budget session, an obituary, a court report with
"trả lại", storm news with rescuers on duty). People are the exemplary persons only, not officials quoted.
"""

from __future__ import annotations

from typing import Any

_LONG_DAK_LAK = (
    "Con đường đất đỏ dẫn vào buôn Ea Mdróh mùa này đã khô ráo. Rẫy cà phê nhà anh Y Thuận Êban nằm cuối buôn, "
    "xen giữa những hàng sầu riêng đang ra bông trắng.\n\n"
    "Sáu năm trước, gia đình anh còn nằm trong danh sách hộ khó khăn nhất buôn. Hai sào cà phê già cỗi, trái "
    "nhỏ, năm nào bán xong cũng không đủ trả tiền phân đã mua chịu của đại lý. Vợ chồng anh phải đi làm mướn "
    "cho các chủ rẫy người Kinh để có gạo ăn qua mùa mưa.\n\n"
    "Năm 2020, cán bộ Trạm Dịch vụ nông nghiệp huyện về buôn mở lớp chỉ cách cưa đốn, ghép chồi giống mới và "
    "bón phân theo từng giai đoạn. Anh Y Thuận đăng ký học đầy đủ cả bốn buổi, về nhà mạnh dạn cưa hết vườn "
    "cà phê già để ghép lại. Nhiều người trong buôn chê anh liều, vì cả năm trời vườn không cho thu hoạch.\n\n"
    "Để có cái ăn trong thời gian chờ cây lớn, anh trồng xen bắp, đậu và mướn thêm đất bìa rừng trồng mì. Có "
    "tháng cả nhà chỉ ăn cơm với rau rừng, nhưng anh vẫn kiên trì tưới nước, làm cỏ theo đúng lịch cán bộ "
    "hướng dẫn.\n\n"
    "Đến vụ thứ hai, vườn cà phê ghép cho năng suất gấp đôi trước. Anh lấy tiền bán cà phê mua thêm ba chục "
    "cây sầu riêng con trồng xen, tận dụng bóng mát và nguồn nước tưới chung. Năm ngoái, riêng sầu riêng đã "
    "cho gia đình anh hơn hai trăm triệu đồng.\n\n"
    "“Trước mình làm theo thói quen, cây già vẫn để, phân có bao nhiêu bón bấy nhiêu. Giờ biết cách rồi thì "
    "đất không phụ người”, anh Y Thuận nói bằng giọng tiếng Việt còn lơ lớ.\n\n"
    "Ông H'Mai Niê, Trưởng buôn, cho biết cả buôn hiện có mười hai hộ học theo cách làm của anh Y Thuận. Cuối "
    "năm 2024, gia đình anh được công nhận ra khỏi danh sách hộ nghèo. Căn nhà sàn cũ đã được thay bằng "
    "ngôi nhà xây ba gian, có chiếc xe máy mới để chở con đi học ở thị trấn.\n\n"
    "Anh Y Thuận bảo năm tới sẽ cùng mấy hộ trong buôn làm hồ sơ xin cấp mã số vùng trồng để bán sầu riêng "
    "cho doanh nghiệp xuất khẩu, khỏi phải chịu cảnh thương lái ép giá."
)

_LONG_STATS = (
    "Theo báo cáo của Cục Thống kê tỉnh, tổng sản phẩm trên địa bàn (GRDP) chín tháng năm 2025 ước tăng 7,2% so "
    "với cùng kỳ năm trước, cao hơn mức bình quân chung của vùng. Trong đó, khu vực công nghiệp và xây dựng "
    "tăng 10,4%, khu vực dịch vụ tăng 6,8%, khu vực nông, lâm nghiệp và thủy sản tăng 3,1%.\n\n"
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt hơn 58.000 tỷ đồng. Chỉ số giá tiêu dùng "
    "bình quân tăng 3,05%, chủ yếu do giá nhà ở, điện nước và dịch vụ y tế điều chỉnh.\n\n"
    "Về đời sống dân cư, số hộ nghèo theo chuẩn đa chiều còn 6.412 hộ, tỷ lệ hộ nghèo giảm còn 1,86%; tỷ lệ hộ "
    "cận nghèo là 2,4%. Trong kỳ không có hộ thiếu đói giáp hạt. Thu nhập bình quân đầu người ước đạt 5,1 triệu "
    "đồng mỗi tháng.\n\n"
    "Cục Thống kê nhận định ba tháng cuối năm, tỉnh cần đẩy nhanh giải ngân vốn đầu tư công, tháo gỡ vướng mắc "
    "về mặt bằng cho các dự án khu công nghiệp và chuẩn bị nguồn hàng phục vụ Tết."
)

ITEMS: list[dict[str, Any]] = [
    {
        "title": "Cưa cà phê già, trồng xen sầu riêng: người Ê Đê đổi đời trên rẫy cũ",
        "sapo": "Từng đi làm mướn qua mùa mưa, gia đình anh Y Thuận Êban ở buôn Ea Mdróh (Đắk Lắk) nay có nhà "
        "xây, xe máy và rẫy sầu riêng cho thu hơn hai trăm triệu đồng một năm.",
        "text": _LONG_DAK_LAK,
        "published_at": "2025-03-18T08:00:00+07:00",
        "source": "Báo Đắk Lắk",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "agricultural_extension"],
        "people": ["Y Thuận Êban"],
        "figures": [("money_vnd", 2e8)],
    },
    {
        "title": "Đàn dê trên núi đá Quỳ Hợp",
        "sapo": "Với đồng vốn ưu đãi 50 triệu đồng, chị Lô Thị Xoan ở bản Pà Cọ (Nghệ An) gây dựng đàn dê hơn 60 "
        "con.",
        "text": "Bản Pà Cọ nằm lọt giữa những dãy núi đá vôi, đất cấy lúa chẳng được bao nhiêu. Năm 2021, chị Lô "
        "Thị Xoan được Phòng giao dịch NHCSXH huyện giải ngân 50 triệu đồng theo chương trình cho vay hộ cận "
        "nghèo, thời hạn 5 năm.\n\n"
        "Chị dùng số tiền ấy mua 12 con dê cái giống Bách Thảo, làm chuồng sàn cao ráo dưới chân núi. Dê tự kiếm "
        "ăn trên núi đá, chiều tối chị lùa về chuồng, cho ăn thêm lá ngô, cỏ voi.\n\n"
        "Sau bốn năm, đàn dê đã lên hơn 60 con, mỗi năm xuất bán khoảng hai chục con thịt. Chị đã trả hết nợ "
        "gốc, còn để dành mua thêm hai con bò.\n\n"
        "Chị Xoan thường hướng dẫn các hộ trong bản cách làm chuồng, phòng bệnh tiêu chảy cho dê con.",
        "published_at": "2025-05-09T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "poverty_model",
        "model_types": ["livestock", "preferential_credit"],
        "people": ["Lô Thị Xoan"],
        "figures": [("money_vnd", 5e7)],
    },
    {
        "title": "Nhà trình tường đón khách Tây",
        "sapo": "Từ căn nhà trình tường của ông bà để lại, vợ chồng anh Giàng Seo Lử ở xã Lũng Cú (Tuyên Quang) "
        "mở dịch vụ lưu trú cho du khách.",
        "text": "Căn nhà trình tường hơn 80 năm tuổi của gia đình anh Giàng Seo Lử được giữ nguyên mái ngói âm "
        "dương, chỉ sửa lại khu vệ sinh và kê thêm mười chiếc giường có màn. Mỗi tháng, nhà anh đón vài chục lượt "
        "khách, phần lớn là khách nước ngoài đi xe máy vòng cung cực Bắc.\n\n"
        "Khách ở lại được ăn mèn mén, thắng cố, xem vợ anh dệt vải lanh, theo anh lên nương hái rau. Mỗi đêm "
        "lưu trú kèm bữa tối giá 250.000 đồng một người.\n\n"
        "Trước năm 2022, gia đình anh thuộc hộ nghèo. Nay, thu nhập từ đón khách và bán thổ cẩm giúp cả nhà có "
        "cuộc sống ổn định. Anh Lử còn rủ thêm ba hộ trong thôn sửa nhà để cùng làm.",
        "published_at": "2025-08-22T08:00:00+07:00",
        "source": "Báo Tuyên Quang",
        "story_type": "poverty_model",
        "model_types": ["community_tourism"],
        "people": ["Giàng Seo Lử"],
        "figures": [],
    },
    {
        "title": "Hũ gạo, ống tiền của chị em xóm Bến",
        "sapo": "Mỗi tháng góp một ít, 25 chị em chi hội phụ nữ xóm Bến (Thái Bình) thay nhau mượn vốn nuôi lợn, "
        "không mất đồng lãi nào.",
        "text": "Từ năm 2019, chi hội phụ nữ xóm Bến lập nhóm góp vốn. Mỗi tháng, mỗi chị góp 200.000 đồng; cuối "
        "tháng cả nhóm họp, chị nào khó khăn nhất được dùng trước số tiền ấy, không tính lãi, trả dần trong một "
        "năm.\n\n"
        "Nhờ vậy, nhiều chị có tiền mua lợn giống, cám để nuôi. Chị Phạm Thị Hoa, hội viên, kể trước kia muốn "
        "vay vài triệu phải đi hỏi khắp nơi, giờ chỉ cần báo với nhóm.\n\n"
        "Đến nay, nhóm đã luân chuyển được hơn 300 triệu đồng, giúp 6 hộ ra khỏi diện nghèo.",
        "published_at": "2024-06-14T08:00:00+07:00",
        "source": "Báo Thái Bình",
        "story_type": "poverty_model",
        "model_types": ["savings_loan_groups", "livestock"],
        "people": [],
        "figures": [("money_vnd", 3e8)],
    },
    {
        "title": "Chàng trai Hương Khê và ngôi nhà dựng từ những năm ở Nhật",
        "sapo": "Sau ba năm làm thực tập sinh ở tỉnh Aichi, anh Trần Văn Dũng đã giúp bố mẹ trả hết nợ, xây "
        "nhà mới.",
        "text": "Học xong lớp 12, Dũng ở nhà phụ bố mẹ làm rẫy keo, thu nhập bấp bênh. Năm 2021, nghe cán bộ xã "
        "giới thiệu đơn hàng cơ khí của một doanh nghiệp phái cử, anh đăng ký học tiếng Nhật sáu tháng rồi "
        "sang Aichi làm việc.\n\n"
        "Mỗi tháng, Dũng gửi về nhà khoảng 20 triệu đồng. Sau ba năm, gia đình đã trả xong khoản vay làm thủ "
        "tục xuất cảnh, xây được ngôi nhà hai tầng và được xã đưa ra khỏi danh sách hộ nghèo.\n\n"
        "Về nước, Dũng được một công ty Nhật ở khu công nghiệp Vũng Áng nhận vào làm tổ trưởng. Anh thường "
        "về xã nói chuyện với các bạn trẻ muốn đi làm việc ở nước ngoài.",
        "published_at": "2025-01-07T08:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "poverty_model",
        "model_types": ["job_placement_labor_export"],
        "people": ["Trần Văn Dũng"],
        "figures": [("money_vnd", 2e7)],
    },
    {
        "title": "Lớp may ở phum sóc Tri Tôn",
        "sapo": "Ba tháng đứng máy, 30 phụ nữ Khmer đã có việc làm ổn định ngay tại địa phương.",
        "text": "Lớp may công nghiệp do Trung tâm Giáo dục nghề nghiệp thị xã tổ chức ngay tại chùa Soài Chếk. "
        "Học viên đều là phụ nữ Khmer thuộc hộ nghèo, cận nghèo, được miễn học phí và hỗ trợ tiền ăn mỗi ngày.\n\n"
        "Sau ba tháng, 28 chị được cấp chứng chỉ. Một công ty may ở khu công nghiệp Bình Hòa nhận toàn bộ vào "
        "làm, có xe đưa rước, lương từ 6 đến 7 triệu đồng mỗi tháng.\n\n"
        "Chị Néang Sa Rết nói trước kia chỉ biết cắt lúa mướn theo mùa, nay có đồng lương đều đặn nuôi con ăn "
        "học.",
        "published_at": "2024-11-02T08:00:00+07:00",
        "source": "Báo An Giang",
        "story_type": "poverty_model",
        "model_types": ["vocational_training", "job_placement_labor_export"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Mận hậu Mộc Châu lên mạng",
        "sapo": "Cô gái Thái Lò Thị Hương dùng điện thoại chụp ảnh vườn mận, nhận đơn đặt hàng khắp cả nước.",
        "text": "Mùa mận năm nay, Hương không phải gánh mận ra chợ. Mỗi sáng, cô quay video cảnh hái mận trong vườn "
        "nhà rồi đăng lên Facebook, Zalo và TikTok; khách ở Hà Nội, TP.HCM đặt hàng qua tin nhắn, cô đóng thùng "
        "gửi xe khách ngay trong ngày.\n\n"
        "Trung bình mỗi ngày Hương chốt được 300 đến 400 kg mận, giá cao hơn bán cho thương lái gần gấp đôi. Cô "
        "còn nhận bán giúp mận của hơn hai chục hộ trong bản.\n\n"
        "Gia đình Hương từng là hộ cận nghèo. Hai năm nay, nhờ bán hàng qua mạng, thu nhập của cả nhà đã tăng gấp "
        "ba.",
        "published_at": "2025-06-10T08:00:00+07:00",
        "source": "Báo Sơn La",
        "story_type": "poverty_model",
        "model_types": ["digital_transformation", "crops_aquaculture"],
        "people": ["Lò Thị Hương"],
        "figures": [],
    },
    {
        "title": "Không còn cảnh gánh nước ở ấp Bà Giam",
        "sapo": "Hơn 70 hộ đồng bào Khmer ở ấp Bà Giam được lắp đồng hồ nước, cấp lu chứa và xây hố xí hợp vệ "
        "sinh.",
        "text": "Trước đây, mùa khô đến, bà con ấp Bà Giam phải đẩy xe chở can ra giếng công cộng cách cả cây số "
        "để lấy nước. Nhiều nhà dùng nước ao để tắm giặt, trẻ em hay bị ghẻ lở.\n\n"
        "Năm nay, từ nguồn vốn chương trình mục tiêu quốc gia và đóng góp của một doanh nghiệp, tuyến ống cấp "
        "nước dài 3 km được kéo vào ấp. 74 hộ nghèo được lắp đồng hồ miễn phí, mỗi hộ được cấp thêm hai lu chứa "
        "nước mưa; 30 hộ được xây hố xí tự hoại.\n\n"
        "Bà Thạch Thị Sa Phon, 67 tuổi, vui mừng: “Mở vòi là có nước, già rồi khỏi phải đẩy xe nữa”.",
        "published_at": "2025-04-03T08:00:00+07:00",
        "source": "Báo Trà Vinh",
        "story_type": "poverty_model",
        "model_types": ["clean_water_sanitation"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Giữ nghề đan lát của người Cơ Tu",
        "sapo": "Gùi, giỏ mây tre của hợp tác xã ở Tây Giang được công nhận 3 sao, bán tới tận Hội An.",
        "text": "Ở thôn Agrồng, những người đàn ông Cơ Tu vẫn ngồi đan gùi bên hiên nhà gươl mỗi chiều. Ba năm "
        "trước, 18 hộ trong thôn cùng góp vốn lập hợp tác xã, thống nhất mẫu mã, tìm đầu ra cho sản phẩm.\n\n"
        "Năm 2024, bộ sản phẩm gùi và giỏ đan của hợp tác xã được tỉnh xếp hạng 3 sao. Các cửa hàng lưu niệm ở "
        "Hội An, Đà Nẵng đặt hàng thường xuyên, mỗi thành viên có thêm 3 đến 4 triệu đồng mỗi tháng.\n\n"
        "Ông Bríu Pó, giám đốc hợp tác xã, đang mở lớp để các nghệ nhân truyền nghề đan cho thanh niên trong "
        "thôn.",
        "published_at": "2025-02-25T08:00:00+07:00",
        "source": "Báo Quảng Nam",
        "story_type": "poverty_model",
        "model_types": ["craft_village_ocop", "cooperative_value_chain"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Căn nhà mới của bà Lành",
        "sapo": "Mái tranh dột nát đã được thay bằng căn nhà tường gạch, mái tôn nhờ sự chung tay của xóm giềng.",
        "text": "Suốt hơn mười năm, bà Đinh Thị Lành (72 tuổi, thôn Đồng Mới) sống một mình trong túp lều tranh "
        "vách đất. Mỗi mùa mưa bão, bà phải sang nhà hàng xóm ngủ nhờ.\n\n"
        "Tháng 5 vừa qua, căn nhà mới rộng 40 m2 của bà được khởi công, kinh phí 60 triệu đồng do Ủy ban Mặt "
        "trận Tổ quốc xã hỗ trợ 40 triệu, phần còn lại do con cháu, họ hàng góp. Đoàn viên thanh niên và bà con "
        "trong thôn góp gần 200 ngày công san nền, khuân gạch.\n\n"
        "Ngày về nhà mới, bà Lành xúc động: “Tôi không nghĩ đến tuổi này còn có được cái nhà tử tế”.",
        "published_at": "2025-07-21T08:00:00+07:00",
        "source": "Báo Ninh Bình",
        "story_type": "poverty_model",
        "model_types": ["housing"],
        "people": [],
        "figures": [("money_vnd", 6e7), ("money_vnd", 4e7)],
    },
    {
        "title": "Người lính quân hàm xanh kèm cặp từng hộ nghèo nơi biên giới",
        "sapo": "Mỗi cán bộ đồn Biên phòng Pa Vây Sử phụ trách một hộ khó khăn, hướng dẫn làm ăn, trao bò giống.",
        "text": "Từ năm 2022, Đồn Biên phòng Pa Vây Sử giao mỗi cán bộ, chiến sĩ theo dõi, giúp một hộ khó khăn "
        "nhất trong xã. Các anh thường xuyên đến nhà, hướng dẫn trồng ngô, làm chuồng trại, vận động con em "
        "đến trường.\n\n"
        "Đồn cũng trao 15 con bò giống cho các hộ được giúp, con bê đầu tiên sẽ chuyển cho hộ khác. Đến nay, 9 "
        "hộ đã ra khỏi diện nghèo.\n\n"
        "Thiếu tá Vàng A Chư, Chính trị viên đồn, cho biết đơn vị sẽ tiếp tục chương trình đến năm 2027.",
        "published_at": "2024-10-19T08:00:00+07:00",
        "source": "Báo Biên phòng",
        "story_type": "poverty_model",
        "model_types": ["mentoring_sponsorship", "livestock"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Vuông tôm của anh Tư Hùng",
        "sapo": "Từ khoản vay 50 triệu đồng, lãi suất thấp, anh Nguyễn Văn Hùng ở ấp Xóm Lớn gầy dựng vuông tôm "
        "lúa 3 ha.",
        "text": "Năm 2018, anh Tư Hùng được xét cho vay 50 triệu đồng, lãi suất thấp, thời hạn 5 năm, để cải tạo "
        "ruộng nhiễm mặn thành vuông tôm kết hợp trồng lúa.\n\n"
        "Anh nuôi tôm sú, thả thêm cua và cá kèo, mùa mưa cấy một vụ lúa chịu mặn. Mỗi năm trừ chi phí, gia "
        "đình anh còn lãi khoảng 150 triệu đồng.\n\n"
        "Anh đã trả xong nợ, mua thêm một ha đất và được xã biểu dương là hộ sản xuất kinh doanh giỏi.",
        "published_at": "2025-09-30T08:00:00+07:00",
        "source": "Báo Cà Mau",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "preferential_credit"],
        "people": ["Nguyễn Văn Hùng"],
        "figures": [("money_vnd", 5e7), ("money_vnd", 1.5e8)],
    },
    {
        "title": "Nấm rơm sau mùa gặt",
        "sapo": "Được Trung tâm Khuyến nông tỉnh chỉ cách ủ rơm, nhiều hộ ở Hậu Lộc có thêm thu nhập lúc nông "
        "nhàn.",
        "text": "Sau mỗi vụ gặt, rơm rạ ở các xã ven biển Hậu Lộc thường bị đốt bỏ ngoài đồng. Năm nay, Trung tâm "
        "Khuyến nông tỉnh về mở hai lớp, chỉ bà con cách ủ rơm, cấy meo, giữ ẩm cho luống nấm.\n\n"
        "Bà Lê Thị Nhàn, một trong 40 học viên, làm thử 20 luống ngay sau lớp học. Sau hơn nửa tháng, bà hái "
        "được gần 2 tạ nấm, bán 50.000 đồng mỗi ký.\n\n"
        "Theo cán bộ trung tâm, mỗi tấn rơm có thể cho 150 đến 200 kg nấm, rất phù hợp với hộ ít đất.",
        "published_at": "2024-07-12T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "agricultural_extension"],
        "people": ["Lê Thị Nhàn"],
        "figures": [],
    },
    {
        "title": "Lao xuống dòng nước xiết kéo hai học sinh vào bờ",
        "sapo": "Nghe tiếng kêu thất thanh, anh Hà Văn Tú lao xuống suối, đưa hai em nhỏ bị nước cuốn vào bờ an "
        "toàn.",
        "text": "Chiều 14/6, hai em học sinh lớp 5 rủ nhau tắm ở khúc suối Nậm Mu. Nước thượng nguồn đổ về bất "
        "ngờ, cả hai bị cuốn ra giữa dòng.\n\n"
        "Đang cắt cỏ gần đó, anh Tú không kịp cởi áo, nhảy xuống bơi theo, túm được tay một em đẩy vào tảng đá, "
        "rồi quay lại kéo em còn lại vào bờ. Hai em được đưa đến trạm y tế, sức khỏe ổn định.\n\n"
        "Chủ tịch UBND xã đã tặng giấy khen cho anh Tú.",
        "published_at": "2025-06-17T08:00:00+07:00",
        "source": "Báo Lai Châu",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Hà Văn Tú"],
        "figures": [],
    },
    {
        "title": "Phá cửa, cõng cụ bà ra khỏi căn nhà bốc cháy",
        "sapo": "Anh Đỗ Minh Khôi, thợ sửa xe, đã cõng cụ bà 90 tuổi thoát ra ngoài khi lửa bao trùm tầng trệt.",
        "text": "Khoảng 2h sáng, anh Khôi nghe tiếng nổ lớn và thấy khói đen bốc ra từ căn nhà đối diện. Biết "
        "trong nhà có cụ bà sống cùng con gái, anh cầm búa đập vỡ khóa cửa, trùm chăn ướt lên người rồi lao vào.\n\n"
        "Anh cõng cụ bà ra ngoài, sau đó cùng người dân dùng bình chữa cháy dập lửa trước khi lực lượng chữa "
        "cháy có mặt. Người con gái cũng được hàng xóm đưa ra qua lối ban công.\n\n"
        "Công an tỉnh đã đề nghị khen thưởng anh Khôi.",
        "published_at": "2024-12-05T08:00:00+07:00",
        "source": "Báo Bắc Ninh",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Đỗ Minh Khôi"],
        "figures": [],
    },
    {
        "title": "Xe ôm trả túi xách có 200 triệu đồng cho khách",
        "sapo": "Khách bỏ quên túi trên yên xe, ông Lê Văn Tám chạy khắp bến xe tìm người gửi lại.",
        "text": "Sáng 3/3, ông Tám chở một phụ nữ từ chợ Đông Ba ra bến xe phía Nam. Khi khách đã xuống xe, ông "
        "mới phát hiện chiếc túi xách để quên, bên trong có 200 triệu đồng, giấy tờ và một số trang sức.\n\n"
        "Không tìm được khách, ông mang túi đến công an phường trình báo. Đến chiều, người phụ nữ được mời lên "
        "nhận lại đầy đủ tài sản. Bà gửi ông tiền cảm ơn nhưng ông nhất quyết từ chối.\n\n"
        "“Của ai người nấy giữ, mình nghèo nhưng không lấy của người ta”, ông Tám nói.",
        "published_at": "2025-03-05T08:00:00+07:00",
        "source": "Báo Thừa Thiên Huế",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Lê Văn Tám"],
        "figures": [("money_vnd", 2e8)],
    },
    {
        "title": "Cắt đất vườn cho xóm mở đường",
        "sapo": "Gia đình ông Võ Văn Lượm tự nguyện giao 600 m2 đất vườn để xã mở rộng con đường liên thôn.",
        "text": "Con đường vào thôn Phú Thạnh trước chỉ rộng hơn một mét, xe cứu thương không vào được. Khi xã "
        "chủ trương mở rộng, ông Lượm là người đầu tiên ký giấy giao lại 600 m2 đất vườn, chặt bỏ hàng dừa đang "
        "cho trái, không nhận tiền bồi thường.\n\n"
        "Noi theo ông, 23 hộ khác cũng dỡ tường rào, lùi cổng. Nay con đường đã được trải nhựa rộng 5 m.\n\n"
        "Ông Lượm được UBND tỉnh tặng bằng khen.",
        "published_at": "2025-08-28T08:00:00+07:00",
        "source": "Báo Bình Định",
        "story_type": "good_deed",
        "model_types": ["land_donation", "infrastructure_roads"],
        "people": ["Võ Văn Lượm"],
        "figures": [],
    },
    {
        "title": "Bốn mươi lần xắn tay áo",
        "sapo": "Thầy giáo Phan Quốc Bảo vừa hoàn thành lần cho máu thứ 40, được tôn vinh tại lễ vinh danh cấp "
        "tỉnh.",
        "text": "Lần đầu thầy Bảo cho máu là năm 2006, khi còn là sinh viên sư phạm. Từ đó, cứ ba tháng thầy lại "
        "đến điểm lấy máu một lần, đều đặn gần hai mươi năm.\n\n"
        "Thầy có nhóm máu O, nhiều lần được bệnh viện gọi lúc nửa đêm để cứu bệnh nhân cấp cứu. Thầy còn vận "
        "động được hơn 50 đồng nghiệp, học trò cùng tham gia.\n\n"
        "“Mỗi lần cho đi một ít máu, mình biết có người được sống thêm”, thầy nói.",
        "published_at": "2025-06-14T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "good_deed",
        "model_types": ["blood_donation"],
        "people": ["Phan Quốc Bảo"],
        "figures": [],
    },
    {
        "title": "Nồi cháo nóng ở cổng bệnh viện huyện",
        "sapo": "Chín năm nay, nhóm của bà Trần Thị Mai nấu cháo phát không cho bệnh nhân nghèo mỗi tối.",
        "text": "Cứ 5 giờ chiều, nhóm 12 người của bà Mai lại mang hai nồi cháo lớn đến cổng Bệnh viện đa khoa "
        "huyện. Người bệnh, người nhà nuôi bệnh xếp hàng nhận cháo, sữa, nước nóng, không mất đồng nào.\n\n"
        "Gạo, thịt do các tiểu thương trong chợ góp; mọi người trong nhóm thay nhau nấu, rửa nồi, không ai nhận "
        "công. Mỗi tối nhóm phát khoảng 200 suất.\n\n"
        "“Thấy người ta ăn ngon là vui rồi”, bà Mai nói.",
        "published_at": "2024-09-23T08:00:00+07:00",
        "source": "Báo Long An",
        "story_type": "good_deed",
        "model_types": ["volunteering", "charity_donation"],
        "people": ["Trần Thị Mai"],
        "figures": [],
    },
    {
        "title": "Lớp học buổi tối của thầy giáo về hưu",
        "sapo": "Tám năm nay, căn nhà nhỏ của thầy Nguyễn Hữu Lộc là lớp học không thu tiền của trẻ em xóm chài.",
        "text": "Về hưu năm 2017, thầy Lộc thấy nhiều em ở xóm chài học yếu vì bố mẹ đi biển, không ai kèm. Thầy "
        "dọn gian nhà trước làm lớp, tối nào cũng dạy toán, tiếng Việt cho hơn 20 em.\n\n"
        "Thầy không lấy học phí, còn tự mua vở, bút cho các em nhà nghèo. Nhiều em từ học sinh yếu nay đã đỗ "
        "vào trường THPT của huyện.\n\n"
        "Ông Nguyễn Văn Sơn, Chủ tịch Hội Khuyến học xã, cho biết hội sẽ đề nghị tỉnh khen thưởng thầy.",
        "published_at": "2025-11-12T08:00:00+07:00",
        "source": "Báo Quảng Bình",
        "story_type": "good_deed",
        "model_types": ["education_support", "volunteering"],
        "people": ["Nguyễn Hữu Lộc"],
        "figures": [],
    },
    {
        "title": "Y bác sĩ trẻ lên bản khám bệnh",
        "sapo": "Đoàn Thanh niên Bệnh viện đa khoa tỉnh khám, phát thuốc cho hơn 400 người dân bản Huổi Lóng.",
        "text": "Sáng chủ nhật, 25 bác sĩ, điều dưỡng trẻ vượt hơn 60 km đường đèo đến bản Huổi Lóng. Tại nhà văn "
        "hóa bản, các y bác sĩ đo huyết áp, siêu âm, khám mắt và cấp thuốc cho người dân mà không thu tiền.\n\n"
        "Nhiều cụ già lần đầu được siêu âm. Đoàn cũng tặng 50 chăn ấm cho các hộ khó khăn và hướng dẫn bà con "
        "cách phòng bệnh khi trời rét.",
        "published_at": "2024-12-22T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "good_deed",
        "model_types": ["health_support", "volunteering", "charity_donation"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Doanh nhân quê lúa mang Tết về xóm nghèo",
        "sapo": "Ông Đặng Văn Phước trao 300 phần quà gồm gạo, dầu ăn và tiền mặt cho các gia đình khó khăn.",
        "text": "Những ngày giáp Tết, sân nhà văn hóa xã Tân Hòa đông nghịt người. Ông Phước, chủ một doanh nghiệp "
        "chế biến gạo, về quê trao 300 phần quà, mỗi phần gồm 20 kg gạo, dầu ăn, bánh mứt và 500.000 đồng.\n\n"
        "Đây là năm thứ mười ông làm việc này. Người nhận là hộ nghèo, người già neo đơn, trẻ mồ côi do xã lập "
        "danh sách.",
        "published_at": "2025-01-20T08:00:00+07:00",
        "source": "Báo Đồng Tháp",
        "story_type": "good_deed",
        "model_types": ["charity_donation"],
        "people": ["Đặng Văn Phước"],
        "figures": [],
    },
    {
        "title": "Đồng hương xa xứ góp tiền xây cầu cho quê",
        "sapo": "Hội đồng hương xã Phước Thắng tại TP.HCM gom được hơn 900 triệu đồng để thay cầu khỉ bằng cầu "
        "bê tông.",
        "text": "Cây cầu khỉ bắc qua kênh Năm Thước là lối đi của hàng trăm học sinh. Đầu năm, ông Lâm Văn Chín, "
        "Chủ tịch Hội đồng hương, kêu gọi các thành viên đóng góp. Người góp vài trăm nghìn, người góp vài chục "
        "triệu; sau ba tháng, hội gom được hơn 900 triệu đồng.\n\n"
        "Cây cầu bê tông dài 45 m, rộng 3 m đã được khánh thành, xe máy và xe ba gác qua lại dễ dàng.",
        "published_at": "2024-04-16T08:00:00+07:00",
        "source": "Báo Bạc Liêu",
        "story_type": "good_deed",
        "model_types": ["fund_raising", "infrastructure_roads"],
        "people": ["Lâm Văn Chín"],
        "figures": [("money_vnd", 9e8)],
    },
    {
        "title": "Hỗ trợ lao động thuộc hộ nghèo đi làm việc ở nước ngoài",
        "sapo": "HĐND tỉnh thông qua nghị quyết hỗ trợ chi phí và cho vay đến 100 triệu đồng đối với người lao "
        "động thuộc hộ nghèo, cận nghèo.",
        "text": "Tại kỳ họp thứ 22, HĐND tỉnh khóa XVIII đã thông qua nghị quyết quy định chính sách hỗ trợ người "
        "lao động đi làm việc ở nước ngoài theo hợp đồng giai đoạn 2025-2030.\n\n"
        "Theo đó, người lao động thuộc hộ nghèo, cận nghèo, người dân tộc thiểu số được hỗ trợ chi phí học "
        "ngoại ngữ, bồi dưỡng kiến thức cần thiết, làm hộ chiếu, visa; được vay vốn đến 100 triệu đồng với lãi "
        "suất ưu đãi qua Ngân hàng Chính sách xã hội.\n\n"
        "Mục tiêu mỗi năm toàn tỉnh đưa khoảng 2.000 lao động đi làm việc tại Nhật Bản, Hàn Quốc, Đài Loan "
        "(Trung Quốc).",
        "published_at": "2024-12-12T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "policy_news",
        "model_types": ["job_placement_labor_export", "preferential_credit", "vocational_training"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Năm năm thực hiện Chương trình giảm nghèo bền vững: hơn 8.000 nhà tạm được xóa",
        "sapo": "Tỷ lệ hộ nghèo đa chiều giảm bình quân 1,2% mỗi năm, vượt mục tiêu nghị quyết.",
        "text": "Ngày 24/10, UBND tỉnh tổ chức hội nghị tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền "
        "vững giai đoạn 2021-2025.\n\n"
        "Báo cáo cho thấy sau năm năm, toàn tỉnh đã hỗ trợ xây mới, sửa chữa hơn 8.000 căn nhà cho hộ nghèo, "
        "hộ gặp khó khăn về nhà ở; hơn 12.000 lao động được học nghề ngắn hạn. Tỷ lệ hộ nghèo giảm từ 9,8% "
        "xuống còn 3,6%.\n\n"
        "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh yêu cầu các địa phương rà soát kỹ, không để hộ đã thoát "
        "nghèo tái nghèo.",
        "published_at": "2025-10-25T08:00:00+07:00",
        "source": "Báo Quảng Ngãi",
        "story_type": "policy_news",
        "model_types": ["housing", "vocational_training"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Ra quân Tháng cao điểm Vì người nghèo",
        "sapo": "Ủy ban MTTQ tỉnh kêu gọi cán bộ, công chức mỗi người ủng hộ ít nhất một ngày lương.",
        "text": "Sáng 17/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ ra quân hưởng ứng Tháng cao điểm Vì người nghèo "
        "năm 2025. Ngay tại buổi lễ, các cơ quan, doanh nghiệp đã đăng ký ủng hộ hơn 5 tỷ đồng.\n\n"
        "Ủy ban MTTQ tỉnh đề nghị mỗi cán bộ, công chức, người lao động đóng góp ít nhất một ngày lương; số tiền "
        "sẽ dùng để xây nhà, hỗ trợ sinh kế cho hộ nghèo.",
        "published_at": "2025-10-17T08:00:00+07:00",
        "source": "Báo Hưng Yên",
        "story_type": "policy_news",
        "model_types": ["fund_raising"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Hướng dẫn rà soát hộ nghèo, cận nghèo năm 2025",
        "sapo": "Sở Nông nghiệp và Môi trường đề nghị các xã hoàn thành việc rà soát trước ngày 15/12.",
        "text": "Thực hiện quyết định của UBND tỉnh, Sở Nông nghiệp và Môi trường vừa ban hành văn bản hướng dẫn "
        "các xã, phường tổ chức rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều.\n\n"
        "Việc rà soát phải công khai, có sự tham gia của người dân; kết quả được niêm yết tại nhà văn hóa thôn. "
        "Các xã báo cáo kết quả về Sở trước ngày 15/12 để tổng hợp.",
        "published_at": "2025-11-03T08:00:00+07:00",
        "source": "Báo Phú Thọ",
        "story_type": "policy_news",
        "model_types": ["other"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Kinh tế chín tháng tăng trưởng 7,2%",
        "sapo": "GRDP chín tháng ước tăng 7,2%, tỷ lệ hộ nghèo còn 1,86%.",
        "text": _LONG_STATS,
        "published_at": "2025-10-06T08:00:00+07:00",
        "source": "Báo Bắc Ninh",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Lễ viếng đồng chí nguyên Chủ tịch UBND tỉnh",
        "sapo": "Đồng chí Hoàng Minh Tuấn từ trần hồi 9h15 ngày 2/11, hưởng thọ 86 tuổi.",
        "text": "Ban Thường vụ Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh và gia đình vô cùng thương tiếc báo "
        "tin: đồng chí Hoàng Minh Tuấn, nguyên Chủ tịch UBND tỉnh, đã từ trần.\n\n"
        "Trong quá trình công tác, đồng chí có nhiều đóng góp cho sự nghiệp xây dựng quê hương, nhất là phong "
        "trào làm đường giao thông nông thôn và công tác xóa đói giảm nghèo những năm 1990. Đồng chí được tặng "
        "Huân chương Độc lập hạng Nhì.\n\n"
        "Lễ viếng được tổ chức từ 7h ngày 4/11 tại Nhà tang lễ tỉnh; lễ truy điệu và đưa tang lúc 13h cùng ngày.",
        "published_at": "2024-11-03T08:00:00+07:00",
        "source": "Báo Yên Bái",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Lãnh 7 năm tù vì chiếm đoạt tiền vay của hộ nghèo",
        "sapo": "Nguyên cán bộ thu nợ bị buộc trả lại hơn 600 triệu đồng cho người dân.",
        "text": "Ngày 19/9, TAND tỉnh mở phiên tòa xét xử sơ thẩm bị cáo Nguyễn Văn Quý (48 tuổi), nguyên tổ "
        "trưởng tổ vay vốn, về tội lạm dụng tín nhiệm chiếm đoạt tài sản.\n\n"
        "Theo cáo trạng, từ năm 2019 đến 2023, Quý thu tiền lãi và tiền trả nợ của 37 hộ nhưng không nộp về "
        "ngân hàng mà tiêu xài cá nhân, tổng số hơn 600 triệu đồng.\n\n"
        "Hội đồng xét xử tuyên phạt Quý 7 năm tù, buộc bị cáo trả lại toàn bộ số tiền đã chiếm đoạt.",
        "published_at": "2025-09-20T08:00:00+07:00",
        "source": "Báo Hậu Giang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Bão số 5 áp sát đất liền, hơn 10.000 dân được di dời",
        "sapo": "Lực lượng vũ trang trực 24/24 giờ, sẵn sàng phương tiện cứu hộ, cứu nạn.",
        "text": "Chiều 25/8, bão số 5 cách đất liền khoảng 150 km, sức gió mạnh cấp 11, giật cấp 13. Các địa "
        "phương ven biển đã di dời hơn 10.000 người dân khỏi vùng nguy hiểm đến nơi trú tránh an toàn.\n\n"
        "Bộ Chỉ huy quân sự tỉnh huy động 1.200 cán bộ, chiến sĩ cùng xuồng, ca nô túc trực. Toàn bộ tàu thuyền "
        "đã vào nơi neo đậu. Các trường học cho học sinh nghỉ học ngày 26/8.",
        "published_at": "2025-08-25T08:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Kỳ họp HĐND tỉnh: dồn lực giải ngân vốn đầu tư công",
        "sapo": "Đại biểu chất vấn tiến độ các dự án giao thông trọng điểm chậm giải phóng mặt bằng.",
        "text": "Sáng 10/12, HĐND tỉnh khai mạc kỳ họp thường lệ cuối năm. Kỳ họp xem xét báo cáo kinh tế - xã hội, "
        "dự toán ngân sách năm 2025 và kế hoạch đầu tư công trung hạn.\n\n"
        "Nhiều đại biểu chất vấn tiến độ tuyến đường ven biển và cầu qua sông Lam, do vướng mặt bằng. Giám đốc "
        "Sở Giao thông vận tải thừa nhận tỷ lệ giải ngân mới đạt 61% kế hoạch, hứa hoàn thành trong quý I.",
        "published_at": "2024-12-10T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
]
