"""The weekly digest: selection, ranking, rendering (DOCX/HTML/Markdown/JSON), publishing, API."""
