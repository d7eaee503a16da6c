#!/usr/bin/env bash
# Builds the installable packages, offline: a Debian package (and an RPM) holding the app,
# the `disclose` command line in /usr/bin, its manual pages and shell completions, the
# desktop entry, icons and AppStream metainfo. Tauri's bundler makes both formats without
# downloading anything; an AppImage would need tools fetched at build time, so none is made.
# The packages land in dist/ (disclose_VERSION_ARCH.deb, disclose-VERSION-1.ARCH.rpm).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
target="${CARGO_TARGET_DIR:-$PWD/target}"
extra="$target/package-files"
rm -rf "$extra" && mkdir -p "$extra/man" "$extra/completions"

cargo build --release --locked -q -p disclose-cli
# The release profile keeps line tables for readable backtraces in benchmarks; the package
# ships the programs stripped (a fifth of the size).
cli="$extra/disclose"
cp "$target/release/disclose" "$cli"
strip "$cli"
"$cli" man --out "$extra/man" >/dev/null
gzip -9n "$extra"/man/*.1
"$cli" completions bash > "$extra/completions/disclose"
"$cli" completions zsh > "$extra/completions/_disclose"
"$cli" completions fish > "$extra/completions/disclose.fish"

# The files that come from this build are added to the bundler's configuration here, so
# tauri.conf.json names no path of this machine.
files=$(python3 - "$cli" "$extra" <<'PY'
import json, os, sys
cli, extra = sys.argv[1], sys.argv[2]
files = {
    "/usr/bin/disclose": cli,
    "/usr/share/bash-completion/completions/disclose": f"{extra}/completions/disclose",
    "/usr/share/zsh/vendor-completions/_disclose": f"{extra}/completions/_disclose",
    "/usr/share/fish/vendor_completions.d/disclose.fish": f"{extra}/completions/disclose.fish",
    "/usr/share/metainfo/org.disclose.app.metainfo.xml": os.path.abspath("src-tauri/packaging/org.disclose.app.metainfo.xml"),
}
for page in sorted(os.listdir(f"{extra}/man")):
    files[f"/usr/share/man/man1/{page}"] = f"{extra}/man/{page}"
print(json.dumps({"bundle": {"linux": {"deb": {"files": files}, "rpm": {"files": files}}}}))
PY
)
npx tauri build --ci --no-bundle
strip "$target/release/disclose-app"
npx tauri bundle --ci --bundles deb,rpm --config "$files"

version=$(node -p 'require("./src-tauri/tauri.conf.json").version')
mkdir -p dist
rm -f dist/disclose_*.deb dist/disclose-*.rpm
cp "$target"/release/bundle/deb/Disclose_"${version}"_*.deb "dist/"
for f in dist/Disclose_*.deb; do mv "$f" "dist/disclose_${f#dist/Disclose_}"; done
cp "$target"/release/bundle/rpm/Disclose-"${version}"-*.rpm "dist/" 2>/dev/null || true
for f in dist/Disclose-*.rpm; do [ -e "$f" ] && mv "$f" "dist/disclose-${f#dist/Disclose-}"; done
ls -l dist/
