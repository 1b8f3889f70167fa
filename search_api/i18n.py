"""User-visible strings of the web UI in Vietnamese (default) and English, and language choice."""

from __future__ import annotations

from collections.abc import Mapping

LANGS: tuple[str, ...] = ("vi", "en")
LANG_COOKIE = "lantoa_lang"

_STRINGS: dict[str, tuple[str, str]] = {
    # key: (vi, en)
    "app_name": ("Lan Tỏa", "Lan Tỏa"),
    "tagline": (
        "Mô hình giảm nghèo và người tốt việc tốt trên báo chí Việt Nam",
        "Poverty-reduction models and good deeds in the Vietnamese press",
    ),
    "nav_search": ("Tìm kiếm", "Search"),
    "nav_stats": ("Thống kê", "Statistics"),
    "nav_digest": ("Bản tin", "Digests"),
    "nav_api": ("API", "API"),
    "skip_to_content": ("Bỏ qua đến nội dung chính", "Skip to main content"),
    "switch_lang": ("English", "Tiếng Việt"),
    "switch_lang_label": ("Switch to English", "Chuyển sang tiếng Việt"),
    "search_label": ("Từ khóa tìm kiếm", "Search terms"),
    "search_placeholder": ("Ví dụ: bò sinh sản thoát nghèo", "e.g. bò sinh sản thoát nghèo"),
    "search_button": ("Tìm", "Search"),
    "search_help": (
        'Gõ có dấu hoặc không dấu. Dùng "cụm từ", -loại trừ, OR.',
        'With or without diacritics. Use "phrases", -exclude, OR.',
    ),
    "filters": ("Bộ lọc", "Filters"),
    "apply_filters": ("Áp dụng bộ lọc", "Apply filters"),
    "clear_filters": ("Xóa bộ lọc", "Clear filters"),
    "date_from": ("Từ ngày", "From"),
    "date_to": ("Đến ngày", "To"),
    "date_range": ("Khoảng thời gian", "Date range"),
    "sort": ("Sắp xếp", "Sort"),
    "sort_relevance": ("Liên quan nhất", "Most relevant"),
    "sort_newest": ("Mới nhất", "Newest"),
    "sort_oldest": ("Cũ nhất", "Oldest"),
    "place_filter": ("Lọc theo địa bàn", "Filter by place"),
    "place_placeholder": ("Gõ tên tỉnh, huyện, xã…", "Type a province, district, commune…"),
    "place_help": ("Chọn một gợi ý để thêm bộ lọc.", "Pick a suggestion to add the filter."),
    "pre_2025": ("trước 2025", "pre-2025"),
    "has_people": ("Có nêu tên người", "Names people"),
    "facet_story_type": ("Loại tin", "Story type"),
    "facet_model_type": ("Loại mô hình", "Model type"),
    "facet_province": ("Tỉnh, thành (hiện nay)", "Province (current)"),
    "facet_province_old": ("Tỉnh, thành (trước 2025)", "Province (pre-2025)"),
    "facet_district": ("Quận, huyện (trước 2025)", "District (pre-2025)"),
    "facet_commune": ("Xã, phường", "Commune"),
    "facet_source": ("Nguồn tin", "Source"),
    "results_count": ("{total} kết quả", "{total} results"),
    "results_took": ("trong {ms} ms", "in {ms} ms"),
    "no_results": (
        "Không tìm thấy bài viết nào. Hãy thử bỏ bớt bộ lọc hoặc từ khóa.",
        "No articles found. Try fewer filters or terms.",
    ),
    "next_page": ("Trang sau", "Next page"),
    "first_page": ("Về trang đầu", "First page"),
    "follow_search": ("Theo dõi tìm kiếm này", "Follow this search"),
    "follow_help": (
        "Dán một trong các địa chỉ sau vào trình đọc tin (RSS/Atom) để nhận bài mới:",
        "Paste one of these addresses into a feed reader (RSS/Atom) to get new articles:",
    ),
    "export": ("Xuất dữ liệu", "Export"),
    "export_csv": ("Tải CSV", "Download CSV"),
    "export_xlsx": ("Tải Excel", "Download Excel"),
    "other_outlets": ("+{n} báo khác đăng lại", "+{n} other outlets"),
    "published": ("Ngày đăng", "Published"),
    "source": ("Nguồn", "Source"),
    "authors": ("Tác giả", "Authors"),
    "read_original": ("Đọc bài gốc", "Read the original"),
    "original_unavailable": ("Không có liên kết an toàn tới bài gốc", "No safe link to the original"),
    "tags": ("Phân loại", "Tags"),
    "story_type": ("Loại tin", "Story type"),
    "model_types": ("Loại mô hình", "Model types"),
    "localities": ("Địa bàn", "Places"),
    "locality_as_written": ("Trong bài", "As written"),
    "locality_old": ("Đơn vị trước 2025", "Pre-2025 unit"),
    "locality_current": ("Đơn vị hiện nay", "Current unit"),
    "people": ("Nhân vật", "People"),
    "organizations": ("Tổ chức", "Organisations"),
    "figures": ("Số liệu chính", "Key figures"),
    "summary": ("Tóm tắt", "Summary"),
    "attachments": ("Tệp đính kèm", "Attachments"),
    "similar": ("Bài tương tự", "Similar stories"),
    "no_similar": ("Chưa có bài tương tự.", "No similar stories yet."),
    "back_to_search": ("Quay lại tìm kiếm", "Back to search"),
    "stats_title": ("Thống kê bài viết", "Article statistics"),
    "stats_total": ("Tổng số bài", "Total articles"),
    "stats_newest": ("Bài mới nhất", "Newest article"),
    "stats_by_week": ("Theo tuần", "By week"),
    "stats_by_province": ("Theo tỉnh, thành (hiện nay)", "By province (current)"),
    "stats_by_story_type": ("Theo loại tin", "By story type"),
    "stats_by_model_type": ("Theo loại mô hình", "By model type"),
    "stats_empty": ("Chưa có dữ liệu.", "No data yet."),
    "chart_caption": ("{label}: {count} bài", "{label}: {count} articles"),
    "api_title": ("API tìm kiếm Lan Tỏa", "Lan Tỏa search API"),
    "api_intro": (
        'Mọi chức năng của trang đều có qua API JSON. Lỗi trả về {"error", "message"}. Lược đồ OpenAPI:',
        'Everything on the site is available as JSON. Errors are {"error", "message"}. OpenAPI schema:',
    ),
    "api_param": ("Tham số", "Parameter"),
    "api_in": ("Vị trí", "In"),
    "api_description": ("Mô tả", "Description"),
    "error_title": ("Có lỗi xảy ra", "Something went wrong"),
    "not_found": ("Không tìm thấy trang hoặc bài viết.", "Page or article not found."),
    "store_unavailable": (
        "Kho dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau.",
        "The article store is temporarily unavailable. Please try again later.",
    ),
    "footer": (
        "Lan Tỏa — mã nguồn mở. Nội dung thuộc về các cơ quan báo chí gốc.",
        "Lan Tỏa — open source. Content belongs to the original publishers.",
    ),
}


class Translator(Mapping[str, str]):
    """``t["key"]`` or ``t("key", n=3)`` in templates; unknown keys show the key itself."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGS else "vi"
        self._index = 1 if self.lang == "en" else 0

    def __getitem__(self, key: str) -> str:
        pair = _STRINGS.get(key)
        return pair[self._index] if pair else key

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(_STRINGS)

    def __len__(self) -> int:
        return len(_STRINGS)

    def __call__(self, key: str, **values: object) -> str:
        return self[key].format(**values)


def choose_lang(query_lang: str | None, cookie_lang: str | None, default: str) -> str:
    """The UI language: ``?lang=`` first, then the cookie, then the configured default."""
    for candidate in (query_lang, cookie_lang, default):
        if candidate in LANGS:
            return candidate  # type: ignore[return-value]
    return "vi"
