"""Server-rendered pages: search with facets, article reader, stats charts, language switch."""

from __future__ import annotations

from typing import Any

import lxml.html
from api_support import by_title

from lantoa.schema import Article


def page(client: Any, path: str, **params: Any) -> Any:
    response = client.get(path, params=params) if params else client.get(path)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def total_of(doc: Any) -> int:
    return int(doc.get_element_by_id("results-heading").get("data-total"))


def test_search_page_shows_results_and_vietnamese_facets(client: Any) -> None:
    doc = page(client, "/", q="thoát nghèo")
    assert doc.get("lang") == "vi"
    assert total_of(doc) == client.get("/api/search", params={"q": "thoát nghèo", "size": 0}).json()["total"]
    legends = [el.text_content() for el in doc.iter("legend")]
    assert "Loại tin" in legends and "Loại mô hình" in legends and "Tỉnh, thành (hiện nay)" in legends
    labels = [el.text_content().strip() for el in doc.find_class("facet-label")]
    assert "Chăn nuôi" in labels and "Điện Biên" in labels
    for field in doc.iter("input"):  # every visible input has a label
        if field.get("type") not in ("hidden", "checkbox"):
            assert doc.xpath(f'//label[@for="{field.get("id")}"]'), field.get("name")
    assert doc.find_class("card")


def test_facet_filter_narrows_results_and_stays_checked(client: Any) -> None:
    everything = total_of(page(client, "/"))
    doc = page(client, "/", story_type="good_deed")
    narrowed = total_of(doc)
    assert 0 < narrowed < everything
    box = doc.xpath('//input[@name="story_type"][@value="good_deed"]')[0]
    assert box.get("checked") is not None


def test_follow_and_export_links_carry_the_search(client: Any) -> None:
    doc = page(client, "/", q="bò", province="11")
    rss = doc.xpath('//a[@data-testid="feed-rss"]')[0].get("href")
    assert "/api/search.rss?" in rss and "q=b%C3%B2" in rss and "province=11" in rss
    csv_link = doc.xpath('//a[@data-testid="export-csv"]')[0].get("href")
    assert csv_link.startswith("/api/search.csv?") and "province=11" in csv_link
    assert client.get(csv_link).status_code == 200
    assert doc.xpath('//link[@rel="alternate"][@type="application/atom+xml"]')


def test_next_page_link_pages_through_results(client: Any) -> None:
    doc = page(client, "/", size=5)
    next_href = doc.xpath('//a[@data-testid="next-page"]')[0].get("href")
    second = page(client, next_href)
    first_ids = {a.get("href") for a in doc.xpath('//h2[@class="card-title"]/a')}
    second_ids = {a.get("href") for a in second.xpath('//h2[@class="card-title"]/a')}
    assert second_ids and not first_ids & second_ids


def test_article_page_shows_tags_places_in_both_structures_and_similar(
    client: Any, articles: list[Article]
) -> None:
    article = by_title(articles, "Du lịch cộng đồng")
    doc = page(client, f"/articles/{article.id}")
    assert doc.find_class("reader-title")[0].text_content() == article.title
    text = doc.text_content()
    assert "Du lịch cộng đồng" in text
    places = doc.find_class("localities")[0].text_content()
    assert "Quảng Nam" in places and "Đà Nẵng" in places and "Tây Giang" in places
    original = doc.xpath('//a[@data-testid="original"]')[0]
    assert original.get("href") == article.url and "noopener" in original.get("rel")
    similar = doc.xpath('//*[@data-testid="similar"]//h2/a')
    assert similar and all(a.get("href").startswith("/articles/") for a in similar)


def test_article_page_lists_people_and_figures(client: Any, articles: list[Article]) -> None:
    article = by_title(articles, "Nuôi bò sinh sản giúp hơn 40 hộ")
    text = page(client, f"/articles/{article.id}").text_content()
    assert "Lò Văn Phương" in text
    assert "40 hộ" in text and "50.000.000 đồng" in text and "21,5 %" in text


def test_language_switch_by_parameter_and_cookie(client: Any) -> None:
    response = client.get("/", params={"lang": "en", "q": "bò"})
    doc = lxml.html.fromstring(response.text)
    assert doc.get("lang") == "en"
    assert "Story type" in [el.text_content() for el in doc.iter("legend")]
    assert "Livestock raising" in [el.text_content().strip() for el in doc.find_class("facet-label")]
    assert response.cookies.get("lantoa_lang") == "en"
    again = lxml.html.fromstring(client.get("/stats").text)
    assert again.get("lang") == "en"
    switch = again.xpath('//a[@data-testid="lang-switch"]')[0].get("href")
    assert "lang=vi" in switch
    assert lxml.html.fromstring(client.get(switch).text).get("lang") == "vi"
    client.cookies.clear()


def test_stats_page_draws_svg_bar_charts(client: Any, store: Any) -> None:
    doc = page(client, "/stats")
    assert (
        int(doc.xpath('//*[@data-testid="stats-total"]')[0].text_content().replace(".", "")) == store.count()
    )
    charts = {svg.get("id"): svg for svg in doc.xpath('//*[local-name()="svg"][@class="chart"]')}
    assert {"chart-week", "chart-province", "chart-model-type", "chart-story-type"} <= set(charts)
    province_labels = [
        t.text for t in charts["chart-province"].xpath('.//*[local-name()="text"][@class="bar-label"]')
    ]
    assert "Điện Biên" in province_labels
    assert charts["chart-model-type"].xpath('.//*[local-name()="rect"]')


def test_bad_query_shows_the_message_on_the_page(client: Any) -> None:
    response = client.get("/", params={"q": '"bò sinh'})
    assert response.status_code == 422
    doc = lxml.html.fromstring(response.text)
    assert "Thiếu dấu ngoặc kép đóng" in doc.xpath('//*[@data-testid="query-error"]')[0].text_content()


def test_unknown_article_page_is_a_friendly_404(client: Any) -> None:
    for path in ("/articles/" + "0" * 20, "/articles/<script>"):
        response = client.get(path)
        assert response.status_code == 404
        assert "Không tìm thấy" in response.text


def test_api_reference_page_lists_every_endpoint(client: Any) -> None:
    doc = page(client, "/api")
    paths = [code.text for code in doc.xpath("//section[contains(@class, 'api-op')]/h2/code")]
    assert "/api/search" in paths and "/api/search.rss" in paths and "/health" in paths
    params = doc.xpath("//section[@id][h2/code='/api/search']//table//code/text()")
    assert {"q", "province", "model_type", "cursor"} <= set(params)
