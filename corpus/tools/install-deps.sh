#!/usr/bin/env bash
# Install what corpus/tools/build.py needs: LibreOffice (DOCX -> PDF), qpdf, poppler-utils, fonts and
# hyphenation patterns (apt, only the packages that are missing), then the Python packages.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packages=(libreoffice-writer-nogui qpdf poppler-utils fonts-dejavu fonts-noto-cjk hyphen-en-us hyphen-fr)
missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "installing: ${missing[*]}"
  $sudo apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "system packages already installed: ${packages[*]}"
fi
python3 -m pip install -r "$here/requirements.txt"
