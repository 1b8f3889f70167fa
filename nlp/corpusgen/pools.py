"""Hand-written sentence pools (provincial-press style) for the development corpus templates.

Placeholders: {P} exemplary person with title and full name, {p} short form (anh Hùng), {dia} full
locality, {xa}/{huyen}/{tinh}/{thon}, {O} an official with position, figures {loan} {income}
{animals} {hh_esc} {poor} {rate} {rate2} {houses} {schol} {area} {gift} {budget}, plain numbers {n} {m}
{year}. Even-indexed variants train, odd-indexed variants are held out.
"""

from __future__ import annotations

# ---------------------------------------------------------------- poverty_model
POV_TITLES_GENERIC = [
    "{Pshort} vươn lên thoát nghèo",
    "Thoát nghèo từ đôi bàn tay cần cù",
    "Người phụ nữ dân tộc thiểu số chí thú làm ăn, vươn lên thoát nghèo",
    "Từ hộ nghèo thành điển hình làm kinh tế giỏi",
    "Ý chí thoát nghèo ở {thon}",
    "Hộ nghèo tự nguyện viết đơn xin thoát nghèo",
    "{xa}: Nhiều hộ thoát nghèo bền vững nhờ mô hình sinh kế",
    "Nghị lực vượt khó của {Pshort}",
    "Đổi đời nhờ mạnh dạn chuyển hướng làm ăn",
    "Mô hình giảm nghèo hiệu quả ở {xa}",
]
POV_TITLES = {
    "livestock": [
        "Thoát nghèo nhờ nuôi bò sinh sản",
        "Làm giàu từ chăn nuôi heo",
        "Nuôi dê giúp đồng bào {xa} thoát nghèo",
        "Thoát nghèo từ đàn gà thả vườn",
        "Khấm khá nhờ mô hình nuôi trâu vỗ béo",
        "Đàn bò giống giúp hộ nghèo đổi đời",
    ],
    "crops_aquaculture": [
        "Thoát nghèo nhờ trồng cây ăn trái",
        "Làm giàu từ nuôi tôm",
        "Cây dược liệu mở hướng thoát nghèo",
        "Khấm khá nhờ chuyển đổi cây trồng",
        "Nuôi cá lồng trên lòng hồ, nhiều hộ thoát nghèo",
        "Trồng rau an toàn, thu nhập ổn định",
    ],
    "preferential_credit": [
        "Đồng vốn chính sách giúp hộ nghèo {xa} vươn lên",
        "Vốn vay ưu đãi tiếp sức hộ nghèo làm ăn",
        "Hiệu quả từ đồng vốn Ngân hàng Chính sách xã hội",
        "Tín dụng chính sách: Điểm tựa thoát nghèo",
    ],
    "savings_loan_groups": [
        "Tổ tiết kiệm và vay vốn: Cầu nối đồng vốn đến hộ nghèo",
        "Quỹ xoay vòng giúp hội viên phụ nữ thoát nghèo",
        "Góp vốn xoay vòng, chị em cùng nhau thoát nghèo",
        "Nuôi heo đất giúp hội viên có vốn làm ăn",
    ],
    "vocational_training": [
        "Học nghề, thoát nghèo",
        "Đào tạo nghề cho lao động nông thôn: Hướng đi bền vững",
        "Nghề may giúp phụ nữ vùng cao có thu nhập ổn định",
        "Từ lớp dạy nghề đến xưởng sản xuất riêng",
    ],
    "job_placement_labor_export": [
        "Xuất khẩu lao động: Con đường thoát nghèo của nhiều gia đình",
        "Đi làm việc ở nước ngoài, về quê xây nhà, mở xưởng",
        "Giải quyết việc làm, giảm nghèo bền vững",
        "Làng có nhiều người đi xuất khẩu lao động đổi thay",
    ],
    "housing": [
        "Ngôi nhà mới, động lực thoát nghèo",
        "Xóa nhà tạm, an cư để thoát nghèo",
        "Có nhà vững chãi, yên tâm làm ăn",
        "Mái ấm mới giúp hộ nghèo an cư lạc nghiệp",
    ],
    "cooperative_value_chain": [
        "Vào hợp tác xã, nông dân thoát nghèo",
        "Liên kết chuỗi giá trị giúp hộ nghèo có đầu ra ổn định",
        "Hợp tác xã bao tiêu sản phẩm, hộ nghèo yên tâm sản xuất",
        "Tổ hợp tác giúp thành viên làm giàu",
    ],
    "community_tourism": [
        "Làm du lịch cộng đồng, bản nghèo đổi thay",
        "Homestay giúp đồng bào thoát nghèo",
        "Du lịch cộng đồng mở hướng sinh kế mới",
        "Từ hộ nghèo thành chủ homestay",
    ],
    "craft_village_ocop": [
        "Giữ nghề truyền thống, thoát nghèo bền vững",
        "Sản phẩm OCOP giúp hộ nghèo tăng thu nhập",
        "Làng nghề mây tre đan tạo sinh kế cho hộ nghèo",
        "Dệt thổ cẩm, phụ nữ vùng cao thoát nghèo",
    ],
    "digital_transformation": [
        "Livestream bán nông sản, hộ nghèo tăng thu nhập",
        "Chuyển đổi số giúp nông dân thoát nghèo",
        "Bán hàng trực tuyến, sản phẩm của hộ nghèo vươn xa",
        "Thương mại điện tử mở lối cho nông sản vùng cao",
    ],
    "agricultural_extension": [
        "Chuyển giao khoa học kỹ thuật giúp hộ nghèo thoát nghèo",
        "Khuyến nông tiếp sức nông dân nghèo",
        "Tập huấn kỹ thuật, nông dân thay đổi tư duy sản xuất",
        "Áp dụng kỹ thuật mới, năng suất tăng gấp đôi",
    ],
    "clean_water_sanitation": [
        "Nước sạch về bản, đời sống đồng bào đổi thay",
        "Có nước sạch, người dân yên tâm sản xuất",
        "Công trình nước sinh hoạt giúp hộ nghèo ổn định cuộc sống",
        "Giếng khoan, bể chứa nước cho hộ nghèo vùng hạn",
    ],
    "infrastructure_roads": [
        "Đường bê tông về thôn, nông sản dễ tiêu thụ",
        "Có đường, có điện, bản nghèo thay da đổi thịt",
        "Cầu dân sinh mở lối thoát nghèo",
        "Bê tông hóa đường nội đồng, nông dân phấn khởi",
    ],
    "mentoring_sponsorship": [
        "Đảng viên giúp đỡ hộ nghèo thoát nghèo",
        "Cán bộ cầm tay chỉ việc, hộ nghèo vươn lên",
        "Nhận đỡ đầu hộ nghèo: Cách làm hay ở {xa}",
        "Kết nghĩa giúp nhau thoát nghèo",
    ],
}
POV_SAPO = [
    "Từng là hộ nghèo nhất {thon}, nhờ mạnh dạn {mtphrase}, gia đình {P} ở {dia} đã vươn lên thoát nghèo, trở thành tấm gương cho bà con noi theo.",
    "Không cam chịu đói nghèo, {P} ({dia}) đã {mtphrase}, mỗi năm thu về hàng trăm triệu đồng.",
    "Với ý chí vươn lên và sự hỗ trợ kịp thời của địa phương, {P} ở {dia} đã thoát nghèo nhờ {mtphrase}.",
    "Những năm gần đây, {mtphrase} đã giúp nhiều hộ dân ở {dia} thoát nghèo, trong đó có gia đình {P}.",
    "Từ hai bàn tay trắng, {P} đã chọn {mtphrase} để làm kinh tế, nay gia đình có cuộc sống ổn định.",
    "Câu chuyện thoát nghèo của {P} ở {dia} là minh chứng cho hiệu quả của mô hình {mtphrase}.",
]
POV_BACKGROUND = [
    "Năm {year}, gia đình {P} vẫn thuộc diện hộ nghèo của xã. Hai vợ chồng chỉ có vài sào ruộng, quanh năm làm thuê nhưng vẫn không đủ ăn.",
    "Trước đây, cuộc sống của gia đình {p} hết sức khó khăn. Nhà đông con, đất sản xuất ít, thu nhập chủ yếu trông vào mấy sào lúa nương.",
    "Sinh ra trong một gia đình đông anh em ở {thon}, {P} sớm phải bươn chải. Lập gia đình, ra ở riêng, hai vợ chồng chỉ có căn nhà tạm và món nợ ngân hàng.",
    "Cách đây hơn {n} năm, gia đình {P} được xếp vào diện hộ nghèo. Chồng ốm đau thường xuyên, mọi gánh nặng đều đặt lên vai {p}.",
    "{P} kể, có những năm mất mùa, cả nhà phải ăn cháo thay cơm, các con có nguy cơ bỏ học.",
    "Là hộ đồng bào dân tộc thiểu số, trước kia gia đình {p} sống chủ yếu bằng nghề làm rẫy, thu nhập bấp bênh.",
]
MT_POOL = {
    "livestock": [
        "Năm {year}, được vay {loan} từ Ngân hàng Chính sách xã hội, {p} mua {animals} về nuôi.§preferential_credit",
        "{Pcap} đầu tư làm chuồng trại kiên cố, trồng thêm cỏ voi để chủ động thức ăn cho đàn bò.",
        "Từ {animals} ban đầu, đến nay đàn vật nuôi đã tăng lên đáng kể, chăn nuôi trở thành nguồn thu chính của gia đình.",
        "Nhờ chịu khó học hỏi kỹ thuật chăn nuôi, tiêm phòng đầy đủ nên đàn heo của gia đình {p} ít dịch bệnh, lớn nhanh.",
        "Ngoài nuôi bò sinh sản, gia đình còn nuôi thêm {animals2}, mỗi lứa xuất bán lãi vài chục triệu đồng.",
        "Được hỗ trợ con giống từ chương trình giảm nghèo, {p} chăm sóc chu đáo, nay đàn dê đã sinh sôi.",
    ],
    "crops_aquaculture": [
        "Gia đình {p} mạnh dạn chuyển đổi {area} đất trồng lúa kém hiệu quả sang trồng cây ăn trái như bưởi, cam, sầu riêng.",
        "{Pcap} đào ao nuôi cá, kết hợp trồng rau an toàn, mỗi vụ thu về hàng chục triệu đồng.",
        "Vườn cây ăn quả của gia đình rộng {area}, mỗi năm cho thu hoạch hàng chục tấn trái.",
        "Thấy cây quế phù hợp với thổ nhưỡng địa phương, {p} trồng {area} quế, kết hợp trồng cây dược liệu dưới tán rừng.",
        "Năm {year}, {p} đầu tư ao nuôi tôm thẻ chân trắng theo quy trình an toàn sinh học, vụ đầu đã có lãi.",
        "Từ mảnh vườn tạp, gia đình cải tạo thành vườn trồng rau, mỗi ngày xuất bán vài tạ rau cho thương lái.",
    ],
    "preferential_credit": [
        "Năm {year}, {p} được Ngân hàng Chính sách xã hội huyện cho vay {loan} từ chương trình cho vay hộ nghèo.",
        "Có nguồn vốn vay ưu đãi, gia đình đầu tư mở rộng sản xuất, trả nợ đúng hạn và tiếp tục vay vốn để làm ăn.",
        "Từ đồng vốn tín dụng chính sách {loan}, {p} có điều kiện đầu tư sản xuất một cách bài bản.",
        "Theo {O}, dư nợ tín dụng chính sách trên địa bàn hiện đạt {budget}, giúp hàng nghìn hộ nghèo có vốn làm ăn.",
    ],
    "savings_loan_groups": [
        "Là thành viên tổ tiết kiệm và vay vốn do Hội Phụ nữ xã quản lý, {p} được vay {loan} để làm ăn.",
        "Hội Liên hiệp Phụ nữ xã thành lập quỹ xoay vòng, mỗi hội viên góp vốn hằng tháng, rồi luân phiên cho chị em nghèo vay không lãi.",
        "Nhờ mô hình nuôi heo đất của chi hội phụ nữ thôn, {p} có thêm {gift} để mua con giống.§livestock",
        "Tổ tiết kiệm và vay vốn của thôn hiện có {n} thành viên, nhiều chị em đã thoát nghèo nhờ nguồn vốn xoay vòng.",
    ],
    "vocational_training": [
        "Năm {year}, {p} tham gia lớp dạy nghề may công nghiệp do huyện tổ chức theo chương trình đào tạo nghề cho lao động nông thôn.",
        "Sau khóa học nghề sửa chữa máy nông nghiệp, {p} mở tiệm sửa chữa tại nhà, thu nhập ổn định.",
        "Nhờ học nghề, {p} có tay nghề vững, mở xưởng nhỏ tạo việc làm cho nhiều lao động trong thôn.",
        "Trung tâm giáo dục nghề nghiệp huyện đã mở lớp đào tạo nghề chế biến nông sản cho {n} học viên là người thuộc hộ nghèo.",
    ],
    "job_placement_labor_export": [
        "Năm {year}, con trai lớn của {p} được vay vốn ưu đãi đi xuất khẩu lao động tại Nhật Bản, mỗi tháng gửi về {gift}.§preferential_credit",
        "Thông qua sàn giao dịch việc làm của tỉnh, {p} được giới thiệu vào làm công nhân ở khu công nghiệp, có việc làm ổn định.",
        "Sau {n} năm đi làm việc ở nước ngoài theo hợp đồng, {p} về quê xây nhà, mua đất làm vườn.",
        "Địa phương đã tư vấn, giải quyết việc làm cho hàng trăm lao động, trong đó nhiều người thuộc hộ nghèo.",
    ],
    "housing": [
        "Năm {year}, gia đình {p} được hỗ trợ {gift} từ chương trình xóa nhà tạm, nhà dột nát để xây dựng căn nhà mới.",
        "Có nhà đại đoàn kết kiên cố, vợ chồng {p} yên tâm dồn sức làm ăn.",
        "Ủy ban MTTQ xã vận động các nhà hảo tâm hỗ trợ xây nhà tình thương cho gia đình {p}.",
        "Trên địa bàn xã đã xây mới, sửa chữa {houses} cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở.",
    ],
    "cooperative_value_chain": [
        "Năm {year}, {p} tham gia Hợp tác xã Nông nghiệp {xa}, được hợp tác xã bao tiêu toàn bộ sản phẩm.",
        "Nhờ liên kết chuỗi giá trị với doanh nghiệp, sản phẩm của các hộ có đầu ra ổn định, giá bán cao hơn.",
        "Hợp tác xã hỗ trợ thành viên vật tư đầu vào, hướng dẫn quy trình sản xuất theo tiêu chuẩn VietGAP.",
        "Tổ hợp tác trồng rau của thôn có {n} thành viên, mỗi năm cung ứng hàng trăm tấn sản phẩm cho các siêu thị.",
    ],
    "community_tourism": [
        "Năm {year}, {p} mạnh dạn cải tạo nhà sàn truyền thống để làm homestay đón khách du lịch.",
        "Mô hình du lịch cộng đồng ở {thon} thu hút hàng nghìn lượt khách mỗi năm, tạo việc làm cho nhiều hộ nghèo.",
        "Khách đến homestay được trải nghiệm nấu món ăn truyền thống, xem múa xòe, dệt vải cùng bà con.",
        "Bình quân mỗi tháng, homestay của gia đình {p} đón vài trăm lượt khách, thu nhập hơn {income}.",
    ],
    "craft_village_ocop": [
        "Sản phẩm mật ong của gia đình {p} đã đạt chứng nhận OCOP 3 sao, được nhiều khách hàng đặt mua.",
        "Làng nghề mây tre đan của xã tạo việc làm thường xuyên cho hàng trăm lao động nông thôn.",
        "{Pcap} cùng chị em trong thôn khôi phục nghề dệt thổ cẩm truyền thống, sản phẩm bán cho khách du lịch.",
        "Từ nghề làm bánh truyền thống của gia đình, {p} xây dựng thương hiệu, sản phẩm đạt OCOP 4 sao.",
    ],
    "digital_transformation": [
        "{Pcap} tự học cách livestream bán nông sản trên mạng xã hội, mỗi buổi bán được hàng trăm ki-lô-gam.",
        "Sản phẩm của gia đình được đưa lên sàn thương mại điện tử, có mã QR truy xuất nguồn gốc.",
        "Nhờ bán hàng trực tuyến qua Facebook, Zalo, nông sản của {p} đến được với khách hàng khắp cả nước.",
        "Đoàn Thanh niên xã hướng dẫn các hộ nghèo mở gian hàng trên sàn thương mại điện tử Postmart.",
    ],
    "agricultural_extension": [
        "{Pcap} tham gia các lớp tập huấn kỹ thuật do Trạm Khuyến nông huyện tổ chức, áp dụng vào sản xuất.",
        "Được cán bộ khuyến nông chuyển giao khoa học kỹ thuật, năng suất cây trồng của gia đình tăng rõ rệt.",
        "Mô hình trình diễn được hỗ trợ giống và phân bón, các hộ nghèo tham gia chỉ phải đóng góp công lao động.",
        "Nhờ áp dụng tiến bộ khoa học kỹ thuật vào chăn nuôi, trồng trọt, gia đình {p} giảm chi phí, tăng lợi nhuận.",
    ],
    "clean_water_sanitation": [
        "Năm {year}, gia đình {p} được hỗ trợ xây bể chứa nước và nhà vệ sinh hợp vệ sinh từ chương trình nước sạch nông thôn.",
        "Trước đây, mùa khô bà con phải đi bộ vài cây số lấy nước; nay công trình nước sinh hoạt tập trung đã dẫn nước sạch về tận nhà.",
        "Nhờ có giếng khoan và hệ thống lọc nước, gia đình {p} chủ động nước tưới cho vườn rau, nước uống cho gia súc.",
        "Huyện đã đầu tư {n} công trình nước sạch, bảo đảm hầu hết hộ dân được sử dụng nước hợp vệ sinh.",
    ],
    "infrastructure_roads": [
        "Tuyến đường giao thông nông thôn được bê tông hóa giúp xe tải vào tận vườn thu mua nông sản của gia đình {p}.",
        "Điện lưới quốc gia được kéo về {thon}, {p} mua máy xay xát, mở thêm dịch vụ cho bà con.",
        "Cây cầu dân sinh mới xây giúp người dân đi lại thuận tiện, vận chuyển hàng hóa dễ dàng hơn.",
        "Hệ thống kênh mương thủy lợi được kiên cố hóa, ruộng của gia đình {p} làm được hai vụ mỗi năm.",
    ],
    "mentoring_sponsorship": [
        "Chi bộ thôn phân công đảng viên giúp đỡ hộ nghèo, trực tiếp cầm tay chỉ việc cho gia đình {p}.",
        "Cán bộ phụ trách hộ nghèo thường xuyên đến thăm, hướng dẫn gia đình {p} cách làm ăn.",
        "Hội Cựu chiến binh xã nhận đỡ đầu gia đình {p}, hỗ trợ con giống và ngày công.§livestock",
        "Các đoàn thể kết nghĩa với từng hộ nghèo, giúp đỡ cả về vốn, kỹ thuật lẫn tinh thần.",
    ],
}
MT_PHRASE = {
    "livestock": ["nuôi bò sinh sản", "chăn nuôi heo", "nuôi dê", "nuôi gà thả vườn"],
    "crops_aquaculture": ["trồng cây ăn trái", "nuôi tôm", "trồng cây dược liệu", "chuyển đổi cây trồng"],
    "preferential_credit": [
        "vay vốn ưu đãi để sản xuất",
        "sử dụng hiệu quả vốn vay Ngân hàng Chính sách xã hội",
    ],
    "savings_loan_groups": ["vay vốn từ tổ tiết kiệm và vay vốn", "tham gia quỹ xoay vòng của Hội Phụ nữ"],
    "vocational_training": ["học nghề", "theo học lớp dạy nghề"],
    "job_placement_labor_export": ["đi xuất khẩu lao động", "đi làm việc ở nước ngoài"],
    "housing": ["được hỗ trợ xây nhà mới", "an cư trong ngôi nhà đại đoàn kết"],
    "cooperative_value_chain": ["tham gia hợp tác xã", "liên kết chuỗi giá trị"],
    "community_tourism": ["làm du lịch cộng đồng", "mở homestay"],
    "craft_village_ocop": ["giữ nghề truyền thống", "làm sản phẩm OCOP"],
    "digital_transformation": ["bán hàng trực tuyến", "livestream bán nông sản"],
    "agricultural_extension": ["áp dụng khoa học kỹ thuật", "học kỹ thuật từ cán bộ khuyến nông"],
    "clean_water_sanitation": ["có nước sạch để sản xuất", "được hỗ trợ bể chứa nước"],
    "infrastructure_roads": ["tận dụng con đường bê tông mới", "có điện lưới, có đường giao thông"],
    "mentoring_sponsorship": ["sự giúp đỡ của đảng viên", "sự đỡ đầu của các đoàn thể"],
}
POV_RESULT = [
    "Đến năm {year2}, gia đình {p} đã thoát nghèo, xây được nhà mới kiên cố. Trừ chi phí, mỗi năm gia đình thu về khoảng {income}.",
    "Hiện nay, tổng thu nhập của gia đình đạt {income} mỗi năm. Năm {year2}, {p} tự nguyện làm đơn xin thoát nghèo.",
    "Cuộc sống gia đình {p} giờ đã khấm khá, các con được học hành đầy đủ, nhà cửa khang trang.",
    "Năm {year2}, gia đình chính thức ra khỏi danh sách hộ nghèo, có của ăn của để.",
    "Không chỉ thoát nghèo, {p} còn tạo việc làm thời vụ cho nhiều lao động địa phương và sẵn sàng chia sẻ kinh nghiệm.",
    "Mỗi năm, sau khi trừ chi phí, gia đình {p} lãi khoảng {income}, trở thành hộ sản xuất kinh doanh giỏi của xã.",
]
POV_COMMUNITY = [
    "Theo {O}, năm {year2}, toàn xã có {hh_esc}, tỷ lệ hộ nghèo giảm còn {rate}.",
    "Từ các mô hình sinh kế hiệu quả, xã đã giảm từ {poor} xuống còn chưa đến {m} hộ; tỷ lệ hộ nghèo giảm còn {rate}.",
    "{Ocap} cho biết, địa phương sẽ tiếp tục nhân rộng mô hình, phấn đấu đến năm {year3} không còn hộ nghèo.",
    "Giai đoạn {year}-{year2}, {xa} có {hh_esc}; tỷ lệ hộ nghèo giảm bình quân {rate2} mỗi năm.",
]
POV_QUOTE = [
    '"Có vốn, có kỹ thuật, quan trọng nhất là mình phải chịu khó. Giờ cuộc sống đã đỡ vất vả hơn nhiều", {p} chia sẻ.',
    '"Tôi chỉ mong bà con trong thôn cùng làm, cùng thoát nghèo", {p} bộc bạch.',
    "Nói về dự định sắp tới, {p} cho biết sẽ mở rộng quy mô sản xuất để tạo thêm việc làm cho bà con.",
    '"Được giúp đỡ thì mình phải cố gắng, không thể trông chờ ỷ lại mãi", {p} nói.',
]
POV_CLOSING = [
    "Câu chuyện của {p} là minh chứng cho ý chí vươn lên thoát nghèo của người nông dân.",
    "Mô hình của gia đình {p} đang được địa phương khuyến khích nhân rộng.",
    "{Ocap} đánh giá, đây là điển hình tiêu biểu trong phong trào thi đua giảm nghèo bền vững của địa phương.",
    "Từ cách làm hiệu quả của gia đình {p}, nhiều hộ dân trong thôn đã học tập, làm theo.",
]

# ---------------------------------------------------------------- good_deed
DEEDS = {
    "rescue_lifesaving": {
        "titles": [
            "Dũng cảm lao xuống sông cứu hai học sinh bị đuối nước",
            "Người hùng thầm lặng cứu người trong đám cháy",
            "Khen thưởng {Pshort} dũng cảm cứu người",
            "Nam sinh lớp 9 cứu bạn khỏi dòng nước lũ",
            "Chiến sĩ công an kịp thời cứu người gặp nạn",
        ],
        "body": [
            "Chiều {date}, khi đang làm đồng gần bờ sông, {P} nghe tiếng kêu cứu. Không chần chừ, {p} lao xuống dòng nước xiết, đưa hai cháu nhỏ vào bờ an toàn.",
            "Phát hiện ngôi nhà bốc cháy dữ dội, {P} phá cửa xông vào, cõng cụ bà đang mắc kẹt ra ngoài an toàn.",
            "Thấy một người bị nước lũ cuốn trôi, {P} cùng người dân dùng dây thừng, áo phao để cứu thoát nạn nhân.",
            "Nhờ được sơ cứu kịp thời, cháu bé đuối nước đã được cứu sống và đưa đi cấp cứu tại trạm y tế xã.",
            "Hành động dũng cảm, quên mình cứu người của {p} được người dân địa phương hết lời ca ngợi.",
            "Trước đó, {p} cũng từng nhiều lần cứu người đuối nước trên đoạn sông này.",
        ],
        "extra": [],
    },
    "returning_lost_property": {
        "titles": [
            "Nhặt được của rơi, trả lại người đánh rơi",
            "Tài xế xe ôm trả lại túi tiền hơn trăm triệu đồng",
            "Học sinh nhặt được ví tiền, trả lại người mất",
            "Công nhân vệ sinh trả lại tài sản có giá trị",
            "Người phụ nữ bán vé số trả lại của rơi",
        ],
        "body": [
            "Sáng {date}, trong lúc đi làm, {P} nhặt được một chiếc ví bên trong có {gift} cùng nhiều giấy tờ tùy thân.",
            "Ngay sau đó, {p} đã mang số tài sản trên đến Công an xã {xa} để nhờ tìm người đánh rơi.",
            "Qua xác minh, công an xã đã liên hệ được với chủ tài sản và tổ chức trao trả đầy đủ.",
            "Nhận lại tài sản bị thất lạc, người mất vô cùng xúc động, gửi lời cảm ơn nhưng {p} nhất quyết không nhận tiền hậu tạ.",
            "Đây không phải lần đầu {p} trả lại của rơi cho người đánh rơi; trước đó, {p} từng trả lại một chiếc điện thoại và nhẫn vàng.",
            "Việc làm của {P} thể hiện đức tính thật thà, đáng để mọi người học tập.",
        ],
        "extra": [],
    },
    "blood_donation": {
        "titles": [
            "Người đàn ông {n} lần hiến máu tình nguyện",
            "Lan tỏa phong trào hiến máu nhân đạo",
            "Cặp vợ chồng nhiều năm hiến máu cứu người",
            "Giọt máu hồng sẻ chia sự sống",
        ],
        "body": [
            "Hơn {n} năm qua, {P} đã {m} lần hiến máu tình nguyện, được Ban Chỉ đạo vận động hiến máu tỉnh tặng nhiều bằng khen.",
            "Ngày hội hiến máu do Đoàn Thanh niên tổ chức đã tiếp nhận hàng trăm đơn vị máu.",
            "{Pcap} là thành viên ngân hàng máu sống của huyện, sẵn sàng có mặt mỗi khi bệnh viện cần máu cấp cứu.",
            '"Mỗi giọt máu cho đi là một cuộc đời ở lại, tôi sẽ còn hiến máu khi còn đủ sức khỏe", {p} chia sẻ.',
        ],
        "extra": [],
    },
    "volunteering": {
        "titles": [
            "Bếp ăn từ thiện ấm lòng bệnh nhân nghèo",
            "Quán cơm 0 đồng giữa lòng phố thị",
            "Tuổi trẻ {tinh} ra quân chiến dịch Mùa hè xanh",
            "Những tình nguyện viên thầm lặng",
        ],
        "body": [
            "Suốt {n} năm nay, bếp ăn từ thiện do {P} khởi xướng đều đặn phát hàng trăm suất cơm miễn phí cho bệnh nhân nghèo.",
            "Mỗi ngày, các tình nguyện viên có mặt từ sáng sớm để nấu nướng, chia suất cơm 0 đồng cho người lao động nghèo.",
            "Chiến dịch tình nguyện Mùa hè xanh năm nay có hàng nghìn đoàn viên, thanh niên tham gia làm đường, dọn vệ sinh môi trường.",
            "Các đội hình thanh niên tình nguyện đã giúp người dân thu hoạch mùa màng, sửa chữa nhà cửa, dạy học cho trẻ em.",
            "{Pcap} cho biết, kinh phí duy trì bếp ăn đến từ sự đóng góp của các nhà hảo tâm và chính gia đình mình.",
        ],
        "extra": [],
    },
    "land_donation": {
        "titles": [
            "Hiến đất làm đường, nghĩa cử đẹp ở {xa}",
            "Nông dân tự nguyện hiến hàng nghìn mét vuông đất mở đường",
            "Cựu chiến binh hiến đất xây trường học",
            "Người dân đồng lòng hiến đất làm đường giao thông nông thôn",
        ],
        "body": [
            "Khi xã triển khai mở rộng đường liên thôn, {P} đã tự nguyện hiến {area} đất, tự tháo dỡ tường rào, cổng ngõ.",
            "Nhờ người dân hiến đất, tuyến đường bê tông dài hơn {n} km đã hoàn thành, xe tải có thể vào tận thôn.",
            "Gia đình {p} còn hiến đất xây trường mẫu giáo để con em trong thôn không phải đi học xa.",
            "Nghĩa cử cao đẹp của {p} đã lan tỏa, nhiều hộ dân khác cũng tự nguyện hiến đất làm đường.",
        ],
        "extra": ["infrastructure_roads"],
    },
    "charity_donation": {
        "titles": [
            "Trao quà Tết cho hộ nghèo {xa}",
            "Tấm lòng nhân ái của người phụ nữ bán rau",
            "Doanh nghiệp trao tặng nhu yếu phẩm cho người dân vùng lũ",
            "Mang Tết ấm đến với người nghèo",
            "Người tốt việc tốt: {Pshort} và những chuyến xe nghĩa tình",
        ],
        "body": [
            "Dịp này, {P} cùng nhóm thiện nguyện đã trao {n} suất quà, mỗi suất trị giá {gift} gồm gạo, dầu ăn, mì tôm và tiền mặt cho hộ nghèo.",
            "Nhiều năm qua, dù cuộc sống không dư dả, {P} vẫn âm thầm dành dụm tiền để mua gạo, chăn ấm tặng người già neo đơn.",
            "Tổng trị giá quà trao tặng trong đợt này là {budget}, do các nhà hảo tâm và doanh nghiệp đóng góp.",
            "Những phần quà tuy nhỏ nhưng là nguồn động viên lớn giúp bà con có cái Tết đầm ấm, sẻ chia.",
            "Ngay sau trận lũ, {p} đã chở hàng tấn nhu yếu phẩm vào cứu trợ người dân vùng bị cô lập.",
        ],
        "extra": [],
    },
    "education_support": {
        "titles": [
            "Trao học bổng cho học sinh nghèo vượt khó",
            "Tiếp sức đến trường cho học sinh vùng cao",
            "Người thầy nuôi học trò nghèo ăn học",
            "Khuyến học ở {xa}: Chắp cánh ước mơ cho học sinh nghèo",
        ],
        "body": [
            "Chương trình đã trao {schol}, mỗi suất trị giá {gift}, cho học sinh nghèo vượt khó học giỏi.",
            "Hơn {n} năm nay, {P} đã âm thầm nhận nuôi, hỗ trợ học phí cho nhiều học sinh có hoàn cảnh khó khăn.",
            "Cùng với học bổng, các em còn được tặng xe đạp, sách vở, đồ dùng học tập trước thềm năm học mới.",
            "Hội Khuyến học xã vận động các dòng họ lập quỹ khuyến học, khen thưởng học sinh giỏi, hỗ trợ học sinh nghèo.§fund_raising",
        ],
        "extra": [],
    },
    "health_support": {
        "titles": [
            "Khám chữa bệnh miễn phí cho người dân vùng sâu",
            "Bác sĩ trẻ nhiều năm khám bệnh miễn phí cho người nghèo",
            "Trao thẻ bảo hiểm y tế cho hộ cận nghèo",
            "Đoàn y bác sĩ tình nguyện về với bà con vùng biên",
        ],
        "body": [
            "Đoàn đã khám bệnh, cấp thuốc miễn phí cho hơn {n} người dân, chủ yếu là người cao tuổi và trẻ em thuộc hộ nghèo.",
            "Dịp này, nhà tài trợ cũng trao tặng {n} thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo.",
            "Nhiều năm qua, {P} thường xuyên về các bản vùng cao khám chữa bệnh miễn phí, phát thuốc cho bà con.",
            "Những bệnh nhân nghèo mắc bệnh hiểm nghèo được hỗ trợ chi phí phẫu thuật, điều trị.",
        ],
        "extra": [],
    },
    "housing": {
        "titles": [
            "Bàn giao nhà tình thương cho hộ nghèo",
            "Cựu chiến binh góp công xây nhà cho người nghèo",
            "Mái ấm nghĩa tình cho hộ nghèo {xa}",
            "Khánh thành nhà đại đoàn kết tặng gia đình khó khăn",
        ],
        "body": [
            "Căn nhà được xây dựng với tổng kinh phí {gift}, trong đó {P} cùng các nhà hảo tâm đóng góp phần lớn.",
            "Trong năm, các đoàn viên đã góp hàng trăm ngày công giúp xây dựng {houses} cho hộ nghèo.",
            "Nhận chìa khóa căn nhà mới, bà cụ neo đơn không giấu được xúc động, cảm ơn tấm lòng nhân ái của {p}.",
            "Ngôi nhà tình thương rộng hơn {area}, được xây dựng kiên cố, đáp ứng tiêu chí ba cứng.",
        ],
        "extra": [],
    },
    "clean_water_sanitation": {
        "titles": [
            "Mang nước sạch đến với bà con vùng cao",
            "Nhóm thiện nguyện khoan giếng tặng người dân vùng hạn",
            "Công trình nước sạch nghĩa tình của tuổi trẻ {tinh}",
            "Tặng bồn chứa nước cho hộ nghèo vùng khô hạn",
        ],
        "body": [
            "Trong mùa khô hạn, {P} cùng nhóm thiện nguyện đã khoan {n} giếng nước, lắp đặt máy lọc nước tặng người dân.",
            "Công trình nước sạch có tổng kinh phí {gift}, cung cấp nước sinh hoạt cho hàng trăm hộ dân và điểm trường.",
            "Những bồn chứa nước, téc nước được trao tận tay các hộ nghèo, giúp bà con có nước sạch dùng trong mùa khô.",
            "Đoàn viên thanh niên còn giúp các hộ xây nhà vệ sinh, dẫn nước về tận nhà.",
        ],
        "extra": [],
    },
    "fund_raising": {
        "titles": [
            "Vận động ủng hộ Quỹ Vì người nghèo",
            "Đêm nhạc gây quỹ giúp trẻ em nghèo",
            "Quyên góp ủng hộ đồng bào vùng lũ",
            "Lan tỏa tinh thần tương thân tương ái",
        ],
        "body": [
            "Tại buổi lễ, các cơ quan, doanh nghiệp và nhà hảo tâm đã ủng hộ Quỹ Vì người nghèo với tổng số tiền {budget}.",
            "Chỉ sau vài ngày kêu gọi trên mạng xã hội, nhóm của {P} đã quyên góp được {gift} giúp cháu bé bị bệnh hiểm nghèo.",
            "Số tiền ủng hộ sẽ được dùng để xây nhà, hỗ trợ sinh kế cho hộ nghèo và học sinh có hoàn cảnh đặc biệt khó khăn.",
            "Các mạnh thường quân đã tích cực hưởng ứng lời kêu gọi, đóng góp tiền và hiện vật.",
        ],
        "extra": [],
    },
    "mentoring_sponsorship": {
        "titles": [
            "Người mẹ đỡ đầu của trẻ mồ côi",
            "Đồn Biên phòng nhận đỡ đầu học sinh nghèo",
            "Nâng bước em tới trường: Chương trình nhận đỡ đầu ý nghĩa",
            "Cán bộ nhận đỡ đầu hộ nghèo",
        ],
        "body": [
            'Thực hiện chương trình "Nâng bước em tới trường", {P} đã nhận đỡ đầu {n} học sinh có hoàn cảnh khó khăn, mỗi tháng hỗ trợ {gift}.§education_support',
            "Ngoài hỗ trợ vật chất, {p} thường xuyên đến thăm, động viên các em chăm ngoan, học giỏi.",
            "Mỗi cán bộ, đảng viên nhận giúp đỡ ít nhất một hộ nghèo, hỗ trợ vốn, cây giống và hướng dẫn cách làm ăn.",
            "Được nhận đỡ đầu, nhiều em đã thi đỗ đại học, có việc làm ổn định.",
        ],
        "extra": [],
    },
}
DEED_SAPO = [
    "Việc làm ý nghĩa của {P} ở {dia} đã lan tỏa tinh thần tương thân tương ái trong cộng đồng.",
    "Không ngại khó khăn, {P} ({dia}) âm thầm làm việc tốt, được bà con quý mến.",
    "Nghĩa cử cao đẹp của {P} ở {dia} là tấm gương sáng về người tốt, việc tốt.",
    "Hành động đẹp của {P} đã được cấp ủy, chính quyền {xa} biểu dương, khen thưởng kịp thời.",
]
DEED_CLOSING = [
    "Ghi nhận nghĩa cử cao đẹp, UBND huyện đã tặng giấy khen cho {p} vì có thành tích xuất sắc trong phong trào người tốt, việc tốt.",
    "{Ocap} cho biết, xã sẽ đề nghị cấp trên khen thưởng đột xuất cho {p}.",
    "Việc làm của {p} là tấm gương sáng để mọi người học tập, lan tỏa những giá trị tốt đẹp trong cộng đồng.",
    '"Tôi chỉ làm những việc mà ai ở hoàn cảnh đó cũng sẽ làm", {p} khiêm tốn nói.',
]

# ---------------------------------------------------------------- policy_news
POLICY = {
    "summary_conference": {
        "titles": [
            "{tinh}: Tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững",
            "Hội nghị sơ kết công tác giảm nghèo 6 tháng đầu năm",
            "Huyện {huyen} tổng kết công tác giảm nghèo giai đoạn {year}-{year2}",
            'Hội nghị tổng kết phong trào "Cả nước chung tay vì người nghèo"',
        ],
        "body": [
            "Ngày {date}, UBND tỉnh {tinh} tổ chức hội nghị tổng kết thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn {year}-{year2}.",
            "Theo báo cáo, giai đoạn vừa qua toàn tỉnh có {hh_esc}, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ {rate} xuống còn {rate2}.",
            "Tổng nguồn vốn huy động thực hiện chương trình đạt {budget}, trong đó vốn ngân sách trung ương chiếm phần lớn.",
            "Phát biểu chỉ đạo, {O} đề nghị các sở, ngành, địa phương tiếp tục rà soát, đánh giá đúng thực trạng hộ nghèo.",
            "Dịp này, UBND tỉnh tặng bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác giảm nghèo.",
            "Hội nghị cũng chỉ ra những tồn tại, hạn chế như tiến độ giải ngân vốn còn chậm, một số địa phương tỷ lệ hộ tái nghèo cao.",
        ],
        "models": [],
    },
    "credit_conference": {
        "titles": [
            "Ngân hàng Chính sách xã hội tỉnh triển khai nhiệm vụ năm {year2}",
            "Hội nghị đánh giá 10 năm thực hiện Chỉ thị 40 về tín dụng chính sách",
            "Ban đại diện HĐQT NHCSXH huyện {huyen} họp phiên thường kỳ",
            "Tín dụng chính sách xã hội: Triển khai kế hoạch quý IV",
        ],
        "body": [
            "Sáng {date}, Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh {tinh} tổ chức hội nghị triển khai nhiệm vụ năm {year2}.",
            "Đến nay, tổng dư nợ các chương trình tín dụng chính sách trên địa bàn đạt {budget}, với hơn {n} nghìn khách hàng còn dư nợ.",
            "Hội nghị đánh giá kết quả thực hiện Chỉ thị số 40-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội.",
            "{Ocap} yêu cầu các tổ chức hội đoàn thể nhận ủy thác nâng cao chất lượng hoạt động của tổ tiết kiệm và vay vốn.§savings_loan_groups",
            "Nguồn vốn ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội năm nay tăng so với cùng kỳ.",
        ],
        "models": ["preferential_credit"],
    },
    "housing_program": {
        "titles": [
            "{tinh} đẩy nhanh tiến độ xóa nhà tạm, nhà dột nát",
            "Phát động phong trào thi đua chung tay xóa nhà tạm",
            "Kế hoạch xóa nhà tạm, nhà dột nát trên địa bàn tỉnh năm {year2}",
            "Ban Chỉ đạo xóa nhà tạm tỉnh họp triển khai nhiệm vụ",
        ],
        "body": [
            "Theo kế hoạch, năm {year2} tỉnh {tinh} sẽ hỗ trợ xây mới, sửa chữa {houses} cho hộ nghèo, hộ cận nghèo và gia đình chính sách.",
            "Mức hỗ trợ xây mới là {gift} mỗi căn, sửa chữa là 30 triệu đồng mỗi căn, từ nguồn ngân sách và xã hội hóa.",
            "{Ocap} yêu cầu các địa phương rà soát chính xác đối tượng, phấn đấu hoàn thành chỉ tiêu xóa nhà tạm, nhà dột nát trước thời hạn.",
            "Ban Chỉ đạo đề nghị Ủy ban MTTQ các cấp đẩy mạnh vận động nguồn lực xã hội hóa, huy động ngày công hỗ trợ hộ khó khăn.",
        ],
        "models": ["housing"],
    },
    "emulation_launch": {
        "titles": [
            'Phát động Tháng cao điểm "Vì người nghèo" năm {year2}',
            'Phát động phong trào thi đua "{tinh} chung tay vì người nghèo"',
            "Biểu dương điển hình tiên tiến trong phong trào thi đua yêu nước",
            "Lễ phát động ủng hộ Quỹ Vì người nghèo",
        ],
        "body": [
            'Ngày {date}, Ủy ban MTTQ Việt Nam tỉnh {tinh} tổ chức lễ phát động Tháng cao điểm "Vì người nghèo" và an sinh xã hội.',
            "Ngay tại lễ phát động, các cơ quan, đơn vị, doanh nghiệp đã đăng ký ủng hộ Quỹ Vì người nghèo tổng số tiền {budget}.",
            "Ban Thường trực kêu gọi cán bộ, đảng viên, các tầng lớp nhân dân tích cực hưởng ứng, chung tay hỗ trợ người nghèo.",
            "Hội nghị biểu dương {n} tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn {year}-{year2}.",
            "{Ocap} đề nghị các cấp, các ngành tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua.",
        ],
        "models": ["fund_raising"],
    },
    "plan_directive": {
        "titles": [
            "Ban hành kế hoạch thực hiện mục tiêu giảm nghèo bền vững năm {year2}",
            "Nghị quyết về giảm nghèo bền vững giai đoạn mới",
            "Chỉ thị tăng cường công tác giảm nghèo trên địa bàn tỉnh",
            "{tinh} phân bổ vốn thực hiện Chương trình MTQG giảm nghèo",
        ],
        "body": [
            "UBND tỉnh {tinh} vừa ban hành kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm {year2}.",
            "Mục tiêu đề ra là giảm tỷ lệ hộ nghèo xuống dưới {rate}, trong đó huyện nghèo giảm từ 4-5% mỗi năm.",
            "Kế hoạch giao các sở, ngành chủ trì triển khai các dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế, đào tạo nghề, giải quyết việc làm.§vocational_training§job_placement_labor_export",
            "Tổng kinh phí phân bổ cho chương trình năm nay là {budget}, tập trung cho các huyện nghèo và xã đặc biệt khó khăn.",
            "Chỉ thị yêu cầu người đứng đầu cấp ủy, chính quyền các cấp chịu trách nhiệm về kết quả giảm nghèo trên địa bàn.",
        ],
        "models": [],
    },
    "vocational_policy": {
        "titles": [
            "Nâng cao chất lượng đào tạo nghề cho lao động nông thôn",
            "Kế hoạch giải quyết việc làm, xuất khẩu lao động năm {year2}",
            "Hội nghị đánh giá công tác giáo dục nghề nghiệp và giải quyết việc làm",
            "Sở Lao động triển khai đề án đào tạo nghề",
        ],
        "body": [
            "Năm {year2}, tỉnh {tinh} đặt mục tiêu đào tạo nghề cho {n} nghìn lao động nông thôn, giải quyết việc làm cho hàng chục nghìn người.",
            "Sở Lao động - Thương binh và Xã hội đề nghị các địa phương đẩy mạnh tư vấn, đưa người lao động đi làm việc ở nước ngoài theo hợp đồng.",
            "Hội nghị chỉ ra hạn chế: đào tạo nghề chưa gắn với nhu cầu thị trường, tỷ lệ lao động sau học nghề có việc làm chưa cao.",
            "Kế hoạch đề ra chỉ tiêu đưa {m} lao động đi xuất khẩu lao động, ưu tiên người thuộc hộ nghèo.",
        ],
        "models": ["vocational_training", "job_placement_labor_export"],
    },
    "inspection": {
        "titles": [
            "Đoàn công tác kiểm tra việc thực hiện chương trình giảm nghèo tại {huyen}",
            "Giám sát việc thực hiện chính sách giảm nghèo",
            "Lãnh đạo tỉnh làm việc với huyện {huyen} về công tác giảm nghèo",
            "Kiểm tra tiến độ giải ngân vốn chương trình mục tiêu quốc gia",
        ],
        "body": [
            "Ngày {date}, đoàn công tác của Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh do {O} làm trưởng đoàn đã kiểm tra tại huyện {huyen}.",
            "Theo báo cáo, đến nay huyện mới giải ngân được {rate2} kế hoạch vốn được giao, thấp hơn mức bình quân chung của tỉnh.",
            "Kết luận buổi làm việc, trưởng đoàn yêu cầu huyện khẩn trương tháo gỡ vướng mắc, đẩy nhanh tiến độ giải ngân.",
            "Đoàn giám sát của HĐND tỉnh đề nghị UBND tỉnh sớm ban hành hướng dẫn thực hiện các dự án hỗ trợ sinh kế.",
        ],
        "models": [],
    },
}

# ---------------------------------------------------------------- other (hard negatives)
OTHER = {
    "bank_results": {
        "titles": [
            "Agribank {tinh} tăng trưởng tín dụng ổn định",
            "Ngân hàng TMCP báo lãi trước thuế tăng mạnh",
            "Lợi nhuận ngân hàng quý III: Nhóm dẫn đầu vẫn giữ phong độ",
            "Tín dụng toàn tỉnh tăng {n}% so với đầu năm",
        ],
        "body": [
            "Lũy kế 9 tháng, lợi nhuận trước thuế của ngân hàng đạt {budget}, tăng {n}% so với cùng kỳ năm trước.",
            "Tổng tài sản của ngân hàng tính đến cuối quý đạt hơn 2 triệu tỷ đồng; tỷ lệ nợ xấu được kiểm soát dưới 1,5%.",
            "Trên thị trường chứng khoán, cổ phiếu ngân hàng tăng điểm mạnh, thanh khoản cải thiện.",
            "Theo Ngân hàng Nhà nước chi nhánh tỉnh, tổng dư nợ cho vay toàn địa bàn đạt {budget}; lãi suất cho vay bình quân giảm 0,5 điểm phần trăm.",
            "Ngân hàng cũng dành một phần lợi nhuận cho hoạt động an sinh xã hội theo kế hoạch của hội đồng quản trị.",
        ],
    },
    "econ_report": {
        "titles": [
            "Kinh tế {tinh} 9 tháng tăng trưởng khá",
            "GRDP tỉnh {tinh} tăng {n}%",
            "Thu ngân sách đạt cao, xuất khẩu khởi sắc",
            "Kinh tế - xã hội tháng 10 chuyển biến tích cực",
        ],
        "body": [
            "Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng của tỉnh ước đạt {rate2}, đứng thứ {n} cả nước.",
            "Tổng thu ngân sách nhà nước trên địa bàn đạt {budget}, bằng 85% dự toán năm; kim ngạch xuất khẩu tăng 12%.",
            "Các lĩnh vực văn hóa - xã hội có nhiều chuyển biến; an sinh xã hội được bảo đảm, tỷ lệ hộ nghèo ước giảm còn {rate}.",
            "Giải ngân vốn đầu tư công đạt 60% kế hoạch; nhiều dự án giao thông trọng điểm được đẩy nhanh tiến độ.",
            "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; cải cách hành chính được quan tâm.",
            "Doanh thu du lịch, dịch vụ lưu trú và ăn uống tăng mạnh nhờ lượng khách quốc tế phục hồi.",
        ],
    },
    "traffic_safety": {
        "titles": [
            "Hội nghị sơ kết công tác bảo đảm trật tự an toàn giao thông",
            "Tai nạn giao thông giảm cả ba tiêu chí",
            "Xử lý nghiêm vi phạm nồng độ cồn dịp cuối năm",
            "Ra quân bảo đảm an toàn giao thông dịp Tết",
        ],
        "body": [
            "Sáng {date}, Ban An toàn giao thông tỉnh {tinh} tổ chức hội nghị sơ kết công tác bảo đảm trật tự an toàn giao thông 9 tháng.",
            "Trong kỳ, toàn tỉnh xảy ra {n} vụ tai nạn giao thông, làm chết {m} người, giảm so với cùng kỳ.",
            "Lực lượng cảnh sát giao thông đã lập biên bản hàng nghìn trường hợp vi phạm nồng độ cồn, chạy quá tốc độ.",
            "{Ocap} yêu cầu các lực lượng chức năng tăng cường tuần tra, kiểm soát, xử lý nghiêm các hành vi vi phạm.",
            "Hội nghị đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác bảo đảm an toàn giao thông.",
        ],
    },
    "sports": {
        "titles": [
            "Đội bóng đá {tinh} giành chiến thắng trên sân nhà",
            "Khai mạc giải việt dã truyền thống",
            "Vận động viên {tinh} giành huy chương vàng",
            "Bế mạc Đại hội Thể dục thể thao cấp huyện",
        ],
        "body": [
            "Trong trận đấu chiều {date}, đội chủ nhà đã giành chiến thắng với tỷ số 2-1 nhờ bàn thắng ở phút bù giờ.",
            "Giải đấu quy tụ hơn {n} vận động viên đến từ các huyện, thị xã, thành phố trong tỉnh.",
            "Kết thúc giải, đoàn chủ nhà xếp thứ nhất toàn đoàn với {m} huy chương vàng.",
            "Huấn luyện viên trưởng cho biết các cầu thủ đã thi đấu đầy quyết tâm, bám sát chiến thuật.",
            "Ban tổ chức đã trao giải nhất, nhì, ba cho các đội và vận động viên xuất sắc.",
        ],
    },
    "culture_festival": {
        "titles": [
            "Khai mạc Lễ hội văn hóa các dân tộc",
            "Đặc sắc đêm nghệ thuật chào mừng ngày thành lập tỉnh",
            "Triển lãm ảnh về di sản văn hóa",
            "Lễ hội truyền thống thu hút đông đảo du khách",
        ],
        "body": [
            "Tối {date}, tại quảng trường trung tâm, UBND tỉnh {tinh} tổ chức khai mạc Lễ hội văn hóa các dân tộc lần thứ {n}.",
            "Chương trình nghệ thuật với sự tham gia của nhiều ca sĩ, diễn viên nổi tiếng đã mang đến cho khán giả những tiết mục đặc sắc.",
            "Triển lãm trưng bày hơn {m} bức ảnh tư liệu quý về di sản văn hóa vật thể và phi vật thể của địa phương.",
            "Lễ hội diễn ra trong 3 ngày với nhiều hoạt động như thi ẩm thực, trò chơi dân gian, biểu diễn văn nghệ.",
            "Ban tổ chức dự kiến lễ hội đón khoảng 50.000 lượt du khách trong và ngoài tỉnh.",
        ],
    },
    "weather": {
        "titles": [
            "Không khí lạnh tăng cường, vùng núi có nơi rét hại",
            "Mưa lớn diện rộng, nguy cơ lũ quét và sạt lở đất",
            "Áp thấp nhiệt đới có khả năng mạnh lên thành bão",
            "Nắng nóng gay gắt kéo dài",
        ],
        "body": [
            "Theo Đài Khí tượng thủy văn tỉnh {tinh}, từ đêm {date}, do ảnh hưởng của không khí lạnh, khu vực có mưa rải rác, trời rét.",
            "Nhiệt độ thấp nhất ở vùng núi phổ biến từ 8-10 độ C, có nơi dưới 5 độ C.",
            "Lượng mưa phổ biến từ 100-200 mm, có nơi trên 300 mm; cảnh báo nguy cơ lũ quét, sạt lở đất ở vùng núi.",
            "Ban Chỉ huy phòng chống thiên tai yêu cầu các địa phương theo dõi chặt chẽ diễn biến thời tiết, chủ động ứng phó.",
            "Cơ quan khí tượng khuyến cáo người dân hạn chế ra ngoài vào thời điểm nắng gắt.",
        ],
    },
    "crime": {
        "titles": [
            "Bắt giữ đối tượng lừa đảo chiếm đoạt tài sản",
            "Khởi tố vụ án tham ô tiền hỗ trợ hộ nghèo",
            "Triệt phá đường dây mua bán ma túy",
            "Xét xử vụ án cố ý gây thương tích",
        ],
        "body": [
            "Công an huyện {huyen} vừa khởi tố vụ án, khởi tố bị can đối với đối tượng về hành vi lừa đảo chiếm đoạt tài sản.",
            "Theo cơ quan điều tra, đối tượng đã giả danh cán bộ ngân hàng để lừa {n} người dân, chiếm đoạt {gift}.",
            "Tại phiên tòa, bị cáo thừa nhận hành vi phạm tội; Hội đồng xét xử tuyên phạt bị cáo {m} năm tù.",
            "Lực lượng chức năng đã bắt quả tang các đối tượng đang mua bán trái phép chất ma túy, thu giữ nhiều tang vật.",
            "Vụ việc đang được cơ quan công an tiếp tục điều tra, mở rộng.",
        ],
    },
    "livestock_disease": {
        "titles": [
            "Dịch tả lợn châu Phi bùng phát trở lại",
            "Khẩn trương khống chế dịch viêm da nổi cục trên trâu, bò",
            "Tôm nuôi chết hàng loạt, người nuôi thiệt hại nặng",
            "Chủ động phòng chống dịch bệnh gia súc, gia cầm vụ đông",
        ],
        "body": [
            "Theo Chi cục Chăn nuôi và Thú y tỉnh, dịch tả lợn châu Phi đã xuất hiện tại {n} xã, buộc phải tiêu hủy hàng trăm con lợn.",
            "Cơ quan thú y yêu cầu các địa phương tăng cường kiểm soát vận chuyển, giết mổ, tiêu độc khử trùng chuồng trại.",
            "Nhiều hộ nuôi tôm ở vùng ven biển thiệt hại nặng do tôm chết vì thời tiết thay đổi thất thường.",
            "Ngành nông nghiệp khuyến cáo người chăn nuôi tiêm phòng vắc xin đầy đủ cho đàn gia súc, gia cầm.",
            "Hiện tổng đàn trâu, bò trên địa bàn tỉnh khoảng {m} nghìn con, đàn lợn giảm so với cùng kỳ.",
        ],
    },
    "market_prices": {
        "titles": [
            "Giá lúa tăng, nông dân phấn khởi",
            "Giá cà phê lập đỉnh mới",
            "Giá heo hơi giảm sâu",
            "Thị trường nông sản cuối năm sôi động",
        ],
        "body": [
            "Những ngày này, thương lái thu mua lúa tại ruộng với giá từ 7.000-7.500 đồng/kg, tăng so với vụ trước.",
            "Giá cà phê nhân xô tại các tỉnh Tây Nguyên dao động quanh mức 120.000 đồng/kg.",
            "Theo các doanh nghiệp xuất khẩu, nhu cầu thị trường thế giới tăng trong khi nguồn cung hạn chế.",
            "Giá heo hơi tại nhiều địa phương giảm mạnh khiến người chăn nuôi lo lắng.",
            "Các chuyên gia dự báo giá nông sản sẽ còn biến động trong thời gian tới.",
        ],
    },
    "education_exam": {
        "titles": [
            "Công bố điểm chuẩn vào lớp 10 năm học mới",
            "Hơn {n} nghìn thí sinh dự thi tốt nghiệp THPT",
            "Chuẩn bị chu đáo cho năm học mới",
            "Đổi mới phương pháp dạy học theo chương trình giáo dục phổ thông",
        ],
        "body": [
            "Sở Giáo dục và Đào tạo tỉnh {tinh} vừa công bố điểm chuẩn tuyển sinh vào lớp 10 các trường THPT công lập.",
            "Kỳ thi tốt nghiệp THPT năm nay diễn ra an toàn, nghiêm túc, đúng quy chế.",
            "Ngành giáo dục đã bố trí đủ giáo viên, sách giáo khoa, cơ sở vật chất cho năm học mới.",
            "Tỷ lệ học sinh tốt nghiệp THPT của tỉnh đạt 99%, tăng so với năm trước.",
            "Các trường tăng cường ứng dụng công nghệ thông tin trong dạy và học.",
        ],
    },
    "admin_merger": {
        "titles": [
            "Sắp xếp đơn vị hành chính cấp xã: Bảo đảm tiến độ",
            "Chính quyền địa phương hai cấp vận hành thông suốt",
            "Công bố nghị quyết thành lập tỉnh mới sau sáp nhập",
            "Trung tâm phục vụ hành chính công xã mới đi vào hoạt động",
        ],
        "body": [
            "Sau sáp nhập, tỉnh {tinh} có {n} đơn vị hành chính cấp xã, trong đó có các phường và đặc khu.",
            "Trung tâm phục vụ hành chính công xã {xa} tiếp nhận hàng trăm hồ sơ mỗi ngày, giải quyết đúng hạn.",
            "Lãnh đạo tỉnh yêu cầu bố trí, sắp xếp cán bộ, công chức hợp lý, bảo đảm không gián đoạn phục vụ người dân.",
            "Việc thực hiện chính quyền địa phương hai cấp từ ngày 1/7/2025 bước đầu vận hành thông suốt.",
            "Người dân đánh giá cao thái độ phục vụ của cán bộ tại bộ phận một cửa.",
        ],
    },
    "fire_accident": {
        "titles": [
            "Cháy lớn tại xưởng gỗ, thiệt hại hàng tỷ đồng",
            "Tai nạn lao động làm một công nhân tử vong",
            "Sạt lở đất vùi lấp nhà dân",
            "Lật xe khách trên đèo, nhiều người bị thương",
        ],
        "body": [
            "Khoảng 22 giờ ngày {date}, một vụ cháy lớn xảy ra tại xưởng chế biến gỗ ở huyện {huyen}.",
            "Lực lượng cảnh sát phòng cháy chữa cháy đã điều động nhiều xe chữa cháy đến hiện trường; đến rạng sáng đám cháy mới được dập tắt.",
            "Vụ cháy đã thiêu rụi toàn bộ nhà xưởng cùng nhiều máy móc, ước thiệt hại khoảng {budget}.",
            "Nguyên nhân vụ việc đang được cơ quan chức năng điều tra làm rõ.",
            "Rất may vụ việc không gây thiệt hại về người.",
        ],
    },
    "tourism_promotion": {
        "titles": [
            "{tinh} đón lượng khách du lịch kỷ lục",
            "Quảng bá du lịch tại hội chợ quốc tế",
            "Phát triển du lịch biển đảo gắn với bảo vệ môi trường",
            "Khánh thành khu nghỉ dưỡng cao cấp",
        ],
        "body": [
            "Trong 9 tháng, ngành du lịch tỉnh {tinh} đón hơn {n} triệu lượt khách, tổng doanh thu đạt {budget}.",
            "Tỉnh đã tham gia hội chợ du lịch quốc tế để quảng bá các sản phẩm du lịch đặc trưng.",
            "Nhiều khu nghỉ dưỡng cao cấp, khách sạn 5 sao đi vào hoạt động, nâng cao năng lực đón khách.",
            "Sở Văn hóa, Thể thao và Du lịch sẽ tổ chức chuỗi sự kiện kích cầu du lịch dịp cuối năm.",
        ],
    },
    "real_estate_industry": {
        "titles": [
            "Khởi công dự án khu đô thị mới",
            "Thu hút doanh nghiệp FDI vào khu công nghiệp",
            "Thị trường bất động sản dần ấm lên",
            "Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm",
        ],
        "body": [
            "Dự án khu đô thị có tổng vốn đầu tư {budget}, quy mô {area}, dự kiến hoàn thành năm {year3}.",
            "Trong năm, tỉnh thu hút thêm {n} dự án đầu tư trực tiếp nước ngoài vào các khu công nghiệp.",
            "Giao dịch bất động sản tăng trở lại, giá đất nền tại một số khu vực có dấu hiệu tăng.",
            "Lãnh đạo tỉnh yêu cầu đẩy nhanh công tác bồi thường, giải phóng mặt bằng, bàn giao mặt bằng sạch cho nhà đầu tư.",
        ],
    },
    "digital_government": {
        "titles": [
            "Triển khai kế hoạch chuyển đổi số trong cơ quan nhà nước năm {year2}",
            "Hội nghị đánh giá chỉ số chuyển đổi số cấp tỉnh",
            "Đẩy mạnh dịch vụ công trực tuyến toàn trình",
            "Sơ kết Đề án 06 về dữ liệu dân cư",
        ],
        "body": [
            "UBND tỉnh {tinh} vừa ban hành kế hoạch chuyển đổi số năm {year2}, đặt mục tiêu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
            "Hội nghị đánh giá kết quả triển khai Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử.",
            "{Ocap} yêu cầu các sở, ngành, địa phương chủ trì rà soát hạ tầng công nghệ thông tin, bảo đảm an toàn thông tin mạng.",
            "Chỉ số chuyển đổi số của tỉnh năm qua xếp thứ {n} cả nước, tăng nhiều bậc so với năm trước.",
            "Tỷ lệ người dân sử dụng tài khoản định danh điện tử mức 2 đạt hơn 70%.",
        ],
    },
    "admin_reform_conference": {
        "titles": [
            "Hội nghị triển khai công tác cải cách hành chính năm {year2}",
            "Giao ban công tác nội chính quý III",
            "Tổng kết công tác thi đua khen thưởng ngành giáo dục",
            "Sơ kết công tác phòng, chống tham nhũng 6 tháng",
        ],
        "body": [
            "Sáng {date}, UBND tỉnh {tinh} tổ chức hội nghị triển khai kế hoạch cải cách hành chính năm {year2}.",
            "Năm qua, chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính đạt 85%.",
            "Kết luận hội nghị, {O} đề nghị các sở, ngành siết chặt kỷ luật, kỷ cương hành chính, xử lý nghiêm cán bộ nhũng nhiễu.",
            "Hội nghị đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chuyên môn.",
            "Các cơ quan thanh tra đã phát hiện sai phạm, kiến nghị thu hồi hàng tỷ đồng về ngân sách.",
        ],
    },
    "health_campaign": {
        "titles": [
            "Triển khai chiến dịch tiêm vắc xin sởi cho trẻ em",
            "Phòng chống sốt xuất huyết trong mùa mưa",
            "Kế hoạch khám sức khỏe định kỳ cho học sinh",
            "Ngành y tế chủ động phòng dịch sau lũ",
        ],
        "body": [
            "Sở Y tế tỉnh {tinh} triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi tại các trạm y tế.",
            "Từ đầu năm, toàn tỉnh ghi nhận {n} ca mắc sốt xuất huyết, tăng so với cùng kỳ.",
            "{Ocap} yêu cầu các địa phương tăng cường giám sát, xử lý triệt để ổ dịch, tuyên truyền người dân diệt lăng quăng.",
            "Các bệnh viện chuẩn bị đầy đủ thuốc, trang thiết bị, giường bệnh để tiếp nhận bệnh nhân.",
            "Ngành y tế khuyến cáo người dân đưa trẻ đi tiêm chủng đầy đủ, đúng lịch.",
        ],
    },
}
OFFICIAL_POSITIONS = [
    "Chủ tịch UBND xã {xa}",
    "Phó Chủ tịch UBND xã {xa}",
    "Phó Chủ tịch UBND huyện {huyen}",
    "Bí thư Đảng ủy xã {xa}",
    "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện {huyen}",
    "Phó Chủ tịch UBND tỉnh {tinh}",
    "Trưởng phòng Lao động - Thương binh và Xã hội huyện {huyen}",
    "Chủ tịch Ủy ban MTTQ Việt Nam xã {xa}",
]
