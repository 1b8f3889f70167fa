"""Crawlers: source registry, Scrapy spider, extraction, offline fixture sites (entry: ``crawlers.runner.run_crawl``)."""
