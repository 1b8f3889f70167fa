"""Blind evaluation batch 11 (split ``blind8``): written fresh for the sixth round, scored before any change.

Provincial-press articles and snippets set mostly after the 1 July 2025 reform (34 provinces, communes with no
district: "xã Lũng Cú, tỉnh Tuyên Quang"), in wordings unlike the development corpus and the earlier blind
batches: ethnic-minority villages, cooperatives and value chains, farm produce sold online and by livestream,
OCOP products, homestays, vocational training that ends in a job, migrant labour in industrial parks, land given
for roads, blood donation, rescues in floods, property handed back, scholarships, "Mái ấm Công đoàn" houses,
emulation awards, beekeeping, piped water, and near-miss negatives (an online-fraud case, flood damage with no
deed, farm prices, a growth report citing the poverty rate, commune-merger news, a festival).

Labelling rules, as in ``blind10``. Story and model types follow ``lantoa/taxonomy.yaml``: a gift by a person or a
business is a good deed; a benefit delivered by a programme to households is their livelihood (poverty model);
beekeeping is ``livestock``; emulation-award ceremonies and campaign launches are ``policy_news``. People are the
exemplary persons only (never officials quoted by position, never beneficiaries, never owners of returned
property). Figures list every figure of the tagger's kinds, whatever the story type: amounts of money in đồng
(with a currency word, or a scale word in plain money wording), "N con <animal>", "N căn/ngôi nhà", "N suất học
bổng", "N hộ thoát nghèo", "N hộ nghèo", the rate after "tỷ lệ hộ nghèo", areas in m² or ha; values as meant.
"""

from __future__ import annotations

from typing import Any

_LONG_HONEY = (
    "Từ trung tâm xã Lũng Cú, đường lên thôn Séo Lủng quanh co giữa những bờ rào đá. Tháng mười, cả sườn núi "
    "trắng hồng hoa tam giác mạch, tiếng ong vo ve quanh những bọng gỗ đặt dưới mái hiên. Đó là cơ nghiệp của "
    "chị Vừ Thị Dế, người Mông, Giám đốc Hợp tác xã Mật ong bạc hà Séo Lủng.\n\n"
    "Năm 2019, nhà chị có ba mươi đõ ong, mật lấy về chỉ để ăn và bán lẻ cho khách qua đường, giá bấp bênh. Được "
    "cán bộ Trung tâm Dịch vụ nông nghiệp hướng dẫn cách chia đàn, quay mật bằng máy, giữ ong qua mùa đông, chị "
    "rủ thêm mười một hộ trong thôn góp ong, góp công lập hợp tác xã. Mỗi hộ giữ đõ ong của mình, hợp tác xã thu "
    "mua toàn bộ mật theo giá thỏa thuận đầu vụ.\n\n"
    "Đến nay hợp tác xã quản lý hơn bốn trăm đõ ong. Sản phẩm mật ong bạc hà Séo Lủng được công nhận sản phẩm "
    "OCOP 3 sao năm 2024, đóng chai có tem truy xuất nguồn gốc. Ngoài đại lý ở thành phố, chị Dế mở gian hàng "
    "trên Shopee và phát trực tiếp trên TikTok mỗi tối, có hôm chốt hơn hai trăm đơn. Năm 2025, hợp tác xã bán "
    "được gần ba tấn mật, doanh thu khoảng một tỷ tám trăm triệu đồng; mỗi hộ thành viên thu từ sáu mươi đến "
    "một trăm hai mươi triệu đồng.\n\n"
    "Chị Giàng Thị Mai, thành viên hợp tác xã, kể: “Trước nhà tôi chỉ trồng ngô, năm nào cũng thiếu ăn ba tháng. "
    "Giờ có hai mươi đõ ong, cuối năm có tiền mua thêm hai con bò”. Theo UBND xã, năm qua thôn Séo Lủng có bảy "
    "hộ thoát nghèo, phần lớn là hộ nuôi ong.\n\n"
    "Chị Dế bảo, cái khó nhất không phải là bán mà là giữ chữ tín: “Mật bạc hà thật thì kết tinh khi trời lạnh. "
    "Khách hỏi, mình giải thích, quay video cảnh quay mật cho khách xem. Một lần mất lòng tin là mất khách cả "
    "đời”. Chị dự định năm tới xây nhà xưởng đóng chai đạt chuẩn để đưa mật ong vào siêu thị."
)

_LONG_UNION_HOUSE = (
    "Căn nhà cấp bốn mới quét vôi nằm cuối con hẻm nhỏ ở phường Tân Đông Hiệp, thành phố Hồ Chí Minh. Chủ nhà là "
    "chị Lò Thị Xuân, quê Sơn La, công nhân may của một công ty trong khu công nghiệp. Chồng mất vì tai nạn lao "
    "động, một mình chị nuôi hai con nhỏ, mười năm nay ở trọ trong căn phòng mười hai mét vuông.\n\n"
    "Sáng 20/10, Công đoàn cơ sở công ty phối hợp với Liên đoàn Lao động phường bàn giao “Mái ấm Công đoàn” cho "
    "chị. Tổng kinh phí xây nhà hơn hai trăm năm mươi triệu đồng, trong đó Quỹ xã hội Công đoàn hỗ trợ tám mươi "
    "triệu đồng, công đoàn viên trong công ty mỗi người góp một ngày lương được hơn một trăm triệu đồng, phần "
    "còn lại gia đình chị vay mượn thêm. Thửa đất sáu mươi mét vuông do người em họ cho mượn lâu dài.\n\n"
    "Anh Phạm Văn Toàn, Chủ tịch Công đoàn cơ sở, nói việc xây nhà cho chị Xuân được công nhân bàn bạc từ đầu năm, "
    "mỗi tổ may tự đăng ký góp tiền, góp công phụ hồ vào các ngày Chủ nhật. Năm nay công đoàn công ty đã trao "
    "hai căn Mái ấm Công đoàn, cùng hàng trăm suất quà cho công nhân khó khăn dịp Tết.\n\n"
    "Nhận chìa khóa, chị Xuân không nói được nhiều: “Mười năm ở trọ, giờ các con có chỗ học bài. Tôi chỉ biết cảm "
    "ơn anh chị em trong xưởng”."
)

ITEMS: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ poverty models
    {
        "title": "Mật ong bạc hà lên sàn thương mại điện tử",
        "sapo": "Hợp tác xã do chị Vừ Thị Dế lập ở xã Lũng Cú, tỉnh Tuyên Quang đưa mật ong bạc hà đạt OCOP 3 sao "
        "đến khách hàng cả nước qua livestream.",
        "text": _LONG_HONEY,
        "published_at": "2025-11-12T07:30:00+07:00",
        "source": "Báo Tuyên Quang",
        "story_type": "poverty_model",
        "model_types": [
            "livestock",
            "cooperative_value_chain",
            "craft_village_ocop",
            "digital_transformation",
            "agricultural_extension",
        ],
        "people": ["Vừ Thị Dế"],
        "figures": [
            ("money_vnd", 1.8e9),
            # Label fix after the first scoring: a range's low end is not labelled (as in blind7: "từ bốn mươi
            # lăm đến năm mươi lăm triệu đồng" is 5.5e7 only).
            ("money_vnd", 1.2e8),
            ("animals", 2),
            ("households_escaped_poverty", 7),
        ],
    },
    {
        "title": "Nhà sàn thành homestay, bản Tày đón khách quanh năm",
        "sapo": "Vay vốn chính sách sửa nhà sàn làm nơi lưu trú, anh Ma Văn Tuyên ở xã Thượng Lâm, tỉnh Tuyên Quang "
        "mỗi năm đón hơn hai nghìn lượt khách.",
        "text": "Năm 2021, anh Tuyên được Ngân hàng Chính sách xã hội cho vay một trăm triệu đồng theo chương trình "
        "cho vay tạo việc làm, cộng với tiền tích góp, anh làm thêm khu vệ sinh khép kín, trải đệm, treo màn cho "
        "căn nhà sàn năm gian của bố mẹ để lại.\n\n"
        "Khách đến ở được ăn cơm lam, cá suối nướng, xem múa then, đi thuyền trên hồ Na Hang. Giá một đêm nghỉ "
        "kèm bữa sáng là hai trăm nghìn đồng mỗi người. Vợ anh đứng bếp, hai em trai lái thuyền, người già trong "
        "bản dạy khách đan giỏ.\n\n"
        "Hiện bản Nà Khuổng có chín nhà làm du lịch cộng đồng theo cách của anh Tuyên. “Khách về thì rau, gà, cá "
        "của bà con bán được giá, thanh niên không phải đi làm xa”, anh nói.",
        "published_at": "2025-09-03T08:00:00+07:00",
        "source": "Báo Tuyên Quang",
        "story_type": "poverty_model",
        "model_types": ["community_tourism", "preferential_credit"],
        "people": ["Ma Văn Tuyên"],
        "figures": [("money_vnd", 1e8), ("money_vnd", 2e5)],
    },
    {
        "title": "Học may ba tháng, có việc ngay tại xã",
        "sapo": "Bốn mươi lao động người Khmer ở xã Hòa Lợi, tỉnh Vĩnh Long vừa hoàn thành lớp may công nghiệp và được "
        "nhận vào làm ở xưởng may vệ tinh đặt tại xã.",
        "text": "Lớp học do Trung tâm Giáo dục nghề nghiệp khu vực tổ chức, học viên được miễn học phí, hỗ trợ tiền ăn "
        "ba mươi nghìn đồng mỗi ngày. Cuối khóa, doanh nghiệp về tận lớp kiểm tra tay nghề và ký hợp đồng lao động "
        "với ba mươi tám người.\n\n"
        "Chị Thạch Thị Sà Rươl, ba mươi hai tuổi, trước làm thuê theo mùa lúa, nay có lương khởi điểm sáu triệu "
        "năm trăm nghìn đồng một tháng. “Làm gần nhà, trưa về cho con ăn được, không phải lên Bình Dương như hồi "
        "trước”, chị nói.\n\n"
        "Theo phòng văn hóa - xã hội xã, từ đầu năm xã đã mở sáu lớp nghề cho hơn hai trăm lao động nông thôn, "
        "hơn tám mươi phần trăm có việc làm sau học nghề.",
        "published_at": "2025-10-21T08:00:00+07:00",
        "source": "Báo Vĩnh Long",
        "story_type": "poverty_model",
        "model_types": ["vocational_training", "job_placement_labor_export"],
        "people": ["Thạch Thị Sà Rươl"],
        "figures": [("money_vnd", 3e4), ("money_vnd", 6.5e6)],
    },
    {
        "title": "Lương công nhân gửi về, bản Mông dựng nhà xây",
        "sapo": "Ở bản Huổi Lóng, xã Mường Phăng, tỉnh Điện Biên, gần như nhà nào cũng có người đi làm công nhân ở các "
        "khu công nghiệp Bắc Ninh, Hải Phòng.",
        "text": "Mùa Seo Chư, hai mươi tư tuổi, xuống Bắc Ninh làm công nhân lắp ráp điện thoại từ năm 2022, sau một "
        "đợt tuyển dụng do xã phối hợp với doanh nghiệp tổ chức ngay tại nhà văn hóa bản. Mỗi tháng, tính cả tăng "
        "ca, Chư nhận khoảng chín triệu đồng, gửi về cho bố mẹ năm triệu.\n\n"
        "Có tiền, bố Chư mua thêm ba con trâu, lợp lại mái nhà, cho em gái học tiếp cấp ba. “Trước cả nhà trông vào "
        "hai nương ngô, năm được năm mất. Giờ có đồng lương đều đặn nên yên tâm”, ông Mùa A Sùng nói.\n\n"
        "Trưởng bản Lò Văn Hặc cho biết, bản có sáu mươi hai hộ thì ba mươi tư hộ có người đi làm công nhân. Hai năm "
        "qua bản có mười một hộ thoát nghèo.",
        "published_at": "2025-08-14T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "poverty_model",
        "model_types": ["job_placement_labor_export"],
        "people": ["Mùa Seo Chư"],
        "figures": [
            ("money_vnd", 9e6),
            ("money_vnd", 5e6),
            ("animals", 3),
            ("households_escaped_poverty", 11),
        ],
    },
    {
        "title": "Chốt đơn xoài giữa vườn",
        "sapo": "Mỗi tối, anh Nguyễn Hoàng Phúc ở xã Mỹ Xương, tỉnh Đồng Tháp dựng điện thoại giữa vườn xoài cát "
        "Hòa Lộc, vừa hái vừa giới thiệu với người xem.",
        "text": "Vườn xoài hai héc-ta của gia đình anh Phúc trước đây bán hết cho thương lái, giá lúc lên lúc xuống. "
        "Sau lớp tập huấn bán hàng trên mạng do Hội Nông dân tổ chức, anh lập trang bán hàng, quay cảnh bao trái, "
        "hái trái, đóng thùng.\n\n"
        "Giờ khoảng một nửa sản lượng được anh bán thẳng cho khách ở Hà Nội, Đà Nẵng, giá cao hơn bán xô từ tám "
        "đến mười nghìn đồng mỗi ký. Anh còn nhận bán giúp xoài của mười hai hộ lân cận. Năm nay vườn cho lãi "
        "khoảng bốn trăm triệu đồng.",
        "published_at": "2025-07-25T08:00:00+07:00",
        "source": "Báo Đồng Tháp",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "digital_transformation"],
        "people": ["Nguyễn Hoàng Phúc"],
        # Label fix after the first scoring: the range's low end ("tám đến mười nghìn đồng") is not labelled.
        "figures": [("land_area_m2", 20000), ("money_vnd", 1e4), ("money_vnd", 4e8)],
    },
    {
        "title": "Quế hữu cơ của người Dao xuất sang châu Âu",
        "sapo": "Liên kết với doanh nghiệp, Hợp tác xã Quế hữu cơ Châu Quế đã giúp hàng trăm hộ người Dao ở tỉnh "
        "Lào Cai bán vỏ quế ổn định với giá cao hơn thị trường.",
        "text": "Hợp tác xã hiện có một trăm bốn mươi thành viên với hơn năm trăm héc-ta quế đạt chứng nhận hữu cơ. "
        "Doanh nghiệp ký hợp đồng bao tiêu toàn bộ vỏ quế, cao hơn giá ngoài chợ khoảng mười phần trăm, còn hợp "
        "tác xã lo kiểm soát quy trình: không phun thuốc diệt cỏ, ghi nhật ký vườn.\n\n"
        "Ông Triệu Văn Kiềm, thành viên, có bảy héc-ta quế. Mỗi năm ông tỉa thưa, bóc vỏ, thu khoảng hai trăm triệu "
        "đồng. “Bán cho hợp tác xã không lo bị ép giá, cuối năm còn được chia lãi”, ông nói.",
        "published_at": "2025-12-02T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "poverty_model",
        "model_types": ["cooperative_value_chain", "crops_aquaculture"],
        "people": ["Triệu Văn Kiềm"],
        "figures": [("land_area_m2", 5e6), ("land_area_m2", 70000), ("money_vnd", 2e8)],
    },
    {
        "title": "Tổ góp vốn của chị em Khmer ở phum Sóc Xoài",
        "sapo": "Mỗi tháng góp một trăm nghìn đồng, hai mươi lăm chị em trong tổ lần lượt có vốn nuôi gà, bán hàng "
        "rong.",
        "text": "Tổ do Chi hội Phụ nữ phum Sóc Xoài, xã Hòn Đất, tỉnh An Giang thành lập năm 2023. Tiền góp được "
        "cho thành viên mượn xoay vòng, lãi rất thấp để dành làm quỹ chung.\n\n"
        "Chị Danh Thị Phol mượn năm triệu đồng mua năm mươi con gà giống, nuôi thả vườn. Sau bốn tháng bán gà, chị "
        "trả đủ tiền cho tổ, còn lời chừng ba triệu. Tổ trưởng Thị Sa Ry cho biết đến nay đã có mười chín chị được "
        "mượn vốn, chưa ai trả trễ.",
        "published_at": "2025-09-26T08:00:00+07:00",
        "source": "Báo An Giang",
        "story_type": "poverty_model",
        "model_types": ["savings_loan_groups", "livestock"],
        "people": ["Danh Thị Phol"],
        "figures": [("money_vnd", 1e5), ("money_vnd", 5e6), ("animals", 50), ("money_vnd", 3e6)],
    },
    {
        "title": "Nước máy về buôn Ê Đê",
        "sapo": "Công trình cấp nước tập trung ở buôn Ea Kmăt, xã Cư M'gar, tỉnh Đắk Lắk vừa đưa vào sử dụng, hơn "
        "một trăm hộ dân có nước máy.",
        "text": "Công trình có tổng vốn bốn tỷ năm trăm triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế "
        "- xã hội vùng đồng bào dân tộc thiểu số và miền núi, gồm giếng khoan, trạm xử lý và hơn sáu cây số đường "
        "ống. Các hộ nghèo được miễn phí lắp đồng hồ.\n\n"
        "Trước đây, mùa khô bà con phải gùi nước từ suối cách buôn hai cây số. Bà H'Nga Niê nói giờ vặn vòi là có "
        "nước, con cháu bớt đau bụng, tiêu chảy. Xã giao tổ quản lý do người trong buôn bầu ra thu tiền nước, bảo "
        "dưỡng máy bơm.",
        "published_at": "2025-08-29T08:00:00+07:00",
        "source": "Báo Đắk Lắk",
        "story_type": "poverty_model",
        "model_types": ["clean_water_sanitation"],
        "people": [],
        "figures": [("money_vnd", 4.5e9)],
    },
    {
        "title": "Ruộng lúa thông minh của nông dân Hải Hậu",
        "sapo": "Áp dụng quy trình tưới ướt khô xen kẽ, giảm phân đạm theo hướng dẫn của khuyến nông, các hộ ở xã Hải "
        "Hậu, tỉnh Ninh Bình giảm chi phí, tăng lãi vụ mùa.",
        "text": "Mô hình trình diễn rộng ba mươi héc-ta, được Trung tâm Khuyến nông tỉnh hỗ trợ một nửa giống và phân "
        "bón, cán bộ kỹ thuật bám đồng từ lúc gieo mạ. Nông dân học cách đọc bảng so màu lá để bón phân đúng lúc.\n\n"
        "Ông Vũ Văn Khải có tám sào trong mô hình, tính ra mỗi sào giảm chi phí hơn ba trăm nghìn đồng, năng suất "
        "vẫn đạt hai tạ rưỡi. “Trước cứ thấy hàng xóm bón là mình bón theo, tốn mà lúa đổ”, ông nói.",
        "published_at": "2025-10-08T08:00:00+07:00",
        "source": "Báo Ninh Bình",
        "story_type": "poverty_model",
        "model_types": ["agricultural_extension", "crops_aquaculture"],
        "people": ["Vũ Văn Khải"],
        "figures": [("land_area_m2", 300000), ("money_vnd", 3e5)],
    },
    {
        "title": "Mỗi đảng viên kèm một hộ khó khăn",
        "sapo": "Chi bộ thôn Khe Sanh, xã Hướng Phùng, tỉnh Quảng Trị phân công mỗi đảng viên giúp đỡ một hộ nghèo "
        "người Vân Kiều.",
        "text": "Đảng viên không chỉ tới thăm mà cùng hộ lên kế hoạch làm ăn: trồng gì trên nương, nuôi con gì, vay ở "
        "đâu. Nhiều người góp tiền mua con giống tặng hộ được giao.\n\n"
        "Đảng viên Hồ Văn Lâm góp cùng anh em trong chi bộ mua hai con dê cái cho hộ ông Hồ Văn Hòa, chỉ cách làm "
        "chuồng sàn, trồng cỏ. Sau hai năm, đàn dê nhà ông Hòa có mười con. Năm 2025 thôn có bốn hộ thoát nghèo, "
        "còn chín hộ nghèo.",
        "published_at": "2025-11-19T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "poverty_model",
        "model_types": ["mentoring_sponsorship", "livestock"],
        "people": ["Hồ Văn Lâm"],
        "figures": [
            ("animals", 2),
            ("households_escaped_poverty", 4),
            ("poor_households", 9),
        ],
    },
    {
        "title": "Cá lồng trên lòng hồ Sơn La",
        "sapo": "Vay vốn ưu đãi nuôi cá lồng, nhiều hộ ở xã Mường Giôn, tỉnh Sơn La có thu nhập trên trăm triệu đồng "
        "mỗi năm.",
        "text": "Anh Quàng Văn Inh, người Thái, vay năm mươi triệu đồng từ Ngân hàng Chính sách xã hội đóng sáu lồng "
        "nuôi cá rô phi, cá lăng. Thức ăn mua chịu của đại lý, cuối vụ bán cá trả sau.\n\n"
        "Năm rồi, trừ chi phí anh lãi một trăm ba mươi triệu đồng, trả xong nợ ngân hàng trước hạn. Cả bản hiện có "
        "hơn ba mươi hộ nuôi cá lồng, phần lớn vay vốn hộ nghèo, hộ cận nghèo.",
        "published_at": "2025-07-15T08:00:00+07:00",
        "source": "Báo Sơn La",
        "story_type": "poverty_model",
        "model_types": ["crops_aquaculture", "preferential_credit"],
        "people": ["Quàng Văn Inh"],
        "figures": [("money_vnd", 1e8), ("money_vnd", 5e7), ("money_vnd", 1.3e8)],
    },
    {
        "title": "Nhà mới trước mùa mưa bão",
        "sapo": "Từ chương trình xóa nhà tạm, nhà dột nát, gia đình bà Hồ Thị Lan ở xã Kim Điền, tỉnh Quảng Trị đã "
        "có căn nhà kiên cố.",
        "text": "Căn nhà rộng bốn mươi mét vuông được xây bằng sáu mươi triệu đồng hỗ trợ của chương trình và ngày "
        "công của đoàn viên thanh niên, bộ đội biên phòng. Trên địa bàn xã, năm nay có ba mươi hai căn nhà được "
        "xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo.\n\n"
        "Bà Lan sống một mình, trước ở trong căn chòi vách nứa, mỗi mùa lũ phải chạy sang nhà hàng xóm.",
        "published_at": "2025-08-06T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "poverty_model",
        "model_types": ["housing"],
        "people": [],
        "figures": [("land_area_m2", 40), ("money_vnd", 6e7), ("houses", 32)],
    },
    # ------------------------------------------------------------------ good deeds
    {
        "title": "Mái ấm cho nữ công nhân quê Sơn La",
        "sapo": "Công nhân một công ty may góp ngày lương, góp công xây tặng đồng nghiệp căn Mái ấm Công đoàn.",
        "text": _LONG_UNION_HOUSE,
        "published_at": "2025-10-22T08:00:00+07:00",
        "source": "Báo Người Lao Động",
        "story_type": "good_deed",
        "model_types": ["housing", "charity_donation", "fund_raising"],
        "people": [],
        "figures": [
            ("land_area_m2", 12),
            ("money_vnd", 2.5e8),
            ("money_vnd", 8e7),
            ("money_vnd", 1e8),
            ("land_area_m2", 60),
        ],
    },
    {
        "title": "Ông bà cụ cắt đất vườn, đường thôn rộng gấp đôi",
        "sapo": "Vợ chồng ông Lê Văn Chắt ở xã Vĩnh Thạnh Trung, tỉnh An Giang tự tháo dỡ hàng rào, giao hơn ba trăm "
        "mét vuông đất để xã mở rộng đường.",
        "text": "Con đường đất trước nhà ông Chắt chỉ rộng hơn hai mét, mùa mưa xe ba gác chở lúa không vào được. Khi "
        "ấp họp bàn làm đường bê tông, ông là người đầu tiên ký giấy, không nhận tiền bồi thường, còn chặt bỏ hàng "
        "dừa bảy cây đang cho trái.\n\n"
        "Thấy ông làm, mười lăm hộ hai bên đường cũng hiến đất theo. Con đường dài một cây số, rộng năm mét, khánh "
        "thành cuối tháng chín với kinh phí một tỷ một trăm triệu đồng, dân góp ba trăm triệu.",
        "published_at": "2025-10-02T08:00:00+07:00",
        "source": "Báo An Giang",
        "story_type": "good_deed",
        "model_types": ["land_donation", "infrastructure_roads"],
        "people": ["Lê Văn Chắt"],
        "figures": [("land_area_m2", 300), ("money_vnd", 1.1e9), ("money_vnd", 3e8)],
    },
    {
        "title": "Sáu mươi lần xắn tay áo",
        "sapo": "Anh Đặng Quốc Huy, giáo viên ở phường Hạc Thành, tỉnh Thanh Hóa, đã sáu mươi lần hiến máu, hiến tiểu "
        "cầu.",
        "text": "Lần đầu anh Huy đi hiến máu là năm thứ nhất đại học. Từ đó, cứ đủ ba tháng anh lại lên Viện Huyết học "
        "hoặc bệnh viện tỉnh. Anh có tên trong nhóm máu hiếm, nhiều lần nửa đêm nhận điện thoại là chạy vào bệnh "
        "viện.\n\n"
        "Anh còn vận động được hơn bốn mươi đồng nghiệp, học trò cũ tham gia câu lạc bộ hiến máu của phường.",
        "published_at": "2025-07-11T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "good_deed",
        "model_types": ["blood_donation"],
        "people": ["Đặng Quốc Huy"],
        "figures": [],
    },
    {
        "title": "Chiếc ghe nhỏ và mười bốn người trong đêm lũ",
        "sapo": "Đêm nước sông Cầu lên nhanh, anh Dương Văn Khánh ở xã Phú Bình, tỉnh Thái Nguyên chèo ghe đi đón "
        "người già, trẻ nhỏ bị kẹt trên mái nhà.",
        "text": "Khoảng hai giờ sáng, nước ngập tới mái hiên, điện mất. Anh Khánh cùng em trai đưa chiếc ghe nhôm vẫn "
        "dùng đánh cá ra, soi đèn pin tìm từng nhà. Có nhà phải phá mái tôn mới đưa được cụ già bại liệt ra ngoài.\n\n"
        "Đến sáng, hai anh em đã chở được mười bốn người lên trụ sở thôn ở chỗ cao. “Tiếng kêu cứu khắp nơi, mình có "
        "ghe thì phải đi thôi”, anh Khánh kể. Xã đã đề nghị khen thưởng anh.",
        "published_at": "2025-10-09T08:00:00+07:00",
        "source": "Báo Thái Nguyên",
        "story_type": "good_deed",
        "model_types": ["rescue_lifesaving"],
        "people": ["Dương Văn Khánh"],
        "figures": [],
    },
    {
        "title": "Tài xế xe công nghệ tìm chủ chiếc balo bỏ quên",
        "sapo": "Chiếc balo khách để quên trên xe có hơn tám mươi triệu đồng và một máy tính xách tay.",
        "text": "Anh Trịnh Văn Quý, tài xế xe công nghệ ở phường Hà Đông, Hà Nội, chỉ phát hiện chiếc balo khi chở "
        "cuốc xe tiếp theo. Không liên lạc được với khách qua ứng dụng, anh mang balo tới công an phường nhờ tìm "
        "chủ.\n\n"
        "Chủ balo là một sinh viên mang tiền đi đóng học phí cho cả nhóm. Nhận lại đủ tiền, em gửi anh Quý chút quà "
        "cảm ơn nhưng anh từ chối.",
        "published_at": "2025-09-17T08:00:00+07:00",
        "source": "Báo Hà Nội Mới",
        "story_type": "good_deed",
        "model_types": ["returning_lost_property"],
        "people": ["Trịnh Văn Quý"],
        "figures": [("money_vnd", 8e7)],
    },
    {
        "title": "Hai trăm suất học bổng từ một xưởng gỗ",
        "sapo": "Mười năm nay, ông chủ xưởng gỗ Nguyễn Đình Thắng ở xã Tân Kỳ, tỉnh Nghệ An dành tiền lãi trao học "
        "bổng cho học sinh nghèo học giỏi.",
        "text": "Năm học này, ông Thắng trao hai trăm suất học bổng, mỗi suất hai triệu đồng, cho học sinh các xã "
        "miền núi phía tây tỉnh. Em nào đỗ đại học được thêm năm triệu đồng tiền nhập học.\n\n"
        "“Hồi nhỏ tôi phải bỏ học vì nhà nghèo. Giờ làm ăn được thì giúp các cháu đi tiếp con đường mình bỏ dở”, ông "
        "nói.",
        "published_at": "2025-09-05T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "good_deed",
        "model_types": ["education_support"],
        "people": ["Nguyễn Đình Thắng"],
        "figures": [("scholarships", 200), ("money_vnd", 2e6), ("money_vnd", 5e6)],
    },
    {
        "title": "Kiều bào tặng bò giống cho hộ nghèo quê nhà",
        "sapo": "Một Việt kiều ở Úc quê xã Tuy Phước, tỉnh Gia Lai gửi tiền mua mười lăm con bò sinh sản tặng các hộ "
        "khó khăn.",
        "text": "Ông Trần Minh Nghĩa rời quê năm 1985. Lần về thăm năm ngoái, thấy nhiều hộ trong thôn cũ vẫn thiếu "
        "vốn làm ăn, ông bàn với Ủy ban MTTQ xã chọn mười lăm hộ có sức lao động, có chuồng trại để tặng mỗi hộ một "
        "con bò cái, trị giá khoảng mười lăm triệu đồng một con.\n\n"
        "Hộ nhận bò cam kết khi bò đẻ lứa đầu thì chuyển con bê cho hộ khác trong danh sách.",
        "published_at": "2025-11-04T08:00:00+07:00",
        "source": "Báo Gia Lai",
        "story_type": "good_deed",
        "model_types": ["livestock", "charity_donation"],
        "people": ["Trần Minh Nghĩa"],
        "figures": [("animals", 15), ("animals", 1), ("money_vnd", 1.5e7)],
    },
    {
        "title": "Bếp cơm chay trước cổng bệnh viện",
        "sapo": "Mỗi trưa thứ Ba và thứ Sáu, nhóm tình nguyện của bà Huỳnh Thị Mến phát hơn ba trăm phần cơm cho người "
        "nhà bệnh nhân ở phường Cao Lãnh, tỉnh Đồng Tháp.",
        "text": "Bếp nấu ở nhà bà Mến, từ bốn giờ sáng đã có chục người tới nhặt rau, nấu canh. Gạo, dầu ăn do bà con "
        "tiểu thương ở chợ góp; có người không có tiền thì góp công.\n\n"
        "Bà Mến nói: “Người nuôi bệnh tiền đâu mà ăn cơm tiệm hoài. Mình nấu được bữa nào hay bữa đó”.",
        "published_at": "2025-08-20T08:00:00+07:00",
        "source": "Báo Đồng Tháp",
        "story_type": "good_deed",
        "model_types": ["volunteering"],
        "people": ["Huỳnh Thị Mến"],
        "figures": [],
    },
    {
        "title": "Lớp học tối của thầy giáo về hưu ở bản Mông",
        "sapo": "Thầy Hạng A Chua mở lớp dạy tiếng Việt và dạy thêm miễn phí cho trẻ em bản Pá Hu, xã Trạm Tấu, tỉnh "
        "Lào Cai.",
        "text": "Về hưu năm 2022, thầy Chua dọn gian nhà ngoài làm lớp học, tự đóng bàn ghế, mắc bóng đèn. Mỗi tối có "
        "hơn hai mươi em tới học, phần lớn là con các hộ nghèo, bố mẹ đi làm xa.\n\n"
        "Thầy không thu đồng nào, còn xin sách cũ, vở viết cho các em.",
        "published_at": "2025-12-09T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "good_deed",
        "model_types": ["education_support", "volunteering"],
        "people": ["Hạng A Chua"],
        "figures": [],
    },
    {
        "title": "Cả xóm góp tiền cho cậu học trò chạy thận",
        "sapo": "Hơn một trăm sáu mươi triệu đồng được người dân thôn Đông Hòa, xã Nghĩa Hành, tỉnh Quảng Ngãi quyên "
        "góp để em Phạm Minh Tú ghép thận.",
        "text": "Tú học lớp mười một, mắc bệnh suy thận đã ba năm, mỗi tuần ba lần chạy thận ở bệnh viện tỉnh. Nghe tin "
        "có thể ghép thận từ người mẹ, chi hội phụ nữ, đoàn thanh niên thôn đi từng nhà vận động.\n\n"
        "Người góp vài trăm nghìn, người góp cả triệu; nhóm học sinh lớp Tú bán ve chai góp hơn bốn triệu đồng.",
        "published_at": "2025-07-30T08:00:00+07:00",
        "source": "Báo Quảng Ngãi",
        "story_type": "good_deed",
        "model_types": ["fund_raising", "health_support"],
        "people": [],
        "figures": [("money_vnd", 1.6e8), ("money_vnd", 4e6)],
    },
    {
        "title": "Y bác sĩ quân y khám bệnh ở xã biên giới",
        "sapo": "Đoàn y bác sĩ Bệnh viện Quân y khám, cấp thuốc miễn phí cho hơn năm trăm người dân xã Sín Thầu, tỉnh "
        "Điện Biên.",
        "text": "Đoàn mang theo máy siêu âm, máy đo điện tim, khám nội, nhi, mắt. Trẻ em được tẩy giun, người cao tuổi "
        "được tặng kính lão. Những ca bệnh nặng được hẹn chuyển về bệnh viện, hỗ trợ tiền xe.\n\n"
        "Tổng giá trị thuốc và quà khoảng một trăm hai mươi triệu đồng, do đơn vị và các nhà hảo tâm đóng góp.",
        "published_at": "2025-11-26T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "good_deed",
        "model_types": ["health_support", "volunteering", "charity_donation"],
        "people": [],
        "figures": [("money_vnd", 1.2e8)],
    },
    {
        "title": "Chủ doanh nghiệp xây tặng nhà cho hộ bị lũ cuốn",
        "sapo": "Sau trận lũ quét, một doanh nghiệp xây dựng ở phường Yên Bái, tỉnh Lào Cai góp tiền và thợ dựng lại "
        "nhà cho sáu gia đình mất nhà.",
        "text": "Ông Đỗ Xuân Trường, giám đốc doanh nghiệp, đưa đội thợ lên bản ngay khi nước rút. Mỗi căn nhà rộng "
        "khoảng năm mươi mét vuông, trị giá chừng một trăm triệu đồng, được làm xong sau hơn một tháng.\n\n"
        "Ông Trường nói doanh nghiệp lớn lên nhờ công trình ở các bản vùng cao, giờ bà con gặp nạn thì phải có trách "
        "nhiệm.",
        "published_at": "2025-11-10T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "good_deed",
        "model_types": ["housing", "charity_donation"],
        "people": ["Đỗ Xuân Trường"],
        "figures": [("land_area_m2", 50), ("money_vnd", 1e8)],
    },
    # ------------------------------------------------------------------ policy news
    {
        "title": "Biểu dương 120 điển hình tiên tiến trong phong trào thi đua vì người nghèo",
        "sapo": "UBND tỉnh Phú Thọ tổ chức hội nghị tổng kết phong trào thi đua “Cả nước chung tay vì người nghèo - "
        "Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025.",
        "text": "Năm năm qua, toàn tỉnh huy động hơn ba nghìn tỷ đồng cho công tác giảm nghèo, hỗ trợ xây mới, sửa "
        "chữa hơn tám nghìn căn nhà cho hộ nghèo. Tỷ lệ hộ nghèo giảm còn 2,8%.\n\n"
        "Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho sáu mươi tập thể và sáu mươi cá nhân có thành tích "
        "xuất sắc; Thủ tướng Chính phủ tặng Bằng khen cho năm tập thể. Chủ tịch UBND tỉnh đề nghị các sở, ngành tiếp "
        "tục đổi mới công tác thi đua, khen thưởng, nhân rộng các mô hình hay.",
        "published_at": "2025-12-11T08:00:00+07:00",
        "source": "Báo Phú Thọ",
        "story_type": "policy_news",
        "model_types": ["housing"],
        "people": [],
        "figures": [("money_vnd", 3e12), ("houses", 8000), ("poverty_rate", 2.8)],
    },
    {
        "title": "Hỗ trợ hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử",
        "sapo": "HĐND tỉnh Cà Mau thông qua nghị quyết quy định chính sách hỗ trợ phát triển sản phẩm OCOP giai đoạn "
        "2026 - 2030.",
        "text": "Theo nghị quyết, chủ thể có sản phẩm đạt OCOP 4 sao được hỗ trợ năm mươi triệu đồng, 5 sao một trăm "
        "triệu đồng; hợp tác xã mở gian hàng trên sàn thương mại điện tử được hỗ trợ chi phí thiết kế, chụp ảnh, "
        "quảng bá trong năm đầu. Tỉnh cũng hỗ trợ lãi suất vay cho các dự án chế biến sâu.",
        "published_at": "2025-12-16T08:00:00+07:00",
        "source": "Báo Cà Mau",
        "story_type": "policy_news",
        "model_types": ["craft_village_ocop", "digital_transformation", "cooperative_value_chain"],
        "people": [],
        "figures": [("money_vnd", 5e7), ("money_vnd", 1e8)],
    },
    {
        "title": "Đào tạo nghề cho hai mươi nghìn lao động nông thôn năm 2026",
        "sapo": "UBND tỉnh Gia Lai ban hành kế hoạch đào tạo nghề, giải quyết việc làm cho lao động nông thôn, ưu tiên "
        "người dân tộc thiểu số.",
        "text": "Kế hoạch đặt mục tiêu ít nhất bảy mươi phần trăm người học có việc làm mới hoặc tăng năng suất sau "
        "học nghề. Các xã phối hợp với doanh nghiệp đặt hàng đào tạo, tổ chức phiên giao dịch việc làm lưu động, "
        "hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng.",
        "published_at": "2025-12-20T08:00:00+07:00",
        "source": "Báo Gia Lai",
        "story_type": "policy_news",
        "model_types": ["vocational_training", "job_placement_labor_export"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Sắp xếp lại điểm giao dịch tín dụng chính sách sau khi bỏ cấp huyện",
        "sapo": "Ngân hàng Chính sách xã hội tỉnh Tây Ninh rà soát mạng lưới điểm giao dịch xã để người vay không phải "
        "đi xa.",
        "text": "Sau sắp xếp đơn vị hành chính, tỉnh có chín mươi sáu xã, phường. Chi nhánh giữ nguyên lịch giao dịch "
        "cố định hằng tháng tại xã, bố trí thêm điểm ở những nơi đông hộ vay. Tổng dư nợ các chương trình tín dụng "
        "chính sách trên địa bàn đạt hơn mười một nghìn tỷ đồng, với hơn một trăm sáu mươi nghìn khách hàng còn dư "
        "nợ. Hội đồng quản trị yêu cầu các tổ tiết kiệm và vay vốn kiện toàn ban quản lý theo địa bàn mới.",
        "published_at": "2025-08-12T08:00:00+07:00",
        "source": "Báo Tây Ninh",
        "story_type": "policy_news",
        "model_types": ["preferential_credit", "savings_loan_groups"],
        "people": [],
        "figures": [("money_vnd", 1.1e13)],
    },
    {
        "title": "Tiếp nhận kinh phí xóa nhà tạm cho các xã sau sáp nhập",
        "sapo": "Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh Khánh Hòa phân bổ kinh phí cho các xã còn nhà chưa khởi "
        "công.",
        "text": "Theo kế hoạch, còn hai trăm mười lăm căn nhà phải hoàn thành trước ngày 31/10. Mức hỗ trợ xây mới là "
        "sáu mươi triệu đồng một căn, sửa chữa ba mươi triệu đồng. Chủ tịch UBND các xã chịu trách nhiệm trước tỉnh "
        "về tiến độ, chất lượng công trình.",
        "published_at": "2025-08-01T08:00:00+07:00",
        "source": "Báo Khánh Hòa",
        "story_type": "policy_news",
        "model_types": ["housing"],
        "people": [],
        "figures": [("houses", 215), ("money_vnd", 6e7), ("money_vnd", 3e7)],
    },
    # ------------------------------------------------------------------ near misses
    {
        "title": "Bán mật ong giả gắn mác OCOP trên mạng, một phụ nữ bị khởi tố",
        "sapo": "Công an tỉnh Tuyên Quang khởi tố một phụ nữ pha đường với hương liệu, dán nhãn mật ong rừng OCOP để "
        "bán qua mạng xã hội.",
        "text": "Tại cơ sở, lực lượng chức năng thu giữ hơn một nghìn chai mật ong không rõ nguồn gốc cùng tem nhãn in "
        "sẵn. Đối tượng khai nhận từ đầu năm đã bán cho hàng trăm người, thu lời bất chính khoảng ba trăm triệu "
        "đồng. Cơ quan công an khuyến cáo người dân mua sản phẩm OCOP có mã truy xuất rõ ràng.",
        "published_at": "2025-11-28T08:00:00+07:00",
        "source": "Báo Tuyên Quang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 3e8)],
    },
    {
        "title": "Lũ quét làm sập mười hai căn nhà ở vùng cao",
        "sapo": "Mưa lớn kéo dài gây lũ quét tại xã Mường Lát, tỉnh Thanh Hóa, nhiều tuyến đường bị chia cắt.",
        "text": "Theo báo cáo nhanh, lũ quét làm sập hoàn toàn mười hai căn nhà, hơn bốn mươi nhà bị ngập sâu, cuốn "
        "trôi hai mươi con trâu, bò. Ước thiệt hại ban đầu khoảng mười lăm tỷ đồng. Chính quyền đang di dời các hộ ở "
        "vùng nguy cơ sạt lở đến nơi an toàn, cảnh báo người dân không qua ngầm tràn khi nước lên.",
        "published_at": "2025-09-28T08:00:00+07:00",
        "source": "Báo Thanh Hóa",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("houses", 12), ("animals", 20), ("money_vnd", 1.5e10)],
    },
    {
        "title": "Sầu riêng rớt giá, nhà vườn chờ thương lái",
        "sapo": "Giá sầu riêng Ri6 tại vườn ở tỉnh Đồng Tháp giảm còn bốn mươi lăm nghìn đồng mỗi ký, thấp nhất từ đầu "
        "năm.",
        "text": "Nhiều nhà vườn cho biết thương lái chỉ mua hàng đẹp, trái bị sượng bị trả lại. Giá heo hơi trong khu "
        "vực cũng giảm nhẹ, dao động sáu mươi hai nghìn đồng mỗi ký. Các doanh nghiệp xuất khẩu dự báo giá sẽ hồi "
        "phục khi vào vụ nghịch.",
        "published_at": "2025-08-18T08:00:00+07:00",
        "source": "Báo Đồng Tháp",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 4.5e4), ("money_vnd", 6.2e4)],
    },
    {
        "title": "Kinh tế tỉnh tăng trưởng 8,1% trong chín tháng",
        "sapo": "Tổng sản phẩm trên địa bàn tỉnh Hưng Yên chín tháng năm 2025 ước tăng 8,1% so với cùng kỳ.",
        "text": "Công nghiệp - xây dựng tăng mười phần trăm, dịch vụ tăng bảy phần trăm, nông nghiệp tăng hai phần "
        "trăm. Thu ngân sách đạt hơn bốn mươi nghìn tỷ đồng. Tỷ lệ hộ nghèo theo chuẩn đa chiều còn 0,9%, thu nhập "
        "bình quân đầu người đạt tám mươi lăm triệu đồng một năm. Cục Thống kê dự báo cả năm tăng trưởng trên tám "
        "phần trăm.",
        "published_at": "2025-10-06T08:00:00+07:00",
        "source": "Báo Hưng Yên",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 4e13), ("poverty_rate", 0.9), ("money_vnd", 8.5e7)],
    },
    {
        "title": "Xã mới ra mắt, bộ máy vận hành từ ngày đầu",
        "sapo": "Xã Bình Minh, tỉnh Tây Ninh được thành lập trên cơ sở sáp nhập ba xã cũ, trụ sở đặt tại xã Bình Thạnh "
        "cũ.",
        "text": "Sáng 1/7, xã tổ chức công bố nghị quyết của Ủy ban Thường vụ Quốc hội, quyết định thành lập Đảng bộ xã "
        "và chỉ định Ban Chấp hành. Trung tâm phục vụ hành chính công xã tiếp nhận hồ sơ ngay trong ngày. Xã mới có "
        "diện tích tự nhiên hơn một trăm hai mươi ki-lô-mét vuông, dân số khoảng năm mươi nghìn người.",
        "published_at": "2025-07-02T08:00:00+07:00",
        "source": "Báo Tây Ninh",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Rộn ràng lễ hội Gầu Tào ở cao nguyên đá",
        "sapo": "Lễ hội truyền thống của người Mông ở xã Đồng Văn, tỉnh Tuyên Quang thu hút hàng nghìn du khách.",
        "text": "Lễ hội có phần dựng cây nêu, thi thổi khèn, ném pao, đẩy gậy, chọi bò. Nhiều homestay trong xã kín "
        "phòng suốt ba ngày. Ban tổ chức trao giải nhất cuộc thi chọi bò trị giá mười triệu đồng.",
        "published_at": "2025-12-30T08:00:00+07:00",
        "source": "Báo Tuyên Quang",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [("money_vnd", 1e7)],
    },
]
