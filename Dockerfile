# Lan Tỏa: one image for the API, the crawler and the digest jobs.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    LANTOA_DATA_DIR=/data \
    TZ=Asia/Ho_Chi_Minh

RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /home/lantoa lantoa \
    && mkdir -p /data && chown lantoa:lantoa /data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY lantoa ./lantoa
COPY crawlers ./crawlers
COPY nlp ./nlp
COPY search_api ./search_api
COPY index_config ./index_config
RUN pip install --upgrade pip && pip install .

USER lantoa
VOLUME ["/data"]
EXPOSE 8000
CMD ["lantoa", "serve", "--host", "0.0.0.0", "--port", "8000"]
