#!/usr/bin/env bash
# Installs what the end-to-end tests need, offline (only the npm registry and Debian's apt):
# code-server 4.100.3 under .vscode-test/code-server, Debian's chromium (driven by playwright-core,
# a devDependency) and neovim. Idempotent: apt runs only for missing packages, and code-server is
# skipped when its cache is complete. Recipe and reasons: docs/REAL-EDITOR.md. Run as root.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD

version=4.100.3
cache=.vscode-test/code-server
stamp="$cache/.installed-$version"
apt_packages=(build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium neovim)

missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  echo "== apt: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

if [[ ! -d node_modules/playwright-core ]]; then
  echo "playwright-core is missing: run npm ci first" >&2
  exit 1
fi

if [[ -f "$stamp" ]]; then
  echo "== code-server $version: cached in $cache"
  exit 0
fi

echo "== code-server $version: installing into $cache"
rm -rf "$cache"
mkdir -p "$cache"
cd "$cache"
echo '{ "name": "grounded-e2e-code-server", "private": true }' > package.json
# Plain `npm install` fails offline: postinstall wants --unsafe-perm, and @vscode/ripgrep's downloads from GitHub.
npm install --no-audit --no-fund --ignore-scripts "code-server@$version"
npm rebuild argon2
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild --foreground-scripts
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --no-audit --no-fund --omit=dev)
touch "$root/$stamp"
echo "== code-server $version: installed"
