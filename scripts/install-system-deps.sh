#!/usr/bin/env bash
# Debian packages the test suite drives for real: Chromium (browser tests),
# LibreOffice Writer (DOCX → PDF), a JDK 21+ and Maven (the Elasticsearch test node).
# Idempotent; installs only what is missing. Without root it only reports.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v java >/dev/null 2>&1 || need+=(default-jdk-headless)
# Fonts with Vietnamese glyphs for the browser screenshots and PDF output.
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
# Metric-compatible Times New Roman for DOCX → PDF (only a Recommends of LibreOffice).
dpkg -s fonts-liberation2 >/dev/null 2>&1 || need+=(fonts-liberation2)

if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system packages missing (need root to install): ${need[*]}" >&2
  echo "tests that need them will be skipped locally and fail under CI=true" >&2
  exit 0
fi
echo "installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system packages: installed ${need[*]}"
