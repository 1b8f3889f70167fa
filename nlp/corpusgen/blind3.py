"""Blind evaluation batch 3: policy news (some long) and hard negatives that share the vocabulary."""

from __future__ import annotations

from typing import Any

_LONG_POLICY = (
    "Theo báo cáo tại kỳ họp, năm 2024, tổng nguồn vốn thực hiện Chương trình mục tiêu quốc gia giảm nghèo "
    "bền vững trên địa bàn tỉnh đạt hơn 1.200 tỷ đồng, trong đó vốn đầu tư phát triển chiếm khoảng 60%. Tỷ lệ "
    "giải ngân đến hết tháng 11 đạt 78%, cao hơn cùng kỳ năm trước.\n\n"
    "Các dự án hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế được triển khai tại 86 xã đặc biệt khó khăn. "
    "Tỉnh đã hỗ trợ 1.450 con bò, 3.200 con lợn giống, gần 40 tấn giống cây trồng cho hộ nghèo, hộ cận nghèo; "
    "tổ chức 120 lớp dạy nghề ngắn hạn cho hơn 3.000 lao động nông thôn.\n\n"
    "Tiểu dự án hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng đã giúp 412 lao động thuộc hộ "
    "nghèo, hộ dân tộc thiểu số xuất cảnh sang Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc).\n\n"
    "Về nhà ở, toàn tỉnh đã khởi công 2.150 căn, hoàn thành 1.780 căn nhà cho hộ nghèo, hộ cận nghèo theo "
    "phong trào thi đua chung tay xóa nhà tạm, nhà dột nát. Nguồn vốn từ ngân sách, Quỹ Vì người nghèo các cấp "
    "và doanh nghiệp.\n\n"
    "Tuy nhiên, một số địa phương còn chậm phân bổ vốn, hồ sơ thủ tục phức tạp; việc nhân rộng mô hình còn "
    "hạn chế. Đại biểu đề nghị UBND tỉnh chỉ đạo rà soát, điều chuyển vốn từ các dự án chậm giải ngân sang dự "
    "án có nhu cầu, đồng thời đẩy mạnh kiểm tra, giám sát, không để xảy ra thất thoát.\n\n"
    "Giải trình tại hội trường, Giám đốc Sở Nông nghiệp và Môi trường cho biết tỉnh phấn đấu đến cuối năm 2025 "
    "giảm tỷ lệ hộ nghèo theo chuẩn đa chiều xuống dưới 9%, không còn nhà tạm trên địa bàn."
)

_LONG_OTHER = (
    "Phiên giao dịch hôm qua, chỉ số VN-Index tăng 12 điểm, thanh khoản đạt hơn 20.000 tỷ đồng. Nhóm cổ phiếu "
    "ngân hàng dẫn dắt thị trường, trong đó nhiều mã tăng trần.\n\n"
    "Theo các công ty chứng khoán, dòng tiền quay trở lại sau khi Ngân hàng Nhà nước giữ nguyên lãi suất điều "
    "hành. Tăng trưởng tín dụng toàn hệ thống đến cuối tháng 10 đạt 11,2%, trong đó tín dụng cho nông nghiệp, "
    "nông thôn tăng khá.\n\n"
    "Nhóm cổ phiếu thủy sản, chăn nuôi cũng có phiên tích cực nhờ kỳ vọng xuất khẩu cuối năm. Giá heo hơi trên "
    "thị trường ổn định ở mức 60.000 - 62.000 đồng/kg, giúp doanh nghiệp chăn nuôi cải thiện biên lợi nhuận.\n\n"
    "Ngược lại, cổ phiếu bất động sản và thép điều chỉnh nhẹ. Khối ngoại bán ròng hơn 500 tỷ đồng, tập trung "
    "ở các mã vốn hóa lớn.\n\n"
    "Các chuyên gia khuyến nghị nhà đầu tư thận trọng, hạn chế sử dụng đòn bẩy trong giai đoạn thị trường "
    "biến động mạnh, ưu tiên doanh nghiệp có kết quả kinh doanh quý IV khả quan."
)

ITEMS: list[dict[str, Any]] = [
    {
        "title": "HĐND tỉnh chất vấn về tiến độ giải ngân vốn giảm nghèo",
        "sapo": "Tại kỳ họp thường lệ cuối năm, nhiều đại biểu HĐND tỉnh Nghệ An bày tỏ lo ngại về tỷ lệ giải ngân vốn các chương trình mục tiêu quốc gia.",
        "text": _LONG_POLICY,
        "published_at": "2024-12-10T08:00:00+07:00",
        "source": "Báo Nghệ An",
        "story_type": "policy_news",
        "model_types": [
            "livestock",
            "vocational_training",
            "job_placement_labor_export",
            "housing",
            "fund_raising",
        ],
        "people": [],
        "figures": [("poverty_rate", 9)],
    },
    {
        "title": "Nâng mức cho vay hộ nghèo lên 100 triệu đồng",
        "sapo": "Thủ tướng Chính phủ vừa ban hành quyết định điều chỉnh mức cho vay tối đa đối với hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo.",
        "text": "Theo quyết định, mức cho vay tối đa đối với hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo tăng từ 50 triệu đồng lên 100 triệu đồng đối với các dự án sản xuất kinh doanh, thời hạn vay tối đa 10 năm, lãi suất giữ nguyên.\n\nNgân hàng Chính sách xã hội có trách nhiệm hướng dẫn nghiệp vụ, bảo đảm vốn đến đúng đối tượng, công khai, minh bạch. Các tổ chức chính trị - xã hội nhận ủy thác tiếp tục phối hợp bình xét, theo dõi việc sử dụng vốn.\n\nQuyết định có hiệu lực từ ngày 1/1/2026.",
        "published_at": "2025-11-20T08:00:00+07:00",
        "source": "Nhân Dân",
        "story_type": "policy_news",
        "model_types": ["preferential_credit"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Tỉnh ban hành kế hoạch hỗ trợ nhà ở cho người có công",
        "sapo": "UBND tỉnh Quảng Trị vừa ban hành kế hoạch hỗ trợ xây mới, sửa chữa nhà ở cho người có công với cách mạng giai đoạn 2025 - 2026.",
        "text": 'Theo kế hoạch, mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn. Đối tượng là người có công, thân nhân liệt sĩ đang gặp khó khăn về nhà ở, đã được rà soát, bình xét công khai tại thôn.\n\nUBND các xã chịu trách nhiệm lập danh sách, hướng dẫn hộ dân xây dựng bảo đảm tiêu chí "3 cứng". Sở Xây dựng hướng dẫn thiết kế mẫu phù hợp điều kiện khí hậu.\n\nTỉnh khuyến khích doanh nghiệp, nhà hảo tâm đóng góp thêm, phấn đấu hoàn thành trong năm 2026.',
        "published_at": "2025-07-25T08:00:00+07:00",
        "source": "Báo Quảng Trị",
        "story_type": "policy_news",
        "model_types": ["housing"],
        "people": [],
        "figures": [("money_vnd", 6e7), ("money_vnd", 3e7)],
    },
    {
        "title": "Hội nghị sơ kết chương trình đưa lao động đi làm việc ở nước ngoài",
        "sapo": "Sở Nội vụ tỉnh Hà Tĩnh tổ chức hội nghị sơ kết 6 tháng công tác đưa người lao động đi làm việc ở nước ngoài theo hợp đồng.",
        "text": "6 tháng đầu năm, toàn tỉnh có hơn 5.200 người đi làm việc ở nước ngoài, đạt 58% kế hoạch năm, chủ yếu sang Nhật Bản, Hàn Quốc, Đài Loan. Nhiều địa phương đã phối hợp tốt với doanh nghiệp dịch vụ để tuyển chọn, đào tạo ngoại ngữ, giáo dục định hướng cho người lao động.\n\nLao động thuộc hộ nghèo, hộ dân tộc thiểu số được hỗ trợ chi phí học ngoại ngữ, làm hộ chiếu và vay vốn ưu đãi.\n\nHội nghị cũng chỉ ra tình trạng lao động bỏ trốn, cư trú bất hợp pháp vẫn còn xảy ra, đề nghị các địa phương tăng cường tuyên truyền.",
        "published_at": "2025-07-10T08:00:00+07:00",
        "source": "Báo Hà Tĩnh",
        "story_type": "policy_news",
        "model_types": ["job_placement_labor_export", "preferential_credit", "vocational_training"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Phát động Tháng cao điểm Vì người nghèo năm 2025",
        "sapo": "Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phát động đợt cao điểm vận động ủng hộ Quỹ Vì người nghèo từ 17/10 đến 18/11.",
        "text": "Tại lễ phát động, các cơ quan, doanh nghiệp, cá nhân đã đăng ký ủng hộ hơn 12 tỷ đồng. Nguồn quỹ sẽ được dùng để xây nhà đại đoàn kết, hỗ trợ sinh kế, học bổng và khám chữa bệnh cho hộ nghèo.\n\nỦy ban MTTQ tỉnh đề nghị các cấp công khai, minh bạch việc tiếp nhận và sử dụng quỹ, ưu tiên các xã vùng sâu, vùng đồng bào dân tộc Khmer.\n\nMỗi cán bộ, công chức, viên chức được vận động ủng hộ ít nhất một ngày lương.",
        "published_at": "2025-10-18T08:00:00+07:00",
        "source": "Báo Vĩnh Long",
        "story_type": "policy_news",
        "model_types": ["fund_raising", "housing", "education_support", "health_support"],
        "people": [],
        "figures": [("money_vnd", 1.2e10)],
    },
    {
        "title": "Triển khai chuẩn nghèo đa chiều giai đoạn mới",
        "sapo": "Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030.",
        "text": "Theo hướng dẫn, chuẩn nghèo mới nâng mức thu nhập bình quân đầu người ở khu vực nông thôn và thành thị, đồng thời bổ sung chỉ số thiếu hụt về dịch vụ xã hội cơ bản như việc làm, y tế, giáo dục, nhà ở, nước sinh hoạt và vệ sinh, thông tin.\n\nViệc rà soát thực hiện từ thôn, bản, có sự tham gia của người dân, bảo đảm công khai, đúng quy trình. Kết quả là căn cứ để thực hiện các chính sách hỗ trợ giai đoạn tới.\n\nCác địa phương phải hoàn thành rà soát trước ngày 15/12.",
        "published_at": "2025-09-30T08:00:00+07:00",
        "source": "Báo Chính phủ",
        "story_type": "policy_news",
        "model_types": ["other"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Huyện dành 20 tỷ đồng cho đề án nuôi bò sinh sản",
        "sapo": "HĐND huyện Krông Pa (Gia Lai) thông qua đề án phát triển chăn nuôi bò sinh sản cho hộ nghèo giai đoạn 2024 - 2025 với tổng kinh phí 20 tỷ đồng.",
        "text": "Theo đề án, mỗi hộ nghèo tham gia được hỗ trợ 1 - 2 con bò cái giống, kèm kinh phí trồng cỏ, làm chuồng và tập huấn kỹ thuật. Hộ nhận bò có trách nhiệm chăm sóc, trả lại con bê đầu tiên để luân chuyển cho hộ khác.\n\nPhòng Nông nghiệp huyện được giao chủ trì, phối hợp với UBND các xã chọn hộ, chọn giống bảo đảm chất lượng, tránh tình trạng bò giống còi cọc như một số chương trình trước.\n\nĐề án dự kiến giúp khoảng 600 hộ có sinh kế ổn định.",
        "published_at": "2024-01-09T08:00:00+07:00",
        "source": "Báo Gia Lai",
        "story_type": "policy_news",
        "model_types": ["livestock", "agricultural_extension"],
        "people": [],
        "figures": [("money_vnd", 2e10)],
    },
    {
        "title": "Hướng dẫn thực hiện hỗ trợ học phí cho học sinh vùng khó khăn",
        "sapo": "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn ban hành văn bản hướng dẫn miễn, giảm học phí và hỗ trợ chi phí học tập năm học 2025 - 2026.",
        "text": "Học sinh thuộc hộ nghèo, hộ cận nghèo, học sinh dân tộc thiểu số ở xã đặc biệt khó khăn được miễn học phí và hỗ trợ chi phí học tập 150.000 đồng/tháng, tối đa 9 tháng mỗi năm học.\n\nCác trường có trách nhiệm thông báo công khai, hướng dẫn phụ huynh làm hồ sơ trong vòng 45 ngày kể từ ngày khai giảng. Kinh phí được cấp theo hai đợt mỗi năm.\n\nSở đề nghị các phòng chuyên môn kiểm tra, không để học sinh bỏ học vì khó khăn kinh tế.",
        "published_at": "2025-09-05T08:00:00+07:00",
        "source": "Báo Lạng Sơn",
        "story_type": "policy_news",
        "model_types": ["education_support"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Tỉnh đầu tư 300 km đường giao thông nông thôn năm 2026",
        "sapo": "Nghị quyết của HĐND tỉnh Quảng Ngãi dành hơn 500 tỷ đồng cứng hóa đường giao thông nông thôn ở các xã miền núi, xã bãi ngang.",
        "text": "Nhà nước hỗ trợ xi măng, ống cống; người dân góp công, hiến đất mở rộng nền đường. Ưu tiên các tuyến đến trung tâm xã, trường học, trạm y tế và vùng sản xuất tập trung.\n\nTheo Sở Xây dựng, khi hoàn thành, tỷ lệ đường xã được cứng hóa sẽ đạt trên 95%, tạo điều kiện cho bà con vận chuyển nông sản, giảm chi phí, góp phần giảm nghèo.\n\nNghị quyết yêu cầu công khai thiết kế, định mức để người dân giám sát.",
        "published_at": "2025-12-12T08:00:00+07:00",
        "source": "Báo Quảng Ngãi",
        "story_type": "policy_news",
        "model_types": ["infrastructure_roads", "land_donation"],
        "people": [],
        "figures": [],
    },
    {
        "title": "Giá lợn hơi tăng mạnh, người chăn nuôi phấn khởi",
        "sapo": "Sau nhiều tháng đi ngang, giá lợn hơi tại các tỉnh phía Bắc tăng lên 65.000 - 67.000 đồng/kg, mức cao nhất từ đầu năm.",
        "text": "Nguyên nhân chính là nguồn cung giảm sau đợt dịch tả lợn châu Phi và nhu cầu tiêu thụ tăng dịp cuối năm. Các trang trại lớn ở Đồng Nai, Bình Dương cũng điều chỉnh giá bán.\n\nÔng Nguyễn Văn Thái, chủ trang trại 500 con ở Hưng Yên, cho biết với giá này mỗi con lợn xuất chuồng lãi khoảng 1,5 triệu đồng.\n\nCơ quan thú y khuyến cáo người chăn nuôi không tái đàn ồ ạt, tăng cường an toàn sinh học.",
        "published_at": "2024-11-04T08:00:00+07:00",
        "source": "Báo Nông nghiệp",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Khởi tố cán bộ xã chiếm đoạt tiền hỗ trợ hộ nghèo",
        "sapo": "Cơ quan CSĐT Công an tỉnh Hòa Bình đã khởi tố bị can đối với nguyên kế toán xã về hành vi tham ô tài sản.",
        "text": "Theo kết quả điều tra, từ năm 2021 đến 2023, bị can đã lập khống hồ sơ, chiếm đoạt hơn 800 triệu đồng tiền hỗ trợ tiền điện, hỗ trợ làm nhà cho hộ nghèo và tiền chi trả trợ cấp xã hội.\n\nVụ việc bị phát hiện khi nhiều hộ dân phản ánh không nhận được tiền dù có tên trong danh sách.\n\nCơ quan điều tra đang mở rộng vụ án, làm rõ trách nhiệm của các cá nhân liên quan.",
        "published_at": "2024-08-21T08:00:00+07:00",
        "source": "Báo Hòa Bình",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Thị trường chứng khoán khởi sắc nhờ nhóm ngân hàng",
        "sapo": "VN-Index tăng mạnh trong phiên đầu tuần, thanh khoản cải thiện rõ rệt.",
        "text": _LONG_OTHER,
        "published_at": "2025-11-17T08:00:00+07:00",
        "source": "VnExpress",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Giải bóng đá thanh niên các xã vùng cao khép lại",
        "sapo": "Sau 10 ngày tranh tài sôi nổi, đội bóng xã Bản Hồ đã giành chức vô địch giải bóng đá thanh niên huyện Sa Pa mở rộng.",
        "text": "Giải có 16 đội tham gia, thu hút hàng nghìn lượt khán giả là người dân các thôn bản. Trận chung kết diễn ra trên sân vận động trung tâm, đội Bản Hồ thắng đội Tả Van với tỉ số 2-1.\n\nBan tổ chức trao giải cho cầu thủ xuất sắc nhất, vua phá lưới và đội đoạt giải phong cách. Giải do Đoàn Thanh niên huyện phối hợp với nhà tài trợ tổ chức.\n\nĐây là hoạt động chào mừng ngày thành lập Đoàn.",
        "published_at": "2024-03-28T08:00:00+07:00",
        "source": "Báo Lào Cai",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Mưa lớn gây sạt lở, nhiều tuyến đường bị chia cắt",
        "sapo": "Mưa lớn kéo dài hai ngày qua khiến nhiều điểm trên quốc lộ 279 và các tuyến đường liên xã ở Điện Biên bị sạt lở, ách tắc giao thông.",
        "text": "Theo báo cáo nhanh, đã có 3 ngôi nhà bị hư hỏng, hàng chục ha lúa và ngô bị vùi lấp. Một số đàn trâu, bò, lợn của người dân bị lũ cuốn trôi.\n\nLực lượng chức năng đã huy động máy móc thông tuyến, đặt biển cảnh báo tại các điểm nguy hiểm. Chính quyền địa phương di dời khẩn cấp 25 hộ ra khỏi vùng có nguy cơ sạt lở.\n\nĐài Khí tượng Thủy văn dự báo mưa còn tiếp diễn trong hai ngày tới.",
        "published_at": "2024-07-19T08:00:00+07:00",
        "source": "Báo Điện Biên Phủ",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Ngân hàng báo lãi quý III tăng 18%",
        "sapo": "Một ngân hàng thương mại cổ phần vừa công bố lợi nhuận trước thuế 9 tháng đạt hơn 15.000 tỷ đồng.",
        "text": "Tổng tài sản của ngân hàng đến cuối tháng 9 đạt trên 800.000 tỷ đồng, dư nợ cho vay tăng 12%. Nợ xấu được kiểm soát dưới 1,5%.\n\nNgân hàng cho biết đã triển khai các gói vay ưu đãi lãi suất cho doanh nghiệp nhỏ và vừa, khách hàng cá nhân mua nhà ở xã hội. Hoạt động thanh toán số tăng trưởng mạnh, hơn 95% giao dịch được thực hiện trên kênh trực tuyến.\n\nNgân hàng đặt mục tiêu lợi nhuận cả năm 20.000 tỷ đồng.",
        "published_at": "2025-10-25T08:00:00+07:00",
        "source": "Báo Đầu tư",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Dịch tả lợn châu Phi tái phát ở một số xã",
        "sapo": "Chi cục Chăn nuôi và Thú y tỉnh Thái Bình cho biết dịch tả lợn châu Phi đã xuất hiện tại 7 hộ ở 3 xã, buộc tiêu hủy hơn 150 con heo.",
        "text": "Ngay khi phát hiện ổ dịch, địa phương đã lập chốt kiểm dịch, phun khử trùng tiêu độc khu vực chăn nuôi, cấm vận chuyển lợn ra vào vùng dịch.\n\nCơ quan thú y khuyến cáo người dân không bán chạy lợn ốm, không vứt xác lợn chết ra môi trường, thực hiện nghiêm các biện pháp an toàn sinh học.\n\nCác hộ có lợn bị tiêu hủy sẽ được hỗ trợ theo quy định.",
        "published_at": "2023-06-13T08:00:00+07:00",
        "source": "Báo Thái Bình",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2026",
        "sapo": "UBND tỉnh Tây Ninh tổ chức hội nghị triển khai kế hoạch cải cách hành chính, chuyển đổi số trong các cơ quan nhà nước.",
        "text": "Năm 2025, tỉnh đã cắt giảm 120 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt 72%. Chỉ số hài lòng của người dân với dịch vụ hành chính công tăng 4 bậc.\n\nNăm 2026, tỉnh đặt mục tiêu 100% hồ sơ được số hóa, vận hành trung tâm điều hành thông minh và hoàn thiện cơ sở dữ liệu dân cư phục vụ giải quyết thủ tục.\n\nChủ tịch UBND tỉnh yêu cầu người đứng đầu các sở, ngành chịu trách nhiệm trước kết quả cải cách hành chính của đơn vị.",
        "published_at": "2026-01-06T08:00:00+07:00",
        "source": "Báo Tây Ninh",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Xe tải lật trên đèo, tài xế may mắn thoát nạn",
        "sapo": "Chiếc xe tải chở bắp hạt bị lật khi đổ đèo Lò Xo, hàng chục tấn bắp đổ tràn ra đường.",
        "text": "Vụ tai nạn xảy ra khoảng 5 giờ sáng, khi xe lưu thông theo hướng Bắc - Nam. Tài xế được người dân đi đường hỗ trợ thoát ra khỏi cabin, chỉ bị xây xát nhẹ.\n\nCảnh sát giao thông đã có mặt điều tiết, đến trưa cùng ngày tuyến đường mới được thông suốt. Nguyên nhân ban đầu được xác định do xe mất phanh.\n\nCơ quan chức năng khuyến cáo tài xế kiểm tra kỹ phương tiện trước khi qua đèo.",
        "published_at": "2025-04-02T08:00:00+07:00",
        "source": "Báo Kon Tum",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Liên hoan ẩm thực đường phố thu hút du khách",
        "sapo": "Liên hoan ẩm thực ba miền tại Quảng trường Lâm Viên (Đà Lạt) thu hút hàng chục nghìn lượt khách trong 3 ngày.",
        "text": "Hơn 80 gian hàng giới thiệu các món đặc sản: bánh căn, bún bò, nem nướng, cơm lam gà nướng. Nhiều gian hàng bán sản phẩm OCOP của địa phương như cà phê, mứt, atiso.\n\nBan tổ chức bố trí khu vực biểu diễn cồng chiêng, đờn ca tài tử, các trò chơi dân gian cho trẻ em.\n\nSở Văn hóa, Thể thao và Du lịch cho biết sẽ tổ chức liên hoan định kỳ hằng năm để thu hút du lịch.",
        "published_at": "2025-12-20T08:00:00+07:00",
        "source": "Báo Lâm Đồng",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
    {
        "title": "Ra mắt câu lạc bộ dưỡng sinh người cao tuổi",
        "sapo": "Hội Người cao tuổi phường Tân An (Đắk Lắk) ra mắt câu lạc bộ dưỡng sinh với 45 hội viên.",
        "text": "Câu lạc bộ sinh hoạt vào sáng thứ Hai, thứ Tư, thứ Sáu hằng tuần tại nhà văn hóa khu phố, với các bài tập khí công, thái cực quyền và đi bộ.\n\nTheo Chủ nhiệm câu lạc bộ, việc luyện tập đều đặn giúp các cụ nâng cao sức khỏe, tinh thần vui vẻ, gắn kết.\n\nHội Người cao tuổi phường dự kiến thành lập thêm câu lạc bộ thơ và câu lạc bộ cờ tướng.",
        "published_at": "2025-08-22T08:00:00+07:00",
        "source": "Báo Đắk Lắk",
        "story_type": "other",
        "model_types": [],
        "people": [],
        "figures": [],
    },
]
