"""Blind evaluation batch 9 (split ``blind6``): written fresh for the fourth round, scored before any change.

Thirty-four provincial-press articles and snippets in wordings unlike the development corpus and the earlier
blind batches: Central and Southern vocabulary (bầy heo, lời, cất nhà, bóp, xuồng, miệt vườn), passive and
indirect phrasing, numbers in words, long quotes from officials, headlines that are questions, and near-miss
negatives (a labour survey with "hộ nghèo", a digital-government meeting, an obituary, the police handing back
stolen motorbikes, a consumer-loan advertisement, flood damage, a scam using the policy bank's name).
Labels follow the taxonomy: a programme or a company delivering water or a house to a named poor household is
a poverty model (the household's livelihood), neighbours rebuilding a house is a good deed, and people are the
exemplary persons only, never officials quoted or beneficiaries quoted.
"""

from __future__ import annotations

from typing import Any

_LONG_QUANG_TRI = (
    "Nhà chị Hồ Thị Ngoan ở bản Xa Rường nằm lưng chừng đồi, muốn vô phải lội qua con suối cạn. Năm năm về "
    "trước, căn nhà ván của chị dột tứ phía, chồng mất sớm, một mình chị nuôi ba đứa nhỏ bằng mấy sào lúa "
    "rẫy. Trong danh sách bình xét cuối năm của bản, tên chị năm nào cũng đứng đầu.\n\n"
    "Bước ngoặt đến vào mùa khô năm 2021, khi chị được xét cho vay năm mươi triệu đồng từ nguồn vốn cho "
    "vay hộ nghèo của Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hướng Hóa, thông qua Hội Phụ nữ xã "
    "nhận ủy thác. Số tiền ấy, chị dùng mua hai con bò cái và sáu con heo "
    "đen giống địa phương.\n\n"
    "Chị kể hồi đầu chẳng biết làm chuồng cho đúng, heo con bị tiêu chảy chết mất hai con. Nghe tin tổ "
    "khuyến nông cộng đồng của xã mở lớp ở nhà văn hóa bản, chị đi học không sót buổi nào, về làm lại chuồng "
    "sàn cách mặt đất, trồng thêm cỏ voi ven rẫy, ủ chua thân chuối cho heo ăn.\n\n"
    "Bây giờ bầy bò đã lên chín con, mỗi năm chị xuất bán chừng hai chục con heo thịt. Tính ra, trừ chi phí, "
    "mỗi năm chị lời chừng bảy chục triệu đồng, gấp mấy lần trồng lúa rẫy. Căn nhà ván cũ đã được thay bằng "
    "ngôi nhà xây hai gian, đứa con lớn đang học cao đẳng ở Huế.\n\n"
    "“Mình người Vân Kiều, trước chỉ biết đốt rẫy trỉa lúa, được mùa thì ăn, mất mùa thì đói. Giờ biết nuôi "
    "con heo, con bò cho đúng cách thì có cái để dành, con cái được đi học”, chị Ngoan nói, tay vẫn thoăn "
    "thoắt băm rau chuối.\n\n"
    "Ông Hồ Văn Lai, Trưởng bản Xa Rường, cho hay: “Chị Ngoan làm được thì bà con trong bản tin theo. Hiện "
    "có mười một hộ đến nhà chị học cách làm chuồng, cách ủ thức ăn. Năm vừa rồi, bản giảm được bảy hộ "
    "nghèo, trong đó có bốn hộ nuôi heo theo cách của chị”.\n\n"
    "Cuối năm 2024, chị Ngoan tự nguyện làm đơn xin ra khỏi danh sách hộ nghèo, nhường suất hỗ trợ cho hộ "
    "khác khó khăn hơn."
)

_LONG_KHAM_BENH = (
    "Từ tờ mờ sáng, sân Trường Tiểu học Nà Hẩu đã kín người. Có cụ già chống gậy đi bộ cả tiếng đồng hồ, "
    "có người mẹ địu con nhỏ trên lưng, đứng chờ đến lượt vào gặp bác sĩ.\n\n"
    "Đoàn gồm hai mươi sáu y bác sĩ, điều dưỡng của Bệnh viện Đa khoa tỉnh cùng sinh viên Trường Cao đẳng Y tế "
    "đã vượt gần trăm cây số đường đèo lên xã vùng cao này. Trong hai ngày, đoàn khám bệnh, cấp thuốc miễn "
    "phí cho hơn bảy trăm lượt người, chủ yếu là người cao tuổi, trẻ em người Dao, người Mông; đo huyết áp, "
    "siêu âm, đo đường huyết và tư vấn cách phòng bệnh khi trời trở lạnh.\n\n"
    "Nhiều cụ lần đầu được siêu âm. Bà Triệu Thị Mây, bảy mươi tư tuổi, cầm túi thuốc nói: “Nhà xa trạm "
    "y tế, đau lưng mấy năm cũng chỉ uống lá. Nay các cháu lên tận nơi, cho thuốc không lấy tiền, mừng lắm”.\n\n"
    "Bên cạnh việc khám chữa bệnh, đoàn còn trao một trăm suất quà gồm chăn ấm, gạo, mì tôm cho các hộ khó "
    "khăn và ba mươi chiếc áo ấm cho học sinh điểm trường. Kinh phí do cán bộ, nhân viên bệnh viện tự "
    "nguyện đóng góp cùng một số nhà hảo tâm.\n\n"
    "Bác sĩ Lương Văn Khải, Trưởng đoàn, chia sẻ: “Anh em chúng tôi đi bằng tiền túi, nghỉ ngày thứ bảy, "
    "chủ nhật. Ai cũng muốn góp một chút công sức cho bà con vùng cao, vì ở đây đường xa, đi viện rất "
    "khó”.\n\n"
    "Đây là năm thứ sáu liên tiếp đoàn tổ chức những chuyến đi như thế. Những ca bệnh nặng được phát hiện, "
    "đoàn ghi lại thông tin, hẹn đưa về tỉnh điều trị và hỗ trợ tiền đi lại."
)

_LONG_XKLD_POLICY = (
    "Sáng 14/10, UBND tỉnh tổ chức hội nghị triển khai kế hoạch đưa người lao động đi làm việc ở nước ngoài "
    "theo hợp đồng giai đoạn 2026 - 2030. Theo kế hoạch, mỗi năm tỉnh phấn đấu có ít nhất một nghìn hai trăm "
    "lao động đi làm việc tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) và các thị trường châu Âu, trong đó "
    "ưu tiên người thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số và thân nhân người có công.\n\n"
    "Lao động thuộc các đối tượng này được hỗ trợ chi phí học ngoại ngữ, bồi dưỡng kiến thức cần thiết, "
    "tiền ăn, đi lại trong thời gian học, làm hộ chiếu, lý lịch tư pháp và khám sức khỏe. Người có nhu cầu "
    "được vay vốn tại Ngân hàng Chính sách xã hội với mức tối đa bằng toàn bộ chi phí theo hợp đồng, lãi "
    "suất bằng lãi suất cho vay hộ nghèo.\n\n"
    "Phát biểu tại hội nghị, ông Nguyễn Hữu Thành, Phó Chủ tịch UBND tỉnh, nhấn mạnh: “Đưa lao động đi làm "
    "việc ở nước ngoài không chỉ là giải quyết việc làm trước mắt, mà là một hướng giảm nghèo nhanh và bền "
    "vững. Các địa phương phải làm tốt khâu tuyên truyền, không để người lao động bị lừa đảo, mất tiền; các "
    "doanh nghiệp phải công khai chi phí, không thu quá mức quy định. Sở Nội vụ phối hợp với Công an tỉnh "
    "kiểm tra, xử lý nghiêm các trường hợp tuyển dụng trái phép”.\n\n"
    "Giai đoạn 2021 - 2025, toàn tỉnh đã có hơn năm nghìn lao động đi làm việc ở nước ngoài, mỗi năm gửi về "
    "khoảng một trăm năm mươi triệu USD. Nhiều gia đình đã xây được nhà, có vốn làm ăn sau khi con em về "
    "nước.\n\n"
    "Hội nghị cũng giao các xã, phường rà soát nhu cầu, lập danh sách lao động đăng ký trước ngày 30/11."
)

ITEMS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ poverty models
    {
        "title": "Vì sao chị Ngoan xin ra khỏi danh sách hộ nghèo?",
        "sapo": "Từ năm mươi triệu đồng vốn vay, người phụ nữ Vân Kiều ở bản Xa Rường gây dựng bầy bò, bầy heo "
        "và tự nguyện nhường suất hỗ trợ cho hộ khác.",
        "text": _LONG_QUANG_TRI,
        "published_at": "2025-01-20T07:30:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "poverty_model",
        "model_types": ["livestock", "preferential_credit", "agricultural_extension"],
        "people": ["Hồ Thị Ngoan"],
        "figures": [("money_vnd", 5e7)],
    },
    {
        "title": "Ba năm xứ Đài, đổi căn nhà gỗ thành nhà tầng",
        "sapo": "Đi làm công nhân nhà máy ở Đài Loan theo hợp đồng, anh Lê Đình Sơn (Nghệ An) gửi tiền về trả "
        "nợ, xây nhà và mở xưởng mộc nhỏ.",
        "text": "Năm 2020, gia đình anh Lê Đình Sơn ở xóm 5 thuộc diện cận nghèo, bố bệnh nằm một chỗ. Sau khi "
        "tham gia lớp định hướng do huyện tổ chức, anh quyết định ký hợp đồng sang Đài Loan làm công nhân cơ "
        "khí. Tiền phí xuất cảnh, anh được Ngân hàng Chính sách xã hội cho vay tám mươi triệu đồng.\n\n"
        "Ba năm làm việc, mỗi tháng anh gửi về chừng mười hai triệu đồng. Về nước, anh trả hết nợ, xây căn "
        "nhà hai tầng và mở xưởng mộc nhỏ, nhận thêm hai thanh niên trong xóm vào làm.\n\n"
        "“Đi là để có vốn, có nghề mang về. Ở quê giờ làm cũng sống được”, anh Sơn nói.",
        "published_at": "2024-11-02T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "poverty_model",
        "model_types": ["job_placement_labor_export", "preferential_credit"],
        "people": ["Lê Đình Sơn"],
        "figures": [("money_vnd", 8e7)],
    },
    {
        "title": "Nước về bản Hua Pan",
        "sapo": "Công trình cấp nước sinh hoạt do quỹ cộng đồng của một doanh nghiệp tài trợ vừa được bàn giao "
        "cho sáu mươi hộ dân ở bản Hua Pan.",
        "text": "Trước đây, mỗi sáng bà con bản Hua Pan phải đi bộ gần hai cây số xuống khe lấy nước. Mùa khô "
        "khe cạn, nhiều nhà phải hứng nước đục về lắng phèn.\n\n"
        "Tháng trước, hệ thống bể lọc và đường ống dẫn nước tự chảy dài ba cây số đã được hoàn thành, kinh "
        "phí hơn một tỷ đồng do Quỹ Vì cộng đồng của Công ty cổ phần Sữa Mộc tài trợ, người dân góp ngày công "
        "đào rãnh. Sáu mươi hộ, phần lớn là hộ nghèo người Thái, đã có nước về tận bể chứa trong nhà.\n\n"
        "Bà Lò Thị Ún vui vẻ: “Giờ mở vòi là có nước, con cháu tắm rửa sạch sẽ, không phải gánh nữa”. Ban "
        "quản lý bản đã lập tổ tự quản để thu tiền bảo dưỡng đường ống hằng tháng.",
        "published_at": "2025-09-12T09:00:00+07:00",
        "source": "Báo Sơn La",
        "story_type": "poverty_model",
        "model_types": ["clean_water_sanitation"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Mái nhà mới trước mùa mưa bão",
        "sapo": "Căn nhà cấp bốn của ông Phan Văn Dư ở thôn Đông Hà được xây xong từ Chương trình xóa nhà tạm, "
        "nhà dột nát của tỉnh.",
        "text": "Ông Phan Văn Dư năm nay sáu mươi tám tuổi, sống cùng người con trai bị tật nguyền trong căn "
        "nhà tranh vách đất đã xuống cấp. Mỗi mùa mưa bão, hai cha con phải sang ở nhờ nhà hàng xóm.\n\n"
        "Năm nay, gia đình ông được xét hỗ trợ sáu mươi triệu đồng từ chương trình xóa nhà tạm, nhà dột nát, "
        "cộng thêm tiền vay ưu đãi và tiền dành dụm, căn nhà mới rộng bốn mươi mét vuông đã được dựng lên "
        "trên nền đất cũ, có mái bằng để tránh lũ.\n\n"
        "“Ở tuổi này mà có được cái nhà chắc chắn, tôi yên tâm rồi”, ông Dư nói trong ngày nhận nhà. Theo UBND "
        "xã, năm 2025 xã hoàn thành mười bốn căn nhà cho hộ nghèo, hộ cận nghèo.",
        "published_at": "2025-08-28T08:00:00+07:00",
        "source": "Báo Quảng Ngãi",
        "story_type": "poverty_model",
        "model_types": ["housing"],
        "people": [],
        "figures": [("money_vnd", 6e7)],
    },
    {
        "title": "Đương quy, tam thất dưới tán rừng Bát Xát",
        "sapo": "Liên kết với doanh nghiệp dược, Hợp tác xã Dược liệu Y Tý giúp bốn mươi hộ người Hà Nhì có "
        "thu nhập ổn định.",
        "text": "Ở độ cao gần hai nghìn mét, những luống đương quy xanh mướt chạy dọc sườn đồi. Hợp tác xã Dược "
        "liệu Y Tý được anh Chu Thế Dìn thành lập năm 2019 với chín thành viên, nay đã có bốn mươi hộ tham "
        "gia, trồng đương quy, tam thất và đảng sâm.\n\n"
        "Toàn bộ sản phẩm được một công ty dược ở Hà Nội ký hợp đồng thu mua với giá ổn định. Mỗi sào đương quy "
        "cho thu khoảng mười lăm triệu đồng, gấp ba lần trồng ngô. Nhiều hộ thành viên trước đây thuộc diện "
        "nghèo nay đã có của ăn của để.\n\n"
        "Anh Dìn cho biết sắp tới hợp tác xã sẽ xây nhà sấy để sơ chế tại chỗ, bán được giá hơn.",
        "published_at": "2024-05-16T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "cooperative_value_chain"],
        "people": ["Chu Thế Dìn"],
        "figures": [],
    },
    {
        "title": "Hũ gạo tình thương thành quỹ quay vòng ở sóc Ba Se",
        "sapo": "Từ những nắm gạo bớt lại mỗi bữa, chị em phụ nữ Khmer sóc Ba Se lập quỹ cho nhau mượn vốn làm "
        "ăn.",
        "text": "Mỗi ngày trước khi nấu cơm, các chị bớt lại một nắm gạo bỏ vào hũ. Cuối tháng, tổ gom gạo "
        "bán, cộng thêm tiền góp hằng tháng, thành quỹ cho hội viên mượn luân phiên, không tính lời.\n\n"
        "Sau bốn năm, quỹ của tổ đã lên hơn một trăm triệu đồng. Hai mươi hai chị đã được mượn vốn để nuôi "
        "bò, mua máy may, mở sạp bán tạp hóa. Chị Thạch Thị Sa Rươne, tổ trưởng, cho biết đã có năm hộ "
        "trong tổ thoát cảnh nghèo, chưa chị nào trả chậm.",
        "published_at": "2025-04-03T08:00:00+07:00",
        "source": "Báo Sóc Trăng",
        "story_type": "poverty_model",
        "model_types": ["savings_loan_groups"],
        "people": ["Thạch Thị Sa Rươne"],
        "figures": [],
    },
    {
        "title": "Khô cá lóc lên sàn, cô gái miệt sông Hậu có thêm đơn hàng",
        "sapo": "Quay video phơi khô, chốt đơn qua mạng, chị Nguyễn Thị Bích Tuyền mỗi tháng bán gần một tấn "
        "khô cá lóc đạt chuẩn OCOP ba sao.",
        "text": "Nhà chị Tuyền mấy đời làm khô, trước chỉ bán mối cho thương lái ở chợ, giá lên xuống thất "
        "thường. Năm 2022, sau khóa tập huấn về bán hàng qua mạng do xã tổ chức, chị mở gian hàng trên sàn "
        "Shopee, mỗi tối lên phiên trực tiếp giới thiệu sản phẩm.\n\n"
        "Khô cá lóc một nắng của chị được công nhận sản phẩm OCOP ba sao năm 2023. Giờ khách ở Hà Nội, Đà Nẵng "
        "đặt hàng đều, mỗi tháng chị bán gần một tấn, thuê thêm sáu chị em trong ấp phơi, đóng gói.\n\n"
        "“Mình làm sạch, làm thật thì khách quay lại”, chị Tuyền nói.",
        "published_at": "2024-09-09T08:00:00+07:00",
        "source": "Báo An Giang",
        "story_type": "poverty_model",
        "model_types": ["digital_transformation", "craft_village_ocop"],
        "people": ["Nguyễn Thị Bích Tuyền"],
        "figures": [],
    },
    {
        "title": "Chàng trai khuyết tật mở tiệm sửa xe đầu con dốc",
        "sapo": "Sau sáu tháng theo lớp nghề sửa xe gắn máy, anh Đinh Văn Chiến (Hòa Bình) đã tự nuôi được mình "
        "và mẹ già.",
        "text": "Bị liệt một chân từ nhỏ, anh Chiến từng nghĩ mình sẽ sống nhờ mẹ suốt đời. Năm 2023, anh "
        "được xã giới thiệu theo khóa sửa chữa xe gắn máy do Trung tâm Giáo dục nghề nghiệp huyện mở, được "
        "miễn học phí và hỗ trợ tiền ăn.\n\n"
        "Học xong, anh được mượn mặt bằng đầu con dốc để mở tiệm. Ngày thường tiệm có năm, bảy lượt xe, anh "
        "kiếm chừng hai trăm nghìn đồng. Gia đình anh đã ra khỏi diện hộ nghèo năm vừa rồi.",
        "published_at": "2024-12-05T08:00:00+07:00",
        "source": "Báo Hòa Bình",
        "story_type": "poverty_model",
        "model_types": ["vocational_training"],
        "people": ["Đinh Văn Chiến"],
        "figures": [],
    },
    {
        "title": "Khách Tây chèo xuồng hái chôm chôm ở cồn Sơn",
        "sapo": "Mở cửa vườn đón khách, nhiều hộ ở cồn Sơn có thu nhập cao hơn hẳn bán trái cho thương lái.",
        "text": "Mấy năm trước, vườn chôm chôm nhà ông Tư Quang chỉ bán được giá rẻ mạt vào chính vụ. Khi có "
        "công ty lữ hành đưa khách nước ngoài về cồn, ông sửa lại căn nhà gỗ, làm bến xuồng, đón khách ăn trưa "
        "và hái trái tại vườn.\n\n"
        "Giờ mỗi ngày nhà ông đón vài chục lượt khách, bán vé vườn kèm bữa cơm quê. Cả cồn có mười tám hộ làm "
        "du lịch kiểu này, chia nhau đưa khách, người chèo xuồng, người đờn ca tài tử. Nhiều hộ trước khó "
        "khăn nay đã cất được nhà mới.",
        "published_at": "2025-10-18T08:00:00+07:00",
        "source": "Báo Cần Thơ",
        "story_type": "poverty_model",
        "model_types": ["community_tourism"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Bồ câu Pháp trên gác nhà chị Hạnh",
        "sapo": "Tận dụng tầng gác, chị Trần Thị Hạnh nuôi hơn bốn trăm cặp bồ câu, mỗi tháng lời chừng mười "
        "lăm triệu đồng.",
        "text": "Chồng đi làm phụ hồ, một mình chị Hạnh ở nhà với hai con nhỏ, thu nhập bấp bênh. Năm 2021, chị "
        "hỏi mượn anh em được ba chục triệu đồng mua hai mươi cặp bồ câu Pháp về nuôi trên tầng gác.\n\n"
        "Bồ câu ít bệnh, đẻ đều, cứ mỗi tháng một lứa. Đến nay đàn đã lên hơn bốn trăm cặp, chị bán chim thịt "
        "và chim giống cho các nhà hàng trong huyện, mỗi tháng lời chừng mười lăm triệu đồng. Gia đình chị "
        "đã ra khỏi danh sách hộ cận nghèo của xã.",
        "published_at": "2024-03-27T08:00:00+07:00",
        "source": "Báo Thái Bình",
        "story_type": "poverty_model",
        "model_types": ["livestock"],
        "people": ["Trần Thị Hạnh"],
        "figures": [],
    },
    {
        "title": "Đoàn viên giúp nhà chị Lụa dựng lại chuồng gà",
        "sapo": "Chi đoàn thôn Phú Mỹ nhận giúp đỡ hộ chị Võ Thị Lụa, hỗ trợ gà giống và công làm chuồng.",
        "text": "Đầu năm, Chi đoàn thôn Phú Mỹ chọn hộ chị Võ Thị Lụa, chồng mất, nuôi hai con đang đi học, để "
        "giúp đỡ thoát nghèo. Các đoàn viên góp tiền mua hai trăm con gà giống, góp công dựng lại chuồng trại "
        "và thay nhau đến hướng dẫn cách tiêm phòng.\n\n"
        "Sau bốn tháng, lứa gà đầu tiên xuất bán được hơn hai mươi triệu đồng. Chị Lụa giữ lại một phần để "
        "nuôi lứa tiếp theo. Bí thư Chi đoàn cho biết đoàn viên sẽ theo sát gia đình chị đến khi ra khỏi diện "
        "nghèo.",
        "published_at": "2025-06-11T08:00:00+07:00",
        "source": "Báo Bình Định",
        "story_type": "poverty_model",
        "model_types": ["mentoring_sponsorship", "livestock"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Cây ớt có đầu ra, bà con Ea Súp hết lo bị ép giá",
        "sapo": "Ký hợp đồng với công ty chế biến, sáu mươi hộ trồng ớt ở xã Ea Súp bán trọn sản phẩm với giá sàn.",
        "text": "Trước kia, ớt chín rộ là lúc bà con lo nhất, vì thương lái ép giá. Từ năm 2023, sáu mươi hộ "
        "trong xã vào tổ hợp tác trồng ớt, được công ty chế biến thực phẩm ứng trước cây giống, phân bón và "
        "cam kết thu mua toàn bộ với giá không dưới mười hai nghìn đồng một ký.\n\n"
        "Mỗi sào ớt cho lãi chừng hai mươi triệu đồng mỗi vụ. Nhiều hộ đồng bào dân tộc thiểu số trong tổ đã "
        "có tiền sửa nhà, mua xe.",
        "published_at": "2025-11-04T08:00:00+07:00",
        "source": "Báo Đắk Lắk",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "cooperative_value_chain"],
        "people": [],
        "figures": [],
    },
    # ------------------------------------------------------------------ good deeds
    {
        "title": "Ai đưa bác sĩ lên tận điểm trường Nà Hẩu?",
        "sapo": "Hơn bảy trăm lượt người dân vùng cao được khám bệnh, cấp thuốc không mất tiền trong hai ngày "
        "cuối tuần.",
        "text": _LONG_KHAM_BENH,
        "published_at": "2025-12-08T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "good_deed",
        "model_types": ["health_support", "volunteering", "charity_donation"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Lượm được bóp có mười ba triệu, ông bán vé số tìm trả người mất",
        "sapo": "Ông Huỳnh Văn Bé nhờ công an phường tìm chủ chiếc bóp đánh rơi ở chợ.",
        "text": "Sáng 3/4, trong lúc đi bán vé số ở chợ, ông Huỳnh Văn Bé, sáu mươi hai tuổi, lượm được một "
        "chiếc bóp da bên trong có mười ba triệu đồng, căn cước và giấy tờ xe. Ông mang ngay đến công an "
        "phường nhờ tìm chủ.\n\n"
        "Chiều cùng ngày, chủ chiếc bóp là một tiểu thương bán cá đã đến nhận lại đủ tiền và giấy tờ. Chị "
        "gửi ông ít tiền cảm ơn nhưng ông nhất định không lấy.",
        "published_at": "2024-04-05T08:00:00+07:00",
        "source": "Báo Vĩnh Long",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Huỳnh Văn Bé"],
        "figures": [],
    },
    {
        "title": "Cậu học trò lớp tám đã làm gì khi nghe tiếng kêu bên bờ ao?",
        "sapo": "Không kịp cởi áo, em Nguyễn Gia Bảo nhảy xuống ao sâu, đưa được bé gái năm tuổi lên bờ.",
        "text": "Chiều 12/6, trên đường đi học thêm về, em Nguyễn Gia Bảo, học sinh lớp 8 Trường THCS Phù Lưu, "
        "nghe tiếng la thất thanh bên ao làng. Một bé gái năm tuổi trượt chân, đang chới với giữa ao.\n\n"
        "Không kịp cởi áo, Bảo nhảy xuống, bơi ra nắm lấy tay bé, đẩy vào bờ. Người lớn chạy tới sơ cứu, bé "
        "đã tỉnh lại. Nhà trường đã đề nghị huyện khen thưởng hành động dũng cảm của em.",
        "published_at": "2024-06-14T08:00:00+07:00",
        "source": "Báo Hưng Yên",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Nguyễn Gia Bảo"],
        "figures": [],
    },
    {
        "title": "Dời hàng rào, nhường ba trăm mét vuông đất cho trường mầm non",
        "sapo": "Gia đình ông Lê Văn Khánh không nhận tiền đền bù, để điểm trường mầm non thôn Trung có sân chơi.",
        "text": "Điểm trường mầm non thôn Trung chật chội, các cháu không có chỗ chơi. Biết xã đang tìm đất mở "
        "rộng, ông Lê Văn Khánh bàn với vợ con dời hàng rào, chặt bớt vườn keo, nhường ba trăm mét vuông đất "
        "liền kề cho trường, không nhận đồng bồi thường nào.\n\n"
        "“Đất để cho con cháu học thì quý hơn để trồng keo”, ông nói.",
        "published_at": "2025-07-22T08:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "good_deed",
        "model_types": ["land_donation"],
        "people": ["Lê Văn Khánh"],
        "figures": [],
    },
    {
        "title": "Ba mươi mốt lần cho đi giọt máu hiếm",
        "sapo": "Mang nhóm máu Rh âm, anh Phạm Ngọc Tài luôn sẵn sàng có mặt ở bệnh viện khi có ca cần máu.",
        "text": "Anh Phạm Ngọc Tài, thợ điện ở phường Hưng Dũng, thuộc nhóm máu Rh âm, loại máu hiếm. Mười bốn "
        "năm qua, anh đã ba mươi mốt lần hiến máu, nhiều lần nửa đêm chạy xe vào viện khi nhận điện thoại.\n\n"
        "Anh là thành viên Câu lạc bộ Ngân hàng máu sống của tỉnh, được Ban chỉ đạo vận động hiến máu tặng "
        "bằng khen năm 2024.",
        "published_at": "2025-02-26T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "good_deed",
        "model_types": ["blood_donation"],
        "people": ["Phạm Ngọc Tài"],
        "figures": [],
    },
    {
        "title": "Ổ bánh mì hai nghìn đồng trước cổng chợ đêm",
        "sapo": "Mỗi tối, nhóm bạn trẻ của chị Đoàn Thị Kim Loan bán bánh mì giá hai nghìn đồng cho người lao "
        "động nghèo, ai không có tiền thì lấy không.",
        "text": "Tấm bảng nhỏ ghi “Bánh mì 2.000 đồng - không có tiền cứ lấy” đặt trước xe bánh mì của nhóm "
        "chị Loan. Từ sáu giờ tối, nhóm phát khoảng ba trăm ổ cho người bán vé số, xe ôm, người nhặt ve chai.\n\n"
        "Tiền làm bánh do các thành viên góp và nhà hảo tâm gửi. Nhóm có mười lăm người, đa phần là sinh "
        "viên, thay nhau đứng bán mỗi tối.",
        "published_at": "2024-10-21T08:00:00+07:00",
        "source": "Báo Bình Dương",
        "story_type": "good_deed",
        "model_types": ["volunteering", "charity_donation"],
        "people": ["Đoàn Thị Kim Loan"],
        "figures": [],
    },
    {
        "title": "Người xa quê góp quỹ cho học trò nghèo xã biển",
        "sapo": "Hội Khuyến học xã Cảnh Dương vận động con em xa quê đóng góp, trao tám mươi suất học bổng.",
        "text": "Ngày 25/8, Hội Khuyến học xã Cảnh Dương trao tám mươi suất học bổng, mỗi suất hai triệu đồng, "
        "cho học sinh nghèo vượt khó. Số tiền do hội vận động từ người làng đang sống ở TP Hồ Chí Minh, Hà "
        "Nội và nước ngoài, tổng cộng hơn hai trăm triệu đồng.\n\n"
        "Phần còn lại được đưa vào quỹ để giúp các em thi đỗ đại học năm sau.",
        "published_at": "2025-08-26T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "good_deed",
        "model_types": ["education_support", "fund_raising"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Chăn ấm lên bản giữa đợt rét đậm",
        "sapo": "Câu lạc bộ thiện nguyện Trái Tim Hồng mang năm trăm chiếc chăn và gạo đến với bà con bản Mù Cả.",
        "text": "Nhiệt độ ở bản Mù Cả xuống dưới năm độ, nhiều nhà không đủ chăn đắp. Ngày 10/1, Câu lạc bộ "
        "thiện nguyện Trái Tim Hồng do anh Vũ Đức Minh làm chủ nhiệm đã vượt đèo, mang lên năm trăm chiếc "
        "chăn, hai tấn gạo và quần áo ấm, trao tận tay các hộ khó khăn.\n\n"
        "Anh Minh cho biết thành viên câu lạc bộ tự bỏ xăng xe, tiền hàng do các nhà hảo tâm gửi gắm.",
        "published_at": "2025-01-12T08:00:00+07:00",
        "source": "Báo Lai Châu",
        "story_type": "good_deed",
        "model_types": ["charity_donation", "volunteering"],
        "people": ["Vũ Đức Minh"],
        "figures": [],
    },
    {
        "title": "Cả xóm dựng lại nhà cho bà cụ neo đơn",
        "sapo": "Người góp cát, người góp công, chỉ trong mười ngày căn nhà mới của cụ Nguyễn Thị Sen đã xong.",
        "text": "Căn nhà tranh của cụ Sen bị cơn giông tháng trước làm tốc mái. Thấy cụ ngoài tám mươi, không "
        "con cháu, bà con xóm Bàu cùng nhau dựng lại. Người góp xi măng, người góp tôn, mấy thợ hồ trong xóm "
        "làm không công.\n\n"
        "Chỉ mười ngày, căn nhà mới có nền cao, mái tôn chắc chắn. Cụ Sen rưng rưng: “Tui không biết lấy chi "
        "trả ơn bà con”.",
        "published_at": "2024-08-19T08:00:00+07:00",
        "source": "Báo Quảng Nam",
        "story_type": "good_deed",
        "model_types": ["housing"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Nữ trưởng thôn và mười hai cây số đường bê tông",
        "sapo": "Chị Đinh Thị Hoa thuyết phục từng hộ góp tiền, góp công để thôn Làng Chùa có đường bê tông đến "
        "tận ngõ.",
        "text": "Làm trưởng thôn từ năm 2019, chị Đinh Thị Hoa trăn trở nhất là con đường đất lầy lội mỗi mùa "
        "mưa. Chị đến từng nhà vận động, nhà nào cũng góp tiền, góp ngày công; ai có đất ven đường thì lùi "
        "hàng rào cho đường rộng ra.\n\n"
        "Sau ba năm, thôn đã bê tông hóa được mười hai cây số đường trục và đường ngõ, nhà nước hỗ trợ xi "
        "măng, dân góp phần còn lại. Chị Hoa được tỉnh tặng bằng khen là gương điển hình trong phong trào "
        "xây dựng nông thôn mới.",
        "published_at": "2024-02-15T08:00:00+07:00",
        "source": "Báo Phú Thọ",
        "story_type": "good_deed",
        "model_types": ["infrastructure_roads", "land_donation"],
        "people": ["Đinh Thị Hoa"],
        "figures": [],
    },
    # ------------------------------------------------------------------ policy news
    {
        "title": "Mỗi năm đưa một nghìn hai trăm lao động đi làm việc ở nước ngoài",
        "sapo": "Lao động thuộc hộ nghèo, hộ cận nghèo được hỗ trợ học ngoại ngữ và vay vốn ưu đãi để đi làm "
        "việc theo hợp đồng.",
        "text": _LONG_XKLD_POLICY,
        "published_at": "2025-10-14T15:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "policy_news",
        "model_types": ["job_placement_labor_export", "vocational_training", "preferential_credit"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Tổng kết năm năm giảm nghèo bền vững: tỷ lệ hộ nghèo còn 2,1%",
        "sapo": "Hơn ba nghìn căn nhà được hỗ trợ xây mới, sửa chữa; hai mươi nghìn lao động được đào tạo nghề.",
        "text": "Ngày 20/11, Ban chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị tổng kết "
        "Chương trình giảm nghèo bền vững giai đoạn 2021 - 2025. Theo báo cáo, tỷ lệ hộ nghèo đa chiều của "
        "tỉnh giảm từ 7,8% xuống còn 2,1%; hơn ba nghìn căn nhà cho hộ nghèo được hỗ trợ xây mới, sửa chữa; "
        "hai mươi nghìn lao động nông thôn được đào tạo nghề.\n\n"
        "Bà Trần Thị Thu, Phó Chủ tịch UBND tỉnh, đề nghị các ngành trong giai đoạn tới tập trung hỗ trợ sinh "
        "kế, tránh tư tưởng trông chờ, ỷ lại vào nhà nước.",
        "published_at": "2025-11-21T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "policy_news",
        "model_types": ["housing", "vocational_training"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Phát động ủng hộ Quỹ Vì người nghèo năm 2025",
        "sapo": "Ngay tại buổi lễ, các cơ quan, doanh nghiệp đăng ký ủng hộ hơn bốn tỷ đồng.",
        "text": "Sáng 17/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ phát động ủng hộ Quỹ Vì người nghèo và an "
        "sinh xã hội năm 2025. Phát biểu tại buổi lễ, Chủ tịch Ủy ban MTTQ tỉnh kêu gọi mỗi cán bộ, công "
        "chức đóng góp ít nhất một ngày lương, mỗi doanh nghiệp, nhà hảo tâm chung tay để không hộ nào còn ở "
        "nhà tạm.\n\n"
        "Ngay tại buổi lễ, các cơ quan, đơn vị và doanh nghiệp đã đăng ký ủng hộ hơn bốn tỷ đồng.",
        "published_at": "2025-10-17T11:00:00+07:00",
        "source": "Báo Tây Ninh",
        "story_type": "policy_news",
        "model_types": ["fund_raising"],
        "people": [],
        "figures": [("money_vnd", 4e9)],
    },
    {
        "title": "Hộ cận nghèo được hỗ trợ bao nhiêu khi mua bảo hiểm y tế?",
        "sapo": "HĐND tỉnh quyết nghị hỗ trợ thêm, để người thuộc hộ cận nghèo được cấp thẻ bảo hiểm y tế miễn "
        "phí.",
        "text": "Theo nghị quyết vừa được HĐND tỉnh thông qua, ngoài phần ngân sách trung ương hỗ trợ 70% mức "
        "đóng, ngân sách tỉnh hỗ trợ thêm 30% còn lại, để người thuộc hộ cận nghèo không phải đóng tiền khi "
        "tham gia bảo hiểm y tế. Người thuộc hộ mới thoát nghèo được hỗ trợ trong ba mươi sáu tháng.\n\n"
        "Nghị quyết có hiệu lực từ ngày 1/1/2026, dự kiến hơn hai mươi nghìn người được hưởng.",
        "published_at": "2025-12-11T08:00:00+07:00",
        "source": "Báo Gia Lai",
        "story_type": "policy_news",
        "model_types": ["health_support"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Ủy thác thêm ba mươi tỷ đồng ngân sách địa phương cho vay hộ nghèo",
        "sapo": "Nguồn vốn được chuyển qua Chi nhánh Ngân hàng Chính sách xã hội tỉnh để cho vay hộ nghèo, hộ "
        "cận nghèo và người lao động.",
        "text": "UBND tỉnh vừa quyết định chuyển ba mươi tỷ đồng vốn ngân sách địa phương sang Chi nhánh Ngân "
        "hàng Chính sách xã hội tỉnh để cho vay. Đối tượng thụ hưởng là hộ nghèo, hộ cận nghèo, hộ mới thoát "
        "nghèo và người lao động cần vốn tạo việc làm.\n\n"
        "Giám đốc chi nhánh cho biết sẽ giải ngân trước quý II, ưu tiên các xã còn tỷ lệ hộ nghèo cao.",
        "published_at": "2024-01-30T08:00:00+07:00",
        "source": "Báo Yên Bái",
        "story_type": "policy_news",
        "model_types": ["preferential_credit"],
        "people": [],
        "figures": [("money_vnd", 3e10)],
    },
    # ------------------------------------------------------------------ near-miss negatives
    {
        "title": "Lực lượng lao động quý III tăng nhẹ",
        "sapo": "Tỷ lệ thất nghiệp giảm, thu nhập bình quân của lao động tăng 6,5% so với cùng kỳ.",
        "text": "Theo Cục Thống kê tỉnh, lực lượng lao động từ mười lăm tuổi trở lên quý III đạt hơn chín trăm "
        "nghìn người, tăng 0,8% so với cùng kỳ. Tỷ lệ thất nghiệp ở khu vực thành thị là 2,6%. Thu nhập bình "
        "quân tháng của lao động đạt 8,1 triệu đồng.\n\n"
        "Báo cáo cũng cho biết tỷ lệ hộ nghèo đa chiều ước còn 3,4%, số hộ nghèo tập trung ở các xã miền núi "
        "phía tây.",
        "published_at": "2025-10-06T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Tin buồn",
        "sapo": "Đồng chí Hà Văn Thuận, nguyên Bí thư Huyện ủy, đã qua đời.",
        "text": "Đồng chí Hà Văn Thuận, sinh năm 1942, quê xã Thạch Đồng, nguyên Bí thư Huyện ủy, đã qua đời "
        "hồi 22 giờ ngày 5/3/2025 tại nhà riêng, hưởng thọ tám mươi ba tuổi. Trong thời gian công tác, đồng "
        "chí có nhiều đóng góp cho phong trào xóa đói giảm nghèo, xây dựng đường giao thông nông thôn của huyện.\n\n"
        "Lễ an táng vào hồi 14 giờ ngày 7/3/2025 tại nghĩa trang quê nhà.",
        "published_at": "2025-03-06T08:00:00+07:00",
        "source": "Báo Phú Thọ",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Trao trả mười bảy xe máy cho người bị mất trộm",
        "sapo": "Công an huyện vừa trả lại tài sản cho các bị hại trong vụ trộm cắp xe máy liên huyện.",
        "text": "Ngày 9/9, Công an huyện tổ chức trao trả mười bảy xe máy cho người dân bị mất trộm. Trước đó, "
        "cơ quan điều tra đã triệt phá nhóm đối tượng chuyên trộm xe ở các chợ, bắt giữ bốn đối tượng và thu "
        "hồi tang vật.\n\n"
        "Người dân nhận lại tài sản đã cảm ơn lực lượng công an. Vụ án đang được điều tra mở rộng.",
        "published_at": "2024-09-10T08:00:00+07:00",
        "source": "Báo Long An",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Vay tiêu dùng tín chấp, giải ngân trong ba mươi phút",
        "sapo": "Chỉ cần căn cước, vay đến một trăm triệu đồng, lãi suất ưu đãi từ 0,9%/tháng.",
        "text": "Bạn cần tiền sửa nhà, mua xe, lo học phí cho con? Gói vay tiêu dùng tín chấp của Công ty Tài "
        "chính ABC hỗ trợ khách hàng vay đến một trăm triệu đồng, không cần thế chấp, lãi suất ưu đãi chỉ từ "
        "0,9% một tháng. Hồ sơ đơn giản, giải ngân trong ba mươi phút.\n\n"
        "Gọi ngay tổng đài để được tư vấn miễn phí. Chương trình áp dụng đến hết tháng 12.",
        "published_at": "2025-11-10T08:00:00+07:00",
        "source": "Báo Bình Dương",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Lũ quét tại Mường Pồn: hai mươi ba nhà bị cuốn trôi",
        "sapo": "Mưa lớn kéo dài gây lũ quét, nhiều tuyến đường bị chia cắt, thiệt hại ban đầu hơn bốn mươi tỷ đồng.",
        "text": "Đêm 24/7, mưa lớn kéo dài gây lũ quét tại xã Mường Pồn, cuốn trôi hai mươi ba nhà, làm hư "
        "hỏng hơn một trăm nhà khác, phần lớn là nhà của hộ nghèo ven suối. Hơn bốn chục con trâu, bò bị lũ "
        "cuốn, nhiều diện tích lúa, ngô bị vùi lấp. Quốc lộ 12 sạt lở nhiều điểm, giao thông bị chia cắt.\n\n"
        "Theo thống kê ban đầu, thiệt hại ước hơn bốn mươi tỷ đồng. Địa phương đang tiếp tục thống kê thiệt "
        "hại.",
        "published_at": "2024-07-25T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Hội nghị triển khai chuyển đổi số trong cơ quan nhà nước",
        "sapo": "Mục tiêu đến cuối năm 2026, 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
        "text": "Sáng 5/11, UBND tỉnh tổ chức hội nghị triển khai kế hoạch chuyển đổi số và Đề án 06 năm 2026. "
        "Theo kế hoạch, đến cuối năm 2026, toàn bộ hồ sơ công việc cấp tỉnh, cấp xã được xử lý trên môi trường "
        "mạng; 80% thủ tục hành chính được giải quyết trực tuyến toàn trình.\n\n"
        "Chủ tịch UBND tỉnh yêu cầu người đứng đầu các sở, ngành chịu trách nhiệm về tiến độ, xử lý dứt điểm "
        "tình trạng hồ sơ trễ hạn.",
        "published_at": "2025-11-05T15:00:00+07:00",
        "source": "Báo Bắc Ninh",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Cảnh giác với đối tượng giả danh cán bộ ngân hàng chính sách",
        "sapo": "Nhiều người dân bị lừa nộp tiền “phí hồ sơ” để được vay vốn ưu đãi.",
        "text": "Công an tỉnh vừa phát đi cảnh báo về thủ đoạn giả danh cán bộ Ngân hàng Chính sách xã hội gọi "
        "điện, nhắn tin mời người dân vay vốn ưu đãi, sau đó yêu cầu chuyển “phí hồ sơ”, “phí bảo hiểm khoản "
        "vay”. Đã có ba người ở huyện Trà Cú bị lừa tổng cộng hơn sáu mươi triệu đồng.\n\n"
        "Công an khuyến cáo người dân không chuyển tiền cho người lạ, liên hệ trực tiếp tổ tiết kiệm và vay vốn "
        "ở thôn, ấp khi có nhu cầu vay.",
        "published_at": "2024-05-22T08:00:00+07:00",
        "source": "Báo Trà Vinh",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
]
